"""``coursepack questions``: a reading's discussion questions regenerated, every edit kept."""

from __future__ import annotations

from pathlib import Path

from .base import load, readings

HELP = "regenerate a reading's discussion questions, keeping every edit"


def arguments(p) -> None:
    p.add_argument("slug", nargs="?", help="the reading (default: every reading)")


def run(args, say, root: Path) -> int:
    for folder, r in readings(root, args.slug):
        counts = load("questions").regenerate(folder / "questions.yaml", r)
        say(f"{r.slug}: questions.yaml: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0
