"""Profiles from the same source: office (plain), press (bleed, crop marks,
PDF/X-4, black only), screen (tagged PDF/UA-1, language, coloured links,
bookmarks).  Non-default profiles write suffixed files; the handout stays
two pages in every profile."""

from __future__ import annotations

import subprocess

from tests.print.pdftools import MM, need, reader

BLEED = 3 * MM


def test_suffixed_outputs(builds):
    assert sorted(p.name for p in builds.get("press").glob("*.pdf")) == \
        ["handout-press.pdf", "reader-booklet-press.pdf", "reader-press.pdf"]
    assert sorted(p.name for p in builds.get("screen").glob("*.pdf")) == \
        ["handout-screen.pdf", "reader-screen.pdf"]


def test_handout_two_pages_in_every_profile(seed_build, builds):
    assert len(seed_build.handout) == 2
    assert len(reader((builds.get("press") / "handout-press.pdf").read_bytes()).pages) == 2
    assert len(reader((builds.get("screen") / "handout-screen.pdf").read_bytes()).pages) == 2


def test_same_pages_in_every_profile(seed_build, builds):
    """The profiles change the PDF, not the layout: page references printed
    in one agree with the others."""
    n = len(seed_build.reader)
    for name, f in (("press", "reader-press.pdf"), ("screen", "reader-screen.pdf")):
        r = reader((builds.get(name) / f).read_bytes())
        assert len(r.pages) == n, name
        assert list(r.page_labels) == seed_build.reader.labels, name


def test_office_trim_is_paper(seed_build):
    for page in seed_build.reader.reader.pages:
        assert page.trimbox == page.mediabox
        assert round(float(page.mediabox.width) / MM) == 210


def test_press_bleed_trim_and_crop_marks(builds):
    data = (builds.get("press") / "reader-press.pdf").read_bytes()
    r = reader(data)
    for page in r.pages:
        assert "/TrimBox" in page and "/BleedBox" in page
        trim, media = page.trimbox, page.mediabox
        assert round(float(trim.width) / MM) == 210 and round(float(trim.height) / MM) == 297
        assert float(trim.left) - float(media.left) >= BLEED - 0.1
        assert float(media.top) - float(trim.top) >= BLEED - 0.1
    # crop marks: ink outside the bleed box, none between the trim and the
    # bleed at the corner (tests/print/test_standards.py checks every page)
    grey = render(data, 1, dpi=72)
    page = r.pages[0]
    media, bleed, trim = page.mediabox, page.bleedbox, page.trimbox
    x = round(float(trim.left) - float(media.left))          # the trim's left edge, in pixels
    above = round(float(media.top) - float(bleed.top))       # the slug above the bleed
    assert min(grey.getpixel((x + d, y)) for d in (-1, 0, 1) for y in range(above - 2)) < 220, \
        "no crop mark"
    gap = range(above + 1, round(float(media.top) - float(trim.top)) - 1)
    assert min(grey.getpixel((x + d, y)) for d in (-1, 0, 1) for y in gap) > 240, \
        "a mark inside the bleed"


def test_press_is_pdf_x_with_output_intent(builds):
    r = reader((builds.get("press") / "reader-press.pdf").read_bytes())
    root = r.trailer["/Root"]
    intents = root["/OutputIntents"]
    assert intents[0].get_object()["/S"] == "/GTS_PDFX"
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert "PDF/X-4" in xmp
    assert r.trailer.get("/ID"), "PDF/X needs a file identifier"


def test_press_links_are_black_and_screen_links_coloured(builds):
    """The press reader is black and greys only; the screen reader's links
    are coloured (on the first body page with a footnote URL)."""
    press = (builds.get("press") / "reader-press.pdf").read_bytes()
    screen = (builds.get("screen") / "reader-screen.pdf").read_bytes()
    page = 6
    assert not coloured(render(press, page, dpi=50, mode="rgb"))
    assert coloured(render(screen, page, dpi=50, mode="rgb"))


def test_screen_is_tagged_with_language_and_bookmarks(builds):
    for f in ("reader-screen.pdf", "handout-screen.pdf"):
        r = reader((builds.get("screen") / f).read_bytes())
        root = r.trailer["/Root"]
        assert "/StructTreeRoot" in root, f
        assert root["/MarkInfo"]["/Marked"], f
        assert root["/Lang"] == "en", f
    r = reader((builds.get("screen") / "reader-screen.pdf").read_bytes())
    titles = [o.title for o in r.outline if not isinstance(o, list)]
    flat = " | ".join(titles) + " | " + " | ".join(
        o.title for sub in r.outline if isinstance(sub, list) for o in sub)
    for heading in ("Bibliography", "Glossary", "Discussion questions"):
        assert heading in flat, flat


def render(data: bytes, page: int, dpi: int, mode: str = "grey"):
    """One page as a Pillow image (pdftoppm, the whole media box)."""
    from io import BytesIO

    from PIL import Image
    need("pdftoppm")
    args = ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile"]
    args += ["-gray"] if mode == "grey" else []
    out = subprocess.run(args + ["-png", "-"], input=data, capture_output=True, check=True).stdout
    im = Image.open(BytesIO(out))
    return im.convert("L") if mode == "grey" else im.convert("RGB")


def coloured(im) -> bool:
    rgb = im.convert("RGB")
    return any(max(p) - min(p) > 40 for p in rgb.getdata())
