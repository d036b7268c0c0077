"""Where the article starts, and the publisher's matter around its start.

Three kinds of text on an article's first pages are not the article's,
though the layout reads them as body blocks:

- *another article's end matter above the title*: a journal issue cut
  into articles page by page starts an article on the page where the one
  before it ends; its notes, its reference list and its contributor's
  note stand above this article's title (:func:`foreign_before_title`);
- *the publisher's page-foot blocks*: the corresponding author's address,
  a copyright line, a licence statement, the journal's citation line, set
  under the first page's text without a footnote rule
  (:func:`publisher_blocks`);
- *a series' imprint page*: a working-paper series repeats title and
  author on a page of its own with the series' name, address, Tel./Fax
  and ISSN before the abstract (:func:`imprint_pages`), or a cover and a
  citation page before a later page's abstract
  (:func:`front_pages_before_abstract`).

Each becomes furniture with a reason (``review --layout`` shows it); text
taken as another article's is also reported as a doubt, so that ``check``
does not call such a reading complete without saying so.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..repair.smallcaps import lexicon
from ..words import detect_language, english
from .frontmeta import citation
from .structure import ABSTRACT_PARAGRAPH_WHY, Block, Doubt
from .pdflayout.blocks import ADDRESS, AFFIL_WORDS, HISTORY, HISTORY_WHY
from ..i18n import heading_kind

#: roles that belong to the end of an article (its notes, its reference list)
END_MATTER = ("note", "references_heading", "reference")
#: roles of the front matter, kept even when set above the title
FRONT = ("title", "subtitle", "author", "affiliation", "abstract_title", "abstract", "keywords")
#: body roles a publisher's block may have been given
BODYISH = ("paragraph", "quote", "other", "list_item")

CORRESPONDING = re.compile(
    r"^\W{0,3}(corresponding\s+author|correspondence(\s+(to|address))?|address\s+for\s+"
    r"correspondence|korrespondenz(adresse)?|kontakt(adresse)?)\b", re.I)
LICENCE = re.compile(
    r"\blicen[sc]ed\s+under\s+(a|the)\s+creative\s+commons\b|^\W{0,3}this\s+(work|article|paper)\s+"
    r"is\s+(licensed|distributed|published)\s+under\b|^\W{0,3}creative\s+commons\s+attribution\b", re.I)
COPYRIGHT = re.compile(r"^\W{0,3}(copyright|©|\(c\))\s*(©|@|\(c\))?\s*(by\s+)?(19|20)\d\d\b", re.I)
#: the publisher's box giving the article's citation on its first page
#: ("Cite this article:", "To cite this article:", "How to cite:",
#: "Zitiervorschlag:", "Pour citer cet article :")
CITE_THIS = re.compile(
    r"^\W{0,3}(?:(?:to|please)\s+)?cite\s+this\s+(?:article|paper|chapter|publication)\b|^\W{0,3}how\s+to\s+cite\b|"
    r"^\W{0,3}(?:zitiervorschlag|zitierweise|zitierhinweis|bitte\s+zitieren\s+als)\b|^\W{0,3}pour\s+citer\s+cet\s+article\b",
    re.I)
IMPRINT_SIGNS = (
    re.compile(r"\b(Tel|Telefon|Phone|Fax)\b\.?\s*[:+(\d]", re.I),
    re.compile(r"\bISSN\b"),
    re.compile(r"\bwww\.|https?://|\b[\w.-]+@[\w-]+\.\w"),
    re.compile(r"\b(Discussion|Working|Research)\s+Papers?\s+(are|is|series)\b", re.I),
    re.compile(r"©|\bCopyright\b", re.I),
)


#: why a page before the article is a cover sheet (see :func:`title_again`)
TITLE_AGAIN_WHY = "cover sheet: the article's title printed again on a later page, where the article starts"


def title_again(pages: list, content: list[int], title: str | None, body: float) -> int | None:
    """A cover sheet of the article's own before it starts: the title the
    first content page shows (a repository's or a series' cover: title,
    authors, the series' name, a download notice) printed again on one of
    the next two pages (the article's own title block: larger than the
    text, or in its size in bold or capitals, as amsart sets it).  Returns
    that page's index, else None.  ``pages`` are the pages' lines (:class:`~coursepack.read.pdflayout.lines.PLine`, furniture
    already marked), ``content`` the indices of pages that are no
    repository cover, ``body`` the text's size.  Compared as words (case,
    punctuation and line breaks aside), one to four lines in a row."""
    def words(text: str) -> str:
        return " ".join(re.findall(r"\w+", text.lower()))
    want = words(title or "")
    if len(want) < 12 or len(content) < 2:
        return None
    for i in content[1:3]:
        big = [ln for ln in sorted(pages[i], key=lambda ln: ln.top)
               if ln.role != "furniture" and ln.upright and (ln.size >= body + 1.5 or ln.size >= body - 0.5
                                                             and (ln.bold or ln.text.isupper()))]
        for a in range(len(big)):
            text = ""
            for b in range(a, min(a + 4, len(big))):
                if b > a and big[b].top - big[b - 1].bottom > 1.5 * big[b].size:
                    break
                text = (text + " " + words(big[b].body_text)).strip()
                if fuzz.ratio(text, want) >= 92:
                    return i
                if len(text) > 1.3 * len(want):
                    break
    return None


#: why a note on a cover of the article's own is kept (see :func:`cover_notes`)
COVER_NOTE_WHY = "a note on the article's own cover page (the author's or the paper's), printed nowhere else"


def cover_notes(lines: list, later: str) -> list[list]:
    """The author's and the paper's notes on a cover of the article's own
    (a series' title page before the page where the article starts, see
    :func:`title_again`), which the article's pages do not print again:
    the author's note keyed by a symbol ("* Université Paris 8, e-mail:
    …"), a note on the paper's provenance ("Paper presented at …", "A
    slightly different version of this paper …"), the dates received and
    accepted, the address for correspondence.  ``lines`` are the cover's
    lines (anything with ``top``, ``bottom``, ``size`` and ``text``),
    ``later`` the text of the article's pages; returns the notes' lines,
    a list per note (a group of lines set apart by a blank line), in page
    order.  The rest of the cover (its series' name and number, title,
    authors, ISSN) is not the article's text and stays a cover.

    >>> from types import SimpleNamespace as L
    >>> ls = [L(top=t, bottom=t + 9, size=9.0, text=x) for t, x in [
    ...     (100, "Fieldwork at Volkswagen Hanover"), (120, "Delphine Corteel*"),
    ...     (200, "January 2001"), (211, "ISSN Nr. 1011-9523"),
    ...     (250, "* Ciasoc/Gram Université Paris 8"), (261, "e-mail: corteel@example.org"),
    ...     (320, "Paper presented at the 15th Annual Conference of the"),
    ...     (331, "Employment Research Unit, Cardiff Business School.")]]
    >>> [[ln.text for ln in g] for g in cover_notes(ls, "Fieldwork at Volkswagen Hanover. Abstract …")]
    [['* Ciasoc/Gram Université Paris 8', 'e-mail: corteel@example.org'], ['Paper presented at the 15th Annual Conference of the', 'Employment Research Unit, Cardiff Business School.']]
    >>> cover_notes(ls, "Paper presented at the 15th Annual Conference of the Employment Research Unit, "
    ...                 "Cardiff Business School. * Ciasoc/Gram Université Paris 8 e-mail: corteel@example.org")
    []
    """
    groups: list[list] = []
    for ln in sorted((ln for ln in lines if ln.text.strip()), key=lambda ln: ln.top):
        if groups:
            o = groups[-1][-1]
            if ln.top - o.bottom <= 0.8 * max(o.size, ln.size, 1.0):
                groups[-1].append(ln)
                continue
        groups.append([ln])
    squash = lambda t: " ".join(re.findall(r"\w+", t.casefold()))   # noqa: E731
    again = squash(later)
    out = []
    for g in groups:
        text = " ".join(" ".join(ln.text for ln in g).split())
        words = len(text.split())
        keyed = re.match(r"^\s*[*∗†‡§¶]{1,3}\s*\w", text) and words >= 3
        if not (keyed or PROVENANCE.match(text) or CORRESPONDING.match(text)
                or HISTORY.match(text) and re.search(r"\b(?:19|20)\d\d\b", text)) or words > 120:
            continue
        want = squash(re.sub(r"^\s*[*∗†‡§¶]{1,3}", "", text))
        if len(want) >= 12 and fuzz.partial_ratio(want, again) >= 90:
            continue            # the article's own pages print it
        out.append(g)
    return out


def foreign_before_title(blocks: list[Block]) -> list[Doubt]:
    """Another article's end matter above the title: on the title's page,
    when a note, a reference-list heading or reference entries stand
    before the title, every body block before the title there (the other
    article's last paragraphs, notes, references, contributor's note) is
    not this article's.  Front-matter blocks (authors, abstract) set above
    the title stay; a page without such end matter is left alone (a
    journal head, a series number above the title are not end matter).

    >>> from coursepack.read.structure import Line
    >>> L = lambda y, t: Line(1, 50, y, 400, y + 10, t)
    >>> bs = [Block("note", [L(10, "1 The argument also seems …")], number=1),
    ...       Block("references_heading", [L(30, "References")]),
    ...       Block("reference", [L(40, "Weiss, G. (1995) Sex-selective Abortion.")]),
    ...       Block("title", [L(100, "A reply")]), Block("paragraph", [L(130, "Body.")])]
    >>> [d.kind for d in foreign_before_title(bs)], [b.role for b in bs]
    (['foreign_text'], ['furniture', 'furniture', 'furniture', 'title', 'paragraph'])
    """
    at = next((i for i, b in enumerate(blocks) if b.role == "title"), None)
    if at is None:
        return []
    page = blocks[at].page
    before = [b for b in blocks[:at] if b.page == page and b.role not in ("furniture", "cover")]
    if not any(b.role in END_MATTER for b in before):
        return []
    gone = [b for b in before if b.role not in FRONT]
    for b in gone:
        b.role, b.number, b.continues = "furniture", None, False
        b.why = "another article's end matter above this article's title (its notes, references, contributor's note)"
    words = sum(len(b.text.split()) for b in gone)
    return [Doubt("foreign_text",
                  f"page {page}: {len(gone)} block(s), {words} words above the title are another "
                  f"article's end matter (notes, references, a contributor's note): left out "
                  f"(see `review --layout`)", page)]


def publisher_blocks(blocks: list[Block], meta: dict) -> None:
    """The publisher's blocks on the article's first two pages, read as
    body text because no footnote rule sets them off: a block that starts
    with "Corresponding author" / "Correspondence to", a copyright line
    ("Copyright © 2014 …", "© 2014 …"), a licence statement ("This work is
    licensed under a Creative Commons …"), or a one-line citation of the
    journal ("GENDER Heft 1 | 2014, S. 44–64") before the first heading.
    Such blocks become furniture, but the corresponding author's address,
    which is the author's front matter (an affiliation block); the citation's fields go to ``meta``
    where it has none (only what the line prints).

    >>> from coursepack.read.structure import Line
    >>> L = lambda y, t: Line(1, 50, y, 400, y + 10, t)
    >>> bs = [Block("title", [L(10, "A title")]), Block("paragraph", [L(40, "there are two")]),
    ...       Block("paragraph", [L(700, "Corresponding Author: Dr. A. B."), L(712, "e-mail: a@b.mk")]),
    ...       Block("paragraph", [L(730, "Copyright @ 2014, A. B. and C. D.")]),
    ...       Block("paragraph", [L(300, "Cite this article: Lee, A. (2019). A title. Journal, 4, 1–9.")])]
    >>> meta = {}; publisher_blocks(bs, meta); [b.role for b in bs]
    ['title', 'paragraph', 'affiliation', 'furniture', 'furniture']
    """
    at = next((i for i, b in enumerate(blocks) if b.role == "title"), None)
    if at is None:
        return
    first = blocks[at].page
    in_front = True
    for b in blocks:      # the licence the first pages state, wherever the layout put it
        if b.page in (first, first + 1) and b.role != "cover" and LICENCE.search(" ".join(ln.text for ln in b.lines[:2])):
            lic = licence(b.text)
            if lic:
                meta.setdefault("license", lic)
                break
    for b in blocks:
        if b.role == "heading":
            in_front = False
        if b.role not in BODYISH or b.page not in (first, first + 1) or not b.lines or len(b.lines) > 8:
            continue
        head = b.lines[0].text.strip()
        why = ""
        if CORRESPONDING.match(head):
            why = "the corresponding author's address (publisher's front matter)"
        elif COPYRIGHT.match(head):
            why = "a copyright line (publisher's front matter)"
        elif LICENCE.search(" ".join(ln.text for ln in b.lines[:2])):
            why = "a licence statement (publisher's front matter)"
        elif CITE_THIS.match(head) and len(b.lines) <= 4:
            why = "the article's citation ('Cite this article', publisher's front matter)"
        elif in_front and len(b.lines) == 1 and len(head.split()) <= 12:
            found = citation([head])
            if found.get("journal") and found.get("year") and (found.get("pages") or found.get("volume")):
                why = "the journal's citation line (front matter)"
                for k, v in found.items():
                    meta.setdefault(k, v)
        if why:
            # the corresponding author's address is the author's front matter, printed with it
            role = "affiliation" if why.startswith("the corresponding author") else "furniture"
            b.role, b.why, b.continues, b.number = role, why, False, None


#: a note on the paper's provenance on its front page ("Paper presented at
#: …", "An earlier version of this paper …", "Vortrag, gehalten auf …")
PROVENANCE = re.compile(
    r"^\W{0,3}(?:(?:an?\s+|the\s+)?(?:(?:slightly|somewhat|very)\s+)?(?:earlier|previous|first|different|revised|"
    r"shorter|longer|extended|abridged|german|english|french|spanish)\s+(?:\w+\s+)?versions?\s+of\s+this\s+"
    r"(?:paper|article|essay|chapter|text)|(?:this\s+)?(?:paper|article|essay|lecture|talk)\s+(?:was\s+|is\s+)?"
    r"(?:originally\s+)?(?:presented|prepared|given|read|delivered)\s+(?:at|for|to|on|in)\b|"
    r"(?:eine\s+)?(?:frühere|erste|kürzere|längere|überarbeitete|englische|deutsche)\s+(?:\w+\s+)?fassung\b|"
    r"(?:dieser|der)\s+(?:beitrag|aufsatz|text)\s+(?:ist|wurde|erschien|beruht|geht)\b|"
    r"vortrag,?\s+(?:gehalten\s+)?(?:auf|an|bei|im)\b)", re.I)
#: a line of a series' imprint inside an affiliation block: the ISSN, the
#: issue's month and year on a line of their own
IMPRINT_LINE = re.compile(
    r"^\s*(?:ISSN\b.*|(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Januar|Februar|März|Juni|Juli|Oktober|Dezember)\s+(?:19|20)\d\d)\s*$", re.I)


def front_notes(blocks: list[Block], meta: dict) -> None:
    """The author's and the paper's notes on the front pages, kept as front
    matter (printed with the title): a note on the paper's provenance
    ("Paper presented at …", "An earlier version of this paper …") that
    the layout took for a cover page's text becomes an affiliation block;
    an "affiliation" that is a piece of the title (a cover page setting
    the title over several lines) is left out, as are a series' imprint
    lines (ISSN, the issue's month) inside an affiliation block; the dates
    received and accepted, set at the title page's edge, are kept.  Only
    blocks before the body's first heading are looked at.

    >>> from coursepack.read.structure import Line
    >>> L = lambda y, t: Line(1, 50, y, 400, y + 10, t)
    >>> bs = [Block("title", [L(10, "Fieldwork at Volkswagen Hanover")]),
    ...       Block("affiliation", [L(20, "at Volkswagen Hanover")]),
    ...       Block("affiliation", [L(30, "January 2001"), L(40, "ISSN Nr. 1011-9523"), L(50, "* University Paris 8")]),
    ...       Block("furniture", [L(60, "Paper presented at the 15th Annual Conference.")]),
    ...       Block("furniture", [L(70, "Received: 19 February 2009 / Accepted: 7 May 2009")]),
    ...       Block("heading", [L(90, "Introduction")])]
    >>> front_notes(bs, {"title": "Fieldwork at Volkswagen Hanover"}); [(b.role, len(b.lines)) for b in bs]
    [('title', 1), ('furniture', 1), ('furniture', 2), ('affiliation', 1), ('affiliation', 1), ('affiliation', 1), ('heading', 1)]
    """
    title = re.sub(r"\W+", " ", meta.get("title", "")).strip().casefold()
    end = next((k for k, b in enumerate(blocks) if b.role == "heading"), len(blocks))
    first = next((b.page for b in blocks if b.role == "title"), 1)
    k = 0
    while k < end:
        b = blocks[k]
        k += 1
        if not b.lines or b.page > first + 2:
            continue
        text = " ".join(b.text.split())
        if b.role in ("furniture", "other") and len(text.split()) <= 80 and PROVENANCE.match(text) \
                and not b.why.startswith("repeated"):
            b.role, b.why, b.number, b.continues = "affiliation", "a note on the paper's provenance (front matter)", None, False
        elif b.role == "furniture" and b.page < first and b.why.startswith("on a page before the title's") \
                and 3 <= len(text.split()) <= 80 and re.match(r"^\s*[*∗†‡§¶]{1,3}\s*\w", text):
            b.role, b.why = "affiliation", COVER_NOTE_WHY       # the author's note keyed on a cover's name
        elif b.role == "table" and b.page < first and len(b.lines) <= 2 \
                and not any(c.role == "caption" and c.page == b.page for c in blocks):
            # a cover's series number or ISSN line, read as a table's row
            b.role, b.why, b.region = "furniture", "on a page before the title's (a series or journal cover)", []
        elif b.role == "furniture" and b.page == first and len(text) < 200 and HISTORY.match(text) \
                and re.search(r"\b(?:19|20)\d\d\b", text) and not b.why.startswith("repeated"):
            b.role, b.why = "affiliation", HISTORY_WHY      # "Received: … / Accepted: …" at the page's edge
        elif b.role == "affiliation":
            words = re.sub(r"\W+", " ", text).strip().casefold()
            if title and len(words) >= 8 and f" {words} " in f" {title} ":
                b.role, b.why = "furniture", "a piece of the title on a cover page"
                continue
            imprint = [ln for ln in b.lines if IMPRINT_LINE.match(ln.text)]
            if imprint and len(imprint) < len(b.lines):
                b.lines = [ln for ln in b.lines if ln not in imprint]
                blocks.insert(k - 1, Block("furniture", imprint, why="a series' imprint (ISSN, issue date)"))
                k += 1
                end += 1
            elif imprint:
                b.role, b.why = "furniture", "a series' imprint (ISSN, issue date)"


#: why an unkeyed block of addresses at the title page's foot is front matter
ADDRESSES_WHY = "the authors' addresses at the title page's foot, keyed to no call (front matter)"


def addresses_at_title_foot(blocks: list[Block], meta: dict) -> None:
    """The authors' addresses set under the title page's footnote rule with
    no key of their own (Springer's block: "M.-L. Mattila (✉) · K. Jussila
    / Clinic of …, University of … / e-mail: …", one address per author or
    group): the layout takes such a block for a note, one carrying on a
    note before it since no marker opens it; on the title's own page there
    is no note before it to carry on.  A note block there that opens with
    no note marker, names an author of the article (a surname of
    ``meta['authors']``) and holds an e-mail address or an institution's
    word is the authors' front matter (an affiliation block), printed with
    the title, never dropped and never read as a note.

    >>> from coursepack.read.structure import Line
    >>> L = lambda y, t: Line(1, 50, y, 300, y + 8, t)
    >>> bs = [Block("title", [L(100, "When does a screening predict?")]),
    ...       Block("paragraph", [L(300, "The aims of this study were.")]),
    ...       Block("note", [L(490, "M.-L. Mattila (✉) · K. Jussila"), L(500, "Clinic of Child Psychiatry,"),
    ...                      L(510, "University of Oulu, Finland"), L(520, "e-mail: mlm@example.fi")], continues=True),
    ...       Block("note", [L(540, "1 The study was funded by the council.")], number=1)]
    >>> addresses_at_title_foot(bs, {"authors": ["Marja-Leena Mattila", "Katja Jussila"]})
    >>> [(b.role, b.continues) for b in bs[2:]]
    [('affiliation', False), ('note', False)]
    """
    at = next((k for k, b in enumerate(blocks) if b.role == "title"), None)
    surnames = {re.findall(r"[^\W\d_][\w'’-]*", a)[-1].casefold() for a in meta.get("authors") or []
                if re.findall(r"[^\W\d_][\w'’-]*", a)}
    if at is None or not surnames:
        return
    page = blocks[at].page
    for b in blocks[at + 1:]:
        if b.page != page or not b.lines:
            continue
        if b.role == "note" and (b.number is not None or not b.continues):
            return              # a note keyed on this page: what follows may carry it on
        if b.role != "note":
            continue
        text = " ".join(ln.text for ln in b.lines)
        words = {w.casefold() for w in re.findall(r"[^\W\d_][\w'’-]*", text)}
        if (words & surnames) and (ADDRESS.search(text) or AFFIL_WORDS.search(text)) \
                and not NOTE_KEY_START.match(b.lines[0].text):
            b.role, b.why, b.continues, b.number = "affiliation", ADDRESSES_WHY, False, None
            # its head read apart ("*Corresponding author. E-mail address: os-" taken for a table's row)
            k = blocks.index(b) - 1
            while k >= 0 and blocks[k].role == "furniture" and blocks[k].page == page:
                k -= 1
            head = blocks[k] if k >= 0 else None
            if head is not None and head.page == page and head.role in ("table", "paragraph", "other") \
                    and len(head.lines) <= 4 and CORRESPONDING.match(NOTE_KEY_START.sub("", head.lines[0].text)):
                b.lines = head.lines + b.lines
                del blocks[k]


#: a note's key at the start of its first line: a number or a note symbol
NOTE_KEY_START = re.compile(r"^\s*(?:\d{1,3}\b|[*∗†‡§¶]{1,3})")


def licence(text: str) -> str:
    """A Creative Commons licence as the text states it, in short form.

    >>> licence("This work is licensed under a Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International License.")
    'CC BY-NC-ND 4.0'
    >>> licence("licensed under a Creative Commons licence"), licence("All rights reserved")
    ('', '')
    """
    m = re.search(r"Creative\s+Commons\s+((?:Attribution|NonCommercial|Non-Commercial|NoDerivatives|"
                  r"NoDerivs|No\s+Derivatives|ShareAlike|Share\s+Alike)(?:[\s-]+(?:Attribution|"
                  r"NonCommercial|Non-Commercial|NoDerivatives|NoDerivs|No\s+Derivatives|ShareAlike|"
                  r"Share\s+Alike))*)\s*(\d\.\d)?", text, re.I)
    if not m:
        return ""
    parts = m.group(1).lower().replace(" ", "").replace("-", "")
    code = ["BY"] if "attribution" in parts else []
    code += ["NC"] if "noncommercial" in parts else []
    code += ["ND"] if "noderiv" in parts else []
    code += ["SA"] if "sharealike" in parts else []
    if not code:
        return ""
    return "CC " + "-".join(code) + (f" {m.group(2)}" if m.group(2) else "")


def imprint_pages(blocks: list[Block]) -> None:
    """A series' imprint page between the title page and the body: a page
    after the title's, before the body's first heading, with no heading,
    abstract or numbered note of its own, whose text shows at least two
    marks of an imprint (Tel./Fax, ISSN, a web or mail address, "Discussion
    Papers are …", ©): its body blocks (the repeated title and author, the
    series' name and address) are furniture.

    >>> from coursepack.read.structure import Line
    >>> L = lambda p, y, t: Line(p, 50, y, 400, y + 10, t)
    >>> bs = [Block("title", [L(1, 10, "A Title")]), Block("paragraph", [L(2, 10, "Jens B.")]),
    ...       Block("paragraph", [L(2, 40, "Tel. +49 221 2767-0"), L(2, 52, "ISSN 0944-2073")]),
    ...       Block("abstract_title", [L(3, 10, "Abstract")]), Block("heading", [L(4, 10, "Introduction")])]
    >>> imprint_pages(bs); [b.role for b in bs]
    ['title', 'furniture', 'furniture', 'abstract_title', 'heading']
    """
    at = next((i for i, b in enumerate(blocks) if b.role == "title"), None)
    if at is None:
        return
    title_page = blocks[at].page
    pages: dict[int, list[Block]] = {}
    for b in blocks[at + 1:]:
        if b.role == "heading":
            break
        if b.page > title_page and b.role not in ("furniture", "cover"):
            pages.setdefault(b.page, []).append(b)
    for page, bs in pages.items():
        if any(b.role not in BODYISH for b in bs):
            continue
        text = "\n".join(b.text for b in bs)
        if len(text.split()) <= 250 and sum(bool(rx.search(text)) for rx in IMPRINT_SIGNS) >= 2:
            for b in bs:
                b.role, b.why, b.continues = "furniture", "the series' imprint page (name, address, ISSN)", False



def front_pages_before_abstract(blocks: list[Block]) -> None:
    """A series' front pages before a later page's abstract: when the title
    stands on an earlier page than the abstract, with no heading between
    them, the body blocks of the pages from the title's up to the
    abstract's (a working paper's cover and citation page: its number, the
    title and author repeated, "Paper presented at …", the institute's
    research unit and address) are not the article's text; a page carrying
    more than 250 words of them (running prose) is left alone, as is every
    block of the front matter (title, authors, affiliations).

    >>> from coursepack.read.structure import Line
    >>> L = lambda p, y, t: Line(p, 50, y, 400, y + 10, t)
    >>> bs = [Block("paragraph", [L(1, 5, "FS I 01 - 301")]), Block("title", [L(1, 10, "A Title")]),
    ...       Block("paragraph", [L(1, 40, "Paper presented at the 15th Annual Conference")]),
    ...       Block("paragraph", [L(2, 10, "Research Area: Labour Market")]),
    ...       Block("abstract_title", [L(3, 10, "Abstract")]), Block("abstract", [L(3, 20, "We study.")]),
    ...       Block("heading", [L(4, 10, "Introduction")]), Block("paragraph", [L(4, 20, "Text.")])]
    >>> front_pages_before_abstract(bs); [b.role for b in bs]
    ['furniture', 'title', 'furniture', 'furniture', 'abstract_title', 'abstract', 'heading', 'paragraph']
    """
    at = next((i for i, b in enumerate(blocks) if b.role == "title"), None)
    ab = next((i for i, b in enumerate(blocks) if b.role in ("abstract_title", "abstract")), None)
    if at is None or ab is None or blocks[ab].page <= blocks[at].page:
        return
    first, last = blocks[at].page, blocks[ab].page
    if any(b.role == "heading" for b in blocks[at:ab]):
        return
    pages: dict[int, list[Block]] = {}
    for b in blocks[:ab]:
        if first <= b.page < last and b.role in BODYISH:
            pages.setdefault(b.page, []).append(b)
    for bs in pages.values():
        if sum(len(b.text.split()) for b in bs) <= 250:
            for b in bs:
                b.role, b.why, b.continues = "furniture", "a series' front page before the abstract", False


_PARTICLES = {"van", "von", "der", "den", "de", "du", "la", "le", "di", "da", "dos", "del", "ten", "ter", "zu", "y"}
_SMALL = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or",
          "the", "to", "with", "versus", "vs", "via"}


def _shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def name_case(name: str) -> str:
    """An author's name printed in capitals, in the case of a name
    ("SAWITRI SAHARSO" → "Sawitri Saharso"); a name in mixed case stays.

    >>> name_case("SAWITRI SAHARSO"), name_case("JEAN-PAUL O'NEIL"), name_case("LUDWIG VAN DER BERG")
    ('Sawitri Saharso', "Jean-Paul O'Neil", 'Ludwig van der Berg')
    >>> name_case("J. R. MCDONALD"), name_case("Bertrand Urien"), name_case("EU")
    ('J. R. McDonald', 'Bertrand Urien', 'EU')
    """
    if not _shouting(name):
        return name

    def one(part: str, first: bool) -> str:
        low = part.lower()
        if not first and low in _PARTICLES:
            return low
        out = re.sub(r"[^\W\d_]+", lambda m: m.group()[0] + m.group()[1:].lower(), part)
        if len(out) > 3 and out.startswith("Mc"):
            out = "Mc" + out[2].upper() + out[3:]
        return out
    return " ".join(one(p, k == 0) for k, p in enumerate(name.split()))


def title_case(title: str, acronyms: set[str] = frozenset()) -> str:
    """An English title printed wholly in capitals, in title case: small
    words in lower case (but the first word and one after a colon),
    acronyms kept (``acronyms``, and words of two or three letters that are
    no English word).  A title in mixed case, or not English, stays.

    >>> title_case("NORTHERN DIMENSION: PARTICIPANT STRATEGIES")
    'Northern Dimension: Participant Strategies'
    >>> title_case("THE EU AND THE POLICY OF SELF-DETERMINATION IN NATO", {"EU", "NATO"})
    'The EU and the Policy of Self-Determination in NATO'
    >>> title_case("DIE ZUKUNFT DER ARBEIT"), title_case("Labor and Global Justice")
    ('DIE ZUKUNFT DER ARBEIT', 'Labor and Global Justice')
    """
    if not _shouting(title) or detect_language(title.lower()) != "en":
        return title
    out = []
    start = True
    for tok in re.split(r"(\s+)", title):
        if not tok or tok.isspace():
            out.append(tok)
            continue
        core = tok.strip(".,:;!?()[]“”\"'‘’")
        if core in acronyms or (2 <= len(core) <= 3 and core.isalpha() and english(core.lower()) < 3.0):
            out.append(tok)
        elif not start and core.lower() in _SMALL:
            out.append(tok.lower())
        else:
            out.append(re.sub(r"[^\W\d_]+", lambda m: m.group()[0] + m.group()[1:].lower(), tok))
        start = tok.endswith((":", "–", "—", "?", "!", "."))
    return "".join(out)


def case_meta(meta: dict) -> None:
    """Authors and a title the page prints in capitals, in the case a
    citation uses (:func:`name_case`, :func:`title_case`)."""
    if meta.get("authors"):
        meta["authors"] = [name_case(a) for a in meta["authors"]]
    for k in ("title", "subtitle"):
        if meta.get(k) and _shouting(meta[k]):
            meta[k] = title_case(meta[k], {a.form for a in lexicon()})


_HEAD = re.compile(r"^(?:\d{1,4}\s+)?(?P<name>[^\W\d_][^\d()|,;]{2,60}?)\s+(?P<vol>\d{1,3})\s*\((?P<issue>\d{1,2}(?:[/–-]\d{1,2})?)\)"
                   r"(?:\s+\d{1,4})?$")


def masthead_citation(blocks: list[Block], meta: dict) -> None:
    """The journal's citation where the page prints it in pieces: the
    masthead above the title set on several lines (and logo letters
    between them: "Group Processes &" / "Intergroup Relations" / "2006 Vol
    9(3) 431–442"), read as one line; and a running head that gives only
    name, volume and issue beside the page number ("280 ETHNICITIES
    5(2)"), without a year.  Fields only go where ``meta`` has none.

    >>> from coursepack.read.structure import Line
    >>> L = lambda p, y, t: Line(p, 50, y, 400, y + 10, t)
    >>> bs = [Block("furniture", [L(1, 10, "G")]), Block("furniture", [L(1, 20, "Group Processes &")]),
    ...       Block("furniture", [L(1, 30, "Intergroup Relations P")]),
    ...       Block("furniture", [L(1, 40, "2006 Vol 9(3) 431–442")]), Block("title", [L(1, 90, "A Title")])]
    >>> meta = {}; masthead_citation(bs, meta); meta
    {'journal': 'Group Processes & Intergroup Relations', 'year': '2006', 'volume': '9', 'issue': '3', 'pages': '431-442'}
    >>> meta = {}; masthead_citation([Block("title", [L(1, 9, "T")]), Block("furniture", [L(2, 5, "280 ETHNICITIES 5(2)")])], meta); meta
    {'journal': 'Ethnicities', 'volume': '5', 'issue': '2'}
    """
    at = next((i for i, b in enumerate(blocks) if b.role == "title"), None)
    if at is None:
        return
    page = blocks[at].page
    above = [ln.text.strip() for b in blocks[:at] if b.role == "furniture" and b.page == page for ln in b.lines]
    if above and not (meta.get("journal") and meta.get("year")):
        joined = " ".join(w for w in " ".join(above).split() if not (len(w) == 1 and w.isupper()))
        found = citation([joined])
        if found.get("journal") and found.get("year"):
            for k, v in found.items():
                meta.setdefault(k, v)
    if meta.get("journal"):
        return
    for b in blocks:
        if b.role != "furniture":
            continue
        for ln in b.lines:
            m = _HEAD.match(ln.text.strip())
            if m and len(m.group("name").split()) <= 8 and m.group("name")[0].isupper():
                name = m.group("name").strip()
                meta.setdefault("journal", title_case(name, {a.form for a in lexicon()}) if _shouting(name) else name)
                meta.setdefault("volume", m.group("vol"))
                meta.setdefault("issue", m.group("issue"))
                return


_COPYRIGHT = re.compile(r"(?:Copyright\s*©?|©|\(c\))\s*((?:19|20)\d\d)\b", re.IGNORECASE)
_ANY_YEAR = re.compile(r"(?<![\d/.])((?:19|20)\d\d)(?![\d/.])")


def copyright_year(blocks: list[Block], meta: dict) -> None:
    """The year of a journal's citation where the first page prints volume,
    issue or pages with a copyright year beside them and no other year
    ("Volume 8 (3): 433–448" / "Copyright© 2007"): the masthead and the
    notices of the title's page are read; the year goes where ``meta``
    has a journal and a volume or pages but no year, and only where every
    year those lines print is the copyright's.

    >>> from coursepack.read.structure import Line
    >>> L = lambda y, t: Line(1, 50, y, 400, y + 10, t)
    >>> bs = [Block("furniture", [L(5, "DOI: 10.1177/1465116507079550")]), Block("furniture", [L(9, "Copyright© 2007")]),
    ...       Block("furniture", [L(20, "Volume 8 (3): 433–448")]), Block("title", [L(40, "A Title")])]
    >>> meta = {"journal": "EUP", "volume": "8"}; copyright_year(bs, meta); meta["year"]
    '2007'
    >>> bs.insert(0, Block("furniture", [L(2, "Received 2006; accepted 2007")]))
    >>> meta = {"journal": "EUP", "volume": "8"}; copyright_year(bs, meta); "year" in meta
    False
    """
    if meta.get("year") or not meta.get("journal") or not (meta.get("volume") or meta.get("pages")):
        return
    page = next((b.lines[0].page for b in blocks if b.role == "title" and b.lines), None)
    if page is None:
        return
    texts = [ln.text for b in blocks if b.role == "furniture" for ln in b.lines if ln.page == page]
    marks = {m.group(1) for t in texts for m in _COPYRIGHT.finditer(t)}
    years = {m.group(1) for t in texts for m in _ANY_YEAR.finditer(t)}
    vol, pages = re.escape(meta.get("volume") or "-"), re.escape(meta.get("pages") or "-")
    beside = any(re.search(rf"(?:\bVol(?:\.|ume)?|\bJg\.)\s*{vol}\b|(?<!\d){vol}\s*\(\d|(?<!\d){pages}(?!\d)",
                           t.replace("–", "-"), re.IGNORECASE) for t in texts)
    if len(marks) == 1 and years == marks and beside:
        meta["year"] = marks.pop()


def translated_title(blocks: list[Block]) -> None:
    """A title set above an abstract in the front matter (the article's
    title in the abstract's language, bold or larger than the abstract,
    three lines at most), left as unplaced front matter by the layout (or
    read as a short quotation or paragraph, before the body's first
    heading): the abstract's title, so that it is printed with the abstract.

    >>> from coursepack.read.structure import Line
    >>> L = lambda y, t, **k: Line(1, 50, y, 400, y + 10, t, **k)
    >>> bs = [Block("title", [L(5, "Labor and Global Justice", size=14, bold=True)]),
    ...       Block("abstract", [L(30, "This paper examines …", size=10.5)]),
    ...       Block("other", [L(60, "Arbeiterbewegung und globale Gerechtigkeit.", size=12, bold=True)]),
    ...       Block("abstract", [L(80, "Thema dieses Beitrags …", size=10)])]
    >>> translated_title(bs); [b.role for b in bs]
    ['title', 'abstract', 'abstract_title', 'abstract']
    >>> bs = [Block("abstract", [L(30, "This paper examines …", size=10.5)]),
    ...       Block("other", [L(60, "Vaterschaft im Kontext von Migration", size=10.5, bold=True)]),
    ...       Block("abstract_title", [L(70, "Zusammenfassung", size=10.5, bold=True)]),
    ...       Block("abstract", [L(80, "Der Artikel untersucht …", size=10.5)])]
    >>> translated_title(bs); [b.role for b in bs]
    ['abstract', 'abstract_title', 'abstract_title', 'abstract']
    """
    for k, b in enumerate(blocks):
        if b.role == "heading":
            return
        if b.role not in ("other", "quote", "paragraph") or not b.lines or len(b.lines) > 3:
            continue
        # the abstract's label ("Zusammenfassung") may stand between
        nxt = next((x for x in blocks[k + 1:] if x.role != "furniture"
                    and not (x.role == "abstract_title" and heading_kind(x.text) == "abstract")), None)
        if nxt is None or nxt.role != "abstract" or not nxt.lines:
            continue
        size = max(ln.size for ln in nxt.lines[:3])
        if all(ln.bold or (ln.size > size + 0.5 and b.role == "other") for ln in b.lines):
            b.role, b.why = "abstract_title", "a title above an abstract (the article's title in the abstract's language)"


def title_atop_abstract(blocks: list[Block]) -> None:
    """The article's title in the abstract's language, set as the first
    lines of the abstract itself (same size and weight, under the label
    "Summary"), split off as the abstract's title: at most three lines, not
    ending a sentence, followed by a gap wider than the abstract's own line
    pitch, with more prose after the gap than before it.

    >>> from coursepack.read.structure import Line
    >>> L = lambda y, t: Line(1, 50, y, 400, y + 8.4, t, size=8)
    >>> bs = [Block("abstract_title", [L(170, "Summary")]),
    ...       Block("abstract", [L(188.6, "Modernising universities and professionalis-"),
    ...                          L(198.2, "ing equality work – Extending knowledge of"),
    ...                          L(207.8, "gender equality and gender competencies"),
    ...                          L(227.0, "The article deals with gender mainstream-"),
    ...                          L(236.6, "ing at universities and refers to the empiri-"),
    ...                          L(246.2, "cal results of a qualitative study carried out."),
    ...                          L(255.8, "The focus of the study was the professionalism.")])]
    >>> title_atop_abstract(bs); [(b.role, len(b.lines)) for b in bs]
    [('abstract_title', 1), ('abstract_title', 3), ('abstract', 4)]
    >>> bs[2].lines[0].text
    'The article deals with gender mainstream-'
    """
    k = 0
    while k < len(blocks):
        b = blocks[k]
        if b.role == "heading":
            return
        k += 1
        if b.role != "abstract" or len(b.lines) < 5:
            continue
        lines = b.lines
        pitches = [lines[i + 1].top - lines[i].top for i in range(len(lines) - 1)
                   if lines[i + 1].page == lines[i].page and lines[i + 1].x0 < lines[i].x1
                   and lines[i + 1].top > lines[i].top]
        if len(pitches) < 3:
            continue
        pitch = sorted(pitches)[len(pitches) // 2]
        for cut in range(1, 4):
            a, z = lines[cut - 1], lines[cut]
            if z.page != a.page or z.top <= a.top:
                break
            if z.top - a.top > 1.6 * pitch:
                head = " ".join(ln.text for ln in lines[:cut]).strip()
                if head and head[-1] not in ".!:;," and len(lines) - cut > cut and \
                        not head[:1].islower():
                    blocks.insert(k - 1, Block("abstract_title", lines[:cut],
                                               "the first lines of the abstract, set apart by a gap "
                                               "(the article's title in the abstract's language)"))
                    b.lines = lines[cut:]
                    k += 1
                break




INFO_BOX_WHY = "the article's information box beside the abstract (history, keywords)"


def info_beside_abstract(blocks: list[Block]) -> None:
    """The article's information box set beside the abstract (Elsevier's
    "ARTICLE INFO": the article's history, its keywords one a line, in a
    narrow column left of the abstract), read line by line into the
    abstract: the lines that stand wholly left of the abstract's label
    and column are the box's, front matter of their own (before the label),
    not the abstract's text.

    >>> from coursepack.read.structure import Line
    >>> L = lambda x0, x1, y, t: Line(1, x0, y, x1, y + 8, t)
    >>> bs = [Block("abstract_title", [L(219, 282, 161, "ABSTRACT")]),
    ...       Block("abstract", [L(51, 107, 172, "Article history:"), L(219, 544, 172, "This article reports a survey"),
    ...                          L(51, 156, 182, "Received 3 March 2019"), L(219, 321, 182, "of every region.")])]
    >>> info_beside_abstract(bs); [(b.role, b.text) for b in bs]
    [('affiliation', 'Article history:\\nReceived 3 March 2019'), ('abstract_title', 'ABSTRACT'), ('abstract', 'This article reports a survey\\nof every region.')]
    """
    k = 0
    while k < len(blocks):
        label = blocks[k]
        k += 1
        if label.role != "abstract_title" or not label.lines or k >= len(blocks):
            continue
        x = min(ln.x0 for ln in label.lines)
        # the box's own label in the label's row, left of its column, read
        # as a paragraph of its own before it ("ARTICLE INFO" set
        # letter-spaced, whose word space could not be told from the
        # letters'): the box's
        row = label.lines[0]
        for b in blocks[max(0, k - 3):k - 1]:
            if b.role == "paragraph" and b.page == label.page and len(b.lines) == 1 \
                    and b.lines[0].x1 < x - 4 and abs(b.lines[0].top - row.top) <= 0.5 * max(row.bottom - row.top, 1) \
                    and b.text.isupper() and len(b.text) <= 30:
                b.role, b.why = "affiliation", INFO_BOX_WHY
        # the blocks under the label (the abstract, or pieces of it read as
        # paragraphs) whose lines stand either wholly left of its column
        # or in it, up to the first line across both (the body)
        run = [blocks[k]] if blocks[k].role == "abstract" else []
        j = k + len(run)
        while j < len(blocks) and blocks[j].role in ("abstract", "paragraph") and blocks[j].page == label.page \
                and all(ln.x1 < x - 4 or ln.x0 >= x - 4 for ln in blocks[j].lines):
            run.append(blocks[j])
            j += 1
        box = [ln for b in run for ln in b.lines if ln.x1 < x - 4]
        text = [ln for b in run for ln in b.lines if ln.x1 >= x - 4]
        if not box or not text or run[0].role != "abstract" and not all(b.continues for b in run[1:]):
            continue
        first = run[0]
        first.role, first.lines = "abstract", sorted(text, key=lambda ln: ln.top)
        for b in run[1:]:
            blocks.remove(b)
        blocks.insert(k - 1, Block(role="affiliation", lines=sorted(box, key=lambda ln: ln.top), why=INFO_BOX_WHY,
                                   id=f"{label.id}-info" if label.id else ""))
        k += 1


def abstract_paragraphs(blocks: list[Block]) -> None:
    """An abstract of several paragraphs set without indent or space between
    them, read as one block: split where a line ends a sentence well short
    of the measure (more than an eighth of it) and the next starts in upper
    case; only in a justified abstract (most lines reach the measure), on
    one page and column.  Each later paragraph is an abstract block that
    ``continues`` the one before (:data:`ABSTRACT_PARAGRAPH_WHY`).

    >>> from coursepack.read.structure import Line
    >>> L = lambda y, t, x1=500: Line(1, 100, y, x1, y + 10, t)
    >>> b = Block("abstract", [L(0, "Despite the obvious existence of civil"), L(20, "society, data remain scarce. This"),
    ...       L(40, "report offers suggestions.", 300), L(60, "The empirical material provided by"),
    ...       L(80, "the statistics office is patchy and", 500), L(100, "not consistent.", 250)])
    >>> bs = [b]; abstract_paragraphs(bs); [(x.continues, x.lines[0].text) for x in bs]
    [(False, 'Despite the obvious existence of civil'), (True, 'The empirical material provided by')]
    """
    k = 0
    while k < len(blocks):
        b = blocks[k]
        k += 1
        if b.role != "abstract" or len(b.lines) < 4:
            continue
        lines = b.lines
        measure = max(ln.x1 for ln in lines)
        left = min(ln.x0 for ln in lines)
        width = measure - left
        if width <= 0:
            continue
        em = max((ln.bottom - ln.top) for ln in lines)
        full = sum(measure - ln.x1 <= max(em, 0.02 * width) for ln in lines[:-1])
        if full < 0.6 * (len(lines) - 1):
            continue         # ragged right: a short line says nothing
        cuts = [i + 1 for i in range(len(lines) - 1)
                if lines[i + 1].page == lines[i].page and lines[i + 1].top > lines[i].top
                and abs(lines[i + 1].x0 - lines[i].x0) < 2 * em
                and measure - lines[i].x1 > width / 8
                and re.search(r"[.!?][”’\"')\]]*$", lines[i].text.strip())
                and lines[i + 1].text.strip()[:1].isupper()]
        if not cuts:
            continue
        parts = [lines[a:z] for a, z in zip([0] + cuts, cuts + [len(lines)])]
        b.lines = parts[0]
        new = [Block("abstract", part, why=ABSTRACT_PARAGRAPH_WHY, continues=True) for part in parts[1:]]
        blocks[k:k] = new
        k += len(new)
