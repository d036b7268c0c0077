"""Folding text for comparison across transliteration systems, and ASCII
for citation keys.

>>> fold("Azerbaydzhan") == fold("Azerbajdžan") == fold("Azerbaidzhan") == fold("Азербайджан")
True
>>> fold("Pust' polykhayet") == fold("Pust’ polykhajet")
True
>>> ascii_word("Kolstø"), ascii_word("Il’khamom"), ascii_word("Шесть")
('kolsto', 'ilkhamom', 'shest')
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .lexicon import lexicon

_CYR = lexicon()["cyrillic"]
_SPECIAL = lexicon()["special_letters"]
# one spelling for the sounds transliteration systems write differently
_FOLDS = [tuple(p) for p in lexicon()["folds"]]


def to_ascii(text: str) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        if low in _CYR:
            out.append(_CYR[low])
        elif low in _SPECIAL:
            out.append(_SPECIAL[low])
        else:
            out.append(ch)
    s = unicodedata.normalize("NFKD", "".join(out))
    return "".join(c for c in s if not unicodedata.combining(c))


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case, ASCII, apostrophes and soft signs gone, variant
    spellings of one sound made one, doubled letters single."""
    s = to_ascii(text).lower()
    s = re.sub(r"['’ʹʼ`´]", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    for a, b in _FOLDS:
        s = s.replace(a, b)
    s = re.sub(r"([a-z])\1+", r"\1", s)
    return " ".join(s.split())


def ascii_word(text: str) -> str:
    """Lower-case ASCII letters and digits only (for citation keys)."""
    return re.sub(r"[^a-z0-9]", "", to_ascii(text).lower())
