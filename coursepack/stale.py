"""What a build keeps from earlier builds, and what it removes.

* **Kept segments, per profile.** The reader's segments are kept in
  ``build/.coursepack/segments/`` by a hash that includes the profile; a
  build keeps the segments of the last build of *every* profile, so
  switching ``--profile`` and back lays nothing out again.
* **Outputs no longer produced.** A build removes the outputs that the last
  build of the same profile wrote and this one did not (a reading dropped
  from the pack, the instructor's reader switched off) — only files the
  manifest recorded, and only inside the output folder.
"""

from __future__ import annotations

import contextlib
from pathlib import Path


def kept_segments(by_profile: dict | None, profile: str, used: set[str]) -> tuple[dict, set[str]]:
    """(the new per-profile record, the segments to keep): ``used`` becomes
    ``profile``'s list; every profile's list is kept.

    >>> rec, keep = kept_segments({"press": ["a", "b"]}, "office", {"c"})
    >>> rec == {"press": ["a", "b"], "office": ["c"]}, sorted(keep)
    (True, ['a', 'b', 'c'])
    """
    record = {k: list(v) for k, v in (by_profile or {}).items() if isinstance(v, list)}
    record[profile] = sorted(used)
    return record, {k for keys in record.values() for k in keys}


def remove_stale(out: Path, previous: list[str] | None, current: list[Path]) -> list[Path]:
    """Delete the files named in ``previous`` (paths relative to ``out``)
    that are not in ``current``; never a path that leaves ``out``.  Folders
    left empty inside ``out`` go too.  Returns what was removed.

    >>> import tempfile; out = Path(tempfile.mkdtemp())
    >>> for n in ("a.pdf", "old/x.json", "b.pdf"): (out / n).parent.mkdir(exist_ok=True); _ = (out / n).write_text("x")
    >>> [p.name for p in remove_stale(out, ["a.pdf", "old/x.json", "../etc", "/tmp"], [out / "a.pdf"])]
    ['x.json']
    >>> sorted(p.name for p in out.iterdir())
    ['a.pdf', 'b.pdf']
    """
    out = Path(out).resolve()
    keep = {Path(p).resolve() for p in current}
    removed: list[Path] = []
    for rel in previous or []:
        if not isinstance(rel, str) or Path(rel).is_absolute() or ".." in Path(rel).parts:
            continue
        path = out / rel
        if path.resolve() in keep or path.is_symlink() or not path.is_file():
            continue
        try:
            path.resolve().relative_to(out)
        except ValueError:
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
            folder = path.parent
            while folder != out and folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
                folder = folder.parent
    return removed
