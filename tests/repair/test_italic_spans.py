"""A line's italic spans (``Line.italics``, as the PDF reader finds them)
survive repair: a run over a line end or a page break is one emphasis, a
word hyphenated at a line end in italics comes back whole and italic, a
ligature or a split word repaired inside a run keeps its face; white space
at a run's edges stays roman; headings and the reference list stay plain;
a paragraph set wholly in italics is marked as a whole (``Block.italic``),
not emphasised; where the body itself is italic nothing is."""

from __future__ import annotations

from coursepack import model
from coursepack.read.structure import ArticleStructure, Block, Line


def L(text, italics=(), page=1, top=0, sup=()):
    whole = list(italics) == [(0, len(text))]      # the reader's line flag: the line in italics
    return Line(page, 50, top, 500, top + 10, text, size=10, italic=whole, italics=list(italics),
                superscripts=list(sup))


def span(text, words):
    """The span of ``words`` in ``text``."""
    a = text.index(words)
    return (a, a + len(words))


def repaired(blocks):
    from coursepack.repair import repair_structure
    r = repair_structure(ArticleStructure("a.pdf", blocks), source="a.pdf")
    assert r.accounting.complete, r.accounting.missing
    return r


def emph(nodes):
    return [model.plain_text(n.children) for n in nodes if isinstance(n, model.Emph)]


def test_runs_over_line_ends_hyphens_and_page_breaks():
    l1 = "The workers spoke of the new organi-"
    l2 = "sation of work and said it is better but"
    l3 = "it has not changed anything at all, in the confl ict."
    l4 = "We are working us, they said on the next page."
    blocks = [
        Block("heading", [L("Groupwork", [(0, 9)], top=10)], level=1),
        Block("paragraph", [L(l1, [span(l1, "organi-")], top=30),
                            L(l2, [span(l2, "sation"), (l2.index("it is"), len(l2))], top=42),
                            L(l3, [span(l3, "it has not changed anything"), span(l3, "confl ict")], top=54)]),
        Block("paragraph", [L(l4, [span(l4, "We are working us")], page=2, top=30)], continues=True),
    ]
    r = repaired(blocks)
    (sec,) = r.sections
    assert sec.title == "Groupwork"
    (p,) = sec.blocks
    assert emph(p.inlines) == ["organisation", "it is better but it has not changed anything",
                               "conflict", "We are working us"]
    for n in p.inlines:
        if isinstance(n, model.Emph):
            t = model.plain_text(n.children)
            assert t == t.strip() and "\n" not in t


def test_notes_get_italics_and_italic_paragraphs_stay_whole():
    body = "A word in italics here.1"
    note = "1 See A. Lee, The Book of Work, London 1999."
    quote = "We did that at once, ourselves."
    blocks = [
        Block("paragraph", [L(body, [span(body, "italics")], top=10, sup=[(23, 24)])]),
        Block("quote", [L(quote, [(0, len(quote))], top=30)]),
        Block("paragraph", [L("Roman text again, and more of it.", top=50)]),
        Block("note", [L(note, [span(note, "The Book of Work")], top=700, sup=[(0, 1)])], number=1),
        Block("reference", [L("Lee, A. 1999. The Book of Work. London.", [(14, 30)], top=720)]),
    ]
    r = repaired(blocks)
    paras = r.sections[0].blocks
    assert emph(paras[0].inlines) == ["italics"]
    assert paras[1].italic and emph(paras[1].inlines) == []
    assert emph(paras[2].inlines) == []
    assert emph(r.note(1).inlines) == ["The Book of Work"]
    assert r.references == ["Lee, A. 1999. The Book of Work. London."]


def test_an_italic_body_gives_no_emphasis():
    lines = ["An article set in italics throughout its body,", "as some journals print an essay."]
    blocks = [Block("paragraph", [L(t, [(0, len(t))], top=10 + 12 * k) for k, t in enumerate(lines)]),
              Block("paragraph", [L("A second paragraph, also in italics.", [(0, 36)], top=60)])]
    r = repaired(blocks)
    for b in r.sections[0].blocks:
        assert emph(b.inlines) == [] and not b.italic
