"""The build: content → edition model → HTML → PDF, written atomically.

``build()`` reads like the pipeline (see DESIGN.md): load the pack, gather
every reading's edition, write the data outputs, render the reader and the
handouts, finish them, write them.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import __version__, model
from .content import PackConfig, load_pack
from .edition import Edition, editorial_summary, gather_editions
from .outputs import atomic_write_all, build_lock, clean_temporaries

PAPER_CSS = {"a4": "@page { size: A4; }", "letter": "@page { size: letter; }"}
BUILD_DATE = "2000-01-01T00:00:00Z"   # outputs are reproducible: no wall-clock dates
PDF_DATE = "D:20000101000000Z"


@dataclass
class Options:
    out: Path | None = None
    profile: str | None = None
    instructor: bool | None = None
    quiet: bool = False
    say: Callable[[str], None] = print


@dataclass
class Timer:
    say: Callable[[str], None]
    quiet: bool = False
    times: dict[str, float] = field(default_factory=dict)

    @contextlib.contextmanager
    def __call__(self, name: str):
        t0 = time.perf_counter()
        yield
        dt = time.perf_counter() - t0
        self.times[name] = self.times.get(name, 0.0) + dt
        if not self.quiet:
            self.say(f"  {name:<14} {dt * 1000:8.0f} ms")


@dataclass
class Result:
    outputs: list[Path]
    pages: dict[str, int]
    times: dict[str, float]
    warnings: list[str]
    up_to_date: bool = False


@dataclass
class ReaderResult:
    pdf: bytes
    pages: int
    warnings: list[str]
    state: dict


def gather(root: Path, timer: Timer | None = None, cache=None
           ) -> tuple[PackConfig, model.Pack, list[Edition]]:
    """Load the pack and build every reading's edition (no rendering).
    ``cache`` (a :class:`~coursepack.cache.StageCache`) keeps the results of
    the costly stages between builds."""
    timer = timer or Timer(say=lambda s: None, quiet=True)
    with timer("load"):
        cfg = load_pack(root)
    editions = gather_editions(cfg, timer, cache)   # all readings' problems together
    d = cfg.data
    pack = model.Pack(title=str(d.get("title") or ""), term=str(d.get("term") or ""),
                      instructor=str(d.get("instructor") or ""),
                      institution=str(d.get("institution") or ""),
                      readings=[e.reading for e in editions], options=dict(cfg.output),
                      notice=str(d.get("notice") or ""))
    pack.options["code"] = str(d.get("code") or "")
    return cfg, pack, editions


def build(root: Path, opts: Options | None = None) -> Result:
    """Build the pack.  Nothing is written until everything has been made:
    a failure leaves every previous output as it was."""
    from .cache import Manifest, digest, inputs_fingerprint

    opts = opts or Options()
    root = Path(root).resolve()
    out = (opts.out or root / "build").resolve()
    timer = Timer(say=opts.say, quiet=opts.quiet)
    with build_lock(out):
        clean_temporaries(out)
        manifest = Manifest(out)
        with timer("fingerprint"):
            key = inputs_fingerprint(root, {"profile": opts.profile, "instructor": opts.instructor})
        if key == manifest.get("inputs") and manifest.outputs_intact(out):
            opts.say("  up to date: nothing changed since the last build")
            return Result(outputs=[], pages=manifest.get("pages") or {}, times=timer.times,
                          warnings=[], up_to_date=True)
        from .cache import StageCache
        cfg, pack, editions = gather(root, timer, StageCache(out / ".coursepack" / "stages"))
        files: dict[Path, bytes] = {}
        from .render import Renderer   # no WeasyPrint import here: only when laying out
        renderer = Renderer(root)
        profile = opts.profile or cfg.output["profile"]
        instructor = cfg.output["instructor_edition"] if opts.instructor is None else opts.instructor
        suffix = "" if profile == "office" else f"-{profile}"
        from .finish import pdf_options   # the profile's PDF (PDF/X, PDF/UA) for every output
        renderer.pdf = functools.partial(renderer.pdf, **pdf_options(profile))
        pages: dict[str, int] = {}
        warnings: list[str] = []
        index = PageIndex()
        states = manifest.get("layouts") or {}
        new_states: dict[str, dict] = {}

        def previous(name: str) -> bytes | None:
            rec = (manifest.get("files") or {}).get(name)
            try:
                data = (out / name).read_bytes()
            except OSError:
                return None
            return data if rec == digest(data) else None

        from .parallel import Background, fork_map
        readers = [(f"reader{suffix}.pdf", False)]
        if instructor:
            readers.append((f"reader-instructor{suffix}.pdf", True))
        jobs = {name: (lambda name=name, instr=instr: render_reader(
            renderer, cfg, pack, profile=profile, instructor=instr,
            index=index if not instr else PageIndex(), state=states.get(name),
            previous=previous(name))) for name, instr in readers}
        # the instructor's reader is laid out in another process meanwhile
        side = {name: Background(job) for name, job in list(jobs.items())[1:]}
        with timer("reader"):
            try:
                results = {readers[0][0]: jobs[readers[0][0]]()}
                for name, bg in side.items():
                    results[name] = bg.result()
            finally:
                for bg in side.values():
                    bg.cancel()
        for name, res in results.items():
            files[out / name] = res.pdf
            pages[name] = res.pages
            warnings += res.warnings
            new_states[name] = res.state
        with timer("data"):   # after the layout: the model now holds the page numbers
            files.update(data_files(out, editions))
        if cfg.output["booklet"]:
            with timer("booklet"):
                from .impose import impose_booklet
                files[out / f"reader-booklet{suffix}.pdf"] = impose_booklet(files[out / readers[0][0]])
        with timer("handout"):
            from .handout import render_handout
            names = [f"handout{suffix}.pdf" if len(pack.readings) == 1 else
                     f"handout-{r.slug}{suffix}.pdf" for r in pack.readings]
            thunks = [(lambda r=r, name=name: render_handout(
                renderer, cfg, pack, r, profile=profile,
                span=tuple(new_states[readers[0][0]]["spans"].get(r.slug, (0, 0))),
                cached=(states.get(name) or {}).get("key"), previous=previous(name)))
                for r, name in zip(pack.readings, names)]
            for name, (pdf, n, warn, hkey) in zip(names, fork_map(thunks)):
                files[out / name] = pdf
                pages[name] = n
                warnings += warn
                new_states[name] = {"key": hkey, "pages": n}
        with timer("write"):
            atomic_write_all(files)
            manifest.set("inputs", key)
            manifest.set("pages", pages)
            manifest.set("layouts", new_states)
            manifest.record_files(out, list(files))
            manifest.save()
    for w in warnings:    # warnings are shown even with --quiet
        print(f"warning: {w}", file=sys.stderr) if opts.quiet else opts.say(f"warning: {w}")
    return Result(outputs=list(files), pages=pages, times=timer.times, warnings=warnings)


def data_files(out: Path, editions: list[Edition]) -> dict[Path, bytes]:
    """edition.json, article.md and references.bib for each reading."""
    from .bibliography.bibtex import dumps
    from .markdown import article_markdown
    files: dict[Path, bytes] = {}
    for e in editions:
        r = e.reading
        folder = out / r.slug
        data = {"schema": model.SCHEMA_VERSION, "generator": f"coursepack {__version__}",
                "reading": model.to_json(r)}
        files[folder / "edition.json"] = (json.dumps(data, ensure_ascii=False, indent=1)
                                          + "\n").encode("utf-8")
        files[folder / "article.md"] = article_markdown(r).encode("utf-8")
        if e.bibdata is not None:
            files[folder / "references.bib"] = dumps(e.bibdata).encode("utf-8")
    return files


# ------------------------------------------------------------------ reader


def reader_context(cfg: PackConfig, pack: model.Pack, profile: str, instructor: bool,
                   index: "PageIndex") -> dict:
    from .glossary import alias_index, sort_key
    from .render import PackView

    def glossary_items(r: model.Reading) -> list[dict]:
        items = [{"kind": "term", "term": t, "sort": sort_key(t.term)} for t in r.glossary
                 if t.reviewed]
        by_term = {t.term: t for t in r.glossary}
        for alias, target in alias_index([t for t in r.glossary if t.reviewed]):
            if target in by_term:
                items.append({"kind": "see", "label": alias, "target": by_term[target],
                              "sort": sort_key(alias)})
        return sorted(items, key=lambda x: x["sort"])

    single = pack.readings[0] if len(pack.readings) == 1 else None
    authors = sorted({a for r in pack.readings for a in r.meta.authors})
    return {
        "pack": PackView(pack), "single": single, "profile": profile, "instructor": instructor,
        "version": __version__, "build_date": BUILD_DATE,
        "doc_title": single.meta.title if single else pack.title,
        "doc_authors": ", ".join(authors),
        "doc_subject": f"Teaching edition for {pack.title}" + (f", {pack.term}" if pack.term else ""),
        "doc_keywords": ", ".join(t.term for r in pack.readings for t in r.glossary[:12]),
        "doc_lang": pack.readings[0].meta.languages[0] if pack.readings else "en",
        "glossary_items": glossary_items,
        "editorial": lambda r: _editorial(r, index),
        "fn_breaks": set(), "body_only": False,
        "first_anchor_on_page": lambda r, t, p: index.first_on_page(r.slug, t.anchors, p),
        "first_evidence_on_page": lambda r, q, p: index.first_on_page(r.slug, q.evidence, p),
    }


def _editorial(r: model.Reading, index: "PageIndex") -> dict:
    ed = editorial_summary(r)
    ed["emendations"] = [{"page": index.number(r.slug, c.where.block) if c.where.block else None,
                          "before": c.before, "after": c.after, "why": c.why}
                         for c in ed["emendations"]]
    return ed


class PageIndex:
    """Printed page numbers of the reader's anchors, once laid out."""

    def __init__(self) -> None:
        self.layout = None

    def number(self, slug: str, anchor: str) -> int | None:
        return self.layout.number(f"{slug}--{anchor}") if self.layout else None

    def first_on_page(self, slug: str, anchors: list[str], page: int) -> str:
        for a in anchors:
            if self.number(slug, a) == page:
                return a
        return anchors[0] if anchors else ""

    def span(self, slug: str) -> tuple[int, int]:
        """First and last page of a reading's article (title to last paragraph)."""
        if not self.layout:
            return (0, 0)
        a = self.layout.anchors
        start = a.get(f"{slug}--start")
        ends = [a[k] for k in a if k.startswith(f"{slug}--s") and "-p" in k]
        if start is None or not ends:
            return (0, 0)
        return (start - self.layout.body_start + 1, max(ends) - self.layout.body_start + 1)


def misplaced_notes(pack: model.Pack, layout) -> set[str]:
    """Anchors (``slug--block``) of paragraphs whose note call sits on another
    page than its note: WeasyPrint sometimes defers a note to the next page
    although the call stays."""
    bad = set()
    for r in pack.readings:
        for _, b in r.blocks():
            for n in b.inlines:
                if isinstance(n, model.NoteRef):
                    ref = layout.anchors.get(f"{r.slug}--ref-{n.number}")
                    note = layout.anchors.get(f"{r.slug}--note-{n.number}")
                    if ref is not None and note is not None and ref != note:
                        bad.add(f"{r.slug}--{b.id}")
    return bad


def render_reader(renderer, cfg: PackConfig, pack: model.Pack, *, profile: str,
                  instructor: bool = False, index: PageIndex | None = None,
                  state: dict | None = None, previous: bytes | None = None,
                  max_passes: int = 6) -> ReaderResult:
    """Lay out until the layout is stable.  Each pass prints the page
    numbers the previous one found (back matter, arabic counter start); a
    note deferred to the page after its call gets its paragraph moved to the
    next page.  The last build's ``state`` (page references, counter start,
    moved paragraphs) is the starting point, so a rebuild usually takes one
    layout; when the HTML is the same as last time, none (``previous`` is
    returned as it is)."""
    from .cache import digest
    from .finish import finish_pdf, pdf_options
    from .render import fill_pages, load_styles, read_layout

    index = index if index is not None else PageIndex()
    state = state or {}
    breaks: set[str] = set(state.get("breaks") or [])
    ctx = reader_context(cfg, pack, profile, instructor, index)
    ctx["fn_breaks"] = breaks
    # without a previous layout, the first pass lays out the front matter and
    # the body only: what follows the body cannot move it
    ctx["body_only"] = not state.get("refs")
    ctx["right_hand_starts"] = cfg.output["right_hand_starts"]
    css = ["base.css", "reader.css"] + ([f"profile-{profile}.css"] if profile != "office" else [])
    paper = PAPER_CSS[cfg.output["paper"]]
    css_text = load_styles(renderer.root, css) + paper
    first = pack.readings[0].slug
    start = int(state.get("start") or 0)
    filled = _prefill(pack, state.get("refs") or {}) if state.get("refs") else None
    index.layout = None
    warnings: list[str] = []
    layout = doc = None
    passes = 0
    for _ in range(max_passes):
        passes += 1
        reset = f"@page :first {{ counter-reset: page {1 - start}; }}"
        html = renderer.html("reader.html.j2", **ctx)
        key = digest(html + css_text + reset)
        if previous is not None and key == state.get("html") and filled is not None:
            return ReaderResult(previous, int(state.get("pages") or 0),
                                list(state.get("warnings") or []), state)
        doc = renderer.layout(html, css, paper + "\n" + reset)
        layout = read_layout(doc, body_anchor=f"{first}--start")
        bad = misplaced_notes(pack, layout) - breaks
        index.layout = layout
        pages = _page_refs(pack, index, fill_pages)
        if not bad and pages == filled and layout.body_start == start and not ctx["body_only"]:
            break
        if not bad:
            ctx["body_only"] = False
        breaks |= bad
        filled, start = pages, layout.body_start
    else:
        warnings.append("the reader's layout did not settle; some page references may be off")
    warnings += list(getattr(doc, "coursepack_warnings", []))
    left = misplaced_notes(pack, layout)
    if left:
        warnings.append(f"notes on another page than their call: {', '.join(sorted(left))}")
    pdf = renderer.pdf(doc, **pdf_options(profile))
    meta = pack.readings[0].meta if len(pack.readings) == 1 else None
    pdf = finish_pdf(pdf, title=meta.title if meta else pack.title,
                     author=", ".join(meta.authors) if meta else pack.instructor,
                     subject=ctx["doc_subject"], keywords=ctx["doc_keywords"],
                     lang=ctx["doc_lang"], front_pages=layout.body_start,
                     creation_date=PDF_DATE)
    new_state = {"html": key, "start": start, "passes": passes, "warnings": warnings, "breaks": sorted(breaks), "pages": len(doc.pages),
                 "refs": _refs_by_id(pack), "spans": {r.slug: index.span(r.slug)
                                                      for r in pack.readings}}
    return ReaderResult(pdf, len(doc.pages), warnings, new_state)


def _refs_by_id(pack: model.Pack) -> dict[str, list[int]]:
    out = {}
    for r in pack.readings:
        for kind, items in (("g", r.glossary), ("q", r.questions), ("t", r.timeline)):
            for it in items:
                out[f"{r.slug}:{kind}:{it.id}"] = list(it.pages)
    return out


def _prefill(pack: model.Pack, refs: dict[str, list[int]]) -> list:
    """Put the last build's page references into the model (for the first
    layout of this build); return them in the form ``_page_refs`` gives."""
    out = []
    for r in pack.readings:
        for kind, items in (("g", r.glossary), ("q", r.questions), ("t", r.timeline)):
            for it in items:
                it.pages = list(refs.get(f"{r.slug}:{kind}:{it.id}", []))
        out.append([t.pages for t in r.glossary] + [q.pages for q in r.questions]
                   + [e.pages for e in r.timeline])
    return out


def _page_refs(pack: model.Pack, index: PageIndex, fill_pages) -> list:
    """Fill every page reference from the current layout; return them all,
    so that two passes can be compared."""
    out = []
    for r in pack.readings:
        fill_pages(model.Pack(title="", readings=[r]), _Scoped(index, r.slug))
        out.append([t.pages for t in r.glossary] + [q.pages for q in r.questions]
                   + [e.pages for e in r.timeline])
    return out


class _Scoped:
    """A layout view with one reading's anchors (prefixed by its slug)."""

    def __init__(self, index: PageIndex, slug: str):
        self.index, self.slug = index, slug

    def number(self, anchor: str):
        return self.index.number(self.slug, anchor)
