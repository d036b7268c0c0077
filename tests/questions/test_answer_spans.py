"""JUDGE7's incomplete references, on invented articles whose truth is known: a
question cites the whole place of its answer (a conclusion of several paragraphs,
all of them, without the back matter printed under it; a finding quoted from the
discussion, the results subsection that reports its figures; an objection, the
paragraph after it where the author gives the verdict; a concept, the conclusion's
sentence that uses it), and nothing that does not carry it (a next paragraph on
another topic, a body section that shares words with a finding).  A definition
followed by "(Author Year)" is that author's; kinds never set side by side give no
comparison question."""

from __future__ import annotations

import re

from coursepack import model, questions as Q

from .articles import reading_from_text


def _rule(qs, rule):
    return [q for q in qs if Q.rule_of(q) == rule]


def _section_of(r, ref):
    b = Q.block_of(ref)
    return next(s.title for s in r.sections if any(x.id == b for x in s.blocks))


PORTS = """\
# Introduction

This article examines the reform of the port authorities of Varnland between 1990 and 2010. Ports had long been run by the cities, and each city set its own fees.

# Reform

In 1995 the government merged the port authorities into one agency. The agency cut fees, and traffic grew in every port. Harbour workers lost their old contracts.

# Conclusion

The reform had two faces. Fees fell in every port, and traffic grew by a third within five years, which the shipping lines welcomed.

The merger of the port authorities made the ports of Varnland cheaper to use but weakened the bargaining power of their workers. Later governments kept the single agency.

Acknowledgements We thank the archivists of the Varnland port agency for their help.
"""


def test_a_conclusion_of_several_paragraphs_is_cited_whole_without_its_back_matter():
    r = reading_from_text(PORTS)
    arg = _rule(Q.generate(r), "argument")[0]
    assert "“The merger of the port authorities" in arg.text
    # the quoted sentence first (its page), then every paragraph of the conclusion
    assert arg.evidence[0] == "p4~1"
    assert {"p3", "p4"} <= set(arg.evidence)
    # the acknowledgements and the author's note are not where the answer is
    assert "p5" not in arg.evidence
    # a conclusion not titled as one (the last body section standing in): not widened
    r2 = reading_from_text(PORTS.replace("# Conclusion", "# The reform in practice"))
    for q in _rule(Q.generate(r2), "argument"):
        assert "p3" not in q.evidence


STUDY = """\
# Introduction

This study compares pupils of small and large schools in Varnland. Our aim is to test whether school size changes how pupils rate their teachers.

# Method

We surveyed 1,200 pupils in 40 schools with a standard questionnaire.

# Results

# Ratings of teachers

The mean rating of teachers was 4.1 in small schools and 3.2 in large schools (t = 5.2, p < 0.001). The medians were 4.0 and 3.0.

# Ratings of sports lessons

Pupils in both kinds of school liked their sports lessons equally (means 3.9 and 3.8).

# Discussion

School size matters for pupils. We found that pupils in small schools rated their teachers significantly higher than pupils in large schools. The effect held in every region.

# Conclusion

Small schools keep the bond between pupils and teachers, which reformers who merge schools should weigh.
"""


def _study():
    r = reading_from_text(STUDY)
    for s in r.sections:
        if s.title.startswith("Ratings"):
            s.level = 2
    return r


def test_a_finding_quoted_from_the_discussion_cites_the_results_that_report_it():
    r = _study()
    finding = _rule(Q.generate(r), "finding")
    assert finding, [q.text for q in Q.generate(r)]
    f = finding[0]
    assert "rated their teachers significantly higher" in f.text
    assert _section_of(r, f.evidence[0]) == "Discussion"
    cited = {_section_of(r, e) for e in f.evidence}
    # the figures behind it: the results subsection on teachers' ratings
    assert "Ratings of teachers" in cited
    # not the subsection on sports lessons, which reports another result
    assert "Ratings of sports lessons" not in cited
    # without a results section, a body section sharing its words is not cited
    r2 = reading_from_text(STUDY.replace("# Results\n\n", "").replace(
        "# Ratings of teachers", "# Teachers").replace("# Ratings of sports lessons", "# Sports"))
    # (the methods section, where the result was obtained, is: JUDGE10)
    for q in _rule(Q.generate(r2), "finding"):
        assert all(_section_of(r2, e) in ("Discussion", "Conclusion", "Method")
                   for e in q.evidence), q.evidence


TRUST = """\
# Introduction

Earlier studies found that people work harder for a weak partner. The artifactual explanation holds that this comes from comparison with the partner, not from care for the group.

One counterargument to the artifactual explanation is that a similar pattern of results has been found when the partner was only described as unreliable.

These data are not decisive, however. The description of the partner may itself invite comparison, so the data do not rule out the artifactual explanation.

Coffee was served in the laboratory at every session.

# Experiment

Forty students worked with a partner described as reliable or unreliable, alone or in pairs.

# Conclusion

The gain in effort with an unreliable partner is real and not a comparison artifact.
"""


def test_an_objection_cites_the_paragraph_where_the_author_answers_it():
    r = reading_from_text(TRUST)
    counter = _rule(Q.generate(r), "counter")
    assert counter
    c = counter[0]
    assert Q.block_of(c.evidence[0]) == "p2"
    assert "p3" in c.evidence          # the verdict: "do not rule out"
    assert "p4" not in c.evidence      # the next paragraph, on another topic
    # the verdict in the objection's own paragraph: no paragraph after it cited
    r2 = reading_from_text(TRUST.replace(
        "only described as unreliable.\n\n", "only described as unreliable. These data are not "
        "decisive, however, since the description of the partner may itself invite comparison "
        "and so cannot rule out the artifactual explanation of the earlier results.\n\n"))
    c2 = _rule(Q.generate(r2), "counter")[0]
    assert "p3" not in c2.evidence


HABITUS = """\
# Introduction

This article examines how fathers pass on their ways of life to their sons in families of migrants.

# Approaches

Transmission varies by field. The notion of “family habitus” (Bourdieu 1990) denotes a set of dispositions related to particular practices which may lead to regularities in patterns of transmission across family generations. The family habitus shapes what sons expect of work.

# Fathers

The fathers worked long hours, and the family habitus of hard work was plain in their sons.

# Discussion

The family habitus of hard work outlasted migration, even where the occupations of the sons changed.
"""


def test_a_definition_with_author_and_year_after_the_term_is_that_authors():
    term = model.GlossaryTerm("family-habitus", "family habitus",
                              "A set of dispositions related to particular practices which may "
                              "lead to regularities in patterns of transmission across family "
                              "generations", reviewed=False, evidence=["p2"])
    r = reading_from_text(HABITUS, [term])
    concept = _rule(Q.generate(r), "concept")
    assert concept
    q = concept[0]
    # credited to Bourdieu in whichever wording ("… from Bourdieu (1990)", "Following Bourdieu (1990), …")
    assert re.search(r"\b(?:from|Following) Bourdieu \(1990\)", q.text), q.text
    assert not q.text.startswith(("The article describes", "The article characterises"))
    # where the concept does its work in the conclusion: cited too
    assert any(_section_of(r, e) == "Discussion" for e in q.evidence)
    assert Q.credited_to("I define death anxiety as a set of reactions (Urien, 2003).",
                         "death anxiety") == ""


def test_a_concept_the_article_never_uses_again_is_not_asked_about():
    """JUDGE8: "where does the article put the concept to work?" of a term that
    appears only in the paragraph defining it has no answer in the article."""
    term = model.GlossaryTerm("family-habitus", "family habitus",
                              "A set of dispositions related to particular practices which may "
                              "lead to regularities in patterns of transmission across family "
                              "generations", reviewed=False, evidence=["p2"])
    once = HABITUS.split("# Fathers")[0] + (
        "# Fathers\n\nThe fathers worked long hours.\n\n"
        "# Discussion\n\nWork outlasted migration, even where the occupations of the sons changed.\n")
    assert not _rule(Q.generate(reading_from_text(once, [term])), "concept")
    assert _rule(Q.generate(reading_from_text(HABITUS, [term])), "concept")


GERECHT = """\
# Einleitung

Um Gerechtigkeit wird gestritten. Die Leistungsgerechtigkeit belohnt, was einer leistet.

# Neue Gerechtigkeiten

Die Teilhabegerechtigkeit fragt, ob alle teilhaben können. Die Teilhabegerechtigkeit ist neu. Die Generationengerechtigkeit fragt nach den Kindern. Die Generationengerechtigkeit ist neu. Teilhabegerechtigkeit und Generationengerechtigkeit gehören zusammen.

# Leistung

Die Liberalen berufen sich auf die Leistungsgerechtigkeit. Die Leistungsgerechtigkeit wird oft mit Markterfolg verwechselt.

# Fazit

Über die Deutungen der Gerechtigkeit muss argumentativ gestritten werden.
"""


def test_kinds_the_article_never_sets_side_by_side_are_not_compared():
    r = reading_from_text(GERECHT)
    r.meta.languages = ["de"]
    r.meta.title = "Gerechtigkeit als Streitbegriff"
    assert not [q for q in Q.generate(r) if "unterscheidet" in q.text]
    # named together in one paragraph: compared, without presupposing that the
    # conclusion rests on one of them
    r2 = reading_from_text(GERECHT.replace(
        "Über die Deutungen", "Leistungsgerechtigkeit, Teilhabegerechtigkeit und "
        "Generationengerechtigkeit stehen nebeneinander. Über die Deutungen"))
    r2.meta.languages, r2.meta.title = ["de"], r.meta.title
    kinds = [q for q in Q.generate(r2) if "unterscheidet" in q.text]
    assert len(kinds) == 1
    assert "auf welcher dieser Formen beruht" not in kinds[0].text


def test_a_concept_not_in_the_conclusion_cites_the_section_that_works_with_it():
    text = HABITUS.replace("# Fathers", "# Measuring the family habitus").replace(
        "The family habitus of hard work outlasted", "Hard work outlasted")
    term = model.GlossaryTerm("family-habitus", "family habitus",
                              "A set of dispositions related to particular practices which may "
                              "lead to regularities in patterns of transmission across family "
                              "generations", reviewed=False, evidence=["p2"])
    r = reading_from_text(text, [term])
    q = _rule(Q.generate(r), "concept")[0]
    cited = [_section_of(r, e) for e in q.evidence]
    assert "Measuring the family habitus" in cited
    assert "Discussion" not in cited       # it does not name the concept there


REVIEW = """\
# Introduction

The publication of Parties in the Varn Assembly (Lind et al., 2009) is a welcome event. The overarching argument running through this book is that the parties of the Assembly have become normal parties, competing on left and right. This book reviews twenty years of votes.

# Votes

The book shows that the parties vote together more often than before. This book also shows that regional blocs matter less. The book relies on roll calls, which this book treats as complete.

# Conclusion

On a final note, this book shows convincingly that politics in the Assembly has become normal.
"""


def test_the_title_question_of_a_review_names_the_work_reviewed():
    r = reading_from_text(REVIEW)
    r.meta.title = "Assembly Politics as Normal?"
    arg = _rule(Q.generate(r), "argument")
    assert arg
    a = arg[0]
    assert a.text.startswith("The article is a review of Lind et al. (2009).")
    assert "“Assembly Politics as Normal?”" in a.text
    # where the review states the book's answer in its opening, and its verdict at the end
    cited = {_section_of(r, e) for e in a.evidence}
    assert cited == {"Introduction", "Conclusion"}
    assert "p1~2" in a.evidence


ASYL = """\
# I. Einführung

Der Beitrag vergleicht die Aufnahme von Flüchtlingen in zwei Staaten. Beide Staaten beriefen sich auf das Asylrecht.

# II. Asylrecht und Asylpolitik in Ostland

Ostland nahm politische Emigranten auf, wenn sie der Staatspartei nützten. Die Emigranten blieben in Ostland Fremde.

# III. Asylrecht und Asylpolitik in Westland

Westland nahm Flüchtlinge auf, solange die Wirtschaft Arbeitskräfte brauchte.

# IV. Fazit

In Ostland blieb die Aufnahme an die Zwecke der Staatspartei gebunden. Die Aufnahmepraxis in Westland war somit letztlich instrumentell orientiert.
"""


def test_another_case_is_only_the_other_case_the_article_examines():
    r = reading_from_text(ASYL)
    r.meta.languages = ["de"]
    apply = _rule(Q.generate(r), "apply")
    assert len(apply) == 1
    t = apply[0].text
    # (the conclusion's claim on Westland is the first question's: the sentence on Ostland)
    assert "„In Ostland blieb die Aufnahme an die Zwecke der Staatspartei gebunden.“" in t
    assert "Abschnitt „Asylrecht und Asylpolitik in Westland“" in t
    assert "den Sie kennen" not in t
    # where the conclusion speaks of the other case: cited
    assert apply[0].evidence[:2] == ["p4~1", "p4~2"]
    # and the other case's own section, where the answer is (JUDGE8): here its summing-up
    assert "p3" in {Q.block_of(e) for e in apply[0].evidence}
    # no sections in parallel: no question sends the students to a case of their own
    r2 = reading_from_text(ASYL.replace("# III. Asylrecht und Asylpolitik in Westland",
                                        "# III. Der Arbeitsmarkt"))
    r2.meta.languages = ["de"]
    assert not _rule(Q.generate(r2), "apply")
