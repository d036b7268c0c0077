"""Ctrl-C to the whole process group (what a terminal sends) at a few
moments of a build: exit 130 (or 0 when it had finished) within about a
second, no worker left, build/.lock free, the previous outputs intact.
A build killed with SIGKILL leaves no lock behind (its workers close it and
die with it).  More runs: /tmp script in the report ("zero hangs in N")."""

from __future__ import annotations

import fcntl
import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.robustness import scenarios

ENV = {**os.environ, "PYTHONPATH": str(scenarios.REPO)}


def start(root: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "coursepack.cli", "build", "--root", str(root),
                             "--quiet"], cwd=scenarios.REPO, env=ENV, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def pdfs(root: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in (root / "build").glob("*.pdf")}


def lock_free(root: Path) -> bool:
    with open(root / "build/.lock", "a") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False


def group_alive(pgid: int) -> list[str]:
    """Processes of the group still running (a zombie left to init to reap,
    after its parent was killed, runs nothing and holds nothing)."""
    ps = subprocess.run(["ps", "-o", "pid=,stat=", "-g", str(pgid)], capture_output=True,
                        text=True).stdout.split("\n")
    return [line.split()[0] for line in ps if line.split() and not line.split()[1].startswith("Z")]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = scenarios.make_base(tmp_path_factory.mktemp("sigint") / "project")
    res = subprocess.run([sys.executable, "-m", "coursepack.cli", "build", "--root", str(root),
                          "--quiet"], cwd=scenarios.REPO, env=ENV, capture_output=True,
                         text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    return root


def edit(root: Path, n: float) -> None:
    """A change that makes the next build lay out again."""
    p = root / scenarios.READING / "reading.yaml"
    text = p.read_text(encoding="utf-8").split("\nsummary:")[0].rstrip("\n")
    p.write_text(text + f'\nsummary: "Edited {n}"\n', encoding="utf-8")


@pytest.mark.parametrize("delay", [0.3, 0.9, 1.6])
def test_ctrl_c_to_the_process_group(built, delay):
    edit(built, delay)
    before = pdfs(built)
    proc = start(built)
    time.sleep(delay)
    t0 = time.monotonic()
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    took = time.monotonic() - t0
    assert proc.returncode in (0, 130), err
    assert took < 1.5, f"{took:.2f} s to stop"
    assert "Traceback" not in err and "internal error" not in err, err
    assert group_alive(proc.pid) == []
    assert lock_free(built)
    if proc.returncode == 130:
        assert "interrupted" in err
        # each output is the previous one, or a whole new one that was renamed
        # into place before the signal came (never a half-written file)
        after = pdfs(built)
        assert after.keys() == before.keys()
        for name in after:
            if after[name] != before[name]:
                path = built / "build" / name
                assert path.read_bytes().rstrip().endswith(b"%%EOF"), name
                assert len(PdfReader(path, strict=True).pages) >= 1, name
    assert not [p for p in (built / "build").rglob("*") if p.name.endswith((".tmp", ".part"))]


def test_sigkill_leaves_no_lock(built):
    edit(built, 99)
    proc = start(built)
    time.sleep(1.0)
    os.kill(proc.pid, signal.SIGKILL)          # the main process only: workers are orphaned
    proc.communicate(timeout=30)
    deadline = time.monotonic() + 1.0
    while not lock_free(built) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert lock_free(built)
    time.sleep(0.3)
    assert group_alive(proc.pid) == []
    res = subprocess.run([sys.executable, "-m", "coursepack.cli", "build", "--root", str(built)],
                         cwd=scenarios.REPO, env=ENV, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert "waiting for another build" not in res.stderr
