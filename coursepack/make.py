"""Making a build's outputs, once :func:`coursepack.build.build` has found
that something changed, in named steps (:func:`make`): gather the
editions (:func:`gather_warm`, beside loading WeasyPrint), plan the build
(:func:`plan_build`: profile, readers, handouts, booklet), make the reader
(:func:`make_readers`; the page map applied to the model once,
:func:`apply_pages`), the data files and the booklet, make the handouts
(:func:`start_handouts`, each as soon as its reading's pages are known;
:func:`collect_handouts`), check the profile's standard, write everything
at once (:func:`write`).  Which process runs what is :mod:`.parallel`'s
business (:func:`~.parallel.beside`, :func:`~.parallel.alongside`,
:class:`~.parallel.AsReady`).

This module imports every stage at its top; :mod:`coursepack.build` imports
it only when there is something to make, so that a build with nothing to do
(and ``check``, ``--help``) does not load the readers, repairs, pypdf and
Jinja.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__, model, parallel
from .bibliography.bibtex import dumps
from .bibliography.csljson import dumps_csljson
from .cache import StageCache, digest
from .content import load_pack
from .edition import Edition, gather
from .editable import anchor_warnings
from .errors import ContentError
from .markdown import article_markdown
from .outputs import atomic_write_all
from .pdf.finish import pdf_options
from .pdf.impose import impose_booklet
from .pdf.join import SegmentStore
from .progress import Timer, step
from .render.env import KeptTemplates, Renderer
from .render.handout import render_handout
from .render.pages import apply_page_map, paged, reading_map
from .render.reader import PAPER_CSS, PageIndex, reader_css, render_reader
from .stale import kept_segments, remove_stale
from .standards import verify


@dataclass
class Plan:
    """What a build makes, decided from pack.yaml and the options before
    anything is read: the profile, the readers (name, instructor's?), each
    reading's handout, the booklet; what the last build left (each output's
    layout state, and its bytes while they are still the manifest's)."""
    out: Path
    profile: str
    suffix: str
    readers: list[tuple[str, bool]]
    handouts: dict[str, str]            # slug → file name
    booklet: str | None
    states: dict[str, dict]
    manifest: object

    @property
    def reader(self) -> str:
        return self.readers[0][0]

    @property
    def store(self) -> Path:
        return self.out / ".coursepack" / "segments"

    def previous(self, name: str) -> bytes | None:
        """The output ``name`` as the last build wrote it (None when it is
        missing or no longer what the manifest recorded)."""
        rec = (self.manifest.get("files") or {}).get(name)
        try:
            data = (self.out / name).read_bytes()
        except OSError:
            return None
        return data if rec == digest(data) else None


@dataclass
class Made:
    """The outputs made so far: bytes by path, pages and layout state by
    file name, the warnings."""
    files: dict[Path, bytes] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)
    states: dict[str, dict] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    page_maps: dict[str, dict] = field(default_factory=dict)   # reader's name → its page map

    def add(self, path: Path, pdf: bytes, pages: int, warnings: list[str], state: dict) -> None:
        self.files[path] = pdf
        self.pages[path.name] = pages
        self.warnings += warnings
        self.states[path.name] = state


def make(root: Path, out: Path, profile: str | None, instructor: bool | None, timer: Timer,
         manifest, key: str, gathering=None) -> tuple[dict[Path, bytes], dict[str, int], list[str]]:
    """Make and write the outputs: the files written, the pages of each PDF,
    the warnings.  ``gathering``: the readings being gathered in worker
    processes already (:func:`coursepack.build.start_gathering`)."""
    stages = StageCache(out / ".coursepack" / "stages")
    renderer = Renderer(root)
    renderer.env.bytecode_cache = KeptTemplates(stages)    # compiled templates kept between builds
    cfg, pack, editions = gather_warm(root, timer, stages, renderer, profile, gathering)
    plan = plan_build(cfg, pack, out, manifest, profile, instructor)
    renderer.pdf_options = pdf_options(plan.profile)     # the profile's PDF settings, once
    made = Made(warnings=anchor_warnings(editions))   # teach13: anchors of questions/timeline gone
    index = PageIndex()
    handouts = start_handouts(renderer, cfg, pack, plan, index)
    with timer("reader"):
        make_readers(renderer, cfg, pack, plan, index, handouts, made)
    apply_pages(pack, made.page_maps[plan.reader])
    with timer("data"):   # after apply_pages: the model holds the page numbers
        made.files.update(data_files(out, editions))
    if plan.booklet:
        with timer("booklet"):
            made.files[out / plan.booklet] = impose_booklet(made.files[out / plan.reader])
    with timer("handout"):
        collect_handouts(handouts, plan, made)
    if plan.profile != "office":     # the profile's standard (PDF/UA, PDF/X): problems are warnings
        made.warnings += [f"{p.name}: {w}" for p, d in made.files.items() if p.suffix == ".pdf"
                          for w in verify(d)]
    with timer("write"):
        write(plan, made, key)
    return made.files, made.pages, made.warnings


def plan_build(cfg, pack: model.Pack, out: Path, manifest, profile: str | None,
               instructor: bool | None) -> Plan:
    """The build's plan: the options given over pack.yaml's, a handout for
    each reading gathered."""
    profile = profile or cfg.output["profile"]
    instructor = cfg.output["instructor_edition"] if instructor is None else instructor
    suffix = "" if profile == "office" else f"-{profile}"
    readers = [(f"reader{suffix}.pdf", False)]
    if instructor:
        readers.append((f"reader-instructor{suffix}.pdf", True))
    slugs = [r.slug for r in pack.readings]
    handouts = {slug: f"handout{suffix}.pdf" if len(slugs) == 1 else f"handout-{slug}{suffix}.pdf"
                for slug in slugs}
    return Plan(out=out, profile=profile, suffix=suffix, readers=readers, handouts=handouts,
                booklet=f"reader-booklet{suffix}.pdf" if cfg.output["booklet"] else None,
                states=manifest.get("layouts") or {}, manifest=manifest)


def gather_warm(root: Path, timer: Timer, cache, renderer, profile: str | None,
                gathering=None):
    """The editions, gathered in the worker processes of ``gathering``
    (:func:`coursepack.build.start_gathering`) while this one loads what
    every layout needs (:meth:`Renderer.warm_up`), then, while they are
    still at work, what later layouts need (:meth:`Renderer.idle`): a build
    that lays out anything needs both, and neither needs the other.  (A
    build whose outputs all come out as before pays for the loading too,
    but beside the gathering, not after it; a no-op build never gets here.)
    Without ``gathering`` (one core, or no fork), just :func:`gather`."""
    if gathering is None:
        return gather(root, timer, cache)
    cfg = gathering.cfg
    profile = profile or cfg.output["profile"]
    paper = PAPER_CSS.get(cfg.output["paper"], "")

    def warm() -> None:
        try:
            renderer.warm_up(reader_css(profile), paper,
                             more=((tuple(reader_css(profile, "handout.css")), paper),))
            renderer.idle(until=gathering.started.done)
        except Exception:  # noqa: BLE001 - problems are the workers' (or the layout's) to report
            pass

    return gather_split(root, timer, cache, cfg, warm, gathering.started)


def gather_split(root: Path, timer: Timer, cache, cfg, warm, started):
    """The readings gathered in worker processes (``started``:
    :func:`coursepack.build.start_gathering`, every other reading in each),
    while ``warm()`` runs here; the times of the stages added up.  When a
    share has a problem, everything is gathered again here, so that the
    problems are reported all together, as :func:`gather` reports them."""
    done = started.results(warm)
    if any(res is None for res, _ in done):
        return gather(root, timer, cache, cfg)
    for _, times in done:
        for name, t in times.items():
            timer.times[name] = timer.times.get(name, 0.0) + t
    editions = {e.reading.slug: e for (_, _, eds), _ in done for e in eds}
    editions = [editions[r.slug] for r in cfg.readings if r.slug in editions]
    _, pack, _ = done[0][0]
    pack.readings = [e.reading for e in editions]
    return cfg, pack, editions


def start_handouts(renderer, cfg, pack, plan: Plan, index: PageIndex) -> parallel.AsReady:
    """The handouts, each to be made as soon as its reading's pages are
    known (:class:`parallel.AsReady`): it prints them (its article's first
    and last page, and its page map: :func:`handout_pages`), as the
    reader's layout has found them by then (the model has none yet)."""
    by_slug = {r.slug: r for r in pack.readings}

    def handout(slug: str, pages: tuple):
        name = plan.handouts[slug]
        span, page_map = pages
        return render_handout(renderer, cfg, pack, paged(by_slug[slug], page_map),
                              profile=plan.profile, span=span,
                              cached=(plan.states.get(name) or {}).get("key"),
                              previous=plan.previous(name), last=plan.states.get(name))
    handouts = parallel.AsReady(handout, list(by_slug), missing=((0, 0), {}))
    # the first reading's handout started now with its pages of the last
    # build: after an edit, its article is the same (made again if not)
    last = plan.states.get(plan.reader) or {}
    first = pack.readings[0].slug if pack.readings else None
    span = (last.get("spans") or {}).get(first)
    if span and len(span) == 2:
        handouts.guess(first, (tuple(span), reading_map(last.get("refs") or {}, first)))
    return handouts


def handout_pages(index: PageIndex, slug: str) -> tuple:
    """What a reading's handout prints of the reader's layout: its
    article's first and last page, and its page map."""
    return index.span(slug), reading_map(index.pages, slug)


def make_readers(renderer, cfg, pack, plan: Plan, index: PageIndex, handouts, made: Made) -> None:
    """The reader here, the instructor's in another process meanwhile; each
    handout started as soon as its reading's pages are known."""
    def reader(name: str, instructor: bool):
        return render_reader(
            renderer, cfg, pack, profile=plan.profile, instructor=instructor,
            index=index if not instructor else PageIndex(), state=plan.states.get(name),
            previous=plan.previous(name),
            on_article=None if instructor else
            lambda slug, span: handouts.ready(slug, handout_pages(index, slug)),
            store=SegmentStore(plan.store))
    results = parallel.alongside({name: (lambda name=name, instr=instr: reader(name, instr))
                                  for name, instr in plan.readers}, stop=[handouts])
    for name, res in results.items():
        made.add(plan.out / name, res.pdf, res.pages, res.warnings, res.state)
        made.page_maps[name] = res.page_map
    # a reader taken as it was (its HTML unchanged) laid nothing out, so
    # the handouts were not told its pages: they are in the index
    for r in pack.readings:
        if r.slug not in handouts.told:
            handouts.tell(r.slug, handout_pages(index, r.slug))


def collect_handouts(handouts, plan: Plan, made: Made) -> None:
    """Every handout, made by now or made here (on all cores)."""
    for slug, (pdf, n, warn, state) in handouts.results().items():
        made.add(plan.out / plan.handouts[slug], pdf, n, warn, {**state, "pages": n})


def write(plan: Plan, made: Made, key: str) -> None:
    """Write every output at once, then the manifest; remove the outputs and
    kept segments no longer produced."""
    out, manifest, files, profile = plan.out, plan.manifest, made.files, plan.profile
    atomic_write_all(files)
    manifest.set("inputs", key)
    manifest.set("pages", made.pages)
    manifest.set("layouts", made.states)
    outputs = dict(manifest.get("outputs_by_profile") or {})
    remove_stale(out, outputs.get(profile), list(files))   # no longer produced
    outputs[profile] = sorted(str(p.relative_to(out)) for p in files)
    manifest.set("outputs_by_profile", outputs)
    record, keep = kept_segments(manifest.get("segments_by_profile"), profile,
                                 {k for st in made.states.values()
                                  for k in st.get("segments") or []})
    manifest.set("segments_by_profile", record)
    manifest.record_files(out, list(files))
    manifest.save()
    # the segments no reader of the last build of any profile used
    SegmentStore(plan.store).prune(keep)


def apply_pages(pack: model.Pack, page_map: dict | None) -> None:
    """Put the page numbers the reader printed (its layout's page map) into
    the model, for the data outputs: the one place the layout's pages reach
    the model."""
    apply_page_map(pack, page_map or {})


def data_files(out: Path, editions: list[Edition]) -> dict[Path, bytes]:
    """edition.json, article.md, references.bib and references.json (CSL-JSON)
    for each reading."""
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
            files[folder / "references.json"] = dumps_csljson(e.bibdata).encode("utf-8")
    return files
