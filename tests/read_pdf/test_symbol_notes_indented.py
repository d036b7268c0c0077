"""Notes keyed by symbols on the title and the authors, as LaTeX sets them
(``\\thanks``: each note's first line indented, its key raised there, its
run-on lines back at the margin), typeset for the test by pdflatex.  Each
note is a note of its own with its symbol, none read as the run-on lines
of the one above (nor as the continuation of a note from an earlier page),
and the edition keeps them as the title's and the authors' notes with
their symbols, never numbered."""

from __future__ import annotations

import shutil

import pytest

from coursepack.read.pdf import read_pdf
from coursepack.repair import repair_structure
from tests.latex import latex_pdf
from tests.corpus.scoring import norm

LONG = ("The survey was funded by the county council under its programme for rural libraries, and by the "
        "regional library board, which also gave access to the branch records of twenty years.")
TEX = r"""\documentclass[11pt]{article}
\usepackage{mathptmx}
\title{Reading Rooms in Small Towns\thanks{%s}}
\author{Ann Kowalczyk\thanks{Example County Library.} \and Bo Lindqvist\thanks{Example College, Department of Information Studies.}}
\date{}
\begin{document}
\maketitle
\section{Introduction}
The committee met in the spring to review the annual figures of the regional libraries.\footnote{See the
annual report of the board.} Most branches reported a steady number of visitors, although opening hours
had changed. Several members asked whether the figures could be compared with those of earlier years.

A short survey of readers was carried out in three towns and two rural districts. The answers suggest that
evening hours matter more than the size of the collection.
\end{document}
""" % LONG


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex not installed")
def test_indented_symbol_notes_are_notes_of_their_own(tmp_path):
    latex_pdf(tmp_path, TEX)
    s = read_pdf(tmp_path / "a.pdf")
    notes = [b for b in s.blocks if b.role == "note"]
    show = [(b.number, b.continues, b.text[:40]) for b in notes]
    texts = [norm(b.text) for b in notes]
    for want in (LONG, "Example County Library.", "Example College, Department of Information Studies."):
        assert any(t.endswith(norm(want)) and len(t) <= len(norm(want)) + 3 for t in texts), show
    assert not any(b.continues for b in notes), show
    r = repair_structure(s)
    marks = sorted(b.marker.split("|")[0] for sec in r.sections for b in sec.blocks if b.kind == "authornote")
    assert marks == ["author †", "author ‡", "title *"], marks
    assert [f.number for f in r.footnotes] == [1], r.footnotes


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex not installed")
def test_notes_keyed_by_glyphs_without_a_character(tmp_path):
    # Computer Modern's symbols at the notes' sizes may come as bitmap
    # glyphs the PDF gives no character for (U+FFFD, where cm-super and the
    # small CMSY outlines are not installed): the notes keep no stray glyph,
    # are never numbered, and the word accounting records the key left out
    latex_pdf(tmp_path, TEX.replace(r"\usepackage{mathptmx}", ""))
    r = repair_structure(read_pdf(tmp_path / "a.pdf"))
    from coursepack.model import plain_text
    notes = [plain_text(b.inlines) for sec in r.sections for b in sec.blocks if b.kind == "authornote"]
    assert len(notes) == 3 and not any("\ufffd" in t for t in notes), notes
    assert any(norm(t) == norm("Example County Library.") for t in notes), notes
    assert [f.number for f in r.footnotes] == [1], r.footnotes
    assert not r.accounting.missing, r.accounting.missing
