from pathlib import Path

import pytest

from coursepack.read.landing import LandingPage, parse_date, read_landing

SEED = Path(__file__).parents[2] / "content/readings/russia-armenia-azerbaijan/source/001_e5bb1b1c647f0706.txt"


def test_seed_landing_page():
    page = read_landing(SEED.read_text(encoding="utf-8"))
    assert page.journal_issue == "Tom 74 Nr 4 (2021): Kaukaz Południowy na rozdrożu"
    assert (page.volume, page.number, page.year) == ("74", "4", "2021")
    assert page.issue_title == "Kaukaz Południowy na rozdrożu"
    assert page.section == "Świat zewnętrzny a państwa Kaukazu Południowego"
    assert page.title.startswith("Russia’s approaches towards Armenia and Azerbaijan")
    assert page.title.endswith("interests come first?")
    assert page.submitted == "2021-12-27"    # "27 grudnia 2021"
    assert page.published == "2021-12-27"    # "27.12.2021"
    assert page.abstract.startswith("This paper aims to analyse")
    assert page.abstract.endswith("manoeuvrable approaches.")
    assert len(page.references) == 42
    assert page.references[0].startswith("Aliyev N., Russia’s arms sales")
    assert page.references[33].startswith("Trenin D.")     # entry 34 lacks its '<>'
    assert page.references[41].startswith("Zayavleniye Prezidenta")
    assert not any("Download data" in r for r in page.references)


ENGLISH_PAGE = """Skip to main content Skip to main navigation Menu

Vol. 12 No. 3 (2019): Water and Power in Central Asia

Research Articles

The Amu Darya after independence: cooperation or rivalry?

Received: 3 March 2019
Published: 2019-09-30

Abstract

Water allocation along the Amu Darya has been contested since 1991.

It is argued that basin institutions matter.

References

  1. Karimov B., Water and power, “Central Asian Survey”, vol. 3, 2 IX 2018.
  2. Petrov A., Vodnye resursy
     Tsentral'noy Azii, Nauka, Moscow 2001.
  3. World Bank, Water report, World Bank, 2015.

Most read articles by the same author(s)
"""


def test_english_page_other_labels_and_wrapped_entry():
    page = read_landing(ENGLISH_PAGE)
    assert page.volume == "12" and page.number == "3" and page.year == "2019"
    assert page.issue_title == "Water and Power in Central Asia"
    assert page.section == "Research Articles"
    assert page.title == "The Amu Darya after independence: cooperation or rivalry?"
    assert page.submitted == "2019-03-03" and page.published == "2019-09-30"
    assert page.abstract == ("Water allocation along the Amu Darya has been contested since 1991."
                             "\n\nIt is argued that basin institutions matter.")
    assert page.references == [
        "Karimov B., Water and power, “Central Asian Survey”, vol. 3, 2 IX 2018.",
        "Petrov A., Vodnye resursy Tsentral'noy Azii, Nauka, Moscow 2001.",
        "World Bank, Water report, World Bank, 2015.",
    ]


def test_missing_fields_stay_empty():
    page = read_landing("Just a title\n\nSome text that is short.\n")
    assert isinstance(page, LandingPage)
    assert page.volume == page.number == page.submitted == page.published == ""
    assert page.references == []


@pytest.mark.parametrize("text,iso", [
    ("1 stycznia 2020", "2020-01-01"), ("28 lutego 2021", "2021-02-28"),
    ("3 września 2019", "2019-09-03"), ("12 października 2018", "2018-10-12"),
    ("31.05.2021", "2021-05-31"), ("2021-12-27", "2021-12-27"),
    ("31 lutego 2021", ""), ("sometime", ""),
])
def test_parse_date_polish_and_numeric(text, iso):
    assert parse_date(text) == iso


def test_authors_and_keywords_are_not_title_or_abstract():
    page = read_landing("""Tom 5 Nr 1 (2020): Rzeki

Artykuły

Woda i granice w Azji Centralnej

Anna Kowalska

Przesłane: 2 stycznia 2020
Opublikowane: 30.03.2020

Słowa kluczowe: woda, granice

Artykuł analizuje spory o wodę.

  1. Nowak J., Rzeki, “Geo”, 2 V 2019.
""")
    assert (page.section, page.title) == ("Artykuły", "Woda i granice w Azji Centralnej")
    assert page.abstract == "Artykuł analizuje spory o wodę."
    assert page.submitted == "2020-01-02" and page.published == "2020-03-30"
    assert page.references == ["Nowak J., Rzeki, “Geo”, 2 V 2019."]
