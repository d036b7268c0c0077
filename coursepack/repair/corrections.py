"""Editorial corrections (``corrections.yaml``): the decisions an editor
makes that no general rule can, applied after the automatic repairs.

Each entry names exact text in the *repaired* text (``find``), its
replacement, a ``category`` and a ``mode``: ``noted`` corrections are listed
one by one in the editorial note, ``silent`` ones are only in the record.
``where`` (a block id such as ``s2-p3``, a section id ``s2``, ``note-12`` or
a note number) narrows the search.  Every occurrence in scope is replaced;
a space in ``find`` matches any run of spaces (plain, non-breaking, thin).
An entry whose text is not found is reported with its position in the
file, never ignored.  ``notes`` holds editorial reconstructions of lost
footnotes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import Problems
from ..schema import Field, ListOf, Schema, validate
from ..yamlio import load_yaml, loads_yaml

CATEGORIES = ("typo", "real-word", "spelling", "spacing", "punctuation", "grammar",
              "capitalisation", "name", "fact", "extraction")
MODES = ("silent", "noted")

CORRECTION = Schema("correction", [
    Field("find", str, "the text to correct, as it stands after the automatic repairs (a space matches any run of spaces).", required=True),
    Field("replace", str, "what to put instead (may be empty, to delete).", required=True),
    Field("category", str, "kind of slip.", required=True, choices=CATEGORIES),
    Field("mode", str, "noted: listed in the editorial note; silent: only recorded.", default="noted", choices=MODES),
    Field("why", str, "the reason, for the record.", required=True),
    Field("where", (str, int), "block id (s2-p3), section id (s2), note-12 or a note number, title, abstract-N: limits the search."),
])

NOTE = Schema("note", [
    Field("number", int, "the footnote number whose text is lost.", required=True),
    Field("reconstruction", str, "the editor's reconstruction, printed in brackets.", required=True),
    Field("why", str, "the evidence for the reconstruction."),
])

CORRECTIONS_FILE = Schema("corrections.yaml", [
    Field("corrections", ListOf(CORRECTION), "editorial corrections of the repaired text.", default=list),
    Field("notes", ListOf(NOTE), "reconstructions of lost footnotes.", default=list),
], doc="Editorial corrections and reconstructions for one reading.")


@dataclass
class Correction:
    find: str
    replace: str
    category: str
    mode: str
    why: str
    where: str = ""
    path: str = ""
    line: int = 0
    column: int = 0


@dataclass
class NoteReconstruction:
    number: int
    reconstruction: str
    why: str = ""
    path: str = ""
    line: int = 0
    column: int = 0


def parse_corrections(data, path: str = "corrections.yaml") -> list:
    """Validate loaded YAML; returns Correction and NoteReconstruction items.

    >>> from coursepack.yamlio import loads_yaml
    >>> items = parse_corrections(loads_yaml("corrections:\\n  - find: teh\\n    replace: the\\n    category: typo\\n    why: slip\\n"))
    >>> items[0].find, items[0].mode, items[0].line
    ('teh', 'noted', 2)
    """
    if data is None:
        return []
    problems = Problems()
    validate(data, CORRECTIONS_FILE, path, problems)
    problems.raise_if_errors()
    out: list = []
    for i, c in enumerate(data.get("corrections") or []):
        line, col = data["corrections"].at(i) if hasattr(data["corrections"], "at") else (0, 0)
        if not c["find"]:
            problems.add(path, line, col, "corrections: 'find' must not be empty")
            continue
        out.append(Correction(str(c["find"]), str(c["replace"]), c["category"], c.get("mode") or "noted",
                              c["why"], str(c.get("where") or ""), path, line, col))
    for i, n in enumerate(data.get("notes") or []):
        line, col = data["notes"].at(i) if hasattr(data["notes"], "at") else (0, 0)
        out.append(NoteReconstruction(n["number"], n["reconstruction"], n.get("why") or "", path, line, col))
    problems.raise_if_errors()
    return out


def load_corrections(path) -> list:
    """Load and validate a corrections file; a missing file gives ``[]``.
    Problems raise :class:`~coursepack.errors.ContentError` with positions."""
    p = Path(path)
    if not p.exists():
        return []
    return parse_corrections(load_yaml(p, str(path)), str(path))


def loads_corrections(text: str, path: str = "corrections.yaml") -> list:
    """Like :func:`load_corrections`, from a string."""
    return parse_corrections(loads_yaml(text, path), path)


def in_scope(where: str, block_id: str) -> bool:
    """Whether a block is inside a correction's scope.

    >>> in_scope("", "s1-p2"), in_scope("s1", "s1-p2"), in_scope("s1", "s11-p2"), in_scope("12", "note-12")
    (True, True, False, True)
    """
    if not where:
        return True
    w = str(where)
    if w.isdigit():
        w = f"note-{w}"
    return block_id == w or block_id.startswith(w + "-")
