"""JUDGE10, the questions' number and the handout: two parts the article sets side by
side compared, an explanation of a body section weighed against another, a study's
evidence asked about from the sentence that names it; each task once in the reader."""

from __future__ import annotations

from coursepack import model, questions as Q

from .articles import reading_from_text

#: an invented article with two parts set side by side ("… upstream", "… downstream")
TWO_PARTS = """\
# Introduction

This article compares how the farmers along the Varn river organised their irrigation after the drought of 1990. It argues that the cooperatives of the upper valley survived because they kept their own water courts.

# Irrigation cooperatives upstream

{up}

# Irrigation cooperatives downstream

{down}

# Conclusion

We conclude that the cooperatives upstream outlasted those downstream because their water courts settled quarrels before they reached the state. The cooperatives downstream depended on the ministry, which withdrew its engineers in 1998.
"""

UP = " ".join(f"In the upper valley the cooperative of village {i} met every spring and its water "
              "court fixed the turns of irrigation for each family." for i in range(1, 16))
DOWN = " ".join(f"In the lower valley the cooperative of district {i} waited for the ministry's "
                "engineers, who fixed the turns of irrigation from the capital." for i in range(1, 16))


def _rule(qs, rule):
    return [q for q in qs if Q.rule_of(q) == rule]


def test_two_parts_set_side_by_side_are_compared():
    r = reading_from_text(TWO_PARTS.format(up=UP, down=DOWN))
    qs = Q.generate(r)
    comp = _rule(qs, "compare")
    assert len(comp) == 1
    q = comp[0]
    assert "“Irrigation cooperatives upstream”" in q.text and "“Irrigation cooperatives downstream”" in q.text
    assert q.text.endswith("?")
    secs = {s.title: s for s in r.sections}
    # where each part starts, and the conclusion's sentence naming both
    starts = [f"{secs[t].blocks[0].id}~1" for t in ("Irrigation cooperatives upstream",
                                                     "Irrigation cooperatives downstream")]
    assert q.evidence[:2] == starts
    concl = {b.id for b in secs["Conclusion"].blocks}
    assert any(Q.block_of(e) in concl for e in q.evidence[2:])
    # (a task apart from two people's positions, so that an article with both prints
    # both: JUDGE12, a 20-page article with three questions)
    assert Q.TASK_OF["compare"] != Q.TASK_OF["positions"]


def test_parts_too_short_or_not_parallel_are_not_compared():
    short = TWO_PARTS.format(up=UP[:300], down=DOWN[:300])
    assert not _rule(Q.generate(reading_from_text(short)), "compare")
    # a second thing joined to the first ("… and the state"), not a side of its own
    joined = TWO_PARTS.format(up=UP, down=DOWN).replace(
        "# Irrigation cooperatives downstream", "# Irrigation cooperatives and the state")
    assert not _rule(Q.generate(reading_from_text(joined)), "compare")


#: a body section explains what it found; the article weighs no objection
EXPLAINED = """\
# Introduction

This article examines the ports of Varnland after the reform of 1995.

# Traffic in the ports

Traffic in the three largest ports doubled between 1995 and 2005. The rise in traffic is mainly due to the merger of the port authorities, which cut the fees for shipowners. The smaller ports lost a third of their traffic in the same years.

# Conclusion

We conclude that the reform made the ports of Varnland cheaper to use but weakened the smaller ports.
"""


def test_an_explanation_in_a_body_section_is_weighed_against_another():
    r = reading_from_text(EXPLAINED)
    alt = [q for q in _rule(Q.generate(r), "counter") if "In the section" in q.text]
    assert len(alt) == 1
    q = alt[0]
    assert "“Traffic in the ports”" in q.text and "mainly due to the merger" in q.text
    # the sentence, and its section whole (short): where the evidence for and against is
    sec = next(s for s in r.sections if s.title == "Traffic in the ports")
    assert q.evidence[0] == f"{sec.blocks[0].id}~2"
    assert sec.blocks[0].id in q.evidence


SURVEYED = """\
# Introduction

This article examines the political attitudes of students in Varnland. The project was based on a survey of students at four universities of Varnland in 2010. It covered a sample of 900 respondents.

# Findings

{findings}

# Conclusion

We conclude that the students of Varnland trust institutions that stand apart from party politics.
"""


FINDINGS = " ".join(f"Of the respondents in group {i}, most trusted the courts more than the "
                    "parliament, and the respondents of the capital voted more often." for i in range(1, 6))


def test_a_survey_without_a_sampling_sentence_is_asked_about_from_the_sentence_naming_it():
    r = reading_from_text(SURVEYED.format(findings=FINDINGS))
    src = _rule(Q.generate(r), "sources")
    assert len(src) == 1
    assert "“The project was based on a survey of students at four universities" in src[0].text
    # and where the article says who took part
    intro = r.sections[0].blocks[0].id
    assert f"{intro}~3" in src[0].evidence


def test_the_reader_asks_each_task_once_and_the_handout_carries_the_readers():
    r = reading_from_text(TWO_PARTS.format(up=UP, down=DOWN))
    qs = Q.generate(r)
    reader = Q.select_for_reader(qs)
    tasks = [Q.TASK_OF.get(Q.rule_of(q)) for q in reader]
    assert len(tasks) == len(set(tasks)) == len({Q.TASK_OF.get(Q.rule_of(q)) for q in qs})
    assert Q.select_for_handout(reader, n=len(reader)) == reader


OFFICIAL = """\
# Introduction

This article examines the policy of Ostmark towards the dispute over the Varn river after 2015. It argues that Ostmark's mediation served its own trade in electricity.

# Ostmark's mediation

In 2016 the Foreign Minister Irena Kos invited both delegations to talks in Rovna. {name} stated that Ostmark had no interest of its own in the river. According to {name}, the talks were the only way to prevent a war over water. The talks produced a joint commission, which met twice.

# The agreement

In 2019 {name} said that the agreement would guarantee a fair share of water to both states. Ostmark kept the right to chair the dispatch centre for five years.

# Conclusion

We conclude that Ostmark's mediation served its commercial interests.
"""


def test_an_office_holders_statements_reported_again_and_again_are_a_source_to_weigh():
    r = reading_from_text(OFFICIAL.format(name="Foreign Minister Kos"))
    src = [q for q in _rule(Q.generate(r), "sources") if "Kos" in q.text]
    assert len(src) == 1
    q = src[0]
    # a statement of what the speaker holds, quoted whole; every statement cited
    assert "“According to Foreign Minister Kos, the talks were the only way" in q.text or \
        "“Foreign Minister Kos stated that Ostmark had no interest" in q.text
    assert len(q.evidence) == 3
    # an analyst's views are positions to compare, not the word of one who speaks for a policy
    r2 = reading_from_text(OFFICIAL.format(name="Jonas Pereira"))
    assert not [q for q in _rule(Q.generate(r2), "sources") if "Pereira" in q.text]


MIGRANTS = """\
# Introduction

This article examines the fathers of Varnland who migrated to the coast. We interviewed twenty fathers and their sons in 2010 about their interviews with the port authorities, and each interview lasted two hours; the interviewees were recruited through parishes.

# The life course of the fathers

The fathers came to the coast as young men. Since the parish forbade long engagements, marriage was expected to follow the engagement within a year. In deciding to marry they had to find suitable rooms near the docks. The docks paid by the day.

# The life course of the sons

The sons stayed at school until they were eighteen. Most of the sons found work in offices.

# Discussion

For religious reasons, marriage followed closely on the engagement and, because of low wages, was accompanied by difficulties finding suitable rooms.

# Conclusion

We conclude that the migration of the fathers shaped the lives of their sons.
"""


def test_an_explanation_of_two_facts_cites_where_the_body_sets_out_each():
    r = reading_from_text(MIGRANTS)
    alt = [q for q in _rule(Q.generate(r), "counter") if "For religious reasons" in q.text]
    assert len(alt) == 1
    fathers = next(s for s in r.sections if s.title == "The life course of the fathers")
    b = fathers.blocks[0].id
    # the engagement's sentence and the rooms' sentence, not a sentence on the sons
    assert f"{b}~2" in alt[0].evidence and f"{b}~3" in alt[0].evidence
    sons = {x.id for x in next(s for s in r.sections if s.title == "The life course of the sons").blocks}
    assert not any(Q.block_of(e) in sons for e in alt[0].evidence)


TYPOLOGY = """\
# Introduction

This article asks how trust enters the trade of the river ports of Varnland. It argues that no market of the ports is ever only a market. Barter and credit are discussed below.

# A typology of trust in the ports

Trust can enter the trade of the ports in two forms.

## Barter

By barter I refer to an exchange of goods for goods that both traders settle on the same day. {barter} Barter shapes the quays of the small ports.

## Credit

Credit is defined by a promise to pay later that binds the buyer to the seller for a season. {credit} Credit shapes the warehouses of the large ports.

# Conclusion

We conclude that barter and credit both bind traders, but only credit binds them over time.
"""


def test_two_concepts_defined_in_sibling_sections_are_compared():
    filler = " ".join(f"In the port of Tessen {i} the traders met at dawn." for i in range(12))
    gl = [model.GlossaryTerm("barter", "barter", "An exchange of goods for goods that both "
                             "traders settle on the same day", reviewed=False, evidence=["p3"]),
          model.GlossaryTerm("credit", "credit", "A promise to pay later that binds the buyer "
                             "to the seller for a season", reviewed=False, evidence=["p4"])]
    r = reading_from_text(TYPOLOGY.format(barter=filler, credit=filler), glossary=gl)
    qs = Q.generate(r)
    comp = [q for q in _rule(qs, "compare") if "“barter”" in q.text and "“credit”" in q.text]
    assert len(comp) == 1
    q = comp[0]
    assert "“A typology of trust in the ports”" in q.text
    secs = {s.title: s for s in r.sections}
    # where the heading introduces them, each definition, the conclusion naming both
    assert Q.block_of(q.evidence[0]) == secs["A typology of trust in the ports"].blocks[0].id
    assert {Q.block_of(e) for e in q.evidence} >= {secs["Barter"].blocks[0].id,
                                                   secs["Credit"].blocks[0].id,
                                                   secs["Conclusion"].blocks[0].id}


REVIEW = """\
# Introduction

This review discusses the book by Lund on the ports of Varnland. The book argues that the merger of 1995 made the ports efficient. The book is based on the accounts of the port authorities.

# Traffic

The book shows that traffic doubled after the merger. The book measures traffic by the tonnage the port authorities report.

# Wages

The book devotes a chapter to wages. Although capturing the broad lines of the reform, the efficiency explanation inadequately explains why wages fell in the small ports. The book does not ask the dock workers.

# Conclusion

The book remains the standard account of the reform of the ports.
"""


def test_a_review_weighs_one_of_its_own_objections_quoted():
    r = reading_from_text(REVIEW)
    qs = Q.generate(r)
    counter = [q for q in _rule(qs, "counter") if q.text.startswith("The review objects")]
    assert len(counter) == 1
    assert "“Although capturing the broad lines of the reform, the efficiency explanation " \
           "inadequately explains why wages fell in the small ports.”" in counter[0].text
    wages = next(s for s in r.sections if s.title == "Wages").blocks[0].id
    assert counter[0].evidence[0] == f"{wages}~2"


def test_a_pinned_question_is_printed_even_when_its_task_is_asked_already():
    qs = [model.Question("argument-000001", "What does the article argue?", level="comprehension"),
          model.Question("positions-000002", "How do A and B differ?"),
          model.Question("contrast-000003", "Why do C and D differ?", pinned=True),
          model.Question("forecast-000004", "Was the forecast right?", level="evaluation")]
    reader = Q.select_for_reader(qs)
    # the pinned one, and the other compare question gives way to it
    assert [q.id for q in reader] == ["argument-000001", "contrast-000003", "forecast-000004"]
    qs[1].pinned = True
    reader = Q.select_for_reader(qs)
    assert len(reader) == 4              # the instructor's pins: both printed
    # the handout asks each task once (the one the instructor forces into it kept)
    qs[1].handout = True
    handout = Q.select_for_handout(reader)
    assert [q.id for q in handout] == ["argument-000001", "positions-000002", "forecast-000004"]


def test_an_interview_study_whose_body_lists_its_interviews_quotes_its_abstract():
    # JUDGE12: the sentence naming the interviews introduces a list ("… were interviewed:"):
    # no quotation to stand alone; the abstract's sentence naming them is asked about
    from .articles import reading_from_text
    text = """\
# Introduction

This article follows three families of dock workers over two generations. The data are drawn from a study in which thirty dock workers and their sons were interviewed:

twelve in Varnport, ten in Kassine and eight in Oldby. Each interview lasted two hours.

# Families

The fathers worked on the docks all their lives. The sons went to college, and most of them left the docks. The interviews with the sons were shorter than those with the fathers.

# Conclusion

The sons kept their fathers' work ethic but not their trade.
"""
    r = reading_from_text(text)
    r.abstracts = [model.Block("abs", [model.Text(
        "This article examines work and family over two generations of dock workers. The data "
        "are drawn from a study in which thirty dock workers and their sons were interviewed. "
        "The sons kept the work ethic of their fathers.")])]
    src = [q for q in Q.generate(r) if Q.rule_of(q) == "sources"]
    assert src and "“The data are drawn from a study in which thirty dock workers" in src[0].text
    assert src[0].evidence[0] == "abstract-1~2"
