"""Incremental builds.

Every output is cached by a hash of exactly what it depends on:

* **the whole build**: a fingerprint of every input file (``content/``,
  ``templates/``, ``styles/``, the user's overrides), the code (every module
  of the package) and the options.  When it is unchanged and every output is
  still there, byte-identical to what was written, the build is a no-op: it
  imports neither WeasyPrint nor the repair stages.
* **each rendered output**: a hash of the HTML and CSS it is laid out from.
  An output whose HTML did not change is not laid out again.
* **the reader's layout**: the page numbers it printed (glossary, questions,
  timeline), the start of the arabic numbering and the paragraphs moved for
  their notes.  The next build starts from them, so a rebuild usually needs a
  single layout instead of two.

The manifest lives in ``build/.coursepack/manifest.json``; deleting
``build/`` is always safe.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from . import __version__

MANIFEST = Path(".coursepack") / "manifest.json"
INPUT_DIRS = ("content", "templates", "styles")
SKIP_NAMES = {"__pycache__", ".git", ".DS_Store"}


def _files(folder: Path):
    if not folder.is_dir():
        return
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_NAMES and not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name.endswith((".pyc", ".tmp", "~")):
                continue
            yield Path(dirpath) / name


def code_fingerprint() -> str:
    """Hash of the package's own source files (and data)."""
    pkg = Path(__file__).resolve().parent
    h = hashlib.sha256(__version__.encode())
    for p in _files(pkg):
        h.update(str(p.relative_to(pkg)).encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def inputs_fingerprint(root: Path, options: dict[str, Any]) -> str:
    """Hash of every input of a build: content, templates, styles, code and
    options.  Reading ~100 files costs a few milliseconds."""
    root = Path(root)
    h = hashlib.sha256()
    h.update(json.dumps(options, sort_keys=True, default=str).encode())
    h.update(code_fingerprint().encode())
    real_root = root.resolve()
    for d in INPUT_DIRS:
        for p in _files(root / d):
            h.update(str(p.relative_to(root)).encode())
            h.update(b"\0")
            h.update(_input_bytes(p, real_root))
    return h.hexdigest()


def _input_bytes(p: Path, real_root: Path) -> bytes:
    """What an input file contributes to the fingerprint: its bytes when it
    is a regular file inside the project; for anything else (a link out of
    the project, a FIFO, a device such as ``/dev/zero``) only what it is,
    never its content: reading it could hang, and the build refuses it
    anyway, with a message."""
    import stat
    try:
        real = p.resolve()
        st = real.stat()
        real.relative_to(real_root)
    except (OSError, ValueError, RuntimeError):
        return b"outside:" + os.fsencode(str(p.resolve()) if p.exists() else "missing")
    if not stat.S_ISREG(st.st_mode):
        return b"special:" + str(stat.S_IFMT(st.st_mode)).encode()
    try:
        return p.read_bytes()
    except OSError as e:
        return b"unreadable:" + str(e.errno).encode()


def digest(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


class Manifest:
    """What the last successful build wrote, and from what."""

    def __init__(self, out: Path):
        self.path = Path(out) / MANIFEST
        self.data: dict[str, Any] = {}
        try:
            self.data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.data = {}
        if self.data.get("version") != __version__:
            self.data = {}

    def get(self, key: str, default=None):
        return self.data.get(key, default)

    def set(self, key: str, value) -> None:
        self.data[key] = value

    def outputs_intact(self, out: Path) -> bool:
        """Every output recorded is still there, with the recorded hash."""
        files = self.data.get("files") or {}
        if not files:
            return False
        for rel, h in files.items():
            p = Path(out) / rel
            try:
                if digest(p.read_bytes()) != h:
                    return False
            except OSError:
                return False
        return True

    def record_files(self, out: Path, paths: list[Path]) -> None:
        self.data["files"] = {str(p.relative_to(out)): digest(p.read_bytes()) for p in paths}

    def save(self) -> None:
        from .outputs import atomic_write
        self.data["version"] = __version__
        atomic_write(self.path, json.dumps(self.data, indent=1, sort_keys=True) + "\n")


class StageCache:
    """Results of the model stages (repair, bibliography), kept between
    builds in ``build/.coursepack/stages/`` and keyed by a hash of exactly
    their inputs and the code.  Only coursepack writes these files; a file
    that cannot be read is simply recomputed."""

    def __init__(self, folder: Path | None):
        self.folder = Path(folder) if folder else None
        self._code = code_fingerprint() if folder else ""
        self.hits: list[str] = []

    def get(self, name: str, parts: list, compute):
        import pickle

        if self.folder is None:
            return compute()
        h = hashlib.sha256(self._code.encode())
        for part in parts:
            h.update(b"\0")
            h.update(part if isinstance(part, bytes) else repr(part).encode("utf-8"))
        path = self.folder / f"{name}-{h.hexdigest()[:24]}.pickle"
        try:
            with open(path, "rb") as f:
                value = pickle.load(f)  # noqa: S301 - our own cache file in build/
            self.hits.append(name)
            return value
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, ValueError):
            pass
        value = compute()
        from .outputs import atomic_write
        for old in self.folder.glob(f"{name}-*.pickle"):
            old.unlink(missing_ok=True)
        atomic_write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        return value
