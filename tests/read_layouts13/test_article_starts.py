"""Where an article starts, in layouts the corpus lacks (typeset by
WeasyPrint, every block placed by hand): an article starting mid-page
under the previous article's end in a journal issue, and a title page of
its own followed by the abstract in a drawn box.  Both were read right
when written: the tests keep them so."""

from __future__ import annotations

from tests.read_journal.test_journal_layouts import M, W, box, build, paras

W0 = W - 2 * M
SMALL = 'style="font-size: 8.5pt; line-height: 10pt"'


def _abstract(k: int) -> str:
    return "<b>Abstract</b> " + paras(["Overall, the vans ran weekly."], k)[len("<p class=first>"):-len("</p>")]


def test_article_starting_mid_page_after_the_previous_articles_end(tmp_path):
    """A journal issue cut into articles page by page: the previous
    article's last lines, its references and its contributor's note stand
    above this article's title.  They are not this article's text; its
    title, author, abstract and body are read as such."""
    p1 = (box(M, 60, W0, paras(["and so the council kept its rules for another decade."], 5))
          + box(M, 150, W0, '<h3>References</h3>')
          + box(M, 166, W0, f'<p class="first" {SMALL}>Doe, J. (2001) Harbour Law in the Baltic. Cambridge: '
                            f'Cambridge University Press.</p><p class="first" {SMALL}>Roe, R. (2010) Prices and Fines '
                            'in the Ledger. Journal of Baltic Studies 12: 45–67.</p>')
          + box(M, 200, W0, f'<p class="first" {SMALL}>JANE DOE is Professor of History at the University of '
                            'Example. Her research concerns harbour law.</p>')
          + box(M, 260, W0, "<h1>Mobile Libraries in Rural Counties</h1>")
          + box(M, 290, W0, '<p class="authors">Henrik Aalto</p>')
          + box(M, 320, W0, f'<p class="first" {SMALL}>{_abstract(1)}</p>')
          + box(M, 420, W0, '<h2>Introduction</h2>')
          + box(M, 440, W0, paras(["Overall, the committee met in spring.", "Moreover, most branches reported."], 0)))
    p2 = (box(M, 60, W0, paras(["Similarly, the staff described requests.", "Finally, the rotas held."], 3))
          + box(M, 400, W0, '<h2>References</h2>')
          + box(M, 420, W0, f'<p class="first" {SMALL}>Lee, A. (2019) Vans and Readers. Library Quarterly 4: 1–9.</p>'))
    s = build(tmp_path, "mid-page", [p1, p2], heads=False)
    assert s.meta.get("title") == "Mobile Libraries in Rural Counties" and s.meta.get("authors") == ["Henrik Aalto"]
    text = " ".join(b.text for b in s.blocks if b.role not in ("furniture", "cover"))
    assert "Harbour Law" not in text and "JANE DOE" not in text and "another decade" not in text
    assert [b.text.split()[0] for b in s.blocks if b.role == "abstract"] == ["Abstract"]
    assert [b.text for b in s.blocks if b.role == "reference"] == [
        "Lee, A. (2019) Vans and Readers. Library Quarterly 4: 1–9."]
    assert any(d.kind == "foreign_text" for d in s.doubts)


def test_title_page_alone_then_the_abstract_in_a_box(tmp_path):
    """A title page with the title, authors and affiliation only, then the
    abstract and key words in a drawn box at the head of page 2, the text
    under it: title, authors, affiliation, abstract and key words are the
    front matter, the box is no figure, the body starts at its heading."""
    t1 = (box(M, 200, W0, "<h1>Mobile Libraries in Rural Counties</h1>")
          + box(M, 240, W0, '<p class="authors">Henrik Aalto and Mira Okafor</p>')
          + box(M, 260, W0, '<p class="authors" style="font-size: 9pt; font-style: italic">University of Example</p>'))
    t2 = (box(M + 30, 70, W0 - 60, '<div style="border: 0.8pt solid black; padding: 8pt"><p class="first">'
                                   '<b>Abstract</b></p>' + paras(["Overall, the vans ran weekly."], 1)
                                   + '<p class="first"><b>Keywords:</b> libraries; rural counties; mobile services</p></div>')
          + box(M, 260, W0, '<h2>1 Introduction</h2>')
          + box(M, 280, W0, paras(["Overall, the committee met in spring.", "Moreover, most branches reported."], 0)))
    t3 = box(M, 60, W0, paras(["Similarly, the staff described requests.", "Finally, the rotas held."], 3))
    s = build(tmp_path, "title-page-abstract-box", [t1, t2, t3], heads=False)
    assert s.meta.get("authors") == ["Henrik Aalto", "Mira Okafor"]
    assert s.meta.get("keywords") == ["libraries", "rural counties", "mobile services"]
    assert [b.role for b in s.blocks if b.role in ("abstract", "abstract_title")][:1] == ["abstract_title"]
    assert any(b.role == "abstract" and "vans ran weekly" in b.text for b in s.blocks)
    assert not [b for b in s.blocks if b.role in ("figure", "table")]
    assert [b.text for b in s.blocks if b.role == "heading"] == ["1 Introduction"]
    assert any(b.role == "affiliation" and "University of Example" in b.text for b in s.blocks)
