"""A malformed bibliography file (.bib, CSL-JSON, RIS, a .csl style) is
reported as ``file:line:column`` with exit status 2, and a failed build
leaves the previous outputs as they were."""

from __future__ import annotations

import re

import pytest

from coursepack.cli import main

BAD = {
    "references.bib": ("@article{a,\n  title = {x},\n  year = 2001 2002,\n}\n", 3),
    "references.json": ('[{"id": "a", "type": "book",\n "title": "x",,}]\n', 2),
    "references.ris": ("TY  - BOOK\nTI  - x\nfoo bar\n", None),
}


@pytest.fixture()
def pack(tmp_path):
    root = tmp_path / "course"
    assert main(["init", str(root)]) == 0
    assert main(["--root", str(root), "--quiet", "new", "week1"]) == 0
    return root


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_bibliography_file_named_by_line_and_column(pack, name, capsys):
    text, line = BAD[name]
    (pack / "content" / "readings" / "week1" / name).write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["--root", str(pack), "check"]) == 2
    out = capsys.readouterr()
    said = out.out + out.err
    m = re.search(rf"content/readings/week1/{re.escape(name)}:(\d+):(\d+): ", said)
    assert m, said
    if line is not None:
        assert int(m.group(1)) == line and int(m.group(2)) > 0
    assert "Traceback" not in said


def test_bad_csl_style_named_and_previous_outputs_stay(pack, capsys):
    (pack / "content" / "bad.csl").write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl">\n<info><title>x</title>\n</style', encoding="utf-8")
    cfg = pack / "content" / "pack.yaml"
    cfg.write_text(re.sub(r"(?m)^(\s*style:)\s*\w+", r"\1 bad.csl", cfg.read_text(encoding="utf-8")),
                   encoding="utf-8")
    build = pack / "build"
    build.mkdir(exist_ok=True)
    (build / "reader.pdf").write_bytes(b"%PDF-1.7 previous output\n")
    capsys.readouterr()
    assert main(["--root", str(pack), "build"]) == 2
    said = "".join(capsys.readouterr())
    assert re.search(r"content/bad\.csl:3:\d+: ", said), said
    assert (build / "reader.pdf").read_bytes() == b"%PDF-1.7 previous output\n"
