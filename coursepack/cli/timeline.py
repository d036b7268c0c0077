"""``coursepack timeline``: a reading's timeline regenerated, every edit kept."""

from __future__ import annotations

from pathlib import Path

from .. import timeline
from ..edition import gather
from .base import regenerate, slug_argument


arguments = slug_argument


def run(args, say, root: Path) -> int:
    return regenerate(timeline.regenerate, gather(root), "timeline.yaml", args, say)
