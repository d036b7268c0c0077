"""Words set in bold inside the running text are strong emphasis in the
edition, as italic words are emphasis: typeset for the test with
WeasyPrint (a bold term in a paragraph, a bold phrase running over a line
end, a bold word in a footnote, bold and italic together).  The headings
(bold as a whole) stay plain headings, a paragraph's plain words stay
plain, and the text is unchanged."""

from __future__ import annotations

from coursepack.model import Emph, Text, plain_text
from coursepack.repair import repair_structure
from tests.corpus.scoring import norm
from tests.read_pdf.test_synth_layouts import H, M, W, box, build, front, text

P1 = (f"{text(0, 3)} The board calls this the <b>reading-room effect</b>, and it measured it twice. "
      f"{text(3, 3)} Only one branch was <b>closed for good in the year after the survey began</b>, "
      f"and it was the smallest. {text(6, 3)}")
P2 = f"{text(1, 4)} The <b><i>Ortsbibliothek</i></b> is the village's own. {text(5, 2)}"


def strong_runs(nodes) -> list[str]:
    out = []
    for n in nodes:
        if isinstance(n, Emph) and n.strong:
            out.append(plain_text(n.children))
        elif isinstance(n, Emph):
            out += strong_runs(n.children)
    return out


def test_bold_words_are_strong_emphasis(tmp_path):
    top, y = front("Reading Rooms", "Ann Kowalczyk")
    body = (f'<h2>1. Introduction</h2><p class="first">{P1}<sup>1</sup></p>'
            f'<h2>2. Villages</h2><p class="first">{P2}</p>')
    foot = box(M, H - 110, W - 2 * M, '<div class="rule"></div><div class="foot"><p><sup>1</sup> The '
               '<b>annual report</b> of the board lists every branch.</p></div>')
    s = build(tmp_path, "bold", [top + box(M, y, W - 2 * M, body) + foot])
    r = repair_structure(s)
    paras = [b for sec in r.sections for b in sec.blocks if b.kind == "paragraph"]
    show = [(sec.title, [plain_text(b.inlines)[:40] for b in sec.blocks]) for sec in r.sections]
    assert [norm(sec.title) for sec in r.sections] == [norm("1. Introduction"), norm("2. Villages")], show
    runs = [t for b in paras for t in strong_runs(b.inlines)]
    assert runs == ["reading-room effect", "closed for good in the year after the survey began",
                    "Ortsbibliothek"], (runs, show)
    # bold and italic together: strong emphasis around emphasis
    village = next(n for b in paras for n in b.inlines if isinstance(n, Emph) and n.strong
                   and plain_text(n.children) == "Ortsbibliothek")
    assert isinstance(village.children[0], Emph) and not village.children[0].strong
    assert norm(plain_text(paras[0].inlines)) == norm(P1.replace("<b>", "").replace("</b>", ""))
    assert all(isinstance(n, Text) for n in paras[1].inlines if not isinstance(n, Emph)), paras[1].inlines
    notes = [strong_runs(f.inlines) for f in r.footnotes]
    assert notes == [["annual report"]], r.footnotes
    assert r.accounting.complete, r.accounting.missing
