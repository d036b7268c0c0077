"""The article's reference list as separate entries.

The PDF reader cuts the list into entries by its layout (hanging indents,
numbers, gaps); :func:`separate_references` then settles, by the entries'
text, what the layout could not show:

* a line that starts an entry of its own inside a block: the repeated
  author of the previous entry left out (", 1984: Gift …", "——— (1999)"),
  or an author in capitals with the year after the name ("MURAKAMI Thomas,
  1995, …") after a line that ended an entry;
* a note on a contributor set after the list ("MONICA MOOKHERJEE is a
  lecturer at …"): no entry (role ``other``);
* a block that only carries on the entry above (the entry above ended
  without its full stop, on a comma or a word, and this block holds no
  year: "Paris, L'Harmattan.").

Blocks in, blocks out (:class:`coursepack.read.structure.Block`); every
change says why in the block's ``why``.
"""

from __future__ import annotations

import re
from dataclasses import replace

_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?"
#: the previous entry's author repeated by a dash, or left out before the year
_DITTO = re.compile(rf"^(?:,\s*{_YEAR}\b|[—–_-]{{2,}})")
#: "MURAKAMI Thomas, 1995," / "WOMACK James, JONES Daniel, …, 1990,"
_CAPS_AUTHOR = re.compile(rf"^[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+)*\s+[A-ZÀ-Þ][a-zß-ÿ][^,]{{0,30}},"
                          rf"[^.]{{0,120}}?\b{_YEAR}\b")
#: a contributor's note: a full name in capitals, then "is" / "was" …
_BIO = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ.'’\-]*)+\s+(?:is|was|has|teaches|works|received)\b")
_ENDS_ENTRY = re.compile(r"[.!?)\]”\"’']\s*$")
_HAS_YEAR = re.compile(rf"\b{_YEAR}\b|\bn\.\s?d\.|\bo\.\s?J\.")


def starts_entry(text: str) -> bool:
    """A line that begins an entry of its own whatever the layout says.

    >>> starts_entry(", 1984: Gift Exchange and Efficiency-Wage Theory."), starts_entry("——— (1999) Later.")
    (True, True)
    >>> starts_entry("SAINSAULIEU Renaud, 1998, L’identité au travail"), starts_entry("Paris, L'Harmattan.")
    (True, False)
    """
    t = text.strip()
    return bool(_DITTO.match(t) or _CAPS_AUTHOR.match(t))


def carries_on(previous: str, text: str) -> bool:
    """Whether ``text`` (a whole block) only continues the entry ``previous``:
    that entry ended without a closing mark and this block has no year.

    >>> carries_on("VERRET Michel, 1999, Le travail ouvrier, avec Pierre Nugues,", "Paris, L'Harmattan.")
    True
    >>> carries_on("Smith, J. (2001) A Book. London: Sage.", "Paris, L'Harmattan.")
    False
    >>> carries_on("Smith, J. (2001) A Book. London:", "Lee, K. (2003) Another. Oxford: OUP.")
    False

    A word broken at the end of a numbered entry goes on in the next
    column whatever it holds (a year after the journal's name):

    >>> carries_on("13. Moreau M. Reading rooms. Journ-", "al of Library Studies. 2006;29(4):16-295.")
    True
    """
    prev, t = previous.rstrip(), text.strip()
    if not prev or not t or _ENDS_ENTRY.search(prev):
        return False
    if re.search(r"\w[-\u2010\u00ad]$", prev) and t[:1].islower():
        return len(t) < 400
    if _HAS_YEAR.search(t) or re.match(r"^\[?\d{1,3}[\].]\s", t):
        return False
    return len(t) < 200


def separate_references(blocks: list) -> list:
    """``blocks`` with the reference entries split and joined as the
    module doc says; other blocks untouched, the order kept."""
    out: list = []
    last_ref = None
    for b in blocks:
        if b.role != "reference" or not b.lines:
            out.append(b)
            if b.role not in ("furniture", "note", "cover"):
                last_ref = None
            continue
        text = " ".join(ln.text for ln in b.lines)
        if last_ref is not None and carries_on(" ".join(ln.text for ln in last_ref.lines), text) \
                and not starts_entry(b.lines[0].text):
            last_ref.lines.extend(b.lines)
            last_ref.why += "; carries on below (no full stop above, no year here)"
            continue
        parts = [[b.lines[0]]]
        bio: list = []
        for prev, ln in zip(b.lines, b.lines[1:]):
            ended = _ENDS_ENTRY.search(prev.text.rstrip())
            if bio or ended and _BIO.match(ln.text.strip()):
                bio.append(ln)
            elif starts_entry(ln.text) and ended:
                parts.append([ln])
            else:
                parts[-1].append(ln)
        if bio:
            out.extend(separate_references([replace(b, lines=[ln for p in parts for ln in p])]))
            out.append(replace(b, role="other", lines=bio, id=f"{b.id}-bio" if b.id else "",
                               why="a note on a contributor after the reference list"))
            last_ref = None
            continue
        for k, lines in enumerate(parts):
            nb = b if k == 0 else replace(b, lines=lines, id=f"{b.id}-{k + 1}" if b.id else "",
                                          why="an entry of its own (its author repeated or in capitals)")
            if k == 0:
                b.lines = lines
            out.append(nb)
            last_ref = nb
    return out
