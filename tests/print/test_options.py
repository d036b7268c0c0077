"""Output options on a small invented reading: US Letter paper, and parts
that do not have to start on a right-hand page."""

from __future__ import annotations

import pytest

from coursepack.render.reader import PageIndex, render_reader
from coursepack.render.env import Renderer
from tests.conftest import ROOT
from tests.modelfactory import make_pack, make_reading
from tests.pdfcheck import Pdf
from tests.print.pdftools import MM, words


def render(**output):
    r = make_reading(sections=3, paras=4, seed=3)
    cfg, pack = make_pack(ROOT, [r], **output)
    res = render_reader(Renderer(ROOT), cfg, pack, profile="office", index=PageIndex())
    return r, res.pdf


@pytest.fixture(scope="module")
def letter_free():
    return render(paper="letter", right_hand_starts=False)


@pytest.fixture(scope="module")
def a4_right():
    return render(paper="a4", right_hand_starts=True, right_hand_back_matter=True)


@pytest.fixture(scope="module")
def a4_default():
    return render(paper="a4")


def test_letter_paper(letter_free):
    _, data = letter_free
    page = Pdf(data).reader.pages[0]
    assert round(float(page.mediabox.width) / 72, 2) == 8.5
    assert round(float(page.mediabox.height) / 72, 2) == 11


def test_right_hand_starts_make_blank_pages_only_when_asked(letter_free, a4_right):
    """With right-hand starts, every part begins on an odd page and the
    blank pages this needs are there; without, no page is blank."""
    r, data = a4_right
    pdf = Pdf(data)
    for anchor in ("start", "bibliography", "glossary", "questions", "editorial"):
        key = f"{r.slug}--{anchor}"
        if key in pdf.dests:
            assert pdf.dests[key] % 2 == 0, anchor
    assert any(not p.words for p in words(data)), "this reading needs no blank page: no test"
    _, free = letter_free
    assert all(p.words for p in words(free)), "blank page without right-hand starts"


def test_by_default_only_the_reading_starts_on_a_right_hand_page(a4_default, a4_right):
    """The default: the reading begins on a right-hand page, each part of
    its back matter on a new page of either side, so fewer pages are blank
    than with ``right_hand_back_matter``."""
    r, data = a4_default
    pdf = Pdf(data)
    assert pdf.dests[f"{r.slug}--start"] % 2 == 0
    parts = [pdf.dests[f"{r.slug}--{a}"] for a in ("bibliography", "glossary", "questions",
                                                   "editorial") if f"{r.slug}--{a}" in pdf.dests]
    assert len(parts) >= 2 and parts == sorted(set(parts)), parts   # each on a page of its own
    assert any(p % 2 == 1 for p in parts), "no part on a left-hand page: no test"
    pages = words(data)
    blank = [i for i, p in enumerate(pages) if not p.words]
    assert all(i < pdf.dests[f"{r.slug}--start"] for i in blank), blank  # only the front's pad
    assert len(blank) < sum(not p.words for p in words(a4_right[1]))


def test_letter_text_block_stays_in_the_margins(letter_free):
    _, data = letter_free
    for i, page in enumerate(words(data)):
        right = i % 2 == 0
        x0 = (42 if right else 34) * MM
        x1 = page.width - (34 if right else 42) * MM
        for w in page.words:
            if 24 * MM < w.y0 and w.y1 < page.height - 28 * MM:
                assert x0 - 0.6 <= w.x0 and w.x1 <= x1 + 0.6, (i + 1, w.text)
