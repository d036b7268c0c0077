"""The page: nothing outside the text block, page numbers outside and
equal to the PDF's page labels, blank pages truly blank, running heads on
one line, right-hand starts, metadata."""

from __future__ import annotations

import re

import pytest

from coursepack.render.env import roman
from tests.print.pdftools import MM, words

# styles/reader.css: margins top, outer, bottom, inner (right-hand pages have
# the inner margin on the left); A4 portrait
TOP, BOTTOM, INNER, OUTER = 24 * MM, 28 * MM, 42 * MM, 34 * MM
SLACK = 0.6    # points: rounding of glyph boxes


@pytest.fixture(scope="module")
def pages(seed_build):
    return words((seed_build.out / "reader.pdf").read_bytes())


def block(page, index):
    """The text block (x0, y0, x1, y1) of the page with 0-based ``index``:
    page 1 is a right-hand page."""
    right = index % 2 == 0
    x0 = INNER if right else OUTER
    x1 = page.width - (OUTER if right else INNER)
    return x0, TOP, x1, page.height - BOTTOM


def test_nothing_runs_past_the_text_block(pages):
    """Every word of the body sits inside the text block; only the margin
    boxes (running heads, page numbers: above or below the block) are
    outside it, and they stay on the page."""
    bad = []
    for i, page in enumerate(pages):
        x0, y0, x1, y1 = block(page, i)
        for w in page.words:
            in_margin = w.y1 <= y0 + SLACK or w.y0 >= y1 - SLACK
            if in_margin:
                ok = 0 <= w.x0 and w.x1 <= page.width and 0 <= w.y0 and w.y1 <= page.height
            else:
                ok = w.x0 >= x0 - SLACK and w.x1 <= x1 + SLACK
            if not ok:
                bad.append((i + 1, w.text, round(w.x0 / MM, 1), round(w.x1 / MM, 1)))
    assert not bad, bad[:20]


def test_text_block_is_used(pages):
    """The check above is not empty: body lines reach both edges of the block
    (justified text) on body pages."""
    i = next(i for i, p in enumerate(pages) if i > 4 and len(p.words) > 300)
    x0, _, x1, _ = block(pages[i], i)
    assert min(w.x0 for w in pages[i].words) == pytest.approx(x0, abs=1.5)
    assert max(w.x1 for w in pages[i].words) == pytest.approx(x1, abs=1.5)


def margin_words(page):
    return [w for w in page.words if w.y1 <= TOP + SLACK or w.y0 >= page.height - BOTTOM - SLACK]


def test_printed_numbers_are_the_page_labels_and_sit_outside(seed_build, pages):
    labels = seed_build.reader.labels
    body = labels.index("1")
    assert labels[:body] == [roman(k) for k in range(1, body + 1)]
    assert labels[body:] == [str(k) for k in range(1, len(labels) - body + 1)]
    checked = 0
    for i, page in enumerate(pages):
        if i == 0 or not page.words:          # the cover; blank pages (tested below)
            continue
        nums = [w for w in margin_words(page) if re.fullmatch(r"[0-9]+|[ivxlc]+", w.text)]
        assert [w.text for w in nums] == [labels[i]], (i + 1, [w.text for w in margin_words(page)])
        w = nums[0]
        x0, _, x1, _ = block(page, i)
        if w.y1 <= TOP:                       # running head: the number on the outside
            if i % 2 == 0:
                assert w.x1 == pytest.approx(x1, abs=1.5), (i + 1, w)
            else:
                assert w.x0 == pytest.approx(x0, abs=1.5), (i + 1, w)
        checked += 1
    assert checked > 20


def test_blank_pages_are_blank(pages):
    """Right-hand starts make blank left pages: no running head, no number
    (the front matter's blank page ii included)."""
    blanks = [i for i, p in enumerate(pages) if not p.words]
    assert 1 in blanks, "page ii (after the cover) should be blank"
    for i in blanks:
        assert i % 2 == 1, f"blank page {i + 1} is a right-hand page"


def test_the_reading_starts_on_a_right_hand_page_its_parts_on_new_pages(seed_build):
    pdf = seed_build.reader
    slug = seed_build.reading["slug"]
    page = pdf.dests[f"{slug}--start"]
    assert page % 2 == 0, f"the reading starts on page {page + 1}, a left-hand page"
    parts = [pdf.dests[f"{slug}--{a}"] for a in ("bibliography", "glossary", "questions",
                                                 "editorial")]
    assert parts == sorted(set(parts)) and parts[0] > page, parts


def test_running_heads_fit_one_line(pages):
    """The reading's title in the head of left pages is a short form on one
    line (the full title would wrap)."""
    for i, page in enumerate(pages):
        head = [w for w in page.words if w.y1 <= TOP + SLACK]
        lines = {round(w.y0) for w in head}
        assert len(lines) <= 1, (i + 1, [w.text for w in head])
    left_heads = {" ".join(w.text for w in page.words if w.y1 <= TOP and not w.text.isdigit())
                  for i, page in enumerate(pages) if i % 2 == 1 and page.words}
    assert "Russia’s approaches towards Armenia and Azerbaijan" in left_heads


def test_metadata(seed_build):
    meta = seed_build.reader.reader.metadata
    r = seed_build.reading
    assert meta.title == r["meta"]["title"]
    assert meta.subject and meta.get("/Keywords")
    root = seed_build.reader.reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert meta.get("/CreationDate") == "D:20000101000000Z"


def body_lines(page, index):
    """Lines of the page's text block as (y, words), top to bottom."""
    x0, y0, x1, y1 = block(page, index)
    lines: dict[int, list] = {}
    for w in page.words:
        if y0 < w.y0 and w.y1 < y1:
            lines.setdefault(round(w.y1), []).append(w)
    return sorted(lines.items())


def test_measure_is_sixty_to_seventy_five_characters(pages):
    """Full lines of body text (10.5 pt, reaching both edges of the block)
    hold about 60–75 characters."""
    counts = []
    for i, page in enumerate(pages[4:14], start=4):
        x0, _, x1, _ = block(page, i)
        for _, ws in body_lines(page, i):
            ws.sort(key=lambda w: w.x0)
            height = ws[0].y1 - ws[0].y0
            if height > 11 and ws[0].x0 < x0 + 20 and ws[-1].x1 > x1 - 1:   # body size, full line
                counts.append(len(" ".join(w.text for w in ws)))
    assert len(counts) > 100
    mean = sum(counts) / len(counts)
    assert 60 <= mean <= 75, mean


def test_no_heading_at_a_page_foot(seed_build, pages):
    """Each section heading has at least two lines of its section under it
    on its page."""
    r = seed_build.reading
    for sec in r["sections"]:
        if not sec.get("title"):
            continue
        i = seed_build.reader.dests[f"{r['slug']}--{sec['id']}"]
        lines = body_lines(pages[i], i)
        last = sec["title"].split()[-1]
        at = [k for k, (_, ws) in enumerate(lines) if any(w.text == last for w in ws)]
        assert at, (sec["title"], i + 1)
        below = lines[at[0] + 1:at[0] + 3]
        assert len(below) == 2, (sec["title"], i + 1)


def test_handout_stays_in_its_margins(seed_build):
    """styles/handout.css: 16 mm top and bottom, 17 mm left and right; only
    the footer (course, "Page n of 2") sits in the bottom margin."""
    hp = words((seed_build.out / "handout.pdf").read_bytes())
    assert len(hp) == 2
    for i, page in enumerate(hp):
        for w in page.words:
            assert 17 * MM - SLACK <= w.x0 and w.x1 <= page.width - 17 * MM + SLACK, (i + 1, w)
            assert 16 * MM - SLACK <= w.y0, (i + 1, w)
            if w.y1 > page.height - 16 * MM + SLACK:
                assert w.y1 <= page.height, (i + 1, w)
        footer = [w.text for w in page.words if w.y0 > page.height - 16 * MM]
        assert f"{i + 1}" in footer and "Page" in footer
