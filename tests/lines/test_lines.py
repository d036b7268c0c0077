"""Line numbers of laid-out pages (coursepack.lines).

Every document here is built so that the place of each word is known by
construction (one word per line with <br>, a fixed line height that fits an
exact number of lines on the page), not read back from the code."""

import random

import pytest
from weasyprint import HTML

from coursepack.lines import LineIndex, Place, apparatus_place, line_index

# A5 is 210 mm tall: 20 mm margins leave 170 mm, and 9.9 mm lines fit 17.
PAGE_CSS = """
@page { size: A5; margin: 20mm 20mm;
        @top-center { content: "Running head"; font-size: 9pt; }
        @bottom-center { content: counter(page); font-size: 9pt; } }
body { margin: 0; font-size: 11pt; line-height: 9.9mm; }
h2, p { margin: 0; font-size: 11pt; }
.fn { float: footnote; line-height: 4mm; font-size: 8pt; }
"""
PER_PAGE = 17


def lay_out(body: str, css: str = PAGE_CSS, lang: str = "en"):
    html = f'<html lang="{lang}"><head><style>{css}</style></head><body>{body}</body></html>'
    return HTML(string=html).render().pages


def words(a: int, b: int) -> list[str]:
    return [f"w{i:03d}" for i in range(a, b + 1)]


def line_texts(page, area="main") -> list[str]:
    """The text of each line box (test helper, for preconditions only)."""
    from coursepack.pdf.compat import box_classes, page_box
    boxes = box_classes()
    out = []

    def text(box):
        t = getattr(box, "text", None)
        return (t or "") + "".join(text(c) for c in getattr(box, "children", ()))

    def walk(box):
        if isinstance(box, boxes.LineBox):
            out.append(text(box))
            return
        for c in getattr(box, "children", ()):
            walk(c)
    for child in page_box(page).children:
        if isinstance(child, boxes.MarginBox):
            continue
        if isinstance(child, boxes.FootnoteAreaBox) == (area == "notes"):
            walk(child)
    return out


@pytest.fixture(scope="module")
def long_paragraph():
    """A heading, then 40 one-word lines: lines 2–17 of page 0, 1–17 of
    page 1, 1–7 of page 2."""
    body = '<h2 id="h">A heading</h2><p id="p">' + "<br>".join(words(1, 40)) + "</p>"
    pages = lay_out(body)
    return pages, line_index(pages)


def expected_place(n: int) -> Place:
    # the heading takes line 1 of page 0
    k = n  # lines used before word n, counting the heading
    return Place(k // PER_PAGE, k % PER_PAGE + 1)


def test_words_across_pages(long_paragraph):
    pages, ix = long_paragraph
    assert len(pages) == 3
    for n in range(1, 41):
        assert ix.locate("p", f"w{n:03d}") == expected_place(n), n


def test_heading_is_line_one_and_margin_boxes_do_not_count(long_paragraph):
    _, ix = long_paragraph
    assert ix.locate("h", "heading") == Place(0, 1)
    assert ix.start("p") == Place(0, 2)
    # 17 lines of text on a full page: the running head and folio are not lines
    assert ix.page_lines == {0: PER_PAGE, 1: PER_PAGE, 2: 7}


def test_snippet_over_a_line_break_is_placed_where_it_starts(long_paragraph):
    _, ix = long_paragraph
    assert ix.locate("p", "w016 w017") == Place(0, 17)
    assert ix.locate("p", "w017 w018") == Place(1, 1)
    assert ix.locate("p", "w016  \n w017") == Place(0, 17)   # whitespace normalised


def test_unknown_block_or_text(long_paragraph):
    _, ix = long_paragraph
    assert ix.locate("nope", "w001") is None
    assert ix.locate("p", "w041") is None
    assert ix.locate("p", "") is None
    assert ix.locate("p", "w001", occurrence=1) is None
    assert "p" in ix and "nope" not in ix


def test_offset_for_a_chain_of_documents(long_paragraph):
    pages, _ = long_paragraph
    ix = line_index(pages[1:], offset=5)              # pages 1, 2 as 5, 6
    assert ix.locate("p", "w020") == Place(5, 4)     # page 1 of the document, line 4
    assert ix.locate("p", "w040") == Place(6, 7)
    assert ix.locate("h", "heading") is None           # on the page left out
    # adding the first page later: the block is replaced by what was added last
    ix.add(pages[:1], offset=4)
    assert ix.locate("p", "w001") == Place(4, 2)
    assert ix.locate("p", "w020") is None


def test_footnotes_numbered_within_the_note():
    body = ('<p id="p">' + "<br>".join(words(1, 3))
            + '<span class="fn" id="note-a">first<br>second<br>third</span>'
            + " and<br>after the call<br>"
            + "w004" + '<span class="fn" id="note-b">only line</span></p>')
    pages = lay_out(body)
    ix = line_index(pages)
    assert len(pages) == 1
    # the notes are not lines of the page
    assert ix.page_lines == {0: 5}
    # the call ("1") is not part of the text; the note's text is not either
    assert ix.locate("p", "w003 and") == Place(0, 3)
    assert ix.locate("p", "after the call w004") == Place(0, 4)
    assert ix.locate("p", "second") is None
    # notes: labelled by their calls (CSS counter: 1, 2), lines within the note
    assert ix.locate("note-a", "first") == Place(0, 1, "1")
    assert ix.locate("note-a", "third") == Place(0, 3, "1")
    assert ix.locate("note-b", "only line") == Place(0, 1, "2")
    assert line_texts(pages[0], "notes")[:3] == ["1. first", "second", "third"]


def test_note_label_is_the_printed_call():
    css = PAGE_CSS + ".fn::footnote-call { content: attr(data-n); }"
    body = '<p id="p">text<span class="fn" id="x-note" data-n="12">a<br>b</span> more</p>'
    ix = line_index(lay_out(body, css))
    assert ix.locate("x-note", "b") == Place(0, 2, "12")
    assert ix.locate("p", "text more") == Place(0, 1)


def test_hyphenated_words_are_found_whole():
    css = PAGE_CSS + "p { width: 28mm; hyphens: auto; line-height: 6mm; text-align: left; }"
    body = ('<p id="p">aaa<br>bbb incomprehensibilities bbb<br>'
            'ccc emen&shy;dation emen&shy;dation emen&shy;dation emen&shy;dation</p>')
    pages = lay_out(body, css)
    lines = line_texts(pages[0])
    # preconditions: the layout did break those words
    assert lines[1].startswith("bbb incom") and lines[1].endswith("\u2010"), lines
    assert any(t.endswith("\u00ad\u2010") for t in lines), lines
    ix = line_index(pages)
    assert ix.locate("p", "incomprehensibilities") == Place(0, 2)
    assert ix.locate("p", "incomprehensibilities bbb") == Place(0, 2)
    # each emendation starts on the line that shows its first letters
    for k in range(4):
        place = ix.locate("p", "emendation", occurrence=k)
        shown = [i + 1 for i, t in enumerate(lines) if "emen" in t]
        counts = [lines[i - 1].count("emen") for i in shown]
        expect = [i for i, c in zip(shown, counts) for _ in range(c)][k]
        assert place == Place(0, expect)
    # the part after a break is on the next line
    broken = next(i for i, t in enumerate(lines) if t.endswith("\u2010") and "emen" in t)
    assert ix.locate("p", lines[broken + 1].split()[0].replace("\u00ad", "")).line == broken + 2


def test_real_hyphen_at_line_end():
    css = PAGE_CSS + "p { line-height: 6mm; }"
    body = '<p id="p">Nagorno-<br>Karabakh and pre-<br>war</p>'
    ix = line_index(lay_out(body, css))
    assert ix.locate("p", "Nagorno-Karabakh") == Place(0, 1)
    assert ix.locate("p", "Karabakh and pre-war") == Place(0, 2)
    assert ix.locate("p", "war") == Place(0, 3)


def test_occurrence_and_near():
    body = '<p id="p">the cat<br>the dog<br>the cat</p>'
    ix = line_index(lay_out(body))
    assert ix.locate("p", "the cat") == Place(0, 1)
    assert ix.locate("p", "the cat", occurrence=1) == Place(0, 3)
    assert ix.locate("p", "the cat", near=15) == Place(0, 3)
    assert ix.locate("p", "the", near=9) == Place(0, 2)


def test_case_differences_only_when_nothing_else_matches():
    body = ('<h2 id="h" style="text-transform: uppercase">Small heading</h2>'
            '<p id="p">Word<br>word</p>')
    ix = line_index(lay_out(body))
    assert ix.locate("h", "Small heading") == Place(0, 1)
    assert ix.locate("p", "word") == Place(0, 3)
    assert ix.locate("p", "WORD") == Place(0, 2)


def test_inline_ids_and_nested_blocks():
    body = ('<div id="sec"><p id="a">one<br>two <span id="t">term here</span></p>'
            '<blockquote id="q"><p>three<br>four</p></blockquote></div>')
    ix = line_index(lay_out(body))
    assert ix.locate("t", "here") == Place(0, 2)
    assert ix.locate("q", "four") == Place(0, 4)
    assert ix.locate("sec", "two term here three") == Place(0, 2)


def test_every_word_of_random_lines():
    """Random lines of random words (no wrapping): each word, and each pair
    of words spanning a line break, is found on its line."""
    rng = random.Random(7)
    lines = []
    for n in range(30):
        count = rng.randint(1, 4)
        lines.append(" ".join(f"{rng.choice('abcdefgh')}{n:02d}{k}" for k in range(count)))
    css = PAGE_CSS + "p { white-space: nowrap; line-height: 5mm; }"
    body = '<p id="p">' + "<br>".join(lines) + "</p>"
    pages = lay_out(body, css)
    assert len(pages) == 1
    ix = line_index(pages)
    for n, line in enumerate(lines, start=1):
        for w in line.split():
            assert ix.locate("p", w) == Place(0, n)
        if n < len(lines):
            pair = line.split()[-1] + " " + lines[n].split()[0]
            assert ix.locate("p", pair) == Place(0, n)


def test_apparatus_place():
    pages = lay_out('<p id="a">one<br>two after</p><p id="b">x</p>')
    ix = line_index(pages)
    arabic = lambda i: i + 1  # noqa: E731
    memo = {}
    assert apparatus_place(ix, "a", "after", arabic, 9, memo=memo) == {
        "page": 1, "line": 2, "note": None}
    # not found: the fallback page, nothing remembered
    assert apparatus_place(ix, "b", "after", arabic, 9, memo=memo) == {
        "page": 9, "line": None, "note": None}
    assert apparatus_place(None, "a", "after", arabic, 9) == {"page": 9, "line": None, "note": None}
    # a later build that did not lay the block out again answers from the memo
    assert apparatus_place(LineIndex(), "a", "after", arabic, 9, memo=memo) == {
        "page": 1, "line": 2, "note": None}
    assert apparatus_place(LineIndex(), "a", "other", arabic, 9, memo=memo)["line"] is None
    # a new layout of the block replaces what the memo says
    ix2 = line_index(lay_out('<p id="a">after</p>'), offset=3)
    assert apparatus_place(ix2, "a", "after", arabic, 9, memo=memo) == {
        "page": 4, "line": 1, "note": None}
    assert apparatus_place(LineIndex(), "a", "after", arabic, 9, memo=memo)["page"] == 4


def test_pseudo_elements():
    """A drop cap and a styled first line are the paragraph's own text;
    generated numbers (::before, list markers) are not text but their line
    counts once; a hidden line is not a line."""
    css = PAGE_CSS + """
    #p::first-letter { font-size: 200%; } #p::first-line { font-weight: bold; }
    h2::before { content: "§ 1 "; }
    .hidden { visibility: hidden; }
    """
    body = ('<h2 id="h">Head</h2><p id="p">In early<br>November</p>'
            '<ol id="o"><li>one</li><li>two<br>lines</li></ol>'
            '<p class="hidden">not shown</p><p id="z">last</p>')
    ix = line_index(lay_out(body, css))
    assert ix.locate("h", "Head") == Place(0, 1)
    assert ix.locate("h", "§ 1") is None
    assert ix.locate("p", "In early November") == Place(0, 2)
    assert ix.locate("o", "one") == Place(0, 4)
    assert ix.locate("o", "lines") == Place(0, 6)
    assert ix.locate("o", "1.") is None
    assert ix.locate("z", "last") == Place(0, 7)
    assert ix.page_lines == {0: 7}
