"""The web export of a Markdown reading: lists, tables, figures and code as
HTML, mathematics as MathML (the site allows no data: URLs), no Markdown
syntax in the text."""

from __future__ import annotations

import re

from tests.markdown.test_every_construct import md_project


def test_web_page_of_every_construct(tmp_path):
    from coursepack.web import export_web
    root = md_project(tmp_path / "p")
    pages = export_web(root)
    page = next(p for p in pages if p.name == "guide.html").read_text(encoding="utf-8")
    assert page.count("<math") == 3 and "data:" not in page
    assert '<th scope="col">Port</th>' in page and "<figcaption><strong>Table 1.</strong>" in page
    # the image is copied into build/web: the site deploys alone
    srcs = re.findall(r'<img src="([^"]+)"', page)
    assert srcs == ["media/guide/source/ports.png"]
    assert "../../content" not in page
    copied = root / "build" / "web" / srcs[0]
    assert copied.read_bytes() == (root / "content/readings/guide/source/ports.png").read_bytes()
    assert '<a class="url" href="https://example.org/ports">the <em>statistics</em> office</a>' in page
    assert re.search(r'<h3 id="s\d+">The <em>growth</em> formula</h3>', page)   # emphasis in a heading
    assert "<strong>depth</strong>" in page and "<em>throughput</em>" in page
    assert page.count('class="md-item') == 8 and "<pre" in page
    text = re.sub(r"<math.*?</math>", "", page, flags=re.S)
    text = re.sub(r"<[^>]+>", "", text)
    for raw in ("**", "$", "```", "[^", "](", "@doe2001", "Table:"):
        assert raw not in text, raw
