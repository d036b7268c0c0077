"""Booklet imposition: two pages a side in saddle-stitch order, padded to
a multiple of four with blank pages."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader, PdfWriter

from coursepack.pdf.impose import booklet_order, impose_booklet
from tests.print.pdftools import MM, reader, words


@pytest.mark.parametrize("n", range(1, 41))
def test_order_is_a_booklet(n):
    sides = booklet_order(n)
    total = -(-n // 4) * 4
    assert len(sides) == total // 2
    placed = [p for side in sides for p in side if p is not None]
    assert sorted(placed) == list(range(1, n + 1))          # each page once
    # the padding: the order of the full booklet with the missing pages blank
    assert sides == [tuple(p if p <= n else None for p in side) for side in booklet_order(total)]


@pytest.mark.parametrize("total", range(4, 41, 4))
def test_full_booklet_folds_right(total):
    sides = booklet_order(total)
    for left, right in sides:
        assert left + right == total + 1                    # facing halves of one fold
        assert right % 2 == 1 and left % 2 == 0             # rectos on the right
    assert sides[0] == (total, 1) and sides[-1] == (total // 2, total // 2 + 1)


def test_order_of_eight():
    assert booklet_order(8) == [(8, 1), (2, 7), (6, 3), (4, 5)]


def numbered_pdf(n: int, w: float = 210 * MM, h: float = 297 * MM) -> bytes:
    """n pages, each with its number written in it ("PAGE-7")."""
    from io import BytesIO

    from weasyprint import HTML
    html = "".join(f'<p style="break-after: page">PAGE-{k}</p>' for k in range(1, n + 1))
    return HTML(string=f"<html><body>{html}</body></html>").write_pdf(
        stylesheets=[__import__("weasyprint").CSS(string=f"@page {{ size: {w}pt {h}pt; }}")])


def sides_by_text(data: bytes) -> list[tuple[list[int], list[int]]]:
    """For each side of the booklet: the page numbers found on its left and
    right halves."""
    out = []
    for page in words(data):
        mid = page.width / 2
        left = [int(m) for w in page.words if w.x1 <= mid for m in re.findall(r"PAGE-(\d+)", w.text)]
        right = [int(m) for w in page.words if w.x0 >= mid for m in re.findall(r"PAGE-(\d+)", w.text)]
        out.append((left, right))
    return out


@pytest.fixture(scope="module")
def six():
    return impose_booklet(numbered_pdf(6))


def test_imposed_pages_are_in_booklet_order(six):
    sides = sides_by_text(six)
    assert sides == [([], [1]), ([2], []), ([6], [3]), ([4], [5])]


def test_sheets_are_landscape_a4_with_a5_pages(six):
    src = words(numbered_pdf(6))[0].words[0]
    r = reader(six)
    assert len(r.pages) == 4          # 8 booklet pages → 2 sheets, 4 sides
    for p in r.pages:
        assert round(float(p.mediabox.width) / MM) == 297
        assert round(float(p.mediabox.height) / MM) == 210
    for page in words(six):
        for w in page.words:                      # A5 page: the text is scaled by 1/√2
            assert (w.y1 - w.y0) / (src.y1 - src.y0) == pytest.approx(2 ** -0.5, rel=0.02)
            assert (w.x1 - w.x0) / (src.x1 - src.x0) == pytest.approx(2 ** -0.5, rel=0.02)


def test_office_booklet_stays_plain(six):
    """Only a press reader's booklet is made a PDF/X: an office one gets no
    output intent and keeps its sheets' size (no bleed, no marks)."""
    r = reader(six)
    assert "/OutputIntents" not in r.trailer["/Root"]
    assert all("/BleedBox" not in p for p in r.pages)


def test_press_booklet_sheets_have_bleed_and_marks(builds):
    """The press booklet's sheets: trim = the landscape sheet, 3 mm bleed,
    room for the marks around it (the preflight itself: test_standards)."""
    from coursepack.standards import pdfx
    r = reader((builds.get("press") / "reader-booklet-press.pdf").read_bytes())
    for p in r.pages:
        trim = [float(v) for v in p["/TrimBox"]]
        bleed = [float(v) for v in p["/BleedBox"]]
        assert round((trim[2] - trim[0]) / MM) == 297 and round((trim[3] - trim[1]) / MM) == 210
        assert bleed[0] == pytest.approx(trim[0] - pdfx.BLEED, abs=0.01)
        assert float(p.mediabox.width) > bleed[2] - bleed[0]


def test_imposition_is_reproducible():
    src = numbered_pdf(5)
    assert impose_booklet(src) == impose_booklet(src)


def test_seed_booklet(builds):
    """The built reader-booklet of the press pack: a multiple of four pages;
    side 1 has the reader's first page on the right (and a padding blank or
    the last page on the left); the contents page (reader page 3) is on the
    right of side 3."""
    out = builds.get("press")
    book = (out / "reader-booklet-press.pdf").read_bytes()
    src = reader((out / "reader-press.pdf").read_bytes())
    n = len(src.pages)
    total = -(-n // 4) * 4
    assert len(reader(book).pages) * 2 == total
    first = src.pages[0].extract_text().split("\n")[0].strip()
    sides = words(book)
    mid = sides[0].width / 2
    right1 = " ".join(w.text for w in sides[0].words if w.x0 >= mid)
    left1 = " ".join(w.text for w in sides[0].words if w.x1 <= mid)
    assert first.split()[0] in right1
    assert (left1 == "") == (total > n)   # padding blank goes opposite page 1
    # page 2 of the reader (blank ii) and page 3 (contents) on sheet 1 back / sheet 2 front
    right3 = " ".join(w.text for w in sides[2].words if w.x0 >= mid)
    assert "Contents" in right3
    # the press pages have bleed and crop marks: clipped at the trim, so
    # nothing of the right page's marks shows at the top of the fold
    from tests.print.test_profiles import render
    im = render(book, 1, dpi=72)
    x = round(mid)
    strip = [im.getpixel((i, j)) for i in range(x - 6, x) for j in range(0, 6)]
    assert min(strip) > 200, "crop marks on the booklet sheet"
