"""The date LaTeX's ``\\maketitle`` sets under the title and the authors
("February 8, 1988", in a size above the body's) is a date of the front
matter, never a section heading: the sections start with the first real
heading, and the edition keeps no section named after the date."""

from __future__ import annotations

import shutil

import pytest

from coursepack.read.pdf import read_pdf
from coursepack.repair import repair_structure
from tests.latex import latex_pdf

TEX = r"""\documentclass[11pt]{article}
\title{Reading Rooms in Small Towns}
\author{Ann Kowalczyk}
\date{%s}
\begin{document}
\maketitle
\section{Overview}
The committee met in the spring to review the annual figures of the regional libraries. Most branches
reported a steady number of visitors, although opening hours had changed.

A short survey of readers was carried out in three towns and two rural districts. The answers suggest
that evening hours matter more than the size of the collection.
\section{Results}
Some members doubted that a survey of this size could settle the question of opening hours.
\end{document}
"""


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex not installed")
@pytest.mark.parametrize("date", ["February 8, 1988", "8 March 2014", "November 2003"])
def test_date_under_the_title_is_no_heading(tmp_path, date):
    latex_pdf(tmp_path, TEX % date)
    s = read_pdf(tmp_path / "a.pdf")
    heads = [b.text for b in s.blocks if b.role == "heading"]
    assert heads[:2] == ["1 Overview", "2 Results"], heads
    r = repair_structure(s)
    titles = [str(sec.title) for sec in r.sections]
    assert not any(date in t for t in titles), titles
    assert not r.accounting.missing, r.accounting.missing
    # left out like the page's furniture, never reported as stranded note text
    assert not any(date in f.text for f in r.fragments), r.fragments
