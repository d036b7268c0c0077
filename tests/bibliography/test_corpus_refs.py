"""The reference parser measured on the development corpus, honestly: two
folds by paper (no paper on both sides of a split), each model trained on
the other fold's gold and on synthetic references.  The floors sit just
below what was measured (5 December 2026, second round: hyphenated
words as one token, more styles in refsynth; en-42016's all-fields floor
fell from 50 to 17: two of its six entries, an editor list with a
particle and an issue, one entry being 17 points; 6 December: segment-context
features and three boundary rules raised ten papers' floors, none lowered),
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
    "de-20148": (58, 33), "de-30957": (66, 55), "de-39677": (81, 54), "de-4752": (65, 41),
    "en-11018": (75, 40), "en-20291": (71, 57), "en-22351": (88, 66), "en-22799": (83, 83),
    "en-22925": (95, 90), "en-23004": (100, 100), "en-25468": (50, 29), "en-34466": (95, 73),
    "en-36334": (97, 88), "en-39222": (84, 58), "en-40305": (75, 38), "en-42016": (83, 50),
}


@pytest.fixture(scope="module")
def scores():
    return corpus_refs.evaluate(synthetic=300, iterations=40, folds=2)


def test_totals(scores):
    t = scores["total"]
    assert t["n"] == 477
    assert t["first_author"] >= 0.92 and t["year"] >= 0.93
    assert t["fay"] >= 0.76
    assert t["all"] >= 0.57


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
