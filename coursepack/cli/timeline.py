"""``coursepack timeline``: a reading's timeline regenerated, every edit kept."""

from __future__ import annotations

from pathlib import Path

from .base import regenerate, slug_argument

HELP = "regenerate a reading's timeline, keeping every edit"


arguments = slug_argument


def run(args, say, root: Path) -> int:
    return regenerate("timeline", "timeline.yaml", args, say, root)
