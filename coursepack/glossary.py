"""The glossary: load and check ``glossary.yaml``, mark terms in the text,
suggest candidate terms, choose the handout's terms.

``glossary.yaml`` holds a top-level ``terms:`` list; each entry is
documented by :data:`GLOSSARY_SCHEMA` (``python build.py schema`` prints
it).  An entry's ``id`` is a slug of its term unless given::

    terms:
      - term: OSCE Minsk Group
        aliases: [Minsk Group]
        kind: organisation
        definition: >-
          The body of the OSCE created in 1992 to mediate ...
        see_also: [OSCE]

How terms are found in the text (:func:`mark_terms`, :func:`check_glossary`)
-------------------------------------------------------------------------
A term or alias matches a run of the article body when it has the same
words with the same separators (any space; any hyphen or dash; either
apostrophe), under these case rules, word by word:

* a word without lower-case letters (an acronym: ``OSCE``, ``SS-26``,
  ``M``) matches only exactly, so ``OSCE`` never matches ``osce``;
* a capitalised word (``Karabakh``) must be capitalised in the text too,
  the rest of the word may differ in case;
* a lower-case word matches in any case (``second Karabakh war`` matches
  ``Second Karabakh War``).

Matches respect word boundaries, and a hyphen (not a dash) joins words: a
term never matches part of ``Nagorno-Karabakh`` or ``un-backed`` unless the
term itself contains the hyphen.  A leading article of a term (``The
Astana format``) is not required in the text.  Where matches overlap, the
longest wins (``OSCE Minsk Group`` over ``Minsk Group`` and ``OSCE``).
Only the body is marked: not section titles (plain strings), not links,
not abstracts or footnotes; only reviewed entries are marked.

How candidates are suggested (:func:`suggest_candidates`)
--------------------------------------------------------
* acronyms with their expansion in the body or the notes, as ``Long Form
  (LF)`` or ``LF (Long Form)``, matched with the Schwartz–Hearst algorithm
  (A. Schwartz and M. Hearst, 2003);
* acronyms used without an expansion (two or more capitals; Roman numerals
  are left out);
* recurring proper-noun phrases: runs of two or more capitalised words
  (joined by ``of``, ``and``, ``the`` …) that occur at least twice, with
  capitalised function words at the start of a sentence and leading titles
  (``President``) left out, and rare single names (not common English
  words by :mod:`wordfreq`) that occur capitalised at least twice;
* names followed by a common noun such as *war*, *corridor*, *format*,
  *talks* (:data:`HEAD_NOUNS`), with an ordinal before them if there is one
  (``second Boer war``), occurring at least twice;
* terms the text or its notes define: ``the term ‘X’``, ``so-called X``,
  ``X serves as / refers to / stands for / is defined as …``, and
  ``X is a/an …`` at the start of a sentence.

Candidates already in the glossary (by term or alias) are left out; the
rest are ranked by ``count × spread`` (occurrences in the body × sections
they occur in).

The handout (:func:`handout_terms`)
----------------------------------
Reviewed entries only.  Pinned entries come first, then the others by
``count × spread`` (occurrences marked by :func:`mark_terms` × distinct
sections they are in), ties by count, then alphabetically; an unpinned
entry that never occurs in the body is not chosen.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path


from . import model
from .editable import anchor_texts, compared, scalar
from .errors import ContentError, Problem, Problems, suggest
from .words import zipf_frequency   # wordfreq's figures, without loading wordfreq's dictionary
from .schema import Field, ListOf, Schema, validate
from .textutil import long_form_tail, cited_surnames, language
from .yamlio import NodeList, load_yaml, loads_yaml, read_text
# word lists, folding and term ids live below drafting (which uses them too)
from .glossary_words import (_KIND_HEADS, CONNECTORS, FUNCTION_WORDS, HEAD_NOUNS,  # noqa: F401
                             ORDINALS, TITLES, _fold, slugify)
from .outputs import atomic_write

# ---------------------------------------------------------------- schema

KINDS = ("organisation", "place", "agreement", "person", "concept", "event",
         "weapon", "process", "publication", "other")

TERM_SCHEMA = Schema("glossary term", [
    Field("term", str, "the headword, spelled as the article body spells it (it is "
          "looked for in the text)", required=True),
    Field("id", str, "identifier used in anchors and links (letters, digits, '-'); "
          "a slug of the term unless given"),
    Field("aliases", ListOf(str), "other names, also marked in the text and "
          "cross-referenced in the glossary: acronym or expansion, spelling "
          "variants (Nakhichevan for Nakhchivan)", default=list),
    Field("definition", str, "one to three sentences written for undergraduates: "
          "accurate, neutral, dated where facts changed (required unless "
          "`reviewed: false`)"),
    Field("see_also", ListOf(str), "related entries of this glossary, by term, "
          "alias or id", default=list),
    Field("kind", str, "what the term names", choices=KINDS),
    Field("reviewed", bool, "false for a suggested entry nobody has checked yet: "
          "it is not marked in the text, printed or put in the handout", default=True),
    Field("pinned", bool, "put this term in the student handout before the terms chosen "
          "by frequency", default=False),
    Field("evidence", ListOf(str), "for a definition drafted from the article: the id of "
          "the paragraph it is taken from (its page is printed with it); an unreviewed "
          "entry with a definition and evidence is printed, marked as the article's "
          "wording", default=list),
    Field("after", str, "for a definition drafted from the article that the article "
          "credits to a cited author: that citation (\"Kreckel 1992: 55\"), printed "
          "with it"),
], doc="One glossary entry.")

GLOSSARY_SCHEMA = Schema("glossary.yaml", [
    Field("terms", ListOf(TERM_SCHEMA), "the glossary entries, in any order (they "
          "are printed alphabetically, ignoring a leading article)", required=True),
], doc="The reading's glossary: terms marked in the text, defined at the back "
       "of the reader, and (the most important ones) in the handout.")

# ---------------------------------------------------------------- helpers

_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_HYPHENS = "-\u2010\u2011"
_APOSTROPHES = "'\u2019\u02bc"
def _norm(name: str) -> str:
    """A name as compared for duplicates: case, diacritics, dashes, apostrophes
    and spacing do not count."""
    s = _fold(name).casefold()
    s = re.sub(f"[{_DASHES}]", "-", s)
    s = re.sub(f"[{_APOSTROPHES}]", "'", s)
    return " ".join(s.split())


_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def sort_key(term: str) -> str:
    """Alphabetical key: a leading article, case, diacritics and punctuation
    do not count (word by word: spaces and hyphens sort before letters).

    >>> sort_key("The Astana format")
    'astana format'
    >>> sorted(["Zangezur corridor", "The Astana format", "Erdoğan", "ethnic"], key=sort_key)
    ['The Astana format', 'Erdoğan', 'ethnic', 'Zangezur corridor']
    """
    s = _fold(term).casefold().strip()
    s = s.lstrip("\"'\u2018\u2019\u201c\u201d\u00ab\u00bb([")
    s = _ARTICLE_RE.sub("", s)
    s = re.sub(r"[^\w\s]+|_", " ", s)
    return " ".join(s.split())


# ---------------------------------------------------------------- matching


def _word_pattern(word: str) -> str:
    if not any(c.islower() for c in word):
        return re.escape(word)                       # acronym, number: exactly
    if word[0].isupper():
        return re.escape(word[0]) + (f"(?i:{re.escape(word[1:])})" if word[1:] else "")
    return f"(?i:{re.escape(word)})"


def name_pattern(name: str, inflect: bool = False) -> str:
    """The regular expression a term or alias is matched with (see the
    module's documentation).

    >>> p = re.compile(name_pattern("second Karabakh war"))
    >>> bool(p.search("the Second Karabakh War")), bool(p.search("the second karabakh war"))
    (True, False)
    >>> p = re.compile(name_pattern("OSCE"))
    >>> bool(p.search("the OSCE's")), bool(p.search("osce.org")), bool(p.search("OSCEs"))
    (True, False, False)
    >>> bool(re.search(name_pattern("U.S."), "the U.\u2009S. and"))
    True

    ``inflect``: the last word (not an acronym) also in its plural or inflected
    forms, so that the page list finds "blocked exchanges", "policies",
    "Kompetenzen" for "blocked exchange", "policy", "Kompetenz":

    >>> p = re.compile(name_pattern("blocked exchange", inflect=True))
    >>> [bool(p.search(t)) for t in ("blocked exchanges", "Blocked exchange", "blocked exchanger")]
    [True, True, False]
    >>> [bool(re.search(name_pattern(n, inflect=True), t)) for n, t in (("policy", "policies"),
    ...     ("survey", "surveys"), ("Kompetenz", "Kompetenzen"), ("OSCE", "OSCEs"),
    ...     ("Kompetenz", "Genderkompetenz"))]
    [True, True, True, False, False]
    """
    name = _ARTICLE_RE.sub("", name.strip()) or name.strip()
    parts = []
    last_word = max((m.start() for m in re.finditer(r"[^\W_]+", name)), default=-1)
    for m in re.finditer(r"[^\W_]+|\s+|.", name):
        tok = m.group()
        if tok.isspace():
            parts.append(r"\s+")
        elif tok == "." and name[m.end():m.end() + 1].isalnum():
            parts.append(r"\.\s?")                # U.S. also matches U. S.
        elif tok[0].isalnum() and inflect and m.start() == last_word and tok.isalpha() and \
                any(c.islower() for c in tok) and len(tok) >= 3:
            if tok.endswith("y") and len(tok) > 3:
                parts.append(_word_pattern(tok[:-1]) + "(?:y|ys|ies)")
            else:
                parts.append(_word_pattern(tok) + "(?:s|es|e|en|n)?")
        elif tok[0].isalnum():
            parts.append(_word_pattern(tok))
        elif tok in _DASHES:
            parts.append(f"[{_DASHES}]")
        elif tok in _APOSTROPHES:
            parts.append(f"[{_APOSTROPHES}]")
        else:
            parts.append(re.escape(tok))
    body = "".join(parts)
    lead = r"(?<![^\W_])(?<![^\W_][" + _HYPHENS + "])" if name[:1].isalnum() else ""
    tail = r"(?![^\W_])(?![" + _HYPHENS + r"][^\W_])" if name[-1:].isalnum() else ""
    return lead + body + tail


class Matcher:
    """Finds the names of a list of terms in text: longest match wins,
    then the leftmost."""

    def __init__(self, terms: list[model.GlossaryTerm]):
        self.patterns: list[tuple[re.Pattern, int]] = []
        for i, t in enumerate(terms):
            seen = set()
            for name in [t.term, *t.aliases]:
                if name and name.strip() and name not in seen:
                    seen.add(name)
                    # (plurals and inflections too: the page list shows every page
                    #  where the term occurs, "blocked exchanges" for "blocked exchange")
                    self.patterns.append((re.compile(name_pattern(name, inflect=True)), i))

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """Non-overlapping ``(start, end, term index)`` in text order.

        >>> t = [model.GlossaryTerm("m", "Minsk Group", "d"),
        ...      model.GlossaryTerm("om", "OSCE Minsk Group", "d")]
        >>> Matcher(t).find("the OSCE Minsk Group and the Minsk Group")
        [(4, 20, 1), (29, 40, 0)]
        """
        spans = []
        for pat, i in self.patterns:
            spans.extend((m.start(), m.end(), i) for m in pat.finditer(text) if m.end() > m.start())
        spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
        chosen: list[tuple[int, int, int]] = []
        taken: list[tuple[int, int]] = []
        for s, e, i in spans:
            if all(e <= a or s >= b for a, b in taken):
                chosen.append((s, e, i))
                taken.append((s, e))
        return sorted(chosen)


def _merge_text(nodes: list) -> list:
    """Earlier marks undone (TermRef back to Text, or to the nodes it holds when it
    crosses an italic boundary) and adjacent Text joined (adjacent emphasis too,
    where a mark had cut one in two).

    >>> em = lambda t: model.Emph([model.Text(t)])
    >>> show = lambda ns: [(n.type, model.plain_text([n])) for n in ns]
    >>> show(_merge_text([model.Text("a "), model.TermRef("x", "b c", children=[em("b"),
    ...                   model.Text(" c")]), model.Text(" d")]))
    [('text', 'a '), ('emph', 'b'), ('text', ' c d')]
    >>> show(_merge_text([em("a "), model.TermRef("x", "b c", children=[em("b"), model.Text(" c")])]))
    [('emph', 'a b'), ('text', ' c')]
    """
    out: list = []
    cut = False             # the last node came out of a mark: an emphasis it cut may go on
    for n in nodes:
        if isinstance(n, model.TermRef) and n.children:
            for k, c in enumerate(n.children):
                _append_merged(out, c, cut or k == 0)
            cut = True
            continue
        if isinstance(n, model.TermRef):
            n = model.Text(n.text)
        _append_merged(out, n, cut)
        cut = False
    return [n for n in out if not (isinstance(n, model.Text) and n.text == "")]


def _append_merged(out: list, n, join_emph: bool) -> None:
    if isinstance(n, model.Text) and out and isinstance(out[-1], model.Text):
        out[-1] = model.Text(out[-1].text + n.text)
    elif isinstance(n, model.Text):
        out.append(model.Text(n.text))
    elif join_emph and isinstance(n, model.Emph) and out and isinstance(out[-1], model.Emph) \
            and out[-1].strong == n.strong:
        out[-1] = model.Emph(list(out[-1].children) + list(n.children), strong=n.strong)
    else:
        out.append(n)


def prepare(reading: model.Reading, draft_if_empty: bool = True) -> None:
    """The reading's glossary as printed: when the instructor's file has no
    entries at all (or there is none), entries drafted from the article's own
    text (:mod:`.drafting`); then only the printable entries (reviewed, or
    drafted with their source) are kept, and marked in the text.  A reading
    whose glossary ends up empty prints no glossary page and no contents line.

    >>> r = model.Reading("x", model.Metadata(), sections=[model.Section("s1", "One", [
    ...     model.Block("p1", [model.Text("The Minsk Group, the OSCE’s mediating body, met. "
    ...                                   "The Minsk Group failed.")])])])
    >>> r.glossary = [model.GlossaryTerm("osce", "OSCE", "", reviewed=False)]
    >>> prepare(r); r.glossary
    []
    >>> r.glossary = []
    >>> prepare(r); [(t.term, t.definition, t.evidence) for t in r.glossary]
    [('Minsk Group', 'The OSCE’s mediating body.', ['p1'])]
    """
    if not reading.glossary and draft_if_empty:
        from .drafting import draft, terms_from_drafts  # lazy: drafting 35-50 ms on schema and questions
        reading.glossary = terms_from_drafts(draft(reading))
    reanchor_drafts(reading)
    reading.glossary = thin_abbreviations([t for t in reading.glossary if t.printable])
    mark_terms(reading)


def reanchor_drafts(reading: model.Reading) -> None:
    """Drafted entries (not reviewed: printed as the article's wording, with the page
    of the paragraph their ``evidence`` names) fitted to the reading as it is read now:
    one whose words are no longer in that paragraph (the article read again, a
    ``structure.yaml`` override: other paragraph ids) names, silently, the paragraph
    (or note, or the abstract: "start") that holds them now; one whose words the
    reading holds nowhere is no longer the article's wording and loses its evidence,
    so it is not printed (as a suggestion without one is not).

    >>> r = model.Reading("x", model.Metadata(), sections=[model.Section("s1", "One", [
    ...     model.Block("s1-p1", [model.Text("The talks failed.")]),
    ...     model.Block("s1-p2", [model.Text("The Basin Council, a regional mediating body, met.")])])])
    >>> r.glossary = [model.GlossaryTerm("bc", "Basin Council", "A regional mediating body.",
    ...                                  evidence=["s1-p1"], reviewed=False),
    ...               model.GlossaryTerm("t", "talks", "Meetings of envoys.", evidence=["s1-p1"],
    ...                                  reviewed=False)]
    >>> reanchor_drafts(r); [(t.term, t.evidence) for t in r.glossary]
    [('Basin Council', ['s1-p2']), ('talks', [])]
    """
    drafted = [t for t in reading.glossary if t.drafted]
    if not drafted:
        return
    blocks = anchor_texts(reading)
    notes = {f.id: f for f in reading.footnotes}

    def text(bid: str) -> str:
        if bid == "start":
            return compared(" ".join([model.plain_text(a.inlines) for a in reading.abstracts]
                                     + [str(k) for k in reading.meta.keywords or []]))
        if bid in notes:
            return compared(model.plain_text(notes[bid].inlines))
        return blocks.get(bid, "")
    for t in drafted:
        if any(_holds_draft(t, text(b)) for b in t.evidence):
            continue
        now = next((k for k in ["start", *blocks, *notes] if _holds_draft(t, text(k))), None)
        t.evidence = [now] if now else []


def _holds_draft(t: model.GlossaryTerm, text: str) -> bool:
    """``text`` (as :func:`~coursepack.editable.compared` gives it) holds the words a
    drafted definition was taken from: its first five words (up to an ellipsis or the
    editor's brackets), or, for an abbreviation, the abbreviation itself.  (Every
    drafted entry of the 16 corpus papers holds in its own paragraph.)"""
    frags = [f for f in re.split(r"\[[^\]]*\]|…|\.\.\.", compared(t.definition))
             if re.search(r"[^\W\d_]{2}", f)]
    words = re.findall(r"[^\W\d_]+", frags[0])[:5] if frags else []
    if words and re.search(r"\W+".join(map(re.escape, words)), text):
        return True
    return t.abbreviation and re.search(rf"\b{re.escape(t.term.casefold())}\b", text) is not None


# a drafted glossary of abbreviations only, shorter than this, prints no page
MIN_ABBREVIATIONS_PAGE = 3


def thin_abbreviations(terms: list) -> list:
    """The printable entries as printed: a list of drafted abbreviations only
    (nothing the instructor reviewed), with fewer than :data:`MIN_ABBREVIATIONS_PAGE`
    entries, is left out (a page and a contents line for "Abbreviations: DDR" is
    thin, and the article spells each out where it uses it); beside a definition
    they are kept, printed under the glossary's own heading on its page.

    >>> ddr = model.GlossaryTerm("ddr", "DDR", "Deutsche Demokratische Republik.",
    ...                          aliases=["Deutsche Demokratische Republik"], evidence=["p1"],
    ...                          reviewed=False)
    >>> thin_abbreviations([ddr])
    []
    >>> inkl = model.GlossaryTerm("inklusion", "Inklusion", "Die Teilhabe aller.",
    ...                           evidence=["p2"], reviewed=False)
    >>> [t.term for t in thin_abbreviations([ddr, inkl])]
    ['DDR', 'Inklusion']
    >>> ddr.reviewed = True
    >>> [t.term for t in thin_abbreviations([ddr])]
    ['DDR']
    """
    if terms and all(t.abbreviation and t.drafted for t in terms) and \
            len(terms) < MIN_ABBREVIATIONS_PAGE:
        return []
    return terms


def mark_terms(reading: model.Reading) -> None:
    """Replace every occurrence of a reviewed glossary term in the body by a
    :class:`~coursepack.model.TermRef` with a unique anchor ``t-<id>-<n>``;
    the first occurrence of each term has ``first=True``.  The anchors (and
    the id of the section each is in) are recorded on the term, in order.
    Running it again gives the same result.

    >>> r = model.Reading("x", model.Metadata(), sections=[model.Section("s1", "OSCE", [
    ...     model.Block("p1", [model.Text("The OSCE and the osce; OSCE."),
    ...                        model.Link("http://osce.org", "osce.org")])])])
    >>> r.glossary = [model.GlossaryTerm("osce", "OSCE", "An organisation.")]
    >>> mark_terms(r)
    >>> [(n.text, n.anchor, n.first) for n in r.sections[0].blocks[0].inlines if n.type == "termref"]
    [('OSCE', 't-osce-1', True), ('OSCE', 't-osce-2', False)]
    >>> r.glossary[0].anchors, r.glossary[0].sections
    (['t-osce-1', 't-osce-2'], ['s1', 's1'])
    """
    for t in reading.glossary:
        t.anchors = []
        t.sections = []
    terms = [t for t in reading.glossary if t.printable]
    matcher = Matcher(terms)
    for section in reading.sections:
        for block in section.blocks:
            block.inlines = _mark_list(block.inlines, matcher, terms, section.id)
    _source_anchors(reading, terms)


def _source_anchors(reading: model.Reading, terms) -> None:
    """A drafted entry's ``source_anchor``: the term's occurrence nearest its
    definition's words in the paragraph the definition comes from, so that the
    page printed with "the article's wording, p. N" is the sentence's own page
    when the paragraph runs on to the next (empty when the words are not found:
    the paragraph's page is used)."""
    blocks = {b.id: b for _s, b in reading.blocks()}
    for t in terms:
        t.source_anchor = ""
        block = blocks.get(t.evidence[0]) if t.drafted and t.evidence else None
        if block is None:
            continue
        pos, refs = 0, []

        def walk(nodes):
            nonlocal pos
            for n in nodes:
                if isinstance(n, model.TermRef):
                    if n.term_id == t.id:
                        refs.append((pos, n.anchor))
                    pos += len(n.text)
                elif isinstance(n, model.Emph):
                    walk(n.children)
                else:
                    pos += len(model.plain_text([n]))
        walk(block.inlines)
        text = model.plain_text(block.inlines).lower()
        words = re.findall(r"[^\W\d_]+", t.definition.lower())[:5]
        m = re.search(r"\W+".join(map(re.escape, words)), text) if words else None
        if refs and m:
            t.source_anchor = min(refs, key=lambda r: (abs(r[0] - m.start()), r[0]))[1]


def _mark_list(nodes: list, matcher: Matcher, terms, section_id: str) -> list:
    """``nodes`` with every occurrence of a term marked; an occurrence that crosses
    an italic boundary ("*selective* association", "the *Minsk* Group") is marked
    whole, its italics kept inside the mark.

    >>> t = [model.GlossaryTerm("sa", "selective association", "d")]
    >>> out = _mark_list([model.Text("a "), model.Emph([model.Text("selective")]),
    ...                   model.Text(" association here")], Matcher(t), t, "s1")
    >>> [(type(n).__name__, model.plain_text([n])) for n in out]
    [('Text', 'a '), ('TermRef', 'selective association'), ('Text', ' here')]
    >>> [type(c).__name__ for c in out[1].children], t[0].anchors
    (['Emph', 'Text'], ['t-sa-1'])
    """
    out: list = []
    nodes = _merge_text(nodes)
    i = 0
    while i < len(nodes):
        j = i
        while j < len(nodes) and _flat(nodes[j]):
            j += 1
        run = nodes[i:j]
        if len(run) > 1:
            out.extend(_mark_run(run, matcher, terms, section_id))
            i = j
            continue
        n = nodes[i]
        i += 1
        if isinstance(n, model.Text):
            out.extend(_mark_text(n.text, matcher, terms, section_id))
        elif isinstance(n, model.Emph):
            n.children = _mark_list(n.children, matcher, terms, section_id)
            out.append(n)
        else:                       # Link, NoteRef, Cite: left alone
            out.append(n)
    return out


def _flat(n) -> bool:
    """Text, or emphasis of text only: what an occurrence of a term may run across."""
    return isinstance(n, model.Text) or (isinstance(n, model.Emph) and
                                         all(_flat(c) for c in n.children))


def _mark_run(run: list, matcher: Matcher, terms, section_id: str) -> list:
    """A run of text and emphasis: the occurrences that cross from one node to the
    next marked whole (:class:`~coursepack.model.TermRef` holding the nodes), the
    rest of the run marked node by node, as before."""
    plain = model.plain_text(run)
    ends = _leaf_ends(run)
    crossing = [(s, e, k) for s, e, k in matcher.find(plain) if any(s < b < e for b in ends)]
    if not crossing:
        return _mark_list_plain(run, matcher, terms, section_id)
    out: list = []
    pos = 0
    for s, e, k in crossing:
        out.extend(_mark_list_plain(_slice(run, pos, s), matcher, terms, section_id))
        term = terms[k]
        anchor = f"t-{term.id}-{len(term.anchors) + 1}"
        out.append(model.TermRef(term.id, plain[s:e], anchor, first=not term.anchors,
                                 children=_slice(run, s, e)))
        term.anchors.append(anchor)
        term.sections.append(section_id)
        pos = e
    out.extend(_mark_list_plain(_slice(run, pos, len(plain)), matcher, terms, section_id))
    return out


def _leaf_ends(nodes: list, pos: int = 0) -> list[int]:
    """Where each text node under ``nodes`` ends, as offsets of their text."""
    out = []
    for n in nodes:
        if isinstance(n, model.Emph):
            out.extend(_leaf_ends(n.children, pos))
        pos += len(model.plain_text([n]))
        out.append(pos)
    return out


def _mark_list_plain(nodes: list, matcher: Matcher, terms, section_id: str) -> list:
    out: list = []
    for n in nodes:
        if isinstance(n, model.Text):
            out.extend(_mark_text(n.text, matcher, terms, section_id))
        elif isinstance(n, model.Emph):
            n.children = _mark_list(n.children, matcher, terms, section_id)
            out.append(n)
        else:
            out.append(n)
    return out


def _slice(nodes: list, a: int, b: int) -> list:
    """The part ``[a, b)`` of the text of ``nodes`` (text and emphasis), as nodes.

    >>> cut = _slice([model.Text("one "), model.Emph([model.Text("two")]), model.Text(" three")], 2, 6)
    >>> [(n.type, model.plain_text([n])) for n in cut]
    [('text', 'e '), ('emph', 'tw')]
    """
    out, pos = [], 0
    for n in nodes:
        size = len(model.plain_text([n]))
        lo, hi = max(a - pos, 0), min(b - pos, size)
        if lo < hi:
            if isinstance(n, model.Text):
                out.append(model.Text(n.text[lo:hi]))
            else:
                out.append(model.Emph(_slice(n.children, lo, hi), strong=n.strong))
        pos += size
    return out


def _mark_text(text: str, matcher: Matcher, terms, section_id: str) -> list:
    if not matcher.patterns:
        return [model.Text(text)]
    out: list = []
    pos = 0
    for s, e, i in matcher.find(text):
        if s > pos:
            out.append(model.Text(text[pos:s]))
        term = terms[i]
        anchor = f"t-{term.id}-{len(term.anchors) + 1}"
        out.append(model.TermRef(term.id, text[s:e], anchor, first=not term.anchors))
        term.anchors.append(anchor)
        term.sections.append(section_id)
        pos = e
    if pos < len(text):
        out.append(model.Text(text[pos:]))
    return out


# ---------------------------------------------------------------- loading


_ID_RE = re.compile(r"^[^\W_][\w-]*$")


@dataclass
class _Entry:
    index: int
    pos: tuple[int, int]
    term: model.GlossaryTerm
    see_pos: list


def load_glossary(path: Path, display: str | None = None) -> list[model.GlossaryTerm]:
    """Read and check ``glossary.yaml``; every problem is reported together
    (:class:`~coursepack.errors.ContentError`, ``path:line:col: message``):
    schema errors (unknown keys with a suggestion, wrong types), a reviewed
    entry without a definition, duplicate terms, ids or names shared by two
    entries, ``see_also`` naming no entry.  ``see_also`` is returned as the
    canonical terms of the entries named."""
    name = display or str(path)
    data = load_yaml(path, name)
    return _glossary_from_data(data, name)


def _glossary_from_data(data, name: str) -> list[model.GlossaryTerm]:
    problems = Problems()
    if data is None:
        return []
    validate(data, GLOSSARY_SCHEMA, name, problems)
    items = data.get("terms") if isinstance(data, dict) else None
    if not isinstance(items, list):
        problems.raise_if_errors()
        return []
    entries: list[_Entry] = []
    names: dict[str, tuple[int, str, tuple[int, int]]] = {}   # norm -> (entry, name, pos)
    ids: dict[str, tuple[int, int]] = {}
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        pos = items.at(i) if isinstance(items, NodeList) else (0, 0)
        label = f"terms[{i + 1}]"
        term = item.get("term")
        if not isinstance(term, str):
            continue                                      # reported by validate
        term = " ".join(term.split())
        if not term:
            problems.add(name, *item.at("term"), f"{label}.term is empty: write the headword")
            continue
        reviewed = item.get("reviewed")
        reviewed = reviewed if isinstance(reviewed, bool) else True
        definition = item.get("definition")
        definition = " ".join(definition.split()) if isinstance(definition, str) else ""
        if reviewed and not definition:
            where = item.at("definition") if "definition" in item else item.where
            problems.add(name, *where, f"'{term}': missing definition (write one to three "
                         "sentences for undergraduates, or mark the entry 'reviewed: false')")
        tid = item.get("id")
        if isinstance(tid, (int, float)) and not isinstance(tid, bool):
            tid = str(tid)
        if isinstance(tid, str) and tid.strip():
            tid = tid.strip()
            if not _ID_RE.match(tid):
                problems.add(name, *item.at("id"), f"'{term}': id '{tid}' may contain only "
                             "letters, digits, '-' and '_' (and must start with a letter or digit)")
        else:
            tid = slugify(term)
        aliases_raw = item.get("aliases") if isinstance(item.get("aliases"), list) else []
        aliases: list[str] = []
        own = {term}
        candidates = [(term, item.at("term"), True)]
        for j, a in enumerate(aliases_raw):
            if not isinstance(a, str):
                continue
            a = " ".join(a.split())
            apos = aliases_raw.at(j) if isinstance(aliases_raw, NodeList) else pos
            if not a:
                problems.add(name, *apos, f"'{term}': empty alias")
                continue
            if a in own:
                continue
            own.add(a)
            aliases.append(a)
            candidates.append((a, apos, False))
        mine: set[str] = set()
        duplicate_term = False
        for nm, npos, is_term in candidates:
            key = _norm(nm)
            if key in mine:
                continue                # a variant of this entry's own name (Erdoğan, Erdogan)
            mine.add(key)
            if key in names:
                other, other_name, opos = names[key]
                other_term = entries[other].term.term if other < len(entries) else other_name
                if is_term:
                    duplicate_term = True
                    problems.add(name, *npos, f"duplicate term '{nm}': already a name of "
                                 f"'{other_term}' (line {opos[0]}); merge the two entries")
                else:
                    problems.add(name, *npos, f"alias '{nm}' of '{term}' is already a name of "
                                 f"'{other_term}' (line {opos[0]}): a name may belong to one "
                                 "entry only")
            else:
                names[key] = (len(entries), nm, npos)
        id_pos = item.at("id") if "id" in item else pos
        if tid in ids and not duplicate_term:
            problems.add(name, *id_pos, f"'{term}': duplicate id '{tid}' (already used at line "
                         f"{ids[tid][0]}); give one of the entries its own 'id'")
        ids.setdefault(tid, id_pos)
        see = item.get("see_also") if isinstance(item.get("see_also"), list) else []
        see_pos = [(s, see.at(j) if isinstance(see, NodeList) else pos)
                   for j, s in enumerate(see) if isinstance(s, str)]
        kind = item.get("kind") if isinstance(item.get("kind"), str) else ""
        evidence = [str(x) for x in item.get("evidence") or [] if isinstance(x, str)] \
            if isinstance(item.get("evidence"), list) else []
        entries.append(_Entry(i, pos, model.GlossaryTerm(
            id=tid, term=term, definition=definition, aliases=aliases, see_also=[],
            reviewed=reviewed, pinned=item.get("pinned") is True, kind=kind,
            evidence=evidence,
            after=item.get("after") if isinstance(item.get("after"), str) else ""), see_pos))
    # see_also: by term, alias or id
    lookup = {k: entries[v[0]].term.term for k, v in names.items()}
    lookup.update({e.term.id: e.term.term for e in entries})
    all_terms = [e.term.term for e in entries]
    for e in entries:
        for ref, rpos in e.see_pos:
            target = lookup.get(_norm(ref)) or lookup.get(ref.strip())
            if target is None:
                problems.add(name, *rpos, f"'{e.term.term}': see_also names '{ref}', which is "
                             f"not an entry of this glossary{suggest(ref, all_terms)}")
            elif target == e.term.term:
                problems.add(name, *rpos, f"'{e.term.term}': see_also names the entry itself")
            elif target not in e.term.see_also:
                e.term.see_also.append(target)
    problems.raise_if_errors()
    return [e.term for e in entries]


# ---------------------------------------------------------------- text of a reading


def _inline_text(nodes: list) -> str:
    out = []
    for n in nodes:
        if isinstance(n, (model.Text, model.TermRef)):
            out.append(n.text)
        elif isinstance(n, (model.Emph, model.Cite)):
            out.append(_inline_text(n.children))
        elif isinstance(n, model.Link):
            out.append(" \u2063 ")          # a URL is not text: keep words apart
    return "".join(out)


def _body(reading: model.Reading) -> list[tuple[str, str]]:
    """``(section id, block text)`` for every body block."""
    return [(s.id, _inline_text(b.inlines)) for s, b in reading.blocks()]


def _notes(reading: model.Reading) -> list[str]:
    return [_inline_text(n.inlines) for n in reading.footnotes]


_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z])")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENT_SPLIT.split(text) if s.strip()]


def count_occurrences(reading: model.Reading, terms: list[model.GlossaryTerm]):
    """``{term index: (count, set of section ids)}`` for the body."""
    matcher = Matcher(terms)
    found: dict[int, tuple[int, set]] = {}
    for sid, text in _body(reading):
        for _s, _e, i in matcher.find(text):
            c, secs = found.get(i, (0, set()))
            secs.add(sid)
            found[i] = (c + 1, secs)
    return found


# ---------------------------------------------------------------- suggestions


_ACRO_RE = re.compile(r"(?<![\w.\-])(?:[A-Z][A-Z0-9&]*[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*|(?:[A-Z]\.){2,})"
                      r"(?![\w])")
_ROMAN_RE = re.compile(r"^[IVXLCDM]+$")
_TOKEN_RE = re.compile(r"[^\W\d_][\w\-\u2010\u2011]*(?:[\u2019'][^\W\d_]+)?|\d[\w\-]*|[^\w\s]")


def _is_acronym(tok: str) -> bool:
    return bool(_ACRO_RE.fullmatch(tok)) and not _ROMAN_RE.match(tok.replace(".", ""))


def _best_long_form(short: str, long: str) -> str | None:
    """Schwartz & Hearst's long-form search: the shortest tail of ``long``
    whose letters spell ``short`` in order, starting at a word start.

    >>> _best_long_form("CSTO", "allies in the Collective Security Treaty Organization")
    'Collective Security Treaty Organization'
    >>> _best_long_form("SIPRI", "data from the Stockholm International Peace Research Institute")
    'Stockholm International Peace Research Institute'
    >>> _best_long_form("CSTO", "the great war") is None
    True
    """
    tail = long_form_tail(short, long)
    if tail is None:
        return None
    result = tail.strip()
    words = result.split()
    letters = sum(ch.isalnum() for ch in short)
    if len(result) <= len(short) or len(words) > min(letters + 5, letters * 2):
        return None
    if not result[:1].isupper() and not result[:1].isdigit():
        return None
    return result


def _acronym_pairs(texts: list[str]) -> list[tuple[str, str, str]]:
    """``(acronym, expansion, sentence)`` found as ``Long Form (LF)`` or
    ``LF (Long Form)``."""
    pairs = []
    for text in texts:
        for sent in _sentences(text):
            for m in re.finditer(r"\(([^()]{1,120})\)", sent):
                inner = m.group(1).strip()
                before = sent[: m.start()].rstrip()
                if _is_acronym(inner):
                    head = re.split(r"[;:.,\"“”()\[\]]", before)[-1]
                    words = head.split()
                    n = sum(ch.isalnum() for ch in inner)
                    window = " ".join(words[-min(n + 5, n * 2):])
                    lf = _best_long_form(inner, window)
                    if lf:
                        pairs.append((inner, _strip_function(lf), sent))
                else:
                    prev = re.search(r"(\S+)$", before)
                    if prev and _is_acronym(prev.group(1)) and len(inner.split()) >= 2:
                        inner_head = re.split(r"[;,]", inner)[0].strip()
                        lf = _best_long_form(prev.group(1), inner_head)
                        if lf and lf == inner_head:
                            pairs.append((prev.group(1), _strip_function(lf), sent))
    return pairs


def _strip_function(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].lower() in FUNCTION_WORDS:
        words.pop(0)
    while words and words[-1].lower() in CONNECTORS:
        words.pop()
    return " ".join(words)


def _base(tok: str) -> str:
    return re.sub(r"[\u2019']s$", "", tok)


def _proper_runs(body: list[tuple[str, str]]):
    """``(runs, cap_mid, lower_seen)``: the capitalised runs of words in the
    body as ``(words, sentence)``, how often each capitalised word occurs
    inside a sentence, and the words seen in lower case."""
    lower_seen: set[str] = set()
    cap_mid: Counter = Counter()
    sentences: list[list[str]] = []
    sent_text: list[str] = []
    for _sid, text in body:
        for sent in _sentences(text):
            toks = _TOKEN_RE.findall(sent)
            sentences.append(toks)
            sent_text.append(sent)
            first_word = True
            for tok in toks:
                if not tok[0].isalpha():
                    if tok not in "\"“‘'(":
                        first_word = False
                    continue
                b = _base(tok)
                if b[0].islower():
                    lower_seen.add(b.lower())
                elif not first_word:
                    cap_mid[b] += 1
                first_word = False

    def proper(tok: str, initial: bool) -> bool:
        b = _base(tok)
        if not b[:1].isupper():
            return False
        if b.lower() in FUNCTION_WORDS:
            return False
        if initial:
            return cap_mid[b] > 0 or (b.lower() not in lower_seen
                                      and zipf_frequency(b.lower(), "en") < 3.5)
        return True

    runs = []
    for toks, sent in zip(sentences, sent_text):
        run: list[str] = []
        pending: list[str] = []
        first_word = True

        def flush():
            if run:
                runs.append((list(run), sent))
            run.clear()
            pending.clear()

        for tok in toks:
            if not tok[0].isalpha():
                flush()
                if tok not in "\"“‘'(":
                    first_word = False
                continue
            initial = first_word
            first_word = False
            if proper(tok, initial) or (_is_acronym(tok) and not initial):
                run.extend(pending)
                pending.clear()
                run.append(_base(tok))
                if _base(tok) != tok:        # possessive ends the name
                    flush()
            elif run and tok.lower() in CONNECTORS and len(pending) < 2:
                pending.append(tok)
            else:
                flush()
        flush()
    return runs, cap_mid, lower_seen


_NAMED_RE = re.compile(
    r"(?P<names>(?:[^\W\d_][\w\u2019'\-\u2010\u2011]*\s+){1,4})"
    r"(?P<head>(?i:" + "|".join(HEAD_NOUNS) + r"))\b")


def _named_things(body, cap_mid: Counter):
    """``(phrase, sentence)`` for a name followed by a common noun such as
    *war*, *corridor*, *format* (``second Karabakh war``, ``Astana format``):
    the capitalised words just before the noun, and an ordinal before them."""
    for _sid, text in body:
        for sent in _sentences(text):
            for m in _NAMED_RE.finditer(sent):
                words = m.group("names").split()
                k = len(words)
                while k > 0 and words[k - 1][:1].isupper():
                    k -= 1
                names = words[k:]
                # a capitalised word opening the sentence is a name only if it
                # is also capitalised elsewhere
                at_start = k == 0 and not sent[: m.start("names")].strip(" \"“‘(")
                while names and (names[0].lower() in FUNCTION_WORDS or names[0].lower() in TITLES
                                 or (at_start and cap_mid[names[0]] == 0)):
                    names.pop(0)
                    at_start = False
                if not names or any(w.endswith(("\u2019s", "'s")) for w in names):
                    continue
                head = m.group("head")
                before = words[k - 1] if k > 0 and len(names) == len(words) - k else ""
                if before.lower() in ORDINALS:
                    yield f"{before} {' '.join(names)} {head}", sent
                else:
                    yield f"{' '.join(names)} {head}", sent


def _split_coordinations(runs, cap_mid: Counter):
    """``Armenia and Azerbaijan`` is two names, ``Belt and Road`` one: a run
    is split at ``and``/``or`` when the words on both sides are used
    capitalised more often than the run itself occurs."""
    n_runs = Counter(" ".join(r) for r, _s in runs)
    out = []
    for run, sent in runs:
        n = n_runs[" ".join(run)]
        cur: list[str] = []
        for k, w in enumerate(run):
            if (w.lower() in ("and", "or") and 0 < k < len(run) - 1
                    and cap_mid[run[k - 1]] > n and cap_mid[run[k + 1]] > n):
                out.append((cur, sent))
                cur = []
            else:
                cur.append(w)
        out.append((cur, sent))
    return out


def _guess_kind(phrase: str, is_acronym: bool = False) -> str:
    words = [w.lower() for w in re.split(r"[\s\-\u2010\u2011]+", phrase) if w]
    if not words:
        return ""
    head = words[-1]
    for kind, heads in _KIND_HEADS.items():
        if head in heads:
            return kind
    if is_acronym and any(w in _KIND_HEADS["organisation"] for w in words):
        return "organisation"
    return ""


def suggest_candidates(reading: model.Reading, existing: list[model.GlossaryTerm]) -> list[dict]:
    """Candidate glossary terms found in the reading (see the module's
    documentation for the rules), best first: dicts with ``term``,
    ``aliases``, ``kind`` (a guess, may be empty), ``count`` (occurrences in
    the body), ``spread`` (sections they are in), ``reason`` and
    ``definition_hint`` (the sentence that defines or uses the term)."""
    existing = [t for t in existing if not t.drafted]   # drafted at build time: not the file's
    body = _body(reading)
    notes = _notes(reading)
    groups: list[dict] = []
    by_name: dict[str, dict] = {}

    def add(term: str, aliases: list[str], reason: str, hint: str, kind: str = ""):
        term = term.strip()
        if not term:
            return
        names = [term, *aliases]
        group = None
        for nm in names:
            group = by_name.get(_norm(nm))
            if group:
                break
        if group is None:
            group = {"term": term, "aliases": [], "kind": kind, "reasons": [], "hint": hint}
            groups.append(group)
        for nm in names:
            if _norm(nm) not in by_name:
                by_name[_norm(nm)] = group
                if _norm(nm) != _norm(group["term"]):
                    group["aliases"].append(nm)
        if reason not in group["reasons"]:
            group["reasons"].append(reason)
        if not group["kind"]:
            group["kind"] = kind
        if hint and (not group["hint"] or reason.startswith(("defined", "acronym"))):
            group["hint"] = hint if not group["hint"] or reason.startswith("defined") \
                else group["hint"]

    # 1. acronyms with expansions (body and notes)
    expanded = set()
    for acr, lf, sent in _acronym_pairs([t for _s, t in body] + notes):
        expanded.add(acr)
        add(acr, [lf], f"acronym '{acr}' expanded in the text as '{lf}'", _clip(sent),
            _guess_kind(lf, True))
    # 2. definitions (body and notes)
    for x, sent in _definitions([t for _s, t in body] + notes):
        add(x, [], "defined in the text", _clip(sent), _guess_kind(x))
    # 3. acronyms without expansion, recurring names (body)
    acr_count: Counter = Counter()
    acr_sent: dict[str, str] = {}
    for _sid, text in body:
        for sent in _sentences(text):
            words = sent.split()
            caps = sum(1 for w in words if w.isupper() and len(w) > 1)
            if words and caps >= 3 and caps >= len(words) * 0.6:
                continue                            # a line in capitals, not acronyms
            for m in _ACRO_RE.finditer(sent):
                a = m.group()
                if not _ROMAN_RE.match(a.replace(".", "")):
                    acr_count[a] += 1
                    acr_sent.setdefault(a, sent)
    for a in acr_count:
        if a in expanded:
            continue
        add(a, [], "acronym used without an expansion", _clip(acr_sent[a]), "")
    runs, cap_mid, lower_seen = _proper_runs(body)
    phrases: Counter = Counter()
    phrase_sent: dict[str, str] = {}
    singles: Counter = Counter()
    for run, sent in _split_coordinations(runs, cap_mid):
        while run and (run[0].lower() in TITLES or run[0].lower() in FUNCTION_WORDS):
            run = run[1:]
        while run and run[-1].lower() in CONNECTORS:
            run = run[:-1]
        if not run:
            continue
        phrase = " ".join(run)
        if len(run) >= 2 or re.search(f"[{_HYPHENS}]", phrase):
            phrases[phrase] += 1
            phrase_sent.setdefault(phrase, sent)
        elif len(run) == 1 and not _is_acronym(run[0]):
            singles[run[0]] += 1
            phrase_sent.setdefault(run[0], sent)
    for p, c in phrases.items():
        if c >= 2:
            add(p, [], "recurring name", _clip(phrase_sent[p]), _guess_kind(p))
    for w, c in singles.items():
        if (c >= 2 and cap_mid[w] >= 2 and w.lower() not in lower_seen
                and zipf_frequency(w.lower(), _zipf_lang(reading)) < 3.5):
            add(w, [], "recurring rare name", _clip(phrase_sent[w]), "")
    named: Counter = Counter()
    named_form: dict[str, str] = {}
    for phrase, sent in _named_things(body, cap_mid):
        key = _norm(phrase)
        named[key] += 1
        if key not in named_form or phrase[:1].islower():
            named_form[key] = phrase          # prefer the lower-case ("second …") form
            phrase_sent.setdefault(key, sent)
    for key, c in named.items():
        if c >= 2:
            add(named_form[key], [], "recurring name with a common noun",
                _clip(phrase_sent[key]), _guess_kind(named_form[key]))
    # merge a phrase into a longer one that ends with it ("Minsk Group" into
    # "OSCE Minsk Group"), a derived word into its name ("Azerbaijani" into
    # "Azerbaijan")
    for g in sorted(groups, key=lambda g: len(g["term"])):
        longer = [h for h in groups if h is not g and not h.get("merged")
                  and len(h["term"]) > len(g["term"])
                  and re.search("(?:^|[" + _HYPHENS + r"\s])" + re.escape(g["term"]) + "$",
                                h["term"])]
        if not longer and " " not in g["term"] and not _is_acronym(g["term"]):
            longer = [h for h in groups if h is not g and not h.get("merged")
                      and " " not in h["term"] and not _is_acronym(h["term"])
                      and 0 < len(g["term"]) - len(h["term"]) <= 3
                      and g["term"].startswith(h["term"]) and len(h["term"]) >= 4]
            for h in longer:          # the shorter one is the headword
                h["aliases"].append(g["term"])
                h["reasons"].append(f"with its derived form '{g['term']}'")
                g["merged"] = True
            continue
        if longer and not _is_acronym(g["term"]):
            h = max(longer, key=lambda h: len(h["term"]))
            if _norm(g["term"]) not in {_norm(a) for a in h["aliases"]}:
                h["aliases"].append(g["term"])
            h["aliases"].extend(a for a in g["aliases"] if a not in h["aliases"])
            h["reasons"].extend(r for r in g["reasons"] if r not in h["reasons"])
            g["merged"] = True
    groups = [g for g in groups if not g.get("merged")]
    # leave out what the glossary has
    have = {_norm(n) for t in existing for n in [t.term, *t.aliases]}
    groups = [g for g in groups
              if not any(_norm(n) in have for n in [g["term"], *g["aliases"]])]
    # the more used form is the headword
    cand_terms = [model.GlossaryTerm(str(i), g["term"], "x", aliases=g["aliases"])
                  for i, g in enumerate(groups)]
    allterms = cand_terms + [t for t in existing]
    counts = count_occurrences(reading, allterms)
    out = []
    for i, g in enumerate(groups):
        count, secs = counts.get(i, (0, set()))
        if count == 0 or (count < 2 and all(r.startswith("recurring") for r in g["reasons"])):
            continue
        names = [g["term"], *g["aliases"]]
        per_name = count_occurrences(reading, [model.GlossaryTerm(str(k), n, "x")
                                               for k, n in enumerate(names)])
        head = max(names, key=lambda n: (per_name.get(names.index(n), (0,))[0],
                                         -names.index(n)))
        aliases = [n for n in names if n != head]
        out.append({"term": head, "aliases": aliases, "kind": g["kind"], "count": count,
                    "spread": len(secs), "reason": "; ".join(g["reasons"]),
                    "definition_hint": g["hint"]})
    out.sort(key=lambda c: (-c["count"] * c["spread"], -c["count"], sort_key(c["term"])))
    # definitions drafted from the article are attached to their candidate
    # (or added as one); bare names that are cited authors, numbers, years or
    # table labels are left out; candidates with a definition come first
    from .drafting import _bad_term, cited_names, draft  # lazy: drafting 35-50 ms on schema and questions
    cited, lang = cited_names(reading), language(reading)
    out = [c for c in out if not _bad_term(c["term"], cited, lang)]
    index = {_norm(n): c for c in out for n in [c["term"], *c["aliases"]]}
    for d in draft(reading):
        names = [d.term, *d.aliases]
        if any(_norm(n) in have for n in names):
            continue
        c = next((index[_norm(n)] for n in names if _norm(n) in index), None)
        if c is None:
            e = d.entry()
            c = {k: e[k] for k in ("term", "aliases", "kind", "count", "spread", "reason",
                                   "definition_hint")}
            out.append(c)
            index.update({_norm(n): c for n in names})
        elif "definition" in c:
            continue
        else:
            c["reason"] += f"; definition drafted from the article ({d.how})"
        c["definition"], c["evidence"] = d.definition, [d.evidence]
        if d.after:
            c["after"] = d.after
        c["definition_hint"] = d.quote
        # the draft's headword and names: it says what the definition defines (the
        # candidate's long form may be a guess, "Raumforschung" for RAG, or inflected,
        # "des Hochschulrahmengesetzes", and its more used name may be a common word)
        c["term"], c["aliases"] = d.term, [a for a in d.aliases if a != d.term]
        if d.how == "acronym":      # the guessed expansion is not the one printed
            c["reason"] = re.sub(r"acronym '[^']*' expanded in the text as '[^']*'",
                                 f"acronym '{d.term}' expanded in the text as "
                                 f"'{d.aliases[0] if d.aliases else d.definition}'", c["reason"])
        index.update({_norm(n): c for n in names})
    out = _without_junk(out, " ".join(t for _s, t in body), lang)
    out.sort(key=lambda c: "definition" not in c)
    return out


_GERMAN_DET = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines",
               "einem", "einen"}
_GERMAN_JOINERS = {"der", "des", "von", "vom", "für", "zur", "zum", "im", "am", "den", "dem",
                   "mit", "und", "in", "auf"}
_MODALS = {"can", "could", "may", "might", "must", "shall", "should", "will", "would", "is",
           "are", "was", "were", "has", "have", "had", "does", "did"}


def _junk_term(term: str, body: str, lang: str) -> bool:
    """A suggestion that is no headword: a suspended-hyphen stub ("Generationen-"
    of "Generationen- und Teilhabegerechtigkeit"), a German phrase opening on an
    article ("Die Ziele") or a common noun joined by a preposition or article
    ("Zuge der Reform", "Stand der Umsetzung": a noun phrase, not a name), an
    abbreviation always printed with its period ("Polit."), a phrase ending on a
    function word or a verb ("Independent from what it", "Work can") or opening
    on "to".

    >>> [_junk_term(t, "Die Ziele sind klar. Im Zuge der Reform wuchs die Polit. Arbeit "
    ...             "der Polit. Abteilung.", "de") for t in ("Generationen-", "Die Ziele",
    ...  "Zuge der Reform", "Polit", "Generalplan Ost", "Gender Studies")]
    [True, True, True, True, False, False]
    >>> [_junk_term(t, "", "en") for t in ("Work can", "Independent from what it",
    ...  "to work for the meetings", "Rules of Procedure", "WHO")]
    [True, True, True, False, False]
    """
    words = term.split()
    if not words or term[-1] in _HYPHENS:
        return True
    if re.fullmatch(r"[A-ZÄÖÜ0-9&.\-]+s?", term):
        return False                     # an acronym ("WHO", "IT")
    low = [w.lower() for w in words]
    if lang == "de":
        if low[0] in _GERMAN_DET and len(words) > 1:
            return True
        if len(words) > 1 and any(w in _GERMAN_JOINERS for w in low[1:-1]) and \
                zipf_frequency(low[0], "de") >= 3.0:
            return True
    if low[-1] in FUNCTION_WORDS or low[-1] in _MODALS or low[0] == "to" and len(words) > 1:
        return True
    if " " not in term and not term.isupper():
        uses = re.findall(rf"(?<![\w\-]){re.escape(term)}(?![\w\-])(.?)", body)
        if len(uses) >= 2 and all(u == "." for u in uses):
            return True                  # "Polit." wherever it stands: an abbreviation
    return False


def _german_inflected(term: str, body: str) -> str | None:
    """A one-word German suggestion in the genitive ("Asyls", "Lernens") as the
    form the article also prints without the ending ("Asyl", "Lernen").

    >>> body = "Das Asyl wurde gewährt. Die Politik des Asyls. Der Prozess."
    >>> _german_inflected("Asyls", body), _german_inflected("Prozess", body)
    ('Asyl', None)
    """
    for end in ("es", "s"):
        stem = term[:-len(end)]
        if term.endswith(end) and len(stem) >= 3 and re.search(
                rf"(?<![\w\-]){re.escape(stem)}(?![\w\-])", body):
            return stem
    return None


def _without_junk(out: list[dict], body: str, lang: str) -> list[dict]:
    """The suggestions without junk (:func:`_junk_term`), a German genitive as the
    article's base form, each headword in the case the article writes it inside a
    sentence ("Category of work" only opens sentences: "category of work")."""
    from .drafting import _headword_case  # lazy: drafting 35-50 ms on schema and questions
    kept, seen = [], set()
    for c in out:
        if _junk_term(c["term"], body, lang):
            continue
        if lang == "de" and " " not in c["term"] and not c["term"].isupper():
            base = _german_inflected(c["term"], body)
            if base is not None:
                c["aliases"] = [c["term"], *c["aliases"]]
                c["term"] = base
        c["term"] = _headword_case(c["term"], body, lang)
        if _norm(c["term"]) in seen:
            continue
        seen.add(_norm(c["term"]))
        kept.append(c)
    return [c for c in kept if not _fragment(c["term"], [k["term"] for k in kept], body)]


def _fragment(term: str, terms: list[str], body: str) -> bool:
    """``term`` is used only inside a longer suggested term ("Trojan" of "Trojan
    altruism"): a piece of that term, which the glossary never marks on its own.

    >>> _fragment("Trojan", ["Trojan", "Trojan altruism"], "Trojan altruism is rare. Trojan altruism.")
    True
    >>> _fragment("Trojan", ["Trojan", "Trojan altruism"], "Trojan altruism. The Trojan horse.")
    False
    """
    def n(t: str) -> int:
        return len(re.findall(rf"(?<![\w\-]){re.escape(t)}(?![\w\-])", body))
    own = n(term)
    inside = sum(n(t) for t in terms if t != term and len(t) > len(term) and
                 re.search(rf"(?<![\w\-]){re.escape(term)}(?![\w\-])", t))
    return own > 0 and inside >= own


_DEF_VERBS = (r"serves? as|refers? to|is defined as|are defined as|stands? for|is the name "
              r"(?:given )?(?:to|for)|is a term for|denotes")
_NP = r"((?:[\w\u2019'\-\u2010\u2011]+\s+){0,4}?[\w\u2019'\-\u2010\u2011]+)"


def _definitions(texts: list[str]) -> list[tuple[str, str]]:
    """``(term, sentence)`` for terms the text defines.

    >>> _definitions(["Led by Russia and Iran, the Astana format serves as a forum for talks."])
    [('Astana format', 'Led by Russia and Iran, the Astana format serves as a forum for talks.')]
    >>> _definitions(["Azerbaijan uses the term ‘Zangezur corridor’ for it."])[0][0]
    'Zangezur corridor'
    """
    out = []
    for text in texts:
        for sent in _sentences(text):
            for m in re.finditer(r"\b(?i:the) (?:term|expression|phrase|name|word)s?\s+[‘'\"“]([^’'\"”]{2,60})[’'\"”]",
                                 sent):
                out.append((m.group(1).strip(), sent))
            for m in re.finditer(r"\bso-called\s+[‘'\"“]?([A-Z][\w\-\u2010\u2011]*(?:\s+(?:[A-Z]"
                                 r"[\w\-\u2010\u2011]*|of|and|the))*)", sent):
                out.append((_strip_function(m.group(1)), sent))
            for m in re.finditer(r"(?:^|[,;:]\s+)" + _NP + r"\s+(?:" + _DEF_VERBS + r")\b", sent):
                x = _strip_function(m.group(1))
                if x and any(w[:1].isupper() for w in x.split()) and not _stop_subject(x):
                    out.append((x, sent))
            m = re.match(r"^(?:The\s+)?" + _NP + r"\s+(?:is|was|are|were)\s+(?:a|an)\s", sent)
            if m:
                x = _strip_function(m.group(1))
                words = x.split()
                if x and (len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 1
                          or (len(words) == 1 and _is_acronym(words[0]))) \
                        and not _stop_subject(x):
                    out.append((x, sent))
    return out


def _stop_subject(x: str) -> bool:
    return all(w.lower() in FUNCTION_WORDS for w in x.split())


def _clip(s: str, n: int = 240) -> str:
    s = " ".join(s.replace("\u2063", "").split())
    return s if len(s) <= n else s[: n - 1].rsplit(" ", 1)[0] + "…"


# ---------------------------------------------------------------- adding suggestions


def add_suggestions(path: Path, candidates: list[dict]) -> int:
    """Append candidates to ``glossary.yaml`` as unreviewed entries
    (``reviewed: false``, empty definition, the reason and hint as comments).
    Existing text is never changed (except that an empty ``terms: []`` is
    opened); candidates whose term or an alias is already a name in the file
    are skipped, so running it twice adds nothing.  The file is written
    atomically.  Returns the number of entries added."""
    path = Path(path)
    text = read_text(path) if path.exists() else ""
    data = loads_yaml(text, str(path)) if text.strip() else None
    if data is None:
        data = {}
    if not isinstance(data, dict) or not isinstance(data.get("terms", []) or [], list):
        raise ContentError(Problem(str(path), 0, 0, "cannot add suggestions: the file "
                                   "needs a top-level 'terms:' list"))
    items = data.get("terms") or []
    have = set()
    for item in items:
        if isinstance(item, dict):
            for n in [item.get("term"), *(item.get("aliases") or [])]:
                if isinstance(n, str):
                    have.add(_norm(n))
    new = []
    for c in candidates:
        names = [c["term"], *c.get("aliases", [])]
        if any(_norm(n) in have for n in names):
            continue
        have.update(_norm(n) for n in names)
        new.append(c)
    if not new:
        return 0
    if "terms" not in data:
        text = text + ("" if not text or text.endswith("\n") else "\n") + "terms:\n"
    elif not items:
        m = re.search(r"^terms:[ \t]*(\[\s*\])?[ \t]*(#.*)?$", text, re.MULTILINE)
        if not m:
            raise ContentError(Problem(str(path), 0, 0, "cannot add suggestions: write "
                                       "'terms:' on a line of its own"))
        text = text[: m.start()] + "terms:" + (f"  {m.group(2)}" if m.group(2) else "") \
            + text[m.end():]
    indent = _item_indent(text)
    chunks = [] if text.endswith("\n") or not text else ["\n"]
    chunks.append(f"\n{indent}# Suggested entries (reviewed: false): check each, write its "
                  "definition, then set reviewed: true or delete it.\n")
    for c in new:
        chunks.append(_entry_text(c, indent))
    added = "".join(chunks)
    if "\r\n" in text:
        added = added.replace("\n", "\r\n")         # keep the file's line endings
    new_text = text + added
    # never write something that does not read back as before plus the new entries
    check = loads_yaml(new_text, str(path))
    old_items = [dict(x) if isinstance(x, dict) else x for x in items]
    got = [dict(x) if isinstance(x, dict) else x for x in check.get("terms") or []]
    if got[: len(old_items)] != old_items or len(got) != len(old_items) + len(new):
        raise ContentError(Problem(str(path), 0, 0, "cannot add suggestions without "
                                   "changing existing entries; add them by hand"))
    atomic_write(path, new_text)
    return len(new)


def _item_indent(text: str) -> str:
    m = None
    in_terms = False
    for line in text.splitlines():
        if re.match(r"^terms:", line):
            in_terms = True
            continue
        if in_terms:
            mm = re.match(r"^(\s*)- ", line)
            if mm:
                m = mm.group(1)
                break
    return "  " if m is None else m


def _comment(text: str) -> str:
    """Text made safe for one comment line."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in str(text)).split())


def _entry_text(c: dict, indent: str) -> str:
    pad = indent + "  "
    lines = [f"{indent}# {_comment(c.get('reason', 'suggested'))}; {c.get('count', 0)} "
             f"occurrence(s) in {c.get('spread', 0)} section(s)"]
    hint = _comment(c.get("definition_hint") or "")
    if hint:
        lines.append(f"{indent}# hint: {hint}")
    lines.append(f"{indent}- term: {scalar(c['term'])}")
    if c.get("aliases"):
        lines.append(f"{pad}aliases: [{', '.join(scalar(a) for a in c['aliases'])}]")
    if c.get("kind") in KINDS:
        lines.append(f"{pad}kind: {c['kind']}")
    if c.get("definition"):
        lines.append(f"{pad}definition: {scalar(c['definition'])}")
        lines.append(f"{pad}evidence: [{', '.join(scalar(e) for e in c.get('evidence', []))}]")
        if c.get("after"):
            lines.append(f"{pad}after: {scalar(c['after'])}")
    else:
        lines.append(f"{pad}definition: \"\"")
    lines.append(f"{pad}reviewed: false")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- checks


FREQUENT_COUNT = 3     # a missing candidate is reported from this many occurrences
FREQUENT_SPREAD = 2    # ... in at least this many sections


def check_glossary(reading: model.Reading, path: str) -> list[Problem]:
    """Warnings about the glossary of a reading (``reading.glossary``):
    entries whose term and aliases never occur in the body, entries not
    reviewed yet, and frequent candidates (at least :data:`FREQUENT_COUNT`
    occurrences in :data:`FREQUENT_SPREAD` sections, with a rare word or an
    acronym in them, not containing a glossary name) that the glossary lacks.  ``path`` is the glossary
    file, read again only for line numbers."""
    positions: dict[str, tuple[int, int]] = {}
    try:
        data = load_yaml(Path(path), path) if Path(path).exists() else None
        items = data.get("terms") if isinstance(data, dict) else None
        if isinstance(items, NodeList):
            for i, item in enumerate(items):
                if isinstance(item, dict) and isinstance(item.get("term"), str):
                    positions[_norm(item["term"])] = items.at(i)
    except ContentError:
        pass
    out: list[Problem] = []
    terms = reading.glossary
    try:        # the file's entries, printable or not (the reading keeps the printable)
        if Path(path).exists():
            terms = load_glossary(Path(path), path) or terms
    except ContentError:
        pass
    counts = count_occurrences(reading, terms)
    for i, t in enumerate(terms):
        line, col = positions.get(_norm(t.term), (0, 0))
        if i not in counts:
            names = ", ".join(f"'{n}'" for n in [t.term, *t.aliases])
            out.append(Problem(path, line, col, f"glossary entry '{t.term}' never occurs in "
                               f"the article body (looked for {names}): spell the term as the "
                               "text does, add the text's spelling as an alias, or remove the "
                               "entry", "warning"))
        if not t.reviewed:
            out.append(Problem(path, line, col, f"glossary entry '{t.term}' is not reviewed "
                               "(reviewed: false): " + (
                                   "its drafted definition is printed as the article's wording "
                                   "until it is" if t.drafted else
                                   "it is left out of the reader and handout until it is"),
                               "warning"))
    have = Matcher(terms)
    for c in suggest_candidates(reading, terms):
        if have.find(c["term"]):
            continue        # contains a glossary name ('X conflict' for 'X'): covered enough
        if c["count"] >= FREQUENT_COUNT and c["spread"] >= FREQUENT_SPREAD and \
                _distinctive(c, _zipf_lang(reading)):
            out.append(Problem(path, 0, 0, f"'{c['term']}' occurs {c['count']} times in "
                               f"{c['spread']} sections but is not in the glossary "
                               f"({c['reason']}); consider adding it", "warning"))
    return out


def _zipf_lang(reading: model.Reading) -> str:
    """The word list to judge rarity by: the reading's language (German
    capitalises every noun, so a capital says less there), English otherwise."""
    return "de" if language(reading) == "de" else "en"


def _distinctive(c: dict, lang: str = "en") -> bool:
    """An acronym, a phrase with a rare word in it, or a single very rare
    word (a country's name, used throughout, needs no warning); rarity in the
    reading's language."""
    term = c["term"]
    if " " not in term and not _is_acronym(term):
        return zipf_frequency(term.lower(), lang) < 3.0
    for name in [c["term"], *c["aliases"]]:
        for w in re.split(r"[\s\-\u2010\u2011\u2019']+", name):
            if w and (_is_acronym(w) or zipf_frequency(w.lower(), lang) < 4.0):
                return True
    return False


# ---------------------------------------------------------------- handout and index


#: Kinds that name a thing rather than a concept: a handout takes them last.
NAME_KINDS = frozenset({"place", "person", "organisation"})


def handout_terms(terms: list[model.GlossaryTerm], limit: int) -> list[model.GlossaryTerm]:
    """At most ``limit`` handout terms, in order of priority: reviewed
    entries only; pinned ones first, then the others
    by ``count × spread`` (anchors set by :func:`mark_terms` × the distinct
    sections they are in), then count, then alphabetically.  An entry that
    only spells out its acronym (:attr:`~coursepack.model.GlossaryTerm.abbreviation`)
    is no key term; unpinned entries that never occur are not chosen.
    Among the unpinned, the article's concepts and terms come before names
    (places, people, organisations: ``kind``), however often those occur: a
    key term is what the reader must understand, not the capital most named.

    >>> a = model.GlossaryTerm("a", "Alpha", "d", anchors=["1", "2"], sections=["s1", "s2"])
    >>> b = model.GlossaryTerm("b", "Beta", "d", anchors=["1", "2", "3"], sections=["s1"] * 3)
    >>> c = model.GlossaryTerm("c", "Gamma", "d", pinned=True)
    >>> [t.term for t in handout_terms([a, b, c], 2)]
    ['Gamma', 'Alpha']
    >>> e = model.GlossaryTerm("e", "EU", "European Union.", aliases=["European Union"],
    ...                        anchors=["1"] * 9, sections=["s1", "s2", "s3"] * 3)
    >>> [t.term for t in handout_terms([a, e], 2)]
    ['Alpha']
    >>> p = model.GlossaryTerm("p", "Baku", "The capital of Azerbaijan.", kind="place",
    ...                        anchors=["1"] * 9, sections=["s1", "s2", "s3"] * 3)
    >>> [t.term for t in handout_terms([p, a], 1)], [t.term for t in handout_terms([p, a], 2)]
    (['Alpha'], ['Alpha', 'Baku'])
    """
    usable = [t for t in terms if t.printable and not t.abbreviation]

    def score(t):
        return len(t.anchors) * len(set(t.sections))

    pinned = sorted((t for t in usable if t.pinned),
                    key=lambda t: (-score(t), -len(t.anchors), sort_key(t.term)))
    others = sorted((t for t in usable if not t.pinned and t.anchors),
                    key=lambda t: (t.kind in NAME_KINDS, -score(t), -len(t.anchors),
                                   sort_key(t.term)))
    return (pinned + others)[: max(0, limit)]


def _inflected(a: str, b: str) -> bool:
    """Two sort keys that differ only in an ending of up to three letters."""
    n = len(os.path.commonprefix([a, b]))
    return min(len(a), len(b)) >= 5 and n >= max(len(a), len(b)) - 3


def alias_index(terms) -> list[tuple[str, str]]:
    """Cross-references ``(alias, term)`` for aliases that sort elsewhere
    than their term, alphabetically.  An alias is left out when its sort key
    and that of the term, or of a shorter alias already listed, begin one
    with the other, so that they stand together anyway (``Nakhichevan
    Autonomous Republic`` under ``Nakhichevan``, ``Belt and Road`` above
    ``Belt and Road Initiative``, ``UAVs`` under ``UAV``).

    >>> t = model.GlossaryTerm("n", "Nakhchivan", "d",
    ...     aliases=["Nakhichevan", "Nakhichevan Autonomous Republic", "nakhchivan"])
    >>> alias_index([t])
    [('Nakhichevan', 'Nakhchivan')]

    Nor is an inflected form that sorts beside its term (a plural: "group
    motivation gain phenomena" by "… phenomenon"):

    >>> alias_index([model.GlossaryTerm("g", "gain phenomenon", "d",
    ...                                 aliases=["gain phenomena", "Austria"])])
    [('Austria', 'gain phenomenon')]
    """
    out = []
    for t in terms:
        if not getattr(t, "printable", True):
            continue
        kept = [sort_key(t.term)]
        for a in sorted(t.aliases, key=lambda a: (len(a), a)):
            k = sort_key(a)
            if not k or any(k.startswith(p) or p.startswith(k) or _inflected(k, p) for p in kept):
                continue
            kept.append(k)
            out.append((a, t.term))
    out.sort(key=lambda p: (sort_key(p[0]), p[0]))
    return out
