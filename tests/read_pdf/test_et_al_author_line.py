"""An author line that only says "et al." under the names, its note key
raised on it (LaTeX: ``\\author{A\\thanks{…} \\\\ B \\\\ et al.\\thanks{…}}``),
typeset for the test by pdflatex: the line is part of the authors (never
stray text dropped from the front matter), adds no name to the metadata,
ends the list of names (the address below is no author), and its note is
called after "et al." with its own key, not credited to a named author."""

from __future__ import annotations

import shutil

import pytest

from coursepack.model import plain_text
from coursepack.read.pdf import read_pdf
from coursepack.repair import repair_structure
from tests.latex import latex_pdf

TEX = r"""\documentclass[11pt]{article}
\usepackage{mathptmx}
\title{Reading Rooms in Small Towns}
\author{Ann Kowalczyk\thanks{Supported by a grant of the county council.} \\ Bo Lindqvist \\ et al.\thanks{Updated 2014 by Cy Doe and Di Roe.}
\\[2ex] Example College Library\\ Example Town}
\date{}
\begin{document}
\maketitle
\section{Introduction}
The committee met in the spring to review the annual figures of the regional libraries. Most branches
reported a steady number of visitors, although opening hours had changed. Several members asked whether
the figures could be compared with those of earlier years.
\end{document}
"""


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex not installed")
def test_et_al_line_stays_with_the_authors_and_keeps_its_note(tmp_path):
    latex_pdf(tmp_path, TEX)
    s = read_pdf(tmp_path / "a.pdf")
    show = [(b.role, b.text[:40]) for b in s.blocks[:8]]
    authors = [b.text for b in s.blocks if b.role == "author"]
    assert any(t.startswith("et al.") for t in authors), show
    assert s.meta.get("authors") == ["Ann Kowalczyk", "Bo Lindqvist"], (s.meta, show)
    r = repair_structure(s)
    notes = {plain_text(b.inlines): b.marker for sec in r.sections for b in sec.blocks if b.kind == "authornote"}
    upd = next((m for t, m in notes.items() if t.startswith("Updated 2014")), None)
    assert upd is not None and upd.endswith("|et al."), notes
    sup = next((m for t, m in notes.items() if t.startswith("Supported")), None)
    assert sup is not None and sup.endswith("|Ann Kowalczyk"), notes
    assert upd.split("|")[0] != sup.split("|")[0], notes
