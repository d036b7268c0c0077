"""The web export: ``python build.py web`` → ``build/web/``.

The pack as accessible HTML for the course site: ``index.html`` lists the
readings, ``<slug>.html`` holds one reading with its abstract, text,
notes (linked both ways: the call to the note, the note back to its call),
bibliography, glossary, discussion questions, timeline and editorial note;
``web.css`` styles them.  The same edition model and the same Jinja
environment as the PDFs (templates in ``templates/web/``, overridable from
``content/templates/web/``); no page numbers (links instead), no scripts,
no web fonts, nothing fetched.
"""

from __future__ import annotations

from pathlib import Path
import shutil

from . import __version__, model
from .outputs import atomic_write
from .edition import editorial_summary, gather
from .errors import ContentError, Problem
from .glossary import alias_index, sort_key
from .i18n import LANGUAGES, label, reading_language
from .markdown import copy_web_media
from .render.env import PackView, Renderer, _one_line, _read_style, _shown, load_styles
from .sanitize import check_stylesheet, unsafe_links


def glossary_items(r: model.Reading) -> list[dict]:
    """Reviewed terms and their aliases ("see" entries), alphabetically."""
    reviewed = [t for t in r.glossary if t.printable]   # reviewed, or drafted from the article with its source
    items = [{"kind": "term", "term": t, "sort": sort_key(t.term)} for t in reviewed]
    by_term = {t.term: t for t in reviewed}
    for alias, target in alias_index(reviewed):
        if target in by_term:
            items.append({"kind": "see", "label": alias, "target": by_term[target],
                          "sort": sort_key(alias)})
    return sorted(items, key=lambda x: x["sort"])


def block_href(r: model.Reading, block: str) -> str:
    """The link to an edition block on a reading's page (``#s2-p3``,
    ``#fn-12`` for ``note-12``), or ``''`` when it is not on the page.

    >>> r = model.Reading("x", model.Metadata(), sections=[model.Section("s1", "", [
    ...     model.Block("s1-p1", [])])], footnotes=[model.Footnote(3)])
    >>> block_href(r, "s1-p1"), block_href(r, "note-3"), block_href(r, "fragment-1")
    ('#s1-p1', '#fn-3', '')
    """
    if block.startswith("note-") and block[5:].isdigit() and r.note(int(block[5:])):
        return f"#fn-{block[5:]}"
    return f"#{block}" if any(b.id == block for _s, b in r.blocks()) else ""


def render_web(root: Path, pack: model.Pack) -> dict[str, str]:
    """File name → HTML text for the pack (no files written)."""
    html = Renderer(Path(root)).html     # the sandbox; a template's error is a ContentError
    view = PackView(pack)
    common = {"pack": view, "version": __version__, "glossary_items": glossary_items,
              "editorial": editorial_summary, "block_href": block_href,
              "label_languages": LANGUAGES}
    out: dict[str, str] = {}
    # the index is in the labels' language of the first reading (the pack's,
    # when pack.yaml names one); each reading's page in its own
    first_lang = reading_language(pack.readings[0]) if pack.readings else "en"
    title = pack.title + (f", {pack.term}" if pack.term else "")
    out["index.html"] = html("web/index.html.j2",
        **common, lang=first_lang, page_title=pack.title,
        description=label("Readings for {title}", first_lang, title=title))
    rs = pack.readings
    for i, r in enumerate(rs):
        lang = r.meta.languages[0] if r.meta.languages else "en"
        out[f"{r.slug}.html"] = html("web/reading.html.j2",
            **common, r=r, lang=lang, page_title=f"{r.meta.title} — {pack.title}",
            description=model.plain_text(r.abstracts[0].inlines)[:300] if r.abstracts else "",
            prev=rs[i - 1] if i > 0 else None, next=rs[i + 1] if i + 1 < len(rs) else None)
    check_pages(Path(root), out)
    return out


def check_pages(root: Path, pages: dict[str, str]) -> None:
    """No page of the course site may carry a script, an event handler or a
    link other than ``http``, ``https``, ``mailto`` or relative (read with
    an HTML parser: :func:`coursepack.sanitize.unsafe_links`).  The project's
    templates pass every URL through ``safe_url``; a user's template that
    does not, or a value that gets past it, is a ContentError naming the
    template and the page's line."""
    problems = []
    for name, text in pages.items():
        template = "web/index.html.j2" if name == "index.html" else "web/reading.html.j2"
        user = Path(root) / "content" / "templates" / template
        shown = f"content/templates/{template}" if user.is_file() else f"templates/{template}"
        for line, what, value in unsafe_links(text):
            problems.append(Problem(shown, 0, 0, (
                f"the page {name} (line {line}) would carry "
                + (f"a <{what}> element" if not value and what.isalpha() and what not in (
                    "href", "src") else f"{what}=\"{_one_line(value, 60)}\"")
                + ": the course site allows no scripts and only http, https, mailto and "
                "relative links; check the url: values in reading.yaml and bibliography.yaml, "
                "and your web templates")))
    if problems:
        raise ContentError(problems)


def web_css(root: Path) -> str:
    """``web.css`` as exported: the user's stylesheets for the web pass the
    same URL policy as for the PDFs (only files inside the project, never
    the network or ``file:`` elsewhere)."""
    problems = []
    user = Path(root) / "content" / "styles"
    for p in (user / "web.css", user / "web.local.css"):
        if p.is_file():
            problems += check_stylesheet(_read_style(p, root), root, _shown(p, root))
    if problems:
        raise ContentError(problems)
    return load_styles(root, ["web.css"])


def export_web(root: Path, out: Path | None = None, pack: model.Pack | None = None) -> list[Path]:
    """Gather the pack (unless ``pack`` is given) and write ``index.html``,
    one page per reading and ``web.css`` into ``out`` (default
    ``build/web``); returns the pages written (index first)."""
    root = Path(root).resolve()
    out = Path(out or root / "build" / "web")
    if pack is None:
        _cfg, pack, _eds = gather(root)
    pages = render_web(root, pack)
    css = web_css(root)
    written = []
    for name, text in pages.items():
        p = out / name
        atomic_write(p, text)
        written.append(p)
    atomic_write(out / "web.css", css)
    # the figures cut from the PDFs, beside the pages that show them
    for r in pack.readings:
        for _s, b in r.blocks():
            f = getattr(b, "figure", None)
            src = root / "build" / r.slug / f.image if f is not None and f.image else None
            if src is not None and src.is_file():
                dst = out / r.slug / f.image
                if not dst.is_file():
                    dst.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(src, dst)
    copy_web_media(root, pack, out)      # Markdown images: the site deploys alone
    return written
