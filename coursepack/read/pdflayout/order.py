"""Columns and reading order on a page.

A page has two columns when a vertical strip near its middle is crossed
by no ordinary line while enough lines stand on either side of it.  Lines
that cross the strip (a title, an abstract, a wide table) are full width:
they cut the page into bands, and each band is read left column first,
then right.
"""

from __future__ import annotations

import re

from .lines import PLine


def find_gutter(lines: list[PLine], x_min: float, x_max: float) -> tuple[float, float] | None:
    """The gutter ``(left, right)`` between two columns, or ``None``.

    Looks for the widest x-range in the middle half of the text block
    crossed by (almost) no line of at most 60 % of the block's width (a
    short title or caption may cross it), with at least five such lines on
    each side.
    """
    width = x_max - x_min
    if width <= 0:
        return None
    narrow = [ln for ln in lines if ln.width <= 0.6 * width and len(ln.text) >= 20]   # not figure labels
    if len(narrow) < 10:
        return None
    lo, hi = x_min + 0.25 * width, x_min + 0.75 * width
    step = 1.0
    n = int((hi - lo) / step) + 1
    covered = [0] * n
    for ln in narrow:
        a = max(0, int((ln.x0 - lo) / step))
        b = min(n - 1, int((ln.x1 - lo) / step))
        for k in range(a, b + 1):
            covered[k] += 1
    # a title, a caption or a figure's labels may cross the gutter
    allowed = max(2, int(0.05 * len(narrow)), int(0.2 * max(covered)))
    best, cur_start = None, None
    for k in range(n + 1):
        free = k < n and covered[k] <= allowed
        if free and cur_start is None:
            cur_start = k
        elif not free and cur_start is not None:
            if best is None or k - cur_start > best[1] - best[0]:
                best = (cur_start, k)
            cur_start = None
    if best is None or (best[1] - best[0]) * step < 6:
        return None
    g0, g1 = lo + best[0] * step, lo + best[1] * step
    left = sum(1 for ln in narrow if ln.x1 <= g0 + 1)
    right = sum(1 for ln in narrow if ln.x0 >= g1 - 1)
    if left < 5 or right < 5:
        return None
    return g0, g1


def join_lines(a: PLine, b: PLine) -> PLine:
    """Two pieces of one line (left ``a``, right ``b``) as one line."""
    off = len(a.text) + 1
    return PLine(a.page, a.text + " " + b.text, min(a.x0, b.x0), min(a.top, b.top), max(a.x1, b.x1),
                 max(a.bottom, b.bottom), a.base, a.size if len(a.text) >= len(b.text) else b.size,
                 a.font if len(a.text) >= len(b.text) else b.font, a.bold and b.bold, a.italic and b.italic,
                 a.superscripts + [(x + off, y + off) for x, y in b.superscripts], max(a.cells - 1, 1),
                 a.upright, a.unmapped + b.unmapped, a.role, a.why, a.col, a.lead)


def _crosses_gutter(a: PLine, b: PLine, gutter: tuple[float, float] | None) -> bool:
    """Whether the gap between ``a`` and ``b`` (left, right) crosses the
    gutter: it spans the gutter, or its middle (hanging first lines of a
    reference list reach into a gutter found wide: "…, 29, 463–478." |
    "Messé, L. A., …" are the ends of two columns).

    >>> a = PLine(1, "Psychology, 29, 463–478.", 56, 0, 232.5, 9, 8, 9, "", False, False)
    >>> b = PLine(1, "Messé, L. A., Hertel, G.,", 246.4, 0, 426, 9, 8, 9, "", False, False)
    >>> _crosses_gutter(a, b, (233.0, 254.0)), _crosses_gutter(a, b, None)
    (True, False)
    """
    if gutter is None:
        return False
    mid = (gutter[0] + gutter[1]) / 2
    return a.x1 <= gutter[0] + 1 and b.x0 >= gutter[1] - 1 or a.x1 <= mid <= b.x0


def rejoin(lines: list[PLine], max_gap: float, gutter: tuple[float, float] | None) -> list[PLine]:
    """Join pieces of one line that a wide word space split (justified
    text in a narrow column), never across the gutter."""
    srt = sorted(lines, key=lambda ln: (round(ln.base), ln.x0))
    out: list[PLine] = []
    for ln in srt:
        if out:
            a = out[-1]
            same = abs(a.base - ln.base) <= 0.25 * max(a.size, ln.size) and a.role == ln.role
            gap = ln.x0 - a.x1
            across = _crosses_gutter(a, ln, gutter)
            number = re.fullmatch(r"(\d{1,2}\.)*\d{1,2}\.?|[a-zA-Z]\)|[IVX]{1,4}\.", a.text.strip()) is not None
            if same and 0 <= gap <= (4 if number else max_gap) * max(a.size, ln.size) and not across \
                    and abs(a.size - ln.size) < 1:
                out[-1] = join_lines(a, ln)
                continue
        out.append(ln)
    return out


def reading_order(lines: list[PLine], x_min: float, x_max: float) -> tuple[list[PLine], bool, list[PLine]]:
    """Lines of one page in reading order; ``(lines, two_columns, guessed)``.

    Each line's ``col`` is set: 0 full width (or single column), 1 left,
    2 right.  ``guessed`` lists the lines narrower than the page that cross
    the gutter between column lines above and below them (the order there
    is a guess); empty when none.
    """
    gutter = find_gutter(lines, x_min, x_max)
    lines = rejoin(lines, 2.5 if gutter else 1.6, gutter)
    srt = sorted(lines, key=lambda ln: (ln.top, ln.x0))
    if gutter is None:
        for ln in srt:
            ln.col = 0
        return srt, False, []
    g0, g1 = gutter
    mid = (g0 + g1) / 2   # a hanging marker may reach into the gutter
    for ln in srt:
        if ln.x1 <= mid:
            ln.col = 1
        elif ln.x0 >= mid - 1:
            ln.col = 2
        else:
            ln.col = 0
    out: list[PLine] = []
    band: list[PLine] = []
    guessed: list[PLine] = []

    def flush() -> None:
        out.extend(sorted((ln for ln in band if ln.col == 1), key=lambda ln: (ln.top, ln.x0)))
        out.extend(sorted((ln for ln in band if ln.col == 2), key=lambda ln: (ln.top, ln.x0)))
        band.clear()

    for k, ln in enumerate(srt):
        if ln.col == 0:
            # a wide line between column lines above and below it
            if band and any(o.col and o.top > ln.bottom for o in srt[k + 1:k + 4]) \
                    and any(o.col for o in band[-3:]):
                if ln.width < 0.8 * (x_max - x_min):
                    guessed.append(ln)
            flush()
            out.append(ln)
        else:
            band.append(ln)
    flush()
    return out, True, guessed
