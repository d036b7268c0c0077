"""Readers: one per source kind, each returning an
:class:`~coursepack.read.structure.ArticleStructure`.

``extracted`` reads raw PDF-extracted text (laid out by
:func:`coursepack.repair.layout.structure_from_text`), ``pdf`` the
article's PDF with its layout (:func:`read_pdf_cached` keeps what it read
as JSON under ``build/.coursepack/``), ``markdown`` a clean article,
``landing`` a journal's landing page.  This module also tells a PDF by its
first bytes and says, in one line, why a PDF cannot be read.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

from ..errors import ContentError, Problem
from .extracted import SourceLine, read_extracted, split_lines
from .structure import ArticleStructure, Block, Doubt, Line
from ..outputs import atomic_write
from ..cache import file_digest

__all__ = ["SourceLine", "read_extracted", "split_lines", "is_pdf", "pdf_problem",
           "read_pdf_cached", "structure_to_json", "structure_from_json", "STRUCTURE_CACHE"]

#: Where the structures read from PDFs are kept, under the build folder.
STRUCTURE_CACHE = Path(".coursepack") / "structure"
#: Bumped when the JSON form of a structure changes (old files are read again).
_FORMAT = 1


def is_pdf(path: str | Path) -> bool:
    """True when the file starts as a PDF does (``%PDF-`` within its first
    kilobyte, as readers allow).

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.bin"
    >>> _ = p.write_bytes(b"%PDF-1.7\\n..."); is_pdf(p)
    True
    >>> _ = p.write_bytes(b"Plain text"); is_pdf(p)
    False
    """
    try:
        with open(path, "rb") as f:
            return b"%PDF-" in f.read(1024)
    except OSError:
        return False


def pdf_problem(path: str | Path) -> str | None:
    """Why the PDF cannot be read, in one sentence that says what to do, or
    None: damaged (cannot be opened), encrypted (a password is needed), or
    no text layer (a scan)."""
    import pypdfium2 as pdfium  # lazy: pypdfium2 36 ms, only when a PDF is read
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            return ("this PDF is encrypted: open it with its password and save an unprotected "
                    "copy (e.g. qpdf --decrypt --password=… in.pdf out.pdf), then ingest that")
        return ("this PDF is damaged and cannot be read: download it again, or repair it "
                "(e.g. qpdf in.pdf out.pdf) and ingest the copy")
    try:
        n = len(doc)
        if n == 0:
            return "this PDF has no pages: download it again"
        chars = 0
        for i in range(n):
            page = doc[i]
            tp = page.get_textpage()
            chars += len(tp.get_text_range().strip())
            tp.close()
            page.close()
            if chars >= 200:
                return None
        if chars < 20 * n and chars < 200:
            return ("this PDF has no text layer (a scan); run OCR first, e.g. "
                    "ocrmypdf in.pdf out.pdf, and ingest the result")
        return None
    finally:
        doc.close()


_FINGERPRINT: list[str] = []


def reader_fingerprint() -> str:
    """A hash of the readers' own code (``coursepack/read/``): a structure
    cached by an older reader is read again."""
    if not _FINGERPRINT:
        h = hashlib.sha256(str(_FORMAT).encode())
        here = Path(__file__).resolve().parent
        for p in sorted(here.rglob("*.py")):
            h.update(str(p.relative_to(here)).encode() + b"\0" + p.read_bytes())
        _FINGERPRINT.append(h.hexdigest())
    return _FINGERPRINT[0]


def structure_to_json(s: ArticleStructure) -> dict:
    """Plain JSON data of a structure (:func:`structure_from_json` reads it back).

    >>> s = ArticleStructure("a.pdf", [Block("note", [Line(2, 1, 2, 3, 4, "1 x", superscripts=[(0, 1)])],
    ...                       number=1, id="p2-b1")], {"title": "T"}, [(595.0, 842.0)], [Doubt("k", "m", 2)])
    >>> structure_from_json(json.loads(json.dumps(structure_to_json(s)))) == s
    True
    """
    return {"format": _FORMAT, **asdict(s)}


def structure_from_json(data: dict) -> ArticleStructure:
    blocks = []
    for b in data.get("blocks", []):
        lines = [Line(**{**ln, "superscripts": [tuple(x) for x in ln.get("superscripts", [])],
                         "italics": [tuple(x) for x in ln.get("italics", [])],
                         "bolds": [tuple(x) for x in ln.get("bolds", [])]})
                 for ln in b.get("lines", [])]
        blocks.append(Block(**{**b, "lines": lines}))
    return ArticleStructure(
        data.get("source", ""), blocks=blocks, meta=dict(data.get("meta") or {}),
        pages=[tuple(p) for p in data.get("pages", [])],
        doubts=[Doubt(**d) for d in data.get("doubts", [])])


def read_pdf(path: str | Path) -> ArticleStructure:
    """The article's PDF read with its layout (:mod:`coursepack.read.pdf`)."""
    from .pdf import read_pdf as _read  # lazy: pypdfium2 36 ms wherever text is read
    return _read(path)


def read_pdf_cached(path: str | Path, build: str | Path | None = None, *,
                    display: str | None = None, reader=None) -> ArticleStructure:
    """:func:`read_pdf`, kept as JSON in ``build/.coursepack/structure/``
    under the PDF's SHA-256 (and the reader's code), so that a rebuild does
    not read the PDF again
    (JSON, never pickle: nothing in build/ is ever executed).  A PDF that
    cannot be read raises :class:`ContentError` with one line saying what to
    do."""
    path = Path(path)
    display = display or str(path)
    folder = Path(build) / STRUCTURE_CACHE if build else None
    key = file_digest(path)
    cached = folder / f"{key}-{reader_fingerprint()[:16]}.json" if folder else None
    if cached is not None:
        try:
            data = json.loads(cached.read_text(encoding="utf-8"))
            if data.get("format") == _FORMAT:
                return structure_from_json(data)
        except (OSError, ValueError, TypeError, KeyError):
            pass
    why = pdf_problem(path)
    if why:
        raise ContentError(Problem(display, 0, 0, why))
    # a PDF that opens and has text but makes the reader fail is the
    # reader's fault: an internal error (exit 1, traceback with --debug)
    s = (reader or read_pdf)(path)
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            for old in cached.parent.glob(f"{key}-*.json"):   # read by an older reader
                old.unlink(missing_ok=True)
            atomic_write(cached, json.dumps(structure_to_json(s), ensure_ascii=False))
        except OSError:
            pass
    return s
