"""Reader for raw text extracted from a PDF: lines with their positions.

The text is kept exactly as received (no stripping, no normalisation): the
repair stage needs the leading space that marks a page start, the trailing
spaces and the blank lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..yamlio import read_text


@dataclass(frozen=True)
class SourceLine:
    """One source line: ``number`` is 1-based, ``text`` has no newline.
    ``blank`` is true for a line of whitespace only; ``page_start`` when the
    line begins with an ASCII space (how extraction marks the first body
    line of a page).

    >>> l = SourceLine(1, " imports came")
    >>> l.blank, l.page_start, SourceLine(2, " \u00a0 ").blank
    (False, True, True)
    """

    number: int
    text: str
    blank: bool = field(init=False, repr=False, compare=False)
    page_start: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        blank = not self.text.strip()
        object.__setattr__(self, "blank", blank)
        object.__setattr__(self, "page_start", self.text[:1] == " " and not blank)


def split_lines(text: str) -> list[SourceLine]:
    """Split text into numbered lines (``\\r\\n`` and ``\\r`` count as line ends).

    >>> [(l.number, l.text) for l in split_lines("a\\r\\nb\\n\\nc")]
    [(1, 'a'), (2, 'b'), (3, ''), (4, 'c')]
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return [SourceLine(i + 1, t) for i, t in enumerate(text.split("\n"))] if text else []


def read_extracted(path: str | Path, display: str | None = None) -> tuple[str, list[SourceLine]]:
    """Read a UTF-8 extracted-text file: ``(text, lines)``.  Bad files raise
    :class:`~coursepack.errors.ContentError` naming the file."""
    text = read_text(Path(path), display)
    return text, split_lines(text)
