"""``python build.py check``: validate the content and report, without
rendering.  Prints the word accounting of every reading, the bibliography's
suspected factual errors (for the editor to settle), glossary warnings and
corrections whose target is gone.  Exit 0 when clean (warnings allowed),
2 when a content file has errors."""

from __future__ import annotations

from pathlib import Path


def check(root: Path, *, explain: bool = False, say=print) -> int:
    from .build import gather
    from .glossary import check_glossary

    cfg, pack, editions = gather(root)
    warnings = 0
    for e, rc in zip(editions, cfg.readings):
        r = e.reading
        acc = r.accounting
        say(f"{r.slug}: {len(r.sections)} sections, {sum(1 for _ in r.blocks())} paragraphs, "
            f"{len(r.footnotes)} notes ({sum(1 for n in r.footnotes if n.status != 'complete')} "
            f"lost), {len(r.bibliography)} bibliography entries, {len(r.glossary)} glossary "
            f"terms, {len(r.questions)} questions, {len(r.timeline)} timeline events")
        say(f"  word accounting: {acc.source_words} source words = {acc.body} body + "
            f"{acc.notes} notes + {acc.metadata} metadata + {acc.apparatus} apparatus + "
            f"{acc.discarded} discarded: {'complete' if acc.complete else 'INCOMPLETE'}")
        if not acc.complete:
            warnings += 1
            for w in acc.missing[:20]:
                say(f"    unaccounted: {w}")
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
                w = c.where
                loc = f"{w.source}:{w.line}:{w.column}" if w.line else (w.block or "")
                say(f"  [{c.kind}/{c.rule}] {loc}: {c.before!r} → {c.after!r}: {c.why}")
    say(f"check: {len(editions)} reading(s), {warnings} warning(s), no errors")
    return 0
