"""An abstract broken by a page break in the middle of a word or sentence
goes on in the paragraph at the top of the next page (en-39222: "den
Migrationskon-" | page break | "text und die Bedeutung …"); a paragraph
that begins a new sentence after a finished abstract stays in the body."""

from __future__ import annotations

from coursepack.model import plain_text
from coursepack.read.structure import ArticleStructure, Block, Line
from coursepack.repair import repair_structure


def _block(role: str, page: int, top: float, *texts: str) -> Block:
    lines = [Line(page, 60.0, top + 14 * k, 400.0, top + 14 * k + 10, t, 10.0, "Times")
             for k, t in enumerate(texts)]
    return Block(role, lines)


def _structure(abstract_end: str, next_first: str) -> ArticleStructure:
    blocks = [
        _block("title", 1, 60, "Fatherhood and Migration across Three Generations"),
        _block("abstract_title", 1, 120, "Zusammenfassung"),
        _block("abstract", 1, 140, "Der Artikel untersucht Vaterschaftspraktiken unter einer Perspektive",
               "der Generationen. " + abstract_end),
        _block("note", 1, 700, "1 Das Projekt wurde vom ESRC gefördert."),
        _block("furniture", 2, 30, "268"),
        _block("paragraph", 2, 60, next_first, "der Migration für die soziale Mobilität der Väter."),
        _block("heading", 2, 200, "Introduction"),
        _block("paragraph", 2, 220, "This article sets out to understand the context of migration.",
               "It follows three generations of fathers."),
    ]
    return ArticleStructure("x.pdf", blocks=blocks, pages=[(595.0, 842.0)] * 2)


def test_abstract_broken_in_a_word_goes_on_across_the_page():
    r = repair_structure(_structure("Der Artikel analysiert den Migrationskon-", "text und die Bedeutung"))
    abstract = " ".join(plain_text(a.inlines) for a in r.abstracts)
    assert abstract.endswith("analysiert den Migrationskontext und die Bedeutung der Migration für die "
                             "soziale Mobilität der Väter.")
    body = [plain_text(b.inlines) for b in r.blocks()]
    assert body == ["This article sets out to understand the context of migration. "
                    "It follows three generations of fathers."]
    assert r.accounting.complete


def test_finished_abstract_leaves_the_next_paragraph_in_the_body():
    r = repair_structure(_structure("Er ist von Arbeit bestimmt.", "Die Bedeutung"))
    abstract = " ".join(plain_text(a.inlines) for a in r.abstracts)
    assert abstract.endswith("Er ist von Arbeit bestimmt.")
    body = [plain_text(b.inlines) for b in r.blocks()]
    assert body[0].startswith("Die Bedeutung der Migration")
