"""Figures whose drawn area is not the picture alone: the area must be cut
as the figure, without the caption the edition prints under it, and text
set in drawn boxes (a diagram of boxes with words) must stay a figure,
not become paragraphs.  Each article is typeset for the test by
WeasyPrint with every block placed by hand, so the truth is the page as
written."""

from __future__ import annotations

from coursepack.read.figures import page_graphics, settle
from tests.read_journal.test_journal_layouts import M, W, box, build, paras


def _boxes(labels, x0, y0, w=110, h=34, dx=140):
    """A row of drawn boxes, a few words in each (a flow chart's steps)."""
    return "".join(box(x0 + k * dx, y0, w, f'<div style="border: 1pt solid black; height: {h}pt; font-size: 8pt; '
                                           f'line-height: 10pt; text-align: center">{t}</div>')
                   for k, t in enumerate(labels))


def test_frame_round_figure_and_caption_is_cut_above_the_caption(tmp_path):
    """A flow chart drawn in a frame that also holds its caption ("Fig. 1
    Study design …" set inside the frame's foot, as a figure placed
    whole with its caption is boxed): the figure is cut from the frame's
    top to just above the caption, so the caption is printed once, under
    the picture, not also inside it."""
    w = W - 2 * M
    frame = '<div style="border: 0.8pt solid black; height: 230pt"></div>'
    p1 = (box(M, 80, w, "<h1>Mobile Libraries in Rural Counties</h1>")
          + box(M, 112, w, '<p class="authors">Henrik Aalto</p>')
          + box(M, 150, w, '<h2>1 Introduction</h2>')
          + box(M, 170, w, paras(["Overall, the committee met in spring."], 0))
          + box(M, 260, w, frame)
          + _boxes(["Requests sent to all branches", "Answers from staff", "Counts checked"], M + 20, 280)
          + _boxes(["Refused n = 4", "Incomplete n = 7", "Final sample n = 96"], M + 20, 360)
          + box(M + 6, 460, w - 12, '<p class="first" style="font-size: 8.5pt; line-height: 10pt">Fig. 1 Study '
                                    'design and flow of the requests. Counts are of requests, not readers.</p>')
          + box(M, 510, w, paras(["Moreover, most branches reported.", "Similarly, the staff described requests."], 3)))
    p2 = box(M, 80, w, paras(["Finally, the vans ran weekly.", "Overall, the rotas held."], 6))
    s = build(tmp_path, "frame-with-caption", [p1, p2])
    s = settle(s, page_graphics(tmp_path / "frame-with-caption.pdf"))
    caps = [b for b in s.blocks if b.role == "caption"]
    figs = [b for b in s.blocks if b.role == "figure"]
    assert len(caps) == 1 and caps[0].text.startswith("Fig. 1"), [(b.role, b.text[:30]) for b in s.blocks]
    assert len(figs) == 1 and figs[0].region, [(b.role, b.region, b.text[:30]) for b in s.blocks]
    region, cap = figs[0].region, caps[0].bbox
    assert region[1] <= 262 and region[3] <= cap[1], (region, cap)
    assert region[3] >= 360 + 34 - 2, region           # the whole chart, its lowest boxes too
    words = " ".join(figs[0].text.split())
    assert "Final sample" in words and "Requests sent" in words
    body = " ".join(b.text for b in s.blocks if b.role == "paragraph")
    assert "Final sample" not in body and "Answers from staff" not in body
