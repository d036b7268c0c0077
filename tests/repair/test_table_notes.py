"""A table's notes under it, each keyed by a raised number (en-20291's
Table 1: "¹ P<0.001 for parents' ratings …"), stay apart in the caption:
each starts a paragraph of the caption, its number raised, never a note
reference of the article (JUDGE13: the seven notes ran into the caption as
plain digits)."""

from __future__ import annotations

from coursepack import model
from coursepack.read.structure import ArticleStructure, Block, Line
from coursepack.repair import repair_structure


def L(text, top, sup=()):
    return Line(3, 50, top, 500, top + 9, text, size=9, superscripts=list(sup))


def test_table_notes_keyed_by_raised_numbers_stay_apart():
    blocks = [
        Block("paragraph", [L("The means are given in Table 1 for all groups.", 40)]),
        Block("caption", [L("Table 1 Means of total scores", 60), L("ASQ Autism Screening Questionnaire", 300),
                          L("1 P<0.001 for parents' ratings between groups", 310, [(0, 1)]),
                          L("and the outpatients", 320),
                          L("2 P = ns. for teachers' ratings", 330, [(0, 1)])]),
        Block("table", [L("n M (SD)", 80), L("Parents1 3,565 2.0 (3.5)", 90, [(7, 8)])], region=[50, 75, 500, 290]),
        Block("paragraph", [L("The text goes on below the table.", 400)]),
    ]
    r = repair_structure(ArticleStructure("a.pdf", blocks), source="a.pdf")
    assert r.accounting.complete, r.accounting.missing
    fig = next(b for sec in r.sections for b in sec.blocks if b.kind == "figure").figure
    assert fig.label == "Table 1"
    text = model.plain_text(fig.caption)
    parts = [p.strip() for p in text.split(model.PARAGRAPH_BREAK)]
    assert parts == ["Table 1 Means of total scores ASQ Autism Screening Questionnaire",
                     "\u00b9 P<0.001 for parents' ratings between groups and the outpatients",
                     "\u00b2 P = ns. for teachers' ratings"]
    assert not any(isinstance(n, model.NoteRef) for n in fig.caption) and not r.footnotes
