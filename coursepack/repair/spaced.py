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
from ..words import zipf
from ..read.structure import Doubt
from .hyphenation import PREFIXES, SUSPENDED

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
    >>> fix("spaced_letters", "a c l a s h of arms, J. R. R. Tolkien, a b c")
    'a clash of arms, J. R. R. Tolkien, a b c'
    >>> fix("spaced_letters", "if any worker wasn't able to, 's ubject")
    "if any worker wasn't able to, 'subject"
    """
    toks = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
    if len(toks) < 2:
        return []
    lang, vocab = ctx.lang, ctx.vocab
    edits: list[Edit] = _letter_runs(text, ctx)
    if edits:
        done = {e.start for e in edits}
        toks = _merge_tokens(toks, done)
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
        if not ml or not mr or ml.start() > 0 and (left[ml.start() - 1] not in "([“‘\"'" or
                                                    ml.start() > 1 and left[ml.start() - 2].isalpha()):
            k += 1           # (a letter after an apostrophe inside a word: "wasn't able" is no "table")
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


_LETTER_RUN_RE = re.compile(r"(?<![\w.-])[^\W\d_](?: [^\W\d_]){2,}(?![\w.-])")


def _letter_runs(text: str, ctx: Context) -> list[Edit]:
    """Runs of single letters spaced apart ("c l a s h", set with letter
    spacing): the longest stretch of four letters or more that joins into a
    known word is joined, when the letters left over around it are words of
    one letter ("a c l a s h" → "a clash")."""
    edits = []
    for m in _LETTER_RUN_RE.finditer(text):
        letters = m.group().split()
        best = None
        for i in range(len(letters)):
            if i and letters[i - 1].lower() not in ONE_LETTER_WORDS:
                break       # a letter left before the stretch must be a word of its own
            for j in range(len(letters), i + 3, -1):
                if j < len(letters) and letters[j].lower() not in ONE_LETTER_WORDS:
                    continue
                if all(x.lower() in ONE_LETTER_WORDS for x in letters[j:]) and \
                        _known("".join(letters[i:j]), ctx.lang, ctx.vocab):
                    if best is None or j - i > best[1] - best[0]:
                        best = (i, j)
                    break
        if best is None:
            continue
        i, j = best
        start = m.start() + 2 * i
        word = "".join(letters[i:j])
        if not ctx.free(start, start + 2 * (j - i) - 1):
            continue
        for k in range(i, j - 1):
            at = m.start() + 2 * k + 1
            edits.append(Edit(at, at + 1, "", f"'{' '.join(letters[i:j])}' → '{word}': letters "
                              "spaced apart (letter-spaced type)"))
    return edits


def _merge_tokens(toks: list, joined: set) -> list:
    """Tokens with the spaces at ``joined`` removed (one token across them)."""
    out = [toks[0]]
    for a, b in toks[1:]:
        if out[-1][1] in joined:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


_LEFT_HYPHEN_RE = re.compile(r"(?<![\w-])([^\W\d_]{2,})- ([^\W\d_]{2,})")
_LEFT_LIGATURE_RE = re.compile(r"(?<![\w-])([^\W\d_]*(?:ffi|ffl|ff|fi|fl)) ([a-zß-ÿ]{1,3})(?![\w])")
# three or more pieces of one to three letters in a row ("c l a s h",
# "Asyl po li tik"): a word whose letters or syllables the extraction spaced
_PIECES_RE = re.compile(r"(?<![\w.-])[^\W\d_]{1,3}(?: [^\W\d_]{1,3}){2,}(?![\w.-])")
# a glyph without a Unicode mapping: U+FFFD, private use, noncharacters, C0/C1 controls
_UNMAPPED_RE = re.compile("[\ufffd\ue000-\uf8ff\ufff0-\ufffc\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LOST_RE = re.compile(r"^lost ligature restored as '([^']*)' \('([^']+)'")
_KEPT_BOTH_RE = re.compile(r"^hyphen kept: both parts are words \('([^']+)', '([^']+)'\)")
SUSPECT_KINDS = {"hyphen_space": "a hyphen with a space after it (a broken word, or a dash?)",
                 "ligature_space": "a space after a ligature (fi, fl, ff) inside a word?",
                 "spaced_letters": "letters or syllables spaced apart",
                 "unmapped_glyph": "a glyph without a Unicode mapping",
                 "symbol_glyph": "symbol font without Unicode mapping",
                 "kept_hyphen": "a line-end hyphen kept after a prefix; written solid, it is a word too"}


# a symbol font's glyph whose character is not known, put at U+F000 + its
# code by the PDF reader (``read.pdflayout.symbols``)
_SYMBOL_CODE_RE = re.compile("[\uf020-\uf0ff]")


def _show_symbols(text: str) -> str:
    """``text`` with each unknown symbol glyph shown by its font code.

    >>> _show_symbols("P\uf05c0.001")
    'P[symbol 0x5C]0.001'
    """
    return _SYMBOL_CODE_RE.sub(lambda m: f"[symbol 0x{ord(m.group()) - 0xF000:02X}]", text)


def _add_glyph(add, kind: str, found: list, where: str, page: int, text: str) -> None:
    """One suspect for the glyphs ``found`` (matches) without a Unicode
    mapping in one block: the word of the first, how many there are, and for
    a symbol font's glyphs the codes and the letters they were read as."""
    m = found[0]
    a = m.start()
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = text.find(" ", m.end())
    b = len(text) if b < 0 else b
    more = f", {len(found)} in this block" if len(found) > 1 else ""
    if kind == "symbol_glyph":
        codes = sorted({ord(g.group()) - 0xF000 for g in found})
        # in corrections.yaml the glyph is written find: "\uF0XX" (a YAML escape)
        read = ", ".join(f"0x{c:02X} read as {chr(c)!r}, find \"\\uF0{c:02X}\"" for c in codes[:6])
        add(kind, _show_symbols(text[a:b]), where, page, text, a, b, f"; {read}{more}")
    else:
        add(kind, f"{text[a:b]} (U+{ord(m.group()):04X}{more})", where, page, text, a, b)


def _context(text: str, start: int, end: int, width: int = 30) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    return ("…" if a else "") + " ".join(_show_symbols(text[a:b]).split()) + ("…" if b < len(text) else "")


def _common(part: str, lang: str) -> bool:
    """A piece that is plainly a word of its own: a one-letter word, a
    two-letter word as common as "of", a longer one as common as "tax"."""
    p = part.lower()
    if len(p) == 1:
        return p in ONE_LETTER_WORDS
    return max(zipf(p, lang), zipf(p, "en")) >= (4.5 if len(p) == 2 else 3.5)


def _spaced_run(run: str, lang: str) -> bool:
    """Whether a run of short pieces is a word spaced apart rather than
    short words (initials, "a b c" lists, "to be or"): most pieces are no
    word on their own."""
    parts = run.split()
    if all(len(x) == 1 for x in parts) and all(x.isupper() for x in parts):
        return False      # initials or a list of capitals ("A B C")
    if any(len(x) > 1 and x.isupper() for x in parts):
        return False      # abbreviations ("PPV or NPV")
    return sum(not _common(x, lang) for x in parts) * 2 > len(parts)


def suspect_words(items, changes=(), lang: str = "en", page_of=None) -> list:
    """Words left in the text that still look broken, for ``check`` (kind
    ``suspect_word``, one :class:`~coursepack.read.structure.Doubt` each,
    its message ``'WORD' (what): …context…``): a hyphen with a space after
    it inside a line ("Christian- orthodox"), a short piece after a
    ligature ("profi l"), pieces spaced apart ("c l a s h"), a glyph
    without a Unicode mapping (U+FFFD, private use), and line-end hyphens
    kept after a prefix whose joined form is a word too ("inter-penetrate",
    :data:`.hyphenation.PREFIXES`: ``changes`` are the repair's records, ``page_of``
    maps their source lines to pages).  ``items`` is
    ``[(where, page, text), ...]``; suspended compounds ("pre- and
    post-war") are not suspects.

    >>> [d.message for d in suspect_words([("s1-p2", 3, "the Christian- orthodox faith, pre- and post-war")])]
    ["'Christian- orthodox' (a hyphen with a space after it (a broken word, or a dash?)) in s1-p2: the Christian- orthodox faith, pre- and post-war"]
    >>> [d.message.split(" (")[0] for d in suspect_words([("n1", 1, "a c l a s h of arms, J. R. R. Tolkien, Asyl po li tik, A B C, to be or not")])]
    ["'c l a s h'", "'po li tik'"]
    """
    out = []

    def add(kind, word, where, page, text, start, end, detail=""):
        out.append(Doubt("suspect_word", f"'{word}' ({SUSPECT_KINDS[kind]}{detail}) in {where}: "
                         f"{_context(text, start, end)}", page))

    for where, page, text in items:
        for m in _LEFT_HYPHEN_RE.finditer(text):
            if m.group(2).lower() not in SUSPENDED:
                add("hyphen_space", f"{m.group(1)}- {m.group(2)}", where, page, text, *m.span())
        for m in _LEFT_LIGATURE_RE.finditer(text):
            if not _is_word(m.group(2), lang) and len(m.group(1)) >= 3 and not _is_word(m.group(1), lang):
                add("ligature_space", f"{m.group(1)} {m.group(2)}", where, page, text, *m.span())
        for m in _PIECES_RE.finditer(text):
            parts = m.group().split()
            while parts and _common(parts[0], lang):
                parts.pop(0)       # "a c l a s h of arms": the words around the run are words
            while parts and _common(parts[-1], lang):
                parts.pop()
            if len(parts) >= 3 and _spaced_run(" ".join(parts), lang):
                add("spaced_letters", " ".join(parts), where, page, text, *m.span())
        glyphs = list(_UNMAPPED_RE.finditer(text))
        symbols = [m for m in glyphs if _SYMBOL_CODE_RE.match(m.group())]
        glyphs = [m for m in glyphs if not _SYMBOL_CODE_RE.match(m.group())]
        for group, kind in ((glyphs, "unmapped_glyph"), (symbols, "symbol_glyph")):
            if group:       # one entry a block: the first, with how many there are
                _add_glyph(add, kind, group, where, page, text)
    for c in changes:
        w = getattr(c, "where", None)
        lost = _LOST_RE.match(getattr(c, "why", "") or "")
        if lost:      # a lost ligature guessed from word frequencies: shown for a look
            out.append(Doubt("suspect_word", f"'{lost.group(2)}' ({SUSPECT_KINDS['unmapped_glyph']}; "
                             f"read as '{lost.group(1)}' from word frequencies) in "
                             f"{getattr(w, 'block', '') or '?'}: check it",
                             (page_of or {}).get(getattr(w, "line", 0), 0)))
            continue
        m = _KEPT_BOTH_RE.match(getattr(c, "why", "") or "")
        if (m and c.after == "-" and m.group(1).lower() in PREFIXES
                and zipf(m.group(1) + m.group(2), lang) >= 1.0
                and any(f"{m.group(1)}-{m.group(2)}" in t for _, _, t in items)):   # not corrected since
            w = getattr(c, "where", None)
            out.append(Doubt("suspect_word", f"'{m.group(1)}-{m.group(2)}' ({SUSPECT_KINDS['kept_hyphen']}) "
                             f"in {getattr(w, 'block', '') or '?'}: or '{m.group(1)}{m.group(2)}'?",
                             (page_of or {}).get(getattr(w, "line", 0), 0)))
    return out
