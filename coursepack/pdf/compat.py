"""Every use of a private pypdf or WeasyPrint API, in one place.

pypdf and WeasyPrint make no promise about their private names (``_x``
attributes, internal modules); when an upgrade breaks one, this is the only
file to change.  ``tests/house/test_compat.py`` fails if a private use
appears anywhere else in the package.

pypdf (7.x): ``PdfWriter._add_object`` adds an object to the file and
returns its reference; ``PdfWriter._root_object`` is the catalog.
WeasyPrint (70): ``Page._page_box`` is the laid-out box tree of a page;
``weasyprint.formatting_structure.boxes`` its box classes;
``weasyprint.layout.background.layout_box_backgrounds`` places a box's
backgrounds again after its size changed; ``weasyprint.layout.inline``
calls ``split_first_line`` to break a text run into lines;
``weasyprint.text.ffi.ffi`` is its cffi ``FFI``, whose cache of parsed C
types is ``FFI._parsed_types`` (cffi's, private).
"""

from __future__ import annotations

import contextlib
import copy
import re

from ..wpload import part


def add_object(writer, obj):
    """Add ``obj`` to ``writer``'s file; its indirect reference."""
    return writer._add_object(obj)


def root_object(writer):
    """The document catalog of ``writer`` (a dictionary to change in place)."""
    return writer._root_object


def page_box(page, default=None):
    """The laid-out box tree of a WeasyPrint ``Page`` (``default`` when the
    page has none, e.g. a stand-in object)."""
    return getattr(page, "_page_box", default)


def box_classes():
    """WeasyPrint's module of box classes (``MarginBox``, ``FootnoteAreaBox``, ...)."""
    return part("weasyprint.formatting_structure.boxes")


def place_backgrounds(page, box, fetch_image) -> None:
    """Lay out again the backgrounds of ``box`` on ``page`` (after its height
    changed), not its children's; ``fetch_image`` is called for an image."""
    part("weasyprint.layout.background").layout_box_backgrounds(page._page_box, box, fetch_image, layout_children=False)


def wrap_box_tree_builder(wrap) -> None:
    """Replace WeasyPrint's tag builder (``weasyprint.pdf.tags._build_box_tree``,
    private) by ``wrap(builder)``, once: the PDF/UA tagging of
    :mod:`coursepack.standards.pdfua` hooks in there."""
    tags = part("weasyprint.pdf.tags")
    if not getattr(tags._build_box_tree, "coursepack", False):
        tags._build_box_tree = wrap(tags._build_box_tree)


def wrap_split_first_line(wrap) -> None:
    """Replace the ``split_first_line`` that WeasyPrint's inline layout
    (``weasyprint.layout.inline``, private) calls by ``wrap(original)``,
    once: :mod:`coursepack.weasyfixes` mends a line break there."""
    inline = part("weasyprint.layout.inline")
    if not getattr(inline.split_first_line, "coursepack", False):
        inline.split_first_line = wrap(inline.split_first_line)
        inline.split_first_line.coursepack = True


class _Hyphenation:
    """What WeasyPrint's line breaking asks of its layout context: the
    hyphenation dictionaries it loaded (``LayoutContext.dictionaries``)."""

    def __init__(self):
        self.dictionaries: dict = {}


def lines_at_least(text: str, style, width: float, most: int = 8) -> int:
    """How many lines ``text`` (white space collapsed) takes at least in a
    box of ``width`` CSS px with ``style`` (a laid-out box's computed style),
    broken as WeasyPrint's inline layout breaks it
    (``weasyprint.layout.inline.split_first_line``, private: hyphenation
    included): each line starts where the one before it broke (at most ``most``)."""
    split = part("weasyprint.layout.inline").split_first_line
    context, lines, rest = _Hyphenation(), 1, text.strip(" \t\n\r\f")
    while lines < most:
        _, _, resume, _, _, _ = split(rest, style, context, width, 0, True)
        if resume is None or resume <= 0 or resume >= len(rest):
            break
        rest, lines = rest[resume:].lstrip(" \t\n\r\f"), lines + 1
        if not rest:
            break
    return lines


_SIZED = re.compile(r"(\w+(?: \w+)*)\[(\d+)\]")


class _ArrayTypes(dict):
    """cffi's cache of parsed C types (declaration → (type, is a function)),
    which makes an array type of a length not asked for before, ``T[n]``,
    from ``T[]`` instead of parsing the declaration: cffi's types are
    unique, so it is the object the parse would give."""

    def __init__(self, ffi, parsed: dict):
        super().__init__(parsed)
        self.ffi = ffi

    def __missing__(self, cdecl):
        m = _SIZED.fullmatch(cdecl) if isinstance(cdecl, str) else None
        if m is None:
            raise KeyError(cdecl)       # cffi parses it
        item = self.ffi.typeof(m.group(1) + "[]").item
        backend = self.ffi._backend
        self[cdecl] = (backend.new_array_type(backend.new_pointer_type(item), int(m.group(2))),
                       False)
        return self[cdecl]


def quick_array_types() -> None:
    """WeasyPrint asks cffi for ``hb_codepoint_t[n]`` (n: the glyphs a font's
    subset keeps), a declaration cffi parses with pycparser for each new n
    (2-3 ms each, about ten in every process that writes a PDF); here the
    cache of WeasyPrint's ``FFI`` is replaced, once, by :class:`_ArrayTypes`."""
    ffi = part("weasyprint.text.ffi").ffi
    if not isinstance(ffi._parsed_types, _ArrayTypes):
        ffi._parsed_types = _ArrayTypes(ffi, ffi._parsed_types)


# ------------------------------------------------------------ a layout resumed at a page
#
# WeasyPrint (70) lays a document out page by page: ``weasyprint.layout.page.
# remake_page(i, context, …)`` makes page i from ``context.page_maker[i]`` (where
# the page starts in the box tree, as child indices; its side; the page
# counters), the notes still waiting (``context.footnotes``) and those moved
# from the page before (``context.reported_footnotes``).  ``weasyprint.layout.
# make_all_pages`` keeps a page whose ``page_maker`` item did not change.  A
# document that differs from one laid out before only from some page on (a
# paragraph cut for its note) is laid out from that page: the pages before it
# are taken as they were, and the layout starts from their state.


class PageStates:
    """What a layout was at the start of each of its pages (recorded while
    it is made: :func:`paged`), so that the layout of a document that is the
    same up to page ``start`` can begin there (``PageStates(start=…)`` of
    these: :meth:`resumed`).  ``used`` says whether a layout began at
    ``start`` (otherwise it was made from the first page)."""

    def __init__(self, base: "PageStates | None" = None, start: int = 0, stop: bool = False):
        self.base, self.start, self.used = base, start, False
        self.stop = stop            # stop at the first page whose note is put off (Deferred)
        self.deferred: list = []    # then: (the note's id, the page it was put off from)
        self.ok = True
        self.items: list = []       # page_maker items (without remake state) at each page's start
        self.waiting: list = []     # (notes waiting, notes moved here) as note indices
        self.quiet: list = []       # no float or box broken over the page before it
        self.anchors: list = []     # the anchors the page cached (target counters)
        self.pages: list = []       # the page boxes and their children before margin boxes
        self.notes: list = []       # each note's (tag, id, number): the document's notes
        self.sizes: dict = {}
        self.calls = 0

    def resumed(self, start: int, stop: bool = False) -> "PageStates":
        return PageStates(self, start, stop)

    # -- recording (in remake_page)
    def before(self, index: int, context) -> None:
        order = {id(n): i for i, n in enumerate(self._tree_notes)}
        try:
            waiting = ([order[id(n)] for n in context.footnotes],
                       [order[id(n)] for n in context.reported_footnotes])
        except KeyError:
            self.ok = False
            return
        if index != len(self.items):
            self.ok = False
            return
        resume_at, next_page, right_page, page_state, _ = context.page_maker[index]
        self.items.append(copy.deepcopy((resume_at, next_page, right_page, page_state)))
        self.waiting.append(waiting)
        self.quiet.append(not context.broken_out_of_flow)

    def after(self, index: int, page, context) -> None:
        if not self.ok or index != len(self.pages):
            self.ok = False
            return
        if page.fixed_boxes:        # placed on every page again by layout_document
            self.ok = False
            return
        self.pages.append((page, list(page.children)))
        self.anchors.append(list(context.page_maker[index][-1]["anchors"]))
        if index == 0:
            self.sizes = dict(context.style_for.initial_page_sizes)
        if self.stop and context.reported_footnotes:
            calls = {id(b.footnote) for b in page.descendants() if b.footnote is not None}
            put_off = [n for n in context.reported_footnotes if id(n) in calls]
            if put_off:
                self.deferred = [(_note_key(n)[1], index) for n in put_off]
                raise Deferred()

    def begin(self, context) -> list:
        """At the start of a layout: the pages kept from the base layout
        (none when it cannot begin at ``start``), the context set as it was
        at the start of that page."""
        self.calls += 1
        self._tree_notes = list(context.footnotes)
        self.notes = [_note_key(n) for n in self._tree_notes]
        if self.calls > 1:          # laid out again for page counters: not resumable
            self.ok = False
            if self.used:
                raise Relayout()
            return []
        if context.running_elements or context.target_collector.counter_lookup_items:
            self.ok = False
        base, start = self.base, self.start
        if not (base is not None and self.ok and base.ok and 0 < start < len(base.pages)
                and start < len(base.items) and base.quiet[start] and base.notes == self.notes):
            return []
        notes = self._tree_notes
        context.footnotes[:] = [notes[i] for i in base.waiting[start][0]]
        context.reported_footnotes[:] = [notes[i] for i in base.waiting[start][1]]
        context.page_maker[:] = [
            (*copy.deepcopy(base.items[i]), {"content_changed": i == start, "pages_wanted": False,
                                             "anchors": list(base.anchors[i]) if i < start else [],
                                             "content_lookups": []})
            for i in range(start + 1)]
        context.style_for.initial_page_sizes.update(base.sizes)
        self.items = base.items[:start]
        self.waiting, self.quiet = base.waiting[:start], base.quiet[:start]
        self.anchors, self.pages, self.sizes = base.anchors[:start], base.pages[:start], base.sizes
        self.used = True
        kept = []
        for page, children in self.pages:
            copied = page.copy()            # margin boxes are made again, on a copy
            copied.children = list(children)
            kept.append(copied)
        return kept


class Deferred(Exception):
    """A note put off to a later page than its call's, in a layout asked to
    stop there (``PageStates.stop``): its pages so far are
    :func:`pages_so_far`."""


def pages_so_far(states: PageStates) -> list:
    """The pages a layout stopped by :class:`Deferred` made (WeasyPrint
    ``Page`` objects without their margin boxes: their anchors and links)."""
    page_class = part("weasyprint.document").Page
    return [page_class(page) for page, _children in states.pages]


class Relayout(Exception):
    """A resumed layout that cannot go on (WeasyPrint lays the pages out
    again for their counters): lay the document out from its first page."""


def _note_key(note) -> tuple:
    el = note.element
    return (note.element_tag, el.get("id") if el is not None else None,
            el.get("data-n") if el is not None else None)


_PAGED: list = []      # the PageStates of the layout under way (one at a time in a process)


@contextlib.contextmanager
def paged(states: PageStates | None):
    """Lay out (``HTML.render``) inside this to record each page's start in
    ``states`` (and, for ``states.resumed(k)``, to begin at page ``k``)."""
    if states is None:
        yield
        return
    _hook_pages()
    _PAGED.append(states)
    try:
        yield
    finally:
        _PAGED.pop()


def _hook_pages() -> None:
    """Wrap ``weasyprint.layout.make_all_pages`` and ``weasyprint.layout.page.
    remake_page`` (private), once: without a :func:`paged` layout under
    way, they do what they did."""
    layout, page_mod = part("weasyprint.layout"), part("weasyprint.layout.page")
    if getattr(layout.make_all_pages, "coursepack", False):
        return
    make_all, remake = layout.make_all_pages, page_mod.remake_page

    def make_all_pages(context, root_box, html, pages):
        states = _PAGED[-1] if _PAGED else None
        if states is not None:
            kept = states.begin(context)
            for page in kept:       # the styles of their page types, for their margin boxes
                page_mod.set_page_type_computed_styles(page.page_type, html, context.style_for)
            pages = kept or pages
        yield from make_all(context, root_box, html, pages)

    def remake_page(index, context, root_box, html):
        states = _PAGED[-1] if _PAGED else None
        if states is not None and states.ok:
            states.before(index, context)
        page, resume_at = remake(index, context, root_box, html)
        if states is not None and states.ok:
            states.after(index, page, context)
        return page, resume_at

    make_all_pages.coursepack = True
    layout.make_all_pages, page_mod.remake_page = make_all_pages, remake_page


# ------------------------------------------------------------ the notes' area, measured
#
# Each time a note is added to a page (or moved off it), WeasyPrint (70) lays
# the page's whole note area out again to know its height
# (``LayoutContext._update_footnote_area``, private): a page of ten notes
# lays its first note out ten times, each line broken again
# (``weasyprint.layout.inline.split_first_line``) and each note's number (an
# inline block) measured again (``inline_block_width``).  Those trial areas are
# measured and dropped, never drawn; in them, a line broken or a number
# measured before (same text, style and width, in the same layout) is taken
# from a memo: the same results, computed once.  So is a note laid out before
# in a trial area of the same layout at the same place (the area does not move
# while its page is made: a note is where it was in the trial before, the
# notes above it being the same): ``weasyprint.layout.block.
# block_level_layout`` (private) with the same inputs gives the same boxes.


_TRIAL: list = []       # the memo of the trial area under way: (lines, widths, styles kept)


def quick_note_areas() -> None:
    """Put the memo of trial note areas in place, once (see above)."""
    layout, inline = part("weasyprint.layout"), part("weasyprint.layout.inline")
    area = layout.LayoutContext._update_footnote_area
    if getattr(area, "coursepack", False):
        return
    split, width = inline.split_first_line, inline.inline_block_width

    def update_area(self):
        memo = self.__dict__.get("coursepack_trials")
        if memo is None:
            memo = self.coursepack_trials = ({}, {}, [])
        _TRIAL.append(memo)
        try:
            return area(self)
        finally:
            _TRIAL.pop()

    def split_first_line(text, style, context, max_width, justification_spacing,
                         is_line_start=True, minimum=False):
        if not _TRIAL:
            return split(text, style, context, max_width, justification_spacing,
                         is_line_start, minimum)
        lines, _, kept = _TRIAL[-1]
        key = (text, id(style), max_width, justification_spacing, is_line_start, minimum)
        found = lines.get(key)
        if found is None:
            found = lines[key] = split(text, style, context, max_width, justification_spacing,
                                       is_line_start, minimum)
            kept.append(style)      # (its id stays its own while the memo lives)
        return found

    def inline_block_width(box, context, containing_block):
        if not _TRIAL or box.width != "auto":
            return width(box, context, containing_block)
        _, widths, kept = _TRIAL[-1]
        key = (id(box.style), box.element_tag, containing_block.width, box.margin_left,
               box.margin_right, box.padding_left, box.padding_right, box.border_left_width,
               box.border_right_width, _texts(box))
        found = widths.get(key)
        if found is None:
            width(box, context, containing_block)
            widths[key] = found = box.width
            kept.append(box.style)
        box.width = found

    update_area.coursepack = True
    layout.LayoutContext._update_footnote_area = update_area
    inline.split_first_line, inline.inline_block_width = split_first_line, inline_block_width
    split_first_line.coursepack = getattr(split, "coursepack", False)
    _memo_notes()


def _memo_notes() -> None:
    """A note of a trial area laid out from the memo (see above)."""
    block = part("weasyprint.layout.block")
    lay, area_box = block.block_level_layout, box_classes().FootnoteAreaBox

    def block_level_layout(context, box, bottom_space, skip_stack, containing_block,
                           page_is_empty=True, absolute_boxes=None, fixed_boxes=None,
                           adjoining_margins=None, first_letter_style=None,
                           first_line_style=None, discard=False, max_lines=None):
        args = (context, box, bottom_space, skip_stack, containing_block, page_is_empty,
                absolute_boxes, fixed_boxes, adjoining_margins, first_letter_style,
                first_line_style, discard, max_lines)
        if not _TRIAL or skip_stack is not None or type(containing_block) is not area_box \
                or first_letter_style is not None or first_line_style is not None:
            return lay(*args)
        _, widths, kept = _TRIAL[-1]
        shapes = tuple((id(s), s.position_y) for s in context.excluded_shapes)
        key = ("note", id(box.element), id(box.style), box.element_tag, box.position_x,
               box.position_y, bottom_space, containing_block.width, page_is_empty,
               tuple(adjoining_margins or ()), discard, max_lines, context.current_page > 1,
               context.forced_break, shapes)
        found = widths.get(key)
        if found is None:
            widths[key] = found = lay(*args)
            kept.extend((box.style, box.element))
        new_box, resume_at, next_page, margins, through, lines = found
        return new_box, resume_at, dict(next_page), list(margins), through, lines

    block.block_level_layout = block_level_layout


def _texts(box) -> tuple:
    """The texts of a box and its descendants, in order."""
    out, stack = [], [box]
    while stack:
        b = stack.pop()
        text = getattr(b, "text", None)
        if text is not None:
            out.append(text)
        stack.extend(reversed(getattr(b, "children", ())))
    return tuple(out)
