"""A paragraph's opening words set in spaced capitals (a small-caps
lead-in: "O V E R the past 25 years"): the letters are one word, and the
word is the sentence's first, not an acronym ("Over the past 25 years").

Capitals spaced letter by letter at a block's start and followed by a
lower-case word are the typesetter's letter-spacing.  Unspaced ("OVER the
past", when the extraction already closed the gaps) the word must be a very
common word of at least three letters, not in the acronym lexicon, and
written in capitals nowhere else in the document: "WHO has" or "NATO
was" in a text that names the WHO or NATO elsewhere stays.
"""

from __future__ import annotations

import re

from .rules import Context, block_starts, register
from .tracked import Edit
from .smallcaps import lexicon
from ..words import zipf_frequency

_PLAIN = re.compile(r"[ \t]*([^\W\d_a-z]{3,12})(?= [^\W\d_A-Z]{2,} [^\W\d_A-Z])")
_SPACED = re.compile(r"[ \t]*((?:[^\W\d_a-z] ){1,11}[^\W\d_a-z])(?= [^\W\d_A-Z]{2,})")


@register("caps_lead_in", "smallcaps")
def find_caps_lead_in(text: str, ctx: Context) -> list[Edit]:
    """Spaced capitals opening a block made one word in sentence case.

    >>> from coursepack.repair.rules import fix
    >>> fix("caps_lead_in", "O V E R the past 25 years"), fix("caps_lead_in", "I N the spring")
    ('Over the past 25 years', 'In the spring')
    >>> fix("caps_lead_in", "A B C are letters"), fix("caps_lead_in", "the O V E R word")
    ('A B C are letters', 'the O V E R word')
    >>> fix("caps_lead_in", "OVER the past years"), fix("caps_lead_in", "WHO has said so; the WHO")
    ('Over the past years', 'WHO has said so; the WHO')
    >>> fix("caps_lead_in", "NATO was founded"), fix("caps_lead_in", "ABC are letters")
    ('NATO was founded', 'ABC are letters')
    >>> fix("caps_lead_in", "I N D E R Stadt", lang="de"), fix("caps_lead_in", "I N den letzten Jahren", lang="de")
    ('I N D E R Stadt', 'In den letzten Jahren')
    """
    edits = []
    acronyms = None
    for start in block_starts(text):
        m = _SPACED.match(text, start)
        plain = None if m else _PLAIN.match(text, start)
        if not m and not plain:
            continue
        m = m or plain
        word = m.group(1).replace(" ", "")
        if zipf_frequency(word.lower(), ctx.lang[:2] or "en") < (5.0 if plain else 4.5) or not ctx.free(m.start(1), m.end(1)):
            continue
        if plain:
            acronyms = acronyms or {a.form for a in lexicon()}
            if word in acronyms or len(re.findall(rf"(?<![^\W\d_]){word}(?![^\W\d_])", text)) > 1:
                continue
        edits.append(Edit(m.start(1), m.end(1), word[0] + word[1:].lower(),
                          f"'{m.group(1)}' → '{word[0] + word[1:].lower()}': a lead-in set in spaced capitals"))
    return edits
