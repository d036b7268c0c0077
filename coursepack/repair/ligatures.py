"""Ligatures broken by extraction.

*Split* ligatures: the glyph for fi, fl, ff, ffi or ffl is followed by a
spurious space ("confl ict", "off icial", "fi rst").  The two parts are
joined only when the left part ends in a ligature, the right part starts in
lower case, and the joined word is a known word that is more probable than
the two parts as words (so "off it", "if it" stay apart).  Parts broken at a
line end ("infl u-\\nence") are judged as the whole word.

*Lost* ligatures: the glyph became U+FFFD ("a� er"); the ligature that makes
the most probable word is restored.
"""

from __future__ import annotations

import re

from .rules import Context, register
from .tracked import Edit
from .spaced import ONE_LETTER_WORDS
from ..words import function_word, zipf

LIGATURE_ENDINGS = ("ffi", "ffl", "ff", "fi", "fl")
LOST_CANDIDATES = ("ft", "fi", "fl", "ff", "ffi", "ffl", "tt", "f", "st")

_SPLIT_RE = re.compile(r"(ffi|ffl|ff|fi|fl)[ \u00a0\n]+([a-zà-ÿ][^\W\d_]*)")
_LEFT_WORD_RE = re.compile(r"[^\W\d_]*$")
_LEFT_BROKEN_RE = re.compile(r"([^\W\d_]+)-\n$")
_RIGHT_BROKEN_RE = re.compile(r"^-\n([^\W\d_]+)")


def _word_start(text: str, end: int, limit: int) -> int:
    """Where the letters ending at ``end`` (which follows a letter) begin,
    looking back no further than ``limit``: the start of
    ``_LEFT_WORD_RE.search(text, limit, end)``, found by stepping back.

    >>> t = "x2 the conﬁ3fl"
    >>> [(_word_start(t, k, 0), _LEFT_WORD_RE.search(t, 0, k).start()) for k in (5, 11, 14)]
    [(3, 3), (7, 7), (12, 12)]
    """
    a = end
    while a > limit:
        c = text[a - 1]
        if not c.isalnum() or c.isdecimal():
            break
        a -= 1
    return a


def _extend(text: str, start: int, end: int) -> tuple[str, str]:
    """Letters joined onto the left/right across a line-end hyphen."""
    left = _LEFT_BROKEN_RE.search(text[max(0, start - 40):start])
    right = _RIGHT_BROKEN_RE.match(text[end:end + 40])
    return (left.group(1) if left else ""), (right.group(1) if right else "")


def _in_url(text: str, start: int) -> bool:
    k = start
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    run = text[k:start]
    return "://" in run or run.startswith(("<http", "www.", "<www"))


@register("split_ligature", "ligature")
def find_split_ligatures(text: str, ctx: Context) -> list[Edit]:
    """Join words split after a ligature glyph.

    >>> from coursepack.repair.rules import fix
    >>> fix("split_ligature", "the confl ict and off icial refl ects diff erently, fi rst")
    'the conflict and official reflects differently, first'
    >>> fix("split_ligature", "turn it off it said; if it rains; the staff are; cliff edge")
    'turn it off it said; if it rains; the staff are; cliff edge'
    >>> fix("split_ligature", "das Kompetenzprofi l der; ein Kompetenzprofi ls; Begriff und")
    'das Kompetenzprofil der; ein Kompetenzprofils; Begriff und'
    >>> fix("split_ligature", "Schlüsselqualifi kationen, Roloff auch, Gerechtigkeitsbegriff selbst", "de")
    'Schlüsselqualifikationen, Roloff auch, Gerechtigkeitsbegriff selbst'
    >>> fix("split_ligature", "confl confl ict")
    'confl conflict'
    >>> fix("split_ligature", "a sign of tr\\u00e8s; <https://globalaff airs.ru/a>")
    'a sign of tr\\xe8s; <https://globalaffairs.ru/a>'
    """
    edits = []
    found = _SPLIT_RE.search(text)
    while found is not None:
        # matches may overlap: the right part of one split can end in the
        # ligature of the next ("confl confl ict")
        m, found = found, _SPLIT_RE.search(text, found.end(1))
        lig_end = m.end(1)
        lstart = _word_start(text, lig_end, max(0, lig_end - 60))
        left, right = text[lstart:lig_end], m.group(2)
        if lstart > 0 and text[lstart - 1].isdigit():
            continue
        pre, post = _extend(text, lstart, m.end(2))
        lf, rf = pre + left, right + post
        joined = (lf + rf)
        zj, zl, zr = zipf(joined, ctx.lang), zipf(lf, ctx.lang), zipf(rf, ctx.lang)
        why = ""
        if zj >= 2.5 and (zl < 3.0 or zr < 3.0 or zj >= min(zl, zr)):
            why = f"'{lf} {rf}' → '{joined}': split after a ligature (word frequency {zj:.1f} vs parts {zl:.1f}/{zr:.1f})"
        elif function_word(rf):
            pass    # "Begriff und", "off the": a word of its own after the ligature
        elif zl == 0 and len(lf) >= 5 and zj >= 1.0:
            # no word before the ligature, a (rare) word once joined: "Schlüsselqualifi kationen"
            why = f"'{lf} {rf}' → '{joined}': split after a ligature ('{lf}' is no word, '{joined}' is)"
        elif (zl < 2.0 and zr < 2.0 and len(lf) >= 3 and len(rf) >= 2
              and not rf.lower().endswith(LIGATURE_ENDINGS)):
            # (a right part that ends in a ligature is the head of a split
            # word of its own: "confl confl ict" is not "conflconfl ict")
            why = f"'{lf} {rf}' → '{joined}': split after a ligature (neither part is a word)"
        elif (zl < 2.0 and len(lf) >= 6 and 1 <= len(rf) <= 3 and rf.islower()
              and (zr < 4.5 or len(rf) == 1 and rf not in ONE_LETTER_WORDS)
              and not rf.lower().endswith(LIGATURE_ENDINGS)):
            # a long non-word, then a word ending: "Kompetenzanforderungsprofi ls"
            why = f"'{lf} {rf}' → '{joined}': split after a ligature (a word ending after a non-word)"
        elif _in_url(text, lstart):
            for k in range(len(lf) - 2, -1, -1):
                cand = lf[k:] + rf
                if len(cand) >= 5 and zipf(cand, "en") >= 3.0 and any(
                        lf[k:].lower().endswith(e) for e in LIGATURE_ENDINGS):
                    why = f"split ligature inside a URL ('{cand}')"
                    break
        if why:
            edits.append(Edit(lig_end, m.start(2), "", why))
    return edits


_LOST_RE = re.compile(r"([^\W\d_]*)\ufffd(\s*)([^\W\d_]*)")


@register("lost_ligature", "ligature")
def find_lost_ligatures(text: str, ctx: Context) -> list[Edit]:
    """Restore a ligature extracted as U+FFFD, choosing the most probable word.

    >>> from coursepack.repair.rules import fix
    >>> fix("lost_ligature", "Developments a\\ufffd er the war; the o\\ufffd ce; sta\\ufffd members")
    'Developments after the war; the office; staff members'
    >>> fix("lost_ligature", "\\ufffd Springer-Verlag 2009; a 2 \\ufffd 3 design; the \\ufffd rst").split(";")
    ['� Springer-Verlag 2009', ' a 2 � 3 design', ' the first']
    >>> fix("lost_ligature", "\ufffd the way")
    '� the way'
    >>> fix("lost_ligature", "\ufffd \ufffd v")
    '� � v'
    >>> fix("lost_ligature", "\ufffd \ufffd fi; the \ufffd rst")
    '� � fi; the first'
    """
    edits = []
    if "\ufffd" not in text:
        return edits
    k = text.find("\ufffd")
    matches = []
    while k >= 0:
        a = k
        while a > 0 and text[a - 1].isalpha():
            a -= 1
        m = _LOST_RE.match(text, a)
        if m:
            matches.append(m)
        k = text.find("\ufffd", k + 1)
    for m in matches:
        left, space, right = m.group(1), m.group(2), m.group(3)
        if not left and (not right or space and not right.islower()):
            continue    # standing alone ("\ufffd Springer", "2 \ufffd 3"): a symbol, not a ligature
        if not left and len(right) < 2:
            continue    # one letter after it ("\ufffd v"): too little of a word to restore

        pre, post = _extend(text, m.start(1), m.end(3))
        best, best_z, best_rep = None, 0.0, ""
        for lig in LOST_CANDIDATES:
            joined = pre + left + lig + right + post
            z = zipf(joined, ctx.lang)
            if z > best_z:
                best, best_z, best_rep = joined, z, lig
            if space and right and (pre or left):    # a ligature alone is no word ("\ufffd the")
                z2 = min(zipf(pre + left + lig, ctx.lang), zipf(right + post, ctx.lang))
                if z2 > best_z + 0.5:
                    best, best_z, best_rep = pre + left + lig + " " + right, z2, lig + " "
        if not left and space and best_z <= zipf(right + post, ctx.lang):
            continue    # "\ufffd fi": the word after it stands better alone than joined ("fifi")
        if best is not None and best_z >= 2.0:
            edits.append(Edit(m.start(1) + len(left), m.start(3), best_rep,
                              f"lost ligature restored as '{best_rep.strip()}' ('{best}', frequency {best_z:.1f})"))
    return edits
