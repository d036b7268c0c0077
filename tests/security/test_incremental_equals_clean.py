"""For each kind of content edit, the incremental build (caches, kept
layouts, stored segments) gives what a clean build gives: the same text on
every page of the reader and the handout, the same data files byte for
byte, the same outputs in the manifest.  (A summary edit used to leave the
handout without its page range, "pp. –––", for good.)

The edits are applied one after another to one copy of the default pack;
each incremental build is compared with a clean build of the same content."""

from __future__ import annotations

import io
import json
import re
import shutil

import pytest
from pypdf import PdfReader

from coursepack.build import Options, build
from tests.robustness import scenarios

SLUG = "russia-armenia-azerbaijan"
READING = f"content/readings/{SLUG}"


def _sub(path, pattern, repl):
    text = path.read_text(encoding="utf-8")
    new, n = re.subn(pattern, repl, text, count=1, flags=re.M)
    assert n == 1, pattern
    path.write_text(new, encoding="utf-8")


def summary(root):
    _sub(root / READING / "reading.yaml", r'^summary: .*$', 'summary: "An instructor\'s summary."')


def handout_terms(root):
    _sub(root / "content/pack.yaml", r"^  handout_terms: \d+", "  handout_terms: 5")


def handout_questions(root):
    _sub(root / "content/pack.yaml", r"^  handout_questions: \d+", "  handout_questions: 4")


def glossary_definition(root):
    _sub(root / READING / "glossary.yaml", r"A mountainous region of the South Caucasus",
         "A mountain region of the southern Caucasus")


def question(root):
    # the first question's wording, whatever it is: the edit an instructor makes
    _sub(root / READING / "questions.yaml", r"^(  text: >-\n    )(\S+)", r"\1Edited: \2")


def correction(root):
    _sub(root / READING / "corrections.yaml", r"^  - find: communicationss\n    replace: communications",
         "  - find: communicationss\n    replace: communication links")


def references_bib(root):
    bib = (root / "build" / SLUG / "references.bib").read_text(encoding="utf-8")
    new = re.sub(r"(title\s*=\s*\{)", r"\1Revised: ", bib, count=1)
    assert new != bib
    (root / READING / "references.bib").write_text(new, encoding="utf-8")


def pack_title(root):
    _sub(root / "content/pack.yaml", r'^title: .*$', 'title: "The South Caucasus since 2020"')


def stylesheet(root):
    (root / "content/styles").mkdir(parents=True, exist_ok=True)
    (root / "content/styles/reader.local.css").write_text(
        "h2 { letter-spacing: 0.05em; }\n", encoding="utf-8")


EDITS = [summary, handout_terms, handout_questions, glossary_definition, question, correction,
         references_bib, pack_title, stylesheet]


def snapshot(out):
    pdfs = {p.name: [page.extract_text() for page in PdfReader(io.BytesIO(p.read_bytes())).pages]
            for p in sorted(out.glob("*.pdf"))}
    data = {str(p.relative_to(out)): p.read_bytes() for p in sorted((out / SLUG).iterdir())}
    files = sorted(json.loads((out / ".coursepack/manifest.json").read_text())["files"])
    return pdfs, data, files


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("incremental") / "pack"
    shutil.copytree(scenarios.REPO / "content", root / "content")
    build(root, Options(quiet=True, say=lambda s: None))
    return root


@pytest.mark.parametrize("edit", EDITS, ids=lambda f: f.__name__)
def test_incremental_equals_clean(project, tmp_path, edit):
    edit(project)
    res = build(project, Options(quiet=True, say=lambda s: None))
    assert not res.up_to_date
    clean = tmp_path / "clean"
    build(project, Options(out=clean, quiet=True, say=lambda s: None))
    inc_pdfs, inc_data, inc_files = snapshot(project / "build")
    clean_pdfs, clean_data, clean_files = snapshot(clean)
    assert inc_files == clean_files
    assert inc_data.keys() == clean_data.keys()
    for name in inc_data:
        assert inc_data[name] == clean_data[name], name
    assert inc_pdfs.keys() == clean_pdfs.keys()
    for name in inc_pdfs:
        assert inc_pdfs[name] == clean_pdfs[name], name
    assert "pp. –" not in " ".join(inc_pdfs["handout.pdf"])
