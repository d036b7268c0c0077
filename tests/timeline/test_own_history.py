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


def test_a_case_the_article_makes_up_gives_no_event():
    """BibTeXing (btxdoc.pdf): "Further suppose that there's now a second edition of
    volume 1, which came out in 1973, say, …" is an example, not an event."""
    text = BODY + ("# An example\n\nFurther suppose that there is now a second edition of the "
                   "treaty, which was signed in 1973, say, by both states.\n\nImagine that the "
                   "two states had met again in 1975 to revise the quotas.\n\n")
    assert [e.date for e in timeline.extract(reading_from_text(text))] == ["1987"]
    real = BODY + ("# Later\n\nIn 1991 both states, to the surprise of those who had tried to "
                   "imagine a failure, ratified the treaty.\n\n")
    assert "1991" in [e.date for e in timeline.extract(reading_from_text(real))]
