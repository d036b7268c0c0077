"""A paragraph that opens at the top of a column in flush-left, ragged
text without first-line indents is a paragraph of its own.

Typeset for the test with WeasyPrint in two ragged-right columns (as a
word processor sets a report: no indent, space between paragraphs): the
left column's last paragraph ends its sentence on a line that stops only a
little short of the column's measure (less than the "short last line" of
two body sizes), and the right column opens with a paragraph whose first
word ("A") would have fitted on that line.  A line that had room for the
next word was ended by its paragraph, not by the measure: the right column
starts a paragraph.  The paragraphs that go on over the break (their last
line full, ending mid-sentence) still join."""

from __future__ import annotations

from tests.corpus.scoring import norm
from tests.read_pdf.test_synth_layouts import COL, M, W, box, build, body_paragraphs, front, ps, text

RAGGED = '<div style="text-align:left">{}</div>'
SPACED = '<p style="text-indent:0; margin-bottom:6pt">{}</p>'


def test_paragraph_at_the_top_of_a_ragged_column(tmp_path):
    top, y = front("Reading Rooms", "Ann Kowalczyk")
    left = [text(0, 7), text(2, 8), text(5, 3)]          # the last: its last line ends 15.6 pt short
    right = [text(3, 8), text(6, 9)]                     # "A short survey of readers …"
    col1 = RAGGED.format("".join(SPACED.format(p) for p in left))
    col2 = RAGGED.format("".join(SPACED.format(p) for p in right))
    s = build(tmp_path, "ragged", [top + box(M, y, COL, col1) + box(M + COL + 22, y, COL, col2)])
    lines = [ln for b in s.blocks if b.role == "paragraph" for ln in b.lines]
    last = next(ln for ln in lines if norm(ln.text).endswith(norm("region of the country.")))
    widest = max(ln.x1 for ln in lines if abs(ln.x0 - last.x0) < 20)
    # (the layout the test is about: the line ends its sentence short of the
    # measure, but by less than two body sizes)
    assert 0.8 * 10 < widest - last.x1 < 2 * 10, (widest, last.x1)
    paras = body_paragraphs(s)
    assert [p[:24] for p in paras] == [norm(p)[:24] for p in left + right], paras
