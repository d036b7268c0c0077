"""Run coursepack as a user does: `python3 build.py ...` in a subprocess,
from any folder (the checkout's build.py, so the worktree's code)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# the seed article's extracted text and its journal landing page, as ingested
_SRC = ROOT / "content" / "readings" / "russia-armenia-azerbaijan" / "source"
SEED_TEXT = _SRC / "000_d54a1e0693051c9d.txt"
SEED_LANDING = _SRC / "001_e5bb1b1c647f0706.txt"


def cp(*args, cwd, env=None, timeout=300, stdin=None):
    """``python3 build.py ARGS`` in ``cwd``; output to pipes (not a terminal)."""
    e = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    e.update(env or {})
    return subprocess.run([sys.executable, str(ROOT / "build.py"), *map(str, args)], cwd=cwd,
                          env=e, capture_output=True, text=True, timeout=timeout, stdin=stdin)
