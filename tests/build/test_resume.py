"""A layout that begins at a later page of an earlier layout (an article
laid out again after a cut: coursepack.pdf.compat.PageStates), and a
layout that stops at the first page whose note is put off to a later page."""

from __future__ import annotations

import pytest

from coursepack.pdf.compat import PageStates
from coursepack.render.env import PartialLayout, Renderer

CSS = """@page { size: 120mm 90mm; margin: 10mm; }
body { font: 10pt/1.3 "Noto Serif", serif; }
@page :left { @top-center { content: string(part); font-size: 7pt; } }
h2 { string-set: part content(); font-size: 11pt; margin: 2mm 0; }
.fn { float: footnote; font-size: 7pt; }
.fn::footnote-call { content: attr(data-n); vertical-align: super; font-size: 70%; }
p.brk { break-before: page; }
"""
WORDS = ("the council met again in the spring and the delegates argued over "
         "the terms of the treaty until late in the night ").split()


def _text(i: int, n: int) -> str:
    return " ".join(WORDS[(i + k) % len(WORDS)] for k in range(n))


def _html(broken: int | None = None, long_note: int | None = None) -> str:
    """Eighteen paragraphs under three headings, a note in every other one;
    ``broken``: that paragraph starts a page; ``long_note``: that note runs
    to twenty lines."""
    out = ['<html lang="en"><body>']
    for i in range(18):
        if i % 6 == 0:
            out.append(f"<h2>Part {i // 6 + 1}</h2>")
        note = ""
        if i % 2:
            words = 240 if i == long_note else 12
            note = f'<span class="fn" id="n{i}" data-n="{i}">{_text(i, words)}.</span>'
        cls = ' class="brk"' if i == broken else ""
        out.append(f'<p id="p{i}"{cls}>{_text(i, 40)}{note} {_text(i + 3, 25)}.'
                   f'<span id="e{i}"></span></p>')
    return "".join(out) + "</body></html>"


@pytest.fixture(scope="module")
def renderer(tmp_path_factory):
    return Renderer(tmp_path_factory.mktemp("project"))


def _page_of(doc, anchor: str) -> int:
    return next(i for i, p in enumerate(doc.pages) if anchor in p.anchors)


def test_a_layout_begun_at_a_later_page_is_the_layout_made_from_the_first(renderer):
    states = PageStates()
    first = renderer.layout(_html(), [], CSS, pages=states)
    assert states.ok and len(states.pages) == len(first.pages) >= 5
    # from the page where the paragraph before the changed one ends (render.reader's
    # first_changed_page): the page it begins on would not do when the paragraph
    # before ends at a page's foot (the break between them becomes a forced one)
    start = _page_of(first, "e10")
    assert start >= 2
    resumed_states = states.resumed(start)
    resumed = renderer.layout(_html(broken=11), [], CSS, pages=resumed_states)
    whole = renderer.layout(_html(broken=11), [], CSS)
    assert resumed_states.used
    assert resumed.write_pdf() == whole.write_pdf()     # running heads of the kept pages too
    assert [sorted(p.anchors) for p in resumed.pages] == [sorted(p.anchors) for p in whole.pages]


def test_a_layout_not_resumable_at_its_page_is_made_from_the_first(renderer):
    states = PageStates()
    renderer.layout(_html(), [], CSS, pages=states)
    beyond = states.resumed(len(states.pages))      # no page of the first layout starts there
    doc = renderer.layout(_html(broken=11), [], CSS, pages=beyond)
    assert not beyond.used
    assert doc.write_pdf() == renderer.layout(_html(broken=11), [], CSS).write_pdf()


def test_a_layout_asked_to_stop_stops_after_the_page_whose_note_is_put_off(renderer):
    whole = renderer.layout(_html(long_note=3), [], CSS)
    call, note = _page_of(whole, "p3"), _page_of(whole, "n3")
    states = PageStates(stop=True)
    doc = renderer.layout(_html(long_note=3), [], CSS, pages=states)
    if note == call:        # (the note fitted under its call: nothing to stop for)
        pytest.skip("the long note fitted on its call's page")
    assert isinstance(doc, PartialLayout)
    assert states.deferred == [("n3", len(doc.pages) - 1)]
    assert len(doc.pages) < len(whole.pages)
    assert "p3" in doc.pages[-1].anchors or any("p3" in p.anchors for p in doc.pages)
    # a layout not asked to stop lays the whole document out
    assert not isinstance(renderer.layout(_html(long_note=3), [], CSS, pages=PageStates()),
                          PartialLayout)
