"""The reader's segments as PDFs of their own, kept between builds and
joined into one file.

Each segment of the reader (see :mod:`coursepack.render.reader`) is laid out and
written to a PDF of its own, with what the chain needs to know of it
(:class:`Laid`): its page count, the page of each anchor, where each anchor
sits on its page (the links' destinations), its bookmarks, the lines of an
article (the editorial note's places) and WeasyPrint's warnings.  Both are
kept in ``build/.coursepack/segments/`` under a hash of everything the
layout depends on (the HTML, the stylesheets, the page counter's start,
the PDF profile, the project's images and fonts, the code), so a rebuild in
a new process lays out only the segments whose HTML changed: after a
glossary edit, the glossary.

:func:`join` puts the pages together with pypdf and makes the links of
every segment (noted by :func:`describe`, left out of the segment's own
PDF), so a link may point into another segment; one tree of named
destinations, one outline.  The same inputs give the same bytes whether a segment was laid
out now or taken from the store.

Tagged PDF (the ``screen`` profile) keeps one structure tree for the whole
document, which a join cannot merge: that profile is written from the
laid-out pages in one go instead (:func:`coursepack.reader.render_reader`).
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
import html
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, Fit, FloatObject, NameObject, NumberObject, TextStringObject

from ..outputs import atomic_write
from .compat import add_object, page_box, root_object
from ..cache import _canonical, secret_key, sign, verify
from ..lines import line_index
from .finish import stable_xmp
from .forms import draw_form, make_form

SCALE = 0.75          # CSS pixels to PDF points (96 dpi to 72)
FILLER = "filler"     # the named page of an empty page (reader.css prints nothing on it)

# The page numbers (folios) are printed in the corner margin boxes.  A segment
# is laid out without them, so its layout does not depend on the page it
# starts on; they are laid out afterwards for every page at once, on empty
# pages of the same kinds (:func:`folio_html`), and drawn over the segments'
# pages by :func:`join`.
CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")
NO_FOLIOS = ("@page { %s }" % " ".join(f"@{c} {{ content: none !important; }}" for c in CORNERS)
             # the list of figures' page numbers would count from the segment's own first
             # page, not the reader's folios drawn afterwards: the list links, without numbers
             + "\nnav.md-figures a.md-pageref::before { content: none !important; }")
ONLY_FOLIOS = ("@page { marks: none !important; @top-center { content: none !important; } "
               "@bottom-center { content: none !important; } }\n"
               ".folio-page { break-after: page; height: 0; margin: 0; padding: 0; }\n"
               ".folio-page:last-child { break-after: auto; }")


def folio_html(types: list[str], lang: str = "en") -> str:
    """An HTML document of empty pages, one per page of ``types`` (each
    page's named page), for the folios alone.

    >>> print(folio_html(["opening", "", "filler"]))  # doctest: +NORMALIZE_WHITESPACE
    <!DOCTYPE html><html lang="en"><body><div class="folio-page" style="page: opening"></div>
    <div class="folio-page"></div>
    <div class="folio-page" style="page: filler"></div></body></html>
    """
    pages = "\n".join('<div class="folio-page"%s></div>' % (
        f' style="page: {html.escape(t)}"' if t else "") for t in types)
    return f'<!DOCTYPE html><html lang="{html.escape(lang)}"><body>{pages}</body></html>'


@dataclass
class Laid:
    """One segment, laid out and written."""

    pages: int
    anchors: dict[str, int]                      # anchor -> page (0-based, first one)
    targets: dict[str, list[float]] = field(default_factory=dict)  # anchor -> [page, x, y] (pt)
    bookmarks: list[list] = field(default_factory=list)  # [level, label, page, x, y, state]
    links: list[list] = field(default_factory=list)      # [page, kind, target, x1, y1, x2, y2]
    types: list[str] = field(default_factory=list)       # each page's named page ("" or a name)
    lines: dict | None = None                    # LineIndex.dump() of an article
    warnings: list[str] = field(default_factory=list)
    pdf: bytes = b""
    doc: object = None                           # the Document, when laid out here
    page_list: list = field(default_factory=list)  # its pages in this segment
    key: str = ""                                # the store's key
    layouts: int = 0                             # layouts made of it in this build
    pending: object = None                       # the job still writing its PDF
    states: object = None                        # where its pages started (pdf.compat.PageStates)

    def meta(self) -> dict:
        return {"pages": self.pages, "anchors": self.anchors, "targets": self.targets,
                "bookmarks": self.bookmarks, "links": self.links, "types": self.types,
                "lines": self.lines, "warnings": self.warnings}

    @classmethod
    def from_meta(cls, meta: dict, pdf: bytes) -> "Laid":
        return cls(pages=int(meta["pages"]), anchors=dict(meta["anchors"]),
                   targets=dict(meta.get("targets") or {}),
                   bookmarks=list(meta.get("bookmarks") or []),
                   links=list(meta.get("links") or []), types=list(meta.get("types") or []),
                   lines=meta.get("lines"),
                   warnings=list(meta.get("warnings") or []), pdf=pdf)


def describe(pages, *, lines: bool = False) -> Laid:
    """What the chain needs of laid-out WeasyPrint pages (no PDF yet)."""
    anchors: dict[str, int] = {}
    targets: dict[str, list[float]] = {}
    marks: list[list] = []
    links: list[list] = []
    types: list[str] = []
    for i, page in enumerate(pages):
        def pt(x, y, height=page.height):   # CSS pixels from the top to PDF points
            return [x * SCALE, (height - y) * SCALE]
        page_type = getattr(page_box(page), "page_type", None)
        types.append(FILLER if page_type is None or page_type.blank else page_type.name or "")
        for name, (x, y, _w, _h) in page.anchors.items():
            if name not in anchors:
                anchors[name] = i
                targets[name] = [i, *pt(x, y)]
        for level, label, (x, y), state in page.bookmarks:
            marks.append([level, label, i, *pt(x, y), state])
        for kind, target, (x1, y1, x2, y2), _box in page.links:
            if kind in ("internal", "external"):
                links.append([i, kind, target, *pt(x1, y1), *pt(x2, y2)])
    dump = None
    if lines:
        dump = line_index(pages).dump()
    return Laid(pages=len(pages), anchors=anchors, targets=targets, bookmarks=marks,
                links=links, types=types, lines=dump)


def write_pages(doc, pages, options: dict) -> bytes:
    """The PDF of some pages of a laid-out document, without their links
    (:func:`describe` noted them; :func:`join` makes them, a link's target
    may be in another segment)."""
    for page in pages:
        page.links[:] = [link for link in page.links if link[0] not in ("internal", "external")]
    sub = doc if list(pages) == list(doc.pages) else doc.copy(list(pages))
    return stable_xmp(sub.write_pdf(**options))


# ------------------------------------------------------------ the store


class SegmentStore:
    """Laid-out segments on disk, by key: ``<key>.pdf`` and ``<key>.json``.
    A missing or damaged entry is simply laid out again."""

    def __init__(self, folder: Path | None):
        self.secret = secret_key() if folder else None
        self.folder = Path(folder) if folder and self.secret else None
        self.used: set[str] = set()

    def get(self, key: str) -> Laid | None:
        """The entry, when it is whole and this user's coursepack wrote it
        under this key (an HMAC over the key, the metadata and the PDF's
        hash): a damaged, foreign or swapped entry is laid out again."""
        if self.folder is None:
            return None
        try:
            meta = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            pdf = (self.folder / f"{key}.pdf").read_bytes()
            if not isinstance(meta, dict) or not verify(self.secret, "segment:" + key,
                                                         _canonical(meta), meta.get("mac")):
                return None
            laid = Laid.from_meta(meta, pdf)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        if meta.get("sha256") != hashlib.sha256(pdf).hexdigest():   # damaged, or half-written
            return None
        self.used.add(key)
        return laid

    def put(self, key: str, laid: Laid) -> None:
        if self.folder is None:
            return
        self.used.add(key)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            meta = {**laid.meta(), "sha256": hashlib.sha256(laid.pdf).hexdigest()}
            meta["mac"] = sign(self.secret, "segment:" + key, _canonical(meta))
            for name, data in ((f"{key}.pdf", laid.pdf),
                               (f"{key}.json", json.dumps(meta, ensure_ascii=False).encode())):
                atomic_write(self.folder / name, data, durable=False)   # (checked when read)
        except OSError:     # a read-only build folder: the build still succeeds
            pass

    def prune(self, keep: set[str]) -> int:
        """Delete the entries not in ``keep``; returns how many files."""
        if self.folder is None or not self.folder.is_dir():
            return 0
        gone = 0
        for f in self.folder.iterdir():
            if f.suffix in (".pdf", ".json") and f.stem not in keep:
                try:
                    f.unlink()
                    gone += 1
                except OSError:
                    pass
        return gone


# ------------------------------------------------------------ join


def _outline(writer, bookmarks: list[tuple]) -> None:
    """The outline from (level, label, page, x, y, state) in document order:
    a bookmark is a child of the nearest one before it of a lower level."""
    stack: list[tuple[int, object]] = []
    for level, label, page, x, y, state in bookmarks:
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1] if stack else None
        item = writer.add_outline_item(title=label, page_number=page, parent=parent,
                                       fit=Fit.xyz(left=x, top=y, zoom=0),
                                       is_open=state != "closed")
        stack.append((level, item))


_FOLIO = "/CPFolio"   # the name of the page numbers' form on a page


def _draw_under(writer, over_pages, first: int) -> None:
    """Draw each of ``over_pages`` (the page numbers) under the writer's
    pages from ``first`` on, as a form XObject: its fonts are copied into
    the file once for all pages (pypdf's ``merge_page`` would copy them into
    every page), and the page's own content is left as it is."""
    resources: dict = {}     # the overlay's resources (one dictionary in WeasyPrint's PDFs), copied
    for i, over in enumerate(over_pages):
        page = writer.pages[first + i]
        src = over.get("/Resources")
        ref = getattr(src, "indirect_reference", None) or id(src)
        if ref not in resources:
            resources[ref] = add_object(writer, src.get_object().clone(writer))
        content = over.get_contents()
        form = make_form(content.get_data() if content is not None else b"", over.mediabox,
                         resources[ref])
        # the page's resources are shared with its segment's other pages: a copy
        draw_form(writer, page, _FOLIO, add_object(writer, form.flate_encode()),
                  before=f"q {_FOLIO} Do Q\n".encode(), copy_resources=True)


def join(parts: list[Laid], folios: Laid | None = None, folios_at: int = 0,
         skip: int = 0) -> tuple[object, list[str]]:
    """One pypdf ``PdfWriter`` of every segment's pages, in order, with the
    links resolved across segments, the named destinations and the outline.
    ``folios`` (pages of folios alone) are drawn under the pages from page
    ``folios_at`` on, its first ``skip`` pages left out.  Returns the writer
    and the links that found no anchor."""
    writer = PdfWriter()
    first_catalog = None
    offsets: list[int] = []
    for part in parts:
        offsets.append(len(writer.pages))
        reader = PdfReader(io.BytesIO(part.pdf))
        if first_catalog is None:
            first_catalog = reader.trailer["/Root"]
            writer.pdf_header = reader.pdf_header
        for page in reader.pages:
            writer.add_page(page)
    if folios is not None:
        _draw_under(writer, PdfReader(io.BytesIO(folios.pdf)).pages[skip:], folios_at)
    # PDF/X: the output intent (and the XMP that declares it) of the first part
    if first_catalog is not None:
        for key in ("/OutputIntents", "/Metadata"):
            if key in first_catalog:
                # raw_get keeps the reference: a stream (the XMP) must stay an
                # indirect object (Ghostscript's reader refuses a direct one)
                root_object(writer)[NameObject(key)] = first_catalog.raw_get(key).clone(writer)

    targets: dict[str, tuple[int, float, float]] = {}
    marks: list[tuple] = []
    for part, off in zip(parts, offsets):
        for name, (page, x, y) in part.targets.items():
            targets.setdefault(name, (off + int(page), x, y))
        for level, label, page, x, y, state in part.bookmarks:
            marks.append((level, label, off + int(page), x, y, state))

    def dest(name: str):
        page, x, y = targets[name]
        return ArrayObject([writer.pages[page].indirect_reference, NameObject("/XYZ"),
                            FloatObject(x), FloatObject(y), NumberObject(0)])

    missing: list[str] = []
    for part, off in zip(parts, offsets):
        for page, kind, target, x1, y1, x2, y2 in part.links:
            annot = DictionaryObject({
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Link"),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (x1, y1, x2, y2)]),
                NameObject("/BS"): DictionaryObject({NameObject("/W"): NumberObject(0)})})
            if kind == "internal":
                if target not in targets:
                    missing.append(target)
                    continue
                annot[NameObject("/Dest")] = dest(target)
            else:
                annot[NameObject("/A")] = DictionaryObject({
                    NameObject("/Type"): NameObject("/Action"),
                    NameObject("/S"): NameObject("/URI"),
                    NameObject("/URI"): TextStringObject(target)})
            pdf_page = writer.pages[off + int(page)]
            if "/Annots" not in pdf_page:
                pdf_page[NameObject("/Annots")] = ArrayObject()
            pdf_page["/Annots"].append(add_object(writer, annot))
    if targets:
        names = ArrayObject()
        for name in sorted(targets):
            names.append(TextStringObject(name))
            names.append(dest(name))
        dests = DictionaryObject({NameObject("/Names"): names})
        root_object(writer)[NameObject("/Names")] = DictionaryObject(
            {NameObject("/Dests"): add_object(writer, dests)})
    if marks:
        _outline(writer, marks)
    return writer, sorted(set(missing))
