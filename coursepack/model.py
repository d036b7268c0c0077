"""The edition model: the dataclasses every stage after *repair* reads.

Everything is gathered here before anything is written, because page
references, the table of contents and the glossary's back-references all
need the whole model.  ``to_json`` turns any of these objects into plain
JSON-able data (the schema of ``build/<slug>/edition.json`` is documented
in the README); each inline node carries a ``type`` field.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Union

SCHEMA_VERSION = 1

# ---------------------------------------------------------------- inlines


@dataclass
class Text:
    """Plain text."""

    text: str
    type: str = "text"


@dataclass
class Emph:
    """Emphasis (italic); ``children`` are inline nodes.  ``strong``:
    strong emphasis (Markdown ``**x**``), printed bold."""

    children: list["Inline"]
    type: str = "emph"
    strong: bool = field(default=False, repr=False)


@dataclass
class NoteRef:
    """A footnote marker in the body, linked to ``Footnote.number``."""

    number: int
    type: str = "noteref"


@dataclass
class TermRef:
    """A marked occurrence of a glossary term (``term_id``); ``text`` is the
    words as they stand in the article.  ``anchor`` is the id of this
    occurrence, so that the glossary can link back to it; ``first`` is true
    for the first occurrence in the article, the one marked visibly."""

    term_id: str
    text: str
    anchor: str = ""
    first: bool = False
    type: str = "termref"
    #: the words as nodes when the occurrence crosses an italic boundary
    #: ("*selective* association"); empty otherwise
    children: list["Inline"] = field(default_factory=list, repr=False)


@dataclass
class Link:
    """A hyperlink; ``text`` is what is shown (usually the URL itself).
    ``children``: the shown text as inline nodes when it is more than
    plain text (Markdown ``[*a title*](url)``); empty otherwise."""

    url: str
    text: str
    type: str = "link"
    children: list["Inline"] = field(default_factory=list, repr=False)


@dataclass
class Cite:
    """A citation (in a note or in the body), linked to a bibliography entry ``key``;
    ``children`` are the inline nodes of the cited text."""

    key: str
    children: list["Inline"]
    type: str = "cite"
    anchor: str = ""        # id of an in-text citation in the body, for back-references


@dataclass
class Code:
    """Inline code (from Markdown), printed in a monospaced face."""

    text: str
    type: str = "code"


@dataclass
class Math:
    """Mathematics written in TeX (from Markdown ``$…$``, ``$$…$$``), typeset
    as an image; ``display`` is true for a formula set on its own line."""

    tex: str
    display: bool = False
    type: str = "math"


Inline = Union[Text, Emph, NoteRef, TermRef, Link, Cite, Code, Math]

#: the text node between two paragraphs of an abstract (the reader starts a
#: new paragraph there; elsewhere it is white space, in Markdown a paragraph break)
PARAGRAPH_BREAK = "\n\n"

INLINE_TYPES = {"text": Text, "emph": Emph, "noteref": NoteRef,
                "termref": TermRef, "link": Link, "cite": Cite, "code": Code, "math": Math}


def plain_text(nodes: list[Inline]) -> str:
    """The text of a list of inline nodes, note markers (and mathematics,
    which is no words) left out.

    >>> plain_text([Text("a "), Emph([Text("b")]), NoteRef(3), Link("u", "u"), Math("x^2")])
    'a bu'
    """
    out: list[str] = []
    for n in nodes:
        if isinstance(n, (Text, Code)):
            out.append(n.text)
        elif isinstance(n, (Emph, Cite)):
            out.append(plain_text(n.children))
        elif isinstance(n, (TermRef, Link)):
            out.append(n.text)
    return "".join(out)


# ---------------------------------------------------------------- apparatus


@dataclass
class Location:
    """Where a change was made.

    ``line``/``column`` are 1-based positions in the *source* file
    ``source``; ``block`` is the id of the edition block (paragraph,
    heading or ``note-N``) that now holds the text, when there is one."""

    source: str = ""
    line: int = 0
    column: int = 0
    block: str = ""


@dataclass
class Change:
    """One recorded repair or correction (the editorial apparatus).

    ``kind`` is the repair class (``ligature``, ``hyphenation``,
    ``smallcaps``, ``roman``, ``spacing``, ``layout``, ``fragment``,
    ``furniture``, ``correction``, ``bibliography`` …); ``rule`` names the
    function that made it; ``silent`` is False for emendations that the
    editorial note lists one by one."""

    kind: str
    rule: str
    before: str
    after: str
    why: str
    where: Location = field(default_factory=Location)
    silent: bool = True
    category: str = ""


@dataclass
class Fragment:
    """Text found stranded in the body (e.g. the tail of a lost footnote).
    It leaves the body and is kept here, attached to the most likely note."""

    text: str
    where: Location
    attached_to: int | None = None
    reason: str = ""


@dataclass
class Accounting:
    """Where every word of the source ended up.  ``complete`` is true when
    the source words equal the sum of the places."""

    source_words: int = 0
    body: int = 0
    notes: int = 0
    metadata: int = 0
    apparatus: int = 0
    discarded: int = 0
    missing: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.missing and self.source_words == (
            self.body + self.notes + self.metadata + self.apparatus + self.discarded)


# ---------------------------------------------------------------- article


@dataclass
class Figure:
    """A figure or table kept out of the running text.

    From an ingested PDF it is an image cut from the original page
    (``image``, ``page``); from Markdown it is an image file or a table
    given as ``rows`` of cells (each cell a list of inline nodes, the first
    ``header_rows`` rows being the header).  ``label`` is the label as
    printed ("Figure 2", "Tabelle 1") or the one the edition gives;
    ``number`` its place among the reading's figures (or tables), 1-based.
    ``image`` is relative to the reading's build folder; "" when there is
    none, in which case the edition prints a placeholder that says where
    the original shows it."""

    kind: str = "figure"            # "figure" or "table"
    label: str = ""
    number: int = 0
    image: str = ""
    alt: str = ""
    caption: list[Inline] = field(default_factory=list)
    page: int = 0                   # page of the original (0: not from a PDF)
    folio: str = ""                 # the number the original prints on that page ("": unknown)
    width: float = 0.0              # natural width of the image in points (0: unknown)
    height: float = 0.0
    rows: list[list[list[Inline]]] = field(default_factory=list)
    header_rows: int = 0
    source: str = ""                # Markdown: the image file, relative to the project
    align: list[str] = field(default_factory=list)   # Markdown table: per column left|center|right|""
    #: the area cut from the original page, ``[x0, top, x1, bottom]`` in
    #: points from the page's top-left ([] when unknown or not from a PDF)
    region: list[float] = field(default_factory=list)


@dataclass
class Block:
    """A paragraph-level block: ``kind`` is ``paragraph`` or ``quote`` (and
    ``figure`` for a figure or table, whose parts are in ``figure``).  From
    Markdown also ``item`` (a list item's paragraph: ``depth`` 1, 2 … is
    its nesting, ``marker`` its bullet or number, "" for a second paragraph
    of the same item), ``code`` (a code block, its text in one Text node)
    and ``math`` (a displayed formula, one Math node).  From a PDF also
    ``authornote`` (a note on the author or the article, keyed by a symbol
    or on the title): its ``marker`` is ``title`` for the title's own note,
    printed as the title's footnote (``title 1``, ``title *``: with the
    original's key), ``author †`` for a note keyed by a symbol on an
    author, printed as a footnote on the author line.  ``italic``: a paragraph or quotation
    the article sets wholly in italics (an interview's words), printed so."""

    id: str
    inlines: list[Inline]
    kind: str = "paragraph"
    lang: str = "en"
    source_lines: list[int] = field(default_factory=list)
    figure: Figure | None = None
    depth: int = 0
    marker: str = ""
    italic: bool = False


@dataclass
class Section:
    id: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    level: int = 1
    # the title as inline nodes when it is more than plain text (Markdown
    # ``## The *Iliad*``); empty otherwise, and omitted from edition.json
    title_inlines: list[Inline] = field(default_factory=list)


@dataclass
class Footnote:
    """``status``: ``complete`` (as in the source), ``lost`` (marker in the
    body, text lost in the source) or ``partial`` (only a stranded tail
    survives).  ``reconstruction`` is the editor's bracketed text for a lost
    note, ``fragments`` the stranded text attached to it."""

    number: int
    inlines: list[Inline] = field(default_factory=list)
    status: str = "complete"
    reconstruction: str = ""
    fragments: list[str] = field(default_factory=list)
    cites: list[str] = field(default_factory=list)
    source_lines: list[int] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"note-{self.number}"


@dataclass
class Abstract:
    lang: str
    title: str
    inlines: list[Inline]


# ---------------------------------------------------------------- apparatus parts


@dataclass
class BibEntry:
    """A bibliography entry.  ``fields``/``persons`` mirror the pybtex
    entry; ``formatted`` is the entry rendered in the pack's style as
    inline nodes; ``cited_by`` lists the note numbers citing it."""

    key: str
    type: str
    fields: dict[str, str] = field(default_factory=dict)
    persons: dict[str, list[str]] = field(default_factory=dict)
    formatted: list[Inline] = field(default_factory=list)
    sort_key: str = ""
    cited_by: list[int] = field(default_factory=list)
    origin: str = "list"   # 'list' (landing page), 'notes' (added from notes), 'editor'
    list_number: int | None = None
    cited_in: list[str] = field(default_factory=list)  # anchors of in-text citations (body)
    label: str = ""        # the article's own number ("[11]", "11.") when its text cites by number


@dataclass
class GlossaryTerm:
    id: str
    term: str
    definition: str
    aliases: list[str] = field(default_factory=list)
    see_also: list[str] = field(default_factory=list)
    reviewed: bool = True
    pinned: bool = False
    kind: str = ""
    anchors: list[str] = field(default_factory=list)   # occurrence anchors in the body
    sections: list[str] = field(default_factory=list)  # section id of each anchor (parallel to anchors)
    pages: list[int] = field(default_factory=list)      # filled after layout
    evidence: list[str] = field(default_factory=list)   # block a drafted definition comes from
    source_pages: list[int] = field(default_factory=list)  # its page, filled after layout
    after: str = ""     # the cited author a drafted definition is credited to ("Kreckel 1992: 55")

    @property
    def drafted(self) -> bool:
        """Not reviewed yet, with a definition drafted from the article's own
        text (its block in ``evidence``): printed, marked as the article's
        wording with its page."""
        return not self.reviewed and bool(self.definition.strip()) and bool(self.evidence)

    @property
    def printable(self) -> bool:
        return bool(self.definition.strip()) and (self.reviewed or self.drafted)

    @property
    def abbreviation(self) -> bool:
        """An entry that only spells out its acronym ("EP": "European
        Parliament."): listed with the abbreviations, not as a glossary
        definition.

        >>> GlossaryTerm("ep", "EP", "European Parliament.", aliases=["European Parliament"]).abbreviation
        True
        >>> GlossaryTerm("ado", "ADOS", "Autism Diagnostic Observation Schedule: an assessment.",
        ...              aliases=["Autism Diagnostic Observation Schedule"]).abbreviation
        False

        A person's entry with the surname as its alias is a definition:

        >>> GlossaryTerm("putin", "Vladimir Putin", "President of Russia.", aliases=["Putin"]).abbreviation
        False
        """
        return bool(self.aliases) and all(_fold(a) == _fold(self.definition) for a in self.aliases)

    @property
    def shown_aliases(self) -> list[str]:
        """The aliases printed beside the term: not one that the definition
        merely repeats (an acronym whose drafted definition is its expansion).

        >>> GlossaryTerm("dfg", "DFG", "Deutsche Forschungsgemeinschaft.",
        ...              aliases=["Deutsche Forschungsgemeinschaft"]).shown_aliases
        []
        >>> GlossaryTerm("ec", "EC", "The executive of the Union.", aliases=["European Commission"]).shown_aliases
        ['European Commission']

        nor a short form made of the term's own words (a surname beside the
        full name):

        >>> GlossaryTerm("putin", "Vladimir Putin", "President of Russia.", aliases=["Putin"]).shown_aliases
        []

        nor the term again in another number or spelling:

        >>> GlossaryTerm("uav", "unmanned aerial vehicles", "Aircraft without a pilot.",
        ...              aliases=["unmanned aerial vehicle", "UAV"]).shown_aliases
        ['UAV']
        >>> GlossaryTerm("reg", "regionalization", "Settling conflicts in the region.",
        ...              aliases=["regionalisation"]).shown_aliases
        []
        """
        own = {_variant(w) for w in self.term.split()}
        return [a for a in self.aliases if _fold(a) != _fold(self.definition)
                and not all(_variant(w) in own for w in a.split())]


def _variant(word: str) -> str:
    """A word folded so that its plural and its -ise/-ize spelling compare equal.

    >>> [_variant(w) for w in ("Vehicles", "vehicle", "regionalisation", "analyses", "Staaten")]
    ['vehicle', 'vehicle', 'regionalization', 'analyse', 'staaten']
    """
    w = _fold(word).replace("isation", "ization").replace("ising", "izing")
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w


def _fold(s: str) -> str:
    """Letters and digits, case folded: how a term and its aliases are compared."""
    return "".join(ch for ch in s.casefold() if ch.isalnum())


@dataclass
class Question:
    id: str
    text: str
    level: str = "analysis"   # comprehension | analysis | evaluation | application
    sections: list[str] = field(default_factory=list)   # section ids
    evidence: list[str] = field(default_factory=list)   # block ids
    answer: str = ""          # instructor notes: what a good answer covers
    origin: str = "generated"  # generated | edited | custom
    pinned: bool = False
    handout: bool = False
    pages: list[int] = field(default_factory=list)


@dataclass
class TimelineEvent:
    id: str
    date: str        # sortable: YYYY, YYYY-MM or YYYY-MM-DD
    label: str       # as printed: "9–10 November 2020"
    text: str
    evidence: list[str] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    pinned: bool = False     # the instructor's: always on the handout


# ---------------------------------------------------------------- reading and pack


@dataclass
class Metadata:
    """Reading metadata from ``reading.yaml``.  Fields the sources do not
    give stay empty: nothing is invented."""

    title: str = ""
    subtitle: str = ""
    authors: list[str] = field(default_factory=list)
    journal: str = ""
    volume: str = ""
    issue: str = ""
    issue_title: str = ""
    year: str = ""
    section: str = ""
    pages: str = ""
    series: str = ""          # a working paper's series, number, institution, place (no journal)
    number: str = ""
    institution: str = ""
    place: str = ""
    published: str = ""
    submitted: str = ""
    doi: str = ""
    url: str = ""
    license: str = ""
    languages: list[str] = field(default_factory=list)
    abstract_languages: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)   # as printed (reading.yaml or the article)
    labels_language: str = ""   # labels printed around the reading (i18n.reading_language)
    summary: str = ""
    notes: list[str] = field(default_factory=list)   # editorial notes on the metadata

    @property
    def full_title(self) -> str:
        """The title with its subtitle, as a citation gives it: joined by a
        colon, or by a space after a title that ends in ? ! or a colon.

        >>> Metadata(title="Selfless Time", subtitle="From life space to death").full_title
        'Selfless Time: From life space to death'
        >>> Metadata(title="Why now?", subtitle="A reply").full_title
        'Why now? A reply'
        >>> Metadata(title="Only a title").full_title
        'Only a title'
        """
        title, sub = self.title.strip(), " ".join(self.subtitle.split())
        if not sub or not title or sub.casefold() in title.casefold():
            return title or sub
        return f"{title} {sub}" if title[-1] in "?!:.—–" else f"{title}: {sub}"


@dataclass
class Reading:
    slug: str
    meta: Metadata
    week: str = ""
    label: str = ""
    abstracts: list[Abstract] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    bibliography: list[BibEntry] = field(default_factory=list)
    glossary: list[GlossaryTerm] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    fragments: list[Fragment] = field(default_factory=list)
    accounting: Accounting = field(default_factory=Accounting)
    citation: list[Inline] = field(default_factory=list)   # the reading's own citation
    suspects: list[dict[str, Any]] = field(default_factory=list)  # for `check`
    source_kind: str = "extracted"   # 'extracted' (raw PDF text, repaired) or 'markdown' (clean)
    #: front matter printed with the title: affiliations, a contributor's box,
    #: dates, key words in a second language (blocks of kind ``affiliation``
    #: or ``keywords``, read from a PDF)
    front: list[Block] = field(default_factory=list)

    def blocks(self):
        """Every body block, in order, with its section."""
        for s in self.sections:
            for b in s.blocks:
                yield s, b

    def note(self, number: int) -> Footnote | None:
        for n in self.footnotes:
            if n.number == number:
                return n
        return None


@dataclass
class Pack:
    title: str
    term: str = ""
    instructor: str = ""
    institution: str = ""
    readings: list[Reading] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)
    notice: str = ""


# ---------------------------------------------------------------- JSON


def to_json(obj: Any) -> Any:
    """Plain JSON-able data for any model object (dataclasses become dicts,
    properties such as ``Accounting.complete`` are included).

    >>> to_json(Block("p1", [Text("hi"), NoteRef(2)]))["inlines"]
    [{'text': 'hi', 'type': 'text'}, {'number': 2, 'type': 'noteref'}]
    """
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
        if isinstance(obj, Accounting):
            out["complete"] = obj.complete
        if isinstance(obj, Footnote):
            out["id"] = obj.id
        if isinstance(obj, Block) and obj.figure is None:
            del out["figure"]       # paragraphs keep the shape they always had
        if isinstance(obj, Block) and not obj.depth and not obj.marker:
            del out["depth"], out["marker"]
        if isinstance(obj, Block) and not obj.italic:
            del out["italic"]       # a roman paragraph keeps the shape it always had
        if isinstance(obj, Section) and not obj.title_inlines:
            del out["title_inlines"]
        if isinstance(obj, Reading) and not obj.front:
            del out["front"]        # a reading without front matter keeps the shape it always had
        if isinstance(obj, Metadata) and not obj.keywords:
            del out["keywords"]     # metadata without keywords keeps the shape it always had
        if isinstance(obj, Metadata):
            for k in ("series", "number", "institution", "place"):
                if not out[k]:
                    del out[k]      # a journal article's metadata keeps the shape it always had
        if isinstance(obj, (Link, TermRef)) and not obj.children:
            del out["children"]    # a plain link (term) keeps the shape it always had
        if isinstance(obj, Emph) and not obj.strong:
            del out["strong"]      # plain emphasis keeps the shape it always had
        if isinstance(obj, GlossaryTerm) and not obj.after:
            del out["after"]       # a term credited to no cited author keeps its shape
        if isinstance(obj, TimelineEvent) and not obj.pinned:
            del out["pinned"]      # an event not pinned keeps the shape it always had
        return out
    if isinstance(obj, (list, tuple)):
        return [to_json(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): to_json(v) for k, v in obj.items()}
    return obj


def inline_from_json(data: dict) -> Inline:
    """Rebuild an inline node from its JSON form (round-trip of ``to_json``)."""
    kind = data["type"]
    cls = INLINE_TYPES[kind]
    kwargs = {k: v for k, v in data.items() if k != "type"}
    if "children" in kwargs:
        kwargs["children"] = [inline_from_json(c) for c in kwargs["children"]]
    return cls(**kwargs)
