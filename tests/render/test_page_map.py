"""The layout's page numbers reach the model in one place: the reader's
layout returns a page map, the templates read it through views, and the
build applies it once (``make.apply_pages``)."""

from __future__ import annotations

import json

import pytest

from coursepack import model
from coursepack.render import pages as pagemod
from coursepack.render.env import Renderer
from coursepack.render.pages import apply_page_map, ordered, paged, reading_pages
from coursepack.render.reader import PageIndex, render_reader
from tests.modelfactory import make_pack, make_reading

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


class _Layout:
    def __init__(self, numbers: dict[str, int]):
        self.numbers = numbers

    def number(self, anchor: str):
        return self.numbers.get(anchor)


def _snapshot(pack: model.Pack) -> str:
    return json.dumps([model.to_json(r) for r in pack.readings], sort_keys=True)


def test_reading_pages_from_a_layout():
    r = make_reading(sections=2, paras=3)
    a = r.glossary[0].anchors
    got = reading_pages(r, _Layout({a[0]: 3, a[-1]: 5, "s1-p3": 2, "s2-p3": 4, "s1-p1": 1}))
    assert got[f"{r.slug}:g:harbour-council"] == sorted({3, 5})
    assert got[f"{r.slug}:q:q1"] == [2] and got[f"{r.slug}:q:q2"] == [4]
    assert got[f"{r.slug}:t:e1"] == [1]
    assert f"{r.slug}:gs:harbour-council" not in got     # no drafted source


def test_views_read_the_map_and_leave_the_model_alone():
    r = make_reading(sections=2, paras=3)
    _, pack = make_pack(ROOT, [r])
    before = _snapshot(pack)
    pages: dict = {}
    view = paged(r, pages)
    assert view.glossary[0].pages == [] and view.slug == r.slug
    pages[f"{r.slug}:q:q2"] = [7]       # found later in the layout: the view shows it
    assert [q.pages for q in view.questions] == [[], [7]]
    assert view.questions[1].text == r.questions[1].text
    assert _snapshot(pack) == before


def test_apply_page_map_fills_every_item():
    r = make_reading(sections=2, paras=3)
    _, pack = make_pack(ROOT, [r])
    r.questions[0].pages = [99]         # stale: the map has nothing for it
    apply_page_map(pack, {f"{r.slug}:g:harbour-council": [2, 3], f"{r.slug}:t:e1": [1]})
    assert r.glossary[0].pages == [2, 3] and r.timeline[0].pages == [1]
    assert r.questions[0].pages == [] and r.glossary[0].source_pages == []
    assert list(ordered(pack, {})) == [f"{r.slug}:g:harbour-council", f"{r.slug}:q:q1",
                                       f"{r.slug}:q:q2", f"{r.slug}:t:e1"]


@pytest.mark.slow
def test_rendering_does_not_write_into_the_model():
    r = make_reading(sections=3, paras=6, seed=2)
    cfg, pack = make_pack(ROOT, [r])
    before = _snapshot(pack)
    index = PageIndex()
    res = render_reader(Renderer(ROOT), cfg, pack, profile="office", index=index)
    assert _snapshot(pack) == before                   # no page number written into the model
    assert r.glossary[0].pages == [] and all(q.pages == [] for q in r.questions)
    term = res.page_map[f"{r.slug}:g:harbour-council"]
    assert term and term == sorted({index.number(r.slug, a) for a in r.glossary[0].anchors})
    assert all(res.page_map[f"{r.slug}:q:{q.id}"] for q in r.questions)
    assert res.state["refs"] == res.page_map           # the next build's HTML check reads it
    apply_page_map(pack, res.page_map)
    assert r.glossary[0].pages == term


@pytest.mark.slow
def test_the_build_applies_the_page_map_once(monkeypatch, tmp_path):
    from coursepack import build as buildmod, make as makemod
    from tests.build.conftest import make_project
    project = make_project(tmp_path / "proj")
    calls = []

    def counting(pack, page_map):
        calls.append(dict(page_map))
        return apply_page_map(pack, page_map)

    monkeypatch.setattr(makemod, "apply_page_map", counting)
    monkeypatch.setattr(pagemod, "apply_page_map", counting)
    out = tmp_path / "out"
    buildmod.build(project, buildmod.Options(out=out, quiet=True, say=lambda s: None))
    assert len(calls) == 1
    edition = json.loads((out / "lighthouses" / "edition.json").read_text(encoding="utf-8"))
    printed = {f"lighthouses:g:{t['id']}": t["pages"] for t in edition["reading"]["glossary"]}
    assert printed and any(printed.values())
    assert printed == {k: v for k, v in calls[0].items() if k in printed}
