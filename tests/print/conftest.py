"""Builds for the print tests, one per profile per session, made in
subprocesses that run side by side (and alongside the in-process seed
build of tests/conftest.py):

* ``again``: the default pack once more, into another folder, to compare bytes;
* ``press``: the pack with ``profile: press`` and ``booklet: true`` (a copy
  of the project's content with those two options changed);
* ``screen``: ``--profile screen``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


class Builds:
    def __init__(self, base: Path):
        self.base = base
        self.procs: dict[str, tuple[subprocess.Popen, Path]] = {}
        self.done: dict[str, Path] = {}

    def start(self, name: str, root: Path, *args: str) -> None:
        out = self.base / f"out-{name}"
        with open(self.base / f"{name}.log", "wb") as log:
            p = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "--root", str(root),
                                  "--quiet", "build", "--out", str(out), *args],
                                 stdout=log, stderr=subprocess.STDOUT, cwd=str(root))
        self.procs[name] = (p, out)

    def get(self, name: str) -> Path:
        if name not in self.done:
            p, out = self.procs[name]
            rc = p.wait(timeout=600)
            log = (self.base / f"{name}.log").read_text(errors="replace")
            assert rc == 0, f"{name} build failed:\n{log}"
            assert "warning" not in log.lower(), log
            self.done[name] = out
        return self.done[name]


def press_project(base: Path) -> Path:
    """A copy of the project's content, templates and styles with the press
    profile and the booklet switched on."""
    root = base / "press-project"
    shutil.copytree(ROOT / "content", root / "content")
    pack = root / "content" / "pack.yaml"
    text = pack.read_text(encoding="utf-8")
    assert "  booklet: false" in text and "  profile: office" in text
    pack.write_text(text.replace("  booklet: false", "  booklet: true")
                    .replace("  profile: office", "  profile: press"), encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def builds(tmp_path_factory) -> Builds:
    base = tmp_path_factory.mktemp("print")
    b = Builds(base)
    b.start("again", ROOT)
    b.start("press", press_project(base))
    b.start("screen", ROOT, "--profile", "screen")
    yield b
    for p, _ in b.procs.values():
        if p.poll() is None:
            p.kill()
            p.wait()
