"""JUDGE9's incomplete references and bad fits, on invented articles whose truth is
known: a question on the steps of the argument cites every step between the
introduction and the conclusion (not a section on the study's own limits); a
question on how far a study's results reach cites where the article says so itself;
a borrowed concept's question cites where the article explains with it; a claim the
article opens with and only restates at the end is not called its conclusion; two
theorists' positions are not "remarks"; of two questions on one task the handout
keeps the one that quotes the article."""

from __future__ import annotations

from coursepack import model, questions as Q

from .articles import reading_from_text


def _rule(qs, rule):
    return [q for q in qs if Q.rule_of(q) == rule]


def _section_of(r, ref):
    b = Q.block_of(ref)
    return next(s.title for s in r.sections if any(x.id == b for x in s.blocks))


def _para(topic: str, n: int) -> str:
    """A paragraph of about ``n`` words on ``topic`` (invented, plain)."""
    words = (f"The {topic} changed in the following years, and the records of the port "
             "agency show how the change came about in each of the harbours. ").split()
    return " ".join((words * (n // len(words) + 1))[:n]) + "."


STEPS = """\
# Introduction

This article argues that the merger of the port authorities of Varnland made the ports cheaper to use but weakened their workers.

# Fees

{fees}

# Traffic

{traffic1}

{traffic2}

{traffic3}

{traffic4}

# Labour

{labour}

# Limitations of the present study

A major limitation is that only the records of the agency were read.

# Conclusion

We conclude that the merger of the port authorities made the ports of Varnland cheaper to use but weakened the bargaining power of their workers.
"""


def _steps_reading():
    return reading_from_text(STEPS.format(
        fees=_para("fees", 60), traffic1=_para("traffic", 150), traffic2=_para("traffic", 150),
        traffic3=_para("traffic", 150), traffic4=_para("traffic", 150), labour=_para("labour", 80)))


def test_the_argument_question_cites_where_each_step_starts():
    # (a long body: steps of 700-word paragraphs)
    r = reading_from_text(STEPS.format(
        fees=_para("fees", 700), traffic1=_para("traffic", 700), traffic2=_para("traffic", 700),
        traffic3=_para("traffic", 700), traffic4=_para("traffic", 700), labour=_para("labour", 700)))
    arg = _rule(Q.generate(r), "argument")[0]
    cited = [_section_of(r, e) for e in arg.evidence]
    # each step of the argument, and the conclusion
    assert {"Fees", "Traffic", "Labour", "Conclusion"} <= set(cited)
    # not the section on the study's own limits, nor the introduction
    assert "Limitations of the present study" not in cited
    assert "Introduction" not in cited
    # a step is cited where it starts, its first sentence, not paragraph after paragraph
    # (JUDGE10: a whole range "gives the student no help in finding the passage")
    for title in ("Fees", "Traffic", "Labour"):
        first = next(s for s in r.sections if s.title == title).blocks[0].id
        assert [e for e in arg.evidence if _section_of(r, e) == title] == [f"{first}~1"]
    # the sections the question sends the students to, in the order of the article
    titles = {s.id: s.title for s in r.sections}
    assert [titles[s] for s in arg.sections] == ["Fees", "Traffic", "Labour", "Conclusion"]


def test_the_argument_question_never_names_a_limitations_section_as_a_step():
    r = _steps_reading()
    for q in Q.generate(r):
        assert "“Limitations" not in q.text, q.text


SURVEY = """\
# Introduction

This paper asks whether first-year students in Varnland trust their city councils. We tested this with a survey.

# Methods

The sample of 240 respondents was drawn at random from the register of students of two universities. The respondents were asked to fill in a questionnaire of twenty items. The questionnaire was given to the respondents in their first month. Respondents were asked about their trust in the city council, and the sample was weighted by sex. Of the respondents, 180 returned the questionnaire.

# Results

The results show that trust in the city councils was lower among students who had moved from the countryside.

# Discussion

Earlier surveys found the same pattern among older voters (Lind 2001), whose results were limited to one region.

Trust in local government is learned early. Generalization of these findings is limited to students of the two universities, since the sample was not drawn from the whole population.

# Conclusion

Students who moved from the countryside trust their city councils less than those who grew up in a city.
"""


def test_how_far_a_survey_reaches_cites_the_articles_own_word_on_it():
    r = reading_from_text(SURVEY)
    src = _rule(Q.generate(r), "sources")
    assert src and "generalised beyond this sample" in src[0].text
    # the sentence in which the article limits its own results, not a cited study's
    own = next(b.id for s in r.sections if s.title == "Discussion" for b in s.blocks
               if "Generalization" in model.plain_text(b.inlines))
    cited_study = next(b.id for s in r.sections if s.title == "Discussion" for b in s.blocks
                       if "Lind 2001" in model.plain_text(b.inlines))
    blocks = {Q.block_of(e) for e in src[0].evidence}
    assert own in blocks and cited_study not in blocks
    # without that sentence: nothing of the discussion is cited
    r2 = reading_from_text(SURVEY.replace(
        "Generalization of these findings is limited to students of the two universities, "
        "since the sample was not drawn from the whole population.", "It matters for democracy."))
    src2 = _rule(Q.generate(r2), "sources")
    assert src2 and not any(_section_of(r2, e) == "Discussion" for e in src2[0].evidence)


TEMPO = """\
# Introduction

The aim of this article is to relate the fear of old age to the way people see their own time.

# Temporal orientation

According to the definition given by Marek (1990), temporal orientation is the preferential orientation of an individual towards the past, the present or the future. Temporal orientation differs between the young and the old.

# Method

The sample of 300 adults was drawn at random from the register of Varnland. We measured temporal orientation with a scale of twelve items.

# Results

The results show that the fear of old age was highest among the adults who live alone.

# Interpretation of the results

The link with temporal orientation is the key to the fear of old age: those who look back fear the years ahead.

# Conclusion

The fear of old age belongs to the way people see their own future.
"""


def test_a_borrowed_concept_cites_where_the_article_explains_with_it():
    term = model.GlossaryTerm("temporal-orientation", "temporal orientation",
                              "The preferential orientation of an individual towards the past, "
                              "the present or the future.", reviewed=False, evidence=["p2"])
    r = reading_from_text(TEMPO, [term])
    con = [q for q in _rule(Q.generate(r), "concept") if "temporal orientation" in q.text]
    assert con, [q.text for q in Q.generate(r)]
    cited = [_section_of(r, e) for e in con[0].evidence]
    assert "Interpretation of the results" in cited
    assert "results" in con[0].text
    # a finding another question quotes is about it: the concept's question would lead to
    # the same interpretation of the same results, and is not asked
    r2 = reading_from_text(TEMPO.replace(
        "was highest among the adults who live alone",
        "was positively correlated with an orientation towards the past"), [term])
    qs2 = Q.generate(r2)
    assert any("orientation towards the past" in q.text for q in _rule(qs2, "finding"))
    assert not [q for q in _rule(qs2, "concept") if "temporal orientation" in q.text]


POINTS_BACK = """\
# Introduction

The Varn basin has three riparian states. Our basic argument is that each of them balances between the basin council and its neighbours.

# The general context

The basin council was founded in 1987. It has met every year since.

# Small steps

The small states won concessions one by one. Each concession was modest.

# Subsidiarity

Let us mention that the subsidiarity logic does not contradict our argument put forward in the beginning of the article: the riparian states will define their strategies in accordance with the general context of the basin and with their priorities at each level.
"""


def test_a_claim_the_article_only_restates_at_the_end_is_not_called_its_conclusion():
    r = reading_from_text(POINTS_BACK)
    arg = _rule(Q.generate(r), "argument")
    assert arg
    assert "conclude" not in arg[0].text
    assert "at the outset, and restates at the end" in arg[0].text
    # where it is first put forward is cited too
    assert any(_section_of(r, e) == "Introduction" for e in arg[0].evidence)


THEORISTS = """\
# Introduction

Merit is a contested principle of justice.

# Two critics

John Rawls argues that natural talents are undeserved and cannot ground a claim to higher pay. Friedrich Hayek holds that the market rewards success, not merit, and that nobody can measure merit.

# Conclusion

We conclude that the principle of merit is attacked from both sides of the debate on justice.
"""


def test_two_theorists_positions_are_not_remarks_but_what_was_said_is():
    r = reading_from_text(THEORISTS)
    pos = [q for q in _rule(Q.generate(r), "positions") if "Rawls" in q.text and "Hayek" in q.text]
    assert pos
    assert "remarks" not in pos[0].text
    assert "views of" in pos[0].text or "positions of" in pos[0].text
    said = THEORISTS.replace("John Rawls argues that", "John Rawls said in an interview that")
    pos2 = [q for q in _rule(Q.generate(reading_from_text(said)), "positions")
            if "Rawls" in q.text and "Hayek" in q.text]
    assert pos2 and "remarks" in pos2[0].text


def test_the_handout_keeps_the_question_that_quotes_the_article():
    named = model.Question("counter-aaaaaa", "What do the critics A and B object, and how "
                           "does the author answer them?", level="evaluation",
                           sections=["s1"], evidence=["p1"])
    quoted = model.Question("counter-bbbbbb", "The reply takes up this objection: “My "
                            "contextualism will end in pure pragmatism, so the critic says.” How "
                            "does the author meet it?", level="evaluation",
                            sections=["s1"], evidence=["p2"])
    assert Q.select_for_handout([named, quoted]) == [quoted]
    # (a quotation of a term alone is no passage of the article)
    term = model.Question("counter-cccccc", "What does the author mean by “pragmatism”, and "
                          "how does the reply answer the critics?", level="evaluation",
                          sections=["s1"], evidence=["p3"])
    assert Q.select_for_handout([named, term]) == [named]


def test_a_question_that_leans_on_another_is_printed_only_with_it():
    named = model.Question("counter-aaaaaa", "What do the critics A and B object, and how "
                           "does the author answer them?", level="evaluation",
                           sections=["s1"], evidence=["p1"])
    third = model.Question("counter-bbbbbb", "The reply also takes up a third objection: “My "
                           "contextualism will end in pure pragmatism, so the critic says.” How "
                           "does the author meet it?", level="evaluation",
                           sections=["s1"], evidence=["p2"])
    assert Q.antecedent(third, [named, third]) is named
    assert Q.antecedent(named, [named, third]) is None
    # (JUDGE10: the handout printed "The reply also takes up a third objection" without
    # the question on the first two)
    assert Q.select_for_handout([named, third]) == [named, third]
    assert Q.select_for_handout([named, third], n=1) == [named]
    other = model.Question("forecast-cccccc", "The author expects: “Prices will rise.” Was the "
                           "author right?", level="evaluation", sections=["s2"], evidence=["p4"])
    for pool in ([named, third, other], [named, other, third], [other, named, third]):
        got = Q.select_for_handout(pool, n=2)
        assert len(got) == 2 and (third not in got or named in got)


def test_an_expectation_the_author_states_as_such_is_a_forecast_wherever_it_stands():
    text = ("# Introduction\n\nThe Varn basin has three riparian states.\n\n# Priorities\n\n"
            "The states rank their goals differently. In general, it can be expected that the "
            "riparian states will follow different and contradictory strategies towards the basin "
            "council.\n\n# Conclusion\n\nWe conclude that the basin council matters less than its "
            "members' own priorities.")
    qs = _rule(Q.generate(reading_from_text(text)), "forecast")
    assert qs and "will follow different and contradictory strategies" in qs[0].text
    # a possibility one entertains is no forecast
    maybe = text.replace("In general, it can be expected that the riparian states will follow",
                         "If one believes the critics, the riparian states will follow")
    assert not _rule(Q.generate(reading_from_text(maybe)), "forecast")


def test_an_acronym_is_an_institution_not_a_person_whose_views_are_asked_about():
    # ("Russia-the EU" elsewhere made it a person with a full name, en-25468)
    text = ("# Introduction\n\nThe basin council was founded in 1987. The Russia-the EU summit "
            "of 2007 failed.\n\n# Views\n\n"
            "The EU argued that the basin council should meet twice a year. "
            "Tomas Berg argues that the council failed because nobody enforced its quotas.\n\n"
            "# Conclusion\n\nWe conclude that the council failed for want of a body to enforce "
            "its quotas.")
    qs = Q.generate(reading_from_text(text))
    assert not any("EU" in q.text for q in _rule(qs, "positions"))
    assert any("Tomas Berg" in q.text for q in _rule(qs, "positions"))


EXPLAINED = """\
# Introduction

This article examines why the harbour workers of Varnland joined the new union after 1995.

# The union

Membership of the harbour union rose from 2,000 in 1995 to 9,000 in 2005. Most new members worked in the three largest ports.

# The ports

The three largest ports lost their old wage agreements when the port authorities were merged in 1995.

# Discussion

The rise of the harbour union is due to the fact that the merger of the port authorities ended the old wage agreements in the largest ports.

# Conclusion

We conclude that the harbour union of Varnland grew into the largest union of the coast within ten years.
"""


def test_the_articles_own_explanation_is_asked_for_an_alternative_with_the_body_cited():
    r = reading_from_text(EXPLAINED)
    alt = [q for q in _rule(Q.generate(r), "counter") if "other explanation" in q.text]
    assert alt and "“The rise of the harbour union is due to the fact that" in alt[0].text
    # the explanation's page, and the body where the evidence to rule the rival out is
    cited = {_section_of(r, e) for e in alt[0].evidence}
    assert {"Discussion", "The union", "The ports"} <= cited
    # a description without an explanation: no such question
    plain = EXPLAINED.replace("is due to the fact that the merger of the port authorities ended",
                              "came in the years after the merger of the port authorities, which ended")
    assert not [q for q in _rule(Q.generate(reading_from_text(plain)), "counter")
                if "other explanation" in q.text]
    # an explanation another author gives (a citation in it) is not the article's own
    cited_view = EXPLAINED.replace("in the largest ports.\n", "in the largest ports (Lind 2001).\n")
    assert not [q for q in _rule(Q.generate(reading_from_text(cited_view)), "counter")
                if "other explanation" in q.text]


def test_one_article_never_asks_two_questions_in_the_same_wording():
    w = Q.Wordings("en", "An invented article")
    a = w("concept_defined", term="“cooperation”", definition="A set of promises.", pick=1)
    b = w("concept_defined", term="“altruism”", definition="A self-commitment.", pick=1)
    assert a.split("“")[0] != b.split("“")[0] or a.split("”")[-1] != b.split("”")[-1]
    # the second falls back on a general wording, not on one meant for a particular
    # kind of article (a study that measures the concept: index 2)
    assert "measure" not in b


REPORT = """\
# Introduction

This report surveys the statistics on the harbours of Varnland.

# The data

The port agency publishes the tonnage of every port each month. The ministry counts the harbour workers once a year.

# Gaps in the data

No source records the wages of the harbour workers. The small ports report their tonnage only once a year.

# Recommendations

The ministry should record the wages of the harbour workers in its yearly count.
"""


def test_a_reports_gaps_are_weighed_against_its_proposals():
    r = reading_from_text(REPORT)
    q = [x for x in Q.generate(r) if "names gaps" in x.text]
    assert q and "“Gaps in the data”" in q[0].text and "“Recommendations”" in q[0].text
    assert {_section_of(r, e) for e in q[0].evidence} == {"Gaps in the data", "Recommendations"}
    # a section on the study's own limitations is no gap of what the article surveys
    limits = REPORT.replace("# Gaps in the data", "# Limitations and gaps of this study")
    assert not [x for x in Q.generate(reading_from_text(limits)) if "names gaps" in x.text]
    # proposals before the gaps: nothing to weigh them against
    swapped = REPORT.replace("# Recommendations", "# Tonnage").replace(
        "# The data", "# Recommendations")
    assert not [x for x in Q.generate(reading_from_text(swapped)) if "names gaps" in x.text]


def test_a_short_body_is_cited_page_by_page():
    # JUDGE12: a 9-page article's central section cited only where its answer is: a body
    # of a few pages is one reading, cited paragraph by paragraph (every page of it)
    r = _steps_reading()
    arg = _rule(Q.generate(r), "argument")[0]
    traffic = [b.id for s in r.sections if s.title == "Traffic" for b in s.blocks]
    cited = [b in arg.evidence for b in traffic]
    # (its first paragraph, and never two in a row left out: less than a page between)
    assert len(traffic) == 4 and cited[0] and not any(
        not a and not b for a, b in zip(cited, cited[1:]))
