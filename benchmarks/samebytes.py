#!/usr/bin/env python3
"""Same bytes before and after a refactor: build the default pack's outputs
(reader, handout, press with the booklet, screen, stamped copies) with this
checkout and with another git revision, and compare the SHA-256 of every file.

    python3 benchmarks/samebytes.py [--against REV|--base] [--record FILE] [--compare FILE]

``--against REV`` exports REV with ``git archive`` into a scratch folder (the
repository and its worktrees are not touched) and builds both side by side
(at the same time, one chain of builds each).  ``--base`` is ``--against``
the commit in ``benchmarks/samebytes.base``: the commit the outputs are known
good at, which ``tests/build/test_samebytes.py`` compares with on every run
of the suite (bump it when an output changes on purpose: see that file).
``--record FILE`` writes this checkout's hashes as JSON; ``--compare FILE``
compares this checkout against hashes recorded earlier.  Exit 1 on any
difference, listing the files.  The build is deterministic
(tests/print/test_reproducible.py), so any difference is a change.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASE_FILE = ROOT / "benchmarks" / "samebytes.base"
# what a build reads from the checkout (the environment is the same for both)
BUILD_INPUTS = ("coursepack", "content", "build.py")
ROSTER = "name,id,email\nAda Lovelace,s1,ada@example.org\nAlan Turing,s2,\n"


def _run(code: Path, *args: str, cwd: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(code))
    r = subprocess.run([sys.executable, str(code / "build.py"), *args], cwd=str(cwd), env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed in {code}:\n{r.stdout}")


def _project(code: Path, work: Path) -> tuple[Path, Path]:
    """The default project and its press copy (press profile, booklet on)."""
    default = work / "default"
    shutil.copytree(code / "content", default / "content")
    press = work / "press"
    shutil.copytree(code / "content", press / "content")
    pack = press / "content" / "pack.yaml"
    text = pack.read_text(encoding="utf-8")
    pack.write_text(text.replace("  booklet: false", "  booklet: true")
                    .replace("  profile: office", "  profile: press"), encoding="utf-8")
    return default, press


def hashes(code: Path, work: Path) -> dict[str, str]:
    """Build every output with the code in ``code``; the SHA-256 of each file."""
    default, press = _project(code, work)
    outs = {"office": work / "out-office", "press": work / "out-press",
            "screen": work / "out-screen", "copies": work / "out-copies"}
    _run(code, "--root", str(default), "--quiet", "build", "--out", str(outs["office"]),
         cwd=default)
    _run(code, "--root", str(press), "--quiet", "build", "--out", str(outs["press"]), cwd=press)
    _run(code, "--root", str(default), "--quiet", "build", "--out", str(outs["screen"]),
         "--profile", "screen", cwd=default)
    copies(code, default, outs["office"] / "reader.pdf", outs["copies"], work)
    return output_hashes(outs)


def copies(code: Path, default: Path, reader: Path, out: Path, work: Path) -> None:
    """The stamped copies of ``reader`` for :data:`ROSTER`, into ``out``."""
    roster = work / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    _run(code, "--root", str(default), "--quiet", "copies", "--roster", str(roster),
         "--reader", str(reader), "--out", str(out), cwd=default)


def output_hashes(outs: dict[str, Path]) -> dict[str, str]:
    """``profile/file`` → SHA-256 of every output in the folders ``outs``
    (``office``, ``press``, ``screen``, ``copies`` → the folder built)."""
    found = {}
    for name, out in outs.items():
        for f in sorted(out.rglob("*")):
            # .coursepack/ (caches keyed by the code) and .lock are not outputs
            if f.is_file() and not f.relative_to(out).parts[0].startswith("."):
                found[f"{name}/{f.relative_to(out)}"] = hashlib.sha256(f.read_bytes()).hexdigest()
    return found


def export(rev: str, dest: Path) -> Path:
    dest.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True,
                             stdout=subprocess.PIPE).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest


def base_commit() -> str:
    """The commit in ``benchmarks/samebytes.base`` (its first word that is not
    in a ``#`` comment)."""
    for line in BASE_FILE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            return line.split()[0]
    raise SystemExit(f"{BASE_FILE}: no commit in it")


def inputs_differ(rev: str) -> bool:
    """Whether anything a build reads differs between ``rev`` and the working
    tree (committed or not).  When nothing does, the bytes are the same by
    construction (the build is deterministic and both run here)."""
    r = subprocess.run(["git", "-C", str(ROOT), "diff", "--quiet", rev, "--", *BUILD_INPUTS],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode not in (0, 1):
        raise SystemExit(f"git diff {rev} failed: {r.stderr.strip()}")
    untracked = subprocess.run(["git", "-C", str(ROOT), "ls-files", "--others",
                                "--exclude-standard", "--", *BUILD_INPUTS],
                               stdout=subprocess.PIPE, text=True, check=True).stdout.strip()
    return r.returncode == 1 or bool(untracked)


def both(rev: str, work: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(``rev``'s hashes, this checkout's), built at the same time."""
    with ThreadPoolExecutor(2) as ex:
        theirs = ex.submit(lambda: hashes(export(rev, work / "rev"), work / "that"))
        mine = ex.submit(hashes, ROOT, work / "this")
        return theirs.result(), mine.result()


def compare(a: dict[str, str], b: dict[str, str]) -> list[str]:
    return [f"{k}: {'missing' if k not in a else 'new' if k not in b else 'differs'}"
            for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--against", metavar="REV", help="a git revision to compare with")
    ap.add_argument("--base", action="store_true",
                    help="compare with the commit in benchmarks/samebytes.base")
    ap.add_argument("--record", type=Path, help="write this checkout's hashes here")
    ap.add_argument("--compare", type=Path, help="compare with hashes recorded earlier")
    args = ap.parse_args()
    against = base_commit() if args.base else args.against
    with tempfile.TemporaryDirectory(prefix="samebytes-") as tmp:
        tmp = Path(tmp)
        other = None
        if against:
            other, mine = both(against, tmp)
        else:
            mine = hashes(ROOT, tmp / "this")
        if args.record:
            args.record.write_text(json.dumps(mine, indent=1, sort_keys=True) + "\n")
        if args.compare:
            other = json.loads(args.compare.read_text())
    print(f"{len(mine)} files built")
    if other is None:
        return 0
    diff = compare(other, mine)
    for line in diff:
        print(line)
    print("same bytes" if not diff else f"{len(diff)} files differ")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
