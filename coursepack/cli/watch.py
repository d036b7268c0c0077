"""``coursepack watch``: build, then rebuild on every save."""

from __future__ import annotations

from pathlib import Path

from .. import progress
from .base import load

HELP = "build, then rebuild on every save (Ctrl-C to stop)"
BUILD_OPTIONS = True      # --out, --profile, --instructor


def arguments(p) -> None:
    """Only the build options (given by the table: BUILD_OPTIONS)."""


def run(args, say, root: Path) -> int:
    Options, watch = load("build").Options, load("watch").watch
    watch(root, Options(out=args.out, profile=args.profile,
                        instructor=True if args.instructor else None, quiet=True,
                        say=progress.say))
    return 0
