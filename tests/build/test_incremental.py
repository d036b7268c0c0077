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
    assert m2["layouts"]["reader.pdf"]["passes"] == 1          # started from the cached layout
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
