"""``coursepack glossary --suggest``: candidate terms added to a reading's glossary."""

from __future__ import annotations

from pathlib import Path

from .. import glossary
from ..edition import gather
from .base import readings, slug_argument


def arguments(p) -> None:
    slug_argument(p)
    p.add_argument("--suggest", action="store_true",
                   help="add candidate terms found in the text to glossary.yaml, unreviewed")


def run(args, say, root: Path) -> int:
    for folder, r in readings(gather(root), args.slug):
        if not args.suggest:
            say("nothing to do: use --suggest to add candidate terms")
            return 0
        n = glossary.add_suggestions(folder / "glossary.yaml",
                                     glossary.suggest_candidates(r, r.glossary))
        say(f"{r.slug}: {n} candidate term(s) added to glossary.yaml, marked "
            "'reviewed: false'")
    return 0
