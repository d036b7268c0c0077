"""JUDGE11: no question the article leaves to future research asked as its own, page
references where the answer is printed (parts compared whole, a definition over several
sentences, a long methods section not cited for a result), no two questions opening on
one definition, no stock question beside grounded ones, no third party's claim read as
the article's."""

from __future__ import annotations

from coursepack import model, questions as Q
from coursepack.argument import Sentence, claim_of, left_open

from .articles import reading_from_text
from .test_judge10_more import DOWN, TWO_PARTS, UP, _rule

#: an invented study whose conclusion lists questions for future research
OPEN_END = """\
# Introduction

This article examines how the farmers of the Varn valley share water in dry years. The aim of this article is to show how the water courts of the valley settle quarrels over irrigation.

# The water courts

{body}

# Conclusion

We conclude that the water courts settle most quarrels before they reach the state. The consequences, in terms of future research, present different aspects:

• How are the water courts and the markets for land interconnected?

• Studying the role of another variable, such as the size of the farms, would be interesting.
"""

BODY = " ".join(f"In village {i} the water court met every spring and fixed the turns of "
                "irrigation for each family." for i in range(1, 12))


def test_a_question_left_to_future_research_is_not_the_articles_question():
    r = reading_from_text(OPEN_END.format(body=BODY))
    qs = Q.generate(r)
    assert qs
    assert not any("interconnected" in q.text or "size of the farms" in q.text for q in qs)
    secs = {s.title: s for s in r.sections}
    items = {b.id for b in secs["Conclusion"].blocks[1:]}
    # the questions it hands on are not the anchor of any question
    assert not any(Q.block_of(q.evidence[0]) in items for q in qs if q.evidence)


def test_left_open_takes_the_list_a_future_research_sentence_announces():
    ss = [Sentence(t, b, "s", i) for i, (b, t) in enumerate([
        ("p1", "We show that trade rose."), ("p2", "Further research should examine two points:"),
        ("p3", "• Why did prices fall?"), ("p4", "• Which ports gained?"),
        ("p5", "In sum, the ports grew."), ("p6", "It remains to be seen whether rents rise."),
        ("p7", "What drove the growth?")])]
    assert left_open(ss, "en") == {1, 2, 3, 5}


def test_a_third_partys_claim_or_a_hypothesis_is_not_the_articles():
    def claim(t):
        return claim_of(Sentence(t, "p", None, 0))
    assert claim("Critics argue that the treaty failed because of the drought.") == ""
    assert claim("Our main hypothesis is that the treaty failed because of the drought.") == ""
    assert claim("In the 1990s Lee and Park contend that the treaty failed for lack of money.") == ""
    assert claim("This paper argues that the treaty failed because of the drought.") == \
        "the treaty failed because of the drought"
    assert claim("Results show that the treaty failed because of the drought.") == \
        "the treaty failed because of the drought"


def test_two_parts_compared_are_cited_whole_and_no_stock_summary_beside_them():
    r = reading_from_text(TWO_PARTS.format(up=UP + "\n\n" + UP, down=DOWN + "\n\n" + DOWN))
    qs = Q.generate(r)
    comp = _rule(qs, "compare")
    assert len(comp) == 1
    cited = {Q.block_of(e) for e in comp[0].evidence}
    secs = {s.title: s for s in r.sections}
    for t in ("Irrigation cooperatives upstream", "Irrigation cooperatives downstream"):
        # first page to last: its first and its last paragraph
        assert {secs[t].blocks[0].id, secs[t].blocks[-1].id} <= cited
    # no argument question naming the same two sections beside it
    assert not any("Irrigation cooperatives upstream" in q.text for q in _rule(qs, "argument"))


TYPOLOGY3 = """\
# Introduction

This article asks how trust enters the trade of the river ports of Varnland. It argues that no market of the ports is ever only a market.

# A typology of trust in the ports

Trust can enter the trade of the ports in three forms.

## Barter

By barter I refer to an exchange of goods for goods that both traders settle on the same day. {f} Barter shapes the quays of the small ports, and credit does not.

## Credit

Credit is defined by a promise to pay later that binds the buyer to the seller for a season. {f} Credit shapes the warehouses of the large ports.

## Pledged credit

Pledged credit is defined by a promise to pay later secured by goods left in the seller's store. {f} Pledged credit shapes the grain trade.

# Conclusion

We conclude that barter, credit and pledged credit all bind traders, but only credit binds them over time.
"""


def test_the_types_compared_are_not_the_one_the_concept_question_quotes():
    f = " ".join(f"In the port of Tessen {i} the traders met at dawn." for i in range(12))
    gl = [model.GlossaryTerm("barter", "barter", "An exchange of goods for goods that both "
                             "traders settle on the same day", reviewed=False, evidence=["p3"]),
          model.GlossaryTerm("credit", "credit", "A promise to pay later that binds the buyer "
                             "to the seller for a season", reviewed=False, evidence=["p4"]),
          model.GlossaryTerm("pledged-credit", "pledged credit", "A promise to pay later "
                             "secured by goods left in the seller's store", reviewed=False,
                             evidence=["p5"])]
    r = reading_from_text(TYPOLOGY3.format(f=f), glossary=gl)
    qs = Q.generate(r)
    concept = [q for q in _rule(qs, "concept")]
    comp = _rule(qs, "compare")
    assert len(comp) == 1
    asked = {Q.block_of(q.evidence[0]) for q in concept}
    # no two questions open on one definition
    assert not asked & {Q.block_of(e) for e in comp[0].evidence}
    # two of the three types, not the concept question's
    shown = [t for t in ("“barter”", "“credit”", "“pledged credit”") if t in comp[0].text]
    assert len(shown) == 2
    assert not any(t in q.text for q in concept for t in shown)


def test_a_stock_summary_only_without_two_grounded_questions():
    # an article whose reconstruct question would only name its sections, and which
    # gives two grounded questions of other tasks: no stock question
    r = reading_from_text(TWO_PARTS.format(up=UP, down=DOWN))
    qs = Q.generate(r)
    assert not any(q.text.startswith(("Summarise the article’s central claim",
                                      "What is the article’s main argument")) for q in qs)


REPORT = """\
# 1. Introduction

This report provides a comprehensive view of the data on the river ports of Varnland and reveals existing gaps.

# 2. The data on the river ports

The data on the ports come from two kinds of source.

## 2.1 Harbour statistics

{a}

## 2.2 Customs records

{b}

# 3. Conclusion

We conclude that neither source counts the small boats that carry most of the grain.
"""


def test_a_section_that_reviews_the_sources_one_by_one_is_asked_about_whole():
    a = " ".join(f"The harbour office of port {i} counts the ships but not their cargo." for i in range(20))
    b = " ".join(f"The customs office of port {i} records the cargo but not the ships." for i in range(20))
    r = reading_from_text(REPORT.format(a=a, b=b))
    qs = [q for q in _rule(Q.generate(r), "sources") if "“Harbour statistics”" in q.text]
    assert len(qs) == 1 and "“Customs records”" in qs[0].text
    secs = {s.title: s for s in r.sections}
    cited = {Q.block_of(e) for e in qs[0].evidence}
    assert {secs["2.1 Harbour statistics"].blocks[0].id, secs["2.2 Customs records"].blocks[-1].id} <= cited
    # not a methods section of the study's own
    r2 = reading_from_text(REPORT.replace("# 2. The data on the river ports", "# 2. Methods and data")
                           .format(a=a, b=b))
    assert not [q for q in _rule(Q.generate(r2), "sources") if "“Harbour statistics”" in q.text]
