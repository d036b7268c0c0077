"""``coursepack copies --roster FILE``: one stamped copy of the reader per student."""

from __future__ import annotations

import time
from pathlib import Path

from .. import progress
from ..build import Options, build
from ..content import load_pack
from ..pdf.stamp import copies_command
from .base import rel


def arguments(p) -> None:
    p.add_argument("--roster", type=Path, required=True,
                   help="CSV file with a header row: name (required), id, email")
    p.add_argument("--reader", type=Path,
                   help="the PDF to stamp (default: build/reader.pdf; built if missing)")
    p.add_argument("--out", type=Path, help="output folder (default: build/copies/)")


def run(args, say, root: Path) -> int:
    t0 = time.perf_counter()
    reader = args.reader
    with progress.activity("copies", "stamping the reader"):
        if reader is None:       # build/reader.pdf, brought up to date first
            reader = fresh_reader(root, say)
        made = copies_command(root, args.roster, reader=reader, out=args.out, say=say)
    say(f"wrote {len(made)} cop{'y' if len(made) == 1 else 'ies'} to "
        f"{rel(made[0].parent, root) if made else 'build/copies'} in "
        f"{time.perf_counter() - t0:.2f} s")
    return 0


def fresh_reader(root: Path, say) -> Path:
    """The pack's reader in build/, rebuilt first when it is missing or out
    of date (a no-op build, a tenth of a second, when it is not): copies are
    never stamped from a stale reader.  A build that fails stops the copies
    with its problems (exit 2)."""
    profile = load_pack(root).output["profile"]
    reader = root / "build" / ("reader.pdf" if profile == "office" else f"reader-{profile}.pdf")
    existed = reader.is_file()
    progress.step("checking that the reader is up to date")
    res = build(root, Options(quiet=True, say=lambda s: None))
    if not res.up_to_date:
        say(f"{rel(reader, root)} was {'out of date' if existed else 'missing'}: rebuilt it "
            "before stamping the copies")
    progress.step("stamping the reader")
    return reader
