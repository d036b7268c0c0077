"""A German reading carries no English the edition adds: every page made of
it (the reader's front matter, article and back matter, the web page, the
EPUB chapter) is scanned for the English catalogue's sentences
(:mod:`coursepack.i18n`) and for English words the article does not
print.  The reading is German throughout; its emendations' reasons are
written by the repair rules themselves, its figures labelled and described
as ingest labels them."""

from __future__ import annotations

import html as htmllib
import re
import string
import zipfile
import io
from pathlib import Path

import pytest

from coursepack import i18n, model
from coursepack.epub import epub_bytes
from coursepack.repair import attach_fragments, figure_of
from coursepack.repair.layout import Unit
from coursepack.repair.rules import Context
from coursepack.repair.smallcaps import find_roman_dates
from coursepack.render.env import Renderer
from coursepack.render.reader import PageIndex, Segment, reader_context
from coursepack.web import render_web
from tests.modelfactory import make_pack

ROOT = Path(__file__).resolve().parents[2]

GERMAN = ("Der Hafen von Vessa war im neunzehnten Jahrhundert ein Ort des Handels und der "
          "Auswanderung. Die Stadt verhandelte mit den Kaufleuten über Zölle, Liegeplätze und "
          "Löhne. Nach dem Streik gründete die Hafenbehörde eine Lehrwerkstatt für junge "
          "Arbeiter.").split(". ")


def _text(s: str) -> list[model.Inline]:
    return [model.Text(s)]


def german_reading() -> model.Reading:
    """A German reading with every part the edition adds: an English
    abstract beside the German one, notes (one lost), figures and a table
    labelled by the edition, glossary (drafted and reviewed), questions,
    timeline, bibliography, and emendations of every kind a rule notes."""
    blocks = []
    notes = []
    for i in range(1, 4):
        blocks.append(model.Block(f"s1-p{i}", _text(GERMAN[i % 3] + ". ") + [model.NoteRef(i)]
                                  + _text(" Hafenbehörde und Zölle."), lang="de"))
        notes.append(model.Footnote(number=i, status="complete" if i != 2 else "lost",
                                    inlines=_text(f"Vgl. Berg, Hafen, S. {i}.") if i != 2 else []))
    counts: dict[str, int] = {}
    # a figure whose caption prints no label, with the words read inside it
    fig = figure_of(Unit("figure", role="figure", page=3, region=[50, 80, 290, 400]), [],
                    counts, text="Hafen Zoll Speicher 1850")
    fig.image = "figures/p3-1.png"
    table = figure_of(Unit("figure", role="table", page=4), [], counts, text="")   # not cut
    blocks.append(model.Block("s1-f1", [], "figure", "de", figure=fig))
    blocks.append(model.Block("s1-t1", [], "figure", "de", figure=table))
    sec = model.Section(id="s1", title="Einleitung", blocks=blocks)
    sec2 = model.Section(id="s2", title="Der Streik", level=1, blocks=[
        model.Block("s2-p1", _text(GERMAN[2] + ". Die Hafenbehörde ist eine städtische "
                                   "Verwaltung."), lang="de")])
    meta = model.Metadata(title="Der Hafen von Vessa", authors=["Anna Berg"],
                          journal="Hafengeschichte", volume="7", year="2012", pages="10–25",
                          languages=["de"])
    meta.notes = ["Not found in the PDF (left empty): subtitle, doi, license."]
    r = model.Reading("hafen", meta,
                      abstracts=[model.Abstract("de", "", _text(GERMAN[0] + ".")),
                                 model.Abstract("en", "", _text("The port of Vessa."))],
                      sections=[sec, sec2], footnotes=notes)
    r.source_kind = "pdf"
    r.glossary = [
        model.GlossaryTerm(id="hafenbehoerde", term="Hafenbehörde",
                           definition="Eine städtische Verwaltung.", reviewed=False,
                           evidence=["s2-p1"]),
        model.GlossaryTerm(id="zoll", term="Zoll", definition="Eine Abgabe auf Waren.")]
    r.questions = [model.Question(id="q1", text="Wie begründet der Beitrag den Streik?",
                                  sections=["s1"], evidence=["s1-p2"])]
    r.timeline = [model.TimelineEvent(id="e1", date="1898", label="1898",
                                      text="Streik im Hafen", evidence=["s1-p1"])]
    r.bibliography = [
        model.BibEntry("berg2010", "book", {"title": "Hafen", "year": "2010"},
                       {"author": ["Berg, Anna"]}, origin="list", cited_by=[1, 3],
                       formatted=_text("Berg, Anna. Hafen. 2010.")),
        model.BibEntry("roe1999", "book", {"title": "Zölle"}, {"author": ["Roe, A."]},
                       origin="notes", cited_by=[2], formatted=_text("Roe, A. Zölle."))]
    # the emendations, with the reasons the rules write
    edits = find_roman_dates("Zugriff am 15 v i 2021", Context(lang="de"))
    month = [e for e in edits if not e.silent]
    assert month, "the month rule no longer notes a split numeral"
    # one before every lost note, two tails standing together after them
    frags = attach_fragments([1, 40, 41], ["c", "a, 2020]: <https://a.org/b>.", "b <https://c"],
                             [(1, 5), (2, 20), (3, 30)], [2, 3])
    assert len({why.split(";")[1] for _, why in frags}) == 3
    where = model.Location("source/hafen.pdf", 40, 1, "s1-p1")
    r.changes = [model.Change("roman", "roman_date", "v i", "VI", month[0].why, where,
                              silent=False)]
    r.changes += [model.Change("fragment", "stranded_fragment", "Fragment", "",
                               i18n.REASONS["en"]["fragment"].format(reason=why), where,
                               silent=False) for _, why in frags]
    r.changes += [model.Change("hyphenation", "line_end", "Ha-", "Ha", "x", where, silent=True)]
    r.fragments = [model.Fragment("b <https://c", where, 2, frags[1][1])]
    r.accounting = model.Accounting(source_words=120, body=100, notes=15, discarded=5)
    return r


def _phrases(template: str) -> list[str]:
    """The literal stretches of an English template, placeholders and
    markup left out, long enough to be telling (two words or more)."""
    out = []
    for literal, *_ in string.Formatter().parse(template):
        for piece in re.split(r"<[^>]+>|[“”„\"()\[\]:;]", literal or ""):
            piece = " ".join(piece.split()).strip(" ,.—–-’'")
            if len(re.findall(r"[A-Za-z]{2,}", piece)) >= 2:
                out.append(piece)
    return out


def english_catalogue() -> set[str]:
    """Every English sentence the edition can print around a reading, that
    its German catalogue says otherwise."""
    de = {k: i18n.label(k, "de") for k in i18n.LABELS["en"]} | {
        k: i18n.label(k, "de") for k in i18n.LABELS["de"]}
    found: set[str] = set()
    for key, german in de.items():
        english = i18n.LABELS["en"].get(key, key)
        for p in _phrases(english):
            if p not in german:
                found.add(p)
    for key, english in i18n.REASONS["en"].items():
        found |= {p for p in _phrases(english) if p not in i18n.REASONS["de"][key]}
    return found


def visible(page: str) -> str:
    """The text of a page and of its attributes a reader hears or sees
    (alt, title, aria-label), entities resolved, spaces folded."""
    attrs = " ".join(m.group(2) for m in re.finditer(
        r'\b(alt|title|aria-label)="([^"]*)"', page))
    body = re.sub(r"<style.*?</style>|<script.*?</script>", " ", page, flags=re.S)
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", " ", body) + " " + attrs).split())


def reader_pages(r: model.Reading) -> dict[str, str]:
    cfg, pack = make_pack(ROOT, [r])
    out = {}
    for kind in ("front", "article", "back"):
        ctx = reader_context(cfg, pack, "office", False, PageIndex())
        ctx.update(fn_breaks=set(), right_hand_starts=True, right_hand_back_matter=False,
                   segment=Segment(kind, r if kind != "front" else None,
                                   parts=("bibliography", "glossary", "questions", "editorial")
                                   if kind == "back" else ()))
        out[f"reader-{kind}"] = Renderer(ROOT).html("reader.html.j2", **ctx)
    return out


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    r = german_reading()
    out = reader_pages(r)
    _cfg, pack = make_pack(ROOT, [r])
    pack.title = "Kurs"
    web = render_web(ROOT, pack)
    out["web"] = web["hafen.html"]
    with zipfile.ZipFile(io.BytesIO(epub_bytes(pack, ROOT, modified="2020-01-01T00:00:00Z"))) as z:
        out["epub"] = z.read("OEBPS/hafen.xhtml").decode("utf-8")
    return {k: visible(v) for k, v in out.items()}


def test_the_catalogue_scan_would_see_english():
    """The scan is not blind: the English reading's pages hold the English
    sentences it looks for."""
    r = german_reading()
    r.meta.languages = ["en"]
    flat = visible(reader_pages(r)["reader-back"])
    hits = [p for p in english_catalogue() if p in flat]
    assert len(hits) >= 10, hits
    assert "stranded note text removed from the body" in flat


def test_no_english_sentence_of_the_catalogue_in_a_german_reading(pages):
    catalogue = english_catalogue()
    assert len(catalogue) > 100
    for name, flat in pages.items():
        hits = sorted(p for p in catalogue if p in flat)
        assert not hits, (name, hits)


def test_no_english_word_the_article_does_not_print(pages):
    """A word far more common in English than in German, printed around
    the German reading, is a label left in English (a template's own
    wording the catalogue does not hold)."""
    from wordfreq import zipf_frequency
    allowed = {"url", "doi", "pdf", "abstract", "handout", "reader", "online", "coursepack",
               "kurs", "vessa", "berg", "anna", "roe", "port", "the", "of"}   # the English abstract's
    for name, flat in pages.items():
        words = {w.lower() for w in re.findall(r"[A-Za-zÄÖÜäöüß]{3,}", flat)}
        english = sorted(w for w in words - allowed
                         if zipf_frequency(w, "en") >= 3.5 and zipf_frequency(w, "de") < 2.5)
        assert not english, (name, english)


def test_emendation_reasons_are_german_and_the_place_kept(pages):
    flat = pages["reader-back"]
    assert "Emendationen." in flat
    assert "römische Monatszahl durch ein Leerzeichen getrennt („v i“ als VI gelesen)" in flat
    assert "versprengter Anmerkungstext aus dem Haupttext genommen; das Ende einer von" in flat
    # the line of the source file is for `check`, not for print (JUDGE10)
    assert "Zeile 40" not in flat and "der Quelle;" not in flat
    assert "Anmerkung 2 ist die verlorene Anmerkung vor Anmerkung 3" in flat
    assert "Anmerkung 2 ist die erste verlorene Anmerkung danach" in flat
    assert "Anmerkung 3 ist die nächste davor markierte Anmerkung" in pages["web"]


def test_figure_labels_and_alt_text_follow_the_reading(pages):
    for name in ("reader-article", "web", "epub"):
        flat = pages[name]
        assert "Abbildung 1: Hafen Zoll Speicher 1850" in flat, name      # the alt text
        assert "Figure 1" not in flat and "Table 1" not in flat, name
    assert "[Tabelle 1: siehe S. 4 der PDF-Datei]" in pages["reader-article"]


def test_each_abstract_is_headed_in_its_own_language(pages):
    for name in ("reader-article", "web", "epub"):
        flat = pages[name]
        assert "Zusammenfassung Der Hafen" in flat, name
        assert "Abstract The port of Vessa" in flat, name


def test_an_editors_reason_is_printed_as_written():
    assert i18n.reason("Druckfehler im Original", "de") == "Druckfehler im Original"
    english = i18n.REASONS["en"]["fragment-after"].format(line=3, note=4)
    assert i18n.reason(english, "en") == english
    assert i18n.reason(english, "pl").startswith("zabłąkany w wierszu 3")
