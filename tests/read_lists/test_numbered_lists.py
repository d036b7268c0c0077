"""Numbered, lettered and dashed lists in articles from other producers:
each item one ``list_item`` block with its whole text (its run-on lines,
its last item too), the text after the list a paragraph of its own, and
paragraphs that merely open with a number, or run an enumeration into a
sentence, left paragraphs.  Seen on LaTeX's ``enumerate`` (the last item
run into the text after the list; Roman labels "I." set flush right,
every run-on line a paragraph of its own) and on a paper outside the
corpus (makeindex's "Index Preparation and Processing", items I.-IV.)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from coursepack.read.pdflayout.items import follows, item_marker

LATEX = pytest.mark.skipif(not shutil.which("pdflatex"), reason="needs pdflatex")

ITEMS = [
    "Placing counting sheets in every library of the region, which presumably comprises many small towns "
    "and villages spread across the whole valley and its side valleys.",
    "Collecting the sheets at the end of each week and entering every count into a spreadsheet that the "
    "librarians of the region share with the county office.",
    "Comparing the counts with the opening hours that each library printed in its annual report for the "
    "same year, and noting every difference larger than an hour.",
]
AFTER = ("The idea is illustrated in the next section, where the steps are taken one by one and each of "
         "them is discussed at some length together with the difficulties it raised.")
NUMBERED_PARA = ("1990 was the first year in which every library of the region reported its opening hours to "
                 "the county, and the reports of that year are the earliest we could use.")
RUN_IN = ("We distinguish two kinds of change: (i) a change of the hours announced in advance and (ii) a change "
          "made without notice, which readers found only at a closed door of the library.")


def _norm(t: str) -> str:
    t = re.sub(r"(\w)-\s+(\w)", r"\1\2", t)
    return re.sub(r"[^a-z0-9]", "", t.lower())


def _latex(tmp_path, body: str, two_columns: bool = False):
    from coursepack.read.pdf import read_pdf
    tex = (r"\documentclass[11pt%s]{article}\usepackage{enumerate}\begin{document}"
           r"\title{Opening Hours of Small Libraries}\author{Ann Example}\date{}\maketitle"
           "\n%s\n\\end{document}\n") % (",twocolumn" if two_columns else "", body)
    (tmp_path / "a.tex").write_text(tex, encoding="utf-8")
    subprocess.run(["pdflatex", "-interaction=batchmode", "a.tex"], cwd=tmp_path,
                   capture_output=True, timeout=120, check=True)
    return read_pdf(tmp_path / "a.pdf").blocks


def _items(blocks) -> list[str]:
    return [_norm(b.text) for b in blocks if b.role == "list_item"]


def _assert_items(blocks, texts, markers):
    got = _items(blocks)
    want = [_norm(m + " " + t) for m, t in zip(markers, texts)]
    for w in want:
        assert w in got, (w[:40], got)
    assert len(got) == len(set(got)) and not [g for g in got if g not in want], got


def _enumerate(label: str, items=ITEMS) -> str:
    return ("\\section{Method}\nThe study of small libraries has a long history in the field, and many authors "
            "have written about the opening hours that they keep. We follow these steps:\n"
            "\\begin{enumerate}%s\n" % (f"[{label}]" if label else "")
            + "\n".join(r"\item " + t for t in items) + "\n\\end{enumerate}\n" + AFTER + "\n\n"
            + NUMBERED_PARA + "\n\n" + RUN_IN + "\n")


@LATEX
def test_last_item_of_an_enumerate_is_an_item_and_the_text_after_it_a_paragraph(tmp_path):
    blocks = _latex(tmp_path, _enumerate(""))
    _assert_items(blocks, ITEMS, ["1.", "2.", "3."])
    paras = [_norm(b.text) for b in blocks if b.role == "paragraph"]
    assert _norm(AFTER) in paras and _norm(NUMBERED_PARA) in paras and _norm(RUN_IN) in paras, paras


@LATEX
@pytest.mark.parametrize("label,markers", [("I.", ["I.", "II.", "III."]), ("(a)", ["(a)", "(b)", "(c)"]),
                                           ("i)", ["i)", "ii)", "iii)"]), ("A.", ["A.", "B.", "C."])])
def test_lettered_and_roman_labels_hang_under_their_text(tmp_path, label, markers):
    blocks = _latex(tmp_path, _enumerate(label))
    _assert_items(blocks, ITEMS, markers)
    assert _norm(AFTER) in [_norm(b.text) for b in blocks if b.role == "paragraph"]


@LATEX
def test_nested_list_has_levels(tmp_path):
    sub = r"\begin{enumerate}[(a)]\item Opening hours.\item Visitor counts.\end{enumerate}"
    body = _enumerate("1.", [ITEMS[0], ITEMS[1] + "\n" + sub, ITEMS[2]])
    blocks = _latex(tmp_path, body)
    levels = {_norm(b.text)[:12]: b.level for b in blocks if b.role == "list_item"}
    assert levels.get(_norm("1. " + ITEMS[0])[:12]) == 1 and levels.get(_norm("(a) Opening hours.")[:12]) == 2, levels
    assert levels.get(_norm("3. " + ITEMS[2])[:12]) == 1, levels


@LATEX
def test_items_across_a_column_break(tmp_path):
    prose = " ".join([AFTER] * 9)
    items = ITEMS + [ITEMS[0], ITEMS[1]]
    body = ("\\section{Method}\n" + prose + "\n\\begin{enumerate}[I.]\n" + "\n".join(r"\item " + t for t in items)
            + "\n\\end{enumerate}\n" + NUMBERED_PARA + "\n")
    blocks = _latex(tmp_path, body, two_columns=True)
    got = [b for b in blocks if b.role == "list_item"]
    opening = [b for b in got if not b.continues]
    assert len(opening) == 5, [b.text[:30] for b in got]
    joined = _norm(" ".join(b.text for b in got))
    assert all(_norm(t) in joined for t in items)


def test_weasyprint_dash_and_counter_lists(tmp_path):
    from coursepack.read.pdf import read_pdf
    weasyprint = pytest.importorskip("weasyprint")
    css = ("@page { size: A4; margin: 25mm; } body { font: 10.5pt 'DejaVu Serif'; text-align: justify; }"
           ".l > p { margin: 0 0 0.2em 2.2em; text-indent: -2.2em; }"
           ".l > p::before { display: inline-block; width: 2.2em; text-indent: 0; }"
           ".d > p::before { content: '–'; } .n { counter-reset: n; } .n > p { counter-increment: n; }"
           ".n > p::before { content: '(' counter(n, lower-roman) ')'; }")
    body = ("<h1>Opening Hours of Small Libraries</h1><p>Ann Example</p><h2>Method</h2><p>" + RUN_IN + "</p>"
            + "<div class='l d'>" + "".join(f"<p>{t}</p>" for t in ITEMS) + "</div><p>" + AFTER + "</p>"
            + "<div class='l n'>" + "".join(f"<p>{t}</p>" for t in ITEMS) + "</div><p>" + NUMBERED_PARA + "</p>")
    weasyprint.HTML(string=f"<html><head><style>{css}</style></head><body>{body}</body></html>").write_pdf(
        tmp_path / "w.pdf")
    blocks = read_pdf(tmp_path / "w.pdf").blocks
    _assert_items(blocks, ITEMS + ITEMS, ["–"] * 3 + ["(i)", "(ii)", "(iii)"])
    paras = [_norm(b.text) for b in blocks if b.role == "paragraph"]
    assert _norm(AFTER) in paras and _norm(NUMBERED_PARA) in paras and _norm(RUN_IN) in paras, paras


def test_markers():
    assert [item_marker(t) for t in ("IV. Formatting", "iv. Writing", "(B) Counting", "C. Asking")] == \
        ["IV.", "iv.", "(B)", "C."]
    assert [item_marker(t) for t in ("1990 was the first", "3 of the 12 libraries", "2013). And", "II.")] == \
        [None, None, None, None]
    assert follows("III.", "IV.") and follows("h)", "i)") and follows("i)", "ii)") and follows("(a)", "(b)")
    assert not follows("1.", "3.") and not follows("a)", "b.") and not follows("•", "•")


def test_one_line_items_at_the_margin_and_the_paragraph_after_them(tmp_path):
    """A list of short items whose markers stand at the column's margin
    (a counter list, "(a) …" set with a tab), the paragraph after it at
    the same edge: the last item is an item, the paragraph no entry."""
    from coursepack.read.pdf import read_pdf
    weasyprint = pytest.importorskip("weasyprint")
    short = ["Reading rooms.", "Opening hours.", "Visitor counts.", "Staff numbers."]
    css = ("@page { size: A4; margin: 25mm; } body { font: 10.5pt 'DejaVu Serif'; text-align: justify; }"
           "p { margin: 0 0 0.5em 0; } .n { counter-reset: n; } .n > p { counter-increment: n; margin: 0 0 0.2em 2.2em;"
           " text-indent: -2.2em; } .n > p::before { content: '(' counter(n, lower-alpha) ')'; display: inline-block;"
           " width: 2.2em; text-indent: 0; }")
    body = ("<h1>Opening Hours of Small Libraries</h1><p>Ann Example</p><h2>Method</h2><p>" + NUMBERED_PARA + "</p>"
            + "<div class='n'>" + "".join(f"<p>{t}</p>" for t in short) + "</div><p>" + AFTER + "</p>")
    weasyprint.HTML(string=f"<html><head><style>{css}</style></head><body>{body}</body></html>").write_pdf(
        tmp_path / "s.pdf")
    blocks = read_pdf(tmp_path / "s.pdf").blocks
    _assert_items(blocks, short, ["(a)", "(b)", "(c)", "(d)"])
    assert _norm(AFTER) in [_norm(b.text) for b in blocks if b.role == "paragraph"]
