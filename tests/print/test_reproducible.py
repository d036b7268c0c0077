"""The same inputs give byte-identical PDFs: fixed dates, a file identifier
computed from the content, no random XMP id (PDF/X-4)."""

from __future__ import annotations

import pytest

from coursepack.pdf.finish import finish_pdf, pdf_options
from tests.print.pdftools import reader


def test_two_builds_are_byte_identical(seed_build, builds):
    again = builds.get("again")
    for name in ("reader.pdf", "handout.pdf", "russia-armenia-azerbaijan/edition.json"):
        assert (seed_build.out / name).read_bytes() == (again / name).read_bytes(), name


def small(profile: str) -> bytes:
    from weasyprint import CSS, HTML
    html = ('<html lang="en"><head><meta name="dcterms.created" content="2000-01-01T00:00:00Z">'
            '<meta name="dcterms.modified" content="2000-01-01T00:00:00Z"><title>T</title></head>'
            '<body><h1>Title</h1><p>Text with a <a href="https://example.org/">link</a>.</p></body></html>')
    doc = HTML(string=html).render(stylesheets=[CSS(string="@page { size: A5; }")])
    return doc.write_pdf(**pdf_options(profile))


# WeasyPrint 70 leaves its sRGB profile file open when it writes an output
# intent (weasyprint/pdf/__init__.py, generate_pdf): not ours to fix
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("profile", ["office", "press", "screen"])
def test_each_profile_is_reproducible(profile):
    a = finish_pdf(small(profile), title="T", lang="en", front_pages=0, creation_date="D:20000101000000Z")
    b = finish_pdf(small(profile), title="T", lang="en", front_pages=0, creation_date="D:20000101000000Z")
    assert a == b
    ids = reader(a).trailer["/ID"]
    assert ids[0] == ids[1]


def test_identifier_follows_the_content():
    a = finish_pdf(small("office"), title="One", creation_date="D:20000101000000Z")
    b = finish_pdf(small("office"), title="Two", creation_date="D:20000101000000Z")
    assert reader(a).trailer["/ID"][0] != reader(b).trailer["/ID"][0]
