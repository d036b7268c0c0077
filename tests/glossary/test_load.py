"""Loading glossary.yaml: every problem reported at once, with positions."""

import textwrap

import pytest

from coursepack.errors import ContentError
from coursepack.glossary import GLOSSARY_SCHEMA, TERM_SCHEMA, load_glossary, slugify


def write(tmp_path, text):
    p = tmp_path / "glossary.yaml"
    p.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return p


def problems(tmp_path, text):
    with pytest.raises(ContentError) as e:
        load_glossary(write(tmp_path, text), "g.yaml")
    return [str(p) for p in e.value.problems]


def test_valid_file_gives_terms_with_defaults(tmp_path):
    p = write(tmp_path, """
        terms:
          - term: The Hanseatic League
            aliases: [Hansa, Hanse]
            kind: organisation
            definition: A medieval league of merchant towns.
            see_also: [Lübeck]
          - term: Lübeck
            id: luebeck
            kind: place
            definition: A port city on the Baltic.
            pinned: true
          - term: cog
            reviewed: false
    """)
    terms = load_glossary(p)
    assert [t.id for t in terms] == ["the-hanseatic-league", "luebeck", "cog"]
    assert terms[0].aliases == ["Hansa", "Hanse"]
    assert terms[0].see_also == ["Lübeck"]
    assert terms[0].reviewed is True and terms[0].pinned is False
    assert terms[1].pinned is True
    assert terms[2].reviewed is False and terms[2].definition == ""


def test_see_also_by_alias_or_id_resolves_to_the_term(tmp_path):
    p = write(tmp_path, """
        terms:
          - {term: Alpha, aliases: [A1], definition: d., see_also: [b-id]}
          - {term: Beta, id: b-id, definition: d., see_also: [A1]}
    """)
    a, b = load_glossary(p)
    assert a.see_also == ["Beta"] and b.see_also == ["Alpha"]


def test_unknown_key_with_suggestion_and_position(tmp_path):
    out = problems(tmp_path, """
        terms:
          - term: Hansa
            defintion: A league.
    """)
    assert any(p.startswith("g.yaml:3:5: unknown key 'terms[1].defintion'")
               and "did you mean 'definition'?" in p for p in out), out


def test_all_problems_reported_together(tmp_path):
    out = problems(tmp_path, """
        terms:
          - term: Hansa
            definition: A league of towns.
          - term: hansa
            definition: Again.
          - term: Cog
            kind: ship
          - term: Lübeck
            definition: A city.
            see_also: [Hamburgh, Lubeck]
          - term: Bremen
            aliases: [Hansa]
            definition: A city.
    """)
    text = "\n".join(out)
    # duplicate term (case does not count), at the duplicate's position
    assert any(p.startswith("g.yaml:4:") and "duplicate term 'hansa'" in p
               and "line 2" in p for p in out), text
    # missing definition on a reviewed entry
    assert any(p.startswith("g.yaml:6:") and "'Cog': missing definition" in p for p in out), text
    # kind not among the choices
    assert any(p.startswith("g.yaml:7:") and "'ship' is not one of" in p for p in out), text
    # see_also to an unknown term, with a suggestion; and to the entry itself
    assert any(p.startswith("g.yaml:10:") and "see_also names 'Hamburgh'" in p for p in out), text
    assert any("see_also names the entry itself" in p for p in out), text
    # an alias that is already another entry's name
    assert any(p.startswith("g.yaml:12:") and "alias 'Hansa' of 'Bremen'" in p for p in out), text


def test_see_also_unknown_suggests_close_term(tmp_path):
    out = problems(tmp_path, """
        terms:
          - {term: Hanseatic League, definition: d.}
          - {term: Cog, definition: d., see_also: [Hanseatic Leage]}
    """)
    assert any("did you mean 'Hanseatic League'?" in p for p in out), out


def test_missing_terms_and_wrong_types(tmp_path):
    out = problems(tmp_path, "glossary: []\n")
    assert any("missing required key 'terms'" in p for p in out)
    assert any("unknown key 'glossary'" in p for p in out)
    out = problems(tmp_path, """
        terms:
          - term: X
            definition: d.
            aliases: Y
    """)
    assert any(p.startswith("g.yaml:4:") and "aliases must be a list" in p for p in out), out


def test_duplicate_ids_and_bad_ids(tmp_path):
    out = problems(tmp_path, """
        terms:
          - {term: North–South corridor, definition: d.}
          - {term: North South Corridor!, definition: d.}
          - {term: Z, id: "has space", definition: d.}
    """)
    assert any("duplicate id 'north-south-corridor'" in p for p in out), out
    assert any("id 'has space' may contain only" in p for p in out), out


def test_empty_file_is_an_empty_glossary(tmp_path):
    assert load_glossary(write(tmp_path, "# nothing yet\n")) == []


def test_invalid_yaml_is_a_content_error_with_position(tmp_path):
    out = problems(tmp_path, "terms:\n  - term: [unclosed\n")
    assert out[0].startswith("g.yaml:") and "invalid YAML" in out[0]


def test_diacritic_variants_of_an_entry_s_own_name_are_allowed(tmp_path):
    p = write(tmp_path, """
        terms:
          - {term: Erdogan, aliases: [Erdoğan], definition: d.}
    """)
    assert load_glossary(p)[0].aliases == ["Erdoğan"]


def test_schema_documents_every_key():
    for f in GLOSSARY_SCHEMA.fields + TERM_SCHEMA.fields:
        assert f.doc.strip(), f.name
    assert {f.name for f in TERM_SCHEMA.fields} >= {
        "term", "id", "aliases", "definition", "see_also", "kind", "reviewed", "pinned"}


def test_slug():
    assert slugify("Nagorno-Karabakh") == "nagorno-karabakh"
    assert slugify("trilateral statement of 9–10 November 2020") == \
        "trilateral-statement-of-9-10-november-2020"
    assert slugify("Łódź") == "lodz"
