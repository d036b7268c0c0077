#!/usr/bin/env python3
"""In-text citations of the corpus papers linked to their reference-list entries.

    python3 benchmarks/corpus_intext.py [--only NAME ...] [--read] [-v] [--json FILE]

For every corpus paper with a reference list (``reference-strings/<name>.txt``)
the body is read with ``coursepack.read.pdf.read_pdf`` (paragraphs, quotations,
list items, notes; lines joined, line-end hyphens of a lower-case word
joined), its citations found with ``coursepack.bibliography.intext.find_citations``
and each matched with ``intext.match`` against the entries the reference
parser (``refparse.parse_list``) makes of the hand-checked reference strings
(``--read``: of the reference entries the PDF reader separated instead, the
whole chain).  Printed per paper: citations found, linked, and the rate;
``-v`` lists what stayed unlinked.  ``$COURSEPACK_CORPUS`` names the corpus
folder (default: the nearest ``shared/corpus`` above the repository, else
``/work/shared/corpus``).

Author-date papers count; papers whose list is cited only from notes
(the German ones) are printed too, their notes included in the body.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def corpus_dir() -> Path | None:
    """``$COURSEPACK_CORPUS``, else the nearest ``shared/corpus`` walking up
    from the repository, else ``/work/shared/corpus``; None when absent."""
    env = os.environ.get("COURSEPACK_CORPUS")
    if env:
        return Path(env) if Path(env).is_dir() else None
    for d in [ROOT, *ROOT.parents]:
        if (d / "shared" / "corpus" / "pdf").is_dir():
            return d / "shared" / "corpus"
    p = Path("/work/shared/corpus")
    return p if (p / "pdf").is_dir() else None


BODY = ("paragraph", "quote", "list_item", "abstract", "note")


def body_text(structure) -> str:
    """The running text and notes of a read PDF, lines joined (a hyphen at a
    line end between lower-case letters joined)."""
    parts = []
    for b in structure.blocks:
        if b.role not in BODY:
            continue
        t = ""
        for ln in b.lines:
            s = ln.text.strip()
            if t.endswith("-") and re.search(r"[a-zäöüß]-$", t) and s[:1].islower():
                t = t[:-1] + s
            else:
                t = (t + " " + s).strip()
        parts.append(t)
    return "\n".join(parts)


def entries_from(strings: list[str]):
    from coursepack.bibliography.refparse import parse_list
    entries = parse_list(strings)
    for i, e in enumerate(entries, 1):
        e.key, e.list_number = f"r{i}", i
    return entries


def score(name: str, structure, strings: list[str]) -> dict:
    from coursepack.bibliography.intext import _entry_index, author_page, far_narrative, find_citations, match
    entries = entries_from(strings)
    idx = _entry_index(entries)
    text = body_text(structure)
    items = find_citations(text)
    items += far_narrative(text, items, entries, idx) + author_page(text, items, entries, idx)   # as link_intext does
    linked, missed = 0, []
    cited = set()
    for it in items:
        e = match(it, entries, idx)
        if e is None:
            missed.append(it.text if it.number is None else f"[{it.number}]")
        else:
            linked += 1
            cited.add(e.key)
    return {"found": len(items), "linked": linked, "entries": len(entries),
            "entries_cited": len(cited), "unlinked": missed}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--read", action="store_true",
                    help="entries from the reference blocks the PDF reader separated, not the gold strings")
    ap.add_argument("--json")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    corpus = corpus_dir()
    if corpus is None:
        print("no corpus found (set COURSEPACK_CORPUS)")
        return 2
    from coursepack.read.pdf import read_pdf
    out = {}
    tf = tl = 0
    t0 = time.perf_counter()
    print(f"corpus {corpus}; entries from {'the reader' if a.read else 'reference-strings'}")
    print(f"{'paper':10s} {'found':>6s} {'linked':>7s} {'rate':>6s} {'cited':>9s}")
    for refs in sorted((corpus / "reference-strings").glob("*.txt")):
        name = refs.stem
        if a.only and name not in a.only:
            continue
        pdf = corpus / "pdf" / f"{name}.pdf"
        if not pdf.exists():
            continue
        s = read_pdf(pdf)
        if a.read:
            strings = [" ".join(b.text.split()) for b in s.blocks if b.role == "reference"]
        else:
            strings = [x for x in refs.read_text(encoding="utf-8").splitlines() if x.strip()]
        r = score(name, s, strings)
        out[name] = r
        tf += r["found"]
        tl += r["linked"]
        rate = r["linked"] / r["found"] if r["found"] else 1.0
        print(f"{name:10s} {r['found']:6d} {r['linked']:7d} {rate:6.1%} {r['entries_cited']:4d}/{r['entries']:<4d}")
        if a.verbose and r["unlinked"]:
            print("    unlinked: " + " | ".join(r["unlinked"]))
    print(f"{'TOTAL':10s} {tf:6d} {tl:7d} {tl / max(tf, 1):6.1%}   ({time.perf_counter() - t0:.1f} s)")
    if a.json:
        Path(a.json).write_text(json.dumps({"papers": out, "found": tf, "linked": tl}, indent=1,
                                           ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
