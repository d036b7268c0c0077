"""A row of two columns at the foot of a page whose left line is stretched
into the gutter (a justified line of a narrow column, short of the right
column's edge) stays in its column: read before the right column, not
after it as a line across the page, and never joined to the right
column's line on the same baseline (JUDGE12: en-22799's "Biographical
notes", one line of Todd's bio read into Messé's)."""

from __future__ import annotations

from tests.corpus.scoring import norm
from tests.read_pdf.test_synth_layouts import COL, M, box, build, front

WORDS = ("the branch libraries were opened in the older quarters of the town first and in the new "
         "suburbs later when the buses reached them and the schools asked for books of their own").split()


def line(x: float, y: float, w: float, text: str) -> str:
    return box(x, y, w, f'<div style="text-align:justify; text-align-last:justify; white-space:nowrap">{text}</div>')


def column_lines(tag: str, n: int) -> list[str]:
    out = []
    for k in range(n):
        words = WORDS[(3 * k) % 20:(3 * k) % 20 + 7]
        out.append(f"{tag}{k} " + " ".join(words))
    return out


def test_stretched_last_left_line_stays_in_its_column(tmp_path):
    top, y = front("Notes on Contributors", "Ann Kowalczyk")
    y += 20
    left, right = column_lines("leftline", 12), column_lines("rightline", 13)
    page = top
    for k, t in enumerate(left):
        page += line(M, y + 12 * k, COL, t)
    # the left column's last line, stretched 12 pt into the 22 pt gutter
    page += line(M, y + 12 * 12, COL + 12, "stretchedlast of the branch libraries and")
    for k, t in enumerate(right):
        page += line(M + COL + 22, y + 12 * k, COL, t)
    s = build(tmp_path, "colrow", [page])
    text = norm(" ".join(ln.text for b in s.blocks for ln in b.lines if b.role not in ("furniture", "title", "author")))
    a, b, c = text.find(norm("leftline11")), text.find(norm("stretchedlast")), text.find(norm("rightline0"))
    assert -1 not in (a, b, c) and a < b < c, text
    assert not any("stretchedlast" in ln.text and "rightline" in ln.text for bl in s.blocks for ln in bl.lines)
