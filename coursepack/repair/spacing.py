"""Spacing and characters.

Non-breaking spaces: the typesetter tied every short word to the next one;
in the reflowed edition a tie is kept only where it means something
typographically — after a one-letter word (Polish habit: "w\\u00a0Moskwie",
"a\\u00a0security"), between a number and the word it counts, and before a
single capital letter ("Iskander\\u00a0M") or a dash.  Other ties become
plain spaces.  Thin spaces (U+2009) between initials are kept.  Runs of
spaces collapse to one (a non-breaking one if the run held a kept tie).
"""

from __future__ import annotations

import re

from .rules import Context, register
from .tracked import Edit

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
NBSP = "\u00a0"


def keep_tie(before: str, after: str) -> bool:
    """Whether a non-breaking space between ``before`` and ``after`` (the
    neighbouring words) is typographically meant.

    >>> keep_tie("a", "security"), keep_tie("94", "per"), keep_tie("enclave", "–"), keep_tie("the", "region")
    (True, True, True, False)
    >>> keep_tie("Iskander", "M"), keep_tie("by", "a")
    (True, False)
    """
    if len(before) == 1 and before.isalpha():
        return True
    if before.isdigit() and after[:1].isalpha():
        return True
    if after[:1] in ("–", "—") or (len(after.rstrip(".,;:")) == 1 and after[:1].isupper()):
        return True
    return False


_TIE_RUN_RE = re.compile("[ \u00a0]*\u00a0[ \u00a0]*")   # a run of spaces holding a tie


@register("nbsp", "spacing")
def find_ties(text: str, ctx: Context) -> list[Edit]:
    """Keep meaningful non-breaking spaces, make the others plain spaces
    (each one on its own; the runs of spaces they stand in are collapsed by
    the ``spaces`` rule).

    >>> from coursepack.repair.rules import fix
    >>> fix("nbsp", "in\u00a0the\u00a0 region, a\u00a0 security, 94\u00a0per cent") == "in the  region, a\u00a0 security, 94\u00a0per cent"
    True
    """
    edits: list[Edit] = []
    if NBSP not in text:
        return edits
    # one run of spaces holding ties at a time: the words around it decide
    for m in _TIE_RUN_RE.finditer(text):
        a, b = m.span()
        seg = text[max(0, a - 40):a]
        before = seg.rsplit(None, 1)[-1] if seg and not seg[-1].isspace() else ""
        seg = text[b:b + 40]
        after = seg.split(None, 1)[0] if seg and not seg[0].isspace() else ""
        if keep_tie(before, after):
            continue
        run = m.group()
        k = run.find(NBSP)
        while k >= 0:
            edits.append(Edit(a + k, a + k + 1, " ",
                              "typesetter's non-breaking space after a short word made a plain space"))
            k = run.find(NBSP, k + 1)
    return edits


_EDGE_RE = re.compile(r"[ \u00a0]+(?=\n\u2029)|(?<=\u2029\n)[ \u00a0]+")


@register("spaces", "spacing")
def find_space_runs(text: str, ctx: Context) -> list[Edit]:
    """Collapse runs of spaces; remove spaces at the ends.

    >>> from coursepack.repair.rules import fix
    >>> fix("spaces", "  to  analyse  it ")
    'to analyse it'
    """
    edits = []
    lead = len(text) - len(text.lstrip(" \u00a0"))
    if lead:
        edits.append(Edit(0, lead, "", "space at the start removed", record=False))
    trail = len(text.rstrip(" \u00a0"))
    if trail < len(text) and trail >= lead:
        edits.append(Edit(trail, len(text), "", "space at the end removed", record=False))
    if "\u2029" in text:
        for m in _EDGE_RE.finditer(text):
            edits.append(Edit(m.start(), m.end(), "", "space at a block edge removed", record=False))
    for m in re.finditer(r"[ \u00a0]{2,}", text):
        if m.start() < lead or m.end() > trail or text[m.end():m.end() + 2] == "\n\u2029" \
                or text[max(0, m.start() - 2):m.start()] == "\u2029\n":
            continue
        rep = NBSP if NBSP in m.group() else " "
        edits.append(Edit(m.start(), m.end(), rep, "doubled space collapsed"))
    return edits


_SPACE_PUNCT_RE = re.compile(rf"[ \u00a0]+(?:(?=[,;:!?](?![\w/])|\.(?![\w.]))|([{SUPERSCRIPTS}]))")
_COMMA_RE = re.compile(r",(?=[^\W\d_])")
_INITIAL_RE = re.compile(r"[A-Z]\.(?=[A-Z][a-z])")


@register("punctuation_space", "spacing")
def find_punctuation_spacing(text: str, ctx: Context) -> list[Edit]:
    """Space before punctuation or a note marker removed; missing space after
    a comma or an initial added; doubled full stops made single.

    >>> from coursepack.repair.rules import fix
    >>> fix("punctuation_space", "De Waal : Black, Mid.ru , in 2020.. the goals ²⁴. Karabakhe,ria, K.Truevtsev, U.S. and 1,000")
    'De Waal: Black, Mid.ru, in 2020. the goals²⁴. Karabakhe, ria, K.\\u2009Truevtsev, U.S. and 1,000'
    """
    edits = []
    for m in _SPACE_PUNCT_RE.finditer(text):
        prev = text[m.start() - 1] if m.start() else ""
        if not prev:
            continue
        if m.group(1):       # before a note marker
            if (prev.isalnum() and prev not in SUPERSCRIPTS) or prev in "”’\").":
                edits.append(Edit(m.start(), m.start(1), "", "space before a note marker"))
        elif prev.isalnum() or prev in "_”’\")].":
            edits.append(Edit(m.start(), m.end(), "", "space before punctuation"))
    for m in _COMMA_RE.finditer(text):
        if m.start() and text[m.start() - 1].isalpha():
            edits.append(Edit(m.end(), m.end(), " ", "missing space after a comma"))
    for m in _INITIAL_RE.finditer(text):
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "."):
            edits.append(Edit(m.end(), m.end(), "\u2009", "missing (thin) space after an initial"))
    if "<" in text:
        for m in re.finditer(r"(?<=[:;,])<(?=https?://|www\.)", text):
            edits.append(Edit(m.start(), m.start(), " ", "missing space before a URL"))
    if ".." in text or re.search(f"\\.[{SUPERSCRIPTS}]+\\.", text):
        for m in re.finditer(rf"(?<![.\s])[ \u00a0]*\.([{SUPERSCRIPTS}]*)\.(?!\.)", text):
            edits.append(Edit(m.start(), m.end(), m.group(1) + ".", "doubled full stop"))
    return edits
