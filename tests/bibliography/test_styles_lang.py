"""The built-in styles (chicago, journal) and CSL styles print their words
and dates in the reading's language: German readings get "herausgegeben
von", "Zugegriffen 15. Mai 2021", "o. J.", "Nr.", "S." and German quotation
marks; English stays as the styles always wrote it."""

from __future__ import annotations

import pytest

from coursepack import model
from coursepack.bibliography import build_bibliography, format_citation
from coursepack.bibliography.bibtex import make_entry
from coursepack.bibliography.styles import format_entry, words

CHAPTER = make_entry("incollection", {
    "title": "Tides", "booktitle": "The sea", "pages": "45–67", "publisher": "Springer",
    "address": "Berlin", "year": "2003", "date": "2003"},
    {"author": ["Lee, Kim"], "editor": ["Müller, Hans"]})
ONLINE = make_entry("online", {
    "title": "A page", "organization": "Site", "date": "2020-03", "year": "2020",
    "urldate": "2021-05-15", "url": "https://example.org/a"}, {"author": ["Lee, Kim"]})
UNDATED = make_entry("book", {
    "title": "Die Stadt", "edition": "2", "publisher": "Campus", "address": "Frankfurt",
    "year": "n.d."}, {"editor": ["Müller, Hans", "Schmidt, Eva"]})
ARTICLE = make_entry("article", {
    "title": "Rivers", "journal": "Geo", "volume": "3", "number": "2", "pages": "1–9",
    "year": "2001", "date": "2001"}, {"author": ["Nowak, Jan", "Lee, K.", "Roe, A."]})


def text(entry, style, lang="en"):
    return model.plain_text(format_entry(entry, style, lang))


def test_chicago_in_german():
    assert text(CHAPTER, "chicago", "de") == ("Lee, Kim. „Tides“. In: The sea, herausgegeben von "
                                              "Hans Müller, 45–67. Berlin: Springer, 2003.")
    assert text(ONLINE, "chicago", "de") == ("Lee, Kim. „A page“. Site, März 2020. Zugegriffen "
                                             "15. Mai 2021. https://example.org/a.")
    assert text(UNDATED, "chicago", "de") == ("Müller, Hans, und Eva Schmidt, Hrsg. Die Stadt. "
                                              "2. Aufl. Frankfurt: Campus, o.\u00a0J.")
    assert text(ARTICLE, "chicago", "de") == "Nowak, Jan, K. Lee und A. Roe. „Rivers“. Geo 3, Nr. 2 (2001): 1–9."


def test_chicago_in_english_is_unchanged():
    assert text(CHAPTER, "chicago") == ("Lee, Kim. “Tides.” In The sea, edited by Hans Müller, "
                                        "45–67. Berlin: Springer, 2003.")
    assert text(ONLINE, "chicago") == ("Lee, Kim. “A page.” Site, March 2020. Accessed May 15, "
                                       "2021. https://example.org/a.")
    assert text(UNDATED, "chicago") == ("Müller, Hans, and Eva Schmidt, eds. Die Stadt. 2nd ed. "
                                        "Frankfurt: Campus, n.d.")
    assert text(ARTICLE, "chicago") == "Nowak, Jan, K. Lee, and A. Roe. “Rivers.” Geo 3, no. 2 (2001): 1–9."


def test_journal_style_in_german_and_no_doubled_full_stop():
    assert text(CHAPTER, "journal", "de") == ("Lee K., Tides, [in:] The sea, Hrsg. Müller H., "
                                              "Springer, Berlin 2003, S. 45–67.")
    assert text(ONLINE, "journal", "de") == ("Lee K., A page, Site, März 2020 [zugegriffen: "
                                             "15 V 2021]: <https://example.org/a>.")
    assert text(UNDATED, "journal", "de").endswith("Campus, Frankfurt o.\u00a0J.")
    assert text(UNDATED, "journal").endswith("Campus, Frankfurt n.d.")
    assert text(ARTICLE, "journal", "de") == "Nowak J., Lee K., Roe A., Rivers, „Geo“ 2001, Bd. 3, Nr. 2, S. 1–9."


@pytest.mark.parametrize("lang,expect", [("fr", "consulté le 15 mai 2021"),
                                         ("es", "15 de mayo de 2021"), ("pl", "15 maja 2021")])
def test_other_languages_take_their_csl_locale(lang, expect):
    assert expect in text(ONLINE, "chicago", lang).lower()


def test_an_unknown_language_falls_back_to_the_styles_english():
    assert words("xx") == words("en") == words("en-GB")
    assert text(CHAPTER, "chicago", "xx") == text(CHAPTER, "chicago")


def test_a_csl_style_prints_its_own_no_date_term_in_the_locale():
    assert "(o.\u00a0J.)" in text(UNDATED, "apa", "de")
    assert "(n.d.)" in text(UNDATED, "apa", "en")


def test_the_reading_citation_has_dashes_and_its_doi():
    cit = model.plain_text(format_citation(
        {"title": "Selfless Time", "journal": "Time & Society", "volume": "16", "number": "2-3",
         "pages": "367-386", "year": "2007", "doi": "10.1177/0961463X07080273"},
        {"author": ["Urien, Bertrand"]}, "chicago", lang="de"))
    assert cit == ("Urien, Bertrand. „Selfless Time“. Time & Society 16, Nr. 2–3 (2007): 367–386. "
                   "https://doi.org/10.1177/0961463X07080273.")


def test_build_bibliography_formats_in_the_reading_language():
    refs = ["Müller, Hans (Hg.) (o. J.): Die Stadt. Frankfurt: Campus.",
            "Lee, Kim (2003): Tides. In: Müller, Hans (Hg.): The sea. Berlin: Springer, S. 45-67."]
    de = build_bibliography([], landing_refs=refs, style="chicago", lang="de")
    en = build_bibliography([], landing_refs=refs, style="chicago", lang="en")
    de_text = " ".join(model.plain_text(e.formatted) for e in de.entries)
    en_text = " ".join(model.plain_text(e.formatted) for e in en.entries)
    assert "herausgegeben von" in de_text or "Hrsg." in de_text
    assert "edited by" not in de_text and " eds." not in de_text and " ed." not in de_text
    assert "edited by" in en_text or " ed." in en_text
