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
"""

from __future__ import annotations

import ctypes.util
import sys


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


def _import():
    import weasyprint, pyphen, pydyf  # noqa: E401  # lazy: WeasyPrint 220 ms, loaded here only, for a layout
    return weasyprint
