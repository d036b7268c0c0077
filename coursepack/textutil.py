"""Text helpers shared by the teaching material (glossary, questions, timeline).

What the three need to agree on: which blocks are the article's own prose
(not its reference list), where its sentences are, what a citation looks like
("(Smith 2019)", "Karau & Williams, 1993", "Hertel et al. (2000)"), which
surnames belong to cited authors, and the language of the reading.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from . import model

_ABBREV = {"e.g", "i.e", "mr", "mrs", "ms", "dr", "prof", "st", "vs", "cf", "no", "pp",
           "vol", "fig", "jr", "sr", "gen", "col", "lt", "gov", "sen", "rep", "ed", "eds",
           "al", "approx", "ca", "c", "vgl", "bzw", "z.b", "u.a", "d.h", "s", "sog", "ebd",
           "hrsg", "jh", "nr", "abs", "art", "bd", "dt", "etc"}


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace (including no-break spaces) to one space.

    >>> normalize_space(" a\\u00a0 b\\n c ")
    'a b c'
    """
    return re.sub(r"\s+", " ", text).strip()


def balanced(s: str) -> bool:
    """Quotation marks (English “…”, German „…“) and brackets pair up.

    >>> balanced("Er sagte „nein“ (laut)."), balanced("He said “no.")
    (True, False)
    """
    if "„" in s:
        if s.count("„") != s.count("“") or "”" in s:
            return False
    elif s.count("“") != s.count("”") or s.count('"') % 2:
        return False
    if s.count("(") != s.count(")") or s.count("[") != s.count("]"):
        return False
    return True


def split_sentences(text: str) -> list[str]:
    """Split text into sentences, minding initials and common abbreviations.

    >>> split_sentences("A. Kortunov wrote it. The U.S. agreed, e.g. in May. Then? Yes.")
    ['A. Kortunov wrote it.', 'The U.S. agreed, e.g. in May.', 'Then?', 'Yes.']
    >>> split_sentences('He said “stop.” She left.')
    ['He said “stop.”', 'She left.']
    >>> split_sentences("It fell (e.g. Smith, 1991). Vgl. dazu S. 4.")
    ['It fell (e.g. Smith, 1991).', 'Vgl. dazu S. 4.']
    >>> split_sentences("Am 9. November 1989 fiel die Mauer. Vgl. dazu S. 4.")
    ['Am 9. November 1989 fiel die Mauer.', 'Vgl. dazu S. 4.']
    >>> split_sentences("Er gehört der 51. SS-Standarte an. Sie kam 1930. Dann ging sie.")
    ['Er gehört der 51. SS-Standarte an.', 'Sie kam 1930.', 'Dann ging sie.']
    """
    text = normalize_space(text)
    out: list[str] = []
    start = 0
    for end in sentence_ends(text):
        out.append(text[start:end].strip())
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def sentence_ends(text: str) -> list[int]:
    """Where the sentences of ``text`` end but the last (after its closing
    mark and quote, before the space), by :func:`split_sentences`' rules.

    >>> t = "The U.S. agreed. Then it fell."
    >>> [t[:e] for e in sentence_ends(t)]
    ['The U.S. agreed.']
    """
    ends: list[int] = []
    start = 0
    for m in re.finditer(r"[.!?]+[”\"’)“]*(?=\s+[„“\"‘(]?[A-ZÄÖÜ0-9])", text):
        end = m.end()
        before = text[start:m.start() + 1]
        word = re.search(r"(\S+)$", before[:-1] if before.endswith(".") else before)
        w = word.group(1).lower().rstrip(".").lstrip("([“‘\"") if word else ""
        if m.group(0).startswith(".") and not m.group(0).startswith(".."):
            # initials (A.), dotted abbreviations (U.S.), known abbreviations,
            # German ordinal days ("9. November")
            if re.fullmatch(r"[a-zäöü]", w) or re.fullmatch(r"(?:[a-z]\.)+[a-z]?", w) \
                    or w in _ABBREV or re.fullmatch(r"\d{1,2}", w) and re.match(
                        r"\s+(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez|Jh)",
                        text[m.end():]):
                continue
            if re.fullmatch(r"\d{1,3}", w) and re.search(
                    r"\b(?:der|die|das|dem|den|des|am|im|vom|zum|zur|seiner|seinem|ihrer|ihrem)\s+\S+$",
                    before):
                continue    # a German ordinal after its article: "gehört der 51. SS-Standarte an"
        ends.append(end)
        start = end
    return ends


# ---------------------------------------------------------------- the article's own prose

_REFERENCE_TITLE = re.compile(
    r"^\s*(?:[IVX\d]+\.?\s*)?(?:references?|bibliography|works cited|literature cited|"
    r"sources|notes|endnotes|literatur(?:verzeichnis)?|quellen(?:\s+und\s+literatur)?|"
    r"quellen-?\s*und\s+literaturverzeichnis|anmerkungen|bibliographie|"
    r"acknowledge?ments?|danksagung)\s*$", re.I)


def is_reference_section(title: str) -> bool:
    """A section holding a reference list or notes, not the article's prose.

    >>> is_reference_section("References"), is_reference_section("IV. Literatur")
    (True, True)
    >>> is_reference_section("Sources of conflict")
    False
    """
    return bool(_REFERENCE_TITLE.match(title or ""))


@dataclass
class Sentence:
    text: str
    block: str
    section: model.Section
    index: int
    quote: bool = False


def prose_sections(reading: model.Reading) -> list[model.Section]:
    """The sections of the article's own prose (reference lists left out)."""
    return [s for s in reading.sections if not is_reference_section(s.title)]


def sentences(reading: model.Reading) -> list[Sentence]:
    """Every sentence of the article's prose with its block and section."""
    out: list[Sentence] = []
    for sec in prose_sections(reading):
        for block in sec.blocks:
            text = normalize_space(model.plain_text(block.inlines))
            for s in split_sentences(text):
                out.append(Sentence(s, block.id, sec, len(out), block.kind == "quote"))
    return out


def language(reading: model.Reading) -> str:
    """The reading's language as a two-letter code ('en' when unknown).

    >>> language(model.Reading("x", model.Metadata(languages=["de-AT"])))
    'de'
    """
    langs = reading.meta.languages or ["en"]
    return (langs[0] or "en").split("-")[0].lower()


# ---------------------------------------------------------------- citations

_SURNAME = r"(?:(?:van|von|de|der|den|du|da|di|le|la|Mc|Mac)\s+)*[A-ZÄÖÜÉ][\w’'\-]+"
_AUTHORS = (rf"{_SURNAME}(?:(?:\s*,\s*(?:&|and|und)\s*|\s*(?:,|&|and|und)\s*){_SURNAME})*"
            rf"(?:,?\s+et\s+al\.?)?")
_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?"
#: A citation in the text: "(Smith 2019)", "(e.g. Karau & Williams, 1993; Shepperd,
#: 1993)", "Hertel et al. (2000)", "Stiglitz (2002)".
CITATION = re.compile(
    rf"\((?:(?:see|e\.\s?g\.|cf\.|vgl\.|also|for example|for reviews?)[,:]?\s+)*"
    rf"{_AUTHORS},?\s+{_YEAR}[^()]*\)"
    rf"|{_AUTHORS}\s+\({_YEAR}(?:[,;]\s*(?:p{{1,2}}\.\s*)?[\d–-]+)?\)"
    rf"|(?<=[(;]\s){_AUTHORS},?\s+{_YEAR}"
    rf"|(?<=\()(?:e\.\s?g\.\s+)?{_AUTHORS},?\s+{_YEAR}"
    rf"|(?:[,;]\s*)?{_AUTHORS},\s+{_YEAR}(?=\))")


def strip_citations(text: str) -> str:
    """The text with its author-date citations removed.

    >>> strip_citations("Effort rose (Karau & Williams, 1993; Hertel et al., 2000) in 1999.")
    'Effort rose in 1999.'
    >>> strip_citations("As Stiglitz (2002) notes, it failed in 2001.")
    'As Stiglitz notes, it failed in 2001.'
    """
    def repl(m: re.Match) -> str:
        s = m.group(0)
        if not s.startswith("(") and "(" in s:      # "Stiglitz (2002)": keep the name
            return s[:s.index("(")].rstrip()
        return ""
    out = CITATION.sub(repl, text)
    out = re.sub(r"\(\s*[;,]?\s*\)", "", out)
    return re.sub(r"\s+([,.;:])", r"\1", normalize_space(out))


def cited_surnames(reading: model.Reading) -> set[str]:
    """Surnames of the authors the article cites: from its bibliography's
    persons, its author-date citations and its notes."""
    names: set[str] = set()
    for e in reading.bibliography:
        for people in e.persons.values():
            for p in people:
                sur = p.split(",")[0].strip()
                names.update(w for w in re.split(r"\s+", sur) if w[:1].isupper())
    texts = [model.plain_text(b.inlines) for _, b in reading.blocks()]
    texts += [model.plain_text(n.inlines) for n in reading.footnotes]
    ref_secs = [s for s in reading.sections if is_reference_section(s.title)]
    for sec in ref_secs:          # a reference list: the names before each year
        for b in sec.blocks:
            head = re.split(rf"\(?{_YEAR}\)?", model.plain_text(b.inlines), maxsplit=1)[0]
            names.update(re.findall(r"(?<![\w.])([A-ZÄÖÜ][a-zäöüß’'\-]{2,})(?=,)", head))
    for t in texts:
        for m in CITATION.finditer(t):
            for w in re.findall(r"[A-ZÄÖÜÉ][\w’'\-]+", m.group(0)):
                names.add(w)
    return names - {"See", "Also", "For", "Vgl", "The", "In", "And"}


def long_form_tail(short: str, text: str) -> str | None:
    """Schwartz & Hearst's long-form search: the shortest tail of ``text``
    whose letters spell the letters of ``short`` in order, right to left, the
    first at a word start; None when they cannot be found.  Callers filter
    the tail (length, stop words, capitals) each by their own rules.

    >>> long_form_tail("CSTO", "allies in the Collective Security Treaty Organization")
    'Collective Security Treaty Organization'
    >>> long_form_tail("EU", "the Russian Federation") is None
    True
    """
    letters = [c.lower() for c in short if c.isalnum()]
    s, i = len(letters) - 1, len(text) - 1
    while s >= 0:
        c = letters[s]
        while i >= 0 and (text[i].lower() != c or (s == 0 and i > 0 and text[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return text[text.rfind(" ", 0, i + 1) + 1:]


_SPECIAL = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d",
                          "Đ": "D", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                          "ð": "d", "þ": "th", "ß": "ss"})


def fold_letters(text: str) -> str:
    """Diacritics off, special letters spelled out: ``'Erdoğan' -> 'Erdogan'``."""
    s = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in s if not unicodedata.combining(c))


#: How each kind of id is made from a text: its letters (``letters``: folded
#: by :func:`fold_letters`, then casefolded; ``ascii``: apostrophes dropped,
#: ł spelled l, then only ASCII kept, lowercased; ``as written``:
#: lowercased), the runs of characters that make its words, and what an id
#: with no word becomes.  Glossary term ids and reading folders are written
#: into the user's files, anchors into the PDFs: each style stays as it is.
SLUG_STYLES = {
    "term": ("letters", r"[^\W_]+", "term"),       # glossary ids: 'erdogan', 'north-south-corridor'
    "anchor": ("as written", r"\w+", "x"),         # HTML/PDF anchors: 'osce-minsk-group'
    "folder": ("ascii", r"[a-z0-9]+", ""),          # reading folders: 'lodz-krakow-1990s'
}


def slugify(text: str, style: str = "term", max_words: int | None = None) -> str:
    """The id made from ``text``: its words in lower case joined by ``-``
    (at most ``max_words`` of them), in one of the :data:`SLUG_STYLES`.

    >>> slugify("OSCE Minsk Group"), slugify("Erdoğan"), slugify("North–South corridor")
    ('osce-minsk-group', 'erdogan', 'north-south-corridor')
    >>> slugify("Erdoğan_2", "anchor"), slugify("—", "anchor"), slugify("—")
    ('erdoğan_2', 'x', 'term')
    >>> slugify("Russia’s approaches towards Armenia and Azerbaijan: evolution", "folder", 6)
    'russias-approaches-towards-armenia-and-azerbaijan'
    >>> slugify("Łódź & Kraków — 1990s!", "folder")
    'lodz-krakow-1990s'
    """
    letters, word, empty = SLUG_STYLES[style]
    if letters == "letters":
        text = fold_letters(text).casefold()
    elif letters == "ascii":
        text = text.replace("ł", "l").replace("Ł", "L").replace("’", "").replace("'", "")
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    else:
        text = text.lower()
    return "-".join(re.findall(word, text)[:max_words]) or empty
