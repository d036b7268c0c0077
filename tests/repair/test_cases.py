"""Run the case files in tests/cases/ (one per artifact class)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from coursepack.model import plain_text
from coursepack.repair import repair_article, repair_text
from coursepack.repair.rules import Vocabulary, fix

CASES = Path(__file__).resolve().parent.parent / "cases"


def _load():
    out = []
    for f in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        for i, c in enumerate(data["cases"]):
            rule = c.get("rule", data.get("rule"))
            out.append(pytest.param(rule, c, id=f"{f.stem}-{i + 1}"))
    return out


def _article(text: str, expected: dict) -> None:
    r = repair_article(text)
    assert r.title == expected["title"]
    got_sections = [[s.title, [plain_text(b.inlines) for b in s.blocks]] for s in r.sections]
    assert got_sections == expected["sections"]
    for num, want in (expected.get("notes") or {}).items():
        note = r.note(int(num))
        assert note is not None, f"note {num} missing"
        if want in ("lost", "partial"):
            assert note.status == want and not note.inlines
        else:
            assert note.status == "complete"
            assert plain_text(note.inlines) == want
    if "abstracts" in expected:
        got = [[a.lang, a.title, plain_text(a.inlines)] for a in r.abstracts]
        assert got == expected["abstracts"]
    if "fragments" in expected:
        assert [[f.text, f.attached_to] for f in r.fragments] == expected["fragments"]
    else:
        assert not r.fragments
    # every marker resolves to a note, and no word is lost
    for s in r.sections:
        for b in s.blocks:
            for n in b.inlines:
                if n.type == "noteref":
                    assert r.note(n.number) is not None
    assert r.accounting.complete, r.accounting.missing
    if "discarded" in expected:
        assert r.accounting.discarded == expected["discarded"]
        assert {c.kind for c in r.changes if c.rule == "page_furniture"} == {"furniture"}


@pytest.mark.parametrize("rule,case", _load())
def test_case(rule, case):
    text, expected = case["input"], case["expected"]
    lang = case.get("lang", "en")
    if rule == "article":
        _article(text, expected)
    elif rule == "pipeline":
        assert repair_text(text, lang) == expected, case.get("comment")
    else:
        vocab = Vocabulary(text) if case.get("vocabulary") else None
        assert fix(rule, text, lang, vocab) == expected, case.get("comment")


def test_case_files_exist_for_each_artifact_class():
    names = {f.stem for f in CASES.glob("*.yaml")}
    assert {"ligature", "hyphenation", "smallcaps", "roman", "spacing", "layout", "fragments", "urls"} <= names
