"""Atomic writes, the build lock and temporary files (in-process; the
two-process and signal tests are in test_processes.py)."""

from __future__ import annotations

import os
import stat
import threading
import time

import pytest

from coursepack.errors import ContentError
from coursepack.outputs import (atomic_write, atomic_write_all, build_lock,
                                clean_temporaries)


def test_atomic_write_replaces_whole_file_and_keeps_mode(tmp_path):
    p = tmp_path / "reader.pdf"
    atomic_write(p, b"old")
    os.chmod(p, 0o640)
    atomic_write(p, b"new")
    assert p.read_bytes() == b"new"
    assert stat.S_IMODE(p.stat().st_mode) == 0o640
    assert [x.name for x in tmp_path.iterdir()] == ["reader.pdf"]


def test_new_files_follow_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "a.pdf", b"x")
    finally:
        os.umask(old)
    # not mkstemp's 0600: others can read a handout that is to be shared
    assert stat.S_IMODE((tmp_path / "a.pdf").stat().st_mode) == 0o644


def test_atomic_write_all_changes_nothing_when_one_file_fails(tmp_path):
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    a.write_bytes(b"old a")
    b.write_bytes(b"old b")
    with pytest.raises(TypeError):
        atomic_write_all({a: b"new a", b: object()})   # the second cannot be written
    assert a.read_bytes() == b"old a" and b.read_bytes() == b"old b"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["a.pdf", "b.pdf"]
    atomic_write_all({a: b"new a", b: "new b"})
    assert a.read_bytes() == b"new a" and b.read_bytes() == b"new b"


def test_clean_temporaries_removes_leftovers_only(tmp_path):
    """Only coursepack's own temporary files go: ``--out`` may name a folder
    holding another program's ``.*.tmp`` and ``.*.part`` files."""
    keep = tmp_path / "reader.pdf"
    keep.write_bytes(b"%PDF")
    (tmp_path / "x").mkdir()
    left = [tmp_path / ".reader.pdf.coursepack-abc123.tmp",
            tmp_path / "x" / ".edition.json.coursepack-q1.tmp"]
    theirs = [tmp_path / ".reader.pdf.abc123.tmp", tmp_path / "x" / ".download.part",
              tmp_path / "x" / ".notes.txt.tmp"]
    for p in left + theirs:
        p.write_bytes(b"half")
    clean_temporaries(tmp_path)
    assert keep.exists() and not any(p.exists() for p in left)
    assert all(p.read_bytes() == b"half" for p in theirs)


def test_build_out_into_an_existing_folder_touches_only_its_own_files(tmp_path):
    """``build --out`` into a folder with the user's files: they stay as they
    were (names, bytes), whatever they are called."""
    from coursepack.cli import main
    from tests.robustness import scenarios
    root = scenarios.make_base(tmp_path / "project")
    out = tmp_path / "mine"
    (out / "sub").mkdir(parents=True)
    own = {out / ".draft.tmp": b"draft", out / "sub" / ".video.part": b"video",
           out / "notes.txt": b"notes", out / "sub" / ".x.part.tmp": b"x"}
    for p, data in own.items():
        p.write_bytes(data)
    assert main(["build", "--root", str(root), "--out", str(out), "--quiet"]) == 0
    assert all(p.read_bytes() == data for p, data in own.items())
    assert (out / "reader.pdf").is_file()


def test_lock_refuses_after_waiting(tmp_path):
    said = []
    with build_lock(tmp_path, wait=0):
        t0 = time.monotonic()
        with pytest.raises(ContentError, match="another build is writing to this folder"):
            with build_lock(tmp_path, wait=0.3, on_wait=said.append):
                pass
        assert time.monotonic() - t0 >= 0.3
    assert said and "waiting for another build" in said[0]
    with build_lock(tmp_path, wait=0):      # released: free again
        pass


def test_lock_waits_for_the_first_build(tmp_path):
    order = []
    first_has_it = threading.Event()

    def first():
        with build_lock(tmp_path, wait=0):
            first_has_it.set()
            time.sleep(0.4)
            order.append("first done")

    t = threading.Thread(target=first)
    t.start()
    first_has_it.wait(5)
    with build_lock(tmp_path, wait=10, on_wait=lambda s: order.append("waiting")):
        order.append("second")
    t.join()
    assert order == ["waiting", "first done", "second"]


def test_unwritable_output_folder_is_a_clear_error(tmp_path, capsys):
    from coursepack.cli import main
    from tests.robustness import scenarios
    root = scenarios.make_base(tmp_path / "project")
    blocked = tmp_path / "not-a-folder"
    blocked.write_bytes(b"a file where the output folder should be")
    code = main(["build", "--root", str(root), "--out", str(blocked), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"cannot read or write {blocked}: File exists" in err
    assert "Traceback" not in err and "internal error" not in err
    assert blocked.read_bytes() == b"a file where the output folder should be"
