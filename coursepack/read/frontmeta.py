"""The journal's citation line, as a PDF prints it: journal, volume,
issue, year and pages from a running head or foot, the first article page
or a repository's cover sheet ("In: Journal 16 (2007), 2-3, pp. 367-386").

Strict on purpose (never guess): a line counts only when it starts with a
journal name (capitalised words, no digits) and everything after the name
is a recognised piece of a citation (volume, issue, year in brackets or
bare, page range, month); a year 1900-2100 and a volume or page range must
be among them.  Of several such lines the one with most fields wins, then
the one printed on most pages.

>>> citation(["Eur Child Adolesc Psychiatry (2009) 18:499–509"])
{'journal': 'Eur Child Adolesc Psychiatry', 'year': '2009', 'volume': '18', 'pages': '499-509'}
>>> citation(["Totalitarismus und Demokratie, 2 (2005), 273–288, ISSN 1612–9008"])
{'journal': 'Totalitarismus und Demokratie', 'volume': '2', 'year': '2005', 'pages': '273-288'}
>>> citation(["Urien, Bertrand: Selfless Time. In: Time & Society 16 (2007), 2-3, pp. 367-386. DOI: x"])
{'journal': 'Time & Society', 'volume': '16', 'year': '2007', 'pages': '367-386', 'issue': '2-3'}
>>> citation(["In recent years (2007) 16 studies"]), citation(["Smith, J. (2000) Culture, 12"])
({}, {})
"""
from __future__ import annotations

import collections
import re

_CONNECT = {"and", "of", "the", "und", "für", "for", "in", "on", "&", "-", "–", "de", "la", "et",
            "des", "du", "der", "die", "zur", "zu", "&amp;", ":"}
_NAME = re.compile(r"(?:.*?\bIn: )?(?P<name>[^\d()|,;]{3,90}?),?\s+"
                   r"(?P<rest>(?:Vol\b|Volume|VOL\b|Jg\b|Heft\b|No\b|\(|\d).*)$")
_CUT = re.compile(r"\s*[.,;]?\s*\b(?:DOI|doi|ISSN|http|URN|urn|Copyright)\b.*$|©.*$")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|"
          r"Winter|Januar|Februar|März|Juni|Juli|Oktober|Dezember)\.?")
_YEAR = r"(?:19|20)\d\d"
_RANGE = r"(\d+)\s*[–-]\s*(\d+)"
_TOKENS = [
    ("vol_year", re.compile(rf"(\d{{1,3}})\s*\(({_YEAR})\)")),
    ("year_issue", re.compile(rf"({_YEAR})/(\d{{1,2}})\b")),      # "2010/1": year and issue
    ("year", re.compile(rf"\(({_YEAR})\)")),
    ("issue", re.compile(r"\((\d{1,2}(?:[/–-]\d{1,2})?)\)")),    # "Volume 8 (3)"
    ("volume", re.compile(r"(?:Vol\.?|Volume|VOL\.?|Jg\.)\s*(\d{1,3})\b")),
    ("volume", re.compile(r"(\d{1,3})\.\s*Jg\.?")),
    ("issue", re.compile(r"(?:No\.?|Nr\.|Heft|Issue)\s*(\d{1,2}(?:\s*[/+–-]\s*\d{1,2})?)\b")),
    ("pages", re.compile(rf"(?:pp?\.|S\.)\s*{_RANGE}")),
    ("vol_pages", re.compile(rf"(\d{{1,3}}):{_RANGE}")),
    ("vol_issue", re.compile(r"(\d{1,3})\s*\((\d{1,2}(?:[/–-]\d{1,2})?)\)")),
    ("month", re.compile(_MONTH)),
    ("year", re.compile(rf"({_YEAR})\b")),
    ("bare", re.compile(rf"{_RANGE}|(\d{{1,4}})\b")),
]
_SEP = re.compile(r"[\s,;:|.]*")


def _pages(a: str, b: str) -> str | None:
    if len(b) < len(a):          # "274–90"
        b = a[:len(a) - len(b)] + b
    return f"{int(a)}-{int(b)}" if int(a) <= int(b) else None


def _is_name(name: str) -> bool:
    words = name.split()
    # a first word in capitals or in camel case ("soFid", "eLife")
    first = words[0] if words else ""
    return (bool(words) and (first[:1].isupper() or (first[:1].isalpha() and any(c.isupper() for c in first[1:])))
            and sum(c.isalpha() for c in name) >= 3
            and all(w[:1].isupper() or w.lower() in _CONNECT for w in words[1:]))


def parse(line: str) -> dict[str, str]:
    """The fields of one citation line, or {} where it is not one.

    >>> parse("BIOS, Jg. 24 (2011), Heft 2")
    {'journal': 'BIOS', 'volume': '24', 'year': '2011', 'issue': '2'}
    >>> parse("GENDER Heft 1 | 2014, S. 44–64")
    {'journal': 'GENDER', 'issue': '1', 'year': '2014', 'pages': '44-64'}
    >>> parse("Industrielle Beziehungen, 11. Jg., Heft 1+2, 2004")
    {'journal': 'Industrielle Beziehungen', 'volume': '11', 'issue': '1+2', 'year': '2004'}
    >>> parse("Time & Society 16 (2007), 42")      # a stray number: not a citation
    {}
    >>> parse("soFid Allgemeine Soziologie 2010/1"), parse("Working Paper 2009/12")
    ({'journal': 'soFid Allgemeine Soziologie', 'year': '2010', 'issue': '1'}, {})
    """
    m = _NAME.match(" ".join(line.split()))
    if not m or not _is_name(m.group("name")):
        return {}
    rest = _CUT.sub("", m.group("rest")).strip(" .,;")
    out: dict[str, str] = {"journal": m.group("name").strip(" -–:")}
    bare: list[re.Match] = []
    pos = 0
    slashed = False      # year and issue as "2010/1": a citation without volume or pages
    if re.search(_SERIES_WORDS, out["journal"], re.I):
        return {}        # a series' line ("Working Paper 2009/12"): read as a series, not a journal
    while pos < len(rest):
        pos = _SEP.match(rest, pos).end()
        if pos >= len(rest):
            break
        for kind, rx in _TOKENS:
            t = rx.match(rest, pos)
            if t:
                break
        else:
            return {}
        g = t.groups()
        fields: dict[str, str | None] = {}
        if kind == "vol_year":
            fields = {"volume": g[0], "year": g[1]}
        elif kind == "year_issue":
            fields = {"year": g[0], "issue": g[1]}
            slashed = True
        elif kind in ("year", "volume", "issue"):
            fields = {kind: g[0].replace(" ", "")}
        elif kind == "pages":
            fields = {"pages": _pages(g[0], g[1])}
        elif kind == "vol_pages":
            fields = {"volume": g[0], "pages": _pages(g[1], g[2])}
        elif kind == "vol_issue":
            fields = {"volume": g[0], "issue": g[1]}
        elif kind == "bare":
            bare.append(t)
        for k, v in fields.items():
            if v is None or (k in out and out[k] != v):
                return {}
            out[k] = v
        pos = t.end()
    for t in bare:                       # a bare number or range: only where unambiguous
        a, b, single = t.groups()
        if a and "pages" not in out and len(bare) == 1:
            p = _pages(a, b)
            if p is None:
                return {}
            out["pages"] = p
        elif "pages" in out and "volume" in out and "issue" not in out and len(bare) == 1 \
                and (single is None or len(single) <= 2):
            out["issue"] = single or f"{a}-{b}"
        else:
            return {}
    if "year" not in out or not ("volume" in out or "pages" in out or (slashed and len(out) == 3)):
        return {}
    return out


def citation(lines: list[str]) -> dict[str, str]:
    """The best citation among candidate lines (running heads and feet of
    all pages, the first article page, a cover sheet): most fields first,
    then the line printed most often."""
    found: dict[str, tuple[dict, int]] = {}
    for ln in lines:
        key = " ".join(ln.split())
        if key in found:
            found[key] = (found[key][0], found[key][1] + 1)
            continue
        f = parse(key)
        if f:
            found[key] = (f, 1)
    if not found:
        return {}
    best, _ = max(found.values(), key=lambda fc: (len(fc[0]), fc[1]))
    return best


_FOLIO = re.compile(r"(?<![\d.,:/(–-])\b(\d{1,4})\b(?![\d.,:/)–-])")


def folio_pages(heads: list[list[str]]) -> str | None:
    """The article's page range from the folios its pages print: ``heads``
    holds, for each page of the article in order, the texts of its running
    heads and feet.  A number printed on each page that rises with the page
    ("92", "Industrielle Beziehungen, 11. Jg., Heft 1+2, 2004 93") is the
    folio; a number printed alike on every page (a volume, a year) is not.
    Only where one offset between page and number holds on at least three
    pages (two of a two-page article) and on most pages that print a number.

    >>> folio_pages([["Lee: Rivers 92"], ["Geo 11 (2004) 93"], ["94 Lee: Rivers"], ["Geo 11 (2004) 95"]])
    '92-95'
    >>> folio_pages([["Geo 11 (2004)"], ["Geo 11 (2004)"], ["Geo 11 (2004)"]]) is None
    True
    >>> folio_pages([["12"], ["Notes"], ["14"], ["15"]])
    '12-15'
    >>> folio_pages([["7"], ["3"], ["40"]]) is None
    True
    """
    offsets: collections.Counter = collections.Counter()
    numbered = 0
    for i, texts in enumerate(heads):
        found = {int(m.group(1)) - i for t in texts for m in _FOLIO.finditer(t)}
        found = {o for o in found if o + i > 0}
        numbered += bool(found)
        offsets.update(found)
    if not offsets:
        return None
    off, n = offsets.most_common(1)[0]
    if n < min(3, len(heads)) or len(heads) < 2 or n < 0.6 * numbered:
        return None
    return f"{off}-{off + len(heads) - 1}"


# ------------------------------------------------------------ a paper in a series

_SERIES_WORDS = (r"(?:(?:Discussion|Working|Research|Occasional|Policy|Conference|Technical|Background)"
                 r"\s+Papers?|Research\s+Reports?|Technical\s+Reports?|Arbeitspapiere?|"
                 r"Diskussionspapiere?|Forschungsberichte?|Arbeitsberichte?|Discussion\s+Notes?)")
# "MPIfG Discussion Paper 05/6", "Discussion Paper FS I 01 - 301", "Working Paper No. 12",
# "Working Paper Series of the Council for …": the whole line is the series and its number
_SERIES_LINE = re.compile(
    rf"^(?P<series>(?:[A-Z][\w.&-]*\s+){{0,4}}{_SERIES_WORDS}"
    rf"(?:\s+(?:Series|Reihe)(?:\s+(?:of|der|des)\s+(?:the\s+)?[A-Z][^|©:;]{{2,80}}?)?)?)"
    rf"(?:\s*(?:,|No\.?|Nr\.?|Number|#)?\s*(?P<number>(?:[A-Z]{{1,4}}\s+){{0,3}}\d[\d\s/.–-]*\d|\d))?"
    rf"\s*(?:\|.*|ISSN.*)?$", re.IGNORECASE)
_INSTITUTION = re.compile(r"(?i)institut|zentrum|cent(?:re|er)\b|council|universit|foundation|"
                          r"stiftung|school|akademie|academy|forschung|research\b|bureau")
_DATE_LINE = re.compile(rf"^(?:{_MONTH}\s+)?(?P<year>{_YEAR})$|^(?:Copyright\s*)?(?:©|\(c\))\s*(?P<cyear>{_YEAR})\b")
_POSTAL = re.compile(r"^(?:[A-Z]{1,2}\s?-\s?)?\d{4,5}\s+(?P<place>[A-ZÄÖÜ][\wäöüß-]+"
                     r"(?:\s+(?:am|an\s+der|im|upon|on)\s+[A-ZÄÖÜ][\wäöüß-]+)?)$")


def _series_name(s: str) -> str:
    return s if any(c.isupper() for c in s) else s[:1].upper() + s[1:]


def _affiliation(lines: list[str], i: int) -> bool:
    """Line ``i`` belongs to an author's affiliation, not to the imprint:
    it follows a line keyed by a note mark ("* Université Paris 8", "1
    University of …") or an e-mail address follows it at once."""
    before = lines[i - 1] if i else ""
    after = lines[i + 1] if i + 1 < len(lines) else ""
    return bool(re.match(r"[*†‡]|\d\s+[A-Z]", before) or re.match(r"[*†‡]|\d\s+[A-Z]", lines[i])
                or re.search(r"@|e-?mail", after, re.IGNORECASE))


def series_imprint(pages: list[list[str]]) -> dict[str, str]:
    """A working or discussion paper's series, number, year, institution and
    place as its cover and imprint pages print them (``pages``: the lines
    of the front pages, in order).  Strict: the series is a line of its own
    ("MPIfG Discussion Paper 05/6", "Discussion Paper FS I 01 - 301"), not a
    sentence that names one nor a repository's document type ("Arbeitspapier
    / working paper"); the year is a line of its own ("January 2001", "©
    2005 by the author(s)") or the institution's line ("… Sozialforschung
    2001"), and only where the pages print one year; the institution is a
    line printed at least twice (an institute's, a centre's, a council's
    name); the place, the word after the institution's name or the town of
    its postal address.  A field not printed stays out.

    >>> series_imprint([["discussion paper", "FS I 01 - 301", "January 2001", "Wissenschaftszentrum Berlin für Sozialforschung"],
    ...                 ["Discussion Paper FS I 01 - 301", "Wissenschaftszentrum Berlin für Sozialforschung 2001",
    ...                  "Wissenschaftszentrum Berlin für Sozialforschung", "D-10785 Berlin"]])
    {'series': 'Discussion Paper', 'series_number': 'FS I 01-301', 'series_year': '2001', 'institution': 'Wissenschaftszentrum Berlin für Sozialforschung', 'place': 'Berlin'}
    >>> series_imprint([["Working Paper 3", "Ann Lee*", "* University of Leeds", "University of Leeds",
    ...                  "e-mail: lee@leeds.ac.uk"], ["1 University of Leeds"]])   # an author's affiliation
    {'series': 'Working Paper', 'series_number': '3'}
    >>> series_imprint([["Arbeitspapier / working paper", "The RatSWD Working Papers are non-exclusive."]])
    {}
    >>> series_imprint([["Working Paper No. 12", "Max-Planck-Institut für Gesellschaftsforschung Köln",
    ...                  "Max-Planck-Institut für Gesellschaftsforschung", "2004", "© 2005"]])
    {'series': 'Working Paper', 'series_number': '12', 'institution': 'Max-Planck-Institut für Gesellschaftsforschung', 'place': 'Köln'}
    """
    lines = [" ".join(t.split()) for page in pages for t in page if t.strip()]
    out: dict[str, str] = {}
    best = None
    for t in lines:
        m = _SERIES_LINE.match(t)
        if not m or len(t) > 120 or t.count("/") > 1:
            continue
        series = m.group("series").strip()
        if re.search(r"\s/\s", t):           # "Arbeitspapier / working paper": a document type
            continue
        number = m.group("number")
        qualified = len(series.split()) > 2 or number
        if best is None or (bool(number), len(series)) > (bool(best[1]), len(best[0])):
            if qualified or best is None:
                best = (series, number)
                at = lines.index(t)
                if not number and at + 1 < len(lines) and re.fullmatch(r"\([^()]{2,20}\)", lines[at + 1]):
                    best = (f"{series} {lines[at + 1]}", None)     # "… Data" / "(RatSWD)"
    if best is None:
        return {}
    series, number = best
    if not number and len(series.split()) <= 2:
        # a bare "discussion paper" on a cover: only with its number on the next line
        at = next((i for i, t in enumerate(lines) if t.lower() == series.lower()), None)
        nxt = lines[at + 1] if at is not None and at + 1 < len(lines) else ""
        if re.fullmatch(r"(?:[A-Z]{1,4}\s+){0,3}\d[\d\s/.–-]*\d", nxt):
            number = nxt
        else:
            return {}
    out["series"] = _series_name(series)
    if number:
        out["series_number"] = re.sub(r"\s*([/–-])\s*", r"\1", number.strip())
    # the institution: a name printed twice (a year or a town after it aside)
    counts: collections.Counter = collections.Counter()
    first_form: dict[str, str] = {}
    for i, t in enumerate(lines):
        if not _INSTITUTION.search(t) or len(t.split()) > 10 or t[:1].islower() or \
                re.search(r"[.;:@]\s|https?:|www\.", t) or _affiliation(lines, i):
            continue
        core = re.sub(rf"\s+{_YEAR}$", "", t)
        counts[core.casefold()] += 1
        if core.casefold() not in first_form or first_form[core.casefold()].isupper():
            first_form[core.casefold()] = core     # as printed, not in capitals where it can
    inst = None
    for key, n in counts.most_common():
        whole = [k for k in counts if k != key and k.startswith(key + " ") and len(k.split()) == len(key.split()) + 1]
        total = n + sum(counts[k] for k in whole)
        if total >= 2 and not first_form[key].isupper():
            inst = first_form[key]
            place = next((first_form[k].split()[-1] for k in whole if first_form[k].split()[-1][:1].isupper()
                          and not _INSTITUTION.search(first_form[k].split()[-1])), None)
            break
    if inst:
        out["institution"] = inst
        if place is None:
            place = next((m.group("place") for t in lines for m in [_POSTAL.match(t)] if m), None)
        if place:
            out["place"] = place
    # the year: one year on the front pages' date lines (and after the institution's name)
    years = set()
    for t in lines:
        m = _DATE_LINE.match(t)
        if m:
            years.add(m.group("year") or m.group("cyear"))
        elif inst and re.fullmatch(rf"{re.escape(inst)},?\s+({_YEAR})", t):
            years.add(t[-4:])
    if len(years) == 1:
        out["series_year"] = years.pop()
    return {k: out[k] for k in ("series", "series_number", "series_year", "institution", "place") if k in out}
