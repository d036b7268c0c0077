"""The handouts made beside the reader: each as soon as its reading's pages
are known, in a worker process, one batch at a time; the rest at the end."""

import os

from coursepack import model
from coursepack.make import Handouts
from coursepack.parallel import workers


def readings(n):
    return [model.Reading(slug=f"r{i}", meta=model.Metadata(title=f"R{i}")) for i in range(n)]


def test_each_handout_gets_its_own_span_and_comes_back_in_reading_order():
    rs = readings(4)
    pack = model.Pack(title="P", readings=rs)

    def make(r, span):
        return (r.slug, tuple(span), os.getpid())

    h = Handouts(make, pack)
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
    rs = readings(2)
    h = Handouts(lambda r, span: r.slug, model.Pack(title="P", readings=rs))
    h.ready("r0", (1, 2))
    h.cancel()
    assert h.running is None
    assert h.results() == {"r0": "r0", "r1": "r1"}     # made again at the end
