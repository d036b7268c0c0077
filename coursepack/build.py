"""The build: content → edition model → HTML → PDF, written atomically.

``build()`` reads like the pipeline (see DESIGN.md): fingerprint the inputs;
when nothing changed since the last build, stop there; otherwise start
gathering the readings in worker processes (:func:`start_gathering`), and
:func:`coursepack.make.make` runs the named steps meanwhile: gather every
reading's edition, plan the build, make the reader, make the handouts, write
them all at once (which process runs what: :mod:`coursepack.parallel`).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from . import parallel
from .cache import Manifest, StageCache, inputs_fingerprint
from .content import PackConfig, load_pack, read_once
from .errors import ContentError
from .outputs import build_lock, clean_temporaries
from .parallel import reaping
from .progress import Timer, step


@dataclass
class Options:
    out: Path | None = None
    profile: str | None = None
    instructor: bool | None = None
    quiet: bool = False
    say: Callable[[str], None] = print


@dataclass
class Gathering:
    """The pack's readings being gathered in worker processes
    (:func:`start_gathering`): the pack's configuration, the stage cache
    they use, and the workers (:class:`coursepack.parallel.Started`), whose
    results :func:`coursepack.make.gather_warm` collects."""
    cfg: PackConfig
    cache: StageCache
    started: parallel.Started


@dataclass
class Result:
    outputs: list[Path]
    pages: dict[str, int]
    times: dict[str, float]
    warnings: list[str]
    up_to_date: bool = False


def build(root: Path, opts: Options | None = None) -> Result:
    """Build the pack.  Nothing is written until everything has been made:
    a failure leaves every previous output as it was."""
    opts = opts or Options()
    root = Path(root).resolve()
    out = (opts.out or root / "build").resolve()
    timer = Timer(say=opts.say, quiet=opts.quiet)
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
        gathering = start_gathering(root, out, timer)     # before the stages are imported here
        files, pages, warnings = stages().make(root, out, opts.profile, opts.instructor, timer,
                                               manifest, key, gathering)
    for w in warnings:    # warnings are shown even with --quiet
        print(f"warning: {w}", file=sys.stderr) if opts.quiet else opts.say(f"warning: {w}")
    return Result(outputs=list(files), pages=pages, times=timer.times, warnings=warnings)


def stages():
    """:mod:`coursepack.make`, which imports every stage at its top: loaded
    only when there is something to make."""
    from . import make  # lazy: the stages (readers, repairs, glossary, pypdf, Jinja) 0.4-2 s of imports kept off a no-op build
    return make


def editions():
    """:mod:`coursepack.edition`, the part of the stages that gathers the
    readings (readers, repairs, bibliography, glossary, questions, timeline),
    loaded before the workers that gather are forked: they have it, and the
    rest (:func:`stages`: the rendering, pypdf, Jinja) loads here meanwhile."""
    from . import edition  # lazy: 0.15 s of imports, kept off a no-op build and loaded once for the workers
    return edition


def start_gathering(root: Path, out: Path, timer: Timer) -> Gathering | None:
    """Start gathering the readings in worker processes, every other reading
    in each (a pack's readings take about as long each), forked before this
    process loads the rest of the stages and WeasyPrint
    (:func:`coursepack.make.gather_warm`).  None on one core or without
    fork (the build gathers in this process)."""
    if not parallel.spare_core():
        return None
    with timer("load"):     # once: the workers gather with it
        cfg = load_pack(root)
    step("read, repair (and load WeasyPrint)")
    cache = StageCache(out / ".coursepack" / "stages")
    gather = editions().gather
    return Gathering(cfg, cache, parallel.start_all([
        lambda share=share: gathered(gather, root, timer, cache, replace(cfg, readings=share))
        for share in parallel.shares(cfg.readings)]))


def gathered(gather, root: Path, timer: Timer, cache, cfg: PackConfig):
    """One worker's share of the gathering (``cfg`` holds its readings):
    the editions and this worker's stage times, or ``(None, {})`` when the
    content has a problem (then :func:`coursepack.make.gather_split`
    gathers everything again in the build's process, to report every
    problem at once)."""
    mine = Timer(say=timer.say, quiet=timer.quiet)
    try:
        return gather(root, mine, cache, cfg), mine.times
    except ContentError:
        return None, {}
