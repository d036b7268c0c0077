"""A list item that runs on over a page break joins its item.

Typeset for the test with WeasyPrint in two justified columns with
first-line indents (as a journal sets it, JUDGE: en-22799 p. 186): a
bulleted list, its markers at the column's margin and its lines hanging
under its text, fills the right column of page 1; its third item breaks
mid-sentence at the foot of that column and goes on at the top of page 2's
left column at the run-on indent.  The lines there are the item's, not
paragraphs of their own (each set in like a first-line indent); the next
bullet is an item at the same depth, and the paragraph after the list is
the author's text again (after the space that sets the list off)."""

from __future__ import annotations

from coursepack.model import plain_text
from coursepack.repair import repair_structure
from tests.corpus.scoring import norm
from tests.read_pdf.test_synth_layouts import COL, M, START, W, box, build, front, para, ps, text

HANG = 11


def bullet(words: str) -> str:
    return (f'<p style="padding-left:{HANG}pt; text-indent:-{HANG}pt">'
            f'<span style="display:inline-block; width:{HANG}pt; text-indent:0">•</span>{words}</p>')


ITEM3_A = ("Third, members of groups who compete with other groups were shown to work harder than the "
           "members of groups who do not compete, and harder than the")
ITEM3_B = ("individual controls as well. But certain explanations of this effect suggest that settings "
           "which offer similar chances for competition might produce the same effect.")


def test_item_broken_over_a_page_joins_its_item(tmp_path):
    top, y = front("Groups at Work", "Ann Kowalczyk")
    left = ps(para(START[0], 0, 9), para(START[1], 3, 9) + " Three examples show the point:")
    right = (bullet("First, " + text(1, 4)) + bullet("Second, " + text(5, 5)) + bullet(ITEM3_A))
    page1 = top + box(M, y, COL, left) + box(M + COL + 22, y, COL, right)
    cont = f'<p style="padding-left:{HANG}pt; text-indent:0">{ITEM3_B}</p>'
    left2 = cont + bullet("Fourth, " + text(7, 3)) + f'<div style="margin-top:6pt">{ps(para(START[2], 2, 6))}</div>'
    right2 = ps(para(START[3], 4, 8))
    page2 = box(M, 70, COL, left2) + box(M + COL + 22, 70, COL, right2)
    s = build(tmp_path, "itembreak", [page1, page2])
    show = [(b.role, b.continues, b.text[:30]) for b in s.blocks if b.role not in ("furniture",)]

    r = repair_structure(s)
    items = [(b.depth, plain_text(b.inlines)) for sec in r.sections for b in sec.blocks if b.kind == "item"]
    assert [d for d, _ in items] == [1, 1, 1, 1], (items, show)
    assert norm(items[2][1]) == norm(ITEM3_A + " " + ITEM3_B), (items, show)
    assert norm(items[3][1]).startswith(norm("Fourth,")), (items, show)
    paras = [plain_text(b.inlines) for sec in r.sections for b in sec.blocks if b.kind == "paragraph"]
    assert not any(norm(p).startswith(norm(ITEM3_B[:30])) for p in paras), (paras, show)
    assert any(norm(p).startswith(norm(START[2])) for p in paras), (paras, show)
    assert r.accounting.complete, r.accounting.missing
