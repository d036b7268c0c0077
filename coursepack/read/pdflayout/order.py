"""Columns and reading order on a page.

A page has two columns when a vertical strip near its middle is crossed
by no ordinary line while enough lines stand on either side of it.  Lines
that cross the strip (a title, an abstract, a wide table) are full width:
they cut the page into bands, and each band is read left column first,
then right.
"""

from __future__ import annotations

import re

from .pline import PLine


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
    g0, g1 = _narrowed(narrow, g0, g1)
    # a line on either side of the gutter's middle (the few lines crossing
    # into it: hanging numbers of a short list's entries "10. …")
    # rows on either side, short pieces too (a justified line's words set
    # apart by wide spaces in a narrow column: "visitors,  although  opening")
    mid = (g0 + g1) / 2
    rows = [ln for ln in lines if ln.width <= 0.6 * width and ln.text.strip()]
    left = len({round(ln.top) for ln in rows if ln.x1 <= mid})
    right = len({round(ln.top) for ln in rows if ln.x0 >= mid})
    # (and lines of words on both: not a column of names beside an abstract)
    if min(sum(1 for ln in narrow if ln.x1 <= mid), sum(1 for ln in narrow if ln.x0 >= mid)) < 3:
        return None
    if left < 5 or right < 5:
        return None
    return g0, g1


def _narrowed(lines: list[PLine], g0: float, g1: float) -> tuple[float, float]:
    """The gutter ``(g0, g1)`` narrowed to an edge of lines standing in it
    from one side: the first lines of a right column's entries set out to
    its edge, their runovers indented (LaTeX's ``thebibliography`` under a
    narrow ``\\columnsep``), or a left column's justified lines reaching
    in.  The few lines :func:`find_gutter` lets cross a gutter would else
    widen it to the runovers' indent, and its middle would leave those
    first lines outside their column.  An edge is two lines or more
    starting within a point of one another on the right (left edges are
    set so), three ending so on the left: ragged ends (short notes across
    the page's foot) are no edge.  Unchanged when what is left is under
    3 pt.

    >>> L = lambda x0, x1: PLine(1, "x" * 30, x0, 0, x1, 9, 7, 9, "", False, False)
    >>> _narrowed([L(72, 292)] + [L(302, 523)] * 3 + [L(317, 523)], 292.7, 316.7)
    (292.7, 302)
    >>> _narrowed([L(72, 292), L(302, 523), L(317, 523)], 292.7, 316.7)
    (292.7, 316.7)
    >>> _narrowed([L(72, 292), L(306.3, 520), L(306.3, 513), L(329, 519)], 286.3, 328.3)
    (286.3, 306.3)
    >>> _narrowed([L(72, 300), L(72, 303.5), L(72, 308)], 292.7, 316.7)
    (292.7, 316.7)
    """
    rights = sorted(ln.x0 for ln in lines if g0 + 1 < ln.x0 < g1 and ln.x1 > g1 + 10)
    lefts = sorted((ln.x1 for ln in lines if g0 < ln.x1 < g1 - 1 and ln.x0 < g0 - 10), reverse=True)
    edge = lambda xs, n: next((x for x in xs if sum(1 for y in xs if abs(y - x) <= 1) >= n), None)  # noqa: E731
    a, b = edge(lefts, 3), edge(rights, 2)
    a, b = (g0 if a is None else max(g0, a + 0.0)), (g1 if b is None else min(g1, b))
    if b - a < 3:
        return g0, g1
    return a, b


def join_lines(a: PLine, b: PLine) -> PLine:
    """Two pieces of one line (left ``a``, right ``b``) as one line.  A
    left piece all in bold keeps the lead of a bold run-in head on:
    "3.1" of "3.1 Results. The …" split by a justified line's wide space
    (the right piece's lead, or the whole left piece before upright text).

    >>> P = lambda t, x0, x1, bold, lead=0: PLine(1, t, x0, 0, x1, 9, 7, 9, "", bold, False, lead=lead)
    >>> join_lines(P("3.1", 50, 62, True), P("Results. The branches were chosen.", 80, 250, False, 8)).lead
    12
    >>> join_lines(P("Results.", 50, 90, True), P("The branches were chosen by lot.", 110, 250, False)).lead
    8
    """
    off = len(a.text) + 1
    lead = a.lead
    if not lead and a.bold and not b.bold and b.lead:
        lead = off + b.lead
    elif not lead and a.bold and not b.bold and not b.lead and a.text.rstrip()[-1:] in ".:":
        lead = len(a.text.rstrip())
    elif lead and b.bold:       # bold again after it: no lead before upright text
        lead = 0
    return PLine(a.page, a.text + " " + b.text, min(a.x0, b.x0), min(a.top, b.top), max(a.x1, b.x1),
                 max(a.bottom, b.bottom), a.base, a.size if len(a.text) >= len(b.text) else b.size,
                 a.font if len(a.text) >= len(b.text) else b.font, a.bold and b.bold, a.italic and b.italic,
                 a.superscripts + [(x + off, y + off) for x, y in b.superscripts], max(a.cells - 1, 1),
                 a.upright, a.unmapped + b.unmapped, a.role, a.why, a.col, lead,
                 _joined_italics(a.italic_spans(), b.italic_spans(), off), a.text + " " + b.text,
                 _joined_italics(a.bold_spans(), b.bold_spans(), off))


def _joined_italics(first: list[tuple[int, int]], second: list[tuple[int, int]], off: int) -> list[tuple[int, int]]:
    """The italic (or bold) spans of two lines joined by a space (``off``:
    where the second starts); a run that ends one and starts the other is
    one run."""
    second = [(x + off, y + off) for x, y in second]
    if first and second and first[-1][1] == off - 1 and second[0][0] == off:
        return first[:-1] + [(first[-1][0], second[0][1])] + second[1:]
    return first + second


def _crosses_gutter(a: PLine, b: PLine, gutter: tuple[float, float] | None) -> bool:
    """Whether the gap between ``a`` and ``b`` (left, right) crosses the
    gutter: it spans the gutter, or its middle (hanging first lines of a
    reference list reach into a gutter found wide: "…, 29, 463–478." |
    "Messé, L. A., …" are the ends of two columns).

    >>> a = PLine(1, "Psychology, 29, 463–478.", 56, 0, 232.5, 9, 8, 9, "", False, False)
    >>> b = PLine(1, "Messé, L. A., Hertel, G.,", 246.4, 0, 426, 9, 8, 9, "", False, False)
    >>> _crosses_gutter(a, b, (233.0, 254.0)), _crosses_gutter(a, b, None)
    (True, False)
    >>> a = PLine(1, "bias, and the influence of contextual variation and", 57.6, 0, 234.7, 9, 8, 9, "", False, False)
    >>> b = PLine(1, "died on December 1 2004.", 255.6, 0, 348.5, 9, 8, 9, "", False, False)
    >>> _crosses_gutter(a, b, (221.0, 255.6))
    True
    """
    if gutter is None:
        return False
    mid = (gutter[0] + gutter[1]) / 2
    # (or ``a`` starts in the left column and ends in the gutter, ``b`` at
    # the right column's edge, more than a word space between: the two
    # columns' lines of one row)
    return a.x1 <= gutter[0] + 1 and b.x0 >= gutter[1] - 1 or a.x1 <= mid <= b.x0 \
        or a.x0 < mid and a.x1 < gutter[1] - 1 and gutter[1] - 1 <= b.x0 <= gutter[1] + 1.5 \
        and b.x0 - a.x1 > 0.6 * min(a.size, b.size)


def banded_gutter(lines: list[PLine], x_min: float, x_max: float) -> tuple[float, float] | None:
    """The gutter of the columns under (or over) matter set across the
    page, too many lines of it for :func:`find_gutter` (a first page: title,
    subtitle, authors, affiliation and abstract over two short columns).

    The page is cut into bands at each line over the middle of the text
    block; the band with the most lines of words must show a gutter of its
    own, its two sides columns of body text: the page's most common size,
    each side's lines starting at one left edge (not a table's cells, not
    a one-column page's short lines).

    >>> L = lambda x0, top, x1, s=9: PLine(1, "x" * 30, x0, top, x1, top + s, top + s - 2, s, "", False, False)
    >>> front = [L(150, 10, 400, 14), L(200, 30, 350, 11), L(220, 45, 330), L(210, 60, 340)]
    >>> cols = [L(50, 80 + 12 * k, 280) for k in range(8)] + [L(300, 80 + 12 * k, 530) for k in range(8)]
    >>> find_gutter(front + cols, 50, 530), banded_gutter(front + cols, 50, 530)
    (None, (281.0, 300.0))
    >>> banded_gutter(front + [L(50, 80 + 12 * k, 530) for k in range(8)], 50, 530)
    """
    mid = (x_min + x_max) / 2
    bands: list[list[PLine]] = [[]]
    for ln in sorted(lines, key=lambda ln: ln.top):
        if ln.x0 < mid - 2 and ln.x1 > mid + 2:
            if bands[-1]:
                bands.append([])
        else:
            bands[-1].append(ln)
    band = max(bands, key=lambda b: sum(1 for ln in b if len(ln.text) >= 20))
    if len(band) >= len(lines) or len(band) < 10:
        return None
    g = find_gutter(band, x_min, x_max)
    if g is None:
        return None
    sizes = [round(ln.size * 2) / 2 for ln in lines if len(ln.text) >= 20]
    common = max(set(sizes), key=sizes.count) if sizes else 0
    for side in ([ln for ln in band if ln.x1 <= g[0] + 1], [ln for ln in band if ln.x0 >= g[1] - 1]):
        words = [ln for ln in side if len(ln.text) >= 20]
        left = min(ln.x0 for ln in side)
        # each row's start (a justified line's words may stand apart as pieces)
        starts: dict[int, float] = {}
        for ln in side:
            starts[round(ln.top)] = min(starts.get(round(ln.top), ln.x0), ln.x0)
        if sum(1 for ln in words if abs(ln.size - common) <= 0.5) < 0.6 * len(words) \
                or sum(1 for x in starts.values() if x - left <= 3) < 0.5 * len(starts):
            return None
    return g


def find_gutters(lines: list[PLine], x_min: float, x_max: float) -> list[tuple[float, float]]:
    """The gutters between the columns, left to right: none, one, or two
    (three columns: a second gutter within one side of the first, the
    three columns of about one width)."""
    g = find_gutter(lines, x_min, x_max) or banded_gutter(lines, x_min, x_max)
    if g is None:
        return []
    for side in ([ln for ln in lines if ln.x1 <= g[0] + 1], [ln for ln in lines if ln.x0 >= g[1] - 1]):
        if not side:
            continue
        lo, hi = min(ln.x0 for ln in side), max(ln.x1 for ln in side)
        inner = find_gutter(side, lo, hi)
        if inner is None:
            continue
        gs = sorted([g, inner])
        edges = [x_min, gs[0][0], gs[0][1], gs[1][0], gs[1][1], x_max]
        widths = [edges[1] - edges[0], edges[3] - edges[2], edges[5] - edges[4]]
        if min(widths) >= 0.8 * max(widths):
            return gs
    return [g]


def rejoin(lines: list[PLine], max_gap: float, gutter: tuple[float, float] | None | list) -> list[PLine]:
    """Join pieces of one line that a wide word space split (justified
    text in a narrow column), never across a gutter."""
    gutters = gutter if isinstance(gutter, list) else ([gutter] if gutter else [])
    srt = sorted(lines, key=lambda ln: (round(ln.base), ln.x0))
    out: list[PLine] = []
    for ln in srt:
        if out:
            a = out[-1]
            same = abs(a.base - ln.base) <= 0.25 * max(a.size, ln.size) and a.role == ln.role
            gap = ln.x0 - a.x1
            # (a left line may reach into the gutter: a ragged reference list)
            across = any(_crosses_gutter(a, ln, g) for g in gutters)
            number = re.fullmatch(r"(\d{1,2}\.)*\d{1,2}\.?|[a-zA-Z]\)|[IVX]{1,4}\.", a.text.strip()) is not None
            if same and 0 <= gap <= (4 if number else max_gap) * max(a.size, ln.size) and not across \
                    and abs(a.size - ln.size) < 1:
                out[-1] = join_lines(a, ln)
                continue
        out.append(ln)
    return out


def _lead_in(band: list[PLine], nxt: PLine) -> list[PLine]:
    """The short lines at the foot of one column, below every line of the
    other columns, set off by space from their column's text and right
    above the full-width line ``nxt``: the heading of what follows in full
    width (a reference list under three columns), read after the columns."""
    if len({o.col for o in band}) < 2:
        return []
    c = max(band, key=lambda o: o.top).col
    others = max(o.bottom for o in band if o.col != c)
    col = sorted((o for o in band if o.col == c), key=lambda o: o.top)
    # the column's last lines after the last space between its lines
    j = max((k for k in range(1, len(col)) if col[k].top - col[k - 1].bottom >= 0.8 * col[k].size), default=0)
    tail = col[j:]
    if j == 0 or len(tail) > 2 or tail[0].top <= others or nxt.top - tail[-1].bottom > 3 * nxt.size:
        return []
    return tail


def borrowed_gutters(lines: list[PLine], gutters: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The gutters of an earlier page for a page too sparse to show its own
    (the last lines of a reference list in two short columns): kept when no
    line of words crosses them and lines stand side by side across each,
    else none.

    >>> L = lambda x0, top, x1: PLine(1, "x" * 30, x0, top, x1, top + 9, top + 7, 9, "", False, False)
    >>> side = [L(50, 70, 280), L(300, 70, 540), L(50, 90, 270), L(300, 90, 530)]
    >>> borrowed_gutters(side, [(282, 298)]), borrowed_gutters(side + [L(50, 120, 540)], [(282, 298)])
    ([(282, 298)], [])
    >>> two = [L(50, 70, 280), L(60, 82, 275), L(300, 70, 520), PLine(1, "Example Press.", 315, 82, 380, 91, 89, 9, "", False, False)]
    >>> borrowed_gutters(two, [(282, 298)])
    [(282, 298)]
    """
    if not gutters:
        return []
    words = [ln for ln in lines if len(ln.text) >= 20]
    # an entry's short last line ("Example Press.") stands beside its column's line too
    short = [ln for ln in lines if len(ln.text) >= 8]
    for g0, g1 in gutters:
        if any(ln.x0 < g0 - 1 and ln.x1 > g1 + 1 for ln in words):
            return []
        left = [ln for ln in short if ln.x1 <= g0 + 1]
        right = [ln for ln in short if ln.x0 >= g1 - 1]
        beside = sum(1 for a in left if any(b.top < a.bottom and a.top < b.bottom for b in right))
        # (no row side by side is needed where both sides hold lines of
        # words: the right column's last entries beside a figure's frame
        # at the top of the left column, whose labels are no lines of words)
        wide = (sum(1 for ln in words if ln.x1 <= g0 + 1) >= 3 and sum(1 for ln in words if ln.x0 >= g1 - 1) >= 2)
        if len(left) < 2 or len(right) < 2 or (beside < 2 and not wide):
            return []
    return list(gutters)


def reading_order(lines: list[PLine], x_min: float, x_max: float,
                  earlier: list[tuple[float, float]] | None = None) -> tuple[list[PLine], bool, list[PLine]]:
    """Lines of one page in reading order; ``(lines, two_columns, guessed)``.
    ``earlier``: the gutters found on an earlier page, for a page too
    sparse to show its own (:func:`borrowed_gutters`); the gutters used are
    left in ``reading_order.gutters``.

    Each line's ``col`` is set: 0 full width (or single column), 1 left,
    2 right (or middle, and 3 right on a three-column page).  ``guessed`` lists the lines narrower than the page that cross
    the gutter between column lines above and below them (the order there
    is a guess); empty when none.
    """
    gutters = find_gutters(lines, x_min, x_max) or borrowed_gutters(lines, earlier or [])
    reading_order.gutters = gutters
    lines = rejoin(lines, 2.5 if gutters else 1.6, gutters)
    srt = sorted(lines, key=lambda ln: (ln.top, ln.x0))
    if not gutters:
        for ln in srt:
            ln.col = 0
        return srt, False, []
    # a hanging marker may reach into a gutter: a column runs from one
    # gutter's middle to the next
    mids = [x_min - 1e6] + [(g0 + g1) / 2 for g0, g1 in gutters] + [x_max + 1e6]
    for ln in srt:
        ln.col = next((c for c in range(1, len(mids)) if ln.x0 >= mids[c - 1] - 1 and ln.x1 <= mids[c]), 0)
    # a line reaching past the gutter's middle, short of the next column's
    # edge, beside a line of that column (one row of the two: a justified
    # line of a narrow column stretched into a gutter found narrow, "bias,
    # and the influence of contextual variation and"), is its column's; a
    # short line across the page (a note under the columns) is not
    ends = [g1 for _, g1 in gutters]
    for ln in srt:
        if ln.col:
            continue
        c = next((c for c in range(1, len(mids) - 1) if mids[c - 1] - 1 <= ln.x0 < mids[c] < ln.x1 < ends[c - 1] - 1),
                 0)
        if c and any(o.col == c + 1 and o.top < ln.bottom and ln.top < o.bottom for o in srt):
            ln.col = c
    out: list[PLine] = []
    band: list[PLine] = []
    guessed: list[PLine] = []

    def flush() -> None:
        for c in range(1, len(mids)):
            out.extend(sorted((ln for ln in band if ln.col == c), key=lambda ln: (ln.top, ln.x0)))
        band.clear()

    for k, ln in enumerate(srt):
        if ln.col == 0:
            # a wide line between column lines above and below it
            if band and any(o.col and o.top > ln.bottom for o in srt[k + 1:k + 4]) \
                    and any(o.col for o in band[-3:]):
                if ln.width < 0.8 * (x_max - x_min):
                    guessed.append(ln)
            tail = _lead_in(band, ln)
            band[:] = [o for o in band if o not in tail]
            flush()
            out.extend(tail)
            out.append(ln)
        else:
            band.append(ln)
    flush()
    return out, True, guessed
