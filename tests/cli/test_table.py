"""The command line is a table of commands, one module each in
coursepack/cli/: every command in the table has its module, its help and
its options, every command module is in the table, each command's help is
what ``--help`` shows, and only the module of the command that runs is
imported (``--help`` imports none)."""

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
    for name, command in COMMANDS.items():
        module = command.module
        assert command.name == name and module is importlib.import_module(f"coursepack.cli.{name}"), name
        assert isinstance(command.help, str) and command.help.strip(), name
        assert callable(module.arguments) and callable(module.run), name
    modules = {m.name for m in pkgutil.iter_modules(cli.__path__) if not m.name.startswith("_")}
    assert modules - NOT_COMMANDS == set(COMMANDS), "a command module missing from COMMANDS"


def test_the_help_lists_every_command_with_its_help(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    assert e.value.code == 0
    shown = _flat(capsys.readouterr().out)
    for name, command in COMMANDS.items():
        assert f"{name} {_flat(command.help)}" in shown, name


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_command_has_help(name, capsys):
    with pytest.raises(SystemExit) as e:
        main([name, "--help"])
    assert e.value.code == 0
    out = _flat(capsys.readouterr().out)
    assert out.startswith(f"usage: coursepack {name} "), out
    assert "--root ROOT" in out and "--quiet" in out and "--debug" in out
    takes_build_options = COMMANDS[name].build_options
    assert ("--profile {office,press,screen}" in out) == takes_build_options, name


def test_build_options_only_with_the_commands_that_take_them(capsys):
    takers = [n for n, c in COMMANDS.items() if c.build_options]
    assert takers == ["build", "watch"]
    for name in takers:
        assert parse_args(["--profile", "press", name]).profile == "press"
    assert parse_args(["--profile", "press"]).profile == "press"      # no command: build
    with pytest.raises(SystemExit) as e:
        parse_args(["--profile", "press", "check"])
    assert e.value.code == 2
    assert "use it with build or watch, not with check" in capsys.readouterr().err


def test_a_command_needing_a_course_says_so_and_exits_2(tmp_path, capsys):
    needing = [n for n, c in COMMANDS.items() if c.needs_course]
    assert "init" not in needing and "schema" not in needing
    assert main(["check", "--root", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "content/pack.yaml: file not found" in err and "nothing was written" in err
    assert main(["schema", "--root", str(tmp_path)]) == 0


def test_python_m_coursepack_cli_runs_the_table():
    res = subprocess.run([sys.executable, "-m", "coursepack.cli", "--version"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 0 and res.stdout.startswith("coursepack "), res


LOADED = """
import sys
from coursepack.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print("loaded:", *sorted(m for m in sys.modules if m.startswith("coursepack")))
"""


def _loaded(*argv: str) -> set[str]:
    res = subprocess.run([sys.executable, "-c", LOADED, *argv], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    return set(res.stdout.rsplit("loaded:", 1)[1].split())


def test_only_the_running_command_is_imported():
    """``--help`` imports no command module and no stage; a command's
    ``--help`` imports its own module (and its stages), no other command's."""
    assert _loaded("--help") == {"coursepack", "coursepack.cli", "coursepack.cli.base",
                                 "coursepack.errors", "coursepack.progress"}
    commands = {m for m in _loaded("schema", "--help") if m.startswith("coursepack.cli.")}
    assert commands == {"coursepack.cli.base", "coursepack.cli.schema"}
    assert "coursepack.schema" in _loaded("schema", "--help")
    # the options before the command, abbreviated and with their values, are read as
    # the parser reads them: '--root build' names the folder, not the command
    commands = {m for m in _loaded("--ro", "build", "-q", "schema", "--help")
                if m.startswith("coursepack.cli.")}
    assert commands == {"coursepack.cli.base", "coursepack.cli.schema"}
