"""An author note set line by line in groups with space between them (each
author's name, address and e-mail, as Springer sets them at the foot of a
first page, in two columns) is printed a paragraph per group, not as one
run-on block (JUDGE12: en-20291 p.147); a note of one group stays one
paragraph."""

from __future__ import annotations

from coursepack.model import PARAGRAPH_BREAK, Text, plain_text
from coursepack.read.structure import ArticleStructure, Block, Line
from coursepack.repair import repair_structure

BODY = "The harbour council met every week to settle disputes between merchants and the customs office."


def _line(top: float, text: str, x0: float = 51.0, size: float = 10.0) -> Line:
    return Line(1, x0, top, x0 + 5 * len(text), top + size - 1, text, size=size)


def _structure(note_lines: list[Line]) -> ArticleStructure:
    return ArticleStructure("a.pdf", blocks=[
        Block("title", [_line(60, "Harbour Councils", size=16)]),
        Block("heading", [_line(100, "Introduction", size=12)], level=1),
        Block("paragraph", [_line(120 + 12 * k, BODY) for k in range(3)]),
        Block("note", note_lines, why="a note on the authors"),
    ])


def _author_note(s: ArticleStructure):
    r = repair_structure(s)
    return next(b for b in r.blocks() if b.kind == "authornote")


def test_groups_of_an_author_note_are_paragraphs():
    lines = [_line(492, "A. Kowalczyk · J. Berger", size=8.5),
             _line(502, "Institute of Harbour History, University of Gdańsk", size=8.5),
             _line(512, "e-mail: a.kowalczyk@example.org", size=8.5),
             _line(527, "J. Berger", size=8.5),
             _line(537, "e-mail: j.berger@example.org", size=8.5),
             _line(492, "M. Nowak", x0=306, size=8.5),
             _line(502, "e-mail: m.nowak@example.org", x0=306, size=8.5)]
    note = _author_note(_structure(lines))
    paras = " ".join(plain_text(note.inlines).split(PARAGRAPH_BREAK))
    parts = [p.strip() for p in plain_text(note.inlines).split(PARAGRAPH_BREAK)]
    assert [p.split()[0] for p in parts] == ["A.", "J.", "M."], parts
    assert "a.kowalczyk@example.org" in paras


def test_author_note_of_one_group_is_one_paragraph():
    lines = [_line(492, "Ann Kowalczyk is professor of history at the University of Gdańsk,", size=8.5),
             _line(502, "where she works on the harbours of the Baltic.", size=8.5),
             _line(512, "E-mail: a.kowalczyk@example.org", size=8.5)]
    note = _author_note(_structure(lines))
    assert not any(isinstance(n, Text) and n.text == PARAGRAPH_BREAK for n in note.inlines)
