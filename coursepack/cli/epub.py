"""``coursepack epub``: the pack as an EPUB 3 (build/pack.epub)."""

from __future__ import annotations

from pathlib import Path

from .base import load, rel

HELP = "export the pack as an EPUB 3 for phones and e-readers (build/pack.epub)"


def arguments(p) -> None:
    p.add_argument("--out", type=Path, help="output file (default: build/pack.epub)")


def run(args, say, root: Path) -> int:
    made = load("epub").export_epub(root, out=args.out)
    say(f"wrote {rel(made, root)}")
    return 0
