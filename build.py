#!/usr/bin/env python3
"""coursepack's thin entry: `python build.py [build|check|glossary|questions|timeline|schema] …`.
See README.md, or run `python build.py --help`."""
import os
import sys

from coursepack.cli import main

if __name__ == "__main__":
    rc = main()
    # Everything is written and closed by now: leave without the interpreter
    # freeing every object it made (about a tenth of a second after a build).
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(rc if isinstance(rc, int) else 0 if rc is None else 1)
