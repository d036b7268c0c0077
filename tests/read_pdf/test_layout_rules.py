"""Layout rules on hand-made lines: a table row above a page's notes, a
journal's imprint at the first page's foot, a web address ending a note."""

from __future__ import annotations

from coursepack.read.pdflayout.blocks import split_notes
from coursepack.read.pdflayout.furniture import mark_furniture
from coursepack.read.pdflayout.lines import PLine


def line(text, x0, top, x1=None, size=8.0, page=1):
    x1 = x1 if x1 is not None else x0 + 4.5 * len(text)
    return PLine(page, text, x0, top, x1, top + size, top + 0.8 * size, size, "Times", False, False)


def body(page=1, n=30, top=80.0):
    return [line(f"Body text line number {k} of the article goes on here with words", 60, top + 14 * k,
                 size=10.0, page=page) for k in range(n)]


def test_table_row_above_the_notes_continues_no_note():
    row = [line("Total", 60, 600, 90), line("17.8%", 200, 600, 230), line("61.6%", 300, 600, 330),
           line("19.9%", 400, 600, 430)]
    note = [line("5 None of the governments had more than two female ministers.", 60, 640),
            line("It is a second line of the note.", 60, 650)]
    blocks = split_notes(row + note, 4, {5})
    assert [b.role for b in blocks] == ["table", "note"]
    assert blocks[1].number == 5 and len(blocks[1].lines) == 2
    # a text line at the region's top still continues the previous page's note
    cont = split_notes([line("and so the argument of the previous page ends here.", 60, 600)] + note, 4, {5})
    assert [(b.role, b.continues) for b in cont] == [("note", True), ("note", False)]


def test_imprint_at_the_first_page_foot_is_furniture():
    for imprint in (["Journal of Things, 2 (2005), 273–288, ISSN 1612–9008", "© Publisher & Sons 2005"],
                    ["BIOS, Jg. 24 (2011), Heft 2"]):
        lines = body() + [line("1 A note at the foot of the page that says something.", 60, 520)]
        foot = [line(t, 60 + 250 * k, 560 + (9 if len(imprint) == 2 and k == 1 else 0))
                for k, t in enumerate(imprint)]
        if len(imprint) == 1:
            foot.append(line("© Verlag Name", 300, 560))
        pages = [lines + foot, body(page=2)]
        mark_furniture(pages, [842.0, 842.0], set())
        assert all(ln.role == "furniture" for ln in foot), [(ln.text, ln.role) for ln in foot]
        assert lines[-1].role == ""   # the note stays


def test_web_address_ending_a_note_is_not_a_notice():
    note = [line("2 The project was funded by the ministry and the social fund (vgl.", 60, 780),
            line("www.example-project.de).", 60, 789)]
    alone = line("www.publisher.com", 60, 810)
    pages = [body() + note + [alone], body(page=2)]
    mark_furniture(pages, [842.0, 842.0], set())
    assert note[1].role == ""
    assert alone.role == "furniture"


def test_web_address_after_from_under_a_hanging_indent_is_not_a_notice():
    # a reference entry at the page's foot: "… Retrieved 2 May 2010 from:" /
    # (indented under the hanging indent) "http://…"
    entry = [line("Salt, John (2009): International migration and the United King-", 60, 760),
             line("dom SOPEMI correspondent to the OECD. Retrieved 2 May 2010 from:", 72, 769),
             line("http://www.example.ac.uk/research/mobility-and-migration-research-", 72, 778),
             line("unit/pdfs/Sop09", 72, 787)]
    label = [line("Journal homepage:", 60, 800), line("http://www.journal.example.org", 60, 809)]
    pages = [body() + entry + label, body(page=2)]
    mark_furniture(pages, [842.0, 842.0], set())
    assert entry[2].role == ""
    assert label[1].role == "furniture"


def test_corresponding_authors_address_after_the_notes_is_no_note():
    note = [line("1 A note at the foot of the page that says something.", 60, 700),
            line("Corresponding author: Ada Lindqvist", 60, 712),
            line("Email: ada.lindqvist@example.org", 60, 721),
            line("2 The next note, keyed in the text.", 60, 730)]
    blocks = split_notes(note, 0, {1, 2})
    assert [(b.role, len(b.lines)) for b in blocks] == [("note", 1), ("furniture", 2), ("note", 1)]
    # keyed on a name by a symbol, it is the author's note
    starred = split_notes([line("* Corresponding author: Ada Lindqvist", 60, 700)], 0, set())
    assert [b.role for b in starred] == ["note"]


def test_lines_a_copyright_notice_runs_on_to_are_furniture():
    notice = line("Copyright © 2006 SAGE Publications", 300, 640, 430)
    runs = [line("(London, Thousand Oaks, CA and New Delhi)", 266, 650, 432),
            line("9:3; 431–442; DOI: 10.1177/1368430206064643", 266, 660, 432)]
    beside = line("USA [email: someone@example.edu]", 60, 650, 230)   # another column
    pages = [body() + [notice] + runs + [beside], body(page=2)]
    mark_furniture(pages, [842.0, 842.0], set())
    assert notice.role == "furniture"
    assert [ln.role for ln in runs] == ["furniture", "furniture"]
    assert beside.role == ""


def test_a_framed_panel_in_another_face_is_no_running_text():
    from coursepack.read.pdflayout.blocks import Doc, other_face_box
    from coursepack.read.pdflayout.chars import Rule

    def sans(text, top):
        ln = line(text, 130, top, 400, size=9.0)
        ln.font = "Arial-BoldMT"
        return ln
    panel = [sans("CONTENDING VISIONS", 300), sans("Building the Economy", 320),
             sans("Deregulation, free trade and capital flows", 335), sans("Fighting the Economy", 350)]
    doc = Doc(pages=[], heights=[842.0], widths=[595.0], rules=[[]], body=11.0, body_family="times")
    frame = Rule("rect", 113, 287, 482, 400)
    assert other_face_box(frame, body() + panel, doc)
    # the same frame round body-face text (a boxed quotation) is text
    for ln in panel:
        ln.font = "Times-Roman"
    assert not other_face_box(frame, body() + panel, doc)


def test_a_line_in_a_ruled_grid_is_a_table_cell_and_a_framed_line_is_not():
    from coursepack.read.pdflayout.blocks import ruled_cell
    from coursepack.read.pdflayout.chars import Rule
    head = line("How often do you discuss politics?", 262, 527, 463, size=11.0)
    grid = [Rule("vrule", x, 524, x + 0.5, 549) for x in (162, 193, 256, 468)] + \
        [Rule("hrule", 162, 523, 468, 524), Rule("hrule", 162, 549, 468, 549.5)]
    assert ruled_cell(head, grid)
    frame = [Rule("vrule", 162, 524, 162.5, 549), Rule("vrule", 468, 524, 468.5, 549),
             Rule("hrule", 162, 523, 468, 524), Rule("hrule", 162, 549, 468, 549.5)]
    assert not ruled_cell(head, frame)   # a boxed heading or abstract: two sides only


def test_a_heading_over_small_text_at_the_page_foot_is_an_authors_note():
    from coursepack.read.pdflayout.blocks import B, Doc, foot_note_headed
    doc = Doc(pages=[], heights=[842.0, 842.0], widths=[595.0, 595.0], rules=[[], []], body=9.0)
    text = [line("Body text of the article in its usual size.", 48, 500, size=9.0)]
    head = line("Author’s note", 246, 564, 299, size=9.0)
    small = [line("Address correspondence to A. Author, Hall 416,", 246, 574, size=8.0),
             line("Department of Psychology, Some University.", 246, 584, size=8.0)]
    blocks = [B("paragraph", text, ""), B("heading", [head], ""), B("paragraph", small, "")]
    foot_note_headed(doc, blocks)
    assert [b.role for b in blocks] == ["paragraph", "note"] and len(blocks[1].lines) == 3
    # a section heading with body-size text below it stays a heading
    body_size = [line("The section's first paragraph in the body size.", 246, 574, size=9.0)]
    blocks = [B("heading", [head], ""), B("paragraph", body_size, "")]
    foot_note_headed(doc, blocks)
    assert [b.role for b in blocks] == ["heading", "paragraph"]


def test_short_lines_between_table_rows_are_cells():
    from coursepack.read.pdflayout.blocks import B, cells_between_rows
    row = lambda t, top: B("table", [line(t, 60, top)], "")
    blocks = [B("caption", [line("Table 2 Statistics of the sample", 60, 100)], ""),
              B("paragraph", [line("Score", 60, 110)], "", continues=True),
              row("SE SP", 120), B("quote", [line("Kappa (CI 95%)", 90, 130)], ""),
              row("1.00 0.35 1.35", 140), B("paragraph", [line("A sentence of running text after the table.", 60, 160)], "")]
    cells_between_rows(blocks)
    assert [b.role for b in blocks] == ["caption", "table", "table", "table", "table", "paragraph"]


def test_words_in_an_uncaptioned_figure_are_reported_and_fail_the_accounting():
    """Running text cut into a figure that has no caption is counted as lost:
    ``settle`` adds a ``words_lost`` doubt and the reading's structure is not
    called complete; a captioned figure's labels are not counted."""
    from coursepack import model
    from coursepack.edition import structure_failures
    from coursepack.read.figures import settle
    from coursepack.read.structure import ArticleStructure, Block, Line
    L = lambda t, top: Line(1, 50, top, 290, top + 8, t)  # noqa: E731
    prose = "The publication of the book presents a welcome opportunity to reflect"
    s = settle(ArticleStructure("a.pdf", [
        Block("figure", [L("European Union Politics", 60), L(prose, 72)], region=[50, 60, 290, 80]),
        Block("paragraph", [L("in the EP. It allows us to take stock of the field.", 120)]),
        Block("caption", [L("Figure 2 Seats per group", 300)]),
        Block("figure", [L("seats held by each of the groups in 2004", 320)], region=[50, 320, 290, 400])]))
    lost = [d for d in s.doubts if d.kind == "words_lost"]
    assert len(lost) == 1 and lost[0].page == 1 and "welcome opportunity" in lost[0].message, s.doubts
    assert "seats held" not in lost[0].message
    r = model.Reading("x", model.Metadata(), sections=[model.Section("s1", "", [
        model.Block("s1-p1", [model.Text("word " * 50)])])])
    assert any("uncaptioned figures" in f for f in structure_failures(r, s.doubts))
    assert structure_failures(r, []) == []


def test_catalogue_after_the_reference_list_is_back_matter():
    """Pages after the reference list set in another size (a series' list of
    papers, an order form) are not references; a list running on to a page
    in its own size stays whole."""
    from coursepack.read.pdflayout.blocks import B, back_matter
    entry = lambda t, page, size=10.0: B("reference", [line(t, 60, 100, size=size, page=page)], "")  # noqa: E731
    blocks = [entry("Appelbaum, E. (1994) The New American Workplace. Ithaca.", 21),
              entry("Thelen, K. (1991) Unions of Parts. Ithaca.", 22),
              B("reference", [line("Womack, J. (1990) The Machine That Changed the World.", 60, 700, page=22),
                              line("Books of the research unit", 60, 60, size=8.0, page=23)], ""),
              entry("Christoph Doerrenbaecher Vom Hoflieferanten zum Global Player", 23, 8.0),
              entry("Order form: please send me the following papers", 24, 8.0)]
    out = back_matter(blocks)
    assert [b.role for b in out] == ["reference", "reference", "reference", "cover", "cover", "cover"]
    assert out[2].text.endswith("Changed the World.") and out[3].text == "Books of the research unit"
    same = [entry("Appelbaum, E. (1994) The New American Workplace.", 21), entry("Thelen, K. (1991) Unions.", 22)]
    assert [b.role for b in back_matter(same)] == ["reference", "reference"]
