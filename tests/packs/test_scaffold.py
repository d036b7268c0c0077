"""`new` and `ingest`: reading folders that build without edits, and never
an overwrite.  (That the folders build is shown by the session's pack
build, which holds one reading made by each.)"""

from __future__ import annotations

import pytest

from coursepack import scaffold
from coursepack.cli import main
from coursepack.content import load_pack
from coursepack.errors import ContentError
from tests.packs.project import FIXTURES, make_project

PACK = """\
# my course
title: "T"   # the title
readings:    # in order
  - slug: reading-in-practice  # the first
    week: "Week 1"

# how it looks
output:
  paper: letter
"""


def _project(tmp_path):
    return make_project(tmp_path / "p", seed=False, pack=PACK)


def test_new_makes_commented_files_and_appends_to_pack(tmp_path, capsys):
    root = _project(tmp_path)
    assert main(["new", "week2-notes", "--week", "Week 2", "--root", str(root)]) == 0
    folder = root / "content" / "readings" / "week2-notes"
    for name in ("reading.yaml", "glossary.yaml", "questions.yaml", "timeline.yaml",
                 "corrections.yaml", "source/README", "source/article.md"):
        assert (folder / name).is_file(), name
    for name in ("reading.yaml", "glossary.yaml", "questions.yaml", "timeline.yaml",
                 "corrections.yaml"):
        assert (folder / name).read_text(encoding="utf-8").lstrip().startswith("#"), name
    text = (root / "content" / "pack.yaml").read_text(encoding="utf-8")
    assert text.startswith(PACK.split("\n# how it looks")[0])        # nothing before changed
    assert "# how it looks\noutput:\n  paper: letter\n" in text          # nor after
    cfg = load_pack(root)
    assert [r.slug for r in cfg.readings] == ["reading-in-practice", "week2-notes"]
    assert cfg.readings[1].week == "Week 2" and cfg.output["paper"] == "letter"
    assert "added 'week2-notes'" in capsys.readouterr().out


def test_new_never_overwrites(tmp_path, capsys):
    root = _project(tmp_path)
    folder = root / "content" / "readings" / "week2-notes"
    (folder / "source").mkdir(parents=True)
    (folder / "source" / "mine.txt").write_text("my own words", encoding="utf-8")
    before = (root / "content" / "pack.yaml").read_text(encoding="utf-8")
    assert main(["new", "week2-notes", "--root", str(root)]) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "content/readings/week2-notes" in err
    assert (folder / "source" / "mine.txt").read_text(encoding="utf-8") == "my own words"
    assert sorted(p.name for p in folder.rglob("*")) == ["mine.txt", "source"]
    assert (root / "content" / "pack.yaml").read_text(encoding="utf-8") == before


def test_new_refuses_bad_names(tmp_path, capsys):
    root = _project(tmp_path)
    for bad in ("../x", "Week 2", "x/y", "..", "x--"):
        assert main(["new", bad, "--root", str(root)]) == 2
    assert "not a valid reading name" in capsys.readouterr().err
    for bad in ("-x", "", "ą"):
        with pytest.raises(ContentError):
            scaffold.new_reading(root, bad)
    assert sorted(p.name for p in (root / "content" / "readings").iterdir()) == [
        "reading-in-practice"]


def test_pack_entry_is_printed_when_pack_yaml_cannot_be_edited_safely(tmp_path, capsys):
    root = make_project(tmp_path / "p", seed=False,
                        pack='title: T\nreadings: [{slug: reading-in-practice}]\n')
    assert main(["new", "extra", "--root", str(root)]) == 0
    out = capsys.readouterr().out
    assert "add the reading to content/pack.yaml" in out and "- slug: extra" in out
    assert (root / "content" / "pack.yaml").read_text(encoding="utf-8") == \
        'title: T\nreadings: [{slug: reading-in-practice}]\n'


def test_add_to_pack_twice_adds_once(tmp_path):
    p = tmp_path / "pack.yaml"
    p.write_text(PACK, encoding="utf-8")
    assert scaffold.add_to_pack(p, "b")[0] is True
    assert scaffold.add_to_pack(p, "b") == (False, "")
    assert p.read_text(encoding="utf-8").count("slug: b") == 1


def test_ingest_copies_sources_byte_for_byte_and_proposes(tmp_path):
    root = _project(tmp_path)
    src, landing = FIXTURES / "ingest" / "extracted.txt", FIXTURES / "ingest" / "landing.txt"
    added = scaffold.ingest(root, src, landing_file=landing, week="Week 3")
    assert added.slug == "study-circles-and-the-shared-reading"
    folder = added.folder
    assert (folder / "source" / "extracted.txt").read_bytes() == src.read_bytes()
    assert (folder / "source" / "landing.txt").read_bytes() == landing.read_bytes()
    cfg = load_pack(root)
    r = next(c for c in cfg.readings if c.slug == added.slug)
    assert r.meta["title"] == "Study circles and the shared reading of difficult texts"
    assert r.meta["authors"] == [] and r.meta["journal"] == "" and r.meta["pages"] == ""
    assert (r.meta["volume"], r.meta["issue"], r.meta["year"]) == ("3", "2", "2024")
    assert r.meta["issue_title"] == "Teaching with texts"
    assert "authors" in " ".join(r.meta["metadata_notes"])
    for name in ("questions.yaml", "timeline.yaml", "corrections.yaml", "glossary.yaml"):
        assert name in r.files, name
    assert "questions:" in (folder / "questions.yaml").read_text(encoding="utf-8")
    assert r.week == "Week 3"


def test_ingest_refuses_an_existing_reading(tmp_path, capsys):
    root = _project(tmp_path)
    src = FIXTURES / "ingest" / "extracted.txt"
    before = sorted(p.relative_to(root) for p in (root / "content").rglob("*"))
    assert main(["ingest", str(src), "--slug", "reading-in-practice", "--root", str(root)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert sorted(p.relative_to(root) for p in (root / "content").rglob("*")) == before


def test_correction_candidates_are_unknown_words_commented_out(tmp_path):
    root = _project(tmp_path)
    text = (FIXTURES / "ingest" / "extracted.txt").read_text(encoding="utf-8")
    damaged = tmp_path / "damaged.txt"
    damaged.write_text(text.replace("a skill that", "a skilll that"), encoding="utf-8")
    added = scaffold.ingest(root, damaged, slug="damaged")
    ctext = (added.folder / "corrections.yaml").read_text(encoding="utf-8")
    assert "#   - find: skilll" in ctext
    assert "\ncorrections: []\n" in ctext        # nothing applied without review
    cfg = load_pack(root)
    assert any(c.slug == "damaged" for c in cfg.readings)
