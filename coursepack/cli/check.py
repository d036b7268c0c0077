"""``coursepack check``: validate the content without rendering."""

from __future__ import annotations

from pathlib import Path

from ..check import check


def arguments(p) -> None:
    p.add_argument("--explain", action="store_true",
                   help="also list every repair and correction with its reason")
    p.add_argument("--reading", default="", metavar="SLUG", help="only this reading")
    p.add_argument("--kind", default="", metavar="KIND",
                   help="with --explain: only this kind of repair, e.g. hyphenation (or KIND/RULE)")


def run(args, say, root: Path) -> int:
    return check(root, explain=args.explain, say=say, reading=args.reading, kind=args.kind)
