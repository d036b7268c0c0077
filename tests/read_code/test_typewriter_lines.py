"""Lines set in a typewriter face (commands, code, file names shown as a
display) are never headings: in a LaTeX article a verbatim block of short
lines with space above was read as a run of first-level headings, and one
became the running head of the pages after it."""

from __future__ import annotations

import shutil

import pytest

from tests.corpus.synth.generate import EN
from tests.latex import latex_pdf

pytestmark = pytest.mark.skipif(not shutil.which("pdflatex"), reason="needs pdflatex")

PROSE = " ".join(EN[:8])

TEX = r"""\documentclass[11pt]{article}
\begin{document}
\title{Counting Visitors in Small Libraries}\author{Ann Example}\date{}\maketitle
\section{Introduction}
%(p)s

%(p)s
\section{The Counting Sheet}
%(p)s The sheet is written in a small command language:

\begin{verbatim}
\begin{sheet}
\count{monday}{12}
\count{tuesday}{9}
\end{sheet}
\end{verbatim}

%(p)s

\begin{verbatim}
tally --week 12
tally --merge
\end{verbatim}

%(p)s
\subsection{Reading the Sheet}
%(p)s
\section{Conclusion}
%(p)s
\end{document}
"""


def test_verbatim_lines_are_not_headings(tmp_path):
    from coursepack.read.pdf import read_pdf
    latex_pdf(tmp_path, TEX % {"p": PROSE})
    s = read_pdf(tmp_path / "a.pdf")
    heads = [" ".join(b.text.split()) for b in s.blocks if b.role == "heading"]
    assert [h for h in heads if "Sheet" in h or "Conclusion" in h or "Introduction" in h] == [
        "1 Introduction", "2 The Counting Sheet", "2.1 Reading the Sheet", "3 Conclusion"], heads
    assert not [h for h in heads if "\\" in h or "tally" in h], heads
    text = " ".join(" ".join(b.text.split()) for b in s.blocks)
    assert "\\count{monday}{12}" in text and "tally --merge" in text


DISPLAY = r"""\documentclass[11pt]{article}
\begin{document}
\title{Indexing Names}\author{Ann Example}\date{}\maketitle
\section{Patterns}
%(p)s For instance, the following patterns may all be indexed by one key:
\begin{quote}\ttfamily
University of California, Berkeley\\
Berkeley\\
berkeley\\
UCB
\end{quote}
%(p)s
\section{Conclusion}
%(p)s
\end{document}
"""


def test_display_of_names_in_typewriter_is_not_headings(tmp_path):
    # an indented display of names in a typewriter face, capitalised and
    # short, with space above and the next line close below (as makeindex's
    # "Index Preparation and Processing" shows the patterns of one key):
    # no headings, every line kept
    from coursepack.read.pdf import read_pdf
    latex_pdf(tmp_path, DISPLAY % {"p": PROSE})
    s = read_pdf(tmp_path / "a.pdf")
    heads = [" ".join(b.text.split()) for b in s.blocks if b.role == "heading"]
    assert not [h for h in heads if "Berkeley" in h or "UCB" in h], heads
    assert "2 Conclusion" in heads, heads
    text = " ".join(" ".join(b.text.split()) for b in s.blocks)
    assert "University of California, Berkeley" in text and "berkeley" in text and "UCB" in text
