"""Text set at an indent from the margin on the left only (a list item's
text without a label, a passage inset on the left, a list item's text
carried over to a new page), typeset for the test by pdflatex in a document
whose paragraphs open with a first-line indent.  Every line of such a
paragraph stands at the indent, so the indent opens no paragraph: the lines
read as one paragraph, never one paragraph a line (cut mid-sentence)."""

from __future__ import annotations

import shutil

import pytest

from coursepack.read.pdf import read_pdf
from tests.latex import latex_pdf
from tests.corpus.scoring import norm

INSET = ("The second survey asked the same readers, one year later, which services they had used in the "
         "meantime and how often they had come to the library in the evening, on a weekday or at the weekend; "
         "most of them named the lending of books first, the newspapers second and the help with forms and "
         "letters third, while only a few had used the computers or the copying machine at all.")
AFTER = ("Some members doubted that a survey of this size could settle the question of opening hours, since "
         "the towns differ in the number of schools and in the distance of the villages from the nearest "
         "branch library.")
TEX = r"""\documentclass[11pt]{article}
\usepackage{mathptmx}
\begin{document}
\section{Introduction}
The committee met in the spring to review the annual figures of the regional libraries. Most branches
reported a steady number of visitors, although opening hours had changed. Several members asked whether the
figures could be compared with those of earlier years.

A short survey of readers was carried out in three towns and two rural districts. The answers suggest that
evening hours matter more than the size of the collection, and that the reading rooms are used most by
pupils and by older readers.
\begin{list}{}{\setlength{\leftmargin}{%s}\setlength{\rightmargin}{0pt}}
\item[] %s
\end{list}
%s
\end{document}
"""


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex not installed")
@pytest.mark.parametrize("margin", ["2.5em", "3.5em"])
def test_lines_at_a_left_indent_are_one_paragraph(tmp_path, margin):
    latex_pdf(tmp_path, TEX % (margin, INSET, AFTER))
    s = read_pdf(tmp_path / "a.pdf")
    texts = [norm(b.text) for b in s.blocks if b.role in ("paragraph", "quote")]
    show = [t[:50] for t in texts]
    # the inset paragraph whole, in one block (hyphens at line ends aside)
    assert any(norm(INSET).replace(" ", "")[:200] in t.replace(" ", "").replace("-", "") for t in texts), show
    # and the paragraph after it starts a block of its own
    assert any(t.startswith(norm("Some members doubted")) for t in texts), show
