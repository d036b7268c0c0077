"""The reader's plan of sides and empty pages, without WeasyPrint: every
segment that must start on a right-hand page does, page numbers run on."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from coursepack.render.reader import front_pad, segment_start


def plan(front: int, right: bool, segments: list[int]) -> list[tuple[int, bool]]:
    """(first page, 1-based in the whole reader; lead) of each segment of
    ``segments`` pages, as render_reader places them."""
    pad, n, out = front_pad(front, right), 0, []
    for pages in segments:
        blank, lead = segment_start(front + pad + n, right)
        n += blank
        out.append((front + pad + n + 1, lead))
        n += pages
    return out


@given(st.integers(0, 9), st.lists(st.integers(1, 9), max_size=8))
def test_right_hand_starts(front, segments):
    for first, lead in plan(front, True, segments):
        assert first % 2 == 1 and not lead      # odd pages are right-hand pages


@given(st.integers(0, 9), st.lists(st.integers(1, 9), max_size=8))
def test_without_right_hand_starts_no_page_is_left_empty(front, segments):
    places = plan(front, False, segments)
    expected = front + 1
    for (first, lead), pages in zip(places, segments):
        assert first == expected
        assert lead == (first % 2 == 0)     # a left-hand start: laid out with a dropped page
        expected += pages


def test_an_odd_front_matter_is_padded_only_for_right_hand_starts():
    assert plan(3, True, [2, 3, 1]) == [(5, False), (7, False), (11, False)]
    assert plan(3, False, [2, 3, 1]) == [(4, True), (6, True), (9, False)]


def mixed_plan(front: int, readings: list[list[int]]) -> list[tuple[int, bool, bool]]:
    """(first page, lead, needs a right-hand page) of each segment, as
    render_reader places them by default: each reading (its article, the
    first of its list of page counts) on a right-hand page, its back-matter
    parts (the rest) on the next page of either side."""
    pad, n, out = front_pad(front, True), 0, []
    for segments in readings:
        for i, pages in enumerate(segments):
            blank, lead = segment_start(front + pad + n, i == 0)
            n += blank
            out.append((front + pad + n + 1, lead, i == 0))
            n += pages
    return out


@given(st.integers(0, 9), st.lists(st.lists(st.integers(1, 9), min_size=1, max_size=5),
                                   max_size=5))
def test_readings_on_right_hand_pages_parts_on_the_next_page(front, readings):
    places = mixed_plan(front, readings)
    sizes = [p for segments in readings for p in segments]
    expected = None
    for (first, lead, right), pages in zip(places, sizes):
        if right:
            assert first % 2 == 1 and not lead
        else:       # no empty page before a part; a left-hand one is laid out after a dropped page
            assert first == expected and lead == (first % 2 == 0)
        expected = first + pages


def test_parts_waste_no_page_where_right_hand_parts_would():
    # an article of 3 pages, then parts of 1, 1 and 2 pages: 3 empty pages before, none now
    assert mixed_plan(4, [[3, 1, 1, 2]]) == [(5, False, True), (8, True, False),
                                             (9, False, False), (10, True, False)]
    assert plan(4, True, [3, 1, 1, 2]) == [(5, False), (9, False), (11, False), (13, False)]
