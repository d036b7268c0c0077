"""Block quotations set in smaller type at the column's full measure (no
inset: the smaller type and the space around them set them off), introduced
by a colon or opening with a quotation mark, are quotations, not
paragraphs of the body (JUDGE12: de-4752's four quotations and de-39677's
one were printed as body paragraphs).  A small-type passage that is neither
introduced as a quotation nor opens with a quotation mark stays text."""

from __future__ import annotations

from tests.corpus.scoring import norm
from tests.read_pdf.test_synth_layouts import M, START, W, box, build, front, para, ps

SMALL = "font-size:8.5pt; line-height:10pt; text-indent:0; margin:7pt 0"
QUOTE1 = ("»Echte Leistung beruhe immer auf Gemeinschaftsarbeit, und das Ausschlussprinzip der zur Leistung "
          "Nicht-Fähigen und das vollständige Abhängigsein der Geführten untereinander tragen dieses "
          "unpersönliche Kollektivbewusstsein« (Meyer 1934: 12).")
QUOTE2 = ("“The harbour of the town was never a place of rest; it was a place of work, of ships that came "
          "and went with the tides, and of the men who loaded them by hand until the cranes came.”")


def test_small_full_measure_quotations(tmp_path):
    top, y = front("Harbours and Their Towns", "Ann Kowalczyk")
    inner = ps(para(START[0], 0, 4) + " As the programme proclaimed:") + \
        f'<p style="{SMALL}">{QUOTE1}</p>' + ps(para(START[1], 2, 4), first_cont=False) + \
        f'<p style="{SMALL}">{QUOTE2}</p>' + ps(para(START[2], 4, 4))
    s = build(tmp_path, "smallquotes", [top + box(M, y, W - 2 * M, inner)])
    body = [b for b in s.blocks if b.role in ("paragraph", "quote", "list_item")]
    show = [(b.role, b.why, b.text[:30]) for b in body]
    quotes = [norm(b.text)[:20] for b in body if b.role == "quote"]
    assert quotes == [norm(QUOTE1)[:20], norm(QUOTE2)[:20]], show
    for st in START[:3]:
        b = next(b for b in body if norm(b.text).startswith(norm(st)))
        assert b.role == "paragraph" and not b.continues, show


def test_small_type_without_quotation_stays_text(tmp_path):
    top, y = front("Harbours and Their Towns", "Ann Kowalczyk")
    plain = ("The figures in this passage are set smaller because they repeat the survey's own wording "
             "for the reader who wants to check them against the tables at the end of the report.")
    inner = ps(para(START[0], 0, 4)) + f'<p style="{SMALL}">{plain}</p>' + ps(para(START[1], 2, 4))
    s = build(tmp_path, "smallplain", [top + box(M, y, W - 2 * M, inner)])
    assert not [b for b in s.blocks if b.role == "quote"], [(b.role, b.text[:30]) for b in s.blocks]
