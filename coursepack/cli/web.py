"""``coursepack web``: the pack as accessible HTML pages for the course site."""

from __future__ import annotations

from pathlib import Path

from .. import progress
from .base import load, rel

HELP = "export the pack as accessible HTML pages for the course site (build/web/)"


def arguments(p) -> None:
    p.add_argument("--out", type=Path, help="output folder (default: build/web/)")


def run(args, say, root: Path) -> int:
    export_web = load("web").export_web
    with progress.activity("web", "reading and repairing the pack"):
        pages = export_web(root, out=args.out)
    say(f"wrote {len(pages)} page(s) to {rel(pages[0].parent, root)}/")
    return 0
