"""Jobs made beside the main work as their arguments become known (the
handouts beside the reader: each as soon as its reading's pages are known),
in a worker process, one batch at a time; the rest at the end."""

import os

import pytest

from coursepack.parallel import AsReady, alongside, beside, spare_core, workers

KEYS = ["r0", "r1", "r2", "r3"]


def test_each_job_gets_its_own_argument_and_comes_back_in_key_order():
    def make(key, span):
        return (key, tuple(span), os.getpid())

    h = AsReady(make, KEYS, missing=(0, 0))
    h.ready("r2", (9, 12))          # out of order: readings may finish in any order
    h.ready("r0", (1, 4))
    h.ready("r1", (5, 8))
    out = h.results()               # r3 never reported: made at the end, without pages
    assert list(out) == ["r0", "r1", "r2", "r3"]
    assert [(s, span) for s, span, _ in out.values()] == [
        ("r0", (1, 4)), ("r1", (5, 8)), ("r2", (9, 12)), ("r3", (0, 0))]
    if workers() > 1:       # the reported ones were made in worker processes
        assert all(out[s][2] != os.getpid() for s in ("r0", "r1", "r2"))


def test_a_cancelled_batch_leaves_nothing_running():
    h = AsReady(lambda key, span: key, KEYS[:2])
    h.ready("r0", (1, 2))
    h.cancel()
    assert h.running is None
    assert h.results() == {"r0": "r0", "r1": "r1"}     # made again at the end


def test_beside_computes_the_job_in_a_worker_while_this_process_works():
    here = []
    pid = beside(os.getpid, lambda: here.append(os.getpid()))
    if spare_core():
        assert pid != os.getpid() and here == [os.getpid()]
    else:                   # one core: the job here, nothing beside it
        assert pid == os.getpid() and here == []


def test_alongside_runs_the_first_job_here_and_stops_the_rest_on_an_error():
    out = alongside({"a": os.getpid, "b": os.getpid, "c": os.getpid})
    assert list(out) == ["a", "b", "c"] and out["a"] == os.getpid()
    if spare_core():
        assert out["b"] != os.getpid() and out["c"] != os.getpid()

    class Told:
        cancelled = False

        def cancel(self):
            self.cancelled = True

    def fails():
        raise ValueError("first job")
    told = Told()
    with pytest.raises(ValueError):
        alongside({"a": fails, "b": lambda: 1}, stop=[told])
    assert told.cancelled


def test_a_job_started_on_a_guess_is_made_again_when_told_another_argument():
    made = []

    def make(key, arg):
        made.append((key, arg))         # (in this process only on one core)
        return (key, arg, os.getpid())

    h = AsReady(make, KEYS[:3])
    h.guess("r0", (1, 4))       # right: kept
    h.guess("r1", (5, 8))       # wrong: made again
    h.ready("r1", (5, 9))
    h.ready("r0", (1, 4))
    h.tell("r2", (10, 12))      # told without starting: made at the end
    h.guess("r2", (0, 0))       # a guess after it was told is ignored
    out = h.results()
    assert [(k, arg) for k, arg, _ in out.values()] == [
        ("r0", (1, 4)), ("r1", (5, 9)), ("r2", (10, 12))]
    if workers() == 1:          # everything made here: the guess of r0 once, r1 twice
        assert made.count(("r0", (1, 4))) == 1 and ("r1", (5, 8)) in made
