"""Progress: a status line on a terminal naming the stage and the reading,
nothing when output is not a terminal or under --quiet."""

import io
import os
import subprocess
import sys
import time

from coursepack import progress
from tests.newcomer.run import ROOT, SEED_LANDING, SEED_TEXT, cp


class Tty(io.StringIO):
    def isatty(self):
        return True


def test_status_line_names_stage_and_detail_then_clears():
    out = Tty()
    progress.configure(False)
    with progress.activity("build", "repair", stream=out) as status:
        progress.step(detail="lighthouses")
        time.sleep(0.4)
        progress.step("reader", "laying out lighthouses: article")
        time.sleep(0.4)
    text = out.getvalue()
    assert "\rbuild: repair — lighthouses " in text.replace("\x1b[K", "")
    assert "build: reader — laying out lighthouses: article" in text
    assert text.endswith("\r\x1b[K")                 # the line is gone at the end
    progress.step("after")                           # no status: nothing, no error
    assert out.getvalue() == text


def test_nothing_when_not_a_terminal_or_quiet():
    plain = io.StringIO()
    with progress.activity("build", "repair", stream=plain) as status:
        progress.step(detail="x")
    assert status is None and plain.getvalue() == ""
    progress.configure(True)
    try:
        tty = Tty()
        with progress.activity("build", stream=tty):
            progress.step("reader")
        assert tty.getvalue() == ""
    finally:
        progress.configure(False)


def _on_a_terminal(args, cwd):
    """Run build.py with stderr on a pseudo-terminal; return (rc, stdout, what the terminal got)."""
    master, slave = os.openpty()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    proc = subprocess.Popen([sys.executable, str(ROOT / "build.py"), *map(str, args)], cwd=cwd,
                            stdout=subprocess.PIPE, stderr=slave, env=env, text=True)
    os.close(slave)
    got = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        got += chunk
    out, _ = proc.communicate(timeout=300)
    os.close(master)
    return proc.returncode, out, got.decode("utf-8", "replace")


def test_ingest_shows_progress_on_a_terminal_and_not_in_a_pipe(tmp_path):
    assert cp("init", tmp_path / "c", cwd=tmp_path).returncode == 0
    course = tmp_path / "c"
    rc, out, tty = _on_a_terminal(["ingest", SEED_TEXT, "--landing", SEED_LANDING, "--slug", "a"],
                                  course)
    assert rc == 0, tty
    assert f"ingest: reading and repairing {SEED_TEXT.name}" in tty
    assert "added 'a'" in out
    res = cp("ingest", SEED_TEXT, "--landing", SEED_LANDING, "--slug", "b", cwd=course)
    assert res.returncode == 0
    assert "\x1b[K" not in res.stderr + res.stdout and "ingest:" not in res.stderr
    rc, out, tty = _on_a_terminal(["--quiet", "ingest", SEED_TEXT, "--slug", "c"], course)
    assert rc == 0 and "\x1b[K" not in tty and out == ""


def test_word_index_is_said_aloud_when_made(tmp_path):
    code = ("import sys; from coursepack import progress; progress.configure(False); "
            "from coursepack.words import zipf; zipf('the'); zipf('der', 'de')")
    env = {**os.environ, "COURSEPACK_CACHE_DIR": str(tmp_path / "words")}
    first = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                           text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    assert "making the word index for 'en'" in first.stderr
    assert "making the word index for 'de'" in first.stderr
    again = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                           text=True, timeout=300)
    assert again.returncode == 0 and "word index" not in again.stderr
