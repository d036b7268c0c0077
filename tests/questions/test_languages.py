"""The reading's language decides: questions, their notes and the EPUB's labels
in French, Spanish and Polish (German: test_questions.py, the handout's tests)."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from coursepack import model, questions as Q, timeline as T
from coursepack.epub import epub_bytes

from .articles import reading_from_text

ARTICLES = {
    "fr": ("# Introduction\n\nLa politique migratoire a beaucoup changé. Le gouvernement a "
           "adopté une loi le 3 mars 1993. Les préfectures ont appliqué cette loi de manière "
           "inégale.\n\n# Les débats\n\nLes syndicats ont critiqué la loi. Les associations ont "
           "défendu les étrangers devant les tribunaux.\n\n# Conclusion\n\nLa loi a donc "
           "renforcé le contrôle sans réduire l’immigration. Les acteurs locaux ont gardé une "
           "grande marge de manœuvre.", "3 mars 1993", ("Quelle", "Que ", "Comment", "À quel", "L’article")),
    "es": ("# Introducción\n\nLa política migratoria cambió mucho. El gobierno aprobó una ley "
           "el 3 de marzo de 1993. Las provincias aplicaron la ley de forma desigual.\n\n"
           "# Los debates\n\nLos sindicatos criticaron la ley. Las asociaciones defendieron a "
           "los extranjeros ante los tribunales.\n\n# Conclusión\n\nLa ley reforzó el control "
           "sin reducir la inmigración. Los actores locales conservaron un gran margen de "
           "maniobra.", "3 de marzo de 1993", ("¿", "El artículo")),
    "pl": ("# Wstęp\n\nPolityka migracyjna bardzo się zmieniła. Rząd przyjął ustawę 3 marca "
           "1993 r. Województwa stosowały ustawę nierówno.\n\n# Debaty\n\nZwiązki zawodowe "
           "krytykowały ustawę. Stowarzyszenia broniły cudzoziemców przed sądami.\n\n"
           "# Wnioski\n\nUstawa wzmocniła kontrolę, nie ograniczając imigracji. Władze lokalne "
           "zachowały duży margines swobody.", "3 marca 1993", ("Jak", "Co ", "Do jakiego", "Proszę", "Artykuł")),
}
ENGLISH = re.compile(r"\b(?:the|what|which|how|does|answer|evidence|where)\b", re.I)


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_a_reading_gets_questions_and_timeline_in_its_language(lang):
    text, date_label, openers = ARTICLES[lang]
    r = reading_from_text(text)
    r.meta.languages = [lang]
    qs = Q.generate(r)
    # no cue words in these languages: the conclusion's findings, quoted, are asked about
    assert len(qs) >= 2
    assert all("«" in q.text or "„" in q.text for q in qs)
    for q in qs:
        assert Q.quality_problems(q, lang=lang) == [], q.text
        assert not ENGLISH.search(q.text), q.text
        assert q.text.startswith(openers), q.text
        assert not ENGLISH.search(q.answer), q.answer
    assert [e.label for e in T.extract(r)] == [date_label]


def test_french_typography_in_questions():
    text = ARTICLES["fr"][0]
    r = reading_from_text(text, [model.GlossaryTerm(
        "marge", "marge de manœuvre", "La liberté d’action laissée aux acteurs locaux",
        reviewed=False, evidence=["p5"])])
    r.meta.languages = ["fr"]
    qs = Q.generate(r)
    assert any("«\u00a0" in q.text and "\u00a0»" in q.text for q in qs)
    # the term is defined in the sentence the conclusion's question quotes: one
    # question on that passage, not two (JUDGE6 duplicates)
    assert not any(q.id.startswith("concept") for q in qs)
    assert all(" ?" not in q.text and q.text.endswith("\u202f?") for q in qs)


@pytest.mark.parametrize("lang,words", [
    ("de", ["Zusammenfassung", "Bibliographie", "Glossar", "Diskussionsfragen"]),
    ("fr", ["Résumé", "Bibliographie", "Glossaire", "Questions pour la discussion"]),
    ("en", ["Abstract", "Bibliography", "Glossary", "Discussion questions"])])
def test_epub_labels_follow_the_reading(lang, words):
    r = reading_from_text("# One\n\nA paragraph of text that says something.")
    r.meta.languages = [lang]
    r.abstracts = [model.Abstract(lang=lang, title="", inlines=[model.Text("Short.")])]
    r.bibliography = [model.BibEntry(key="a", type="article", formatted=[model.Text("Ode, A. (1991).")])]
    r.glossary = [model.GlossaryTerm("t", "term", "A definition.")]
    r.questions = [model.Question("q1", "Why?")]
    epub = zipfile.ZipFile(io.BytesIO(epub_bytes(model.Pack(title="Course", readings=[r]), None)))
    xhtml = epub.read(f"OEBPS/{r.slug}.xhtml").decode("utf-8")
    heads = re.findall(r"<h2[^>]*>([^<]+)</h2>", xhtml)
    assert heads[0] == words[0] and words[1:] == [h for h in heads if h in words[1:]]


ENGLISH_ARTICLE = (
    "# Introduction\n\nThis article argues that the reform of 1993 changed local policy. "
    "The government adopted a law on 3 March 1993. Regional offices applied the law "
    "unevenly.\n\n# The debates\n\nThe unions criticised the law. Some scholars object "
    "that the law changed nothing, but the records show otherwise.\n\n# Conclusion\n\n"
    "We conclude that the reform strengthened control without reducing migration.")


@pytest.mark.parametrize("authors,singular", [(["A. Smith"], True), (["A. Smith", "B. Jones"], False)])
def test_questions_speak_of_the_authors_when_there_are_several(authors, singular):
    r = reading_from_text(ENGLISH_ARTICLE)
    r.meta.authors = authors
    texts = " ".join(q.text for q in Q.generate(r))
    assert ("the author " in texts.lower() or "the author’s" in texts.lower()) == singular, texts
    if not singular:
        assert "does the authors" not in texts.lower() and "authors argues" not in texts.lower()
        assert re.search(r"\bthe authors\b", texts, re.I), texts
