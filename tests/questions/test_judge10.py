"""JUDGE10: the wording of an alternative-explanation question fits the sentence and the
kind of article; two questions never ask about the same paragraph."""

from __future__ import annotations

from coursepack import questions as Q
from coursepack.questionset import block_of

from .articles import reading_from_text

#: a study of its own (a sample, interviews), whose discussion explains a result
STUDY = """\
# Introduction

This article examines why the dock workers of Varnland joined the new union after 1995.

# Data and methods

We interviewed 120 dock workers in the three largest ports in 2006. The interviews lasted an hour. The interviewees were drawn from the union's membership lists, and the interview guide asked about their reasons for joining.

# The union

Membership of the dock union rose from 2,000 in 1995 to 9,000 in 2005. Most interviewees worked in the three largest ports. In the interviews, most named the lost wage agreements.

# The ports

The three largest ports lost their old wage agreements when the port authorities were merged in 1995.

# Discussion

The differences between the ports are due to the fact that the merger of the port authorities ended the old wage agreements in the largest ports.

# Conclusion

We conclude that the dock union of Varnland grew into the largest union of the coast within ten years.
"""

#: a theoretical essay (no data of its own) whose conclusion explains in one paragraph
#: and concludes in the same one
ESSAY = """\
# Introduction

This essay develops a typology of the ways in which moral norms shape trade between strangers.

# Trust between strangers

Trust between strangers is a promise that each side keeps although it could gain by breaking it. Such promises bind traders who will never meet again.

# Blocked exchange

Some goods may not be traded at all, because a community holds their sale to be wrong. Such a ban protects values that a price would destroy.

# Gifts

A gift binds the receiver to give something back later. The obligation it creates is moral, not legal.

# Conclusion

The typology shows four ways in which morals enter trade. The double role of morality in trade is due to the fact that every market operates among people who also share other values. We conclude that no market can ever be only a market, even where its morals cost it some efficiency.
"""


def _alt(qs):
    return [q for q in qs if "other explanation" in q.text or "other reading" in q.text]


def test_results_wording_only_for_a_sentence_that_explains_the_studys_results():
    qs = Q.generate(reading_from_text(STUDY))
    alt = _alt(qs)
    assert alt and "accounts for its results" in alt[0].text
    # the same study explaining a fact it describes, not its results: no "results"
    fact = STUDY.replace("The differences between the ports are due to the fact that",
                         "The rise of the union is due to the fact that")
    alt = _alt(Q.generate(reading_from_text(fact)))
    assert alt and "results" not in alt[0].text and "evidence the article gives" in alt[0].text


def test_a_theoretical_article_is_not_asked_about_its_evidence_or_facts():
    # the essay's explanation alone in its paragraph: asked, weighed against the argument
    alone = ESSAY.replace(" The double role of morality", "\n\nThe double role of morality")
    alone = alone.replace(" We conclude that no market", "\n\nWe conclude that no market")
    alt = _alt(Q.generate(reading_from_text(alone)))
    assert alt
    assert "evidence" not in alt[0].text and "facts" not in alt[0].text
    assert "argument" in alt[0].text
    # the study (data of its own) is asked about its evidence
    study = _alt(Q.generate(reading_from_text(STUDY.replace("The differences between the ports are", "The rise is"))))
    assert study and "evidence" in study[0].text


def test_two_questions_never_ask_about_sentences_of_the_same_paragraph():
    qs = Q.generate(reading_from_text(ESSAY))
    main = [block_of(q.evidence[0]) for q in qs if q.evidence and "~" in q.evidence[0]]
    assert len(main) == len(set(main))
    # in separate paragraphs, both the conclusion and the explanation are asked about
    alone = ESSAY.replace(" We conclude that no market", "\n\nWe conclude that no market")
    both = Q.generate(reading_from_text(alone))
    assert _alt(both) and any("only a market" in q.text for q in both)
    assert not _alt(qs) or not any("only a market" in q.text for q in qs)


#: an essay with a measuring part: a result reported in a subsection of a part on how
#: the constructs were measured (no "Methods" title)
MEASURED = """\
# Introduction

This article asks whether the fear of dying grows with the time people expect to live on.

# Fear and the future

People who picture the world after their death think of it as a time without themselves. Such pictures make the fear of dying concrete.

# Operationalization of the constructs

We built two scales, one for the fear of dying and one for the orientation to the future, with ten items each.

# Validation of the scales

Both scales were given to 300 students in 2001 and to 200 retired teachers in 2002.

# Test of the model

The analysis of the results shows that the fear of dying is positively correlated with the fear of the future in both groups.

# Conclusion

We conclude that the fear of dying is a fear about the future of others as much as of oneself.
"""


def test_a_question_on_how_a_result_was_obtained_cites_where_the_measures_are():
    r = reading_from_text(MEASURED)
    found = [q for q in Q.generate(r) if Q.rule_of(q) == "finding"]
    assert found and "positively correlated" in found[0].text
    cited = {Q.block_of(e) for e in found[0].evidence}
    # the scales and the samples, described before the result
    assert {"p3", "p4"} <= cited
    # nothing on the measures before the result: nothing more cited than before
    plain = MEASURED.replace("# Operationalization of the constructs", "# What we built") \
                    .replace("# Validation of the scales", "# Who answered")
    found = [q for q in Q.generate(reading_from_text(plain)) if Q.rule_of(q) == "finding"]
    assert found and not {"p3", "p4"} & {Q.block_of(e) for e in found[0].evidence}


SLOGAN = """\
# Introduction

Parties have used the welfare state in every campaign since 1960. To call a term a battle cry is to say that a party uses it for the interests of its own voters only.

The welfare state was first written into law in 1950. Its budget grew in every decade after that.

Whoever calls the welfare state a battle cry claims that it serves no common good. I argue against this view in three steps.

# History

The term appeared in the debates of 1950. Parties used it in every campaign after 1960.

# Uses

Courts took it up in 1975. Unions used it in 1980.

# Conclusion

The courts and the unions gave the term a legal meaning. The welfare state is more than a battle cry, even though it remains contested.
"""


def test_a_title_question_cites_where_the_introduction_explains_the_titles_word():
    r = reading_from_text(SLOGAN)
    r.meta.title = "Is the welfare state only a battle cry?"
    arg = [q for q in Q.generate(r) if Q.rule_of(q) == "argument"]
    assert arg and "battle cry" in arg[0].text
    cited = {Q.block_of(e) for e in arg[0].evidence}
    # what "battle cry" means (p1) and the introduction's last word on it (p3)
    assert {"p1", "p3"} <= cited
    # the paragraph between, which does not use the word, is not the place
    assert "p2" not in cited


REVIEW = """\
# Introduction

The publication of Parties in the Varn Assembly (Lind et al., 2009) is a welcome event. The overarching argument running through this book is that the parties of the Assembly have become normal parties, competing on left and right. This book reviews twenty years of votes.

# Votes

The book shows that the parties vote together more often than before. This book also shows that regional blocs matter less.

# Roll calls

The book relies on roll calls, which this book treats as complete. Roll calls are recorded for a third of the votes only. Reading them as a sample of all votes is therefore problematic.

# Committees

The committees of the Assembly grew in number after 1995. The book describes how their chairs are chosen.

# Conclusion

On a final note, this book shows convincingly that politics in the Assembly has become normal.
"""


def test_a_reviews_verdict_question_cites_where_the_reviewer_has_reservations():
    r = reading_from_text(REVIEW)
    r.meta.title = "Assembly Politics as Normal?"
    arg = [q for q in Q.generate(r) if Q.rule_of(q) == "argument"]
    assert arg and "review" in arg[0].text and "convincing" in arg[0].text
    cited = {Q.block_of(e) for e in arg[0].evidence}
    assert "p3" in cited            # the reservation on roll calls
    assert "p2" not in cited and "p4" not in cited      # sections without one
    # the same text not as a review (no reviewed work, no "review" in the title): an
    # article's own "problematic" is not a reviewer's reservation
    essay = REVIEW.replace("The publication of Parties in the Varn Assembly (Lind et al., 2009) "
                           "is a welcome event. The overarching argument running through this "
                           "book is that", "I argue that").replace("This book reviews", "I review")
    essay = essay.replace("The book", "The record").replace("this book", "the record")
    arg = [q for q in Q.generate(reading_from_text(essay)) if Q.rule_of(q) == "argument"]
    assert not arg or "p3~3" not in arg[0].evidence


SIDES = """\
# Introduction

This article examines how Varnland and Ostmark saw the mediation of the river dispute.

# Before the talks

Pellonia delivered pumps to Varnland on credit for twenty years, and Varnland paid for none of them.

Ostmark watched the deliveries of pumps with alarm and protested to Pellonia twice.

Varnland asked Pellonia three times to send engineers to its dams, and Pellonia refused each time.

# The fishing quotas

The quotas were set in 2004 and revised in 2010. The fishermen of the delta protested against them.

# The talks

Both sides were disappointed by the mediator. While Ostmark mainly criticizes Pellonia for delivering pumps to Varnland, Varnland complains that Pellonia refused to send engineers to its dams.

# Conclusion

We conclude that the mediation failed because each side expected a different service from Pellonia.
"""


def test_a_contrast_question_cites_where_each_sides_facts_are_set_out():
    r = reading_from_text(SIDES)
    cs = [q for q in Q.generate(r) if Q.rule_of(q) == "contrast"]
    assert cs and "Ostmark" in cs[0].text and "Varnland" in cs[0].text
    cited = {Q.block_of(e) for e in cs[0].evidence}
    assert "p6" in cited                 # the contrast quoted
    # each side's grievance where it is set out earlier: the pumps delivered to Varnland,
    # Ostmark's protest, the engineers refused to Varnland
    assert {"p2", "p3", "p4"} <= cited
    assert "p5" not in cited             # the quotas: nothing on either side's grievance
