"""Session-wide fixtures: one build of the default pack per test session,
shared by the e2e and print tests; and the builds of the default pack in
each print profile (``builds``), made in subprocesses that run side by side
(and alongside the in-process seed build), shared by the print tests and
the same-bytes test (tests/build/test_samebytes.py):

* ``again``: the default pack once more, into another folder, to compare bytes;
* ``press``: the pack with ``profile: press`` and ``booklet: true`` (a copy
  of the project's content with those two options changed);
* ``screen``: ``--profile screen``.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coursepack.build import Options, build
from tests.pdfcheck import Pdf

ROOT = Path(__file__).resolve().parents[1]


class Built:
    def __init__(self, out: Path, result):
        self.out = out
        self.result = result
        self.reader = Pdf((out / "reader.pdf").read_bytes())
        self.handout = Pdf((out / "handout.pdf").read_bytes())
        self.edition = json.loads((out / "russia-armenia-azerbaijan" / "edition.json").read_text())

    @property
    def reading(self) -> dict:
        return self.edition["reading"]


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Built:
    out = tmp_path_factory.mktemp("build")
    messages = []
    result = build(ROOT, Options(out=out, quiet=True, say=messages.append))
    assert result.warnings == [], result.warnings
    return Built(out, result)


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


# Layout-heavy tests (a WeasyPrint layout, a pack built, the whole corpus
# read, an external checker) are marked ``slow``: ``pytest -m "not slow"`` is
# the quick inner loop; the default runs them all.  Measured with
# ``pytest --durations=0`` (2026-12-06: the modules below took 10 s or more
# and build or lay out; the quick tests of render/, the reader's plan
# among them, stay in the loop).
SLOW_FIXTURES = {"seed_build", "builds"}
SLOW_FOLDERS = {"e2e", "print"}
SLOW_MODULES = {
    "bibliography/test_corpus_refs.py", "bibliography/test_csl_build.py", "bibliography/test_unseen_lists.py",
    "build/test_entry.py", "build/test_incremental.py", "build/test_segments.py",
    "corpus/test_corpus.py", "corpus/test_synth.py", "ingest/test_ingest_pdf.py",
    "markdown/test_epub.py", "markdown/test_every_construct.py",
    "newcomer/test_cli_fixes.py", "newcomer/test_collect.py", "newcomer/test_init.py",
    "newcomer/test_options.py", "newcomer/test_progress.py", "newcomer/test_stale.py",
    "packs/test_copies.py", "packs/test_parallel_layout.py", "packs/test_web.py",
    "render/test_page_map.py", "render/test_reader_layout.py", "render/test_wpload.py",
    "robustness/test_processes.py", "security/test_incremental_equals_clean.py",
    "security/test_interrupts.py", "standards/test_web_axe.py",
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        path = Path(str(item.fspath)).relative_to(ROOT).parts
        inside = path[1:] if len(path) > 1 and path[0] == "tests" else ()
        if (len(inside) > 1 and inside[0] in SLOW_FOLDERS) or "/".join(inside) in SLOW_MODULES \
                or SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


def pytest_collection_finish(session):
    """With ``$COURSEPACK_COLLECTED`` set (.ci/run), the number of tests
    collected is written there: CI checks it against .ci/min-tests after
    the run instead of collecting every test twice."""
    where = os.environ.get("COURSEPACK_COLLECTED")
    if where:
        Path(where).write_text(f"{len(session.items)}\n", encoding="utf-8")
