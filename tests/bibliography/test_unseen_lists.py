"""Reference lists in manners the corpus lacks (French, Spanish, Vancouver
with DOIs as addresses, Harvard's "[Online]" and "Available at:"),
typeset by WeasyPrint in a small article, read back through the PDF
reader and the repairs, and built: every entry found, each field as the
list gives it (``benchmarks/unseen_bib.py``, which says what is made)."""

import re

import pytest

from benchmarks.unseen_bib import FIELDS, LISTS, score


@pytest.mark.parametrize("spec", LISTS, ids=[s[0] for s in LISTS])
def test_list_read_back_field_by_field(spec, tmp_path):
    s = score(*spec, folder=tmp_path)
    assert s["refs"] == s["gold"]              # the list cut into its entries, none joined or split
    assert s["found"] == s["gold"]
    assert s["fay"] == s["gold"]               # first author, year and title of every entry
    wrong = {k: s["gold"] - v for k, v in s["fields"].items() if v < s["gold"]}
    assert not wrong, wrong
    if re.search(r"\b(?:1[5-9]|20)\d\d\b|\[\d", spec[4]):
        assert s["linked"] >= s["gold"] - 1    # the text's citations reach the entries (MLA's "(Lee 45)" not yet)
    assert set(FIELDS) >= set(s["fields"])


@pytest.mark.parametrize("spec", [s for s in LISTS if s[3]], ids=[s[0] for s in LISTS if s[3]])
def test_numbered_list_keeps_its_order(spec, tmp_path):
    from benchmarks.unseen_bib import make_pdf, read_back
    name, lang, heading, numbered, body, entries = spec
    pdf = tmp_path / f"{name}.pdf"
    make_pdf(pdf, heading, lang, numbered, body, [t for t, _ in entries])
    _, bib = read_back(pdf, lang)
    numbers = [int(re.sub(r"\D", "", e.label)) for e in bib.entries if e.label]
    assert numbers == list(range(1, len(entries) + 1))
    titles = [str(e.fields.get("title", "")).casefold() for e in bib.entries]
    assert titles == [want["title"].casefold() for _, want in entries]
