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

import sys
import ctypes.util


def load_weasyprint():
    """Import WeasyPrint (once) and return the module."""
    module = sys.modules.get("weasyprint")
    if module is not None:
        return module
    find = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        import weasyprint  # lazy: WeasyPrint 220 ms, loaded here only, for a layout
        return weasyprint
    except OSError:     # pragma: no cover - only where the loader cannot find them
        for name in [m for m in sys.modules if m == "weasyprint" or m.startswith("weasyprint.")]:
            del sys.modules[name]
    finally:
        ctypes.util.find_library = find
    import weasyprint   # pragma: no cover  # lazy: WeasyPrint 220 ms, loaded only to lay out
    return weasyprint   # pragma: no cover
