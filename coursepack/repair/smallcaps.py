"""Small capitals extracted in lower case: acronyms ("osce" → "OSCE") and
Roman numerals ("15 v 2021" → "15 V 2021", "ii wojny" → "II wojny").

The acronym knowledge is data (``coursepack/data/acronyms.txt``: the
acronym and an optional context rule); the decisions are made here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .rules import Context, register
from .tracked import Edit
from ..words import english
from ..i18n import REASONS   # the reason of a noted edit, in every language

CONTEXTS = ("always", "foreign", "english", "standalone")


@dataclass(frozen=True)
class Acronym:
    form: str                 # as printed: "OSCE", "U.S."
    context: str = "always"
    also: tuple[str, ...] = ()


def parse_lexicon(text: str) -> list[Acronym]:
    """Parse the lexicon format (see the data file's header).

    >>> parse_lexicon("# c\\nOSCE\\nMID  context=foreign\\nTV context=foreign also=Tv")
    [Acronym(form='OSCE', context='always', also=()), Acronym(form='MID', context='foreign', also=()), Acronym(form='TV', context='foreign', also=('Tv',))]
    """
    out = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        opts = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
        ctx = opts.get("context", "always")
        if ctx not in CONTEXTS:
            raise ValueError(f"unknown context '{ctx}' for {parts[0]}")
        also = tuple(x for x in opts.get("also", "").split(",") if x)
        out.append(Acronym(parts[0], ctx, also))
    return out


@lru_cache(maxsize=1)
def lexicon() -> tuple[Acronym, ...]:
    text = resources.files("coursepack").joinpath("data/acronyms.txt").read_text(encoding="utf-8")
    return tuple(parse_lexicon(text))


_TOKEN_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4)
def _pattern(entries: tuple[Acronym, ...]) -> tuple[re.Pattern, dict]:
    forms = {}
    for a in entries:
        forms[a.form.lower()] = a
        for v in a.also:
            forms[v] = a
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pat = re.compile(rf"(?<![\w.@/\-])({alts})(?=$|[\s,;:)\]»”’'!?⁰¹²³⁴⁵⁶⁷⁸⁹]|\.(?!\w)|-[\w])")
    return pat, forms


def _neighbours(text: str, start: int, end: int, n: int = 2) -> list[str]:
    left = _TOKEN_RE.findall(text[max(0, start - 60):start].rsplit("\u2029", 1)[-1])[-n:]
    right = _TOKEN_RE.findall(text[end:end + 60].split("\u2029", 1)[0])[:n]
    return left + right


def _foreign(word: str) -> bool:
    return len(word) >= 3 and english(word) < 2.0


def context_ok(a: Acronym, text: str, start: int, end: int) -> bool:
    """Check an occurrence against the entry's context rule.

    >>> context_ok(Acronym("MID", "foreign"), "Zayavleniye mid Rossii", 12, 15)
    True
    >>> context_ok(Acronym("MID", "foreign"), "in mid October the rain", 3, 6)
    False
    """
    if a.context == "always":
        return True
    near = _neighbours(text, start, end)
    if a.context == "foreign":
        return any(_foreign(w) for w in near)
    if a.context == "english":
        words = [w for w in near if len(w) >= 3]
        return bool(words) and not any(_foreign(w) for w in words)
    if a.context == "standalone":
        before = text[max(0, start - 2):start]
        after = text[end:end + 1]
        return before in (", ", ",\u00a0") and after == ","
    return False


@register("smallcaps", "smallcaps")
def find_smallcaps(text: str, ctx: Context, entries: tuple[Acronym, ...] | None = None) -> list[Edit]:
    """Restore acronyms extracted from small capitals in lower case.

    >>> from coursepack.repair.rules import fix
    >>> fix("smallcaps", "the osce’s body, the u.s. and the eu, an un-backed plan, ss-26 missiles")
    'the OSCE’s body, the U.S. and the EU, an UN-backed plan, SS-26 missiles'
    >>> fix("smallcaps", "Zayavleniye mid Rossii; in mid-1990s; the die is cast, he said")
    'Zayavleniye MID Rossii; in mid-1990s; the die is cast, he said'
    """
    pat, forms = _pattern(entries or lexicon())
    edits = []
    for m in pat.finditer(text):
        tok = m.group(1)
        a = forms[tok]
        if tok == a.form:
            continue
        if tok.lower() == "mid" and text[m.end():m.end() + 1] == "-":
            continue
        if not context_ok(a, text, m.start(), m.end()):
            continue
        edits.append(Edit(m.start(), m.end(), a.form,
                          f"small capitals extracted as '{tok}' ({a.context} rule)"))
    return edits


# ---------------------------------------------------------------- Roman numerals

_MONTHS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_SP = "[ \u00a0\u2009]"
_DATE_RE = re.compile(rf"(\d{{1,2}}){_SP}+({'|'.join(sorted(_MONTHS, key=len, reverse=True))}){_SP}+(?=\d{{4}}(?!\d))")
_BROKEN_DATE_RE = re.compile(rf"(\d{{1,2}}){_SP}+([ivx]{{1,3}}) ([ivx]{{1,3}}){_SP}+(?=\d{{4}}(?!\d))")
_DATE_HINT_RE = re.compile(rf"\d{_SP}+[ivx]")
_ROMAN_RE = re.compile(r"^(x{0,3})(ix|iv|v?i{0,3})$")
# a Roman numeral not preceded by a word character, "(", ".", "-" or "/" (the
# look-behind checks the character before the numeral's first letter; starting
# with a letter lets the search skip to the candidates)
_ORDINAL_RE = re.compile(r"([ivx](?<![\w(.\-/][ivx])[ivx]{1,5})(?=[ \u00a0][^\W\d_])")


def is_roman(s: str) -> bool:
    """A valid lower-case Roman numeral up to 39.

    >>> is_roman("xiv"), is_roman("iix"), is_roman("")
    (True, False, False)
    """
    return bool(s) and bool(_ROMAN_RE.match(s))


def date_candidates(text: str, pattern: re.Pattern) -> list[re.Match]:
    """``pattern.finditer(text)`` for a date pattern that starts with one or
    two digits, spaces and a Roman numeral: tried only where
    ``_DATE_HINT_RE`` finds that beginning (its digit may be a day's second).

    >>> [m.group() for m in date_candidates("on 28 iii 2018, 115 v 2021 and 1 x", _DATE_RE)]
    ['28 iii ', '15 v ']
    """
    out = []
    for h in _DATE_HINT_RE.finditer(text):
        k = h.start()
        if k and text[k - 1].isdecimal():
            k -= 1
        m = pattern.match(text, k)
        if m:
            out.append(m)
    return out


@register("roman_date", "roman")
def find_roman_dates(text: str, ctx: Context) -> list[Edit]:
    """Upper-case Roman month numerals in dates (day, month, year).

    >>> from coursepack.repair.rules import fix
    >>> fix("roman_date", "on 28 iii 2018 and 2\\u00a0 iv 2021, not in 5 v 20")
    'on 28 III 2018 and 2\\xa0 IV 2021, not in 5 v 20'
    >>> fix("roman_date", "accessed: 15 v i 2021")
    'accessed: 15 VI 2021'
    """
    edits = []
    for m in date_candidates(text, _DATE_RE):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue
        edits.append(Edit(m.start(2), m.end(2), m.group(2).upper(),
                          "Roman month numeral in small capitals extracted in lower case"))
    for m in date_candidates(text, _BROKEN_DATE_RE):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue
        joined = m.group(2) + m.group(3)
        if joined in _MONTHS and m.group(2) + " " + m.group(3) not in _MONTHS:
            edits.append(Edit(m.start(2), m.end(3), joined.upper(),
                              REASONS["en"]["month-split"].format(
                                  parts=f"{m.group(2)} {m.group(3)}", numeral=joined.upper()),
                              silent=False))
    return edits


@register("roman_ordinal", "roman")
def find_roman_ordinals(text: str, ctx: Context) -> list[Edit]:
    """Upper-case lower-case Roman numerals used as ordinals before a word
    ("ii wojny" → "II wojny"); single letters and list labels "(ii)" stay.

    >>> from coursepack.repair.rules import fix
    >>> fix("roman_ordinal", "podczas ii wojny, after World War ii ended, item (ii) here, i went, vi editor")
    'podczas II wojny, after World War II ended, item (ii) here, i went, vi editor'
    """
    edits = []
    for m in _ORDINAL_RE.finditer(text):
        tok = m.group(1)
        if not is_roman(tok) or tok in ("vi", "xi", "iv"):
            continue
        edits.append(Edit(m.start(1), m.end(1), tok.upper(),
                          "Roman numeral in small capitals extracted in lower case"))
    return edits
