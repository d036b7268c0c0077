"""Dates as bibliographies print them: ``28 III 2018``, ``2 xi 2020``,
``March 2021``, ``2019`` — read into :class:`PDate` and printed back.

A space inside a Roman month (``15 V I 2021``) is a slip of typesetting
that :func:`read_date` mends, saying so.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from ..schema import iso_date

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
_ROMAN_NUM = {r: i + 1 for i, r in enumerate(ROMAN)}
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]
_MONTHS = {m.lower(): i + 1 for i, m in enumerate(MONTH_NAMES)}
_MONTHS.update({m[:3].lower(): i + 1 for i, m in enumerate(MONTH_NAMES)})
_MONTHS["sept"] = 9
# the months as German and French lists print them ("3. Mai 2001", "Okt. 2019",
# "12 mars 2020"), as their abbreviations too
for _i, _names in enumerate((
        ("januar", "jänner", "jän", "janvier", "janv"), ("februar", "febr", "février", "fevrier", "févr", "fevr"),
        ("märz", "mär", "mars"), ("avril", "avr"), ("mai",), ("juni", "juin"),
        ("juli", "juillet", "juil"), ("août", "aout"), ("septembre",), ("oktober", "okt", "octobre"),
        ("novembre",), ("dezember", "dez", "décembre", "decembre", "déc"))):
    for _n in _names:
        _MONTHS.setdefault(_n, _i + 1)


def month_number(word: str) -> int:
    """The number of a month written as a word, in English, German or
    French, whole or abbreviated; 0 for any other word.

    >>> month_number("May"), month_number("Mai"), month_number("Okt."), month_number("décembre"), month_number("Maid")
    (5, 5, 10, 12, 0)
    """
    return _MONTHS.get(word.strip().lower().rstrip("."), 0)


@dataclass(frozen=True, order=True)
class PDate:
    """A partial date: year, and month and day when known (0 if not)."""

    year: int
    month: int = 0
    day: int = 0

    def iso(self) -> str:
        """ISO form.

        >>> PDate(2021, 5, 15).iso(), PDate(2021, 3).iso(), PDate(2019).iso()
        ('2021-05-15', '2021-03', '2019')
        """
        return iso_date(self.year, self.month, self.day)

    def roman(self) -> str:
        """The journal's manner: ``15 V 2021``.

        >>> PDate(2021, 5, 15).roman(), PDate(2021, 3).roman()
        ('15 V 2021', 'March 2021')
        """
        if self.month and self.day:
            return f"{self.day} {ROMAN[self.month - 1]} {self.year}"
        if self.month:
            return f"{MONTH_NAMES[self.month - 1]} {self.year}"
        return str(self.year)

    def long(self) -> str:
        """Chicago manner: ``May 15, 2021``.

        >>> PDate(2021, 5, 15).long(), PDate(2018, 3).long(), PDate(2013).long()
        ('May 15, 2021', 'March 2018', '2013')
        """
        if self.month and self.day:
            return f"{MONTH_NAMES[self.month - 1]} {self.day}, {self.year}"
        if self.month:
            return f"{MONTH_NAMES[self.month - 1]} {self.year}"
        return str(self.year)

    def valid(self) -> bool:
        try:
            datetime.date(self.year, self.month or 1, self.day or 1)
        except ValueError:
            return False
        return 1000 <= self.year <= 2999


def from_iso(text: str) -> PDate | None:
    """Read an ISO partial date.

    >>> from_iso("2021-05-15"), from_iso("2020"), from_iso("x")
    (PDate(year=2021, month=5, day=15), PDate(year=2020, month=0, day=0), None)
    """
    m = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*", text or "")
    if not m:
        return None
    return PDate(int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0))


_ROMAN_RE = r"(?:X{0,1}I{1,3}|I?V|VI{1,3}|I?X|XI{1,2}|IX|IV)"
# day, month (Roman, possibly with stray spaces, any case), year
_DMY_ROMAN = re.compile(
    r"(?<![\w.])(?P<d>\d{1,2})\.?\s+(?P<m>[IVXivx](?:\s?[IVXivx]){0,3})\.?\s+(?P<y>\d{4})(?!\d)")
_DMY_NUM = re.compile(r"(?<![\w.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\d)")
_DMY_NAME = re.compile(r"(?<![\w.])(?:(?P<d>\d{1,2})\.?\s+)?(?P<m>[^\W\d_]{3,9})\.?,?\s+(?P<y>\d{4})(?!\d)")
_MDY_NAME = re.compile(r"(?<![\w.])(?P<m>[^\W\d_]{3,9})\.?\s+(?P<d>\d{1,2}),\s+(?P<y>\d{4})(?!\d)")
_ISO = re.compile(r"(?<![\w.])(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?(?!\d)")
_YEAR = re.compile(r"(?<![\w./-])(?P<y>1[5-9]\d\d|20\d\d)(?![\w/-])")


@dataclass
class DateMatch:
    date: PDate
    start: int
    end: int
    slip: str = ""       # what was mended, if anything


def find_date(text: str, *, year_only: bool = True) -> DateMatch | None:
    """The first full date in ``text`` (falling back to a bare year).

    >>> find_date("Kremlin, 2 xi 2020 [x]").date
    PDate(year=2020, month=11, day=2)
    >>> m = find_date("15 V I 2021"); m.date, m.slip
    (PDate(year=2021, month=6, day=15), "Roman month written with a space ('V I')")
    >>> find_date("Fact Sheets, March, 2018").date, find_date("Press, New York 2013").date
    (PDate(year=2018, month=3, day=0), PDate(year=2013, month=0, day=0))
    >>> find_date("Vortrag, 3. Mai 2001").date, find_date("Zugriff: 12. März 2020").date
    (PDate(year=2001, month=5, day=3), PDate(year=2020, month=3, day=12))
    """
    best = None
    for rx, kind in ((_DMY_ROMAN, "roman"), (_DMY_NUM, "num"), (_ISO, "iso"),
                     (_MDY_NAME, "name"), (_DMY_NAME, "name")):
        for m in rx.finditer(text):
            d = _from_match(m, kind)
            if d is None:
                continue
            if best is None or m.start() < best.start:
                best = d
            break
    if best is None and year_only:
        m = _YEAR.search(text)
        if m:
            best = DateMatch(PDate(int(m.group("y"))), m.start(), m.end())
    return best


def _from_match(m, kind) -> DateMatch | None:
    y = int(m.group("y"))
    raw_m = m.group("m")
    slip = ""
    if kind == "roman":
        joined = re.sub(r"\s", "", raw_m).upper()
        if joined not in _ROMAN_NUM:
            return None
        if joined != raw_m.upper():
            slip = f"Roman month written with a space ('{raw_m}')"
        month = _ROMAN_NUM[joined]
    elif kind in ("num", "iso"):
        month = int(raw_m)
    else:
        month = month_number(raw_m)
        if not month:
            return None
    day = int(m.group("d")) if m.groupdict().get("d") else 0
    d = PDate(y, month, day)
    if not d.valid():
        return None
    return DateMatch(d, m.start(), m.end(), slip)
