"""Interview extracts in small type, inset from the body's margin, typeset
for the test (WeasyPrint, blocks placed by hand as in test_synth_layouts):
the author's paragraph that comes back to the body's margin and size after
a quotation is the author's, not a run-on of the quotation (nor of the
paragraph above it: a page break between said "carries on"), and a
quotation running over a page break stays one quotation."""

from __future__ import annotations

from tests.corpus.scoring import norm
from tests.read_pdf.test_synth_layouts import H, M, START, W, box, build, front, para, ps, text

QSTYLE = "font-size:8.5pt; line-height:10pt"
ENDED = ("We were also eight colleagues on the line, at the beginning we were always doing each one his "
         "job, but one day we said, why not a job further every day, so that we always worked in circle, "
         "today here, tomorrow there. We did that at once, ourselves, it came from us.")
# a quotation broken by the page: its first part's last line filled out to the measure
PART1 = ("In my opinion it is the same work, the same thing, for me it is exactly like before, I also "
         "have to do my work in the group or differently, and nobody asks me how I do it as long as the "
         "cars leave the line on time and the numbers are right at the end of the week and then we go "
         "home because it is late and the shift is over and,")
PART2 = ("because the works are not the same, there is always one guy who can do this job better and another "
         "who does it worse, so we said the best is every day a job further.")


def quote(y: float, inner: str, last_full: bool = False) -> str:
    extra = "; text-align-last:justify" if last_full else ""
    return box(M + 20, y, W - 2 * M - 40, f'<p style="text-indent:0; {QSTYLE}{extra}">{inner}</p>')


def test_author_paragraph_after_a_quotation_and_a_quotation_over_a_page_break(tmp_path):
    top, y = front("Groupwork on the Line", "Ann Kowalczyk")
    page1 = top + box(M, y, W - 2 * M, ps(para(START[0], 0, 8))) + quote(H - 150, ENDED)
    page2 = (box(M, 70, W - 2 * M, ps(para(START[1], 2, 5), para(START[2], 4, 5), first_cont=True))
             + quote(H - 110, PART1, last_full=True))
    page3 = (quote(70, PART2)
             + box(M, 112, W - 2 * M, ps(para(START[3], 6, 5), para(START[4], 8, 5), first_cont=True)))
    s = build(tmp_path, "quotes", [page1, page2, page3])
    body = [b for b in s.blocks if b.role in ("paragraph", "quote")]
    show = [(b.role, b.continues, b.why, b.text[:30]) for b in body]
    for st in START[1:5]:
        b = next(b for b in body if norm(b.text).startswith(norm(st)))
        # its own paragraph: not joined to what stands above (the quotation)
        assert b.role == "paragraph" and not b.continues, show
    quotes = [b for b in body if b.role == "quote"]
    assert [norm(q.text).split()[:2] for q in quotes] == [["we", "were"], ["in", "my"], ["because", "the"]], show
    assert not quotes[1].continues and quotes[2].continues, show
    assert norm(" ".join(ln.text for ln in quotes[0].lines)).endswith(norm("it came from us.")), show
