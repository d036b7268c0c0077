#!/usr/bin/env python3
"""Time to make the teaching material of a 30-page article.

    python3 benchmarks/teaching.py [--runs 5] [--pages 30]

Builds the default pack's reading (content/, never changed), repeats its
sections (with fresh ids) until the article has about ``--pages`` reader pages
(450 words a page), empties its glossary, and times what a build or
`questions`/`timeline`/`glossary --suggest` does for it: glossary drafted from
the text and marked (:func:`coursepack.glossary.prepare`), questions
(:func:`coursepack.questions.generate`) and timeline
(:func:`coursepack.timeline.extract_with_notes`).  Prints the median of
``--runs`` warm runs and the first run (word lists loaded) of this process.
Goal (issue 17): all three under 2 s.
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS_PER_PAGE = 450


def article(pages: int):
    from coursepack import model
    from coursepack.content import load_pack
    from coursepack.edition import build_reading
    pack = load_pack(ROOT)
    r = build_reading(pack, pack.readings[0]).reading
    words = sum(len(model.plain_text(b.inlines).split()) for _, b in r.blocks())
    base = list(r.sections)
    k = 1
    while words < pages * WORDS_PER_PAGE:
        for s in base:
            s2 = copy.deepcopy(s)
            s2.id = f"{s.id}x{k}"
            for b in s2.blocks:
                b.id = f"{b.id}x{k}"
            r.sections.append(s2)
            words += sum(len(model.plain_text(b.inlines).split()) for b in s2.blocks)
        k += 1
    r.glossary = []
    return r, words


def once(r) -> dict[str, float]:
    from coursepack import glossary, questions, timeline
    out = {}
    r = copy.deepcopy(r)
    t = time.perf_counter()
    glossary.prepare(r)
    out["glossary"] = time.perf_counter() - t
    t = time.perf_counter()
    questions.generate(r)
    out["questions"] = time.perf_counter() - t
    t = time.perf_counter()
    timeline.extract_with_notes(r)
    out["timeline"] = time.perf_counter() - t
    out["total"] = sum(out.values())
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--pages", type=int, default=30)
    a = ap.parse_args()
    r, words = article(a.pages)
    first = once(r)
    runs = [once(r) for _ in range(a.runs)]
    med = {k: statistics.median(x[k] for x in runs) for k in first}
    print(f"article: {words} words (~{words // WORDS_PER_PAGE} pages), "
          f"{sum(len(s.blocks) for s in r.sections)} paragraphs")
    print(f"{'':10} {'first':>8} {'median':>8}")
    for k in ("glossary", "questions", "timeline", "total"):
        print(f"{k:10} {first[k]:8.3f} {med[k]:8.3f} s")
    print("goal: total < 2 s —", "met" if first["total"] < 2 else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
