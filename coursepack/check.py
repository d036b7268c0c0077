"""``python build.py check``: validate the content and report, without
rendering.  Prints the word accounting of every reading, what the reading
of its source could not settle (note markers without note text, very long
paragraphs, headings that look like numbers, pages whose reading order was
guessed), the bibliography's suspected factual errors (for the editor to
settle), glossary warnings and corrections whose target is gone.  A
reading whose structure failed (no paragraphs, one paragraph holding most
of the text, most notes lost) is never called complete.  Exit 0 when clean (warnings allowed),
2 when a content file has errors."""

from __future__ import annotations

import re
from .words import _function_words
from itertools import zip_longest
from pathlib import Path

from .errors import ContentError, Problem
from .edition import gather
from .glossary import check_glossary
from .questionset import load_questions, outgrown as questions_outgrown
from .timeline import doubtful_dates, load_timeline, outgrown as timeline_outgrown


def check(root: Path, *, explain: bool = False, say=print, reading: str = "",
          kind: str = "") -> int:
    """Validate and report; ``reading`` limits the report to one reading's
    slug, ``kind`` the ``--explain`` list to one repair kind (``hyphenation``)
    or rule (``hyphenation/RULE``).  An unknown one is bad input (exit 2)."""
    cfg, pack, editions = gather(root)
    slugs = [e.reading.slug for e in editions]
    if reading and reading not in slugs:
        raise ContentError(Problem("content/pack.yaml", 0, 0, f"--reading: no reading '{reading}' "
                                   f"in the pack; its readings: {', '.join(slugs)}"))
    if kind:
        kinds = {c.kind for e in editions for c in e.reading.changes}
        if kind.split("/")[0] not in kinds:
            raise ContentError(Problem("content/pack.yaml", 0, 0, f"--kind: no repair of kind "
                                       f"'{kind}'; the kinds: {', '.join(sorted(kinds))}"))
    warnings = 0
    for e, rc in zip(editions, cfg.readings):
        r = e.reading
        if reading and r.slug != reading:
            continue
        acc = r.accounting
        say(f"{r.slug}: {len(r.sections)} sections, {sum(1 for _ in r.blocks())} paragraphs, "
            f"{len(r.footnotes)} notes ({sum(1 for n in r.footnotes if n.status != 'complete')} "
            f"lost), {len(r.bibliography)} bibliography entries, {len(r.glossary)} glossary "
            f"terms, {len(r.questions)} questions, {len(r.timeline)} timeline events")
        failures = e.failures or []
        state = "complete" if acc.complete and not failures else "INCOMPLETE"
        doubtful = structure_doubt(e.doubts or [])
        if doubtful and state == "complete":
            state = f"all words accounted for, but the structure is DOUBTFUL: {doubtful}"
        figs = figure_text_lines(r)
        if any("printed nowhere" in f for f in figs):
            state = "INCOMPLETE"
        elif figs and state == "complete":
            state = "complete only if the figure and table regions below hold no running text"
        state = _foreign_state(state, e.doubts or [])
        say(f"  word accounting: {acc.source_words} source words = {acc.body} body + "
            f"{acc.notes} notes + {acc.metadata} metadata + {acc.apparatus} apparatus + "
            f"{acc.discarded} discarded: {state}")
        for line in figs:
            warnings += 1
            say(line)
        if not acc.complete:
            warnings += 1
            for w in acc.missing[:20]:
                say(f"    unaccounted: {w}")
        for f in failures:
            warnings += 1
            say(f"    structure failed: {f} (see `python build.py review --layout {r.slug}`; "
                "fix it in structure.yaml)")
        for line in doubt_lines([d for d in e.doubts or [] if d.kind != "suspect_word"]):
            warnings += 1
            say(line)
        suspects = suspect_word_lines(e.doubts or [])
        warnings += bool(suspects)
        for line in suspects:
            say(line)
        by_kind: dict[str, int] = {}
        for c in r.changes:
            by_kind[c.kind] = by_kind.get(c.kind, 0) + 1
        say("  repairs: " + ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items())))
        for p in e.problems or []:
            say(f"  {p}")
            warnings += 1
        gpath = rc.files.get("glossary.yaml")
        gprobs = check_glossary(r, rc.rel(gpath, root) if gpath else "glossary.yaml")
        for line in summarised(gprobs, lambda p: _UNREVIEWED in p.message, str,
                               _unreviewed_summary, explain):
            say(line)
            warnings += 1
        for line in outgrown_lines(r, rc, root):
            say(line)           # generated entries the build replaced: the file is behind
        tpath = rc.files.get("timeline.yaml")
        for line in doubtful_dates(tpath, rc.rel(tpath, root)) if tpath else []:
            say(line)           # a date the instructor should check before handing it out
            warnings += 1
        bpath = rc.folder / "bibliography.yaml"
        settle = settle_hint(rc.rel(bpath, root), bpath.is_file())
        for line in summarised(
                r.suspects, lambda s: s.get("reason") == _UNCITED,
                lambda s: suspect_line(s, rc.rel(bpath, root), settle),
                lambda group: _uncited_summary(group, rc.rel(bpath, root), settle), explain):
            say(line)
            warnings += 1
        if explain:
            for c in r.changes:
                if kind and kind not in (c.kind, f"{c.kind}/{c.rule}"):
                    continue
                w = c.where
                loc = f"{w.source}:{w.line}:{w.column}" if w.line else (w.block or "")
                say(f"  [{c.kind}/{c.rule}] {loc}: {c.before!r} → {c.after!r}: {c.why}")
    shown = f"1 of {len(editions)}" if reading else str(len(editions))
    say(f"check: {shown} reading(s), {warnings} warning(s), no errors")
    return 0


def outgrown_lines(reading, rc, root: Path) -> list[str]:
    """One line per list file with generated entries nobody has touched that were
    written for another reading of the article (its sections and paragraphs read
    differently since): the build replaces them with the ones generated now; the
    command that writes those into the file."""
    out = []
    for name, load, stale, what, command in (
            ("questions.yaml", load_questions, questions_outgrown, "question", "questions"),
            ("timeline.yaml", load_timeline, timeline_outgrown, "event", "timeline")):
        path = rc.files.get(name)
        if not path:
            continue
        try:
            ids = stale(load(path), reading, path)
        except ContentError:
            continue            # reported with the file's problems
        if ids:
            out.append(f"  {rc.rel(path, root)}: {len(ids)} generated {what}"
                       f"{'s' if len(ids) > 1 else ''} ({_first(ids)}) written for another "
                       f"reading of the article: the build prints the {what}s generated now "
                       f"instead; `python3 build.py {command} {reading.slug}` writes them "
                       "into the file")
    return out


_UNREVIEWED = "is not reviewed (reviewed: false)"
_UNCITED = "no citation in the text or the notes reaches this entry"


def summarised(items: list, grouped, line, summary, explain: bool) -> list[str]:
    """``check``'s lines for a list of warnings: one line each, except the
    many alike (``grouped(item)`` true), which are one summary line
    (``summary(group)``) unless ``explain`` asks for every one.

    >>> summarised([1, 2, 3, 4], lambda n: n > 1, lambda n: f"  item {n}",
    ...            lambda g: f"  {len(g)} alike", False)
    ['  item 1', '  3 alike']
    >>> len(summarised([1, 2, 3, 4], lambda n: n > 1, lambda n: f"  item {n}",
    ...                lambda g: f"  {len(g)} alike", True))
    4
    """
    group = [x for x in items if grouped(x)]
    out = [line(x) for x in items if explain or not grouped(x)]
    if group and not explain:
        out.append(summary(group))
    return [o if o.startswith("  ") else f"  {o}" for o in out]


def _first(names: list[str], shown: int = 4) -> str:
    """``'a', 'b', 'c' …`` (at most ``shown`` names)."""
    return ", ".join(f"'{n}'" for n in names[:shown]) + (" …" if len(names) > shown else "")


def _unreviewed_summary(group: list) -> str:
    path = str(group[0].path)
    names = [re.search(r"entry '(.+?)' is not", p.message).group(1) for p in group
             if re.search(r"entry '(.+?)' is not", p.message)]
    return (f"  {path}: warning: {len(group)} glossary entr{'y' if len(group) == 1 else 'ies'} "
            f"not reviewed (reviewed: false): {_first(names)}; drafted definitions print as the "
            "article's wording, suggestions are left out until reviewed (each listed by "
            "`check --explain`)")


def settle_hint(where: str, exists: bool) -> str:
    """How to settle a suspected bibliography error: in the reading's
    bibliography.yaml, saying how to start one when there is none.

    >>> settle_hint("content/readings/x/bibliography.yaml", True)
    'settle it in bibliography.yaml'
    >>> print(settle_hint("content/readings/x/bibliography.yaml", False))
    settle it in content/readings/x/bibliography.yaml (there is none yet: make it with a list 'suspects:' of entries '- {key: …, field: …, decision: keep|accept|set}', see README, 'bibliography.yaml')
    """
    if exists:
        return "settle it in bibliography.yaml"
    return (f"settle it in {where} (there is none yet: make it with a list 'suspects:' of "
            "entries '- {key: …, field: …, decision: keep|accept|set}', see README, "
            "'bibliography.yaml')")


def suspect_line(s: dict, where: str, settle: str) -> str:
    return (f"  {where}: suspected error in '{s.get('key')}' {s.get('field', '')}: "
            f"{s.get('value', '')!r}: {s.get('reason', '')}"
            + (f" (suggestion: {s['suggestion']})" if s.get("suggestion") else "")
            + f" — {settle}")


def _uncited_summary(group: list, where: str, settle: str) -> str:
    return (f"  {where}: {len(group)} entr{'y' if len(group) == 1 else 'ies'} that no citation "
            f"in the text or the notes reaches: {_first([str(s.get('key')) for s in group])} "
            f"(each listed by `check --explain`; a citation the reading missed, or an entry "
            f"the article lists but does not cite) — {settle}")


def _running_text(words: list[str], text: str) -> bool:
    """Words that read as running text: 15 or more, a quarter of them
    function words (the, of, und, für …), or a fifth and a sentence end.
    (Table cells and diagram labels of the corpus: at most 0.13.)"""
    owner, _ = _function_words()
    small = sum(1 for w in words if w.lower().strip(",.;:()„“”\"") in owner)
    if len(words) < 15:
        return False
    return small >= 0.25 * len(words) or (
        small >= 0.2 * len(words) and re.search(r"[^\W\d_]{2}[.?!;]\s", text + " ") is not None)


def figure_text_lines(reading) -> list[str]:
    """Figures and tables whose region holds words that the text does not:
    one not cut from the page (its placeholder stands, its words are printed
    nowhere), or one whose words read as running text (sentences: a
    paragraph or an address taken into the region).  The word accounting
    counts these words as apparatus; ``check`` must not call it complete
    without saying so.

    >>> from coursepack import model
    >>> prose = ("The publication of this book presents a welcome opportunity to look at the "
    ...          "way in which the parliament is organised and how it has changed.")
    >>> r = model.Reading("x", model.Metadata(), sections=[model.Section("s1", "", [
    ...     model.Block("s1-p1", [], "figure", figure=model.Figure(alt="Figure 1: " + prose,
    ...                 page=1, region=[1, 2, 3, 4])),
    ...     model.Block("s1-p2", [], "figure", figure=model.Figure(alt="Table 1: 3.1 4.5 0.2",
    ...                 page=2, region=[1, 2, 3, 4]))])])
    >>> print("\\n".join(figure_text_lines(r)))
        Figure 1 (p. 1) holds running text (25 words) and is printed as an image: check it in `review --layout x`
    """
    out = []
    for _, b in reading.blocks():
        f = b.figure
        if b.kind != "figure" or f is None or not f.page:
            continue
        label, _, text = f.alt.partition(": ")
        words = text.split()
        if not words:
            continue
        cut = bool(f.region or f.image)
        prose = _running_text(words, text)
        if not cut:
            out.append(f"    {label} (p. {f.page}) is not cut from the page: its words "
                       f"({len(words)}{'+' if len(text) >= 290 else ''}) are printed nowhere; "
                       f"check it in `review --layout {reading.slug}`")
        elif prose:
            out.append(f"    {label} (p. {f.page}) holds running text ({len(words)}"
                       f"{'+' if len(text) >= 290 else ''} words) and is printed as an image: "
                       f"check it in `review --layout {reading.slug}`")
    return out


#: the reader's doubts that leave a reading's structure in question (its
#: notes or its reference list not found, or found by a guess): ``check``
#: does not call such a reading complete
STRUCTURE_DOUBTS = {
    "note_without_text": "{n} note marker(s) without note text",
    "no_reference_list": "the text cites, but no reference list was found",
    "references_without_heading": "a reference list without a heading, found from its entries' look",
}


def structure_doubt(doubts: list) -> str:
    """What leaves the structure in question, in words; empty when nothing.

    >>> from coursepack.read.structure import Doubt
    >>> structure_doubt([Doubt("note_without_text", "p. 3: marker 4"), Doubt("note_without_text", "p. 4: marker 9"),
    ...                  Doubt("no_reference_list", "cites 12 times"), Doubt("box", "a box")])
    '2 note marker(s) without note text; the text cites, but no reference list was found'
    >>> structure_doubt([Doubt("order_guessed", "page 2")])
    ''
    """
    counts: dict[str, int] = {}
    for d in doubts:
        if d.kind in STRUCTURE_DOUBTS:
            counts[d.kind] = counts.get(d.kind, 0) + 1
    return "; ".join(STRUCTURE_DOUBTS[k].format(n=n) for k, n in counts.items())


def _foreign_state(state: str, doubts: list) -> str:
    """Text the reader left out as another article's (read/articlestart):
    the accounting balances, but ``check`` does not call the reading
    complete without saying what it rests on.

    >>> from coursepack.read.structure import Doubt
    >>> _foreign_state("complete", [Doubt("foreign_text", "page 1: 9 blocks")])
    "complete only if the text left out as another article's (doubts below) is not this article's"
    >>> _foreign_state("INCOMPLETE", [Doubt("foreign_text", "x")]), _foreign_state("complete", [])
    ('INCOMPLETE', 'complete')
    """
    if state.startswith("complete") and any(d.kind == "foreign_text" for d in doubts):
        return "complete only if the text left out as another article's (doubts below) is not this article's"
    return state


def doubt_lines(doubts: list, per_kind: int = 12) -> list[str]:
    """What the reading of a source could not settle, grouped by kind, at
    most ``per_kind`` listed each.

    >>> from coursepack.read.structure import Doubt
    >>> print("\\n".join(doubt_lines([Doubt("long_paragraph", "paragraph s1-p1 has 900 words")] * 3, 2)))
      doubts: 3 long paragraph
        paragraph s1-p1 has 900 words
        paragraph s1-p1 has 900 words
        … and 1 more
    >>> print("\\n".join(doubt_lines([Doubt("order_guessed", "page 3: reading order guessed", 3), Doubt("box", "a box", 4)])))
      doubts: 1 order guessed
        page 3: reading order guessed
      doubts: 1 box
        a box (p. 4)
    """
    by_kind: dict[str, list] = {}
    for d in doubts:
        by_kind.setdefault(d.kind, []).append(d)
    out = []
    for kind, ds in by_kind.items():
        out.append(f"  doubts: {len(ds)} {kind.replace('_', ' ')}")
        for d in ds[:per_kind]:
            named = f"p. {d.page}" in d.message or d.message.startswith(f"page {d.page}:")
            out.append(f"    {d.message}" + (f" (p. {d.page})" if d.page and not named else ""))
        if len(ds) > per_kind:
            out.append(f"    … and {len(ds) - per_kind} more")
    return out


_SUSPECT_RE = re.compile(r"^'(.+?)' \((.+?)\) in ")


def suspect_words(doubts: list) -> list[tuple[str, str, int, str]]:
    """The broken-looking words the repairs left in a reading's text (the
    doubts of kind ``suspect_word``, see ``repair.spaced.suspect_words``):
    ``(word, what, page, message)``, in text order."""
    out = []
    for d in doubts:
        m = _SUSPECT_RE.match(d.message) if d.kind == "suspect_word" else None
        if m:
            out.append((m.group(1), m.group(2), d.page, d.message))
    return out


def suspect_word_lines(doubts: list, shown: int = 8) -> list[str]:
    """``check``'s list of suspect words: how many of each kind, then at most
    ``shown`` of them in all (a few of every kind first), each with its page
    and a short context, so that a broken PDF yields a summary, not pages.

    >>> from coursepack.read.structure import Doubt
    >>> ds = [Doubt("suspect_word", f"'c l a s h' (letters or syllables spaced apart) in s1-p{k}: a c l a s h", 2)
    ...       for k in range(3)] + [Doubt("suspect_word", "'a- b' (a hyphen with a space after it) in n1: x", 0)]
    >>> print("\\n".join(suspect_word_lines(ds, shown=3)))
      suspect words: 4 (3 letters or syllables spaced apart, 1 a hyphen with a space after it); correct the wrong ones in corrections.yaml
        p. 2: 'c l a s h' in s1-p0: a c l a s h
        'a- b' in n1: x
        p. 2: 'c l a s h' in s1-p1: a c l a s h
        … and 1 more
    """
    found = suspect_words(doubts)
    if not found:
        return []
    kinds: dict[str, list] = {}
    for f in found:
        kinds.setdefault(f[1].split(";")[0], []).append(f)   # "…; read as 'ft'": a detail
    summary = ", ".join(f"{len(v)} {k}" for k, v in sorted(kinds.items(), key=lambda kv: -len(kv[1])))
    out = [f"  suspect words: {len(found)} ({summary}); correct the wrong ones in corrections.yaml"]
    # round-robin over the kinds, so that one noisy kind does not hide the others
    order = [f for group in zip_longest(*kinds.values()) for f in group if f is not None]
    for word, what, page, msg in order[:shown]:
        detail = f" ({what.split(';', 1)[1].strip()})" if ";" in what else ""
        out.append("    " + (f"p. {page}: " if page else "") + f"'{word}'{detail}" + msg.split(f"({what})", 1)[1])
    if len(found) > shown:
        out.append(f"    … and {len(found) - shown} more")
    return out
