"""Independent outputs rendered on all cores.

Layout is CPU-bound Python, so threads do not help; forked worker processes
do.  A worker inherits the whole model (copy-on-write) and returns only the
PDF bytes.  Where ``fork`` is unavailable, or there is one core or one job,
everything runs in this process, in order."""

from __future__ import annotations

import multiprocessing
import os
from typing import Any, Callable

_TASKS: list[Callable[[], Any]] = []


def _run(i: int):
    return _TASKS[i]()


def workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:   # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _context():
    try:
        return multiprocessing.get_context("fork")
    except ValueError:   # pragma: no cover - no fork on this platform
        return None


def fork_map(thunks: list[Callable[[], Any]]) -> list:
    """Call every thunk, in parallel where possible; results in order."""
    ctx = _context()
    n = min(workers(), len(thunks))
    if ctx is None or n < 2:
        return [t() for t in thunks]
    global _TASKS
    _TASKS = list(thunks)
    try:
        with ctx.Pool(n) as pool:
            return pool.map(_run, range(len(thunks)), chunksize=1)
    finally:
        _TASKS = []


class Background:
    """One thunk started in a forked worker now, its result collected later
    (or computed in this process when forking is not possible)."""

    def __init__(self, thunk: Callable[[], Any]):
        self._thunk = thunk
        self._pool = None
        self._async = None
        ctx = _context()
        if ctx is not None and workers() > 1:
            global _TASKS
            _TASKS = [thunk]
            self._pool = ctx.Pool(1)
            self._async = self._pool.apply_async(_run, (0,))

    def done(self) -> bool:
        """Whether the result is there (always, when computed in this process)."""
        return self._pool is None or self._async.ready()

    def result(self):
        if self._pool is None:
            return self._thunk()
        try:
            value = self._async.get()
        except BaseException:
            self.cancel()
            raise
        self._pool.close()
        self._pool.join()
        return value

    def cancel(self) -> None:
        """Stop the worker (on an error or Ctrl-C in the main process)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
