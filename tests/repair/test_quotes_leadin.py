"""Two character-level repairs through the whole text pipeline: quotation
marks a font maps to „…‟ (en-40305's kind), and a paragraph's lead-in set in
spaced capitals (en-22799's "O V E R the past")."""

from __future__ import annotations

import pytest

from coursepack.repair import repair_text

CASES = [
    ("\u201eDemocracy\u201f is one of the most used concepts", "\u201cDemocracy\u201d is one of the most used concepts", "en"),
    ("the students\u201f attitudes and the citizens\u201f involvement", "the students\u2019 attitudes and the citizens\u2019 involvement", "en"),
    ("two approaches: \u201eminimal\u201f and \u201emaximal\u201f.", "two approaches: \u201cminimal\u201d and \u201cmaximal\u201d.", "en"),
    ("die \u201eDemokratie\u201f der Jugend", "die \u201eDemokratie\u201c der Jugend", "de"),
    ("\u201cfine\u201d and \u2018single\u2019 stay", "\u201cfine\u201d and \u2018single\u2019 stay", "en"),
    ("O V E R the past 25 years", "Over the past 25 years", "en"),
    ("I N the spring of 2003", "In the spring of 2003", "en"),
    ("the O V E R word inside a sentence", "the OVER word inside a sentence", "en"),   # not a lead-in
]


@pytest.mark.parametrize("text,expected,lang", CASES)
def test_pipeline(text, expected, lang):
    assert repair_text(text, lang) == expected
