"""The article's own front matter, on pages typeset for the test (WeasyPrint,
blocks placed by hand as in test_synth_layouts, so the truth is the page as
written): affiliations under the authors (set as an address, a line each),
the dates received and accepted, an e-mail address, key words in two
languages, a translated title over the second abstract, an abstract of
several paragraphs, a contributor's box beside the title -- each kept as
front matter (never body text, never dropped), with its words as printed.
"""

from __future__ import annotations

from coursepack.model import plain_text
from coursepack.repair import PARAGRAPH_BREAK, repair_structure
from tests.corpus.scoring import norm
from tests.read_pdf.test_synth_layouts import M, START, W, body_paragraphs, box, build, para, ps, starts, text

ADDRESS = ["Institute for the Study of Reading Rooms", "University of Example, Leeds",
           "United Kingdom", "Date of submission: March 3rd, 2012", "e-mail: a.kowalczyk@lib.example.ac.uk"]


def _front_page(abstract_paras: list[str]) -> str:
    out = box(M, 60, W - 2 * M, "<h1>Reading Rooms in Winter</h1>")
    out += box(M, 90, W - 2 * M, '<div class="authors">Ann Kowalczyk</div>')
    out += box(M, 106, W - 2 * M, '<div class="abs" style="text-align:left">'
               + "<br>".join(ADDRESS) + "</div>")
    y = 175
    out += box(M + 20, y, W - 2 * M - 40, '<div class="abs"><b>Abstract</b></div>')
    out += box(M + 20, y + 14, W - 2 * M - 40, '<div class="abs">'
               + "".join(f'<p class="first">{p}</p>' for p in abstract_paras) + "</div>")
    return out


def test_affiliation_lines_dates_and_email_are_kept_as_front_matter(tmp_path):
    page = _front_page([text(0, 4)])
    page += box(M + 20, 300, W - 2 * M - 40, '<div class="abs"><b>Keywords:</b> reading rooms; winter; '
                                             'public libraries</div>')
    page += box(M + 20, 330, W - 2 * M - 40, '<div class="abs"><b>Lesesäle im Winter</b></div>')
    page += box(M + 20, 344, W - 2 * M - 40, '<div class="abs"><b>Zusammenfassung</b></div>')
    page += box(M + 20, 358, W - 2 * M - 40, '<div class="abs">Der Beitrag untersucht die Lesesäle der '
                                             'Stadtbibliotheken im Winter und die Zahl ihrer Leser in den '
                                             'Jahren, in denen die Heizung ausfiel.</div>')
    page += box(M + 20, 400, W - 2 * M - 40, '<div class="abs"><b>Schlüsselwörter:</b> Lesesäle; Winter; '
                                             'öffentliche Bibliotheken</div>')
    page += box(M, 440, W - 2 * M, "<h2>Introduction</h2>")
    page += box(M, 460, W - 2 * M, ps(para(START[0], 0, 8), para(START[1], 3, 8)))
    s = build(tmp_path, "affil", [page])
    aff = " ".join(b.text for b in s.blocks if b.role == "affiliation")
    for line in ADDRESS:
        assert norm(line) in norm(aff), [(b.role, b.text[:40]) for b in s.blocks]
    body = " ".join(body_paragraphs(s))
    assert "institute for the study" not in body and "submission" not in body
    assert starts(body_paragraphs(s)) == START[:2]
    r = repair_structure(s)
    kinds = [b.kind for b in r.front]
    # the address printed a line each: one front block per line, in order
    texts = [" ".join(plain_text(b.inlines).split()) for b in r.front if b.kind == "affiliation"]
    assert texts == ADDRESS, texts
    assert kinds.count("keywords") == 2, kinds
    de = [b for b in r.front if b.kind == "keywords" and "Lesesäle" in plain_text(b.inlines)]
    assert de and de[0].lang == "de", [(b.kind, b.lang, plain_text(b.inlines)) for b in r.front]
    # the translated title stays the German abstract's title (not stranded text)
    assert [a.title for a in r.abstracts if a.lang == "de"] == ["Lesesäle im Winter"], r.abstracts
    assert not [f for f in r.fragments if "Lesesäle im Winter" in f.text]


def test_an_abstract_of_three_paragraphs_keeps_them(tmp_path):
    # justified, no indent, no space between them: only the short last line ends each
    paras = [text(0, 3) + " It ends.", "The second paragraph starts. " + text(4, 2) + " It ends.",
             "The third paragraph starts. " + text(8, 2)]
    page = _front_page(paras)
    page += box(M, 440, W - 2 * M, "<h2>Introduction</h2>")
    page += box(M, 460, W - 2 * M, ps(para(START[0], 0, 8), para(START[1], 3, 8)))
    s = build(tmp_path, "abs3", [page])
    r = repair_structure(s)
    assert len(r.abstracts) == 1, r.abstracts
    nodes = r.abstracts[0].inlines
    parts = plain_text(nodes).split(PARAGRAPH_BREAK)
    assert [p.split()[:3] for p in parts] == [paras[0].split()[:3], ["The", "second", "paragraph"],
                                              ["The", "third", "paragraph"]], parts


def test_an_email_address_keeps_its_letters(tmp_path):
    """No space put after an initial inside an address, no hyphen: the
    address as printed (a contributor's note after the text)."""
    page = box(M, 60, W - 2 * M, "<h1>Reading Rooms in Winter</h1>")
    page += box(M, 90, W - 2 * M, '<div class="authors">Ann Kowalczyk</div>')
    page += box(M, 130, W - 2 * M, ps(para(START[0], 0, 8), para(START[1], 3, 8)))
    page += box(M, 400, W - 2 * M, '<div class="foot"><p>ANN KOWALCZYK is a lecturer at the University of '
                                   'Example, Leeds. <i>Address:</i> Example Road 1, Leeds, United Kingdom. '
                                   '[email: A.Kowalczyk@lib.example.ac.uk]</p></div>')
    s = build(tmp_path, "mail", [page])
    r = repair_structure(s)
    everything = " ".join(plain_text(b.inlines) for sec in r.sections for b in sec.blocks) + " " + \
        " ".join(plain_text(b.inlines) for b in r.front)
    assert "A.Kowalczyk@lib.example.ac.uk" in everything, everything[-300:]
    assert "Leeds. Address:" in " ".join(everything.split())


def test_a_ragged_abstract_is_not_cut_at_its_short_lines(tmp_path):
    """Set ragged right, every line may end short: no paragraph is read
    from line lengths there."""
    page = _front_page([text(0, 3) + " It ends.", "The second paragraph starts. " + text(4, 2)])
    page = page.replace('<div class="abs"><p class="first">', '<div class="abs" style="text-align:left"><p class="first">')
    page += box(M, 440, W - 2 * M, "<h2>Introduction</h2>")
    page += box(M, 460, W - 2 * M, ps(para(START[0], 0, 8), para(START[1], 3, 8)))
    s = build(tmp_path, "ragged", [page])
    r = repair_structure(s)
    assert len(r.abstracts) == 1
    assert PARAGRAPH_BREAK not in plain_text(r.abstracts[0].inlines)
