"""List items' markers: what a line of a list opens with.  A module of
its own, without the PDF library: repair takes an item's marker off its
text with it."""

from __future__ import annotations

import re

#: a list item's marker at the start of a line, and the space after it: a
#: bullet or dash, a letter, Roman or Arabic number in parentheses or before
#: a closing one ("a)", "(iv)", "3)", "(B)"), an Arabic number, a letter or
#: a Roman number with a full stop ("3.", "b.", "iv.", "IV.", "C.")
ITEM_MARK = re.compile(r"^(?:[•▪◦●■‣·∙○□➢►▸\-–—]|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|\((?:[A-Z]|[IVX]{1,5})\)"
                       r"|\d{1,2}\.|[a-z]\.|[ivx]{2,4}\.|[IVX]{1,5}\.|[A-Z]\.)(?=\s+\S)")

#: markers that may as well open a sentence (an initial, "A. Smith"): an
#: item only where the list's layout says so
CAPITAL_MARK = re.compile(r"^[A-Z]\.$")


def item_marker(text: str) -> str | None:
    """The list marker ``text`` opens with, or None.

    >>> item_marker("a) Economic accounts"), item_marker("- Data on staff"), item_marker("(iv) Rates")
    ('a)', '-', '(iv)')
    >>> item_marker("III. Processing the raw index"), item_marker("iv. Writing"), item_marker("B. Counting")
    ('III.', 'iv.', 'B.')
    >>> item_marker("2013). And"), item_marker("-based"), item_marker("1990 was the first year") is None
    (None, None, True)
    """
    m = ITEM_MARK.match(text.strip())
    return m.group() if m else None


def marker_value(marker: str) -> tuple[str, int] | None:
    """A numbered marker's kind and number, for telling an item's place in
    its list: Arabic numbers, letters and Roman numbers, each with its
    punctuation ("3." -> ("1.", 3), "(b)" -> ("(a)", 2), "IV." -> ("I.", 4));
    None for a bullet or dash.  A single "i", "v" or "x" (or capital) is
    read both ways by the caller (see :func:`follows`).

    >>> marker_value("3."), marker_value("(b)"), marker_value("IV."), marker_value("•")
    (('1.', 3), ('(a)', 2), ('I.', 4), None)
    """
    core = marker.strip("().")
    if not core:
        return None
    shape = marker.replace(core, "{}")
    if core.isdigit():
        return shape.format("1"), int(core)
    if len(core) > 1 or core in "ivxIVX":
        r = _roman(core)
        if r:
            return shape.format("i" if core.islower() else "I"), r
    if len(core) == 1 and core.isalpha():
        return shape.format("a" if core.islower() else "A"), ord(core.lower()) - 96
    return None


def follows(before: str, after: str) -> bool:
    """``after`` is the marker next after ``before`` in one list ("2." after
    "1.", "(c)" after "(b)", "IV." after "III.", "i)" after "h)"
    as a letter, "ii)" after "i)" as a Roman number).

    >>> follows("1.", "2."), follows("(b)", "(c)"), follows("III.", "IV."), follows("h)", "i)"), follows("i)", "ii)")
    (True, True, True, True, True)
    >>> follows("1.", "3."), follows("a)", "b."), follows("-", "-")
    (False, False, False)
    """
    a, b = marker_value(before), marker_value(after)
    if a is None or b is None:
        return False
    if a[0] == b[0] and b[1] == a[1] + 1:
        return True
    # a single i, v or x read as a letter
    ca, cb = before.strip("()."), after.strip("().")
    if len(ca) == 1 and len(cb) == 1 and ca.isalpha() and cb.isalpha() and ca.islower() == cb.islower():
        return before.replace(ca, "x") == after.replace(cb, "x") and ord(cb.lower()) == ord(ca.lower()) + 1
    return False


def _roman(s: str) -> int:
    vals = {"i": 1, "v": 5, "x": 10}
    s = s.lower()
    if not s or any(c not in vals for c in s) or not re.fullmatch(r"x{0,3}(ix|iv|v?i{0,3})", s):
        return 0
    total = 0
    for k, c in enumerate(s):
        v = vals[c]
        total += -v if k + 1 < len(s) and vals[s[k + 1]] > v else v
    return total
