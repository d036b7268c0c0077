"""The reference parser measured on the development corpus, honestly: two
folds by paper (no paper on both sides of a split), each model trained on
the other fold's gold and on synthetic references.  The floors sit just
below what was measured (5 December 2026, second round: hyphenated
words as one token, more styles in refsynth; en-42016's all-fields floor
fell from 50 to 17: two of its six entries, an editor list with a
particle and an issue, one entry being 17 points; 6 December: segment-context
features, five boundary rules and refsynth's year_last style raised twelve papers'
floors (each floor the higher of the old one and the new measure), none lowered;
6 December, later: post-rules at the field boundaries (names, quoted titles, places,
editions, containers after "In:") raised eleven papers' floors and the totals),
per paper and in total; the full
leave-one-paper-out figures come from ``python3 benchmarks/corpus_refs.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus_refs  # noqa: E402

pytestmark = pytest.mark.skipif(not (corpus_refs.CORPUS / "references").is_dir(),
                                reason="the development corpus is not on this machine")

# measured "first author + year + title" and "all fields" (percent), two folds
MEASURED = {
    "de-20148": (75, 50), "de-30957": (85, 66), "de-39677": (77, 62), "de-4752": (67, 45),
    "en-11018": (75, 50), "en-20291": (79, 68), "en-22351": (95, 71), "en-22799": (96, 88),
    "en-22925": (100, 95), "en-23004": (100, 100), "en-25468": (50, 29), "en-34466": (93, 80),
    "en-36334": (100, 91), "en-39222": (89, 73), "en-40305": (75, 50), "en-42016": (100, 83),
}


@pytest.fixture(scope="module")
def scores():
    return corpus_refs.evaluate(synthetic=300, iterations=40, folds=2)


def test_totals(scores):
    t = scores["total"]
    assert t["n"] == 477
    assert t["first_author"] >= 0.92 and t["year"] >= 0.93
    assert t["fay"] >= 0.83
    assert t["all"] >= 0.66


@pytest.mark.parametrize("paper", sorted(MEASURED))
def test_per_paper_floors(scores, paper):
    fay, allf = MEASURED[paper]
    s = scores[paper]
    assert 100 * s["fay"] >= fay - 10
    assert 100 * s["all"] >= allf - 10


def test_gold_reads_back_through_the_assembly():
    """The gold's own labels assembled give the gold's fields (the
    benchmark compares like with like)."""
    g = corpus_refs.gold_entries("en-22925")
    text, view = g[0]
    assert view["surnames"] and view["year"] and view["title"]
    assert view["title"] in corpus_refs._norm(text)


def test_score_counts_entries_found_as_separate_blocks():
    from coursepack.read.structure import ArticleStructure, Block, Line

    name = "en-22925"
    strings = [s for s in (corpus_refs.CORPUS / "reference-strings" / f"{name}.txt").read_text(
        encoding="utf-8").splitlines() if s.strip()]

    def block(text):
        # a reference over two lines, cut inside a word with a hyphen
        cut = text.index(" ", len(text) // 2)
        return Block("reference", [Line(1, 0, 0, 1, 1, text[:cut - 2] + "-"),
                                   Line(1, 0, 1, 1, 2, text[cut - 2:].lstrip())])
    whole = ArticleStructure("x.pdf", [block(s) for s in strings])
    s = corpus_refs.score(name, whole)
    assert s["found"] == len(strings) == s["blocks"]
    assert s["fields"]["n"] == len(strings) and s["fields"]["year"] >= 0.9
    # two entries run together count as neither
    merged = ArticleStructure("x.pdf", [block(strings[0] + " " + strings[1])]
                              + [block(t) for t in strings[2:]])
    assert corpus_refs.score(name, merged)["found"] == len(strings) - 2
