"""Unnumbered notes of the title page (the author's address, the paper's
provenance, the dates received and accepted): kept as front matter,
never dropped with a cover and never printed as body text.  Each article
is typeset for the test by WeasyPrint with every block placed by hand,
so the truth is the page as written."""

from __future__ import annotations

import pytest

from tests.read_journal.test_journal_layouts import M, W, box, build, paras


@pytest.mark.parametrize("title_style", ["font-weight: bold; font-size: 14pt; line-height: 17pt", ""])
def test_notes_on_a_series_cover_before_the_title_again(tmp_path, title_style):
    """A working paper's own cover (the series' number, title, author with
    a star, ISSN, the author's address keyed by the star, "Paper presented
    at …") before the page where the title is printed again and the article
    starts: the page is a cover, but the author's address and the note on
    the paper's provenance, printed nowhere else, are the article's front
    matter; the series' number and ISSN are not.  The cover's title set
    larger and bold (the cover found by the title printed again) or in the
    cover's own size (found as a page before the title's)."""
    w = W - 2 * M
    sans = "font-family: sans-serif; font-size: 11pt; line-height: 13pt"
    cover = (box(M, 100, w, f'<div style="{sans}">WP 07 - 112</div>')
             + box(M, 140, w, f'<div style="{sans}; {title_style}">Mobile Libraries in Rural Counties:<br>Requests, Routes and Rotas</div>')
             + box(M, 190, w, f'<div style="{sans}">Henrik Aalto*</div>')
             + box(M, 280, w, f'<div style="{sans}">March 2007<br>ISSN Nr. 1011-9523</div>')
             + box(M, 330, w, f'<div style="{sans}">* Institute of Library Studies, University of Example<br>'
                              'e-mail: aalto@example.org</div>')
             + box(M, 420, w, f'<div style="{sans}">Paper presented at the 9th Annual Conference of the Rural '
                              'Libraries Network, Tampere, 4th and 5th May 2006.</div>'))
    p2 = (box(M, 80, w, "<h1>Mobile Libraries in Rural Counties: Requests, Routes and Rotas</h1>")
          + box(M, 130, w, '<p class="authors">Henrik Aalto</p>')
          + box(M, 170, w, '<h2>1 Introduction</h2>')
          + box(M, 190, w, paras(["Overall, the committee met in spring.", "Moreover, most branches reported."], 0))
          + box(M, 360, w, '<h2>2 Sources and method</h2>')
          + box(M, 380, w, paras(["Similarly, the staff described requests."], 3)))
    s = build(tmp_path, "cover-notes", [cover, p2], heads=False)
    assert [b.page for b in s.blocks if b.role == "title"] == [2], [(b.page, b.role, b.text) for b in s.blocks]
    front = [" ".join(b.text.split()) for b in s.blocks if b.role == "affiliation"]
    assert any("Institute of Library Studies" in t and "aalto@example.org" in t for t in front), front
    assert any(t.startswith("Paper presented at the 9th Annual Conference") for t in front), front
    assert not any("ISSN" in t or "WP 07" in t for t in front), front
    body = " ".join(b.text for b in s.blocks if b.role in ("paragraph", "heading", "note", "quote", "list_item"))
    assert "Paper presented" not in body and "Institute of Library" not in body
    # the rest of the cover is no text of the article
    assert not any("ISSN" in b.text for b in s.blocks if b.role not in ("cover", "furniture"))
    # printed with the title: the edition's front matter, not its text
    from coursepack.model import plain_text
    from coursepack.repair import repair_structure
    r = repair_structure(s, source="cover-notes.pdf")
    printed = [plain_text(b.inlines) for b in r.front]
    assert any("Institute of Library Studies" in t for t in printed), printed
    assert any(t.startswith("Paper presented") for t in printed), printed
    text = " ".join(plain_text(b.inlines) for sec in r.sections for b in sec.blocks)
    assert "Paper presented" not in text and "Institute of Library" not in text


def test_unkeyed_addresses_under_the_title_pages_rule(tmp_path):
    """Springer's title page: under the first page's footnote rule, the
    authors' addresses with no key of their own ("H. Aalto (✉) · M. Okafor
    / Institute of …, University of … / e-mail: …"), while a numbered note
    keyed in the text stands on the next page: the address block is the
    authors' front matter, printed with the title, not a note carrying on
    a note before it (there is none) and not dropped."""
    w = W - 2 * M
    col = (w - 20) / 2
    rule = '<div style="border-top: 0.5pt solid black; width: 120pt; height: 1pt"></div>'
    small = 'style="font-size: 8pt; line-height: 9.5pt"'
    p1 = (box(M, 80, w, "<h1>Mobile Libraries in Rural Counties</h1>")
          + box(M, 112, w, '<p class="authors">Henrik Aalto · Mira Okafor</p>')
          + box(M, 160, col, f'<p class="first">{"<b>Abstract</b> " + paras(["Overall, the committee met in spring."], 0)[17:]}')
          + box(M + col + 20, 160, col, paras(["Moreover, most branches reported.", "Similarly, the staff described requests."], 2))
          + box(M, 600, w, rule)
          + box(M, 606, col, f'<div {small}>H. Aalto (✉) · M. Okafor<br>Institute of Library Studies, University of Example,<br>'
                             'P.O. Box 26, 90029 Example, Finland<br>e-mail: henrik.aalto@example.org</div>')
          + box(M + col + 20, 606, col, f'<div {small}>M. Okafor<br>e-mail: mira.okafor@example.org</div>'))
    p2 = (box(M, 80, col, '<h2>Introduction</h2>')
          + box(M, 100, col, paras(["Overall, the rural branches opened late.<sup>1</sup>", "Moreover, the vans ran weekly."], 4))
          + box(M + col + 20, 80, col, paras(["Similarly, the staff kept logs of every request."], 6))
          + box(M, 600, w, rule)
          + box(M, 606, w, f'<div {small}><sup>1</sup> The opening hours are those of the winter timetable.</div>'))
    s = build(tmp_path, "title-foot-addresses", [p1, p2])
    front = [" ".join(b.text.split()) for b in s.blocks if b.role == "affiliation"]
    assert any("Institute of Library Studies" in t and "henrik.aalto@example.org" in t for t in front), \
        [(b.page, b.role, b.why, b.text[:40]) for b in s.blocks]
    notes = [b for b in s.blocks if b.role == "note"]
    assert [b.number for b in notes] == [1] and "winter timetable" in notes[0].text
    from coursepack.model import plain_text
    from coursepack.repair import repair_structure
    r = repair_structure(s, source="title-foot-addresses.pdf")
    printed = " ".join(plain_text(b.inlines) for b in r.front)
    assert "Institute of Library Studies" in printed and "mira.okafor@example.org" in printed, printed
    assert [plain_text(n.inlines) for n in r.footnotes] == ["The opening hours are those of the winter timetable."]
