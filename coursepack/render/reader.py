"""The reader's layout, in segments.

The reader is not laid out as one HTML document but as a chain of
segments, each a document of its own: every reading's *article* (title,
abstracts, text and its footnotes), then its *back matter* (bibliography,
glossary, questions, editorial note), and last the *front matter* (cover and
contents).  Their pages are combined into one PDF (WeasyPrint resolves the
links between them when it writes the combined document).

Why: what a segment prints depends only on segments before it, never on
itself.  The glossary's page numbers and the editorial note's places come
from the article before them; the contents from everything.  So every
segment is laid out once, in order, with the numbers it prints already
known: one layout of the whole reader where a single document needed two or
three (lay out, read the page numbers, lay out again).  A note that
WeasyPrint defers to the page after its call cuts its paragraph (or moves
it) to the next page, and only that article is laid out again, and only
from the page the cut changes: its first layout stops after the page where
the note was put off, and the next begins where the paragraph before the cut
one ends, its pages before kept (:class:`coursepack.pdf.compat.PageStates`).

Pages and sides: the arabic count runs through the chain; a segment that
must begin on a right-hand page after a right-hand page gets an empty page
before it (a ``blank`` segment), and one that may begin on a left-hand page
is laid out after an empty first page that is then dropped (``lead``), so
mirrored margins and running heads are always those of the page's side.

Each segment is written to a PDF of its own and kept on disk by a hash
of what it was laid out from (:mod:`coursepack.pdf.join`); the reader is
those PDFs joined.  So a rebuild, in a new process or in ``watch``, lays out
only the segments whose HTML changed: after a glossary or question edit,
that part (and the contents, if its page count changed).  The ``screen``
profile's tagged PDF needs one structure tree and is written from the
laid-out pages in one go; its layouts are kept in memory when asked
(:func:`keep_layouts`: ``watch`` does).
"""

from __future__ import annotations

import collections
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from .. import __version__, model, parallel
from ..content import PackConfig
from ..edition import editorial_summary
from .pages import ordered, paged, reading_pages
from ..i18n import LANGUAGES, label, labels, reading_language
from ..progress import step
from ..cache import INPUT_DIRS, _files, code_fingerprint, digest
from ..glossary import alias_index, sort_key
from ..questionset import marked_inlines, sentence_refs
from ..textutil import sentence_ends
from ..lines import LineIndex, apparatus_place
from ..pdf.compat import PageStates
from ..pdf.finish import finish_pdf, finish_writer, pdf_options
from ..pdf.join import FILLER, NO_FOLIOS, ONLY_FOLIOS, describe, folio_html, join, write_pages
from .env import PackView, PartialLayout

PAPER_CSS = {"a4": "@page { size: A4; }", "letter": "@page { size: letter; }"}
BUILD_DATE = "2000-01-01T00:00:00Z"   # outputs are reproducible: no wall-clock dates
PDF_DATE = "D:20000101000000Z"


@dataclass
class ReaderResult:
    pdf: bytes
    pages: int
    warnings: list[str]
    state: dict
    page_map: dict = None   # "slug:kind:id" → printed pages (render.pages): the build applies it


@dataclass
class Segment:
    """One document of the chain: ``front``, ``article``, ``back`` (the
    back-matter ``parts`` named: each part is a segment of its own, so an
    edit to the glossary lays out only the glossary) or ``blank`` (an empty
    page); ``lead`` asks the template for an empty first page that is
    dropped after the layout."""

    kind: str
    reading: model.Reading | None = None
    lead: bool = False
    parts: tuple = ()


# ------------------------------------------------------------ kept layouts

_KEPT: collections.OrderedDict = collections.OrderedDict()
_KEEP = 0


def keep_layouts(n: int) -> None:
    """Keep the last ``n`` segment layouts in memory (0: none, the default
    for one-off builds; ``watch`` keeps enough for its pack)."""
    global _KEEP
    _KEEP = max(0, n)
    while len(_KEPT) > _KEEP:
        _KEPT.popitem(last=False)


# files whose text is in the HTML or the CSS (and so in a layout's key already)
_TEXT_INPUTS = (".yaml", ".yml", ".txt", ".md", ".bib", ".j2", ".css", ".json")


def assets_fingerprint(root: Path) -> str:
    """A fingerprint of the project's other files (images, fonts a stylesheet
    names): a kept layout holds what they looked like when it was made."""
    out = []
    for d in INPUT_DIRS:
        for f in _files(root / d):
            if not f.name.endswith(_TEXT_INPUTS):
                st = f.stat()
                out.append(f"{f}\0{st.st_size}\0{st.st_mtime_ns}")
    return digest("\n".join(out))


def _lay_out(renderer, html: str, css: list[str], extra: str):
    if not _KEEP:
        return renderer.layout(html, css, extra), False
    key = digest("\0".join([html, extra, renderer.css_text(css),
                             assets_fingerprint(renderer.root)]))
    doc = _KEPT.get(key)
    if doc is not None:
        _KEPT.move_to_end(key)
        return doc, True
    doc = renderer.layout(html, css, extra)
    _KEPT[key] = doc
    while len(_KEPT) > _KEEP:
        _KEPT.popitem(last=False)
    return doc, False


# ------------------------------------------------------------ page index


class PageIndex:
    """Printed (arabic) page numbers of the reader's anchors, once laid out."""

    def __init__(self) -> None:
        self.layout = None
        self.lines = LineIndex()        # the lines of the articles (the editorial note's places)
        self.places: dict = {}          # places found, kept in the state (see lines.apparatus_place)
        self.pages: dict = {}           # the page map found so far (see render.pages)

    def number(self, slug: str, anchor: str) -> int | None:
        return self.layout.number(f"{slug}--{anchor}") if self.layout else None

    def first_on_page(self, slug: str, anchors: list[str], page: int) -> str:
        for a in anchors:
            if self.number(slug, a) == page:
                return a
        return anchors[0] if anchors else ""

    def span(self, slug: str) -> tuple[int, int]:
        """First and last page of a reading's article (title to last paragraph)."""
        if not self.layout:
            return (0, 0)
        a = self.layout.anchors
        start = a.get(f"{slug}--start")
        ends = [a[k] for k in a if k.startswith(f"{slug}--s") and "-p" in k]
        if start is None or not ends:
            return (0, 0)
        return (start + 1, max(ends) + 1)


# ------------------------------------------------------------ context


def reader_context(cfg: PackConfig, pack: model.Pack, profile: str, instructor: bool,
                   index: PageIndex) -> dict:
    def glossary_items(r: model.Reading) -> list[dict]:
        items = [{"kind": "term", "term": t, "sort": sort_key(t.term)} for t in r.glossary
                 if t.printable]
        by_term = {t.term: t for t in r.glossary}
        for alias, target in alias_index([t for t in r.glossary if t.printable]):
            if target in by_term:
                items.append({"kind": "see", "label": alias, "target": by_term[target],
                              "sort": sort_key(alias)})
        return sorted(items, key=lambda x: x["sort"])

    def toc_page(anchor: str) -> Markup:
        n = index.layout.number(anchor) if index.layout else None
        return Markup('<span class="toc-page">{}</span>').format(n if n is not None else "")

    view = PackView(pack)
    view.readings = [paged(r, index.pages) for r in pack.readings]
    single = view.readings[0] if len(pack.readings) == 1 else None
    authors = sorted({a for r in pack.readings for a in r.meta.authors})
    pack_lang = reading_language(pack.readings[0]) if pack.readings else "en"   # the cover's
    return {
        "pack": view, "single": single, "profile": profile, "instructor": instructor,
        "version": __version__, "build_date": BUILD_DATE,
        "doc_title": single.meta.title if single else pack.title,
        "doc_authors": ", ".join(authors),
        # the PDF's subject, in the language of the reader's labels (i18n)
        "doc_subject": label("Teaching edition for {title}" + (", {term}" if pack.term else ""),
                             pack_lang, title=pack.title, term=pack.term),
        "doc_keywords": ", ".join(t.term for r in pack.readings for t in r.glossary[:12]),
        "doc_lang": pack.readings[0].meta.languages[0] if pack.readings else "en",
        "glossary_items": glossary_items,
        "labels": labels, "label_languages": LANGUAGES,
        "editorial": lambda r: _editorial(r, index),
        "toc_page": toc_page,
        "flowed": flowed,
        "break_heads": break_heads,
        "split_paragraph": split_paragraph,
        "citation": lambda r: local_inlines(r.citation, r.meta.languages[0]
                                            if r.meta.languages else "en"),
        "fn_breaks": set(),
        "first_anchor_on_page": lambda r, t, p: index.first_on_page(r.slug, t.anchors, p),
        "first_evidence_on_page": lambda r, q, p: index.first_on_page(r.slug, q.evidence, p),
        # the sentences the printed questions quote, marked for their pages
        "marked": lambda r, b, bid=None: marked_inlines(b, sentence_refs(r), bid),
        # back-references of a bibliography entry: the pages of its in-text citations
        "cite_pages": lambda r, e: sorted({n for a in e.cited_in
                                           if (n := index.number(r.slug, a)) is not None}),
        "first_cite_on_page": lambda r, e, p: index.first_on_page(r.slug, e.cited_in, p),
    }


# quotation marks by the reading's language: (outer open, outer close, inner open, inner close)
QUOTES = {"de": ("„", "“", "‚", "‘")}


def local_quotes(text: str, lang: str) -> str:
    """The quotation marks of an apparatus line (the reading's citation)
    in the reading's language, and a spaced hyphen as a dash: a mark after
    a space (or at the start) and before a letter opens, a double or single
    mark after a letter closes the open quote of its kind (an apostrophe is
    no quote: "Rawls’ Werk"); nested quotes take the inner marks.  English
    text is left as it is.

    >>> local_quotes('Nullmeier. “Soziale Gerechtigkeit - ein „Kampfbegriff”?”', "de")
    'Nullmeier. „Soziale Gerechtigkeit – ein ‚Kampfbegriff‘?“'
    >>> local_quotes('“Rawls’ Werk und ‘die Folgen’”', "de")
    '„Rawls’ Werk und ‚die Folgen‘“'
    >>> local_quotes('“Rivers” - it’s', "en")
    '“Rivers” - it’s'
    """
    marks = QUOTES.get((lang or "en")[:2])
    if marks is None:
        return text
    out, stack = [], []
    for i, ch in enumerate(text):
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        kind = "d" if ch in "“”„‟" else "s" if ch in "‘’‚" else ""
        if kind and (before.isspace() or before in "([/") and not after.isspace():
            out.append(marks[2 if stack else 0])
            stack.append(kind)
        elif kind and stack and stack[-1] == kind and not before.isspace():
            stack.pop()
            out.append(marks[3 if stack else 1])
        else:
            out.append(ch)
    return "".join(out).replace(" - ", " – ")


def local_inlines(nodes: list, lang: str) -> list:
    """``local_quotes`` over inline nodes (the marks may open in one node
    and close in another: the text is localised as one string, then cut
    back at the nodes' lengths); new nodes, the reading's are left alone."""
    if (lang or "en")[:2] not in QUOTES:
        return nodes

    def texts(ns):
        for n in ns:
            if isinstance(n, model.Text):
                yield n.text
            elif isinstance(n, (model.Emph, model.Cite)):
                yield from texts(n.children)
    whole = "".join(texts(nodes))
    done = local_quotes(whole, lang)
    if len(done) != len(whole):     # pragma: no cover - the marks are replaced one for one
        return nodes
    at = [0]

    def rebuilt(ns):
        out = []
        for n in ns:
            if isinstance(n, model.Text):
                out.append(model.Text(done[at[0]:at[0] + len(n.text)]))
                at[0] += len(n.text)
            elif isinstance(n, model.Emph):
                out.append(model.Emph(rebuilt(n.children), strong=n.strong))
            elif isinstance(n, model.Cite):
                out.append(model.Cite(n.key, rebuilt(n.children)))
            else:
                out.append(n)
        return out
    return rebuilt(nodes)


def _editorial(r: model.Reading, index: PageIndex) -> dict:
    """The editorial note's summary, each emendation with its place in this
    edition: page and line (or note and line), from the laid-out article."""
    ed = editorial_summary(r)
    out = []
    for c in ed["emendations"]:
        if c.where.block:
            page = index.number(r.slug, c.where.block)
            where = apparatus_place(index.lines, f"{r.slug}--{c.where.block}", c.after,
                                    lambda i: i + 1, page, memo=index.places)
        else:
            where = {"page": None, "line": None, "note": None}
        out.append({**where, "before": c.before, "after": c.after, "why": c.why})
    ed["emendations"] = sorted(out, key=_text_order)
    return ed


def _text_order(e: dict) -> tuple:
    """An apparatus follows the text: by page, the text's lines before the
    notes', then by line; emendations without a place last (stable)."""
    page = e.get("page")
    if not isinstance(page, int):
        return (1, 0, 0, 0, 0)
    note = str(e.get("note") or "")
    return (0, page, 1 if note else 0, int(note) if note.isdigit() else 0, e.get("line") or 0)


# ------------------------------------------------------------ layout


class _Arabic:
    """The arabic part of the reader as laid out so far: anchor → 0-based
    arabic page index; ``number`` gives the printed page."""

    def __init__(self, anchors: dict[str, int] | None = None):
        self.anchors: dict[str, int] = dict(anchors or {})

    def number(self, anchor: str) -> int | None:
        i = self.anchors.get(anchor)
        return None if i is None else i + 1


def front_pad(front_pages: int, right: bool) -> int:
    """Empty pages after the front matter: one when the arabic pages must
    start on a right-hand page and the front matter has an odd count.

    >>> front_pad(3, True), front_pad(4, True), front_pad(3, False)
    (1, 0, 0)
    """
    return 1 if right and front_pages % 2 else 0


def segment_start(before: int, need_right: bool) -> tuple[bool, bool]:
    """Where a segment starts after ``before`` pages (front matter, its pad
    and the arabic pages so far): (an empty page first, so that it starts on
    a right-hand page; it is laid out with a dropped first page, so that its
    first page is a left-hand one).

    >>> segment_start(4, True), segment_start(5, True), segment_start(5, False)
    ((False, False), (True, False), (False, True))
    """
    left_next = before % 2 == 1
    if left_next and need_right:
        return True, False
    return False, left_next


def misplaced_notes(r: model.Reading, anchors: dict[str, int], breaks=None) -> set[str]:
    """Anchors (``slug--block``) of paragraphs whose note call sits on another
    page than its note: WeasyPrint sometimes defers a note to the next page
    although the call stays.  With ``breaks`` (the moves made so far), what
    to do next: first cut the paragraph before the sentence that calls the
    note (``split:slug--block#n``, when enough of it stays behind: moved
    whole, it left a page a third empty), then move it whole."""
    bad = set()
    for _, b in r.blocks():
        for n in b.inlines:
            if isinstance(n, model.NoteRef):
                ref = anchors.get(f"{r.slug}--ref-{n.number}")
                note = anchors.get(f"{r.slug}--note-{n.number}")
                if ref is not None and note is not None and ref != note:
                    anchor = f"{r.slug}--{b.id}"
                    cut = f"{SPLIT}{anchor}#{n.number}"
                    if (breaks is not None and b.kind == "paragraph" and anchor not in breaks
                            and not any(k.startswith(f"{SPLIT}{anchor}#") for k in breaks)
                            and note_split(b.inlines, n.number) is not None):
                        bad.add(cut)
                    else:
                        bad.add(anchor)
                    break
    return bad


SPLIT = "split:"        # in ``breaks``: "split:<paragraph anchor>#<n>", cut before note n's sentence
MIN_LEFT = 40           # words of the paragraph that must stay before the cut


def note_split(inlines: list, number: int) -> tuple[list, list] | None:
    """A paragraph's inlines cut before the sentence that calls note
    ``number``: (the part that stays, the part that goes to the next page
    with the note), or None when fewer than ``MIN_LEFT`` words would stay or
    no sentence ends before the call in the paragraph's plain text.

    >>> T, N = model.Text, model.NoteRef
    >>> words = " ".join(["word"] * 40)
    >>> a, b = note_split([T(words + ". Then Moscow said so"), N(22), T(" and more.")], 22)
    >>> model.plain_text(a)[-10:], model.plain_text(b)
    ('word word.', 'Then Moscow said so and more.')
    >>> note_split([T("Too short. Then it"), N(3)], 3) is None
    True
    """
    at = next((i for i, n in enumerate(inlines)
               if isinstance(n, model.NoteRef) and n.number == number), None)
    if at is None:
        return None
    for j in range(at - 1, -1, -1):
        node = inlines[j]
        if not isinstance(node, model.Text):
            continue
        ends = sentence_ends(node.text)
        if not ends:
            continue
        cut = ends[-1]
        first = inlines[:j] + [model.Text(node.text[:cut])]
        if len(model.plain_text(first).split()) < MIN_LEFT:
            return None
        return first, [model.Text(node.text[cut:].lstrip())] + inlines[j + 1:]
    return None


def split_paragraph(r: model.Reading, b: model.Block, inlines: list, breaks: set):
    """The paragraph ``b`` (its printed ``inlines``) in two when ``breaks``
    cuts it for a note (:func:`misplaced_notes`), else None."""
    anchor = f"{r.slug}--{b.id}"
    if anchor in breaks:
        return None
    for k in breaks:
        if k.startswith(f"{SPLIT}{anchor}#"):
            return note_split(inlines, int(k.rsplit("#", 1)[1]))
    return None


MAX_STOPS = 20          # layouts of an article stopped at a note put off, at most
DEFER = "defer:"        # in ``breaks``: "defer:<figure anchor>#<n>", printed n blocks later
GAP = 0.25             # … when its move to the next page left this much of a page empty
MAX_DEFER = 3          # blocks a figure moves at most


def deferred(anchor: str, breaks: set) -> int:
    """How many blocks the figure ``anchor`` is printed after its place."""
    return max((k for k in range(1, MAX_DEFER + 1) if f"{DEFER}{anchor}#{k}" in breaks),
               default=0)


def break_heads(sections: list, slug: str, breaks: set) -> set[str]:
    """Ids of the sections whose heading starts a new page because the first
    paragraph under it was moved there for its note (``breaks``): its own
    heading, or the first of the title-only headings right above it, which
    would otherwise stand alone at the foot of a page or on a page of its own.

    >>> S = lambda i, blocks: model.Section(i, "T " + i, blocks)
    >>> p = model.Block("p1", [model.Text("x")])
    >>> sorted(break_heads([S("s1", [p]), S("s2", []), S("s3", [model.Block("p2", [])])], "r", {"r--p2"}))
    ['s2']
    >>> sorted(break_heads([S("s1", [p]), S("s3", [model.Block("p2", [])])], "r", {"r--p2"}))
    ['s3']
    """
    out = set()
    for i, sec in enumerate(sections):
        if not (sec.title and sec.blocks and f"{slug}--{sec.blocks[0].id}" in breaks):
            continue
        j = i
        while j > 0 and sections[j - 1].title and not sections[j - 1].blocks:
            j -= 1
        out.add(sections[j].id)
    return out


def flowed(sections: list, slug: str, breaks: set) -> list[list]:
    """The blocks of each section in print order: a deferred figure after
    the n-th block that follows it (in a later section when its own ends)."""
    flat = [(i, b) for i, sec in enumerate(sections) for b in sec.blocks]
    order = list(flat)
    for i, b in flat:
        n = deferred(f"{slug}--{b.id}", breaks) if b.kind == "figure" else 0
        if not n:
            continue
        at = next(k for k, (_, x) in enumerate(order) if x is b)
        order.pop(at)
        k, seen = at, 0
        while k < len(order) and seen < n:
            seen += order[k][1].kind != "figure"
            k += 1
        order.insert(k, (order[k - 1][0] if k else i, b))
    out: list[list] = [[] for _ in sections]
    for i, b in order:
        out[i].append(b)
    return out


def first_changed_page(r: model.Reading, anchors: dict[str, int], breaks: set,
                       new: set[str]) -> int:
    """The first page of a laid-out article (``anchors``: anchor → page)
    that adding ``new`` entries to ``breaks`` can change: the page where
    the block before the first block they cut or move ends (its pages before
    are laid out the same); 0 when a block is not found or starts the
    article.

    >>> p = [model.Block(f"p{i}", [model.Text("x")]) for i in range(3)]
    >>> r = model.Reading("r", None, sections=[model.Section("s1", "", p)])
    >>> first_changed_page(r, {"r--end-p0": 0, "r--end-p1": 2}, set(), {"split:r--p2#4"})
    2
    >>> first_changed_page(r, {"r--end-p0": 0}, set(), {"r--p1", "defer:r--p0#1"})
    0
    """
    ids = set()
    for key in new:
        anchor = key.split(":", 1)[1] if key.startswith((SPLIT, DEFER)) else key
        ids.add(anchor.split("#")[0].removeprefix(f"{r.slug}--"))
    flat = [b for blocks in flowed(r.sections, r.slug, breaks) for b in blocks]
    pages, found = [], set()
    for prev, b in zip([None] + flat, flat):
        if b.id not in ids:
            continue
        found.add(b.id)
        page = None if prev is None else anchors.get(f"{r.slug}--end-{prev.id}",
                                                     anchors.get(f"{r.slug}--{prev.id}"))
        if page is None:
            return 0
        pages.append(page)
    return min(pages) if pages and found == ids else 0


def pushed_figures(r: model.Reading, laid, breaks: set = frozenset()) -> set[str]:
    """Entries for ``breaks`` that move each figure one block further down
    when it went to the top of the next page and left more than ``GAP`` of
    the page before it empty (the browser has no page floats, and a CSS
    float does not let the text after it go first): the paragraph after it
    fills that page.  At most ``MAX_DEFER`` blocks."""
    out, targets, slug = set(), laid.targets, r.slug
    top = max((t[2] for t in targets.values()), default=0)  # the highest anchor: about the top
    flat = [b for blocks in flowed(r.sections, slug, breaks) for b in blocks]
    for prev, b, nxt in zip(flat, flat[1:], flat[2:]):
        fig, end = f"{slug}--{b.id}", f"{slug}--end-{prev.id}"
        if not (b.kind == "figure" and b.figure and nxt.kind == "paragraph"
                and fig in targets and end in targets):
            continue
        page, y_end = targets[end][0], targets[end][2]
        n = deferred(fig, breaks) + 1
        if targets[fig][0] != page + 1 or n > MAX_DEFER:
            continue
        notes = [t[2] for name, t in targets.items()
                 if t[0] == page and name.startswith(f"{slug}--note-")]
        floor = max(notes, default=top * 0.1)     # the notes' top, else about the margin
        if y_end - floor > GAP * top:
            out.add(f"{DEFER}{fig}#{n}")
    return out


def reader_css(profile: str, main: str = "reader.css") -> list[str]:
    """The reader's stylesheets for a profile (``main="handout.css"``: the
    handout's, as :func:`coursepack.render.handout.render_handout` lists them)."""
    return ["base.css", main] + ([f"profile-{profile}.css"] if profile != "office" else [])


class _Jobs:
    """Lays the reader's segments out, or finds them in the store, and
    collects them: in child processes, side by side, when they are kept on
    disk (a tagged PDF is written from the laid-out pages here).  ``breaks``
    (the paragraphs moved for their notes) and ``index.places`` grow as the
    segments come back."""

    def __init__(self, renderer, html, css, paper, lang, options, store, fixed, breaks, index):
        self.renderer, self.html, self.css, self.paper, self.lang = renderer, html, css, paper, lang
        self.options, self.store, self.fixed, self.breaks, self.index = \
            options, store, fixed, breaks, index
        # parallel.workers looked up when a build starts (a test sets it to 1)
        self.pool = parallel.ForkPool(parallel.workers() if store is not None else 1)
        self.warmed = False
        self.laid_count = 0
        self.used: list[str] = []
        self.progress = {"asked": 0, "done": 0}     # segments handed to the pool, and back

    def lay(self, seg: Segment, text: str, extra: str, states=None):
        """The segment laid out, or found in the store: a Laid (``layouts``
        says whether it was laid out now).  ``states`` (kept on disk only):
        see :meth:`Renderer.layout`; the Laid keeps them (``states``)."""
        store = self.store
        key = digest("\0".join([self.fixed, extra, text])) if store is not None else ""
        laid = store.get(key) if store is not None else None
        if laid is None:
            if store is None:       # kept in memory when asked (watch)
                doc, kept = _lay_out(self.renderer, text, self.css, extra)
            else:
                doc, kept = self.renderer.layout(text, self.css, extra, pages=states), False
            pages = doc.pages[1:] if seg.lead else doc.pages
            laid = describe(pages, lines=seg.kind == "article"
                            and not isinstance(doc, PartialLayout))
            laid.warnings = list(getattr(doc, "coursepack_warnings", []))
            laid.doc, laid.page_list, laid.layouts = doc, pages, 0 if kept else 1
        laid.key = key
        laid.states = states if laid.layouts else None
        return laid

    def job(self, seg: Segment, r, extra: str, passes: int, text: str):
        """Lay out a segment (in a child process, when the pool forks), again
        while a note is deferred to another page than its call (articles).
        Yields (Laid, its final HTML, the paragraphs moved, the editorial
        places found), then (when kept on disk) its PDF."""
        added: set[str] = set()
        layouts = full = stops = 0      # (layouts: made here; full: complete ones)
        # an article laid out again is laid out from the first page its moves change;
        # while a full layout is left, one stops at the first note put off to a later page
        states = PageStates() if seg.kind == "article" and passes > 1 and self.store else None
        while True:
            if full + stops:
                text = self.html(seg)
            if states is not None:
                states.stop = full < passes - 1 and stops < MAX_STOPS
            laid = self.lay(seg, text, extra, states)
            layouts += laid.layouts
            stopped = isinstance(laid.doc, PartialLayout)
            full, stops = full + (not stopped), stops + stopped
            bad = self.moves(seg, r, laid, laid.states if stopped else None)
            if stopped and not bad:     # a note put off that moves nothing: lay it all out
                states, stops = laid.states.resumed(laid.pages - 1 + seg.lead), MAX_STOPS
                continue
            if not bad:
                break
            if states is not None:
                start = first_changed_page(r, laid.anchors, self.breaks, bad)
                states = (laid.states.resumed(start + seg.lead)
                          if laid.states is not None and start else PageStates())
            self.breaks.update(bad)
            added |= bad
            if full >= passes:
                break
        laid.layouts, laid.states = layouts, None
        if self.store is None:
            yield laid, text, added, dict(self.index.places)
            return
        doc, pages, laid.doc, laid.page_list = laid.doc, laid.page_list, None, []
        # what the chain needs first; then the PDF, while the parent goes on
        yield laid, text, added, dict(self.index.places)
        yield laid.pdf or write_pages(doc, pages, self.options)

    def moves(self, seg: Segment, r, laid, stopped=None) -> set[str]:
        """The new entries for ``breaks`` that a laid-out article asks for
        (:func:`misplaced_notes`, :func:`pushed_figures`); of a layout
        ``stopped`` at a note put off (its PageStates), that note's."""
        if seg.kind != "article":
            return set()
        if stopped is None:
            return (misplaced_notes(r, laid.anchors, self.breaks)
                    | pushed_figures(r, laid, self.breaks)) - self.breaks
        anchors = dict(laid.anchors)        # the note: on the page after its call's
        for name, page in stopped.deferred:
            anchors.setdefault(name, page + 1 - seg.lead)
        return misplaced_notes(r, anchors, self.breaks) - self.breaks

    def request(self, seg: Segment, r, extra: str, passes: int = 1, text: str | None = None):
        """Start a segment's layout (or take it from the store): a handle
        for :meth:`collect`."""
        text = self.html(seg) if text is None else text
        if self.store is not None:
            key = digest("\0".join([self.fixed, extra, text]))
            laid = self.store.get(key)
            if laid is not None and not (seg.kind == "article"
                                         and (misplaced_notes(r, laid.anchors, self.breaks)
                                              | pushed_figures(r, laid, self.breaks))
                                             - self.breaks):
                laid.key = key
                return ("ready", (laid, text, set(), {}))
            if not self.warmed and self.pool.size > 1:    # children start with WeasyPrint loaded
                self.renderer.warm_up(self.css, self.paper, self.lang)
                self.warmed = True
        if self.pool.size > 1:      # and with its hyphenation patterns and small stylesheet
            self.renderer.prepare(text, extra)
        progress = self.progress
        progress["asked"] += 1
        what = {"blank": "page numbers", "front": "front matter"}.get(seg.kind, seg.kind)
        step(detail=f"laying out {getattr(r, 'slug', '') or 'the pack'}: {what} "
                    f"({progress['done']}/{progress['asked']} parts done)")
        return ("job", self.pool.submit(lambda: self.job(seg, r, extra, passes, text)))

    def collect(self, handle):
        """The segment of a handle: (Laid, its HTML)."""
        kind, value = handle
        if kind != "ready":     # meanwhile, what later layouts need (warm-ups left)
            self.renderer.idle(until=lambda: self.pool.ready(value))
        laid, text, added, places = value if kind == "ready" else self.pool.result(value)
        if kind != "ready":
            self.progress["done"] += 1
            step(detail=f"{self.progress['done']}/{self.progress['asked']} parts laid out")
        self.breaks.update(added)
        self.index.places.update(places)
        self.laid_count += laid.layouts
        if self.store is not None:
            self.used.append(laid.key)
            if kind != "ready":
                laid.pending = value     # its PDF: see written()
        return laid, text

    def written(self, laid) -> None:
        """The segment's PDF is there (kept on disk if it is new)."""
        if laid.pending is not None:
            laid.pdf = self.pool.result(laid.pending, 1)
            laid.pending = None
            if laid.layouts:
                self.store.put(laid.key, laid)

    def extra_for(self, seg: Segment, first: int) -> str:
        """The CSS added to a segment's: its paper, and its page numbers
        laid out with it when it is written in one go; otherwise drawn
        afterwards (pdf.join.NO_FOLIOS), so the layout does not depend on
        the page the segment starts on."""
        return (f"{self.paper}\n@page :first {{ counter-reset: page {first}; }}"
                if self.store is None else f"{self.paper}\n{NO_FOLIOS}")


@dataclass
class _Run:
    """What one reader is laid out with: its template context, stylesheets,
    paper, PDF options, and the store (none for a tagged PDF)."""

    renderer: object
    ctx: dict
    css: list
    paper: str
    css_text: str
    options: dict
    right: bool
    code: str
    store: object
    breaks: set
    pages: dict     # the page map (PageIndex.pages) the templates read
    right_parts: bool = True    # back-matter parts start on a right-hand page too

    def html(self, seg: Segment) -> str:
        self.ctx["segment"] = Segment(seg.kind, paged(seg.reading, self.pages), seg.lead,
                                      seg.parts)
        return self.renderer.html("reader.html.j2", **self.ctx)


def _plan_run(renderer, cfg: PackConfig, pack: model.Pack, profile: str, instructor: bool,
              index: PageIndex, state: dict, store) -> _Run:
    breaks: set[str] = set(state.get("breaks") or [])
    ctx = reader_context(cfg, pack, profile, instructor, index)
    ctx["fn_breaks"] = breaks
    right = bool(cfg.output["right_hand_starts"])
    right_parts = right and bool(cfg.output.get("right_hand_back_matter", False))
    ctx["right_hand_starts"], ctx["right_hand_back_matter"] = right, right_parts
    css = reader_css(profile)
    paper = PAPER_CSS[cfg.output["paper"]]
    options = pdf_options(profile)
    # a tagged PDF has one structure tree: its pages are written in one go
    if options.get("pdf_tags"):
        store = None
    # a new coursepack may lay out the same HTML otherwise: its code is in the keys
    return _Run(renderer, ctx, css, paper, renderer.css_text(css) + paper, options, right,
                code_fingerprint(), store, breaks, index.pages, right_parts)


def _unchanged(run: _Run, pack: model.Pack, index: PageIndex, state: dict,
               previous: bytes) -> ReaderResult | None:
    """The same HTML as last time, page numbers and all: the same PDF."""
    if not (state.get("refs") and state.get("anchors") is not None):
        return None
    index.pages.clear()
    index.pages.update(state["refs"])   # the page numbers printed last time
    index.layout = _Arabic(state["anchors"])
    index.places = dict(state.get("places") or {})
    try:
        plan = [Segment(k, pack.readings[i] if i is not None else None, lead, tuple(parts))
                for k, i, lead, parts in state.get("plan") or []]
    except (ValueError, TypeError, IndexError):    # a state of another version
        plan = []
    segs = plan + [Segment("front")]
    keys = state.get("segment_html")
    if not plan or not isinstance(keys, list) or len(keys) != len(segs) \
            or _html_key(run, keys) != state.get("html"):
        return None
    # segment by segment, an article last: an edit changes a glossary, the
    # questions or the editorial note far more often, and an article's HTML
    # takes longest to make (it is made again for the layout's chain anyway)
    for i in sorted(range(len(segs)), key=lambda i: segs[i].kind == "article"):
        if digest(run.html(segs[i])) != keys[i]:
            return None
    return ReaderResult(previous, int(state.get("pages") or 0),
                        list(state.get("warnings") or []), state, ordered(pack, index.pages))


def _html_key(run: _Run, keys: list[str]) -> str:
    """What the reader is made of: its code, stylesheets, and the hash of
    each segment's HTML (the plan's, then the front matter's)."""
    return digest("\0".join([run.code, run.css_text] + keys))


class _Chain:
    """One attempt at the arabic pages: the segments after the front matter,
    placed in order on their sides (``front_pages`` long before them)."""

    def __init__(self, run: _Run, jobs: _Jobs, pack: model.Pack, index: PageIndex,
                 front_pages: int):
        self.run, self.jobs, self.pack, self.index = run, jobs, pack, index
        self.front_pages = front_pages
        self.pad = front_pad(front_pages, run.right)
        self.chain, self.anchors, self.plan = [], {}, []   # Laid per segment, arabic anchors
        self.texts: list[str] = []                         # the HTML of each segment of the plan
        self.n = 0                                         # arabic pages so far
        self.blank_laid = self.blank_handle = None
        # with right-hand starts every segment starts on a right-hand page, and
        # without page numbers in their layout, segments do not depend on where
        # they start: the articles are all started now, each reading's back
        # matter as soon as its article's pages are known
        self.side_by_side = run.store is not None and run.right

    def blank(self):
        if self.blank_laid is None:
            self.blank_laid = self.jobs.collect(
                self.blank_handle or self.jobs.request(Segment("blank"), None, self.run.paper))[0]
        return self.blank_laid

    def place(self, seg_kind: str, r: model.Reading, need_right: bool, passes: int = 1,
              parts: tuple = (), handle=None) -> None:
        jobs, index = self.jobs, self.index
        blank_first, lead = segment_start(self.front_pages + self.pad + self.n, need_right)
        if blank_first:
            self.chain.append(self.blank())
            self.plan.append(("blank", None, False, ()))
            self.texts.append(self.run.html(Segment("blank")))
            self.n += 1
        seg = Segment(seg_kind, r, lead=lead, parts=parts)
        if handle is None:
            handle = jobs.request(seg, r, jobs.extra_for(seg, self.n if seg.lead else self.n + 1),
                                  passes)
        laid, text = jobs.collect(handle)
        if seg_kind == "article" and laid.lines is not None:
            index.lines.add_dump(laid.lines, offset=self.n)
        self.chain.append(laid)
        self.plan.append((seg_kind, self.pack.readings.index(r), seg.lead, parts))
        self.texts.append(text)
        for name, i in laid.anchors.items():
            self.anchors.setdefault(name, self.n + i)
        self.n += laid.pages
        index.layout = _Arabic(self.anchors)

    def started(self, segs: list[Segment], passes: int = 1) -> list:
        """Start the segments' layouts now (longest first: the pool
        takes them in turn), when they can be laid out side by side."""
        if not self.side_by_side:
            return [None] * len(segs)
        htmls = [self.run.html(seg) for seg in segs]
        handles: list = [None] * len(segs)
        for i in sorted(range(len(segs)), key=lambda i: -len(htmls[i])):
            extra = self.run.paper if segs[i].kind == "blank" else self.jobs.extra_for(segs[i], 0)
            handles[i] = self.jobs.request(segs[i], segs[i].reading, extra, passes,
                                           text=htmls[i])
        return handles

    def readings(self, max_passes: int, on_article) -> None:
        """Place every reading's article and back matter."""
        right, index = self.run.right, self.index
        articles = self.started([Segment("article", r) for r in self.pack.readings], max_passes)
        # an empty page: likely needed when every part starts on a right-hand page
        self.blank_handle = self.started([Segment("blank")])[0] if self.run.right_parts else None
        for r, article in zip(self.pack.readings, articles):
            self.place("article", r, right, passes=max_passes, handle=article)
            index.pages.update(reading_pages(r, _Scoped(index, r.slug)))
            if on_article is not None:
                on_article(r.slug, index.span(r.slug))
            parts = back_parts(r)
            # a part on either side is laid out for its side: one after the other
            backs = (self.started([Segment("back", r, parts=(part,)) for part in parts])
                     if self.run.right_parts else [None] * len(parts))
            for part, handle in zip(parts, backs):
                self.place("back", r, right and self.run.right_parts, parts=(part,),
                           handle=handle)

    def front_and_folios(self):
        """Start the folios of the arabic pages (on empty pages of the same
        kinds and sides, an empty first page dropped when the first is a left
        one; beside the front matter), then lay out the front matter."""
        run, jobs = self.run, self.jobs
        self.front_text = run.html(Segment("front"))
        self.ov_lead = (self.front_pages + self.pad) % 2 == 1
        self.folio_handle = None
        if run.store is not None and self.chain:
            types = ([FILLER] if self.ov_lead else []) + [t for p in self.chain for t in p.types]
            self.folio_handle = jobs.request(
                Segment("folios"), None, f"{run.paper}\n{ONLY_FOLIOS}\n@page :first "
                f"{{ counter-reset: page {0 if self.ov_lead else 1}; }}",
                text=folio_html(types, run.ctx["doc_lang"]))
        self.front = jobs.collect(jobs.request(Segment("front"), None, run.paper,
                                               text=self.front_text))[0]


def _lay_out_reader(run: _Run, jobs: _Jobs, pack: model.Pack, index: PageIndex, state: dict,
                    max_passes: int, on_article, warnings: list[str]) -> _Chain:
    """Lay out the chain until the front matter's length leaves the sides as
    they were: the settled chain (``settled``: the front matter's pages)."""
    front_pages = int(state.get("front") or 0)
    for _attempt in range(3):
        index.lines, index.places = LineIndex(), {}
        # without right-hand starts, the front matter's length sets the sides of
        # the pages after it (with them, it is made even by an empty page)
        if not front_pages and not run.right:
            index.layout = _Arabic()
            front_pages = jobs.collect(jobs.request(Segment("front"), None, run.paper))[0].pages
        chain = _Chain(run, jobs, pack, index, front_pages)
        chain.readings(max_passes, on_article)
        chain.front_and_folios()
        if run.right or chain.front.pages % 2 == front_pages % 2:
            front_pages = chain.front.pages
            break
        front_pages = chain.front.pages     # the sides changed: lay out again
    else:   # pragma: no cover - the front matter's length keeps changing
        warnings.append("the reader's layout did not settle; some page references may be off")
    chain.settled = front_pages
    chain.folios = jobs.collect(chain.folio_handle)[0] if chain.folio_handle is not None else None
    return chain


def _assemble(run: _Run, jobs: _Jobs, pack: model.Pack, chain: _Chain,
              warnings: list[str]) -> tuple[bytes, int]:
    """The reader's PDF from its laid-out segments, and its page count."""
    pad = front_pad(chain.settled, run.right)
    parts_out = [chain.front] + ([chain.blank()] * pad if pad else []) + chain.chain
    total = sum(p.pages for p in parts_out)
    for part in parts_out:
        warnings += [w for w in part.warnings if w not in warnings]
    left = set()
    for r in pack.readings:
        left |= misplaced_notes(r, chain.anchors)
    if left:
        warnings.append(f"notes on another page than their call: {', '.join(sorted(left))}")
    front_total = chain.settled + pad
    meta = pack.readings[0].meta if len(pack.readings) == 1 else None
    ctx = run.ctx
    info = dict(title=meta.title if meta else pack.title,
                author=", ".join(meta.authors) if meta else pack.instructor,
                subject=ctx["doc_subject"], keywords=ctx["doc_keywords"],
                lang=ctx["doc_lang"], front_pages=front_total, creation_date=PDF_DATE)
    if run.store is None:
        pages_out = [pg for part in parts_out for pg in part.page_list]
        return finish_pdf(run.renderer.pdf(chain.front.doc.copy(pages_out), **run.options),
                          **info), total
    folios = chain.folios
    for part in parts_out + ([folios] if folios is not None else []):
        jobs.written(part)
    writer, missing = join(parts_out, folios, folios_at=front_total,
                           skip=1 if chain.ov_lead else 0)
    if missing:
        warnings.append(f"links to no anchor: {', '.join('#' + m for m in missing)}")
    return finish_writer(writer, b"".join(p.pdf for p in parts_out), **info), total


def render_reader(renderer, cfg: PackConfig, pack: model.Pack, *, profile: str,
                  instructor: bool = False, index: PageIndex | None = None,
                  state: dict | None = None, previous: bytes | None = None,
                  max_passes: int = 6, on_article=None, store=None) -> ReaderResult:
    """Lay out the reader segment by segment (see the module's docstring)
    and write its PDF.  ``state`` is what the last build of this reader
    returned: the paragraphs moved for their notes, and the page numbers it
    printed.  When every segment's HTML is what it was then, ``previous``
    (the PDF written then) is returned as it is.  ``store`` (a
    :class:`~coursepack.segments.SegmentStore`) keeps each segment's PDF
    between builds, so only the segments whose HTML changed are laid out.
    ``on_article(slug, span)`` is told each reading's pages as soon as its
    article is laid out (the handouts print them).  The pages of the
    glossary, questions and timeline come back as the result's ``page_map``
    (:mod:`coursepack.render.pages`), which the build applies to the model;
    the render writes nothing into the model.

    Plan (:func:`_plan_run`, :func:`_unchanged`) → jobs (:class:`_Jobs`,
    :func:`_lay_out_reader`) → assemble (:func:`_assemble`)."""
    index = index if index is not None else PageIndex()
    state = state or {}
    run = _plan_run(renderer, cfg, pack, profile, instructor, index, state, store)
    if previous is not None:
        same = _unchanged(run, pack, index, state, previous)
        if same is not None:
            return same
    fixed = "\0".join([run.code, run.css_text, repr(sorted(run.options.items())),
                       assets_fingerprint(renderer.root)]) if run.store is not None else ""
    jobs = _Jobs(renderer, run.html, run.css, run.paper, run.ctx["doc_lang"], run.options,
                 run.store, fixed, run.breaks, index)
    warnings: list[str] = []
    try:
        chain = _lay_out_reader(run, jobs, pack, index, state, max_passes, on_article, warnings)
        pdf, total = _assemble(run, jobs, pack, chain, warnings)
    finally:     # no child process left running (an error, an abandoned attempt)
        jobs.pool.cancel()
    keys = [digest(text) for text in chain.texts + [chain.front_text]]
    page_map = ordered(pack, index.pages)
    new_state = {"html": _html_key(run, keys), "segment_html": keys,
                 "front": chain.settled, "layouts": jobs.laid_count,
                 "warnings": warnings,
                 "breaks": sorted(run.breaks), "pages": total, "anchors": chain.anchors,
                 "plan": chain.plan, "refs": page_map, "places": index.places,
                 "spans": {r.slug: index.span(r.slug) for r in pack.readings},
                 "segments": sorted(set(jobs.used))}
    return ReaderResult(pdf, total, warnings, new_state, page_map)


def back_parts(r: model.Reading) -> list[str]:
    """The parts of a reading's back matter, in order."""
    return ([p for p, have in (("bibliography", r.bibliography), ("glossary", r.glossary),
                               ("questions", r.questions)) if have] + ["editorial"])


class _Scoped:
    """A layout view with one reading's anchors (prefixed by its slug)."""

    def __init__(self, index: PageIndex, slug: str):
        self.index, self.slug = index, slug

    def number(self, anchor: str):
        return self.index.number(self.slug, anchor)
