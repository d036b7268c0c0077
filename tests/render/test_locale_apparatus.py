"""Every label printed around a German reading is German (the reading's
language decides, the pack may override): the editorial note, the
bibliography's back-references, a lost note, the notes written by ingest;
an English reading keeps its English wording.  The HTML of the reader and
of the web page, without layout."""

from __future__ import annotations

import html as htmllib
import re
from pathlib import Path

from coursepack import model
from coursepack.render.env import Renderer
from coursepack.render.reader import PageIndex, Segment, reader_context
from coursepack.web import render_web
from tests.modelfactory import make_pack, make_reading

ROOT = Path(__file__).resolve().parents[2]


def reader_html(r: model.Reading, kind: str = "back") -> str:
    cfg, pack = make_pack(ROOT, [r])
    ctx = reader_context(cfg, pack, "office", False, PageIndex())
    ctx.update(fn_breaks=set(), right_hand_starts=True, right_hand_back_matter=False,
               segment=Segment(kind, r, parts=("bibliography", "glossary", "questions",
                                                 "editorial")) if kind == "back"
               else Segment(kind, r))
    return Renderer(ROOT).html("reader.html.j2", **ctx)


def text(page: str) -> str:
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", "", page)).split())


def reading(lang: str = "de") -> model.Reading:
    r = make_reading(sections=2, paras=3, seed=5)
    r.meta.languages = [lang]
    r.source_kind = "pdf"
    r.meta.notes = ["Not found in the PDF (left empty): journal, volume, doi."]
    r.bibliography = [
        model.BibEntry("lee2003", "book", {"title": "Tides", "year": "2003"},
                       {"author": ["Lee, Kim"]}, origin="list", cited_by=[1, 3],
                       formatted=[model.Text("Lee, Kim. Tides. 2003.")]),
        model.BibEntry("roe1999", "book", {"title": "Ports"}, {"author": ["Roe, A."]},
                       origin="notes", cited_by=[2], formatted=[model.Text("Roe, A. Ports.")])]
    r.changes = [model.Change("hyphenation", "line_end", "a-", "a", "x", silent=True),
                 model.Change("furniture", "page_furniture", "45", "", "x", silent=True)]
    r.accounting = model.Accounting(source_words=120, body=100, notes=15, discarded=5)
    return r


def test_the_editorial_note_of_a_german_reading_is_german():
    page = text(reader_html(reading("de")))
    for german in ("Editorische Notiz", "Quelle.", "Der Text folgt der PDF-Fassung",
                   "Stillschweigende Korrekturen.", "Trennstriche am Zeilenende entfernt (1)",
                   "Wortbilanz: 120 Wörter in der Quelle: 100 im Haupttext",
                   "Nicht in der PDF-Datei gefunden (leer gelassen): Zeitschrift, Band, DOI."):
        assert german in page, german
    for english in ("Source.", "Silent repairs", "Word accounting", "page furniture",
                    "Not found in the PDF", "words in the source"):
        assert english not in page, english


def test_bibliography_back_references_and_marks_are_german():
    page = reader_html(reading("de"))
    flat = text(page)
    assert "Anm. 1, 3." in flat
    assert "Anm. 2." in flat and "Note 2" not in flat and "Notes 1" not in flat
    assert 'title="aus den Anmerkungen ergänzt"' in page


def test_an_english_reading_keeps_its_english_apparatus():
    flat = text(reader_html(reading("en")))
    for english in ("Editorial note", "Source.", "The text is that of the article’s PDF",
                    "line-end hyphens removed (1)", "Word accounting: 120 words in the source",
                    "Not found in the PDF (left empty): journal, volume, doi.", "Notes 1, 3."):
        assert english in flat, english


def test_the_pack_language_overrides_the_reading_language():
    r = reading("en")
    r.meta.labels_language = "de"
    flat = text(reader_html(r))
    assert "Editorische Notiz" in flat and "Wortbilanz:" in flat and "Word accounting" not in flat


def test_a_lost_note_says_so_in_the_reading_language():
    r = reading("de")
    lost = r.footnotes[0]
    lost.status, lost.inlines, lost.fragments = "partial", [], ["… und so weiter"]
    page = text(reader_html(r, kind="article"))
    assert "[Der Text dieser Anmerkung fehlt in der Quelle." in page
    assert "Erhaltenes Bruchstück: „… und so weiter“" in page
    assert "lost in the source" not in page


def test_a_regional_tag_reaches_every_block_for_hyphenation():
    r = reading("en-GB")
    for _, b in r.blocks():
        b.lang = "en"           # what the reader detects: the language without its region
    page = reader_html(r, kind="article")
    langs = set(re.findall(r'<p id="[^"]+" lang="([^"]+)"', page))
    assert langs == {"en-GB"}
    r = reading("en")
    r.sections[0].blocks[0].lang = "de"       # a German quotation stays German
    page = reader_html(r, kind="article")
    assert set(re.findall(r'<p id="[^"]+" lang="([^"]+)"', page)) == {"en", "de"}


def test_the_web_page_of_a_german_reading_is_german():
    r = reading("de")
    fig = model.Figure(label="Abbildung 1", number=1, page=5, folio="48", image="figures/a.png",
                       caption=[model.Text("Ablauf")])
    r.sections[0].blocks.append(model.Block("s1-fig", [], "figure", "de", figure=fig))
    _cfg, pack = make_pack(ROOT, [r])
    pages = render_web(ROOT, pack)
    page = text(pages[f"{r.slug}.html"])
    for german in ("Inhalt", "Anmerkungen", "Bibliographie", "Glossar", "Diskussionsfragen",
                   "Zeitleiste", "Editorische Notiz", "Quelle.", "Wortbilanz:", "Datum",
                   "Ereignis", "Alle Texte", "Zum Text springen", "(S. 48 des Originals)",
                   "Anm. 1, 3", "Erstes Vorkommen im Text"):
        assert german in page, german
    for english in ("Contents", "Editorial note", "Word accounting", "Silent repairs",
                    "All readings", "of the original", "Skip to the text", "First occurrence"):
        assert english not in page, english
    assert "Texte" in text(pages["index.html"])


def test_a_label_the_edition_gave_is_in_the_reading_language():
    r = reading("de")
    given = model.Figure(kind="table", label="Table 1", number=1, page=7, folio="50")
    printed = model.Figure(kind="figure", label="Figure 2", number=2, page=8, folio="51",
                           caption=[model.Text("Figure 2: Karte")])
    r.sections[0].blocks += [model.Block("s1-t1", [], "figure", "de", figure=given),
                             model.Block("s1-f2", [], "figure", "de", figure=printed)]
    page = text(reader_html(r, kind="article"))
    assert "[Tabelle 1: siehe S. 50 des Originals]" in page
    assert "[Figure 2: siehe S. 51 des Originals] Figure 2: Karte" in page   # as the article prints it
