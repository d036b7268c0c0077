"""Read one citation, as notes and reference lists write it, into fields.

Both manners are read: the note's ``N. Aliyev, Title, “Journal”, vol. 15,
issue 47, 28 iii 2018 [accessed: 15 v 2021]: <url>`` and the list's
``Aliyev N., Title, …``.  Organisations as authors are recognised when the
same name stands again as the site (``The Ministry …, Title, The Ministry
…, 31 X 2020``).  Slips noticed while reading (a doubled comma, a Roman
month with a space) are kept in ``Citation.slips``; nothing is guessed.

>>> c = parse_citation("P. D. Wezeman, A. Fleurant, Trends in arms transfers, "
...     "SIPRI 2017, (Fact Sheets, March, 2018): <https://www.sipri.org/x.pdf> "
...     "[accessed: 15 V 2021].")
>>> [str(a) for a in c.authors], c.title, c.publisher, c.titleaddon, c.series
(['Wezeman, P. D.', 'Fleurant, A.'], 'Trends in arms transfers', 'SIPRI', '2017', 'Fact Sheets')
>>> c.date.iso(), c.urldate.iso(), c.url, c.type
('2018-03', '2021-05-15', 'https://www.sipri.org/x.pdf', 'report')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import PDate, find_date
from .lexicon import lexicon, words_re

OPEN_Q = "“„«\"‘"
CLOSE_Q = "”“»\"’"
_PAIRS = {"“": "”", "„": "”", "«": "»", "\"": "\"", "‘": "’", "(": ")", "[": "]"}

PARTICLES = set(lexicon()["particles"])
_STOP_FIRST = set(lexicon()["not_first_names"])
_PUBLISHER_WORDS = re.compile(r"\b(" + words_re("publisher_words") + r")\b")
_INITIAL = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſА-Я][a-zа-я]?\.-?)+$")
_INITIAL_GLUED = re.compile(r"^((?:[A-ZÀ-ÖØ-ÞĀ-ſА-Я][a-zа-я]?\.)+)([A-ZÀ-ÖØ-ÞĀ-ſА-Я].+)$")


@dataclass
class Name:
    """A person (``last``, ``first``) or an organisation (``org``)."""

    last: str
    first: str = ""
    org: bool = False
    suffix: str = field(default="", repr=False)     # a generational suffix: "Jr.", "III"

    def __str__(self) -> str:
        if self.org:
            return "{" + self.last + "}"
        if self.suffix:         # BibTeX's three parts: "King, Jr., Martin Luther"
            return f"{self.last}, {self.suffix}, {self.first}"
        return f"{self.last}, {self.first}" if self.first else self.last


@dataclass
class Slip:
    field: str
    before: str
    after: str
    why: str


@dataclass
class Citation:
    text: str = ""
    start: int = 0
    end: int = 0
    kind: str = "full"          # full | ibid | short
    authors: list[Name] = field(default_factory=list)
    editors: list[Name] = field(default_factory=list)
    title: str = ""
    container: str = ""
    periodical: bool = False    # the container stands in quotes: a journal
    online: bool = False
    date: PDate | None = None
    urldate: PDate | None = None
    url: str = ""
    url_partial: str = ""       # what is left of a URL that is not whole
    volume: str = ""
    number: str = ""
    number_label: str = ""
    pages: str = ""
    publisher: str = ""
    address: str = ""
    series: str = ""
    titleaddon: str = ""
    edition: str = ""           # "2" of "München 1976²"
    missing_container: bool = False
    slips: list[Slip] = field(default_factory=list)
    note: int | None = None
    ref: "Citation | None" = None   # for ibid./short: the full citation meant

    @property
    def type(self) -> str:
        if self.periodical:
            return "article"
        if self.address or (self.publisher and not self.series and not self.url
                            and not self.container):
            return "book"
        if self.series or self.titleaddon:
            return "report"
        if self.container or self.url or self.online:
            return "online"
        return "misc"

    def is_citation(self) -> bool:
        """Enough of a reference to be one (commentary is not)."""
        has_when = self.date is not None or self.urldate is not None
        if not self.title and self.url and self.urldate is not None and not self.authors:
            return True        # a page of the web cited by its address alone
        return bool(self.title) and bool(
            self.url or self.urldate or (has_when and (self.container or self.authors
                                                       or self.publisher))
            or self.periodical or self.publisher)


# ---------------------------------------------------------------- splitting


def split_fields(text: str) -> list[tuple[int, str]]:
    """Split at commas outside quotes and brackets; (offset, field) pairs.

    >>> [f for _, f in split_fields('«To, chto», "Ogonok" 2020, (a, b),, x')]
    ['«To, chto»', '"Ogonok" 2020', '(a, b)', '', 'x']
    >>> [f for _, f in split_fields('A. Lee, “Rivers, Old and New,” Daily Post, May 3, 2001')]
    ['A. Lee', '“Rivers, Old and New,”', 'Daily Post', 'May 3', '2001']
    """
    out: list[tuple[int, str]] = []
    stack: list[str] = []
    start = 0
    for i, ch in enumerate(text):
        if stack and ch == stack[-1]:
            stack.pop()
            if not stack and ch in "”\"’»" and i > 0 and text[i - 1] in ",." \
                    and text[i + 1:i + 2] == " " and text[i + 2:i + 3].isupper():
                # 'Name, “Title,” Paper, date': the comma inside the quotes ends the field
                out.append((start, text[start:i + 1]))
                start = i + 1
            continue
        if ch in _PAIRS and not (ch == "\"" and "\"" in stack):
            # an opening quote only at a word start (not an apostrophe)
            if ch in "‘\"" and i > 0 and text[i - 1].isalnum():
                continue
            stack.append(_PAIRS[ch])
            continue
        if ch == "," and not stack:
            out.append((start, text[start:i]))
            start = i + 1
    out.append((start, text[start:]))
    res = []
    for off, f in out:
        lead = len(f) - len(f.lstrip())
        res.append((off + lead, f.strip()))
    return res


# ---------------------------------------------------------------- names


def _cap(word: str) -> bool:
    w = word.strip("’'")
    return bool(w) and w[0].isupper() and not w.isupper() or (len(w) > 1 and w[0].isupper()
                                                               and any(c.islower() for c in w))


def _surname_tokens(tokens: list[str]) -> bool:
    if not 1 <= len(tokens) <= 3:
        return False
    if tokens[-1] in PARTICLES:
        return False
    return all(t in PARTICLES or (_cap(t) and re.fullmatch(r"[^\W\d_][\w'’-]*", t))
               for t in tokens)


def parse_person(text: str, *, full: bool = False) -> Name | None:
    """One person's name in any of the manners, or None.

    >>> parse_person("P. D. Wezeman"), parse_person("Wezeman P.D.")
    (Name(last='Wezeman', first='P. D.', org=False), Name(last='Wezeman', first='P.D.', org=False))
    >>> parse_person("Th. De Waal"), parse_person("K.Truevtsev")
    (Name(last='De Waal', first='Th.', org=False), Name(last='Truevtsev', first='K.', org=False))
    >>> parse_person("Tracey German", full=True), parse_person("Tracey German")
    (Name(last='German', first='Tracey', org=False), None)
    >>> parse_person("Armenia and Azerbaijan: Anatomy", full=True) is None
    True
    >>> parse_person("Thomas L. Friedman", full=True)
    Name(last='Friedman', first='Thomas L.', org=False)

    A generational suffix after the name ("Jr.", "III"), with or without
    its comma:

    >>> str(parse_person("Martin Luther King, Jr.", full=True)), str(parse_person("J. Smith III"))
    ('King, Jr., Martin Luther', 'Smith, III, J.')
    """
    t = " ".join(text.split())
    if not t or any(ch in t for ch in ":;«»“”\"()[]<>0123456789"):
        return None
    m = re.fullmatch(r"(.+?),?\s+((?:Jr|Sr)\.?|II|III|IV)", t)
    if m:           # (a suffix is no initial: "King Jr." is no "Jr. King")
        n = parse_person(m.group(1), full=full)
        if n is None or n.org:
            return None
        n.suffix = m.group(2)
        return n
    toks = t.split()
    m = _INITIAL_GLUED.match(toks[0])
    if m and not _INITIAL.match(toks[0]):
        toks = [m.group(1), m.group(2)] + toks[1:]
    # initials first
    k = 0
    while k < len(toks) and _INITIAL.match(toks[k]):
        k += 1
    if k and _surname_tokens(toks[k:]):
        return Name(" ".join(toks[k:]), " ".join(toks[:k]))
    # initials last
    k = len(toks)
    while k > 0 and _INITIAL.match(toks[k - 1]):
        k -= 1
    if k < len(toks) and k and _surname_tokens(toks[:k]):
        return Name(" ".join(toks[:k]), " ".join(toks[k:]))
    if full and 2 <= len(toks) <= 4 and toks[0] not in _STOP_FIRST and _cap(toks[0]) \
            and toks[0] not in PARTICLES and (_surname_tokens(toks[1:]) or len(toks) > 2 and (
                _INITIAL.match(toks[1]) and _surname_tokens(toks[2:]))) \
            and not _PUBLISHER_WORDS.search(t):
        # first names, then particles and surname
        firsts = [toks[0]]
        rest = toks[1:]
        while len(rest) > 1 and rest[0] not in PARTICLES:
            firsts.append(rest.pop(0))
        return Name(" ".join(rest), " ".join(firsts))
    return None


def parse_people(text: str, *, full: bool = False) -> list[Name] | None:
    """Names joined by 'and' (also 'i', '&', 'und', 'et').

    >>> [str(n) for n in parse_people("Pål Kolstø and Helge Blakkisrud", full=True)]
    ['Kolstø, Pål', 'Blakkisrud, Helge']
    """
    parts = re.split(r"\s+(?:and|i|&|und|et|и)\s+", text.strip())
    out = []
    for p in parts:
        n = parse_person(p, full=full)
        if n is None:
            return None
        out.append(n)
    return out


def _norm(s: str) -> str:
    s = re.sub(r"^(the|a|an)\s+", "", s.strip().lower())
    return re.sub(r"\W+", " ", s).strip()


# ---------------------------------------------------------------- one citation

_URL_ANGLE = re.compile(r"<([^<>]*)>")
_URL_BARE = re.compile(r"(?:https?://|www\.)\S+")
_ACCESSED = re.compile(r"\[\s*(?:" + words_re("accessed_labels") + r")\s*:?\s*([^\]]*)\]", re.I)
# "(Zugriff am 14. November 2013)", "(accessed on 3 May 2020)"
_ACCESSED_PAREN = re.compile(r"\(\s*(?:" + words_re("accessed_labels") + r")(?:\s+(?:am|on|le|il))?"
                             r"\s*:?\s*([^()]*\d{4})\s*\)", re.I)
_ONLINE = re.compile(r"\[\s*(?:" + words_re("online_labels") + r")\s*\]", re.I)
_VOL = re.compile(r"^(?:(?:vol|t|tom|bd|v|r|rocz)\.|vol|tom)\s*([\dIVXLivxl]\S*)$", re.I)
_NUM = re.compile(r"^(?P<label>no|nr|issue|iss|n°|núm|number|z|zesz)(?:\.\s*|\s*:\s*|\s+)"
                  r"(?P<v>[\dIVXivx]\S*)$", re.I)
_PAGES = re.compile(r"^(?P<label>pp|p|s|ss|S)\.\s*(?P<v>[A-Z]?[\dIVXLivxl]\S*)$")  # "p. A21": a newspaper's section
_ED = re.compile(r"^(?:ed|eds|red|hrsg|Hg)\.\s+(.+)$", re.I)
_ENDS_YEAR = re.compile(r"^(?P<name>.*\S)\s+(?P<y>1[5-9]\d\d|20\d\d)$")
_QUOTED = re.compile(r"^(?P<q>[“„\"«])(?P<inner>[^“”\"»]+)[”“\"»](?:\s+(?P<y>\d{4}))?$")


def _join_month_day_year(fields: list[str]) -> list[str]:
    """Fields 'October 20' and '1999' (a date split at its comma) joined.

    >>> _join_month_day_year(["T", "Daily Post", "October 20", "1999", "p. 3"])
    ['T', 'Daily Post', 'October 20, 1999', 'p. 3']
    """
    out: list[str] = []
    for f in fields:
        if out and re.fullmatch(r"\d{4}", f) and re.fullmatch(r"[A-Z][a-z]+\.? \d{1,2}", out[-1]):
            d = find_date(f"{out[-1]}, {f}", year_only=False)
            if d and d.date.day:
                out[-1] = f"{out[-1]}, {f}"
                continue
        out.append(f)
    return out


# a bare URL broken at a line end: "…/Rede/ 2007/12/2007 - 12 - 11-arbeitgebertag.html"
# (the first part ends in a separator, the rest is a path up to a file name)
# or after a slash, the rest a path of two parts or more ("…/cews/ informationsangebote/recht")
_URL_BARE_BROKEN = re.compile(r"(?:https?://|www\.)\S+[/_\-]\s+[\w%~/\-]+(?:(?:\s+-\s+|-)[\w%~/]+)*\.(?:html?|php\d?|pdf|aspx?|jsp|cfm|xml)\b"
                              r"|(?:https?://|www\.)\S+/\s+[\w%~\-]+(?:/[\w%~\-]+)+/?")


# "Berlin 11.12.2007": where and on which day (a speech, a press release)
_PLACE_DAY = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’\-]+(?:\s+[A-ZÀ-ÖØ-Þ(][\w'’\-).]+)?)\s+"
                        r"((?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:1[5-9]|20)\d\d)")


def _url_context(t: str, a: int, b: int) -> tuple[str, "PDate | None"]:
    """``t`` without the bare URL at ``a``–``b``, its label ("online:") and
    the date in brackets right after it (the day it was read: "online:
    www.x.de/a.html (12.10.2009)"); and that date.

    >>> _url_context("Rede, Berlin 2007, online: www.x.de/a.html (12.10.2009).", 27, 42)
    ('Rede, Berlin 2007,  .', PDate(year=2009, month=10, day=12))
    """
    before, after = t[:a], t[b:]
    when = None
    m = re.match(r"\s*\(\s*(\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d)\s*\)", after)
    d = find_date(m.group(1)) if m else None
    if d and d.date.day:
        when = d.date
        after = after[m.end():]
        before = re.sub(r"\b(?:online|url)\s*:\s*$", "", before, flags=re.I)
    return before + " " + after, when


def join_url(url: str) -> str:
    """A URL broken at line ends, its parts joined in order (the spaces a
    line break or a spaced hyphen left dropped).

    >>> join_url("www.land.de/nn_52/Rede/ 2007/12/2007 - 12 - 11-tag.html")
    'www.land.de/nn_52/Rede/2007/12/2007-12-11-tag.html'
    >>> join_url("https://x.org/a.pdf")
    'https://x.org/a.pdf'
    """
    return re.sub(r"\s+", "", url)


def parse_citation(text: str, *, full_names: bool = False, offset: int = 0,
                   carried: list[Name] | None = None) -> Citation:
    """Read one citation (see the module's doc).  ``full_names`` allows
    names written out in full (``Tracey German``) as authors, as notes do
    after 'works of …'; ``carried`` are authors to use when none is given."""
    c = Citation(text=text, start=offset, end=offset + len(text.rstrip()))
    t = re.sub(r"[\u00a0\u2009\u202f\u2002\u2003\u2007\u200a\s]+", " ", text).strip()
    # the URL
    urls = list(_URL_ANGLE.finditer(t))
    if urls:
        m = urls[-1]
        inner = re.sub(r"\s+", "", m.group(1))
        if re.match(r"(?:https?|ftp)://\S+\.\S+", inner):
            c.url = inner
        elif inner:
            c.url_partial = inner
        t = t[:m.start()] + " " + t[m.end():]
    elif (m := re.search(r"<\s*((?:https?://|www\.)\S*)\s*$", t)):
        c.url_partial = m.group(1)          # the rest of the URL is lost
        t = t[:m.start()]
    else:
        m = _URL_BARE_BROKEN.search(t) or _URL_BARE.search(t)
        if m:
            c.url = join_url(m.group(0)).rstrip(".,;")
            while c.url.endswith(")") and c.url.count(")") > c.url.count("("):
                c.url = c.url[:-1].rstrip(".,;")    # "(vgl. www.x.de)": the note's bracket
            t, c.urldate = _url_context(t, m.start(), m.end())
    # "Berlin 11. 12. 2007": a date its line breaks spaced
    t = re.sub(r"\b(0?[1-9]|[12]\d|3[01])\.\s(0?[1-9]|1[0-2])\.\s((?:1[5-9]|20)\d\d)\b", r"\1.\2.\3", t)
    m = _ACCESSED.search(t) or _ACCESSED_PAREN.search(t)
    if m:
        d = find_date(m.group(1))
        if d:
            c.urldate = d.date
            if d.slip:
                c.slips.append(Slip("urldate", m.group(1).strip(), d.date.roman(), d.slip))
        t = t[:m.start()] + " " + t[m.end():]
    if _ONLINE.search(t):
        c.online = True
        t = _ONLINE.sub(" ", t)
    t = " ".join(t.split())
    t = re.sub(r"[\s:;.,]+$", "", t)
    t = re.sub(r"\s+([,:.])", r"\1", t) if " ," in t else t
    for off, f in split_fields(t)[1:]:
        if f and t[off - 1] == ",":
            m = re.search(r"(\S+),(\S+)$", t[:off + len(f.split()[0])])
            if m:
                c.slips.append(Slip("punctuation", m.group(0), f"{m.group(1)}, {m.group(2)}",
                                    "missing space after a comma"))
    fields = [f for _, f in split_fields(t)]
    if any(f == "" for f in fields[:-1]):
        c.slips.append(Slip("punctuation", ",,", ",", "doubled comma"))
    # author and title separated by ' : '
    if fields:
        m = re.match(r"^(.+?)\s+:\s*(.+)$", fields[0])
        if m and not parse_people(m.group(1), full=True):
            m = None
        if not m:
            m = re.match(r"^(.+?):\s+(.+)$", fields[0])
            if m and not parse_people(m.group(1), full=full_names):
                m = None
        if m:
            fields[0:1] = [m.group(1), m.group(2)]
    # "Martin Luther King, Jr., Title": the suffix is the name's
    for j in range(len(fields) - 1, 0, -1):
        if re.fullmatch(r"(?:Jr|Sr)\.?|II|III|IV", fields[j]) and parse_person(
                fields[j - 1], full=True):
            fields[j - 1:j + 1] = [f"{fields[j - 1]}, {fields[j]}"]
    # ---- authors
    k = 0
    authors: list[Name] = []
    while k < len(fields) - 1:
        people = parse_people(fields[k], full=full_names and k == 0)
        if not people:
            break
        authors.extend(people)
        k += 1
    if full_names and not authors and fields:
        # 'an article of Kavus Abushov Russian foreign policy…' (comma lost)
        toks = fields[0].split()
        if len(toks) > 3 and parse_person(" ".join(toks[:2]), full=True) and toks[2][:1].isupper():
            authors = [parse_person(" ".join(toks[:2]), full=True)]
            c.slips.append(Slip("punctuation", " ".join(toks[:3]),
                                " ".join(toks[:2]) + ", " + toks[2],
                                "comma missing between author and title"))
            fields[0] = " ".join(toks[2:])
    # a full-name 'author' followed by a publisher is a title
    if authors and full_names and k < len(fields) and _PUBLISHER_WORDS.search(fields[k]) \
            and k == 1 and not any(_INITIAL.match(x) for x in fields[0].split()):
        authors, k = [], 0
    rest = fields[k:]
    # organisation as author: the same name stands later as the site
    if not authors and len(rest) >= 3 and rest[0]:
        for j in range(2, len(rest)):
            if _norm(rest[j]) and _norm(rest[j]) == _norm(rest[0]):
                authors = [Name(rest[0], org=True)]
                rest = rest[1:]
                break
    c.authors = authors or list(carried or [])
    if not rest:
        return c
    c.title = rest[0]
    if len(rest[0]) > 2 and rest[0][0] in OPEN_Q and rest[0][-1] in CLOSE_Q and rest[0][-2] in ",.":
        c.title = rest[0][1:-2].strip()       # '“Title,”' (the comma of the sentence inside)
    # 'October 20, 1999' split at its comma: one date
    rest = _join_month_day_year(rest)
    plains: list[tuple[int, str]] = []
    paren_date = False
    for i, f in enumerate(rest[1:], start=1):
        if not f:
            c.missing_container = True
            plains.append((i, ""))
            continue
        m = _QUOTED.match(f)
        if m and not c.container:
            c.container = m.group("inner").strip()
            c.periodical = True
            if m.group("q") == "\"":
                c.slips.append(Slip("journal", f, f"“{c.container}”",
                                    "straight quotes around the journal's name"))
            if m.group("y"):
                c.date = c.date or PDate(int(m.group("y")))
            continue
        if _VOL.match(f):
            c.volume = _VOL.match(f).group(1)
            continue
        m = _NUM.match(f)
        if m:
            c.number, c.number_label = m.group("v"), m.group("label").lower()
            continue
        m = _PAGES.match(f)
        if m:
            c.pages = m.group("v")
            continue
        m = _ED.match(f)
        if m:
            c.editors = parse_people(m.group(1), full=True) or [Name(m.group(1), org=True)]
            continue
        if f.startswith("(") and f.endswith(")"):
            inner = f[1:-1]
            d = find_date(inner)
            if d:
                c.date = d.date
                paren_date = True
                inner = (inner[:d.start] + inner[d.end:])
            c.series = re.sub(r"[\s,]+$", "", inner).strip(" ,")
            continue
        m = _PLACE_DAY.fullmatch(f)
        if m and not c.date and not c.address:
            c.address, c.date = m.group(1), find_date(m.group(2), year_only=False).date
            continue
        d = find_date(f, year_only=False)
        if d and d.start == 0 and d.end == len(f):
            if d.slip:
                c.slips.append(Slip("date", f, d.date.roman(), d.slip))
            c.date = d.date
            continue
        if re.fullmatch(r"\d{4}", f):
            c.date = c.date or PDate(int(f))
            continue
        plains.append((i, f))
    # resolve the plain fields: publisher, place and year; site; title's tail
    year_fields = [(i, f) for i, f in plains if f and _ENDS_YEAR.match(f)
                   and not find_date(f, year_only=False)]
    others = [(i, f) for i, f in plains if (i, f) not in year_fields]
    if year_fields:
        i, f = year_fields[-1]
        m = _ENDS_YEAR.match(f)
        before = [(j, g) for j, g in others if j < i and g]
        if paren_date:
            c.publisher, c.titleaddon = m.group("name"), m.group("y")
        elif before and (j := before[-1][0]) == i - 1 and (
                _PUBLISHER_WORDS.search(before[-1][1]) or before[-1][1].isupper()
                or len(before) >= 1):
            c.publisher, c.address = before[-1][1], m.group("name")
            c.date = c.date or PDate(int(m.group("y")))
            others = [(jj, g) for jj, g in others if jj != j]
        else:
            c.publisher = m.group("name")
            c.date = c.date or PDate(int(m.group("y")))
    named = [(i, f) for i, f in others]
    if named:
        last_i, last_f = named[-1]
        has_when = c.date or c.url or c.online or c.urldate
        if not c.container and not c.publisher and has_when:
            c.container = last_f
            named = named[:-1]
        elif not c.container and c.publisher and last_f and not c.address:
            c.container = last_f
            named = named[:-1]
        tail = [f for _, f in named if f]
        if tail and rest[0][:1] in OPEN_Q and rest[0][-1:] in CLOSE_Q:
            # a quoted title has no tail: "“Title.” Financial Times, FT.com, …" — the paper
            c.container = ", ".join(tail + ([c.container] if c.container else []))
        elif tail:
            c.title = ", ".join([c.title] + tail)
    if c.missing_container:
        c.container = "" if not c.periodical else c.container
    return c
