"""corrections.yaml: schema, positions, scope, unmatched entries, lost-note
reconstructions."""

from __future__ import annotations

import pytest

from coursepack.errors import ContentError
from coursepack.model import plain_text
from coursepack.repair import load_corrections, loads_corrections, repair_article

ARTICLE = """\
Mills on the Vistula

Introduction

The mils of Toruń ground grain for the whole region¹. Teh millers
were organised in a guild².

Decline

The mils closed after 1900.

1 A. Nowak, Młyny, Toruń 1980.
"""


def test_valid_file_applied_with_scope_and_modes():
    items = loads_corrections("""\
corrections:
  - find: mils
    replace: mills
    category: typo
    why: letter missing
    where: s1
  - find: Teh millers
    replace: The millers
    category: typo
    mode: silent
    why: transposed letters
notes:
  - number: 2
    reconstruction: "[A statute of the millers' guild, probably cited here.]"
    why: the sentence refers to the guild
""", "c.yaml")
    r = repair_article(ARTICLE, corrections=items, corrections_path="c.yaml")
    assert r.unmatched_corrections == []
    body = [plain_text(b.inlines) for b in r.blocks()]
    assert body[0] == "The mills of Toruń ground grain for the whole region. The millers were organised in a guild."
    assert body[1] == "The mils closed after 1900."          # outside the scope s1
    changes = [c for c in r.changes if c.kind == "correction"]
    assert [(c.before, c.silent, c.category, c.where.line, c.where.block) for c in changes] == [
        ("mils", False, "typo", 5, "s1-p1"), ("Teh millers", True, "typo", 5, "s1-p1")]
    n2 = r.note(2)
    assert n2.status == "lost" and n2.reconstruction.startswith("[A statute")
    assert r.accounting.complete


def test_unmatched_correction_reported_with_position():
    items = loads_corrections("""\
corrections:
  - find: mills
    replace: mils
    category: typo
    why: x
  - find: windmill
    replace: wind mill
    category: spacing
    why: not in the text
""", "content/readings/x/corrections.yaml")
    r = repair_article(ARTICLE, corrections=items, corrections_path="content/readings/x/corrections.yaml")
    assert [str(p) for p in r.unmatched_corrections] == [
        "content/readings/x/corrections.yaml:2:5: warning: correction not applied: 'mills' not found in the repaired text",
        "content/readings/x/corrections.yaml:6:5: warning: correction not applied: 'windmill' not found in the repaired text"]


def test_reconstruction_for_a_note_that_is_not_lost_is_reported():
    items = loads_corrections("notes:\n  - number: 1\n    reconstruction: x\n", "c.yaml")
    r = repair_article(ARTICLE, corrections=items)
    assert any("note 1 is not lost" in p.message for p in r.unmatched_corrections)


@pytest.mark.parametrize("text,message", [
    ("corrections:\n  - find: a\n    replace: b\n    category: typo\n    why: x\n    modee: silent\n",
     "c.yaml:6:5: unknown key 'corrections[1].modee' (did you mean 'mode'?)"),
    ("corrections:\n  - find: a\n    replace: b\n    category: typpo\n    why: x\n",
     "c.yaml:4:5: corrections[1].category: 'typpo' is not one of"),
    ("corrections:\n  - find: a\n    category: typo\n    why: x\n",
     "c.yaml:2:5: missing required key 'corrections[1].replace'"),
    ("corrections:\n  - find: a\n    replace: b\n    category: typo\n    why: x\n    mode: loud\n",
     "c.yaml:6:5: corrections[1].mode: 'loud' is not one of silent, noted"),
    ("notes:\n  - number: many\n    reconstruction: x\n", "c.yaml:2:5: notes[1].number must be a whole number"),
    ("corrections: [\n", "c.yaml:2:1: invalid YAML"),
])
def test_schema_errors_have_positions(text, message):
    with pytest.raises(ContentError) as e:
        loads_corrections(text, "c.yaml")
    assert any(str(p).startswith(message) for p in e.value.problems), [str(p) for p in e.value.problems]


def test_missing_file_is_empty(tmp_path):
    assert load_corrections(tmp_path / "corrections.yaml") == []


def test_seed_corrections_file_is_valid():
    from pathlib import Path
    path = Path(__file__).resolve().parents[2] / "content/readings/russia-armenia-azerbaijan/corrections.yaml"
    items = load_corrections(path)
    assert len(items) >= 10
