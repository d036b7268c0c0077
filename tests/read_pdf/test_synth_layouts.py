"""Layouts with known truth, typeset for the test by WeasyPrint: every
block is placed by hand (absolute positions in points on A4 pages), so the
truth is the page as written, not a guess.

(a) two columns under a full-width title and abstract, a full-width figure
    in the middle of the page, a paragraph running from the left column to
    the right; (b) a footnote whose text runs on to the next page's foot;
(c) author notes keyed by * and †; (d) an endnotes section ("Notes") at the
end; (e) a ruled box (sidebar) between two halves of a paragraph; (f) run-in
heads ("Sample. The …").
"""

from __future__ import annotations

import html
import re

import pytest

from tests.corpus.scoring import BODY_ROLES, merged, norm
from tests.corpus.synth.generate import EN

W, H, M = 595, 842, 56            # A4 in points, margin
COL = (W - 2 * M - 22) / 2         # two columns, 22 pt gutter
CSS = """@page { size: 595pt 842pt; margin: 0 }
body { margin: 0; font-family: serif; font-size: 10pt; line-height: 12pt }
.pg { position: relative; width: 595pt; height: 842pt; page-break-after: always; overflow: hidden }
.pg:last-child { page-break-after: auto }
.b { position: absolute; text-align: justify; hyphens: manual }
p { margin: 0; text-indent: 1.5em } p.cont, p.first { text-indent: 0 }
h1 { font-size: 18pt; line-height: 22pt; margin: 0 } .authors { font-size: 11pt }
.abs { font-size: 9pt; line-height: 11pt } h2 { font-size: 12pt; font-weight: bold; margin: 0 }
.foot { font-size: 8pt; line-height: 9.5pt; padding-top: 3pt }
.rule { width: 120pt; border-top: 0.5pt solid black; height: 0 }
.foot p { text-indent: 0 } sup { font-size: 6.5pt; line-height: 0 }
.box { border: 0.8pt solid black; padding: 6pt; font-family: sans-serif; font-size: 9pt; line-height: 11pt }
.box p { text-indent: 0 } .fig { border: 0.8pt solid black }
.cap { font-size: 9pt; text-align: center } .run { font-weight: bold }
.head { font-size: 8pt; font-style: italic }"""

S = EN[:12]     # the synthetic corpus's English filler sentences


def text(k: int, n: int) -> str:
    """``n`` sentences of filler from sentence ``k`` on (cycling)."""
    return " ".join(S[(k + j) % len(S)] for j in range(n))


def para(start: str, k: int, n: int) -> str:
    return f"{start} {text(k, n)}"


def box(x, y, w, inner, cls="b"):
    return f'<div class="{cls}" style="left:{x}pt; top:{y}pt; width:{w}pt">{inner}</div>'


def ps(*paras, first_cont=False):
    out = []
    for k, p in enumerate(paras):
        cls = ' class="cont"' if (k == 0 and first_cont) else ""
        out.append(f"<p{cls}>{p}</p>")
    return "".join(out)


def running(n: int) -> str:
    return (box(M, 28, W - 2 * M, '<span class="head">Journal of Example Studies 12 (2026)</span>')
            + box(M, H - 40, W - 2 * M, f'<div style="text-align:center; font-size:9pt">{n}</div>'))


def build(tmp_path, name: str, pages: list[str]):
    from weasyprint import HTML

    from coursepack.read.pdf import read_pdf
    body = "".join(f'<div class="pg">{running(k + 1)}{p}</div>' for k, p in enumerate(pages))
    doc = f'<html lang="en"><head><meta charset="utf-8"><style>{CSS}</style></head><body>{body}</body></html>'
    pdf = tmp_path / f"{name}.pdf"
    HTML(string=doc).write_pdf(str(pdf))
    return read_pdf(pdf)


def flat(b) -> str:
    return norm(" ".join(ln.text for ln in b.lines))


def body_paragraphs(s):
    """The running text's paragraphs, continuations joined: ``[text]``."""
    out = []
    for b in s.blocks:
        if b.role not in BODY_ROLES:
            continue
        if b.continues and out:
            out[-1] += " " + flat(b)
        else:
            out.append(flat(b))
    return out


def front(title: str, authors: str, abstract: str | None = None) -> tuple[str, float]:
    out = box(M, 70, W - 2 * M, f"<h1>{html.escape(title)}</h1>")
    out += box(M, 120, W - 2 * M, f'<div class="authors">{authors}</div>')
    y = 150.0
    if abstract:
        out += box(M, y, W - 2 * M, f'<div class="abs"><b>Abstract</b> {abstract}</div>')
        y += 80
    return out, y


START = ["Paragraph one opens", "Paragraph two opens", "Paragraph three opens", "Paragraph four opens",
         "Paragraph five opens", "Paragraph six opens"]


def starts(paras: list[str]) -> list[str]:
    """The known openings, in the order the paragraphs give them."""
    return [next((st for st in START if p.startswith(norm(st))), "?" + p[:30]) for p in paras]


# ------------------------------------------------------------------ (a)

def test_two_columns_under_full_width_blocks_and_a_figure(tmp_path):
    abstract = text(0, 5)
    fm, y = front("Opening Hours and Visitors in Regional Libraries", "Ann Kowalczyk and Bo Lindqvist", abstract)
    left = ps(para(START[0], 0, 4), para(START[1], 4, 2) + " The count was made on two")
    right = ps("ordinary weekdays in every branch. " + text(7, 2), para(START[2], 2, 3), first_cont=True)
    fig_top = y + 260
    figure = box(M, fig_top, W - 2 * M, '<div class="fig" style="height:110pt"></div>') + box(
        M, fig_top + 116, W - 2 * M,
        '<div class="cap">Figure 1. Visitors per branch and opening hour in the three towns and two rural districts</div>')
    below = fig_top + 150
    page = (fm + box(M, y, COL, left) + box(M + COL + 22, y, COL, right) + figure
            + box(M, below, COL, ps(para(START[3], 3, 5)))
            + box(M + COL + 22, below, COL, ps(para(START[4], 6, 5))))
    s = build(tmp_path, "twocol", [page])
    abstracts = [flat(b) for b in s.blocks if b.role == "abstract"]
    assert len(abstracts) == 1 and norm(S[0]) in abstracts[0], [(b.role, b.text[:40]) for b in s.blocks]
    paras = body_paragraphs(s)
    assert starts(paras) == START[:5], paras
    # the paragraph broken at the column's foot is one paragraph, whole
    assert "the count was made on two ordinary weekdays in every branch" in paras[1]
    assert not any("figure 1" in p for p in paras)
    assert any(b.role == "caption" and "figure 1" in flat(b) for b in s.blocks)
    # the wide lines between the columns are a caption and an abstract, set
    # apart from the text: the order of the columns is no guess
    assert not any(d.kind == "order_guessed" for d in s.doubts), s.doubts


# ------------------------------------------------------------------ (b)

NOTE1A = "This note explains how the counts were checked against the ledgers kept at each branch, and"
NOTE1B = "why two branches were left out of the comparison for the year in question."
NOTE2 = "The survey questions are given in full in the appendix of the annual report."


def test_footnote_running_on_to_the_next_page(tmp_path):
    fm, y = front("Counting Visitors", "Ann Kowalczyk")
    p1 = box(M, y, W - 2 * M, ps(para(START[0], 0, 12) + "<sup>1</sup> " + text(3, 8),
                                  para(START[1], 5, 14)))
    foot1 = box(M, H - 100, W - 2 * M, f'<div class="rule"></div><div class="foot"><p><sup>1</sup> {NOTE1A}</p></div>')
    p2 = box(M, 70, W - 2 * M, ps(para(START[2], 1, 10) + "<sup>2</sup> " + text(2, 6), para(START[3], 4, 8)))
    foot2 = box(M, H - 100, W - 2 * M, f'<div class="rule"></div><div class="foot"><p>{NOTE1B}</p><p><sup>2</sup> {NOTE2}</p></div>')
    s = build(tmp_path, "footcont", [fm + p1 + foot1, p2 + foot2])
    notes = merged(s.blocks, "note", lambda b: " ".join(ln.text for ln in b.lines))
    by_no = {b.number: (b, norm(t)) for b, t in notes}
    assert set(by_no) == {1, 2}, [(b.role, b.number, b.page, b.text[:30]) for b in s.blocks if b.role == "note"]
    b1, t1 = by_no[1]
    assert b1.page == 1 and norm(NOTE1A) in t1 and norm(NOTE1B) in t1, t1
    assert norm(NOTE2) in by_no[2][1] and norm(NOTE1B) not in by_no[2][1]
    body = " ".join(body_paragraphs(s))
    assert norm(NOTE1B)[:40] not in body and norm(NOTE2)[:40] not in body
    assert starts(body_paragraphs(s)) == START[:4]


# ------------------------------------------------------------------ (c)

def test_author_notes_with_symbols(tmp_path):
    fm, y = front("Libraries in Small Towns", "Ann Kowalczyk<sup>*</sup> and Bo Lindqvist<sup>†</sup>")
    body = box(M, y, W - 2 * M, ps(para(START[0], 0, 14), para(START[1], 3, 14)))
    foot = box(M, H - 110, W - 2 * M, '<div class="rule"></div><div class="foot"><p><sup>*</sup> Ann Kowalczyk is a librarian at the '
               'Example County Library.</p><p><sup>†</sup> Bo Lindqvist teaches information studies at the '
               'Example College.</p></div>')
    s = build(tmp_path, "authornotes", [fm + body + foot])
    assert [a.rstrip("*† ") for a in s.meta.get("authors", [])] == ["Ann Kowalczyk", "Bo Lindqvist"], s.meta
    notes = [flat(b) for b in s.blocks if b.role == "note"]
    assert any("ann kowalczyk is a librarian" in t for t in notes), notes
    assert any("bo lindqvist teaches information studies" in t for t in notes), notes
    paras = body_paragraphs(s)
    assert starts(paras) == START[:2]
    assert not any("is a librarian" in p or "teaches information" in p for p in paras)


# ------------------------------------------------------------------ (d)

END = ["The branches are named after the towns they serve, not after their streets.",
       "Two of the rural districts share one mobile library, counted once in the tables.",
       "Figures for the last quarter were estimated from the first three quarters."]


def test_endnotes_section(tmp_path):
    fm, y = front("Mobile Libraries", "Ann Kowalczyk")
    p1 = box(M, y, W - 2 * M, ps(para(START[0], 0, 8) + "<sup>1</sup> " + text(2, 6),
                                  para(START[1], 4, 8) + "<sup>2</sup> " + text(1, 5),
                                  para(START[2], 6, 9) + "<sup>3</sup> " + text(5, 4)))
    notes = "".join(f"<p>{k} {t}</p>" for k, t in enumerate(END, 1))
    p2 = box(M, 70, W - 2 * M, ps(para(START[3], 3, 10)) + '<h2 style="margin-top:18pt">Notes</h2>'
             + f'<div style="font-size:9pt; line-height:11pt; margin-top:6pt">{notes}</div>'
             + '<h2 style="margin-top:18pt">References</h2><div style="font-size:9pt; margin-top:6pt">'
             '<p style="text-indent:0">Brandt, S. (2004) Public Collections and Their Visitors. Leipzig: Example Press.</p>'
             '</div>')
    s = build(tmp_path, "endnotes", [fm + p1, p2])
    # a short title in large type that reads like a name is still the title
    assert s.meta.get("title") == "Mobile Libraries" and s.meta.get("authors") == ["Ann Kowalczyk"], s.meta
    got = {b.number: flat(b) for b in s.blocks if b.role == "note"}
    assert sorted(k for k in got if k) == [1, 2, 3], [(b.role, b.number, b.text[:30]) for b in s.blocks]
    for k, t in enumerate(END, 1):
        assert norm(t) in got[k], (k, got[k])
        assert all(b.page == 2 for b in s.blocks if b.role == "note")
    paras = body_paragraphs(s)
    assert starts(paras) == START[:4], paras
    assert not any(norm(END[0])[:30] in p for p in paras)


# ------------------------------------------------------------------ (e)

BOX = ["Box 1. How the branches were chosen",
       "Branches were chosen by lot from the register of public libraries kept by the county.",
       "Each branch was visited twice, once in winter and once in summer."]


def test_box_kept_apart_from_the_running_text(tmp_path):
    fm, y = front("How the Branches of a County Were Chosen", "Ann Kowalczyk")
    top = box(M, y, W - 2 * M, ps(para(START[0], 0, 6), para(START[1], 3, 4) + " Visitors were counted at"))
    sidebar = box(M + 40, y + 150, W - 2 * M - 80,
                  f'<div class="box"><p><b>{BOX[0]}</b></p><p>{BOX[1]} {BOX[2]} {BOX[1]}</p></div>', "b")
    rest = box(M, y + 260, W - 2 * M, ps("the door by the staff on duty. " + text(6, 5), para(START[2], 2, 6),
                                          first_cont=True))
    s = build(tmp_path, "box", [fm + top + sidebar + rest])
    paras = body_paragraphs(s)
    assert starts(paras) == START[:3], paras
    assert "visitors were counted at the door by the staff on duty" in paras[1], paras[1]
    assert not any(norm(BOX[1])[:40] in p for p in paras)
    boxed = [b for b in s.blocks if norm(BOX[1])[:40] in flat(b)]
    assert boxed and all(b.role not in BODY_ROLES + ("heading",) for b in boxed), [(b.role, b.why) for b in boxed]
    assert any(d.kind == "box" for d in s.doubts), s.doubts


# ------------------------------------------------------------------ (f)

RUNIN = ["Sample.", "Survey design.", "Analysis."]


def test_run_in_heads(tmp_path):
    fm, y = front("A Survey of Readers", "Ann Kowalczyk")
    paras = [para(START[0], 0, 5)] + [f'<span class="run">{h}</span> {para(START[k + 1], k, 5)}'
                                      for k, h in enumerate(RUNIN)]
    s = build(tmp_path, "runin", [fm + box(M, y, W - 2 * M, ps(*paras))])
    heads = [norm(b.text) for b in s.blocks if b.role == "heading"]
    assert heads == [norm(h.rstrip(".")) for h in RUNIN] or heads == [norm(h) for h in RUNIN], \
        [(b.role, b.text[:30]) for b in s.blocks]
    got = body_paragraphs(s)
    assert starts(got) == START[:4], got
    assert any(d.kind == "run_in_heads" for d in s.doubts), s.doubts


def test_nothing_left_on_the_pages_unread(tmp_path):
    """The builder's own check: a page's text is all found by the reader."""
    fm, y = front("A Check of the Reader", "Ann Kowalczyk")
    s = build(tmp_path, "check", [fm + box(M, y, W - 2 * M, ps(para(START[0], 0, 6)))])
    assert re.search(r"paragraph one opens", " ".join(body_paragraphs(s)))


def test_one_sided_border_is_a_rule(tmp_path):
    """A border drawn on one side of a box (two nested rectangles filled
    even-odd, as WeasyPrint draws it) is a horizontal rule where it is
    drawn, not a rectangle round the whole box."""
    import pypdfium2
    from weasyprint import HTML

    from coursepack.read.pdflayout.chars import page_box, page_rules
    doc = (f'<html><head><style>{CSS}</style></head><body><div class="pg">'
           + box(M, 300, 200, '<div style="border-top: 0.6pt solid black; height: 60pt">x</div>')
           + "</div></body></html>")
    pdf = tmp_path / "border.pdf"
    HTML(string=doc).write_pdf(str(pdf))
    page = pypdfium2.PdfDocument(str(pdf))[0]
    rules = page_rules(page, page_box(page))
    assert [r.kind for r in rules] == ["hrule"], rules
    assert abs(rules[0].top - 300) < 1.5 and abs((rules[0].x1 - rules[0].x0) - 200) < 1.5, rules


# ------------------------------------------------------------------ (g)

def test_short_last_line_of_numbers_stays_text(tmp_path):
    """A paragraph's short last line made mostly of numbers ("ASSQ (r = -0.421,
    P = 0.003).") and a line of statistics inside a paragraph are the
    paragraph's text, not a table's rows: no table, no word lost."""
    fm, y = front("Scores of Parents and Teachers", "Ann Kowalczyk")
    p1 = para(START[0], 0, 4) + " The total score correlated with the age of the child<br>ASSQ (r = -0.421, P = 0.003)."
    p2 = (para(START[1], 3, 3) + " Teachers rated higher (M = 5.65,<br>t(152) = 5.79, p &lt; .001, d = 1.36; M = 5.1, t(150) = 4.2, p &lt;<br>"
          ".001) than the parents did in every district.")
    s = build(tmp_path, "numbers", [fm + box(M, y, W - 2 * M, ps(p1, p2, para(START[2], 6, 4)))])
    assert not [b for b in s.blocks if b.role in ("table", "figure")], \
        [(b.role, b.text[:40]) for b in s.blocks if b.role in ("table", "figure")]
    paras = body_paragraphs(s)
    assert starts(paras) == START[:3], paras
    assert "with the age of the child assq (r = -0.421, p = 0.003)." in paras[0], paras[0]
    assert "t(152) = 5.79, p < .001, d = 1.36" in paras[1] and "p < .001) than the parents" in paras[1], paras[1]


# ------------------------------------------------------------------ (h)

IMPRINT = ["Journal of Example Studies", "Volume 3 (2): 11-29", "Example Press", "Leipzig and Lund"]


def test_text_box_beside_the_first_paragraph(tmp_path):
    """A drawn box of text lines (a journal's imprint) beside the first
    paragraph is no figure, and the paragraph's first sentence is read."""
    fm, y = front("Reading Rooms", "Ann Kowalczyk")
    imprint = box(M, y, 110, '<div style="border: 0.8pt solid black; padding: 4pt; font-family: sans-serif; '
                  'font-size: 7pt; line-height: 10pt">' + "<br>".join(IMPRINT) + "</div>")
    first = box(M + 130, y, W - 2 * M - 130, ps(para(START[0], 0, 5)))
    rest = box(M, y + 170, W - 2 * M, ps(para(START[1], 3, 6), para(START[2], 5, 5)))
    s = build(tmp_path, "imprint", [fm + imprint + first + rest])
    assert not [b for b in s.blocks if b.role in ("figure", "table")], \
        [(b.role, b.text[:40]) for b in s.blocks if b.role in ("figure", "table")]
    paras = body_paragraphs(s)
    assert starts(paras) == START[:3], paras
    assert norm(f"{START[0]} {S[0]}") in paras[0], paras[0]
    everything = " ".join(flat(b) for b in s.blocks)
    assert all(norm(t) in everything for t in IMPRINT), everything[:300]


# ------------------------------------------------------------------ (i)

CAPTION = ("Figure 2 Curves for the prediction of the visits from the opening hours of each branch, "
           "the size of the collection and the distance to the nearest school, in the three towns and "
           "the two rural districts; dotted lines show the branches that were counted in the winter only, "
           "dashed lines the branches counted in summer; Visitor Survey Questionnaire")


def test_long_caption_keeps_its_last_line(tmp_path):
    fm, y = front("Visits and Opening Hours", "Ann Kowalczyk")
    page = (fm + box(M, y, W - 2 * M, ps(para(START[0], 0, 4)))
            + box(M, y + 90, 240, '<div class="fig" style="height:120pt"></div>')
            + box(M, y + 216, 240, f'<div class="abs" style="text-align:left">{CAPTION}</div>')
            + box(M, y + 330, W - 2 * M, ps(para(START[1], 3, 5))))
    s = build(tmp_path, "caption", [page])
    caps = [flat(b) for b in s.blocks if b.role == "caption"]
    assert len(caps) == 1 and caps[0].endswith("visitor survey questionnaire"), caps
    assert starts(body_paragraphs(s)) == START[:2], body_paragraphs(s)


def test_address_with_an_email_below_the_authors_is_front_matter(tmp_path):
    """A long address line with an e-mail right below the authors is their
    affiliation, not the first paragraph of the body."""
    address = "Example Centre for Social Research, Berlin (kowalczyk[at]example.org, lindqvist[at]example.org)"
    fm = (box(M, 70, W - 2 * M, "<h1>Opening Hours of Libraries</h1>")
          + box(M, 120, W - 2 * M, '<div class="authors">Ann Kowalczyk and Bo Lindqvist</div>')
          + box(M, 140, W - 2 * M, f'<div style="font-size:10pt">{address}</div>'))
    s = build(tmp_path, "address", [fm + box(M, 190, W - 2 * M, ps(para(START[0], 0, 6), para(START[1], 3, 6)))])
    paras = body_paragraphs(s)
    assert starts(paras) == START[:2], paras
    assert any(b.role == "affiliation" and "kowalczyk[at]example.org" in flat(b) for b in s.blocks), \
        [(b.role, b.text[:40]) for b in s.blocks]


def test_numbered_items_with_a_hanging_indent(tmp_path):
    """Numbered items set with a hanging indent in a text with first-line
    indents: each item is one block, its run-on lines are not paragraphs."""
    fm, y = front("Two Tendencies", "Ann Kowalczyk")
    item = '<p style="text-indent:-1.2em; padding-left:1.2em">{}</p>'
    body = (ps(para(START[0], 0, 4)) + item.format("1. " + text(2, 4)) + item.format("2. " + text(6, 5))
            + ps(para(START[1], 3, 4)))
    s = build(tmp_path, "items", [fm + box(M, y, W - 2 * M, body)])
    paras = body_paragraphs(s)
    assert len(paras) == 4 and paras[1].startswith("1. ") and paras[2].startswith("2. "), paras
    assert norm(text(2, 4)) in paras[1] and norm(text(6, 5)) in paras[2]
