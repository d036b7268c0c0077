"""Layout: page boundaries, footnote blocks, stranded fragments, headings,
title and abstracts, page furniture.

Extracted text interleaves a page's footnote block with the body: the block
ends the page and the next page's first body line begins with a space.  A
paragraph cut by the page break (or by a blank line) is rejoined when its
last line does not end a sentence, ends with a hyphen, the next line starts
in lower case, or (at a page break) the last line is full width.  A footnote
that runs over onto the next page continues at the head of the next
footnote block.  Several lines in a row that begin with a space are the
tails of notes whose beginning was lost (all but the last, which starts the
page), and citation-like space-initial lines are such tails too.

Everything here works on line numbers; the text repairs come later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..read.extracted import SourceLine, split_lines
from ..read.pdflayout.blocks import DATE_WHY
from ..read.pdflayout.items import item_marker
from .tracked import position
from ..read.structure import ABSTRACT_PARAGRAPH_WHY, NOTE_SYMBOL_KEY, TITLE_NOTE_WHY, ArticleStructure, Block, Line

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUP_TO_INT = str.maketrans(SUPERSCRIPTS, "0123456789")
_MARKER_RE = re.compile(f"[{SUPERSCRIPTS}]+")
_NOTE_START_RE = re.compile(r"^(\d{1,3})[ \u00a0\u2009]+(\S.*)$")
_DATE_START_RE = re.compile(r"^\d{1,2}[ \u00a0\u2009]+[ivxIVX]{1,4}[ \u00a0\u2009]+\d{4}")
_CITATION_RE = re.compile(r"\[accessed|\[online\]|<\s*https?://|^\s*\S*>\.?\s*$|https?://\S*/\s*$")
_SENTENCE_END_RE = re.compile(f"[.!?…:;][”’\"')\\]»]*[{SUPERSCRIPTS}]*[”’\"')\\]»]*\\.?\\s*$")
_OPEN_ABBREV_RE = re.compile(r"(?<![\w.])(?:pp|p|vol|vols|no|nos|nr|ed|eds|cf|art|ch|fig|t|s|red)\.\s*$",
                             re.IGNORECASE)
_TERMINATED_NOTE_RE = re.compile(r"([.!?…)\]]|>\.?)\s*$")
_HEADING_END_BAD = tuple(".,;:")


@dataclass
class Piece:
    """One source line (or the part of it that is kept): ``(line, col, text)``."""
    line: int
    col: int
    text: str


@dataclass
class Unit:
    """A laid-out unit: ``kind`` is ``title``, ``abstract_title``,
    ``abstract``, ``heading``, ``para``, ``note``, ``fragment`` or
    ``furniture``."""

    kind: str
    pieces: list[Piece] = field(default_factory=list)
    number: int | None = None     # note number
    joins: list[tuple[int, str]] = field(default_factory=list)  # (line, why) of rejoins
    quote: bool = False
    italic: bool = False          # set in italics as a whole (an interview's words, an epigraph)
    level: int = 1                # a heading's level
    number_stripped: bool = True  # a note's number stood at its start in the source
    caption: "Unit | None" = None  # a figure's or table's caption
    role: str = ""                # the structure's role (figure or table, for a region)
    page: int = 0                 # the page the unit starts on (0: a source without pages)
    region: list = field(default_factory=list)  # a figure's area on its page (to cut it out)
    breaks: list[int] = field(default_factory=list)  # source lines that start a new paragraph (an abstract's)
    item: bool = False            # a list item (its depth in ``level``)
    marker: str = ""              # a list item's marker ("a)", "–"), taken off its text
    #: (line, text) of what was taken off the unit's text without a trace in it
    #: (an author note's key of glyphs without a character)
    dropped: list[tuple[int, str]] = field(default_factory=list)

    @property
    def lines(self) -> list[int]:
        return [p.line for p in self.pieces]

    @property
    def last_text(self) -> str:
        return self.pieces[-1].text if self.pieces else ""


@dataclass
class Layout:
    title: Unit | None
    front: list[Unit]          # abstract titles and abstracts, in order
    body: list[Unit]           # headings and paragraphs
    notes: dict[int, Unit]
    fragments: list[Unit]
    furniture: list[Unit]
    markers: list[tuple[int, int]]   # (note number, source line) of body markers
    width: int
    references: list[Unit] = field(default_factory=list)   # entries of the reference list
    apparatus: list[Unit] = field(default_factory=list)    # headings of lists, captions kept out
    meta: list[Unit] = field(default_factory=list)         # authors, affiliations, keywords
    author_notes: list[Unit] = field(default_factory=list)  # notes marked ∗, † …
    #: source positions (``line * 2**20 + column``, as :class:`.tracked.Tracked`
    #: keeps them) of the characters set in italics in a body set in roman
    italic: set[int] = field(default_factory=set)
    #: … and those set in bold in a body set in a regular weight
    bold: set[int] = field(default_factory=set)


def markers_in(text: str) -> list[int]:
    """Note numbers of the superscript markers in ``text``.

    >>> markers_in("war¹. In 2016–20 a total²³ of")
    [1, 23]
    """
    found = _MARKER_RE.findall(text)
    return [int(x.translate(SUP_TO_INT)) for x in found] if found else []


def ends_sentence(line: str) -> bool:
    """True when a line ends a sentence (closing quotes and markers allowed).

    >>> ends_sentence("was broken.¹"), ends_sentence("he said “no”²⁹."), ends_sentence("of the")
    (True, True, False)
    """
    return bool(_SENTENCE_END_RE.search(line))


#: the key of a note on the title or an author: ∗ † ‡ § ¶ ‖ (doubled or
#: tripled, "**", "††"), as :data:`NOTE_SYMBOL_KEY` with the double bar
FRONT_NOTE_KEY = re.compile(r"^\s*([*∗†‡§¶‖]{1,3})\s*")
#: a note's key of glyphs without a character (U+FFFD), before its text
_UNKNOWN_KEY = re.compile(r"^\s*\ufffd{1,3}\s*(?=[^\W\d_])")


def _raised_key(ln: Line) -> str:
    """The symbol a note line starts with when it stands raised ("∗", "†",
    "**"), normalised ("∗" as "*"); "" otherwise."""
    m = FRONT_NOTE_KEY.match(ln.text)
    if not m or not any(a <= m.start(1) < e for a, e in ln.superscripts):
        return ""
    return m.group(1).replace("∗", "*")


def front_notes(blocks: list[Block]) -> list[Block]:
    """The blocks with each note keyed by a raised symbol (∗ † ‡ § ¶ ‖ **)
    standing alone: a footnote block at the foot of the first page read as
    one note ("∗Sponsored by …", "†Additional support …", "‡Updated 2014 …")
    is cut before each line that starts with a raised symbol, and a note
    whose key is called on the title (and nowhere else) is the title's note
    (:data:`TITLE_NOTE_WHY`); a note whose key is called on the title or an
    author's name is a new note, never the continuation of another.

    >>> t = Line(1, 0, 0, 1, 1, "Index Preparation∗", superscripts=[(17, 18)])
    >>> a = Line(1, 0, 2, 1, 3, "Pehong Chen†", superscripts=[(11, 12)])
    >>> n = [Line(1, 0, 90, 1, 91, "∗Sponsored by the NSF", superscripts=[(0, 1)]),
    ...      Line(1, 0, 91, 1, 92, "and by DARPA."),
    ...      Line(1, 0, 92, 1, 93, "†Support by IBM.", superscripts=[(0, 1)])]
    >>> bs = front_notes([Block("title", [t]), Block("author", [a]), Block("note", n, continues=True)])
    >>> [(b.lines[0].text, len(b.lines), b.continues, b.why == TITLE_NOTE_WHY) for b in bs[2:]]
    [('∗Sponsored by the NSF', 2, False, True), ('†Support by IBM.', 1, False, False)]
    """
    def keys(roles) -> tuple[set[str], set[str]]:
        on, other = set(), set()
        for b in blocks:
            for ln in b.lines:
                for a, e in ln.superscripts:
                    k = ln.text[a:e].strip().replace("∗", "*")
                    if k and not k.isdigit():
                        (on if b.role in roles else other).add(k)
        return on, other
    title_keys, _ = keys(("title", "subtitle"))
    front_keys, _ = keys(("title", "subtitle", "author", "affiliation", "other"))
    _, body_keys = keys(("title", "subtitle", "author", "affiliation", "other", "note"))
    if not front_keys:
        return blocks
    titled = any(b.role == "note" and b.why == TITLE_NOTE_WHY for b in blocks)
    out: list[Block] = []
    for b in blocks:
        if b.role != "note" or b.number is not None or not b.lines or not _raised_key(b.lines[0]) \
                or _raised_key(b.lines[0]) not in front_keys:
            out.append(b)
            continue
        cuts = [k for k, ln in enumerate(b.lines) if k == 0 or _raised_key(ln) in front_keys]
        for k, end in zip(cuts, cuts[1:] + [len(b.lines)]):
            key = _raised_key(b.lines[k])
            nb = replace(b, lines=b.lines[k:end], continues=False)
            if nb.why != TITLE_NOTE_WHY and b.continues:
                nb.why = "a note keyed on the title or an author (a new note)"
            if not titled and key in title_keys and key not in body_keys:
                nb.why, titled = TITLE_NOTE_WHY, True
            elif k and nb.why == TITLE_NOTE_WHY:
                nb.why = "a note keyed on an author"
            out.append(nb)
    return out


def called_names(blocks: list[Block]) -> dict[str, str]:
    """The author's name that carries each raised symbol key on the author
    lines ("Pehong Chen†" → {"†": "Pehong Chen"}; "Ann Lee*, Bob Roe†" →
    each name before its key), so that a note on an author is called after
    that author's name.

    >>> a = Line(1, 0, 0, 1, 1, "Ann Lee∗, Bob Roe†", superscripts=[(7, 8), (17, 18)])
    >>> called_names([Block("author", [a])])
    {'*': 'Ann Lee', '†': 'Bob Roe'}
    >>> called_names([Block("author", [Line(1, 0, 0, 1, 1, "Cy Doe‖", superscripts=[(6, 7)])])])
    {'‖': 'Cy Doe'}
    >>> called_names([Block("author", [Line(1, 0, 0, 1, 1, "et al.‡", superscripts=[(6, 7)])])])
    {'‡': 'et al.'}
    """
    out: dict[str, str] = {}
    for b in blocks:
        if b.role != "author":
            continue
        for ln in b.lines:
            start = 0
            for a, e in sorted(ln.superscripts):
                key = ln.text[a:e].strip().replace("∗", "*")
                name = re.sub(r"^(?:\s*(?:,|;|&|and|und|et(?!\s+al\b))\s*)+", "", ln.text[start:a]).strip(" ,;")
                if key and not key.isdigit() and FRONT_NOTE_KEY.fullmatch(key) and name and key not in out:
                    out[key] = name
                start = e
    return out


def authornote_marker(u: "Unit") -> str:
    """The edition's ``marker`` of an author note: ``title`` for the title's
    own note, followed by the original's key when it had one ("title *",
    "title 1": a numbered title note keeps its number, so that the body's
    notes 2, 3 … read as in the original); ``author †`` for a note keyed
    by a symbol on an author (printed at the foot of the first page with its
    own symbol; ``author †|Pehong Chen`` when the author line calls it
    after that name); "" for an unkeyed note (a contributor's biography).

    >>> authornote_marker(Unit("authornote", [], role="title", marker="1"))
    'title 1'
    >>> authornote_marker(Unit("authornote", [], marker="†")), authornote_marker(Unit("authornote", []))
    ('author †', '')
    """
    if u.role == "title":
        return f"title {u.marker.split('|')[0]}" if u.marker else "title"
    return f"author {u.marker}" if u.marker else ""


def note_terminated(text: str) -> bool:
    """True when a note line ends as a complete note would (not with an
    abbreviation that needs what follows, such as "pp." or "vol.").

    >>> note_terminated("[accessed: 1 V 2021]: <https://x.org/a>. "), note_terminated("<https://x.org/why-")
    (True, False)
    >>> note_terminated("“Studies” 2001, no. 4, pp."), note_terminated("Ibid.")
    (False, True)
    """
    return bool(_TERMINATED_NOTE_RE.search(text)) and not _OPEN_ABBREV_RE.search(text)


def citation_like(text: str) -> bool:
    """A line that looks like part of a reference, not prose.

    >>> citation_like(" Armeniyey, tass [online], 13 v 2021 [accessed: 1 v 2021]: <https://tass.ru/p/")
    True
    >>> citation_like(" uxp4xfsrsrplupqA>. "), citation_like(" was dragging its feet on the route.")
    (True, False)
    """
    return bool(_CITATION_RE.search(text))


def line_width(lines: list[SourceLine]) -> int:
    """Typical full line length: 75th percentile of the lengths of lines
    inside a block of lines (followed by another line of the same page).

    >>> line_width([SourceLine(i, "x" * n) for i, n in enumerate([70, 72, 71, 20, 73])])
    72
    """
    inner = [len(l.text.strip()) for l, nxt in zip(lines, lines[1:])
             if not l.blank and not nxt.blank and not nxt.page_start]
    lengths = sorted(inner) if len(inner) >= 3 else sorted(len(l.text.strip()) for l in lines if not l.blank)
    if not lengths:
        return 0
    return lengths[min(len(lengths) - 1, int(len(lengths) * 0.75))]


def heading_like(text: str, width: int) -> bool:
    """A short title-like line: no final punctuation, starts with a capital,
    few words, no note marker.

    >>> heading_like("Russia and the military confl ict", 72)
    True
    >>> heading_like("atively analysed.", 72), heading_like("the end of it", 72)
    (False, False)
    """
    s = text.strip()
    if not s or s.endswith(_HEADING_END_BAD) or len(s) > max(20, int(width * 0.8)):
        return False
    if not (s[0].isupper() or s[0].isdigit()) or _MARKER_RE.search(s):
        return False
    if _NOTE_START_RE.match(s) and not re.match(r"^\d+(\.\d+)*\.?\s", s):
        return False
    words = s.split()
    return 1 <= len(words) <= 12 and not s.endswith(("-", "–"))


def title_like(texts: list[str], width: int) -> bool:
    """Whether a chunk of lines (between blank lines) reads as a title: at
    most three lines, short, not ending as a sentence or clause does (a
    question mark may end a title).

    >>> title_like(["Russia’s approaches towards Armenia and Azerbaijan: evolution of the ",
    ...             "policy or interests come fi rst?"], 75)
    True
    >>> title_like(["The harbour council met every week to settle disputes between merchants and",
    ...             "the customs office. Its clerks kept a ledger of every complaint and fine."], 75)
    False
    >>> title_like(["“The harbour is closed.”¹"], 75), title_like(["Harbours, guilds and councils"], 75)
    (False, True)
    """
    text = " ".join(t.strip() for t in texts)
    end = text.rstrip("”’\"')]»" + SUPERSCRIPTS)
    return (0 < len(texts) <= 3 and len(text) < 2.5 * max(width, 40)
            and not end.endswith((".", ",", ";", ":", "…")))


def _piece(line: SourceLine, strip_number: bool = False) -> Piece:
    text = line.text.rstrip()
    col = 1
    lead = len(text) - len(text.lstrip())
    text = text.lstrip()
    col += lead
    if strip_number:
        m = _NOTE_START_RE.match(text)
        if m:
            col += m.start(2)
            text = m.group(2)
    return Piece(line.number, col, text)


class _Furniture:
    """Page furniture: bare page numbers and short lines repeated three or
    more times (running heads)."""

    def __init__(self, lines: list[SourceLine]):
        counts: dict[str, int] = {}
        for l in lines:
            s = l.text.strip()
            if s and len(s) < 60:
                counts[s] = counts.get(s, 0) + 1
        self.repeated = {s for s, n in counts.items() if n >= 3 and not s.isdigit()
                         and not _NOTE_START_RE.match(s) and len(s.split()) <= 8
                         and not ends_sentence(s)}

    def __call__(self, line: SourceLine, prev_blank: bool, next_blank: bool) -> bool:
        s = line.text.strip()
        if 0 < len(s) <= 4 and s.isdecimal() and (prev_blank or next_blank or line.page_start):
            return True
        return s in self.repeated


def lay_out(lines: list[SourceLine]) -> Layout:
    """Lay out the source lines.  See the module docstring for the rules."""
    furniture_test = _Furniture(lines)
    marks_of = {l.number: markers_in(l.text) for l in lines}    # each line read once
    all_markers = set()
    for ms in marks_of.values():
        all_markers.update(ms)

    kept: list[SourceLine] = []
    furniture: list[Unit] = []
    for i, l in enumerate(lines):
        prev_blank = i == 0 or lines[i - 1].blank
        next_blank = i + 1 >= len(lines) or lines[i + 1].blank
        if not l.blank and furniture_test(l, prev_blank, next_blank):
            furniture.append(Unit("furniture", [_piece(l)]))
            continue
        kept.append(l)
    lines = kept
    n = len(lines)
    width = line_width(lines)

    def note_start(i: int, last: int) -> int | None:
        l = lines[i]
        if l.page_start or l.blank:
            return None
        m = _NOTE_START_RE.match(l.text)
        if not m:
            return None
        num = int(m.group(1))
        if num not in all_markers or num <= last:
            return None
        if num == last + 1:
            return num
        # a jump (notes lost): only at the start of a footnote or after a
        # blank line, and never a date ("15 v 2021")
        after_blank = i == 0 or lines[i - 1].blank
        if num <= last + 40 and after_blank and not _DATE_START_RE.match(l.text):
            return num
        return None

    def next_nonblank(i: int) -> int:
        while i < n and lines[i].blank:
            i += 1
        return i

    # ---- front matter: title, then (if the body starts on a new page with a
    # heading) abstract titles and abstracts
    i = next_nonblank(0)
    title = None
    front: list[Unit] = []
    if i < n:
        title = Unit("title")
        j = i
        while j < n and not lines[j].blank and not (title.pieces and lines[j].page_start):
            title.pieces.append(_piece(lines[j]))
            j += 1
        if title_like([p.text for p in title.pieces], width):
            i = j
        else:
            title = None      # no title line: the text begins with the body
    body_start = i
    # front matter: everything between the title and a heading that starts a
    # new page, if no note marker or footnote occurs before it (abstracts
    # carry no notes)
    j = i
    first_heading_page = None
    while j < n:
        l = lines[j]
        if note_start(j, 0) is not None or marks_of[l.number]:
            break
        if l.page_start and heading_like(l.text, width) and (j + 1 >= n or lines[j + 1].blank):
            first_heading_page = j
            break
        j += 1
    if first_heading_page is not None:
        chunks: list[list[SourceLine]] = []
        cur: list[SourceLine] = []
        for l in lines[i:first_heading_page]:
            if l.blank:
                if cur:
                    chunks.append(cur)
                cur = []
            else:
                cur.append(l)
        if cur:
            chunks.append(cur)
        for k, ch in enumerate(chunks):
            is_title = title_like([x.text for x in ch], width) and k + 1 < len(chunks)
            front.append(Unit("abstract_title" if is_title else "abstract",
                              [_piece(x) for x in ch]))
        body_start = first_heading_page

    # ---- body, notes and fragments
    body: list[Unit] = []
    notes: dict[int, Unit] = {}
    fragments: list[Unit] = []
    markers: list[tuple[int, int]] = []
    last_note = 0
    mode = "body"
    para: Unit | None = None     # the open (possibly suspended) paragraph
    blank_before = True
    note_blank = False
    page_break = False

    def close_para():
        nonlocal para
        if para is not None and para.pieces:
            body.append(para)
        para = None

    def add_body_line(l: SourceLine, *, after_break: bool, after_blank: bool):
        nonlocal para
        text = l.text.strip()
        next_is_blank = (idx + 1 >= n) or lines[idx + 1].blank
        if (after_blank or after_break) and heading_like(text, width) and next_is_blank:
            close_para()
            body.append(Unit("heading", [_piece(l)]))
            return
        if para is not None and (after_blank or after_break):
            prev = para.last_text
            join, why = _continues(prev, text, width, page=after_break)
            if join:
                para.joins.append((l.number, why))
            else:
                close_para()
        elif para is not None and not (after_blank or after_break) and body and body[-1] is para:
            pass
        if para is None:
            para = Unit("para")
        para.pieces.append(_piece(l))
        for m in marks_of[l.number]:
            markers.append((m, l.number))

    idx = body_start
    while idx < n:
        l = lines[idx]
        if l.blank:
            if mode == "body":
                blank_before = True
            else:
                note_blank = True
            idx += 1
            continue
        if l.page_start:
            # a run of space-initial lines: all but the last are stranded tails
            run_end = idx
            while run_end + 1 < n and lines[run_end + 1].page_start:
                run_end += 1
            for k in range(idx, run_end):
                fragments.append(Unit("fragment", [_piece(lines[k])]))
            idx = run_end
            l = lines[idx]
            nxt = idx + 1
            if citation_like(l.text) and nxt < n and not lines[nxt].blank \
                    and not lines[nxt].page_start and note_start(nxt, last_note) is None \
                    and not (mode == "notes"):
                fragments.append(Unit("fragment", [_piece(l)]))
                idx += 1
                continue
            mode = "body"
            add_body_line(l, after_break=True, after_blank=False)
            blank_before = False
            idx += 1
            continue
        num = note_start(idx, last_note)
        if num is not None and (mode == "notes" or blank_before or para is None):
            mode = "notes"
            note_blank = False
            last_note = num
            notes[num] = Unit("note", [_piece(l, strip_number=True)], number=num)
            idx += 1
            continue
        if mode == "body":
            # the head of a footnote block continuing the previous page's last note
            if blank_before and last_note in notes and not note_terminated(notes[last_note].last_text):
                k = idx
                while k < n and not lines[k].blank and not lines[k].page_start \
                        and note_start(k, last_note) is None:
                    k += 1
                after = next_nonblank(k)
                if after < n and note_start(after, last_note) is not None and k - idx <= 4 and (
                        citation_like(l.text) or notes[last_note].last_text.endswith(("-", "/"))
                        or l.text[:1].islower() or l.text[:1] in "[<(" or l.text[:1].isdigit()):
                    for kk in range(idx, k):
                        notes[last_note].pieces.append(_piece(lines[kk]))
                    notes[last_note].joins.append((lines[idx].number, "footnote continued on the next page"))
                    mode = "notes"
                    note_blank = False
                    idx = k
                    continue
            add_body_line(l, after_break=False, after_blank=blank_before)
            blank_before = False
            idx += 1
            continue
        # mode == notes, a line that is not a new note
        cur = notes[last_note]
        if note_blank and note_terminated(cur.last_text):
            # the notes are over and the next page starts without a space
            mode = "body"
            add_body_line(l, after_break=True, after_blank=False)
            blank_before = False
            idx += 1
            continue
        cur.pieces.append(_piece(l))
        note_blank = False
        idx += 1
    close_para()

    # quotes: a paragraph in quotation marks after a paragraph ending with ':'
    for k in range(1, len(body)):
        u, prev = body[k], body[k - 1]
        if u.kind == "para" and prev.kind == "para":
            first, last = u.pieces[0].text, u.last_text.rstrip()
            last = _MARKER_RE.sub("", last).rstrip(".")
            if first.startswith(("“", "\"", "«")) and last.endswith(("”", "\"", "»")) \
                    and prev.last_text.rstrip().endswith(":"):
                u.quote = True
    return Layout(title, front, body, notes, fragments, furniture, markers, width)


def _continues(prev: str, nxt: str, width: int, page: bool) -> tuple[bool, str]:
    """Whether a paragraph continues across a blank line or page break.

    >>> _continues("94 per cent of Armenian arms", "imports came from Russia.", 72, True)[0]
    True
    >>> _continues("comes under threat¹⁴.", "Although Moscow had", 72, True)[0]
    False
    >>> _continues("war among par-", "ties in September", 72, False)[0]
    True
    """
    p = prev.rstrip()
    if p.endswith("-") and not p.endswith(" -"):
        return True, "line-end hyphen before the break"
    if not ends_sentence(p):
        if nxt[:1].islower() or nxt[:1].isdigit() or page:
            return True, "no sentence end before the break"
        if len(p) >= 0.85 * width:
            return True, "full line without sentence end before the break"
        return False, ""
    if nxt[:1].islower():
        return True, "next line starts in lower case"
    if page and len(p) >= 0.9 * width:
        return True, "full last line before the page break"
    return False, ""


# ------------------------------------------------------------------ the article structure
#
# Every source reader returns an ArticleStructure (coursepack.read.structure).
# Extracted text becomes one through ``lay_out`` (``structure_from_text``);
# repair works on the units ``units_of`` makes of any structure.  A source
# without pages stores the line's number in ``Line.top`` and its column in
# ``Line.x0``; a paragraph or note rejoined across a blank line or page
# break is a block with ``continues`` set and the reason in ``why``.

_PARA_ROLES = ("paragraph", "quote", "list_item")


def abstract_continues(last: str, first: str) -> bool:
    """Whether a paragraph that begins with ``first`` goes on with an
    abstract whose last line is ``last``: the abstract stops in a word broken
    by a hyphen or without its sentence's end, and the paragraph begins in
    lower case (en-39222: "Der Artikel analysiert den Migrationskon-" |
    page break | "text und die Bedeutung …").

    >>> abstract_continues("analysiert den Migrationskon-", "text und die Bedeutung")
    True
    >>> abstract_continues("driven by work.", "this paper"), abstract_continues("the state of", "Introduction")
    (False, False)
    >>> abstract_continues("the state of", "the art in 2001")
    True
    """
    last, first = last.rstrip(), first.lstrip()
    if not last or not first[:1].islower():
        return False
    if last.endswith("-") and last[-2:-1].isalpha():
        return True
    return last[-1].isalpha() or last[-1] in ",;"
_NOTE_NUMBER_RE = re.compile(r"^\s*(\d{1,3})[.)]?(?:[ \u00a0\u2009]+|(?=[^\d\s.,]))")


def _line_of(p: Piece) -> "Line":
    return Line(page=0, x0=p.col, top=p.line, x1=p.col + len(p.text), bottom=p.line, text=p.text)


def _blocks_of_unit(role: str, u: Unit, **kw) -> list:
    """The blocks of a laid-out unit: one, and one more (``continues``) at
    each line where the unit was rejoined."""
    joins = dict(u.joins)
    out: list = []
    for p in u.pieces:
        if not out or p.line in joins:
            cont = bool(out)
            out.append(Block(role, [], continues=cont, why=joins.get(p.line, "") if cont else "",
                             id=f"l{p.line}", **(kw if not cont else
                                                 {k: v for k, v in kw.items() if k != "number"})))
        out[-1].lines.append(_line_of(p))
    return out


def gap_breaks(lines: list, ps: list[Piece]) -> list[int]:
    """The source lines (of ``ps``, the pieces of ``lines``) that open a
    paragraph of a block set line by line with space between its groups (an
    author note of names, addresses and e-mails, one group an author): a
    line further below the one above than one and a third times the block's
    closest line pitch, or at the top of the next column.

    >>> from coursepack.read.structure import Line
    >>> L = lambda top, x0=51: Line(1, x0, top, x0 + 100, top + 8, "x")
    >>> ls = [L(492), L(502), L(512), L(532), L(542), L(492, 306), L(502, 306)]
    >>> gap_breaks(ls, [Piece(k + 1, 1, "x") for k in range(7)])
    [4, 6]
    >>> gap_breaks(ls[:3], [Piece(k + 1, 1, "x") for k in range(3)])
    []
    """
    if len(lines) < 3 or len(lines) != len(ps):
        return []
    steps = [b.top - a.top for a, b in zip(lines, lines[1:]) if b.page == a.page and b.top > a.top]
    if not steps:
        return []
    pitch = min(steps)
    out = []
    for k in range(1, len(lines)):
        a, b = lines[k - 1], lines[k]
        if b.page == a.page and (b.top - a.top > 1.33 * pitch or b.top < a.top and abs(b.x0 - a.x0) > 3 * pitch):
            out.append(ps[k].line)
    return out


def item_piece(p: Piece) -> tuple[Piece, str]:
    """A list item's first piece without its marker, and the marker (a
    hyphen used as a bullet printed as an en dash); "" when it has none.

    >>> item_piece(Piece(4, 1, "a) Economic accounts"))
    (Piece(line=4, col=4, text='Economic accounts'), 'a)')
    >>> item_piece(Piece(5, 3, "- Data on staff"))[1], item_piece(Piece(6, 1, "Income tax statistics"))[1]
    ('–', '')
    """
    mark = item_marker(p.text)
    if not mark:
        return p, ""
    rest = p.text[len(mark):]
    k = len(mark) + len(rest) - len(rest.lstrip())
    return Piece(p.line, p.col + k, p.text[k:]), "–" if mark == "-" else mark


def structure_from_layout(layout: Layout, source: str = "") -> "ArticleStructure":
    """The :class:`~coursepack.read.structure.ArticleStructure` of a laid-out
    text: blocks in source order; stranded fragments are ``other``.

    >>> from ..read.extracted import split_lines
    >>> s = structure_from_layout(lay_out(split_lines("T\\n\\nIntroduction\\n\\nText.\\n")))
    >>> [(b.role, b.text) for b in s.blocks]
    [('title', 'T'), ('heading', 'Introduction'), ('paragraph', 'Text.')]
    """
    blocks: list = []
    if layout.title is not None:
        blocks += _blocks_of_unit("title", layout.title)
    for u in layout.front:
        blocks += _blocks_of_unit(u.kind, u)
    for u in layout.body:
        role = "heading" if u.kind == "heading" else "quote" if u.quote else "paragraph"
        blocks += _blocks_of_unit(role, u, level=1 if role == "heading" else 0)
    for num, u in layout.notes.items():
        blocks += _blocks_of_unit("note", u, number=num)
    for u in layout.fragments:
        blocks += _blocks_of_unit("other", u)
    for u in layout.furniture:
        blocks += _blocks_of_unit("furniture", u)
    order = {id(b): k for k, b in enumerate(blocks)}
    blocks.sort(key=lambda b: (b.lines[0].top, order[id(b)]))
    return ArticleStructure(source, blocks=blocks)


def structure_from_text(text: str, source: str = "") -> "ArticleStructure":
    """Extracted text read into an article structure (through :func:`lay_out`)."""
    return structure_from_layout(lay_out(split_lines(text)), source)


def _raised(line) -> str:
    """A PDF line's text with its raised digits (note markers) written as
    superscript digits, which the later stages read as note references.

    >>> from coursepack.read.structure import Line
    >>> _raised(Line(1, 0, 0, 1, 1, "war.12 It", superscripts=[(4, 6)]))
    'war.¹² It'
    """
    text = line.text
    for a, b in sorted(line.superscripts or [], reverse=True):
        seg = text[a:b]
        if seg.strip().isdigit():
            text = text[:a] + seg.strip().translate(_TO_SUP) + text[b:]
    return text


_TO_SUP = str.maketrans("0123456789", SUPERSCRIPTS)


#: a line of an address that starts in lower case: "e-mail: …", "tel. …", "www.…"
_ADDRESS_LABEL = re.compile(r"(?:e-?mail|email|tel|fax|phone|www\.|https?:|\S+@)", re.I)


#: words a line of prose may end with, never a line of an address
_RUN_ON_WORDS = {"the", "of", "a", "an", "and", "at", "in", "on", "to", "for", "by", "with", "from",
                 "der", "die", "das", "des", "dem", "den", "und", "von", "im", "am", "an", "für", "zur", "zum",
                 "le", "la", "les", "de", "du", "des", "et", "à"}


def address_lines(pieces: list[Piece]) -> list[list[Piece]]:
    """An affiliation block's lines, one group per printed line where the
    block is set as an address (a line each for the institute, the
    university, the country, the date received, the e-mail), as one group
    where it is prose (a contributor's box: a line ends in a hyphen, or a
    line goes on with a lower-case word).

    >>> P = lambda *ts: [Piece(i, 1, t) for i, t in enumerate(ts)]
    >>> [[p.text for p in g] for g in address_lines(P("Institute for Research", "University of Skopje", "e-mail: a@b.mk"))]
    [['Institute for Research'], ['University of Skopje'], ['e-mail: a@b.mk']]
    >>> len(address_lines(P("University Paris 8", "e-mail: a@b.fr")))
    2
    >>> len(address_lines(P("Paper presented at the Conference of the", "Employment Unit, Cardiff School,", "6th September 2000.")))
    1
    >>> len(address_lines(P("Dr. Ann Lee, born 1961, re-", "searcher at the Centre", "for History")))
    1
    """
    texts = [p.text.strip() for p in pieces]
    prose = any(re.search(r"[-\u2010\u00ad]$", t) for t in texts[:-1]) or \
        any(t[:1].islower() and not _ADDRESS_LABEL.match(t) for t in texts[1:])
    if prose or len(pieces) < 2:
        return [pieces]
    # a line ending in a comma or a function word goes on in the next ("… Conference of the",
    # "Cardiff Business School,")
    out: list[list[Piece]] = [[pieces[0]]]
    for prev, p in zip(pieces, pieces[1:]):
        last = prev.text.strip().split()[-1] if prev.text.strip() else ""
        if last.endswith(",") or last.lower() in _RUN_ON_WORDS:
            out[-1].append(p)
        else:
            out.append([p])
    return out


def units_of(structure) -> tuple[Layout, list[SourceLine]]:
    """The units repair works on, made of any article structure, with the
    source lines they stand for (for the word accounting).  Lines of a
    source with pages are numbered in reading order from 1.  Blocks that
    continue a block join the last unit of their kind; a figure or table
    takes the caption next to it; reference-list entries, captions and
    headings of the list go to ``references``/``apparatus``, never the body.

    >>> from coursepack.read.structure import ArticleStructure, Block, Line
    >>> L = lambda t, sup=(): Line(1, 0, 0, 1, 1, t, superscripts=list(sup))
    >>> s = ArticleStructure("a.pdf", [Block("paragraph", [L("One4 two", [(3, 4)])]),
    ...     Block("note", [L("4 A note.")], number=4), Block("reference", [L("Doe, J. 2001.")])])
    >>> lay, lines = units_of(s)
    >>> lay.body[0].pieces[0].text, lay.notes[4].pieces[0].text, lay.markers, len(lay.references)
    ('One⁴ two', 'A note.', [(4, 1)], 1)
    """
    from ..read.figures import caption_label  # lazy: 8-12 ms on a no-op build and on schema
    paged = any(ln.page for b in structure.blocks for ln in b.lines)
    blocks = front_notes(structure.blocks) if paged else structure.blocks
    title_numbers = sorted({ln.text[a:e].strip() for b in blocks if b.role == "title" for ln in b.lines
                            for a, e in ln.superscripts if ln.text[a:e].strip().isdigit()})
    named = called_names(blocks)
    src: list[SourceLine] = []
    title: Unit | None = None
    front: list[Unit] = []
    body: list[Unit] = []
    notes: dict[int, Unit] = {}
    fragments: list[Unit] = []
    furniture: list[Unit] = []
    markers: list[tuple[int, int]] = []
    references: list[Unit] = []
    apparatus: list[Unit] = []
    meta: list[Unit] = []
    author_notes: list[Unit] = []
    last_note: Unit | None = None
    last_para: Unit | None = None
    last_ref: Unit | None = None
    pending_caption: Unit | None = None
    seq = 0
    italic: set[int] = set()
    bold: set[int] = set()

    def pieces(b, strip_number: bool = False, keys: bool = False) -> tuple[list[Piece], bool]:
        nonlocal seq
        out: list[Piece] = []
        stripped = False
        for k, ln in enumerate(b.lines):
            if paged:
                seq += 1
                if b.role in _PARA_ROLES + ("heading",):
                    text = _raised(ln)
                elif keys and ln.superscripts and ln.superscripts[0][0] == 0:
                    # a table's note under it, keyed by a raised number: the number stays raised
                    text = _raised(Line(ln.page, ln.x0, ln.top, ln.x1, ln.bottom, ln.text,
                                        superscripts=ln.superscripts[:1]))
                elif b.role == "note" and ln.superscripts:
                    # raised digits inside a note (an edition, "München 1976²") stay raised;
                    # the note's own number at its start is taken off below
                    lead = len(ln.text) - len(ln.text.lstrip())
                    inner = [s for s in ln.superscripts if not (k == 0 and s[0] <= lead)]
                    text = _raised(Line(ln.page, ln.x0, ln.top, ln.x1, ln.bottom, ln.text, superscripts=inner))
                else:
                    text = ln.text
                if ln.italics and not italic_body and len(text) == len(ln.text):
                    at = position(seq, 1)
                    for a, e in ln.italics:
                        italic.update(range(at + a, at + e))
                if getattr(ln, "bolds", None) and not bold_body and len(text) == len(ln.text):
                    at = position(seq, 1)
                    for a, e in ln.bolds:
                        bold.update(range(at + a, at + e))
                src.append(SourceLine(seq, text))
                number, col = seq, 1
            else:
                text, number, col = ln.text, int(ln.top), int(ln.x0)
            if k == 0 and strip_number:
                m = _NOTE_NUMBER_RE.match(text) if paged else None
                if paged and ln.superscripts and ln.superscripts[0][0] <= len(text) - len(text.lstrip()):
                    a, e = ln.superscripts[0]
                    if text[a:e].strip().isdigit():
                        col += e
                        text = text[e:]
                        stripped = True
                elif m and (b.number is None or int(m.group(1)) == b.number):
                    col += m.end()
                    text = text[m.end():]
                    stripped = True
                elif not paged:
                    stripped = True
            lead = len(text) - len(text.lstrip())
            out.append(Piece(number, col + lead, text.strip()))
        return out, stripped

    # the role of the block after each one (page furniture passed over): a
    # heading followed by notes heads an endnote section, not a section
    nxt: dict[int, str] = {}
    following = ""
    for b in reversed(blocks):
        nxt[id(b)] = following
        if b.role not in ("furniture", "cover"):
            following = b.role
    # the role of the text block before each one (furniture and notes passed over)
    before: dict[int, str] = {}
    preceding = ""
    for b in blocks:
        before[id(b)] = preceding
        if b.role not in ("furniture", "cover", "note"):
            preceding = b.role
    # a paragraph set wholly in italics in a body set in roman stays italic
    # (an article's interview extracts, an epigraph); not where most of the
    # body is italic (a font read as italic throughout)
    body_lines = [ln for b in blocks if b.role in _PARA_ROLES for ln in b.lines]
    italic_body = sum(ln.italic for ln in body_lines) * 2 > len(body_lines)
    bold_body = sum(ln.bold for ln in body_lines) * 2 > len(body_lines)

    def all_italic(b) -> bool:
        return paged and not italic_body and bool(b.lines) and all(ln.italic for ln in b.lines)

    for b in blocks:
        if b.role == "heading" and paged and nxt.get(id(b)) == "note":
            apparatus.append(Unit("notes_heading", pieces(b)[0], page=b.page))
            continue
        if not b.lines:
            if b.role in ("figure", "table"):
                body.append(Unit("figure", [], role=b.role, page=b.page, region=list(b.region)))
            continue
        role = b.role
        if role == "title" and not b.continues:
            ps, _ = pieces(b)
            if title is None:
                title = Unit("title", ps, page=b.page)
            else:
                title.pieces += ps
        elif role == "title":
            ps, _ = pieces(b)
            (title or Unit("title")).pieces.extend(ps)
        elif role in ("abstract_title", "abstract"):
            ps, _ = pieces(b)
            if b.continues and front:
                front[-1].joins.append((ps[0].line, b.why or "continued"))
                if b.why == ABSTRACT_PARAGRAPH_WHY and ps:
                    front[-1].breaks.append(ps[0].line)
                front[-1].pieces += ps
            else:
                front.append(Unit(role, ps, page=b.page))
        elif role == "affiliation":
            ps = pieces(b)[0]
            for group in (address_lines(ps) if not b.why.startswith("publication history") else [ps]):
                meta.append(Unit(role, group, page=b.page))
        elif role in ("subtitle", "author", "keywords"):
            meta.append(Unit(role, pieces(b)[0], page=b.page))
        elif role == "heading":
            body.append(Unit("heading", pieces(b)[0], level=max(1, b.level or 1), page=b.page))
        elif role in _PARA_ROLES:
            ps, _ = pieces(b)
            if (paged and not b.continues and before.get(id(b)) == "abstract" and front
                    and front[-1].kind == "abstract" and ps
                    and abstract_continues(front[-1].last_text, ps[0].text)):
                front[-1].joins.append((ps[0].line, "abstract continued on the next page"))
                front[-1].pieces += ps
                continue
            if b.continues and last_para is not None:
                last_para.joins.append((ps[0].line, b.why or "paragraph continues"))
                last_para.pieces += ps
                last_para.italic = last_para.italic and all_italic(b)
            else:
                last_para = Unit("para", ps, quote=role == "quote", page=b.page, italic=all_italic(b))
                if role == "list_item" and paged:
                    last_para.item, last_para.level = True, max(1, b.level or 1)
                    if ps:
                        ps[0], last_para.marker = item_piece(ps[0])
                body.append(last_para)
            for p in ps:
                for m in markers_in(p.text):
                    markers.append((m, p.line))
        elif role == "note":
            number = b.number
            if number is None and paged and not b.continues:
                m = _NOTE_NUMBER_RE.match(b.lines[0].text)
                number = int(m.group(1)) if m else None
            if b.continues and last_note is not None:
                ps, _ = pieces(b)
                last_note.joins.append((ps[0].line, b.why or "footnote continued on the next page"))
                last_note.pieces += ps
                if last_note.kind == "authornote" and paged:
                    last_note.breaks += gap_breaks(b.lines, ps)
            elif number is not None and number not in notes:
                ps, stripped = pieces(b, strip_number=True)
                last_note = Unit("note", ps, number=number, number_stripped=stripped,
                                 page=b.page)
                notes[number] = last_note
            elif number is None and paged:   # ∗, † or unmarked: a note on the author or article
                ps = pieces(b)[0]
                own = b.why == TITLE_NOTE_WHY
                key = ""
                dropped = []
                if ps:   # its key goes to ``marker`` (the title or the author line carries the call)
                    m = FRONT_NOTE_KEY.match(ps[0].text)
                    if m and m.end() < len(ps[0].text):
                        ps[0] = Piece(ps[0].line, ps[0].col + m.end(), ps[0].text[m.end():])
                        key = m.group(1).replace("∗", "*")
                    elif (u := _UNKNOWN_KEY.match(ps[0].text)) and u.end() < len(ps[0].text):
                        # a key the PDF gives no character for (a symbol of a
                        # bitmap font): no stray glyph in the note, no key
                        dropped = [(ps[0].line, ps[0].text[:u.end()].strip())]
                        ps[0] = Piece(ps[0].line, ps[0].col + u.end(), ps[0].text[u.end():])
                if own and not key and len(title_numbers) == 1:
                    key = title_numbers[0]   # a numbered title note keeps the original's number
                last_note = Unit("authornote", ps, page=b.page, role="title" if own else "",
                                 breaks=gap_breaks(b.lines, ps) if paged else [],
                                 marker=f"{key}|{named[key]}" if not own and named.get(key) else key,
                                 dropped=dropped)
                author_notes.append(last_note)
            else:   # a second note of one number
                fragments.append(Unit("fragment", pieces(b)[0], page=b.page))
        elif role in ("figure", "table"):
            u = Unit("figure", pieces(b)[0], role=role, page=b.page, region=list(b.region))
            if pending_caption is not None:
                u.caption, pending_caption = pending_caption, None
                body.remove(u.caption)
            body.append(u)
        elif role == "caption":
            prev = body[-1] if body else None
            # a figure's caption (labelled, or set under a figure): each of a
            # table's notes keyed by a raised number starts a line of its own,
            # the number raised (never a note reference of the article)
            keys = paged and (caption_label(b.lines[0].text) is not None
                              or prev is not None and prev.kind == "figure" and prev.caption is None)
            ps = pieces(b, keys=keys)[0]
            keyed = [p.line for ln, p in zip(b.lines[1:], ps[1:]) if keys and ln.superscripts
                     and ln.superscripts[0][0] == 0 and ln.text[:ln.superscripts[0][1]].strip().isdigit()]
            u = Unit("caption", ps, page=b.page, breaks=keyed)
            if prev is not None and prev.kind == "figure" and prev.caption is None:
                prev.caption = u
            else:     # a caption above its figure: held until the figure comes
                pending_caption = u
                body.append(u)
        elif role == "reference":
            ps, _ = pieces(b)
            if b.continues and last_ref is not None:
                last_ref.joins.append((ps[0].line, b.why or "entry continued"))
                last_ref.pieces += ps
            else:
                last_ref = Unit("reference", ps, number=b.number, page=b.page)
                references.append(last_ref)
        elif role == "references_heading":
            apparatus.append(Unit("references_heading", pieces(b)[0], page=b.page))
        elif role in ("furniture", "cover") or b.why == DATE_WHY:
            # (the document's date under its title: front matter the edition
            # leaves out, as it does the page's furniture, not a stranded note)
            furniture.append(Unit("furniture", pieces(b)[0], page=b.page))
        else:   # other: kept out of the body, in the apparatus
            fragments.append(Unit("fragment", pieces(b)[0], page=b.page))
    # a caption that no figure followed is an ordinary paragraph, unless it
    # is labelled ("Table 2"): then it stands for its figure (a placeholder)
    for k, u in enumerate(body):
        if u.kind == "caption":
            lab = caption_label(u.pieces[0].text) if paged and u.pieces else None
            if lab:
                body[k] = Unit("figure", [], role=lab[0], page=u.page, caption=u)
            else:
                u.kind = "para"
    lay = Layout(title, front, body, notes, fragments, furniture, markers, 0,
                 references=references, apparatus=apparatus, meta=meta,
                 author_notes=author_notes, italic=italic, bold=bold)
    return lay, src
