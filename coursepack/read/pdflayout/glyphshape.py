"""Symbols of a font without a Unicode map, recognised by their shape.

A glyph of a symbol font whose character cannot be known from the PDF
(see :mod:`.symbols`: it becomes a private-use character) is drawn on its
page all the same.  Its picture is compared with the pictures of a short
list of symbols that such fonts carry in running text (relations,
operators, arrows, bullets), drawn in a reference face: when one of them
matches clearly better than every other, the glyph is that symbol
("FSIQ ≥ 50", "P < 0.001" instead of two unknown glyphs).  A glyph that
matches nothing clearly stays private use, for ``check`` to report.

Without FreeType support in Pillow or the reference face (DejaVu Sans, as
fontconfig finds it) nothing is recognised.
"""

from __future__ import annotations

import shutil
import subprocess
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

#: symbols recognised, in groups drawn alike: a glyph matching a group is
#: given the group's first character
GROUPS = ["<", ">", "≤⩽≦", "≥⩾≧", "×", "±", "∓", "·⋅", "•", "−", "=", "≠", "≈", "∼~", "≡",
          "→", "←", "↑", "↓", "↔", "°", "∞", "√", "✓", "□", "■", "○", "●", "◆", "†", "‡", "§", "¶",
          "+", "÷", "∝", "′", "″", "✉"]
#: symbols whose size in the em differs from face to face more than their
#: shape does (a Springer envelope is three quarters of the em, DejaVu's half)
ANY_SIZE = frozenset("✉")
SIDE = 32          # pictures are compared on a grid of SIDE × SIDE
MIN_SCORE = 0.74   # the best match's overlap at least this …
MARGIN = 0.12      # … and this much above the best of any other group


@lru_cache(maxsize=1)
def _face_path() -> str | None:
    if not shutil.which("fc-match"):
        return None
    try:
        out = subprocess.run(["fc-match", "-f", "%{file}", "DejaVu Sans"], capture_output=True,
                             text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return out if out.lower().endswith((".ttf", ".otf")) and "dejavu" in out.lower() else None


def _norm(img):
    """The ink of a greyscale picture (dark on light), cropped and centred
    on a SIDE × SIDE grid: its cells, the cells within one of them (ink
    grown by a cell, for strokes of another weight) — of a bold drawing its
    strokes' middles —, and its aspect ratio."""
    ink = ImageOps.invert(img.convert("L")).point(lambda v: 255 if v > 96 else 0)
    box = ink.getbbox()
    if box is None:
        return None
    ink = ink.crop(box)
    w, h = ink.size
    side = max(w, h)
    sq = Image.new("L", (side, side), 0)
    sq.paste(ink, ((side - w) // 2, (side - h) // 2))
    small = sq.resize((SIDE, SIDE), Image.BOX).point(lambda v: 255 if v > 40 else 0)
    grown = small.filter(ImageFilter.MaxFilter(3))
    core = small.filter(ImageFilter.MinFilter(3))      # the strokes' middles (a bold face thinned)
    cells = frozenset(i for i, v in enumerate(small.tobytes()) if v)
    near = frozenset(i for i, v in enumerate(grown.tobytes()) if v)
    mid = frozenset(i for i, v in enumerate(core.tobytes()) if v)
    return (mid if len(mid) * 4 >= len(cells) else cells), near, w / max(h, 1), h


@lru_cache(maxsize=1)
def _references() -> list[tuple[str, frozenset, frozenset, float, float]]:
    path = _face_path()
    if path is None:
        return []
    try:
        font = ImageFont.truetype(path, 120)
    except (ImportError, OSError):
        return []
    out = []
    for group in GROUPS:
        for ch in group:
            img = Image.new("L", (200, 200), 255)
            ImageDraw.Draw(img).text((30, 10), ch, font=font, fill=0)
            n = _norm(img)
            if n is not None:
                out.append((group[0], *n[:3], n[3] / 120))
    return out


def _score(a, b) -> float:
    """How alike two pictures are: the share of each one's ink lying near
    the other's (the smaller of the two), less for unlike proportions and
    for unlike heights in the em (a degree sign is no letter o)."""
    (ca, na, ra, ha), (cb, nb, rb, hb) = a, b
    if not ca or not cb:
        return 0.0
    fit = min(len(ca & nb) / len(ca), len(cb & na) / len(cb))
    ratio = min(ra, rb) / max(ra, rb)
    size = min(ha, hb) / max(ha, hb) if ha > 0 and hb > 0 else 1.0
    return fit * (0.6 + 0.4 * ratio) * (1.0 if size > 0.8 else size)


def _without_side_ink(img):
    """The picture with every stroke that touches its left or right edge
    removed (None when nothing else is left)."""
    ink = ImageOps.invert(img.convert("L")).point(lambda v: 255 if v > 96 else 0)
    w, h = ink.size
    for x in (0, w - 1):
        for y in range(h):
            if ink.getpixel((x, y)):
                ImageDraw.floodfill(ink, (x, y), 0)
    if ink.getbbox() is None:
        return None
    return ImageOps.invert(ink)


def recognise(img, em: float = 0.0) -> str | None:
    """The symbol a glyph's picture (greyscale, dark ink on light) shows,
    or None when no symbol of :data:`GROUPS` matches it clearly; ``em`` is
    the font size in the picture's pixels (0: unknown, heights not compared).

    >>> from PIL import Image, ImageDraw, ImageFont
    >>> refs = _references()
    >>> if refs:
    ...     font = ImageFont.truetype(_face_path(), 90)
    ...     pics = []
    ...     for ch in "≥<×":
    ...         img = Image.new("L", (150, 150), 255); ImageDraw.Draw(img).text((20, 0), ch, font=font, fill=0)
    ...         pics.append(recognise(img))
    ... else:
    ...     pics = ["≥", "<", "×"]
    >>> pics
    ['≥', '<', '×']
    """
    refs = _references()
    if not refs:
        return None
    ranked: list = []
    # the picture as cut, and without the ink that touches its sides (slivers of
    # the neighbouring glyphs a loose box takes in: the brackets of "(✉)")
    for pic in (img, _without_side_ink(img)):
        n = _norm(pic) if pic is not None else None
        if n is None:
            continue
        n = (*n[:3], n[3] / em if em > 0 else 0.0)
        best: dict[str, float] = {}
        for ch, *ref in refs:
            s = _score(n if ch not in ANY_SIZE else (*n[:3], 0.0), ref)
            if s > best.get(ch, 0.0):
                best[ch] = s
        this = sorted(best.items(), key=lambda kv: -kv[1])
        if this and (not ranked or this[0][1] > ranked[0][1]):
            ranked = this
    if not ranked or ranked[0][1] < MIN_SCORE:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < MARGIN:
        return None
    return ranked[0][0]
