"""Discussion questions: generated from the edition model, owned by the instructor.

Generation is rule-based and deterministic (no hosted model): :func:`generate`
reads the repaired :class:`~coursepack.model.Reading` and looks for

* the article's **thesis** ("this paper argues that …"), its **hypothesis**
  ("the paper aims to examine this hypothesis: …"), its **research
  question**, and the **conclusion's answer**;
* **views attributed to named people** ("According to X, …", "As X put it",
  "X argues/notes/suggested/stressed …"), one question per person and a
  comparison question for two people in the same section;
* **contrasts between actors** ("While Yerevan …, Baku …");
* **dated agreements and statements** (dates parsed by :mod:`.timeline`);
* each body section's **central claim** and its **forecasts** (hedged
  claims quoted whole, never cut);
* the **glossary's key terms** as they occur in the body.

Each finding fills a question form at one of four levels of thinking
(:data:`LEVELS`: comprehension, analysis, evaluation, application — comparison
questions count as analysis).  Forms point to the passage (section titles,
named actors) instead of paraphrasing a claim whenever paraphrase could
misread the article; quotations are whole clauses or sentences.  Every
question passes the gates of :func:`quality_problems` or is not emitted.

**Editing** (``questions.yaml``): the file order is the order; an
instructor may reword a question (detected by its ``fingerprint``, then it is
``edited`` and never touched again), drop it (``dropped: true``), pin it
(``pinned: true``), force it into the handout (``handout: true``) or add
their own (``origin: custom``; ``id`` optional).  :func:`regenerate` keeps all
of that and only adds new generated questions or refreshes untouched ones.

**Selection rule.**  :func:`select_for_reader` takes pinned questions first,
then the instructor's own (custom and edited) ones, then fills up to ``hi``
questions greedily: at each step the candidate with the highest score wins,
where the score is the generating rule's priority plus a bonus for a level of
thinking and for a section not yet covered, minus a penalty for each question
already taken from the same rule (ties go to file order).
:func:`select_for_handout` does the same for ``n`` questions with
``handout: true`` questions first, then pinned ones, then the same greedy
balance.  Both return the chosen questions in file order.
"""

from __future__ import annotations

import hashlib
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml
from rapidfuzz import fuzz

from . import model
from .errors import Problems
from .schema import Field, ListOf, Schema, validate
from .yamlio import load_yaml

LEVELS = ("comprehension", "analysis", "evaluation", "application")
ORIGINS = ("generated", "edited", "custom")

# priority of each generating rule (higher = better question); used by selection
RULE_PRIORITY = {
    "hypothesis": 10, "thesis": 9, "question": 7, "compare-views": 8,
    "contrast": 7, "weigh-section": 7, "agreement": 6, "view": 6,
    "forecast": 5, "phases": 5, "apply-term": 5, "apply-argument": 5,
    "term": 4, "section-claim": 4, "custom": 8,
}

NEAR_DUPLICATE = 88   # rapidfuzz ratio at or above which two questions are near-duplicates


# ====================================================================== schema

QUESTION_ENTRY = Schema("question", [
    Field("id", str, "Stable identifier. Generated questions get one derived from the "
          "generating rule and the block holding their main evidence (not from their "
          "position); for your own questions choose one or leave it out."),
    Field("text", str, "The question as printed. Edit freely: an edited question is never "
          "overwritten.", required=True),
    Field("level", str, "Level of thinking.", default="analysis", choices=LEVELS),
    Field("sections", ListOf(str), "Ids of the sections the question is about.", default=list),
    Field("evidence", ListOf(str), "Ids of the blocks (paragraphs) holding the evidence; "
          "page numbers are filled in from them.", default=list),
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

_FIELDS = ["id", "text", "level", "sections", "evidence", "answer", "origin",
           "pinned", "handout", "dropped", "fingerprint"]


# ====================================================================== text helpers

from .textutil import normalize_space, split_sentences  # noqa: E402  (shared helpers)


def _hash(*parts: str, n: int = 6) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z’'-]*", text)


_STOP = set("""a an the and or but if of in on at to for from by with within without about
into onto over under between among as is are was were be been being has have had do does
did this that these those it its their there they them he she his her we our you your
i not no nor so than then too very can could may might must shall should will would also
which who whom whose what when where why how all any both each few more most other some
such only own same just until while during after before since per up out off again further
once here one two three first second new""".split())


def _content_words(text: str) -> set[str]:
    return {w.lower().rstrip("’'s") for w in _words(text)
            if w.lower() not in _STOP and len(w) > 2}


def _quote(s: str) -> str:
    return f"“{s}”"


def _strip_end(s: str) -> str:
    return s.rstrip().rstrip(".;:,")


def _sentence_ok_to_quote(s: str, max_words: int = 32) -> bool:
    """A sentence can be quoted whole: short, balanced, not dependent on context."""
    if len(s.split()) > max_words or not _balanced(s):
        return False
    first = s.split()[0].strip("“\"‘").lower()
    if first in {"this", "that", "these", "those", "they", "he", "she", "it", "its", "such",
                 "and", "but", "however", "moreover", "therefore", "thus", "hence", "also",
                 "here", "there", "then", "so", "or", "both", "another", "later", "finally",
                 "as", "consequently", "accordingly", "still", "yet", "nevertheless"} \
            and not re.match(r"It (seems|is|was|appears)\b", s):
        return False
    return not re.search(r"\b(above|below|aforementioned|former|latter)\b", s)


def _balanced(s: str) -> bool:
    if s.count("“") != s.count("”") or s.count('"') % 2:
        return False
    if s.count("(") != s.count(")") or s.count("[") != s.count("]"):
        return False
    return True


# ====================================================================== gates

_RESIDUE = [
    (re.compile(r"[{}]"), "template residue (braces)"),
    (re.compile(r"\bNone\b"), "template residue ('None')"),
    (re.compile(r"  "), "double space"),
    (re.compile(r"\b(\w+) \1\b", re.I), "repeated word"),
    (re.compile(r"\s[,.;:?!]"), "space before punctuation"),
    (re.compile(r"…|\.\.\."), "ellipsis (truncated quotation?)"),
    (re.compile(r"\b(the above|above-mentioned|aforementioned|this passage|this paragraph|"
                r"this quote|the following|see above|see below)\b", re.I),
     "not self-contained (refers to 'above'/'this passage')"),
    (re.compile(r"\b(a)\s+[aeiou]\w", re.I), "'a' before a vowel"),
]

_QWORD = re.compile(r"\b(what|how|why|which|who|whom|whose|when|where|whether|does|do|did|is|"
                    r"are|was|were|can|could|would|should|to what extent|in what)\b", re.I)


def quality_problems(q: model.Question, others: Iterable[model.Question] = (),
                     blocks: set[str] | None = None) -> list[str]:
    """Everything wrong with one question (empty list: it passes the gates).

    ``others`` are the questions already accepted (checked for duplicates);
    ``blocks``, when given, are the block ids that exist in the reading.

    >>> ok = model.Question("q1", "What does the author argue in the section “Conclusion”?",
    ...                     level="comprehension", sections=["s1"], evidence=["p1"])
    >>> quality_problems(ok)
    []
    >>> bad = model.Question("q2", "What does {name} argue in “Conclusion", sections=[], evidence=["p1"])
    >>> quality_problems(bad)   # doctest: +NORMALIZE_WHITESPACE
    ['does not end with a question mark', 'unbalanced quotation marks or brackets',
     'template residue (braces)', 'names no section']
    """
    problems: list[str] = []
    text = q.text or ""
    if not text.strip():
        return ["empty question"]
    if not text.rstrip().endswith("?"):
        problems.append("does not end with a question mark")
    if text != text.strip():
        problems.append("leading or trailing space")
    if not re.match(r"[“\"‘(]?[A-Z]", text.strip()):
        problems.append("does not begin with a capital letter")
    if not _balanced(text):
        problems.append("unbalanced quotation marks or brackets")
    for rx, msg in _RESIDUE:
        if rx.search(text) and msg not in problems:
            problems.append(msg)
    if not _QWORD.search(text):
        problems.append("no question word (what, how, why, does …)")
    n = len(text.split())
    if n < 6:
        problems.append(f"too short ({n} words)")
    elif n > 75:
        problems.append(f"too long ({n} words)")
    if q.level not in LEVELS:
        problems.append(f"unknown level '{q.level}'")
    if not q.sections:
        problems.append("names no section")
    if not q.evidence:
        problems.append("names no evidence block")
    if blocks is not None:
        missing = [b for b in q.evidence if b not in blocks]
        if missing:
            problems.append(f"evidence block(s) not in the reading: {', '.join(missing)}")
    norm = _norm_for_dup(text)
    for o in others:
        if o is q or o.id == q.id:
            continue
        score = fuzz.ratio(norm, _norm_for_dup(o.text))
        if score >= NEAR_DUPLICATE:
            problems.append(f"near-duplicate of {o.id} ({score:.0f}%)")
            break
    return problems


def _norm_for_dup(text: str) -> str:
    return re.sub(r"[^\w ]", "", text.lower())


def set_problems(questions: list[model.Question]) -> list[str]:
    """Problems of a whole set: balance of levels and sections.

    >>> qs = [model.Question(f"q{i}", "What?", level="analysis", sections=["a"]) for i in range(4)]
    >>> set_problems(qs)
    ['only one level of thinking (analysis)', 'all questions are about one section']
    """
    out = []
    levels = {q.level for q in questions}
    if len(questions) >= 4 and len(levels) < 2:
        out.append(f"only one level of thinking ({', '.join(sorted(levels))})")
    secs = {s for q in questions for s in q.sections}
    if len(questions) >= 4 and len(secs) < 2:
        out.append("all questions are about one section")
    return out


def review(questions: list[model.Question], reading: model.Reading | None = None,
           lo: int = 10) -> list[tuple[str, str]]:
    """Warnings for ``check``: ``(question id, message)`` for every gate a question
    fails (edited and custom questions included: the instructor may want to know),
    for evidence or sections missing from ``reading``, and for the set's balance.

    >>> review([model.Question("a", "Why?", sections=["s"], evidence=["p"])], lo=2)
    [('a', 'too short (1 words)'), ('', 'only 1 question(s); the reader aims for at least 2')]
    """
    out: list[tuple[str, str]] = []
    blocks = {b.id for _, b in reading.blocks()} if reading is not None else None
    secs = {s.id for s in reading.sections} if reading is not None else set()
    for i, q in enumerate(questions):
        for p in quality_problems(q, questions[:i], blocks):
            out.append((q.id, p))
        if reading is not None:
            for sid in q.sections:
                if sid not in secs:
                    out.append((q.id, f"section '{sid}' not in the reading"))
    out.extend(("", p) for p in set_problems(questions))
    if len(questions) < lo:
        out.append(("", f"only {len(questions)} question(s); the reader aims for at least {lo}"))
    return out


# ====================================================================== document analysis


@dataclass
class _Sent:
    text: str
    block: str
    section: model.Section
    index: int          # position in the reading's sentence list
    quote: bool = False


@dataclass
class _Doc:
    reading: model.Reading
    sents: list[_Sent]
    body: list[model.Section]          # sections other than introduction/conclusion
    intro: model.Section | None
    conclusion: model.Section | None
    actor: str                         # the most discussed actor ("Russia")
    people: list = field(default_factory=list)   # named people with their views

    def in_section(self, sec: model.Section) -> list[_Sent]:
        return [s for s in self.sents if s.section is sec]


_INTRO_RX = re.compile(r"^\s*(\d+\.?\s*)?(introduction|background|preface)\b", re.I)
_CONCL_RX = re.compile(r"(conclu|summary|final (remarks|thoughts)|closing remarks)", re.I)


def _analyse(reading: model.Reading) -> _Doc:
    sents: list[_Sent] = []
    for sec, block in reading.blocks():
        text = normalize_space(model.plain_text(block.inlines))
        for s in split_sentences(text):
            sents.append(_Sent(s, block.id, sec, len(sents), block.kind == "quote"))
    secs = [s for s in reading.sections if s.blocks]
    intro = next((s for s in secs if _INTRO_RX.search(s.title)), secs[0] if len(secs) > 2 else None)
    concl = next((s for s in reversed(secs) if _CONCL_RX.search(s.title)), None)
    if concl is None and len(secs) > 2:
        concl = secs[-1]
    body = [s for s in secs if s is not intro and s is not concl]
    doc = _Doc(reading, sents, body, intro, concl, _main_actor(sents))
    doc.people = _people(doc)
    return doc


def _main_actor(sents: list[_Sent]) -> str:
    """The proper noun the article discusses most (not counting sentence starts)."""
    counts: dict[str, int] = {}
    for s in sents:
        for m in re.finditer(r"(?<=\w[ ,;(])([A-Z][a-z]{2,})(?:’s|'s)?\b", s.text):
            w = m.group(1)
            if w.lower() in _STOP or w in _TITLES:
                continue
            counts[w] = counts.get(w, 0) + 1
    if not counts:
        return ""
    best = max(sorted(counts), key=lambda w: counts[w])
    return best if counts[best] >= 3 else ""


# ---------------------------------------------------------------- people and their views

def _word_lists() -> dict[str, list[str]]:
    from importlib import resources
    text = resources.files("coursepack").joinpath("data/question_words.yaml").read_text(
        encoding="utf-8")
    return yaml.safe_load(text)


_WORDS = _word_lists()
_TITLES = set(_WORDS["titles"])
_ORG_WORDS = set(_WORDS["organisation_words"])
_LEADERS = set(_WORDS["sentence_openers"])
_VERBS = "|".join(re.escape(v).replace("\\ ", " ") for v in _WORDS["reporting_verbs"])
_NAME = r"(?:[A-Z][\w’'-]*\.?\s+){0,4}[A-Z][\w’'-]+"
_VIEW_PATTERNS = [
    re.compile(rf"\bAccording to (?P<name>{_NAME})\s*,"),
    re.compile(rf"\bAs (?P<name>{_NAME}) (?:has |had )?(?:put it|puts it|{_VERBS})\b"),
    re.compile(rf"(?P<name>{_NAME})(?:,\s[^,]{{2,60}},|\s+of\s+[A-Z][\w’'-]+)? (?:\w+ly )?"
               rf"(?P<verb>{_VERBS}|put it|puts it)\b"),
]


@dataclass
class _Person:
    key: str            # the surname: "Kortunov"
    display: str        # the fullest form in the article: "Andrey Kortunov", "President Putin"
    views: list[_Sent] = field(default_factory=list)


def _split_name(raw: str) -> tuple[list[str], list[str]]:
    """(title tokens, name tokens) of a capitalized run; leading adjectives and
    possessives dropped.  ``([], [])`` when it is not a person.

    >>> _split_name("Russian President Putin")
    (['President'], ['Putin'])
    >>> _split_name("Armenia’s Prime Minister Nikol Pashinyan")
    (['Prime', 'Minister'], ['Nikol', 'Pashinyan'])
    >>> _split_name("Human Rights")
    ([], [])
    """
    toks = raw.split()
    # drop everything up to the last possessive ("Armenia’s Prime Minister X")
    for i in range(len(toks) - 1, -1, -1):
        if re.search(r"[’']s$", toks[i]):
            toks = toks[i + 1:]
            break
    first_title = next((i for i, t in enumerate(toks) if t.rstrip(".") in _TITLES), None)
    if first_title is not None:
        toks = toks[first_title:]
    while toks and (toks[0] in _LEADERS or toks[0] in _STOP_CAPS):
        toks = toks[1:]
    titles: list[str] = []
    while toks and toks[0].rstrip(".") in _TITLES:
        titles.append(toks.pop(0))
    if not toks or any(t in _ORG_WORDS for t in toks) or any(t.rstrip(".") in _TITLES for t in toks):
        return [], []
    if any(t.lower() in _STOP for t in toks):
        return [], []
    return titles, toks


def _people(doc: _Doc) -> list[_Person]:
    found: list[tuple[_Sent, list[str], list[str]]] = []
    for s in doc.sents:
        if s.quote:
            continue
        seen_here: set[str] = set()
        for rx in _VIEW_PATTERNS:
            for m in rx.finditer(s.text):
                titles, name = _split_name(m.group("name"))
                if not name:
                    continue
                key = name[-1].rstrip("’'s") if not name[-1].endswith("’s") else name[-1][:-2]
                if key in seen_here:
                    continue
                seen_here.add(key)
                found.append((s, titles, name))
    # a single-token name counts only if the article also gives it a title or first name
    forms: dict[str, set[tuple[str, ...]]] = {}
    for s in doc.sents:
        for m in re.finditer(_NAME, s.text):
            titles, name = _split_name(m.group(0))
            if name:
                forms.setdefault(name[-1], set()).add((" ".join(titles), " ".join(name)))
    people: dict[str, _Person] = {}
    for s, titles, name in found:
        key = name[-1]
        variants = forms.get(key, set())
        full = [n for t, n in variants if len(n.split()) >= 2]
        titled = [f"{t} {n}" for t, n in variants if t]
        if len(name) < 2 and not titles and not full and not titled:
            continue
        display = max(full, key=lambda n: (len(n), n)) if full else \
            (min(titled, key=lambda n: (len(n), n)) if titled else " ".join(name))
        p = people.setdefault(key, _Person(key, display))
        if s not in p.views:
            p.views.append(s)
    return list(people.values())


# ---------------------------------------------------------------- contrasts

_CONTRAST = re.compile(
    r"\b(?:While|Whereas)\s+(?P<a>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?:’s|'s)?\b[^,;]{3,160},\s*"
    r"(?:\w+ly\s+)?(?P<b>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?:’s|'s)?\b")
_CONTRAST2 = re.compile(
    r"(?P<a>\b[A-Z][\w-]+)(?:’s|'s)?\s[^,;]{3,160},\s*(?:whereas|while)\s+(?P<b>[A-Z][\w-]+)(?:’s|'s)?\b")


_CONTRAST3 = re.compile(
    r"^(?P<a>[A-Z][\w-]+)(?:’s|'s)?\s[^,;]{3,160},\s*(?:but|whereas|while)\s+(?P<b>[A-Z][\w-]+)"
    r"(?:’s|'s)?\s")


def _actors(doc: _Doc) -> set[str]:
    """Proper nouns the article keeps returning to (four or more times inside sentences)."""
    counts: dict[str, int] = {}
    for s in doc.sents:
        for m in re.finditer(r"\b([A-Z][a-z][\w-]+)\b", s.text):
            if m.start() > 0:
                counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return {w for w, n in counts.items() if n >= 4 and w not in _STOP_CAPS and w not in _LEADERS
            and w not in _TITLES}


def _contrasts(doc: _Doc) -> list[tuple[_Sent, str, str]]:
    """'While A …, B …', 'A …, whereas B …' and, for two known actors, 'A …, but B …'."""
    out = []
    actors = _actors(doc)
    for s in doc.sents:
        m = _CONTRAST.search(s.text) or _CONTRAST2.search(s.text)
        if not m:
            m = _CONTRAST3.search(s.text)
            if not m or m.group("a") not in actors or m.group("b") not in actors:
                continue
        a, b = m.group("a"), m.group("b")
        if a == b or a.split()[0] in _STOP_CAPS or b.split()[0] in _STOP_CAPS:
            continue
        if a.lower() in _STOP or b.lower() in _STOP:
            continue
        out.append((s, a, b))
    return out


_STOP_CAPS = {"The", "A", "An", "It", "This", "That", "These", "Those", "There", "In", "On",
              "At", "However", "Although", "Both", "Some", "Many", "Most", "Such", "Its",
              "Their", "They", "He", "She", "We", "I", "Yet", "But", "And", "So"}


# ====================================================================== candidates


@dataclass
class _Cand:
    rule: str
    key: str
    text: str
    level: str
    sections: list[str]
    evidence: list[str]
    answer: str

    def question(self) -> model.Question:
        # the anchor (first) evidence block, not the supporting ones: those move
        # more easily when the generator or the repair changes
        qid = f"{self.rule}-{_hash(self.rule, self.evidence[0] if self.evidence else '', self.key)}"
        return model.Question(id=qid, text=self.text, level=self.level,
                              sections=list(dict.fromkeys(self.sections)),
                              evidence=list(dict.fromkeys(self.evidence)),
                              answer=self.answer, origin="generated")


def _t(sec: model.Section) -> str:
    return _quote(_strip_end(normalize_space(sec.title)))


def _sec_phrase(secs: list[model.Section]) -> str:
    uniq: list[model.Section] = []
    for s in secs:
        if not any(s is u for u in uniq):
            uniq.append(s)
    secs = uniq
    if len(secs) == 1:
        return f"the section {_t(secs[0])}"
    return "the sections " + ", ".join(_t(s) for s in secs[:-1]) + f" and {_t(secs[-1])}"


def _join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _find(doc: _Doc, rx: str, flags=re.I) -> list[_Sent]:
    return [s for s in doc.sents if re.search(rx, s.text, flags)]


def _conclusion_answer(doc: _Doc) -> list[_Sent]:
    """The conclusion's answer: its last sentence with a concluding cue ("argue",
    "conclude", "therefore" …) and up to two short sentences that follow it; without
    a cue, the conclusion's last two sentences."""
    if doc.conclusion is None:
        return []
    cs = doc.in_section(doc.conclusion)
    cue = [s for s in cs if re.search(r"\b(argue|conclude|conclusion|therefore|thus|in sum|"
                                      r"to sum up|overall|this (paper|article|study))\b",
                                      s.text, re.I)]
    if not cue:
        return cs[-2:]
    last = cue[-1]
    picked = [last]
    for nxt in cs[cs.index(last) + 1:cs.index(last) + 3]:
        if len(nxt.text.split()) > 30:
            break
        picked.append(nxt)
    return picked


def _qs(s: _Sent | str) -> str:
    """A sentence quoted whole, with its own final punctuation."""
    t = (s.text if isinstance(s, _Sent) else s).strip()
    t = t.replace("“", "‘").replace("”", "’")
    if not re.search(r"[.?!][”’\"]?$", t):
        t += "."
    return f"“{t}”"


def _gist(sents: list[_Sent], limit: int = 3) -> str:
    return " ".join(_qs(s) for s in sents[:limit])


def _thesis(doc: _Doc) -> list[_Cand]:
    out: list[_Cand] = []
    rx = (r"\b(this|the|our) (paper|article|study|essay|chapter|book) (argues|contends|claims|"
          r"maintains|shows|demonstrates|suggests)\b|\b(I|we) (argue|contend|claim|maintain)\b|"
          r"\b(it is possible|one (can|could|may)|we (can|could|may)) to argue\b|"
          r"\bit is possible to argue\b|\b(one|we) (can|could|may|might) argue\b|"
          r"^It (argues|contends|claims|maintains|shows|demonstrates) that\b")
    thesis = _find(doc, rx)
    concl = _conclusion_answer(doc)
    if thesis:
        t = thesis[0]
        secs = [t.section] + ([doc.conclusion] if doc.conclusion else [])
        ev = [t.block] + [s.block for s in concl]
        text = (f"In {_sec_phrase(secs)}, the author states the article’s central argument. "
                "What is that argument, and what kinds of evidence does the author rely on "
                "to support it?")
        answer = (f"Where: {_sec_phrase(secs)}. The thesis: {_qs(t)} "
                  + (f"The conclusion restates it: {_gist(concl)} "
                     if concl and t not in concl else "")
                  + "A good answer restates the argument in the student’s own words and "
                  "names the kinds of evidence used (official statements, expert commentary, "
                  "dated events, agreements) with one example of each.")
        out.append(_Cand("thesis", "", text, "comprehension", [s.id for s in secs], ev, answer))
        # application of the argument to another case
        if doc.conclusion is not None:
            text = (f"How might the article’s central argument, as restated in the section "
                    f"{_t(doc.conclusion)}, apply to a comparable case outside the region the "
                    "article studies, and what would you expect to find there?")
            answer = (f"Where: {_sec_phrase(secs)}. The argument: {_qs(t)} "
                      "A good answer chooses a comparable case, states which part of the "
                      "argument travels and which does not, and names the evidence that "
                      "would confirm or refute it there.")
            out.append(_Cand("apply-argument", "", text, "application",
                             [doc.conclusion.id], [s.block for s in concl] or [t.block], answer))
    hyp = [s for s in _find(doc, r"\bhypothes[ie]s\b")]
    if hyp:
        h = hyp[0]
        m = re.search(r"hypothes[ie]s\s*(?:is\s+that|that|is|:)\s*(?P<h>.+)$", h.text, re.I)
        claim = _strip_end(m.group("h")) if m else ""
        secs = [h.section] + ([doc.conclusion] if doc.conclusion else [])
        ev = [h.block] + [s.block for s in concl]
        weigh = [w for w in _relevant_sections(doc, claim or h.text, 2) if w is not h.section]
        answer_it = (", and how does the conclusion answer it?" if doc.conclusion is not None
                     else ", and why?")
        if claim and len(claim.split()) <= 35 and _balanced(claim) and "“" not in claim:
            claim = claim[0].upper() + claim[1:]
            text = (f"The article sets out to test the hypothesis “{claim}”. Does the evidence "
                    f"in {_sec_phrase(weigh)} support or undermine it{answer_it}" if weigh else
                    f"The article sets out to test the hypothesis “{claim}”. Does the "
                    f"evidence the article presents support or undermine it{answer_it}")
        else:
            text = (f"What hypothesis does the article set out to test in "
                    f"{_sec_phrase([h.section])}, and does the evidence confirm or refute it?")
        answer = (f"Where: the hypothesis in {_sec_phrase([h.section])}"
                  + (f"; the answer in {_sec_phrase([doc.conclusion])}" if doc.conclusion else "")
                  + f". Hypothesis: {_qs(h)} "
                  + (f"The conclusion: {_gist(concl)} " if concl else "")
                  + "A good answer weighs evidence for and against the hypothesis"
                  + (f" (from {_sec_phrase(weigh)})" if weigh else "")
                  + " and notices whether the conclusion accepts, rejects or qualifies it.")
        out.append(_Cand("hypothesis", "", text, "evaluation",
                         [s.id for s in secs] + [w.id for w in weigh],
                         ev + [doc.in_section(w)[0].block for w in weigh if doc.in_section(w)],
                         answer))
        # weigh individual sections against the hypothesis
        for wi, w in enumerate(weigh):
            ws = doc.in_section(w)
            key_sents = _central(doc, w, 2)
            text = (f"Does the evidence in the section {_t(w)} strengthen or weaken the "
                    "hypothesis the author sets out in the introduction, and why?" if wi % 2 == 0
                    else f"Which facts reported in the section {_t(w)} would a critic of the "
                    "author’s hypothesis use, and how might the author answer that critic?")
            answer = (f"Where: {_sec_phrase([w])}, read against the hypothesis in "
                      f"{_sec_phrase([h.section])}. Key passages: "
                      + " ".join(_qs(s) for s in key_sents)
                      + " A good answer says which facts in the section bear on the "
                      "hypothesis and in which direction, and separates the author’s "
                      "reporting from the author’s interpretation.")
            if ws:
                out.append(_Cand("weigh-section", w.id, text, "evaluation",
                                 [w.id, h.section.id], [s.block for s in key_sents] + [h.block],
                                 answer))
    rq = [s for s in _find(doc, r"\b(aims?|seeks?|sets? out) to (respond to|answer|address) "
                                r"(this|the following|the) question\b")]
    if rq:
        r = rq[0]
        m = re.search(r"question\s*:\s*(?P<q>.+\?)$", r.text)
        concl_phrase = _sec_phrase([doc.conclusion]) if doc.conclusion else "the conclusion"
        if m and len(m.group("q").split()) <= 35 and _balanced(m.group("q")):
            q = m.group("q")
            q = q[0].upper() + q[1:]
            text = (f"The introduction asks: “{q}” How does {concl_phrase} answer this "
                    "question, and is the answer convincing?")
        else:
            text = (f"What question does the article set out to answer in "
                    f"{_sec_phrase([r.section])}, and how does {concl_phrase} answer it?")
        answer = (f"Where: {_sec_phrase([r.section])}; answer in {concl_phrase}. "
                  f"The question: {_qs(r)} "
                  + (f"The conclusion: {_gist(concl)} " if concl else "")
                  + "A good answer matches the conclusion to the question and judges "
                  "whether the evidence in between is enough.")
        secs = [r.section.id] + ([doc.conclusion.id] if doc.conclusion else [])
        out.append(_Cand("question", "", text, "comprehension", secs,
                         [r.block] + [s.block for s in concl], answer))
    return out


def _relevant_sections(doc: _Doc, claim: str, n: int) -> list[model.Section]:
    words = _content_words(claim)
    scored = []
    for i, sec in enumerate(doc.body):
        ss = doc.in_section(sec)
        if not ss:
            continue
        overlap = sum(len(words & _content_words(s.text)) for s in ss)
        scored.append((-(overlap / (1 + len(ss)) ** 0.5), i, sec))
    scored.sort(key=lambda x: (x[0], x[1]))
    chosen = [sec for _, _, sec in scored[:n]]
    return sorted(chosen, key=lambda s: doc.body.index(s))


def _central(doc: _Doc, sec: model.Section, n: int = 1) -> list[_Sent]:
    """The sentences that best represent a section (most shared vocabulary)."""
    ss = [s for s in doc.in_section(sec) if not s.quote]
    if not ss:
        return []
    vocab: dict[str, int] = {}
    for s in ss:
        for w in _content_words(s.text):
            vocab[w] = vocab.get(w, 0) + 1
    title = _content_words(sec.title)

    def score(s: _Sent) -> float:
        ws = _content_words(s.text)
        if not ws:
            return 0.0
        base = sum(vocab[w] - 1 for w in ws) / len(ws) ** 0.5 + 2 * len(ws & title)
        if re.search(r"\b(main|key|central|important|crucial|means|shows|therefore|thus)\b",
                     s.text, re.I):
            base += 1.5
        if not _balanced(s.text) or len(s.text.split()) > 45:
            base -= 3
        return base
    ranked = sorted(ss, key=lambda s: (-score(s), s.index))[:n]
    return sorted(ranked, key=lambda s: s.index)


def _views(doc: _Doc) -> list[_Cand]:
    """Per section: adjacent pairs of named people become comparison questions, the
    others one question each (or one survey question for three or more)."""
    out: list[_Cand] = []
    people = doc.people
    order = {b.id: i for i, (_, b) in enumerate(doc.reading.blocks())}
    n_single = n_pair = 0
    singled: set[str] = set()

    def _home_section(p: _Person) -> model.Section:
        counts: dict[str, int] = {}
        for v in p.views:
            counts[v.section.id] = counts.get(v.section.id, 0) + 1
        best = max(counts.values())
        return next(v.section for v in p.views if counts[v.section.id] == best)

    for sec in doc.reading.sections:
        here = [(p, [s for s in p.views if s.section is sec]) for p in people]
        here = [(p, vs) for p, vs in here if vs]
        here.sort(key=lambda x: x[1][0].index)
        rest: list[tuple[_Person, list[_Sent]]] = []
        k = 0
        while k < len(here):
            if k + 1 < len(here) and n_pair < 4 and \
                    abs(order[here[k][1][0].block] - order[here[k + 1][1][0].block]) <= 1:
                (a, va), (b, vb) = here[k], here[k + 1]
                forms = [
                    f"Compare the readings of {a.display} and {b.display} in {_sec_phrase([sec])}. "
                    "What does each identify as the decisive factor, and how far do their "
                    "readings agree?",
                    f"How do the views of {a.display} and {b.display}, as reported in "
                    f"{_sec_phrase([sec])}, differ, and which is better supported by the "
                    "evidence in the article?",
                ]
                answer = (f"Where: {_sec_phrase([sec])}. {a.display}: "
                          + " ".join(_qs(s) for s in va[:2]) + f" {b.display}: "
                          + " ".join(_qs(s) for s in vb[:2])
                          + " A good answer states both views fairly, identifies the point "
                          "where they diverge and tests each against the events the article "
                          "reports.")
                out.append(_Cand("compare-views", a.key + "|" + b.key, forms[n_pair % 2],
                                 "analysis", [sec.id], [s.block for s in va + vb], answer))
                n_pair += 1
                k += 2
            else:
                rest.append(here[k])
                k += 1
        if len(rest) >= 3:
            group = rest[:3]
            names = _join_names([p.display for p, _ in group])
            text = (f"What positions do {names} take in {_sec_phrase([sec])}, and which of "
                    "them comes closest to the author’s own reading?")
            answer = (f"Where: {_sec_phrase([sec])}. The article reports: "
                      + " ".join(f"{p.display}: {_qs(vs[0])}" for p, vs in group)
                      + " A good answer states each position accurately, keeps the "
                      "reported views apart from the author’s voice and relates them to the "
                      "article’s thesis.")
            out.append(_Cand("view", "|".join(p.key for p, _ in group), text, "comprehension",
                             [sec.id], [vs[0].block for _, vs in group], answer))
            rest = rest[3:]
        for p, vs in rest:
            if p.key in singled or _home_section(p) is not sec:
                continue
            singled.add(p.key)
            forms = [
                f"What position does {p.display} take in {_sec_phrase([sec])}, and how does "
                "it relate to the author’s own argument?",
                f"In {_sec_phrase([sec])}, what does the article report {p.display} as "
                "saying, and does the rest of the article bear that view out?",
                f"How does the view the article attributes to {p.display} in "
                f"{_sec_phrase([sec])} bear on the author’s own argument?",
            ]
            answer = (f"Where: {_sec_phrase([sec])}. The article reports: "
                      + " ".join(_qs(s) for s in vs[:3])
                      + f" A good answer states {p.display}’s view accurately, distinguishes "
                      "it from the author’s voice and relates it to the article’s thesis.")
            out.append(_Cand("view", p.key, forms[n_single % len(forms)], "comprehension",
                             [sec.id], [s.block for s in vs], answer))
            n_single += 1
    return out


def _contrast_cands(doc: _Doc) -> list[_Cand]:
    out = []
    pairs: dict[frozenset, int] = {}
    i = -1
    for s, a, b in _contrasts(doc):
        pair = frozenset((a, b))
        pairs[pair] = pairs.get(pair, 0) + 1
        if pairs[pair] > 2:
            continue
        i += 1
        forms = [
            f"The article contrasts the positions of {a} and {b} in {_sec_phrase([s.section])}. "
            "How do their positions differ, and what explains the difference?",
            f"In {_sec_phrase([s.section])}, how does the stance of {a} differ from that of "
            f"{b}, and how does the article account for the difference?",
        ]
        answer = (f"Where: {_sec_phrase([s.section])}. The article: {_qs(s)} "
                  f"A good answer states each side’s position (for {a} and for {b}) "
                  "in the article’s terms and offers a reason for the difference "
                  "drawn from elsewhere in the article.")
        out.append(_Cand("contrast", f"{a}|{b}", forms[i % 2], "analysis", [s.section.id],
                         [s.block], answer))
    return out


_AGREEMENT = re.compile(
    r"\b(?:a|an|the)\s+((?:[\w-]+\s+){0,3}?(?:"
    + "|".join(re.escape(n) for n in _WORDS["agreement_nouns"]) + r"))\b", re.I)


def _agreements(doc: _Doc) -> list[_Cand]:
    """Agreements and statements dated in the same sentence (day or month known)."""
    from . import timeline as tl
    events = tl.extract(doc.reading)
    out = []
    seen: set[str] = set()
    for s in doc.sents:
        m = _AGREEMENT.search(s.text)
        if not m:
            continue
        noun = normalize_space(m.group(1))
        if re.match(r"(final|future|possible|any|no|previous|further)\b", noun, re.I):
            continue
        dates = [d for d in tl.find_dates(s.text) if not d.skip and d.month]
        if not dates:
            continue
        d = min(dates, key=lambda d: abs(d.start - m.start()))
        # the same date as extracted for this block (it carries the inferred year)
        ev = next((e for e in events if s.block in e.evidence and
                   e.date.startswith(f"{d.year:04d}-" if d.year else "") and
                   e.date[5:7] == f"{d.month:02d}" and
                   (not d.day or e.date[8:10] == f"{d.day:02d}")), None)
        if ev is None:
            continue
        kind = noun.split()[-1].lower()
        if kind in seen:
            continue
        seen.add(kind)
        if noun.split()[0] in {"Joint", "Trilateral", "Bilateral", "New", "Framework"}:
            noun = noun[0].lower() + noun[1:]     # sentence-initial capital only
        text = (f"What did the {noun} of {ev.label} establish, according to "
                f"{_sec_phrase([s.section])}, and which of its provisions matter most for "
                "the article’s argument?")
        follow = [x for x in doc.in_section(s.section) if x.index > s.index][:3]
        answer = (f"Where: {_sec_phrase([s.section])}. The article: {_qs(s)} "
                  + " ".join(_qs(x) for x in follow)
                  + " A good answer lists the provisions the article reports, in its terms, "
                  "and explains which of them change the position of the parties and of "
                  "outside powers.")
        out.append(_Cand("agreement", kind, text, "comprehension", [s.section.id],
                         list(dict.fromkeys([s.block] + [x.block for x in follow])), answer))
    return out


def _section_cands(doc: _Doc) -> list[_Cand]:
    out = []
    forms = [
        "What is the main claim of the section {t}, and what evidence does the author "
        "offer for it?",
        "Which developments does the section {t} present as most significant, and how do "
        "they serve the author’s argument?",
        "How does the section {t} contribute to the article’s argument, and what would be "
        "lost without it?",
    ]
    for i, sec in enumerate(doc.body):
        key = _central(doc, sec, 2)
        if not key:
            continue
        text = forms[i % len(forms)].format(t=_t(sec))
        answer = (f"Where: {_sec_phrase([sec])}. Central passages: "
                  + " ".join(_qs(s) for s in key)
                  + " A good answer states the claim in the student’s own words and "
                  "cites at least two supporting facts from the section.")
        out.append(_Cand("section-claim", sec.id, text, "analysis", [sec.id],
                         [s.block for s in key], answer))
    # forecasts and judgements, quoted whole
    hedges = re.compile(r"\b((?-i:may)|might|will probably|seems|likely|probably|is likely to|"
                        r"in the coming years|upcoming|in the long term)\b", re.I)
    n = 0
    for sec in ([doc.conclusion] if doc.conclusion else []) + doc.body:
        for s in doc.in_section(sec):
            if s.quote or not hedges.search(s.text) or not _sentence_ok_to_quote(s.text, 28):
                continue
            if re.search(r"[“”\"]", s.text) or len(s.text.split()) < 9:
                continue
            if re.search(r"\b(according to|said|stated)\b", s.text, re.I) or any(
                    re.search(rf"\b{re.escape(p.key)}\b", s.text) for p in doc.people):
                continue
            quoted = _strip_end(s.text)
            text = (f"In {_sec_phrase([sec])}, the author writes: “{quoted}.” How convincing "
                    "is this judgement, given the evidence the article presents?")
            context = [x for x in doc.in_section(sec)
                       if x.block == s.block and x.index != s.index][:2]
            answer = (f"Where: {_sec_phrase([sec])}."
                      + (" Context: " + " ".join(_qs(x) for x in context) if context else "")
                      + " A good answer identifies what the judgement rests on, looks for "
                      "supporting and contrary evidence in the article, and says what further "
                      "evidence would settle it.")
            out.append(_Cand("forecast", s.block, text, "evaluation", [sec.id], [s.block], answer))
            n += 1
            break
        if n >= 3:
            break
    return out


_TERM_SKIP_KINDS = {"person", "place", "weapon", "event", "agreement", "publication", "other"}
MAX_TERM_QUESTIONS = 4


def _term_cands(doc: _Doc) -> list[_Cand]:
    """Reviewed glossary terms found in the body.  People, places, events and
    agreements are left to the other rules; organisations get a question on the
    part they play; concepts and processes alternate between defining and applying
    the idea.  Terms of unknown kind are treated as names when capitalized.  At most
    :data:`MAX_TERM_QUESTIONS`: pinned terms first, then the most widely spread."""
    found = []
    for order, term in enumerate(doc.reading.glossary):
        if not term.reviewed or term.kind in _TERM_SKIP_KINDS:
            continue
        names = [term.term] + list(term.aliases)
        hits = [s for s in doc.sents
                if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", s.text) for n in names)]
        hits = [s for s in hits if not s.quote] or hits
        if not hits:
            continue
        secs: list[model.Section] = []
        for h in hits:
            if not any(h.section is x for x in secs):
                secs.append(h.section)
        found.append((not term.pinned, -len(secs), hits[0].index, order, term, hits, secs))
    found.sort(key=lambda x: x[:4])
    out = []
    n_concept = 0
    for *_, term, hits, secs in found[:MAX_TERM_QUESTIONS]:
        shown = re.sub(r"(?i)^the\s+", "", normalize_space(term.term))
        kind = term.kind or ("organisation" if shown[:1].isupper() else "concept")
        if kind == "organisation":
            text = (f"What role does the {shown} play in the article’s account in "
                    f"{_sec_phrase(secs[:2])}, and how does the author judge it?")
            level, rule = "comprehension", "term"
        elif n_concept % 2 == 0:
            text = (f"What does the term {_quote(shown)} mean in the article, and how does the "
                    f"author use it in {_sec_phrase(secs[:2])}?")
            level, rule = "comprehension", "term"
            n_concept += 1
        else:
            text = (f"How does the idea of the {_quote(shown)} help to explain the developments "
                    f"described in {_sec_phrase(secs[:1])}, and what does it leave out?"
                    if shown[:1].isupper() else
                    f"How does the idea of {_quote(shown)} help to explain the developments "
                    f"described in {_sec_phrase(secs[:1])}, and what does it leave out?")
            level, rule = "application", "apply-term"
            n_concept += 1
        answer = (f"Where: {_sec_phrase(secs[:3])}. Glossary: {term.term} — "
                  f"{normalize_space(term.definition)} The article: {_qs(hits[0])} "
                  "A good answer defines the term and shows how the article uses it.")
        out.append(_Cand(rule, term.id, text, level, [x.id for x in secs[:3]],
                         [h.block for h in hits[:3]], answer))
    return out


def _phase_cands(doc: _Doc) -> list[_Cand]:
    from . import timeline as tl
    events = [e for e in tl.extract(doc.reading)]
    if len(events) < 4:
        return []
    first, last = events[0], events[-1]
    blocks = []
    for e in events:
        blocks.extend(e.evidence)
    secs = []
    idx = {b.id: s for s, b in doc.reading.blocks()}
    for b in blocks:
        if b in idx and idx[b].id not in secs:
            secs.append(idx[b].id)
    text = (f"Using the events the article dates between {first.label} and {last.label}, "
            "how would you divide this period into phases, and which event marks the "
            "decisive turning point?")
    answer = ("Where: the dated events in " + ", ".join(
        _t(s) for s in doc.reading.sections if s.id in secs) + ". The article’s dates: "
        + "; ".join(f"{e.label}: {e.text}" for e in events[:14])
        + ". A good answer groups the events into two or three phases, justifies the "
        "boundaries and defends one turning point with the article’s evidence.")
    return [_Cand("phases", "", text, "application", secs, list(dict.fromkeys(blocks)), answer)]


_RULES: list[Callable[[_Doc], list[_Cand]]] = [
    _thesis, _views, _contrast_cands, _agreements, _section_cands, _term_cands, _phase_cands]


def _single_section(text: str, sec: model.Section) -> str:
    """In a reading with one section, name the article, not the section.

    >>> _single_section("The article contrasts A and B in the section “Start”. Why?",
    ...                 model.Section("s", "Start"))
    'The article contrasts A and B. Why?'
    """
    name = f"the section {_t(sec)}"
    text = re.sub(rf"^In {re.escape(name)}, (\w)", lambda m: m.group(1).upper(), text)
    text = text.replace(f"reported in {name}", "reported in the article")
    text = re.sub(rf"(?:,? (?:in|from|according to)) {re.escape(name)}(?=[,.?])", "", text)
    return text.replace(name, "the article")


def generate(reading: model.Reading) -> list[model.Question]:
    """Deterministic questions for ``reading``, each passing :func:`quality_problems`.

    Order: framing questions (thesis, hypothesis, research question) first, then
    in the order of the evidence in the article.
    """
    doc = _analyse(reading)
    cands: list[_Cand] = []
    for rule in _RULES:
        cands.extend(rule(doc))
    order = {b.id: i for i, (_, b) in enumerate(reading.blocks())}
    framing = {"thesis": 0, "hypothesis": 1, "question": 2}
    cands.sort(key=lambda c: (framing.get(c.rule, 9),
                              min((order.get(b, 10**6) for b in c.evidence), default=10**6),
                              c.rule, c.key))
    block_ids = set(order)
    if len([x for x in reading.sections if x.blocks]) == 1:
        only = next(x for x in reading.sections if x.blocks)
        for c in cands:
            c.text = _single_section(c.text, only)
    out: list[model.Question] = []
    seen_ids: set[str] = set()
    for c in cands:
        q = c.question()
        if q.id in seen_ids:
            continue
        if quality_problems(q, out, block_ids):
            continue
        seen_ids.add(q.id)
        out.append(q)
    return out


# ====================================================================== selection


def _rule_of(q: model.Question) -> str:
    if q.origin == "custom":
        return "custom"
    m = re.match(r"([a-z-]+)-[0-9a-f]{6}$", q.id)
    return m.group(1) if m and m.group(1) in RULE_PRIORITY else "custom"


def _greedy(pool: list[model.Question], chosen: list[model.Question], n: int,
            level_bonus: dict[str, float] | None = None) -> list[model.Question]:
    chosen = list(chosen)
    rest = [q for q in pool if q not in chosen]
    while len(chosen) < n and rest:
        levels = {q.level for q in chosen}
        secs = {s for q in chosen for s in q.sections}
        rules: dict[str, int] = {}
        for q in chosen:
            rules[_rule_of(q)] = rules.get(_rule_of(q), 0) + 1

        def score(q: model.Question) -> float:
            r = _rule_of(q)
            s = RULE_PRIORITY.get(r, 5)
            if q.level not in levels:
                s += 3
            if any(x not in secs for x in q.sections):
                s += 2
            s -= 2.5 * rules.get(r, 0)
            s -= 1.0 * sum(1 for c in chosen if c.level == q.level)
            if level_bonus:
                s += level_bonus.get(q.level, 0)
            return s
        best = max(rest, key=lambda q: (score(q), -pool.index(q)))
        chosen.append(best)
        rest.remove(best)
    return chosen


def _in_file_order(pool, chosen):
    ids = {id(q) for q in chosen}
    return [q for q in pool if id(q) in ids]


def select_for_reader(questions: list[model.Question], lo: int = 10,
                      hi: int = 14) -> list[model.Question]:
    """The reader's questions: pinned (all of them, even beyond ``hi``), then the
    instructor's own, then a greedy balance of levels and sections up to ``hi``.
    Fewer than ``hi`` only when fewer exist; ``lo`` is the floor a generated set
    is expected to reach (``check`` can warn below it).  Returned in file order.

    >>> qs = [model.Question(f"q{i}", "Why?", level=lv, sections=[f"s{i % 3}"])
    ...       for i, lv in enumerate(LEVELS * 5)]
    >>> len(select_for_reader(qs)), len(select_for_reader(qs, hi=8))
    (14, 8)
    """
    pool = list(questions)
    chosen = [q for q in pool if q.pinned]
    for q in pool:
        if q.origin in ("custom", "edited") and q not in chosen and len(chosen) < hi:
            chosen.append(q)
    chosen = _greedy(pool, chosen, min(max(hi, 0), len(pool)))
    return _in_file_order(pool, chosen)


def select_for_handout(questions: list[model.Question], n: int = 6) -> list[model.Question]:
    """The handout's questions: ``handout: true`` first, then pinned, then the greedy
    balance (favouring analysis and evaluation).  Returned in file order."""
    pool = list(questions)
    chosen = [q for q in pool if q.handout]
    for q in pool:
        if q.pinned and q not in chosen and len(chosen) < n:
            chosen.append(q)
    chosen = _greedy(pool, chosen, n, {"evaluation": 1.0, "analysis": 0.5})
    return _in_file_order(pool, chosen)


# ====================================================================== the editable file


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
    return _hash(*parts, n=12)


def _plain(v: Any) -> Any:
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    return v


def emit_scalar(key: str, value: Any, indent: str) -> list[str]:
    """YAML lines for ``key: value``: long text folded at 76 columns, lists in flow style;
    falls back to quoted style whenever the folded form would not read back identically.

    >>> emit_scalar("text", "Why?", "  ")
    ['  text: Why?']
    >>> emit_scalar("evidence", ["p1", "p2"], "  ")
    ['  evidence: [p1, p2]']
    """
    def dump(v):
        s = yaml.safe_dump(v, default_flow_style=True, allow_unicode=True, width=10**9)
        s = s.rstrip("\n")
        if s.endswith("\n..."):
            s = s[:-4]
        return s
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
        return [f"{indent}{key}: {dump(value)}"]
    return [f"{indent}{key}: {dump(value)}"]


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


HEADER = """\
Discussion questions for this reading (written by `coursepack`, owned by you).

How to edit:
  - The order of this list is the printed order: move entries to reorder.
  - Reword `text` (or `answer`) freely: a question whose text no longer
    matches its `fingerprint` counts as edited and is never overwritten.
  - `dropped: true` removes a question (it stays here so that it does not
    come back when questions are regenerated).
  - `pinned: true` always prints it in the reader; `handout: true` always
    prints it in the student handout.
  - Add your own: `text` (required), `level` (comprehension, analysis,
    evaluation, application), `sections` and `evidence` (section and block
    ids from build/<slug>/edition.json), `answer`; `origin: custom`.
    Leave `id` out to have one made for you.
  - Regenerating only adds new questions and refreshes untouched generated
    ones. Comments you add to this file are not kept.
The line above each entry says whether it is printed (reader, handout)."""


def _load_entries(path: Path, schema: Schema, top: str, item: str,
                  extra_check: Callable[[dict, Problems, str], None] | None = None) -> list[dict]:
    """Validated entries (plain dicts with defaults) of an editable list file."""
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


def _derive_custom_id(prefix: str, text: str, taken: set[str]) -> str:
    base = f"{prefix}-{_hash(normalize_space(text))}"
    qid, n = base, 2
    while qid in taken:
        qid, n = f"{base}-{n}", n + 1
    return qid


def _status(e: dict, fp_fields) -> str:
    """'custom', 'edited', 'generated' (untouched)."""
    if e.get("origin") == "custom":
        return "custom"
    fp = e.get("fingerprint")
    if e.get("origin") == "edited" or not fp or fp != fingerprint(e, fp_fields):
        return "edited"
    return "generated"


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
        st = _status(e, fp_fields)
        touched = st != "generated" or e.get("pinned") or e.get("dropped") or e.get("handout")
        if st == "custom":
            if not e.get("id"):
                e["id"] = _derive_custom_id(prefix, e.get("text", ""), taken)
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
               (_status(e, fp_fields) == "edited" or e.get("dropped") or e.get("pinned"))]
    for i, g in enumerate(generated):
        if g["id"] in have:
            continue
        if _superseded(g, touched):
            counts["skipped"] = counts.get("skipped", 0) + 1
            continue
        # insert after the nearest preceding generated entry already in the list
        pos = None
        for prev in reversed(gen_ids[:i]):
            j = next((k for k, e in enumerate(out) if e.get("id") == prev), None)
            if j is not None:
                pos = j + 1
                break
        if pos is None:
            nxt = next((k for k, e in enumerate(out) if e.get("id") in gen_ids[i + 1:]), None)
            pos = nxt if nxt is not None else len(out)
        out.insert(pos, dict(g))
        have.add(g["id"])
        counts["added"] += 1
    counts["total"] = len(out)
    return out, counts


_FP_FIELDS = ("text", "answer", "level", "sections", "evidence")


def _superseded(g: dict, touched: list[dict]) -> bool:
    """A newly generated entry that an instructor has already dealt with under an
    older id: same generated content (fingerprint), or same rule and nearly the same
    text as an entry that was dropped or pinned (their text is the generated one)."""
    rule = g["id"].rsplit("-", 1)[0]
    for e in touched:
        if e.get("fingerprint") and e["fingerprint"] == g.get("fingerprint"):
            return True
        if str(e.get("id", "")).rsplit("-", 1)[0] == rule and \
                fuzz.ratio(_norm_for_dup(str(e.get("text", ""))), _norm_for_dup(g["text"])) >= NEAR_DUPLICATE:
            return True
    return False


def _q_entry(q: model.Question) -> dict:
    e = {"id": q.id, "text": q.text, "level": q.level, "sections": list(q.sections),
         "evidence": list(q.evidence), "answer": q.answer, "origin": "generated",
         "pinned": False, "handout": False, "dropped": False}
    e["fingerprint"] = fingerprint(e, _FP_FIELDS)
    return e


def _entry_q(e: dict) -> model.Question:
    origin = _status(e, _FP_FIELDS)
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
    entries = _load_entries(Path(path), QUESTIONS_SCHEMA, "questions", "question")
    taken = {e["id"] for e in entries if e.get("id")}
    out = []
    for e in entries:
        if not e.get("id"):
            e["id"] = _derive_custom_id("custom", e["text"], taken)
            taken.add(e["id"])
        if e.get("dropped"):
            continue
        out.append(_entry_q(e))
    return out


def regenerate(path: Path, reading: model.Reading, *, reader: int = 14,
               handout: int = 6) -> dict:
    """Write or update ``questions.yaml`` for ``reading``; returns counts
    (kept, added, refreshed, removed, edited, custom, dropped, total, written;
    skipped when a new question was already dealt with under an older id).
    ``reader``/``handout`` are the pack's numbers, used only for the comment
    above each entry saying where it is printed."""
    path = Path(path)
    generated = [_q_entry(q) for q in generate(reading)]
    existing = _load_entries(path, QUESTIONS_SCHEMA, "questions", "question") \
        if path.exists() else []
    for e in existing:
        if not e.get("id") and e.get("origin") != "custom":
            e["origin"] = "custom"
    merged, counts = merge(existing, generated, _FP_FIELDS, "custom")
    qs = [_entry_q(e) for e in merged if not e.get("dropped")]
    in_reader = select_for_reader(qs, hi=reader)
    in_handout = {q.id for q in select_for_handout(in_reader, n=handout)}
    in_reader_ids = {q.id for q in in_reader}
    notes = {}
    for e in merged:
        where = [w for w, s in (("reader", in_reader_ids), ("handout", in_handout))
                 if e["id"] in s]
        notes[e["id"]] = ("dropped" if e.get("dropped") else
                          "printed in: " + ", ".join(where) if where else "not printed")
    for e in merged:
        if e.get("origin") == "custom":
            e.pop("fingerprint", None)
    text = emit_entries(HEADER, "questions", merged, _FIELDS, notes)
    from .outputs import write_if_changed
    counts["written"] = write_if_changed(path, text)
    return counts
