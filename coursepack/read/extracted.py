"""Reader for raw text extracted from a PDF: lines with their positions.

The text is kept exactly as received (no stripping, no normalisation): the
repair stage needs the leading space that marks a page start, the trailing
spaces and the blank lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..yamlio import read_text


@dataclass(frozen=True)
class SourceLine:
    """One source line: ``number`` is 1-based, ``text`` has no newline."""

    number: int
    text: str

    @property
    def blank(self) -> bool:
        """True for a line of whitespace only.

        >>> SourceLine(1, " \\u00a0 ").blank, SourceLine(2, " x").blank
        (True, False)
        """
        return not self.text.strip()

    @property
    def page_start(self) -> bool:
        """True when the line begins with an ASCII space (how extraction marks
        the first body line of a page).

        >>> SourceLine(1, " imports came").page_start, SourceLine(1, "x").page_start
        (True, False)
        """
        return self.text[:1] == " " and not self.blank


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
