"""Whole articles in layouts the corpus lacks, typeset by WeasyPrint from
HTML written here (so the truth is known), read back with ``read_pdf``:
every part of the article at once (title, authors, abstract, headings and
their levels, paragraph starts, notes, reference entries, figures and
tables), not one rule at a time.

- a journal article in two columns under a full-width abstract, behind a
  repository's cover page: a starred note on the title, numbered headings
  "1." / "1.1", footnotes under a rule, running heads and page numbers on
  alternate sides, a table with column heads and a chart with a panel
  label above it, a numbered reference list "[1] …";
- a working paper in one column: square-bracket author-date citations
  "[Albers, 2011]", a reference list with surnames in capitals, an endnote
  section "Notes" before the references, a German summary under the
  article's title in German, and the series' list of papers bound in
  after the references in smaller type.

Each is two to four short pages; the PDF is made in the test's tmp_path.
"""

from __future__ import annotations

import html
import re

from weasyprint import HTML

from coursepack.bibliography.intext import find_citations
from coursepack.read.figures import page_graphics, settle
from coursepack.read.pdf import read_pdf

from tests.corpus.scoring import BODY_ROLES, flat, norm, paragraphs
from tests.corpus.synth.generate import EN

e = html.escape


def sentences(i: int, n: int = 5) -> str:
    return " ".join(EN[(i * 3 + j) % len(EN)] for j in range(n))


def typeset(tmp_path, name: str, body: str, css: str) -> object:
    doc = f'<html lang="en"><head><meta charset="utf-8"><style>{css}</style></head><body>{body}</body></html>'
    pdf = tmp_path / f"{name}.pdf"
    HTML(string=doc).write_pdf(str(pdf))
    return settle(read_pdf(pdf), page_graphics(pdf))     # as the edition reads it


def layout(s) -> list:
    return [(b.role, b.page, b.text[:40]) for b in s.blocks]


# ---------------------------------------------------------------- a journal article

JOURNAL_CSS = """
@page { size: A4; margin: 24mm 18mm 24mm 18mm }
@page :right { @top-right { content: counter(page); font-size: 9pt }
               @top-left { content: "Journal of Example Studies 12 (2019)"; font-size: 8.5pt; font-style: italic } }
@page :left { @top-left { content: counter(page); font-size: 9pt }
              @top-right { content: "Kowalczyk and Lindqvist: Reading Rooms"; font-size: 8.5pt; font-style: italic } }
@page cover { @top-left { content: none } @top-right { content: none } }
html { font-family: serif; font-size: 10pt; line-height: 1.3 }
.cover { page: cover; break-after: right; font-family: sans-serif }
h1 { font-size: 17pt; margin: 0 0 6pt } .authors { font-size: 11pt; margin-bottom: 14pt }
.abstract { font-size: 9pt; margin: 0 0 14pt; padding: 6pt 0; border-top: 0.5pt solid; border-bottom: 0.5pt solid }
.body { column-count: 2; column-gap: 16pt; counter-reset: footnote }
h2 { font-size: 11pt; font-weight: bold; margin: 10pt 0 4pt; break-after: avoid }
h3 { font-size: 10pt; font-style: italic; font-weight: normal; margin: 8pt 0 3pt; break-after: avoid }
p { margin: 0; text-indent: 1.2em; text-align: justify; hyphens: manual } h2 + p, h3 + p { text-indent: 0 }
.fn { float: footnote; font-size: 8pt; text-indent: 0 }
::footnote-call { content: counter(footnote); vertical-align: super; font-size: 6pt; line-height: 0 }
::footnote-marker { content: counter(footnote) " " }
@footnote { border-top: 0.5pt solid; padding-top: 3pt }
.star { float: footnote; counter-increment: none; font-size: 8pt; font-weight: normal }
.star::footnote-call { content: "*"; vertical-align: super; font-size: 9pt }
.star::footnote-marker { content: "* " }
figure { margin: 8pt 0; break-inside: avoid; column-span: none } figcaption { font-size: 8.5pt; margin-top: 3pt }
table { border-collapse: collapse; font-size: 8.5pt; width: 100% } td, th { padding: 1pt 3pt; text-align: left }
thead th { border-bottom: 0.5pt solid } caption { caption-side: top; text-align: left; font-size: 8.5pt; padding-bottom: 3pt }
.refs p { text-indent: -16pt; padding-left: 16pt; font-size: 8.5pt; margin-bottom: 2pt; text-align: left }
"""

HEADS = [("1. Introduction", 1), ("2. Sources and method", 1), ("2.1 The survey", 2),
         ("2.2 The visitor counts", 2), ("3. Results", 1), ("4. Conclusion", 1)]
NUMBERED_REFS = [
    "[1] Albers, K. (2011) Counting visitors in small libraries. Library Quarterly 14(2): 33-51.",
    "[2] Brandt, O. and Kellner, R. (2015) Evening hours and their readers. Example Review 8(1): 1-19.",
    "[3] Costa, M. (2008) The Reading Room. London: Example Press.",
    "[4] Dahl, P., Eng, S. and Falk, T. (2019) Transport and attendance. Journal of Rural Studies 22: 104-120.",
    "[5] Evans, J. (2003) Opening hours in the county libraries, 1950-2000. Archives Review 3(4): 201-230.",
]
FOOTNOTES = ["The five districts were chosen before any figures were seen.",
             "Two branches closed during the survey and are left out of the counts.",
             "The questionnaire is printed in full in the annual report of the libraries."]
TITLE_NOTE = "We thank the staff of the five districts for their help with the survey."

CHART = ('<svg width="200" height="110" viewBox="0 0 200 110" xmlns="http://www.w3.org/2000/svg">'
         '<rect x="20" y="10" width="170" height="80" fill="none" stroke="black" stroke-width="0.6"/>'
         '<rect x="40" y="40" width="25" height="50" fill="#999"/><rect x="90" y="25" width="25" height="65" fill="#444"/>'
         '<rect x="140" y="55" width="25" height="35" fill="#999"/>'
         '<text x="52" y="102" font-size="7" text-anchor="middle">North</text>'
         '<text x="102" y="102" font-size="7" text-anchor="middle">Centre</text>'
         '<text x="152" y="102" font-size="7" text-anchor="middle">South</text></svg>')


def journal_article(tmp_path):
    parts = ['<div class="cover"><p style="font-size:18pt">Example Open Repository</p>'
             '<p><b>Reading rooms and their visitors</b></p><p>Kowalczyk, Ann; Lindqvist, Bo</p>'
             '<p>Veröffentlichungsversion / Published Version. Zeitschriftenartikel / journal article</p>'
             '<p style="font-size:8pt">Terms of use: This document is made available under a CC BY licence. '
             'Nutzungsbedingungen: Dieser Text wird unter einer CC BY Lizenz zur Verfügung gestellt.</p></div>',
             f'<h1>Reading Rooms and Their Visitors<span class="star">{e(TITLE_NOTE)}</span></h1>',
             '<div class="authors">Ann Kowalczyk and Bo Lindqvist</div>',
             f'<div class="abstract"><b>Abstract</b> {e(sentences(7, 4))}</div>',
             '<div class="body">']
    paras, k, nn = [], 0, 0
    for head, level in HEADS:
        parts.append(f"<h{level + 1}>{e(head)}</h{level + 1}>")
        for _ in range(2):
            text = f"Paragraph {k + 1} opens here. " + sentences(k)
            paras.append(f"Paragraph {k + 1} opens here.")
            text = e(text[:-1]) + f" [{k % len(NUMBERED_REFS) + 1}]."     # a numbered citation at its end
            if nn < len(FOOTNOTES) and k % 3 == 1:
                a, b = text.split(". ", 1)
                text = f'{a}.<span class="fn">{e(FOOTNOTES[nn])}</span> {b}'
                nn += 1
            parts.append(f"<p>{text}</p>")
            k += 1
        if head.startswith("2.2"):
            parts.append('<table><caption>Table 1 Visitors per week by district</caption>'
                         '<thead><tr><th>District</th><th>Winter</th><th>Summer</th></tr></thead><tbody>'
                         '<tr><td>North</td><td>412</td><td>388</td></tr><tr><td>Centre</td><td>951</td><td>1,022</td></tr>'
                         '<tr><td>South</td><td>233</td><td>301</td></tr></tbody></table>')
        if head.startswith("3."):
            parts.append(f'<figure><div style="font-size:8pt; font-style:italic">(a) Weekday evenings</div>{CHART}'
                         '<figcaption>Figure 1 Visitors after six o\'clock by district</figcaption></figure>')
    parts.append("</div><h2>References</h2>")
    parts.append('<div class="refs">' + "".join(f"<p>{e(r)}</p>" for r in NUMBERED_REFS) + "</div>")
    s = typeset(tmp_path, "journal", "".join(parts), JOURNAL_CSS)
    return s, paras


def test_journal_article_in_two_columns(tmp_path):
    s, paras = journal_article(tmp_path)
    roles = layout(s)
    # the cover page is not the article; the title without its star, the authors
    assert all(b.role == "cover" for b in s.blocks if b.page == 1), roles
    assert norm(s.meta["title"]) == norm("Reading Rooms and Their Visitors"), s.meta
    assert s.meta.get("authors") == ["Ann Kowalczyk", "Bo Lindqvist"], s.meta
    # the abstract spans both columns and is one block
    abstracts = [b for b in s.blocks if b.role == "abstract"]
    assert len(abstracts) == 1 and norm(EN[(7 * 3) % len(EN)])[:30] in flat(abstracts[0]), roles
    # headings with their levels
    heads = [(flat(b), b.level) for b in s.blocks if b.role == "heading"]
    assert heads == [(norm(h), lv) for h, lv in HEADS], heads
    # every paragraph whole and in order, no running head or page number inside
    got = paragraphs(s)
    assert len(got) == len(paras) and all(g.startswith(norm(p)) for g, p in zip(got, paras)), got
    body = " ".join(got)
    assert "journal of example studies" not in body and "kowalczyk and lindqvist" not in body
    # footnotes by number, the star note on the title as a note without a number
    notes = {b.number: re.sub(r"^\d+\.? ", "", flat(b)) for b in s.blocks if b.role == "note" and b.number}
    assert notes == {i: norm(t) for i, t in enumerate(FOOTNOTES, 1)}, notes
    star = [flat(b) for b in s.blocks if b.role == "note" and not b.number]
    assert any(norm(TITLE_NOTE) in t for t in star), roles
    assert norm(TITLE_NOTE)[:30] not in body
    # the numbered reference list, one entry each; its numbers cited in the text
    refs = [flat(b) for b in s.blocks if b.role == "reference"]
    assert refs == [norm(r) for r in NUMBERED_REFS], refs
    assert {i.number for i in find_citations(" ".join(got))} == set(range(1, 6))
    # the table and the figure: one block each, their areas holding their heads and labels
    settled = s.blocks
    tables = [b for b in settled if b.role == "table"]
    figures = [b for b in settled if b.role == "figure"]
    assert len(tables) == 1 and len(figures) == 1, [(b.role, b.text[:30]) for b in settled if b.role in ("table", "figure", "caption")]
    for b, must in ((tables[0], ["District", "Winter", "South"]), (figures[0], ["(a) Weekday evenings", "North", "South"])):
        x0, top, x1, bottom = b.region
        inside = [ln for ln in b.lines if ln.text]
        for word in must:
            ln = next((ln for ln in inside if word in ln.text), None)
            assert ln is not None and x0 - 1 <= ln.x0 and ln.x1 <= x1 + 1 and top - 1 <= ln.top and ln.bottom <= bottom + 1, \
                (word, b.region, [(x.text, x.x0, x.top) for x in inside])
    caps = [flat(b) for b in settled if b.role == "caption"]
    assert norm("Table 1 Visitors per week by district") in caps and \
        norm("Figure 1 Visitors after six o'clock by district") in caps, caps


# ---------------------------------------------------------------- a working paper

PAPER_CSS = """
@page { size: A4; margin: 25mm 25mm 25mm 25mm; @bottom-center { content: counter(page); font-size: 9pt } }
html { font-family: sans-serif; font-size: 10.5pt; line-height: 1.45 }
h1 { font-size: 16pt; margin: 0 0 8pt } .authors { font-size: 11pt; margin-bottom: 16pt }
h2 { font-size: 12pt; margin: 14pt 0 5pt; break-after: avoid }
.abs h2 { font-size: 11pt } .abs p { font-size: 10pt; margin-bottom: 6pt }
.abs .tt { font-weight: bold; font-size: 11pt; margin: 10pt 0 4pt }
p { margin: 0 0 7pt; text-align: left }
.notes p, .refs p { font-size: 9.5pt; margin-bottom: 3pt }
.refs p { text-indent: -14pt; padding-left: 14pt }
.catalogue { break-before: page; font-size: 8pt; column-count: 2 } .catalogue p { margin-bottom: 5pt }
"""
CAPS_REFS = [
    "ALBERS Karin, 2011, Counting Visitors in Small Libraries, Berlin, Example Verlag.",
    "BRANDT Oskar, KELLNER Ruth, 2015, \"Evening hours and their readers\", Example Review, n° 8: 1-19.",
    "COSTA Maria, 2008, The Reading Room, London, Example Press.",
    "DAHL Peter, ENG Sara, FALK Tom, 2019, \"Transport and attendance\", Journal of Rural Studies, n° 22: 104-120.",
]
ENDNOTES = ["The districts are those of the regional plan of 2010.",
            "The counts of one branch were taken by hand and checked twice.",
            "On the history of these collections see the annual reports of the libraries."]
WP_HEADS = ["Introduction", "Sources", "Findings", "Conclusion"]


def working_paper(tmp_path):
    cites = ["[Albers, 2011]", "[Brandt and Kellner, 2015]", "[Costa, 2008; Dahl et al., 2019]", "Albers [2011]"]
    parts = ['<h1>Reading Rooms in Regional Libraries</h1><div class="authors">Ruth Kellner</div>',
             '<div class="abs"><h2>Abstract</h2>', f'<p>{e(sentences(2, 4))}</p>',
             '<h2>Zusammenfassung</h2><p class="tt">Lesesäle in regionalen Bibliotheken</p>',
             '<p>Der Beitrag untersucht die Lesesäle von fünf Bibliotheken und ihre Besucher. '
             'Er stützt sich auf Zählungen und eine kurze Befragung. Die Öffnungszeiten am Abend sind wichtiger '
             'als die Größe des Bestandes. Die Ergebnisse gelten nicht für jede Region des Landes.</p></div>']
    paras, k, nn = [], 0, 0
    for h in WP_HEADS:
        parts.append(f"<h2>{h}</h2>")
        for _ in range(2):
            text = e(f"Paragraph {k + 1} opens here. " + sentences(k, 4))
            paras.append(f"Paragraph {k + 1} opens here.")
            text = text[:-1] + f" {cites[k % len(cites)]}."
            if nn < len(ENDNOTES) and k % 2 == 1:
                a, b = text.split(". ", 1)
                text = f'{a}.<sup style="font-size:6.5pt">{nn + 1}</sup> {b}'
                nn += 1
            parts.append(f"<p>{text}</p>")
            k += 1
    parts.append("<h2>Notes</h2><div class=\"notes\">" + "".join(
        f"<p>{i} {e(t)}</p>" for i, t in enumerate(ENDNOTES, 1)) + "</div>")
    parts.append("<h2>Bibliography</h2><div class=\"refs\">" + "".join(f"<p>{e(r)}</p>" for r in CAPS_REFS) + "</div>")
    parts.append('<div class="catalogue"><p><b>DISCUSSION PAPERS 2019</b></p>' + "".join(
        f"<p>Jana Hoffmann / Tomas Berger<br>Studies of the reading room, part {i}<br>Order no.: WP 19-{100 + i}</p>"
        for i in range(1, 13)) + "</div>")
    s = typeset(tmp_path, "paper", "".join(parts), PAPER_CSS)
    return s, paras


def test_working_paper_with_endnotes_and_capital_surnames(tmp_path):
    s, paras = working_paper(tmp_path)
    roles = layout(s)
    assert norm(s.meta["title"]) == norm("Reading Rooms in Regional Libraries"), s.meta
    assert s.meta.get("authors") == ["Ruth Kellner"], s.meta
    # two abstracts; the German title over the summary is its title, not its first words
    abstracts = [flat(b) for b in s.blocks if b.role == "abstract"]
    assert len(abstracts) == 2 and abstracts[1].startswith(norm("Der Beitrag untersucht")), roles
    assert any(norm("Lesesäle in regionalen Bibliotheken") == flat(b) for b in s.blocks
               if b.role == "abstract_title"), roles
    heads = [flat(b) for b in s.blocks if b.role == "heading"]
    assert [h for h in heads if h != "notes"] == [norm(h) for h in WP_HEADS], heads
    got = paragraphs(s)
    assert len(got) == len(paras) and all(g.startswith(norm(p)) for g, p in zip(got, paras)), got
    # the endnotes, by number, out of the body
    notes = {b.number: re.sub(r"^\d+\.? ", "", flat(b)) for b in s.blocks if b.role == "note" and b.number}
    assert notes == {i: norm(t) for i, t in enumerate(ENDNOTES, 1)}, roles
    body = " ".join(got)
    assert not any(norm(t)[:30] in body for t in ENDNOTES)
    # the reference list, one entry each, and nothing of the catalogue after it
    refs = [flat(b) for b in s.blocks if b.role == "reference"]
    assert refs == [norm(r) for r in CAPS_REFS], refs
    assert not any("discussion papers" in flat(b) or "order no" in flat(b)
                   for b in s.blocks if b.role not in ("cover", "furniture")), roles
    # the square-bracket citations are found, the capitals' surnames matched
    found = find_citations(" ".join(" ".join(ln.text for ln in b.lines) for b in s.blocks if b.role in BODY_ROLES))
    assert [(i.surnames[0], i.year) for i in found][:5] == [
        ("Albers", "2011"), ("Brandt", "2015"), ("Costa", "2008"), ("Dahl", "2019"), ("Albers", "2011")], found


# ---------------------------------------------------------------- a German article citing in footnotes

DE_CSS = """
@page { size: A5; margin: 18mm 15mm 20mm 15mm }
@page :right { @top-right { content: counter(page); font-size: 8pt } @top-left { content: "Zeitschrift für Beispielkunde 4 (2022)"; font-size: 7.5pt } }
@page :left { @top-left { content: counter(page); font-size: 8pt } @top-right { content: "Hoffmann: Leihfristen"; font-size: 7.5pt } }
@page cover { @top-left { content: none } @top-right { content: none } }
html { font-family: serif; font-size: 9.5pt; line-height: 1.35 }
.cover { page: cover; break-after: page; font-family: sans-serif; font-size: 9pt }
h1 { font-size: 15pt; margin: 0 0 5pt } .authors { font-size: 10pt; margin-bottom: 14pt }
h2 { font-size: 10.5pt; margin: 10pt 0 3pt; break-after: avoid } h3 { font-size: 9.5pt; margin: 8pt 0 2pt; break-after: avoid }
p { margin: 0; text-indent: 1em; text-align: justify; hyphens: manual } h2 + p, h3 + p { text-indent: 0 }
.fn { float: footnote; font-size: 7.5pt; text-indent: 0 }
::footnote-call { content: counter(footnote); vertical-align: super; font-size: 5.5pt; line-height: 0 }
::footnote-marker { content: counter(footnote) " " }
@footnote { border-top: 0.5pt solid; padding-top: 2pt }
.refs p { text-indent: -12pt; padding-left: 12pt; font-size: 8.5pt; margin-bottom: 2pt; text-align: left }
"""
DE_HEADS = [("1. Einleitung", 1), ("2. Quellen und Vorgehen", 1), ("2.1 Die Befragung", 2), ("3. Ergebnisse", 1)]
DE_NOTES = ["Vgl. Ernest Gellner, Nationalismus und Moderne, Berlin 1991.",
            "Zur Geschichte der Leihfristen siehe Jochen Oltmer, Bibliotheken in der Weimarer Republik, Göttingen 2005, S. 12–19.",
            "Ebd., S. 44.",
            "Vgl. Ruth Kellner/ Oskar Brandt, Leihfristen im Vergleich. In: Zeitschrift für Beispielkunde 4 (2022) 2, S. 1–19."]
DE_REFS = ["Gellner, Ernest: Nationalismus und Moderne, Berlin 1991.",
           "Kellner, Ruth/Brandt, Oskar: Leihfristen im Vergleich, in: Zeitschrift für Beispielkunde 4 (2022), S. 1–19.",
           "Oltmer, Jochen: Bibliotheken in der Weimarer Republik, Göttingen 2005."]


def german_article(tmp_path):
    from tests.corpus.synth.generate import DE
    parts = ['<div class="cover"><p style="font-size:16pt">Example Open Repository</p><p><b>Leihfristen</b></p>'
             '<p>Hoffmann, Jana</p><p>Veröffentlichungsversion / Published Version. Zeitschriftenartikel / journal article</p>'
             '<p>Nutzungsbedingungen: Dieser Text wird unter einer Deposit-Lizenz zur Verfügung gestellt. '
             'Terms of use: This document is made available under Deposit Licence.</p></div>',
             '<h1>Leihfristen in regionalen Bibliotheken</h1><div class="authors">Jana Hoffmann</div>']
    paras, k, nn = [], 0, 0
    for head, level in DE_HEADS:
        parts.append(f"<h{level + 1}>{e(head)}</h{level + 1}>")
        for _ in range(2):
            text = f"Absatz {k + 1} beginnt hier. " + " ".join(DE[(k * 3 + j) % len(DE)] for j in range(4))
            paras.append(f"Absatz {k + 1} beginnt hier.")
            text = e(text)
            if nn < len(DE_NOTES):
                a, b = text.split(". ", 1)
                text = f'{a}.<span class="fn">{e(DE_NOTES[nn])}</span> {b}'
                nn += 1
            parts.append(f"<p>{text}</p>")
            k += 1
    parts.append("<h2>Literatur</h2><div class=\"refs\">" + "".join(f"<p>{e(r)}</p>" for r in DE_REFS) + "</div>")
    doc = f'<html lang="de"><head><meta charset="utf-8"><style>{DE_CSS}</style></head><body>{"".join(parts)}</body></html>'
    pdf = tmp_path / "german.pdf"
    HTML(string=doc).write_pdf(str(pdf))
    return settle(read_pdf(pdf), page_graphics(pdf)), paras


def test_german_article_citing_in_footnotes(tmp_path):
    s, paras = german_article(tmp_path)
    roles = layout(s)
    assert all(b.role == "cover" for b in s.blocks if b.page == 1), roles
    assert norm(s.meta["title"]) == norm("Leihfristen in regionalen Bibliotheken"), s.meta
    assert s.meta.get("authors") == ["Jana Hoffmann"], s.meta
    heads = [(flat(b), b.level) for b in s.blocks if b.role == "heading"]
    assert heads == [(norm(h), lv) for h, lv in DE_HEADS], heads
    got = paragraphs(s)
    assert len(got) == len(paras) and all(g.startswith(norm(p)) for g, p in zip(got, paras)), got
    body = " ".join(got)
    assert "beispielkunde 4 (2022)" not in body and "hoffmann: leihfristen" not in body
    # each note whole, its citation and all ("Ebd., S. 44." too), none in the body
    notes: dict = {}
    for b in s.blocks:
        if b.role == "note":
            if b.continues and notes:
                notes[list(notes)[-1]] += " " + flat(b)
            else:
                notes[b.number] = re.sub(r"^\d+ ", "", flat(b))
    assert notes == {i: norm(t) for i, t in enumerate(DE_NOTES, 1)}, notes
    assert not any(norm(t)[:25] in body for t in DE_NOTES)
    refs = [flat(b) for b in s.blocks if b.role == "reference"]
    assert refs == [norm(r) for r in DE_REFS], refs
