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
``build/`` is always safe.  Nothing kept in ``build/`` is trusted unless
this user's coursepack wrote it: the manifest, the stage results and the
laid-out segments carry an HMAC under a key kept outside every project
(:func:`secret_key`); anything else is ignored and made again.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path
from typing import Any
import hmac
import pickle
import stat

from . import __version__
from .outputs import atomic_write

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


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the package's own source files (and data), once per process
    (the code it runs: 7 ms of CPU a call, 4 calls a build)."""
    pkg = Path(__file__).resolve().parent
    h = hashlib.sha256(__version__.encode())
    for p in _files(pkg):
        h.update(str(p.relative_to(pkg)).encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def inputs_fingerprint(root: Path, options: dict[str, Any], keep=None) -> str:
    """Hash of every input of a build: content, templates, styles, code and
    options.  Reading ~100 files costs a few milliseconds.  ``keep(path,
    data)`` is handed each content file's bytes (the build reads them once)."""
    root = Path(root)
    h = hashlib.sha256()
    h.update(json.dumps(options, sort_keys=True, default=str).encode())
    h.update(code_fingerprint().encode())
    real_root = root.resolve()
    for d in INPUT_DIRS:
        for p in _files(root / d):
            h.update(str(p.relative_to(root)).encode())
            h.update(b"\0")
            h.update(_input_bytes(p, real_root, keep if d == "content" else None))
    return h.hexdigest()


def _input_bytes(p: Path, real_root: Path, keep=None) -> bytes:
    """What an input file contributes to the fingerprint: its bytes when it
    is a regular file inside the project; for anything else (a link out of
    the project, a FIFO, a device such as ``/dev/zero``) only what it is,
    never its content: reading it could hang, and the build refuses it
    anyway, with a message."""
    try:
        real = p.resolve()
        st = real.stat()
        real.relative_to(real_root)
    except (OSError, ValueError, RuntimeError):
        return b"outside:" + os.fsencode(str(p.resolve()) if p.exists() else "missing")
    if not stat.S_ISREG(st.st_mode):
        return b"special:" + str(stat.S_IFMT(st.st_mode)).encode()
    try:
        data = p.read_bytes()
    except OSError as e:
        return b"unreadable:" + str(e.errno).encode()
    if keep is not None:
        keep(p, data)
    return data


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes, read in chunks (a PDF is keyed by its bytes)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


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
        if not isinstance(self.data, dict) or self.data.get("version") != __version__ \
                or not verify(secret_key(), "manifest", _canonical(self.data),
                              self.data.get("mac")):
            self.data = {}      # none, another version's, or not written by us: build it all

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
        self.data["version"] = __version__
        key = secret_key()
        self.data.pop("mac", None)
        if key:
            self.data["mac"] = sign(key, "manifest", _canonical(self.data))
        atomic_write(self.path, json.dumps(self.data, indent=1, sort_keys=True) + "\n")


def _canonical(data: dict) -> bytes:
    """The manifest's bytes as signed: every key but the MAC, sorted."""
    return json.dumps({k: v for k, v in data.items() if k != "mac"}, sort_keys=True,
                      ensure_ascii=True, default=str).encode("ascii")


class StageCache:
    """Results of the model stages (repair, bibliography), kept between
    builds in ``build/.coursepack/stages/`` and keyed by a hash of exactly
    their inputs and the code.

    The results are Python objects, so they are pickled; but a pickle runs
    code when it is read, and ``build/`` may come from anyone (a project
    handed over with its build folder).  So every entry carries an HMAC of
    its name and bytes under this user's key (:func:`secret_key`, kept
    outside every project): an entry that this user's coursepack did not
    write for exactly these inputs is never unpickled, only recomputed.
    Without a key (no writable cache folder) nothing is kept."""

    MAGIC = b"coursepack-stage-1\n"

    def __init__(self, folder: Path | None):
        self.key = secret_key() if folder else None
        self.folder = Path(folder) if folder and self.key else None
        self._code = code_fingerprint() if self.folder else ""
        self.hits: list[str] = []

    def get(self, name: str, parts: list, compute):
        if self.folder is None:
            return compute()
        h = hashlib.sha256(self._code.encode())
        for part in parts:
            h.update(b"\0")
            h.update(part if isinstance(part, bytes) else repr(part).encode("utf-8"))
        entry = f"{name}-{h.hexdigest()[:32]}"
        path = self.folder / f"{entry}.pickle"
        try:
            data = path.read_bytes()
        except OSError:
            data = b""
        payload = _open_signed(self.key, entry, data, self.MAGIC)
        if payload is not None:
            try:
                value = pickle.loads(payload)  # noqa: S301 - authenticated: written by us, for this entry
                self.hits.append(name)
                return value
            except Exception:  # noqa: BLE001 - an entry of another version: recompute
                pass
        value = compute()
        try:
            for old in self.folder.glob(f"{name}-*.pickle"):
                old.unlink(missing_ok=True)
            atomic_write(path, _signed(self.key, entry,
                                       pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL),
                                       self.MAGIC), durable=False)    # (signed: checked when read)
        except OSError:     # a read-only build folder: the build still succeeds
            pass
        return value


# ------------------------------------------------------------ the key

KEY_ENV = "COURSEPACK_CACHE_KEY_DIR"


def key_folder() -> Path:
    """Where this user's cache key lives: ``$COURSEPACK_CACHE_KEY_DIR``, else
    ``$XDG_CACHE_HOME/coursepack``, else ``~/.cache/coursepack``: never in a
    project."""
    if os.environ.get(KEY_ENV):
        return Path(os.environ[KEY_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "coursepack"


_KEY: dict[str, bytes | None] = {}


def secret_key() -> bytes | None:
    """This user's 32-byte key for authenticating what coursepack keeps in
    ``build/`` (made on first use, readable by the user only), or None when
    it can be neither read nor made (the caches are then not used)."""
    folder = key_folder()
    if str(folder) in _KEY:
        return _KEY[str(folder)]
    path = folder / "cache-key"
    key = None
    for _attempt in range(2):
        try:
            data = path.read_bytes()
            if len(data) >= 32:
                key = data[:32]
                break
        except OSError:
            pass
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(os.urandom(32))
        except FileExistsError:     # another build made it meanwhile: read it
            continue
        except OSError:
            break
    _KEY[str(folder)] = key
    return key


def sign(key: bytes, name: str, data: bytes) -> str:
    """HMAC-SHA256 of ``name`` and ``data`` under ``key``, in hex.

    >>> sign(b"k" * 32, "a", b"x") == sign(b"k" * 32, "a", b"x") != sign(b"k" * 32, "b", b"x")
    True
    """
    return hmac.new(key, name.encode("utf-8") + b"\0" + data, hashlib.sha256).hexdigest()


def verify(key: bytes | None, name: str, data: bytes, mac) -> bool:
    """Whether ``mac`` is :func:`sign` of ``name`` and ``data`` under ``key``."""
    return bool(key) and isinstance(mac, str) and hmac.compare_digest(sign(key, name, data), mac)


def _signed(key: bytes, name: str, payload: bytes, magic: bytes) -> bytes:
    return magic + sign(key, name, payload).encode("ascii") + b"\n" + payload


def _open_signed(key: bytes, name: str, data: bytes, magic: bytes) -> bytes | None:
    """The payload of a :func:`_signed` file when its MAC holds for ``name``,
    else None (damaged, foreign, or another entry's file put in its place).

    >>> k = b"k" * 32
    >>> _open_signed(k, "a", _signed(k, "a", b"data", b"M\\n"), b"M\\n")
    b'data'
    >>> _open_signed(k, "b", _signed(k, "a", b"data", b"M\\n"), b"M\\n") is None
    True
    """
    if not data.startswith(magic):
        return None
    rest = data[len(magic):]
    mac, _nl, payload = rest.partition(b"\n")
    try:
        mac_text = mac.decode("ascii")
    except UnicodeDecodeError:
        return None
    return payload if verify(key, name, payload, mac_text) else None
