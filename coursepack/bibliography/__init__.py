"""The bibliography: the landing page's reference list, reconciled with
the article's notes, stored as BibTeX (pybtex) and formatted in a chosen
style.

``build_bibliography`` reads each note's citations (several per note,
``Ibid.``, shortened repeats), matches them to the listed works, mends the
list where the notes give evidence (each mend a ``Change`` with its
reason), adds the works only the notes cite, lists suspected errors of fact
for ``check`` (settled only by the editor, in ``bibliography.yaml``), lets
an editor's ``references.bib`` take precedence field by field, and links
notes and entries both ways (``Cite`` nodes in the notes, ``cited_by`` on
the entries).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pybtex.database import BibliographyData
from rapidfuzz import fuzz
from pybtex.style.template import FieldIsMissing

from .. import model
from .bibtex import citation_fields, dumps, entry_plain, make_entry, match_keys, write_bibtex
from .decisions import BIBLIOGRAPHY as DECISIONS_SCHEMA
from .decisions import Decisions, load_decisions
from .editor import read_editor
from .intext import Item, find_citations, match
from .keys import assign_keys
from .mend import doi_address, note_locator, print_type
from .reconcile import Work, number_label, printed_numbers, reconcile, reference_parser, secondary
from .styles import DOUBT_MARK, STYLES, format_entry, display_fields, page_range, year_suffixes
from .translit import fold, to_ascii
from .wrap import _unwrap, wrap_cites  # noqa: F401  (wrap_cites is public here)

__all__ = ["BibResult", "build_bibliography", "write_bibtex", "format_citation", "STYLES",
           "dumps", "DECISIONS_SCHEMA"]


@dataclass
class BibResult:
    entries: list[model.BibEntry]
    changes: list[model.Change]
    suspects: list[dict]
    bibdata: BibliographyData = field(default_factory=BibliographyData)
    intext: object = None       # intext.IntextResult when the body was given


def _sort_key(fields: dict, persons: dict) -> str:
    people = persons.get("author") or persons.get("editor") or []
    def drop(s):
        return re.sub(r"^(the|a|an)\s+", "", s.strip(), flags=re.I)
    if people:
        head = " ".join(drop(p.replace("{", "").replace("}", "")) for p in people)
        tail = drop(fields.get("title", ""))
    else:
        head, tail = drop(fields.get("title", "")), ""
    s = to_ascii(f"{head} {fields.get('year', '')} {tail}").lower()
    s = re.sub(r"[^a-z0-9 ]+", "", s)
    return " ".join(s.split())


def address_only(e: model.BibEntry) -> bool:
    """Whether an entry is a page of the web a note cites by its address
    alone (no author, editor or title): such entries are printed after the
    works, together, in the order of their addresses (the site's name
    first: "bmbf.de/…", "dfg.de/…"), not at the head of the list where an
    empty author would file them; they have no name to be filed under,
    and as a group they read as the web sources the notes point to.

    >>> address_only(model.BibEntry("k", "online", {"url": "www.dfg.de/x"}, {}))
    True
    >>> address_only(model.BibEntry("k", "online", {"url": "www.dfg.de/x", "title": "DFG"}, {}))
    False
    """
    return bool(e.fields.get("url")) and not e.fields.get("title") and not (
        e.persons.get("author") or e.persons.get("editor"))


def _address_key(url: str) -> str:
    """An address as it is filed: the site's name first.

    >>> _address_key("https://www.BMBF.de/de/494.php")
    'bmbf.de/de/494.php'
    """
    return re.sub(r"^(?:[a-z]+://)?(?:www\d?\.)?", "", url.strip().lower())


def _infer_type(fields: dict) -> str:
    if fields.get("journal"):
        return "article"
    if fields.get("institution") or fields.get("series"):
        return "report"
    if fields.get("publisher") and fields.get("address"):
        return "book"
    if fields.get("url") or fields.get("organization"):
        return "online"
    return "misc"


def format_citation(fields: dict, persons: dict, style: str = "chicago",
                    entry_type: str | None = None, lang: str = "en") -> list[model.Inline]:
    """One work (``fields`` and ``persons`` as BibTeX gives them, e.g.
    ``{"author": ["Kowalski, J."]}``) formatted in ``style``.

    >>> from coursepack.model import plain_text
    >>> plain_text(format_citation({"title": "Rivers", "journal": "Geo", "volume": "3",
    ...     "year": "2001", "pages": "1–9"}, {"author": ["Nowak, Jan"]}, "chicago"))
    'Nowak, Jan. “Rivers.” Geo 3 (2001): 1–9.'
    """
    if style not in STYLES:
        raise ValueError(f"unknown style '{style}'; known: {', '.join(STYLES)}")
    fields = dict(fields)
    if "date" not in fields and fields.get("year"):
        fields["date"] = str(fields["year"])
    for k in ("pages", "number"):       # 367-386, 2-3 as print sets them: 367–386, 2–3
        if fields.get(k):
            fields[k] = page_range(str(fields[k]))
    entry = make_entry(entry_type or _infer_type(fields), fields, persons)
    return format_entry(entry, style, lang)


def build_bibliography(footnotes: list[model.Footnote], *, landing_refs: list[str] | None,
                       editor_bib: Path | None = None, decisions: Path | None = None,
                       style: str = "chicago", sections: list[model.Section] | None = None,
                       lang: str = "en") -> BibResult:
    """Reconcile, store and format; also wraps each citation in the notes
    in a ``Cite`` node and fills ``Footnote.cites``.  With ``sections``
    (the body), the in-text citations there are linked too (``Cite`` nodes
    with anchors, ``BibEntry.cited_in``); the citations that match no entry
    and the entries nothing cites are listed among the suspects.  ``lang``
    is the language the style prints its words in (the reading's)."""
    if style not in STYLES:
        raise ValueError(f"unknown style '{style}'; known: {', '.join(STYLES)}")
    rec = reconcile(footnotes, landing_refs)
    works = rec.works
    # stable keys, from the works as read and mended (not from overrides)
    order = sorted(range(len(works)), key=lambda i: (
        works[i].list_number if works[i].list_number is not None else 10_000,
        min(works[i].cited_by) if works[i].cited_by else 10_000))
    editor_data = read_editor(editor_bib)     # .bib, .json, .ris: one path or several
    to_citation = reference_parser().to_citation
    keys = assign_keys([works[i] for i in order],
                       lambda w: w.cit if w.entry is None or w.origin == "list" else to_citation(w.entry))
    for i, k in zip(order, keys):
        works[i].key = k
    suspects = []
    for s in rec.suspects:
        s = dict(s)
        if isinstance(s["key"], Work):
            s["key"] = s["key"].key
        suspects.append(s)
    changes = list(rec.changes)
    # fields of each work
    data: dict[str, tuple[str, dict, dict, Work | None]] = {}
    for w in works:
        etype, f, p = citation_fields(w.cit)
        if w.entry is None and w.origin == "notes" and w.cit.text:
            # a note's locator ("Art. 10, Abs. 2") is no part of the work
            note_locator(model.BibEntry(w.key, etype, f, p), w.cit.text)
        if w.entry is not None:
            # the parser's fields, with what the notes restored
            mended = f
            etype, f, p = w.entry.type, dict(w.entry.fields), {
                r: list(v) for r, v in w.entry.persons.items()}
            for k in ("url", "urldate", "date"):
                if mended.get(k) and not f.get(k):
                    f[k] = mended[k]
            doi_address(model.BibEntry(w.key, etype, f, p), "")     # (the DOI's address the rules read is the DOI)
            if str(f.get("year", ""))[:4].isdigit() and str(f.get("date", ""))[:4] != str(f["year"])[:4]:
                f.pop("date", None)     # the year the entry's mends settled on (a reprint's, not the original's)
        data[w.key] = (etype, f, p, w)
    # the editor's decisions
    dec: Decisions = load_decisions(decisions, set(data)) if decisions else Decisions()
    suspects = dec.apply(data, suspects, changes)
    editor_data = match_keys(editor_data, {k: (v[1], v[2]) for k, v in data.items()})
    # the editor's own BibTeX, field by field
    if editor_data is not None:
        for key, e in editor_data.entries.items():
            f, p = entry_plain(e)
            if key in data:
                etype, mf, mp, w = data[key]
                for k, v in f.items():
                    if mf.get(k) != v:
                        changes.append(model.Change(
                            kind="bibliography", rule="editor_bib", before=mf.get(k, ""),
                            after=v, why=f"{key}.{k} as in the editor's references.bib",
                            silent=True, category="editor"))
                    mf[k] = v
                mp.update(p)
                data[key] = (e.type or etype, mf, mp, w)
            else:
                data[key] = (e.type, f, p, None)
    # entries, sorted for printing
    entries: list[model.BibEntry] = []
    for key, (etype, f, p, w) in data.items():
        etype = print_type(model.BibEntry(key, etype, f, p))
        entries.append(model.BibEntry(
            key=key, type=etype, fields=dict(f), persons={r: list(v) for r, v in p.items()},
            sort_key=_sort_key(f, p), cited_by=sorted(w.cited_by) if w else [],
            origin=w.origin if w else "editor", list_number=w.list_number if w else None))
    for e in entries:
        if address_only(e):
            e.sort_key = _address_key(e.fields["url"])
    entries.sort(key=lambda e: (address_only(e), e.sort_key, e.key))
    bib = BibliographyData()
    # a date the source gives that cannot be right (accessed before it was
    # published), not settled by the editor: printed as given, marked
    doubtful = {(str(x["key"]), x["field"], str(x["value"])) for x in suspects
                if x["field"] == "urldate"}
    texts = {w.key: w.list_cit.text for w in works if w.entry is not None and w.list_cit}
    # a page of the web a note cites by its address alone: as the note gives it
    texts.update({w.key: w.cit.text for w in works if w.origin == "notes" and not w.cit.title
                  and w.cit.url and w.key not in texts})
    suffixes = year_suffixes(entries)
    for e in entries:
        entry = make_entry(e.type, e.fields, e.persons)
        bib.entries[e.key] = entry
        try:
            shown_fields = display_fields(e, suffixes, lang)
            if (e.key, "urldate", str(e.fields.get("urldate", ""))) in doubtful:
                shown_fields[DOUBT_MARK] = "urldate"    # "Accessed May 15, 2021 [sic]": as the source has it, not vouched for
            shown = make_entry(e.type, shown_fields, e.persons)
            e.formatted = _format(shown, e, style, lang)
        except FieldIsMissing:
            if e.key not in texts:
                raise
            # a parsed list entry the style cannot print (no title read):
            # the entry as the list gives it
            e.formatted = [model.Text(_strip_number(texts[e.key]))]
    # link the notes
    _link_notes(footnotes, rec, works)
    intext = None
    if sections is not None:
        from .intext import link_intext  # lazy: 15 ms on schema
        if landing_refs:
            notes_cite_author_date(footnotes, entries)
        intext = link_intext(sections, entries, numbered=bool(printed_numbers(landing_refs or [])))
        suspects.extend(citation_doubts(intext.unmatched, intext.uncited, entries, sections, footnotes))
        if intext.numbered:
            entries = keep_numbering(entries, works, landing_refs or [])
    return BibResult(entries=entries, changes=changes, suspects=suspects, bibdata=bib,
                     intext=intext)


# types the parser gives that a built-in style may have no template for,
# and the type each is printed as then (the entry keeps its own type)
_PRINT_AS = {"incollection": "book", "inbook": "book", "inproceedings": "book",
             "phdthesis": "book", "mastersthesis": "book", "techreport": "report",
             "unpublished": "misc", "manual": "book", "proceedings": "book"}


def _format(entry, e: model.BibEntry, style: str, lang: str = "en") -> list[model.Inline]:
    out = _format_entry(entry, e, style, lang)
    if e.fields.get("addendum"):        # a remark after the entry ("(Hinweis in Morgen 1947: 23)"), as given
        out = list(out) + [model.Text(f" ({e.fields['addendum']})")]
    return out


def _format_entry(entry, e: model.BibEntry, style: str, lang: str = "en") -> list[model.Inline]:
    try:
        return format_entry(entry, style, lang)
    except AttributeError:
        if e.type not in _PRINT_AS:
            raise
        f = dict(e.fields)
        if f.get("booktitle") and e.type in ("incollection", "inbook", "inproceedings"):
            f.setdefault("titleaddon", "in " + f["booktitle"])
        return format_entry(make_entry(_PRINT_AS[e.type], f, e.persons), style, lang)


_BARE_CITE = re.compile(r"(?<![\w.])(?P<names>[A-ZÄÖÜ][\w'’-]+(?:\s*/\s*[A-ZÄÖÜ][\w'’-]+){0,2})"
                        r"(?P<etal>\s+(?:et\.?\s?al\.|u\.\s?a\.))?\s+(?P<year>(?:1[5-9]|20)\d\d[a-z]?"
                        r"(?:,\s*(?:1[5-9]|20)\d\d[a-z]?)*)\b(?!\s*[-–/]\s*\d)")


def notes_cite_author_date(footnotes: list[model.Footnote], entries: list[model.BibEntry]) -> None:
    """A note that cites a listed work by author and year ("Harkins, 1987",
    "vgl. Ewert 2000: 44f"), as the text does: the note is among the
    entry's ``cited_by`` (printed "Note 3" after the entry) and the entry
    among the note's ``cites``; so a work the list gives and only the
    notes cite is no work nothing cites.

    >>> e = model.BibEntry("harkins1987", "article", {"year": "1987", "title": "Loafing"}, {"author": ["Harkins, S. G."]})
    >>> fn = model.Footnote(3, [model.Text("See Harkins (1987) and Cottrell (1972).")])
    >>> notes_cite_author_date([fn], [e]); e.cited_by, fn.cites
    ([3], ['harkins1987'])
    >>> fn = model.Footnote(5, [model.Text("So schon vgl. Harkins 1987: 5f.")])
    >>> notes_cite_author_date([fn], [e]); e.cited_by
    [3, 5]
    """
    for fn in footnotes:
        text = model.plain_text(fn.inlines)
        items = find_citations(text)
        # a note's bare "vgl. Ewert 2000: 44f", "Bernsdorf/Knospe 1980: 63f." (no brackets):
        # a name and a year that are a listed work's
        taken = [(it.start, it.end) for it in items]
        for m in _BARE_CITE.finditer(text):
            if not any(a <= m.start() < b for a, b in taken):
                for y in re.split(r",\s*", m.group("year")):      # "Morgen 1940a, 1940b": two works
                    items.append(Item(m.start(), m.end(), m.group(0), re.split(r"\s*/\s*", m.group("names")),
                                      y, bool(m.group("etal"))))
        for it in items:
            e = match(it, entries) if it.number is None else None
            if e is None:
                continue
            if fn.number not in e.cited_by:
                e.cited_by = sorted([*e.cited_by, fn.number])
            if e.key not in fn.cites:
                fn.cites.append(e.key)


def _first_surname(e: model.BibEntry) -> str:
    people = e.persons.get("author") or e.persons.get("editor") or []
    return fold(people[0].strip("{}").split(",")[0]) if people else ""


def citation_doubts(unmatched: list[dict], uncited: list[str], entries: list[model.BibEntry],
                    sections: list[model.Section], footnotes: list[model.Footnote]) -> list[dict]:
    """The doubts ``check`` lists about citations: each in-text citation
    that matches no entry, and each entry no citation reaches, without
    the false alarms:

    - a citation read in another work ("Epley and Rick, 1963, cited in
      Dickstein, 1975") needs no entry of its own;
    - a citation by the first word of a title ("Kürschners 1976" for
      "Kürschners Deutscher Gelehrten-Kalender 1976") reaches that entry;
    - an entry whose first author and year the text or a note names
      together ("vgl. Mai 2001, 2006": "Mai" read as the month) is cited,
      though not linked; a book whose chapter the list holds ("In:
      Cornfield/McCammon (eds.): Labor Revitalization") is reached
      through it;
    - a citation and an entry nothing cites that are the same but for a
      slip in the name or the year ("Durand et al., 1999" and "Durand,
      C. (1998)"; "Sainseaulieu, 1998" and "Sainsaulieu, R. (1998)") are
      one doubt, the entry's, with both spellings.

    >>> es = [model.BibEntry("durand1998", "book", {"year": "1998", "title": "L'avenir"}, {"author": ["Durand, C."]}),
    ...       model.BibEntry("lee2001", "book", {"year": "2001", "title": "Rivers"}, {"author": ["Lee, K."]})]
    >>> secs = [model.Section("s1", "", [model.Block("s1-p1", [model.Text(
    ...     "As shown [Durand et al., 1999], and (Epley and Rick, 1963, cited in Lee 2001).")])])]
    >>> un = [{"text": "Durand et al., 1999", "block": "s1-p1", "cited": "Durand 1999"},
    ...       {"text": "Epley and Rick, 1963", "block": "s1-p1", "cited": "Epley, Rick 1963"}]
    >>> [(d["key"], d["field"]) for d in citation_doubts(un, ["durand1998"], es, secs, [])]
    [('durand1998', 'citation')]
    """
    texts = {b.id: model.plain_text(b.inlines) for sec in sections for b in sec.blocks}
    every = " ".join(list(texts.values()) + [model.plain_text(fn.inlines) for fn in footnotes])
    by_key = {e.key: e for e in entries}
    reached: set[str] = set()
    # entries whose first author and year the text names together (the
    # name first in its citation, not "Kochan and Osterman, 1994" for
    # Osterman's own 1994; the year with its letter where the same author
    # has two works of the year)
    folded = fold(every)
    pairs = [(_first_surname(e), str(e.fields.get("year", ""))[:4]) for e in entries]
    for k in uncited:
        e = by_key.get(k)
        if e is None:
            continue
        name, year = _first_surname(e), str(e.fields.get("year", "")).strip()
        if not name or not year[:4].isdigit():
            continue
        if pairs.count((name, year[:4])) > 1 and not re.fullmatch(r"\d{4}[a-z]", year):
            continue
        year = year if pairs.count((name, year[:4])) > 1 else year[:4]
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)[^.;()\[\]]{{0,60}}?(?<!\d){year}(?![\d\w])",
                             folded):
            if not re.search(r"(?:\b(?:and|und|et)|[&/,])\s*$", folded[max(0, m.start() - 6):m.start()]):
                reached.add(k)
                break
    # books whose chapters the list holds
    hosts = [fold(str(e.fields.get("booktitle", ""))) for e in entries if e.fields.get("booktitle")]
    for k in uncited:
        e = by_key.get(k)
        title = fold(str(e.fields.get("title", ""))) if e else ""
        if title and any(fuzz.ratio(title, h) >= 90 or h.startswith(title) and len(title) > 20 for h in hosts):
            reached.add(k)
    out: list[dict] = []
    for u in unmatched:
        text = texts.get(u["block"], "")
        at = text.find(u["text"])
        if at >= 0 and secondary(text[at + len(u["text"]):at + len(u["text"]) + 60]):
            continue
        m = re.fullmatch(r"(?P<names>.+?)\s+(?P<year>(?:1[5-9]|20)\d\d)[a-z]?", u["cited"])
        if m:
            first, year = fold(m.group("names").split(",")[0].strip()), int(m.group("year"))
            by_title = [e for e in entries if str(e.fields.get("year", ""))[:4] == str(year)
                        and fold(str(e.fields.get("title", ""))).split()[:1] == [first]]
            if len(by_title) == 1:
                reached.add(by_title[0].key)
                continue
            near = [by_key[k] for k in uncited if k in by_key and k not in reached
                    and str(by_key[k].fields.get("year", ""))[:4].isdigit()
                    and _first_surname(by_key[k]) and (
                        _first_surname(by_key[k]) == first
                        and abs(int(str(by_key[k].fields["year"])[:4]) - year) <= 2
                        or int(str(by_key[k].fields["year"])[:4]) == year
                        and fuzz.ratio(_first_surname(by_key[k]), first) >= 80)]
            if len(near) == 1:
                e = near[0]
                reached.add(e.key)
                out.append({"key": e.key, "field": "citation", "value": u["text"],
                            "reason": f"the in-text citation ({u['cited']}, {u['block']}) matches no entry, "
                                      f"and this entry ({_first_surname(e).title()} "
                                      f"{str(e.fields.get('year', ''))[:4]}) nothing cites: the same work, "
                                      "with a slip in the name or the year of one of them?",
                            "suggestion": ""})
                continue
        out.append({"key": u["block"], "field": "citation", "value": u["text"],
                    "reason": f"the in-text citation ({u['cited']}) matches no "
                              "entry of the bibliography", "suggestion": ""})
    for k in uncited:
        if k not in reached:
            out.append({"key": k, "field": "cited", "value": "",
                        "reason": "no citation in the text or the notes reaches this entry",
                        "suggestion": ""})
    return out


def keep_numbering(entries: list[model.BibEntry], works: list[Work], refs: list[str]
                   ) -> list[model.BibEntry]:
    """A numbered reference list that the text cites by number keeps the
    article's numbers and order: each list entry is labelled as the list
    prints it ("[11]", "11."), the label printed before the entry; the
    works only the notes cite follow, in the usual order.  A list not
    numbered throughout is left as it is."""
    if not printed_numbers(refs):
        return entries
    labels = {w.key: number_label(w.list_cit.text) for w in works
              if w.list_number is not None and w.list_cit is not None}
    for e in entries:
        if labels.get(e.key):
            e.label = labels[e.key]
            e.formatted = [model.Text(e.label + "\u00a0"), *e.formatted]
    return sorted(entries, key=lambda e: (0, e.list_number, "") if e.label
                  else (1, 0, e.sort_key))


def _strip_number(text: str) -> str:
    """A list entry without its number.

    >>> _strip_number("[3] Lee A. Care."), _strip_number("12. Lee A. Care.")
    ('Lee A. Care.', 'Lee A. Care.')
    """
    return re.sub(r"^\s*(\[\d{1,3}\]|\d{1,3}[.)])\s+", "", text)


def _link_notes(footnotes, rec, works) -> None:
    by_num = {fn.number: fn for fn in footnotes}
    for num, cits in rec.note_cits.items():
        fn = by_num[num]
        spans = []
        for c in cits:
            w = rec.cite_work.get(id(c))
            if w is not None and c.end > c.start:
                spans.append((c.start, c.end, w.key))
        fn.inlines = wrap_cites(_unwrap(fn.inlines), spans)
        keys = []
        for _, _, k in spans:
            if k not in keys:
                keys.append(k)
        fn.cites = keys
    for w in works:
        for f in w.fragments:
            fn = by_num.get(f.note)
            if fn is not None and w.key not in fn.cites:
                fn.cites.append(w.key)
