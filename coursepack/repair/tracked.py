"""Text that remembers where each character came from.

A :class:`Tracked` text keeps, for every character, its 1-based source
``(line, column)`` and whether it belongs to a protected span (a URL that
later word rules must not touch).  Rules return :class:`Edit` lists; the
edits are applied here, and each becomes a :class:`~coursepack.model.Change`
with the source position of what it replaced.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from operator import attrgetter

_BY_SPAN = attrgetter("start", "end")


@dataclass
class Edit:
    """Replace ``text[start:end]`` by ``replacement``.  ``why`` explains the
    decision; ``silent`` is False for emendations the editorial note lists;
    ``record`` False for edits too trivial to list (plain line joins)."""

    start: int
    end: int
    replacement: str
    why: str
    silent: bool = True
    record: bool = True
    protect: bool | None = None   # mark the replacement as protected (URL) or not


def apply_edits(text: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits (any order) to a plain string.

    >>> apply_edits("abcdef", [Edit(4, 5, "E", ""), Edit(0, 1, "", "")])
    'bcdEf'
    """
    out, last = [], 0
    for e in sorted(edits, key=_BY_SPAN):
        if e.start < last:
            continue
        out.append(text[last:e.start])
        out.append(e.replacement)
        last = e.end
    out.append(text[last:])
    return "".join(out)


def drop_overlaps(edits: list[Edit]) -> list[Edit]:
    """Sorted edits with later overlapping ones removed.

    >>> [(e.start, e.end) for e in drop_overlaps([Edit(2, 5, "", ""), Edit(0, 3, "", "")])]
    [(0, 3)]
    """
    out: list[Edit] = []
    append = out.append
    last = -1
    prev = None           # start of the last edit kept
    for e in sorted(edits, key=_BY_SPAN):
        a, b = e.start, e.end
        if a < last:
            continue
        if a == b:
            if a == prev:
                continue
            last = a + 1
        else:
            last = b if b > a else a
        append(e)
        prev = a
    return out


_LINE = 1 << 20   # positions are stored as line * _LINE + column


def position(line: int, col: int) -> int:
    """The code a :class:`Tracked` text keeps for source ``(line, col)``.

    >>> Tracked.from_lines([(3, 2, "ab")]).pos[1] == position(3, 3)
    True
    """
    return line * _LINE + col


@dataclass
class Tracked:
    """``pos`` holds ``line * 2**20 + column`` per character: a list, made
    an ``array('q')`` by the first edit that changes the text's length (an
    array is copied by memory, not object by object)."""

    text: str
    pos: list[int] | array = field(default_factory=list)
    protected: bytearray = field(default_factory=bytearray)

    @classmethod
    def from_lines(cls, lines: list[tuple[int, int, str]]) -> "Tracked":
        """Join ``(line_number, start_column, text)`` pieces with ``\\n``.

        >>> t = Tracked.from_lines([(3, 2, "ab"), (4, 1, "c")])
        >>> t.text, [t.where(i) for i in range(len(t.text))]
        ('ab\\nc', [(3, 2), (3, 3), (3, 4), (4, 1)])
        """
        text_parts: list[str] = []
        pos: list[int] = []
        for i, (ln, col, s) in enumerate(lines):
            if i:
                text_parts.append("\n")
                pos.append(pos[-1] + 1 if pos else ln * _LINE + col)
            text_parts.append(s)
            base = ln * _LINE + col
            pos += range(base, base + len(s))
        text = "".join(text_parts)
        return cls(text, pos, bytearray(len(text)))

    def where(self, i: int) -> tuple[int, int]:
        """Source ``(line, column)`` of character ``i``."""
        if not self.pos:
            return (0, 0)
        return divmod(self.pos[min(max(i, 0), len(self.pos) - 1)], _LINE)

    def is_protected(self, start: int, end: int) -> bool:
        return any(self.protected[start:max(end, start + 1)])

    def apply(self, edits: list[Edit]) -> list[tuple[Edit, str, tuple[int, int]]]:
        """Apply edits; returns ``(edit, before, (line, col))`` for each."""
        done = []
        text, pos, prot = self.text, self.pos, self.protected
        edits = drop_overlaps(edits)
        if all(len(e.replacement) == e.end - e.start and e.protect is None for e in edits):
            # same-length replacements: positions and protection stay as they are
            nt, last, n = [], 0, len(pos)
            for e in edits:
                a, b = e.start, e.end
                nt.append(text[last:a])
                nt.append(e.replacement)
                done.append((e, text[a:b], divmod(pos[min(a, n - 1)], _LINE) if n else (0, 0)))
                last = b
            nt.append(text[last:])
            self.text = "".join(nt)
            return done
        if not isinstance(pos, array):
            pos = array("q", pos)
        nt, np_, npr = [], array("q"), bytearray()
        last, n, m = 0, len(pos), len(prot)
        for e in edits:
            s = e.start
            if s < last:
                continue
            if s > last:
                nt.append(text[last:s])
                np_ += pos[last:s]
                npr += prot[last:s]
            code = pos[min(s, n - 1)] if n else 0
            p = prot[s] if s < m else 0
            if e.protect is not None:
                p = 1 if e.protect else 0
            r = e.replacement
            if r:
                nt.append(r)
                if len(r) == 1:
                    np_.append(code)
                    npr.append(p)
                else:
                    np_.extend([code] * len(r))
                    npr += (b"\x01" if p else b"\x00") * len(r)
            done.append((e, text[s:e.end], divmod(code, _LINE) if n else (0, 0)))
            last = e.end
        nt.append(text[last:])
        np_ += pos[last:]
        npr += prot[last:]
        self.text, self.pos, self.protected = "".join(nt), np_, npr
        return done

    def protect(self, start: int, end: int) -> None:
        self.protected[start:end] = b"\x01" * (end - start)
