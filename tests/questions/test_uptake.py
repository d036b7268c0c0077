"""JUDGE8's incomplete references and presuppositions, on invented articles: a cited
view's question cites where the author takes the view up later; a finding the
conclusion never speaks of is not asked about as what the conclusion rests on; an
empirical article's question on its argument cites the results behind its
conclusion, and another question may still quote them."""

from __future__ import annotations

import re

from coursepack import questions as Q

from .articles import reading_from_text


def _rule(qs, rule):
    return [q for q in qs if Q.rule_of(q) == rule]


BRIDGES = """\
# Introduction

This article studies coalitions between unions and environmental groups in Varnland.

# Cases

Tomas Berg argues that such coalitions depend on bridge builders who have worked in both movements. Unions and environmental groups met in the port campaign of 2001.

# Other cases

The campaign against the dam of 2004 brought farmers and fishers together. It failed after a year.

# Leadership

{later}

# Conclusion

Coalitions in Varnland grew stronger after 2000.
"""


def test_a_cited_view_cites_where_the_author_takes_it_up_later():
    r = reading_from_text(BRIDGES.format(
        later="At the local level, bridge builders with experience of both movements made the port campaign possible."))
    pos = _rule(Q.generate(r), "positions")
    assert pos and "Tomas Berg" in pos[0].text
    assert "p4~1" in pos[0].evidence        # the author’s own uptake, two sections on


def test_a_cited_view_the_article_does_not_return_to_cites_its_paragraph_only():
    r = reading_from_text(BRIDGES.format(
        later="The unions of the north were led by dockers who had lost their jobs in 1999."))
    pos = _rule(Q.generate(r), "positions")
    assert pos
    assert all(Q.block_of(e) == "p2" for e in pos[0].evidence)


def test_a_holder_named_again_only_in_a_citation_is_no_uptake():
    r = reading_from_text(BRIDGES.format(
        later="Later campaigns drew on many different groups (Berg 2003; Lund 2004)."))
    pos = _rule(Q.generate(r), "positions")
    assert pos and all(Q.block_of(e) == "p2" for e in pos[0].evidence)


SCHOOLS = """\
# Introduction

The aim of this study is to find out how pupils in Varnland judge their schools.

# Results

Our results show that pupils in small schools rated their teachers significantly higher than pupils in large schools. Pupils in both kinds of school liked their sports lessons.

# Conclusion

{end}
"""


def test_a_finding_is_tied_to_the_conclusion_only_when_the_conclusion_takes_it_up():
    tied = _rule(Q.generate(reading_from_text(SCHOOLS.format(
        end="Small schools in Varnland win the trust of their pupils more easily than large schools do, "
            "and their teachers are rated higher."))), "finding")
    assert tied and "conclusion" in tied[0].text and len(tied[0].evidence) == 2
    loose = _rule(Q.generate(reading_from_text(SCHOOLS.format(
        end="The ministry of Varnland should publish the budgets of its regions every year."))),
        "finding")
    assert loose and "“Our results show that pupils in small schools" in loose[0].text
    assert "conclusion" not in loose[0].text        # no presupposed link (JUDGE8)
    assert loose[0].evidence == ["p2~1"]


TRIAL = """\
# Introduction

Do pupils work harder in pairs than alone? Earlier studies compared pairs with pupils who worked beside others.

# Method

Sixty pupils of Varnland solved puzzles alone or in pairs.

# Results

Pupils working in pairs solved more puzzles than pupils working alone, t(58) = 2.41, p < .05. The pairs also reported more enjoyment of the puzzles.

Boys and girls did not differ in the number of puzzles solved.

# Discussion

Pupils working in pairs solved more puzzles than pupils working alone, so pairing pupils raises their effort. Teachers in Varnland might pair weaker pupils with stronger ones.
"""


def test_the_argument_question_of_an_empirical_article_cites_the_results_behind_its_conclusion():
    qs = Q.generate(reading_from_text(TRIAL))
    arg = _rule(qs, "argument")
    assert arg
    assert "p3~1" in arg[0].evidence        # the decisive result, on its page
    assert "p4~1" not in arg[0].evidence    # not the unrelated result
    # cited as support, the result may still be quoted by a question of its own
    fnd = _rule(qs, "finding")
    assert all(q.evidence[0] != "p4~1" for q in fnd)


HARBOURS = """\
# Introduction

This article examines the ports of Varnland between 1990 and 2010.

# Reform

In 1995 the government merged the port authorities into one agency. Traffic grew in every port.

# Conclusion

The merger made the ports of Varnland cheaper to use. {forecast} {after}
"""


def _forecasts(forecast, after="Smaller harbours lost most of their traffic to the large ones."):
    r = reading_from_text(HARBOURS.format(forecast=forecast, after=after))
    return _rule(Q.generate(r), "forecast")


def test_a_hedged_expectation_is_a_forecast_to_test():
    fs = _forecasts("Traffic in the ports will probably keep growing in the coming years.")
    assert fs and "will probably keep growing" in fs[0].text


def test_a_trend_stated_as_beyond_doubt_is_a_premise_not_a_forecast():
    assert not _forecasts("Traffic in the ports will undoubtedly keep growing in the coming years.")


def test_a_trend_the_next_sentence_draws_a_consequence_from_is_a_premise():
    assert not _forecasts("Traffic in the ports will probably keep growing in the coming years.",
                          "More money must therefore be spent on the harbour railways.")


def test_a_last_section_on_the_future_is_cited_whole_as_a_conclusion():
    from .test_answer_spans import PORTS
    for title in ("# Future Requirements and Perspectives", "# Outlook"):
        arg = _rule(Q.generate(reading_from_text(PORTS.replace("# Conclusion", title))), "argument")
        assert arg and {"p3", "p4"} <= set(arg[0].evidence), title
    # a last section titled as one more step is still not widened (test_answer_spans)
    arg = _rule(Q.generate(reading_from_text(PORTS.replace("# Conclusion", "# Ports in practice"))),
                "argument")
    assert arg and "p3" not in arg[0].evidence


FAMILIES = """\
# Introduction

This paper follows three generations of migrant families in Varnland.

# The life course of the grandfathers

The grandfathers left school early and worked on the docks. They sent their children to church schools because they could not help with homework.

# The life course of the fathers

The fathers finished school and found office jobs. Few of them sent their own children to church schools, and most helped with homework.

# Conclusion

Migration shaped the schooling of three generations of these families. Unable to help with homework, the grandfathers relied on church schools to educate their children. Church schools gave the children of the grandfathers a start that the grandfathers themselves never had. The fathers rose into office jobs but kept much of the grandfathers' view of fatherhood.
"""


def test_the_other_section_set_in_parallel_is_named_not_called_another_case():
    apply = _rule(Q.generate(reading_from_text(FAMILIES)), "apply")
    assert apply
    t = apply[0].text
    assert "the other case" not in t        # generations of one family are no "other case"
    assert "for the fathers" in t and "“The life course of the fathers”" in t
    # the fathers' own section, where the answer is, is cited whole
    assert "p3" in apply[0].evidence


GERECHT = """\
# Einleitung

Der Beitrag fragt, was Leistungsgerechtigkeit in Varnland heute bedeutet.

# Leistung und Markt

Die Parteien berufen sich auf das Leistungsprinzip. In Karl Lunds Werk findet sich eine klare Absage an jede Verteilung nach Verdienst.¹ Die Fähigkeit zur Leistung sei unverdient.

{hayek} Löhne entstehen am Markt, nicht aus Verdiensten.

# Fazit

Leistungsgerechtigkeit bleibt im Zentrum des Konflikts um soziale Gerechtigkeit.
"""


def _gerecht(hayek: str, note: str = "Vgl. Karl Lund, Gerechtigkeit, Ostburg 1975; Anna Berg, Markt, Westburg 1960."):
    from coursepack import model
    r = reading_from_text(GERECHT.format(hayek=hayek))
    r.meta.languages = ["de"]
    r.footnotes = [model.Footnote(1, [model.Text(note)])]
    return r


def test_german_reported_views_are_read_and_set_side_by_side():
    for cue in ("Anna Berg zufolge sind Löhne kein Lohn für Leistung.",
                "Laut Anna Berg sind Löhne kein Lohn für Leistung.",
                "Anna Berg argumentiert, dass Löhne kein Lohn für Leistung sind.",
                "Löhne sind kein Lohn für Leistung, so Anna Berg."):
        pos = _rule(Q.generate(_gerecht(cue)), "positions")
        assert pos, cue
        assert "Karl Lund" in pos[0].text and "Anna Berg" in pos[0].text, cue
        assert {"p2", "p3"} <= {Q.block_of(e) for e in pos[0].evidence}


def test_a_capitalised_german_noun_is_no_person():
    # "Die Studie betont", "nach Berlin": no name the article cites
    pos = _rule(Q.generate(_gerecht("Die Studie betont, dass Löhne kein Lohn für Leistung sind.")),
                "positions")
    assert not pos
    # a name the article does not cite is not taken for a cited view
    pos = _rule(Q.generate(_gerecht("Laut Anna Berg sind Löhne kein Lohn für Leistung.",
                                    note="Vgl. Karl Lund, Gerechtigkeit, Ostburg 1975.")), "positions")
    assert not pos


def test_the_design_question_reads_the_methods_subsections():
    """A methods section whose text is all in its subsections ("Method" › "Participants
    and design", as in most journals) still yields the design question, quoting how the
    conditions were assigned and citing where the conditions are described."""
    from .test_kinds import EXPERIMENT
    text = EXPERIMENT.replace("# Method\n", "# Method\n\n# Participants and design\n")
    r = reading_from_text(text)
    for sec in r.sections:
        sec.level = 2 if sec.title == "Participants and design" else 1
    assert not next(x for x in r.sections if x.title == "Method").blocks
    src = [q for q in Q.generate(r) if Q.rule_of(q) == "sources"]
    assert src and "randomly assigned to one of four conditions" in src[0].text


CRITICS = """\
# Reply

I thank my discussants for their careful comments on my article. Before I respond to their criticisms, let me correct one misunderstanding.

Tomas Berg claims that I take a culturalist view of the practice. I do not: my view of culture is a material one.

Karla Lund believes that I ignore the pressure under which women choose. According to her I hold a non-relational view of autonomy.

Anna Vik’s main worry, which she shares with Karla Lund, is that my contextualism will end in pure pragmatism. Vik argues that philosophers must first decide what is right.

# Answers

My answer to Berg is that the law of Varnland treats all women alike.

Lund is right that pressure matters, but the policy I proposed protects women from it.

I do share Vik’s worry that contextualism risks a kind of casuistry, and I have no ready solution to it.

# Conclusion

In sum, the policy I proposed in my article respects the autonomy of women.
"""


def test_a_replys_third_critic_gets_a_question_with_the_authors_answer_cited():
    qs = Q.generate(reading_from_text(CRITICS))
    counter = _rule(qs, "counter")
    # (the two critics named: the compare task, the third's objection the counter-argument,
    # so that one task each keeps both in the reader and the handout)
    named = [q for q in _rule(qs, "positions") if "Tomas Berg" in q.text]
    third = [q for q in counter if "takes up this objection" in q.text]
    assert named and "Karla Lund" in named[0].text
    # where the author answers each named critic: the answer's paragraph to its end, which
    # may run on to the next page (JUDGE12: en-23004's reply ends on p. 214, uncited)
    answers = {b.id for s in reading_from_text(CRITICS).sections if s.title == "Answers"
               for b in s.blocks[:2]}
    assert answers <= set(named[0].evidence)
    assert third and "Anna Vik’s main worry" in third[0].text
    # a handout may print it alone: its wording leans on no other question (JUDGE10)
    assert not re.search(r"\b(also|third|further|another)\b", third[0].text.split("“")[0])
    # the objection and where the author last answers it (the one concession)
    assert Q.block_of(third[0].evidence[0]) == "p4"
    assert "p7" in third[0].evidence        # the answer's whole paragraph
    # a reply's critics are not set side by side as remarks that fit its account
    assert not any("remarks" in q.text for q in _rule(qs, "positions"))
    reader = Q.select_for_reader(qs)
    assert named[0] in reader and third[0] in reader


def test_a_forecast_is_quoted_with_the_authors_own_qualification_or_not_at_all():
    fs = _forecasts("Traffic in the ports will probably keep growing in the coming years.",
                    "However, the new port of Tessen may draw ships away from them.")
    assert fs and "in the coming years. However, the new port of Tessen" in fs[0].text
    assert len(fs[0].evidence) == 2
    long = ("However, the new port of Tessen, which the government of Varnland plans to open "
            "with the help of foreign investors and the regional council in the south of the "
            "country, may draw ships and cargo away from the old ports of the north.")
    assert not _forecasts("Traffic in the ports will probably keep growing in the coming years.", long)


def test_a_contrast_question_cites_where_the_article_gives_the_reason():
    text = ("# Introduction\n\nThis article examines the dispute between Veldora and Kassine.\n\n"
            "# Dams\n\nThe Tessen dam on the Varn cuts the water reaching the farms of Veldora in "
            "the dry season, while Kassine sells the power of the Tessen dam.\n\n"
            "# Positions\n\nWhile Veldora demanded a halt to the Tessen dam, Kassine insisted that "
            "the dam on the Varn was lawful.\n\n# Conclusion\n\nThe dispute over the river continues.")
    c = _rule(Q.generate(reading_from_text(text)), "contrast")
    assert c and "what in the article helps to explain the difference" in c[0].text
    assert c[0].evidence == ["p3~1", "p2~1"]


def test_the_design_question_of_an_experiment_cites_its_whole_procedure():
    from .test_kinds import EXPERIMENT
    text = EXPERIMENT.replace("Each of the participants generated uses for an object for twelve minutes.",
                              "Each of the participants generated uses for an object for twelve minutes.\n\n"
                              "Partners then exchanged messages that described their ability as high or low.")
    src = [q for q in Q.generate(reading_from_text(text)) if Q.rule_of(q) == "sources"]
    assert src and {"p2", "p3"} <= set(src[0].evidence)     # both paragraphs of the method
