"""The web export: accessible HTML pages for the course site."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

import pytest

from coursepack import model
from coursepack.web import export_web, render_web
from tests.packs.conftest import SLUGS


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: Counter = Counter()
        self.hrefs: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.text: list[str] = []      # without the note calls (sup)
        self.in_sup = 0

    VOID = {"meta", "link", "br", "img", "hr", "input"}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if "id" in a:
            self.ids[a["id"]] += 1
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        if tag not in self.VOID:
            self.stack.append(tag)
        if tag == "sup":
            self.in_sup += 1

    def handle_endtag(self, tag):
        if tag == "sup":
            self.in_sup -= 1
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
        else:
            self.stack.pop()

    def handle_data(self, data):
        if not self.in_sup:
            self.text.append(data)


def _parse(text: str) -> _Page:
    p = _Page()
    p.feed(text)
    p.close()
    return p


@pytest.fixture(scope="module")
def site(pack_build, pack_model, tmp_path_factory):
    out = tmp_path_factory.mktemp("web")
    written = export_web(pack_build.root, out=out, pack=pack_model)
    return out, written


def test_web_command(pack_build, tmp_path, capsys):
    from coursepack.cli import main
    assert main(["web", "--root", str(pack_build.root), "--out", str(tmp_path / "w")]) == 0
    assert "wrote 5 page(s)" in capsys.readouterr().out
    assert (tmp_path / "w" / "study-circles.html").is_file()


def test_files_written(site):
    out, written = site
    assert [p.name for p in written] == ["index.html"] + [f"{s}.html" for s in SLUGS]
    assert (out / "web.css").stat().st_size > 500


@pytest.mark.parametrize("name", ["index.html"] + [f"{s}.html" for s in SLUGS])
def test_pages_are_well_formed_with_unique_ids_and_working_links(site, name):
    out, _ = site
    text = (out / name).read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    page = _parse(text)
    assert page.errors == [] and page.stack == []
    assert [k for k, v in page.ids.items() if v > 1] == []
    html_tag = page.tags[0]
    assert html_tag[0] == "html" and html_tag[1].get("lang") == "en"
    for href in page.hrefs:
        if href.startswith("#"):
            assert href[1:] in page.ids, (name, href)
        elif not href.startswith(("http://", "https://", "mailto:")):
            target = href.split("#")[0]
            assert (out / target).is_file(), (name, href)
            if "#" in href:
                assert f'id="{href.split("#")[1]}"' in (out / target).read_text(encoding="utf-8")
    assert sum(1 for t, _a in page.tags if t == "h1") == 1
    assert any(t == "main" for t, _a in page.tags)


def test_notes_link_both_ways(site, pack_model):
    out, _ = site
    r = pack_model.readings[SLUGS.index("reading-in-practice")]
    page = _parse((out / "reading-in-practice.html").read_text(encoding="utf-8"))
    for n in r.footnotes:
        assert page.ids[f"fn-{n.number}"] == 1 and page.ids[f"fnref-{n.number}"] == 1
        assert f"#fn-{n.number}" in page.hrefs and f"#fnref-{n.number}" in page.hrefs
    roles = Counter(a.get("role") for _t, a in page.tags)
    assert roles["doc-noteref"] == sum(1 for _s, b in r.blocks() for x in b.inlines
                                       if isinstance(x, model.NoteRef))
    assert roles["doc-backlink"] == len(r.footnotes)
    assert "#bib-jervis1976" in page.hrefs


def test_reading_page_has_the_same_content_as_the_edition(site, pack_model):
    out, _ = site
    for r in pack_model.readings:
        page = _parse((out / f"{r.slug}.html").read_text(encoding="utf-8"))
        text = re.sub(r"\s+", " ", "".join(page.text))
        for _s, b in r.blocks():
            assert re.sub(r"\s+", " ", model.plain_text(b.inlines)).strip() in text, (r.slug, b.id)
        for t in r.glossary:
            if t.reviewed:
                assert page.ids[f"g-{t.id}"] == 1
        for q in r.questions:
            assert q.text in text
        heads = [a.get("id") for t, a in page.tags if t == "h2"]
        assert "editorial-title" in heads
        if r.footnotes:
            assert "notes-title" in heads
        if r.bibliography:
            assert "bib-title" in heads


def test_seed_page_marks_polish_abstract_language(site, pack_model):
    out, _ = site
    html = (out / "russia-armenia-azerbaijan.html").read_text(encoding="utf-8")
    assert '<section class="abstract" lang="pl"' in html


def test_render_web_escapes_text(pack_model, pack_build):
    r = pack_model.readings[0]
    old = r.meta.title
    r.meta.title = "<script>alert(1)</script> & co"
    try:
        pages = render_web(pack_build.root, pack_model)
    finally:
        r.meta.title = old
    assert "<script>" not in pages[f"{r.slug}.html"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in pages[f"{r.slug}.html"]
