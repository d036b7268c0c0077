"""Abstract and keyword headings of a Markdown reading, in the languages
:func:`coursepack.i18n.heading_kind` knows (issue 19, item 6)."""

from __future__ import annotations

import pytest

from coursepack import model
from coursepack.read.markdown import read_markdown


@pytest.mark.parametrize("heading, lang", [
    ("Abstract", ""), ("Summary", ""), ("Résumé", "fr"), ("Zusammenfassung", "de"),
    ("Streszczenie", "pl"), ("Resumen", "es"), ("RÉSUMÉ", "fr"), ("Kurzfassung:", "de"),
])
def test_abstract_heading_in_any_language(heading, lang):
    a = read_markdown(f"# Title\n\n## {heading}\n\nFirst part.\n\nSecond part.\n\n"
                      "## Introduction\n\nBody text.\n", "x.md")
    assert len(a.abstracts) == 1
    assert model.plain_text(a.abstracts[0].inlines) == "First part. Second part."
    assert a.abstracts[0].lang == lang
    assert [s.title for s in a.sections] == ["Introduction"]
    assert a.accounting.complete


def test_two_abstracts_and_keyword_headings():
    a = read_markdown("# Titel\n\n## Zusammenfassung\n\nDeutscher Text.\n\n"
                      "## Schlüsselwörter\n\nErinnerung; Krieg · Armenien\n\n"
                      "## Abstract\n\nEnglish text.\n\n## Keywords\n\nmemory, war\n\n"
                      "## Einleitung\n\nDer Körper.\n", "x.md")
    assert [(x.lang, model.plain_text(x.inlines)) for x in a.abstracts] == [
        ("de", "Deutscher Text."), ("", "English text.")]
    assert a.keywords == ["Erinnerung", "Krieg", "Armenien", "memory", "war"]
    assert [s.title for s in a.sections] == ["Einleitung"]
    body = " ".join(model.plain_text(b.inlines) for s in a.sections for b in s.blocks)
    assert body == "Der Körper."
    assert a.accounting.complete


def test_keywords_label_paragraph_ends_the_front_matter():
    a = read_markdown("# T\n\n## Streszczenie\n\nTekst.\n\n**Słowa kluczowe:** pamięć, wojna\n\n"
                      "Pierwszy akapit.\n", "x.md")
    assert model.plain_text(a.abstracts[0].inlines) == "Tekst."
    assert a.keywords == ["pamięć", "wojna"]
    assert [model.plain_text(b.inlines) for s in a.sections for b in s.blocks] == [
        "Pierwszy akapit."]


def test_abstract_heading_inside_the_body_is_a_section():
    a = read_markdown("# T\n\n## Introduction\n\nText.\n\n## Summary\n\nIn sum.\n\n"
                      "Keywords: not front matter here.\n", "x.md")
    assert a.abstracts == [] and a.keywords == []
    assert [s.title for s in a.sections] == ["Introduction", "Summary"]
    assert model.plain_text(a.sections[1].blocks[-1].inlines).startswith("Keywords:")
