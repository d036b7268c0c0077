"""Spacing and characters.

Non-breaking spaces: the typesetter tied every short word to the next one;
in the reflowed edition a tie is kept only where it means something
typographically — after a one-letter word (Polish habit: "w\\u00a0Moskwie",
"a\\u00a0security"), between a number and the word it counts, and before a
single capital letter ("Iskander\\u00a0M") or a dash.  Other ties become
plain spaces.  Thin spaces (U+2009) between initials become narrow no-break spaces
(U+202F): initials and name stay on one line.  Runs of
spaces collapse to one (a non-breaking one if the run held a kept tie).
"""

from __future__ import annotations

import re

from .rules import Context, register
from .tracked import Edit

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
NBSP = "\u00a0"
THIN = "\u2009"
NNBSP = "\u202f"    # narrow no-break space


def keep_tie(before: str, after: str) -> bool:
    """Whether a non-breaking space between ``before`` and ``after`` (the
    neighbouring words) is typographically meant.

    >>> keep_tie("a", "security"), keep_tie("94", "per"), keep_tie("enclave", "–"), keep_tie("the", "region")
    (True, True, True, False)
    >>> keep_tie("Iskander", "M"), keep_tie("by", "a")
    (True, False)
    """
    if len(before) == 1 and before.isalpha():
        return True
    if before.isdigit() and after[:1].isalpha():
        return True
    if after[:1] in ("–", "—") or (len(after.rstrip(".,;:")) == 1 and after[:1].isupper()):
        return True
    return False


_SPACES = " \u00a0"


def _spaces_before(text: str, k: int) -> int:
    """Where the run of spaces (plain or non-breaking) ending at ``k`` begins.

    >>> _spaces_before("a \u00a0 b", 4), _spaces_after("a \u00a0 b", 1)
    (1, 4)
    """
    while k > 0 and text[k - 1] in _SPACES:
        k -= 1
    return k


def _spaces_after(text: str, k: int) -> int:
    """Where the run of spaces beginning at ``k`` ends."""
    n = len(text)
    while k < n and text[k] in _SPACES:
        k += 1
    return k


def _runs_around(text: str, *needles: str) -> list[tuple[int, int]]:
    """The maximal runs of spaces (plain or non-breaking) that contain one
    of ``needles`` (strings of such spaces), in order: what
    ``re.finditer`` finds for a pattern like ``[ \u00a0]*\u00a0[ \u00a0]*``,
    found with ``str.find`` (a regular expression that starts with a class of
    characters tries every position of the text).

    >>> t = "a\u00a0b  c \u00a0 d"
    >>> _runs_around(t, "\u00a0"), _runs_around(t, "  ", " \u00a0", "\u00a0 ", "\u00a0\u00a0")
    ([(1, 2), (6, 9)], [(3, 5), (6, 9)])
    """
    hits: list[int] = []
    for needle in needles:
        k = text.find(needle)
        while k >= 0:
            hits.append(k)
            k = text.find(needle, k + 1)
    if len(needles) > 1:
        hits.sort()
    out: list[tuple[int, int]] = []
    last = -1
    for k in hits:
        if k < last:
            continue
        a = _spaces_before(text, k)
        b = _spaces_after(text, k + 1)
        out.append((a, b))
        last = b
    return out


@register("nbsp", "spacing")
def find_ties(text: str, ctx: Context) -> list[Edit]:
    """Keep meaningful non-breaking spaces, make the others plain spaces
    (each one on its own; the runs of spaces they stand in are collapsed by
    the ``spaces`` rule).

    >>> from coursepack.repair.rules import fix
    >>> fix("nbsp", "in\u00a0the\u00a0 region, a\u00a0 security, 94\u00a0per cent") == "in the  region, a\u00a0 security, 94\u00a0per cent"
    True
    """
    edits: list[Edit] = []
    if NBSP not in text:
        return edits
    k = text.find(NBSP)
    while k >= 0:
        a = _spaces_before(text, k)
        b = _spaces_after(text, k + 1)
        seg = text[max(0, a - 40):a]
        before = seg.rsplit(None, 1)[-1] if seg and not seg[-1].isspace() else ""
        seg = text[b:b + 40]
        after = seg.split(None, 1)[0] if seg and not seg[0].isspace() else ""
        if not keep_tie(before, after):
            edits.append(Edit(k, k + 1, " ",
                              "typesetter's non-breaking space after a short word made a plain space"))
        k = text.find(NBSP, k + 1)
    return edits


def _block_edges(text: str) -> list[tuple[int, int]]:
    """Runs of spaces just before ``\\n\\u2029`` or just after
    ``\\u2029\\n`` (block separators), in order (what
    ``[ \\u00a0]+(?=\\n\\u2029)|(?<=\\u2029\\n)[ \\u00a0]+`` finds).

    >>> _block_edges("ab  \\n\\u2029\\n cd\\n\\u2029\\n\\u00a0\\n\\u2029\\nx")
    [(2, 4), (7, 8), (13, 14)]
    """
    spans = set()
    n = len(text)
    k = text.find("\u2029")
    while k >= 0:
        if k > 0 and text[k - 1] == "\n":
            b = k - 1
            a = _spaces_before(text, b)
            if a < b:
                spans.add((a, b))
        if k + 1 < n and text[k + 1] == "\n":
            a = k + 2
            b = _spaces_after(text, a)
            if a < b:
                spans.add((a, b))
        k = text.find("\u2029", k + 1)
    return sorted(spans)


@register("spaces", "spacing")
def find_space_runs(text: str, ctx: Context) -> list[Edit]:
    """Collapse runs of spaces; remove spaces at the ends.

    >>> from coursepack.repair.rules import fix
    >>> fix("spaces", "  to  analyse  it ")
    'to analyse it'
    """
    edits = []
    lead = len(text) - len(text.lstrip(" \u00a0"))
    if lead:
        edits.append(Edit(0, lead, "", "space at the start removed", record=False))
    trail = len(text.rstrip(" \u00a0"))
    if trail < len(text) and trail >= lead:
        edits.append(Edit(trail, len(text), "", "space at the end removed", record=False))
    if "\u2029" in text:
        for a, b in _block_edges(text):
            edits.append(Edit(a, b, "", "space at a block edge removed", True, False))   # not recorded
    for a, b in _runs_around(text, "  ", " " + NBSP, NBSP + " ", NBSP + NBSP):
        if a < lead or b > trail or text[b:b + 2] == "\n\u2029" \
                or text[max(0, a - 2):a] == "\u2029\n":
            continue
        rep = NBSP if text.find(NBSP, a, b) >= 0 else " "
        edits.append(Edit(a, b, rep, "doubled space collapsed"))
    return edits


_SPACE_PUNCT_RE = re.compile(rf"[ \u00a0]+(?:(?=[,;:!?](?![\w/])|\.(?![\w.]))|([{SUPERSCRIPTS}]))")
_COMMA_RE = re.compile(r",(?=[^\W\d_⁰¹²³⁴⁵⁶⁷⁸⁹])")   # a note marker may follow a comma
_AFTER_SPACE_RE = re.compile(f"[,;:!?.{SUPERSCRIPTS}](?<=[ \u00a0][,;:!?.{SUPERSCRIPTS}])")


def _spaces_before_punctuation(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, marker)`` of each run of spaces before a punctuation
    mark (not one inside a word, URL or ellipsis) or before a note marker
    (included in the span): what ``_SPACE_PUNCT_RE.finditer`` finds, searched
    from the marks.

    >>> _spaces_before_punctuation("a , b ,c  ²³ d .. e ?")
    [(1, 2, ''), (8, 11, '²'), (19, 20, '')]
    """
    out = []
    n = len(text)
    for m in _AFTER_SPACE_RE.finditer(text):
        k = m.start()
        c = text[k]
        nxt = text[k + 1] if k + 1 < n else ""
        if c in SUPERSCRIPTS:
            end, marker = k + 1, c
        elif c == ".":
            if nxt and (nxt.isalnum() or nxt in "_."):
                continue
            end, marker = k, ""
        else:
            if nxt and (nxt.isalnum() or nxt in "_/"):
                continue
            end, marker = k, ""
        a = _spaces_before(text, k)
        out.append((a, end, marker))
    return out
_INITIAL_RE = re.compile(r"\.(?<=[A-Z]\.)(?=[A-Z][a-z])")   # the full stop of an initial
#: the typesetter's thin space after an initial, before the next initial or
#: the name ("N.\u2009V.\u2009Pashinyana"): in the reflowed text a narrow
#: no-break space, so that a line never breaks between initials and name (a
#: thin space is a break opportunity; at a footnote's line end WeasyPrint
#: then broke the note after its number)
_THIN_AFTER_INITIAL_RE = re.compile(r"(?<=\b[A-Z]\.)\u2009(?=[A-Z])")


_SUP_FULL_STOPS_RE = re.compile(f"\\.[{SUPERSCRIPTS}]+\\.")
_FULL_STOP_PAIR_RE = re.compile(f"\\.(?=([{SUPERSCRIPTS}]*)\\.(?!\\.))")


def _doubled_full_stops(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, markers)`` of each ``.``, markers, ``.`` pair (not part
    of an ellipsis) with the spaces before it, as
    ``(?<![.\\s])[ \\u00a0]*\\.([⁰-⁹]*)\\.(?!\\.)`` finds them (leftmost,
    not overlapping), searched from the full stops.

    >>> _doubled_full_stops("in 2020.. the goals ²⁴. and . . so... x.³.")
    [(7, 9, ''), (39, 42, '³')]
    """
    out: list[tuple[int, int, str]] = []
    last = 0
    for m in _FULL_STOP_PAIR_RE.finditer(text):
        p = m.start()
        a = _spaces_before(text, p)
        if a < last or (a > 0 and (text[a - 1] == "." or text[a - 1].isspace())):
            continue
        end = m.end(1) + 1
        out.append((a, end, m.group(1)))
        last = end
    return out


@register("punctuation_space", "spacing")
def find_punctuation_spacing(text: str, ctx: Context) -> list[Edit]:
    """Space before punctuation or a note marker removed; missing space after
    a comma or an initial added; doubled full stops made single.

    >>> from coursepack.repair.rules import fix
    >>> fix("punctuation_space", "De Waal : Black, Mid.ru , in 2020.. the goals ²⁴. Karabakhe,ria, K.Truevtsev, U.S. and 1,000")
    'De Waal: Black, Mid.ru, in 2020. the goals²⁴. Karabakhe, ria, K.\\u202fTruevtsev, U.S. and 1,000'
    >>> fix("punctuation_space", "N.\u2009V.\u2009Pashinyana, 5\u2009km") == "N.\u202fV.\u202fPashinyana, 5\u2009km"
    True
    >>> fix("punctuation_space", "the ports,³ and")
    'the ports,³ and'
    """
    edits = []
    for start, end, marker in _spaces_before_punctuation(text):
        prev = text[start - 1] if start else ""
        if not prev:
            continue
        if marker:       # before a note marker
            if (prev.isalnum() and prev not in SUPERSCRIPTS) or prev in "”’\").":
                edits.append(Edit(start, end - 1, "", "space before a note marker"))
        elif prev.isalnum() or prev in "_”’\")].":
            edits.append(Edit(start, end, "", "space before punctuation"))
    for m in _COMMA_RE.finditer(text):
        if m.start() and text[m.start() - 1].isalpha():
            edits.append(Edit(m.end(), m.end(), " ", "missing space after a comma"))
    for m in _INITIAL_RE.finditer(text):
        start = m.start() - 1       # the initial's letter
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "."):
            edits.append(Edit(m.end(), m.end(), NNBSP, "missing (thin) space after an initial"))
    if THIN in text:
        for m in _THIN_AFTER_INITIAL_RE.finditer(text):
            edits.append(Edit(m.start(), m.end(), NNBSP, "thin space after an initial made unbreakable"))
    if "<" in text:
        for m in re.finditer(r"(?<=[:;,])<(?=https?://|www\.)", text):
            edits.append(Edit(m.start(), m.start(), " ", "missing space before a URL"))
    if ".." in text or _SUP_FULL_STOPS_RE.search(text):
        for a, b, sups in _doubled_full_stops(text):
            edits.append(Edit(a, b, sups + ".", "doubled full stop"))
    return edits


#: a slash between two words with a space on one side only ("Grundmann/
#: Irene", "Child /adolescent"): the typesetter's narrow spaces around the
#: slash (or a line end after it), one read as a word space, the other not
_SLASH_ONE_SPACE_RE = re.compile(r"(?<=[^\W\d_]|\.)(?: /|/ )(?=[^\W\d_])")


@register("slash_space", "spacing")
def find_slash_spacing(text: str, ctx: Context) -> list[Edit]:
    """A space on one side only of a slash between words is taken out (a
    slash spaced on both sides, a URL's, or one between numbers stays).

    >>> from coursepack.repair.rules import fix
    >>> fix("slash_space", "Vgl. Grundmann/ Irene Müller/ Ines Schmidt; ders./ Rainer; SBZ /DDR")
    'Vgl. Grundmann/Irene Müller/Ines Schmidt; ders./Rainer; SBZ/DDR'
    >>> fix("slash_space", "and / or, 1945/ 49, Halle/Saale, a / b, at https://x.org/ see")
    'and / or, 1945/ 49, Halle/Saale, a / b, at https://x.org/ see'
    """
    if "/" not in text:
        return []
    edits = []
    for m in _SLASH_ONE_SPACE_RE.finditer(text):
        a = m.start() if m.group().startswith(" ") else m.start() + 1
        word = text[max(0, m.start() - 200):m.start()].rsplit(None, 1)[-1:]
        if word and ("://" in word[0] or word[0].startswith("www.")):
            continue      # a URL's slash
        edits.append(Edit(a, a + 1, "", "space on one side of a slash taken out"))
    return edits


#: a quotation opened or closed with two single quotes (‘‘x’’, ``x'' from
#: TeX): the two marks stand for one double quote; a lone ’’ (nested
#: closing quotes), an apostrophe inside, and inch marks (5'') are left
_DOUBLED_QUOTE_RE = re.compile("(\u2018\u2018|``|\u201c)((?:(?!\u2019\u2019|'')[^\u2018\u201c\u201d`\u2029\n])"
                               "{1,400}?)(\u2019\u2019|''|\u201d)")


@register("doubled_quote", "quotes")
def find_doubled_quotes(text: str, ctx: Context) -> list[Edit]:
    """Two single quotes that open or close a quotation made one double
    quote, each pair only where the quotation is closed in the same block.

    >>> from coursepack.repair.rules import fix
    >>> fix("doubled_quote", "the \u2018\u2018validation sample\u2019\u2019 and the \u2018\u2018children\u2019s group\u2019\u2019")
    'the \u201cvalidation sample\u201d and the \u201cchildren\u2019s group\u201d'
    >>> print(fix("doubled_quote", "TeX ``quotes'', a 5'' disk, \u201cfine\u201d, \u2018single\u2019, it\u2019s \u2018a \u2018b\u2019\u2019"))
    TeX \u201cquotes\u201d, a 5'' disk, \u201cfine\u201d, \u2018single\u2019, it\u2019s \u2018a \u2018b\u2019\u2019
    """
    if "\u2018\u2018" not in text and "\u2019\u2019" not in text and "``" not in text:
        return []
    edits = []
    for m in _DOUBLED_QUOTE_RE.finditer(text):
        (a, b), (c, d) = m.span(1), m.span(3)
        if b - a == 1 and d - c == 1:
            continue          # “…”: nothing doubled
        if not (ctx.free(a, b) and ctx.free(c, d)):
            continue
        if b - a == 2:
            edits.append(Edit(a, b, "\u201c", "two opening single quotes made one double quote"))
        if d - c == 2:
            edits.append(Edit(c, d, "\u201d", "two closing single quotes made one double quote"))
    return edits
