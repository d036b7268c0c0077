"""YAML that remembers where things are.

``load_yaml`` returns ordinary dicts, lists and scalars, but every mapping
is a :class:`Node` dict whose ``pos`` maps each key to its 1-based
``(line, column)`` and whose ``where`` is the mapping's own position, so
that validation can say ``file:line:column: message``.  Invalid YAML and
undecodable files raise :class:`~coursepack.errors.ContentError`.
"""

from __future__ import annotations

import contextvars
import re
from pathlib import Path
from typing import Any

import yaml

from .errors import ContentError, Problem


#: The files of the build in progress (:class:`coursepack.content.ReadOnce`):
#: while set, read_text takes a file's bytes, and load_yaml its parsed YAML,
#: from it, so that each content file is read and parsed once per build.
READ_ONCE: contextvars.ContextVar = contextvars.ContextVar("coursepack_read_once", default=None)


class Node(dict):
    """A mapping with key positions."""

    pos: dict
    where: tuple[int, int]

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.pos = {}
        self.where = (0, 0)

    def at(self, key: str) -> tuple[int, int]:
        return self.pos.get(key, self.where)


class NodeList(list):
    """A sequence with item positions."""

    pos: list
    where: tuple[int, int]

    def __init__(self, *a):
        super().__init__(*a)
        self.pos = []
        self.where = (0, 0)

    def at(self, i: int) -> tuple[int, int]:
        return self.pos[i] if i < len(self.pos) else self.where


MAX_ALIASES = 20      # content files need no YAML aliases; nested ones make an exponential tree


class _Loader(yaml.SafeLoader):
    """SafeLoader with positions, and a limit on aliases (``*name``): a few
    nested aliases can stand for billions of values ("billion laughs")."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            self._aliases = getattr(self, "_aliases", 0) + 1
            if self._aliases > MAX_ALIASES:
                event = self.peek_event()
                raise yaml.composer.ComposerError(
                    None, None, f"more than {MAX_ALIASES} aliases (*name): content files "
                    "do not need them; write the values out", event.start_mark)
        return super().compose_node(parent, index)


def _mark(node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def _construct_mapping(loader, node):
    loader.flatten_mapping(node)
    out = Node()
    out.where = _mark(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, "a key must be plain text", key_node.start_mark)
        key = str(key) if not isinstance(key, str) else key
        if key in out:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}'", key_node.start_mark)
        out[key] = loader.construct_object(value_node, deep=True)
        out.pos[key] = _mark(key_node)
    return out


def _construct_sequence(loader, node):
    out = NodeList(loader.construct_object(child, deep=True) for child in node.value)
    out.pos = [_mark(child) for child in node.value]
    out.where = _mark(node)
    return out


def _construct_str(loader, node):
    # dates and times stay strings: we validate them ourselves
    return loader.construct_scalar(node)


_FAST = getattr(yaml, "CSafeLoader", None)


class _CLoader(_FAST or yaml.SafeLoader):
    """The same, parsed by libyaml (ten times faster), for texts that cannot
    hold an alias (no ``&`` or ``*`` anywhere): libyaml composes in C, where
    aliases could not be counted."""


for _cls in (_Loader, _CLoader):
    _cls.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    _cls.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
    _cls.add_constructor("tag:yaml.org,2002:timestamp", _construct_str)


def yaml_quoted(s: str) -> str:
    """``s`` as a double-quoted YAML scalar, for the files coursepack writes
    (pack.yaml, reading.yaml from their templates; the editable lists' long
    strings): backslash and quote escaped, line breaks and other characters
    that are not printable written as escapes, so the value reads back as it was.

    >>> yaml_quoted('Week 3: "the treaty"')
    '"Week 3: \\\\"the treaty\\\\""'
    >>> yaml.safe_load("k: " + yaml_quoted('a \\ b: "c"'))
    {'k': 'a \\\\ b: "c"'}
    >>> yaml_quoted("two\\nlines\\u2028") == '"two\\\\u000alines\\\\u2028"'
    True
    """
    out = []
    for ch in s:
        if ch in '\\"':
            out.append("\\" + ch)
        elif not ch.isprintable() or ch in "\x85\u2028\u2029\ufeff":    # line breaks, controls
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def read_text(path: Path, display: str | None = None) -> str:
    """Read a UTF-8 text file, refusing binary and other encodings clearly."""
    name = display or str(path)
    try:
        store = READ_ONCE.get()
        raw = Path(path).read_bytes() if store is None else store.read_bytes(path)
    except FileNotFoundError:
        raise ContentError(Problem(name, 0, 0, "file not found")) from None
    except IsADirectoryError:
        raise ContentError(Problem(name, 0, 0, "is a folder, not a file")) from None
    except OSError as e:
        raise ContentError(Problem(name, 0, 0, f"cannot read: {e.strerror}")) from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ContentError(Problem(name, 0, 0, "UTF-16 text: save it as UTF-8 (in most "
                                   "editors: Save As, encoding UTF-8)"))
    if b"\x00" in raw[:8192]:
        raise ContentError(Problem(name, 0, 0, "binary file (NUL bytes): expected UTF-8 "
                                   "text; check that this is the right file"))
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        col = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        hint = ""
        try:
            raw.decode("cp1250")
            hint = " (it looks like a Windows-1250/Latin-2 file: save it as UTF-8)"
        except UnicodeDecodeError:
            pass
        raise ContentError(Problem(
            name, line, col, f"not valid UTF-8 text{hint}")) from None


def load_yaml(path: Path, display: str | None = None) -> Any:
    """Load a YAML file with positions; an empty file gives ``None``."""
    name = display or str(path)
    store = READ_ONCE.get()
    if store is not None:
        return store.yaml(path, lambda: loads_yaml(read_text(path, name), name))
    text = read_text(path, name)
    return loads_yaml(text, name)


MAX_DEPTH = 64     # content files nest a few levels; libyaml's C loader recurses without limit

_DEPTH_TOKENS = re.compile(r"""[\[\]{}"'#\n]|(?m:^[ \t]*(?:[-?][ \t]+)+)""")


def nesting(text: str) -> tuple[int, int, int]:
    """The deepest nesting of a YAML text, measured before any parser sees
    it: ``[``/``{`` levels outside quotes and comments, plus block levels
    (indentation, and ``- - -`` on one line).  Returns (depth, line,
    column) of the deepest point.

    >>> nesting("a: [1, [2, {b: 3}]]")[0]
    3
    >>> nesting("s: '[[[[' # [[[")[0]
    0
    >>> nesting("- - - x")[0]
    3
    >>> nesting("[" * 500)[0]
    500
    """
    depth = best = 0
    where = (1, 1)
    line, line_start = 1, 0
    quote = ""
    skip_to = -1
    for m in _DEPTH_TOKENS.finditer(text):
        i, tok = m.start(), m.group(0)
        if i < skip_to and tok != "\n":
            continue
        if tok == "\n":
            line, line_start = line + 1, i + 1
            if quote != '"' and quote != "'":
                quote = ""
            continue
        if quote:
            if tok == quote:
                if quote == '"' and _escaped(text, i):
                    continue
                if quote == "'" and text.startswith("''", i):
                    skip_to = i + 2
                    continue
                quote = ""
            continue
        if tok in "\"'":
            prev = text[i - 1] if i > 0 else " "
            if prev in " \t[{,:-\n" or i == line_start:
                quote = tok
            continue
        if tok == "#":
            if i == line_start or text[i - 1] in " \t":
                end = text.find("\n", i)
                skip_to = len(text) if end < 0 else end
            continue
        if tok in "[{":
            depth += 1
            level = depth
        elif tok in "]}":
            depth = max(0, depth - 1)
            continue
        else:       # a block line: indentation and "- " indicators
            level = depth + tok.count("-") + tok.count("?") + (len(tok) - len(tok.lstrip())) // 2
        if level > best:
            best, where = level, (line, i - line_start + 1)
    return best, where[0], where[1]


def _escaped(text: str, i: int) -> bool:
    n = 0
    while i - n - 1 >= 0 and text[i - n - 1] == "\\":
        n += 1
    return n % 2 == 1


def loads_yaml(text: str, name: str = "<string>") -> Any:
    depth, line, col = nesting(text)
    if depth > MAX_DEPTH:
        raise ContentError(Problem(name, line, col, (
            f"invalid YAML: nested more than {MAX_DEPTH} levels deep (lists or mappings "
            "inside each other); content files need only a few levels")))
    if _FAST is not None and "&" not in text and "*" not in text:
        try:
            return yaml.load(text, Loader=_CLoader)  # noqa: S506 - CSafeLoader subclass
        except (yaml.YAMLError, RecursionError):
            pass    # the problem is reported as the Python parser words it, below
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        msg = (e.problem or e.context or "invalid YAML").strip()
        if "'\\t'" in msg:
            msg += " (a tab character: indent with spaces, never tabs)"
        raise ContentError(Problem(name, line, col, f"invalid YAML: {msg}")) from None
    except yaml.reader.ReaderError as e:     # a control character (no mark: a position)
        line = text.count("\n", 0, e.position) + 1
        col = e.position - (text.rfind("\n", 0, e.position) + 1) + 1
        raise ContentError(Problem(name, line, col, (
            f"invalid YAML: a control character (#x{e.character:02x}) is not allowed: "
            "remove it"))) from None
    except yaml.YAMLError as e:
        raise ContentError(Problem(name, 0, 0, "invalid YAML: " + " ".join(str(e).split())[:160])
                           ) from None
    except RecursionError:
        raise ContentError(Problem(name, 0, 0, "invalid YAML: nested too deeply")) from None
