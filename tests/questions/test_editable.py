"""The editable-list machinery shared by questions, timeline and glossary."""

from __future__ import annotations

import yaml
from hypothesis import given, settings, strategies as st

from coursepack import editable

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=80)


@settings(max_examples=80, deadline=None)
@given(TEXT)
def test_a_scalar_reads_back_after_a_key_and_inside_a_list(value):
    s = editable.scalar(value)
    assert "\n" not in s
    assert yaml.safe_load(f"k: {s}") == {"k": value}
    assert yaml.safe_load(f"[{s}, {s}]") == [value, value]


def test_a_scalar_is_plain_when_plain_is_safe_and_quoted_otherwise():
    assert editable.scalar("Lübeck") == "Lübeck"
    assert editable.scalar("yes") == "'yes'"            # would read back as a boolean
    assert editable.scalar("0]") == '"0]"'              # would end a flow list
    assert editable.scalar("a, b") == '"a, b"'          # would split a flow list ...
    assert editable.scalar("a, b", in_flow=False) == "a, b"   # ... but not after a key


def test_merge_keeps_an_edit_and_a_drop_and_refreshes_an_untouched_entry():
    fields = ("text",)

    def gen(i, text):
        e = {"id": f"r-{i}", "text": text}
        e["fingerprint"] = editable.fingerprint(e, fields)
        return e
    old = [gen(1, "Old one?"), gen(2, "Old two?"), gen(3, "Old three?")]
    old[0]["text"] = "My own wording?"                  # edited by the instructor
    old[1]["dropped"] = True
    new = [gen(1, "New one?"), gen(2, "New two?"), gen(3, "New three?"), gen(4, "Four?")]
    merged, counts = editable.merge(old, new, fields, "custom")
    assert [(e["id"], e["text"]) for e in merged] == [
        ("r-1", "My own wording?"), ("r-2", "Old two?"), ("r-3", "New three?"), ("r-4", "Four?")]
    assert merged[0]["origin"] == "edited" and merged[1]["dropped"]
    assert (counts["edited"], counts["dropped"], counts["refreshed"], counts["added"]) == (1, 1, 1, 1)


def test_a_custom_entry_gets_a_stable_id_that_does_not_collide():
    a = editable.custom_id("custom", "Why?", set())
    assert a == editable.custom_id("custom", "  Why? ", set())
    assert editable.custom_id("custom", "Why?", {a}) == a + "-2"
