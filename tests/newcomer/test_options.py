"""The build options where the README shows them: on the default command
(`python3 build.py --profile press`), before or after `build`."""

import pytest

from coursepack.cli import parse_args
from tests.build.conftest import make_project
from tests.newcomer.run import cp


def parse(*argv):
    return parse_args(list(argv))


@pytest.mark.parametrize("argv", [("--profile", "press"), ("--profile", "press", "build"),
                                  ("build", "--profile", "press"), ("--profile", "press", "watch")])
def test_profile_on_the_default_command_and_around_build(argv):
    assert parse(*argv).profile == "press"


def test_defaults_and_instructor():
    a = parse()
    assert (a.command, a.out, a.profile, a.instructor) == (None, None, None, False)
    assert parse("--instructor").instructor is True
    assert parse("--instructor", "build", "--profile", "screen").instructor is True
    assert str(parse("--out", "o").out) == "o"


def test_a_build_option_with_another_command_is_refused(capsys):
    with pytest.raises(SystemExit) as e:
        parse("--instructor", "check")
    assert e.value.code == 2
    assert "--instructor is a build option" in capsys.readouterr().err
    # the commands' own --out stays theirs
    assert str(parse("web", "--out", "w").out) == "w"


def test_build_py_with_profile_and_instructor(tmp_path):
    project = make_project(tmp_path / "p")
    res = cp("--profile", "screen", "--instructor", "--quiet", cwd=project)
    assert res.returncode == 0, res.stderr
    assert (project / "build" / "reader-instructor-screen.pdf").exists()
    assert (project / "build" / "reader-screen.pdf").exists()
    res = cp("--profile", "nope", cwd=project)
    assert res.returncode == 2 and "invalid choice: 'nope'" in res.stderr
