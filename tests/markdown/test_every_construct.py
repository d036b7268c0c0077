"""A Markdown reading that uses every construct the reader supports builds
with no Markdown syntax on any page: checked by the extracted text and by
the objects drawn on the pages (the figure's image, the formulas' paths)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from coursepack import model
from coursepack.read.markdown import read_markdown

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "every-construct"
GUIDE = (FIXTURE / "source" / "guide.md").read_text(encoding="utf-8")


def md_project(dest: Path, folder: Path | None = None, article: str | None = None) -> Path:
    from tests.packs.project import make_project
    root = make_project(dest, seed=False, pack="title: T\nreadings:\n  - slug: guide\n")
    for r in (root / "content" / "readings").iterdir():
        shutil.rmtree(r)
    target = root / "content" / "readings" / "guide"
    shutil.copytree(folder or FIXTURE, target)
    if article is not None:
        (target / "source" / "guide.md").write_text(article, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from coursepack.build import Options, build
    root = md_project(tmp_path_factory.mktemp("md") / "p")
    build(root, Options(quiet=True))
    return root / "build" / "reader.pdf"


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


RAW = [r"\*\*", r"(?<![\w.])_\w", r"\$", "```", r"\[\^", r"\]\(", r"!\[", r"\|", r"^\s*#",
       r"^\s*>", r"^\s*[-*] ", r"\\frac", r"\\approx", r"@doe2001", "Table:", r"<https?:"]


def test_no_markdown_syntax_on_any_page(built):
    text = _text(built)
    for pattern in RAW:
        hits = [line for line in text.splitlines() if re.search(pattern, line, re.M)]
        assert not hits, (pattern, hits)


def test_every_construct_is_printed(built):
    text = " ".join(_text(built).split())
    for words in ["Harbours and their numbers", "A guide to reading harbour statistics",
                  "Figures and tables", "Table 1: Depth and traffic of two harbours in 2020.",
                  "Figure 1: Yearly traffic of four harbours",
                  "Table 1. Depth and traffic", "Figure 1. Yearly traffic",
                  "Port Depth (m) Ships a year", "Gdańsk 17 4 500",
                  "• the year of the count;", "◦ metric tons, or", "1. Read the caption.",
                  "3. Only then read the numbers.", "tons_per_year",
                  "Doe, Rivers and Ports, 12–14", "the statistics office",
                  "import math print(math.exp(10 * 0.03))",
                  "Ports are made by the ships", "1. Depth is measured at mean low water",
                  "Traffic grows as"]:
        assert words in text or words.upper() in text, words   # the list's title is set in capitals
    # the list's page numbers would count from the article's own first page, laid out
    # before its place in the reader is known: the list links to each figure, unnumbered
    assert "· p." not in text


def test_figure_and_formulas_are_drawn(built):
    import pdfplumber
    with pdfplumber.open(built) as pdf:
        pages = {i: p for i, p in enumerate(pdf.pages)}
        fig = [p for p in pages.values() if "Figure 1. Yearly" in (p.extract_text() or "")]
        formula = [p for p in pages.values() if "Traffic grows as" in (p.extract_text() or "")]
        assert fig and formula
        assert len(fig[0].images) >= 1                       # the PNG of the figure
        # the inline and display formulas are SVG glyph outlines: many curves
        assert len(formula[0].curves) + len(formula[0].images) >= 10


def test_reader_model_of_every_construct():
    a = read_markdown(GUIDE, "guide.md")
    assert [p for p in a.problems if p.severity == "error"] == []
    blocks = [b for s in a.sections for b in s.blocks]
    kinds = [b.kind for b in blocks]
    for k in ("paragraph", "quote", "item", "figure", "math", "code"):
        assert k in kinds
    items = [(b.depth, b.marker, model.plain_text(b.inlines)) for b in blocks if b.kind == "item"]
    assert items[:3] == [(1, "•", "the year of the count;"), (1, "•", "the unit:"),
                         (2, "◦", "metric tons, or")]
    assert items[-1] == (1, "3.", "Only then read the numbers.")
    table, figure = [b.figure for b in blocks if b.kind == "figure"]
    assert (table.kind, table.label, table.header_rows) == ("table", "Table 1", 1)
    assert table.align == ["left", "center", "right"]
    assert model.plain_text(table.rows[2][1]) == "24" and isinstance(table.rows[2][1][0], model.Emph)
    assert model.plain_text(table.caption) == "Depth and traffic of two harbours in 2020."
    assert (figure.label, figure.alt, figure.source) == (
        "Figure 1", "Bar chart of four harbours' yearly traffic", "ports.png")
    maths = [n for b in blocks for n in b.inlines if isinstance(n, model.Math)]
    assert [m.display for m in maths] == [False, False, True]
    assert maths[0].tex == "T(t) = T_0 e^{rt}"
    assert a.accounting.complete
    links = [n for b in blocks for n in b.inlines if isinstance(n, model.Link)]
    assert (links[0].text, [type(c).__name__ for c in links[0].children]) == (
        "the statistics office", ["Text", "Emph", "Text"])       # emphasis in link text kept
    assert links[1].children == []                              # a bare URL: plain text
    growth = [s for s in a.sections if s.title == "The growth formula"][0]
    assert isinstance(growth.title_inlines[1], model.Emph)     # emphasis in a heading kept
    assert all(not s.title_inlines for s in a.sections if s is not growth)
    code = [b for b in blocks if b.kind == "code"][0]
    assert code.source_lines == [48]          # the line of its opening fence


@pytest.mark.parametrize("snippet, line, col, words", [
    ("Some <b>bold</b> text.", 3, 6, "raw HTML"),
    ("<div>Raw block</div>", 3, 1, "raw HTML"),
    ("Text.\n\n---\n\nMore.", 5, 1, "horizontal rule"),
    ("A ~~struck~~ word.", 3, 3, "struck-through"),
    ("An ![icon](i.png) inline.", 3, 4, "inside a line of text"),
    ("Bad $\\frac{a}$ math.", 3, 6, "cannot be typeset"),
    ("A [file](notes.pdf) link.", 3, 8, "not a web address"),
    ("## The $x$ rule", 3, 8, "in a heading"),
])
def test_unsupported_constructs_are_warnings_with_position(snippet, line, col, words):
    a = read_markdown("# T\n\n" + snippet + "\n", "x.md")
    p = a.problems[0]
    assert len(a.problems) == (2 if "<b>" in snippet else 1)
    assert p.severity == "warning" and (p.path, p.line, p.column) == ("x.md", line, col)
    assert words in p.message


def test_missing_image_is_an_error_with_position(tmp_path):
    a = read_markdown("# T\n\nText.\n\n![A chart](nothere.png)\n", "src/x.md", base="src",
                      root=tmp_path)
    (p,) = a.problems
    assert p.severity == "error" and (p.line, p.column) == (5, 12)
    assert "nothere.png" in p.message


def test_unsupported_syntax_is_not_printed_and_check_reports_it(tmp_path):
    from coursepack.build import Options, build
    from coursepack.check import check
    article = GUIDE.replace("Three things to check:",
                            "Three <b>things</b> to ~~see~~ check:\n\n<div>Raw</div>\n\n***")
    root = md_project(tmp_path / "p", article=article)
    said: list[str] = []
    assert check(root, say=said.append) == 0
    warned = [s for s in said if "warning:" in s]
    assert len(warned) == 5 and all("guide.md:" in s for s in warned)
    build(root, Options(quiet=True))
    text = _text(root / "build" / "reader.pdf")
    for raw in ("<b>", "</b>", "~~", "<div>", "***"):
        assert raw not in text
    assert "Three things to see check:" in " ".join(text.split())


def test_strong_emphasis_prints_bold(built):
    a = read_markdown(GUIDE, "guide.md")
    emphs = [n for s in a.sections for b in s.blocks for n in b.inlines
             if isinstance(n, model.Emph)]
    assert [(model.plain_text(e.children), e.strong) for e in emphs][:2] == [
        ("throughput", False), ("depth", True)]
    import pdfplumber
    with pdfplumber.open(built) as pdf:
        words = [w for p in pdf.pages for w in p.extract_words(extra_attrs=["fontname"])]
    fonts = {w["text"].strip(".,"): w["fontname"] for w in words
             if w["text"].strip(".,") in ("depth", "throughput", "harbour", "growth", "formula")}
    assert "bold" in fonts["depth"].lower(), fonts
    assert "bold" not in fonts["throughput"].lower() and "bold" not in fonts["harbour"].lower()
    # emphasis in a heading is kept: "growth" is in another face than "formula"
    # (italic in an upright heading, upright in an italic one)
    assert fonts["growth"] != fonts["formula"], fonts
    assert ("italic" in fonts["growth"].lower()) != ("italic" in fonts["formula"].lower()), fonts
