"""The editor's bibliography files (BibTeX, CSL-JSON, RIS) read by their
suffix and merged into one: above :mod:`.bibtex`, :mod:`.csljson` and
:mod:`.ris`, which it dispatches to (and which need nothing from it).
"""

from __future__ import annotations

from pathlib import Path

from pybtex.database import BibliographyData

from .bibtex import merge_into, read_bibtex
from .csljson import read_csljson
from .ris import read_ris

# The editor's bibliography files, weakest first: each later file takes
# precedence field by field over the earlier ones (and all of them over
# what was read from the article).
EDITOR_FILES = ("references.ris", "references.json", "references.bib")


def read_any(path: Path, display: str | None = None) -> BibliographyData:
    """A bibliography file by its suffix: ``.bib`` (BibTeX), ``.json``
    (CSL-JSON) or ``.ris`` (RIS), as pybtex entries."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        return read_csljson(path, display)
    if path.suffix.lower() == ".ris":
        return read_ris(path, display)
    return read_bibtex(path, display)


def read_editor(paths) -> BibliographyData | None:
    """The editor's bibliography: one file or several (``.bib``, ``.json``,
    ``.ris``; later ones take precedence field by field), merged into one
    :class:`BibliographyData`; ``None`` when there is none."""
    if paths is None:
        return None
    if isinstance(paths, (str, Path)):
        paths = [paths]
    out = None
    for p in paths:
        if p is None or not Path(p).exists():
            continue
        data = read_any(p)
        out = data if out is None else merge_into(out, data)
    return out
