"""Loading WeasyPrint without its library search.

When WeasyPrint is imported it opens Pango, HarfBuzz, fontconfig and GLib
through cffi, trying several names for each library.  For the names that
are not file names cffi asks ``ctypes.util.find_library``, which on Linux
runs ``ldconfig`` and the C compiler in subprocesses: a quarter of a second
of every process that lays anything out, before any work.  Each library is
also tried by its file name (``libpango-1.0.so.0``, ``libpango-1.0.dylib``),
which the dynamic loader finds by itself; so the import is done with
``find_library`` answering "not found" at once.  If that import fails (a
system where only the search finds the libraries), it is done again the
usual way.

The hyphenation patterns of a language (pyphen's, which WeasyPrint
hyphenates with) are parsed from their file when a process first
hyphenates it: 20 ms for Polish, 50 ms for English, half a second for
German.  :func:`load_hyphenation` puts them in pyphen's cache of
dictionaries from a copy kept parsed in the user's cache folder instead.
"""

from __future__ import annotations

import ctypes.util
import sys

from .cache import StageCache, key_folder


# what WeasyPrint loads with itself and coursepack uses beside it
WITH_WEASYPRINT = ("pyphen", "pydyf")


def load_weasyprint():
    """Import WeasyPrint (once) and return the module."""
    module = sys.modules.get("weasyprint")
    if module is not None:
        return module
    find = ctypes.util.find_library
    for quick in (True, False):
        if quick:
            ctypes.util.find_library = lambda name: None
        try:
            return _import()
        except OSError:
            if not quick:   # pragma: no cover - WeasyPrint's own error
                raise
            # pragma: no cover - only where the loader cannot find them
            for name in [m for m in sys.modules if m == "weasyprint" or m.startswith("weasyprint.")]:
                del sys.modules[name]
        finally:
            ctypes.util.find_library = find
    raise AssertionError("unreachable")     # pragma: no cover


def part(name: str):
    """A module of WeasyPrint's (``"weasyprint.layout.inline"``) or one it
    loads with itself (:data:`WITH_WEASYPRINT`), WeasyPrint loaded first:
    the one way the package reaches them (the private ones from
    :mod:`coursepack.pdf.compat` only), so that only this module imports
    WeasyPrint.  A look-up in ``sys.modules``, not an import: importing
    WeasyPrint loads every one of them (``KeyError`` for one it does not)."""
    if name.split(".")[0] != "weasyprint" and name not in WITH_WEASYPRINT:
        raise KeyError(f"{name} is not loaded with WeasyPrint")
    load_weasyprint()
    try:
        return sys.modules[name]
    except KeyError:
        raise KeyError(f"{name} is not loaded with WeasyPrint") from None


def load_hyphenation(tag: str) -> None:
    """Put the hyphenation patterns pyphen takes for the language tag
    ``tag`` in its cache of dictionaries (where WeasyPrint and every child
    process forked after this finds them), unless they are there: from a
    copy kept parsed in the user's cache folder (``hyphenation/`` beside
    the cache key: :func:`coursepack.cache.key_folder`, each copy signed
    with the user's key, as the build's stage cache, and made again for
    another file or another coursepack), read in a tenth of the time pyphen
    takes to parse the file.  A tag pyphen has no patterns for: nothing."""
    pyphen = part("pyphen")
    lang = pyphen.language_fallback(tag)
    path = pyphen.LANGUAGES.get(lang) if lang else None
    if path is None or path in pyphen.hdcache:
        return
    st = path.stat()
    patterns, maxlen = StageCache(key_folder() / "hyphenation").get(
        f"hyphenation-{path.stem}", [str(path), st.st_size, st.st_mtime_ns],
        lambda: _parsed(pyphen.HyphDict(path)))
    hd = pyphen.HyphDict.__new__(pyphen.HyphDict)     # (what HyphDict(path) makes)
    hd.patterns, hd.cache, hd.maxlen = patterns, {}, maxlen
    pyphen.hdcache[path] = hd


def _parsed(hd) -> tuple[dict, int]:
    return hd.patterns, hd.maxlen


def _import():
    import weasyprint, pyphen, pydyf  # noqa: E401  # lazy: WeasyPrint 220 ms, loaded here only, for a layout
    return weasyprint
