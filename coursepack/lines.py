"""Line numbers of the laid-out reader, for the editorial apparatus.

An emendation is cited as a scholarly apparatus cites it: ``4.12 after]
a� er``, page and line of this edition.  WeasyPrint's page boxes know
every line; :func:`line_index` walks them once and answers, for the HTML
``id`` of a block (paragraph, heading, footnote) and a piece of its text,
where that text starts.

Lines are counted per page in the main text area, from the top of the page
body: every line box of the flow that shows something counts (headings
too); margin boxes (running heads, folios) and the footnote area do not.
Text inside a footnote is placed by the note's number and the line within
the note (``n. 12.2``), since notes are printed small at the page foot
with their own numbering.

Text is matched on the block's text as laid out, lines joined again:
whitespace is normalised, soft hyphens ignored, and a word hyphenated at a
line end (``emen‐`` / ``dation``) is found whole.  Generated content
(footnote calls, list markers, ``::before``/``::after``) is not part of
the text, so a snippet from the edition model matches across a note call.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable, Iterable

from .pdf import compat

__all__ = ["Place", "LineIndex", "line_index", "apparatus_place"]

# A line break whose source may or may not have had a space there (after a
# dash, at a forced break): matched by a space or by nothing.
_SPACE_OR_NOTHING = "\x00"
# A line ending in a hyphen: the hyphen of a hyphenated word (to drop) or a
# real one (``Nagorno-`` / ``Karabakh``): matched by a hyphen or by nothing.
_HYPHEN_OR_NOTHING = "\x01"
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u00ad": None})
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class Place:
    """Where a piece of text starts in the laid-out document.

    ``page`` is the 0-based index into ``Document.pages``.  In the main
    text ``line`` is the 1-based line on that page and ``note`` is None;
    in a footnote ``note`` is the note's label as printed (its call,
    e.g. ``"12"``) and ``line`` the 1-based line within the note."""

    page: int
    line: int
    note: str | None = None

    def __str__(self) -> str:
        """A short form for messages and tests.

        >>> str(Place(3, 12)), str(Place(3, 2, "12"))
        ('p3.12', 'p3 n. 12.2')
        """
        if self.note is None:
            return f"p{self.page}.{self.line}"
        return f"p{self.page} n. {self.note}.{self.line}"


def normalise(text: str) -> str:
    """The form text is compared in: whitespace runs as one space, soft
    hyphens removed, hyphen variants as ``-``.

    >>> normalise(" emen\\u00addation\\u00a0of\\n  Nagorno\\u2010Karabakh ")
    'emendation of Nagorno-Karabakh'
    """
    return _WS.sub(" ", text.translate(_HYPHENS)).strip()


def _pattern(snippet: str, ignore_case: bool = False) -> re.Pattern | None:
    """A regular expression finding ``snippet`` in a joined text, where a
    line joint (``\\x00``/``\\x01``) may stand between any two characters.

    >>> p = _pattern("emendation of Nagorno-Karabakh")
    >>> bool(p.search("the emen\\x01dation of\\x00Nagorno\\x01Karabakh"))
    True
    >>> bool(p.search("the emendation ofNagorno-Karabakh"))
    False
    """
    s = normalise(snippet)
    if not s:
        return None
    parts = []
    for i, c in enumerate(s):
        if c == " ":
            parts.append("[ \x00]")
        elif c == "-":
            parts.append("[-\x01]")
        else:
            parts.append(re.escape(c))
        if i + 1 < len(s) and c != " " and s[i + 1] != " ":
            parts.append("[\x00\x01]?")
    return re.compile("".join(parts), re.IGNORECASE if ignore_case else 0)


class _Text:
    """The lines of one element (by id), in document order, and their
    joined text (built on first use)."""

    __slots__ = ("lines", "_joined", "_starts", "_places")

    def __init__(self) -> None:
        self.lines: list[tuple[Place, list[str]]] = []
        self._joined: str | None = None
        self._starts: list[int] = []
        self._places: list[Place] = []

    def add(self, place: Place, text: str) -> None:
        if not self.lines or self.lines[-1][0] != place:
            self.lines.append((place, []))
        self.lines[-1][1].append(text)

    def joined(self) -> tuple[str, list[int]]:
        r"""The text with a joint character at each line break, and the
        offset where each line's text starts (lines with no text of this
        element are left out).

        >>> t = _Text()
        >>> lines = ["an emen\u2010", "", "dation of", "Nagorno-", "Karabakh "]
        >>> for n, piece in enumerate(lines):
        ...     t.add(Place(0, n + 1), piece)
        >>> t.joined()
        ('an emen\x01dation of\x00Nagorno\x01Karabakh', [0, 8, 18, 26])
        >>> t.place_at(8).line, t.place_at(17).line, t.place_at(18).line
        (3, 3, 4)
        """
        if self._joined is None:
            out: list[str] = []
            starts: list[int] = []
            places: list[Place] = []
            size = 0
            space_before = False  # the previous line ended with whitespace
            for place, pieces in self.lines:
                raw = "".join(pieces)
                text = normalise(raw)
                if not text:
                    space_before = space_before or bool(raw)
                    continue
                if out:
                    prev = out[-1]
                    if space_before or raw[:1].isspace():
                        joint = " "
                    elif prev.endswith("-"):
                        out[-1] = prev[:-1]
                        size -= 1
                        joint = _HYPHEN_OR_NOTHING
                    else:
                        joint = _SPACE_OR_NOTHING
                    out.append(joint)
                    size += 1
                starts.append(size)
                places.append(place)
                out.append(text)
                size += len(text)
                space_before = raw[-1:].isspace()
            self._joined, self._starts, self._places = "".join(out), starts, places
        return self._joined, self._starts

    def place_at(self, offset: int) -> Place:
        _, starts = self.joined()
        return self._places[max(0, bisect.bisect_right(starts, offset) - 1)]


class LineIndex:
    """Answers where a block's text was laid out.  Built by
    :func:`line_index`."""

    def __init__(self) -> None:
        self._texts: dict[str, _Text] = {}
        self.page_lines: dict[int, int] = {}  # main-text lines counted on each page

    def add(self, pages, offset: int = 0) -> "LineIndex":
        """Index more laid-out pages (one document of a chain laid out in
        segments): page ``i`` of ``pages`` is page ``offset + i``.  An id
        indexed before is replaced by its new layout.  Returns the index."""
        texts, counts = _index_pages(pages, offset)
        self._texts.update(texts)
        self.page_lines.update(counts)
        return self

    def dump(self) -> dict:
        """The index as plain data (kept with a segment's layout on disk).

        >>> i = LineIndex()
        >>> i._texts["p1"] = _Text(); i._texts["p1"].add(Place(0, 3, "2"), "an emen")
        >>> i.page_lines[0] = 40
        >>> j = LineIndex().add_dump(i.dump(), offset=5)
        >>> j._texts["p1"].lines, j.page_lines
        ([(Place(page=5, line=3, note='2'), ['an emen'])], {5: 40})
        """
        return {"texts": {i: [[p.page, p.line, p.note, pieces] for p, pieces in t.lines]
                          for i, t in self._texts.items()},
                "page_lines": [[k, v] for k, v in self.page_lines.items()]}

    def add_dump(self, data: dict, offset: int = 0) -> "LineIndex":
        """Index the pages of a :meth:`dump`, page ``i`` as ``offset + i``
        (as :meth:`add` does with laid-out pages)."""
        for block_id, lines in data["texts"].items():
            t = _Text()
            for page, line, note, pieces in lines:
                t.lines.append((Place(int(page) + offset, int(line), note), list(pieces)))
            self._texts[block_id] = t
        for page, count in data["page_lines"]:
            self.page_lines[int(page) + offset] = int(count)
        return self

    def __contains__(self, block_id: str) -> bool:
        return block_id in self._texts

    def start(self, block_id: str) -> Place | None:
        """The first line of a block (None if it was not laid out or
        shows no text)."""
        t = self._texts.get(block_id)
        if t is None:
            return None
        t.joined()
        return t._places[0] if t._places else None

    def text(self, block_id: str) -> str:
        """A block's text as matched: lines joined, whitespace normalised
        (joints at line ends shown as spaces)."""
        t = self._texts.get(block_id)
        if not t:
            return ""
        joined, _ = t.joined()
        return joined.replace(_SPACE_OR_NOTHING, " ").replace(_HYPHEN_OR_NOTHING, "")

    def locate(self, block_id: str, text: str, occurrence: int = 0,
               near: int | None = None) -> Place | None:
        """Where ``text`` starts in the block whose HTML id is ``block_id``.

        The ``occurrence``-th match (0-based) is taken; with ``near`` (an
        approximate character offset in the block's text), the match
        starting nearest to it.  Case is ignored only when no exact match
        exists.  None when the block is unknown, ``text`` is empty or not
        found."""
        t = self._texts.get(block_id)
        if t is None:
            return None
        joined, _ = t.joined()
        for ignore_case in (False, True):
            pattern = _pattern(text, ignore_case)
            if pattern is None:
                return None
            found = [m.start() for m in pattern.finditer(joined)]
            if not found:
                continue
            if near is not None:
                offset = min(found, key=lambda o: (abs(o - near), o))
            elif occurrence < len(found):
                offset = found[occurrence]
            else:
                return None
            return t.place_at(offset)
        return None


_GENERATED = ("::before", "::after", "::marker", "::footnote-call", "::footnote-marker")


def _is_generated(box) -> bool:
    """Generated content: footnote calls and markers, list markers,
    ``::before``/``::after`` (``::first-letter`` and ``::first-line`` are
    the element's own text)."""
    return (getattr(box, "element_tag", None) or "").endswith(_GENERATED)


def _is_outside_marker(box) -> bool:
    """A list marker laid out beside its item's first line (not a line of
    its own)."""
    return (getattr(box, "element_tag", None) or "").endswith("::marker") and \
        type(box).__name__ in ("AbsolutePlaceholder", "BlockBox")


def _own_id(box) -> str | None:
    element = getattr(box, "element", None)
    if element is None or _is_generated(box):
        return None
    return element.get("id")


def _shows_something(line) -> bool:
    """A line box with visible text or a replaced element (image) in it."""
    stack = list(line.children)
    while stack:
        b = stack.pop()
        text = getattr(b, "text", None)
        if (text is not None and text.strip()) or type(b).__name__.endswith("ReplacedBox"):
            if b.style["visibility"] == "visible":
                return True
        stack.extend(getattr(b, "children", ()))
    return False


def _texts_of(line, ids: tuple[str, ...]) -> Iterable[tuple[tuple[str, ...], str]]:
    """(ids the text belongs to, text) for every non-generated text box in
    a line, in order.  ``ids`` are those of the line's ancestors."""
    def walk(box, ids):
        if _is_generated(box):
            return
        own = _own_id(box)
        if own and own not in ids:
            ids = ids + (own,)
        text = getattr(box, "text", None)
        if text is not None:
            yield ids, text
        for child in getattr(box, "children", ()):
            yield from walk(child, ids)
    for child in line.children:
        yield from walk(child, ids)


def _calls(box, found: dict[int, str]) -> None:
    """The printed label of each footnote call, by footnote element."""
    if (getattr(box, "element_tag", None) or "").endswith("::footnote-call"):
        label = "".join(getattr(b, "text", "") or "" for b in _descendants(box)).strip()
        if label:
            found.setdefault(id(box.element), label)
        return
    for child in getattr(box, "children", ()):
        _calls(child, found)


def _descendants(box):
    yield box
    for child in getattr(box, "children", ()):
        yield from _descendants(child)


def line_index(pages, offset: int = 0) -> LineIndex:
    """Index the lines of laid-out pages (WeasyPrint ``Document.pages``, or
    a slice of them); page ``i`` of ``pages`` is page ``offset + i`` in the
    places.  Call it on the pages of the final layout pass.
    """
    return LineIndex().add(pages, offset)


def _index_pages(pages, offset: int) -> tuple[dict[str, _Text], dict[int, int]]:
    """The lines of each id'd element in ``pages``, and the main-text lines
    counted on each page."""
    boxes = compat.box_classes()

    texts: dict[str, _Text] = {}
    counts: dict[int, int] = {}
    page_boxes = [compat.page_box(p) for p in pages]

    calls: dict[int, str] = {}   # footnote element -> the label its call prints
    for page_box in filter(None, page_boxes):
        for child in page_box.children:
            if not isinstance(child, (boxes.MarginBox, boxes.FootnoteAreaBox)):
                _calls(child, calls)

    note_lines: dict[int, int] = {}   # footnote element -> its lines so far
    note_labels: dict[int, str] = {}

    def record(line, ids, place):
        for text_ids, text in _texts_of(line, ids):
            for i in text_ids:
                texts.setdefault(i, _Text()).add(place, text)

    def walk(box, ids, on_line):
        if _is_outside_marker(box):
            return
        own = _own_id(box)
        if own and own not in ids:
            ids = ids + (own,)
        if isinstance(box, boxes.LineBox):
            if _shows_something(box):
                on_line(box, ids)
            return
        for child in getattr(box, "children", ()):
            walk(child, ids, on_line)

    for number, page_box in enumerate(page_boxes, start=offset):
        if page_box is None:
            continue
        count = 0

        def main_line(line, ids):
            nonlocal count
            count += 1
            record(line, ids, Place(number, count))

        for child in page_box.children:
            if isinstance(child, boxes.MarginBox):
                continue
            if not isinstance(child, boxes.FootnoteAreaBox):
                walk(child, (), main_line)
                continue
            for footnote in child.children:
                element = footnote.element
                key = id(element) if element is not None else id(footnote)
                if key not in note_labels:
                    note_labels[key] = (
                        calls.get(key)
                        or (element.get("data-n") if element is not None else None)
                        or _trailing_number(_own_id(footnote))
                        or str(len(note_labels) + 1))

                def note_line(line, ids, key=key):
                    note_lines[key] = note_lines.get(key, 0) + 1
                    record(line, ids, Place(number, note_lines[key], note_labels[key]))

                walk(footnote, (), note_line)
        counts[number] = count
    return texts, counts


def _trailing_number(anchor: str | None) -> str | None:
    """The number an anchor ends with.

    >>> _trailing_number("slug--note-12"), _trailing_number("x")
    ('12', None)
    """
    m = re.search(r"(\d+)$", anchor or "")
    return m.group(1) if m else None


def apparatus_place(index: LineIndex | None, anchor: str, text: str,
                    page_number: Callable[[int], int | str | None],
                    fallback_page: int | str | None = None, *,
                    occurrence: int = 0, near: int | None = None,
                    memo: dict | None = None) -> dict:
    """The place of an emendation for the editorial note: a dict with
    ``page`` (printed, from ``page_number(page_index)``), ``line`` and
    ``note`` (None when unknown).  When the text cannot be placed, the page
    is ``fallback_page`` (e.g. the block's page from the anchors).
    ``occurrence`` and ``near`` choose among repeated matches as in
    :meth:`LineIndex.locate`.

    ``memo`` (a JSON-able dict the caller keeps between builds) remembers
    every place found; a block that was not laid out this time (its layout
    was reused, or the whole PDF was) is answered from it, so the editorial
    note prints the same places, and its HTML stays the same.

    >>> apparatus_place(None, "a--s1-p1", "after", lambda i: i + 1, 4)
    {'page': 4, 'line': None, 'note': None}
    >>> memo = {"a--s1-p1\\tafter": [2, 12, None]}
    >>> apparatus_place(LineIndex(), "a--s1-p1", "after", lambda i: i + 1, 3, memo=memo)
    {'page': 3, 'line': 12, 'note': None}
    """
    key = "\t".join([anchor, text] + ([str(occurrence)] if occurrence else [])
                     + ([f"~{near}"] if near is not None else []))
    if index is not None and anchor in index:
        place = index.locate(anchor, text, occurrence, near)
        if memo is not None:
            if place is None:
                memo.pop(key, None)
            else:
                memo[key] = [place.page, place.line, place.note]
    elif memo is not None and key in memo:
        page, line, note = memo[key]
        place = Place(page, line, note)
    else:
        place = None
    if place is None:
        return {"page": fallback_page, "line": None, "note": None}
    return {"page": page_number(place.page), "line": place.line, "note": place.note}
