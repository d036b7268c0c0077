"""Citation keys and sort keys.

Keys are readable and stable: the first author's surname (for an
organisation, the initials of its name), the year, the first significant
word of the title (``aliyev2018russias``); works without author take two
words of the title.  Collisions get ``a``, ``b`` … in a fixed order.

>>> from .cite import parse_citation
>>> base_key(parse_citation("Aliyev N., Russia’s arms sales, “EDM”, 28 III 2018"))
'aliyev2018russias'
>>> base_key(parse_citation("The Ministry of Foreign Affairs of Armenia, Letter to the "
...     "President, The Ministry of Foreign Affairs of Armenia, 31 X 2020"))
'mfaa2020letter'
>>> base_key(parse_citation("Putin nazval usloviye, RIA Novosti, 29 X 2020"))
'putin2020nazval'
"""

from __future__ import annotations

import re

from .cite import Citation
from .lexicon import lexicon
from .translit import ascii_word

_STOP = set(lexicon()["key_stopwords"])


def _words(text: str) -> list[str]:
    return [w for w in (ascii_word(x) for x in re.split(r"[\s\-–—/:;,.!?«»“”\"()]+", text))
            if w and w not in _STOP and not w.isdigit()]


def _org_abbrev(name: str) -> str:
    words = [w for w in re.split(r"\s+", name) if w and w[0].isupper()
             and w.lower() not in ("the",)]
    if len(words) >= 3:
        return "".join(ascii_word(w)[:1] for w in words)
    return "".join(ascii_word(w) for w in words) or ascii_word(name)


def base_key(c: Citation) -> str:
    year = str(c.date.year) if c.date else ""
    tw = _words(c.title)
    people = c.authors or c.editors
    if people:
        a = people[0]
        who = _org_abbrev(a.last) if a.org else ascii_word(a.last.split()[-1] if
                                                            " " in a.last and a.last.split()[0][0].islower()
                                                            else a.last)
        return f"{who}{year}{tw[0] if tw else ''}"
    if not tw:
        return f"anon{year}"
    return f"{tw[0]}{year}{tw[1] if len(tw) > 1 else ''}"


def assign_keys(items: list, get_cit, taken: set[str] | None = None) -> list[str]:
    """Keys for ``items`` (disambiguated in the items' order)."""
    bases = [base_key(get_cit(x)) for x in items]
    counts: dict[str, int] = {}
    for b in bases:
        counts[b] = counts.get(b, 0) + 1
    seen: dict[str, int] = {}
    out = []
    taken = set(taken or ())
    for b in bases:
        if counts[b] > 1 or b in taken:
            k = seen.get(b, 0)
            key = b + _letters(k)
            while key in taken:
                k += 1
                key = b + _letters(k)
            seen[b] = k + 1
        else:
            key = b
        taken.add(key)
        out.append(key)
    return out


def _letters(k: int) -> str:
    s = ""
    k += 1
    while k:
        k, r = divmod(k - 1, 26)
        s = chr(97 + r) + s
    return s


def fields_key(fields: dict, persons: dict) -> str:
    """A key as coursepack makes them: surname, year, first title word."""
    people = persons.get("author") or persons.get("editor") or []
    words = _words(fields.get("title", ""))
    year = fields.get("year", "")
    if people and people[0].startswith("{"):
        return f"{_org_abbrev(people[0].strip('{}'))}{year}{words[0] if words else ''}"
    if people:
        surname = people[0].split(",")[0].strip().split()
        who = ascii_word(surname[-1]) if surname else ""
        return f"{who}{year}{words[0] if words else ''}"
    return f"{words[0] if words else 'anon'}{year}{words[1] if len(words) > 1 else ''}"
