"""List items' markers: what a line of a list opens with.  A module of
its own, without the PDF library: repair takes an item's marker off its
text with it."""

from __future__ import annotations

import re

#: a list item's marker at the start of a line, and the space after it: a
#: bullet or dash, a letter, Roman or Arabic number in parentheses or before
#: a closing one ("a)", "(iv)", "3)"), an Arabic number or a lower-case
#: letter with a full stop ("3.", "b.")
ITEM_MARK = re.compile(r"^(?:[•▪◦●■‣·∙○□➢►▸\-–—]|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|\d{1,2}\.|[a-z]\.)(?=\s+\S)")


def item_marker(text: str) -> str | None:
    """The list marker ``text`` opens with, or None.

    >>> item_marker("a) Economic accounts"), item_marker("- Data on staff"), item_marker("(iv) Rates")
    ('a)', '-', '(iv)')
    >>> item_marker("2013). And"), item_marker("-based"), item_marker("A. Smith argued") is None
    (None, None, True)
    """
    m = ITEM_MARK.match(text.strip())
    return m.group() if m else None
