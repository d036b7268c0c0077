"""Synthetic extraction damage for clean articles of our own.

An article is a title, optional abstracts, sections of paragraphs with note
markers, and notes.  :func:`corrupt` renders it the way PDF extraction
leaves text: lines wrapped at ``width`` with line-end hyphenation (pyphen
syllables; compounds break at their own hyphen), ligatures split ("fi rst"),
acronyms in lower case, Roman month numerals in lower case, footnote
blocks moved to the end of each page of ``page_lines`` body lines, the next
page's first line beginning with a space, URLs split across lines, and the
beginnings of some notes dropped (their tails left stranded at the top of
the next page).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyphen

SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_HY = pyphen.Pyphen(lang="en_US")


@dataclass
class Article:
    title: str
    sections: list[tuple[str, list[str]]]       # (heading, paragraphs); markers as [^n]
    notes: dict[int, str]
    abstracts: list[tuple[str, str, str]] = field(default_factory=list)   # (lang, title, text)


def clean_paragraph(p: str) -> str:
    """The paragraph as the repaired edition should print it (markers removed)."""
    return re.sub(r"\[\^\d+\]", "", p)


def markers(p: str) -> list[int]:
    return [int(x) for x in re.findall(r"\[\^(\d+)\]", p)]


def tie(text: str) -> str:
    """The typesetter's ties: a non-breaking space after every word of up to
    three letters, every third one followed by a plain space too."""
    count = 0

    def rep(m):
        nonlocal count
        count += 1
        return m.group(1) + ("\u00a0 " if count % 3 == 0 else "\u00a0")
    return re.sub(r"(?<!\S)([^\W\d_]{1,3}) (?=\S)", rep, text)


def damage_words(text: str, acronyms: tuple[str, ...], lost: tuple[str, ...] = ()) -> str:
    """Word-level damage: split ligatures, lost ligatures (the words in
    ``lost`` get U+FFFD for their 'ft'), lower-case acronyms and months."""
    text = re.sub(r"\[\^(\d+)\]", lambda m: m.group(1).translate(SUP), text)
    for w in lost:
        text = re.sub(rf"\b{w}\b", w.replace("ft", "\ufffd "), text)

    def lig(m):
        w = m.group()
        if "://" in w or "/" in w:
            return w
        if "\ufffd" in w:
            return w
        return re.sub(r"(ffi|ffl|ff|fi|fl)(?=[a-z])", r"\1 ", w, count=1)

    text = re.sub(r"\S+", lig, text)
    for a in acronyms:
        text = re.sub(rf"(?<![\w/.]){re.escape(a)}(?![\w/])", a.lower(), text)
    text = re.sub(r"(\d{1,2}) (I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII) (\d{4})",
                  lambda m: f"{m.group(1)} {m.group(2).lower()} {m.group(3)}", text)
    return text


def wrap(text: str, width: int) -> list[str]:
    """Wrap with line-end hyphenation; URLs break after a slash or inside a
    slug at its own hyphen."""
    words = text.split(" ")
    lines: list[str] = []
    cur = ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if len(cand) <= width:
            cur = cand
            continue
        room = width - len(cur) - (1 if cur else 0)
        head, tail = _break(w, room)
        if head:
            lines.append((cur + " " + head) if cur else head)
            cur = tail
        else:
            if cur:
                lines.append(cur)
            cur = w
        while len(cur) > width:
            head, tail = _break(cur, width)
            if not head:
                break
            lines.append(head)
            cur = tail
    if cur:
        lines.append(cur)
    return lines


def _break(w: str, room: int) -> tuple[str, str]:
    if room < 3:
        return "", w
    if "://" in w:
        best = None
        for m in re.finditer(r"[/-]", w):
            if m.end() <= room and m.start() > w.find("://") + 3:
                best = m.end()
        if best and best < len(w) - 1:
            return w[:best], w[best:]
        return "", w
    if "-" in w[:room]:
        k = w[:room].rfind("-")
        if 2 < k < len(w) - 3:
            return w[:k + 1], w[k + 1:]
    m = re.match(r"^([^\w]*)(\w+)(.*)$", w)
    if not m or not m.group(2).isalpha() or len(m.group(2)) < 7:
        return "", w
    pre, core, post = m.groups()
    best = None
    for p in _HY.positions(core):
        if 3 <= p <= len(core) - 3 and len(pre) + p + 1 <= room:
            best = p
    if best is None:
        return "", w
    return pre + core[:best] + "-", core[best:] + post


def corrupt(a: Article, width: int, page_lines: int, acronyms=(), drop_notes=(),
            runover: bool = False, lost: tuple[str, ...] = (), ties: bool = False) -> str:
    """Render ``a`` with extraction damage (see the module docstring)."""
    out: list[str] = []
    title_lines = wrap(damage_words(a.title, acronyms), width)
    out.append(" " + title_lines[0])
    out.extend(title_lines[1:])
    for lang, t, text in a.abstracts:
        out.append("")
        if t:
            out.extend(wrap(t, width))
            out.append("")
        out.extend(wrap(damage_words(text, acronyms), width))
    # body lines with their note markers
    body: list[tuple[str, list[int]]] = []
    first = True
    for heading, paras in a.sections:
        if heading:
            if first and a.abstracts:
                body.append(("\x00" + heading, []))   # forced page start
            else:
                if body:
                    body.append(("", []))
                body.append((heading, []))
            body.append(("", []))
        first = False
        for k, p in enumerate(paras):
            if k:
                body.append(("", []))
            lines = wrap(damage_words(tie(p) if ties else p, acronyms, lost), width)
            for ln in lines:
                body.append((ln, markers_in_line(ln)))
    if a.abstracts and body and body[0][0].startswith("\x00"):
        out.append(" " + body[0][0][1:])
        body = body[1:]
    elif body:
        out.append("")
    # paginate: page_lines body lines a page, each page's notes below it
    pages: list[tuple[list[str], list[int]]] = [([], [])]
    count = 0
    for text, ms in body:
        if count >= page_lines and text:
            pages.append(([], []))
            count = 0
        pages[-1][0].append(text)
        pages[-1][1].extend(ms)
        count += 1
    stranded: list[str] = []
    carry_head: list[str] = []
    for k, (plines, pnotes) in enumerate(pages):
        for i, text in enumerate(plines):
            if k and i == 0:
                out.extend(" " + x for x in stranded)
                stranded = []
                out.append(" " + text)
            else:
                out.append(text)
        block: list[str] = []
        if carry_head:
            block.append("")
            block.extend(carry_head)
            carry_head = []
        for j, n in enumerate(pnotes):
            lines = wrap(damage_words(f"{n} " + a.notes[n], acronyms), width)
            if n in drop_notes:
                stranded.append(lines[-1])
                continue
            block.append("")
            last = j == len(pnotes) - 1
            next_has_notes = k + 1 < len(pages) and pages[k + 1][1]
            if runover and last and next_has_notes and len(lines) >= 2:
                block.extend(lines[:1])
                carry_head = lines[1:]
            else:
                block.extend(lines)
        out.extend(block)
    for x in stranded:
        out.append(" " + x)
    return "\n".join(out) + "\n"


def markers_in_line(line: str) -> list[int]:
    return [int(x.translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")))
            for x in re.findall("[⁰¹²³⁴⁵⁶⁷⁸⁹]+", line)]
