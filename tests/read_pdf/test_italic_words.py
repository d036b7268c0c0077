"""Words set in italics inside a roman paragraph come back as emphasis
(``model.Emph``) at those words and nowhere else: a foreign term, a book's
title running over a line end, a word hyphenated at a line end, the symbols
of statistics, a title in a footnote (JUDGE13: the reader printed every
article's italics in roman; en-11018 marks its workers' own words so, and
says so in a note).  The articles are typeset for the test, by WeasyPrint
and by pdflatex (Computer Modern: CMTI for the text's italics, CMMI for the
symbols), so the truth is what was written."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from coursepack import model
from coursepack.read.pdf import read_pdf
from coursepack.repair import repair_structure
from tests.read_pdf.test_synth_layouts import M, W, box, build, front, text

TITLE = "Democratic Politics in the European Parliament"


def emphases(nodes) -> list[str]:
    """The texts of the emphasis nodes among ``nodes`` (inside citations too)."""
    out = []
    for n in nodes:
        if isinstance(n, model.Emph):
            out.append(model.plain_text(n.children))
        elif getattr(n, "children", None):
            out += emphases(n.children)
    return out


def repaired(s, name):
    r = repair_structure(s, source=f"{name}.pdf")
    assert r.accounting.complete, r.accounting.missing
    blocks = [b for sec in r.sections for b in sec.blocks]
    return r, blocks


def test_italic_words_in_a_roman_paragraph_come_back_as_emphasis(tmp_path):
    top, y = front("Groupwork on the Line", "Ann Kowalczyk")
    first = (f"Paragraph one opens with the plant agreement (<i>Betriebsvereinbarung</i>) of the firm. "
             f"{text(0, 2)} The book <i>{TITLE.replace(' the ', ' the<br>')}</i> was read by the workers of the line, "
             f"and the mean was high (<i>M</i> = 3.20, <i>p</i> &lt; .05) for them all. {text(3, 2)}")
    second = f"Paragraph two opens in roman throughout. {text(5, 4)}"
    page = top + box(M, y, 280, f"<p>{first}</p><p>{second}</p>")
    s = build(tmp_path, "italic-words", [page])
    # the title runs over a line end in the PDF
    assert not any(TITLE in ln.text for b in s.blocks for ln in b.lines)
    _, blocks = repaired(s, "italic-words")
    one = next(b for b in blocks if model.plain_text(b.inlines).startswith("Paragraph one"))
    two = next(b for b in blocks if model.plain_text(b.inlines).startswith("Paragraph two"))
    assert emphases(one.inlines) == ["Betriebsvereinbarung", TITLE, "M", "p"]
    assert not one.italic
    assert emphases(two.inlines) == [] and "emph" not in str(model.to_json(two))
    # the spaces and brackets around an italic word stay roman
    plain = [n.text for n in one.inlines if isinstance(n, model.Text)]
    assert any(t.endswith("agreement (") for t in plain) and any(t.startswith(") of the firm") for t in plain)
    # a statistic's symbol is tied to its comparison
    assert any(t.startswith("\u00a0< .05") for t in plain), plain


def test_a_hyphenated_italic_word_and_a_title_in_a_note(tmp_path):
    top, y = front("Groupwork on the Line", "Ann Kowalczyk")
    body = (f"<p>Paragraph one opens in roman. {text(0, 3)}</p>"
            f"<p>Paragraph two opens with the words that the management of the plant gave the new "
            f"<i>organi-</i><br><i>sation</i> of work, and the organisation of the line.<sup>1</sup> {text(1, 3)}</p>")
    foot = ('<div class="rule"></div><p><sup>1</sup> See Ann Lee, <i>The Book of Work</i>, '
            'London 1999, pp. 3-5.</p>')
    page = top + box(M, y, W - 2 * M, body) + box(M, 700, W - 2 * M, foot, "b foot")
    s = build(tmp_path, "italic-hyphen", [page])
    r, blocks = repaired(s, "italic-hyphen")
    one = next(b for b in blocks if model.plain_text(b.inlines).startswith("Paragraph one"))
    two = next(b for b in blocks if model.plain_text(b.inlines).startswith("Paragraph two"))
    assert emphases(one.inlines) == [] and emphases(two.inlines) == ["organisation"]
    note = r.note(1)
    assert note is not None and emphases(note.inlines) == ["The Book of Work"]


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex not installed")
def test_latex_italics_and_math_symbols(tmp_path):
    filler = " ".join(["The groups met every week and spoke about the line and the work."] * 6)
    tex = r"""\documentclass[11pt]{article}
\begin{document}
\title{Groupwork on the Line}\author{Ann Kowalczyk}\date{}\maketitle
\section{Introduction}
%s The workers said that \emph{nothing has changed} at all, and the mean was higher
($M = 3.20$, $t(161) = 2.52$, $p < .05$) in the second group. %s

%s
\end{document}
""" % (filler, filler, filler)
    (tmp_path / "a.tex").write_text(tex, encoding="utf-8")
    subprocess.run(["pdflatex", "-interaction=batchmode", "a.tex"], cwd=tmp_path, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    _, blocks = repaired(read_pdf(tmp_path / "a.pdf"), "a")
    found = [e for b in blocks for e in emphases(b.inlines)]
    assert "nothing has changed" in found
    assert {"M", "t", "p"} <= set(found), found
    assert all(e in ("nothing has changed", "M", "t", "p") for e in found), found
