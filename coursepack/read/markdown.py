"""Reader for an already clean article written in Markdown.

For the instructor's own material (a lecture text, a translated chapter):
nothing is repaired, the text is taken as written.  The subset read:

* ``# Title`` — the first level-1 heading is the article's title;
* ``## Abstract`` right after the title — its paragraphs are the abstract;
* ``## Heading`` sections (``###`` sub-sections);
* paragraphs (blank-line separated; lines are joined), ``> `` quotations;
* ``*emphasis*``, ``_emphasis_``, ``**strong**`` (printed as emphasis);
* links ``<https://…>`` and ``[text](https://…)``, bare URLs;
* footnotes: a call ``[^label]`` in the text and its text ``[^label]: …``
  on a line of its own (continuation lines indented).  Notes are numbered
  1, 2, 3 … in the order of their first call, whatever the labels;
* citations by key, Pandoc style: ``[@jervis1976]`` or ``[@jervis1976, 13–31]``
  (a key of the reading's ``references.bib``; printed as the author's
  surname and the short title, then the locator);
* ``\\`` escapes a character.

Problems (a call without a note, a note without a call, no title) are
reported as ``path:line:col`` errors.  The word accounting compares the
words of the source, markup removed, with the words in the edition, so it
is a real check and not only a formality.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import model
from ..errors import ContentError, Problem

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_NOTE_DEF = re.compile(r"^\[\^([^\]\s]+)\]:\s?(.*)$")
_NOTE_REF = re.compile(r"\[\^([^\]\s]+)\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]+|mailto:[^>\s]+)>")
_MDLINK = re.compile(r"\[([^\]]+)\]\(((?:https?|ftp)://[^)\s]+|mailto:[^)\s]+)\)")
_BARE = re.compile(r"(?<![<(\w])(https?://[^\s<>()]+[^\s<>().,;:!?’”'\"])")
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_ESCAPABLE = "\\`*_{}[]()#+-.!<>"


def count_words(text: str) -> int:
    """Words as the accounting counts them.

    >>> count_words("It’s a well-known fact (1999): see https://a.org/x.")
    10
    """
    return len(_WORD.findall(text))


@dataclass
class MarkdownArticle:
    title: str
    abstracts: list[model.Abstract]
    sections: list[model.Section]
    footnotes: list[model.Footnote]
    accounting: model.Accounting
    lang: str = "en"
    problems: list[Problem] = field(default_factory=list)


# ------------------------------------------------------------------ inlines

def _placeholders(text: str) -> tuple[str, dict[str, str]]:
    """Backslash escapes become private-use placeholders so that the inline
    patterns do not see them."""
    table: dict[str, str] = {}

    def sub(m: re.Match) -> str:
        ch = m.group(1)
        key = chr(0xE000 + _ESCAPABLE.index(ch))
        table[key] = ch
        return key
    return re.sub(r"\\([" + re.escape(_ESCAPABLE) + r"])", sub, text), table


def _restore(text: str, table: dict[str, str]) -> str:
    for k, v in table.items():
        text = text.replace(k, v)
    return text


def parse_inlines(text: str, notes: "dict[str, int] | None" = None) -> list[model.Inline]:
    """Inline Markdown to model inline nodes.  ``notes`` maps a footnote
    label to its number (calls with unknown labels stay as text).

    >>> from coursepack.model import to_json
    >>> [n["type"] for n in to_json(parse_inlines("a *b* <https://x.org> c[^1]", {"1": 1}))]
    ['text', 'emph', 'text', 'link', 'text', 'noteref']
    >>> parse_inlines(r"5 \\* 3 and snake\\_case")
    [Text(text='5 * 3 and snake_case', type='text')]
    """
    text, table = _placeholders(text)
    nodes = _inl(text, notes or {})
    return _merge(_restore_nodes(nodes, table))


def _restore_nodes(nodes, table):
    for n in nodes:
        if isinstance(n, model.Text):
            n.text = _restore(n.text, table)
        elif isinstance(n, model.Link):
            n.text, n.url = _restore(n.text, table), _restore(n.url, table)
        elif isinstance(n, model.Emph):
            _restore_nodes(n.children, table)
    return nodes


_PCITE = re.compile(r"\[@(?P<key>[\w:.-]+)(?:\s*,\s*(?P<loc>[^\]]*?))?\s*\]")
_TOKEN = re.compile(
    r"(?P<pcite>\[@[\w:.-]+(?:\s*,[^\]]*)?\])|"
    r"(?P<strong>\*\*(?=\S)(?P<strong_in>.+?)(?<=\S)\*\*)"
    r"|(?P<emph>\*(?=[^\s*])(?P<emph_in>.+?)(?<=[^\s*])\*)"
    r"|(?P<uemph>(?<![\w])_(?=\S)(?P<uemph_in>.+?)(?<=\S)_(?![\w]))"
    r"|(?P<auto><(?:(?:https?|ftp)://[^>\s]+|mailto:[^>\s]+)>)"
    r"|(?P<mdlink>\[[^\]]+\]\((?:(?:https?|ftp)://[^)\s]+|mailto:[^)\s]+)\))"
    r"|(?P<note>\[\^[^\]\s]+\])"
    r"|(?P<bare>(?<![<(\w])https?://[^\s<>()]+[^\s<>().,;:!?’”'\"])")


def _inl(text: str, notes: dict[str, int]) -> list[model.Inline]:
    out: list[model.Inline] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() > pos:
            out.append(model.Text(text[pos:m.start()]))
        pos = m.end()
        if m.group("pcite"):
            c = _PCITE.fullmatch(m.group("pcite"))
            loc = (c.group("loc") or "").strip()
            out.append(model.Cite(c.group("key"),
                                  [model.Text("@" + c.group("key") + (f", {loc}" if loc else ""))]))
        elif m.group("strong"):
            out.append(model.Emph(_inl(m.group("strong_in"), notes)))
        elif m.group("emph"):
            out.append(model.Emph(_inl(m.group("emph_in"), notes)))
        elif m.group("uemph"):
            out.append(model.Emph(_inl(m.group("uemph_in"), notes)))
        elif m.group("auto"):
            url = m.group("auto")[1:-1]
            out.append(model.Link(url, url))
        elif m.group("mdlink"):
            lm = _MDLINK.fullmatch(m.group("mdlink"))
            out.append(model.Link(lm.group(2), lm.group(1)))
        elif m.group("note"):
            label = m.group("note")[2:-1]
            if label in notes:
                out.append(model.NoteRef(notes[label]))
            else:
                out.append(model.Text(m.group("note")))
        elif m.group("bare"):
            url = m.group("bare")
            out.append(model.Link(url, url))
    if pos < len(text):
        out.append(model.Text(text[pos:]))
    return out


def _merge(nodes: list[model.Inline]) -> list[model.Inline]:
    out: list[model.Inline] = []
    for n in nodes:
        if isinstance(n, model.Emph):
            n.children = _merge(n.children)
        if isinstance(n, model.Text) and out and isinstance(out[-1], model.Text):
            out[-1] = model.Text(out[-1].text + n.text)
        elif not (isinstance(n, model.Text) and not n.text):
            out.append(n)
    return out


def strip_markup(text: str) -> str:
    """The words of a Markdown line, markup removed (for the accounting).

    >>> strip_markup("## A *b* [c](https://d.org) e[^n] <https://f.org>")
    'A b c e https://f.org'
    >>> strip_markup("[^n]: A _note_.")
    'A note.'
    """
    text = _NOTE_DEF.sub(lambda m: m.group(2), text.strip())
    text = _HEADING.sub(lambda m: m.group(2), text)
    text = re.sub(r"^>\s?", "", text)
    text = _MDLINK.sub(lambda m: m.group(1), text)
    text = _AUTOLINK.sub(lambda m: m.group(1), text)
    text = _NOTE_REF.sub("", text)
    text = re.sub(r"\\(.)", r"\1", text)
    text = re.sub(r"(?<!\w)[*_]+|[*_]+(?!\w)", "", text)
    return " ".join(text.split())


# ------------------------------------------------------------------ blocks

@dataclass
class _Para:
    kind: str          # heading | paragraph | quote
    text: str
    line: int
    level: int = 0


def read_markdown(text: str, source: str = "article.md") -> MarkdownArticle:
    """Read a clean Markdown article into the parts of the edition model.

    >>> a = read_markdown("# T\\n\\n## Abstract\\n\\nShort.\\n\\n## One\\n\\nA *b*.[^x]\\n\\n[^x]: Note.\\n")
    >>> a.title, len(a.abstracts), a.sections[0].title, a.footnotes[0].number
    ('T', 1, 'One', 1)
    >>> a.accounting.complete, a.accounting.source_words
    (True, 7)
    """
    problems: list[Problem] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # footnote definitions (with indented continuation lines) come out first
    defs: dict[str, tuple[str, int]] = {}
    body_lines: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        m = _NOTE_DEF.match(lines[i])
        if m:
            label, parts, start = m.group(1), [m.group(2)], i + 1
            i += 1
            while i < len(lines) and lines[i].startswith(("  ", "\t")) and lines[i].strip():
                parts.append(lines[i].strip())
                i += 1
            if label in defs:
                problems.append(Problem(source, start, 1, f"footnote [^{label}] is defined twice "
                                        f"(first on line {defs[label][1]})"))
            else:
                defs[label] = (" ".join(p.strip() for p in parts), start)
            continue
        body_lines.append((i + 1, lines[i]))
        i += 1

    paras: list[_Para] = []
    cur: list[str] = []
    cur_kind, cur_line = "", 0

    def flush():
        nonlocal cur, cur_kind
        if cur:
            paras.append(_Para(cur_kind, " ".join(s.strip() for s in cur), cur_line))
        cur, cur_kind = [], ""

    for num, line in body_lines:
        if not line.strip():
            flush()
            continue
        h = _HEADING.match(line)
        if h:
            flush()
            paras.append(_Para("heading", h.group(2), num, len(h.group(1))))
            continue
        kind = "quote" if line.lstrip().startswith(">") else "paragraph"
        content = re.sub(r"^\s*>\s?", "", line) if kind == "quote" else line
        if cur and kind != cur_kind:
            flush()
        if not cur:
            cur_kind, cur_line = kind, num
        cur.append(content)
    flush()

    # numbering: order of first call
    order: dict[str, int] = {}
    calls: list[tuple[str, int, int]] = []
    for p in paras:
        for m in _NOTE_REF.finditer(p.text):
            label = m.group(1)
            calls.append((label, p.line, m.start() + 1))
            if label not in order:
                order[label] = len(order) + 1
    for label, line, col in calls:
        if label not in defs:
            problems.append(Problem(source, line, col, f"footnote call [^{label}] has no text: "
                                    f"add a line '[^{label}]: …'"))
    for label, (_t, line) in defs.items():
        if label not in order:
            problems.append(Problem(source, line, 1, f"footnote [^{label}] is never called in "
                                    "the text"))

    title, title_line = "", 0
    abstracts: list[model.Abstract] = []
    sections: list[model.Section] = []
    acc = model.Accounting()
    state = "start"
    for p in paras:
        if p.kind == "heading" and p.level == 1 and not title:
            title, title_line = p.text, p.line
            acc.metadata += count_words(strip_markup(p.text))
            state = "after-title"
            continue
        if p.kind == "heading" and state == "after-title" and \
                re.fullmatch(r"(abstract|summary|streszczenie)\.?", p.text.strip(), re.I):
            state = "abstract"
            acc.metadata += count_words(strip_markup(p.text))
            continue
        if state == "abstract" and p.kind != "heading":
            inl = parse_inlines(p.text, order)
            acc.metadata += count_words(model.plain_text(inl))
            if abstracts:
                abstracts[0].inlines += [model.Text(" ")] + inl
            else:
                abstracts.append(model.Abstract("en", "", inl))
            continue
        state = "body"
        if p.kind == "heading":
            n = len(sections) + 1
            sections.append(model.Section(id=f"s{n}", title=strip_markup(p.text),
                                          level=1 if p.level <= 2 else 2))
            acc.body += count_words(sections[-1].title)
            continue
        if not sections:
            sections.append(model.Section(id="s1", title=""))
        s = sections[-1]
        inl = parse_inlines(p.text, order)
        acc.body += count_words(model.plain_text(inl))
        s.blocks.append(model.Block(id=f"{s.id}-p{len(s.blocks) + 1}", inlines=inl,
                                    kind=p.kind, source_lines=[p.line]))
    if not title:
        problems.append(Problem(source, 1, 1, "the article needs a title: a first line "
                                "'# Title'"))
    footnotes = []
    for label, number in order.items():
        if label not in defs:
            continue
        body, line = defs[label]
        inl = parse_inlines(body, order)
        acc.notes += count_words(model.plain_text(inl))
        footnotes.append(model.Footnote(number=number, inlines=inl, source_lines=[line]))
    footnotes.sort(key=lambda f: f.number)
    acc.source_words = sum(count_words(strip_markup(line)) for line in lines)
    unused = [label for label in defs if label not in order]
    for label in unused:   # an uncalled note's words are not in the edition
        acc.missing.append(f"footnote [^{label}] (line {defs[label][1]}) is never called")
    del title_line
    return MarkdownArticle(title=title, abstracts=abstracts, sections=sections,
                           footnotes=footnotes, accounting=acc, problems=problems)


def read_markdown_file(path, display: str | None = None) -> MarkdownArticle:
    """Read ``path``; raise ContentError with every problem found."""
    from ..yamlio import read_text
    display = display or str(path)
    art = read_markdown(read_text(path, display), display)
    if art.problems:
        raise ContentError(art.problems)
    return art


# ------------------------------------------------------------------ citations

def _surnames(entry: model.BibEntry) -> list[str]:
    people = entry.persons.get("author") or entry.persons.get("editor") or []
    out = []
    for p in people:
        p = p.replace("{", "").replace("}", "").strip()
        family = p.split(",")[0] if "," in p else (p.split()[-1] if p.split() else "")
        if family:
            out.append(family.strip())
    return out


def _title_words(entry: model.BibEntry, n: int = 3) -> list[str]:
    title = entry.fields.get("title", "").replace("{", "").replace("}", "")
    main = re.split(r"[:.?!]", title)[0]
    return [w.lower() for w in _WORD.findall(main)][:n]


def _find_cite(text: str, entry: model.BibEntry) -> tuple[int, int] | None:
    """The span of a citation of ``entry`` in a note's text: the first
    author's surname followed (within a few words) by the beginning of the
    title; the span runs to the end of the title words found."""
    names = _surnames(entry)
    words = _title_words(entry)
    if not words:
        return None
    title_rx = re.compile(r"\W+".join(re.escape(w) for w in words), re.I)
    starts = [m.start() for name in names[:1]
              for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    if not names:
        starts = [0]
    for s in starts:
        m = title_rx.search(text, s)
        if m and m.start() - s <= 80:
            end = m.end()
            # run to the end of the title as printed (up to a comma, period or bracket)
            tail = re.match(r"[^,.;()\[\]]*", text[end:])
            end += len(tail.group().rstrip()) if tail else 0
            return (s if names else m.start(), end)
    return None


def short_citation(entry: model.BibEntry) -> list[model.Inline]:
    """An entry cited by key, in short form: surname(s) and short title.

    >>> e = model.BibEntry("k", "book", {"title": "Theory of Things: A Study"},
    ...                    {"author": ["Doe, Jane", "Roe, Rick"]})
    >>> model.plain_text(short_citation(e))
    'Doe and Roe, Theory of Things'
    """
    names = _surnames(entry)
    who = (names[0] if len(names) == 1 else f"{names[0]} and {names[1]}" if len(names) == 2
           else f"{names[0]} et al." if names else "")
    title = entry.fields.get("title", "").replace("{", "").replace("}", "")
    short = re.split(r"[:.?!]\s", title)[0].strip()
    quoted = entry.type not in ("book", "report", "phdthesis", "mastersthesis", "proceedings",
                                "manual", "booklet", "collection")
    t: list[model.Inline] = [model.Text(f"“{short}”")] if quoted else \
        [model.Emph([model.Text(short)])]
    return ([model.Text(who + ", ")] if who else []) + t


def keyed_cites(nodes: list[model.Inline], by_key: dict) -> list[str]:
    """The keys of ``[@key]`` citations among ``nodes`` (in order); those
    whose key is in ``by_key`` get their printed text (short form plus
    locator) in place of the key."""
    keys: list[str] = []
    for n in nodes:
        if isinstance(n, model.Cite) and len(n.children) == 1 and \
                isinstance(n.children[0], model.Text) and n.children[0].text.startswith("@"):
            keys.append(n.key)
            if n.key in by_key:
                loc = n.children[0].text[len(n.key) + 1:]
                n.children = short_citation(by_key[n.key]) + ([model.Text(loc)] if loc else [])
        elif isinstance(n, model.Emph):
            keys += keyed_cites(n.children, by_key)
    return keys


def link_citations(footnotes: list[model.Footnote], entries: list[model.BibEntry]) -> None:
    """Link the citations written in the notes of a Markdown reading to the
    editor's bibliography: a note citing a work by its author's surname and
    the beginning of its title gets a ``Cite`` node, the entry the note's
    number in ``cited_by``; ``Ibid.`` cites the previous note's last work.

    >>> e = model.BibEntry("w1", "book", {"title": "Theory of Things"}, {"author": ["Doe, Jane"]})
    >>> fns = [model.Footnote(1, [model.Text("See Doe, "), model.Emph([model.Text("Theory of Things")]),
    ...        model.Text(", 4.")]), model.Footnote(2, [model.Text("Ibid., 5.")])]
    >>> link_citations(fns, [e])
    >>> e.cited_by, fns[0].cites, fns[1].cites, type(fns[0].inlines[1]).__name__
    ([1, 2], ['w1'], ['w1'], 'Cite')
    """
    from ..bibliography import wrap_cites
    last: str | None = None
    by_key = {e.key: e for e in entries}
    for fn in sorted(footnotes, key=lambda f: f.number):
        keyed = [k for k in keyed_cites(fn.inlines, by_key) if k in by_key]
        for key in keyed:
            if key not in fn.cites:
                fn.cites.append(key)
            if fn.number not in by_key[key].cited_by:
                by_key[key].cited_by.append(fn.number)
                by_key[key].cited_by.sort()
        if keyed:
            last = keyed[-1]
        text = model.plain_text(fn.inlines)
        spans: list[tuple[int, int, str]] = []
        for e in entries:
            if e.key in keyed:
                continue
            span = _find_cite(text, e)
            if span:
                spans.append((span[0], span[1], e.key))
        m = re.match(r"\s*(ibid\.?|ibidem)", text, re.I)
        if not spans and not keyed and m and last:
            spans.append((m.start(1), m.end(1), last))
        spans.sort()
        # drop overlaps (keep the earlier, longer one)
        kept: list[tuple[int, int, str]] = []
        for sp in spans:
            if not kept or sp[0] >= kept[-1][1]:
                kept.append(sp)
        if not kept:
            continue
        fn.inlines = wrap_cites(fn.inlines, kept)
        for _s, _e, key in kept:
            if key not in fn.cites:
                fn.cites.append(key)
            if fn.number not in by_key[key].cited_by:
                by_key[key].cited_by.append(fn.number)
                by_key[key].cited_by.sort()
        last = kept[-1][2]


# ------------------------------------------------------------------ the edition

MARKDOWN_SOURCE_NOTE = (
    "This reading was supplied by the editor as a clean Markdown text; it is printed as "
    "written: no repairs were needed or made, and every word of the source is in the title, "
    "abstract, body or notes.")
