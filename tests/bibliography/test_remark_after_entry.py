"""A remark in brackets after a list entry that says where the work is
known from ("(Hinweis in Roe 1950: 12)", "(cited in Lee 1990: 4)") prints
after the entry as written, and is no editor or page of the work (works
of our own making, through ``build_bibliography``)."""

from __future__ import annotations

from coursepack import model
from coursepack.bibliography import build_bibliography

LIST = [
    "Lenz, Otto (1948), Die Mühlen am Bach, Vortrag, März 1948, Kassel. (Hinweis in Roe 1950: 12)",
    "Roe, Anna (1950), Wasser und Land, Kassel.",
    "Kurz, Eva (1999), Der Weg nach Norden, Jena.",
]


def test_the_remark_prints_after_the_entry_and_names_no_editor():
    res = build_bibliography([], landing_refs=LIST, lang="de")
    (lenz,) = [e for e in res.entries if "Mühlen" in model.plain_text(e.formatted)]
    printed = model.plain_text(lenz.formatted)
    assert printed.endswith("(Hinweis in Roe 1950: 12)"), printed
    assert printed.count("Hinweis in Roe 1950: 12") == 1
    assert not lenz.persons.get("editor") and lenz.fields.get("pages") != "12"
