"""Hyphenation follows the language tag: plain ``en`` is hyphenated with the
American patterns (pyphen's ``en`` is the British file, which breaks
"res-ults", "Presid-ent", "evid-ence"); ``en-GB`` keeps the British ones.
Laid out by WeasyPrint in a narrow column, the breaks read back from the
page."""

from __future__ import annotations

import re

import pyphen
from weasyprint import HTML

from coursepack.weasyfixes import mend

WORDS = ("results president evidence despite visions younger grandfathers journalists "
         "contracted optimal viability intensifying article positions bibliography behaviour "
         "central beyond standard knowledge process representation ") * 2


def breaks(lang: str) -> list[tuple[str, str]]:
    mend()
    html = (f'<html lang="{lang}"><body style="margin:0"><p style="width: 21mm; hyphens: auto; '
            f'font: 10pt serif; text-align: justify">{WORDS}</p></body></html>')
    pages = HTML(string=html).render().pages
    lines = []
    for page in pages:
        def walk(box):
            if type(box).__name__ == "LineBox":
                lines.append("".join(getattr(c, "text", "") for c in box.descendants()
                                     if type(c).__name__ == "TextBox"))
            for c in getattr(box, "children", []) or []:
                walk(c)
        walk(page._page_box)
    out = []
    for a, b in zip(lines, lines[1:]):
        m = re.search(r"(\w+)\u2010$", a.rstrip())
        if m:
            out.append((m.group(1), re.match(r"\w+", b.strip()).group(0)))
    return out


def allowed(patterns: str, first: str, rest: str) -> bool:
    return len(first) in pyphen.Pyphen(lang=patterns).positions((first + rest).lower())


def test_plain_english_is_broken_by_the_american_patterns():
    found = breaks("en")
    assert len(found) >= 10
    assert all(allowed("en_US", a, b) for a, b in found), found
    assert not any(a.lower() in ("res", "presid", "evid", "des", "vis", "young") for a, _ in found)


def test_british_english_keeps_the_british_patterns():
    found = breaks("en-GB")
    assert all(allowed("en_GB", a, b) for a, b in found), found
    assert any(not allowed("en_US", a, b) for a, b in found), found
