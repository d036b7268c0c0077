"""A line as the layout stages see it (:class:`PLine`), in a module of its
own so that ``lines`` (which makes them) and ``order`` (which orders them,
and which ``lines`` asks for a page's gutters) both build on it."""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field


@dataclass(eq=False)
class PLine:
    """A line as the layout stages see it: its text, box, baseline,
    dominant style, superscript spans and how many table-like cells it
    was made of.  ``role``/``why`` are filled in by later stages."""

    page: int
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    base: float
    size: float
    font: str
    bold: bool
    italic: bool
    superscripts: list[tuple[int, int]] = field(default_factory=list)
    cells: int = 1
    upright: bool = True
    unmapped: int = 0
    role: str = ""
    why: str = ""
    col: int = 0
    #: length of a leading run in bold (or italics) before upright text of
    #: the body's style on the same line (a run-in head's candidate); 0: none
    lead: int = 0
    #: ``(start, end)`` spans of ``text`` set in an italic face (words in
    #: italics inside a roman line, or the whole line), and the text they
    #: were measured on (:meth:`italic_spans` follows later edits of it)
    italics: list[tuple[int, int]] = field(default_factory=list)
    styled: str = ""
    #: ``(start, end)`` spans of ``text`` set in a bold face, measured on
    #: ``styled`` as the italic spans are (:meth:`bold_spans`)
    bolds: list[tuple[int, int]] = field(default_factory=list)

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def body_text(self) -> str:
        """The text without its superscript spans (markers removed)."""
        if not self.superscripts:
            return self.text
        out, last = [], 0
        for a, b in self.superscripts:
            out.append(self.text[last:a])
            last = b
        out.append(self.text[last:])
        return "".join(out)

    def italic_spans(self) -> list[tuple[int, int]]:
        """The italic spans on the text as it stands now: where a later stage
        rewrote the text (letter-spaced words closed up, a lone unmapped glyph
        settled), each span follows its characters (those that survived).

        >>> ln = PLine(1, "a w o r d here", 0, 0, 1, 1, 1, 9, "", False, False, italics=[(2, 9)], styled="a w o r d here")
        >>> ln.text = "a word here"; [ln.text[a:b] for a, b in ln.italic_spans()]
        ['word']
        """
        return self._follow(self.italics)

    def bold_spans(self) -> list[tuple[int, int]]:
        """The bold spans on the text as it stands now (as :meth:`italic_spans`).

        >>> ln = PLine(1, "a w o r d here", 0, 0, 1, 1, 1, 9, "", False, False, styled="a w o r d here", bolds=[(0, 1)])
        >>> ln.text = "a word here"; [ln.text[a:b] for a, b in ln.bold_spans()]
        ['a']
        """
        return self._follow(self.bolds)

    def _follow(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        if not spans or self.text == self.styled:
            return list(spans)
        flags = [False] * len(self.styled)
        for a, b in spans:
            flags[a:b] = [True] * (b - a)
        new = [False] * len(self.text)
        sm = difflib.SequenceMatcher(None, self.styled, self.text, autojunk=False)
        for i, j, n in sm.get_matching_blocks():
            new[j:j + n] = flags[i:i + n]
        return spans_of(new, self.text)


def spans_of(flags: list[bool], text: str) -> list[tuple[int, int]]:
    """``(start, end)`` runs of true flags in ``text``, white space inside a
    run kept, at its edges left out.

    >>> spans_of([True, True, False, True, True, True], "ab cd ")
    [(0, 2), (3, 5)]
    """
    out: list[tuple[int, int]] = []
    start = -1
    for k, (f, ch) in enumerate(zip(flags, text)):
        if f and not ch.isspace():
            if start < 0:
                start = k
            end = k + 1
        elif start >= 0 and not (f and ch.isspace()):
            out.append((start, end))
            start = -1
    if start >= 0:
        out.append((start, end))
    return out
