"""``coursepack build`` (the default command): the pack into build/ (or --out)."""

from __future__ import annotations

import time
from pathlib import Path

from .. import __version__, progress
from ..build import Options, build
from .base import rel


def arguments(p) -> None:
    """Only the build options (the table gives them: ``build_options``)."""


def run(args, say, root: Path) -> int:
    t0 = time.perf_counter()
    say(f"coursepack {__version__}: building {root / 'content'}")
    with progress.activity("build"):
        res = build(root, Options(out=getattr(args, "out", None),
                                  profile=getattr(args, "profile", None),
                                  instructor=True if getattr(args, "instructor", False) else None,
                                  quiet=args.quiet, say=say))
    for path in res.outputs:
        if path.suffix == ".pdf":
            say(f"wrote {rel(path, root)} ({res.pages.get(path.name, '?')} pages)")
    say(f"done in {time.perf_counter() - t0:.2f} s")
    return 0
