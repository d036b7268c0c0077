"""Private pypdf and WeasyPrint APIs are used only in coursepack/pdf/compat.py.

A private name is one that pypdf or WeasyPrint defines with a leading
underscore (``def _x``, ``self._x = ...``, ``_x = ...``) and coursepack does
not define itself; a private module is any pypdf or WeasyPrint module other
than the documented ones below.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path

import pytest

from coursepack import wpload

PACKAGE = Path(__file__).resolve().parents[2] / "coursepack"
PUBLIC_MODULES = {"pypdf", "pypdf.generic", "pypdf.errors", "pypdf.constants",
                  "weasyprint", "weasyprint.urls", "weasyprint.text.fonts"}
# owned by another branch at the time of writing (standards: pdf/finish.py);
# moved into compat when merged -- the test fails once it is no longer needed
PENDING: set = set()   # (file, name) of a private use still to move here

DEFINES = re.compile(r"(?:def\s+|self\.|^\s*)(_[A-Za-z0-9]\w*)\b\s*[(=:]?", re.M)


def _third_party_private_names() -> set[str]:
    names: set[str] = set()
    for lib in ("pypdf", "weasyprint"):
        root = Path(importlib.util.find_spec(lib).origin).parent
        for f in root.rglob("*.py"):
            text = f.read_text(encoding="utf-8", errors="replace")
            names.update(n for n in DEFINES.findall(text) if not n.endswith("__"))
    return names


def _own_names(trees) -> set[str]:
    own: set[str] = set()
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                own.add(node.name)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                own.add(node.attr)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                own.add(node.id)
            elif isinstance(node, ast.arg):
                own.add(node.arg)
            elif isinstance(node, ast.keyword) and node.arg:
                own.add(node.arg)
    return own


def private_uses(package: Path = PACKAGE) -> list[tuple[str, int, str]]:
    """(file, line, name) of every private pypdf/WeasyPrint use outside compat."""
    trees = {f: ast.parse(f.read_text(encoding="utf-8"), str(f)) for f in package.rglob("*.py")}
    private = _third_party_private_names() - _own_names(trees)
    found = []
    for f, tree in trees.items():
        if f == package / "pdf" / "compat.py":
            continue
        rel = str(f.relative_to(package))
        for node in ast.walk(tree):
            name = None
            if isinstance(node, ast.Attribute) and node.attr in private:
                name = node.attr
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                  and node.func.id in ("getattr", "hasattr", "setattr") and len(node.args) > 1
                  and isinstance(node.args[1], ast.Constant) and node.args[1].value in private):
                name = node.args[1].value
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                mods = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
                if node.module.split(".")[0] in ("pypdf", "weasyprint") \
                        and node.module not in PUBLIC_MODULES:
                    name = node.module
                elif any(m in ("pypdf._writer", "weasyprint.layout") for m in mods):
                    name = node.module
            elif isinstance(node, ast.Import):
                for a in node.names:
                    if a.name.split(".")[0] in ("pypdf", "weasyprint") \
                            and a.name not in PUBLIC_MODULES:
                        name = a.name
            if name:
                found.append((rel, node.lineno, name))
    return found


def test_private_apis_only_in_compat():
    found = private_uses()
    unexpected = [u for u in found if (u[0], u[2]) not in PENDING]
    assert unexpected == [], "use coursepack.pdf.compat instead:\n" + "\n".join(
        f"coursepack/{f}:{line}: {name}" for f, line, name in unexpected)
    still = {(f, n) for f, _, n in found}
    assert PENDING <= still, f"no longer needed, remove from PENDING: {PENDING - still}"


def test_the_check_finds_a_private_use(tmp_path):
    pkg = tmp_path / "coursepack"
    (pkg / "pdf").mkdir(parents=True)
    (pkg / "pdf" / "compat.py").write_text("def root(w):\n    return w._root_object\n")
    (pkg / "x.py").write_text(
        "def f(w, p):\n    w._add_object(1)\n    return getattr(p, '_page_box', None)\n"
        "from weasyprint.layout.background import layout_box_backgrounds\n"
        "def own(self):\n    self._mine = 1\n    return self._mine\n")
    found = {(f, n) for f, _, n in private_uses(pkg)}
    assert found == {("x.py", "_add_object"), ("x.py", "_page_box"),
                     ("x.py", "weasyprint.layout.background")}


def test_every_part_asked_for_is_loaded_with_weasyprint():
    """wpload.part looks WeasyPrint's modules up (it imports none): each
    module the package asks it for is loaded by importing WeasyPrint, and
    one that is not is refused."""
    asked = set()
    for f in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "part" \
                    and node.args and isinstance(node.args[0], ast.Constant):
                asked.add(node.args[0].value)
    assert "weasyprint.layout.inline" in asked and "pyphen" in asked, asked
    for name in sorted(asked):
        assert wpload.part(name).__name__ == name
    with pytest.raises(KeyError):
        wpload.part("weasyprint.no_such_module")
    with pytest.raises(KeyError):
        wpload.part("json")
