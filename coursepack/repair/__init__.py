"""Repair: turn raw PDF-extracted text into the edition's article parts.

``repair_article`` lays the text out (page breaks, footnote blocks, stranded
fragments, headings, title and abstracts, furniture), runs the registered
text repairs on every unit in order (:data:`PIPELINE`), applies the
editorial corrections, converts markers and URLs to inline nodes, and
accounts for every source word.  Every change is a
:class:`~coursepack.model.Change` with the source line and column.

Word accounting is counted on the source side: each whitespace token of the
source belongs to the place its line went to (title and abstracts:
*metadata*; headings and paragraphs: *body*; footnotes: *notes*; stranded
fragments and words deleted by corrections: *apparatus*; page furniture:
*discarded*).  A rejoined word ("confl ict", "devel-/opments") therefore
counts as the source tokens it came from.  The accounting is then checked:
for each place, the letters and digits of its source lines (case folded)
must equal those of the output, after replaying the recorded changes that
alter letters (restored ligatures, corrections); any difference is listed in
``missing`` and makes ``complete`` false.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
import bisect
import difflib

from ..errors import Problem
from ..model import (Abstract, Accounting, Block, Change, Emph, Footnote, Fragment, Inline, Link,
                     Location, NoteRef, PARAGRAPH_BREAK, Section, Text, plain_text)
from ..read.extracted import split_lines
from . import editions, hyphenation, leadin, ligatures, quotes, smallcaps, spaced, spacing, urls  # noqa: F401  (register rules)
from .corrections import (CORRECTIONS_FILE, Correction, NoteReconstruction, in_scope,
                          load_corrections, loads_corrections)
from .layout import (SUP_TO_INT, SUPERSCRIPTS, Layout, Unit, lay_out, structure_from_layout,
                     units_of)
from .rules import REGISTRY, SEP, Context, Vocabulary, block_starts, run_rule
from .tracked import Tracked, Edit, position
from ..words import detect_language
from ..i18n import REASONS as _REASONS
from ..i18n import heading_kind

#: the reasons of the emendations the editorial note lists (English, as
#: ``check`` prints them; the note prints them in the reading's language,
#: :func:`coursepack.i18n.reason`)
WHY = _REASONS["en"]
from ..model import Figure
from ..read.structure import Doubt
from .layout import Piece, authornote_marker, note_terminated
from .spaced import suspect_words

CORRECTIONS_SCHEMA = CORRECTIONS_FILE   # documented by `build.py schema`

__all__ = ["RepairResult", "repair_article", "repair_structure", "repair_text", "CORRECTIONS_SCHEMA", "load_corrections", "loads_corrections",
           "explain", "PIPELINE"]

PIPELINE = ("lost_ligature", "split_ligature", "url", "soft_hyphen", "line_hyphen", "line_join",
            "inline_hyphen", "caps_lead_in", "spaced_letters", "nbsp",
            "punctuation_space", "slash_space", "doubled_quote", "reversed_quote", "spaces", "smallcaps", "roman_date", "roman_ordinal")


@dataclass
class RepairResult:
    title: str
    abstracts: list[Abstract]
    sections: list[Section]
    footnotes: list[Footnote]
    changes: list[Change]
    fragments: list[Fragment]
    accounting: Accounting
    unmatched_corrections: list[Problem] = field(default_factory=list)
    references: list[str] = field(default_factory=list)   # the article's reference list
    doubts: list = field(default_factory=list)            # read.structure.Doubt
    #: the front matter the article prints besides its title, authors and
    #: abstracts (affiliations, a contributor's box, dates received and
    #: accepted, the corresponding author's address, key words in a second
    #: language): blocks of kind ``affiliation`` or ``keywords``, in order
    front: list[Block] = field(default_factory=list)

    def note(self, number: int) -> Footnote | None:
        for n in self.footnotes:
            if n.number == number:
                return n
        return None

    def blocks(self):
        for s in self.sections:
            yield from s.blocks


@dataclass
class _Item:
    """A unit being repaired: its text and where it goes."""
    unit: Unit
    id: str
    lang: str
    dest: str            # body | notes | metadata | apparatus
    t: Tracked | None = None
    _inlines: list | None = None
    raised: bool = False   # superscript digits are raised text (an edition in a note), not note references
    #: source positions set in italics (:attr:`.layout.Layout.italic`): its
    #: words in italics become emphasis; None for a unit printed without
    #: (a heading, a title, a unit the reader sets in italics as a whole)
    italic: set[int] | None = None
    #: source positions set in bold (:attr:`.layout.Layout.bold`): strong
    #: emphasis; None for a unit printed without
    bold: set[int] | None = None

    def inlines(self) -> list[Inline]:
        if self._inlines is None:
            self._inlines = to_inlines(self.t, refs=not self.raised, italic=self.italic, bold=self.bold) \
                if self.t is not None else []
        return self._inlines


def _repair_items(items: list[_Item], vocab: Vocabulary, source: str,
                  changes: list[Change]) -> None:
    """Run the pipeline on every item.  Items of one language are repaired
    as one text, joined by a protected separator that no rule crosses (one
    pass per rule instead of one per block: the repair of a whole article
    stays fast)."""
    groups: dict[str, list[_Item]] = {}
    for it in items:
        groups.setdefault(it.lang, []).append(it)
    for lang, group in groups.items():
        t = _concat([Tracked.from_lines([(p.line, p.col, p.text) for p in it.unit.pieces])
                     for it in group])
        ctx = Context(lang=lang, vocab=vocab, block=group[0].id)
        for name in PIPELINE:
            if len(group) > 1:
                ctx.block_ids = [it.id for it in group]
            run_rule(REGISTRY[name], t, ctx, source, changes)
        parts = _split(t)
        assert len(parts) == len(group), "a block separator was lost"
        for it, part in zip(group, parts):
            it.t = part
            it._inlines = None


_starts = block_starts


def _concat(parts: list[Tracked]) -> Tracked:
    """One text of several, with protected separators between them.

    >>> t = _concat([Tracked.from_lines([(1, 1, "ab")]), Tracked.from_lines([(3, 1, "c")])])
    >>> [(x.text, x.where(0)) for x in _split(t)]
    [('ab', (1, 1)), ('c', (3, 1))]
    """
    text = SEP.join(p.text for p in parts)
    pos: list[int] = []
    prot = bytearray()
    for i, p in enumerate(parts):
        if i:
            fill = pos[-1] if pos else (p.pos[0] if p.pos else 0)
            pos += [fill] * len(SEP)
            prot += b"\x01" * len(SEP)
        pos += p.pos
        prot += p.protected
    return Tracked(text, pos, prot)


def _split(t: Tracked) -> list[Tracked]:
    out = []
    starts = _starts(t.text)
    for k, a in enumerate(starts):
        b = starts[k + 1] - len(SEP) if k + 1 < len(starts) else len(t.text)
        out.append(Tracked(t.text[a:b], t.pos[a:b], t.protected[a:b]))
    return out


def repair_text(text: str, lang: str = "en", vocab: Vocabulary | None = None) -> str:
    """Run the whole text pipeline on one block of text (no layout): the
    repaired string, note markers and URLs left as characters.

    >>> repair_text("the confl ict in\u00a0 the osce area, 15 v 2021..")
    'the conflict in the OSCE area, 15 V 2021.'
    """
    item = _Item(Unit("para", [Piece(i + 1, 1, s) for i, s in enumerate(text.split("\n"))]),
                 "p", lang, "body")
    _repair_items([item], vocab or Vocabulary(text), "", [])
    return item.t.text


def to_inlines(t: Tracked, refs: bool = True, italic: set[int] | None = None,
               bold: set[int] | None = None) -> list[Inline]:
    """Inline nodes of a repaired text: protected spans become links,
    superscript digits note references (or, without ``refs``, stay
    superscript digits in the text: an edition's number in a note), and
    the characters whose source position is in ``italic`` emphasis
    (:func:`italic_flags`), those in ``bold`` strong emphasis (italic
    words inside a bold run: emphasis inside it).

    >>> t = Tracked("See¹² <https://a.org/x>.", [0] * 24, bytearray(24))
    >>> t.protect(7, 22)
    >>> to_inlines(t)
    [Text(text='See', type='text'), NoteRef(number=12, type='noteref'), Text(text=' <', type='text'), Link(url='https://a.org/x', text='https://a.org/x', type='link'), Text(text='>.', type='text')]
    """
    out: list[Inline] = []
    text, prot = t.text, t.protected
    n = len(text)
    flags = italic_flags(t, italic) if italic else None
    strong = italic_flags(t, bold) if bold else None
    if strong is not None:
        flags = [(bool(f), s) for f, s in zip(flags or [False] * n, strong)]

    def run(a: int, e: int, f) -> Inline:
        if f is True or f == (True, False):
            return Emph([Text(text[a:e])])
        if f == (False, True):
            return Emph([Text(text[a:e])], strong=True)
        return Emph([Emph([Text(text[a:e])])], strong=True)

    def styled(a: int, b: int) -> None:
        if flags is None or not any(x is True or isinstance(x, tuple) and any(x) for x in flags[a:b]):
            out.append(Text(text[a:b]))
            return
        k, plain_from = a, a
        while k < b:
            f = flags[k]
            e = k + 1
            while e < b and flags[e] == f:
                e += 1
            # (a full stop alone in italics is no emphasis)
            if (f is True or isinstance(f, tuple) and any(f)) and _HAS_ALNUM_RE.search(text, k, e):
                if k > plain_from:
                    out.append(Text(text[plain_from:k]))
                out.append(run(k, e, f))
                plain_from = e
            k = e
        if b > plain_from:
            out.append(Text(text[plain_from:b]))

    def plain(a: int, b: int) -> None:
        if not refs:
            if b > a:
                styled(a, b)
            return
        last = a
        for m in _SUP_RUN_RE.finditer(text, a, b):
            if m.start() > last:
                styled(last, m.start())
            out.append(NoteRef(int(m.group().translate(SUP_TO_INT))))
            last = m.end()
        if b > last:
            styled(last, b)

    i = 0
    while i < n:
        j = prot.find(1, i)
        if j < 0:
            plain(i, n)
            break
        plain(i, j)
        k = prot.find(0, j)
        k = n if k < 0 else k
        url = text[j:k]
        href = url if re.match(r"^[a-z]+://", url) else \
            "mailto:" + url if "@" in url and "/" not in url else "http://" + url
        out.append(Link(href, url))
        i = k
    return tie_symbols(out) if italic else out


#: a statistic's symbol in italics ("M", "t", "p", "ns", "χ"), and what follows it: its
#: degrees of freedom, the space and the comparison ("(1,161) = 4.02", " < .05")
_SYMBOL_RE = re.compile(r"[A-Za-z\u03b1-\u03c9]{1,2}")
_AFTER_SYMBOL_RE = re.compile(r"(\([\d ,.]+\))? ([<>=\u2264\u2265\u2260])")


def tie_symbols(nodes: list[Inline]) -> list[Inline]:
    """A statistic's symbol set in italics stays on the line of its
    comparison: the space between them becomes a no-break space.

    >>> [n.text if isinstance(n, Text) else n.children[0].text
    ...  for n in tie_symbols([Text("so, "), Emph([Text("F")]), Text("(1,161) = 4.02, "), Emph([Text("p")]), Text(" < .05")])]
    ['so, ', 'F', '(1,161)\xa0= 4.02, ', 'p', '\xa0< .05']
    """
    for k in range(len(nodes) - 1):
        a, b = nodes[k], nodes[k + 1]
        if isinstance(a, Emph) and not a.strong and len(a.children) == 1 and isinstance(a.children[0], Text) \
                and _SYMBOL_RE.fullmatch(a.children[0].text) and isinstance(b, Text):
            m = _AFTER_SYMBOL_RE.match(b.text)
            if m:
                at = m.start(2) - 1
                nodes[k + 1] = Text(b.text[:at] + "\u00a0" + b.text[at + 1:])
    return nodes


_SUP_RUN_RE = re.compile(f"[{SUPERSCRIPTS}]+")


def _wholly(u: Unit, italic: set[int]) -> bool:
    """True when every letter and digit of a unit is set in italics (an
    abstract the journal sets in italics: its style, not emphasis)."""
    return all(position(p.line, p.col + k) in italic
               for p in u.pieces for k, ch in enumerate(p.text) if ch.isalnum())


_UPRIGHT_SIGNS = frozenset("<>=\u2264\u2265\u2260\u00b1+\u2212\u00d7\u00f7")


def italic_flags(t: Tracked, italic: set[int]) -> list[bool]:
    """For each character of ``t``: is it set in italics?  A letter, digit
    or punctuation mark is, when its source position is in ``italic`` (the
    repairs keep each character's position: a word rejoined over a line
    end or a ligature restored keeps its face); white space and note
    markers are only inside an italic run (between two italic characters),
    never at its edges.  Signs of comparison and arithmetic are never
    italic (TeX sets "<" in its math italic font; it prints upright).

    >>> t = Tracked.from_lines([(1, 1, "a big"), (2, 1, "word, no")])
    >>> from coursepack.repair.tracked import position
    >>> f = italic_flags(t, {position(1, c) for c in (3, 4, 5)} | {position(2, c) for c in (1, 2, 3, 4)})
    >>> "".join(ch if x else "." for ch, x in zip(t.text, f)).split()
    ['..big', 'word....']
    """
    text, pos = t.text, t.pos
    n = len(text)
    flags: list[bool | None] = [None] * n
    for k in range(n):
        ch = text[k]
        if not (ch.isspace() or ch in SUPERSCRIPTS):
            flags[k] = pos[k] in italic and ch not in _UPRIGHT_SIGNS
    out = [bool(f) for f in flags]
    k = 0
    while k < n:
        if flags[k] is not None:
            k += 1
            continue
        e = k
        while e < n and flags[e] is None:
            e += 1
        inside = k > 0 and e < n and flags[k - 1] and flags[e]
        for j in range(k, e):
            out[j] = bool(inside)
        k = e
    return out


def paragraph_inlines(t: Tracked, breaks: list[int], italic: set[int] | None = None,
                      refs: bool = True) -> list[Inline]:
    """Inline nodes of a repaired text of several paragraphs, each starting
    at one of the source lines ``breaks`` (after the first): the
    paragraphs' nodes with a :data:`PARAGRAPH_BREAK` text node between them.

    >>> t = Tracked.from_lines([(1, 1, "One ends."), (2, 1, "Two starts.")])
    >>> t.text = t.text.replace("\\n", " "); [n.text for n in paragraph_inlines(t, [2])]
    ['One ends.', '\\n\\n', 'Two starts.']
    """
    cuts = []
    for line in breaks:
        i = next((k for k in range(len(t.text)) if t.where(k)[0] >= line), None)
        if i is not None and 0 < i and (not cuts or i > cuts[-1]):
            cuts.append(i)
    out: list[Inline] = []
    for a, z in zip([0] + cuts, cuts + [len(t.text)]):
        part = Tracked(t.text[a:z], list(t.pos[a:z]), t.protected[a:z])
        nodes = to_inlines(part, refs=refs, italic=italic)
        if nodes and isinstance(nodes[-1], Text):
            nodes[-1] = Text(nodes[-1].text.rstrip())
        if nodes and isinstance(nodes[0], Text):
            nodes[0] = Text(nodes[0].text.lstrip())
        if out:
            out.append(Text(PARAGRAPH_BREAK))
        out.extend(n for n in nodes if not (isinstance(n, Text) and not n.text))
    return out


def correction_pattern(find: str) -> re.Pattern:
    """The search pattern of a correction: the text exactly, except that a
    space matches any run of spaces (plain, non-breaking or thin).

    >>> bool(correction_pattern("such a situation").search("such a\u00a0situation"))
    True
    """
    parts = re.split(r"\s+", find.strip())
    return re.compile(r"[\s\u00a0\u2009]+".join(re.escape(p) for p in parts))


def deleted_words(before: str, after: str) -> int:
    """How many source words a correction removes (words it merges or
    rewrites stay counted where they were).

    >>> deleted_words("the the", "the"), deleted_words("had to left", "had to leave"), deleted_words("Eur asia-net", "Eurasianet")
    (1, 0, 0)
    """
    words = before.split()
    rest = _skeleton(after)
    unconsumed = 0
    pos = 0             # where the rest starts (no copy per word: linear)
    for w in words:
        k = _skeleton(w)
        at = rest.find(k, pos) if k else pos
        if at < 0:
            unconsumed += 1
        else:
            pos = at + len(k)
    consumed = len(words) - unconsumed
    added = max(0, len(after.split()) - consumed)
    return max(0, unconsumed - added)


def _apply_corrections(items: list[_Item], corrections: list, source: str,
                       changes: list[Change]) -> tuple[list[Problem], dict[str, int]]:
    unmatched: list[Problem] = []
    deleted: dict[str, int] = {}
    for c in corrections:
        if not isinstance(c, Correction):
            continue
        hits = 0
        pat = correction_pattern(c.find)
        probe = max(c.find.split(), key=len) if c.find.split() else c.find
        for item in items:
            if item.t is None or probe not in item.t.text or not in_scope(c.where, item.id):
                continue
            t = item.t
            edits = [Edit(m.start(), m.end(), c.replace, c.why, silent=c.mode == "silent")
                     for m in pat.finditer(t.text)]
            if not edits:
                continue
            item._inlines = None
            for e, before, (line, col) in t.apply(edits):
                hits += 1
                changes.append(Change(kind="correction", rule="corrections", before=before,
                                      after=e.replacement, why=c.why,
                                      where=Location(source, line, col, item.id),
                                      silent=c.mode == "silent", category=c.category))
                lost = deleted_words(before, e.replacement)
                if lost > 0:
                    deleted[item.dest] = deleted.get(item.dest, 0) + lost
        if not hits:
            scope = f" in {c.where}" if c.where else ""
            unmatched.append(Problem(c.path, c.line, c.column,
                                     f"correction not applied: '{c.find}' not found{scope} in the repaired text",
                                     severity="warning"))
    return unmatched, deleted


_HAS_ALNUM_RE = re.compile(r"[^\W_]|\ufffd")
_SKEL_RE = re.compile(f"[\\W_{SUPERSCRIPTS}]+")
_ASCII_JUNK = bytes(c for c in range(128) if not chr(c).isalnum())
_ASCII_ALNUM = bytes(c for c in range(128) if chr(c).isalnum())


def _skeleton(s: str) -> str:
    """Letters and digits only, case folded (superscript markers dropped).

    >>> _skeleton("The confl ict, devel-\\nopments²³ a\\ufffd er")
    'theconflictdevelopmentsaǂer'
    """
    s = s.replace("\ufffd", "\u01c2")
    # ASCII punctuation and spaces go by bytes.translate, the few other
    # characters to drop by bytes.replace (UTF-8 sequences match only whole
    # characters): a regular expression over the whole text costs more
    b = s.encode("utf-8", "surrogatepass").translate(None, _ASCII_JUNK)
    rest = b.translate(None, _ASCII_ALNUM)          # the non-ASCII characters
    if rest:
        junk = [c for c in set(rest.decode("utf-8", "surrogatepass"))
                if not c.isalnum() or c in SUPERSCRIPTS]
        if len(junk) > 24:
            return _SKEL_RE.sub("", s).casefold()
        for c in junk:
            b = b.replace(c.encode("utf-8", "surrogatepass"), b"")
    return b.decode("utf-8", "surrogatepass").casefold()


def _cut(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def differences(a: str, b: str, k: int = 16) -> list[tuple[str, int, int, int, int]]:
    """The places where ``a`` and ``b`` differ, as difflib's non-equal
    opcodes, in time near-linear in their length (difflib alone is
    quadratic: a 0.94 MB one-line source took 590 s).  The common prefix
    and suffix are cut off; then ``k``-letter pieces of ``a`` found once in
    each text, in the same order in both (the longest increasing run),
    anchor the two texts, and only the short stretches between anchors go
    to difflib (a stretch too long for it is reported whole).

    >>> differences("the cat sat on the mat", "the cat sat on a mat")
    [('replace', 15, 18, 15, 16)]
    >>> import random; rnd = random.Random(1)
    >>> a = "".join(rnd.choice("abcdefgh") for _ in range(9000))
    >>> b = a[:100] + "Q" + a[100:5000] + a[5005:]
    >>> differences(a, b)
    [('insert', 100, 100, 100, 101), ('delete', 5000, 5005, 5001, 5001)]
    """
    out: list[tuple[str, int, int, int, int]] = []
    small = 4_000_000         # difflib on n × m letters up to this

    def solve(i1: int, i2: int, j1: int, j2: int, depth: int) -> None:
        while i1 < i2 and j1 < j2 and a[i1] == b[j1]:
            i1 += 1
            j1 += 1
        while i2 > i1 and j2 > j1 and a[i2 - 1] == b[j2 - 1]:
            i2 -= 1
            j2 -= 1
        if i1 == i2 and j1 == j2:
            return
        if i1 == i2 or j1 == j2 or (i2 - i1) * (j2 - j1) <= small:
            if i1 == i2:
                out.append(("insert", i1, i2, j1, j2))
            elif j1 == j2:
                out.append(("delete", i1, i2, j1, j2))
            else:
                sm = difflib.SequenceMatcher(None, a[i1:i2], b[j1:j2], autojunk=False)
                out.extend((op, x1 + i1, x2 + i1, y1 + j1, y2 + j1)
                           for op, x1, x2, y1, y2 in sm.get_opcodes() if op != "equal")
            return
        anchors = _anchors(a, b, i1, i2, j1, j2, k) if depth < 8 else []
        if not anchors:
            out.append(("replace", i1, i2, j1, j2))
            return
        for ai, bj in anchors:
            solve(i1, ai, j1, bj, depth + 1)
            i1, j1 = ai + k, bj + k
        solve(i1, i2, j1, j2, depth + 1)

    solve(0, len(a), 0, len(b), 0)
    return out


def _anchors(a: str, b: str, i1: int, i2: int, j1: int, j2: int, k: int) -> list[tuple[int, int]]:
    """Non-overlapping ``k``-letter pieces of ``a[i1:i2]`` (taken every
    ``k`` letters) that occur exactly once there and once in ``b[j1:j2]``,
    the longest run in the same order in both: [(i, j), ...]."""
    step = max(k, (i2 - i1) // 200_000 * k or k)
    seen: dict[str, int] = {}
    for i in range(i1, i2 - k + 1, step):
        piece = a[i:i + k]
        seen[piece] = -1 if piece in seen else i
    where: dict[str, int] = {}
    for j in range(j1, j2 - k + 1):
        piece = b[j:j + k]
        if seen.get(piece, -1) >= 0:
            where[piece] = -1 if piece in where else j
    pairs = sorted((seen[p], j) for p, j in where.items() if j >= 0)
    # the longest run increasing in both (patience sorting)
    tails: list[int] = []
    tail_at: list[int] = []
    back: list[int] = []
    for n, (_i, j) in enumerate(pairs):
        at = bisect.bisect_left(tails, j)
        back.append(tail_at[at - 1] if at else -1)
        if at == len(tails):
            tails.append(j)
            tail_at.append(n)
        else:
            tails[at] = j
            tail_at[at] = n
    run = []
    n = tail_at[-1] if tail_at else -1
    while n >= 0:
        run.append(pairs[n])
        n = back[n]
    run.reverse()
    kept: list[tuple[int, int]] = []
    for i, j in run:       # pieces must not overlap in b either
        if not kept or (i >= kept[-1][0] + k and j >= kept[-1][1] + k):
            kept.append((i, j))
    return kept


def _account(lines, layout: Layout, items: list[_Item], fragments_items: list[_Item],
             changes: list[Change], deleted: dict[str, int], source_text: str) -> Accounting:
    by_line = {l.number: l.text for l in lines}
    dest_of_line: dict[int, str] = {}
    for it in items + fragments_items:
        for ln in it.unit.lines:
            dest_of_line[ln] = it.dest
    for u in layout.furniture:
        for ln in u.lines:
            dest_of_line[ln] = "discarded"
    counts = {"body": 0, "notes": 0, "metadata": 0, "apparatus": 0, "discarded": 0}
    missing: list[str] = []
    for l in lines:
        k = len(l.text.split())
        if not k:
            continue
        d = dest_of_line.get(l.number)
        if d is None:
            missing.append(f"line {l.number}: '{l.text.strip()[:60]}' went nowhere")
            continue
        counts[d] += k
    for d, k in deleted.items():
        counts[d] -= k
        counts["apparatus"] += k
    # check: letters in = letters out, per place
    src: dict[str, list[str]] = {}
    out: dict[str, list[str]] = {}
    for it in items + fragments_items:
        src.setdefault(it.dest, []).extend(by_line[ln] for ln in it.unit.lines)
        text = plain_text(it.inlines())
        if it.unit.kind == "note":
            text = f"{it.unit.number} " + text
        elif it.unit.marker:     # a list item's marker, taken off its text
            text = f"{it.unit.marker} " + text
        out.setdefault(it.dest, []).append(text)
    dest_of_block = {it.id: it.dest for it in items + fragments_items}
    # the recorded changes that alter letters, per place, as skeletons (in order)
    altering: dict[str, list[tuple[str, str]]] = {}
    for c in changes:
        d = dest_of_block.get(c.where.block)
        if d is None or c.before.casefold() == c.after.casefold() \
                or not _HAS_ALNUM_RE.search(c.before + c.after):
            continue
        b, a = _skeleton(c.before), _skeleton(c.after)
        if b != a:
            altering.setdefault(d, []).append((b, a))
    for d in src:
        s = _skeleton("".join(src[d]))
        o = _skeleton("".join(out[d]))
        if s != o:
            for b, a in altering.get(d, ()):
                s = s.replace(b, a, 1) if b else s
        if s != o:
            for op, i1, i2, j1, j2 in differences(s, o):
                if op in ("delete", "replace"):
                    missing.append(f"{d}: '{_cut(s[i1:i2])}' (source) became '{_cut(o[j1:j2])}'")
                elif op == "insert":
                    missing.append(f"{d}: '{_cut(o[j1:j2])}' appeared from nowhere")
    return Accounting(source_words=len(source_text.split()), missing=missing, **counts)


def repair_article(text: str, *, source: str = "source.txt", corrections: list | None = None,
                   corrections_path: str = "corrections.yaml") -> RepairResult:
    """Repair raw PDF-extracted article text: the text is laid out into an
    article structure (:func:`~coursepack.repair.layout.structure_from_text`)
    and repaired as any structure is (:func:`repair_structure`).

    >>> r = repair_article("A Title\\n\\nIntroduction\\n\\nThe confl ict began¹.\\n\\n1 See <https://a.org/x>.\\n")
    >>> r.title, r.sections[0].title, plain_text(r.sections[0].blocks[0].inlines), r.accounting.complete
    ('A Title', 'Introduction', 'The conflict began.', True)
    """
    lines = split_lines(text)
    structure = structure_from_layout(lay_out(lines), source)
    return repair_structure(structure, source=source, corrections=corrections,
                            corrections_path=corrections_path, text=text, lines=lines)


def repair_structure(structure, *, source: str = "", corrections: list | None = None,
                     corrections_path: str = "corrections.yaml", text: str | None = None,
                     lines=None) -> RepairResult:
    """Repair an article structure, whatever reader made it (extracted text,
    the article's PDF): the word repairs run on every block (a block's lines
    are joined by the line-end hyphenation repair), then the editorial
    corrections; notes become footnotes, superscript markers note
    references; figures and tables stand as placeholders; the reference
    list is kept out of the body (``RepairResult.references``).  ``text``
    and ``lines`` are the source as read (extracted text), for the word
    accounting; without them the structure's lines are the source.

    >>> from coursepack.read.structure import ArticleStructure, Block, Line
    >>> L = lambda t, sup=(): Line(1, 0, 0, 1, 1, t, superscripts=list(sup))
    >>> s = ArticleStructure("a.pdf", [Block("heading", [L("Intro")], level=1),
    ...     Block("paragraph", [L("The confl ict be-"), L("gan.1", [(4, 5)])]),
    ...     Block("note", [L("1 A note.", [(0, 1)])], number=1),
    ...     Block("reference", [L("Doe, J. 2001. A long-"), L("standing book.")])])
    >>> r = repair_structure(s, source="a.pdf")
    >>> plain_text(r.sections[0].blocks[0].inlines), r.sections[0].blocks[0].inlines[-1]
    ('The conflict began.', NoteRef(number=1, type='noteref'))
    >>> plain_text(r.footnotes[0].inlines), r.references, r.accounting.complete
    ('A note.', ['Doe, J. 2001. A longstanding book.'], True)
    """
    layout, src = units_of(structure)
    if lines is None:
        lines = src
        text = "\n".join(l.text for l in src)
    source = source or structure.source
    vocab = Vocabulary(text)
    changes: list[Change] = []
    corrections = list(corrections or [])

    body_text = " ".join(p.text for u in layout.body for p in u.pieces[:3])
    lang = detect_language(body_text) if body_text.strip() else "en"

    items: list[_Item] = []
    title_item = None
    if layout.title:
        title_item = _Item(layout.title, "title", detect_language(" ".join(p.text for p in layout.title.pieces)), "metadata")
        items.append(title_item)
    front_items: list[_Item] = []
    front_langs: dict[int, str] = {}     # an abstract's title takes the abstract's language
    for k, u in enumerate(layout.front):
        following = next((x for x in layout.front[k:] if x.kind == "abstract"), u)
        if id(following) not in front_langs:
            front_langs[id(following)] = detect_language(" ".join(p.text for p in following.pieces))
        ulang = front_langs[id(following)]
        it = _Item(u, f"abstract-{k + 1}", ulang, "metadata")
        front_items.append(it)
        items.append(it)

    # sections and blocks
    sec_items: list[tuple[_Item | None, list[_Item]]] = []
    late: list[_Item] = []       # items a structure read from a PDF adds (none for text)
    captions: dict[str, _Item] = {}
    for u in layout.body:
        if u.kind == "figure":
            if not sec_items:
                sec_items.append((None, []))
            sid = f"s{len(sec_items)}"
            blocks = sec_items[-1][1]
            it = _Item(u, f"{sid}-p{len(blocks) + 1}", lang, "apparatus")
            blocks.append(it)
            if u.pieces:
                late.append(it)
            if u.caption is not None:
                # (raised digits in a caption key a table's notes, never the article's)
                captions[it.id] = _Item(u.caption, f"{it.id}-caption", lang, "body", raised=bool(src))
                late.append(captions[it.id])
            continue
        if u.kind == "heading":
            sid = f"s{len(sec_items) + 1}"
            it = _Item(u, sid, lang, "body")
            items.append(it)
            sec_items.append((it, []))
        else:
            if not sec_items:
                sec_items.append((None, []))
            sid = f"s{len(sec_items)}"
            blocks = sec_items[-1][1]
            it = _Item(u, f"{sid}-p{len(blocks) + 1}", lang, "body")
            blocks.append(it)
            items.append(it)
            for ln, why in u.joins:
                changes.append(Change("layout", "paragraph_join", "", "",
                                      f"paragraph continues after a blank line or page break: {why}",
                                      Location(source, ln, 1, it.id)))
    if layout.author_notes:      # notes marked ∗, † or unnumbered: after the body, so
        if not sec_items:        # that the ids of the body do not depend on them
            sec_items.append((None, []))
        sid, blocks = f"s{len(sec_items)}", sec_items[-1][1]
        for u in layout.author_notes:
            it = _Item(u, f"{sid}-p{len(blocks) + 1}", lang, "notes")
            blocks.append(it)
            late.append(it)
    note_items: dict[int, _Item] = {}
    for num, u in sorted(layout.notes.items()):
        it = _Item(u, f"note-{num}", lang, "notes", raised=bool(src))
        note_items[num] = it
        items.append(it)
        for ln, why in u.joins:
            changes.append(Change("layout", "note_join", "", "", why, Location(source, ln, 1, it.id)))
    meta_items: list[_Item] = []
    for k, u in enumerate(layout.meta):
        words = " ".join(p.text for p in u.pieces)
        label = max((k for k in _KEYWORDS_LANG if words.strip().casefold().startswith(k)), key=len, default="") \
            if u.kind == "keywords" else ""
        ulang = _KEYWORDS_LANG.get(label) or (detect_language(words) if len(words.split()) >= 6 else lang)
        meta_items.append(_Item(u, f"meta-{k + 1}", ulang, "metadata"))
    late += meta_items
    ref_items = [_Item(u, f"ref-{k + 1}", lang, "apparatus") for k, u in enumerate(layout.references)]
    for k, u in enumerate(layout.apparatus):
        late.append(_Item(u, f"apparatus-{k + 1}", lang, "apparatus"))
    for it in ref_items:
        for ln, why in it.unit.joins:
            changes.append(Change("layout", "reference_join", "", "", why,
                                  Location(source, ln, 1, it.id)))
    items += late + ref_items
    frag_items = [_Item(u, f"fragment-{k + 1}", lang, "apparatus") for k, u in enumerate(layout.fragments)]
    # words set in italics inside the running text, the notes, the captions
    # and the abstracts are emphasis (headings, titles and the reference
    # list stay plain; a unit set wholly in italics is printed so as a whole)
    if layout.italic:
        for it in items:
            if it.unit.kind in ("para", "note", "caption") and not it.unit.italic or \
                    it.unit.kind in ("authornote", "abstract") and not _wholly(it.unit, layout.italic):
                it.italic = layout.italic
    # words set in bold inside the running text and the notes are strong
    # emphasis (not a unit set wholly in bold: a heading's style)
    if layout.bold:
        for it in items:
            if it.unit.kind in ("para", "note") and it.unit.pieces and not _wholly(it.unit, layout.bold):
                it.bold = layout.bold

    _repair_items(items + frag_items, vocab, source, changes)
    for it in note_items.values():      # an edition's number set on the line after a year
        if it.raised and it.t is not None:
            run_rule(REGISTRY["edition_number"], it.t, Context(lang=it.lang, block=it.id), source, changes)
            it._inlines = None

    unmatched, deleted = _apply_corrections(items, corrections, source, changes)

    # fragments: attach to the nearest lost note marked before them
    marker_numbers = [m for m, _ in layout.markers]
    lost = sorted(set(marker_numbers) - set(layout.notes))
    fragments: list[Fragment] = []
    attached: dict[int, list[str]] = {}
    for it, (num, reason) in zip(frag_items, attach_fragments(
            [it.unit.lines[0] for it in frag_items],
            [it.unit.pieces[0].text for it in frag_items], layout.markers, lost)):
        ln = it.unit.lines[0]
        ftext = it.t.text if it.t is not None else ""
        fragments.append(Fragment(ftext, Location(source, ln, it.unit.pieces[0].col, it.id), num, reason))
        if num is not None:
            attached.setdefault(num, []).append(ftext)
        changes.append(Change("fragment", "stranded_fragment", it.unit.pieces[0].text, "",
                              WHY["fragment"].format(reason=reason),
                              Location(source, ln, it.unit.pieces[0].col, f"note-{num}" if num else ""),
                              silent=False))
    for u in layout.furniture:
        changes.append(Change("furniture", "page_furniture", u.pieces[0].text, "",
                              "page furniture (page number or running head) discarded",
                              Location(source, u.lines[0], u.pieces[0].col, "")))

    # footnotes
    recon = {c.number: c for c in corrections if isinstance(c, NoteReconstruction)}
    footnotes: list[Footnote] = []
    for num in sorted(set(layout.notes) | set(marker_numbers)):
        if num in note_items:
            it = note_items[num]
            footnotes.append(Footnote(num, it.inlines(), "complete", source_lines=it.unit.lines))
        else:
            frs = attached.get(num, [])
            r = recon.get(num)
            footnotes.append(Footnote(num, [], "partial" if frs else "lost",
                                      reconstruction=r.reconstruction if r else "",
                                      fragments=frs,
                                      source_lines=[l for m, l in layout.markers if m == num][:1]))
    for num, r in recon.items():
        if num not in lost:
            unmatched.append(Problem(r.path, r.line, r.column,
                                     f"reconstruction for note {num}, but note {num} is not lost",
                                     severity="warning"))

    sections: list[Section] = []
    counts: dict[str, int] = {}
    offset = folio_offset([(u.page, u.pieces[0].text) for u in layout.furniture if u.pieces])
    for k, (head, blocks) in enumerate(sec_items):
        title = _label(plain_text(head.inlines())) if head else ""
        sec = Section(f"s{k + 1}", title)
        sec.level = head.unit.level if head else 1
        for it in blocks:
            if it.unit.kind == "figure":
                cap = captions.get(it.id)
                capt = [] if cap is None else paragraph_inlines(cap.t, cap.unit.breaks, cap.italic, refs=False) \
                    if cap.unit.breaks and cap.t is not None else cap.inlines()
                inl = [Text(placeholder(it.unit.role, it.unit.page,
                                        plain_text(capt)))] + ([Text(" ")] + capt if capt else [])
                sec.blocks.append(Block(it.id, inl, "figure", it.lang,
                                        it.unit.lines + (cap.unit.lines if cap else []),
                                        figure=figure_of(it.unit, capt, counts,
                                                         it.t.text if it.t is not None else "",
                                                         offset)))
                continue
            kind = "authornote" if it.unit.kind == "authornote" else \
                "quote" if it.unit.quote else "item" if it.unit.item else "paragraph"
            # the title's own note (keyed on the title): an author note marked
            # ``title``, printed as the title's footnote; a list item: its
            # depth and marker
            # an author note set in groups (an author's name, address, e-mail
            # each): a paragraph each
            inl = paragraph_inlines(it.t, it.unit.breaks, it.italic) if kind == "authornote" and it.unit.breaks \
                and it.t is not None else it.inlines()
            sec.blocks.append(Block(it.id, inl, kind, it.lang, it.unit.lines,
                                    depth=it.unit.level if kind == "item" else 0,
                                    marker=authornote_marker(it.unit) if kind == "authornote"
                                    else it.unit.marker if kind == "item" else "",
                                    italic=it.unit.italic and kind in ("paragraph", "quote")))
        sections.append(sec)

    abstracts: list[Abstract] = []
    pending_title = ""
    for it in front_items:
        if it.unit.kind == "abstract_title":
            head = _label(plain_text(it.inlines()))
            # the abstract's label after its title ("Vaterschaft im Kontext …",
            # then "Zusammenfassung"): the title stays the abstract's title
            if not (pending_title and heading_kind(" ".join(head.split()).rstrip(":.")) == "abstract"):
                pending_title = head
            continue
        abstracts.append(Abstract(it.lang, pending_title, paragraph_inlines(it.t, it.unit.breaks, it.italic)
                                  if it.unit.breaks and it.t is not None else it.inlines()))
        pending_title = ""

    acc = _account(lines, layout, items, frag_items, changes, deleted, text)
    title = _label(plain_text(title_item.inlines())) if title_item else ""
    front = front_blocks(meta_items)
    references = [" ".join(it.t.text.split()) for it in ref_items if it.t is not None]
    # markers without note text are counted again here, after repair
    doubts = [d for d in getattr(structure, "doubts", []) or []
              if d.kind != "note_without_text"] + structure_doubts(
        sections, footnotes, layout, paged=bool(src))
    doubts += _suspects(title, sections, footnotes, layout, changes, lang)
    return RepairResult(title, abstracts, sections, footnotes, changes, fragments, acc, unmatched,
                        references=references, doubts=doubts, front=front)


#: the language a key words label names ("Schlüsselwörter" over German key words)
_KEYWORDS_LANG = {"keywords": "en", "key words": "en", "keyword": "en", "schlüsselwörter": "de",
                  "schlagwörter": "de", "stichwörter": "de", "schlagworte": "de", "stichworte": "de",
                  "mots-clés": "fr", "mots clés": "fr", "mots-clefs": "fr", "słowa kluczowe": "pl",
                  "palabras clave": "es", "palabras-clave": "es", "parole chiave": "it", "palavras-chave": "pt"}


def front_blocks(items: list[_Item]) -> list[Block]:
    """The front matter printed with the title (:attr:`RepairResult.front`):
    every affiliation block and every key words block, in the order the
    article prints them.  Where several groups of authors each stand over
    their own affiliation, an affiliation is led by its names ("Andrew R.
    Todd: Northwestern University"), so that the reader can tell whose it
    is; a single group's affiliation stands alone."""
    groups = 0
    names = ""
    for it in items:
        if it.unit.kind == "author":
            names = "x"
        elif it.unit.kind == "affiliation" and names:
            groups += 1
            names = ""
    out: list[Block] = []
    names = ""
    for it in items:
        kind = it.unit.kind
        if kind == "author":
            names = " ".join(plain_text(it.inlines()).split())
            continue
        if kind not in ("affiliation", "keywords") or it.t is None or not it.t.text.strip():
            continue
        inl = list(it.inlines())
        if kind == "affiliation" and groups > 1 and names:
            inl = [Text(names + ": ")] + inl
        names = ""
        out.append(Block(f"front-{len(out) + 1}", inl, kind, it.lang, it.unit.lines))
    return out


def _suspects(title, sections, footnotes, layout, changes, lang) -> list:
    """Words the repairs left looking broken (:func:`.spaced.suspect_words`),
    each with the page its block starts on."""
    page_of = {p.line: u.page for u in [layout.title, *layout.body, *layout.notes.values()]
               if u is not None for p in u.pieces}
    first = lambda lines: page_of.get(lines[0], 0) if lines else 0  # noqa: E731
    return suspect_words(
        [("title", first(layout.title.lines) if layout.title else 0, title)]
        + [(sec.id, 0, sec.title) for sec in sections]
        + [(b.id, first(b.source_lines), plain_text(b.inlines)) for sec in sections
           for b in sec.blocks if b.kind != "figure"]
        + [(f"note-{n.number}", first(n.source_lines), plain_text(n.inlines)) for n in footnotes],
        changes, lang, page_of)


_FIG_LABEL_RE = re.compile(r"^\s*((?:fig(?:ure)?|table|tab|chart|graph|map|exhibit|plate|"
                           r"abb(?:ildung)?|tabelle|schaubild|grafik|diagramm)\.?\s*"
                           r"(?:\d+(?:\.\d+)?[a-z]?|[IVXLC]+))\b", re.I)


def placeholder(role: str, page: int, caption: str = "") -> str:
    """The paragraph that stands for a figure or table in the running text.

    >>> placeholder("table", 7, "Table 2. Mean values"), placeholder("figure", 3)
    ('[Table 2: see p. 7 of the original]', '[Figure: see p. 3 of the original]')
    """
    m = _FIG_LABEL_RE.match(caption or "")
    label = m.group(1).rstrip(".") if m else ("Table" if role == "table" else "Figure")
    return f"[{label}: see p. {page} of the original]" if page else f"[{label}: see the original]"


def folio_offset(furniture: list[tuple[int, str]]) -> int | None:
    """What to add to a page of the PDF to get the page number the original
    prints on it, from the page numbers read as page furniture: ``(page,
    text)`` of each furniture line.  A bare number ("45", "- 45 -", "S. 45",
    "p. 45") on a page votes for its offset; the offset of the most votes
    wins when at least two pages and half the votes agree (a journal's
    pages run on within an article; a cover sheet or a differently numbered
    front page, a number in a logo on every page is outvoted: the offset
    must hold on half the pages that print a number).  ``None`` when the
    pages print no such numbers.

    >>> folio_offset([(1, "GENDER 1 | 2014, S. 44–64"), (2, "45"), (3, "46"), (4, "GENDER 1 | 2014"), (4, "47")])
    43
    >>> folio_offset([(1, "1"), (2, "1"), (3, "2"), (4, "3")]), folio_offset([(2, "7")]), folio_offset([])
    (-1, None, None)
    >>> folio_offset([(1, "123"), (2, "500"), (2, "123"), (3, "501"), (3, "123")])
    498
    """
    votes: dict[int, set[int]] = {}
    for page, text in furniture:
        m = re.fullmatch(r"(?:[-–—]\s*)?(?:(?:S|p|pp|Seite|page|s)\.?\s*)?(\d{1,5})(?:\s*[-–—])?",
                         " ".join(str(text).split()), flags=re.I)
        if page and m:
            votes.setdefault(int(m.group(1)) - page, set()).add(page)
    if not votes:
        return None
    best = max(votes, key=lambda k: (len(votes[k]), -abs(k)))
    pages = len(votes[best])
    if pages < 2 or pages * 2 < len(set().union(*votes.values())):
        return None
    return best


def figure_of(u: Unit, caption: list[Inline], counts: dict[str, int], text: str = "",
              offset: int | None = None):
    """The :class:`~coursepack.model.Figure` of a figure unit: its kind, the
    label its caption prints (else the kind and its number among the
    reading's figures or tables), page and area; ``text`` (the words inside
    it) is its alternative text.  ``counts`` numbers figures and tables
    apart, in order; ``offset`` (:func:`folio_offset`) gives the page number
    the original prints on the figure's page.

    >>> u = Unit("figure", role="table", page=7, region=[50, 80, 290, 400])
    >>> f = figure_of(u, [Text("Tabelle 2: Typen")], {})
    >>> f.kind, f.label, f.number, f.page, f.region
    ('table', 'Tabelle 2', 1, 7, [50, 80, 290, 400])
    >>> figure_of(Unit("figure", role="figure", page=2), [], {"figure": 1}).label
    'Figure 2'
    """
    from ..read.figures import caption_label  # lazy: 8-12 ms on a no-op build and on schema
    lab = caption_label(plain_text(caption)) if caption else None
    kind = lab[0] if lab else ("table" if u.role == "table" else "figure")
    counts[kind] = counts.get(kind, 0) + 1
    label = lab[1] if lab else f"{kind.capitalize()} {counts[kind]}"
    alt = " ".join(text.split())
    alt = f"{label}: {alt[:300]}" if alt else label
    # an area with neither a caption nor a few lines of its own is more
    # likely a stray line than a figure: not cut, its placeholder stands
    cut = bool(caption) or len(u.pieces) >= 3 or (u.pieces and not any(p.text for p in u.pieces))
    return Figure(kind=kind, label=label, number=counts[kind], alt=alt, caption=list(caption),
                  page=u.page, region=list(u.region) if cut else [],
                  folio=str(u.page + offset) if offset is not None and u.page + offset > 0 else "")


LONG_PARAGRAPH = 300     # words: a longer paragraph is listed by `check`
_NUMBERISH_RE = re.compile(r"^[\W\d_]*\d[\W\d_]*$")


def structure_doubts(sections: list[Section], footnotes: list[Footnote], layout: Layout,
                     paged: bool = True) -> list:
    """What the structure leaves unsettled, for ``check``: note markers
    without note text, paragraphs over :data:`LONG_PARAGRAPH` words,
    headings that look like numbers.

    >>> from coursepack.repair.layout import Layout
    >>> lay = Layout(None, [], [], {}, [], [], [(3, 12)], 0)
    >>> [d.kind for d in structure_doubts([Section("s1", "3.50")], [Footnote(3, [], "lost")], lay)]
    ['note_without_text', 'number_heading']
    """
    out = []
    at = {m: ln for m, ln in reversed(layout.markers)}
    page_of = {}
    for u in layout.body:
        for p in u.pieces:
            page_of[p.line] = u.page
    for n in footnotes:
        if n.status != "complete" and not n.reconstruction:
            ln = at.get(n.number, 0)
            where = f"p. {page_of.get(ln)}" if paged and page_of.get(ln) else f"line {ln}"
            out.append(Doubt("note_without_text", f"note marker {n.number} ({where}) has no note "
                             "text", page_of.get(ln, 0)))
    for s in sections:
        if s.title and _NUMBERISH_RE.match(s.title):
            out.append(Doubt("number_heading", f"heading '{s.title}' ({s.id}) looks like a number "
                             "(a table cell or page number?)"))
        for b in s.blocks:
            n = len(plain_text(b.inlines).split())
            if n > LONG_PARAGRAPH:
                out.append(Doubt("long_paragraph", f"paragraph {b.id} has {n} words (paragraph "
                                 "breaks missed?)"))
    return out


def attach_fragments(lines: list[int], texts: list[str], markers: list[tuple[int, int]],
                     lost: list[int]) -> list[tuple[int | None, str]]:
    """The most likely lost note for each stranded fragment, with a reason.

    Fragments on consecutive lines form a run (the tails of the notes of one
    page, in note order).  A fragment that ends as a complete note does ends
    that note's tail, so the next fragment is the tail of another note.  The
    last tail of a run goes to the nearest lost note marked before the run;
    earlier tails go to the lost notes before that one, in order.

    >>> attach_fragments([10, 11], ["x, 2020]: <https://a.org/b>.", "y [online]: <https://c"],
    ...                  [(3, 2), (4, 5), (5, 8)], [4, 5])
    [(4, 'stranded at line 10, the tail of one of 2 notes whose tails stand together there; note 4 is the lost note before note 5'), (5, 'stranded at line 11; note 5 is the nearest note marked before it whose text is lost')]
    """
    out: list[tuple[int | None, str]] = [(None, WHY["fragment-none"])] * len(lines)
    k = 0
    while k < len(lines):
        j = k
        while j + 1 < len(lines) and lines[j + 1] == lines[j] + 1:
            j += 1
        # split the run into tails: a terminated fragment ends a tail
        tails: list[list[int]] = [[]]
        for i in range(k, j + 1):
            tails[-1].append(i)
            if note_terminated(texts[i]) and i < j:
                tails.append([])
        ln = lines[k]
        before = [m for m, l in markers if l <= ln and m in lost]
        after = [m for m, l in markers if l > ln and m in lost]
        if before:
            nearest = before[-1]
            pos = lost.index(nearest)
            for t_index, tail in enumerate(reversed(tails)):
                p = pos - t_index
                num = lost[p] if p >= 0 else nearest
                for i in tail:
                    if t_index == 0 or p < 0:
                        why = WHY["fragment-nearest"].format(line=lines[i], note=num)
                    else:
                        why = WHY["fragment-tail"].format(line=lines[i], n=len(tails), note=num,
                                                          next=lost[p + 1])
                    out[i] = (num, why)
        elif after:
            for i in range(k, j + 1):
                out[i] = (after[0], WHY["fragment-after"].format(line=lines[i], note=after[0]))
        k = j + 1
    return out


def _label(s: str) -> str:
    """Titles are plain strings (used in contents, outlines, metadata): ties
    become ordinary spaces there; the body keeps them.

    >>> _label("Turkey as a\u00a0partner")
    'Turkey as a partner'
    """
    return s.replace("\u00a0", " ")


def explain(result: RepairResult, *, all_changes: bool = False) -> str:
    """The changes as text, for ``--explain``: noted changes one by one,
    silent ones counted per rule (all of them one by one with
    ``all_changes``).

    >>> r = repair_article("T\\n\\nIntroduction\\n\\nThe confl ict.\\n")
    >>> print(explain(r))
    1 change (0 noted, 1 silent)
    silent changes by rule:
      ligature/split_ligature: 1
    """
    noted = [c for c in result.changes if not c.silent]
    silent = [c for c in result.changes if c.silent]
    n = len(result.changes)
    out = [f"{n} change{'s' if n != 1 else ''} ({len(noted)} noted, {len(silent)} silent)"]

    def line(c: Change) -> str:
        w = c.where
        at = f"{w.source}:{w.line}:{w.column}" if w.line else w.source
        blk = f" [{w.block}]" if w.block else ""
        cat = f" ({c.category})" if c.category else ""
        return f"  {at}{blk} {c.kind}/{c.rule}{cat}: {c.before!r} → {c.after!r} — {c.why}"

    if noted:
        out.append("noted changes:")
        out.extend(line(c) for c in noted)
    if all_changes:
        out.append("silent changes:")
        out.extend(line(c) for c in silent)
    elif silent:
        counts: dict[str, int] = {}
        for c in silent:
            counts[f"{c.kind}/{c.rule}"] = counts.get(f"{c.kind}/{c.rule}", 0) + 1
        out.append("silent changes by rule:")
        out.extend(f"  {k}: {v}" for k, v in sorted(counts.items()))
    if result.unmatched_corrections:
        out.append("corrections not applied:")
        out.extend(f"  {p}" for p in result.unmatched_corrections)
    a = result.accounting
    if a.missing:
        out.append("word accounting incomplete:")
        out.extend(f"  {m}" for m in a.missing)
    return "\n".join(out)
