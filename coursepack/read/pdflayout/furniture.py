"""Page furniture: cover sheets, running heads and feet, page numbers,
download and licence notices, mastheads.

Found by position (the top and bottom bands of a page), by repetition
(the same text, digits aside, at the same height on several pages) and by
the wording of notices every publisher and repository uses; never by one
journal's name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from .lines import PLine

#: Wording of a repository's cover sheet / terms-of-use page.
COVER_WORDS = re.compile(
    r"terms of use|nutzungsbedingungen|this document is made available under|"
    r"dieser text wird unter|zitierhinweis|empfohlene zitierung|suggested citation|"
    r"persistent identifier|\burn:nbn|open access repository|repositor(?:y|ium)|"
    r"deposit(?:ed|ion) licen[cs]e|creative commons|provided by|"
    r"gewährt ein nicht exklusives|grants a non-exclusive|"
    # download platforms' cover pages (archive, publisher, social network)
    r"stable url|terms (?:&|and) conditions of (?:access and )?use|your use of the \w+ archive|"
    r"to cite this article|to link to this article|submit your article to this journal|"
    r"view related articles|view crossmark data|article views|"
    r"see discussions, stats,? and author profiles|all content following this page was uploaded|"
    r"the user has requested enhancement|multi-disciplinary open access archive|\bhal id\b|"
    r"access provided by|for additional information about this article|accessed:? \d", re.I)

#: Notices printed in a margin by a platform or publisher.
NOTICE = re.compile(
    r"^(this content )?downloaded (from|by)|^all use subject to|jstor terms|"
    r"^for personal use only|^heruntergeladen|^provided by .* repository|"
    r"^copyright ©|^© ?\d{4}|^\(c\) ?\d{4}|all rights reserved|"
    r"^this (article|work) is licen[cs]ed|creative ?commons|^open access\b|"
    r"contents lists available at|journal homepage|^doi:? ?10\.\d|^https?://doi\.org/|"
    r"^issn\b|^e-?issn\b|^p?issn\b|^www\.[a-z]|^http|"
    # an article's history: "Received 3 March 2019; accepted …", "Eingegangen am …"
    r"^(received|submitted|accepted|published online|first published|eingegangen|eingereicht|angenommen)"
    r":?\s+(on\s+|am\s+)?(\d{1,2}(\.\s*|\s+)(\d{1,2}\.|[^\W\d_]{3,}\.?)\s*|[^\W\d_]{3,}\.?\s+(\d{1,2},?\s+)?)?"
    r"(19|20)\d\d\b",
    re.I)

COPYRIGHT = re.compile(r"copyright\s*©|©\s*(?:19|20)\d\d|\(c\)\s*(?:19|20)\d\d", re.I)

#: A journal's imprint line at the foot of an article's first page:
#: "Journal, 2 (2005), 273–288, ISSN 1612–9008 © Publisher 2005",
#: "BIOS, Jg. 24 (2011), Heft 2 © Verlag Name".
IMPRINT = re.compile(r"\bissn\b:?\s*\d{4}\s*[-–]\s*\d{3}[\dx]|©\s*[A-ZÄÖÜ]", re.I)

PAGE_NUMBER = re.compile(
    r"^(?:[-–—|•]\s*)?(?:page\s+|seite\s+|s\.\s*|p\.\s*)?"
    r"(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|von|/)\s*\d{1,4})?(?:\s*[-–—|•])?$",
    re.I)


URL_LINE = re.compile(r"^(www\.|https?://)(?!doi\.org)", re.I)


def _continues_above(ln: PLine, lines: list[PLine]) -> bool:
    """Whether a line goes on from the line right above it: the same size,
    within one line's pitch below it, overlapping its column, the line
    above not ended by a full stop."""
    for o in lines:
        if o is ln or abs(o.size - ln.size) > 0.3 or o.role == "furniture":
            continue
        # (indented below it: a reference's run-over line under a hanging indent)
        if 0 <= ln.base - o.base <= 1.6 * ln.size and o.x0 < ln.x1 and ln.x0 < o.x1 \
                and -1.5 * ln.size <= ln.x0 - o.x0 <= 2.5 * ln.size:
            t = o.text.rstrip()
            last = t.split()[-1] if t.split() else ""
            if t.endswith(":"):     # "Retrieved 2 May 2010 from:", not "Journal homepage:"
                return len(t.split()) >= 4 and not NOTICE.search(t) and not COVER_WORDS.search(t)
            return not t.endswith(".") or t.count("(") > t.count(")") \
                or bool(re.fullmatch(r"\(?[a-zäöü]{1,4}\.", last))
    return False


def norm(text: str) -> str:
    """Text for comparing running heads: digits out, case and spaces folded.

    >>> norm("HSR 40 (2015) 4 │ 111")
    'hsr # (#) # │ #'
    """
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text.lower())).strip()


def is_page_number(text: str) -> bool:
    """A folio: a bare number or numeral, possibly with "Page", dashes or
    "of N".

    >>> [is_page_number(t) for t in ["12", "- 3 -", "Page 4 of 20", "xii", "12.5", "2013"]]
    [True, True, True, True, False, True]
    """
    return bool(PAGE_NUMBER.match(text.strip()))


def cover_pages(pages: list[list[PLine]]) -> set[int]:
    """Pages (1-based) that are a repository's cover sheet: among the first
    two pages, one whose text carries at least three distinct phrases of
    repository boilerplate (terms of use, licence, persistent identifier …),
    followed by a page that does not."""
    out: set[int] = set()
    for i, lines in enumerate(pages[:2]):
        text = " ".join(ln.text for ln in lines)
        found = {m.group(0).lower() for m in COVER_WORDS.finditer(text)}
        if len(found) >= 3 and i + 1 < len(pages):
            out.add(i + 1)
        else:
            break
    if len(out) == len(pages):
        return set()
    return out


def _folio_in_sequence(ln: PLine, i: int, pages: list[list[PLine]], content: list[int]) -> bool:
    """A line at a page's edge that starts or ends with a number N, where
    the page before or after carries furniture at the same height with
    N - 1 or N + 1 (a running head printed on one page only: the only
    even page of a short article)."""
    m = re.match(r"^\s*(\d{1,4})\b", ln.text) or re.search(r"\b(\d{1,4})\s*$", ln.text)
    if not m or len(ln.text) > 80:
        return False
    n = int(m.group(1))
    for j, want in ((i - 1, n - 1), (i + 1, n + 1)):
        if j not in content:
            continue
        for o in pages[j]:
            if o.role == "furniture" and abs(o.top - ln.top) <= 6 and o.why != "line numbers in the margin" and \
                    re.search(rf"(?<!\d){want}(?!\d)", o.text):
                return True
    return False


def _changing_heads(pages: list[list[PLine]], heights: list[float], content: list[int], usual: float) -> None:
    """Running heads that change from page to page (the section's title):
    each page's first line in the top band, smaller than the text, set off
    by space from the line below, at one height and size on half the
    pages or more (two at least), running heads found already counted."""
    cands: list[PLine] = []
    for i in content:
        ls = sorted((ln for ln in pages[i] if ln.role != "furniture"), key=lambda ln: ln.top)
        if len(ls) < 2 or ls[0].top > 0.1 * heights[i] or ls[0].size > usual - 0.5 or len(ls[0].text) > 80:
            continue
        top = ls[0]
        below = [o for o in ls[1:] if o.top > top.bottom]
        row = [o for o in ls if o is not top and abs(o.base - top.base) < 0.3 * top.size]
        if below and below[0].top - top.bottom >= top.size and all(o.size <= usual - 0.5 for o in row):
            cands.append(top)
    # running heads found already (repeated on other pages: the journal's
    # name on left pages) show the height too: the right pages' head that
    # stands once in a short article is one of them
    known = [ln for i in content for ln in pages[i] if ln.role == "furniture" and ln.top < 0.1 * heights[i]
             and not is_page_number(ln.text)]
    for ln in cands:
        alike = {o.page for o in cands + known if abs(o.top - ln.top) <= 2 and abs(o.size - ln.size) <= 0.3}
        if len(alike) >= 2 and len(alike) >= 0.5 * len(content):
            ln.role, ln.why = "furniture", "running head at one height on most pages (its text changes)"


CENTRED_FOLIO_WHY = "page number centred under the text at the page foot"


def _centred_folio(ln: PLine, ls: list[PLine], h: float) -> bool:
    """``ln``, the page's last line, is its page number though it stands
    above the page's outer eighth (LaTeX's plain foot on an A4 or letter
    page, a page of its own the repetition on other pages cannot show): a
    bare folio, in the lower quarter of the page, set apart from the text
    above by more than a line's space, and centred under the text block."""
    if not is_page_number(ln.text) or ln.bottom < 0.75 * h:
        return False
    above = [o for o in ls if o is not ln and o.bottom <= ln.top + 0.5]
    if not above or ln.top - max(o.bottom for o in above) < 1.2 * ln.size:
        return False
    x0, x1 = min(o.x0 for o in above), max(o.x1 for o in above)
    return abs((ln.x0 + ln.x1) / 2 - (x0 + x1) / 2) <= 0.03 * (x1 - x0) and ln.x1 - ln.x0 < 0.1 * (x1 - x0)


def mark_furniture(pages: list[list[PLine]], heights: list[float], skip: set[int]) -> None:
    """Set ``role = "furniture"`` (and ``why``) on running heads and feet,
    page numbers, margin notices and rotated margin text.  Pages in
    ``skip`` (cover sheets) are left alone."""
    content = [i for i in range(len(pages)) if i + 1 not in skip]
    # (a preprint's line numbers, furniture already and as many as the
    # text's lines, are no measure of the text's size)
    all_sizes = sorted(ln.size for i in content for ln in pages[i] if ln.role != "furniture")
    usual_size = all_sizes[len(all_sizes) // 2] if all_sizes else 10.0
    # 1. rotated text (a notice along the margin)
    for i in content:
        for ln in pages[i]:
            if not ln.upright:
                ln.role, ln.why = "furniture", "rotated text in the margin"
    # the text block's extent on each page, from its ordinary lines
    bands: dict[int, tuple[float, float]] = {}
    for i in content:
        ls = [ln for ln in pages[i] if ln.role != "furniture"]
        if not ls:
            continue
        bands[i] = (min(ln.top for ln in ls), max(ln.bottom for ln in ls))
    # 2. repeated lines in the top or bottom band
    seen: dict[str, list[tuple[int, PLine]]] = defaultdict(list)
    for i in content:
        ls = [ln for ln in pages[i] if ln.role != "furniture"]
        if not ls:
            continue
        h = heights[i]
        # the page's edge: its top and bottom bands, or its first and last
        # rows of text (on a page with wide margins)
        tops = sorted({round(ln.top) for ln in ls})
        first_rows, last_rows = set(tops[:2]), set(tops[-2:])
        for ln in ls:
            edge = ln.top < 0.14 * h or ln.bottom > 0.86 * h or round(ln.top) in first_rows \
                or round(ln.top) in last_rows
            if edge and ln.size <= usual_size + 1.5:
                seen[norm(ln.text)].append((i, ln))
    n_content = max(len(content), 1)
    for key in list(seen):
        # an occurrence set much larger than the others (the title on the
        # first page, repeated small as a running head) is not furniture
        occ = seen[key]
        usual = Counter(round(ln.size) for _, ln in occ).most_common(1)[0][0]
        seen[key] = [(i, ln) for i, ln in occ if ln.size <= usual + 1]
    for key in list(seen):
        # a running head stands at the same height on every page
        occ = seen[key]
        if len(occ) >= 2:
            tops = sorted(ln.top for _, ln in occ)
            mid = tops[len(tops) // 2]
            seen[key] = [(i, ln) for i, ln in occ if abs(ln.top - mid) <= 12]
    for key, occ in seen.items():
        pages_with = {i for i, _ in occ}
        if re.match(r"^# \w+( \w+){3}", key) and len(pages_with) < max(3, 0.3 * n_content):
            continue   # a short footnote ("1 See above.") repeated on two pages
        if re.fullmatch(r"#(\.#)+\.?", key):
            continue   # a heading's number ("2.1.1", "3.1.2") opening two pages: no folio
        if len(pages_with) >= 2 and len(pages_with) >= 0.2 * n_content and len(key) > 0:
            for _, ln in occ:
                ln.role, ln.why = "furniture", f"repeated on {len(pages_with)} pages at the page edge"
    # similar text (a running head with the page number in another place):
    # same normalised text minus numbers and separators
    # at the height of the same text on another page (a reference entry's
    # last line "Information Quarterly. 1990;16(4)" at a page foot is not
    # the running head "Information Quarterly 39 (2008)")
    loose: dict[str, set[int]] = defaultdict(set)
    where: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for key, occ in seen.items():
        k2 = re.sub(r"[#\W_]+", "", key)
        if len(k2) >= 4:
            for i, ln in occ:
                loose[k2].add(i)
                where[k2].append((i, ln.top))
    for key, occ in seen.items():
        k2 = re.sub(r"[#\W_]+", "", key)
        if len(k2) >= 4 and len(loose[k2]) >= 2 and len(loose[k2]) >= 0.2 * n_content:
            for i, ln in occ:
                if ln.role != "furniture" and any(j != i and abs(top - ln.top) <= 12 for j, top in where[k2]):
                    ln.role, ln.why = "furniture", f"running head/foot on {len(loose[k2])} pages"
    _changing_heads(pages, heights, content, usual_size)
    # 3. page numbers and notices: the first or last lines of a page
    for i in content:
        ls = sorted((ln for ln in pages[i] if ln.role != "furniture"), key=lambda ln: ln.top)
        if not ls:
            continue
        h = heights[i]
        edge = [ln for ln in ls[:3] if ln.top < 0.12 * h] + [ln for ln in ls[-3:] if ln.bottom > 0.88 * h]
        # (a table's head row at a page's top under its caption, "Branch
        # 2017 2018", holds no folio)
        caption = next((o for o in ls if o.bottom <= ls[0].bottom + 2 * o.size
                        and re.match(r"(table|tab\.|tabelle|figure|fig\.|abbildung|abb\.)\s*\d", o.text.strip(), re.I)), None)
        for ln in edge:
            if is_page_number(ln.text) and not (caption is not None and caption.bottom <= ln.top + 1
                                                and ln.top < 0.5 * h):
                ln.role, ln.why = "furniture", "page number at the page edge"
            elif _folio_in_sequence(ln, i, pages, content):
                ln.role, ln.why = "furniture", "running head whose page number follows a neighbour page's"
        foot = ls[-1]
        if foot.role != "furniture" and len(ls) >= 3 and _centred_folio(foot, ls, h):
            foot.role, foot.why = "furniture", CENTRED_FOLIO_WHY
        # a line in the row of the page number at the page's edge: the
        # running head (one that changes with the page: left and right
        # pages, the section's title)
        folios = [ln for ln in pages[i] if ln.role == "furniture" and is_page_number(ln.text)
                  and (ln.top < 0.12 * h or ln.bottom > 0.88 * h) and ln.why != "line numbers in the margin"]
        for ln in edge:
            if ln.role != "furniture" and len(ln.text) < 120 and ln.size <= usual_size + 1.5 and \
                    any(abs(f.base - ln.base) < 0.3 * max(f.size, ln.size) for f in folios):
                ln.role, ln.why = "furniture", "running head in the row of the page number"
        # the journal's imprint: the page's last row or two, naming an ISSN
        # or a © holder, at the foot or apart from the text above
        rows: list[list[PLine]] = []
        for ln in reversed(ls):
            if rows and abs(ln.top - rows[-1][0].top) < 2:
                rows[-1].append(ln)
            elif len(rows) < 2:
                rows.append([ln])
            else:
                break
        imprint: list[list[PLine]] = []
        for row in rows:
            if not any(IMPRINT.search(ln.text) for ln in row) or sum(len(ln.text) for ln in row) > 160:
                break
            imprint.append(row)
        if imprint:
            top = min(ln.top for ln in imprint[-1])
            above = [ln for ln in ls if ln.bottom < top - 1]
            if not above or max(ln.bottom for ln in imprint[0]) > 0.88 * h \
                    or top - max(o.bottom for o in above) >= 0.8 * imprint[-1][0].size:
                for row in imprint:
                    for ln in row:
                        ln.role, ln.why = "furniture", "the journal's imprint (ISSN, ©) at the page foot"
        for ln in ls:
            if URL_LINE.match(ln.text.strip()) and not COPYRIGHT.search(ln.text) and _continues_above(ln, ls):
                continue   # the end of a note or paragraph broken before a web address
            if (NOTICE.search(ln.text.strip()) or COPYRIGHT.search(ln.text)) and \
                    (ln.top < 0.15 * h or ln.bottom > 0.8 * h or ln.size < usual_size - 0.5):
                ln.role, ln.why = "furniture", "publisher or platform notice at the page edge"
        # the lines a copyright notice runs on to: right below it, in its size and
        # column ("Copyright © 2006 Publisher" / "(London …)" / "DOI: …")
        for ln in ls:
            if ln.why != "publisher or platform notice at the page edge" or \
                    not (COPYRIGHT.search(ln.text) or IMPRINT.search(ln.text)):
                continue
            cur = ln
            for _ in range(3):
                nxt = next((o for o in ls if o.role != "furniture" and 0 < o.base - cur.base <= 1.6 * cur.size
                            and abs(o.size - cur.size) <= 0.3 and o.x0 < cur.x1 and cur.x0 < o.x1
                            and len(o.text) < 100), None)
                if nxt is None:
                    break
                nxt.role, nxt.why = "furniture", "runs on from a publisher's notice above"
                cur = nxt


def body_size(pages: list[list[PLine]]) -> float:
    """The body text's font size: the size most characters are set in,
    outside furniture and cover pages.

    >>> body_size([[PLine(1, "a" * 50, 0, 0, 1, 1, 1, 10, "", False, False),
    ...             PLine(1, "b" * 5, 0, 0, 1, 1, 1, 14, "", False, False)]])
    10.0
    """
    c: Counter = Counter()
    for lines in pages:
        for ln in lines:
            if ln.role not in ("furniture", "cover"):
                c[round(ln.size * 2) / 2] += len(ln.text)
    return c.most_common(1)[0][0] if c else 10.0
