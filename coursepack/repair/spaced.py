"""Letters spaced apart by the extraction: "s ubject", "Q uestionnaire",
"cl ash" (a space that the PDF's glyph positions suggested inside a word).

Two neighbouring letter runs are joined when one of them is not a word (a
single letter that is no word of its own, a short piece rarer than short
words are, a longer piece the word lists do not know) and the joined form
is a word: frequent in the language, or written whole elsewhere in the
document.  Joining runs to a fixed point in one pass, so that running the
repair again changes nothing.
"""

from __future__ import annotations

import re

from .rules import Context, register
from .tracked import Edit
from .words import zipf
from ..read.structure import Doubt
from .hyphenation import SUSPENDED

ONE_LETTER_WORDS = frozenset("a i o u y e à á è é ó ò w z".split())
_TOKEN_RE = re.compile(r"\S+")
_CORE_RE = re.compile(r"^([(\[“‘\"']*)([^\W\d_]+)([^\W\d_]*)(.*)$")


def _is_word(part: str, lang: str) -> bool:
    p = part.lower()
    if len(p) == 1:
        return p in ONE_LETTER_WORDS
    if len(p) == 2:
        return zipf(p, lang) >= 4.5
    return zipf(p, lang) >= 2.0


def _known(joined: str, lang: str, vocab) -> bool:
    return zipf(joined, lang) >= 3.0 or (vocab is not None and joined.lower() in vocab.words)


def _belongs_right(text: str, toks: list, j: int, part: str, lang: str, vocab) -> bool:
    """Whether the piece ``part`` (token ``j``) is no word and joins the
    token after it into a word, that token being no word either."""
    if j + 1 >= len(toks) or _is_word(part, lang) or not part.isalpha():
        return False
    (a0, a1), (b0, b1) = toks[j], toks[j + 1]
    if b0 != a1 + 1 or text[a1:b0] != " " or text[a0:a1] != part:
        return False
    m = re.match(r"[^\W\d_]+", text[b0:b1])
    if not m or not m.group().isalpha() or _is_word(m.group(), lang):
        return False
    return _known(part + m.group(), lang, vocab)


@register("spaced_letters", "spacing")
def find_spaced_letters(text: str, ctx: Context) -> list[Edit]:
    """Join letters the extraction spaced apart.

    >>> from coursepack.repair.rules import fix, Vocabulary
    >>> fix("spaced_letters", "Study design and s ubject flow, Screening Q uestionnaire.")
    'Study design and subject flow, Screening Questionnaire.'
    >>> fix("spaced_letters", "a cl ash of arms", vocab=Vocabulary("the clash was loud"))
    'a clash of arms'
    >>> fix("spaced_letters", "the r elationship")
    'the relationship'
    >>> fix("spaced_letters", "in a way, be it so; at all; no cl ash")
    'in a way, be it so; at all; no clash'
    """
    toks = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
    if len(toks) < 2:
        return []
    lang, vocab = ctx.lang, ctx.vocab
    # runs of letters: [start, end) of the letters of each token that is letters only
    edits: list[Edit] = []
    k = 0
    while k < len(toks) - 1:
        a0, a1 = toks[k]
        b0, b1 = toks[k + 1]
        if b0 != a1 + 1 or text[a1] != " ":
            k += 1
            continue
        left = text[a0:a1]
        ml = re.search(r"[^\W\d_]+$", left)
        mr = re.match(r"[^\W\d_]+", text[b0:b1])
        if not ml or not mr or ml.start() > 0 and left[ml.start() - 1] not in "([“‘\"'":
            k += 1
            continue
        rest = text[b0 + mr.end():b1]
        if rest and rest[0].isalnum():
            k += 1
            continue
        lw, rw = ml.group(), mr.group()
        joined = lw + rw
        if _belongs_right(text, toks, k + 1, rw, lang, vocab):
            k += 1           # "the r elationship": the letter goes with the word after it
            continue
        if (len(joined) >= 4 and lw.isalpha() and rw.isalpha() and not (rw[0].isupper() and not lw.isupper())
                and (not _is_word(lw, lang) or not _is_word(rw, lang))
                and _known(joined, lang, vocab) and ctx.free(a1, a1 + 1)):
            edits.append(Edit(a1, a1 + 1, "", f"'{lw} {rw}' → '{joined}': letters spaced apart "
                              "by the extraction"))
            toks[k:k + 2] = [(a0, b1)]       # the joined token may join its next neighbour
            continue
        k += 1
    return edits


_LEFT_HYPHEN_RE = re.compile(r"(?<![\w-])([^\W\d_]{2,})- ([^\W\d_]{2,})")
_LEFT_LIGATURE_RE = re.compile(r"(?<![\w-])([^\W\d_]*(?:ffi|ffl|ff|fi|fl)) ([a-zß-ÿ]{1,3})(?![\w])")


def unsettled_words(blocks) -> list:
    """Words the repairs left as they found them although they look broken,
    for ``check`` (kind ``unsettled_word``): a hyphen with a space after it
    inside a line ("Christian- orthodox": a broken compound, or a dash?),
    a piece ending in a ligature before a short piece ("profi ls").
    ``blocks`` is ``[(where, text), ...]``.

    >>> [d.message for d in unsettled_words([("s1-p2", "the Christian- orthodox faith, pre- and post-war")])]
    ["'Christian- orthodox' in s1-p2: a hyphen with a space after it (a broken word, or a dash?)"]
    """
    out = []
    for where, text in blocks:
        for m in _LEFT_HYPHEN_RE.finditer(text):
            if m.group(2).lower() in SUSPENDED:
                continue
            out.append(Doubt("unsettled_word", f"'{m.group(1)}- {m.group(2)}' in {where}: a hyphen "
                             "with a space after it (a broken word, or a dash?)"))
        for m in _LEFT_LIGATURE_RE.finditer(text):
            if _is_word(m.group(2), "en") or len(m.group(1)) < 3:
                continue
            out.append(Doubt("unsettled_word", f"'{m.group(1)} {m.group(2)}' in {where}: "
                             "a word split after a ligature?"))
    return out
