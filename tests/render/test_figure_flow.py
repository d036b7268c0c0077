"""A figure too tall for the rest of its page goes to the next page; the
paragraph after it then fills the page it left (render.reader.pushed_figures,
flowed), as a page float would."""

from __future__ import annotations

from coursepack import model
from coursepack.pdf.join import Laid
from coursepack.render.reader import DEFER, flowed, pushed_figures


def reading() -> model.Reading:
    fig = model.Figure(label="Figure 1", page=3, image="f.png")
    blocks = [model.Block("p1", [model.Text("a")]), model.Block("f1", [], "figure", figure=fig),
              model.Block("p2", [model.Text("b")]), model.Block("p3", [model.Text("c")])]
    return model.Reading(slug="r", meta=model.Metadata(title="T"),
                         sections=[model.Section("s1", "", blocks)])


def laid(end_y: float, fig_page: int = 1, notes: dict | None = None) -> Laid:
    targets = {"r--start": [0, 0, 770], "r--end-p1": [0, 100, end_y], "r--f1": [fig_page, 0, 770]}
    targets.update(notes or {})
    return Laid(pages=2, anchors={k: v[0] for k, v in targets.items()}, targets=targets)


def test_a_figure_that_left_half_a_page_empty_is_deferred():
    assert pushed_figures(reading(), laid(end_y=450)) == {DEFER + "r--f1#1"}


def test_a_figure_after_a_full_page_or_on_the_same_page_stays():
    assert pushed_figures(reading(), laid(end_y=150)) == set()
    assert pushed_figures(reading(), laid(end_y=450, fig_page=0)) == set()


def test_the_notes_at_the_page_foot_are_not_empty_space():
    assert pushed_figures(reading(), laid(end_y=450, notes={"r--note-1": [0, 0, 400]})) == set()


def ids(sections) -> list[list[str]]:
    return [[b.id for b in blocks] for blocks in sections]


def test_a_deferred_figure_prints_after_the_next_paragraph():
    secs = reading().sections
    assert ids(flowed(secs, "r", set())) == [["p1", "f1", "p2", "p3"]]
    assert ids(flowed(secs, "r", {DEFER + "r--f1#1"})) == [["p1", "p2", "f1", "p3"]]
    assert ids(flowed(secs, "r", {DEFER + "r--f1#1", DEFER + "r--f1#2"})) == \
        [["p1", "p2", "p3", "f1"]]


def test_a_figure_at_the_end_of_its_section_moves_into_the_next():
    secs = reading().sections
    secs.append(model.Section("s2", "Next", [secs[0].blocks.pop()]))
    secs[0].blocks.append(model.Block("p4", [model.Text("d")]))
    secs[0].blocks.remove(secs[0].blocks[2])        # p1 f1 p4 | p3
    assert ids(flowed(secs, "r", {DEFER + "r--f1#1"})) == [["p1", "p4", "f1"], ["p3"]]
    assert ids(flowed(secs, "r", {DEFER + "r--f1#2"})) == [["p1", "p4"], ["p3", "f1"]]


def test_a_figure_moved_once_is_moved_again_when_the_gap_stays():
    r = reading()
    breaks = {DEFER + "r--f1#1"}    # printed p1 p2 f1 p3: p2's end on page 0, f1 on page 1
    targets = {"r--start": [0, 0, 770], "r--end-p2": [0, 100, 450], "r--f1": [1, 0, 770]}
    moved = Laid(pages=2, anchors={k: v[0] for k, v in targets.items()}, targets=targets)
    assert pushed_figures(r, moved, breaks) == {DEFER + "r--f1#2"}
