"""build.py leaves with os._exit after main() (no interpreter teardown):
its exit status and everything it printed must still come out."""

import os
import subprocess
import sys

from tests.build.conftest import ROOT


def run(*args, cwd=ROOT):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # output to a pipe
    return subprocess.run([sys.executable, str(ROOT / "build.py"), *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_success_status_and_all_output(project):
    res = run("--root", str(project), "build")
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines[0].startswith("coursepack ") and lines[-1].startswith("done in ")
    assert sum(1 for line in lines if line.startswith("coursepack ")) == 1   # said once
    assert (project / "build" / "reader.pdf").read_bytes().startswith(b"%PDF")


def test_problem_status_and_message(project):
    g = project / "content" / "readings" / "lighthouses" / "glossary.yaml"
    g.write_text(g.read_text() + "\nbad: [\n")
    res = run("--root", str(project), "build")
    assert res.returncode == 2
    assert "glossary.yaml" in res.stderr and "invalid YAML" in res.stderr
    assert not (project / "build" / "reader.pdf").exists()
