"""Bibliography styles written with pybtex's template language, and a
backend that turns pybtex's rich text into the edition's inline nodes.

``chicago``: notes-and-bibliography manner (``Aliyev, N. “Title.” *Eurasia
Daily Monitor* 15, no. 47 (March 28, 2018). Accessed May 15, 2021. URL.``),
with ``[online]`` kept.  ``journal``: the manner of the journal's own list
(``Aliyev N., Title, “Eurasia Daily Monitor”, vol. 15, issue: 47, 28 III
2018 [accessed: 15 V 2021]: <URL>.``).  Neither changes the case of a
title: transliterated titles stay as written.

Any other style is CSL (:mod:`.csl`): :func:`format_entry` takes a CSL
style's name or file too, and :func:`format_bibliography` formats a whole
list at once (CSL sorts and disambiguates over the list), with the terms of
the reading's language.

Both built-in styles print their words and dates in the reading's language
(:class:`Words`): English as written here, any other language from the CSL
locale citeproc-py ships ("herausgegeben von", "Zugegriffen 15. Mai 2021",
"o. J.", "S.", German quotation marks), so a German reading's bibliography
reads German whatever the style.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
import re

from pybtex import richtext
from pybtex.style.formatting import BaseStyle, toplevel
from pybtex.style.template import field, join, node, optional, tag, FieldIsMissing

from .. import model
from .dates import from_iso
from .bibtex import make_entry
from .csl import NO_DATE, find_style, format_items, locale_terms, with_year_suffix
from .csljson import entry_to_csl

# ---------------------------------------------------------------- words


@dataclass(frozen=True)
class Words:
    """The words and the date manner of the built-in styles in one language.
    English is the styles' own wording; any other language takes the terms
    of its CSL locale (:func:`words`)."""

    lang: str = "en"
    and_: str = "and"
    edited_by: str = "edited by"       # Chicago, after the title
    translated_by: str = "translated by"
    in_: str = "In"                    # Chicago, before a book's title
    accessed: str = "Accessed"         # Chicago, a block of its own
    accessed_lc: str = "accessed"      # the journal's "[accessed: …]"
    ed: str = "ed."
    eds: str = "eds."
    no: str = "no."
    vol: str = "vol."
    issue: str = "issue:"
    page: str = "p."
    pages: str = "pp."
    in_bracket: str = "[in:]"          # the journal's "[in:] The sea"
    online: str = "[online]"
    no_date: str = "n.d."
    et_al: str = "et al."              # a list of names cut short ("Honneth et al.")
    quotes: tuple = ("“", "”", "‘", "’")
    piq: bool = True                   # punctuation inside the closing quote
    serial_comma: bool = True          # "A, B, and C"

    def long_date(self, d) -> str:
        """A date as Chicago prints it: ``May 15, 2021``, ``15. Mai 2021``."""
        if self.lang == "en":
            return d.long()
        return locale_terms(self.lang).date_text(d.year, d.month, d.day)

    def roman_date(self, d) -> str:
        """The journal's manner: ``15 V 2021``; a month alone by its name."""
        if self.lang == "en" or not d.month or d.day:
            return d.roman()
        return locale_terms(self.lang).date_text(d.year, d.month)

    def edition(self, n: int) -> str:
        """"2" → ``2nd ed``, ``2. Aufl`` (the block adds the full stop)."""
        if self.lang == "en":
            suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            return f"{n}{suf} ed"
        t = locale_terms(self.lang)
        return f"{t.ordinal(n, t.genders.get('edition', ''))} {t.term('edition', 'short')}".rstrip(".")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


#: a language's own convention where its CSL locale's term is not what its
#: bibliographies print: German writes "In:" before the book of a chapter
_CONVENTIONS = {"de": {"in_": "In:"}}


@functools.lru_cache(maxsize=None)
def words(lang: str = "en") -> Words:
    """The built-in styles' words in ``lang`` (a BCP 47 tag; English for
    any English tag, so the styles print as they always have).

    >>> w = words("de")
    >>> w.edited_by, w.accessed, w.no_date, w.no, w.pages, w.quotes[:2], w.in_
    ('herausgegeben von', 'Zugegriffen', 'o.\xa0J.', 'Nr.', 'S.', ('„', '“'), 'In:')
    >>> words("en-GB") == words("en") == Words(), words("fr").and_, words("pl").in_bracket
    (True, 'et', '[w:]')
    """
    base = (lang or "en").split("-")[0].lower()
    if base == "en":
        return Words()
    t = locale_terms(lang)
    if not t.path.name.startswith(f"locales-{base}"):     # no locale: the styles' English
        return Words()
    quotes = tuple(t.term(n) for n in ("open-quote", "close-quote", "open-inner-quote",
                                       "close-inner-quote"))
    w = dict(
        lang=base, and_=t.term("and"), edited_by=t.term("editor", "verb"),
        translated_by=t.term("translator", "verb") or "translated by",
        in_=_cap(t.term("in")), accessed=_cap(t.term("accessed")), accessed_lc=t.term("accessed"),
        ed=t.term("editor", "short"), eds=t.term("editor", "short", plural=True),
        no=t.term("issue", "short"), vol=t.term("volume", "short"),
        issue=t.term("issue", "short"), page=t.term("page", "short"),
        pages=t.term("page", "short", plural=True), in_bracket=f"[{t.term('in')}:]",
        online=f"[{t.term('online')}]", no_date=t.term("no date", "short"),
        et_al=t.term("et-al") or "et al.",
        quotes=quotes if all(quotes) else Words.quotes, piq=t.piq, serial_comma=False)
    w.update(_CONVENTIONS.get(base, {}))
    return Words(**w)


def _words(context) -> Words:
    return getattr(context.get("style"), "words", None) or Words()


# ---------------------------------------------------------------- custom nodes


def _persons(entry, role):
    return entry.persons.get(role, [])


def _is_org(p) -> bool:
    return len(p.last_names) == 1 and p.last_names[0].startswith("{") and not p.first_names


def _plain(s: str) -> str:
    return s.replace("{", "").replace("}", "")


_SUFFIX = re.compile(r"^(?:Jr|Sr|Jun|Sen|jr|sr)\.?$|^(?:II|III|IV)$")


#: one-letter words that open a surname, not initials ("Ó Briain")
_NAME_PARTICLES = {"Ó", "Ô", "Ú", "Á", "É", "Í"}


def _first(p) -> str:
    """The given names as printed; an initial the list wrote without its
    point ("D. C Shin", Vancouver's "Rutter M") takes one, as the list's
    other initials have ("D. C. Shin", "M. Rutter").

    Initials run together in capitals after a surname that is not
    ("Cook EH Jr") are initials too:

    >>> from pybtex.database import Person
    >>> _first(Person("Shin, D. C")), _first(Person("Кондратьева, Н")), _first(Person("Lee, Anna K"))
    ('D. C.', 'Н.', 'Anna K.')
    >>> _first(Person("Cook, EH Jr")), _first(Person("SMITH, ANN")), _first(Person("Koch, J-L"))
    ('E. H.', 'ANN', 'J.-L.')

    A one-letter word of a surname the given names took ("Lars Ó" of
    "Lars Ó Briain") stays as it is.
    """
    mixed = any(ch.islower() for ch in _last(p))
    out = []
    for n in p.first_names + p.middle_names:
        if _SUFFIX.match(n):
            continue
        if re.fullmatch(r"[^\W\d_]", n) and n not in _NAME_PARTICLES:
            n += "."
        elif re.fullmatch(r"[A-ZÀ-ÞА-ЯЁ]-[A-ZÀ-ÞА-ЯЁ]", n):
            n = n.replace("-", ".-") + "."          # "J-L" -> "J.-L."
        elif mixed and re.fullmatch(r"[A-ZÀ-ÞА-ЯЁ]{2,3}", n):
            n = " ".join(ch + "." for ch in n)
        out.append(n)
    return " ".join(out)


def _suffix(p) -> str:
    """A generational suffix ("Jr", "III"), as BibTeX keeps it ("Cook, Jr,
    EH") or as a list writes it after the initials ("Cook EH Jr")."""
    return " ".join(list(p.lineage_names) + [n for n in p.first_names + p.middle_names
                                             if _SUFFIX.match(n)])


def _last(p) -> str:
    return _plain(" ".join(p.prelast_names + p.last_names))


@node
def journal_names(children, context, role="author"):
    """``Wezeman P.D., Kuimova A.``; organisations as written."""
    ps = _persons(context["entry"], role)
    if not ps:
        raise richtext_missing(role, context)
    out = []
    for p in ps:
        if _is_others(p):
            out.append(_words(context).et_al)
        elif _is_org(p):
            out.append(_last(p))
        else:
            ini = "".join(_initials(_first(p)))
            out.append(" ".join(x for x in (_last(p), ini, _suffix(p)) if x))
    return richtext.Text(", ".join(out))


def _is_others(p) -> bool:
    """BibTeX's "and others": the names a list cut short with "et al."."""
    return [str(n) for n in p.last_names] == ["others"] and not p.first_names


def _initials(first: str) -> list[str]:
    if re.fullmatch(r"(?:[^\W\d_][a-z]?\.\s*-?)+", first):
        return [x + "." for x in re.findall(r"[^\W\d_][a-z]?(?=\.)", first)]
    return [w[0] + "." for w in re.split(r"[\s-]+", first) if w]


@node
def chicago_names(children, context, role="author", invert_first=True):
    """``Wezeman, P. D., A. Kuimova, and S. T. Wezeman``; a suffix after the
    surname ("E. H. Cook Jr", never "E. H. Jr Cook").

    >>> from pybtex.database import Entry, Person
    >>> e = Entry("article", persons={"author": [Person("Lord, C"), Person("Cook, EH Jr")]})
    >>> str(chicago_names().format_data({"entry": e}))
    'Lord, C., and E. H. Cook Jr'
    >>> e = Entry("book", persons={"editor": [Person("Honneth, Axel"), Person("others")]})
    >>> str(chicago_names(role="editor", invert_first=False).format_data({"entry": e}))
    'Axel Honneth et al.'
    """
    ps = _persons(context["entry"], role)
    if not ps:
        raise richtext_missing(role, context)
    w = _words(context)
    others = len(ps) > 1 and _is_others(ps[-1])
    out = []
    for i, p in enumerate(ps[:-1] if others else ps):
        jr = _suffix(p)
        if _is_org(p):
            out.append(_last(p))
        elif i == 0 and invert_first:       # "Cook, E. H., Jr."
            out.append(", ".join(x for x in (_last(p), _first(p), jr) if x))
        else:                               # "E. H. Cook Jr."
            out.append(" ".join(x for x in (_first(p), _last(p), jr) if x))
    if others:      # "Honneth, Axel, et al.", "edited by Axel Honneth et al.", "Lee, K., Sam Roe, et al."
        s = ", ".join(out)
        s += f", {w.et_al}" if len(out) > 1 or invert_first and "," in out[0] else f" {w.et_al}"
    elif len(out) == 1:
        s = out[0]
    elif len(out) == 2:
        s = f"{out[0]}{',' if invert_first and ',' in out[0] else ''} {w.and_} {out[1]}"
    else:
        s = ", ".join(out[:-1]) + ("," if w.serial_comma else "") + f" {w.and_} " + out[-1]
    return richtext.Text(s)


def richtext_missing(name, context):
    return FieldIsMissing(name, context["entry"])


#: a display field naming the date field printed as the source gives it
#: though it cannot be right (``check`` lists it; the editor settles it):
#: the date is followed by "[sic]"
DOUBT_MARK = "doubtful"


@node
def date_field(children, context, name="date", manner="roman"):
    """A date field printed in the given manner (roman | long); "[sic]"
    after a date the source gives that cannot be right (:data:`DOUBT_MARK`).

    >>> from pybtex.database import Entry
    >>> e = Entry("online", fields={"urldate": "2021-05-15", DOUBT_MARK: "urldate"})
    >>> str(date_field(name="urldate", manner="long").format_data({"entry": e}))
    'May 15, 2021 [sic]'
    """
    entry = context["entry"]
    raw = entry.fields.get(name)
    if not raw:
        raise richtext_missing(name, context)
    w = _words(context)
    d = from_iso(raw)
    sic = " [sic]" if entry.fields.get(DOUBT_MARK) == name else ""
    if d is None:
        return richtext.Text((w.no_date if NO_DATE.match(raw) else raw) + sic)
    return richtext.Text((w.roman_date(d) if manner == "roman" else w.long_date(d)) + sic)


@node
def year(children, context):
    """The year, or the language's "no date" where the source says there is
    none; with the year the work first appeared in brackets ("1984
    [1893]").  An entry whose source marks it undated in a note ("Berlin
    o.J.") prints the mark as the source gives it."""
    f = context["entry"].fields
    raw = f.get("year")
    if not raw:
        note = _plain(f.get("note", "")).strip()
        if note and NO_DATE.match(note):
            return richtext.Text(note)
        raise richtext_missing("year", context)
    out = _words(context).no_date if NO_DATE.match(raw) else raw
    note = _plain(f.get("note", "")).strip()
    if note and NO_DATE.match(note) and raw[:4].isdigit():
        out = f"{note} ({raw})"         # "o. J. (1973)": undated, the year supplied
    month = _plain(f.get("month", "")).strip()
    if month and raw[:4].isdigit() and len(str(f.get("date", raw)).strip()) <= 5:
        out = f"{month}{',' if month[-1:].isdigit() else ''} {out}"     # "May 2011": a meeting's month
    orig = _plain(f.get("origdate", "")).strip()
    return richtext.Text(f"{out} [{orig}]" if orig else out)


@node
def dated(children, context, manner="long"):
    """The date in the given manner; with the month or season a list
    gives in words beside the year ("January/February", "Janvier"), both
    as given ("January/February 1999"); a year with the letter that tells
    the same authors' works of one year apart, as the year.

    >>> from pybtex.database import Entry
    >>> str(dated().format_data({"entry": Entry("article", fields={"year": "2004b", "date": "2004"})}))
    '2004b'
    >>> str(dated().format_data({"entry": Entry("article", fields={"year": "2004a"})}))
    '2004a'
    """
    f = context["entry"].fields
    month = _plain(f.get("month", "")).strip()
    y = _plain(f.get("year", "")).strip()
    if month and y[:4].isdigit() and str(f.get("date", y)).strip()[:4] == y[:4] and len(str(f.get("date", y))) <= 5:
        return richtext.Text(f"{month}{',' if month[-1:].isdigit() else ''} {y}")     # "March 2, 2001"
    note = _plain(f.get("note", "")).strip()
    if note and NO_DATE.match(note) and y[:4].isdigit():
        return richtext.Text(f"{note} ({y})")       # "o. J. (1973)": undated, the year supplied
    d = _plain(f.get("date", "")).strip()
    if re.fullmatch(r"\d{4}[a-z]", y) and d in ("", y[:4]) or not d and y:
        return richtext.Text(y)     # the year with its letter ("2004b"), or the year a date is missing for
    return date_field(manner=manner).format_data(context)


@node
def book_volume(children, context, capital=True):
    """The volume of a book in several, when no series or main title
    prints it ("Vol. 2", "Bd. 2")."""
    f = context["entry"].fields
    vol = _plain(f.get("volume", "")).strip()
    if not vol or f.get("series") or f.get("maintitle"):
        raise richtext_missing("volume", context)
    word = _words(context).vol
    label = _plain(f.get("volumelabel", "")).strip()     # the list's own word: "Vols.", "Teil"
    if label and not capital and re.match(r"(?i)vol|part|pt\.|tome", label):
        label = label[:1].lower() + label[1:]           # (an English word inside a sentence: "vol. 5")
    return richtext.Text(f"{label or (_cap(word) if capital else word)} {vol}")


@node
def book_title(children, context):
    """A book's title in italics, after the main title of the work in parts
    it is a part of ("Die Liebe zur Landschaft, Teil II: Der Drang nach
    Osten") and with its subtitle when the source gave one apart."""
    f = context["entry"].fields
    if not f.get("title"):
        raise richtext_missing("title", context)
    if not (f.get("maintitle") or f.get("subtitle")):
        return tag("em")[field("title")].format_data(context)     # the title as the style always printed it
    title = _plain(f["title"])
    main = _plain(f.get("maintitle", "")).strip()
    sub = _plain(f.get("subtitle", "")).strip()
    if sub:
        title = f"{title}{'' if title.endswith(('.', '?', '!', ':')) else '.'} {sub}"
    if main:
        vol = _plain(f.get("volume", "")).strip()
        label = _plain(f.get("volumelabel", "")).strip() or _words(context).vol
        title = f"{main}, {label} {vol}: {title}" if vol else f"{main}: {title}"
    return richtext.Tag("em", title)


@node
def series_number(children, context):
    """The series a book appeared in, with its number in the series
    ("Beiträge zur Geschichte der Soziologie 8")."""
    f = context["entry"].fields
    series = _plain(f.get("series", "")).strip()
    if not series:
        raise richtext_missing("series", context)
    num = "" if f.get("maintitle") else _plain(f.get("volume", "")).strip()
    label = _plain(f.get("volumelabel", "")).strip()
    if num and label:
        return richtext.Text(f"{series}, {label} {num}")     # as the list writes it: "…, Band 3"
    return richtext.Text(f"{series} {num}" if num else series)


@node
def host_issue(children, context):
    """The issue of the journal or book a part appeared in, when no series
    holds the number ("In *die hochschule*, edited by …, no. 2, 102–116").

    >>> from pybtex.database import Entry
    >>> str(host_issue().format_data({"entry": Entry("incollection", fields={"number": "2"})}))
    'no. 2'
    >>> host_issue().format_data({"entry": Entry("incollection", fields={"number": "2", "series": "S"})})
    Traceback (most recent call last):
    ...
    pybtex.style.template.FieldIsMissing: missing number in incollection
    """
    f = context["entry"].fields
    num = _plain(f.get("number", "")).strip()
    if not num or f.get("series"):
        raise richtext_missing("number", context)
    return richtext.Text(f"{_words(context).no} {num}")


@node
def link(children, context, name="url", angle=False):
    url = context["entry"].fields.get(name)
    if not url:
        raise richtext_missing(name, context)
    h = richtext.HRef(url, url)
    return richtext.Text("<", h, ">") if angle else richtext.Text(h)


@node
def doi_or_url(children, context):
    """The work's DOI as a link (``https://doi.org/…``), else its URL: a
    DOI is the lasting address (Chicago 14.8)."""
    f = context["entry"].fields
    doi = _plain(f.get("doi", "")).strip()
    if doi:
        doi = re.sub(r"(?i)^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", doi)
        url = f"https://doi.org/{doi}"
        return richtext.Text(richtext.HRef(url, url))
    url = f.get("url")
    if not url:
        raise richtext_missing("url", context)
    return richtext.Text(richtext.HRef(url, url))


@node
def quoted(children, context):
    """Text in the language's quotation marks."""
    q = _words(context).quotes
    return richtext.Text(q[0], richtext.Text(*[c.format_data(context) for c in children]), q[1])


# what a work is, when it is no book or article: a thesis, a paper given, a report
DESCRIPTOR = re.compile(r"(?i)diplomarbeit|dissertation|\bdiss\.|disertac|disetac|thesis|thèse|"
                        r"magisterarbeit|masterarbeit|habilitation|paper presented|vortrag|"
                        r"working paper|arbeitspapier|manuscript|manuskript|unpublished|"
                        r"unveröffentlicht|santrauka|report|bericht|gutachten|forthcoming|"
                        r"in press|im druck|im erscheinen|mimeo|typescript|typoskript|first published|originally published|"
                        r"erstmals erschienen|zuerst erschienen|reprint|nachdruck|\bconference\b|\bcongress\b|\bsymposium\b|"
                        r"\bworkshop\b|\bannual meeting\b|\btagung\b|\bkongress\b|\bcolloque\b")


@node
def capitalised(children, context, name="note"):
    """A field that opens a block, with a capital ("paper presented at …"
    → "Paper presented at …")."""
    val = context["entry"].fields.get(name)
    if not val:
        raise richtext_missing(name, context)
    return richtext.Text(_cap(val))


# a remark on the work's history: printed after the edition cited
HISTORY = re.compile(r"(?i)first published|originally published|erstmals|zuerst erschienen|reprint|nachdruck")


@node
def descriptor(children, context, name="note", capital=True):
    """A field that says what the work is ("unveröffentlichte Diplomarbeit,
    …", "Paper presented at …"); other remarks the parser kept there are
    not printed, nor its history (:func:`history`).  It opens a block:
    with a capital ("Unveröffentlichte Diplomarbeit")."""
    val = context["entry"].fields.get(name)
    if not val or not DESCRIPTOR.search(_plain(val)) or HISTORY.search(_plain(val)):
        raise richtext_missing(name, context)
    return richtext.Text(_cap(val) if capital else val)


#: the words that name who helped make a work, not its author ("unter
#: Mitarbeit von Cordula Tollmien", "with the assistance of …")
COLLABORATION = re.compile(r"(?:unter\s+(?:Mitarbeit|Mitwirkung)\s+von|in\s+Zusammenarbeit\s+mit|"
                           r"with\s+the\s+(?:assistance|collaboration)\s+of|in\s+collaboration\s+with|"
                           r"assisted\s+by|avec\s+la\s+collaboration\s+de|con\s+la\s+colaboraci[oó]n\s+de)",
                           re.I)


@node
def collaboration(children, context, name="note"):
    """Who helped make a book, as the list says it, a block of its own:
    "Unter Mitarbeit von Cordula Tollmien".

    >>> from pybtex.database import Entry
    >>> str(collaboration().format_data({"entry": Entry("book", fields={"note": "unter Mitarbeit von C. Roe"})}))
    'Unter Mitarbeit von C. Roe'
    """
    val = _plain(context["entry"].fields.get(name, "")).strip()
    if not COLLABORATION.match(val) or len(val) > 120:
        raise richtext_missing(name, context)
    return richtext.Text(_cap(val))


@node
def history(children, context, name="note"):
    """A remark on the work's history ("first published in 1962"), a block
    of its own after the edition cited: "First published in 1962"."""
    val = context["entry"].fields.get(name)
    if not val or not HISTORY.search(_plain(val)) or len(_plain(val)) > 100:
        raise richtext_missing(name, context)       # (a note's commentary is no remark on the work)
    return richtext.Text(_cap(_plain(val)))


@node
def edition(children, context):
    """The edition of a book: "2" → "2nd ed."; words as given."""
    val = _plain(context["entry"].fields.get("edition", "")).strip()
    if not val or val == "1":
        raise richtext_missing("edition", context)
    w = _words(context)
    if val.isdigit():
        val = w.edition(int(val))
    elif re.fullmatch(r"\d+(?:st|nd|rd|th)", val):
        val = w.edition(int(val[:-2]))
    else:
        val = _cap(val)         # a block of its own: "Seconde édition", "Revised ed."
    return richtext.Text(val)


@node
def online_mark(children, context):
    if context["entry"].fields.get("howpublished", "").lower() != "online":
        raise richtext_missing("howpublished", context)
    return richtext.Text(_words(context).online)


@node
def blocks(children, context):
    """Chicago's blocks: ``A. “B.” C.`` — a full stop between blocks unless
    one is there already, and one at the end."""
    parts = [c.format_data(context) if hasattr(c, "format_data") else richtext.Text(c)
             for c in children if c is not None]
    parts = [p for p in parts if len(p)]
    out = []
    for i, p in enumerate(parts):
        out.append(p)
        s = str(p)
        ends = s.endswith((".", "?", "!")) or (s[-1:] in "”“»" and s[:-1].endswith((".", "?", "!")))
        if i < len(parts) - 1:
            out.append(" " if ends else ". ")
        elif not ends:
            out.append(".")
    return richtext.Text(*out)


@node
def stopped(children, context):
    """The children joined, with a full stop at the end unless one is
    there ("Frankfurt o. J." takes none more)."""
    text = join[children].format_data(context)
    return richtext.Text(text, "" if str(text).endswith(".") else ".")


@node
def title_in_quotes(children, context, name="title"):
    """Chicago's ``“Title.”``: inner quotes become single, and no full stop
    after a question or exclamation mark."""
    raw = context["entry"].fields.get(name)
    if not raw:
        raise richtext_missing(name, context)
    q = _words(context).quotes
    t = _plain(raw)
    t = re.sub(r"[“„]([^”“]*)[”“]", q[2] + r"\1" + q[3], t)
    if q[0] not in "“„":        # (a language whose quotes are others: « » inside « »)
        t = re.sub(rf"{re.escape(q[0])}([^{re.escape(q[0] + q[1])}]*){re.escape(q[1])}", q[2] + r"\1" + q[3], t)
    stop = "" if t.endswith(("?", "!", ".")) else "."
    if not _words(context).piq:
        return richtext.Text(q[0], t, q[1], stop)
    return richtext.Text(q[0], t, stop, q[1])


# ---------------------------------------------------------------- journal style


class _Style(BaseStyle):
    """A built-in style in one language (its :class:`Words`)."""

    default_name_style = None
    default_label_style = None
    default_sorting_style = None

    def __init__(self, lang: str = "en", **kwargs):
        super().__init__(**kwargs)
        self.words = words(lang)


class JournalStyle(_Style):
    """The journal's own manner, as its landing page lists works."""

    def _tail(self):
        return join[optional[f" [{self.words.accessed_lc}: ", date_field(name="urldate"), "]"],
                    optional[": ", link(angle=True)]]

    def _head(self):
        return optional[journal_names, ", "]

    def get_article_template(self, e):
        if "date" in e.fields and len(e.fields["date"]) > 4:
            body = join(sep=", ")[
                field("title"),
                join(sep=" ")[quoted[field("journal")], optional[online_mark]],
                optional[f"{self.words.vol} ", field("volume")],
                optional[f"{self.words.issue} ", field("number")],
                optional[f"{self.words.pages} ", field("pages")],
                join[date_field, self._tail()],
            ]
        else:
            body = join(sep=", ")[
                field("title"),
                join(sep=" ")[quoted[field("journal")], optional[online_mark],
                              optional[year]],
                optional[f"{self.words.vol} ", field("volume")],
                optional[f"{self.words.no} ", field("number")],
                optional[_pages_journal],
                optional[join[self._tail()]] if "url" in e.fields or "urldate" in e.fields
                else optional[field("note")],
            ]
        return toplevel[stopped[self._head(), body]]

    def get_online_template(self, e):
        body = join(sep=", ")[
            field("title"),
            optional[join(sep=" ")[field("organization"), optional[online_mark]]],
            optional[join[date_field, self._tail()]],
        ]
        if "date" not in e.fields:
            body = join[body, self._tail()]
        return toplevel[stopped[self._head(), body]]

    def get_book_template(self, e):
        body = join(sep=", ")[
            field("title"),
            optional[f"{self.words.ed} ", journal_names(role="editor")]
            if "author" in e.persons else None,
            optional[field("publisher")],
            join(sep=" ")[optional[field("address")], optional[year]],
        ]
        head = self._head() if "author" in e.persons else \
            optional[journal_names(role="editor"), f" ({self.words.ed}), "]
        return toplevel[stopped[head, body, optional[self._tail()]]]

    def get_report_template(self, e):
        body = join(sep=", ")[
            field("title"),
            join(sep=" ")[optional[field("institution")], optional[field("titleaddon")]],
            optional[join["(", join(sep=", ")[optional[field("series")],
                                             optional[date_field]], ")"]],
        ]
        return toplevel[stopped[self._head(), body,
                                optional[": ", link(angle=True)],
                                optional[f" [{self.words.accessed_lc}: ",
                                         date_field(name="urldate"), "]"]]]

    get_techreport_template = get_report_template

    def get_misc_template(self, e):
        body = join(sep=", ")[field("title"), optional[field("organization")],
                              optional[join[date_field, self._tail()]]]
        if "date" not in e.fields:
            body = join[body, self._tail()]
        return toplevel[stopped[self._head(), body]]


    def get_incollection_template(self, e):
        """``Lee K., Tides, [in:] The sea, ed. Müller H., Springer, Berlin 2003, pp. 45–67.``"""
        body = join(sep=", ")[
            field("title"),
            join[f"{self.words.in_bracket} ", field("booktitle")],
            optional[f"{self.words.ed} ", journal_names(role="editor")],
            optional[host_issue],
            optional[field("publisher")],
            join(sep=" ")[optional[field("address")], optional[year]],
            optional[_pages_journal],
        ]
        return toplevel[stopped[self._head(), body, optional[self._tail()]]]

    def get_thesis_template(self, e):
        body = join(sep=", ")[
            field("title"), optional[field("titleaddon")],
            join(sep=" ")[optional[field("publisher")], optional[field("school")],
                          optional[year]],
        ]
        return toplevel[stopped[self._head(), body, optional[self._tail()]]]

    get_inproceedings_template = get_incollection_template
    get_inbook_template = get_incollection_template
    get_phdthesis_template = get_thesis_template
    get_mastersthesis_template = get_thesis_template


@node
def _pages_journal(children, context):
    pages = context["entry"].fields.get("pages")
    if not pages:
        raise richtext_missing("pages", context)
    single = not any(ch in pages for ch in "–-,")
    w = _words(context)
    return richtext.Text(f"{w.page if single else w.pages} " + pages)


# ---------------------------------------------------------------- chicago style


class ChicagoStyle(_Style):
    """Chicago notes-and-bibliography manner, bibliography form."""

    def _accessed(self):
        return optional[f"{self.words.accessed} ", date_field(name="urldate", manner="long")]

    def _url(self):
        return optional[doi_or_url]

    def _author(self):
        return optional[chicago_names]

    def get_article_template(self, e):
        vol = join(sep=" ")[
            tag("em")[field("journal")], optional[online_mark],
            optional[field("volume")],
        ]
        num = optional[f", {self.words.no} ", field("number")]
        when = optional[" (", dated, ")"]
        pages = optional[": ", field("pages")]
        return blocks[
            self._author(),
            title_in_quotes,
            join[vol, num, when, pages],
            self._accessed(),
            self._url(),
        ]

    def get_online_template(self, e):
        # the site is left out when it is the organisation that wrote the page
        authors = [_plain(" ".join(p.last_names)) for p in e.persons.get("author", [])]
        site = "organization" in e.fields and _plain(e.fields["organization"]) not in authors
        return blocks[
            self._author(),
            title_in_quotes,
            optional[join(sep=", ")[
                join(sep=" ")[field("organization"), optional[online_mark]],
                optional[field("address")], optional[date_field(manner="long")]]] if site
            else join(sep=", ")[optional[field("address")], optional[online_mark],
                                optional[date_field(manner="long")]],
            self._accessed(),
            self._url(),
        ]

    def get_book_template(self, e):
        ed_first = "author" not in e.persons and "editor" in e.persons
        imprint = "address" in e.fields or "publisher" in e.fields
        return blocks[
            join[chicago_names(role="editor"), f", {self.words.eds}"
                 if len(e.persons.get("editor", [])) > 1 else f", {self.words.ed}"]
            if ed_first else self._author(),
            book_title,
            None if ed_first else optional[f"{_cap(self.words.edited_by)} ",
                                            chicago_names(role="editor", invert_first=False)],
            optional[f"{_cap(self.words.translated_by)} ",
                     chicago_names(role="translator", invert_first=False)],
            optional[collaboration],
            optional[book_volume],
            optional[edition],
            optional[series_number],        # a series, or "Paper presented at …"
            optional[descriptor] if imprint else None,
            join(sep=", ")[join(sep=": ")[optional[field("address")],
                                          optional[field("publisher")]],
                           optional[year]] if imprint
            else join(sep=", ")[optional[descriptor], optional[year]],     # "Forthcoming, 2007."
            optional[field("pagetotal")],
            optional[history],
            self._accessed(),
            self._url(),
        ]

    def get_report_template(self, e):
        return blocks[
            self._author(),
            join(sep=", ")[tag("em")[field("title")], optional[field("titleaddon")]],
            optional[series_number],        # "IZA Discussion Paper 97"
            join(sep=", ")[optional[descriptor], optional[field("institution")], optional[field("address")],
                           optional[date_field(manner="long")]],
            self._accessed(),
            self._url(),
        ]

    # BibTeX's name of a report: printed as one (its institution kept)
    get_techreport_template = get_report_template

    def get_misc_template(self, e):
        if DESCRIPTOR.search(_plain(e.fields.get("howpublished", ""))):
            # "Paper presented at the Annual Meeting of …, Chicago, IL, May 2001."
            return blocks[
                self._author(),
                title_in_quotes,
                optional[field("organization")],
                join(sep=", ")[capitalised(name="howpublished"), optional[field("note")],
                               optional[field("address")], optional[dated]],
                self._accessed(),
                self._url(),
            ]
        return blocks[
            self._author(),
            title_in_quotes,
            optional[field("organization")],
            optional[field("howpublished")],
            # "unveröffentlichte Diplomarbeit, …": what the work is, and when
            join(sep=", ")[optional[descriptor], optional[dated]],
            optional[field("pagetotal")],
            optional[history],
            self._accessed(),
            self._url(),
        ]


    def get_incollection_template(self, e):
        """``Lee, Kim. “Tides.” In *The Sea*, edited by Hans Müller, 45–67.
        Berlin: Springer, 2003.``"""
        return blocks[
            self._author(),
            title_in_quotes,
            join(sep=", ")[join[f"{self.words.in_} ", tag("em")[field("booktitle")]],
                           optional[book_volume(capital=False)],
                           optional[f"{self.words.edited_by} ",
                                    chicago_names(role="editor", invert_first=False)],
                           optional[host_issue],
                           optional[field("pages")]],
            optional[series_number],
            join(sep=", ")[join(sep=": ")[optional[field("address")],
                                          optional[field("publisher")]],
                           optional[year]],
            optional[history],
            self._accessed(),
            self._url(),
        ]

    def get_thesis_template(self, e):
        """``Roe, Rick. “A Thesis on Ports.” PhD thesis, University, 1999.``;
        ``Boustedt, Olaf. „Die Wirtschaftswerbung in Estland“. Diss., Berlin, 1942.``"""
        return blocks[
            self._author(),
            title_in_quotes,
            join(sep=", ")[optional[field("titleaddon")],
                           optional[descriptor(capital="titleaddon" not in e.fields)],
                           optional[field("school")],
                           join(sep=": ")[optional[field("address")], optional[field("publisher")]],
                           optional[year]],
            optional[field("pagetotal")],
            optional[history],
            self._accessed(),
            self._url(),
        ]

    get_inproceedings_template = get_incollection_template
    get_inbook_template = get_incollection_template
    get_phdthesis_template = get_thesis_template
    get_mastersthesis_template = get_thesis_template


STYLES = {"chicago": ChicagoStyle, "journal": JournalStyle}


# ---------------------------------------------------------------- to model nodes


def to_inlines(text) -> list[model.Inline]:
    """pybtex rich text → model inline nodes (Text, Emph, Link).

    >>> to_inlines(richtext.Text("a ", richtext.Tag("em", "b"), richtext.HRef("u", "u")))
    [Text(text='a ', type='text'), Emph(children=[Text(text='b', type='text')], type='emph'), Link(url='u', text='u', type='link')]
    """
    out: list[model.Inline] = []

    def add_text(s: str) -> None:
        if not s:
            return
        # a brace without its partner, written escaped (bibtex.encode_value)
        s = s.replace("\\textbraceleft ", "{").replace("\\textbraceright ", "}")
        if out and isinstance(out[-1], model.Text):
            out[-1] = model.Text(out[-1].text + s)
        else:
            out.append(model.Text(s))

    def walk(node) -> None:
        if isinstance(node, str):
            add_text(node)
        elif isinstance(node, richtext.String):
            add_text(node.value)
        elif isinstance(node, richtext.Symbol):
            add_text({"nbsp": "\u00a0", "ndash": "–", "newblock": " "}.get(node.name, ""))
        elif isinstance(node, richtext.HRef):
            out.append(model.Link(node.url, "".join(str(p) for p in node.parts)))
        elif isinstance(node, richtext.Tag) and node.name in ("em", "i"):
            out.append(model.Emph(_merge([x for p in node.parts for x in to_inlines(p)])))
        elif isinstance(node, richtext.BaseMultipartText):
            for p in node.parts:
                walk(p)
        else:
            add_text(str(node))

    walk(text)
    return out


def _merge(nodes):
    out = []
    for n in nodes:
        if isinstance(n, model.Text) and out and isinstance(out[-1], model.Text):
            out[-1] = model.Text(out[-1].text + n.text)
        else:
            out.append(n)
    return out


@functools.lru_cache(maxsize=None)
def _style(name: str, lang: str = "en") -> BaseStyle:
    """One instance per style and language (making one looks up pybtex's plugins)."""
    return STYLES[name](lang=lang)


def is_builtin(style) -> bool:
    """A style written here (``chicago``, ``journal``), not CSL.

    >>> is_builtin("chicago"), is_builtin("apa")
    (True, False)
    """
    return isinstance(style, str) and style in STYLES


def format_entry(entry, style, lang: str = "en") -> list[model.Inline]:
    """One pybtex entry in a style (a built-in name, a CSL style's name or
    its ``.csl`` file), as inline nodes."""
    if is_builtin(style):
        st = _style(style, lang or "en")
        if not hasattr(st, f"get_{entry.type.lower()}_template"):
            # a type the style has no manner for (an editor's @manual, a
            # Zotero export's pamphlet …) is printed as a work in general
            fields = dict(entry.fields)
            if "date" not in fields and fields.get("year"):
                fields["date"] = fields["year"]
            entry = type(entry)("misc", fields=fields, persons=entry.persons)
        fe = st.format_entry("", entry)
        return to_inlines(fe.text)
    path = Path(style) if isinstance(style, Path) else find_style(style)
    return format_items([entry_to_csl("entry", entry)], path, lang)[0][1]


def format_bibliography(entries: list[model.BibEntry], csl: Path, lang: str = "en",
                        cache=None, name: str = "") -> list[model.BibEntry]:
    """``entries`` formatted by the CSL style in ``csl`` (each
    ``BibEntry.formatted`` set) and ordered as the style orders them.
    ``cache`` (the build's stage cache) keeps each entry's text between
    builds, keyed by the style file, the language and the entry."""
    suffixes = year_suffixes(entries)
    items = [with_year_suffix(entry_to_csl(e.key, make_entry(e.type, display_fields(e, suffixes, lang),
                                                              e.persons)), suffixes.get(e.key, ""))
             for e in entries]

    done = format_items(items, Path(csl), lang, cache=cache, name=name)
    by_key = {e.key: e for e in entries}
    out = []
    for key, nodes in done:
        e = by_key.pop(key)
        e.formatted = [model.Text(e.label + "\u00a0"), *nodes] if e.label else nodes
        out.append(e)
    out += list(by_key.values())
    if any(e.label for e in entries):       # the article's numbering kept (numbered list)
        order = {e.key: i for i, e in enumerate(entries)}
        out.sort(key=lambda e: (0, order[e.key]) if e.label else (1, 0))
    return out


def format_work(fields: dict, persons: dict, csl: Path, lang: str = "en",
                entry_type: str | None = None, cache=None, name: str = "") -> list[model.Inline]:
    """One work (fields and persons as BibTeX gives them) in a CSL style:
    the reading's own citation on the handout and the reader's title page."""
    fields = dict(fields)
    if "date" not in fields and fields.get("year"):
        fields["date"] = str(fields["year"])
    for k in ("pages", "number"):
        if fields.get(k):
            fields[k] = page_range(str(fields[k]))
    etype = entry_type or ("article" if fields.get("journal") else
                           "online" if fields.get("url") else "misc")
    entry = make_entry(etype, fields, persons)
    return format_items([entry_to_csl("work", entry)], Path(csl), lang, cache=cache,
                        name=name)[0][1]


def _bare_year(f: dict) -> str:
    m = re.match(r"^\s*(1[5-9]\d\d|20\d\d)\s*$", str(f.get("year") or ""))
    return m.group(1) if m else ""


def year_suffixes(entries: list[model.BibEntry]) -> dict[str, str]:
    """Letters that tell apart works of the same authors in the same year
    (``Lee 2003a``, ``Lee 2003b``), as author-date styles print them: for
    every group of two or more entries with the same authors (or editors)
    and the same plain year, and none already suffixed in the group, a, b, c
    in the order of their titles.  Keys to suffixes; the entries keep their
    fields.

    >>> es = [model.BibEntry(k, "book", {"year": y, "title": t}, {"author": ["Lee, K."]})
    ...       for k, y, t in [("x", "2003", "Two"), ("y", "2003", "One"), ("z", "2005", "Three"),
    ...                       ("w", "2004a", "Four"), ("v", "2004", "Five")]]
    >>> year_suffixes(es)
    {'y': 'a', 'x': 'b'}
    """
    def who(e):
        people = e.persons.get("author") or e.persons.get("editor") or []
        return tuple(re.sub(r"\W+", "", p.split(",")[0]).lower() for p in people)

    groups: dict = {}
    for e in entries:
        y = str(e.fields.get("year") or "").strip()
        m = re.match(r"^(1[5-9]\d\d|20\d\d)([a-z]?)$", y)
        if m and who(e):
            groups.setdefault((who(e), m.group(1)), []).append((m.group(2), e))
    out: dict[str, str] = {}
    for group in groups.values():
        if len(group) < 2 or any(suf for suf, _ in group):
            continue
        ordered = sorted((e for _, e in group), key=lambda e: (str(e.fields.get("title") or "").lower(), e.key))
        for k, e in enumerate(ordered[:26]):
            out[e.key] = "abcdefghijklmnopqrstuvwxyz"[k]
    return out


#: the fields whose words are the work's and its host's names
_NAMED = ("title", "subtitle", "maintitle", "booktitle", "journal", "series", "titleaddon")


def typeset_quotes(text: str, lang: str = "en") -> str:
    """Quotation marks of a name as print sets them in the reading's
    language: a pair of straight quotes (a typewriter's '…' and "…") as
    the language's (single ones as its inner quotes); a span of years with
    a stray space closed up ("1920 –1945"), and a slash a line's end left
    a space after ("Child/ adolescent"; "A / B" stays).  Apostrophes stay, and so do
    the marks a title was written with (guillemets in a transliterated
    title: "raketoy «Iskander M»").

    >>> typeset_quotes('Schriftenreihe "Humanisierung des Arbeitslebens"')
    'Schriftenreihe “Humanisierung des Arbeitslebens”'
    >>> typeset_quotes("'Die werden zur Hyäne' – Erfahrungen", "de")
    '‚Die werden zur Hyäne‘ – Erfahrungen'
    >>> print(typeset_quotes("the EU's «new neighbourhood policy»"), typeset_quotes("Diktatur 1920 –1945"))
    the EU's «new neighbourhood policy» Diktatur 1920–1945
    >>> typeset_quotes("Child/ adolescent problems"), typeset_quotes("Arbeitsstrukturen / Volkswagenwerk AG")
    ('Child/adolescent problems', 'Arbeitsstrukturen / Volkswagenwerk AG')
    """
    q = words(lang).quotes
    text = re.sub(r'(?<![\w"])"(?=\S)([^"]+?)(?<=\S)"(?![\w"])', q[0] + r"\1" + q[1], text)
    text = re.sub(r"(?<![\w'])'(?=\S)([^']+?)(?<=\S)'(?![\w'])", q[2] + r"\1" + q[3], text)
    text = re.sub(r"(?<=[^\W\d_])/ (?=[^\W\d_])", "/", text)     # "Child/ adolescent": a line's end joined
    return re.sub(r"\b(1[5-9]\d\d|20\d\d)(?:\s+[–-]\s*|[–-]\s+)(1[5-9]\d\d|20\d\d)\b", r"\1–\2", text)


def display_fields(e: model.BibEntry, suffixes: dict[str, str], lang: str = "en") -> dict:
    """``e``'s fields as a style prints them: page ranges with an en dash
    (:func:`page_range`), quotation marks as the language sets them
    (:func:`typeset_quotes`), the year with its suffix from
    :func:`year_suffixes` (a date that is the year alone follows)."""
    f = dict(e.fields)
    if f.get("pages"):
        f["pages"] = page_range(str(f["pages"]))
    for k in _NAMED:
        if f.get(k):
            f[k] = typeset_quotes(str(f[k]), lang)
    suf = suffixes.get(e.key)
    if not suf:
        return f
    year = _bare_year(f)
    f["year"] = year + suf
    if str(f.get("date", "")).strip() == year:
        f.pop("date")
    return f


def page_range(pages: str) -> str:
    """A page range as print sets it: an en dash between the numbers,
    without spaces, whatever the source typed (``-``, ``--``, ``– ``).

    >>> page_range("488-500"), page_range("79– 83"), page_range("12--20, 31 - 4"), page_range("e123")
    ('488–500', '79–83', '12–20, 31–4', 'e123')
    """
    return re.sub(r"(?<=[\dIVXLCivxlc])\s*(?:-{1,3}|–|—|‐|‑|−)\s*(?=[\dIVXLCivxlc])", "–", pages)
