"""What coursepack keeps in build/ cannot run code or lie: entries not
written by this user's coursepack for exactly that key are ignored."""

from __future__ import annotations

import hashlib
import json
import os
import pickle

from coursepack import cache
from coursepack.cache import Manifest, StageCache
from coursepack.pdf.join import Laid, SegmentStore


class Boom:
    """Unpickling this runs a command that leaves a file behind."""

    def __init__(self, flag):
        self.flag = flag

    def __reduce__(self):
        return (os.system, (f"touch {self.flag}",))


def test_a_planted_pickle_never_runs(tmp_path):
    folder = tmp_path / "build/.coursepack/stages"
    stages = StageCache(folder)
    assert stages.get("repair-x", ["text"], lambda: {"v": 1}) == {"v": 1}
    (entry,) = folder.glob("repair-x-*.pickle")
    flag = tmp_path / "pwned"
    # the payload in place of the real entry, as a bare pickle and with a
    # header copied from the real one
    header = entry.read_bytes().split(b"\n", 2)
    for planted in (pickle.dumps(Boom(flag)),
                    header[0] + b"\n" + header[1] + b"\n" + pickle.dumps(Boom(flag))):
        entry.write_bytes(planted)
        again = StageCache(folder)
        assert again.get("repair-x", ["text"], lambda: {"v": 2}) == {"v": 2}
        assert not flag.exists()
        assert again.hits == []


def test_a_genuine_entry_is_reused_and_another_entrys_file_is_not(tmp_path):
    folder = tmp_path / "stages"
    StageCache(folder).get("a", ["one"], lambda: "A")
    StageCache(folder).get("b", ["two"], lambda: "B")
    again = StageCache(folder)
    assert again.get("a", ["one"], lambda: "recomputed") == "A" and again.hits == ["a"]
    (a,) = folder.glob("a-*.pickle")
    (b,) = folder.glob("b-*.pickle")
    a.write_bytes(b.read_bytes())      # swapped: b's bytes under a's name
    assert StageCache(folder).get("a", ["one"], lambda: "recomputed") == "recomputed"


def test_swapped_segments_are_laid_out_again(tmp_path):
    store = SegmentStore(tmp_path)
    for key, pages in (("k1", 1), ("k2", 2)):
        store.put(key, Laid(pages=pages, anchors={"a": 0}, pdf=f"%PDF {key}".encode()))
    assert SegmentStore(tmp_path).get("k1").pages == 1
    for ext in ("json", "pdf"):
        (tmp_path / f"k1.{ext}").write_bytes((tmp_path / f"k2.{ext}").read_bytes())
    assert SegmentStore(tmp_path).get("k1") is None
    # a hand-made entry with a correct hash but no MAC
    pdf = b"%PDF forged"
    (tmp_path / "k3.pdf").write_bytes(pdf)
    (tmp_path / "k3.json").write_text(json.dumps(
        {"pages": 9, "anchors": {}, "sha256": hashlib.sha256(pdf).hexdigest()}))
    assert SegmentStore(tmp_path).get("k3") is None


def test_a_forged_manifest_is_ignored(tmp_path):
    m = Manifest(tmp_path)
    m.set("inputs", "abc")
    m.save()
    assert Manifest(tmp_path).get("inputs") == "abc"
    path = tmp_path / cache.MANIFEST
    data = json.loads(path.read_text())
    data["inputs"] = "forged"
    path.write_text(json.dumps(data))
    assert Manifest(tmp_path).get("inputs") is None


def test_the_key_lives_outside_the_project_and_is_private(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.KEY_ENV, str(tmp_path / "keys"))
    key = cache.secret_key()
    assert key and len(key) == 32
    path = tmp_path / "keys" / "cache-key"
    assert path.stat().st_mode & 0o077 == 0
    assert cache.secret_key() == key
