"""``coursepack web``: the pack as accessible HTML pages for the course site."""

from __future__ import annotations

from pathlib import Path

from .. import progress
from ..web import export_web
from .base import rel


def arguments(p) -> None:
    p.add_argument("--out", type=Path, help="output folder (default: build/web/)")


def run(args, say, root: Path) -> int:
    with progress.activity("web", "reading and repairing the pack"):
        pages = export_web(root, out=args.out)
    say(f"wrote {len(pages)} page(s) to {rel(pages[0].parent, root)}/")
    return 0
