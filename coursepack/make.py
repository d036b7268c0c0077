"""Making a build's outputs, once :func:`coursepack.build.build` has found
that something changed: gather the editions (beside loading WeasyPrint),
make the reader and the handouts, the data files, the booklet; check the
profile's standard; write everything at once.

This module imports every stage at its top; :mod:`coursepack.build` imports
it only when there is something to make, so that a build with nothing to do
(and ``check``, ``--help``) does not load the readers, repairs, pypdf and
Jinja.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from . import __version__, model, parallel
from .bibliography.bibtex import dumps
from .bibliography.csljson import dumps_csljson
from .cache import StageCache, digest
from .content import load_pack
from .edition import Edition, gather
from .render.handout import render_handout
from .markdown import article_markdown
from .outputs import atomic_write_all
from .pdf.finish import pdf_options
from .pdf.impose import impose_booklet
from .pdf.join import SegmentStore
from .progress import Timer, step
from .render.env import Renderer
from .render.pages import apply_page_map, paged
from .render.reader import PAPER_CSS, PageIndex, reader_css, render_reader
from .stale import kept_segments, remove_stale
from .standards import verify


def make(root: Path, out: Path, profile: str | None, instructor: bool | None, timer: Timer,
         manifest, key: str) -> tuple[dict[Path, bytes], dict[str, int], list[str]]:
    """Make and write the outputs: the files written, the pages of each PDF,
    the warnings."""
    renderer = Renderer(root)
    cfg, pack, editions = gather_warm(root, timer, StageCache(out / ".coursepack" / "stages"),
                                      renderer, profile)
    files: dict[Path, bytes] = {}
    profile = profile or cfg.output["profile"]
    instructor = cfg.output["instructor_edition"] if instructor is None else instructor
    suffix = "" if profile == "office" else f"-{profile}"
    renderer.pdf_options = pdf_options(profile)     # the profile's PDF settings, once
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
            files[out / f"reader-booklet{suffix}.pdf"] = impose_booklet(files[out / readers[0][0]])
    with timer("handout"):
        for slug, (pdf, n, warn, hkey) in handouts.results().items():
            name = handout_names[slug]
            files[out / name] = pdf
            pages[name] = n
            warnings += warn
            new_states[name] = {"key": hkey, "pages": n}
    if profile != "office":     # the profile's standard (PDF/UA, PDF/X): problems are warnings
        warnings += [f"{p.name}: {w}" for p, d in files.items() if p.suffix == ".pdf"
                     for w in verify(d)]
    with timer("write"):
        _write(out, manifest, files, key, pages, new_states, profile, store_dir)
    return files, pages, warnings


def gather_warm(root: Path, timer: Timer, cache, renderer, profile: str | None):
    """:func:`gather` in a worker process while this one loads WeasyPrint,
    the reader's stylesheets and fonts (:meth:`Renderer.warm_up`): a build
    that lays out anything needs both, and neither needs the other.  (A
    build whose outputs all come out as before pays for the loading too, but
    beside the gathering, not after it; a no-op build never gets here.)  On
    one core, or without fork, just :func:`gather`."""
    if parallel.workers() < 2:
        return gather(root, timer, cache)
    with timer("load"):     # once: the worker gathers with it, this process warms up for it
        cfg = load_pack(root)
    step("read, repair (and load WeasyPrint)")
    pool = parallel.ForkPool(2)
    job = pool.submit(lambda: (gather(root, timer, cache, cfg), timer.times))
    try:
        try:
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
    readers = [(f"reader{suffix}.pdf", False)]
    if instructor:
        readers.append((f"reader-instructor{suffix}.pdf", True))
    handout_names = {r.slug: f"handout{suffix}.pdf" if len(pack.readings) == 1 else
                     f"handout-{r.slug}{suffix}.pdf" for r in pack.readings}
    # a handout prints its reading's pages in the reader: from the page map
    # the reader's layout has found by then (the model has none yet)
    by_slug = {r.slug: r for r in pack.readings}
    handouts = parallel.AsReady(lambda slug, span: render_handout(
        renderer, cfg, pack, paged(by_slug[slug], index.pages), profile=profile, span=span,
        cached=(states.get(handout_names[slug]) or {}).get("key"),
        previous=previous(handout_names[slug])), list(by_slug), missing=(0, 0))
    jobs = {name: (lambda name=name, instr=instr: render_reader(
        renderer, cfg, pack, profile=profile, instructor=instr,
        index=index if not instr else PageIndex(), state=states.get(name),
        previous=previous(name),
        on_article=None if instr else lambda slug, span: handouts.ready(slug, tuple(span)),
        store=SegmentStore(store_dir)))
        for name, instr in readers}
    # the instructor's reader is laid out in another process meanwhile, and
    # each handout as soon as its reading's pages are known
    side = {name: parallel.Background(job) for name, job in list(jobs.items())[1:]}
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
        if r.slug not in handouts.given:
            handouts.given[r.slug] = index.span(r.slug)
    return readers, handout_names, handouts, results


def _write(out: Path, manifest, files: dict, key: str, pages: dict, new_states: dict,
           profile: str, store_dir: Path) -> None:
    """Write every output at once, then the manifest; remove the outputs and
    kept segments no longer produced."""
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


def apply_pages(pack: model.Pack, reader) -> None:
    """Put the page numbers the reader printed (its layout's page map) into
    the model, for the data outputs: the one place the layout's pages reach
    the model."""
    apply_page_map(pack, reader.page_map or {})


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
