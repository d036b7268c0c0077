"""Builds that get past validation and render (a tiny synthetic reading,
a few seconds each): a source with no headings and no footnotes builds;
markup in content files prints as text; a build that fails while
rendering leaves the previous outputs byte-identical."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from coursepack.cli import main
from coursepack.render.env import make_env
from tests.pdfcheck import Pdf
from tests.robustness import scenarios

READING = scenarios.READING

# No heading, no footnote: a title line and plain paragraphs.
PLAIN = """\
Harbour councils

The harbour council met every week to settle disputes between merchants and
the customs office. Its clerks kept a ledger of every complaint and fine.

When the railway reached the town in 1861, the guild lost its hold on the grain
trade, and the customs office moved to the station.
"""

HOSTILE_TITLE = 'Harbours <b>bold</b> <link rel="stylesheet" href="http://example.org/x.css">'
SCRIPT = "<script>alert(1)</script>"
IMG = '<img src="file:///etc/passwd" onerror="alert(2)">'


def write_hostile(root: Path) -> None:
    r = root / READING
    (r / "source/article.txt").write_text(PLAIN, encoding="utf-8")
    (r / "reading.yaml").write_text(
        f"title: '{HOSTILE_TITLE}'\nsources:\n  text: source/article.txt\n", encoding="utf-8")
    (r / "glossary.yaml").write_text(
        "terms:\n  - term: guild\n    pinned: true\n"
        f"    definition: 'An association of merchants {SCRIPT} in a town.'\n",
        encoding="utf-8")
    (r / "questions.yaml").write_text(
        "questions:\n  - id: q1\n    handout: true\n    pinned: true\n"
        f"    text: 'Why did the guild lose the grain trade? {IMG}'\n", encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = scenarios.make_base(tmp_path_factory.mktemp("hostile") / "project")
    write_hostile(root)
    code = main(["build", "--root", str(root), "--quiet"])
    assert code == 0
    return root


def test_no_headings_no_footnotes_builds(built):
    reader = Pdf((built / "build/reader.pdf").read_bytes())
    text = " ".join(reader.flat)
    assert "settle disputes between merchants" in text
    assert "moved to the station" in text
    assert (built / "build/handout.pdf").stat().st_size > 0


def test_first_paragraph_of_a_source_without_title_line_is_body():
    from coursepack import model
    from coursepack.repair import repair_article
    body = PLAIN.split("\n\n", 1)[1]
    r = repair_article(body)
    printed = " ".join(model.plain_text(b.inlines) for b in r.blocks())
    assert "settle disputes between merchants" in " ".join(printed.split())


def test_markup_in_content_prints_as_text(built):
    reader = " ".join(Pdf((built / "build/reader.pdf").read_bytes()).flat)
    handout = " ".join(Pdf((built / "build/handout.pdf").read_bytes()).flat)
    both = reader + " " + handout
    assert SCRIPT in both                         # the definition, as text
    assert "<b>bold</b>" in both                  # the title, as text
    assert 'onerror="alert(2)">' in both          # the question, as text
    assert '<link rel="stylesheet"' in both


def test_autoescape_is_on_for_every_template(tmp_path):
    env = make_env(tmp_path)
    assert env.from_string("{{ x }}").render(x=SCRIPT) == "&lt;script&gt;alert(1)&lt;/script&gt;"
    root = scenarios.REPO / "coursepack" / "templates"
    for p in root.rglob("*.j2"):
        src = p.read_text(encoding="utf-8")
        # nothing in the project's templates switches escaping off
        assert not re.search(r"\|\s*safe\b|autoescape\s+false", src), p


def test_failed_render_keeps_previous_outputs(built, tmp_path):
    """Change the content and break the handout's template: the reader
    renders, the handout fails; every previous output stays byte-identical."""
    root = tmp_path / "project"
    shutil.copytree(built, root, symlinks=True)
    before = scenarios.outputs(root)
    assert any(k.endswith("reader.pdf") for k in before)
    r = root / READING
    (r / "reading.yaml").write_text("title: 'A new title'\nsources:\n  text: source/article.txt\n",
                                    encoding="utf-8")
    (root / "content/templates").mkdir(parents=True, exist_ok=True)
    (root / "content/templates/handout.html.j2").write_text(
        "<html><body>{{ reading.meta.title }}{% for x in %}</body></html>\n", encoding="utf-8")
    code = main(["build", "--root", str(root), "--quiet"])
    assert code == 2
    assert scenarios.outputs(root) == before


def test_broken_user_stylesheet_is_a_warning_with_its_position(tmp_path):
    """WeasyPrint leaves out what it cannot parse; the build goes on and
    says which rule of which file was left out."""
    from coursepack.render.env import Renderer
    root = scenarios.make_base(tmp_path / "project")
    (root / "content/styles").mkdir(parents=True)
    (root / "content/styles/reader.local.css").write_text(
        "body { color: ; }\nh1 { font-size: 12zz }\n", encoding="utf-8")
    doc = Renderer(root).layout("<html><body><h1>x</h1></body></html>",
                                ["base.css", "reader.css"])
    assert len(doc.pages) == 1
    warnings = doc.coursepack_warnings
    assert any(w.startswith("content/styles/reader.local.css:1:8: Ignored `color: `")
               for w in warnings), warnings
    assert any(w.startswith("content/styles/reader.local.css:2:6: Ignored `font-size: 12zz `")
               for w in warnings), warnings
