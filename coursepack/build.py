"""The build: content → edition model → HTML → PDF, written atomically.

``build()`` reads like the pipeline (see DESIGN.md): fingerprint the inputs;
when nothing changed since the last build, stop there; otherwise
:func:`coursepack.make.make` runs the named steps: gather every reading's
edition, plan the build, make the reader, make the handouts, write them all
at once (which process runs what: :mod:`coursepack.parallel`).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .cache import Manifest, inputs_fingerprint
from .content import read_once
from .outputs import build_lock, clean_temporaries
from .parallel import reaping
from .progress import Timer


@dataclass
class Options:
    out: Path | None = None
    profile: str | None = None
    instructor: bool | None = None
    quiet: bool = False
    say: Callable[[str], None] = print


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
        from .make import make  # lazy: the stages (readers, repairs, glossary, pypdf, Jinja) 0.4-2 s of imports kept off a no-op build
        files, pages, warnings = make(root, out, opts.profile, opts.instructor, timer,
                                      manifest, key)
    for w in warnings:    # warnings are shown even with --quiet
        print(f"warning: {w}", file=sys.stderr) if opts.quiet else opts.say(f"warning: {w}")
    return Result(outputs=list(files), pages=pages, times=timer.times, warnings=warnings)
