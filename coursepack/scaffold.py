"""Adding readings to the pack: ``new`` and ``ingest``.

* :func:`new_reading` makes ``content/readings/<slug>/`` with commented
  template files.  Its source is a placeholder Markdown article, so the
  pack builds at once; the instructor replaces it (or switches
  ``sources`` to extracted text, see ``source/README``).
* :func:`ingest` makes a reading from raw extracted text (and the
  journal's landing page): the source files are copied byte for byte into
  ``source/``, the text is repaired, and ``reading.yaml`` (metadata from
  the landing page only — empty fields stay empty), ``glossary.yaml``
  (suggested terms, unreviewed), ``questions.yaml``, ``timeline.yaml`` and
  ``corrections.yaml`` (candidates for review, commented out) are written.

Both refuse to touch an existing reading folder (a :class:`ContentError`,
exit status 2), and both add the reading to ``pack.yaml``'s ``readings:``
list by appending a text entry after the last one, so the file's comments
and layout stay as they are.  When the list cannot be found or edited
safely (the edited text would not read back as the old list plus the new
entry), ``pack.yaml`` is left alone and the entry to add is returned for the
command to print.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ContentError, Problem
from .outputs import atomic_write
from . import glossary as glossary_mod, model, questions as questions_mod, textutil, timeline as timeline_mod
from .content import OUTPUT, PackConfig, READING, ReadingConfig
from .edition import build_reading
from .read import is_pdf, read_pdf_cached
from .read.landing import read_landing
from .repair import repair_article
from .schema import apply_defaults, valid_date
from .yamlio import load_yaml, loads_yaml, read_text, yaml_quoted

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass
class Added:
    """What ``new``/``ingest`` did."""

    slug: str
    folder: Path
    files: list[Path] = field(default_factory=list)
    pack_updated: bool = False
    pack_entry: str = ""        # the lines to add to pack.yaml when it was not updated
    notes: list[str] = field(default_factory=list)


def slugify(text: str, max_words: int = 6) -> str:
    """A reading folder name from a title (:func:`textutil.slugify`'s folder style).

    >>> slugify("Russia’s approaches towards Armenia and Azerbaijan: evolution")
    'russias-approaches-towards-armenia-and-azerbaijan'
    >>> slugify("Łódź & Kraków — 1990s!")
    'lodz-krakow-1990s'
    """
    return textutil.slugify(text, "folder", max_words)


def check_slug(slug: str) -> None:
    if not SLUG.match(slug or ""):
        raise ContentError(Problem("content/readings/", 0, 0, f"'{slug}' is not a valid "
                                   "reading name: use lower-"
                                   "case letters, digits and hyphens, e.g. 'week3-treaty'"))


def _refuse_existing(root: Path, folder: Path) -> None:
    if folder.exists():
        raise ContentError(Problem(_rel(folder, root), 0, 0, "already exists: coursepack never "
                                   "overwrites a reading; choose another name (--slug) or "
                                   "remove the folder yourself"))


def _rel(p: Path, root: Path) -> str:
    try:
        return str(Path(p).resolve().relative_to(Path(root).resolve()))
    except ValueError:
        return str(p)


def _write_new(path: Path, text: str | bytes, added: Added) -> None:
    """Write a file that must not exist yet."""
    if path.exists():
        raise ContentError(Problem(str(path), 0, 0, "already exists: not overwritten"))
    atomic_write(path, text)
    added.files.append(path)


# ------------------------------------------------------------------ pack.yaml


def pack_entry(slug: str, week: str = "", label: str = "", indent: str = "  ") -> str:
    """The lines of a ``readings:`` entry.

    >>> print(pack_entry("x", "Week 2"), end="")
      - slug: x
        week: "Week 2"
        label: ""
    """
    pad = indent + "  "
    return (f"{indent}- slug: {slug}\n{pad}week: {yaml_quoted(week)}\n"
            f"{pad}label: {yaml_quoted(label)}\n")


def add_to_pack(pack_path: Path, slug: str, week: str = "", label: str = "") -> tuple[bool, str]:
    """Append ``slug`` to the ``readings:`` list of ``pack.yaml`` as text.
    Returns (updated, entry text).  Nothing is written when the reading is
    already listed, when the list cannot be found, or when the result would
    not read back as the old list plus the new entry.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "pack.yaml"
    >>> _ = p.write_text("title: T  # the course\\nreadings:\\n  - slug: a  # first\\n"
    ...                  "    week: W1\\n\\n# output options\\noutput:\\n  paper: a4\\n")
    >>> add_to_pack(p, "b", "W2")[0]
    True
    >>> print(p.read_text(), end="")
    title: T  # the course
    readings:
      - slug: a  # first
        week: W1
      - slug: b
        week: "W2"
        label: ""
    <BLANKLINE>
    # output options
    output:
      paper: a4
    """
    text = pack_path.read_text(encoding="utf-8") if pack_path.exists() else ""
    entry = pack_entry(slug, week, label)
    try:
        data = loads_yaml(text, str(pack_path)) if text.strip() else None
    except ContentError:
        return False, entry
    if not isinstance(data, dict):
        return False, entry
    old = data.get("readings")
    if old is None:
        old = []
    if not isinstance(old, list):
        return False, entry
    if any(isinstance(e, dict) and str(e.get("slug")) == slug for e in old):
        return False, ""
    lines = text.splitlines(keepends=True)
    head = next((i for i, ln in enumerate(lines) if re.match(r"^readings:\s*(#.*)?$", ln)), None)
    if head is None:
        return False, entry
    # the list runs while lines are indented (or blank / comments followed by more items)
    last = head
    indent = ""
    for i in range(head + 1, len(lines)):
        ln = lines[i]
        if not ln.strip() or ln.startswith("#"):
            continue
        if ln[0] not in " \t-":
            break
        last = i
        m = re.match(r"^(\s*)- ", ln)
        if m and not indent:
            indent = m.group(1) or "  "
    indent = indent or "  "
    entry = pack_entry(slug, week, label, indent)
    before = "".join(lines[:last + 1])
    if not before.endswith("\n"):
        before += "\n"
    new_text = before + entry + "".join(lines[last + 1:])
    try:
        check = loads_yaml(new_text, str(pack_path))
    except ContentError:
        return False, entry
    got = check.get("readings") if isinstance(check, dict) else None
    want_old = [dict(e) if isinstance(e, dict) else e for e in old]
    if not isinstance(got, list) or [dict(e) if isinstance(e, dict) else e for e in got[:-1]] \
            != want_old or not isinstance(got[-1], dict) or str(got[-1].get("slug")) != slug:
        return False, entry
    others = {k: v for k, v in check.items() if k != "readings"}
    if others != {k: v for k, v in data.items() if k != "readings"}:
        return False, entry
    atomic_write(pack_path, new_text)
    return True, entry


# ------------------------------------------------------------------ templates

READING_TEMPLATE = """\
# Metadata of the reading.  Fill in only what the sources give: an empty
# field stays empty (say why under metadata_notes); never guess.
# `python build.py schema` documents every key.
title: {title}
subtitle: ""
authors: []            # e.g. ["Anna Nowak", "John Smith"] (Given Family)
journal: ""
volume: ""
issue: ""
issue_title: ""
year: ""
section: ""
pages: ""              # e.g. "45-67"
published: ""          # YYYY-MM-DD
submitted: ""          # YYYY-MM-DD
doi: ""                # without https://doi.org/
url: ""
license: ""            # e.g. "CC BY 4.0"; printed on the notice page of student copies
language: en
abstract_languages: []
summary: ""            # your own summary for the handout (instead of the abstract)
sources:
  # A clean article in Markdown (see source/README).  For text extracted
  # from a PDF, write instead:
  #   text: source/extracted.txt
  #   landing: source/landing.txt     (the journal's landing page, optional)
  markdown: source/article.md
metadata_notes: []     # what the sources do not give, e.g. "The sources name no author."
"""

ARTICLE_TEMPLATE = """\
# {title}

## Abstract

Replace this paragraph with the abstract, or delete the heading and this
paragraph.

## Introduction

This is a placeholder: replace this file with the text of the reading.
Paragraphs are separated by a blank line; *emphasis* is written between
asterisks, and a footnote is called like this.[^1]

[^1]: The text of the footnote goes on a line of its own, anywhere in the
    file; continuation lines are indented.
"""

SOURCE_README = """\
Source files of this reading, as received.  coursepack never edits them:
repairs are made by code on every build, editorial decisions go into the
YAML files next to this folder.

Three kinds of source are read (set `sources:` in ../reading.yaml):

* pdf: the article's PDF as published, read with its layout (fonts, sizes,
  positions).  `python build.py ingest <article.pdf>` copies it here.
  `python build.py review --layout <slug>` draws what was found over its
  pages; override any decision in ../structure.yaml.

* markdown: a clean article you wrote or prepared yourself (article.md).
  # Title, ## Abstract (optional, right after the title), ## Section
  headings, paragraphs separated by blank lines, > quotations, *emphasis*,
  links <https://...>, footnotes called with [^1] and written as
  "[^1]: text" on a line of their own (continuation lines indented).
  Put the works you cite in ../references.bib (BibTeX): a note that names
  an author's surname and the beginning of a title is linked to the entry.

* text (+ landing): text extracted from the journal's PDF, with the damage
  extraction does, and the journal's landing page saved as text.  The
  easiest way to add such a reading is `python build.py ingest <file.txt>
  --landing <page.txt>`, which copies both files here.
"""

GLOSSARY_TEMPLATE = """\
# The reading's glossary.  Each term is marked at its first occurrence in the
# text and defined at the back of the reader; the most important go into the
# handout.  `python build.py glossary {slug} --suggest` adds candidate terms
# (reviewed: false) for you to check.
#
# terms:
#   - term: Minsk Group             # as the article spells it
#     aliases: [OSCE Minsk Group]
#     kind: organisation
#     definition: >-
#       One to three sentences for undergraduates: accurate, neutral, dated.
#     see_also: []
#     pinned: false                 # true: always in the handout
terms: []
"""

QUESTIONS_TEMPLATE = """\
# Discussion questions.  `python build.py questions {slug}` generates
# questions from the text and keeps every edit you make here.
#
# questions:
#   - text: "Your own question?"
#     level: analysis               # comprehension | analysis | evaluation | application
#     evidence: [s1-p2]             # paragraph ids (`python build.py check --explain`)
#     answer: "What a good answer covers (instructor's copy only)."
questions: []
"""

TIMELINE_TEMPLATE = """\
# Dated events of the reading.  `python build.py timeline {slug}` extracts
# them from the text and keeps every edit you make here.
#
# events:
#   - date: 2020-11-10              # YYYY, YYYY-MM or YYYY-MM-DD
#     label: "10 November 2020"
#     text: "Short label of the event"
#     evidence: [s2-p3]
events: []
"""

CORRECTIONS_TEMPLATE = """\
# Editorial corrections, applied after the automatic repairs (so `find` is
# the text as it stands after them).  Correct only clear slips.
#
# corrections:
#   - find: assumptionss
#     replace: assumptions
#     category: typo                # typo | real-word | spelling | spacing | punctuation |
#                                   # grammar | capitalisation | name | fact | extraction
#     mode: noted                   # noted: listed in the editorial note; silent: recorded
#     why: doubled final letter
#     where: s2-p3                  # optional: block, section, note-12
corrections: []
"""


def new_reading(root: Path, slug: str, *, title: str = "", week: str = "",
                label: str = "", add: bool = True) -> Added:
    """Create ``content/readings/<slug>/`` with commented template files
    (a placeholder Markdown article, so that the pack builds at once)."""
    root = Path(root)
    check_slug(slug)
    folder = root / "content" / "readings" / slug
    _refuse_existing(root, folder)
    title = title or f"New reading ({slug})"
    added = Added(slug=slug, folder=folder)
    folder.mkdir(parents=True)
    try:
        _write_new(folder / "reading.yaml", READING_TEMPLATE.format(title=yaml_quoted(title)), added)
        _write_new(folder / "source" / "article.md", ARTICLE_TEMPLATE.format(title=title), added)
        _write_new(folder / "source" / "README", SOURCE_README, added)
        for name, tmpl in (("glossary.yaml", GLOSSARY_TEMPLATE),
                           ("questions.yaml", QUESTIONS_TEMPLATE),
                           ("timeline.yaml", TIMELINE_TEMPLATE),
                           ("corrections.yaml", CORRECTIONS_TEMPLATE)):
            _write_new(folder / name, tmpl.format(slug=slug), added)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    if add:
        added.pack_updated, added.pack_entry = add_to_pack(
            root / "content" / "pack.yaml", slug, week, label)
    return added


# ------------------------------------------------------------------ ingest


def correction_candidates(reading, lang: str = "en", limit: int = 60) -> list[dict]:
    """Words of the repaired text the dictionary does not know (lower-case
    words only: names and acronyms are left alone; words among words of
    another language, such as a transliterated title, neither), with where
    they occur; for the editor to review, never applied automatically.

    >>> from coursepack import model
    >>> r = model.Reading("x", model.Metadata(), sections=[model.Section("s1", "", [
    ...     model.Block("s1-p1", [model.Text("The assumptionss of the Minsk Group.")])])],
    ...     footnotes=[model.Footnote(1, [model.Text("Ivanov I., Situatsiya na granitse "
    ...         "ostayetsya napryazhennoy, Moscow 2020, p. 3.")])])
    >>> [(c["word"], c["where"]) for c in correction_candidates(r)]
    [('assumptionss', 's1-p1')]
    """
    from wordfreq import zipf_frequency  # lazy: wordfreq 78 ms, only when a word list is consulted

    seen: dict[str, dict] = {}
    texts = [(b.id, model.plain_text(b.inlines)) for _s, b in reading.blocks()]
    texts += [(n.id, model.plain_text(n.inlines)) for n in reading.footnotes]
    for where, text in texts:
        text = re.sub(r"\S*(?:https?://|www\.)\S*", " ", text)
        for m in re.finditer(r"(?<![\w’'/.@-])([a-z][a-z’'-]*[a-z])(?![\w’'/@-])", text):
            w = m.group(1)
            if len(w) < 4 or w in seen:
                if w in seen:
                    seen[w]["count"] += 1
                continue
            parts = [p for p in re.split(r"[-’']", w) if p]
            if all(zipf_frequency(p, lang) > 0 for p in parts):
                continue
            # a word among words of another language (a transliterated title) is not a slip
            near = re.findall(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])",
                              text[max(0, m.start() - 60):m.end() + 60])
            near = [x for x in near if x != w and len(x) > 2]
            if near and sum(zipf_frequency(x, lang) > 0 for x in near) / len(near) < 0.75:
                continue
            lo = max(text.rfind(c, 0, m.start()) for c in ",;:“”\"«»(") + 1
            hi = min([i for i in (text.find(c, m.end()) for c in ",;:“”\"«»)") if i >= 0]
                     or [len(text)])
            field_words = [x for x in re.findall(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])",
                                                 text[lo:hi]) if len(x) > 2 and x != w]
            if len(field_words) >= 2 and sum(zipf_frequency(x, lang) > 0
                                             for x in field_words) / len(field_words) < 0.6:
                continue
            start = max(0, m.start() - 30)
            seen[w] = {"word": w, "where": where, "count": 1,
                       "context": " ".join(text[start:m.end() + 30].split())}
    out = sorted(seen.values(), key=lambda c: (-c["count"], c["word"]))
    return out[:limit]


def _corrections_text(title: str, cands: list[dict]) -> str:
    out = [CORRECTIONS_TEMPLATE.rstrip("\n").rsplit("\n", 1)[0], ""]
    if cands:
        out += ["# Candidates for review: words of the repaired text that the dictionary",
                "# does not know (names and acronyms are not listed).  Most are fine; for a",
                "# real slip, move its entry under `corrections:` below, fill in",
                "# `replace` and `why`, and remove the leading '#'.", "#"]
        for c in cands:
            ctx = c["context"].replace("\n", " ")
            out += [f"#   - find: {c['word']}        # {c['count']}× — …{ctx}…",
                    "#     replace: \"\"",
                    "#     category: typo",
                    "#     mode: noted",
                    "#     why: \"\"",
                    f"#     where: {c['where']}"]
    out += ["corrections: []", ""]
    return "\n".join(out)


def _metadata_yaml(title: str, landing, sources: dict[str, str], lang: str,
                   abstract_langs: list[str]) -> str:
    """reading.yaml from what the sources give; the rest stays empty and is
    listed under metadata_notes."""
    L = landing
    vals = {
        "title": title,
        "volume": L.volume if L else "", "issue": L.number if L else "",
        "issue_title": L.issue_title if L else "", "year": L.year if L else "",
        "section": L.section if L else "",
        "published": L.published if L else "", "submitted": L.submitted if L else "",
    }
    for k in ("published", "submitted"):
        if vals[k] and not valid_date(vals[k]):
            vals[k] = ""
    missing = ["authors", "journal"] + [k for k in ("volume", "issue", "year", "published")
                                        if not vals[k]] + ["pages", "doi", "url", "license"]
    lines = [
        "# Metadata of the reading, taken from " + (
            f"the journal's landing page ({sources['landing']})" if L else
            "the extracted text (no landing page was given)") + ".",
        "# Fields the sources do not give stay empty: fill them in from the",
        "# journal, or say under metadata_notes that they are unknown.  Never guess.",
        f"title: {yaml_quoted(vals['title'])}",
        'subtitle: ""',
        "authors: []",
        'journal: ""' + ("                # the landing page names the issue: "
                         + L.journal_issue.replace("#", "") if L and L.journal_issue else ""),
    ]
    for k in ("volume", "issue", "issue_title", "year", "section"):
        lines.append(f"{k}: {yaml_quoted(vals[k])}")
    lines += ['pages: ""',
              f"submitted: {yaml_quoted(vals['submitted'])}",
              f"published: {yaml_quoted(vals['published'])}",
              'doi: ""', 'url: ""', 'license: ""',
              f"language: {lang}",
              f"abstract_languages: [{', '.join(abstract_langs)}]",
              'summary: ""',
              "sources:"]
    for k, v in sources.items():
        lines.append(f"  {k}: {yaml_quoted(v)}")
    lines.append("metadata_notes:")
    lines.append("  - " + yaml_quoted("Not given by the sources (left empty): "
                                    + ", ".join(missing) + "."))
    return "\n".join(lines) + "\n"


def _series_yaml(meta: dict) -> list[str]:
    """The reading.yaml lines of a paper in a series, as its cover and
    imprint print them (``read.frontmeta.series_imprint``); none for a
    journal article, so that its reading.yaml keeps its lines.

    >>> _series_yaml({"series": "MPIfG Discussion Paper", "series_number": "05/6"})
    ['series: "MPIfG Discussion Paper"', 'number: "05/6"', 'institution: ""', 'place: ""']
    >>> _series_yaml({"journal": "Geo", "series": "X Working Paper"})
    []
    """
    if meta.get("journal") or not meta.get("series"):
        return []
    val = lambda k: " ".join(str(meta.get(k) or "").split())  # noqa: E731
    return [f"{k}: {yaml_quoted(val(m))}" for k, m in (("series", "series"), ("number", "series_number"),
                                                         ("institution", "institution"), ("place", "place"))]


def _pdf_metadata_yaml(meta: dict, title: str, sources: dict[str, str], lang: str,
                      abstract_langs: list[str], source_name: str) -> str:
    """reading.yaml from what the PDF prints or its metadata carries
    (``ArticleStructure.meta``); the rest stays empty and is listed under
    metadata_notes.

    >>> print(_pdf_metadata_yaml({"authors": ["A B"], "year": 2015}, "T", {"pdf": "source/a.pdf"},
    ...                          "en", [], "a.pdf").split("sources:")[0].splitlines()[3:8])
    ['title: "T"', 'subtitle: ""', 'authors: ["A B"]', 'journal: ""', 'volume: ""']
    """
    def val(k: str) -> str:
        v = meta.get(k)
        return "" if v is None else " ".join(str(v).split())
    title = " ".join(title.split())
    keys = ("subtitle", "journal", "volume", "issue", "year", "pages", "doi", "license")
    paper = bool(_series_yaml(meta))    # a paper in a series: no journal, volume, issue, pages
    missing = [k for k in ("title",) if not title] + \
        [k for k in ("authors",) if not meta.get("authors")] + \
        [k for k in keys if not val(k) and not (k == "year" and val("series_year"))
         and not (paper and k in ("journal", "volume", "issue", "pages"))] + ["url"]
    authors = [" ".join(str(a).split()) for a in meta.get("authors") or []]
    keywords = [" ".join(str(a).split()) for a in meta.get("keywords") or []]
    lines = [
        f"# Metadata of the reading, as the PDF ({source_name}) prints it or its metadata",
        "# carries.  Fields it does not give stay empty: fill them in from the journal,",
        "# or say under metadata_notes that they are unknown.  Never guess.",
        f"title: {yaml_quoted(title)}",
        f"subtitle: {yaml_quoted(val('subtitle'))}",
        "authors: [" + ", ".join(yaml_quoted(a) for a in authors) + "]",
    ]
    for k in ("journal", "volume", "issue"):
        lines.append(f"{k}: {yaml_quoted(val(k))}")
    lines += ['issue_title: ""', f"year: {yaml_quoted(val('year') or val('series_year'))}",
              'section: ""', f"pages: {yaml_quoted(val('pages'))}"] + _series_yaml(meta)
    lines += ['published: ""', 'submitted: ""',
              f"doi: {yaml_quoted(val('doi'))}", 'url: ""', f"license: {yaml_quoted(val('license'))}",
              f"language: {val('language') or lang}",
              f"abstract_languages: [{', '.join(abstract_langs)}]",
              "keywords: [" + ", ".join(yaml_quoted(k) for k in keywords) + "]",
              'summary: ""', "sources:"]
    for k, v in sources.items():
        lines.append(f"  {k}: {yaml_quoted(v)}")
    lines.append("metadata_notes:")
    lines.append("  - " + yaml_quoted("Not found in the PDF (left empty): " + ", ".join(missing)
                                    + "."))
    return "\n".join(lines) + "\n"


def ingest_pdf(root: Path, pdf_file: Path, *, slug: str = "", week: str = "", label: str = "",
               add: bool = True) -> Added:
    """Make a reading from the article's PDF: the PDF is copied byte for
    byte into ``source/``, read with its layout (the structure is cached
    under ``build/.coursepack/``, so the first build does not read it
    again), and ``reading.yaml`` (metadata the PDF gives, nothing more), the
    glossary, questions, timeline and corrections proposals are written.  A
    PDF that cannot be read (encrypted, a scan, damaged) is refused with one
    line saying what to do, and nothing is written."""
    pdf_file = Path(pdf_file)
    root = Path(root)
    structure = read_pdf_cached(pdf_file, root / "build", display=str(pdf_file))
    meta = dict(structure.meta or {})
    title = " ".join(str(meta.get("title") or "").split())
    if not title:     # the title as the first page prints it
        title = " ".join(" ".join(b.text.split()) for b in structure.of_role("title"))
    if not slug:
        slug = slugify(title) or slugify(pdf_file.stem)
    check_slug(slug)
    folder = root / "content" / "readings" / slug
    _refuse_existing(root, folder)
    sources = {"pdf": f"source/{pdf_file.name}"}

    def metadata_text(repaired_langs: list[str], body_lang: str) -> str:
        return _pdf_metadata_yaml(meta, title, sources, body_lang, repaired_langs, pdf_file.name)

    return _make_reading(root, folder, slug, title, sources, {sources["pdf"]: pdf_file},
                         metadata_text, week=week, label=label, add=add)


def _write_editorial_files(folder: Path, slug: str, title: str, reading, body_lang: str,
                           added: Added) -> None:
    """The files a new reading starts with once its source is read: correction
    candidates, suggested glossary terms, generated questions and timeline,
    the source folder's README; and the lines that tell the user what was made."""
    cands = correction_candidates(reading, lang=body_lang if len(body_lang) == 2 else "en")
    _write_new(folder / "corrections.yaml", _corrections_text(title, cands), added)
    gpath = folder / "glossary.yaml"
    _write_new(gpath, GLOSSARY_TEMPLATE.format(slug=slug), added)
    n_terms = glossary_mod.add_suggestions(gpath, glossary_mod.suggest_candidates(reading, []))
    qpath, tpath = folder / "questions.yaml", folder / "timeline.yaml"
    questions_mod.regenerate(qpath, reading)
    timeline_mod.regenerate(tpath, reading)
    added.files += [p for p in (qpath, tpath) if p.exists()]
    _write_new(folder / "source" / "README", SOURCE_README, added)
    acc = reading.accounting
    added.notes += [
        f"repaired {acc.source_words} words: {acc.body} in the body, {acc.notes} in "
        f"{len(reading.footnotes)} notes" + ("" if acc.complete else " (accounting "
                                               "INCOMPLETE: see `check --explain`)"),
        f"{len(reading.bibliography)} bibliography entries",
        f"{n_terms} glossary term(s) suggested (reviewed: false)",
        f"{len(cands)} correction candidate(s) for review in corrections.yaml",
    ]


def _make_reading(root: Path, folder: Path, slug: str, title: str, sources: dict[str, str],
                  copies: dict[str, Path], metadata_text, *, week: str, label: str,
                  add: bool, repaired=None) -> Added:
    """The reading folder: the sources copied, reading.yaml, and the
    proposals (corrections, glossary, questions, timeline) made from the
    whole edition as a build would make it.  On any failure the folder is
    removed: no half-made reading is left."""
    added = Added(slug=slug, folder=folder)
    folder.mkdir(parents=True)
    try:
        for rel, src in copies.items():
            _write_new(folder / rel, Path(src).read_bytes(), added)
        # a first reading.yaml, so that the edition can be built; then the
        # languages found are written into it
        _write_new(folder / "reading.yaml", metadata_text([], "en"), added)

        def edition():
            meta = load_yaml(folder / "reading.yaml", str(folder / "reading.yaml"))
            pack_cfg = PackConfig(root=root, data={}, output=apply_defaults({}, OUTPUT),
                                  readings=[])
            rcfg = ReadingConfig(slug=slug, folder=folder, week=week, label=label,
                                 meta=apply_defaults(meta, READING), sources=sources,
                                 files={k: folder / v for k, v in sources.items()})
            return build_reading(pack_cfg, rcfg).reading
        reading = edition()
        langs = [a.lang for a in reading.abstracts]
        body_lang = next((b.lang for _s, b in reading.blocks()), "en") or "en"
        text = metadata_text(langs, body_lang)
        if text != (folder / "reading.yaml").read_text(encoding="utf-8"):
            atomic_write(folder / "reading.yaml", text)
            reading = edition()
        _write_editorial_files(folder, slug, title, reading, body_lang, added)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    if add:
        added.pack_updated, added.pack_entry = add_to_pack(
            root / "content" / "pack.yaml", slug, week, label)
    return added


def ingest(root: Path, text_file: Path, *, landing_file: Path | None = None,
           slug: str = "", week: str = "", label: str = "", add: bool = True) -> Added:
    """Make a reading from the article's PDF (:func:`ingest_pdf`, told by
    its first bytes) or from raw extracted text (and its landing page)."""
    root = Path(root)
    text_file, landing_file = Path(text_file), Path(landing_file) if landing_file else None
    for f in (text_file, landing_file):
        if f is not None and not f.is_file():
            raise ContentError(Problem(str(f), 0, 0, "file not found"))
    if is_pdf(text_file):
        if landing_file is not None:
            raise ContentError(Problem(str(landing_file), 0, 0, "--landing goes with extracted "
                                       "text; a PDF carries its own metadata and reference list"))
        return ingest_pdf(root, text_file, slug=slug, week=week, label=label, add=add)
    text = read_text(text_file, str(text_file))
    if not text.strip():
        raise ContentError(Problem(str(text_file), 0, 0, "the file is empty"))
    landing = read_landing(read_text(landing_file, str(landing_file))) if landing_file else None
    repaired = repair_article(text, source=text_file.name)
    title = (landing.title if landing and landing.title else repaired.title).strip()
    if not slug:
        slug = slugify(title) or slugify(text_file.stem)
    check_slug(slug)
    folder = root / "content" / "readings" / slug
    _refuse_existing(root, folder)
    if landing_file is not None and landing_file.name == text_file.name:
        raise ContentError(Problem(str(landing_file), 0, 0, "the text and the landing page "
                                   "have the same file name; rename one"))
    added = Added(slug=slug, folder=folder)
    folder.mkdir(parents=True)
    try:
        sources = {"text": f"source/{text_file.name}"}
        _write_new(folder / sources["text"], text_file.read_bytes(), added)
        if landing_file is not None:
            sources["landing"] = f"source/{landing_file.name}"
            _write_new(folder / sources["landing"], landing_file.read_bytes(), added)
        langs = [a.lang for a in repaired.abstracts]
        body_lang = next((b.lang for b in repaired.blocks()), "en") or "en"
        _write_new(folder / "reading.yaml",
                   _metadata_yaml(title or f"Untitled ({slug})", landing, sources, body_lang,
                                  langs), added)
        # the whole edition, as a build would make it, for the proposals
        meta = load_yaml(folder / "reading.yaml", str(folder / "reading.yaml"))
        pack_cfg = PackConfig(root=root, data={}, output=apply_defaults({}, OUTPUT), readings=[])
        rcfg = ReadingConfig(slug=slug, folder=folder, week=week, label=label,
                             meta=apply_defaults(meta, READING), sources=sources,
                             files={k: folder / v for k, v in sources.items()})
        reading = build_reading(pack_cfg, rcfg).reading
        _write_editorial_files(folder, slug, title, reading, body_lang, added)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    if add:
        added.pack_updated, added.pack_entry = add_to_pack(
            root / "content" / "pack.yaml", slug, week, label)
    return added
