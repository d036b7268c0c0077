"""The cleaned article as Markdown with footnotes (``article.md``)."""

from __future__ import annotations

import re

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
            out.append("*" + inlines_md(n.children) + "*")
        elif isinstance(n, model.Link):
            out.append(f"<{n.url}>")
        elif isinstance(n, model.Cite):
            out.append(inlines_md(n.children))
        elif isinstance(n, model.TermRef):
            out.append(_esc(n.text))
        elif isinstance(n, model.NoteRef):
            out.append(f"[^{n.number}]")
    return "".join(out)


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
            text = inlines_md(b.inlines)
            lines += [("> " + text) if b.kind == "quote" else text, ""]
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
