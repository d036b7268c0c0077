"""``coursepack questions``: a reading's discussion questions regenerated, every edit kept."""

from __future__ import annotations

from pathlib import Path

from .. import questions
from ..edition import gather
from .base import regenerate, slug_argument


arguments = slug_argument


def run(args, say, root: Path) -> int:
    return regenerate(questions.regenerate, gather(root), "questions.yaml", args, say)
