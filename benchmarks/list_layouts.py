#!/usr/bin/env python3
"""Lists in articles from other producers, with known truth: how well the
PDF reader finds numbered, lettered and bulleted list items.

    python3 benchmarks/list_layouts.py [--producer latex weasy office] [--only NAME ...] [--keep DIR] [-v]

Each case is a short article (headings, paragraphs, one or more lists,
sometimes a numbered reference list) written through

* ``latex``: ``pdflatex``, ``article`` class, ``enumerate`` with the
  ``enumerate`` package's labels (``[I.]``, ``[(a)]``, ``[i)]`` …),
  ``itemize`` with bullets or dashes, nested lists, one or two columns;
* ``weasy``: WeasyPrint from HTML: ``<ol type="I">``, ``<ol type="a">``
  with the browser's markers, and Word-like lists drawn with CSS counters
  ("1)", "(a)") and a hanging indent;
* ``office``: LibreOffice (``soffice --headless --convert-to pdf``) from
  HTML with ``<ol>``/``<ul>``: its own list numbering and tab stops.

Besides the lists each article holds what must not be read as one: a
paragraph opening with a year or a number ("1990 was …", "3 of the 12
…"), an enumeration run into a sentence ("(i) … and (ii) …"), numbered
headings and a numbered reference list.

Scores, per case and in total: items found (a ``list_item`` block whose
text, less its marker, is the item's whole text: ``complete``; or that
starts with it: ``found``), false items (a ``list_item`` block that is no
item: a run-on line, a paragraph), paragraphs read as items or run into
one, and items at the right nesting level.  Producers that are not
installed are skipped.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PRODUCERS = ("latex", "weasy", "office")

LONG = [
    "Placing counting sheets in every library of the region, which presumably comprises many small towns "
    "and villages spread across the whole valley and its side valleys.",
    "Collecting the sheets at the end of each week and entering every count into a spreadsheet that the "
    "librarians of the region share with the county office.",
    "Comparing the counts with the opening hours that each library printed in its annual report for the "
    "same year, and noting every difference larger than an hour.",
    "Asking the librarians in a short interview why the hours changed, who decided on the change and whether "
    "the readers were told about it in advance.",
    "Writing a short report for each library that sets out the counts, the hours and the answers given in the "
    "interviews, to be sent back to the library for comment.",
]
SHORT = ["Opening hours.", "Visitor counts.", "Staff numbers.", "Annual budgets.", "Reading rooms."]
PARAS = [
    "The study of small libraries has a long history in the field, and many authors have written about the "
    "opening hours that they keep through the year and about the readers who come to them.",
    "The idea is illustrated in the next section, where the steps are taken one by one and each of them is "
    "discussed at some length together with the difficulties it raised in the field.",
    "After these steps the results are compared with those of earlier studies of the same region, which "
    "counted the visitors by other means and over shorter periods of time.",
    "The end of the section closes the list with a sentence of plain prose that runs on for a while, long "
    "enough to fill more than one line of the column.",
]
DISTRACT = [
    "1990 was the first year in which every library of the region reported its opening hours to the county, "
    "and the reports of that year are the earliest we could use.",
    "3 of the 12 libraries kept no record of their visitors at all before the study began, so their counts "
    "start with the first week of the study itself.",
    "We distinguish two kinds of change: (i) a change of the hours announced in advance and (ii) a change made "
    "without notice, which readers found only at a closed door.",
]
REFS = [
    "Adams, J. (2001). Small libraries and their readers. Library Quarterly, 71(2), 101-120.",
    "Brown, K. and Clark, L. (2010). Counting visitors. Journal of Documentation, 66(4), 511-530.",
    "Davis, M. (2015). Opening hours in rural areas. Library Trends, 63(1), 45-67.",
]

# the marker styles: name -> (LaTeX enumerate label, HTML list-style or counter form, office type)
STYLES = {
    "1.": ("1.", "decimal", "1"), "1)": ("1)", "decimal)", "1"), "(1)": ("(1)", "(decimal)", "1"),
    "a.": ("a.", "lower-alpha", "a"), "a)": ("a)", "lower-alpha)", "a"), "(a)": ("(a)", "(lower-alpha)", "a"),
    "i.": ("i.", "lower-roman", "i"), "(i)": ("(i)", "(lower-roman)", "i"), "i)": ("i)", "lower-roman)", "i"),
    "I.": ("I.", "upper-roman", "I"), "A.": ("A.", "upper-alpha", "A"),
    "bullet": (None, "disc", None), "dash": (None, "dash", None),
}


def _items(k: int, n: int, short: bool) -> list[str]:
    pool = SHORT if short else LONG
    return [pool[(k + j) % len(pool)] for j in range(n)]


def cases() -> list[dict]:
    """The test articles: name, producer, elements.  An element is
    ``("h", text)``, ``("p", text)``, ``("refs", [texts])`` or
    ``("list", style, [(text, sublist or None)...])``."""
    out = []
    k = 0
    for producer in PRODUCERS:
        styles = ["1.", "I.", "(a)", "i)", "a.", "(1)", "A.", "(i)", "1)", "a)", "i.", "bullet", "dash"]
        for cols in (1, 2):
            for j, st in enumerate(styles):
                if producer != "latex" and cols == 2 and j % 2:
                    continue
                k += 1
                short = j % 3 == 2
                els: list[tuple] = [("title", "Opening Hours of Small Libraries in a Rural Region"),
                                    ("h", "Introduction"), ("p", PARAS[0]),
                                    ("list", st, [(t, None) for t in _items(k, 3 + k % 2, short)]),
                                    ("p", PARAS[1])]
                if j % 4 == 1:
                    # a nested list in the second item
                    sub = "(a)" if st in ("1.", "I.", "1)") else "bullet" if st != "bullet" else "dash"
                    its = [(t, None) for t in _items(k + 1, 3, False)]
                    its[1] = (its[1][0], ("list", sub, [(t, None) for t in _items(k + 2, 2, j % 8 == 1)]))
                    els.append(("list", st, its))
                    els.append(("p", PARAS[2]))
                els += [("p", DISTRACT[k % 3]), ("h", "Method"), ("p", DISTRACT[(k + 1) % 3])]
                if j % 3 == 0:
                    els.append(("list", st, [(t, None) for t in _items(k + 3, 4, False)]))
                    els.append(("p", PARAS[3]))
                els += [("p", PARAS[2]), ("refs", REFS)]
                out.append({"name": f"{producer}-{cols}col-{st}", "producer": producer, "cols": cols, "times": k % 2 == 0,
                            "els": els})
    return out


# ----------------------------------------------------------------------
# writers

def _tex(t: str) -> str:
    return t.replace("&", r"\&").replace("%", r"\%").replace("_", r"\_")


def latex_source(case: dict) -> str:
    def lst(style: str, items: list, depth: int) -> str:
        lab = STYLES[style][0]
        if lab is None:
            head = r"\begin{itemize}" + (r"\renewcommand{\labelitemi}{--}\renewcommand{\labelitemii}{--}"
                                         if style == "dash" else "")
            tail = r"\end{itemize}"
        else:
            tag = {"1": r"1", "a": "a", "i": "i", "I": "I", "A": "A"}
            head = r"\begin{enumerate}[" + "".join(tag.get(c, c) for c in lab) + "]"
            tail = r"\end{enumerate}"
        body = []
        for text, sub in items:
            body.append(r"\item " + _tex(text) + ("\n" + lst(sub[1], sub[2], depth + 1) if sub else ""))
        return head + "\n" + "\n".join(body) + "\n" + tail
    out = [r"\documentclass[11pt" + (",twocolumn" if case["cols"] == 2 else "") + "]{article}",
           r"\usepackage{enumerate}"] + ([r"\usepackage{mathptmx}"] if case.get("times") else []) \
        + [r"\begin{document}"]
    n = 0
    for el in case["els"]:
        if el[0] == "title":
            out.append(r"\title{" + _tex(el[1]) + r"}\author{A. N. Author}\date{}\maketitle")
        elif el[0] == "h":
            out.append(r"\section{" + _tex(el[1]) + "}")
        elif el[0] == "p":
            out.append(_tex(el[1]) + "\n")
        elif el[0] == "list":
            # a list run into its paragraph (no blank line after it): the
            # text after it flush left, as LaTeX sets it
            out[-1] = out[-1].rstrip("\n")
            out.append(lst(el[1], el[2], 1))
        elif el[0] == "refs":
            out.append(r"\begin{thebibliography}{9}" + "".join(
                f"\n\\bibitem{{r{n + j}}} {_tex(r)}" for j, r in enumerate(el[1])) + "\n\\end{thebibliography}")
            n += len(el[1])
    out.append(r"\end{document}")
    return "\n".join(out)


def _h(t: str) -> str:
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_source(case: dict, producer: str) -> str:
    css = ["@page { size: A4; margin: 25mm 22mm; }",
           "body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.35; text-align: justify; }",
           "p { margin: 0 0 0.6em 0; } h2 { font-size: 13pt; margin: 1em 0 0.5em 0; }",
           "h1 { font-size: 18pt; column-span: all; } .author { column-span: all; font-size: 12pt; }"]
    if case["cols"] == 2:
        css.append("body { columns: 2; column-gap: 8mm; }")
    counters = {"decimal)": ("", "decimal", ")"), "(decimal)": ("(", "decimal", ")"),
                "lower-alpha)": ("", "lower-alpha", ")"), "(lower-alpha)": ("(", "lower-alpha", ")"),
                "lower-roman)": ("", "lower-roman", ")"), "(lower-roman)": ("(", "lower-roman", ")"),
                "dash": ("", None, "–")}
    k = 0

    def lst(style: str, items: list) -> str:
        nonlocal k
        form = STYLES[style][1]
        if producer == "office" or form not in counters:
            if producer == "office":
                t = STYLES[style][2]
                if form in ("disc", "dash"):
                    tag, attr = "ul", ""
                else:
                    tag, attr = "ol", f' type="{t}"'
            else:
                tag = "ul" if form in ("disc",) else "ol"
                attr = f' style="list-style-type: {form}"'
            body = "".join(f"<li>{_h(t)}{lst(s[1], s[2]) if s else ''}</li>" for t, s in items)
            return f"<{tag}{attr}>{body}</{tag}>"
        # a Word-like list: the marker drawn by a counter, a hanging indent
        k += 1
        pre, kind, post = counters[form]
        cls = f"l{k}"
        mark = f'"{pre}" counter({cls}, {kind}) "{post}"' if kind else f'"{post}"'
        css.append(f".{cls} {{ counter-reset: {cls}; margin: 0.4em 0; padding: 0; }}"
                   f".{cls} > p {{ counter-increment: {cls}; margin: 0 0 0.2em 2.2em; text-indent: -2.2em; }}"
                   f".{cls} > p::before {{ content: {mark}; display: inline-block; width: 2.2em; text-indent: 0; }}"
                   f".{cls} .sub {{ margin-left: 2.2em; }}")
        body = "".join(f"<p>{_h(t)}</p>" + (f'<div class="sub">{lst(s[1], s[2])}</div>' if s else "")
                       for t, s in items)
        return f'<div class="{cls}">{body}</div>'
    out = []
    for el in case["els"]:
        if el[0] == "title":
            out.append(f"<h1>{_h(el[1])}</h1><p class='author'>A. N. Author</p>")
        elif el[0] == "h":
            out.append(f"<h2>{_h(el[1])}</h2>")
        elif el[0] == "p":
            out.append(f"<p>{_h(el[1])}</p>")
        elif el[0] == "list":
            out.append(lst(el[1], el[2]))
        elif el[0] == "refs":
            out.append("<h2>References</h2>" + "".join(f"<p>[{j + 1}] {_h(r)}</p>" for j, r in enumerate(el[1])))
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + "\n".join(css)
            + "</style></head><body>" + "".join(out) + "</body></html>")


def available(producer: str) -> bool:
    if producer == "latex":
        return shutil.which("pdflatex") is not None
    if producer == "office":
        return shutil.which("soffice") is not None
    try:
        import weasyprint  # noqa: F401
    except ImportError:
        return False
    return True


def typeset(case: dict, outdir: Path) -> Path:
    """The case's PDF, made in ``outdir``."""
    name = re.sub(r"[^\w-]", "_", case["name"].replace(".", "d").replace(")", "p").replace("(", "o"))
    pdf = outdir / f"{name}.pdf"
    if case["producer"] == "latex":
        tex = outdir / f"{name}.tex"
        tex.write_text(latex_source(case), encoding="utf-8")
        for _ in range(2):
            subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", tex.name],
                           cwd=outdir, capture_output=True, timeout=120)
    elif case["producer"] == "weasy":
        import weasyprint
        weasyprint.HTML(string=html_source(case, "weasy")).write_pdf(pdf)
    else:
        html = outdir / f"{name}.html"
        html.write_text(html_source(case, "office"), encoding="utf-8")
        prof = outdir / "lo-profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to",
                        "pdf:writer_pdf_Export", "--outdir", str(outdir), str(html)],
                       capture_output=True, timeout=180)
    if not pdf.exists():
        raise RuntimeError(f"{case['name']}: no PDF made")
    return pdf


# ----------------------------------------------------------------------
# truth and scoring

def norm(text: str) -> str:
    """Letters and digits only, lower case, words broken at line ends joined."""
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)
    text = re.sub(r"(\w)- (\w)", r"\1\2", text)
    return re.sub(r"[^0-9a-zà-ÿ]", "", text.lower())


def truth(case: dict) -> tuple[list[tuple[str, int]], list[str]]:
    """The items (text, level) and the paragraphs of a case."""
    items: list[tuple[str, int]] = []
    paras: list[str] = []

    def walk(its: list, level: int) -> None:
        for text, sub in its:
            items.append((text, level))
            if sub:
                walk(sub[2], level + 1)
    for el in case["els"]:
        if el[0] == "list":
            walk(el[2], 1)
        elif el[0] == "p":
            paras.append(el[1])
    return items, paras


def score(case: dict, blocks) -> dict:
    items, paras = truth(case)
    got = [(norm(b.text), b.level) for b in blocks if b.role == "list_item"]
    used = [False] * len(got)
    r = {"items": len(items), "found": 0, "complete": 0, "level": 0, "false": 0,
         "paras": len(paras), "para_bad": 0, "missed": [], "falses": [], "bad_paras": []}
    for text, level in items:
        t = norm(text)
        hit = None
        for j, (g, lv) in enumerate(got):
            if used[j]:
                continue
            if g.endswith(t) and len(g) - len(t) <= 6:
                hit = (j, True)
                break
            pos = g.find(t[:40])
            if 0 <= pos <= 6 and hit is None:
                hit = (j, False)
        if hit is None:
            r["missed"].append(text[:60])
            continue
        used[hit[0]] = True
        r["found"] += 1
        r["complete"] += hit[1]
        r["level"] += got[hit[0]][1] == level
        if not hit[1]:
            r["missed"].append("incomplete: " + text[:50])
    for j, (g, _) in enumerate(got):
        if not used[j]:
            r["false"] += 1
            r["falses"].append(g[:60])
    for p in paras:
        t = norm(p)[:50]
        if any(t in g for g, _ in got):
            r["para_bad"] += 1
            r["bad_paras"].append(p[:60])
    return r


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--producer", nargs="*", default=list(PRODUCERS), choices=PRODUCERS)
    ap.add_argument("--only", nargs="*", default=None, help="case names (or parts of them)")
    ap.add_argument("--keep", default=None, help="keep the PDFs in this folder")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    from coursepack.read.pdf import read_pdf
    outdir = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="lists-"))
    outdir.mkdir(parents=True, exist_ok=True)
    total: dict = {}
    per: dict = {}
    for case in cases():
        if case["producer"] not in a.producer or not available(case["producer"]):
            continue
        if a.only and not any(o in case["name"] for o in a.only):
            continue
        pdf = typeset(case, outdir)
        r = score(case, read_pdf(pdf).blocks)
        line = (f"{case['name']:24} items {r['found']:2}/{r['items']:2} complete {r['complete']:2} "
                f"level {r['level']:2} false {r['false']:2} paras-bad {r['para_bad']}/{r['paras']}")
        print(line)
        if a.verbose:
            for key in ("missed", "falses", "bad_paras"):
                for x in r[key]:
                    print(f"    {key}: {x}")
        for d in (total, per.setdefault(case["producer"], {})):
            for key in ("items", "found", "complete", "level", "false", "paras", "para_bad"):
                d[key] = d.get(key, 0) + r[key]
    for name, d in list(per.items()) + [("TOTAL", total)]:
        if d:
            print(f"{name:8} items found {d['found']}/{d['items']}, complete {d['complete']}/{d['items']}, "
                  f"level {d['level']}/{d['items']}, false {d['false']}, paragraphs read as items "
                  f"{d['para_bad']}/{d['paras']}")
    if not a.keep:
        shutil.rmtree(outdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
