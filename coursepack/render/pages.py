"""Page references: where the reader prints each glossary term's
occurrences, a drafted definition's source paragraph, each question's
evidence and each timeline event's.

The layout finds them and returns them as a **page map**, a plain dict
``"slug:kind:id"`` → printed pages (``g`` a glossary term, ``gs`` the
source of a drafted definition, ``q`` a question, ``t`` a timeline event).
Nothing in the render writes them into the model: the templates (the
reader's back matter, the handout) see the model through :func:`paged`
views whose ``pages`` and ``source_pages`` come from the map, and the build
applies the map to the model once (:func:`apply_page_map`), after the
layout, for the data outputs (``edition.json``).
"""

from __future__ import annotations

from typing import Any

from .. import model

KINDS = (("g", "glossary"), ("q", "questions"), ("t", "timeline"))


def _numbers(layout, anchors: list[str]) -> list[int]:
    return sorted({n for a in anchors if (n := layout.number(a)) is not None})


def _spanning(layout, anchors: list[str]) -> list[int]:
    # a question's or an event's paragraph may run on to the next page: both
    # pages (its end is marked "end-<block>" in the article's template); a
    # sentence of a paragraph ("<block>~<n>", marked in the text): the pages where
    # it starts and ends, or its paragraph's pages when it is not marked
    out: set[int] = set()
    for a in anchors:
        n = layout.number(a) if "~" in a else None
        if n is not None:
            out.update(_numbers(layout, [a, f"{a}~end"]))  # and where it ends (marked_inlines)
        else:
            b = a.split("~", 1)[0]
            out.update(_numbers(layout, [b, f"end-{b}"]))
    return sorted(out)


def reading_pages(r: model.Reading, layout) -> dict[str, list[int]]:
    """One reading's page map from a layout (anything whose ``number(anchor)``
    gives the printed page of one of the reading's anchors)."""
    out: dict[str, list[int]] = {}
    for t in r.glossary:
        out[f"{r.slug}:g:{t.id}"] = _numbers(layout, t.anchors)
    for q in r.questions:
        out[f"{r.slug}:q:{q.id}"] = _spanning(layout, q.evidence)
    for ev in r.timeline:
        out[f"{r.slug}:t:{ev.id}"] = _spanning(layout, ev.evidence)
    for t in r.glossary:
        if t.evidence:
            # the page of the defining sentence (the term's occurrence in it), else
            # of its paragraph
            anchor = getattr(t, "source_anchor", "")
            out[f"{r.slug}:gs:{t.id}"] = _numbers(layout, [anchor] if anchor else []) or \
                _numbers(layout, t.evidence)
    return out


def ordered(pack: model.Pack, pages: dict[str, list[int]]) -> dict[str, list[int]]:
    """The page map in the model's order (readings; terms, questions, events;
    drafted sources), every item present (no pages: an empty list)."""
    out = {}
    for r in pack.readings:
        for kind, attr in KINDS:
            for it in getattr(r, attr):
                out[f"{r.slug}:{kind}:{it.id}"] = list(pages.get(f"{r.slug}:{kind}:{it.id}", []))
        for t in r.glossary:
            if t.evidence:
                out[f"{r.slug}:gs:{t.id}"] = list(pages.get(f"{r.slug}:gs:{t.id}", []))
    return out


def reading_map(pages: dict[str, list[int]], slug: str) -> dict[str, list[int]]:
    """One reading's part of a page map.

    >>> reading_map({"a:g:x": [3], "b:q:1": [9], "ab:g:y": [4]}, "a")
    {'a:g:x': [3]}
    """
    return {k: v for k, v in pages.items() if k.startswith(f"{slug}:")}


def apply_page_map(pack: model.Pack, pages: dict[str, list[int]]) -> None:
    """Write the page map into the model (the build does, once, after the
    reader's layout): each item's ``pages``, each term's ``source_pages``."""
    for r in pack.readings:
        for kind, attr in KINDS:
            for it in getattr(r, attr):
                it.pages = list(pages.get(f"{r.slug}:{kind}:{it.id}", []))
        for t in r.glossary:
            t.source_pages = list(pages.get(f"{r.slug}:gs:{t.id}", []))


class PagedItem:
    """A glossary term, question or timeline event as the templates see it:
    the model's item, with its pages from the page map."""

    def __init__(self, item: Any, key: str, pages: dict[str, list[int]]):
        self._item, self._key, self._pages = item, key, pages

    def __getattr__(self, name: str):
        return getattr(self._item, name)

    @property
    def pages(self) -> list[int]:
        return list(self._pages.get(self._key, []))

    @property
    def source_pages(self) -> list[int]:
        slug, _kind, ident = self._key.split(":", 2)
        return list(self._pages.get(f"{slug}:gs:{ident}", []))


class PagedReading:
    """A reading as the templates see it: the model's, its glossary,
    questions and timeline :class:`PagedItem`\\ s (read from the page map when
    a template asks, so pages found later in the layout show)."""

    def __init__(self, r: model.Reading, pages: dict[str, list[int]]):
        self._reading = r
        for kind, attr in KINDS:
            setattr(self, attr, [PagedItem(it, f"{r.slug}:{kind}:{it.id}", pages)
                                 for it in getattr(r, attr)])

    def __getattr__(self, name: str):
        return getattr(self._reading, name)


def paged(r: model.Reading | None, pages: dict[str, list[int]]) -> PagedReading | None:
    """The template's view of ``r`` with the page map's pages."""
    return None if r is None else PagedReading(r, pages)
