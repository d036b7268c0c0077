"""The word lists the glossary's suggestion and drafting rules use (knowledge,
kept in ``data/glossary_words.yaml``), and the folding that makes a term's id.

Below both :mod:`.glossary` and :mod:`.drafting`, so that neither imports the
other to reach them (:mod:`.glossary` re-exports every name).
"""

from __future__ import annotations

import re
import unicodedata
from importlib import resources

import yaml

_WORDS = yaml.safe_load(resources.files("coursepack").joinpath("data/glossary_words.yaml")
                        .read_text(encoding="utf-8"))
FUNCTION_WORDS = frozenset(_WORDS["function_words"])
CONNECTORS = frozenset(_WORDS["connectors"])
TITLES = frozenset(_WORDS["titles"])
HEAD_NOUNS = tuple(_WORDS["head_nouns"])
ORDINALS = tuple(_WORDS["ordinals"])
_KIND_HEADS = {k: list(v) for k, v in _WORDS["kind_heads"].items()}
assert all(isinstance(w, str) for v in _WORDS.values()
           for w in (v if isinstance(v, list) else sum(v.values(), []))), \
    "glossary_words.yaml: quote words YAML reads as true/false ('no', 'on')"

_SPECIAL = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d",
                          "Đ": "D", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                          "ð": "d", "þ": "th", "ß": "ss"})


def _fold(text: str) -> str:
    """Diacritics off, special letters spelled out: ``'Erdoğan' -> 'Erdogan'``."""
    s = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in s if not unicodedata.combining(c))


def slugify(text: str) -> str:
    """The id derived from a term.

    >>> slugify("OSCE Minsk Group"), slugify("Erdoğan"), slugify("North–South corridor")
    ('osce-minsk-group', 'erdogan', 'north-south-corridor')
    """
    s = re.sub(r"[\W_]+", "-", _fold(text).casefold()).strip("-")
    return s or "term"
