"""Figures and tables: settled into one block each, cut from the page at
print resolution, reused on rebuild; the repair gives each its Figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from coursepack.read.figures import DPI, caption_label, cut_figures, settle
from coursepack.read.structure import ArticleStructure, Block, Line
from coursepack.repair import repair_structure
from tests.corpus.locate import corpus_dir

CORPUS = corpus_dir() / "pdf"


def L(text, x0, top, x1, page=3, size=9.0):
    return Line(page, x0, top, x1, top + 8, text, size=size)


def table_page():
    """A caption, a table whose row labels the layout took for paragraphs
    and a heading, and running text after it."""
    return ArticleStructure("a.pdf", blocks=[
        Block("paragraph", [L("Running text before the table, with enough words in it.", 50, 40, 290)]),
        Block("caption", [L("Table 1 Means of the scores", 50, 60, 290)]),
        Block("table", [L("n M (SD)", 184, 87, 250)], region=[50, 83, 290, 100]),
        Block("paragraph", [L("Parents", 54, 110, 82)]),
        Block("table", [L("3,565 2.0 (3.5)", 184, 110, 250)], region=[184, 110, 250, 118]),
        Block("heading", [L("3.50", 54, 124, 70)], level=2),
        Block("table", [L("4,382 1.5 (3.9)", 184, 124, 250)], region=[184, 124, 250, 132]),
        Block("paragraph", [L("The text goes on after the table and says what it shows,", 50, 200, 290),
                            L("over several lines of running prose that no table holds,", 50, 210, 290),
                            L("and it ends here with a full stop after many words.", 50, 220, 290)]),
    ])


def test_table_cells_never_become_paragraphs_or_headings():
    s = settle(table_page())
    roles = [b.role for b in s.blocks]
    assert roles == ["paragraph", "caption", "table", "paragraph"]
    table = s.blocks[2]
    assert {"Parents", "3.50", "4,382 1.5 (3.9)"} <= {ln.text for ln in table.lines}
    assert table.region[1] <= 83 and table.region[3] >= 132


def test_settle_is_stable():
    once = settle(table_page())
    twice = settle(once)
    assert [(b.role, b.text, b.region) for b in twice.blocks] == \
        [(b.role, b.text, b.region) for b in once.blocks]


def test_lone_line_of_text_is_not_a_table():
    s = ArticleStructure("a.pdf", blocks=[
        Block("paragraph", [L("the mean was higher than in the group of", 50, 40, 290, page=6)]),
        Block("table", [L("25.2; Z = -1.963; P = 0.049) (Table 1).", 50, 50, 200, page=6)],
              region=[50, 50, 200, 58])])
    out = settle(s)
    assert [b.role for b in out.blocks] == ["paragraph", "paragraph"]
    assert out.blocks[1].continues


def test_repair_gives_each_figure_its_parts():
    r = repair_structure(settle(table_page()), source="a.pdf")
    figs = [b for _s, b in ((s, b) for s in r.sections for b in s.blocks) if b.kind == "figure"]
    assert len(figs) == 1
    f = figs[0].figure
    assert (f.kind, f.label, f.number, f.page) == ("table", "Table 1", 1, 3)
    assert len(f.region) == 4
    body = " ".join(str(getattr(i, "text", "")) for s in r.sections for b in s.blocks
                    if b.kind != "figure" for i in b.inlines)
    assert "Parents" not in body and "3,565" not in body


def test_labelled_caption_without_figure_is_a_placeholder():
    s = ArticleStructure("a.pdf", blocks=[
        Block("paragraph", [L("Some running text of the article here.", 50, 40, 290, page=7)]),
        Block("caption", [L("Figure 2. Performance means", 50, 300, 290, page=7)])])
    r = repair_structure(settle(s), source="a.pdf")
    figs = [b for s in r.sections for b in s.blocks if b.kind == "figure"]
    assert len(figs) == 1 and figs[0].figure.label == "Figure 2"
    assert figs[0].figure.image == ""
    assert figs[0].inlines[0].text.startswith("[Figure 2: see p. 7 of the original]")


@pytest.mark.parametrize("text,expected", [
    ("Tabelle 2: Kompetenzen", "table"), ("Abbildung 3: Akteure", "figure"),
    ("TABLE 1", "table"), ("Fig. 4 ROC curves", "figure"), ("Figure 5 shows that", None)])
def test_caption_label(text, expected):
    lab = caption_label(text)
    assert (lab[0] if lab else None) == expected


@pytest.mark.skipif(not (CORPUS / "en-40305.pdf").is_file(), reason="corpus not available")
def test_cut_at_print_resolution_and_reused(tmp_path):
    from PIL import Image

    from coursepack.model import Figure
    f = Figure(kind="figure", label="Figure 1", page=4, region=[118, 190, 493, 472])
    assert cut_figures([f], CORPUS / "en-40305.pdf", tmp_path) == 1
    png = tmp_path / f.image
    assert png.is_file() and f.image.startswith("figures/p4-")
    with Image.open(png) as im:
        w, h = im.size
        # the area and its margin at 300 dpi
        assert abs(w - (f.width * DPI / 72)) <= 2 and abs(h - (f.height * DPI / 72)) <= 2
        assert w >= (493 - 118) * DPI / 72
        # a picture, not a blank page: many colours
        assert len(im.convert("L").getcolors(256) or []) > 20
    before = png.stat().st_mtime_ns
    g = Figure(kind="figure", label="Figure 1", page=4, region=[118, 190, 493, 472])
    assert cut_figures([g], CORPUS / "en-40305.pdf", tmp_path) == 1
    assert g.image == f.image and png.stat().st_mtime_ns == before
    assert (g.width, g.height) == (f.width, f.height)


def test_figure_without_area_keeps_no_image(tmp_path):
    from coursepack.model import Figure
    f = Figure(kind="table", label="Table 2", page=7)
    assert cut_figures([f], tmp_path / "missing.pdf", tmp_path) == 0
    assert f.image == ""
