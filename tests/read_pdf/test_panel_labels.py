"""A figure of two panels filling a page, each panel's label in small type
above it ("(a) Experiment 2"), between the two halves of a paragraph the
page break cut: the labels are the figure's, and the paragraph reads on
without them (en-22799: "… condition), (a) Experiment 2 (b) Experiment 3
but as …")."""

from __future__ import annotations

from tests.corpus.scoring import norm
from tests.read_pdf.test_synth_layouts import M, START, W, body_paragraphs, box, build, front, para, ps, text


def test_panel_labels_above_a_figure_stay_out_of_the_text(tmp_path):
    top, y = front("Groupwork on the Line", "Ann Kowalczyk")
    page1 = top + box(M, y, W - 2 * M, ps(para(START[0], 0, 12), para(START[1], 3, 24) + " and so the effort was"))
    label = '<div style="font-size:8pt; font-style:italic">{}</div>'
    rows = "".join(f"<tr><td>{35 - 5 * k}</td><td>{31.4 - k:.1f}</td><td>{22.7 + k:.1f}</td><td>{24.5 + 2 * k:.1f}</td></tr>"
                   for k in range(5))
    panel = (f'<table style="width:100%; font-size:7.5pt; border-top:0.8pt solid black; border-bottom:0.8pt solid black">'
             f'<tr><td></td><td>Coactive</td><td>Collective</td><td>Mean</td></tr>{rows}</table>')
    page2 = (box(M, 70, W - 2 * M, label.format("(a) Experiment 2")) + box(M, 90, W - 2 * M, panel)
             + box(M, 330, W - 2 * M, label.format("(b) Experiment 3")) + box(M, 350, W - 2 * M, panel)
             + box(M, 590, W - 2 * M, '<div class="cap">Figure 1. Results of two experiments</div>'))
    page3 = box(M, 70, W - 2 * M, ps("higher in the second group. " + text(5, 3), para(START[2], 6, 4), first_cont=True))
    s = build(tmp_path, "panels", [page1, page2, page3])
    paras = body_paragraphs(s)
    assert not any("experiment 2" in p or "experiment 3" in p for p in paras), paras
    assert any(norm("and so the effort was higher in the second group") in p for p in paras), paras
