"""A small article PDF made with WeasyPrint, and a minimal reader of it.

The reader here is NOT the project's PDF reader (coursepack.read.pdf): it
knows the one layout this module prints (sizes, indents, footnotes at the
page foot) and turns it into an ArticleStructure, so that the integration
(ingest, repair, bibliography, review, overrides, cache) is tested against
the shared contract whatever the real reader decides on real articles.
"""

from __future__ import annotations

from pathlib import Path

from coursepack.read.structure import ArticleStructure, Block, Line

CSS = """
@page { size: A4; margin: 2.5cm 2.5cm 3cm;
        @bottom-center { content: counter(page); font-size: 9pt; } }
body { font-family: 'DejaVu Serif', serif; font-size: 11pt; line-height: 1.35; }
h1 { font-size: 20pt; font-weight: bold; margin: 0 0 1em; }
h2 { font-size: 14pt; font-weight: bold; margin: 1.2em 0 .4em; }
p { margin: 0; text-indent: 1.5em; text-align: left; }
h2 + p { text-indent: 0; }
.fn { float: footnote; font-size: 8pt; }
::footnote-call { content: counter(footnote); vertical-align: super; font-size: 7pt; }
::footnote-marker { content: counter(footnote) ' '; }
.refs p { text-indent: -1.5em; padding-left: 1.5em; }
"""

BODY = """
<h1>Harbours and Councils in the Baltic Trade</h1>
<h2>Introduction</h2>
<p>The harbour council met every week to settle disputes between merchants and the customs
office.<span class="fn">On the council see Doe, Harbour Law, 2001, p. 4.</span> Its clerks kept
a ledger of every complaint and fine, and the ledger survives in the city archive.</p>
<p>Historians have read the ledger for prices; this article reads it for the conflicts it
records.<span class="fn">Roe 2010 reads it for prices.</span> The argument is that the council
made the rules it was asked to apply.</p>
<h2>The ledger</h2>
<p>Each entry names the parties, the goods and the fine. {more}</p>
<h2>References</h2>
<div class="refs">
<p>Doe, Jane. 2001. Harbour Law in the Baltic. Cambridge: Cambridge University Press.</p>
<p>Roe, Richard. 2010. "Prices and Fines in the Ledger of a Harbour Council." Journal of
Baltic Studies 12 (3): 45–67.</p>
</div>
"""

MORE = ("The clerks wrote in a hurried hand, and many entries were corrected later by "
        "another clerk who checked the sums. ")


def make_article_pdf(path: Path, paragraphs: int = 6) -> Path:
    """Write the test article (two pages or more) to ``path``."""
    from weasyprint import CSS as WCSS
    from weasyprint import HTML
    html = "<html><body>" + BODY.replace("{more}", MORE * paragraphs) + "</body></html>"
    HTML(string=html).write_pdf(path, stylesheets=[WCSS(string=CSS)])
    return path


def _lines(page, pno: int) -> list[Line]:
    chars = sorted(page.chars, key=lambda c: (round(c["bottom"]), c["x0"]))
    groups: list[list[dict]] = []
    for c in sorted(page.chars, key=lambda c: -c["size"]):
        mid = (c["top"] + c["bottom"]) / 2
        for g in groups:
            if g[0]["top"] - 1 <= mid <= g[0]["bottom"] + 1:
                g.append(c)
                break
        else:
            groups.append([c])
    del chars
    out = []
    for g in sorted(groups, key=lambda g: g[0]["top"]):
        g.sort(key=lambda c: c["x0"])
        body = max(c["size"] for c in g)
        text, sups, prev = "", [], None
        for c in g:
            if prev is not None and c["x0"] - prev["x1"] > 0.2 * c["size"]:
                text += " "
            start = len(text)
            text += c["text"]
            if c["size"] < 0.8 * body:
                if sups and sups[-1][1] == start:
                    sups[-1] = (sups[-1][0], len(text))
                else:
                    sups.append((start, len(text)))
            prev = c
        main = [c for c in g if c["size"] == body]
        out.append(Line(pno, min(c["x0"] for c in g), min(c["top"] for c in main),
                        max(c["x1"] for c in g), max(c["bottom"] for c in main), text,
                        size=round(body, 1), font=main[0]["fontname"],
                        bold="Bold" in main[0]["fontname"], superscripts=sups))
    return out


def mini_read(path) -> ArticleStructure:
    """The test article read into an ArticleStructure (see module docstring)."""
    import pdfplumber
    blocks: list[Block] = []
    in_refs = False
    with pdfplumber.open(str(path)) as pdf:
        pages = [(float(p.width), float(p.height)) for p in pdf.pages]
        for pno, page in enumerate(pdf.pages, 1):
            lines = _lines(page, pno)
            left = min(ln.x0 for ln in lines if ln.size == 11)
            k = 0
            prev = None
            for ln in lines:
                if ln.size >= 18:
                    role = "title"
                elif ln.bold and ln.size >= 13:
                    in_refs = ln.text.strip() == "References"
                    role = "references_heading" if in_refs else "heading"
                elif ln.top > page.height - 3 * 72 / 2.54 and ln.text.strip().isdigit():
                    role = "furniture"
                elif ln.size <= 9:
                    role = "note"
                else:
                    role = "reference" if in_refs else "paragraph"
                indent = ln.x0 - left
                new = (prev is None or prev.role != role or role in ("heading", "furniture")
                       or (role == "paragraph" and indent > 5)
                       or (role == "reference" and indent < 5)
                       or (role == "note" and ln.text.split()[0].isdigit()))
                if new:
                    k += 1
                    number = None
                    if role == "note" and ln.text.split()[0].isdigit():
                        number = int(ln.text.split()[0])
                    cont = role == "paragraph" and prev is None and indent < 5 and bool(blocks) \
                        and blocks[-1].role in ("note", "furniture")
                    prev = Block(role, [], level=1 if role == "heading" else 0, number=number,
                                 continues=cont, id=f"p{pno}-b{k}")
                    blocks.append(prev)
                prev.lines.append(ln)
            prev = None
    meta = {"title": " ".join(b.text for b in blocks if b.role == "title")}
    return ArticleStructure(str(path), blocks=blocks, meta=meta, pages=pages)
