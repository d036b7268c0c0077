#!/usr/bin/env python3
"""ForkPool against concurrent.futures with a fork context, on what the
build asks of its workers (issue 20: keep the hand-made pool only where it
measurably beats the standard one).

    python3 benchmarks/forkpool.py [--runs 5]

A reader segment's job is a closure over this process's state as it is when
the job starts: the warmed-up renderer (WeasyPrint loaded, stylesheets
parsed, fonts found) and the HTML of the chain so far.  ForkPool forks a
child per job, which inherits that state.  A ProcessPoolExecutor sends each
job through a pipe: the closure cannot be pickled, and the renderer holds a
font configuration that cannot be pickled either, so each of its worker
processes must load WeasyPrint and warm a renderer of its own, and the
job's HTML goes through pickle.  Measured here, in fresh processes:

* the first layout of a segment in a worker: ForkPool (inherits the warm
  renderer) against a ProcessPoolExecutor worker (warms its own);
* the overhead of a trivial job (fork + pipe against the executor's queue).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coursepack import parallel  # noqa: E402
from coursepack.render.env import Renderer  # noqa: E402
from coursepack.render.reader import PAPER_CSS, reader_css  # noqa: E402

HTML = ("<html lang='en'><body>" + "".join(
    f"<h2>Section {k}</h2><p style='hyphens: auto'>" + "The harbour board of Kestrel Bay kept "
    "three lighthouses in good order for a century. " * 12 + "</p>" for k in range(12))
        + "</body></html>")
CSS = reader_css("office")
_RENDERER: Renderer | None = None


def _lay_out_here() -> int:
    """A segment laid out and written in this process with its renderer
    (warmed here first when this process has none: a pool worker)."""
    global _RENDERER
    if _RENDERER is None:
        _RENDERER = Renderer(ROOT)
        _RENDERER.warm_up(CSS, PAPER_CSS["a4"])
    doc = _RENDERER.layout(HTML, CSS, PAPER_CSS["a4"])
    return len(_RENDERER.pdf(doc))


def _nothing() -> int:
    return 1


def forkpool(thunk) -> float:
    t = time.perf_counter()
    pool = parallel.ForkPool(2)
    try:
        pool.result(pool.submit(thunk))
    finally:
        pool.cancel()
    return time.perf_counter() - t


def executor(fn) -> float:
    t = time.perf_counter()
    with concurrent.futures.ProcessPoolExecutor(
            1, mp_context=multiprocessing.get_context("fork")) as ex:
        ex.submit(fn).result()
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    global _RENDERER
    _RENDERER = Renderer(ROOT)
    _RENDERER.warm_up(CSS, PAPER_CSS["a4"])       # the build warms up before its layouts
    warm = _RENDERER
    rows = {}
    for name, run in (("trivial job, ForkPool", lambda: forkpool(_nothing)),
                      ("trivial job, ProcessPoolExecutor(fork)", lambda: executor(_nothing)),
                      ("segment layout, ForkPool (inherits the warm renderer)",
                       lambda: forkpool(_lay_out_here)),
                      ("segment layout, ProcessPoolExecutor(fork), worker warms its own",
                       lambda: executor(_lay_out_here))):
        times = []
        for _ in range(args.runs):
            # an executor worker forked after this line must warm its own
            # renderer (a real one could not be sent to it: see above)
            _RENDERER = warm if "ForkPool" in name else None
            times.append(run())
        _RENDERER = warm
        rows[name] = statistics.median(times)
    print(f"median of {args.runs}, {os.cpu_count()} cores")
    for name, t in rows.items():
        print(f"  {name:<68} {t * 1000:8.1f} ms")
    try:
        import pickle
        pickle.dumps(warm)
        print("  the warm renderer pickles")
    except Exception as e:  # noqa: BLE001
        print(f"  the warm renderer cannot be pickled: {type(e).__name__}: {str(e)[:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
