"""``coursepack questions``: a reading's discussion questions regenerated, every edit kept."""

from __future__ import annotations

from pathlib import Path

from .base import regenerate, slug_argument

HELP = "regenerate a reading's discussion questions, keeping every edit"


arguments = slug_argument


def run(args, say, root: Path) -> int:
    return regenerate("questions", "questions.yaml", args, say, root)
