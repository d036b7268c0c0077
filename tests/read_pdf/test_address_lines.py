"""A contributor's note that ends on its address lines keeps them apart:
the e-mail line after a short line starts a paragraph of its own, never
run on after the postcode ("44339 Dortmund E-Mail: …", JUDGE13 on
de-39677); an e-mail address inside a sentence stays in its paragraph."""

from __future__ import annotations

from tests.read_pdf.test_synth_layouts import M, W, box, build, front, text


def test_an_email_line_after_a_short_line_is_its_own_paragraph(tmp_path):
    top, y = front("Groupwork on the Line", "Ann Kowalczyk")
    body = (f"<p>Paragraph one opens the article. {text(0, 6)}</p>"
            f"<p>Paragraph two opens with a sentence that gives the address of the project, "
            f"which is info@example.org for all questions about the data. {text(2, 3)}</p>"
            f'<p style="text-indent:0">Ann Kowalczyk, Dr., researcher at the Social Research Centre. '
            f"{text(6, 2)}<br>Contact: Evinger Platz 17, 44339 Dortmund<br>E-Mail: ann@example.org</p>")
    page = top + box(M, y, W - 2 * M, body)
    s = build(tmp_path, "address", [page])
    texts = [b.text.replace("\n", " ") for b in s.blocks if b.role == "paragraph"]
    assert any(t == "E-Mail: ann@example.org" for t in texts), texts
    assert any(t.endswith("44339 Dortmund") for t in texts), texts
    assert any("info@example.org for all questions" in t for t in texts), texts
