"""Glossary terms are marked in the text, never inside code: not in a code
block, not in inline code (the words of a program are not the article's)."""

from __future__ import annotations

import re

from coursepack import model
from tests.markdown.test_epub import GLOSSARY
from tests.markdown.test_every_construct import md_project

ARTICLE = """# Throughput of harbours

The throughput of a harbour is counted in tons.

Write it as `throughput` in the sheet, or as `yearly throughput`.

```python
throughput = tons / years   # throughput per year
```

Throughput again, in the text.
"""


def _marks(nodes):
    for n in nodes:
        if isinstance(n, model.TermRef):
            yield n
        elif isinstance(n, (model.Emph, model.Cite)):
            yield from _marks(n.children)


def test_terms_are_never_marked_in_code(tmp_path):
    from coursepack.edition import gather
    from coursepack.web import export_web
    root = md_project(tmp_path / "p", article=ARTICLE)
    (root / "content/readings/guide/glossary.yaml").write_text(GLOSSARY, encoding="utf-8")
    _cfg, pack, _eds = gather(root)
    r = pack.readings[0]
    blocks = [b for _s, b in r.blocks()]
    code = [b for b in blocks if b.kind == "code"]
    assert len(code) == 1 and "throughput = tons" in model.plain_text(code[0].inlines)
    assert not list(_marks(code[0].inlines))
    marked = [(b.kind, n.text) for b in blocks for n in _marks(b.inlines)]
    assert marked == [("paragraph", "throughput"), ("paragraph", "Throughput")]
    assert r.glossary[0].anchors == [f"t-{r.glossary[0].id}-1", f"t-{r.glossary[0].id}-2"]
    page = (export_web(root)[1]).read_text(encoding="utf-8")
    for pre in re.findall(r"<pre.*?</pre>", page, re.S) + re.findall(r"<code>.*?</code>", page):
        assert "term" not in pre, pre
    assert "throughput = tons / years" in page
