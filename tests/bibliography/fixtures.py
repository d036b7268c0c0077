"""Footnotes for tests, as the repair stage hands them over: text with
``<URL>`` written as ``Text("<"), Link(url, url), Text(">")``."""

from __future__ import annotations

import re
from pathlib import Path

from coursepack import model

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
SEED = ROOT / "content" / "readings" / "russia-armenia-azerbaijan"


def inlines(text: str) -> list[model.Inline]:
    out: list[model.Inline] = []
    pos = 0
    for m in re.finditer(r"<((?:https?|ftp)://[^<>\s]+)>", text):
        out.append(model.Text(text[pos:m.start()] + "<"))
        out.append(model.Link(m.group(1), m.group(1)))
        pos = m.end() - 1
    out.append(model.Text(text[pos:]))
    return [n for n in out if not (isinstance(n, model.Text) and not n.text)]


def notes(spec: dict[int, str], fragments: dict[int, list[str]] | None = None
          ) -> list[model.Footnote]:
    fragments = fragments or {}
    nums = sorted(set(spec) | set(fragments))
    return [model.Footnote(n, inlines(spec.get(n, "")),
                           status="complete" if spec.get(n) else "lost",
                           fragments=list(fragments.get(n, [])))
            for n in nums]


def seed_notes() -> list[model.Footnote]:
    """Hand-cleaned copies of the seed's notes (``seed_notes.tsv``)."""
    spec: dict[int, str] = {}
    frags: dict[int, list[str]] = {}
    for line in (HERE / "seed_notes.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        parts = line.split("\t")
        if parts[0] == "F":
            frags.setdefault(int(parts[1]), []).append(parts[2])
        elif parts[1] == "complete":
            spec[int(parts[0])] = parts[2]
    return notes(spec, frags)


def seed_refs() -> list[str]:
    from coursepack.read.landing import read_landing
    text = (SEED / "source" / "001_e5bb1b1c647f0706.txt").read_text(encoding="utf-8")
    return read_landing(text).references
