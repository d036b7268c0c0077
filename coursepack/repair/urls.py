"""URLs: found, rejoined across line (and page) breaks, and protected.

A URL in angle brackets may run over several lines; the line ends inside it
are removed.  A hyphen at such a line end is part of the URL only when the
URL's own structure says so: the path segment already separates words with
hyphens (a slug) and both pieces around the break are words (known words,
digits, or words of the surrounding note, e.g. its title).  In a host name
or a segment without other hyphens the hyphen is a line break.
"""

from __future__ import annotations

import re

from .rules import Context, register
from .tracked import Edit
from .hyphenation import SUFFIXES
from ..words import zipf

_URL_RE = re.compile(r"<([ \u00a0]*)((?:https?://|www\.)[^<>\s]*(?:\n(?!\u2029)[^<>\s]*)*)(>|(?=\n\u2029)|$)")
#: a bare URL, on over a line end that falls after a hyphen, slash, dot or
#: the like when the next line goes on with the URL's kind of text: a piece
#: holding a slash, dot, hyphen, digit … ("reports/x.pdf", not "Accessed"
#: nor "for details"), after a dot starting in lower case or a digit
#: ("… https://x.org.\nThe next sentence" ends there)
_URL_PIECE = r"[^\s<>]*[/._\-?=&#%\d]"
_BARE_RE = re.compile(r"(?<![<\w])((?:https?://|www\.)(?:[^\s<>]|(?<=[-\u2010\u00ad/_?=&#])\n(?=[\w%~]" + _URL_PIECE
                      + r")|(?<=\.)\n(?=[a-z0-9]" + _URL_PIECE + r"))*)")
#: an e-mail address ("S.Saharso@fsw.vu.nl"), not inside a URL
EMAIL = re.compile(r"(?<![\w.@/-])[A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_WORDS_RE = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)*")


def bare_urls(text: str) -> list[re.Match]:
    """The matches of ``_BARE_RE.finditer(text)``, tried only where a URL
    can begin ("http", "www.").

    >>> [m.group(1) for m in bare_urls("see www.a.org/x and <https://b.org>, xhttp://c.org, https://d.org/e-\\nf")]
    ['www.a.org/x', 'https://d.org/e-']
    >>> [m.group(1) for m in bare_urls("at https://d.org/\\nreports/x.pdf (2020); https://e.org.\\nThe end; https://f.org/\\n(accessed)")]
    ['https://d.org/\\nreports/x.pdf', 'https://e.org.', 'https://f.org/']
    >>> [m.group(1) for m in bare_urls("https://g.org/\\nAccessed 2 May; https://h.org/\\nfor details; https://k.org/a-\\nb/c")]
    ['https://g.org/', 'https://h.org/', 'https://k.org/a-\\nb/c']
    """
    starts = []
    for needle in ("http", "www."):
        k = text.find(needle)
        while k >= 0:
            starts.append(k)
            k = text.find(needle, k + 1)
    starts.sort()
    out, last = [], 0
    for k in starts:
        if k < last:
            continue
        m = _BARE_RE.match(text, k)
        if m:
            out.append(m)
            last = m.end()
    return out


def _norm(w: str) -> str:
    return w.lower().replace("’", "").replace("'", "")


def url_hyphen_is_part(url_before: str, url_after: str, context_words: set[str]) -> bool:
    """Whether a hyphen at a line break inside a URL belongs to the URL.

    ``url_before`` ends with the hyphen; ``url_after`` is the rest.

    >>> url_hyphen_is_part("https://x.org/program/russias-arms-policy-tool-", "relations-azerbaijan/", set())
    True
    >>> url_hyphen_is_part("https://x.org/2018-03/fssi-", "pri_at2017_0.pdf", set())
    False
    >>> url_hyphen_is_part("https://www.kom-", "mersant.ru/doc/1", set())
    False
    >>> url_hyphen_is_part("https://ria.ru/20201022/kara-", "bakh-1581069489.html", set())
    False
    >>> url_hyphen_is_part("https://x.org/economic-develop-", "ment-report/", set())
    False
    """
    scheme_end = url_before.find("://")
    rest = url_before[scheme_end + 3:] if scheme_end >= 0 else url_before
    in_host = "/" not in rest
    seg_left = re.split(r"[/?&=#]", url_before)[-1][:-1]
    seg_right = re.split(r"[/?&=#]", url_after)[0]
    if in_host:
        seg_left = seg_left.split(".")[-1]
        seg_right = seg_right.split(".")[0]
    slug = "-" in seg_left or "-" in seg_right
    if not slug:
        return False
    left = re.split(r"[-._]", seg_left)[-1]
    right = re.split(r"[-._]", seg_right)[0]

    def wordish(p: str) -> bool:
        return bool(p) and (p.isdigit() or zipf(p, "ru") >= 2.5 or _norm(p) in context_words)

    if right.lower() in SUFFIXES:
        return False
    return wordish(left) and wordish(right)


@register("url", "url")
def find_urls(text: str, ctx: Context) -> list[Edit]:
    """Rejoin URLs broken across lines and protect them from word rules.

    >>> from coursepack.repair.rules import fix
    >>> fix("url", "see: < https://tass.\\nru/politika/9047>; Outpost is Russia’s first, <https://x.org/outpost-is-\\nrussias-first>.")
    'see: <https://tass.ru/politika/9047>; Outpost is Russia’s first, <https://x.org/outpost-is-russias-first>.'
    >>> fix("url", "Online: https://www.example.org/publications/re\u2010\\nports/county-report.pdf (3 March 2021)")
    'Online: https://www.example.org/publications/reports/county-report.pdf (3 March 2021)'
    >>> from coursepack.repair import repair_text
    >>> repair_text("Amsterdam. [email: S.Saharso@fsw.vu.nl], see K.Truevtsev")
    'Amsterdam. [email: S.Saharso@fsw.vu.nl], see K.\\u202fTruevtsev'
    """
    edits: list[Edit] = []
    if "@" in text:        # e-mail addresses: protected as they stand (no space, no hyphen put in)
        for m in EMAIL.finditer(text):
            edits.append(Edit(m.start(), m.end(), m.group(), "", record=False, protect=True))
    if "://" not in text and "www." not in text:
        return edits
    mails = [(e.start, e.end) for e in edits]
    spans = []
    outside: list[str] = []
    last = 0
    for m in _URL_RE.finditer(text):
        outside.append(text[last:m.start()])
        last = m.end()
        if m.group(1):
            edits.append(Edit(m.start(1), m.end(1), "", "space after '<' before a URL"))
        spans.append((m.start(2), m.end(2)))
    outside.append(text[last:])
    cache: dict[int, set[str]] = {}

    def context_words(at: int) -> set[str]:
        """Words of the block around position ``at``, URLs left out."""
        a = text.rfind("\u2029", 0, at) + 1
        if a not in cache:
            b = text.find("\u2029", at)
            b = b if b >= 0 else len(text)
            parts, last = [], a
            for x, y in spans:
                if y <= a or x >= b:
                    continue
                parts.append(text[last:max(x, a)])
                last = min(y, b)
            parts.append(text[last:b])
            block = " ".join(parts).lower().replace("’", "").replace("'", "")
            cache[a] = set(_WORDS_RE.findall(block))
        return cache[a]
    taken = bytearray(len(text) + 1)      # inside a URL in angle brackets
    for a, b in spans:
        taken[a:b] = b"\x01" * (b - a)
    inside = [(a, b) for a, b in mails if any(x < b and a < y for x, y in spans)]
    edits = [e for e in edits if (e.start, e.end) not in inside]     # an address inside a URL is the URL's
    for a, b in mails:
        if (a, b) not in inside:
            taken[a:b] = b"\x01" * (b - a)
    for m in bare_urls(text):
        if not taken[m.start(1)]:
            end = m.end(1)
            while end > m.start(1) and text[end - 1] in ".,;:)]":
                end -= 1
            spans.append((m.start(1), end))
    for a, b in spans:
        url = text[a:b]
        pieces = []
        k = 0
        for nl in re.finditer(r"\n", url):
            i = nl.start()
            if i > 0 and url[i - 1] in "\u2010\u00ad":
                # a typesetter's hyphen (U+2010, a soft hyphen): a URL's own is a hyphen-minus
                pieces.append(Edit(a + i - 1, a + i + 1, "", "hyphen at a line break inside a URL removed (the typesetter's, not the URL's)"))
            elif i > 0 and url[i - 1] == "-":
                before, after = url[:i].replace("\n", ""), url[i + 1:].replace("\n", "")
                if url_hyphen_is_part(before, after, context_words(a)):
                    pieces.append(Edit(a + i, a + i + 1, "", "hyphen at a line break kept: part of the URL (slug of words)"))
                else:
                    pieces.append(Edit(a + i - 1, a + i + 1, "", "hyphen at a line break inside a URL removed (not part of the URL's structure)"))
            else:
                pieces.append(Edit(a + i, a + i + 1, "", "URL rejoined across a line break", record=False))
            k = i
        # the whole URL becomes protected: one covering edit per piece plus
        # a zero-change protecting edit for the rest
        last = a
        for e in pieces:
            if e.start > last:
                edits.append(Edit(last, e.start, text[last:e.start], "", record=False, protect=True))
            e.protect = True
            edits.append(e)
            last = e.end
        if b > last:
            edits.append(Edit(last, b, text[last:b], "", record=False, protect=True))
    return edits
