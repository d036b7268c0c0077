"""The cleaned article as Markdown with footnotes (``article.md``)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from . import model

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#])")


def _esc(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def inlines_md(nodes: list) -> str:
    out = []
    for n in nodes:
        if isinstance(n, model.Text):
            out.append(_esc(n.text))
        elif isinstance(n, model.Emph):
            mark = "**" if n.strong else "*"
            out.append(mark + inlines_md(n.children) + mark)
        elif isinstance(n, model.Link):
            out.append(f"<{n.url}>")
        elif isinstance(n, model.Cite):
            out.append(inlines_md(n.children))
        elif isinstance(n, model.TermRef):
            out.append(inlines_md(n.children) if n.children else _esc(n.text))
        elif isinstance(n, model.NoteRef):
            out.append(f"[^{n.number}]")
        elif isinstance(n, model.Code):
            fence = "``" if "`" in n.text else "`"
            out.append(f"{fence}{n.text}{fence}")
        elif isinstance(n, model.Math):
            out.append(f"$${n.tex}$$" if n.display else f"${n.tex}$")
    return "".join(out)


def block_md(b: model.Block) -> str:
    """One block of the edition as Markdown (lists, code, mathematics,
    figures and tables of a Markdown reading included); images are
    linked from ``build/<slug>/``.

    >>> block_md(model.Block("p", [model.Text("x")], kind="item", depth=2, marker="•"))
    '  - x'
    >>> f = model.Figure(kind="table", label="Table 1", rows=[[[model.Text("a")]], [[model.Text("1")]]],
    ...                  header_rows=1, caption=[model.Text("Cap")])
    >>> print(block_md(model.Block("t", [], kind="figure", figure=f)))
    | a |
    |---|
    | 1 |
    <BLANKLINE>
    Table: Cap
    """
    text = inlines_md(b.inlines)
    if b.kind == "quote":
        return "> " + text
    if b.kind == "item":
        indent = "  " * (max(b.depth, 1) - 1)
        if not b.marker:
            return indent + "  " + text
        return indent + ("- " if not b.marker[0].isdigit() else b.marker + " ") + text
    if b.kind == "code":
        code = model.plain_text(b.inlines)
        return "```\n" + code + "\n```"
    if b.kind == "math":
        tex = "".join(n.tex for n in b.inlines if isinstance(n, model.Math))
        return "$$\n" + tex + "\n$$" + (f" {b.marker}" if b.marker else "")
    if b.kind == "figure" and b.figure is not None and not b.figure.page:
        f = b.figure
        if f.kind == "table":
            def row(cells):
                return "| " + " | ".join(inlines_md(c).replace("|", "\\|") for c in cells) + " |"
            lines = [row(r) for r in f.rows[:f.header_rows or 1]]
            lines.append("|" + "|".join("---" for _ in (f.rows[0] if f.rows else [])) + "|")
            lines += [row(r) for r in f.rows[f.header_rows or 1:]]
            return "\n".join(lines) + ("\n\nTable: " + inlines_md(f.caption) if f.caption else "")
        cap = inlines_md(f.caption).replace('"', "'")
        return f'![{_esc(f.alt)}](../../{f.source} "{cap}")' if f.source else cap
    return text


def article_markdown(r: model.Reading) -> str:
    """Markdown (Pandoc flavour) of the edition: title, abstracts,
    sections, footnotes; lost notes say so in square brackets."""
    lines = [f"# {_esc(r.meta.title)}", ""]
    for a in r.abstracts:
        lines += [f"**Abstract ({a.lang})**", ""]
        if a.title and a.title != r.meta.title:
            lines += [f"*{_esc(a.title)}*", ""]
        lines += [inlines_md(a.inlines), ""]
    for s in r.sections:
        if s.title:
            lines += [f"## {_esc(s.title)}", ""]
        for b in s.blocks:
            lines += [block_md(b), ""]
    for n in r.footnotes:
        if n.status == "complete":
            body = inlines_md(n.inlines)
        else:
            body = "\\[The text of this note is lost in the source."
            if n.reconstruction:
                body += f" Editor’s reconstruction: {_esc(n.reconstruction)}"
            if n.fragments:
                body += " Surviving fragment: “" + _esc(" … ".join(n.fragments)) + "”"
            body += "\\]"
        lines += [f"[^{n.number}]: {body}", ""]
    return "\n".join(lines).rstrip() + "\n"


def web_media_name(source: str) -> str:
    """Where the web export puts a Markdown image (``Figure.source``, a path
    from the project root), relative to ``build/web``; the same rule as the
    ``img`` of ``web/mdblocks.html.j2``.

    >>> web_media_name("content/readings/guide/source/ports.png")
    'media/guide/source/ports.png'
    """
    return "media/" + source.replace("content/readings/", "", 1)


def copy_web_media(root: Path, pack: model.Pack, out: Path) -> list[Path]:
    """Copy the images of the pack's Markdown figures into ``out`` (the web
    export's folder), so that the site needs nothing outside it; returns
    the files written.  An image the reader could not use (no ``source``)
    is left out, as the page leaves it out."""
    root, out = Path(root), Path(out)
    written = []
    for r in pack.readings:
        for _s, b in r.blocks():
            f = b.figure
            if f is None or not getattr(f, "source", "") or f.kind == "table":
                continue
            src = root / f.source
            if not src.is_file():
                continue
            dest = out / web_media_name(f.source)
            dest.parent.mkdir(parents=True, exist_ok=True)
            tmp = dest.with_name(dest.name + ".part")
            shutil.copyfile(src, tmp)
            tmp.replace(dest)
            written.append(dest)
    return written
