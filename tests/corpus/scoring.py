"""Score an :class:`~coursepack.read.structure.ArticleStructure` against
hand-checked structural gold (``tests/corpus/gold/<name>.yaml``, format in
``tests/corpus/README.md``).

Every comparison of text goes through :func:`norm` (Unicode NFKC, quotes,
dashes and hyphens unified, soft hyphens dropped, whitespace collapsed,
case folded) and rapidfuzz; a match needs a score of at least
:data:`MATCH` (out of 100).  The scorer only reads the structure: blocks with
their roles, ``meta``, ``doubts``; it never looks at the PDF.

>>> norm("“Kampf\u00adbegriff”  –  ﬁrst ‘x’")
'"kampfbegriff" - first \\'x\\''
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml
from rapidfuzz import fuzz

MATCH = 90.0

#: Roles whose blocks make the running text of the article.
BODY_ROLES = ("paragraph", "quote", "list_item")
#: Roles that keep their text out of the article's running text.
HIDING_ROLES = ("furniture", "cover", "other", "affiliation", "author", "title", "subtitle",
                "figure", "table", "caption", "keywords", "abstract_title")
#: Roles in which a furniture line or a note's text must never stand.
TEXT_ROLES = ("title", "subtitle", "author", "abstract", "heading", "paragraph",
              "quote", "list_item", "keywords")

_QUOTES = str.maketrans({c: "'" for c in "‘’‚‛′`´"} | {c: '"' for c in "“”„‟″«»"})
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"})


def norm(text: str) -> str:
    """Text reduced for comparison: NFKC (ligatures), one kind of quote and
    dash, no soft hyphen, single spaces, case folded.

    >>> norm("‘‘Validation   sample’’")
    '"validation sample"'
    """
    t = unicodedata.normalize("NFKC", text or "").replace("\u00ad", "")
    t = t.translate(_QUOTES).translate(_DASHES).replace("''", '"')
    return re.sub(r"\s+", " ", t).strip().casefold()


def raw_text(block) -> str:
    """A block's text as the raw structure gives it: lines joined by a space
    (no repair).  The scorer's default; the benchmark passes the edition's
    repaired text instead where a repair exists."""
    return " ".join(ln.text for ln in block.lines)


def same(a: str, b: str) -> bool:
    """Fuzzy equality of two texts after :func:`norm`.

    >>> same("Introduction", "lntroduction"), same("Introduction", "Results")
    (True, False)
    """
    return fuzz.ratio(norm(a), norm(b)) >= MATCH


def starts_with(text: str, start: str) -> bool:
    """``text`` begins with ``start`` (fuzzy, on the same number of
    characters after :func:`norm`).

    >>> starts_with("The purpose of our study was threefold", "The purpose of our study")
    True
    >>> starts_with("our study was threefold", "The purpose of our study")
    False
    """
    t, s = norm(text), norm(start)
    return bool(s) and fuzz.ratio(t[:len(s)], s) >= MATCH


def ends_with(text: str, end: str) -> bool:
    """``text`` ends with ``end`` (fuzzy, see :func:`starts_with`).

    >>> ends_with("see Rawls 1975, S. 125.", "1975, S. 125.")
    True
    """
    t, s = norm(text), norm(end)
    return bool(s) and fuzz.ratio(t[-len(s):], s) >= MATCH


def load_gold(path) -> dict:
    """Read one gold file, filling the optional keys with their defaults."""
    return with_defaults(yaml.safe_load(Path(path).read_text(encoding="utf-8")))


def with_defaults(g: dict) -> dict:
    """A gold dict with every optional key present (in place, returned)."""
    g.setdefault("subtitle", None)
    g.setdefault("headings", [])
    g.setdefault("paragraph_starts", [])
    g.setdefault("paragraph_pages", None)
    g.setdefault("notes", {"count": 0, "items": []})
    g["notes"].setdefault("items", [])
    g.setdefault("furniture", {})
    g["furniture"].setdefault("patterns", [])
    g["furniture"].setdefault("never_in_body", [])
    g.setdefault("broken_words", [])
    g.setdefault("references_in_notes", False)
    g.setdefault("other_text", [])
    g.setdefault("italics", [])
    g.setdefault("abstracts", None)
    return g


# ----------------------------------------------------------------- pieces

def merged(blocks, role: str, text=raw_text) -> list[tuple[object, str]]:
    """Blocks of ``role`` with each continuation (``continues``) joined to
    the block it carries on: ``[(first_block, text), ...]``."""
    out: list[list] = []
    for b in blocks:
        if b.role != role:
            continue
        if b.continues and out:
            out[-1][1] += " " + text(b)
        else:
            out.append([b, text(b)])
    return [(b, t) for b, t in out]


def predicted_title(s, text=raw_text) -> str:
    """The title the reader found: ``meta['title']``, else its title blocks."""
    if s.meta.get("title"):
        return str(s.meta["title"])
    return " ".join(text(b) for b in s.of_role("title"))


def predicted_authors(s, text=raw_text) -> list[str]:
    """The authors the reader found: ``meta['authors']``, else its author
    blocks split at commas, "and"/"und", "&" and middle dots."""
    if s.meta.get("authors"):
        return [str(a) for a in s.meta["authors"]]
    names = []
    for b in s.of_role("author"):
        for part in re.split(r",|;|·|\band\b|\bund\b|&", text(b)):
            if part.strip():
                names.append(part.strip())
    return names


def title_right(gold: dict, s, text=raw_text) -> bool:
    """Title right: the reader's title equals the gold title, or the title
    and subtitle together (when the reader kept them as one).

    A subtitle the reader kept apart is not needed for the title to be right.
    """
    got = predicted_title(s, text)
    if not got:
        return False
    if same(got, gold["title"]):
        return True
    if gold.get("subtitle"):
        def bare(x):
            return " ".join(re.sub(r"[:.\-]", " ", norm(x)).split())
        return fuzz.ratio(bare(got), bare(f"{gold['title']} {gold['subtitle']}")) >= MATCH
    return False


def authors_right(gold: dict, s, text=raw_text) -> bool:
    """Authors right: as many names as the gold, each matched (fuzzy, case
    folded, in any order) to one gold name.

    >>> from coursepack.read.structure import ArticleStructure
    >>> authors_right({"authors": ["Ann Lee", "Bo Yu"]}, ArticleStructure("x", meta={"authors": ["Bo Yu", "ANN LEE"]}))
    True
    >>> authors_right({"authors": ["Ann Lee", "Bo Yu"]}, ArticleStructure("x", meta={"authors": ["Ann Lee"]}))
    False
    """
    got = predicted_authors(s, text)
    want = list(gold["authors"] or [])
    if len(got) != len(want):
        return False
    left = list(got)
    for w in want:
        hit = next((g for g in left if same(g, w)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def match_in_order(gold_texts: list[str], got_texts: list[str], ok) -> list[int | None]:
    """For each gold item, the index of the predicted item it matches
    (``ok(gold, got)``), each predicted item used once, searched from where
    the previous match stood (reading order) and then from the start."""
    used: set[int] = set()
    out: list[int | None] = []
    pos = 0
    for g in gold_texts:
        hit = None
        for j in list(range(pos, len(got_texts))) + list(range(0, pos)):
            if j not in used and ok(g, got_texts[j]):
                hit = j
                break
        out.append(hit)
        if hit is not None:
            used.add(hit)
            pos = hit + 1
    return out


# ------------------------------------------------------------------ score

@dataclass
class Options:
    #: text of a block as scored (raw lines joined, or the repaired text)
    text: object = raw_text


def _count(word: str, text: str) -> int:
    return len(re.findall(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text))


def _read_whole(bw: dict, word: str, broken: str, s, rep_all: str) -> bool:
    """A broken word the reader already read whole (the PDF's text layer
    has it whole, only the print spaces it): the correct form stands on its
    page of the raw structure, the broken form nowhere, raw or repaired."""
    page = norm(" ".join(raw_text(b) for b in s.blocks
                         if b.role not in ("furniture", "cover") and b.page in (bw["page"], bw["page"] - 1)))
    return (re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", page) is not None
            and broken not in page and broken not in rep_all)


def score(gold: dict, s, ref_strings: list[str] | None = None, text=raw_text,
          repaired: str | None = None) -> dict:
    """All the numbers for one paper.  Counts, not rates: totals add up.

    Keys: ``title_ok``, ``authors_ok`` (0/1); ``headings`` (gold count),
    ``headings_found``, ``headings_level_ok``, ``headings_false``;
    ``para`` (gold starts), ``para_found``, ``para_false`` (predicted body
    blocks starting a paragraph on scored pages that match no gold start);
    ``notes`` (gold notes listed), ``notes_found`` (full text: first and last
    words), ``notes_on_page`` (found and on the page of the gold note),
    ``notes_pred`` (note blocks the reader made), ``markers`` /
    ``markers_found`` (superscript marker on its page), ``notes_in_body``
    (gold notes whose text stands in running text); ``furniture_in_body``
    (lines of text blocks matching the gold furniture); ``broken`` /
    ``broken_repaired`` / ``broken_reported``; ``refs`` (reference strings),
    ``refs_found`` (as a separate reference entry, or in a note for papers
    citing in notes), ``refs_pred``.

    ``repaired`` is the article's text after the edition's repair (body,
    notes, references, all of it): given, a broken word counts as repaired
    when its correct form stands there more often than in the raw structure
    (the break joined rightly adds one); without it, on the raw structure's
    page text.
    """
    r: dict = {}
    r["title_ok"] = int(title_right(gold, s, text))
    r["authors_ok"] = int(authors_right(gold, s, text))

    # headings
    heads = [(b, text(b)) for b in s.of_role("heading")]
    gh = gold["headings"]
    idx = match_in_order([h["text"] for h in gh], [t for _, t in heads], same)
    r["headings"] = len(gh)
    r["headings_found"] = sum(i is not None for i in idx)
    r["headings_level_ok"] = sum(1 for h, i in zip(gh, idx)
                                 if i is not None and heads[i][0].level == h.get("level", 1))
    used = {i for i in idx if i is not None}
    excused = [x for x in (gold.get("references_heading"), gold.get("title")) if x]
    r["headings_false"] = sum(1 for j, (_, t) in enumerate(heads)
                              if j not in used and not any(same(t, e) for e in excused))
    r["headings_missed_list"] = [h["text"] for h, i in zip(gh, idx) if i is None]
    r["headings_false_list"] = [t for j, (_, t) in enumerate(heads)
                                if j not in used and not any(same(t, e) for e in excused)]

    # paragraph starts
    pages = set(gold["paragraph_pages"] or range(1, max(len(s.pages), 1) + 1000))
    # (a paragraph's text with what it carries on in the next column or
    # page: a start whose first line ends its column is still its start)
    body = [b for b in s.blocks if b.role in BODY_ROLES]
    def with_next(j: int) -> str:
        t = text(body[j])
        if len(t) < 80 and j + 1 < len(body) and body[j + 1].continues:
            t += " " + text(body[j + 1])
        return t
    starts = [(b, with_next(j)) for j, b in enumerate(body) if not b.continues and b.page in pages]
    gp = gold["paragraph_starts"]
    idx = _match_starts(gp, starts, "text")
    r["para"] = len(gp)
    r["para_found"] = sum(i is not None for i in idx)
    used = {i for i in idx if i is not None}
    r["para_false"] = sum(1 for j in range(len(starts)) if j not in used)
    r["para_missed_list"] = [f"p{g['page']}: {g['text']}" for g, i in zip(gp, idx) if i is None]
    # body text hidden in a role that keeps it out of the running text (a
    # start found in the body is not hidden, even if a title repeats its words)
    hidden = norm(" ".join(text(b) for b in s.blocks if b.role in HIDING_ROLES))
    r["para_hidden"] = sum(1 for g, i in zip(gp, idx)
                           if i is None and len(norm(g["text"])) >= 15 and norm(g["text"]) in hidden)

    _score_abstracts(gold, s, text, r)

    # notes
    notes = merged(s.blocks, "note", text)
    items = gold["notes"]["items"]
    r["notes"] = len(items)
    r["notes_pred"] = len(notes)
    found = on_page = 0
    missed = []
    for it in items:
        cands = [(b, t) for b, t in notes if b.number == it["number"]] or notes
        hit = next(((b, t) for b, t in cands
                    if starts_with(re.sub(r"^\W*\d+\W*", "", t), it["first"]) and ends_with(t, it["last"])), None)
        if hit:
            found += 1
            on_page += int(hit[0].page == it["page"])
        else:
            missed.append(it["number"])
    r["notes_found"], r["notes_on_page"], r["notes_missed_list"] = found, on_page, missed
    body_lines = [(b, ln) for b in s.blocks if b.role in TEXT_ROLES for ln in b.lines]
    markers = [it for it in items if it.get("marker_page")]
    r["markers"] = len(markers)
    r["markers_found"] = sum(1 for it in markers if any(
        ln.page == it["marker_page"] and any(ln.text[a:b].strip() == str(it["number"]) for a, b in ln.superscripts)
        for _, ln in body_lines))
    body_text = norm(" ".join(text(b) for b in s.blocks if b.role in TEXT_ROLES))
    r["notes_in_body"] = sum(1 for it in items
                             if len(norm(it["first"])) >= 12 and (norm(it["first"]) in body_text)
                             or len(norm(it["last"])) >= 12 and norm(it["last"]) in body_text)

    # furniture
    pats = [re.compile(p) for p in gold["furniture"]["patterns"]]
    # the article's own title and author lines on its first page may repeat
    # a running head's words: they are not furniture there
    first = gold.get("first_article_page", 1)
    body_lines = [(b, ln) for b, ln in body_lines
                  if not (b.role in ("title", "subtitle", "author") and ln.page == first)]
    never = [norm(x) for x in gold["furniture"]["never_in_body"]]
    r["furniture_in_body"] = sum(1 for b, ln in body_lines
                                 if any(p.search(ln.text.strip()) for p in pats)
                                 or any(x in norm(ln.text) for x in never))
    r["furniture_in_body_list"] = [f"p{ln.page}: {ln.text}" for b, ln in body_lines
                                   if any(p.search(ln.text.strip()) for p in pats)
                                   or any(x in norm(ln.text) for x in never)][:20]

    # broken words
    r["broken"] = len(gold["broken_words"])
    rep = repd = 0
    doubts = norm(" ".join(d.message for d in s.doubts))
    raw_all = norm(" ".join(raw_text(b) for b in s.blocks if b.role not in ("furniture", "cover")))
    rep_all = norm(repaired) if repaired is not None else None
    for bw in gold["broken_words"]:
        if rep_all is not None:
            word, broken = norm(bw["word"]), norm(bw["pdf"])
            # more correct forms than the raw text, or the broken form gone
            # with no correct form lost (a raw reading that already joins a
            # word elsewhere must not hide the repair of this one)
            if _count(word, rep_all) > _count(word, raw_all) or (
                    _count(broken, rep_all) < _count(broken, raw_all)
                    and _count(word, rep_all) >= max(1, _count(word, raw_all))):
                rep += 1
            elif _read_whole(bw, word, broken, s, rep_all):
                rep += 1
            elif word in doubts or norm(bw["pdf"]).split()[0].rstrip("-") in doubts:
                repd += 1
            continue
        page_text = norm(" ".join(text(b) for b in s.blocks
                                  if b.role not in ("furniture", "cover") and b.page in (bw["page"], bw["page"] - 1)))
        word, broken = norm(bw["word"]), norm(bw["pdf"])
        if re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", page_text) and broken not in page_text:
            rep += 1
        elif broken.split()[0].rstrip("-") in doubts or word in doubts:
            repd += 1
    r["broken_repaired"], r["broken_reported"] = rep, repd

    # references
    refs = merged(s.blocks, "reference", text)
    ref_strings = ref_strings or []
    r["refs"] = len(ref_strings)
    r["refs_pred"] = len(refs)
    if gold["references_in_notes"]:
        pool = [t for _, t in notes] + [t for _, t in refs]
        r["refs_found"] = sum(1 for rs in ref_strings
                              if any(fuzz.partial_ratio(norm(rs), norm(t)) >= MATCH for t in pool))
    else:
        idx = match_in_order(ref_strings, [t for _, t in refs], same)
        r["refs_found"] = sum(i is not None for i in idx)
    return r


_ABSTRACT_LABEL = re.compile(r"^\W*(abstract|summary|zusammenfassung|résumé|resumen)\b\W*", re.I)


def _score_abstracts(gold: dict, s, text, r: dict) -> None:
    """``abstracts`` (gold abstracts), ``abstracts_found`` (an abstract block,
    its label set aside, starting with the gold's first words on its page),
    ``abstracts_false`` (abstract blocks, continuations apart, matching no
    gold abstract).  A gold without the key (``None``) scores nothing."""
    want = gold.get("abstracts")
    if want is None:
        r["abstracts"] = r["abstracts_found"] = r["abstracts_false"] = 0
        r["abstracts_missed_list"] = []
        return
    got = [(b, _ABSTRACT_LABEL.sub("", t)) for b, t in merged(s.blocks, "abstract", text)]
    idx = _match_starts(want, got, "first")
    r["abstracts"] = len(want)
    r["abstracts_found"] = sum(i is not None for i in idx)
    r["abstracts_false"] = len(got) - r["abstracts_found"]
    r["abstracts_missed_list"] = [f"p{g['page']}: {g['first']}" for g, i in zip(want, idx) if i is None]


def _match_starts(want: list[dict], got: list[tuple], field: str) -> list:
    """Gold blocks (``page`` and their first words in ``field``) matched in
    order to found (block, text) pairs on the same page starting with those
    words: the index of each gold block's match, or None."""
    keys = [f"{b.page}\x00{t}" for b, t in got]

    def ok(g, k):
        page, t = k.split("\x00", 1)
        return int(page) == g["page"] and starts_with(t, g[field])

    return match_in_order(want, keys, ok)


#: Keys summed over papers; the rates are taken over the sums.
COUNT_KEYS = ("title_ok", "authors_ok", "headings", "headings_found", "headings_level_ok",
              "headings_false", "para", "para_found", "para_false", "para_hidden", "notes", "notes_pred",
              "notes_found", "notes_on_page", "markers", "markers_found", "notes_in_body",
              "furniture_in_body", "broken", "broken_repaired", "broken_reported",
              "refs", "refs_pred", "refs_found", "abstracts", "abstracts_found", "abstracts_false")


def total(results: dict[str, dict]) -> dict:
    """Sum the counts of several papers (``{name: score(...)}``).

    >>> total({"a": {"headings": 2, "headings_found": 1}, "b": {"headings": 3, "headings_found": 3}})["headings_found"]
    4
    """
    return {k: sum(r.get(k, 0) for r in results.values()) for k in COUNT_KEYS}


def rate(num: int, den: int) -> float:
    """``num / den``, 1.0 when there is nothing to find.

    >>> rate(0, 0), rate(1, 4)
    (1.0, 0.25)
    """
    return 1.0 if den == 0 else num / den


def total_cells(tot: dict, n: int, cols) -> list[str]:
    """The cells of a totals row: ``found/wanted`` for a column ``(label, key,
    denominator key)``, a bare count for one without, and the title and author
    columns out of the ``n`` papers.

    >>> total_cells({"title_ok": 2, "headings": 5, "headings_found": 4, "headings_false": 1}, 3,
    ...             [("title", "title_ok", None), ("head", "headings_found", "headings"),
    ...              ("false", "headings_false", None)])
    ['2/3', '4/5', '1']
    """
    return [f"{tot[k]}/{n}" if k in ("title_ok", "authors_ok") else
            f"{tot[k]}/{tot[d]}" if d else str(tot[k]) for _, k, d in cols]


def flat(b) -> str:
    """A block's lines joined and normalised (:func:`norm`)."""
    return norm(" ".join(ln.text for ln in b.lines))


def paragraphs(s) -> list[str]:
    """The body paragraphs of a read structure, a paragraph continued across a
    column or page joined to its start."""
    out: list[str] = []
    for b in s.blocks:
        if b.role in BODY_ROLES:
            if b.continues and out:
                out[-1] += " " + flat(b)
            else:
                out.append(flat(b))
    return out
