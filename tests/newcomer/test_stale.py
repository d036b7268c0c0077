"""Kept segments per profile, and outputs no longer produced removed (only
inside build/)."""

from coursepack.build import Options, build
from tests.build.conftest import make_project


def _segments(out):
    folder = out / ".coursepack" / "segments"
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}


def test_switching_profile_and_back_lays_nothing_out_again(tmp_path):
    root = make_project(tmp_path / "p")
    out = root / "build"
    build(root, Options(quiet=True, say=lambda s: None))
    office = _segments(out)
    build(root, Options(profile="press", quiet=True, say=lambda s: None))
    both = _segments(out)
    assert set(office) < set(both)                       # press added its own, kept office's
    assert all(both[k] == v for k, v in office.items())
    res = build(root, Options(quiet=True, say=lambda s: None))
    assert not res.up_to_date and "reader.pdf" in res.pages
    assert _segments(out) == both                        # nothing laid out, nothing dropped
    assert (out / "reader-press.pdf").exists() and (out / "reader.pdf").exists()


def test_outputs_no_longer_produced_are_removed_and_nothing_else(tmp_path):
    root = make_project(tmp_path / "p")
    out = root / "build"
    say = lambda s: None  # noqa: E731
    build(root, Options(instructor=True, quiet=True, say=say))
    assert (out / "reader-instructor.pdf").exists()
    (out / "my-notes.txt").write_text("mine")
    outside = tmp_path / "reader-instructor.pdf"
    outside.write_text("not coursepack's")
    build(root, Options(instructor=False, quiet=True, say=say))
    assert not (out / "reader-instructor.pdf").exists()
    assert (out / "reader.pdf").exists() and (out / "lighthouses" / "edition.json").exists()
    assert (out / "my-notes.txt").read_text() == "mine" and outside.exists()
