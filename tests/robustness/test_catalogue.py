"""Every bad-input scenario of the catalogue (see scenarios.py) run through
the command line in-process: the exit status, every expected message
(``file:line:col``), no traceback, and the previous outputs untouched."""

from __future__ import annotations

import re

import pytest

from coursepack.cli import main
from tests.robustness import scenarios

NAMES = scenarios.names()


def test_the_catalogue_is_large_enough():
    assert len(NAMES) >= 30


@pytest.mark.parametrize("name", NAMES)
def test_scenario(name, tmp_path, capsys):
    root, e = scenarios.make(name, tmp_path / "project")
    before = scenarios.outputs(root)
    argv = [e["command"], "--root", str(root)]
    if e["command"] == "build":
        argv.append("--quiet")
    code = main(argv)
    out, err = capsys.readouterr()
    text = out if e["stream"] == "stdout" else err
    assert "Traceback" not in out + err
    assert "internal error" not in out + err
    assert code == e["exit"], f"{name}: exit {code}\n{out}\n{err}"
    for pattern in e["stderr"]:
        assert re.search(pattern, text, re.MULTILINE), \
            f"{name}: no line matches {pattern!r} in:\n{text}"
    for pattern in e.get("forbid") or []:
        assert not re.search(pattern, out + err), f"{name}: {pattern!r} was printed:\n{out}{err}"
    if code != 0:
        # a failed build changes nothing: previous outputs byte-identical, no
        # new file, no temporary file left
        assert scenarios.outputs(root) == before
        # every problem line names a file
        for line in err.splitlines()[:-1]:
            assert re.match(r"^[\w./-]+(:\d+(:\d+)?)?: ", line), line


@pytest.mark.parametrize("name", ["bibliography-yaml-unknown-entry", "many-files-reported-together",
                                  "template-syntax-error", "stylesheet-remote-import"])
def test_a_second_build_reports_the_same(name, tmp_path, capsys):
    """Caches must not hide a problem: the same bad input fails the same
    way on the next build."""
    root, e = scenarios.make(name, tmp_path / "project")
    runs = []
    for _ in range(2):
        code = main(["build", "--root", str(root), "--quiet"])
        runs.append((code, capsys.readouterr().err))
    assert runs[0] == runs[1]
    assert runs[0][0] == e["exit"]
