"""``python3 build.py epub``: the pack as an EPUB 3 for phones and e-readers.

One chapter (XHTML) per reading: its title, abstract, sections with every
block the reader prints (lists, code, tables, figures, mathematics as
MathML), notes as EPUB footnotes (``epub:type="noteref"`` calls linked to
``<aside epub:type="footnote">``), then its bibliography, glossary and
discussion questions.  A navigation document lists the readings and their
sections.  Written atomically to ``build/pack.epub``.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import posixpath
import zipfile
from datetime import datetime, timezone
from html import escape
from pathlib import Path

from . import model
from .i18n import LABELS, figure_label, labels
from .edition import gather
from .mathsvg import math_mathml
from .outputs import atomic_write

XHTML_NS = ('xmlns="http://www.w3.org/1999/xhtml" '
            'xmlns:epub="http://www.idpf.org/2007/ops"')

CSS = """body { font-family: serif; line-height: 1.45; margin: 0 0.4em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; } h3 { font-size: 1.05em; }
.authors, .citation { font-style: italic; }
blockquote { margin: 0.6em 1.2em; font-size: 0.95em; }
p.item { margin: 0.15em 0 0.15em 1.4em; text-indent: -1em; }
p.item.d2 { margin-left: 2.8em; } p.item.d3 { margin-left: 4.2em; } p.item.d4 { margin-left: 5.6em; }
pre { white-space: pre-wrap; font-size: 0.85em; background: #f3f3f3; padding: 0.4em; }
figure { margin: 1em 0; } figure img { max-width: 100%; }
figcaption { font-size: 0.9em; } .label { font-weight: bold; }
table { border-collapse: collapse; font-size: 0.9em; }
th, td { border-bottom: 1px solid #999; padding: 0.2em 0.5em; text-align: left; }
.al-center { text-align: center; } .al-right { text-align: right; }
div.math { text-align: center; margin: 0.6em 0; }
aside.footnote { font-size: 0.9em; }
"""


class _Chapter:
    """The XHTML of one reading; collects the images and whether MathML is used."""

    def __init__(self, r: model.Reading, root: Path):
        self.r = r
        self.root = root
        self.mathml = False
        self.images: dict[str, Path] = {}     # name in the EPUB → file
        self.called: list[int] = []
        self.L = labels(r)       # the reading's own labels ("Glossar", "Glossaire" …)

    # inlines
    def inl(self, nodes, in_note: bool = False, in_a: bool = False) -> str:
        """XHTML of inline nodes; ``in_a``: inside a link already (a
        citation), where a link is printed as its text (no nested ``a``)."""
        out = []
        for n in nodes:
            t = getattr(n, "type", "")
            if t == "text":
                out.append(escape(n.text, quote=False))
            elif t == "emph":
                tag = "strong" if getattr(n, "strong", False) else "em"
                out.append(f"<{tag}>{self.inl(n.children, in_note, in_a)}</{tag}>")
            elif t == "link" and in_a:
                out.append(self.inl(n.children, in_note, True) if getattr(n, "children", None)
                           else escape(n.text, quote=False))
            elif t == "link":
                shown = self.inl(n.children, in_note, True) if getattr(n, "children", None) \
                    else escape(n.text, quote=False)
                out.append(f'<a href="{escape(n.url)}">{shown}</a>')
            elif t == "cite" and in_a:
                out.append(self.inl(n.children, True, True))
            elif t == "cite":
                out.append(f'<a href="#bib-{escape(n.key)}">{self.inl(n.children, True, True)}</a>')
            elif t == "termref":
                out.append(self.inl(n.children, in_note, in_a) if getattr(n, "children", None)
                           else escape(n.text, quote=False))
            elif t == "code":
                out.append(f"<code>{escape(n.text, quote=False)}</code>")
            elif t == "math":
                self.mathml = True
                out.append(str(math_mathml(n.tex, n.display)))
            elif t == "noteref" and not in_note:
                first = n.number not in self.called
                self.called.append(n.number)
                ident = f' id="ref-{n.number}"' if first else ""
                out.append(f'<a epub:type="noteref" role="doc-noteref"{ident} '
                           f'href="#fn-{n.number}">{n.number}</a>')
        return "".join(out)

    def block(self, b: model.Block) -> str:
        lang = f' lang="{escape(b.lang)}" xml:lang="{escape(b.lang)}"'
        if b.kind == "quote":
            return f"<blockquote{lang}><p>{self.inl(b.inlines)}</p></blockquote>"
        if b.kind == "item":
            mark = f"{escape(b.marker)} " if b.marker else ""
            return f'<p class="item d{min(b.depth, 4)}"{lang}>{mark}{self.inl(b.inlines)}</p>'
        if b.kind == "code":
            return f"<pre><code>{escape(model.plain_text(b.inlines), quote=False)}</code></pre>"
        if b.kind == "math":
            label = f" {escape(b.marker)}" if b.marker else ""
            return f'<div class="math">{self.inl(b.inlines)}{label}</div>'
        if b.kind == "figure" and b.figure is not None:
            f = b.figure
            # the label in the reading's language, unless the caption prints its own
            shown = figure_label(f, self.r)
            printed = f.label and model.plain_text(f.caption).strip().startswith(f.label)
            cap = ("<figcaption>" + ("" if printed else f'<span class="label">{escape(shown)}'
                                     f"{'.' if f.caption else ''}</span> ")
                   + f"{self.inl(f.caption)}</figcaption>")
            alt = figure_label(f, self.r, alt=True)
            if f.kind == "table":
                def row(cells, tag):
                    cols = []
                    for i, c in enumerate(cells):
                        al = f.align[i] if i < len(f.align) and f.align[i] else ""
                        cls = f' class="al-{al}"' if al else ""
                        cols.append(f"<{tag}{cls}>{self.inl(c)}</{tag}>")
                    return "<tr>" + "".join(cols) + "</tr>"
                head = "".join(row(r, "th") for r in f.rows[:f.header_rows])
                body = "".join(row(r, "td") for r in f.rows[f.header_rows:])
                return (f'<figure id="{b.id}">{cap}<table>'
                        + (f"<thead>{head}</thead>" if head else "")
                        + f"<tbody>{body}</tbody></table></figure>")
            src = (self.root / f.source) if f.source else None
            if src is None and getattr(f, "image", ""):     # the crop of a PDF's figure
                src = self.root / "build" / self.r.slug / f.image
                f_key = f"{self.r.slug}/{f.image}"
            else:
                f_key = f.source
            if src is not None and src.is_file():
                name = f"media/{self.r.slug}-{hashlib.sha1(f_key.encode()).hexdigest()[:8]}" \
                       f"{src.suffix.lower()}"
                self.images[name] = src
                img = f'<img src="{name}" alt="{escape(alt)}"/>'
            else:
                img = f"<p>[{escape(alt or self.L('image'))}]</p>"
            return f'<figure id="{b.id}">{img}{cap}</figure>'
        return f"<p{lang}>{self.inl(b.inlines)}</p>"

    def xhtml(self) -> str:
        r = self.r
        lang = r.meta.languages[0] if r.meta.languages else "en"
        parts = [f"<h1>{escape(r.meta.title)}</h1>"]
        if r.meta.authors:
            parts.append(f'<p class="authors">{escape(", ".join(r.meta.authors))}</p>')
        if r.citation:
            parts.append(f'<p class="citation">{self.inl(r.citation, True)}</p>')
        for a in r.abstracts:
            # each abstract headed in its own language, as the reader heads it
            head = labels(a.lang)("Abstract") if a.lang in LABELS else f"Abstract ({a.lang})"
            parts.append(f'<section class="abstract" lang="{a.lang}" xml:lang="{a.lang}">'
                         f"<h2>{escape(head)}</h2><p>{self.inl(a.inlines)}</p></section>")
        for s in r.sections:
            if s.title:
                tag = "h2" if s.level <= 1 else "h3"
                shown = self.inl(s.title_inlines, True) if getattr(s, "title_inlines", None) \
                    else escape(s.title)
                parts.append(f'<{tag} id="{s.id}">{shown}</{tag}>')
            parts += [self.block(b) for b in s.blocks]
        notes = []
        for n in r.footnotes:
            if n.number not in self.called:
                continue
            body = self.inl(n.inlines, True) if n.status == "complete" else \
                escape(self.L("note-lost"))
            notes.append(f'<aside epub:type="footnote" role="doc-footnote" id="fn-{n.number}">'
                         f'<p><a href="#ref-{n.number}">{n.number}.</a> {body}</p></aside>')
        parts += notes
        if r.bibliography:
            parts.append('<section epub:type="bibliography" role="doc-bibliography">'
                         f'<h2 id="bibliography">{escape(self.L("Bibliography"))}</h2><ul>' + "".join(
                             f'<li id="bib-{escape(e.key)}">{self.inl(e.formatted, True)}</li>'
                             for e in r.bibliography) + "</ul></section>")
        terms = [t for t in r.glossary if t.printable]
        if terms:
            parts.append('<section epub:type="glossary" role="doc-glossary">'
                         f'<h2 id="glossary">{escape(self.L("Glossary"))}</h2><dl>' + "".join(
                             f"<dt>{escape(t.term)}</dt><dd>{escape(t.definition)}</dd>"
                             for t in sorted(terms, key=lambda t: t.term.lower()))
                         + "</dl></section>")
        if r.questions:
            parts.append(f'<section><h2 id="questions">{escape(self.L("Discussion questions"))}'
                         '</h2><ol>' + "".join(
                f"<li>{escape(q.text)}</li>" for q in r.questions) + "</ol></section>")
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
                f'<html {XHTML_NS} lang="{lang}" xml:lang="{lang}"><head>'
                f"<title>{escape(r.meta.title)}</title>"
                '<link rel="stylesheet" type="text/css" href="style.css"/></head>'
                f'<body><section epub:type="chapter" role="doc-chapter">'
                + "\n".join(parts) + "</section></body></html>\n")


def _nav(pack: model.Pack, lang: str) -> str:
    items = []
    for r in pack.readings:
        subs = "".join(f'<li><a href="{r.slug}.xhtml#{s.id}">{escape(s.title)}</a></li>'
                       for s in r.sections if s.title)
        items.append(f'<li><a href="{r.slug}.xhtml">{escape(r.meta.title)}</a>'
                     + (f"<ol>{subs}</ol>" if subs else "") + "</li>")
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
            f'<html {XHTML_NS} lang="{lang}" xml:lang="{lang}"><head><title>'
            f"{escape(pack.title)}</title></head><body>"
            f'<nav epub:type="toc" id="toc"><h1>{escape(labels(lang)("Contents"))}</h1>'
            f'<ol>{"".join(items)}</ol></nav>'
            "</body></html>\n")


def epub_bytes(pack: model.Pack, root: Path, modified: str | None = None) -> bytes:
    """The EPUB file of ``pack`` (images looked for under ``root``)."""
    lang = "en"
    for r in pack.readings:
        if r.meta.languages:
            lang = r.meta.languages[0]
            break
    modified = modified or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    chapters = []
    images: dict[str, Path] = {}
    for r in pack.readings:
        ch = _Chapter(r, root)
        chapters.append((r, ch.xhtml(), ch.mathml))
        images.update(ch.images)
    ident = "urn:uuid:" + _uuid(pack)
    manifest = ['<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" '
                'properties="nav"/>', '<item id="css" href="style.css" media-type="text/css"/>']
    spine = []
    for i, (r, _x, mathml) in enumerate(chapters, 1):
        props = ' properties="mathml"' if mathml else ""
        manifest.append(f'<item id="c{i}" href="{r.slug}.xhtml" '
                        f'media-type="application/xhtml+xml"{props}/>')
        spine.append(f'<itemref idref="c{i}"/>')
    for i, name in enumerate(sorted(images), 1):
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
        manifest.append(f'<item id="img{i}" href="{name}" media-type="{mime}"/>')
    opf = ('<?xml version="1.0" encoding="utf-8"?>\n'
           '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
           f'unique-identifier="pub-id" xml:lang="{lang}">'
           '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
           f'<dc:identifier id="pub-id">{ident}</dc:identifier>'
           f"<dc:title>{escape(pack.title)}</dc:title><dc:language>{lang}</dc:language>"
           + (f"<dc:creator>{escape(pack.instructor)}</dc:creator>" if pack.instructor else "")
           + f'<meta property="dcterms:modified">{modified}</meta></metadata>'
           f'<manifest>{"".join(manifest)}</manifest><spine>{"".join(spine)}</spine></package>\n')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip",
                   compress_type=zipfile.ZIP_STORED)

        def put(name, data):
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
        put("META-INF/container.xml",
            '<?xml version="1.0" encoding="utf-8"?>\n<container version="1.0" '
            'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
            '<rootfile full-path="OEBPS/content.opf" '
            'media-type="application/oebps-package+xml"/></rootfiles></container>\n')
        put("OEBPS/content.opf", opf)
        put("OEBPS/nav.xhtml", _nav(pack, lang))
        put("OEBPS/style.css", CSS)
        for r, xhtml, _m in chapters:
            put(f"OEBPS/{r.slug}.xhtml", xhtml)
        for name, path in images.items():
            put(posixpath.join("OEBPS", name), path.read_bytes())
    return buf.getvalue()


def _uuid(pack: model.Pack) -> str:
    h = hashlib.sha1((pack.title + "|" + "|".join(r.slug for r in pack.readings))
                     .encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def export_epub(root: Path, out: Path | None = None) -> Path:
    """Gather the pack and write ``build/pack.epub`` (or ``out``) atomically."""
    root = Path(root).resolve()
    out = Path(out or root / "build" / "pack.epub")
    _cfg, pack, _eds = gather(root)
    atomic_write(out, epub_bytes(pack, root))
    return out
