"""The command line is a table of commands, one module each in
coursepack/cli/: every command in the table has its module, its help and
its options, every command module is in the table, and each command's
help is what ``--help`` shows."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

from coursepack import cli
from coursepack.cli import COMMANDS, main, parse_args

ROOT = Path(__file__).resolve().parents[2]
NOT_COMMANDS = {"base"}     # what the commands share


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_every_command_has_its_module():
    for name, module in COMMANDS.items():
        assert module is importlib.import_module(f"coursepack.cli.{name}"), name
        assert isinstance(module.HELP, str) and module.HELP.strip(), name
        assert callable(module.arguments) and callable(module.run), name
    modules = {m.name for m in pkgutil.iter_modules(cli.__path__) if not m.name.startswith("_")}
    assert modules - NOT_COMMANDS == set(COMMANDS), "a command module missing from COMMANDS"


def test_the_help_lists_every_command_with_its_help(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    assert e.value.code == 0
    shown = _flat(capsys.readouterr().out)
    for name, module in COMMANDS.items():
        assert f"{name} {_flat(module.HELP)}" in shown, name


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_command_has_help(name, capsys):
    with pytest.raises(SystemExit) as e:
        main([name, "--help"])
    assert e.value.code == 0
    out = _flat(capsys.readouterr().out)
    assert out.startswith(f"usage: coursepack {name} "), out
    assert "--root ROOT" in out and "--quiet" in out and "--debug" in out
    takes_build_options = getattr(COMMANDS[name], "BUILD_OPTIONS", False)
    assert ("--profile {office,press,screen}" in out) == takes_build_options, name


def test_build_options_only_with_the_commands_that_take_them(capsys):
    takers = [n for n, m in COMMANDS.items() if getattr(m, "BUILD_OPTIONS", False)]
    assert takers == ["build", "watch"]
    for name in takers:
        assert parse_args(["--profile", "press", name]).profile == "press"
    assert parse_args(["--profile", "press"]).profile == "press"      # no command: build
    with pytest.raises(SystemExit) as e:
        parse_args(["--profile", "press", "check"])
    assert e.value.code == 2
    assert "use it with build or watch, not with check" in capsys.readouterr().err


def test_a_command_needing_a_course_says_so_and_exits_2(tmp_path, capsys):
    needing = [n for n, m in COMMANDS.items() if getattr(m, "NEEDS_COURSE", True)]
    assert "init" not in needing and "schema" not in needing
    assert main(["check", "--root", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "content/pack.yaml: file not found" in err and "nothing was written" in err
    assert main(["schema", "--root", str(tmp_path)]) == 0


def test_python_m_coursepack_cli_runs_the_table():
    res = subprocess.run([sys.executable, "-m", "coursepack.cli", "--version"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 0 and res.stdout.startswith("coursepack "), res
