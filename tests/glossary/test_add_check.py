"""add_suggestions, check_glossary, handout_terms, sort_key, alias_index."""

import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coursepack import model
from coursepack.errors import ContentError
from coursepack.glossary import (add_suggestions, alias_index, check_glossary, handout_terms,
                                 load_glossary, mark_terms, sort_key)

EDITED = textwrap.dedent("""\
    # Glossary of week 3 — edited by hand, keep my comments!
    terms:
      # the league
      - term: Hanseatic League
        aliases: [Hansa]      # short form
        definition: >-
          A league of merchant towns.
        kind: organisation

      - term: cog
        definition: A ship.   # check this
    # trailing comment
    """)

CANDS = [
    {"term": "Lübeck", "aliases": [], "kind": "place", "count": 4, "spread": 2,
     "reason": "recurring rare name (4 times)", "definition_hint": "Lübeck led the league."},
    {"term": "Hansa", "aliases": [], "kind": "", "count": 9, "spread": 3,
     "reason": "recurring rare name", "definition_hint": ""},
    {"term": "IHR", "aliases": ["International: Health #Regulations"], "kind": "agreement",
     "count": 2, "spread": 1, "reason": "acronym 'IHR' expanded", "definition_hint":
     "The International Health Regulations (IHR) say: report \"outbreaks\"."},
]


def test_appends_unreviewed_entries_keeping_text_and_comments(tmp_path):
    p = tmp_path / "glossary.yaml"
    p.write_text(EDITED, encoding="utf-8")
    n = add_suggestions(p, CANDS)
    assert n == 2                             # 'Hansa' is already an alias
    text = p.read_text(encoding="utf-8")
    assert text.startswith(EDITED)            # nothing before the end changed
    terms = load_glossary(p)
    assert [t.term for t in terms] == ["Hanseatic League", "cog", "Lübeck", "IHR"]
    assert terms[0].definition == "A league of merchant towns."
    new = terms[2:]
    assert all(not t.reviewed and t.definition == "" for t in new)
    assert new[0].kind == "place"
    assert new[1].aliases == ["International: Health #Regulations"]   # quoted safely
    assert "# hint: Lübeck led the league." in text
    # running it again adds nothing and changes nothing
    assert add_suggestions(p, CANDS) == 0
    assert p.read_text(encoding="utf-8") == text


def test_creates_the_file_and_opens_an_empty_list(tmp_path):
    p = tmp_path / "new" / "glossary.yaml"
    assert add_suggestions(p, CANDS[:1]) == 1
    assert [t.term for t in load_glossary(p)] == ["Lübeck"]
    q = tmp_path / "empty.yaml"
    q.write_text("terms: []   # nothing yet\n", encoding="utf-8")
    assert add_suggestions(q, CANDS[:1]) == 1
    assert "# nothing yet" in q.read_text(encoding="utf-8")
    assert [t.term for t in load_glossary(q)] == ["Lübeck"]


def test_follows_the_file_s_list_indentation(tmp_path):
    p = tmp_path / "g.yaml"
    p.write_text("terms:\n- term: cog\n  definition: A ship.\n", encoding="utf-8")
    add_suggestions(p, CANDS[:1])
    assert "\n- term: Lübeck\n" in p.read_text(encoding="utf-8")
    assert [t.term for t in load_glossary(p)] == ["cog", "Lübeck"]


def test_refuses_rather_than_breaking_a_file(tmp_path):
    p = tmp_path / "g.yaml"
    original = "terms: [{term: cog, definition: A ship.}]\n"
    p.write_text(original, encoding="utf-8")
    with pytest.raises(ContentError):
        add_suggestions(p, CANDS[:1])
    assert p.read_text(encoding="utf-8") == original
    assert not [x for x in tmp_path.iterdir() if x.name != "g.yaml"]   # no temp files left


def make_reading(glossary):
    secs = [
        model.Section("s1", "One", [model.Block("p1", [model.Text(
            "The Hanseatic League traded in Lübeck and Visby. The Kontor at Visby was run "
            "by the Hanseatic League. Visby merchants complained.")])]),
        model.Section("s2", "Two", [model.Block("p2", [model.Text(
            "Visby declined after 1500; the Hanseatic League faded. Visby survived.")])]),
        model.Section("s3", "Three", [model.Block("p3", [model.Text(
            "Historians of Visby and the Hansa disagree.")])]),
    ]
    return model.Reading("r", model.Metadata(), sections=secs, glossary=glossary)


def test_check_reports_unused_unreviewed_and_missing_frequent(tmp_path):
    p = tmp_path / "glossary.yaml"
    p.write_text(textwrap.dedent("""\
        terms:
          - term: Hanseatic League
            aliases: [Hansa]
            definition: d.
          - term: cog
            definition: A ship.
          - term: Kontor
            definition: A trading post.
            reviewed: false
        """), encoding="utf-8")
    r = make_reading(load_glossary(p))
    out = check_glossary(r, str(p))
    assert all(x.severity == "warning" for x in out)
    msgs = [str(x) for x in out]
    assert any(m.startswith(f"{p}:5:") and "'cog' never occurs" in m for m in msgs), msgs
    assert any("'Kontor' is not reviewed" in m for m in msgs), msgs
    assert any("'Visby' occurs 6 times in 3 sections" in m for m in msgs), msgs
    assert not any("'Hanseatic League' never occurs" in m for m in msgs)
    assert not any("'Lübeck' occurs" in m for m in msgs)      # once only: not frequent


def test_check_is_quiet_for_a_complete_glossary():
    g = [model.GlossaryTerm("h", "Hanseatic League", "d.", aliases=["Hansa"]),
         model.GlossaryTerm("b", "Visby", "d.")]
    assert check_glossary(make_reading(g), "glossary.yaml") == []


def test_handout_terms_pinned_first_then_frequency_times_spread():
    g = [model.GlossaryTerm("h", "Hanseatic League", "d.", aliases=["Hansa"]),
         model.GlossaryTerm("b", "Visby", "d."),
         model.GlossaryTerm("l", "Lübeck", "d.", pinned=True),
         model.GlossaryTerm("k", "Kontor", "d.", reviewed=False),
         model.GlossaryTerm("c", "cog", "d.")]
    r = make_reading(g)
    mark_terms(r)
    # Visby 6 × 3 sections = 18; Hanseatic League 4 × 3 = 12; Lübeck pinned; cog unused
    assert [t.term for t in handout_terms(g, 3)] == ["Lübeck", "Visby", "Hanseatic League"]
    assert [t.term for t in handout_terms(g, 2)] == ["Lübeck", "Visby"]
    assert [t.term for t in handout_terms(g, 10)] == ["Lübeck", "Visby", "Hanseatic League"]
    assert handout_terms(g, 0) == []


def test_sort_key():
    assert sort_key("The Astana format") == sort_key("Astana format")
    assert sort_key("the Hague") < sort_key("Hamburg") < sort_key("Ibiza")
    assert sort_key("Ásia") == sort_key("asia")
    assert sort_key("A broken region") == "broken region"
    assert sort_key("An Lushan") == "lushan"
    assert sort_key("Anatolia") == "anatolia"          # not an article
    assert sort_key("Theodosius") == "theodosius"
    words = ["Zangezur corridor", "the Astana format", "Erdoğan", "ethnic", "Łódź", "Lviv"]
    assert sorted(words, key=sort_key) == [
        "the Astana format", "Erdoğan", "ethnic", "Łódź", "Lviv", "Zangezur corridor"]


def test_alias_index():
    g = [model.GlossaryTerm("n", "Nakhchivan", "d.",
                            aliases=["Nakhichevan", "Nakhichevan Autonomous Republic"]),
         model.GlossaryTerm("c", "CSTO", "d.", aliases=["Collective Security Treaty Organization"]),
         model.GlossaryTerm("b", "Belt and Road Initiative", "d.", aliases=["Belt and Road", "BRI"]),
         model.GlossaryTerm("u", "unmanned aerial vehicles", "d.",
                            aliases=["UAV", "UAVs", "unmanned aerial vehicle"]),
         model.GlossaryTerm("x", "Hidden", "d.", aliases=["Secret"], reviewed=False)]
    assert alias_index(g) == [
        ("BRI", "Belt and Road Initiative"),
        ("Collective Security Treaty Organization", "CSTO"),
        ("Nakhichevan", "Nakhchivan"),
        ("UAV", "unmanned aerial vehicles"),
    ]


def test_check_does_not_ask_for_phrases_containing_a_glossary_name():
    secs = [model.Section(f"s{i}", "T", [model.Block(f"p{i}", [model.Text(
        "The Ruhr crisis deepened; the Ruhr crisis spread. The Ruhr crisis ended.")])])
        for i in range(3)]
    g = [model.GlossaryTerm("r", "Ruhr", "A region.")]
    r = model.Reading("r", model.Metadata(), sections=secs, glossary=g)
    assert check_glossary(r, "g.yaml") == []
    r.glossary = []
    assert any("'Ruhr crisis' occurs 9 times in 3 sections" in str(p)
               for p in check_glossary(r, "g.yaml"))


def test_crlf_files_keep_their_line_endings(tmp_path):
    p = tmp_path / "g.yaml"
    p.write_bytes(b"terms:\r\n  - term: cog\r\n    definition: A ship.\r\n")
    assert add_suggestions(p, CANDS[:1]) == 1
    raw = p.read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n")
    assert [t.term for t in load_glossary(p)] == ["cog", "Lübeck"]


names = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1,
                max_size=30).filter(lambda s: s.strip())


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(names, st.lists(names, max_size=2), st.text(max_size=60)),
                min_size=1, max_size=4))
def test_property_any_names_round_trip(items):
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        _round_trip(Path(d), items)


def _round_trip(tmp_path, items):
    p = tmp_path / "g.yaml"
    p.write_text(EDITED, encoding="utf-8")
    cands = [{"term": t, "aliases": a, "kind": "concept", "count": 1, "spread": 1,
              "reason": "r", "definition_hint": h} for t, a, h in items]
    n = add_suggestions(p, cands)
    assert p.read_text(encoding="utf-8").startswith(EDITED)
    import yaml
    data = yaml.safe_load(p.read_text(encoding="utf-8"))
    added = data["terms"][2:]
    assert len(added) == n
    for entry in added:
        assert entry["reviewed"] is False and entry["definition"] == ""
        assert any(entry["term"] == c["term"] for c in cands)
    assert add_suggestions(p, cands) == 0
