"""A working paper's series, number, year, institution and place as its
cover and imprint pages print them (read/frontmeta.series_imprint), into
reading.yaml and the reading's citation line; and a journal's year taken
from the copyright beside its volume (read/articlestart.copyright_year).
Typeset with WeasyPrint: the pages a reader meets, not strings."""

from __future__ import annotations

from pathlib import Path

import pytest

from coursepack.cli import main
from coursepack.content import load_pack
from coursepack.edition import build_reading
from coursepack.model import plain_text
from coursepack.read.articlestart import copyright_year
from coursepack.read.frontmeta import series_imprint
from coursepack.read.pdf import read_pdf
from coursepack.read.structure import Block, Line
from tests.packs.project import make_project

SERIES_KEYS = ("series", "series_number", "series_year", "institution", "place")

BODY_DE = " ".join(["Dieser Beitrag untersucht die Entwicklung der Arbeitsbeziehungen in "
                    "Deutschland seit 1990 und fragt nach den Folgen für die Betriebe."] * 10)
BODY_EN = " ".join(["This paper studies trade unions in Europe since 1990 and their response "
                    "to the opening of markets and to new forms of work."] * 10)


def _pdf(path: Path, pages: list[str], body: str, heading: str) -> Path:
    from weasyprint import HTML
    covers = "".join(f'<div style="page-break-after: always">{p}</div>' for p in pages)
    HTML(string=f'<html><body style="font-family: serif">{covers}<h2>{heading}</h2>'
                f'<p>{body}</p><p>{body}</p><p>{body}</p></body></html>').write_pdf(str(path))
    return path


@pytest.fixture(scope="module")
def papers(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("series")
    return {
        "de": _pdf(d / "arbeitspapier.pdf", [
            "<p>Institut für Sozialforschung</p><p>Arbeitspapier Nr. 7</p>"
            "<h1>Wandel der Arbeit</h1><p>Anna Beispiel</p><p>März 2019</p>",
            "<p>Institut für Sozialforschung</p><p>Senckenberganlage 26</p>"
            "<p>60325 Frankfurt am Main</p>"
            "<p>Die Arbeitspapiere des Instituts erscheinen seit 1995 in loser Folge.</p>"],
            BODY_DE, "Einleitung"),
        "en": _pdf(d / "discussion.pdf", [
            "<p>Centre for Economic Performance</p><p>CEP Discussion Paper No 1234</p>"
            "<h1>Unions and Wages</h1><p>John Example</p><p>July 2018</p>",
            "<p>© 2018 by the author. Published by the Centre for Economic Performance.</p>"
            "<p>Centre for Economic Performance</p><p>Houghton Street</p><p>London WC2A 2AE</p>"],
            BODY_EN, "Introduction"),
        # a journal article that names a working paper: no series
        "journal": _pdf(d / "journal.pdf", [
            "<p>Journal of Things, Vol. 3, No. 2 (2015), pp. 10-20</p><h1>A Journal Article</h1>"
            "<p>Jo Doe</p><p>An earlier version appeared as</p><p>Working Paper 12</p>"
            f"<p>{BODY_EN}</p>"], BODY_EN, "Introduction"),
    }


def _series(meta: dict) -> dict:
    return {k: meta[k] for k in SERIES_KEYS if meta.get(k)}


def test_a_german_working_paper_prints_series_number_year_institution_and_place(papers):
    assert _series(read_pdf(papers["de"]).meta) == {
        "series": "Arbeitspapier", "series_number": "7", "series_year": "2019",
        "institution": "Institut für Sozialforschung", "place": "Frankfurt am Main"}


def test_an_english_discussion_paper_without_a_printed_town_gets_no_place(papers):
    meta = read_pdf(papers["en"]).meta
    assert _series(meta) == {"series": "CEP Discussion Paper", "series_number": "1234",
                             "series_year": "2018", "institution": "Centre for Economic Performance"}
    assert not meta.get("journal") and not meta.get("year")    # no journal: no journal fields


def test_a_journal_article_naming_a_working_paper_has_no_series(papers):
    meta = read_pdf(papers["journal"]).meta
    assert meta.get("journal") == "Journal of Things" and _series(meta) == {}


@pytest.mark.parametrize("pages", [
    [["Arbeitspapier / working paper", "Zur Verfügung gestellt in Kooperation mit"]],  # a repository's type
    [["The RatSWD Working Papers are non-exclusive.", "See NBER Working Paper 5678 for details."]],
    [["discussion paper", "The Title"]],                   # a bare type word without its number
])
def test_no_series_where_none_is_printed_as_a_line_of_its_own(pages):
    assert series_imprint(pages) == {}


def test_two_years_on_the_front_pages_give_no_year():
    found = series_imprint([["Working Paper No. 12", "March 2004"], ["© 2005 by the author"]])
    assert found == {"series": "Working Paper", "series_number": "12"}


def test_the_working_paper_reaches_reading_yaml_and_the_citation_line(tmp_path, papers):
    root = make_project(tmp_path / "p", seed=False, pack='title: "T"\nreadings:\n')
    assert main(["--root", str(root), "ingest", str(papers["de"]), "--slug", "wp", "--quiet"]) == 0
    text = (root / "content" / "readings" / "wp" / "reading.yaml").read_text()
    for line in ('series: "Arbeitspapier"', 'number: "7"', 'year: "2019"',
                 'institution: "Institut für Sozialforschung"', 'place: "Frankfurt am Main"',
                 'journal: ""'):
        assert line in text, line
    missing = next(ln for ln in text.splitlines() if "Not found in the PDF" in ln)
    assert not any(k in missing for k in ("journal", "volume", "issue", "pages", "year"))
    pack = load_pack(root)
    reading = build_reading(pack, next(c for c in pack.readings if c.slug == "wp")).reading
    cite = plain_text(reading.citation)
    assert "Wandel der Arbeit" in cite
    assert cite.endswith("Arbeitspapier 7. Frankfurt am Main: Institut für Sozialforschung, 2019."), cite


def test_a_csl_style_prints_the_series_with_its_number(tmp_path, papers):
    root = make_project(tmp_path / "p", seed=False, pack='title: "T"\noutput:\n  style: apa\nreadings:\n')
    assert main(["--root", str(root), "ingest", str(papers["en"]), "--slug", "dp", "--quiet"]) == 0
    pack = load_pack(root)
    cite = plain_text(build_reading(pack, next(c for c in pack.readings if c.slug == "dp")).reading.citation)
    assert "(2018)" in cite and "CEP Discussion Paper 1234" in cite and "Centre for Economic Performance" in cite, cite


def _L(y: float, text: str) -> Line:
    return Line(1, 50, y, 400, y + 10, text)


def test_the_copyright_year_beside_the_volume_is_the_citations_year():
    blocks = [Block("furniture", [_L(5, "DOI: 10.1177/1465116507079550")]),
              Block("furniture", [_L(9, "Copyright© 2007")]),
              Block("furniture", [_L(20, "Volume 8 (3): 433–448")]), Block("title", [_L(40, "A Title")])]
    meta = {"journal": "European Union Politics", "volume": "8", "issue": "3"}
    copyright_year(blocks, meta)
    assert meta["year"] == "2007"


@pytest.mark.parametrize("lines, meta", [
    (["Copyright© 2007", "Volume 8 (3)", "Received 12 May 2006"], {"journal": "J", "volume": "8"}),  # another year
    (["Copyright© 2007", "Forum Section"], {"journal": "J", "volume": "8"}),        # no volume beside it
    (["Volume 8 (3)", "2006 Annual Meeting"], {"journal": "J", "volume": "8"}),      # no copyright
    (["Copyright© 2007", "Volume 8 (3)"], {"volume": "8"}),                          # no journal
])
def test_no_year_where_the_page_does_not_give_it_alone(lines, meta):
    blocks = [Block("furniture", [_L(5 + 10 * i, t)]) for i, t in enumerate(lines)] + \
        [Block("title", [_L(90, "A Title")])]
    copyright_year(blocks, meta)
    assert "year" not in meta
