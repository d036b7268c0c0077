"""Text set with wide line spacing (a word processor's double spacing: more
than 0.8 of the size between two lines) in two columns, the left column
running one line lower than the right, a footnote across the page below
both: the left column's last line is the end of its paragraph (read
before the right column), not a heading of what follows in full width.
Typeset for the test with WeasyPrint."""

from __future__ import annotations

from tests.corpus.scoring import norm
from tests.read_pdf.test_synth_layouts import COL, H, M, W, box, build, front, text

LAST = "and that is why the branches kept their evening hours."


def test_last_line_of_a_widely_spaced_column_stays_in_it(tmp_path):
    top, y = front("Reading Rooms", "Ann Kowalczyk")
    style = '<div style="line-height:22pt; text-align:left">{}</div>'
    left = style.format(f'<p class="first">{text(0, 6)}<sup>1</sup> {text(6, 5)} {LAST}</p>')
    right = style.format(f'<p class="first">{text(2, 5)}</p>')
    foot = box(M, H - 100, W - 2 * M, '<div class="rule"></div><div class="foot"><p><sup>1</sup> The annual '
               'report of the board lists every branch and its hours over the whole of the year.</p></div>')
    # (the left column set from the foot up: its last line right above the note)
    low = f'<div class="b" style="left:{M}pt; bottom:{100 + 6}pt; width:{COL}pt">{left}</div>'
    s = build(tmp_path, "widefoot", [top + low + box(M + COL + 22, y, COL, right) + foot])
    body = [b for b in s.blocks if b.role in ("paragraph", "heading")]
    show = [(b.role, b.text[:30], b.text[-30:]) for b in body]
    lines = [(b.role, norm(ln.text)) for b in body for ln in b.lines]
    # the left column's lines end with LAST, then the right column's begin
    k = next(i for i, (_, t) in enumerate(lines) if t.endswith(norm(LAST)[-20:]))
    assert lines[k][0] == "paragraph" and k + 1 < len(lines), show
    assert lines[k + 1][1].startswith(norm(text(2, 1))[:20]), show
