"""Layouts the corpus does not show, typeset by WeasyPrint in flowing CSS
(the truth is the article as written): a download platform's cover sheet,
footnotes under a reference list set small, a reference list in two
columns, three columns, roman-numbered and small-capital headings below the
authors, endnotes with raised numbers, reference lists under other names.

Each article is two or three short pages: headings, paragraphs opening
"Paragraph N opens here.", notes and references known.
"""

from __future__ import annotations

import html
import re

import pytest
from weasyprint import HTML

from coursepack.read.pdf import read_pdf

from tests.corpus.scoring import BODY_ROLES, flat, norm, paragraphs, same
from tests.corpus.synth.generate import EN, REFS_AD

REFS = REFS_AD + [
    "Farkas, E. (2012) Mobile libraries in rural districts. Rural Studies 9(3): 40-58.",
    "Gomez, A., Hale, B. and Ito, C. (2017) Evening hours and young readers. Library Review 31(1): 1-17.",
    "Holm, J. (2001) The County Library Register. Oslo: Example Books."]
NOTES = ["The branches are named after the towns they serve, not after their streets.",
         "Two of the rural districts share one mobile library, counted once in the tables.",
         "Figures for the last quarter were estimated from the first three quarters.",
         "The survey questions are given in full in the appendix of the annual report."]
HEADS = ["Introduction", "Method", "Results", "Discussion"]
CSS = """@page { size: A4; margin: 22mm 20mm 25mm 20mm; @bottom-center { content: counter(page); font-size: 9pt } }
@page cover { @bottom-center { content: none } }
html { font-family: serif; font-size: 10.5pt; line-height: 1.35 }
h1 { font-size: 18pt; margin: 0 0 6pt } .authors { font-size: 11pt; margin-bottom: 12pt }
.body { column-count: %(cols)s; column-gap: 14pt }
h2 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid }
p { margin: 0; text-indent: 1.5em; text-align: justify; hyphens: auto } h2 + p, h3 + p { text-indent: 0 }
.fn { float: footnote; font-size: 8.5pt; text-indent: 0 }
::footnote-call { content: counter(footnote); vertical-align: super; font-size: 6.5pt; line-height: 0 }
::footnote-marker { content: counter(footnote) ". " }
.refs p { text-indent: -14pt; padding-left: 14pt; font-size: 9.5pt; margin-bottom: 2pt; text-align: left }
.notes p { text-indent: 0; font-size: 9.5pt; margin-bottom: 3pt; hyphens: none }
%(extra)s"""


def paragraph(i: int) -> str:
    return f"Paragraph {i + 1} opens here. " + " ".join(EN[(i * 3 + j) % len(EN)] for j in range(4))


def article(tmp_path, name: str, *, cols: int = 1, css: str = "", heads=HEADS, notes=(), endnotes: str = "",
            refhead: str | None = "References", cover: str = "", cite: bool = False, front: str = "",
            refs: list[str] = REFS, after: str = "", notefmt: str = '<sup style="font-size:6.5pt">{}</sup>', dropcap: str = ""):
    """Typeset and read an article; return ``(structure, truth)``."""
    e = html.escape
    parts = [cover, '<h1>Opening Hours in Regional Libraries</h1>' + (
        front or '<div class="authors">Ann Kowalczyk and Bo Lindqvist</div>') + '<div class="body">']
    truth = {"paras": [], "heads": [h.removeprefix("h3:") for h in heads]}
    k = nn = 0
    for h in heads:
        parts.append(f"<h3>{h[3:]}</h3>" if h.startswith("h3:") else f"<h2>{h}</h2>")
        for _ in range(2):
            p = e(paragraph(k))
            truth["paras"].append(f"Paragraph {k + 1} opens here.")
            k += 1
            if nn < len(notes) and k % 2 == 0:
                a, b = p.split(". ", 1)
                call = f'<sup style="font-size:6.5pt">{nn + 1}</sup>' if endnotes else \
                    f'<span class="fn">{e(notes[nn])}</span>'
                p = f"{a}.{call} {b}"
                nn += 1
            if cite:   # an author-date citation in each paragraph: "(Albers 2011)"
                ref = REFS[k % len(REFS)]
                year = re.search(r"[(](\d{4})", ref).group(1)
                p = p.replace(" libraries", f" libraries ({ref.split(',')[0]} {year})", 1)
            if dropcap and k == 1:
                p = dropcap + p[1:]
            parts.append(f"<p>{p}</p>")
    if endnotes:
        parts.append(f"<h2>{endnotes}</h2><div class=\"notes\">" + "".join(
            f'<p>{notefmt.format(i)} {e(t)}</p>' for i, t in enumerate(notes, 1)) + "</div>")
    parts.append("</div>" + (f"<h2>{refhead}</h2>" if refhead else ""))
    parts.append('<div class="refs">' + "".join(f"<p>{e(r)}</p>" for r in refs) + "</div>" + after)
    doc = (f'<html lang="en"><head><meta charset="utf-8"><style>{CSS % {"cols": cols, "extra": css}}</style>'
           f'</head><body>{"".join(parts)}</body></html>')
    pdf = tmp_path / f"{name}.pdf"
    HTML(string=doc).write_pdf(str(pdf))
    return read_pdf(pdf), truth


def notes(s) -> dict:
    out: dict = {}
    for b in s.blocks:
        if b.role == "note":
            if b.continues and out:
                out[list(out)[-1]] += " " + flat(b)
            else:
                out[b.number] = flat(b)
    return out


def check_body(s, truth) -> None:
    """Every heading a heading, every paragraph whole and in order, the
    references one entry each, nothing of notes or references in the body."""
    heads = [flat(b) for b in s.blocks if b.role == "heading"]
    assert [h for h in heads if h != "notes"] == [norm(h) for h in truth["heads"]], \
        [(b.role, b.text[:30]) for b in s.blocks]
    paras = paragraphs(s)
    want = [norm(t) for t in truth["paras"]]
    assert len(paras) == len(want) and all(p.startswith(w) for p, w in zip(paras, want)), paras
    refs = [flat(b) for b in s.blocks if b.role == "reference"]
    assert len(refs) == len(REFS) and all(same(norm(r), g) for r, g in zip(REFS, refs)), refs
    body = " ".join(paras)
    assert not any(norm(t)[:30] in body for t in NOTES + REFS)
    assert s.meta.get("authors") == ["Ann Kowalczyk", "Bo Lindqvist"], s.meta


JSTOR = ('<div style="page: cover; break-after: page; font-family: sans-serif; font-size: 10pt">'
         '<p style="font-size:20pt">JSTOR</p><p><b>Opening Hours in Regional Libraries</b></p>'
         '<p>Author(s): Ann Kowalczyk and Bo Lindqvist</p>'
         '<p>Source: <i>Journal of Example Studies</i>, Vol. 12, No. 3 (Autumn, 2019), pp. 211-230</p>'
         '<p>Published by: Example University Press</p><p>Stable URL: https://www.jstor.org/stable/12345678</p>'
         '<p>Accessed: 14-03-2021 10:12 UTC</p><p style="margin-top:30pt; font-size:8pt">Your use of the JSTOR '
         'archive indicates your acceptance of the Terms &amp; Conditions of Use, available at '
         'https://about.jstor.org/terms.</p></div>')


def test_platform_cover_sheet_and_a_footnote_under_the_references(tmp_path):
    """A download platform's cover page (no repository's licence words) is a
    cover, not the article; the last footnote, set smaller below a reference
    list in small type with no rule above it, is a note, not a reference."""
    s, truth = article(tmp_path, "cover", cover=JSTOR, notes=NOTES)
    assert all(b.role == "cover" for b in s.blocks if b.page == 1), [(b.role, b.text[:30]) for b in s.blocks if b.page == 1]
    assert s.meta.get("title") == "Opening Hours in Regional Libraries"
    check_body(s, truth)
    got = notes(s)
    assert sorted(got) == [1, 2, 3, 4] and all(norm(t) in got[k] for k, t in enumerate(NOTES, 1)), got


def test_reference_list_in_two_columns_of_small_type(tmp_path):
    """Two columns of references below one column of text: a left entry
    reaching into the gutter is not joined with the right entry beside it."""
    s, truth = article(tmp_path, "refs2", css=".refs { column-count: 2; column-gap: 12pt } "
                                               ".refs p { font-size: 8pt; line-height: 1.2 }")
    check_body(s, truth)


def test_three_columns(tmp_path):
    """Three columns under a full-width title, the reference list in full
    width below them: read column by column, its heading before it."""
    s, truth = article(tmp_path, "three", cols=3, css="html { font-size: 9pt }")
    check_body(s, truth)
    assert any(b.role == "references_heading" for b in s.blocks)


@pytest.mark.parametrize("style", ["roman", "smallcaps"])
def test_first_heading_right_below_the_authors(tmp_path, style):
    """The body's first heading close below the author line is a heading,
    not a name ("I. Introduction") nor an affiliation (small capitals in
    the body's size)."""
    if style == "roman":
        heads = ["I. Introduction", "II. Method", "III. Results", "IV. Discussion"]
        s, truth = article(tmp_path, style, heads=heads)
    else:
        s, truth = article(tmp_path, style, css="h2 { font-variant: small-caps; font-weight: normal; "
                                                "font-size: 10.5pt; text-align: center }")
    check_body(s, truth)


@pytest.mark.parametrize("fmt", ['<sup style="font-size:6.5pt">{}</sup>', "[{}]"])
def test_endnotes_with_raised_or_bracketed_numbers(tmp_path, fmt):
    """Endnotes under "Notes" opening with a raised number or with the
    number in brackets ("[2] Two of …"): one note each, numbered."""
    s, truth = article(tmp_path, "endnotes", notes=NOTES, endnotes="Notes", notefmt=fmt)
    check_body(s, truth)
    got = notes(s)
    assert sorted(got) == [1, 2, 3, 4] and all(norm(t) in got[k] for k, t in enumerate(NOTES, 1)), got


def test_running_heads_alternating_beside_the_page_number(tmp_path):
    """Left pages carry the title, right pages the authors, each in the row
    of the page number at the top outer corner: on a short article the
    title's head stands on one page only, and is still no paragraph."""
    heads = ("@page { @bottom-center { content: none } @top-left { content: 'Kowalczyk and Lindqvist'; font-size: 8pt }"
             " @top-right { content: counter(page); font-size: 9pt } }"
             " @page :left { @top-left { content: counter(page); font-size: 9pt }"
             " @top-right { content: 'Opening Hours in Regional Libraries'; font-size: 8pt } }")
    s, truth = article(tmp_path, "runheads", css=heads)
    check_body(s, truth)
    assert any(b.role == "furniture" and flat(b) == "opening hours in regional libraries" and b.page == 2
               for b in s.blocks), [(b.role, b.page, b.text[:30]) for b in s.blocks if b.page == 2][:4]


@pytest.mark.parametrize("every", [1, 5])
def test_line_numbers_in_the_margin(tmp_path, every):
    """A preprint's line numbers in the left margin (every line, or every
    fifth) are furniture: not joined to the title, a paragraph or a
    reference, and no page number beside a running head."""
    nums = "\\A ".join(str(k) if k % every == 0 else "" for k in range(1, 56))
    css = ("html { line-height: 13pt } h2 { line-height: 13pt; margin: 13pt 0 0 } @page { @left-top { content: '"
           + nums + "'; white-space: pre; font-size: 7pt; line-height: 13pt; vertical-align: top; text-align: right;"
           " padding-right: 8pt; width: 20mm } }")
    s, truth = article(tmp_path, f"lineno{every}", css=css)
    assert s.meta.get("title") == "Opening Hours in Regional Libraries", s.meta
    check_body(s, truth)
    numbers = [b for b in s.blocks if b.why == "line numbers in the margin"]
    assert len(numbers) >= 8 and all(b.role == "furniture" and b.text.isdigit() for b in numbers)


def test_running_head_naming_the_section(tmp_path):
    """A running head that names the page's section changes from page to
    page ("Introduction", then "References"): it is furniture, not the
    reference list's heading, and the paragraph running on below it stays
    a paragraph."""
    css = ("h2 { string-set: sect content() } "
           "@page { @top-right { content: string(sect); font-size: 8pt; font-style: italic } }")
    s, truth = article(tmp_path, "secthead", css=css)
    check_body(s, truth)
    assert len([b for b in s.blocks if b.role == "references_heading"]) == 1


def test_italic_sub_heading_with_little_space(tmp_path):
    """A sub-heading in the body's size, italic only (no weight), with
    little more than half a line's space above it: a heading, not the
    first words of the paragraph below."""
    heads = ["Introduction", "Method", "h3:Sample", "h3:Survey design", "Results"]
    css = ("h2 { font-size: 10.5pt; margin: 10pt 0 0 } h3 { font-size: 10.5pt; font-style: italic; font-weight: normal;"
           " margin: 8pt 0 3pt } h3 + p { text-indent: 0 }")
    s, truth = article(tmp_path, "italic", heads=heads, css=css)
    check_body(s, truth)


def test_reference_list_without_a_heading(tmp_path):
    """A reference list printed without a heading after the last paragraph
    (hanging indents, smaller type) is read as references, and the reader
    says it found the list without a heading."""
    s, truth = article(tmp_path, "headless", refhead=None)
    check_body(s, truth)
    assert [d.kind for d in s.doubts] == ["references_without_heading"], s.doubts


def test_no_reference_list_found_is_a_doubt(tmp_path):
    """References in the body's size, flush left, with no space and no
    heading: no list is found, the reader says so (the text cites), and
    ``check`` does not call the structure complete."""
    from coursepack.check import structure_doubt
    css = ".refs p { text-indent: 0; padding-left: 0; font-size: 10.5pt; margin: 0; text-align: justify }"
    s, truth = article(tmp_path, "norefs", refhead=None, css=css, cite=True)
    assert not [b for b in s.blocks if b.role == "reference"]
    assert "no_reference_list" in [d.kind for d in s.doubts], s.doubts
    assert "no reference list was found" in structure_doubt(s.doubts)


@pytest.mark.parametrize("head", ["Quellen- und Literaturverzeichnis", "Works Cited", "V. Bibliografía",
                                  "Sources and Bibliography"])
def test_reference_list_headings_of_other_journals(tmp_path, head):
    s, truth = article(tmp_path, "refhead", refhead=head)
    check_body(s, truth)
    assert [flat(b) for b in s.blocks if b.role == "references_heading"] == [norm(head)]


def test_words_that_only_begin_like_a_reference_heading():
    from coursepack.read.pdflayout.blocks import HEADING_WORDS_REFS
    assert not [t for t in ["Literature review", "Sources of error", "Referenced works", "References to the war"]
                if HEADING_WORDS_REFS.match(t)]


def test_endnotes_in_two_columns_over_a_full_width_reference_list(tmp_path):
    """Two columns ending in endnotes, the numbered reference list in full
    width below them: its heading at the left column's foot (below the
    right column's last line) is read after both columns, before the list."""
    s, truth = article(tmp_path, "endnotes2", cols=2, notes=NOTES, endnotes="Notes", css="html { font-size: 9.5pt }")
    check_body(s, truth)
    got = notes(s)
    assert sorted(got) == [1, 2, 3, 4] and all(norm(t) in got[k] for k, t in enumerate(NOTES, 1)), got


def test_affiliation_letters_raised_in_a_large_author_line(tmp_path):
    """Affiliation letters raised after the names of a 13 pt author line,
    set in 9 pt (too big to count as small against a 10.5 pt body), stay
    on the author line; the affiliations below are no body text."""
    front = ('<div class="authors" style="font-size:13pt">Ann Kowalczyk<sup style="font-size:9pt">a</sup> and '
             'Bo Lindqvist<sup style="font-size:9pt">b</sup></div><div style="font-size:9pt; margin-bottom:12pt">'
             '<sup>a</sup> Department of Information Studies, Example University, Lund, Sweden<br>'
             '<sup>b</sup> Example County Library, Leipzig, Germany</div>')
    s, truth = article(tmp_path, "afflett", css="", front=front)
    check_body(s, truth)
    authors = [b for b in s.blocks if b.role == "author"]
    assert len(authors) == 1 and authors[0].text.replace(" ", "") == "AnnKowalczykaandBoLindqvistb", \
        [(b.role, b.text) for b in s.blocks[:5]]
    assert not [b for b in s.blocks if b.role in ("table", "figure")]


def test_flush_left_references_with_the_year_after_the_names(tmp_path):
    """A reference list set flush left, no hanging indent, no space between
    entries, the year without brackets ("Brandt, S. 2004. Public …"): an
    entry after a full line still starts a new entry."""
    refs = [re.sub(r"\((\d{4})\)", r"\1.", r) for r in REFS]
    s, truth = article(tmp_path, "noparen", refs=refs,
                       css=".refs p { text-indent: 0; padding-left: 0; margin-bottom: 0 }")
    got = [flat(b) for b in s.blocks if b.role == "reference"]
    assert len(got) == len(refs) and all(same(norm(r), g) for r, g in zip(refs, got)), got


def test_appendix_after_the_reference_list(tmp_path):
    """An appendix after the references, its heading "Appendix A. The
    survey questions" starting like an entry ("Surname A."): the list ends
    at the heading, the appendix's text is no reference."""
    appendix = ('<h2>Appendix A. The survey questions</h2><p style="text-indent:0">Appendix text opens here. '
                'The questions were asked in the order given below, in each branch.</p>')
    s, truth = article(tmp_path, "appendix", after=appendix)
    truth["heads"].append("Appendix A. The survey questions")
    truth["paras"].append("Appendix text opens here.")
    check_body(s, truth)


@pytest.mark.parametrize("layout", ["capitals", "authors_above"])
def test_title_in_capitals_or_below_the_authors(tmp_path, layout):
    """A title in spaced capitals ("OPENING HOURS IN REGIONAL LIBRARIES",
    not a line of names) is the title; with the authors above the title,
    the first heading below the title is no subtitle."""
    if layout == "capitals":
        title = "OPENING HOURS IN REGIONAL LIBRARIES"   # typed; printed in capitals, read back in title case
        front = ('<div class="authors" style="font-variant: small-caps">Ann Kowalczyk and Bo Lindqvist</div>')
        css = "h1 { font-size: 14pt; letter-spacing: 1pt; text-transform: uppercase }"
    else:
        title = "Opening Hours in Regional Libraries"
        front = '<div style="height:10pt"></div>'
        css = ""
    cover = '<div class="authors">Ann Kowalczyk and Bo Lindqvist</div>' if layout == "authors_above" else ""
    s, truth = article(tmp_path, layout, front=front, css=css, cover=cover)
    # a wholly upper-case title is read back in title case (read.articlestart.case_meta)
    assert s.meta.get("title") == "Opening Hours in Regional Libraries" and "subtitle" not in s.meta, s.meta
    check_body(s, truth)


def test_journal_name_larger_than_the_title(tmp_path):
    """A masthead whose journal name is set larger than the title, with an
    imprint line (volume, DOI) below it: the title is the article's, the
    masthead no body text."""
    mast = ('<div style="border-bottom: 1pt solid black; margin-bottom: 14pt; font-family: sans-serif">'
            '<div style="font-size: 24pt; font-weight: bold">LIBRARY QUARTERLY</div><div style="font-size: 8pt">'
            'Journal of Example Studies 2019, Vol. 12(3) 211–230 © The Author(s) 2019 DOI: 10.1177/0012345619834567'
            '</div></div>')
    s, truth = article(tmp_path, "masthead", cover=mast)
    assert s.meta.get("title") == "Opening Hours in Regional Libraries" and "subtitle" not in s.meta, s.meta
    check_body(s, truth)


def test_journal_box_beside_the_title(tmp_path):
    """A small box beside the title (journal, volume, pages, dates) is the
    masthead, not quotations before the body."""
    box = ('<div style="float:right; width: 150pt; font-size: 8pt; font-family: sans-serif">Journal of Example '
           'Studies<br>Vol. 12, No. 3, 2019<br>pp. 211–230<br>Received 3 March 2018; accepted 1 October 2018</div>')
    s, truth = article(tmp_path, "journalbox", cover=box)
    assert s.meta.get("title") == "Opening Hours in Regional Libraries", s.meta
    check_body(s, truth)
    assert not [b for b in s.blocks if b.role in BODY_ROLES and "2019" in b.text]


def test_drop_cap_joined_to_its_word(tmp_path):
    """A drop cap two lines high ("P" of "Paragraph") is read as the first
    letter of the first line's word, not as a line of its own joined to the
    paragraph's second line.  (The lines indented beside it still start a
    new block: not settled yet.)"""
    cap = '<span style="float:left; font-size:34pt; line-height:30pt; margin: 2pt 3pt 0 0">P</span>'
    s, truth = article(tmp_path, "dropcap", css="", dropcap=cap)
    paras = paragraphs(s)
    assert paras[0].startswith("paragraph 1 opens here. the committee met"), paras[:2]
    assert not any(p.startswith("p ") for p in paras), paras[:3]
