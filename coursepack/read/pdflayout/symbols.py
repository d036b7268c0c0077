"""Glyphs of symbol and math fonts whose text the PDF does not give.

A symbol font's characters are often extracted as the Latin letters of
their codes: the font has no Unicode map (ToUnicode) and its encoding
(WinAnsi, or glyphs named "C", "backslash") says nothing of the shapes, so
"P < 0.001" is read "P\\0.001" and "≥ 7" is read "C 7".  Two cases:

- the font is Adobe's *Symbol* (by name): its encoding is known, and a
  character extracted as its code (an ASCII character, or the private-use
  U+F020–U+F0FF a Windows symbol font gives) is mapped through it
  ("a" → "α", U+F0B3 → "≥"); others came from the PDF's Unicode map
  ("©") and stay;
- a font whose name marks it as a symbol or pi font (…symb, PSMP, MT Extra,
  Dingbats, CMSY …), which holds no Latin letters: a letter or an unusual
  punctuation mark from it cannot be the true character, and the true one
  cannot be known.  It is *not guessed*: it becomes the private-use
  character U+F000 + its code (the Windows symbol-font convention), which
  ``check`` reports as "symbol font without Unicode mapping" with its page
  and context (``repair.spaced.suspect_words``), for the editor to correct.

Digits, spaces and ``= + - ( ) [ ] . , ; : /`` of such a font are kept: they
are what they look like in every symbol font; so are characters above
U+007F (named by the PDF's own encoding differences or Unicode map).  Math *italic* fonts (CMMI,
Cambria Math) hold real letters and are left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Adobe Symbol encoding, codes 0x20–0x7E, 0xA1–0xEF, 0xF1–0xFE (bracket
#: pieces stay in Adobe's private-use block)
_SYMBOL_LO = (" !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_\uf8e5"
              "αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼")
_SYMBOL_HI = ("ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…\uf8e6\uf8e7↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑"
              "\uf8eb\uf8ec\uf8ed\uf8ee\uf8ef\uf8f0\uf8f1\uf8f2\uf8f3\uf8f4")
_SYMBOL_TOP = "〉∫⌠\uf8f5⌡\uf8f6\uf8f7\uf8f8\uf8f9\uf8fa\uf8fb\uf8fc\uf8fd\uf8fe"
SYMBOL_ENCODING: dict[int, str] = {
    **{0x20 + i: c for i, c in enumerate(_SYMBOL_LO)},
    **{0xA1 + i: c for i, c in enumerate(_SYMBOL_HI)},
    **{0xF1 + i: c for i, c in enumerate(_SYMBOL_TOP)},
}

#: Wingdings codes of the bullets word processors set before list items
#: (Word's bullet library), by the font's published code chart; other
#: Wingdings glyphs stay unknown (private use, reported by ``check``)
WINGDINGS_BULLETS: dict[int, str] = {
    0x6C: "●", 0x6E: "■", 0x6F: "□", 0x71: "❑", 0x75: "◆", 0x76: "❖",
    0x9F: "•", 0xA7: "▪", 0xD8: "➢", 0xFC: "✔",
}

#: a font holding symbols only (no Latin letters): Symbol look-alikes,
#: Math Pi, MT Extra, dingbats, TeX's symbol, extension and AMS fonts
_SYMBOL_ONLY_RE = re.compile(r"symb|psmp|pssym|pssps|math(?:ematical)?[ _-]?pi|mt[ _-]?extra|dingbat|wingding|webding"
                             r"|^(?:cmsy|cmex|msam|msbm|lasy|wasy|stmary)\d*", re.I)
#: characters that are themselves in any symbol font
_NEUTRAL = frozenset("0123456789=+-().,;:/[] \u00a0")
#: where unknown symbol glyphs are put: U+F000 + the code
PRIVATE_BASE = 0xF000


@lru_cache(maxsize=256)
def font_kind(name: str) -> str:
    """``"symbol"`` for Adobe's Symbol font, ``"symbol-only"`` for a font
    whose name marks it as holding symbols only, else ``""``.

    >>> [font_kind(n) for n in ("Symbol", "SymbolMT", "Symbol,Bold", "AdvTir_symb", "AdvPSMP4",
    ...                         "CMSY10", "MTExtra", "ZapfDingbats", "CMMI10", "CambriaMath", "Times-Roman")]
    ['symbol', 'symbol', 'symbol', 'symbol-only', 'symbol-only', 'symbol-only', 'symbol-only', 'symbol-only', '', '', '']
    """
    base = re.split(r"[,-]", name, maxsplit=1)[0].lower()
    if base in ("symbol", "symbolmt", "symbolps"):
        return "symbol"
    return "symbol-only" if _SYMBOL_ONLY_RE.search(name) else ""


def symbol_text(font: str, ch: str) -> str:
    """The text of one glyph ``ch`` (as extracted) of font ``font``: mapped
    through the Symbol encoding, put in the private-use area when its true
    character cannot be known, else unchanged.

    >>> [symbol_text("Symbol", c) for c in ("a", "\\uf0b3", "<", "2", "≥", "©")]
    ['α', '≥', '<', '2', '≥', '©']
    >>> [symbol_text("AdvPSMP4", c) for c in ("\\\\", "C", "=", "7", "≥")]
    ['\\uf05c', '\\uf043', '=', '7', '≥']
    >>> symbol_text("Times-Roman", "C"), symbol_text("CMMI10", "x")
    ('C', 'x')
    >>> [symbol_text("Wingdings-Regular", c) for c in ("\\uf0a7", "l", "\\uf0d8", "\\uf0fc", "J")]
    ['▪', '●', '➢', '✔', '\\uf04a']
    >>> symbol_text("Wingdings2", "l")
    '\\uf06c'
    """
    if len(ch) != 1:
        return ch
    kind = font_kind(font)
    if not kind:
        return ch
    code = ord(ch)
    if re.search(r"wingdings(?![ _-]?[23])", font, re.I):     # (Wingdings 2 and 3 have other charts)
        c = code - PRIVATE_BASE if 0xF020 <= code <= 0xF0FF else code
        if c in WINGDINGS_BULLETS:
            return WINGDINGS_BULLETS[c]
    if kind == "symbol":
        if 0xF020 <= code <= 0xF0FF:
            code -= PRIVATE_BASE      # a Windows symbol font's code
            return SYMBOL_ENCODING.get(code, ch)
        if 0x20 < code < 0x7F and code != 0x60:
            return SYMBOL_ENCODING.get(code, ch)   # the font has no ASCII letters: a code
        return ch          # "©", "≥": given by the PDF's Unicode map
    if ch in _NEUTRAL or code > 0xFF:
        return ch          # a digit or an operator, or a character given by a Unicode map
    if 0x21 <= code <= 0x7E:
        return chr(PRIVATE_BASE + code)
    # a Latin-1 character above 0x7F is named by the PDF itself (a /Differences
    # name or a Unicode map: Springer's "Æ" between authors): left as given
    return ch



_LONE = re.compile(r"(?:(?<=\s)|^)\ufffd(?=\s|$)")
_COPYRIGHT_AFTER = re.compile(r"\s+(?:by\s+)?[A-Z][\w.&-]*(?:[ -][\w.&-]+){0,5}\s+(?:19|20)\d\d\b|\s+(?:19|20)\d\d\b")


def lone_unmapped(text: str) -> tuple[str, int]:
    """A glyph without a Unicode mapping (U+FFFD) standing alone between
    words, where only a separator stands: a middle dot between the names
    of an author list or the items of a key-word list ("syndrome \ufffd
    Pervasive", a line ending "disorders \ufffd"), a copyright sign before
    a publisher and year at a line's start ("\ufffd Springer-Verlag 2009").
    Between digits or before a lower-case word (a lost operator, a lost
    ligature "the \ufffd rst") it stays, for repair or the editor.  Returns
    the text and how many glyphs were settled.

    >>> lone_unmapped("Keywords Asperger syndrome \ufffd Pervasive")
    ('Keywords Asperger syndrome · Pervasive', 1)
    >>> lone_unmapped("developmental disorders \ufffd Autism spectrum disorders \ufffd")
    ('developmental disorders · Autism spectrum disorders ·', 2)
    >>> lone_unmapped("\ufffd Springer-Verlag 2009")
    ('© Springer-Verlag 2009', 1)
    >>> lone_unmapped("M.-L. Mattila (&) \ufffd K. Jussila \ufffd S. Kuusikko")
    ('M.-L. Mattila (&) · K. Jussila · S. Kuusikko', 2)
    >>> lone_unmapped("a 2 \ufffd 3 design; the \ufffd rst; a\ufffd er")
    ('a 2 \ufffd 3 design; the \ufffd rst; a\ufffd er', 0)
    """
    if "\ufffd" not in text:
        return text, 0
    out, n, last = [], 0, 0
    for m in _LONE.finditer(text):
        before, after = text[:m.start()].rstrip(), text[m.end():].lstrip()
        rep = None
        if not before and _COPYRIGHT_AFTER.match(text, m.end()):
            rep = "©"
        elif before and (not after or after[0].isupper()) and not before[-1].isdigit() \
                and (before[-1].isalpha() or before[-1] in ").") :
            rep = "·"
        if rep:
            out.append(text[last:m.start()] + rep)
            last, n = m.end(), n + 1
    out.append(text[last:])
    return "".join(out), n


def unmapped_bullets(lines: list) -> int:
    """Glyphs without a Unicode mapping (U+FFFD) that open two lines or
    more of a page at one left edge, each followed by a space and a word:
    the marks of a list's items (a bitmap font's bullet, as TeX's
    ``itemize`` in a Type 3 font gives it), made "•" so that the items are
    read as a list.  Lines are changed in place (``text``, ``unmapped``);
    returns how many glyphs were settled.

    >>> from types import SimpleNamespace as L
    >>> ls = [L(text="\\ufffd Opening hours", x0=82.0, unmapped=1), L(text="\\ufffd Lending periods", x0=82.3, unmapped=1),
    ...       L(text="\\ufffd 3 design", x0=200.0, unmapped=1)]
    >>> unmapped_bullets(ls), [ln.text for ln in ls]
    (2, ['• Opening hours', '• Lending periods', '\\ufffd 3 design'])
    """
    opening = [ln for ln in lines if re.match(r"\ufffd\s+\w", ln.text)]
    n = 0
    for ln in opening:
        if sum(1 for o in opening if abs(o.x0 - ln.x0) <= 1) >= 2:
            ln.text = "•" + ln.text[1:]
            ln.unmapped = max(0, ln.unmapped - 1)
            n += 1
    return n
