"""Independent outputs rendered on all cores.

Layout is CPU-bound Python, so threads do not help; forked worker processes
do.  A worker inherits the whole model (copy-on-write) and returns only the
PDF bytes.  Where ``fork`` is unavailable, or there is one core or one job,
everything runs in this process, in order.

Every worker is a plain ``fork`` with a pipe (:class:`ForkPool`); there is
no ``multiprocessing.Pool``.  A Pool's workers share locks with the parent
(its task queue's read lock): a Ctrl-C sent to the whole process group
ends a worker that is waiting on that queue while it holds the lock, and
the parent's ``terminate()`` then waits for that lock for ever (the build
hung after Ctrl-C, keeping ``build/.lock``).  A forked child shares no lock
with the parent: stopping it is ``SIGKILL`` and ``waitpid``, which cannot
block.  :func:`reaping` makes sure every worker started inside it is
stopped and reaped on the way out, whatever happens.

Against ``concurrent.futures.ProcessPoolExecutor`` with a fork context
(``python3 benchmarks/forkpool.py``, 2026-12-06, 2 cores at a load of about
9, medians of 3): a trivial job 105 ms here, 148 ms there; a segment's
layout 3.4 s here (the child inherits the warm renderer), 2.9 s there (the
worker warms its own): within the noise of a loaded machine, so speed is
not what keeps this pool.  What does: a job is a closure over the state as
it is when the job starts (the executor pickles its jobs, and the warm
renderer cannot be pickled), a generator's values come back one by one
(``result(job, i)``), and stopping is SIGKILL and ``waitpid`` (the
executor's queues hold locks, as the Pool's did)."""

from __future__ import annotations

import collections
import contextlib
import gc
import inspect
import os
import pickle
import select
import signal
import sys
import threading
import time
import weakref
from typing import Any, Callable
from .outputs import LOCK_FDS, _signals_held


def _native_threads() -> int:
    """Threads of this process that Python did not start (or -1 where
    /proc is not there): a library's own, such as the one Pango starts to
    set fontconfig up for a new font map, and a test runner's."""
    try:
        return len(os.listdir("/proc/self/task")) - threading.active_count()
    except OSError:
        return -1


_NATIVE_AT_START = _native_threads()


def _native_threads_settled(limit: float = 0.5) -> None:
    """Wait (at most ``limit`` seconds) until no thread but those there at
    import is running: a child forked while Pango's own thread held
    fontconfig's lock waited on it for ever, in its first line's layout
    (seen once in the suite, a handout's child)."""
    if _NATIVE_AT_START < 0 or _native_threads() <= _NATIVE_AT_START:
        return
    end = time.monotonic() + limit
    while _native_threads() > _NATIVE_AT_START and time.monotonic() < end:
        time.sleep(0.001)

_LIVE: "weakref.WeakSet[ForkPool]" = weakref.WeakSet()


def workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:   # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _can_fork() -> bool:
    return hasattr(os, "fork")


@contextlib.contextmanager
def reaping():
    """Stop and reap every worker still running when the block is left
    (normally, by an error or by Ctrl-C)."""
    try:
        yield
    finally:
        for pool in list(_LIVE):
            pool.cancel()


def fork_map(thunks: list[Callable[[], Any]]) -> list:
    """Call every thunk, in parallel where possible; results in order."""
    n = min(workers(), len(thunks))
    if not _can_fork() or n < 2:
        return [t() for t in thunks]
    pool = ForkPool(n)
    try:
        jobs = [pool.submit(t) for t in thunks]
        return [pool.result(j) for j in jobs]
    finally:
        pool.cancel()


def spare_core() -> bool:
    """Whether a job can run in a worker process beside this one (fork, and
    more than one core)."""
    return _can_fork() and workers() > 1


def shares(items: list) -> list[list]:
    """``items`` dealt out to the workers, every other one to each (the
    build's readings take about as long each); no empty share, but one at
    least (on two cores: ``[[1, 3], [2]]`` for ``[1, 2, 3]``)."""
    n = workers()
    return [s for s in (items[i::n] for i in range(n)) if s] or [[]]


def beside(job: Callable[[], Any], meanwhile: Callable[[], None]) -> Any:
    """``job()``'s result, computed in a forked worker while ``meanwhile()``
    runs in this process (:func:`beside_all` with one job)."""
    return beside_all([job], meanwhile)[0]


def beside_all(jobs: list[Callable[[], Any]], meanwhile: Callable[[], None]) -> list:
    """Every job's result, in order, each computed in a forked worker of its
    own while ``meanwhile()`` runs in this process (:func:`start_all`, then
    :meth:`Started.results`); without a spare core, the jobs here and
    ``meanwhile`` not at all.  An error of ``meanwhile`` is raised here, the
    workers stopped."""
    if not spare_core():
        return [job() for job in jobs]
    return start_all(jobs).results(meanwhile)


def start_all(jobs: list[Callable[[], Any]]) -> "Started":
    """Start every job in a forked worker of its own, now; their results
    are collected later (:meth:`Started.results`).  The build: the readings
    gathered there from before this process imports the stages and loads
    WeasyPrint.  Needs a spare core (:func:`spare_core`)."""
    return Started(jobs)


class Started:
    """Jobs running in forked workers, one each (:func:`start_all`)."""

    def __init__(self, jobs: list[Callable[[], Any]]):
        self._pool = ForkPool(max(2, len(jobs)))
        self._jobs = [self._pool.submit(job) for job in jobs]

    def done(self) -> bool:
        """Whether every result is there (read without waiting)."""
        self._pool.poll()
        return all(job.messages or job.done for job in self._jobs)

    def results(self, meanwhile: Callable[[], None] | None = None) -> list:
        """Every job's result, in order, once ``meanwhile()`` has run here;
        the workers are stopped when they are collected (or on an error)."""
        try:
            if meanwhile is not None:
                meanwhile()
            return [self._pool.result(job) for job in self._jobs]
        finally:
            self._pool.cancel()

    def cancel(self) -> None:
        self._pool.cancel()


def alongside(jobs: dict[Any, Callable[[], Any]], stop: list = ()) -> dict:
    """Every job's result, by key in order: the first job in this process,
    each other one in a forked worker meanwhile (:class:`Background`; the
    build: the reader here, the instructor's reader there).  On an error or
    Ctrl-C every worker stops, and each of ``stop`` (an :class:`AsReady`
    fed by the first job) is cancelled."""
    (first, job), *others = jobs.items()
    side = {key: Background(thunk) for key, thunk in others}
    try:
        results = {first: job()}
        for key, bg in side.items():
            results[key] = bg.result()
    except BaseException:
        for s in stop:
            s.cancel()
        raise
    finally:
        for bg in side.values():
            bg.cancel()
    return results


class Background:
    """One thunk started in a forked worker now, its result collected later
    (or computed in this process when forking is not possible)."""

    def __init__(self, thunk: Callable[[], Any]):
        self._thunk = thunk
        self._pool = None
        self._job = None
        if _can_fork() and workers() > 1:
            self._pool = ForkPool(2)
            self._job = self._pool.submit(thunk)

    def done(self) -> bool:
        """Whether the result is there (always, when computed in this process)."""
        if self._pool is None:
            return True
        self._pool.poll()
        return bool(self._job.messages) or self._job.done

    def result(self):
        if self._pool is None:
            return self._thunk()
        try:
            return self._pool.result(self._job)
        finally:
            self.cancel()

    def cancel(self) -> None:
        """Stop the worker (on an error or Ctrl-C in the main process)."""
        if self._pool is not None:
            self._pool.cancel()


class AsReady:
    """One job per key, each started as soon as its argument is known
    (:meth:`ready`), beside the main work: one worker process at a time
    takes every job that is ready (the main work keeps the other core); what
    is left when :meth:`results` is asked is made then, on all cores, with
    the argument given or ``missing``.  (The build's handouts: each prints
    its reading's pages, known once that article is laid out.)  A job may
    be started on a guess of its argument (:meth:`guess`); told another one
    later, it is made again with it."""

    def __init__(self, make: Callable[[Any, Any], Any], keys: list, missing: Any = None):
        self.make, self.keys, self.missing = make, list(keys), missing
        self.given: dict = {}          # key → its argument, as told (or guessed)
        self.told: set = set()         # the keys told their argument
        self.made_with: dict = {}      # key → the argument its job was started with
        self.running = None            # (keys, Background)
        self.done: dict = {}

    def ready(self, key, arg) -> None:
        """``key``'s argument is known: its job starts (when no other is
        running; else when one is asked for again, or at :meth:`results`)."""
        self.tell(key, arg)
        self._collect(wait=False)
        if self.running is None:
            self._start()

    def guess(self, key, arg) -> None:
        """Start ``key``'s job on a guess of its argument, unless it has
        been told one (the build: a handout with its reading's pages of the
        last build, before the reader has found them)."""
        if key not in self.told:
            self.ready(key, arg)
            self.told.discard(key)

    def tell(self, key, arg) -> None:
        """``key``'s argument is known; its job is made (again, if it was
        started with another) by :meth:`ready` or :meth:`results`."""
        self.given[key] = arg
        self.told.add(key)

    def _stale(self, key) -> bool:
        """Whether ``key``'s job is to be made (again): never started, or
        started with another argument than the one given now."""
        return key not in self.made_with or \
            self.made_with[key] != self.given.get(key, self.missing)

    def _start(self) -> None:
        todo = [k for k in self.keys if k in self.given and self._stale(k)]
        if not todo:
            return
        args = {k: self.given[k] for k in todo}
        self.made_with.update(args)
        self.running = (todo, Background(lambda: [self.make(k, args[k]) for k in todo]))

    def _collect(self, wait: bool) -> None:
        if self.running is None:
            return
        keys, bg = self.running
        if not wait and not bg.done():
            return
        self.done.update(zip(keys, bg.result()))
        self.running = None

    def results(self) -> dict:
        """Every job's result, in the order of the keys."""
        self._collect(wait=True)
        rest = [k for k in self.keys if k not in self.done or self._stale(k)]
        args = {k: self.given.get(k, self.missing) for k in rest}
        self.made_with.update(args)
        for k, res in zip(rest, fork_map([lambda k=k: self.make(k, args[k]) for k in rest])):
            self.done[k] = res
        return {k: self.done[k] for k in self.keys}

    def cancel(self) -> None:
        if self.running is not None:
            self.running[1].cancel()
            self.running = None


class _Job:
    __slots__ = ("thunk", "pid", "fd", "buffer", "messages", "done", "gen", "status")

    def __init__(self, thunk):
        self.thunk = thunk
        self.pid = self.fd = self.gen = self.status = None
        self.buffer = b""
        self.messages: list[tuple[bool, Any]] = []
        self.done = False


_FRAME = 8   # bytes of a message's length
_STOP = {signal.SIGINT, signal.SIGTERM}


def _in_child() -> None:
    """A new worker lets go of the build lock (the parent holds it; a worker
    left behind by a killed build must not) and dies with its parent."""
    for fd in list(LOCK_FDS):
        try:
            os.close(fd)
        except OSError:
            pass
    LOCK_FDS.clear()
    try:
        import ctypes  # lazy: ctypes 8 ms on every no-op build, only for a forked worker
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)          # PR_SET_PDEATHSIG (Linux)
        if os.getppid() == 1:                  # the parent died meanwhile
            os._exit(1)
    except (OSError, AttributeError):          # pragma: no cover - not Linux
        pass


def _interrupted(status: int | None) -> bool:
    """Whether a child's wait status says Ctrl-C or SIGTERM ended it (by the
    signal, or by the command line's handler: exit 128 + the signal)."""
    if status is None:
        return False
    if os.WIFSIGNALED(status):
        return os.WTERMSIG(status) in _STOP
    return os.WIFEXITED(status) and os.WEXITSTATUS(status) in {128 + s for s in _STOP}


def _how(status: int | None) -> str:
    """`` (killed by SIGSEGV)``, `` (exit status 3)`` or ``''``."""
    if status is None:
        return ""
    if os.WIFSIGNALED(status):
        return f" (killed by {signal.Signals(os.WTERMSIG(status)).name})"
    return f" (exit status {os.WEXITSTATUS(status)})" if os.WIFEXITED(status) else ""


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
        _LIVE.add(self)

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
            if _interrupted(job.status):    # Ctrl-C reached the child first
                raise KeyboardInterrupt
            raise RuntimeError("a worker process ended without an answer"
                               + _how(job.status))
        ok, value = job.messages[i]
        if not ok:
            raise value
        return value

    def cancel(self) -> None:
        """Stop every child and forget the queue (on an error, or when done).
        SIGKILL and ``waitpid``: nothing here can wait on a lock, and a
        second Ctrl-C meanwhile does not leave a child unreaped."""
        with _signals_held():
            self.waiting.clear()
            running, self.running = self.running, []
            for job in running:
                for step in (lambda: os.kill(job.pid, 9), lambda: os.waitpid(job.pid, 0),
                             lambda: os.close(job.fd)):
                    try:
                        step()
                    except (OSError, ChildProcessError):
                        pass
                job.done = True

    def poll(self) -> None:
        """Read what the children have sent so far, without waiting."""
        if self.running:
            self._pump(timeout=0)

    def ready(self, job: _Job, i: int = 0) -> bool:
        """Whether :meth:`result` ``(job, i)`` would answer without waiting
        (always, for a thunk that runs here)."""
        if self.size < 2:
            return True
        self.poll()
        self._start()       # (a worker may have ended: the next job takes its place)
        return len(job.messages) > i or job.done

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
            # Ctrl-C is held back from before fork() until the child is on
            # the list of running jobs: delivered inside the fork hooks
            # (logging's lock release) it was swallowed ("Exception
            # ignored") and the build went on without its child; delivered
            # just after, the child was never reaped
            _native_threads_settled()
            mask = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP)
            try:
                pid = os.fork()
                if pid == 0:     # the child: compute, send, leave without cleanup
                    signal.pthread_sigmask(signal.SIG_SETMASK, mask)
                    os.close(r)
                    _in_child()
                    # what it inherited is never collected here: the collector
                    # would touch (and so copy) every page of the parent's memory
                    gc.freeze()
                    os._exit(_child(job.thunk, w))
                os.close(w)
                job.pid, job.fd = pid, r
                self.running.append(job)
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, mask)

    def _pump(self, timeout: float | None = None) -> None:
        """Read what the children have sent, until something came (or
        ``timeout`` seconds passed)."""
        by_fd = {job.fd: job for job in self.running}
        ready, _, _ = select.select(list(by_fd), [], [], timeout)
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
            _pid, job.status = os.waitpid(job.pid, 0)
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
