"""The page number of a one-page document (LaTeX's plain foot: centred
under the text, a footskip below it, above the page's outer eighth), which
no repetition on other pages can show as furniture: it is the page's
furniture, never the tail of the last footnote nor a paragraph "1"."""

from __future__ import annotations

import shutil

import pytest

from coursepack.read.pdf import read_pdf
from tests.latex import latex_pdf
from tests.corpus.scoring import norm

NOTE = "See the annual report of the regional library board for the figures of each branch."
TEX = r"""\documentclass[11pt%s]{article}
\begin{document}
\section{Introduction}
The committee met in the spring to review the annual figures of the regional libraries.\footnote{%s}
Most branches reported a steady number of visitors, although opening hours had changed. Several members
asked whether the figures could be compared with those of earlier years.

A short survey of readers was carried out in three towns and two rural districts. The answers suggest that
evening hours matter more than the size of the collection.
\end{document}
"""


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex not installed")
@pytest.mark.parametrize("paper", [",a4paper", ",letterpaper"])
def test_page_number_of_a_one_page_document_is_furniture(tmp_path, paper):
    latex_pdf(tmp_path, TEX % (paper, NOTE))
    s = read_pdf(tmp_path / "a.pdf")
    show = [(b.role, b.text[:40]) for b in s.blocks]
    notes = [norm(b.text) for b in s.blocks if b.role == "note"]
    assert len(notes) == 1 and notes[0].endswith(norm(NOTE)), show
    assert [b.text for b in s.blocks if b.role == "furniture"] == ["1"], show
    assert not any(b.text.strip() == "1" for b in s.blocks if b.role != "furniture"), show
