"""Two mends to the typesetting WeasyPrint (70) does, applied before each
layout (:func:`mend`): pyphen's German patterns, and a line break.

**Hyphenation.**  pyphen 0.18.1's German dictionaries (``de`` is ``hyph_de_AT.dic``; ``de_DE``
and ``de_CH`` give the same) break "Deutschland" as "Deut-sch-land", so a
justified German line could end in "Deut-" with "schland" on the next: the
file has ``deut8sch1länder`` (no break after "deut" before "schländer") but
its ``deutsch1land`` carries no such weight.  The patterns below are added to
the dictionary pyphen caches (``pyphen.hdcache``), the one WeasyPrint then
uses; nothing on disk is changed.  Each is in the file's own notation: an odd
digit allows a break between the letters around it, an even digit forbids it,
the highest digit of all matching patterns wins.
"""

from __future__ import annotations

from .pdf.compat import wrap_split_first_line
from .wpload import part

#: the patterns a language tag without a region is hyphenated with, where
#: pyphen's own choice is wrong: its ``en`` is the British file, whose
#: patterns break "res-ults", "polit-ic-al", "demo-cracy"; a text tagged
#: plain ``en`` is hyphenated with the American patterns (TeX's, made from
#: Webster's), one tagged ``en-GB`` keeps the British ones
DEFAULT_REGION = {"en": "en_US"}

# language -> extra patterns
EXTRA_PATTERNS = {
    "de": ("deut8schl",),      # Deutsch-land, Ost-deutsch-land (not Deut-sch-land)
}

def mend() -> None:
    """The mends; each is made once per process."""
    mend_languages()
    mend_patterns()
    mend_line_break()


def mend_languages() -> None:
    """A tag without a region takes the patterns of :data:`DEFAULT_REGION`
    (pyphen's table of languages, the one WeasyPrint looks a tag up in, is
    changed in memory).

    >>> mend_languages()
    >>> import pyphen
    >>> [pyphen.Pyphen(lang=t).inserted("results") for t in ("en", "en-US", "en-GB")]
    ['re-sults', 're-sults', 'res-ults']
    """
    pyphen = part("pyphen")
    for lang, region in DEFAULT_REGION.items():
        if region in pyphen.LANGUAGES:
            pyphen.LANGUAGES[lang] = pyphen.LANGUAGES[region]


def mend_patterns() -> None:
    """Give :data:`EXTRA_PATTERNS` to pyphen's dictionaries: to those already
    loaded now, to the others as pyphen loads them (its cache of dictionaries
    is replaced by one that adds them).  Loading the three German dictionaries
    up front cost about 0.5 s of every build, German text or not.

    >>> mend_patterns()
    >>> import pyphen
    >>> pyphen.Pyphen(lang="de").inserted("Ostdeutschland")
    'Ost-deutsch-land'
    >>> pyphen.Pyphen(lang="de_DE").inserted("Deutschlands")
    'Deutsch-lands'
    >>> pyphen.Pyphen(lang="de_AT", cache=False).inserted("Ostdeutschland")
    'Ost-deutsch-land'
    """
    pyphen = part("pyphen")     # WeasyPrint's hyphenation
    if isinstance(pyphen.hdcache, _MendedCache):
        return
    cache = _MendedCache()
    for path, hd in pyphen.hdcache.items():
        cache[path] = hd
    pyphen.hdcache = cache      # Pyphen() looks the module's name up at each call


class _MendedCache(dict):
    """pyphen's cache of hyphenation dictionaries, which gives a dictionary
    the extra patterns of its language as it is stored."""

    def __setitem__(self, path, hd):
        super().__setitem__(path, hd)
        _add_patterns(path, hd)


def _add_patterns(path, hd) -> None:
    pyphen = part("pyphen")
    for lang, patterns in EXTRA_PATTERNS.items():
        if not any(p == path and (code == lang or code.startswith(lang + "_"))
                   for code, p in pyphen.LANGUAGES.items()):
            continue
        for p in patterns:
            tags, values = zip(*[(s, int(d or "0")) for d, s in pyphen.parse(p)])
            start, end = 0, len(values)
            while not values[start]:
                start += 1
            while not values[end - 1]:
                end -= 1
            hd.patterns["".join(tags)] = start, values[start:end]
        hd.cache.clear()
        hd.maxlen = max(hd.maxlen, *(len(p) for p in patterns))


def _mended_split(orig):
    """``split_first_line`` that does not split a text run which fits in the
    line without its trailing space.

    **Line break.**  WeasyPrint measures a text run with its trailing space
    (a run ends in one before an element: "… see <a>Mills 1959</a>", "… In
    <em>Title</em>").  When the run fits only without it, WeasyPrint took it
    for an overflowing line that cannot be split earlier and put its first
    word alone on a line ("fatherhood in / the / context of …").  Here, when
    a split left a short first line, the run is measured again without the
    trailing space; if it then fits, it is laid out whole (the line's own
    check already allows for a trailing space at the line end)."""
    def split_first_line(text, style, context, max_width, justification_spacing,
                         is_line_start=True, minimum=False):
        r = orig(text, style, context, max_width, justification_spacing, is_line_start, minimum)
        if r[2] is None or max_width is None or minimum or r[3] >= 0.75 * max_width \
                or not text.endswith(" ") or style["white_space"] not in ("normal", "pre-line"):
            return r
        whole = orig(text.rstrip(" "), style, context, max_width, justification_spacing,
                     is_line_start, minimum)
        if whole[2] is None and whole[3] <= max_width:
            return orig(text, style, context, None, justification_spacing, is_line_start, minimum)
        return r
    return split_first_line


def mend_line_break() -> None:
    """Put :func:`_mended_split` in place of WeasyPrint's (once)."""
    wrap_split_first_line(_mended_split)
