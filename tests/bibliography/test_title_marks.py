"""A title's own parts print with it (works of our own making, through
``build_bibliography``): the short name of a test or scale in brackets
after its title or edition ("… for Children, 3rd edition (RSC-III)"), and
the quoted phrase a German book's title begins with (»…«, «…», „…“)
keeps its marks before the subtitle."""

from __future__ import annotations

import pytest

from coursepack import model
from coursepack.bibliography import build_bibliography


def _printed(refs: list[str], lang: str = "en") -> list[str]:
    res = build_bibliography([], landing_refs=refs, lang=lang)
    return [model.plain_text(e.formatted) for e in res.entries]


def _one(refs, word, lang="en"):
    found = [p for p in _printed(refs, lang) if word in p]
    assert len(found) == 1, found
    return found[0]


ABBR_LIST = [
    "Rowan A (1991) Rowan Scale for Children, 3rd edition (RSC-III). Lark Press, Leeds",
    "Tilley B (2004) Test of Spoken Words, 2nd edn (TSW-2). Heron Books, York",
    "Marsh C (1999) Garden ponds and their keepers. Wren Press, Bath",
]


@pytest.mark.parametrize("title,abbr", [("Rowan Scale for Children", "RSC-III"),
                                        ("Test of Spoken Words", "TSW-2")])
def test_the_short_name_in_brackets_stays_with_the_title(title, abbr):
    p = _one(ABBR_LIST, title)
    assert f"{title} ({abbr})" in p, p


GERMAN_LIST = [
    "Roe, Anna (1990), »Wald und Volk«. Forstliche Ostforschung im Nationalsozialismus. Ein Beitrag zur "
    "Disziplingeschichte der Forstwirtschaft (=Kasseler Beiträge zur Forstgeschichte 8), Berlin/Hamburg.",
    "Kurz, Otto (1995), «Fluss und Land». Technische Westforschung im Kaiserreich. Ein Beitrag zur "
    "Disziplingeschichte der Technik (=Freiburger Beiträge zur Technikgeschichte 12), Freiburg.",
    "Lenz, Eva (2001), Mühlen am Bach, Jena.",
]


@pytest.mark.parametrize("word,opening,closing", [("Wald und Volk", "»", "«"), ("Fluss und Land", "«", "»")])
def test_a_quoted_phrase_opening_a_book_title_keeps_its_marks(word, opening, closing):
    p = _one(GERMAN_LIST, word, "de")
    assert f"{opening}{word}{closing}. " in p, p        # the marks, then the subtitle


def test_a_subtitle_read_with_the_german_series_is_the_titles():
    refs = ["Roe, Ina (2002), Historiker im Kaiserreich. Deutsche Geschichtswissenschaft und der »Grenzkampf« "
            "im Westen (=Kritische Studien zur Geschichtswissenschaft 151), Göttingen.",
            "Lenz, Eva (2001), Mühlen am Bach, Jena."]
    res = build_bibliography([], landing_refs=refs, lang="de")
    (haas,) = [e for e in res.entries if "Kaiserreich" in model.plain_text(e.formatted)]
    printed = model.plain_text(haas.formatted)
    assert "(=" not in printed, printed
    assert haas.fields.get("series") == "Kritische Studien zur Geschichtswissenschaft", haas.fields
    assert "Historiker im Kaiserreich. Deutsche Geschichtswissenschaft und der »Grenzkampf« im Westen" in printed
