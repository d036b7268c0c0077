"""Incremental builds: a no-op build renders nothing and never imports
WeasyPrint; an edit re-renders only what it touches, from the cached layout."""

import json
import subprocess
import sys
import threading
import time

from coursepack.build import Options, build
from tests.build.conftest import ROOT

NOOP = """
import sys
from pathlib import Path
from coursepack.build import Options, build
r = build(Path(sys.argv[1]), Options(quiet=True, say=lambda s: None))
print(r.up_to_date, "weasyprint" in sys.modules, "coursepack.repair" in sys.modules)
"""


def manifest(project):
    return json.loads((project / "build" / ".coursepack" / "manifest.json").read_text())


def test_noop_build_renders_nothing_and_skips_weasyprint(project):
    first = build(project, Options(quiet=True, say=lambda s: None))
    assert not first.up_to_date and first.pages["reader.pdf"] > 2
    before = {p.name: p.read_bytes() for p in (project / "build").glob("*.pdf")}
    res = subprocess.run([sys.executable, "-c", NOOP, str(project)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert res.stdout.split() == ["True", "False", "False"]
    after = {p.name: p.read_bytes() for p in (project / "build").glob("*.pdf")}
    assert before == after


def test_edit_rerenders_from_cached_layout(project):
    build(project, Options(quiet=True, say=lambda s: None))
    m1 = manifest(project)
    handout1 = (project / "build" / "handout.pdf").read_bytes()
    g = project / "content" / "readings" / "lighthouses" / "glossary.yaml"
    g.write_text(g.read_text().replace("used in this test.", "used in this test only."))
    res = build(project, Options(quiet=True, say=lambda s: None))
    assert not res.up_to_date
    m2 = manifest(project)
    # the cold build laid out every segment once (the front matter, the page
    # numbers, and the empty page once however often it is used); this build
    # only the glossary, in a new build() with nothing in memory: the others
    # come from build/
    plan = m1["layouts"]["reader.pdf"]["plan"]
    # (the empty page: between segments, or after an odd front matter)
    segments = sum(1 for kind, *_ in plan if kind != "blank") + 2 + (any(
        kind == "blank" for kind, *_ in plan) or m1["layouts"]["reader.pdf"]["front"] % 2 == 1)
    assert m1["layouts"]["reader.pdf"]["layouts"] == segments
    assert m2["layouts"]["reader.pdf"]["layouts"] == 1
    assert m2["layouts"]["reader.pdf"]["html"] != m1["layouts"]["reader.pdf"]["html"]
    edition = json.loads((project / "build" / "lighthouses" / "edition.json").read_text())
    defs = {t["term"]: t["definition"] for t in edition["reading"]["glossary"]}
    assert defs["Lighthouse Guild"].endswith("used in this test only.")
    # the handout shows the edited term, so it changed too; with the edit undone
    # the reader's HTML is back to the first build's
    assert (project / "build" / "handout.pdf").read_bytes() != handout1
    g.write_text(g.read_text().replace("used in this test only.", "used in this test."))
    build(project, Options(quiet=True, say=lambda s: None))
    assert manifest(project)["layouts"]["reader.pdf"]["html"] == m1["layouts"]["reader.pdf"]["html"]


def test_kept_layouts_lay_out_only_the_edited_part(project):
    """As watch does: with the segment layouts kept in memory, a glossary edit
    lays out the glossary again and nothing else, and the PDF is the one a
    fresh build makes."""
    from coursepack.render.reader import keep_layouts
    keep_layouts(16)
    try:
        build(project, Options(quiet=True, say=lambda s: None))
        g = project / "content" / "readings" / "lighthouses" / "glossary.yaml"
        g.write_text(g.read_text().replace("used in this test.", "used in this test again."))
        build(project, Options(quiet=True, say=lambda s: None))
        assert manifest(project)["layouts"]["reader.pdf"]["layouts"] == 1
        kept = (project / "build" / "reader.pdf").read_bytes()
    finally:
        keep_layouts(0)
    (project / "build" / ".coursepack" / "manifest.json").unlink()
    build(project, Options(quiet=True, say=lambda s: None))
    assert (project / "build" / "reader.pdf").read_bytes() == kept


def test_a_deleted_output_is_rebuilt(project):
    build(project, Options(quiet=True, say=lambda s: None))
    (project / "build" / "handout.pdf").unlink()
    res = build(project, Options(quiet=True, say=lambda s: None))
    assert not res.up_to_date
    assert (project / "build" / "handout.pdf").is_file()


def test_watch_rebuilds_on_save_and_keeps_outputs_on_failure(project):
    from coursepack.watch import watch
    said: list[str] = []
    stop = threading.Event()
    t = threading.Thread(target=watch, args=(project, Options(quiet=True, say=said.append)),
                         kwargs={"poll": 0.1, "settle": 0.1, "stop": stop}, daemon=True)
    t.start()

    def wait_for(pred, timeout=120):
        end = time.time() + timeout
        while time.time() < end:
            if pred():
                return True
            time.sleep(0.1)
        return False

    try:
        assert wait_for(lambda: any(s.startswith("watching") for s in said))
        reader = project / "build" / "reader.pdf"
        good = reader.read_bytes()
        g = project / "content" / "readings" / "lighthouses" / "glossary.yaml"
        g.write_text(g.read_text().replace("definition: The body", "defintion: The body"))
        assert wait_for(lambda: any("build failed" in s for s in said))
        assert any("did you mean 'definition'" in s for s in said), said
        assert reader.read_bytes() == good
        g.write_text(g.read_text().replace("defintion: The body", "definition: The body that"))
        assert wait_for(lambda: any(s.startswith("rebuilt in") for s in said)), said
        assert any("glossary.yaml (modified)" in s for s in said)
    finally:
        stop.set()
        t.join(timeout=30)


def _edition(project):
    return json.loads((project / "build" / "lighthouses" / "edition.json").read_text())["reading"]


def test_editing_a_definition_changes_exactly_that_entry(project):
    from coursepack import questions
    from coursepack.edition import gather
    _, pack, _ = gather(project)     # questions kept in a file, as the instructor does
    questions.regenerate(project / "content" / "readings" / "lighthouses" / "questions.yaml",
                         pack.readings[0])
    build(project, Options(quiet=True, say=lambda s: None))
    before = _edition(project)
    g = project / "content" / "readings" / "lighthouses" / "glossary.yaml"
    g.write_text(g.read_text().replace("ran the harbour", "ran the port"))
    build(project, Options(quiet=True, say=lambda s: None))
    after = _edition(project)
    changed = [k for k in before if before[k] != after[k]]
    assert changed == ["glossary"]
    diffs = [(a["id"], k) for a, b in zip(before["glossary"], after["glossary"])
             for k in a if a[k] != b[k]]
    assert diffs == [("harbour-board", "definition")]


def _handout_text(project):
    from tests.pdfcheck import Pdf
    return " ".join(Pdf((project / "build" / "handout.pdf").read_bytes()).flat)


def test_timeline_edit_changes_the_handout_and_nothing_else(project):
    from coursepack import timeline
    from coursepack.edition import gather
    build(project, Options(quiet=True, say=lambda s: None))
    _, pack, _ = gather(project)
    path = project / "content" / "readings" / "lighthouses" / "timeline.yaml"
    timeline.regenerate(path, pack.readings[0])
    build(project, Options(quiet=True, say=lambda s: None))
    reader = (project / "build" / "reader.pdf").read_bytes()
    text = path.read_text()
    assert "1881" in text
    path.write_text(text.replace("text: ", "text: Edited ", 1))
    res = build(project, Options(quiet=True, say=lambda s: None))
    assert not res.up_to_date
    assert "Edited " in _handout_text(project)
    assert (project / "build" / "reader.pdf").read_bytes() == reader


def test_pack_week_and_course_edit_reach_the_handout(project):
    build(project, Options(quiet=True, say=lambda s: None))
    p = project / "content" / "pack.yaml"
    p.write_text(p.read_text().replace("Week 1", "Session 7").replace("Test course", "Harbours 101"))
    build(project, Options(quiet=True, say=lambda s: None))
    text = _handout_text(project)
    assert "Session 7" in text and "Week 1" not in text
    assert "Harbours 101" in text.replace("HARBOURS 101", "Harbours 101")


def test_kept_layouts_are_not_reused_after_an_image_changes(tmp_path):
    """A kept layout holds the images it was made with: replacing an image in
    the project (same HTML, same CSS) must not reuse it."""
    import os

    from coursepack.render.reader import assets_fingerprint
    (tmp_path / "content" / "styles").mkdir(parents=True)
    logo = tmp_path / "content" / "styles" / "logo.png"
    logo.write_bytes(b"one")
    (tmp_path / "content" / "pack.yaml").write_text("title: x\n")
    first = assets_fingerprint(tmp_path)
    (tmp_path / "content" / "pack.yaml").write_text("title: y\n")     # text: in the HTML already
    assert assets_fingerprint(tmp_path) == first
    logo.write_bytes(b"two!")
    os.utime(logo, ns=(1, 1))
    assert assets_fingerprint(tmp_path) != first
