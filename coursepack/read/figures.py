"""Figures and tables of an article's PDF: settled in the structure, then cut
from the original pages.

Two steps, each a plain function:

* :func:`settle` (structure in, structure out) makes each figure or table
  one block: the pieces the layout found (a chart's labels, a table's
  cells, some taken for paragraphs or headings) are gathered into the
  block of the area they stand in, with its caption right before it; a
  labelled caption ("Table 2", "Abbildung 1") with no figure next to it
  gets the pictures and rules drawn beside it on its page; a lone line of
  running text taken for a table cell goes back to its paragraph.
* :func:`cut_figures` renders each figure's area of the original page at
  print resolution (:data:`DPI`) into ``<build>/<slug>/figures/`` and fills
  in :class:`~coursepack.model.Figure` ``image``, ``width`` and ``height``.
  An image is named by a hash of the PDF, the page, the area and the
  resolution, so a rebuild does not cut it again.  Where no area is known
  the figure keeps no image and the edition prints a placeholder that says
  where the original shows it ("[Table 2: see p. 7 of the original]").
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import replace
from pathlib import Path
import io

from ..cache import file_digest   # the PDF's digest, as the structure cache keys it
from .structure import ArticleStructure, Block, Doubt, Line
from ..outputs import atomic_write

DPI = 300
MARGIN = 4.0        # points of white added around a cut area
FIGURES = "figures"

#: A caption's label: "Figure 2", "Fig. 3a", "Table 1", "TABLE IV",
#: "Abbildung 1", "Tabelle 2", "Schaubild 3" …, followed by the caption's
#: end, punctuation or a capitalised title (not "Figure 5 shows that …").
LABEL_RE = re.compile(
    r"^\s*(?P<label>(?P<word>(?i:fig(?:ure)?s?|table|tab|chart|graph|map|exhibit|plate|box|"
    r"abb(?:ildung)?|tabelle|tab|schaubild|grafik|diagramm|übersicht|darstellung))\.?"
    r"\s*(?P<num>\d+(?:\.\d+)?[a-z]?|[IVXLC]+))(?=\s*$|\s*[.:|—–-]|\s+\(?[A-ZÄÖÜ\"“‘'])")
_TABLE_WORDS = ("table", "tab", "tabelle", "übersicht")


def caption_label(text: str) -> tuple[str, str, str] | None:
    """``(kind, label, number)`` of a caption that starts with a label, else None.

    >>> caption_label("Table 2. Mean values"), caption_label("Abbildung 1: Ebenen")
    (('table', 'Table 2', '2'), ('figure', 'Abbildung 1', '1'))
    >>> caption_label("TABLE 1\\nCorrelations"), caption_label("Fig. 3 Correlation (r = 0.3)")
    (('table', 'TABLE 1', '1'), ('figure', 'Fig. 3', '3'))
    >>> caption_label("Figure 5 shows that all three"), caption_label("Figures and facts")
    (None, None)
    """
    m = LABEL_RE.match(text or "")
    if not m:
        return None
    word = m.group("word").lower().rstrip(".")
    kind = "table" if word in _TABLE_WORDS else "figure"
    return kind, " ".join(m.group("label").split()), m.group("num")


# ------------------------------------------------------------------ settle

def caption_titles(blocks: list[Block]) -> None:
    """A caption that is its label alone ("Figure 1."), with the figure's
    title set right under it as a line or two of its own ("Q: Are you
    interested in politics? (Ethnic Variable)"): the title joins the
    caption, instead of standing as a paragraph of the text.  Only a short
    block (two lines, 25 words at most) that follows the label within two
    of its line heights, starts in upper case and is not continued by the
    next block.

    >>> L = lambda y, t: Line(4, 100, y, 400, y + 9, t)
    >>> bs = [Block("caption", [L(470, "Figure 1.")]), Block("quote", [L(482, "Q: Are you interested? (Ethnic)")]),
    ...       Block("paragraph", [L(510, "The increased interest in politics …")])]
    >>> caption_titles(bs); [(b.role, b.text) for b in bs]
    [('caption', 'Figure 1.\\nQ: Are you interested? (Ethnic)'), ('paragraph', 'The increased interest in politics …')]
    """
    k = 0
    while k < len(blocks) - 1:
        b = blocks[k]
        k += 1
        if b.role != "caption" or not b.lines:
            continue
        m = LABEL_RE.match(b.text)
        if not m or b.text[m.end():].strip(" .:—–-\n"):
            continue
        j = k
        while j < len(blocks) and blocks[j].role == "furniture":
            j += 1
        if j >= len(blocks):
            break
        nxt = blocks[j]
        after = blocks[j + 1] if j + 1 < len(blocks) else None
        last = b.lines[-1]
        if nxt.role not in ("quote", "paragraph") or not nxt.lines or nxt.page != b.page \
                or len(nxt.lines) > 2 or len(nxt.text.split()) > 25 or not nxt.text.strip()[:1].isupper() \
                or nxt.lines[0].top - last.bottom > 2 * max(last.bottom - last.top, 1.0) \
                or (after is not None and after.continues):
            continue
        b.lines = b.lines + nxt.lines
        del blocks[j]


def caption_run_on(blocks: list[Block]) -> None:
    """A long caption set in the text's own size (LaTeX's default) whose
    lines go on past where the layout stopped it (a caption in the body's
    size is cut after four lines, the text below it taken for the body):
    the paragraph right under it, on its page, at the caption's own line
    pitch, starting at its left edge, in its size, is more of the caption
    when the caption's last line runs to its full measure (a caption's or
    a paragraph's last line stops short; a full one goes on).

    >>> L = lambda y, t, x1=520: Line(3, 81, y, x1, y + 10, t, size=10.9)
    >>> bs = [Block("caption", [L(423.6, "Figure 1: Circles are processors."), L(437.1, "In Step I, the author uses an"),
    ...                         L(450.7, "editor. In Step III, this raw index together"), L(464.2, "with some style is taken as the")]),
    ...       Block("paragraph", [L(477.8, "input. Finally, the index is formatted.", 400)], continues=True),
    ...       Block("paragraph", [L(510.8, "and implementation considerations for such a processor.")])]
    >>> caption_run_on(bs); [(b.role, len(b.lines)) for b in bs]
    [('caption', 5), ('paragraph', 1)]
    """
    k = 0
    while k < len(blocks) - 1:
        cap, nxt = blocks[k], blocks[k + 1]
        k += 1
        if cap.role != "caption" or len(cap.lines) < 2 or not caption_label(cap.text) \
                or nxt.role != "paragraph" or not nxt.lines or nxt.page != cap.page:
            continue
        pitches = sorted(b.top - a.top for a, b in zip(cap.lines, cap.lines[1:]))
        pitch = pitches[len(pitches) // 2]
        last, first = cap.lines[-1], nxt.lines[0]
        size = max(last.size or (last.bottom - last.top), 1.0)
        measure = max(ln.x1 for ln in cap.lines)
        if not (0 < first.top - last.top <= 1.25 * pitch and abs(first.x0 - cap.lines[0].x0) <= 2
                and abs((first.size or size) - size) <= 0.3 and last.x1 >= measure - size
                and all(0 < b.top - a.top <= 1.25 * pitch for a, b in zip(nxt.lines, nxt.lines[1:]))):
            continue
        cap.lines = cap.lines + nxt.lines
        del blocks[k]
        k -= 1


#: why a line is page furniture when it is turned (read/pdflayout/furniture.py)
TURNED_WHY = "rotated text in the margin"
#: why a turned caption and its figure or table are kept (see :func:`turned_floats`)
TURNED_CAPTION_WHY = "a caption turned a quarter with its figure or table (set sideways on its page)"
TURNED_FLOAT_WHY = "turned a quarter with its caption (a figure or table set sideways on its page)"


def turned_floats(blocks: list[Block], rules: list[list]) -> None:
    """A figure or table set sideways (LaTeX's ``sidewaysfigure``, a
    landscape page of a portrait article, a wide table turned to fit): its
    lines, caption included, are turned a quarter, which the layout takes
    for text along the page's margin (furniture).  Where a turned line on
    a page starts with a caption's label ("Figure 1:", "Table 2"), the
    caption (with the turned lines set right beside it along its length,
    its other lines) and the float (the page's other turned lines, grown
    by the pictures and rules drawn touching them; or, with no turned
    line but the caption's, the pictures drawn beside the caption) become
    a caption block and a figure or table block with its area, at the
    place of the page's first turned line.  Turned text with no caption
    label on its page (a notice up the margin) stays furniture.
    ``rules`` are each page's drawn rules (index ``page - 1``; objects
    with ``kind x0 top x1 bottom``).

    >>> L = lambda x0, y0, y1, t: Line(2, x0, y0, x0 + 9, y1, t)
    >>> bs = [Block("paragraph", [Line(2, 300, 100, 520, 110, "Text beside the figure.")]),
    ...       Block("furniture", [L(223, 190, 290, "Final sample n = 96")], why=TURNED_WHY),
    ...       Block("furniture", [L(94, 200, 280, "Counts checked")], why=TURNED_WHY),
    ...       Block("furniture", [L(282, 262, 560, "Figure 1: Study design and flow.")], why=TURNED_WHY)]
    >>> turned_floats(bs, [[], []]); [(b.role, b.text, b.region) for b in bs]
    [('paragraph', 'Text beside the figure.', []), ('caption', 'Figure 1: Study design and flow.', []), ('figure', 'Counts checked\\nFinal sample n = 96', [94, 190, 232, 290])]
    """
    pages: dict[int, list[Block]] = {}
    for b in blocks:
        if b.role == "furniture" and b.why == TURNED_WHY and b.lines:
            pages.setdefault(b.page, []).append(b)
    for page, bs in sorted(pages.items()):
        lines = [ln for b in bs for ln in b.lines if ln.text.strip()]
        caps = [ln for ln in lines if caption_label(ln.text)]
        if not caps:
            continue
        cap = [caps[0]]
        grown = True
        while grown:          # the caption's other lines: turned lines right beside it, along its length
            grown = False
            cb = _union(ln.bbox for ln in cap)
            thick = min(ln.x1 - ln.x0 for ln in cap)
            for ln in lines:
                if ln in cap or ln in caps[1:]:
                    continue
                gap = max(ln.x0 - cb[2], cb[0] - ln.x1)
                # (a caption's next line starts where its first starts, and is no longer:
                # a table's row beside the caption runs on past it)
                if -1 <= gap <= 0.6 * thick and ln.top >= cb[1] - 2 and ln.bottom <= cb[3] + 2 \
                        and (abs(ln.top - cb[1]) <= 2 or abs(ln.bottom - cb[3]) <= 2):
                    cap.append(ln)
                    grown = True
        cap.sort(key=lambda ln: ln.x0)
        rest = [ln for ln in lines if ln not in cap]
        cb = _union(ln.bbox for ln in cap)
        drawn = [(r.x0, r.top, r.x1, r.bottom) for r in (rules[page - 1] if page - 1 < len(rules) else [])]
        if rest:
            area = _union(ln.bbox for ln in rest)
        else:
            near = [d for d in drawn if d[2] - d[0] > 20 and d[3] - d[1] > 30 and not _touch(d, cb)
                    and min(d[3], cb[3]) - max(d[1], cb[1]) > 0 and max(d[0] - cb[2], cb[0] - d[2]) <= 40]
            if not near:
                continue
            area = min(near, key=lambda d: max(d[0] - cb[2], cb[0] - d[2]))
        grown = True
        while grown:
            grown = False
            for d in drawn:
                if _touch(d, area, 6) and not _inside(d, area, 0) and not _touch(d, cb):
                    area = _union([area, d])
                    grown = True
        kind = caption_label(caps[0].text)[0]
        at = min(blocks.index(b) for b in bs)
        used = {id(ln) for ln in cap + rest}
        for b in bs:
            b.lines = [ln for ln in b.lines if id(ln) not in used]
        first = next(b for b in bs)
        caption = Block("caption", cap, why=TURNED_CAPTION_WHY, id=first.id + "c")
        flt = Block(kind, sorted(rest, key=lambda ln: (ln.x0, ln.top)) or [Line(page, *area, "")],
                    why=TURNED_FLOAT_WHY, id=first.id + "f", region=[round(v, 2) for v in area])
        blocks[at:at] = [caption, flt]
        blocks[:] = [b for b in blocks if b.lines or b is caption or b is flt]


#: roles a piece of a ruled table or framed figure may have been given
_PIECES = ("paragraph", "quote", "list_item", "table", "figure", "other")


def _ruled_areas(rules: list) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Areas drawn around a table or a figure on one page: ``("rules", box)``
    from the first to the last of two or more horizontal rules of one
    length, one under the other (a table's top, middle and bottom rules),
    and ``("frame", box)`` for a drawn box (a rectangle, or two such rules
    closed by two vertical ones).  ``rules`` are the page's
    :class:`~coursepack.read.pdflayout.chars.Rule` (kind, x0, top, x1, bottom)."""
    out = []
    # (a rule drawn cell by cell, as word processors and WeasyPrint draw a
    # table's borders, is one rule: segments on one height that touch)
    segs = sorted((r for r in rules if r.kind == "hrule"), key=lambda r: (round(r.top), r.x0))
    hr: list = []
    for r in segs:
        if hr and abs(hr[-1].top - r.top) <= 0.5 and r.x0 <= hr[-1].x1 + 2:
            hr[-1] = replace(hr[-1], x1=max(hr[-1].x1, r.x1), bottom=max(hr[-1].bottom, r.bottom))
        else:
            hr.append(r)
    hr = sorted((r for r in hr if r.x1 - r.x0 >= 40), key=lambda r: r.top)
    vr = [r for r in rules if r.kind == "vrule"]
    groups: list[list] = []
    for r in hr:
        g = next((g for g in groups if abs(g[0].x0 - r.x0) <= 2 and abs(g[0].x1 - r.x1) <= 2), None)
        (g.append(r) if g is not None else groups.append([r]))
    for g in groups:
        if len(g) < 2:
            continue
        a, b = g[0], g[-1]
        box = (a.x0, a.top, a.x1, b.bottom)
        sides = [v for v in vr if v.top <= a.bottom + 2 and v.bottom >= b.top - 2
                 and (abs(v.x0 - a.x0) <= 3 or abs(v.x1 - a.x1) <= 3)]
        out.append(("frame" if len(sides) >= 2 else "rules", box))
    out += [("frame", (r.x0, r.top, r.x1, r.bottom)) for r in rules
            if r.kind == "rect" and r.x1 - r.x0 >= 40 and r.bottom - r.top >= 20]
    return out


def ruled_floats(blocks: list[Block], rules: list[list]) -> None:
    """A table between its rules, a figure in its drawn frame, as one block
    each, where a labelled caption ("Table 1:", "Figure 2.") stands right
    above or below the area: the pieces the layout made of it (a row read
    as an indented quotation, a chart's labels as a paragraph, cells as
    several small tables) are gathered into one block of the caption's
    kind, its region the drawn area.  A frame or rules with no caption
    beside them (an abstract between rules, a boxed note) are left alone.
    ``rules`` are the drawn rules of each page (index ``page - 1``).

    >>> from types import SimpleNamespace as R
    >>> L = lambda y, t: Line(1, 100, y, 300, y + 9, t)
    >>> bs = [Block("caption", [L(90, "Table 1: Visitors per branch")]),
    ...       Block("table", [L(104, "Branch 2017 2018")]), Block("quote", [L(116, "Riverside 5.1 5.8")]),
    ...       Block("paragraph", [L(140, "The text goes on below the table.")])]
    >>> rules = [[R(kind="hrule", x0=95, top=102, x1=305, bottom=103), R(kind="hrule", x0=95, top=127, x1=305, bottom=128)]]
    >>> ruled_floats(bs, rules); [(b.role, b.text) for b in bs]
    [('caption', 'Table 1: Visitors per branch'), ('table', 'Branch 2017 2018\\nRiverside 5.1 5.8'), ('paragraph', 'The text goes on below the table.')]
    """
    pages = sorted({b.page for b in blocks if b.role == "caption"})
    for page in pages:
        if page - 1 >= len(rules) or not rules[page - 1]:
            continue
        for shape, area in _ruled_areas(rules[page - 1]):
            kind = None
            for c in blocks:
                if c.role != "caption" or c.page != page or not c.lines:
                    continue
                lab = caption_label(c.text)
                own = [ln for ln in c.lines if not _inside(ln.bbox, area, 2.0)]
                if not own:
                    continue
                cb = _union(ln.bbox for ln in own)
                over = min(cb[2], area[2]) - max(cb[0], area[0])
                near = -2 <= area[1] - cb[3] <= 24 or -2 <= cb[1] - area[3] <= 24
                if lab and near and over >= 0.5 * min(cb[2] - cb[0], area[2] - area[0]) \
                        and (shape == "frame" or lab[0] == "table"):
                    kind = lab[0]
                    break
            if kind is None:
                continue
            inside = [b for b in blocks if b.page == page and b.role in _PIECES and b.lines
                      and all(_inside(ln.bbox, area, 2.0) for ln in b.lines)]
            # a caption that ran on into the area (the table's head row read
            # with it), a block read across the frame and the next column
            spill = [(b, [ln for ln in b.lines if _inside(ln.bbox, area, 2.0)]) for b in blocks
                     if b.page == page and len(b.lines) > 1 and (b.role == "caption" or b.role in _PIECES
                                                                  and shape == "frame")]
            spill = [(b, ls) for b, ls in spill if ls and len(ls) < len(b.lines)
                     and (b.role == "caption" or all(not _touch(ln.bbox, area, 2.0) for ln in b.lines if ln not in ls))]
            if not inside and not spill:
                continue
            for b, ls in spill:
                b.lines = [ln for ln in b.lines if ln not in ls]
            first = blocks.index(inside[0]) if inside else blocks.index(spill[0][0]) + 1
            lines = sorted([ln for b in inside for ln in b.lines] + [ln for _, ls in spill for ln in ls],
                           key=lambda ln: (round(ln.top), ln.x0))
            merged = Block(kind, lines, why=f"inside the {'frame' if shape == 'frame' else 'rules'} "
                                           f"of the {kind} captioned beside it",
                           id=inside[0].id if inside else spill[0][0].id + "t",
                           region=[round(v, 2) for v in area])
            for b in inside:
                blocks.remove(b)
            blocks.insert(first, merged)
            if any(b.role == "quote" for b in inside):
                _after_float(blocks, merged)


#: ``Block.why`` of the layout's paragraph start after a block quotation
#: (read/pdflayout/blocks.py)
_AFTER_QUOTE = "back at the body's margin after a block quotation"


def _after_float(blocks: list[Block], flt: Block) -> None:
    """The text after a table whose rows the layout took for a block
    quotation (set in from both edges) and began a paragraph after it
    ("back at the margin after a quotation"): with the rows a table again,
    the text carries on the paragraph before the table where its first
    line is set as the lines below it (no first-line indent) and the
    paragraph before ended no sentence, or ended it at the full measure.

    >>> L = lambda x0, x1, y, t: Line(1, x0, y, x1, y + 9, t)
    >>> p = Block("paragraph", [L(50, 290, 40, "The committee met in the"), L(50, 290, 50, "spring to review the")])
    >>> t = Block("table", [L(100, 250, 70, "North 12.4 13.1")])
    >>> q = Block("paragraph", [L(50, 290, 90, "annual figures of the"), L(50, 200, 100, "libraries.")], why=_AFTER_QUOTE)
    >>> bs = [p, t, q]; _after_float(bs, t); q.continues, q.why
    (True, 'carries on after a figure, table, box or note')
    """
    k = blocks.index(flt) + 1
    while k < len(blocks) and blocks[k].role in ("furniture", "note", "caption", "table", "figure"):
        k += 1
    if k >= len(blocks) or blocks[k].role != "paragraph" or blocks[k].why != _AFTER_QUOTE:
        return
    nxt = blocks[k]
    before = next((b for b in reversed(blocks[:blocks.index(flt)]) if b.role not in ("furniture", "note", "caption",
                                                                                     "table", "figure", "affiliation",
                                                                                     "cover")), None)
    if before is None or before.role != "paragraph" or not before.lines or len(nxt.lines) < 2:
        return
    size = max(nxt.lines[0].bottom - nxt.lines[0].top, 6.0)
    if nxt.lines[0].x0 > nxt.lines[1].x0 + 0.5 * size:
        return                               # a first-line indent: a new paragraph
    last = before.lines[-1]
    measure = max(ln.x1 for ln in before.lines)
    if last.text.rstrip()[-1:] in ".!?" and last.x1 < measure - 2 * size:
        return                               # the paragraph before ended short
    nxt.continues, nxt.why = True, "carries on after a figure, table, box or note"


def _box(b: Block) -> tuple[float, float, float, float]:
    """A piece's area: its drawn region and its own lines."""
    if not b.region:
        return b.bbox
    return _union([tuple(b.region), b.bbox]) if b.lines and any(ln.text for ln in b.lines) \
        else tuple(b.region)


def _touch(a, b, pad: float = 0.0) -> bool:
    return a[0] <= b[2] + pad and b[0] <= a[2] + pad and a[1] <= b[3] + pad and b[1] <= a[3] + pad


def _inside(inner, outer, pad: float = 3.0) -> bool:
    return (inner[0] >= outer[0] - pad and inner[1] >= outer[1] - pad
            and inner[2] <= outer[2] + pad and inner[3] <= outer[3] + pad)


def _union(boxes) -> tuple[float, float, float, float]:
    boxes = list(boxes)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def _prose(b: Block) -> bool:
    """Running text: three lines or more of seven words or more on average.

    >>> from coursepack.read.structure import Line
    >>> L = lambda t: Line(1, 0, 0, 1, 1, t)
    >>> _prose(Block("paragraph", [L("one two three four five six seven eight")] * 3))
    True
    >>> _prose(Block("paragraph", [L("Parents"), L("Teachers 2.0 (3.5)")]))
    False
    """
    n = len(b.lines)
    return n >= 3 and sum(len(ln.text.split()) for ln in b.lines) / n >= 7


_RUNNING_END_RE = re.compile(r"[a-zäöüß\d)\]][.,;:)\]]?[”’\"']?[.,;:)]\s*$|[a-zäöüß]{2,}[.,;:]\s*$")


def _lone_text(b: Block) -> bool:
    """A line or two of running text the layout took for a table cell: ends
    like a sentence or a clause and carries lower-case words."""
    t = b.text
    return (len(b.lines) <= 2 and bool(_RUNNING_END_RE.search(t))
            and sum(ch.islower() for ch in t) >= 2 and not caption_label(t))


_KEEP = ("furniture", "cover", "note", "caption", "title", "subtitle", "author",
         "affiliation", "abstract_title", "abstract", "keywords", "references_heading",
         "reference")


def settle(structure: ArticleStructure, graphics=None) -> ArticleStructure:
    """The structure with each figure and table as one block (see the module's
    docstring).  ``graphics(page) -> [(x0, top, x1, bottom), ...]`` gives the
    pictures and rules drawn on a page (1-based), for labelled captions the
    layout found no figure for; without it such a caption gets a figure
    without an area (a placeholder).  Blocks that come with an area but no
    lines (from ``structure.yaml``) are kept as given.

    >>> from coursepack.read.structure import Line
    >>> L = lambda t, x0, top, x1: Line(2, x0, top, x1, top + 8, t)
    >>> s = ArticleStructure("a.pdf", [
    ...     Block("caption", [L("Table 1 Means", 50, 60, 290)]),
    ...     Block("table", [L("n", 184, 87, 189)], region=[50, 83, 290, 200]),
    ...     Block("paragraph", [L("Parents", 54, 132, 82)]),
    ...     Block("table", [L("3,565 2.0 (3.5)", 184, 132, 250)]),
    ...     Block("paragraph", [L("The text goes on after the table, and on.", 50, 300, 290)])])
    >>> [(b.role, len(b.lines)) for b in settle(s).blocks]
    [('caption', 1), ('table', 3), ('paragraph', 1)]
    """
    blocks = list(structure.blocks)
    pages = sorted({b.page for b in blocks if b.page and b.role in ("figure", "table", "caption")})
    for page in pages:
        blocks = _settle_page(blocks, page, graphics)
    return replace(structure, blocks=blocks, doubts=list(structure.doubts) + words_lost(blocks))


def words_lost(blocks: list[Block]) -> list[Doubt]:
    """The word-accounting guard: lines of running text (four words or
    more, mostly letters) that ended in a figure or table with no caption
    next to it are words of the text lost from the edition (an uncaptioned
    area is cut as an image, its text is gone).  One ``words_lost`` doubt
    per page, which ``check`` reports and which keeps the reading's word
    accounting from being called complete.

    >>> L = lambda t: Line(1, 0, 0, 1, 1, t)
    >>> [d.message for d in words_lost([Block("figure", [L("SAGE"), L("the first sentence of the article is here")])])]
    ['page 1: 8 words of running text inside a figure without a caption (only in its picture, not in the text; text or a figure?): the first sentence of the article is here']
    >>> words_lost([Block("caption", [L("Figure 1 Means")]), Block("figure", [L("the first sentence of the text")])])
    []
    """
    per_page: dict[int, list[str]] = {}
    for k, b in enumerate(blocks):
        if b.role not in ("figure", "table"):
            continue
        near = [blocks[j] for j in (k - 1, k + 1) if 0 <= j < len(blocks)]
        if any(c.role == "caption" and c.page == b.page for c in near):
            continue
        texts = [ln.text for ln in b.lines if len(ln.text.split()) >= 4
                 and sum(ch.isalpha() for ch in ln.text) > 2 * sum(ch.isdigit() for ch in ln.text)]
        if texts:
            per_page.setdefault(b.page, []).extend(texts)
    return [Doubt("words_lost", f"page {p}: {sum(len(t.split()) for t in ts)} words of running text inside a "
                  f"figure without a caption (only in its picture, not in the text; text or a figure?): "
                  f"{' / '.join(ts)[:120]}", p)
            for p, ts in sorted(per_page.items())]


def _settle_page(blocks: list[Block], page: int, graphics) -> list[Block]:
    on = [b for b in blocks if b.page == page and b.lines and b.why not in (TURNED_FLOAT_WHY, TURNED_CAPTION_WHY)]
    captions = [b for b in on if b.role == "caption" and caption_label(b.text)]
    seeds = [b for b in on if b.role in ("figure", "table")]
    replaced: dict[int, Block | None] = {}     # id(block) -> its replacement (None: dropped)
    # a lone line of running text taken for a table cell, with no caption on its page
    if not captions:
        for b in seeds:
            if _lone_text(b):
                replaced[id(b)] = replace(b, role="paragraph", continues=True, region=[],
                                          why="a lone line of text, not a table cell")
        seeds = [b for b in seeds if id(b) not in replaced]
    # clusters of touching figure pieces
    clusters: list[list[Block]] = []
    for b in seeds:
        hits = [c for c in clusters if any(_touch(_box(b), _box(x), 12) for x in c)]
        merged = [b]
        for c in hits:
            merged = c + merged
            clusters.remove(c)
        clusters.append(merged)
    # pieces one above the other with no running text between them (a
    # table's rows, a chart's labels) make one area
    prose = [b.bbox for b in on if _prose(b) and b.role not in ("figure", "table")]
    merged = True
    while merged:
        merged = False
        boxes = [_union(_box(x) for x in c) for c in clusters]
        for i in range(len(clusters)):
            for j in range(i + 1, len(clusters)):
                a, b = boxes[i], boxes[j]
                over = min(a[2], b[2]) - max(a[0], b[0])
                if over <= 0 and _side_by_side(a, b, clusters[i], clusters[j]):
                    clusters[i] += clusters.pop(j)     # a row label left of its table
                    merged = True
                    break
                if over <= 0 or _gap(a, b) > 36:
                    continue
                band = (max(a[0], b[0]), min(a[3], b[3]), min(a[2], b[2]), max(a[1], b[1]))
                if _gap(a, b) > 0 and any(_touch(p, band, -1) for p in prose):
                    continue
                clusters[i] += clusters.pop(j)
                merged = True
                break
            if merged:
                break
    boxes = [_union(_box(x) for x in c) for c in clusters]
    # a labelled caption without a figure beside it: the pictures drawn there
    found: list[tuple[Block, tuple]] = []
    for cap in captions:
        if any(_near(cap.bbox, bx) for bx in boxes):
            continue
        drawn = graphics(page) if graphics else []
        bx = _graphic_area(cap, drawn)
        if bx is None:
            bx = ruled_text_area(cap.bbox, drawn, [b.bbox for b in on if b.role not in _KEEP and not _prose(b)
                                                   and id(b) not in replaced])
        if bx is not None:
            found.append((cap, bx))
            clusters.append([])
            boxes.append(bx)
    # an area that holds running text (a frame drawn round the whole page)
    # is too large: the lines of its pieces are the area then
    members = {id(x) for c in clusters for x in c}
    for k, c in enumerate(clusters):
        if c and any(_prose(b) and id(b) not in members and _inside(b.bbox, boxes[k]) for b in on):
            boxes[k] = _union(x.bbox for x in c)
    # gather what stands inside each area, and the short labels beside it
    # (a chart's or a matrix's row labels left of its frame)
    out_of: dict[int, int] = {}      # id(block) -> cluster index it joins
    for k, c in enumerate(clusters):
        for b in c:
            out_of[id(b)] = k
    for b in on:
        if id(b) in out_of or id(b) in replaced or b.role in _KEEP or _prose(b):
            continue
        for k, bx in enumerate(boxes):
            if _inside(b.bbox, bx) or _beside(b, bx):
                out_of[id(b)] = k
                clusters[k].append(b)
                boxes[k] = _union([bx, b.bbox])
                break
    # labels right above or below an area: a chart's panel label ("(a)
    # Experiment 2"), a matrix's column heads, an axis title under it
    for k, c in enumerate(clusters):
        grown = True
        while grown:
            grown = False
            for b in on:
                if id(b) in out_of or id(b) in replaced or not _edge_label(b, boxes[k]):
                    continue
                out_of[id(b)] = k
                c.append(b)
                boxes[k] = _union([boxes[k], b.bbox])
                grown = True
    # text turned a quarter (an axis title) beside an area is part of its picture
    for k, c in enumerate(clusters):
        for b in on:
            if c and b.role == "furniture" and b.why.startswith("rotated") and _beside_rotated(b.bbox, boxes[k]):
                boxes[k] = _union([boxes[k], b.bbox])
    # one block per cluster, at the place of its first piece, its caption before it
    cap_of: dict[int, Block] = {}
    for cap in captions:
        near = [k for k, bx in enumerate(boxes) if _near(cap.bbox, bx)]
        if near:
            k = min(near, key=lambda k: _gap(cap.bbox, boxes[k]))
            if k not in cap_of:
                cap_of[k] = cap
    for k, c in enumerate(clusters):
        cap = cap_of.get(k)
        lab = caption_label(cap.text) if cap is not None else None
        role = lab[0] if lab else next((x.role for x in c if x.role in ("figure", "table")), "figure")
        lines = sorted((ln for x in c for ln in x.lines), key=lambda ln: (round(ln.top), ln.x0))
        region = [round(v, 2) for v in boxes[k]]
        if cap is not None and c:
            region = clear_of_caption(region, cap.bbox, [ln.bbox for ln in lines if ln.text.strip()])
        if not c:        # drawn pictures and a caption only: an empty line marks the page
            first = cap
            why = "pictures drawn beside a labelled caption"
            lines = [Line(page, *region, "")]
        else:
            first = min(c, key=lambda x: _index(blocks, x))
            why = first.why if len(c) == 1 else f"{len(c)} pieces inside one drawn area"
        block = Block(role, lines, why=why, id=first.id if c else "", region=region)
        if c:
            for x in c:
                replaced[id(x)] = None
            replaced[id(first)] = block
        if cap is not None:
            # a source line or note under the area ("Quelle: …", "Note: …") joins its caption
            extra = [x for x in on if x.role == "caption" and x is not cap and not caption_label(x.text)
                     and id(x) not in out_of
                     and _near(x.bbox, boxes[k], 30) and x.bbox[1] >= boxes[k][1]]
            if extra:
                cap = replace(cap, lines=cap.lines + [ln for x in extra for ln in x.lines])
                for x in extra:
                    replaced[id(x)] = None
            replaced[id(cap_of[k])] = None
            if c:
                replaced[id(first)] = [cap, block]
            else:
                replaced[id(cap_of[k])] = [cap, block]
    out: list[Block] = []
    for b in blocks:
        r = replaced.get(id(b), b)
        if r is None:
            continue
        out.extend(r if isinstance(r, list) else [r])
    return out


def clear_of_caption(region, cap, inner) -> list[float]:
    """A figure's area without its caption: where the area drawn round a
    figure (a picture's box, a frame, a clip) reaches over its caption
    set right under it (or over it), the area ends before the caption, so
    that the cut picture does not print the caption the edition prints
    again under it.  ``cap`` is the caption's box, ``inner`` the boxes of
    the figure's own lines (labels inside it), which stay inside.

    >>> clear_of_caption([51, 420, 544, 714], (51, 698, 544, 716), [(138, 421, 186, 429), (282, 664, 296, 672)])
    [51, 420, 544, 697.0]
    >>> clear_of_caption([51, 80, 544, 300], (51, 82, 544, 92), [(100, 120, 200, 130)])
    [51, 93.0, 544, 300]
    >>> clear_of_caption([51, 420, 544, 690], (51, 698, 544, 716), [])     # apart: as it was
    [51, 420, 544, 690]
    """
    x0, top, x1, bottom = region
    over = min(cap[2], x1) - max(cap[0], x0)
    if over <= 0.5 * (cap[2] - cap[0]) or cap[3] <= top or cap[1] >= bottom:
        return list(region)
    mid = (cap[1] + cap[3]) / 2
    if mid > (top + bottom) / 2 and all(b[3] <= cap[1] + 1 for b in inner):
        new = [x0, top, x1, round(min(bottom, cap[1] - 1.0), 2)]
    elif mid < (top + bottom) / 2 and all(b[1] >= cap[3] - 1 for b in inner):
        new = [x0, round(max(top, cap[3] + 1.0), 2), x1, bottom]
    else:
        return list(region)
    return new if new[3] - new[1] >= 20 else list(region)


def _beside(b: Block, box, reach: float = 60.0) -> bool:
    """A short label (three lines of four words at most) standing left or
    right of an area, within ``reach`` points, its middle inside the area's
    height."""
    if len(b.lines) > 3 or any(len(ln.text.split()) > 4 for ln in b.lines):
        return False
    x0, top, x1, bottom = b.bbox
    mid = (top + bottom) / 2
    if not box[1] <= mid <= box[3]:
        return False
    if top >= box[1] - 3 and bottom <= box[3] + 3 and x0 < box[2] and x1 > box[0]:
        return True      # within the area's height, reaching out of it sideways
    return 0 <= box[0] - x1 <= reach or 0 <= x0 - box[2] <= reach


def _short(b: Block, lines: int = 3, words: int = 4) -> bool:
    return 0 < len(b.lines) <= lines and all(len(ln.text.split()) <= words for ln in b.lines)


def _side_by_side(a, b, ca: list[Block], cb: list[Block]) -> bool:
    """Two areas side by side, one of them short labels only (a table's row
    label set left of its cells): the smaller's height within the other's,
    at most 40 points apart.

    >>> from coursepack.read.structure import Line
    >>> lab = [Block("table", [Line(9, 143, 232, 178, 240, "Alter ego")])]
    >>> cells = [Block("table", [Line(9, 197, 201, 252, 209, "Non-beneficial")])]
    >>> _side_by_side((143, 232, 178, 240), (197, 169, 452, 313), lab, cells)
    True
    >>> _side_by_side((143, 332, 178, 340), (197, 169, 452, 313), lab, cells)
    False
    """
    if not (ca and cb):
        return False
    gap = max(a[0], b[0]) - min(a[2], b[2])
    if gap > 40:
        return False
    small, big = (a, b) if (a[3] - a[1]) <= (b[3] - b[1]) else (b, a)
    labels = ca if small is a else cb
    return small[1] >= big[1] - 3 and small[3] <= big[3] + 3 and all(_short(x) for x in labels)


def _edge_label(b: Block, box, reach: float = 18.0) -> bool:
    """A short label standing right above or below an area (within
    ``reach`` points), sharing some of its width: not running text, not a
    heading of the text, not a labelled caption or the page's furniture.

    >>> from coursepack.read.structure import Line
    >>> area = (100, 96, 394, 568)
    >>> _edge_label(Block("paragraph", [Line(3, 48, 76, 101, 84, "(a) Experiment 2")]), area)
    True
    >>> _edge_label(Block("caption", [Line(3, 162, 571, 340, 579, "High Ability"),
    ...                               Line(3, 162, 584, 340, 592, "Partner Ability")]), area)
    True
    >>> _edge_label(Block("caption", [Line(3, 48, 604, 275, 612, "Figure 1. Results")]), area)
    False
    >>> _edge_label(Block("paragraph", [Line(3, 48, 76, 300, 84, "and so it ends here.")]), area)
    False
    >>> _edge_label(Block("heading", [Line(3, 48, 76, 101, 84, "Results")]), area)
    False
    """
    if b.role not in ("paragraph", "quote", "other", "caption", "list_item") or not _short(b, 8):
        return False
    if caption_label(b.text) or _lone_text(b) or _prose(b):
        return False
    x0, top, x1, bottom = b.bbox
    if x1 < box[0] - 6 or x0 > box[2] + 6:
        return False
    if len(b.lines) > 3:       # a label over the area and the labels in it, read as one block
        return all(_inside(ln.bbox, box) or _edge_line(ln.bbox, box, reach) for ln in b.lines) \
            and any(not _inside(ln.bbox, box) for ln in b.lines)
    return _edge_line(b.bbox, box, reach)


def _edge_line(bb, box, reach: float) -> bool:
    """``bb`` right above or below ``box`` (within ``reach``), sharing some of its width."""
    x0, top, x1, bottom = bb
    if x1 < box[0] - 6 or x0 > box[2] + 6:
        return False
    if bottom <= box[1] + 1:
        return box[1] - bottom <= reach
    if top >= box[3] - 1:
        return top - box[3] <= reach
    return False


def _beside_rotated(bb, box) -> bool:
    """Rotated text (an axis title) within 30 points left or right of an
    area, no taller than it and inside its height."""
    return (bb[1] >= box[1] - 3 and bb[3] <= box[3] + 3
            and (0 <= box[0] - bb[2] <= 30 or 0 <= bb[0] - box[2] <= 30))


def _index(blocks: list[Block], b: Block) -> int:
    for k, x in enumerate(blocks):
        if x is b:
            return k
    return len(blocks)


def _gap(a, b) -> float:
    """Vertical distance between two boxes (0 when they overlap)."""
    return max(0.0, max(a[1], b[1]) - min(a[3], b[3]))


def _near(cap, box, reach: float = 60.0) -> bool:
    """A caption stands next to an area: above or below it within ``reach``
    points, sharing some of its width."""
    overlap = min(cap[2], box[2]) - max(cap[0], box[0])
    return overlap > 0.3 * min(cap[2] - cap[0], box[2] - box[0]) and _gap(cap, box) <= reach


def _graphic_area(cap: Block, drawn: list) -> tuple | None:
    """The area of the pictures (and the rules and boxes touching them) next
    to a caption: the nearest picture above or below it within 40 points
    that shares its width, grown by everything drawn that touches it."""
    c = cap.bbox
    pics = [d for d in drawn if d[2] - d[0] > 30 and d[3] - d[1] > 20 and _near(c, d, 40)
            and not _touch(d, c)]
    if not pics:
        return None
    area = min(pics, key=lambda d: _gap(c, d))
    grown = True
    while grown:
        grown = False
        for d in drawn:
            if _touch(d, area, 4) and not _inside(d, area, 0) and not _touch(d, c):
                area = _union([area, d])
                grown = True
    return area


def ruled_text_area(cap, drawn: list, pieces: list, reach: float = 40.0, pitch: float = 14.0) -> tuple | None:
    """The area of a figure made of text and thin rules (a diagram of
    framed words, panels of code or an index parted by rules, a frame of
    hairlines round a few lines), next to a labelled caption ``cap`` (its
    box) that has no picture beside it: the drawn lines, rules and boxes
    standing within ``reach`` points above or below the caption, grown by
    every one within ``pitch`` (a line's height) of the area, when there
    are two or more of them and the area holds text that is no running
    prose (``pieces``: the boxes of the page's blocks that may be a
    figure's pieces).  None when there is no such area.

    >>> rules = [(302, 108, 303, 258), (80, 270, 522, 271), (346, 282, 347, 486)]
    >>> ruled_text_area((81, 508, 522, 590), rules, [(88, 124, 296, 245), (150, 298, 294, 484)])
    (80, 108, 522, 486)
    >>> ruled_text_area((81, 508, 522, 590), rules, []) is None      # no text in it: not this kind
    True
    >>> ruled_text_area((81, 508, 522, 590), rules[2:], [(150, 298, 294, 484)]) is None   # one rule
    True
    """
    seeds = [d for d in drawn if _near(cap, d, reach) and not _touch(d, cap)]
    if not seeds:
        return None
    area = min(seeds, key=lambda d: _gap(cap, d))
    used = 1
    grown = True
    while grown:
        grown = False
        for d in drawn:
            if _touch(d, area, pitch) and not _inside(d, area, 0) and not _touch(d, cap):
                area = _union([area, d])
                used += 1
                grown = True
    if used < 2 or area[2] - area[0] <= 30 or area[3] - area[1] <= 20:
        return None
    if not any(_inside(p, area, 2.0) for p in pieces):
        return None
    return area


def page_graphics(pdf_path: str | Path):
    """``graphics(page)`` for :func:`settle`: the pictures, boxes and rules
    drawn on a page of the PDF, as ``(x0, top, x1, bottom)`` in points from
    the page's top-left; full-page backgrounds and bands at the page's edge
    left out.  The PDF is opened on first use."""
    from .pdflayout.chars import page_box, page_rules, pdfium  # lazy: pypdfium2 36 ms, only when a PDF is read
    state: dict = {}

    def graphics(page: int) -> list:
        if "pdf" not in state:
            state["pdf"] = pdfium.PdfDocument(str(pdf_path))
        pdf = state["pdf"]
        if not 1 <= page <= len(pdf):
            return []
        pg = pdf[page - 1]
        box = page_box(pg)
        w, h = box[2] - box[0], box[3] - box[1]
        out = []
        for r in page_rules(pg, box):
            if (r.x1 - r.x0) * (r.bottom - r.top) > 0.5 * w * h:
                continue    # a background
            if r.bottom < 0.08 * h or r.top > 0.92 * h:
                continue    # a band in the page's head or foot
            out.append((r.x0, r.top, r.x1, r.bottom))
        return out
    return graphics


# ------------------------------------------------------------------ cut

def cut_name(digest: str, page: int, region, dpi: int = DPI) -> str:
    """The file name of a cut: the same PDF, page, area and resolution give
    the same name (so a rebuild finds it), anything else another.

    >>> cut_name("ab", 3, [1, 2, 3, 4]) == cut_name("ab", 3, [1.0, 2.0, 3.0, 4.0])
    True
    >>> cut_name("ab", 3, [1, 2, 3, 4]).startswith("p3-"), cut_name("ab", 3, [1, 2, 3, 5]) == cut_name("ab", 3, [1, 2, 3, 4])
    (True, False)
    """
    key = f"{digest}|{page}|{','.join(f'{float(v):.2f}' for v in region)}|{dpi}|clear"
    return f"p{page}-{hashlib.sha256(key.encode()).hexdigest()[:16]}.png"


def crop_clear(region, glyphs) -> tuple[float, float, float, float]:
    """The area to render for ``region``: the region with :data:`MARGIN`
    around it, but no glyph of the text around it cut in part (a caption's
    line right under a chart, the line above a table): above and below, the
    margin stops short of a glyph outside the region that it would reach,
    and a glyph that the region's own edge crosses, standing mostly
    outside, is left out with its line; left and right likewise, the
    margin stops short of a glyph beside the region (the line of a
    caption turned with its figure).  ``glyphs`` are ``(x0, top, x1,
    bottom)`` boxes of the page's characters.

    >>> crop_clear([100, 100, 300, 200], [(120, 202, 126, 211), (150, 150, 156, 158)])
    (96.0, 96.0, 304.0, 201.7)
    >>> crop_clear([100, 100, 300, 200], [(120, 90, 126, 101)])    # a line the region's top crosses
    (96.0, 101.3, 304.0, 204.0)
    >>> crop_clear([100, 100, 300, 200], [(92, 120, 98.5, 180)])    # a turned caption's line at the left
    (98.8, 96.0, 304.0, 204.0)
    """
    x0, top, x1, bottom = (float(v) for v in region)
    lo_top, hi_bottom = top - MARGIN, bottom + MARGIN
    lo_left, hi_right = x0 - MARGIN, x1 + MARGIN
    for gx0, gtop, gx1, gbottom in glyphs:
        if gx1 <= x0 - MARGIN or gx0 >= x1 + MARGIN or gbottom - gtop <= 0:
            continue
        mid = (gtop + gbottom) / 2
        if mid > bottom + 0.5 and gtop < hi_bottom:          # below: a caption's line
            hi_bottom = min(hi_bottom, max(gtop - 0.3, min(bottom, gtop - 0.3)))
        elif mid < top - 0.5 and gbottom > lo_top:           # above
            lo_top = max(lo_top, min(gbottom + 0.3, max(top, gbottom + 0.3)))
    for gx0, gtop, gx1, gbottom in glyphs:     # left and right: a turned caption's line beside it
        if gbottom <= top or gtop >= bottom or gx1 - gx0 <= 0:
            continue
        mid = (gx0 + gx1) / 2
        if mid > x1 + 0.5 and gx0 < hi_right:
            hi_right = min(hi_right, max(gx0 - 0.3, x1))
        elif mid < x0 - 0.5 and gx1 > lo_left:
            lo_left = max(lo_left, min(gx1 + 0.3, x0))
    return (round(lo_left, 2), round(lo_top, 2), round(hi_right, 2), round(hi_bottom, 2))


def _clear_of_text(pg, region) -> tuple[float, float, float, float]:
    """:func:`crop_clear` with the glyphs of the open pypdfium2 page ``pg``."""
    left, _bottom, _right, top = pg.get_cropbox()     # points from the crop box's top-left, as read
    tp = pg.get_textpage()
    try:
        glyphs = []
        for i in range(tp.count_chars()):
            ch = tp.get_text_range(i, 1)
            if not ch or ch.isspace():
                continue
            x0, y0, x1, y1 = tp.get_charbox(i)
            glyphs.append((x0 - left, top - y1, x1 - left, top - y0))
    finally:
        tp.close()
    return crop_clear(region, glyphs)


def turn_of(angles: list[float]) -> int:
    """How far to turn a cut picture (degrees counter-clockwise, as
    Pillow's ``rotate`` takes them) so that its text reads across: 0 when
    most of the text (its characters' angles, radians, as pdfium gives
    them) is upright; -90 when it runs up the page, 90 when it runs down;
    two thirds of the characters must agree.

    >>> turn_of([4.71] * 20 + [0.0] * 3), turn_of([1.57] * 9), turn_of([0.0] * 9 + [4.71] * 8), turn_of([])
    (-90, 90, 0, 0)
    """
    up = sum(1 for a in angles if abs(a - 1.5 * math.pi) < 0.2)
    down = sum(1 for a in angles if abs(a - 0.5 * math.pi) < 0.2)
    n = len(angles)
    if n >= 4 and up >= 2 * n / 3:
        return -90
    if n >= 4 and down >= 2 * n / 3:
        return 90
    return 0


def _text_turn(pg, region) -> int:
    """:func:`turn_of` the characters of the open pypdfium2 page ``pg``
    inside ``region`` (points from the crop box's top-left, unturned)."""
    raw = _pdfium().raw
    left, _bottom, _right, top = pg.get_cropbox()
    tp = pg.get_textpage()
    angles = []
    try:
        for i in range(tp.count_chars()):
            ch = tp.get_text_range(i, 1)
            if not ch or ch.isspace():
                continue
            cx0, cy0, cx1, cy1 = tp.get_charbox(i)
            mx, my = (cx0 + cx1) / 2 - left, top - (cy0 + cy1) / 2
            if region[0] <= mx <= region[2] and region[1] <= my <= region[3]:
                angles.append(raw.FPDFText_GetCharAngle(tp.raw, i))
    finally:
        tp.close()
    return turn_of(angles)


def _pdfium():
    """The pypdfium2 module (its C functions as ``.raw``), loaded when
    pictures are first cut."""
    import pypdfium2 as pdfium  # lazy: pypdfium2 36 ms, only when a PDF is read
    return pdfium


def cut(pdf, page: int, region, target: Path, dpi: int = DPI) -> tuple[float, float]:
    """Render ``region`` (``[x0, top, x1, bottom]`` in points from the page's
    top-left) of ``page`` (1-based) of the open pypdfium2 document ``pdf``
    at ``dpi`` into the PNG ``target``; returns the image's size in points
    (the area with :data:`MARGIN` around it, clipped to the page)."""
    pg = pdf[page - 1]
    left, low, right, high = pg.get_cropbox()       # the page unturned: the space regions are read in
    w, h = right - left, high - low
    x0, top, x1, bottom = _clear_of_text(pg, region)
    x0, top, x1, bottom = max(0.0, x0), max(0.0, top), min(w, x1), min(h, bottom)
    # (a page turned by its /Rotate is rendered unturned, as its text was read)
    bitmap = pg.render(scale=dpi / 72, rotation=(360 - pg.get_rotation()) % 360,
                       crop=(x0, h - bottom, w - x1, top))
    img = bitmap.to_pil()
    turn = _text_turn(pg, (x0, top, x1, bottom))
    if turn:                  # a figure or table set sideways: turned so that its text reads across
        img = img.rotate(turn, expand=True)
    buf = io.BytesIO()
    img.save(buf, format="PNG", dpi=(dpi, dpi), optimize=False)
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, buf.getvalue())
    # the size as the image has it (the same whether cut now or found later)
    return round(img.width * 72 / dpi, 2), round(img.height * 72 / dpi, 2)


def cut_figures(figures, pdf_path: str | Path, folder: str | Path, dpi: int = DPI) -> int:
    """Cut every :class:`~coursepack.model.Figure` of ``figures`` that has a
    page and an area from the PDF at ``pdf_path`` into ``folder/figures/``
    (``folder`` is the reading's build folder) and set its ``image``
    (relative to ``folder``), ``width`` and ``height``.  A figure whose
    area cannot be cut keeps no image (the edition prints its placeholder).
    Cuts made before (same PDF, page, area, resolution) are reused.
    Returns how many figures have an image."""
    figures = [f for f in figures if f.page and len(getattr(f, "region", []) or []) == 4]
    if not figures:
        return 0
    pdfium = _pdfium()
    pdf_path, folder = Path(pdf_path), Path(folder)
    digest = file_digest(pdf_path)
    done = 0
    pdf = None
    try:
        for f in figures:
            x0, top, x1, bottom = f.region
            if x1 - x0 < 8 or bottom - top < 8:
                continue
            name = cut_name(digest, f.page, f.region, dpi)
            target = folder / FIGURES / name
            try:
                if target.is_file():       # cut before: its size is in the PNG
                    from PIL import Image  # lazy: Pillow 7 ms, only when images are cut or checked
                    with Image.open(target) as im:
                        f.width, f.height = (round(v * 72 / dpi, 2) for v in im.size)
                    f.image = f"{FIGURES}/{name}"
                    done += 1
                    continue
                if pdf is None:
                    pdf = pdfium.PdfDocument(str(pdf_path))
                if f.page > len(pdf):
                    continue
                f.width, f.height = cut(pdf, f.page, f.region, target, dpi)
            except (OSError, pdfium.PdfiumError, ValueError, SyntaxError):
                continue
            f.image = f"{FIGURES}/{name}"
            done += 1
    finally:
        if pdf is not None:
            pdf.close()
    return done
