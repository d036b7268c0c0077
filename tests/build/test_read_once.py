"""Each content file is read once per build, and its YAML parsed once, and
handed to the stages that need it (references, questions, the stage cache's
keys, the fingerprint): ``python3 build.py build`` of the default pack, in a
process of its own, with every file opened and every YAML text parsed
counted (an audit hook sees the worker processes too)."""

from __future__ import annotations

import collections
import shutil
import subprocess
import sys

import pytest

from coursepack.content import ReadOnce, read_bytes, read_once
from coursepack.yamlio import load_yaml, read_text
from tests.conftest import ROOT

COUNTER = r"""
import os, sys, traceback
root = sys.argv[1]
content = os.path.join(root, "content") + os.sep

def in_build():
    return any(f.name == "build" and f.filename.endswith(os.path.join("coursepack", "build.py"))
               for f in traceback.extract_stack())

def hook(event, args):
    if event == "open" and isinstance(args[0], str) and args[0].startswith(content) \
            and os.path.isfile(args[0]) and in_build():
        os.write(2, ("OPEN " + args[0][len(content):] + "\n").encode())

import coursepack.yamlio as y
parse = y.loads_yaml
def counted(text, name="<string>"):
    if in_build():
        os.write(2, ("PARSE " + str(name) + "\n").encode())
    return parse(text, name)
y.loads_yaml = counted
sys.addaudithook(hook)
from coursepack.cli import main
rc = main(["--root", root, "--quiet", "build", "--out", os.path.join(root, "out")])
sys.stdout.flush()
os._exit(rc or 0)
"""


def _count(lines: list[str], kind: str) -> collections.Counter:
    return collections.Counter(l.split(" ", 1)[1] for l in lines if l.startswith(kind + " "))


@pytest.mark.slow
def test_a_build_reads_and_parses_each_content_file_once(tmp_path):
    shutil.copytree(ROOT / "content", tmp_path / "content")
    r = subprocess.run([sys.executable, "-c", COUNTER, str(tmp_path)], cwd=str(ROOT),
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stderr.splitlines()
    opened, parsed = _count(lines, "OPEN"), _count(lines, "PARSE")
    files = sorted(str(p.relative_to(tmp_path / "content")) for p in
                   (tmp_path / "content").rglob("*") if p.is_file())
    assert sorted(opened) == files                       # every content file read...
    assert {f: n for f, n in opened.items() if n != 1} == {}     # ...once
    yamls = [f for f in files if f.endswith(".yaml")]
    assert sorted(p.rsplit("content/", 1)[-1] for p in parsed) == yamls   # each parsed...
    assert {f: n for f, n in parsed.items() if n != 1} == {}     # ...once
    assert (tmp_path / "out" / "reader.pdf").stat().st_size > 0


def test_read_once_keeps_bytes_and_parses_once(tmp_path):
    f = tmp_path / "a.yaml"
    f.write_text("title: A\nitems: [1, 2]\n", encoding="utf-8")
    with read_once() as store:
        assert isinstance(store, ReadOnce)
        first = load_yaml(f)
        first["items"].append(3)                 # a stage changes what it was given
        f.write_text("title: B\n", encoding="utf-8")     # and the file changes meanwhile
        again = load_yaml(f)
        assert again == {"title": "A", "items": [1, 2]} and again.at("items") == (2, 1)
        assert read_text(f) == "title: A\nitems: [1, 2]\n" and read_bytes(f).startswith(b"title: A")
        assert list(store.reads.values()) == [1] and list(store.parses.values()) == [1]
    assert load_yaml(f) == {"title": "B"}        # outside a build: the file as it is


def test_the_fingerprint_hands_over_what_it_read(tmp_path):
    from coursepack.cache import inputs_fingerprint
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "pack.yaml").write_text("title: T\n", encoding="utf-8")
    with read_once() as store:
        inputs_fingerprint(tmp_path, {}, keep=store.keep)
        (tmp_path / "content" / "pack.yaml").write_text("title: U\n", encoding="utf-8")
        assert load_yaml(tmp_path / "content" / "pack.yaml") == {"title": "T"}
    assert sum(store.reads.values()) == 1
