"""``coursepack new SLUG``: a reading folder with commented template files."""

from __future__ import annotations

from pathlib import Path

from ..scaffold import new_reading, pack_entry
from .base import rel


def arguments(p) -> None:
    p.add_argument("slug", help="folder name of the reading (lower-case letters, digits, -)")
    p.add_argument("--title", default="", help="the reading's title (default: a placeholder)")
    p.add_argument("--week", default="", help="week or class meeting label for pack.yaml")
    p.add_argument("--no-pack", action="store_true",
                   help="do not add the reading to pack.yaml (print the entry instead)")


def run(args, say, root: Path) -> int:
    added = new_reading(root, args.slug, title=args.title, week=args.week,
                        add=not args.no_pack)
    return report(added, args, say, root)


def report(added, args, say, root: Path) -> int:
    """What ``new`` or ``ingest`` wrote, and the reading's entry in pack.yaml
    (printed when it was not added there)."""
    for f in added.files:
        say(f"wrote {rel(f, root)}")
    for note in added.notes:
        say(f"  {note}")
    if args.no_pack:
        print("add the reading to content/pack.yaml under 'readings:':\n"
              + pack_entry(added.slug, args.week).rstrip("\n"))
    elif added.pack_updated:
        say(f"added '{added.slug}' to content/pack.yaml (readings:)")
    elif added.pack_entry:
        print("add the reading to content/pack.yaml under 'readings:':\n"
              + added.pack_entry.rstrip("\n"))
    else:
        say(f"'{added.slug}' is already listed in content/pack.yaml")
    return 0
