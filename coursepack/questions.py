"""Discussion questions: generated from the edition model, owned by the instructor.

Generation is rule-based and deterministic (no hosted model): :func:`generate`
reads the repaired :class:`~coursepack.model.Reading` through the model of its
argument (:mod:`.argument`) and asks, task by task, only about what this article
says:

* **reconstruct**: its thesis ("this paper argues that …", in the abstract when
  the body states none), its research question (in its own voice, never one it
  leaves to future research: :func:`.argument.left_open`), the question its title
  asks, its stated aim or subject (the abstract's first), or its main sections by
  name (a stock question, printed only when the article gives fewer than two
  grounded questions of other tasks);
* **weigh the evidence**: a hypothesis (asked, never asserted: accepted, rejected
  or qualified?), a second finding it states as shown, or its conclusion quoted;
* **examine the sources**: its own experiment, survey or interviews (the methods
  section named; else the sentence that names them), the statements of an
  office-holder it reports again and again, or a section that reviews its sources
  one by one in subsections of their own;
* **compare**: two views reported side by side (named people, cited works),
  without presupposing that they are rivals; one argued view weighed against the
  author's; contrasts between actors ("While A …, B …"); two parts it sets side
  by side (sibling sections whose titles name two sides); two concepts it defines
  in sibling sections; a reply's two named critics;
* **alternative**: an objection or rival explanation the article itself weighs
  (a reply: the critics it answers; a review: one of its own reservations, quoted),
  or its own explanation (in its conclusion, or in a section of its body, named);
* **forecast**: the author's own expectation (in the conclusion or with a time
  ahead), quoted whole;
* **concept**: a concept it defines or uses across the article (not an acronym's
  expansion, a name, a worry about a term, or a term of one passage);
* **apply**: its claim (or a finding of its conclusion, or its study's setting)
  carried to another case.

A task the article gives nothing specific for is not asked: no "what would a
critic say?", "to which other case could the argument be applied?" or "which
kinds of source do the notes cite?" that fits any article; an article may print
few questions.  A claim is asked about by one question (the application aside).

**Page references.**  Each question's ``evidence`` names the sentences it quotes
or paraphrases ("s3-p4~2": the second sentence of paragraph s3-p4; "abstract-1~1";
a bare paragraph id for a whole paragraph).  The reader marks those sentences
(:func:`marked_inlines`), and the layout gives the page where each is printed.
The answer's place is cited too (:func:`_answer_spans`): a section a question names
or sets beside another is cited whole, first page to last (:func:`_whole`); a
definition quoted over several sentences, each of them.

The **kind of article** (:attr:`.argument.Argument.genre`: a review, a reply to
critics, an empirical study, an essay) and its **own evidence** choose among the
forms.  Each finding fills a question form at one of four levels of thinking
(:data:`LEVELS`).  Every question passes the gates of :func:`quality_problems`
or is not emitted.

**Editing** (``questions.yaml``): the file order is the order; an
instructor may reword a question (detected by its ``fingerprint``, then it is
``edited`` and never touched again), drop it (``dropped: true``), pin it
(``pinned: true``), force it into the handout (``handout: true``) or add
their own (``origin: custom``; ``id`` optional).  :func:`regenerate` keeps all
of that and only adds new generated questions or refreshes untouched ones.

**Selection rule**: :mod:`coursepack.questionset` (:func:`select_for_reader`,
:func:`select_for_handout`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable
from importlib import resources

import yaml
from rapidfuzz import fuzz

from . import model
from .editable import (NEAR_DUPLICATE, dup_key, emit_entries, fingerprint, load_entries,
                       merge, short_hash)
# the question set (levels, tasks, the file's schema and loading, the choice
# for reader and handout, sentence references): a module of its own, which a
# build that generates no questions imports without this one
from .questionset import (LEVELS, ORIGINS, QUESTION_ENTRY, QUESTIONS_SCHEMA,  # noqa: F401
                          RULE_PRIORITY, SENTENCE_END, SENTENCE_SEP, TASK_OF, SentenceMark, _FP_FIELDS,
                          _entry_q, abstract_id, antecedent, block_of, evidence_ids, load_questions, marked_inlines,
                          rule_of, select_for_handout, select_for_reader, sentence_ref,
                          sentence_refs)


# ====================================================================== schema

_FIELDS = ["id", "text", "level", "sections", "evidence", "answer", "origin",
           "pinned", "handout", "dropped", "fingerprint"]


# ====================================================================== text helpers

from .textutil import balanced as _balanced, language, normalize_space, split_sentences, is_reference_section
from .outputs import write_if_changed


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
    if len(s.split()) > max_words or not _balanced(s) or s.lstrip("“„\"‘«»([")[:1].islower():
        return False        # (a fragment of a sentence: "will probably produce just what …")
    first = s.split()[0].strip("“\"‘").lower()
    if first in {"this", "that", "these", "those", "they", "he", "she", "it", "its", "such",
                 "and", "but", "however", "moreover", "therefore", "thus", "hence", "also",
                 "here", "there", "then", "so", "or", "both", "another", "later", "finally",
                 "as", "consequently", "accordingly", "still", "yet", "nevertheless"} \
            and not re.match(r"It (seems|is|was|appears)\b", s):
        return False
    return not re.search(r"\b(above|below|aforementioned|former|latter)\b", s)


# ====================================================================== gates

_RESIDUE = [
    (re.compile(r"[{}]"), "template residue (braces)"),
    (re.compile(r"\bNone\b"), "template residue ('None')"),
    (re.compile(r"  "), "double space"),
    (re.compile(r"\b(\w+) \1\b", re.I), "repeated word"),
    (re.compile(r" [,.;:?!]"), "space before punctuation"),   # French puts a no-break one
    (re.compile(r"…|\.\.\."), "ellipsis (truncated quotation?)"),
    (re.compile(r"\b(the above|above-mentioned|aforementioned|this passage|this paragraph|"
                r"this quote|the following|see above|see below)\b", re.I),
     "not self-contained (refers to 'above'/'this passage')"),
    (re.compile(r"\b(a)\s+[aeiou]\w", re.I), "'a' before a vowel"),
]
#: checks that hold for English only ("a otro caso" is Spanish)
_ENGLISH_ONLY = {"'a' before a vowel"}

_QWORD = re.compile(r"\b(what|how|why|which|who|whom|whose|when|where|whether|does|do|did|is|"
                    r"are|was|were|can|could|would|should|to what extent|in what|"
                    r"wie|was|welche[rsnm]?|warum|weshalb|inwiefern|wodurch|worauf|worin|wer|"
                    r"wen|wem|wessen|wann|wo|ob|nimmt|würde|lässt|ließe|überzeugt|hat|"
                    r"quel(?:le)?s?|comment|pourquoi|que|qu|qui|où|quoi|"          # French
                    r"qué|cómo|por qué|cuál(?:es)?|quién(?:es)?|dónde|cuándo|"   # Spanish
                    r"jak(?:i|a|ie|iej|iego|im)?|dlaczego|czy|co|czym|któr(?:y|a|e|ym)|"
                    r"na ile)\b", re.I)                                          # Polish


def quality_problems(q: model.Question, others: Iterable[model.Question] = (),
                     blocks: set[str] | None = None, lang: str = "en") -> list[str]:
    """Everything wrong with one question (empty list: it passes the gates).

    ``others`` are the questions already accepted (checked for duplicates);
    ``blocks``, when given, are the block ids that exist in the reading;
    ``lang``, the reading's language (some checks hold for English only).

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
    first = re.match(r"[“\"‘(¿¡«„]?\s?([^\W\d_])", text.strip())
    if not first or not first.group(1).isupper():
        problems.append("does not begin with a capital letter")
    if not _balanced(text.replace("„", "“") if lang == "pl" else text):     # Polish: „…”
        problems.append("unbalanced quotation marks or brackets")
    for rx, msg in _RESIDUE:
        if rx.search(text) and msg not in problems and (lang == "en" or msg not in _ENGLISH_ONLY):
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
        missing = [b for b in q.evidence if block_of(b) not in blocks
                   and not re.fullmatch(r"abstract-\d+", block_of(b))]
        if missing:
            problems.append(f"evidence block(s) not in the reading: {', '.join(missing)}")
    norm = dup_key(text)
    for o in others:
        if o is q or o.id == q.id:
            continue
        score = fuzz.ratio(norm, dup_key(o.text))
        if score >= NEAR_DUPLICATE:
            problems.append(f"near-duplicate of {o.id} ({score:.0f}%)")
            break
    return problems


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
        for p in quality_problems(q, questions[:i], blocks,
                                  language(reading) if reading is not None else "en"):
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
        if is_reference_section(sec.title):
            continue
        text = normalize_space(model.plain_text(block.inlines))
        for s in split_sentences(text):
            sents.append(_Sent(s, block.id, sec, len(sents), block.kind == "quote"))
    secs = [s for s in reading.sections if s.blocks and any(x.section is s for x in sents)]
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


#: German reported views ("nach Hayek ist …", "Hayek zufolge", "laut Rawls", "…, so
#: Hayek.", "Hayek argumentiert/betont/vertritt die These", "In John Rawls’ Werk"): a
#: name of one or two words, "von" allowed, its words German-capitalised; read only in
#: a German reading, and a name counts only when the article cites its bearer
#: (:func:`_cited_surnames`), for German nouns are capitalised too
_DE_NAME = r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+)?(?:(?:von|van|de)\s+)?[A-ZÄÖÜ][a-zäöüß]+"
_DE_YEAR = r"(?:\s*\(\d{4}[a-z]?(?:[,:]\s*[\d–-]+)?\))?"
_DE_VIEW_PATTERNS = [
    re.compile(rf"^Nach (?P<name>{_DE_NAME}){_DE_YEAR}\s*,?\s+(?:ist|sind|sei|seien|hat|haben|gilt|"
               rf"gelten|kann|können|muss|müssen|wird|werden|bedeutet|bleibt|beruht|entsteht)\b"),
    re.compile(rf"(?P<name>{_DE_NAME}){_DE_YEAR} zufolge\b"),
    re.compile(rf"\b[Ll]aut (?P<name>{_DE_NAME})\b"),
    re.compile(rf",\s*so (?P<name>{_DE_NAME}){_DE_YEAR}\s*[,.;]"),
    re.compile(rf"(?P<name>{_DE_NAME}){_DE_YEAR}\s+(?:argumentiert|argumentierte|betont|betonte|"
               rf"behauptet|behauptete|vertritt die (?:These|Auffassung|Ansicht)|vertrat die "
               rf"(?:These|Auffassung|Ansicht)|hebt hervor|unterstreicht|kritisiert|kritisierte|"
               rf"fordert|forderte|konstatiert|folgert|hält fest|zeigt, dass|zeigte, dass|"
               rf"beschreibt, dass|weist darauf hin)\b"),
    re.compile(rf"\bIn (?P<name>{_DE_NAME})(?:[’']|s) (?:Werk|Theorie|Sicht|Ansatz|Buch|Schriften|"
               rf"Verständnis|Konzeption)\b"),
]
_DE_NOT_NAME = {"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Eines", "Dies",
                "Diese", "Dieser", "Dieses", "Er", "Sie", "Es", "Man", "Wir", "Ich", "Auch", "Dabei",
                "Damit", "Daher", "So", "In", "Im", "Bei", "Mit", "Von", "Zu", "Zur", "Zum", "Nach",
                "Beitrag", "Autor", "Autorin", "Studie", "Untersuchung", "Bericht", "Gericht"}


def _cited_surnames(reading: model.Reading) -> dict[str, set[str]]:
    """The surnames of the persons the article cites (its bibliography's persons, the
    capitalised words of its notes), each with the given names it gives them there."""
    out: dict[str, set[str]] = {}
    for e in reading.bibliography or []:
        for names in (getattr(e, "persons", None) or {}).values():
            for n in names:
                n = n.strip("{} ")
                if "," in n:
                    last, given = n.split(",", 1)[0].split()[-1:], n.split(",", 1)[1].split()
                else:
                    last, given = n.split()[-1:], n.split()[:-1]
                if last:
                    out.setdefault(last[0], set()).update(given)
    for f in reading.footnotes or []:
        text = model.plain_text(f.inlines)
        for m in re.finditer(r"\b((?:[A-ZÄÖÜ](?:[a-zäöüß]+|\.)\s+){0,2}(?:von\s+)?)([A-ZÄÖÜ][a-zäöüß]{2,})\b",
                             text):
            out.setdefault(m.group(2), set()).update(m.group(1).split())
    return out


def _de_display(doc, key: str, given: set[str]) -> str:
    """The fullest form of a cited person's name in a German article: the surname with
    the given names the article's citations give them ("Isabel Heinemann"), else the
    surname alone."""
    best = key
    rx = re.compile(rf"\b((?:[A-ZÄÖÜ](?:[a-zäöüß]+|\.)\s+){{1,2}}(?:von\s+)?){re.escape(key)}(?:s\b|’|\b)")
    for x in doc.sents:
        for m in rx.finditer(x.text):
            toks = m.group(1).split()
            while toks and toks[0] not in given:
                toks = toks[1:]
            form = " ".join(toks + [key])
            if toks and len(form) > len(best):
                best = form
    return best


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
            # ("Anne Phillips’s": the name itself in the possessive, kept)
            toks = toks[i + 1:] if i < len(toks) - 1 else toks[:i] + [toks[i][:-2]]
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
    people_de: dict[str, _Person] = {}
    de_found: list = []
    if language(doc.reading) == "de":
        cited = _cited_surnames(doc.reading)
        for s in doc.sents:
            if s.quote:
                continue
            seen_here: set[str] = set()
            for rx in _DE_VIEW_PATTERNS:
                for m in rx.finditer(s.text):
                    name = m.group("name").split()
                    name = name[next((i for i, t in enumerate(name) if t not in _DE_NOT_NAME),
                                     len(name)):]
                    if not name or name[-1] in _DE_NOT_NAME or name[-1] not in cited \
                            or name[-1] in seen_here:
                        continue
                    seen_here.add(name[-1])
                    de_found.append((s, name[-1]))
        for s, key in de_found:
            p = people_de.setdefault(key, _Person(key, _de_display(doc, key, cited[key])))
            if s not in p.views:
                p.views.append(s)
        # (the English patterns read German nouns and sentence openers as names:
        # "Weil Hayek", "Die Freiburger Historikerin Isabel Heinemann")
        return list(people_de.values())
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
        if re.fullmatch(r"[A-Z]{2,6}", key):
            continue        # an acronym ("the EU", "NATO"): an institution, not a person
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
        if a == b or a.split()[0] in _STOP_CAPS or b.split()[0] in _STOP_CAPS or \
                a.split()[0] in _LEADERS or b.split()[0] in _LEADERS:
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
    #: sentences cited as the results behind the answer, not asked about: another
    #: question may still quote them
    support: list[str] = field(default_factory=list)
    #: a stock question, whose only slot is the article's section titles ("Summarise the
    #: central claim … how do the sections … build up to it?"): asked only when the
    #: article gives fewer than two grounded questions (:func:`generate`)
    stock: bool = False

    def question(self) -> model.Question:
        # the anchor (first) evidence block, not the supporting ones: those move
        # more easily when the generator or the repair changes
        qid = f"{self.rule}-{short_hash(self.rule, block_of(self.evidence[0]) if self.evidence else '', self.key)}"
        return model.Question(id=qid, text=self.text, level=self.level,
                              sections=list(dict.fromkeys(self.sections)),
                              evidence=list(dict.fromkeys(self.evidence)),
                              answer=re.sub(r" {2,}", " ", self.answer).strip(),
                              origin="generated")


def _t(sec: model.Section, lang: str = "en") -> str:
    t = _strip_end(normalize_space(sec.title))
    return _quote(t) if lang == "en" else f"{_QUOTES[lang][0]}{t}{_QUOTES[lang][1]}"


def _sec_phrase(secs: list[model.Section]) -> str:
    uniq: list[model.Section] = []
    for s in secs:
        if s is not None and not any(s is u for u in uniq):
            uniq.append(s)
    secs = uniq
    if not secs:
        return "the article"
    if len(secs) == 1:
        return f"the section {_t(secs[0])}"
    return "the sections " + ", ".join(_t(s) for s in secs[:-1]) + f" and {_t(secs[-1])}"


def _qs(s, lang: str = "en", mid: bool = False) -> str:
    """A sentence quoted whole, with its own final punctuation (inner double
    quotation marks become single ones); ``mid``: inside a sentence, so its
    full stop is left out; German quotation marks for a German reading.

    >>> _qs("He said “no”"), _qs("Es ging.", "de", mid=True), _qs('So-called "groupwork".')
    ('“He said ‘no’.”', '„Es ging“', '“So-called ‘groupwork’.”')
    """
    t = (s if isinstance(s, str) else s.text).strip()
    t = t.replace("“", "‘").replace("”", "’").replace("„", "‚")
    t = re.sub(r'"([^"]*)"', r"‘\1’", t)      # (straight ones too: "groupwork")
    if mid:
        t = t.rstrip(".")
    elif not re.search(r"[.?!][”’\"]?$", t):
        t += "."
    t = t.replace("«", "‹").replace("»", "›") if lang in ("fr", "es") else t
    o, c = _QUOTES.get(lang, _QUOTES["en"])
    return f"{o}{t}{c}"


def _wordings() -> dict:
    return yaml.safe_load(resources.files("coursepack").joinpath("data/question_tasks.yaml")
                          .read_text(encoding="utf-8"))


_TASK_WORDS = _wordings()


class Wordings:
    """The wordings of one language; the n-th use of a form picks its next
    wording, starting at a place that depends on the article (so that the
    readings of a pack do not all open the same way)."""

    def __init__(self, lang: str, seed: str, authors: int = 1):
        self.forms = _TASK_WORDS.get(lang) or _TASK_WORDS["en"]
        self.seed = seed
        self.used: dict[str, int] = {}
        self.picked: dict[str, set[int]] = {}
        self.lang, self.plural = lang, authors > 1

    def has(self, form: str) -> bool:
        """This language has wordings for ``form``."""
        return bool(self.forms.get(form))

    def __call__(self, form: str, pick: int | None = None, **kw) -> str:
        """``form``'s wording filled in; ``pick``: the wording the article's content
        calls for (its n-th; the last when the language has fewer), else the next."""
        options = self.forms[form]
        k = self.used.get(form, 0)
        self.used[form] = k + 1
        start = int(short_hash(self.seed, form), 16)
        i = min(pick, len(options) - 1) if pick is not None else (start + k) % len(options)
        taken = self.picked.setdefault(form, set())
        if i in taken and len(taken) < len(options):
            # (one article's second question of a form: another wording, not the same twice;
            # an earlier one first, the later ones being for particular articles)
            i = next(j for j in [*range(i - 1, -1, -1), *range(i + 1, len(options))]
                     if j not in taken)
        taken.add(i)
        text = options[i].format(**kw).replace("  ", " ")
        return for_authors(text, self.lang) if self.plural else text


#: wordings about "the author" made right for an article by several authors:
#: English in the plural (the verb agreeing); German names the article itself
#: ("der Beitrag", masculine like "der Autor", so "er"/"seiner" still agree),
#: which also avoids guessing the authors' genders
_PLURAL_AUTHORS = {
    "en": [(r"\bThe author argues\b", "The authors argue"),
           (r"\b([Dd])oes the author\b", r"\1o the authors"),
           (r"\bThe author expects\b", "The authors expect"),
           (r"\bthe author (gives|uses)\b", lambda m: f"the authors {m.group(1)[:-1]}"),
           (r"\bthe author’s\b", "the authors’"),
           (r"\b([Tt])he author\b", r"\1he authors")],
    "de": [(r"\bDer Autor\b", "Der Beitrag"), (r"\bder Autor\b", "der Beitrag"),
           (r"\bdes Autors\b", "des Beitrags"), (r"\bdem Autor\b", "dem Beitrag")],
}


def for_authors(text: str, lang: str) -> str:
    """A question's wording for an article by several authors.

    >>> for_authors("The author argues that X. Does the author accept it?", "en")
    'The authors argue that X. Do the authors accept it?'
    >>> for_authors("Auf welche Quellen stützt sich der Autor?", "de")
    'Auf welche Quellen stützt sich der Beitrag?'
    """
    for pat, rep in _PLURAL_AUTHORS.get(lang, []):
        text = re.sub(pat, rep, text)
    return text


_ANSWER = {     # the instructor's notes under each question, per language
    "en": {"where": "Where:", "article": "The article:", "good": "A good answer", "and": " and "},
    "de": {"where": "Fundstelle:", "article": "Der Beitrag:", "good": "Eine gute Antwort",
           "and": " und "},
    "fr": {"where": "Où :", "article": "L’article :", "good": "Une bonne réponse",
           "and": " et ", "generic": "s’appuie sur les passages indiqués et les cite."},
    "es": {"where": "Dónde:", "article": "El artículo:", "good": "Una buena respuesta",
           "and": " y ", "generic": "se apoya en los pasajes indicados y los cita."},
    "pl": {"where": "Gdzie:", "article": "Artykuł:", "good": "Dobra odpowiedź", "and": " i ",
           "generic": "opiera się na wskazanych fragmentach artykułu i je przytacza."},
}
_GLOSSARY = {"de": "Glossar", "fr": "Glossaire", "es": "Glosario", "pl": "Słowniczek"}
#: quotation marks of each language (a French or Spanish quotation keeps its own
#: guillemets as single ones)
_QUOTES = {"en": ("“", "”"), "de": ("„", "“"), "fr": ("«\u00a0", "\u00a0»"), "es": ("«", "»"),
           "pl": ("„", "”")}


def _note(lang: str, en: str, de: str) -> str:
    """What a good answer does, in the reading's language (the notes of the
    other languages say it in one general sentence)."""
    if lang == "en":
        return en
    if lang == "de":
        return de
    g = _ANSWER[lang]
    return (f" {g['good']} {g['generic']}" if en.startswith(" A good answer") else g["generic"])


def _where(lang: str, secs) -> str:
    uniq = []
    for x in secs:
        if x is not None and x not in uniq and (getattr(x, "title", x) or "").strip():
            uniq.append(x)      # an untitled section (the article's opening) is not named
    if not uniq:
        return ""      # no heading to name: the question's page reference says where
    return f"{_ANSWER[lang]['where']} " + ", ".join(_t(x, lang) for x in uniq) + "."


#: how many notes and cited works, per language: (one note, notes, one work, works)
_COUNTS = {"en": ("{n} note", "{n} notes", "{n} work cited", "{n} works cited"),
           "de": ("{n} Anmerkung", "{n} Anmerkungen", "{n} zitiertes Werk", "{n} zitierte Werke"),
           "fr": ("{n} note", "{n} notes", "{n} ouvrage cité", "{n} ouvrages cités"),
           "es": ("{n} nota", "{n} notas", "{n} obra citada", "{n} obras citadas"),
           "pl": ("przypisy: {n}", "przypisy: {n}", "cytowane prace: {n}", "cytowane prace: {n}")}


def _counts(lang: str, notes: int, works: int) -> str:
    """The article's notes and cited works counted, in its language.

    >>> _counts("en", 1, 22), _counts("de", 11, 1)
    ('1 note, 22 works cited.', '11 Anmerkungen, 1 zitiertes Werk.')
    """
    c = _COUNTS.get(lang, _COUNTS["en"])
    return (f"{c[0 if notes == 1 else 1].format(n=notes)}, "
            f"{c[2 if works == 1 else 3].format(n=works)}.")


#: source kinds too vague to ask about ("The article draws on data")
_VAGUE_SOURCES = {"data", "statements", "reports", "documents", "Quellen", "Dokumente",
                  "Debatten"}
#: a drafted "definition" that opens with a judgement is a claim about the term
#: ("A central category …", "Ein fester Bestandteil …", "Refers to multiple …")
_EVALUATIVE = re.compile(r"(?i)(?:an?|ein|eine|einen)\s+(?:fester|feste|zentrale[rn]?|wichtige[rn]?|"
                         r"central|important|key|crucial|major|essential)\b|refers to multiple\b")


#: a thesis stated as the article's own wherever it stands ("this paper argues", "I argue")
_OWN_THESIS = re.compile(
    r"\b(?:this|the present|our) (?:paper|article|study|essay|chapter) (?:argues|contends|claims|"
    r"maintains|shows|demonstrates)\b|\b(?:I|we) (?:argue|contend|claim|maintain)\b|"
    r"\b(?:dieser|der vorliegende) (?:Beitrag|Aufsatz|Artikel) (?:argumentiert|zeigt|vertritt)\b|"
    r"\bich (?:argumentiere|vertrete)\b|\b(?:die|meine) (?:zentrale )?These (?:lautet|ist)\b")
#: a citation of a work ("(Hix et al. 2007)", "Smith (2001)", "[12]")
_CITED = re.compile(r"\((?:[^()]*\s)?\d{4}[a-z]?\)|\bet al\.|\[\d+(?:[,–-]\s*\d+)*\]")
#: a sentence that leans on the one before it, so cannot be quoted alone
_LEADS_BACK = re.compile(
    r"(?i)^(?:besides|moreover|furthermore|in addition|in the meantime|meanwhile|hence|thus|"
    r"therefore|so|this|that|these|those|such|it|they|he|she|here|there|finally|also|second|"
    r"third|first|außerdem|zudem|daher|deshalb|somit|dies|diese[rsnm]?|das|es|sie|er|hier|"
    r"hinzu kam|schließlich)\b")
#: a sentence that states an aim, not only a subject
_STATES_AIM = re.compile(r"(?i)\b(?:aims?|purpose|goal|seeks?|sets? out to|intends?|attempts?|tries|"
                         r"provides|offers|proposes|develops|"
                         r"Ziel|will|möchte|soll)\b")
#: a view argued (not a remark "commented", "wrote"): the verbs that report one
_ARGUES = re.compile(r"\b(?:argue[sd]?|claim(?:s|ed)?|contend(?:s|ed)?|emphasi[sz]e[sd]?|"
                     r"stress(?:es|ed)?|suggest(?:s|ed)?|maintain(?:s|ed)?|insist(?:s|ed)?|holds?|"
                     r"held|believe[sd]?|propose[sd]?|betont|argumentiert|behauptet|vertritt|"
                     r"meint|hält .{0,40} für)\b")
#: a sentence opening with a contrast to the one before it ("Allerdings lässt sich zeigen …")
_CONTRAST_OPENER = re.compile(r"(?i)^(?:however|but|yet|still|nevertheless|allerdings|doch|aber|"
                              r"jedoch|dennoch|freilich)\b")
#: not a conclusion to weigh: a question, a wish, a call for research, a remark on the field
_NOT_A_CLAIM = re.compile(
    r"(?i)\b(?:should|ought to|must be|need(?:s)? to|further research|future research|"
    r"more research|sollte[n]?|müsste[n]?|weitere Forschung|künftige Forschung|hope|Hoffnung)\b")
#: the article weighs an objection or a rival explanation itself
_COUNTER_CUE = re.compile(
    r"(?i)\bcounter-?argument|\balternative (?:explanation|account|interpretation)|"
    r"\b(?:one|we) (?:could|might|may) (?:argue|object)\b|\bit (?:could|might|may) be "
    r"(?:argued|objected)\b|\bobjection\b|\bcritics (?:argue|contend|claim|object)\b|"
    r"\bGegenargument|\balternative Erklärung|\beinwenden\b|\bEinwand\b")
#: what an objection is raised against, named in its sentence ("counterargument to the
#: artifactual explanation is that", "Einwand gegen die These, dass")
_COUNTER_TARGET = re.compile(
    r"(?i)\b(?:counter-?arguments?|objections?|criticisms?)\s+(?:to|against)\s+"
    r"(?P<t>(?:the|this|that|our|their|his|her|its)\s+[^,;:()]{3,60}?)\s+(?:is|was|would be|has been|"
    r"could be|might be)\b|"
    r"\b(?:Einwand|Einwände|Gegenargument\w*|Kritik)\s+(?:gegen|an)\s+"
    r"(?P<t2>(?:die|den|das|diese[nrs]?|unsere[nrs]?)\s+[^,;:()]{3,60}?)\s+(?:ist|lautet|besteht)\b")
#: a drafted "definition" that states a worry, a risk or a judgement about the term
_NOT_A_DEFINITION = re.compile(
    r"(?i)(?:the|a|an|die|das|der|eine?)\s+(?:risk|danger|worry|fear|problem|concern|threat|"
    r"Gefahr|Risiko|Sorge|Problem)\b|refers to multiple\b")


_NOT_STEMS = frozenset({"which", "their", "there", "these", "those", "about", "other",
                        "article", "paper", "durch", "diese", "einer", "eines", "werden"})
_WORD5 = re.compile(r"[^\W\d_]{5,}")


@functools.lru_cache(maxsize=16384)
def _stems(text: str) -> frozenset[str]:
    """The first five letters of the longer words of ``text`` (a rough stem); kept for
    each text (the article's sentences are matched against each other many times)."""
    return frozenset(w.lower()[:5] for w in _WORD5.findall(text) if w.lower() not in _NOT_STEMS)


def _aim_ok(x, quotable) -> bool:
    """An aim sentence that can be quoted alone: "This article examines …" points to the
    article itself, not back to an earlier sentence."""
    t = re.sub(r"^(?:This|Dieser)\b(?=\s+(?:expert\s+)?(?:paper|article|study|essay|chapter|report|"
               r"Beitrag|Aufsatz|Artikel)\b)", "The", x.text)
    return quotable(dataclasses.replace(x, text=t), 40) and _self_contained(x.text) and \
        not x.text.endswith("?") and not re.search(
            r"\b(?:they|them|it|he|she|him|ihn|ihm|ihnen)\b", t[4:])
    # ("examines four of them": what it examines is in another sentence)


def _self_contained(text: str) -> bool:
    """A sentence that can be quoted in a question without what stands around it."""
    return not re.search(r"\b(?:the above|above-mentioned|aforementioned|the following|see above|"
                         r"see below|as follows|folgende[nrm]?|oben|unten)\b", text, re.I)


#: a statement made as beyond doubt
_CERTAIN = re.compile(r"(?i)\b(?:undoubtedly|doubtless|without (?:a |any )?doubt|no doubt|certainly|"
                      r"surely|inevitably|zweifellos|zweifelsohne|ohne (?:jeden )?Zweifel|"
                      r"sicherlich|unbestreitbar|unweigerlich)\b")
#: a sentence that draws a consequence from the one before it
_THEREFORE = re.compile(r"(?i)^(?:\S+\s+){0,5}?(?:therefore|thus|hence|consequently|daher|deshalb|"
                        r"deswegen|folglich|somit)\b")


def _is_forecast(f, arg) -> bool:
    """The author's own expectation of what will happen, to test against later events:
    in the conclusion or with a time ahead ("in the coming years", "by 2030"), not a
    condition, a possibility "one" entertains, a definition or a general truth."""
    t = f.text
    if re.search(r"(?i)\b(?:if|wenn|falls|one (?:believes|may|might)|could be used|"
                 r"can be used|with people in the future|man)\b", t):
        return False
    # a trend stated as beyond doubt, or one the next sentence draws a consequence from
    # ("It is highly likely therefore that …"): a premise of the article, not an
    # expectation it puts forward to be tested (JUDGE8, en-42016)
    if _CERTAIN.search(t):
        return False
    nxt = next((x for x in arg.sents if x.index == f.index + 1 and x.block == f.block), None)
    if nxt is not None and _THEREFORE.search(nxt.text):
        return False
    ahead = re.search(r"(?i)\b(?:in the coming (?:years|months|decades)|in the next|by 20\d\d|soon|"
                      r"in the (?:near |foreseeable )?future|as we move into the future|"
                      r"in den kommenden|künftig|in Zukunft|auf absehbare Zeit)\b", t)
    # an expectation the author states as such ("it can be expected that … will", "es
    # ist zu erwarten, dass"), wherever it stands
    said = re.search(r"(?i)\b(?:it (?:can|may|is to) be expected that|(?:we|I) (?:would )?expect that|"
                     r"es ist (?:damit )?zu (?:erwarten|rechnen)|(?:ist|wird) zu erwarten)\b.*\b(?:will|wird|werden)\b",
                     t)
    return bool(ahead) or bool(said) or f.section is arg.conclusion


def _states_hypothesis(text: str) -> bool:
    """The sentence states a hypothesis (not only names the word): "the
    hypothesis that …", "our hypothesis is …", "Hypothese: …", "we hypothesised".

    >>> _states_hypothesis("We test the hypothesis that aid reduced conflict.")
    True
    >>> _states_hypothesis("The book tests the main hypotheses rigorously.")
    False
    """
    return bool(re.search(r"(?i)\bhypothes[ie]s\b[^.]{0,40}?(?:\bthat\b|\bis\b|:)|"
                          r"\b(?:we|I) hypothesi[sz]ed?\b|\bHypothese\b[^.]{0,30}?(?:\bdass\b|:|lautet)",
                          text)) and not re.search(r"(?i)\b(?:not|nicht)\b[^.]{0,40}\bhypothes", text)


def _section_name(sec: model.Section, lang: str) -> str:
    """A section's title, quoted, without its number ("2 Methods" → “Methods”)."""
    t = re.sub(r"^\s*(?:[IVX]+|\d+(?:\.\d+)*)\.?\s+", "", _strip_end(normalize_space(sec.title)))
    t = re.sub(r'"([^"]*)"', r"‘\1’", t.replace("“", "‘").replace("”", "’").replace("„", "‚"))
    return _quote(t) if lang == "en" else f"{_QUOTES[lang][0]}{t}{_QUOTES[lang][1]}"


_SECTION_WORD = {"en": "section", "de": "Abschnitt"}


_STEP_WORDS = {"en": " and ", "de": " und "}


def _steps(arg, lang: str) -> str:
    """The titles of the article's main body sections, quoted and listed ("“Cooperation”,
    “Group solidarity” and “Altruism”"), when there are two to six short ones between its
    introduction and its conclusion; else ""."""
    if lang not in _STEP_WORDS:
        return ""
    # (not a section on the study's own limits: no step of the argument, JUDGE9)
    names = [_section_name(s, lang) for s in arg.steps if not _LIMITS_TITLE.search(s.title or "")]
    if not 2 <= len(names) <= 6 or any(len(n.split()) > 7 for n in names) or \
            sum(len(n.split()) for n in names) > 30:
        return ""
    return ", ".join(names[:-1]) + _STEP_WORDS[lang] + names[-1]


# words with which an article says how its participants, interviewees or sample were
# found: a question asking "how were they chosen?" is asked only of an article that says
_SELECTION = re.compile(
    r"(?i)\b(?:select|chose|chosen|recruit|sampl|random|purposive|snowball|criteri|"
    r"ausgew[äa]hlt|auswahl|stichprobe|rekrutier|zuf[äa]llig|kriteri)")


#: a sentence on how a sample was drawn or conditions assigned
#: a sentence that names the study's own evidence (its survey, interviews, data)
_NAMES_EVIDENCE = re.compile(r"(?i)\b(?:survey\w*|interview\w*|questionnaires?|data|respondents|"
                             r"Befragung\w*|befragt|Interview\w*|Fragebögen|Daten)\b")
_DRAWN = re.compile(r"(?i)\b(?:sampl\w*|recruit\w*|random\w*|drawn|Stichprobe|zuf[äa]llig\w*|rekrutier\w*)")


def _reports_selection(sec) -> bool:
    """The section says how the evidence's people or cases were found.

    >>> from coursepack import model as m
    >>> sec = lambda t: m.Section("s", "Method", [m.Block("b", [m.Text(t)])])
    >>> _reports_selection(sec("We interviewed thirty families in three cities."))
    False
    >>> _reports_selection(sec("Families were selected through migrant associations."))
    True
    """
    return any(_SELECTION.search(model.plain_text(b.inlines)) for b in sec.blocks)


#: a sentence about the article itself or hanging on a condition, not a claim to quote
#: as its conclusion ("In this paper, the attitudes … were analysed", "If …")
_META_OPENER = re.compile(r"(?:If|Wenn|Falls|In this|In the present|In diesem|In der vorliegenden|"
                          r"(?:This|The present) (?:paper|article|study)|To be sure|"
                          r"(?:Dieser|Der vorliegende) (?:Beitrag|Aufsatz))\b")


def _concluding(arg, lang: str, quotable):
    """The sentence of the conclusion that states what the article concludes and can
    be quoted alone (not a question, not "If …", not pointing back, not a remark on
    the article itself), preferring one with a cue of concluding ("therefore", "we
    conclude") or a claim; None when there is none."""
    if arg.conclusion is None:
        return None
    cue = r"(?:Therefore|Thus|Hence|In sum|Overall|To conclude|In conclusion|Insgesamt|" \
          r"Zusammenfassend|Somit|Folglich),\s+"

    def bare(x):        # "Therefore, X": X is the claim, and the cue may stay in the quote
        return dataclasses.replace(x, text=re.sub("^" + cue, "", x.text))
    pool = [x for x in arg.sents if x.section is arg.conclusion and not x.quote
            and quotable(bare(x), 40) and len(x.text.split()) >= 10 and not x.text.endswith("?")
            and (not _LEADS_BACK.match(bare(x).text) or re.match(r"There (?:is|are|was|were)\b",
                                                                 x.text))
            and not _CONTRAST_OPENER.match(x.text)
            and not _NOT_A_CLAIM.search(x.text) and _self_contained(x.text)
            and not _CITED.search(x.text) and x not in arg.forecasts
            and not _META_OPENER.match(x.text)]
    if not pool:
        return None
    firm = [x for x in pool if x in arg.conclusions or x in arg.thesis]
    if firm:
        return firm[0]
    # else the sentence most about what the article is about (its title and abstract)
    topic = _stems(" ".join([x.text for x in arg.abstract] + [arg.title_question or ""]))
    return max(pool, key=lambda x: (len(_stems(x.text) & topic), -x.index))


#: a sentence reporting a result of the article's own study or analysis
_FINDING = {
    "en": re.compile(
        r"\b(?:(?:we|I) (?:found|find|observed) (?:\w+ ){0,2}that\b|(?:the|our|present) "
        r"(?:results?|findings?|data|analys[ie]s|study|interviews|survey|experiment) "
        r"(?:clearly |also )?(?:show(?:s|ed)?|indicat(?:e|es|ed)|reveal(?:s|ed)?|confirm(?:s|ed)?|"
        r"demonstrat(?:e|es|ed)|point(?:s|ed)? to)\b|turned out (?:to|that)\b|"
        r"(?:was|were) (?:significantly |strongly |positively |negatively )?(?:associated|correlated)\b|"
        r"significantly (?:higher|lower|more|less|greater|better|worse)\b)", re.I),
    "de": re.compile(
        r"\b(?:zeigt sich|zeigte sich|(?:die|unsere|diese) (?:Ergebnisse|Befunde|Daten|Interviews|"
        r"Analysen?) (?:zeigen|zeigten|belegen|deuten)|zeigen (?:die|unsere) (?:Ergebnisse|Befunde|"
        r"Daten|Interviews)|ergab(?:en)? sich|wurde deutlich|wird deutlich)\b"),
}
#: a limitation the article states of its own study
_LIMITATION = {
    "en": re.compile(
        r"\b(?:(?:a|one|another|the|major|main|first|second|further|important|natural)\s+"
        r"(?:[\w,]+\s+){0,3}limitations?\s+(?:of (?:this|the|our|the present) (?:study|paper|article|"
        r"analysis|research|approach|data)|is|was|comes from|concerns|lies|arises)|"
        r"(?:this|our|the present) (?:study|paper|analysis|research) (?:is limited|has (?:some |several |"
        r"a number of |its )?(?:limitations|shortcomings)))\b", re.I),
    "de": re.compile(
        r"\b(?:(?:eine|die|weitere|wichtige) (?:\w+ )?(?:Einschränkung|Grenze) (?:der|dieser|unserer) "
        r"(?:Studie|Untersuchung|Analyse|Daten)|(?:Studie|Untersuchung|Analyse) (?:hat|unterliegt) "
        r"(?:einige[n]? |mehrere[n]? )?(?:Einschränkungen|Grenzen))\b"),
}


#: a section title that says how things were measured ("Operationalization of the
#: Constructs and Presenting the Scales", "Measures", "Instruments")
_MEASURES_TITLE = re.compile(r"(?i)operationali[sz]|\bmeasure(?:s|ment)\b|\bscales?\b|"
                             r"\binstruments?\b|\bmethod|\bdata\b|\bsample\b|"
                             r"Operationalisierung|Messung|Methode|Daten\b|Stichprobe")


def _method_blocks(reading: model.Reading | None, arg, x) -> list[str]:
    """Where the article says how the result in ``x`` was obtained (JUDGE10: "how was
    this result obtained" needs the samples and scales): its methods section, else the
    last section before the result's whose title speaks of measures, scales, data or a
    sample: whole when short enough, else its opening paragraph; [] when it has none
    or the result is in it."""
    if reading is None:
        return []
    order = [s for s in reading.sections]
    pos = next((i for i, s in enumerate(order) if s is x.section), len(order))
    before = [s for s in order[:pos] if s.title and _MEASURES_TITLE.search(s.title)]
    top = min((s.level for s in before), default=0)
    if arg.methods_section is not None:
        run = [arg.methods_section]
    else:
        # the last run of such sections at the top level ("Scales", "Samples")
        run = []
        for s in reversed([s for s in order[:pos] if s.level == top]):
            if s.title and _MEASURES_TITLE.search(s.title):
                run.insert(0, s)
            elif run:
                break
    if not run or run == [x.section]:
        return []
    parts = [s for sec in run for s in _under(reading, sec) if s is not x.section]
    if x.section not in parts and len(run) == 1 and (span := _section_span(reading, run[0])):
        return span
    # (a long one, or the result in one of its subsections: the opening paragraph of
    # each of its parts before the result's, every page they run over cited)
    out = []
    for s in parts:
        if order.index(s) >= pos:
            break
        out += [b.id for b in s.blocks if b.kind == "paragraph"][:1]
    return out


#: the most words of a methods section cited whole for "how was this result obtained"
_METHOD_WORDS = 1500
#: a finding's wording that asks how the result was obtained
_ASKS_HOW = re.compile(r"(?i)\bhow was (?:this|the) result obtained|\bworauf beruht")


def _finding_cands(arg, lang: str, w, A: dict, ev, quotable, out: list,
                   reading: model.Reading | None = None) -> list[_Cand]:
    """A result of the article's own study or analysis ("we found …", "the results
    show …", "es zeigt sich …"), quoted, to be weighed and tied to the conclusion; and
    a limitation the article states of its own study ("A major limitation comes from
    …"), asked about as a limit on the conclusion.  Each cites its own page and the
    conclusion's (the question asks about both).  Not a cited author's result (a
    citation in the sentence), not a sentence another question quotes."""
    res: list[_Cand] = []
    if lang not in _FINDING:
        return res
    taken = {e for c in out for e in c.evidence}
    others = arg.others      # a cited author's view, not the article's result
    end = _concluding(arg, lang, quotable) or next(iter(arg.conclusions), None)

    def fits(x, max_words=40) -> bool:
        return (not x.quote and x.index not in others and quotable(x, max_words)
                and not x.text.endswith("?") and not _CITED.search(x.text)
                and _self_contained(x.text) and ev(x)[0] not in taken
                and x.section is not arg.intro and not _NOT_A_CLAIM.search(x.text))
    if w.has("finding"):
        # quoted alone, it must not point back ("these results", "the quotations we just
        # examined") or hang on a condition ("If we compare …")
        pool = [x for x in arg.sents if _FINDING[lang].search(x.text) and fits(x)
                and x.section is not arg.conclusion and not re.search(
                    r"(?i)\b(?:these|those|this|that|such|above|just|before|diese[rsnm]?|"
                    r"obige[nrs]?|solche[nrs]?)\b(?!\s+(?:study|paper|article|Studie|Beitrag|"
                    r"Untersuchung)\b)(?<!\bthat\b)|^(?:\w+\s+){0,3}(?:if|when|wenn|falls)\b", x.text)]
        # the results section's first, then the body's
        pool.sort(key=lambda x: (x.section is not arg.results_section, x.index))
        if pool:
            x = pool[0]
            # the conclusion's sentence that takes the finding up (most words shared):
            # the question asks which part of the conclusion rests on the finding only
            # when the conclusion speaks of it (JUDGE8: "Kontinuität", never in the Fazit)
            tied = _best_match([s for s in arg.sents if s.section is arg.conclusion
                                and not s.quote and s.block != x.block], x, 3) \
                if arg.conclusion is not None else None
            tie = [tied] if tied is not None else []
            form = "finding" if tie or not w.has("finding_plain") else "finding_plain"
            # how the result was obtained is asked, and the methods cited, only when they
            # are short enough to be one answer's place: a long methods section of its own
            # is not (JUDGE11: nine pages incl. all of Methods, "over-broad"); then the
            # question asks what evidence establishes the result, which the results give
            how = _method_blocks(reading, arg, x)
            blocks_of = {b.id: b for _, b in reading.blocks()} if reading is not None else {}
            long = arg.methods_section is not None and sum(
                _words_of(blocks_of[b]) for b in how if b in blocks_of) > _METHOD_WORDS
            text = w(form, quote=_qs(x, lang), pick=1 if long else None)
            if long or not _ASKS_HOW.search(text):
                how = []
            res.append(_Cand("finding", x.block, text, "evaluation",
                             [x.section.id] + [e.section.id for e in tie],
                             ev(x, *tie) + how,
                             f"{_where(lang, [x.section] + [e.section for e in tie])} "
                             f"{A['article']} {_qs(x, lang)} "
                             + " ".join(_qs(e, lang) for e in tie) + f" {A['good']} " +
                             _note(lang, "says how the finding was obtained, how firm it is, and "
                                   "which part of the conclusion rests on it.",
                                   "sagt, wie der Befund gewonnen wurde und was das Fazit auf ihn stützt.")))
    if w.has("limitation"):
        lim = next((x for x in arg.sents if _LIMITATION[lang].search(x.text) and fits(x, 45)
                    and len(x.text.split()) >= 8), None)
        if lim is not None:
            tie = [end] if end is not None and end.block != lim.block else []
            res.append(_Cand("limitation", lim.block, w("limitation", quote=_qs(lim, lang)),
                             "evaluation", [lim.section.id] + [e.section.id for e in tie],
                             ev(lim, *tie),
                             f"{_where(lang, [lim.section] + [e.section for e in tie])} "
                             f"{A['article']} {_qs(lim, lang)} "
                             + " ".join(_qs(e, lang) for e in tie) + f" {A['good']} " +
                             _note(lang, "says which conclusions the limitation weakens, which it "
                                   "leaves standing, and what further study would remove it.",
                                   "sagt, welche Schlüsse die Einschränkung schwächt und welche nicht.")))
    return res


def _kinds_of_title_noun(reading, arg, lang: str) -> list[tuple[str, list]]:
    """The kinds of what the title names that the article tells apart: German compounds
    on a noun of the title ("Leistungsgerechtigkeit", "Teilhabegerechtigkeit" under
    "Soziale Gerechtigkeit"); each
    used at least three times in the article's own sentences; the three most used (in
    the order the article brings them in), with the sentences using them; [] when
    fewer than three."""
    heads = [h.lower() for h in re.findall(r"[^\W\d_]{6,}", reading.meta.title or "")]
    if not heads or lang != "de":
        return []
    found: dict[str, list] = {}
    for x in arg.sents:
        if x.quote:
            continue
        for h in heads:
            for m in re.finditer(rf"\b((?!Un)[A-ZÄÖÜ][a-zäöüß]{{3,}}?){re.escape(h)}\b", x.text):
                term = m.group(0)
                found.setdefault(term, [])
                if x not in found[term]:
                    found[term].append(x)
    # a kind named in the title itself ("soziale Gerechtigkeit") is the topic, not a kind
    title = (reading.meta.title or "").lower()
    kinds = [(t, xs) for t, xs in found.items() if len(xs) >= 3 and t.lower() not in title]
    if len(kinds) < 3:
        return []
    top = sorted(kinds, key=lambda k: -len(k[1]))[:3]
    return sorted(top, key=lambda k: k[1][0].index)


def _verdict_of(arg, h):
    """The sentence of the conclusion that takes up the hypothesis ``h`` (most words
    shared with it, at least two), else the conclusion's first claim; None without a
    conclusion."""
    if arg.conclusion is None:
        return None
    pool = [x for x in arg.sents if x.section is arg.conclusion and not x.quote and x is not h]
    words = _stems(h.text) - _stems("hypothesis hypotheses examine paper article aims Hypothese")
    # the words the hypothesis shares with few sentences of the article ("departure")
    # weigh more than those of its subject, which every page names ("Russia", "war")
    df: dict[str, int] = {}
    for x in arg.sents:
        for st in _stems(x.text) & words:
            df[st] = df.get(st, 0) + 1

    def score(x):
        return sum(1 / df.get(st, 1) for st in _stems(x.text) & words)
    best = max(pool, key=lambda x: (score(x), -x.index), default=None)
    if best is not None and len(_stems(best.text) & words) >= 2:
        return best
    return next((x for x in arg.conclusions if x is not h), None)


#: a review that names no work it reviews in a citation: the work so called
_REVIEWED_FALLBACK = {"en": "a book", "de": "ein Buch"}
#: one author-date citation: "(Hix et al., 2007)", "(Hix and Noury 2007)"
_ONE_CITATION = re.compile(r"\((?P<n>[A-ZÄÖÜ][\w’'-]+(?: et al\.|,? (?:and|&|und) [A-ZÄÖÜ][\w’'-]+)?),?"
                           r"\s+(?P<y>\d{4}[a-z]?)\)")


def _reviewed_work(arg) -> str:
    """The work a review discusses, as the review cites it in its first sentences
    ("The publication of Democratic Politics in the European Parliament (Hix et al.,
    2007) …": "Hix et al. (2007)"); "" when its opening cites none, or several works.

    >>> from types import SimpleNamespace as N
    >>> _reviewed_work(N(sents=[N(text="The publication of Politics (Hix et al., 2007) is welcome.", quote=False)]))
    'Hix et al. (2007)'
    """
    for x in arg.sents[:5]:
        cites = _ONE_CITATION.findall(x.text)
        if x.quote or not cites:
            continue
        if len(set(cites)) == 1:
            n, y = cites[0]
            return f"{n} ({y})"
        return ""
    return ""


def _title_answer(arg):
    """The sentence of the conclusion that answers the title's question: the one that
    shares most words with it (the first of the conclusion when none does), so that
    the question cites the page of the answer, not only that of the set-up (JUDGE5)."""
    if arg.conclusion is None:
        return None
    pool = [x for x in arg.sents if x.section is arg.conclusion and not x.quote
            and not x.text.endswith("?")]
    if not pool:
        return None
    asked = _stems(arg.title_question)
    last = _stems(" ".join(re.findall(r"[^\W\d_]{5,}", arg.title_question)[-1:]))
    # most title words shared, the word the title asks about last ("… ein Kampfbegriff?")
    # counting twice
    best = max(pool, key=lambda x: (len(_stems(x.text) & asked) + len(_stems(x.text) & last),
                                    -x.index))
    return best if _stems(best.text) & asked else pool[0]


def _own_evidence_cands(arg, lang: str, w: Wordings, A: dict, have_evidence: bool, ev,
                        quotable, reading: model.Reading | None = None,
                        done: list | None = None) -> list[_Cand]:
    """Questions on the article's own evidence (:attr:`.argument.Argument.evidence`):
    how its experiment, survey or interviews were made and what they can show (the
    methods section named when it has one), and which of its results matters most."""
    out: list[_Cand] = []
    done = done or []
    at = arg.evidence_at
    sec = arg.methods_section or (at.section if at is not None else None)
    # the sentence that says how the people or cases were found, quoted: the question
    # names this study's sample, not a frame that fits any study of the kind (JUDGE5)
    # (the methods section and its subsections: "Methods" › "Participants")
    under: list = _under(reading, sec) if sec is not None and reading is not None else \
        ([sec] if sec is not None else [])
    # (a sentence on how the sample was drawn or the conditions assigned first, "The
    # sample of 125 children consisted of …", "randomly determined"; then one on the
    # criteria of choice, "diagnoses assigned based on the ICD-10 criteria")
    pool = [x for x in arg.sents if any(x.section is t for t in under) and _SELECTION.search(x.text)
            and quotable(x, 40) and not x.quote and _self_contained(x.text)
            and not re.search(r"(?i)\b(?:the following|folgende)\b|:\s*$", x.text)]
    how = min(pool, key=lambda x: (not _DRAWN.search(x.text), x.index), default=None)
    form = f"sources_{arg.evidence}"
    taken = {block_of(e) for c in done for e in c.evidence if e not in c.support}
    # (the sentence naming the evidence, or one before it in its paragraph that names
    # the survey or the interviews: "It covered a sample of 707 respondents" cannot stand
    # alone, "The project was based on … direct surveying of respondents" can)
    near = [] if at is None else sorted(
        (x for x in arg.sents if x.block == at.block),
        key=lambda x: (x is not at, x.index > at.index, abs(x.index - at.index)))
    named = next((x for x in near if (x is at or _NAMES_EVIDENCE.search(x.text))
                  and quotable(x, 40) and _self_contained(x.text) and not x.quote
                  and not re.search(r":\s*$|\b(?:the following|folgende)\b|"
                                    r"\b(?i:those|these|such|diese[nrms]?|jene[nrms]?|solche[nrms]?)\s+\w",
                                    x.text)), None)
    # (not "those questions": a sentence that points back is no quotation to stand alone)
    if named is None and at is not None:
        # the sentence that names the evidence introduces a list ("… were interviewed:"):
        # the abstract's sentence naming it, written to stand alone (JUDGE12: a 15-page
        # interview study without a question on its sources)
        named = next((x for x in arg.abstract if _NAMES_EVIDENCE.search(x.text)
                      and quotable(x, 40) and _self_contained(x.text) and not x.quote
                      and not re.search(r":\s*$|\b(?:the following|folgende)\b|"
                                        r"\b(?i:those|these|such|diese[nrms]?|jene[nrms]?|solche[nrms]?)\s+\w",
                                        x.text)), None)
    if how is None and named is not None and w.has(f"{form}_plain") and at.block not in taken:
        # no sentence on how the people were found: the one saying what the evidence is
        # ("The project was based on … direct surveying of respondents"), and the
        # question asks who took part (JUDGE10: 40305, 11018 had no question on sources)
        how, form = named, f"{form}_plain"
        # and where its paragraph goes on to say who took part ("It covered a sample of
        # 707 respondents", "707 students from 5 state universities …")
        more = [x for x in arg.sents if x.section is at.section and x.index > how.index
                and not x.quote and (_SELECTION.search(x.text) or re.search(r"\d", x.text)
                                     and _NAMES_EVIDENCE.search(x.text))][:3]
        # (and that paragraph to its end, which may say who took part on the next page:
        # JUDGE12, "707 students from 5 state universities …", p. 305 uncited)
        par = [at.block] if more and more[-1].block == at.block else []
    else:
        more, par = [], []
    # an experiment's question asks which conditions were compared: where the article
    # says so is cited too
    cond = next((x for x in arg.sents if any(x.section is t for t in under) and not x.quote
                 and re.search(r"(?i)\bconditions?\b|\bBedingung", x.text)), None) \
        if arg.evidence == "experiment" else None
    if arg.evidence and at is not None and w.has(form) and how is not None:
        where = f" ({_SECTION_WORD[lang]} {_section_name(sec, lang)})" if sec.title and \
            lang in _SECTION_WORD and arg.methods_section is not None else ""
        out.append(_Cand("sources", arg.evidence, w(form, where=where,
                                                    quote=_qs(how, lang)),
                         "analysis", [how.section.id, at.section.id], ev(how, at, cond, *more) + par + (
                             # an experiment's procedure runs over pages: its methods
                             # section whole when short enough (JUDGE8 strictness: the
                             # manipulation on the next page)
                             _section_span(reading, sec) if reading is not None
                             and arg.evidence == "experiment" and arg.methods_section is not None
                             else []) + ev(*[x for x in _own_limits(arg, how)
                                             # (not a limitation another question quotes)
                                             if x.block not in taken]),
                         # (how far the results reach, "and not show", "where are they
                         # weak": where the article says so itself, JUDGE9)
                         f"{_where(lang, [sec, at.section])} {A['article']} {_qs(at, lang)} "
                         f"{A['good']} " + _note(lang, "describes how the evidence was gathered "
                                                 "and says which conclusions it can and cannot carry.",
                                                 "beschreibt, wie die Belege gewonnen wurden, und was "
                                                 "sie tragen können.")))
    # no "which result matters most, and how sure can we be of it?" naming only the
    # results section: it fits any empirical study word for word (JUDGE5, GENERIC); a
    # result is weighed only when quoted (the "evidence" questions of _task_cands)
    return out


_QUALIFIER = re.compile(r"(?i)\b(?:but|however|although|though|even if|nevertheless|"
                        r"aber|jedoch|allerdings|dennoch|freilich|obwohl|auch wenn|nicht jedoch)\b")


def _cuts_qualification(doc: _Doc, src: _Sent, definition: str) -> bool:
    """Quoting ``definition`` would cut the qualification that the article attaches to
    it: its own sentence goes on with a "but" / "aber" beyond the words quoted, or the
    next sentence of the paragraph opens with one ("Sie kann aber auch …").

    >>> from coursepack import model as m
    >>> sec = m.Section("s", "", [])
    >>> s = [_Sent("X is a way to include the poor.", "b", sec, 0),
    ...      _Sent("It can, however, also lower the claims on welfare.", "b", sec, 1)]
    >>> d = _Doc(None, s, [], None, None, "")
    >>> _cuts_qualification(d, s[0], "A way to include the poor")
    True
    >>> _cuts_qualification(d, s[1], "Lower the claims on welfare")
    False
    >>> s2 = _Sent("However, studies found motivation gains, that is, higher effort in groups.",
    ...            "b", sec, 0)
    >>> _cuts_qualification(_Doc(None, [s2], [], None, None, ""), s2, "Higher effort in groups")
    False
    """
    # where the quoted words end in their sentence: a "but" after them is cut off
    quoted = {x.lower() for x in _content_words(definition)}
    ends = [m.end() for m in re.finditer(r"[^\W\d_]+", src.text) if m.group().lower() in quoted]
    after = src.text[max(ends):] if ends else ""
    if _QUALIFIER.search(after) and len(re.findall(r"[^\W\d_]+", after)) > 3:
        return True
    nxt = doc.sents[src.index + 1] if src.index + 1 < len(doc.sents) else None
    return nxt is not None and nxt.block == src.block and bool(
        _QUALIFIER.search(" ".join(nxt.text.split()[:6])))


_SURNAME = r"(?:(?:[A-ZÄÖÜ][\w’'-]+|van|von|de|der)\s+){0,2}[A-ZÄÖÜ][\w’'-]+(?:\s+et al\.)?"
_YEAR = r"(?:\s*\((?:\d{4}[a-z]?)(?:[,:]\s*[\d–-]+)?\))?"
#: a sentence that gives a cited author's definition or view, not the article's own:
#: "According to the definition given by Nuttin (1980)", "Following Lee", "as defined by
#: Lee", "Lee (1992: 55) defines", "Kreckel versteht darunter", "mit Kreckel … bezeichnen",
#: "nach Kreckel (1992)"
_CREDITED = [
    re.compile(rf"\b(?:[Aa]ccording to (?:the (?:definition|notion|concept|view) (?:given |proposed |offered )?"
               rf"(?:by|of) )?|[Aa]s (?:defined|described|proposed|used) by |"
               rf"[Ii]n the (?:words|terms|sense) of )(?P<who>{_SURNAME}){_YEAR}"),
    # "Following Lee (1992)", "With Lee (1992)": only with the work's year (not
    # "Following World War II")
    re.compile(rf"\b(?:[Ff]ollowing|[Ww]ith) (?P<who>{_SURNAME})(?=\s*\(\d{{4}})"),
    re.compile(rf"(?P<who>{_SURNAME}){_YEAR}\s+(?:defines|defined|describes|described|calls|called|"
               rf"understands|understood|conceives|conceived|conceptuali[sz]es|refers to)\b"),
    re.compile(rf"(?P<who>{_SURNAME}){_YEAR}\s+(?:versteht|verstand|definiert|definierte|bezeichnet|"
               rf"bezeichnete|beschreibt|beschrieb|fasst|begreift)\b"),
    re.compile(rf"\b(?:[Mm]it|[Nn]ach|[Ll]aut|[Gg]emäß|[Ff]olgt man|[Ii]m Anschluss an) "
               rf"(?P<who>{_SURNAME}){_YEAR}[^.]{{0,60}}?\b(?:bezeichne\w*|verstehe\w*|nenne\w*|"
               rf"definier\w*|begreife\w*|fasse\w*|als\b)"),
]
#: a sentence in which a cited author sets out the terms the article then explains
#: ("Willke unterscheidet … vier Ebenen …: … die Paradigmen des Lernens"): a
#: definition drafted from the paragraphs after it explains that author's term
_INTRODUCED_BY = re.compile(
    rf"^(?:[^.]{{0,40}}?\b)?(?P<who>{_SURNAME}){_YEAR}\s+(?:\w+\s+){{0,5}}?(?:distinguishes|distinguished|"
    rf"identifies|identified|differentiates|proposes|proposed|introduces|introduced|"
    rf"unterscheidet|unterschied|differenziert|nennt|benennt|identifiziert|schlägt)\b")


def introduced_by(text: str, term: str) -> str:
    """The cited author who, in ``text``, sets out the ``term`` among their own
    distinctions ("Willke unterscheidet … vier Ebenen"), or "".

    >>> introduced_by("Willke unterscheidet in diesem Zusammenhang vier verschiedene Ebenen: "
    ...               "die Inhalte und die Paradigmen des Lernens.", "Paradigmen des Lernens")
    'Willke'
    >>> introduced_by("Lee (1992) distinguishes two kinds: thin trust and thick trust.", "thick trust")
    'Lee'
    >>> introduced_by("We distinguish two kinds: thin trust and thick trust.", "thick trust")
    ''
    >>> introduced_by("Lee (1992) distinguishes three kinds of trust.", "blind trust")
    ''
    """
    m = _INTRODUCED_BY.search(text)
    if not m or term.lower() not in text.lower() or m.group("who").split()[0] in _NOT_A_NAME:
        return ""
    return m.group("who").strip()


def _credit(after: str) -> str:
    """A glossary entry's credit ("Lazarus 1998: 12") written as the questions cite
    an author ("Lazarus (1998: 12)").

    >>> _credit("Lazarus 1998: 12"), _credit("Kreckel"), _credit("")
    ('Lazarus (1998: 12)', 'Kreckel', '')
    """
    m = re.fullmatch(r"(.+?)\s+(\d{4}[a-z]?(?:\s*[:,]\s*.+)?)", after.strip())
    return f"{m.group(1)} ({m.group(2)})" if m else after.strip()


_NOT_A_NAME = {"The", "This", "That", "These", "Those", "It", "In", "Der", "Die", "Das", "Dies",
               "Diese", "Dieser", "Es", "Er", "Sie", "Wir", "Ich", "We", "I", "Our", "His", "Her",
               "Their", "Its", "Beitrag", "Artikel", "Aufsatz", "Autor", "Autorin", "Article",
               "Paper", "Author"}


def credited_to(text: str, term: str = "") -> str:
    """The cited author whose definition or view ``text`` gives ("Nuttin (1980)",
    "Kreckel"), or "" when the sentence speaks in the article's own voice.  A
    parenthesised author and year right after the ``term`` credit it too (JUDGE7:
    "The notion of ‘family habitus’ (Bourdieu 1990) denotes …" is Bourdieu's).

    >>> credited_to("According to the definition given by Nuttin (1980), this orientation is a bias.")
    'Nuttin (1980)'
    >>> credited_to("Kreckel versteht darunter das Phänomen »der Exklusivität«.")
    'Kreckel'
    >>> credited_to("Lee (1992: 55) defines trust as a bet on others.")
    'Lee (1992: 55)'
    >>> credited_to("I define death anxiety as a set of negative reactions (Urien, 2003).")
    ''
    >>> credited_to("The article defines trust as a bet.")
    ''
    >>> credited_to("Following World War II, trust meant a bet."), credited_to("Following Lee (1992), trust is a bet.")
    ('', 'Lee (1992)')
    >>> credited_to("The notion of “family habitus” (Bourdieu 1990) denotes a set of dispositions.", "family habitus")
    'Bourdieu (1990)'
    >>> credited_to("I define death anxiety as a set of reactions (Urien, 2003).", "death anxiety")
    ''
    """
    if term:
        m = re.search(rf"(?i:{re.escape(term)})[’'”\"»«‘“]?\s*\((?:(?i:vgl|see|cf)\.\s*)?(?P<who>{_SURNAME})"
                      rf"(?:,\s*|\s+)(?P<y>\d{{4}}[a-z]?)(?P<p>(?:[,:]\s*(?:p+\.\s*|S\.\s*)?[\d–-]+)?)\)", text)
        if m and m.group("who").split()[0] not in _NOT_A_NAME:
            return f"{m.group('who')} ({m.group('y')}{m.group('p')})"
    for rx in _CREDITED:
        for m in rx.finditer(text):
            who = m.group("who").strip()
            words = [x for x in who.split() if x[:1].isupper()]
            if not words or words[0] in _NOT_A_NAME or words[-1] in _NOT_A_NAME or \
                    who.isupper() or who.lower() == who:
                continue
            year = re.match(r"\s*\(([^)]*)\)", text[m.end("who"):])
            return f"{who} ({year.group(1)})" if year else who
    return ""


def _split_quoted(definition: str) -> tuple[str, str]:
    """A drafted definition that carries the article's lead-in words before a
    quotation (`Das Phänomen »der Exklusivität …«`): the lead-in and the quoted words;
    ("", definition) when the whole definition is the article's wording."""
    m = re.fullmatch(r"(?P<lead>[^»«“”„\"‘’‚›‹]*?)\s*[»«“„\"‘‚›‹](?P<q>[^»«“”„\"‘’‚›‹]+)[»«”“\"’‘‹›]"
                     r"(?P<rest>\s*\(?[^»«“”„\"]*?)?\.?", definition.strip())
    if not m or len(m.group("q").split()) < 3:
        return "", definition
    return m.group("lead").strip(), m.group("q").strip()


def _rejects_label(text: str, term: str) -> bool:
    """``text`` treats ``term`` as a label the article rejects or distances itself from:
    "the so-called X", "rather than X", "instead of X", "die sogenannte X", "statt X".

    >>> _rejects_label("We speak of team production rather than “groupwork”.", "groupwork")
    True
    >>> _rejects_label("Groupwork was introduced in 1990.", "groupwork")
    False
    """
    t = re.escape(re.sub(r"(?i)^the\s+", "", term))
    return bool(re.search(
        rf"(?i)\b(?:so-called|rather than|instead of|sogenannte[nmrs]?|so genannte[nmrs]?|"
        rf"anstelle (?:von|des|der)|statt (?:von |des |der )?)\s*(?:the |a |an |die |der |das |den )?"
        rf"[„“\"'‚‘]?{t}(?!\w)", text))


def _names_head(text: str, term: str) -> bool:
    """``text`` names the head of ``term`` (its last word of five letters or more, in
    any inflection: "orientation towards the past" for "temporal orientation").

    >>> _names_head("linked to orientation towards the past", "temporal orientation")
    True
    >>> _names_head("linked to future anxiety", "temporal orientation")
    False
    """
    heads = re.findall(r"[^\W\d_]{5,}", term)
    return bool(heads) and bool(re.search(_term_rx(heads[-1]), text, re.I))


def _concept_cands(reading, doc, arg, lang, w, A, ev, quotable, asked: str = "",
                   taken: frozenset = frozenset(), found: str = "") -> list[_Cand]:
    """Questions on the article's concepts: glossary concepts, or terms the article
    defines itself (drafted definitions), used in more than one place; none on a term
    of the question ``asked`` already (the title's question that the first question
    quotes: answering it answers what the term means here)."""
    out: list[_Cand] = []
    concepts = []
    frame = _stems(" ".join([reading.meta.title or ""] + [x.text for x in arg.abstract + arg.thesis
                                                          + arg.aims]))
    title_text = re.sub(r"[„“”\"‚‘’?!:]", " ", reading.meta.title or "")
    title = _stems(title_text)
    heads = [re.escape(x) for x in re.findall(r"[^\W\d_]{6,}", title_text)]   # compounds' heads
    for t in reading.glossary:
        if not t.printable or t.kind in ("person", "place", "weapon", "event", "agreement",
                                         "publication", "other", "organisation"):
            continue
        if not t.kind and (t.term.isupper() or t.term[:1].isupper() and lang == "en"
                           and not t.drafted):
            continue          # a name, not a concept
        hits = [s for s in doc.sents if re.search(rf"(?<!\w){re.escape(t.term)}(?!\w)",
                                                  s.text, re.I)]
        lower_inside = any(re.search(rf"(?<=\w )(?-i:[a-zäöü]){re.escape(t.term[1:])}(?!\w)",
                                     h.text, re.I) for h in hits)
        if not t.kind and t.drafted and (
                re.fullmatch(r"[A-ZÄÖÜ][\w-]*[A-ZÄÖÜ][\w-]*", t.term)      # MEPs, RCVs, CSOs
                or lang == "en" and all(w[:1].isupper() for w in t.term.split())
                and not lower_inside
                or re.search(r"\b(?:GmbH|AG|e\.\s?V\.|Inc|Ltd|Protocol|Treaty|Agreement)\b", t.term)):
            continue          # an acronym's expansion or a proper name, not a concept
        if lang == "en" and re.fullmatch(r"(?i)[a-z]+-(?:sensitive|based|oriented|related|specific|"
                                         r"dependent|driven|like)|[a-z]+(?:ive|ous|able|ible|ful|less)",
                                         t.term) and not t.pinned:
            continue          # an adjective ("effort-sensitive"), not a concept to ask about
        own = [w for w in re.findall(r"[^\W\d_][\w-]*", t.term) if len(w) >= 2 and w.lower() not in
               {"the", "of", "and", "der", "die", "das", "und"}]
        if t.drafted and not t.pinned and len(t.definition.split()) <= 8 and re.match(
                r"(?i)(?:refers? to|relates? to|describes?|denotes?|means?)\b", t.definition) and any(
                re.search(rf"(?<!\w){re.escape(w)}(?!\w)", t.definition) for w in own):
            continue          # a circular gloss ("AS traits": "Refers to the features of AS")
        if t.drafted and not t.pinned and len(t.definition.split()) <= 5 and any(
                re.search(rf"(?<!\w){re.escape(w)}", t.definition) for w in own):
            continue          # an expansion ("Raumforschung": "Reichsarbeitsgemeinschaft für
                              # Raumforschung"), not what the term means
        if t.drafted and not t.pinned and _NOT_A_DEFINITION.match(t.definition):
            continue          # a worry or a judgement about the term, not what it is
        secs_hit = {h.section.id for h in hits if not h.quote}
        if not t.pinned and len(secs_hit) < 2 and not any(
                h.section is doc.intro or h.section is doc.conclusion for h in hits) and \
                not _stems(t.term) & frame:
            continue          # a term of one passage of the body, unrelated to what the
                              # article is about: not a concept the argument works with
        tstems = _stems(t.term)
        if not t.pinned and (tstems and tstems <= title or heads and re.search(
                r"(?i)\w{4,}(?:" + "|".join(heads) + r")$", t.term)):
            continue          # the article's topic word ("democracy" in "… Democracies",
                              # "Teilhabegerechtigkeit" under "Soziale Gerechtigkeit"): no
                              # concept to ask about apart from the whole article (JUDGE6)
        if asked and re.search(r"(?<!\w)" + re.escape(re.sub(r"(?i)^the\s+", "", t.term)),
                               asked, re.I):
            continue          # the term the first question asks about already (JUDGE5)
        if not t.pinned and any(_rejects_label(h.text, t.term) for h in hits):
            continue          # a label the article takes apart, not its concept (JUDGE5)
        if hits:
            concepts.append((not t.pinned, t.kind not in ("concept", "process"),
                             -len({h.section.id for h in hits}), t.term, t, hits))
    concepts.sort(key=lambda x: x[:4])
    chosen: list = []
    for c in concepts:
        # one question per family of terms that contain each other ("Kompetenz",
        # "Genderkompetenz"; "capital", "social capital"): the first in the order kept
        key = re.sub(r"(?i)^the\s+", "", c[3]).lower()
        if not any(key in k or k in key for k in
                   (re.sub(r"(?i)^the\s+", "", x[3]).lower() for x in chosen)):
            chosen.append(c)
    for *_, t, hits in chosen:
        if len(out) >= 2:
            break
        shown = re.sub(r"(?i)^the\s+", "", t.term)
        for h in hits:      # as the text spells it inside a sentence
            m = re.search(rf"(?<=\w )({re.escape(shown)})(?!\w)", h.text, re.I)
            if m:
                shown = m.group(1)
                break
        if lang == "en" and re.fullmatch(r"[A-Z][a-z]+(?:[ -][a-z]+)+", shown) and any(
                re.search(rf"(?<!\w){re.escape(shown[0].lower() + shown[1:])}(?!\w)", h.text)
                for h in hits):
            shown = shown[0].lower() + shown[1:]   # "Citizen participation": a heading's capital
        term = _quote(shown) if lang == "en" else "{}{}{}".format(_QUOTES[lang][0], shown,
                                                                   _QUOTES[lang][1])
        definition = _strip_end(t.definition)
        src0 = max((h for h in hits if t.evidence and h.block == t.evidence[0]),
                   key=lambda h: len(_content_words(h.text) & _content_words(t.definition)),
                   default=None)
        if t.drafted and not t.pinned and src0 is not None and _cuts_qualification(
                doc, src0, definition):
            definition = ""   # the definition without its qualification: not quoted (JUDGE5)
        # whose definition it is: a cited author's is credited to that author, never
        # "the article describes …" (JUDGE6); it is looked for in the sentence the
        # definition comes from and the one before it in its paragraph
        around = [x for x in ([doc.sents[src0.index - 1]] if src0 is not None and src0.index > 0
                              and doc.sents[src0.index - 1].block == src0.block else [])
                  + ([src0] if src0 is not None else [])]
        who = next((c for x in reversed(around) if (c := credited_to(x.text, t.term))), "")
        if not who and getattr(t, "after", "") and not any(
                t.after.split()[0] in a.split() for a in reading.meta.authors):
            who = _credit(t.after)    # the glossary's credit (JUDGE9: Lazarus's term asked as
            #                           the article's own)
        if not who and src0 is not None and any(
                introduced_by(h.text, shown) for h in hits if h.index < src0.index):
            continue    # the article explains a cited author's term (JUDGE9: Willke's
            #             "Paradigmen des Lernens"): whose definition it is, is not sure
        lead, inner = _split_quoted(definition) if definition else ("", "")
        tie = None
        if not definition or not t.drafted or len(definition.split()) > 25 or \
                not _balanced(definition) or _EVALUATIVE.match(definition):
            # no definition of the article's to quote: "how does the article use X?" fits
            # any term (JUDGE6: 8 of 8 such questions GENERIC); asked only tied to the
            # claim of the thesis or the conclusion that uses the term, quoted
            tie = next((x for x in arg.thesis + arg.conclusions + [
                x for x in arg.sents if x.section is arg.conclusion]
                if not x.quote and quotable(x, 35) and not x.text.endswith("?")
                and ev(x)[0] not in taken and not _META_OPENER.match(x.text)
                and not _LEADS_BACK.match(x.text) and _self_contained(x.text)
                and re.search(rf"(?<!\w){re.escape(shown)}(?!\w)", x.text, re.I)), None)
            if lang in ("en", "de") and (tie is None or not w.has("concept_tied")) \
                    or not w.has("concept_plain"):
                continue
            who = ""
        if tie is None and len({h.block for h in hits}) < 2:
            continue    # the term in its defining paragraph only: "where does the article put
            #             it to work?" has no answer (JUDGE8)
        if tie is not None:
            text = w("concept_tied", term=term, quote=_qs(tie, lang))
        elif not who and not lead and (
                not definition or not t.drafted or len(definition.split()) > 25):
            text = w("concept_plain", term=term)    # a language read without cue words
        elif who:
            if not w.has("concept_credited"):
                continue
            o, c = _QUOTES.get(lang, _QUOTES["en"])
            shown_def = (f" {lead[0].lower() + lead[1:]} {o}{inner}{c}" if lead else
                         f": {o}{inner[0].upper() + inner[1:]}.{c}") if inner else ""
            if lead and not shown_def.rstrip().endswith("."):
                shown_def += "."
            # a study that reads its results with the concept: asked which results it helps
            # to interpret (where it is used there is cited, :func:`_answer_spans`)
            reads = any(_READS_RESULTS.search(h.section.title or "") for h in hits
                        if h.section is not arg.conclusion)
            if reads and _names_head(found, t.term):
                # the finding another question quotes is about it, and where the article
                # reads its results with it is that question's answer (JUDGE9: Nuttin's
                # "temporal orientation" beside the correlations' question)
                continue
            text = w("concept_credited", term=term, who=who, definition=shown_def,
                     name=re.sub(r"\s*\(.*", "", who),
                     # (a study reading its results with it: the results' wording; else one
                     # of the others, by the article, so that a pack's readings vary)
                     pick=1 if reads else (0, 2)[int(short_hash(w.seed, "concept_credited"), 16) % 2])
        elif lead or re.search(r"[»«“”„\"‚›‹]|‘(?=\w)|(?<!\w)’", definition):
            continue      # the article's lead-in words inside the quotation marks (JUDGE6)
        else:
            # an empirical study that measures it: how, and what its results show; a
            # concept at work in three sections or more: where it works; else what it
            # contributes and leaves out
            measured = any(
                arg.genre == "empirical" and h.section in (arg.methods_section, arg.results_section)
                or re.search(r"(?i)\b(?:measure|scale|indicator|operationali[sz]|Messung|Skala)",
                             h.section.title or "") for h in hits)
            n = len({h.section.id for h in hits})
            # (a study's concept whose results a finding's question asks about already:
            # what hangs on the definition)
            pick = (3 if _names_head(found, t.term) else 2) if measured else 1 if n >= 3 else 0
            text = w("concept_defined", term=term, definition=definition + ".", pick=pick)
        secs = list(dict.fromkeys(h.section.id for h in hits))
        # the sentence the drafted definition comes from: in its paragraph, the one
        # sharing most words with the definition
        defwords = _content_words(t.definition)
        src = sorted((h for h in hits if t.evidence and h.block == t.evidence[0]),
                     key=lambda h: -len(_content_words(h.text) & defwords))
        out.append(_Cand("concept", t.id, text, "application",
                         ([tie.section.id] if tie is not None else []) + secs[:3],
                         ev(*([tie] if tie is not None else []),
                            *(src[:1] if src and t.drafted else hits[:2])),
                         f"{_where(lang, [h.section for h in hits[:3]])} {_GLOSSARY.get(lang, 'Glossary')}: {t.term} — "
                         f"{normalize_space(t.definition)} {A['article']} {_qs(hits[0], lang)} "
                         f"{A['good']} " + _note(lang, "defines the concept and shows what it explains "
                                            "in the article’s case.",
                          "erklärt den Begriff und seine Reichweite.")))
    return out


# ====================================================================== answer spans

#: a section too long to cite whole (an article without a conclusion heading, whose
#: last body section stands in for it): cited from the question's own paragraph on
_SPAN_WORDS = 2500
#: a results subsection cited whole for a finding when no longer than this
_SUBSECTION_WORDS = 600
#: a section that reads the results ("Interpretation of the Results", "Discussion")
_READS_RESULTS = re.compile(r"(?i)interpret|discussion|diskussion|deutung")
#: a sentence that states an argument or a thesis ("the overarching argument … is that")
_STATES_ARGUMENT = re.compile(
    r"(?i)\b(?:argument|thesis|claim|contention|These)\b[^.]{0,60}\b(?:is|was|lautet|ist) that\b|"
    r"\b(?:argu(?:es?|ing)|contends?|claims?|shows?|showing|demonstrat\w*|zeig\w*)\s+(?:that|dass)\b")
#: where the author gives a verdict on a view or an objection ("however", "we argue",
#: "do not rule it out", "jedoch", "meines Erachtens")
_VERDICT = re.compile(
    r"(?i)\b(?:however|but|nevertheless|nonetheless|although|though|yet|rather|instead|"
    r"(?:do|does|did|can|could|would) not|cannot|inconclusive|rule[sd]? (?:it |this |them )?out|"
    r"(?:I|we) (?:argue|believe|think|suggest|contend|conclude)|in (?:my|our) view|"
    r"jedoch|aber|allerdings|dennoch|gleichwohl|vielmehr|nicht|meines Erachtens|m\.\s?E\.)\b")
#: "the argument put forward in the beginning", "as argued at the outset", "wie
#: eingangs": a concluding sentence that points back to the thesis stated first
_POINTS_BACK = re.compile(
    r"(?i)\b(?:(?:put forward|stated|set out|advanced|outlined|made) (?:in|at) the (?:beginning|"
    r"outset|start|introduction)|(?:argued|stated|suggested|claimed) (?:above|earlier|at the outset|"
    r"in the introduction)|our (?:basic |main |central |initial )?(?:argument|thesis|hypothesis)|"
    r"eingangs|zu Beginn (?:des|dieses) (?:Beitrags|Aufsatzes|Artikels))")


def _words_of(block) -> int:
    return len(model.plain_text(block.inlines).split())


#: a section whose title says it concludes ("Conclusion", "Discussion", "Summary",
#: "Resolution", "Fazit", "Schlussbetrachtung", "Ausblick"; a last section on the "Future
#: Requirements and Perspectives", JUDGE8)
_CONCLUDING_TITLE = re.compile(
    r"(?i)conclu|summary|summing up|discussion|resolution|final (?:remarks|thoughts|word)|"
    r"closing|outlook|\bfuture\b|\bperspectives\b|fazit|schluss|zusammenfassung|ausblick|resümee|"
    r"bilanz|diskussion|perspektiven")
#: back matter printed under the last section (acknowledgements, the authors' notes,
#: dates of submission): not part of the answer
_BACK_MATTER = re.compile(
    r"(?i)^\W*(?:acknowledge?ments?|danksagung|funding|conflicts? of interest|correspondence|"
    r"artikel eingegangen|received\b|notes? on contributors?)|^[*†‡]+\s*[A-Z]|"
    r"(?-i:^(?:[A-Z][A-Z’'.-]+\s+){1,4}(?:is|was|ist)\b)|\(&\)|@|\bprofess(?:or|ur)\b.{0,60}\buniversit|"
    r"^(?:the|this|das|dieses?) (?:project|research|study|Projekt|Forschung)\b.{0,250}\b(?:funded|"
    r"supported|financed|gefördert|finanziert)\b")


def _under(reading: model.Reading, sec) -> list:
    """``sec`` and the subsections under it (the sections after it of a deeper level)."""
    secs, on = [], False
    for s in reading.sections:
        if s is sec:
            on = True
            secs.append(s)
        elif on and s.level > sec.level:
            secs.append(s)
        elif on:
            break
    return secs


def _section_span(reading: model.Reading, sec, start: str = "") -> list[str]:
    """The paragraphs of ``sec`` and of the subsections under it, in order: a
    conclusion, discussion or summary cited whole, first page to last, without the back
    matter after it (:data:`_BACK_MATTER`).  Too long to be one answer's place (over
    :data:`_SPAN_WORDS`): from the paragraph ``start`` to the end, else nothing."""
    blocks = [b for s in _under(reading, sec) for b in s.blocks]
    while blocks and _BACK_MATTER.search(normalize_space(model.plain_text(blocks[-1].inlines))[:200]):
        blocks.pop()
    if sum(_words_of(b) for b in blocks) <= _SPAN_WORDS:
        return [b.id for b in blocks]
    ids = [b.id for b in blocks]
    if start in ids:
        tail = blocks[ids.index(start):]
        if sum(_words_of(b) for b in tail) <= _SPAN_WORDS:
            return [b.id for b in tail]
    return []


def _following(reading: model.Reading, block_id: str, sent, n: int = 2) -> list[str]:
    """Where the author answers what ``sent`` (a reported view or an objection) says:
    its whole paragraph (which may run on to the next page), and when the rest of the
    paragraph gives no verdict (:data:`_VERDICT`), the paragraphs after it in its
    section on to the first that does, at most ``n``, while they keep to its topic
    (two content words shared)."""
    for sec in reading.sections:
        ids = [b.id for b in sec.blocks]
        if block_id in ids:
            break
    else:
        return []
    i = ids.index(block_id)
    here = normalize_space(model.plain_text(sec.blocks[i].inlines))
    after = here[here.find(sent.text) + len(sent.text):] if sent.text in here else ""
    out = [block_id]
    if len(after.split()) >= 25 and _VERDICT.search(after):
        return out
    topic = _content_words(sent.text)
    for b in sec.blocks[i + 1:i + 1 + n]:
        if b.kind == "quote":
            continue
        text = normalize_space(model.plain_text(b.inlines))
        if len(_content_words(text) & topic) < 2:
            break
        out.append(b.id)
        if _VERDICT.search(text):
            break
    return out


#: a concept's question that asks where the article uses it ("Where does the article put
#: the concept to work", "An welchen Stellen arbeitet der Beitrag mit dem Begriff")
_ASKS_WHERE = re.compile(r"(?i)\bwhere (?:in the article|does the article)\b|\bat which points\b|"
                         r"\ban welchen Stellen\b|\bwo setzt\b")
#: the paragraphs using a concept cited for such a question, at most
_USES = 5


def _pairs(text: str) -> set[tuple[str, str]]:
    """Two lower-case words of four letters or more side by side, as rough stems ("party
    family explanation": ("party", "famil"), ("famil", "expla"))."""
    words = re.findall(r"[^\W\d_]+|\S", re.sub(r"[\"'“”„‚‘’«»‹›]", "", text))
    return {(a[:5], b[:5]) for a, b in zip(words, words[1:])
            if len(a) >= 4 and len(b) >= 4 and a.isalpha() and b.isalpha()
            and a.islower() and b.islower() and a not in _STOP and b not in _STOP}


def _aimed_at(arg, x):
    """What the objection ``x`` is aimed at ("the party family explanation inadequately
    explains …"), where the paragraph before it in its section, or its own paragraph
    before it, sets that out: the first of those sentences that shares two words side
    by side with it ("six party families"); None when none does."""
    mine = [y for y in arg.sents if y.block == x.block]
    if not mine:
        return None
    before = [y for y in arg.sents if y.section is x.section and y.index < mine[0].index
              and not y.quote]
    prev = [y for y in before if before and y.block == before[-1].block]
    want = _pairs(x.text)
    return next((y for y in prev + [y for y in mine if y.index < x.index]
                 if _pairs(y.text) & want), None)


#: a question on an objection ("The review objects", "this objection", "counter-argument")
_ASKS_OBJECTION = re.compile(r"(?i)\bobject(?:s|ion)\b|\bcounter-argument\b|\bEinwand\b|"
                             r"\bwendet\b[^?]*\bein\b")


#: a contrast drawn in one sentence: "While/Whereas/Unlike/In contrast to A …, B …",
#: "A …, whereas/while B …", German "Während/Im Gegensatz zu/Anders als A …, B …",
#: "A …, während B …" (a clause before the comma, ending in a verb in German), and
#: "nicht A, sondern B", "not A, but rather B"
_DISTINCTION = re.compile(
    r"^(?:While|Whereas|Unlike|In contrast to|As opposed to)\s[^;:]{12,}?,\s|"
    r"^(?:Während|Im (?:Gegensatz|Unterschied) zu|Anders als)\s[^;:]{12,}?\s[a-zäöüß]\w+,\s|"
    r"\w{2,}[^;:]{12,}?,\s(?:whereas|while|während)\s(?!\w+ing\b)|"
    # (what the article denies and what it holds instead: "nicht A, sondern B", "keine A,
    # sondern B", "not A, but rather B")
    r"\b(?:nicht|kein\w*)\s[^;:]{3,120}?,\s*sondern\s|\bnot\s[^;:]{3,120}?,?\s+but\s+rather\s")
#: a "while" of time ("While the … was taking place"), or an added point, no contrast
#: ("While culture can offer …, it also contributes"; "nicht nur")
_NO_DISTINCTION = re.compile(r"(?i)^while\s(?:\S+\s){0,6}?(?:was|were|is|are)\s\w+ing\b|"
                             # ("While studying in Berlin, …"; "Während des Krieges", a
                             # preposition of time before a genitive)
                             r"^while\s\w+ing\b|^während\s(?:des|eines|seines|ihres|dieses|jenes|unseres)\b|"
                             r",\s(?:\S+\s){0,3}?(?:also|too|auch)\b|\bnot only\b|\bnicht nur\b|"
                             r"^(?:während|while)\s(?:der|des|dieser|dieses|seines|seiner|ihres|ihrer|"
                             r"the)\s(?:\S+\s){0,2}?(?:period|years?|time|war|Zeit|Jahre[sn]?|Krieg\w*)\b|"
                             # a concession, not two sides: "While recent tensions have made
                             # collaboration more problematic, over 200 groups remain committed"
                             r"^(?:while|während)\s[^;:]{12,}?,\s[^,;:]{0,60}?\b(?:remain(?:s|ed)?|still|"
                             r"nevertheless|nonetheless|continu(?:es|ed)?\s+to|even\s+so|dennoch|"
                             r"trotzdem|weiterhin|nach\s+wie\s+vor|bleib\w*|blieb\w*)\b")


#: a sentence or clause that leans on what stands around it: a pronoun or a demonstrative
#: as its subject ("His narrative …", "these non-intended consequences …")
_POINTS_AROUND = re.compile(r"^(?:His|Her|Its|Their|He|She|It|They|Sein|Seine|Ihr|Ihre|Er|Sie|Es)\s|"
                            r"^(?:these|those|such|diese|solche[rnms]?)\s", re.I)


#: a main clause that is no second side: what both share ("both male generations
#: experienced insecurity"), or the article's own next step ("two points can be made")
_NOT_A_SIDE = re.compile(r"(?i)\b(?:both|beide[nrs]?)\b|\bcan be (?:made|said|noted|shown)\b|"
                         r"\blassen sich\b|\bist festzuhalten\b|"
                         # (or the same as the first: "are as essential for", "ebenso")
                         r"\bas \w+ (?:as|for|to)\b|\b(?:ebenso|genauso|gleichermaßen)\b")


#: a demonstrative among a sentence's first words ("Ungeachtet dieser Vorarbeit …",
#: "Given these results, …"): it leans on the sentence before
_POINTS_BACK_EARLY = re.compile(r"(?i)\b(?:these|those|such|diese[rnms]?|solche[rnms]?)\s+\w")


def _distinction(reading, arg, quotable, taken: set[str] = frozenset()):
    """A contrast the article draws in its own voice (:data:`_DISTINCTION`): quotable
    alone, not in its introduction, a quotation, a cited author's view or a passage it
    leaves open, each side with two content words (six together); of several, one on what the
    article is about (its title and abstract's words) first, then one in its conclusion
    or its results, then the first.  With the sentences after it in its paragraph where
    the article makes something of it (two at most).  None when there is none."""
    frame = _stems(" ".join([x.text for x in arg.abstract + arg.thesis + arg.aims]))
    methods = [] if arg.methods_section is None else _under(reading, arg.methods_section)
    best = None
    for x in arg.sents:
        if x.quote or x.index in arg.others or x.index in arg.open or x.section is arg.intro \
                or x.block in taken or _CITED.search(x.text) or x.text.endswith("?") \
                or not quotable(x, 40) or not _self_contained(x.text) or _META_OPENER.match(x.text) \
                or len(x.text.split()) < 12:
            continue
        m = _DISTINCTION.search(x.text)
        if m is None or _NO_DISTINCTION.search(x.text):
            continue
        one, two = x.text[:m.end()], x.text[m.end():]
        if len(_content_words(one)) < 2 or len(_content_words(two)) < 2 or \
                len(_content_words(one)) + len(_content_words(two)) < 6:
            continue
        if _POINTS_AROUND.search(x.text) or _POINTS_AROUND.match(two) or _NOT_A_SIDE.search(two) or \
                _POINTS_BACK_EARLY.search(" ".join(x.text.split()[:6])) or \
                x.text.rstrip().endswith(":") or methods and x.section in methods:
            continue    # (it leans on what stands around it, or a detail of the method)
        # (two named sides first, in English: "Albanian …, whereas the Macedonians …")
        named = arg.lang == "en" and all(re.search(r"(?<=\w )[A-Z][a-z]{3,}", " " + c.split(" ", 1)[-1])
                                         for c in (one, two))
        score = (not named, -len(_stems(x.text) & frame) // 2,
                 not (x.section is arg.conclusion or x.section is arg.results_section),
                 x.index)
        if best is None or score < best[0]:
            best = (score, x)
    if best is None:
        return None
    x = best[1]
    after = [y for y in arg.sents if y.block == x.block and y.index > x.index and not y.quote][:2]
    return x, after


def _term_rx(term: str) -> str:
    """A pattern for ``term`` with its words inflected ("selektive Assoziation" also
    "selektiven Assoziation")."""
    words = re.findall(r"[^\W\d_][\w-]*", re.sub(r"(?i)^the\s+", "", term))
    parts = [re.escape(w[:-2]) + r"[\w-]{0,3}" if len(w) > 5 else re.escape(w) for w in words]
    return r"(?<!\w)" + r"\W{1,3}".join(parts) + r"(?!\w)"


def _best_match(pool, sent, least: int = 3):
    """The sentence of ``pool`` sharing most content words with ``sent`` (``least`` at
    the least), those with figures first; None when none shares enough."""
    want = _stems(sent.text)
    best = max(pool, key=lambda x: (len(_stems(x.text) & want), bool(re.search(r"\d", x.text)),
                                    -x.index), default=None)
    if best is None or len(_stems(best.text) & want) < least:
        return None
    return best


def _clause_matches(pool, sent) -> list:
    """For each clause of ``sent`` (split at ", and", ";" and before "because", "due to"),
    the sentence of ``pool`` that shares most of its content words for its length (two
    at least, and most of them of the clause's own); in the order of the clauses,
    each once."""
    clauses = [c for c in re.split(r"(?i);\s*|,\s*and\s*,?\s*|,\s*(?=because\b|due to\b|as a result\b)",
                                   sent.text) if len(_stems(c)) >= 3]
    if len(clauses) < 2:
        return []
    out = []
    for c in clauses:
        want = _stems(c)
        best = max(pool, key=lambda x: (len(_stems(x.text) & want) / max(1, len(_stems(x.text))) ** 0.5,
                                        -x.index), default=None)
        if best is not None and len(_stems(best.text) & want) >= 2 and best not in out:
            out.append(best)
    return out


def _rare_match(pool, text: str, sents, least: int = 3, rare: int = 1):
    """The sentence of ``pool`` that shares with ``text`` most of its rarer words (each
    shared stem weighing the less, the more sentences of ``sents`` use it: the actors'
    names every page gives count little), at least ``least`` stems shared and ``rare``
    of them used in under a tenth of the sentences; None when none does."""
    want = _stems(text)
    df: dict[str, int] = {}
    for x in sents:
        for st in _stems(x.text) & want:
            df[st] = df.get(st, 0) + 1
    few = {st for st in want if df.get(st, 0) * 10 < max(10, len(sents))}

    def score(x):
        return sum(1 / df.get(st, 1) for st in _stems(x.text) & want)
    best = max(pool, key=lambda x: (score(x), -x.index), default=None)
    if best is None or len(_stems(best.text) & want) < least or len(_stems(best.text) & few) < rare:
        return None
    return best


#: words of five letters or more that carry no topic ("because", "between")
_FUNCTION5 = frozenset(_stems("because although without between through within while where would "
                              "could should might their whose since after before under again "
                              "still often never always every other"))


def _rare_paragraphs(pool, text: str, sents, n: int = 3) -> list:
    """The paragraphs of ``pool`` (sentences) that share two at least of ``text``'s rarer
    words (each used in under a tenth of ``sents``; function words aside), the ``n``
    that share most (rarer words weighing more), in the article's order: one sentence
    of each."""
    want = _stems(text) - _FUNCTION5
    df: dict[str, int] = {}
    for x in sents:
        for st in _stems(x.text) & want:
            df[st] = df.get(st, 0) + 1
    few = {st for st in want if df.get(st, 0) * 10 < max(10, len(sents))}
    by_block: dict[str, list] = {}
    for x in pool:
        by_block.setdefault(x.block, []).append(x)
    scored = []
    for b, xs in by_block.items():
        shared = frozenset().union(*(_stems(x.text) for x in xs)) & few
        if len(shared) >= 2:
            scored.append((-sum(1 / df[st] for st in shared), xs[0].index, xs[0]))
    return [x for *_, x in sorted(sorted(scored)[:n], key=lambda t: t[1])]


def _two_clauses(text: str) -> list[str]:
    """The two sides of a contrast ("While A …, B …"; "A …, whereas B …"): its
    clauses, split at the comma before the second side; [] when it has no such comma.

    >>> _two_clauses("While Veldora protested, Kassine insisted on the dam.")
    ['While Veldora protested', 'Kassine insisted on the dam.']
    """
    m = re.match(r"(?i)^((?:while|whereas)\s[^,;]+),\s*(.+)$", text) or \
        re.match(r"^([^,;]+),\s*((?:whereas|while|but)\s.+)$", text)
    return [m.group(1), m.group(2)] if m else []


def _phrases(text: str) -> set[str]:
    """The two-word phrases of content words in ``text`` ("bridge builders", "roll
    calls"), lower case, stop words and figures breaking a phrase."""
    ws = [w.lower() for w in re.findall(r"[^\W\d_][\w’'-]*", re.sub(r"\([^()]*\d{4}[^()]*\)", " ", text))]
    return {f"{a} {b}" for a, b in zip(ws, ws[1:])
            if a not in _STOP and b not in _STOP and len(a) > 3 and len(b) > 3}


def _uptake(arg, view, who: str, taken: set[str]):
    """Where the author takes up a reported view in prose of its own, after the
    paragraphs that report it (``taken``): the first later sentence of the body, not a
    quotation nor another's view, that names the view's holder again or repeats a
    two-word phrase of the view that the article uses nowhere before it; None when
    the article does not return to it."""
    name = re.sub(r"\s*\(.*$", "", who).replace(" et al.", "").split()
    name = name[-1] if name else ""
    before = set()
    for x in arg.sents:
        if x.index >= view.index:
            break
        before |= _phrases(x.text)
    own = _phrases(view.text) - before
    for x in arg.sents:
        if x.index <= view.index or x.block in taken or x.quote:
            continue
        # the holder named in the author's prose, not in a citation "(Rose 2000; …)"
        bare = re.sub(r"\([^()]*\d{4}[^()]*\)", " ", x.text)
        if name and re.search(rf"\b{re.escape(name)}\b", bare) or own & _phrases(x.text):
            return x
    return None


#: a body section on the study's own limits ("Limitations of the Current Approach"): not a
#: step of the argument
_LIMITS_TITLE = re.compile(r"(?i)\blimitations?\b|\bshortcomings\b|\bgrenzen\b|einschränkung")


def _step_blocks(reading: model.Reading, arg) -> list[str]:
    """Paragraphs of the argument's steps (:attr:`.argument.Argument.steps` and the
    subsections under them), in order, enough that every page from the first step to
    the last is cited: each section's first, every long one (its end marks the page
    it runs on to) and one at least every :data:`_STEP_GAP` words (less than a page).
    Not a section on the study's limits, nor a quotation set off."""
    out: list[str] = []
    for sec in arg.steps:
        if _LIMITS_TITLE.search(sec.title or ""):
            continue
        for s in _under(reading, sec):
            since = _STEP_GAP
            for b in s.blocks:
                if b.kind not in ("paragraph", "item"):
                    continue
                n = _words_of(b)
                if since >= _STEP_GAP or n >= _STEP_GAP:
                    out.append(b.id)
                    since = 0
                since += n
    return out


def _whole(reading: model.Reading, sec) -> list[str]:
    """Paragraphs of ``sec`` and its subsections enough that every page it is printed on
    is cited, first to last (a section named by a question is cited in full extent):
    its first, one at least every :data:`_STEP_GAP` words, every long one, and its
    last (a bare paragraph id gives the pages it starts and ends on)."""
    out: list[str] = []
    blocks = [b for s in _under(reading, sec) for b in s.blocks
              if b.kind in ("paragraph", "item", "quote") and model.plain_text(b.inlines).strip()]
    since = _STEP_GAP
    for b in blocks:
        n = _words_of(b)
        if since >= _STEP_GAP or n >= _STEP_GAP:
            out.append(b.id)
            since = 0
        since += n
    if blocks and blocks[-1].id not in out:
        out.append(blocks[-1].id)
    return out


def _step_starts(reading: model.Reading, arg) -> list[str]:
    """Where each step of the argument starts (:attr:`.argument.Argument.steps`): the
    first sentence of each step section's first paragraph ("s3-p1~1"), so that the
    question cites the page each step begins on, not every page between the first
    step and the last (JUDGE10: "pp. 229–246 … gives the student no help in finding
    the passage").  Not a section on the study's limits, nor a quotation set off."""
    out: list[str] = []
    for sec in arg.steps:
        if _LIMITS_TITLE.search(sec.title or ""):
            continue
        b = next((b for s in _under(reading, sec) for b in s.blocks
                  if b.kind in ("paragraph", "item") and model.plain_text(b.inlines).strip()), None)
        if b is not None:
            out.append(sentence_ref(b, split_sentences(normalize_space(
                model.plain_text(b.inlines)))[0]))
    return out


#: words between two paragraphs cited for the steps of an argument (a reader page
#: holds about 450)
_STEP_GAP = 200
#: a body of steps this short (about five reader pages) is cited page by page, not only
#: where each step starts
_SHORT_BODY = 2500


#: the article's own word on how far its results reach ("Generalizations … might be
#: limited to", "has to be treated with caution", "lassen sich nicht verallgemeinern")
_OWN_LIMITS = re.compile(
    r"(?i)\bgenerali[sz]\w*|\bverallgemeiner\w*|\blimit(?:ed|ations?)\b|\bcaution\b|"
    r"\brestricted to\b|\bnot (?:be )?representative\b|\bnicht repräsentativ|"
    r"\b(?:Einschränkung|Grenzen) (?:der|dieser|unserer)\b")


def _own_limits(arg, after) -> list:
    """The sentences after ``after`` (the methods) in which the article itself says how
    far its results reach: not in a quotation, not a cited study's (a citation in
    it), those on generalising first; at most two paragraphs."""
    pool = [x for x in arg.sents if x.index > after.index and not x.quote
            and x.section is not arg.intro and _OWN_LIMITS.search(x.text)
            and not _CITED.search(x.text)]
    pool.sort(key=lambda x: (not re.search(r"(?i)generali[sz]|verallgemeiner", x.text), x.index))
    out, blocks = [], []
    for x in pool:
        if x.block not in blocks:
            if len(blocks) == 2:
                continue
            blocks.append(x.block)
        out.append(x)
    return out[:2]


#: a reviewer's reservation ("should be treated with caution", "less convincing",
#: "one wonders", "überzeugt nicht")
_RESERVATION = re.compile(
    r"(?i)\b(?:caution|cautious|less convincing|not (?:entirely |fully |wholly )?convinc\w*|"
    r"unconvinc\w*|questionable|problematic|one wonders|(?:a|one|the) (?:main |major )?"
    r"(?:weakness|shortcoming|drawback|limitation|problem)|reservations?|falls? short|"
    r"would have (?:benefited|been)|overlook\w*|neglect\w*|inadequate\w*|suffers? from|"
    r"may not (?:capture|reflect|explain)|the problem|difficult(?:y|ies)|"
    r"überzeugt nicht|wenig überzeugend|fragwürdig|problematisch|Schwäche|bleibt offen)\b")


def _unquoted(text: str) -> str:
    """``text`` without its quotation marks (a title's „Kampfbegriff” is ‚Kampfbegriff’
    once the question quotes the title)."""
    return re.sub(r"[\"'“”„‚‘’«»‹›]", "", text)


def _answer_spans(reading: model.Reading, arg, cands: list[_Cand], ev) -> None:
    """Widen each question's evidence to the whole place of its answer (JUDGE7: a
    reference to the first page of a two-page conclusion is incomplete): a question on
    the argument or the title, the whole conclusion; a finding, the results that report
    it (or, reported in the results, the discussion that reads it); an objection or a
    cited view, the paragraphs after it up to the author's verdict; a concept, the
    conclusion's sentence that uses it.  Only places that carry what the question
    names: every page cited stays a page of the answer."""
    by_block = {b.id: sec for sec, b in reading.blocks()}
    sents_of = {}
    for x in arg.sents:
        sents_of.setdefault(x.block, []).append(x)
    concl = arg.conclusion

    def res_first(secs) -> int:
        return next((s.index for s in arg.sents if s.section in secs), 0)
    for c in cands:
        add: list[str] = []
        first = [x for e in c.evidence if (x := next((s for s in sents_of.get(block_of(e), [])
                                                       if ev(s)[0] == e), None)) is not None]
        if c.rule == "argument" and arg.genre != "review":
            # the steps of the argument: the main sections between the aim and the
            # conclusion, where a question on "which steps lead there" sends the students
            # (JUDGE9: the aim's and the conclusion's pages alone are incomplete), as
            # support (another question may still quote a sentence of them): where each
            # step starts (JUDGE10: whole ranges give no help)
            # (a short body, one reading of a few pages: page by page; JUDGE12, the central
            # section of a 9-page article uncited between its start and its answer)
            short = sum(_words_of(b) for sec in arg.steps for x in _under(reading, sec)
                        for b in x.blocks) <= _SHORT_BODY
            steps = _step_blocks(reading, arg) if short else _step_starts(reading, arg)
            if concl is not None and not _CONCLUDING_TITLE.search(concl.title or "") and \
                    concl not in arg.steps:
                # a last section not titled as a conclusion is the argument's last step:
                # where it starts too (JUDGE12: "Im Zentrum des Konflikts:
                # Leistungsgerechtigkeit", pp. 31–32, uncited)
                steps += _step_starts(reading, dataclasses.replace(arg, steps=[concl]))
            add += steps
            c.support += steps
            c.sections += [by_block[block_of(b)].id for b in steps if block_of(b) in by_block]
            at = {s.id: i for i, s in enumerate(reading.sections)}
            c.sections = sorted(dict.fromkeys(c.sections), key=lambda x: at.get(x, -1))
        if c.rule == "argument" and concl is not None:
            start = next((block_of(e) for e in c.evidence if by_block.get(block_of(e)) is concl), "")
            if _CONCLUDING_TITLE.search(concl.title or ""):
                # (a last section not titled as a conclusion is a step of the argument:
                # only its page of the answer is cited)
                add += _section_span(reading, concl, start)

            # a title's question: also where the introduction takes up the title's word
            # ("… as normal?": what "normal" means and the answer, for a review essay in
            # its opening paragraphs)
            if arg.title_question and _unquoted(arg.title_question) in _unquoted(c.text) \
                    and arg.intro is not None:
                key = _stems(" ".join(re.findall(r"[^\W\d_]{5,}", arg.title_question)[-1:]))
                opener = next((x for x in arg.sents if x.section is arg.intro and not x.quote
                               and key and key <= _stems(x.text) and _STATES_ARGUMENT.search(x.text)),
                              None)
                # and where the introduction sets out what the title's word means, the
                # yardstick of the answer (JUDGE10: „Kampfbegriff“ explained on S. 25–26,
                # not cited): its first mention there, and its last when no sentence
                # states the argument with it
                uses = [x for x in arg.sents if x.section is arg.intro and not x.quote
                        and key and key <= _stems(x.text)]
                more = [opener] if opener is not None else uses[1:][-1:]
                add += ev(*(uses[:1] + [x for x in more if x not in uses[:1]]))
            # a review: "does the reviewer find it convincing" is answered where the
            # reviewer voices reservations (JUDGE10: pp. 195–202 not cited): in each
            # section of its body, the first sentence that does
            if arg.genre == "review":
                for sec in arg.steps:
                    x = next((x for x in arg.sents if x.section in _under(reading, sec)
                              and not x.quote and _RESERVATION.search(x.text)), None)
                    if x is not None:
                        add += ev(x)
                        c.support += ev(x)
            # an empirical article: what the conclusion rests on is the results that report
            # it (JUDGE8: "what does the answer rest on" with the decisive test, the
            # cut-offs, on uncited results pages): for each of its first two concluding
            # sentences, the results' sentence sharing most words with it (figures first)
            res = arg.results_section
            if res is not None and concl is not None and res is not concl:
                res_secs = _under(reading, res)
                pool = [s for s in arg.sents if s.section in res_secs and s.section is not concl
                        and not s.quote]
                # (and a discussion of its own between the results and the conclusion,
                # where "based on our results" the article draws what it concludes)
                disc = [s for s in arg.sents if s.section is not concl and not s.quote
                        and s.section not in res_secs and _READS_RESULTS.search(s.section.title or "")
                        and s.index > res_first(res_secs)]
                for p in (pool, disc):
                    for x in arg.conclusions[:2]:
                        m = _best_match(p, x, 4)
                        if m is not None:
                            add += ev(m)
                            c.support += ev(m)
            # "our argument put forward in the beginning": the thesis where it is first stated
            if any(_POINTS_BACK.search(x.text) for x in first):
                back = next((x for x in arg.thesis + arg.sents if x.section is arg.intro
                             and not x.quote and (_POINTS_BACK.search(x.text)
                                                  or _OWN_THESIS.search(x.text))), None)
                if back is not None:
                    add += ev(back)
        elif c.rule == "finding" and first:
            x = first[0]
            res = arg.results_section
            res_secs = _under(reading, res) if res is not None else []
            if res is not None and x.section not in res_secs and x.index > res_first(res_secs):
                # a finding stated in the discussion: the results that report it
                pool = [s for s in arg.sents if s.section in res_secs and not s.quote]
            else:       # reported in the results (or a body section): where the article
                        # reads it, before its conclusion (cited already)
                # (a section titled as reading results: "Interpretation of the Results",
                # "Discussion"; no other body section, whose matching words may be another
                # topic's)
                pool = [s for s in arg.sents if s.index > x.index and s.section is not x.section
                        and s.section not in res_secs and s.section is not concl
                        and _READS_RESULTS.search(s.section.title or "") and not s.quote]
            m = _best_match(pool, x, 4)
            if m is None and arg.evidence_at is not None and \
                    arg.evidence_at.index < x.index and arg.evidence_at.section is not x.section:
                # no other place that reports or reads it: how it was obtained, where the
                # article says what its evidence is (its case studies, survey, interviews)
                add.append(arg.evidence_at.block)
            if m is not None:
                # the results' subsection that reports it, whole when short (its figures
                # and tables' commentary), else the paragraph
                sub = m.section
                blocks = [b for b in sub.blocks if b.kind != "quote"]
                if sub is not res and sub in res_secs and \
                        sum(_words_of(b) for b in blocks) <= _SUBSECTION_WORDS:
                    add += [b.id for b in blocks]
                else:
                    add.append(m.block)
        elif c.rule in ("limitation", "hypothesis") and concl is not None and \
                _CONCLUDING_TITLE.search(concl.title or ""):
            # a hypothesis: the question asks what the conclusion decides and on which
            # grounds, all of which its conclusion gives (JUDGE8: "which evidence bears
            # on it" sent students to the whole body, uncited)
            # "which of its conclusions does it weaken": all of the conclusion (JUDGE8: its
            # general conclusion on the next page, uncited)
            add += _section_span(reading, concl)
        elif c.rule == "counter" and first and c.key:
            add += _following(reading, first[0].block, first[0])
            # and what the objection is aimed at, when the paragraph before sets it out
            # (JUDGE12: "the party family explanation" objected to on p. 206, the book's
            # six party families on p. 205, uncited)
            if _ASKS_OBJECTION.search(c.text):
                add += ev(_aimed_at(arg, first[0]))
        elif c.rule == "positions" and "|" not in c.key and len(first) == 1:
            add += _following(reading, first[0].block, first[0], n=1)
            # and where the author takes the view up in prose of its own, later on
            # (JUDGE8: "bridge builders" adopted two pages on, uncited)
            up = _uptake(arg, first[0], c.key, set(add))
            if up is not None:
                add += ev(up)
        elif c.rule == "concept" and c.key != "kinds" and concl is not None:
            t = next((t for t in reading.glossary if t.id == c.key), None)
            if t is not None and first:
                # a definition quoted from another author that runs on over sentences
                # (its quotation marks closed, and its source cited, in a later one) and
                # over a page: each of its sentences (JUDGE11: the citation on the next
                # page, uncited)
                d = first[0]
                run = [x for x in sents_of.get(d.block, []) if x.index >= d.index]
                depth, more = 0, []
                for x in run[:5]:
                    curly = len(re.findall(r"[„«]" if arg.lang in ("de", "pl") else r"[“«]", x.text)) - \
                        len(re.findall(r"[“”»]" if arg.lang in ("de", "pl") else r"[”»]", x.text))
                    straight = x.text.count('"') % 2      # an odd count opens or closes one
                    depth += curly + (straight if depth <= 0 else -straight)
                    if x is not d:
                        more.append(x)
                    if depth <= 0:
                        break
                if depth <= 0:
                    add += ev(*more)
                # a concept with a section of its own, titled by it ("Cooperation"): where
                # it does its work is that section, cited whole (JUDGE11: pp. 260-262)
                own = _titled_by(reading, t.term)
                if own is not None and own is not concl and own is not arg.intro:
                    whole = _whole(reading, own)
                    add += whole
                    c.support += whole
                # a concept defined in the conclusion: where the article uses it next, past
                # its definition's paragraph (JUDGE11: the distinction it draws, p. 121)
                if by_block.get(d.block) is concl:
                    nxt = next((x for x in arg.sents if x.index > d.index and x.block != d.block
                                and not x.quote and re.search(_term_rx(t.term), x.text, re.I)), None)
                    add += ev(nxt)
            if t is not None and first and _ASKS_WHERE.search(c.text):
                # "where does the article put the concept to work": each paragraph after
                # its definition's that uses it, up to :data:`_USES` (JUDGE12: its uses
                # on S. 74 and 77, uncited)
                rx, seen = _term_rx(t.term), {first[0].block}
                for x in arg.sents:
                    if len(seen) > _USES:
                        break
                    if x.index > first[0].index and x.block not in seen and not x.quote and \
                            x.index not in arg.others and re.search(rx, x.text, re.I):
                        seen.add(x.block)
                        add += ev(x)
                        c.support += ev(x)
            if t is not None and not any(by_block.get(block_of(e)) is concl for e in c.evidence):
                rx = _term_rx(t.term)
                use = next((s for s in arg.sents if s.section is concl and not s.quote
                            and re.search(rx, s.text, re.I)), None)
                if use is None:
                    # not in the conclusion: the first section after its definition that
                    # names the concept in its title ("Measures of … temporal orientation"),
                    # where the article puts it to work
                    at = max((s.index for s in first), default=-1)
                    use = next((s for s in arg.sents if s.index > at and not s.quote
                                and s.section is not first[0].section and s.section is not arg.intro
                                and re.search(rx, s.section.title or "", re.I)
                                and re.search(rx, s.text, re.I)), None) if first else None
                if use is not None:
                    add += ev(use)
                # "what does it help to explain": where the article explains with it, the
                # first use in a section that reads the results ("Interpretation of the
                # Results", "Discussion"; JUDGE9: the interpretation, uncited); with no
                # such section and no use found above, its first use in a later section
                at = max((s.index for s in first), default=-1)
                later = [s for s in arg.sents if s.index > at and not s.quote and first
                         and s.section is not first[0].section and s.section is not arg.intro
                         and s.section is not concl and s.index not in arg.others
                         and re.search(rx, s.text, re.I)]
                reads = next((s for s in later if _READS_RESULTS.search(s.section.title or "")), None)
                if reads is not None:
                    add += ev(reads)
                elif use is None and later:
                    add += ev(later[0])
        c.evidence = list(dict.fromkeys(c.evidence + [a for a in add if a]))


#: a person's words reported as said, not a view argued ("said", "told", "in an
#: interview", a quotation of their words, "sagte", "äußerte")
#: titles of an office whose holder speaks for a policy (not "Professor", "Dr")
_OFFICES = {"President", "Prime", "Minister", "Chancellor", "Secretary", "Senator",
            "Ambassador", "Commissioner", "King", "Queen", "Premier", "Governor", "Mayor",
            "Spokesperson", "Spokesman", "Spokeswoman", "Envoy", "Präsident", "Präsidentin",
            "Minister", "Ministerin", "Kanzler", "Kanzlerin", "Botschafter", "Sprecher"}
_SPEECH = re.compile(
    r"(?i)\b(?:said|says|told|tells|stated|remarked|commented|recalled|put it|interview\w*|"
    r"sagte|sagt|erklärte|äußerte|bemerkte|Interview\w*)\b|[“„\"«][^”“\"»]{12,}[”“\"»]")


#: a section that reviews the article's sources or data themselves (not its own methods)
_SOURCES_TITLE = re.compile(r"(?i)\b(?:data|sources|statistics|archives|records|Daten\w*|"
                            r"Quellen\w*|Statistik\w*|Archiv\w*|Datenlage)\b")
_METHODS_TITLE_Q = re.compile(r"(?i)^\W*(?:[IVX\d][\d.]*\s*)?(?:methods?|methodolog|data and|"
                              r"daten und|methode)")
#: a section on the gaps or deficits of what the article surveys, and one on what is
#: required or recommended
_GAPS_TITLE = re.compile(r"(?i)\b(?:gaps?|deficits?|deficiencies|shortcomings|Lücken|Defizite)\b")
_PROPOSALS_TITLE = re.compile(r"(?i)\b(?:requirements|recommendations|proposals|suggestions|"
                              r"Empfehlungen|Forderungen|Vorschläge|Handlungsbedarf)\b")
#: a sentence about the study's own results ("these findings are due to", "Die
#: Ergebnisse erklären sich"): only then "accounts for its results"
_NAMES_RESULTS = re.compile(
    r"(?i)\b(?:results?|findings|the finding|data|differences?|effects?|correlations?|scores?|"
    r"respondents|participants|Ergebnis\w*|Befund\w*|Daten|Unterschied\w*|Effekt\w*)\b")

#: the article's own explanation of what it found ("is due to the fact that", "can be
#: explained by", "for religious reasons", "ist darauf zurückzuführen, dass")
_EXPLAINS = re.compile(
    r"(?i)\b(?:(?:is|are|was|were) (?:(?:mainly|largely|partly|in part) )?(?:due to|"
    r"(?:explained|caused) by)|can be (?:(?:mainly|largely|partly) )?explained by|"
    r"for (?:religious|economic|political|social|cultural|historical) reasons|"
    r"(?:ist|sind|war|waren) (?:\w+ )?(?:darauf )?zurückzuführen|erklärt sich|"
    r"(?:ist|sind|war|waren)\s[^.;:]{1,90}?\bauf\s[^.;:]{1,90}?\bzurückzuführen|"
    r"lässt sich (?:\w+ )?(?:damit|dadurch) erklären)\b")


def _task_cands(reading: model.Reading, doc: _Doc) -> list[_Cand]:
    """Questions by task, from the model of the argument (:mod:`.argument`):
    reconstruct the argument, weigh the evidence (and the hypothesis), examine
    the sources, compare two positions, an alternative explanation or
    counter-argument, test a forecast, connect to a concept, apply to another
    case.  Every question is built on something this article says (a claim, its
    research question, a hypothesis, a kind of source, two named views, an
    objection it weighs, a forecast, a concept it defines): a task the article
    gives nothing specific for is not asked (no "what would a critic say?" that
    fits any article).  Each question's evidence names the sentences it quotes
    or paraphrases (:func:`sentence_ref`), so that its page is theirs."""
    from .argument import _REPLY, Position, analyse, claim_of, concludes, quotable, titled_conclusion  # lazy: 17 ms on check and schema
    arg = analyse(reading, doc.people)
    lang = arg.lang if arg.lang in _ANSWER and arg.lang in _TASK_WORDS else "en"
    A = _ANSWER[lang]
    w = Wordings(lang, reading.meta.title or reading.slug, len(reading.meta.authors))
    out: list[_Cand] = []
    concl_secs = [arg.conclusion.id] if arg.conclusion else []
    blocks = {b.id: b for _, b in reading.blocks()}
    blocks.update((abstract_id(i), ab) for i, ab in enumerate(reading.abstracts, 1))

    def ev(*ss) -> list[str]:
        return [sentence_ref(blocks[x.block], x.text, x.block) if x.block in blocks else x.block
                for x in ss if x is not None]

    def explains(x, quoted: set) -> bool:
        """``x`` the article's own explanation of something, quotable alone,
        and not quoted by another question yet (5b, 5c)."""
        return bool(_EXPLAINS.search(x.text) and not x.quote and x.index not in arg.others
                    and not _CITED.search(x.text) and quotable(x, 35) and _self_contained(x.text)
                    and not x.text.endswith("?") and not _META_OPENER.match(x.text)
                    and ev(x)[0] not in quoted)

    # the central claim: a thesis sentence with a that-clause stated as the article's
    # own (in its introduction or conclusion, or with "this paper argues", "I argue"),
    # else the conclusion's; a "one can show that" in a body section is a finding
    # (weighed as evidence), not the thesis
    def central(s) -> bool:
        return s.section is arg.intro or s.section is arg.conclusion or bool(_OWN_THESIS.search(s.text))
    claims = [(s, c) for s in arg.thesis + arg.conclusions if (c := claim_of(s, lang))]
    main = next(((s, c) for s, c in claims if central(s)), None)
    used: set[str] = set()          # the claims asked about: each by one question
    # 1. reconstruct the argument
    s, text, titled = None, "", False
    between: list[str] = []     # the sections a question asks about, cited whole
    stock = False       # a stock question: its only slot the sections' titles (JUDGE11)
    answer_ev: list = []        # the title question's answer: its page cited too
    limits: list = []           # (cited as support: the sources question may quote them)
    abstract_claim = next(((x, c) for x in arg.abstract_thesis if (c := claim_of(x, lang))), None)
    if arg.title_question and not main and w.has("argument_title") and (
            arg.thesis or arg.aims or arg.conclusions):
        abstract_claim = None       # the title's question comes before the abstract's claim
    if main or abstract_claim:
        s, c = main or abstract_claim
        steps = _steps(arg, lang)
        if _POINTS_BACK.search(s.text) and w.has("argument_restated"):
            # "our argument put forward in the beginning": the claim the article opens
            # with and returns to, not a conclusion it is led to (JUDGE9)
            text = w("argument_restated", claim=c, sections=steps) if steps else \
                w("argument_restated_body", claim=c)
            # "which of the sections in between give this claim support": those sections
            # are the answer, cited whole (JUDGE12: pp. 223–224 and 226 uncited)
            between = [] if steps else [b for sec in arg.steps if not _LIMITS_TITLE.search(sec.title or "")
                                        for b in _whole(reading, sec)]
        else:
            # the wording by the shape of the body: premises for a short one, the steps
            # in order for three or four sections, what each step rests on for a long one
            n = len(arg.steps)
            text = w("argument_claim", claim=c, pick=2 if n <= 2 else 1 if n <= 4 else 0)
        used.add(c)
    elif arg.question and quotable(arg.question[0], 45):
        s = arg.question[0]
        text = w("argument_question", quote=_qs(s, lang), quote_mid=_qs(s, lang, mid=True))
    elif (aim := next((x for x in arg.abstract_aims + arg.aims if _aim_ok(x, quotable)), None)) \
            and w.has("argument_aim"):
        s = aim         # the abstract's statement of aim first: written to stand alone
        # an aim ("aims to", "the purpose of"), or a subject ("is devoted to", "examines"):
        # the question asks what the article concludes, so it quotes and cites where the
        # article concludes too (JUDGE6: a page of the aim alone is incomplete)
        end = _concluding(arg, lang, quotable)
        if _STATES_AIM.search(s.text) or not w.has("argument_subject"):
            if end is not None and w.has("argument_aim_end") and \
                    len(s.text.split()) + len(end.text.split()) <= 50:
                text = w("argument_aim_end", quote=_qs(s, lang), end=_qs(end, lang))
            elif (steps := _steps(arg, lang)) and w.has("argument_sections") and arg.conclusions:
                # the aim and the conclusion too long to quote together: the sections that
                # lead to the conclusion, which is where the question sends the students
                s, end = arg.conclusions[0], None
                text, stock = w("argument_sections", sections=steps), True
            else:       # the two quotations too long for one question: the aim's alone
                end = None
                text = w("argument_aim", quote=_qs(s, lang))
        elif end is not None and w.has("argument_end"):
            # a subject only ("This article is devoted to …"): no claim to ask about;
            # the conclusion's claim is the question (JUDGE6)
            s, aim = end, None
            text = w("argument_end", quote=_qs(end, lang))
        else:
            text = w("argument_subject", quote=_qs(s, lang))
        if end is None and arg.conclusions and arg.conclusions[0] is not s:
            end = arg.conclusions[0]    # not quoted, but its page is where the answer is
        if end is not None and end is not s:
            answer_ev = [end]
    elif arg.title_question and w.has("argument_title") and (arg.thesis or arg.aims or arg.conclusions):
        s = (arg.thesis or arg.aims or arg.conclusions)[0]
        # (an empirical study's answer rests on its results: asked so)
        text = w("argument_title", quote=_qs(arg.title_question, lang),
                 pick={"": 0, "interviews": 1, "experiment": 2, "survey": 3}.get(arg.evidence, 1))
        if arg.genre == "review" and w.has("argument_title_review"):
            # a review essay: the title's question is put to the work reviewed, which
            # the question names (JUDGE7)
            work = _reviewed_work(arg)
            text = w("argument_title_review", quote=_qs(arg.title_question, lang),
                     work=work or _REVIEWED_FALLBACK.get(lang, "a book"))
        titled = True
        answer = _title_answer(arg)
        if answer is not None and answer is not s:
            answer_ev = [answer]
        if arg.evidence == "survey" and arg.genre != "review" and arg.evidence_at is not None:
            # "under which conditions does the answer hold": where the article itself says
            # how far its results reach (JUDGE11: the validity limited to clinical
            # settings, p. 143, uncited)
            limits = _own_limits(arg, arg.evidence_at)
            answer_ev += limits
    elif (steps := _steps(arg, lang)) and w.has("argument_sections") and (
            arg.thesis or arg.aims or arg.conclusions):
        s = (arg.conclusions or arg.thesis or arg.aims)[0]     # where the claim is summed up
        text, stock = w("argument_sections", sections=steps), True
    if text and s is not None:
        gist = " ".join(_qs(x, lang) for x in [s] + [x for x in arg.conclusions[:2] if x is not s])
        out.append(_Cand("argument", "", text, "comprehension",
                         list(dict.fromkeys([s.section.id] + concl_secs)), ev(s, *answer_ev) + between,
                         f"{_where(lang, [s.section, arg.conclusion])} "
                         f"{A['article']} {gist} {A['good']} " +
                         _note(lang, "restates the claim in the student’s own words and names the steps "
                          "that lead to it, each with the evidence it rests on.",
                          "gibt die These mit eigenen Worten wieder und nennt die Schritte "
                          "der Argumentation mit ihren Belegen."), support=ev(*limits),
                         stock=stock))
    # 2. weigh the evidence: a hypothesis, a second claim (a finding the article states
    # as shown), or a conclusion quoted whole
    for h in arg.hypotheses[:1]:
        m = re.search(r"hypothes[ie]s\s*(?:is\s+that|that|is|:)\s*(?P<h>.+)$", h.text, re.I)
        claim = m.group("h").strip() if m else ""
        if claim and 4 <= len(claim.split()) <= 35 and _balanced(claim) and "“" not in claim:
            quote = _qs(claim[0].upper() + claim[1:], lang)
        elif quotable(h, 35) and _states_hypothesis(h.text):
            quote = _qs(h, lang)
        else:
            continue
        # where the article says what became of the hypothesis: the sentence of the
        # conclusion sharing most words with it (JUDGE6: the hypothesis's page alone
        # is incomplete)
        verdict = _verdict_of(arg, h)
        out.append(_Cand("hypothesis", "", w("hypothesis", quote=quote,
                                             quote_mid=quote.replace(".”", "”")),
                         "evaluation", [h.section.id] + concl_secs, ev(h, verdict),
                         f"{_where(lang, [h.section, arg.conclusion])} {A['article']} {_qs(h, lang)} "
                         + " ".join(_qs(x, lang) for x in arg.conclusions[:2]) +
                         _note(lang, " A good answer finds what the conclusion says about the hypothesis "
                          "(accepted, rejected or qualified) and weighs the evidence for and "
                          "against it; it does not confuse the hypothesis with the thesis.",
                          " Eine gute Antwort prüft, was das Fazit über "
                          "die Hypothese sagt, und wägt die Belege ab.")))
    second = sorted(((s, c) for s, c in claims if c not in used),
                    key=lambda x: bool(_CONTRAST_OPENER.match(x[0].text)))
    for s, c in second[:1]:
        used.add(c)
        out.append(_Cand("evidence", s.block, w("evidence", claim=c), "evaluation",
                         [s.section.id], ev(s),
                         f"{_where(lang, [s.section])} {A['article']} {_qs(s, lang)} {A['good']} " +
                         _note(lang, "lists the evidence the article gives for this claim, separates "
                          "facts from interpretation and says which piece is weakest.",
                          "nennt die Belege und trennt Befund und Deutung.")))
    if not second and not arg.hypotheses and w.has("evidence_quote") and \
            not titled:       # the title question's answer is the conclusion: not quoted
        # (an article that ends inside a subsection not titled as a conclusion ("6.2
        # Index Processor") has no concluding section: only a sentence that says it
        # concludes is quoted as the conclusion there; "In its conclusion the article
        # states: 'Our answer is given in MakeIndex.'" misread a subsection's last words)
        ends = [x for x in arg.conclusions if quotable(x, 40) and not x.text.endswith("?")
                and (arg.conclusion is None or titled_conclusion(arg.conclusion)
                     or (arg.conclusion.level or 1) <= 1
                     or concludes(x.text, lang))
                and not _LEADS_BACK.match(x.text) and not claim_of(x, lang)
                and not _NOT_A_CLAIM.search(x.text) and not re.match(r"(?:If|Wenn|Falls)\b", x.text)]
        if ends and (main is None or ends[-1] is not main[0]):
            s = ends[-1]
            out.append(_Cand("evidence", s.block, w("evidence_quote", quote=_qs(s, lang)),
                             "evaluation", [s.section.id], ev(s),
                             f"{_where(lang, [s.section])} {A['article']} {_qs(s, lang)} {A['good']} " +
                             _note(lang, "traces the conclusion back to the findings of the body "
                                   "of the article and says which of them carries most weight.",
                                   "führt das Fazit auf die Befunde des Beitrags zurück.")))
    # 2a. the gaps a report names against the proposals it makes: a section titled on
    # gaps or deficits, a later one on requirements or recommendations (JUDGE9: "ask which
    # gaps the proposals of § 4 actually address"), both cited whole
    headed = [x for x in reading.sections if x.title and not _LIMITS_TITLE.search(x.title)]
    gaps = next((x for x in headed if _GAPS_TITLE.search(x.title)), None)
    props = next((x for x in headed[headed.index(gaps) + 1:] if _PROPOSALS_TITLE.search(x.title)),
                 None) if gaps is not None else None
    if props is not None and w.has("gaps") and not any(c.rule == "evidence" for c in out):
        where = _section_span(reading, gaps) or _whole(reading, gaps)
        where += _section_span(reading, props) or _whole(reading, props)
        if where:
            out.append(_Cand("evidence", gaps.id, w("gaps", gaps=_section_name(gaps, lang),
                                                    proposals=_section_name(props, lang)),
                             "evaluation", [gaps.id, props.id], where,
                             f"{_where(lang, [gaps, props])} {A['good']} " + _note(
                                 lang, "lists the gaps the article names, matches each proposal "
                                 "to the gap it answers, and says which gaps no proposal meets.",
                                 "ordnet jedem Vorschlag die Lücke zu, die er schließen soll, und "
                                 "nennt die Lücken, die offen bleiben.")))
            # an aim that announces the same two things (it "reveals existing gaps, and
            # offers suggestions"): asking how far the conclusion fulfils it leads to the
            # same sections and the same matching of proposals to gaps (JUDGE11 en-42016:
            # a duplicate pair); the gaps question is the specific one
            out[:] = [c for c in out if not (c.rule == "argument" and _GAPS_TITLE.search(c.text)
                                             and _PROPOSALS_TITLE.search(c.text))]
    # 2b. a finding of the article's own, and a limitation it states: evidence to weigh
    # with the article's specific result, its conclusion cited too
    out += _finding_cands(arg, lang, w, A, ev, quotable, out, reading)
    # 3. examine the sources: the article's own evidence (experiment, survey, interviews),
    # else the kinds of source it names
    own_ev = _own_evidence_cands(arg, lang, w, A, any(c.rule == "evidence" for c in out), ev,
                                quotable, reading, out)
    out += own_ev
    if any(c.rule == "sources" for c in own_ev):
        pass
    elif arg.genre == "review" and w.has("sources_review") and not w.has("counter_review") and (
            arg.notes >= 5 or arg.cited_works >= 5):
        # a review's sources: the work it discusses, and the studies it brings in
        first = next((x for x in arg.sents if _CITED.search(x.text)), None)
        if first is not None:
            out.append(_Cand("sources", "", w("sources_review"), "analysis",
                             [first.section.id], ev(first),
                             f"{_counts(lang, arg.notes, arg.cited_works)} {A['good']} " +
                             _note(lang, "sorts what the review takes from the book and what it "
                                   "brings in from other studies.",
                                   "ordnet die zitierten Werke nach Art und Aussage.")))
    # the statements of an office-holder the article reports again and again ("Later Putin
    # stated …", "According to President Putin …"): a source to weigh as the word of one
    # who speaks for the policy the article examines (issue 17: "examine the sources")
    if not any(c.rule == "sources" for c in out) and w.has("sources_statements"):
        for p in arg.positions:
            said = [x for x in p.sents if _SPEECH.search(x.text) or re.match(
                r"(?i)(?:according to|laut|nach Angaben)\b", x.text)]
            # (the office named with the person: "President Putin", "the Foreign Minister
            # Irena Kos", in the name the article gives or before the surname in a sentence)
            surname = re.escape(p.who.split()[-1])
            office = any(t in _OFFICES for t in p.who.split()) or any(re.search(
                rf"\b(?:{'|'.join(_OFFICES)})\b(?:\s+[A-ZÄÖÜ][\w’'-]*){{0,2}}\s+{surname}\b", y.text)
                for y in p.sents + [z for z in arg.sents if re.search(rf"\b{surname}\b", z.text)][:5])
            if not office or len(p.sents) < 3 or len(said) < 2:
                continue
            # (a statement of what the speaker holds before one of what the speaker did:
            # "Putin stated that it had not been settled" before "Later Putin stated that
            # he had a series of telephone conversations")
            x = min((y for y in said if quotable(y, 40) and _self_contained(y.text)
                     and not y.quote and not y.text.rstrip().endswith(":")),
                    key=lambda y: (bool(re.search(r"(?i)\b(?:that|dass) (?:he|she|they|er|sie) "
                                                  r"(?:had|has|have|hatte|habe)\b", y.text)),
                                   y.text.split()[0] in _LEADERS, y.index), default=None)
            if x is None:
                continue
            secs = list(dict.fromkeys(y.section.id for y in p.sents))
            out.append(_Cand("sources", "statements", w("sources_statements", who=p.who,
                                                          quote=_qs(x, lang)),
                             "analysis", secs, ev(x, *[y for y in said if y is not x]),
                             f"{_where(lang, [y.section for y in said[:3]])} {A['article']} "
                             f"{_qs(x, lang)} {A['good']} " + _note(
                                 lang, "sorts what the statements can show (what the speaker "
                                 "wanted said) from what they cannot (the policy itself), and "
                                 "finds where the article sets them against other evidence.",
                                 "trennt, was die Äußerungen belegen können (was gesagt werden "
                                 "sollte), von dem, was sie nicht belegen, und findet, wo der "
                                 "Beitrag sie an anderen Belegen prüft.")))
            break
    # a section that reviews the sources themselves one by one, in subsections of its own
    # ("2. The Current Data Situation …": "2.1 The Federal Statistical Office", "2.2
    # Statistics from CSOs" …): what each can deliver and what not (JUDGE11 en-42016:
    # "which data sources are surveyed and what each can and cannot deliver")
    if not any(c.rule == "sources" for c in out) and w.has("sources_sections"):
        for sec in arg.steps:
            parts = [x for x in _under(reading, sec)[1:] if x.level == sec.level + 1 and x.title]
            if not _SOURCES_TITLE.search(sec.title or "") or not 2 <= len(parts) <= 6 or \
                    _METHODS_TITLE_Q.search(sec.title or ""):
                continue
            names = [_section_name(x, lang) for x in parts]
            if any(len(n.split()) > 8 for n in names):
                continue
            listed = ", ".join(names[:-1]) + _STEP_WORDS.get(lang, " and ") + names[-1]
            whole = _whole(reading, sec)
            if not whole:
                continue
            out.append(_Cand("sources", sec.id, w("sources_sections", section=_section_name(sec, lang),
                                                  parts=listed),
                             "analysis", [sec.id] + [x.id for x in parts], whole,
                             f"{_where(lang, [sec])} {A['good']} " + _note(
                                 lang, "says for each source what it records and what it leaves "
                                 "out, with the reasons the article gives.",
                                 "sagt zu jeder Quelle, was sie erfasst und was sie auslässt, mit "
                                 "den Gründen, die der Beitrag nennt."), support=list(whole)))
            break
    # no "look at the sources the author uses (kinds): which claims rest on them?": the
    # kinds of source alone fit any article of the kind (JUDGE5, GENERIC)
    # 4. compare two positions: people side by side, then contrasts between actors
    pos = [p for p in arg.positions if p.sents]
    order = {b.id: i for i, (_, b) in enumerate(reading.blocks())}
    pairs = []
    for i, p in enumerate(pos):
        for q in pos[i + 1:]:
            gap = abs(order.get(p.sents[0].block, 0) - order.get(q.sents[0].block, 0))
            if gap <= 1 and p.who != q.who and p.sents[0].section is q.sents[0].section:
                pairs.append((gap, order.get(p.sents[0].block, 0), p, q))
    pairs.sort(key=lambda x: (x[0], x[1]))
    if arg.genre == "reply":
        pairs = []      # a reply's named people are its critics: asked about as such (5.)
    named: set[str] = set()
    for _, _, p, q in pairs:
        if p.who in named or q.who in named:
            continue
        named.update((p.who, q.who))
        # what they said (a remark, an interview) or a view they hold (a theorist's
        # position): "remarks" and "Äußerungen" only of the first (JUDGE9: Rawls and Hayek)
        said = any(_SPEECH.search(x.sents[0].text) for x in (p, q))
        form = "positions" if said or not w.has("positions_views") else "positions_views"
        out.append(_Cand("positions", f"{p.who}|{q.who}", w(form, a=p.who, b=q.who),
                         "analysis", [p.sents[0].section.id, q.sents[0].section.id],
                         ev(*(p.sents[:1] + q.sents[:1])),
                         f"{_where(lang, [p.sents[0].section, q.sents[0].section])} {p.who}: "
                         + " ".join(_qs(x, lang) for x in p.sents[:2]) + f" {q.who}: "
                         + " ".join(_qs(x, lang) for x in q.sents[:2]) + f" {A['good']} " +
                         _note(lang, "states both views fairly, finds where they part and tests each "
                          "against the facts the article reports.",
                          "gibt beide Sichten fair wieder und prüft sie an den Belegen.")))
        if len([c for c in out if c.rule == "positions"]) >= 3:
            break
    if w.has("position_one") and arg.genre != "reply":
        # one view the article reports, quoted, weighed against the author's own (a named
        # person or a cited work, its sentence whole): a cited author's view to adopt,
        # qualify or reject (JUDGE6: usable), besides any two views side by side
        taken = " ".join(c.text for c in out)
        blocks_taken = {block_of(e) for c in out for e in c.evidence}
        for p in pos:
            x = next((v for v in p.sents if quotable(v, 40) and _self_contained(v.text)
                      and p.who.split()[0].split("(")[0] in v.text and not v.quote
                      and _ARGUES.search(v.text) and v.block not in blocks_taken), None)
            if x is None or x.section is None or p.who.split("(")[0].strip() in taken or \
                    p.who in named:
                continue        # a remark, not a view argued; or a person asked about already
            # "Lee (2006) suggests that X": the frame names Lee, the question quotes X only
            # (JUDGE6: the name twice is redundant)
            lead = re.match(rf"(?:{re.escape(p.who)}|{re.escape(p.who.split()[-1])})\s*"
                            rf"(?:\(\d{{4}}[a-z]?\)\s*)?(?:\w+\s+){{0,2}}?(?:{_ARGUES.pattern})\s+"
                            rf"(?:that|dass)\s+(?P<c>.+?)[.!]?$", x.text)
            claim = lead.group("c") if lead else ""
            if claim and lang == "de":
                claim = "dass " + claim
            if claim and w.has("position_one_claim") and len(claim.split()) >= 5 and \
                    _balanced(claim):
                # taken up again in a later section: asked where, and whether the article
                # bears it out; else whether the author adopts it
                up = _uptake(arg, x, p.who, {x.block})
                later = up is not None and up.section is not x.section
                text = w("position_one_claim", who=p.who, claim=claim,
                         pick=2 if arg.genre == "review" else 1 if later else 0)
            else:
                text = w("position_one", who=p.who, quote=_qs(x, lang))
            out.append(_Cand("positions", p.who, text,
                             "analysis", [x.section.id], ev(x),
                             f"{_where(lang, [x.section])} {A['article']} {_qs(x, lang)} {A['good']} " +
                             _note(lang, "states the view fairly, finds where the author takes it up "
                                   "and says whether the article adopts, qualifies or rejects it.",
                                   "gibt die Sicht fair wieder und zeigt, wie der Beitrag mit ihr umgeht.")))
            break
    if lang == "en":
        for s, a, b in _contrasts(doc)[:1]:
            task = w("contrast_quote", a=a, b=b, quote=_qs(s, lang)) if quotable(s, 35) \
                else w("contrast", a=a, b=b)     # the quote gives the difference its object
            # where the article gives what explains it: the sentence elsewhere in the body
            # sharing most words with it (JUDGE8: the explanation on an uncited page)
            body = [x for x in arg.sents if x.block != s.block and not x.quote
                    and x.section is not arg.conclusion and x.section is not arg.intro]
            why = _best_match(body, s, 4)
            # and where each side's own situation is set out (JUDGE10: the facts behind
            # the two sides' criticism two pages earlier): the sentence before it in the
            # body naming that side, and not the other, sharing most words with the quote
            sides = [_best_match([x for x in body if x is not why and x.index < s.index
                                  and re.search(_term_rx(me), x.text)
                                  and not re.search(_term_rx(other), x.text)], s, 3)
                     for me, other in ((a, b), (b, a))]
            # and the facts behind each side's stand, wherever the article gives them
            # before (its introduction too: JUDGE11, the arms supplies behind the one
            # side's criticism, p. 2, uncited): for each of the quote's two clauses, the
            # earlier sentence sharing most words with it, figures first
            earlier = [x for x in arg.sents if x.index < s.index and x.block != s.block
                       and not x.quote and x.index not in arg.others and x.index >= 0
                       and x not in (why, *sides)]
            facts, paras = [], []
            for clause in _two_clauses(s.text):
                m = _rare_match([x for x in earlier if x not in facts], clause, arg.sents)
                if m is not None:
                    facts.append(m)
                # and the paragraphs that share two of the clause's rarer words, whole
                # (JUDGE11: the ally's obligations, pp. 4-5, uncited)
                cited = {x.block for x in (why, *sides, *facts) if x is not None} | set(paras)
                # (what others said counts here: the facts may be reported statements)
                paras += [x.block for x in _rare_paragraphs(
                    [x for x in arg.sents if x.index < s.index and x.block != s.block
                     and not x.quote and x.index >= 0 and x.block not in cited],
                    clause, arg.sents, 2)]
            out.append(_Cand("contrast", f"{a}|{b}", task, "analysis",
                             [s.section.id], ev(s, why, *sides, *facts) + paras,
                             f"{_where(lang, [s.section])} {A['article']} {_qs(s, lang)} A good "
                             f"answer states each side’s position (for {a} and for {b}) in "
                             "the article’s terms and offers a reason for the difference."))
    # 5. an alternative explanation or counter-argument the article itself weighs
    counters = [c for c in arg.counters if quotable(c, 40) and _COUNTER_CUE.search(c.text)]
    stated = [(c, k) for c in arg.counters if _COUNTER_CUE.search(c.text)
              and (k := claim_of(c, lang)) and k not in used]
    if stated and not counters:
        c, k = stated[0]
        # what the objection is raised against, when the sentence names it ("One
        # counterargument to the artifactual explanation is that …"): named in the question,
        # so that it is not read as an objection to the article's thesis (JUDGE12)
        m = _COUNTER_TARGET.search(c.text)
        target = (m.group("t") or m.group("t2")) if m else ""
        text = w("counter_claim_target", target=target, claim=k) \
            if target and w.has("counter_claim_target") else w("counter_claim", claim=k)
        out.append(_Cand("counter", c.block, text, "evaluation",
                         [c.section.id], ev(c),
                         f"{_where(lang, [c.section])} {A['article']} {_qs(c, lang)} {A['good']} " +
                         _note(lang, "states the objection, finds the author’s reply and judges whether "
                          "the evidence settles it.",
                          "gibt den Einwand und die Antwort des Autors wieder.")))
    elif counters:
        c = counters[0]
        out.append(_Cand("counter", c.block, w("counter_quote", quote=_qs(c, lang),
                                               quote_mid=_qs(c, lang, mid=True)), "evaluation",
                         [c.section.id], ev(c),
                         f"{_where(lang, [c.section])} {A['article']} {_qs(c, lang)} {A['good']} " +
                         _note(lang, "states the objection, finds the author’s reply and judges whether "
                          "the evidence settles it.",
                          "gibt den Einwand und die Antwort des Autors wieder.")))
    # no "where does the review agree with the work it discusses, and where does it
    # part from it?": it fits any review, and its page is the conclusion's, not that of
    # the objections (JUDGE5 GENERIC)
    elif arg.genre == "reply" and w.has("counter_reply"):
        critics = [p for p in arg.positions if p.sents and re.search(
            r"\b(?:I|me|my|mich|mir|mein\w*|ich)\b", p.sents[0].text)]
        # a critic whose objection is stated in a sentence before the one read as their
        # view ("Anne Phillips’s main worry … is that my contextualism …", then "Phillips
        # expresses …"): that sentence is their objection
        for p in arg.positions:
            if not p.sents or p in critics:
                continue
            name = p.who.split()[-1]
            first = next((y for y in arg.sents if y.block == p.sents[0].block and not y.quote
                          and y.index <= p.sents[0].index
                          and re.search(rf"\b{re.escape(name)}\b", y.text)
                          and re.search(r"\b(?:I|me|my|mich|mir|mein\w*|ich)\b", y.text)), None)
            if first is not None:
                critics.append(Position(p.who, [first] + [y for y in p.sents if y is not first]))
        # no critic named: where the reply introduces the criticism ("my critics", "in
        # reply to"), else the conclusion
        s = critics[0].sents[0] if critics else next(
            (x for x in arg.sents if _REPLY.search(x.text) and not x.quote), None) or (
            main[0] if main else (arg.conclusions[-1] if arg.conclusions else None))
        if s is not None:
            who = [p.who for p in critics[:2]]
            # where the author meets each objection: the last sentence naming the critic,
            # past the paragraph that states it (JUDGE6: a page of the objection alone
            # is incomplete)
            met = []
            for p in critics[:2]:
                name = p.who.split()[-1]
                # (not a sentence on another critic's objection: "Phillips’s worry, which
                # she shares with Mookherjee", the third critic's own)
                others = [o.who.split()[-1] for o in critics if o.who != p.who]
                later = [x for x in arg.sents if x.index > p.sents[0].index and x.block != p.sents[0].block
                         and re.search(rf"\b{re.escape(name)}\b", x.text)
                         and not any(re.search(rf"\b{re.escape(o)}\b", x.text) for o in others)]
                if later:
                    met.append(later[-1])
            form = "counter_reply_named" if len(who) == 2 and w.has("counter_reply_named") \
                else "counter_reply"
            # two critics named, each with an objection of their own: two positions set
            # against the author's (the compare task), so that a third critic's objection,
            # quoted below, can be the counter-argument of the same reader and handout
            # (JUDGE10: each task once left a reply with one question)
            rule = "positions" if form == "counter_reply_named" and len(critics) >= 3 else "counter"
            out.append(_Cand(rule, "", w(form, a=who[0] if who else "", b=who[-1] if who else ""),
                             "evaluation", [s.section.id] + [x.section.id for x in met],
                             # (and the paragraph of each answer to its end, which may
                             # run on to the next page: JUDGE12, en-23004 p. 214 uncited)
                             ev(*(c.sents[0] for c in critics[:2]), *met) + [x.block for x in met] or ev(s, *[
                                 x for x in [main[0] if main else (arg.conclusions[-1] if
                                             arg.conclusions else None)] if x is not s]),
                             f"{_where(lang, [s.section])} {A['article']} {_qs(s, lang)} {A['good']} " +
                             _note(lang, "finds the points in dispute, states both sides fairly and "
                                   "judges each by the evidence the article gives.",
                                   "benennt die strittigen Punkte und prüft beide Seiten an den Belegen.")))
            # a third critic the reply answers: a question of its own, the objection
            # quoted, with where the author last takes it up (JUDGE8: Phillips's
            # objection, a page of the reply and its one concession, left out)
            for p in critics[2:3] if w.has("counter_reply_third") else []:
                x = p.sents[0]
                if not quotable(x, 40) or not _self_contained(x.text):
                    continue
                name = p.who.split()[-1]
                later = [y for y in arg.sents if y.index > x.index and y.block != x.block
                         and re.search(rf"\b{re.escape(name)}\b", y.text)]
                out.append(_Cand("counter", p.who, w("counter_reply_third", who=p.who,
                                                     quote=_qs(x, lang)),
                                 "evaluation", [x.section.id] + [y.section.id for y in later[-1:]],
                                 # (the author's answer: its whole paragraph, which may
                                 # run on to the next page)
                                 ev(x, *later[-1:]) + [y.block for y in later[-1:]],
                                 f"{_where(lang, [x.section])} {A['article']} {_qs(x, lang)} "
                                 f"{A['good']} " +
                                 _note(lang, "states the objection fairly, finds the author’s reply "
                                       "and says what, if anything, the author concedes.",
                                       "gibt den Einwand fair wieder, findet die Antwort und "
                                       "sagt, was der Autor zugesteht.")))
    # 5b. an alternative explanation: when the article weighs no objection itself, its own
    # explanation of what it found, quoted from its conclusion or discussion ("… is due to
    # the fact that …", "For religious reasons …"), with the body's sentence that gives
    # the facts explained
    if not any(c.rule == "counter" for c in out) and w.has("alternative"):
        quoted = {e for c in out for e in c.evidence}
        why = next((x for x in arg.sents
                    if (x.section is arg.conclusion or _READS_RESULTS.search(x.section.title or ""))
                    and explains(x, quoted)), None)
        if why is not None:
            pool = [x for x in arg.sents if x.section in arg.steps and not x.quote
                    and x.block != why.block and x.section is not why.section]
            # each fact the sentence explains, clause by clause ("For religious reasons, the
            # transition to parenthood followed …, and, because of discrimination, was
            # accompanied by difficulties finding suitable family housing"): where the body
            # sets it out (JUDGE10: the grandfathers' pages, 279–281, uncited)
            found = _clause_matches(pool, why)
            facts = found[0] if found else _best_match(pool, why, 3)
            # the wording the sentence calls for (JUDGE10): "accounts for its results"
            # only when the sentence explains a result of the study's own; "the evidence
            # the article gives" only in an article with evidence of its own; a
            # theoretical article's explanation is weighed against its argument
            empirical = bool(arg.evidence) or arg.genre == "empirical"
            pick = (1 if empirical and _NAMES_RESULTS.search(why.text) else
                    0 if empirical else 2)
            # where that evidence is: the facts explained, with the rest of their section
            # (not the whole body, JUDGE10 "range too broad"); a theoretical article's
            # argument is its steps (as support: another question may quote them)
            steps = (_section_span(reading, facts.section) if empirical and facts
                     else _step_blocks(reading, arg))
            out.append(_Cand("counter", why.block, w("alternative", quote=_qs(why, lang),
                                                     pick=pick),
                             "evaluation", [why.section.id] + ([facts.section.id] if facts else []),
                             ev(why, facts, *found[1:]) + steps,
                             f"{_where(lang, [why.section])} {A['article']} {_qs(why, lang)} "
                             f"{A['good']} " + _note(
                                 lang, "proposes a rival explanation of the same facts and tests "
                                 "both against the evidence the article gives.",
                                 "schlägt eine andere Erklärung vor und prüft beide an den Belegen."),
                             support=list(steps)))
    # 5b'. a review that weighs no objection of others: one of its own, quoted (the
    # reviewer's reservation about the book's explanation or argument, in a section no
    # other question asks about), with where the review goes on about it
    if arg.genre == "review" and not any(c.rule == "counter" for c in out) and \
            w.has("counter_review_quote"):
        asked = {block_of(c.evidence[0]) for c in out if c.evidence}
        asked_secs = {sec for c in out for sec in c.sections[:1]} | {
            x.section.id for x in arg.sents if x.block in asked}
        pool = [x for x in arg.sents if x.section in arg.steps and not x.quote
                and _RESERVATION.search(x.text) and quotable(x, 40) and _self_contained(x.text)
                and not _CITED.search(x.text) and x.index not in arg.others
                and x.section.id not in asked_secs
                and not re.search(r"(?i)\b(?:this|these|those|such)\s+(?!book\b|volume\b)\w", x.text)]
        x = min(pool, key=lambda y: (not re.search(
            r"(?i)\b(?:explanation|explains?|argument|claims?|account|thesis|model)\b", y.text),
            -y.index), default=None)
        if x is not None:
            out.append(_Cand("counter", x.block, w("counter_review_quote", quote=_qs(x, lang)),
                             "evaluation", [x.section.id], ev(x),
                             f"{_where(lang, [x.section])} {A['article']} {_qs(x, lang)} {A['good']} " +
                             _note(lang, "states the objection fairly, says how the book’s authors "
                                   "could answer it and which evidence would settle it.",
                                   "gibt den Einwand fair wieder, nennt eine mögliche Erwiderung der "
                                   "Autoren und die Belege, die entscheiden würden.")))
    # 5c. an alternative anchored in a section: no objection weighed and no explanation
    # in the conclusion, but a step of the body explains what it found ("… is mainly due
    # to …", "ist vor allem auf … zurückzuführen"): the section named, where the evidence
    # for and against a rival explanation is, and cited whole when short enough
    if not any(c.rule == "counter" for c in out) and w.has("alternative_section"):
        quoted = {e for c in out for e in c.evidence}
        body = {x.id for sec in arg.steps for x in _under(reading, sec)}
        why = next((x for x in arg.sents if x.section.id in body and explains(x, quoted)), None)
        if why is not None:
            # (the section the question names, cited whole when it is up to about four
            # pages: JUDGE11 "a section cited is cited in full extent"; a longer one, its
            # paragraph)
            span = _whole(reading, why.section)
            size = sum(_words_of(b) for x in _under(reading, why.section) for b in x.blocks)
            span = span if size <= 1800 else [why.block]
            out.append(_Cand("counter", why.block, w("alternative_section", quote=_qs(why, lang),
                                                     section=_section_name(why.section, lang)),
                             "evaluation", [why.section.id], ev(why) + span,
                             f"{_where(lang, [why.section])} {A['article']} {_qs(why, lang)} "
                             f"{A['good']} " + _note(
                                 lang, "proposes a rival explanation of the same facts and says "
                                 "which of the section’s evidence favours the article’s.",
                                 "schlägt eine andere Erklärung vor und prüft beide an den Belegen "
                                 "des Abschnitts."),
                             support=list(span)))
    # 6. test a forecast against later events: the author's own expectation of what
    # will happen (in the conclusion, or with a time ahead), quoted whole
    n = 0
    for f in sorted(arg.forecasts, key=lambda s: (arg.conclusion is None or
                                                  s.section is not arg.conclusion, s.index)):
        if not quotable(f, 32) or n >= 2 or not _is_forecast(f, arg):
            continue
        form = "forecast_year" if arg.year else "forecast_plain"
        # the key: its paragraph (a second forecast of the same paragraph: its sentence)
        key = f.block if not any(c.rule == "forecast" and c.key == f.block for c in out) \
            else ev(f)[0]
        # the author's own qualification in the next sentence ("However, the West still
        # has possibilities …") quoted with it: without it the students test a straw
        # forecast (JUDGE8)
        quals = []
        for x in arg.sents[f.index + 1:]:
            if x.block != f.block or x.quote or not _CONTRAST_OPENER.match(x.text):
                break
            quals.append(x)
        said = f
        if quals:
            if len(f.text.split()) + sum(len(x.text.split()) for x in quals) > 45:
                continue        # too long to quote whole: not asked without its qualification
            said = " ".join([f.text if re.search(r"[.?!]$", f.text) else f.text + "."]
                            + [x.text for x in quals])
        out.append(_Cand("forecast", key, w(form, quote=_qs(said, lang), year=arg.year),
                         "evaluation", [f.section.id], ev(f, *quals),
                         f"{_where(lang, [f.section])} {A['article']} {_qs(f, lang)} {A['good']} " +
                         _note(lang, "says what the forecast rests on and checks it against what "
                          "happened after the article appeared.",
                          "prüft die Erwartung an späteren Ereignissen.")))
        n += 1
    # 7. connect to a concept: glossary concepts, or definitions the article gives
    out += _concept_cands(reading, doc, arg, lang, w, A, ev, quotable,
                          arg.title_question if titled or any(
                              arg.title_question and arg.title_question in c.text
                              for c in out if c.rule == "argument") else "",
                          frozenset(e for c in out for e in c.evidence),
                          " ".join(c.text for c in out if c.rule == "finding"))
    # 7a. two concepts the article defines in sibling sections (two types of one typology:
    # "Cooperation" and "Altruism" under "A typology of moral behavior …"): the two set
    # side by side (the compare task: the reader takes it when no other question
    # compares), where each is defined and the conclusion's sentence naming both
    concepts = [c for c in out if c.rule == "concept" and c.key != "kinds" and c.evidence]
    pair = _typology_pair(reading, arg, concepts[0].key if concepts else "") \
        if w.has("compare_concepts") else None
    if pair is None and concepts and w.has("compare_concepts"):
        # the typology's only two types, one of them the concept question's: the two are
        # compared, and no concept question opens on either definition (JUDGE11)
        pair = _typology_pair(reading, arg)
        if pair is not None:
            out[:] = [c for c in out if not (c.rule == "concept" and c.key in
                                             {pair[0][0].id, pair[1][0].id})]
    if pair is not None:
        (ta, sa), (tb, sb) = pair
        # (a second concept question on one of the two: the comparison asks it)
        out[:] = [c for c in out if not (c.rule == "concept" and c.key in {ta.id, tb.id})]
        parent = _parents(reading, sa)[0]
        o, c_ = _QUOTES.get(lang, _QUOTES["en"])
        shown = [f"{o}{re.sub(r'(?i)^the ', '', t.term)}{c_}" for t in (ta, tb)]
        rx = [_term_rx(t.term) for t in (ta, tb)]
        both = next((x for x in arg.sents if x.section is arg.conclusion and not x.quote
                     and all(re.search(r, x.text, re.I) for r in rx)), None)
        # where the heading introduces the types, each type's section in full (what each
        # explains is set out there, JUDGE11: the first page of each is incomplete), and
        # the conclusion's sentence naming both
        whole = _whole(reading, sa) + _whole(reading, sb)
        out.append(_Cand("compare", f"{ta.id}|{tb.id}",
                         w("compare_concepts", a=shown[0], b=shown[1],
                           parent=_section_name(parent, lang)),
                         "analysis", [sa.id, sb.id] + ([both.section.id] if both else []),
                         ev(next((x for x in arg.sents if x.section is parent and not x.quote),
                                 None)) + whole + ev(both), support=whole,
                         answer=f"{_where(lang, [sa, sb])} {A['good']} " + _note(
                             lang, "defines both concepts in the article’s terms, says where "
                             "they differ and what each explains that the other cannot.",
                             "bestimmt beide Begriffe mit den Worten des Beitrags, grenzt sie "
                             "ab und zeigt, was jeder erklärt, was der andere nicht erklärt.")))
    # 7b. the kinds of what the title names that the article tells apart, compared: where
    # each comes in, and the conclusion that turns on them (JUDGE6: "ask how Teilhabe-,
    # Verteilungs- and Leistungsgerechtigkeit differ and which the parties use")
    # (German compounds only: English "adjective + noun" pairs read too much noise,
    # "usual social", "local coalitions")
    kinds = _kinds_of_title_noun(reading, arg, lang) if w.has("kinds") and lang == "de" else []
    # only when the article itself sets the kinds side by side, all of them in one of its
    # paragraphs (JUDGE7: three terms of different sections are not a distinction the
    # article draws, and its conclusion need not turn on one of them)
    if kinds and not any(all(re.search(rf"(?<!\w){re.escape(t)}", model.plain_text(b.inlines))
                             for t, _ in kinds) for _, b in reading.blocks() if b.kind != "quote"):
        kinds = []
    if kinds:
        o, c = _QUOTES.get(lang, _QUOTES["en"])
        names = [f"{o}{t}{c}" for t, _ in kinds]
        listed = ", ".join(names[:-1]) + _STEP_WORDS.get(lang, " and ") + names[-1]
        firsts = [xs[0] for _, xs in kinds]
        end = next((x for x in arg.sents if x.section is arg.conclusion and not x.quote and any(
            x in xs for _, xs in kinds)), None) or next(iter(arg.conclusions), None)
        out.append(_Cand("concept", "kinds", w("kinds", terms=listed), "analysis",
                         [x.section.id for x in firsts] + ([end.section.id] if end else []),
                         ev(*firsts, *([end] if end is not None and end not in firsts else [])),
                         f"{_where(lang, [x.section for x in firsts])} {A['article']} "
                         + " ".join(_qs(x, lang) for x in firsts) + f" {A['good']} " +
                         _note(lang, "defines each kind in the article’s terms, says how they "
                               "differ, and shows which of them the conclusion turns on.",
                               "bestimmt jede Form mit den Worten des Beitrags, grenzt sie "
                               "voneinander ab und zeigt, auf welcher das Fazit beruht.")))
    # 8. apply to another case: only to the other case the article itself examines, in
    # a section of its own set in parallel ("… in der DDR", "… in der frühen
    # Bundesrepublik"), never "another case you know" (JUDGE7: the students share none)
    cases = _parallel_cases(arg)
    if arg.genre != "review" and cases and w.has("apply_compare"):
        quoted = {e for c in out for e in c.evidence}
        # the article's claims first, then any sentence of its conclusion
        pool = [s for s, _ in claims] + arg.conclusions + [
            x for x in arg.sents if x.section is arg.conclusion and not x.quote]
        ends = [x for i, x in enumerate(pool) if x.index not in {y.index for y in pool[:i]}
                and quotable(x, 32)
                and not x.text.endswith("?") and not _LEADS_BACK.match(x.text)
                and not _NOT_A_CLAIM.search(x.text)
                and not re.match(r"(?:If|Wenn|Falls|Si|Jeśli|Jeżeli)\b", x.text)
                and not set(ev(x)) & quoted]
        for s in ([] if titled else ends):     # the answer to the title's question is not given away
            # the case named in the article's own words, not inside a quotation
            # ("they described themselves as ‘absent fathers’" is not about the fathers' case)
            own = re.sub(r"[‘“„»‚›\"][^‘’“”„»«‚›‹\"]*[’”“«‘‹\"]", " ", s.text)
            named = [(sec, tail, key) for sec, tail, key in cases if re.search(rf"\b{re.escape(key)}\b", own)]
            if len(named) != 1:
                continue        # about neither case, or about both: nothing to carry over
            other = [(sec, tail, key) for sec, tail, key in cases if sec is not named[0][0]]
            if len(other) != 1:
                continue
            sec, tail, key = other[0]
            # where the article speaks of the other case in its conclusion, else where
            # its section begins
            there = next((x for x in arg.sents if x.section is arg.conclusion and not x.quote
                          and re.search(rf"\b{re.escape(key)}", x.text)), None) or next(
                (x for x in arg.sents if x.section is sec and not x.quote), None)
            # the other case's own paragraphs that speak to the finding (most words
            # shared), and the conclusion's sentence that sets the two side by side
            # (JUDGE8: the other case's section, where the answer is, uncited)
            here = [x for x in arg.sents if x.section in _under(reading, sec) and not x.quote]
            # the question sends the students to that section: all of it when it is short
            # enough to be one answer's place (JUDGE8: the fathers' section, pp. 285-287)
            whole = _section_span(reading, sec)
            m1 = _best_match(here, s, 3)
            m2 = _best_match([x for x in here if m1 is None or x.block != m1.block], s, 3)
            if m1 is None and here:
                # none shares the finding's words: where the section sums its case up, its
                # last paragraph
                m1 = next(x for x in here if x.block == here[-1].block)
            side = _best_match([x for x in arg.sents if x.section is arg.conclusion and not x.quote
                                and x.block != s.block and x is not there], s, 3)
            # and where the article comes back to the other case after its section, on the
            # finding's own rarer words ("Catholic", "schools", "religion"): the other
            # case's evidence is not all in its section (JUDGE11: the fathers' schooling
            # and faith, pp. 285-288, uncited)
            mine = _under(reading, named[0][0])       # (not the finding's own case)
            after = [x for x in arg.sents if not x.quote and x.index > here[-1].index
                     and x.section is not arg.conclusion and x.section is not s.section
                     and x.section not in mine and x.index not in arg.others] if here else []
            beyond = _rare_paragraphs(after, s.text, arg.sents)
            # "the fathers", "the case in the GDR": the rest of the section's title
            other = tail if re.match(r"(?i)(?:the|a|an|der|die|das)\b", tail) else (
                f"the case {tail}" if re.match(r"(?i)(?:in|of|at|during|under|after|before)\b", tail)
                else f"the {tail}")
            out.append(_Cand("apply", "", w("apply_compare", quote=_qs(s, lang), other=other,
                                            section=_section_name(sec, lang),
                                            pick=1 if beyond else 0), "application",
                             [s.section.id, sec.id] + [x.section.id for x in beyond],
                             ev(s, there, m1, m2, side) + whole + [x.block for x in beyond],
                             f"{_where(lang, [s.section, sec])} {A['article']} {_qs(s, lang)} "
                             f"{A['good']} " + _note(lang, "compares the two cases the article "
                                                     "examines and says what carries over and what "
                                                     "does not, with the article's evidence.",
                                                     "vergleicht die beiden Fälle des Beitrags und "
                                                     "begründet, was sich übertragen lässt.")))
            break
    elif arg.genre != "review" and not w.has("apply_compare"):
        # (a language without the comparison's wording: the article's claim carried to
        # another case, as before)
        short = [(s, c) for s, c in claims if len(c.split()) <= 22 and not _CONTRAST_OPENER.match(s.text)]
        # a claim no other question asks about: the first question's thesis again, in
        # a transfer frame, restates it in full (JUDGE5)
        pick = next(((s, c) for s, c in short if c not in used), None)
        quoted = {e for c in out for e in c.evidence}
        ends = [x for x in arg.conclusions if quotable(x, 32) and not x.text.endswith("?")
                and not _LEADS_BACK.match(x.text) and not _NOT_A_CLAIM.search(x.text)
                and not re.match(r"(?:If|Wenn|Falls|Si|Jeśli|Jeżeli)\b", x.text)
                and not set(ev(x)) & quoted]
        if not pick and not any(c.rule == "apply" for c in out) and ends and w.has("apply_quote") \
                and not titled:     # the answer to the title's question is not given away
            # no claim stated as such: a finding of the conclusion, quoted, carried to another case
            s = ends[0]
            out.append(_Cand("apply", "", w("apply_quote", quote=_qs(s, lang)), "application",
                             [s.section.id], ev(s),
                             f"{_where(lang, [s.section])} {A['article']} {_qs(s, lang)} {A['good']} " +
                             _note(lang, "chooses a comparable case and says what would have to be "
                                   "checked there.", "wählt einen vergleichbaren Fall und begründet.")))
        if pick:
            s, c = pick
            out.append(_Cand("apply", "", w("apply", claim=c), "application",
                             [s.section.id], ev(s),
                             f"{_where(lang, [s.section])} {A['article']} {_qs(s, lang)} "
                             f"{A['good']} " + _note(lang, "chooses a comparable case, says which part of "
                                               "the argument travels and which evidence would "
                                               "test it there.",
                              "wählt einen vergleichbaren Fall und begründet.")))
    # 4b. compare two parts the article sets side by side (sections of one level whose
    # titles name two sides: "Market globalism", "Democratic globalism"), unless a
    # question carries one of them to the other already (8.): where each part starts,
    # and the conclusion's sentence that names both
    pair = _comparable_sections(reading, arg) if w.has("compare_sections") else None
    if pair is not None and not any(c.rule == "apply" and {pair[0].id, pair[1].id} & set(c.sections)
                                    for c in out):
        a, b, ra, rb = pair
        starts = [next((x for x in arg.sents if x.section in _under(reading, sec) and not x.quote),
                       None) for sec in (a, b)]

        def key(rest: str) -> str:
            word = rest.split()[-1]
            return re.escape(re.sub(r"(?<=\w{4})(?:s|es|n|en)$", "", word.strip("“”\"‘’")))
        concl = [x for x in arg.sents if x.section is arg.conclusion and not x.quote]
        names = [[x for x in concl if re.search(rf"(?i)(?<!\w){key(r)}", x.text)] for r in (ra, rb)]
        # (the conclusion's sentence naming both sides, else the first naming each)
        both = [x for x in names[0] if x in names[1]][:1] or [xs[0] for xs in names if xs]
        # the argument question that names the same two sections and no other asks what
        # they contribute already: it asks for the claim and what it rests on instead, so
        # that the two questions do not lead to the same comparison (de-4752)
        names = (_section_name(a, lang), _section_name(b, lang))
        if all(starts):
            # the argument question naming the same two sections and no other leads to the
            # same pages and the same comparison: the comparison is asked, not a stock
            # "summarise the central claim" (JUDGE11 de-4752: a duplicate, discarded)
            out[:] = [c for c in out if not (
                c.rule == "argument" and all(n in c.text for n in names)
                and c.text.count(_QUOTES.get(lang, _QUOTES["en"])[0]) == 2)]
            # each part cited in full, first page to last (JUDGE11: a comparison needs both
            # parts whole, not the first page of each), as support
            whole = _whole(reading, a) + _whole(reading, b)
            out.append(_Cand("compare", f"{a.id}|{b.id}",
                             w("compare_sections", a=_short_name(a, lang), b=_short_name(b, lang),
                               pick=1 if len((ra + " " + rb).split()) <= 2 and len(a.title.split()) <= 4
                               else 0),
                             "analysis", [a.id, b.id] + [x.section.id for x in both[:1]],
                             ev(*starts, *both) + whole, support=whole,
                             answer=
                             f"{_where(lang, [a, b])} {A['good']} " + _note(
                                 lang, "sets the two parts side by side in the article’s terms, names "
                                 "what they share and where they differ, and says what the "
                                 "comparison shows for the article’s main claim.",
                                 "stellt beide Teile mit den Begriffen des Beitrags nebeneinander, "
                                 "nennt Gemeinsamkeiten und Unterschiede und zeigt, was der "
                                 "Vergleich für die These des Beitrags bedeutet.")))
    # 9. a contrast the article draws in its own voice between two things, not two
    # actors ("While the traditional … future begins in the present …, this new notion …
    # starts with physical death"; "26.4% of the Albanian respondents …, whereas the
    # Macedonians are only 14.1%"; "Während der Begriff der Verteilungsgerechtigkeit …"):
    # quoted, and asked what is set against what (JUDGE12: questions from the article's
    # own contrasts, not a stock frame); one an article, none beside an actors' contrast;
    # last, so that it takes no paragraph another task's question quotes
    if w.has("distinction") and not any(c.rule == "contrast" for c in out):
        # (not a paragraph another question quotes: their first evidence)
        taken = {block_of(c.evidence[0]) for c in out if c.evidence}
        d = _distinction(reading, arg, quotable, taken)
        if d is not None:
            x, after = d
            result = bool(re.search(r"\d", x.text)) and (
                arg.evidence or arg.genre == "empirical") and w.has("distinction_result")
            out.append(_Cand("distinction", x.block,
                             w("distinction_result" if result else "distinction", quote=_qs(x, lang)),
                             "analysis", [x.section.id], ev(x, *after),
                             f"{_where(lang, [x.section])} {A['article']} {_qs(x, lang)} {A['good']} " +
                             _note(lang, "names the two sides of the contrast in the article’s terms "
                                   "and says what the article draws from the difference.",
                                   "benennt beide Seiten des Gegensatzes und was der Beitrag aus "
                                   "dem Unterschied folgert.")))
    _answer_spans(reading, arg, out, ev)
    return out


def _parallel_cases(arg) -> list[tuple]:
    """The cases the article examines in sections set in parallel: main sections whose
    titles agree in their first words (three at least) and differ in the rest, which
    names the case ("Asylrecht und Asylpolitik in der DDR", "… in der frühen
    Bundesrepublik"): (section, the title's rest, its last word), two or more; [] when
    the article has no such sections."""
    rows = []
    for sec in arg.steps:
        words = re.sub(r"^\W*(?:[IVX]+|\d+)[.)]?\s+", "", sec.title or "").split()
        rows.append((sec, words))
    best: list = []
    for i, (a, wa) in enumerate(rows):
        for b, wb in rows[i + 1:]:
            n = 0
            while n < min(len(wa), len(wb)) and wa[n].lower() == wb[n].lower():
                n += 1
            if n >= 3 and 0 < len(wa) - n <= 5 and 0 < len(wb) - n <= 5:
                group = [(s, ws) for s, ws in rows if len(ws) > n and
                         [x.lower() for x in ws[:n]] == [x.lower() for x in wa[:n]]]
                if len(group) > len(best):
                    best = [(s, " ".join(ws[n:]), re.sub(r"\W+$", "", ws[-1])) for s, ws in group]
    return best if len({k for _, _, k in best}) == len(best) else []


#: sections whose titles mark them as the frame of an article, not one of two parts
#: it sets side by side
_FRAME_TITLE = re.compile(
    r"(?i)\b(?:introduction|einleitung|einführung|conclu\w*|fazit|schluss\w*|summary|"
    r"zusammenfassung|method\w*|results?|ergebnisse?|discussion|diskussion|limitations?|"
    r"grenzen|appendix|anhang|acknowledge?ments?|literatur|references)\b")
#: words between the shared part of two titles and the part that names each side
_TITLE_STOP = {"the", "a", "an", "of", "in", "on", "and", "for", "to", "der", "die", "das",
               "des", "den", "dem", "und", "zur", "zum", "im", "in", "von", "vom", "ein",
               "eine", "für", "with", "mit"}
#: the least words of each of two sections set side by side (with their subsections)
_COMPARE_WORDS = 300


def _comparable_sections(reading: model.Reading, arg) -> tuple | None:
    """Two sections the article sets side by side: siblings (one level, one parent, one
    after the other) whose titles share their first or last words, one of them a
    content word ("Market globalism", "Democratic globalism"; "Zur Biographie Konrad
    Meyers", "Zur Biographie Herbert Morgens"), and differ in the rest, which names
    each side (at most six words); each at least :data:`_COMPARE_WORDS` words long,
    neither the article's frame (introduction, methods, results, conclusion).  Of
    several pairs the longest.  (section a, section b, a's rest, b's rest), or None."""
    secs = reading.sections
    best, size = None, 0
    for i, a in enumerate(secs):
        b = next((x for x in secs[i + 1:] if x.level <= a.level), None)
        if b is None or b.level != a.level or not a.title or not b.title:
            continue
        ta, tb = (re.sub(r"^\W*(?:[IVX]+|\d+(?:\.\d+)*|[a-z])[.)]?\s+", "",
                         normalize_space(x.title)).split(":")[0].split() for x in (a, b))
        if _FRAME_TITLE.search(" ".join(ta + tb)) or any(
                _FRAME_TITLE.search(x.title or "") for x in _parents(reading, a)):
            continue        # (two samples under "Methods" are the study's design, not its sides)
        low_a, low_b = [w.lower().strip("“”\"‘’") for w in ta], [w.lower().strip("“”\"‘’") for w in tb]
        n = 0
        while n < min(len(ta), len(tb)) and low_a[n] == low_b[n]:
            n += 1
        m = 0
        while m < min(len(ta), len(tb)) - n and low_a[-1 - m] == low_b[-1 - m]:
            m += 1
        shared = low_a[:n] + (low_a[len(low_a) - m:] if m else [])
        if not any(len(w) >= 4 and w not in _TITLE_STOP for w in shared):
            continue
        ra, rb = ta[n:len(ta) - m], tb[n:len(tb) - m]
        if not ra or not rb or len(ra) > 6 or len(rb) > 6 or \
                all(w.lower() in _TITLE_STOP for w in ra + rb) or \
                {ra[0].lower(), rb[0].lower()} & {"and", "und", "or", "oder", "&"}:
            # ("The Group and the Foreman": a second thing joined to the first, not a side)
            continue
        words = [sum(_words_of(x) for s in _under(reading, sec) for x in s.blocks) for sec in (a, b)]
        if min(words) < _COMPARE_WORDS or sum(words) <= size:
            continue
        best, size = (a, b, " ".join(ra), " ".join(rb)), sum(words)
    return best


def _titled_by(reading: model.Reading, term: str):
    """The section whose title is ``term`` (in any inflection, its number aside:
    "3.2 Cooperation" for "cooperation"), or None."""
    rx = _term_rx(term)[len("(?<!\\w)"):-len("(?!\\w)")]
    return next((x for x in reading.sections if x.title and re.fullmatch(
        r"\W*(?:[IVX]+|\d+(?:\.\d+)*|[a-z])?[.)]?\s*" + rx + r"\W*", normalize_space(x.title),
        re.I)), None)


def _typology_pair(reading: model.Reading, arg, asked: str = "") -> tuple | None:
    """Two types of a typology the article sets out: glossary terms it defines, each in
    a section of its own titled by the term, the sections siblings under one heading
    (not the article's frame); not the term ``asked`` (a glossary id) that a concept
    question quotes already (JUDGE11: both questions opening on one definition are one
    question).  Of several, a pair whose one term contains the other ("altruism",
    "Trojan altruism": a contrast the article draws itself), else the first two in the
    article's order.  ((term, section), (term, section)), or None."""
    found = []
    for t in reading.glossary:
        if not t.printable or not t.definition or t.id == asked or t.kind in (
                "person", "place", "weapon", "event", "agreement", "publication", "other",
                "organisation"):
            continue
        sec = _titled_by(reading, t.term)
        # (defined in that section: "defines X in a section of its own" must hold; a
        # term the glossary defines elsewhere, or a country's name, is no type)
        if sec is not None and t.evidence and not any(
                block_of(e) in {b.id for x in _under(reading, sec) for b in x.blocks}
                for e in t.evidence[:1]):
            continue
        if sec is None or not _parents(reading, sec)[:1] or \
                _FRAME_TITLE.search(_parents(reading, sec)[0].title or ""):
            continue
        found.append((t, sec))
    order = {id(x): i for i, x in enumerate(reading.sections)}
    found.sort(key=lambda f: order[id(f[1])])
    pairs = [(f, g) for i, f in enumerate(found) for g in found[i + 1:]
             if f[1] is not g[1] and f[1].level == g[1].level
             and _parents(reading, f[1])[:1] == _parents(reading, g[1])[:1]]
    if not pairs:
        return None

    def key(p):
        a, b = (x[0].term.lower() for x in p)
        return (not (a in b or b in a), order[id(p[0][1])], order[id(p[1][1])])
    return min(pairs, key=key)


def _parents(reading: model.Reading, sec) -> list:
    """The sections above ``sec`` (of a lower level, before it), nearest first."""
    out, level = [], sec.level
    for x in reversed(reading.sections[:reading.sections.index(sec)]):
        if x.level < level:
            out.append(x)
            level = x.level
    return out


def _short_name(sec: model.Section, lang: str) -> str:
    """A section's title quoted as :func:`_section_name` does, without what follows a
    colon (a subtitle or a quotation: “The Group on the Line”)."""
    full = _section_name(sec, lang)
    head = re.split(r"\s*:", full, maxsplit=1)[0]
    return head + full[-1] if head != full else full


def _restates(q: model.Question, sentence: str) -> bool:
    """``q`` quotes or restates ``sentence`` (its main sentence): most of the
    sentence's content words are in the question, not only a summary that names no
    claim ("What is the article's main argument …?")."""
    words = _content_words(sentence)
    shared = words & _content_words(q.text)
    return len(shared) >= 4 and len(shared) >= 0.4 * len(words)


def _same_passage(q: model.Question, earlier: list[model.Question],
                  support: dict[str, set[str]] | None = None,
                  text_of: dict[str, str] | None = None) -> bool:
    """``q`` leads to the passage an earlier question asks about: its main sentence (a
    concept's definition, a claim, a view) is one an earlier question cites (not
    only as the results behind its answer, ``support`` by question id)."""
    support = support or {}
    cited = {e for o in earlier for e in o.evidence if e not in support.get(o.id, ())}
    if q.evidence[0] in cited:
        return True
    # two questions never ask about sentences of the same paragraph, quoted or restated
    # (JUDGE10: two sentences of one concluding paragraph lead to the same passage and
    # the same argument)
    # (the article's claims weighed twice: a concept's definition, a forecast or a
    # transfer to another case asks something else of its paragraph)
    text_of = text_of or {}

    def asks(x):
        return (x.evidence and "~" in x.evidence[0] and rule_of(x) in _CLAIM_RULES
                and _restates(x, text_of.get(x.evidence[0], "")))
    return bool(asks(q)) and any(asks(o) and block_of(o.evidence[0]) == block_of(q.evidence[0])
                                 for o in earlier)


#: rules whose question weighs a claim of the article (its conclusion, a finding, an
#: explanation): no two of them on one paragraph
_CLAIM_RULES = {"argument", "hypothesis", "evidence", "finding", "counter"}


def generate(reading: model.Reading) -> list[model.Question]:
    """Deterministic questions for ``reading``, each passing :func:`quality_problems`,
    in the order of the tasks (reconstruct, weigh the evidence, sources, compare,
    alternative, forecast, concept, apply)."""
    doc = _analyse(reading)
    if not doc.sents:
        return []
    cands = _task_cands(reading, doc)
    block_ids = {b.id for _, b in reading.blocks()}
    out: list[model.Question] = []
    seen_ids: set[str] = set()
    support: dict[str, set[str]] = {}
    blocks = {b.id: b for _, b in reading.blocks()}
    main = {block_of(c.evidence[0]) for c in cands if c.evidence}
    # the main sentences' words (a question restating one of them, _same_passage)
    text_of = {sentence_ref(blocks[x.block], x.text, x.block): x.text for x in doc.sents
               if x.block in main and x.block in blocks}
    for c in cands:
        q = c.question()
        if q.id in seen_ids or quality_problems(q, out, block_ids, language(reading)):
            continue
        if q.evidence and _same_passage(q, out, support, text_of):
            continue        # it leads to a passage another question asks about (JUDGE6)
        seen_ids.add(q.id)
        support[q.id] = set(c.support)
        out.append(q)
    # a stock question only when fewer than two questions of other tasks are grounded on
    # what the article says (JUDGE11: "better two good questions than three with a stock
    # one"; the summary with the sections' titles counted GENERIC, one discarded)
    stock = {c.question().id for c in cands if c.stock}
    if len({TASK_OF.get(rule_of(q)) for q in out if q.id not in stock} - {"reconstruct"}) >= 2:
        out = [q for q in out if q.id not in stock]
    rank = {r: i for i, r in enumerate(TASK_OF)}
    out.sort(key=lambda q: rank.get(rule_of(q), 99))
    return out


# ====================================================================== the editable file


HEADER = """\
Discussion questions for this reading (written by `coursepack`, owned by you).

How to edit:
  - The order of this list is the printed order: move entries to reorder.
  - Reword `text` (or `answer`) freely: a question whose text no longer
    matches its `fingerprint` counts as edited and is never overwritten.
  - `dropped: true` removes a question (it stays here so that it does not
    come back when questions are regenerated).
  - `pinned: true` always prints it in the reader; `handout: true` always
    prints it in the student handout.  Of the generated questions the reader
    prints one per task (comparing two views, weighing the evidence …): pin
    another one to print it too.
  - Add your own: `text` (required), `level` (comprehension, analysis,
    evaluation, application), `sections` and `evidence` (section and block
    ids from build/<slug>/edition.json; s2-p3~2 is the second sentence of
    s2-p3, and the page printed is that sentence's), `answer`; `origin: custom`.
    Leave `id` out to have one made for you.
  - Regenerating only adds new questions and refreshes untouched generated
    ones. Comments you add to this file are not kept.
The line above each entry says whether it is printed (reader, handout)."""


def _q_entry(q: model.Question) -> dict:
    e = {"id": q.id, "text": q.text, "level": q.level, "sections": list(q.sections),
         "evidence": list(q.evidence), "answer": q.answer, "origin": "generated",
         "pinned": False, "handout": False, "dropped": False}
    e["fingerprint"] = fingerprint(e, _FP_FIELDS)
    return e


def regenerate(path: Path, reading: model.Reading, *, reader: int = 14,
               handout: int = 6) -> dict:
    """Write or update ``questions.yaml`` for ``reading``; returns counts
    (kept, added, refreshed, removed, edited, custom, dropped, total, written;
    skipped when a new question was already dealt with under an older id).
    ``reader``/``handout`` are the pack's numbers, used only for the comment
    above each entry saying where it is printed."""
    path = Path(path)
    generated = [_q_entry(q) for q in generate(reading)]
    existing = load_entries(path, QUESTIONS_SCHEMA, "questions", "question") \
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
    counts["written"] = write_if_changed(path, text)
    return counts
