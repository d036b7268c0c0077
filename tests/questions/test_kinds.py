"""The kind of article (review, reply, empirical) and its own evidence choose the
wording of the source, counter-argument and apply questions."""

from __future__ import annotations

from coursepack import argument, questions as Q

from .articles import reading_from_text

EXPERIMENT = """
# Introduction

Groups sometimes work harder than individuals. This paper argues that partners who
expect a weak co-worker compensate for them. We tested this in an experiment.

# Method

Participants were 120 students who were randomly assigned to one of four conditions.
In the experimental conditions participants worked with a partner; in the control
conditions participants worked alone. The manipulation of partner ability was checked.
Each of the participants generated uses for an object for twelve minutes.

# Results

Participants in the weak-partner condition generated more uses than participants in the
other conditions. The experiment thus replicates the effect. The conditions did not
differ in mood.

# Discussion

In sum, the results suggest that compensation is a real effect of the group setting.
It is explained by the value participants place on the group outcome.
"""

REVIEW = """
# Introduction

The publication of this book by Marlow and Penn offers a welcome chance to take stock.
The book studies voting in the Ostmark assembly over twenty years.

# Voting

This book shows that party groups vote together more often than expected. The book is
careful with its roll-call data, and the volume is well written.

# Conclusion

The book deserves a wide readership, though the volume neglects committees. In sum,
this book changes how the assembly is studied.
"""

REPLY = """
# Reply

I thank my discussants for their careful comments on my article. Before I respond to
their criticisms, let me correct one misunderstanding. My critics think I defend a
ban on the practice. I do not. I reply first to the charge of culturalism and then
to the charge of paternalism.

# Conclusion

In sum, the policy I proposed in my article respects the autonomy of women and
protects them from pressure.
"""


def test_an_experiment_is_told_and_its_design_asked_about():
    r = reading_from_text(EXPERIMENT)
    a = argument.analyse(r)
    assert (a.genre, a.evidence) == ("empirical", "experiment")
    assert a.methods_section.title == "Method" and a.results_section.title == "Results"
    texts = {Q.rule_of(q): q.text for q in Q.generate(r)}
    assert "experiment (section “Method”)" in texts["sources"]
    assert "works cited" not in texts["sources"]
    # the first question reconstructs the claim; no "another case" question restates
    # it in full (JUDGE5: Gleichstellung Q5, Moral Q4)
    assert "compensation is a real effect of the group setting" in texts["argument"]
    assert "compensation is a real effect" not in texts.get("apply", "")


def test_a_review_gets_no_rival_explanation_and_no_other_case():
    r = reading_from_text(REVIEW)
    a = argument.analyse(r)
    assert a.genre == "review" and a.evidence == ""
    rules = {Q.rule_of(q): q.text for q in Q.generate(r)}
    assert "apply" not in rules
    assert "another explanation" not in rules.get("counter", "")
    # no stock "where does the review agree with the work it discusses?": it fits any
    # review (JUDGE5: McElroy Q3)
    assert not any(t.startswith("Where does the review agree") for t in rules.values())


def test_a_reply_is_asked_about_the_criticism_it_answers():
    r = reading_from_text(REPLY)
    assert argument.analyse(r).genre == "reply"
    counter = [q.text for q in Q.generate(r) if Q.rule_of(q) == "counter"]
    assert counter and "critics of an earlier article" in counter[0]


def test_the_samples_of_cited_studies_are_not_the_articles_own_survey():
    text = "\n\n".join(
        f"Smith et al. (19{n:02d}) surveyed a sample of {n} respondents with a questionnaire; "
        "the respondents in the sample were asked twice." for n in range(10, 22))
    a = argument.analyse(reading_from_text("# Background\n\n" + text))
    assert a.evidence == ""


def test_the_title_question_frames_the_reconstruction_when_no_claim_is_stated():
    r = reading_from_text(EXPERIMENT.replace("This paper argues that partners who\nexpect a "
                                             "weak co-worker compensate for them.", "").replace(
        "the results suggest that compensation is", "compensation looks like"))
    r.meta.title = "Social Loafing: Fact or Artifact?"
    assert argument.analyse(r).title_question == "Social Loafing: Fact or Artifact?"
    first = [q.text for q in Q.generate(r) if Q.rule_of(q) == "argument"]
    assert any("“Social Loafing: Fact or Artifact?”" in t for t in first)
    # no claim to carry over: no stock question on the experiment's setting (it would fit
    # any experiment)
    assert not any("outside the laboratory" in q.text for q in Q.generate(r))


def test_the_reconstruction_question_names_the_main_sections():
    r = reading_from_text("""
# Introduction

Markets rest on moral commitments. This essay examines four of them in turn.

# Cooperation

Traders keep promises because they expect to meet again. Reputation matters in repeated exchange.

# Group solidarity

Members of a group favour one another. Such solidarity lowers the cost of trade within the group.

# Altruism

Some give without any return. Gifts create bonds that markets use.

# Conclusion

In sum, markets depend on moral commitments that they cannot produce themselves.
""")
    texts = [q.text for q in Q.generate(r) if Q.rule_of(q) == "argument"]
    assert any("“Cooperation”, “Group solidarity” and “Altruism”" in t for t in texts), texts


def test_how_participants_were_chosen_is_asked_only_when_the_article_says_it():
    said = EXPERIMENT
    unsaid = EXPERIMENT.replace("who were randomly assigned to one of four conditions",
                                "who took part in one of four conditions")
    assert argument.analyse(reading_from_text(unsaid)).evidence == "experiment"

    def design(text):
        return [q.text for q in Q.generate(reading_from_text(text))
                if "What did the participants do" in q.text]
    assert design(said)
    assert not design(unsaid)


def test_the_design_question_quotes_how_this_studys_people_were_found():
    """'Who took part, how was the sample drawn, how far can the results be generalised?'
    fits any survey word for word (JUDGE5): the question quotes this article's own
    sentence on its sample, and its page is that sentence's."""
    survey = EXPERIMENT.replace("We tested this in an experiment.",
                                "We tested this with a survey.").replace(
        "Participants were 120 students who were randomly assigned to one of four conditions.",
        "The sample of 120 respondents was drawn at random from the register of students.")
    for text, quoted in ((EXPERIMENT, "randomly assigned to one of four conditions"),
                         (survey, "drawn at random from the register of students")):
        qs = [q for q in Q.generate(reading_from_text(text)) if Q.rule_of(q) == "sources"]
        assert qs and quoted in qs[0].text, [q.text for q in qs]


def test_the_title_question_cites_the_sentence_of_the_conclusion_that_answers_it():
    """'The title asks: … What answer does the article give?' cites the page of the
    answer (the conclusion's sentence that takes up the title's words), not only that
    of the set-up (JUDGE5: Nullmeier Q1 cited S. 26, the answer is on S. 33)."""
    r = reading_from_text("""
# Introduction

Critics call the welfare state a mere slogan of the parties. I argue against this view in four steps.

# History

The term appeared in the debates of 1950. Parties used it in every campaign after 1960.

# Uses

Courts took it up in 1975. Unions used it in 1980.

# Conclusion

The courts and the unions gave the term a legal meaning. The welfare state is more than a slogan, even though it remains contested.
""")
    r.meta.title = "Is the welfare state only a slogan?"
    arg = [q for q in Q.generate(r) if Q.rule_of(q) == "argument"]
    assert arg and "“Is the welfare state only a slogan?”" in arg[0].text
    concl = r.sections[-1].blocks[0].id
    assert f"{concl}~2" in arg[0].evidence, arg[0].evidence      # the answer
    assert r.sections[-1].id in arg[0].sections


def test_no_concept_question_on_the_term_the_title_question_asks_about():
    """The title asks whether X is a Y: a concept question on Y asks Q1 again (JUDGE5:
    Nullmeier Q2 on 'Kampfbegriff')."""
    from coursepack import model
    text = """
# Introduction

Critics call the welfare state a mere slogan of the parties. I argue against this view in four steps.

# History

A slogan is a phrase used to rally voters. The term appeared in the debates of 1950.

# Uses

Courts took it up in 1975, and no slogan was ever taken up by a court. Unions used it in 1980.

# Conclusion

The courts and the unions gave the term a legal meaning. The welfare state is more than a slogan, even though it remains contested.
"""
    gl = [model.GlossaryTerm("slogan", "slogan", "A phrase used to rally voters.",
                             kind="concept")]
    r = reading_from_text(text, gl)
    r.meta.title = "Is the welfare state only a slogan?"
    qs = Q.generate(r)
    assert any("only a slogan?" in q.text for q in qs if Q.rule_of(q) == "argument")
    assert not [q.text for q in qs if Q.rule_of(q) == "concept"]
    # no title question: the concept is asked with a claim of the conclusion that uses
    # it, quoted, and not with one another question sends the students to already
    r.meta.title = "The welfare state since 1950"
    qs = Q.generate(r)
    assert not [q for q in qs if Q.rule_of(q) == "concept"]      # "more than a slogan": cited
    assert any("p4~2" in q.evidence for q in qs)
    r.sections[0].blocks[0].inlines[0].text += (" Unions and courts came to treat the slogan "
                                                 "of the welfare state as a principle of law.")
    r.sections[-1].blocks[0].inlines[0].text += (" We conclude that courts turned the slogan "
                                                  "into a principle of law.")
    qs = Q.generate(r)
    concept = [q for q in qs if Q.rule_of(q) == "concept"]
    assert len(concept) == 1 and "“slogan”" in concept[0].text, [q.text for q in qs]
    anchors = [q.evidence[0] for q in qs]
    assert len(anchors) == len(set(anchors))


CONCEPTS = """
# Introduction

This article examines the welfare reforms of 2005. Participation justice is the guiding idea of the reforms.

# Participation

Participation justice can thus be understood as a form of social justice with a view to new problems. It can, however, also lower what people may claim from social insurance. Participation justice was the slogan of every party in 2005.

# Work

The reformers spoke of so-called activation, and the unions rejected it. Activation is a policy that ties benefits to the search for work. Activation was debated in 2005 and again in 2010.

# Conclusion

Participation justice changed the welfare state. Activation remained contested.
"""


def test_a_concept_question_neither_cuts_a_definitions_qualification_nor_takes_a_rejected_label():
    """JUDGE5: 'Teilhabegerechtigkeit' quoted without 'Sie kann aber auch …'; Corteel's
    'groupwork', a label the article takes apart, asked about as its concept."""
    from coursepack import model
    gl = [model.GlossaryTerm("pj", "Participation justice",
                             "A form of social justice with a view to new problems.",
                             reviewed=False, kind="concept", evidence=["p2"]),
          model.GlossaryTerm("act", "activation",
                             "A policy that ties benefits to the search for work.",
                             reviewed=False, kind="concept", evidence=["p3"])]
    qs = Q.generate(reading_from_text(CONCEPTS, gl))
    concepts = [q.text for q in qs if Q.rule_of(q) == "concept"]
    # the definition cut from its qualification is not quoted, and without a definition
    # of the article's to quote, "how does the article use X?" is not asked (JUDGE6)
    assert not any("with a view to new problems" in t for t in concepts), concepts
    assert not any("articipation justice" in t for t in concepts), concepts
    assert not any("activation" in t.lower() for t in concepts), concepts
    # the same definition without the qualification that follows it is quoted
    whole = CONCEPTS.replace(" It can, however, also lower what people may claim from "
                             "social insurance.", "")
    qs = Q.generate(reading_from_text(whole, gl))
    assert any("with a view to new problems" in q.text for q in qs
               if Q.rule_of(q) == "concept"), [q.text for q in qs]


def test_the_title_questions_answer_is_the_sentence_on_the_word_it_asks_about():
    """Two sentences of the conclusion share as many words with the title; the one on
    the word the title asks about ('… a slogan?') is the answer cited (JUDGE5:
    Nullmeier's 'Soziale Gerechtigkeit ist mehr als ein Kampfbegriff')."""
    r = reading_from_text("""
# Introduction

Critics call the welfare state a mere slogan of the parties. I argue against this view in four steps.

# History

The term appeared in the debates of 1950. Parties used it in every campaign after 1960.

# Conclusion

The courts gave the term a legal meaning. The welfare state grew in every decade after 1950. As a state idea it is more than a slogan, even though it remains contested.
""")
    r.meta.title = "Is the welfare state only a slogan?"
    arg = [q for q in Q.generate(r) if Q.rule_of(q) == "argument"]
    concl = r.sections[-1].blocks[0].id
    assert arg and f"{concl}~3" in arg[0].evidence, arg[0].evidence


def test_a_long_text_that_mentions_books_now_and_then_is_no_review():
    """BibTeXing (btxdoc.pdf), a manual whose examples are book entries, names "the book"
    six times in 6000 words: it was read as a review ("The review objects: …")."""
    filler = " ".join(f"The entry {i} has an author field, a title field and a year field, and "
                      "the style formats each of them in its own way for the reference list."
                      for i in range(40))
    text = "\n\n".join([
        "# Entries", filler,
        "A BOOK entry needs a publisher; the book may also have an editor. " + filler,
        "# Examples", "Suppose the book has two volumes; the volume number goes in its own "
        "field. " + filler,
        "# Fields", "When the book has an edition field, the style prints it. " + filler,
        "Cross-references to the book save typing, and the volume field is inherited. " + filler])
    r = reading_from_text(text)
    assert argument.analyse(r).genre != "review"
    assert argument.analyse(reading_from_text(REVIEW)).genre == "review"
