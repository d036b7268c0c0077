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
