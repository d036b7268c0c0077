"""A paragraph the article sets wholly in italics (an interview's words, as
en-11018 sets its workers' words and says so in a note) keeps its italics
in the edition; the roman paragraphs around it stay roman (JUDGE13: the
reader printed the workers' words in roman, so students could not tell
them from the author's)."""

from __future__ import annotations

from coursepack import model
from coursepack.repair import repair_structure
from tests.corpus.scoring import norm
from tests.read_pdf.test_synth_layouts import M, START, W, box, build, front, para, ps

WORDS = ("We were also eight colleagues on the line, at the beginning we were always doing each one "
         "his job, but one day we said, why not a job further every day, so that we always worked in "
         "circle, today here, tomorrow there. We did that at once, ourselves, it came from us.")


def test_a_paragraph_set_in_italics_stays_italic(tmp_path):
    top, y = front("Groupwork on the Line", "Ann Kowalczyk")
    page = top + box(M, y, W - 2 * M, ps(para(START[0], 0, 6), f'<i>{WORDS}</i>', para(START[1], 2, 6)))
    s = build(tmp_path, "italic", [page])
    r = repair_structure(s, source="italic.pdf")
    blocks = [b for sec in r.sections for b in sec.blocks]
    said = next(b for b in blocks if norm(model.plain_text(b.inlines)).startswith(norm("We were also")))
    assert said.italic, [(b.italic, model.plain_text(b.inlines)[:30]) for b in blocks]
    roman = [b for b in blocks if b is not said]
    assert roman and not any(b.italic for b in roman)
    assert "italic" in model.to_json(said) and "italic" not in model.to_json(roman[0])
