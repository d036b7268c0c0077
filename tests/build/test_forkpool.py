"""parallel.ForkPool: thunks in forked children, at most ``size`` at once,
first in first out; results (each yielded value as soon as it is made) and
exceptions come back to the parent; size 1 runs a thunk here, when its
result is asked."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from coursepack import parallel
from coursepack.errors import ContentError, Problem
from coursepack.parallel import ForkPool

ROOT = Path(__file__).resolve().parents[2]

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")


@contextlib.contextmanager
def deadline(seconds: float):
    """Fail instead of hanging: SIGALRM raises in the main thread."""
    def ring(_sig, _frame):
        raise TimeoutError(f"still waiting after {seconds} s")
    old = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def wait_for(path: Path, seconds: float = 10.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if path.exists():
            return True
        time.sleep(0.01)
    return False


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


class Refused(Exception):
    """An exception of the caller's own, with data of its own."""


# ------------------------------------------------------------ results


def test_results_come_back_in_submission_order_from_the_children():
    n = parallel.workers()
    pool = ForkPool(n)

    def slow_first(i):
        time.sleep(0.3 if i == 0 else 0.0)      # the first one finishes last
        return i, os.getpid(), [i] * i

    with deadline(20):
        try:
            jobs = [pool.submit(lambda i=i: slow_first(i)) for i in range(5)]
            # asked last first, and then in order: each job keeps its own answer
            last = pool.result(jobs[-1])
            out = [pool.result(j) for j in jobs]
        finally:
            pool.cancel()
    assert last == out[-1]
    assert [i for i, _pid, _ in out] == list(range(5))
    assert [data for _i, _pid, data in out] == [[i] * i for i in range(5)]
    pids = {pid for _i, pid, _ in out}
    if n > 1 and hasattr(os, "fork"):
        assert os.getpid() not in pids
        assert len(pids) == 5               # one child per thunk
    else:
        assert pids == {os.getpid()}


@needs_fork
def test_no_more_than_size_children_at_once_and_started_in_order(tmp_path):
    size, count, nap = 2, 6, 0.25
    pool = ForkPool(size)

    def work(i):
        start = time.time()
        time.sleep(nap)
        (tmp_path / f"{i}.txt").write_text(f"{start} {time.time()} {os.getpid()}")
        return i

    with deadline(30):
        try:
            jobs = [pool.submit(lambda i=i: work(i)) for i in range(count)]
            assert len(pool.running) <= size
            assert [pool.result(j) for j in jobs] == list(range(count))
        finally:
            pool.cancel()
    spans = []
    for i in range(count):
        start, end, pid = (tmp_path / f"{i}.txt").read_text().split()
        spans.append((float(start), float(end), int(pid)))
    # how many were running at each moment one of them started
    overlap = max(sum(1 for s, e, _ in spans if s <= t < e) for t, _, _ in spans)
    assert overlap == size
    starts = [s for s, _, _ in spans]
    for j, (start, _, _) in enumerate(spans):      # first in, first started: the j-th
        ended = [i for i, (_, end, _) in enumerate(spans) if end <= start]
        assert len(ended) >= j - size + 1           # waited for j - size + 1 to end,
        assert all(i < j for i in ended)            # all of them submitted before it
    assert len({pid for *_, pid in spans}) == count
    # with two at a time, six jobs of a quarter second each take three rounds
    assert max(e for _, e, _ in spans) - min(starts) >= (count // size) * nap * 0.95


@needs_fork
def test_a_generators_first_value_comes_before_it_finishes(tmp_path):
    go = tmp_path / "go"
    pool = ForkPool(2)

    def steps():
        yield ("first", os.getpid())
        # the second value waits for a file the parent makes after the first
        yield "saw the file" if wait_for(go, 10) else "timed out"
        yield "third"

    with deadline(30):
        try:
            job = pool.submit(steps)
            t0 = time.monotonic()
            first, pid = pool.result(job, 0)
            assert time.monotonic() - t0 < 5
            assert (first, go.exists()) == ("first", False)
            assert pid != os.getpid()
            go.touch()
            assert pool.result(job, 1) == "saw the file"
            assert pool.result(job, 2) == "third"
            assert pool.result(job, 0) == ("first", pid)     # asked again: the same
            with pytest.raises(RuntimeError):                # there is no fourth
                pool.result(job, 3)
        finally:
            pool.cancel()


# ------------------------------------------------------------ exceptions


@needs_fork
def test_an_exception_in_a_child_is_raised_in_the_parent_with_its_data():
    pool = ForkPool(2)

    def refuse():
        e = Refused("no such reading", 42)
        e.extra = {"slug": "week4", "pages": [1, 2]}
        raise e

    problems = [Problem("content/pack.yaml", 3, 5, "unknown key 'titel'"),
                Problem("content/readings/a/glossary.yaml", 12, 0, "no definition",
                        severity="warning")]

    def bad_content():
        raise ContentError(problems)

    def stops_midway():
        yield os.getpid()
        raise ValueError("after the first value")

    with deadline(20):
        try:
            a, b, c = pool.submit(refuse), pool.submit(bad_content), pool.submit(stops_midway)
            with pytest.raises(Refused) as e1:
                pool.result(a)
            with pytest.raises(ContentError) as e2:
                pool.result(b)
            assert pool.result(c, 0) != os.getpid()
            with pytest.raises(ValueError, match="after the first value"):
                pool.result(c, 1)
            with pytest.raises(Refused):           # asked again: raised again
                pool.result(a)
        finally:
            pool.cancel()
    assert e1.value.args == ("no such reading", 42)
    assert e1.value.extra == {"slug": "week4", "pages": [1, 2]}
    assert e2.value.problems == problems
    assert str(e2.value) == "\n".join(str(p) for p in problems)


def test_an_exception_is_raised_the_same_way_in_process():
    pool = ForkPool(1)

    def bad_content():
        raise ContentError(Problem("x.yaml", 1, 2, "bad"))

    job = pool.submit(bad_content)
    with pytest.raises(ContentError) as e:
        pool.result(job)
    assert e.value.problems == [Problem("x.yaml", 1, 2, "bad")]


@needs_fork
def test_a_child_that_dies_without_an_answer_is_an_error_not_a_hang():
    pool = ForkPool(2)

    def dies_after_one():
        yield "one"
        os._exit(0)

    with deadline(20):
        try:
            silent = pool.submit(lambda: os._exit(3))
            killed = pool.submit(lambda: os.kill(os.getpid(), signal.SIGKILL))
            half = pool.submit(dies_after_one)
            fine = pool.submit(lambda: "still works")
            with pytest.raises(RuntimeError):
                pool.result(silent)
            with pytest.raises(RuntimeError):
                pool.result(killed)
            assert pool.result(half, 0) == "one"
            with pytest.raises(RuntimeError):
                pool.result(half, 1)
            assert pool.result(fine) == "still works"    # the pool goes on
        finally:
            pool.cancel()


# ------------------------------------------------------------ cancel


@needs_fork
def test_cancel_leaves_no_child_alive_and_starts_no_more(tmp_path):
    pool = ForkPool(2)

    def sleeper(i):
        (tmp_path / f"{i}.pid").write_text(str(os.getpid()))
        time.sleep(60)
        return i

    with deadline(20):
        jobs = [pool.submit(lambda i=i: sleeper(i)) for i in range(3)]
        assert wait_for(tmp_path / "0.pid") and wait_for(tmp_path / "1.pid")
        pids = [int((tmp_path / f"{i}.pid").read_text()) for i in range(2)]
        assert all(alive(p) for p in pids)
        t0 = time.monotonic()
        pool.cancel()
        assert time.monotonic() - t0 < 5
    assert not any(alive(p) for p in pids)
    for p in pids:      # reaped, not left as zombies
        with pytest.raises(ChildProcessError):
            os.waitpid(p, os.WNOHANG)
    assert pool.running == [] and not pool.waiting
    time.sleep(0.2)
    assert not (tmp_path / "2.pid").exists()     # the queued one never started
    del jobs


# ------------------------------------------------------------ size 1


def test_size_one_runs_in_this_process_and_only_when_asked(tmp_path):
    ran: list[str] = []
    pool = ForkPool(1)

    def thunk(name):
        ran.append(name)
        return name, os.getpid()

    def steps():
        ran.append("g1")
        yield 1
        ran.append("g2")
        yield 2

    a = pool.submit(lambda: thunk("a"))
    b = pool.submit(lambda: thunk("b"))
    g = pool.submit(steps)
    assert ran == []                         # nothing before its result is asked
    assert pool.result(b) == ("b", os.getpid())
    assert ran == ["b"]                      # only the one asked for
    assert pool.result(b) == ("b", os.getpid())
    assert ran == ["b"]                      # and only once
    assert pool.result(g, 0) == 1
    assert ran == ["b", "g1"]                # a generator: up to the value asked
    assert pool.result(g, 1) == 2
    assert pool.result(a) == ("a", os.getpid())
    assert ran == ["b", "g1", "g2", "a"]
    with pytest.raises(RuntimeError):
        pool.result(g, 2)
    assert pool.running == []


# ------------------------------------------------------------ printing


def run_script(body: str, *, unbuffered: bool) -> subprocess.CompletedProcess:
    """Run ``body`` in a new Python with stdout and stderr captured (pipes:
    block-buffered, unless ``unbuffered``)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-c", textwrap.dedent(body)], capture_output=True,
                          text=True, env=env, timeout=60, cwd=ROOT)


CHILD_PRINTS = """
    import sys
    from coursepack.parallel import ForkPool

    def talk():
        print("said by the child")
        sys.stderr.write("warned by the child\\n")
        return 7

    pool = ForkPool(2)
    print("result", pool.result(pool.submit(talk)))
    """


@needs_fork
@pytest.mark.parametrize("unbuffered", [False, True])
def test_what_a_child_prints_gets_out(unbuffered):
    done = run_script(CHILD_PRINTS, unbuffered=unbuffered)
    assert done.returncode == 0, done.stderr
    # (in either order: the child flushes after it has sent its result)
    assert sorted(done.stdout.splitlines()) == ["result 7", "said by the child"]
    assert done.stderr.splitlines() == ["warned by the child"]


PARENT_PRINTS_FIRST = """
    import sys
    from coursepack.parallel import ForkPool

    print("said by the parent before")
    sys.stderr.write("warned by the parent before\\n")
    pool = ForkPool(2)
    jobs = [pool.submit(lambda i=i: i) for i in range(3)]
    print("results", [pool.result(j) for j in jobs])
    """


@needs_fork
def test_what_the_parent_printed_before_a_fork_comes_out_once():
    done = run_script(PARENT_PRINTS_FIRST, unbuffered=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["said by the parent before", "results [0, 1, 2]"]
    assert done.stderr.splitlines() == ["warned by the parent before"]


# ------------------------------------------------------------ make.gather_warm


def test_gather_warm_raises_the_workers_content_error_with_its_problems(tmp_path, monkeypatch):
    """The content is gathered in a worker process: its problems reach the
    caller as they would from :func:`edition.gather` in this process."""
    from coursepack.build import start_gathering
    from coursepack.edition import gather
    from coursepack.make import gather_warm
    from coursepack.progress import Timer
    from coursepack.render.env import Renderer
    from tests.build.conftest import make_project

    root = make_project(tmp_path / "proj")
    (root / "content" / "pack.yaml").write_text(
        "titel: Test course\nreadings:\n  - slug: lighthouses\n  - slug: nowhere\n",
        encoding="utf-8")
    with pytest.raises(ContentError) as here:
        gather(root)
    assert len(here.value.problems) >= 2        # the misspelt key and the missing title
    with deadline(60):
        with pytest.raises(ContentError) as there:
            timer = Timer(say=lambda s: None, quiet=True)
            gather_warm(root, timer, None, Renderer(root), None,
                        start_gathering(root, root / "build", timer))
    assert there.value.problems == here.value.problems
    assert all(isinstance(p, Problem) for p in there.value.problems)
