"""Synthetic articles with known truth (tests/corpus/synth): the generator's
truth checked against its own PDF, and the PDF reader held to the floors of
``thresholds.yaml`` (section ``synth``) on each article."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
import yaml

from tests.corpus import scoring
from tests.corpus.synth import generate

THRESHOLDS = yaml.safe_load((Path(__file__).resolve().parent / "thresholds.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("synth")
    return {spec["name"]: generate.build(spec, out) for spec in generate.SPECS}


def test_specs_cover_the_layouts():
    kinds = {(s["lang"], s["columns"], s["face"], s["refs"], bool(s["notes"]), s["cover"]) for s in generate.SPECS}
    assert {k[0] for k in kinds} == {"en", "de"}
    assert {k[1] for k in kinds} == {1, 2}
    assert {k[3] for k in kinds} == {"author-date", "numbered"}
    assert any(k[4] for k in kinds) and any(k[5] for k in kinds)


def test_truth_matches_the_typeset_pdf(built):
    for name, (pdf, gold, refs) in built.items():
        with pdfplumber.open(str(pdf)) as doc:
            n = len(doc.pages)
        text = [generate._squash(t) for t in generate._page_texts(pdf, gold["columns"])]
        assert 2 <= n <= 6, name
        assert all(1 <= h["page"] <= n for h in gold["headings"])
        # every paragraph start, note and heading is on the page the truth gives
        for p in gold["paragraph_starts"]:
            assert " ".join(p["text"].split()[:3]) in text[p["page"] - 1], (name, p)
        for it in gold["notes"]["items"]:
            assert it["first"].split()[0] in text[it["page"] - 1], (name, it)
        assert len(gold["notes"]["items"]) == gold["notes"]["count"]
        assert gold["reference_count"] == len(refs) >= 4
        if gold["cover_pages"]:
            assert "Terms of use" in text[0] and gold["first_article_page"] == 2
        for bw in gold["broken_words"]:
            assert bw["word"].replace("-", "") == bw["pdf"].replace("- ", "").replace("-", "")


def test_truth_finds_the_hyphenated_words(built):
    assert sum(len(g["broken_words"]) for _, g, _ in built.values()) >= 5


@pytest.mark.parametrize("name", [s["name"] for s in generate.SPECS])
def test_reader_on_synthetic_article(built, name):
    from coursepack.read.pdf import read_pdf
    pdf, gold, refs = built[name]
    from benchmarks.corpus import edition_text
    s = read_pdf(pdf)
    r = scoring.score(gold, s, refs, scoring.raw_text, edition_text(s))
    t = THRESHOLDS["synth"][name]
    low = {k: (r[k], v) for k, v in t["min"].items() if r[k] < v}
    high = {k: (r[k], v) for k, v in t["max"].items() if r[k] > v}
    assert not low and not high, f"{name}: below floor {low}, above ceiling {high} (got, threshold)"
