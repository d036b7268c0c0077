"""Lines of the publisher's and of a figure's, typeset for the test
(WeasyPrint, blocks placed by hand as in test_synth_layouts): a figure's
source line right under its caption (a drawing with no text between) is
the figure's, not a paragraph; a publication-history line set under the
reference list is not a work cited."""

from __future__ import annotations

from tests.read_pdf.test_synth_layouts import (M, START, W, body_paragraphs, box, build, front, para, ps,
                                               starts)

REFS = ["Adler, K. (1998). Reading rooms in winter. Leeds: Example Press.",
        "Brandt, L. (2001). Counting readers. Journal of Library Counts, 4, 11–30."]


def test_a_source_line_under_a_caption_is_the_figures(tmp_path):
    top, y = front("Reading Rooms", "Ann Kowalczyk")
    body = box(M, y, W - 2 * M, ps(para(START[0], 0, 5)))
    cap = box(M, y + 80, W - 2 * M, '<p class="cap" style="text-align:left; text-indent:0">Figure 1: Levels '
                                    "of organisational learning</p>")
    fig = box(M + 60, y + 96, 200, '<div class="fig" style="height:110pt"></div>')
    src = box(M, y + 214, W - 2 * M, '<p style="font-size:8pt; text-indent:0">Source: Willke (2001: 44)</p>')
    after = box(M, y + 236, W - 2 * M, ps(para(START[1], 2, 6), para(START[2], 4, 6), first_cont=True))
    s = build(tmp_path, "source", [top + body + cap + fig + src + after])
    paras = body_paragraphs(s)
    assert starts(paras) == START[:3], paras
    assert not [p for p in paras if "willke" in p], paras
    assert [b.role for b in s.blocks if "Willke" in b.text] == ["caption"], [(b.role, b.why) for b in s.blocks]


def test_a_publication_history_line_under_the_references_is_not_a_reference(tmp_path):
    top, y = front("Reading Rooms", "Ann Kowalczyk")
    body = box(M, y, W - 2 * M, ps(para(START[0], 0, 6), para(START[1], 2, 6)))
    refs = "".join(f'<p style="text-indent:-14pt; margin-left:14pt">{r}</p>' for r in REFS)
    hist = ('<p style="text-indent:-14pt; margin-left:14pt; margin-top:10pt; font-style:italic">Paper received '
            "26 June 2004; revised version accepted 6 March 2005, after a second round of review by the "
            "journal's editors.</p>")
    s = build(tmp_path, "history", [top + body + box(M, y + 150, W - 2 * M, "<h2>References</h2>" + refs + hist)])
    entries = [b.text for b in s.blocks if b.role == "reference"]
    assert len(entries) == 2 and entries[0].startswith("Adler"), entries
    assert not [e for e in entries if "received" in e], entries
