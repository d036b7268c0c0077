#!/usr/bin/env python3
"""coursepack's thin entry: `python build.py [build|check|glossary|questions|timeline|schema] …`.
See README.md, or run `python build.py --help`."""
import sys

from coursepack.cli import main

if __name__ == "__main__":
    sys.exit(main())
