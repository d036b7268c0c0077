"""Outputs are written atomically: to a temporary file in the same folder,
flushed, then renamed over the old file.  A failed or interrupted build
never leaves a broken or half-written file, and the last good output stays.
A lock file keeps two builds of the same project from writing at once.

Policies (documented in the README, "Bad input, faults and safety"):

* **Two builds at once**: the second waits for the first to finish (it says
  so), up to :data:`LOCK_WAIT` seconds, then stops with exit status 2.  The
  lock is an ``flock`` on ``build/.lock``: the kernel releases it when a
  build dies, so a crashed build never leaves a stale lock behind.
* **Interrupted** (Ctrl-C, SIGTERM): temporary files are removed on the
  way out; a kill that leaves no way out (SIGKILL, power loss) can leave a
  ``.*.tmp`` file, which the next build removes.  A finished file is never
  half-written: it is either the old one or the new one.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import tempfile
from pathlib import Path
from typing import Callable
import fcntl
import time

from .errors import ContentError, Problem

LOCK_WAIT = 600.0           # seconds a second build waits for the first
TEMP_MARK = ".coursepack-"    # in the name of every temporary file coursepack makes
TEMP_PATTERNS = (f".*{TEMP_MARK}*.tmp",)   # only these are ever removed (``--out`` may be
                                          # a folder holding the user's own .tmp files)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _temp_for(path: Path, data: bytes, durable: bool = True) -> str:
    """Write ``data`` to a new temporary file beside ``path``; return its name.
    The file gets the mode a new file would (``0o666`` less the umask), or the
    old file's mode when it replaces one.  ``durable``: on the disk before
    it is renamed (fsync)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}{TEMP_MARK}", suffix=".tmp",
                               dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            if durable:
                os.fsync(f.fileno())
        try:
            mode = path.stat().st_mode & 0o777
        except OSError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return tmp


def atomic_write(path: Path, data: bytes | str, durable: bool = True) -> None:
    """Write ``data`` to ``path`` so that ``path`` is always either the old
    file or the whole new one (``durable=False``: not forced to the disk
    first, for a cache whose entries are checked when read: a crash may
    leave an empty one, never a wrong one).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> atomic_write(d / "a.txt", "one"); atomic_write(d / "a.txt", "two")
    >>> (d / "a.txt").read_text(), sorted(p.name for p in d.iterdir())
    ('two', ['a.txt'])
    """
    path = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    tmp = _temp_for(path, data, durable)
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def atomic_write_all(files: dict[Path, bytes | str]) -> None:
    """Write a set of files as nearly all-or-nothing as a file system allows:
    every file is first written to a temporary file (a failure or Ctrl-C
    here removes them all and changes nothing), then all are renamed into
    place with SIGINT/SIGTERM held back, so an interruption cannot leave a
    mix of old and new outputs."""
    temps: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            path = Path(path)
            temps.append((_temp_for(path, data.encode("utf-8") if isinstance(data, str)
                                    else data), path))
        with _signals_held():
            for tmp, path in temps:
                os.replace(tmp, path)
            temps = []
    finally:
        for tmp, _ in temps:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)


@contextlib.contextmanager
def _signals_held():
    """Hold SIGINT and SIGTERM back (they are delivered on exit)."""
    sigs = {signal.SIGINT, signal.SIGTERM}
    try:
        old = signal.pthread_sigmask(signal.SIG_BLOCK, sigs)
    except (AttributeError, ValueError, OSError):   # pragma: no cover - not POSIX
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def clean_temporaries(folder: Path) -> None:
    """Remove temporary files an interrupted build may have left: only
    coursepack's own (named ``.<file>.coursepack-XXXX.tmp``), never another
    program's ``.*.tmp`` or ``.*.part`` in a folder given with ``--out``;
    symbolic links are not followed."""
    if folder.is_dir():
        for pattern in TEMP_PATTERNS:
            for p in folder.rglob(pattern):
                if p.is_file() and not p.is_symlink():
                    with contextlib.suppress(OSError):
                        p.unlink()


def _say_waiting(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextlib.contextmanager
def build_lock(out: Path, wait: float | None = None,
               on_wait: Callable[[str], None] | None = _say_waiting):
    """An exclusive lock on ``out/.lock`` (fcntl).  A second build waits
    (saying so once through ``on_wait``) up to ``wait`` seconds (default
    :data:`LOCK_WAIT`), then stops with a clear message."""
    wait = LOCK_WAIT if wait is None else wait
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    f = open(out / ".lock", "a")
    LOCK_FDS.add(f.fileno())    # forked workers close it (see coursepack.parallel)
    deadline = time.monotonic() + wait
    told = False
    try:
        while True:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise ContentError(Problem(str(out), 0, 0, (
                        "another build is writing to this folder" + (
                            f" and did not finish within {wait:.0f} s" if wait else "")
                        + "; wait for it to finish, or build into another folder "
                        "with --out"))) from None
                if not told and on_wait:
                    on_wait(f"waiting for another build of {out} to finish…")
                    told = True
                time.sleep(0.1)
        yield
    finally:
        LOCK_FDS.discard(f.fileno())
        f.close()


# Descriptors of held build locks.  An flock belongs to the open file, which
# a forked worker shares: a worker that outlived a killed build would keep
# the lock (the next build waited 10 minutes).  Workers close these at once.
LOCK_FDS: set[int] = set()


def write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` atomically unless the file already holds it; True when
    written (content files the tool regenerates keep their timestamps when
    nothing changed, so watch mode is not woken up for nothing)."""
    path = Path(path)
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    atomic_write(path, text)
    return True
