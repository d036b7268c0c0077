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

from pathlib import Path

from .errors import ContentError, Problem
from .build import gather
from .glossary import check_glossary


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
        say(f"  word accounting: {acc.source_words} source words = {acc.body} body + "
            f"{acc.notes} notes + {acc.metadata} metadata + {acc.apparatus} apparatus + "
            f"{acc.discarded} discarded: {state}")
        if not acc.complete:
            warnings += 1
            for w in acc.missing[:20]:
                say(f"    unaccounted: {w}")
        for f in failures:
            warnings += 1
            say(f"    structure failed: {f} (see `python build.py review --layout {r.slug}`; "
                "fix it in structure.yaml)")
        for line in doubt_lines(e.doubts or []):
            warnings += 1
            say(line)
        by_kind: dict[str, int] = {}
        for c in r.changes:
            by_kind[c.kind] = by_kind.get(c.kind, 0) + 1
        say("  repairs: " + ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items())))
        for p in e.problems or []:
            say(f"  {p}")
            warnings += 1
        gpath = rc.files.get("glossary.yaml")
        for p in check_glossary(r, rc.rel(gpath, root) if gpath else "glossary.yaml"):
            say(f"  {p}")
            warnings += 1
        for s in r.suspects:
            warnings += 1
            where = rc.rel(rc.folder / "bibliography.yaml", root)
            say(f"  {where}: suspected error in '{s.get('key')}' {s.get('field', '')}: "
                f"{s.get('value', '')!r}: {s.get('reason', '')}"
                + (f" (suggestion: {s['suggestion']})" if s.get("suggestion") else "")
                + " — settle it in bibliography.yaml")
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


def doubt_lines(doubts: list, per_kind: int = 12) -> list[str]:
    """What the reading of a source could not settle, grouped by kind, at
    most ``per_kind`` listed each.

    >>> from coursepack.read.structure import Doubt
    >>> print("\\n".join(doubt_lines([Doubt("long_paragraph", "paragraph s1-p1 has 900 words")] * 3, 2)))
      doubts: 3 long paragraph
        paragraph s1-p1 has 900 words
        paragraph s1-p1 has 900 words
        … and 1 more
    """
    by_kind: dict[str, list] = {}
    for d in doubts:
        by_kind.setdefault(d.kind, []).append(d)
    out = []
    for kind, ds in by_kind.items():
        out.append(f"  doubts: {len(ds)} {kind.replace('_', ' ')}")
        for d in ds[:per_kind]:
            out.append(f"    {d.message}" + (f" (p. {d.page})" if d.page and f"p. {d.page}"
                                             not in d.message else ""))
        if len(ds) > per_kind:
            out.append(f"    … and {len(ds) - per_kind} more")
    return out
