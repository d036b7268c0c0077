"""A line as the layout stages see it (:class:`PLine`), in a module of its
own so that ``lines`` (which makes them) and ``order`` (which orders them,
and which ``lines`` asks for a page's gutters) both build on it."""
from __future__ import annotations

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
