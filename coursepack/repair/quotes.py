"""Quotation marks a source font maps to the wrong code points.

Some fonts (a word processor's "smart quotes" exported through a font
whose encoding lacks the right glyph names) give the low-9 „ (U+201E) for
every opening double quote and the reversed-9 ‟ (U+201F) for every closing
quote and apostrophe: "„Democracy‟", "students‟ attitudes".  U+201F is
never right as a closing mark in English or German text: a „…‟ pair
becomes the language's double quotes (English “…”, German „…“), and a ‟
left after a letter is an apostrophe (’).
"""

from __future__ import annotations

import re

from .rules import Context, register
from .tracked import Edit

_PAIR = re.compile("\u201e([^\u201e\u201f\u201c\u201d\u2029\n]{1,400}?)\u201f")
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\u201f")


@register("reversed_quote", "quotes")
def find_reversed_quotes(text: str, ctx: Context) -> list[Edit]:
    """„…‟ pairs made the language's double quotes, a ‟ after a letter an
    apostrophe.

    >>> from coursepack.repair.rules import fix
    >>> fix("reversed_quote", "\u201eDemocracy\u201f is used; the students\u201f attitudes, \u201eminimal\u201f and \u201emaximal\u201f.")
    '\u201cDemocracy\u201d is used; the students\u2019 attitudes, \u201cminimal\u201d and \u201cmaximal\u201d.'
    >>> fix("reversed_quote", "die \u201eDemokratie\u201f", lang="de"), fix("reversed_quote", "ein \u201eZitat\u201c")
    ('die \u201eDemokratie\u201c', 'ein \u201eZitat\u201c')
    """
    if "\u201f" not in text:
        return []
    german = ctx.lang.startswith("de")
    edits: list[Edit] = []
    taken: set[int] = set()
    for m in _PAIR.finditer(text):
        a, c = m.start(), m.end() - 1
        if not (ctx.free(a, a + 1) and ctx.free(c, c + 1)):
            continue
        if not german:
            edits.append(Edit(a, a + 1, "\u201c", "a low opening quote („) in English text made “"))
        edits.append(Edit(c, c + 1, "\u201c" if german else "\u201d",
                          "a reversed closing quote (‟, the font's mapping) made " + ("“" if german else "”")))
        taken.add(c)
    for m in _APOSTROPHE.finditer(text):
        if m.start() not in taken and ctx.free(m.start(), m.end()):
            edits.append(Edit(m.start(), m.end(), "\u2019", "a reversed quote (‟) after a letter made an apostrophe"))
    return sorted(edits, key=lambda e: e.start)
