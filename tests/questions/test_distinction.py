"""JUDGE12: 37 of 45 questions were stock frames with one slot filled; questions should
come from the article's own content, its contrasts among them.  A contrast the article
draws in its own voice ("While A …, B …", "A …, whereas B …", "Während A …, B …") is
asked about, quoted; a "while" of time, an added point, what both sides share, a cited
author's contrast and a detail of the method are not."""

from __future__ import annotations

from coursepack import questions as Q

from .articles import reading_from_text

HARBOURS = """\
# Introduction

This article examines how the harbours of Varnland were run after the reform of 1995. It draws on the records of the port agency.

# Methods

## Records

The records of the agency were read in full, while the minutes of the city councils were read only for the years of the reform.

# Two harbours

{sentence} The difference shaped the bargaining of the harbour workers for a decade. Their unions kept separate funds.

In both harbours the agency cut fees, and traffic grew. The workers of the northern harbour struck twice.

# Conclusion

The reform made the harbours cheaper to use, but it weakened the bargaining power of their workers.
"""

CONTRAST = ("While the northern harbour kept its old pilots and its own wage scale, the southern "
            "harbour hired new crews on contracts set by the agency.")


def _rule(qs, rule):
    return [q for q in qs if Q.rule_of(q) == rule]


def test_a_contrast_the_article_draws_is_quoted_and_asked_about():
    r = reading_from_text(HARBOURS.format(sentence=CONTRAST))
    d = _rule(Q.generate(r), "distinction")
    assert len(d) == 1
    assert "“While the northern harbour kept its old pilots" in d[0].text
    # its page and the page of what the article makes of it (the sentence after)
    assert d[0].evidence[0].endswith("~1") and len(d[0].evidence) >= 2
    # the reader prints it beside the other tasks (a task of its own)
    assert d[0] in Q.select_for_reader(Q.generate(r))


def test_no_contrast_question_on_a_while_of_time_an_added_point_or_a_shared_trait():
    for sentence in (
            "While the strike was going on in the northern harbour, the agency negotiated "
            "with the southern harbour's new crews on contracts.",
            "While the northern harbour kept its old pilots and wage scale, it also hired "
            "new crews on contracts set by the agency.",
            "While the two harbours differed in their pilots and wage scales, both harbours "
            "hired new crews on contracts set by the agency.",
            "While Smith (1999) held that the northern harbour kept its old pilots, the "
            "southern harbour hired new crews on contracts set by the agency."):
        r = reading_from_text(HARBOURS.format(sentence=sentence))
        assert not _rule(Q.generate(r), "distinction"), sentence


def test_a_contrast_in_the_methods_is_no_question():
    # "The records … were read in full, while the minutes …": a detail of the method
    r = reading_from_text(HARBOURS.format(sentence="The harbours were run by one agency."))
    assert not _rule(Q.generate(r), "distinction")


def test_a_german_contrast_is_asked_in_german():
    text = HARBOURS.format(sentence=CONTRAST).replace(CONTRAST, (
        "Während der nördliche Hafen seine alten Lotsen und seine eigene Lohnskala behielt, "
        "stellte der südliche Hafen neue Mannschaften zu Verträgen der Behörde ein."))
    r = reading_from_text(text)
    r.meta.languages = ["de"]
    d = _rule(Q.generate(r), "distinction")
    # (a German wording, the quotation in German quotation marks)
    assert d and d[0].text.startswith("Der Beitrag ") and "„Während der nördliche Hafen" in d[0].text


def test_what_the_article_denies_and_holds_instead_is_a_contrast_but_not_only_but_also_is_not():
    r = reading_from_text(HARBOURS.format(sentence=(
        "The new crews were hired not by the old harbour masters of the north, but rather by "
        "the agency's own officers in the capital.")))
    d = _rule(Q.generate(r), "distinction")
    assert d and "“The new crews were hired not by the old harbour masters" in d[0].text
    r = reading_from_text(HARBOURS.format(sentence=(
        "The agency hired not only the new crews of the southern harbour, but also the old "
        "pilots of the northern harbour on contracts of its own.")))
    assert not _rule(Q.generate(r), "distinction")


def test_a_contrast_that_leans_on_the_sentence_before_is_no_question():
    r = reading_from_text(HARBOURS.format(sentence=(
        "Despite these reforms, the northern harbour kept its old pilots and its own wage "
        "scale, whereas the southern harbour hired new crews on contracts set by the agency.")))
    assert not _rule(Q.generate(r), "distinction")


def test_a_while_of_time_before_a_participle_or_a_genitive_is_no_contrast():
    for sentence in (
            "While working in the northern harbour, the pilots kept their own wage scale and "
            "hired new crews on contracts set by the agency.",
            "Während des Streiks im nördlichen Hafen wurden die Lotsen entlassen, und die "
            "Behörde stellte neue Mannschaften zu eigenen Verträgen ein."):
        r = reading_from_text(HARBOURS.format(sentence=sentence))
        assert not _rule(Q.generate(r), "distinction"), sentence


def test_a_concession_is_no_contrast_of_two_sides():
    """"While recent tensions … have made collaboration more problematic, over 200 member
    groups remain committed …" (en-34466): what holds in spite of something, not two
    things set side by side ("Which two are they?" has no answer)."""
    for sentence in (
            "While the reform of the fees and the new contracts made bargaining more difficult, "
            "most harbour workers remained loyal to their old unions.",
            "While the agency cut the fees of both harbours in the first years, the unions "
            "of the harbour workers still kept their separate funds.",
            "Während die Behörde die Gebühren beider Häfen in den ersten Jahren senkte, "
            "blieben die Gewerkschaften der Hafenarbeiter getrennt."):
        r = reading_from_text(HARBOURS.format(sentence=sentence))
        if sentence.startswith("Während"):
            r.meta.languages = ["de"]
        assert not _rule(Q.generate(r), "distinction"), sentence
