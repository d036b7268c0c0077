"""Characters and drawn rules from a PDF page, through pypdfium2.

pdfium reports each character with its Unicode value, its font size, the
font's name and flags, and its origin (the baseline point), in PDF user
space (origin bottom left).  We turn that into top-left coordinates in
points, as the article structure uses.  Characters pdfium *generated*
are dropped, except the spaces it inferred between words (kept as
separators): its line breaks are found again from the positions.
"""

from __future__ import annotations

import ctypes
import math
import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from .glyphshape import recognise
from .symbols import PRIVATE_BASE, font_kind, symbol_text

#: Ligature glyphs and what they stand for.
LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
    "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
}

# FPDF_FONT_* flags (PDF font descriptor flags)
_FIXED, _SERIF, _ITALIC, _FORCE_BOLD = 1, 2, 64, 1 << 18


@dataclass(slots=True)
class Char:
    """One character: ``text`` (a ligature already expanded), its box
    (``x0 top x1 bottom``, the font's box from the baseline, not the ink),
    ``base`` the baseline's distance from the page top, ``size`` the font
    size, ``font`` the font name (subset prefix removed), ``bold`` and
    ``italic`` from name, flags or weight; ``unmapped`` when the glyph has
    no Unicode value."""

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
    unmapped: bool = False
    upright: bool = True
    ox: float = -1.0      # the glyph's origin (pen position), -1 when not known


@dataclass(slots=True)
class Rule:
    """A drawn horizontal or vertical line or a filled rectangle, or an
    image (``kind`` ``"hrule"``, ``"vrule"``, ``"rect"``, ``"image"``)."""

    kind: str
    x0: float
    top: float
    x1: float
    bottom: float


def clean_font_name(name: str) -> str:
    """A font name without its subset prefix.

    >>> clean_font_name("ABCDEF+Times-Bold")
    'Times-Bold'
    >>> clean_font_name("Arial")
    'Arial'
    """
    if len(name) > 7 and name[6] == "+" and name[:6].isupper():
        return name[7:]
    return name


def style_from_font(name: str, flags: int, angle: float = 0.0) -> tuple[bool, bool]:
    """``(bold, italic)`` from a font's name, descriptor flags and italic
    angle (degrees, negative for a face leaning right; pdfium's font weight
    is not used: it reports 650 for a light face).  TeX's text italic and
    slanted faces (CMTI, CMSL) and its math italic (CMMI: the letters of
    formulas and statistics, italic in print) count as italic.

    >>> style_from_font("Times-BoldItalic", 0)
    (True, True)
    >>> style_from_font("ArialMT", 0)
    (False, False)
    >>> style_from_font("Foo", 64 | 1 << 18)
    (True, True)
    >>> style_from_font("MinionPro-Semibold", 0)
    (True, False)
    >>> style_from_font("AdvPTimesB", 0), style_from_font("AdvPTimesI", 0), style_from_font("AdvPTimes", 0)
    ((True, False), (False, True), (False, False))
    >>> style_from_font("CMMI10", 0), style_from_font("CMTI10", 0), style_from_font("LMRoman10-Italic", 0)
    ((False, True), (False, True), (False, True))
    >>> style_from_font("Minion-It", 0), style_from_font("MinionPro-BoldIt", 0), style_from_font("Foo", 0, -12)
    ((False, True), (True, True), (False, True))
    """
    low = name.lower()
    bold = (bool(flags & _FORCE_BOLD)
            or any(k in low for k in ("bold", "black", "heavy", "semibold", "demi", ",bd", "-bd", "-medi"))
            or bool(re.search(r"[a-z](B|Bd|BI|Blk|SB)$", name)) or low.startswith("cmbx"))
    italic = (bool(flags & _ITALIC)
              or any(k in low for k in ("italic", "oblique", "-it", ",it", "slanted", "ital"))
              or bool(re.search(r"[a-z](I|It|BI)$", name)) or low.startswith(("cmti", "cmsl", "cmmi"))
              or angle <= -4)
    return bold, italic


def oblique(a: float, b: float, c: float, d: float) -> bool:
    """True for a text matrix that slants upright glyphs to the right by
    5 to 30 degrees without turning them (a synthetic italic or oblique).

    >>> oblique(7.92, 0, 1.683, 7.92), oblique(10, 0, 0, 10), oblique(0, 10, -10, 0)
    (True, False, False)
    """
    return a > 0 and d > 0 and abs(b) < 1e-3 * d and 0.08 * d <= c <= 0.6 * d


def _italic_angle(obj) -> float:
    """The italic angle of a text object's font descriptor (0 when unknown)."""
    if not obj:
        return 0.0
    font = raw.FPDFTextObj_GetFont(obj)
    angle = ctypes.c_int()
    if font and raw.FPDFFont_GetItalicAngle(font, angle):
        return float(angle.value)
    return 0.0


def page_box(page: pdfium.PdfPage) -> tuple[float, float, float, float]:
    """The visible page (crop box) ``(left, bottom, right, top)`` in PDF
    user space: coordinates are given relative to its top-left corner."""
    return tuple(page.get_cropbox())


def page_chars(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage,
               box: tuple[float, float, float, float]) -> list[Char]:
    """The characters of one page, in content order (generated line breaks
    dropped, and characters outside the crop box: text a producer left
    off the visible area), in points from the crop box's top-left."""
    bl, bb, br, bt = box
    height = bt
    tp = textpage.raw
    n = raw.FPDFText_CountChars(tp)
    out: list[Char] = []
    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    rect = raw.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    mat = raw.FS_MATRIX()
    fonts: dict[tuple, tuple[str, bool, bool]] = {}
    last_obj = None
    last_font = ("", False, False)
    scale = 1.0
    upright = True
    for i in range(n):
        u = raw.FPDFText_GetUnicode(tp, i)
        if u in (0x0D, 0x0A) or (u != 0x20 and raw.FPDFText_IsGenerated(tp, i)):
            continue
        if not raw.FPDFText_GetLooseCharBox(tp, i, rect):
            continue
        if rect.right < bl or rect.left > br or rect.top < bb or rect.bottom > bt:
            continue
        raw.FPDFText_GetCharOrigin(tp, i, ox, oy)
        obj = raw.FPDFText_GetTextObject(tp, i)
        addr = ctypes.cast(obj, ctypes.c_void_p).value if obj else None
        if addr != last_obj or addr is None:
            last_obj = addr
            ln = raw.FPDFText_GetFontInfo(tp, i, buf, len(buf), flags)
            fname = buf.raw[:max(ln - 1, 0)].decode("utf-8", "replace") if ln else ""
            key = (fname, flags.value)
            if key not in fonts:
                name = clean_font_name(fname)
                fonts[key] = (name, *style_from_font(name, flags.value, _italic_angle(obj)))
            last_font = fonts[key]
            raw.FPDFText_GetMatrix(tp, i, mat)
            scale = math.hypot(mat.c, mat.d) or 1.0
            upright = abs(mat.b) < 1e-3 * scale and abs(mat.c) < 1e-3 * scale and mat.a > 0 and mat.d > 0
            if not upright and oblique(mat.a, mat.b, mat.c, mat.d):
                # an upright face slanted by the text matrix: a synthetic italic
                upright, scale = True, mat.d
                last_font = (last_font[0], last_font[1], True)
        size = round(raw.FPDFText_GetFontSize(tp, i) * scale, 1)
        unmapped = bool(raw.FPDFText_HasUnicodeMapError(tp, i))
        ch = chr(u) if u else ""
        if unmapped:
            ch = "\ufffd"
            if font_kind(last_font[0]) == "symbol-only":
                # a glyph of a symbols-only font the PDF gives no character for
                # (Mathematical Pi's "×" between a design's factors): in the
                # private-use area like any unknown symbol, for its shape to tell
                ch = chr(PRIVATE_BASE + 0x20 + u % 0xE0)
        ch = LIGATURES.get(ch, ch)
        if u == 0x02:   # pdfium's mark for a hyphen it found at a line end
            ch = "-"
        elif font_kind(last_font[0]):
            ch = symbol_text(last_font[0], ch)    # a symbol font's glyph read as a letter
        out.append(Char(ch, rect.left - bl, height - rect.top, rect.right - bl, height - rect.bottom,
                        height - oy.value, size, last_font[0], last_font[1], last_font[2], unmapped,
                        upright, ox.value - bl))
    _symbols_by_shape(page, box, out)
    return out


def _symbols_by_shape(page: pdfium.PdfPage, box, chars: list[Char]) -> None:
    """Glyphs of a symbol font left in the private-use area (their character
    unknown to the PDF, see :mod:`.symbols`) recognised by their drawn shape
    (:mod:`.glyphshape`): each distinct glyph of the page is drawn once."""
    unknown = [c for c in chars if len(c.text) == 1 and PRIVATE_BASE + 0x20 <= ord(c.text) <= PRIVATE_BASE + 0xFF
               and font_kind(c.font) == "symbol-only" and c.x1 > c.x0 and c.bottom > c.top]
    if not unknown:
        return
    bl, bb, br, bt = box
    scale = 600 / 72
    found: dict[tuple[str, str], str | None] = {}
    for c in unknown:
        key = (c.font, c.text)
        if key not in found:
            try:
                bmp = page.render(scale=scale, crop=(max(c.x0 - 1, 0), max(bt - bb - c.bottom - 1, 0),
                                                     max(br - bl - c.x1 - 1, 0), max(c.top - 1, 0)))
                found[key] = recognise(bmp.to_pil(), em=c.size * scale)
            except Exception:  # noqa: BLE001 - a glyph not drawn is left as it was
                found[key] = None
        if found[key]:
            c.text = found[key]
        elif c.unmapped:
            c.text = "\ufffd"      # not known by its shape either: as the PDF gives it


def _border_band(obj) -> tuple[float, float, float, float] | None:
    """A border drawn as two nested rectangles filled by the even-odd rule
    (one side thicker than nothing, the others flush: a rule above or
    below a box, as WeasyPrint draws a one-sided border): the band between
    them ``(left, bottom, right, top)`` in page space, else ``None``."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj.raw, fill, stroke) or fill.value != raw.FPDF_FILLMODE_ALTERNATE:
        return None
    n = raw.FPDFPath_CountSegments(obj.raw)
    if n != 10:
        return None
    m = obj.get_matrix()
    pts = []
    for i in range(n):
        seg = raw.FPDFPath_GetPathSegment(obj.raw, i)
        x, y = ctypes.c_float(), ctypes.c_float()
        raw.FPDFPathSegment_GetPoint(seg, x, y)
        pts.append((m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f))
    boxes = []
    for part in (pts[:5], pts[5:]):
        xs, ys = [p[0] for p in part], [p[1] for p in part]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    (a0, b0, a1, b1), (c0, d0, c1, d1) = boxes
    diff = [abs(a0 - c0), abs(b0 - d0), abs(a1 - c1), abs(b1 - d1)]
    if sum(1 for d in diff if d > 0.05) != 1 or max(diff) > 2.5:
        return None
    side = diff.index(max(diff))
    if side == 1:
        return (a0, min(b0, d0), a1, max(b0, d0))
    if side == 3:
        return (a0, min(b1, d1), a1, max(b1, d1))
    if side == 0:
        return (min(a0, c0), b0, max(a0, c0), b1)
    return (min(a1, c1), b0, max(a1, c1), b1)


def page_rules(page: pdfium.PdfPage, box: tuple[float, float, float, float]) -> list[Rule]:
    """Rules (thin filled or stroked paths), rectangles and images on a
    page, descending into form XObjects."""
    out: list[Rule] = []
    for obj in page.get_objects(max_depth=4):
        if obj.type not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE):
            continue
        try:
            l, b, r, t = obj.get_bounds()
        except Exception:  # noqa: BLE001 — a broken object is skipped
            continue
        band = _border_band(obj) if obj.type == raw.FPDF_PAGEOBJ_PATH and min(r - l, t - b) > 2.5 else None
        if band is not None:
            l, b, r, t = band
        w, h = r - l, t - b
        if obj.type == raw.FPDF_PAGEOBJ_IMAGE:
            kind = "image"
        elif h <= 2.5 and w > 5:
            kind = "hrule"
        elif w <= 2.5 and h > 5:
            kind = "vrule"
        elif w > 5 and h > 5:
            kind = "rect"
        else:
            continue
        out.append(Rule(kind, l - box[0], box[3] - t, r - box[0], box[3] - b))
    return out
