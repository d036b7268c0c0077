"""Any text goes through the ``.bib`` writer and pybtex and comes back as
written (whitespace as single spaces, the one kind BibTeX knows), and a
style prints it without a syntax error.  Found by this: a reference whose
text held "%" (a LaTeX comment to pybtex's styles) made ingest fail with
``PybtexSyntaxError: unbalanced braces`` (corpus paper en-40305)."""

from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from pybtex.database import BibliographyData

from coursepack.bibliography.bibtex import dumps, entry_plain, loads_bibtex, make_entry
from coursepack.bibliography.styles import format_entry
from coursepack.model import plain_text

# every character class that BibTeX or LaTeX give a meaning to, often
_special = st.sampled_from(list("{}\\%$&#_^~@\",=() \n\t") + ["and", " and ", "--", "textbackslash{}",
                                                              "textbraceleft{}", "\\%", "{}"])
_texts = st.lists(st.one_of(_special, st.text(max_size=4)), max_size=12).map("".join)


def _norm(s: str) -> str:
    return " ".join(s.split())


def _roundtrip(fields, persons):
    bib = BibliographyData()
    bib.entries["k"] = make_entry("book", fields, persons)
    back = loads_bibtex(dumps(bib)).entries["k"]
    return back, entry_plain(back)


@settings(max_examples=400, deadline=None)
@given(_texts, _texts, _texts, _texts)
@example("Total 17.8% 61.6% 19.9%", "a { b", "C:\\x\\", "https://x.org/a%20b")
@example("{A}", "}{", "\\textbraceleft{}", "\\%{")
def test_any_text_round_trips(title, publisher, note, url):
    fields = {"title": title, "publisher": publisher, "note": note, "year": "2014", "url": url}
    fields = {k: v for k, v in fields.items() if _norm(v)}
    _, (back, _) = _roundtrip(fields, {})
    assert back == {k: _norm(v) for k, v in fields.items()}


@settings(max_examples=300, deadline=None)
@given(st.lists(_texts.filter(lambda s: _norm(s)), min_size=1, max_size=3))
@example(["Smith and Sons", "Lee, J.", "a, b, c, d"])
@example(["{World Bank", "50% Group"])
def test_any_name_stays_one_person(names):
    entry, (_, persons) = _roundtrip({"title": "T", "year": "2001"}, {"author": names})
    assert len(entry.persons["author"]) == len(names)
    # written again, the names are the same (the writer is a fixed point)
    again, (_, persons2) = _roundtrip({"title": "T", "year": "2001"}, persons)
    assert persons2 == persons


@example("Smith, J.")
@given(st.sampled_from(["Smith, J.", "van der Berg, Jan", "Lee, Ann B.", "Müller-Lüdenscheidt, K."]))
def test_ordinary_names_come_back_unchanged(name):
    _, (_, persons) = _roundtrip({"title": "T", "year": "2001"}, {"author": [name]})
    assert persons["author"] == [name]


@settings(max_examples=200, deadline=None)
@given(_texts.filter(lambda s: _norm(s)), _texts)
@example("Total 17.8% 61.6% 19.9%", "50% {of")
def test_a_style_prints_any_title(title, publisher):
    entry = make_entry("book", {"title": title, "publisher": publisher or "P", "year": "2014",
                                "date": "2014"}, {"author": ["Smith, J."]})
    text = plain_text(format_entry(entry, "chicago"))
    assert "Smith" in text
    if "%" in title:
        assert "%" in text           # not a LaTeX comment
