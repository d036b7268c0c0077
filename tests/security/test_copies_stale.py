"""``copies`` never stamps an out-of-date reader: it brings it up to date
first (a no-op when nothing changed); bad content stops it with exit 2."""

from __future__ import annotations

import io

from pypdf import PdfReader

from coursepack.cli import main
from tests.robustness import scenarios


def _text(path) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages[:3])


def test_copies_rebuild_a_stale_reader_and_refuse_bad_content(tmp_path, capsys):
    root = scenarios.make_base(tmp_path / "project")
    roster = tmp_path / "roster.csv"
    roster.write_text("name\nAda Lovelace\n", encoding="utf-8")
    assert main(["build", "--root", str(root), "--quiet"]) == 0
    pack = root / "content/pack.yaml"
    text = pack.read_text(encoding="utf-8")
    title = text.split("title:", 1)[1].split("\n", 1)[0].strip().strip("\"'")
    pack.write_text(text.replace(title, "Ports and Customs Revisited", 1), encoding="utf-8")
    assert main(["copies", "--roster", str(roster), "--root", str(root)]) == 0
    out = capsys.readouterr().out
    assert "out of date" in out
    (copy,) = (root / "build/copies").glob("*.pdf")
    assert "Ports and Customs Revisited" in _text(copy)
    assert "Ports and Customs Revisited" in _text(root / "build/reader.pdf")
    # bad content: refused in one problem line, the copies left as they were
    before = copy.read_bytes()
    pack.write_text(pack.read_text(encoding="utf-8") + "bogus_key: 1\n", encoding="utf-8")
    assert main(["copies", "--roster", str(roster), "--root", str(root)]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[0].startswith("content/pack.yaml:")
    assert copy.read_bytes() == before
