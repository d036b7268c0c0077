"""Session-wide fixtures: one build of the default pack per test session,
shared by the e2e and print tests."""

import json
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


# Layout-heavy tests (a WeasyPrint layout, a pack built, the whole corpus
# read, an external checker) are marked ``slow``: ``pytest -m "not slow"`` is
# the quick inner loop; the default runs them all.  Measured with
# ``pytest --durations=0`` (2026-12-06: the modules below took 10 s or more
# and build or lay out; the quick tests of render/, the reader's plan
# among them, stay in the loop).
SLOW_FIXTURES = {"seed_build", "builds"}
SLOW_FOLDERS = {"e2e", "print"}
SLOW_MODULES = {
    "bibliography/test_corpus_refs.py", "bibliography/test_csl_build.py",
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
