from __future__ import annotations

import pytest

from coursepack.errors import ContentError
from coursepack.read import read_extracted, split_lines


def test_lines_keep_leading_and_trailing_spaces():
    lines = split_lines(" Title \n\nbody line \n page start")
    assert [(l.number, l.text, l.blank, l.page_start) for l in lines] == [
        (1, " Title ", False, True), (2, "", True, False), (3, "body line ", False, False),
        (4, " page start", False, True)]


def test_read_file_and_refuse_binary(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("x\ny\n", encoding="utf-8")
    text, lines = read_extracted(p)
    assert text == "x\ny\n" and [l.text for l in lines] == ["x", "y"]
    b = tmp_path / "b.txt"
    b.write_bytes(b"\x00\x01abc")
    with pytest.raises(ContentError) as e:
        read_extracted(b, "source/b.txt")
    assert str(e.value).startswith("source/b.txt: binary file")
