"""The readings of a pack gathered on all cores (``build.start_gathering``,
``make.gather_split``, ``parallel.beside_all``): the same editions, in the
order of pack.yaml, as one process gathers them; a problem in any reading is
reported with the problems of every other reading, as ``edition.gather``
reports them."""

from __future__ import annotations

import os
import shutil

import pytest

from coursepack import build, make, model, parallel
from coursepack.content import load_pack
from coursepack.edition import gather
from coursepack.errors import ContentError
from coursepack.progress import Timer
from tests.packs.project import FIXTURES, make_project

SLUGS = ["first", "second", "third"]


def _project(tmp_path):
    """Three copies of the Markdown fixture reading, each with its own title."""
    root = make_project(tmp_path, seed=False, pack="title: Split\nreadings:\n" + "".join(
        f"  - slug: {s}\n" for s in SLUGS))
    for s in SLUGS:
        folder = root / "content" / "readings" / s
        shutil.copytree(FIXTURES / "readings" / "reading-in-practice", folder)
        meta = folder / "reading.yaml"
        meta.write_text(meta.read_text(encoding="utf-8").replace(
            'title: "Reading an argument', f'title: "{s.title()}: reading an argument', 1),
            encoding="utf-8")
    return root


def _quiet():
    return Timer(say=lambda s: None, quiet=True)


def test_beside_all_gives_every_result_in_order_each_from_a_worker():
    here = []
    out = parallel.beside_all([lambda i=i: (i, os.getpid()) for i in range(3)],
                              lambda: here.append(os.getpid()))
    assert [i for i, _ in out] == [0, 1, 2]
    if parallel.spare_core():
        assert here == [os.getpid()]
        assert all(pid != os.getpid() for _, pid in out)
        assert len({pid for _, pid in out}) == 3
    else:                   # one core: the jobs here, nothing beside them
        assert here == [] and all(pid == os.getpid() for _, pid in out)


def _split(root, timer, warm):
    """``make.gather_split`` as the build runs it; on one core, one gathering."""
    gathering = build.start_gathering(root, root / "build", timer)
    if gathering is None:
        return gather(root, timer, None)
    return make.gather_split(root, timer, None, gathering.cfg, warm, gathering.started)


def test_a_split_gathering_gives_the_editions_of_one_gathering(tmp_path):
    root = _project(tmp_path)
    warmed = []
    cfg = load_pack(root)
    timer = _quiet()
    got_cfg, pack, editions = _split(root, timer, lambda: warmed.append(1))
    _, pack1, editions1 = gather(root, _quiet(), None)
    assert [e.reading.slug for e in editions] == SLUGS
    assert pack.readings == [e.reading for e in editions]
    assert [model.to_json(e.reading) for e in editions] == \
        [model.to_json(e.reading) for e in editions1]
    assert pack.title == pack1.title == "Split" and got_cfg.readings == cfg.readings
    assert timer.times.get("read", -1) >= 0       # the workers' times, added up
    assert warmed == ([1] if parallel.spare_core() else [])


def test_a_problem_in_one_share_is_reported_with_the_others(tmp_path):
    root = _project(tmp_path)
    for s in ("first", "second"):   # one in each share when split in two (every other reading)
        (root / "content" / "readings" / s / "glossary.yaml").write_text(
            "- term: x\n  defintion: y\n", encoding="utf-8")
    with pytest.raises(ContentError) as split:
        _split(root, _quiet(), lambda: None)
    with pytest.raises(ContentError) as one:
        gather(root, _quiet(), None)
    assert [str(p) for p in split.value.problems] == [str(p) for p in one.value.problems]
    assert {p.path.split("/")[2] for p in split.value.problems} >= {"first", "second"}
