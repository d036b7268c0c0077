"""The question set: what the build needs of the discussion questions
without generating any — their levels and tasks, ``questions.yaml``'s
schema and loading (:func:`load_questions`), the choice for the reader and
the handout (:func:`select_for_reader`, :func:`select_for_handout`), and the
sentence references that give each question its page (:func:`marked_inlines`,
:func:`sentence_refs`).

Generation, the review gates and the editable file's writing are
:mod:`coursepack.questions`' (which re-exports everything here); a build of
readings that have their ``questions.yaml`` imports only this module (the
generator's module-level patterns and word lists cost about 0.1 s).

**Selection rule.**  :func:`select_for_reader` takes pinned questions first,
then the instructor's own (custom and edited) ones, then fills up to ``hi``
questions greedily: at each step the candidate with the highest score wins,
where the score is the generating rule's priority plus a bonus for a level of
thinking and for a section not yet covered, minus a penalty for each question
already taken from the same rule (ties go to file order); a generated question
whose task (:data:`TASK_OF`) is asked already is not taken.
:func:`select_for_handout` takes the reader's questions whole when they fit in
``n``; else it does the same for ``n`` questions with ``handout: true`` questions
first, then pinned ones, then the same greedy balance, a question that leans on
another (:func:`antecedent`) only with it.  Both return the chosen questions in
file order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from rapidfuzz import fuzz

from . import model
from .editable import (NEAR_DUPLICATE, AnchorTexts, anchor_problems, anchor_texts, compared,
                       custom_id, dup_key, entry_nodes, gone_refs, load_entries, moved_message,
                       position, quoted_passages, status, where_quoted)
from .errors import Problem
from .schema import Field, ListOf, Schema
from .textutil import normalize_space, split_sentences

LEVELS = ("comprehension", "analysis", "evaluation", "application")
ORIGINS = ("generated", "edited", "custom")

# the task each generating rule serves: the handout asks each task at most once
TASK_OF = {
    "argument": "reconstruct", "hypothesis": "evidence", "evidence": "evidence",
    "sources": "sources", "positions": "compare", "contrast": "compare",
    "counter": "alternative", "forecast": "forecast", "concept": "concept", "apply": "apply",
    "finding": "evidence", "limitation": "limits",
    # two parts of the article set side by side (its sections, two concepts it defines in
    # sections of their own, gaps and proposals): a task apart from comparing two
    # people's positions (JUDGE12: a 20-page article printed two questions of three)
    "compare": "parts",
    "distinction": "distinguish",
}
# priority of each generating rule (higher = better question); used by selection
RULE_PRIORITY = {
    "argument": 10, "hypothesis": 9, "evidence": 9, "positions": 8, "contrast": 7,
    "counter": 8, "sources": 8, "forecast": 8, "concept": 7, "apply": 7, "custom": 8,
    "finding": 8, "limitation": 8, "compare": 7, "distinction": 7,
}


# ====================================================================== schema

QUESTION_ENTRY = Schema("question", [
    Field("id", str, "Stable identifier. Generated questions get one derived from the "
          "generating rule and the block holding their main evidence (not from their "
          "position); for your own questions choose one or leave it out."),
    Field("text", str, "The question as printed. Edit freely: an edited question is never "
          "overwritten.", required=True),
    Field("level", str, "Level of thinking.", default="analysis", choices=LEVELS),
    Field("sections", ListOf(str), "Ids of the sections the question is about.", default=list),
    Field("evidence", ListOf(str), "Ids of the blocks (paragraphs) holding the evidence, or of "
          "one sentence of a block (s2-p3~2: its second sentence); page numbers are filled in "
          "from them.", default=list),
    Field("answer", str, "Instructor notes: where the evidence is and what a good answer "
          "covers (printed only in the instructor version).", default=""),
    Field("origin", str, "Where the question comes from.", default="generated", choices=ORIGINS),
    Field("pinned", bool, "Always print this question in the reader.", default=False),
    Field("handout", bool, "Always print this question in the student handout.", default=False),
    Field("dropped", bool, "Never print this question (kept so that regeneration does not "
          "bring it back).", default=False),
    Field("fingerprint", str, "Fingerprint of the generated text, answer, level, sections "
          "and evidence; do not edit. A question that no longer matches it counts as edited."),
], doc="One discussion question.")

QUESTIONS_SCHEMA = Schema("questions.yaml", [
    Field("questions", ListOf(QUESTION_ENTRY), "The discussion questions, in printed order.",
          default=list),
], doc="Discussion questions for one reading (generated, then edited by the instructor).")


# ====================================================================== sentence references

#: a question's evidence names the sentences it quotes or paraphrases: "s3-p4~2" is the
#: second sentence of paragraph s3-p4 (a bare paragraph id stands for the whole
#: paragraph).  The reader marks each such sentence (:func:`marked_inlines`) so that
#: the question's page is the page where that sentence is printed.
SENTENCE_SEP = "~"


def block_of(ref: str) -> str:
    """The paragraph id of an evidence reference.

    >>> block_of("s3-p4~2"), block_of("s3-p4")
    ('s3-p4', 's3-p4')
    """
    return ref.split(SENTENCE_SEP, 1)[0]


def abstract_id(n: int) -> str:
    """The evidence id of the reading's ``n``-th abstract (from 1), printed at the
    article's head: "abstract-1"."""
    return f"abstract-{n}"


def evidence_ids(reading: model.Reading) -> set[str]:
    """What a question's evidence may name: the reading's paragraphs and abstracts."""
    return {b.id for _, b in reading.blocks()} | {
        abstract_id(i) for i, _ in enumerate(reading.abstracts, 1)}


def sentence_ref(block, text: str, block_id: str | None = None) -> str:
    """The evidence reference of the sentence ``text`` of ``block``
    ("<block>~<n>", n counted from 1), or the block's id when the sentence is
    not one of its sentences."""
    bid = block_id or block.id
    sents = split_sentences(normalize_space(model.plain_text(block.inlines)))
    want = normalize_space(text)
    for i, s in enumerate(sents, 1):
        if s == want:
            return f"{bid}{SENTENCE_SEP}{i}"
    return bid


#: the suffix of the mark where a marked sentence ends ("s3-p4~2~end"): the page a
#: sentence runs on to is cited with the page it starts on (JUDGE12: "the sentence runs
#: from p. 224 onto p. 225"; :func:`coursepack.render.pages` reads both)
SENTENCE_END = "~end"


@dataclass
class SentenceMark:
    """An empty inline node at the start of a sentence a question refers to
    (printed as an empty ``<span id>``, whose page the layout reports)."""

    anchor: str
    type: str = "mark"


def _sentence_starts(raw: str) -> list[int]:
    """Offsets in ``raw`` (a paragraph's plain text) where its sentences start."""
    norm = normalize_space(raw)
    out, pos = [], 0
    for s in split_sentences(norm):
        at = norm.find(s, pos)
        if at < 0:
            break
        out.append(at)
        pos = at + len(s)
    # the same count of non-space characters in the raw text
    starts, k, solid = [], 0, 0
    targets = [len(norm[:a].replace(" ", "")) for a in out]
    for i, ch in enumerate(raw):
        while k < len(targets) and solid == targets[k] and not ch.isspace():
            starts.append(i)
            k += 1
        if not ch.isspace():
            solid += 1
    return starts + [len(raw)] * (len(targets) - len(starts))


def marked_inlines(block, refs, block_id: str | None = None) -> list:
    """``block``'s inline nodes with a :class:`SentenceMark` at the start of each
    sentence named in ``refs`` (evidence references of this block; others are
    ignored) and one where it ends (its reference and :data:`SENTENCE_END`); the
    nodes themselves when none is named.

    >>> b = model.Block("p1", [model.Text("One. Two "), model.Emph([model.Text("words")]),
    ...                        model.Text(". Three.")])
    >>> [getattr(n, "anchor", getattr(n, "text", "")) for n in marked_inlines(b, ["p1~3", "p1~1"])]
    ['p1~1', 'One.', 'p1~1~end', ' Two ', '', '. ', 'p1~3', 'Three.', 'p1~3~end']
    """
    bid = block_id or block.id
    want = sorted({int(n) for r in refs if block_of(r) == bid and SENTENCE_SEP in r
                   and (n := r.split(SENTENCE_SEP, 1)[1]).isdigit()})
    if not want:
        return block.inlines
    plain = model.plain_text(block.inlines)
    starts = _sentence_starts(plain) + [len(plain)]     # (and where the last one ends)

    def end(n: int) -> int:
        # right after the sentence's last character, before the space that follows it
        # (a mark after that space holds the space at a line's end: the line reflows)
        e = starts[n]
        while e > starts[n - 1] and plain[e - 1].isspace():
            e -= 1
        return e
    at = sorted([(starts[n - 1], f"{bid}{SENTENCE_SEP}{n}") for n in want if n < len(starts)] +
                [(end(n), f"{bid}{SENTENCE_SEP}{n}{SENTENCE_END}") for n in want if n < len(starts)])
    out: list = []
    pos = 0
    for node in block.inlines:
        length = len(model.plain_text([node]))
        if node.type == "text":
            done = 0
            while at and at[0][0] < pos + length:
                rel = at[0][0] - pos
                if rel > done:
                    out.append(model.Text(node.text[done:rel]))
                    done = rel
                out.append(SentenceMark(at.pop(0)[1]))
            if done < length:
                out.append(model.Text(node.text[done:]))
        else:
            while at and at[0][0] < pos + max(length, 1):
                out.append(SentenceMark(at.pop(0)[1]))
            out.append(node)
        pos += length
    out.extend(SentenceMark(a) for _, a in at)
    return out


def sentence_refs(reading: model.Reading) -> set[str]:
    """The sentence references of the reading's printed questions and timeline events
    (what the reader marks)."""
    return {e for q in [*reading.questions, *reading.timeline] for e in q.evidence
            if SENTENCE_SEP in e}


# ====================================================================== selection


def rule_of(q: model.Question) -> str:
    """The rule that generated ``q`` ("argument", "positions", "forecast" …, a key of
    :data:`RULE_PRIORITY`), read from its id; "custom" for the instructor's own.

    >>> rule_of(model.Question("forecast-1a2b3c", "Why?")), rule_of(model.Question("mine", "Why?"))
    ('forecast', 'custom')
    """
    if q.origin == "custom":
        return "custom"
    m = re.match(r"([a-z-]+)-[0-9a-f]{6}$", q.id)
    return m.group(1) if m and m.group(1) in RULE_PRIORITY else "custom"


def _task(q: model.Question) -> str:
    r = rule_of(q)
    return TASK_OF.get(r, f"custom:{q.id}")


def _greedy(pool: list[model.Question], chosen: list[model.Question], n: int,
            level_bonus: dict[str, float] | None = None,
            one_per_task: bool = False) -> list[model.Question]:
    # one_per_task: a task chosen already is not asked again (an instructor's own
    # question is a task of its own)
    chosen = list(chosen)
    rest = [q for q in pool if q not in chosen]
    while len(chosen) < n and rest:
        if one_per_task:
            tasks = {_task(c) for c in chosen}
            rest = [q for q in rest if _task(q) not in tasks]
            if not rest:
                break
        levels = {q.level for q in chosen}
        secs = {s for q in chosen for s in q.sections}
        rules: dict[str, int] = {}
        for q in chosen:
            rules[rule_of(q)] = rules.get(rule_of(q), 0) + 1

        def score(q: model.Question) -> float:
            r = rule_of(q)
            s = RULE_PRIORITY.get(r, 5)
            if q.level not in levels:
                s += 3
            if any(x not in secs for x in q.sections):
                s += 2
            s -= 2.5 * rules.get(r, 0)
            s -= 1.0 * sum(1 for c in chosen if c.level == q.level)
            if level_bonus:
                s += level_bonus.get(q.level, 0)
            # of two questions on one task, the one that quotes the article (its own
            # passage to weigh) before one that only names it (JUDGE9: Saharso's third
            # objection, quoted, left out for the named critics)
            s += 1.5 * _quotes_article(q.text)
            return s
        best = max(rest, key=lambda q: (score(q), -pool.index(q)))
        chosen.append(best)
        rest.remove(best)
    return chosen


_QUOTATION = re.compile(r"[“„«]([^”“»]+)[”“»]")


def _quotes_article(text: str) -> bool:
    """``text`` quotes a passage of the article (six words at least), not only a
    term or a title.

    >>> _quotes_article("The article writes: “Both sides have lost the trust of the voters.” Why?")
    True
    >>> _quotes_article("What does “selective association” mean here?")
    False
    """
    return any(len(m.group(1).split()) >= 6 for m in _QUOTATION.finditer(text))


def _in_file_order(pool, chosen):
    ids = {id(q) for q in chosen}
    return [q for q in pool if id(q) in ids]


def select_for_reader(questions: list[model.Question], lo: int = 10,
                      hi: int = 14) -> list[model.Question]:
    """The reader's questions: pinned (all of them, even beyond ``hi``), then the
    instructor's own (custom and edited), then a greedy balance of levels and
    sections up to ``hi``, each task (:data:`TASK_OF`) at most once among the
    generated ones (the issue's "each task at most once": the handout can then
    carry what the reader prints).  Fewer than ``hi`` only when fewer exist; ``lo``
    is the floor a generated set is expected to reach (``check`` can warn below
    it).  Returned in file order.

    >>> qs = [model.Question(f"q{i}", "Why?", level=lv, sections=[f"s{i % 3}"])
    ...       for i, lv in enumerate(LEVELS * 5)]
    >>> len(select_for_reader(qs)), len(select_for_reader(qs, hi=8))
    (14, 8)
    >>> gen = [model.Question(f"{r}-00000{i}", "Why?") for i, r in
    ...        enumerate(["argument", "positions", "contrast", "forecast"])]
    >>> [q.id for q in select_for_reader(gen)]       # positions and contrast: one task
    ['argument-000000', 'positions-000001', 'forecast-000003']
    """
    pool = list(questions)
    chosen = [q for q in pool if q.pinned]
    for q in pool:
        if q.origin in ("custom", "edited") and q not in chosen and len(chosen) < hi:
            chosen.append(q)
    chosen = _greedy(pool, chosen, min(max(hi, 0), len(pool)), one_per_task=True)
    return _in_file_order(pool, chosen)


#: a question that leans on the one before it ("also", "another", "a third
#: objection", "ebenfalls", "weiteren Einwand"): printed only with its antecedent
_LEANS_BACK = re.compile(
    r"(?i)\b(?:also|too|another|further|(?:a|the) (?:second|third|fourth|other)|"
    r"auch|ebenfalls|weitere[nrms]?|zweite[nrms]?|dritte[nrms]?|andere[nrms]? (?:Einwand|Kritik))\b")


def antecedent(q: model.Question, pool: list[model.Question]) -> model.Question | None:
    """The question ``q`` leans on: the nearest one before it in ``pool`` of the same
    task, when ``q``'s first sentence points back to another ("The reply also takes up
    a third objection"); None when ``q`` stands alone.

    >>> a = model.Question("counter-000001", "What do the critics object?")
    >>> b = model.Question("counter-000002", "The reply also takes up a third objection. Why?")
    >>> antecedent(b, [a, b]) is a, antecedent(a, [a, b])
    (True, None)
    """
    first = re.split(r"(?<=[.?!:])\s", q.text, maxsplit=1)[0]
    if q not in pool or not _LEANS_BACK.search(first):
        return None
    before = pool[:pool.index(q)]
    return next((o for o in reversed(before) if _task(o) == _task(q)), None)


def select_for_handout(questions: list[model.Question], n: int = 6) -> list[model.Question]:
    """The handout's questions: the reader's (``questions``) whole when they fit in
    ``n`` and ask each task once (a question leaning on another aside); else ``handout: true`` first, then pinned, then the greedy balance
    (favouring analysis and evaluation), each task (:data:`TASK_OF`) at most once; a
    question that leans on another (:func:`antecedent`) only with it (when there is
    no room for both, the antecedent alone).  Returned in file order."""
    pool = list(questions)
    if len(pool) <= n and all(_task(q) not in {_task(o) for o in pool[:i]}
                              or antecedent(q, pool) is not None for i, q in enumerate(pool)):
        return pool         # the reader's, each task once (a question leaning on another aside)
    chosen = [q for q in pool if q.handout]
    for q in pool:      # (a pinned question of a task the handout asks already: not again)
        if q.pinned and q not in chosen and len(chosen) < n and \
                _task(q) not in {_task(c) for c in chosen}:
            chosen.append(q)
    chosen = _greedy(pool, chosen, n, {"evaluation": 1.0, "analysis": 0.5}, one_per_task=True)
    for q in list(chosen):
        a = antecedent(q, pool)
        if a is None or a in chosen:
            continue
        if len(chosen) < n:
            chosen.append(a)
        elif not (q.handout or q.pinned):
            chosen[chosen.index(q)] = a
    return _in_file_order(pool, chosen)


# ====================================================================== the file


_FP_FIELDS = ("text", "answer", "level", "sections", "evidence")


def _entry_q(e: dict) -> model.Question:
    origin = status(e, _FP_FIELDS)
    return model.Question(id=e.get("id") or "", text=normalize_space(e["text"]),
                          level=e.get("level") or "analysis",
                          sections=[str(x) for x in e.get("sections") or []],
                          evidence=[str(x) for x in e.get("evidence") or []],
                          answer=e.get("answer") or "", origin=origin,
                          pinned=bool(e.get("pinned")), handout=bool(e.get("handout")))


def load_questions(path: Path) -> list[model.Question]:
    """The questions of ``questions.yaml`` in file order, dropped ones left out.

    Raises :class:`~coursepack.errors.ContentError` with ``file:line:col`` for
    every problem.  Edited generated questions come back with origin ``edited``;
    custom questions without an id get a derived one.
    """
    entries = load_entries(Path(path), QUESTIONS_SCHEMA, "questions", "question")
    taken = {e["id"] for e in entries if e.get("id")}
    out = []
    for e in entries:
        if not e.get("id"):
            e["id"] = custom_id("custom", e["text"], taken)
            taken.add(e["id"])
        if e.get("dropped"):
            continue
        out.append(_entry_q(e))
    return out


# ====================================================================== a reading read again


def _fields(q: model.Question) -> dict:
    return {"text": q.text, "answer": q.answer, "evidence": q.evidence, "sections": q.sections}


def _moved(q: model.Question, blocks, around: str) -> bool:
    """The passages a question quotes (but titles: a section's, the article's) are none
    of them in the paragraphs it points at: the reading's paragraphs were renumbered
    under it."""
    passages = [p for p in quoted_passages(f"{q.text} {q.answer}") if p not in around]
    if not passages:
        return False        # (a title quoted, a section's or the article's, is no anchor)
    hay = " ".join(blocks.get(block_of(x), "") for x in q.evidence)
    return not any(p in hay for p in passages)


def _anchors(reading: model.Reading) -> tuple[AnchorTexts, set[str], str]:
    return (anchor_texts(reading), {s.id for s in reading.sections},
            compared(" ".join([reading.meta.title, reading.meta.subtitle] +
                              [s.title for s in reading.sections])))


def outgrown(questions: list[model.Question], reading: model.Reading,
             path: Path | None) -> list[str]:
    """The ids of the generated questions of ``questions.yaml`` that nobody has touched
    and that point at a section or paragraph the reading no longer has, or whose
    quoted passages are no longer where they point: when there is one,
    :func:`reanchor` needs the questions generated now."""
    if path is None or not questions:
        return []
    blocks, sections, around = _anchors(reading)
    return [q.id for q in questions if q.origin == "generated" and (
        gone_refs(_fields(q), blocks, sections) or _moved(q, blocks, around))]


def reanchor(questions: list[model.Question], reading: model.Reading, path: Path | None,
             shown: str = "questions.yaml", fresh: list[model.Question] | None = None
             ) -> tuple[list[model.Question], list[Problem]]:
    """The questions of ``questions.yaml`` fitted to the reading as it is read now (a
    new version of the ingest, a ``structure.yaml`` override: its sections and
    paragraphs may not be those the file was generated for).

    A generated question nobody has touched (its fingerprint holds) whose anchors
    are gone, or whose quoted passages are no longer where it points, is replaced,
    silently, by the question generated now under its id or with nearly its text
    (pinned and handout flags kept), or left out when none is generated now — as
    ``python3 build.py questions`` would (``fresh``: the questions generated now,
    :func:`coursepack.questions.generate`'s, needed when :func:`outgrown` says so).
    The instructor's questions (edited, custom; a pinned one that is no longer
    generated) are kept: each anchor that is gone is left out of the printed
    question and reported as a warning naming the file, line and column, what is
    missing and what to do; an edited one whose quoted passage is now in other
    paragraphs is reported with where it is.  Returns the questions and the warnings."""
    if path is None or not questions:
        return questions, []
    blocks, sections, around = _anchors(reading)
    nodes = None
    out: list[model.Question] = []
    problems: list[Problem] = []
    for q in questions:
        gone = gone_refs(_fields(q), blocks, sections)
        # (moved: said of a question written for another reading of the article, not of
        # one of the instructor's own, whose quote may never have been where it points)
        moved = not gone and q.origin != "custom" and _moved(q, blocks, around)
        if q.origin == "generated" and (gone or moved):
            new = _counterpart(q, fresh or [],
                               {o.id for o in out} | {x.id for x in questions if x is not q})
            if new is not None:
                new.pinned, new.handout = q.pinned, q.handout
                out.append(new)
                continue
            if not (q.pinned or q.handout):
                continue            # no longer generated: left out, as regenerating would
        if not gone and not moved:
            out.append(q)
            continue
        if nodes is None:
            nodes = entry_nodes(Path(path), "questions", "custom", lambda n: str(n.get("text")))
        passages = quoted_passages(f"{q.text} {q.answer}")
        now = [b for b in where_quoted(passages, blocks.all()) if b not in q.evidence] \
            if passages else []
        state = {"generated": "pinned" if q.pinned else "handout", "custom": "your own"}.get(
            q.origin, q.origin)
        if moved:
            if now:
                line, col = position(nodes.get(q.id), "evidence", q.evidence[0])
                problems.append(Problem(shown, line, col, moved_message(
                    "question", q.id, state, q.evidence, now), "warning"))
            out.append(q)
            continue
        problems.extend(anchor_problems("question", q.id, state, gone, nodes.get(q.id), shown,
                                        reading.slug, now))
        lost = {v for _, v in gone}
        out.append(replace(q, evidence=[x for x in q.evidence if x not in lost],
                           sections=[x for x in q.sections if x not in lost]))
    return out, problems


def _counterpart(q: model.Question, fresh: list[model.Question],
                 taken: set[str]) -> model.Question | None:
    """The question generated now that stands for ``q``: the one with its id, else
    one of its rule with nearly its text; none that is in the file already."""
    for g in fresh:
        if g.id == q.id:
            return replace(g)
    for g in fresh:
        if g.id not in taken and rule_of(g) == rule_of(q) and \
                fuzz.ratio(dup_key(g.text), dup_key(q.text)) >= NEAR_DUPLICATE:
            return replace(g)
    return None
