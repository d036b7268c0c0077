"""Independent outputs rendered on all cores.

Layout is CPU-bound Python, so threads do not help; forked worker processes
do.  A worker inherits the whole model (copy-on-write) and returns only the
PDF bytes.  Where ``fork`` is unavailable, or there is one core or one job,
everything runs in this process, in order."""

from __future__ import annotations

import collections
import gc
import inspect
import multiprocessing
import os
import pickle
import select
import sys
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
        with ctx.Pool(n, initializer=gc.freeze) as pool:
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
            self._pool = ctx.Pool(1, initializer=gc.freeze)
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


class _Job:
    __slots__ = ("thunk", "pid", "fd", "buffer", "messages", "done", "gen")

    def __init__(self, thunk):
        self.thunk = thunk
        self.pid = self.fd = self.gen = None
        self.buffer = b""
        self.messages: list[tuple[bool, Any]] = []
        self.done = False


_FRAME = 8   # bytes of a message's length


class ForkPool:
    """Thunks run in forked children, at most ``size`` at once, in the order
    they were submitted; each child sees this process's memory as it was when
    the child started (so a thunk may use laid-out documents, fonts and
    stylesheets of this process), and sends back picklable results.

    A thunk may be a generator: each value it yields is sent as soon as it is
    made (``result(job, 0)`` is the first, ``result(job, 1)`` the next...), so
    the parent can go on with the first while the child makes the rest.
    With ``size`` 1, or no fork, a thunk runs here when its results are asked."""

    def __init__(self, size: int):
        self.size = size if hasattr(os, "fork") else 1
        self.waiting: collections.deque = collections.deque()
        self.running: list[_Job] = []

    def submit(self, thunk: Callable[[], Any]) -> _Job:
        job = _Job(thunk)
        self.waiting.append(job)
        self._start()
        return job

    def result(self, job: _Job, i: int = 0):
        """The thunk's ``i``-th result (its exception raised here)."""
        if self.size < 2:
            self._here(job, i)
        while len(job.messages) <= i and not job.done:
            self._pump()
            self._start()
        if len(job.messages) <= i:
            raise RuntimeError("a worker process ended without an answer")
        ok, value = job.messages[i]
        if not ok:
            raise value
        return value

    def cancel(self) -> None:
        """Stop every child and forget the queue (on an error, or when done)."""
        self.waiting.clear()
        for job in self.running:
            try:
                os.kill(job.pid, 9)
                os.waitpid(job.pid, 0)
                os.close(job.fd)
            except OSError:
                pass
        self.running = []

    def _here(self, job: _Job, i: int) -> None:
        if job in self.waiting:
            self.waiting.remove(job)
            try:
                out = job.thunk()
            except BaseException as e:  # noqa: BLE001 - raised by result()
                job.messages.append((False, e))
                job.done = True
                return
            if inspect.isgenerator(out):
                job.gen = out
            else:
                job.messages.append((True, out))
                job.done = True
        while len(job.messages) <= i and not job.done:
            try:
                job.messages.append((True, next(job.gen)))
            except StopIteration:
                job.done = True
            except BaseException as e:  # noqa: BLE001
                job.messages.append((False, e))
                job.done = True

    def _start(self) -> None:
        if self.size < 2:
            return
        while self.waiting and len(self.running) < self.size:
            job = self.waiting.popleft()
            for stream in (sys.stdout, sys.stderr):   # or the child would say it again
                stream.flush()
            r, w = os.pipe()
            pid = os.fork()
            if pid == 0:     # the child: compute, send, leave without cleanup
                os.close(r)
                # what it inherited is never collected here: the collector
                # would touch (and so copy) every page of the parent's memory
                gc.freeze()
                os._exit(_child(job.thunk, w))
            os.close(w)
            job.pid, job.fd = pid, r
            self.running.append(job)

    def _pump(self) -> None:
        """Read what the children have sent, until something came."""
        by_fd = {job.fd: job for job in self.running}
        ready, _, _ = select.select(list(by_fd), [], [])
        for fd in ready:
            job = by_fd[fd]
            chunk = os.read(fd, 1 << 20)
            if chunk:
                job.buffer += chunk
                while len(job.buffer) >= _FRAME:
                    size = int.from_bytes(job.buffer[:_FRAME], "big")
                    if len(job.buffer) < _FRAME + size:
                        break
                    job.messages.append(pickle.loads(job.buffer[_FRAME:_FRAME + size]))
                    job.buffer = job.buffer[_FRAME + size:]
                continue
            os.close(fd)
            os.waitpid(job.pid, 0)
            self.running.remove(job)
            job.done = True


def _child(thunk, fd: int) -> int:
    """Run ``thunk`` and send its result(s) down ``fd``, each as a length
    and a pickle; an exception is sent too, and ends the child."""
    try:
        with os.fdopen(fd, "wb") as f:
            def send(ok, value):
                for stream in (sys.stdout, sys.stderr):   # what it printed, before it
                    stream.flush()
                data = pickle.dumps((ok, value))
                f.write(len(data).to_bytes(_FRAME, "big") + data)
                f.flush()
            try:
                out = thunk()
                if inspect.isgenerator(out):
                    for value in out:
                        send(True, value)
                else:
                    send(True, out)
            except BaseException as e:  # noqa: BLE001 - sent back, raised there
                send(False, e)
            finally:       # the child leaves without the usual cleanup: say what it said
                for stream in (sys.stdout, sys.stderr):
                    stream.flush()
    except BaseException:  # noqa: BLE001
        return 1
    return 0
