"""The word lists the glossary's suggestion and drafting rules use (knowledge,
kept in ``data/glossary_words.yaml``), and the folding that makes a term's id.

Below both :mod:`.glossary` and :mod:`.drafting`, so that neither imports the
other to reach them (:mod:`.glossary` re-exports every name).
"""

from __future__ import annotations

from importlib import resources

import yaml

from .textutil import fold_letters as _fold, slugify

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

