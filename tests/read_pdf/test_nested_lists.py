"""Lists come out as lists: a lettered list with a dashed sub-item under
each letter, an unlettered entry between two letters, and a sub-item long
enough to wrap under its own text (typeset for the test with WeasyPrint, as
the RatSWD working paper sets its list of official statistics: JUDGE12,
en-42016 pp. 5–6).  Each item and sub-item is a list item of its own, at
its depth, and the edition prints it with its marker; the paragraph after
the list is the author's text again."""

from __future__ import annotations

from coursepack.model import plain_text
from coursepack.repair import repair_structure
from tests.corpus.scoring import norm
from tests.read_pdf.test_synth_layouts import M, START, W, box, build, front, para, ps

LONG = ("Data on financial volume (income) acquired through donations from private households "
        "and from the churches, as reported in the returns of every year since the survey began")


def item(marker: str, text: str, left: float, hang: float) -> str:
    return (f'<p style="margin-left:{left}pt; padding-left:{hang}pt; text-indent:-{hang}pt">'
            f'<span style="display:inline-block; width:{hang}pt; text-indent:0">{marker}</span>{text}</p>')


def entry(text: str, left: float) -> str:
    return f'<p style="margin-left:{left}pt; text-indent:0">{text}</p>'


def test_lettered_list_with_dashed_sub_items(tmp_path):
    top, y = front("Counting Civil Society", "Ann Kowalczyk")
    lst = (item("a)", "Economic accounts", 18, 16) + item("-", "Data on gross value added and staff", 34, 12)
           + item("b)", "Business register", 18, 16) + item("-", "Data on turnover, number, and staff", 34, 12)
           + entry("Income tax statistics", 34) + item("-", LONG, 34, 12)
           + item("c)", "Corporation tax statistics", 18, 16) + item("-", "Data on finance volume", 34, 12))
    inner = ps(para(START[0], 0, 3) + " The sources are the following:") + \
        f'<div style="margin:6pt 0">{lst}</div>' + ps(para(START[1], 2, 4))
    s = build(tmp_path, "lists", [top + box(M, y, W - 2 * M, inner)])
    body = [b for b in s.blocks if b.role in ("paragraph", "quote", "list_item")]
    show = [(b.role, b.level, b.text[:30]) for b in body]
    items = [(b.level, norm(b.text)[:14]) for b in body if b.role == "list_item"]
    assert items == [(1, norm("a) Economic ac")), (2, norm("- Data on gros")), (1, norm("b) Business re")),
                     (2, norm("- Data on turn")), (2, norm("Income tax sta")), (2, norm("- Data on fina")),
                     (1, norm("c) Corporation")), (2, norm("- Data on fina"))], show
    long = next(b for b in body if norm(b.text).startswith(norm("- Data on financial volume")))
    assert len(long.lines) >= 2 and norm(long.text).endswith(norm("since the survey began")), show
    after = next(b for b in body if norm(b.text).startswith(norm(START[1])))
    assert after.role == "paragraph" and not after.continues, show

    r = repair_structure(s)
    printed = [(b.depth, b.marker, plain_text(b.inlines)[:17]) for sec in r.sections for b in sec.blocks
               if b.kind == "item"]
    assert printed[:5] == [(1, "a)", "Economic accounts"), (2, "–", "Data on gross val"),
                           (1, "b)", "Business register"), (2, "–", "Data on turnover,"),
                           (2, "", "Income tax statis")], printed
    assert r.accounting.complete, r.accounting.missing


def test_paragraph_opening_with_a_number_is_no_list(tmp_path):
    # a paragraph whose first words are a number and a full stop, its lines
    # back at the margin, is prose
    top, y = front("Counting Civil Society", "Ann Kowalczyk")
    inner = ps(para(START[0], 0, 3), "2. " + para(START[1], 2, 5))
    s = build(tmp_path, "nolist", [top + box(M, y, W - 2 * M, inner)])
    assert not [b for b in s.blocks if b.role == "list_item"], [(b.role, b.text[:30]) for b in s.blocks]
