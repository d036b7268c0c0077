"""Characters into lines: words by gaps, lines by baselines, superscripts.

A *fragment* is a run of characters in content order on one baseline with
no wide gap; fragments on the same baseline that touch are joined into a
line.  A wide gap inside a baseline (a column gutter, a table's cells)
keeps two lines apart; ``cells`` counts how many fragments a line was
joined from across gaps of more than one em, which the table finder uses.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .chars import Char
from .items import item_marker
from .pline import PLine, spans_of  # noqa: F401  (PLine is imported from here too)

#: Gap (in ems of the font size) that splits a fragment: wider than any
#: word space in justified text, narrower than a column gutter.
SPLIT_GAP = 1.0
#: Gap (in ems) above which two glyphs are two words even when the PDF
#: put no space between them.
WORD_GAP = 0.22


def _raised_mark(c: Char, ref: Char) -> bool:
    """A glyph barely smaller than the text beside it but raised by a
    third of its size or more: a note's number set at 7 pt before 8 pt
    note text (amsart), which the usual smaller-by-a-sixth test misses."""
    return c.size <= 0.9 * ref.size and c.base < ref.base - 0.3 * ref.size


def _fragments(chars: list[Char]) -> list[list[Char]]:
    """Split characters (content order) into runs on one baseline without
    wide gaps.  A raised or lowered smaller glyph (a superscript) stays in
    its run."""
    frags: list[list[Char]] = []
    cur: list[Char] = []
    ref: Char | None = None     # last non-space, full-size glyph of cur
    last: Char | None = None    # last non-space glyph of cur
    for c in chars:
        if c.text.isspace() or not c.text:
            if cur:
                cur.append(c)
            continue
        if ref is not None and last is not None:
            size = max(ref.size, 1.0)
            same_base = abs(c.base - ref.base) <= 0.25 * size
            small = c.size <= 0.85 * size or (last.size <= 0.85 * size and abs(c.base - ref.base) <= 0.25 * size)
            script = (not same_base and (c.size <= 0.85 * size or _raised_mark(c, ref))
                      and c.top < ref.bottom and c.bottom > ref.top - 0.2 * size)
            gap = c.x0 - last.x1
            lead = (ref is cur[0] or all(x.size <= 0.85 * c.size for x in cur if x.text.strip())) \
                and (ref.size <= 0.85 * c.size or _raised_mark(ref, c)) and ref.top < c.bottom and ref.bottom > c.top \
                and ref.base < c.base - 0.1 * c.size   # raised (a marker); not a line number on the baseline
            if lead and -0.5 * c.size <= gap <= SPLIT_GAP * c.size:
                cur.append(c)
                last = ref = c
                continue
            if (same_base or script or (small and abs(c.base - last.base) <= 0.25 * size)) \
                    and -0.5 * size <= gap <= SPLIT_GAP * size and c.upright == ref.upright:
                cur.append(c)
                last = c
                if not script and c.size > 0.85 * size:
                    ref = c
                continue
            # a full-size glyph after a run that began with a raised one
        if cur:
            frags.append(cur)
        cur = [c]
        ref = c
        last = c
    if cur:
        frags.append(cur)
    # a fragment that began with a small raised glyph (a note's marker)
    # takes the baseline of its full-size glyphs: fix ref afterwards
    return frags


def _line_from(page: int, chars: list[Char], cells: int = 1) -> PLine | None:
    """One line from its characters (left to right): text with word
    spaces, dominant style, superscript spans."""
    glyphs = [c for c in chars if c.text and not c.text.isspace()]
    if not glyphs:
        return None
    sizes = Counter()
    for c in glyphs:
        sizes[c.size] += len(c.text)
    size = max(sizes.items(), key=lambda kv: (kv[1], kv[0]))[0]
    normal = [c for c in glyphs if c.size > 0.85 * size] or glyphs
    bases = Counter(round(c.base, 1) for c in normal)
    base = bases.most_common(1)[0][0]
    normal = [c for c in normal if not (c.size <= 0.9 * size and c.base < base - 0.3 * size)] or normal
    fonts = Counter()
    for c in normal:
        fonts[(c.font, c.bold, c.italic)] += 1
    font, bold, italic = fonts.most_common(1)[0][0]
    bold_n = sum(1 for c in normal if c.bold)
    ital_n = sum(1 for c in normal if c.italic)
    text: list[str] = []
    sups: list[tuple[int, int]] = []
    ital: list[bool] = []      # per character of the text: set in an italic face
    bolds: list[bool] = []     # … and in a bold face
    pos = 0
    # (a section number set upright before a bold or italic run-in head,
    # "2.1. Sample." as amsart sets it, is no end of the run)
    num = 0
    while num < len(normal) - 1 and (normal[num].text.isdigit() or normal[num].text == ".") and normal[0].text.isdigit():
        num += 1
    num = num if num and not (normal[num].bold or normal[num].italic) == (normal[0].bold or normal[0].italic) else 0
    lead_style = (normal[num].bold, normal[num].italic) if (normal[num].bold or normal[num].italic) else None
    seen = 0
    lead = -1   # where the leading bold/italic run ends (-1: still in it)
    after = [0, 0]   # glyphs after the run, and those of them in the run's style
    prev: Char | None = None
    sup_start = -1
    pending = False   # a space character seen since the last glyph
    space: Char | None = None
    for c in chars:
        if not c.text:
            continue
        if c.text.isspace():
            pending = bool(text)
            space = c
            continue
        raised = (c.size <= 0.85 * size and c.base < base - 0.15 * size) or (
            c.size <= 0.9 * size and c.base < base - 0.3 * size)
        if prev is not None and text and text[-1] != " ":
            gap = c.x0 - prev.x1
            em = max(min(c.size, prev.size), 1.0)
            # a space glyph counts only where it moves the next glyph on
            # (some producers set zero-width spaces inside words: "Ein füh rung")
            if (gap > WORD_GAP * em and not (raised and gap < 0.5 * size)) or \
                    (pending and (gap > 0.08 * em or c.x0 >= space.x1 - 0.1 * em
                                  or _wide_space(prev, space, c, em))) or \
                    _sentence_gap(prev, c, gap, em):
                text.append(" ")
                ital.append(True)     # (a space counts inside an italic run only)
                bolds.append(True)
                pos += 1
        pending = False
        if raised and sup_start < 0:
            sup_start = pos
        elif not raised and sup_start >= 0:
            end = pos - 1 if text and text[-1] == " " else pos
            sups.append((sup_start, end))
            sup_start = -1
        if lead_style is not None and not raised and c.size > 0.85 * size:
            seen += 1
        if lead_style is not None and not raised and seen > num:
            if lead < 0 and (c.bold, c.italic) != lead_style:
                lead = pos - 1 if text and text[-1] == " " else pos
            elif lead >= 0:
                after[0] += 1
                after[1] += (c.bold, c.italic) == lead_style
        text.append(c.text)
        ital.extend([c.italic and not raised] * len(c.text))
        bolds.extend([c.bold and not raised] * len(c.text))
        pos += len(c.text)
        prev = c
    s = "".join(text)
    if sup_start >= 0:
        sups.append((sup_start, len(s.rstrip())))
    stripped = s.rstrip()
    sups = [(a, min(b, len(stripped))) for a, b in sups if a < len(stripped)]
    return PLine(
        page=page, text=stripped,
        x0=min(c.x0 for c in glyphs), top=min(c.top for c in normal),
        x1=max(c.x1 for c in glyphs), bottom=max(c.bottom for c in normal),
        base=base, size=size, font=font,
        bold=bold_n > 0.6 * len(normal), italic=ital_n > 0.6 * len(normal),
        superscripts=sups, cells=cells, upright=glyphs[0].upright,
        unmapped=sum(1 for c in glyphs if c.unmapped),
        lead=_lead(s.rstrip(), lead, after),
        italics=spans_of(ital, stripped), styled=stripped, bolds=spans_of(bolds, stripped),
    )


def _lead(text: str, end: int, after: list[int]) -> int:
    """The length of a leading bold or italic run when the rest of the line
    (a dozen characters at least) is set otherwise, with hardly a glyph in
    the run's style (a run-in head's candidate); 0 when there is none.

    A run ending in a full stop or colon needs less after it: a word of
    four letters or more (a run-in head in a narrow ragged column, the
    paragraph's next word too long for the line).

    >>> _lead("Sample. The branches were chosen by lot.", 7, [30, 0]), _lead("Sample. The", 7, [3, 0])
    (7, 0)
    >>> _lead("Besucherzahlen. Insgesamt", 15, [9, 0]), _lead("Besucherzahlen Insgesamt", 14, [9, 0])
    (15, 0)
    """
    rest = text[end:]
    short_ok = text[:end].rstrip()[-1:] in ".:" and re.search(r"[^\W\d_]{4,}", rest) is not None
    if end <= 0 or len(rest) < (6 if short_ok else 12) or after[1] > 0.1 * max(after[0], 1):
        return 0
    return len(text[:end].rstrip())


def _sentence_gap(prev: Char, c: Char, gap: float, em: float) -> bool:
    """A narrow gap after a sentence's full stop (or colon …) before a
    capital in another face of the font (roman to italic): a word space the
    PDF set without a space glyph ("Amsterdam. Address:", en-23004); an
    initial or abbreviation ("U.S.") keeps its face."""
    return (prev.text in ".:;!?" and c.text[:1].isupper() and gap > 0.08 * em
            and c.font != prev.font and (c.italic, c.bold) != (prev.italic, prev.bold))


def _wide_space(prev: Char, space: Char, nxt: Char, em: float) -> bool:
    """A space glyph of a word space's width that moved the pen on: the next
    glyph's origin is at the space's end, though its box may reach back over
    the space (an italic "f" leaning back: "der frühen", de-4752).  A space
    that does not move the pen ("Ein füh rung", "SED - Staat" set with spaces
    that overlap the next glyph) is none.

    >>> def ch(t, x0, x1, ox=-1.0): return Char(t, x0, 0, x1, 10, 8, 8.6, "", False, True, ox=ox)
    >>> r, sp = ch("r", 416.15, 419.58), ch(" ", 418.54, 420.7)
    >>> _wide_space(r, sp, ch("f", 418.9, 424.22, 420.46), 8.6), _wide_space(r, sp, ch("f", 418.9, 424.22), 8.6)
    (True, False)
    >>> _wide_space(ch("n", 54.83, 60.79), ch(" ", 60.78, 63.53), ch("f", 60.78, 64.26, 60.78), 11.0)
    False
    """
    return (nxt.ox >= 0 and space.x1 - space.x0 >= 0.2 * em
            and nxt.ox >= space.x1 - 0.15 * em and space.x0 >= prev.x0)


def _is_marker(chars: list[Char]) -> bool:
    """True for a fragment that is only a note marker ("12", "*", "†").

    >>> from .chars import Char
    >>> _is_marker([Char("1", 0, 0, 1, 1, 1, 8, "", False, False), Char("2", 1, 0, 2, 1, 1, 8, "", False, False)])
    True
    """
    t = "".join(c.text for c in chars).strip()
    return 0 < len(t) <= 3 and (t.isdigit() or all(ch in "*∗†‡§¶" for ch in t)) or \
        (0 < len(t) <= 4 and t[:-1].isdigit() and t[-1] in ".)")


def _item_mark(chars: list[Char], after: list[Char]) -> bool:
    """A fragment that is only a list item's marker (a bullet, dash, "a)",
    "(iv)", "IV."), the words after it starting with a letter: a tab after
    the marker (a word processor's list) is no gap between cells."""
    t = "".join(c.text for c in chars).strip()
    nxt = "".join(c.text for c in after[:1])
    return 0 < len(t) <= 6 and nxt.isalpha() and item_marker(t + " " + nxt) == t


def _x_order(frags: list[list[Char]]) -> list[Char]:
    """The characters of fragments joined into one line, each fragment's
    glyphs sorted left to right.

    A space character stays with the glyph that follows it in content
    order: a zero-width space set where the next glyph begins often
    lies a rounding error (1e-5 pt) right of that glyph's left edge, and
    sorting it by its own x would move it one glyph on ("The a ims").

    >>> from .chars import Char
    >>> def ch(t, x0, x1): return Char(t, x0, 0, x1, 10, 8, 10, "", False, False)
    >>> e, sp, a, i = ch("e", 9, 13.69), ch(" ", 16.22001, 16.22001), ch("a", 16.22, 20.67), ch("i", 20.67, 23.47)
    >>> "".join(c.text for c in _x_order([[e, sp, a, i]]))
    'e ai'
    """
    units: list[tuple[float, list[Char]]] = []
    for f in frags:
        lead: list[Char] = []
        for c in f:
            if not c.text or c.text.isspace():
                lead.append(c)
                continue
            units.append((c.x0, lead + [c]))
            lead = []
        if lead:
            if units:
                units[-1][1].extend(lead)
            else:
                units.append((lead[0].x0, lead))
    units.sort(key=lambda u: u[0])
    return [c for _, u in units for c in u]


def _margin_numbers(items: list[tuple]) -> list[tuple]:
    """A preprint's line numbers: bare numbers in a column of their own in
    the left or right margin or both (clear of every other fragment of the page,
    aligned on one edge), at least five, rising down the page.  ``items``
    are ``(base, x0, x1, size, chars)``."""
    num = [it for it in items if re.fullmatch(r"\d{1,4}", "".join(c.text for c in it[4]).strip())]
    if len(num) < 5:
        return []
    rest = [it for it in items if it not in num]
    if len(rest) < 5:
        return []
    left, right = min(it[1] for it in rest), max(it[2] for it in rest)
    out: list[tuple] = []     # (both margins: two columns numbered on their outer sides)
    for side in ([it for it in num if it[2] < left - 2], [it for it in num if it[1] > right + 2]):
        if len(side) < 5:
            continue
        cols = []
        for edge in (1, 2):   # numbers set flush left or flush right
            ref = Counter(round(it[edge]) for it in side).most_common(1)[0][0]
            cols.append(sorted((it for it in side if abs(it[edge] - ref) <= 2), key=lambda it: it[0]))
        col = max(cols, key=len)
        vals = [int("".join(c.text for c in it[4]).strip()) for it in col]
        if len(col) >= 5 and all(a < b for a, b in zip(vals, vals[1:])):
            out += col
    return out


def _drop_caps(items: list[tuple]) -> list[tuple]:
    """A drop cap -- one capital letter set two or more lines high at a
    paragraph's start -- joined to the first line right of it (its top
    level with the letter's), set in that line's size ("P" + "aragraph").
    ``items`` are ``(base, x0, x1, size, chars)``."""
    out = list(items)
    for it in items:
        g = [c for c in it[4] if c.text.strip()]
        if len(g) != 1 or not g[0].text.isupper() or not g[0].text.isalpha():
            continue
        cap = g[0]
        top = cap.base - 0.7 * cap.size    # the capital's ink top (its height above the baseline)
        beside = [o for o in out if o is not it and o[3] <= 0.55 * cap.size and 0 <= o[1] - cap.x1 <= 0.5 * cap.size]
        right = [o for o in beside if abs((o[0] - 0.7 * o[3]) - top) <= 0.5 * o[3]]
        below = [o for o in beside if top < o[0] <= cap.base + 0.3 * o[3]]
        if len(right) != 1 or len(below) < 2:
            continue
        line = right[0]
        first = next(c for c in line[4] if c.text.strip())
        small = replace(cap, x0=first.x0 - 0.6 * line[3], x1=first.x0, top=first.top, bottom=first.bottom,
                        base=first.base, size=first.size, font=first.font)
        out[out.index(line)] = (line[0], small.x0, line[2], line[3], [small] + list(line[4]))
        out.remove(it)
    return out


def _gutter_middles(page: int, items: list[tuple], find_gutters) -> list[tuple[float, float]]:
    """The middles and right edges ``(middle, right)`` of the column
    gutters the page's fragments show (``find_gutters``,
    :func:`.order.find_gutters`, on the fragments as they stand, before any
    is joined to its neighbour on the baseline): a gap that spans a
    middle, or reaches from inside the gutter to the next column's edge (a
    justified line stretched into the gutter), is no word space, however
    narrow."""
    if find_gutters is None:
        return []
    frags = []
    for base, x0, x1, size, f in items:
        g = [c for c in f if c.text and not c.text.isspace()]
        frags.append(PLine(page, "".join(c.text for c in f).strip(), x0, min(c.top for c in g), x1,
                           max(c.bottom for c in g), base, size, "", False, False))
    if len(frags) < 10:
        return []
    gutters = find_gutters(frags, min(f.x0 for f in frags), max(f.x1 for f in frags))
    return [((g0 + g1) / 2, g1) for g0, g1 in gutters]


def page_lines(page: int, chars: list[Char], find_gutters=None) -> list[PLine]:
    """The lines of one page, top to bottom and left to right.

    Fragments on one baseline are joined when the gap between them is
    small (a PDF that writes a line in pieces); a gap wider than
    :data:`SPLIT_GAP` ems keeps them apart, except that fragments which
    line up as cells of one row are joined and counted in ``cells``
    when no column gutter runs between them (decided later, so here they
    stay apart).  ``find_gutters`` (:func:`.order.find_gutters`, which
    builds on this module) finds the page's column gutters on its
    fragments: no two are joined across one.
    """
    rotated = [c for c in chars if not c.upright]
    if rotated:
        chars = [c for c in chars if c.upright]
    frags = _fragments(chars)
    # sort fragments by baseline of their full-size glyphs, then x
    items = []
    for f in frags:
        g = [c for c in f if c.text and not c.text.isspace()]
        big = max(c.size for c in g)
        full = [c for c in g if c.size > 0.85 * big]
        base = Counter(round(c.base, 1) for c in full).most_common(1)[0][0]
        items.append((base, min(c.x0 for c in g), max(c.x1 for c in g), big, f))
    items.sort(key=lambda t: (t[0], t[1]))
    if not items:
        return []
    numbers = _margin_numbers(items)
    items = _drop_caps([it for it in items if it not in numbers])
    body = Counter(round(t[3]) for t in items).most_common(1)[0][0]
    # group by baseline (tolerance a quarter of the size), then join touching;
    # small fragments (a lone superscript) wait to be attached to a row
    rows: list[list[tuple]] = []
    small = []
    for it in items:
        if rows and abs(it[0] - rows[-1][0][0]) <= 0.25 * max(it[3], rows[-1][0][3]) \
                and it[4][0].upright == rows[-1][0][4][0].upright:
            rows[-1].append(it)
        elif it[3] <= 0.75 * body and len(it[4]) <= 4:
            small.append(it)
        else:
            rows.append([it])
    for it in small:
        best = None
        for row in rows:
            size = max(t[3] for t in row)
            first = min(t[1] for t in row)
            if it[3] <= 0.85 * size and row[0][0] - 0.7 * size <= it[0] <= row[0][0] + 0.3 * size \
                    and (any(-0.5 * size <= it[1] - t[2] <= 0.5 * size or -0.5 * size <= t[1] - it[2] <= 0.5 * size
                             for t in row)
                         or (_is_marker(it[4]) and 0 <= first - it[2] <= 2.5 * size)):   # a hanging note number
                best = row
                break
        if best is not None:
            best.append(it)
        else:
            rows.append([it])
    out: list[PLine] = []
    mids = _gutter_middles(page, items, find_gutters)
    for row in rows:
        row.sort(key=lambda t: t[1])
        groups: list[list[tuple]] = [[row[0]]]
        for it in row[1:]:
            prev = groups[-1][-1]
            marker = len(groups[-1]) == 1 and (_is_marker(prev[4]) or _item_mark(prev[4], it[4])) \
                and it[1] - prev[2] <= 3 * it[3]
            # (never across a gutter narrower than an em of the larger
            # size: LaTeX's 10 pt \columnsep beside a heading or at 12 pt)
            across = it[1] - prev[2] > 0.6 * min(it[3], prev[3]) and any(
                prev[2] <= m <= it[1] or prev[1] < m and prev[2] < r - 1 <= it[1] <= r + 1.5 for m, r in mids)
            if marker or (it[1] - prev[2] <= SPLIT_GAP * max(it[3], prev[3]) * 0.9 and it[1] >= prev[1]
                          and not across):
                groups[-1].append(it)
            else:
                groups.append([it])
        for g in groups:
            chars_g = _x_order([it[4] for it in g]) if len(g) > 1 else g[0][4]
            if len(g) > 1 and _is_marker(g[0][4]):
                chars_g = list(g[0][4]) + [Char(" ", g[0][2], 0, g[0][2], 0, 0, 0, "", False, False)] + \
                    _x_order([it[4] for it in g[1:]])
            ln = _line_from(page, chars_g, cells=len(groups))
            if ln is not None:
                out.append(ln)
    for it in numbers:
        ln = _line_from(page, it[4])
        if ln is not None:
            ln.role, ln.why = "furniture", "line numbers in the margin"
            out.append(ln)
    out.sort(key=lambda ln: (round(ln.base), ln.x0))
    if rotated:
        # text turned along the margin: one line per run in content order
        runs: list[list[Char]] = [[rotated[0]]]
        for c in rotated[1:]:
            p = runs[-1][-1]
            near = abs(c.x0 - p.x0) < 3 * p.size and abs(c.top - p.top) < 3 * p.size
            (runs[-1].append(c) if near else runs.append([c]))
        for run in runs:
            text = "".join(c.text for c in run).strip()
            if text:
                out.append(PLine(page, text, min(c.x0 for c in run), min(c.top for c in run),
                                 max(c.x1 for c in run), max(c.bottom for c in run), run[0].base,
                                 run[0].size, run[0].font, run[0].bold, run[0].italic, upright=False))
    return out
