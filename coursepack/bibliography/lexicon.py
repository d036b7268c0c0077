"""The bibliography's knowledge, read once from ``lexicon.yaml``."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

PATH = Path(__file__).with_name("lexicon.yaml")


@functools.lru_cache(maxsize=None)
def lexicon() -> dict:
    with PATH.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def words_re(key: str, flags=0) -> str:
    """An alternation of the lexicon's list ``key`` (longest first)."""
    items = sorted(lexicon()[key], key=len, reverse=True)
    return "|".join(i if key == "publisher_words" else re.escape(i) for i in items)
