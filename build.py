#!/usr/bin/env python3
"""coursepack's thin entry: `python3 build.py [command] [options]` (default
command: build).  See README.md, or run `python3 build.py --help`.

`sh install.sh` installs into the project's virtual environment, `.venv/`.
When the running interpreter lacks coursepack's dependencies (a stock
`python3`) and `.venv/bin/python` exists, this script runs itself again
under that Python, with the same arguments."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEPENDENCIES = ("jinja2", "weasyprint", "pybtex", "yaml", "pypdf", "rapidfuzz", "wordfreq", "pyphen")


def _missing() -> list:
    """The dependencies this interpreter cannot import (found, not imported:
    a few milliseconds)."""
    from importlib.util import find_spec
    return [name for name in DEPENDENCIES if find_spec(name) is None]


def _reexec() -> None:
    """Run again under `.venv/bin/python` when this interpreter lacks a
    dependency; never twice (COURSEPACK_REEXEC marks the second run)."""
    missing = _missing()
    if not missing:
        return
    venv_python = os.path.join(HERE, ".venv", "bin", "python")
    if os.environ.get("COURSEPACK_REEXEC") or not os.access(venv_python, os.X_OK):
        sys.stderr.write(
            f"build.py: {sys.executable} has no {', '.join(missing)}: run `sh install.sh` "
            "first (it installs into .venv/, which build.py then uses)\n")
        sys.exit(1)
    os.environ["COURSEPACK_REEXEC"] = "1"
    os.execv(venv_python, [venv_python, os.path.abspath(__file__), *sys.argv[1:]])


if __name__ == "__main__":
    _reexec()
    from coursepack.cli import main
    rc = main()
    # Everything is written and closed by now: leave without the interpreter
    # freeing every object it made (about a tenth of a second after a build).
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):    # `python3 build.py schema | head`
            pass
    os._exit(rc if isinstance(rc, int) else 0 if rc is None else 1)
