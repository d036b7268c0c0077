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
