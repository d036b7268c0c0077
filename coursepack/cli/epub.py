"""``coursepack epub``: the pack as an EPUB 3 (build/pack.epub)."""

from __future__ import annotations

from pathlib import Path

from ..epub import export_epub
from .base import rel


def arguments(p) -> None:
    p.add_argument("--out", type=Path, help="output file (default: build/pack.epub)")


def run(args, say, root: Path) -> int:
    made = export_epub(root, out=args.out)
    say(f"wrote {rel(made, root)}")
    return 0
