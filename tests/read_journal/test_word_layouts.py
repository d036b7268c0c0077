"""Layouts of articles set in a word processor (Word's, LibreOffice's
habits) that ``benchmarks/producer_layouts.py --producer word`` found read
wrongly, typeset for the test by WeasyPrint with every block placed by hand
(absolute positions in points on A4 pages), so the truth is the page as
written: a publisher's banner over the title, an author whose name has
letters beyond ASCII, a "Cite this article" box, line numbers in the
text's own size, a Notes section whose numbers stand raised at the margin.
"""

from __future__ import annotations

from tests.corpus.synth.generate import EN

W, H, M = 595, 842, 72            # A4 in points, an inch of margin
CSS = """@page { size: 595pt 842pt; margin: 0 }
body { margin: 0; font-family: serif; font-size: 11pt; line-height: 15pt }
.pg { position: relative; width: 595pt; height: 842pt; page-break-after: always; overflow: hidden }
.pg:last-child { page-break-after: auto }
.b { position: absolute; text-align: left }
p { margin: 0 0 6pt 0 }
.banner { font-size: 22pt; line-height: 26pt; font-weight: bold; color: #1f4e79 }
.info { font-size: 9pt; border-bottom: 1.5pt solid #1f4e79; padding-bottom: 3pt }
h1 { font-size: 19pt; line-height: 23pt; margin: 0; font-weight: bold }
.authors { font-size: 12pt } .affil { font-size: 9pt; font-style: italic }
h2 { font-size: 13pt; font-weight: bold; margin: 0 }
.cite { font-size: 9pt; border: 0.5pt solid black; padding: 4pt; background: #eee }
.folio { font-size: 9pt; text-align: center }
sup { font-size: 6pt; line-height: 0 }"""


def text(k: int, n: int) -> str:
    return " ".join(EN[(k + j) % 12] for j in range(n))


def box(x, y, w, inner):
    return f'<div class="b" style="left:{x}pt; top:{y}pt; width:{w}pt">{inner}</div>'


def build(tmp_path, name: str, pages: list[str]):
    from weasyprint import HTML

    from coursepack.read.pdf import read_pdf

    body = "".join(f'<div class="pg">{p}{box(M, H - 40, W - 2 * M, f"<div class=folio>{k + 1}</div>")}</div>'
                   for k, p in enumerate(pages))
    doc = f'<html lang="en"><head><meta charset="utf-8"><style>{CSS}</style></head><body>{body}</body></html>'
    pdf = tmp_path / f"{name}.pdf"
    HTML(string=doc).write_pdf(str(pdf))
    return read_pdf(pdf)


def test_banner_author_beyond_ascii_and_cite_box(tmp_path):
    """A journal's name in large type over its volume and DOI line, larger
    than the title, is the masthead, not a line of authors; the one author
    below the title, "Ágnes Szőke", is an author, not a subtitle; the
    "Cite this article" box under the abstract is no paragraph."""
    w = W - 2 * M
    p1 = (box(M, 40, w, '<div class="banner">Information Quarterly</div>')
          + box(M, 70, w, '<div class="info">Vol. 12, No. 2 (2019), pp. 36–50 · ISSN 1234-5678 · '
                          'https://doi.org/10.5555/iq.2019.12001</div>')
          + box(M, 110, w, "<h1>Opening Hours in Small Libraries</h1>")
          + box(M, 142, w, '<div class="authors">Ágnes Szőke</div>')
          + box(M, 160, w, '<div class="affil">University of Example, Department of Library Studies</div>')
          + box(M, 190, w, f"<p><b>Abstract:</b> {text(0, 3)}</p>")
          + box(M, 270, w, '<div class="cite"><b>Cite this article:</b> Szőke, Á. (2019). Opening Hours in Small '
                           'Libraries. Information Quarterly, 12, 36–50. https://doi.org/10.5555/iq.2019.12001</div>')
          + box(M, 330, w, "<h2>1. Introduction</h2>")
          + box(M, 352, w, f"<p>Overall, the committee met in spring. {text(3, 4)}</p>"
                           f"<p>Moreover, most branches reported. {text(5, 4)}</p>"))
    s = build(tmp_path, "banner", [p1])
    assert s.meta.get("title") == "Opening Hours in Small Libraries", s.meta
    assert s.meta.get("authors") == ["Ágnes Szőke"], s.meta
    assert not [b for b in s.blocks if b.role == "subtitle"], [b.text for b in s.blocks if b.role == "subtitle"]
    body = [b for b in s.blocks if b.role in ("paragraph", "quote", "list_item", "heading", "author")]
    assert not [b.text for b in body if "Cite this article" in b.text or "Information Quarterly" in b.text]
    starts = [b.text.split()[0] for b in s.blocks if b.role == "paragraph" and not b.continues]
    assert starts == ["Overall,", "Moreover,"], [b.text[:40] for b in s.blocks if b.role == "paragraph"]


def test_line_numbers_in_the_texts_size(tmp_path):
    """A review copy's line numbers set in the text's own size in the left
    margin, one per line, running on from page to page (a word
    processor's line numbering): none of them is read into the text, and
    the heading opening the second page keeps its number though the line
    number at its height on the page before counts one less."""
    w = W - 2 * M
    pitch = 15

    def page(first: int, top: int, heading: str, leads: list[str], k0: int) -> str:
        rows = [(top, f"<h2>{heading}</h2>")]
        y = top + 2 * pitch
        for k in range(26):
            lead = leads[0] if k == 0 else leads[1] if k == 13 else ""
            rows.append((y, f"<div>{(lead + ' ' + EN[(k0 + k) % 12])[:88]}</div>"))
            y += pitch
        return "".join(box(M - 30, t, 18, f'<div style="text-align:right">{first + j}</div>') + box(M, t, w, inner)
                       for j, (t, inner) in enumerate(rows))
    # (the title's and the authors' lines are numbered too, the title's
    # "1" at the height of the next page's heading "2 …")
    p1 = (box(M - 30, 60, 18, '<div style="text-align:right">1</div>')
          + box(M, 60, w, "<h1>Opening Hours in Small Libraries</h1>")
          + box(M - 30, 90, 18, '<div style="text-align:right">2</div>')
          + box(M, 90, w, '<div class="authors">Ada Lindqvist</div>')
          + page(3, 130, "1 Introduction", ["Overall, the committee met in spring.", "Moreover, most branches reported."], 0))
    p2 = page(30, 60, "2 Sources and method", ["Similarly, the staff described requests.",
                                                "In addition, a short survey ran."], 5)
    s = build(tmp_path, "text-size-line-numbers", [p1, p2])
    heads = [" ".join(b.text.split()) for b in s.blocks if b.role == "heading"]
    assert heads == ["1 Introduction", "2 Sources and method"], heads
    body = [b for b in s.blocks if b.role in ("paragraph", "table", "list_item", "quote")]
    assert not any(w.isdigit() for b in body for w in b.text.split()), [b.text[:60] for b in body]


def test_endnotes_numbered_raised_at_the_margin(tmp_path):
    """A Notes section before the references whose numbers stand raised at
    the margin, one under the other (a word processor's superscript
    numbers, hanging): five notes, numbered 1 to 5, not one note whose
    numbers were taken for line numbers."""
    w = W - 2 * M
    notes = [f"See the annual report of the board for {t}." for t in
             ("the tables of visitors", "the survey's questions", "the months left out", "the notices",
              "the method used")]
    body = "".join(f"<p>{s} {text(k, 3)}<sup>{k + 1}</sup> {text(k + 4, 2)}</p>" for k, s in enumerate(
        ["Overall, the committee met in spring.", "Moreover, most branches reported.",
         "Similarly, the staff described requests.", "In addition, a short survey ran.",
         "By contrast, the answers suggest that."]))
    p1 = (box(M, 60, w, "<h1>Opening Hours in Small Libraries</h1>")
          + box(M, 92, w, '<div class="authors">Ada Lindqvist</div>')
          + box(M, 130, w, "<h2>1. Introduction</h2>") + box(M, 152, w, body))
    entries = "".join(f'<p style="padding-left: 18pt; text-indent: -18pt"><sup style="vertical-align: 4pt">{k + 1}</sup> '
                      f'{t} {text(k, 1)}</p>'
                      for k, t in enumerate(notes))
    p2 = (box(M, 60, w, "<h2>Notes</h2>") + box(M, 84, w, entries)
          + box(M, 560, w, "<h2>References</h2>")
          + box(M, 584, w, "<p>Albers, A. (2015) Reading rooms in small towns. London: Example Press.</p>"))
    s = build(tmp_path, "raised-endnotes", [p1, p2])
    numbered = [b.number for b in s.blocks if b.role == "note" and b.number is not None]
    assert numbered == [1, 2, 3, 4, 5], [(b.number, b.text[:40]) for b in s.blocks if b.role == "note"]
