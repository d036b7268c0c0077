"""read_pdf on PDFs made here with WeasyPrint, where the truth is known:
a two-column article with a title, authors, an abstract, headings,
paragraphs, page-foot footnotes with raised markers, running heads and page
numbers, a table with its caption and a hanging-indent reference list; and
bad input (encrypted, image-only, damaged)."""

from __future__ import annotations

import json
from dataclasses import asdict

import pytest

from coursepack.errors import ContentError
from coursepack.read.pdf import read_pdf

WORDS = ("the state of the field is measured in careful studies of institutions and their "
         "histories which scholars have long debated across many countries and decades").split()


def sentence(k: int, n: int = 60) -> str:
    return " ".join(WORDS[(k + j) % len(WORDS)] for j in range(n)).capitalize() + "."


CSS = """
@page { size: A4; margin: 70pt 60pt 70pt 60pt;
        @top-center { content: "Journal of Testing 12 (2024)"; font-size: 8pt; }
        @bottom-center { content: counter(page); font-size: 8pt; }
        @footnote { border-top: 0.5pt solid black; padding-top: 4pt; } }
body { font-family: serif; font-size: 10pt; line-height: 12.5pt; }
h1.title { font-size: 20pt; margin: 0 0 8pt; }
p.authors { font-size: 11pt; margin: 0 0 14pt; }
h2 { font-size: 13pt; font-weight: bold; margin: 14pt 0 4pt; }
.abstract { font-size: 9pt; margin: 0 30pt 16pt; }
.cols { columns: 2; column-gap: 20pt; }
.cols p { margin: 0; text-indent: 14pt; text-align: justify; }
.cols h2 + p { text-indent: 0; }
.fn { float: footnote; font-size: 8pt; }
.fn::footnote-call { content: counter(footnote); vertical-align: super; font-size: 6pt; }
.fn::footnote-marker { content: counter(footnote) " "; }
.refs p { text-indent: -18pt; padding-left: 18pt; margin: 0 0 2pt; font-size: 9pt; text-align: left; }
table { font-size: 9pt; border-collapse: collapse; margin: 6pt 0; }
td { padding: 1pt 6pt; border-top: 0.5pt solid black; }
.caption { font-weight: bold; font-size: 9pt; text-indent: 0; }
"""

REFS = [
    "Anderson, Benedict (1983): Imagined Communities. Reflections on the Origin and Spread of Nationalism. London: Verso.",
    "Bourdieu, Pierre (1984): Distinction. A Social Critique of the Judgement of Taste. Cambridge, MA: Harvard University Press.",
    "Castoriadis, Cornelius (1987): The Imaginary Institution of Society. Cambridge: Polity Press, with a long subtitle that wraps.",
    "Durkheim, Emile (1912): Les formes élémentaires de la vie religieuse. Paris: Alcan.",
    "Elias, Norbert (1939): Über den Prozess der Zivilisation. Soziogenetische und psychogenetische Untersuchungen. Basel: Haus zum Falken.",
]


def article_html() -> str:
    body = []
    k = 0
    for s, head in enumerate(["Introduction", "Data and methods", "Findings", "Discussion"]):
        body.append(f"<h2>{s + 1}. {head}</h2>")
        for p in range(3):
            k += 1
            note = ""
            if p == 1:
                note = f'<span class="fn">Note text number {s + 1} about {WORDS[s]} and its sources in the archive.</span>'
            body.append(f"<p>{sentence(k)}{note} {sentence(k + 3, 40)}</p>")
        if s == 1:
            body.append('<p class="caption">Table 1: Counts by year</p><table>'
                        + "".join(f"<tr><td>{2000 + y}</td><td>{3.5 + y:.2f}</td><td>{0.08 * y:.2f}</td></tr>" for y in range(4))
                        + "</table>")
    refs = "".join(f"<p>{r}</p>" for r in REFS)
    return f"""<html><head><style>{CSS}</style></head><body>
<h1 class="title">Institutions and Their Histories</h1>
<p class="authors">Anna Müller and Jonas Berger</p>
<div class="abstract"><b>Abstract</b> {sentence(50, 70)}</div>
<div class="cols">{''.join(body)}<h2>References</h2><div class="refs">{refs}</div></div>
</body></html>"""


@pytest.fixture(scope="module")
def article(tmp_path_factory):
    from weasyprint import HTML

    path = tmp_path_factory.mktemp("pdf") / "article.pdf"
    HTML(string=article_html()).write_pdf(path)
    return read_pdf(path)


def test_title_and_authors(article):
    assert article.meta["title"] == "Institutions and Their Histories"
    assert article.meta["authors"] == ["Anna Müller", "Jonas Berger"]
    assert article.of_role("title")[0].page == 1


def test_abstract_found(article):
    abstract = article.of_role("abstract")
    assert abstract and abstract[0].text.startswith("Abstract")


def test_headings_with_levels_and_nothing_else(article):
    heads = [b.text for b in article.of_role("heading")]
    assert heads == ["1. Introduction", "2. Data and methods", "3. Findings", "4. Discussion"]
    assert {b.level for b in article.of_role("heading")} == {1}


def test_running_heads_and_page_numbers_are_furniture(article):
    furniture = [b.text for b in article.of_role("furniture")]
    assert furniture.count("Journal of Testing 12 (2024)") == len(article.pages)
    body = " ".join(b.text for b in article.of_role("paragraph", "heading", "note", "reference"))
    assert "Journal of Testing" not in body


def test_paragraph_starts(article):
    starts = [b for b in article.of_role("paragraph") if not b.continues]
    # twelve paragraphs of body text, each starting with a capital word from WORDS
    assert len(starts) == 12
    for b in starts:
        assert b.text[:1].isupper()


def test_footnotes_one_block_each_with_marker_in_body(article):
    notes = [b for b in article.of_role("note") if not b.continues]
    assert [b.number for b in notes] == [1, 2, 3, 4]
    for b in notes:
        assert f"Note text number {b.number} about" in b.text.replace("\n", " ")
        # the marker stands raised in a body line of the same page
        marked = [ln for p in article.of_role("paragraph") for ln in p.lines if ln.page == b.page
                  and any(ln.text[a:e] == str(b.number) for a, e in ln.superscripts)]
        assert marked, f"no raised marker {b.number} on page {b.page}"
    body = " ".join(b.text for b in article.of_role("paragraph"))
    assert "Note text number" not in body


def test_reference_entries_one_block_each(article):
    assert [b.text for b in article.of_role("references_heading")] == ["References"]
    refs = article.of_role("reference")
    assert len(refs) == len(REFS)
    for b, want in zip(refs, REFS):
        assert " ".join(b.text.split()).replace("- ", "-").startswith(want.split(":")[0])


def test_table_and_caption_kept_out_of_text(article):
    assert [b.text for b in article.of_role("caption")] == ["Table 1: Counts by year"]
    body = " ".join(b.text for b in article.of_role("paragraph", "heading"))
    assert "3.50" not in body and "2001" not in body


def test_blocks_have_ids_and_why_and_are_json_friendly(article):
    ids = [b.id for b in article.blocks]
    assert len(set(ids)) == len(ids)
    assert all(b.why for b in article.blocks)
    assert all(b.id.startswith(f"p{b.page}-b") for b in article.blocks)
    json.dumps(asdict(article))


def test_two_column_reading_order(article):
    """Left column before right column on every page."""
    for page in range(1, len(article.pages) + 1):
        lines = [ln for b in article.of_role("paragraph") for ln in b.lines if ln.page == page]
        mid = article.pages[page - 1][0] / 2
        sides = [ln.x0 > mid for ln in lines]
        assert sides == sorted(sides), f"page {page}: right-column line before a left-column one"


# ----------------------------------------------------------------------
# bad input

def test_damaged_pdf(tmp_path):
    p = tmp_path / "bad.pdf"
    p.write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    with pytest.raises(ContentError) as e:
        read_pdf(p, display="bad.pdf")
    assert str(e.value).startswith("bad.pdf: ")
    assert "damaged" in str(e.value)


def test_image_only_pdf(tmp_path):
    from PIL import Image

    p = tmp_path / "scan.pdf"
    Image.new("RGB", (300, 400), "white").save(p)
    with pytest.raises(ContentError) as e:
        read_pdf(p)
    assert "no text layer" in str(e.value) and "ocrmypdf" in str(e.value)


def test_encrypted_pdf(tmp_path):
    from pypdf import PdfWriter
    from weasyprint import HTML

    plain = tmp_path / "plain.pdf"
    HTML(string="<p>Some text on a page that is long enough to count.</p>" * 20).write_pdf(plain)
    w = PdfWriter(clone_from=str(plain))
    w.encrypt(user_password="secret", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with open(locked, "wb") as f:
        w.write(f)
    with pytest.raises(ContentError) as e:
        read_pdf(locked)
    assert "encrypted" in str(e.value) and "qpdf --decrypt" in str(e.value)
    # the same file without a password reads
    assert read_pdf(plain).blocks


def test_missing_file(tmp_path):
    with pytest.raises(ContentError, match="no such file"):
        read_pdf(tmp_path / "nope.pdf")


# ----------------------------------------------------------------------
# a repository cover sheet, one column, paragraphs by gap, endnotes

COVER_CSS = """
@page { size: A4; margin: 60pt; @bottom-center { content: counter(page); font-size: 8pt; } }
body { font-family: sans-serif; font-size: 11pt; line-height: 14pt; }
.cover { page-break-after: always; font-size: 8pt; }
.cover h1 { font-size: 12pt; }
h1.title { font-size: 18pt; }
p { margin: 0 0 10pt; }
h2 { font-size: 11pt; font-weight: bold; margin: 16pt 0 6pt; }
sup { font-size: 7pt; }
"""


def cover_html() -> str:
    cover = ("<div class='cover'><h1>Repository of Open Papers</h1>"
             "<p>Suggested Citation: Smith, Jane: Official figures and their uses.</p>"
             "<p>Terms of use: This document is made available under a Creative Commons licence. "
             "By using this particular document, you accept the above-stated conditions of use.</p>"
             "<p>Nutzungsbedingungen: Dieser Text wird unter einer CC BY Lizenz zur Verfügung gestellt.</p>"
             "<p>Persistent identifier: urn:nbn:de:0000-1234</p></div>")
    body = [f"<p>{sentence(k, 45)}{'<sup>' + str(k) + '</sup>' if k in (1, 2) else ''} {sentence(k + 5, 20)}</p>"
            for k in range(1, 5)]
    notes = ("<h2>Notes</h2><p>1 The first endnote explains the official sources.</p>"
             "<p>2 The second endnote adds a remark.</p>")
    return (f"<html><head><style>{COVER_CSS}</style></head><body>{cover}"
            f"<h1 class='title'>Official Figures and Their Uses</h1><p>Jane Smith</p>"
            f"<h2>Introduction</h2>{''.join(body)}{notes}</body></html>")


@pytest.fixture(scope="module")
def covered(tmp_path_factory):
    from weasyprint import HTML

    path = tmp_path_factory.mktemp("pdf") / "covered.pdf"
    HTML(string=cover_html()).write_pdf(path)
    return read_pdf(path)


def test_cover_sheet_detected_and_not_read_as_article(covered):
    cover = covered.of_role("cover")
    assert len(cover) == 1 and cover[0].page == 1
    assert "Terms of use" in cover[0].text
    assert covered.meta["title"] == "Official Figures and Their Uses"
    assert covered.meta["authors"] == ["Jane Smith"]
    assert all(b.page == 2 for b in covered.blocks if b.role not in ("cover", "furniture"))


def test_ligatures_read_as_letters(covered):
    text = " ".join(b.text for b in covered.blocks)
    assert "\ufb01" not in text and "\ufb03" not in text
    assert "Official Figures" in covered.meta["title"]


def test_paragraphs_by_gap_and_endnotes(covered):
    starts = [b for b in covered.of_role("paragraph") if not b.continues]
    assert len(starts) == 4
    notes = covered.of_role("note")
    assert [b.number for b in notes] == [1, 2]
    assert notes[0].text.startswith("1 The first endnote")
    assert "endnote" not in " ".join(b.text for b in starts)
    heads = [b.text for b in covered.of_role("heading")]
    assert heads == ["Introduction", "Notes"]


def test_body_markers_are_superscripts(covered):
    marked = [ln.text[a:e] for b in covered.of_role("paragraph") for ln in b.lines for a, e in ln.superscripts]
    assert marked == ["1", "2"]


def test_block_quotation_and_bullet_list(tmp_path):
    from weasyprint import HTML

    css = ("@page { size: A4; margin: 60pt } body { font-family: serif; font-size: 11pt; line-height: 14pt }"
           "p { margin: 0; text-indent: 16pt; text-align: justify } h1 { font-size: 18pt }"
           "blockquote { font-size: 9pt; line-height: 11pt; margin: 8pt 30pt } ul { margin: 6pt 0 }")
    html = (f"<html><head><style>{css}</style></head><body><h1>Quotations and Lists in Reading</h1>"
            f"<p>{sentence(1, 70)}</p><blockquote>{sentence(7, 50)}</blockquote>"
            f"<p>{sentence(3, 60)}</p><ul><li>{sentence(4, 12)}</li><li>{sentence(9, 30)}</li></ul>"
            f"<p>{sentence(5, 60)}</p></body></html>")
    path = tmp_path / "q.pdf"
    HTML(string=html).write_pdf(path)
    s = read_pdf(path)
    quotes = s.of_role("quote")
    assert len(quotes) == 1 and quotes[0].text.startswith(sentence(7)[:20])
    items = s.of_role("list_item")
    assert [b.text.split()[1] for b in items] == [sentence(4).split()[0], sentence(9).split()[0]]
    assert len(items[1].lines) >= 2   # the item's second line stays with it
    assert [b.text[:15] for b in s.of_role("paragraph") if not b.continues] == \
        [sentence(k)[:15] for k in (1, 3, 5)]


def test_table_of_contents_is_furniture_not_stranded_text(tmp_path):
    """A working paper's contents page ("Table of Contents", the sections
    with their page numbers) is the document's own navigation: furniture,
    never 'other' text that repair reports as stranded note text (en-11018
    printed "Table of Contents" in its editorial note)."""
    from weasyprint import HTML

    from coursepack.repair import repair_structure

    heads = ["Introduction", "Data and methods", "Findings", "Discussion"]
    toc = "".join(f'<p class="toc">{h}<span>{k + 1}</span></p>' for k, h in enumerate(heads))
    body = "".join(f"<h2>{k + 1}. {h}</h2>" + "".join(f"<p>{sentence(k * 3 + j)}</p>" for j in range(3))
                   for k, h in enumerate(heads))
    css = CSS + ".toc { display: flex; justify-content: space-between; margin: 0 0 6pt; } .brk { break-after: page; }"
    html = f"""<html><head><style>{css}</style></head><body>
<h1 class="title">Institutions and Their Histories</h1>
<p class="authors">Anna Müller and Jonas Berger</p>
<div class="abstract brk"><b>Abstract</b> {sentence(50, 70)}</div>
<h2 style="text-align: center">Table of Contents</h2><div class="brk">{toc}</div>
{body}</body></html>"""
    path = tmp_path / "paper.pdf"
    HTML(string=html).write_pdf(path)
    s = read_pdf(path)
    page2 = [b for b in s.blocks if b.page == 2]
    assert page2 and all(b.role == "furniture" for b in page2), [(b.role, b.text[:30]) for b in page2]
    assert [b.text for b in s.blocks if b.role == "heading"] == [f"{k + 1}. {h}" for k, h in enumerate(heads)]
    r = repair_structure(s)
    assert not [f.text for f in r.fragments], [f.text for f in r.fragments]
