"""``coursepack watch``: build, then rebuild on every save."""

from __future__ import annotations

from pathlib import Path

from .. import progress
from ..build import Options
from ..watch import watch


def arguments(p) -> None:
    """Only the build options (the table gives them: ``build_options``)."""


def run(args, say, root: Path) -> int:
    watch(root, Options(out=args.out, profile=args.profile,
                        instructor=True if args.instructor else None, quiet=True,
                        say=progress.say))
    return 0
