"""The article structure every reader of a source returns.

A reader (the article's PDF read with its layout, extracted text, Markdown)
turns its source into an :class:`ArticleStructure`: the lines of the source
with their positions, grouped into :class:`Block` objects in reading order,
each with a *role*.  Repair and the edition model consume this structure;
``review --layout`` draws it over the original pages; ``structure.yaml``
overrides it; the corpus benchmark scores it.

Coordinates are PDF points with the origin at the top left of the page
(pdfplumber's ``top``/``bottom`` convention); ``page`` is 1-based.  Sources
without pages (extracted text, Markdown) use ``page = 0`` and the line's
1-based number in the file as ``top``.

>>> ln = Line(page=2, x0=72, top=100, x1=300, bottom=110, text="Introduction", size=12, bold=True)
>>> b = Block("heading", [ln], level=1)
>>> b.text, b.page, b.bbox
('Introduction', 2, (72, 100, 300, 110))
>>> ArticleStructure("a.pdf", blocks=[b]).of_role("heading") == [b]
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Every role a block can have.  ``furniture`` is page furniture (running
#: heads and feet, page numbers, mastheads, download notices); ``cover`` a
#: repository's cover sheet, or the publisher's matter bound in after the
#: article (a series' list of papers, an order form); ``reference`` one entry of the article's
#: reference list; ``note`` one footnote or endnote (``Block.number``).
ROLES = (
    "title", "subtitle", "author", "affiliation", "abstract_title", "abstract",
    "keywords", "heading", "paragraph", "quote", "list_item", "note",
    "figure", "table", "caption", "references_heading", "reference",
    "furniture", "cover", "other",
)


@dataclass
class Line:
    """One laid-out line of text: where it stands and how it is set.

    ``size`` is the dominant font size in points, ``font`` the dominant
    font's name; ``bold``/``italic`` come from the font (name or flags).
    ``superscripts`` lists ``(start, end)`` character spans of ``text``
    that stand raised and smaller (note markers in the body, the number at
    the start of a footnote); ``italics`` the ``(start, end)`` spans set in
    an italic face (italic words in a roman line, or the whole line).
    """

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    size: float = 0.0
    font: str = ""
    bold: bool = False
    italic: bool = False
    superscripts: list[tuple[int, int]] = field(default_factory=list)
    italics: list[tuple[int, int]] = field(default_factory=list)
    bolds: list[tuple[int, int]] = field(default_factory=list)   # (start, end) spans set in bold

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass
class Block:
    """Lines that belong together, with a role (one of :data:`ROLES`).

    ``level`` is a heading's level (1 = top); ``number`` a note's number (or
    a numbered reference's); ``continues`` is true when the block carries on
    the previous block of the same role across a page or column break (a
    paragraph or note split by the page); ``why`` says, in a few words, what
    the decision rests on (shown by ``review --layout`` and ``check``);
    ``region`` is a figure's or table's area on its page, for cutting it out.
    """

    role: str
    lines: list[Line] = field(default_factory=list)
    level: int = 0
    number: int | None = None
    continues: bool = False
    why: str = ""
    id: str = ""
    #: for a figure or table: the area to cut from the original page,
    #: ``[x0, top, x1, bottom]`` in points on the block's page (its text
    #: lines with the pictures and rules drawn around them); empty otherwise
    region: list[float] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(ln.text for ln in self.lines)

    @property
    def page(self) -> int:
        return self.lines[0].page if self.lines else 0

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        if not self.lines:
            return (0.0, 0.0, 0.0, 0.0)
        return (min(ln.x0 for ln in self.lines), min(ln.top for ln in self.lines),
                max(ln.x1 for ln in self.lines), max(ln.bottom for ln in self.lines))


@dataclass
class Doubt:
    """Something the reader could not settle, for ``check`` to report:
    ``kind`` is a short tag (``note_without_text``, ``long_paragraph``,
    ``number_heading``, ``order_guessed``, ``unmapped_glyph`` …)."""

    kind: str
    message: str
    page: int = 0


@dataclass
class ArticleStructure:
    """A source read into blocks.  ``meta`` holds only what the source
    prints or its metadata carries (``title``, ``subtitle``, ``authors`` (a
    list of names), ``journal``, ``volume``, ``issue``, ``year``,
    ``pages``, ``doi``, ``language``, ``keywords``): never a guess.
    ``pages`` lists ``(width, height)`` of each page in points."""

    source: str
    blocks: list[Block] = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    pages: list[tuple[float, float]] = field(default_factory=list)
    doubts: list[Doubt] = field(default_factory=list)

    def of_role(self, *roles: str) -> list[Block]:
        return [b for b in self.blocks if b.role in roles]


#: ``Block.why`` of the note whose key stands on the title (a funding or
#: publication note "Artikel eingegangen …" keyed ``**`` or ``1`` on the
#: title): repair keeps it as the title's own note, not an author note
TITLE_NOTE_WHY = "a note keyed on the title (the title's note)"
#: ``Block.why`` of an abstract block that starts a new paragraph of the
#: abstract before it (the block ``continues`` it)
ABSTRACT_PARAGRAPH_WHY = "a new paragraph of the abstract (the line before ends a sentence short of the measure)"
NOTE_SYMBOL_KEY = re.compile(r"^\s*([*∗†‡§¶]{1,3})\s*")
