"""How often the reader's questions of a project share one wording across readings.

    python3 -m tests.questions.frame_recurrence ROOT

ROOT: a project (e.g. a scratch copy with the corpus papers ingested).  Every question
the reader prints (``select_for_reader(generate(reading))``) is matched to the
wording of ``coursepack/data/question_tasks.yaml`` it was made from (its slots read as
any text); a wording used by more than one reading is a stock frame recurring across
the pack (JUDGE9: "the frame recurs verbatim across articles").  Prints the questions
per reading, the wordings used, those shared, and the fixed sentences of a wording
(no slot in them) that recur across readings.
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def main(root: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from coursepack import questions as Q
    from coursepack.edition import gather
    forms = yaml.safe_load((ROOT / "coursepack/data/question_tasks.yaml").read_text("utf-8"))
    rx, fixed = [], set()
    for lang, fs in forms.items():
        for form, opts in fs.items():
            for i, o in enumerate(opts):
                pat = ".*?".join(re.escape(p) for p in re.split(r"\{\w+\}", o))   # ({where} may be empty)
                pat = pat.replace("author", "authors?").replace("Autor", "(?:Autor|Beitrag)")
                rx.append((f"{lang}:{form}#{i}", re.compile("^" + pat + "$", re.S)))
                fixed.update(x.strip() for x in re.split(r"(?<=[?.!:])\s+", o)
                             if "{" not in x and len(x.split()) >= 4)
    use, asks = collections.defaultdict(set), collections.defaultdict(set)
    per, unmatched = {}, 0
    for e in gather(root)[2]:
        r = e.reading
        shown = Q.select_for_reader(Q.generate(r))
        per[r.slug] = len(shown)
        for q in shown:
            k = next((k for k, x in rx if x.match(q.text)), None)
            if k is None:
                unmatched += 1
            else:
                use[k].add(r.slug)
            for s in fixed:
                if any(v in q.text for v in (s, Q.for_authors(s, "en"), Q.for_authors(s, "de"))):
                    asks[s].add(r.slug)
    n = sum(per.values())
    shared = {k: v for k, v in use.items() if len(v) > 1}
    print(f"questions per reading: {list(per.values())} (total {n})")
    print(f"wordings used: {len(use)}; shared by more than one reading: {len(shared)}; questions "
          f"in a shared wording: {sum(len(v) for v in shared.values())}/{n}; not matched to a "
          f"wording: {unmatched}")
    for k, v in sorted(shared.items(), key=lambda x: -len(x[1])):
        print(f"  {len(v)}  {k}")
    rec = {k: v for k, v in asks.items() if len(v) > 1}
    print(f"fixed sentences recurring across readings: {len(rec)}")
    for k, v in sorted(rec.items(), key=lambda x: -len(x[1])):
        print(f"  {len(v)}  {k[:100]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]).resolve()))
