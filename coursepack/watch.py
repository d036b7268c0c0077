"""``python build.py watch``: rebuild on save.

Polls the inputs (``content/``, ``templates/``, ``styles/``) twice a second
by size and modification time, waits for a quiet moment (an editor often
writes a file in several steps), says which files changed, rebuilds, and says
how long the rebuild took.  The build writes nothing until everything is
made, so a build that fails (a typo in a YAML file, say) reports its problems
and leaves the previous PDFs as they were; the next save tries again.
Everything stays imported between builds, so WeasyPrint is loaded once.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from .cache import INPUT_DIRS, _files
from .errors import ContentError
from .progress import activity
from .build import build
from .render.reader import keep_layouts


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    out = {}
    for d in INPUT_DIRS:
        for p in _files(root / d):
            try:
                st = p.stat()
            except OSError:
                continue
            out[str(p.relative_to(root))] = (st.st_size, st.st_mtime_ns)
    return out


def changed(before: dict, after: dict) -> list[str]:
    """Files added, removed or modified between two snapshots.

    >>> changed({"a": (1, 1), "b": (2, 2)}, {"a": (1, 5), "c": (3, 3)})
    ['a (modified)', 'b (removed)', 'c (added)']
    """
    out = []
    for k in sorted(set(before) | set(after)):
        if k not in after:
            out.append(f"{k} (removed)")
        elif k not in before:
            out.append(f"{k} (added)")
        elif before[k] != after[k]:
            out.append(f"{k} (modified)")
    return out


KEEP_LAYOUTS = 16     # tagged (screen) segment layouts kept between rebuilds (a few MB each)


def watch(root: Path, opts, *, poll: float = 0.5, settle: float = 0.3,
          stop: threading.Event | None = None, max_builds: int | None = None) -> int:
    """Build now, then after every change, until ``stop`` is set, Ctrl-C,
    or ``max_builds`` builds.  Returns the number of builds run."""
    # every rebuild lays out only the reader's segments whose HTML changed
    # (they are kept in build/); the screen profile's tagged PDF is written
    # from laid-out pages, so its segment layouts stay in memory instead
    keep_layouts(KEEP_LAYOUTS)
    root = Path(root).resolve()
    say = opts.say
    stop = stop or threading.Event()
    builds = 0

    def one(reason: list[str]) -> None:
        nonlocal builds
        builds += 1
        if reason:
            shown = ", ".join(reason[:5]) + (f" and {len(reason) - 5} more" if len(reason) > 5 else "")
            say(f"changed: {shown}")
        t0 = time.perf_counter()
        try:
            with activity("watch", "build" if builds == 1 else "rebuild"):
                res = build(root, opts)
        except ContentError as e:
            for p in e.problems:
                say(str(p))
            say(f"build failed ({len(e.problems)} problem(s)); the previous outputs are kept. "
                "Waiting for the next change…")
            return
        except Exception as e:  # noqa: BLE001 - keep watching after an internal error
            say(f"internal error: {type(e).__name__}: {e}; the previous outputs are kept")
            return
        dt = time.perf_counter() - t0
        if res.up_to_date:
            say(f"up to date ({dt:.2f} s)")
        else:
            say(f"rebuilt in {dt:.2f} s: " + ", ".join(f"{n} ({p} pages)"
                                                    for n, p in sorted(res.pages.items())))

    state = snapshot(root)
    one([])
    say("watching content/, templates/ and styles/ — Ctrl-C to stop")
    try:
        while not stop.is_set() and (max_builds is None or builds < max_builds):
            if stop.wait(poll):
                break
            now = snapshot(root)
            if now == state:
                continue
            # wait until the files stop changing (editors save in steps)
            while True:
                if stop.wait(settle):
                    break
                again = snapshot(root)
                if again == now:
                    break
                now = again
            diff = changed(state, now)
            state = now
            one(diff)
    except KeyboardInterrupt:
        say("stopped")
    return builds
