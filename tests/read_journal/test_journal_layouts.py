"""Journal layouts the corpus does not have, typeset for the test by
WeasyPrint with every block placed by hand (absolute positions in points
on A4 pages), so the truth is the page as written.  Each case is one that
``benchmarks/producer_layouts.py --producer journal`` (pdflatex with the
article, amsart, scrartcl and memoir classes) found read wrongly.
"""

from __future__ import annotations

import pytest

from tests.corpus.synth.generate import EN

W, H, M = 595, 842, 60            # A4 in points, margin
CSS = """@page { size: 595pt 842pt; margin: 0 }
body { margin: 0; font-family: serif; font-size: 10pt; line-height: 12pt }
.pg { position: relative; width: 595pt; height: 842pt; page-break-after: always; overflow: hidden }
.pg:last-child { page-break-after: auto }
.b { position: absolute; text-align: justify; hyphens: manual }
p { margin: 0; text-indent: 1.5em } p.first { text-indent: 0 }
h1 { font-size: 18pt; line-height: 22pt; margin: 0; text-align: center } .authors { font-size: 11pt; text-align: center }
h2 { font-size: 12pt; font-weight: bold; margin: 0 } h3 { font-size: 10pt; font-weight: bold; margin: 0 }
.num { display: inline-block; width: 36pt }
.head { font-size: 8pt; font-style: italic } .folio { font-size: 9pt; text-align: center }"""

S = EN[:12]


def text(k: int, n: int) -> str:
    return " ".join(S[(k + j) % len(S)] for j in range(n))


def box(x, y, w, inner):
    return f'<div class="b" style="left:{x}pt; top:{y}pt; width:{w}pt">{inner}</div>'


def build(tmp_path, name: str, pages: list[str], heads: bool = True):
    from weasyprint import HTML

    from coursepack.read.pdf import read_pdf

    def furniture(n: int) -> str:
        head = "Journal of Example Studies 12 (2026)" if n % 2 == 0 else "Opening Hours in Small Libraries"
        return ((box(M, 30, W - 2 * M, f'<span class="head">{head}</span>') if heads and n > 1 else "")
                + box(M, H - 40, W - 2 * M, f'<div class="folio">{n}</div>'))
    body = "".join(f'<div class="pg">{furniture(k + 1)}{p}</div>' for k, p in enumerate(pages))
    doc = f'<html lang="en"><head><meta charset="utf-8"><style>{CSS}</style></head><body>{body}</body></html>'
    pdf = tmp_path / f"{name}.pdf"
    HTML(string=doc).write_pdf(str(pdf))
    return read_pdf(pdf)


def paras(starts: list[str], k: int) -> str:
    return "".join(f"<p{' class=first' if j == 0 else ''}>{s} {text(k + j, 5)}</p>" for j, s in enumerate(starts))


def test_numbered_heading_opening_pages_keeps_its_number(tmp_path):
    """A third-level heading opening two pages ("2.1.1  Weekday counts" at
    the top of page 2, "3.1.2  Weekend counts" at the top of page 3), its
    number set apart by a quad as LaTeX does: the numbers repeat (as
    "#.#.#") at the page's edge, but a heading's number is no running head."""
    w = W - 2 * M
    p1 = (box(M, 70, w, "<h1>Opening Hours in Small Libraries</h1>")
          + box(M, 100, w, '<p class="authors">Ada Lindqvist</p>')
          + box(M, 140, w, '<h2><span class="num">1</span>Introduction</h2>')
          + box(M, 160, w, paras(["Overall, the committee met in spring.", "Moreover, most branches reported."], 0)))
    p2 = (box(M, 60, w, '<h3><span class="num">2.1.1</span>Weekday counts</h3>')
          + box(M, 78, w, paras(["Similarly, the staff described requests.", "In addition, a short survey ran."], 2))
          + box(M, 260, w, '<h2><span class="num">3</span>Results</h2>')
          + box(M, 280, w, paras(["By contrast, the answers suggest that.", "In practice, funding decisions are."], 4)))
    p3 = (box(M, 60, w, '<h3><span class="num">3.1.2</span>Weekend counts</h3>')
          + box(M, 78, w, paras(["Nevertheless, some respondents preferred print.", "Overall, the report does not claim."], 6)))
    s = build(tmp_path, "numbered-heads", [p1, p2, p3])
    heads = [" ".join(b.text.split()) for b in s.blocks if b.role == "heading"]
    assert "2.1.1 Weekday counts" in heads, heads
    assert "3.1.2 Weekend counts" in heads, heads
    assert not [b for b in s.blocks if b.role == "furniture" and b.text.strip() in ("2.1.1", "3.1.2")]


def test_line_numbers_in_both_outer_margins(tmp_path):
    """A two-column preprint numbering its lines in the outer margins (the
    left column's on the left, the right column's on the right, lineno's
    ``switch``): both columns of numbers are furniture, none is read into
    the text or as a table beside it."""
    col = (W - 2 * M - 20) / 2
    lines_per_col = 30
    left = "".join(f"<p{' class=first' if j == 0 else ''}>{s} {text(j, 4)}</p>"
                   for j, s in enumerate(["Overall, the committee met in spring.", "Moreover, most branches reported."]))
    right = "".join(f"<p>{s} {text(j + 3, 4)}</p>"
                    for j, s in enumerate(["Similarly, the staff described requests.", "In addition, a short survey ran."]))
    nums_l = "".join(box(M - 24, 150 + 12 * k, 14, f'<div style="text-align:right; font-size:7pt">{k + 1}</div>')
                     for k in range(lines_per_col))
    nums_r = "".join(box(W - M + 10, 150 + 12 * k, 14, f'<div style="font-size:7pt">{lines_per_col + k + 1}</div>')
                     for k in range(lines_per_col))
    p1 = (box(M, 70, W - 2 * M, "<h1>Opening Hours in Small Libraries</h1>")
          + box(M, 100, W - 2 * M, '<p class="authors">Ada Lindqvist</p>')
          + box(M, 150, col, left) + box(M + col + 20, 150, col, right) + nums_l + nums_r)
    s = build(tmp_path, "outer-line-numbers", [p1], heads=False)
    body = [b for b in s.blocks if b.role in ("paragraph", "table", "heading", "list_item", "quote")]
    starts = [b.text.split()[0] for b in body if not b.continues]
    assert starts == ["Overall,", "Moreover,", "Similarly,", "In"], [b.text[:40] for b in body]
    assert not any(w.isdigit() for b in body for w in b.text.split()), [b.text[:60] for b in body]


def test_ruled_table_and_framed_figure_are_one_block_each(tmp_path):
    """A table between its top, middle and bottom rules under a "Table 1:"
    caption, and a figure drawn in a frame over a "Figure 1:" caption, set
    smaller than the text and centred (as LaTeX floats are): every row and
    every label is the table's or the figure's, none a paragraph or an
    indented quotation of the text."""
    w = W - 2 * M
    rows = [["Branch", "2017", "2018", "2019"], ["North", "12.4", "13.1", "14.0"], ["Harbour", "8.2", "8.9", "9.6"],
            ["Old Town", "21.7", "20.3", "22.5"], ["Riverside", "5.1", "5.8", "6.4"]]
    cells = "".join("<tr>" + "".join(f'<td style="padding: 1pt 8pt">{c}</td>' for c in r) + "</tr>" for r in rows)
    table = (f'<table style="margin: 0 auto; border-collapse: collapse; font-size: 9pt; border-top: 0.6pt solid black; '
             f'border-bottom: 0.6pt solid black">{cells.replace("</tr>", "</tr>", 1)}</table>')
    table = table.replace('<tr><td style="padding: 1pt 8pt">Branch', '<tr style="border-bottom: 0.6pt solid black">'
                          '<td style="padding: 1pt 8pt">Branch', 1)
    figure = ('<div style="width: 260pt; height: 90pt; margin: 0 auto; border: 0.8pt solid black; font-size: 9pt; '
              'text-align: center"><div style="padding-top: 14pt">Mon&#160;&#160;&#160; Tue&#160;&#160;&#160; '
              'Wed&#160;&#160;&#160; Thu&#160;&#160;&#160; Fri</div><div style="padding-top: 40pt">0 &#160;&#160;&#160;&#160; 50 '
              '&#160;&#160;&#160;&#160; 100</div></div>')
    p1 = (box(M, 70, w, "<h1>Opening Hours in Small Libraries</h1>")
          + box(M, 100, w, '<p class="authors">Ada Lindqvist</p>')
          + box(M, 140, w, paras(["Overall, the committee met in spring.", "Moreover, most branches reported."], 0))
          + box(M, 300, w, '<div style="font-size: 9pt; text-align: center">Table 1: Visitors per branch and year</div>')
          + box(M, 314, w, table)
          + box(M, 400, w, paras(["Similarly, the staff described requests."], 3))
          + box(M, 480, w, figure)
          + box(M, 576, w, '<div style="font-size: 9pt; text-align: center">Figure 1: Evening visitors by weekday</div>')
          + box(M, 600, w, paras(["In addition, a short survey ran."], 5)))
    s = build(tmp_path, "ruled-floats", [p1], heads=False)
    body = [b for b in s.blocks if b.role in ("paragraph", "quote", "list_item", "heading")]
    assert not [b.text for b in body if any(w in b.text for w in ("Riverside", "Harbour", "North", "Mon", "Fri", "50"))]
    tables = [b for b in s.blocks if b.role == "table"]
    assert len(tables) == 1 and all(w in tables[0].text for w in ("Branch", "Riverside")), [b.text for b in tables]
    figures = [b for b in s.blocks if b.role == "figure"]
    assert len(figures) == 1 and "Mon" in figures[0].text and "100" in figures[0].text, [b.text for b in figures]


def test_authors_in_capitals_joined_by_a_capital_and(tmp_path):
    """The title and the authors set in capitals, the names joined by "AND"
    (amsart's title block): both names are the article's authors."""
    w = W - 2 * M
    p1 = (box(M, 90, w, "<h1>LOCAL HISTORY REQUESTS IN FIVE DISTRICTS</h1>")
          + box(M, 130, w, '<p class="authors" style="font-size: 9pt">SAM RUIZ AND PAVEL NOVAK</p>')
          + box(M, 180, w, '<h2 style="text-align: center">1. Introduction</h2>')
          + box(M, 200, w, paras(["Overall, the committee met in spring.", "Moreover, most branches reported."], 0)))
    s = build(tmp_path, "caps-authors", [p1], heads=False)
    assert [a.lower() for a in s.meta.get("authors", [])] == ["sam ruiz", "pavel novak"], s.meta


def test_authors_address_after_the_references_is_no_part_of_the_last_entry(tmp_path):
    """amsart's ``\\address`` and ``\\email`` set under the reference list,
    apart from it by a gap: the last entry ends with its own text, the
    address is kept as a note of the article."""
    w = W - 2 * M
    refs = ["Albers, A. (2001) Reading rooms in small towns. Journal of Library Studies 23(1): 148-155.",
            "Brandt, B. (1980) The county library register. Rural Studies 12(3): 116-173.",
            "Castell, C. (2005) Opening hours and attendance. Information Quarterly 13(3): 162-179."]
    reflist = "".join(f'<p style="text-indent: -1.5em; padding-left: 1.5em; font-size: 9pt; line-height: 11pt">{r}</p>'
                      for r in refs)
    p1 = (box(M, 90, w, "<h1>Opening Hours in Small Libraries</h1>")
          + box(M, 130, w, '<p class="authors">Ada Lindqvist</p>')
          + box(M, 170, w, '<h2>1 Introduction</h2>')
          + box(M, 190, w, paras(["Overall, the committee met in spring.", "Moreover, most branches reported."], 0))
          + box(M, 400, w, '<h2>References</h2>') + box(M, 420, w, reflist)
          + box(M + 20, 470, w - 20, '<p style="font-size: 9pt; text-indent: 0">University of Example, Department of '
                                    'Library Studies</p><p style="font-size: 9pt; text-indent: 0"><i>Email address:</i> '
                                    'ada.lindqvist@example.org</p>'))
    s = build(tmp_path, "end-address", [p1], heads=False)
    entries = [b for b in s.blocks if b.role == "reference"]
    assert len(entries) == 3 and entries[-1].text.rstrip().endswith("162-179."), [b.text for b in entries]
    assert any("ada.lindqvist@example.org" in b.text for b in s.blocks if b.role == "note")


def test_cover_page_repeating_the_title_before_the_article(tmp_path):
    """A working-paper repository's cover (the series' name, the title, the
    authors, a download notice; no licence or terms of use) before the
    article's own title block on the next page: the first page is a cover,
    the article starts on page 2 with its title and authors there, and no
    line of either page's title block is read as a heading."""
    w = W - 2 * M
    cover = (box(M, 120, w, '<p style="font-family: sans-serif; font-size: 16pt; text-align: center">'
                            'Rural Studies Working Paper Series</p>')
             + box(M, 220, w, '<p style="font-family: sans-serif; font-size: 20pt; font-weight: bold; text-align: center; '
                              'line-height: 24pt">Local History Requests in Five Districts</p>')
             + box(M, 300, w, '<p style="font-family: sans-serif; font-size: 14pt; text-align: center">Mira Okafor</p>')
             + box(M, 420, w, '<p style="font-family: sans-serif; font-size: 11pt; text-align: center">This paper can be '
                              'downloaded without charge from the Social Science Research Network electronic library.</p>'))
    p2 = (box(M, 80, w, "<h1>Local History Requests in Five Districts</h1>")
          + box(M, 110, w, '<p class="authors">Mira Okafor</p>')
          + box(M, 126, w, '<p class="authors" style="font-size: 9pt; font-style: italic">University of Example</p>')
          + box(M, 170, w, '<h2>1 Introduction</h2>')
          + box(M, 190, w, paras(["Overall, the committee met in spring.", "Moreover, most branches reported."], 0))
          + box(M, 360, w, '<h2>2 Sources and method</h2>')
          + box(M, 380, w, paras(["Similarly, the staff described requests."], 3)))
    s = build(tmp_path, "title-again", [cover, p2], heads=False)
    assert [b.page for b in s.blocks if b.role == "title"] == [2], [(b.page, b.role, b.text) for b in s.blocks]
    assert any(b.role == "cover" and b.page == 1 for b in s.blocks)
    assert [b.text for b in s.blocks if b.role == "heading"] == ["1 Introduction", "2 Sources and method"]
    assert s.meta.get("authors") == ["Mira Okafor"]


def test_cover_page_before_a_title_in_the_texts_size_and_capitals(tmp_path):
    """The same cover before amsart's title block: the title again on page
    2 in the text's size, bold capitals, the author in small capitals."""
    w = W - 2 * M
    cover = (box(M, 220, w, '<p style="font-family: sans-serif; font-size: 20pt; font-weight: bold; text-align: center; '
                            'line-height: 24pt">Mobile Libraries in Rural Counties</p>')
             + box(M, 300, w, '<p style="font-family: sans-serif; font-size: 14pt; text-align: center">Henrik Aalto</p>')
             + box(M, 420, w, '<p style="font-family: sans-serif; font-size: 11pt; text-align: center">This paper can be '
                              'downloaded without charge from the Social Science Research Network electronic library.</p>'))
    p2 = (box(M, 80, w, '<p style="font-weight: bold; text-align: center">MOBILE LIBRARIES IN RURAL COUNTIES</p>')
          + box(M, 110, w, '<p style="font-size: 8pt; text-align: center">HENRIK AALTO</p>')
          + box(M, 150, w, '<p style="text-align: center">Introduction</p>')
          + box(M, 166, w, paras(["Overall, the committee met in spring.", "Moreover, most branches reported."], 0))
          + box(M, 330, w, '<p style="text-align: center">Sources and method</p>')
          + box(M, 346, w, paras(["Similarly, the staff described requests."], 3)))
    s = build(tmp_path, "title-again-caps", [cover, p2], heads=False)
    assert [b.page for b in s.blocks if b.role == "title"] == [2], [(b.page, b.role, b.text) for b in s.blocks]
    assert not [b.text for b in s.blocks if b.role == "heading" and "AALTO" in b.text]


def test_numbered_run_in_heads_with_an_upright_number(tmp_path):
    """amsart's sub-headings: run in with the paragraph, the number upright
    and the title bold ("2.1. <b>Sample.</b> Overall, …") or italic one
    level down ("2.1.1. <i>Weekday counts.</i> …"): each is a heading at its
    number's depth, the paragraph starts after it."""
    w = W - 2 * M

    def run_in(num, tag, title, start, k):
        return (f'<p class="first">{num} <{tag}>{title}.</{tag}> {start} {text(k, 4)}</p>'
                f'<p>Moreover, the report goes on. {text(k + 1, 3)}</p>')
    p1 = (box(M, 70, w, "<h1>Opening Hours in Small Libraries</h1>")
          + box(M, 100, w, '<p class="authors">Ada Lindqvist</p>')
          + box(M, 140, w, '<p style="text-align: center; font-size: 9pt">1. INTRODUCTION</p>')
          + box(M, 158, w, paras(["Overall, the committee met in spring."], 0))
          + box(M, 260, w, '<p style="text-align: center; font-size: 9pt">2. SOURCES AND METHOD</p>')
          + box(M, 278, w, run_in("2.1.", "b", "Sample", "Similarly, the staff described requests.", 2))
          + box(M, 400, w, run_in("2.1.1.", "i", "Weekday counts", "In addition, a short survey ran.", 4))
          + box(M, 520, w, run_in("2.2.", "b", "Survey design", "By contrast, the answers suggest.", 6)))
    s = build(tmp_path, "run-in-numbered", [p1], heads=False)
    heads = [(" ".join(b.text.split()), b.level) for b in s.blocks if b.role == "heading"]
    assert ("2.1. Sample", 2) in heads and ("2.1.1. Weekday counts", 3) in heads and ("2.2. Survey design", 2) in heads, heads
    starts = [b.text.split(".")[0] for b in s.blocks if b.role == "paragraph" and not b.continues]
    assert "Similarly, the staff described requests" in starts and "In addition, a short survey ran" in starts, starts


def test_framed_figure_taken_out_of_a_block_read_across_columns():
    """A chart's labels inside a drawn frame, read into one block with the
    lines beside the frame in the next column (the reading order took the
    page's top band as one row): the labels go to the figure, the lines of
    the other column stay where they were."""
    from types import SimpleNamespace as R

    from coursepack.read.figures import ruled_floats
    from coursepack.read.structure import Block, Line

    right = [Line(2, 320, 60 + 11 * k, 540, 69 + 11 * k, t) for k, t in
             enumerate(["Jansen, J. (2019) Archives after relocation. Amsterdam: Ex-", "ample Press."])]
    inside = [Line(2, 110, 90, 220, 99, "Mon Tue Wed Thu Fri"), Line(2, 120, 130, 200, 139, "0 50 100")]
    mixed = Block("quote", right + inside, id="p2-b2")
    caption = Block("caption", [Line(2, 60, 172, 290, 181, "Figure 1: Evening visitors by weekday")], id="p2-b3")
    frame = [R(kind="hrule", x0=76, top=60, x1=246, bottom=61), R(kind="hrule", x0=76, top=158, x1=246, bottom=159),
             R(kind="vrule", x0=76, top=60, x1=77, bottom=159), R(kind="vrule", x0=245, top=60, x1=246, bottom=159)]
    blocks = [mixed, caption]
    ruled_floats(blocks, [[], frame])
    figs = [b for b in blocks if b.role == "figure"]
    assert len(figs) == 1 and figs[0].text == "Mon Tue Wed Thu Fri\n0 50 100", [(b.role, b.text) for b in blocks]
    assert mixed.text == "Jansen, J. (2019) Archives after relocation. Amsterdam: Ex-\nample Press."


def test_article_info_box_beside_a_letter_spaced_abstract_label(tmp_path):
    """Elsevier's front box: "A R T I C L E   I N F O" over the article's
    history in a narrow column, "A B S T R A C T" over the abstract beside
    it, the labels letter-spaced: the abstract is found under its label,
    its text without the history's lines."""
    w = W - 2 * M
    ls = 'style="font-size: 7pt; letter-spacing: 3pt"'
    info = (f'<p {ls}>ARTICLE&#160;&#160;INFO</p><p style="font-size: 8pt; line-height: 10pt"><i>Article history:</i><br>'
            'Received 3 March 2019<br>Accepted 12 June 2019<br>Available online 2 July 2019</p>')
    abstract = (f'<p {ls}>ABSTRACT</p><p style="font-size: 8pt; line-height: 10pt; text-align: justify">This article reports '
                'a survey of readers in the regional libraries of five districts. It compares opening hours, lending '
                'periods and transport links with the number of visitors. Evening hours matter more than the size of the '
                'collection. The findings do not hold for every region of the country.</p>')
    p1 = (box(M, 70, w, "<h1>Catalogues in Print and Online</h1>")
          + box(M, 100, w, '<p class="authors">Oskar Brandt</p>')
          + box(M, 118, w, '<p class="authors" style="font-size: 9pt; font-style: italic">University of Example</p>')
          + box(M, 150, w * 0.28, info) + box(M + w * 0.33, 150, w * 0.67, abstract)
          + box(M, 240, w, '<h2>1 Introduction</h2>')
          + box(M, 260, w, paras(["Overall, the committee met in spring.", "Moreover, most branches reported."], 0)))
    s = build(tmp_path, "info-box", [p1], heads=False)
    abstracts = [b for b in s.blocks if b.role == "abstract"]
    assert abstracts and abstracts[0].text.startswith("This article reports a survey"), \
        [(b.role, b.text[:50]) for b in s.blocks]
    assert not any("Received" in b.text or "history" in b.text for b in abstracts)
