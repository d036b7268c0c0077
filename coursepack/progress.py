"""Progress of the steps that take more than a second (a first build, an
ingest, copies for a roster, a web export): one status line on the
terminal, rewritten in place, naming the command, the stage, the reading it
is on and the time so far, e.g. ``build: reader — lighthouses (article) 4.2 s``.

No library: the build already prints one line per stage when it ends; what
was missing is a sign of life *during* a stage, and one line rewritten with
``\\r`` does that without a new dependency (rich or tqdm would bring their
own rendering, width handling and threads for the same single line).

Quiet under ``--quiet`` and whenever stderr is not a terminal (a pipe, a
file, CI): nothing is written then, and :func:`step` costs a function call.
Forked workers (the parallel layout) may call :func:`step`: it does nothing
there; the parent's line names the work it handed them.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Callable

_state: dict = {"status": None, "quiet": False}


def configure(quiet: bool) -> None:
    """Set once by the command line: ``--quiet`` silences progress and notes."""
    _state["quiet"] = bool(quiet)


class Status:
    """The status line of one command (see the module's docstring)."""

    def __init__(self, command: str, stream=None, interval: float = 0.25) -> None:
        self.command = command
        self.stream = stream or sys.stderr
        self.interval = interval
        self.stage = ""
        self.detail = ""
        self.t0 = time.perf_counter()
        self.pid = os.getpid()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._shown = False

    def text(self) -> str:
        """The line as shown.

        >>> s = Status("build"); s.stage, s.detail = "reader", "seed (article)"
        >>> s.text().rsplit(" ", 2)[0]
        'build: reader — seed (article)'
        """
        what = self.stage + (f" — {self.detail}" if self.detail else "")
        return f"{self.command}: {what} {time.perf_counter() - self.t0:.1f} s"

    def show(self) -> None:
        line = self.text()
        try:
            width = os.get_terminal_size(self.stream.fileno()).columns
        except (OSError, ValueError, AttributeError):
            width = 80
        width = width if width >= 20 else 80
        if len(line) > width - 1:
            line = line[:width - 2] + "…"
        with self._lock, contextlib.suppress(OSError, ValueError):
            self.stream.write("\r\x1b[K" + line)
            self.stream.flush()
            self._shown = True

    def clear(self) -> None:
        """Remove the line (before a permanent line is printed, and at the end;
        in a forked worker always: the parent may have drawn it since)."""
        if self._shown or os.getpid() != self.pid:
            with self._lock, contextlib.suppress(OSError, ValueError):
                self.stream.write("\r\x1b[K")
                self.stream.flush()
                self._shown = False

    def _tick(self) -> None:
        while not self._stop.wait(self.interval):
            self.show()

    def start(self) -> Status:
        self._thread = threading.Thread(target=self._tick, name="coursepack-progress", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and os.getpid() == self.pid:
            self._thread.join()
        self.clear()


def enabled(stream=None) -> bool:
    """Progress is shown: not ``--quiet`` and stderr a terminal."""
    stream = stream or sys.stderr
    try:
        return not _state["quiet"] and stream.isatty()
    except (AttributeError, ValueError):
        return False


@contextlib.contextmanager
def activity(command: str, stage: str = "", stream=None):
    """Show the status line of ``command`` while the block runs (when
    :func:`enabled`); nested activities keep the outer line."""
    if _state["status"] is not None or not enabled(stream):
        if stage:
            step(stage)
        yield _state["status"]
        return
    status = Status(command, stream)
    status.stage = stage
    _state["status"] = status
    status.start()
    try:
        yield status
    finally:
        _state["status"] = None
        status.stop()


def step(stage: str | None = None, detail: str | None = None) -> None:
    """The stage (and the reading, or what within it) now under way.  A new
    stage clears the detail.  No-op when no status line is shown."""
    status = _state["status"]
    if status is None:
        return
    if stage is not None:
        status.stage, status.detail = stage, ""
    if os.getpid() != status.pid:      # a forked worker: the parent's line says it
        return
    if detail is not None:
        status.detail = detail


def say(line: str) -> None:
    """Print a permanent line through the status line (it is cleared first
    and comes back at the next tick)."""
    status = _state["status"]
    if status is not None:
        status.clear()
    print(line)


def note(line: str) -> None:
    """Tell the user, on stderr, about something slow that happens once
    (e.g. a word index made in the cache folder).  Silent under ``--quiet``."""
    if _state["quiet"]:
        return
    status = _state["status"]
    if status is not None:
        status.clear()
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr, flush=True)


@dataclass
class Timer:
    """The time of each named stage of a build: ``with timer("reader"): …``
    names the stage on the status line (:func:`step`), adds its time to
    ``times`` and prints it (unless quiet)."""

    say: Callable[[str], None]
    quiet: bool = False
    times: dict[str, float] = field(default_factory=dict)

    @contextlib.contextmanager
    def __call__(self, name: str):
        step(name)
        t0 = time.perf_counter()
        yield
        dt = time.perf_counter() - t0
        self.times[name] = self.times.get(name, 0.0) + dt
        if not self.quiet:
            self.say(f"  {name:<14} {dt * 1000:8.0f} ms")
