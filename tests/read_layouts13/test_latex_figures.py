"""A LaTeX article (typeset by pdflatex: the truth is its source) with what
real LaTeX articles bring that the corpus lacks: the TeX and LaTeX logos
(the E lowered under its neighbours, as LaTeX 2.09 set them), a figure made of text parted by
rules (two panels of lines, a rule under the first, a rule between the
columns of each), and a long caption in the text's own size."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.corpus.synth.generate import EN

pytestmark = pytest.mark.skipif(not shutil.which("pdflatex"), reason="needs pdflatex")

PROSE = " ".join(EN[:8])

TEX = r"""\documentclass[11pt,a4paper]{article}
\begin{document}
%% the logos as LaTeX 2.09 set them (makeindex's ind.tex): the E lowered .7ex
\def\TeX{T\kern-.1667em\lower.7ex\hbox{E}\kern-.125emX}
\def\LaTeX{L\kern-.36em\raise.3ex\hbox{\sc a}\kern-.15em\TeX}
\title{Counting Visitors in Small Libraries}\author{Ann Example}\date{}\maketitle
\section{Introduction}
%(p)s The counts were typeset with \LaTeX{} and checked with \TeX{} by hand, as Figure~\ref{f} shows.

%(p)s
\begin{figure}[h]
\begin{center}
\begin{tabular}{l|l}
Monday:  & \verb|\count{north}{12}| \\
Tuesday: & \verb|\count{north}{15}| \\
Friday:  & \verb|\count{south}{9}| \\
\end{tabular}

\bigskip\hrule\bigskip

\begin{tabular}{l|l}
\verb|\begin{tally}| & north, 12--15 \\
\verb|\item north| & south, 9 \\
\verb|\end{tally}| & total, 36 \\
\end{tabular}
\end{center}
\caption{The stepwise counting of visitors. This example is typeset in \LaTeX.
(a) Top: the counts as the staff wrote them on the sheet, one line for every branch and day of the week.
Each count is written where it was taken, so that the sheet keeps the order of the visits.
(b) Bottom: the tally made from the sheet by the program, with the branches in alphabetical order
and the days merged into ranges, as the annual report prints them for the committee.}\label{f}
\end{figure}

%(p)s
\section{Conclusion}
%(p)s
\end{document}
"""


def _read(tmp_path):
    from coursepack.read.figures import page_graphics, settle
    from coursepack.read.pdf import read_pdf
    (tmp_path / "a.tex").write_text(TEX % {"p": PROSE}, encoding="utf-8")
    subprocess.run(["pdflatex", "-interaction=batchmode", "a.tex"], cwd=tmp_path, capture_output=True, timeout=120)
    subprocess.run(["pdflatex", "-interaction=batchmode", "a.tex"], cwd=tmp_path, capture_output=True, timeout=120)
    pdf = tmp_path / "a.pdf"
    return settle(read_pdf(pdf), page_graphics(pdf))


def test_tex_logo_stays_in_its_line(tmp_path):
    """"LaTeX" and "TeX" with their lowered E: one word of the paragraph's
    line, never a line of their own read as a table's cell (which split
    the paragraph and printed a table placeholder)."""
    s = _read(tmp_path)
    assert not [b.text for b in s.blocks if b.role in ("table", "figure") and len(b.text.strip()) <= 3], \
        [(b.role, b.text) for b in s.blocks]
    para = next(b for b in s.blocks if b.role == "paragraph" and "typeset with" in b.text)
    text = " ".join(para.text.split())
    assert "typeset with latex and checked with tex by hand" in text.casefold(), text


def test_text_figure_parted_by_rules_is_one_figure_with_its_whole_caption(tmp_path):
    """The figure of text panels parted by drawn rules, captioned "Figure
    1": one figure block (cut from the page, its words its alternative
    text), none of its lines read as paragraphs; its caption, six lines
    in the text's own size, whole and once."""
    s = _read(tmp_path)
    figs = [b for b in s.blocks if b.role == "figure"]
    caps = [b for b in s.blocks if b.role == "caption"]
    assert len(figs) == 1 and figs[0].region, [(b.role, b.region, b.text[:40]) for b in s.blocks]
    words = " ".join(figs[0].text.split())
    assert "\\count{north}{12}" in words and "total, 36" in words and "\\begin{tally}" in words, words
    assert len(caps) == 1 and caps[0].text.startswith("Figure 1:")
    cap = " ".join(caps[0].text.split())
    assert cap.endswith("as the annual report prints them for the committee."), cap
    assert caps[0].region == [] and figs[0].region[3] <= caps[0].bbox[1]
    body = " ".join(b.text for b in s.blocks if b.role in ("paragraph", "quote", "list_item", "heading"))
    assert "count{north}" not in body and "total, 36" not in body and "annual report prints" not in body
    # the caption stands right before its figure
    k = s.blocks.index(figs[0])
    assert s.blocks[k - 1] is caps[0]


SIDEWAYS = r"""\documentclass[11pt,a4paper]{article}
\usepackage{rotating}\usepackage{pdflscape}
\begin{document}
\title{Counting Visitors in Small Libraries}\author{Ann Example}\date{}\maketitle
\section{Introduction}
%(p)s Figure~\ref{fs} shows the design.

%(p)s
\begin{sidewaysfigure}
\centering\setlength{\unitlength}{1pt}
\begin{picture}(500,200)
\put(0,150){\framebox(120,40){Requests sent}}\put(190,150){\framebox(120,40){Answers received}}
\put(380,150){\framebox(120,40){Counts checked}}\put(0,20){\framebox(120,40){Refused n = 4}}
\put(190,20){\framebox(120,40){Incomplete n = 7}}\put(380,20){\framebox(120,40){Final sample n = 96}}
\put(120,170){\vector(1,0){70}}\put(310,170){\vector(1,0){70}}
\end{picture}
\caption{Study design and the flow of the requests through the branches.}\label{fs}
\end{sidewaysfigure}
\section{Sources and Method}
%(p)s Table~\ref{tl} gives the counts.
\begin{landscape}
\begin{table}
\centering\caption{Visitors per branch and year in the five districts}\label{tl}
\begin{tabular}{lrrrrrrrr}\hline
Branch & 2010 & 2011 & 2012 & 2013 & 2014 & 2015 & 2016 & 2017\\\hline
Riverside & 5.1 & 5.8 & 6.0 & 6.2 & 6.1 & 6.4 & 6.6 & 6.9\\
Old Town & 7.7 & 7.9 & 8.2 & 8.0 & 8.4 & 8.8 & 9.0 & 9.3\\\hline
\end{tabular}
\end{table}
\end{landscape}
\section{Conclusion}
%(p)s
\end{document}
"""


def test_sideways_figure_and_landscape_table_are_kept_and_cut_upright(tmp_path):
    """A figure set sideways on its page (``sidewaysfigure``) and a table
    on a landscape page (``pdflscape``: the page turned by its /Rotate):
    their turned lines are no margin text; each is a caption and a figure
    or table with its area, and the picture cut from the page is turned
    back, so that its text reads across (wider than tall)."""
    from PIL import Image
    import pypdfium2 as pdfium

    from coursepack.read.figures import cut, page_graphics, settle
    from coursepack.read.pdf import read_pdf
    (tmp_path / "s.tex").write_text(SIDEWAYS % {"p": PROSE}, encoding="utf-8")
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=batchmode", "s.tex"], cwd=tmp_path, capture_output=True, timeout=120)
    pdf = tmp_path / "s.pdf"
    s = settle(read_pdf(pdf), page_graphics(pdf))
    caps = [" ".join(b.text.split()) for b in s.blocks if b.role == "caption"]
    assert caps == ["Figure 1: Study design and the flow of the requests through the branches.",
                    "Table 1: Visitors per branch and year in the five districts"], \
        [(b.page, b.role, b.why, b.text[:30]) for b in s.blocks]
    fig = next(b for b in s.blocks if b.role == "figure")
    tab = next(b for b in s.blocks if b.role == "table")
    assert "Final sample n = 96" in fig.text and "Requests sent" in fig.text
    assert "Old Town 7.7" in " ".join(tab.text.split())
    for b in (fig, tab):
        assert s.blocks[s.blocks.index(b) - 1].role == "caption"
    furniture = " ".join(b.text for b in s.blocks if b.role == "furniture")
    assert "Requests sent" not in furniture and "Riverside" not in furniture and "Table 1" not in furniture
    doc = pdfium.PdfDocument(str(pdf))
    try:
        for b in (fig, tab):
            w, h = cut(doc, b.page, b.region, tmp_path / f"{b.role}.png", dpi=72)
            with Image.open(tmp_path / f"{b.role}.png") as im:
                assert im.width > 2 * im.height, (b.role, im.size)
            assert (w, h) == (round(im.width, 2), round(im.height, 2))
    finally:
        doc.close()
