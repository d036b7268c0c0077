"""A section about the document itself (its updates, versions, thanks) dates the
article's own history, not an event the article discusses (the TeX Live manual
"Index Preparation and Processing": "In 2014, aside from formatting changes, Dan
Luecking made some updates to correspond with changes in the program")."""

from __future__ import annotations

import pytest

from coursepack import timeline
from tests.questions.articles import reading_from_text

BODY = ("# Introduction\n\nIn 1987 the two states signed the Varn treaty, which fixed quotas "
        "for irrigation. The treaty held for more than a decade.\n\n")


@pytest.mark.parametrize("title", ["Document Updates", "Revision history", "Acknowledgements",
                                   "About this paper", "Changelog",
                                   "7 Acknowledgements"])
def test_a_section_about_the_document_gives_no_event(title):
    text = (f"# {title}\n\nIn 2014, aside from formatting changes, Ada Example made some "
            "updates to correspond with changes in the program.\n\n" + BODY)
    events = timeline.extract(reading_from_text(text))
    assert [e.date for e in events] == ["1987"]


def test_the_same_sentence_in_the_body_is_an_event():
    text = BODY + ("# The program\n\nIn 2014 the maintainers released a new version of the "
                   "program.\n\n")
    assert [e.date for e in timeline.extract(reading_from_text(text))] == ["1987", "2014"]
