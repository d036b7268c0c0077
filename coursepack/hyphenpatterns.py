"""Corrections to the hyphenation patterns WeasyPrint takes from pyphen.

pyphen 0.18.1's German dictionaries (``de`` is ``hyph_de_AT.dic``; ``de_DE``
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

# language -> extra patterns
EXTRA_PATTERNS = {
    "de": ("deut8schl",),      # Deutsch-land, Ost-deutsch-land (not Deut-sch-land)
}

_done: set = set()


def mend_patterns() -> None:
    """Add :data:`EXTRA_PATTERNS` to pyphen's cached dictionaries (once).

    >>> mend_patterns()
    >>> import pyphen
    >>> pyphen.Pyphen(lang="de").inserted("Ostdeutschland")
    'Ost-deutsch-land'
    >>> pyphen.Pyphen(lang="de_DE").inserted("Deutschlands")
    'Deutsch-lands'
    """
    try:
        import pyphen
    except ImportError:         # pragma: no cover - pyphen comes with WeasyPrint
        return
    for lang, patterns in EXTRA_PATTERNS.items():
        for code in sorted(pyphen.LANGUAGES):
            if code != lang and not code.startswith(lang + "_"):
                continue
            path = pyphen.LANGUAGES[code]
            if path in _done:
                continue
            hd = pyphen.hdcache.get(path)
            if hd is None:
                hd = pyphen.hdcache[path] = pyphen.HyphDict(path)
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
            _done.add(path)
