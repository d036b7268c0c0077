"""The reader's layout on a hand-built model: footnotes on the page of their
marker, contents numbers equal to where the headings are, page labels."""

import re

import pytest

from coursepack import model
from coursepack.render.reader import PageIndex, render_reader
from coursepack.render.env import Renderer
from tests.modelfactory import make_pack, make_reading
from tests.pdfcheck import Pdf

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", params=[(1, 6), (1, 9)], ids=["short", "long"])
def built(request):
    seed, paras = request.param
    r = make_reading(sections=5, paras=paras, seed=seed)
    cfg, pack = make_pack(ROOT, [r])
    index = PageIndex()
    res = render_reader(Renderer(ROOT), cfg, pack, profile="office", index=index)
    pdf, warnings = res.pdf, res.warnings
    return r, Pdf(pdf), index, warnings


def test_renders_without_warnings(built):
    _, pdf, _, warnings = built
    assert warnings == []
    assert len(pdf) > 5


def test_each_footnote_on_the_page_of_its_marker(built):
    r, pdf, _, _ = built
    for note in r.footnotes:
        ref = pdf.dests[f"{r.slug}--ref-{note.number}"]
        text = model.plain_text(note.inlines)[:40] if note.status == "complete" else \
            "The text of this note is lost"
        pages = pdf.find(text)
        assert ref in pages, (note.number, ref, pages)


def test_contents_numbers_are_the_pages_of_the_headings(built):
    r, pdf, _, _ = built
    labels = pdf.labels
    contents = pdf.find("Contents")[0]
    toc = pdf.flat[contents]
    for sec in r.sections:
        page = pdf.dests[f"{r.slug}--{sec.id}"]
        m = re.search(re.escape(sec.title) + r"[ .]*(\d+)", toc)
        assert m, sec.title
        assert m.group(1) == labels[page], (sec.title, m.group(1), labels[page])
        assert sec.title in pdf.flat[page]


def test_page_labels_roman_then_arabic(built):
    r, pdf, index, _ = built
    labels = pdf.labels
    body = pdf.dests[f"{r.slug}--start"]
    assert labels[:body] == ["i", "ii", "iii", "iv"][:body]
    assert labels[body:body + 3] == ["1", "2", "3"]
    # the printed number on a body page is its label
    for i in range(body + 1, len(pdf)):
        if pdf.flat[i]:
            assert re.search(rf"(^|\s){labels[i]}(\s|$)", pdf.texts[i]), (i, labels[i])


def test_glossary_pages_are_where_the_term_occurs(built):
    r, pdf, index, _ = built
    term = r.glossary[0]
    labels = pdf.labels
    expected = sorted({int(labels[pdf.dests[f"{r.slug}--{a}"]]) for a in term.anchors})
    assert index.pages[f"{r.slug}:g:{term.id}"] == expected    # the layout's page map
    assert term.pages == []                                     # the build applies it, not the render
    gpage = pdf.dests[f"{r.slug}--glossary"]
    assert ", ".join(map(str, expected)) in pdf.flat[gpage]
