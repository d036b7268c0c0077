"""The silent and wrong items of issue 18, through the command line."""

import subprocess
import sys

import pytest
import yaml
from pypdf import PdfReader

from tests.build.conftest import make_project
from tests.newcomer.run import ROOT, SEED_TEXT, cp


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("fixes") / "p")
    res = cp("--quiet", cwd=project)
    assert res.returncode == 0, res.stderr
    return project


def test_schema_into_a_closed_pipe_ends_quietly_with_0():
    p = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "schema"], cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.close()
    err = p.stderr.read()
    p.stderr.close()
    assert p.wait(timeout=60) == 0
    assert err == b""


def test_ingest_no_pack_prints_the_entry(tmp_path):
    assert cp("init", tmp_path / "c", cwd=tmp_path).returncode == 0
    pack = tmp_path / "c" / "content" / "pack.yaml"
    before = pack.read_text()
    res = cp("ingest", SEED_TEXT, "--slug", "s", "--week", "Week 2", "--no-pack", cwd=tmp_path / "c")
    assert res.returncode == 0, res.stderr
    assert "already listed" not in res.stdout
    entry = res.stdout.split("under 'readings:':\n", 1)[1]
    assert yaml.safe_load(entry) == [{"slug": "s", "week": "Week 2", "label": ""}]
    assert pack.read_text() == before


def test_check_explain_filters_by_reading_and_kind():
    res = cp("--root", ROOT, "check", "--explain", "--reading", "russia-armenia-azerbaijan",
             "--kind", "hyphenation", cwd=ROOT)
    assert res.returncode == 0, res.stderr
    listed = [ln for ln in res.stdout.splitlines() if ln.startswith("  [")]
    assert listed and all(ln.startswith("  [hyphenation/") for ln in listed)
    everything = cp("--root", ROOT, "check", "--explain", cwd=ROOT)
    assert len(listed) < sum(1 for ln in everything.stdout.splitlines() if ln.startswith("  ["))
    bad = cp("check", "--explain", "--kind", "nope", cwd=ROOT)
    assert bad.returncode == 2 and "--kind: no repair of kind 'nope'" in bad.stderr
    assert "hyphenation" in bad.stderr
    bad = cp("check", "--reading", "nope", cwd=ROOT)
    assert bad.returncode == 2 and "russia-armenia-azerbaijan" in bad.stderr


def test_review_roman_labels_and_sheet_under_build_review(built, tmp_path):
    labels = PdfReader(built / "build" / "reader.pdf").page_labels
    roman = next(x for x in labels if not x.isdigit())
    res = cp("review", "--pages", f"{roman},1", "--sheet", "sheet.png", cwd=built)
    assert res.returncode == 0, res.stderr
    review = built / "build" / "review"
    assert (review / "sheet.png").exists() and not (built / "sheet.png").exists()
    assert len(list(review.glob("reader-p*.png"))) == (1 if labels.index(roman) == 0 else 2)
    bad = cp("review", "--pages", "zz", cwd=built)
    assert bad.returncode == 2 and "no page 'zz'" in bad.stderr and "Traceback" not in bad.stderr


def test_copies_rebuild_a_stale_reader(built, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("name,id\nAda Lovelace,1\n")
    res = cp("copies", "--roster", roster, cwd=built)
    assert res.returncode == 0, res.stderr
    assert "out of date" not in res.stdout                       # up to date: stamped as is
    pack = built / "content" / "pack.yaml"
    pack.write_text(pack.read_text().replace("title: Test course", "title: Test course II"))
    res = cp("copies", "--roster", roster, cwd=built)
    assert res.returncode == 0, res.stderr
    assert "build/reader.pdf was out of date: rebuilt it" in res.stdout
    copy = next((built / "build" / "copies").glob("*.pdf"))
    text = "".join(p.extract_text() or "" for p in PdfReader(copy).pages[:3])
    assert "Test course II" in text
