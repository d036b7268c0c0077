"""Tests assert behaviour through public names: a test that imports a
private name (``_x``) of coursepack, or reads one from a coursepack module,
ties itself to how the code is written rather than to what it does.

Their number only comes down (issue 20: 46 when counted; 6 left on 2026-12-06,
in tests/questions and tests/read_pdf; none since: the EPUB's chapter read
from ``epub_bytes``, the PDF layout rules of read/pdflayout/blocks.py public)."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
MAX_PRIVATE = 0


def private_uses(root: Path = TESTS) -> dict[str, list[str]]:
    """``file::test`` → the private coursepack names it uses."""
    found: dict[str, list[str]] = {}
    for f in sorted(root.rglob("*.py")):
        tree = ast.parse(f.read_text(encoding="utf-8"))
        modules, private = set(), set()
        for n in ast.walk(tree):
            if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("coursepack"):
                for a in n.names:
                    is_private = a.name.startswith("_") and not a.name.startswith("__")
                    (private if is_private else modules).add(a.asname or a.name)
            elif isinstance(n, ast.Import):
                modules.update((a.asname or a.name).split(".")[0] for a in n.names
                               if a.name.startswith("coursepack"))

        def uses(fn):
            hits = set()
            for n in ast.walk(fn):
                if isinstance(n, ast.Name) and n.id in private:
                    hits.add(n.id)
                elif isinstance(n, ast.Attribute) and n.attr.startswith("_") \
                        and not n.attr.startswith("__"):
                    base = n.value
                    while isinstance(base, ast.Attribute):
                        base = base.value
                    if isinstance(base, ast.Name) and base.id in modules:
                        hits.add(ast.unparse(n))
            return sorted(hits)

        def visit(node, prefix=""):
            for c in ast.iter_child_nodes(node):
                if isinstance(c, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    hits = uses(c)
                    if hits:
                        found[f"{f.relative_to(root).as_posix()}::{prefix}{c.name}"] = hits
                elif isinstance(c, ast.ClassDef):
                    visit(c, f"{prefix}{c.name}.")
        visit(tree)
    return found


def test_private_names_in_tests_only_come_down():
    found = private_uses()
    assert len(found) <= MAX_PRIVATE, (
        f"{len(found)} tests use private coursepack names (at most {MAX_PRIVATE}): assert the "
        f"behaviour through public names instead: {found}")


def test_private_uses_are_found(tmp_path):
    (tmp_path / "test_a.py").write_text(
        "from coursepack import words\nfrom coursepack.check import _x, check\nimport os\n\n"
        "def test_one():\n    words._index('fr')\n    os._exit\n\n"
        "def test_two():\n    _x()\n\n"
        "def test_three():\n    check(words.zipf)\n\n"
        "class TestC:\n    def test_four(self):\n        words.__name__\n")
    assert private_uses(tmp_path) == {"test_a.py::test_one": ["words._index"],
                                      "test_a.py::test_two": ["_x"]}
