"""The article's start on pages typeset for the test (WeasyPrint, blocks
placed by hand as in test_synth_layouts): text on the first page that is not
the article's -- another article's end matter above the title, the
publisher's page-foot blocks set without a footnote rule, a series' imprint
page -- stays out of the body, its notes and its reference list.
"""

from __future__ import annotations

from tests.corpus.scoring import norm
from tests.read_pdf.test_synth_layouts import (H, M, START, W, body_paragraphs, box, build, flat,
                                               para, ps, starts, text)

REFS = ["Adler, K. (1998) Reading Rooms in Winter. Leeds: Example Press.",
        "Brandt, L. (2001) ‘Counting Readers’, Journal of Library Counts 4(2): 11–30.",
        "Cole, M. (1995) Small Towns and their Libraries. Oxford: Example University Press."]


def _hanging(items):
    return "".join(f'<p style="text-indent:-14pt; margin-left:14pt; margin-bottom:3pt">{t}</p>' for t in items)


def test_another_articles_end_matter_above_the_title_is_left_out(tmp_path):
    prev = box(M, 60, W - 2 * M, ps("the ledgers were kept in the same way for the whole period. " + text(1, 2),
                                    first_cont=True))
    notes = box(M, 130, W - 2 * M, '<h2>Notes</h2><div class="foot"><p>1 The previous author thanks the '
                                  'staff of the county archive for their help with the ledgers.</p></div>')
    refs = box(M, 185, W - 2 * M, '<h2>References</h2><div class="foot">' + _hanging(REFS) + "</div>")
    bio = box(M, 265, W - 2 * M, '<div class="foot"><p>KAREN PREVIOUS is a lecturer at the University of '
                                 'Example. Address: Example Road 1, Leeds.</p></div>')
    title = box(M, 320, W - 2 * M, "<h1>Reading Rooms</h1>") + box(M, 350, W - 2 * M, '<div class="authors">Ann Kowalczyk</div>')
    body = box(M, 390, W - 2 * M, ps(para(START[0], 0, 8), para(START[1], 3, 8)))
    s = build(tmp_path, "foreign", [prev + notes + refs + bio + title + body])
    assert s.meta.get("title") == "Reading Rooms", s.meta
    roles = [(b.role, b.text[:30]) for b in s.blocks]
    assert not [b for b in s.blocks if b.role in ("note", "reference", "references_heading")], roles
    paras = body_paragraphs(s)
    assert starts(paras) == START[:2], paras
    assert not [flat(b) for b in s.blocks if b.role not in ("furniture", "cover") and "karen previous" in flat(b)], roles
    assert [d.kind for d in s.doubts if d.kind == "foreign_text"] == ["foreign_text"], s.doubts


def test_the_first_page_without_end_matter_keeps_what_stands_above_the_title(tmp_path):
    """An author line above the title is the article's (no end matter there)."""
    top = box(M, 60, W - 2 * M, '<div class="authors">Ann Kowalczyk</div>')
    title = box(M, 90, W - 2 * M, "<h1>Reading Rooms</h1>")
    body = box(M, 140, W - 2 * M, ps(para(START[0], 0, 8), para(START[1], 3, 8)))
    s = build(tmp_path, "authorabove", [top + title + body, box(M, 70, W - 2 * M, ps(para(START[2], 5, 6)))])
    assert not [d for d in s.doubts if d.kind == "foreign_text"]
    assert starts(body_paragraphs(s)) == START[:3]


def test_a_page_foot_publisher_block_is_not_spliced_into_a_sentence(tmp_path):
    lic = box(M, 60, W - 2 * M, '<div class="abs">This work is licensed under a Creative Commons '
                                'Attribution-NonCommercial 4.0 International License.</div>')
    title = box(M, 90, W - 2 * M, "<h1>Reading Rooms</h1>") + box(M, 120, W - 2 * M, '<div class="authors">Ann Kowalczyk</div>')
    body = box(M, 160, W - 2 * M, ps(para(START[0], 0, 8), para(START[1], 3, 20) + " In short there are two"))
    foot = box(M, H - 130, W - 2 * M, '<div class="foot"><p>Corresponding Author: Dr. Ann Kowalczyk, Associate '
               'Professor<br>Affiliation: Example County Library, Leeds<br>e-mail: ann@example.org</p>'
               '<p style="margin-top:6pt">Copyright @ 2014, Ann Kowalczyk<br>Journal of Example Studies, '
               'Vol. 3, No. 3, pp. 22-32.</p></div>')
    p2 = box(M, 70, W - 2 * M, ps("approaches to counting readers. " + text(4, 4), para(START[2], 5, 6),
                                  first_cont=True))
    s = build(tmp_path, "pagefoot", [lic + title + body + foot, p2])
    paras = body_paragraphs(s)
    body_text = " ".join(paras)
    for word in ("corresponding author", "copyright", "creative commons", "e-mail"):
        assert word not in body_text, paras
    assert norm("In short there are two approaches to counting readers") in body_text, paras
    assert s.meta.get("license") == "CC BY-NC 4.0", [(b.role, b.why, b.text[:40]) for b in s.blocks]


def _working_paper(tmp_path, name, cover_extra="", citation_page=True):
    """A working paper: series cover (number, title, author, a conference
    note), a citation page, the abstract on a page of its own, then the text."""
    cover = (box(M, 60, W - 2 * M, "<p>Discussion Paper SP II 2003 - 101</p>")
             + box(M, 160, W - 2 * M, "<h1>Reading Rooms</h1>")
             + box(M, 200, W - 2 * M, '<div class="authors">Ann Kowalczyk</div>')
             + box(M, 420, W - 2 * M, "<p>Paper presented at the annual conference of the Library "
                                      "Society, Leeds, 5 May 2002.</p>" + cover_extra))
    cite = (box(M, 300, W - 2 * M, "<p>CITATION</p><p>Ann Kowalczyk</p><p>Reading Rooms</p>")
            + box(M, 380, W - 2 * M, "<p>Research Unit: Library Studies</p><p>Example Institute for "
                                     "Social Research, Example Road 1, Leeds</p>"))
    abstract = box(M, 80, W - 2 * M, f'<h2>Abstract</h2><div class="abs">{text(0, 5)}</div>')
    body = box(M, 70, W - 2 * M, "<h2>Introduction</h2>" + ps(para(START[0], 0, 8), para(START[1], 3, 8)))
    pages = [cover] + ([cite] if citation_page else []) + [abstract, body]
    return build(tmp_path, name, pages)


def test_a_working_papers_cover_and_citation_page_are_not_the_text(tmp_path):
    s = _working_paper(tmp_path, "wpcover")
    paras = body_paragraphs(s)
    assert starts(paras) == START[:2], paras
    body_text = " ".join(paras)
    for words in ("paper presented", "research unit", "citation", "example road"):
        assert words not in body_text, paras
    assert s.meta.get("title") == "Reading Rooms", s.meta


def test_prose_on_a_page_before_the_abstract_stays(tmp_path):
    """A page before the abstract carrying running prose (more than a cover
    holds) is not taken for a cover."""
    long = ps(para(START[2], 1, 14), para(START[3], 4, 14))
    s = _working_paper(tmp_path, "wpprose", cover_extra=long, citation_page=False)
    assert START[2] in starts(body_paragraphs(s)), body_paragraphs(s)
