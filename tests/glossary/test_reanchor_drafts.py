"""Drafted glossary entries (printed as the article's wording, with the page of
their paragraph) written for one reading of an article, built against the article
read again: other paragraph ids.  Each names the paragraph that holds its words now;
one whose words are gone from the article is not printed as its wording."""

from __future__ import annotations

import copy
import re

from coursepack import editable, glossary, model
from coursepack.drafting import draft, terms_from_drafts
from tests.questions.articles import RIVER, reading_from_text

GONE_HEADING = "# Ostmark as mediator\n\n"
# the ingest now finds a paragraph it took for front matter before: every later id moves
NEW_FIRST = "# Introduction\n\nWater is scarce in the lower basin, and every state wants more of it.\n\n"


def numbered(text: str) -> model.Reading:
    r = reading_from_text(text, [], slug="river")
    for i, s in enumerate(r.sections, 1):
        s.id = f"s{i}"
        for j, b in enumerate(s.blocks, 1):
            b.id = f"s{i}-p{j}"
    return r


def words_at(reading: model.Reading, t: model.GlossaryTerm) -> bool:
    text = editable.block_texts(reading)[t.evidence[0]]
    first = re.findall(r"[^\W\d_]+", editable.compared(t.definition))[:5]
    return bool(re.search(r"\W+".join(first), text))


def test_drafted_entries_name_the_paragraph_that_holds_their_words_after_the_reading_is_read_again():
    old = numbered(RIVER)
    drafts = [t for t in terms_from_drafts(draft(old)) if t.drafted and not t.abbreviation]
    assert drafts, "the article defines terms in its own words"
    assert all(words_at(old, t) for t in drafts)
    assert RIVER.startswith("# Introduction\n\n")
    new = numbered(NEW_FIRST + RIVER.split("\n\n", 1)[1].replace(GONE_HEADING, ""))
    new.glossary = copy.deepcopy(drafts)             # as glossary.yaml keeps them
    moved = [t for t in new.glossary if t.evidence[0] not in editable.block_texts(new)
             or not words_at(new, t)]
    assert moved, "the scenario must move a drafted entry's paragraph"
    glossary.prepare(new)
    printed = {t.term: t for t in new.glossary}
    for t in drafts:
        assert t.term in printed                     # still the article's wording: printed
        assert words_at(new, printed[t.term]), (t.term, printed[t.term].evidence)


def test_a_draft_whose_words_left_the_article_is_not_printed_as_its_wording():
    r = numbered(RIVER)
    kept = model.GlossaryTerm("basin-council", "Basin Council", "A regional mediating body.",
                              evidence=["s1-p1"], reviewed=False)
    gone = model.GlossaryTerm("rovna", "Rovna Declaration", "A pledge of eternal friendship.",
                              evidence=["s3-p1"], reviewed=False)
    mine = model.GlossaryTerm("treaty", "Lower Varn Treaty", "The 1998 quota treaty.",
                              evidence=["s9-p9"])              # reviewed: the instructor's
    r.glossary = [kept, gone, mine]
    glossary.prepare(r)
    assert [t.term for t in r.glossary] == ["Basin Council", "Lower Varn Treaty"]
    assert r.glossary[1].evidence == ["s9-p9"]       # a reviewed entry is left as written
