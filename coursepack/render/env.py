"""Render: the edition model through Jinja2 to HTML, and HTML through
WeasyPrint to PDF bytes.

* One Jinja2 environment (autoescape on, ``StrictUndefined``); templates
  come from an ordered search path: the user's overrides in
  ``content/templates/`` first, then the project's ``templates/``.  Styles
  are layered the same way from ``content/styles/`` and ``styles/``.
* WeasyPrint gets a URL fetcher that serves only files inside the project
  and refuses everything else (network, ``file:`` outside, ``..`` and
  symlink escapes).
* Page references (contents, glossary, questions, timeline) are real page
  numbers, read off the layout: the reader is laid out segment by segment,
  each with the numbers it prints already known (:mod:`coursepack.render.reader`).

WeasyPrint is imported lazily: commands that render nothing never pay for
it.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
import re as _re
from html import escape

import jinja2
import markupsafe
from jinja2.sandbox import SecurityError
from jinja2.loaders import split_template_path

from .. import model, textutil
from ..errors import ContentError, Problem
from ..sanitize import FetchRefused, check_stylesheet, local_file, safe_url  # noqa: F401
from ..wpload import load_hyphenation, load_weasyprint
from ..log import quiet_weasyprint
from ..weasyfixes import mend
from ..pdf.compat import Deferred, pages_so_far, paged, quick_array_types, quick_note_areas
from ..mathsvg import math_mathml, math_svg
from ..i18n import figure_label, labels, metadata_note, reading_language, text_lang
from ..sandbox import TemplateSandbox
from ..yamlio import read_text

# ------------------------------------------------------------------ fetcher


def make_url_fetcher(root: Path):
    """A WeasyPrint URL fetcher (a ``weasyprint.urls.URLFetcher``) that serves
    only regular files inside ``root`` (after resolving ``..`` and symlinks)
    and refuses every other URL: the network, ``file:`` URLs elsewhere,
    ``..`` and symlink escapes (see :func:`coursepack.sanitize.local_file`).
    ``data:`` URLs carry their content and are served.  Every refusal is
    recorded in the fetcher's ``refused`` list, so the renderer can report
    it (WeasyPrint itself would only log it and go on).  Calling the fetcher
    with a URL returns a ``URLFetcherResponse`` or raises
    :class:`~coursepack.sanitize.FetchRefused`."""
    wp = load_weasyprint()
    URLFetcher, URLFetcherResponse = wp.urls.URLFetcher, wp.urls.URLFetcherResponse

    class ProjectFetcher(URLFetcher):
        def __init__(self, root: Path):
            super().__init__(allowed_protocols=("data",))
            self.root = Path(root).resolve()
            self.refused: list[str] = []

        def fetch(self, url: str, headers=None):
            if urlsplit(url).scheme.lower() == "data":
                return super().fetch(url, headers)
            try:
                real = local_file(url, self.root)
            except FetchRefused as e:
                self.refused.append(str(e))
                raise
            mime, _enc = mimetypes.guess_type(real.name)
            return URLFetcherResponse(real.as_uri(), real.read_bytes(),
                                      {"Content-Type": mime or "application/octet-stream"})

    return ProjectFetcher(root)


# ------------------------------------------------------------------ templates


BUILTIN = Path(__file__).resolve().parent.parent   # the package: coursepack/templates, coursepack/styles


def search_path(root: Path, kind: str) -> list[Path]:
    """User overrides first (``content/<kind>``), then the project's own
    ``templates/``/``styles/``, then coursepack's, so a course folder
    elsewhere needs none of its own."""
    out: list[Path] = []
    for p in (root / "content" / kind, root / kind, BUILTIN / kind):
        if p.is_dir() and p.resolve() not in [q.resolve() for q in out]:
            out.append(p)
    return out


class ProjectLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader that serves only templates which, symbolic links
    resolved, lie inside the project (or are coursepack's own): a template
    that is a link to a file elsewhere is a ContentError naming it, and its
    content is never read."""

    def __init__(self, root: Path, folders: list[Path]):
        super().__init__([str(p) for p in folders])
        self.root = Path(root).resolve()
        self.allowed = [self.root, (BUILTIN / "templates").resolve()]

    def get_source(self, environment, template):
        pieces = split_template_path(template)
        for folder in self.searchpath:
            path = Path(folder, *pieces)
            if not path.is_file():
                continue
            shown = _shown(path, self.root)
            real = path.resolve()
            if not any(_inside(real, a) for a in self.allowed):
                raise ContentError(Problem(shown, 0, 0, (
                    "the template lies outside the project (a symbolic link to "
                    f"{'a file elsewhere' if path.is_symlink() else 'another folder'}); "
                    "copy the file into content/templates/ instead")))
            break
        return super().get_source(environment, template)


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def _shown(path: Path, root: Path) -> str:
    """``path`` relative to the project when it is in it (links not
    resolved: the name the user wrote), else as given."""
    for base in (Path(root), Path(root).resolve()):
        try:
            return str(Path(path).absolute().relative_to(base))
        except ValueError:
            pass
    return str(path)


def paragraphs(nodes: list) -> list[list]:
    """Inline nodes cut into paragraphs at the text node ``"\\n\\n"`` that
    separates the paragraphs of an abstract (``model.PARAGRAPH_BREAK``), so
    a template prints each in a ``<p>`` of its own without marking any
    string safe.

    >>> [[n.text for n in p] for p in paragraphs([model.Text("One."), model.Text("\\n\\n"), model.Text("Two.")])]
    [['One.'], ['Two.']]
    >>> len(paragraphs([model.Text("One paragraph.")]))
    1
    >>> [[n.text for n in p] for p in paragraphs([model.Text("One.\\n\\nTwo "), model.Text("three.")])]
    [['One.'], ['Two ', 'three.']]
    """
    out: list[list] = [[]]
    for n in nodes:
        if isinstance(n, model.Text) and model.PARAGRAPH_BREAK in n.text:
            # (the break joined to the text around it by a later stage: the glossary's marks)
            for k, part in enumerate(n.text.split(model.PARAGRAPH_BREAK)):
                if k:
                    out.append([])
                if part:
                    out[-1].append(model.Text(part))
        else:
            out[-1].append(n)
    return [p for p in out if p] or [[]]


def caption_title(caption: str, label: str = "") -> str:
    """A figure's or table's caption as the list of figures shows it: without
    its label, up to the end of its first sentence (a table's legend and
    notes stay under the table).

    >>> caption_title("Fig. 1 Study design and subject flow. ASSQ Autism Spectrum Screening Questionnaire", "Fig. 1")
    'Study design and subject flow.'
    >>> caption_title("Table 2: Scores (cf. Fig. 1) by group, e.g. parents. SE standard error", "Table 2")
    'Scores (cf. Fig. 1) by group, e.g. parents.'
    >>> caption_title("Map of the region", "")
    'Map of the region'
    >>> caption_title("Table 1 Means of scores " + "and more words " * 20 + "1 P<0.001 for parents", "Table 1")[-30:]
    'nd more words and more words …'
    """
    cap = " ".join(caption.split())
    if label and cap.startswith(label):
        cap = cap[len(label):].strip(" .:—–")
    cap = (textutil.split_sentences(cap) or [""])[0]
    words = cap.split()
    # a legend run into the caption without a full stop: a short title, marked as cut
    return cap if len(words) <= _LIST_WORDS else " ".join(words[:_LIST_WORDS]).rstrip(",;:") + " …"


_LIST_WORDS = 24


class _CompiledTemplates(jinja2.BytecodeCache):
    """Templates compiled once per process: every build makes a new
    environment (a user's override is found again), but a template whose
    file and source are the same as last time is not compiled again (0.15 to
    0.3 s of each rebuild of ``watch``).  Keyed by name and file, checked
    against the source's checksum; every environment of :func:`make_env` has
    the same options, so the same source compiles to the same code."""

    def __init__(self) -> None:
        self.codes: dict[str, tuple[str, Any]] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        hit = self.codes.get(bucket.key)
        if hit is not None and hit[0] == bucket.checksum:
            bucket.code = hit[1]

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.codes[bucket.key] = (bucket.checksum, bucket.code)


_COMPILED = _CompiledTemplates()


class KeptTemplates(jinja2.BytecodeCache):
    """The templates' compiled code kept between builds too (a new process
    compiles the PDF templates in about 0.15 s of CPU: every rebuild after
    an edit), in the build's stage cache (:class:`coursepack.cache.StageCache`:
    each entry signed with this user's key, so that code kept in a build
    folder made elsewhere is never loaded), and in this process
    (:data:`_COMPILED`).  Keyed as Jinja keys a template (its name and
    file) and checked against its source's checksum."""

    def __init__(self, stages) -> None:
        self.stages = stages

    @staticmethod
    def _entry(bucket: jinja2.bccache.Bucket) -> tuple[str, list]:
        return "template-" + bucket.key[:20], [bucket.key, bucket.checksum]

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        _COMPILED.load_bytecode(bucket)
        if bucket.code is not None:
            return
        try:
            data = self.stages.get(*self._entry(bucket), _not_kept)
        except LookupError:
            return
        bucket.bytecode_from_string(data)      # checks Jinja's and Python's versions, the checksum
        if bucket.code is not None:
            _COMPILED.dump_bytecode(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        _COMPILED.dump_bytecode(bucket)
        self.stages.get(*self._entry(bucket), bucket.bytecode_to_string)


def _not_kept():
    raise LookupError("not kept")


class KeptVerdicts(TemplateSandbox):
    """The template sandbox, each verdict on reading an attribute whose value
    cannot be called decided once: :meth:`TemplateSandbox.is_safe_attribute`
    then looks only at the holder's type, the attribute's name and the value's
    type (a callable's verdict also looks at the function itself: asked every
    time).  A reader's templates read about 9,000 attributes of some 200 kinds."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.verdicts: dict[tuple, bool] = {}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if callable(value):
            return super().is_safe_attribute(obj, attr, value)
        key = (type(obj), attr, type(value))
        verdict = self.verdicts.get(key)
        if verdict is None:
            verdict = self.verdicts[key] = super().is_safe_attribute(obj, attr, value)
        return verdict


def make_env(root: Path) -> jinja2.Environment:
    """The template environment: a sandbox (:class:`TemplateSandbox`, its
    verdicts kept: :class:`KeptVerdicts`) over the search path
    (:func:`search_path`), autoescape on, StrictUndefined."""
    env = KeptVerdicts(
        loader=ProjectLoader(root, search_path(root, "templates")),
        bytecode_cache=_COMPILED,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["roman"] = roman
    env.filters["pagelist"] = pagelist
    env.filters["pageruns"] = pageruns
    env.filters["slug"] = slugify
    env.filters["safe_url"] = safe_url
    env.filters["tie_statistics"] = tie_statistics   # "p < .05" never split at a line end
    env.filters["math_svg"] = math_svg       # Markdown mathematics: SVG for the PDFs,
    env.filters["math_mathml"] = math_mathml  # MathML for the web pages
    env.globals["plain_text"] = model.plain_text
    env.globals["caption_title"] = caption_title
    env.globals["paragraphs"] = paragraphs   # an abstract's paragraphs, each its own <p>
    env.globals["labels"] = labels           # the reading's language, in macros too
    env.globals["text_lang"] = text_lang     # a block's language tag (hyphenation)
    env.globals["metadata_note"] = metadata_note
    env.globals["labels_lang"] = reading_language
    env.globals["figure_label"] = figure_label
    return env


def load_styles(root: Path, names: list[str]) -> str:
    """Concatenate the named stylesheets, each from the first folder of the
    search path that has it (a user's ``content/styles/reader.css``
    replaces the project's); ``<name>.local.css`` in ``content/styles`` is
    appended as an addition."""
    out = []
    for name in names:
        for folder in search_path(root, "styles"):
            p = folder / name
            if p.is_file():
                out.append(f"/* {name} */\n" + _read_style(p, root))
                break
        extra = root / "content" / "styles" / name.replace(".css", ".local.css")
        if extra.is_file():
            out.append(_read_style(extra, root))
    return "\n".join(out)


def _read_style(path: Path, root: Path) -> str:
    """A stylesheet's text; one that is not UTF-8, or that lies outside the
    project (a symbolic link out of it), is a ContentError (its content
    never read)."""
    shown = _shown(path, root)
    real = path.resolve()
    if not (_inside(real, Path(root).resolve()) or _inside(real, (BUILTIN / "styles").resolve())):
        raise ContentError(Problem(shown, 0, 0, (
            "the stylesheet lies outside the project (a symbolic link out of it); copy "
            "the file into content/styles/ instead")))
    return read_text(path, shown)


def _one_line(text: str, limit: int = 160) -> str:
    """The first line of a message, cut at ``limit`` characters: an error
    never echoes a file's content (a template's, a value's) beyond that.

    >>> _one_line("first\\nsecond"), len(_one_line("x" * 500))
    ('first', 161)
    """
    line = (text or "").strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[:limit] + "…"


def roman(n: int, upper: bool = False) -> str:
    """Lower-case roman numerals.

    >>> roman(4), roman(14), roman(1999, upper=True)
    ('iv', 'xiv', 'MCMXCIX')
    """
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out.upper() if upper else out


def pageruns(pages: list) -> list[tuple[int, int]]:
    """Consecutive page numbers as (first, last) runs: ``[3, 4, 5, 9]`` → ``[(3, 5), (9, 9)]``.

    >>> pageruns([12, 3, 4, 5, 9, 11, 4])
    [(3, 5), (9, 9), (11, 12)]
    """
    nums = sorted(set(p for p in pages if isinstance(p, int)))
    runs: list[tuple[int, int]] = []
    for n in nums:
        if runs and n == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


#: a statistic's comparison and its number ("p < .05", "d = .32", "t(161) = 2.52"), and a
#: number written without its leading zero (".94"): line breaks inside them are allowed
#: by Unicode (after "<", between "." and the digits) and tear them apart at a line end
_STATISTIC = _re.compile(r"(?:(?<![\w.])[A-Za-z\u03c7\u03b7\u03b2]{1,2}(?:\([\d, ]+\))?\s)?[<>=\u2264\u2265]\s?[-\u2212\u2013]?\d*[.,]?\d+"
                         r"|(?<=\s)[-\u2212\u2013]?\.\d+")


def tie_statistics(text: str):
    """Plain text for HTML, with statistics kept whole on one line.

    >>> str(tie_statistics("(F(1,161) = 4.02, p < .05, d = .32) & so"))
    '(<span class="nw">F(1,161) = 4.02</span>, <span class="nw">p &lt; .05</span>, <span class="nw">d = .32</span>) &amp; so'
    >>> str(tie_statistics("no statistic here"))
    'no statistic here'
    """
    if not any(c in text for c in "<>=\u2264\u2265.") or not _STATISTIC.search(text):
        return markupsafe.escape(text)
    out, last = [], 0
    for m in _STATISTIC.finditer(text):
        out += [str(markupsafe.escape(text[last:m.start()])), '<span class="nw">',
                str(markupsafe.escape(m.group(0))), "</span>"]
        last = m.end()
    out.append(str(markupsafe.escape(text[last:])))
    return markupsafe.Markup("".join(out))


def pagelist(pages: list) -> str:
    """Compress page numbers into ranges: ``[3, 4, 5, 9]`` → ``3–5, 9``.

    >>> pagelist([3, 4, 5, 9, 11, 12])
    '3–5, 9, 11–12'
    """
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in pageruns(pages))


def slugify(text: str) -> str:
    """A lowercase identifier for anchors (:func:`textutil.slugify`'s anchor style).

    >>> slugify("OSCE Minsk Group")
    'osce-minsk-group'
    """
    return textutil.slugify(text, "anchor")


class PackView:
    """Pack fields for templates, with the course code."""

    def __init__(self, pack: model.Pack):
        self.title, self.term, self.instructor = pack.title, pack.term, pack.instructor
        self.institution, self.notice = pack.institution, pack.notice
        self.code = pack.options.get("code", "")
        self.readings = pack.readings


# ------------------------------------------------------------------ layout


# ------------------------------------------------------------------ render

#: what is loaded once per process for every layout after it: the language
#: tags whose hyphenation patterns are loaded, and whether a PDF was written
_WARM_LANGS: set = set()
_WARM_PDF: list = []
_LANG_ATTR = _re.compile(r'\blang="([^"<>]+)"')



def _write_once(doc) -> None:
    """Write ``doc`` as a PDF, once per process: cffi parses the C types of
    PDF writing and font subsetting then (the child processes that write
    inherit them)."""
    if not _WARM_PDF:
        doc.write_pdf()
        _WARM_PDF.append(True)


@dataclass
class PartialLayout:
    """The pages of a layout stopped where a note is put off to a later
    page than its call's (:meth:`Renderer.layout`, ``pages.stop``)."""
    pages: list
    coursepack_warnings: list = field(default_factory=list)


@dataclass
class Renderer:
    root: Path
    env: jinja2.Environment = None  # type: ignore[assignment]
    _css_cache: dict = field(default_factory=dict)

    _fetcher: Any = None
    style_warnings: list = field(default_factory=list)
    _css_checked: dict = field(default_factory=dict)
    _css_text: dict = field(default_factory=dict)
    _extra_css: dict = field(default_factory=dict)
    _font_config: Any = None
    _warm: set = field(default_factory=set)
    _later: list = field(default_factory=list)     # warm-ups left for idle()
    #: WeasyPrint ``write_pdf`` options of the build's profile
    #: (:func:`coursepack.pdf.finish.pdf_options`), set once per build
    pdf_options: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.root = Path(self.root).resolve()
        if self.env is None:
            self.env = make_env(self.root)

    @property
    def fetcher(self):
        """The project-only URL fetcher (made when first laid out: WeasyPrint
        is imported only then)."""
        if self._fetcher is None:
            self._fetcher = make_url_fetcher(self.root)
        return self._fetcher

    def html(self, template: str, **context: Any) -> str:
        """Render a template.  A broken template (syntax, a name it does not
        know, an error raised while it runs in a user's override) is a
        ContentError naming the template file and line."""
        try:
            return self.env.get_template(template).render(**context)
        except jinja2.TemplateSyntaxError as e:
            raise ContentError(Problem(self._display(e.filename) or e.name or template,
                                       e.lineno or 0, 0,
                                       f"template error: {_one_line(e.message or '')}; fix "
                                       "the template (or remove your override to use the "
                                       "project's)")) from None
        except jinja2.TemplateNotFound as e:
            folders = search_path(self.root, "templates")
            if not folders:
                msg = (f"no templates folder: coursepack looks for templates in "
                       f"{self.root / 'content' / 'templates'} and {self.root / 'templates'}")
            else:
                msg = (f"template '{e.name}' not found in "
                       f"{', '.join(self._display(str(f)) for f in folders)}; a template "
                       "override in content/templates/ may include a name that does not exist")
            raise ContentError(Problem(template, 0, 0, msg)) from None
        except SecurityError as e:
            where, line = self._template_frame(e.__traceback__)
            raise ContentError(Problem(where or template, line, 0, (
                f"template error: {_one_line(str(e)).rstrip('.')}: templates may use only the "
                "edition model and the filters coursepack documents (README, "
                "'Templates')"))) from None
        except jinja2.UndefinedError as e:
            where, line = self._template_frame(e.__traceback__)
            raise ContentError(Problem(where or template, line, 0, (
                f"template error: {_one_line(e.message or '')}; check the name against the "
                "edition model "
                "(README, 'Templates')"))) from None
        except (ContentError, KeyboardInterrupt, MemoryError):
            raise
        except Exception as e:  # noqa: BLE001 - a user's template may raise anything
            where, line = self._template_frame(e.__traceback__)
            if where and self._is_user(where):
                raise ContentError(Problem(where, line, 0, (
                    f"template error: {type(e).__name__}: {_one_line(str(e))}"))) from None
            raise

    def _display(self, filename: str | None) -> str:
        if not filename:
            return ""
        try:
            return str(Path(filename).resolve().relative_to(self.root))
        except ValueError:
            return filename

    def _is_user(self, display: str) -> bool:
        return Path(display).parts[:2] == ("content", "templates")

    def _template_frame(self, tb) -> tuple[str, int]:
        """The innermost template file and line of a traceback (Jinja2
        rewrites template frames to the template's own file and line)."""
        where, line = "", 0
        while tb is not None:
            fn = tb.tb_frame.f_code.co_filename
            if fn.endswith(".j2") or "/templates/" in fn:
                where, line = self._display(fn), tb.tb_lineno
            tb = tb.tb_next
        return where, line

    def check_styles(self, names: list[str]) -> None:
        """The user's stylesheets (``content/styles/``) are read as UTF-8
        and every URL they ask for must be a file inside the project; all
        problems are raised together, with file, line and column."""
        problems: list = []
        warnings: list[str] = []
        user = self.root / "content" / "styles"
        for name in names:
            for p in (user / name, user / name.replace(".css", ".local.css")):
                if not p.is_file():
                    continue
                shown = _shown(p, self.root)
                try:
                    text = _read_style(p, self.root)
                except ContentError as e:
                    problems.extend(e.problems)
                    continue
                problems.extend(check_stylesheet(text, self.root, shown))
                warnings.extend(self._css_warnings(text, shown))
        if problems:
            raise ContentError(problems)
        self.style_warnings = warnings

    def _css_warnings(self, text: str, shown: str) -> list[str]:
        """What WeasyPrint ignores in a user's stylesheet, as
        ``file:line:col: message`` (it is lenient: a bad rule is dropped)."""
        key = hashlib.sha256(text.encode()).hexdigest()
        if key not in self._css_checked:
            CSS = load_weasyprint().CSS
            with quiet_weasyprint() as log:
                try:
                    CSS(string=text, base_url=str(self.root) + "/", url_fetcher=self.fetcher)
                except Exception:  # noqa: BLE001 - reported by stylesheet() if it matters
                    pass
            self.fetcher.refused.clear()   # refusals are reported by check_stylesheet
            out = []
            for m in log.messages:
                at = _re.search(r" at (\d+):(\d+)", m)
                where = f"{shown}:{at.group(1)}:{at.group(2)}" if at else shown
                msg = " ".join(_re.sub(r" at \d+:\d+", "", m).split())
                out.append(f"{where}: {msg} (the rule is left out)")
            self._css_checked[key] = out
        return self._css_checked[key]

    def stylesheet(self, names: list[str], extra: str = ""):
        CSS = load_weasyprint().CSS
        self.check_styles(names)
        text = self.css_text(names) + "\n" + extra
        key = hashlib.sha256(text.encode()).hexdigest()
        if key not in self._css_cache:
            try:
                with quiet_weasyprint():
                    self._css_cache[key] = CSS(string=text, base_url=str(self.root) + "/",
                                               url_fetcher=self.fetcher,
                                               font_config=self.font_config)
            except Exception as e:  # noqa: BLE001 - tinycss2 is lenient; this is the rest
                raise ContentError(Problem(", ".join(names), 0, 0,
                                           f"stylesheet error: {e}")) from None
            self._refusals("styles/" + ", ".join(names))
        return self._css_cache[key]

    def _refusals(self, what: str) -> None:
        """Turn URLs the fetcher refused into a ContentError, each naming the
        user's template or stylesheet (and line) that asked for it when one
        of them holds the URL."""
        refused = self.fetcher.refused
        if not refused:
            return
        items = list(dict.fromkeys(refused))
        refused.clear()
        problems = []
        for r in items:
            url = r.removeprefix("refused ").split(": ", 1)[0]
            path, line, col = self._find_url(url) or (what, 0, 0)
            problems.append(Problem(path, line, col, f"{r}: templates and styles may use "
                                    "only files inside the project"))
        raise ContentError(problems)

    def _find_url(self, url: str) -> tuple[str, int, int] | None:
        """Where a user's template or stylesheet names ``url``."""
        for kind in ("templates", "styles"):
            folder = self.root / "content" / kind
            if not folder.is_dir():
                continue
            for p in sorted(folder.rglob("*")):
                if not p.is_file() or not _inside(p.resolve(), self.root):
                    continue
                try:
                    text = p.read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError):
                    continue
                at = text.find(url)
                if at >= 0:
                    line = text.count("\n", 0, at) + 1
                    return (self._display(str(p)), line, at - (text.rfind("\n", 0, at) + 1) + 1)
        return None

    def css_text(self, names: list[str]) -> str:
        """The text of the named stylesheets, as laid out (for cache keys)."""
        key = tuple(names)
        if key not in self._css_text:
            self._css_text[key] = load_styles(self.root, names)
        return self._css_text[key]

    @property
    def font_config(self):
        """One WeasyPrint FontConfiguration for every layout of this renderer
        (fonts are found and loaded once)."""
        if self._font_config is None:
            self._font_config = load_weasyprint().text.fonts.FontConfiguration()
        return self._font_config

    def layout(self, html: str, css: list[str], extra_css: str = "", pages=None):
        """Lay out ``html`` with the named stylesheets (parsed once) and a
        small ``extra_css`` of its own (page size, counter start).  ``pages``
        (a :class:`coursepack.pdf.compat.PageStates`) records where each page
        started; ``states.resumed(k)`` of a layout of a document the same up
        to its page ``k`` begins there, its pages before ``k`` kept.  With
        ``pages.stop``, the layout stops after the first page whose note is
        put off to a later page: a :class:`PartialLayout` of its pages so far."""
        HTML = load_weasyprint().HTML
        quick_array_types()     # cffi's array types without parsing (coursepack/pdf/compat.py)
        mend()          # pyphen's "Deut-sch-land", a word alone on a line (coursepack/weasyfixes.py)
        quick_note_areas()      # a note area's trial layouts from a memo (coursepack/pdf/compat.py)
        sheets = [self.stylesheet(css)] + ([self.extra_sheet(extra_css)] if extra_css else [])

        def render():
            return HTML(string=html, base_url=str(self.root) + "/",
                        url_fetcher=self.fetcher).render(stylesheets=sheets,
                                                         font_config=self.font_config)
        with quiet_weasyprint() as log:
            try:
                with paged(pages):
                    doc = render()
            except Deferred:    # stopped where a note is put off: the pages so far
                doc = PartialLayout(pages_so_far(pages))
            except Exception:  # noqa: BLE001 - a resumed layout that fails (Relayout: page
                if pages is None or not pages.used:   # counters) is made from its first page
                    raise
                log.messages.clear()
                doc = render()
        self._refusals("templates")
        doc.coursepack_warnings = list(self.style_warnings) + log.messages
        return doc

    def extra_sheet(self, extra_css: str):
        """The small stylesheet of a layout's own (page size, counter start,
        folios left out), parsed once."""
        if extra_css not in self._extra_css:
            self._extra_css[extra_css] = load_weasyprint().CSS(string=extra_css,
                                                               font_config=self.font_config)
        return self._extra_css[extra_css]

    def warm_up(self, css: list[str], extra_css: str = "", lang: str = "en",
                more: tuple = ()) -> None:
        """Load WeasyPrint, parse the stylesheets and find the fonts, on a few
        words laid out: what every layout needs first, done once here before
        layouts start in child processes (which inherit it) instead of in
        each of them.  What only some layouts need, or need later, is queued
        for :meth:`idle`: a PDF written (cffi's C types of writing and font
        subsetting), the hyphenation patterns of ``lang``, the ``more``
        stylesheets, each a (names, extra) pair (the handout's), and the
        PDF's templates compiled (every handout's worker inherits them)."""
        key = (tuple(css), extra_css)
        if key in self._warm:
            return
        self._warm.add(key)
        doc = self.layout(f'<html lang="{escape(lang)}"><body><h1>Warm-up</h1><p '
                          'style="hyphens: auto">Internationalisation <i>and</i> '
                          '<b>representation</b> 1234567890</p></body></html>', css, extra_css)
        self._later += [lambda: _write_once(doc), lambda: self.prepare(f'lang="{escape(lang)}"')]
        self._later += [lambda names=names, extra=extra: self._sheets(names, extra)
                        for names, extra in more]
        if "templates" not in self._warm:     # one at a time: idle() stops between two
            self._warm.add("templates")
            self._later += [lambda name=name: self.compile_template(name)
                            for name in self.pdf_templates()]

    def idle(self, until=lambda: False) -> None:
        """Do what :meth:`warm_up` left for later, one thing at a time,
        until ``until()`` is true (this process waits for its workers: the
        gathering, a layout): child processes forked after it inherit it,
        and whatever is not done by then is done where it is first needed.
        A problem is left to be reported there."""
        while self._later and not until():
            task = self._later.pop(0)
            try:
                task()
            except Exception:  # noqa: BLE001 - a warm-up: the layout that needs it reports it
                pass

    def _sheets(self, names, extra: str) -> None:
        self.stylesheet(list(names))
        if extra:
            self.extra_sheet(extra)

    def prepare(self, html: str, extra_css: str = "") -> None:
        """Before a layout of ``html`` starts in a child process: load the
        hyphenation patterns of each language it tags (``lang="…"``; WeasyPrint
        loads them at the first word it hyphenates, 0.05-0.1 s a language, in
        every child) and parse ``extra_css``, here, once, for every child."""
        if extra_css:
            self.extra_sheet(extra_css)
        tags = set(_LANG_ATTR.findall(html)) - _WARM_LANGS
        if not tags:
            return
        mend()                      # pyphen's languages and patterns as the layout has them
        for tag in tags:
            _WARM_LANGS.add(tag)
            load_hyphenation(tag)

    def compile_templates(self) -> None:
        """Compile the templates of the PDFs (not the web pages'): the child
        processes that render the handouts inherit them."""
        for name in self.pdf_templates():
            self.compile_template(name)

    def pdf_templates(self) -> list[str]:
        """The names of the PDFs' templates (not the web pages')."""
        return [n for n in self.env.list_templates(extensions=["j2"]) if not n.startswith("web/")]

    def compile_template(self, name: str) -> None:
        """Compile one template (kept compiled in the environment).  A
        template that does not compile is left to :meth:`html` to report."""
        try:
            self.env.get_template(name)
        except (jinja2.TemplateError, ContentError):
            pass

    def pdf(self, document, **options: Any) -> bytes:
        """The laid-out ``document`` written as PDF with the profile's
        options (:attr:`pdf_options`), and ``options`` over them."""
        return document.write_pdf(**{**self.pdf_options, **options})
