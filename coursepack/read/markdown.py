"""Reader for an already clean article written in Markdown.

For the instructor's own material (a lecture text, a study guide, a
translated chapter): nothing is repaired, the text is taken as written.
The Markdown is parsed by markdown-it-py (CommonMark) with the table,
footnote and dollar-math extensions; what is read:

* ``# Title`` — the first level-1 heading is the article's title;
* ``## Abstract`` right after the title — its paragraphs are the abstract;
  the heading may be in any language :func:`coursepack.i18n.heading_kind`
  knows (``## Zusammenfassung``, ``## Résumé``, ``## Streszczenie``,
  ``## Resumen`` …: that abstract is in the heading's language), several
  abstracts may follow each other; ``## Keywords`` (``## Schlüsselwörter``,
  ``## Mots-clés`` …) or a paragraph ``Keywords: a, b`` among them gives the
  article's keywords (separated by commas, semicolons or middle dots);
* ``## Heading`` sections (``###`` and deeper: sub-sections);
* paragraphs, ``> `` quotations, bullet and numbered lists (nested);
* ``*emphasis*``, ``_emphasis_``, ``**strong**`` (printed bold),
  ```code```, links (``[text](https://…)``, ``<https://…>``, bare URLs);
* images alone in a paragraph, ``![alt text](file.png "Caption")``: a
  numbered figure (the caption is the title, else the alt text);
* pipe tables, with a caption in a paragraph ``Table: …`` right after;
* ``$inline$`` and ``$$display$$`` mathematics in TeX (typeset as SVG);
* fenced and indented code blocks;
* footnotes: a call ``[^label]`` and its text ``[^label]: …`` (continuation
  lines indented).  Notes are numbered 1, 2, 3 … in the order of their
  first call, whatever the labels;
* citations by key, Pandoc style: ``[@jervis1976]`` or ``[@jervis1976, 13–31]``
  (a key of the reading's ``references.bib``).

Problems (a call without a note, a note without a call, no title, a
missing image) are ``path:line:col`` errors; constructs not supported
(raw HTML, rules, struck text, inline images, links to local files) are
warnings that ``check`` reports, and none of their syntax is printed.
The word accounting compares the words of the parsed source with the
words in the edition, so it is a real check and not only a formality.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import i18n, model
from ..errors import ContentError, Problem
from ..yamlio import read_text

_NOTE_DEF = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:\s?(.*)$")
_BARE = re.compile(r"(?<![<(\w])(https?://[^\s<>()]+[^\s<>().,;:!?’”'\"])")
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_SPECIAL = re.compile(
    r"(?P<pcite>\[@(?P<key>[\w:.-]+)(?:\s*,\s*(?P<loc>[^\]]*?))?\s*\])"
    r"|(?P<note>\[\^(?P<label>[^\]\s]+)\])"
    r"|(?P<bare>(?<![<(\w])https?://[^\s<>()]+[^\s<>().,;:!?’”'\"])")
# the language an abstract heading names; "" for one used in many languages
_ABSTRACT_LANG = {"zusammenfassung": "de", "kurzfassung": "de", "résumé": "fr", "resume": "fr",
                  "streszczenie": "pl", "resumen": "es", "sumario": "es"}
_KEYWORDS_LABEL = re.compile(r"\s*([^\W\d][\w -]{1,24}?)\s*:\s*")


def _abstract_lang(heading: str) -> str:
    return _ABSTRACT_LANG.get(" ".join(heading.strip().rstrip(":.—–- ").lower().split()), "")


def _split_keywords(text: str) -> list[str]:
    """The keywords of a keywords line.

    >>> _split_keywords("memory politics; Armenia · war, ")
    ['memory politics', 'Armenia', 'war']
    """
    return [k for k in (" ".join(x.split()).strip(" .") for x in re.split(r"[,;·•]", text)) if k]


# states in which an abstract or keywords heading (or a "Keywords:" paragraph) is front matter
FRONT = ("after-title", "abstract", "keywords")


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
    keywords: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def parser():
    """The markdown-it parser: CommonMark, tables, strikethrough (so that
    ``~~`` is parsed, and reported), footnotes, dollar math."""
    from markdown_it import MarkdownIt  # lazy: markdown-it 33 ms, only for a Markdown source
    from mdit_py_plugins.dollarmath import dollarmath_plugin  # lazy: markdown-it plugins 24 ms, only for a Markdown source
    from mdit_py_plugins.footnote import footnote_plugin  # lazy: markdown-it plugins 24 ms, only for a Markdown source
    return (MarkdownIt("commonmark").enable(["table", "strikethrough"])
            .use(footnote_plugin).use(dollarmath_plugin, double_inline=True))


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


def words_of(nodes: list[model.Inline]) -> int:
    """Words of inline nodes (mathematics is no words)."""
    return count_words(model.plain_text(nodes))


# ------------------------------------------------------------------ the walk

class _Reader:
    """One pass over markdown-it's token stream, building the model parts."""

    def __init__(self, text: str, source: str, base: str, root: Path | None):
        self.text = text
        self.lines = text.split("\n")
        self.source = source
        self.base = base
        self.root = root
        self.problems: list[Problem] = []
        self.env: dict = {}
        self.tokens = parser().parse(text, self.env)
        self.acc = model.Accounting()
        self.src_words = 0
        self.counts = {"figure": 0, "table": 0}
        self.undefined: list[tuple[str, int, int]] = []
        self._cursor: dict[int, int] = {}

    # positions ------------------------------------------------------
    def locate(self, tok_map, needle: str) -> tuple[int, int]:
        """1-based line and column of ``needle`` within a block's source
        lines (the first occurrence after the previous one looked up)."""
        if not tok_map:
            return 0, 0
        start, end = tok_map
        for ln in range(start, min(end, len(self.lines))):
            frm = self._cursor.get(ln, 0) if needle else 0
            col = self.lines[ln].find(needle, frm) if needle else 0
            if col >= 0:
                if needle:
                    self._cursor[ln] = col + len(needle)
                return ln + 1, col + 1
        return start + 1, 1

    def warn(self, tok_map, needle: str, message: str) -> None:
        line, col = self.locate(tok_map, needle)
        self.problems.append(Problem(self.source, line, col, message, "warning"))

    def error(self, line: int, col: int, message: str) -> None:
        self.problems.append(Problem(self.source, line, col, message))

    def math(self, tex: str, display: bool, tmap, needle: str) -> model.Math:
        from ..mathsvg import problem  # lazy: 2-9 ms on check
        why = problem(tex)
        if why:
            self.warn(tmap, needle, f"{why}: a notice is printed in its place; check the TeX")
        return model.Math(tex, display=display)

    # inlines --------------------------------------------------------
    def inlines(self, tok) -> list[model.Inline]:
        kids = tok.children or []
        out, _ = self._run(kids, 0, None, tok.map)
        return _merge(out)

    def _run(self, kids, i, closer, tmap):
        out: list[model.Inline] = []
        while i < len(kids):
            k = kids[i]
            t = k.type
            if closer and t == closer:
                return out, i + 1
            if t in ("text", "text_special"):
                self.src_words += count_words(k.content)
                out += self._text(k.content, tmap)
            elif t in ("softbreak", "hardbreak"):
                out.append(model.Text(" "))
            elif t in ("em_open", "strong_open"):
                inner, i = self._run(kids, i + 1, t.replace("open", "close"), tmap)
                out.append(model.Emph(inner, strong=t == "strong_open"))
                continue
            elif t == "s_open":
                self.warn(tmap, "~~", "struck-through text (~~…~~) is not supported: "
                          "printed without the strike")
                inner, i = self._run(kids, i + 1, "s_close", tmap)
                out += inner
                continue
            elif t == "code_inline":
                self.src_words += count_words(k.content)
                out.append(model.Code(k.content))
            elif t in ("math_inline", "math_inline_double"):
                out.append(self.math(k.content.strip(), t.endswith("double"), tmap, k.content))
            elif t == "link_open":
                url = k.attrs.get("href", "")
                inner, i = self._run(kids, i + 1, "link_close", tmap)
                text = model.plain_text(inner)
                if re.match(r"(https?|ftp|mailto):", url, re.I):
                    # emphasis, code or mathematics in the shown text is kept (no link in a link)
                    shown = _merge([model.Text(n.text) if isinstance(n, model.Link) else n
                                    for n in inner])
                    rich = any(isinstance(n, (model.Emph, model.Code, model.Math)) for n in shown)
                    out.append(model.Link(url, text or url, children=shown if rich else []))
                else:
                    self.warn(tmap, f"]({url}" if k.markup != "autolink" else url,
                              f"a link to '{url}' (not a web address) is not supported in "
                              "print: its text is printed without the link")
                    out += inner
                continue
            elif t == "image":
                alt = "".join(c.content for c in k.children or [])
                self.src_words += count_words(alt)
                self.warn(tmap, "![", "an image inside a line of text is not supported: "
                          "put it in a paragraph of its own to make it a figure (its alt "
                          "text is printed in its place)")
                out.append(model.Text(alt))
            elif t == "footnote_ref":
                out.append(model.NoteRef(k.meta["id"] + 1))
            elif t == "html_inline":
                self.warn(tmap, k.content, f"raw HTML {k.content!r} is not supported: left out")
                self.acc.discarded += count_words(re.sub(r"<[^>]*>", " ", k.content))
                self.src_words += count_words(re.sub(r"<[^>]*>", " ", k.content))
            else:
                self.warn(tmap, k.markup, f"Markdown '{k.markup or t}' is not supported: "
                          "left out")
            i += 1
        return out, i

    def _text(self, text: str, tmap) -> list[model.Inline]:
        out: list[model.Inline] = []
        pos = 0
        for m in _SPECIAL.finditer(text):
            out.append(model.Text(text[pos:m.start()]))
            pos = m.end()
            if m.group("pcite"):
                loc = (m.group("loc") or "").strip()
                out.append(model.Cite(m.group("key"), [model.Text(
                    "@" + m.group("key") + (f", {loc}" if loc else ""))]))
            elif m.group("note"):
                line, col = self.locate(tmap, m.group())
                self.undefined.append((m.group("label"), line, col))
                out.append(model.Text(""))
            else:
                out.append(model.Link(m.group(), m.group()))
        out.append(model.Text(text[pos:]))
        return out

    # blocks ---------------------------------------------------------
    def walk(self) -> MarkdownArticle:
        toks = self.tokens
        title = ""
        abstracts: list[model.Abstract] = []
        sections: list[model.Section] = []
        footnotes: dict[int, model.Footnote] = {}
        state = "start"
        keywords: list[str] = []
        abstract_lang, new_abstract = "", False
        lists: list[list] = []       # [ordered, next number, first paragraph pending]
        quote = 0
        i = 0

        def section() -> model.Section:
            if not sections:
                sections.append(model.Section(id="s1", title=""))
            return sections[-1]

        def add(block_kind: str, inl, tmap, **kw) -> model.Block:
            s = section()
            b = model.Block(id=f"{s.id}-p{len(s.blocks) + 1}", inlines=inl, kind=block_kind,
                            source_lines=[tmap[0] + 1] if tmap else [], **kw)
            s.blocks.append(b)
            return b

        while i < len(toks):
            t = toks[i]
            typ = t.type
            if typ == "heading_open":
                inl = self.inlines(toks[i + 1])
                if any(isinstance(n, model.Math) for n in inl):
                    self.warn(toks[i + 1].map, "$", "mathematics in a heading is not "
                              "supported: the heading is printed without it")
                text = " ".join(model.plain_text(inl).split())
                level = int(t.tag[1])
                i += 3
                if level == 1 and not title and state == "start":
                    title = text
                    self.acc.metadata += words_of(inl)
                    state = "after-title"
                    continue
                kind = i18n.heading_kind(text) if state in FRONT else ""
                if kind:
                    state = kind
                    if kind == "abstract":
                        abstract_lang = _abstract_lang(text)
                        new_abstract = True
                    self.acc.metadata += words_of(inl)
                    continue
                state = "body"
                rich = any(isinstance(n, (model.Emph, model.Code)) for n in inl)
                sections.append(model.Section(id=f"s{len(sections) + 1}", title=text,
                                              level=1 if level <= 2 else 2,
                                              title_inlines=[n for n in inl if not isinstance(
                                                  n, (model.Math, model.NoteRef))] if rich else []))
                self.acc.body += words_of(inl)
                continue
            if typ == "footnote_block_open":
                i = self._notes(toks, i + 1, footnotes)
                continue
            if typ == "paragraph_open":
                inl_tok = toks[i + 1]
                kids = inl_tok.children or []
                i += 3
                real = [k for k in kids if not (k.type == "text" and not k.content.strip())
                        and k.type not in ("softbreak",)]
                if len(real) == 1 and real[0].type == "image":
                    state = "body" if state != "start" else "body"
                    self._figure(real[0], inl_tok.map, add)
                    continue
                inl = self.inlines(inl_tok)
                if state in FRONT and not lists and not quote:
                    plain = model.plain_text(inl)
                    label = _KEYWORDS_LABEL.match(plain)
                    if label and i18n.heading_kind(label.group(1)) == "keywords":
                        keywords += _split_keywords(plain[label.end():])
                        self.acc.metadata += words_of(inl)
                        state = "after-title"       # what follows is the body
                        continue
                if state == "keywords" and not lists and not quote:
                    keywords += _split_keywords(model.plain_text(inl))
                    self.acc.metadata += words_of(inl)
                    continue
                if state == "abstract" and not lists and not quote:
                    self.acc.metadata += words_of(inl)
                    if abstracts and not new_abstract:
                        abstracts[-1].inlines += [model.Text(" ")] + inl
                    else:
                        abstracts.append(model.Abstract(abstract_lang, "", inl))
                        new_abstract = False
                    continue
                state = "body"
                if self._table_caption(inl, section()):
                    continue
                self.acc.body += words_of(inl)
                if lists:
                    top = lists[-1]
                    marker = ""
                    if top[2]:
                        marker = f"{top[1]}." if top[0] else ("•", "◦", "▪")[
                            (len(lists) - 1) % 3]
                        top[2] = False
                    add("item", inl, inl_tok.map, depth=len(lists), marker=marker)
                else:
                    add("quote" if quote else "paragraph", inl, inl_tok.map)
                continue
            if typ in ("bullet_list_open", "ordered_list_open"):
                start = int(t.attrs.get("start", 1) or 1) if typ == "ordered_list_open" else 1
                lists.append([typ == "ordered_list_open", start - 1, False])
            elif typ == "list_item_open":
                lists[-1][1] += 1
                if t.info and t.info.isdigit():
                    lists[-1][1] = int(t.info)
                lists[-1][2] = True
            elif typ in ("bullet_list_close", "ordered_list_close"):
                lists.pop()
            elif typ == "blockquote_open":
                quote += 1
            elif typ == "blockquote_close":
                quote -= 1
            elif typ in ("fence", "code_block"):
                state = "body"
                code = t.content.rstrip("\n")
                self.src_words += count_words(code)
                self.acc.body += count_words(code)
                add("code", [model.Code(code)], t.map)   # as code: never a glossary mark
            elif typ in ("math_block", "math_block_label"):
                state = "body"
                add("math", [self.math(t.content.strip(), True, t.map, "")], t.map,
                    marker=f"({t.info})" if typ == "math_block_label" and t.info else "")
            elif typ == "table_open":
                state = "body"
                i = self._table(toks, i, add)
                continue
            elif typ == "html_block":
                words = count_words(re.sub(r"<[^>]*>", " ", t.content))
                self.src_words += words
                self.acc.discarded += words
                self.warn(t.map, "", "raw HTML is not supported: the block is left out "
                          "(write it in Markdown)")
            elif typ == "hr":
                self.warn(t.map, "", "a horizontal rule (---, ***) is not supported: left out "
                          "(use a heading to start a new part)")
            i += 1
        self._check_notes(footnotes)
        if not title:
            self.error(1, 1, "the article needs a title: a first line '# Title'")
        self.acc.source_words = self.src_words
        return MarkdownArticle(title=title, abstracts=abstracts, sections=sections,
                               footnotes=[footnotes[k] for k in sorted(footnotes)],
                               accounting=self.acc, problems=self.problems,
                               keywords=keywords)

    def _notes(self, toks, i, footnotes) -> int:
        cur = None
        while i < len(toks) and toks[i].type != "footnote_block_close":
            t = toks[i]
            if t.type == "footnote_open":
                cur = model.Footnote(number=t.meta["id"] + 1)
                footnotes[cur.number] = cur
            elif t.type == "inline" and cur is not None:
                inl = self.inlines(t)
                if not cur.source_lines and t.map:
                    cur.source_lines = [t.map[0] + 1]
                cur.inlines = _merge(cur.inlines + ([model.Text(" ")] if cur.inlines else [])
                                     + inl)
                self.acc.notes += words_of(inl)
            elif t.type in ("fence", "code_block", "math_block"):
                if cur is not None and t.type != "math_block":
                    self.src_words += count_words(t.content)
                    self.acc.notes += count_words(t.content)
                    cur.inlines.append(model.Code(t.content.strip()))
                elif cur is not None:
                    cur.inlines.append(model.Math(t.content.strip()))
            i += 1
        return i + 1

    def _check_notes(self, footnotes) -> None:
        code_lines = set()
        for t in self.tokens:
            if t.type in ("fence", "code_block", "math_block") and t.map:
                code_lines.update(range(*t.map))
        defs: dict[str, int] = {}
        for n, line in enumerate(self.lines):
            m = _NOTE_DEF.match(line)
            if not m or n in code_lines:
                continue
            label = m.group(1)
            if label in defs:
                self.error(n + 1, 1, f"footnote [^{label}] is defined twice (first on line "
                           f"{defs[label]})")
            else:
                defs[label] = n + 1
        refs = self.env.get("footnotes", {}).get("refs", {})
        for key, ident in refs.items():
            label = key[1:]
            if ident == -1:
                line = defs.get(label, 0)
                self.error(line, 1, f"footnote [^{label}] is never called in the text")
                self.acc.missing.append(f"footnote [^{label}] (line {line}) is never called")
        for label, line, col in self.undefined:
            self.error(line, col, f"footnote call [^{label}] has no text: add a line "
                       f"'[^{label}]: …'")
        for n in footnotes.values():
            if not n.source_lines:
                n.source_lines = [0]

    def _figure(self, img, tmap, add) -> None:
        src = img.attrs.get("src", "")
        alt = "".join(c.content for c in img.children or []).strip()
        title = (img.attrs.get("title") or "").strip()
        self.src_words += count_words(alt) + count_words(title)
        caption = self._caption(title or alt, tmap)
        path = ""
        if re.match(r"[a-z][a-z0-9+.-]*:", src, re.I) or src.startswith("/"):
            self.warn(tmap, src, f"image '{src}': only image files in the reading's folder "
                      "are printed (no web addresses or absolute paths)")
        else:
            path = posixpath.normpath(posixpath.join(self.base, src))
            if self.root is not None:
                real = (self.root / path).resolve()
                try:
                    real.relative_to(self.root.resolve())
                    inside = True
                except ValueError:
                    inside = False
                if not inside or not real.is_file():
                    line, col = self.locate(tmap, src)
                    self.error(line, col, f"image '{src}' not found (looked for {path})"
                               if inside else f"image '{src}' lies outside the project")
                    path = ""
        self.counts["figure"] += 1
        n = self.counts["figure"]
        fig = model.Figure(kind="figure", label=f"Figure {n}", number=n, alt=alt or title,
                           caption=caption, source=path)
        self.acc.body += words_of(caption) + (count_words(alt) if title and alt else 0)
        add("figure", list(caption), tmap, figure=fig)

    def _caption(self, text: str, tmap) -> list[model.Inline]:
        if not text:
            return []
        tok = parser().parseInline(text, {})[0]
        saved = self.src_words
        inl = self.inlines(tok)
        self.src_words = saved
        return inl

    def _table(self, toks, i, add) -> int:
        t0 = toks[i]
        rows: list[list[list[model.Inline]]] = []
        align: list[str] = []
        header = 0
        in_head = False
        i += 1
        while toks[i].type != "table_close":
            t = toks[i]
            if t.type == "thead_open":
                in_head = True
            elif t.type == "thead_close":
                in_head = False
            elif t.type == "tr_open":
                rows.append([])
                header += 1 if in_head else 0
            elif t.type in ("th_open", "td_open"):
                style = t.attrs.get("style", "") or ""
                if len(rows) == 1:
                    align.append(style.split(":")[-1] if "text-align" in style else "")
            elif t.type == "inline":
                cell = self.inlines(t)
                self.acc.body += words_of(cell)
                rows[-1].append(cell)
            i += 1
        self.counts["table"] += 1
        n = self.counts["table"]
        fig = model.Figure(kind="table", label=f"Table {n}", number=n, rows=rows,
                           header_rows=header, align=align)
        add("figure", [], t0.map, figure=fig)
        return i + 1

    def _table_caption(self, inl, sec) -> bool:
        """A paragraph ``Table: caption`` right after a table is its caption."""
        if not sec.blocks or not inl or not isinstance(inl[0], model.Text):
            return False
        last = sec.blocks[-1]
        m = re.match(r"\s*(Table:|:)\s*", inl[0].text)
        if not (m and last.kind == "figure" and last.figure and last.figure.kind == "table"
                and not last.figure.caption):
            return False
        cap = _merge([model.Text(inl[0].text[m.end():])] + inl[1:])
        last.figure.caption = cap
        last.inlines = list(cap)
        self.acc.body += words_of(cap)
        self.acc.body += count_words(m.group(1))     # printed as the label "Table N"
        return True


def read_markdown(text: str, source: str = "article.md", *, base: str = "",
                  root: Path | None = None) -> MarkdownArticle:
    """Read a clean Markdown article into the parts of the edition model.
    ``base`` is the folder (relative to the project ``root``) that image
    paths are relative to; with ``root`` the images are looked for.

    >>> a = read_markdown("# T\\n\\n## Abstract\\n\\nShort.\\n\\n## One\\n\\nA *b*.[^x]\\n\\n[^x]: Note.\\n")
    >>> a.title, len(a.abstracts), a.sections[0].title, a.footnotes[0].number
    ('T', 1, 'One', 1)
    >>> a.accounting.complete, a.accounting.source_words
    (True, 7)
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _Reader(text, source, base, root).walk()


def read_markdown_file(path, display: str | None = None) -> MarkdownArticle:
    """Read ``path``; raise ContentError with every problem found."""
    display = display or str(path)
    art = read_markdown(read_text(path, display), display)
    errors = [p for p in art.problems if p.severity == "error"]
    if errors:
        raise ContentError(errors)
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
    from ..bibliography import wrap_cites  # lazy: pybtex + rapidfuzz 30 ms on a no-op build
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
