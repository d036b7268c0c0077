"""In-text citations of real articles (the corpus PDFs' body text, through
pdftotext) linked to the entries parsed from the papers' reference
strings.  Floors just below what was measured (December 2026)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from coursepack.bibliography.intext import find_citations, match
from coursepack.bibliography.refparse import parse_list



from tests.corpus.locate import corpus_dir  # noqa: E402

CORPUS = corpus_dir()
pytestmark = pytest.mark.skipif(not (CORPUS / "pdf").is_dir() or not shutil.which("pdftotext"),
                                reason="the development corpus (or pdftotext) is missing")

# paper: (citations found, linked) as measured
MEASURED = {"en-22351": (93, 89), "en-22799": (35, 34), "en-22925": (27, 27),
            "en-34466": (82, 78), "en-36334": (45, 42), "en-39222": (101, 98)}


def _fold(s: str) -> str:
    """Letters only, lower case, accents dropped (to compare names)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", s.lower().replace("ß", "ss"))


def _body(name: str) -> str:
    raw = subprocess.run(["pdftotext", "-layout", str(CORPUS / "pdf" / f"{name}.pdf"), "-"],
                         capture_output=True, text=True, check=True).stdout
    heads = list(re.finditer(r"\n\s*(References|REFERENCES|Bibliography|Literatur)\s*\n", raw))
    body = raw[:heads[-1].start()] if heads else raw
    return " ".join(re.sub(r"(\w)-\n\s*(\w)", r"\1\2", body).split())


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_citations_linked(name):
    refs = [ln.strip() for ln in (CORPUS / "reference-strings" / f"{name}.txt").read_text(
        encoding="utf-8").splitlines() if ln.strip()]
    entries = parse_list(refs)
    for i, e in enumerate(entries, 1):
        e.key, e.list_number = f"r{i}", i
    items = find_citations(_body(name))
    linked = [it for it in items if match(it, entries) is not None]
    found, ok = MEASURED[name]
    assert len(items) >= found - 3
    assert len(linked) >= ok - 3
    # a link goes to an entry whose first author (or a later one) is the cited name
    for it in linked[:20]:
        e = match(it, entries)
        names = _fold(" ".join(e.persons.get("author", []) + e.persons.get("editor", [])))
        assert any(_fold(s.split()[-1]) in names for s in it.surnames)
