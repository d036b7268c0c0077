"""Labelled reference strings: reading the inline-tagged gold, tokens and
their labels, and the fields a labelled string stands for.

The tagged format is one reference a line with inline tags
(``<author><surname>Smith</surname>, <given-names>J.</given-names></author>
(<year>2001</year>) <title>…</title>``), as in the corpus's
``references/*.xml`` and in the training data written by
:mod:`coursepack.bibliography.refsynth`.  The tags are read leniently
(unbalanced or doubled closing tags are ignored; ``&`` need not be
escaped), because hand annotation is loose.

Labels (one per token): ``asur``/``agiv`` (an author's surname / given
names), ``esur``/``egiv`` (an editor's), ``year``, ``title``, ``source``
(journal, book, site), ``volume``, ``issue``, ``edition``, ``fpage``,
``lpage``, ``publisher``, ``place``, ``note`` (anything else worth
keeping), ``url``, ``doi``, ``urldate`` and ``o`` (punctuation and words
between fields).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

TOKEN_RE = re.compile(
    r"(?:https?://|www\.)\S+"                       # URLs
    r"|10\.\d{4,}/\S+"                              # DOIs
    r"|[^\W\d_]+(?:['’\-‐][^\W\d_]+)*"            # words (letters), hyphenated ones whole
    r"|\d+(?:[a-z](?![^\W\d_]))?"                   # numbers, 2002a
    r"|\S",                                         # one punctuation mark
    re.UNICODE)

_TAG_RE = re.compile(r"<(/?)([a-z-]+)>")
_TAGS = {"author", "editor", "surname", "given-names", "year", "title", "source",
         "volume", "issue", "fpage", "lpage", "publisher", "other", "url", "identifier"}


def tokens(text: str) -> list[tuple[int, int]]:
    """Character spans of the tokens of ``text``.

    >>> t = "Smith, J. (2002a) Title. 10.1000/x1."
    >>> [t[a:b] for a, b in tokens(t)]
    ['Smith', ',', 'J', '.', '(', '2002a', ')', 'Title', '.', '10.1000/x1.']
    """
    return [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


@dataclass
class Tagged:
    """A reference string with its labelled character spans."""

    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, label)
    groups: list[tuple[int, int, str]] = field(default_factory=list)  # author/editor spans

    def label_at(self, i: int) -> str:
        for a, b, lab in self.spans:
            if a <= i < b:
                return lab
        return "o"


def _place_like(s: str) -> bool:
    """Whether an ``<other>`` value of the gold reads as a place of
    publication (a few capitalised words, no digits).

    >>> _place_like("Frankfurt a.M."), _place_like("Cambridge, MA"), _place_like("forthcoming")
    (True, True, False)
    >>> _place_like("Zugriff am 14. November 2013"), _place_like("Diss")
    (False, False)
    """
    s = s.strip(" .,;:()")
    if not s or re.search(r"\d", s) or len(s.split()) > 5:
        return False
    if not s[0].isupper():
        return False
    return not re.match(r"(Diss|Abschlu|Zugriff|Typoskript|URL|unver|Working|Discussion|Bd|Vol)", s)


def parse_tagged(line: str) -> Tagged:
    """Read one inline-tagged reference.

    >>> t = parse_tagged("<author><surname>Smith</surname>, <given-names>J.</given-names>"
    ...                  "</author> (<year>2001</year>) <title>Rivers</title>. <other>Oxford</other>")
    >>> t.text
    'Smith, J. (2001) Rivers. Oxford'
    >>> [(t.text[a:b], lab) for a, b, lab in t.spans]
    [('Smith', 'asur'), ('J.', 'agiv'), ('2001', 'year'), ('Rivers', 'title'), ('Oxford', 'place')]
    """
    out: list[str] = []
    pos = 0
    stack: list[tuple[str, int]] = []
    spans: list[tuple[int, int, str]] = []
    groups: list[tuple[int, int, str]] = []
    last = 0
    raw = line.rstrip("\n")
    for m in _TAG_RE.finditer(raw):
        if m.group(2) not in _TAGS:
            continue
        chunk = raw[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        last = m.end()
        closing, tag = m.group(1) == "/", m.group(2)
        if not closing:
            stack.append((tag, pos))
            continue
        # close the innermost open tag of that name; ignore stray closers
        for k in range(len(stack) - 1, -1, -1):
            if stack[k][0] == tag:
                _, start = stack.pop(k)
                _close(tag, start, pos, stack, spans, groups)
                break
    out.append(raw[last:])
    text = "".join(out)
    # trim whitespace at span edges
    trimmed = []
    for a, b, lab in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            trimmed.append((a, b, lab))
    trimmed.sort()
    spans = _relabel(text, trimmed)
    spans = _align(text, spans, sorted(groups))
    return Tagged(text, spans, sorted(groups))


_ED_MARK = re.compile(r"\(\s*(ed|eds|edd|hg|hgg|hrsg|dir|coord|éd|éds|editors?)\.?\s*\)"
                      r"|,\s*(eds?|hg|hrsg|editors?)\.?(?=[\s,(:])", re.I)


def _align(text: str, spans, groups):
    """The gold read as the reference means it, where the hand tagging is
    loose: names at the head of an entry tagged as editors with no editor
    mark after them ("European Parliament (2007) …") are its authors; a
    title's own closing "?" or "!" left outside the tag belongs to it.

    >>> t = parse_tagged("<editor>World Bank</editor> (<year>2001</year>) <title>Why</title>?")
    >>> [(t.text[a:b], lab) for a, b, lab in t.spans]
    [('World', 'agiv'), ('Bank', 'asur'), ('2001', 'year'), ('Why?', 'title')]
    """
    out = []
    for ga, gb, g in groups:
        if g == "author" and text[ga:gb].strip().isdigit() \
                and not any(ga <= a < gb for a, _, _ in spans):
            spans = sorted(spans + [(ga, gb, "asur")])  # "(<author>1998</author>)"
    for a, b, lab in spans:
        if lab == "title" and text[b:b + 1] in ("?", "!"):
            b += 1
        if lab in ("asur", "agiv") and text[a:b].isdigit():
            # a number tagged as a name (a slip): a year, or the first page
            # of a range ("<given-names>463</given-names>—<lpage>78")
            lab = "year" if re.fullmatch(r"(1[5-9]|20)\d\d", text[a:b]) else \
                "fpage" if re.match(r"\s*[-–—]", text[b:]) else "o"
        out.append((a, b, lab))
    if any(g == "author" for _, _, g in groups):
        return out
    first = next((a for a, b, lab in out if lab in ("title", "year", "source")), len(text))
    heads = [(a, b) for a, b, g in groups if g == "editor" and b <= first]
    if not heads or _ED_MARK.search(text, heads[-1][1], first + 1):
        return out
    end = heads[-1][1]
    return [(a, b, "a" + lab[1:] if lab in ("esur", "egiv") and b <= end else lab)
            for a, b, lab in out]


def _close(tag, start, end, stack, spans, groups):
    inside = [t for t, _ in stack]
    if tag in ("author", "editor"):
        groups.append((start, end, tag))
        if tag == "editor":
            # an editor's name is not split into surname and given names in
            # the gold: the whole span is labelled, split later
            spans.append((start, end, "ename"))
        return
    if tag in ("surname", "given-names"):
        if "editor" in inside:
            return
        spans.append((start, end, "asur" if tag == "surname" else "agiv"))
        return
    lab = {"source": "source", "identifier": "doi", "other": "other"}.get(tag, tag)
    spans.append((start, end, lab))


def _relabel(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Gold conventions made regular: ``other`` split into ``place`` and
    ``note`` (or ``urldate`` when it holds an access date), an ``issue``
    that is an edition (``4th edn``) relabelled, an identifier that is no DOI
    kept as a note, the editor's names split into surname and given names."""
    out = []
    for a, b, lab in spans:
        val = text[a:b]
        after = text[b:b + 12]
        if lab == "other":
            if re.search(r"(accessed|consulted|Zugriff|abgerufen|retrieved|\d{1,2}\.\s?\d{1,2}\.\s?\d{4})",
                         val, re.I):
                lab = "urldate"
            else:
                lab = "place" if _place_like(val) else "note"
        elif lab == "issue" and re.match(r"\s*(th|st|nd|rd)?\.?\s*(edn|ed\.|edition|Aufl)", after + " ", re.I) \
                or lab == "issue" and re.match(r"\d+(st|nd|rd|th)$", val):
            lab = "edition"
        elif lab == "doi" and not re.search(r"10\.\d{4,}/", val):
            lab = "note"
        if lab == "ename":
            for sa, sb, sl in split_name_span(text, a, b):
                out.append((sa, sb, "e" + sl))
            continue
        out.append((a, b, lab))
    return out


_INIT = re.compile(r"^(?:[^\W\d_][a-z]?\.?-?){1,3}$")


def split_name_span(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """Split the span of one written name into surname (``sur``) and given
    names (``giv``) spans: "Bertaux, Daniel", "C. Spielberger", "Deth, J.W.
    van", "Bundesregierung" (one surname).

    >>> t = "C. G. McClintock"
    >>> [(t[x:y], l) for x, y, l in split_name_span(t, 0, len(t))]
    [('C. G.', 'giv'), ('McClintock', 'sur')]
    >>> t = "Bertaux, Daniel"
    >>> [(t[x:y], l) for x, y, l in split_name_span(t, 0, len(t))]
    [('Bertaux', 'sur'), ('Daniel', 'giv')]
    """
    s = text[a:b]
    if "," in s:
        i = s.index(",")
        sur = (a, a + len(s[:i].rstrip()), "sur")
        j = i + 1
        while j < len(s) and s[j].isspace():
            j += 1
        res = [sur]
        if j < len(s):
            res.append((a + j, b, "giv"))
        return res
    words = list(re.finditer(r"\S+", s))
    if len(words) <= 1:
        return [(a, b, "sur")]
    # "Given Given Surname": the last word (with particles before it) is the surname
    k = len(words) - 1
    while k > 0 and words[k - 1].group().lower() in ("van", "von", "de", "der", "den", "da", "di", "du", "la", "le"):
        k -= 1
    if k == 0:
        return [(a, b, "sur")]
    return [(a + words[0].start(), a + words[k - 1].end(), "giv"),
            (a + words[k].start(), b, "sur")]


def token_labels(t: Tagged) -> list[str]:
    """The label of each token of ``t.text`` (by its first character)."""
    labs = []
    for a, b in tokens(t.text):
        lab = "o"
        for sa, sb, sl in t.spans:
            if sa <= a < sb:
                lab = sl
                break
        else:
            # a tag opened inside a word ("U<title>nions in …", a slip of the
            # hand tagging): the word is the field's
            for sa, sb, sl in t.spans:
                if a < sa < b and t.text[a:b].isalpha():
                    lab = sl
                    break
        labs.append(lab)
    return labs


def read_tagged_file(path) -> list[Tagged]:
    """All references of a tagged file (blank lines skipped)."""
    with open(path, encoding="utf-8") as fh:
        return [parse_tagged(line) for line in fh if line.strip()]
