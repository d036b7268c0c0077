"""Lists nested two levels deep, typeset for the test by pdflatex: a
numbered list whose second item holds a bulleted list, whose second bullet
holds a lettered list ("(a)", "(b)").  Each item is read at its depth (1, 2,
3) and the edition prints it so; the numbered item after the nested lists
("3.", a line of its own after a deeper bullet) is an item of the first
level again, not a paragraph; the text after the list is a paragraph."""

from __future__ import annotations

import shutil

import pytest

from coursepack.model import plain_text
from coursepack.read.pdf import read_pdf
from coursepack.repair import repair_structure
from tests.latex import latex_pdf
from tests.corpus.scoring import norm

TEX = r"""\documentclass[11pt]{article}
\usepackage{mathptmx}
\begin{document}
\section{Introduction}
The committee met in the spring to review the annual figures of the regional libraries. Most branches
reported a steady number of visitors, although opening hours had changed. The sources are the following:
\begin{enumerate}
\item Economic accounts of the regional libraries, as reported every year.
\item Business register of the county, which lists the branches and their staff:
  \begin{itemize}
  \item Data on turnover, number of branches, and staff employed in each of the towns and villages.
  \item Data on opening hours, split by season:
    \begin{enumerate}
    \item hours on weekday evenings;
    \item hours at weekends.
    \end{enumerate}
  \item Data on finance volume and the grants of the county.
  \end{itemize}
\item Corporation tax statistics of the state.
\end{enumerate}
The answers suggest that evening hours matter more than the size of the collection. Staff described how
requests for local history material have grown since the archive moved.
\end{document}
"""

TRUTH = [(1, "Economic accounts"), (1, "Business register"), (2, "Data on turnover"), (2, "Data on opening"),
         (3, "hours on weekday"), (3, "hours at weekends"), (2, "Data on finance"), (1, "Corporation tax")]


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex not installed")
def test_three_levels_and_back_to_the_first(tmp_path):
    latex_pdf(tmp_path, TEX)
    s = read_pdf(tmp_path / "a.pdf")
    show = [(b.role, b.level, b.text[:30]) for b in s.blocks]
    r = repair_structure(s)
    items = [(b.depth, plain_text(b.inlines)) for sec in r.sections for b in sec.blocks if b.kind == "item"]
    assert [(d, norm(t)[:len(norm(w))]) for (d, t), (_, w) in zip(items, TRUTH)] == \
        [(d, norm(w)) for d, w in TRUTH] and len(items) == len(TRUTH), (items, show)
    paras = [plain_text(b.inlines) for sec in r.sections for b in sec.blocks if b.kind == "paragraph"]
    assert any(norm(p).startswith(norm("The answers suggest")) for p in paras), (paras, show)
    assert not any("Corporation tax" in p for p in paras), (paras, show)
