"""PDF/UA-1 for the ``screen`` profile: what WeasyPrint's tagging leaves
out, added while it tags, and a check that walks the structure tree.

WeasyPrint (70) tags the HTML it lays out, but

* writes no ``/Lang`` on structure elements, so a Polish abstract in an
  English reader is read out with English rules;
* tags a footnote as a ``Span`` and its call as nothing;
* gives link annotations no ``/Contents`` and link elements no ``/Alt``,
  so a screen reader announces the destination's internal name.

:func:`install` wraps WeasyPrint's tag builder (``weasyprint.pdf.tags.
_build_box_tree``) so every element it makes from an HTML element with a
``lang`` attribute other than its parent's gets that ``/Lang``, a footnote
(``class="fn"``) becomes a ``Note`` with an ``/ID``, and a link gets an
``/Alt`` and its annotation ``/Contents`` (its ``aria-label``, or its text,
said for what it is: a note, a bibliography entry, a glossary entry).

:func:`check` walks the structure tree of a PDF with pypdf and returns what
breaks the rules: PDF 1.7 or 2.0, a document language, ``/Lang`` values that
are language tags, notes with unique IDs and a link to each, links with
alternate text, figures with alternate text, headings that start at H1 and
never skip a level, every link annotation in the tree.
"""

from __future__ import annotations

import io
import re
from collections import Counter

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from ..pdf.compat import wrap_box_tree_builder
from ..wpload import part

LANG_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
NOTE_CLASS = "fn"

_installed = False
_langs: list[str] = []       # the language of each HTML element being tagged (a stack)
_links: list = []            # the HTML links (<a>) being tagged (a stack)


def _classes(element) -> set[str]:
    return set((element.get("class") or "").split())


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


def link_alt(element) -> str:
    """What a link is, said for a screen reader (from its HTML element).

    >>> from xml.etree.ElementTree import fromstring
    >>> link_alt(fromstring('<a class="fnref" data-n="3" href="#x--note-3"></a>'))
    'Note 3'
    >>> link_alt(fromstring('<a class="cite" href="#x--bib-k">Smith 2020</a>'))
    'Smith 2020 (bibliography entry)'
    >>> link_alt(fromstring('<a aria-label="Back to the text" href="#r">↩</a>'))
    'Back to the text'
    """
    label = (element.get("aria-label") or "").strip()
    if label:
        return label
    classes = _classes(element)
    text = _text(element)
    href = element.get("href") or ""
    if "fnref" in classes or "--note-" in href:
        n = element.get("data-n") or href.rsplit("-", 1)[-1]
        return f"Note {n}"
    if "cite" in classes:
        return f"{text} (bibliography entry)" if text else "Bibliography entry"
    if "term" in classes:
        return f"{text} (glossary entry)" if text else "Glossary entry"
    if text:
        return text
    title = (element.get("title") or "").strip()
    return title or (href if href and not href.startswith("#") else "Link")


def _wrap(build):
    def build_box_tree(box, parent, pdf, page_number, nums, annotations, tags):
        pydyf = part("pydyf")     # WeasyPrint's PDF writer
        box_ = getattr(box, "_box", box)      # an AbsolutePlaceholder's box
        element = getattr(box_, "element", None)
        tag = getattr(box_, "element_tag", None) if element is not None else None
        lang = element.get("lang") if element is not None and hasattr(element, "get") else None
        outer = _langs[-1] if _langs else None
        pushed = bool(lang) and tag not in (None, "html", "body")
        if pushed:
            _langs.append(lang)
        is_a = tag == "a"
        if is_a:
            _links.append(element)
        try:
            for made in build(box, parent, pdf, page_number, nums, annotations, tags):
                if element is None or tag in ("html", "body"):
                    yield made
                    continue
                if pushed and lang != outer:
                    made["Lang"] = pydyf.String(lang)
                annot = getattr(box_, "link_annotation", None)
                if made.get("S") == "/Link" and annot is None and not is_a:
                    made["S"] = "/Span"   # an a::before without an annotation: the link's text
                elif annot is not None and _links:
                    # a link's box, or a box inside one that carries its
                    # annotation too (a table of contents' page number)
                    alt = link_alt(_links[-1])
                    made["S"] = "/Link"
                    made["Alt"] = pydyf.String(alt)
                    annot["Contents"] = pydyf.String(alt)
                elif "::" not in (tag or "") and NOTE_CLASS in _classes(element) and element.get("id"):
                    made["S"] = "/Note"
                    made["ID"] = pydyf.String(element.get("id"))
                yield made
        finally:
            if pushed:
                _langs.pop()
            if is_a:
                _links.pop()
    build_box_tree.coursepack = True
    return build_box_tree


def install() -> None:
    """Wrap WeasyPrint's tag builder (once); see the module's docstring."""
    global _installed
    if _installed:
        return
    wrap_box_tree_builder(_wrap)
    _installed = True


# ------------------------------------------------------------ the check


def _kids(elem):
    k = elem.get("/K")
    if k is None:
        return []
    k = k.get_object()
    return list(k) if isinstance(k, list) else [k]


def _walk(elem, depth=0, lang=None):
    """(element, depth, inherited language) for every structure element."""
    elem = elem.get_object()
    if not isinstance(elem, DictionaryObject) or "/S" not in elem:
        return
    lang = str(elem["/Lang"]) if "/Lang" in elem else lang
    yield elem, depth, lang
    for kid in _kids(elem):
        yield from _walk(kid, depth + 1, lang)


def elements(reader):
    """Every structure element of a PDF: (element, depth, language)."""
    root = reader.trailer["/Root"]
    tree = root.get("/StructTreeRoot")
    if tree is None:
        return []
    lang = str(root.get("/Lang") or "") or None
    out = []
    for kid in _kids(tree.get_object()):
        out += list(_walk(kid, 0, lang))
    return out


def check(data: bytes) -> list[str]:
    """What breaks the PDF/UA rules this project holds (empty when none)."""
    reader = PdfReader(io.BytesIO(data))
    problems: list[str] = []
    version = reader.pdf_header.replace("%PDF-", "")
    if version not in ("1.7", "2.0"):
        problems.append(f"PDF version {version}: PDF/UA-1 is written as PDF 1.7 (or 2.0)")
    root = reader.trailer["/Root"]
    if not str(root.get("/Lang") or ""):
        problems.append("no document language (/Lang in the catalog)")
    if str((root.get("/MarkInfo") or {}).get("/Marked")) != "True" and \
            (root.get("/MarkInfo") or {}).get("/Marked") is not True:
        problems.append("not marked as tagged (/MarkInfo /Marked true)")
    if "/StructTreeRoot" not in root:
        return problems + ["no structure tree"]
    meta = root.get("/Metadata")
    if meta is None or b"pdfuaid" not in meta.get_object().get_data():
        problems.append("no PDF/UA identification (pdfuaid:part) in the XMP metadata")
    if str((root.get("/ViewerPreferences") or {}).get("/DisplayDocTitle")).lower() != "true":
        problems.append("the title is not shown as the window's title (DisplayDocTitle)")
    if not str((reader.metadata or {}).get("/Title") or ""):
        problems.append("no document title")
    elems = elements(reader)
    ids: dict[str, int] = {}
    headings: list[int] = []
    annots_in_tree: set = set()
    for e, _depth, lang in elems:
        s = str(e["/S"])
        if "/Lang" in e and not LANG_TAG.match(str(e["/Lang"])):
            problems.append(f"{s} with /Lang {str(e['/Lang'])!r}, not a language tag")
        if s == "/Note":
            ident = str(e.get("/ID") or "")
            if not ident:
                problems.append("a Note without /ID")
            ids[ident] = ids.get(ident, 0) + 1
        elif s == "/Link":
            if not str(e.get("/Alt") or "").strip():
                problems.append("a Link without alternate text (/Alt)")
            for kid in _kids(e):
                kid = kid.get_object()
                if hasattr(kid, "get") and kid.get("/Type") == "/OBJR":
                    annot = kid["/Obj"].get_object()
                    annots_in_tree.add(kid.raw_get("/Obj").idnum)
                    if not str(annot.get("/Contents") or "").strip():
                        problems.append("a link annotation without /Contents")
        elif s == "/Figure":
            if not str(e.get("/Alt") or e.get("/ActualText") or "").strip():
                problems.append("a Figure without alternate text (/Alt)")
        elif re.fullmatch(r"/H[1-6]", s):
            headings.append(int(s[2]))
    for ident, n in ids.items():
        if ident and n > 1:
            problems.append(f"Note ID {ident!r} used {n} times")
    previous = 0
    for level in headings:
        if level > previous + 1:
            problems.append(f"heading H{level} after H{previous or '(none)'}: a level skipped")
            break
        previous = level
    # every note reached from a link, and every link annotation tagged
    dests = _note_targets(reader)
    for ident in ids:
        if ident and ident not in dests:
            problems.append(f"Note {ident!r}: no link leads to it from its call")
    for page in reader.pages:
        for ref in page.get("/Annots") or []:
            a = ref.get_object()
            if a.get("/Subtype") == "/Link" and ref.idnum not in annots_in_tree:
                problems.append("a link annotation outside the structure tree")
    return counted(problems)


def counted(problems: list[str]) -> list[str]:
    """Each problem once, with how many times it was found.

    >>> counted(["a", "b", "a"])
    ['a (2 times)', 'b']
    """
    n = Counter(problems)
    return [p if n[p] == 1 else f"{p} ({n[p]} times)" for p in n]


def _note_targets(reader) -> set[str]:
    """The named destinations that link annotations point to."""
    out = set()
    for page in reader.pages:
        for ref in page.get("/Annots") or []:
            a = ref.get_object()
            dest = a.get("/Dest")
            if dest is None and "/A" in a:
                dest = a["/A"].get_object().get("/D")
            if dest is not None and not isinstance(dest.get_object(), list):
                out.add(str(dest.get_object()))
    return out
