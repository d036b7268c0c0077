"""Marking glossary terms in the body."""

from hypothesis import given, settings
from hypothesis import strategies as st

from coursepack import model
from coursepack.glossary import Matcher, mark_terms


def T(tid, term, aliases=(), reviewed=True):
    return model.GlossaryTerm(tid, term, "A definition.", aliases=list(aliases),
                              reviewed=reviewed)


def reading(*sections, glossary=(), notes=(), abstracts=()):
    secs = []
    for i, blocks in enumerate(sections):
        secs.append(model.Section(f"s{i + 1}", f"Section {i + 1} about the WTO",
                                  [model.Block(f"s{i + 1}-p{j + 1}", inl)
                                   for j, inl in enumerate(blocks)]))
    return model.Reading("r", model.Metadata(), sections=secs, glossary=list(glossary),
                         footnotes=list(notes), abstracts=list(abstracts))


def refs(r):
    out = []

    def walk(nodes):
        for n in nodes:
            if isinstance(n, model.TermRef):
                out.append(n)
            elif isinstance(n, (model.Emph, model.Cite)):
                walk(n.children)
    for _s, b in r.blocks():
        walk(b.inlines)
    return out


def test_every_occurrence_marked_first_only_once_anchors_unique():
    g = [T("wto", "WTO", ["World Trade Organization"]), T("gatt", "GATT")]
    r = reading([[model.Text("The World Trade Organization (WTO) replaced GATT in 1995.")]],
                [[model.Text("WTO members disagree; the WTO and GATT differ.")]], glossary=g)
    mark_terms(r)
    got = [(x.term_id, x.text, x.first) for x in refs(r)]
    assert got == [("wto", "World Trade Organization", True), ("wto", "WTO", False),
                   ("gatt", "GATT", True), ("wto", "WTO", False), ("wto", "WTO", False),
                   ("gatt", "GATT", False)]
    anchors = [x.anchor for x in refs(r)]
    assert len(set(anchors)) == len(anchors)
    assert g[0].anchors == ["t-wto-1", "t-wto-2", "t-wto-3", "t-wto-4"]
    assert g[0].sections == ["s1", "s1", "s2", "s2"]
    assert g[1].anchors == ["t-gatt-1", "t-gatt-2"]
    # the text is unchanged
    assert model.plain_text(r.sections[1].blocks[0].inlines) == \
        "WTO members disagree; the WTO and GATT differ."


def test_acronyms_are_case_sensitive_and_links_untouched():
    g = [T("nato", "NATO")]
    r = reading([[model.Text("Nato and nato are not NATO; see "),
                  model.Link("https://www.nato.int/NATO", "www.nato.int/NATO"),
                  model.Text(".")]], glossary=g)
    mark_terms(r)
    assert [x.text for x in refs(r)] == ["NATO"]
    link = r.sections[0].blocks[0].inlines[-2]
    assert isinstance(link, model.Link) and link.text == "www.nato.int/NATO"


def test_word_boundaries_and_words_containing_the_term():
    g = [T("un", "UN"), T("iran", "Iran"), T("rome", "Rome")]
    r = reading([[model.Text("UNESCO, UNs, the UN-backed plan, Iranian oil, Romeo, "
                             "Iran's oil, (UN), Rome.")]], glossary=g)
    mark_terms(r)
    assert [x.text for x in refs(r)] == ["Iran", "UN", "Rome"]


def test_case_rules_for_words():
    g = [T("war", "first Punic war"), T("rome", "Rome")]
    r = reading([[model.Text("The First Punic War began; the first punic war; rome; ROME.")]],
                glossary=g)
    mark_terms(r)
    # lower-case words match in any case, capitalised ones must stay capitalised
    assert [x.text for x in refs(r)] == ["First Punic War", "ROME"]


def test_longest_match_wins():
    g = [T("mg", "Minsk Group"), T("osce", "OSCE"), T("omg", "OSCE Minsk Group")]
    r = reading([[model.Text("The OSCE Minsk Group, the Minsk Group and the OSCE.")]],
                glossary=g)
    mark_terms(r)
    assert [(x.term_id, x.text) for x in refs(r)] == [
        ("omg", "OSCE Minsk Group"), ("mg", "Minsk Group"), ("osce", "OSCE")]


def test_hyphenated_compounds_are_one_word_but_dashes_separate():
    g = [T("k", "Karabakh"), T("ns", "North–South corridor")]
    r = reading([[model.Text("Nagorno-Karabakh; Karabakh; the North-South corridor; "
                             "Baku–Karabakh road.")]], glossary=g)
    mark_terms(r)
    assert [x.text for x in refs(r)] == ["Karabakh", "North-South corridor", "Karabakh"]


def test_terms_across_line_breaks_and_apostrophes():
    g = [T("sc", "South Caucasus"), T("rp", "Russia's peacekeepers")]
    r = reading([[model.Text("give up South\nCaucasus and Russia’s peacekeepers")]], glossary=g)
    mark_terms(r)
    assert [x.text for x in refs(r)] == ["South\nCaucasus", "Russia’s peacekeepers"]


def test_leading_article_of_a_term_is_optional():
    g = [T("af", "The Astana format")]
    r = reading([[model.Text("Trenin said the Astana format could help.")]], glossary=g)
    mark_terms(r)
    assert [x.text for x in refs(r)] == ["Astana format"]


def test_inside_emphasis_but_not_headings_notes_or_abstracts():
    g = [T("wto", "WTO")]
    note = model.Footnote(1, [model.Text("The WTO says so.")])
    abstract = model.Abstract("en", "Abstract", [model.Text("On the WTO.")])
    r = reading([[model.Emph([model.Text("the WTO rules")]), model.NoteRef(1)]],
                glossary=g, notes=[note], abstracts=[abstract])
    mark_terms(r)
    emph = r.sections[0].blocks[0].inlines[0]
    assert isinstance(emph.children[1], model.TermRef)
    assert r.sections[0].title == "Section 1 about the WTO"
    assert all(isinstance(n, model.Text) for n in note.inlines + abstract.inlines)
    assert isinstance(r.sections[0].blocks[0].inlines[1], model.NoteRef)


def test_unreviewed_terms_are_not_marked():
    g = [T("wto", "WTO", reviewed=False)]
    r = reading([[model.Text("The WTO.")]], glossary=g)
    mark_terms(r)
    assert refs(r) == [] and g[0].anchors == []


def test_term_split_over_text_nodes_is_found():
    g = [T("wto", "World Trade Organization")]
    r = reading([[model.Text("the World Trade "), model.Text("Organization rules")]], glossary=g)
    mark_terms(r)
    assert [x.text for x in refs(r)] == ["World Trade Organization"]


def test_marking_twice_gives_the_same_result():
    g = [T("wto", "WTO"), T("g", "GATT")]
    r = reading([[model.Text("WTO, GATT and WTO.")]], [[model.Text("The WTO.")]], glossary=g)
    mark_terms(r)
    first = model.to_json(r.sections)
    anchors = list(g[0].anchors)
    mark_terms(r)
    assert model.to_json(r.sections) == first
    assert g[0].anchors == anchors


words = st.sampled_from(["WTO", "wto", "World", "Trade", "Organization", "GATT", "the",
                         "UNWTO", "WTO-led", "and", "(WTO)", "Gattung", "GATTs"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(words, min_size=1, max_size=12), min_size=1, max_size=4))
def test_property_text_preserved_and_refs_consistent(paragraphs):
    g = [T("wto", "WTO", ["World Trade Organization"]), T("gatt", "GATT")]
    texts = [" ".join(p) for p in paragraphs]
    r = reading([[model.Text(t)] for t in texts], glossary=g)
    mark_terms(r)
    assert [model.plain_text(b.inlines) for _s, b in r.blocks()] == texts
    found = refs(r)
    for term in g:
        mine = [x for x in found if x.term_id == term.id]
        assert [x.anchor for x in mine] == term.anchors
        assert sum(x.first for x in mine) == (1 if mine else 0)
        assert not mine or mine[0].first
    for x in found:
        assert x.text in ("WTO", "GATT", "World Trade Organization")


def test_matcher_prefers_longest_then_leftmost():
    g = [T("a", "Alpha Beta"), T("b", "Beta Gamma Delta")]
    assert Matcher(g).find("Alpha Beta Gamma Delta") == [(6, 22, 1)]


def test_plural_and_inflected_forms_are_occurrences_an_acronym_and_a_compound_are_not():
    """The page list is to show every page where the term occurs (JUDGE11: 'blocked
    exchange' listed without the pages of 'blocked exchanges')."""
    g = [T("be", "blocked exchange"), T("pol", "policy"), T("k", "Kompetenz"), T("ec", "EC")]
    r = reading([[model.Text("Blocked exchanges differ. Two policies and a policy. "
                             "Kompetenzen, Genderkompetenz, Kompetenz. The ECs and the EC.")]],
                glossary=g)
    mark_terms(r)
    found = [(n.term_id, n.text) for n in refs(r)]
    assert ("be", "Blocked exchanges") in found
    assert [t for i, t in found if i == "pol"] == ["policies", "policy"]
    assert [t for i, t in found if i == "k"] == ["Kompetenzen", "Kompetenz"]
    assert [t for i, t in found if i == "ec"] == ["EC"]
