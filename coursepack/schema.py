"""One declared schema per content file, with a line of documentation per
option.  ``validate`` checks a loaded YAML node (see :mod:`yamlio`) and adds
every problem to a :class:`~coursepack.errors.Problems` collector, with the
file, line and column and what to do.  The README's content-file reference is
generated from these declarations (``python build.py schema``).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any, Callable

from .errors import Problems, suggest
from .yamlio import Node, NodeList


@dataclass
class Field:
    name: str
    type: Any            # str, int, bool, list, dict, "date", Schema, ListOf
    doc: str
    required: bool = False
    default: Any = None
    choices: tuple = ()
    check: Callable[[Any], str | None] | None = None   # returns a message or None


@dataclass
class Schema:
    name: str
    fields: list[Field]
    doc: str = ""
    open: bool = False     # allow unknown keys (not used for content files)

    def by_name(self) -> dict[str, Field]:
        return {f.name: f for f in self.fields}


@dataclass
class ListOf:
    item: Any            # a type or a Schema
    doc: str = ""


_TYPE_NAMES = {str: "text", int: "a whole number", bool: "true or false",
               list: "a list", dict: "a mapping", float: "a number"}

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def type_name(t) -> str:
    if isinstance(t, Schema):
        return f"a mapping ({t.name})"
    if isinstance(t, ListOf):
        return f"a list of {type_name(t.item)}"
    if t == "date":
        return "a date (YYYY, YYYY-MM or YYYY-MM-DD)"
    if isinstance(t, tuple):
        return " or ".join(type_name(x) for x in t)
    return _TYPE_NAMES.get(t, str(t))


def _pos(node, key=None):
    if isinstance(node, Node):
        return node.at(key) if key is not None else node.where
    if isinstance(node, NodeList):
        return node.at(key) if isinstance(key, int) else node.where
    return (0, 0)


def valid_date(value: Any) -> bool:
    """A partial ISO date that exists.

    >>> valid_date("2021-12-27"), valid_date("2021-02-30"), valid_date("2021")
    (True, False, True)
    """
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str) or not _DATE_RE.match(value):
        return False
    parts = [int(x) for x in value.split("-")]
    try:
        _dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def iso_date(year: int, month: int | None = None, day: int | None = None) -> str:
    """A partial ISO date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    >>> iso_date(2021, 5, 15), iso_date(2021, 3), iso_date(2019), iso_date(2019, None, 4)
    ('2021-05-15', '2021-03', '2019', '2019')
    """
    out = f"{year:04d}"
    if month:
        out += f"-{month:02d}"
        if day:
            out += f"-{day:02d}"
    return out


def _check_type(value, t, path, pos, problems: Problems, label: str) -> bool:
    if isinstance(t, tuple):
        for alt in t:
            sub = Problems()
            if _check_type(value, alt, path, pos, sub, label):
                return True
        problems.add(path, *pos, f"{label} must be {type_name(t)}")
        return False
    if isinstance(t, Schema):
        if not isinstance(value, dict):
            problems.add(path, *pos, f"{label} must be {type_name(t)}, not {_describe(value)}")
            return False
        validate(value, t, path, problems, prefix=label)
        return True
    if isinstance(t, ListOf):
        if not isinstance(value, list):
            problems.add(path, *pos, f"{label} must be {type_name(t)}, not {_describe(value)}")
            return False
        for i, item in enumerate(value):
            ipos = _pos(value, i) if isinstance(value, NodeList) else pos
            _check_type(item, t.item, path, ipos, problems, f"{label}[{i + 1}]")
        return True
    if t == "date":
        if not valid_date(value):
            problems.add(path, *pos, f"{label}: '{value}' is not a valid date "
                         "(write YYYY-MM-DD, YYYY-MM or YYYY)")
            return False
        return True
    if t is str:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return True   # numbers are fine where text is asked for (volume: 74)
        ok = isinstance(value, str)
    elif t is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif t is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    else:
        ok = isinstance(value, t)
    if not ok:
        problems.add(path, *pos, f"{label} must be {type_name(t)}, not {_describe(value)}")
    return ok


def _describe(value) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return f"'{_excerpt(str(value))}'"


def _excerpt(text: str, limit: int = 40) -> str:
    """A value as an error message may show it: its first line, at most
    ``limit`` characters, control characters shown as ``?`` (a message never
    echoes a file's content, nor moves a terminal's cursor).

    >>> _excerpt("-----BEGIN PRIVATE KEY----- MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")
    '-----BEGIN PRIVATE KEY----- MIIEvQIBADAN…'
    >>> _excerpt("red\\x1b[31m\\nnext")
    'red?[31m…'
    """
    first, *rest = text.split("\n", 1)
    shown = "".join(c if c.isprintable() else "?" for c in first[:limit])
    return shown + ("…" if rest or len(first) > limit else "")


def validate(node: Any, schema: Schema, path: str, problems: Problems,
             prefix: str = "") -> None:
    """Check ``node`` against ``schema``; problems go to ``problems``."""
    label = (prefix + ".") if prefix else ""
    if not isinstance(node, dict):
        problems.add(path, *_pos(node), f"{prefix or schema.name} must be a mapping "
                     f"({schema.name}), not {_describe(node)}")
        return
    fields = schema.by_name()
    for key in node:
        if key not in fields and not schema.open:
            problems.add(path, *_pos(node, key),
                         f"unknown key '{label}{key}'{suggest(key, fields)}; "
                         f"known keys: {', '.join(fields)}")
    for f in schema.fields:
        if f.name not in node or node[f.name] is None:
            if f.required:
                problems.add(path, *_pos(node), f"missing required key '{label}{f.name}' "
                             f"({f.doc})")
            continue
        value = node[f.name]
        pos = _pos(node, f.name)
        if not _check_type(value, f.type, path, pos, problems, f"{label}{f.name}"):
            continue
        if f.choices and value not in f.choices:
            problems.add(path, *pos, f"{label}{f.name}: '{value}' is not one of "
                         f"{', '.join(map(str, f.choices))}{suggest(str(value), map(str, f.choices))}")
        if f.check:
            msg = f.check(value)
            if msg:
                problems.add(path, *pos, f"{label}{f.name}: {msg}")


def apply_defaults(node: dict, schema: Schema) -> dict:
    """A plain dict with defaults filled in for missing keys."""
    out = dict(node or {})
    for f in schema.fields:
        if out.get(f.name) is None and f.default is not None:
            out[f.name] = f.default() if callable(f.default) else f.default
    return out


def document(schema: Schema, indent: int = 0) -> str:
    """Markdown documentation of a schema: one line per option."""
    pad = "  " * indent
    lines = []
    for f in schema.fields:
        req = " **(required)**" if f.required else ""
        default = f" Default: `{f.default}`." if f.default not in (None, "", [], {}) \
            and not callable(f.default) else ""
        choices = f" One of: {', '.join(f'`{c}`' for c in f.choices)}." if f.choices else ""
        lines.append(f"{pad}- `{f.name}` ({type_name(f.type)}){req}: {f.doc}{choices}{default}")
        sub = f.type.item if isinstance(f.type, ListOf) else f.type
        if isinstance(sub, Schema):
            lines.append(document(sub, indent + 1))
    return "\n".join(lines)
