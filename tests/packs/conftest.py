"""The test pack, built once per session: the Markdown reading, the seed, a
reading made by `ingest` from our own damaged text, and a placeholder made
by `new` (so the build also shows that both make folders that build without
edits)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coursepack import scaffold
from coursepack.build import Options, build
from tests.packs.project import FIXTURES, SEED, make_project
from tests.pdfcheck import Pdf

SLUGS = ["reading-in-practice", SEED, "study-circles", "week4-own"]


class Built:
    def __init__(self, root: Path, out: Path, result, added: list):
        self.root, self.out, self.result, self.added = root, out, result, added
        self.reader_bytes = (out / "reader.pdf").read_bytes()
        self.reader = Pdf(self.reader_bytes)
        self.editions = {s: json.loads((out / s / "edition.json").read_text(encoding="utf-8"))
                         ["reading"] for s in SLUGS}

    def handout(self, slug: str) -> Pdf:
        return Pdf((self.out / f"handout-{slug}.pdf").read_bytes())


@pytest.fixture(scope="session")
def pack_build(tmp_path_factory) -> Built:
    root = make_project(tmp_path_factory.mktemp("pack"))
    added = [
        scaffold.ingest(root, FIXTURES / "ingest" / "extracted.txt",
                        landing_file=FIXTURES / "ingest" / "landing.txt", slug="study-circles",
                        week="Week 3", label="Reading 3"),
        scaffold.new_reading(root, "week4-own", title="Notes for week four", week="Week 4"),
    ]
    out = root / "build"
    messages: list[str] = []
    result = build(root, Options(out=out, quiet=True, say=messages.append))
    assert result.warnings == [], result.warnings
    return Built(root, out, result, added)


@pytest.fixture(scope="session")
def pack_model(pack_build):
    from coursepack.edition import gather
    _cfg, pack, _eds = gather(pack_build.root)
    return pack
