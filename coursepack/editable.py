"""Editable list files (``questions.yaml``, ``timeline.yaml``, glossary drafts):
the machinery they share.

A generated list is written once and then owned by the instructor.  Each
generated entry carries a :func:`fingerprint` of its generated fields; an
entry whose fields no longer match it counts as edited and is never
overwritten.  :func:`merge` folds freshly generated entries into the
instructor's list (edits, drops, pins and custom entries stay where they are);
:func:`custom_id` gives an instructor's entry without an id a stable one;
:func:`load_entries` validates a file and reports ``file:line:col`` problems.

Writing: :func:`scalar` is the one YAML scalar writer (plain when that reads
back as itself, else quoted); :func:`emit_scalar` writes ``key: value``
lines with long text folded; :func:`emit_entries` writes the whole file.
"""

from __future__ import annotations

import hashlib
import re
import textwrap
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml
from rapidfuzz import fuzz

from . import model
from .errors import ContentError, Problem, Problems
from .schema import Schema, validate
from .textutil import normalize_space, split_sentences
from .yamlio import load_yaml, yaml_quoted

NEAR_DUPLICATE = 88   # rapidfuzz ratio at or above which two texts are near-duplicates


def short_hash(*parts: str, n: int = 6) -> str:
    """The first ``n`` hex digits of the SHA-1 of ``parts`` (joined by a unit separator).

    >>> short_hash("a", "b"), short_hash("a", "b", n=3)
    ('687d61', '687')
    """
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def dup_key(text: str) -> str:
    """Text reduced for near-duplicate comparison: lower case, no punctuation.

    >>> dup_key("Why, then?")
    'why then'
    """
    return re.sub(r"[^\w ]", "", text.lower())


def fingerprint(entry: dict, fields: Iterable[str] = ("text", "answer", "level", "sections",
                                                         "evidence")) -> str:
    """Fingerprint of the generated content of an entry (what an edit would change).

    >>> fingerprint({"text": "Why?", "answer": ""}) == fingerprint({"text": "Why? ", "answer": ""})
    True
    """
    parts = []
    for f in fields:
        v = entry.get(f)
        if isinstance(v, list):
            v = "|".join(str(x) for x in v)
        parts.append(normalize_space(str(v if v is not None else "")))
    return short_hash(*parts, n=12)


# ---------------------------------------------------------------- writing


def _plain(v: Any) -> Any:
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    return v


def _dump(v: Any) -> str:
    """PyYAML's one-line flow form of ``v``."""
    s = yaml.safe_dump(v, default_flow_style=True, allow_unicode=True, width=10**9)
    s = s.rstrip("\n")
    if s.endswith("\n..."):
        s = s[:-4]
    return s


def scalar(v: str, in_flow: bool = True) -> str:
    """A string as a one-line YAML scalar that reads back as itself after
    ``key:`` and, with ``in_flow``, also inside ``[...]``: PyYAML's form
    (plain, or single-quoted) when that is safe, else double-quoted with escapes.

    >>> scalar("Lübeck"), scalar("0]"), scalar("yes"), scalar("a: b")
    ('Lübeck', '"0]"', "'yes'", "'a: b'")
    >>> scalar("Why, then?"), scalar("Why, then?", in_flow=False)
    ('"Why, then?"', 'Why, then?')
    """
    try:
        text = _dump(v).strip().removesuffix("...").strip()
        if "\n" not in text and yaml.safe_load(f"k: {text}") == {"k": v} and \
                (not in_flow or yaml.safe_load(f"[{text}]") == [v]):
            return text
    except yaml.YAMLError:
        pass
    return yaml_quoted(v)


def emit_scalar(key: str, value: Any, indent: str) -> list[str]:
    """YAML lines for ``key: value``: long text folded at 76 columns, lists in flow style;
    falls back to :func:`scalar` (one line) whenever the folded form would not read back
    identically, and to PyYAML's quoted form for text with line breaks.

    >>> emit_scalar("text", "Why?", "  ")
    ['  text: Why?']
    >>> emit_scalar("evidence", ["p1", "p2"], "  ")
    ['  evidence: [p1, p2]']
    >>> emit_scalar("text", "yes", ""), emit_scalar("text", "Why, then?", "")
    (["text: 'yes'"], ['text: Why, then?'])
    """
    if isinstance(value, str) and (len(value) > 60 or "\n" in value):
        if "\n" not in value and value == value.strip() and "  " not in value:
            lines = textwrap.wrap(value, 76 - len(indent) - 2, break_long_words=False,
                                  break_on_hyphens=False)
            out = [f"{indent}{key}: >-"] + [f"{indent}  {ln}" for ln in lines]
            try:
                back = yaml.safe_load("\n".join(x[len(indent):] for x in out))
            except yaml.YAMLError:
                back = None
            if back == {key: value}:
                return out
    if isinstance(value, str) and "\n" not in value:
        return [f"{indent}{key}: {scalar(value, in_flow=False)}"]
    return [f"{indent}{key}: {_dump(value)}"]


def emit_entries(header: str, top: str, entries: list[dict], order: list[str],
                 notes: dict[str, str] | None = None) -> str:
    """The whole file: header comment, then ``top:`` and one block per entry."""
    lines = [("# " + ln).rstrip() for ln in header.strip("\n").split("\n")]
    lines += ["", f"{top}:"]
    for e in entries:
        lines.append("")
        note = (notes or {}).get(e.get("id", ""), "")
        if note:
            lines.append(f"# {note}")
        first = True
        for k in order + [k for k in e if k not in order]:
            if k not in e or e[k] is None:
                continue
            ind = "- " if first else "  "
            sub = emit_scalar(k, _plain(e[k]), "")
            lines.append(ind + sub[0])
            lines.extend("  " + x for x in sub[1:])
            first = False
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- reading


def load_entries(path: Path, schema: Schema, top: str, item: str,
                 extra_check: Callable[[dict, Problems, str], None] | None = None) -> list[dict]:
    """Validated entries (plain dicts with defaults) of an editable list file;
    each entry's ``_pos`` is where it stands in the file."""
    path = Path(path)
    data = load_yaml(path)
    name = str(path)
    problems = Problems()
    if data is None:
        return []
    validate(data, schema, name, problems)
    problems.raise_if_errors()
    raw = data.get(top) or []
    entry_schema = schema.by_name()[top].type.item
    out: list[dict] = []
    ids: dict[str, tuple[int, int]] = {}
    for i, node in enumerate(raw):
        e = {f.name: node.get(f.name) for f in entry_schema.fields}
        for f in entry_schema.fields:
            if e[f.name] is None and f.default is not None:
                e[f.name] = f.default() if callable(f.default) else f.default
        e = {k: (str(v) if k in ("id", "text", "answer", "label", "date", "fingerprint")
                 and v is not None and not isinstance(v, str) else v) for k, v in e.items()}
        if isinstance(e.get("text"), str) and not e["text"].strip():
            problems.add(name, *node.at("text"), f"{item} {i + 1}: empty text")
        if extra_check:
            extra_check(e, problems, name)
        if e.get("id"):
            if e["id"] in ids:
                line, col = ids[e["id"]]
                problems.add(name, *node.at("id"),
                             f"duplicate id '{e['id']}' (first used at line {line})")
            ids[e["id"]] = node.at("id")
        e["_pos"] = node.where
        out.append(e)
    problems.raise_if_errors()
    return out


def custom_id(prefix: str, text: str, taken: set[str]) -> str:
    """A stable id for an instructor's entry written without one.

    >>> custom_id("custom", "Why?", set()) == custom_id("custom", " Why? ", set())
    True
    """
    base = f"{prefix}-{short_hash(normalize_space(text))}"
    qid, n = base, 2
    while qid in taken:
        qid, n = f"{base}-{n}", n + 1
    return qid


def status(e: dict, fp_fields) -> str:
    """'custom', 'edited', 'generated' (untouched)."""
    if e.get("origin") == "custom":
        return "custom"
    fp = e.get("fingerprint")
    if e.get("origin") == "edited" or not fp or fp != fingerprint(e, fp_fields):
        return "edited"
    return "generated"


# ---------------------------------------------------------------- merging


def superseded(g: dict, touched: list[dict]) -> bool:
    """A newly generated entry that an instructor has already dealt with under an
    older id: same generated content (fingerprint), or same rule and nearly the same
    text as an entry that was dropped or pinned (their text is the generated one)."""
    rule = g["id"].rsplit("-", 1)[0]
    for e in touched:
        if e.get("fingerprint") and e["fingerprint"] == g.get("fingerprint"):
            return True
        if str(e.get("id", "")).rsplit("-", 1)[0] == rule and \
                fuzz.ratio(dup_key(str(e.get("text", ""))), dup_key(g["text"])) >= NEAR_DUPLICATE:
            return True
    return False


def _insert_at(out: list[dict], gen_ids: list[str], i: int) -> int:
    """Where the ``i``-th generated entry goes: after the nearest preceding
    generated entry already in the list, else before the next one, else last."""
    for prev in reversed(gen_ids[:i]):
        j = next((k for k, e in enumerate(out) if e.get("id") == prev), None)
        if j is not None:
            return j + 1
    nxt = next((k for k, e in enumerate(out) if e.get("id") in gen_ids[i + 1:]), None)
    return nxt if nxt is not None else len(out)


def merge(existing: list[dict], generated: list[dict], fp_fields, prefix: str) -> tuple[list[dict], dict]:
    """Merge freshly generated entries into the instructor's list.

    Keeps every existing entry that was touched (edited, custom, pinned,
    dropped, handout) where it is; refreshes untouched generated entries in
    place; adds new generated entries after their predecessor in generation
    order; removes untouched generated entries that are no longer generated.
    """
    counts = {"kept": 0, "added": 0, "refreshed": 0, "removed": 0, "edited": 0,
              "custom": 0, "dropped": 0, "total": 0}
    gen_by_id = {g["id"]: g for g in generated}
    out: list[dict] = []
    taken = {e["id"] for e in existing if e.get("id")}
    for e in existing:
        e = {k: v for k, v in e.items() if k != "_pos"}
        st = status(e, fp_fields)
        touched = st != "generated" or e.get("pinned") or e.get("dropped") or e.get("handout")
        if st == "custom":
            if not e.get("id"):
                e["id"] = custom_id(prefix, e.get("text", ""), taken)
                taken.add(e["id"])
            counts["custom"] += 1
        elif st == "edited":
            e["origin"] = "edited"
            counts["edited"] += 1
        if e.get("dropped"):
            counts["dropped"] += 1
        g = gen_by_id.get(e.get("id"))
        if st == "generated" and not touched:
            if g is None:
                counts["removed"] += 1
                continue
            if fingerprint(g, fp_fields) != e.get("fingerprint"):
                e.update({k: v for k, v in g.items()})
                counts["refreshed"] += 1
            else:
                counts["kept"] += 1
        else:
            counts["kept"] += 1
        out.append(e)
    have = {e["id"] for e in out}
    gen_ids = [g["id"] for g in generated]
    touched = [e for e in out if e.get("origin") != "custom" and
               (status(e, fp_fields) == "edited" or e.get("dropped") or e.get("pinned"))]
    for i, g in enumerate(generated):
        if g["id"] in have:
            continue
        if superseded(g, touched):
            counts["skipped"] = counts.get("skipped", 0) + 1
            continue
        out.insert(_insert_at(out, gen_ids, i), dict(g))
        have.add(g["id"])
        counts["added"] += 1
    counts["total"] = len(out)
    return out, counts


# ---------------------------------------------------------------- anchors

#: the words every warning about an anchor that is gone carries (the build picks
#: these warnings out to print them: :func:`anchor_warnings`)
GONE = "no longer in the reading"

#: quotation marks, straight and typographic: left out when passages are compared
_QUOTE_MARKS = re.compile(r"[\"'“”„‟«»‹›‘’‚‛`´]")
_DASHES = re.compile(r"[‐‑‒–—―−]")
#: a passage between quotation marks (English, German, French, German guillemets)
_QUOTED = re.compile(r"“([^”“]+)”|„([^“”]+)[“”]|«\s?([^»]+?)\s?»|»([^«]+)«")


def compared(text: str) -> str:
    """``text`` as passages are compared: lower case, no quotation marks, no soft
    hyphens, one kind of dash, single spaces.

    >>> compared("„Die  »selektive« Assoziation“ — so\\xadzial")
    'die selektive assoziation - sozial'
    """
    text = _DASHES.sub("-", text.replace("\xad", ""))
    return normalize_space(_QUOTE_MARKS.sub("", text)).casefold()


def quoted_passages(text: str, least: int = 3) -> list[str]:
    """The passages ``text`` quotes (between quotation marks) of ``least`` words or
    more, cut at an ellipsis or an editor's brackets ("[…]", "[sic]"), each as
    :func:`compared` gives it, without the end's punctuation.

    >>> quoted_passages("The article: “Both sides […] have lost the trust of voters.” Why “this”?")
    ['have lost the trust of voters']
    >>> quoted_passages("Der Beitrag: „Hier werden jene »Phänomene« sichtbar.“", least=2)
    ['hier werden jene phänomene sichtbar']
    """
    out = []
    for m in _QUOTED.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        for part in re.split(r"\[[^\]]*\]|…|\.\.\.", inner):
            part = compared(part).strip(" .,;:!?-()")
            if len(part.split()) >= least:
                out.append(part)
    return out


class AnchorTexts:
    """What an anchor may name, with the text found there (:func:`compared`): every
    paragraph of the body with the text of the notes it calls, and every abstract
    ("abstract-1").  A mapping of ids to texts, each text made when first asked for
    (a build asks for the few its questions point at)."""

    def __init__(self, reading) -> None:
        self.reading = reading
        self.nodes = {b.id: b.inlines for _, b in reading.blocks()}
        self.nodes.update((f"abstract-{i}", a.inlines) for i, a in enumerate(reading.abstracts, 1))
        self.texts: dict[str, str] = {}
        self.counts: dict[str, int] = {}

    def __contains__(self, bid) -> bool:
        return bid in self.nodes

    def __iter__(self):
        return iter(self.nodes)

    def get(self, bid: str, default: str = "") -> str:
        if bid not in self.nodes:
            return default
        if bid not in self.texts:
            parts = [model.plain_text(self.nodes[bid])]
            for n in _note_numbers(self.nodes[bid]):
                note = self.reading.note(n)
                if note is not None:
                    parts.append(model.plain_text(note.inlines))
            self.texts[bid] = compared(" ".join(parts))
        return self.texts[bid]

    def __getitem__(self, bid: str) -> str:
        if bid not in self.nodes:
            raise KeyError(bid)
        return self.get(bid)

    def all(self) -> dict[str, str]:
        """Every id with its text, in reading order."""
        return {bid: self.get(bid) for bid in self.nodes}

    def sentences(self, bid: str) -> int:
        """How many sentences the paragraph ``bid`` has (as a question's "s3-p4~2"
        counts them: :func:`coursepack.questionset.marked_inlines`)."""
        if bid not in self.counts:
            self.counts[bid] = len(split_sentences(normalize_space(
                model.plain_text(self.nodes.get(bid, [])))))
        return self.counts[bid]


_LAST: list = []      # the AnchorTexts made last (one build asks for one reading's three times)


def anchor_texts(reading) -> AnchorTexts:
    """The :class:`AnchorTexts` of ``reading``: the one made last when it is of this
    reading, with the same paragraphs (the glossary's drafts, the questions and the
    timeline of a reading are fitted one after the other), else a new one."""
    ids = [b.id for _, b in reading.blocks()]
    if _LAST and _LAST[0].reading is reading and _LAST[1] == ids:
        return _LAST[0]
    _LAST[:] = [AnchorTexts(reading), ids]
    return _LAST[0]


def block_texts(reading) -> dict[str, str]:
    """Every id an anchor may name with its text (:class:`AnchorTexts`, all made)."""
    return AnchorTexts(reading).all()


def _note_numbers(nodes) -> list[int]:
    out = []
    for n in nodes:
        if getattr(n, "type", "") == "noteref":
            out.append(n.number)
        out.extend(_note_numbers(getattr(n, "children", None) or []))
    return out


def block_of_ref(ref: str) -> str:
    """The paragraph an anchor names ("s3-p4~2": s3-p4).

    >>> block_of_ref("s3-p4~2"), block_of_ref("abstract-1")
    ('s3-p4', 'abstract-1')
    """
    return ref.split("~", 1)[0]


def gone_refs(entry: dict, blocks, sections) -> list[tuple[str, str]]:
    """``(key, value)`` of each anchor of ``entry`` (its ``evidence`` and ``sections``)
    that names no paragraph or section of the reading, or a sentence its paragraph
    does not have ("s3-p4~7" of a paragraph of five sentences; with
    :class:`AnchorTexts`)."""
    out = []
    for ref in entry.get("evidence") or []:
        bid, _, n = str(ref).partition("~")
        if bid not in blocks or n.isdigit() and hasattr(blocks, "sentences") and (
                int(n) < 1 or int(n) > blocks.sentences(bid)):
            out.append(("evidence", str(ref)))      # (or a sentence its paragraph lacks)
    for sec in entry.get("sections") or []:
        if str(sec) not in sections:
            out.append(("sections", str(sec)))
    return out


def where_quoted(passages: list[str], blocks: dict[str, str]) -> list[str]:
    """The paragraphs (ids, in reading order) that hold one of ``passages``."""
    return [bid for bid, text in blocks.items() if any(p in text for p in passages)]


def entries_by_id(path: Path, schema: Schema, top: str, item: str) -> dict[str, dict]:
    """The entries of a list file that have an id, by id; none when the file is
    wrong (its loader reports that, with every other problem of the reading)."""
    try:
        return {str(e["id"]): e for e in load_entries(Path(path), schema, top, item) if e.get("id")}
    except ContentError:
        return {}


def entry_nodes(path: Path, top: str, prefix: str = "", derive=None) -> dict:
    """The position-carrying YAML nodes of a list file's entries, by id; an entry
    written without one under the id :func:`custom_id` gives it (``prefix``, and
    ``derive(node)`` the text it is made from), as the file's loader does.  (The
    file was validated already: nothing is raised.)"""
    try:
        data = load_yaml(path)
    except (ContentError, OSError):
        return {}
    entries = data.get(top) if isinstance(data, dict) else None
    entries = [n for n in entries or [] if isinstance(n, dict)]
    taken = {str(n["id"]) for n in entries if n.get("id") is not None}
    out: dict = {}
    for node in entries:
        eid = node.get("id")
        if eid is None and derive is not None:
            eid = custom_id(prefix, derive(node), taken)
            taken.add(eid)
        if eid is not None:
            out.setdefault(str(eid), node)
    return out


def position(node, key: str, value: str | None = None) -> tuple[int, int]:
    """Line and column of ``value`` in the list ``key`` of ``node`` (of the key
    when the value is not found; 0, 0 without a node)."""
    if node is None:
        return (0, 0)
    seq = node.get(key) if hasattr(node, "get") else None
    if value is not None and hasattr(seq, "at"):
        for j, v in enumerate(seq):
            if str(v) == value:
                return seq.at(j)
    try:
        return node.at(key)
    except (KeyError, AttributeError):
        return getattr(node, "where", (0, 0))


#: the words of the warning about the instructor's entry whose quoted passage has
#: moved to other paragraphs (its anchors still name paragraphs of the reading)
MOVED = "no longer holds the passage"


def _named(values: list[str]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def gone_message(what: str, eid: str, state: str, key: str, values: list[str], slug: str,
                 now: list[str] = ()) -> str:
    """The warning for anchors of the instructor's entry that are gone: what is
    missing, that it is printed without it, and what to do.

    >>> print(gone_message("question", "q1", "edited", "evidence", ["s9-p9"], "harbour"))
    'q1' (edited): evidence 's9-p9' is no longer in the reading (its paragraphs are not those the question was written for); the question is printed without it: point `evidence` at the passage's id (listed in build/harbour/edition.json) or remove it
    >>> print(gone_message("question", "q1", "edited", "sections", ["s7", "s8"], "harbour"))
    'q1' (edited): sections 's7', 's8' are no longer in the reading (its sections are not those the question was written for); the question is printed without them: name the sections' ids (listed in build/harbour/edition.json) or remove them
    """
    many = len(values) > 1
    noun = {"sections": "section"}.get(key, key)
    thing = f"{noun}{'s' if many and key == 'sections' else ''} {_named(values)}"
    it = "them" if many else "it"
    if now:
        todo = f"the passage it quotes is now in {', '.join(now[:3])}: point `{key}` there"
    elif key == "sections":
        todo = (f"name the section{'s' if many else ''}' ids (listed in build/{slug}/edition.json)"
                f" or remove {it}").replace("section' ids", "section's id")
    else:
        todo = f"point `{key}` at the passage's id (listed in build/{slug}/edition.json) or remove {it}"
    return (f"'{eid}' ({state}): {thing} {'are' if many else 'is'} {GONE} (its "
            f"{'sections' if key == 'sections' else 'paragraphs'} are not those the {what} "
            f"was written for); the {what} is printed without {it}: {todo}")


def moved_message(what: str, eid: str, state: str, values: list[str], now: list[str]) -> str:
    """The warning for the instructor's entry whose anchors still name paragraphs of
    the reading, but not the ones holding the passage it quotes any more.

    >>> print(moved_message("question", "q1", "edited", ["s5-p2~3"], ["s4-p2"]))
    'q1' (edited): evidence 's5-p2~3' no longer holds the passage it quotes (the reading's paragraphs are not those the question was written for): it is now in s4-p2; point `evidence` there
    """
    return (f"'{eid}' ({state}): evidence {_named(values)} {MOVED} it quotes (the reading's "
            f"paragraphs are not those the {what} was written for): it is now in "
            f"{', '.join(now[:3])}; point `evidence` there")


def anchor_problems(what: str, eid: str, state: str, gone: list[tuple[str, str]], node,
                    shown: str, slug: str, now: list[str] = ()) -> list:
    """The warnings (:class:`~coursepack.errors.Problem`) for the anchors ``gone`` of
    one entry of the instructor's: one for its paragraphs, one for its sections, each
    at the line and column of the first that is gone."""
    out = []
    for key in ("evidence", "sections"):
        values = [v for k, v in gone if k == key]
        if values:
            line, col = position(node, key, values[0])
            out.append(Problem(shown, line, col, gone_message(
                what, eid, state, key, values, slug, now if key == "evidence" else ()),
                "warning"))
    return out


def anchor_warnings(editions) -> list[str]:
    """The warnings of the readings' editions about anchors that are gone (see
    :func:`gone_message`), as the build prints them: ``file:line:col: message``."""
    out = []
    for e in editions:
        for p in e.problems or []:
            if p.severity != "error" and (GONE in p.message or MOVED in p.message):
                out.append(f"{p.path}:{p.line}:{p.column}: {p.message}" if p.line
                           else f"{p.path}: {p.message}")
    return out
