"""The multi-reading pack laid out side by side in forked children: the same
bytes as in one process; the page numbers, drawn over the joined pages from
one layout of empty pages, are the pages' own (with and without right-hand
starts, and with a front matter of an odd number of pages); a glossary edit
lays out the glossary alone and gives what a cold build gives."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from coursepack import parallel, scaffold
from coursepack.build import Options, build
from tests.packs.project import FIXTURES, SEED, make_project

SEVERAL = (os.cpu_count() or 1) >= 2 and parallel.workers() >= 2 and hasattr(os, "fork")
needs_cores = pytest.mark.skipif(not SEVERAL, reason="needs two cores and fork")

# a notice long enough to push the contents of a pack without right-hand
# starts to a third page (the cover runs over): an odd front matter
LONG_NOTICE = " ".join(["Copies are for students of this course only and may not be "
                        "passed on, sold or posted online."] * 45)
EDITED_FROM = "A mountainous region of the South Caucasus"
EDITED_TO = "A mountainous borderland of the South Caucasus"


def pack_yaml(*, right: bool, notice: str | None = None) -> str:
    text = (FIXTURES / "pack.yaml").read_text(encoding="utf-8")
    assert "output:\n" in text
    text = text.replace("output:\n", f"output:\n  right_hand_starts: {str(right).lower()}\n")
    if notice is not None:
        old = "  For use by students of this course only."
        assert old in text
        text = text.replace(old, "  " + notice)
    return text


def make_pack(dest: Path, *, right: bool, notice: str | None = None) -> Path:
    """The test pack of conftest.py (four readings: Markdown, the seed, one
    made by `ingest`, one by `new`), with ``right_hand_starts`` set."""
    root = make_project(dest, pack=pack_yaml(right=right, notice=notice))
    scaffold.ingest(root, FIXTURES / "ingest" / "extracted.txt",
                    landing_file=FIXTURES / "ingest" / "landing.txt", slug="study-circles",
                    week="Week 3", label="Reading 3")
    scaffold.new_reading(root, "week4-own", title="Notes for week four", week="Week 4")
    return root


def copy_project(src: Path, dest: Path) -> Path:
    """The project's files, without its build folder."""
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("build"))
    return dest


class Built:
    def __init__(self, root: Path, forks: int):
        self.root, self.out, self.forks = root, root / "build", forks
        self.reader_bytes = (self.out / "reader.pdf").read_bytes()
        self.handouts = {p.name: p.read_bytes() for p in sorted(self.out.glob("handout*.pdf"))}
        self.manifest = json.loads((self.out / ".coursepack" / "manifest.json")
                                   .read_text(encoding="utf-8"))
        self.state = self.manifest["layouts"]["reader.pdf"]


def run_build(root: Path, *, one_process: bool = False) -> Built:
    """Build ``root`` into its build/ folder, counting the forks made (with
    ``one_process``: ``parallel.workers`` is 1, and a fork is an error)."""
    forks = 0
    real_fork = os.fork

    def counting_fork():
        nonlocal forks
        forks += 1
        return real_fork()

    def no_fork():
        raise AssertionError("forked in a one-process build")

    with pytest.MonkeyPatch.context() as mp:
        if one_process:
            mp.setattr("coursepack.parallel.workers", lambda: 1)
        mp.setattr(os, "fork", no_fork if one_process else counting_fork)
        result = build(root, Options(out=root / "build", quiet=True, say=lambda s: None))
    assert result.warnings == [], result.warnings
    return Built(root, forks)


@pytest.fixture(scope="module")
def right_several(tmp_path_factory) -> Built:
    return run_build(make_pack(tmp_path_factory.mktemp("right-several"), right=True))


@pytest.fixture(scope="module")
def left_several(tmp_path_factory) -> Built:
    return run_build(make_pack(tmp_path_factory.mktemp("left-several"), right=False,
                               notice=LONG_NOTICE))


# ------------------------------------------------------------ one process or several


@needs_cores
@pytest.mark.parametrize("which", ["right_several", "left_several"])
def test_one_process_and_several_give_the_same_bytes(which, request, tmp_path):
    several: Built = request.getfixturevalue(which)
    assert several.forks >= 3        # the content, the segments: in child processes
    one = run_build(copy_project(several.root, tmp_path / "one"), one_process=True)
    assert one.forks == 0
    assert one.state["pages"] == several.state["pages"]
    assert one.state["front"] == several.state["front"]
    assert one.reader_bytes == several.reader_bytes
    assert list(one.handouts) == list(several.handouts) and len(one.handouts) == 4
    for name in one.handouts:
        assert one.handouts[name] == several.handouts[name], name


# ------------------------------------------------------------ folios

NUMBER = re.compile(r"\d+|[ivxlcdm]+")
BAND = 60     # points from the top or bottom edge: the margin boxes, not the text


def margin_numbers(page) -> list[tuple[float, str]]:
    """The numbers printed in the top and bottom margins of a page: (x, text)."""
    height = float(page.mediabox.height)
    found: list[tuple[float, str]] = []

    def visit(text, cm, tm, _font, _size):
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if (y > height - BAND or y < BAND) and NUMBER.fullmatch(text.strip()):
            found.append((x, text.strip()))

    page.extract_text(visitor_text=visit)
    return found


def check_folios(built: Built) -> dict:
    """Every page's printed number against its label; returns what was seen."""
    pdf = PdfReader(io.BytesIO(built.reader_bytes))
    labels = list(pdf.page_labels)
    roman = [i for i, label in enumerate(labels) if not label.isdigit()]
    front = len(roman)
    assert roman == list(range(front)) and front >= 2
    # the arabic pages are numbered 1, 2, ... and as many as the reader says
    assert labels[front:] == [str(n) for n in range(1, len(labels) - front + 1)]
    assert len(labels) == built.state["pages"]
    seen = {"empty": [], "numbered": [], "front": {}}
    for i, page in enumerate(pdf.pages):
        width = float(page.mediabox.width)
        text = (page.extract_text() or "").strip()
        numbers = margin_numbers(page)
        if i < front:
            seen["front"][labels[i]] = [t for _x, t in numbers]
            continue
        if not text:                         # an empty page: no number either
            seen["empty"].append(labels[i])
            continue
        assert [t for _x, t in numbers] == [labels[i]], (i, labels[i], numbers, text[:80])
        x = numbers[0][0]
        # on the outer side: the first page of the file is a right-hand one
        if i % 2 == 0:
            assert x > width / 2, (labels[i], x)
        else:
            assert x < width / 2, (labels[i], x)
        # and the first line of the page's text (it is drawn first)
        assert text.splitlines()[0].strip() == labels[i]
        seen["numbered"].append(labels[i])
    # the front matter: nothing on the cover, a roman numeral on the contents
    contents = next(i for i in range(front) if "Contents" in (pdf.pages[i].extract_text() or ""))
    for i in range(front):
        text = (pdf.pages[i].extract_text() or "").strip()
        expect = [labels[i]] if i >= contents and text else []
        assert seen["front"][labels[i]] == expect, (labels[i], seen["front"])
    assert seen["front"][labels[0]] == [] and "Course reader" in pdf.pages[0].extract_text()
    return seen


def test_folios_with_right_hand_starts(right_several):
    seen = check_folios(right_several)
    assert right_several.state["front"] % 2 == 1        # padded by an empty page
    assert seen["empty"]                                # fillers, left without a number
    assert len(seen["numbered"]) >= 25
    assert "iii" in seen["front"] and seen["front"]["iii"] == ["iii"]


def test_folios_without_right_hand_starts_after_an_odd_front_matter(left_several):
    # the folio document then starts with an empty page, left out of the join
    assert left_several.state["front"] == 3, left_several.state["front"]
    seen = check_folios(left_several)
    assert seen["empty"] == []                 # no fillers without right-hand starts
    assert len(seen["numbered"]) == left_several.state["pages"] - 3
    assert seen["front"] == {"i": [], "ii": [], "iii": ["iii"]}   # the cover runs over


# ------------------------------------------------------------ a glossary edit


def test_a_glossary_edit_lays_out_the_glossary_alone(tmp_path):
    # built in place (a kept layout is a layout of files at their place: a
    # copied project lays everything out again)
    root = make_pack(tmp_path / "edited", right=True)
    before = run_build(root)
    glossary = root / "content" / "readings" / SEED / "glossary.yaml"
    text = glossary.read_text(encoding="utf-8")
    assert text.count(EDITED_FROM) == 1
    glossary.write_text(text.replace(EDITED_FROM, EDITED_TO), encoding="utf-8")

    again = run_build(root)
    assert again.state["layouts"] == 1, again.state["layouts"]
    assert again.state["pages"] == before.state["pages"]
    # one segment laid out anew, every other one taken from the store
    assert len(set(again.state["segments"]) - set(before.state["segments"])) == 1
    assert len(set(before.state["segments"]) - set(again.state["segments"])) == 1
    assert again.reader_bytes != before.reader_bytes
    flat = [re.sub(r"\s+", " ", p.extract_text() or "")
            for p in PdfReader(io.BytesIO(again.reader_bytes)).pages]
    assert any("mountainous borderland" in t for t in flat)
    assert not any("mountainous region of the South" in t for t in flat)

    cold = run_build(copy_project(root, tmp_path / "cold"))
    assert cold.state["layouts"] > 10
    assert again.reader_bytes == cold.reader_bytes
    assert again.handouts == cold.handouts
