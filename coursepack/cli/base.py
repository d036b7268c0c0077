"""What the commands share: their stages loaded when they run, paths shown
relative to the course folder, how the user ran coursepack, the readings to
work on."""

from __future__ import annotations

import importlib
import shlex
import sys
from pathlib import Path


def load(module: str):
    """A stage's module (``coursepack.<module>``), imported when its command
    runs: the commands pull in the whole pipeline (`check`: 0.7 s of
    imports), which `--help` and every other command need not pay for."""
    return importlib.import_module(f"coursepack.{module}")  # lazy: check 0.7 s, build 0.2 s, review 0.1 s of imports kept out of --help (13 ms)


def rel(path: Path, root: Path) -> str:
    """``path`` as shown to the user: relative to the course folder when inside it."""
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def prog() -> str:
    """How the user ran coursepack, to show the next commands the same way."""
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else Path("coursepack")
    if argv0.name == "build.py":
        return f"python3 {argv0.resolve()}"
    return "coursepack"


def shell(s: str) -> str:
    """``s`` quoted for a POSIX shell when it needs it.

    >>> shell("/tmp/x"), shell("/tmp/my course")
    ('/tmp/x', "'/tmp/my course'")
    """
    return shlex.quote(s)


def readings(root: Path, slug: str | None):
    """(folder, reading) of every reading gathered from the content, or only
    the one named ``slug``."""
    cfg, _pack, editions = load("edition").gather(root)
    for e in editions:
        r = e.reading
        if slug and r.slug != slug:
            continue
        yield next(c.folder for c in cfg.readings if c.slug == r.slug), r
