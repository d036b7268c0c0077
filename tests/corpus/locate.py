"""Where the development corpus is, wherever the repository was cloned.

``$COURSEPACK_CORPUS`` if set; else the nearest ``shared/corpus`` in a
folder above the repository (the worktree layout ``/work/wt/<branch>`` and
``/work/main`` both find ``/work/shared/corpus``); else
``/work/shared/corpus``.  CI clones the repository elsewhere: the corpus
tests then still find it, and skip only if it really is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FALLBACK = Path("/work/shared/corpus")


def corpus_dir(start: Path | None = None, environ=None) -> Path:
    """The corpus folder (it may not exist: callers skip on ``(dir / "pdf").is_dir()``).

    >>> import tempfile; t = Path(tempfile.mkdtemp())
    >>> (t / "shared" / "corpus" / "pdf").mkdir(parents=True)
    >>> (t / "a" / "b").mkdir(parents=True)
    >>> corpus_dir(t / "a" / "b", environ={}) == t / "shared" / "corpus"
    True
    >>> corpus_dir(t, environ={"COURSEPACK_CORPUS": "/x/y"})
    PosixPath('/x/y')
    """
    env = os.environ if environ is None else environ
    if env.get("COURSEPACK_CORPUS"):
        return Path(env["COURSEPACK_CORPUS"])
    here = (start or REPO).resolve()
    for d in (here, *here.parents):
        cand = d / "shared" / "corpus"
        if (cand / "pdf").is_dir() or (cand / "references").is_dir():
            return cand
    return FALLBACK


CORPUS = corpus_dir()


def corpus_pdf(name: str) -> Path:
    """``<corpus>/pdf/<name>.pdf``."""
    return CORPUS / "pdf" / f"{name}.pdf"
