"""Edition: gather one reading's whole model from its content folder.

read → repair → bibliography → glossary → questions/timeline.  Nothing is
written here; the build writes ``edition.json``, ``article.md`` and
``references.bib`` from what this returns.
"""

from __future__ import annotations

from collections import Counter
from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
import hashlib
import re

from . import model, glossary as glossary_mod, timeline as timeline_mod
from .content import PackConfig, ReadingConfig, load_pack, read_bytes
from .errors import ContentError, Problem, Problems
from .frontmatter import split_keywords
from .i18n import KEYWORD_HEADINGS
from .yamlio import read_text, load_yaml
from .progress import Timer, step
from .bibliography import build_bibliography, format_citation
from .bibliography.csl import find_style
from .bibliography.editor import EDITOR_FILES, read_any
from .bibliography.styles import format_bibliography, format_work, is_builtin
from .read import read_pdf_cached
from .read.figures import cut_figures, page_graphics, settle
from .read.landing import read_landing
from .read.markdown import keyed_cites, link_citations, read_markdown
from .read.overrides import apply_overrides, load_overrides
from .frontmatter import split_keywords, tidy
from .questionset import load_questions, select_for_reader
from .questionset import outgrown, reanchor as reanchor_questions
from .i18n import KEYWORD_HEADINGS, LABELS, label, reading_language, reason
from .sanitize import split_long_lines


@dataclass
class Edition:
    """A reading's model plus the by-products the build writes."""

    reading: model.Reading
    bibdata: Any = None          # pybtex BibliographyData
    problems: list[Problem] = None  # type: ignore[assignment]
    timings: dict[str, float] = None  # type: ignore[assignment]
    doubts: list = None  # type: ignore[assignment]   # read.structure.Doubt, for `check`
    failures: list[str] = None  # type: ignore[assignment]  # why the structure failed


def metadata(cfg: ReadingConfig) -> model.Metadata:
    m = cfg.meta
    s = lambda k: "" if m.get(k) is None else str(m.get(k))  # noqa: E731
    return model.Metadata(
        title=s("title"), subtitle=s("subtitle"), authors=[str(a) for a in m.get("authors") or []],
        journal=s("journal"), volume=s("volume"), issue=s("issue"), issue_title=s("issue_title"),
        year=s("year"), section=s("section"), pages=s("pages"), series=s("series"),
        number=s("number"), institution=s("institution"), place=s("place"), published=s("published"),
        submitted=s("submitted"), doi=s("doi"), url=s("url"), license=s("license"),
        languages=[s("language") or "en"],
        abstract_languages=[str(x) for x in m.get("abstract_languages") or []],
        keywords=[str(x) for x in m.get("keywords") or []],
        labels_language=s("labels_language"), summary=s("summary"), notes=[str(x) for x in m.get("metadata_notes") or []])


def reading_fields(meta: model.Metadata) -> tuple[dict, dict]:
    """BibTeX-like fields and persons for the reading itself: a journal
    article's, or a working paper's (:func:`series_fields`)."""
    fields = {"title": meta.full_title, "journal": meta.journal, "volume": meta.volume,
              "number": meta.issue, "year": meta.year, "pages": meta.pages,
              "doi": meta.doi, "url": meta.url}
    if not meta.journal:
        fields.update(series_fields(meta))
    return {k: v for k, v in fields.items() if v}, {"author": list(meta.authors)}


def series_fields(meta: model.Metadata) -> dict:
    """A paper in a series (no journal), as a report's fields: series,
    number, institution and its place, each only where reading.yaml gives
    it.

    >>> series_fields(model.Metadata(series="Discussion Paper", number="FS I 01-301",
    ...     institution="Wissenschaftszentrum Berlin für Sozialforschung", place="Berlin"))
    {'series': 'Discussion Paper', 'number': 'FS I 01-301', 'institution': 'Wissenschaftszentrum Berlin für Sozialforschung', 'address': 'Berlin'}
    >>> series_fields(model.Metadata(journal="Geo"))
    {}
    """
    if meta.journal or not (meta.series or meta.institution):
        return {}
    out = {"series": meta.series, "number": meta.number, "institution": meta.institution,
           "address": meta.place}
    return {k: v for k, v in out.items() if v}


def series_citation_fields(fields: dict, builtin: bool = True) -> dict:
    """A paper's series and number as one, as its cover prints them ("MPIfG
    Discussion Paper 05/6"; a style's report form prints a lone number as
    a range or before the series); for the built-in styles (``builtin``),
    whose report form has no place, also the place before the institution
    ("Köln: Max-Planck-Institut …").

    >>> f = {"series": "MPIfG Discussion Paper", "number": "05/6", "institution": "MPIfG",
    ...      "address": "Köln", "year": "2005"}
    >>> series_citation_fields(f)
    {'series': 'MPIfG Discussion Paper 05/6', 'institution': 'Köln: MPIfG', 'year': '2005'}
    >>> series_citation_fields(f, builtin=False)["series"]
    'MPIfG Discussion Paper 05/6'
    """
    if fields.get("journal") or not (fields.get("series") or fields.get("institution")):
        return fields
    out = dict(fields)
    number = out.pop("number", "")
    if number:
        out["series"] = f"{out['series']} {number}" if out.get("series") else number
    place = out.pop("address", "") if builtin else ""
    if place and out.get("institution"):
        out["institution"] = f"{place}: {out['institution']}"
    return out


# A source larger than this is refused before repair (see README, "Bad input"):
# repair time grows with the text; an article is rarely above 0.2 MB.
MAX_SOURCE_BYTES = 1_000_000


def gather_editions(pack: PackConfig, timer=None, cache=None) -> list[Edition]:
    """Every reading's edition; the problems of all readings' content files
    are raised together in one :class:`ContentError`."""
    problems = Problems()
    editions = []
    for cfg in pack.readings:
        step(detail=cfg.slug)
        try:
            e = build_reading(pack, cfg, timer, cache)
        except ContentError as err:
            problems.items.extend(_relative(p, pack.root) for p in err.problems)
            continue
        editions.append(e)
        problems.items.extend(_relative(p, pack.root) for p in e.problems or [])
    _raise_if_errors(problems)
    return editions


def gather(root: Path, timer: Timer | None = None, cache=None, cfg: PackConfig | None = None
           ) -> tuple[PackConfig, model.Pack, list[Edition]]:
    """Load the pack (unless ``cfg`` is it, loaded already) and build every
    reading's edition (no rendering).  ``cache`` (a
    :class:`~coursepack.cache.StageCache`) keeps the results of the costly
    stages between builds."""
    timer = timer or Timer(say=lambda s: None, quiet=True)
    if cfg is None:
        with timer("load"):
            cfg = load_pack(root)
    editions = gather_editions(cfg, timer, cache)   # all readings' problems together
    d = cfg.data
    pack = model.Pack(title=str(d.get("title") or ""), term=str(d.get("term") or ""),
                      instructor=str(d.get("instructor") or ""),
                      institution=str(d.get("institution") or ""),
                      readings=[e.reading for e in editions], options=dict(cfg.output),
                      notice=str(d.get("notice") or ""))
    pack.options["code"] = str(d.get("code") or "")
    return cfg, pack, editions


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
    text = split_long_lines(text)
    if not text.strip():
        raise ContentError(Problem(display, 0, 0, "the source text is empty: put the "
                                   "article's text in it, or point sources.text at the "
                                   "right file"))
    return text


def source_kind(cfg: ReadingConfig) -> str:
    """Which reader a reading's source needs: ``pdf`` (the article's PDF),
    ``text`` (text extracted from it) or ``markdown`` (a clean article)."""
    for kind in ("pdf", "text", "markdown"):
        if cfg.files.get(kind) is not None:
            return kind
    return "text"


def build_dir(pack: PackConfig, cache=None) -> Path:
    """The build folder the stage cache lives in (``build/`` by default)."""
    folder = getattr(cache, "folder", None)
    return Path(folder).parent.parent if folder else pack.root / "build"


def build_reading(pack: PackConfig, cfg: ReadingConfig, timer=None, cache=None) -> Edition:
    """The whole model of one reading: read its source into an article
    structure (the PDF, extracted text) and repair it, or read a clean
    Markdown article as written; then the bibliography, glossary, questions
    and timeline.  Raises ContentError with every problem found in its
    content files (sources, structure.yaml, corrections, references.bib,
    bibliography.yaml, glossary, questions, timeline), all together."""
    from .repair import load_corrections, repair_article, repair_structure  # lazy: the repair package 50 ms CPU (75-115 ms importtime), loaded by the worker that gathers (beside WeasyPrint loading), not before the build forks it
    root = pack.root
    rel = lambda p: cfg.rel(p, root)  # noqa: E731
    problems = Problems()
    step = timer or (lambda name: _NullStep())
    collect = lambda fn, *a, default=None, **kw: _collect(  # noqa: E731
        problems, root, fn, *a, default=default, **kw)
    kind = source_kind(cfg)
    src_path = cfg.files.get(kind)

    # Every content file is loaded (and so checked) first, each on its own,
    # so that one bad file does not hide the problems of another.
    with step("read"):
        text = structure = art = landing = None
        if src_path is None:
            problems.add(rel(cfg.folder / "reading.yaml"), 0, 0,
                         "the reading has no source: set sources.pdf, sources.text or "
                         "sources.markdown")
        elif kind == "markdown":
            art = read_markdown(read_source(src_path, rel(src_path)), rel(src_path),
                                base=str(Path(rel(src_path)).parent.as_posix()), root=root)
            problems.items.extend(art.problems)
        elif kind == "pdf":
            structure = collect(read_pdf_cached, src_path, build_dir(pack, cache),
                                display=rel(src_path))
        else:
            text = collect(read_source, src_path, rel(src_path))
        if "landing" in cfg.files and kind != "markdown":
            ltext = collect(read_source, cfg.files["landing"], rel(cfg.files["landing"]))
            landing = read_landing(ltext) if ltext is not None else None

    spath = cfg.files.get("structure.yaml")
    overrides = collect(load_overrides, spath, rel(spath), default=None) \
        if spath and kind != "markdown" else None
    if overrides and structure is not None:
        structure = collect(apply_overrides, structure, overrides, default=structure)
    cpath = cfg.files.get("corrections.yaml")
    corrections = collect(load_corrections, cpath, default=[]) \
        if cpath and kind != "markdown" else None
    bpath = (editor_files(cfg, root, problems) or None) if kind != "markdown" else None
    gpath = cfg.files.get("glossary.yaml")
    glossary = collect(glossary_mod.load_glossary, gpath, rel(gpath), default=[]) \
        if gpath else []
    qpath = cfg.files.get("questions.yaml")
    questions = collect(load_questions, qpath, default=[]) if qpath else None
    tpath = cfg.files.get("timeline.yaml")
    timeline = collect(timeline_mod.load_timeline, tpath, default=[]) if tpath else None
    if kind == "markdown":
        problems.raise_if_errors()
        return _markdown_reading(pack, cfg, art, glossary, questions, timeline, step, problems,
                                 build_bibliography, link_citations, keyed_cites)
    if text is None and structure is None:
        _raise_if_errors(problems)
    if structure is not None and problems.errors:
        _raise_if_errors(problems)    # a wrong structure.yaml: nothing is built on it

    with step("repair"):
        cargs = dict(source=rel(src_path), corrections=corrections,
                     corrections_path=rel(cpath) if cpath else "corrections.yaml")
        if structure is not None:
            def _repair():
                return repair_structure(settle(structure, page_graphics(src_path)), **cargs)
            key = [digest_file(src_path), repr(corrections), rel(src_path),
                   read_bytes(spath) if spath and spath.is_file() else b""]
        else:
            def _repair():
                return repair_article(text, **cargs)
            key = [text, repr(corrections), rel(src_path)]
        result = cache.get("repair-" + cfg.slug, key, _repair) if cache else _repair()
        problems.items.extend(_relative(p, root) for p in result.unmatched_corrections)

    if structure is not None:      # figures and tables: cut from the pages (reused when cut before)
        cut_figures([b.figure for sec in result.sections for b in sec.blocks if b.figure],
                    src_path, build_dir(pack, cache) / cfg.slug)

    meta = metadata(cfg)
    reading = model.Reading(
        slug=cfg.slug, meta=meta, week=cfg.week, label=cfg.label,
        abstracts=result.abstracts, sections=result.sections, footnotes=result.footnotes,
        changes=list(result.changes), fragments=list(result.fragments),
        accounting=result.accounting, source_kind="pdf" if kind == "pdf" else "extracted",
        front=front_matter(result.front, meta.keywords))
    if not reading.abstracts and landing is not None and landing.abstract:
        reading.abstracts = [model.Abstract("en", meta.title, [model.Text(landing.abstract)])]

    with step("bibliography"):
        # the article's own reference list is the bibliography; without one,
        # the landing page's
        refs = list(result.references) or (landing.references if landing else None)
        args = dict(landing_refs=refs, style=bibliography_style(pack),
                    lang=reading_language(reading))
        def _bib():
            found = Problems()    # cached with the result: a cached run reports them too
            out = _collect(found, root, build_bibliography, reading.footnotes,
                           editor_bib=bpath, decisions=cfg.files.get("bibliography.yaml"),
                           sections=reading.sections, **args)
            # build_bibliography wraps citations in the notes and the body
            return out, reading.footnotes, reading.sections, found.items
        parts = [repr(model.to_json(reading.footnotes)), repr(model.to_json(reading.sections)),
                 repr(args)] + [
            read_bytes(p) if p and p.is_file() else b"" for p in
            [*(bpath or []), cfg.files.get("bibliography.yaml")]]
        bib, notes, sections, found = cache.get("bibliography-" + cfg.slug, parts, _bib) \
            if cache else _bib()
        problems.items.extend(found)
        reading.footnotes, reading.sections = notes, sections
        if bib is None:    # bibliography.yaml is wrong: reported; go on without it
            bib = build_bibliography(reading.footnotes, editor_bib=bpath, decisions=None,
                                     sections=reading.sections, **args)
    tidy(reading)     # abstract labels and key words as printed, source line breaks
    edition = complete_reading(reading, bib, pack, cfg, glossary, questions, timeline, step,
                               problems, raise_errors=_raise_if_errors, cache=cache)
    edition.doubts = list(result.doubts)
    edition.failures = structure_failures(reading, result.doubts)
    return edition


def front_matter(blocks: list[model.Block], keywords: list[str]) -> list[model.Block]:
    """The front matter the reader prints with the title: the article's
    affiliation blocks, and its key words blocks but the one the metadata's
    ``keywords`` already print (the first language's, in ``reading.yaml``:
    a block half of whose words are there),
    each left with its words only ("Keywords" is the reader's label).

    >>> kw = lambda t, lang: model.Block("f", [model.Text(t)], "keywords", lang)
    >>> fm = front_matter([kw("Schlüsselwörter Gleichstellung, Hochschule", "de"),
    ...                    kw("Keywords gender equality, university", "en")], ["Gleichstellung", "Hochschule"])
    >>> [(b.lang, model.plain_text(b.inlines)) for b in fm]
    [('en', 'gender equality · university')]
    >>> model.plain_text(front_matter([model.Block("f", [model.Text("* University Paris 8")], "affiliation")], [])[0].inlines)
    'University Paris 8'
    """
    have = {k.casefold() for k in keywords}
    out = []
    for b in blocks:
        if b.kind == "keywords":
            text = " ".join(model.plain_text(b.inlines).split())
            low = text.casefold()
            label = max((w for w in KEYWORD_HEADINGS if low.startswith(w)), key=len, default="")
            words = split_keywords(text[len(label):] if label else text)
            if not words or 2 * sum(w.casefold() in have for w in words) >= len(words):
                continue
            b = model.Block(b.id, [model.Text(" · ".join(words))], "keywords", b.lang, b.source_lines)
        elif b.inlines and isinstance(b.inlines[0], model.Text) and re.match(r"\s*[*∗†‡§¶]{1,3}\s*\S", b.inlines[0].text):
            # the key of an author's note ("* University Paris 8"): the reader prints no call on the name
            first = model.Text(re.sub(r"^\s*[*∗†‡§¶]{1,3}\s*", "", b.inlines[0].text))
            b = model.Block(b.id, [first] + list(b.inlines[1:]), b.kind, b.lang, b.source_lines)
        out.append(b)
    return out


def digest_file(path: Path) -> str:
    """SHA-256 of a file (a PDF is keyed by its bytes, not re-read as text)."""
    return hashlib.sha256(read_bytes(path)).hexdigest()


def structure_failures(reading: model.Reading, doubts: list) -> list[str]:
    """Why a reading's structure failed, if it did: no paragraphs, one
    paragraph holding most of the text, most note markers without their
    notes.  ``check`` never calls such a reading's accounting complete.

    >>> r = model.Reading("x", model.Metadata(), sections=[model.Section("s1", "", [
    ...     model.Block("s1-p1", [model.Text("word " * 2000)])])])
    >>> structure_failures(r, [])
    ['one paragraph holds 100% of the 2000 words of the body']
    """
    out = []
    blocks = [b for _, b in reading.blocks() if b.kind in ("paragraph", "quote")]
    if not blocks:
        return ["no paragraphs were found"]
    sizes = [len(model.plain_text(b.inlines).split()) for b in blocks]
    total = sum(sizes)
    if total >= 1000 and max(sizes) >= 0.5 * total:
        out.append(f"one paragraph holds {100 * max(sizes) // total}% of the {total} words "
                   "of the body")
    elif max(sizes) > 1500:
        out.append(f"a paragraph of {max(sizes)} words")
    lost_words = [d for d in doubts if getattr(d, "kind", "") == "words_lost"]
    if lost_words:
        out.append(f"words of running text only inside uncaptioned figures on {len(lost_words)} page(s)")
    marked = [n for n in reading.footnotes]
    lost = [n for n in marked if n.status != "complete"]
    if len(marked) >= 4 and len(lost) > len(marked) / 2:
        out.append(f"{len(lost)} of {len(marked)} note markers have no note text")
    return out


def _markdown_reading(pack, cfg, art, glossary, questions, timeline, step, problems,
                      build_bibliography, link_citations, keyed_cites) -> Edition:
    """The rest of :func:`build_reading` for a clean Markdown article: no
    repair and no landing page; the bibliography is the editor's
    ``references.bib``, and the notes' citations are linked to it."""
    root = pack.root
    rel = lambda p: cfg.rel(p, root)  # noqa: E731
    md_path = cfg.files["markdown"]

    def collect(fn, *a, default=None, **kw):
        try:
            return fn(*a, **kw)
        except ContentError as e:
            problems.items.extend(e.problems)
            return default

    meta = metadata(cfg)
    if not meta.title:
        meta.title = art.title
    lang = meta.languages[0] if meta.languages else "en"
    for s in art.sections:
        for b in s.blocks:
            b.lang = lang
    for a in art.abstracts:     # a heading such as "Zusammenfassung" gave its own language
        a.lang, a.title = a.lang or lang, a.title or meta.title
    meta.keywords = meta.keywords or list(getattr(art, "keywords", []))
    reading = model.Reading(slug=cfg.slug, meta=meta, week=cfg.week, label=cfg.label,
                            abstracts=art.abstracts, sections=art.sections,
                            footnotes=art.footnotes, accounting=art.accounting,
                            source_kind="markdown")
    style = bibliography_style(pack)
    with step("bibliography"):
        # the bibliography is the editor's references.bib: the notes are not
        # mined for works (that is for damaged articles); link_citations links them
        bib = collect(build_bibliography, [], landing_refs=None,
                      editor_bib=editor_files(cfg, root, problems),
                      decisions=cfg.files.get("bibliography.yaml"), style=style,
                      lang=reading_language(reading))
        problems.raise_if_errors()
        link_citations(reading.footnotes, bib.entries)
        known = {e.key: e for e in bib.entries}
        for s in reading.sections:
            for b in s.blocks:
                keyed_cites(b.inlines, known)
        for where, nodes, line in [(f"note {n.number}", n.inlines, n.source_lines[0])
                                   for n in reading.footnotes] + \
                [(b.id, b.inlines, b.source_lines[0]) for s in reading.sections
                 for b in s.blocks]:
            for key in keyed_cites(nodes, {}):
                if key not in known:
                    problems.add(rel(md_path), line, 0, f"citation [@{key}] ({where}): no entry "
                                 f"'{key}' in references.bib" + (
                                     "" if cfg.files.get("references.bib") else
                                     " (there is no references.bib in the reading folder)"))
        problems.raise_if_errors()
    # the editor's bibliography is the source here, not a correction of one
    return complete_reading(reading, bib, pack, cfg, glossary, questions, timeline, step,
                            problems, skip_rules=("editor_bib",))


def editor_files(cfg: ReadingConfig, root: Path, problems: Problems) -> list[Path]:
    """The editor's bibliography files of a reading (``references.ris``,
    ``references.json``, ``references.bib``: later ones take precedence
    field by field), each read once here so that a malformed one is reported
    with its line and column (and left out: the build stops on it)."""
    out = []
    for name in EDITOR_FILES:
        path = cfg.files.get(name)
        if not path:
            continue
        try:
            read_any(path, cfg.rel(path, root))
        except ContentError as e:
            problems.items.extend(_bib_positions([_relative(p, root) for p in e.problems],
                                                 path))
            continue
        out.append(path)
    return out


def bibliography_style(pack: PackConfig) -> str:
    """The style the bibliography is first formatted in: the pack's when it
    is built in; for a CSL style, ``chicago`` (the whole list is formatted
    again by CSL in :func:`complete_reading`, in one pass)."""
    style = pack.output["style"]
    return style if is_builtin(style) else "chicago"


def csl_style(pack: PackConfig) -> Path | None:
    """The pack's CSL style file, ``None`` for a built-in style."""
    if "csl" in pack.output:
        return pack.output["csl"]
    return find_style(str(pack.output["style"]), pack.root / "content")


def complete_reading(reading: model.Reading, bib, pack: PackConfig, cfg: ReadingConfig,
                     glossary, questions, timeline, step, problems: Problems,
                     raise_errors=None, skip_rules: tuple = (), cache=None) -> Edition:
    """The stages every kind of reading shares once its text and notes are
    made: the bibliography into the model and the reading's own citation, the
    glossary marked, questions and timeline; then every reference checked."""
    style = pack.output["style"]
    csl = csl_style(pack)
    lang = reading_language(reading)     # the reading's, or the pack's labels language
    reading.bibliography = bib.entries
    reading.changes.extend(c for c in bib.changes if c.rule not in skip_rules)
    reading.suspects = list(bib.suspects)
    fields, persons = reading_fields(reading.meta)
    report = "report" if series_fields(reading.meta) else None     # a paper in a series
    if csl is None:
        reading.citation = format_citation(series_citation_fields(fields), persons, style,
                                           entry_type=report, lang=lang)
    else:
        with step("style"):
            reading.bibliography = format_bibliography(reading.bibliography, csl, lang,
                                                       cache=cache, name=reading.slug)
            reading.citation = format_work(series_citation_fields(fields, builtin=False), persons,
                                           csl, lang, entry_type=report,
                                           cache=cache, name=reading.slug)
    with step("glossary"):
        reading.glossary = glossary
        glossary_mod.prepare(reading)
    with step("questions"):
        qpath = cfg.files.get("questions.yaml")
        fresh = None
        if questions is None or outgrown(questions, reading, qpath):
            from .questions import generate  # lazy: the generator 81 ms CPU (its patterns and word lists), only for a reading without questions.yaml (or one the reading has outgrown: teach13)
            fresh = generate(reading)
        if questions is None:       # no questions.yaml: generated
            questions = fresh
        else:                       # fitted to the reading as it is read now
            questions = _fitted(lambda *a: reanchor_questions(*a, fresh=fresh), questions,
                                reading, cfg, "questions.yaml", pack.root, problems)
        reading.questions = select_for_reader(questions, hi=pack.output["reader_questions"])
        reading.timeline = timeline_mod.extract(reading) if timeline is None else _fitted(
            timeline_mod.reanchor, timeline, reading, cfg, "timeline.yaml", pack.root, problems)
    _check_references(reading, cfg, pack.root, problems)
    (raise_errors or (lambda p: p.raise_if_errors()))(problems)
    return Edition(reading=reading, bibdata=bib.bibdata, problems=problems.items)


def _fitted(reanchor, items, reading, cfg, name: str, root: Path, problems: Problems):
    path = cfg.files.get(name)
    items, found = reanchor(items, reading, path, cfg.rel(path, root) if path else name)
    problems.items.extend(found)
    return items


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
                    if b in known or key == "evidence" and (b.split("~", 1)[0] in known or
                                                            re.fullmatch(r"abstract-\d+(?:~\d+)?", b)):
                        continue        # "s2-p3~2": the second sentence of s2-p3; an abstract's
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

#: each class of silent repair, as the editorial note names it (English;
#: every language's in :mod:`.i18n`, keys ``repair-<kind>``)
KIND_LABELS = {k: label(f"repair-{k}") for k in (
    "layout", "ligature", "hyphenation", "smallcaps", "roman", "spacing", "furniture",
    "fragment", "url", "correction", "bibliography")}


def _source_key(reading: model.Reading) -> str:
    """The i18n key of the editorial note's source sentence: where the text
    comes from and, for a PDF, what was recovered and where the
    bibliography comes from."""
    entries = reading.bibliography
    if reading.source_kind == "markdown":
        return "ed-source-markdown-bib" if entries else "ed-source-markdown"
    if reading.source_kind != "pdf":
        base = "ed-source-journal" if reading.meta.journal else "ed-source-text"
        return base + ("-landing" if entries else "")
    if not entries:
        return "ed-source-pdf-nobib"
    origins = {e.origin for e in entries}
    if "list" not in origins:
        return "ed-source-pdf-nolist" if origins == {"notes"} else "ed-source-pdf-mixed"
    return "ed-source-pdf-notes" if "notes" in origins else "ed-source-pdf"


def editorial_summary(reading: model.Reading, source_name: str = "") -> dict:
    """The data of the editorial note, in the reading's language
    (:func:`.i18n.reading_language`): source, silent repairs counted per
    class, the emendations (non-silent changes), lost notes, accounting."""
    silent = Counter(c.kind for c in reading.changes if c.silent and c.kind != "bibliography")
    emend = [c for c in reading.changes if not c.silent and c.kind != "bibliography"]
    bib_changes = [c for c in reading.changes if c.kind == "bibliography"]
    lost = [n.number for n in reading.footnotes if n.status in ("lost", "partial")]
    acc = reading.accounting
    m = reading.meta
    lang = reading_language(reading)
    src = label(_source_key(reading), lang, journal=m.journal, volume=m.volume, issue=m.issue,
                year=m.year)
    return {
        "source": src,
        "silent": [(k, n, label(f"repair-{k}", lang) if f"repair-{k}" in LABELS["en"] else k)
                   for k, n in sorted(silent.items())],
        # each reason in the reading's language (a correction's, the editor's, as written)
        "emendations": [replace(c, why=reason(c.why, lang, printed=True)) if c.why else c
                        for c in emend],
        "lost": lost,
        "fragments": reading.fragments,
        "bibliography": label("ed-bib-changes", lang, n=len(bib_changes)) if bib_changes else "",
        "accounting": label("ed-accounting" if acc.complete else "ed-accounting-incomplete", lang,
                            source=acc.source_words, body=acc.body, notes=acc.notes,
                            metadata=acc.metadata, apparatus=acc.apparatus,
                            discarded=acc.discarded),
    }
