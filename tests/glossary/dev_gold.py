"""Recall of the drafted glossary on a hand-made dev gold (a dev measure, not a test).

    python3 -m tests.glossary.dev_gold ROOT [--list]

ROOT is a project with the corpus readings ingested (``/tmp/base-P`` or a copy).
``data/dev_gold.yaml`` lists, for six corpus articles, every term the article
really defines (by hand, with the paragraph of its defining passage).  For each
article: the gold terms, how many the drafter finds (a draft of that term,
singular or plural, any case), how many of those come from the gold passage
("right"), and the drafts that are in no gold entry ("other": each to be read by
hand; a term the gold missed or a wrong draft).  "Reachable" leaves out the gold
entries marked ``hard`` (passages no pattern reads by design); definitions and
abbreviations are counted apart.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent


def _key(term: str) -> str:
    t = term.lower().strip()
    return t[:-1] if t.endswith("s") and not t.endswith("ss") else t


def score(root: Path, show: bool = False) -> dict:
    from coursepack.content import load_pack
    from coursepack.drafting import draft, terms_from_drafts
    from coursepack.edition import build_reading
    from coursepack import glossary as G
    thin_abbreviations = getattr(G, "thin_abbreviations", lambda ts: ts)   # (before glossary6)
    gold = yaml.safe_load((HERE / "data/dev_gold.yaml").read_text("utf-8"))
    sys.path.insert(0, str(root))
    pack = load_pack(root)
    total = {}
    for rc in pack.readings:
        if rc.slug not in gold:
            continue
        r = build_reading(pack, rc).reading
        ds = draft(r)
        printed = {t.term for t in thin_abbreviations(terms_from_drafts(ds))}
        by_key, by_term = {}, {}
        for d in ds:
            by_term.setdefault(_key(d.term), d)
            for name in [d.term, *d.aliases]:
                by_key.setdefault(_key(name), d)
        n = dict(gold_def=0, gold_abbr=0, reach_def=0, found_def=0, right_def=0,
                 found_abbr=0, right_abbr=0, unprinted=0, other=0)
        seen = set()
        for g in gold[rc.slug]:
            kind = "def" if g["kind"] == "definition" else "abbr"
            n[f"gold_{kind}"] += 1
            if kind == "def" and not g.get("hard"):
                n["reach_def"] += 1
            # (a definition is found under its own headword, an abbreviation also
            #  under its expansion)
            d = (by_key if kind == "abbr" else by_term).get(_key(g["term"]))
            if d is None:
                mark = "missed" + (" (hard)" if g.get("hard") else "")
            else:
                seen.add(id(d))
                n[f"found_{kind}"] += 1
                right = d.evidence == g["block"]
                n[f"right_{kind}"] += right
                mark = "right" if right else f"found elsewhere ({d.evidence})"
                if d.term not in printed:
                    n["unprinted"] += 1
                    mark += ", not printed (a short list of abbreviations only)"
            if show:
                print(f"  {rc.slug:10} {kind:4} {g['term']:32} {mark}")
        for d in ds:
            if d.term in printed and id(d) not in seen:
                n["other"] += 1
                if show:
                    print(f"  {rc.slug:10} OTHER {d.term}: {d.definition[:80]}")
        total[rc.slug] = n
    return total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", type=Path)
    ap.add_argument("--list", action="store_true", help="each gold term and each other draft")
    a = ap.parse_args()
    t = score(a.root.resolve(), a.list)
    cols = ("gold_def", "reach_def", "found_def", "right_def", "gold_abbr", "found_abbr",
            "right_abbr", "unprinted", "other")
    print(f"{'reading':10} " + " ".join(f"{c:>10}" for c in cols))
    for slug, n in t.items():
        print(f"{slug:10} " + " ".join(f"{n[c]:>10}" for c in cols))
    s = {c: sum(n[c] for n in t.values()) for c in cols}
    print(f"{'total':10} " + " ".join(f"{s[c]:>10}" for c in cols))
    print(f"definitions: {s['right_def']}/{s['gold_def']} right "
          f"({s['right_def']}/{s['reach_def']} of the reachable); abbreviations "
          f"{s['right_abbr']}/{s['gold_abbr']}; other drafts {s['other']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
