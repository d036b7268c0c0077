"""A paragraph the reading of its page cut in two starts with the rest of a sentence
("will probably produce just what you want.", "a Jr part, or the Last part has multiple
tokens but there's no von part." in BibTeXing, btxdoc.pdf): no question quotes such a
fragment as the article's sentence."""

from __future__ import annotations

import re

from coursepack import questions as Q

from .articles import RIVER, reading_from_text


def quoted_openings(qs) -> list[str]:
    return [m.group(1) for q in qs for m in re.finditer(r"“(\S+)", q.text)]


def test_no_question_quotes_a_fragment_of_a_sentence():
    cut = RIVER.replace(
        "It seems likely that the question of the chair will shape relations among the three "
        "states in the coming years.",
        "It seems likely that the question of the chair\n\nwill shape relations among the "
        "three states in the coming years, and the centre will probably decide the matter "
        "by 2030.")
    assert cut != RIVER
    qs = Q.generate(reading_from_text(cut))
    assert qs
    assert not [w for w in quoted_openings(qs) if w[:1].islower()], \
        [q.text for q in qs]
