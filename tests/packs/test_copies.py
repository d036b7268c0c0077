"""Per-student copies: stamped from one render, each with its student's
name on every page, a notice page first, safe and distinct file names."""

from __future__ import annotations

import time

import pytest
from pypdf import PdfReader

from coursepack.pdf import stamp
from coursepack.cli import main
from coursepack.errors import ContentError


def _texts(path) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(path).pages]


@pytest.fixture(scope="module")
def hundred(pack_build, tmp_path_factory, monkeypatch_module):
    """100 copies of the pack's reader; counts the WeasyPrint renders."""
    import weasyprint
    renders = []
    original = weasyprint.HTML.write_pdf

    def counting(self, *a, **k):
        renders.append(1)
        return original(self, *a, **k)
    monkeypatch_module.setattr(weasyprint.HTML, "write_pdf", counting)
    students = [stamp.Student(f"Student {i:03d} Kowalski") for i in range(97)]
    students += [stamp.Student("Zoë O’Brien"), stamp.Student("Ann Lee"), stamp.Student("ann lee")]
    out = tmp_path_factory.mktemp("copies")
    t0 = time.perf_counter()
    paths = stamp.stamp_copies(pack_build.reader_bytes, students, out_dir=out,
                               course="TST 101", term="Autumn 2026")
    seconds = time.perf_counter() - t0
    print(f"\n100 stamped copies of a {len(pack_build.reader)}-page reader: {seconds:.2f} s")
    return students, paths, seconds, len(renders)


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def test_hundred_copies_from_one_render(hundred, pack_build):
    students, paths, seconds, renders = hundred
    assert len(paths) == 100 and len({p.name for p in paths}) == 100
    assert all(p.is_file() for p in paths)
    assert renders == 1                  # all the stamps in one render; the reader never
    assert seconds < 60


@pytest.mark.parametrize("k", [0, 42, 97, 99])
def test_each_copy_carries_its_students_name_on_every_page(hundred, pack_build, k):
    students, paths, _s, _r = hundred
    texts = _texts(paths[k])
    assert len(texts) == len(pack_build.reader)
    line = f"Prepared for {students[k].name} — TST 101, Autumn 2026"
    for i, t in enumerate(texts):
        assert line in t, (k, i)
        assert t.count("Prepared for") == 1, (k, i)
    # the reader's own text is still there, page for page
    for i in (0, 4, len(texts) - 1):
        assert pack_build.reader.texts[i].strip()[:40] in texts[i]


def test_file_names_are_safe_and_distinct(hundred):
    _students, paths, _s, _r = hundred
    names = [p.name for p in paths]
    assert names[0] == "Student-000-Kowalski.pdf"
    assert names[97:] == ["Zoe-OBrien.pdf", "Ann-Lee.pdf", "ann-lee-2.pdf"]


def test_copies_keep_page_labels_and_links(hundred, pack_build):
    _students, paths, _s, _r = hundred
    r = PdfReader(paths[5])
    assert list(r.page_labels) == pack_build.reader.labels
    assert len(r.named_destinations) == len(pack_build.reader.reader.named_destinations)


def test_roster_problems_name_the_line(tmp_path):
    p = tmp_path / "r.csv"
    p.write_text("id,email\n1,a@b\n", encoding="utf-8")
    with pytest.raises(ContentError) as e:
        stamp.read_roster(p, "roster.csv")
    assert str(e.value.problems[0]).startswith("roster.csv:1:1: the header line needs a 'name'")
    p.write_text("name,id\nAnn,1\n,2\n", encoding="utf-8")
    with pytest.raises(ContentError) as e:
        stamp.read_roster(p, "roster.csv")
    assert str(e.value.problems[0]) == "roster.csv:3:1: no name on this line"


def test_copies_command_with_notice_page(pack_build, tmp_path, capsys):
    roster = tmp_path / "roster.csv"
    roster.write_text("name,id,email\nJan Nowak,1,jan@example.org\nAnn Lee,2,\n", encoding="utf-8")
    out = tmp_path / "copies"
    assert main(["copies", "--roster", str(roster), "--root", str(pack_build.root),
                 "--out", str(out)]) == 0
    assert "wrote 2 copies" in capsys.readouterr().out
    texts = _texts(out / "Jan-Nowak.pdf")
    assert len(texts) == len(pack_build.reader) + 2          # notice page and its verso
    notice = texts[0]
    assert "For use by students of this course only." in notice
    # the licence of the reading that has one (reading.yaml: license), and only that one
    assert "Reading an argument: a short guide for the seminar: © the course; for students " \
        "of this course only" in " ".join(notice.split())
    assert "Study circles" not in notice
    assert "Prepared for Jan Nowak — TST 101, Autumn 2026" in notice
    assert "jan@example.org" not in " ".join(texts)
    r = PdfReader(out / "Jan-Nowak.pdf")
    assert list(r.page_labels)[2:] == pack_build.reader.labels

