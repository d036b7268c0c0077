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

import re

from markupsafe import Markup, escape

from .model import plain_text

LABELS: dict[str, dict[str, str]] = {
    "de": {
        "Notes (space to write)": "Notizen",
        "Figures and tables": "Abbildungen und Tabellen",
        "added by the editor": "von den Herausgebern hinzugefügt",
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
        "glossary-intro-2": ". Die Seitenzahlen führen zu jedem Vorkommen im Fließtext "
                              "(Überschriften, Abstract und Anmerkungen ausgenommen).",
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
        "Notes (space to write)": "Notes",
        "Figures and tables": "Figures et tableaux",
        "added by the editor": "ajouté par l’éditeur",
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
                            "renvoient à chaque occurrence dans le corps du texte (hors "
                            "titres, résumé et notes).",
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
        "(p. {page} of the PDF)": "(p. {page} du PDF)",
        "[{label}: see p. {page} of the original]": "[{label} : voir p. {page} de l’original]",
        "[{label}: see p. {page} of the PDF]": "[{label} : voir p. {page} du PDF]",
        "[{alt}: the image file could not be used]": "[{alt} : le fichier de l’image n’a pas pu être utilisé]",
        "image": "image",
        "comprehension": "compréhension",
        "analysis": "analyse",
        "evaluation": "évaluation",
        "application": "application",
    },
    "pl": {
        "Notes (space to write)": "Notatki",
        "Figures and tables": "Rysunki i tabele",
        "added by the editor": "dodane przez redakcję",
        "Glossary": "Słowniczek",
        "Discussion questions": "Pytania do dyskusji",
        "Questions for discussion": "Pytania do dyskusji",
        "Timeline": "Kalendarium",
        "Notes": "Przypisy",
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
                            "do każdego wystąpienia w tekście głównym (poza tytułami, "
                            "streszczeniem i przypisami).",
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
        "(p. {page} of the PDF)": "(s. {page} pliku PDF)",
        "[{label}: see p. {page} of the original]": "[{label}: zob. s. {page} oryginału]",
        "[{label}: see p. {page} of the PDF]": "[{label}: zob. s. {page} pliku PDF]",
        "[{alt}: the image file could not be used]": "[{alt}: nie udało się użyć pliku obrazu]",
        "image": "obraz",
        "comprehension": "rozumienie",
        "analysis": "analiza",
        "evaluation": "ocena",
        "application": "zastosowanie",
    },
    "es": {
        "Notes (space to write)": "Notas",
        "Figures and tables": "Figuras y tablas",
        "added by the editor": "añadido por el editor",
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
                            "llevan a cada aparición en el cuerpo del texto (salvo títulos, "
                            "resumen y notas).",
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
        "(p. {page} of the PDF)": "(p. {page} del PDF)",
        "[{label}: see p. {page} of the original]": "[{label}: véase p. {page} del original]",
        "[{label}: see p. {page} of the PDF]": "[{label}: véase p. {page} del PDF]",
        "[{alt}: the image file could not be used]": "[{alt}: no se pudo usar el archivo de la imagen]",
        "image": "imagen",
        "comprehension": "comprensión",
        "analysis": "análisis",
        "evaluation": "evaluación",
        "application": "aplicación",
    },
    "en": {
        "Notes (space to write)": "Notes",
        "q-open": "“",
        "q-close": "”",
        "Side": "Page",
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
                            "every occurrence in the running text (headings, abstract and "
                            "notes are not indexed).",
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
        "Teaching edition for {title}": "Teaching edition for {title}",
        "Teaching edition for {title}, {term}": "Teaching edition for {title}, {term}",
        "Instructor’s copy": "Instructor’s copy",
        "bib-pdf-nolist": "The article has no reference list; this list gathers the works its notes cite.",
        "bib-pdf-nolist-pages": "The article has no reference list; this list gathers the works its notes cite. Page numbers lead to the citations in the text.",
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
        "Teaching edition for {title}": "Studienausgabe für {title}",
        "Teaching edition for {title}, {term}": "Studienausgabe für {title}, {term}",
        "Instructor’s copy": "Exemplar für Lehrende",
        "bib-pdf-nolist": "Der Beitrag hat kein Literaturverzeichnis; hier sind die in seinen Anmerkungen zitierten Werke zusammengestellt.",
        "bib-pdf-nolist-pages": "Der Beitrag hat kein Literaturverzeichnis; hier sind die in seinen Anmerkungen zitierten Werke zusammengestellt. Die Seitenzahlen führen zu den Zitaten im Text.",
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
        "Teaching edition for {title}": "Édition pédagogique pour {title}",
        "Teaching edition for {title}, {term}": "Édition pédagogique pour {title}, {term}",
        "Instructor’s copy": "Exemplaire de l’enseignant",
        "bib-pdf-nolist": "L’article n’a pas de bibliographie ; cette liste rassemble les ouvrages cités dans ses notes.",
        "bib-pdf-nolist-pages": "L’article n’a pas de bibliographie ; cette liste rassemble les ouvrages cités dans ses notes. Les numéros de page renvoient aux citations dans le texte.",
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
        "Teaching edition for {title}": "Edición didáctica para {title}",
        "Teaching edition for {title}, {term}": "Edición didáctica para {title}, {term}",
        "Instructor’s copy": "Ejemplar del docente",
        "bib-pdf-nolist": "El artículo no tiene bibliografía; esta lista reúne las obras citadas en sus notas.",
        "bib-pdf-nolist-pages": "El artículo no tiene bibliografía; esta lista reúne las obras citadas en sus notas. Los números de página remiten a las citas en el texto.",
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
        "Teaching edition for {title}": "Wydanie dydaktyczne: {title}",
        "Teaching edition for {title}, {term}": "Wydanie dydaktyczne: {title}, {term}",
        "Instructor’s copy": "Egzemplarz prowadzącego",
        "bib-pdf-nolist": "Artykuł nie ma bibliografii; ta lista zawiera prace cytowane w jego przypisach.",
        "bib-pdf-nolist-pages": "Artykuł nie ma bibliografii; ta lista zawiera prace cytowane w jego przypisach. Numery stron odsyłają do miejsc cytowania w tekście.",
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

#: the editorial note (the account of the repairs), the bibliography's
#: back-references, lost notes and the web pages: whole sentences, with
#: their numbers and places as fields
_APPARATUS: dict[str, dict[str, str]] = {
    "en": {
        "Source.": "Source.",
        "Silent repairs.": "Silent repairs.",
        "Emendations.": "Emendations.",
        "Lost notes.": "Lost notes.",
        "Bibliography.": "Bibliography.",
        "Word accounting:": "Word accounting:",
        "ed-source-pdf": "The text is that of the article’s PDF, read with its layout (fonts, sizes "
                         "and positions): page furniture left out, notes and the reference list "
                         "recovered; the bibliography is the article’s reference list.",
        "ed-source-pdf-notes": "The text is that of the article’s PDF, read with its layout (fonts, "
                               "sizes and positions): page furniture left out, notes and the "
                               "reference list recovered; the bibliography is the article’s "
                               "reference list, with the works cited only in the notes added.",
        "ed-source-pdf-nolist": "The text is that of the article’s PDF, read with its layout "
                                "(fonts, sizes and positions): page furniture left out, notes "
                                "recovered; the article has no reference list: the bibliography "
                                "gathers the works its notes cite.",
        "ed-source-pdf-mixed": "The text is that of the article’s PDF, read with its layout (fonts, "
                               "sizes and positions): page furniture left out, notes recovered; "
                               "the article has no reference list: the bibliography is drawn from "
                               "its notes and the editor’s bibliography.",
        "ed-source-pdf-nobib": "The text is that of the article’s PDF, read with its layout (fonts, "
                               "sizes and positions): page furniture left out, notes and the "
                               "reference list recovered.",
        "ed-source-journal": "The text is that of the article as extracted from the PDF of "
                             "{journal} {volume}/{issue} ({year}).",
        "ed-source-journal-landing": "The text is that of the article as extracted from the PDF "
                                     "of {journal} {volume}/{issue} ({year}); metadata and the "
                                     "reference list come from the journal’s landing page.",
        "ed-source-text": "The text is that of the source.",
        "ed-source-text-landing": "The text is that of the source; metadata and the reference "
                                  "list come from the journal’s landing page.",
        "ed-source-markdown": "This reading was supplied by the editor as a clean Markdown text; "
                              "it is printed as written: no repairs were needed or made, and "
                              "every word of the source is in the title, abstract, body or notes.",
        "ed-source-markdown-bib": "This reading was supplied by the editor as a clean Markdown "
                                  "text; it is printed as written: no repairs were needed or "
                                  "made, and every word of the source is in the title, abstract, "
                                  "body or notes. The bibliography is the editor’s references.bib.",
        "ed-silent": "Damage done by the extraction of the text from the PDF has been repaired "
                     "without notice, by general rules applied on every build: {items}.",
        "ed-silent-none": "Damage done by the extraction of the text from the PDF has been "
                          "repaired without notice, by general rules applied on every build: "
                          "none were needed.",
        "ed-silent-item": "{what} ({n})",
        "ed-emend": "The following readings of the source have been corrected.",
        "ed-emend-lines": " Each is given as page and line of this edition (lines counted from the "
                          "top of the text on the page, headings included), edited reading] "
                          "rejected reading, with the reason.",
        "ed-emend-note": " In the notes, the line is counted within the note: {place} is line "
                         "{line} of note {note}.",
        "ed-emend-note-page": " In the notes, the line is counted within the note: {place} is "
                              "line {line} of note {note}, on page {page}.",
        "ed-emend-pages": " Each is given as page of this edition, edited reading] rejected "
                          "reading, with the reason.",
        "ed-lost-one": "The text of note {notes} did not survive in the source; the markers stay "
                       "in the text, and the notes say so in square brackets.",
        "ed-lost-many": "The text of notes {notes} did not survive in the source; the markers "
                        "stay in the text, and the notes say so in square brackets.",
        "ed-lost-fragments": " Stranded fragments of lost notes were removed from the body and "
                             "are printed with the note they most probably belong to.",
        "ed-bib-changes": "{n} corrections were made to the journal’s reference list on the "
                          "evidence of the notes.",
        "ed-accounting": "{source} words in the source: {body} in the body, {notes} in the notes, "
                         "{metadata} in the title and abstracts, {apparatus} in the apparatus, "
                         "{discarded} discarded as page furniture.",
        "ed-accounting-incomplete": "{source} words in the source: {body} in the body, {notes} in "
                                    "the notes, {metadata} in the title and abstracts, {apparatus} "
                                    "in the apparatus, {discarded} discarded as page furniture "
                                    "(INCOMPLETE).",
        "repair-layout": "page breaks, footnote blocks and paragraphs rejoined",
        "repair-ligature": "split or lost ligatures restored",
        "repair-hyphenation": "line-end hyphens removed",
        "repair-smallcaps": "small capitals restored",
        "repair-roman": "Roman numerals in dates restored",
        "repair-spacing": "spacing and characters normalised",
        "repair-furniture": "page furniture discarded",
        "repair-fragment": "stranded fragments moved out of the body",
        "repair-url": "URLs rejoined",
        "repair-correction": "silent corrections",
        "repair-bibliography": "bibliography corrections",
        "(p. {page} of the PDF)": "(p. {page} of the PDF)",
        "[{label}: see p. {page} of the original]": "[{label}: see p. {page} of the original]",
        "[{label}: see p. {page} of the PDF]": "[{label}: see p. {page} of the PDF]",
        "[{alt}: the image file could not be used]": "[{alt}: the image file could not be used]",
        "image": "image",
        "Note {n}": "Note {n}",
        "Notes {n}": "Notes {n}",
        "n.": "n.",
        "added from the notes": "added from the notes",
        "note-lost-open": "[The text of this note is lost in the source.",
        "Editor’s reconstruction:": "Editor’s reconstruction:",
        "Surviving fragment:": "Surviving fragment:",
        "web-skip": "Skip to the text",
        "web-made": "Teaching edition made with coursepack {version}.",
        "Readings": "Readings",
        "Text": "Text",
        "All readings": "All readings",
        "Date": "Date",
        "Event": "Event",
        "First occurrence in the text": "First occurrence in the text",
        "the passage": "the passage",
        "Cited": "Cited",
        "citation {n}": "citation {n}",
        "Back to the text of note {n}": "Back to the text of note {n}",
        "web-emend": "Corrected readings of the source (edited reading] rejected reading):",
        "(omitted)": "(omitted)",
        "The place of this emendation": "The place of this emendation",
        "web-silent": "Damage done by the extraction of the text from the PDF has been repaired "
                      "without notice: {items}.",
        "web-silent-none": "Damage done by the extraction of the text from the PDF has been "
                           "repaired without notice: none were needed.",
        "web-lost-one": "The text of note {notes} did not survive in the source; the notes say so "
                        "in square brackets.",
        "web-lost-many": "The text of notes {notes} did not survive in the source; the notes say "
                         "so in square brackets.",
        "Readings for {title}": "Readings for {title}",
        "Seminar handout, {title}": "Seminar handout, {title}",
    },
    "de": {
        "Source.": "Quelle.",
        "Silent repairs.": "Stillschweigende Korrekturen.",
        "Emendations.": "Emendationen.",
        "Lost notes.": "Verlorene Anmerkungen.",
        "Bibliography.": "Bibliographie.",
        "Word accounting:": "Wortbilanz:",
        "ed-source-pdf": "Der Text folgt der PDF-Fassung des Beitrags, gelesen mit ihrem Layout "
                         "(Schriften, Größen und Positionen): Kolumnentitel und andere "
                         "Seitenelemente sind weggelassen, Anmerkungen und Literaturverzeichnis "
                         "wiederhergestellt; die Bibliographie ist das Literaturverzeichnis des "
                         "Beitrags.",
        "ed-source-pdf-notes": "Der Text folgt der PDF-Fassung des Beitrags, gelesen mit ihrem "
                               "Layout (Schriften, Größen und Positionen): Kolumnentitel und "
                               "andere Seitenelemente sind weggelassen, Anmerkungen und "
                               "Literaturverzeichnis wiederhergestellt; die Bibliographie ist das "
                               "Literaturverzeichnis des Beitrags, ergänzt um die nur in den "
                               "Anmerkungen zitierten Werke.",
        "ed-source-pdf-nolist": "Der Text folgt der PDF-Fassung des Beitrags, gelesen mit ihrem "
                                "Layout (Schriften, Größen und Positionen): Kolumnentitel und "
                                "andere Seitenelemente sind weggelassen, die Anmerkungen "
                                "wiederhergestellt; der Beitrag hat kein Literaturverzeichnis: "
                                "Die Bibliographie stellt die in seinen Anmerkungen zitierten "
                                "Werke zusammen.",
        "ed-source-pdf-mixed": "Der Text folgt der PDF-Fassung des Beitrags, gelesen mit ihrem "
                               "Layout (Schriften, Größen und Positionen): Kolumnentitel und "
                               "andere Seitenelemente sind weggelassen, die Anmerkungen "
                               "wiederhergestellt; der Beitrag hat kein Literaturverzeichnis: "
                               "Die Bibliographie ist aus seinen Anmerkungen und der "
                               "Bibliographie der Herausgeber zusammengestellt.",
        "ed-source-pdf-nobib": "Der Text folgt der PDF-Fassung des Beitrags, gelesen mit ihrem "
                               "Layout (Schriften, Größen und Positionen): Kolumnentitel und "
                               "andere Seitenelemente sind weggelassen, Anmerkungen und "
                               "Literaturverzeichnis wiederhergestellt.",
        "ed-source-journal": "Der Text ist der aus der PDF-Fassung von {journal} {volume}/{issue} "
                             "({year}) ausgelesene Text des Beitrags.",
        "ed-source-journal-landing": "Der Text ist der aus der PDF-Fassung von {journal} "
                                     "{volume}/{issue} ({year}) ausgelesene Text des Beitrags; "
                                     "Metadaten und Literaturverzeichnis stammen von der "
                                     "Webseite der Zeitschrift.",
        "ed-source-text": "Der Text folgt der Quelle.",
        "ed-source-text-landing": "Der Text folgt der Quelle; Metadaten und Literaturverzeichnis "
                                  "stammen von der Webseite der Zeitschrift.",
        "ed-source-markdown": "Dieser Text wurde von den Herausgebern als sauberer Markdown-Text "
                              "geliefert und wird so gedruckt, wie er geschrieben ist: Korrekturen "
                              "waren nicht nötig und wurden nicht vorgenommen; jedes Wort der "
                              "Quelle steht im Titel, im Abstract, im Haupttext oder in den "
                              "Anmerkungen.",
        "ed-source-markdown-bib": "Dieser Text wurde von den Herausgebern als sauberer "
                                  "Markdown-Text geliefert und wird so gedruckt, wie er "
                                  "geschrieben ist: Korrekturen waren nicht nötig und wurden nicht "
                                  "vorgenommen; jedes Wort der Quelle steht im Titel, im Abstract, "
                                  "im Haupttext oder in den Anmerkungen. Die Bibliographie ist die "
                                  "references.bib der Herausgeber.",
        "ed-silent": "Schäden, die beim Auslesen des Textes aus der PDF-Datei entstanden sind, "
                     "wurden ohne Nachweis behoben, nach allgemeinen Regeln, die bei jedem "
                     "Erstellen angewandt werden: {items}.",
        "ed-silent-none": "Schäden, die beim Auslesen des Textes aus der PDF-Datei entstehen, "
                          "werden ohne Nachweis nach allgemeinen Regeln behoben; hier war das "
                          "nicht nötig.",
        "ed-emend": "Die folgenden Lesarten der Quelle wurden berichtigt.",
        "ed-emend-lines": " Angegeben sind jeweils Seite und Zeile dieser Ausgabe (Zeilen von "
                          "oben gezählt, Überschriften eingeschlossen), berichtigte Lesart] "
                          "verworfene Lesart und der Grund.",
        "ed-emend-note": " In den Anmerkungen wird die Zeile innerhalb der Anmerkung gezählt: "
                         "{place} ist Zeile {line} der Anmerkung {note}.",
        "ed-emend-note-page": " In den Anmerkungen wird die Zeile innerhalb der Anmerkung gezählt: "
                              "{place} ist Zeile {line} der Anmerkung {note} auf Seite {page}.",
        "ed-emend-pages": " Angegeben sind jeweils die Seite dieser Ausgabe, berichtigte Lesart] "
                          "verworfene Lesart und der Grund.",
        "ed-lost-one": "Der Text der Anmerkung {notes} ist in der Quelle nicht erhalten; das "
                       "Anmerkungszeichen steht weiter im Text, und die Anmerkung sagt es in "
                       "eckigen Klammern.",
        "ed-lost-many": "Der Text der Anmerkungen {notes} ist in der Quelle nicht erhalten; die "
                        "Anmerkungszeichen stehen weiter im Text, und die Anmerkungen sagen es in "
                        "eckigen Klammern.",
        "ed-lost-fragments": " Versprengte Bruchstücke verlorener Anmerkungen wurden aus dem "
                             "Haupttext genommen und bei der Anmerkung abgedruckt, zu der sie "
                             "am wahrscheinlichsten gehören.",
        "ed-bib-changes": "Am Literaturverzeichnis der Zeitschrift wurden anhand der Anmerkungen "
                          "{n} Berichtigungen vorgenommen.",
        "ed-accounting": "{source} Wörter in der Quelle: {body} im Haupttext, {notes} in den "
                         "Anmerkungen, {metadata} in Titel und Abstracts, {apparatus} im Apparat, "
                         "{discarded} als Seitenelemente verworfen.",
        "ed-accounting-incomplete": "{source} Wörter in der Quelle: {body} im Haupttext, {notes} "
                                    "in den Anmerkungen, {metadata} in Titel und Abstracts, "
                                    "{apparatus} im Apparat, {discarded} als Seitenelemente "
                                    "verworfen (UNVOLLSTÄNDIG).",
        "repair-layout": "Seitenumbrüche, Fußnotenblöcke und Absätze zusammengeführt",
        "repair-ligature": "getrennte oder verlorene Ligaturen wiederhergestellt",
        "repair-hyphenation": "Trennstriche am Zeilenende entfernt",
        "repair-smallcaps": "Kapitälchen wiederhergestellt",
        "repair-roman": "römische Zahlen in Datumsangaben wiederhergestellt",
        "repair-spacing": "Abstände und Zeichen vereinheitlicht",
        "repair-furniture": "Kolumnentitel und andere Seitenelemente verworfen",
        "repair-fragment": "versprengte Bruchstücke aus dem Haupttext genommen",
        "repair-url": "URLs zusammengefügt",
        "repair-correction": "stillschweigende Berichtigungen",
        "repair-bibliography": "Berichtigungen der Bibliographie",
        "(p. {page} of the PDF)": "(S. {page} der PDF-Datei)",
        "[{label}: see p. {page} of the original]": "[{label}: siehe S. {page} des Originals]",
        "[{label}: see p. {page} of the PDF]": "[{label}: siehe S. {page} der PDF-Datei]",
        "[{alt}: the image file could not be used]": "[{alt}: die Bilddatei ließ sich nicht verwenden]",
        "image": "Bild",
        "Note {n}": "Anm. {n}",
        "Notes {n}": "Anm. {n}",
        "n.": "Anm.",
        "added from the notes": "aus den Anmerkungen ergänzt",
        "note-lost-open": "[Der Text dieser Anmerkung fehlt in der Quelle.",
        "Editor’s reconstruction:": "Rekonstruktion der Herausgeber:",
        "Surviving fragment:": "Erhaltenes Bruchstück:",
        "web-skip": "Zum Text springen",
        "web-made": "Studienausgabe, erstellt mit coursepack {version}.",
        "Readings": "Texte",
        "Text": "Text",
        "All readings": "Alle Texte",
        "Date": "Datum",
        "Event": "Ereignis",
        "First occurrence in the text": "Erstes Vorkommen im Text",
        "the passage": "die Textstelle",
        "Cited": "Zitiert",
        "citation {n}": "Zitat {n}",
        "Back to the text of note {n}": "Zurück zum Text von Anmerkung {n}",
        "web-emend": "Berichtigte Lesarten der Quelle (berichtigte Lesart] verworfene Lesart):",
        "(omitted)": "(getilgt)",
        "The place of this emendation": "Die Stelle dieser Emendation",
        "web-silent": "Schäden, die beim Auslesen des Textes aus der PDF-Datei entstanden sind, "
                      "wurden ohne Nachweis behoben: {items}.",
        "web-silent-none": "Schäden, die beim Auslesen des Textes aus der PDF-Datei entstehen, "
                           "werden ohne Nachweis behoben; hier war das nicht nötig.",
        "web-lost-one": "Der Text der Anmerkung {notes} ist in der Quelle nicht erhalten; die "
                        "Anmerkung sagt es in eckigen Klammern.",
        "web-lost-many": "Der Text der Anmerkungen {notes} ist in der Quelle nicht erhalten; die "
                         "Anmerkungen sagen es in eckigen Klammern.",
        "Readings for {title}": "Texte für {title}",
        "Seminar handout, {title}": "Handout zur Sitzung, {title}",
    },
    "fr": {
        "Source.": "Source.",
        "Silent repairs.": "Réparations tacites.",
        "Emendations.": "Corrections.",
        "Lost notes.": "Notes perdues.",
        "Bibliography.": "Bibliographie.",
        "Word accounting:": "Décompte des mots :",
        "ed-source-pdf": "Le texte est celui du PDF de l’article, lu avec sa mise en page (polices, "
                         "tailles et positions) : éléments de page écartés, notes et "
                         "bibliographie restituées ; la bibliographie est celle de l’article.",
        "ed-source-pdf-notes": "Le texte est celui du PDF de l’article, lu avec sa mise en page "
                               "(polices, tailles et positions) : éléments de page écartés, notes "
                               "et bibliographie restituées ; la bibliographie est celle de "
                               "l’article, complétée par les ouvrages cités uniquement dans les "
                               "notes.",
        "ed-source-pdf-nolist": "Le texte est celui du PDF de l’article, lu avec sa mise en page "
                                "(polices, tailles et positions) : éléments de page écartés, "
                                "notes restituées ; l’article n’a pas de bibliographie : celle-ci "
                                "rassemble les ouvrages cités dans ses notes.",
        "ed-source-pdf-mixed": "Le texte est celui du PDF de l’article, lu avec sa mise en page "
                               "(polices, tailles et positions) : éléments de page écartés, notes "
                               "restituées ; l’article n’a pas de bibliographie : celle-ci est "
                               "tirée de ses notes et de la bibliographie établie par l’éditeur.",
        "ed-source-pdf-nobib": "Le texte est celui du PDF de l’article, lu avec sa mise en page "
                               "(polices, tailles et positions) : éléments de page écartés, notes "
                               "et bibliographie restituées.",
        "ed-source-journal": "Le texte est celui de l’article tel qu’extrait du PDF de {journal} "
                             "{volume}/{issue} ({year}).",
        "ed-source-journal-landing": "Le texte est celui de l’article tel qu’extrait du PDF de "
                                     "{journal} {volume}/{issue} ({year}) ; les métadonnées et la "
                                     "bibliographie proviennent de la page de la revue.",
        "ed-source-text": "Le texte est celui de la source.",
        "ed-source-text-landing": "Le texte est celui de la source ; les métadonnées et la "
                                  "bibliographie proviennent de la page de la revue.",
        "ed-source-markdown": "Ce texte a été fourni par l’éditeur en Markdown propre ; il est "
                              "imprimé tel quel : aucune réparation n’a été nécessaire ni faite, "
                              "et chaque mot de la source figure dans le titre, le résumé, le "
                              "corps du texte ou les notes.",
        "ed-source-markdown-bib": "Ce texte a été fourni par l’éditeur en Markdown propre ; il "
                                  "est imprimé tel quel : aucune réparation n’a été nécessaire ni "
                                  "faite, et chaque mot de la source figure dans le titre, le "
                                  "résumé, le corps du texte ou les notes. La bibliographie est "
                                  "le fichier references.bib de l’éditeur.",
        "ed-silent": "Les dommages causés par l’extraction du texte du PDF ont été réparés sans "
                     "signalement, par des règles générales appliquées à chaque construction : "
                     "{items}.",
        "ed-silent-none": "Les dommages causés par l’extraction du texte du PDF sont réparés sans "
                          "signalement, par des règles générales ; il n’y en avait aucun ici.",
        "ed-emend": "Les leçons suivantes de la source ont été corrigées.",
        "ed-emend-lines": " Chacune est donnée par la page et la ligne de la présente édition "
                          "(lignes comptées depuis le haut du texte de la page, titres compris), "
                          "leçon retenue] leçon rejetée, avec la raison.",
        "ed-emend-note": " Dans les notes, la ligne est comptée dans la note : {place} est la "
                         "ligne {line} de la note {note}.",
        "ed-emend-note-page": " Dans les notes, la ligne est comptée dans la note : {place} est "
                              "la ligne {line} de la note {note}, page {page}.",
        "ed-emend-pages": " Chacune est donnée par la page de la présente édition, leçon retenue] "
                          "leçon rejetée, avec la raison.",
        "ed-lost-one": "Le texte de la note {notes} ne s’est pas conservé dans la source ; l’appel "
                       "de note reste dans le texte, et la note le signale entre crochets.",
        "ed-lost-many": "Le texte des notes {notes} ne s’est pas conservé dans la source ; les "
                        "appels de note restent dans le texte, et les notes le signalent entre "
                        "crochets.",
        "ed-lost-fragments": " Des fragments isolés de notes perdues ont été retirés du corps du "
                             "texte et sont imprimés avec la note à laquelle ils appartiennent "
                             "le plus probablement.",
        "ed-bib-changes": "{n} corrections ont été apportées à la bibliographie de la revue sur "
                          "la foi des notes.",
        "ed-accounting": "{source} mots dans la source : {body} dans le corps du texte, {notes} "
                         "dans les notes, {metadata} dans le titre et les résumés, {apparatus} "
                         "dans l’apparat, {discarded} écartés comme éléments de page.",
        "ed-accounting-incomplete": "{source} mots dans la source : {body} dans le corps du "
                                    "texte, {notes} dans les notes, {metadata} dans le titre et "
                                    "les résumés, {apparatus} dans l’apparat, {discarded} écartés "
                                    "comme éléments de page (INCOMPLET).",
        "repair-layout": "sauts de page, blocs de notes et paragraphes rejoints",
        "repair-ligature": "ligatures coupées ou perdues rétablies",
        "repair-hyphenation": "traits de coupe en fin de ligne supprimés",
        "repair-smallcaps": "petites capitales rétablies",
        "repair-roman": "chiffres romains des dates rétablis",
        "repair-spacing": "espaces et caractères normalisés",
        "repair-furniture": "éléments de page écartés",
        "repair-fragment": "fragments isolés retirés du corps du texte",
        "repair-url": "URL rejointes",
        "repair-correction": "corrections tacites",
        "repair-bibliography": "corrections de la bibliographie",
        "Note {n}": "Note {n}",
        "Notes {n}": "Notes {n}",
        "n.": "n.",
        "added from the notes": "ajouté d’après les notes",
        "note-lost-open": "[Le texte de cette note manque dans la source.",
        "Editor’s reconstruction:": "Reconstitution de l’éditeur :",
        "Surviving fragment:": "Fragment conservé :",
        "web-skip": "Aller au texte",
        "web-made": "Édition pédagogique réalisée avec coursepack {version}.",
        "Readings": "Textes",
        "Text": "Texte",
        "All readings": "Tous les textes",
        "Date": "Date",
        "Event": "Événement",
        "First occurrence in the text": "Première occurrence dans le texte",
        "the passage": "le passage",
        "Cited": "Cité",
        "citation {n}": "citation {n}",
        "Back to the text of note {n}": "Retour au texte de la note {n}",
        "web-emend": "Leçons corrigées de la source (leçon retenue] leçon rejetée) :",
        "(omitted)": "(supprimé)",
        "The place of this emendation": "L’endroit de cette correction",
        "web-silent": "Les dommages causés par l’extraction du texte du PDF ont été réparés sans "
                      "signalement : {items}.",
        "web-silent-none": "Les dommages causés par l’extraction du texte du PDF sont réparés "
                           "sans signalement ; il n’y en avait aucun ici.",
        "web-lost-one": "Le texte de la note {notes} ne s’est pas conservé dans la source ; la "
                        "note le signale entre crochets.",
        "web-lost-many": "Le texte des notes {notes} ne s’est pas conservé dans la source ; les "
                         "notes le signalent entre crochets.",
        "Readings for {title}": "Textes pour {title}",
        "Seminar handout, {title}": "Fiche de séance, {title}",
    },
    "es": {
        "Source.": "Fuente.",
        "Silent repairs.": "Reparaciones tácitas.",
        "Emendations.": "Enmiendas.",
        "Lost notes.": "Notas perdidas.",
        "Bibliography.": "Bibliografía.",
        "Word accounting:": "Recuento de palabras:",
        "ed-source-pdf": "El texto es el del PDF del artículo, leído con su maquetación (fuentes, "
                         "tamaños y posiciones): elementos de página omitidos, notas y "
                         "bibliografía recuperadas; la bibliografía es la del artículo.",
        "ed-source-pdf-notes": "El texto es el del PDF del artículo, leído con su maquetación "
                               "(fuentes, tamaños y posiciones): elementos de página omitidos, "
                               "notas y bibliografía recuperadas; la bibliografía es la del "
                               "artículo, con las obras citadas solo en las notas añadidas.",
        "ed-source-pdf-nolist": "El texto es el del PDF del artículo, leído con su maquetación "
                                "(fuentes, tamaños y posiciones): elementos de página omitidos, "
                                "notas recuperadas; el artículo no tiene bibliografía: esta reúne "
                                "las obras citadas en sus notas.",
        "ed-source-pdf-mixed": "El texto es el del PDF del artículo, leído con su maquetación "
                               "(fuentes, tamaños y posiciones): elementos de página omitidos, "
                               "notas recuperadas; el artículo no tiene bibliografía: esta se "
                               "toma de sus notas y de la bibliografía del editor.",
        "ed-source-pdf-nobib": "El texto es el del PDF del artículo, leído con su maquetación "
                               "(fuentes, tamaños y posiciones): elementos de página omitidos, "
                               "notas y bibliografía recuperadas.",
        "ed-source-journal": "El texto es el del artículo tal como se extrajo del PDF de "
                             "{journal} {volume}/{issue} ({year}).",
        "ed-source-journal-landing": "El texto es el del artículo tal como se extrajo del PDF de "
                                     "{journal} {volume}/{issue} ({year}); los metadatos y la "
                                     "bibliografía proceden de la página de la revista.",
        "ed-source-text": "El texto es el de la fuente.",
        "ed-source-text-landing": "El texto es el de la fuente; los metadatos y la bibliografía "
                                  "proceden de la página de la revista.",
        "ed-source-markdown": "El editor entregó este texto como Markdown limpio; se imprime tal "
                              "como está escrito: no hizo falta ninguna reparación ni se hizo, y "
                              "cada palabra de la fuente está en el título, el resumen, el cuerpo "
                              "o las notas.",
        "ed-source-markdown-bib": "El editor entregó este texto como Markdown limpio; se imprime "
                                  "tal como está escrito: no hizo falta ninguna reparación ni se "
                                  "hizo, y cada palabra de la fuente está en el título, el "
                                  "resumen, el cuerpo o las notas. La bibliografía es el archivo "
                                  "references.bib del editor.",
        "ed-silent": "Los daños causados por la extracción del texto del PDF se han reparado sin "
                     "indicarlo, mediante reglas generales aplicadas en cada compilación: "
                     "{items}.",
        "ed-silent-none": "Los daños causados por la extracción del texto del PDF se reparan sin "
                          "indicarlo, mediante reglas generales; aquí no hubo ninguno.",
        "ed-emend": "Se han corregido las siguientes lecturas de la fuente.",
        "ed-emend-lines": " Cada una se da con la página y la línea de esta edición (líneas "
                          "contadas desde arriba en la página, títulos incluidos), lectura "
                          "adoptada] lectura rechazada, con el motivo.",
        "ed-emend-note": " En las notas, la línea se cuenta dentro de la nota: {place} es la "
                         "línea {line} de la nota {note}.",
        "ed-emend-note-page": " En las notas, la línea se cuenta dentro de la nota: {place} es "
                              "la línea {line} de la nota {note}, en la página {page}.",
        "ed-emend-pages": " Cada una se da con la página de esta edición, lectura adoptada] "
                          "lectura rechazada, con el motivo.",
        "ed-lost-one": "El texto de la nota {notes} no se ha conservado en la fuente; la llamada "
                       "sigue en el texto y la nota lo indica entre corchetes.",
        "ed-lost-many": "El texto de las notas {notes} no se ha conservado en la fuente; las "
                        "llamadas siguen en el texto y las notas lo indican entre corchetes.",
        "ed-lost-fragments": " Los fragmentos sueltos de notas perdidas se han retirado del "
                             "cuerpo y se imprimen con la nota a la que más probablemente "
                             "pertenecen.",
        "ed-bib-changes": "Se han hecho {n} correcciones en la bibliografía de la revista a "
                          "partir de las notas.",
        "ed-accounting": "{source} palabras en la fuente: {body} en el cuerpo, {notes} en las "
                         "notas, {metadata} en el título y los resúmenes, {apparatus} en el "
                         "aparato, {discarded} descartadas como elementos de página.",
        "ed-accounting-incomplete": "{source} palabras en la fuente: {body} en el cuerpo, "
                                    "{notes} en las notas, {metadata} en el título y los "
                                    "resúmenes, {apparatus} en el aparato, {discarded} "
                                    "descartadas como elementos de página (INCOMPLETO).",
        "repair-layout": "saltos de página, bloques de notas y párrafos reunidos",
        "repair-ligature": "ligaduras partidas o perdidas restituidas",
        "repair-hyphenation": "guiones de fin de línea suprimidos",
        "repair-smallcaps": "versalitas restituidas",
        "repair-roman": "números romanos de las fechas restituidos",
        "repair-spacing": "espacios y caracteres normalizados",
        "repair-furniture": "elementos de página descartados",
        "repair-fragment": "fragmentos sueltos retirados del cuerpo",
        "repair-url": "URL reunidas",
        "repair-correction": "correcciones tácitas",
        "repair-bibliography": "correcciones de la bibliografía",
        "Note {n}": "Nota {n}",
        "Notes {n}": "Notas {n}",
        "n.": "n.",
        "added from the notes": "añadida a partir de las notas",
        "note-lost-open": "[El texto de esta nota falta en la fuente.",
        "Editor’s reconstruction:": "Reconstrucción del editor:",
        "Surviving fragment:": "Fragmento conservado:",
        "web-skip": "Ir al texto",
        "web-made": "Edición didáctica hecha con coursepack {version}.",
        "Readings": "Textos",
        "Text": "Texto",
        "All readings": "Todos los textos",
        "Date": "Fecha",
        "Event": "Acontecimiento",
        "First occurrence in the text": "Primera aparición en el texto",
        "the passage": "el pasaje",
        "Cited": "Citada",
        "citation {n}": "cita {n}",
        "Back to the text of note {n}": "Volver al texto de la nota {n}",
        "web-emend": "Lecturas corregidas de la fuente (lectura adoptada] lectura rechazada):",
        "(omitted)": "(suprimido)",
        "The place of this emendation": "El lugar de esta enmienda",
        "web-silent": "Los daños causados por la extracción del texto del PDF se han reparado "
                      "sin indicarlo: {items}.",
        "web-silent-none": "Los daños causados por la extracción del texto del PDF se reparan "
                           "sin indicarlo; aquí no hubo ninguno.",
        "web-lost-one": "El texto de la nota {notes} no se ha conservado en la fuente; la nota lo "
                        "indica entre corchetes.",
        "web-lost-many": "El texto de las notas {notes} no se ha conservado en la fuente; las "
                         "notas lo indican entre corchetes.",
        "Readings for {title}": "Textos para {title}",
        "Seminar handout, {title}": "Hoja de clase, {title}",
    },
    "pl": {
        "Source.": "Źródło.",
        "Silent repairs.": "Poprawki bez adnotacji.",
        "Emendations.": "Emendacje.",
        "Lost notes.": "Utracone przypisy.",
        "Bibliography.": "Bibliografia.",
        "Word accounting:": "Bilans słów:",
        "ed-source-pdf": "Tekst pochodzi z pliku PDF artykułu, odczytanego wraz z układem strony "
                         "(kroje, rozmiary i położenie): pominięto elementy stałe strony, "
                         "odtworzono przypisy i bibliografię; bibliografia jest bibliografią "
                         "artykułu.",
        "ed-source-pdf-notes": "Tekst pochodzi z pliku PDF artykułu, odczytanego wraz z układem "
                               "strony (kroje, rozmiary i położenie): pominięto elementy stałe "
                               "strony, odtworzono przypisy i bibliografię; bibliografia jest "
                               "bibliografią artykułu, uzupełnioną o prace cytowane wyłącznie w "
                               "przypisach.",
        "ed-source-pdf-nolist": "Tekst pochodzi z pliku PDF artykułu, odczytanego wraz z układem "
                                "strony (kroje, rozmiary i położenie): pominięto elementy stałe "
                                "strony, odtworzono przypisy; artykuł nie ma bibliografii: "
                                "zestawiono w niej prace cytowane w przypisach.",
        "ed-source-pdf-mixed": "Tekst pochodzi z pliku PDF artykułu, odczytanego wraz z układem "
                               "strony (kroje, rozmiary i położenie): pominięto elementy stałe "
                               "strony, odtworzono przypisy; artykuł nie ma bibliografii: "
                               "zestawiono ją z przypisów i z bibliografii przygotowanej przez "
                               "redakcję.",
        "ed-source-pdf-nobib": "Tekst pochodzi z pliku PDF artykułu, odczytanego wraz z układem "
                               "strony (kroje, rozmiary i położenie): pominięto elementy stałe "
                               "strony, odtworzono przypisy i bibliografię.",
        "ed-source-journal": "Tekst jest tekstem artykułu wydobytym z pliku PDF: {journal} "
                             "{volume}/{issue} ({year}).",
        "ed-source-journal-landing": "Tekst jest tekstem artykułu wydobytym z pliku PDF: "
                                     "{journal} {volume}/{issue} ({year}); metadane i bibliografia "
                                     "pochodzą ze strony czasopisma.",
        "ed-source-text": "Tekst jest tekstem źródła.",
        "ed-source-text-landing": "Tekst jest tekstem źródła; metadane i bibliografia pochodzą "
                                  "ze strony czasopisma.",
        "ed-source-markdown": "Redakcja dostarczyła ten tekst jako czysty Markdown; drukowany "
                              "jest tak, jak został napisany: żadne poprawki nie były potrzebne "
                              "ani nie zostały wprowadzone, a każde słowo źródła znajduje się w "
                              "tytule, streszczeniu, tekście głównym lub przypisach.",
        "ed-source-markdown-bib": "Redakcja dostarczyła ten tekst jako czysty Markdown; "
                                  "drukowany jest tak, jak został napisany: żadne poprawki nie "
                                  "były potrzebne ani nie zostały wprowadzone, a każde słowo "
                                  "źródła znajduje się w tytule, streszczeniu, tekście głównym "
                                  "lub przypisach. Bibliografia to plik references.bib redakcji.",
        "ed-silent": "Uszkodzenia powstałe przy wydobywaniu tekstu z pliku PDF naprawiono bez "
                     "adnotacji, według ogólnych reguł stosowanych przy każdym składaniu: "
                     "{items}.",
        "ed-silent-none": "Uszkodzenia powstałe przy wydobywaniu tekstu z pliku PDF naprawia się "
                          "bez adnotacji, według ogólnych reguł; tu nie było żadnych.",
        "ed-emend": "Poprawiono następujące lekcje źródła.",
        "ed-emend-lines": " Każdą podano ze stroną i wierszem tego wydania (wiersze liczone od "
                          "góry tekstu na stronie, łącznie z nagłówkami): lekcja przyjęta] "
                          "lekcja odrzucona, wraz z uzasadnieniem.",
        "ed-emend-note": " W przypisach wiersz liczy się w obrębie przypisu: {place} to wiersz "
                         "{line} przypisu {note}.",
        "ed-emend-note-page": " W przypisach wiersz liczy się w obrębie przypisu: {place} to "
                              "wiersz {line} przypisu {note} na stronie {page}.",
        "ed-emend-pages": " Każdą podano ze stroną tego wydania: lekcja przyjęta] lekcja "
                          "odrzucona, wraz z uzasadnieniem.",
        "ed-lost-one": "Tekst przypisu {notes} nie zachował się w źródle; odsyłacz pozostaje w "
                       "tekście, a przypis mówi o tym w nawiasie kwadratowym.",
        "ed-lost-many": "Tekst przypisów {notes} nie zachował się w źródle; odsyłacze pozostają "
                        "w tekście, a przypisy mówią o tym w nawiasach kwadratowych.",
        "ed-lost-fragments": " Luźne fragmenty utraconych przypisów usunięto z tekstu głównego i "
                             "wydrukowano przy przypisie, do którego najpewniej należą.",
        "ed-bib-changes": "W bibliografii czasopisma wprowadzono na podstawie przypisów "
                          "poprawki ({n}).",
        "ed-accounting": "Słów w źródle: {source}; w tekście głównym: {body}, w przypisach: "
                         "{notes}, w tytule i streszczeniach: {metadata}, w aparacie: "
                         "{apparatus}, pominiętych jako elementy stałe strony: {discarded}.",
        "ed-accounting-incomplete": "Słów w źródle: {source}; w tekście głównym: {body}, w "
                                    "przypisach: {notes}, w tytule i streszczeniach: "
                                    "{metadata}, w aparacie: {apparatus}, pominiętych jako "
                                    "elementy stałe strony: {discarded} (NIEPEŁNY).",
        "repair-layout": "połączono podziały stron, bloki przypisów i akapity",
        "repair-ligature": "odtworzono rozbite lub utracone ligatury",
        "repair-hyphenation": "usunięto dywizy na końcach wierszy",
        "repair-smallcaps": "odtworzono kapitaliki",
        "repair-roman": "odtworzono liczby rzymskie w datach",
        "repair-spacing": "ujednolicono odstępy i znaki",
        "repair-furniture": "pominięto elementy stałe strony",
        "repair-fragment": "usunięto luźne fragmenty z tekstu głównego",
        "repair-url": "połączono adresy URL",
        "repair-correction": "poprawki bez adnotacji",
        "repair-bibliography": "poprawki bibliografii",
        "Note {n}": "Przypis {n}",
        "Notes {n}": "Przypisy {n}",
        "n.": "przyp.",
        "added from the notes": "dodane na podstawie przypisów",
        "note-lost-open": "[Tekst tego przypisu nie zachował się w źródle.",
        "Editor’s reconstruction:": "Rekonstrukcja redakcji:",
        "Surviving fragment:": "Zachowany fragment:",
        "web-skip": "Przejdź do tekstu",
        "web-made": "Wydanie dydaktyczne przygotowane w programie coursepack {version}.",
        "Readings": "Teksty",
        "Text": "Tekst",
        "All readings": "Wszystkie teksty",
        "Date": "Data",
        "Event": "Wydarzenie",
        "First occurrence in the text": "Pierwsze wystąpienie w tekście",
        "the passage": "fragment",
        "Cited": "Cytowane",
        "citation {n}": "cytowanie {n}",
        "Back to the text of note {n}": "Powrót do tekstu przypisu {n}",
        "web-emend": "Poprawione lekcje źródła (lekcja przyjęta] lekcja odrzucona):",
        "(omitted)": "(pominięte)",
        "The place of this emendation": "Miejsce tej emendacji",
        "web-silent": "Uszkodzenia powstałe przy wydobywaniu tekstu z pliku PDF naprawiono bez "
                      "adnotacji: {items}.",
        "web-silent-none": "Uszkodzenia powstałe przy wydobywaniu tekstu z pliku PDF naprawia "
                           "się bez adnotacji; tu nie było żadnych.",
        "web-lost-one": "Tekst przypisu {notes} nie zachował się w źródle; przypis mówi o tym w "
                        "nawiasie kwadratowym.",
        "web-lost-many": "Tekst przypisów {notes} nie zachował się w źródle; przypisy mówią o "
                         "tym w nawiasach kwadratowych.",
        "Readings for {title}": "Teksty: {title}",
        "Seminar handout, {title}": "Materiały do zajęć, {title}",
    },
}
for _lang, _table in _APPARATUS.items():
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


#: the fields of reading.yaml as the editorial note names them
_FIELDS = {
    "de": {"title": "Titel", "subtitle": "Untertitel", "authors": "Autoren",
           "journal": "Zeitschrift", "volume": "Band", "issue": "Heft", "year": "Jahr",
           "pages": "Seiten", "doi": "DOI", "license": "Lizenz", "url": "URL"},
    "fr": {"title": "titre", "subtitle": "sous-titre", "authors": "auteurs", "journal": "revue",
           "volume": "volume", "issue": "numéro", "year": "année", "pages": "pages",
           "doi": "DOI", "license": "licence", "url": "URL"},
    "es": {"title": "título", "subtitle": "subtítulo", "authors": "autores", "journal": "revista",
           "volume": "volumen", "issue": "número", "year": "año", "pages": "páginas",
           "doi": "DOI", "license": "licencia", "url": "URL"},
    "pl": {"title": "tytuł", "subtitle": "podtytuł", "authors": "autorzy",
           "journal": "czasopismo", "volume": "tom", "issue": "numer", "year": "rok",
           "pages": "strony", "doi": "DOI", "license": "licencja", "url": "URL"},
}
_MISSING = {
    "de": {"pdf": "Nicht in der PDF-Datei gefunden (leer gelassen): {fields}.",
           "sources": "In den Quellen nicht angegeben (leer gelassen): {fields}."},
    "fr": {"pdf": "Absent du PDF (laissé vide) : {fields}.",
           "sources": "Non donné par les sources (laissé vide) : {fields}."},
    "es": {"pdf": "No se encuentra en el PDF (se deja vacío): {fields}.",
           "sources": "No lo dan las fuentes (se deja vacío): {fields}."},
    "pl": {"pdf": "Nie znaleziono w pliku PDF (pozostawiono puste): {fields}.",
           "sources": "Nie podano w źródłach (pozostawiono puste): {fields}."},
}


def metadata_note(note: str, lang: str = "en") -> str:
    """A note of ``reading.yaml``'s ``metadata_notes`` as the editorial note
    prints it: the one ``ingest`` writes ("Not found in the PDF (left
    empty): journal, volume.") in the reading's language; a note the editor
    wrote stays as written.

    >>> metadata_note("Not found in the PDF (left empty): subtitle, journal, doi.", "de")
    'Nicht in der PDF-Datei gefunden (leer gelassen): Untertitel, Zeitschrift, DOI.'
    >>> metadata_note("Not given by the PDF (left empty): year.", "en")
    'Not found in the PDF (left empty): year.'
    >>> metadata_note("The sources name no author.", "de")
    'The sources name no author.'
    """
    m = re.fullmatch(r"Not (given by|found in) the (PDF|sources) \(left empty\): ([a-z, ]+)\.",
                     note.strip())
    if not m:
        return note
    kind = "pdf" if m.group(2) == "PDF" else "sources"
    fields = [f.strip() for f in m.group(3).split(",") if f.strip()]
    base = (lang or "en").split("-")[0].lower()
    if base not in _MISSING:
        lead = "Not found in the PDF" if kind == "pdf" else "Not given by the sources"
        return f"{lead} (left empty): {', '.join(fields)}."
    names = _FIELDS[base]
    return _MISSING[base][kind].format(fields=", ".join(names.get(f, f) for f in fields))


#: the reasons the editorial note gives for an emendation made by a repair
#: rule (``Change.why``): ``coursepack.repair`` writes them from the English
#: templates (``check`` prints them so), :func:`reason` prints them in the
#: reading's language.  ``{reason}`` is a reason of its own, translated too.
REASONS: dict[str, dict[str, str]] = {
    "en": {
        "fragment": "stranded note text removed from the body; {reason}",
        "fragment-nearest": "stranded at line {line}; note {note} is the nearest note marked "
                            "before it whose text is lost",
        "fragment-tail": "stranded at line {line}, the tail of one of {n} notes whose tails "
                         "stand together there; note {note} is the lost note before note {next}",
        "fragment-after": "stranded at line {line}; note {note} is the first lost note after it",
        "fragment-none": "no lost note to attach it to",
        "month-split": "month numeral split by a space ('{parts}' read as {numeral})",
    },
    "de": {
        "fragment": "versprengter Anmerkungstext aus dem Haupttext genommen; {reason}",
        "fragment-nearest": "versprengt in Zeile {line} der Quelle; Anmerkung {note} ist die "
                            "nächste davor markierte Anmerkung, deren Text verloren ist",
        "fragment-tail": "versprengt in Zeile {line} der Quelle, das Ende einer von {n} "
                         "Anmerkungen, deren Enden dort beieinanderstehen; Anmerkung {note} ist "
                         "die verlorene Anmerkung vor Anmerkung {next}",
        "fragment-after": "versprengt in Zeile {line} der Quelle; Anmerkung {note} ist die "
                          "erste verlorene Anmerkung danach",
        "fragment-none": "keine verlorene Anmerkung, der es zuzuordnen wäre",
        "month-split": "römische Monatszahl durch ein Leerzeichen getrennt („{parts}“ als "
                       "{numeral} gelesen)",
    },
    "fr": {
        "fragment": "texte de note égaré retiré du corps du texte ; {reason}",
        "fragment-nearest": "égaré à la ligne {line} de la source ; la note {note} est la note "
                            "appelée la plus proche avant lui dont le texte est perdu",
        "fragment-tail": "égaré à la ligne {line} de la source, la fin de l’une des {n} notes "
                         "dont les fins se suivent à cet endroit ; la note {note} est la note "
                         "perdue avant la note {next}",
        "fragment-after": "égaré à la ligne {line} de la source ; la note {note} est la "
                          "première note perdue après lui",
        "fragment-none": "aucune note perdue à laquelle le rattacher",
        "month-split": "chiffre romain du mois coupé par une espace (« {parts} » lu {numeral})",
    },
    "es": {
        "fragment": "texto de nota extraviado retirado del cuerpo del texto; {reason}",
        "fragment-nearest": "extraviado en la línea {line} de la fuente; la nota {note} es la "
                            "nota marcada más cercana anterior cuyo texto se ha perdido",
        "fragment-tail": "extraviado en la línea {line} de la fuente, el final de una de {n} "
                         "notas cuyos finales aparecen juntos allí; la nota {note} es la nota "
                         "perdida anterior a la nota {next}",
        "fragment-after": "extraviado en la línea {line} de la fuente; la nota {note} es la "
                          "primera nota perdida posterior",
        "fragment-none": "ninguna nota perdida a la que asignarlo",
        "month-split": "numeral romano del mes separado por un espacio («{parts}» leído como "
                       "{numeral})",
    },
    "pl": {
        "fragment": "zabłąkany tekst przypisu usunięty z tekstu głównego; {reason}",
        "fragment-nearest": "zabłąkany w wierszu {line} źródła; przypis {note} to najbliższy "
                            "wcześniej oznaczony przypis, którego tekst zaginął",
        "fragment-tail": "zabłąkany w wierszu {line} źródła, koniec jednego z {n} przypisów, "
                         "których końce stoją tam razem; przypis {note} to zaginiony przypis "
                         "przed przypisem {next}",
        "fragment-after": "zabłąkany w wierszu {line} źródła; przypis {note} to pierwszy "
                          "zaginiony przypis po nim",
        "fragment-none": "brak zaginionego przypisu, do którego można go przypisać",
        "month-split": "rzymski numer miesiąca rozdzielony spacją („{parts}” odczytane jako "
                       "{numeral})",
    },
}


def _reason_pattern(template: str) -> re.Pattern:
    """A regular expression that reads the values back out of a reason
    written from the English ``template``."""
    out, last = [], 0
    for m in re.finditer(r"\{(\w+)\}", template):
        out.append(re.escape(template[last:m.start()]))
        out.append(f"(?P<{m.group(1)}>.+)" if m.group(1) == "reason" else f"(?P<{m.group(1)}>.+?)")
        last = m.end()
    out.append(re.escape(template[last:]))
    return re.compile("".join(out), re.S)


_REASON_PATTERNS = {key: _reason_pattern(t) for key, t in REASONS["en"].items()}


def reason(why: str, lang: str = "en", printed: bool = False) -> str:
    """An emendation's reason (written by a repair rule from
    :data:`REASONS`) in ``lang``; a reason no template wrote (a correction's
    ``why``, written by the editor) stays as written.

    >>> reason("month numeral split by a space ('v i' read as VI)", "de")
    'römische Monatszahl durch ein Leerzeichen getrennt („v i“ als VI gelesen)'
    >>> reason("stranded note text removed from the body; stranded at line 9; note 4 is the "
    ...        "first lost note after it", "de")
    'versprengter Anmerkungstext aus dem Haupttext genommen; versprengt in Zeile 9 der Quelle; Anmerkung 4 ist die erste verlorene Anmerkung danach'
    >>> reason("transposed letters", "de"), reason("no lost note to attach it to", "it")
    ('transposed letters', 'no lost note to attach it to')

    ``printed``: the reason as the reader prints it, without the line of the source
    file where a fragment stood (which a student cannot see; ``check`` keeps it):

    >>> reason("stranded note text removed from the body; stranded at line 9; note 4 is the "
    ...        "first lost note after it", "en", printed=True)
    'stranded note text removed from the body; note 4 is the first lost note after it'
    """
    base = (lang or "en").split("-")[0].lower()
    table = REASONS.get(base)
    if not why or table is None or (base == "en" and not printed):
        return why
    for key, pattern in _REASON_PATTERNS.items():
        m = pattern.fullmatch(why)
        if m and key in table:
            values = m.groupdict()
            if "reason" in values:
                values["reason"] = reason(values["reason"], base, printed)
            template = table[key]
            if printed:
                template = _SOURCE_LINE.sub("", template, count=1)
            return template.format(**values)
    return why


#: the clause of a reason that names the line of the source file ("stranded at
#: line {line}; ", "versprengt in Zeile {line} der Quelle, ")
_SOURCE_LINE = re.compile(r"^[^{;,]*\{line\}[^;,]*[;,]\s*")


_FIGURE_LABELS = {"en": ("Figure {n}", "Table {n}"), "de": ("Abbildung {n}", "Tabelle {n}"),
                  "fr": ("Figure {n}", "Tableau {n}"), "es": ("Figura {n}", "Tabla {n}"),
                  "pl": ("Rysunek {n}", "Tabela {n}")}


def _figure_alt(figure, reading, label_: str) -> str:
    """The alternative text of a figure: its label as printed
    (:func:`figure_label`), then the words inside it that ingest read
    ("Figure 1: …", as :func:`coursepack.repair.figure_of` wrote it)."""
    alt = getattr(figure, "alt", "") or ""
    shown = figure_label(figure, reading)
    if not alt or alt == label_:
        return shown
    if label_ and alt.startswith(label_ + ": "):
        return f"{shown}: {alt[len(label_) + 2:]}"
    return alt          # the editor's own (a Markdown image's alt text)


def figure_label(figure, reading=None, alt: bool = False) -> str:
    """A figure's label as the edition prints it: the article's own
    ("Abbildung 2", "TABLE 1") as printed; the one the edition gave a figure
    whose caption prints none ("Figure 3", "Table 1") in the language of the
    reading's labels.  ``alt``: the figure's alternative text, its label so.

    >>> from coursepack import model
    >>> r = model.Reading("x", model.Metadata(languages=["de"]))
    >>> figure_label(model.Figure(kind="table", label="Table 2", number=2), r)
    'Tabelle 2'
    >>> figure_label(model.Figure(label="Figure 1", number=1,
    ...                           caption=[model.Text("Figure 1: Map")]), r)
    'Figure 1'
    >>> figure_label(model.Figure(label="Figure 3", number=3, alt="Figure 3: Bonn 1949"), r, alt=True)
    'Abbildung 3: Bonn 1949'
    >>> figure_label(model.Figure(label="Figure 3", number=3, alt="Figure 3"), r, alt=True)
    'Abbildung 3'
    """
    label_ = getattr(figure, "label", "") or ""
    if alt:
        return _figure_alt(figure, reading, label_)
    kind = "table" if getattr(figure, "kind", "") == "table" else "figure"
    number = getattr(figure, "number", 0)
    printed = plain_text(getattr(figure, "caption", []) or []).strip().startswith(label_)
    if not number or printed or label_ != f"{kind.capitalize()} {number}":
        return label_
    lang = reading_language(reading) if reading is not None else "en"
    forms = _FIGURE_LABELS.get((lang or "en").split("-")[0].lower(), _FIGURE_LABELS["en"])
    return forms[kind == "table"].format(n=number)


def text_lang(lang: str, reading=None) -> str:
    """The language tag a block of a reading is printed with (and so
    hyphenated by): the reading's own tag, region and all, where the block
    is in the reading's language ("en" in an ``en-GB`` reading is
    ``en-GB``), else the block's.

    >>> from coursepack import model
    >>> r = model.Reading("x", model.Metadata(languages=["en-GB"]))
    >>> text_lang("en", r), text_lang("de", r), text_lang("en-US", r), text_lang("", r)
    ('en-GB', 'de', 'en-US', 'en-GB')
    """
    meta = getattr(reading, "meta", None)
    own = (getattr(meta, "languages", None) or [""])[0] or ""
    if not lang:
        return own or "en"
    if own and "-" in own and "-" not in lang and own.split("-")[0].lower() == lang.lower():
        return own
    return lang


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
    if values and any(hasattr(v, "__html__") for v in values.values()):
        # a template's markup as a value (a place, a list of links): kept as
        # markup, the label and the other values escaped
        return Markup(escape(text)).format(**values)
    return text.format(**values) if values else text


#: a language's quotation marks, outer pair first: a quotation the edition
#: sets in the outer pair has its own quotations of the outer kind set in
#: the inner (``»`` … ``«``, the other style of German, become ``›`` … ``‹``)
_NESTED = {
    "de": (("„", "“", "‚", "‘"), ("»", "«", "›", "‹")),
    "en": (("“", "”", "‘", "’"),),
    "pl": (("„", "”", "«", "»"),),
    "fr": (("« ", " »", "“", "”"), ("«", "»", "“", "”")),
    "es": (("«", "»", "“", "”"),),
}


def quote(text: str, lang: str = "en") -> str:
    """``text`` in the language's quotation marks (the labels ``q-open`` and
    ``q-close``), the quotations inside it one level down, as a typesetter
    nests them: a German „…“ or »…« inside becomes ‚…‘ or ›…‹.  Only whole
    pairs are changed (an apostrophe or a stray mark stays as it is).

    >>> quote("Das Phänomen »der Exklusivität« und „Teilhabe“", "de")
    '„Das Phänomen ›der Exklusivität‹ und ‚Teilhabe‘“'
    >>> quote("the “thin” state, Rawls’ view", "en")
    '“the ‘thin’ state, Rawls’ view”'
    >>> quote("ohne Zitat", "de-AT")
    '„ohne Zitat“'
    """
    base = (lang or "en").split("-")[0].lower()
    for o, c, io, ic in _NESTED.get(base, ()):
        text = re.sub(f"{re.escape(o)}([^{re.escape(o + c)}]*){re.escape(c)}",
                      lambda m: f"{io}{m.group(1)}{ic}", text)
    return label("q-open", base) + text + label("q-close", base)


def labels(lang="en"):
    """A one-argument function for templates: ``L("Glossary")``; ``lang`` is a
    language code or a reading (its :func:`reading_language`).

    >>> labels("pl")("Contents"), labels("es")("{n} pages in the reader", n=3)
    ('Spis treści', '3 páginas en el dosier')
    >>> labels("de")("quote", text="die »Neuordnung«")
    '„die ›Neuordnung‹“'
    """
    if not isinstance(lang, str) and lang is not None:
        lang = reading_language(lang)

    def L(key: str, **values) -> str:
        if key == "quote" and set(values) == {"text"}:
            # ``L("quote", text=…)``: a quotation set in the language's marks (:func:`quote`)
            return quote(values["text"], lang)
        return label(key, lang, **values)
    return L
