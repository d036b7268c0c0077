"""Read an article's PDF with its layout into an :class:`ArticleStructure`.

The PDF is read with pypdfium2 (characters with font, size and position,
drawn rules and pictures, metadata); the stages in
:mod:`coursepack.read.pdflayout` then find lines, cover sheets and page
furniture, columns and reading order, front matter, headings, paragraphs,
footnotes, figures and tables and the reference list, by rules that rest on
the document's own statistics (body size, line pitch, column edges,
repetition across pages), never on one journal's layout.
"""

from __future__ import annotations

import collections
import dataclasses
import re
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from rapidfuzz import fuzz

from ..errors import ContentError, Problem
from .pdflayout.blocks import Doc, classify, doc_stats, front_matter
from .pdflayout.chars import Rule, page_box, page_chars, page_rules
from .pdflayout.furniture import body_size, cover_pages, mark_furniture
from .pdflayout.lines import PLine, page_lines
from .pdflayout.order import find_gutters, reading_order
from .pdflayout.symbols import lone_unmapped, unmapped_bullets
from .structure import NOTE_SYMBOL_KEY, TITLE_NOTE_WHY, ArticleStructure, Block, Doubt, Line
from .frontmeta import citation, folio_pages, series_imprint
from .figures import caption_run_on, caption_titles, ruled_floats, turned_floats
from .articlestart import (COVER_NOTE_WHY, TITLE_AGAIN_WHY, abstract_paragraphs, addresses_at_title_foot, cover_notes, case_meta, copyright_year, foreign_before_title, front_notes, front_pages_before_abstract, info_beside_abstract,
                           imprint_pages, masthead_citation, publisher_blocks, title_again, title_atop_abstract,
                           translated_title)
from ..bibliography.entries import separate_references
from ..repair.hyphenation import keep_hyphen
from .pdflayout.blocks import (ADDRESS, AFFIL_WORDS, B, CAPS_HEAD_WHY, KEYWORD_WORDS, LABEL, RUN_IN_WHY, SIDEBAR_WHY, _name_like,
                               _text_frame, split_authors)

DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+[^\s\"<>.,;)])")


def _bad(name: str, message: str) -> ContentError:
    """A one-line problem about the PDF ``name``: ``name: message``."""
    return ContentError(Problem(name, 0, 0, message))


def _open(path: Path, name: str) -> pdfium.PdfDocument:
    """Open a PDF or raise a :class:`ContentError` that says what to do."""
    if not path.exists():
        raise _bad(name, "no such file")
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code == raw.FPDF_ERR_PASSWORD:
            raise _bad(name,
                f"the PDF is encrypted with a password; save an unlocked copy "
                f"(e.g. `qpdf --decrypt --password=PASSWORD in.pdf out.pdf`) and ingest that") from None
        if code == raw.FPDF_ERR_SECURITY:
            raise _bad(name,
                f"the PDF uses an encryption this reader does not support; "
                f"save a decrypted copy (e.g. `qpdf --decrypt in.pdf out.pdf`) and ingest that") from None
        raise _bad(name,
            f"not a readable PDF (damaged or not a PDF); download it again or repair it "
            f"(e.g. `qpdf in.pdf out.pdf`) and ingest the copy") from None


LINE_NUMBERS_WHY = "line numbers in the margin"


def line_number_chars(chars: list, follows: int | None = None) -> tuple[list, int | None]:
    """A preprint's line numbers, as characters: numbers set much smaller
    than the text (lineno's ``\\tiny``), five or more in a column (one
    right edge) rising down the page, or fewer counting on by one from
    ``follows``, the last line number of the page before (a last page
    holding a few lines), each standing alone on its baseline.
    Found before the page's lines are built: set beside each
    column of a two-column page, the right column's numbers stand in the
    gutter, close enough to the left column's line ends to be read into
    them ("review40").  ``chars`` are the page's
    :class:`~coursepack.read.pdflayout.chars.Char`; returns those of the
    numbers (empty when there are none) and the page's last line number.

    >>> from coursepack.read.pdflayout.chars import Char
    >>> C = lambda t, x, y, s=5.0: Char(t, x, y - s, x + 0.5 * s, y, y, s, "F", False, False)
    >>> body = [C("w", 60 + 5 * i, 100 + 12 * k, 10.0) for k in range(6) for i in range(20)]
    >>> nums = [c for k in range(6) for c in ([C(str(k + 1), 290, 100 + 12 * k)] if k < 6 else [])]
    >>> found, last = line_number_chars(body + nums); len(found), last
    (6, 6)
    >>> line_number_chars(body), len(line_number_chars(body + nums[:2])[0]), len(line_number_chars(body + nums[:2], 0)[0])
    (([], None), 0, 2)

    A word processor's numbers in the text's size, in the margin, are line
    numbers too; a numbered table's first column (text right after each
    number) is not:

    >>> text = [C("w", 60 + 5 * i, 100 + 14 * k, 10.0) for k in range(10) for i in range(20)]
    >>> margin = [C(str(k + 1), 40, 100 + 14 * k, 10.0) for k in range(10)]
    >>> rows = ([C(str(k + 1), 62, 300 + 14 * k, 10.0) for k in range(10)]
    ...         + [C("x", 70 + 5 * i, 300 + 14 * k, 10.0) for k in range(10) for i in range(5)])
    >>> found, last = line_number_chars(text + margin); len(found), last
    (10, 10)
    >>> line_number_chars(text + rows)
    ([], None)
    """
    glyphs = [c for c in chars if c.text.strip()]
    if len(glyphs) < 50:
        return [], None
    sizes = collections.Counter(round(c.size, 1) for c in glyphs)
    body = sizes.most_common(1)[0][0]
    small = sorted((c for c in glyphs if c.text.isdigit() and c.size <= 0.62 * body), key=lambda c: (round(c.base, 1), c.x0))
    tokens: list[list] = []
    for c in small:
        last = tokens[-1][-1] if tokens else None
        if last is not None and abs(c.base - last.base) <= 0.3 and -0.3 * c.size <= c.x0 - last.x1 <= 0.5 * c.size:
            tokens[-1].append(c)
        else:
            tokens.append([c])
    # alone on its baseline: no glyph of its own size right beside it, and
    # the text it numbers set off by a gap (a note's number or a
    # superscript call runs on into its text, below its raised number:
    # endnotes' numbers set raised at the margin, one under the other)
    others = [c for c in glyphs if not c.text.isdigit() and c.size <= 0.62 * body]
    tokens = [tk for tk in tokens if not any(abs(o.base - tk[0].base) <= 0.5 and
                                             (0 <= tk[0].x0 - o.x1 <= tk[0].size or 0 <= o.x0 - tk[-1].x1 <= tk[0].size)
                                             for o in others)
              and not any(abs(o.base - tk[0].base) <= 0.5 * body and -0.1 <= o.x0 - tk[-1].x1 < 0.5 * body
                          and o not in tk for o in glyphs)]
    cols: dict[int, list[list]] = collections.defaultdict(list)
    for tk in tokens:
        cols[round(tk[-1].x1 / 3)].append(tk)
    out: list = []
    last = None
    for col in cols.values():
        col.sort(key=lambda tk: tk[0].base)
        vals = [int("".join(c.text for c in tk)) for tk in col]
        if len(col) >= 5 and all(a < b for a, b in zip(vals, vals[1:])) \
                or follows is not None and vals[0] == follows + 1 and all(b == a + 1 for a, b in zip(vals, vals[1:])):
            out += [c for tk in col for c in tk]
            last = max(vals[-1], last or 0)
    for tk_col, vals in _text_size_numbers(glyphs, body, follows):
        out += [c for tk in tk_col for c in tk]
        last = max(vals[-1], last or 0)
    return out, last


def _text_size_numbers(glyphs: list, body: float, follows: int | None = None) -> list[tuple[list, list[int]]]:
    """A word processor's line numbers, set in the text's own size (Word's
    and LibreOffice's "line numbering"): columns of numbers, eight or more,
    one right edge, counting on by one step (1, or 5 …) down half the
    page's text or more, each set off from the text after it, standing
    left of every line of the page (the margin) or between the text of two
    columns on most of their baselines (the gutter, beside the right
    column's lines).  Returns ``(tokens, values)`` per column found."""
    digits = [c for c in glyphs if c.text.isdigit() and c.upright and abs(c.size - body) <= 0.25 * body]
    words = [c for c in glyphs if not c.text.isdigit() and c.upright and c.size >= 0.62 * body]
    if len(digits) < 8 or not words:
        return []
    digits.sort(key=lambda c: (round(c.base, 1), c.x0))
    tokens: list[list] = []
    for c in digits:
        t = tokens[-1] if tokens else None
        if t is not None and abs(c.base - t[-1].base) <= 0.3 and -0.3 * c.size <= c.x0 - t[-1].x1 <= 0.3 * c.size:
            t.append(c)
        else:
            tokens.append([c])
    def alone(tk) -> bool:
        x0, x1, base = tk[0].x0, tk[-1].x1, tk[0].base
        return len(tk) <= 3 and not any(abs(o.base - base) <= 0.5 * body and -0.1 <= o.x0 - x1 < 0.5 * body
                                        for o in glyphs if o not in tk)
    tokens = [tk for tk in tokens if alone(tk)]
    cols: dict[int, list[list]] = collections.defaultdict(list)
    for tk in tokens:
        cols[round(tk[-1].x1 / 2)].append(tk)
    left = sorted(c.x0 for c in words)[len(words) // 50]       # (a stamp up the margin aside)
    tops = sorted(c.top for c in words)
    height = max(tops[-1] - tops[0], 1.0)
    found = []
    for col in sorted(cols.values(), key=lambda col: min(tk[0].base for tk in col) + 1e4 * min(tk[0].x0 for tk in col)):
        col.sort(key=lambda tk: tk[0].base)
        vals = [int("".join(c.text for c in tk)) for tk in col]
        # (one step throughout, a number now and then lost to a call or
        # a glyph beside it: a multiple of the step)
        steps = [b - a for a, b in zip(vals, vals[1:])]
        step = min(steps, default=0)
        if len(col) < 8 or step not in (1, 5, 10) or any(d % step for d in steps) \
                or sum(1 for d in steps if d == step) < 0.8 * len(steps) \
                or col[-1][0].base - col[0][0].base < 0.5 * height and vals[0] != (follows or -9) + 1:
            continue
        margin = all(tk[-1].x1 < left - 0.2 * body for tk in col)
        # (in the gutter: the right column's text after each number on its
        # baseline, the left column's lines beside the numbers' run, no
        # glyph of a line across the numbers)
        x0, x1 = min(tk[0].x0 for tk in col), max(tk[-1].x1 for tk in col)
        lo, hi = col[0][0].base, col[-1][0].base
        after = sum(1 for tk in col if any(abs(o.base - tk[0].base) <= 0.3 * body and o.x0 >= tk[-1].x1 + 0.5 * body
                                           for o in words))
        beside = len({round(o.base) for o in words if o.x1 <= x0 + 1 and lo <= o.base <= hi})
        # (the left column's line ends may reach in under wide numbers set
        # close to the right column, as LibreOffice sets them in a narrow
        # gutter: a line across reaches past the numbers' right edge)
        across = any(o.x0 < x1 + 0.3 * body and o.x1 > x1 + 0.1 and lo - body <= o.base <= hi + body
                     for o in words)
        if margin or (after >= 0.8 * len(col) and beside >= 0.5 * len(col) and not across):
            found.append((col, vals))
            follows = vals[-1] if follows is not None and vals[0] == follows + 1 else follows
    return found


def kerned_letters(chars: list) -> list:
    """A letter set off its word's baseline inside the word, as TeX's and
    LaTeX's logos set the E ("TeX": the E lowered half an x-height,
    kerned under the T and the X): put back on its neighbours' baseline,
    so that the word stays one word of its line, not a line of its own
    (read as a table's cell, it split the paragraph and printed a
    placeholder).  Only a letter of the text's own size (a superscript or
    subscript is smaller), shifted by a tenth to a half of its size, whose
    box overlaps both the glyph before it and the one after it (kerned
    into them: no word space), those two on one baseline.  ``chars`` in
    the page's stream order; returns the list with such letters moved.

    >>> from coursepack.read.pdflayout.chars import Char
    >>> C = lambda t, x, w, base: Char(t, x, base - 7.6, x + w, base + 2.1, base, 10.9, "CMR10", False, False)
    >>> cs = kerned_letters([C("T", 467.3, 7.9, 545.56), C("E", 473.36, 7.4, 548.84), C("X", 479.42, 8.2, 545.56)])
    >>> [(c.text, c.base) for c in cs]
    [('T', 545.56), ('E', 545.56), ('X', 545.56)]
    >>> [c.base for c in kerned_letters([C("x", 100, 5, 545.56), C("2", 105.5, 5, 548.84), C("y", 111, 5, 545.56)])]
    [545.56, 548.84, 545.56]
    """
    out = list(chars)
    for k in range(1, len(out) - 1):
        a, c, b = out[k - 1], out[k], out[k + 1]
        if not (c.text.isalpha() and a.text.strip() and b.text.strip()) or c.size <= 0:
            continue
        shift = c.base - a.base
        if abs(a.base - b.base) > 0.05 * c.size or not 0.1 * c.size <= abs(shift) <= 0.5 * c.size:
            continue
        if abs(a.size - c.size) > 0.1 * c.size or abs(b.size - c.size) > 0.1 * c.size:
            continue
        if not (c.x0 < a.x1 - 0.05 and c.x1 > b.x0 + 0.05 and a.x1 <= b.x0 + 0.5 * c.size):
            continue
        out[k] = dataclasses.replace(c, top=c.top - shift, bottom=c.bottom - shift, base=a.base)
    return out


def _to_line(ln: PLine) -> Line:
    return Line(page=ln.page, x0=round(ln.x0, 2), top=round(ln.top, 2), x1=round(ln.x1, 2),
                bottom=round(ln.bottom, 2), text=ln.text, size=float(ln.size), font=ln.font,
                bold=ln.bold, italic=ln.italic, superscripts=[(int(a), int(b)) for a, b in ln.superscripts],
                italics=ln.italic_spans(), bolds=ln.bold_spans())


def read_pdf(path: str | Path, *, display: str | None = None) -> ArticleStructure:
    """Read the article PDF at ``path`` into blocks with roles, in reading
    order.  ``display`` names the file in messages (default: the path).
    An encrypted, image-only or damaged PDF raises
    :class:`~coursepack.errors.ContentError` saying what to do."""
    path = Path(path)
    name = display or str(path)
    pdf = _open(path, name)
    try:
        return _read(pdf, name)
    finally:
        pdf.close()


def _read(pdf: pdfium.PdfDocument, name: str) -> ArticleStructure:
    pages: list[list[PLine]] = []
    rules = []
    sizes: list[tuple[float, float]] = []
    glyphs = 0
    unmapped: list[tuple[int, int]] = []
    last_number = None       # the last line number of the page before
    for k in range(len(pdf)):
        page = pdf[k]
        box = page_box(page)
        w, h = box[2] - box[0], box[3] - box[1]
        sizes.append((round(w, 2), round(h, 2)))
        tp = page.get_textpage()
        chars = kerned_letters(page_chars(page, tp, box))
        glyphs += sum(1 for c in chars if not c.text.isspace())
        numbers, last_number = line_number_chars(chars, last_number)
        if numbers:
            keep = {id(c) for c in numbers}
            chars = [c for c in chars if id(c) not in keep]
        lines = page_lines(k + 1, chars, find_gutters)
        if numbers:
            for ln in page_lines(k + 1, numbers):
                ln.role, ln.why = "furniture", LINE_NUMBERS_WHY
                lines.append(ln)
        for ln in lines:
            if "\ufffd" in ln.text:   # a lone unmapped glyph between names or key words: a separator
                ln.text, settled = lone_unmapped(ln.text)
                ln.unmapped = max(0, ln.unmapped - settled)
        unmapped_bullets(lines)
        pages.append(lines)
        rules.append(page_rules(page, box))
        bad = sum(ln.unmapped for ln in lines)
        if bad:
            unmapped.append((k + 1, bad))
        tp.close()
        page.close()
    if not pages:
        raise _bad(name, "the PDF has no pages; download it again")
    if glyphs < 20 * len(pages) and glyphs < 200:
        raise _bad(name,
            f"the PDF has no text layer (a scan?); run OCR first, "
            f"e.g. `ocrmypdf in.pdf out.pdf`, and ingest the result")
    meta_raw = {}
    try:
        meta_raw = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # noqa: BLE001 — metadata is optional
        pass
    return analyse(name, pages, rules, sizes, meta_raw, unmapped)


def letter_spaced(text: str) -> str:
    """A label set in letter-spaced capitals, read as single letters
    ("A B S T R A C T", Elsevier's "A R T I C L E   I N F O"), as words:
    a run of four or more single capitals joined; a wider gap (two spaces
    or more) between two runs kept as the word space.

    >>> letter_spaced("A B S T R A C T"), letter_spaced("A R T I C L E  I N F O")
    ('ABSTRACT', 'ARTICLE INFO')
    >>> letter_spaced("A B C analysis"), letter_spaced("K E Y W O R D S:")
    ('A B C analysis', 'KEYWORDS:')
    """
    core = text.strip()
    m = re.fullmatch(r"((?:[A-ZÄÖÜ] {1,3}){3,}[A-ZÄÖÜ])\s*([:.]?)", core)
    if not m:
        return text
    words = [w.replace(" ", "") for w in re.split(r" {2,}", m.group(1))]
    if any(len(w) < 2 for w in words):
        words = [m.group(1).replace(" ", "")]
    return " ".join(words) + m.group(2)


def analyse(name: str, pages: list[list[PLine]], rules, sizes, meta_raw: dict,
            unmapped: list[tuple[int, int]] = ()) -> ArticleStructure:
    """The layout stages on lines already read (see the module doc)."""
    heights = [h for _, h in sizes]
    for lines in pages:
        for ln in lines:
            if not ln.superscripts and " " in ln.text:
                ln.text = letter_spaced(ln.text)
    rules = [list(r) for r in rules]
    for k, lines in enumerate(pages):
        # a rule typed as dashes or underscores (above the footnotes) is a rule
        typed = [ln for ln in lines if re.fullmatch(r"[—–\-_─‒]{3,}", ln.text.replace(" ", ""))]
        for ln in typed:
            rules[k].append(Rule("hrule", ln.x0, (ln.top + ln.bottom) / 2, ln.x1, (ln.top + ln.bottom) / 2))
        if typed:
            pages[k] = [ln for ln in lines if ln not in typed]
    widths = [w for w, _ in sizes]
    covers = cover_pages(pages)
    for p in covers:
        for ln in pages[p - 1]:
            ln.role, ln.why = "cover", "repository cover sheet (terms of use, licence)"
    mark_furniture(pages, heights, covers)
    body = body_size([pages[i] for i in range(len(pages)) if i + 1 not in covers])
    content = [i for i in range(len(pages)) if i + 1 not in covers]
    doubts: list[Doubt] = []
    order_guessed: list[PLine] = []
    gutters: list[tuple[float, float]] = []      # the last page's columns
    for i in content:
        ls = [ln for ln in pages[i] if ln.role != "furniture" and ln.upright]
        if not ls:
            continue
        x_min = min(ln.x0 for ln in ls)
        x_max = max(ln.x1 for ln in ls)
        ordered, _two, guessed = reading_order(ls, x_min, x_max, gutters)
        gutters = reading_order.gutters or gutters
        ordered = _frames_together(ordered, rules[i], body)
        furn = [ln for ln in pages[i] if ln.role == "furniture" or not ln.upright]
        for ln in furn:
            ln.role = "furniture"
            ln.why = ln.why or "rotated text in the margin"
        heads = [ln for ln in furn if ln.top < heights[i] / 2]
        feet = [ln for ln in furn if ln.top >= heights[i] / 2]
        pages[i] = sorted(heads, key=lambda ln: ln.top) + ordered + sorted(feet, key=lambda ln: ln.top)
        order_guessed.extend(guessed)
    doc = Doc(pages=pages, heights=heights, widths=widths, rules=rules, body=body)
    doc_stats(doc, content)
    meta: dict = {}
    first = content[0] if content else 0
    fm = front_matter(doc, first) if content else {}
    fm_page = first
    if not fm.get("title") and len(content) > 1:
        # a working paper's title page may carry the title in body size; try the next page
        fm2 = front_matter(doc, content[1])
        if fm2.get("title"):
            fm, fm_page = fm2, content[1]
    again = title_again(pages, [k for k in content if k >= fm_page], fm.get("title"), body) if content else None
    cover_kept: list[list[PLine]] = []        # the author's and the paper's notes on that cover
    if again is not None:
        # the first page a cover of the article's own (the title again on a later page)
        later = " ".join(ln.text for i in content if again <= i < again + 3 for ln in pages[i])
        for i in [k for k in content if k < again]:
            notes = cover_notes([ln for ln in pages[i] if ln.role != "furniture"], later)
            kept = {id(ln) for g in notes for ln in g}
            for ln in pages[i]:
                if ln.role != "furniture" and id(ln) not in kept:
                    ln.role, ln.why = "cover", TITLE_AGAIN_WHY
            for g in notes:
                for ln in g:
                    ln.role, ln.why = "affiliation", COVER_NOTE_WHY
            cover_kept += notes
            covers.add(i + 1)
        content = [k for k in content if k >= again]
        first = again
        doc_stats(doc, content)
        fm = front_matter(doc, first)
    meta.update(fm)
    if _plausible_meta(meta_raw.get("Title", "")):
        _title_from_metadata(doc, content[:3], meta_raw["Title"], meta)
    blocks = classify(doc, content, first)
    doubts.extend(_order_doubts(blocks, order_guessed))
    if cover_kept:      # printed with the title, after the authors
        at = max((k for k, b in enumerate(blocks[:40]) if b.role in ("title", "subtitle", "author")), default=-1)
        blocks[at + 1:at + 1] = [B("affiliation", g, COVER_NOTE_WHY) for g in cover_kept]
    for p in covers:
        blocks.insert(0, _cover_block([ln for ln in pages[p - 1] if ln.role != "affiliation"
                                       or ln.why != COVER_NOTE_WHY]))
    blocks.sort(key=lambda b: 0 if b.role == "cover" else 1)
    for page, bad in unmapped:
        doubts.append(Doubt("unmapped_glyph", f"page {page}: {bad} glyph(s) without a Unicode mapping (shown as \ufffd)", page))
    # metadata the PDF carries, where the page did not print it
    if "title" not in meta and _plausible_meta(meta_raw.get("Title", "")):
        meta["title"] = meta_raw["Title"].strip()
    if "authors" not in meta and _plausible_meta(meta_raw.get("Author", "")):
        meta["authors"] = metadata_authors(meta_raw["Author"])
    first_text = "\n".join(ln.text for i in content[:2] for ln in pages[i])
    m = DOI.search(first_text)
    if m:
        meta["doi"] = m.group(1)
    _citation(pages, covers, first, meta_raw, meta)
    kw = next((b for b in blocks if b.role == "keywords"), None)
    if kw is not None:
        t = KEYWORD_WORDS.sub("", _join_lines([ln.text for ln in kw.lines])).strip(" :.")
        # separators: punctuation, bullets, and U+FFFD (a bullet of a font without a Unicode map)
        items = [x.strip(" .•") for x in re.split(r"[;,•·\ufffd]", t) if x.strip(" .•")]
        if items:
            meta["keywords"] = items
    out: list[Block] = []
    counters: dict[int, int] = {}
    for b in blocks:
        page = b.lines[0].page if b.lines else 0
        counters[page] = counters.get(page, 0) + 1
        region = _region(b.lines, rules[page - 1]) if b.role in ("figure", "table") and b.lines else []
        out.append(Block(role=b.role, lines=[_to_line(ln) for ln in b.lines], level=b.level,
                         number=b.number, continues=b.continues, why=b.why,
                         id=f"p{page}-b{counters[page]}", region=region))
    doubts.extend(foreign_before_title(out))     # read/articlestart: not this article's
    publisher_blocks(out, meta)
    imprint_pages(out)
    front_pages_before_abstract(out)
    masthead_citation(out, meta)
    copyright_year(out, meta)
    translated_title(out)
    title_atop_abstract(out)
    info_beside_abstract(out)
    abstract_paragraphs(out)
    case_meta(meta)
    front_notes(out, meta)
    addresses_at_title_foot(out, meta)
    if meta.get("journal") and not meta.get("pages") and content:
        # an article in a journal: its pages from the folios it prints
        span = folio_pages([[ln.text for ln in pages[i] if ln.role == "furniture"]
                            for i in range(content[0], content[-1] + 1)])
        if span:
            meta["pages"] = span
    turned_floats(out, rules)        # read/figures: a figure or table set sideways, its caption turned
    ruled_floats(out, rules)         # read/figures: a table between its rules, a figure in its frame
    caption_titles(out)              # read/figures: a label's title set under it
    caption_run_on(out)              # read/figures: a long caption's lines past the fourth
    address_after_references(out)
    out = separate_references(out)   # entries the layout could not separate (citelink)
    unmapped_note_keys(out)
    quotes_across_breaks(out)
    author_notes(out)
    _levels(out)
    _doubts(out, doubts)
    doubts.extend(_run_in_doubts(out))
    doubts.extend(_box_doubts(out))
    return ArticleStructure(source=name, blocks=out, meta=meta, pages=[tuple(s) for s in sizes], doubts=doubts)


def _citation(pages: list[list[PLine]], covers: set[int], first: int, meta_raw: dict,
              meta: dict) -> None:
    """Journal, volume, issue, year and pages where the PDF prints a clear
    citation line: a running head or foot, the first article page, a
    repository cover sheet, or the metadata's Subject (read/frontmeta)."""
    cand = [ln.text for i, page in enumerate(pages) for ln in page
            if ln.role == "furniture" or i + 1 in covers or i == first]
    if _plausible_meta(meta_raw.get("Subject", "")):
        cand.append(meta_raw["Subject"])
    for k, v in citation(cand).items():
        meta.setdefault(k, v)
    if not meta.get("journal"):     # a paper in a series: its cover and imprint pages
        meta.update(series_imprint([[ln.text for ln in p] for p in pages[:first + 3]]))


ADDRESS_WHY = "the author's address after the reference list (an author note)"


def address_after_references(blocks: list[Block]) -> None:
    """The authors' postal and e-mail addresses set after the reference
    list, apart from its last entry by a gap (amsart's ``\\address`` and
    ``\\email``, many journals' "Author's address"): a note of the
    article's own, not part of the last entry.  The lines after a gap of
    one and a half of the list's usual line pitch, in the last reference
    block, naming an institution or an e-mail address.

    >>> L = lambda y, t: Line(2, 100, y, 400, y + 8, t, size=8.0)
    >>> bs = [Block("reference", [L(600, "[7] Gomez G. Evening hours. Information Quarterly. 2020."),
    ...                           L(610, "[8] Holm H. Public collections. Journal of Library Studies. 1986."),
    ...                           L(629, "University of Example, Department of Library Studies"),
    ...                           L(639, "Email address: henrik.aalto@example.org")])]
    >>> address_after_references(bs); [(b.role, len(b.lines)) for b in bs]
    [('reference', 2), ('note', 2)]
    """
    refs = [k for k, b in enumerate(blocks) if b.role == "reference" and b.lines]
    if not refs:
        return
    k = refs[-1]
    b = blocks[k]
    pitches = [n.top - o.top for r in refs for o, n in zip(blocks[r].lines, blocks[r].lines[1:])
               if o.page == n.page and 0 < n.top - o.top < 3 * max(o.size, 1.0)]
    if not pitches:
        return
    usual = sorted(pitches)[len(pitches) // 2]
    for j in range(1, len(b.lines)):
        o, n = b.lines[j - 1], b.lines[j]
        if o.page != n.page or n.top - o.top < 1.5 * usual:
            continue
        rest = b.lines[j:]
        if len(rest) <= 6 and any(ADDRESS.search(ln.text) or AFFIL_WORDS.search(ln.text) for ln in rest) \
                and not re.search(r"\b(1[5-9]|20)\d\d\b", " ".join(ln.text for ln in rest)):
            b.lines = b.lines[:j]
            blocks.insert(k + 1, Block(role="note", lines=rest, why=ADDRESS_WHY, id=f"{b.id}-address" if b.id else ""))
        return


QUOTE_ON_WHY = "carries on a block quotation across a page or column break"


def quotes_across_breaks(blocks: list[Block]) -> None:
    """A block quotation broken by a page or column break (a figure, table,
    notes or furniture between): the quotation at the next page's or
    column's head carries on the one before when that one's last line
    ends no sentence.

    >>> from coursepack.read.structure import Line
    >>> q1 = Block("quote", [Line(1, 70, 700, 280, 709, "A library that closes at five is closed")])
    >>> t = Block("table", [Line(2, 190, 85, 400, 94, "Branch 2017 2018")])
    >>> q2 = Block("quote", [Line(2, 70, 168, 280, 177, "to everyone who works until five.")])
    >>> bs = [q1, t, q2]; quotes_across_breaks(bs); q2.continues, q2.why == QUOTE_ON_WHY
    (True, True)
    """
    prev = None
    for b in blocks:
        if not b.lines or b.role in ("furniture", "note", "figure", "table", "caption", "cover"):
            continue
        if b.role == "quote" and not b.continues and prev is not None and prev.role == "quote":
            last, first = prev.lines[-1], b.lines[0]
            broken = last.page != first.page or first.top < last.top
            if broken and last.text.rstrip()[-1:] not in ".!?…\"”’)]:" and first.text.lstrip()[:1].islower():
                b.continues, b.why = True, QUOTE_ON_WHY
        prev = b


def unmapped_note_keys(blocks: list[Block]) -> None:
    """A note's key drawn from a symbol font without a Unicode mapping
    (LaTeX's \\thanks star from the maths symbols, U+FFFD in the text),
    raised after the title or an author's name and opening a note at the
    page foot: the note symbol "*" (the first of every footnote symbol
    series), so the note is paired with its call.  Only where both stand:
    an unmapped glyph alone is left for the editor.

    >>> from coursepack.read.structure import Line
    >>> t = Line(1, 0, 0, 1, 1, "Opening Hours\ufffd", superscripts=[(13, 14)])
    >>> n = Line(1, 0, 90, 1, 91, "\ufffdWe thank the boards.", superscripts=[(0, 1)])
    >>> bs = [Block("title", [t]), Block("note", [n])]
    >>> unmapped_note_keys(bs); t.text, n.text
    ('Opening Hours*', '*We thank the boards.')
    """
    calls = [(ln, a, e) for b in blocks if b.role in ("title", "subtitle", "author") for ln in b.lines
             for a, e in ln.superscripts if ln.text[a:e].strip() and set(ln.text[a:e].strip()) == {"\ufffd"}]
    if not calls:
        return
    pages = {ln.page for ln, _, _ in calls}
    keyed = [b for b in blocks if b.role == "note" and b.lines and b.lines[0].page in pages
             and re.match(r"\s*\ufffd{1,3}(?!\ufffd)", b.lines[0].text)]
    for b in keyed:
        ln = b.lines[0]
        m = re.match(r"\s*(\ufffd{1,3})", ln.text)
        k = len(m.group(1))
        if any(ln2.text[a:e].strip() == "\ufffd" * k for ln2, a, e in calls):
            ln.text = ln.text[:m.start(1)] + "*" * k + ln.text[m.end(1):]
            for ln2, a, e in calls:
                if ln2.text[a:e].strip() == "\ufffd" * k:
                    ln2.text = ln2.text[:a] + ln2.text[a:e].replace("\ufffd", "*") + ln2.text[e:]


def author_notes(blocks: list[Block]) -> None:
    """Notes on the author or the article, kept as author notes (printed
    with the article, never dropped as stranded text): a contributor's
    biography after the reference list ("BERTRAND URIEN is Professor …"),
    and a numbered note whose marker stands on the title or the author's
    name only (a funding acknowledgement keyed "1" on the title), not in
    the running text.  A note keyed on the title itself, by a number or a
    symbol ("Superpower**" over a note "** Article received …"), is the
    title's note (:data:`TITLE_NOTE_WHY`); one keyed on a name stays the
    author's.

    >>> from coursepack.read.structure import Line
    >>> t = Line(1, 0, 0, 1, 1, "An Intergenerational Approach1", superscripts=[(29, 30)])
    >>> bs = [Block("title", [t]), Block("paragraph", [Line(1, 0, 9, 1, 10, "Text.")]),
    ...       Block("note", [Line(1, 0, 90, 1, 91, "1 The project was funded by the council.")], number=1)]
    >>> author_notes(bs); bs[2].number, bs[2].why, bs[2].text
    (None, "a note keyed on the title (the title's note)", 'The project was funded by the council.')
    >>> a = Line(1, 0, 0, 1, 1, "Ann Lee*", superscripts=[(7, 8)])
    >>> t = Line(1, 0, 2, 1, 3, "Global Justice**", superscripts=[(14, 16)])
    >>> bs = [Block("author", [a]), Block("title", [t]),
    ...       Block("note", [Line(1, 0, 90, 1, 91, "* Ann Lee is professor at X.")]),
    ...       Block("note", [Line(1, 0, 92, 1, 93, "** Received 2003.")])]
    >>> author_notes(bs); [b.why for b in bs[2:]]
    ['', "a note keyed on the title (the title's note)"]
    """
    def keys(roles) -> set[str]:
        out = set()
        for b in blocks:
            if b.role in roles:
                for ln in b.lines:
                    for a, e in ln.superscripts:
                        t = ln.text[a:e].strip().replace("∗", "*")
                        if t:
                            out.add(t)
        return out

    def marks(roles) -> set[int]:
        return {int(t) for t in keys(roles) if t.isdigit()}
    on_title = marks(("title", "subtitle", "author"))
    in_text = marks(("paragraph", "quote", "list_item", "heading", "abstract", "caption"))
    title_keys = keys(("title", "subtitle"))
    other_keys = keys(("author", "affiliation", "paragraph", "quote", "list_item", "heading", "abstract", "caption"))
    titled = False
    for b in blocks:
        if b.role == "other" and b.why.startswith("a note on a contributor"):
            b.role, b.why = "note", b.why + " (an author note)"
        elif b.role == "note" and b.number is not None and b.number in on_title and b.number not in in_text:
            first = b.lines[0]
            m = re.match(rf"\s*{b.number}\s*[.)]?\s+", first.text)
            own = str(b.number) in title_keys and str(b.number) not in other_keys and not titled
            b.number = None
            b.why = TITLE_NOTE_WHY if own else "a note keyed on the title (an author note)"
            titled = titled or own
            if m:      # its key goes with the number: the note is the author's, unkeyed
                cut = m.end()
                first.superscripts = [(a - cut, e - cut) for a, e in first.superscripts if a >= cut]
                first.italics = [(max(a - cut, 0), e - cut) for a, e in first.italics if e > cut]
                first.bolds = [(max(a - cut, 0), e - cut) for a, e in first.bolds if e > cut]
                first.text = first.text[cut:]
        elif b.role == "note" and b.number is None and not b.continues and b.lines and not titled:
            m = NOTE_SYMBOL_KEY.match(b.lines[0].text)
            key = m.group(1).replace("∗", "*") if m else ""
            if key and key in title_keys and key not in other_keys:
                b.why, titled = TITLE_NOTE_WHY, True


def _frames_together(ordered: list[PLine], rules: list, body: float) -> list[PLine]:
    """Lines in reading order with the lines of each drawn frame of text
    (a journal's imprint box beside the first paragraph) kept together,
    before the first line inside it or beside it: the lines beside the
    frame are read as their own column, not interleaved with its lines,
    where they are the body's text (body size)."""
    for r in rules:
        if r.kind != "rect" or not _text_frame(r, ordered):
            continue
        inside = [ln for ln in ordered if r.x0 - 1 <= (ln.x0 + ln.x1) / 2 <= r.x1 + 1
                  and r.top - 1 <= (ln.top + ln.bottom) / 2 <= r.bottom + 1]
        ids = {id(ln) for ln in inside}
        where = [k for k, ln in enumerate(ordered) if id(ln) in ids]
        between = [ln for ln in ordered[where[0]:where[-1]] if id(ln) not in ids]
        if not between or sum(abs(ln.size - body) <= max(0.6, 0.06 * body) for ln in between) < 0.5 * len(between):
            continue      # read together already, or beside other small print (an abstract)
        # before the first line inside it or beside it (its rows)
        at = next(k for k, ln in enumerate(ordered) if id(ln) in ids
                  or (r.top - 1 <= (ln.top + ln.bottom) / 2 <= r.bottom + 1 and (ln.x0 >= r.x1 or ln.x1 <= r.x0)))
        rest = [ln for ln in ordered if id(ln) not in ids]
        ordered = rest[:at] + sorted(inside, key=lambda ln: ln.top) + rest[at:]
    return ordered


def _title_from_metadata(doc: Doc, pages: list[int], title: str, meta: dict) -> None:
    """Where the PDF's metadata carries a title, the printed lines that
    match it (one to five lines in a row on the first pages) are the title,
    whatever their size (a working paper's title page sets it small)."""
    want = re.sub(r"\W+", " ", title).lower().strip()
    if len(want) < 8:
        return
    best = (0.0, None)
    for i in pages:
        lines = [ln for ln in doc.pages[i] if ln.role in ("", "title", "subtitle")]
        for a in range(len(lines)):
            text = ""
            for b in range(a, min(a + 5, len(lines))):
                text = (text + " " + re.sub(r"\W+", " ", lines[b].body_text).lower()).strip()
                if len(text) > 1.3 * len(want):
                    break
                score = fuzz.ratio(text, want)
                if score > best[0]:
                    best = (score, lines[a:b + 1])
    if best[0] < (92 if meta.get("title") else 85) or best[1] is None:
        return
    found = best[1]
    if meta.get("title") and all(ln.role == "title" for ln in found):
        return
    for i in pages:
        for ln in doc.pages[i]:
            if ln.role in ("title", "subtitle") and ln not in found:
                ln.role, ln.why = "", ""
    for ln in found:
        ln.role, ln.why = "title", "matches the title in the PDF's metadata"
    meta["title"] = " ".join(ln.body_text.strip() for ln in found)
    meta.pop("subtitle", None)
    # the names right below the title found by its metadata
    page = doc.pages[found[-1].page - 1]
    after = [ln for ln in page if ln.top > found[-1].top and ln.role in ("", "author")]
    names = []
    for ln in sorted(after, key=lambda ln: ln.top)[:3]:
        if _name_like(ln.body_text):
            ln.role, ln.why = "author", "names below the title"
            names.extend(split_authors(ln.body_text))
        elif names and ADDRESS.search(ln.text) and len(ln.text) < 160:
            ln.role, ln.why = "affiliation", "an address with an e-mail below the authors"
        elif names:
            break
    if names:
        meta["authors"] = names
    low = meta["title"].lower()
    if meta.get("authors"):
        meta["authors"] = [a for a in meta["authors"] if a.lower() not in low]
        for i in pages:
            for ln in doc.pages[i]:
                if ln.role == "author" and ln.body_text.strip().lower() in low:
                    ln.role = "title"


def metadata_authors(value: str) -> list[str]:
    """Names from a PDF's Author field ("Surname, Given" turned round).

    >>> metadata_authors("Corteel, Delphine")
    ['Delphine Corteel']
    >>> metadata_authors("Mareike Alscher, Eckhard Priller")
    ['Mareike Alscher', 'Eckhard Priller']
    """
    out = []
    for part in re.split(r";| and | und ", value):
        bits = [b.strip() for b in part.split(",") if b.strip()]
        if len(bits) == 2 and all(len(b.split()) <= 2 for b in bits) and len(bits[0].split()) == 1:
            out.append(f"{bits[1]} {bits[0]}")
        else:
            out.extend(bits)
    return out


def _region(lines: list[PLine], rules: list) -> list[float]:
    """A figure's or table's area: its lines' box grown by every picture,
    box and rule on the page that touches it (within 6 pt), until nothing
    more touches.

    >>> ln = PLine(1, "x", 100, 100, 120, 110, 108, 10, "", False, False)
    >>> _region([ln], [Rule("image", 90, 40, 300, 98), Rule("hrule", 0, 500, 50, 501)])
    [90.0, 40.0, 300.0, 110.0]
    """
    x0 = min(ln.x0 for ln in lines)
    top = min(ln.top for ln in lines)
    x1 = max(ln.x1 for ln in lines)
    bottom = max(ln.bottom for ln in lines)
    grown = True
    used = set()
    while grown:
        grown = False
        for k, r in enumerate(rules):
            if k in used:
                continue
            if r.x0 <= x1 + 6 and r.x1 >= x0 - 6 and r.top <= bottom + 6 and r.bottom >= top - 6:
                x0, top, x1, bottom = min(x0, r.x0), min(top, r.top), max(x1, r.x1), max(bottom, r.bottom)
                used.add(k)
                grown = True
    return [round(float(x0), 2), round(float(top), 2), round(float(x1), 2), round(float(bottom), 2)]


def _plausible_meta(value: str) -> bool:
    """Whether a PDF metadata value looks like real metadata, not what a
    word processor filled in.

    >>> _plausible_meta("Microsoft Word - maket.doc"), _plausible_meta("<CBFEE4ECE8EBE0>")
    (False, False)
    >>> _plausible_meta("The moral embeddedness of markets")
    True
    """
    v = (value or "").strip()
    if len(v) < 4 or re.match(r"^<[0-9A-Fa-f]+>$", v):
        return False
    if re.search(r"microsoft|\.docx?\b|\.pdf\b|\.tex\b|untitled|pdf-export|^document\d*$|"
                 r"^user$|^admin|\.indd|\.qxd|\.rtf", v, re.I):
        return False
    return sum(ch.isalpha() for ch in v) >= 0.6 * len(v)


def _cover_block(lines: list[PLine]):
    why = TITLE_AGAIN_WHY if any(ln.why == TITLE_AGAIN_WHY for ln in lines) else "repository cover sheet (terms of use, licence)"
    return B("cover", sorted(lines, key=lambda ln: (ln.top, ln.x0)), why)


def _levels(blocks: list[Block]) -> None:
    """Heading levels: numbering depth ("2.1" → 2) where headings are
    numbered, otherwise the rank of the heading's style (larger first, then
    bold, then italic)."""
    run_in = [b for b in blocks if b.role == "heading" and b.why == RUN_IN_WHY]
    heads = [b for b in blocks if b.role == "heading" and b.why != RUN_IN_WHY]
    # a heading in (small) capitals found by its capitals (smaller than the
    # body, not bold) ranks as the largest other heading its capitals could
    # stand for, and above that heading's style
    caps = {id(b) for b in heads if b.why == CAPS_HEAD_WHY}
    others = [b.lines[0].size for b in heads if id(b) not in caps]
    size = {id(b): max([b.lines[0].size] + ([s for s in others if s <= b.lines[0].size / 0.7] if id(b) in caps else []))
            for b in heads}
    # sizes less than 0.6 pt apart count as one (bold outranks a half point)
    sizes = sorted(set(size.values()), reverse=True)
    bucket: dict[float, int] = {}
    for sz in sizes:
        prev = [v for k, v in bucket.items() if k - sz <= 0.6]
        bucket[sz] = prev[0] if prev else len(set(bucket.values()))

    def key(b: Block) -> tuple:
        ln = b.lines[0]
        return (bucket[size[id(b)]], id(b) not in caps, not ln.bold, ln.italic)

    plain = [b for b in heads if not b.level and not NUMBER_HEAD.match(b.lines[0].text)]
    styles = collections.Counter(key(b) for b in plain)
    rank = {s: k + 1 for k, s in enumerate(sorted(styles))}
    if len(styles) > 1 and plain and styles[key(plain[0])] == 1 and rank[key(plain[0])] == 1:
        # the first heading alone in the top style ("INTRODUCTION" set
        # apart): a level-1 heading like those of the next style
        rank = {s: max(r - 1, 1) for s, r in rank.items()}
    # one style for all: Title Case headings over sentence-case ones
    case = {id(b): _title_case(b.text) for b in plain}
    split_case = len(styles) == 1 and sum(c is True for c in case.values()) >= 2 \
        and sum(c is False for c in case.values()) >= 2
    for b in heads:
        if b.level:
            continue
        m = NUMBER_HEAD.match(b.lines[0].text)
        if m:
            b.level = min(m.group(1).count(".") + 1, 4)
        elif split_case:
            b.level = 2 if case[id(b)] is False else 1
        else:
            b.level = min(rank[key(b)], 4)
    # a lettered heading ("b) Name") sits one level under the heading above its series
    # (a series in the style of an earlier lettered series keeps that
    # series' level, even right under a higher heading)
    parent = 0
    series: dict[tuple, int] = {}
    for b in heads:
        if LABEL.match(b.lines[0].text.strip()):
            st = (round(b.lines[0].size * 2), b.lines[0].bold, b.lines[0].italic)
            if st in series:
                b.level = series[st]
            elif parent:
                b.level = min(parent + 1, 4)
            series.setdefault(st, b.level)
        else:
            parent = b.level
    # an outline numbered "I." / "A." / "1.": a plain number under a
    # lettered heading sits one level below it (not at the depth its one
    # number would give)
    if any(re.match(r"^[IVX]{1,5}\.\s", b.lines[0].text.strip()) for b in heads):
        lettered = 0
        for b in heads:
            t = b.lines[0].text.strip()
            if re.match(r"^[IVX]{1,5}\.\s", t):
                lettered = 0
            elif re.match(r"^[A-H]\.\s", t):
                lettered = b.level
            elif lettered and re.match(r"^\d{1,2}\.\s", t):
                b.level = min(lettered + 1, 4)
    # run-in heads sit one level under the deepest heading set apart, a
    # numbered one at its number's depth where the headings set apart are
    # numbered too ("2.1. Sample." under "2. Sources", "2.1.1. Weekday
    # counts." under it: amsart)
    numbered = any(NUMBER_HEAD.match(h.lines[0].text) for h in heads)
    for b in run_in:
        m = NUMBER_HEAD.match(b.lines[0].text)
        if not b.level and m and numbered:
            b.level = min(m.group(1).count(".") + 1, 4)
        b.level = b.level or min(max((h.level for h in heads), default=0) + 1, 4)


NUMBER_HEAD = re.compile(r"^((?:\d{1,2}\.)*\d{1,2})\.?\s")
_SMALL = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
          "the", "to", "with", "vs", "via", "between", "over", "under", "about"}


def _title_case(text: str) -> bool | None:
    """True for Title Case ("Selfless Time and Behaviour"), False for
    sentence case ("Death awareness and personal future"), None when the
    heading has too few words to tell (the part after a colon not counted).

    >>> _title_case("Selfless Time, Death Anxiety and Behaviour"), _title_case("Death awareness and personal future")
    (True, False)
    >>> _title_case("Conclusion") is None
    True
    """
    head = re.split(r"[:?]", text, maxsplit=1)[0]
    ws = [w.strip("‘’“”\"'(),.-") for w in head.split()[1:]]
    ws = [w for w in ws if w and w[0].isalpha() and w.lower() not in _SMALL]
    if not ws:
        return None
    upper = sum(w[0].isupper() for w in ws)
    if upper == len(ws):
        return True
    if upper == 0:
        return False
    return None


def _run_in_doubts(blocks: list[Block]) -> list[Doubt]:
    """Run-in heads are guessed from a bold or italic lead: one doubt per
    page that has them, naming them, so an editor can check they are heads
    and not an emphasised opening."""
    pages: dict[int, list[str]] = {}
    for b in blocks:
        if b.role == "heading" and b.why == RUN_IN_WHY:
            pages.setdefault(b.page, []).append(b.text)
    return [Doubt("run_in_heads", f"page {p}: run-in head(s) guessed from a bold or italic lead: "
                  + ", ".join(repr(t) for t in ts[:4]) + (" …" if len(ts) > 4 else ""), p)
            for p, ts in sorted(pages.items())]


def _box_doubts(blocks: list[Block]) -> list[Doubt]:
    """Each box of text kept apart from the running text (a sidebar): the
    edition leaves it out of the text, so ``check`` names it."""
    return [Doubt("box", f"page {b.page}: a ruled box of {len(b.text.split())} words kept apart from "
                  f"the running text: {' '.join(b.text.split()[:6])!r} …", b.page)
            for b in blocks if b.why == SIDEBAR_WHY]


def _order_doubts(blocks: list, guessed: list[PLine]) -> list[Doubt]:
    """Pages whose reading order was guessed: a line crossing the gutter
    between column lines that ended in the running text (a paragraph,
    quotation, list item or heading).  One that turned out a caption,
    table, figure, abstract, key words or furniture is set apart from the
    text and leaves the order of the columns as it was: no doubt."""
    role = {id(ln): b.role for b in blocks for ln in b.lines}
    pages = sorted({ln.page for ln in guessed
                    if role.get(id(ln)) in ("paragraph", "quote", "list_item", "heading")})
    return [Doubt("order_guessed", f"page {p}: a line crossing the gutter between the two columns was read as "
                  "text (a table or figure read as text?); reading order guessed", p)
            for p in pages]


def _doubts(blocks: list[Block], doubts: list[Doubt]) -> None:
    """Doubts about the blocks: long paragraphs, headings that look like
    numbers, body markers without a note."""
    notes = {b.number for b in blocks if b.role == "note" and b.number is not None}
    for b in blocks:
        if b.role == "paragraph":
            n = len(b.text.split())
            if n > 400:
                doubts.append(Doubt("long_paragraph", f"{b.id}: a paragraph of {n} words", b.page))
        if b.role == "heading" and not re.search(r"[A-Za-zÀ-ÿ]{3}", b.text):
            doubts.append(Doubt("number_heading", f"{b.id}: heading {b.text!r} looks like a number", b.page))
    markers = set()
    for b in blocks:
        if b.role in ("paragraph", "quote", "list_item", "heading", "abstract", "title", "author"):
            for ln in b.lines:
                for a, e in ln.superscripts:
                    t = ln.text[a:e].strip()
                    if t.isdigit():
                        markers.add((int(t), ln.page))
    for n, page in sorted(markers):
        if n not in notes:
            doubts.append(Doubt("note_without_text", f"page {page}: marker {n} has no note text", page))
    doubts.extend(_reference_doubts(blocks))


#: a citation in the running text: "(Weber 1922", "Weber, 1922)", "[12]", "[3, 7-9]"
CITATION = re.compile(r"\b[A-Z][\w'’-]+(?: et al\.)?,? (?:1[6-9]|20)\d\d[a-z]?\b[^()]{0,40}\)|"
                      r"\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]")


def _reference_doubts(blocks: list[Block]) -> list[Doubt]:
    """A reference list found without its heading, or none found where the
    running text cites (three citations or more) and the notes do not hold
    the references."""
    refs = [b for b in blocks if b.role == "reference"]
    headed = any(b.role == "references_heading" for b in blocks)
    if refs and not headed:
        return [Doubt("references_without_heading", f"page {refs[0].page}: a reference list without a heading, "
                      "from its entries' look", refs[0].page)]
    if refs or headed:
        return []
    body = " ".join(b.text for b in blocks if b.role in ("paragraph", "quote", "list_item"))
    cites = len(CITATION.findall(body))
    in_notes = sum(1 for b in blocks if b.role == "note" and re.search(r"\b(?:1[6-9]|20)\d\d\b", b.text))
    if cites >= 3 and in_notes < 3:
        return [Doubt("no_reference_list", f"the text cites {cites} times, but no reference list was found")]
    return []


#: words after a suspended hyphen ("Sozial- und Geisteswissenschaften")
_CONJUNCTIONS = {"und", "oder", "bzw", "sowie", "and", "or", "nor", "et", "ou", "y", "o", "i", "lub", "oraz"}


def _join_lines(texts: list[str]) -> str:
    """Lines of one short block (the key words) as one string: a word broken
    at a line end is joined again where the hyphenation repair would join it;
    a suspended hyphen before a conjunction stays.

    >>> _join_lines(["Gender Mainstrea-", "ming, Hochschulmanage-", "ment"])
    'Gender Mainstreaming, Hochschulmanagement'
    >>> _join_lines(["Sozial-", "und Geisteswissenschaften"])
    'Sozial- und Geisteswissenschaften'
    """
    out = ""
    for t in (x.strip() for x in texts):
        left = re.search(r"(\w+)-$", out)
        right = re.match(r"\w+", t)
        if left and right and t[:1].islower() and right.group(0).lower() not in _CONJUNCTIONS \
                and not keep_hyphen(left.group(1), right.group(0))[0]:
            out = out[:-1] + t
        else:
            out = f"{out} {t}" if out else t
    return out
