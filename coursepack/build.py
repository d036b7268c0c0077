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
from typing import TYPE_CHECKING, Callable

from . import __version__, model
from .content import PackConfig, load_pack, read_once
from .outputs import atomic_write_all, build_lock, clean_temporaries
from .markdown import article_markdown
from .progress import step
from .stale import kept_segments, remove_stale

from .render.pages import apply_page_map, paged
if TYPE_CHECKING:
    from .edition import Edition


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
        step(name)
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


def gather(root: Path, timer: Timer | None = None, cache=None, cfg: PackConfig | None = None
           ) -> tuple[PackConfig, model.Pack, list[Edition]]:
    """Load the pack (unless ``cfg`` is it, loaded already) and build every
    reading's edition (no rendering).  ``cache`` (a
    :class:`~coursepack.cache.StageCache`) keeps the results of the costly
    stages between builds."""
    timer = timer or Timer(say=lambda s: None, quiet=True)
    if cfg is None:
        with timer("load"):
            cfg = load_pack(root)
    from .edition import gather_editions  # lazy: the readers and repairs 120 ms, off no-op builds
    editions = gather_editions(cfg, timer, cache)   # all readings' problems together
    d = cfg.data
    pack = model.Pack(title=str(d.get("title") or ""), term=str(d.get("term") or ""),
                      instructor=str(d.get("instructor") or ""),
                      institution=str(d.get("institution") or ""),
                      readings=[e.reading for e in editions], options=dict(cfg.output),
                      notice=str(d.get("notice") or ""))
    pack.options["code"] = str(d.get("code") or "")
    return cfg, pack, editions


def gather_warm(root: Path, timer: Timer, cache, renderer, profile: str | None):
    """:func:`gather` in a worker process while this one loads WeasyPrint,
    the reader's stylesheets and fonts (:meth:`Renderer.warm_up`): a build
    that lays out anything needs both, and neither needs the other.  (A
    build whose outputs all come out as before pays for the loading too, but
    beside the gathering, not after it; a no-op build never gets here.)  On
    one core, or without fork, just :func:`gather`."""
    from .parallel import ForkPool, workers  # lazy: 9-22 ms on check
    if workers() < 2:
        return gather(root, timer, cache)
    with timer("load"):     # once: the worker gathers with it, this process warms up for it
        cfg = load_pack(root)
    step("read, repair (and load WeasyPrint)")
    pool = ForkPool(2)
    job = pool.submit(lambda: (gather(root, timer, cache, cfg), timer.times))
    try:
        try:
            from .render.reader import PAPER_CSS, reader_css  # lazy: pypdf + Jinja 100 ms, off no-op builds and check
            renderer.warm_up(reader_css(profile or cfg.output["profile"]),
                             PAPER_CSS.get(cfg.output["paper"], ""))
        except Exception:  # noqa: BLE001 - problems are the worker's (or the layout's) to report
            pass
        result, times = pool.result(job)
    finally:
        pool.cancel()
    timer.times.update(times)
    return result


def _make_readers(renderer, cfg, pack, profile, instructor, suffix, states, previous, index,
                  store_dir, timer):
    """Make the reader (and the instructor's, in another process meanwhile),
    and start each handout as soon as its reading's pages are known: the
    readers' names, the handouts' names by reading, the handouts (to
    collect), the readers' results by name."""
    from .pdf.join import SegmentStore  # lazy: pypdf 75 ms on a no-op build and on check
    from .handout import render_handout  # lazy: pypdf + Jinja 100 ms on a no-op build
    from .render.reader import PageIndex, render_reader  # lazy: pypdf + Jinja 100 ms, off no-op builds and check
    from .parallel import Background  # lazy: 9-22 ms on check
    readers = [(f"reader{suffix}.pdf", False)]
    if instructor:
        readers.append((f"reader-instructor{suffix}.pdf", True))
    handout_names = {r.slug: f"handout{suffix}.pdf" if len(pack.readings) == 1 else
                     f"handout-{r.slug}{suffix}.pdf" for r in pack.readings}
    # a handout prints its reading's pages in the reader: from the page map
    # the reader's layout has found by then (the model has none yet)
    handouts = Handouts(lambda r, span: render_handout(
        renderer, cfg, pack, paged(r, index.pages), profile=profile, span=span,
        cached=(states.get(handout_names[r.slug]) or {}).get("key"),
        previous=previous(handout_names[r.slug])), pack)
    jobs = {name: (lambda name=name, instr=instr: render_reader(
        renderer, cfg, pack, profile=profile, instructor=instr,
        index=index if not instr else PageIndex(), state=states.get(name),
        previous=previous(name), on_article=None if instr else handouts.ready,
        store=SegmentStore(store_dir)))
        for name, instr in readers}
    # the instructor's reader is laid out in another process meanwhile, and
    # each handout as soon as its reading's pages are known
    side = {name: Background(job) for name, job in list(jobs.items())[1:]}
    with timer("reader"):
        try:
            results = {readers[0][0]: jobs[readers[0][0]]()}
            for name, bg in side.items():
                results[name] = bg.result()
        except BaseException:
            handouts.cancel()
            raise
        finally:
            for bg in side.values():
                bg.cancel()
    # a reader taken as it was (its HTML unchanged) laid nothing out, so
    # the handouts were not told its pages: they are in the index
    for r in pack.readings:
        if r.slug not in handouts.spans:
            handouts.spans[r.slug] = index.span(r.slug)
    return readers, handout_names, handouts, results


def _write(out: Path, manifest, files: dict, key: str, pages: dict, new_states: dict,
           profile: str, store_dir: Path) -> None:
    """Write every output at once, then the manifest; remove the outputs and
    kept segments no longer produced."""
    from .pdf.join import SegmentStore  # lazy: pypdf 75 ms on a no-op build and on check
    atomic_write_all(files)
    manifest.set("inputs", key)
    manifest.set("pages", pages)
    manifest.set("layouts", new_states)
    outputs = dict(manifest.get("outputs_by_profile") or {})
    remove_stale(out, outputs.get(profile), list(files))   # no longer produced
    outputs[profile] = sorted(str(p.relative_to(out)) for p in files)
    manifest.set("outputs_by_profile", outputs)
    record, keep = kept_segments(manifest.get("segments_by_profile"), profile,
                                 {k for st in new_states.values()
                                  for k in st.get("segments") or []})
    manifest.set("segments_by_profile", record)
    manifest.record_files(out, list(files))
    manifest.save()
    # the segments no reader of the last build of any profile used
    SegmentStore(store_dir).prune(keep)


def build(root: Path, opts: Options | None = None) -> Result:
    """Build the pack.  Nothing is written until everything has been made:
    a failure leaves every previous output as it was."""
    from .cache import Manifest, digest, inputs_fingerprint  # lazy: 8-15 ms on check

    opts = opts or Options()
    root = Path(root).resolve()
    out = (opts.out or root / "build").resolve()
    timer = Timer(say=opts.say, quiet=opts.quiet)
    from .parallel import reaping  # lazy: 9-22 ms on check
    with build_lock(out), reaping(), read_once() as files_read:   # workers reaped before unlocking
        clean_temporaries(out)
        manifest = Manifest(out)
        with timer("fingerprint"):     # each content file read here, once (content.read_once)
            key = inputs_fingerprint(root, {"profile": opts.profile, "instructor": opts.instructor},
                                     keep=files_read.keep)
        if key == manifest.get("inputs") and manifest.outputs_intact(out):
            opts.say("  up to date: nothing changed since the last build")
            return Result(outputs=[], pages=manifest.get("pages") or {}, times=timer.times,
                          warnings=[], up_to_date=True)
        from .cache import StageCache  # lazy: 8-15 ms on check
        from .render.env import Renderer  # lazy: only when laying out (Jinja 24 ms on a no-op build and on check)
        from .render.reader import PageIndex  # lazy: pypdf + Jinja 100 ms, off no-op builds and check
        renderer = Renderer(root)
        cfg, pack, editions = gather_warm(root, timer, StageCache(out / ".coursepack" / "stages"),
                                          renderer, opts.profile)
        files: dict[Path, bytes] = {}
        profile = opts.profile or cfg.output["profile"]
        instructor = cfg.output["instructor_edition"] if opts.instructor is None else opts.instructor
        suffix = "" if profile == "office" else f"-{profile}"
        from .pdf.finish import pdf_options  # lazy: the profile's PDF for every output (pypdf 75 ms on a no-op build and on check)
        renderer.pdf = functools.partial(renderer.pdf, **pdf_options(profile))
        pages: dict[str, int] = {}
        warnings: list[str] = []
        index = PageIndex()
        states = manifest.get("layouts") or {}
        new_states: dict[str, dict] = {}
        store_dir = out / ".coursepack" / "segments"

        def previous(name: str) -> bytes | None:
            rec = (manifest.get("files") or {}).get(name)
            try:
                data = (out / name).read_bytes()
            except OSError:
                return None
            return data if rec == digest(data) else None

        readers, handout_names, handouts, results = _make_readers(
            renderer, cfg, pack, profile, instructor, suffix, states, previous, index, store_dir,
            timer)
        for name, res in results.items():
            files[out / name] = res.pdf
            pages[name] = res.pages
            warnings += res.warnings
            new_states[name] = res.state
        apply_pages(pack, results[readers[0][0]])
        with timer("data"):   # after apply_pages: the model holds the page numbers
            files.update(data_files(out, editions))
        if cfg.output["booklet"]:
            with timer("booklet"):
                from .pdf.impose import impose_booklet  # lazy: pypdf 75 ms on a no-op build and on check
                files[out / f"reader-booklet{suffix}.pdf"] = impose_booklet(files[out / readers[0][0]])
        with timer("handout"):
            for slug, (pdf, n, warn, hkey) in handouts.results().items():
                name = handout_names[slug]
                files[out / name] = pdf
                pages[name] = n
                warnings += warn
                new_states[name] = {"key": hkey, "pages": n}
        if profile != "office":     # the profile's standard (PDF/UA, PDF/X): problems are warnings
            from .standards import verify  # lazy: pypdf tools 2-11 ms on a no-op build and on check
            warnings += [f"{p.name}: {w}" for p, d in files.items() if p.suffix == ".pdf"
                         for w in verify(d)]
        with timer("write"):
            _write(out, manifest, files, key, pages, new_states, profile, store_dir)
    for w in warnings:    # warnings are shown even with --quiet
        print(f"warning: {w}", file=sys.stderr) if opts.quiet else opts.say(f"warning: {w}")
    return Result(outputs=list(files), pages=pages, times=timer.times, warnings=warnings)


def apply_pages(pack: model.Pack, reader) -> None:
    """Put the page numbers the reader printed (its layout's page map) into
    the model, for the data outputs: the one place the layout's pages reach
    the model."""
    apply_page_map(pack, reader.page_map or {})


def data_files(out: Path, editions: list[Edition]) -> dict[Path, bytes]:
    """edition.json, article.md, references.bib and references.json (CSL-JSON)
    for each reading."""
    from .bibliography.bibtex import dumps  # lazy: pybtex + rapidfuzz 30 ms on a no-op build
    from .bibliography.csljson import dumps_csljson  # lazy: 3-12 ms on check and schema
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


class Handouts:
    """The handouts, made beside the reader: each reading's handout prints
    its pages in the reader, so it can be made as soon as that article is
    laid out.  One worker process at a time takes every handout that is
    ready (the reader keeps the other core); what is left when the reader is
    done is made then, all cores."""

    def __init__(self, make, pack: model.Pack):
        self.make, self.readings = make, list(pack.readings)
        self.spans: dict[str, tuple[int, int]] = {}
        self.started: list[str] = []
        self.running = None     # (slugs, Background)
        self.done: dict[str, tuple] = {}

    def ready(self, slug: str, span: tuple[int, int]) -> None:
        self.spans[slug] = tuple(span)
        self._collect(wait=False)
        if self.running is None:
            self._start()

    def _start(self) -> None:
        from .parallel import Background  # lazy: 9-22 ms on check
        todo = [r for r in self.readings if r.slug in self.spans and r.slug not in self.started]
        if not todo:
            return
        self.started += [r.slug for r in todo]
        self.running = ([r.slug for r in todo],
                        Background(lambda: [self.make(r, self.spans[r.slug]) for r in todo]))

    def _collect(self, wait: bool) -> None:
        if self.running is None:
            return
        slugs, bg = self.running
        if not wait and not bg.done():
            return
        self.done.update(zip(slugs, bg.result()))
        self.running = None

    def results(self) -> dict[str, tuple]:
        """Every handout, in the order of the readings."""
        from .parallel import fork_map  # lazy: 9-22 ms on check
        self._collect(wait=True)
        rest = [r for r in self.readings if r.slug not in self.done]
        for r, res in zip(rest, fork_map([lambda r=r: self.make(r, self.spans.get(r.slug, (0, 0)))
                                          for r in rest])):
            self.done[r.slug] = res
        return {r.slug: self.done[r.slug] for r in self.readings}

    def cancel(self) -> None:
        if self.running is not None:
            self.running[1].cancel()
            self.running = None
