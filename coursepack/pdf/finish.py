"""Finish: pypdf sets document metadata and page labels (roman front
matter, arabic body) on the PDF WeasyPrint wrote, and makes the file
reproducible: the same input gives the same bytes (fixed dates, a file
identifier computed from the content, no random XMP document id).

Profiles (``output.profile`` or ``--profile``) differ in the CSS layered
on top (``styles/profile-<name>.css``) and in the PDF WeasyPrint writes:

* ``office``: plain PDF, trim = paper;
* ``press``: PDF/X-4 (``pdf/x-4``) with an output intent, 3 mm bleed and crop
  marks (from the CSS), black links;
* ``screen``: tagged PDF / PDF/UA-1 (``pdf/ua-1``), document language,
  coloured links, bookmarks.
"""

from __future__ import annotations

import hashlib
import io
import re

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, NameObject, TextStringObject

from .compat import root_object
from ..standards import finish, prepare

PROFILES = ("office", "press", "screen")

# WeasyPrint write_pdf options per profile.  PDF/X wants an output intent:
# WeasyPrint ships only sRGB, which PDF/X-4 accepts for an RGB workflow.
PDF_OPTIONS: dict[str, dict] = {
    "office": {},
    "press": {"pdf_variant": "pdf/x-4", "output_intent": "srgb"},
    "screen": {"pdf_variant": "pdf/ua-1", "pdf_tags": True},
}


def pdf_options(profile: str) -> dict:
    """WeasyPrint ``write_pdf`` options for a profile.

    >>> pdf_options("screen")["pdf_variant"], pdf_options("office")
    ('pdf/ua-1', {})
    """
    if profile not in PDF_OPTIONS:
        raise ValueError(f"unknown profile {profile!r} (one of {', '.join(PROFILES)})")
    prepare(profile)          # what WeasyPrint must do while writing (PDF/UA tags)
    return dict(PDF_OPTIONS[profile])


_XMP_DID = re.compile(rb"xmp\.did:[0-9a-fA-F-]{36}")
_FILE_ID = re.compile(rb"/ID\s*\[[^\]]*\]")


def without_ids(data: bytes) -> bytes:
    """The PDF bytes without the XMP document id and the trailer /ID (which
    WeasyPrint computes over the bytes holding the random XMP id)."""
    return _FILE_ID.sub(b"/ID[]", _XMP_DID.sub(b"xmp.did:", data))


def stable_xmp(data: bytes) -> bytes:
    """Replace the random XMP document id WeasyPrint writes for PDF/X-4
    (``xmp.did:<uuid4>``) by one derived from the rest of the file.  The
    XMP stream of PDF/X-4 is uncompressed and the replacement has the same
    length, so offsets stay valid.

    >>> a = b"<x>xmp.did:0f8fad5b-d9cb-469f-a165-70867728950e</x>"
    >>> b = b"<x>xmp.did:7c9e6679-7425-40de-944b-e07fc1f90ae7</x>"
    >>> stable_xmp(a) == stable_xmp(b) and stable_xmp(a) != a
    True
    """
    if not _XMP_DID.search(data):
        return data
    digest = hashlib.sha256(without_ids(data)).hexdigest()
    uid = f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"
    return _XMP_DID.sub(b"xmp.did:" + uid.encode(), data)


def finish_pdf(data: bytes, *, title: str, author: str = "", subject: str = "",
               keywords: str = "", lang: str = "en", front_pages: int = 0,
               creation_date: str = "") -> bytes:
    """Metadata and page labels; deterministic for the same input."""
    data = stable_xmp(data)
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter(clone_from=reader)
    writer.pdf_header = reader.pdf_header     # pypdf would write 1.3
    return finish_writer(writer, data, title=title, author=author, subject=subject,
                         keywords=keywords, lang=lang, front_pages=front_pages,
                         creation_date=creation_date)


def finish_writer(writer: PdfWriter, source: bytes, *, title: str, author: str = "",
                  subject: str = "", keywords: str = "", lang: str = "en",
                  front_pages: int = 0, creation_date: str = "") -> bytes:
    """:func:`finish_pdf` for a PDF being written (the reader's segments
    joined): ``source`` is what it was made from (for the file identifier)."""
    info = {"/Title": title, "/Creator": "coursepack", "/Producer": "coursepack (WeasyPrint, pypdf)"}
    if author:
        info["/Author"] = author
    if subject:
        info["/Subject"] = subject
    if keywords:
        info["/Keywords"] = keywords
    if creation_date:
        info["/CreationDate"] = creation_date
        info["/ModDate"] = creation_date
    writer.add_metadata(info)
    root_object(writer)[NameObject("/Lang")] = TextStringObject(lang)
    finish(writer, info, lang)     # PDF/X (press), PDF/UA (screen)
    n = len(writer.pages)
    if front_pages and front_pages < n:
        writer.set_page_label(0, front_pages - 1, style="/r", start=1)
        writer.set_page_label(front_pages, n - 1, style="/D", start=1)
    elif n:
        writer.set_page_label(0, n - 1, style="/D", start=1)
    stable_id(writer, without_ids(source), repr(sorted(info.items())), lang, str(front_pages))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def stable_id(writer: PdfWriter, *parts: bytes | str) -> None:
    """A file identifier (trailer /ID) computed from the content, the same
    for the same input (pypdf would otherwise keep WeasyPrint's or leave
    none; PDF/X requires one)."""
    h = hashlib.md5(usedforsecurity=False)
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode("utf-8"))
    ident = ByteStringObject(h.digest())
    writer._ID = ArrayObject([ident, ident])
