"""Outputs are written atomically: to a temporary file in the same folder,
flushed, then renamed over the old file.  A failed or interrupted build
never leaves a broken or half-written file, and the last good output stays.
A lock file keeps two builds of the same project from writing at once."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from .errors import ContentError, Problem


def atomic_write(path: Path, data: bytes | str) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def clean_temporaries(folder: Path) -> None:
    """Remove temporary files an interrupted build may have left."""
    if folder.is_dir():
        for p in folder.rglob(".*.tmp"):
            with contextlib.suppress(OSError):
                p.unlink()


@contextlib.contextmanager
def build_lock(out: Path, wait: float = 0.0):
    """An exclusive lock on ``out/.lock`` (fcntl); a second build waits up
    to ``wait`` seconds, then stops with a clear message."""
    import fcntl
    import time

    out.mkdir(parents=True, exist_ok=True)
    f = open(out / ".lock", "w")
    deadline = time.monotonic() + wait
    try:
        while True:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise ContentError(Problem(str(out), 0, 0, "another build is writing to "
                                               "this folder; wait for it to finish")) from None
                time.sleep(0.1)
        yield
    finally:
        f.close()
