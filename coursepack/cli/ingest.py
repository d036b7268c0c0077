"""``coursepack ingest SOURCE``: a reading made from the article's PDF, or
from text extracted from it (and the journal's landing page)."""

from __future__ import annotations

from pathlib import Path

from .. import progress
from ..scaffold import ingest
from .new import report


def arguments(p) -> None:
    p.add_argument("text", type=Path, metavar="source",
                   help="the article's PDF, or text extracted from it")
    p.add_argument("--landing", type=Path, help="the journal's landing page saved as text")
    p.add_argument("--slug", default="", help="folder name (default: from the title)")
    p.add_argument("--week", default="", help="week or class meeting label for pack.yaml")
    p.add_argument("--no-pack", action="store_true",
                   help="do not add the reading to pack.yaml (print the entry instead)")


def run(args, say, root: Path) -> int:
    with progress.activity("ingest", f"reading and repairing {args.text.name}"):
        added = ingest(root, args.text, landing_file=args.landing,
                       slug=args.slug, week=args.week, add=not args.no_pack)
    return report(added, args, say, root)
