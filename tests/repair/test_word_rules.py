"""The word repairs added for article PDFs: soft hyphens, hyphens left
inside a line, letters spaced apart, ligatures split before a word ending.
Each case: the input, the expected output, and why (data, not code)."""

from __future__ import annotations

import pytest

from coursepack.repair import repair_text
from coursepack.repair.rules import Vocabulary, fix

CASES = [
    # (rule, input, expected, document text for the vocabulary, language)
    ("soft_hyphen", "devel\u00ad\nopment", "development", "", "en"),
    ("soft_hyphen", "con\u00adtract and law", "contract and law", "", "en"),
    ("inline_hyphen", "a devel- opment of", "a development of", "", "en"),
    ("inline_hyphen", "the Gleichstellungs- ansatzes", "the Gleichstellungsansatzes", "", "de"),
    ("inline_hyphen", "pre- and post-war", "pre- and post-war", "", "en"),       # suspended
    ("inline_hyphen", "Ein- und Ausreise", "Ein- und Ausreise", "", "de"),       # suspended
    ("inline_hyphen", "settlement- the only", "settlement- the only", "", "en"),  # a dash
    ("inline_hyphen", "Christian- orthodox", "Christian-orthodox", "a Christian-orthodox church", "en"),
    ("spaced_letters", "and s ubject flow", "and subject flow", "", "en"),
    ("spaced_letters", "Screening Q uestionnaire", "Screening Questionnaire", "", "en"),
    ("spaced_letters", "a cl ash of arms", "a clash of arms", "", "en"),
    ("spaced_letters", "in a way, be it so; at all", "in a way, be it so; at all", "", "en"),
    ("spaced_letters", "the¹ v", "the¹ v", "", "en"),
    ("split_ligature", "eines Kompetenzanforderungsprofi ls für", "eines Kompetenzanforderungsprofils für", "", "de"),
    # a suspended hyphen at a line end keeps its hyphen and gets a space (LOOKOUT 15)
    ("line_hyphen", "staats-, sozial-\nund kulturpolitischen", "staats-, sozial- und kulturpolitischen", "", "de"),
    ("line_hyphen", "um Teilhabe-\noder Generationengerechtigkeit", "um Teilhabe- oder Generationengerechtigkeit", "", "de"),
    ("line_hyphen", "die west-\nbzw. bundesdeutsche", "die west- bzw. bundesdeutsche", "", "de"),
    ("line_hyphen", "Frauen-\nsowie Geschlechterforschung", "Frauen- sowie Geschlechterforschung", "", "de"),
    ("line_hyphen", "short-\nand long-term", "short- and long-term", "", "en"),
    ("line_hyphen", "three-\nto four-year-olds", "three- to four-year-olds", "", "en"),
    # two single quotes for one double quote (LOOKOUT 33)
    ("doubled_quote", "in the \u2018\u2018validation sample\u2019\u2019.", "in the \u201cvalidation sample\u201d.", "", "en"),
    ("doubled_quote", "the ``total population'' group", "the \u201ctotal population\u201d group", "", "en"),
    ("doubled_quote", "a 3.5'' disk and the parents\u2019 \u2018view\u2019", "a 3.5'' disk and the parents\u2019 \u2018view\u2019", "", "en"),
]


@pytest.mark.parametrize("rule,text,expected,doc,lang", CASES)
def test_case(rule, text, expected, doc, lang):
    vocab = Vocabulary(doc) if doc else None
    once = fix(rule, text, lang=lang, vocab=vocab)
    assert once == expected
    assert fix(rule, once, lang=lang, vocab=vocab) == once     # idempotent


@pytest.mark.parametrize("text", [
    "The Autism Spectrum Screening Q uestionnaire was sent to s ubjects.",
    "A devel\u00ad\nopment of the Christian- orthodox church, pre- and post-war.",
    "The \u2018\u2018validation sample\u2019\u2019 and the ``outpatient group''.",
])
def test_whole_pipeline_idempotent(text):
    once = repair_text(text)
    assert repair_text(once) == once


def test_pipeline_repairs_synthetic_damage():
    """Words damaged the ways extraction damages them, repaired by the
    whole pipeline (a synthetic text: none of these words is special-cased)."""
    words = ["questionnaire", "subject", "development", "government", "relationship",
             "perspective", "administration", "community", "experience", "significant"]
    damaged = [w[:1] + " " + w[1:] for w in words[:5]] + \
              [w[:4] + "\u00ad\n" + w[4:] for w in words[5:]]
    out = repair_text("The " + " and the ".join(damaged) + " were studied.")
    for w in words:
        assert w in out, (w, out)


def test_pipeline_doubled_quotes_and_suspended_hyphen():
    assert repair_text("The \u2018\u2018validation sample\u2019\u2019 and the ``outpatient\ngroup''.") == \
        "The \u201cvalidation sample\u201d and the \u201coutpatient group\u201d."
    assert repair_text("Die staats-, sozial-\nund kulturpolitischen Ziele der west-\nbzw. bundesdeutschen "
                       "Politik", lang="de") == \
        "Die staats-, sozial- und kulturpolitischen Ziele der west- bzw. bundesdeutschen Politik"
