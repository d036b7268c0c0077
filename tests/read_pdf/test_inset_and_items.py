"""Passages set off from the text without a smaller size, typeset for the
test (WeasyPrint, blocks placed by hand as in test_synth_layouts): an
interview extract at the paragraph indent with an inset right margin is one
block quotation, not a paragraph a line; a bulleted item that runs over a
page break goes on as the same item on the next page."""

from __future__ import annotations

from tests.corpus.scoring import norm
from tests.read_pdf.test_synth_layouts import (M, START, W, body_paragraphs, box, build, front, para, ps,
                                               starts, text)

QUOTE = ("I love working and I do not like hanging around the house to be quite honest with you, "
         "I think if I was out of work for any length of time I would feel terrible about it, I really "
         "would, because the work is what the family has always lived from (Grandfather G.)")


def test_an_inset_extract_in_the_body_size_is_one_quotation(tmp_path):
    top, y = front("Fathers at Work", "Ann Kowalczyk")
    body = box(M, y, W - 2 * M, ps(para(START[0], 0, 6)))
    quote = box(M + 15, y + 100, W - 2 * M - 30, f'<p style="text-indent:0; font-style:italic">{QUOTE}</p>')
    after = box(M, y + 150, W - 2 * M, ps(para(START[1], 2, 6), para(START[2], 4, 6), first_cont=True))
    s = build(tmp_path, "inset", [top + body + quote + after])
    quotes = [b for b in s.blocks if b.role == "quote"]
    assert len(quotes) == 1, [(b.role, b.why, b.text[:40]) for b in s.blocks]
    assert len(quotes[0].lines) >= 3 and quotes[0].text.split()[:3] == ["I", "love", "working"], quotes[0].text
    paras = [p for p in body_paragraphs(s) if not p.startswith(norm("I love"))]
    assert starts(paras) == START[:3], paras


def test_a_bulleted_item_runs_on_over_a_page_break(tmp_path):
    top, y = front("Fathers at Work", "Ann Kowalczyk")
    item = ("In the present article I have mainly insisted on the negative affect pertaining to the "
            "ideas that follow death; " + text(0, 2) + " one of the possible means of defending oneself "
            "is to do away with the desire to be by cutting oneself off from the")
    items = ('<ul style="margin:0; padding-left:12pt">'
             f'<li style="text-align:justify">{text(3, 2)}</li><li style="text-align:justify">{item}</li></ul>')
    page1 = top + box(M, y, W - 2 * M, ps(para(START[0], 0, 5))) + box(M, y + 90, W - 2 * M, items)
    page2 = box(M + 12, 70, W - 2 * M - 12, '<p style="text-indent:0">rest of the world. In this case the '
                "question is how the acceptance of death and the traditional dimensions of the future are "
                "interconnected with each other in the lives of older people.</p>")
    page2 += box(M, 130, W - 2 * M, ps(para(START[1], 2, 8), para(START[2], 4, 8)))
    s = build(tmp_path, "itemover", [page1, page2])
    on2 = [b for b in s.blocks if b.lines and b.lines[0].page == 2 and b.role not in ("furniture",)]
    assert [b.role for b in on2][:1] == ["list_item"] and on2[0].continues, [(b.role, b.why, b.text[:40]) for b in on2]
    assert "interconnected" in on2[0].text and on2[1].role == "paragraph", [(b.role, b.text[:40]) for b in on2]
