"""Untrusted content: what the renderer may load.

Content files are text: every value reaches the HTML through Jinja2's
autoescape, so ``<script>`` in a glossary definition prints as ``<script>``
and no content file can add markup.  What WeasyPrint may *load* (images,
fonts, stylesheets named by templates and styles) goes through
:func:`local_file`: only regular files inside the project, after ``..``
and symbolic links are resolved; never the network, never ``file:`` URLs
elsewhere on the machine.  :func:`check_stylesheet` applies the same rule
to the user's stylesheets before anything is rendered, so a refused
``@import``/``url()`` is reported with its file, line and column.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit
import os.path
from html.parser import HTMLParser

from .errors import Problem


class FetchRefused(ValueError):
    """A URL the renderer will not load."""


def local_file(url: str, root: Path) -> Path:
    """The file inside ``root`` that ``url`` names, or :class:`FetchRefused`.

    Relative URLs are taken relative to ``root``.

    >>> import tempfile; root = Path(tempfile.mkdtemp())
    >>> _ = (root / "a.css").write_text("p {}")
    >>> local_file("a.css", root) == (root / "a.css").resolve()
    True
    >>> local_file("https://example.org/x.css", root)
    Traceback (most recent call last):
    ...
    coursepack.sanitize.FetchRefused: refused https://example.org/x.css: coursepack never reaches the network
    >>> local_file("../../etc/passwd", root)
    Traceback (most recent call last):
    ...
    coursepack.sanitize.FetchRefused: refused ../../etc/passwd: outside the project
    """
    root = Path(root).resolve()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("file", ""):
        raise FetchRefused(f"refused {url}: coursepack never reaches the network"
                           if scheme in ("http", "https", "ftp", "ftps", "ws", "wss")
                           or parts.netloc else
                           f"refused {url}: only files inside the project can be used")
    if parts.netloc not in ("", "localhost"):
        raise FetchRefused(f"refused {url}: coursepack never reaches the network")
    raw = unquote(parts.path)
    if "\x00" in raw:
        raise FetchRefused(f"refused {url}: not a file name")
    path = Path(raw)
    if not path.is_absolute():
        path = root / path
    # the name as written must stay inside, and so must what it points to
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):
        lexical = Path(_normalise(str(path)))
        if not _within(lexical, root):
            raise FetchRefused(f"refused {url}: outside the project") from None
        raise FetchRefused(f"refused {url}: no such file") from None
    if not _within(real, root):
        raise FetchRefused(f"refused {url}: outside the project")
    if not real.is_file():
        raise FetchRefused(f"refused {url}: not a file")
    return real


def _normalise(path: str) -> str:
    return os.path.normpath(path)


def _within(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


_CSS_URL = re.compile(
    r"""@import\s+(?:url\(\s*)?(?P<q1>["']?)(?P<imp>[^"')\s;]+)(?P=q1)"""
    r"""|url\(\s*(?P<q2>["']?)(?P<url>[^"')]*?)(?P=q2)\s*\)""",
    re.IGNORECASE)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


def stylesheet_urls(text: str) -> list[tuple[str, int, int]]:
    """Every URL a stylesheet asks for (``@import`` and ``url()``), with its
    1-based line and column; comments are skipped.

    >>> stylesheet_urls('@import url("http://x.org/a.css");\\n/* url(no) */ p { background: url(img/a.png) }')
    [('http://x.org/a.css', 1, 1), ('img/a.png', 2, 31)]
    """
    # blank out comments, keeping offsets
    masked = _CSS_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    out = []
    for m in _CSS_URL.finditer(masked):
        url = m.group("imp") or m.group("url") or ""
        if not url:
            continue
        line = masked.count("\n", 0, m.start()) + 1
        col = m.start() - (masked.rfind("\n", 0, m.start()) + 1) + 1
        out.append((url, line, col))
    return out


def check_stylesheet(text: str, root: Path, display: str) -> list[Problem]:
    """Problems for every URL in a user stylesheet that the renderer would
    refuse (network, outside the project, missing file).  Stylesheets are
    laid out with the project folder as their base, so a relative URL is
    taken relative to it."""
    problems = []
    base = Path(root).resolve().as_uri() + "/"
    for url, line, col in stylesheet_urls(text):
        if url.lower().startswith("data:") or url.startswith("#"):
            continue
        target = urljoin(base, url)
        try:
            local_file(target, root)
        except FetchRefused as e:
            reason = str(e).split(": ", 1)[-1]
            problems.append(Problem(display, line, col, (
                f"'{url}' is refused: {reason}; put the file inside the project (e.g. "
                "content/styles/) and name it by a relative path")))
    return problems


# ------------------------------------------------------------ links

LINK_SCHEMES = ("http", "https", "mailto")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")


def link_allowed(url: str) -> bool:
    """Whether a link may be written into a page: ``http``, ``https``,
    ``mailto`` or relative.  Browsers drop tabs, newlines and leading
    control characters and spaces before reading the scheme, so they are
    dropped here too.

    >>> [link_allowed(u) for u in ("https://doi.org/10.1/x", "mailto:a@b.org", "#fn-1",
    ...                            "other.html", "//example.org/x")]
    [True, True, True, True, True]
    >>> [link_allowed(u) for u in ("javascript:alert(1)//", " JavaScript:x", "java\\tscript:x",
    ...                            "data:text/html,<script>", "vbscript:x", "file:///etc/passwd")]
    [False, False, False, False, False, False]
    """
    cleaned = "".join(c for c in str(url) if c > " " and c != "\x7f")
    m = _SCHEME.match(cleaned)
    return m is None or m.group(1).lower() in LINK_SCHEMES


def safe_url(url: str) -> str:
    """A link target for a template: the URL when :func:`link_allowed`,
    else ``''`` (the text stays, the link goes nowhere).

    >>> safe_url("https://example.org"), safe_url("javascript:alert(1)")
    ('https://example.org', '')
    """
    return str(url) if link_allowed(url) else ""


URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "srcset",
                  "background", "cite", "data", "ping"}


def unsafe_links(html_text: str) -> list[tuple[int, str, str]]:
    """Every link in an HTML page that :func:`link_allowed` refuses, and
    every script or event handler, as (line, attribute or tag, value); the
    page is read with :mod:`html.parser`, as a browser would tokenise it.

    >>> unsafe_links('<p><a href="https://x.org">x</a>\\n<a href="javascript:alert(1)">y</a></p>')
    [(2, 'href', 'javascript:alert(1)')]
    >>> unsafe_links('<img src=x onerror="alert(1)"><script>1</script>')
    [(1, 'onerror', 'alert(1)'), (1, 'script', '')]
    """
    found: list[tuple[int, str, str]] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            line = self.getpos()[0]
            if tag in ("script", "iframe", "object", "embed", "base"):
                found.append((line, tag, ""))
            for name, value in attrs:
                value = value or ""
                if name.startswith("on"):
                    found.append((line, name, value))
                elif name in URL_ATTRIBUTES and not link_allowed(value):
                    found.append((line, name, value))
                elif name == "http-equiv" and value.lower() == "refresh":
                    found.append((line, name, value))

        handle_startendtag = handle_starttag

    parser = Parser(convert_charrefs=True)
    parser.feed(html_text)
    parser.close()
    return found


# ------------------------------------------------------------ long lines

LONG_LINE = 2000          # letters: no extracted line of an article is this long
_SENTENCE_END = re.compile(r"""(?<=[.!?])["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018(\[]?[A-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])""")


def split_long_lines(text: str, limit: int = LONG_LINE, paragraph: int = 800) -> str:
    """A source with lines longer than ``limit`` (a text saved without line
    breaks) as paragraphs: each such line is cut at sentence ends into
    paragraphs of about ``paragraph`` letters, separated by blank lines,
    so that the layout reads a title, headings and paragraphs instead of
    one line (which it took for the title: the reader had no text).
    Shorter lines are left exactly as they are; no letter is lost.

    >>> t = "A Title " + "The council met. " * 200
    >>> out = split_long_lines(t, limit=1000, paragraph=300)
    >>> out.split() == t.split(), max(len(x) for x in out.splitlines()) <= 320
    (True, True)
    >>> split_long_lines("short\\nlines\\n") == "short\\nlines\\n"
    True
    """
    if not any(len(line) > limit for line in text.splitlines()):
        return text
    out = []
    for line in text.splitlines(keepends=True):
        if len(line) <= limit:
            out.append(line)
            continue
        body = line.rstrip("\r\n")
        pieces, start = [], 0
        for m in _SENTENCE_END.finditer(body):
            if m.start() - start >= paragraph:
                pieces.append(body[start:m.start()])
                start = m.end()
        pieces.append(body[start:])
        # a piece with no sentence end within reach is cut at a space
        cut = []
        for piece in pieces:
            while len(piece) > limit:
                at = piece.rfind(" ", 0, limit)
                at = at if at > 0 else limit
                cut.append(piece[:at])
                piece = piece[at:].lstrip(" ")
            cut.append(piece)
        out.append("\n\n".join(x for x in cut if x.strip()) + "\n\n")
    return "".join(out)
