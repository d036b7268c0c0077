"""The bibliography's introduction and the editorial note say where the
entries come from: a reference list (numbered or not), or the notes only."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import jinja2

from coursepack import model
from coursepack.edition import editorial_summary
from coursepack.i18n import label

TEMPLATES = Path(__file__).resolve().parents[2] / "coursepack" / "templates"


def _intro(kind: str, entries: list[model.BibEntry], lang: str = "en") -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)),
                             undefined=jinja2.StrictUndefined)
    r = SimpleNamespace(source_kind=kind, bibliography=entries)
    return " ".join(env.get_template("partials/bib_intro.html.j2").render(r=r, L=lambda key, **v: label(key, lang, **v)).split())


def _source(entries: list[model.BibEntry], lang: str = "en") -> str:
    """The editorial note's source sentence of a PDF reading with ``entries``."""
    r = model.Reading("x", model.Metadata(languages=[lang]), bibliography=entries,
                      source_kind="pdf")
    return editorial_summary(r)["source"]


def _e(key, origin, cited_in=(), label=""):
    return model.BibEntry(key, "book", origin=origin, cited_in=list(cited_in), label=label)


def test_notes_only_bibliography_does_not_claim_a_reference_list():
    entries = [_e("a", "notes"), _e("b", "notes")]
    intro = _intro("pdf", entries)
    assert "has no reference list" in intro and "notes" in intro
    assert "The article’s reference list" not in intro and "⁺" not in intro
    src = _source(entries)
    assert "notes recovered; the article has no reference list" in src
    assert "reference list recovered" not in src and "reference list." not in src


def test_list_with_note_additions_and_numbers_says_so():
    entries = [_e("a", "list", ["cite-1"], "[1]"), _e("b", "list", label="[2]"), _e("c", "notes")]
    intro = _intro("pdf", entries)
    assert intro.startswith('<p class="part-intro">The article’s reference list, with works cited '
                            "only in the notes added (marked ⁺). Page numbers lead")
    assert intro.endswith("Numbered as in the article.</p>")
    assert _source(entries).endswith("reference list, with the works cited only in the notes "
                                     "added.")


def test_plain_list_keeps_the_short_wording():
    entries = [_e("a", "list"), _e("b", "list")]
    assert _intro("pdf", entries) == '<p class="part-intro">The article’s reference list.</p>'
    assert _source(entries).endswith(" and the reference list recovered; the bibliography is "
                                     "the article’s reference list.")
    assert _source([]).endswith(" and the reference list recovered.")


def test_notes_and_editor_file_without_a_list():
    intro = _intro("pdf", [_e("a", "notes"), _e("b", "editor", ["cite-2"])])
    assert intro.startswith('<p class="part-intro">Works cited in the article, from its notes '
                            "and the editor’s bibliography. Page numbers")


def test_the_introduction_speaks_the_reading_language():
    intro = _intro("pdf", [_e("a", "notes"), _e("b", "notes")], "de")
    assert "kein Literaturverzeichnis" in intro and "reference list" not in intro
    src = _source([_e("a", "notes"), _e("b", "notes")], "de")
    assert "kein Literaturverzeichnis" in src and "reference list" not in src


def test_the_notes_only_introduction_is_a_sentence_in_every_language():
    """JUDGE11: "Der Beitrag hat kein Literaturverzeichnis: die in seinen
    Anmerkungen zitierten Werke, aus den Anmerkungen zusammengestellt." has
    no finite verb after the colon.  Each clause of the introduction has one
    (a verb of the language's own), and the notes are not named twice."""
    finite = {"en": {"has", "gathers"}, "de": {"hat", "sind"}, "fr": {"a", "rassemble"},
              "es": {"tiene", "reúne"}, "pl": {"ma", "zawiera"}}
    notes = {"en": "notes", "de": "Anmerkungen", "fr": "notes", "es": "notas", "pl": "przypis"}
    for lang, verbs in finite.items():
        intro = _intro("pdf", [_e("a", "notes"), _e("b", "notes")], lang)
        text = intro.removeprefix('<p class="part-intro">').removesuffix("</p>")
        clauses = [c for c in text.rstrip(".").split(";")]
        assert len(clauses) == 2, (lang, text)
        for c in clauses:
            words = set(c.replace("’", " ").split())
            assert words & verbs, (lang, c)
        assert text.count(notes[lang]) == 1, (lang, text)
