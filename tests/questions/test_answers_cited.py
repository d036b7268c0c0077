"""JUDGE6's defects, on invented articles whose truth is known: a question that asks
for the article's answer cites where the answer is; a cited author's definition is
credited to that author, the article's lead-in words stay outside the quotation marks;
a topic-only aim gives way to the conclusion's claim; a cited view is quoted without
its holder's name twice; findings and stated limitations are asked about with the
conclusion cited; no two questions lead to the same sentence."""

from __future__ import annotations

import re

from coursepack import model, questions as Q

from .articles import reading_from_text

PORTS = """\
# Introduction

{opening} Ports had long been run by the cities, and each city set its own fees.

# Reform

In 1995 the government merged the port authorities into one agency. The agency cut fees, and traffic grew in every port. Harbour workers lost their old contracts.

# Conclusion

The merger of the port authorities made the ports of Varnland cheaper to use but weakened the bargaining power of their workers. Later governments kept the single agency.
"""


def _rule(qs, rule):
    return [q for q in qs if Q.rule_of(q) == rule]


def test_a_topic_only_aim_gives_way_to_the_conclusions_claim():
    r = reading_from_text(PORTS.format(opening="This article examines the reform of the port "
                                       "authorities of Varnland between 1990 and 2010."))
    arg = _rule(Q.generate(r), "argument")
    assert len(arg) == 1
    assert "This article examines" not in arg[0].text
    assert "“The merger of the port authorities made the ports of Varnland cheaper" in arg[0].text
    # the conclusion's sentence, not the aim's; the step between the introduction and
    # the conclusion ("Reform"), a short body: its paragraph, all its pages; and the
    # conclusion's paragraphs, all their pages
    assert arg[0].evidence == ["p3~1", "p2", "p3"]


def test_an_aim_that_asks_for_the_conclusion_cites_the_conclusion_too():
    r = reading_from_text(PORTS.format(opening="The aim of this article is to explain why the "
                                       "port authorities of Varnland were merged in 1995."))
    arg = _rule(Q.generate(r), "argument")[0]
    assert "“The aim of this article is to explain why" in arg.text
    assert "“The merger of the port authorities" in arg.text      # the answer, named
    # where it is asked, where it is answered, the step between them ("Reform", a short
    # body: its paragraph's pages) and the whole conclusion
    assert arg.evidence == ["p1~1", "p3~1", "p2", "p3"]
    assert arg.sections[-1] == "conclusion"


STRESS = """\
# Introduction

Water stress shapes the politics of the Varn basin. {definition} Water stress rose in every dry year after 1990.

# Farms

Farmers in southern Veldora felt water stress first, and their protests grew.

# Conclusion

Water stress, not ideology, drove the quarrel between Veldora and Kassine.
"""


def test_a_cited_authors_definition_is_credited_to_that_author():
    term = model.GlossaryTerm("water-stress", "water stress",
                              "The state in which demand for water exceeds the available supply",
                              reviewed=False, evidence=["p1"])
    own = reading_from_text(STRESS.format(definition="By water stress I mean the state in which "
                                          "demand for water exceeds the available supply."), [term])
    cited = reading_from_text(STRESS.format(definition="According to the definition given by "
                                            "Lindqvist (1998), water stress is the state in which "
                                            "demand for water exceeds the available supply."), [term])
    mine = _rule(Q.generate(own), "concept")
    theirs = _rule(Q.generate(cited), "concept")
    assert mine and theirs
    assert "Lindqvist" not in mine[0].text
    assert re.search(r"\b(?:from|Following) Lindqvist \(1998\)", theirs[0].text), theirs[0].text
    # (no "does the article use it as Lindqvist does?": Lindqvist's own use is not in
    # the reader; where the article puts it to work is, JUDGE7)
    assert re.search(r"Where does the article put the concept to work|At which points of the "
                     r"argument does the concept do its work", theirs[0].text)
    assert not theirs[0].text.startswith(("The article describes", "The article characterises"))


BERG = """\
# Einleitung

Die Aufsicht über die Häfen lag bei den Städten. Hier zeigt sich, was wir mit Anna Berg als »gelenkte Nähe« bezeichnen können. Berg versteht darunter das Phänomen »der engen Bindung von Beamten an die Firmen, die sie beaufsichtigen«.

# Häfen

Die gelenkte Nähe prägte die Vergabe der Liegeplätze.

# Fazit

Die gelenkte Nähe erklärt, warum die Reform der Häfen so lange ausblieb.
"""


def test_a_german_definition_credited_and_its_lead_in_outside_the_quotation_marks():
    term = model.GlossaryTerm("gn", "gelenkte Nähe", "Das Phänomen »der engen Bindung von "
                              "Beamten an die Firmen, die sie beaufsichtigen«",
                              reviewed=False, evidence=["p1"])
    r = reading_from_text(BERG, [term])
    r.meta.languages = ["de"]
    concept = _rule(Q.generate(r), "concept")
    assert concept, [q.text for q in Q.generate(r)]
    t = concept[0].text
    # credited to Berg in either wording ("Mit Berg versteht …", "Im Anschluss an Berg …")
    assert re.match(r"(?:Mit|Im Anschluss an) [^„]*Berg", t), t
    assert "das Phänomen „der engen Bindung von Beamten an die Firmen, die sie beaufsichtigen“" in t
    assert "„Das Phänomen" not in t and "»" not in t


def test_the_articles_lead_in_words_are_never_inside_the_quotation_marks():
    term = model.GlossaryTerm("gn", "gelenkte Nähe", "Das Phänomen »der engen Bindung von "
                              "Beamten an die Firmen, die sie beaufsichtigen«",
                              reviewed=False, evidence=["p1"])
    text = BERG.replace("was wir mit Anna Berg als", "was wir als").replace(
        "Berg versteht darunter", "Gemeint ist")
    r = reading_from_text(text, [term])
    r.meta.languages = ["de"]
    assert not _rule(Q.generate(r), "concept")      # no author to credit, no garbled quote


def test_the_articles_topic_word_is_not_asked_about_as_a_concept():
    term = model.GlossaryTerm("water-stress", "water stress",
                              "The state in which demand for water exceeds the available supply",
                              reviewed=False, evidence=["p1"])
    r = reading_from_text(STRESS.format(definition="By water stress I mean the state in which "
                                        "demand for water exceeds the available supply."), [term])
    assert _rule(Q.generate(r), "concept")
    r.meta.title = "Water Stress in the Varn Basin"
    assert not _rule(Q.generate(r), "concept")


SCHOOLS = """\
# Introduction

The aim of this study is to find out how pupils in Varnland judge their schools.

# Results

Our results show that pupils in small schools rated their teachers significantly higher than pupils in large schools. Pupils in both kinds of school liked their sports lessons.

# Limitations

A major limitation of this study is that all pupils came from one region of Varnland.

# Conclusion

Small schools in Varnland win the trust of their pupils more easily than large ones do.
"""


def test_a_finding_and_a_stated_limitation_are_asked_about_with_the_conclusion_cited():
    qs = Q.generate(reading_from_text(SCHOOLS))
    finding = _rule(qs, "finding")
    limitation = _rule(qs, "limitation")
    assert finding and "“Our results show that pupils in small schools" in finding[0].text
    assert finding[0].evidence == ["p2~1", "p4~1"]
    assert limitation and "“A major limitation of this study is that all pupils" in \
        limitation[0].text
    # "which of its conclusions does it weaken": the whole conclusion (JUDGE8)
    assert limitation[0].evidence == ["p3~1", "p4~1", "p4"]
    # a study that names no limitation gets no limitation question
    qs = Q.generate(reading_from_text(SCHOOLS.replace(
        "A major limitation of this study is that all pupils came from one region of Varnland.",
        "All pupils came from one region of Varnland.")))
    assert not _rule(qs, "limitation")


def test_a_cited_view_is_quoted_without_its_holders_name_twice():
    text = ("# Introduction\n\nThe Lower Varn Treaty of 1998 fixed seasonal quotas.\n\n"
            "# Debate\n\nTomas Berg argues that the treaty failed because nobody enforced "
            "its quotas in dry years.\n\n# Conclusion\n\nWe conclude that the treaty failed "
            "for want of a body to enforce it.")
    pos = _rule(Q.generate(reading_from_text(text)), "positions")
    assert pos, "no view asked about"
    # (the conclusion takes the view up: asked where, not whether the author adopts it)
    assert "According to Tomas Berg, as the article reports, the treaty failed because nobody " \
           "enforced its quotas in dry years." in pos[0].text
    assert "Where does the author come back to this view" in pos[0].text
    assert pos[0].text.count("Berg") == 1


def test_no_two_questions_lead_to_the_same_sentence():
    from .articles import river
    qs = Q.generate(river())
    anchors = [q.evidence[0] for q in qs]
    assert len(anchors) == len(set(anchors))
    others = {e for q in qs for e in q.evidence[1:]}
    assert not set(anchors) & others


GERECHT = """\
# Einleitung

Um Gerechtigkeit wird gestritten. Die Leistungsgerechtigkeit belohnt, was einer leistet. Die Bedarfsgerechtigkeit fragt, was einer braucht. Die Teilhabegerechtigkeit fragt, ob alle teilhaben können.

# Parteien

Die Liberalen berufen sich auf die Leistungsgerechtigkeit. Die Sozialdemokraten sprechen von Teilhabegerechtigkeit. Die Kirchen verlangen Bedarfsgerechtigkeit.

# Debatten

In den Debatten um die Rente stand die Leistungsgerechtigkeit gegen die Bedarfsgerechtigkeit, und die Teilhabegerechtigkeit vermittelte.

# Fazit

Im Zentrum des Streits steht die Leistungsgerechtigkeit, nicht die Gerechtigkeit schlechthin.
"""


def test_the_kinds_of_the_title_noun_the_article_tells_apart_are_compared():
    r = reading_from_text(GERECHT)
    r.meta.languages = ["de"]
    r.meta.title = "Gerechtigkeit als Streitbegriff"
    kinds = [q for q in Q.generate(r) if "unterscheidet" in q.text]
    assert len(kinds) == 1
    t = kinds[0].text
    assert "„Leistungsgerechtigkeit“, „Bedarfsgerechtigkeit“ und „Teilhabegerechtigkeit“" in t
    # where each comes in, and the conclusion that turns on them
    assert kinds[0].evidence == ["p1~2", "p1~3", "p1~4", "p4~1"]
    # two kinds only: nothing to compare three ways
    r2 = reading_from_text(GERECHT.replace("Bedarfsgerechtigkeit", "Fürsorge"))
    r2.meta.languages, r2.meta.title = ["de"], r.meta.title
    assert not [q for q in Q.generate(r2) if "unterscheidet" in q.text]


def test_a_definition_the_glossary_credits_is_asked_as_that_authors():
    """JUDGE9: the glossary printed "problematic word … (after: Lazarus 1998: 12)", the
    question "The article describes …": a misreading."""
    text = STRESS.format(definition="Water stress is a 'problematic word': “the state in "
                         "which demand for water exceeds the available supply”.")
    plain = model.GlossaryTerm("water-stress", "water stress",
                               "The state in which demand for water exceeds the available supply",
                               reviewed=False, evidence=["p1"])
    credited = model.GlossaryTerm("water-stress", "water stress",
                                  "The state in which demand for water exceeds the available "
                                  "supply", reviewed=False, evidence=["p1"],
                                  after="Lindqvist 1998: 12")
    mine = _rule(Q.generate(reading_from_text(text, [plain])), "concept")
    theirs = _rule(Q.generate(reading_from_text(text, [credited])), "concept")
    assert mine and "Lindqvist" not in mine[0].text
    assert theirs and re.search(r"\b(?:from|Following) Lindqvist \(1998: 12\)", theirs[0].text)


LEVELS = """\
# Introduction

Agencies learn on several levels. Lindqvist distinguishes in this context three levels that matter here: the contents of learning, the processes of learning and the paradigms of learning.

# Levels

The contents are what an agency must know. On the third level lie the paradigms of learning, that is the ideas an epoch holds about the sense and quality of learning.

# Conclusion

The paradigms of learning, more than the contents, decided how the agencies of Varnland changed.
"""


def test_no_concept_question_of_a_term_the_article_explains_for_a_cited_author():
    """JUDGE9: "Willke unterscheidet … vier Ebenen …: … die Paradigmen des Lernens",
    then the article's gloss of the fourth level: not the article's own definition."""
    term = model.GlossaryTerm("pl", "paradigms of learning", "The ideas an epoch holds about "
                              "the sense and quality of learning", reviewed=False, evidence=["p2"])
    cited = reading_from_text(LEVELS, [term])
    own = reading_from_text(LEVELS.replace("Lindqvist distinguishes in this context",
                                           "One can distinguish"), [term])
    assert not [q for q in _rule(Q.generate(cited), "concept") if "paradigms" in q.text]
    assert [q for q in _rule(Q.generate(own), "concept") if "paradigms" in q.text]
