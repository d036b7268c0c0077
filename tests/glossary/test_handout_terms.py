"""The handout's few key terms: the article's concepts before names."""

from coursepack import model
from coursepack.glossary import handout_terms


def _term(tid, term, kind="", n=1, pinned=False):
    return model.GlossaryTerm(tid, term, f"What {term} is.", kind=kind, pinned=pinned,
                              reviewed=True, anchors=[str(i) for i in range(n)],
                              sections=[f"s{i % 4}" for i in range(n)])


def test_concepts_come_before_places_people_and_organisations():
    capital = _term("baku", "Baku", "place", n=20)
    power = _term("us", "United States", "organisation", n=15)
    leader = _term("putin", "Putin", "person", n=12)
    concept = _term("reg", "regionalization", "concept", n=2)
    untyped = _term("loaf", "social loafing", n=3)          # a drafted term has no kind
    pinned_place = _term("nk", "Nagorno-Karabakh", "place", n=1, pinned=True)
    terms = [capital, power, leader, concept, untyped, pinned_place]
    assert [t.term for t in handout_terms(terms, 3)] == [
        "Nagorno-Karabakh", "social loafing", "regionalization"]    # a pin stays first
    # names still fill the sheet when there are places left, the most used first
    assert [t.term for t in handout_terms(terms, 6)][3:] == ["Baku", "United States", "Putin"]
