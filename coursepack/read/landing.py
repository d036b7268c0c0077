"""Reader for a journal platform's article landing page (OJS-style).

The page, as text, carries: site navigation, the issue line (``Tom 74 Nr 4
(2021): Title`` or ``Vol. 12 No. 3 (2020): Title``), the section, the
article title, labelled dates (``Przesłane: 27 grudnia 2021``,
``Published: 2021-12-27``), the abstract and a numbered reference list.
Nothing is invented: a field the page does not give stays empty.

>>> page = read_landing('''Skip to main content
...
... Vol. 3 No. 2 (2019): Rivers and Borders
...
... Articles
...
... Water at the frontier
...
... Submitted: 3 March 2019
... Published: 2019-06-30
...
... This paper studies rivers.
...
...   1. Smith J., Rivers, “Geo”, 2 V 2018.
...   2. Brown K., Borders, Oxford 2001.
... ''')
>>> page.title, page.volume, page.number, page.year, page.issue_title, page.section
('Water at the frontier', '3', '2', '2019', 'Rivers and Borders', 'Articles')
>>> page.submitted, page.published, page.abstract
('2019-03-03', '2019-06-30', 'This paper studies rivers.')
>>> page.references
['Smith J., Rivers, “Geo”, 2 V 2018.', 'Brown K., Borders, Oxford 2001.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
import datetime

__all__ = ["LandingPage", "read_landing", "parse_date"]


@dataclass
class LandingPage:
    title: str = ""
    journal_issue: str = ""
    volume: str = ""
    number: str = ""
    year: str = ""
    issue_title: str = ""
    section: str = ""
    submitted: str = ""
    published: str = ""
    abstract: str = ""
    references: list[str] = field(default_factory=list)


# Month names (nominative and genitive Polish, English, short forms).
_MONTHS = {
    "styczeń": 1, "stycznia": 1, "luty": 2, "lutego": 2, "marzec": 3, "marca": 3,
    "kwiecień": 4, "kwietnia": 4, "maj": 5, "maja": 5, "czerwiec": 6, "czerwca": 6,
    "lipiec": 7, "lipca": 7, "sierpień": 8, "sierpnia": 8, "wrzesień": 9, "września": 9,
    "październik": 10, "października": 10, "listopad": 11, "listopada": 11,
    "grudzień": 12, "grudnia": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

_NAV = re.compile(r"^(przejdź do|skip to|zum|aller au)\b", re.I)
_ISSUE = re.compile(
    r"^(?:Tom|Vol\.?|Volume|Rocznik)\s*(?P<vol>\d+)\s*,?\s*"
    r"(?:Nr|No\.?|Number|Issue|Zeszyt|Numer)\s*(?P<num>[\w/–-]+)"
    r"\s*(?:\((?P<year>\d{4})\))?\s*(?::\s*(?P<title>.+))?$", re.I)
_DATE_LABELS = {
    "submitted": ("przesłane", "submitted", "received", "otrzymano", "nadesłane"),
    "published": ("opublikowane", "published", "opublikowano", "data publikacji"),
}
_OTHER_LABELS = ("słowa kluczowe", "keywords", "key words", "doi", "jel", "licencja",
                 "license", "jak cytować", "how to cite", "język", "language", "pobrania",
                 "downloads", "strony", "pages", "autor", "autorzy", "author", "authors")
_LABEL = re.compile(r"^(?P<label>[^\W\d][^:]{1,30}):\s*(?P<value>.+)$")
_REF = re.compile(r"^\s*(?P<n>\d{1,4})\.\s+(?P<text>\S.*)$")
_REF_HEADINGS = re.compile(r"^(bibliografia|references|literatura|bibliography|"
                           r"cytowania|źródła)\s*:?\s*$", re.I)
_ABSTRACT_HEADINGS = re.compile(r"^(abstrakt|abstract|streszczenie|summary)\s*:?\s*$", re.I)
_FOOTER = re.compile(r"^(download data is not yet available|"
                     r"dane pobierania nie są jeszcze dostępne|"
                     r"downloads?$|pobrania$|most read|najczęściej czytane)", re.I)


def parse_date(text: str) -> str:
    """An ISO date from a date as such pages print it; ``''`` if unreadable.

    >>> parse_date("27 grudnia 2021"), parse_date("27.12.2021"), parse_date("2021-12-27")
    ('2021-12-27', '2021-12-27', '2021-12-27')
    >>> parse_date("March 3, 2019"), parse_date("12/2020"), parse_date("soon")
    ('2019-03-03', '', '')
    """
    t = text.strip().rstrip(".")
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t)
    if m:
        y, mo, d = m.groups()
        return _iso(y, mo, d)
    m = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", t)
    if m:
        d, mo, y = m.groups()
        return _iso(y, mo, d)
    m = re.fullmatch(r"(\d{1,2})\.?\s+([^\W\d]+)\.?\s+(\d{4})", t)
    if m and m.group(2).lower() in _MONTHS:
        return _iso(m.group(3), _MONTHS[m.group(2).lower()], m.group(1))
    m = re.fullmatch(r"([^\W\d]+)\.?\s+(\d{1,2}),?\s+(\d{4})", t)
    if m and m.group(1).lower() in _MONTHS:
        return _iso(m.group(3), _MONTHS[m.group(1).lower()], m.group(2))
    return ""


def _iso(y, mo, d) -> str:
    try:
        return datetime.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return ""


def read_landing(text: str) -> LandingPage:
    """Read a landing page's text into a :class:`LandingPage`."""
    page = LandingPage()
    lines = [ln.rstrip() for ln in text.splitlines()]
    # the numbered reference list: the last run of numbered lines
    refs: list[str] = []
    ref_start = len(lines)
    body: list[tuple[int, str]] = []
    in_refs = False
    for idx, raw in enumerate(lines):
        s = raw.strip()
        m = _REF.match(raw)
        if _REF_HEADINGS.match(s):
            in_refs = True
            ref_start = min(ref_start, idx)
            continue
        if m and (in_refs or int(m.group("n")) == len(refs) + 1) and (
                refs or int(m.group("n")) == 1):
            if not refs:
                ref_start = min(ref_start, idx)
            refs.append(m.group("text").strip())
            in_refs = True
            continue
        if in_refs and refs and s and not _FOOTER.match(s) and raw[:1].isspace():
            refs[-1] = refs[-1] + " " + s          # a wrapped entry
            continue
        if in_refs and s and not _FOOTER.match(s) and not refs:
            continue
        if idx < ref_start:
            body.append((idx, s))
    page.references = refs

    paras = [s for _, s in body if s and not _NAV.match(s) and not _FOOTER.match(s)]
    # issue line
    rest: list[str] = []
    for s in paras:
        m = _ISSUE.match(s)
        if m and not page.journal_issue:
            page.journal_issue = s
            page.volume, page.number = m.group("vol"), m.group("num")
            page.year = m.group("year") or ""
            page.issue_title = (m.group("title") or "").strip()
            rest = []
            continue
        rest.append(s)
    # labelled dates split the head (section, title) from the abstract
    head: list[str] = []
    tail: list[str] = []
    seen_label = False
    for s in rest:
        m = _LABEL.match(s)
        kind = None
        if m:
            lab = m.group("label").strip().lower()
            for k, names in _DATE_LABELS.items():
                if lab in names:
                    kind = k
        if m and not kind and m.group("label").strip().lower() in _OTHER_LABELS:
            continue                         # keywords, DOI …: not the abstract
        if kind:
            seen_label = True
            iso = parse_date(m.group("value"))
            if iso and not getattr(page, kind):
                setattr(page, kind, iso)
            continue
        (tail if seen_label else head).append(s)
    if not seen_label:           # no dates: the first long paragraph is the abstract
        long_ = [k for k, s in enumerate(head) if len(s.split()) > 25]
        if long_:
            tail = head[long_[0]:]
            head = head[:long_[0]]
    if page.journal_issue and len(head) >= 2:
        page.section, page.title = head[0], head[1]   # then perhaps the authors
    elif len(head) >= 2:
        page.section, page.title = head[-2], head[-1]
    elif head:
        page.title = head[0]
    page.abstract = "\n\n".join(s for s in tail if not _ABSTRACT_HEADINGS.match(s))
    if not page.year and page.published:
        page.year = page.published[:4]
    return page
