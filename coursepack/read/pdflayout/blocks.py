"""Lines in reading order into blocks with roles.

Every decision rests on statistics of the document itself: the body
text's size and style, its line pitch, its columns' edges, how its
paragraphs start (indent or gap), and on wording every article shares
("Abstract", "References", "Table 2"), never on one journal's layout.
"""

from __future__ import annotations


import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from .chars import Rule
from .items import follows, item_marker
from .lines import PLine

_REF_WORD = (r"(?:references?(?: cited| list)?|bibliography|works cited|literature(?: cited)?|"
             r"literatur(?:verzeichnis|angaben)?|zitierte literatur|bibliografi[ae]|bibliograf[íi]a|bibliographie|"
             r"quellen(?:verzeichnis|angaben)?|sources(?: cited)?|cited literature|referencias(?: bibliográficas)?|"
             r"références(?: bibliographiques)?|riferimenti bibliografici|literatuur|literatura|"
             r"referências(?: bibliográficas)?|referenser|litteratur|kaynakça|kaynaklar)")
#: a reference list's heading, also two of these joined ("Quellen- und
#: Literaturverzeichnis", "Sources and Bibliography"), numbered or roman
HEADING_WORDS_REFS = re.compile(
    r"^(?:(?:\d+(?:\.\d+)*|[IVXL]{1,5})\.?\s*)?" + _REF_WORD + r"(?:-?\s+(?:und|and|&|et|y)\s+" + _REF_WORD
    + r")?\s*:?$", re.I)
#: headings of what may follow a reference list ("Appendix A. The survey"
#: starts like "Surname A." but ends the list)
BACK_HEADING = re.compile(r"^(?:appendix|appendices|anhang|annex|anlage|supplement|acknowledge?ments?|"
                          r"about the authors?|notes on contributors|author biograph)", re.I)
HEADING_WORDS_NOTES = re.compile(r"^(?:\d+\.?\s*)?(notes?|endnotes|anmerkungen|fu(ß|ss)noten)\s*:?$", re.I)
ABSTRACT_WORDS = re.compile(
    r"^(abstract|summary|zusammenfassung|kurzfassung|résumé|resumen|resumo|riassunto|sommario|samenvatting|streszczenie|abstrakt)\b\s*[.:—–-]?\s*",
    re.I)
KEYWORD_WORDS = re.compile(
    r"^(key ?words?|keywords|schlüsselwörter|schlagwörter|stichwörter|stichworte|schlagworte|"
    r"mots[- ]cl(?:é|e)f?s|palabras[- ]clave|słowa kluczowe|parole chiave|jel(?: classification)?(?: codes?)?)\b\s*[.:—–-]?",
    re.I)
CAPTION = re.compile(
    r"^(table|tab\.|tabelle|figure|fig\.|abb\.|abbildung|graph|chart|exhibit|schaubild|"
    r"übersicht|diagramm|grafik|map|karte|box|plate)\s*[A-Z]?\d+[a-z]?\b", re.I)
NUMBERED = re.compile(r"^((?:\d{1,2}\.)*\d{1,2})\.?\s+\S|^([IVX]{1,5})\.\s+\S|^([A-H])\.?\s+[A-Z]")
MARKER = re.compile(r"^(\d{1,3}|[*∗†‡§¶]{1,3})(?:[.)](?=\s))?(?=\s|[A-ZÄÖÜa-zäöü(„\"“'‘])")
BULLET = re.compile(r"^([•▪◦●■\-–—·*]|\(?[a-z]\)|\(?\d{1,2}\)|\d{1,2}\.)\s+\S")
# (capitals and small letters beyond ASCII: Ágnes Szőke, Çağla Yılmaz, Łukasz, Søren Ødegård)
_UP = "A-ZÀ-ÖØ-ÞĀ-ſΑ-ΩА-Я"
_LOW = "a-zß-öø-ÿĀ-ſα-ωа-я"
NAME_WORD = re.compile(rf"^[{_UP}][\w'’\-]*[{_LOW}]$|^[{_UP}][{_UP}'’\-]+$|^[A-Z][a-z]?\.-?[A-Z]?\.?$|^[A-Z]\.$|^(?:van|von|de|der|den|du|la|le|da|di|del|dos|und|and|&)$")
SOURCE = re.compile(r"^(quelle|quellen|source|sources|data|daten|note|notes|anmerkung)\s*:", re.I)
BULLET_CHAR = re.compile(r"^[•▪◦●■‣·]\s*\S")
TOC_WHY = "table of contents"
TOC = re.compile(r"^(table of contents|contents|inhalt|inhaltsverzeichnis|sommaire|indice)$", re.I)
SERIES = re.compile(r"discussion paper|working paper|arbeitspapier|research report|occasional paper|"
                    r"policy paper|technical report|forschungsbericht|diskussionspapier|schriftenreihe", re.I)
INSTITUTION = re.compile(r"\b(?:institut|institute|istituto|universit(?:y|ät|é|à|at)|zentrum|foundation|stiftung)\b|"
                         r"\bcent(?:re|er) for|@|www\.", re.I)
#: an e-mail address ("priller[at]wzb.eu", "j.smith@uni.edu")
ADDRESS = re.compile(r"\b[\w.+-]+(@|\[at\]|\(at\))[\w-]+(\.[\w-]+)+\b")
AFFIL_WORDS = re.compile(
    r"universit|institut|department|dept\.|college|school|centre|center|faculty|fakultät|"
    r"hochschule|laborator|research|forschung|@|e-mail|email|\bgmbh\b|ministry|foundation|stiftung",
    re.I)


@dataclass
class Doc:
    """What the block stage knows about the document."""

    pages: list[list[PLine]]              # per page, reading order (furniture included)
    heights: list[float]
    widths: list[float]
    rules: list[list[Rule]]
    body: float                           # body font size
    body_bold: bool = False
    body_italic: bool = False
    body_family: str = ""
    pitch: float = 12.0                   # baseline distance of body lines
    indent_style: bool = True             # paragraphs start with an indent
    justified: bool = True
    edges: dict = field(default_factory=dict)   # (page, col) -> (left, right)
    doubts: list = field(default_factory=list)


def family(font: str) -> str:
    """A font's family name without style and foundry suffixes.

    >>> family("TimesNewRomanPSMT"), family("Frutiger-Roman"), family("Arial,Bold"), family("Times-Italic")
    ('timesnewroman', 'frutiger', 'arial', 'times')
    """
    f = re.split(r"[-,]", font)[0].lower()
    return re.sub(r"(psmt|ps|mt|std|pro|lt)$", "", f)


#: Typewriter (monospace) faces: TeX's cmtt/lmtt/txtt/sftt/pcr, Courier,
#: the Mono families, and the code faces of office programs
MONO = re.compile(r"mono|courier|cmitt|cmtt|cmsltt|lmtt|txtt|sftt|\bpcr|typewriter|consol|menlo|"
                  r"inconsolata|sourcecode|firacode|lucidaconsole|andale", re.I)


def is_mono(font: str) -> bool:
    """Whether a font is a typewriter face (code, commands, file names):
    a line set in one is never a heading.

    >>> is_mono("DXEFAF+CMTT10"), is_mono("LMMono10-Regular"), is_mono("CourierNewPSMT"), is_mono("CMR10")
    (True, True, True, False)
    """
    return bool(MONO.search(font or ""))


def words(text: str) -> list[str]:
    return text.split()


def starts_marker(ln: PLine) -> str | None:
    """The note marker a line starts with (a raised number or symbol, or a
    plain number followed by text), or ``None``.

    >>> starts_marker(PLine(1, "12 See Weber", 0, 0, 1, 1, 1, 8, "", False, False))
    '12'
    >>> starts_marker(PLine(1, "2013). And", 0, 0, 1, 1, 1, 8, "", False, False)) is None
    True
    """
    if ln.superscripts and ln.superscripts[0][0] == 0:
        a, b = ln.superscripts[0]
        m = ln.text[a:b].strip()
        if m:
            return m
    m = MARKER.match(ln.text)
    if m:
        return m.group(1)
    return None


def is_small(ln: PLine, body: float) -> bool:
    return ln.size <= body - 0.45 or ln.size <= 0.92 * body


def is_body_size(ln: PLine, body: float) -> bool:
    return abs(ln.size - body) <= max(0.6, 0.06 * body)


def looks_textual(text: str) -> bool:
    """True for text with words, not a number or a table cell.

    >>> looks_textual("3.50"), looks_textual("0.08**"), looks_textual("2.1 Data and methods")
    (False, False, True)
    >>> looks_textual("phenotypes [e.g. 9, 10, 22, 27]."), looks_textual("2001 4.50 0.08 n.s.")
    (True, False)
    """
    letters = sum(ch.isalpha() for ch in text)
    digits = sum(ch.isdigit() for ch in text)
    return letters >= 3 and letters >= digits


# ----------------------------------------------------------------------
# document statistics

def _clean_indents(doc: Doc, content: list[int]) -> int:
    """How many times the commonest first-line indent opens a paragraph
    unmistakably: the body line above (same column, one pitch up) ended
    its sentence and the line below is back at the column's edge.  Few
    paragraphs in many lines (sections of one or two paragraphs, the first
    after a heading set flush) fall under the share of indented lines
    ``doc_stats`` asks for; two such indents of one width still show the
    style, or one whose line runs to the column's right edge as the line
    below it does (a list's lines, indented as a whole, are no such indent)."""
    body = doc.body
    seen: Counter = Counter()
    for i in content:
        ls = [ln for ln in doc.pages[i] if not ln.role and is_body_size(ln, body) and (i, ln.col) in doc.edges]
        for a, ln, b in zip(ls, ls[1:], ls[2:]):
            left = doc.edges[(i, ln.col)][0]
            d = ln.x0 - left
            if not (0.8 * body <= d <= 4 * body) or not (a.col == ln.col == b.col):
                continue
            if not (0 < ln.base - a.base < 2 * body and 0 < b.base - ln.base < 2 * body):
                continue
            if a.text.rstrip()[-1:] in ".!?:\"”'" and abs(a.x0 - left) <= 2 and abs(b.x0 - left) <= 2:
                # (one reaching the column's right edge, as the line below does,
                # counts twice: a justified paragraph's first line, no short
                # line set in on both sides)
                right = doc.edges[(i, ln.col)][1]
                seen[round(d)] += 2 if abs(ln.x1 - right) <= 2 and abs(b.x1 - right) <= 2 else 1
    return max(seen.values(), default=0)


def doc_stats(doc: Doc, content: list[int]) -> None:
    """Body style, line pitch, column edges, indent and justification."""
    body = doc.body
    bolds = Counter()
    italics = Counter()
    pitches: list[float] = []
    for i in content:
        prev = None
        for ln in doc.pages[i]:
            if ln.role or not is_body_size(ln, body):
                prev = None
                continue
            bolds[ln.bold] += len(ln.text)
            italics[ln.italic] += len(ln.text)
            if prev is not None and prev.col == ln.col and 0 < ln.base - prev.base < 3 * body:
                pitches.append(ln.base - prev.base)
            prev = ln
    doc.body_bold = bolds.most_common(1)[0][0] if bolds else False
    doc.body_italic = italics.most_common(1)[0][0] if italics else False
    fams = Counter()
    for i in content:
        for ln in doc.pages[i]:
            if not ln.role and is_body_size(ln, body):
                fams[family(ln.font)] += len(ln.text)
    doc.body_family = fams.most_common(1)[0][0] if fams else ""
    doc.pitch = statistics.median(pitches) if pitches else 1.2 * body
    # column edges: the most common left and right ends of body lines
    lefts: dict = defaultdict(Counter)
    rights: dict = defaultdict(Counter)
    for i in content:
        for ln in doc.pages[i]:
            if ln.role or not is_body_size(ln, body):
                continue
            lefts[(i, ln.col)][round(ln.x0)] += 1
            rights[(i, ln.col)][round(ln.x1)] += 1
    for key in lefts:
        top_n = lefts[key].most_common(1)[0][1]
        left = min(x for x, n in lefts[key].items() if n >= min(top_n, max(2, 0.25 * top_n)))
        right = rights[key].most_common(1)[0][0]
        doc.edges[key] = (left, right)
    # a column whose lines are nearly all set in (a list's run-on lines, a
    # block quotation filling it) gives a left edge right of its margin:
    # the common measure of the document's columns, where a line of the
    # column (a marker, a line at the margin) stands there, moves it back
    widths = [r - l for l, r in doc.edges.values()]
    near = [sum(abs(v - w) <= 1.5 for v in widths) for w in widths]
    if widths and max(near) >= 3:
        measure = widths[near.index(max(near))]
        for key, (left, right) in list(doc.edges.items()):
            if measure - 4 * body <= right - left < measure - 0.5 * body:
                at = [x for x in lefts[key] if abs(x - (right - measure)) <= 0.3 * body]
                if at:
                    doc.edges[key] = (min(at), right)
    # paragraph style: first-line indents and justified right edges
    # (a line set in as the one below it is, a list's or a block quote's,
    # a list item's bullet or number, its run-on line: no first-line indent)
    indented = flush_right = total = 0
    for i in content:
        ls = [ln for ln in doc.pages[i] if not ln.role and is_body_size(ln, body) and (i, ln.col) in doc.edges]
        for k, ln in enumerate(ls):
            left, right = doc.edges[(i, ln.col)]
            total += 1
            nxt = ls[k + 1] if k + 1 < len(ls) else None
            before = ls[k - 1] if k else None
            block = nxt is not None and nxt.col == ln.col and 0 < nxt.base - ln.base < 2 * body \
                and abs(nxt.x0 - ln.x0) <= 1
            item = BULLET_CHAR.match(ln.text.strip()) or (
                before is not None and before.col == ln.col and before.x0 < ln.x0 - 1
                and BULLET_CHAR.match(before.text.strip())) or _under_item(ls, k)
            # (the last line of a passage set in, or a line set in whose
            # next line is set in too (a centred title over its authors), is
            # no first-line indent)
            inset = (before is not None and before.col == ln.col and 0 < ln.base - before.base < 2 * body
                     and abs(before.x0 - ln.x0) <= 1) or (
                nxt is not None and nxt.col == ln.col and 0 < nxt.base - ln.base < 2 * body
                and nxt.x0 - left > 2)
            if 0.8 * body <= ln.x0 - left <= 4 * body and not block and not item and not inset:
                indented += 1
            if abs(ln.x1 - right) <= 2:
                flush_right += 1
    doc.indent_style = total > 0 and (indented >= 0.02 * total or _clean_indents(doc, content) >= 2)
    doc.justified = total > 0 and flush_right >= 0.5 * total


def _under_item(ls: list[PLine], k: int) -> bool:
    """``ls[k]`` is a run-on line of a list item set with a hanging indent:
    the lines above it at its left edge go up to a line that opens with a
    marker and stands left of them, right above (no paragraph indent)."""
    ln = ls[k]
    j = k - 1
    while j >= 0 and ls[j].col == ln.col and abs(ls[j].x0 - ln.x0) <= 1 and ls[j].page == ln.page:
        j -= 1
    if j < 0 or ls[j].col != ln.col or ls[j].page != ln.page or not ls[j].x0 < ln.x0 - 1:
        return False
    return item_marker(ls[j].text) is not None and 0 < ls[j + 1].base - ls[j].base < 2 * (ln.size or 10)


# ----------------------------------------------------------------------
# footnotes at the page foot

def _note_runs_on(doc: Doc, i: int) -> bool:
    """The page before ``i`` ends its footnotes mid-sentence: its last
    note line (the lowest of its last column) ends without a full stop."""
    prev = [ln for ln in doc.pages[i - 1] if ln.role == "note"] if i > 0 else []
    if not prev:
        return False
    last = max(prev, key=lambda ln: (ln.col or 0, ln.top))
    return last.text.rstrip()[-1:] not in ".!?)]\"'”’»"


def foot_region(doc: Doc, i: int) -> list[PLine]:
    """The lines of page ``i``'s footnote area: small lines at the foot of
    the text (per column on two-column pages), below a rule or a gap,
    whose first line starts with a marker, or below a rule."""
    lines = [ln for ln in doc.pages[i] if not ln.role]
    if not lines:
        return []
    groups = [lines]
    if any(ln.col for ln in lines):
        groups = [[ln for ln in lines if ln.col in (0, c)] for c in sorted({ln.col for ln in lines} - {0})]
    out: list[PLine] = []
    hrules = [r for r in doc.rules[i] if r.kind == "hrule"]
    for grp in groups:
        srt = sorted(grp, key=lambda ln: ln.top)
        # a short rule in the page's lower part with a marked line right
        # below it: the notes, whatever their size
        short = [r for r in hrules if r.top > 0.4 * doc.heights[i] and srt
                 and r.x1 - r.x0 < 0.6 * (max(ln.x1 for ln in srt) - min(ln.x0 for ln in srt))
                 and abs(r.x0 - min(ln.x0 for ln in srt)) < 10]
        if short:
            r = min(short, key=lambda r: r.top)
            below = [ln for ln in srt if ln.top >= r.top - 1]
            # (a note running on from the page before starts without its
            # marker: small lines right under the rule)
            if below and below[0].top - r.top < 3 * doc.pitch and len(below) < len(srt) and (
                    starts_marker(below[0]) or (below[0].top - r.top < 1.5 * doc.pitch
                                                and all(is_small(ln, doc.body) for ln in below)
                                                and _note_runs_on(doc, i))):
                out.extend(ln for ln in below if ln not in out)
                continue
        k = len(srt)
        while k > 0 and is_small(srt[k - 1], doc.body):
            k -= 1
        region = srt[k:]
        if not region or k == 0:
            continue
        # a rule inside the small lines (a small block quotation above the
        # notes): the notes start below it (a rule of the other column, a
        # table's, cuts nothing)
        x_left = min(ln.x0 for ln in region)
        inner = [r for r in hrules if region[0].bottom - 2 < r.top < region[-1].top
                 and x_left - 5 <= r.x0 <= region[0].x0 + 5]
        if inner:
            cut = max(r.top for r in inner)
            below = [ln for ln in region if ln.top >= cut - 2]
            if below:
                k = srt.index(below[0])
                region = below
        above = srt[k - 1]
        first = region[0]
        # a caption or table notes at the page foot are not footnotes
        rule = any(above.bottom - 2 <= r.top <= first.top + 2 and r.x0 <= first.x0 + 5 for r in hrules)
        gap = first.top - above.bottom
        marker_lines = [ln for ln in region if starts_marker(ln)]
        # the reference list's heading higher on the page, at or left of
        # this column's edge (a list set in two columns under a one-column
        # body: its second column's entries are no notes)
        refs_above = any(o.top < first.top and o.x0 <= first.x0 + 2 and len(o.text.strip()) < 40
                         and HEADING_WORDS_REFS.match(o.text.strip()) for o in lines)
        if not rule and (HEADING_WORDS_REFS.match(above.text.strip()) or refs_above):
            # a reference list set small right under its heading, its
            # entries numbered "1." like notes, is no footnote area (no
            # rule above it); notes set smaller still below it are
            region = _smaller_tail(region, doc.pitch)
            if not region:
                continue
        elif rule and (marker_lines or gap > 0.3 * doc.pitch):
            pass
        elif starts_marker(first) and gap > 0.5 * doc.pitch and len(region) <= 40:
            pass
        elif (tail := _smaller_tail(region, doc.pitch)):
            region = tail   # notes below a reference list set small too
        else:
            continue
        if CAPTION.match(first.text):
            continue
        out.extend(ln for ln in region if ln not in out)
    return out


def _smaller_tail(region: list[PLine], pitch: float) -> list[PLine]:
    """The last lines of a page's small type set smaller still, apart by a
    gap, the first starting with a marker: footnotes under a reference list
    or a block of small text (no rule drawn above them)."""
    k = len(region)
    while k > 0 and region[k - 1].size < region[0].size - 0.4:
        k -= 1
    if not 0 < k < len(region):
        return []
    tail = region[k:]
    if not starts_marker(tail[0]) or tail[0].top - region[k - 1].bottom < 0.5 * pitch:
        return []
    return tail


# ----------------------------------------------------------------------
# blocks

@dataclass
class B:
    role: str
    lines: list[PLine]
    why: str
    level: int = 0
    number: int | None = None
    continues: bool = False

    @property
    def text(self) -> str:
        return "\n".join(ln.text for ln in self.lines)


def _endnote_marker(ln: PLine) -> str | None:
    """The marker an endnote starts with: a note marker, or its number in
    brackets ("[3] See …")."""
    m = starts_marker(ln)
    if m is None:
        b = re.match(r"^\[(\d{1,3})\]\s", ln.text.strip())
        m = b.group(1) if b else None
    return m


def note_number(marker: str) -> int | None:
    """The number of a note marker, or ``None`` for a symbol.

    >>> note_number("12"), note_number("†")
    (12, None)
    """
    m = re.match(r"\d+", marker)
    return int(m.group(0)) if m else None


#: The corresponding author's address set without a call among a page's
#: notes: "Corresponding author: Name" (its lines below: "Email: …")
CONTACT = re.compile(
    r"^(corresponding authors?|correspondence( to| address)?|address (for|of) correspondence|"
    r"korrespondenz(adresse|autor(in)?)?|kontaktadresse)\s*:", re.I)
CONTACT_WHY = "the corresponding author's address among the notes (no call)"


#: a note's key that is a symbol (the notes of the title and the authors;
#: U+FFFD: a symbol the PDF gives no character for, raised)
SYMBOL_KEY = re.compile(r"[*∗†‡§¶\ufffd]{1,3}$")


def split_notes(region: list[PLine], last_number: int, expected: set[int]) -> list[B]:
    """A page's footnote lines into notes: a note starts at a line that
    begins with a marker (the next number in sequence, a number marked in
    the body on this page, or a symbol) at the region's left edge.  An
    address "Corresponding author: …" without a marker, and its lines up
    to the next marker, is furniture (no note's run-on lines)."""
    notes: list[B] = []
    if not region:
        return notes
    left = min(ln.x0 for ln in region)
    for ln in region:
        m = starts_marker(ln)
        if m is None and CONTACT.match(ln.text.strip()):
            notes.append(B("furniture", [ln], CONTACT_WHY))
            continue
        new = False
        if m is not None:
            n = note_number(m)
            at_left = ln.x0 <= left + 0.6 * ln.size
            if n is None:
                # (or where the notes before it start: LaTeX indents a
                # note's first line, its marker, and sets its run-on lines
                # at the margin; the first line of the page's notes)
                new = at_left or not notes and SYMBOL_KEY.match(m) is not None or any(
                    abs(ln.x0 - o.lines[0].x0) <= 0.6 * ln.size for o in notes
                    if o.role == "note" and not o.continues and starts_marker(o.lines[0]) is not None)
            elif n == last_number + 1 or n in expected or (not notes and n > last_number):
                new = at_left or n == last_number + 1
            if new and n is not None:
                last_number = n
            if new:
                notes.append(B("note", [ln], "starts with its marker at the page foot", number=n))
                continue
        if notes and notes[-1].why == CONTACT_WHY:
            notes[-1].lines.append(ln)
            continue
        row = " ".join(o.text for o in region if abs(o.base - ln.base) < 0.3 * ln.size)
        tabular = not looks_textual(row) or sum(1 for o in region if abs(o.base - ln.base) < 0.3 * ln.size) >= 3
        if notes and (notes[-1].role == "note" or tabular):
            notes[-1].lines.append(ln)
        elif tabular:
            # numbers above the first note (a table's last row) continue no note
            notes.append(B("table", [ln], "a table's row at the page foot, above its notes"))
        else:
            notes.append(B("note", [ln], "continues a note from the previous page", continues=True))
    return notes


def heading_style(ln: PLine, doc: Doc) -> bool:
    """Whether a line is set apart from the body: larger, or bold where the
    body is not, or numbered like a section and bold/larger."""
    if not looks_textual(ln.text) or is_mono(ln.font):
        return False
    if ln.size >= doc.body + 0.9:
        return True
    if ln.bold and not doc.body_bold and not is_small(ln, doc.body):
        return True
    fam = family(ln.font)
    if doc.body_family and fam and not (fam.startswith(doc.body_family) or doc.body_family.startswith(fam)) \
            and not is_small(ln, doc.body) and len(ln.text) < 100 and not ln.italic \
            and ln.text.rstrip()[-1:] not in ".,;":
        return True
    return False


#: An enumeration label before a heading's words: "a)", "(b)", "iv.", "C."
LABEL = re.compile(r"^(\(?[a-z]\)|\(?[ivx]{1,4}[.)]|[A-Z][.)])\s+")


def _label_key(label: str) -> tuple[str, int]:
    """A label's series and rank: "b)" → ("a", 2), "(iii)" → ("i", 3), "C." → ("A", 3)."""
    core = label.strip("().")
    if re.fullmatch(r"[ivx]+", core) and core != "i" or core in ("i",) and label.endswith("."):
        vals = {"i": 1, "v": 5, "x": 10}
        n = 0
        for a, b in zip(core, core[1:] + " "):
            n += -vals[a] if b != " " and vals.get(b, 0) > vals[a] else vals[a]
        return "i", n
    if core.isupper():
        return "A", ord(core) - ord("A") + 1
    return "a", ord(core) - ord("a") + 1


def _label_follows(label: str, blocks: list[B]) -> bool:
    """Whether a lettered heading may stand here: the first of its series,
    or the next after the last lettered heading (a "b)" whose "a)" was
    no heading is an item of an enumeration, not a heading).

    >>> _label_follows("a)", [])
    True
    >>> _label_follows("b)", [])
    False
    """
    series, rank = _label_key(label)
    if rank == 1:
        return True
    for b in reversed(blocks[-200:]):
        if b.role != "heading":
            continue
        m = LABEL.match(b.lines[0].text.strip())
        if m:
            s2, r2 = _label_key(m.group(1))
            return s2 == series and r2 == rank - 1
    return False


def _number_follows(text: str, blocks: list[B]) -> bool:
    """``text`` opens with a section number next in sequence after the last
    numbered heading ("2.1" after "2", "2.2" after "2.1.3", "3" after "2.2").

    >>> h = lambda t: B("heading", [PLine(1, t, 0, 0, 1, 1, 1, 10, "", False, False)], "")
    >>> _number_follows("2.1 Sample", [h("2. Sources")]), _number_follows("2.3 Sample", [h("2.1 Data")])
    (True, False)
    """
    m = re.match(r"^((?:\d{1,2}\.)*\d{1,2})\.?\s+\S", text)
    if not m:
        return False
    this = [int(x) for x in m.group(1).split(".")]
    for b in reversed(blocks):
        if b.role != "heading":
            continue
        p = re.match(r"^((?:\d{1,2}\.)*\d{1,2})\.?\s+\S", b.lines[0].text.strip())
        if not p:
            continue
        prev = [int(x) for x in p.group(1).split(".")]
        return this == prev + [1] or any(this == prev[:j] + [prev[j] + 1] for j in range(len(prev)))
    return False


def _overlap(a: PLine, b: PLine) -> bool:
    """Whether two lines share some width (stand in one column)."""
    return a.x0 < b.x1 - 1 and a.x1 > b.x0 + 1


def isolated_heading(doc: Doc, lines: list[PLine], k: int, blocks: list[B]) -> int:
    """A heading in the body's own size and face: one to three short-ended
    lines that do not end like a sentence, with space above them (or a
    heading right above, or the top of the column) and the next line of
    their column close below.  Returns how many lines the heading has
    (0: none).  A line wholly in italics where the body is upright may run
    the column's width; otherwise the heading's last line stops short."""
    ln = lines[k]
    t = ln.text.strip()
    label = LABEL.match(t)
    bare = t[label.end():] if label else t
    # (a line in a typewriter face is a display of code or input, as in
    # :func:`heading_style`)
    if is_mono(ln.font) and not is_mono(doc.body_family):
        return 0
    if not looks_textual(t) or len(t.split()) > 12 or t[-1:] in ".,;:" or \
            not (bare.lstrip("‘’“”„\"'(")[:1].isupper() or t[:1].isdigit()):
        return 0
    # (a page's foot notes come before the next page's text: not in a list)
    if doc.pitch <= 0 or (blocks and (blocks[-1].role in ("reference", "references_heading") or
                                      blocks[-1].role == "note" and blocks[-1].lines[-1].page == ln.page)):
        return 0
    if label and not _label_follows(label.group(1), blocks):
        return 0
    left, right = doc.edges.get((ln.page - 1, ln.col), (ln.x0, ln.x1))
    # the lines of its column: those that share some width with it (a
    # column number can differ on a page with a gutter found in part)
    same = [o for o in lines if o.page == ln.page and not o.role and _overlap(o, ln)]
    # (the front matter above counts: the space below the authors)
    above = [o for o in lines if o.page == ln.page and o.role in ("", "title", "subtitle", "author", "affiliation")
             and _overlap(o, ln) and o.base < ln.base - 1]
    # the heading's lines: this one and up to two more set at the body's pitch
    run = [ln]
    for o in sorted((o for o in same if o.base > ln.base + 1), key=lambda o: o.base)[:2]:
        prev = run[-1]
        if o.base - prev.base > 1.3 * doc.pitch or prev.text.strip()[-1:] in ".,;:-" or \
                o.italic != ln.italic or o.bold != ln.bold or abs(o.size - ln.size) > 0.3:
            break
        run.append(o)
    # the run ends where the space below opens (a long run is a paragraph)
    for n in range(len(run), 0, -1):
        last = run[n - 1]
        below = [o for o in same if o.base > last.base + 1]
        if not below:
            continue
        nxt = min(below, key=lambda o: o.base)
        gap_below = nxt.base - last.base
        if gap_below > 2.2 * doc.pitch or not is_body_size(nxt, doc.body):
            continue
        after_heading = bool(blocks) and blocks[-1].role == "heading"
        # several lines: the space below must show where the heading ends
        if n > 1 and gap_below < (1.3 if after_heading else 1.6) * doc.pitch:
            continue
        if n < len(run) and ln.italic and not doc.body_italic:
            continue   # italics running on at the body's pitch: a quotation, not a heading
        lt = last.text.strip()
        if lt[-1:] in ".,;:-" or sum(len(o.text.split()) for o in run[:n]) > 20:
            continue
        wide = last.x1 > right - 0.25 * (right - left)
        # a line standing well clear of the text on both sides (more than a
        # blank line above, more than half a one below) may run longer, as
        # long as it stops short of the column's edge
        clear = n == 1 and above and last.x1 < right - 3 * doc.body and gap_below >= 1.6 * doc.pitch \
            and ln.base - max(o.base for o in above) >= 2.2 * doc.pitch
        if wide and not (last.italic and not doc.body_italic) and not clear:
            continue
        if n == 1 and after_heading and gap_below <= 1.6 * doc.pitch:
            return 1
        if above:
            prv = max(above, key=lambda o: o.base)
            gap_above = ln.base - prv.base
            # a lettered line ("b) Name") needs less space around it
            need = 1.3 if label and n == 1 and gap_below >= 1.1 * doc.pitch else 1.6
            # so does one line in italics above upright text (where the body is upright)
            if n == 1 and ln.italic and not doc.body_italic and not ln.bold and below and not nxt.italic:
                need = 1.3
            if gap_above < need * doc.pitch or gap_below > gap_above + 0.1 * doc.pitch:
                continue
        elif not after_heading and gap_below < 1.6 * doc.pitch:
            # the top of a column: the space below must show it, or the
            # line is numbered next in sequence, in italics or bold, after
            # a paragraph that ended its sentence ("2.1 Sample", "A. Limits"
            # under "IV. Discussion": a letter checked above)
            last_text = next((b for b in reversed(blocks) if b.role not in ("furniture", "note")), None)
            ended = last_text is not None and last_text.role == "paragraph" and \
                last_text.lines[-1].text.rstrip()[-1:] in ".!?"
            styled = (ln.italic and not doc.body_italic) or ln.bold
            if not (n == 1 and styled and ended and gap_below >= 1.1 * doc.pitch
                    and (label or _number_follows(t, blocks))):
                continue
        return n
    return 0


def classify(doc: Doc, content: list[int], first: int) -> list[B]:
    """All content pages' lines into blocks, in reading order."""
    blocks: list[B] = []
    body = doc.body
    last_note = 0
    in_refs = False
    in_endnotes = False
    refs_lines: list[PLine] = []
    in_abstract = in_abstract_done = False
    toc_page = -1
    for i in content:
        lines = doc.pages[i]
        refs_seen = any(b.role == "references_heading" for b in blocks)
        notes_here = foot_region(doc, i)
        # an endnotes section starting on this page takes the notes below
        # its heading in reading order, foot or not
        start = next((k for k, ln in enumerate(lines) if not ln.role
                      and len(ln.text.strip()) < 30 and HEADING_WORDS_NOTES.match(ln.text.strip())), None)
        if start is not None:
            notes_here = [ln for ln in notes_here if lines.index(ln) < start]
        elif in_endnotes:
            notes_here = []
        for ln in notes_here:
            ln.role = "note"
        expected = set()
        for ln in lines:
            if ln.role == "" and ln.superscripts:
                for a, b in ln.superscripts:
                    n = note_number(ln.text[a:b].strip() or "x")
                    if n is not None:
                        expected.add(n)
        # figures: lines inside an image or a large drawn rectangle
        boxes = [r for r in doc.rules[i] if r.kind in ("image", "rect")
                 and (r.x1 - r.x0) * (r.bottom - r.top) > 3000
                 and (r.x1 - r.x0) * (r.bottom - r.top) < 0.7 * doc.widths[i] * doc.heights[i]]
        boxes = [r for r in boxes if r.kind == "image" or ((_label_box(r, lines)
                 or (i > first and other_face_box(r, lines, doc))) and not _text_frame(r, lines))]
        _frame_roles(doc.rules[i], lines)
        sidebars = [r for r in doc.rules[i] if r.kind == "rect" and _sidebar(r, lines, doc)]
        boxes = [r for r in boxes if r not in sidebars]
        prev: PLine | None = None
        pending: list[PLine] = []
        for ln in lines:
            if ln.role == "furniture":
                blocks.append(B("furniture", [ln], ln.why))
                continue
            if ln.role == "note":
                continue
            if pending and pending[0] is ln and not ln.role:
                pending.pop(0)
                blocks[-1].lines.append(ln)
                prev = ln
                continue
            pending = []
            if ln.role:   # front matter, set earlier
                in_refs = in_endnotes = False
                _add(blocks, ln.role, ln, ln.why, lambda b: ln.role != "author" and b.lines[-1].page == ln.page)
                prev = ln
                continue
            text = ln.text.strip()
            if TOC.match(text):
                toc_page = i
            if toc_page == i:     # the document's own navigation: furniture, never stranded text
                _add(blocks, "furniture", ln, TOC_WHY, lambda b: b.why == TOC_WHY and b.lines[-1].page == ln.page)
                prev = ln
                continue
            if i <= first + 2 and SERIES.search(text) and len(text) < 60:
                blocks.append(B("furniture", [ln], "series line of a working paper"))
                continue
            cx, cy = (ln.x0 + ln.x1) / 2, (ln.top + ln.bottom) / 2
            if any(r.x0 - 1 <= cx <= r.x1 + 1 and r.top - 1 <= cy <= r.bottom + 1 for r in sidebars):
                _add(blocks, "other", ln, SIDEBAR_WHY, lambda b: b.why == SIDEBAR_WHY and b.lines[-1].page == ln.page)
                prev = ln
                continue
            in_box = next((r for r in boxes if r.x0 - 1 <= cx <= r.x1 + 1 and r.top - 1 <= cy <= r.bottom + 1), None)
            if in_box is None and ln.size < 0.7 * body and len(text) <= 40 and not refs_seen:
                # a chart's labels in tiny type right under its drawn frame
                in_box = next((r for r in doc.rules[i] if r.kind in ("rect", "image") and r.x0 - 2 <= ln.x0
                               and ln.x1 <= r.x1 + 2 and r.bottom - 2 <= ln.top <= r.bottom + 2 * ln.size), None)
            # (the top of a page, or of the next column: space enough above)
            gap_above = (ln.top - prev.bottom) if prev is not None and prev.page == ln.page \
                and not (prev.col != ln.col and ln.top < prev.top) else 99.0
            # headings of the reference list and endnotes
            if len(text) < 40 and HEADING_WORDS_REFS.match(text) and (heading_style(ln, doc) or gap_above > 0.5 * doc.pitch
                                                                        or text.isupper()):
                blocks.append(B("references_heading", [ln], "the reference list's heading"))
                in_refs, in_endnotes = True, False
                prev = ln
                continue
            if len(text) < 30 and HEADING_WORDS_NOTES.match(text) and (heading_style(ln, doc) or gap_above > 0.5 * doc.pitch):
                blocks.append(B("heading", [ln], "endnotes heading"))
                in_endnotes, in_refs = True, False
                prev = ln
                continue
            # abstract and keywords
            if KEYWORD_WORDS.match(text) and i <= first + 2:
                blocks.append(B("keywords", [ln], "starts with Keywords"))
                in_abstract = False
                prev = ln
                continue
            if blocks and blocks[-1].role == "keywords" and gap_above < 0.5 * doc.pitch and \
                    ln.size == blocks[-1].lines[-1].size:
                blocks[-1].lines.append(ln)
                prev = ln
                continue
            m = ABSTRACT_WORDS.match(text)
            inline = m is not None and (re.match(r"^\w+\s*[.:—–-]", text) is not None or text[:m.end()].strip(" .:").isupper()
                                     or not any(b.role in ("heading", "paragraph") for b in blocks)
                                     # a run-in label before a sentence, ahead of the first heading
                                     # (after the publication dates: "Abstract The aims of …")
                                     or (re.match(r"^\w+\s+[A-ZÀ-ÖØ-Þ]", text) is not None
                                         and not any(b.role == "heading" for b in blocks)))
            if m and i <= first + 2 and (m.end() >= len(text) - 1 or inline) and len(blocks) < 60:
                if m.end() >= len(text) - 1:
                    blocks.append(B("abstract_title", [ln], "the abstract's heading"))
                else:
                    blocks.append(B("abstract", [ln], "starts with the word Abstract"))
                in_abstract = True
                prev = ln
                continue
            if CAPTION.match(text) and (ln.bold or ln.italic or gap_above > 0.3 * doc.pitch or not is_body_size(ln, body)):
                blocks.append(B("caption", [ln], "starts like a caption (Table/Figure n)"))
                prev = ln
                continue
            if blocks and blocks[-1].role == "caption" and blocks[-1].lines[-1].page == ln.page and \
                    ln.top - blocks[-1].lines[-1].bottom < 0.5 * doc.pitch and \
                    (ln.size == blocks[-1].lines[-1].size and ln.bold == blocks[-1].lines[-1].bold) and \
                    not heading_style(ln, doc) and len(blocks[-1].lines) < (12 if is_small(ln, body) else 4):
                # a caption in small type runs on to its last line; one in the body's size
                # stops after four (the text below it is the body)
                blocks[-1].lines.append(ln)
                prev = ln
                continue
            ends_list = heading_style(ln, doc) and len(words(text)) <= 6 and \
                (not _author_start(text) or BACK_HEADING.match(text) is not None) \
                and gap_above > 0.8 * doc.pitch and not MARKER.match(text)
            if (in_refs or in_endnotes) and not ends_list and in_box is None:
                pass   # a short line of an entry is no table row
            elif in_box is not None:
                _add(blocks, "figure", ln, "inside a picture or drawn box", lambda b: b.lines[-1].page == ln.page)
                prev = ln
                continue
            # table rows: several cells on one baseline, or numbers mostly,
            # or a cell of a ruled grid
            if not (in_refs or in_endnotes) and ruled_cell(ln, doc.rules[i]):
                _add(blocks, "table", ln, "inside a ruled table's cell", lambda b: b.lines[-1].page == ln.page)
                prev = ln
                continue
            if not (in_refs or in_endnotes) and ((ln.cells >= 3 and not any(l2.col for l2 in lines)) or
                                                 (not looks_textual(text) and len(text) > 0
                                                  and not MARKER.fullmatch(text))) \
                    and not continues_text(ln, prev, blocks):
                _add(blocks, "table", ln, LONE_ROW_WHY, lambda b: b.lines[-1].page == ln.page)
                prev = ln
                continue
            # (a bold lead and a word of the text after it, the line cut short
            # by the next word in a narrow column: a run-in head, below)
            if heading_style(ln, doc) and DATE_ALONE.fullmatch(text) and not any(
                    b.role in ("heading", "paragraph", "list_item", "references_heading") for b in blocks):
                blocks.append(B("other", [ln], DATE_WHY))
                prev = ln
                continue
            if heading_style(ln, doc) and len(words(text)) <= 25 and (not (in_refs or in_endnotes) or ends_list) \
                    and not (ln.lead and _run_in(ln, doc) is not None):
                in_refs = in_endnotes = False
                if blocks and blocks[-1].role == "heading" and blocks[-1].lines[-1].page == ln.page and \
                        len(blocks[-1].lines) < 3 and \
                        gap_above < 0.6 * doc.pitch and abs(blocks[-1].lines[-1].size - ln.size) < 0.3 and \
                        blocks[-1].lines[-1].bold == ln.bold:
                    blocks[-1].lines.append(ln)
                else:
                    blocks.append(B("heading", [ln], "set apart from the body (size or weight)"))
                prev = ln
                continue
            n = isolated_heading(doc, lines, lines.index(ln), blocks) \
                if not in_refs and not in_endnotes and abs(ln.size - body) <= 1.5 else 0
            if n:
                blocks.append(B("heading", [ln], "a short line alone: space above, text close below"))
                k = lines.index(ln)
                pending = [o for o in lines[k + 1:] if o.page == ln.page and _overlap(o, ln) and not o.role][:n - 1]
                prev = ln
                continue
            if in_refs:
                refs_lines.append(ln)
                blocks.append(B("reference", [ln], "in the reference list"))
                prev = ln
                continue
            if in_endnotes:
                m = _endnote_marker(ln)
                n = note_number(m) if m else None
                if n is not None and (n == last_note + 1 or blocks[-1].role != "note"):
                    last_note = n
                    blocks.append(B("note", [ln], "an entry of the endnotes", number=n))
                elif blocks and blocks[-1].role == "note":
                    blocks[-1].lines.append(ln)
                elif _last_note_before(blocks) is not None:
                    # an endnote running on to the next page, past its running head
                    blocks.append(B("note", [ln], "continues an endnote from the previous page", continues=True))
                else:
                    blocks.append(B("note", [ln], "in the endnotes section"))
                prev = ln
                continue
            if in_abstract:
                if blocks[-1].role == "abstract_title":
                    blocks.append(B("abstract", [ln], "under the abstract's heading"))
                    prev = ln
                    continue
                if blocks[-1].role == "abstract" and gap_above < 0.9 * doc.pitch and \
                        abs(ln.size - blocks[-1].lines[-1].size) < 0.3:
                    blocks[-1].lines.append(ln)
                    prev = ln
                    continue
                in_abstract = False
                in_abstract_done = True
            # lists: a bullet starts an item; lines indented to its text go on
            left, right = doc.edges.get((i, ln.col), (ln.x0, ln.x1))
            if BULLET_CHAR.match(text):
                blocks.append(B("list_item", [ln], "starts with a bullet"))
                prev = ln
                continue
            if blocks and blocks[-1].role == "list_item" and blocks[-1].lines[-1].page == ln.page \
                    and (ln.x0 > blocks[-1].lines[0].x0 + 0.3 * ln.size
                         or blocks[-1].continues and abs(ln.x0 - blocks[-1].lines[0].x0) <= 1.5) \
                    and ln.base - prev.base < 1.3 * doc.pitch:
                blocks[-1].lines.append(ln)
                prev = ln
                continue
            if _item_carries_on(doc, blocks, ln, left):
                blocks.append(B("list_item", [ln], "an item carries on across a page or column break",
                                continues=True))
                prev = ln
                continue
            # a numbered line in the face of headings found before (not the
            # body's face), with its run-on lines in that face: a heading
            fam = family(ln.font)
            if NUMBERED.match(text) and fam and doc.body_family and text[-1:] not in ".,;:" \
                    and not (fam.startswith(doc.body_family) or doc.body_family.startswith(fam)) \
                    and len(words(text)) <= 20 and not (in_refs or in_endnotes) \
                    and any(b.role == "heading" and family(b.lines[0].font) == fam for b in blocks):
                blocks.append(B("heading", [ln], "numbered, in the face of the headings before it"))
                k = lines.index(ln)
                last = ln
                for o in lines[k + 1:k + 3]:
                    if o.page != ln.page or o.role or family(o.font) != fam or abs(o.size - ln.size) > 0.3 \
                            or not 0 < o.base - last.base <= 1.5 * doc.pitch or NUMBERED.match(o.text.strip()) \
                            or len(words(o.text)) > 12:
                        break
                    pending.append(o)
                    last = o
                prev = ln
                continue
            # a heading in capitals (small capitals: capitals of two sizes,
            # the line's size below the body's), centred or numbered, with
            # space above: not a block quotation
            if _caps_heading(ln, doc, left, right, gap_above) and not (in_refs or in_endnotes):
                blocks.append(B("heading", [ln], CAPS_HEAD_WHY))
                prev = ln
                continue
            # block quotations: smaller than the body and indented
            if is_small(ln, body) and ln.x0 - left >= 0.9 * body and ln.size >= 0.7 * body:
                if blocks and blocks[-1].role == "quote" and blocks[-1].lines[-1].page == ln.page \
                        and ln.base - prev.base < 1.5 * doc.pitch:
                    blocks[-1].lines.append(ln)
                else:
                    blocks.append(B("quote", [ln], "smaller than the body and indented"))
                prev = ln
                continue
            # block quotations in smaller type at the column's full measure,
            # set off from the text by space above (and introduced as one)
            if is_small(ln, body) and ln.size >= 0.7 * body and blocks and blocks[-1].role == "quote" \
                    and blocks[-1].why == SMALL_QUOTE_WHY and prev is not None and prev.page == ln.page \
                    and abs(ln.size - prev.size) < 0.3 and 0 < ln.base - prev.base < 1.5 * doc.pitch:
                blocks[-1].lines.append(ln)
                prev = ln
                continue
            if is_small(ln, body) and ln.size >= 0.7 * body and small_quote_starts(doc, ln, prev, blocks):
                blocks.append(B("quote", [ln], SMALL_QUOTE_WHY))
                prev = ln
                continue
            # block quotations in the body's size: set in from both edges
            # of the column, their lines justified to an edge of their own
            if is_body_size(ln, body) and blocks and blocks[-1].role == "quote" and blocks[-1].why == BODY_QUOTE_WHY \
                    and _body_quote_goes_on(blocks[-1].lines, ln, doc):
                blocks[-1].lines.append(ln)
                prev = ln
                continue
            if is_body_size(ln, body) and _body_quote_starts(doc, lines, lines.index(ln), left, right):
                blocks.append(B("quote", [ln], BODY_QUOTE_WHY))
                prev = ln
                continue
            # a run-in head: a short bold or italic lead ending in a full
            # stop or colon, the paragraph's text running on after it
            split = _run_in(ln, doc)
            if split is not None:
                blocks.append(B("heading", [split[0]], RUN_IN_WHY))
                blocks.append(B("paragraph", [split[1]], "the text after a run-in head"))
                prev = ln
                continue
            # paragraphs
            act, why = paragraph_start(doc, ln, blocks)
            if act == "join":
                blocks[-1].lines.append(ln)
            else:
                blocks.append(B("paragraph", [ln], why, continues=act == "cont"))
            prev = ln
        # (a note's short last line under a note set across the page stands
        # within a column: it belongs to the notes across the page)
        across = [ln.top for ln in notes_here if not ln.col]
        notes = split_notes(sorted(notes_here, key=lambda ln: (
            0 if not ln.col or any(top < ln.top for top in across) else ln.col, ln.top)), last_note, expected)
        for nb in notes:
            if nb.number is not None:
                last_note = nb.number
        blocks.extend(notes)
    # a caption above a figure whose source line ("Quelle:", "Source:")
    # stands below it: what lies between is the figure
    for k, b in enumerate(blocks):
        if b.role != "caption":
            continue
        page = b.lines[0].page
        for j in range(k + 1, min(k + 40, len(blocks))):
            c = blocks[j]
            if c.lines[0].page != page or c.role in ("caption", "note", "furniture"):
                if c.role == "caption" or c.lines[0].page != page:
                    break
                continue
            q = next((q for q, ln in enumerate(c.lines) if SOURCE.match(ln.text.strip())), None)
            if q and len(c.lines) - q <= 3 and c.role in ("paragraph", "quote", "list_item"):
                # the source line joined to the labels above it: split it off
                blocks.insert(j, B(c.role, c.lines[:q], c.why))
                c.lines = c.lines[q:]
                j += 1
            if SOURCE.match(c.text.strip()) and j == k + 1 and len(c.lines) <= 2 \
                    and c.role in ("paragraph", "quote") and max(ln.size for ln in c.lines) < doc.body:
                # right under its caption (a drawing without text between),
                # in a smaller size: the figure's source line
                c.role, c.why, c.continues = "caption", "the figure's source line", False
                break
            if SOURCE.match(c.text.strip()) and j > k + 1:
                for m in range(k + 1, j):
                    if blocks[m].role in ("heading", "paragraph", "table", "list_item", "quote"):
                        blocks[m].role, blocks[m].why = "figure", "between a caption and its source line"
                        blocks[m].continues = False
                c.role, c.why = "caption", "the figure's source line"
                break
    # a heading right above an abstract, before the body: the title in
    # another language
    body_seen = False
    for k, b in enumerate(blocks[:-1]):
        if b.role == "paragraph":
            body_seen = True
        if not body_seen and b.role == "heading" and blocks[k + 1].role in ("abstract_title", "abstract") \
                and not NUMBERED.match(b.text):
            b.role, b.why = "other", "a title in another language above its abstract"
    _title_under_abstract_label(blocks)
    _prose_under_reference_heading(blocks)
    # headings above the key words on their page, before the body, are
    # front matter (a title in another language over its abstract)
    kw = next((k for k, b in enumerate(blocks) if b.role == "keywords"), None)
    if kw is not None:
        for b in blocks[:kw]:
            if b.role == "heading" and b.lines[0].page == blocks[kw].lines[0].page and \
                    not NUMBERED.match(b.text) and not HEADING_WORDS_NOTES.match(b.text.strip()):
                b.role, b.why = "other", "above the key words (front matter)"
    # headings before the title on its page are the journal's masthead, as
    # are a few letters read as a table's cells there (a logo's letters)
    t = next((k for k, b in enumerate(blocks) if b.role == "title"), None)
    if t is not None:
        for b in blocks[:t]:
            if (b.role == "heading" or b.role == "table" and len(b.text.strip()) <= 12) \
                    and b.lines and b.lines[0].page == blocks[t].lines[0].page:
                b.role, b.why = "furniture", "above the title (masthead)"
            elif b.role in ("heading", "paragraph", "quote", "list_item") and \
                    b.lines[0].page < blocks[t].lines[0].page <= b.lines[0].page + 2:
                b.role, b.why = "furniture", "on a page before the title's (a series or journal cover)"
    _beside_title(blocks, doc.body)
    blocks = list_items(doc, blocks)
    inset_passages(doc, blocks)
    quotes_run_on(doc, blocks)
    foot_note_headed(doc, blocks)
    _abstract_above_keywords(blocks)
    _publication_history(blocks)
    _lone_rows(blocks)
    cells_between_rows(blocks, doc.body)
    panel_labels(doc, blocks)
    _headless_references(doc, blocks)
    return back_matter(history_entries(merge_references(doc, blocks)))


PANEL_WHY = "a panel's label right above a figure, in small type"


def panel_labels(doc: Doc, blocks: list[B]) -> None:
    """A line alone in small type right above a figure or table on its page
    ("(a) Experiment 2" over the first chart of a figure of two) is the
    figure's, not a paragraph of the text (it ran into the paragraph the page
    break cut: "… condition), (a) Experiment 2 (b) Experiment 3 but as …").

    >>> P = lambda t, top, size=8.0: PLine(3, t, 48, top, 200, top + size, top + size, size, "", False, True)
    >>> doc = Doc([], [], [], [], body=10.0, pitch=12.0)
    >>> bs = [B("paragraph", [P("(a) Experiment 2", 76)], "carries on across a page or column break", continues=True),
    ...       B("figure", [P("Coactive", 99, 7.7)], "inside a picture or drawn box"),
    ...       B("paragraph", [P("Short text in small type.", 400)], "vertical gap above")]
    >>> panel_labels(doc, bs); [(b.role, b.continues) for b in bs]
    [('figure', False), ('figure', False), ('paragraph', False)]
    """
    for k, b in enumerate(blocks):
        if b.role != "paragraph" or len(b.lines) != 1:
            continue
        ln = b.lines[0]
        if not is_small(ln, doc.body) or not 1 <= len(words(ln.text)) <= 6 or ln.text.rstrip()[-1:] in ".,;:":
            continue
        nxt = next((c for c in blocks[k + 1:] if c.role not in ("furniture", "note")), None)
        if nxt is not None and nxt.role in ("figure", "table") and nxt.lines and nxt.lines[0].page == ln.page \
                and 0 <= nxt.lines[0].top - ln.bottom <= 3 * doc.pitch:
            b.role, b.why, b.continues = "figure", PANEL_WHY, False


HEADLESS_WHY = "after the body's last paragraph, without a heading: entries that start like references"
YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d[a-z]?\b|\bn\.\s?d\.")


def _headless_references(doc: Doc, blocks: list[B]) -> None:
    """A reference list printed without a heading at the end of the body:
    when no list was found, the body's last lines from the first of three
    or more entries to the end -- each starting "Surname, X." (or a
    numbering), each naming a year, set apart from the prose above (smaller
    type, a hanging indent or space above) -- become references."""
    if any(b.role in ("reference", "references_heading") for b in blocks):
        return
    body = {k for k, b in enumerate(blocks) if b.role in ("paragraph", "quote", "list_item")}
    last_head = max((k for k, b in enumerate(blocks) if b.role == "heading"), default=-1)
    tail = [(k, ln) for k in sorted(body) if k > last_head for ln in blocks[k].lines]
    start = re.compile(r"^(?:\[\d{1,3}\]|\d{1,3}\.\s)")
    entries: list[int] = []   # positions in tail where an entry starts, from the end
    end = len(tail)
    for q in range(len(tail) - 1, -1, -1):
        t = tail[q][1].text.strip()
        if _author_start(t) or start.match(t):
            entry = " ".join(ln.text for _, ln in tail[q:end])
            if not YEAR.search(entry) or len(entry) > 600:
                break
            entries.append(q)
            end = q
    if len(entries) < 3:
        return
    first = entries[-1]
    if first == 0 or end != first:
        return
    refs = [ln for _, ln in tail[first:]]
    above = tail[first - 1][1]
    smaller = all(ln.size <= doc.body - 0.4 for ln in refs) and above.size > doc.body - 0.4
    starts = {id(tail[q][1]) for q in entries}
    runs = [ln for ln in refs if id(ln) not in starts]
    hanging = bool(runs) and all(ln.x0 > refs[0].x0 + 0.5 * ln.size for ln in runs)
    spaced = refs[0].page == above.page and refs[0].top - above.bottom > 0.5 * doc.pitch
    if not (smaller or hanging or spaced) or not above.text.rstrip().endswith((".", "!", "?", ")")):
        return
    k0 = tail[first][0]
    cut = blocks[k0].lines.index(tail[first][1])
    out: list[B] = []
    for k, b in enumerate(blocks):
        if k < k0 or (k > k0 and k not in body):
            out.append(b)
            continue
        if k == k0 and cut:
            out.append(B(b.role, b.lines[:cut], b.why, b.level, b.number, b.continues))
        out.extend(B("reference", [ln], HEADLESS_WHY) for ln in b.lines[cut if k == k0 else 0:])
    blocks[:] = out


def _beside_title(blocks: list[B], body: float) -> None:
    """Small type beside the title, clear of it on the left or right and
    starting no lower than its last line (a journal's box: volume, pages,
    dates), is the masthead, not a quotation or paragraph of the body."""
    title = [ln for b in blocks if b.role == "title" for ln in b.lines]
    if not title:
        return
    page, bottom = title[0].page, max(ln.bottom for ln in title)
    left, right = min(ln.x0 for ln in title), max(ln.x1 for ln in title)
    for b in blocks:
        if b.role in ("heading", "abstract", "abstract_title", "keywords") or b.lines[0].page > page:
            break   # (an abstract set beside the title is no box)
        if b.role in ("quote", "paragraph") and b.lines[0].page == page and b.lines[0].top < bottom \
                and all(ln.size < body - 1 and (ln.x0 > right + 6 or ln.x1 < left - 6) and len(ln.text) <= 45
                        for ln in b.lines):
            b.role, b.why, b.continues = "furniture", "small type beside the title (the journal's box)", False


def _title_under_abstract_label(blocks: list[B]) -> None:
    """An abstract's label ("Zusammenfassung") with a heading under it and
    prose under that, before the next heading: the heading is the article's
    title in the abstract's language, the prose the abstract (the layout took
    the title, bold or larger, for a heading of the body)."""
    for k in range(len(blocks) - 3):
        lab, head = blocks[k], blocks[k + 1]
        if lab.role != "abstract_title" or head.role != "heading" or len(head.lines) > 3 \
                or NUMBERED.match(head.text):
            continue
        j = k + 2
        while j < len(blocks) and blocks[j].role in ("paragraph", "furniture"):
            j += 1
        prose = [b for b in blocks[k + 2:j] if b.role == "paragraph"]
        if not prose or j >= len(blocks) or blocks[j].role != "heading":
            continue
        head.role, head.why = "abstract_title", "under an abstract's label, above its prose (the title in its language)"
        for b in prose:
            b.role, b.why, b.continues = "abstract", "under the title below an abstract's label", False


def _prose_under_reference_heading(blocks: list[B]) -> None:
    """A heading with a reference list's word ("Sources", "Quellen") over a
    section of the body: when few of the entries under it start like
    references (a surname and initials, a number) and a heading of the body
    with more prose follows them, the heading is a section's and the
    entries its paragraphs."""
    for k, h in enumerate(blocks):
        if h.role != "references_heading":
            continue
        j = k + 1
        while j < len(blocks) and blocks[j].role in ("reference", "furniture", "note"):
            j += 1
        entries = [b for b in blocks[k + 1:j] if b.role == "reference"]
        if not entries or j >= len(blocks) or blocks[j].role != "heading" \
                or BACK_HEADING.match(blocks[j].text.strip()) or HEADING_WORDS_NOTES.match(blocks[j].text.strip()):
            continue
        if not any(b.role == "paragraph" for b in blocks[j + 1:j + 4]):
            continue
        # entries flush with the run's left edge (a hanging indent's
        # continuations left out): how many start like references
        edge = min(b.lines[0].x0 for b in entries)
        flush = [b for b in entries if b.lines[0].x0 < edge + 3]
        like = sum(1 for b in flush if _author_start(b.lines[0].text.strip())
                   or re.match(r"^\s*(?:\[\d{1,3}\]|\d{1,3}\.\s)", b.lines[0].text))
        if like * 2 >= len(flush):
            continue
        h.role, h.why, h.level = "heading", "a section's heading: prose, not references, under it", 1
        right = max(ln.x1 for b in entries for ln in b.lines)
        left = min(ln.x0 for b in entries for ln in b.lines)
        prev = None
        for b in entries:
            b.role, b.why = "paragraph", "prose under a section heading (not a reference entry)"
            last, first = (prev.lines[-1] if prev is not None else None), b.lines[0]
            if last is not None and last.page == first.page and last.x1 >= left + 0.6 * (right - left) \
                    and first.x0 < left + 3 and first.top - last.bottom < 0.6 * (last.bottom - last.top):
                prev.lines += b.lines      # a long line just above, no indent: the same paragraph
                b.lines = []
            else:
                prev = b
        blocks[k + 1:j] = [b for b in blocks[k + 1:j] if b.lines]


BACK_MATTER_WHY = "after the reference list, in another size (a publisher's catalogue or order form)"


def back_matter(blocks: list[B]) -> list[B]:
    """Pages after the reference list's first page whose entries are set in
    another size than the list (by more than a point: a series' list of
    discussion papers, a book list, an order form bound in after the
    article) are back matter, not references: from the first such page on,
    the entries are kept out of the list and out of the article: role
    ``cover``, the publisher's matter bound around the article, like a
    repository's cover sheet (not ``other``, which repair keeps as stranded
    text to place and reports line by line)."""
    refs = [ln for b in blocks if b.role == "reference" for ln in b.lines]
    if not refs:
        return blocks
    by_page: dict[int, list[float]] = defaultdict(list)
    for ln in refs:
        by_page[ln.page].append(ln.size)
    pages = sorted(by_page)
    size = statistics.median(by_page[pages[0]])
    cut = next((p for p in pages[1:] if abs(statistics.median(by_page[p]) - size) > max(1.0, 0.1 * size)), None)
    if cut is None:
        return blocks
    out: list[B] = []
    for b in blocks:
        if b.role != "reference" or b.lines[-1].page < cut:
            out.append(b)
            continue
        keep = [ln for ln in b.lines if ln.page < cut]
        if keep:
            out.append(B(b.role, keep, b.why, b.level, b.number, b.continues))
        out.append(B("cover", [ln for ln in b.lines if ln.page >= cut], BACK_MATTER_WHY))
    return out


HISTORY = re.compile(
    r"^((paper|manuscript|article|artikel|beitrag)\s+)?"
    r"(received|accepted|revised|submitted|published(\s+online)?|eingegangen|angenommen|eingereicht)\b\s*(:|\d|am\b|on\b)",
    re.I)
COPYRIGHT = re.compile(r"^(©|\(c\)|copyright\b|\ufffd)\s*.{0,60}\b(19|20)\d\d\b", re.I)


def _publication_history(blocks: list[B]) -> None:
    """Lines of the publication history ("Received: … / Accepted: …") and
    the copyright line ("© Springer-Verlag 2009") in the front matter,
    before the body's first heading, are the publisher's matter, not
    running text: body blocks made only of such lines become furniture.

    >>> bool(HISTORY.match("Received: 19 February 2009 / Accepted: 7 May 2009")), bool(HISTORY.match("Received wisdom holds"))
    (True, False)
    >>> bool(HISTORY.match("Paper received 26 June 2004; revised version accepted"))
    True
    """
    for b in blocks:
        if b.role == "heading":
            return
        if b.role in ("paragraph", "quote") and all(
                HISTORY.match(ln.text.strip()) or (COPYRIGHT.match(ln.text.strip()) and len(ln.text.strip()) < 80)
                for ln in b.lines):
            b.role, b.why, b.continues = "furniture", "publication history or copyright line (front matter)", False
            if all(HISTORY.match(ln.text.strip()) for ln in b.lines):
                # the dates received and accepted are the article's: printed with its front matter
                b.role, b.why = "affiliation", HISTORY_WHY


def history_entries(blocks: list[B]) -> list[B]:
    """A reference-list entry that is a line of the publication history
    ("Paper received 26 June 2004; revised version accepted 6 March 2005."
    set under the list) is no work cited: the article's front matter."""
    for b in blocks:
        if b.role == "reference" and len(b.text) < 200 and HISTORY.match(b.text.strip()) \
                and re.search(r"\b(19|20)\d\d\b", b.text):
            b.role, b.why, b.continues = "affiliation", HISTORY_WHY, False
    return blocks


#: ``why`` of the dates an article was received and accepted, kept as front matter
HISTORY_WHY = "publication history: the dates received and accepted (front matter)"


def _abstract_above_keywords(blocks: list[B]) -> None:
    """An abstract without a label: when no abstract was found, the prose
    above the key words on their page, in their column (horizontal overlap),
    before any heading of the body, is the abstract -- paragraphs, indented
    'quotations' and lines taken for a masthead above the title alike (an
    abstract set beside the title).  A title in another language between
    two such runs (front matter, role ``other``) splits them into two
    abstracts."""
    if any(b.role in ("abstract", "abstract_title") for b in blocks):
        return
    kw = next((k for k, b in enumerate(blocks) if b.role == "keywords"), None)
    if kw is None or any(b.role == "heading" for b in blocks[:kw]):
        return
    key = blocks[kw].lines[0]
    page = key.page
    kx0 = min(ln.x0 for ln in blocks[kw].lines)
    kx1 = max(ln.x1 for ln in blocks[kw].lines)

    def candidate(b: B) -> bool:
        if b.lines[0].page != page or b.role not in ("paragraph", "quote", "furniture"):
            return False
        if b.role == "furniture" and not b.why.startswith("above the title"):
            return False
        return all(ln.bottom <= key.top + 1 and min(ln.x1, kx1) - max(ln.x0, kx0) > 0.5 * (ln.x1 - ln.x0)
                   for ln in b.lines)

    runs: list[list[int]] = [[]]
    for k in range(kw):
        b = blocks[k]
        if candidate(b):
            runs[-1].append(k)
        elif b.role == "other" and b.lines[0].page == page and runs[-1]:
            runs.append([])
    runs = [r for r in runs if r and sum(len(blocks[k].text.split()) for k in r) >= 30]
    drop: set[int] = set()
    for r in runs:
        lines = sorted((ln for k in r for ln in blocks[k].lines), key=lambda ln: ln.top)
        head = blocks[r[0]]
        head.role, head.why, head.continues, head.lines = "abstract", "the prose above the key words", False, lines
        drop.update(r[1:])
    blocks[:] = [b for k, b in enumerate(blocks) if k not in drop]


def cells_between_rows(blocks: list[B], body: float = 0.0) -> None:
    """Short blocks (a row label, a column head: "Parent 8", "% agreement";
    one or two lines of at most five words each) between two table rows on
    their page, alone or several in a row, are table cells, not paragraphs
    or quotations.  Text in smaller type right below the rows (the table's
    legend: "SE sensitivity, SP specificity …") is the table's caption, not
    running text."""
    def short(b: B) -> bool:
        return b.role in ("paragraph", "quote") and len(b.lines) <= 2 \
            and all(len(words(ln.text)) <= 5 for ln in b.lines)

    def near(k: int, step: int) -> int | None:
        j = k + step
        while 0 <= j < len(blocks) and blocks[j].role == "furniture":
            j += step
        if 0 <= j < len(blocks) and blocks[j].lines[0].page == blocks[k].lines[0].page:
            return j
        return None

    k = 0
    while k < len(blocks):
        if not short(blocks[k]):
            k += 1
            continue
        run, j = [k], k
        while (n := near(j, 1)) is not None and short(blocks[n]):
            run.append(n)
            j = n
        before, after = near(k, -1), near(j, 1)
        if before is not None and after is not None and blocks[before].role in ("table", "caption") \
                and blocks[after].role == "table":
            for m in run:
                blocks[m].role, blocks[m].why, blocks[m].continues = "table", "a short line between two table rows", False
        k = j + 1
    if not body:
        return
    for k, b in enumerate(blocks):
        if b.role != "paragraph" or not all(ln.size < body - 0.5 for ln in b.lines):
            continue
        before = near(k, -1)
        if before is not None and blocks[before].role == "table":
            digits = sum(ch.isdigit() for ch in b.text) / max(len(b.text.replace(" ", "")), 1)
            if digits > 0.2:   # a last row the rules above missed
                b.role, b.why, b.continues = "table", "small type with numbers right below a table's rows", False
            else:
                b.role, b.why, b.continues = "caption", "small type right below a table's rows (its legend)", False


LONE_ROW_WHY = "cells or numbers in a row"


def _lone_rows(blocks: list[B]) -> None:
    """A table needs rows and columns: one or two lines taken for rows by
    their numbers alone, each one cell, on a page with no other table,
    figure or caption, are text (an address's "Tel. +49 …" and "Fax …")."""
    for b in blocks:
        if b.role != "table" or b.why != LONE_ROW_WHY or len(b.lines) > 2 \
                or any(ln.cells > 1 for ln in b.lines):
            continue
        page = b.lines[0].page
        if any(c is not b and c.role in ("table", "figure", "caption") and c.lines[0].page == page
               for c in blocks):
            continue
        b.role, b.why = "paragraph", "a line or two of numbers alone, not a table"


def foot_note_headed(doc: Doc, blocks: list[B]) -> None:
    """An unnumbered heading in a page's lower part whose text below it is
    all set small (an author's note, a correspondence address at the foot
    of the first page) is a note, not a section: the heading and its
    text become one note block."""
    for k, b in enumerate(blocks):
        if b.role != "heading" or NUMBERED.match(b.text) or len(b.lines) > 1:
            continue
        ln = b.lines[0]
        h = doc.heights[ln.page - 1] if ln.page - 1 < len(doc.heights) else 842.0
        if ln.top < 0.6 * h:
            continue
        after = []
        for c in blocks[k + 1:]:
            if c.lines[0].page != ln.page or c.role in ("furniture", "note"):
                break
            after.append(c)
        below = [o for c in after for o in c.lines if o.top > ln.top]
        if not after or any(c.role != "paragraph" for c in after) or not below \
                or not all(is_small(o, doc.body) for o in below):
            continue
        b.role, b.why = "note", "a heading over small text at the page foot (an author's note)"
        for c in after:
            b.lines.extend(c.lines)
            c.lines = []
    blocks[:] = [b for b in blocks if b.lines]


def ruled_cell(ln: PLine, rules: list[Rule]) -> bool:
    """A line standing in a cell of a ruled table: at least three vertical
    rules cross its height (a grid's columns, not a frame's two sides), one
    on each side of it, and rules run above and below it, close by."""
    cy = (ln.top + ln.bottom) / 2
    vs = [r.x0 for r in rules if r.kind == "vrule" and r.top - 1 <= cy <= r.bottom + 1]
    if len(vs) < 3 or not any(x <= ln.x0 + 1 for x in vs) or not any(x >= ln.x1 - 1 for x in vs):
        return False
    hs = [r for r in rules if r.kind == "hrule" and r.x0 < ln.x1 and ln.x0 < r.x1]
    if any(0 <= ln.top - r.bottom <= 2 * ln.size for r in hs) and \
            any(0 <= r.top - ln.bottom <= 2 * ln.size for r in hs):
        return True
    # a line inside a tall cell (a list in a grid's cell): the vertical rule
    # beside it spans one row, closed by horizontal rules at its two ends
    for v in (r for r in rules if r.kind == "vrule" and r.top - 1 <= cy <= r.bottom + 1 and r.x0 <= ln.x0 + 1):
        if any(abs(h.top - v.top) <= 2.5 for h in hs) and any(abs(h.bottom - v.bottom) <= 2.5 or
                                                               abs(h.top - v.bottom) <= 2.5 for h in hs):
            return True
    return False


def other_face_box(r: Rule, lines: list[PLine], doc: Doc) -> bool:
    """A drawn frame round a chart or panel set in another face than the
    body (its own headings and bullet-like entries), not running text: at
    least four lines inside, nearly all in another font family."""
    inside = [ln for ln in lines if r.x0 - 1 <= ln.x0 and ln.x1 <= r.x1 + 1
              and r.top - 1 <= ln.top and ln.bottom <= r.bottom + 1]
    if len(inside) < 4 or not doc.body_family:
        return False
    other = [ln for ln in inside if family(ln.font) and not (family(ln.font).startswith(doc.body_family)
                                                               or doc.body_family.startswith(family(ln.font)))]
    return len(other) >= 0.8 * len(inside)


SIDEBAR_WHY = "inside a ruled box set apart from the running text (a sidebar)"


def _sidebar(r: Rule, lines: list[PLine], doc: Doc) -> bool:
    """A drawn box of running text (a sidebar, a 'Box 1'), not a diagram:
    at least three lines inside, most of them long, with body text of the
    page above it and below it (a box over the front matter, an abstract
    framed above the body, is not one)."""
    area = (r.x1 - r.x0) * (r.bottom - r.top)
    if area < 3000 or _label_box(r, lines):
        return False
    inside = [ln for ln in lines if r.x0 - 1 <= (ln.x0 + ln.x1) / 2 <= r.x1 + 1
              and r.top - 1 <= (ln.top + ln.bottom) / 2 <= r.bottom + 1]
    if len(inside) < 3 or any(ln.role for ln in inside):
        return False

    def body(ln: PLine) -> bool:
        return not ln.role and ln not in inside and is_body_size(ln, doc.body) and _overlap(ln, r)
    above = [ln for ln in lines if body(ln) and ln.bottom <= r.top + 1]
    below = [ln for ln in lines if body(ln) and ln.top >= r.bottom - 1]
    return len(above) >= 2 and len(below) >= 1


def _text_frame(r: Rule, lines: list[PLine]) -> bool:
    """A drawn frame round one column of text (a journal's imprint box, an
    author's biography beside a photo), not a diagram: two lines or more
    inside, each alone on its row and of fewer than three cells, starting at
    one of at most two left edges, and no caption ("Figure 2") within
    40 points above or below the frame.  Its lines are text, never a
    figure's pieces: only what lies inside a picture is."""
    inside = sorted((ln for ln in lines if r.x0 - 1 <= (ln.x0 + ln.x1) / 2 <= r.x1 + 1
                     and r.top - 1 <= (ln.top + ln.bottom) / 2 <= r.bottom + 1), key=lambda ln: ln.top)
    if len(inside) < 2 or any(ln.cells >= 3 for ln in inside):
        return False
    for a, b in zip(inside, inside[1:]):
        if b.top < a.bottom - 0.3 * min(a.size, b.size):
            return False      # side by side: a diagram's labels
    edges: list[float] = []
    for ln in inside:
        if not any(abs(ln.x0 - e) <= 2.0 for e in edges):
            edges.append(ln.x0)
    if len(edges) > 2:
        return False
    return not any(CAPTION.match(ln.text.strip()) and ln.x0 < r.x1 and r.x0 < ln.x1
                   and (0 <= r.top - ln.bottom <= 40 or 0 <= ln.top - r.bottom <= 40) for ln in lines)


def _frame_roles(rules: list[Rule], lines: list[PLine]) -> None:
    """A frame of text is one thing: its lines no role was given to take
    the role most of the others have when that is page furniture or the
    front matter (a journal's imprint box: the DOI and the publisher's
    address; an author's biography run on under the photo)."""
    for r in rules:
        if r.kind != "rect" or not _text_frame(r, lines):
            continue
        inside = [ln for ln in lines if r.x0 - 1 <= (ln.x0 + ln.x1) / 2 <= r.x1 + 1
                  and r.top - 1 <= (ln.top + ln.bottom) / 2 <= r.bottom + 1]
        roles = Counter(ln.role for ln in inside if ln.role)
        if not roles:
            continue
        role, n = roles.most_common(1)[0]
        if role not in ("furniture", "affiliation") or n < 0.4 * len(inside):
            continue
        for ln in inside:
            if not ln.role:
                ln.role, ln.why = role, "in one drawn frame with the " + role


def _label_box(r: Rule, lines: list[PLine]) -> bool:
    """A drawn box holding labels (a diagram), not running text (a shaded
    abstract or sidebar): most lines inside are short."""
    inside = [ln for ln in lines if r.x0 - 1 <= (ln.x0 + ln.x1) / 2 <= r.x1 + 1
              and r.top - 1 <= (ln.top + ln.bottom) / 2 <= r.bottom + 1]
    if not inside:
        return False
    if len(inside) == 1:
        # a wide shaded band behind one line (a heading) is no figure; a
        # narrow box round one label is a diagram's node
        width = max(ln.x1 for ln in lines) - min(ln.x0 for ln in lines)
        return r.x1 - r.x0 < 0.5 * width
    short = sum(1 for ln in inside if len(ln.text) < 35)
    return short >= 0.6 * len(inside)


TEXT_ROLES = ("paragraph", "quote", "list_item", "other", "affiliation", "abstract")


def continues_text(ln: PLine, prev: PLine | None, blocks: list[B]) -> bool:
    """A line of numbers or cells that goes on with the text block right
    above it, not a table's row: the block's last line is the line before
    it on the page, in the same size, one line's pitch above, and the line
    starts at the block's left margin or under the line above
    ("ASSQ (r = -0.421, P = 0.003)." ending a paragraph, "p. 31].", an
    address's "Fax: +353 1 677 0546").  A table needs rows and columns: a
    line of three cells or more stays one.

    >>> L = lambda t, x0, top, size=10: PLine(1, t, x0, top, 300, top + size, top + size - 2, size, "Times", False, False)
    >>> b = B("paragraph", [L("the correlation with the total score of the", 50, 100)], "")
    >>> continues_text(L("ASSQ (r = -0.421, P = 0.003).", 50, 112), b.lines[-1], [b])
    True
    >>> continues_text(L("3,565 2.0 (3.5) 0-30", 50, 140), b.lines[-1], [b])   # after a gap
    False
    >>> continues_text(L("3,565 2.0 (3.5) 0-30", 200, 112), b.lines[-1], [b])  # off the margin
    False
    """
    if prev is None or not blocks or prev.page != ln.page or ln.cells >= 3:
        return False
    b = blocks[-1]
    if b.role not in TEXT_ROLES or b.lines[-1] is not prev:
        return False
    if abs(ln.size - prev.size) > 0.3 or not 0 < ln.base - prev.base <= 1.45 * ln.size:
        return False
    left = min(o.x0 for o in b.lines if o.page == ln.page)
    return abs(ln.x0 - left) <= 0.6 * ln.size or abs(ln.x0 - prev.x0) <= 0.6 * ln.size


def _add(blocks: list[B], role: str, ln: PLine, why: str, same) -> None:
    if blocks and blocks[-1].role == role and same(blocks[-1]):
        blocks[-1].lines.append(ln)
    else:
        blocks.append(B(role, [ln], why))


#: a line that is a date and nothing else: "February 8, 1988", "8 February
#: 1988", "March 2014", "2014-03-08" (in the front matter a date, never a
#: section heading, however it is set)
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Januar|Februar|März|Juni|Juli|"
           r"Oktober|Dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
           r"novembre|décembre)\.?")
DATE_ALONE = re.compile(rf"\s*(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
                        rf"|\d{{1,2}}\.?\s+{_MONTHS}\s+\d{{4}}|{_MONTHS}\s+\d{{4}}"
                        rf"|\d{{4}}-\d\d-\d\d)\s*", re.I)
DATE_WHY = "a date line in the front matter (not a heading)"


#: a line of the authors that only says there are more ("et al.", "and
#: others"), its note keys aside: the author line's end, never stray text
ETAL_LINE = re.compile(r"\s*(?:and\s+|&\s*)?(?:et\s+al\.?|others|and\s+others|u\.\s*a\.|et\s+alii)\s*", re.I)
ETAL_WHY = "the authors' line 'et al.' under the names"


RUN_IN_WHY = "run-in head: a bold or italic lead before the paragraph's text"
CAPS_HEAD_WHY = "a line in capitals, centred or numbered, with space above"


def _caps_heading(ln: PLine, doc: Doc, left: float, right: float, gap_above: float) -> bool:
    """A heading set in capitals or small capitals at about the body's size
    or below it (so neither larger nor bold): one short line of words all in
    capitals, not ending like a sentence, centred in its column or numbered
    like a section ("2. QUELLEN UND VORGEHEN"), with space above.

    >>> ln = PLine(1, "2. QUELLEN UND VORGEHEN", 40, 0, 200, 8, 7, 7.8, "", False, False)
    >>> class D: body, pitch = 10.0, 13.5
    >>> _caps_heading(ln, D(), 40, 400, 12), _caps_heading(ln, D(), 40, 400, 2)
    (True, False)
    >>> _caps_heading(replace(ln, text="THE END OF IT."), D(), 40, 400, 12)
    False
    """
    t = ln.text.strip()
    letters = [c for c in t if c.isalpha()]
    if len(letters) < 4 or any(c.islower() for c in letters) or len(words(t)) > 10 or t[-1:] in ".,;:!?" \
            or t[:1] in "*∗†‡§¶" or CAPTION.match(t):
        return False
    if not 0.7 * doc.body <= ln.size <= doc.body + 0.9 or gap_above < 0.5 * doc.pitch:
        return False
    centred = ln.x0 - left > 2 * doc.body and abs((ln.x0 - left) - (right - ln.x1)) < 1.5 * doc.body
    return centred or NUMBERED.match(t) is not None


def _run_in(ln: PLine, doc: Doc) -> tuple[PLine, PLine] | None:
    """A line opening with a run-in head, cut in two: ``(head, rest)``.

    The lead (``PLine.lead``) is one to ten words in bold (or in italics
    where the body is upright), in the body's size, starting with a capital
    or a number, ending in a full stop or a colon, and the line's text runs
    on after it in the body's style.
    """
    if not ln.lead or not is_body_size(ln, doc.body):
        return None
    head = ln.text[:ln.lead].rstrip()
    rest = ln.text[ln.lead:]
    n = len(words(head))
    if not 1 <= n <= 10 or head[-1:] not in ".:" or not (head[:1].isupper() or head[:1].isdigit()) \
            or MARKER.match(head) or ABSTRACT_WORDS.match(head) or KEYWORD_WORDS.match(head) \
            or CAPTION.match(head) or not rest.strip()[:1].isalnum():
        return None
    cut = ln.x0 + ln.width * len(head) / max(len(ln.text), 1)
    off = len(ln.text) - len(rest.lstrip())
    ital, bold = ln.italic_spans(), ln.bold_spans()
    h = replace(ln, text=head.rstrip(".:").rstrip(), x1=cut, lead=0,
                superscripts=[(a, b) for a, b in ln.superscripts if b <= len(head)], italics=[], styled="",
                bolds=[])
    r = replace(ln, text=rest.lstrip(), x0=cut, lead=0,
                superscripts=[(a - off, b - off) for a, b in ln.superscripts if a >= off],
                italics=[(max(a - off, 0), b - off) for a, b in ital if b > off], styled=rest.lstrip(),
                bolds=[(max(a - off, 0), b - off) for a, b in bold if b > off])
    return h, r


AFTER_QUOTE_WHY = "back at the body's margin after a block quotation"


def paragraph_start(doc: Doc, ln: PLine, blocks: list[B]) -> tuple[str, str]:
    """How a body line goes on: ``("new", why)`` starts a paragraph,
    ``("cont", why)`` starts a block continuing the paragraph before a
    page or column break (or a figure, table or note in between),
    ``("join", "")`` adds the line to the paragraph above.

    A line back at the body's margin and size right after a block
    quotation (past furniture and notes) starts a paragraph: the author's
    text again, never a run-on of the paragraph above the quotation
    (which would run it into the quotation), whether a page break or
    only the quotation's space lies between."""
    act, why = _paragraph_start(doc, ln, blocks)
    if act != "new":
        quote = next((b for b in reversed(blocks) if b.role not in ("furniture", "note")), None)
        if quote is not None and quote.role == "quote" and quote.lines and is_body_size(ln, doc.body) \
                and ln.x0 - doc.edges.get((ln.page - 1, ln.col), (ln.x0, 0))[0] <= \
                min(o.x0 - doc.edges.get((o.page - 1, o.col), (o.x0, 0))[0] for o in quote.lines) - 0.5 * doc.body:
            return "new", AFTER_QUOTE_WHY
    return act, why


def _paragraph_start(doc: Doc, ln: PLine, blocks: list[B]) -> tuple[str, str]:
    lastp = None
    for b in reversed(blocks):
        if b.role == "paragraph":
            lastp = b
            break
        if b.role in ("furniture", "note", "figure", "table", "caption", "quote", "list_item") \
                or b.why == SIDEBAR_WHY:
            continue
        break
    if lastp is None:
        return "new", "first body text after a heading or front matter"
    left, right = doc.edges.get((ln.page - 1, ln.col), (ln.x0, ln.x1))
    p = lastp.lines[-1]
    ended = p.text.rstrip()[-1:] in ".!?:\"”'"
    if LIST_NUMBER.match(ln.text.strip()) and abs(ln.x0 - left) <= 2 and p.page == ln.page and (
            ended and p.x1 < right - 2 * doc.body
            or p.x0 > left + 2 and _hanging_item(doc, _item_of(blocks, lastp), p, left)):
        return "new", "a numbered item after a short line or after an item"
    if LIST_NUMBER.match(ln.text.strip()) and -2 <= ln.x0 - left <= 3 * doc.body and p.page == ln.page and ended \
            and _hung_below(doc, ln):
        return "new", "a numbered item: the line below hangs under its text"
    if LIST_NUMBER.match(ln.text.strip()) and -2 <= ln.x0 - left <= 3 * doc.body and p.page == ln.page \
            and (ended or _list_neighbour(doc, p, ln, -1)) and \
            (_list_neighbour(doc, ln, p, -1) or _list_neighbour(doc, ln, None, +1)):
        return "new", "a numbered item: the item before or after it numbered in sequence at its edge"
    if doc.indent_style and 0.8 * doc.body <= ln.x0 - left <= 4 * doc.body:
        if _hanging_item(doc, _item_of(blocks, lastp), ln, left):
            return ("join", "") if blocks[-1] is lastp else ("cont", "a numbered item's run-on line")
        if _inset_run_on(doc, p, ln, right, ended):
            return ("join", "") if blocks[-1] is lastp else ("cont", "an inset passage's run-on line")
        if blocks[-1] is lastp and _indented_run_on(doc, p, ln, right, ended):
            return "join", ""
        return "new", "first-line indent"
    # (past the page's notes and furniture: a list ending its page)
    item = next((b for b in reversed(blocks) if b.role not in ("furniture", "note")), None)
    item = item if item is not None and item.role == "list_item" else None
    if item is not None and (item.lines[-1].page == ln.page or not doc.indent_style) \
            and item.lines[-1].text.rstrip()[-1:] in ".!?" \
            and ln.text.strip()[:1].isupper() and ln.x0 < item.lines[0].x0 + 1:
        return "new", "after a list whose last item ended its sentence"
    if p.page != ln.page or p.col != ln.col:
        pl, pr = doc.edges.get((p.page - 1, p.col), (p.x0, p.x1))
        if not doc.indent_style and p.x1 < pr - 2 * doc.body and ended:
            return "new", "the last line before the break ended short"
        if not doc.indent_style and ended and _room_for(doc, p, ln):
            return "new", ROOM_WHY
        return "cont", "carries on across a page or column break"
    k = len(blocks) - 1
    while blocks[k] is not lastp:
        k -= 1
    set_apart = any(b.role in ("figure", "table", "caption") or b.why == SIDEBAR_WHY for b in blocks[k + 1:])
    if set_apart and ln.base > p.base:
        # a figure, table or box between: its space says nothing; an
        # indent (checked above) or a short last line does
        short = p.x1 < right - 2 * doc.body and ended
        if doc.indent_style or not short:
            return "cont", "carries on after a figure, table, box or note"
        return "new", "the line before the figure, table or box ended short"
    if ln.base - p.base > doc.pitch + 0.45 * doc.body:
        return "new", "vertical gap above"
    if not doc.indent_style and doc.justified and p.x1 < right - 2 * doc.body and ended:
        return "new", "the line above ended short"
    if not doc.indent_style and not doc.justified and ended and _room_for(doc, p, ln):
        return "new", ROOM_WHY
    # (short against the paragraph's own measure too: a page of a few lines
    # may give its column a narrow right edge)
    # (not inside a block of address lines itself, "Corresponding author: …", "Affiliation: …")
    if p.x1 < max([right] + [o.x1 for o in lastp.lines]) - 2 * doc.body and ADDRESS_LINE.match(ln.text) \
            and not (LABELLED.match(lastp.lines[0].text) and lastp.why != ADDRESS_WHY):
        return "new", ADDRESS_WHY
    if blocks[-1] is not lastp:
        return "cont", "carries on after a figure, table or note"
    return "join", ""


#: a line of a contributor's address: its e-mail, telephone, fax, web page
ADDRESS_LINE = re.compile(r"\s*(?:e-?mail|tel(?:efon|ephone)?\.?|phone|fax|kontakt|contact|web(?:site)?)\s*:"
                          r"|\s*(?:https?://|www\.)\S+\s*$|\s*\S+@\S+\.\w+\s*$", re.I)
#: a line that opens with a label and a colon ("Corresponding Author:", "Address:")
LABELLED = re.compile(r"\W{0,3}[^\W\d_][\w .-]{0,30}:")
ADDRESS_WHY = "an address line (e-mail, telephone, web page) after a short line"


ROOM_WHY = "the line before ended its sentence with room left for this line's first word"


def _room_for(doc: Doc, p: PLine, ln: PLine) -> bool:
    """``p`` stopped short of its column's measure (the widest body line
    of that column on its page) by more than ``ln``'s first word and a
    space would take: a line that had room for the next word was ended by
    its paragraph, not by the measure (in flush-left text without indents
    the one sign of a new paragraph at the top of a column).  The word's
    width is estimated from ``ln``'s mean character width, with a margin
    (capitals are wider)."""
    word = ln.text.split()[0] if ln.text.split() else ""
    if not word or not is_body_size(p, doc.body) or not is_body_size(ln, doc.body):
        return False
    measure = max((o.x1 for o in doc.pages[p.page - 1]
                   if o.col == p.col and not o.role and is_body_size(o, doc.body)), default=p.x1)
    need = 1.25 * (len(word) + 1) * ln.width / max(len(ln.text), 1)
    return p.x1 + need < measure - 0.2 * doc.body


def _item_carries_on(doc: Doc, blocks: list[B], ln: PLine, left: float) -> bool:
    """``ln``, the first text of a page or column, goes on with the list
    item that ended the one before: the item's last line ends no sentence
    and ``ln`` stands at the item's run-on indent (measured from each
    column's margin), not at the margin or a bullet."""
    last = next((b for b in reversed(blocks) if b.role not in ("furniture", "note", "cover")), None)
    if last is None or last.role != "list_item" or len(last.lines) < 2 or BULLET.match(ln.text.strip()):
        return False
    end = last.lines[-1]
    if (end.page, end.col) == (ln.page, ln.col) or end.text.rstrip()[-1:] in ".!?:":
        return False
    first = last.lines[0]
    item_left = doc.edges.get((first.page - 1, first.col), (first.x0, first.x1))[0]
    run_on = last.lines[1].x0 - item_left
    return run_on >= 0.3 * ln.size and abs((ln.x0 - left) - run_on) <= 1.5


def _inset_run_on(doc: Doc, p: PLine, ln: PLine, right: float, ended: bool) -> bool:
    """``ln`` goes on from ``p`` inside a passage inset on both sides (an
    interview extract or quotation in the body's size, set at the
    paragraph indent with a narrower measure): ``p`` stands right above at
    the same indent, fills a line that stops short of the right margin
    (the inset measure: a paragraph's first line at the indent runs to the
    margin) and ends no sentence; a line opening with a bullet or a
    number is an item of its own."""
    return (p.page == ln.page and p.col == ln.col and abs(p.x0 - ln.x0) <= 1.5 and not ended
            and not BULLET.match(ln.text.strip())
            and 0 < ln.base - p.base <= 1.3 * doc.pitch
            and right - 3 * doc.body <= p.x1 <= right - 0.5 * doc.body)


def _indented_run_on(doc: Doc, p: PLine, ln: PLine, right: float, ended: bool) -> bool:
    """``ln`` goes on from ``p`` in text set at an indent from the column's
    margin (a list item's text carried over to a new page, a passage inset
    on the left only): ``p`` stands right above at the same indent (so
    ``ln``'s indent is no first-line indent: the paragraph's lines all
    share it) and fills the measure to the right margin (in ragged-right
    text: comes near it and ends no sentence), where a short line above
    ends its paragraph; a line opening with a bullet or a number is an
    item of its own."""
    return (p.page == ln.page and p.col == ln.col and abs(p.x0 - ln.x0) <= 1.5
            and is_body_size(p, doc.body) and is_body_size(ln, doc.body)
            and not BULLET.match(ln.text.strip()) and not LIST_NUMBER.match(ln.text.strip())
            and 0 < ln.base - p.base <= 1.3 * doc.pitch
            and (p.x1 >= right - 0.5 * doc.body if doc.justified
                 else not ended and p.x1 >= right - 2.5 * doc.body))


def inset_passages(doc: Doc, blocks: list[B]) -> None:
    """A paragraph of two lines or more, every line at the paragraph indent
    and ending short of the right margin, is a passage set off from the
    text on both sides (a block quotation in the body's size)."""
    for b in blocks:
        if b.role != "paragraph" or b.continues or len(b.lines) < 2:
            continue
        left, right = doc.edges.get((b.lines[0].page - 1, b.lines[0].col), (b.lines[0].x0, b.lines[0].x1))
        x0 = b.lines[0].x0
        if 0.8 * doc.body <= x0 - left <= 4 * doc.body and all(
                abs(ln.x0 - x0) <= 1.5 and ln.x1 <= right - 0.5 * doc.body and ln.page == b.lines[0].page
                for ln in b.lines):
            b.role, b.why = "quote", "indented on both sides"


QUOTE_OVER_WHY = "a block quotation carries on across a page or column break"


def quotes_run_on(doc: Doc, blocks: list[B]) -> None:
    """One block quotation read as two: the second starts right under the
    first's last line at its indent (one pitch below, same page and
    column), or opens the next page or column, and the first's last line
    fills the quotation's measure (a short last line ended it).  Right
    below, the second's lines join the first; over a break, the second
    continues it."""
    k = 0
    while k < len(blocks):
        b = blocks[k]
        if b.role != "quote" or not b.lines:
            k += 1
            continue
        j = k + 1
        while j < len(blocks) and blocks[j].role in ("furniture", "note"):
            j += 1
        if j >= len(blocks) or blocks[j].role != "quote" or not blocks[j].lines or blocks[j].continues:
            k += 1
            continue
        c = blocks[j]
        last, first = b.lines[-1], c.lines[0]
        full = len(b.lines) >= 2 and last.x1 >= max(o.x1 for o in b.lines) - 0.5 * doc.body
        # (the inset from each column's left edge: facing pages have margins of their own)
        inset_b = min(o.x0 for o in b.lines) - doc.edges.get((last.page - 1, last.col), (last.x0, 0))[0]
        inset_c = first.x0 - doc.edges.get((first.page - 1, first.col), (first.x0, 0))[0]
        if not full or abs(last.size - first.size) > 0.3 or abs(inset_b - inset_c) > 2:
            k += 1
            continue
        if (last.page, last.col) == (first.page, first.col):
            if j == k + 1 and 0 < first.base - last.base < 1.3 * doc.pitch:
                b.lines.extend(c.lines)
                del blocks[j]
                continue
        elif (first.page, first.col) > (last.page, last.col):
            c.continues, c.why = True, QUOTE_OVER_WHY
        k += 1


def _last_note_before(blocks: list) -> object | None:
    """The note block the blocks end with, past the page furniture (a
    running head, a folio) set after it, or None."""
    for b in reversed(blocks):
        if b.role == "furniture":
            continue
        return b if b.role == "note" else None
    return None


BODY_QUOTE_WHY = "set in from both edges of the column in the body's size"
SMALL_QUOTE_WHY = "smaller than the body at the full measure, set off by space and introduced as a quotation"
#: a quotation's opening mark (any language's)
OPENING_QUOTE = re.compile(r"^[\"„“”»«‚‘'›‹]")


def small_quote_starts(doc: Doc, ln: PLine, prev: PLine | None, blocks: list[B]) -> bool:
    """Whether ``ln``, in smaller type than the body, opens a block
    quotation set at the column's full measure (no inset: the smaller type
    and the space around it set it off): the body's paragraph stands right
    above it on its page, with more than a line's space between, and either
    that paragraph ends in a colon (introducing it) or ``ln`` opens with a
    quotation mark.  A caption, a table's note or a footnote is read before
    this is asked.

    >>> doc = Doc(pages=[], heights=[], widths=[], rules=[], body=10.0); doc.pitch = 12.0
    >>> L = lambda t, base, size: PLine(1, t, 57, base - size, 400, base + 2, base, size, "", False, False)
    >>> body = B("paragraph", [L("as the authors put it:", 130, 10.0)], "")
    >>> small_quote_starts(doc, L("„Gender competence is the knowledge", 152, 8.0), body.lines[0], [body])
    True
    >>> small_quote_starts(doc, L("„Gender competence is the knowledge", 140, 8.0), body.lines[0], [body])
    False
    >>> small_quote_starts(doc, L("Source: own survey 2012", 152, 8.0), L("and so on.", 130, 10.0),
    ...                    [B("paragraph", [L("and so on.", 130, 10.0)], "")])
    False
    """
    if prev is None or prev.page != ln.page or not blocks or blocks[-1].role != "paragraph":
        return False
    above = blocks[-1].lines[-1]
    if above is not prev or not is_body_size(above, doc.body) or above.col != ln.col:
        return False
    if not 1.25 * doc.pitch < ln.base - above.base < 3 * doc.pitch:
        return False
    return above.text.rstrip().endswith(":") or OPENING_QUOTE.match(ln.text.strip()) is not None


def _body_quote_starts(doc: Doc, lines: list[PLine], k: int, left: float, right: float) -> bool:
    """Whether ``lines[k]`` opens a block quotation set in the body's size
    (LaTeX's ``quote`` and ``quotation``, a word processor's indented
    quote style): it and the line below stand at one indent from the
    column's left edge and end at one edge short of its right edge (justified
    within narrower margins, or set in as far on the right as on the left
    over its short last line), one pitch apart.  A paragraph's first-line
    indent has its next line back at the edge; a list's lines run to the
    column's right edge or end ragged.

    >>> doc = Doc(pages=[], heights=[], widths=[], rules=[], body=10.0); doc.pitch = 12.0
    >>> L = lambda x0, base, x1: PLine(1, "x" * 40, x0, base - 8, x1, base + 2, base, 10.0, "", False, False)
    >>> _body_quote_starts(doc, [L(97, 100, 298), L(97, 112, 298), L(97, 124, 200)], 0, 72, 323)
    True
    >>> _body_quote_starts(doc, [L(97, 100, 323), L(72, 112, 323)], 0, 72, 323)
    False
    >>> _body_quote_starts(doc, [L(97, 100, 298), L(97, 112, 280)], 0, 72, 323)
    True
    >>> _body_quote_starts(doc, [L(97, 100, 290), L(97, 112, 280)], 0, 72, 323)
    False
    """
    ln = lines[k]
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    if nxt is None or nxt.role or nxt.page != ln.page or nxt.col != ln.col or not is_body_size(nxt, doc.body):
        return False
    inset = ln.x0 - left
    if LIST_NUMBER.match(ln.text.strip()) or BULLET_CHAR.match(ln.text.strip()):
        return False
    # (a quote of two lines: the first set in as far from the right edge
    # as from the left, the second its short last line)
    return (0.9 * doc.body <= inset <= 6 * doc.body and right - ln.x1 >= 0.9 * doc.body
            and abs(nxt.x0 - ln.x0) <= 1 and 0 < nxt.base - ln.base < 1.3 * doc.pitch
            and (abs(nxt.x1 - ln.x1) <= 1.5 or nxt.x1 < ln.x1 and abs(right - ln.x1 - inset) <= 2))


def _body_quote_goes_on(quote: list[PLine], ln: PLine, doc: Doc) -> bool:
    """Whether ``ln`` carries on the body-size block quotation of lines
    ``quote``: at its indent, right under its last line, that line not
    short of the quote's right edge (a short line ended it)."""
    last = quote[-1]
    return (last.page == ln.page and last.col == ln.col and abs(ln.x0 - last.x0) <= 1
            and 0 < ln.base - last.base < 1.3 * doc.pitch and ln.x1 <= last.x1 + 1.5
            and last.x1 >= max(o.x1 for o in quote) - 1.5)


LIST_NUMBER = re.compile(r"^\(?(\d{1,2}|[a-z])[.)]\s+\S")


def _list_neighbour(doc: Doc, ln: PLine, other: PLine | None, step: int) -> bool:
    """A line of a list of short numbered items: ``other`` (or, without it,
    the next line of ``ln``'s column at the body's pitch) starts at
    ``ln``'s left edge with ``ln``'s number plus ``step`` ("1." above
    "2. …", "2." below "1. …").  ``ln`` itself must start with a number."""
    m = LIST_NUMBER.match(ln.text.strip())
    if m is None or not m.group(1).isdigit():
        return False
    if other is None:
        other = _next_in_column(doc, ln)
        if other is None or other.base - ln.base > 1.6 * doc.pitch:
            return False
    n = LIST_NUMBER.match(other.text.strip())
    return n is not None and n.group(1).isdigit() and int(n.group(1)) == int(m.group(1)) + step \
        and abs(other.x0 - ln.x0) <= 0.3 * ln.size and other.page == ln.page


def _next_in_column(doc: Doc, ln: PLine) -> PLine | None:
    """The next line below ``ln`` in its column (of the three lines after it on
    its page, the first without a role), or None."""
    lines = doc.pages[ln.page - 1]
    k = next((k for k, o in enumerate(lines) if o is ln), None)
    if k is None:
        return None
    return next((o for o in lines[k + 1:k + 4] if not o.role and o.col == ln.col and o.base > ln.base),
                None)


def _hung_below(doc: Doc, ln: PLine) -> bool:
    """The next line of ``ln``'s column stands at the body's pitch below it,
    indented from ``ln`` by about the width of its number ("1. ", "12. "):
    ``ln`` opens a numbered item set with a hanging indent (the list at the
    margin or indented as a whole)."""
    nxt = _next_in_column(doc, ln)
    if nxt is None or nxt.base - ln.base > 1.3 * doc.pitch:
        return False
    m = LIST_NUMBER.match(ln.text.strip())
    width = ln.width * (m.end() - 1) / max(len(ln.text.strip()), 1)     # the number's share of the line
    return abs((nxt.x0 - ln.x0) - width) <= 0.6 * ln.size and nxt.x0 - ln.x0 >= 0.6 * ln.size


def _item_of(blocks: list[B], lastp: B) -> B:
    """The paragraph ``lastp`` with the blocks it continues (across page
    breaks) before it: one block of all their lines."""
    k = next(k for k in range(len(blocks) - 1, -1, -1) if blocks[k] is lastp)
    lines = list(lastp.lines)
    while blocks[k].continues and k > 0:
        k -= 1
        while k > 0 and blocks[k].role in ("furniture", "note", "figure", "table", "caption"):
            k -= 1
        if blocks[k].role != "paragraph":
            break
        lines = blocks[k].lines + lines
    return B("paragraph", lines, lastp.why)


def _hanging_item(doc: Doc, lastp: B, ln: PLine, left: float) -> bool:
    """An indented line under a numbered item set with a hanging indent
    ("1. Unterstützung von …" at the margin, its run-on lines indented to
    its text), not a new paragraph's first-line indent: the item's first
    line opens with its number at its column's margin, the line above is
    full (not a paragraph's short last line) and every run-on line so far
    stands at this line's indent (measured from each page's margin, so the
    item may run on to the next page)."""
    def indent(o: PLine) -> float:
        return o.x0 - doc.edges.get((o.page - 1, o.col), (o.x0, o.x1))[0]
    lines = _last_item(doc, lastp.lines, ln.x0 - left)
    first, p = lines[0], lines[-1]
    if not (LIST_NUMBER.match(first.text.strip()) or item_marker(first.text)) \
            or not -2 <= indent(first) <= 3 * doc.body or ln.x0 - left <= indent(first) + 0.3 * ln.size:
        return False     # (a run-on line hangs under the text, right of the marker)
    if p.x1 < first.x1 - 2 * ln.size and p.page == first.page:
        return False
    # an item's sentence ended well short of its column's edge: nothing runs on
    if p.text.rstrip()[-1:] in ".!?" and p.x1 < doc.edges.get((p.page - 1, p.col), (p.x0, p.x1))[1] - 3 * ln.size:
        return False
    return all(abs(indent(o) - (ln.x0 - left)) <= 1.5 for o in lines[1:])


def _last_item(doc: Doc, lines: list[PLine], hang: float) -> list[PLine]:
    """The lines of the last item of a paragraph that holds several (a
    list read as one paragraph: "I. …", its run-on lines, "II. …"): from
    its last line that opens with a marker set out from the run-on indent
    ``hang``, after a line that ended its sentence or fell short; the whole
    paragraph if none does."""
    for j in range(len(lines) - 1, 0, -1):
        o, before = lines[j], lines[j - 1]
        if item_marker(o.text) is None or _indent(doc, o) > hang - 0.3 * (o.size or doc.body):
            continue
        right = doc.edges.get((before.page - 1, before.col), (before.x0, before.x1))[1]
        if before.text.rstrip()[-1:] in ".;:!?" or before.x1 < right - 2 * doc.body:
            return lines[j:]
    return lines


LIST_WHY = "a list item: its marker at the list's indent, its lines hanging under its text"
AFTER_LIST_WHY = "back at the margin after a list"
LIST_OVER_WHY = "a list item carries on across a page or column break"


def _marker_kind(marker: str) -> str:
    """The kind of a marker, for siblings: "a)" and "b)" are one kind, "-" and "–" another."""
    if not marker[-1:] in ".)":
        return "bullet"
    core = marker.strip("().")
    return ("digit" if core.isdigit() else "roman" if set(core) <= set("ivx") and len(core) > 1 else "letter") \
        + marker[-1]


#: rough widths of characters (in ems), to tell where a marker ends on its line
_NARROW, _WIDE = set("iIl.,;:()[]!'’|fjtr1 "), set("mwMW—")


def _marker_end(doc: Doc, ln: PLine, mark: str) -> float:
    """Where the marker ``mark`` that ``ln`` opens with ends, from its
    column's edge: the line's width shared out over its characters (narrow
    ones counted narrow), so that labels set flush right ("iii." over
    "iv.", as LaTeX sets them) are seen one under the other."""
    text = ln.text.strip()

    def w(t: str) -> float:
        return sum(0.3 if c in _NARROW else 0.9 if c in _WIDE else 0.55 for c in t)
    return _indent(doc, ln) + ln.width * w(text[:len(mark)]) / max(w(text), 0.1)


def _markers_aligned(doc: Doc, a: PLine, b: PLine) -> bool:
    """The markers opening ``a`` and ``b`` stand one under the other in a
    list: at one left edge or, numbers and letters, one right edge."""
    if abs(_indent(doc, a) - _indent(doc, b)) <= 1.5:
        return True
    ma, mb = item_marker(a.text), item_marker(b.text)
    if not ma or not mb or ma[-1:] not in ".)" or mb[-1:] not in ".)":
        return False
    return abs(_marker_end(doc, a, ma) - _marker_end(doc, b, mb)) <= 0.35 * (a.size or doc.body)


def _is_item_block(doc: Doc, b: B, blocks: list[B], k: int) -> bool:
    """A body paragraph that is a list (or the start of one): it opens with a
    list marker, no line of it stands left of the marker, and its lines hang
    under the marker's text or hold deeper items; a paragraph of one line
    counts when a neighbouring block opens with a marker of the same kind at
    its indent (one item of a list of short items)."""
    if b.role not in ("paragraph", "list_item") or b.continues or not b.lines:
        return False
    first = b.lines[0]
    mark = item_marker(first.text)
    if mark is None:
        return False
    if b.role == "list_item":
        return True
    size = first.size or doc.body
    if any(o.page != first.page for o in b.lines[1:]):
        return False
    # (the list's lines: up to a line back left of the marker, the text
    # after the list run into the paragraph of its last item)
    head = [first]
    for o in b.lines[1:]:
        if o.x0 < first.x0 - 1.5 and not (item_marker(o.text) and _markers_aligned(doc, o, first)):
            break
        head.append(o)
    right = doc.edges.get((first.page - 1, first.col), (first.x0, first.x1))[1]
    if len(head) > 1:
        if any(o.x0 > first.x0 + 0.3 * size for o in head[1:]) or _marker_run(head):
            return True
        # (the last of a list of one-line items, the text after the list
        # at the markers' edge: an item when its siblings say so, below)
        if not (first.x1 < right - 2 * doc.body and first.text.rstrip()[-1:] in ".;:!?"
                and item_marker(head[1].text) is None):
            return False
    if len(b.lines) > 1 and first.x1 >= right - 1.5 * doc.body:
        return False     # a numbered paragraph's full first line, not an item of one line

    def sibling(j: int, step: int) -> bool:
        while True:
            while 0 <= j < len(blocks) and blocks[j].role in ("furniture", "note"):
                j += step
            if not 0 <= j < len(blocks) or blocks[j].role not in ("paragraph", "list_item") or not blocks[j].lines:
                return False
            # (the block before: its last item's marker; the block after: its first)
            for o in (blocks[j].lines[::-1] if step < 0 else blocks[j].lines[:1]):
                m = item_marker(o.text)
                if m is not None and _marker_kind(m) == _marker_kind(mark) and _markers_aligned(doc, o, first) \
                        and (follows(m, mark) if step < 0 else follows(mark, m)) or \
                        m is not None and o is blocks[j].lines[0] and _marker_kind(m) == _marker_kind(mark) \
                        and abs(_indent(doc, o) - _indent(doc, first)) <= 1.5:
                    return True
            # (the items of a list nested in the item before, set in deeper:
            # the item before them is this one's sibling)
            o = blocks[j].lines[0]
            if step > 0 or item_marker(o.text) is None or o.page != first.page \
                    or _indent(doc, o) <= _indent(doc, first) + 0.3 * size:
                return False
            j += step
    return sibling(k - 1, -1) or sibling(k + 1, +1)


def _indent(doc: Doc, ln: PLine) -> float:
    """A line's distance from its column's left edge (pages and columns have edges of their own)."""
    return ln.x0 - doc.edges.get((ln.page - 1, ln.col), (ln.x0, ln.x1))[0]


def list_items(doc: Doc, blocks: list[B]) -> list[B]:
    """Lists read as lists: each body paragraph that is a list (see
    :func:`_is_item_block`) is split into one ``list_item`` block per item
    and sub-item, its ``level`` the item's depth (1, 2 …) from the indents
    of the markers (a dash under "a) …" is its sub-item), its run-on lines
    (hanging under its text) with it.  A line of the list without a marker,
    set in from the item above at a marker's indent, is an item of its own
    (an unmarked entry); a line back left of the list's first marker ends
    the list (a paragraph after it).  An item running on over a page or
    column break continues there."""
    out: list[B] = []
    stack: list[float] = []          # the marker indents of the open levels
    last_item: B | None = None
    last_mark: str | None = None     # the marker of the list's last item
    blocks = list(blocks)
    for k, b in enumerate(blocks):
        if b.role in ("furniture", "note"):
            out.append(b)
            continue
        if last_item is not None and b.role in ("paragraph", "list_item") and b.lines \
                and item_marker(b.lines[0].text) is None:
            # an item carried on over a break: a paragraph going on at the
            # item's run-on indent, or a list item the layout read there
            # (the item's last line before the break ends no sentence)
            first, end = b.lines[0], last_item.lines[-1]
            if (b.role == "paragraph" and b.continues
                    and _indent(doc, first) >= stack[-1] + 0.3 * (first.size or doc.body) - 1.5) \
                    or (b.role == "list_item" and (end.page, end.col) != (first.page, first.col)
                        and end.text.rstrip()[-1:] not in ".!?:"):
                # (the list's next items, read into the same block: on their own)
                q = next((j for j in range(1, len(b.lines)) if item_marker(b.lines[j].text) is not None
                          and b.lines[j].x0 < first.x0 - 0.3 * (first.size or doc.body)), None)
                if q is not None:
                    blocks.insert(k + 1, B("paragraph", b.lines[q:], b.why))
                    b.lines = b.lines[:q]
                b.role, b.why, b.level, b.continues = "list_item", LIST_OVER_WHY, last_item.level, True
                out.append(b)
                last_item = b
                continue
            if b.role == "paragraph" and b.continues and (end.page, end.col) != (first.page, first.col) and (
                    end.text.rstrip()[-1:] in ".!?;" or stack and _indent(doc, first) < stack[0] - 1.5):
                # the text after the list at the top of the next page or
                # column: no run-on of the list's last item
                b.continues, b.why = False, AFTER_LIST_WHY
        if b.role == "paragraph" and b.continues and len(b.lines) > 1 and item_marker(b.lines[0].text) is not None \
                and b.lines[1].x0 > b.lines[0].x0 + 0.3 * (b.lines[0].size or doc.body):
            # a list opening a page or column (its first item's lines hang
            # under its text) after a paragraph that ended its sentence
            before = next((o for o in reversed(out) if o.role not in ("furniture", "note", "figure", "table",
                                                                      "caption")), None)
            if before is not None and before.role == "paragraph" and before.lines \
                    and before.lines[-1].text.rstrip()[-1:] in ".!?:":
                b.continues = False
        if last_item is not None and b.role == "paragraph" and b.continues and b.lines:
            # the list's next item at the top of a page or column, after an
            # item that ended its sentence: no paragraph carried on
            end, mark = last_item.lines[-1], item_marker(b.lines[0].text)
            if mark is not None and last_mark is not None and follows(last_mark, mark) \
                    and (end.page, end.col) != (b.lines[0].page, b.lines[0].col) and end.text.rstrip()[-1:] in ".!?;:":
                b.continues = False
        if not _is_item_block(doc, b, blocks, k):
            if b.role not in ("figure", "table", "caption"):
                stack, last_item = [], None
            out.append(b)
            continue
        items: list[B] = []
        base = _indent(doc, b.lines[0])
        if stack and base < stack[0] - 0.3 * (b.lines[0].size or doc.body):
            stack = []
        rest: list[PLine] = []
        item_x = base                    # the current item's marker indent
        for j, ln in enumerate(b.lines):
            x = _indent(doc, ln)
            size = ln.size or doc.body
            mark = item_marker(ln.text)
            prev = b.lines[j - 1] if j else None
            # (the line above measured against its own column's right edge)
            right = doc.edges.get((prev.page - 1, prev.col), (prev.x0, prev.x1))[1] if prev is not None else 0
            ended = prev is None or prev.x1 < right - 2 * doc.body or prev.text.rstrip()[-1:] in ".;:!?"
            if rest:
                rest.append(ln)
                continue
            tol = 0.3 * size     # (a narrow or overhanging glyph: "f)" stands left of "e)")
            # (a marker set flush right under the one above: "iii." left of "ii.")
            under = mark is not None and items and ended and item_marker(items[-1].lines[0].text) is not None \
                and _markers_aligned(doc, ln, items[-1].lines[0])
            if items and x < base - tol and not under:
                rest.append(ln)          # back left of the list: a paragraph after it
                continue
            # a line hanging under the item (past its marker), or one that
            # goes on from a full line without a marker of its own: a run-on
            if items and not under and (x > item_x + tol and (mark is None or not ended) or mark is None and not ended):
                items[-1].lines.append(ln)
                continue
            nxt = b.lines[j + 1] if j + 1 < len(b.lines) else None
            if mark is None and items and x <= 1.5 and (
                    _hanging_list(items, tol) and not (nxt is not None and nxt.x0 > ln.x0 + tol)
                    or nxt is not None and item_marker(nxt.text) is None and abs(nxt.x0 - ln.x0) <= 1.5):
                # a line without a marker at the column's margin, under a
                # list whose items hang under their text: the text after it
                rest.append(ln)
                continue
            if under:
                x = stack[-1] if stack else x
            while stack and stack[-1] > x + tol:
                stack.pop()
            if not stack or abs(stack[-1] - x) > tol:
                stack.append(x)
            item = B("list_item", [ln], LIST_WHY if mark else "an unmarked entry of a list, at a marker's indent",
                     level=len(stack))
            last_mark = mark
            items.append(item)
            item_x = x
        out.extend(items)
        last_item = items[-1]
        if rest:
            # (another list further on, read into the text after this one)
            r = _list_again(doc, rest)
            if r is not None:
                blocks.insert(k + 1, B("paragraph", rest[r:], b.why))
                rest = rest[:r]
            out.append(B("paragraph", rest, AFTER_LIST_WHY))
            stack, last_item = [], None
    return out


def _list_again(doc: Doc, lines: list[PLine]) -> int | None:
    """Where a list starts again among ``lines`` (the text after a list):
    a line that opens with a marker after a line that ended its sentence,
    the line below it hanging under its text or opening with the next
    marker at its edge; None if none does."""
    for j in range(1, len(lines) - 1):
        ln, before, nxt = lines[j], lines[j - 1], lines[j + 1]
        mark = item_marker(ln.text)
        if mark is None or before.text.rstrip()[-1:] not in ".!?:;" or nxt.page != ln.page:
            continue
        m2 = item_marker(nxt.text)
        if nxt.x0 > ln.x0 + 0.3 * (ln.size or doc.body) and ln.x0 > before.x0 - 1.5 \
                or m2 is not None and follows(mark, m2) and _markers_aligned(doc, ln, nxt):
            return j
    return None


def _marker_run(lines: list[PLine]) -> bool:
    """Every line of ``lines`` opens with a marker at one left edge, each
    the next after the one above ("a.", "b.", "c.") or all the same bullet
    or dash: a list of one-line items read as one paragraph."""
    marks = [item_marker(o.text) for o in lines]
    if any(m is None for m in marks) or any(abs(o.x0 - lines[0].x0) > 1.5 for o in lines):
        return False
    if marks[0][-1:] not in ".)":
        return len(set(marks)) == 1
    return all(follows(a, b) for a, b in zip(marks, marks[1:]))


def _hanging_list(items: list[B], tol: float) -> bool:
    """Some item of ``items`` opens with a marker and has a run-on line
    set in under its text (a list set with a hanging indent)."""
    return any(len(it.lines) > 1 and item_marker(it.lines[0].text) is not None
               and it.lines[1].x0 > it.lines[0].x0 + tol for it in items)


def merge_references(doc: Doc, blocks: list[B]) -> list[B]:
    """Join the reference list's lines into one block per entry: a new
    entry at a hanging indent's outdent, a numbering ("[12]", "12."), or a
    gap; otherwise the line continues the entry above."""
    refs = [b for b in blocks if b.role == "reference"]
    if not refs:
        return blocks
    lines = [b.lines[0] for b in refs]
    # per (page, col): left edge of the reference lines
    lefts: dict = defaultdict(list)
    for ln in lines:
        lefts[(ln.page, ln.col)].append(ln.x0)
    base_left = {k: min(v) for k, v in lefts.items()}
    hang = sum(1 for ln in lines if ln.x0 - base_left[(ln.page, ln.col)] >= 0.8 * ln.size)
    hanging = hang >= 0.2 * len(lines)
    numbered = sum(1 for ln in lines if re.match(r"^\[\d+\]|^\d{1,3}\.\s", ln.text)) >= 0.2 * len(lines)
    gaps = []
    for a, b in zip(lines, lines[1:]):
        if a.page == b.page and a.col == b.col:
            gaps.append(b.base - a.base)
    pitch = statistics.median(gaps) if gaps else doc.pitch
    # per (page, col): right edge of the reference lines (or of the text)
    rights: dict = defaultdict(float)
    for ln in lines:
        rights[(ln.page, ln.col)] = max(rights[(ln.page, ln.col)], ln.x1,
                                        doc.edges.get((ln.page - 1, ln.col), (0.0, 0.0))[1])
    out: list[B] = []
    cur: B | None = None
    prev: PLine | None = None
    for b in blocks:
        if b.role != "reference":
            if b.role not in ("furniture", "note") and cur is not None:
                cur = None
            out.append(b)
            continue
        ln = b.lines[0]
        new = cur is None
        if not new:
            outdent = ln.x0 - base_left[(ln.page, ln.col)] < 0.5 * ln.size
            if numbered:
                new = bool(re.match(r"^\[\d+\]|^\d{1,3}\.\s", ln.text))
            elif hanging:
                new = outdent
            else:
                same = prev is not None and prev.page == ln.page and prev.col == ln.col
                new = (same and ln.base - prev.base > pitch * 1.3) or \
                      (prev is not None and prev.text.rstrip().endswith(".") and _author_start(ln.text)
                       and (not same or prev.x1 < rights[(prev.page, prev.col)] - 3 * ln.size
                            # "Surname, X. (2004)" or "Surname, X. 2004.": an entry's head,
                            # whatever the line above
                            or re.search(r"\((?:1[89]|20)\d\d[a-z]?\)|\b(?:1[89]|20)\d\d[a-z]?\.(?:\s|$)",
                                         ln.text[:60]) is not None))
        if new:
            cur = B("reference", [ln], "a reference-list entry (" + (
                "numbered" if numbered else "hanging indent" if hanging else "gap or author at line start") + ")")
            out.append(cur)
        else:
            cur.lines.append(ln)
        prev = ln
    return out


def _author_start(text: str) -> bool:
    """A line that starts like a reference entry: "Surname, X." or
    "Surname X," or "SURNAME".

    >>> _author_start("Weber, Max (1922): Wirtschaft"), _author_start("and society. New York")
    (True, False)
    """
    return bool(re.match(r"^[A-ZÄÖÜ][\w'’\-]+(?: [A-Z][\w'’\-]+)?,\s+[A-ZÄÖÜ]|^[A-ZÄÖÜ]{2,}[,\s]|^[A-Z][\w\-]+ [A-Z]\.", text))


# ----------------------------------------------------------------------
# front matter

def _common(word: str) -> float:
    """How common a word is in English or German (wordfreq's Zipf scale)."""
    from wordfreq import zipf_frequency  # lazy: wordfreq 78 ms, only when a word list is consulted
    w = word.lower().strip(".,;:")
    return max(zipf_frequency(w, "en"), zipf_frequency(w, "de"))


#: short words that are no part of a personal name (name particles such
#: as "de", "van", "von", "der" are)
_NOT_IN_NAMES = {"in", "of", "the", "for", "on", "at", "to", "with", "from", "an", "im", "am", "zur", "zum",
                 "für", "über", "mit", "vom", "into", "or", "oder"}


def _name_like(text: str, common: float = 5.2) -> bool:
    """A line of author names: capitalised words and initials in groups of
    two to five, separated by commas, "and", "&" or dots, each ending in a
    surname that is not a common word.

    >>> _name_like("Melanie Roski, Ingrid Schacherl"), _name_like("Die Hochschulreform und ihre Auswirkungen")
    (True, False)
    >>> _name_like("Bertrand Urien"), _name_like("Selfless Time"), _name_like("SAWITRI SAHARSO")
    (True, False, True)
    >>> _name_like("Official Figures and Their Uses"), _name_like("SAM RUIZ AND PAVEL NOVAK")
    (False, True)
    """
    t = re.sub(r"[\d*∗†‡§¶]+", " ", text).strip()
    if not t or t[-1] in ":?!" or len(t) > 160 or re.search(r"\w\w\.$", t):
        return False
    groups = [g.split() for g in re.split(r",|;|\b(?:and|und|AND|UND)\b|&|·|•|Æ|\u2022", t) if g.strip()]
    if not groups:
        return False
    for g in groups:
        if not 2 <= len(g) <= 5 or not all(NAME_WORD.match(w) and len(w) <= 16 for w in g):
            return False
        if not g[-1][:1].isupper() or _common(g[-1]) >= common:
            return False
        # a very common word ("Their", "The") is no part of a name, nor is a
        # short function word in capitals ("OPENING HOURS IN REGIONAL LIBRARIES")
        if any(len(w) > 2 and not w.endswith(".") and _common(w) >= 5.6 for w in g) or \
                any(w.lower() in _NOT_IN_NAMES for w in g):
            return False
    return not AFFIL_WORDS.search(text)


def front_matter(doc: Doc, i: int) -> dict:
    """Title, subtitle, authors and affiliations on the first article page
    ``i``: the title is the largest text in the page's upper part (not
    furniture); subtitle, author and affiliation lines follow it.  Lines
    above the title are the journal's masthead (furniture).  Returns the
    meta it found (``title``, ``subtitle``, ``authors``)."""
    meta: dict = {}
    lines = [ln for ln in doc.pages[i] if not ln.role]
    h = doc.heights[i]
    cands = [ln for ln in lines if ln.top < 0.65 * h and looks_textual(ln.text)
             and not INSTITUTION.search(ln.text) and not SERIES.search(ln.text)]
    if not cands:
        return meta
    top_size = max(ln.size for ln in cands)
    # the title: the biggest cluster (by characters) of lines in the largest
    # size that are not names; lines closer than a line's height belong together
    sizes = sorted({round(ln.size * 2) / 2 for ln in cands}, reverse=True)
    title: list[PLine] = []
    for size in sizes:
        if size < doc.body + 1.5:
            break
        big = sorted((ln for ln in cands if abs(ln.size - size) <= 0.5), key=lambda ln: ln.top)
        clusters: list[list[PLine]] = []
        for ln in big:
            if clusters and ln.top - clusters[-1][-1].bottom < 0.9 * size:
                clusters[-1].append(ln)
            else:
                clusters.append([ln])
        kept = []
        for c in clusters:
            style = Counter((ln.bold, ln.italic) for ln in c).most_common(1)[0][0]
            names = [_name_like(ln.body_text) for ln in c]
            if all(names) and not _names_below(c, cands, doc) or _journal_name(c, lines, doc):
                continue
            c = [ln for ln, nm in zip(c, names) if not (nm and (ln.bold, ln.italic) != style)]
            if c:
                kept.append(c)
        if not kept:
            continue
        best = max(kept, key=lambda c: sum(len(ln.text) for ln in c))
        if sum(len(ln.text) for ln in best) >= 8:
            title = best
            top_size = size
            break
    if not title:
        # a title in body size: the first cluster of capitals or bold in the
        # page's upper part
        for ln in sorted(cands, key=lambda ln: ln.top):
            if ln.top > 0.4 * h:
                break
            t = ln.body_text.strip()
            if (t.isupper() or ln.bold) and len(t) >= 8 and not _name_like(t):
                title = [ln]
                for ln2 in sorted(cands, key=lambda x: x.top):
                    if ln2.top > title[-1].top and ln2.top - title[-1].bottom < 0.9 * ln.size and \
                            ln2.size == ln.size and (ln2.body_text.isupper() == t.isupper()) and ln2.bold == ln.bold:
                        title.append(ln2)
                top_size = ln.size
                break
    if not title:
        return meta
    order = lines
    k = max(order.index(ln) for ln in title) + 1
    # (not a running head giving the title's first words: "Gedruckte
    # Kataloge" over "Gedruckte Kataloge und die Suche im Netz")
    title_words = " ".join(re.findall(r"\w+", " ".join(ln.body_text for ln in title).lower()))
    for ln in doc.pages[i]:
        if ln.top < title[0].top and ln.role in ("", "furniture") and _name_like(ln.body_text, 4.3) \
                and not _journal_name([ln], lines, doc) \
                and title[0].top - ln.bottom < 3 * top_size and not ln.body_text.isupper() \
                and not (ln.role == "furniture" and title_words.startswith(
                    " ".join(re.findall(r"\w+", ln.body_text.lower())) + " ")):
            ln.role, ln.why = "author", "names just above the title"
            authors_above = split_authors(ln.body_text)
            meta.setdefault("authors", []).extend(authors_above)
    # a previous article's end on the title's page (its notes, its
    # reference list) is no masthead: from such a heading on, lines are read
    tail = next((ln.top for ln in order if ln.top < title[0].top and ln.role == "" and ln not in title
                 and (HEADING_WORDS_NOTES.match(ln.body_text.strip())
                      or HEADING_WORDS_REFS.match(ln.body_text.strip()))), None)
    for ln in order:
        if ln.top < title[0].top and ln.role == "" and ln.top < 0.3 * h and ln not in title \
                and (ln.size < doc.body - 0.2 or ln.top < 0.12 * h) and (tail is None or ln.top < tail):
            ln.role, ln.why = "furniture", "above the title (masthead)"
    for ln in title:
        ln.role, ln.why = "title", "the largest text on the first article page"
    meta["title"] = " ".join(ln.body_text.strip() for ln in title)
    authors: list[str] = []
    subtitle: list[PLine] = []
    seen_author = False
    first_author: PLine | None = None
    last = closed = None
    for ln in order[k:k + 12]:
        t = ln.text.strip()
        if ln.role:
            if ln.role in ("title", "subtitle", "author", "affiliation"):
                last = ln
            continue
        if seen_author and last is not None and ADDRESS.search(t) and len(t) < 160 and ln.top > last.top:
            ln.role, ln.why = "affiliation", "an address with an e-mail below the authors"
            last = ln
            continue
        if ABSTRACT_WORDS.match(t) or KEYWORD_WORDS.match(t) or (is_body_size(ln, doc.body) and len(t) > 90):
            break
        if subtitle and ln.top - subtitle[-1].bottom < 0.6 * ln.size and abs(ln.size - subtitle[-1].size) < 0.3 \
                and ln.bold == subtitle[-1].bold and ln.italic == subtitle[-1].italic:
            ln.role, ln.why = "subtitle", "continues the subtitle"
            subtitle.append(ln)
            continue
        if not seen_author and _first_heading(ln, last or title[-1], order, doc, styled=False):
            break   # the body's first heading below the title (the authors stand above it)
        if not seen_author and ln.size > doc.body + 0.4 and not _name_like(ln.body_text) and not subtitle:
            ln.role, ln.why = "subtitle", "below the title, larger than the body"
            subtitle.append(ln)
            continue
        if seen_author and last is not None and _first_heading(ln, last, order, doc):
            break   # the body's first heading ("I. Introduction", a heading in small capitals)
        # a name-like line under an affiliation in another style than the
        # authors' ("United Kingdom" under "University of Leeds") is the address's
        later_style = seen_author and first_author is not None and last is not None and last.role == "affiliation" \
            and (abs(ln.size - first_author.size) > 0.4 or (ln.bold, ln.italic) != (first_author.bold, first_author.italic))
        if seen_author and last is not None and last.role == "author" and ETAL_LINE.fullmatch(ln.body_text) \
                and abs(ln.size - last.size) < 0.3 and 0 <= ln.top - last.bottom < 1.5 * doc.pitch:
            ln.role, ln.why = "author", ETAL_WHY
            last = closed = ln      # (the list of names ends there: no name below is an author's)
            continue
        if _name_like(ln.body_text) and not (seen_author and AFFIL_WORDS.search(t)) and not later_style \
                and closed is None:
            # (names set side by side on one baseline, far apart: LaTeX's
            # \and; the page's gutter may part them into two columns)
            row = [ln] + [o for o in doc.pages[i] if o is not ln and not o.role and abs(o.base - ln.base) <= 0.5
                          and abs(o.size - ln.size) < 0.3 and (o.bold, o.italic) == (ln.bold, ln.italic)
                          and _name_like(o.body_text)]
            for o in sorted(row, key=lambda o: o.x0):
                o.role, o.why = "author", "names below the title"
                authors.extend(split_authors(o.body_text))
            first_author = first_author or ln
            last = ln
            seen_author = True
            continue
        if seen_author and last is not None and ln.top - last.bottom > 1.5 * doc.pitch and \
                is_body_size(ln, doc.body) and not ln.italic and _starts_body(ln, doc, order):
            break   # the body's first paragraph after space below the front matter
        if seen_author and last is not None and ln.top - last.bottom > 1.2 * ln.size and not AFFIL_WORDS.match(t) \
                and (len(t) > 80 or is_body_size(ln, doc.body) and _starts_body(ln, doc, order)):
            break   # a long line after space below the authors: prose (an abstract, the body), not an address
        if seen_author and last is not None and ln.bottom < last.top and not AFFIL_WORDS.search(t):
            break   # above the front matter's last line: a column beside it (the body), not an address
        if seen_author and (AFFIL_WORDS.search(t) or len(t) < 80) and not heading_style(ln, doc) or \
                (seen_author and AFFIL_WORDS.search(t)):
            ln.role, ln.why = "affiliation", "below the authors"
            last = ln
            continue
        if seen_author:
            break
    if subtitle:
        meta["subtitle"] = " ".join(ln.text.strip() for ln in subtitle)
    if authors:
        meta.setdefault("authors", []).extend(authors)
    return meta


def _first_heading(ln: PLine, last: PLine, order: list[PLine], doc: Doc, styled: bool = True) -> bool:
    """A short line set off by space below the front matter's last line
    ``last``: the body's first heading when it is set as a heading in
    another style than ``last`` (bold, larger; unless not ``styled``: a
    subtitle is too), or when the body's text follows it closer than it
    stands below ``last``."""
    gap = ln.top - last.bottom
    if gap <= 1.2 * ln.size or len(words(ln.text)) > 8 or ln.text.rstrip().endswith((".", ",")):
        return False
    if styled and heading_style(ln, doc) and (ln.bold != last.bold or abs(ln.size - last.size) > 0.5):
        return True
    k = order.index(ln)
    nxt = next((o for o in order[k + 1:] if o.page == ln.page and o.top > ln.bottom), None)
    return nxt is not None and nxt.top - ln.bottom < 0.5 * gap and _starts_body(nxt, doc, order)


#: a masthead's imprint line: volume, DOI, ISSN, copyright, web address
IMPRINT_LINE = re.compile(r"\bvol(?:ume)?\.?\s*\d|\bdoi\b|\bissn\b|©|https?://|\bwww\.|\bjg\.\s*\d|\bheft\b", re.I)


def _journal_name(cluster: list[PLine], cands: list[PLine], doc: Doc) -> bool:
    """A journal's name in large type at the head of the first page: an
    imprint line in small type (volume, DOI, ISSN, ©) close below it, and
    more large type (the title) further down."""
    last = cluster[-1]
    near = [ln for ln in cands if -0.5 * last.size <= ln.top - last.bottom < 3 * last.size and ln.size < doc.body]
    if not any(IMPRINT_LINE.search(ln.text) for ln in near):
        return False
    return any(ln.top > last.bottom + 3 * last.size and ln.size >= doc.body + 1.5 for ln in cands)


def _names_below(cluster: list[PLine], cands: list[PLine], doc: Doc) -> bool:
    """A short title in large type that reads like a name ("Mobile
    Libraries") is still the title when a line of names in smaller type
    follows it closely (the authors): names are not set half again the
    body's size above their own names."""
    last = cluster[-1]
    if last.size < 1.5 * doc.body:
        return False
    near = [ln for ln in cands if ln.top > last.bottom and ln.top - last.bottom < 4 * last.size
            and ln.size < last.size - 2]
    return any(_name_like(ln.body_text) for ln in near[:3])


def _starts_body(ln: PLine, doc: Doc, order: list[PLine]) -> bool:
    """A line in the body's face that fills most of the width of the
    widest line of its page (of its column: not a note set across the
    page under two columns), with the next line at the body's pitch."""
    fam = family(ln.font)
    if doc.body_family and fam and not (fam.startswith(doc.body_family) or doc.body_family.startswith(fam)):
        return False
    page = [o for o in order if o.page == ln.page]
    widest = max((o.width for o in page if o.col == ln.col), default=ln.width)
    nxt = next((o for o in page if o.base > ln.base + 1), None)
    return ln.width >= 0.7 * widest and nxt is not None and nxt.base - ln.base < 1.3 * doc.pitch


def split_authors(text: str) -> list[str]:
    """Names from a line of authors.

    >>> split_authors("Melanie Roski, Ingrid Schacherl")
    ['Melanie Roski', 'Ingrid Schacherl']
    >>> split_authors("Mareike Alscher and Eckhard Priller*")
    ['Mareike Alscher', 'Eckhard Priller']
    """
    t = re.sub(r"[\d*∗†‡§¶]+", "", text)
    parts = re.split(r",|;|\b(?:and|und|AND|UND)\b|&|·|•|Æ", t)
    return [re.sub(r"\s+", " ", p).strip() for p in parts if len(p.strip().split()) >= 2]
