"""Edition: gather one reading's whole model from its content folder.

read → repair → bibliography → glossary → questions/timeline.  Nothing is
written here; the build writes ``edition.json``, ``article.md`` and
``references.bib`` from what this returns.
"""

from __future__ import annotations

from collections import Counter
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import model
from .content import PackConfig, ReadingConfig
from .errors import ContentError, Problem, Problems
from .yamlio import read_text


@dataclass
class Edition:
    """A reading's model plus the by-products the build writes."""

    reading: model.Reading
    bibdata: Any = None          # pybtex BibliographyData
    problems: list[Problem] = None  # type: ignore[assignment]
    timings: dict[str, float] = None  # type: ignore[assignment]


def metadata(cfg: ReadingConfig) -> model.Metadata:
    m = cfg.meta
    s = lambda k: "" if m.get(k) is None else str(m.get(k))  # noqa: E731
    return model.Metadata(
        title=s("title"), subtitle=s("subtitle"), authors=[str(a) for a in m.get("authors") or []],
        journal=s("journal"), volume=s("volume"), issue=s("issue"), issue_title=s("issue_title"),
        year=s("year"), section=s("section"), pages=s("pages"), published=s("published"),
        submitted=s("submitted"), doi=s("doi"), url=s("url"), license=s("license"),
        languages=[s("language") or "en"],
        abstract_languages=[str(x) for x in m.get("abstract_languages") or []],
        summary=s("summary"), notes=[str(x) for x in m.get("metadata_notes") or []])


def reading_fields(meta: model.Metadata) -> tuple[dict, dict]:
    """BibTeX-like fields and persons for the reading itself."""
    fields = {"title": meta.title, "journal": meta.journal, "volume": meta.volume,
              "number": meta.issue, "year": meta.year, "pages": meta.pages,
              "doi": meta.doi, "url": meta.url}
    return {k: v for k, v in fields.items() if v}, {"author": list(meta.authors)}


# A source larger than this is refused before repair (see README, "Bad input"):
# repair time grows with the text; an article is rarely above 0.2 MB.
MAX_SOURCE_BYTES = 1_000_000


def gather_editions(pack: PackConfig, timer=None, cache=None) -> list[Edition]:
    """Every reading's edition; the problems of all readings' content files
    are raised together in one :class:`ContentError`."""
    problems = Problems()
    editions = []
    for cfg in pack.readings:
        try:
            e = build_reading(pack, cfg, timer, cache)
        except ContentError as err:
            problems.items.extend(_relative(p, pack.root) for p in err.problems)
            continue
        editions.append(e)
        problems.items.extend(_relative(p, pack.root) for p in e.problems or [])
    _raise_if_errors(problems)
    return editions


def _raise_if_errors(problems: Problems) -> None:
    """Raise every problem (the warnings too, so that nothing found is lost)
    when there is an error among them."""
    if problems.errors:
        raise ContentError(problems.items)


def _relative(p: Problem, root: Path) -> Problem:
    """The problem with its path relative to the project, as users see it."""
    path = Path(p.path)
    if p.path and path.is_absolute():
        try:
            return Problem(str(path.relative_to(root)), p.line, p.column, p.message, p.severity)
        except ValueError:
            with suppress(ValueError, OSError):
                return Problem(str(path.resolve().relative_to(root.resolve())), p.line,
                               p.column, p.message, p.severity)
    return p


def _collect(problems: Problems, root: Path, fn, *args, default=None, **kw):
    """``fn(*args, **kw)``; its ContentError's problems go to ``problems``
    (paths made relative) and ``default`` is returned instead, so that the
    other files are still checked and everything is reported together."""
    try:
        return fn(*args, **kw)
    except ContentError as e:
        problems.items.extend(_relative(p, root) for p in e.problems)
        return default


def read_source(path: Path, display: str, *, limit: int = MAX_SOURCE_BYTES) -> str:
    """A source file's text: UTF-8, not empty, not binary, not too large."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size > limit:
        raise ContentError(Problem(display, 0, 0, (
            f"the source is {size / 1e6:.1f} MB; coursepack reads sources up to "
            f"{limit / 1e6:.0f} MB (an article is rarely above 0.2 MB): check that this "
            "is the right file, or split a collection into one reading per article")))
    text = read_text(path, display)
    if not text.strip():
        raise ContentError(Problem(display, 0, 0, "the source text is empty: put the "
                                   "article's text in it, or point sources.text at the "
                                   "right file"))
    return text


def build_reading(pack: PackConfig, cfg: ReadingConfig, timer=None, cache=None) -> Edition:
    """The whole model of one reading.  Raises ContentError with every
    problem found in its content files (sources, corrections, references.bib,
    bibliography.yaml, glossary, questions, timeline), all together."""
    if cfg.files.get("text") is None and cfg.files.get("markdown") is not None:
        from .read.markdown import build_markdown_reading   # clean Markdown: no repair
        return build_markdown_reading(pack, cfg, timer)
    from . import glossary as glossary_mod
    from . import questions as questions_mod
    from . import timeline as timeline_mod
    from .bibliography import build_bibliography
    from .bibliography.bibtex import read_bibtex
    from .read.landing import read_landing
    from .repair import load_corrections, repair_article

    root = pack.root
    rel = lambda p: cfg.rel(p, root)  # noqa: E731
    problems = Problems()
    step = timer or (lambda name: _NullStep())
    collect = lambda fn, *a, default=None, **kw: _collect(  # noqa: E731
        problems, root, fn, *a, default=default, **kw)

    # Every content file is loaded (and so checked) first, each on its own,
    # so that one bad file does not hide the problems of another.
    with step("read"):
        text_path = cfg.files.get("text")
        text = None
        if text_path is None:
            problems.add(rel(cfg.folder / "reading.yaml"), 0, 0,
                         "only extracted-text sources are supported so far (sources.text)")
        else:
            text = collect(read_source, text_path, rel(text_path))
        landing = None
        if "landing" in cfg.files:
            ltext = collect(read_source, cfg.files["landing"], rel(cfg.files["landing"]))
            landing = read_landing(ltext) if ltext is not None else None

    cpath = cfg.files.get("corrections.yaml")
    corrections = collect(load_corrections, cpath, default=[]) if cpath else None
    bpath = cfg.files.get("references.bib")
    if bpath:
        try:
            read_bibtex(bpath)
        except ContentError as e:
            problems.items.extend(_bib_positions([_relative(p, root) for p in e.problems],
                                                 bpath))
            bpath = None       # reported; the build stops below
    gpath = cfg.files.get("glossary.yaml")
    glossary = collect(glossary_mod.load_glossary, gpath, rel(gpath), default=[]) \
        if gpath else []
    qpath = cfg.files.get("questions.yaml")
    questions = collect(questions_mod.load_questions, qpath, default=[]) if qpath else None
    tpath = cfg.files.get("timeline.yaml")
    timeline = collect(timeline_mod.load_timeline, tpath, default=[]) if tpath else None
    if text is None:
        _raise_if_errors(problems)

    with step("repair"):
        def _repair():
            return repair_article(text, source=rel(text_path), corrections=corrections,
                                  corrections_path=rel(cpath) if cpath else "corrections.yaml")
        result = cache.get("repair-" + cfg.slug, [text, repr(corrections), rel(text_path)],
                           _repair) if cache else _repair()
        problems.items.extend(_relative(p, root) for p in result.unmatched_corrections)

    meta = metadata(cfg)
    reading = model.Reading(
        slug=cfg.slug, meta=meta, week=cfg.week, label=cfg.label,
        abstracts=result.abstracts, sections=result.sections, footnotes=result.footnotes,
        changes=list(result.changes), fragments=list(result.fragments),
        accounting=result.accounting)
    if not reading.abstracts and landing is not None and landing.abstract:
        reading.abstracts = [model.Abstract("en", meta.title, [model.Text(landing.abstract)])]

    style = pack.output["style"]
    with step("bibliography"):
        args = dict(landing_refs=landing.references if landing else None, style=style)
        def _bib():
            found = Problems()    # cached with the result: a cached run reports them too
            out = _collect(found, root, build_bibliography, reading.footnotes,
                           editor_bib=bpath, decisions=cfg.files.get("bibliography.yaml"),
                           **args)
            # build_bibliography wraps citations in notes
            return out, reading.footnotes, found.items
        parts = [repr(model.to_json(reading.footnotes)), repr(args)] + [
            p.read_bytes() if p and p.is_file() else b"" for p in
            (bpath, cfg.files.get("bibliography.yaml"))]
        bib, notes, found = cache.get("bibliography-" + cfg.slug, parts, _bib) if cache \
            else _bib()
        problems.items.extend(found)
        reading.footnotes = notes
        if bib is None:    # bibliography.yaml is wrong: reported; go on without it
            bib = build_bibliography(reading.footnotes, editor_bib=bpath, decisions=None,
                                     **args)
    return complete_reading(reading, bib, pack, cfg, glossary, questions, timeline, step,
                            problems, raise_errors=_raise_if_errors)


def complete_reading(reading: model.Reading, bib, pack: PackConfig, cfg: ReadingConfig,
                     glossary, questions, timeline, step, problems: Problems,
                     raise_errors=None, skip_rules: tuple = ()) -> Edition:
    """The stages every kind of reading shares once its text and notes are
    made: the bibliography into the model and the reading's own citation, the
    glossary marked, questions and timeline; then every reference checked."""
    from . import glossary as glossary_mod
    from . import questions as questions_mod
    from . import timeline as timeline_mod
    from .bibliography import format_citation

    style = pack.output["style"]
    reading.bibliography = bib.entries
    reading.changes.extend(c for c in bib.changes if c.rule not in skip_rules)
    reading.suspects = list(bib.suspects)
    fields, persons = reading_fields(reading.meta)
    reading.citation = format_citation(fields, persons, style)
    with step("glossary"):
        reading.glossary = glossary
        glossary_mod.prepare(reading)
    with step("questions"):
        qs = questions if questions is not None else questions_mod.generate(reading)
        reading.questions = questions_mod.select_for_reader(
            qs, hi=pack.output["reader_questions"])
        reading.timeline = timeline if timeline is not None else timeline_mod.extract(reading)
    _check_references(reading, cfg, pack.root, problems)
    (raise_errors or (lambda p: p.raise_if_errors()))(problems)
    return Edition(reading=reading, bibdata=bib.bibdata, problems=problems.items)


def _check_references(reading: model.Reading, cfg: ReadingConfig, root: Path,
                      problems: Problems) -> None:
    """Questions and timeline events must point at blocks and sections that
    exist; each problem names the line and column of the wrong id."""
    blocks = {b.id for _, b in reading.blocks()}
    sections = {s.id for s in reading.sections}
    for name, top, items in (("questions.yaml", "questions", reading.questions),
                             ("timeline.yaml", "events", reading.timeline)):
        path = cfg.files.get(name)
        if not path:
            continue
        nodes = _entry_nodes(path, top)
        for it in items:
            node = nodes.get(it.id) or nodes.get(("text", getattr(it, "text", None)))
            for key, known, what in (("evidence", blocks, "paragraph"),
                                     ("sections", sections, "section")):
                for b in getattr(it, key, []) or []:
                    if b in known:
                        continue
                    line, col = _item_pos(node, key, b)
                    if key == "evidence":
                        msg = (f"'{it.id}': evidence '{b}' is not a paragraph of the edition "
                               "(ids look like s2-p3; run `python build.py check --explain` "
                               "to list them)")
                    else:
                        msg = (f"'{it.id}': section '{b}' does not exist "
                               f"(known: {', '.join(sorted(known))})")
                    problems.add(cfg.rel(path, root), line, col, msg)


def _entry_nodes(path: Path, top: str) -> dict:
    """The entries of a questions/timeline file by id and by text, with
    their positions (the file was validated already)."""
    from .yamlio import load_yaml
    out: dict = {}
    try:
        data = load_yaml(path)
    except ContentError:
        return out
    entries = data.get(top) if isinstance(data, dict) else None
    for node in entries or []:
        if isinstance(node, dict):
            if node.get("id") is not None:
                out.setdefault(str(node["id"]), node)
            if node.get("text") is not None:
                out.setdefault(("text", str(node["text"])), node)
    return out


def _item_pos(node, key: str, value: str) -> tuple[int, int]:
    if node is None:
        return (0, 0)
    seq = node.get(key)
    if hasattr(seq, "at"):
        for j, v in enumerate(seq):
            if str(v) == value:
                return seq.at(j)
    return node.at(key)


def _bib_positions(problems: list[Problem], path: Path) -> list[Problem]:
    """Give a repeated BibTeX key the line and column of its second entry."""
    import re
    out = []
    for p in problems:
        m = re.search(r"repeated bibliograph\w* entry: (\S+)", p.message)
        if m and not p.line:
            try:
                text = read_text(path)
            except ContentError:
                text = ""
            hits = [h for h in re.finditer(r"@\w+\s*[{(]\s*" + re.escape(m.group(1)) + r"\s*,",
                                           text)]
            if len(hits) > 1:
                at = hits[1].start()
                line = text.count("\n", 0, at) + 1
                col = at - (text.rfind("\n", 0, at) + 1) + 1
                p = Problem(p.path, line, col, f"citation key '{m.group(1)}' is used twice "
                            f"(first at line {text.count(chr(10), 0, hits[0].start()) + 1}); "
                            "give each entry its own key", p.severity)
        out.append(p)
    return out


class _NullStep:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


# ------------------------------------------------------------------ editorial note

KIND_LABELS = {
    "layout": "page breaks, footnote blocks and paragraphs rejoined",
    "ligature": "split or lost ligatures restored",
    "hyphenation": "line-end hyphens removed",
    "smallcaps": "small capitals restored",
    "roman": "Roman numerals in dates restored",
    "spacing": "spacing and characters normalised",
    "furniture": "page furniture discarded",
    "fragment": "stranded fragments moved out of the body",
    "url": "URLs rejoined",
    "correction": "silent corrections",
    "bibliography": "bibliography corrections",
}


def editorial_summary(reading: model.Reading, source_name: str = "") -> dict:
    """The data of the editorial note: source, silent repairs counted per
    class, the emendations (non-silent changes), lost notes, accounting."""
    silent = Counter(c.kind for c in reading.changes if c.silent and c.kind != "bibliography")
    emend = [c for c in reading.changes if not c.silent and c.kind != "bibliography"]
    bib_changes = [c for c in reading.changes if c.kind == "bibliography"]
    lost = [n.number for n in reading.footnotes if n.status in ("lost", "partial")]
    acc = reading.accounting
    m = reading.meta
    src = (f"The text is that of the article as extracted from the PDF of {m.journal} "
           f"{m.volume}/{m.issue} ({m.year})" if m.journal else "The text is that of the source")
    src += ("; metadata and the reference list come from the journal’s landing page."
            if reading.bibliography else ".")
    if reading.source_kind == "markdown":
        from .read.markdown import MARKDOWN_SOURCE_NOTE
        src = MARKDOWN_SOURCE_NOTE + (" The bibliography is the editor’s references.bib."
                                      if reading.bibliography else "")
    return {
        "source": src,
        "silent": [(k, n, KIND_LABELS.get(k, k)) for k, n in sorted(silent.items())],
        "emendations": emend,
        "lost": lost,
        "fragments": reading.fragments,
        "bibliography": (f"{len(bib_changes)} corrections were made to the journal’s reference "
                         "list on the evidence of the notes; each is listed by "
                         "`python build.py check --explain`." if bib_changes else ""),
        "accounting": (f"{acc.source_words} words in the source: {acc.body} in the body, "
                       f"{acc.notes} in the notes, {acc.metadata} in the title and abstracts, "
                       f"{acc.apparatus} in the apparatus, {acc.discarded} discarded as page "
                       f"furniture{'' if acc.complete else ' (INCOMPLETE)'}."),
    }
