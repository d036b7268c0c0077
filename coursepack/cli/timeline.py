"""``coursepack timeline``: a reading's timeline regenerated, every edit kept."""

from __future__ import annotations

from pathlib import Path

from .base import load, readings

HELP = "regenerate a reading's timeline, keeping every edit"


def arguments(p) -> None:
    p.add_argument("slug", nargs="?", help="the reading (default: every reading)")


def run(args, say, root: Path) -> int:
    for folder, r in readings(root, args.slug):
        counts = load("timeline").regenerate(folder / "timeline.yaml", r)
        say(f"{r.slug}: timeline.yaml: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0
