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


# Layout-heavy tests (a WeasyPrint build or layout) are marked ``slow``:
# ``pytest -m "not slow"`` is the quick inner loop; the default runs them all.
SLOW_FIXTURES = {"seed_build", "builds"}
SLOW_FOLDERS = {"e2e", "print", "render"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        folder = Path(str(item.fspath)).relative_to(ROOT).parts
        in_slow_folder = len(folder) > 2 and folder[0] == "tests" and folder[1] in SLOW_FOLDERS
        if in_slow_folder or SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
