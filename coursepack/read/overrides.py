"""``structure.yaml``: the editor's overrides of the structure a reader found.

Every structural decision of a reader can be overridden here, without
touching the source; the overrides are applied to the structure before
repair.  Block ids are those ``python build.py review --layout SLUG`` draws
(``p3-b12``: page 3, block 12)::

    overrides:
      - {block: p3-b12, role: heading, level: 2}     # this block is a level-2 heading
      - {block: p7-b4, role: note, number: 7}         # these lines are note 7
      - {join: [p4-b2, p4-b3]}                        # one paragraph, not two
      - {region: {page: 5, bbox: [72, 400, 523, 620]}, role: figure}

A region takes the lines whose middle lies inside the box (PDF points from
the page's top left) out of their blocks into a new block of the role
given; a figure or table region may hold no text at all.  An id that
matches nothing is an error naming its line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import copy

from ..errors import ContentError, Problem, Problems
from ..schema import Field, ListOf, Schema, validate
from ..yamlio import NodeList, load_yaml
from .structure import ROLES, ArticleStructure, Block, Line

REGION = Schema("region", [
    Field("page", int, "the page, counted from 1 in the PDF", required=True),
    Field("bbox", ListOf(float), "[x0, top, x1, bottom] in PDF points from the page's top left",
          required=True),
])

OVERRIDE = Schema("override", [
    Field("block", str, "the id of a block (as `review --layout` shows it) whose role, level "
          "or number changes"),
    Field("join", ListOf(str), "ids of blocks that are one block (the first keeps its role)"),
    Field("region", REGION, "a box on a page: its lines become one block of `role`"),
    Field("role", str, "the role: " + ", ".join(ROLES), choices=ROLES),
    Field("level", int, "a heading's level (1 = top)"),
    Field("number", int, "a note's number"),
])

STRUCTURE_SCHEMA = Schema("structure.yaml", [
    Field("overrides", ListOf(OVERRIDE), "overrides of the structure read from the source, "
          "applied before repair"),
], doc="Overrides of the article structure (see `python build.py review --layout SLUG` for "
       "the block ids).")


@dataclass
class Override:
    """One entry of ``structure.yaml`` with its position."""

    path: str
    line: int
    column: int
    block: str = ""
    join: list[str] = field(default_factory=list)
    region: dict | None = None
    role: str = ""
    level: int | None = None
    number: int | None = None
    at: dict = field(default_factory=dict)     # key -> (line, column)

    def problem(self, message: str, key: str | None = None) -> Problem:
        line, col = self.at.get(key, (self.line, self.column)) if key else (self.line, self.column)
        return Problem(self.path, line, col, message)


def load_overrides(path, display: str | None = None) -> list[Override]:
    """Read and validate ``structure.yaml``; every problem is raised together
    as ``file:line:column``.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "structure.yaml"
    >>> _ = p.write_text("overrides:\\n  - {block: p3-b2, role: heding}\\n")
    >>> try: load_overrides(p, "structure.yaml")
    ... except ContentError as e: print(str(e)[:60], "…", str(e)[-25:])
    structure.yaml:2:20: overrides[1].role: 'heding' is not one  … (did you mean 'heading'?)
    >>> _ = p.write_text("overrides:\\n  - {block: p3-b2, role: heading}\\n  - {join: [a]}\\n")
    >>> try: load_overrides(p, "structure.yaml")
    ... except ContentError as e: print(e)
    structure.yaml:3:5: a join needs two block ids or more
    """
    display = display or str(path)
    data = load_yaml(path, display)
    problems = Problems()
    if data is None:
        return []
    if isinstance(data, list):          # a bare list of overrides is accepted too
        entries = data
        for i, e in enumerate(entries):
            validate(e, OVERRIDE, display, problems, prefix=f"[{i + 1}]")
    else:
        validate(data, STRUCTURE_SCHEMA, display, problems)
        entries = data.get("overrides") or [] if isinstance(data, dict) else []
    problems.raise_if_errors()
    out: list[Override] = []
    for i, e in enumerate(entries):
        line, col = entries.at(i) if isinstance(entries, NodeList) else (0, 0)
        at = {k: e.at(k) for k in e} if hasattr(e, "at") else {}
        o = Override(display, line, col, block=str(e.get("block") or ""),
                     join=[str(x) for x in e.get("join") or []],
                     region=dict(e["region"]) if e.get("region") is not None else None,
                     role=str(e.get("role") or ""), level=e.get("level"),
                     number=e.get("number"), at=at)
        kinds = [k for k in ("block", "join", "region") if e.get(k) is not None]
        if len(kinds) != 1:
            problems.items.append(o.problem("each override names one of block, join or region"
                                            + (f" (this one: {', '.join(kinds)})" if kinds else "")))
        elif o.join and len(o.join) < 2:
            problems.items.append(o.problem("a join needs two block ids or more"))
        elif o.region is not None:
            box = o.region.get("bbox") or []
            if not o.role:
                problems.items.append(o.problem("a region needs a role, e.g. role: figure"))
            if len(box) != 4 or not (box[0] < box[2] and box[1] < box[3]):
                problems.items.append(o.problem("region.bbox is [x0, top, x1, bottom] with x0 < x1 "
                                                "and top < bottom", "region"))
        elif o.block and not (o.role or o.level is not None or o.number is not None):
            problems.items.append(o.problem("say what changes: role, level or number", "block"))
        out.append(o)
    problems.raise_if_errors()
    return out


def apply_overrides(structure: ArticleStructure, overrides: list[Override]) -> ArticleStructure:
    """The structure with the overrides applied, in order (a new object;
    the blocks changed are copies).  An id that matches no block is an error.

    >>> from coursepack.read.structure import Line
    >>> s = ArticleStructure("a.pdf", [Block("paragraph", [Line(1, 0, 0, 9, 9, "Intro")], id="p1-b1"),
    ...     Block("paragraph", [Line(1, 0, 20, 9, 29, "one")], id="p1-b2"),
    ...     Block("paragraph", [Line(1, 0, 40, 9, 49, "two")], id="p1-b3")])
    >>> t = apply_overrides(s, [Override("s.yaml", 2, 5, block="p1-b1", role="heading", level=1),
    ...                         Override("s.yaml", 3, 5, join=["p1-b2", "p1-b3"])])
    >>> [(b.role, b.text) for b in t.blocks]
    [('heading', 'Intro'), ('paragraph', 'one\\ntwo')]
    """
    blocks = [copy.copy(b) for b in structure.blocks]
    for b in blocks:
        b.lines = list(b.lines)
    problems: list[Problem] = []
    regions = 0
    for o in overrides:
        why = f"{o.path}:{o.line}"
        by_id = {b.id: b for b in blocks}
        if o.block:
            b = by_id.get(o.block)
            if b is None:
                problems.append(o.problem(f"no block '{o.block}' in {structure.source or 'the source'} "
                                          "(`python build.py review --layout SLUG` shows the ids)",
                                          "block"))
                continue
            if o.role:
                b.role = o.role
            if o.level is not None:
                b.level = o.level
            if o.number is not None:
                b.number = o.number
            b.why = f"set by {why}"
        elif o.join:
            missing = [x for x in o.join if x not in by_id]
            if missing:
                problems.append(o.problem(f"no block {', '.join(repr(x) for x in missing)} in "
                                          f"{structure.source or 'the source'}", "join"))
                continue
            first = by_id[o.join[0]]
            for x in o.join[1:]:
                first.lines += by_id[x].lines
                blocks.remove(by_id[x])
            first.why = f"joined by {why}"
        elif o.region is not None:
            page = int(o.region["page"])
            x0, top, x1, bottom = (float(v) for v in o.region["bbox"])
            inside = lambda ln: (ln.page == page and x0 <= (ln.x0 + ln.x1) / 2 <= x1  # noqa: E731
                                 and top <= (ln.top + ln.bottom) / 2 <= bottom)
            taken, at = [], None
            for k, b in enumerate(blocks):
                hit = [ln for ln in b.lines if inside(ln)]
                if hit:
                    at = k if at is None else at
                    taken += hit
                    b.lines = [ln for ln in b.lines if not inside(ln)]
            regions += 1
            new = Block(o.role, taken, level=o.level or 0, number=o.number,
                        why=f"region of {why}", id=f"region-{regions}")
            if not taken:
                if o.role not in ("figure", "table"):
                    problems.append(o.problem(f"no text in the region on page {page}: check the "
                                              "page and the box", "region"))
                    continue
                new.lines = [Line(page, x0, top, x1, bottom, "")]
                at = next((k for k, b in enumerate(blocks) if b.page > page
                           or (b.page == page and b.bbox[1] > top)), len(blocks))
            blocks.insert(at, new)
            blocks = [b for b in blocks if b.lines]
    if problems:
        raise ContentError(problems)
    return ArticleStructure(structure.source, blocks=blocks, meta=dict(structure.meta),
                            pages=list(structure.pages), doubts=list(structure.doubts))
