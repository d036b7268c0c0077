"""Find the citations in footnotes.

A note may hold several works and commentary (``For instance, works of
X: A; B; an article of Y, C``); ``Ibid.`` and shortened repeats
(``Otvety na voprosy…``) point back to an earlier full citation.  Each
citation keeps its span in the note's text, so that the note can be
re-written with a :class:`~coursepack.model.Cite` around it.

>>> cits = parse_note(6, "For instance, works of Anna Berg: Rivers, Oxford "
...     "University Press, Oxford 2010; Lakes, “Hydro” 2012, vol. 3, pp. 1–9; "
...     "an article of Jan Nowak, Hills, “Geo” 2001, no. 2.")
>>> [(c.authors[0].last, c.title, c.type) for c in cits]
[('Berg', 'Rivers', 'book'), ('Berg', 'Lakes', 'article'), ('Nowak', 'Hills', 'article')]
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .cite import Citation, Name, parse_citation, parse_people
from .dates import PDate
from .lexicon import words_re
from .translit import fold

_IBID = re.compile(r"^\s*(?:" + words_re("ibid") + r")\.?"
                   r"(?:,?\s*(?:(?:p|pp|s|ss|с)\.\s*)?[\dIVXivx]+(?:\s*[–-]\s*[\dIVXivx]+|\s*ff?\.)?)?\.?\s*$", re.I)
# "Smith, op. cit., p. 12": the work of that author cited last
_OP_CIT = re.compile(r"^(?P<names>[^,;]{2,60}?),?\s+(?:op\.\s?cit|loc\.\s?cit|a\.\s?a\.\s?O|l\.\s?c|cyt\.\s?wyd|"
                     r"art\.\s?cit|ouvr\.\s?cit)\b\.?", re.I)
_INTRO = re.compile(
    r"^(?:(?:for (?:instance|example)|e\.g\.|see(?: also)?|cf\.|compare|zob\.(?: też)?|"
    r"vgl\.(?: auch| dazu| etwa| hierzu)?|siehe(?: auch| dazu| etwa)?|"
    r"por\.|for more (?:information|details),? see(?: also)?|more in|see in)"
    r"\s*[,:]?\s*)+", re.I)
_WORK_INTRO = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:(?:collective|edited|recent)\s+)?"
    r"(?P<what>works?|articles?|research(?:es)?|stud(?:y|ies)|books?|reports?|papers?|"
    r"analys[ie]s|monographs?|chapters?)(?:\s+(?:of|by)\b)?\s*[,:]?\s*", re.I)
_SEE = re.compile(r"(?:^|[.:;]\s+|\s)(?:for more (?:information|details),?\s+)?"
                  r"(?:see(?: also)?|cf\.|zob\.(?: też)?)\s*:\s*", re.I)
# a new citation beginning after a full stop: 'pp. 72–92. S. Markedonov, …'
_NEW_AFTER_STOP = re.compile(
    r"(?<=[\w)”»])(?<!\b[A-ZА-Я])(?<!\b[A-ZА-Я][a-z])"
    r"(?<!\bed)(?<!\beds)(?<!\bred)(?<!\bcf)(?<!\bvol)(?<!\bno)(?<!\bNo)(?<!\bpp)(?<!\bp)"
    r"(?<!\bby)(?<!\bet al)\.\s+(?=(?:[A-ZА-Я][a-z]?\.\s?)+[A-ZÀ-ÖØ-ÞА-Я][\w'’-]+,)")


# a name as notes write it before the title: "Klaus J. Bade, …",
# "Heiko Kaufmann (Hg.), …", "Ulrich von Hehl, …"
_UPW = r"[A-ZÀ-ÖØ-ÞĀ-ſА-Я][\w'’\-]+"
_GEN = r"(?:,?\s+(?:Jr|Sr)\.|\s+(?:II|III|IV)\b)?"      # a generational suffix: "King, Jr."
_FULL_NAME = (rf"(?:{_UPW}|[A-ZÀ-ÖØ-Þ]\.)(?:\s+(?:{_UPW}|[A-ZÀ-ÖØ-Þ]\.)){{0,2}}"
              rf"\s+(?:(?:von|van|de|der|zu|du|da|di|le|la)\s+)*{_UPW}{_GEN}"
              rf"(?:\s*(?:/|und|and|&)\s*(?:(?:{_UPW}|[A-ZÀ-ÖØ-Þ]\.)\s+)+"
              rf"(?:(?:von|van|de|der|zu|du|da|di|le|la)\s+)*{_UPW}{_GEN})*"
              r"(?:\s*\((?:Hg|Hrsg|ed|eds|Ed|Eds|red)\.\))?,")
# the words of prose that lead to a citation: "… siehe", "Darstellung von",
# "einen Überblick gibt", "see", "cf."
_CUE = re.compile(r"(?:^|(?<=[\s(.,;:]))(?i:vgl\.|siehe|see|cf\.|compare|von|by|gibt|geben|"
                  r"(?:angaben|hinweise|details|information)\s+(?:in|bei)|"
                  r"bietet|bei|dazu|hierzu|etwa|bes\.|insbesondere|especially)(?:\s+(?:auch|also|"
                  r"dazu|zuletzt|etwa|bereits))?\s+(?=" + _FULL_NAME + ")"
                  # a label after a full stop: "… S. 257–274. Gesamtdarstellungen: Jan Motte/ …"
                  r"|(?<=[.;]\s)[A-ZÄÖÜ][a-zäöüß]{3,}(?:\s+[a-zäöüß]+){0,2}:\s+(?=" + _FULL_NAME + ")")
_LEAD = re.compile(r"^(?:vgl\.|siehe|see|cf\.)(?:\s+(?:auch|dazu|etwa|hierzu|also))?\s+", re.I)
# "… gefördert (vgl. www.equality-management.de)": the citation is the address
_URL_CUE = re.compile(r"(?:^|(?<=[\s(]))(?i:vgl\.|siehe|see|cf\.)(?:\s+(?i:auch|also))?\s+"
                      r"(?=(?:https?://|www\.)\S)")
# "ders.", "dies." (the same author(s) as the citation before), with "(Hg.)"
_SAME = re.compile(r"^(?:ders|dies|derselbe|dieselbe|dieselben|idem|eadem|eidem)\.?"
                   r"(?P<more>(?:\s*/\s*[^,/()]{3,60})*)"      # "ders./Rainer Ohliger, …": and others
                   r"(?P<ed>\s*\((?:Hg|Hrsg|ed|eds|Ed|Eds)\.\))?\s*,\s*", re.I)
# the end of a citation that prose follows: "… München 2001, die trotz …"
# (two words in lower case; not "2012, vol. 32, issue 2"), or a long
# parenthesis of prose: "…, 2003, p. A20. (UAW is the United Auto Workers, …)"
_TAIL = re.compile(r"(?<=\d)(?:\)?\s*\d*)?(?:,\s*(?:S|p|pp|s)\.\s*[A-Z]?[\dIVXivx]+(?:\s*[–-]\s*\d+)?"
                   r"(?:\s*ff?\.)?)?(?=,\s+[a-zäöüß]{3,}\s+[^\W\d_]{2,}\b(?!\.)"
                   r"|\.?\s+\([^()]{40,}\))")


def _citation_starts(piece: str) -> list[int]:
    """Where the citations of a piece of prose begin: at each name a cue
    word leads to ("Zur X siehe Jochen Oltmer, …", "die Darstellung von
    Ulrich Herbert, …").

    >>> t = "Zur Emigration siehe Patrice G. Poutrus, Zuflucht, Berlin 2004. Dazu siehe Stefan Troebst, Kinder, Berlin 2004."
    >>> [t[i:i + 8] for i in _citation_starts(t)]
    ['Patrice ', 'Stefan T']
    >>> _citation_starts("Klaus J. Bade, Europa, München 2000"), _citation_starts("as shown by Smith in 2001")
    ([], [])
    >>> t = "Anna Roth, Dörfer, Kassel 1987. Gesamtdarstellungen: Jan Ott/ Eva Lind (Hg.), Häfen, Kiel 2001."
    >>> [t[i:i + 7] for i in _citation_starts(t)]
    ['Jan Ott']
    """
    return sorted([m.end() for m in _CUE.finditer(piece)] + [m.end() for m in _URL_CUE.finditer(piece)])


def _cut_prose(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The span ``a``–``b`` of a note, cut to its citations where prose
    leads to them: each from its name to the sentence before the next
    one, and ended where prose follows its year or pages."""
    piece = text[a:b]
    head = _INTRO.match(piece) or _LEAD.match(piece)
    skip = head.end() if head else 0
    if re.match(_FULL_NAME, piece[skip:]) or re.match(_SAME, piece[skip:]):
        starts = [0] + [q for q in _citation_starts(piece) if q > skip and
                        re.search(r"[.;]\s+\S[^.;]*$", piece[:q])]
    else:
        starts = _citation_starts(piece)
        if not starts:         # no name leads it: only "Vgl. " left out
            return [(a + (head.end() if head and _LEAD.match(piece) else 0), b)]
    out = []
    for k, q in enumerate(starts):
        end = len(piece)
        if k + 1 < len(starts):
            nxt = starts[k + 1]
            stop = max(piece.rfind(". ", q, nxt), piece.rfind("; ", q, nxt))
            end = stop + 1 if stop > q else nxt
        t = _TAIL.search(piece, q, end)
        if t:
            end = t.end()
        t = _PLACE_YEAR_STOP.search(piece, q, end)
        if t and re.match(_FULL_NAME, piece[q:]):
            end = t.end(1)
        out.append((a + q, a + end))
    return out


# "Name, Title, Place Year." ends there when a sentence follows: "…, München
# 1976. Die Anfang (the year with its edition: "1976²", "19762") der 1970er Jahre …" (not "… 2004. In: …", "… 2001. S. 5")
_PLACE_YEAR_STOP = re.compile(r"\b[A-ZÄÖÜ][\w.\-]+\s+((?:1[5-9]|20)\d\d[\d²³⁴-⁹]?)(?=\.\s+(?!In\b|S\.|Hg|Hrsg|Bd|"
                              r"Vol|vol|pp?\.|Aufl|Heft|Nr|No)[A-ZÄÖÜ])")
# a name in prose, not an author before a title: "and Ron Judd, who helped …",
# "Friedrich Bülow, geboren am …"
_PROSE_NAME = re.compile(r"(?:^|(?<=\s))" + _FULL_NAME +
                         r"\s+(?:who|whom|whose|which|der|die|dessen|deren|welche[rs]?|qui|que|"
                         r"dont|il|er|sie|he|she|geboren|geb\.|born|né|née)(?!\w)")



# "Hurd, Milkman and Turner 2003", "Gerst et al., 1995", "Lazarus, 1996":
# a reference by author and year, as the text makes them, to a listed work
_SURNAME = r"(?:(?:von|van|de|der|du|da|di|le|la)\s+)*[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’\-]+"
_AUTHOR_YEAR = re.compile(
    rf"(?P<names>{_SURNAME}(?:\s*,\s*{_SURNAME})*(?:\s*,?\s+(?:and|&|und)\s+{_SURNAME})?"
    r"(?:\s+et\.?\s*al\.?)?),?\s+\(?(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\)?"
    r"(?:\s*[:,]\s*(?:pp?\.\s*|S\.\s*)?\d+(?:\s*[–-]\s*\d+)?)?(?:\s+in\s+" + _SURNAME + r")?$")
# what may lead to it in prose: "see", "appear in", "for example:"
_AY_CUE = re.compile(r"(?:\b(?:see(?:\s+also)?|cf\.|(?:appears?|appeared|published|reported)\s+in|e\.g\.|for\s+(?:example|instance)|"
                     r"vgl\.|siehe|bei)\s*[:,]?|:)\s*$", re.I)
# a finite verb of prose ("Findings are based …", "… has had more than …")
_PROSE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|been|can|will|would|could|should|"
                         r"must|did|does|ist|sind|war|waren|hat|haben|wird|werden|wurde|wurden|"
                         r"kann|est|sont|ont|était)\b")


def author_year(body: str) -> re.Match | None:
    """The reference by author and year that ends ``body`` when it is all of
    it or prose leads to it ("… appear in Hurd, Milkman and Turner 2003").

    >>> author_year("Gerst et al., 1995").group("names"), author_year("see for example: Bahnmüller, Salm, 1996").group("names")
    ('Gerst et al.', 'Bahnmüller, Salm')
    >>> author_year("Earlier versions appear in Hurd, Milkman and Turner 2003").group("names")
    'Hurd, Milkman and Turner'
    >>> author_year("Anna Roth, Dörfer, Kassel 1987") is None, author_year("Europa, München 2000") is None
    (True, True)
    """
    body = body.rstrip(" .")
    for k in range(len(body)):
        if k and not (body[k - 1].isspace() or body[k - 1] in ":("):
            continue
        m = _AUTHOR_YEAR.match(body, k)
        if m and "," in m.group("names") and not re.search(r"\s(?:and|&|und|et\.?\s*al)\b", m.group("names")) \
                and not re.match(r",\s", body[m.end("names"):]):
            continue        # "Europa, München 2000": a title, a place and a year
        if m and (k == 0 or _AY_CUE.search(body[:k])):
            return m
    return None


def is_prose(body: str) -> bool:
    """Whether ``body`` is sentences of prose, not a citation: two sentences
    of twelve words or more, most of them in lower case, each with a finite
    verb (a title may be one such sentence: "What has been done and what
    needs to be done").

    >>> is_prose("None of the governments since the independence has had more than two female ministers in its "
    ...          "cabinet. The increased share of women is due to the changes made to the election law in 2002.")
    True
    >>> is_prose("Rede von Bundeskanzlerin Merkel beim Arbeitgebertag 2007 der Bundesvereinigung der Deutschen Arbeitgeberverbände, Berlin 2007")
    False
    >>> is_prose("K.Truevtsev, Astana format. What has been done and what needs to be done, Valdai Discussion Club, 11 vii 2019")
    False
    """
    body = re.sub(r"<[^<>]*>|\[[^\[\]]*\]|(?:https?://|www\.)\S+", " ", body)
    n = 0
    for sent in re.split(r"(?<=[a-z)]{2}[.!?])\s+(?=[A-Z])", body):
        words = re.findall(r"[^\W\d_][\w'’\-]*", sent)
        low = [w for w in words if w[0].islower()]
        if len(words) >= 12 and len(low) >= 0.6 * len(words) and _PROSE_VERB.search(sent):
            n += 1
    return n >= 2


SPACES = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ",
                        "\u2003": " ", "\u2007": " ", "\u200a": " ", "\t": " ",
                        "\n": " "})


def _scan_split(text: str, sep: str) -> list[tuple[int, int]]:
    """Spans of ``text`` split at ``sep`` outside quotes, brackets and <URLs>.
    A quote opens only when it closes later (German „…“, Polish „…”; the
    guillemets of »…« are no pair «…»).

    >>> t = "A, „Kinder“ 1949, Berlin 2004; B, »Titel« 2001; C, 2002"
    >>> [t[a:b] for a, b in _scan_split(t, ";")]
    ['A, „Kinder“ 1949, Berlin 2004', ' B, »Titel« 2001', ' C, 2002']
    """
    pairs = {"“": "”", "„": "”“", "«": "»", "(": ")", "[": "]", "<": ">"}
    out, stack, start = [], [], 0
    for i, ch in enumerate(text):
        if stack and ch in stack[-1]:
            stack.pop()
            continue
        if ch in pairs and any(text.find(x, i + 1) > 0 for x in pairs[ch]):
            stack.append(pairs[ch])
            continue
        if ch == sep and not stack:
            out.append((start, i))
            start = i + 1
    out.append((start, len(text)))
    return out


def split_note(text: str) -> list[tuple[int, int]]:
    """Spans of the pieces of a note that may each be one citation.

    >>> t = "A. Bell, T, 2001. C. Dunn, U, 2002; see also: E. Fox, V, 2003"
    >>> [t[a:b] for a, b in split_note(t)]
    ['A. Bell, T, 2001', 'C. Dunn, U, 2002', 'see also: E. Fox, V, 2003']
    """
    pieces: list[tuple[int, int]] = []
    for a, b in _scan_split(text, ";"):
        cuts = [a]
        seg = text[a:b]
        for m in _NEW_AFTER_STOP.finditer(seg):
            cuts.append(a + m.end())
        for m in _SEE.finditer(seg):
            if m.start() > 0:
                cuts.append(a + m.start() + (1 if seg[m.start()] in ".:;" else 0))
        cuts = sorted(set(cuts)) + [b]
        for x, y in zip(cuts, cuts[1:]):
            while x < y and text[x] in " \n\t.;":
                x += 1
            yy = y
            while yy > x and text[yy - 1] in " \n\t;.":
                yy -= 1
            if yy > x:
                for xa, xb in _cut_prose(text, x, yy):
                    while xb > xa and text[xb - 1] in " \n\t;.,":
                        xb -= 1
                    if xb > xa:
                        pieces.append((xa, xb))
    return pieces


def _strip_intro(text: str) -> tuple[int, bool, bool]:
    """(characters of intro, names may be full, plural 'works of')."""
    pos = 0
    m = _INTRO.match(text)
    if m:
        pos = m.end()
    m = _WORK_INTRO.match(text[pos:])
    plural = False
    full = pos > 0
    if m and (m.group(0).rstrip().endswith(("of", "by")) or "," in m.group(0)
              or ":" in m.group(0)):
        pos += m.end()
        full = True
        what = m.group("what").lower()
        plural = what.endswith("s") and what not in ("analysis",) or what == "researches"
    return pos, full, plural


def parse_note(number: int, text: str, history: list[Citation] | None = None
               ) -> list[Citation]:
    """The citations in one note, in order, with spans in ``text``.
    ``history`` holds the citations of the notes before (for ibid. and
    short titles); new full citations are appended to it."""
    history = history if history is not None else []
    text = text.translate(SPACES)          # same length: offsets hold
    out: list[Citation] = []
    if _IBID.match(text):
        prev = next((c for c in reversed(history) if c.kind == "full" or c.ref), None)
        s = len(text) - len(text.lstrip())
        e = len(text.rstrip())
        c = Citation(text=text.strip(), start=s, end=e, kind="ibid", note=number,
                     ref=(prev.ref or prev) if prev else None)
        out.append(c)
        history.append(c)
        return out
    carried: list[Name] | None = None
    prev_text: list[Citation] = []     # the piece before, read or not (for "ders.")
    for k, (a, b) in enumerate(split_note(text)):
        piece = text[a:b]
        skip, full, plural = _strip_intro(piece)
        body = piece[skip:]
        lead = len(body) - len(body.lstrip())
        start = a + skip + lead
        body = body.strip()
        end = start + len(body.rstrip(". "))
        if _PROSE_NAME.search(body):
            continue
        if _BARE_ADDRESS.fullmatch(body.rstrip(" .,;)")) and body.count(")") > body.count("("):
            body = body.rstrip(" .,;)")       # "(vgl. www.x.de)": the bracket is the prose's
            end = start + len(body)
        ay = author_year(body)
        if ay is not None and (ay.start() == 0 or is_prose(body[:ay.start()]) or not
                               re.match(_FULL_NAME, body)):
            # a reference by author and year: to a work of the list, never a work of its own
            names = re.sub(r"\s+et\.?\s*al\.?$", "", ay.group("names"))
            c = Citation(text=ay.group(0), start=start + ay.start(), end=start + ay.end(),
                         kind="authoryear", note=number, date=PDate(int(ay.group("year"))),
                         authors=[Name(n) for n in re.split(r"\s*,\s*|\s+(?:and|&|und)\s+", names) if n])
            out.append(c)
            continue
        if is_prose(body) and not re.match(_FULL_NAME, body):
            continue            # sentences of prose (a remark, thanks) hold no citation
        body = _same_author(body, prev_text or history)
        body, edition = _edition_mark(body)
        prev_text = [Citation(text=body, kind="full")]
        # 'Thomas L. Friedman, “Evolutionaries,” …': a name before a quoted title
        named = bool(re.match(_FULL_NAME + r"\s*[“„«\"]", body))
        c = parse_citation(body, full_names=full or k > 0 or named, offset=start, carried=carried)
        c.end = end
        c.note = number
        c.edition = edition
        if plural and c.authors:
            carried = c.authors
        elif not plural and full and c.authors:
            carried = None
        if c.is_citation() or (re.match(_FULL_NAME, body) or _EDITOR_FIRST.match(body)) and (
                re.search(r"\b(?:1[5-9]|20)\d\d\b|\b(?:o\.\s?J|n\.\s?d)(?:\.|$)", body)
                or _IN_EDITED.search(body)) \
                or _BARE_ADDRESS.fullmatch(body.rstrip(" .,;)")) and c.url:
            # (a name first and a year ("o. J.", "n.d.": none printed), or a chapter "in: Editors (Hrsg.), Book":
            # a work the reference parser may read whole; a web address alone,
            # as "vgl. www.x.de" gives it: that page)
            c.kind = "full"
            out.append(c)
            history.append(c)
            continue
        short = _op_cit(body, history) or _short_ref(body, history)
        if short is not None:
            c = Citation(text=body, start=start, end=end, kind="short", note=number,
                         ref=short)
            out.append(c)
            history.append(c)
    return out


# "Berliner Institut für vergleichende Sozialforschung (Hg.), Weltflüchtlingsbericht, …"
_EDITOR_FIRST = re.compile(r"[A-ZÀ-ÖØ-Þ][^,;()]{2,80}\((?:Hg|Hrsg|eds?|Ed|Eds|red)\.\),")
_IN_EDITED = re.compile(r"[,.]\s+in:?\s+[^;]{3,200}?\((?:Hg|Hrsg|eds?|Ed|Eds|red)\.\)", re.I)
_BARE_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>]+")


def _edition_mark(body: str) -> tuple[str, str]:
    """``body`` with the edition its year carries as a superscript read
    apart ("München 1976²", extracted as "München 19762"), and the edition.

    >>> _edition_mark("Ernst Kron, Der Staat, München 19762"), _edition_mark("Ernst Kron, Der Staat, München 1976³.")
    (('Ernst Kron, Der Staat, München 1976', '2'), ('Ernst Kron, Der Staat, München 1976.', '3'))
    >>> _edition_mark("Ernst Kron, Der Staat, München 1976"), _edition_mark("Anna Roth, Lakes, 2001, pp. 19762")
    (('Ernst Kron, Der Staat, München 1976', ''), ('Anna Roth, Lakes, 2001, pp. 19762', ''))
    """
    m = re.search(r"(?<=\s)[A-ZÀ-ÖØ-Þ][\w\-/.]*[a-zà-öø-ÿ]\s+(?:1[5-9]|20)\d\d([2-9]|[²³⁴-⁹])$", body.rstrip(" ."))
    if not m:
        return body, ""
    return body[:m.start(1)] + body[m.end(1):], m.group(1).translate(_SUPERSCRIPT)


_SUPERSCRIPT = str.maketrans("²³⁴⁵⁶⁷⁸⁹", "23456789")


def _same_author(body: str, before: list[Citation]) -> str:
    """``body`` with "ders." / "dies." (the same author(s) as the citation
    before) written out as that citation's names.

    >>> h = parse_note(1, "Vgl. Klaus J. Bade, Europa in Bewegung, München 2000.")
    >>> _same_author("ders. (Hg.), Migration, Osnabrück 2002", h)
    'Klaus J. Bade (Hg.), Migration, Osnabrück 2002'
    >>> _same_author("Anna Berg, Lakes, 2001", h)
    'Anna Berg, Lakes, 2001'
    >>> _same_author("ders./Rainer Ohliger, Privilegierte Migration, Berlin 1998", h)
    'Klaus J. Bade/Rainer Ohliger, Privilegierte Migration, Berlin 1998'
    >>> h2 = [Citation(text="Klaus J. Bade/Rainer Ohliger, Privilegierte Migration, Berlin 1998", kind="full")]
    >>> _same_author("ders./Ralf Ulrich, Zuwanderung, Bonn 1999", h2)
    'Klaus J. Bade/Ralf Ulrich, Zuwanderung, Bonn 1999'
    """
    m = _SAME.match(body)
    if not m:
        return body
    prev = next((c for c in reversed(before) if c.kind == "full"), None)
    if prev is None:
        return body
    # the names as the citation before writes them, else as read
    w = re.match(_FULL_NAME, _LEAD.sub("", prev.text.strip(), count=1))
    if w:
        names = re.sub(r"\s*\([^)]*\)\s*,$|,$", "", w.group(0))
    elif prev.authors or prev.editors:
        names = " und ".join(f"{n.first} {n.last}".strip() if not n.org else n.last
                             for n in prev.authors or prev.editors)
    else:
        return body
    more = re.sub(r"\s*/\s*", "/", m.group("more") or "")
    if more and re.match(r"(?:ders|derselbe|dieselbe|idem|eadem)\b", body, re.I):
        # "ders./Wolfgang Seifert" after "Rainer Münz/Rainer Ohliger, …": the one
        # person the word means (the first) and the others it names
        names = re.split(r"\s*(?:/|\bund\b|\band\b|&)\s*", names)[0]
    return f"{names}{more}{m.group('ed') or ''}, {body[m.end():]}"


def _op_cit(body: str, history: list[Citation]) -> Citation | None:
    """The earlier full citation "Smith, op. cit." (loc. cit., a.a.O.)
    stands for: the last one whose first author has that surname.

    >>> h = [parse_note(1, "J. Smith, A Book on Rivers, London 2001.")[0],
    ...      parse_note(2, "K. Lee, Another Book, Oxford 2003.")[0]]
    >>> _op_cit("Smith, op. cit., p. 12", h).title
    'A Book on Rivers'
    >>> _op_cit("Brown, op. cit.", h) is None
    True
    """
    m = _OP_CIT.match(body.strip())
    if not m:
        return None
    names = parse_people(m.group("names"))
    want = fold(names[0].last) if names else fold(m.group("names").split()[-1])
    for c in reversed(history):
        full = c if c.kind == "full" else c.ref
        if full is not None and full.authors and fold(full.authors[0].last) == want:
            return full
    return None


def _first_surname(c: Citation) -> str:
    """The first author's surname of a full citation (folded), as read or,
    when the rules read no name, as the name before the title gives it.

    >>> _first_surname(parse_note(1, "John Smith, The Rivers of Europe (New York: Norton, 2001), 45.")[0])
    'smith'
    """
    if c.authors or c.editors:
        return fold((c.authors or c.editors)[0].last)
    m = re.match(_FULL_NAME, _LEAD.sub("", c.text.strip(), count=1))
    if not m:
        return ""
    first = re.split(r"\s*(?:/|\bund\b|\band\b|&|\()", m.group(0))[0]
    return fold(first.rstrip(" ,").split()[-1]) if first.strip(" ,") else ""


def _short_ref(body: str, history: list[Citation]) -> Citation | None:
    """The earlier full citation a shortened one stands for, if any.

    >>> h = parse_note(1, "John Smith, The Rivers of Europe (New York: Norton, 2001), 45.")
    >>> _short_ref("Smith, Rivers of Europe, 50", h) is h[0], _short_ref("Lee, Rivers of Europe, 50", h)
    (True, None)
    """
    t = re.sub(r"(\.\.\.|…|\s)+$", "", body).strip(" .,")
    if len(t) < 8:
        return None
    # 'Author, Short title' or just 'Short title'
    parts = [p.strip() for p in t.split(",")]
    names = parse_people(parts[0]) if len(parts) > 1 else None
    if not names and len(parts) > 2 and re.fullmatch(_SURNAME, parts[0]) and any(
            c.kind == "full" and _first_surname(c) == fold(parts[0]) for c in history):
        names = [Name(parts[0])]        # "Smith, Rivers of Europe, 50": the surname alone
    short_title = ", ".join(parts[1:]) if names else t
    short_title = re.sub(r",?\s*(?:p|pp|s)\.\s*[\d–-]+$", "", short_title)
    if names:
        short_title = re.sub(r",\s*\d+(?:\s*[–-]\s*\d+)?$", "", short_title)
    ft = fold(short_title)
    best, best_score = None, 0.0
    for c in history:
        if c.kind != "full" or not c.title:
            continue
        title = fold(c.title)
        if title.startswith(ft) and len(ft) >= 8:
            score = 100.0
        else:
            score = fuzz.partial_ratio(ft, title) if len(ft) >= 12 else 0
        if names and _first_surname(c) and fold(names[0].last) != _first_surname(c):
            score -= 30
        if score > best_score:
            best, best_score = c, score
    return best if best_score >= 90 else None
