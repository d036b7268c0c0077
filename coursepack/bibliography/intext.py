"""In-text citations found in the body and linked to bibliography entries.

Author-date citations, parenthetical and narrative — "(Smith 2019, 45)",
"Smith (2019a)", "(Smith and Jones 2001; Lee et al. 2003)", "(Müller/Schmidt
1998: 12)", "(vgl. Weber 1922, 2005)" — and numbered ones — "[12]",
"[3, 5–7]" — are found in each body paragraph's text, matched to the
entries (first author's surname, the other authors' when given, and the
year with its suffix), and wrapped in ``Cite`` nodes whose anchors the
entries record (``BibEntry.cited_in``) for back-references.  What matches
no entry, and the entries no citation reaches, are returned for ``check``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from rapidfuzz import fuzz

from .. import model
from .styles import year_suffixes
from .wrap import _unwrap, wrap_cites

_UP = r"A-ZÀ-ÖØ-ÞĀ-ſ"
# name particles: lower case inside a name ("Berg, van der"), capitalised
# at its start ("Van der Berg (2001)", "De Vries 2001", "Van Dijk")
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|le|la|dos|del|della|ten|ter|zu)"
_CAP_PARTICLE = r"(?:Van|Von|De|Da|Di|Du|Le|La|Del|Della|Dos|Ten|Ter)"
_SURNAME = (rf"(?:{_CAP_PARTICLE}\s+(?={_PARTICLE}\s|[{_UP}]))?(?:{_PARTICLE}\s+)*"
            rf"(?:[{_UP}][\w'’\-]*[\w]|[{_UP}]{{2,}})")
# between names: "," "/" "&" "and" … and the serial comma's ", and"
_NAME_SEP = r"(?:\s*,\s*(?:and|&|und|et|y|e)\s+|\s*(?:,|/|&|and|und|et|y|e)\s*)"
_ETAL = r"et\.?\s*al\.?|u\.\s?a\.|and\s+others|and\s+(?:colleagues|co-?workers)|et\s+coll\."
_NAMES = (rf"{_SURNAME}(?:{_NAME_SEP}{_SURNAME})*"
          rf"(?:,?\s+(?:{_ETAL}))?")
_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.|o\.\s?J\.|i\.\s?E\.|im\s+Druck|in\s+press|forthcoming"
_Y4 = r"(?:1[5-9]\d\d|20\d\d)"
# a year with the first edition's beside it: "[1922] 1978", "1984 [1893]", "1963/1940"
_YEAR_ED = rf"(?:\[{_Y4}\]\s*)?(?:{_YEAR})(?:\s*\[{_Y4}\]|/{_Y4}[a-z]?)?"
_PAGES = r"(?:[,:]\s*(?:S\.|p\.|pp\.|f\.|ff\.)?\s*(?:\d+|[IVXivx]+(?!\w))(?:\s*[-–]\s*\d+|\s*ff?\.)?(?:\s*,\s*\d+(?:\s*[-–]\s*\d+)?)*)"
_PREFIX = r"(?:(?:see|see\s+also|cf\.|e\.\s?g\.|vgl\.|vgl\.\s+auch|siehe|etwa|z\.\s?B\.|i\.\s?e\.|so|also|auch)\s+)"

# one item of a parenthetical citation: names, years, pages
_ITEM = re.compile(
    rf"(?P<pre>{_PREFIX})?(?P<names>{_NAMES})(?:['’]s)?(?:,\s*(?:[{_UP}]\.\s*){{1,3}})?,?\s+"
    rf"(?P<years>(?:{_YEAR_ED})(?:\s*,\s*(?:{_YEAR_ED})|\s*[a-z]\b|\s*,\s*[a-z]\b(?=\s*[,;)\]]|\s*$))*)"
    rf"(?P<pages>{_PAGES})?", re.I if False else 0)
# a parenthesis, or a square bracket of names and years ("[Womack et al.,
# 1990]", as some French and German series print them)
_PAREN = re.compile(r"\(([^()]{4,400}?)\)|\[([^\[\]()]{4,400}?)\]")
_NARRATIVE = re.compile(
    rf"(?P<names>{_NAMES})(?:['’]s)?,?\s+[(\[](?P<years>(?:{_YEAR_ED})(?:\s*,\s*(?:{_YEAR_ED})|\s*,\s*[a-z]\b)*)"
    rf"(?P<pages>{_PAGES})?[)\]](?!\s*{_Y4})")
# "[12]", "[3, 5–7]", "[e.g. 4, 5, 13]", "[see 3; 8]", "[3, p. 31]"
_NUM_PREFIX = r"(?:e\.\s?g\.|see(?:\s+also)?|cf\.|vgl\.(?:\s+auch)?|z\.\s?B\.|siehe)"
_NUM_LIST = r"\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*[,;]\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*"
_NUMERIC = re.compile(
    rf"\[(?:{_NUM_PREFIX},?\s*)?({_NUM_LIST})"
    rf"(?:\s*[,:]\s*(?:pp?\.|S\.|ch\.|chap\.|Kap\.)\s*\d+(?:\s*[-–]\s*\d+)?\s*(?:ff?\.)?)?\]")


@dataclass
class Item:
    """One cited work: ``surnames`` (first author first; ``etal`` when more
    follow) and ``year``, or ``number`` for a numbered citation; ``start``
    and ``end`` are its span in the text."""

    start: int
    end: int
    text: str
    surnames: list[str] = field(default_factory=list)
    year: str = ""
    etal: bool = False
    number: int | None = None
    pages: str = ""
    also: tuple[str, ...] = ()     # the other edition's year: "[1922] 1978", "1984 [1893]"


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", s.lower().replace("ß", "ss"))


def _split_names(names: str) -> tuple[list[str], bool]:
    """The surnames of a citation's names and whether more follow.

    >>> _split_names("Smith, Jones, and Lee")
    (['Smith', 'Jones', 'Lee'], False)
    >>> _split_names("Van der Berg and colleagues")
    (['Van der Berg'], True)
    >>> _split_names("Lee et al.,")
    (['Lee'], True)
    """
    etal = bool(re.search(rf"{_ETAL}", names))
    names = re.sub(rf",?\s+({_ETAL}),?$", "", names.strip())
    parts = re.split(r"\s*(?:,|/|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", names)
    return [re.sub(r"['’]s$", "", p.strip()) for p in parts if p.strip()], etal


def find_citations(text: str) -> list[Item]:
    """The cited works in ``text``, in order.

    >>> [(i.surnames, i.year, i.etal) for i in find_citations(
    ...     "as shown (Smith and Jones 2001; Lee et al. 2003a, 45) and Brown (1999)")]
    [(['Smith', 'Jones'], '2001', False), (['Lee'], '2003a', True), (['Brown'], '1999', False)]
    >>> [(i.surnames, i.year, i.pages) for i in find_citations("(vgl. Müller/Schmidt 1998: 12; 2001)")]
    [(['Müller', 'Schmidt'], '1998', ': 12'), (['Müller', 'Schmidt'], '2001', '')]
    >>> [(i.surnames, i.year) for i in find_citations("Smith and Jones (2010a, b) argue")]
    [(['Smith', 'Jones'], '2010a'), (['Smith', 'Jones'], '2010b')]
    >>> [i.number for i in find_citations("as in [3, 5–7] and [12]")]
    [3, 5, 6, 7, 12]
    >>> [(i.surnames, i.year) for i in find_citations("teamwork [Womack et al., 1990; Thelen, 1991] as Gerst et al. [1995] call it")]
    [(['Womack'], '1990'), (['Thelen'], '1991'), (['Gerst'], '1995')]
    >>> [(i.surnames, i.year) for i in find_citations("(Smith, J. 2001; Smith, A. B. 2001)")]
    [(['Smith'], '2001'), (['Smith'], '2001')]
    >>> [(i.surnames, i.year, i.etal) for i in find_citations(
    ...     "Smith, Jones, and Lee (2001) and Van der Berg and colleagues (1999) differ (Kim 2001, Park 2003)")]
    [(['Smith', 'Jones', 'Lee'], '2001', False), (['Van der Berg'], '1999', True), (['Kim'], '2001', False), (['Park'], '2003', False)]
    """
    items: list[Item] = []
    taken: list[tuple[int, int]] = []
    for m in _NARRATIVE.finditer(text):
        names, etal = _split_names(m.group("names"))
        names = _trim_names(names)
        if not names:
            continue
        years = [(y, also) for y, _, _, also in _years(m.group("years"))]
        for k, (y, also) in enumerate(years):
            items.append(Item(m.start("names") if k == 0 else m.start("years"),
                              m.end(), m.group(0), names, y, etal,
                              pages=m.group("pages") or "", also=also))
        taken.append((m.start(), m.end()))
    for m in _PAREN.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        g = 1 if m.group(1) is not None else 2
        inner, off = m.group(g), m.start(g)
        last_names: list[str] = []
        last_etal = False
        for part in _parts(inner):
            ps, pe = part
            chunk = inner[ps:pe]
            # several works in one part: "(Smith 2001, Jones 2003)"
            ims = list(_ITEM.finditer(chunk))
            for im in ims:
                names, etal = _split_names(im.group("names"))
                names = _trim_names(names)
                if not names:
                    continue
                years = _years(im.group("years"))
                for k, (y, ya, yb, also) in enumerate(years):
                    a = off + ps + (im.start("names") if k == 0 else im.start("years") + ya)
                    b = off + ps + (im.end() if k == len(years) - 1 else im.start("years") + yb)
                    items.append(Item(a, b, text[a:b], names, y, etal,
                                      pages=im.group("pages") or "" if k == len(years) - 1 else "",
                                      also=also))
                last_names, last_etal = names, etal
            if not ims and last_names:
                ym = re.match(rf"\s*((?:{_YEAR_ED}))({_PAGES})?\s*$", chunk)
                if ym:
                    a, b = off + ps + ym.start(1), off + ps + ym.end()
                    y, also = _year_parts(ym.group(1))
                    items.append(Item(a, b, text[a:b], last_names, y,
                                      last_etal, pages=ym.group(2) or "", also=also))
    for m in _NUMERIC.finditer(text):
        items.extend(_numbers(m))
    items.sort(key=lambda i: (i.start, i.end))
    return items


def _numbers(m: re.Match) -> list[Item]:
    """The works of one bracket of numbers, each number its own span (the
    numbers inside a range "3–6" share the range's span).

    >>> [(i.number, i.start, i.end) for i in _numbers(_NUMERIC.search("x [e.g. 4, 13]"))]
    [(4, 8, 9), (13, 11, 13)]
    >>> [(i.number, i.start, i.end) for i in _numbers(_NUMERIC.search("[3–5, p. 31]"))]
    [(3, 1, 2), (4, 1, 4), (5, 3, 4)]
    """
    out = []
    base = m.start(1)
    for r in re.finditer(r"(\d+)(?:\s*[-–]\s*(\d+))?", m.group(1)):
        a = int(r.group(1))
        b = int(r.group(2)) if r.group(2) else a
        if not 0 <= b - a < 50:
            b = a
        for n in range(a, b + 1):
            g = 1 if n == a else 2 if n == b else 0
            out.append(Item(base + r.start(g), base + r.end(g), m.group(0), number=n))
    return out


_MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December", "Januar", "Februar", "März",
                "Mai", "Juni", "Juli", "Oktober", "Dezember", "Spring", "Summer", "Autumn",
                "Winter", "Fall", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                "Sept", "Oct", "Nov", "Dec"}


def _trim_names(names: list[str]) -> list[str]:
    """Drop leading words that are no names (a sentence's capitalised
    first word is kept only when it is the only name)."""
    stop = {"The", "In", "See", "Cf", "For", "And", "Also", "As", "But", "This", "These", "That",
            "Vgl", "Siehe", "Auch", "Die", "Der", "Das", "Im", "Bei", "Nach", "Table", "Figure",
            "Tabelle", "Abbildung", "Fig", "Tab", "Chapter", "Section", "Kapitel", "Abb",
            "Yet", "Finally", "Moreover", "However", "Thus", "Hence", "Indeed", "Similarly",
            "Furthermore", "Therefore", "Nevertheless", "First", "Second", "Here", "Both",
            "While", "Although", "Since", "When", "Like", "Unlike", "Following", "According",
            "Recently", "Earlier", "Later", "Already", "Even", "Only", "Eine", "Ein", "Wie",
            "Schon", "Bereits", "Zudem", "Laut", "Gemäß"}
    if len(names) == 1 and names[0] in _MONTH_NAMES:
        return []
    return [n for n in names if n not in stop and not n.isdigit()]


def _norm_year(y: str) -> str:
    y = y.strip()
    return "n.d." if re.match(r"n\.\s?d\.|o\.\s?J\.", y) else y


def _year_parts(y: str) -> tuple[str, tuple[str, ...]]:
    """The year a citation gives and the other edition's beside it.

    >>> _year_parts("[1922] 1978"), _year_parts("1984 [1893]"), _year_parts("1963/1940")
    (('1978', ('1922',)), ('1984', ('1893',)), ('1963', ('1940',)))
    """
    also = tuple(re.findall(rf"\[({_Y4})\]|/({_Y4}[a-z]?)", y))
    also = tuple(a or b for a, b in also)
    main = re.sub(rf"\[{_Y4}\]|/{_Y4}[a-z]?", "", y).strip()
    return _norm_year(main), also


def _years(s: str) -> list[tuple[str, int, int, tuple[str, ...]]]:
    """Years of "2001, 2003a" or "2003a, b" with their spans in ``s`` (and
    the other edition's year of "[1922] 1978")."""
    out = []
    base = ""
    for m in re.finditer(rf"{_YEAR_ED}|(?<=,\s)[a-z]\b|(?<=,)[a-z]\b", s):
        y, also = _year_parts(m.group(0))
        if len(y) == 1 and base:
            y = base[:4] + y
        base = y
        out.append((y, m.start(), m.end(), also))
    return out


def _parts(inner: str) -> list[tuple[int, int]]:
    """Spans of the ';'-separated parts of a parenthesis."""
    out, a = [], 0
    for m in re.finditer(r";", inner):
        out.append((a, m.start()))
        a = m.end()
    out.append((a, len(inner)))
    return out


# ---------------------------------------------------------------- matching


@dataclass
class IntextResult:
    found: int = 0
    linked: int = 0
    numbered: int = 0      # of them cited by number ("[12]")
    dropped: list[str] = field(default_factory=list)       # candidates that are no citations
    unmatched: list[dict] = field(default_factory=list)   # {"text", "block"}
    uncited: list[str] = field(default_factory=list)       # entry keys


def _entry_index(entries: list[model.BibEntry]):
    suffixes = year_suffixes(entries)     # "Lee 2003a" as the list prints it
    idx = []
    for e in entries:
        people = e.persons.get("author") or e.persons.get("editor") or []
        surs = [_fold(p.split(",")[0]) for p in people if p != "others"]
        if not surs:
            org = e.fields.get("organization") or e.fields.get("institution") or ""
            if org:
                surs = [_fold(org.split()[0])]
        year = (e.fields.get("year") or "").strip() + suffixes.get(e.key, "")
        idx.append((e, surs, year, original_years(e)))
    return idx


_ORIG_NOTE = re.compile(
    r"(?i)(?:orig(?:inal)?\.?(?:-?ausg(?:abe)?\.?)?|original(?:ly)?(?:\s+work)?\s+published|first\s+published"
    r"|zuerst(?:\s+erschienen)?|erstmals(?:\s+erschienen)?|erstausgabe|erstveröffentlichung|originalausgabe)"
    rf"\s*:?\s*(?:in\s+)?({_Y4})")


def original_years(e: model.BibEntry) -> tuple[str, ...]:
    """The years of an entry's original edition beside the year of the
    edition it lists: its ``origdate`` (the parser's reading of "(orig.
    1927)", "1986 [1927]") and a statement in its note ("Original work
    published 1927", "Erstausgabe 1927").

    >>> original_years(model.BibEntry("h", "book", {"year": "1986", "origdate": "1927"}, {}))
    ('1927',)
    >>> original_years(model.BibEntry("d", "book", {"year": "1982", "note": "Original work published 1895"}, {}))
    ('1895',)
    >>> original_years(model.BibEntry("l", "book", {"year": "2001"}, {}))
    ()
    """
    year = (e.fields.get("year") or "")[:4]
    out = []
    m = re.match(rf"\s*({_Y4})", e.fields.get("origdate") or "")
    if m:
        out.append(m.group(1))
    out += [y for y in _ORIG_NOTE.findall(e.fields.get("note") or "")]
    return tuple(dict.fromkeys(y for y in out if y != year))


def match(item: Item, entries: list[model.BibEntry], index=None) -> model.BibEntry | None:
    """The entry ``item`` cites, or None when none (or several) fit.

    >>> es = [model.BibEntry("smith2001", "book", {"year": "2001"}, {"author": ["Smith, J."]}),
    ...       model.BibEntry("smith2001b", "book", {"year": "2001b"}, {"author": ["Smith, J."]}),
    ...       model.BibEntry("lee", "book", {"year": "2003"}, {"author": ["Lee, A.", "Kim, B."]})]
    >>> match(Item(0, 0, "", ["Smith"], "2001b"), es).key, match(Item(0, 0, "", ["Lee"], "2003", True), es).key
    ('smith2001b', 'lee')
    >>> [(i.year, i.also, match(i, es).key) for i in find_citations("Lee et al. ([1990] 2003)")]
    [('2003', ('1990',), 'lee')]
    """
    if item.number is not None:
        for e in entries:
            if e.list_number == item.number:
                return e
        return None
    index = index or _entry_index(entries)
    if not item.year and item.pages:
        return _by_names_alone(item, index)
    if item.also:     # "Weber ([1922] 1978)": the list may give either edition's year
        for y in (item.year, *item.also):
            e = match(Item(item.start, item.end, item.text, item.surnames, y, item.etal),
                      entries, index)
            if e is not None:
                return e
        return None
    want = [_fold(s.split()[-1]) if not re.match(r"(van|von|de)\b", s) else _fold(s)
            for s in item.surnames]
    want_full = [_fold(s) for s in item.surnames]
    cands = []
    for e, surs, year, orig in index:
        if not surs:
            continue
        by_orig = not _year_fits(item.year, year)
        if by_orig and item.year[:4] not in orig:
            continue        # "(Heidegger 1927)" for "Heidegger (1986) … (orig. 1927)" fits
        first = surs[0]
        if not (first == want_full[0] or first == want[0] or first.endswith(want[0])
                or want_full[0].endswith(first)):
            continue
        score = 1
        if len(item.surnames) > 1 and not item.etal:
            rest = [_fold(s) for s in item.surnames[1:]]
            if all(any(r == s or s.endswith(r) for s in surs[1:]) for r in rest):
                score += 1
            else:
                score -= 0.5
        if year == item.year or by_orig and len(item.year) == 4:
            score += 1
        if item.etal and len(surs) >= 3 or not item.etal and len(surs) == len(item.surnames):
            score += 0.5
        cands.append((score, e))
    if not cands and len(item.surnames) == 1 and not item.etal:
        # a name the text gives alone that is not the first author's (the
        # first names lost at a line break): only when one entry fits
        loose = [e for e, surs, year, _ in index
                 if _year_fits(item.year, year) and any(s == want_full[0] or s.endswith(want_full[0])
                                                        and len(want_full[0]) >= 4 for s in surs[1:])]
        if len(loose) == 1:
            return loose[0]
    if not cands:
        if len(item.surnames) > 1:     # a capitalised word before the names ("Yet, Boyd …")
            return match(Item(item.start, item.end, item.text, item.surnames[1:], item.year,
                              item.etal), entries, index)
        return None
    cands.sort(key=lambda c: -c[0])
    if len(cands) > 1 and cands[0][0] == cands[1][0]:
        return resolve([e for sc, e in cands if sc == cands[0][0]])
    return cands[0][1]


def _by_names_alone(item: Item, index) -> model.BibEntry | None:
    """The entry an author-page citation ("(Lee 45)", MLA's manner: no
    year) cites: the only entry listed under these names (the first
    author's surname, the others' when given); None when the list has
    more than one work by them (MLA then adds a short title) or none."""
    want = [_fold(s) for s in item.surnames]
    fits = []
    for e, surs, _, _ in index:
        if not surs or surs[0] != want[0]:
            continue
        if len(want) > 1 and not item.etal and (
                len(surs) != len(want) or not all(w in surs[1:] for w in want[1:])):
            continue
        if item.etal and len(surs) < 2:
            continue
        fits.append(e)
    return fits[0] if len(fits) == 1 else None


# MLA's author-page citation: "(Lee 45)", "(Lee and Kim 112–14)", "(Lee et al. 45; Roe 3)"
_AUTHOR_PAGE = re.compile(rf"^\s*(?P<names>{_NAMES})\s+(?P<pages>\d{{1,4}}(?:\s*[-–]\s*\d{{1,4}})?"
                          rf"(?:\s*,\s*\d{{1,4}}(?:\s*[-–]\s*\d{{1,4}})?)*)\s*$")


def author_page(text: str, items: list[Item], entries: list[model.BibEntry], index=None) -> list[Item]:
    """Author-page citations without a year, as MLA writes them: "(Lee
    45)", "(Lee and Kim 112–14; Roe 3)".  A part of a parenthesis that is
    names and a page (no year, no other word) is linked to the only entry
    listed under those names (a part that fits no entry, or several, is
    left alone: "(Table 2)"); a page that is a year's number is no page
    here (those are author-date citations, found before).

    >>> es = [model.BibEntry("lee", "book", {"year": "2001"}, {"author": ["Lee, Kim"]}),
    ...       model.BibEntry("roe", "book", {"year": "1999"}, {"author": ["Roe, Ann", "Park, Jin"]})]
    >>> t = "as argued (Lee 45) and denied (Roe and Park 112–14; Lee 3), see (Table 2) and (Smith 12)."
    >>> [(i.text, i.surnames, match(i, es).key if match(i, es) else None) for i in author_page(t, find_citations(t), es)]
    [('Lee 45', ['Lee'], 'lee'), ('Roe and Park 112–14', ['Roe', 'Park'], 'roe'), ('Lee 3', ['Lee'], 'lee')]
    """
    out = []
    index = index or _entry_index(entries)
    for m in _PAREN.finditer(text):
        if m.group(1) is None or any(m.start() <= i.start < m.end() for i in items):
            continue
        inner, off = m.group(1), m.start(1)
        for ps, pe in _parts(inner):
            am = _AUTHOR_PAGE.match(inner[ps:pe])
            if not am or re.fullmatch(_Y4, am.group("pages").split(",")[0].strip()):
                continue
            names, etal = _split_names(am.group("names"))
            names = _trim_names(names)
            if not names:
                continue
            a, b = off + ps + am.start("names"), off + ps + am.end("pages")
            it = Item(a, b, text[a:b], names, "", etal, pages=am.group("pages"))
            if _by_names_alone(it, index) is not None:
                out.append(it)
    return out


def resolve(tied: list[model.BibEntry]) -> model.BibEntry | None:
    """The entry a citation means among entries that fit it equally well,
    or None: the only one with a title (the others are fragments a note or
    a broken line left in the list), or the first when all are one work
    listed twice (titles alike).

    >>> a = model.BibEntry("a", "book", {"year": "2000", "title": "Culture, Citizenship and Community"}, {})
    >>> b = model.BibEntry("b", "book", {"year": "2000", "title": "Culture, Citizenship and Community: A Study"}, {})
    >>> c = model.BibEntry("c", "book", {"year": "2000"}, {})
    >>> resolve([a, b]).key, resolve([c, b]).key
    ('a', 'b')
    >>> resolve([a, model.BibEntry("d", "book", {"year": "2000", "title": "Other things"}, {})]) is None
    True
    """
    titled = [e for e in tied if len(_fold(e.fields.get("title") or "")) >= 4]
    if len(titled) == 1:
        return titled[0]
    if len(titled) < 2:
        return None
    first = _fold(titled[0].fields["title"])
    if all(fuzz.partial_ratio(first, _fold(e.fields["title"])) >= 90 for e in titled[1:]):
        return titled[0]
    return None


def _year_fits(cited: str, listed: str) -> bool:
    if cited == listed:
        return True
    if not cited or not listed:
        return False
    # "2001" cited, "2001a" listed is ambiguous but may fit; a suffix cited must match
    return listed[:4] == cited[:4] and (len(cited) == 4 or len(listed) == 4)


_BARE_YEAR = re.compile(rf"\((?P<years>{_YEAR})(?P<pages>{_PAGES})?\)")


def far_narrative(text: str, items: list[Item], entries: list[model.BibEntry], index=None
                  ) -> list[Item]:
    """Narrative citations whose name stands some words before the year:
    "as Seyla Benhabib so aptly phrases it (2002: 125)".  A bracket that
    holds only a year (and pages) is linked to the entry of that year whose
    first author is a capitalised word of the eight words before it in the
    same sentence (the nearest that fits); the bracket alone is the link.

    >>> es = [model.BibEntry("ben", "book", {"year": "2002"}, {"author": ["Benhabib, Seyla"]})]
    >>> t = "This is, as Seyla Benhabib so aptly phrases it (2002: 125), the point. In Europe (2002) it was not."
    >>> [(i.text, i.surnames) for i in far_narrative(t, find_citations(t), es)]
    [('(2002: 125)', ['Benhabib'])]
    """
    out = []
    index = index or _entry_index(entries)
    for m in _BARE_YEAR.finditer(text):
        if any(i.start <= m.start() < i.end or m.start() <= i.start < m.end() for i in items):
            continue
        before = re.split(r"[.!?;:()]\s", text[:m.start()])[-1]
        words = re.findall(r"[\w'’\-]+", before)[-8:]
        year = _norm_year(m.group("years"))
        for w in reversed(words):
            if not re.match(rf"[{_UP}][a-zß-ÿ]", w):
                continue
            it = Item(m.start(), m.end(), m.group(0), [w], year, pages=m.group("pages") or "")
            if match(it, entries, index) is not None:
                out.append(it)
                break
    return out


def link_intext(sections: list[model.Section], entries: list[model.BibEntry],
                numbered: bool = True) -> IntextResult:
    """Wrap the in-text citations of the body in ``Cite`` nodes (each with
    an anchor ``cite-<block>-<n>``), record the anchors in the cited
    entries' ``cited_in``, and return what could not be linked.  Without
    ``numbered`` (the reference list is not numbered) a bracketed number
    is no citation; a candidate that matches nothing and reads as a date
    or a name of a thing (:func:`not_a_citation`) is not reported."""
    res = IntextResult()
    index = _entry_index(entries)
    listed = listed_words(entries)
    cited: set[str] = set()
    for e in entries:
        e.cited_in = []
    for sec in sections:
        for block in sec.blocks:
            nodes = _unwrap(block.inlines)
            text = model.plain_text(nodes)
            spans = []
            items = find_citations(text)
            for it in items + far_narrative(text, items, entries, index) + author_page(text, items, entries, index):
                if it.number is not None and not numbered:
                    continue
                res.found += 1
                e = match(it, entries, index)
                if e is None and not_a_citation(it, text, listed):
                    res.found -= 1
                    res.dropped.append(it.text)
                    continue
                if e is None:
                    res.unmatched.append({"text": it.text, "block": block.id,
                                          "cited": ", ".join(it.surnames) + (f" {it.year}" if it.year else "")
                                          if it.number is None else f"[{it.number}]"})
                    continue
                res.linked += 1
                if it.number is not None:
                    res.numbered += 1
                cited.add(e.key)
                if not any(s[0] == it.start and s[1] == it.end for s in spans):
                    spans.append((it.start, it.end, e.key))
            # overlapping spans (the numbers inside a range "[3–6]") keep the
            # first; the others point at the link they overlap
            spans.sort()
            clean, extra = [], []
            for s in spans:
                if clean and s[0] < clean[-1][1]:
                    extra.append(s)
                    continue
                clean.append(s)
            if not clean:
                continue
            block.inlines = wrap_cites(nodes, clean)
            _anchor_cites(block, entries, extra)
    res.uncited = [e.key for e in entries if e.key not in cited and not e.cited_by]
    return res


_SEASONS = {"Spring", "Summer", "Autumn", "Winter", "Fall", "Frühjahr", "Frühling", "Sommer",
            "Herbst", "Anfang", "Ende", "Mitte", "Printemps", "Été", "Automne", "Hiver",
            "Primavera", "Verano", "Otoño", "Invierno", "März", "Juni", "Juli", "Januar",
            "Februar", "Oktober", "Dezember", "Mai"}
# words before a noun, not before an author's name
_ARTICLES = {"der", "die", "das", "dem", "den", "des", "zum", "zur", "vom", "beim", "im", "am",
             "ein", "eine", "einem", "einer", "eines", "the", "a", "an", "this", "that", "its"}
_CITE_LEAD = re.compile(rf"^\s*(?:{_PREFIX})?$|^\s*(?:e\.\s?g\.|z\.\s?B\.|vgl\.|cf\.|see|siehe)\s*,?\s*$", re.I)


def listed_words(entries: list[model.BibEntry]) -> set[str]:
    """The folded words of the names the entries are listed under: their
    authors or editors, else what the entry prints first (an
    organisation, an abbreviation) before its title."""
    out: set[str] = set()
    for e in entries:
        people = [p for ps in e.persons.values() for p in ps]
        text = " ".join(people) if people else re.split(
            r"[.“\"(]", model.plain_text(e.formatted).lstrip("[]0123456789.\u00a0 "))[0]
        text += " " + (e.fields.get("organization") or "") + " " + (e.fields.get("institution") or "")
        out.update(_fold(w) for w in re.findall(r"\w+", text))
    return out


def not_a_citation(it: Item, text: str, listed: set[str]) -> bool:
    """Whether a candidate that matches no entry is something else with a
    year — when none of its names is a word of the reference list: a date
    ("ab Herbst 1925", "Februar 1942"), a noun after an article ("zum
    Kriegsende (1944)"), a parenthesis of prose ("(mit Mitarbeitern, Bonn,
    1959)"), or an acronym of a thing the list does not name ("NAFTA
    (1993)").

    >>> t = "Er war dort (ab Herbst 1925), zum Kriegsende (1944) und gegen NAFTA (1993)."
    >>> [not_a_citation(i, t, {"smith"}) for i in find_citations(t)]
    [True, True, True]
    >>> t = "as Smith (2001) and Kerr (1999) say (see Lee 2003)"
    >>> [not_a_citation(i, t, {"smith"}) for i in find_citations(t)]
    [False, False, False]
    """
    if it.number is not None or not it.surnames:
        return False
    last = it.surnames[-1]
    if (last in _SEASONS or last in _MONTH_NAMES) and (
            len(it.surnames) > 1 or _fold(last) not in listed):
        return True            # "Blut und Boden, Februar 1942": a date
    if any(_fold(n.split()[-1]) in listed for n in it.surnames):
        return False
    before = text[:it.start]
    head = before[max(before.rfind("("), before.rfind(";")) + 1:] if "(" in before[-200:] \
        and ")" not in before[before.rfind("("):] else None
    word = re.search(r"(\w+)\W*$", before)
    if head is None and word and word.group(1) in _ARTICLES:
        return True            # narrative "zum Kriegsende (1944)"
    if head is not None and head.strip() and re.search(r"\b[a-zäöüß]{2,}\b", head) \
            and not _CITE_LEAD.match(head):
        return True            # prose in the parenthesis before the "names"
    # a narrative "NAFTA (1993)": an acronym the list names no work by
    return head is None and bool(re.fullmatch(rf"[{_UP}]{{2,}}", it.surnames[0]))


def _anchor_cites(block, entries: list[model.BibEntry], extra: list[tuple[int, int, str]]) -> None:
    """Give each ``Cite`` of ``block`` its anchor and record it in its
    entry's ``cited_in``; a citation of ``extra`` (no link of its own)
    records the anchor of the link its span overlaps."""
    by_key = {e.key: e for e in entries}
    n = pos = 0
    placed = []
    for node in block.inlines:
        length = len(model.plain_text([node]))
        if isinstance(node, model.Cite):
            n += 1
            node.anchor = f"cite-{block.id}-{n}"
            if node.key in by_key:
                by_key[node.key].cited_in.append(node.anchor)
            placed.append((pos, pos + length, node.anchor))
        pos += length
    for a, b, key in extra:
        for pa, pb, anchor in placed:
            if a < pb and pa < b and key in by_key and anchor not in by_key[key].cited_in:
                by_key[key].cited_in.append(anchor)
                break
