"""Labels printed around the teaching material, in the reading's language.

One table: every label the glossary, questions, timeline and handout print
is looked up here by its English key, so a template says
``{{ L("Glossary") }}`` and a German reading prints "Glossar".  A language
missing from the table, or a key missing from a language, falls back to
English.  The reading's ``language`` in ``reading.yaml`` decides (a pack-wide
override needs a key in pack.yaml's schema, which is not there yet).
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "de": {
        "Glossary": "Glossar",
        "Discussion questions": "Diskussionsfragen",
        "Questions for discussion": "Diskussionsfragen",
        "Timeline": "Zeitleiste",
        "Notes": "Anmerkungen",
        "Contents": "Inhalt",
        "Key terms": "Schlüsselbegriffe",
        "Abstract": "Zusammenfassung",
        "Summary": "Überblick",
        "At a glance": "Auf einen Blick",
        "Bibliography": "Bibliographie",
        "Handout": "Handout",
        "page": "S.",
        "pages": "S.",
        "Page": "Seite",
        "Pages": "Seiten",
        "See also": "Siehe auch",
        "see": "siehe",
        "one page in the reader": "1 Seite im Reader",
        "{n} pages in the reader": "{n} Seiten im Reader",
        "{words} words · {notes} notes": "{words} Wörter · {notes} Anmerkungen",
        "Reading time about {minutes} minutes": "Lesezeit etwa {minutes} Minuten",
        "drafted": "Wortlaut des Beitrags, S. {pages}; noch nicht geprüft",
        "drafted-nopage": "Wortlaut des Beitrags; noch nicht geprüft",
        "glossary-intro-1": "Begriffe sind bei ihrem ersten Vorkommen im Text so markiert: ",
        "glossary-intro-sample": "Begriff",
        "glossary-intro-2": ". Die Seitenzahlen führen zu jedem Vorkommen.",
        "glossary-drafted-intro": "Einträge mit dem Vermerk „Wortlaut des Beitrags“ sind "
                                  "Definitionen aus dem Text selbst, noch nicht von der "
                                  "Lehrperson geprüft.",
        "Instructor’s note.": "Hinweis für Lehrende.",
        "q-open": "„",
        "q-close": "“",
        "comprehension": "Verständnis",
        "analysis": "Analyse",
        "evaluation": "Bewertung",
        "application": "Anwendung",
    },
    "en": {
        "q-open": "“",
        "q-close": "”",
        "page": "p.",
        "pages": "pp.",
        "drafted": "the article’s wording, p. {pages}; not yet reviewed",
        "drafted-nopage": "the article’s wording; not yet reviewed",
        "glossary-intro-1": "Terms marked ",
        "glossary-intro-sample": "thus",
        "glossary-intro-2": " at their first occurrence in the article. Page numbers lead to "
                            "every occurrence.",
        "glossary-drafted-intro": "Entries marked “the article’s wording” are definitions "
                                  "taken from the article itself, not yet reviewed by the "
                                  "instructor.",
    },
}


def label(key: str, lang: str = "en", **values) -> str:
    """The label ``key`` in ``lang`` (English when there is none), with
    ``values`` filled in.

    >>> label("Glossary", "de"), label("Glossary", "fr"), label("Timeline", "de-AT")
    ('Glossar', 'Glossary', 'Zeitleiste')
    >>> label("{n} pages in the reader", "de", n=12)
    '12 Seiten im Reader'
    """
    lang = (lang or "en").split("-")[0].lower()
    text = LABELS.get(lang, {}).get(key) or LABELS["en"].get(key) or key
    return text.format(**values) if values else text


def labels(lang: str = "en"):
    """A one-argument function for templates: ``L("Glossary")``."""
    def L(key: str, **values) -> str:
        return label(key, lang, **values)
    return L
