"""The article's front matter as the reader prints it (the HTML, without
layout): affiliation lines under the authors, set apart from the body; key
words in a second language with their own label; an abstract of several
paragraphs as several paragraphs; no citation line that would give only the
author and title printed right above it."""

from __future__ import annotations

import re

from coursepack import model
from coursepack.repair import PARAGRAPH_BREAK
from tests.render.test_locale_apparatus import reader_html, text
from tests.modelfactory import make_reading


def _reading() -> model.Reading:
    r = make_reading(sections=2, paras=2, seed=3)
    r.meta.languages = ["de"]
    r.meta.journal, r.meta.year = "GENDER", "2014"
    r.meta.keywords = ["Gleichstellung", "Hochschule"]
    r.source_kind = "pdf"
    r.abstracts = [model.Abstract("de", "", [model.Text("Erster Absatz."), model.Text(PARAGRAPH_BREAK),
                                             model.Text("Zweiter Absatz.")])]
    r.front = [model.Block("front-1", [model.Text("Institute for the Study of Reading Rooms")], "affiliation", "en"),
               model.Block("front-2", [model.Text("e-mail: a.kowalczyk@lib.example.ac.uk")], "affiliation", "en"),
               model.Block("front-3", [model.Text("gender equality · university")], "keywords", "en")]
    return r


def test_affiliations_and_second_keywords_are_front_matter():
    page = reader_html(_reading(), kind="article")
    head = page[page.index('class="reading-head"'):page.index('class="article"')]
    assert "Institute for the Study of Reading Rooms" in text(head)
    assert "a.kowalczyk@lib.example.ac.uk" in text(head)
    assert 'class="affiliation"' in head
    body = page[page.index('class="article"'):]
    assert "Institute for the Study" not in text(body)
    kw = re.findall(r'<p class="keywords"[^>]*>(.*?)</p>', page, re.S)
    assert len(kw) == 2, kw
    assert "gender equality · university" in text(kw[1]) and "Keywords" in text(kw[1])
    assert "Schlüsselwörter" in text(kw[0]), kw[0]


def test_an_abstract_of_two_paragraphs_prints_two():
    page = reader_html(_reading(), kind="article")
    abstract = page[page.index('class="abstract"'):]
    abstract = abstract[:abstract.index("</div>")]
    paras = [text(p) for p in re.findall(r"<p>(.*?)</p>", abstract, re.S)]
    assert paras == ["Erster Absatz.", "Zweiter Absatz."], abstract


def test_no_citation_line_of_author_and_title_alone():
    r = _reading()
    page = reader_html(r, kind="article")
    assert 'class="source-line"' in page
    r.meta.journal = r.meta.year = ""
    r.meta.series = r.meta.doi = r.meta.url = ""
    page = reader_html(r, kind="article")
    assert 'class="source-line"' not in page
