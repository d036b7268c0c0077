"""``bibliography.yaml``: the editor's decisions on the bibliography.

::

    # settle what `check` lists as suspect (key and field as it shows them)
    suspects:
      - key: mfa2021information
        field: urldate
        decision: set          # keep (leave as printed) | accept (take the suggestion) | set
        value: "2021-06-15"    # with 'set'
        why: checked against the ministry's page
    # fields to use instead of what the sources give, per entry key
    fields:
      baumov2020why:
        author: ["Baunov, A."]
        title: Why Russia is biding its time on Nagorno-Karabakh

Nothing found to be suspect is changed without an entry here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import model
from ..errors import Problems, suggest
from ..schema import Field, ListOf, Schema, valid_date, validate
from ..yamlio import load_yaml

FIELD_NAMES = ("title", "titleaddon", "journal", "organization", "institution", "series",
               "volume", "number", "pages", "publisher", "address", "howpublished", "date",
               "year", "urldate", "url", "note", "author", "editor", "type")

SUSPECT = Schema("suspect decision", [
    Field("key", str, "the entry's citation key, as `check` shows it", required=True),
    Field("field", str, "the BibTeX field the suspicion is about (as `check` shows it: "
          "url, urldate, date, organization, journal …)",
          required=True),
    Field("decision", str, "keep: leave as printed; accept: take the suggestion; "
          "set: use `value`", required=True, choices=("keep", "accept", "set")),
    Field("value", (str, list), "the value to use (with `decision: set`)"),
    Field("why", str, "the editor's reason, shown in the editorial note"),
])

BIBLIOGRAPHY = Schema("bibliography.yaml", [
    Field("suspects", ListOf(SUSPECT), "decisions on suspected errors"),
    Field("fields", dict, "per entry key, fields to use instead of the sources' "
          "(author/editor as lists of 'Last, First')"),
], doc="The editor's decisions on the bibliography of a reading.")


@dataclass
class Decisions:
    suspects: list[dict] = field(default_factory=list)
    fields: dict = field(default_factory=dict)
    path: str = ""

    def apply(self, data: dict, suspects: list[dict], changes: list[model.Change]
              ) -> list[dict]:
        """Apply to ``data`` (key → (type, fields, persons, work)); returns
        the suspects still open."""
        open_ = []
        decided = {(d["key"], d["field"]): d for d in self.suspects}
        for s in suspects:
            d = decided.get((s["key"], s["field"]))
            if d is None:
                open_.append(s)
                continue
            if d["decision"] == "keep" or s["key"] not in data:
                continue
            value = s.get("suggestion") if d["decision"] == "accept" else d.get("value")
            if value in (None, ""):
                open_.append(s)
                continue
            self._set(data, s["key"], s["field"], value, changes,
                      f"editor's decision ({d['decision']}): {d.get('why') or s['reason']}")
        for key, fs in self.fields.items():
            for fname, value in (fs or {}).items():
                self._set(data, key, fname, value, changes,
                          "editor's field in bibliography.yaml")
        return open_

    def _set(self, data, key, fname, value, changes, why) -> None:
        if key not in data:
            return
        etype, f, p, w = data[key]
        fname = {"container": "organization" if etype != "article" else "journal"}.get(fname, fname)
        if fname in ("author", "editor"):
            vals = value if isinstance(value, list) else [value]
            before = "; ".join(p.get(fname, []))
            p[fname] = [str(v) for v in vals]
            after = "; ".join(p[fname])
        elif fname == "type":
            before, after = etype, str(value)
            etype = str(value)
        else:
            before, after = f.get(fname, ""), str(value)
            f[fname] = after
            if fname == "date":
                f["year"] = after[:4]
        data[key] = (etype, f, p, w)
        changes.append(model.Change(kind="bibliography", rule="editor_decision",
                                    before=before, after=after, why=why, silent=False,
                                    category="editor"))


def load_decisions(path: Path, keys: set[str]) -> Decisions:
    """Read and check ``bibliography.yaml``; an absent file decides nothing."""
    path = Path(path)
    if not path.exists():
        return Decisions()
    node = load_yaml(path)
    if node is None:
        return Decisions(path=str(path))
    problems = Problems()
    validate(node, BIBLIOGRAPHY, str(path), problems)
    if not isinstance(node, dict):      # reported by validate: not a mapping
        problems.raise_if_errors()
    suspects = node.get("suspects") or []
    for i, d in enumerate(suspects if isinstance(suspects, list) else []):   # else reported
        if not isinstance(d, dict):
            continue
        if isinstance(d.get("key"), str) and re.fullmatch(r"note-\d+", d["key"]):
            if d.get("decision") not in (None, "keep"):
                problems.add(path, *d.at("decision"), f"'{d['key']}' is a stranded fragment, "
                             "not an entry: only 'decision: keep' (noted, nothing to change) "
                             "applies")
        elif isinstance(d.get("key"), str) and d["key"] and d["key"] not in keys:
            problems.add(path, *d.at("key"), f"unknown entry '{d['key']}'{suggest(d['key'], keys)}")
        if d.get("decision") == "set" and d.get("value") in (None, ""):
            problems.add(path, *d.where, "decision 'set' needs a 'value'")
        if d.get("field") in ("date", "urldate") and d.get("decision") == "set" \
                and isinstance(d.get("value"), str) and not valid_date(d["value"]):
            problems.add(path, *d.at("value"), f"'{d['value']}' is not a valid date "
                         "(write YYYY-MM-DD)")
    fs = node.get("fields") or {}
    if isinstance(fs, dict):
        for key, val in fs.items():
            pos = fs.at(key) if hasattr(fs, "at") else (0, 0)
            if key not in keys:
                problems.add(path, *pos, f"unknown entry '{key}'{suggest(key, keys)}")
            if not isinstance(val, dict):
                problems.add(path, *pos, f"fields.{key} must be a mapping of field: value")
                continue
            for fname in val:
                if fname not in FIELD_NAMES:
                    problems.add(path, *val.at(fname), f"unknown field '{fname}'"
                                 f"{suggest(fname, FIELD_NAMES)}; known: {', '.join(FIELD_NAMES)}")
    problems.raise_if_errors()
    return Decisions(suspects=list(node.get("suspects") or []), fields=dict(fs),
                     path=str(path))
