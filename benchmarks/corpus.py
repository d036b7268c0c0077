#!/usr/bin/env python3
"""The corpus benchmark: how well an article PDF is read, against hand-checked gold.

    python3 benchmarks/corpus.py [--synth] [--baseline] [--only NAME ...] [--json FILE] [-v]

Reads every paper of ``../shared/corpus/pdf/`` (``$COURSEPACK_CORPUS``
overrides the folder) with ``coursepack.read.pdf.read_pdf`` (or, with
``--baseline`` or when that reader does not exist yet, with the trivial
baseline reader below, and says so), scores the structure against
``tests/corpus/gold/<name>.yaml`` and prints one row per paper and the total.
``--synth`` adds the synthetic articles of ``tests/corpus/synth`` (typeset
on the fly with WeasyPrint, their truth written by the generator).

What each column counts (``tests/corpus/scoring.py`` computes it; every
text comparison is fuzzy, rapidfuzz ratio >= 90 after normalising Unicode,
quotes, dashes, soft hyphens, whitespace and case):

* ``title`` / ``auth``: 1 when the reader's title (``meta['title']`` or the
  title blocks; title and subtitle together also count) and its list of
  authors (same number of names, each matched in any order) are right.
* ``head``: gold headings found as heading blocks / gold headings;
  ``lvl``: of those, with the gold level; ``false``: heading blocks that
  match no gold heading (the title and the references heading excused).
* ``para``: gold paragraph starts (first words, on their page) that begin a
  body block (paragraph, quote, list item; not a continuation); ``pfalse``:
  body blocks starting on scored pages that match no gold start (a paragraph
  split in two, a table cell or caption taken for a paragraph); ``phid``:
  gold paragraphs whose first words stand in a block kept out of the
  running text (furniture, affiliation, table, caption …).  Only the
  gold's ``paragraph_pages`` are scored when the gold lists them.
* ``notes``: gold notes recovered as one note block (continuations joined)
  whose text begins with the gold first words and ends with the last words
  / gold notes; ``npage``: of those, on the gold page (the page of the
  marker for footnotes); ``mark``: markers found as superscripts of body
  lines on the marker's page / gold markers; ``nbody``: gold notes whose
  first or last words stand in running text (title, headings, paragraphs…).
* ``furn``: lines in text blocks matching the gold's furniture patterns
  (running heads and feet, page numbers, download notices).
* ``words``: gold broken words (line-end hyphens, spacing) whose correct
  form stands on their page and the broken form does not / gold sample
  (a word the reader read whole, right on its page and broken nowhere,
  counts too); ``rep``: not repaired but named in a doubt or in the suspect
  words ``check`` lists (``coursepack.check.suspect_words``); ``fjoin``:
  false joins (:func:`checked_words`): a gold compound that lost its
  hyphen, or two words or a hyphenated compound inside one line of the PDF
  written as one word the PDF never has.  Scored on the edition's text
  (``coursepack.repair.repair_structure``: the correct form must stand there
  more often than in the raw structure) where that repair exists, else on
  the raw structure (lines joined with a space); the header says which.
  Every other column scores the structure itself (raw lines joined).
* ``refs``: reference strings of ``../shared/corpus/reference-strings`` found
  as separate reference entries (one-to-one, fuzzy >= 90) / strings; for
  papers citing in footnotes (gold ``references_in_notes``) found inside a
  note (partial ratio >= 90).
* ``sec``: wall time to read the PDF.

If ``benchmarks/corpus_refs.py`` exists with ``score(name, structure) -> dict``,
its numbers are printed per paper in a references section.

Totals are sums of counts (rates over the sums).  ``--json FILE`` writes
every number (per paper and total) and which reader and text were scored.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from coursepack.read.structure import ArticleStructure, Block, Line  # noqa: E402
from tests.corpus import scoring  # noqa: E402

from tests.corpus.locate import corpus_dir  # noqa: E402

CORPUS = corpus_dir()
GOLD = ROOT / "tests" / "corpus" / "gold"


# ------------------------------------------------------------ baseline

def baseline_read(path) -> ArticleStructure:
    """A deliberately trivial reader to develop the scoring against: pdfplumber
    words grouped into lines, one block per vertical gap, the largest type on
    the first page the title, short bold or large lines headings, small type
    in the lower part of a page notes, lines repeated at the top or foot of
    three pages furniture, blocks after a "References" heading references."""
    import pdfplumber

    lines: list[Line] = []
    sizes: list[tuple[float, int]] = []
    pages = []
    with pdfplumber.open(str(path)) as pdf:
        for pno, page in enumerate(pdf.pages, 1):
            pages.append((float(page.width), float(page.height)))
            words = page.extract_words(extra_attrs=["size", "fontname"], x_tolerance=1.5)
            rows: list[list[dict]] = []
            for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
                if rows and abs(rows[-1][0]["top"] - w["top"]) < 2.5:
                    rows[-1].append(w)
                else:
                    rows.append([w])
            for r in rows:
                r.sort(key=lambda w: w["x0"])
                segs = [[r[0]]]
                for w in r[1:]:
                    (segs.append([w]) if w["x0"] - segs[-1][-1]["x1"] > 15 else segs[-1].append(w))
                for sg in segs:
                    size = collections.Counter(round(w["size"], 1) for w in sg).most_common(1)[0][0]
                    font = collections.Counter(w["fontname"] for w in sg).most_common(1)[0][0]
                    text = " ".join(w["text"] for w in sg)
                    lines.append(Line(pno, sg[0]["x0"], sg[0]["top"], sg[-1]["x1"], max(w["bottom"] for w in sg),
                                      text, size, font, bold="bold" in font.lower()))
                    sizes.append((size, len(text)))
    count = collections.Counter()
    for sz, n in sizes:
        count[sz] += n
    body = count.most_common(1)[0][0] if count else 10.0

    def key(ln):
        return re.sub(r"\d+", "#", ln.text.strip())

    edge = collections.Counter()
    for ln in lines:
        h = pages[ln.page - 1][1]
        if ln.top < 0.1 * h or ln.bottom > 0.9 * h:
            edge[key(ln)] += 1
    blocks: list[Block] = []
    in_refs = False
    title_done = False
    cur: list[Line] = []

    def flush():
        nonlocal in_refs, title_done
        if not cur:
            return
        first = cur[0]
        text = " ".join(ln.text for ln in cur)
        h = pages[first.page - 1][1]
        if all(edge[key(ln)] >= 3 or ln.text.strip().isdigit() for ln in cur) and (first.top < 0.1 * h or first.bottom > 0.9 * h):
            role = "furniture"
        elif not title_done and first.size >= body + 3:
            role, title_done = "title", True
        elif len(cur) <= 2 and len(text) < 90 and (first.bold or first.size > body + 0.5) and not text.rstrip().endswith("."):
            role = "heading"
            in_refs = bool(re.match(r"(references|bibliography|literatur|works cited)\b", text.strip(), re.I))
            if in_refs:
                role = "references_heading"
        elif first.size < body - 0.5 and first.top > 0.6 * h:
            role = "note"
        elif in_refs:
            role = "reference"
        else:
            role = "paragraph"
        num = None
        m = re.match(r"\s*(\d{1,3})\b", text)
        if role == "note" and m:
            num = int(m.group(1))
        blocks.append(Block(role, list(cur), level=1 if role == "heading" else 0, number=num, why="baseline"))
        cur.clear()

    prev = None
    for ln in sorted(lines, key=lambda l: (l.page, l.x0 > pages[l.page - 1][0] / 2 and l.x1 > pages[l.page - 1][0] * 0.55, l.top)):
        if prev is not None:
            pitch = ln.top - prev.top
            if (ln.page != prev.page or pitch > 1.6 * max(prev.size, 1) or pitch < 0
                    or abs(ln.size - prev.size) > 0.5 or ln.x0 > prev.x0 + 5):
                flush()
        cur.append(ln)
        prev = ln
    flush()
    meta = {}
    t = [b for b in blocks if b.role == "title"]
    if t:
        meta["title"] = t[0].text.replace("\n", " ")
    return ArticleStructure(str(path), blocks=blocks, meta=meta, pages=pages)


# -------------------------------------------------------------- readers

def edition_text(structure) -> str | None:
    """The article's whole text after the edition's repair
    (``coursepack.repair.repair_structure``: body blocks, footnotes, the
    reference list), or None where that repair does not exist."""
    try:
        from coursepack.repair import plain_text, repair_structure
    except ImportError:
        return None
    r = repair_structure(structure)
    edition_text.doubts = list(r.doubts)
    edition_text.emphases = emphases(r)
    # the title, the abstracts and the headings are repaired text too
    parts = [r.title] + [plain_text(a.inlines) for a in r.abstracts] + [s.title for s in r.sections]
    parts += [plain_text(b.inlines) for b in r.blocks() if getattr(b, "inlines", None)]
    parts += [plain_text(n.inlines) for n in r.footnotes]
    parts += list(r.references)
    return " ".join(parts)


def emphases(r) -> list[str]:
    """The texts of the emphasis runs of a repaired article (body blocks,
    abstracts, footnotes), normalised (:func:`scoring.norm`)."""
    from coursepack import model

    out: list[str] = []

    def walk(nodes):
        for n in nodes:
            if isinstance(n, model.Emph):
                out.append(scoring.norm(model.plain_text(n.children)))
            elif getattr(n, "children", None):
                walk(n.children)
    for b in r.blocks():
        walk(getattr(b, "inlines", None) or [])
    for x in list(r.abstracts) + list(r.footnotes):
        walk(x.inlines)
    return out


def italics_found(gold: dict, runs: list[str]) -> int:
    """Gold italic phrases that stand as emphasis: a run that is the phrase,
    or holds it as whole words.

    >>> italics_found({"italics": [{"text": "op. cit."}, {"text": "work"}, {"text": "M"}]}, ["op. cit.", "hard work is", "Ms"])
    2
    """
    found = 0
    for it in gold.get("italics") or []:
        want = scoring.norm(it["text"])
        if any(r == want or re.search(rf"(?<!\w){re.escape(want)}(?!\w)", r) for r in runs):
            found += 1
    return found


def checked_words(s, gold, repaired):
    """The words ``check`` names as suspect (``coursepack.check.suspect_words``
    on the repair's doubts) added to the structure's doubts, so that a gold
    broken word left unrepaired counts as reported when check names it; and
    ``false_joins`` (in ``checked_words.last``): words the repair joined
    wrongly: a gold compound that lost its hyphen, or two words or a
    hyphenated compound standing inside one line of the PDF (not at its end)
    that the repaired text writes as one word the PDF never does."""
    from coursepack.check import suspect_words
    from coursepack.read.structure import Doubt
    found = suspect_words(getattr(edition_text, "doubts", []))
    s.doubts = [d for d in s.doubts if d.kind != "suspect_word"] + [
        Doubt("suspect_word", w) for w, *_ in found]
    checked_words.last = {"suspects": len(found), "false_joins": 0, "false_joins_list": []}
    if repaired is None:
        return s
    from coursepack.words import zipf
    blocks = [[scoring.norm(ln.text) for ln in b.lines] for b in s.blocks if b.role not in ("furniture", "cover")]
    lines = [ln for b in blocks for ln in b]
    rep_count = collections.Counter(re.findall(r"\w+", scoring.norm(repaired)))
    raw_count = collections.Counter(re.findall(r"\w+", " ".join(lines)))
    for b in blocks:     # a word broken at a line end may rightly be joined
        for x, y in zip(b, b[1:]):
            m, n = re.search(r"(\w+)-?$", x), re.match(r"\w+", y)
            if m and n:
                raw_count[m.group(1) + n.group()] += 1
    common = lambda w: max(zipf(w, "en"), zipf(w, "de")) >= 3.5  # noqa: E731
    bad = {bw["word"].replace("-", "").casefold() for bw in gold["broken_words"]
           if "-" in bw["word"] and "- " in bw["pdf"]}          # the gold's compounds
    for ln in lines:                                           # a hyphen or a space inside a line
        toks = ln.split()
        for a, b in zip(toks, toks[1:]):
            if re.fullmatch(r"[^\W\d_]+", a) and re.fullmatch(r"[^\W\d_]+[,.;:)]?", b) and (
                    not a.endswith(("fi", "fl", "ff")) or common(a) and common(b.rstrip(",.;:)"))):
                bad.add(a + b.rstrip(",.;:)"))     # (a space after a ligature glyph is no evidence)
        bad.update(t.replace("-", "") for t in re.findall(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])", ln))
    wrong = sorted(w for w in bad if rep_count[w] > raw_count[w])
    checked_words.last.update(false_joins=len(wrong), false_joins_list=wrong[:20])
    return s


def _has_repair() -> bool:
    try:
        from coursepack.repair import repair_structure  # noqa: F401
    except ImportError:
        return False
    return True


def pick_reader(baseline: bool):
    """(name, read function, text function, text label)."""
    if not baseline:
        try:
            mod = importlib.import_module("coursepack.read.pdf")
            read = getattr(mod, "read_pdf")
        except (ImportError, AttributeError):
            read = None
        if read is not None:
            text = getattr(mod, "block_text", None)
            if text is not None:
                return "coursepack.read.pdf.read_pdf", read, text, "repaired (coursepack.read.pdf.block_text)"
            return "coursepack.read.pdf.read_pdf", read, scoring.raw_text, "RAW structure (lines joined, no repair)"
    return "BASELINE (benchmarks/corpus.py baseline_read)", baseline_read, scoring.raw_text, "RAW structure (lines joined, no repair)"


def papers(only=None) -> list[tuple[str, Path, dict, list[str]]]:
    """``(name, pdf, gold, reference strings)`` of every corpus paper with
    gold; reference strings the gold corrects (``reference_fixes``: line
    number to text, where reference-strings carries a running head) as
    corrected."""
    out = []
    for g in sorted(GOLD.glob("*.yaml")):
        name = g.stem
        if only and name not in only:
            continue
        pdf = CORPUS / "pdf" / f"{name}.pdf"
        refs = CORPUS / "reference-strings" / f"{name}.txt"
        strings = [x for x in refs.read_text(encoding="utf-8").splitlines() if x.strip()] if refs.exists() else []
        gold = scoring.load_gold(g)
        for line, fixed in (gold.get("reference_fixes") or {}).items():
            strings[int(line) - 1] = fixed   # a slip of reference-strings, corrected by hand in the gold
        skip = set(gold.get("not_this_article_references") or ())   # another article's list on the page
        strings = [x for k, x in enumerate(strings, 1) if k not in skip]
        out.append((name, pdf, gold, strings))
    return out


def synth_papers(tmp: Path) -> list[tuple[str, Path, dict, list[str]]]:
    from tests.corpus.synth import generate
    out = []
    for spec in generate.SPECS:
        pdf, gold, refs = generate.build(spec, tmp)
        out.append((spec["name"], pdf, gold, refs))
    return out


def run(items, read, text, refs_mod=None, repair=True) -> dict:
    results = {}
    for name, pdf, gold, strings in items:
        t0 = time.perf_counter()
        s = read(pdf)
        secs = time.perf_counter() - t0
        rtext = edition_text(s) if repair else None
        r = scoring.score(gold, checked_words(s, gold, rtext) if repair else s, strings, text, rtext)
        r.update(checked_words.last)
        runs = getattr(edition_text, "emphases", []) if repair else []
        r["italics"] = len(gold.get("italics") or [])
        r["italics_found"] = italics_found(gold, runs)
        r["italic_runs"] = len(runs)
        r["seconds"] = round(secs, 3)
        if refs_mod is not None:
            try:
                r["refs_detail"] = refs_mod.score(name, s)
            except Exception as e:  # noqa: BLE001 - another branch's code: report, go on
                r["refs_detail"] = {"error": f"{type(e).__name__}: {e}"}
        results[name] = r
    return results


COLS = [("title", "title_ok", None), ("auth", "authors_ok", None),
        ("head", "headings_found", "headings"), ("lvl", "headings_level_ok", "headings_found"),
        ("false", "headings_false", None), ("abs", "abstracts_found", "abstracts"), ("afalse", "abstracts_false", None),
        ("para", "para_found", "para"), ("pfalse", "para_false", None), ("phid", "para_hidden", None),
        ("notes", "notes_found", "notes"), ("npage", "notes_on_page", "notes"), ("mark", "markers_found", "markers"),
        ("nbody", "notes_in_body", None), ("furn", "furniture_in_body", None),
        ("words", "broken_repaired", "broken"), ("rep", "broken_reported", None), ("fjoin", "false_joins", None),
        ("refs", "refs_found", "refs"), ("ital", "italics_found", "italics"), ("iruns", "italic_runs", None)]


def table(results: dict, say=print) -> dict:
    head = f"{'paper':10s} " + " ".join(f"{c:>7s}" for c, _, _ in COLS) + f" {'sec':>6s}"
    say(head)
    for name, r in results.items():
        cells = [f"{r[k]}/{r[d]}" if d else str(r[k]) for _, k, d in COLS]
        say(f"{name:10s} " + " ".join(f"{c:>7s}" for c in cells) + f" {r['seconds']:6.2f}")
    tot = scoring.total(results)
    tot.update({k: sum(r.get(k, 0) for r in results.values())
                for k in ("false_joins", "suspects", "italics", "italics_found", "italic_runs")})
    n = len(results)
    cells = scoring.total_cells(tot, n, COLS)
    say(f"{'TOTAL':10s} " + " ".join(f"{c:>7s}" for c in cells) + f" {sum(r['seconds'] for r in results.values()):6.2f}")
    R = scoring.rate
    rates = {
        "title": R(tot["title_ok"], n), "authors": R(tot["authors_ok"], n),
        "headings": R(tot["headings_found"], tot["headings"]),
        "heading_levels": R(tot["headings_level_ok"], tot["headings_found"]),
        "false_headings_per_paper": tot["headings_false"] / max(n, 1),
        "abstracts": R(tot["abstracts_found"], tot["abstracts"]),
        "abstracts_false": tot["abstracts_false"],
        "paragraph_starts": R(tot["para_found"], tot["para"]),
        "paragraphs_hidden": tot["para_hidden"],
        "notes_full_text": R(tot["notes_found"], tot["notes"]),
        "notes_on_page": R(tot["notes_on_page"], tot["notes"]),
        "markers": R(tot["markers_found"], tot["markers"]),
        "notes_in_body": tot["notes_in_body"], "furniture_in_body": tot["furniture_in_body"],
        "broken_words_repaired": R(tot["broken_repaired"], tot["broken"]),
        "broken_words_repaired_or_reported": R(tot["broken_repaired"] + tot["broken_reported"], tot["broken"]),
        "false_joins": tot["false_joins"], "suspect_words_reported": tot["suspects"],
        "references_separate": R(tot["refs_found"], tot["refs"]),
        "italics": R(tot["italics_found"], tot["italics"]), "italic_runs": tot["italic_runs"],
        "seconds_total": round(sum(r["seconds"] for r in results.values()), 2),
        "seconds_max": max((r["seconds"] for r in results.values()), default=0),
    }
    say("rates: " + ", ".join(f"{k} {v:.0%}" if isinstance(v, float) and v <= 1 and not k.startswith(("seconds", "false")) else f"{k} {v}"
                              for k, v in rates.items()))
    return {"counts": tot, "rates": rates}


#: Counts that must not fall (floors) and counts that must not rise (ceilings).
FLOOR_KEYS = ("title_ok", "authors_ok", "headings_found", "headings_level_ok", "abstracts_found", "para_found",
              "notes_found", "notes_on_page", "markers_found", "broken_repaired", "refs_found")
CEILING_KEYS = ("headings_false", "abstracts_false", "para_false", "para_hidden", "notes_in_body", "furniture_in_body")


def thresholds_from(results: dict) -> dict:
    """Floors a little below each paper's counts and ceilings a little above
    (slack: 5 % of what the gold holds, at least 1 for the counts that are
    not all-or-nothing; title and authors none), and the same on the totals.

    >>> thresholds_from({"p": {"title_ok": 1, "headings_found": 20, "headings": 20, "headings_false": 0}})["papers"]["p"]["min"]["headings_found"]
    19
    """
    def slack(r, k):
        if k in ("title_ok", "authors_ok"):
            return 0
        den = {"headings_found": "headings", "headings_level_ok": "headings_found", "para_found": "para",
               "abstracts_found": "abstracts",
               "notes_found": "notes", "notes_on_page": "notes", "markers_found": "markers",
               "broken_repaired": "broken", "refs_found": "refs"}.get(k)
        base = r.get(den, 0) if den else max(r.get(k, 0), 10)
        return max(1, round(0.05 * base))

    out = {"papers": {}}
    for name, r in results.items():
        out["papers"][name] = {
            "min": {k: max(0, r[k] - slack(r, k)) for k in FLOOR_KEYS if k in r},
            "max": {k: r[k] + slack(r, k) for k in CEILING_KEYS if k in r},
        }
    tot = scoring.total(results)
    out["total"] = {"min": {k: max(0, tot[k] - max(1, round(0.02 * tot[k]))) for k in FLOOR_KEYS},
                    "max": {k: tot[k] + max(1, round(0.05 * tot[k])) for k in CEILING_KEYS}}
    return out


def write_thresholds(path: Path, results: dict, reader: str, synth: dict | None = None) -> None:
    import yaml
    data = thresholds_from(results)
    if synth:
        data["synth"] = thresholds_from(synth)["papers"]
    head = (f"# Written by benchmarks/corpus.py --write-thresholds from {reader}\n"
            f"# ({time.strftime('%Y-%m-%d')}): floors just below what it achieved, ceilings just above.\n"
            "# Raise them when the reader improves; never lower them to make a test pass.\n")
    path.write_text(head + yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--synth", action="store_true", help="also the synthetic articles")
    ap.add_argument("--baseline", action="store_true", help="score the trivial baseline reader")
    ap.add_argument("--only", nargs="*", help="only these papers")
    ap.add_argument("--json", help="write the numbers to this file")
    ap.add_argument("--write-thresholds", metavar="FILE",
                    help="write floors just below these numbers (for tests/corpus/thresholds.yaml)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list missed/false headings, missed starts, furniture")
    a = ap.parse_args(argv)
    name, read, text, label = pick_reader(a.baseline)
    repair = edition_text.__module__ and _has_repair()
    print(f"reader: {name}\ntext scored: {label}"
          + ("; broken words on the edition's repaired text (coursepack.repair.repair_structure)" if repair
             else "; broken words on the RAW structure (no repair found)"))
    refs_mod = None
    if (ROOT / "benchmarks" / "corpus_refs.py").exists():
        sys.path.insert(0, str(ROOT / "benchmarks"))
        refs_mod = importlib.import_module("corpus_refs")
        if not hasattr(refs_mod, "score"):
            refs_mod = None
    out = {"reader": name, "text": label, "broken_words_on": "repaired" if repair else "raw"}
    results = run(papers(a.only), read, text, refs_mod, repair)
    print(f"\ncorpus ({len(results)} papers, {CORPUS})")
    out["corpus"] = {"papers": results, **table(results)}
    if a.verbose:
        for pname, r in results.items():
            for k in ("headings_missed_list", "headings_false_list", "para_missed_list", "abstracts_missed_list", "notes_missed_list", "furniture_in_body_list"):
                if r.get(k):
                    print(f"  {pname} {k}: {r[k]}")
    if refs_mod is not None:
        print("\nreferences (benchmarks/corpus_refs.py)")
        for pname, r in results.items():
            print(f"  {pname:10s} " + ", ".join(f"{k} {v}" for k, v in (r.get("refs_detail") or {}).items()))
    if a.synth:
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            sres = run(synth_papers(Path(tmp)), read, text, None, repair)
        print(f"\nsynthetic ({len(sres)} articles)")
        out["synth"] = {"papers": sres, **table(sres)}
    if a.write_thresholds:
        write_thresholds(Path(a.write_thresholds), results, name, out.get("synth", {}).get("papers"))
    if a.json:
        Path(a.json).write_text(json.dumps(out, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
