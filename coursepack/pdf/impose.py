"""Booklet imposition for saddle stitching (``output.booklet: true``).

The reader's pages are scaled down (A4 → A5) and set two-up on sheets of
the original paper turned landscape (A4 landscape), in booklet order: fold
the printed stack once, staple on the fold, and the pages run in order.
The page count is padded with blank pages to a multiple of four (the
blanks go at the end, before the back cover would be).

Printing: duplex, flip on the short edge.

A ``press`` reader (PDF/X-4, :mod:`coursepack.standards.pdfx`) gives a
press booklet: its XMP identification is kept, each sheet gets the CMYK
output intent and the boxes of a press page (trim, 3 mm bleed, a slug with
crop and registration marks), and a file identifier, so the booklet passes
the same preflight as the reader.
"""

from __future__ import annotations

import io

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.generic import DecodedStreamObject, NameObject

from ..standards import variant
from .compat import add_object, root_object
from ..standards.pdfx import make_pdfx
from .finish import stable_id


def booklet_order(n: int) -> list[tuple[int | None, int | None]]:
    """Sheet sides as (left, right) page numbers (1-based, ``None`` for a
    blank), for ``n`` pages padded to a multiple of four: side 1 of sheet 1
    carries the last page and the first, side 2 the second and the one
    before last, and so on.

    >>> booklet_order(8)
    [(8, 1), (2, 7), (6, 3), (4, 5)]
    >>> booklet_order(5)
    [(None, 1), (2, None), (None, 3), (4, 5)]
    >>> booklet_order(0)
    []
    """
    total = -(-n // 4) * 4

    def page(k: int) -> int | None:
        return k if k <= n else None

    sides = []
    for i in range(total // 4):
        sides.append((page(total - 2 * i), page(1 + 2 * i)))
        sides.append((page(2 + 2 * i), page(total - 1 - 2 * i)))
    return sides


def _trim(page: PageObject) -> tuple[float, float, float, float]:
    """(x0, y0, width, height) of the page's trim box (the media box when
    there is no bleed)."""
    box = page.trimbox
    return float(box.left), float(box.bottom), float(box.width), float(box.height)


def clip_to_trim(page: PageObject, x0: float, y0: float, w: float, h: float) -> None:
    """Wrap the page's content in a clip to its trim box, so that bleed and
    crop marks stay off the booklet sheet."""
    contents = page.get_contents()
    data = contents.get_data() if contents is not None else b""
    stream = DecodedStreamObject()
    stream.set_data(f"q {x0:.3f} {y0:.3f} {w:.3f} {h:.3f} re W n\n".encode() + data + b"\nQ\n")
    page[NameObject("/Contents")] = stream


def impose_booklet(data: bytes) -> bytes:
    """The PDF ``data`` imposed as a saddle-stitched booklet (see the module
    docstring); deterministic for the same input."""
    reader = PdfReader(io.BytesIO(data))
    pages = list(reader.pages)
    writer = PdfWriter()
    if not pages:
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    _, _, pw, ph = _trim(pages[0])
    sheet_w, sheet_h = ph, pw            # the paper turned landscape
    half = sheet_w / 2
    for left, right in booklet_order(len(pages)):
        side = writer.add_blank_page(sheet_w, sheet_h)
        for slot, number in ((0, left), (1, right)):
            if number is None:
                continue
            src = pages[number - 1]
            x0, y0, w, h = _trim(src)
            scale = min(half / w, sheet_h / h)
            dx = slot * half + (half - w * scale) / 2
            dy = (sheet_h - h * scale) / 2
            clip_to_trim(src, x0, y0, w, h)
            side.merge_transformed_page(
                src, Transformation().translate(-x0, -y0).scale(scale, scale)
                .translate(dx, dy), over=True, expand=False)
    writer.add_metadata({k: v for k, v in (reader.metadata or {}).items()})
    if variant(reader.trailer["/Root"]) == "press":
        keep_press(reader, writer, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def keep_press(reader: PdfReader, writer: PdfWriter, data: bytes) -> None:
    """The booklet of a PDF/X-4 press reader made a PDF/X-4 too: the
    reader's XMP (its PDF/X identification), the CMYK output intent and the
    press boxes and marks on every sheet, a file identifier from the reader."""
    meta = reader.trailer["/Root"].get("/Metadata")
    if meta is not None:
        xmp = DecodedStreamObject()
        xmp.set_data(meta.get_object().get_data())
        xmp[NameObject("/Type")] = NameObject("/Metadata")
        xmp[NameObject("/Subtype")] = NameObject("/XML")
        root_object(writer)[NameObject("/Metadata")] = add_object(writer, xmp)
    make_pdfx(writer, dict(reader.metadata or {}))
    stable_id(writer, data, "booklet")
