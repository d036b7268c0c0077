"""The rule registry: every text repair is a named pure function
``find(text, ctx) -> list[Edit]``; :func:`run_rule` applies one to a
:class:`~coursepack.repair.tracked.Tracked` text and records each edit as a
:class:`~coursepack.model.Change` (ftfy's ExplanationStep, with positions).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable

from ..model import Change, Location
from .tracked import Edit, Tracked, apply_edits


@dataclass
class Context:
    """What a rule may know besides the text: the block's language, which
    characters are protected (URLs), the document's vocabulary (words and
    hyphenated compounds seen on one line), and the block id."""

    lang: str = "en"
    protected: list[bool] | None = None
    vocab: "Vocabulary | None" = None
    block: str = ""
    note: bool = False
    blocks: list | None = None     # [(start, block id)] when several blocks share one text
    block_ids: list | None = None  # or the ids of the blocks joined by SEP in the text, in order

    def free(self, start: int, end: int) -> bool:
        if not self.protected:
            return True
        if isinstance(self.protected, (bytes, bytearray)):
            return self.protected.find(1, start, max(end, start + 1)) < 0
        return not any(self.protected[start:max(end, start + 1)])


_BROKEN_AT_LINE_END_RE = re.compile(r"-[ \t\u00a0]*\n")
_EDGE_PUNCTUATION = ".,;:!?()[]«»“”\"…"


class Vocabulary:
    """Words of the whole document (lower case), for document-level evidence:
    ``words`` as single tokens, ``compounds`` hyphenated forms that occur
    inside a line (not broken at a line end).

    >>> v = Vocabulary("the long-term plan\\nlong-\\nterm")
    >>> "long-term" in v.compounds, "plan" in v.words
    (True, True)
    """

    _WORD = re.compile(r"[^\W\d_]+(?:[-\u2019'][^\W\d_]+)*")

    @classmethod
    def tokens(cls, text: str) -> set[str]:
        """``set(_WORD.findall(text))``: a whitespace-separated token that is
        letters once its edge punctuation is stripped is one word as it
        stands; only the others go through the regular expression (whose
        matches never cross whitespace).

        >>> sorted(Vocabulary.tokens("the long-term (plan), Russia’s 2020s a²b.")) == sorted(
        ...     set(Vocabulary._WORD.findall("the long-term (plan), Russia’s 2020s a²b.")))
        True
        """
        found: set[str] = set()
        rest: list[str] = []
        for tok in set(text.split()):
            t = tok.strip(_EDGE_PUNCTUATION)
            if t.isalpha():
                found.add(t)
            else:
                rest.append(tok)
        if rest:
            found.update(cls._WORD.findall(" ".join(rest)))
        return found

    def __init__(self, text: str):
        self.words: set[str] = set()
        self.compounds: set[str] = set()
        body = _BROKEN_AT_LINE_END_RE.sub("\n", text)
        for w in self.tokens(body):
            w = w.lower()
            if "-" in w:
                self.compounds.add(w)
                self.words.update(p for p in w.split("-") if p)
            else:
                self.words.add(w)


SEP = "\n\u2029\n"   # between blocks that are repaired as one text (protected)


def block_starts(text: str) -> list[int]:
    """Offsets of the blocks of a text joined by :data:`SEP`.

    >>> block_starts("ab" + SEP + SEP + "c")
    [0, 5, 8]
    """
    out = [0]
    k = text.find(SEP)
    while k >= 0:
        out.append(k + len(SEP))
        k = text.find(SEP, k + len(SEP))
    return out

Finder = Callable[[str, Context], list[Edit]]


@dataclass
class Rule:
    name: str
    kind: str
    find: Finder
    doc: str = ""


REGISTRY: dict[str, Rule] = {}


def register(name: str, kind: str):
    """Decorator: add a finder to the registry under ``name``."""
    def deco(fn: Finder) -> Finder:
        REGISTRY[name] = Rule(name, kind, fn, (fn.__doc__ or "").strip().split("\n")[0])
        return fn
    return deco


def fix(name: str, text: str, lang: str = "en", vocab: Vocabulary | None = None) -> str:
    """Apply one registered rule to a plain string (for doctests and tests)."""
    rule = REGISTRY[name]
    return apply_edits(text, rule.find(text, Context(lang=lang, vocab=vocab)))


def run_rule(rule: Rule, t: Tracked, ctx: Context, source: str,
             changes: list[Change]) -> None:
    """Run ``rule`` on ``t`` in place, appending a Change per recorded edit."""
    ctx.protected = t.protected
    edits = rule.find(t.text, ctx)
    if not edits:
        return
    prot = t.protected
    if prot.find(1) >= 0:
        find = prot.find
        edits = [e for e in edits if e.protect is not None or find(1, e.start, max(e.end, e.start + 1)) < 0]
    blocks = ctx.blocks
    if blocks is None and ctx.block_ids is not None:
        blocks = list(zip(block_starts(t.text), ctx.block_ids))
    if blocks:
        starts = [b[0] for b in blocks]
    kind, name, block = rule.kind, rule.name, ctx.block
    for e, before, (line, col) in t.apply(edits):
        if e.record:
            if blocks:
                block = blocks[bisect_right(starts, e.start) - 1][1]
            # positional: a keyword call costs twice as much, and there are many
            changes.append(Change(kind, name, before, e.replacement, e.why,
                                  Location(source, line, col, block), e.silent))
