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
