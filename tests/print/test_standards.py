"""The screen profile holds PDF/UA (its structure tree walked with pypdf by
:func:`coursepack.standards.pdfua.check`), the press profile PDF/X-4 (the
preflight :func:`coursepack.standards.pdfx.check`, and Ghostscript reading
every page).  veraPDF, the reference PDF/UA validator, is on neither PyPI
nor Debian, so it is not run here."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from coursepack.standards import pdfua


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


# ------------------------------------------------------------ PDF/UA


@pytest.mark.parametrize("name", ["reader-screen.pdf", "handout-screen.pdf"])
def test_screen_pdf_holds_pdf_ua_rules(builds, name):
    data = (builds.get("screen") / name).read_bytes()
    assert pdfua.check(data) == []
    assert reader(data).pdf_header == "%PDF-1.7"


def test_screen_reader_tags_languages_notes_and_links(builds):
    r = reader((builds.get("screen") / "reader-screen.pdf").read_bytes())
    elems = pdfua.elements(r)
    # the Polish abstract: its element says pl, and holds its heading
    polish = [e for e, _d, _l in elems if str(e.get("/Lang")) == "pl"]
    assert polish, "no element tagged with the Polish abstract's language"
    assert any(str(e["/S"]) == "/H2" and lang == "pl" for e, _d, lang in elems)
    # every footnote a Note with its ID, and a Link with alternate text to it
    notes = [e for e, _d, _l in elems if str(e["/S"]) == "/Note"]
    assert len(notes) >= 50
    assert all(str(n["/ID"]).endswith(f"--note-{str(n['/ID']).rsplit('-', 1)[1]}") for n in notes)
    alts = [str(e["/Alt"]) for e, _d, _l in elems if str(e["/S"]) == "/Link"]
    assert sum(a.startswith("Note ") for a in alts) >= len(notes)
    assert not any("--" in a for a in alts), "a link's text is an internal id"


def test_pdf_ua_check_finds_what_breaks_the_rules(tmp_path):
    """A figure without alt text, a skipped heading level, a link without
    text: the check names each (the rules can fail)."""
    from weasyprint import HTML

    from coursepack.standards import prepare
    prepare("screen")
    html = ('<html lang="en"><head><title>T</title></head><body><h1>A</h1><h3>C</h3>'
            '<p>x <img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAf'
            'FcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="></p></body></html>')
    bad = HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")
    problems = " | ".join(pdfua.check(bad))
    assert "Figure without alternate text" in problems
    assert "H3 after H1" in problems
    # pypdf writes PDF 1.3 unless told: coursepack.pdf.finish keeps the 1.7
    from pypdf import PdfWriter
    out = io.BytesIO()
    PdfWriter(clone_from=reader(bad)).write(out)
    assert any(p.startswith("PDF version 1.3") for p in pdfua.check(out.getvalue()))


# ------------------------------------------------------------ PDF/X


@pytest.mark.parametrize("name", ["reader-press.pdf", "handout-press.pdf",
                                  "reader-booklet-press.pdf"])
def test_press_pdf_passes_the_preflight(builds, name):
    # the booklet too: pdf/impose.py keeps the reader's PDF/X (impose.keep_press)
    from coursepack.standards import pdfx
    assert pdfx.check((builds.get("press") / name).read_bytes()) == []


@pytest.mark.parametrize("name", ["reader-press.pdf", "handout-press.pdf",
                                  "reader-booklet-press.pdf"])
def test_ghostscript_reads_every_press_page(builds, name):
    # Ghostscript's PDF reader (the one many print shops' RIPs resemble) reads
    # every page without an error or a repair: it refused a reader whose XMP
    # stream had been copied into the catalog as a direct object
    import shutil
    from coursepack.standards import pdfx
    if shutil.which("gs") is None:
        pytest.skip("Ghostscript is not installed (sh install.sh test installs it)")
    assert pdfx.ghostscript_reads((builds.get("press") / name).read_bytes()) == []


def test_press_output_intent_is_cmyk_and_colours_converted(builds):
    from PIL import ImageCms
    data = (builds.get("press") / "reader-press.pdf").read_bytes()
    r = reader(data)
    oi = r.trailer["/Root"]["/OutputIntents"][0].get_object()
    icc = ImageCms.ImageCmsProfile(io.BytesIO(oi["/DestOutputProfile"].get_object().get_data()))
    assert icc.profile.xcolor_space.strip() == "CMYK"
    text = b"".join(p.get_contents().get_data() for p in r.pages)
    assert b" k\n" in text or b" K\n" in text


def test_preflight_refuses_what_weasyprint_writes_alone(tmp_path):
    """WeasyPrint's own PDF/X-4 (no CMYK intent, RGB colours, media = bleed):
    the preflight names each problem (the check can fail)."""
    from weasyprint import HTML

    from coursepack.standards import pdfx
    raw = HTML(string='<html><head><title>T</title><style>@page { size: a5; bleed: 3mm }'
               '</style></head><body><p style="color: #c00">Red</p></body></html>'
               ).write_pdf(pdf_variant="pdf/x-4")
    problems = " | ".join(pdfx.check(raw))
    assert "not one PDF/X output intent" in problems
    assert "RGB colour (rg/RG)" in problems
    assert "no room outside the bleed box" in problems
