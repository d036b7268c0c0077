"""Independent outputs rendered on all cores.

Layout is CPU-bound Python, so threads do not help; forked worker processes
do.  A worker inherits the whole model (copy-on-write) and returns only the
PDF bytes.  Where ``fork`` is unavailable, or there is one core or one job,
everything runs in this process, in order."""

from __future__ import annotations

import multiprocessing
import os
import pickle
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


class Forked:
    """One thunk run in a child process forked now (it sees this process's
    memory as it is, laid-out documents included, which cannot be sent to
    a pool), its result read back later; run here when forking is not
    possible.  Lighter than :class:`Background`: no pool, one pipe."""

    def __init__(self, thunk: Callable[[], Any]):
        self._thunk = thunk
        self._pid = None
        self._fd = None
        self._value = None
        self._have = False
        if workers() > 1 and hasattr(os, "fork"):
            r, w = os.pipe()
            pid = os.fork()
            if pid == 0:     # the child: compute, send, leave without cleanup
                code = 0
                try:
                    os.close(r)
                    try:
                        data = pickle.dumps((True, thunk()))
                    except BaseException as e:  # noqa: BLE001 - sent back, raised there
                        data = pickle.dumps((False, e))
                    with os.fdopen(w, "wb") as f:
                        f.write(data)
                except BaseException:  # noqa: BLE001
                    code = 1
                os._exit(code)
            os.close(w)
            self._pid, self._fd = pid, r

    def result(self):
        if self._have:
            return self._value
        if self._pid is None:
            self._value, self._have = self._thunk(), True
            return self._value
        with os.fdopen(self._fd, "rb") as f:
            data = f.read()
        self._fd = None
        os.waitpid(self._pid, 0)
        self._pid = None
        if not data:
            raise RuntimeError("a worker process died without an answer")
        ok, value = pickle.loads(data)
        if not ok:
            raise value
        self._value, self._have = value, True
        return value

    def cancel(self) -> None:
        if self._pid is not None:
            try:
                os.kill(self._pid, 9)
                os.waitpid(self._pid, 0)
            except OSError:
                pass
            if self._fd is not None:
                os.close(self._fd)
            self._pid = self._fd = None
