"""``coursepack schema``: print every content file's keys."""

from __future__ import annotations

from pathlib import Path

from .. import bibliography, glossary, questions, repair, timeline
from ..content import PACK, READING
from ..read import overrides
from ..schema import document


#: (module, name) of the schema of each content file of a reading, beside
#: pack.yaml and reading.yaml
SCHEMAS = ((overrides, "STRUCTURE_SCHEMA"), (glossary, "GLOSSARY_SCHEMA"),
           (questions, "QUESTIONS_SCHEMA"), (timeline, "TIMELINE_SCHEMA"),
           (repair, "CORRECTIONS_SCHEMA"), (bibliography, "DECISIONS_SCHEMA"))


def arguments(p) -> None:
    """No options of its own."""


def run(args, say, root: Path) -> int:
    docs = [("content/pack.yaml", PACK), ("content/readings/<slug>/reading.yaml", READING)]
    for m, name in SCHEMAS:
        if hasattr(m, name):
            docs.append((f"content/readings/<slug>/{getattr(m, name).name}", getattr(m, name)))
    for title, schema in docs:
        print(f"### `{title}`\n\n{schema.doc + chr(10) + chr(10) if schema.doc else ''}"
              f"{document(schema)}\n")
    return 0
