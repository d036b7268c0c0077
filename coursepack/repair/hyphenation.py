"""Line ends: hyphenation and joining lines.

A hyphen at a line end either only breaks a word ("devel-\\nopments") or
belongs to a compound or name ("Nagorno-\\nKarabakh", "Ter-\\nPetrosyan",
"military-tech-\\nnical" → "military-technical").  The decision, in order:

1. document evidence: the hyphenated form occurs elsewhere inside a line →
   keep; the joined form occurs elsewhere → remove;
2. a capital after the break (a name: Nagorno-Karabakh) or a digit → keep;
3. the joined word is known (frequency ≥ 2) → remove, unless both parts are
   common words of three letters or more and the joined word is much rarer
   than either ("long-term");
4. otherwise keep only if both parts are words ("Russian-brokered").

Every decision is recorded.  Remaining line ends become spaces (none after
a dash attached to a word: "Europe–\\nAsia").
"""

from __future__ import annotations

import re

from .rules import Context, register
from .tracked import Edit
from ..words import function_word, zipf

SUFFIXES = frozenset("""ing ings ed er ers est ment ments tion tions sion sions ly ness ity ities
ies es al ally ous ive ives able ably ible ism ist ists ance ence ant ent ship ful less
ise ize ised ized ising izing ation ations""".split())

_BREAK_AT_RE = re.compile("[-\u2010]\n")     # U+2010 HYPHEN: where a soft hyphen broke the line
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_LEFT_PART_RE = re.compile(r"(?:(?![⁰¹²³⁴⁵⁶⁷⁸⁹])[^\W_])*$")
_RIGHT_PART_RE = re.compile(r"(?:(?![⁰¹²³⁴⁵⁶⁷⁸⁹])[^\W_])*")


def _left_part(text: str, end: int, limit: int) -> tuple[int, int]:
    """The span of the letters and digits (not superscript markers) that end
    at ``end``, looking back no further than ``limit``: the match of
    ``_LEFT_PART_RE.search(text, limit, end)``, found by stepping back
    (the search tries every start in the window).

    >>> t = "a devel²x-\\nab\\n"
    >>> [(_left_part(t, k, 0), _LEFT_PART_RE.search(t, 0, k).span()) for k in (7, 9, 10, 11, 14)]
    [((2, 7), (2, 7)), ((8, 9), (8, 9)), ((10, 10), (10, 10)), ((10, 10), (10, 10)), ((11, 13), (11, 13))]
    """
    if end > limit and text[end - 1] == "\n":
        end -= 1      # '$' matches before a final newline too
    a = end
    while a > limit and text[a - 1].isalnum() and text[a - 1] not in _SUPERSCRIPT_DIGITS:
        a -= 1
    return a, end


def keep_hyphen(left: str, right: str, lang: str = "en", vocab=None) -> tuple[bool, str]:
    """Whether a hyphen at a line end between ``left`` and ``right`` stays.

    >>> keep_hyphen("devel", "opments")[0], keep_hyphen("Nagorno", "Karabakh")[0]
    (False, True)
    >>> keep_hyphen("tech", "nical")[0], keep_hyphen("long", "term")[0], keep_hyphen("Russian", "brokered")[0]
    (False, True, True)
    """
    if not left or not right:
        return True, "not a word break"
    joined = left + right
    if vocab is not None:
        if f"{left}-{right}".lower() in vocab.compounds:
            return True, f"'{left}-{right}' is written with a hyphen elsewhere in the text"
        if joined.lower() in vocab.words:
            return False, f"'{joined}' is written as one word elsewhere in the text"
    if right[0].isupper():
        return True, "capital after the hyphen (compound name)"
    if (lang == "de" and right.isalpha() and right.islower() and len(right) >= 3
            and right not in SUSPENDED and left.isalpha() and len(left) >= 2
            and (left[0].isupper() and left[1:].islower() or zipf(joined, lang) > 0)):
        # German writes compounds as one word; a hyphenated one keeps the
        # capital of a noun after the hyphen ("DDR-Führung", "Nasser-Regime")
        return False, f"a German compound ('{joined}') is written as one word"
    if right[0].isdigit() or left[-1].isdigit():
        return True, "number in the compound"
    if right.lower() in SUFFIXES and len(left) >= 3:
        return False, f"'{right}' is a word ending, not a word"
    zj, zl, zr = zipf(joined, lang), zipf(left, lang), zipf(right, lang)
    if zj >= 2.0:
        if zl >= 3.5 and zr >= 3.5 and len(left) >= 3 and len(right) >= 3 and zj < min(zl, zr) - 2.0:
            return True, f"both parts are words and '{joined}' is rare ({zj:.1f})"
        return False, f"'{joined}' is a word (frequency {zj:.1f})"
    if zl >= 2.5 and zr >= 2.5:
        return True, f"both parts are words ('{left}', '{right}') and '{joined}' is not"
    return False, f"the parts are not words on their own ('{left}', '{right}')"


@register("line_hyphen", "hyphenation")
def find_line_hyphens(text: str, ctx: Context) -> list[Edit]:
    """Remove hyphens that only break a word at a line end; keep compounds.

    >>> from coursepack.repair.rules import fix
    >>> fix("line_hyphen", "recent devel-\\nopments in Nagorno-\\nKarabakh and military-tech-\\nnical aid")
    'recent developments in Nagorno-Karabakh and military-technical aid'
    >>> fix("line_hyphen", "infor\u2010\\nmation and a well\u2010\\nknown author")
    'information and a well-known author'
    >>> fix("line_hyphen", "pre-\\nand post-war, Parteien-\\nsystems, DDR-\\nspezifisch", "de")
    'pre- and post-war, Parteiensystems, DDR-spezifisch'
    """
    edits = []
    if "-\n" not in text and "\u2010\n" not in text:
        return edits
    for m in _BREAK_AT_RE.finditer(text):
        hy = m.start()
        rm = _RIGHT_PART_RE.match(text, hy + 2)
        a, b = _left_part(text, hy, max(0, hy - 60))
        left, right = text[a:b], rm.group()
        if left and not left[-1].isalpha() and not left[-1].isdigit():
            continue
        if hy > 0 and left == "" and text[hy - 1:hy].isspace():
            continue   # a dash standing alone: joined as a space later
        if right in SUSPENDED and text[rm.end():rm.end() + 1] != "-":
            # "Chancen-\nnoch Ergebnisgleichheit": a suspended compound
            edits.append(Edit(hy, hy + 2, "- ", f"hyphen and space kept: '{left}-' is a suspended "
                              f"compound before '{right}'"))
            continue
        keep, why = keep_hyphen(left, right, ctx.lang, ctx.vocab)
        if keep:
            edits.append(Edit(hy, hy + 2, "-", f"hyphen kept: {why}"))
        else:
            edits.append(Edit(hy, hy + 2, "", f"line-end hyphen removed: {why}"))
    return edits


_NL_RE = re.compile(r"[ \u00a0]*(?<!\u2029)\n(?!\u2029)[ \u00a0]*")


@register("line_join", "layout")
def find_line_joins(text: str, ctx: Context) -> list[Edit]:
    """Join the remaining line ends with a space (nothing after a dash that is
    attached to the word before it).

    >>> from coursepack.repair.rules import fix
    >>> fix("line_join", "Europe–\\nAsia Studies, 1709–\\n1723, a \\nword, the enclave – \\nNakhichevan")
    'Europe–Asia Studies, 1709–1723, a word, the enclave – Nakhichevan'
    """
    edits = []
    for start, end in line_ends(text):
        first = text[start]
        before = text[start - 1] if start else ""
        before2 = text[start - 2] if start > 1 else ""
        rep = " "
        if before in "–—" and before2.isalnum() and first in "–—\n":
            rep = ""
        if before in "–—" and first != "\n":
            rep = " "
        if start == 0 or end == len(text):
            rep = ""
        edits.append(Edit(start, end, rep, "line end", True, False))    # silent, not recorded
    return edits


def line_ends(text: str) -> list[tuple[int, int]]:
    """Spans of the line ends (not block separators) with the spaces around
    them: what ``_NL_RE.finditer`` finds, searched from the newlines.

    >>> t = "a \\n b\\n\\u2029\\nc\\n\\n  d"
    >>> line_ends(t) == [m.span() for m in _NL_RE.finditer(t)] == [(1, 4), (9, 10), (10, 13)]
    True
    """
    out: list[tuple[int, int]] = []
    last, n = 0, len(text)
    k = text.find("\n")
    while k >= 0:
        if (k == 0 or text[k - 1] != "\u2029") and (k + 1 >= n or text[k + 1] != "\u2029"):
            a = k
            while a > last and text[a - 1] in " \u00a0":
                a -= 1
            b = k + 1
            while b < n and text[b] in " \u00a0":
                b += 1
            out.append((a, b))
            last = b
        k = text.find("\n", k + 1)
    return out


_SOFT_RE = re.compile("\u00ad(?:[ \t\u00a0]*\n)?")


@register("soft_hyphen", "hyphenation")
def find_soft_hyphens(text: str, ctx: Context) -> list[Edit]:
    """Remove soft hyphens (U+00AD): invisible break points that only say
    where a word may be broken, at a line end or inside a line.

    >>> from coursepack.repair.rules import fix
    >>> fix("soft_hyphen", "a devel\\u00ad\\nopment and a con\\u00adtract")
    'a development and a contract'
    """
    if "\u00ad" not in text:
        return []
    return [Edit(m.start(), m.end(), "", "soft hyphen (an invisible break point) removed")
            for m in _SOFT_RE.finditer(text)]


#: prefixes written solid or with a hyphen ("interpenetrate", "inter-state";
#: "overrepresentation", "over-representation"): a line-end hyphen after one
#: cannot tell which, so a kept one is shown to the editor
PREFIXES = frozenset("""anti auto co counter extra hyper infra inter intra macro meta micro mid multi
neo non over para post pre proto pseudo quasi re semi socio sub super supra trans ultra un under""".split())

#: a hyphen followed by a space inside a line: a line-end hyphen the
#: extraction or a join left standing ("Christian- orthodox"), unless the
#: word after it is a conjunction (a suspended compound: "pre- and post-war",
#: "Ein- und Ausreise")
# letters, not digits: a superscript note marker ("the¹") is no part of the word
_INLINE_RE = re.compile(r"(?<![\w-])([^\W\d_⁰¹²³⁴⁵⁶⁷⁸⁹]{2,})-[ \u00a0]+([^\W\d_⁰¹²³⁴⁵⁶⁷⁸⁹][^\W\d_⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
SUSPENDED = frozenset("""and or nor but to versus vs und oder bzw bis sowie als wie noch
et ou ni à y o e i oraz lub albo""".split())


@register("inline_hyphen", "hyphenation")
def find_inline_hyphens(text: str, ctx: Context) -> list[Edit]:
    """A hyphen with a space after it inside a line is a line-end hyphen
    left standing: decided as at a line end (:func:`keep_hyphen`), the
    space removed either way; a suspended compound ("pre- and post-war")
    is left alone, and so are two words the document never writes as one
    compound (the hyphen may stand for a dash).

    >>> from coursepack.repair.rules import fix
    >>> fix("inline_hyphen", "the settlement- the only one, a devel- opment, pre- and post-war")
    'the settlement- the only one, a development, pre- and post-war'
    >>> from coursepack.repair.rules import Vocabulary
    >>> fix("inline_hyphen", "Christian- orthodox", vocab=Vocabulary("the Christian-orthodox church"))
    'Christian-orthodox'
    >>> fix("inline_hyphen", "the Christian- orthodox faith, the war- it was", vocab=Vocabulary("x"))
    'the Christian-orthodox faith, the war- it was'
    >>> fix("inline_hyphen", "a devel-   opment")       # spaces collapse later: decided the same
    'a development'
    >>> fix("inline_hyphen", "devel- the¹")        # the marker is no part of the word: as without it
    'devel- the¹'
    >>> fix("inline_hyphen", fix("inline_hyphen", "Gleichstellungs- ansatzes"), "de")
    'Gleichstellungsansatzes'
    """
    if "- " not in text and "-\u00a0" not in text:
        return []
    edits = []
    for m in _INLINE_RE.finditer(text):
        left, right = m.group(1), m.group(2)
        if right.lower() in SUSPENDED:
            continue
        hy, gap_end = m.end(1), m.start(2)     # the hyphen, and the spaces after it (one or more)
        keep, why = keep_hyphen(left, right, ctx.lang, ctx.vocab)
        if not keep:
            edits.append(Edit(hy, gap_end, "", f"hyphen left inside a line removed: {why}"))
        elif ctx.vocab is not None and f"{left}-{right}".lower() in ctx.vocab.compounds:
            edits.append(Edit(hy, gap_end, "-", f"space after a hyphen removed, hyphen kept: {why}"))
        elif right.islower() and not function_word(right) and not function_word(left):
            # a dash typed as "- " is followed by a clause ("settlement- the
            # only one"); before a content word it is a compound's hyphen
            edits.append(Edit(hy, gap_end, "-", f"space after a hyphen removed, hyphen kept: {why} "
                              f"('{right}' is no function word, so no dash)"))
        # else: two words with "- " between them may be a dash ("settlement- the
        # only presence"): left as written
    return edits
