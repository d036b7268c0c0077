"""Labels printed around the teaching material, in the reading's language.

One table: every label the glossary, questions, timeline and handout print
is looked up here by its English key, so a template says
``{{ L("Glossary") }}`` and a German reading prints "Glossar".  A language
missing from the table, or a key missing from a language, falls back to
English.  Tables: English, German, French, Polish and Spanish.  The
reading's ``language`` in ``reading.yaml`` decides, unless the pack's
``language`` (``pack.yaml``) or the reading's own ``labels_language``
(``reading.yaml``, which wins) says otherwise.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "de": {
        "Figures and tables": "Abbildungen und Tabellen",
        "Glossary": "Glossar",
        "Discussion questions": "Diskussionsfragen",
        "Questions for discussion": "Diskussionsfragen",
        "Timeline": "Zeitleiste",
        "Notes": "Anmerkungen",
        "Contents": "Inhalt",
        "Bibliography": "Bibliographie",
        "Editorial note": "Editorische Notiz",
        "Key terms": "Schlüsselbegriffe",
        "Abstract": "Zusammenfassung",
        "Keywords": "Schlüsselwörter",
        "Summary": "Überblick",
        "At a glance": "Auf einen Blick",
        "Handout": "Handout",
        "Side": "Seite",
        "of": "von",
        "page": "S.",
        "pages": "S.",
        "Page": "Seite",
        "Pages": "Seiten",
        "See also": "Siehe auch",
        "see": "siehe",
        "one page in the reader": "1 Seite im Reader",
        "{n} pages in the reader": "{n} Seiten im Reader",
        "{words} words · {notes} notes": "{words} Wörter · {notes} Anmerkungen",
        "{words} words · one note": "{words} Wörter · eine Anmerkung",
        "Reading time about {minutes} minutes": "Lesezeit etwa {minutes} Minuten",
        "drafted": "Wortlaut des Beitrags, S. {pages}",
        "drafted-nopage": "Wortlaut des Beitrags",
        "drafted-instructor": "Wortlaut des Beitrags, S. {pages}; noch nicht geprüft",
        "drafted-instructor-nopage": "Wortlaut des Beitrags; noch nicht geprüft",
        "drafted-source": "Wortlaut des Beitrags, S. {pages}",
        "drafted-source-nopage": "Wortlaut des Beitrags",
        "glossary-intro-1": "Begriffe sind bei ihrem ersten Vorkommen im Text so markiert: ",
        "glossary-intro-sample": "Begriff",
        "glossary-intro-2": ". Die Seitenzahlen führen zu jedem Vorkommen.",
        "glossary-drafted-intro": "Einträge mit dem Vermerk „Wortlaut des Beitrags“ sind "
                                  "Definitionen aus dem Text selbst, mit ihrer Seite zitiert.",
        "glossary-drafted-intro-instructor": "Einträge mit dem Vermerk „Wortlaut des "
                                             "Beitrags“ sind Definitionen aus dem Text selbst, "
                                             "noch nicht von der Lehrperson geprüft.",
        "Abbreviations": "Abkürzungen",
        "Instructor’s note.": "Hinweis für Lehrende.",
        "q-open": "„",
        "q-close": "“",
        "(p. {page} of the original)": "(S. {page} des Originals)",
        "comprehension": "Verständnis",
        "analysis": "Analyse",
        "evaluation": "Bewertung",
        "application": "Anwendung",
    },
    "fr": {
        "Figures and tables": "Figures et tableaux",
        "Glossary": "Glossaire",
        "Discussion questions": "Questions pour la discussion",
        "Questions for discussion": "Questions pour la discussion",
        "Timeline": "Chronologie",
        "Notes": "Notes",
        "Contents": "Table des matières",
        "Bibliography": "Bibliographie",
        "Editorial note": "Note éditoriale",
        "Key terms": "Termes clés",
        "Abstract": "Résumé",
        "Keywords": "Mots-clés",
        "Summary": "Synthèse",
        "At a glance": "En bref",
        "Handout": "Fiche de séance",
        "Side": "Page",
        "of": "sur",
        "page": "p.",
        "pages": "p.",
        "Page": "Page",
        "Pages": "Pages",
        "See also": "Voir aussi",
        "see": "voir",
        "one page in the reader": "1 page dans le recueil",
        "{n} pages in the reader": "{n} pages dans le recueil",
        "{words} words · {notes} notes": "{words} mots · {notes} notes",
        "{words} words · one note": "{words} mots · une note",
        "Reading time about {minutes} minutes": "Temps de lecture environ {minutes} minutes",
        "drafted": "formulation de l’article, p. {pages}",
        "drafted-nopage": "formulation de l’article",
        "drafted-instructor": "formulation de l’article, p. {pages} ; non encore relue",
        "drafted-instructor-nopage": "formulation de l’article ; non encore relue",
        "drafted-source": "formulation de l’article, p. {pages}",
        "drafted-source-nopage": "formulation de l’article",
        "glossary-intro-1": "Les termes sont signalés ",
        "glossary-intro-sample": "ainsi",
        "glossary-intro-2": " à leur première occurrence dans l’article. Les numéros de page "
                            "renvoient à chaque occurrence.",
        "glossary-drafted-intro": "Les entrées marquées « formulation de l’article » sont des "
                                  "définitions citées de l’article lui-même, avec leur page.",
        "glossary-drafted-intro-instructor": "Les entrées marquées « formulation de "
                                             "l’article » sont des définitions tirées de "
                                             "l’article lui-même, pas encore relues par "
                                             "l’enseignant.",
        "Abbreviations": "Abréviations",
        "Instructor’s note.": "Note pour l’enseignant.",
        "q-open": "« ",
        "q-close": " »",
        "(p. {page} of the original)": "(p. {page} de l’original)",
        "comprehension": "compréhension",
        "analysis": "analyse",
        "evaluation": "évaluation",
        "application": "application",
    },
    "pl": {
        "Figures and tables": "Rysunki i tabele",
        "Glossary": "Słowniczek",
        "Discussion questions": "Pytania do dyskusji",
        "Questions for discussion": "Pytania do dyskusji",
        "Timeline": "Kalendarium",
        "Notes": "Notatki",
        "Contents": "Spis treści",
        "Bibliography": "Bibliografia",
        "Editorial note": "Nota redakcyjna",
        "Key terms": "Kluczowe pojęcia",
        "Abstract": "Streszczenie",
        "Keywords": "Słowa kluczowe",
        "Summary": "Podsumowanie",
        "At a glance": "W skrócie",
        "Handout": "Materiały do zajęć",
        "Side": "Strona",
        "of": "z",
        "page": "s.",
        "pages": "s.",
        "Page": "Strona",
        "Pages": "Strony",
        "See also": "Zob. też",
        "see": "zob.",
        "one page in the reader": "1 strona w wyborze tekstów",
        "{n} pages in the reader": "stron w wyborze tekstów: {n}",
        "{words} words · {notes} notes": "słów: {words} · przypisów: {notes}",
        "{words} words · one note": "słów: {words} · jeden przypis",
        "Reading time about {minutes} minutes": "Czas lektury ok. {minutes} min",
        "drafted": "sformułowanie artykułu, s. {pages}",
        "drafted-nopage": "sformułowanie artykułu",
        "drafted-instructor": "sformułowanie artykułu, s. {pages}; jeszcze niesprawdzone",
        "drafted-instructor-nopage": "sformułowanie artykułu; jeszcze niesprawdzone",
        "drafted-source": "sformułowanie artykułu, s. {pages}",
        "drafted-source-nopage": "sformułowanie artykułu",
        "glossary-intro-1": "Pojęcia są oznaczone ",
        "glossary-intro-sample": "tak",
        "glossary-intro-2": " przy pierwszym wystąpieniu w artykule. Numery stron prowadzą "
                            "do każdego wystąpienia.",
        "glossary-drafted-intro": "Hasła oznaczone „sformułowanie artykułu” to definicje "
                                  "przytoczone z samego artykułu, z numerem strony.",
        "glossary-drafted-intro-instructor": "Hasła oznaczone „sformułowanie artykułu” to "
                                             "definicje wzięte z samego artykułu, jeszcze "
                                             "niesprawdzone przez prowadzącego.",
        "Abbreviations": "Skróty",
        "Instructor’s note.": "Uwaga dla prowadzącego.",
        "q-open": "„",
        "q-close": "”",
        "(p. {page} of the original)": "(s. {page} oryginału)",
        "comprehension": "rozumienie",
        "analysis": "analiza",
        "evaluation": "ocena",
        "application": "zastosowanie",
    },
    "es": {
        "Figures and tables": "Figuras y tablas",
        "Glossary": "Glosario",
        "Discussion questions": "Preguntas para el debate",
        "Questions for discussion": "Preguntas para el debate",
        "Timeline": "Cronología",
        "Notes": "Notas",
        "Contents": "Índice",
        "Bibliography": "Bibliografía",
        "Editorial note": "Nota editorial",
        "Key terms": "Términos clave",
        "Abstract": "Resumen",
        "Keywords": "Palabras clave",
        "Summary": "Síntesis",
        "At a glance": "De un vistazo",
        "Handout": "Hoja de clase",
        "Side": "Cara",
        "of": "de",
        "page": "p.",
        "pages": "pp.",
        "Page": "Página",
        "Pages": "Páginas",
        "See also": "Véase también",
        "see": "véase",
        "one page in the reader": "1 página en el dosier",
        "{n} pages in the reader": "{n} páginas en el dosier",
        "{words} words · {notes} notes": "{words} palabras · {notes} notas",
        "{words} words · one note": "{words} palabras · una nota",
        "Reading time about {minutes} minutes": "Tiempo de lectura unos {minutes} minutos",
        "drafted": "redacción del artículo, p. {pages}",
        "drafted-nopage": "redacción del artículo",
        "drafted-instructor": "redacción del artículo, p. {pages}; aún sin revisar",
        "drafted-instructor-nopage": "redacción del artículo; aún sin revisar",
        "drafted-source": "redacción del artículo, p. {pages}",
        "drafted-source-nopage": "redacción del artículo",
        "glossary-intro-1": "Los términos se marcan ",
        "glossary-intro-sample": "así",
        "glossary-intro-2": " en su primera aparición en el artículo. Los números de página "
                            "llevan a cada aparición.",
        "glossary-drafted-intro": "Las entradas marcadas «redacción del artículo» son "
                                  "definiciones citadas del propio artículo, con su página.",
        "glossary-drafted-intro-instructor": "Las entradas marcadas «redacción del artículo» "
                                             "son definiciones tomadas del propio artículo, aún "
                                             "no revisadas por el docente.",
        "Abbreviations": "Abreviaturas",
        "Instructor’s note.": "Nota para el docente.",
        "q-open": "«",
        "q-close": "»",
        "(p. {page} of the original)": "(p. {page} del original)",
        "comprehension": "comprensión",
        "analysis": "análisis",
        "evaluation": "evaluación",
        "application": "aplicación",
    },
    "en": {
        "q-open": "“",
        "q-close": "”",
        "Side": "Side",
        "of": "of",
        "page": "p.",
        "pages": "pp.",
        "drafted": "the article’s wording, p. {pages}",
        "drafted-nopage": "the article’s wording",
        "drafted-instructor": "the article’s wording, p. {pages}; not yet reviewed",
        "drafted-instructor-nopage": "the article’s wording; not yet reviewed",
        "drafted-source": "the article’s wording, p. {pages}",
        "drafted-source-nopage": "the article’s wording",
        "glossary-intro-1": "Terms marked ",
        "glossary-intro-sample": "thus",
        "glossary-intro-2": " at their first occurrence in the article. Page numbers lead to "
                            "every occurrence.",
        "glossary-drafted-intro": "Entries marked “the article’s wording” are definitions "
                                  "quoted from the article itself, with their page.",
        "Abbreviations": "Abbreviations",
        "glossary-drafted-intro-instructor": "Entries marked “the article’s wording” are "
                                             "definitions taken from the article itself, not "
                                             "yet reviewed by the instructor.",
    },
}


#: the reader's cover, its bibliography's introduction and the EPUB's own
#: wording: whole sentences per language (one key for each combination the
#: templates print, never fragments glued together)
_PROSE: dict[str, dict[str, str]] = {
    "en": {
        "Course reader": "Course reader",
        "{n} readings": "{n} readings",
        "Teaching edition": "Teaching edition",
        "Instructor’s copy": "Instructor’s copy",
        "bib-pdf-nolist": "The article has no reference list: the works its notes cite, gathered from the notes.",
        "bib-pdf-nolist-pages": "The article has no reference list: the works its notes cite, gathered from the notes. Page numbers lead to the citations in the text.",
        "bib-pdf-mixed": "Works cited in the article, from its notes and the editor’s bibliography.",
        "bib-pdf-mixed-pages": "Works cited in the article, from its notes and the editor’s bibliography. Page numbers lead to the citations in the text.",
        "bib-numbered": "Numbered as in the article.",
        "bib-markdown": "Works cited, from the editor’s bibliography.",
        "bib-pdf": "The article’s reference list.",
        "bib-pdf-notes": "The article’s reference list, with works cited only in the notes "
                         "added (marked ⁺).",
        "bib-pdf-pages": "The article’s reference list. Page numbers lead to the citations in "
                         "the text.",
        "bib-pdf-notes-pages": "The article’s reference list, with works cited only in the notes "
                               "added (marked ⁺). Page numbers lead to the citations in the text.",
        "bib-cited": "Works cited in the article, from its reference list. Page numbers lead to "
                     "the citations in the text.",
        "bib-cited-notes": "Works cited in the article, from its reference list and its notes "
                           "(works cited only in the notes marked ⁺). Page numbers lead to the "
                           "citations in the text.",
        "bib-notes": "Works cited in the notes. The journal’s reference list has been checked "
                     "against the notes: URLs restored, slips corrected (see the editorial "
                     "note), and works cited only in the notes added (marked ⁺).",
        "note-lost": "[The text of this note is lost in the source.]",
    },
    "de": {
        "Course reader": "Reader",
        "{n} readings": "{n} Texte",
        "Teaching edition": "Studienausgabe",
        "Instructor’s copy": "Exemplar für Lehrende",
        "bib-pdf-nolist": "Der Beitrag hat kein Literaturverzeichnis: die in seinen Anmerkungen zitierten Werke, aus den Anmerkungen zusammengestellt.",
        "bib-pdf-nolist-pages": "Der Beitrag hat kein Literaturverzeichnis: die in seinen Anmerkungen zitierten Werke, aus den Anmerkungen zusammengestellt. Die Seitenzahlen führen zu den Zitaten im Text.",
        "bib-pdf-mixed": "Im Beitrag zitierte Werke, nach seinen Anmerkungen und der Bibliographie der Herausgeber.",
        "bib-pdf-mixed-pages": "Im Beitrag zitierte Werke, nach seinen Anmerkungen und der Bibliographie der Herausgeber. Die Seitenzahlen führen zu den Zitaten im Text.",
        "bib-numbered": "Nummeriert wie im Beitrag.",
        "bib-markdown": "Zitierte Werke, nach der Bibliographie der Herausgeber.",
        "bib-pdf": "Das Literaturverzeichnis des Beitrags.",
        "bib-pdf-notes": "Das Literaturverzeichnis des Beitrags, ergänzt um die nur in den "
                         "Anmerkungen zitierten Werke (markiert mit ⁺).",
        "bib-pdf-pages": "Das Literaturverzeichnis des Beitrags. Die Seitenzahlen führen zu den "
                         "Zitaten im Text.",
        "bib-pdf-notes-pages": "Das Literaturverzeichnis des Beitrags, ergänzt um die nur in den "
                               "Anmerkungen zitierten Werke (markiert mit ⁺). Die Seitenzahlen "
                               "führen zu den Zitaten im Text.",
        "bib-cited": "Im Beitrag zitierte Werke, nach seinem Literaturverzeichnis. Die "
                     "Seitenzahlen führen zu den Zitaten im Text.",
        "bib-cited-notes": "Im Beitrag zitierte Werke, nach seinem Literaturverzeichnis und "
                           "seinen Anmerkungen (nur in den Anmerkungen zitierte Werke sind mit ⁺ "
                           "markiert). Die Seitenzahlen führen zu den Zitaten im Text.",
        "bib-notes": "In den Anmerkungen zitierte Werke. Das Literaturverzeichnis der "
                     "Zeitschrift wurde mit den Anmerkungen abgeglichen: URLs ergänzt, Versehen "
                     "berichtigt (siehe die editorische Notiz) und nur in den Anmerkungen "
                     "zitierte Werke hinzugefügt (markiert mit ⁺).",
        "note-lost": "[Der Text dieser Anmerkung fehlt in der Quelle.]",
    },
    "fr": {
        "Course reader": "Recueil de textes",
        "{n} readings": "{n} textes",
        "Teaching edition": "Édition pédagogique",
        "Instructor’s copy": "Exemplaire de l’enseignant",
        "bib-pdf-nolist": "L’article n’a pas de bibliographie : les ouvrages cités dans ses notes, rassemblés à partir des notes.",
        "bib-pdf-nolist-pages": "L’article n’a pas de bibliographie : les ouvrages cités dans ses notes, rassemblés à partir des notes. Les numéros de page renvoient aux citations dans le texte.",
        "bib-pdf-mixed": "Ouvrages cités dans l’article, d’après ses notes et la bibliographie établie par l’éditeur.",
        "bib-pdf-mixed-pages": "Ouvrages cités dans l’article, d’après ses notes et la bibliographie établie par l’éditeur. Les numéros de page renvoient aux citations dans le texte.",
        "bib-numbered": "Numérotation de l’article.",
        "bib-markdown": "Ouvrages cités, d’après la bibliographie établie par l’éditeur.",
        "bib-pdf": "La bibliographie de l’article.",
        "bib-pdf-notes": "La bibliographie de l’article, complétée par les ouvrages cités "
                         "uniquement dans les notes (signalés par ⁺).",
        "bib-pdf-pages": "La bibliographie de l’article. Les numéros de page renvoient aux "
                         "citations dans le texte.",
        "bib-pdf-notes-pages": "La bibliographie de l’article, complétée par les ouvrages cités "
                               "uniquement dans les notes (signalés par ⁺). Les numéros de page "
                               "renvoient aux citations dans le texte.",
        "bib-cited": "Ouvrages cités dans l’article, d’après sa bibliographie. Les numéros de "
                     "page renvoient aux citations dans le texte.",
        "bib-cited-notes": "Ouvrages cités dans l’article, d’après sa bibliographie et ses notes "
                           "(les ouvrages cités uniquement dans les notes sont signalés par ⁺). "
                           "Les numéros de page renvoient aux citations dans le texte.",
        "bib-notes": "Ouvrages cités dans les notes. La bibliographie de la revue a été "
                     "vérifiée à l’aide des notes : URL rétablies, erreurs corrigées (voir la "
                     "note éditoriale) et ouvrages cités uniquement dans les notes ajoutés "
                     "(signalés par ⁺).",
        "note-lost": "[Le texte de cette note manque dans la source.]",
    },
    "es": {
        "Course reader": "Dosier del curso",
        "{n} readings": "{n} textos",
        "Teaching edition": "Edición didáctica",
        "Instructor’s copy": "Ejemplar del docente",
        "bib-pdf-nolist": "El artículo no tiene bibliografía: las obras citadas en sus notas, reunidas a partir de las notas.",
        "bib-pdf-nolist-pages": "El artículo no tiene bibliografía: las obras citadas en sus notas, reunidas a partir de las notas. Los números de página remiten a las citas en el texto.",
        "bib-pdf-mixed": "Obras citadas en el artículo, según sus notas y la bibliografía del editor.",
        "bib-pdf-mixed-pages": "Obras citadas en el artículo, según sus notas y la bibliografía del editor. Los números de página remiten a las citas en el texto.",
        "bib-numbered": "Numeradas como en el artículo.",
        "bib-markdown": "Obras citadas, según la bibliografía del editor.",
        "bib-pdf": "La bibliografía del artículo.",
        "bib-pdf-notes": "La bibliografía del artículo, con las obras citadas solo en las notas "
                         "añadidas (marcadas con ⁺).",
        "bib-pdf-pages": "La bibliografía del artículo. Los números de página remiten a las "
                         "citas en el texto.",
        "bib-pdf-notes-pages": "La bibliografía del artículo, con las obras citadas solo en las "
                               "notas añadidas (marcadas con ⁺). Los números de página remiten "
                               "a las citas en el texto.",
        "bib-cited": "Obras citadas en el artículo, según su bibliografía. Los números de "
                     "página remiten a las citas en el texto.",
        "bib-cited-notes": "Obras citadas en el artículo, según su bibliografía y sus notas (las "
                           "obras citadas solo en las notas van marcadas con ⁺). Los números de "
                           "página remiten a las citas en el texto.",
        "bib-notes": "Obras citadas en las notas. La bibliografía de la revista se ha cotejado "
                     "con las notas: se han restituido las URL, corregido los errores (véase la "
                     "nota editorial) y añadido las obras citadas solo en las notas (marcadas "
                     "con ⁺).",
        "note-lost": "[El texto de esta nota falta en la fuente.]",
    },
    "pl": {
        "Course reader": "Wybór tekstów do zajęć",
        "{n} readings": "Liczba tekstów: {n}",
        "Teaching edition": "Wydanie dydaktyczne",
        "Instructor’s copy": "Egzemplarz prowadzącego",
        "bib-pdf-nolist": "Artykuł nie ma bibliografii: prace cytowane w jego przypisach, zebrane z przypisów.",
        "bib-pdf-nolist-pages": "Artykuł nie ma bibliografii: prace cytowane w jego przypisach, zebrane z przypisów. Numery stron odsyłają do miejsc cytowania w tekście.",
        "bib-pdf-mixed": "Prace cytowane w artykule według jego przypisów i bibliografii przygotowanej przez redakcję.",
        "bib-pdf-mixed-pages": "Prace cytowane w artykule według jego przypisów i bibliografii przygotowanej przez redakcję. Numery stron odsyłają do miejsc cytowania w tekście.",
        "bib-numbered": "Numeracja jak w artykule.",
        "bib-markdown": "Prace cytowane według bibliografii przygotowanej przez redakcję.",
        "bib-pdf": "Bibliografia artykułu.",
        "bib-pdf-notes": "Bibliografia artykułu uzupełniona o prace cytowane wyłącznie w "
                         "przypisach (oznaczone ⁺).",
        "bib-pdf-pages": "Bibliografia artykułu. Numery stron odsyłają do miejsc cytowania w "
                         "tekście.",
        "bib-pdf-notes-pages": "Bibliografia artykułu uzupełniona o prace cytowane wyłącznie w "
                               "przypisach (oznaczone ⁺). Numery stron odsyłają do miejsc "
                               "cytowania w tekście.",
        "bib-cited": "Prace cytowane w artykule według jego bibliografii. Numery stron odsyłają "
                     "do miejsc cytowania w tekście.",
        "bib-cited-notes": "Prace cytowane w artykule według jego bibliografii i przypisów "
                           "(prace cytowane wyłącznie w przypisach oznaczono ⁺). Numery stron "
                           "odsyłają do miejsc cytowania w tekście.",
        "bib-notes": "Prace cytowane w przypisach. Bibliografię czasopisma porównano z "
                     "przypisami: przywrócono adresy URL, poprawiono błędy (zob. nota "
                     "redakcyjna) i dodano prace cytowane wyłącznie w przypisach (oznaczone ⁺).",
        "note-lost": "[Tekst tego przypisu nie zachował się w źródle.]",
    },
}
for _lang, _table in _PROSE.items():
    LABELS.setdefault(_lang, {}).update(_table)

LANGUAGES = tuple(sorted(LABELS))

# Headings that open an abstract or the keywords, in the languages above
# (lower case, without the trailing colon).
ABSTRACT_HEADINGS = {"abstract", "summary", "zusammenfassung", "kurzfassung", "abstrakt",
                     "résumé", "resume", "streszczenie", "resumen", "sumario"}
KEYWORD_HEADINGS = {"keywords", "key words", "keyword", "schlüsselwörter", "schlagwörter",
                    "stichwörter", "schlagworte", "stichworte", "mots-clés", "mots clés",
                    "mots-clefs", "słowa kluczowe", "palabras clave", "palabras-clave"}


def heading_kind(text: str) -> str:
    """``'abstract'``, ``'keywords'`` or ``''`` for a heading (or the label
    opening a paragraph) in any of the languages above.

    >>> heading_kind("Résumé"), heading_kind("SŁOWA KLUCZOWE:"), heading_kind("Resumen")
    ('abstract', 'keywords', 'abstract')
    >>> heading_kind("Schlüsselwörter"), heading_kind("Introduction")
    ('keywords', '')
    """
    t = " ".join(text.strip().rstrip(":.—–- ").lower().split())
    if t in ABSTRACT_HEADINGS:
        return "abstract"
    if t in KEYWORD_HEADINGS:
        return "keywords"
    return ""


def reading_language(reading) -> str:
    """The language a reading's labels are printed in: ``labels_language``
    from ``reading.yaml`` (or, failing that, the pack's ``language``), else
    the language of the article itself.

    >>> from coursepack import model
    >>> r = model.Reading("x", model.Metadata(languages=["de"]))
    >>> reading_language(r)
    'de'
    >>> r.meta.labels_language = "fr"; reading_language(r)
    'fr'
    """
    meta = getattr(reading, "meta", None)
    forced = getattr(meta, "labels_language", "") if meta is not None else ""
    if forced:
        return forced
    langs = getattr(meta, "languages", None) or ["en"]
    return langs[0] or "en"


def label(key: str, lang: str = "en", **values) -> str:
    """The label ``key`` in ``lang`` (English when there is none), with
    ``values`` filled in.

    >>> label("Glossary", "de"), label("Glossary", "it"), label("Timeline", "de-AT")
    ('Glossar', 'Glossary', 'Zeitleiste')
    >>> label("{n} pages in the reader", "de", n=12)
    '12 Seiten im Reader'
    """
    lang = (lang or "en").split("-")[0].lower()
    text = LABELS.get(lang, {}).get(key) or LABELS["en"].get(key) or key
    return text.format(**values) if values else text


def labels(lang="en"):
    """A one-argument function for templates: ``L("Glossary")``; ``lang`` is a
    language code or a reading (its :func:`reading_language`).

    >>> labels("pl")("Contents"), labels("es")("{n} pages in the reader", n=3)
    ('Spis treści', '3 páginas en el dosier')
    """
    if not isinstance(lang, str) and lang is not None:
        lang = reading_language(lang)

    def L(key: str, **values) -> str:
        return label(key, lang, **values)
    return L
