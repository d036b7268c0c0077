"""An edition's number set on the line in a note: "München 19762" for
"München 1976²".  Converting a PDF or a word-processor file flattens a
raised edition number into the text, where it runs on the year of the
place-and-year of a citation; the five digits read as no year at all.

The rule runs on the notes only (a citation's place and year stand there),
not in the pipeline every block goes through; the edit is noted in the
editorial note, not silent.
"""
from __future__ import annotations

import re

from .rules import Context, register
from .tracked import Edit

_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# a place (a capitalised word of three letters or more, "Frankfurt/M." too),
# then a year with one more digit (2 to 9) before a full stop, comma,
# semicolon, colon or bracket
_EDITION_RE = re.compile(
    r"(?<![\w.])([A-ZÄÖÜ][a-zäöüß]{2,}(?:/[A-ZÄÖÜ][\w.]*)?\.?,?[ \u00a0])"
    r"(1[5-9]\d\d|20[0-3]\d)([2-9])(?=[.,;:)\]](?:\s|$)|\s*$)")


@register("edition_number", "edition")
def find_edition_numbers(text: str, ctx: Context) -> list[Edit]:
    """The digit after a citation's year that is the edition's number,
    raised (the notes only, see the module doc).

    >>> from coursepack.repair.rules import fix
    >>> fix("edition_number", "Forsthoff, Rechtsstaat im Wandel, München 19762. Die Anfang")
    'Forsthoff, Rechtsstaat im Wandel, München 1976². Die Anfang'
    >>> fix("edition_number", "Berlin 1985; Bonn 10117 Berlin; S. 19762; in 19762.")
    'Berlin 1985; Bonn 10117 Berlin; S. 19762; in 19762.'
    """
    if not any(ch.isdigit() for ch in text):
        return []
    # the edit spans the year too, so the change it records ("19762" →
    # "1976²") is found where it was made when the words are accounted for
    # (a bare "2" → "²" was matched against the first "2" of the notes)
    return [Edit(m.start(2), m.end(3), m.group(2) + m.group(3).translate(_SUP),
                 "an edition's number set on the line after the year (raised: "
                 f"{m.group(2)}{m.group(3).translate(_SUP)})", silent=False)
            for m in _EDITION_RE.finditer(text) if ctx.free(m.start(2), m.end(3))]
