"""`coursepack init`, commands run from anywhere in a course folder, and the
templates and styles shipped inside the package."""

import glob
import tomllib

import yaml

from coursepack.cli.base import find_root
from tests.newcomer.run import ROOT, SEED_LANDING, SEED_TEXT, cp


def test_init_makes_a_course_and_prints_the_next_three_commands(tmp_path):
    course = tmp_path / "modern-history"
    res = cp("init", course, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    pack = course / "content" / "pack.yaml"
    data = yaml.safe_load(pack.read_text())
    assert data["title"] == "modern history" and data["readings"] is None
    assert data["output"]["profile"] == "office"
    assert pack.read_text().count("\n#") >= 3           # commented for the user
    for d in ("readings", "styles", "templates"):
        assert (course / "content" / d).is_dir()
    steps = res.stdout.split("Next:\n", 1)[1].splitlines()
    assert len(steps) == 3
    assert steps[0].strip() == f"cd {course}"
    assert " ingest " in steps[1] and steps[2].split("#")[0].rstrip().endswith(" build")
    # never over an existing course
    again = cp("init", course, cwd=tmp_path)
    assert again.returncode == 2 and "already there" in again.stderr
    assert yaml.safe_load(pack.read_text()) == data


def test_a_course_without_readings_says_what_to_do(tmp_path):
    assert cp("init", "c", "--title", "T", cwd=tmp_path).returncode == 0
    res = cp("build", cwd=tmp_path / "c")
    assert res.returncode == 2
    line = res.stderr.splitlines()[0]
    assert line.startswith("content/pack.yaml:") and "no readings yet" in line and "ingest" in line
    assert not (tmp_path / "c" / "build" / "reader.pdf").exists()


def test_no_course_here_names_init_and_root(tmp_path):
    res = cp("build", cwd=tmp_path)
    assert res.returncode == 2
    assert "content/pack.yaml: file not found" in res.stderr and " init " in res.stderr
    assert "--root" in res.stderr


def test_init_ingest_build_outside_the_checkout_from_a_subfolder(tmp_path):
    """The goal: init, ingest a text source, build, from outside the
    checkout; the later commands from a folder inside the course, and one
    with --root from elsewhere."""
    course = tmp_path / "x"
    assert cp("init", course, cwd=tmp_path).returncode == 0
    sub = course / "content" / "readings"
    res = cp("ingest", SEED_TEXT, "--landing", SEED_LANDING, "--slug", "seed", cwd=sub)
    assert res.returncode == 0, res.stderr
    assert "added 'seed' to content/pack.yaml" in res.stdout
    assert [r["slug"] for r in yaml.safe_load((course / "content/pack.yaml").read_text())["readings"]] == ["seed"]
    res = cp("build", "--quiet", cwd=sub)
    assert res.returncode == 0, res.stderr
    assert (course / "build" / "reader.pdf").read_bytes().startswith(b"%PDF")
    assert (course / "build" / "handout.pdf").exists()
    assert not (sub / "build").exists()
    res = cp("--root", course, "check", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "seed" in res.stdout


def test_find_root_walks_up_to_the_course(tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "pack.yaml").write_text("title: T\n")
    deep = tmp_path / "content" / "readings" / "a" / "source"
    deep.mkdir(parents=True)
    assert find_root(deep) == tmp_path.resolve()
    assert find_root(tmp_path.parent) is None or find_root(tmp_path.parent) != tmp_path.resolve()


def test_templates_and_styles_are_package_data():
    """Every file of coursepack/templates and coursepack/styles is matched by
    pyproject's package-data globs (as setuptools expands them), so a plain
    `pip install` carries them; and nothing is left at the checkout's top."""
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = cfg["tool"]["setuptools"]["package-data"]["coursepack"]
    pkg = ROOT / "coursepack"
    shipped = {p for pat in patterns for p in glob.glob(pat, root_dir=pkg, recursive=True)}
    files = {str(p.relative_to(pkg)) for d in ("templates", "styles")
             for p in (pkg / d).rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert {"templates/reader.html.j2", "templates/web/index.html.j2", "styles/reader.css"} <= files
    assert files <= shipped, files - shipped
    assert not (ROOT / "templates").exists() and not (ROOT / "styles").exists()
