"""The timeline: dated events the article discusses, in chronological order.

:func:`extract` reads the body blocks of a :class:`~coursepack.model.Reading`
(never the footnotes: their dates are citation and access dates), finds the
dates in each sentence and pairs each with its clause, trimmed to a short
event label.

Dates understood: ``1994``, ``in 2016``, ``the 1994 truce``, ``July 2020``,
``early June``, ``the end of October``, ``9 November 2020``, ``9–10 November
2020``, ``November 9``, ``January 9, 2021``, ``October 19–20``.  Skipped on
purpose: year ranges and periods (``2016–20``, ``between 2013 and 2016``:
statistics, not events) and dates after ``until``/``till``/``before``/
``after``/``by`` (reference points, not events; the event itself is usually
reported elsewhere).

**Missing years** are inferred, in this order: an explicit year earlier in
the same sentence; earlier in the same paragraph; earlier in the same section;
later in the same section (an author who leaves the year out relies on the
section's own frame); otherwise the most recent year earlier in the article.
Such events carry a ``note`` in ``timeline.yaml`` saying where the year came
from, so that the instructor can check it.

``timeline.yaml`` is edited like ``questions.yaml`` (see :mod:`.editable`):
stable ids, a fingerprint of the generated fields, edits/drops/additions kept
by :func:`regenerate`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from pathlib import Path
import datetime as dt

import yaml
from rapidfuzz import fuzz

from . import model
from .editable import (NEAR_DUPLICATE, anchor_problems, anchor_texts, block_of_ref, compared,
                       custom_id, dup_key, emit_entries, entries_by_id, entry_nodes, fingerprint,
                       gone_refs, load_entries, merge, short_hash, status)
from .errors import Problem
from .schema import Field, ListOf, Schema, iso_date, valid_date
from .outputs import write_if_changed
from .textutil import is_reference_section, language, normalize_space, split_sentences, strip_citations


class _lazy:
    """A regular expression compiled where it is first used.  The module's
    patterns (73) took 30-60 ms of every build's import (loaded before the
    readings are gathered, so before anything else can start), and a reading
    with a timeline.yaml of its own needs none of them."""

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
                "pattern", "flags", "groups", "groupindex")

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)

    def __getattr__(self, name: str):
        rx = re.compile(*self._args)
        for m in self._METHODS:       # found directly from now on
            setattr(self, m, getattr(rx, m))
        return getattr(rx, name)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
_MON_ALT = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
            "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
MONTHS_PL = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
             "wrzesień", "październik", "listopad", "grudzień"]
MONTHS_PL_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
                 "sierpnia", "września", "października", "listopada", "grudnia"]
MONTHS_PL_LOC = ["styczniu", "lutym", "marcu", "kwietniu", "maju", "czerwcu", "lipcu",
                 "sierpniu", "wrześniu", "październiku", "listopadzie", "grudniu"]
#: month names of the other languages read (French, Spanish, Polish: written in
#: lower case, also capitalised at a sentence start), name → month
_MON_OTHER: dict[str, int] = {}
for _names in (MONTHS_FR, MONTHS_ES, MONTHS_PL, MONTHS_PL_GEN, MONTHS_PL_LOC):
    for _i, _n in enumerate(_names):
        _MON_OTHER.setdefault(_n, _i + 1)
        _MON_OTHER.setdefault(_n.capitalize(), _i + 1)
for _n in list(_MON_OTHER):
    if _n in MONTHS or _n in MONTHS_DE or _n in ("Mars", "Mayo", "Luty", "Maj", "Lipiec"):
        del _MON_OTHER[_n]
# a whole word only: "mai" and "maj" are also the start of "mainly", "majority"
_MON = r"(?<![^\W\d_])(?P<m>(?:" + "|".join(MONTHS) + "|" + \
    "|".join(m for m in MONTHS_DE if m not in MONTHS) \
    + "|" + "|".join(sorted(_MON_OTHER, key=len, reverse=True)) + r")(?![^\W\d_])" \
    + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
_DASH = r"\s*[–—-]\s*"
_QUAL = r"(?P<q>early|mid|late|the end of|end of|the beginning of|beginning of|the middle of|middle of)"

_PATTERNS = [
    # 9–10 November 2020, 9 November, 9 de noviembre de 2020
    _lazy(rf"(?<![\d–-])(?P<d1>\d{{1,2}})\.?(?:{_DASH}(?P<d2>\d{{1,2}})\.?)?\s+(?:de\s+)?{_MON}"
               rf"(?:\s+de(?:l)?\s+(?P<y2>\d{{4}})(?:\s*r\.)?)?"
               rf"(?:,?\s+(?P<y>\d{{4}}))?(?!\d)"),
    # November 9, 2021; October 19–20; November 9
    _lazy(rf"{_MON}\s+(?P<d1>\d{{1,2}})(?:{_DASH}(?P<d2>\d{{1,2}}))?(?:st|nd|rd|th)?"
               rf"(?:,?\s+(?P<y>\d{{4}}))?(?![\d–-])"),
    # early June 2021, July 2020, the end of October
    _lazy(rf"(?:{_QUAL}[\s-]+)?{_MON}(?:\s+(?:of\s+|de\s+|del\s+)?(?P<y>\d{{4}}))?(?![\d–-])"),
    # 1994, in 2016, the 1994 truce
    _lazy(r"(?<![\d–-])(?:(?P<q>(?i:early|mid|late|the end of|the beginning of|the middle of))"
               r"[\s-]+)?(?P<y>1[5-9]\d\d|20\d\d)"
               r"(?![\d–%/]|-\d|s\b|[’']s\b|\s*per\b)"),
    # 1968/69, 2002/2003: a season or an academic year (dated by its first year)
    _lazy(r"(?<![\d–/-])(?P<y>1[5-9]\d\d|20\d\d)/(?P<ys>\d\d(?:\d\d)?)(?![\d/%–-])"),
    # the early 1990s, at the end of the 1980s, Anfang der 1990er Jahre: a part of a
    # decade only (a bare "in the 1990s" is a period, never an event's date)
    _lazy(r"(?P<q>(?i:early|mid|late|the end of|the beginning of|the middle of)|"
               r"Anfang|Mitte|Ende)[\s-]+(?:(?:the|der)\s+)?(?P<dec>1[5-9]\d0|20[0-2]0)"
               r"(?:s\b|er(?:\s+Jahre\b)?|er-Jahre\b)"),
]
#: a part of a decade: the year it is dated by (its start, middle or end) and its label
_DECADE_PART = {"early": (0, "early {d}s", "Anfang der {d}er Jahre"),
                "the beginning of": (0, "early {d}s", "Anfang der {d}er Jahre"),
                "anfang": (0, "early {d}s", "Anfang der {d}er Jahre"),
                "mid": (4, "mid-{d}s", "Mitte der {d}er Jahre"),
                "the middle of": (4, "mid-{d}s", "Mitte der {d}er Jahre"),
                "mitte": (4, "mid-{d}s", "Mitte der {d}er Jahre"),
                "late": (7, "late {d}s", "Ende der {d}er Jahre"),
                "the end of": (7, "late {d}s", "Ende der {d}er Jahre"),
                "ende": (7, "late {d}s", "Ende der {d}er Jahre")}

_YEAR_CONTEXT = _lazy(
    r"(?:\b(?:in|since|from|during|of|by|until|till|early|mid|late|year|the|summer|spring|"
    r"autumn|fall|winter|and|to|before|after|im|jahre?|seit|ab|bis|anfang|ende|mitte|"
    r"frühjahr|sommer|herbst|winter|wintersemester|sommersemester|vor|nach|zum|zur|und|von|"
    r"en|depuis|dès|année|desde|año|w|od|roku|et|y|i)|,)\s*$", re.I)
_MONTH_CONTEXT = _lazy(
    r"(?:\b(?:in|on|since|from|during|by|until|till|the|of|before|after|early|mid|late|"
    r"end of|beginning of|middle of|im|am|seit|ab|bis|anfang|ende|mitte|vom|"
    r"en|depuis|dès|début|fin|mi|le|desde|el|de|w|od|na|z)|,)\s*$", re.I)
_SKIP_BEFORE = _lazy(r"\b(?:until|till|up to|before|after|by|prior to|not before|bis|vor|"
                          r"nach|jusqu’en|jusqu'en|jusqu’à|avant|après|hasta|antes de|"
                          r"después de|do|przed|po|"
                          # the start of a period or state ("has bases since 2020", "seit 1930 ist …"):
                          r"since|ever since|seit|ab|depuis|desde|od)\s*$", re.I)
#: a date inside a phrase that only locates another event ("took hold after the
#: first Union Summer in 1996", "excluding children born in 1992", "nach dem Krieg von
#: 1870"): the clause's own event is not of that date
_SKIP_PHRASE = _lazy(r"(?:\b(?:after|before|until|since|following|nach|vor|seit|bis|après|"
                          r"avant|depuis|después de|antes de)\s+(?:the|der|dem|des|den|la|le|les|"
                          r"el|los|las)\s+[^,;:()]{0,40}\b(?:in|of|von|im|en|de)|"
                          r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )\bborn\s+(?:in|on)|"
                          # a study's finding dated by its publication: "as Smith showed in 1991"
                          r"\b(?:[Bb]is|[Ss]eit|[Nn]ach|[Vv]or|[Aa]b|[Uu]ntil|[Ss]ince)\s+(?:zum|zur|dem|der|den|the)\s+"
                          r"(?:[a-zäöü]+\s+){0,2}[A-ZÄÖÜ][\w-]*(?:\s+(?:der|des|of|of the)\s+(?:[a-zäöü]+\s+){0,2}"
                          r"[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?)?|"
                          r"\b(?:showed|shown|demonstrated|found|established|documented|"
                          r"observed|hypothesi[sz]ed|theori[sz]ed)\s+(?:already\s+)?(?:in|as early as))\s*$")
_QUAL_DAY = {"early": 1, "beginning of": 3, "the beginning of": 3, "mid": 15, "middle of": 15,
             "the middle of": 15, "late": 25, "end of": 28, "the end of": 28}


@dataclass
class DateRef:
    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None
    day2: int | None = None
    qual: str = ""
    skip: bool = False        # a reference point (until/after …) or a period
    inferred: str = ""        # where a missing year came from
    season: str = ""          # "spring" … of a bare year ("im Frühjahr 1930"), shown in the label
    alt: str = ""             # a year's own form ("1968/69"), printed as written

    def iso(self) -> str:
        return iso_date(self.year, self.month, self.day)

    def label(self, lang: str = "en") -> str:
        """The date as printed.

        >>> DateRef(0, 0, 2020, 11, 9, 10).label()
        '9–10 November 2020'
        >>> DateRef(0, 0, 2021, 6, qual="early").label()
        'early June 2021'
        >>> DateRef(0, 0, 1930, season="spring").label("de"), find_dates("in the summer of 1956")[0].label()
        ('Frühjahr 1930', 'summer 1956')
        """
        parts = []
        if self.alt and not self.month:
            return self.alt
        if lang in _MONTH_LABELS:            # French, Spanish, Polish
            names, q = _MONTH_LABELS[lang], _QUAL_LABELS[lang].get(self.qual, "")
            day = (f"{self.day}–{self.day2}" if self.day2 else str(self.day)) if self.day else ""
            month = (MONTHS_PL_GEN if lang == "pl" and self.day else names)[self.month - 1] \
                if self.month else ""
            if lang == "es":
                text = " de ".join(x for x in (day, month, str(self.year)) if x)
            else:
                text = " ".join(x for x in (day, month, str(self.year)) if x)
            return f"{q} {text}" if q else text
        if self.season and not self.month and lang in ("en", "de"):
            name = _SEASONS[self.season][0 if lang == "en" else 1]
            return f"{name} {self.year}"
        if lang == "de":
            q = {"early": "Anfang", "beginning of": "Anfang", "the beginning of": "Anfang",
                 "mid": "Mitte", "middle of": "Mitte", "the middle of": "Mitte",
                 "late": "Ende", "end of": "Ende", "the end of": "Ende"}.get(self.qual, "")
            if q:
                parts.append(q)
            if self.day:
                parts.append(f"{self.day}.–{self.day2}." if self.day2 else f"{self.day}.")
            if self.month:
                parts.append(MONTHS_DE[self.month - 1])
            parts.append(str(self.year))
            return " ".join(parts)
        if self.qual:
            parts.append(self.qual.replace("the ", ""))
        if self.day:
            parts.append(f"{self.day}–{self.day2}" if self.day2 else str(self.day))
        if self.month:
            parts.append(MONTHS[self.month - 1])
        parts.append(str(self.year))
        return " ".join(parts)

    def sort_key(self) -> tuple:
        day = self.day or _QUAL_DAY.get(self.qual, 0)
        month = self.month or (6 if self.qual in ("mid",) else 0) or \
            (_SEASONS[self.season][2] if self.season else 0)
        return (self.year or 0, month, day)


#: seasons as printed in English and German, and a month to sort them by
_SEASONS = {"spring": ("spring", "Frühjahr", 4), "summer": ("summer", "Sommer", 7),
            "autumn": ("autumn", "Herbst", 10), "winter": ("winter", "Winter", 1),
            "winter semester": ("winter semester", "Wintersemester", 10),
            "summer semester": ("summer semester", "Sommersemester", 4)}
_SEASON_WORDS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn",
                 "winter": "winter", "frühjahr": "spring", "frühling": "spring",
                 "sommer": "summer", "herbst": "autumn", "winter": "winter",
                 "wintersemester": "winter semester", "sommersemester": "summer semester"}


_MONTH_LABELS = {"fr": MONTHS_FR, "es": MONTHS_ES, "pl": MONTHS_PL}
_QUAL_LABELS = {
    "fr": {"early": "début", "beginning of": "début", "the beginning of": "début", "mid": "mi-",
           "middle of": "mi-", "the middle of": "mi-", "late": "fin", "end of": "fin",
           "the end of": "fin"},
    "es": {"early": "principios de", "beginning of": "principios de",
           "the beginning of": "principios de", "mid": "mediados de", "middle of": "mediados de",
           "the middle of": "mediados de", "late": "finales de", "end of": "finales de",
           "the end of": "finales de"},
    "pl": {"early": "początek", "beginning of": "początek", "the beginning of": "początek",
           "mid": "połowa", "middle of": "połowa", "the middle of": "połowa", "late": "koniec",
           "end of": "koniec", "the end of": "koniec"},
}


def _month(name: str) -> int:
    name = name.rstrip(".")
    if name in _MON_OTHER:
        return _MON_OTHER[name]
    if name in MONTHS:
        return MONTHS.index(name) + 1
    if name in MONTHS_DE:
        return MONTHS_DE.index(name) + 1
    return _MON_ALT[name]


#: headings of the contributors' notes ("Biographical notes", "About the
#: authors", "Zu den Personen"): their dates are the authors' lives, not the
#: article's events
CONTRIBUTORS = _lazy(r"(?i)^(biographical\s+notes?|about\s+the\s+authors?|notes?\s+on\s+(the\s+)?"
                          r"contributors?|(the\s+)?contributors?|(the\s+)?authors?|zu\s+den\s+(personen|autor\w*)"
                          r"|zur\s+person|(die\s+)?autor(inn)?en(\s+und\s+autoren)?|über\s+die\s+autor\w*)\s*:?$")

#: a section about the document itself (its updates, versions, thanks): its dates are the
#: article's own history ("In 2014 … made some updates to correspond with changes in the
#: program"), not events the article discusses
ABOUT_THE_DOCUMENT = _lazy(
    r"(?i)^(?:(?:\d+(?:\.\d+)*|[IVX]+)\.?\s+)?((document|version|revision|edition)\s+(updates?|history|notes?)|change\s*log|"
    r"changes\s+(in|to)\s+this\s+(version|edition|document)|acknowledge?ments?|danksagung|"
    r"about\s+this\s+(document|paper|article|edition|version)|updates?\s+to\s+this\s+"
    r"(document|paper|edition))\s*:?$")


def find_dates(sentence: str) -> list[DateRef]:
    """The dates in one sentence, in order (years possibly missing).

    >>> [d.iso() if d.year else (d.month, d.day) for d in find_dates(
    ...     "On 9–10 November 2020 they met; on January 9, 2021 again, and in 1994.")]
    ['2020-11-09', '2021-01-09', '1994']
    >>> [(d.month, d.day, d.day2) for d in find_dates("They spoke on October 19–20.")]
    [(10, 19, 20)]
    >>> [d.skip for d in find_dates("It held until September 2020, as in 2016–20.")]
    [True]
    >>> find_dates("About 2000 peacekeepers; Russia may act.")
    []
    >>> [d.iso() for d in find_dates("Le 9 novembre 2020, puis en juillet 2021 et en 1994.")]
    ['2020-11-09', '2021-07', '1994']
    >>> [d.iso() for d in find_dates("El 9 de noviembre de 2020; 9 listopada 2020 r.; w 1994 r.")]
    ['2020-11-09', '2020-11-09', '1994']
    >>> find_dates("The majority and mainly the main group, in 2019.")[0].iso()
    '2019'
    >>> DateRef(0, 0, 2020, 11, 9).label("es"), DateRef(0, 0, 2020, 11, 9).label("pl")
    ('9 de noviembre de 2020', '9 listopada 2020')
    """
    taken: list[tuple[int, int]] = []
    out: list[DateRef] = []
    for i, rx in enumerate(_PATTERNS):
        for m in rx.finditer(sentence):
            s, e = m.span()
            if any(s < b and e > a for a, b in taken):
                continue
            g = m.groupdict()
            before = sentence[:s]
            y = int(g.get("y") or g.get("y2")) if g.get("y") or g.get("y2") else None
            if g.get("dec"):
                y = int(g["dec"])
            if i >= 3:
                opening = not before.strip() and re.match(r"\s+[a-zäöü]{3,}\s+[A-ZÄÖÜ]", sentence[e:])
                # German: a year right after the finite verb or a pronoun subject, then a
                # phrase, not a noun it counts ("Meyer wird 1901 in X geboren", "nimmt er 1921
                # ein Studium auf"; not "hat 2000 Mitglieder")
                verb_de = re.search(r"\b(?:wird|wurde|wurden|war|waren|ist|er|sie|man)\s*$", before) and \
                    re.match(r"\s+[a-zäöü]+\s", sentence[e:])
                verb_de = verb_de or _german_year(before, sentence[e:])
                if not (_YEAR_CONTEXT.search(before) or g.get("q") or opening or verb_de) or \
                        re.search(r"\bbetween\s*$", before, re.I):
                    continue
                if re.search(r"\b(?:between|from)\s+\d{4}\s+(?:and|to|until|till)\s*$", before, re.I):
                    continue
                if re.match(r"\s*(?:[–—-]|to|bis)\s*\d{2,4}\b", sentence[e:]) or \
                        re.match(r"\s*and\s+\d{4}\b", sentence[e:]) and \
                        re.search(r"\bbetween\s*$", before, re.I):
                    continue
                if re.match(r"\s+(?:troops|soldiers|people|peacekeepers|men|km|kilometres|"
                            r"metres|dollars|euros|tons|tonnes|votes|cases)\b", sentence[e:]):
                    continue
            if i == 2 and not g.get("y") and not g.get("q") and not _MONTH_CONTEXT.search(before):
                continue
            if i == 2 and g["m"] == "May" and not g.get("y") and not g.get("q") and \
                    not re.search(r"\b(?:in|since|from|by|until|of|early|mid|late)\s*$",
                                  before, re.I):
                continue
            skip = bool(_SKIP_BEFORE.search(re.sub(
                            r"(?:\s+(?:the|dem|der|den|des|early|late|of|im|spring|summer|autumn|"
                            r"fall|winter|Frühjahrs?|Sommers?|Herbsts?|Winters?|Anfang|Ende|Mitte))+"
                            r"\s*$", "", " " + before))
                        or _SKIP_PHRASE.search(before) and not _vorfeld_date(before, sentence[e:])
                        or i < 3 and re.match(r"\s*(?:until|till|to|through|bis)\s+(?:\w+\s+){0,2}\d{4}",
                                               sentence[e:]) and
                        re.search(r"\b(?:from|von|de|desde|od)\s+(?:\w+\s+)?$", before, re.I))
            if i >= 3 and re.search(r"\bbetween\s+\S+\s*$", before, re.I):
                continue
            ref = DateRef(s, e, y, _month(g["m"]) if g.get("m") else None,
                          int(g["d1"]) if g.get("d1") else None,
                          int(g["d2"]) if g.get("d2") else None,
                          (g.get("q") or "").lower(), skip)
            if g.get("dec"):
                part = _DECADE_PART[ref.qual]
                german = m.group(0).endswith(("er", "Jahre")) or "der " in m.group(0)
                ref.year, ref.qual = int(g["dec"]) + part[0], ""
                ref.alt = (part[2] if german else part[1]).format(d=g["dec"])
                if not re.fullmatch(r"\s*(?:(?:In|At|Around|By|Zum|Gegen)\s+)?(?:the\s+)?", before):
                    taken.append((s, e))
                    continue           # a part of a decade dates an event only as the
                    #                    sentence's opening ("At the beginning of the 1990s,
                    #                    managers turned to …"); elsewhere it qualifies a noun
                    #                    ("the movements of the early 1970s") or bounds a period
                    #                    ("since the early 1990s", "from the early 1990s through …")
            if g.get("ys"):
                y2 = int(g["ys"]) if len(g["ys"]) == 4 else ref.year // 100 * 100 + int(g["ys"])
                if y2 != ref.year + 1:
                    taken.append((s, e))     # "1990/95": two years, not one season
                    continue
                ref.alt = m.group(0)
            if ref.day and (not (1 <= ref.day <= 31 and (not ref.day2 or ref.day < ref.day2 <= 31))
                            or ref.year and not valid_date(ref.iso())):
                taken.append((s, e))     # not a date (31 February): nor is any part of it
                continue
            taken.append((s, e))
            sea = re.search(r"\b(?P<s>[A-Za-zäöü]+?)s?(?:\s+of)?\s+(?:the\s+)?$", before) if i >= 3 else None
            if sea and sea.group("s").lower() in _SEASON_WORDS:
                ref.season = _SEASON_WORDS[sea.group("s").lower()]
            out.append(ref)
    out.sort(key=lambda d: d.start)
    # "in 2020 during the July clashes": a bare year closely followed by a month
    # without a year is one date
    merged: list[DateRef] = []
    for d in out:
        prev = merged[-1] if merged else None
        if prev and prev.month is None and prev.day is None and not prev.qual and \
                d.year is None and d.month and not prev.skip and \
                re.fullmatch(r"[\s,]*(?:(?:during|in|on|at|of|the)\s+){0,3}",
                             sentence[prev.end:d.start]):
            d.year = prev.year
            d.start = prev.start
            merged[-1] = d
            continue
        merged.append(d)
    return merged


def _vorfeld_date(before: str, after: str) -> bool:
    """A German sentence's opening phrase that ends with its date, right before the finite
    verb ("Nach der Niederschlagung des Prager Frühlings 1968/69 verließen rund 170 000 …"):
    the date is the main clause's, not the phrase's noun's (that would be "von 1968").

    >>> _vorfeld_date("Nach der Niederschlagung des Prager Frühlings ", " verließen rund 170 000 Menschen")
    True
    >>> _vorfeld_date("Nach dem Krieg von ", " gründeten sie"), _vorfeld_date("Nach dem Krieg ", " war alles anders")
    (False, False)
    """
    v = re.match(r"\s+(?P<v>[a-zäöüß]+)\s", after)
    return bool(v and _PAST_DE.fullmatch(v.group("v")) and v.group("v") not in ("war", "waren", "hatte", "hatten")
                and re.match(r"\s*(?:Nach|Vor|Mit)\s[^,;:()]+$", before)
                and not re.search(r"\b(?:von|vom|im|in|des Jahres)\s*$", before))


_ADVERB_YEAR_DE = _lazy(r"\b(?:[Ss]chon|[Bb]ereits|[Ee]rst|[Ii]nsbesondere|[Nn]och|[Ss]pätestens|"
                             r"[Ff]rühestens|[Zz]uletzt|[Ee]rstmals|[Ee]rneut|[Ww]ieder|[Dd]ann|[Dd]amals|"
                             r"[Ee]benfalls|[Ee]ndlich|[Ss]chließlich)\s*$")
#: a German verb in front of a year ("trat 1932 der NSDAP bei", "holt Meyer 1933 …")
_FINITE_DE = _lazy(r"(?:erfolgt|erscheint|erscheinen|holt|beginnt|endet|wechselt|tritt|trat|fand|"
                        r"kam|ging|zog|nahm|gab|erhielt|erhält|verließ|gründete|heiratete|starb|stirbt)")


#: a finite verb of the historic present or the past (third person singular), not one
#: of being, having or a state ("ist", "hat", "gibt", "liegt")
_V2_VERB = r"(?!(?:ist|hat|gibt|bleibt|liegt|steht|gilt|heißt|zeigt|bedeutet|scheint|fehlt|" \
           r"betrifft|lebt|wohnt|arbeitet|kommt)\b)(?:[a-zäöüß]{3,}t|[a-zäöüß]{2,}te)"
#: "wird … Präsident": the historic present of becoming (an office, a rank), not a future
_BECOMES_DE = _lazy(r"\bwird\s+(?:[^.;:]{0,80}\s)?(?:[A-ZÄÖÜ][\w-]*)?(?:Präsident|Direktor|Leiter|"
                         r"Vorsitzender|Mitglied|Professor|Rektor|Dekan|Minister|Kanzler|Bürgermeister|"
                         r"Ordinarius|Dozent|Referent|Staatssekretär|Abgeordneter|Botschafter|Senator|"
                         r"Präsidentin|Direktorin|Leiterin|Vorsitzende|Professorin|Rektorin|Ministerin|"
                         r"Dozentin|Referentin|Abgeordnete|Botschafterin|Senatorin)\b")
#: a German sentence opening with its date: the verb second, then its subject
#: ("1925 schließt er …", "1951 gehört Morgen …")
_V2_DE = _lazy(rf"\s+{_V2_VERB}\s+(?:er|sie|man|der|die|das|[A-ZÄÖÜ][\w-]+)\b")


def _german_year(before: str, after: str) -> bool:
    """A bare year that German word order marks as a date, not a count: a finite
    verb right after it ("1956 verließen rund 194 000 Ungarn", "1932 erfolgt der
    Eintritt"), an adverb of time in front of it ("schon 1949", "fand erst 1997
    Eingang"), or a finite verb in front of it and no noun after it ("trat 1932
    der NSDAP bei"; not "hatte 2000 Mitglieder").

    >>> _german_year("Insbesondere ", " verließen rund 194 000 Ungarn"), _german_year("hatte ", " Mitglieder")
    (True, False)
    >>> _german_year("Davon kamen ", " aus Ungarn"), _german_year("Rund ", " verließen das Lager")
    (False, False)
    """
    if re.search(r"\b(?:[Rr]und|[Ee]twa|ca\.|[Üü]ber|[Ff]ast|[Kk]napp|[Ii]nsgesamt|mehr als|weitere|[Nn]ur|"
                 r"[Nn]ahezu|bis zu|[Jj]e|[Dd]avon|[Zz]usammen)\s*$", before):
        return False     # "rund 2000 verließen …", "davon kamen 1500 …": a count
    v = re.match(r"\s+(?P<v>[a-zäöüß]+)\b", after)
    if not before.strip() and v and v.group("v") == "wird" and _BECOMES_DE.match(after.lstrip()):
        return True   # "1934 wird er Ordinarius in Jena": the historic present of becoming
    if v and v.group("v") in ("war", "waren", "hatte", "hatten") and re.match(
            r"\s+\w+\b[^.;:,]{1,150}?\bge[a-zäöü]{3,}(?:t|en)\s+(?:worden|hatten?)\b", after):
        return True   # "1963 war … erstmals vom „Missbrauch“ gesprochen worden": a pluperfect
    if v and v.group("v") in ("war", "waren", "hatte", "hatten", "gab"):
        v = None      # "1921 waren über 10 v. H. …": a state or a count
    if v and (_PAST_DE.fullmatch(v.group("v")) or _FINITE_DE.fullmatch(v.group("v"))
              or _HIST_PRESENT_DE.match(after.lstrip())):
        return True
    if _ADVERB_YEAR_DE.search(before):
        return True
    if not before.strip() and _V2_DE.match(after):
        return True       # "1925 schließt er die Promotion ab", "1951 gehört er zum Präsidium"
    if re.search(rf"(?:^|[:;]\s*|\b(?:zunächst|dann|danach|später|nun)\s+){_V2_VERB}\s+"
                 r"(?:er|sie|[A-ZÄÖÜ][\w-]+)\s*$", before) and re.match(r"\s+[a-zäöü]", after):
        return True       # "zunächst erhält Meyer 1934 kurzzeitig ein Ordinariat"
    if _ATTRIBUTE_DE.search(before) and _ATTRIBUTE_DE_AFTER.match(after):
        return True
    w = re.search(r"\b(?P<v>[a-zäöüß]+)\s*$", before)
    return bool(w and (_FINITE_DE.fullmatch(w.group("v")) or _PAST_DE.fullmatch(w.group("v")))
                and re.match(r"\s+(?:der|die|das|den|dem|des|ein|eine|einen|einem|als|in|im|an|am|"
                             r"zum|zur|nach|mit|auf|bei)\b", after))


# ---------------------------------------------------------------- event labels

_LEAD = _lazy(
    r"^(?:(?:however|moreover|finally|later|then|also|thus|therefore|furthermore|meanwhile|"
    r"most recently|more recently|recently|subsequently|in addition|in turn|in fact|"
    r"interestingly|indeed|notably|in the end|eventually|again|yet|and|but|so|accordingly|"
    r"consequently|dementsprechend|demnach|daraufhin|danach|deshalb|somit|folglich|zudem|"
    r"außerdem|schließlich|jedoch|allerdings|daher|dann|schon|bereits|erst|zunächst|"
    r"nun|damit|so|insbesondere|doch|zwar|vor allem|gerade)\b,?\s*)+", re.I)
#: a clause of its own opening with its date after a comma ("1925 promoviert er, 1930
#: habilitiert er sich"; "…, in 1997 it came into effect")
_DATED_CLAUSE = r",\s+(?=(?:(?:1[5-9]\d\d|20\d\d)\s+[a-zäöüß]+\s+(?:er|sie|es|man|der|die|das|[A-ZÄÖÜ])|" \
                r"(?:in|on)\s+(?:1[5-9]\d\d|20\d\d),?\s+(?:he|she|it|they|the|[A-Z])))"
_CLAUSE_LEFT = _lazy(r";\s|:\s|,\s+(?:and|but|while|whereas|doch|aber|jedoch|sondern)\s|(?<!\ball)\s+but\s|\.\s|"
                          + _DATED_CLAUSE)
_CLAUSE_RIGHT = _lazy(
    r";|:\s|,\s+(?:and|but|while|whereas|which|who|when|where|as well as|stressing|saying|"
    r"although|though|bevor|nachdem|damit|weil|obwohl|wobei|sodass|während|wenn)\b|\s+but\s|"
    r",\s+(?=[a-z]+ing\b)|\s[—–]\s|" + _DATED_CLAUSE +
    # ("…, 1935 Leiter der …": a gapped clause with its own year)
    r"|,\s+(?=(?:1[5-9]\d\d|20\d\d)\s+[A-ZÄÖÜ])")


def event_text(sentence: str, d: DateRef, max_words: int = 15) -> str:
    """The clause of ``sentence`` that holds the date ``d``, trimmed to a label.

    >>> s = "However, in 1994 the sides agreed a truce with Russian mediation but it was broken."
    >>> event_text(s, find_dates(s)[0])
    'The sides agreed a truce with Russian mediation'
    >>> s = "In 2016, Armenia bought (as planned) new missiles, which angered its neighbour."
    >>> event_text(s, find_dates(s)[0])
    'Armenia bought new missiles'
    >>> s = "The talks that began in 1992 under the Council, a body of five, failed."
    >>> event_text(s, find_dates(s)[0])
    'The talks began under the Council'
    >>> s = "The dispute over the valley, which turned into a war in May 1990, is old."
    >>> event_text(s, find_dates(s)[0])
    'The dispute turned into a war'
    """
    left = 0
    for m in _CLAUSE_LEFT.finditer(sentence):
        if m.end() > d.start:
            break      # (searched in the whole sentence: a dated clause looks ahead at its date)
        left = m.end()
    right = len(sentence)
    m = _CLAUSE_RIGHT.search(sentence, d.end)
    if m:
        right = m.start()
    v2 = [m for m in re.finditer(r",\s+(?=(?P<v>[a-zäöü]\w+)\s)", sentence[left:d.start])
          if _PAST_DE.fullmatch(m.group("v"))]
    if v2:
        # "Angesichts der Debatte, die …, thematisierte die Kanzlerin im Dezember 2007 …":
        # the German main clause (its verb second) after a fronted phrase holds the date
        left += v2[-1].end()
    head = sentence[left:d.start]
    subject = ""
    if left and not subject and re.match(r"\s*(?P<v>[a-z]\w+)\s", head) and \
            _PAST_EN.fullmatch(re.match(r"\s*(?P<v>[a-z]\w+)", head).group("v")):
        # "The Alliance formed …, regrouped …, and provided …": the last verb's subject
        # is the sentence's
        lead = re.match(r"\s*(?:(?:In|On|By|During|After)\s[^,]{1,40},\s*)?(?P<s>(?:[A-Z][\w’'-]*|the|of|and)"
                        r"(?:\s+(?:[\w’'-]+))*?)\s+(?P<v>[a-z]\w+)\s", sentence[:left])
        if lead and _PAST_EN.fullmatch(lead.group("v")) and len(lead.group("s").split()) <= 8 \
                and "," not in lead.group("s"):
            subject = lead.group("s")
    # verbs in a series ("formed …, regrouped …, and provided …") only when it ends with
    # ", and <verb>": not ", signed in 1994," (a participle's phrase)
    series = bool(re.search(r",\s+and\s+(?P<v>[a-z]\w+)\s", sentence) and any(
        _PAST_EN.fullmatch(x) for x in re.findall(r",\s+and\s+([a-z]\w+)\s", sentence)))
    coord = r",\s+(?:and\s+)?|" if series else r",\s+and\s+|"
    v2 = re.match(rf"\s*(?:1[5-9]\d\d|20\d\d)\s+(?P<v>{_V2_VERB})\s+(?P<s>er|sie|[A-ZÄÖÜ][\w-]+)\s", head)
    conj = [m for m in re.finditer(rf"(?:{coord}\s(?:und|and)\s+)(?=(?P<v>[a-zäöü]\w+)\s)", head)
            if _PAST_DE.fullmatch(m.group("v")) or _PAST_EN.fullmatch(m.group("v"))
            or v2 and re.fullmatch(rf"wird|{_V2_VERB}", m.group("v"))]
    verb1 = next((v for v in re.finditer(r"\s(?P<v>[a-zäöü]\w+)(?=\s)", head)
                  if _PAST_DE.fullmatch(v.group("v")) or _PAST_EN.fullmatch(v.group("v"))), None)
    if v2 and conj:
        # "1951 gehört er zum Präsidium und wird schließlich 1966 Präsident": the second
        # verb's clause, with the subject that followed the first verb
        subject = v2.group("s")
        subject = subject[0].upper() + subject[1:]
        head = head[conj[-1].end():]
    elif conj and verb1 and verb1.start() < conj[-1].start():
        # "Wiepking arbeitete … mit und informierte im Dezember 1942 …": the second
        # verb's clause (with the shared subject) is the dated event
        subject = head[:verb1.start()].strip()
        head = head[conj[-1].end():]
    rel0 = re.search(r"(?:^|[,;:]\s*)(?P<np>(?:The|the|A|An|a|an)\s+[^,;]{1,60}?)\s+(?:that|which)\s+"
                     r"(?P<pre>[^,;]{1,40}?)$", head)
    comma = sentence.find(",", d.end)
    if rel0 and comma != -1 and not _CLAUSE_RIGHT.search(sentence[d.end:comma]):
        # "The talks that began in 1992 under X, …": the relative clause is the event
        pre = re.sub(r"\s+(?:in|on|since|from|during|of|at)(?:\s+the)?\s*$", "", rel0.group("pre"))
        return _trim(_clean(f"{rel0.group('np')} {pre}{sentence[d.end:comma]}"), max_words)
    rel = re.search(r",\s+(?:which|who|that)\s+(?=[^,]*$)", head)
    bare = re.search(r"\s+(?:which|who)\s+(?=[a-z]+\s)(?=[^,]*$)", head)
    if not rel and bare and re.search(r"\b[A-Z][a-z][\w-]*$", head[:bare.start()]):
        rel = bare     # "… the Irish Free State which went on to …": a name's relative clause
    if rel:
        # the date sits in a relative clause: event = antecedent + relative clause
        np = head[:rel.start()]
        name = re.search(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*$", np)
        if not head[rel.start()] == "," and name:
            np = name.group(0)     # "… as the Irish Free State which went on to …"
        np = re.split(r"\s+(?:between|over|of|in|on|with|from|for|about|among)\s+", np)[0]
        subject = np.strip()
        head = head[rel.end():]
        right = d.end     # the relative clause ends with its date, as a rule
    tail = sentence[d.end:right]
    second = next((c for c in re.finditer(rf"(?:{coord}\s(?:and|und)\s+)(?=(?P<v>[a-zäöü]\w+)\s)", tail)
                   if _PAST_EN.fullmatch(c.group("v")) or _PAST_DE.fullmatch(c.group("v"))), None)
    if second and re.search(r"\w", head) and re.search(r"\b(?:1[5-9]\d\d|20\d\d)\b",
                                                       tail[second.start():]):
        tail = tail[:second.start()]   # "… by Finland in 1997 and was adopted … in 1999": its own event
    if re.search(r"\bsince\s+$", head) and re.search(r"\w", head[:-7]) and \
            re.search(r"\w", tail):
        # "bases in X and since 2020 in Y": the date qualifies what follows; keep it
        return _trim(_clean(sentence[left:right]), max_words)
    head = re.sub(r"\b(?:in\s+)?(?:the\s+)?(?:fall|autumn|spring|summer|winter)\s+of\s*$", "", head)
    head = re.sub(r"\b(?:in the year|in the years?|the year|im Jahre?|en el año|w roku|en l’année|"
                  r"in|on|since|from|during|of|at|im|am|seit|ab|von|vom|"
                  r"(?:(?:im|am|ab|seit)\s+)?(?:Ende|Anfang|Mitte|Herbst|Sommer|Frühjahr|Winter|"
                  r"Wintersemester|Sommersemester))"
                  r"\s+(?:the\s+)?$", "", head, flags=re.I)
    head = re.sub(r"\b(?:schon|bereits|erst|noch|spätestens|frühestens|erstmals)\s*$", "", head)
    tail = re.sub(r"^\s*(?:schon|bereits|erst)\b", "", tail)
    if re.search(r"\bthe\s*$", head) and re.match(r"\s+[a-z]", tail):
        head = re.sub(r"\bthe\s*$", "", head)   # "the July clashes" -> "clashes"
    if re.match(r",\s+(?:after|before|when|following|amid|during)\s", tail) and \
            re.search(r"\w\s*$", head):
        tail = tail[1:]    # "Talks resumed on 3 May, after …" -> "Talks resumed after …"
    saw = re.match(r"[\s,]*(?:\w+ly\s+)?(?:saw|witnessed|brought|marked)\s+(?:the\s+)?(?P<obj>.+)",
                   tail)
    if saw and not re.search(r"\w", head):
        # "The middle of 2007 saw the transition to …": the event is what the date saw
        tail = saw.group("obj")
    clause = (subject + " " if subject else "") + head + " " + tail
    words_now = len(_clean(clause).split())
    if words_now < 7 and m and re.match(r",\s+(?:when|where|as)\b", m.group(0) + sentence[m.end():]):
        # too short to stand alone ("The group was set up"): take the next clause too
        m3 = _CLAUSE_RIGHT.search(sentence, m.end())
        nxt = sentence[right:(m3.start() if m3 else len(sentence))]
        clause = clause.rstrip() + " " + re.sub(r"^,\s*", "", nxt)
        max_words = max(max_words, 20)
    return _trim(_clean(clause), max_words)


def _clean(clause: str) -> str:
    clause = re.sub(r"\s*\([^()]*\)", "", clause)
    clause = re.sub(r"\s*\[[^\[\]]*\]", "", clause)      # "[Womack et al., op. cit.]"
    clause = re.sub(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", "", clause)
    clause = re.sub(r",\s+(?:in (?:our|my|his|her|their) (?:opinion|view)|by the way|"
                    r"let me remind you|of course|in fact|for example|for instance|finally|"
                    r"however|therefore|thus|at last|eventually|"
                    # an earlier date's participle: ", signed in 1994,"
                    r"(?:signed|adopted|founded|created|established|concluded|passed)\s+in\s+\d{4}),",
                    "", clause)
    clause = normalize_space(clause).strip(" ,;:–-")
    clause = _LEAD.sub("", clause).strip(" ,;:")
    clause = re.sub(r"^(?:in|on|since|from|during)\s+,?\s*", "", clause, flags=re.I)
    clause = re.sub(r"^(?:it should be noted that|it is worth noting that|note that)\s+", "",
                    clause, flags=re.I)
    clause = re.sub(r"\s+,", ",", clause).strip(" ,;:")
    clause = re.sub(r"^[,“”\"‘’]+\s*", "", clause)
    clause = re.sub(r"^(?i:its|their|his|her)\s+(?=[A-Z])", "", clause)
    return clause


_DANGLING = {"der", "die", "das", "den", "dem", "des", "ab", "an", "im", "am", "von", "zu",
             "zur", "zum", "und", "mit", "für", "auf", "bei", "nach", "vor", "seit", "aus",
             "ein", "eine", "einer", "eines",
             "that", "and", "the", "of", "with", "to", "by", "a", "an", "in", "on", "his",
             "her", "its", "their", "or", "but", "for", "from", "as", "at", "which", "who",
             "whose", "this", "these", "those", "was", "were", "is", "are", "had", "has"}


def quotes_balanced(text: str) -> bool:
    """Every quotation opened in ``text`` is closed: “…”, and German „…“ (or „…”).

    >>> quotes_balanced("„Partei der Generationengerechtigkeit”"), quotes_balanced("the “Battle")
    (True, False)
    """
    if text.count("»") != text.count("«"):
        return False
    if "„" in text:      # German: „ opens, “ (or ”) closes
        return text.count("„") == text.count("“") + text.count("”")
    return text.count("“") == text.count("”")


def _trim(clause: str, max_words: int) -> str:
    """Cut a long clause at a natural boundary, never inside a quotation."""
    clause = re.sub(r"\s+[.!?]$", "", clause)     # the sentence's full stop is not a word
    words = clause.split()
    if len(words) <= max_words + 5 and quotes_balanced(clause):
        max_words += 5      # a little over is better than a cut
    elif len(words) <= max_words + 8 and re.search(
            r"\s(?:with|to|by)\s+(?:[A-Z][\w’'-]+\s+){1,5}[A-Z][\w’'-]+[.,;]?$", clause):
        max_words += 8      # ending in whom it was done with: cut, the label would break off
    if len(words) > max_words:
        intro = re.match(r"^(?:within|in|under|during|with|after|following|despite|amid|"
                         r"according to|at)\b[^,]{0,80},\s*", clause, re.I)
        if intro and len(clause[intro.end():].split()) >= 4:
            clause = clause[intro.end():]
            words = clause.split()
    if len(words) > max_words:
        # German: the clause ends with its verb ("wird … berufen und bleibt …"): cut after it
        vend = [m for m in re.finditer(r"\s(?P<v>[a-zäöü]\w+)(?:\s+und\s|,\s+(?:als|wobei|weil|nachdem|bevor|"
                                       r"sodass|dass|was)\s)", clause)
                if (_PAST_DE.fullmatch(m.group("v")) or _PARTICIPLE_DE.fullmatch(m.group("v"))
                    or m.group("v") == "worden")
                and 5 <= len(clause[:m.end("v")].split()) <= max_words + 8]
        if vend:
            clause = clause[:vend[0].end("v")]
            words = clause.split()
            max_words = len(words)
    if len(words) > max_words:
        cuts = []
        for m in re.finditer(r",\s|\s(?:and(?!\s+[A-Z][a-z]+\s+[A-Z])|und|in order to|so as to|in accordance with|with|between|"
                             r"within|through|after|because|due to|including|during|to)\s",
                             clause):
            n = len(clause[:m.start()].split())
            inside_quote = clause[:m.start()].count("“") > clause[:m.start()].count("”") or \
                clause[:m.start()].count("»") > clause[:m.start()].count("«")
            if 5 <= n <= max_words and not inside_quote:
                cuts.append(m.start())
        if cuts:
            clause = clause[:cuts[-1]]
        else:
            cut = len(" ".join(words[:max_words]))
            if clause[:cut].count("»") > clause[:cut].count("«"):
                close = clause.find("«", cut)
                if close != -1 and len(clause[:close + 1].split()) <= max_words + 6:
                    cut = close + 1
            if clause[:cut].count("“") > clause[:cut].count("”"):
                close = clause.find("”", cut)
                opening = clause[:cut].rfind("“")
                if close != -1 and len(clause[:close + 1].split()) <= max_words + 6:
                    cut = close + 1
                else:
                    cut = opening
            clause = clause[:cut]
    clause = clause.strip(" ,;:–-")
    ws = clause.split()
    while len(ws) > 2 and (ws[-1].lower().strip(",") in _DANGLING | {"als", "wie"} or ws[-1] == "bzw."):
        ws.pop()
    clause = " ".join(ws).rstrip(" ,;:.")
    if clause.count("»") > clause.count("«"):
        clause = clause[:clause.rfind("»")].rstrip(" ,;:")     # cut before a quotation left open
        ws = clause.split()
        while len(ws) > 2 and ws[-1].lower().strip(",.") in _DANGLING | {"als", "wie", "as", "bzw"}:
            ws.pop()
        clause = " ".join(ws)
    if not quotes_balanced(clause):
        clause = re.sub(r"[“”„]", "", clause)
    clause = normalize_space(clause).strip(" ,;:–-")
    if clause and clause[0].islower():
        clause = clause[0].upper() + clause[1:]
    return clause


# ---------------------------------------------------------------- extraction


_PROFORM = _lazy(r"(?i)(?:it|this|that|so it|the same) (?:was|is|were|has been) "
                      r"(?:the case|so|true)|(?:this|that|the same|it) (?:happened|occurred|"
                      r"recurred)(?: again)?")

#: direct speech in a label (opening it, or a single quote left open) and a
#: sentence framed as reported speech ("As X commented, ‘…’"): said, not done
_QUOTED = _lazy(r"^[‘“„«»\"']|(?:^|\s)‘\[?\w(?![^’]*’(?!\w))")
_SPEECH = _lazy(r"^\s*(?:As|Wie)\s+[^,]{2,80}?\b(?:said|commented|remarked|noted|put it|wrote|"
                     r"observed|declared|stated|sagte|schrieb|bemerkte|formulierte|erklärte)\b"
                     r"[^,]{0,40},\s*[‘“„«»\"']", re.I)
#: a label opening with a definite common noun ("The project was launched"): the
#: noun needs a name it stands for in the paragraph ("the Johns Hopkins … Project")
_DEFINITE = _lazy(r"^The\s+(?P<n>project|programme|program|initiative|scheme|plan|campaign|"
                       r"movement|network|organi[sz]ation|association|foundation|committee|commission|"
                       r"agency|institute|council|fund|survey|act|law|treaty|agreement|"
                       r"conference|party|decision|declaration|resolution|strategy|statement|report|"
                       r"charter|convention|constitution|directive|bill|reform|accord|pact)\s+"
                       r"(?:was|were|had|did|[a-z]+ed)\b")


#: an apposition naming a happening right before its date: ", der Einführung eines
#: Visumzwangs für Pakistan im Juni 1976," / ", the introduction of visas in June 1976,"
_APPOSITION = _lazy(r",\s+(?:der|die|the)\s+(?P<np>(?:erste[nr]?\s+|first\s+)?(?:[A-ZÄÖÜ]\w*ung|"
                         r"(?:introduction|adoption|signing|founding|creation|establishment|"
                         r"abolition|dissolution))\b[^,;()]{0,80}?)\s+(?:im|am|in|on|vom)\s*$")


#: a German decision or law with its date ("die Entscheidung der Bundesinnenministerkonferenz vom")
_PROVIDED_DE = _lazy(r"\b(?:die|der|das)\s+(?P<n>Entscheidung|Beschluss|Erlass|Gesetz|Verordnung|"
                          r"Vereinbarung|Abkommen|Vertrag|Richtlinie)\s+(?P<g>(?:der|des)\s+[^,;:–—()]{2,60}?)"
                          r"\s+vom\s*$")


#: a statement that something had happened: "Putin stated that he had (met) …"
_SAID_THAT = _lazy(r"(?P<who>(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+)\s+(?:stated|said|announced|"
                        r"reported|revealed|noted|claimed|recalled|confirmed)\s+that\s+(?:he|she|they)\s+"
                        r"(?P<had>had)\s+(?P<rest>(?P<v>[a-z]+ed(?=\s))?.+)$")


#: a named happening a clause is dated by ("after the first Union Summer in", "following the
#: Treaty of Amsterdam in"): an event of that year itself (not "since": a period's start)
_NAMED_REFERENCE = _lazy(
    r"\b(?:after|following|before|prior to)\s+the\s+(?P<np>(?:(?:first|second|third|\d+(?:st|nd|rd|th))\s+)?"
    r"(?:[A-Z][\w’'-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,4}[A-Z][\w’'-]*)\s+in\s*$")
#: a happening named after "followed by" with its own date
_FOLLOWED = _lazy(r"\bfollowed by\s+(?P<np>[^,;:()]{3,80}?)\s+(?:on|in)\s*$")
#: a dated decision or act named as a noun: "the American decision in 2001 to withdraw from
#: the Kyoto Protocol", "the invasion in 2003 of Iraq" (the date inside the noun phrase)
_NOMINAL_BEFORE = _lazy(r"\b(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[A-Z][\w’'-]*\s+){0,2}"
                             r"(?:decision|withdrawal|invasion|annexation|adoption|signing|passage|"
                             r"introduction|launch|abolition|dissolution|founding|creation|"
                             r"establishment|accession|ratification|repeal))\s+in\s*$")
_NOMINAL_AFTER = _lazy(r"^\s+(?P<rest>(?:to|of)\s+[^,;:.()“”\"]{3,80}?)(?=\s*(?:[,;:.()]|$|"
                            r"\b(?:and|which|that|was|were|is|are|had|has)\b))")
_NOMINAL_OF = _lazy(r"\b(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:election|invasion|annexation|"
                         r"signing|adoption|passage|founding|creation|establishment|dissolution|"
                         r"collapse|fall|assassination|overthrow|independence)\s+of\s+"
                         r"[^,;:()“”\"]{3,70}?)\s+in\s*$")
_NAMED_AFTER = _lazy(r"\s+(?P<np>(?:[A-Z][\w’'-]*\s+){0,4}(?:Summit|Conference|Olympics|Games|"
                          r"Congress|Convention|Festival|Treaty|Accords?|Agreement|Revolution|War|"
                          r"Uprising|Elections?|Referendum|Crisis|Protests?))\b(?!\s+[A-Z])")
#: "X was a colony until 1922 when …": the when-clause is what happened in that year
_UNTIL_WHEN = _lazy(r"^\s*,?\s+when\s+(?P<c>[^;:]+?)[.;:]?$")

#: a German law or document named with its year ("die Verfassung von 1968")
_DOCUMENT_DE = _lazy(r"(?:Verfassung|Gesetz(?:es)?|Grundgesetz(?:es)?|Vertrag(?:s|es)?|"
                          r"Abkommen[s]?|Novelle|Novellierung|Verordnung|Beschluss(?:es)?|Erlass(?:es)?|"
                          r"Reform)[“”]?$")


def _german_vorfeld(sent: str, d: DateRef) -> str | None:
    """A German sentence whose date sits in a phrase in front of its verb, in a
    law or document named with its year ("In der Verfassung von 1968, Artikel 23,
    wandelte sich das Asylrecht …"): the main clause, in statement order.

    >>> s = "In der Verfassung von 1968, Artikel 23, wandelte sich dann das Asylrecht in der DDR in eine Kann-Bestimmung: „Die …"
    >>> _german_vorfeld(s, find_dates(s)[0])
    'In der Verfassung (Artikel 23) wandelte sich das Asylrecht in der DDR in eine Kann-Bestimmung'
    """
    before = sent[:d.start]
    if not re.match(r"\s*(?:In|Im|Nach|Mit|Durch|Gemäß|Laut)\s", before) or \
            not _DOCUMENT_DE.search(re.sub(r"\s+(?:von|vom)\s*$", "", before).rstrip()):
        return None
    if any(_PAST_DE.fullmatch(w) for w in re.findall(r"[a-zäöü]\w+", before)):
        return None
    m = re.match(r"(?:\s*,[^,;:]{1,40},)?\s+(?P<v>[a-zäöü]\w+)\s", sent[d.end:])
    if not m or not _PAST_DE.fullmatch(m.group("v")):
        return None
    clause = re.split(r"[:;]|,\s+(?:die|der|das|dem|den|und|aber|wobei|weil|da|wenn|als)\b|\s[–—]\s",
                      sent[d.end + m.start("v"):])[0]
    text = german_order(_trim(_clean(clause), 15))
    if not text[:1].isupper() or _PAST_DE.fullmatch(text.split()[0].lower()):
        return None
    # the document it happened in stays in front: "In der Verfassung (Artikel 23) wandelte sich …"
    doc = re.sub(r"\s+(?:von|vom)\s*$", "", before).strip()
    art = re.match(r"\s*,\s*(?P<a>[^,;:]{1,40}),", sent[d.end:])
    words = text.split()
    verb = next((i for i, w in enumerate(words) if _PAST_DE.fullmatch(w)), None)
    if verb is None or len(doc.split()) > 8:
        return text
    subject, rest = " ".join(words[:verb]), " ".join(words[verb + 1:])
    refl = "sich " if rest.startswith("sich ") else ""
    rest = rest[len(refl):]
    head = f"{doc} ({art.group('a').strip()})" if art else doc
    return f"{head} {words[verb]} {refl}{subject[0].lower() if subject.split()[0] in ('Der', 'Die', 'Das', 'Ein', 'Eine') else subject[0]}" \
           f"{subject[1:]} {rest}".strip()


def _nominal_event(sent: str, d: DateRef) -> str | None:
    """The event a sentence names as a noun with its date inside ("the American
    decision in 2001 to withdraw from the Kyoto Protocol"), else None.

    >>> s = "An example lies in the American decision in 2001 to withdraw from the Kyoto Protocol, a treaty."
    >>> _nominal_event(s, find_dates(s)[0])
    'The American decision to withdraw from the Kyoto Protocol'
    """
    before = _NOMINAL_BEFORE.search(sent[:d.start])
    after = _NOMINAL_AFTER.match(sent[d.end:])
    of = _NOMINAL_OF.search(sent[:d.start])
    if of:
        # "the election of an insurgent slate at the AFL-CIO in 1995 has expanded …"
        np = re.sub(r"^(?:[Ii]ts|[Tt]heir)\b", "The", of.group("np"))
        return _trim(_clean(f"{np[0].upper()}{np[1:]}"), 15)
    named = _NAMED_AFTER.match(sent[d.end:]) if re.search(r"\b[Tt]he\s+$", sent[:d.start]) and \
        sent[:d.start].count("(") <= sent[:d.start].count(")") else None     # (not an example in brackets)
    if named and _EVENT_NOUN.search(named.group("np")):
        # "the 2002 Johannesburg Earth Summit": a named happening with its year in front
        return _trim(_clean("The " + named.group("np")), 15)
    if not before or not after:
        return None
    np = re.sub(r"^(?:[Ii]ts|[Tt]heir)\b", "The", before.group("np"))
    return _trim(_clean(f"{np[0].upper()}{np[1:]} {after.group('rest')}"), 15)


_PARTICIPLE_EN = r"(?:initiated|founded|established|launched|created|introduced|adopted|signed|" \
                 r"ratified|enacted|passed|completed|opened|inaugurated|abolished|dissolved|built)"


#: a place or a named body ("New Haven", "the Oslo International Conference")
_PLACE = r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,4}"


def _causative_event(sent: str, d: DateRef) -> str | None:
    """"(pushing the San Jose City Council to adopt living wage policies in 1998)": the
    named body that was made to act did so at the date ("The San Jose City Council
    adopted living wage policies"), else None.

    >>> s = "The council (pushing the Vessa City Council to adopt a wage law in 1998) grew."
    >>> _causative_event(s, find_dates(s)[0])
    'The Vessa City Council adopted a wage law'
    """
    m = re.search(r"\b(?:pushing|pushed|forcing|forced|persuading|persuaded|prompting|prompted)\s+"
                  r"(?P<np>(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,5})\s+to\s+(?P<v>[a-z]{3,})\s+"
                  r"(?P<obj>[^,;:()]{3,60}?)\s+in\s*$", sent[:d.start])
    if not m or not re.match(r"\s*(?:[,.;)]|$)", sent[d.end:]):
        return None
    v = m.group("v")
    past = _IRREGULAR.get(v) or (v + "d" if v.endswith("e") else v + "ed")
    np = m.group("np")
    return _trim(_clean(f"{np[0].upper()}{np[1:]} {past} {m.group('obj')}"), 15)


def _participle_event(sent: str, d: DateRef) -> str | None:
    """A thing named with what was done to it at the date ("the project initiated by
    the State in 1974", "the Agreement, signed in 1994,", "plants in X (completed in
    2005)", "laws passed in New Haven in 1997"): "<thing> was <done> (by …)", else None.

    >>> s = "It was part of the project called “humanisation of work” initiated by the federal State in 1974."
    >>> _participle_event(s, find_dates(s)[0])
    'The project called “humanisation of work” was initiated by the federal State'
    >>> s = "The priority projects are sewage plants in Saint Petersburg (completed in 2005), the dam."
    >>> _participle_event(s, find_dates(s)[0])
    'Sewage plants in Saint Petersburg were completed'
    """
    gap = re.search(rf"(?:\(|,\s+|\bwith\s+)(?P<np>[^,;:()]{{3,60}}?)\s+(?P<p>{_PARTICIPLE_EN})\s+in\s+{_PLACE}"
                    rf"\s+in\s+(?:1[5-9]\d\d|20\d\d)\s+and\s+(?P<w2>{_PLACE})\s+in\s*$", sent[:d.start])
    if gap and re.match(r"\s*(?:[,.;)]|$)", sent[d.end:]) and \
            not re.match(r"(?:it|they|he|she|we|this|these|which|who)\b", gap.group("np"), re.I):
        # "laws passed in New Haven in 1997 and Hartford in 1999": the second place's own event
        np = re.sub(r"^(?:with|including|and)\s+", "", gap.group("np").strip())
        np = re.sub(r"^(?:its|their)\s+", "the ", np)
        head = re.split(r"\s+(?:in|of|for|at|on|from)\s+", np)[0].split()[-1]
        aux = "were" if re.search(r"[^s]s$", head) else "was"
        text = f"{np} {aux} {gap.group('p')} in {gap.group('w2')}"
        return _trim(_clean(text[0].upper() + text[1:]), 15)
    m = re.search(rf"(?P<sep>,\s+|\s*\(|\s+)(?P<p>{_PARTICIPLE_EN})(?P<by>\s+by\s+(?:the\s+)?[^,;:()]{{2,50}}?)?"
                  rf"(?P<where>\s+(?:in|at)\s+(?:the\s+)?{_PLACE})?\s+(?:in|on)\s*$", sent[:d.start])
    if not m:
        return None
    after = sent[d.end:]
    # "… passed in New Haven in 1997 and Hartford in 1999)": the phrase goes on with a
    # second place and date (their own event)
    after = re.sub(rf"^\s+and\s+{_PLACE}\s+in\s+(?:1[5-9]\d\d|20\d\d)(?=\s*[,.;)])", "", after)
    if m.group("sep").strip() == "(" and not re.match(r"\s*\)", after) or \
            m.group("sep").strip() == "," and not re.match(r"\s*[,.;]", after) or \
            not m.group("sep").strip() and not re.match(r"\s*(?:[,.;)]|$)", after):
        return None      # the participle's phrase must end with the date
    before = re.sub(r"\s*\([^()]*\)", "", sent[:m.start()])
    b = list(re.finditer(r"(?:^|,\s+|;\s+|\(|\b(?:are|is|was|were|include|includes|with|lies in|"
                         r"part of|when|after|before|as|because|until|while)\s+)", before))
    pred = re.match(r"\s*\)\s+(?:was|were)\s+(?P<pred>(?:the|a|an)\s+[^,;:()]{3,120}?)\s*(?:[.;]|$)", after)
    if b and b[-1].end() == 0 and m.group("sep").strip() == "(" and pred and not m.group("where"):
        # the sentence's subject, said to be something: that thing was done at the date
        np = before.strip()
        aux = "were" if re.search(r"[^s]s[”’\"']?$", np) else "was"
        return _trim(_clean(f"{np}, {pred.group('pred')}, {aux} {m.group('p')}{m.group('by') or ''}"), 25)
    if not b or b[-1].end() == 0 and m.group("sep").strip():
        return None      # the sentence's subject: its own clause says what it was
    np = before[b[-1].end():].strip()
    np = re.split(r"\b(?:arising|resulting|derived|emerging)?\s*from\s+(?=the\s)", np)[-1]
    words = np.split()
    if not 2 <= len(words) <= 12 or re.match(r"(?:it|they|he|she|we|this|these|which|who)\b", np, re.I) or \
            re.search(r"\bby\b", np) or _PAST_EN.fullmatch(words[0]) or \
            any(_PAST_EN.fullmatch(w) and w not in ("called", "named") for w in words[1:]):
        return None
    head = re.split(r"\s+(?:in|of|for|at|on|called|named|from)\s+", np)[0].split()[-1]
    aux = "were" if re.search(r"[^s]s$", head) else "was"
    np = re.sub(r"^(?:its|their)\s+", "the ", np)
    extra = 0
    if re.fullmatch(r"the\s+[A-Z][a-z]+", np):
        # "the Partnerships (established in accordance with the Declaration adopted at …)":
        # a document named by its head noun alone is named by what it set up
        named = _named_by_product(before[:b[-1].end()], np)
        extra = len(named.split()) - len(np.split())
        np = named
    text = f"{np} {aux} {m.group('p')}{m.group('by') or ''}{m.group('where') or ''}"
    return _trim(_clean(text[0].upper() + text[1:]), 15 + extra)


_SETUP = {"established": "establishing", "founded": "founding", "created": "creating",
          "set up": "setting up", "launched": "launching", "formed": "forming",
          "introduced": "introducing"}


def _named_by_product(before: str, np: str) -> str:
    """"the Declaration" (a head noun alone) in "two partnerships: the Environmental
    Partnership and …  (established in accordance with the Declaration": named by what
    it set up ("the Declaration establishing the Environmental Partnership and …");
    unchanged when the sentence does not say.

    >>> _named_by_product("Two bodies work: the Vessa Council and the Ost Board (established under ", "the Charter")
    'the Charter establishing the Vessa Council and the Ost Board'
    """
    m = re.search(r"(?:^|[,:;]\s+|\b(?:are|is|were|was)\s+)(?P<obj>[^,;:()]{3,100}?)\s*\(\s*(?P<p>"
                  + "|".join(_SETUP) + r")\s+(?:in accordance with|under|by|on the basis of|following|"
                  r"through|with)\s+$", before)
    if not m or not re.fullmatch(r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|and|of|in|for|on|the))*",
                                 m.group("obj").strip()):
        return np      # (a list of names only: not "Two partnerships work")
    return f"{np} {_SETUP[m.group('p')]} {m.group('obj').strip()}"


def _until_when(sent: str, d: DateRef) -> str | None:
    """"Ireland was a colony of Britain until 1922 when all but its six northern
    counties achieved independence": the when-clause, its "its" named by the
    sentence's subject when that is a name, else None.

    >>> s = "Ireland was a colony of Britain until 1922 when all but its six counties became free."
    >>> _until_when(s, find_dates(s)[0])
    'All but Ireland’s six counties became free'
    """
    if not re.search(r"\buntil\s*$", sent[:d.start]):
        return None
    m = _UNTIL_WHEN.match(sent[d.end:])
    if not m:
        return None
    clause = re.split(r",\s|\s+(?:which|who|whose|that)\s", m.group("c"))[0]
    subj = re.match(r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+(?:was|were|had been|remained)\b", sent)
    if re.search(r"\bits\b", clause):
        if not subj or subj.group(1).split()[0] in ("The", "This", "It", "There", "In"):
            return None
        clause = re.sub(r"\bits\b", f"{subj.group(1)}’s", clause, count=1)
    text = _trim(_clean(clause), 15)
    return text[0].upper() + text[1:] if text else None


_GIVEN: frozenset | None = None


def _given_names() -> frozenset:
    """Given names (the reference parser's list: Konrad, Angela, …)."""
    global _GIVEN
    if _GIVEN is None:
        path = Path(__file__).parent / "bibliography" / "refparse_lexicon.yaml"
        _GIVEN = frozenset(yaml.safe_load(path.read_text("utf-8"))["given_names"].split())
    return _GIVEN


def person_names(text: str) -> frozenset:
    """Surnames of the people the text names in full ("Konrad Meyer" → Meyer).

    >>> sorted(person_names("Konrad Meyer wird geboren. Die Stadt Berlin wächst."))
    ['Meyer']
    """
    given = _given_names()
    return frozenset(m.group(2) for m in re.finditer(
        r"\b([A-Z][a-zäöüé]+)\s+((?:(?:von|van|de)\s+)?[A-ZÄÖÜ][a-zäöüß’'-]+)\b", text)
        if m.group(1) in given and m.group(2) not in given)


def earlier(sentences: dict, si: int, bi: int, ni: int, n: int = 8) -> list[str]:
    """Up to ``n`` sentences of the same section before sentence ``ni`` of block ``bi``,
    the nearest first."""
    out = []
    for b in range(bi, -1, -1):
        k = ni - 1
        if b != bi:
            k = 0
            while (si, b, k + 1) in sentences:
                k += 1
        while k >= 0 and len(out) < n:
            if (si, b, k) in sentences:
                out.append(sentences[(si, b, k)])
            k -= 1
        if len(out) >= n:
            break
    return out


_VERB_DE = _lazy(r"(?:wird|wurde|war|ist|hat|hatte|erhält|stirbt|nimmt|zieht|tritt|kehrt|"
                      r"verlässt|übernimmt|gründet|heiratet|flieht|emigriert|starb|kam|ging|nahm|"
                      r"fand|gab|trat|zog|blieb|floh|verließ|schrieb|erhielt|[a-zäöü]{3,}te|"
                      + _V2_VERB + ")")


def resolve_pronoun(text: str, before: list[str], persons: frozenset) -> str:
    """A label whose subject is "he"/"she" ("er", "sie" with a singular verb) named
    by the one person (of ``persons``) the nearest earlier sentence that names any
    of them names; unchanged when there is no such pronoun or no single person.

    >>> p = frozenset({"Meyer", "Wiepking"})
    >>> resolve_pronoun("Wird er als Professor nach Hannover berufen", ["Für Meyer war das geschafft."], p)
    'Meyer wird als Professor nach Hannover berufen'
    >>> resolve_pronoun("Nach der Lehre nimmt er ein Studium auf", ["Meyer lernt."], p)
    'Meyer nimmt nach der Lehre ein Studium auf'
    >>> resolve_pronoun("He died", ["Meyer met Wiepking."], p)
    'He died'
    """
    m = re.match(r"(?P<p>He|She)\s+(?P<rest>[a-z].*)$", text) or \
        re.match(r"(?P<p>Er|Sie)\s+(?P<rest>(?P<v>[a-zäöüß]+)\b.*)$", text)
    pp = ""
    if m and m.group("p") == "Sie" and not _VERB_DE.fullmatch(m.group("v") or ""):
        return text          # "sie" with a plural verb: "they"
    if not m:
        m = re.match(r"(?P<v>[A-ZÄÖÜ][a-zäöüß]+)\s+(?P<p>er|sie)\s+(?P<rest>.+)$", text)
        if m and _VERB_DE.fullmatch(m.group("v").lower()):
            pp = m.group("v").lower()
        else:
            m = re.match(r"(?P<pp>(?:Nach|Mit|Durch|Bei|Während|Zu|Für|Als|Unter|Auf)\s[^,]{0,60}?)\s+"
                         r"(?P<v>[a-zäöü]+)\s+(?P<p>er|sie)\s+(?P<rest>.+)$", text)
            if not m or not _VERB_DE.fullmatch(m.group("v")):
                return text
            pp = f"{m.group('v')} {m.group('pp')[0].lower()}{m.group('pp')[1:]}"
    for sent in before:
        named = {w for w in re.findall(r"[A-ZÄÖÜ][a-zäöüß’'-]+", sent) if w in persons}
        if named:
            if len(named) != 1:
                return text
            name = named.pop()
            return f"{name} {pp + ' ' if pp else ''}{m.group('rest')}"
    return text


def name_the_sides(text: str, context: list[str]) -> str | None:
    """A label whose subject is "sides"/"the parties" alone named by the pair
    the context (this sentence, then earlier ones) sets against each other
    ("the conflict between Armenia and Azerbaijan"), else None; other labels
    unchanged.

    >>> name_the_sides("Sides achieved the truce", ["The war between Armenia and Azerbaijan began."])
    'Armenia and Azerbaijan achieved the truce'
    >>> name_the_sides("The parties signed", ["They met."]) is None
    True
    >>> name_the_sides("The conflict escalated into a war among parties", ["A dispute between Varnia and Ostland."])
    'The conflict escalated into a war between Varnia and Ostland'

    """
    m = re.match(r"(?:The\s+|Both\s+|the\s+)?(?:two\s+)?(?:sides|parties|Seiten|Parteien|Konfliktparteien)\s+"
                 r"(?=[a-zäöü])", text, re.I)
    among = re.search(r"\b(?:among|between)\s+(?:the\s+)?(?:two\s+)?(?:sides|parties)\b", text)
    if not m and among:
        # "… escalated into the second war among parties": the war between whom
        for sent in context:
            pair = re.search(r"\b(?:between)\s+((?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
                             r"\s+and\s+((?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)", sent)
            if pair:
                return f"{text[:among.start()]}between {pair.group(1)} and {pair.group(2)}{text[among.end():]}"
        return text
    if not m or re.match(r"(?i)die\s", text) and not re.match(r"(?i)die\s+(?:beiden\s+)?(?:Seiten|"
                                                                r"Parteien|Konfliktparteien)", text):
        return text
    for sent in context:
        pair = re.search(r"\b(?:between|zwischen)\s+((?:the\s+)?[A-ZÄÖÜ][\w’'-]+(?:\s+[A-ZÄÖÜ][\w’'-]+)?)"
                         r"\s+(and|und)\s+((?:the\s+)?[A-ZÄÖÜ][\w’'-]+(?:\s+[A-ZÄÖÜ][\w’'-]+)?)", sent)
        if pair:
            a = pair.group(1)
            return f"{a[0].upper()}{a[1:]} {pair.group(2)} {pair.group(3)} {text[m.end():]}"
    return None


def one_year(text: str, year: int | None) -> str | None:
    """A label naming another year than its own event's ("The Battle of Seattle and
    subsequent demonstrations through 2002") cut before the phrase that brings that
    year in, or None when it cannot be.

    >>> one_year("The “Battle of Seattle” and subsequent mass demonstrations through 2002 in Prague", 1999)
    'The “Battle of Seattle”'
    >>> one_year("The Second Action Plan for 2004—2006 was adopted", 2003)
    'The Second Action Plan for 2004—2006 was adopted'
    """
    other = [m for m in re.finditer(r"(?<![\d–—/-])(?:1[5-9]\d\d|20\d\d)(?![\d–—/-])", text)
             if int(m.group(0)) != year and not re.search(r"(?i)\b(?:for|für|of|von|des)\s+$",
                                                           text[:m.start()])]
    if not other:
        return text
    cut = [c for c in re.finditer(r",?\s+(?:and|und|as well as|sowie)\s", text[:other[0].start()])]
    if not cut:
        return None
    head = text[:cut[-1].start()].strip(" ,")
    return head if len(head.split()) >= 2 else None


def sents_before(sentences: dict, si: int, bi: int, ni: int) -> list[str]:
    """The sentences of the same paragraph before sentence ``ni``."""
    return [sentences[(si, bi, k)] for k in range(ni) if (si, bi, k) in sentences]


def _resolve_definite(text: str, before: list[str]) -> str | None:
    """A label whose subject is "The <noun>" alone and short (its event needs the
    noun's name: "The project was launched") gets the name from the paragraph
    ("The Johns Hopkins Comparative Nonprofit Sector Project was launched"), or
    is dropped (None).  Longer labels, and named subjects, are kept as they are.

    >>> _resolve_definite("The project was launched", ["It took place with the Johns "
    ...     "Hopkins Comparative Nonprofit Sector Project, a large project."])
    'The Johns Hopkins Comparative Nonprofit Sector Project was launched'
    >>> _resolve_definite("The project was launched", ["We studied it."]) is None
    True
    >>> _resolve_definite("The sides agreed a truce with Russian mediation", [])
    'The sides agreed a truce with Russian mediation'
    """
    m = _DEFINITE.match(text)
    short = re.match(r"^The\s+(?P<n>[A-Z][a-z]+)\s+(?:was|were|had|did|[a-z]+ed)\b", text)
    if short and not m:
        m = short      # "The Alliance formed …": a name shortened, said in full before
    if not m or m is not short and len(text.split()) > 5:
        return text
    noun = m.group("n")
    for sent in reversed(before):
        names = re.findall(r"(?:[A-Z][\w’'-]+\s+){1,6}" + noun.capitalize() + r"\b|\b"
                           + noun.capitalize() + r"\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w’'-]+"
                           r"(?:\s+(?:and|of|for)\s+(?:the\s+)?|\s+)){0,5}[A-Z][\w’'-]+", sent)
        if names:
            name = re.sub(r"^(?:The|A|An)\s+", "", names[-1])
            return f"The {name}{text[m.end('n'):]}"
    return text if m is short else None


def fuller_mention(text: str, before: list[str]) -> str:
    """A label whose subject is a bare definite common noun ("The working group was
    set up") named as the section said it just before ("the Armenia-Azerbaijan-Russia
    trilateral working group on transportation"): the longest such mention among the
    nearest earlier sentences (names, hyphenated words and adjectives in front, an "on/
    for/of" phrase after); unchanged when there is none.

    >>> fuller_mention("The working group was set up in Moscow", ["It met.",
    ...     "The Vessa-Ostland trilateral working group on transport meets."])
    'The Vessa-Ostland trilateral working group on transport was set up in Moscow'
    >>> fuller_mention("The talks began", ["The following talks failed."])
    'The talks began'
    """
    m = re.match(r"The\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?=(?:was|were|had|did|[a-z]+ed)\b)", text)
    if not m:
        return text
    np = m.group("np")
    best = ""
    for sent in before:
        for x in re.finditer(rf"\b[Tt]he\s+(?P<mods>(?:[\w’'-]+\s+){{1,4}})(?i:{re.escape(np)})"
                             r"(?P<of>\s+(?:on|for|of)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*ion)?)?(?=[\s,.;:])", sent):
            mods = x.group("mods").split()
            if all(re.fullmatch(r"[A-Z][\w’'-]*|[\w’'-]+-[\w’'-]+|[a-z]+(?:al|ic|ive|ary|ian|ese|ish|ous)", w)
                   and w.lower() not in _FUNCTION_WORDS for w in mods):
                full = x.group(0)[4:]      # as the article writes it ("… Volunteers Survey")
                if len(full) > len(best):
                    best = full
    return f"The {best} {text[m.end():]}".strip() if best else text


def term_owner(text: str, before: list[str]) -> str:
    """A label whose subject is a quoted term without its owner ("The first “common
    strategy” … was adopted") given the owner the nearest earlier sentence writes in
    front of the term ("the EU “common strategies”": "The first EU “common strategy”");
    unchanged when there is none.

    >>> term_owner("The first “common strategy” was adopted", ["The Treaty defined the EU “common strategies” in policy."])
    'The first EU “common strategy” was adopted'
    >>> term_owner("The first “common strategy” was adopted", ["It was new."])
    'The first “common strategy” was adopted'
    """
    m = re.match(r"The\s+(?P<ord>(?:first|second|third|new|last|latest)\s+)?(?P<q>[“\"‘])(?P<t>[a-z][\w -]{2,40}?)[”\"’]",
                 text)
    if not m:
        return text
    t = m.group("t")
    term = re.escape(t[:-1]) + "(?:y|ies)" if t.endswith("y") else re.escape(t) + "s?"
    for sent in before:
        x = re.search(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<own>(?:[A-Z][\w’'-]*\s+){{1,3}})[“\"‘]{term}[”\"’]", sent)
        if x:
            own = x.group("own").strip()
            return f"The {m.group('ord') or ''}{own} {text[m.start('q'):]}"
    return text


_FUNCTION_WORDS = _DANGLING | {"it", "be", "been", "case", "there", "so", "same", "such",
                                 "then", "also", "they", "we", "he", "she", "one", "time"}


@dataclass
class _Found:
    ref: DateRef
    text: str
    block: str
    order: int
    where: tuple = ()        # (section, block, sentence) of the mention


#: a count or a rate rising or falling ("Die Asylbewerberzahl stieg auf 11123", "the
#: number of members fell"): a statistic, not an act
_STATISTIC = _lazy(
    r"^(?:(?:Die|Der|Das|The)\s+)?(?:[\w-]+\s+){0,2}(?:[\w-]*(?:zahl|zahlen|quote|anteil|rate|"
    r"ziffer)|numbers?|share|rate|proportion|percentage|figures?|total|level|count)\b(?:\s+of\s+"
    r"[^,;:]{1,60}?)?\s+(?:\w+\s+){0,2}(?:stieg|stiegen|sank|sanken|fiel|fielen|wuchs|wuchsen|"
    r"verdoppelte|verdreifachte|überschritt|erreichte|betrug|lag|rose|fell|grew|increased|"
    r"decreased|declined|doubled|tripled|reached|exceeded|dropped|climbed|stood|amounted)\b")
#: the author's weighing of how much something happened ("sehr deutlich", "dramatically"):
#: not part of what happened
_EVALUATIVE_ADV = _lazy(
    r"\s+(?:(?:sehr|besonders|ganz)\s+)?(?:deutlich|drastisch|massiv|erheblich|dramatisch|"
    r"entscheidend|grundlegend|nachhaltig)(?=\s+(?:in|zu|zur|zum|auf|an|nach|von|aus|um)\b)|"
    r"\s+(?:very\s+)?(?:dramatically|sharply|significantly|considerably|clearly|radically|"
    r"remarkably|substantially|greatly|decisively|fundamentally|profoundly)\b(?=\s+[a-z])")
#: the author's view of where an act stands in a life or a story ("auf dem Gipfel seiner
#: Karriere", "at the height of his career") and the narrator's "schließlich"/"finally":
#: a label keeps the act, not the author's framing of it
_FRAMING = _lazy(
    r"\s+(?:auf\s+dem\s+(?:Gipfel|Höhepunkt|Zenit)|am\s+(?:Ende|Höhepunkt)|at\s+the\s+(?:height|peak|"
    r"pinnacle|zenith|end)\s+of)\s+(?:seiner|ihrer|his|her|their)\s+(?:Karriere|Laufbahn|Macht|"
    r"Berufslaufbahn|career|life|power)\b|"
    r"(?<=\s)(?:schließlich|endlich|letztlich|finally|eventually|ultimately)\s+(?=\S)")
#: a dated act named as a noun whose clause goes on to the author's verdict on what it
#: caused ("The publication of the MIT study induced a major turn in …"): the act alone
_CAUSAL = _lazy(
    r"^(?P<np>The\s+(?:[\w-]+\s+)?(?:publication|adoption|introduction|election|signing|launch|"
    r"founding|creation|establishment|passage|collapse|fall|announcement|release|decision|"
    r"ratification|enactment|reform|opening|closure|merger|entry|accession)\s+of\s+[^,;:]{3,100}?)"
    r"\s+(?:\w+ly\s+)?(?:induced|caused|triggered|led\s+to|sparked|prompted|provoked|paved|"
    r"brought\s+about|set\s+off|ushered\s+in|changed|transformed|shaped|meant|marked|"
    r"opened\s+the\s+way|gave\s+rise)\b")
#: the author's intensifier on a happening named as a noun ("massive world-wide antiwar
#: demonstrations", "die massiven Proteste"): how big the author finds it, not what happened
_EVALUATIVE_ADJ = _lazy(
    r"(?<![\w-])(?:massive|huge|enormous|vast|tremendous|unprecedented|dramatic|spectacular|"
    r"remarkable|impressive|massive[nmrs]?|gewaltige[nmrs]?|beispiellose[nmrs]?|dramatische[nmrs]?|"
    r"spektakuläre[nmrs]?)\s+(?=[\w-]+)", re.I)
#: a happening named by a noun alone ("World-wide antiwar demonstrations"): it took place
_HAPPENING_NP = _lazy(
    r"^(?:(?:The|A|An)\s+)?(?:[\w-]+\s+){0,4}?(?P<head>demonstrations?|protests?|strikes?|riots?|"
    r"marches|rall(?:y|ies)|boycotts?|uprisings?|revolts?|elections?|referend(?:um|a)|summits?|"
    r"talks|negotiations|sit-ins?|walkouts?)(?P<pp>\s+(?:in|at|across|against|over|for|throughout)"
    r"\s+[^,;:()]{2,60})?$")
#: a German act named as a noun whose sentence reports its effect ("Mit der Novellierung
#: des Hochschulrahmengesetzes wurde ein Reformprozess in Gang gesetzt"): the act itself
_NOMINAL_PASSIVE_DE = {"Novellierung": "novelliert", "Änderung": "geändert", "Reform": "reformiert",
                       "Einführung": "eingeführt", "Verabschiedung": "verabschiedet",
                       "Gründung": "gegründet", "Unterzeichnung": "unterzeichnet",
                       "Ratifizierung": "ratifiziert", "Abschaffung": "abgeschafft",
                       "Einrichtung": "eingerichtet", "Verkündung": "verkündet"}
_EFFECT_DE = _lazy(
    rf"^Mit\s+der\s+(?P<n>{'|'.join(_NOMINAL_PASSIVE_DE)})\s+(?P<art>des|der)\s+"
    r"(?P<adj>(?:[a-zäöüß][\w-]*en\s+){0,2})(?P<noun>[A-ZÄÖÜ][\w-]+)(?P<rest>(?:\s+(?:des|der)\s+[^,;:]{2,60}?)?)"
    r"\s+(?:wurde|wurden)\s+[^;:]*?\b(?:in\s+Gang\s+gesetzt|eingeleitet|angestoßen|ausgelöst|angeregt|"
    r"begonnen|ermöglicht|geschaffen)\b")
#: an impersonal German passive placed in a body ("In der bundesdeutschen Öffentlichkeit war
#: erstmals vom „Missbrauch“ gesprochen worden"): the body is who spoke
_IMPERSONAL_DE = _lazy(
    r"^In\s+der\s+(?P<adj>(?:[a-zäöüß][\w-]*en\s+){0,3})(?P<noun>[A-ZÄÖÜ][\w-]+)\s+(?:war|wurde)\s+"
    r"(?P<adv>(?:[a-zäöüß]+\s+){0,2}?)(?P<obj>(?:vo[mn]|über|von)\s+[^,;:]{2,80}?)\s+"
    r"(?P<v>gesprochen|diskutiert|debattiert|gefordert|kritisiert|gestritten)(?:\s+worden)?(?P<rest>(?:,\s.*)?)$")
_IMPERSONAL_PAST = {"gesprochen": "sprach", "diskutiert": "diskutierte", "debattiert": "debattierte",
                    "gefordert": "forderte", "kritisiert": "kritisierte", "gestritten": "stritt"}
_IRREGULAR = {"become": "became", "win": "won", "take": "took", "make": "made", "give": "gave",
              "lead": "led", "hold": "held", "build": "built", "run": "ran", "see": "saw",
              "begin": "began", "come": "came", "go": "went", "get": "got", "have": "had",
              "be": "was", "do": "did", "set": "set", "put": "put", "found": "founded"}


def plain_act(text: str, lang: str = "en") -> str:
    """A label without the author's weighing: evaluative adverbs gone ("wandelte sich
    sehr deutlich in …"), a dated act's verdict on its effect cut to the act
    ("The publication of X induced a major turn …" → "The publication of X"), "went on
    to re-name" → "re-named".

    >>> plain_act("Das Asylrecht wandelte sich sehr deutlich in eine Kann-Bestimmung", "de")
    'Das Asylrecht wandelte sich in eine Kann-Bestimmung'
    >>> plain_act("Morgen wird auf dem Gipfel seiner Karriere schließlich Präsident der Akademie", "de")
    'Morgen wird Präsident der Akademie'
    >>> plain_act("The publication of the MIT study induced a major turn in strategy")
    'The MIT study was published'
    >>> plain_act("The Irish Free State went on to re-name itself Ireland")
    'The Irish Free State re-named itself Ireland'
    >>> plain_act("The election of an insurgent slate at the AFL-CIO")
    'An insurgent slate was elected at the AFL-CIO'
    >>> plain_act("Mit der Novellierung des Hochschulrahmengesetzes wurde ein Reformprozess in Gang "
    ...           "gesetzt, bei dem Prozesse eingeleitet wurden", "de")
    'Das Hochschulrahmengesetz wurde novelliert'
    >>> plain_act("Mit der Einführung der neuen Verfassung wurde der Wandel eingeleitet", "de")
    'Die neue Verfassung wurde eingeführt'
    >>> plain_act("In der bundesdeutschen Öffentlichkeit war erstmals vom „Missbrauch“ gesprochen "
    ...           "worden, als bekannt wurde, dass Attentate verübt wurden", "de")
    'Die bundesdeutsche Öffentlichkeit sprach erstmals vom „Missbrauch“, als bekannt wurde, dass Attentate verübt wurden'
    >>> plain_act("Massive world-wide antiwar demonstrations")
    'World-wide antiwar demonstrations took place'
    >>> plain_act("Mass demonstrations against the war in Prague")
    'Mass demonstrations against the war in Prague took place'
    """
    text = _EVALUATIVE_ADV.sub("", text)
    text = normalize_space(_FRAMING.sub(" ", text))
    if _EVALUATIVE_ADJ.match(text):
        # "Massive world-wide antiwar demonstrations": the happening, not its size
        rest = _EVALUATIVE_ADJ.sub("", text, count=1)
        text = rest[:1].upper() + rest[1:]
    imp = _IMPERSONAL_DE.match(text) if lang == "de" else None
    if imp and imp.group("noun").endswith(("heit", "keit", "ung", "schaft", "lichkeit", "ion", "ie")):
        # a feminine body in the dative ("In der … Öffentlichkeit"): it did the speaking
        adj = re.sub(r"en(?=\s)", "e", imp.group("adj"))
        text = (f"Die {adj}{imp.group('noun')} {_IMPERSONAL_PAST[imp.group('v')]} "
                f"{imp.group('adv')}{imp.group('obj')}{imp.group('rest')}")
    eff = _EFFECT_DE.match(text) if lang == "de" else None
    if eff:
        # the act, not what the author says it set going; the genitive made the subject
        noun, adj = eff.group("noun"), eff.group("adj")
        if eff.group("art") == "des":
            noun = noun[:-2] if noun.endswith("es") and len(noun) > 5 else \
                noun[:-1] if noun.endswith("s") else noun
            art = "Das" if re.search(r"(?:gesetz|recht|statut|abkommen|programm|amt|werk)$", noun, re.I) \
                else "Der"
        else:
            art = "Die"
        adj = re.sub(r"en(?=\s)", "e", adj)
        text = f"{art} {adj}{noun}{eff.group('rest')} wurde {_NOMINAL_PASSIVE_DE[eff.group('n')]}"
    if lang == "en":
        hap = _HAPPENING_NP.match(text)
        if hap and not _PAST_EN.search(_NOT_PAST_EN.sub(" ", text)):
            # a noun alone names no act: the happening took place
            text = f"{text} took place"
        m = _CAUSAL.match(text)
        if m and len(m.group("np").split()) >= 4:
            text = m.group("np")

        def past(m):
            pre, v = m.group(1) or "", m.group(2)
            if v in _IRREGULAR:
                return pre + _IRREGULAR[v]
            return pre + (v + "d" if v.endswith("e") else v + "ed")
        text = re.sub(r"\bwent on to\s+(re-)?([a-z]+)\b", past, text)
        nom = re.fullmatch(rf"The\s+(?P<n>{'|'.join(_NOMINAL_PASSIVE)})\s+of\s+(?P<np>[^,;:()]{{3,80}}?)"
                           r"(?P<pp>\s+(?:at|in|by|within)\s+[^,;:()]{2,60})?", text)
        if nom and not _PAST_EN.search(_NOT_PAST_EN.sub(" ", nom.group("np"))):
            # "The election of an insurgent slate at the AFL-CIO": who was done what, as a clause
            np = nom.group("np")
            head = re.split(r"\s+(?:on|of|in|for|at|about)\s+", np)[0].split()[-1]
            aux = "were" if re.search(r"[^s]s$", head) else "was"
            text = f"{np[0].upper()}{np[1:]} {aux} {_NOMINAL_PASSIVE[nom.group('n')]}{nom.group('pp') or ''}"
    return text


#: a definition ("X is a representative survey …"): a statement of what a thing is
_DEFINITION = _lazy(r"^(?P<s>(?:The\s+|Der\s+|Die\s+|Das\s+)?[A-ZÄÖÜ][^,;:]*?)\s+(?P<cop>is|are|ist|sind)\s+"
                         r"(?:a|an|one of the|ein|eine|einer)\s+(?P<np>[^,;:]*)$")
_DEF_PARTICIPLE = _lazy(r"^(?P<np>.*)\s(?P<p>(?:[a-z]{3,}ed|built|made|held|run|set up|begun|undertaken)"
                             r"(?:\s+(?:out|up))?)(?P<rest>(?:\s+[^,;:]*)?)$")
#: the history of a word ("Der Begriff X fand Eingang in die politische Sprache", "the term
#: entered common usage"): no one acted; not an event
_WORD_HISTORY = _lazy(
    r"^(?:(?:Der|Die|Das|The)\s+)?(?:[\w-]+\s+)?(?:Begriff|Terminus|Ausdruck|Wort|Schlagwort|Konzept|"
    r"Leitbild|term|concept|notion|word|phrase|expression|label|catchword|buzzword)\b[^;:]{0,80}?\s"
    r"(?:fand\s+(?:\w+\s+)?Eingang|verbreitete\s+sich|setzte\s+sich\s+durch|bürgerte\s+sich\s+ein|kam\s+(?:\w+\s+)?auf|"
    r"tauchte\s+(?:\w+\s+)?auf|entered|spread|gained\s+(?:currency|ground|traction)|came\s+into\s+(?:use|vogue)|"
    r"became\s+(?:popular|common|widespread|fashionable)|caught\s+on)\b")


def definition_event(text: str, lang: str = "en") -> str | None:
    """A label that is a definition ("The European Social Survey is a representative
    social survey carried out for the first time") made the act its participle reports
    ("The European Social Survey was carried out for the first time"); a definition
    without one is no event (None); other labels unchanged.

    >>> definition_event("The European Social Survey is a representative social survey carried out for the first time")
    'The European Social Survey was carried out for the first time'
    >>> definition_event("The Vessa Accord is a treaty of two states") is None
    True
    >>> definition_event("Ostland is a small state that joined the Union")
    'Ostland joined the Union'
    >>> definition_event("Finland put the initiative forward")
    'Finland put the initiative forward'
    """
    m = _DEFINITION.match(text)
    if not m:
        return text
    rel = re.match(r"(?P<np>.*?)\s(?:that|which|who)\s+(?P<v>[a-z]+)\b(?P<rest>.*)$", m.group("np")) \
        if lang == "en" else None
    if rel and _PAST_EN.fullmatch(rel.group("v")) and not re.fullmatch(r"was|were|had|did", rel.group("v")):
        # "Cyprus is a member state that joined the EU": what it did
        return f"{m.group('s')} {rel.group('v')}{rel.group('rest')}"
    if rel:
        return None
    p = _DEF_PARTICIPLE.match(m.group("np")) if lang == "en" else None
    if not p or _NOT_PAST_EN.fullmatch(p.group("p")):
        return None
    aux = "were" if m.group("cop") == "are" else "was"
    return f"{m.group('s')} {aux} {p.group('p')}{p.group('rest')}".strip()


#: a dated act named as a noun, and its participle
_NOMINAL_PASSIVE = {"election": "elected", "adoption": "adopted", "signing": "signed",
                    "founding": "founded", "creation": "created", "establishment": "established",
                    "dissolution": "dissolved", "publication": "published", "ratification": "ratified",
                    "introduction": "introduced", "launch": "launched", "annexation": "annexed",
                    "abolition": "abolished", "opening": "opened", "enactment": "enacted"}


def _norm_title(title: str) -> list[str]:
    return re.sub(r"^\s*(?:[IVXLC]+\.|\d+(?:\.\d+)*\.?)\s*", "", title or "").split()


def section_actors(reading: model.Reading) -> dict[int, str]:
    """In an article that compares (sibling headings alike but for a name at their end:
    "Asylrecht und Asylpolitik in der DDR" / "… in der frühen Bundesrepublik"), the
    name each such section is about, by section index.

    >>> p = [model.Block("p1", [])]
    >>> r = model.Reading("x", model.Metadata(), sections=[model.Section("s1", "I. Intro", p),
    ...     model.Section("s2", "II. Asylpolitik in der DDR", p),
    ...     model.Section("s3", "III. Asylpolitik in der frühen Bundesrepublik", p)])
    >>> section_actors(r)
    {1: 'DDR', 2: 'Bundesrepublik'}
    >>> r.sections[1].title, r.sections[2].title = "Ergebnisse der Befragung", "Ergebnisse der Interviews"
    >>> section_actors(r)
    {}
    """
    # only sections with text of their own (a part heading's scope is not certain)
    titles = [_norm_title(s.title) if s.blocks else [] for s in reading.sections]
    out: dict[int, str] = {}
    for i, a in enumerate(titles):
        for j, b in enumerate(titles):
            if i == j or len(a) < 3 or len(b) < 3:
                continue
            n = 0
            while n < min(len(a), len(b)) and a[n] == b[n]:
                n += 1
            tail = a[n:]
            if n < 2 or not 1 <= len(tail) <= 4 or not b[n:] or len(b[n:]) > 4:
                continue
            if not any(w in ("in", "im", "for", "für", "of") for w in a[max(0, n - 3):n]):
                continue     # "… in der DDR", "… for Germany": a place or a polity, not a topic
                #              ("Ergebnisse der Befragung" / "… der Interviews")
            names = [w for w in tail if re.fullmatch(r"[A-ZÄÖÜ][\w-]+", w)]
            if names:
                out[i] = names[-1]
    return out if len(set(out.values())) >= 2 else {}


def name_actor(text: str, where: tuple, actors: dict[int, str], sentences: dict,
               lang: str = "en") -> str | None:
    """A label in a comparing article that names none of the compared (states,
    parties …) and no one who acted (a passive without its agent, a noun: "Einführung
    eines Sichtvermerkzwangs") gets the one its section is about ("… für Pakistan (Bundesrepublik)")
    or the one its paragraph names alone; else None (whose act it was is not certain).
    Labels of other articles are unchanged."""
    if not actors:
        return text
    agentless = not reports_event(text, lang) or \
        re.search(r"\b(?:wurden?|worden|was|were)\b", text) and \
        not re.search(r"\b(?:von|durch|by)\s+(?:der|dem|den|the\s+)?[A-ZÄÖÜ]", text)
    if not agentless:
        return text      # "Rund 194 000 Ungarn verließen ihre Heimat": its subject acted
    names = set(actors.values())
    if any(re.search(rf"(?<![^\W\d_]){re.escape(n)}", text) for n in names):
        return text
    si, bi, ni = where
    if si in actors:
        return f"{text} ({actors[si]})"
    para = [sentences[(si, bi, k)] for k in range(ni + 1) if (si, bi, k) in sentences]
    named = {n for n in names if any(re.search(rf"(?<![^\W\d_]){re.escape(n)}", x) for x in para)}
    if not named:
        return text      # about neither (the setting of both)
    return f"{text} ({named.pop()})" if len(named) == 1 else None


#: "1932 erfolgt der Eintritt in die NSDAP und 1933 in die SS": the second date's clause
#: is only a phrase; its event is the first one's with that phrase
_GAPPED = _lazy(r"^\s+(?P<pp>(?P<prep>in|into|to|an|zu|zur|zum|nach|bei|aus|ins)\s+[^,;:()]{2,50}?)"
                     r"\s*(?:\([^()]*\))?\s*[.;]?\s*$")
#: a German participle in front of its noun with the date inside ("das von Bund und
#: Ländern 2007 eingerichtete Professorinnenprogramm")
_ATTRIBUTE_DE = _lazy(r"(?<!,)(?<!,\s)\b(?:dem|den|der|die|das|des)\s+(?:von\s+(?P<by>[^,;:()]{2,40}?)\s+)?$")
_ATTRIBUTE_DE_AFTER = _lazy(r"^\s+(?P<p>(?:[a-zäöü]+)(?:t|en))(?:e|en|er|es|em)\s+"
                                 r"(?P<n>[A-ZÄÖÜ][\w-]+(?:\s+(?:der|des)\s+[^,;:()]{2,60}?(?=[,;:.()]|\s+[a-zäöü]+(?:te|ten|t)\b)"
                                 r")?)")


def extract(reading: model.Reading) -> list[model.TimelineEvent]:
    """Dated events of the body, chronological, deduplicated, with evidence blocks."""
    return extract_with_notes(reading)[0]


def extract_with_notes(reading: model.Reading) -> tuple[list[model.TimelineEvent], dict[str, str]]:
    """:func:`extract`, plus a note per event id whose date was inferred or
    that the article dates differently elsewhere (for the instructor to check).

    Only the article's own prose is read (not its reference list); citations
    ("(Smith 1991)") are removed before dates are looked for; a date makes an
    event only in a sentence that reports something that happened (a verb in
    the past), not in a forecast, a present state ("has bases … since 2020")
    or a statement about the article itself, nor a figure of speech or the
    author's verdict on an effect.  Relative dates ("two days later", "the
    following year") are resolved against the date read before them (noted,
    for checking).  A label says who did what: "he"/"er"/"sie" is named by
    the one person the nearest earlier sentence names, "the sides" by the
    pair the paragraph sets against each other, "The Alliance" by its full
    name in the paragraph; a label that cannot be made self-contained, or
    that spans other years, is left out.  In an article that compares (sibling
    headings "… in der DDR" / "… in der Bundesrepublik") an act without an agent
    is named by its section's state, or left out when its paragraph names both.
    A count rising or falling is a statistic, a word entering the language no act, a
    definition ("X is a survey …") either the act its participle reports or nothing; the
    author's weighing ("sehr deutlich", "induced a major turn") and framing ("auf dem
    Gipfel seiner Karriere", "schließlich") are left out of a label; a document named by
    its head noun alone ("the Declaration") is named by what it set up, a quoted term by
    the owner the sentence before gives it ("the EU “common strategies”"), an impersonal
    German passive keeps its als-clause.  A footnote's
    own prose is read too (never a sentence that cites or points to a source), its
    events cite the paragraph of the note's marker.  One event's mentions are
    merged (:func:`merge_mentions`), keeping the most precise date."""
    lang = language(reading)
    persons = person_names(" ".join(model.plain_text(b.inlines) for _, b in reading.blocks()))
    published = int(m.group(0)) if (m := re.search(r"\d{4}", str(reading.meta.year or
                                                                reading.meta.published or ""))) else 0
    mentions: list[tuple[int, int, int, str, str, DateRef]] = []
    previous: dict[tuple[int, int, int], str] = {}
    sentences: dict[tuple[int, int, int], str] = {}
    last: DateRef | None = None      # the latest date read: what a relative date counts from
    last_at = (0, 0, 0)              # its section, block, and the running number of its block
    nblock = 0
    for si, sec in enumerate(reading.sections):
        if is_reference_section(sec.title) or CONTRIBUTORS.match(sec.title.strip()) or \
                ABOUT_THE_DOCUMENT.match(sec.title.strip()):
            continue
        for bi, block in enumerate(sec.blocks):
            if block.kind == "authornote":      # a note on the author: not the article's events
                continue
            if last is not None and last_at[0] != si and (bi or last_at[2] != nblock - 1):
                last = None      # "a year later" counts from a date of its own section, or of
                #                  the paragraph just before it; never from a distant one
            nblock += 1
            text = normalize_space(model.plain_text(block.inlines))
            sents = [_BRACKET_CITE.sub("", strip_citations(x)) for x in split_sentences(text)]
            for ni, sent in enumerate(sents):
                sentences[(si, bi, ni)] = sent
                if ni:
                    previous[(si, bi, ni)] = sents[ni - 1]
                found_here = find_dates(sent)
                for d in found_here:
                    # the sentence's own anchor ("s2-p3~2"): the event's page is where it
                    # is printed, not every page its paragraph runs over
                    mentions.append((si, bi, ni, f"{block.id}~{ni + 1}", sent, d))
                if not found_here and last is not None and last.year:
                    rel = relative_date(sent, last)
                    if rel is not None:
                        mentions.append((si, bi, ni, f"{block.id}~{ni + 1}", sent, rel))
                        found_here = [rel]
                dated = [d for d in found_here if d.year and not d.skip]
                if dated:
                    last, last_at = dated[-1], (si, bi, nblock - 1)
    nsec = len(reading.sections)
    marked = _note_blocks(reading)
    for fi, fn in enumerate(reading.footnotes):
        # a footnote's own prose ("The Ohrid Framework Agreement ended the conflict … in
        # 2001"): each note on its own (no year inferred, nothing relative), its citations
        # and references never (a sentence that cites, points or names a source is left out)
        if fn.status != "complete" or fn.number not in marked:
            continue
        text = normalize_space(model.plain_text(fn.inlines))
        for ni, sent in enumerate(split_sentences(text)):
            if not footnote_prose(sent):
                continue
            sentences[(nsec + fi, 0, ni)] = sent
            for d in find_dates(sent):
                if d.year and sent[:d.start].count("(") <= sent[:d.start].count(")"):
                    # (a date in a note's aside in brackets is a comparison, not its event)
                    mentions.append((nsec + fi, 0, ni, marked[fn.number], sent, d))
    found: list[_Found] = []
    for k, (si, bi, ni, bid, sent, d) in enumerate(mentions):
        named = _NAMED_REFERENCE.search(sent[:d.start]) if d.skip and d.year and lang == "en" else None
        if named and (re.match(r"(?:first|second|third|\d+(?:st|nd|rd|th))\s", named.group("np"))
                      or len(re.findall(r"\b[A-Z]", named.group("np"))) >= 2) \
                and re.match(r"\s*(?:[,.;)]|$|and\b|when\b)", sent[d.end:]):
            # "… took hold after the first Union Summer in 1996": the happening it dates by
            found.append(_Found(d, "The " + named.group("np"), bid, k, (si, bi, ni)))
            continue
        if d.skip and not (d.year and _until_when(sent, d)):
            continue     # a reference point ("until 1922"), unless a when-clause says what happened
        fol = _FOLLOWED.search(sent[:d.start]) if d.year and lang == "en" else None
        if fol and _EVENT_NOUN.search(fol.group("np")) and len(fol.group("np").split()) >= 2:
            # "…, followed by world-wide antiwar demonstrations on February 15, 2003, have …":
            # a named happening with its own date, whatever the main clause's tense
            found.append(_Found(d, _trim(_clean(fol.group("np")), 15), bid, k, (si, bi, ni)))
            continue
        nominal = (_nominal_event(sent, d) or _participle_event(sent, d) or _causative_event(sent, d)) \
            if d.year and lang == "en" \
            else None
        if nominal:
            found.append(_Found(d, nominal, bid, k, (si, bi, ni)))
            continue
        attr = _ATTRIBUTE_DE_AFTER.match(sent[d.end:]) if lang == "de" and d.year else None
        by = _ATTRIBUTE_DE.search(sent[:d.start]) if attr else None
        if attr and by:
            # "das von Bund und Ländern 2007 eingerichtete Professorinnenprogramm"
            text = f"{attr.group('n')} {'von ' + by.group('by') + ' ' if by.group('by') else ''}{attr.group('p')}"
            found.append(_Found(d, text, bid, k, (si, bi, ni)))
            continue
        gap = _GAPPED.match(sent[d.end:]) if d.year and re.search(r"\b(?:und|and)\s*$", sent[:d.start]) else None
        first = next((x[5] for x in reversed(mentions[:k]) if (x[0], x[1], x[2]) == (si, bi, ni)
                      and x[5].year and not x[5].skip), None) if gap else None
        whole = sent
        if gap and first is not None:
            # "1932 erfolgt der Eintritt in die NSDAP und 1933 in die SS"
            first_text = one_year(event_text(sent, first), first.year) or ""
            pm = re.search(rf"\b{gap.group('prep')}\s+\S.*$", first_text)
            if not pm:
                continue
            sent = first_text[:pm.start()] + gap.group("pp") + "."
            d = DateRef(len(sent), len(sent), d.year, d.month, d.day, d.day2, d.qual)
        if not reports_event(whole, lang):
            continue
        if whole[:d.start].count("(") > whole[:d.start].count(")") and not gap:
            continue     # a date in brackets is an aside's ("efforts (including the 2002 Summit)"),
            #              not the event of the clause around it
        if lang == "de" and d.year and published and d.year > published and \
                not re.search(r"\b(?:wurden?|war(?:en)?|hatten?|hat|haben)\b", sent):
            continue     # "2030 wird der Rat gewählt": a present that is a future, not a history
        if d.year is None:
            d.year, d.inferred = _infer_year(mentions, k)
            if d.year is None:
                continue
        provided = _PROVIDED_DE.search(sent[:d.start]) if lang == "de" else None
        content = re.match(r"\s*[–—(,]\s*(?:diese[rs]?|die|der|das|welche[rs]?)\s+sah\s+vor,\s*"
                           r"(?P<c>[^–—()]{10,200}?)\s*[–—)]", sent[d.end:]) if provided else None
        if content:
            # "die Entscheidung der Konferenz vom 26. August 1966 – diese sah vor, X –": the
            # decision and what it provided
            text = _trim(_clean(f"{provided.group('n')} {provided.group('g')}: {content.group('c')}"), 25)
            found.append(_Found(d, text, bid, k, (si, bi, ni)))
            continue
        appos = _APPOSITION.search(sent[:d.start]) if re.match(r"\s*,", sent[d.end:]) else None
        if appos:
            # "…, der Einführung eines Sichtvermerkzwangs im Juni 1976, begann …": the
            # apposition names the dated happening (an -ung noun: feminine, so "Die")
            noun = re.sub(r"^erste[nr]\b", "erste", appos.group("np"))
            text = _trim(_clean(("Die " if re.match(r"(?:erste\s+)?[A-ZÄÖÜ]\w*ung\b", noun)
                                 else "The ") + noun), 15)
            anchor = re.search(r"\b(?:der|den|dem|the)\s+(?P<a>(?:ersten?|first)\s+(?:[a-zäöü][\w-]*\s+)?"
                               r"[A-ZÄÖÜa-z][\w-]+)\s*$", sent[:appos.start()])
            if anchor:
                # "Mit der ersten asylpolitischen Einschränkung, der Einführung …": what it was
                a = re.sub(r"^ersten\b", "erste", anchor.group("a"))
                a = re.sub(r"(?<=\w)en(\s+[A-ZÄÖÜ])", r"e\1", a) if lang == "de" else a
                text = f"{a[0].upper()}{a[1:]}: {text[0].lower()}{text[1:]}"
            found.append(_Found(d, text, bid, k, (si, bi, ni)))
            continue
        text = event_text(sent, d) if not gap or first is None else _trim(_clean(sent), 15)
        text = _until_when(sent, d) or text
        evident = re.match(r"\s*,?\s+when\b,?\s*(?:[^,;:]{1,40},\s*)?(?P<c>[^;:]+?)[.;:]?$", sent[d.end:]) \
            if re.match(r"\s*(?:It|This|That)\s+(?:became|was|proved)\s+(?:\w+\s+)?(?:evident|clear|"
                        r"obvious|apparent|visible)\s+(?:in|on)\s*$", sent[:d.start]) else None
        if evident:
            # "It became evident in 2007, when … Poland blocked …": the when-clause happened
            text = _trim(_clean(re.split(r",\s+(?:which|who)\b", evident.group("c"))[0]), 15)
        vorfeld = _german_vorfeld(sent, d) if lang == "de" else None
        if vorfeld:
            text = vorfeld
        of = re.search(r"(?P<n>[^\W\d_][\w-]*)[“”]?\s+(?:of|von)\s+$", sent[:d.start])
        if of and not vorfeld and not re.fullmatch(
                r"(?i)summer|spring|autumn|fall|winter|year|end|beginning|"
                r"middle|course|events|Sommer|Frühjahr|Herbst|Winter|Jahr|Jahres|"
                r"Ende|Anfang|Mitte|months?|Monat", of.group("n")):
            continue     # "efforts for the demonstrations of 1999": the date is the noun's
        whole_rel = event_text(sent, d, 40) if re.search(r"\b(?:denjenigen|derjenigen|diejenigen|demjenigen)\b",
                                                         text) else ""
        if re.search(r"\b(?:denjenigen|derjenigen|diejenigen|demjenigen)\s+(?:\w+\s+){1,4}\w+,\s+(?:die|der|den|dem)\s",
                     whole_rel) and quotes_balanced(whole_rel) and len(whole_rel.split()) <= 32:
            text = whole_rel     # "… denjenigen Ausländern Asyl gewährt, die „…“": the relative clause kept whole
        if re.search(r"\b(?:denjenigen|derjenigen|diejenigen|demjenigen|dasjenige|desjenigen)\s+\w+$",
                     event_text(sent, d, 60)) or re.search(
                r"\b(?:denjenigen|derjenigen|diejenigen|demjenigen)\b", text) and not re.search(
                r",\s+(?:die|der|den|dem|das|welche)\b", text):
            continue     # "denjenigen Ausländern …" cut before the relative clause it needs
        when = re.match(r"\s*,?\s+when\b,?\s*(?P<c>[^;:]+?)[.;:]?$", sent[d.end:])
        if when and re.search(r"\breached (?:its|their|a) (?:maximum|peak|height|climax|high|low|"
                              r"lowest point|nadir)\b", text):
            # "X reached its maximum in 1997 when the agreement came into effect": a measure's
            # figure of speech; the when-clause is what happened
            text = _trim(_clean(when.group("c")), 15)
        said = _SAID_THAT.match(text)
        if said and re.search(r"\bthat\s", sent[:d.start]):
            # "Putin stated that he had talks with Aliyev on October 19–20": the date is the
            # talks', not the statement's; the event is what was said to have happened
            verb = said.group("v") or ""
            text = f"{said.group('who')} {'' if re.fullmatch(r'[a-z]+ed', verb) else 'had '}" \
                   f"{said.group('rest')}" if said.group("had") else text
            text = re.sub(r"\s+", " ", text)
        if lang == "de":
            # (a sentence that opens with its date has its verb next: "1939 reist Morgen …")
            text = german_order(text, v2=not re.search(r"[a-zäöüß]{3,}", _DATE_WORDS_DE.sub("", sent[:d.start])))
            text = with_occasion(text, sent[d.end:])
        if _PROFORM.fullmatch(text) and (si, bi, ni) in previous:
            # "It was the case in 2016": the event is the previous sentence's
            prev = re.sub(r"^(?:During|In|Within|Under|After|Following|Despite|Amid|At|For|"
                          r"With|Over)\b[^,]{0,80},\s*", "", previous[(si, bi, ni)])
            text = _trim(_clean(prev), 15)
        content = [w for w in re.findall(r"[^\W\d_][\w’'-]+", text)
                   if w.lower() not in _FUNCTION_WORDS]
        if len(content) < 2:
            continue
        perfect = _DATED_PERFECT.search(sent) if lang == "en" else None
        if perfect and d.start > perfect.start():
            # "To date, the survey has been carried out twice – in 1999 and 2004": each
            # year its own event, in the past
            subj = re.search(r"(?:^|,\s+|;\s+)(?P<s>(?:[Tt]he|[A-Z])[^,;:]{0,60}?)\s*$", sent[:perfect.start()])
            if not subj:
                continue
            aux = "was" if perfect.group(0).startswith("has") else "were"
            text = _clean(f"{subj.group('s')[0].upper()}{subj.group('s')[1:]} {aux} {perfect.group('p')}")
        text = _resolve_definite(text, sents_before(sentences, si, bi, ni))
        if text is None:
            continue     # "The project was launched": its referent is not in the paragraph
        if lang == "en":
            text = fuller_mention(text, earlier(sentences, si, bi, ni))
        text = resolve_pronoun(text, earlier(sentences, si, bi, ni), persons)
        text = name_the_sides(text, [sent] + earlier(sentences, si, bi, ni))
        if text is None:
            continue     # "Sides achieved the truce": which sides, the paragraph does not say
        text = re.sub(r"\b(?:eben\s+|just\s+)?(?:diese[nmrs]?|jene[nmrs]?|this|that)\s+(?=([A-ZÄÖÜ]\w+)\b)",
                      lambda m: "" if m.group(1) in persons else m.group(0), text)
        cop = re.match(r"(?:[A-ZÄÖÜ][\w-]*\s+){1,6}?(?:war|waren|was|were)\s+(?P<np>(?:die|der|das|the)\s+"
                       r"[^,;:]+)$", text)
        if cop and _EVENT_NOUN.search(cop.group("np")) and not _PAST_EN.search(cop.group("np")) \
                and not _PAST_DE.search(cop.group("np")):
            # "(Der) Höhepunkt waren die Weltfestspiele in Ost-Berlin (im Sommer 1973)": the
            # happening named after the copula
            np = cop.group("np")
            text = np[0].upper() + np[1:] if lang != "de" else re.sub(r"^(?:die|der|das)\s+", "", np)
        if lang == "de":
            pv = re.match(r"(?P<pp>(?:Durch|Mit|Nach|Bei|Dank|Über)\s[^,]{1,60}?)\s+(?P<v>[a-zäöü]+)\s+"
                          r"(?P<n>[A-ZÄÖÜ]\w+)\s+(?P<rest>[a-zäöü].*)$", text)
            if pv and pv.group("n") in persons and _VERB_DE.fullmatch(pv.group("v")):
                # "Durch Wiepking erhält Meyer …" -> "Meyer erhält durch Wiepking …"
                text = f"{pv.group('n')} {pv.group('v')} {pv.group('pp')[0].lower()}" \
                       f"{pv.group('pp')[1:]} {pv.group('rest')}"
        light = re.match(r"(?:Der|Die|Das)\s+(?P<n>[A-ZÄÖÜ]\w+)\s+(?:(?P<a>.+?)\s+)?(?:erfolgt|erfolgte)"
                         r"(?:\s+(?P<b>.+))?$", text) if lang == "de" else None
        act = bool(light)
        if light:
            # "Der Eintritt in die NSDAP erfolgt": whose, the person the text is about there
            who = resolve_pronoun("Er x", earlier(sentences, si, bi, ni), persons)
            if who == "Er x":
                continue
            text = " ".join(x for x in (f"{who.split()[0]}: {light.group('n')}", light.group("a"),
                                        light.group("b")) if x)
        text = one_year(text, d.year)
        if text is None:
            continue     # the label spans years ("… and the demonstrations through 2002")
        if re.match(r"(?:It|Its|They|Their|This|These|That|Those|He|She|His|Her|We|Es|Sie|Er|"
                    r"Seine[nmrs]?|Sein|Ihre[nmrs]?|Ihr|Deren|Dessen|"
                    r"Dies|Diese[nmrs]?|Dieses|Jene[nmrs]?)\s+[a-zäöü]", text):
            continue     # a pronoun or demonstrative we cannot resolve: not self-contained
        if re.match(r"(?:Seine[nmrs]?|Sein|Ihre[nmrs]?|Ihr|His|Her|Its|Their)\s", text):
            continue     # "Seine Äußerungen wurden …": whose, the label does not say
        if _QUOTED.search(text) or _SPEECH.search(sent):
            continue     # a quotation or what someone said is not an event
        if not act and not event_label_ok(text, lang) or act and not quotes_balanced(text):
            continue
        years = {int(y) for y in re.findall(r"\b(?:in|on|im|en|w)\s+(?:(?:early|mid|late|"
                                            r"the autumn of|the spring of)\s+)?(1[5-9]\d\d|20\d\d)"
                                            r"(?![\d–—-])", text)}
        if years and d.year not in years:
            continue     # the clause names another year: its event is that year's, not this one
        if any(x.day and (x.month, x.day) != (d.month, d.day) for x in find_dates(text)):
            continue     # … or another day ("… followed by demonstrations on February 15")
        found.append(_Found(d, text, bid, k, (si, bi, ni)))
    actors = section_actors(reading)
    kept: list[_Found] = []
    for f in found:
        f.text = plain_act(f.text, lang)
        if _STATISTIC.match(f.text) or _WORD_HISTORY.match(f.text):
            continue     # a count rising or falling is a statistic, a word spreading no act
        f.text = definition_event(f.text, lang)
        if f.text is None:
            continue     # "X is a …": what a thing is, not what happened
        if lang == "en" and f.where:
            f.text = term_owner(f.text, earlier(sentences, *f.where))
        if f.where:
            f.text = name_actor(f.text, f.where, actors, sentences, lang)
            if f.text is None:
                continue
        kept.append(f)
    found = kept
    found.sort(key=lambda f: (f.ref.sort_key(), f.order))
    events: list[model.TimelineEvent] = []
    notes: dict[str, str] = {}
    for f in found:
        iso = f.ref.iso()
        dup = next((e for e in events if e.date == iso and
                    fuzz.token_set_ratio(e.text.lower(), f.text.lower()) >= 70), None)
        if dup:
            if f.block not in dup.evidence:
                dup.evidence.append(f.block)
            continue
        eid = f"ev-{short_hash('date', iso, _block(f.block), str(f.ref.day2 or ''))}"
        while any(e.id == eid for e in events):
            eid = f"ev-{short_hash(eid, f.text)}"
        ev = model.TimelineEvent(id=eid, date=iso, label=f.ref.label(lang), text=f.text,
                                 evidence=[f.block])
        if f.ref.inferred:
            notes[eid] = f.ref.inferred
        events.append(ev)
    events = merge_mentions(events, lang)
    for a, b, why in date_conflicts(events):
        for e in (a, b):
            notes[e.id] = "; ".join(x for x in (notes.get(e.id, ""), why) if x)
    return events, notes


_PAST_EN = _lazy(      # irregular pasts also with a prefix: rebuilt, undertook, overran
    r"\b(?:(?:re|un|under|over|out|with|fore|mis)?(?:began|became|broke|brought|came|chose|fell|"
    r"fought|gave|went|grew|held|kept|made|paid|ran|rose|sent|set|sold|took|told|threw|wrote|"
    r"bought|built|caught|drew|drove|laid|won|stood|sought)|was|were|had|did|began|begun|became|broke|brought|came|chose|fell|fought|"
    r"forbade|gave|went|grew|held|kept|knew|led|left|lost|made|meant|met|paid|put|ran|rose|"
    r"said|sent|set|shot|spoke|stood|struck|took|told|thought|threw|understood|won|wrote|"
    r"sought|sold|bought|built|caught|drew|drove|flew|froze|hid|hit|laid|lay|let|overcame|"
    r"overthrew|quit|rode|rang|saw|shook|shut|sank|sat|slid|split|spread|stole|swore|swept|"
    r"tore|withdrew|woke|wore|[a-z]{2,}ed)\b", re.I)
_NOT_PAST_EN = _lazy(r"\b(?:based|related|called|so-called|concerned|interested|"
                          r"followed by|preceded by|accompanied by|"
                          r"limited|united|advanced|developed|detailed|needed|used to)\b", re.I)
_PAST_DE = _lazy(
    r"\b(?:wurden?|war(?:en)?|hatten?|gab|ging|kam(?:en)?|fand(?:en)?|hielt(?:en)?|"
    r"bes(?:chloss|chlossen)|trat(?:en)?|brach(?:en)?|begann(?:en)?|fiel(?:en)?|nahm(?:en)?|"
    r"stand(?:en)?|blieb(?:en)?|zog(?:en)?|schloss(?:en)?|verließ(?:en)?|entstand(?:en)?|"
    r"stieg(?:en)?|sank(?:en)?|wuchs(?:en)?|ließ(?:en)?|lief(?:en)?|rief(?:en)?|schrieb(?:en)?|"
    r"sprach(?:en)?|floh(?:en)?|erhielt(?:en)?|erließ(?:en)?|verlor(?:en)?|gewann(?:en)?|"
    r"entschied(?:en)?|überschritt(?:en)?|sah(?:en)?|bot(?:en)?|galt(?:en)?|setzte|"
    r"(?<!\bder )(?<!\bdie )(?<!\bdas )(?<!\bden )(?<!\bdem )(?<!\bdes )(?<!\bein )(?<!\beine )(?<!\beiner )"
    r"(?<!\beines )(?<!\beinem )(?:[a-zäöü]{3,}te(?:n)?|ge[a-zäöü]{3,}(?:t|en))(?!\s+[A-ZÄÖÜ])"
    r")\b")
#: the historic present of German biographies ("Im März 1948 wird Meyer
#: freigesprochen", "1996 stirbt Morgen"): only verbs that name a happening
_HIST_PRESENT_DE = _lazy(
    r"\b(?:stirbt|sterben|erhält|erhalten|übernimmt|gründet|heiratet|flieht|fliehen|emigriert|"
    r"erfolgt|erscheint|erscheinen|holt|wechselt|"
    r"promoviert|habilitiert|unterzeichnet|verlässt|tritt\b[^.;:]{1,60}\b(?:bei|ein|an|zurück)|"
    r"kehrt\b[^.;:]{1,60}\bzurück|nimmt\b[^.;:]{1,80}\b(?:auf|an)|zieht\b[^;:]{1,140}\b(?:ein|um)|"
    r"wird\b[^.;:]{1,120}\b(?:geboren|berufen|freigesprochen|"
    r"verurteilt|ernannt|gewählt|verhaftet|entlassen|gegründet|verabschiedet|unterzeichnet|"
    r"eingeführt|promoviert|habilitiert))\b")
_PARTICIPLE_DE = _lazy(r"geboren|berufen|freigesprochen|verurteilt|ernannt|gewählt|verhaftet|"
                            r"entlassen|gegründet|verabschiedet|unterzeichnet|eingeführt|promoviert|"
                            r"habilitiert|verliehen|aufgenommen|eröffnet|beschlossen")
_FUTURE = _lazy(r"\b(?:will|shall|would|could|might|(?-i:may)|going to|expected to|likely to|"
                     r"wird|werden|würde|dürfte|könnte)\b", re.I)
#: a past event in French (passé composé, passé simple, imparfait of être/avoir),
#: Spanish (pretérito) and Polish (the past in -ł/-ła/-li/-ły)
_PAST_OTHER = {
    "fr": _lazy(r"\b(?:(?:a|ont|avait|avaient|est|sont|fut|furent|été)\s+(?:(?:été|pas|déjà|"
                     r"alors|ensuite)\s+)*[a-zéèêàâîôûç]{2,}(?:é|ée|és|ées|i|is|u|us|it|ert|int)|"
                     r"[a-zéèêàâîôûç]{3,}(?:èrent|irent|urent|a)|fut|furent|était|étaient|"
                     r"avait|avaient)\b"),
    "es": _lazy(r"\b(?:fue|fueron|hubo|tuvo|tuvieron|hizo|hicieron|dijo|dijeron|estuvo|"
                     r"estuvieron|(?:ha|han|había|habían)\s+[a-záéíóúñ]{2,}(?:ado|ido|to|cho)|"
                     r"[a-záéíóúñ]{3,}(?:ó|aron|ieron))\b"),
    "pl": _lazy(r"\b[a-ząćęłńóśźż]{2,}(?:ł|ła|ło|li|ły)(?:\s+się)?\b"),
}
_FUTURE_OTHER = {
    "fr": _lazy(r"\b(?:sera|seront|va|vont|devrait|pourrait|[a-zé]{3,}(?:era|eront|ira|iront))\b"),
    "es": _lazy(r"\b(?:será|serán|va a|van a|podría|debería|[a-záé]{3,}(?:ará|erá|irá|arán|erán|irán))\b"),
    "pl": _lazy(r"\b(?:będzie|będą|zostanie|zostaną|może|mogą)\b"),
}
_SELF = _lazy(r"\b(?:this|the present|our) (?:[A-Z]\w+ )?(?:paper|article|study|essay|chapter|research|"
                   r"analysis|experiment|survey|sample)\b|\b(?:dieser|der vorliegende) (?:Beitrag|Aufsatz|Artikel)\b|"
                   r"\b(?:we|I)\s+(?:argue|show|find|examine|use)\b|"
                   # the article's own history: "Paper presented at the … Conference", "an
                   # earlier version was presented", "was commissioned by"
                   r"^(?:an? )?(?:(?:earlier|first|previous) )?(?:version of this )?(?:paper|draft|version)"
                   r"\s+(?:was\s+)?presented\b|\beditorial work\b", re.I)
#: a case the article makes up ("Further suppose that … a second edition, which came out in
#: 1973, say"; "Angenommen, …"), opened as such: not an event
_SUPPOSED = _lazy(r"(?i)^\W*(?:\w+,?\s+){0,2}(?:suppose|supposing|imagine|assume|angenommen|"
                  r"nehmen\s+wir\s+an|stellen\s+Sie\s+sich\s+vor)\b|"
                  r"\b(?:hypothetical(?:ly)?|let(?:’|')?s\s+say|let\s+us\s+say)\b")
#: the article's own research (its study, survey, interviews, participants): its
#: dates are the method's, not events the article discusses
_METHOD = _lazy(r"^(?:\w+,?\s+)?(?:the|our|this|these|all)\s+[‘’“”\"']*(?:[\w-]+\s+){0,3}"
                     # (in lower case: "the European Social Survey" is a named one, not the article's)
                     r"(?-i:study|survey|questionnaires?|interviews|fieldwork|"
                     r"data collection|experiment|respondents|participants|sample)\b|"
                     r"\b(?:were|was)\s+(?:asked|invited)\s+to\s+(?:complete|participate|fill)|"
                     r"\b(?:were|was)\s+invited\b[^.]{0,40}\bparticipated\b", re.I)


#: an author-year citation in square brackets ("[Womack et al. 1990; IG Metall
#: 1980]"): its years are citations, never events
_BRACKET_CITE = _lazy(r"\[[^\[\]]{0,200}?\b(?:1[5-9]\d\d|20\d\d)[a-z]?(?:[,:]\s*[\d–-]+)?"
                           r"[^\[\]]{0,200}\]")


def _note_blocks(reading: model.Reading) -> dict[int, str]:
    """Footnote number → the paragraph whose marker it is (an event of a note cites
    that paragraph, where the reader prints the note)."""
    out: dict[int, str] = {}

    def walk(nodes, bid):
        for n in nodes:
            if isinstance(n, model.NoteRef):
                out.setdefault(n.number, bid)
            elif isinstance(getattr(n, "children", None), list):
                walk(n.children, bid)
    for sec in reading.sections:
        if is_reference_section(sec.title):
            continue
        for b in sec.blocks:
            walk(b.inlines, b.id)
    return out


_SOURCE = _lazy(r"\b(?:pp?|S|Vol|No|Nr|ed|eds|Hrsg|Bd|Jg|vgl|cf|ibid|ebd|op|Ibid|Ebd|Vgl|Cf)\.|"
                     r"\b(?:see|See|siehe|Siehe|et al|http|https|www|doi|DOI|Retrieved|retrieved|"
                     r"accessed|abgerufen|quoted|zitiert|published|Press|Verlag|Journal|Review|"
                     r"Zeitschrift)\b|"
                     r"\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*[),:;]|(?:1[5-9]|20)\d\d[a-z]?\s*:\s*\d|"
                     r"[“”„«»\"]|"
                     # "München 1994;", "Cottrell, 1972", "Morgen 1940a": a place or a name and a year
                     r",\s+[A-ZÄÖÜ][\w/-]+(?:\s+[A-ZÄÖÜ][\w/-]+)?\s+(?:1[5-9]|20)\d\d\b|"
                     r"[A-ZÄÖÜ][\w-]+,\s*(?:1[5-9]|20)\d\d\b|\b(?:1[5-9]|20)\d\d[a-z]\b")


def footnote_prose(sentence: str) -> bool:
    """A footnote's sentence that is the author's own prose, not a citation, a pointer
    to a source or a quotation: it starts with a capital, runs to eight words or more and
    names no source (no page, no "see", no "(1991)", no URL, no quotation marks).

    >>> footnote_prose("The Ohrid Framework Agreement ended the seven-month conflict in 2001.")
    True
    >>> footnote_prose("See Smith (1991), pp. 3–5, on the agreement signed in 1990.")
    False
    >>> footnote_prose("Smith, J. 1991. The agreement of 1990. Journal of Peace 3: 1–20.")
    False
    >>> footnote_prose("Die russische Emigration und ihre Zentren 1917 bis 1941, München 1994; Norman M. Naimark.")
    False
    """
    s = sentence.strip()
    return bool(re.match(r"[A-ZÄÖÜ]", s)) and len(s.split()) >= 8 and not _SOURCE.search(s) \
        and not re.match(r"^(?:[A-ZÄÖÜ][\w’'-]+,\s+(?:[A-Z]\.\s*)+)", s)


def reports_event(sentence: str, lang: str = "en") -> bool:
    """The sentence (or clause) reports something that happened: a verb in the
    past, not only a forecast, a present state or a remark on the article.

    >>> reports_event("Russia signed the treaty on 9 November 2020.")
    True
    >>> reports_event("Russia has military bases in Armenia since November 2020.")
    False
    >>> reports_event("The dam will change the valley by 2030.")
    False
    >>> reports_event("Further suppose that a second edition came out in 1973, say.")
    False
    >>> reports_event("Am 9. November 1989 fiel die Mauer.", "de")
    True
    >>> reports_event("Im Mai 1950 wurde das Gesetz verabschiedet.", "de")
    True
    >>> [reports_event(s, l) for s, l in [("Le traité a été signé le 9 novembre 2020.", "fr"),
    ...     ("El acuerdo se firmó el 9 de noviembre de 2020.", "es"),
    ...     ("Porozumienie podpisano 9 listopada 2020 r., a wojska wkroczyły.", "pl"),
    ...     ("Le traité sera signé en 2030.", "fr")]]
    [True, True, True, False]
    """
    if _SELF.search(sentence) or lang == "en" and _METHOD.search(sentence) or \
            _SUPPOSED.search(sentence):
        return False
    if re.match(r"\s*(?:\w+\s+){0,3}(?:there\s+(?:was|were)\s+no|es\s+gab\s+(?:kein|keine)n?)\b",
                sentence, re.I):
        return False                      # an absence is a state, not an event
    if re.search(r"\b(?:there\s+(?:was|were)|es\s+gab|gab\s+es)\s+(?:(?:about|some|over|nearly|almost|"
                 r"more than|fewer than|less than|rund|etwa|über|fast|knapp)\s+)?\d", sentence, re.I):
        return False                      # "there were 57 746 students in 2013/2014": a count
    if lang == "de":
        return bool(_PAST_DE.search(sentence) or _HIST_PRESENT_DE.search(sentence)
                    or _BECOMES_DE.search(sentence)
                    or re.match(rf"\s*(?:1[5-9]\d\d|20\d\d){_V2_DE.pattern}", sentence)
                    or _DATE_V2_DE.match(sentence)
                    or re.search(rf"(?:^|[:;]\s*|\b(?:zunächst|dann|danach|später|nun)\s+){_V2_VERB}\s+"
                                 r"(?:er|sie|[A-ZÄÖÜ][\w-]+)\s+(?:1[5-9]\d\d|20\d\d)\s+[a-zäöü]", sentence)
                    or re.search(r"\b(?:hat|haben)\b[^.;:]{1,200}\b(?:[a-zäöü]{3,}iert|(?:be|ver|er|ent|"
                                 r"unter)[a-zäöü]{3,}(?:t|en))\b", sentence))
    if lang in _PAST_OTHER:
        return bool(_PAST_OTHER[lang].search(sentence)) and not (
            _FUTURE_OTHER[lang].search(sentence) and not _PAST_OTHER[lang].search(
                _FUTURE_OTHER[lang].sub(" ", sentence)))
    s = _NOT_PAST_EN.sub(" ", sentence)
    past = _PAST_EN.search(s)
    if not past:
        # "The Battle of Seattle in 1999 …, followed by …, have given voice": a named
        # happening with its date still reports it; "The board, followed by …, has grown" not
        return bool(re.search(r"\b(?:followed|preceded|accompanied) by\b", sentence)
                    and _EVENT_NOUN.search(sentence))
    if _FUTURE.search(s) and not re.search(r"\b(?:was|were|had|did)\b", s):
        return False       # "will be signed": a forecast, unless a plain past verb is there too
    if re.search(r"\b(?:has|have)\b[^.;]*\bsince\b", s) and not re.search(
            r"\b(?:was|were|had|did)\b", s):
        return False                      # a present state since a date
    if re.match(r"\s*(?:If|Unless|Whether)\b", s) or re.search(r"“[^”]{3,},”", s):
        return False                      # a condition; a cited title ("Title," Paper)
    if _DATED_PERFECT.search(s):
        return True                       # "has been carried out twice – in 1999 and 2004"
    # present perfect only ("has expanded", "have conducted"): a state, not an event
    rest = re.sub(r"\b(?:has|have)\s+(?:(?:not|also|already|since|been|long)\s+)*[a-z]+\b", " ", s)
    return bool(_PAST_EN.search(rest))


#: a passive in the present perfect with the years it happened in: dated acts, not a state
_DATED_PERFECT = _lazy(r"\b(?:has|have)\s+been\s+(?P<p>(?:[a-z]+ed|held|made|done|run|built|set up)"
                            r"(?:\s+out)?)\b(?:\s+(?:twice|once|three times|so far))?\s*[-–—,:]?\s*"
                            r"in\s+(?:1[5-9]|20)\d\d\b")


_EVENT_NOUN = _lazy(
    r"\b(?:floods?|wars?|clash(?:es)?|crisis|crises|elections?|protests?|strikes?|"
    r"demonstrations?|treaty|agreement|revolution|coup|attacks?|summit|conference|founding|"
    r"collapse|invasion|uprising|riots?|ceasefire|truce|referendum|reform|battle|negotiations|talks|"
    r"Verhandlungen|"
    r"Krieg|Wahlen?|Proteste?|Streiks?|Vertrag|Abkommen|Revolution|Putsch|Konferenz|"
    r"Gründung|Zusammenbruch|Aufstand|Reform|Mauerbau|Mauerfall|"
    r"festival|olympics|olympic games|world cup|Weltfestspiele|Festspiele|Festival|"
    r"Olympischen Spiele|Gipfel|Gipfeltreffen|Parteitag|Volksabstimmung|Staatsbesuch)\b", re.I)


#: a count's verbs: rising, falling, reaching (the number itself is the news)
_STATISTIC_VERB = _lazy(r"rose|fell|grew|increased|decreased|declined|doubled|tripled|reached|"
                             r"exceeded|dropped|climbed|stood|amounted|totalled|totaled|voted|"
                             r"responded|answered|reported|said|agreed|disagreed")


#: an animal doing what only people do ("sea turtles rose up on two legs and marched
#: through the streets"): the author's image of costumed protesters, not an event
_FIGURE = _lazy(
    r"\b(?:turtles|lions|tigers|bears|wolves|sheep|lambs|sharks|hawks|doves|dinosaurs|elephants|"
    r"donkeys|pigs|dogs|cats|birds|eagles|foxes|rats|ghosts|giants|monsters|Schildkröten|Löwen|"
    r"Bären|Wölfe|Schafe|Haie|Falken|Tauben|Gespenster|Riesen)\s+(?:\w+\s+){0,2}(?:rose up|marched|"
    r"protested|demonstrated|voted|spoke|demanded|rallied|chanted|stood up|took to the streets|"
    r"marschierten|protestierten|demonstrierten|forderten)\b", re.I)
#: an author's verdict on an effect ("the epidemic undermined the legitimacy of markets"),
#: not a happening
_EVALUATION = _lazy(
    r"\b(?:undermined|eroded|weakened|strengthened|reinforced|legitimi[sz]ed|delegitimi[sz]ed|"
    r"discredited|untergrub|schwächte|stärkte)\s+(?:the\s+|die\s+|das\s+|den\s+)?(?:\w+\s+)?"
    r"(?:legitimacy|credibility|confidence|trust|authority|faith|Legitimität|Glaubwürdigkeit|"
    r"Vertrauen|Autorität)\b", re.I)


def event_label_ok(text: str, lang: str = "en") -> bool:
    """The label kept for an event reads as one: a clause that reports it
    (a past verb) or a named happening ("the July floods"); never a state, a
    forecast, a list of examples, or a fragment cut inside brackets or quotes.

    >>> event_label_ok("Farmers blocked the border bridge"), event_label_ok("Floods along the Varn")
    (True, True)
    >>> event_label_ok("Examples include the Community Labor Alliance in Connecticut")
    False
    >>> event_label_ok("Brought together in the umbrella Students) took hold")
    False
    """
    if text.count("(") != text.count(")"):
        return False
    if not quotes_balanced(text):
        return False
    if _FIGURE.search(text) or _EVALUATION.search(text):
        return False
    first = text.split()[0] if text.split() else ""
    if re.fullmatch(r"[A-Z][a-z]+ed|Brought|Made|Taken|Given|Held|Led|Set", first):
        return False                      # no subject: "Provided the framework …"
    count = re.match(r"\d{1,3}(?:[,.\u202f ]\d{3})*\s+(?!percent\b|per\s+cent\b)(?P<w>(?:[a-z][\w-]*\s+){2,4})",
                     text)
    verb = next((w for w in count.group("w").split()[1:] if _PAST_EN.fullmatch(w)), "") if count else ""
    if re.match(r"^[\d\s.,–\-/|•·*]", text) and not (
            verb and not _STATISTIC_VERB.fullmatch(verb) and verb not in ("were", "was", "had")):
        return False                      # begins with a number: a statistic or a cut (not
        #                                   "180 campus groups joined …": people counted acting)
    if reports_event(text, lang):
        return True
    if lang == "de" and (re.match(rf"(?:[A-ZÄÖÜ][\w-]+\s+){{1,3}}{_V2_VERB}\s+[\w„»]", text)
                         or _BECOMES_DE.search(text)):
        return True       # "Morgen gehört zum Präsidium …" (its sentence opened with the date)
    if lang == "de":
        # a named happening without a verb: "Weltfestspiele der Jugend in Ost-Berlin"
        return bool(_EVENT_NOUN.search(text)) and text[:1].isupper() and not re.search(
            r"\b(?:ist|sind|wird|werden|hat|haben|war|waren|bleibt|bleiben|soll|sollen|kann|können|"
            r"diese[nmrs]?|dieses|jene[nmrs]?)\b", text, re.I)
    if lang != "en":
        return False
    if re.search(r"\b(?:has|have|will|would|is|are|include|includes|remains?|exists?|seems?|"
                 r"shows?|makes?)\b", text):
        return False
    return bool(_EVENT_NOUN.search(text))


_ADVERB_DE = r"(?:dann|allerdings|jedoch|schon|bereits|erstmals|zunächst|schließlich|auch|nun|" \
             r"damit|daher|deshalb|sehr|deutlich|endlich|erneut|wieder|sogar|noch)"


#: a German sentence whose opening phrase is its date, then a verb in the past (the verb
#: second: "Am 15. Februar 2003 demonstrierten Millionen …", "Im Herbst 1973 kamen …")
_DATE_V2_DE = _lazy(
    r"\s*(?:(?:Am|Im|Anfang|Ende|Mitte)\s+)?(?:(?:Jahre?|Frühjahr|Sommer|Herbst|Winter|Wintersemester|"
    r"Sommersemester)\s+)?(?:\d{1,2}\.\s*)?(?:(?:" + "|".join(MONTHS_DE) + r")\s+)?(?:1[5-9]\d\d|20\d\d)\s+"
    r"(?:[a-zäöüß]{3,}te[n]?|kam(?:en)?|ging(?:en)?|fand(?:en)?|trat(?:en)?|nahm(?:en)?|gab|zog(?:en)?|"
    r"floh(?:en)?|verließ(?:en)?|begann(?:en)?|schloss(?:en)?|brach(?:en)?|fiel(?:en)?|starb(?:en)?)\s")
#: the words that may stand with a date in a German opening phrase ("Im Herbst", "Am")
_DATE_WORDS_DE = _lazy(r"\b(?:im|am|anfang|ende|mitte|jahre?|frühjahr|sommer|herbst|winter|"
                            r"sommersemester|wintersemester)\b", re.I)


def german_order(label: str, v2: bool = False) -> str:
    """A German clause that starts with its verb once the date in front of it
    is gone ("Öffnete die DDR ihre Grenzen") put back in statement order;
    a reflexive ``sich`` stays with the verb, sentence adverbs after it go.

    >>> german_order("Öffnete die DDR ihre Grenzen"), german_order("Wurde das Lager eröffnet")
    ('Die DDR öffnete ihre Grenzen', 'Das Lager wurde eröffnet')
    >>> german_order("Verließen rund 194 000 Ungarn ihre Heimat")
    'Rund 194 000 Ungarn verließen ihre Heimat'
    >>> german_order("Fand eine kleine Gruppe von Menschen aus dem damaligen Königreich Griechenland in der DDR Zuflucht")
    'Eine kleine Gruppe von Menschen aus dem damaligen Königreich Griechenland fand in der DDR Zuflucht'
    >>> german_order("Die Mauer fiel"), german_order("Reist Morgen nach Polen", v2=True)
    ('Die Mauer fiel', 'Morgen reist nach Polen')
    >>> german_order("Bezeichneten sich Bündnis 90/Die Grünen als Partei der Mitte")
    'Bündnis 90/Die Grünen bezeichneten sich als Partei der Mitte'
    >>> german_order("Wandelte sich dann allerdings das Asylrecht in der DDR in eine Kann-Bestimmung")
    'Das Asylrecht wandelte sich in der DDR in eine Kann-Bestimmung'
    """
    words = label.split()
    first = words[0][0].lower() + words[0][1:] if words else ""
    if len(words) < 3 or not (_PAST_DE.fullmatch(first) or v2 and re.fullmatch(_V2_VERB, first) or re.fullmatch(
            r"hat|haben|wird|werden|erhält|stirbt|übernimmt|gründet|heiratet|flieht|emigriert|tritt|kehrt|"
            r"erfolgt|erscheint|erscheinen|holt|wechselt|"
            r"verlässt|unterzeichnet|nimmt|zieht", first)):
        return label
    rest = " ".join(words[1:])
    refl = re.match(r"sich\s+", rest)
    rest = rest[refl.end():] if refl else rest
    rest = re.sub(rf"^(?:{_ADVERB_DE}\s+)+", "", rest)
    m = re.match(r"(?P<np>(?:(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem)\s+)?"
                 r"(?:(?:rund|etwa|ca\.|über|fast|knapp|insgesamt|mehr als)\s+)?(?:\d{1,3}(?:[ .\u202f]\d{3})*\s+)?"
                 r"(?:[a-zäöü]+\s+){0,2}[A-ZÄÖÜ][\w\-]*"
                 r"(?:\s+(?:der|des)\s+(?:[a-zäöü]+\s+){0,2}[A-ZÄÖÜ][\w\-]*)?"
                 r"(?:\s+von\s+(?:[a-zäöü]+\s+){0,2}[A-ZÄÖÜ][\w\-]*(?:\s+aus\s+(?:dem|der|den)\s+"
                 r"(?:[a-zäöü]+\s+){0,2}[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*)?)?)?)(?P<rest>.*)$", rest)
    name = re.match(r"(?P<np>[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ\d][\w\-/]*){1,3})(?P<rest>\s+[a-zäöü].*|)$",
                    rest)
    if name and m and m.group("np")[0].isupper():
        m = name     # a title and a name without article: "Bundeskanzlerin Angela Merkel"
    pp = re.match(r"(?P<pp>(?:in|im|an|am|auf|bei|vom|unter)\s+(?:(?:der|dem|den|des|die|das)\s+)?"
                  r"(?:[a-zäöü]+\s+){0,3}[A-ZÄÖÜ][\w-]*)\s+(?P<rest>(?:erstmals|erneut|wieder|auch|bereits|"
                  r"schon|zuerst|vom|von|über)\b.*)$", rest) if not refl else None
    if (not m or not m.group("np")[0].isupper()) and pp and re.search(r"\bworden\b|\bge[a-zäöü]{3,}(?:t|en)\b",
                                                                      pp.group("rest")):
        # "War in der Öffentlichkeit erstmals vom „Missbrauch“ gesprochen worden": an
        # impersonal passive, its place in front
        return f"{pp.group('pp')[0].upper()}{pp.group('pp')[1:]} {words[0].lower()} {pp.group('rest')}"
    if not m or m.group("np").split()[0] in ("sich", "er", "sie", "es", "man"):
        return label
    np = m.group("np")
    verb = words[0].lower() + (" sich" if refl else "")
    return f"{np[0].upper()}{np[1:]} {verb}{m.group('rest')}".strip()


def with_occasion(label: str, after: str) -> str:
    """An impersonal German passive ("In der Öffentlichkeit war erstmals vom „Missbrauch“
    gesprochen worden": no one acts) keeps the als-clause its sentence gives as the
    occasion (", als bekannt wurde, dass …"), which says what happened; other labels
    unchanged.

    >>> with_occasion("In der Presse war erstmals vom „Missbrauch“ gesprochen worden",
    ...     " war in der Presse erstmals vom „Missbrauch“ gesprochen worden, als bekannt wurde, dass Attentate verübt wurden.")
    'In der Presse war erstmals vom „Missbrauch“ gesprochen worden, als bekannt wurde, dass Attentate verübt wurden'
    """
    if not re.match(r"(?:In|Im|An|Am|Auf|Bei|Vom|Unter)\s[^,;:]*?\s(?:war|wurde|ist)\s[^,;:]*"
                    r"(?:\bworden|\bge[a-zäöü]{3,}(?:t|en))$", label):
        return label
    m = re.search(r",\s+(?P<c>als\s+[^;:]+?)\s*[.;:]?$", after)
    if not m or len(m.group("c").split()) > 22 or not quotes_balanced(m.group("c")):
        return label
    return f"{label}, {m.group('c')}"


_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1, "zwei": 2, "drei": 3, "vier": 4,
        "fünf": 5, "ein": 1, "einen": 1, "eine": 1}


def relative_date(sentence: str, anchor: DateRef) -> DateRef | None:
    """A relative date in ``sentence`` resolved against ``anchor`` (the date
    before it in the paragraph), or None.

    >>> relative_date("Two days later the talks collapsed.", DateRef(0, 0, 2020, 11, 9)).iso()
    '2020-11-11'
    >>> relative_date("The following year the treaty was signed.", DateRef(0, 0, 1994)).iso()
    '1995'
    >>> relative_date("Zwei Jahre später wurde das Gesetz geändert.", DateRef(0, 0, 1950)).iso()
    '1952'
    """
    m = re.search(r"\b(?P<n>\w+)\s+(?P<u>days?|weeks?|months?|years?|Tage|Tagen|Wochen?|Monate?n?|"
                  r"Jahre?n?)\s+(?:later|afterwards|später|danach)\b", sentence, re.I)
    n = unit = None
    if m and m.group("n").lower() in _NUM or m and m.group("n").isdigit():
        n = int(m.group("n")) if m.group("n").isdigit() else _NUM[m.group("n").lower()]
        unit = m.group("u").lower()
    else:
        m = re.search(r"\b(?:the\s+)?(?:following|next)\s+(?P<u>day|week|month|year)\b|"
                      r"\b(?:im\s+)?(?:folgenden|nächsten)\s+(?P<u2>Jahr|Monat)\b|"
                      r"\b(?:am\s+)?(?:folgenden|nächsten)\s+(?P<u3>Tag)\b", sentence, re.I)
        if not m:
            return None
        n, unit = 1, (m.group("u") or m.group("u2") or m.group("u3")).lower()
    unit = {"tag": "day", "tage": "day", "tagen": "day", "woche": "week", "wochen": "week",
            "monat": "month", "monate": "month", "monaten": "month", "jahr": "year",
            "jahre": "year", "jahren": "year"}.get(unit, unit.rstrip("s"))
    y, mo, d = anchor.year, anchor.month, anchor.day
    if unit == "year":
        return DateRef(m.start(), m.end(), y + n, mo, d, inferred=f"{m.group(0)!r} after "
                       f"{anchor.label()}")
    if unit == "month" and mo:
        k = (mo - 1) + n
        return DateRef(m.start(), m.end(), y + k // 12, k % 12 + 1, None,
                       inferred=f"{m.group(0)!r} after {anchor.label()}")
    if unit in ("day", "week") and mo and d:
        x = dt.date(y, mo, d) + dt.timedelta(days=n * (7 if unit == "week" else 1))
        return DateRef(m.start(), m.end(), x.year, x.month, x.day,
                       inferred=f"{m.group(0)!r} after {anchor.label()}")
    return None


def _within(a: str, b: str) -> bool:
    """Date ``a`` (ISO) lies within the vaguer or equal date ``b``."""
    return a == b or a.startswith(b + "-")


_NAME_STOP = {"The", "Der", "Die", "Das", "A", "An", "In", "On", "At", "Its", "Their", "This",
              "That", "First", "Second", "New", "Ein", "Eine", "Im", "Am"}


def _names(text: str) -> set[str]:
    """The capitalised words of a label that are names (not its first word's article)."""
    return {w for w in re.findall(r"(?<![\w’'-])[A-ZÄÖÜ][\w’'-]{3,}", text) if w not in _NAME_STOP}


def merge_mentions(events: list[model.TimelineEvent], lang: str = "en") -> list[model.TimelineEvent]:
    """One event, one entry: the same event mentioned with a vaguer and a more precise
    date keeps the precise one; a bare name ("The “Battle of Seattle”", no act) that
    shares its one distinctive name with an act of the same year ("… the Seattle
    demonstrations were organized") is that act's mention, not an event of its own.

    >>> E = model.TimelineEvent
    >>> evs = merge_mentions([E("a", "1999", "late 1999", "The “Battle of Seattle”", ["p1"]),
    ...     E("b", "1999", "autumn 1999", "The Alliance organised the Seattle demonstrations", ["p2"]),
    ...     E("c", "1999", "1999", "The Treaty of Vessa was signed", ["p3"]),
    ...     E("d", "1999-05-04", "4 May 1999", "The Treaty of Vessa was signed by both sides", ["p4"])])
    >>> [(e.date, e.text, e.evidence) for e in evs]
    [('1999', 'The Alliance organised the Seattle demonstrations', ['p2', 'p1']), ('1999-05-04', 'The Treaty of Vessa was signed by both sides', ['p4', 'p3'])]
    """
    out = list(events)
    # a vaguer mention of the same event: the precise date wins
    for e in list(out):
        better = next((x for x in out if x is not e and x.date != e.date and _within(x.date, e.date)
                       and fuzz.token_set_ratio(x.text.lower(), e.text.lower()) >= 85), None)
        if better is not None:
            better.evidence += [b for b in e.evidence if b not in better.evidence]
            out.remove(e)
    counts: dict[str, int] = {}
    for e in out:
        for w in _names(e.text):
            counts[w] = counts.get(w, 0) + 1
    for e in list(out):
        if reports_event(e.text, lang) or len(e.text.split()) > 8:
            continue
        year = e.date[:4]
        shared = [(w, x) for w in _names(e.text) if counts.get(w) == 2
                  for x in out if x is not e and x.date[:4] == year and w in _names(x.text)
                  and reports_event(x.text, lang)]
        if len(shared) == 1:
            x = shared[0][1]
            x.evidence += [b for b in e.evidence if b not in x.evidence]
            out.remove(e)
    return out


def date_conflicts(events: list[model.TimelineEvent]) -> list[tuple]:
    """Pairs of events the article seems to report twice with different
    dates (the same words, dates less than two months apart): ``(a, b, why)``.

    >>> a = model.TimelineEvent("a", "2021-01-11", "11 January 2021", "Putin hosted the leaders in Moscow")
    >>> b = model.TimelineEvent("b", "2021-01-09", "9 January 2021", "Putin hosted the leaders in Moscow")
    >>> [why for _, _, why in date_conflicts([b, a])]
    ['the article dates this event both 9 January 2021 and 11 January 2021: check which is right']
    """
    out = []

    def day(e):
        parts = [int(x) for x in e.date.split("-")]
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    for i, a in enumerate(events):
        for b in events[i + 1:]:
            if a.date == b.date or len(a.date) != len(b.date) or len(a.date) < 7:
                continue
            if abs((day(a) - day(b)).days) > 60:
                continue
            if fuzz.token_set_ratio(a.text.lower(), b.text.lower()) >= 85:
                out.append((a, b, f"the article dates this event both {a.label} and {b.label}: "
                                  "check which is right"))
    return out


def _infer_year(mentions, k) -> tuple[int | None, str]:
    si, bi, ni, _, _, d = mentions[k]

    def label(m):
        return m[5].label() if m[5].year else str(m[5].year)
    before = [m for m in mentions[:k] if m[5].year and not m[5].inferred]
    same_sent = [m for m in before if (m[0], m[1], m[2]) == (si, bi, ni)]
    same_block = [m for m in before if (m[0], m[1]) == (si, bi)]
    same_sec = [m for m in before if m[0] == si]
    after_sec = [m for m in mentions[k + 1:] if m[0] == si and m[5].year and not m[5].inferred]
    for group, where in ((same_sent, "the same sentence"), (same_block, "the same paragraph"),
                         (same_sec, "earlier in the same section")):
        if group:
            m = group[-1]
            return m[5].year, f"year inferred from “{label(m)}” ({where})"
    if after_sec:
        m = after_sec[0]
        return m[5].year, f"year inferred from “{label(m)}” (later in the same section)"
    if before:
        m = before[-1]
        return m[5].year, f"year inferred from “{label(m)}” (earlier in the article)"
    return None, ""


# ====================================================================== the editable file


EVENT_ENTRY = Schema("event", [
    Field("id", str, "Stable identifier (derived from the date and the evidence block); "
          "for your own events choose one or leave it out."),
    Field("date", "date", "Sortable date: YYYY, YYYY-MM or YYYY-MM-DD.", required=True),
    Field("label", str, "The date as printed, e.g. '9–10 November 2020'."),
    Field("text", str, "The event, as printed (a short label).", required=True),
    Field("evidence", ListOf(str), "Ids of the paragraphs (s2-p3) or sentences (s2-p3~2, the second) that report the event.",
          default=list),
    Field("origin", str, "Where the event comes from.", default="generated",
          choices=("generated", "edited", "custom")),
    Field("pinned", bool, "Always show this event.", default=False),
    Field("dropped", bool, "Never show this event (kept so that it does not come back).",
          default=False),
    Field("note", str, "Why a date was inferred (for checking); not printed.", default=""),
    Field("fingerprint", str, "Fingerprint of the generated fields; do not edit."),
], doc="One dated event.")

TIMELINE_SCHEMA = Schema("timeline.yaml", [
    Field("events", ListOf(EVENT_ENTRY), "The dated events (printed in date order).",
          default=list),
], doc="Timeline of dated events for one reading (generated, then edited by the instructor).")

_FIELDS = ["id", "date", "label", "text", "evidence", "origin", "pinned", "dropped", "note",
           "fingerprint"]
_FP_FIELDS = ("date", "label", "text", "evidence")

HEADER = """\
Timeline of dated events in this reading (written by `coursepack`, owned by you).

How to edit:
  - Reword `text` or `label`, or correct `date` (YYYY, YYYY-MM or YYYY-MM-DD):
    an entry that no longer matches its `fingerprint` counts as edited and
    is never overwritten.
  - `dropped: true` hides an event (it stays here so that it does not come
    back when the timeline is regenerated); `pinned: true` always shows it.
  - Add your own: `date`, `text` (required), `label`, `evidence` (block ids
    from build/<slug>/edition.json); `origin: custom`. `id` is optional.
  - Events are printed in date order whatever the order here.
  - `note` says where an inferred year came from: check it.
Comments you add to this file are not kept."""


def _event_entry(e: model.TimelineEvent, note: str = "") -> dict:
    d = {"id": e.id, "date": e.date, "label": e.label, "text": e.text,
         "evidence": list(e.evidence), "origin": "generated", "pinned": False,
         "dropped": False, "note": note}
    d["fingerprint"] = fingerprint(d, _FP_FIELDS)
    return d


def _entry_event(e: dict) -> model.TimelineEvent:
    label = e.get("label") or _label_from_iso(str(e["date"]))
    return model.TimelineEvent(id=e.get("id") or "", date=str(e["date"]), label=str(label),
                               text=normalize_space(str(e["text"])),
                               evidence=[str(x) for x in e.get("evidence") or []],
                               pinned=bool(e.get("pinned")))


def _label_from_iso(iso: str) -> str:
    """
    >>> _label_from_iso("2021-01-09"), _label_from_iso("2020-07"), _label_from_iso("1994")
    ('9 January 2021', 'July 2020', '1994')
    """
    parts = [int(x) for x in iso.split("-")]
    d = DateRef(0, 0, parts[0], parts[1] if len(parts) > 1 else None,
                parts[2] if len(parts) > 2 else None)
    return d.label()


def load_timeline(path: Path) -> list[model.TimelineEvent]:
    """The events of ``timeline.yaml`` in date order (file order among equal dates),
    dropped ones left out.  Raises ContentError with positions."""
    entries = load_entries(Path(path), TIMELINE_SCHEMA, "events", "event")
    taken = {e["id"] for e in entries if e.get("id")}
    out = []
    for e in entries:
        if not e.get("id"):
            e["id"] = custom_id("event", f"{e['date']} {e['text']}", taken)
            taken.add(e["id"])
        if e.get("dropped"):
            continue
        out.append(_entry_event(e))
    return sorted(out, key=event_key)



def _words_elsewhere(ev: model.TimelineEvent, blocks) -> bool:
    """Most of an event's words are not in the paragraphs it points at (of the
    corpus's generated events, at least two thirds are): the reading's paragraphs
    were renumbered under it."""
    words = re.findall(r"\w{4,}", compared(ev.text))
    hay = " ".join(blocks.get(block_of_ref(x), "") for x in ev.evidence)
    return len(words) >= 2 and sum(w in hay for w in words) < 0.5 * len(words)


def _flagged(events, blocks) -> dict[str, tuple[list, bool]]:
    return {ev.id: (gone_refs({"evidence": ev.evidence}, blocks, set()), _words_elsewhere(ev, blocks))
            for ev in events}


def outgrown(events: list[model.TimelineEvent], reading: model.Reading,
             path: Path | None) -> list[str]:
    """The ids of the generated events of ``timeline.yaml`` nobody has touched whose
    evidence the reading no longer has, or whose words are no longer where it points
    (:func:`reanchor` replaces them with the events extracted now)."""
    if path is None or not events:
        return []
    flagged = _flagged(events, anchor_texts(reading))
    if not any(g or w for g, w in flagged.values()):
        return []
    entries = entries_by_id(path, TIMELINE_SCHEMA, "events", "event")
    return [i for i, (g, w) in flagged.items() if (g or w) and i in entries
            and status(entries[i], _FP_FIELDS) == "generated"]


def reanchor(events: list[model.TimelineEvent], reading: model.Reading, path: Path | None,
             shown: str = "timeline.yaml") -> tuple[list[model.TimelineEvent], list[Problem]]:
    """The events of ``timeline.yaml`` fitted to the reading as it is read now (its
    paragraphs may not be those the file was generated for): as
    :func:`coursepack.questionset.reanchor` does for the questions.  An untouched
    generated event whose evidence is gone, or whose words are no longer where it
    points, is replaced silently by the event extracted now under its id or with its
    date and nearly its text, or left out (a pinned one is kept); the instructor's
    events are kept, each anchor that is gone left out and reported as a warning."""
    if path is None or not events:
        return events, []
    blocks = anchor_texts(reading)
    flagged = _flagged(events, blocks)
    if not any(g or w for g, w in flagged.values()):
        return events, []
    entries = entries_by_id(path, TIMELINE_SCHEMA, "events", "event")
    nodes = entry_nodes(Path(path), "events", "event", lambda n: f"{n.get('date')} {n.get('text')}")
    fresh: list[model.TimelineEvent] | None = None
    out: list[model.TimelineEvent] = []
    problems: list[Problem] = []
    for ev in events:
        gone, elsewhere = flagged[ev.id]
        e = entries.get(ev.id, {"origin": "custom"})
        untouched = status(e, _FP_FIELDS) == "generated"
        if untouched and (gone or elsewhere):
            if fresh is None:
                fresh = extract(reading)
            taken = {o.id for o in out} | {x.id for x in events if x is not ev}
            new = next((replace(g) for g in fresh if g.id == ev.id), None) or next(
                (replace(g) for g in fresh if g.id not in taken and g.date == ev.date and
                 fuzz.ratio(dup_key(g.text), dup_key(ev.text)) >= NEAR_DUPLICATE), None)
            if new is not None:
                new.pinned = ev.pinned
                out.append(new)
                continue
            if not ev.pinned:
                continue            # no longer extracted: left out, as regenerating would
        if not gone:
            out.append(ev)
            continue
        state = "pinned" if untouched else ("your own" if e.get("origin") == "custom" or
                                            not e.get("fingerprint") else "edited")
        problems.extend(anchor_problems("event", ev.id, state, gone, nodes.get(ev.id), shown,
                                        reading.slug))
        lost = {v for _, v in gone}
        out.append(replace(ev, evidence=[x for x in ev.evidence if x not in lost]))
    return sorted(out, key=event_key), problems

def doubtful_dates(path: Path, shown: str = "timeline.yaml") -> list[str]:
    """One warning line per event of ``timeline.yaml`` (not dropped) whose ``note``
    says its date is doubtful: the article dates it twice ("check which is right")
    or the editor marked the article's own date DOUBTFUL (printed as the article
    gives it, never silently corrected); ``python build.py check`` lists them for
    the instructor.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "timeline.yaml"
    >>> _ = p.write_text("events:\\n- {id: ev-1, date: '2021-01-09', text: The group was set up, "
    ...     "note: 'DOUBTFUL DATE, printed as the article gives it'}\\n- {id: ev-2, date: '1994', "
    ...     "text: A truce, note: year inferred}\\n", "utf-8")
    >>> doubtful_dates(p)
    ['  timeline.yaml: warning: 9 January 2021, The group was set up: DOUBTFUL DATE, printed as the article gives it']
    """
    path = Path(path)
    if not path.is_file():
        return []
    out = []
    for e in load_entries(path, TIMELINE_SCHEMA, "events", "event"):
        note = normalize_space(str(e.get("note") or ""))
        if e.get("dropped") or not re.search(r"(?i)\bdoubtful\b|check which is right", note):
            continue
        label = e.get("label") or _label_from_iso(str(e["date"]))
        text = normalize_space(str(e["text"]))
        out.append(f"  {shown}: warning: {label}, {text[:60]}{'…' if len(text) > 60 else ''}: "
                   f"{note}")
    return out


def event_key(ev: model.TimelineEvent) -> tuple:
    """Chronological sort key of an event: its date, with 'early/mid/late/end of'
    in the label placing a month-only date within its month.

    >>> e = lambda d, l: model.TimelineEvent("x", d, l, "t")
    >>> event_key(e("2020-10", "end of October 2020")) > event_key(e("2020-10-19", "19 October 2020"))
    True
    """
    parts = [int(x) for x in ev.date.split("-")]
    y, m = parts[0], (parts[1] if len(parts) > 1 else 0)
    d = parts[2] if len(parts) > 2 else 0
    if not d and m:
        q = re.match(r"\s*(the end of|end of|the beginning of|beginning of|the middle of|"
                     r"middle of|early|mid|late)\b", ev.label or "", re.I)
        if q:
            d = _QUAL_DAY.get(q.group(1).lower(), 0)
    return (y, m, d)


def regenerate(path: Path, reading: model.Reading) -> dict:
    """Write or update ``timeline.yaml``; keeps every edit, drop, pin and added event;
    returns counts (kept, added, refreshed, removed, edited, custom, dropped, total,
    written)."""
    path = Path(path)
    events, notes = extract_with_notes(reading)
    generated = [_event_entry(e, notes.get(e.id, "")) for e in events]
    existing = load_entries(path, TIMELINE_SCHEMA, "events", "event") if path.exists() else []
    for e in existing:
        if not e.get("id") and e.get("origin") != "custom":
            e["origin"] = "custom"
    merged, counts = merge(existing, generated, _FP_FIELDS, "event")
    for e in merged:
        if e.get("origin") == "custom":
            e.pop("fingerprint", None)
        if not e.get("note"):
            e.pop("note", None)
    comments = {e["id"]: "dropped" for e in merged if e.get("dropped")}
    text = emit_entries(HEADER, "events", merged, _FIELDS, comments)
    counts["written"] = write_if_changed(path, text)
    return counts


# ====================================================================== the handout's choice


def _block(ref: str) -> str:
    return ref.split("~", 1)[0]


def _stems(text: str) -> set[str]:
    """Content words of ``text`` cut to five letters ("campaigns" → "campa"), so that a
    label and a title meet over inflections; short and function words left out."""
    return {w.lower()[:5] for w in re.findall(r"[^\W\d_][\w’'-]{3,}", text)
            if w.lower() not in _FUNCTION_WORDS and w.lower() not in _STOP_RANK}


_STOP_RANK = {"wurde", "wurden", "hatte", "hatten", "nach", "über", "durch", "eine", "einen",
              "einer", "sich", "auch", "nicht", "oder", "sowie", "this", "that", "with", "from",
              "were", "their", "which", "into", "also", "first", "erste", "ersten", "über",
              "dieser", "diese", "einem", "eines", "zwischen", "between", "after", "before",
              "against", "within", "under", "about"}


#: words of any abstract (its aims and method), not what it is about
_GENERIC = _stems("aims analyses analysis analyse argues argument based after approach approaches "
                  "development developments important importance political policy region regional "
                  "world second paper article study studies examines explains explanation evidence "
                  "case cases perspective perspectives results findings data current critical "
                  "Beitrag Artikel Analyse Untersuchung Ergebnisse Entwicklung Perspektive")


def _focus(reading: model.Reading) -> set[str]:
    """What the article says it is about: the stems of its title, keywords and
    abstracts."""
    lang = language(reading)
    parts = [reading.meta.title or "", " ".join(reading.meta.keywords or [])]
    own = [a for a in reading.abstracts if a.lang == lang] or reading.abstracts[:1]
    parts += [model.plain_text(a.inlines) for a in own]
    return _stems(" ".join(parts)) - _GENERIC


#: an act that changes a status (joining, founding, signing or enacting, a first, a
#: beginning or an end): the turns an article's account of events hangs on
_TURNING = _lazy(
    r"\b(?:Eintritt|Beitritt|Austritt|trat(?:en)?\b[^,;:]{1,60}\b(?:bei|ein|aus)|tritt\b[^,;:]{1,60}\b(?:bei|ein|aus)|"
    r"joined|accession|became\s+(?:a\s+)?member|"
    r"gegründet|gründete[n]?|Gründung|founded|founding|established|set\s+up|formed|"
    r"unterzeichnet(?:e|en)?|signed|verabschiedet|eingeführt|Einführung|enacted|ratified|"
    r"erste[nrs]?|erstmals|first|begann(?:en)?|began|begun|beendet(?:e|en)?|ended|abolished|abgeschafft|"
    r"ceasefire|truce|Waffenstillstand)\b", re.I)
#: a label whose act is a saying: "The minister stated that …", "Lavrov emphasized …"
_SAYING = _lazy(r"^[^,;:“„\"]{0,80}?\b(?:stated|said|emphasi[sz]ed|stressed|noted|termed|remarked|"
                     r"argued|claimed|hoped|underlined|betonte[n]?|erklärte[n]?|sagte[n]?|äußerte[n]?)\b")


def significance(ev: model.TimelineEvent, focus: set[str] | frozenset = frozenset(),
                 lang: str = "en") -> float:
    """How much an event matters to the article: how often it reports it (paragraphs
    naming it), whether the label names what the article says it is about (``focus``:
    :func:`_focus`, its title, keywords and abstract), whether it names a
    happening (war, treaty, election …) or a turn (joined, founded, signed, the first …),
    how precisely it is dated; a label without a verb (a bare name, no one acting) and
    one that reports a saying ("X stated that …") count less.

    >>> E = model.TimelineEvent
    >>> a = E("a", "2020-11-09", "9 November 2020", "The sides signed a ceasefire", ["p1", "p4"])
    >>> b = E("b", "2020", "2020", "Officials met in the capital", ["p2"])
    >>> significance(a) > significance(b)
    True
    >>> c = E("c", "1999", "1999", "Janitors won a strike in Los Angeles", ["p3"])
    >>> significance(c, _stems("Justice for Janitors campaigns")) > significance(c)
    True
    """
    mentions = len({_block(x) for x in ev.evidence}) or 1
    words = _stems(ev.text)
    central = len(words & set(focus))
    score = 1.5 * min(mentions, 3) + 0.25 * ev.date.count("-") + (0.7, 1.0)[central > 1] * bool(central)
    if _EVENT_NOUN.search(ev.text):
        score += 0.75
    act = reports_event(ev.text, lang) or re.match(r"[^:]{2,60}:\s", ev.text)
    if _TURNING.search(ev.text) and act:
        score += 0.5      # a change of status: joined, founded, signed, the first …, began, ended
    if _SAYING.match(ev.text):
        score -= 0.5      # what someone said ("X stated that …", "Y emphasized …"), not what was done
    if not act:
        # a bare name or noun ("The Johannesburg Earth Summit"); not "Meyer: Eintritt …",
        # "Erste Einschränkung: die Einführung …" (an act named with whose or what it was);
        # a happening with its parties ("Clashes between Armenia and Azerbaijan") less so
        score -= 0.5 if _EVENT_NOUN.search(ev.text) and len(ev.text.split()) >= 3 else 1.0
    return score


def _actor(text: str, persons: frozenset, lang: str = "en", body: str = "") -> str:
    """Who a label is about: the first person it names, else (English) its first
    name-like word; "" when it names none (German capitalises every noun).

    >>> _actor("Der Soziologe Herbert Morgen stirbt", frozenset({"Morgen"}), "de")
    'Morgen'
    >>> _actor("The negotiations began under the Minsk Group", frozenset())
    'Minsk'
    >>> _actor("Clashes between Armenia and Azerbaijan", frozenset(), "en", "the clashes went on")
    'Armenia'
    """
    names = re.findall(r"(?<![\w’'-])[A-ZÄÖÜ][\w’'-]+", text)
    for n in names:
        if n in persons:
            return n
    if lang != "en":
        return ""
    # (a label's first word is capitalised by its place: a name only if the text never
    # writes it in lower case; "Clashes between Armenia …" is about Armenia)
    first = re.match(r"[A-ZÄÖÜ][\w’'-]+", text)
    return next((n for n in names if n not in _NAME_STOP and not (
        first and n == first.group(0) and body and re.search(rf"(?<![\w’'-]){re.escape(n.lower())}(?![\w’'-])", body))), "")


#: how much a year far from the rows chosen counts (per year, up to six): the rows
#: should span the article's time, but its core events come first
SPREAD = 0.05


def select_for_handout(reading: model.Reading, n: int,
                       events: list[model.TimelineEvent] | None = None) -> list[model.TimelineEvent]:
    """The ``n`` events the handout shows, in date order: the most significant
    (:func:`significance`), chosen one by one so that the rows cover the article: each
    event already chosen about the same actor (a person or the first name a label
    names; the less, the more of all events are about it) or in the same year (about
    the same actor) lowers a candidate's claim, a year far from the chosen ones raises it a
    little (:data:`SPREAD`: the core events first, a spread of years after them).  The
    choice of ``n - 1`` events is the choice of ``n`` less one (the handout shrinks it).

    >>> E = model.TimelineEvent
    >>> r = model.Reading("x", model.Metadata(title="Meyer and Morgen"), sections=[
    ...     model.Section("s1", "Meyer", [model.Block("p1", [])]),
    ...     model.Section("s2", "Morgen", [model.Block("p2", [])])])
    >>> evs = [E("a", "1901", "1901", "Meyer was born", ["p1"]), E("b", "1921", "1921", "Meyer studied", ["p1"]),
    ...        E("c", "1932", "1932", "Meyer joined the party", ["p1"]), E("d", "1948", "1948", "Morgen became professor", ["p2"])]
    >>> [e.id for e in select_for_handout(r, 2, evs)]     # a turn (joined) before a spread of years
    ['c', 'd']
    """
    events = list(reading.timeline if events is None else events)
    if n >= len(events):
        return events
    if n <= 0:
        return []
    chosen = {id(e) for e in handout_order(reading, n, events)}
    return [e for e in events if id(e) in chosen]


def handout_order(reading: model.Reading, n: int | None = None,
                  events: list[model.TimelineEvent] | None = None) -> list[model.TimelineEvent]:
    """The events in the order :func:`select_for_handout` chooses them, the most
    significant first (the first ``n`` of all: the choice of ``n`` rows is the first
    ``n`` of this order, so a sheet that has room for ``k`` rows shows the first ``k``).

    >>> E = model.TimelineEvent
    >>> r = model.Reading("x", model.Metadata(title="Meyer"), sections=[
    ...     model.Section("s1", "Meyer", [model.Block("p1", [])])])
    >>> evs = [E("a", "1901", "1901", "Meyer was born", ["p1"]),
    ...        E("c", "1932", "1932", "Meyer joined the party", ["p1"])]
    >>> [e.id for e in handout_order(r, events=evs)]
    ['c', 'a']
    >>> evs[0].pinned = True                  # the instructor's pin goes first
    >>> [e.id for e in handout_order(r, 1, events=evs)]
    ['a']
    """
    events = list(reading.timeline if events is None else events)
    n = len(events) if n is None else min(n, len(events))
    if n <= 0:
        return []
    focus = _focus(reading)
    persons = person_names(" ".join(model.plain_text(b.inlines) for _, b in reading.blocks()))
    lang = language(reading)
    body = " ".join(model.plain_text(b.inlines) for _, b in reading.blocks())
    actor = [_actor(e.text, persons, lang, body) for e in events]
    # an event about someone (something) the article names often matters more to it
    freq = {a: len(re.findall(rf"(?<![\w’'-]){re.escape(a)}", body)) for a in set(actor) if a}
    base = [significance(e, focus, lang) + (min(1.2, 0.3 * math.log2(1 + freq[a])) if a else 0.0)
            for e, a in zip(events, actor)]
    # an actor most events are about (the article's subject) may fill more rows
    share = {a: actor.count(a) / len(events) for a in actor}
    # the instructor's pinned events come first (in date order), whatever their claim
    chosen: list[int] = [i for i, e in enumerate(events) if e.pinned][:n]
    while len(chosen) < n:
        def claim(i: int) -> tuple:
            s = base[i]
            for j in chosen:
                if actor[i] and actor[i] == actor[j]:
                    s -= 0.8 * (1 - share[actor[i]])
                if events[i].date[:4] == events[j].date[:4] and (actor[i] == actor[j] or not actor[i]):
                    s -= 0.5      # (two careers may well meet in one year)
            if chosen:
                # the rows span the article's time: a year far from those chosen counts more
                gap = min(abs(int(events[i].date[:4]) - int(events[j].date[:4])) for j in chosen)
                s += SPREAD * min(gap, 6)
            return (round(s, 6), -i)
        best = max((i for i in range(len(events)) if i not in chosen), key=claim)
        chosen.append(best)
    return [events[i] for i in chosen]
