"""Finish: pypdf sets document metadata and page labels (roman front
matter, arabic body) on the PDF WeasyPrint wrote."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject


def finish_pdf(data: bytes, *, title: str, author: str = "", subject: str = "",
               keywords: str = "", lang: str = "en", front_pages: int = 0,
               creation_date: str = "") -> bytes:
    """Metadata and page labels; deterministic for the same input."""
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter(clone_from=reader)
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
    writer._root_object[NameObject("/Lang")] = TextStringObject(lang)
    n = len(writer.pages)
    if front_pages and front_pages < n:
        writer.set_page_label(0, front_pages - 1, style="/r", start=1)
        writer.set_page_label(front_pages, n - 1, style="/D", start=1)
    elif n:
        writer.set_page_label(0, n - 1, style="/D", start=1)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
