"""Mends of one parsed entry from its own text.

The reference parser (:mod:`.refparse`) reads an entry into fields; some
of what the entry says does not survive that reading, or lands in the
wrong field.  Each function here takes the entry (a
:class:`~coursepack.model.BibEntry`) and the text it was read from (a
reference list's entry, or a note's citation) and puts back what the text
shows, by the text alone: an edition and the place after it ("5. Auflage
Baden-Baden 1991"), the extent of pages ("S. 320ff."), the point of an
abbreviation ("Frankfurt/M.", "Diss."), the original year ("1984
[1893]"), a series in the German manner ("(=Reihe, Bd. 8)"), a book title
the parser took for a journal because it stands before the title ("Die
Liebe zur Landschaft, Teil II: Der Drang nach Osten"), a place written
with a slash ("Halle/Saale"), a note's locator read into a title ("Art.
10, Abs. 2").  Nothing is invented: every mend copies characters of the
entry's own text.  :func:`mend_entry` applies them all; :func:`print_type`
settles what kind of work the entry is printed as.
"""

from __future__ import annotations

import re

from .. import model
from .lexicon import words_re
from .csl import NO_DATE
from .dates import find_date, from_iso
from .styles import COLLABORATION, DESCRIPTOR, page_range

_YEAR = r"(?:1[5-9]|20)\d\d"
_NO_DATE = re.compile(r"(?i)^\s*[\[(]?\s*(?:n\.\s?d|o\.\s?J|s\.\s?d|s\.\s?f|b\.\s?d|b\.\s?r)\.?\s*[\])]?\s*$")

# "5. Auflage", "2. überarb. und erg. Auflage", "3., erw. Aufl.", "2nd ed.",
# "2nd rev. edition", "seconde édition"
_EDITION = re.compile(
    r"(?<![\w.])(?P<ed>(?P<n>\d{1,2})\.,?\s*(?:(?:[a-zäöüß]+\.?,?|und|u\.)\s+){0,4}(?:Auflage|Aufl\.)"
    r"|(?P<n2>\d{1,2})(?:st|nd|rd|th)\s+(?:(?:rev|revised|expanded|enl|enlarged|and|updated)\.?,?\s+){0,3}"
    r"ed(?:ition|n)?\.?)")
# the place a book's edition is followed by: "Baden-Baden", "Frankfurt a. M.",
# "Halle/Saale", "Reinbek bei Hamburg", "Opladen", "New York"
_PLACE = (r"[A-ZÄÖÜ][\w\-]*\.?(?:(?:/|\s+|-)(?:[A-ZÄÖÜ][\w\-]*\.?|a\.\s?[A-Z]\.?|u\.\s?a\.|"
          r"am|an|bei|im|upon|on)){0,3}")


def _place(s: str) -> str:
    """A place as matched by ``_PLACE``, without the full stop that ends
    the entry ("Göttingen." → "Göttingen"; "Frankfurt a. M." keeps its)."""
    s = s.strip().rstrip(",")
    if s.endswith(".") and len(re.split(r"[\s/.-]", s.rstrip("."))[-1]) > 2:
        s = s[:-1]
    return s


def _find(text: str, value: str) -> int:
    """Where ``value`` stands in ``text`` (spaces and dashes loosely), or -1."""
    if not value:
        return -1
    pat = r"\s*".join(re.escape(ch) if ch not in "–-" else "[–-]" for ch in value.replace(" ", ""))
    m = re.search(pat, text)
    return m.start() if m else -1


def _span(text: str, value: str) -> tuple[int, int] | None:
    if not value:
        return None
    pat = r"\s*".join(re.escape(ch) if ch not in "–-" else "[–-]" for ch in value.replace(" ", ""))
    m = re.search(pat, text)
    return (m.start(), m.end()) if m else None


def edition_and_place(e: model.BibEntry, text: str) -> None:
    """The edition as the text gives it ("2. überarb. und erg. Auflage",
    not the number alone), the title and a note cleared of it.  (The place
    after an edition, "5. Auflage Baden-Baden 1991", is the reference
    parser's: ``refparse._edition_statement`` labels it.)

    >>> e = model.BibEntry("k", "misc", {"title": "Asylpolitik", "year": "1993", "edition": "2",
    ...                    "note": "überarb. und erg. Auflage Opladen", "address": "Opladen"}, {})
    >>> edition_and_place(e, "Ursula Münch, Asylpolitik. 2. überarb. und erg. Auflage Opladen 1993")
    >>> e.fields["edition"], e.fields["address"], "note" in e.fields
    ('2. überarb. und erg. Auflage', 'Opladen', False)
    >>> e = model.BibEntry("k", "misc", {"title": "Dörfer. Eine Geschichte. 3. überarb", "year": "2001"}, {})
    >>> edition_and_place(e, "Anna Roth, Dörfer. Eine Geschichte. 3. überarb. Auflage Kassel 2001"); e.fields["title"]
    'Dörfer. Eine Geschichte'
    >>> e = model.BibEntry("k", "book", {"title": "T", "year": "2001", "address": "Berlin"}, {})
    >>> edition_and_place(e, "Anna Roth, T, 2. Aufl., Berlin 2001"); e.fields["edition"], e.fields["address"]
    ('2', 'Berlin')
    """
    f = e.fields
    m = _EDITION.search(text)
    if not m:
        return
    n = m.group("n") or m.group("n2")
    ed = " ".join(m.group("ed").split())
    t = _span(text, f.get("title", ""))
    if t and t[0] < m.start() < t[1]:           # "Dörfer. Eine Geschichte. 3. überarb. und erw" as the title
        f["title"] = text[t[0]:m.start()].rstrip(" .,;:")
    words = re.sub(r"\d+\.?|Auflage|Aufl\.|ed(?:ition|n)?\.?|st|nd|rd|th|[,\s]", "", ed)
    if not f.get("edition") or f["edition"] == n:
        f["edition"] = ed if words else n
    rest = text[m.end():]
    p = re.match(rf"\s*,?\s*(?P<place>{_PLACE})\s*,?\s*(?P<year>{_YEAR})\b", rest)
    note = f.get("note", "")
    if note and _find(text[m.start():], note) >= 0 and _find(m.group("ed") + rest, note) == 0 \
            or note and ed.endswith(note.strip()):
        del f["note"]
    elif note and p and f.get("address") and _find(ed + " " + p.group("place"), note) >= 0:
        del f["note"]       # (the place in the note is the one the parser read: nothing lost)


def pages_extent(e: model.BibEntry, text: str) -> None:
    """A first page the text gives with "f." or "ff." (the page and the
    next, and following ones): the pages as the text gives them.

    >>> e = model.BibEntry("k", "article", {"pages": "320"}, {})
    >>> pages_extent(e, "Neues Bauerntum, Jg. 32., S. 320ff."); e.fields["pages"]
    '320ff.'
    >>> e = model.BibEntry("k", "article", {"pages": "320"}, {}); pages_extent(e, "S. 320, 45 ff."); e.fields["pages"]
    '320'
    """
    p = str(e.fields.get("pages", "")).strip()
    if not p.isdigit():
        return
    m = re.search(rf"(?<!\d){p}(\s?ff?\.)", text)
    if m:
        e.fields["pages"] = p + m.group(1)


# an abbreviation a field loses its point of: a single capital ("Frankfurt/M",
# "Frankfurt a. M", "Freiburg i. Br"), or a word that names what a work is
_ABBREV_END = re.compile(r"(?:(?:^|[/\s.])[A-ZÄÖÜА-ЯЁ]|(?:^|[/\s.])[a-z]\.\s?[A-Z][a-z]?|\b(?:Diss|Habil|Masch|"
                         r"Diplomarb|Magisterarb|unveröff|Ms|Hrsg|Aufl|Bd|Jg|Nr))$")


def abbreviation_points(e: model.BibEntry, text: str) -> None:
    """The point of an abbreviation that ends a place or a note, where the
    text has it ("Frankfurt/M. 1975" read as "Frankfurt/M"; "Diss., Berlin"
    read as "Diss").

    >>> e = model.BibEntry("k", "book", {"address": "Frankfurt/M", "note": "Diss"}, {})
    >>> abbreviation_points(e, "John Rawls, Eine Theorie, Frankfurt/M. 1975; Diss., Berlin")
    >>> e.fields["address"], e.fields["note"]
    ('Frankfurt/M.', 'Diss.')
    >>> e = model.BibEntry("k", "book", {"address": "Prag"}, {}); abbreviation_points(e, "Prag. 1942"); e.fields["address"]
    'Prag'
    >>> e = model.BibEntry("k", "book", {"address": "М"}, {}); abbreviation_points(e, "Малые города. М., 2009"); e.fields["address"]
    'М.'
    """
    for k in ("address", "note", "publisher"):
        v = str(e.fields.get(k, ""))
        if not v or v.endswith(".") or not _ABBREV_END.search(v):
            continue
        # the value as a word of its own ("М." of "… М., 2009", not the "М" of "Малые")
        pat = r"\s*".join(re.escape(ch) if ch not in "–-" else "[–-]" for ch in v.replace(" ", ""))
        m = re.search(rf"(?<!\w){pat}(?!\w)", text)
        if m and text[m.end():m.end() + 1] == ".":
            e.fields[k] = v + "."


def original_year(e: model.BibEntry, text: str) -> None:
    """The year a work first appeared, in brackets after the year of the
    edition cited ("1984 [1893]", "(1976 [1776])"): ``origdate``.

    >>> e = model.BibEntry("k", "book", {"year": "1984"}, {})
    >>> original_year(e, "Durkheim, Émile, 1984 [1893]: The Division of Labor."); e.fields["origdate"]
    '1893'
    """
    y = str(e.fields.get("year", ""))
    if not y[:4].isdigit() or e.fields.get("origdate"):
        return
    m = re.search(rf"\b{re.escape(y)}\s*\[({_YEAR})\]", text)
    if m and m.group(1) != y[:4]:
        e.fields["origdate"] = m.group(1)


# "(=Beiträge zur Geschichte der Soziologie, Bd. 8)", "(= Reihe 3)"
_SERIES = re.compile(r"\(\s?=\s?(?P<series>[^()]+?)(?:(?P<sep>,?\s*)(?P<label>Bd\.|Band|Heft|H\.|Nr\.|Vol\.|No\.)?\s*"
                     r"(?P<num>\d+[a-z]?))?\s*\)")


def german_series(e: model.BibEntry, text: str) -> None:
    """A series the text names in the German manner, "(=Reihe, Bd. 8)":
    the work is a book (or a chapter) in that series, not an article in
    a journal of that name; what the parser read as the journal before the
    parenthesis ("Ein Beitrag … (=Berichte über Landwirtschaft N.F.,
    Sonderheft") is the title's subtitle.

    >>> e = model.BibEntry("k", "article", {"title": "Volk, Raum", "journal": "Beiträge zur Soziologie",
    ...                    "volume": "8", "address": "Münster"}, {})
    >>> german_series(e, "Gutberger, H. (1999), Volk, Raum (=Beiträge zur Soziologie, Bd. 8), Münster u.a.")
    >>> e.type, e.fields["series"], e.fields["volume"], "journal" in e.fields
    ('book', 'Beiträge zur Soziologie', '8', False)
    >>> e = model.BibEntry("k", "article", {"title": "Zur Frage", "journal": "Ein Beitrag (=Berichte N.F., Sonderheft",
    ...                    "volume": "153", "address": "Prag"}, {})
    >>> german_series(e, "Morgen, H. (1942a), Zur Frage. Ein Beitrag (=Berichte N.F., Sonderheft 153), Prag.")
    >>> e.type, e.fields["subtitle"], e.fields["series"], e.fields["volume"]
    ('book', 'Ein Beitrag', 'Berichte N.F., Sonderheft', '153')
    >>> e = model.BibEntry("k", "book", {"title": "Förster", "series": "Der »Wald« im Osten (=Studien 143)"}, {})
    >>> german_series(e, "Roe, A. (2002), Förster. Der »Wald« im Osten (=Studien 143), Kassel.")
    >>> e.fields["subtitle"], e.fields["series"], e.fields["volume"]
    ('Der »Wald« im Osten', 'Studien', '143')
    """
    m = _SERIES.search(text)
    if not m:
        return
    f = e.fields
    series = m.group("series").strip(" ,")
    t = _span(text, f.get("title", ""))
    for k in ("journal", "booktitle", "series"):
        c = str(f.get(k, ""))
        if not c or k == "series" and "(=" not in c.replace(" ", ""):
            continue
        if "(=" in c.replace(" ", ""):
            if k == "booktitle" and c.count("(") == c.count(")"):
                return      # "Book (=Series, Sonderheft)" whole: the book's title as the list gives it
            head = re.split(r"\(\s?=", c)[0].strip(" .,")
            cs = _span(text, head) if head else None
            if k == "booktitle" or cs and t and re.search(r"\b[Ii]n\b:?", text[t[1]:cs[0]]):
                f[k] = head         # "In: Book (=Series, Sonderheft)": the book, in a series
                if not head:
                    del f[k]
            else:
                if head:
                    f["subtitle"] = head
                del f[k]
        elif _find(series, c) < 0:
            continue
        else:
            del f[k]
        f["series"] = series
        _series_number(f, m)
        if e.type in ("article", "misc") and k == "journal":
            e.type = "book"
        return
    if not f.get("series") and t and t[1] <= m.start():
        f["series"] = series
        _series_number(f, m)


def _series_number(f: dict, m: re.Match) -> None:
    """The number of a work in its series: a volume ("Bd. 8", "8") is
    ``volume`` (as lists and BibTeX mostly keep it) unless the work's
    volume is another (the part of a work in parts, "Teil II … (=Reihe,
    Bd. 9)"); an issue ("H. 30", "Nr. 4") or a number the volume cannot
    hold stays with the series as the text writes it ("Reihe, H. 30")."""
    num, label = m.group("num"), m.group("label") or ""
    if not num:
        return
    if label not in ("H.", "Heft", "Nr.", "No.") and (not f.get("volume") or f["volume"] == num):
        f["volume"] = num
    else:
        f["series"] = f"{f['series']}{m.group('sep') or ' '}{label}{' ' if label else ''}{num}"


def container_first(e: model.BibEntry, text: str) -> None:
    """A "journal" or "book title" that stands before the title in the
    entry's own text is the main title of a work in parts ("Die Liebe zur
    Landschaft, Teil II: Der Drang nach Osten"; "Internationales
    Soziologenlexikon, Bd. 1: Beiträge über …"): no entry names its
    container before its title.  It becomes ``maintitle`` (with the part
    apart, the volume the part is), and the work a book.

    >>> e = model.BibEntry("k", "article", {"title": "Der Drang nach Osten", "journal": "Die Liebe zur Landschaft",
    ...                    "volume": "II", "address": "München"}, {})
    >>> container_first(e, "Gröning, G. (1987), Die Liebe zur Landschaft, Teil II: Der Drang nach Osten, München.")
    >>> e.type, e.fields["maintitle"], e.fields["volume"], "journal" in e.fields
    ('book', 'Die Liebe zur Landschaft', 'II', False)
    """
    f = e.fields
    t = _span(text, f.get("title", ""))
    if not t:
        return
    for k in ("journal", "booktitle"):
        c = _span(text, str(f.get(k, "")))
        if not c or c[1] > t[0]:
            continue
        between = text[c[1]:t[0]]
        if len(between) > 30 or re.search(r"\b(?:in|In|aus)\b:?|[„“”»«\"]", between):
            continue
        vol = str(f.get("volume", ""))
        if not re.fullmatch(rf"[\s,.:;]*(?:(?:Teil|Bd\.|Band|Vol\.|vol\.|Volume|Part|Tome|t\.|Tl\.)\s*"
                            rf"{re.escape(vol) if vol else '[0-9IVXLC]+'}[\s,.:;]*)?", between):
            continue
        del f[k]
        f["maintitle"] = str(c and text[c[0]:c[1]])
        if e.type in ("article", "incollection", "inbook", "misc"):
            e.type = "book"
        return


#: the words a list writes before the number of a book's volume or part
VOLUME_LABEL = re.compile(r"(?<![\w.])(?:Teile?|Tl\.|Bände|Band|Bde\.|Bd\.|Vols?\.?|vols?\.|Volumes?|volumes?|Parts?|"
                          r"parts?|Pt\.|pt\.|Tomes?|tomes?|t\.|Tomo|Tom|Т\.|Том|Tl|Halbband|Lieferung|Lfg\.)$")


def volume_label(e: model.BibEntry, text: str) -> None:
    """The word a list writes before the number of a book's volume or
    part ("Teil II", "Band 3", "Vols. 1 and 2", "Tome 2"), kept
    (``volumelabel``) so that the style prints the list's word, not its
    own ("Teil II" is a part, not a "vol."; a German "Band" is no
    "Bd.").  Not for an article: a journal's volume is printed as a
    number by every style.

    >>> e = model.BibEntry("k", "book", {"maintitle": "Die Liebe zur Landschaft", "volume": "II"}, {})
    >>> volume_label(e, "Gröning, G. (1987), Die Liebe zur Landschaft, Teil II: Der Drang nach Osten"); e.fields["volumelabel"]
    'Teil'
    >>> e = model.BibEntry("k", "book", {"volume": "1 and 2"}, {})
    >>> volume_label(e, "Crouch, C. (ed.) (1978): The Resurgence. Vols. 1 and 2. New York."); e.fields["volumelabel"]
    'Vols.'
    >>> e = model.BibEntry("k", "incollection", {"volume": "2"}, {})
    >>> volume_label(e, "In E. Witte (Eds.), Understanding (Vol. 2, pp. 37–65)."); e.fields["volumelabel"]
    'Vol.'
    >>> e = model.BibEntry("k", "article", {"volume": "18"}, {})
    >>> volume_label(e, "Dalton, R. Understanding, Journal of Democracy, Volume 18, Number 4"); "volumelabel" in e.fields
    False
    """
    f = e.fields
    vol = str(f.get("volume", "")).strip()
    if not vol or e.type == "article" or f.get("volumelabel"):
        return
    pat = r"\s*".join(re.escape(ch) for ch in vol.replace(" ", ""))
    for m in re.finditer(rf"(?<![\w]){pat}(?!\w)", text):
        w = re.search(r"(?<![^\s(\[])(\w+\.?)\s*$", text[max(0, m.start() - 14):m.start()])
        if w and VOLUME_LABEL.search(w.group(1)) and text[m.start() - 1:m.start()] in " \u00a0.":
            f["volumelabel"] = w.group(1)
            return


def title_after_volume(e: model.BibEntry, text: str) -> None:
    """A book's subtitle the text gives after the number of the volume
    ("Die protestantische Ethik, Vol. 1. Eine Aufsatzsammlung. Edited by
    …") that the parser read as nothing: the book's ``subtitle``.

    >>> e = model.BibEntry("k", "book", {"title": "Die Ethik", "volume": "1", "address": "Gütersloh"}, {})
    >>> title_after_volume(e, "Weber, M., 1984: Die Ethik, Vol. 1. Eine Sammlung. Edited by J. W. Gütersloh: V."); e.fields["subtitle"]
    'Eine Sammlung'
    """
    f = e.fields
    vol = str(f.get("volume", ""))
    t = _span(text, str(f.get("title", "")))
    if e.type != "book" or not vol or not t or f.get("subtitle") or f.get("maintitle"):
        return
    m = re.match(rf"\s*,?\s*(?:\w+\.?\s*)?{re.escape(vol)}\.\s+([A-ZÄÖÜ][^.]{{3,120}}?)\.\s+"
                 rf"(?:Edited|Ed\.|Eds\.|Hrsg|Hg\.|Herausgegeben|Translated|Trans\.|Übers)", text[t[1]:])
    if m and not any(_find(str(v), m.group(1)) >= 0 for v in f.values()):
        f["subtitle"] = m.group(1)


def slashed_container(e: model.BibEntry, text: str) -> None:
    """A book title the parser cut off the title at a slash ("… Historikertag
    in Halle/Saale am 11. September 2002", read as a chapter "… in Halle" in
    a book "Saale am …"): the title runs on, and an edited work with no
    chapter author is the book itself.

    >>> e = model.BibEntry("k", "incollection", {"title": "Vorträge in Halle", "booktitle": "Saale am 11. September 2002",
    ...                    "address": "Osnabrück"}, {"editor": ["Bade, Klaus J."]})
    >>> slashed_container(e, "Klaus J. Bade (Hg.), Vorträge in Halle/Saale am 11. September 2002, Osnabrück 2002")
    >>> e.type, e.fields["title"], "booktitle" in e.fields
    ('book', 'Vorträge in Halle/Saale am 11. September 2002', False)
    """
    f = e.fields
    t, c = _span(text, f.get("title", "")), _span(text, str(f.get("booktitle", "")))
    if not t or not c or not re.fullmatch(r"\s*/\s*", text[t[1]:c[0]]):
        return
    f["title"] = text[t[0]:c[1]]
    del f["booktitle"]
    if not e.persons.get("author") and not f.get("pages"):
        e.type = "book"
    elif e.type in ("incollection", "inbook"):
        e.type = "book"


def note_locator(e: model.BibEntry, text: str) -> None:
    """A note's pinpoint (an article and paragraph of a law, a chapter)
    read as the end of the work's title, or as its number: the place in
    the work the note points at, not the work.

    >>> e = model.BibEntry("k", "book", {"title": "Verfassung der DDR, Art. 10, Abs", "number": "2"}, {})
    >>> note_locator(e, "Verfassung der DDR, Art. 10, Abs. 2, Berlin (Ost) 1949, S. 5"); e.fields
    {'title': 'Verfassung der DDR'}
    """
    t = _span(text, str(e.fields.get("title", "")))
    if not t:
        return
    for m in _LOCATOR_IN.finditer(text):
        if t[0] < m.start() < t[1]:
            e.fields["title"] = text[t[0]:m.start()].rstrip(" ,")
            inside = text[m.start():m.end()]
            for k in ("number", "volume", "pages", "publisher", "edition"):
                v = str(e.fields.get(k, ""))
                if v and re.search(rf"(?<![\w.]){re.escape(v)}(?!\w)", inside) \
                        and _find(text[m.end():], v) < 0:
                    del e.fields[k]
            return


_LOCATOR_IN = re.compile(r"(?:,\s*(?:Art\.|Artikel|§§?|Abs\.|Absatz|Satz|Kap\.|Ziff\.|Rn\.)\s*\d+[a-z]?"
                         r"(?:\s*[–-]\s*\d+[a-z]?)?)+(?=\s*[,.;]|\s*$)")

_MONTHS = (r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
           r"Dezember|January|February|March|May|June|July|October|December)")


def title_date(e: model.BibEntry, text: str) -> None:
    """A title that ends on a day of a date the text goes on with ("…
    Tagung in Kiel am 3" of "am 3. Mai 2001, Kiel 2002"): the parser took
    the day's point for the title's end; the title runs to the year.

    >>> e = model.BibEntry("k", "book", {"title": "Vorträge in Kiel am 3"}, {})
    >>> title_date(e, "Jan Ott (Hg.), Vorträge in Kiel am 3. Mai 2001, Kiel 2002"); e.fields["title"]
    'Vorträge in Kiel am 3. Mai 2001'
    """
    t = _span(text, str(e.fields.get("title", "")))
    if not t or not re.search(r"\b\d{1,2}$", text[:t[1]]):
        return
    m = re.match(rf"\.\s*{_MONTHS}\s+{_YEAR}\b", text[t[1]:])
    if m:
        e.fields["title"] = text[t[0]:t[1] + m.end()]


def no_date(e: model.BibEntry, text: str) -> None:
    """An entry without a year whose text says it has none ("Kiel o.J.",
    "London, n.d."): the mark kept, as the text writes it, in ``note``
    (where the styles print it in the year's place); no year is made up.

    >>> e = model.BibEntry("k", "book", {"title": "T", "address": "Kiel"}, {})
    >>> no_date(e, "Institut (Hg.), T, Kiel o.J."); e.fields
    {'title': 'T', 'address': 'Kiel', 'note': 'o.J.'}

    Undated with the year supplied ("o. J. (1973)"): the year and the mark
    (printed "o. J. (1973)"):

    >>> e = model.BibEntry("k", "misc", {"title": "T", "year": "1973"}, {})
    >>> no_date(e, "Konrad Meyer, T, o. J. (1973), unveröffentlichtes Typoskript"); e.fields
    {'title': 'T', 'year': '1973', 'note': 'o. J.'}
    """
    f = e.fields
    y = str(f.get("year", ""))[:4]
    if y.isdigit() and not f.get("note"):
        # "o. J. (1973)": undated, the year supplied in brackets: both kept
        m = re.search(rf"(?<![\w.])((?:o\.\s?J|n\.\s?d|s\.\s?d|s\.\s?f|b\.\s?d)\.)\s*[(\[]\s*{y}\s*[)\]]", text)
        if m:
            f["note"] = m.group(1)
            a = str(f.get("address", ""))
            if a.strip() == m.group(1).strip() or NO_DATE.match(a):
                del f["address"]
        return
    if f.get("year") or f.get("date") or f.get("note"):
        return
    m = re.search(r"(?<![\w.])(?:o\.\s?J|n\.\s?d|s\.\s?d|s\.\s?f|b\.\s?d)(?:\.(?!\w)|\s*$)", text)
    if m:
        mark = m.group(0).strip()
        a = str(f.get("address", ""))
        if a.endswith(mark):
            f["address"] = a[:-len(mark)].rstrip(" ,")
        f["note"] = mark if mark.endswith(".") else mark + "."   # (the note's last point: the citation's end)


_MONTH_WORDS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                r"December|Janvier|Février|Fevrier|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|"
                r"Novembre|Décembre|Januar|Jänner|Februar|März|Juni|Juli|Oktober|Dezember|Spring|"
                r"Summer|Autumn|Fall|Winter|Frühjahr|Sommer|Herbst)")
_MONTHS_GIVEN = rf"{_MONTH_WORDS}(?:\s*[/–-]\s*{_MONTH_WORDS})?"


def month_given(e: model.BibEntry, text: str) -> None:
    """A month or season the entry gives beside its year, that the parser
    dropped ("In: Sierra, January/February: 46-54") or read into a note
    ("…, Université de Rouen, Janvier 1998"): ``month``, as written.

    >>> e = model.BibEntry("k", "article", {"year": "1999", "journal": "Sierra", "pages": "46–54"}, {})
    >>> month_given(e, "Moberg, D. (1999): Greens. In: Sierra, January/February: 46-54."); e.fields["month"]
    'January/February'
    >>> e = model.BibEntry("k", "misc", {"year": "1998", "note": "Thèse, Université de Rouen, Janvier"}, {})
    >>> month_given(e, "LABIT Anne, 1998, La maîtrise, Thèse, Université de Rouen, Janvier 1998."); e.fields
    {'year': '1998', 'note': 'Thèse, Université de Rouen', 'month': 'Janvier'}
    >>> e = model.BibEntry("k", "book", {"year": "2011", "address": "Tampere Finland"}, {})
    >>> month_given(e, "Brannen J (2011): Fathers, Family conference, Tampere Finland, May."); e.fields["month"]
    'May'
    """
    f = e.fields
    y = str(f.get("year", ""))
    if f.get("month") or not y[:4].isdigit():
        return
    # "(2001, May)", "(2003, March 12)": APA's date after the author
    m = re.search(rf"\(\s*{y[:4]}[a-z]?\s*,\s*({_MONTHS_GIVEN}(?:\s+\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?)?)\s*\)",
                  text, re.I)
    if m and m.start() < 150:
        f["month"] = m.group(1)
        return
    note = str(f.get("note", ""))
    # "…, Janvier 1998" (the year after the month); "…, Cornell University,
    # March 2." (the day of a meeting, at the entry's end)
    m = re.search(rf"(?:^|,)\s*((?:\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\.?\s+)?{_MONTHS_GIVEN}(?:\s+\d{{1,2}})?)$",
                  note, re.I)
    if m and (re.search(rf"{re.escape(m.group(1))}\s+{y[:4]}\b", text)
              or re.search(rf"{re.escape(m.group(1))}\s*\.?\s*$", text)):
        f["note"] = note[:m.start()].rstrip(" ,")
        if not f["note"]:
            del f["note"]
        f["month"] = m.group(1)
        return
    # "…, manuscript, march 1998", "…, Tampere Finland, May.": a month at
    # the entry's end the parser read as nothing
    m = re.search(rf"(?:(?<!\w)({_MONTHS_GIVEN})\s+{y[:4]}\b|,\s*({_MONTHS_GIVEN}))\s*[.,;]?\s*$", text, re.I)
    month = m and (m.group(1) or m.group(2))
    if month and e.type != "article" and not any(_find(str(v), month) >= 0 for v in f.values()):
        f["month"] = month
        return
    j = _span(text, str(f.get("journal", "")))
    if e.type == "article" and j and not f.get("number"):
        m = re.match(rf"\s*,\s*({_MONTHS_GIVEN})\s*[:,]", text[j[1]:])
        if m:
            f["month"] = m.group(1)


# a work given at a meeting: "Paper presented at …", "Vortrag auf …"
_PRESENTED = re.compile(r"(?i)^(?:(?:a\s+)?(?:paper|talk|lecture|address|poster|keynote|contribution)\s+)?"
                        r"(?:presented|given|delivered|read|prepared)\s+(?:at|to|for|before)\s|"
                        r"^(?:Vortrag|Referat|Beitrag|Papier|Communication|Comunicación|Relazione)\s+"
                        r"(?:gehalten\s+)?(?:auf|bei|zur|zum|an|présentée?|au|à|presentada|presentata)\b")


def presented_paper(e: model.BibEntry, text: str) -> None:
    """A work the entry says was given at a meeting ("Paper presented at
    the Annual Meeting of …", "Vortrag auf der Tagung …") that the parser
    read as an article in a journal, a chapter in a book or a book in a
    series of that name: a paper (``misc``) given there
    (``howpublished``), printed with the place and the day the entry
    gives after it (a note, the address).

    >>> e = model.BibEntry("k", "article", {"title": "Justice", "journal": "Paper presented at the Bargaining Workshop",
    ...                    "note": "Cornell University, March 2", "year": "2001"}, {})
    >>> presented_paper(e, "Erickson, C. (2001): Justice. Paper presented at the Bargaining Workshop, Cornell University, March 2.")
    >>> e.type, e.fields["howpublished"], "journal" in e.fields
    ('misc', 'Paper presented at the Bargaining Workshop', False)
    """
    f = e.fields
    if e.type not in ("article", "book", "incollection", "inproceedings", "inbook", "misc") or f.get("howpublished"):
        return
    for k in ("journal", "booktitle", "series"):
        c = str(f.get(k, "")).strip()
        if not c or not _PRESENTED.match(c) or f.get("pages"):
            continue
        cs, ps = _span(text, c), _span(text, str(f.get("publisher", "")))
        if f.get("publisher") and not (cs and ps and ps[0] >= cs[1]):
            continue
        if f.get("publisher"):      # what follows the meeting is where it was held, no publisher
            f["note"] = ", ".join(x for x in (f.pop("publisher"), str(f.get("note", ""))) if x)
        f["howpublished"] = f.pop(k)
        e.type = "misc"
        if k == "series" and f.get("volume"):
            f["howpublished"] += f" {f.pop('volume')}"
        return


# a container that is a series of papers or books, not a journal or a book
_PAPER_SERIES = re.compile(r"(?i)\b(?:discussion|working|occasional|research|policy)\s+papers?\b|"
                           r"arbeitspapier|diskussionspapier|\bcahiers?\s+de\s+recherche")
_BOOK_SERIES = re.compile(r"(?i)\bseries\b|schriftenreihe|\breihe\b|\bcollection\b|\bcollana\b")


def kind_of_work(e: model.BibEntry) -> None:
    """What the parser read as an article in a journal, or a chapter in a
    book, when its fields say otherwise: a "journal" that is a series of
    papers ("IZA Discussion Paper" no. 97) makes a report in that series;
    an "article" with a place or a publisher and no pages, or a "chapter"
    in a series ("ESRC Future of Work Series") with no editors and no
    pages, is a book in a series.

    >>> e = model.BibEntry("k", "article", {"title": "T", "journal": "IZA Discussion Paper", "volume": "97"}, {})
    >>> kind_of_work(e); e.type, e.fields["series"], e.fields["volume"]
    ('report', 'IZA Discussion Paper', '97')
    >>> e = model.BibEntry("k", "article", {"title": "T", "journal": "Schriftenreihe Humanisierung", "volume": "3",
    ...                    "address": "Frankfurt", "publisher": "Campus"}, {})
    >>> kind_of_work(e); e.type, e.fields["series"]
    ('book', 'Schriftenreihe Humanisierung')
    >>> e = model.BibEntry("k", "incollection", {"title": "T", "booktitle": "ESRC Future of Work Series"}, {})
    >>> kind_of_work(e); e.type, e.fields["series"]
    ('book', 'ESRC Future of Work Series')
    >>> e = model.BibEntry("k", "article", {"title": "T", "journal": "Geo", "volume": "3", "pages": "1–9"}, {})
    >>> kind_of_work(e); e.type
    'article'
    >>> e = model.BibEntry("k", "article", {"title": "T", "journal": "The Guardian", "address": "London",
    ...                    "date": "2003-05-03"}, {})
    >>> kind_of_work(e); e.type
    'article'
    """
    f = e.fields
    if e.type == "article" and f.get("journal") and not f.get("pages"):
        if _PAPER_SERIES.search(f["journal"]):
            e.type = "report"
            f["series"] = f.pop("journal")
        elif (f.get("address") or f.get("publisher")) and not f.get("number") and not f.get("url") \
                and len(str(f.get("date", ""))) <= 4 and not f.get("month") \
                and (f.get("volume") or _BOOK_SERIES.search(f["journal"])):
            # (a newspaper's place and day, "The Guardian (London), 3 May": an article still)
            e.type = "book"
            f["series"] = f.pop("journal")
    elif e.type in ("incollection", "inbook") and _BOOK_SERIES.search(str(f.get("booktitle", ""))) \
            and not e.persons.get("editor") and not f.get("pages"):
        e.type = "book"
        f["series"] = f.pop("booktitle")


_PAIRS = {"[": "]", "«": "»", "(": ")", "‘": "’", "„": "“", "“": "”", "»": "«", "‹": "›"}


def closing_marks(e: model.BibEntry, text: str) -> None:
    """A title (or container) the parser ended before the closing bracket
    or guillemet the text closes it with ("… Perspective Future’ [Goals
    and Future Perspective" of "… [Goals and Future Perspective],";
    "«new neighbourhood policy" of "«new neighbourhood policy»."): the
    mark put back.

    >>> e = model.BibEntry("k", "article", {"title": "‘Buts’ [Goals and Future"}, {})
    >>> closing_marks(e, "Bouffard (1993) ‘Buts’ [Goals and Future], Revue 14(1): 61–8."); e.fields["title"]
    '‘Buts’ [Goals and Future]'
    >>> e = model.BibEntry("k", "book", {"series": 'Schriftenreihe "Arbeit'}, {})
    >>> closing_marks(e, 'Lund E, 1981, Die Werft, Schriftenreihe "Arbeit" Band 2'); e.fields["series"]
    'Schriftenreihe "Arbeit"'
    """
    for k in ("title", "booktitle", "journal", "series"):
        v = str(e.fields.get(k, ""))
        sp = _span(text, v)
        if not v or not sp:
            continue
        if v.count('"') % 2 and text[sp[1]:sp[1] + 1] == '"':
            e.fields[k] = v + '"'       # 'Schriftenreihe "Arbeit und Technik' of '… Technik" Band 2'
            continue
        for o, c in _PAIRS.items():
            if o == c or v.count(o) <= v.count(c) or (o in "»" and v.index(o) > 0):
                continue
            m = re.match(rf"\s?{re.escape(c)}", text[sp[1]:])
            if m:
                e.fields[k] = v + c
                break


def season_not_place(e: model.BibEntry, text: str) -> None:
    """A month or season read as the place ("Frühjahr" of "…, Folge 4,
    Frühjahr 1948, Göttingen, S. 8–10"): the month as given, and the place
    that follows the date, if the text names one.

    >>> e = model.BibEntry("k", "incollection", {"year": "1948", "address": "Frühjahr"}, {})
    >>> season_not_place(e, "Conze, W. (1948), »G«, in: A (Hg.), B, Folge 4, Frühjahr 1948, Göttingen, S. 8–10.")
    >>> e.fields["address"], e.fields["month"]
    ('Göttingen', 'Frühjahr')
    """
    f = e.fields
    a = str(f.get("address", ""))
    if not a or not re.fullmatch(_MONTHS_GIVEN, a):
        return
    del f["address"]
    f.setdefault("month", a)
    m = re.search(rf"{re.escape(a)}\s+{_YEAR}\s*,\s*({_PLACE})\s*(?:[,.:;]|$)", text)
    if m and not re.match(r"(?:S|pp?|Bd|Nr|Vol|H)\.?$", m.group(1)):
        f["address"] = _place(m.group(1))


def numbered_part(e: model.BibEntry, text: str) -> None:
    """A book title followed by its number in the text under a word that
    is no volume's ("…, Material zur Agrarreform, Folge 4"; "Heft 2",
    "Lieferung 3"): the number stays with the title as written, not a
    volume printed as "Bd. 4".

    >>> e = model.BibEntry("k", "incollection", {"booktitle": "Material zur Agrarreform", "volume": "4"}, {})
    >>> numbered_part(e, "in: A (Hg.), Material zur Agrarreform, Folge 4, Frühjahr 1948"); e.fields
    {'booktitle': 'Material zur Agrarreform, Folge 4'}
    """
    f = e.fields
    vol, sp = str(f.get("volume", "")), _span(text, str(f.get("booktitle", "")))
    if not vol or not sp:
        return
    m = re.match(rf",?\s*(Folge|Heft|H\.|Lieferung|Lfg\.|Teil|Tl\.|Part|Nr\.|No\.)\s*{re.escape(vol)}\b", text[sp[1]:])
    if m:
        f["booktitle"] = text[sp[0]:sp[1]] + m.group(0)
        del f["volume"]


def issue_in_brackets(e: model.BibEntry, text: str) -> None:
    """A number the text gives only in brackets after the journal or the
    book it is part of ("die hochschule, (2), 102–116", APA's issue with
    no volume) that the parser read as the volume: the issue.  A
    bracketed number after a volume ("45(2)") is the issue already; a bare
    number ("Soziale Welt 45, 3–9") is a volume.

    >>> e = model.BibEntry("k", "incollection", {"booktitle": "die hochschule", "volume": "2", "pages": "102–116"}, {})
    >>> issue_in_brackets(e, "Krücken, G. (2011). Zugänge. In E. Braun (Hrsg.), die hochschule, (2), 102–116."); e.fields["number"], "volume" in e.fields
    ('2', False)
    >>> e = model.BibEntry("k", "article", {"journal": "Stuff", "volume": "3", "number": "5"}, {})
    >>> issue_in_brackets(e, "Lee, A. (2011). Title. Stuff, (3), 5-9."); e.fields
    {'journal': 'Stuff', 'number': '3', 'pages': '5–9'}
    >>> e = model.BibEntry("k", "article", {"journal": "Soziale Welt", "volume": "2"}, {})
    >>> issue_in_brackets(e, "Lee, A. (2011). Zugänge. Soziale Welt 2 (1987), 3–9."); e.fields["volume"], "number" in e.fields
    ('2', False)
    """
    f = e.fields
    vol = str(f.get("volume", "")).strip()
    host = str(f.get("journal") or f.get("booktitle") or "")
    sp = _span(text, host)
    if not sp or not vol:
        return
    rest = text[sp[1]:]
    m = re.match(r"\s*[,.]?\s*\(\s*(\d{1,4})\s*\)\s*(?:[,:]\s*(?:pp?\.\s*)?(\d+(?:\s*[-–]\s*\d+)?)\b|[,.;]|$)", rest)
    if not m or re.search(rf"(?<![\w(]){re.escape(vol)}(?![\w)])", rest[:m.start(1)] + rest[m.end(1) + 1:]
                           .replace(m.group(2) or "\0", "")):
        return      # the volume printed apart ("Vol. 3", "45(2)")
    if vol != m.group(1) and not (m.group(2) and f.get("number") == re.split(r"\s*[-–]\s*", m.group(2))[0]):
        return
    f["number"] = m.group(1)
    del f["volume"]
    if m.group(2) and not f.get("pages"):
        f["pages"] = re.sub(r"\s*-\s*", "–", m.group(2))


_PUBLISHER_WORD = r"(?:[ÉE]ditions?|[ÉE]diteurs?|Verlag|Verlagshaus|Press|Publishers?|Publishing|Edizioni|Editorial|Editora)"


def publisher_not_editor(e: model.BibEntry, text: str) -> None:
    """A publisher the parser read as an editor ("Paris, Félix Alcan
    éditeur" read as the editor "éditeur, Félix Alcan") or as the place
    ("Éditions de Mégane" read as the place "de Mégane"): the publisher,
    as the text writes it.

    >>> e = model.BibEntry("k", "book", {"address": "Paris"}, {"editor": ["éditeur, Félix Alan"]})
    >>> publisher_not_editor(e, "Guyau (1890) La genèse. Paris, Félix Alan éditeur, seconde édition"); e.fields, e.persons
    ({'address': 'Paris', 'publisher': 'Félix Alan éditeur'}, {})
    >>> e = model.BibEntry("k", "book", {"address": "de Mégane"}, {})
    >>> publisher_not_editor(e, "Conche, M. (1980) Temps et Destin. Éditions de Mégane"); e.fields
    {'publisher': 'Éditions de Mégane'}
    """
    f = e.fields
    eds = e.persons.get("editor") or []
    if len(eds) == 1 and not f.get("publisher") and re.search(rf"\b{_PUBLISHER_WORD}\b", eds[0], re.I):
        last, first = _split_name(eds[0].strip("{}"))
        for name in (f"{first} {last}".strip(), f"{last} {first}".strip(), eds[0].strip("{}")):
            if _find(text, name) >= 0:
                f["publisher"] = name
                del e.persons["editor"]
                break
    note = str(f.get("note", "")).strip()
    if note and not f.get("publisher") and re.match(rf"{_PUBLISHER_WORD}\b", note) and len(note) < 80:
        f["publisher"] = note       # "Éditions de Provence" read as a remark
        del f["note"]
    a = str(f.get("address", ""))
    sp = _span(text, a)
    if a and sp and not f.get("publisher"):
        m = re.search(rf"\b({_PUBLISHER_WORD})\s*$", text[:sp[0]])
        if m and a[:1].islower():
            f["publisher"] = text[m.start():sp[1]]
            del f["address"]


# an editor's mark anywhere in an entry: "(ed.)", "eds.", "Hg.", "hrsg. v.",
# "edited by", "herausgegeben", "éd.", "a cura di"
_EDITOR_MARK = re.compile(r"(?i)\(\s*(?:eds?|edd|hg|hgg|hrsg|dir|coord|[ée]ds?|red|a cura di)\.?\s*\)|"
                          r"(?<!\w)(?:eds?|edd|hg|hgg|hrsg|[ée]ds?)\.|\bedited\b|\beditors?\b|"
                          r"\bherausgegeben\b|\bherausgeber|\ba cura di\b|\bsous la direction\b")
_ORGANISATION = (rf"\b(?:{words_re('organisation_words')}|{words_re('publisher_words')}|College|School|"
                 r"Hochschule|Academy|Akademie|Ecole|École)\b")


def organisation_not_editor(e: model.BibEntry, text: str) -> None:
    """An organisation the parser read as the editor of a book, a thesis
    or a report that the text marks as edited nowhere ("…, DPhil thesis,
    University of Oxford."; "…, Commission for Racial Equality, London."):
    an organisation named after the title with no "(ed.)", "Hg." or
    "edited by" is who made the work public: the thesis's university
    (``school``), the report's institution, the book's publisher.  An
    organisation after "In" (the book a chapter is in) stays.

    >>> e = model.BibEntry("k", "phdthesis", {"title": "The Harbour", "note": "PhD thesis"},
    ...                    {"author": ["Roe, Ann"], "editor": ["{University of Leeds}"]})
    >>> organisation_not_editor(e, "Roe, Ann (2004): The Harbour, PhD thesis, University of Leeds."); e.fields["school"], e.persons
    ('University of Leeds', {'author': ['Roe, Ann']})
    >>> e = model.BibEntry("k", "book", {"title": "Work and the Coast", "address": "Leeds"},
    ...                    {"author": ["Lee, Kim"], "editor": ["{Institute for Coastal Studies}"]})
    >>> organisation_not_editor(e, "Lee, Kim (1999): Work and the Coast, Institute for Coastal Studies, Leeds."); e.fields["publisher"]
    'Institute for Coastal Studies'
    >>> e = model.BibEntry("k", "book", {"title": "Work"}, {"editor": ["{Institute for Coastal Studies}"]})
    >>> organisation_not_editor(e, "Institute for Coastal Studies (ed.) (1999): Work, Leeds."); e.persons["editor"]
    ['{Institute for Coastal Studies}']
    """
    f = e.fields
    eds = e.persons.get("editor") or []
    if len(eds) != 1 or e.type not in ("book", "misc", "phdthesis", "mastersthesis", "techreport", "report") \
            or _EDITOR_MARK.search(text):
        return
    name = eds[0].strip("{}")
    if not eds[0].startswith("{") and not re.search(_ORGANISATION, name):
        return
    sp, t = _span(text, name), _span(text, str(f.get("title", "")))
    if not sp or not t or sp[0] < t[1] or re.search(r"(?i)(?:^|[\s,.])(?:in|dans|en|em)\s*:?\s*$", text[:sp[0]]):
        return
    k = "school" if e.type.endswith("thesis") else "institution" if e.type in ("techreport", "report") \
        else "publisher"
    if f.get(k):
        return
    f[k] = text[sp[0]:sp[1]]
    del e.persons["editor"]


_INSTITUTION_NAME = re.compile(r"(?i)\b(?:Universit\w*|College|School|Hochschule|Institut\w*|Academy|Akademie|"
                               r"[ÉE]cole|Faculty|Fakultät|Polytechnic)\b")


def thesis_school(e: model.BibEntry, text: str) -> None:
    """A thesis whose note holds the university after what the work is
    ("PhD thesis, University of Leeds"; "Dissertation, Universität
    Bremen"): the university (``school``) apart from the description.

    >>> e = model.BibEntry("k", "phdthesis", {"title": "T", "note": "PhD thesis, University of Leeds"}, {})
    >>> thesis_school(e, "Roe, A. (2004): T, PhD thesis, University of Leeds."); e.fields
    {'title': 'T', 'note': 'PhD thesis', 'school': 'University of Leeds'}
    """
    f = e.fields
    if not e.type.endswith("thesis") or f.get("school"):
        return
    m = re.fullmatch(r"\s*([^,;]{2,60}?)\s*[,;]\s*([^,;]{4,120}?)\s*\.?\s*", str(f.get("note", "")))
    if m and DESCRIPTOR.search(m.group(1)) and _INSTITUTION_NAME.search(m.group(2)) \
            and not DESCRIPTOR.search(m.group(2)):
        f["note"], f["school"] = m.group(1), m.group(2)


_DAY_DATE = (rf"(?:\d{{1,2}}\.?\s+{_MONTH_WORDS}|{_MONTH_WORDS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?)")


def day_of_work(e: model.BibEntry, text: str) -> None:
    """The day a work is dated ("Paper presented to the Society, 18 June
    1999"; "…, March 12, 2001") of the entry's year, that the parser kept
    in a note (or at the end of the meeting's name) where no style prints
    it as the date: the date (``date``, ISO), not an access date ("retrieved
    …", ``urldate``).

    >>> e = model.BibEntry("k", "online", {"year": "1999", "note": "18 June 1999", "url": "http://x.org"}, {})
    >>> day_of_work(e, "Roe, A. (1999): T. Paper presented to the Society, 18 June 1999, http://x.org"); e.fields
    {'year': '1999', 'url': 'http://x.org', 'date': '1999-06-18'}
    >>> e = model.BibEntry("k", "misc", {"year": "2001", "howpublished": "Paper presented to the Society, 12 March 2001"}, {})
    >>> day_of_work(e, "Roe, A. (2001): T. Paper presented to the Society, 12 March 2001."); e.fields["howpublished"], e.fields["date"]
    ('Paper presented to the Society', '2001-03-12')
    """
    f = e.fields
    y = str(f.get("year", ""))[:4]
    if not y.isdigit() or len(str(f.get("date", ""))) > 4 or f.get("month"):
        return
    for k in ("note", "howpublished", "organization"):
        v = str(f.get(k, ""))
        m = re.search(rf"(?:^|,)\s*({_DAY_DATE}\s+{y})\s*\.?$", v)
        if not m:
            continue
        sp = _span(text, m.group(1))
        if sp and re.search(rf"(?i)(?:{words_re('accessed_labels')}|retrieved|abgerufen|zugriff|consulted|"
                            r"downloaded|viewed|visited)\b[\s:,]*(?:on\s+|am\s+)?$", text[:sp[0]]):
            continue
        d = find_date(m.group(1), year_only=False)
        if d is None or not d.date.day or str(d.date.year) != y:
            continue
        rest = v[:m.start()].rstrip(" ,")
        if rest:
            f[k] = rest
        else:
            del f[k]
        f["date"] = d.date.iso()
        return


_CLOSES = {"‘": "’", "“": "”", "„": "“”", "«": "»", "»": "«", "‹": "›", "›": "‹", "\"": "\""}


def title_to_closing_quote(e: model.BibEntry, text: str) -> None:
    """A title the text quotes whole, that the parser ended at a full stop
    inside the quotes, the rest read as a note or another field
    ("»Anlage: Überblick über die Forschung seit 1945. Vortrag gehalten
    auf der Tagung …, 3.–5. Mai 1947«, in: …" read as the title "Anlage:
    … seit 1945" and the note "Vortrag gehalten …"): the title runs to the
    closing quote; a field the text gives only inside the quotes is
    dropped.

    >>> e = model.BibEntry("k", "incollection", {"title": "Die Stadt am Meer", "note": "Vortrag in Kiel, 4. Juni 1951",
    ...                    "booktitle": "Beiträge"}, {})
    >>> title_to_closing_quote(e, "Adler, J. (1952), »Die Stadt am Meer. Vortrag in Kiel, 4. Juni 1951«, in: Beiträge, Kiel.")
    >>> e.fields
    {'title': 'Die Stadt am Meer. Vortrag in Kiel, 4. Juni 1951', 'booktitle': 'Beiträge'}
    >>> e = model.BibEntry("k", "article", {"title": "Women’s work", "journal": "Geo"}, {})
    >>> title_to_closing_quote(e, "Lee, K. (2001) ‘Women’s work’, Geo 3: 1–9."); e.fields["title"]
    'Women’s work'
    """
    f = e.fields
    title = str(f.get("title", ""))
    t = _span(text, title)
    if not t or t[0] == 0:
        return
    before = text[:t[0]].rstrip(" \u00a0\u202f")
    if not before or before[-1] not in _CLOSES:
        return
    opener, close = before[-1], _CLOSES[before[-1]]
    rest = text[t[1]:]
    if rest[:1] in close:
        return
    m = re.match(rf"([^{re.escape(close + opener)}]{{3,250}}?)[{re.escape(close)}](?=\s*(?:[,.:;(]|$|in\b|In\b))", rest)
    if not m or not re.match(r"\s*[.:;]\s", m.group(1)) or title.count(opener) > title.count(close):
        return
    inner = m.group(1)
    f["title"] = title + inner.rstrip()
    for k in list(f):
        v = str(f[k])
        if k == "title" or not v or len(v) < 4:
            continue
        if _find(inner, v) >= 0 and _find(text[t[1] + len(inner):], v) < 0:
            del f[k]


_EDITED_BY = (r"(?:hg\.|hrsg\.|herausgegeben|ed\.|eds\.|edited|éd\.|a cura di)"
              r"(?:\s+(?:von|v\.|by|par))?")
_GIVEN_FIRST = r"[A-ZÀ-Þ][\w'’-]+(?:\s+(?:[A-ZÀ-Þ]\.|[A-ZÀ-Þ][\w'’-]+|von|van|de|der|zu|du|la|le)){1,3}"


def editors_in_note(e: model.BibEntry, text: str) -> None:
    """Editors the text names after the title ("…, Bd. 1, hg. im Auftrag
    des Präsidenten Rita von Seidel, Horst Gerken, Oskar Mahrenholtz u.a.,
    Stuttgart"; "…, edited on behalf of the Society by Ann Roe and Kim
    Lee, London") that the parser kept as a note (and the place): the
    editors (given name first, as written; "u.a.", "et al." for more), and
    no field holds their names.

    >>> e = model.BibEntry("k", "book", {"title": "T", "note": "hg. im Auftrag des Senats Jens Ott",
    ...                    "address": "Peter Wulf u.a.", "publisher": "Kiel"}, {"author": ["{Stadt Kiel}"]})
    >>> editors_in_note(e, "Stadt Kiel (1992), T, hg. im Auftrag des Senats Jens Ott, Peter Wulf u.a., Kiel."); e.persons, e.fields
    ({'author': ['{Stadt Kiel}'], 'editor': ['Ott, Jens', 'Wulf, Peter', 'others']}, {'title': 'T', 'address': 'Kiel'})
    """
    f = e.fields
    note = str(f.get("note", ""))
    sp = _span(text, note)
    if e.persons.get("editor") or not note or not sp:
        return
    m = re.match(rf"(?i){_EDITED_BY}\s+(?P<on>(?:im\s+Auftrag|on\s+behalf\s+of|au\s+nom)\s+"
                 r"(?:(?:des|der|dem|the|de\s+la|du|de)\s+)?\S+\s+)?"
                 rf"(?:von\s+|by\s+)?(?P<names>(?-i:{_GIVEN_FIRST})(?:\s*(?:,|und|and|&|/)\s*(?-i:{_GIVEN_FIRST}))*)"
                 r"(?P<more>\s*,?\s*(?:u\.\s?a\.|et\s+al\.|and\s+others))?(?=\s*[,.;]|\s*$)", text[sp[0]:])
    if not m or m.end() < len(note) - 2:
        return
    names = [n.strip() for n in re.split(r"\s*(?:,|\bund\b|\band\b|&|/)\s*", m.group("names")) if n.strip()]
    people = []
    for n in names:
        ws = n.split()
        k = len(ws) - 1
        while k > 1 and ws[k - 1] in ("von", "van", "de", "der", "zu", "du", "la", "le"):
            k -= 1
        people.append(f"{' '.join(ws[k:])}, {' '.join(ws[:k])}")
    if m.group("more"):
        people.append("others")
    e.persons["editor"] = people
    span = text[sp[0]:sp[0] + m.end()]
    del f["note"]
    for k in ("address", "publisher"):
        if f.get(k) and _find(span, str(f[k])) >= 0:
            del f[k]
    if f.get("publisher") and not f.get("address") and re.fullmatch(_PLACE, str(f["publisher"])):
        f["address"] = f.pop("publisher")       # the place the names were read as the publisher before


# a work's name shortened in capitals, in brackets: "(WISC-III)", "(ADOS-2)", "(STAI)"
_TITLE_ABBR = re.compile(r"\((?P<abbr>[A-Z][A-Z0-9]*[A-Z](?:[-–/][A-Z0-9]+)*)\)")


def title_abbreviation(e: model.BibEntry, text: str) -> None:
    """The short name of a work in brackets the text gives right after its
    title or after the edition that follows the title ("Scale for
    Children, 3rd edition (SC-III)", "Test of Reading (2nd ed.) (TR-2)"),
    that the parser dropped or kept as a note: it stays with the title.

    >>> e = model.BibEntry("k", "book", {"title": "Rowan Scale for Children", "edition": "3rd",
    ...                    "publisher": "Lark Press", "address": "Leeds"}, {})
    >>> title_abbreviation(e, "Rowan A (1991) Rowan Scale for Children, 3rd edition (RSC-III). Lark Press, Leeds")
    >>> e.fields["title"], e.fields["edition"]
    ('Rowan Scale for Children (RSC-III)', '3rd')
    >>> e = model.BibEntry("k", "book", {"title": "Test of reading", "edition": "2nd", "note": "TR-2"}, {})
    >>> title_abbreviation(e, "Roe, B. (2004). Test of reading (2nd ed.) (TR-2). London: Pearson.")
    >>> e.fields["title"], "note" in e.fields
    ('Test of reading (TR-2)', False)
    >>> e = model.BibEntry("k", "article", {"title": "Rivers", "journal": "Geo", "volume": "3"}, {})
    >>> title_abbreviation(e, "Roe, B. (2004). Rivers. Geo (GEO) 3: 1-9."); e.fields["title"]
    'Rivers'
    """
    f = e.fields
    title = str(f.get("title", ""))
    t = _span(text, title)
    if not t:
        return
    ed = _EDITION.match(text, t[1] + len(re.match(r"[\s,.;:(]*", text[t[1]:]).group(0)))
    after = ed.end() if ed else t[1]
    m = _TITLE_ABBR.match(text, after + len(re.match(r"[\s,.;:)]*", text[after:]).group(0)))
    if not m or (not ed and text[t[1]:m.start()].strip()):
        return              # (without an edition between, the bracket comes right after the title)
    abbr = m.group("abbr")
    if abbr in title or any(abbr in str(v) for k, v in f.items() if k not in ("note", "title")):
        return
    f["title"] = f"{title.rstrip(' ,.;:')} ({abbr})"
    if str(f.get("note", "")).strip(" ()") == abbr:
        del f["note"]


def quoted_book_title(e: model.BibEntry, text: str) -> None:
    """A book's title that begins with a phrase the text quotes, the
    subtitle after it ("»Wald und Volk«. Forstpolitik im Reich", "„Wald
    und Volk“. Forstpolitik", "« Wald et peuple ». Politique"), the
    parser read as the phrase without its marks and the subtitle apart:
    the marks are the title's (they are no article's quotes: the work is a
    book, in no journal or book).

    >>> e = model.BibEntry("k", "book", {"title": "Wald und Volk", "subtitle": "Forstpolitik im Reich",
    ...                    "series": "Studien", "volume": "8"}, {})
    >>> quoted_book_title(e, "Roe, Anna (1990), »Wald und Volk«. Forstpolitik im Reich (=Studien 8), Berlin.")
    >>> e.fields["title"]
    '»Wald und Volk«'
    >>> e = model.BibEntry("k", "incollection", {"title": "Wald und Volk", "subtitle": "Forst",
    ...                    "booktitle": "Reich"}, {})
    >>> quoted_book_title(e, "Roe, Anna (1990), »Wald und Volk«. Forst, in: Reich, Berlin.")
    >>> e.fields["title"]
    'Wald und Volk'
    """
    f = e.fields
    title = str(f.get("title", ""))
    t = _span(text, title)
    if not t or not f.get("subtitle") or e.type not in ("book", "misc") \
            or any(f.get(k) for k in ("journal", "booktitle")):
        return
    before = text[:t[0]].rstrip(" \u00a0\u202f")
    if not before or before[-1] not in _OPEN_QUOTES:
        return
    close = _OPEN_QUOTES[before[-1]]
    m = re.match(r"[ \u00a0\u202f]*(.)", text[t[1]:])
    if not m or m.group(1) not in close:
        return
    f["title"] = before[-1] + title + m.group(1)


def edition_words(e: model.BibEntry, text: str) -> None:
    """An edition the parser kept as a word ("seconde") of a phrase the
    text gives whole ("seconde édition", "second edition", "zweite
    Auflage"): the phrase.

    >>> e = model.BibEntry("k", "book", {"edition": "seconde"}, {})
    >>> edition_words(e, "Paris, Félix Alan éditeur, seconde édition"); e.fields["edition"]
    'seconde édition'
    """
    ed = str(e.fields.get("edition", ""))
    if not ed or ed[:1].isdigit():
        return
    m = re.search(rf"(?<!\w){re.escape(ed)}\s+(?:édition|[ée]d\.|edition|ed\.|Auflage|Aufl\.|edizione|edición|wydanie)",
                  text, re.I)
    if m:
        e.fields["edition"] = m.group(0)


_OPEN_QUOTES = {"‘": "’", "“": "”", "„": "“”", "«": "»", "»": "«", "'": "'", "\"": "\""}


def quoted_title(e: model.BibEntry, text: str) -> None:
    """A title the text quotes that the parser cut before its closing
    quote, the rest read as the journal ("‘Do Not Go … in Asante, Ghana’,
    Journal of Consumer Research" read as the title "… in Asante" in the
    journal "Ghana’, Journal of …"): the title runs to the quote.

    >>> e = model.BibEntry("k", "article", {"title": "Do Not Go: Rituals in Asante",
    ...                    "journal": "Ghana’, Journal of Consumer Research"}, {})
    >>> quoted_title(e, "Bonsu, S. (2003) ‘Do Not Go: Rituals in Asante, Ghana’, Journal of Consumer Research 30: 41-55.")
    >>> e.fields["title"], e.fields["journal"]
    ('Do Not Go: Rituals in Asante, Ghana', 'Journal of Consumer Research')
    """
    f = e.fields
    t = _span(text, str(f.get("title", "")))
    if not t or t[0] == 0 or text[t[0] - 1] not in _OPEN_QUOTES:
        return
    close = _OPEN_QUOTES[text[t[0] - 1]]
    if text[t[1]:t[1] + 1] in close:
        return
    for k in ("journal", "booktitle"):
        c = str(f.get(k, ""))
        m = re.match(rf"(.+?)[{re.escape(close)}]\s*[,.:]?\s*(.+)$", c)
        if m and _find(text[t[1]:], m.group(1)) >= 0 and len(text[t[1]:_find(text, c)]) <= 3:
            f["title"] = text[t[0]:_find(text, c)] + m.group(1)
            f[k] = m.group(2).strip()
            return


def title_past_quote(e: model.BibEntry, text: str) -> None:
    """A title the text quotes that the parser ran past its closing quote
    into the journal ("« Les métiers de la relation ». Sociologie du
    travail, vol. 52, n° 3" read as the title "Les métiers de la relation
    ». Sociologie du travail", no journal): the title ends at the quote;
    what follows, up to the volume, is the journal.

    >>> e = model.BibEntry("k", "misc", {"title": "Les métiers ». Sociologie du travail", "volume": "52"}, {})
    >>> title_past_quote(e, "Roe, C. (2010). « Les métiers ». Sociologie du travail, vol. 52, n° 3, p. 301-322.")
    >>> e.type, e.fields["title"], e.fields["journal"]
    ('article', 'Les métiers', 'Sociologie du travail')
    """
    f = e.fields
    title = str(f.get("title", ""))
    t = _span(text, title)
    if not t or f.get("journal") or f.get("booktitle"):
        return
    before = text[:t[0]].rstrip(" \u00a0\u202f")
    if not before or before[-1] not in _OPEN_QUOTES:
        return
    close = _OPEN_QUOTES[before[-1]]
    m = re.match(rf"(.+?)\s*[{re.escape(close)}]\s*[.,:]?\s*([^.,;:]{{3,120}})$", title)
    if not m or not (f.get("volume") or f.get("number") or f.get("pages")):
        return
    f["title"] = m.group(1).strip()
    f["journal"] = m.group(2).strip()
    f.pop("volumelabel", None)
    if e.type in ("misc", "book"):
        e.type = "article"


def place_publisher_ending_title(e: model.BibEntry, text: str) -> None:
    """"Place: Publisher" the text writes as the last sentence of a book's
    entry ("Ciudades y desigualdad. México: Fondo de Cultura Económica."),
    that the parser read into the title: the place and the publisher, when
    the entry names neither and holds nothing after them, the place a
    name of one to three words.

    >>> e = model.BibEntry("k", "misc", {"title": "Ciudades y desigualdad. México: Fondo de Cultura Económica"}, {})
    >>> place_publisher_ending_title(e, "Ruiz, L. (2018). Ciudades y desigualdad. México: Fondo de Cultura Económica.")
    >>> e.type, e.fields
    ('book', {'title': 'Ciudades y desigualdad', 'address': 'México', 'publisher': 'Fondo de Cultura Económica'})
    >>> e = model.BibEntry("k", "misc", {"title": "Cities. Berlin: The Divided City", "journal": "Urban Life"}, {})
    >>> place_publisher_ending_title(e, "Roe, A. (2001). Cities. Berlin: The Divided City. Urban Life 3: 4-9."); e.fields["title"]
    'Cities. Berlin: The Divided City'
    """
    f = e.fields
    title = str(f.get("title", ""))
    t = _span(text, title)
    if not t or any(f.get(k) for k in ("address", "publisher", "journal", "booktitle", "url", "volume", "pages")):
        return
    if not re.fullmatch(r"\s*[.,]?\s*", text[t[1]:]):
        return          # the entry goes on after the title: not its imprint
    m = re.search(r"(?<=[\w)])[.]\s+((?:[A-ZÀ-ÞÄÖÜ][\w'’-]+\.?)(?:\s+[A-ZÀ-ÞÄÖÜ][\w'’-]+\.?){0,2})\s*:\s*"
                  r"([A-ZÀ-ÞÄÖÜ][^.:;]{1,80})$", title)
    if not m or len(title[:m.start()].split()) < 2 or len(m.group(2).split()) > 7:
        return
    f["title"] = title[:m.start()]
    f["address"], f["publisher"] = m.group(1), m.group(2).strip()
    if e.type == "misc":
        e.type = "book"


def article_number(e: model.BibEntry, text: str) -> None:
    """An article's number where a journal prints its pages ("Pediatrics.
    2018;141(2):e20172011", "PLoS One 9: e101234") that the parser kept
    as a note: the pages (as styles print them).

    >>> e = model.BibEntry("k", "article", {"journal": "Pediatrics", "volume": "141", "note": "e20172011"}, {})
    >>> article_number(e, "Reyes MA. Assessment. Pediatrics. 2018;141(2):e20172011."); e.fields
    {'journal': 'Pediatrics', 'volume': '141', 'pages': 'e20172011'}
    >>> e = model.BibEntry("k", "article", {"journal": "Lancet", "volume": "12"}, {})
    >>> article_number(e, "Lee A. Title. Lancet. 2003;12(3):101-9."); e.fields["pages"]
    '101–9'
    """
    f = e.fields
    if f.get("pages") or not f.get("volume") or e.type != "article":
        return
    m = re.search(rf"(?<![\w.]){re.escape(str(f['volume']))}\s*(?:\(\s*[\w/-]+\s*\))?\s*:\s*"
                  r"(e?\d{1,9}(?:\s*[-–]\s*e?\d{1,9})?)(?![\w/])", text)
    if m:
        f["pages"] = page_range(m.group(1)) if "e" not in m.group(1) else m.group(1)
        if str(f.get("note", "")).strip() == m.group(1):
            del f["note"]


def doi_address(e: model.BibEntry, text: str) -> None:
    """A URL that is the DOI's own address ("https://doi.org/10.1007/…"),
    beside the DOI read from it: the DOI alone (the styles print it as
    that address).

    >>> e = model.BibEntry("k", "article", {"doi": "10.1007/x-1", "url": "https://doi.org/10.1007/x-1"}, {})
    >>> doi_address(e, ""); e.fields
    {'doi': '10.1007/x-1'}
    """
    f = e.fields
    doi, url = str(f.get("doi", "")).strip(), str(f.get("url", "")).strip()
    m = re.fullmatch(r"(?i)(?:https?://)?(?:dx\.)?doi\.org/(\S+?)/?", url)
    if doi and m and m.group(1).casefold() == re.sub(r"(?i)^doi:\s*", "", doi).casefold():
        del f["url"]


_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"


def month_not_author(e: model.BibEntry, text: str) -> None:
    """A month the text abbreviates before the year ("…, pp. 1021–1033,
    Mar. 2015, doi: …", IEEE) that the parser read as the last author: no
    author.

    >>> e = model.BibEntry("k", "article", {}, {"author": ["Kumar, A.", "Mehta, C.", "Mar"]})
    >>> month_not_author(e, "A. Kumar and C. Mehta, “Edge,” IEEE Trans., vol. 2, pp. 1–3, Mar. 2015."); e.persons
    {'author': ['Kumar, A.', 'Mehta, C.']}
    """
    people = e.persons.get("author") or []
    if len(people) > 1 and re.fullmatch(rf"{_MONTH_ABBR}\.?", people[-1].strip()) and \
            re.search(rf"(?<!\w){people[-1].strip().rstrip('.')}\.?\s+(?:\d{{1,2}},?\s+)?{_YEAR}", text):
        people.pop()


def journal_abbreviated(e: model.BibEntry, text: str) -> None:
    """A journal's abbreviated name the parser cut at a point ("IEEE
    Trans. Image Process., vol. 24" read as "IEEE Trans"): the name up
    to the volume.

    >>> e = model.BibEntry("k", "article", {"journal": "IEEE Trans", "volume": "24"}, {})
    >>> journal_abbreviated(e, "A. Kumar, “Edge,” IEEE Trans. Image Process., vol. 24, no. 3."); e.fields["journal"]
    'IEEE Trans. Image Process.'
    """
    f = e.fields
    j = str(f.get("journal", ""))
    sp = _span(text, j)
    if not j or not sp:
        return
    m = re.match(r"\.((?:\s+[A-Z][a-z]*\.?)+)\s*,\s*(?:vol\.|no\.|pp\.|\d)", text[sp[1]:])
    if m:
        f["journal"] = text[sp[0]:sp[1]] + "." + m.group(1).rstrip(",")


def issue_labelled(e: model.BibEntry, text: str) -> None:
    """A number the text labels as an issue ("New Left Review, no. 74
    (2012)", "n° 3", "Heft 2", "núm. 5") that the parser read as the
    volume, the entry giving no other: the issue.

    >>> e = model.BibEntry("k", "article", {"journal": "Revista", "volume": "15"}, {})
    >>> issue_labelled(e, "SANTOS, M. A escola. Revista, v. 15, n. 44, p. 233-250, 2010."); e.fields["number"]
    '44'
    >>> e = model.BibEntry("k", "article", {"journal": "New Left Review", "volume": "74"}, {})
    >>> issue_labelled(e, "Quist, Jonas. “Counting.” New Left Review, no. 74 (2012): 5–29."); e.fields
    {'journal': 'New Left Review', 'number': '74'}
    """
    f = e.fields
    vol = str(f.get("volume", "")).strip()
    m = re.search(rf"(?<![\w.]){re.escape(vol)}\s*,\s*(?:n\.|no\.|No\.|n°|nº|núm\.|Nr\.|Heft|H\.)\s*(\d{{1,4}})(?!\w)", text) \
        if vol else None
    if m and not f.get("number"):
        f["number"] = m.group(1)        # "v. 15, n. 44": the volume's issue
        return
    if not vol or f.get("number") or e.type != "article" or re.search(
            r"(?i)\b(?:papers?|series|reports?|reihe|cahiers?|documentos?|arbeitspapiere?)\b", str(f.get("journal", ""))):
        return      # (a series of papers numbers its papers: "IZA Discussion Paper no. 97")
    if re.search(rf"(?<!\w)(?:no\.|No\.|n°|nº|Nr\.|Heft|H\.|núm\.|num\.|issue)\s*{re.escape(vol)}(?!\w)", text) and \
            not re.search(rf"(?<![\w./(-]){re.escape(vol)}(?![\w)])", re.sub(
                rf"(?:no\.|No\.|n°|nº|Nr\.|Heft|H\.|núm\.|num\.|issue)\s*{re.escape(vol)}", "", text)):
        f["number"] = f.pop("volume")


def editor_mark_in_host(e: model.BibEntry, text: str) -> None:
    """What is left of an editor's mark the parser did not know at the head
    of the book a part appeared in ("a cura di), Le città italiane",
    "(dir.), …", "(coord.) …"): the book's title alone.

    >>> e = model.BibEntry("k", "incollection", {"booktitle": "a cura di), Le città italiane"}, {})
    >>> editor_mark_in_host(e, "in A. Conti (a cura di), Le città italiane, Milano"); e.fields["booktitle"]
    'Le città italiane'
    """
    f = e.fields
    b = str(f.get("booktitle", ""))
    m = re.match(r"\(?\s*(?:a\s+cura\s+di|dir\.|dirs\.|coord\.|coords\.|comp\.|comps\.|éd\.|éds\.|eds?\.|"
                 r"Hrsg\.|Hg\.|red\.)\s*\)\s*[,.:]?\s*", b)
    if m and len(b) > m.end() + 2:
        f["booktitle"] = b[m.end():]


def place_then_publisher(e: model.BibEntry, text: str) -> None:
    """"Title, Place, Publisher." (the Italian manner: "Il lavoro che
    cambia, Bologna, Il Mulino") read as the title "…, Bologna" and the
    place "Il Mulino": the place the title ends with, the publisher after.

    >>> e = model.BibEntry("k", "book", {"title": "Il lavoro che cambia, Bologna", "address": "Il Mulino"}, {})
    >>> place_then_publisher(e, "Rossi, M. (2008), Il lavoro che cambia, Bologna, Il Mulino."); e.fields
    {'title': 'Il lavoro che cambia', 'address': 'Bologna', 'publisher': 'Il Mulino'}
    """
    f = e.fields
    title, addr = str(f.get("title", "")), str(f.get("address", ""))
    if f.get("publisher") or not addr or _known_place([addr]):
        return
    m = re.search(r",\s*([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)$", title)
    if m and _known_place(m.group(1).split()) and re.search(
            rf"{re.escape(m.group(1))}\s*,\s*{re.escape(addr)}", text):
        f["title"], f["address"], f["publisher"] = title[:m.start()], m.group(1), addr


def venue_not_publisher(e: model.BibEntry, text: str) -> None:
    """A conference's place ("in Proc. Int. Conf. Computer Vision, Venice,
    Italy, 2017") read as the publisher of the proceedings: the place;
    and a word that leads to an address ("Available", "Online") is no
    place.

    >>> e = model.BibEntry("k", "incollection", {"booktitle": "Proc. Int. Conf. Vision", "publisher": "Venice, Italy"}, {})
    >>> venue_not_publisher(e, "in Proc. Int. Conf. Vision, Venice, Italy, 2017, pp. 88–96."); e.fields["address"]
    'Venice, Italy'
    >>> e = model.BibEntry("k", "misc", {"address": "Available"}, {})
    >>> venue_not_publisher(e, "2020. [Online]. Available: https://arxiv.org/abs/2001.05566"); e.fields
    {}
    """
    f = e.fields
    if re.fullmatch(r"(?i)available(?:\s+(?:at|from|online))?|online|disponible(?:\s+en)?|verfügbar(?:\s+unter)?|"
                    r"retrieved(?:\s+from)?|abgerufen", str(f.get("address", "")).strip(" :.")):
        del f["address"]
    b, pub = str(f.get("booktitle", "")), str(f.get("publisher", ""))
    if re.search(r"(?i)\b(?:proc\.|proceedings|conf\.|conference|symposium|workshop|congress)", b) and \
            re.fullmatch(r"[A-ZÀ-Þ][\w'’ -]+,\s*[A-ZÀ-Þ][\w'’. -]+", pub) and not f.get("address") and \
            re.search(rf"{re.escape(b)}\s*,\s*{re.escape(pub)}\s*,\s*{_YEAR}", text):
        f["address"] = f.pop("publisher")


def doi_across_lines(e: model.BibEntry, text: str) -> None:
    """A DOI cut where a line broke after its point ("10.1109/TIP.
    2015.2391234", the space the line's end left) at the end of the
    entry: the DOI whole.

    >>> e = model.BibEntry("k", "article", {"doi": "10.1109/TIP"}, {})
    >>> doi_across_lines(e, "vol. 24, Mar. 2015, doi: 10.1109/TIP. 2015.2391234."); e.fields["doi"]
    '10.1109/TIP.2015.2391234'
    """
    doi = str(e.fields.get("doi", ""))
    sp = _span(text, doi)
    if not doi or not sp:
        return
    m = re.fullmatch(r"\.\s+([\w.;()/:-]*\w)\.?\s*", text[sp[1]:])
    if m:
        e.fields["doi"] = doi + "." + m.group(1)


def address_and_access(e: model.BibEntry, text: str) -> None:
    """A web address the parser ran into the words after it ("….html,
    zuletzt geprüft am 12.03.2020" read as the address
    "….html,zuletztgeprüftam"): the address as the text ends it; and an
    access date as the text writes it ("12.03.2020", "12 March 2022"):
    the date (ISO, as every date of an entry is kept).

    >>> e = model.BibEntry("k", "online", {"url": "https://www.x.de/a.html,zuletztgeprüftam", "urldate": "12.03.2020"}, {})
    >>> address_and_access(e, "Amt (2019): T. Online verfügbar unter https://www.x.de/a.html, zuletzt geprüft am 12.03.2020."); e.fields
    {'url': 'https://www.x.de/a.html', 'urldate': '2020-03-12'}
    """
    f = e.fields
    url = str(f.get("url", ""))
    if "," in url:
        head = url[:url.index(",")]
        if re.search(rf"{re.escape(head)},\s+[^\W\d]", text) and url not in text:
            f["url"] = head
    d = str(f.get("urldate", "")).strip()
    if d and from_iso(d) is None:
        m = find_date(d, year_only=False)
        if m is not None and m.date.day and m.start == 0 and m.end >= len(d.rstrip(". ")):
            f["urldate"] = m.date.iso()


def place_before_publisher(e: model.BibEntry, text: str) -> None:
    """A place the parser read as the title's last sentence though the
    publisher follows it after a colon ("Trabalho e cidade. São Paulo:
    Cortez, 2010." read as the title "Trabalho e cidade. São Paulo" and
    the publisher "Cortez"): the place.

    >>> e = model.BibEntry("k", "book", {"title": "Trabalho e cidade. São Paulo", "publisher": "Cortez"}, {})
    >>> place_before_publisher(e, "SILVA, João. Trabalho e cidade. São Paulo: Cortez, 2010."); e.fields
    {'title': 'Trabalho e cidade', 'publisher': 'Cortez', 'address': 'São Paulo'}
    """
    f = e.fields
    title, pub = str(f.get("title", "")), str(f.get("publisher", ""))
    if not pub or f.get("address"):
        return
    m = re.search(r"(?<=[\w)])\.\s+([A-ZÀ-ÞÄÖÜ][\w'’-]+(?:\s+[A-ZÀ-ÞÄÖÜ][\w'’-]+){0,2})$", title)
    if m and len(title[:m.start()].split()) >= 2 and \
            re.search(rf"{re.escape(title)}\s*:\s*{re.escape(pub)}", text):
        f["title"], f["address"] = title[:m.start()], m.group(1)


def given_name_point(e: model.BibEntry) -> None:
    """The full stop that ends a list's names ("OLIVEIRA, Pedro. A
    escola …") kept on a given name written out: no part of the name
    ("Pedro. Oliveira" printed); an initial's and an abbreviation's point
    stays ("Lee, A.", "De Waal, Th.", "Roth, Chr.").

    >>> e = model.BibEntry("k", "article", {}, {"author": ["SANTOS, Maria", "OLIVEIRA, Pedro.", "Lee, A.", "Roth, Chr."]})
    >>> given_name_point(e); e.persons["author"]
    ['SANTOS, Maria', 'OLIVEIRA, Pedro', 'Lee, A.', 'Roth, Chr.']
    """
    for role in ("author", "editor"):
        people = e.persons.get(role) or []
        for i, p in enumerate(people):
            if re.search(r",\s*(?:\S+\s+)*[^\W\d_][a-zà-ÿ]{3,}\.$", p) and p.count(",") == 1:
                people[i] = p[:-1]


def quoted_journal_ending_title(e: model.BibEntry, text: str) -> None:
    """A journal the text quotes after the title and a comma (the Polish
    manner: "Praca i rodzina, „Studia Socjologiczne”, nr 2, s. 45–67")
    that the parser read into the title: the journal.

    >>> e = model.BibEntry("k", "misc", {"title": "Praca i rodzina, „Studia Socjologiczne", "number": "2"}, {})
    >>> quoted_journal_ending_title(e, "Kowalski J. (2015), Praca i rodzina, „Studia Socjologiczne”, nr 2, s. 45–67.")
    >>> e.type, e.fields["title"], e.fields["journal"]
    ('article', 'Praca i rodzina', 'Studia Socjologiczne')
    """
    f = e.fields
    title = str(f.get("title", ""))
    if f.get("journal") or f.get("booktitle"):
        return
    m = re.search(r",\s*[„“\"«‘]\s*([^„“”\"«»‘’]{3,120}?)\s*[”“\"»’]?$", title)
    if m and len(title[:m.start()].split()) >= 2 and (f.get("volume") or f.get("number") or f.get("pages")):
        f["title"], f["journal"] = title[:m.start()], m.group(1)
        if e.type in ("misc", "book"):
            e.type = "article"


def organisation_before_year(e: model.BibEntry, text: str) -> None:
    """An organisation that wrote the work, before the year, read as the
    title, the quoted title after the year lost ("Department for Work and
    Pensions. 2021. “Households Below Average Income.” Accessed …", Chicago
    author-date): the organisation the author, the quoted words the title.

    >>> e = model.BibEntry("k", "online", {"title": "Department for Work and Pensions", "year": "2021"}, {})
    >>> organisation_before_year(e, "Department for Work and Pensions. 2021. “Households Below Average Income.” Accessed June 3, 2021.")
    >>> e.persons, e.fields["title"]
    ({'author': ['{Department for Work and Pensions}']}, 'Households Below Average Income')
    """
    f = e.fields
    title = str(f.get("title", ""))
    if not title or e.persons.get("author") or e.persons.get("editor"):
        return
    m = re.match(rf"\s*(?:\[\d+\]|\d+\.)?\s*{re.escape(title)}\.?\s+\(?{_YEAR}[a-z]?\)?[.,:]?\s+"
                 r"[“\"‘«„]\s*([^”\"’»“]{3,300}?)[.,]?\s*[”\"’»“]", text)
    if m:
        e.persons["author"] = ["{" + title + "}"]
        f["title"] = m.group(1).strip()


def translators_not_editors(e: model.BibEntry, text: str) -> None:
    """Translators the parser read as editors ("Translated by John A.
    Spaulding and George Simpson"; "übersetzt von …", "traduit par …"):
    the translators.

    >>> e = model.BibEntry("k", "book", {}, {"author": ["Durkheim, Émile"], "editor": ["Spaulding, John A.", "Simpson, George"]})
    >>> translators_not_editors(e, "Durkheim, Émile. (1897) 1951. Suicide. Translated by John A. Spaulding and George Simpson. New York.")
    >>> e.persons
    {'author': ['Durkheim, Émile'], 'translator': ['Spaulding, John A.', 'Simpson, George']}
    """
    eds = e.persons.get("editor") or []
    m = re.search(rf"{_TRANSLATED}\s*", text)
    if not eds or not m or e.persons.get("translator"):
        return
    span = re.split(r"[;:()]", text[m.end():m.end() + 120])[0]
    if all(re.search(rf"(?<!\w){re.escape(p.partition(',')[0].strip())}(?!\w)", span) for p in eds) and \
            not re.search(r"\((?:eds?|Hrsg|Hg|éds?|dir|red)\.?\)|[Ee]dited by|herausgegeben", text):
        e.persons["translator"] = e.persons.pop("editor")


def host_after_in_mark(e: model.BibEntry, text: str) -> None:
    """The book a chapter appeared in, after "in" and its editors ("…,
    [w:] P. Zieliński (red.), Rynek pracy, Scholar, Warszawa", the Polish
    "[w:]"; "In:", "En:", "Dans :", "Em:"), that the parser did not read
    as the book: the editors as editors (not authors), the book as the
    book (``booktitle``), and a publisher the parser left in a note.

    >>> e = model.BibEntry("k", "book", {"title": "Migracje", "publisher": "Scholar"},
    ...                    {"author": ["Wiśniewska, M.", "Zieliński, P."]})
    >>> host_after_in_mark(e, "Wiśniewska M. (2018), Migracje, [w:] P. Zieliński (red.), Rynek pracy, Scholar, Warszawa.")
    >>> e.type, e.persons, e.fields["booktitle"]
    ('incollection', {'author': ['Wiśniewska, M.'], 'editor': ['Zieliński, P.']}, 'Rynek pracy')
    """
    f = e.fields
    if f.get("booktitle") or f.get("journal"):
        return
    m = re.search(r"[,.]\s*(?:\[[wW]:?\]|[wW]:|In:?|in:|En:?|en:|Dans\s?:?|dans\s?:|Em:?|em:)\s+"
                  r"([^()]{3,160}?)\s*\((?:red|Hrsg|Hg|eds?|Eds?|éds?|dir|coord|a cura di)\.?\)\s*[,:.]?\s*"
                  r"([^\W\d_][^,.;()]{2,150})", text)    # (not "(eds.) (2001): 99-128", a book the list gives apart)
    if not m:
        return
    names, book = m.group(1), m.group(2).strip()
    authors = e.persons.get("author") or []
    moved = [a for a in authors if re.search(rf"(?<!\w){re.escape(a.partition(',')[0].strip())}(?!\w)", names)]
    if moved and len(moved) < len(authors):
        e.persons["author"] = [a for a in authors if a not in moved]
        e.persons.setdefault("editor", moved)
    if str(f.get("title", "")).strip() == book:
        return
    f["booktitle"] = book
    note = str(f.get("note", ""))
    if note.startswith(book):
        rest = note[len(book):].strip(" ,.")
        f.pop("note")
        if rest and not f.get("publisher"):
            f["publisher"] = rest
    e.type = "incollection"


_INITIALS = r"(?:[A-ZÀ-Þ]\.?\s?-?){1,3}"


def initials_as_surname(e: model.BibEntry) -> None:
    """Two authors the parser read across their comma ("Mattes, R. Davids
    Y.D. and Africa, C." read as "Mattes" and "Y.D, R. Davids"): a
    "surname" of initials only is no surname; the initials before the
    next name belong to the author before, who has none.

    >>> e = model.BibEntry("k", "book", {}, {"author": ["Mattes", "Y.D, R. Davids", "Africa, C."]})
    >>> initials_as_surname(e); e.persons["author"]
    ['Mattes, R.', 'Davids, Y.D.', 'Africa, C.']
    """
    people = e.persons.get("author") or []
    for i in range(1, len(people)):
        last, first = _split_name(people[i])
        prev_last, prev_first = _split_name(people[i - 1])
        m = re.fullmatch(rf"({_INITIALS})\s*([A-ZÀ-Þ][a-zà-ÿ][\w'’-]+)", first)
        if prev_first or not prev_last or not m or not re.fullmatch(_INITIALS, last.strip()):
            continue
        people[i - 1] = f"{prev_last}, {m.group(1).strip()}"
        people[i] = f"{m.group(2)}, {last.strip()}{'' if last.strip().endswith('.') else '.'}"


#: a generational suffix of a name ("Jr", "Jr.", "Sr.", "III")
SUFFIX = r"(?:Jr|Sr|jr|sr)\.?|II|III|IV"     # (not "Sen", "Jun": surnames too)


def _with_suffix(last: str, suffix: str, first: str) -> str:
    """A name in BibTeX's three parts ("Cook, Jr, E. H."; no given name:
    "Cook, Jr, ")."""
    return f"{last.strip()}, {suffix.strip()}, {first.strip()}".rstrip(", ") if first.strip() \
        else f"{last.strip()}, {suffix.strip()},"


def generational_suffix(e: model.BibEntry, text: str) -> None:
    """A generational suffix ("Jr", "Jr.", "Sr.", "III") in a name, in
    any of the manners lists write it, kept as BibTeX keeps it ("Cook,
    Jr, E. H.": the lineage, printed after the name): Vancouver's "Cook
    EH Jr" (read "Cook, EH Jr"), APA's "Cook, E. H., Jr." (read as a
    person "Jr" of its own), "Cook Jr., E. H." (read "Cook, Jr" and a
    person "E. H.", or "Cook Jr, E. H."), "Smith J III" (read "III,
    Smith J"); and a Vancouver name the title took ("Lord C, Cook EH Jr.
    Autism …": the point after "Jr" read as the end of the authors).

    >>> e = model.BibEntry("k", "article", {}, {"author": ["Cook, E. H.", "Jr", "Lord, C."]})
    >>> generational_suffix(e, "Cook, E. H., Jr., & Lord, C. (2003). Autism."); e.persons["author"]
    ['Cook, Jr., E. H.', 'Lord, C.']
    >>> e = model.BibEntry("k", "article", {}, {"author": ["Lord, C.", "Cook, Jr", "E.H."]})
    >>> generational_suffix(e, "Lord, C., Cook, Jr., E.H., 2003. Autism."); e.persons["author"]
    ['Lord, C.', 'Cook, Jr., E.H.']
    >>> e = model.BibEntry("k", "article", {}, {"author": ["Cook, EH Jr", "III, Smith J", "Roe Jr., A."]})
    >>> generational_suffix(e, "Cook EH Jr, Smith J III, Roe Jr., A. Autism."); e.persons["author"]
    ['Cook, Jr, EH', 'Smith, III, J', 'Roe, Jr., A.']
    >>> e = model.BibEntry("k", "book", {"title": "Jr., Why We Can't Wait"}, {"author": ["Luther King, Martin"]})
    >>> generational_suffix(e, "Martin Luther King, Jr., Why We Can't Wait, New York 1964."); e.persons["author"], e.fields["title"]
    (['King, Jr., Martin Luther'], "Why We Can't Wait")
    >>> e = model.BibEntry("k", "book", {}, {"author": ["III, John Smith"]})
    >>> generational_suffix(e, "John Smith III, The Book, London 1990."); e.persons["author"]
    ['Smith, III, John']
    >>> e = model.BibEntry("k", "article", {"title": "Cook EH Jr. Autism spectrum disorders"}, {"author": ["Lord, C. A."]})
    >>> generational_suffix(e, "Lord C, Cook EH Jr. Autism spectrum disorders. Neuron. 2000;28:355-63."); e.persons["author"], e.fields["title"]
    (['Lord, C. A.', 'Cook, Jr, EH'], 'Autism spectrum disorders')
    """
    whole = re.compile(rf"(?:{SUFFIX})")
    for role in ("author", "editor"):
        people = e.persons.get(role)
        if not people:
            continue
        out: list[str] = []
        i = 0
        while i < len(people):
            p = people[i]
            last, _, first = (x.strip() for x in p.partition(","))
            nxt = people[i + 1] if i + 1 < len(people) else None
            if whole.fullmatch(p.strip()) and out and "," in out[-1] and out[-1].count(",") == 1:
                # "Cook, E. H., Jr.": the suffix of the name before, as the text spells it
                plast, _, pfirst = out[-1].partition(",")
                m = re.search(rf"(?<!\w){re.escape(p.strip().rstrip('.'))}\.?", text)
                out[-1] = _with_suffix(plast, m.group(0) if m else p, pfirst)
            elif whole.fullmatch(first) and nxt is not None and "," not in nxt and \
                    re.fullmatch(r"(?:[A-ZÀ-Þ][a-zà-ÿ]?\.?\s?-?)+", nxt.strip()):
                # "Cook Jr., E. H." read as "Cook, Jr" and a person "E. H."
                m = re.search(rf"(?<!\w){re.escape(first.rstrip('.'))}\.?", text)
                out.append(_with_suffix(last, m.group(0) if m else first, nxt))
                i += 1
            elif whole.fullmatch(last) and first and len(toks := first.split()) >= 2:
                m = re.search(rf"(?<!\w){re.escape(last.rstrip('.'))}\.?", text)
                suffix = m.group(0) if m else last
                if re.fullmatch(r"[A-ZÀ-Þ]{1,3}\.?", toks[-1]):
                    # "Smith J III" read as "III, Smith J"
                    out.append(_with_suffix(" ".join(toks[:-1]), suffix, toks[-1]))
                else:
                    # "John Smith III" read as "III, John Smith"
                    out.append(_with_suffix(toks[-1], suffix, " ".join(toks[:-1])))
            elif (m := re.fullmatch(rf"(.+?)\s+({SUFFIX})", last)) and first:
                out.append(_with_suffix(m.group(1), m.group(2), first))       # "Cook Jr, E.H."
            elif (m := re.fullmatch(rf"(.+?)\s+({SUFFIX})", first)) and "," not in first:
                out.append(_with_suffix(last, m.group(2), m.group(1)))       # "Cook, EH Jr"
            else:
                out.append(p)
            i += 1
        e.persons[role] = out
    title = str(e.fields.get("title", ""))
    authors = e.persons.get("author") or []
    # "Martin Luther King, Jr., Why We Can't Wait": the suffix read into the title
    m = re.match(rf"({SUFFIX}),\s+(?=\S)", title)
    if m and len(authors) == 1 and "," in authors[0]:
        last, _, first = (x.strip() for x in authors[0].partition(","))
        for whole_name in (f"{first} {last}", f"{last}, {first}"):
            if re.search(rf"{re.escape(whole_name)},?\s+{re.escape(m.group(1))}", text):
                toks = whole_name.replace(",", "").split() if whole_name.startswith(first) else None
                e.persons["author"] = [_with_suffix(toks[-1], m.group(1), " ".join(toks[:-1])) if toks
                                       else _with_suffix(last, m.group(1), first)]
                e.fields["title"] = title[m.end():]
                return
    # a Vancouver name before the title: "Cook EH Jr. Autism …"
    m = re.match(rf"([A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?)\s([A-ZÀ-Þ]{{1,3}})\s({SUFFIX})\.\s+(?=\S)", title)
    if m and authors and re.search(rf",\s*{re.escape(m.group(0).strip())}", text) and \
            re.fullmatch(r"[^,]+,\s*(?:[A-ZÀ-Þ]\.?\s?-?){1,3}", authors[-1]):
        authors.append(_with_suffix(m.group(1), m.group(3).rstrip("."), m.group(2)))
        e.fields["title"] = title[m.end():]


def year_with_original(e: model.BibEntry, text: str) -> None:
    """Two years the text gives as the work's date, one the first
    edition's, the other the edition cited (a translation, a reprint):
    "(1963/1940)", "(1999/ 1946)" (the edition cited first) or, as APA
    writes it, "(1927/1986)" (the original first).  The later is the
    edition cited (``year``), the earlier the first edition's
    (``origdate``): printed "1986 [1927]", as "1984 [1893]" is; neither
    year is lost.  Two years in a row ("2005/2006", a season, a report's
    span) are no such pair.

    >>> e = model.BibEntry("k", "book", {"year": "1963"}, {})
    >>> year_with_original(e, "Mills, Charles W. (1963/1940): Situated Actions."); e.fields["origdate"]
    '1940'
    >>> e = model.BibEntry("k", "book", {"year": "1927"}, {})
    >>> year_with_original(e, "Heidegger M. (1927/1986) Sein und Zeit. Trans. F. Vezin. Paris: Gallimard.")
    >>> e.fields["year"], e.fields["origdate"]
    ('1986', '1927')
    >>> e = model.BibEntry("k", "book", {"year": "1897"}, {})
    >>> year_with_original(e, "Durkheim, Émile. (1897) 1951. Suicide."); e.fields["year"], e.fields["origdate"]
    ('1951', '1897')
    >>> e = model.BibEntry("k", "report", {"year": "2005"}, {})
    >>> year_with_original(e, "Amt (2005/2006): Bericht."); e.fields
    {'year': '2005'}
    """
    y = str(e.fields.get("year", ""))
    if not re.fullmatch(_YEAR, y) or e.fields.get("origdate"):
        return
    m = re.search(rf"(?:^|[.,]\s)[^()]{{0,80}}?\(\s*({_YEAR})\s*\)\s+({_YEAR})[a-z]?\.", text)
    if m and y in (m.group(1), m.group(2)) and int(m.group(1)) < int(m.group(2)):
        # Chicago author-date: "(1897) 1951", the original's year, then the edition's
        e.fields["year"], e.fields["origdate"] = m.group(2), m.group(1)
        if str(e.fields.get("date", "")) == m.group(1):
            e.fields["date"] = m.group(2)
        return
    m = re.search(rf"\(\s*(?:({_YEAR})\s*/\s*{y}|{y}\s*/\s*({_YEAR}))\s*\)", text)
    if not m or m.start() > 120:
        return
    a, b = (m.group(1), y) if m.group(1) else (y, m.group(2))
    if int(a) > int(b) or int(b) - int(a) >= 3:
        e.fields["year"], e.fields["origdate"] = str(max(int(a), int(b))), str(min(int(a), int(b)))


_TRANSLATED = r"(?<!\w)(?:Trans\.|Transl\.|Translated by|tr\.|trad\.|traduit par|Übers\.|übers\. von|übersetzt von)"


def collaborator_not_author(e: model.BibEntry, text: str) -> None:
    """An edited book's collaborator the parser read as its author (the
    editors first: "Rössler, M./Schleiermacher, S. (Hg.) (1993), Der
    »Generalplan Ost« (unter Mitarbeit von Cordula Tollmien), Berlin"):
    no author, the book stays the editors'; the collaboration stays as
    the text gives it (``note``).

    >>> e = model.BibEntry("k", "book", {"title": "Der Plan", "note": "unter Mitarbeit von Cordula Tollmien"},
    ...                    {"author": ["Tollmien, Cordula"], "editor": ["Rössler, M.", "Schleiermacher, S."]})
    >>> collaborator_not_author(e, "Rössler, M./Schleiermacher, S. (Hg.) (1993), Der Plan (unter Mitarbeit von Cordula Tollmien), Berlin.")
    >>> e.persons
    {'editor': ['Rössler, M.', 'Schleiermacher, S.']}
    """
    authors, editors = e.persons.get("author") or [], e.persons.get("editor") or []
    if not authors or not editors:
        return
    keep = []
    for a in authors:
        last = a.partition(",")[0].strip()
        at = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(last)}(?!\w)", text)]
        if at and all(re.search(rf"(?:{COLLABORATION.pattern})\s+(?:[\w.'’-]+\s+){{0,3}}$", text[:i], re.I)
                      for i in at):
            continue
        keep.append(a)
    if len(keep) < len(authors):
        if keep:
            e.persons["author"] = keep
        else:
            del e.persons["author"]


def translator_in_place(e: model.BibEntry, text: str) -> None:
    """A translator the text names ("Trans. F. Vezin.", "translated by
    Anne Roux") that the parser dropped or read into the place ("F.
    Vezin. Paris"): the translator, and the place without the name.

    >>> e = model.BibEntry("k", "book", {"address": "F. Vezin. Paris", "publisher": "Gallimard"}, {})
    >>> translator_in_place(e, "Heidegger M. (1927/1986) Sein und Zeit. Trans. F. Vezin. Paris: Gallimard.")
    >>> e.fields["address"], e.persons["translator"]
    ('Paris', ['Vezin, F.'])
    """
    if e.persons.get("translator") or e.type == "article" and e.fields.get("journal"):
        return          # (a journal's "Trans.": "IEEE Trans. Image Process.")
    m = re.search(rf"(?<![A-Z][A-Z] ){_TRANSLATED}\s*((?:{_INITIALS}\s*|[A-ZÀ-Þ][a-zà-ÿ]+\s+){{1,3}})([A-ZÀ-Þ][\w'’-]+)(?=[.,;:)]|\s*$)",
                  text)
    if not m:
        return
    first, last = m.group(1).strip(), m.group(2)
    e.persons["translator"] = [f"{last}, {first}"]
    name = f"{first} {last}"
    for k in ("address", "publisher", "note", "series"):
        v = str(e.fields.get(k, ""))
        if v.startswith(name):
            rest = v[len(name):].lstrip(" .,;:")
            if rest:
                e.fields[k] = rest
            else:
                del e.fields[k]


def remark_after_entry(e: model.BibEntry, text: str) -> None:
    """A remark in brackets after the entry's end that points to another
    work ("… Göttingen. (Hinweis in Morgen 1947: 23)", "(cited in Roe
    1990: 4)"), read as an editor and pages, or as nothing: a remark, not
    this work's editor or extent, kept as written (``addendum``, printed
    after the entry).

    >>> e = model.BibEntry("k", "book", {"title": "Die Krise", "pages": "23"}, {"editor": ["Morgen"]})
    >>> remark_after_entry(e, "Weippert, G. (1946), Die Krise, Vortrag, Göttingen. (Hinweis in Morgen 1947: 23)")
    >>> e.fields, e.persons
    ({'title': 'Die Krise', 'addendum': 'Hinweis in Morgen 1947: 23'}, {})
    >>> e = model.BibEntry("k", "book", {"title": "T", "address": "Berlin", "year": "1920"}, {})
    >>> remark_after_entry(e, "Roe, A. (1920), T, Leipzig. (Nachdruck Berlin 1990)"); "addendum" in e.fields
    False
    """
    m = re.search(rf"[.)]\s*\(([^()]*?\b([A-ZÀ-Þ][\w'’-]+)\s+{_YEAR}[a-z]?(?::\s*(\d+)\w*)?[^()]*)\)\s*\.?\s*$",
                  text)
    if not m:
        return
    eds = e.persons.get("editor") or []
    if eds == [m.group(2)] and not e.fields.get("booktitle"):
        del e.persons["editor"]
        if m.group(3) and str(e.fields.get("pages", "")) == m.group(3):
            del e.fields["pages"]
    inner = m.group(1).strip()
    others = [str(v) for v in e.fields.values() if v] + [n for ns in e.persons.values() for n in ns]
    if not e.fields.get("addendum") and not any(
            _find(inner, v.split(",")[0]) >= 0 or _find(v, inner) >= 0 for v in others):
        e.fields["addendum"] = inner        # (a remark that holds a field read: not a remark alone)


def descriptor_not_place(e: model.BibEntry, text: str) -> None:
    """What a work is read as its place ("Vortrag, Oktober 1946,
    Göttingen" read as the place "Vortrag"): the description (``note``),
    and the place the text gives after the date.

    >>> e = model.BibEntry("k", "book", {"year": "1946", "address": "Vortrag"}, {})
    >>> descriptor_not_place(e, "Weippert, G. (1946), Die Krise, Vortrag, Oktober 1946, Göttingen."); e.fields
    {'year': '1946', 'note': 'Vortrag', 'month': 'Oktober', 'address': 'Göttingen'}
    """
    f = e.fields
    a = str(f.get("address", ""))
    if not a or f.get("note") or not DESCRIPTOR.fullmatch(a.strip().rstrip(".")) and not (
            DESCRIPTOR.match(a) and len(a.split()) <= 3):
        return
    del f["address"]
    f["note"] = a
    y = str(f.get("year", ""))[:4]
    sp = _span(text, a)
    if not sp or not y.isdigit():
        return
    m = re.match(rf",?\s*(?:({_MONTHS_GIVEN})\s+)?{y}\s*,\s*({_PLACE})\s*(?:[,.:;]|$)", text[sp[1]:])
    if m:
        if m.group(1):
            f.setdefault("month", m.group(1))
        f["address"] = _place(m.group(2))


def subtitle_not_book(e: model.BibEntry, text: str) -> None:
    """A subtitle read as the book a chapter appeared in ("Asylpolitik in
    der Bundesrepublik Deutschland. Entwicklung und Alternativen. 2.
    Auflage Opladen 1993" read as a chapter in "Entwicklung und
    Alternativen"): a chapter's book is introduced ("In:", "in", "//") or
    comes with editors or pages; one that only follows the title's full
    stop is the title's second sentence, and the work a book.

    >>> e = model.BibEntry("k", "incollection", {"title": "Asylpolitik", "booktitle": "Entwicklung und Alternativen",
    ...                    "edition": "2", "address": "Opladen"}, {"author": ["Münch, Ursula"]})
    >>> subtitle_not_book(e, "Ursula Münch, Asylpolitik. Entwicklung und Alternativen. 2. Auflage Opladen 1993")
    >>> e.type, e.fields["title"], "booktitle" in e.fields
    ('book', 'Asylpolitik. Entwicklung und Alternativen', False)
    """
    f = e.fields
    if e.type not in ("incollection", "inbook") or e.persons.get("editor") or f.get("pages"):
        return
    if re.search(r"(?i)conference|congress|symposi|workshop|proceedings|meeting|tagung|kongress|"
                 r"colloque|jahrbuch|yearbook|handbuch|handbook|lexikon|encyclop", str(f.get("booktitle", ""))):
        return          # a paper given at a meeting, an entry of a reference work: a container indeed
    t, c = _span(text, str(f.get("title", ""))), _span(text, str(f.get("booktitle", "")))
    if t and c and re.fullmatch(r"[.:]\s+", text[t[1]:c[0]]):
        f["title"] = text[t[0]:c[1]]
        del f["booktitle"]
        e.type = "book"


_FORTHCOMING = r"(?:im\s+Erscheinen|im\s+Druck|in\s+press|forthcoming|à\s+paraître|in\s+Vorbereitung)"


def forthcoming(e: model.BibEntry, text: str) -> None:
    """A work the text says is not out yet ("(im Erscheinen)", "(in
    press)") that no field says so of: the words kept (``note``), as
    given.

    >>> e = model.BibEntry("k", "phdthesis", {"note": "Dissertation"}, {})
    >>> forthcoming(e, "Kamphans, M. (2014). Zwischen Überzeugung (Dissertation). Wiesbaden: Springer VS (im Erscheinen).")
    >>> e.fields["note"]
    'Dissertation, im Erscheinen'
    """
    m = re.search(rf"\(\s*({_FORTHCOMING})\s*\)", text, re.I)
    if not m or any(re.search(_FORTHCOMING, str(v), re.I) for v in e.fields.values()):
        return
    note = str(e.fields.get("note", ""))
    e.fields["note"] = f"{note}, {m.group(1)}" if note else m.group(1)


def descriptor_left_out(e: model.BibEntry, text: str) -> None:
    """A short phrase after the title that says what the work is
    ("manuscript", "unpublished paper", "Diss.") and that no field holds:
    kept in ``note`` (after what the note holds), as written.

    >>> e = model.BibEntry("k", "misc", {"title": "D’une problématique", "note": "forthcoming", "year": "1998"}, {})
    >>> descriptor_left_out(e, "- forthcoming, D’une problématique, manuscript, march 1998."); e.fields["note"]
    'forthcoming, manuscript'
    """
    f = e.fields
    t = _span(text, str(f.get("title", "")))
    if not t:
        return
    for m in re.finditer(r"[^,.;:()]+", text[t[1]:]):
        seg = m.group(0).strip()
        if not seg or len(seg.split()) > 3 or not DESCRIPTOR.search(seg) or re.search(r"\d", seg):
            continue
        if any(_find(str(v), seg) >= 0 for v in f.values()):
            continue
        f["note"] = f"{f['note']}, {seg}" if f.get("note") else seg
        return


def remark_whole(e: model.BibEntry, text: str) -> None:
    """A remark the text gives in brackets ("(first published in 1962)")
    that the parser kept only a part of in ``note`` ("first published"):
    the whole remark, as written.

    >>> e = model.BibEntry("k", "book", {"title": "The Lexus", "year": "1999", "note": "first published"}, {})
    >>> remark_whole(e, "Friedman, T. (1999): The Lexus. New York, Anchor Books (first published in 1962)."); e.fields["note"]
    'first published in 1962'
    """
    f = e.fields
    note = str(f.get("note", "")).strip()
    sp = _span(text, note)
    if not note or not sp:
        return
    o, c = text.rfind("(", 0, sp[0]), text.find(")", sp[1])
    if o < 0 or c < 0 or "(" in text[o + 1:sp[0]] + text[sp[1]:c] or ")" in text[o + 1:sp[0]]:
        return
    inner = text[o + 1:c].strip()
    if inner == note or any(k != "note" and v and _find(inner, str(v)) >= 0 for k, v in f.items()):
        return                      # (a remark that holds another field: not the note's alone)
    f["note"] = inner


_EXTENT = r"\d{1,4}\s?(?:S\.|Seiten|pp\.|p\.|pages|Bl\.|Blatt|ff\.)"


def extent_in_note(e: model.BibEntry, text: str) -> None:
    """The extent of a work ("148 S.", "312 pp.") the parser left at the
    end of a note ("unveröffentlichte Diplomarbeit, …, Berlin, 148 S."):
    ``pagetotal``, as written (printed after the date, not inside the
    description).

    >>> e = model.BibEntry("k", "misc", {"note": "unveröffentlichte Diplomarbeit, Berlin, 148 S."}, {})
    >>> extent_in_note(e, "Burchard, M. (1993), Welt, unveröffentlichte Diplomarbeit, Berlin, 148 S."); e.fields
    {'note': 'unveröffentlichte Diplomarbeit, Berlin', 'pagetotal': '148 S.'}
    """
    f = e.fields
    note = str(f.get("note", ""))
    m = re.search(rf",\s*({_EXTENT})\s*$", note)
    if not m or f.get("pagetotal") or f.get("pages"):
        return
    f["note"] = note[:m.start()].rstrip(" ,")
    f["pagetotal"] = m.group(1)


_ET_AL = r"(?:et\s?al\.?|u\.\s?a\.|and\s+others|und\s+andere|et\s+alii|i\s+in\.|и\s+др\.)"


def names_cut_short(e: model.BibEntry, text: str) -> None:
    """Names the text cuts short ("In: Axel Honneth et al. (eds.)",
    "Lee, K., Roe, S. u. a. (2003)") of which the parser kept the names
    and dropped the "et al." (or read it as a note): the list of names
    ends in BibTeX's ``others`` (printed "et al.").

    >>> e = model.BibEntry("k", "incollection", {"title": "Bindung", "note": "et al."}, {"editor": ["Honneth, Axel"]})
    >>> names_cut_short(e, "Offe, C., 1989: Bindung. In: Axel Honneth et al. (eds.), Zwischen. Frankfurt a.M.")
    >>> e.persons["editor"], "note" in e.fields
    (['Honneth, Axel', 'others'], False)
    >>> e = model.BibEntry("k", "incollection", {"title": "Anerkennung"}, {"author": ["Honneth, Axel"]})
    >>> names_cut_short(e, "Honneth, Axel, 1990: Anerkennung. In: Honneth et al. (Hg.), Kritik."); e.persons
    {'author': ['Honneth, Axel']}
    """
    t = _span(text, str(e.fields.get("title", "")))
    for role in ("author", "editor"):
        people = e.persons.get(role) or []
        if not people or people[-1] == "others" or people[-1].startswith("{"):
            continue
        last, first = _split_name(people[-1])
        inits = "".join(re.escape(ch) if ch != " " else r"\s*" for ch in first) if first else ""
        # the last name written either way round, then "et al.", where the
        # role's names stand (the authors before the title, the editors after it)
        region = text if not t else text[:t[0]] if role == "author" else text[t[1]:]
        m = re.search(rf"(?<!\w){re.escape(last)}(?:\s*,\s*{inits})?\s*,?\s*({_ET_AL})", region) \
            or first and re.search(rf"(?<!\w){inits}\s*{re.escape(last)}\s*,?\s*({_ET_AL})", region)
        if not m:
            continue
        people.append("others")
        note = str(e.fields.get("note", "")).strip()
        if note and re.fullmatch(rf"{_ET_AL}", note):
            del e.fields["note"]


def _known_place(words: list[str]) -> bool:
    """Whether words name a place the reference parser knows ("Dresden",
    "New York", "Frankfurt a. M.")."""
    from .refparse import _PLACES  # lazy: the parser's lexicon (15-20 ms), loaded when entries are parsed
    return bool(words) and words[0].casefold().rstrip(".") in _PLACES


def place_ending_title(e: model.BibEntry, text: str) -> None:
    """A place the text writes as a sentence of its own after the title
    ("… Gender Mainstreaming. Dresden. Zugriff am …"), that the parser
    read as the title's last sentence: the place (``address``), when the
    entry has none and the sentence is a known place and nothing else.

    >>> e = model.BibEntry("k", "online", {"title": "Modelle. Unter Berücksichtigung von Gender. Dresden"}, {})
    >>> place_ending_title(e, "Roth, A. (2005). Modelle. Unter Berücksichtigung von Gender. Dresden. Zugriff am 1. Mai 2013")
    >>> e.fields
    {'title': 'Modelle. Unter Berücksichtigung von Gender', 'address': 'Dresden'}
    >>> e = model.BibEntry("k", "book", {"title": "Ein Sommer. Dresden"}, {})
    >>> place_ending_title(e, "Roth, A. (2005). Ein Sommer. Dresden: Verlag."); e.fields["title"]
    'Ein Sommer. Dresden'
    """
    f = e.fields
    title = str(f.get("title", ""))
    if f.get("address") or f.get("publisher"):
        return
    m = re.search(r"(?<=[a-zäöüßа-я\d)])\.\s+([A-ZÄÖÜ][\w-]+(?:\s+(?:[A-Z][\w-]*\.?|a\.\s?M\.|am\s+Main)){0,2})$", title)
    sp = _span(text, title)
    if not m or not sp or not _known_place(m.group(1).split()):
        return
    if not re.match(r"\s*[.,]\s*(?:[A-ZÄÖÜ]|\(?\d|https?:|www\.|$)", text[sp[1]:]) or text[sp[1]:].lstrip()[:1] == ":":
        return
    f["title"] = title[:m.start()]
    f["address"] = m.group(1)


# words that open a publisher's name: "Издательство Министерства …", "Verlag der …"
_PUBLISHER_OPENING = re.compile(r"(?:Издательство|Изд-во|Izdatel'?stvo|Wydawnictwo|Nakładem|Verlag|Verlagsanstalt|"
                                r"[ÉE]ditions|Edizioni|Editorial|Editora|Publishing\s+House|Uitgeverij|Förlag)\s")


def publisher_ending_title(e: model.BibEntry, text: str) -> None:
    """A publisher the text writes as a sentence after the title
    ("Финляндия и Северное измерение. Издательство Министерства …,
    2008"), that the parser read into the title: the publisher, when the
    sentence opens with a word that opens a publisher's name.

    >>> e = model.BibEntry("k", "misc", {"title": "Finnland. Verlag der Stadt Turku"}, {})
    >>> publisher_ending_title(e, "Finnland. Verlag der Stadt Turku, 2008."); e.fields
    {'title': 'Finnland', 'publisher': 'Verlag der Stadt Turku'}
    >>> e = model.BibEntry("k", "misc", {"title": "Miasto i praca, Wydawnictwo Naukowe PWN", "address": "Warszawa"}, {})
    >>> publisher_ending_title(e, "Nowak A. (2010), Miasto i praca, Wydawnictwo Naukowe PWN, Warszawa."); e.fields["title"]
    'Miasto i praca'

    A body named whole after the title's comma, the place after it:

    >>> e = model.BibEntry("k", "book", {"title": "Work, Institute for Coastal Studies", "address": "Leeds"}, {})
    >>> publisher_ending_title(e, "Lee, K. (1999): Work, Institute for Coastal Studies, Leeds."); e.fields
    {'title': 'Work', 'address': 'Leeds', 'publisher': 'Institute for Coastal Studies'}
    """
    f = e.fields
    title = str(f.get("title", ""))
    if f.get("publisher"):
        return
    for m in re.finditer(r"[.,]\s+(?=\S)", title):
        rest = title[m.end():]
        if _PUBLISHER_OPENING.match(rest + " ") and len(rest.split()) <= 8:
            f["title"] = title[:m.start()]
            f["publisher"] = rest.strip()
            if e.type == "misc" and not any(f.get(k) for k in ("journal", "booktitle", "url", "howpublished")):
                e.type = "book"
            return
    # "Discrimination at work, Commission for Racial Equality, London": a body
    # named whole after the title's comma, then the place that ends the entry
    m = re.search(rf",\s+((?:The\s+)?(?:{words_re('organisation_words')})(?:\s+(?:for|of|on|and|the|für|der|des|"
                  rf"de|du|[A-ZÄÖÜ][\w-]+)){{1,6}})$", title)
    t = _span(text, title)
    if m and e.type in ("book", "misc") and f.get("address") and t and not any(
            f.get(k) for k in ("journal", "booktitle", "series", "volume", "pages")) \
            and re.fullmatch(rf"\s*,\s*{re.escape(str(f['address']))}\s*\.?\s*", text[t[1]:]):
        f["title"] = title[:m.start()]
        f["publisher"] = m.group(1)
        e.type = "book"


def host_after_slashes(e: model.BibEntry, text: str) -> None:
    """The host of a part in the Russian (GOST) manner, "Title // Book.
    М., 2006.": what follows the two slashes is the work the part is in.
    A host the parser read as the book's series, or into the title, is
    the book the part appeared in (``booktitle``); a journal stays one.

    >>> e = model.BibEntry("k", "book", {"title": "Большая Европа", "series": "Расширение ЕС и Россия",
    ...                    "address": "М."}, {})
    >>> host_after_slashes(e, "Кондратьева Н. Большая Европа// Расширение ЕС и Россия. М., 2006.")
    >>> e.type, e.fields["booktitle"], "series" in e.fields
    ('incollection', 'Расширение ЕС и Россия', False)
    >>> e = model.BibEntry("k", "book", {"title": "Малые города", "address": "М"}, {})
    >>> host_after_slashes(e, "Петров А. Малые города// Россия и Европа. М., 2009."); e.type, e.fields["booktitle"]
    ('incollection', 'Россия и Европа')
    """
    f = e.fields
    if "//" not in text or f.get("journal") or f.get("booktitle"):
        return
    title = str(f.get("title", ""))
    t = _span(text, title)
    if not t:
        return
    if "//" in title:               # the host read into the title
        head, _, host = title.partition("//")
        if head.strip() and host.strip():
            f["title"] = head.strip(" .")
            if f.get("pages") and not (f.get("publisher") or f.get("address") or e.persons.get("editor")):
                f["journal"], e.type = host.strip(" ."), "article"     # "// Журнал. 1998. Т. 14. С. 376–389"
            else:
                f["booktitle"], e.type = host.strip(" ."), "incollection"
        return
    m = re.match(r"\s*[.,]?\s*//\s*", text[t[1]:])
    if not m:
        return
    s = str(f.get("series", ""))
    after = text[t[1] + m.end():]
    if s and _find(after, s) == 0:
        f["booktitle"] = f.pop("series")
        e.type = "incollection"
        return
    host = re.match(r"(.+?)(?:\.\s|\.?$)", after)
    if host and len(host.group(1)) > 3 and not any(_find(str(v), host.group(1)) >= 0 for v in f.values()):
        f["booktitle"] = host.group(1).strip()      # the host the parser read as nothing
        e.type = "incollection"


def mend_entry(e: model.BibEntry, text: str, *, note: bool = False) -> None:
    """All the mends above, for an entry read from ``text`` (``note``: a
    note's citation, whose locator is no part of the work)."""
    if not text:
        return
    title_date(e, text)
    title_to_closing_quote(e, text)
    no_date(e, text)
    if note:
        note_locator(e, text)
    else:
        pages_extent(e, text)       # (a page a note gives is the place it cites)
    edition_and_place(e, text)
    abbreviation_points(e, text)
    original_year(e, text)
    slashed_container(e, text)
    german_series(e, text)
    container_first(e, text)
    initials_as_surname(e)
    generational_suffix(e, text)
    given_name_point(e)
    forthcoming(e, text)
    descriptor_left_out(e, text)
    remark_whole(e, text)
    names_cut_short(e, text)
    if not note:
        place_ending_title(e, text)
        publisher_ending_title(e, text)
    host_after_slashes(e, text)
    extent_in_note(e, text)
    subtitle_not_book(e, text)
    remark_after_entry(e, text)
    descriptor_not_place(e, text)
    year_with_original(e, text)
    translator_in_place(e, text)
    translators_not_editors(e, text)
    collaborator_not_author(e, text)
    quoted_title(e, text)
    title_past_quote(e, text)
    place_publisher_ending_title(e, text)
    article_number(e, text)
    doi_across_lines(e, text)
    address_and_access(e, text)
    place_before_publisher(e, text)
    quoted_journal_ending_title(e, text)
    host_after_in_mark(e, text)
    organisation_before_year(e, text)
    doi_address(e, text)
    month_not_author(e, text)
    journal_abbreviated(e, text)
    issue_labelled(e, text)
    editor_mark_in_host(e, text)
    place_then_publisher(e, text)
    venue_not_publisher(e, text)
    closing_marks(e, text)
    publisher_not_editor(e, text)
    organisation_not_editor(e, text)
    editors_in_note(e, text)
    edition_words(e, text)
    title_abbreviation(e, text)
    quoted_book_title(e, text)
    numbered_part(e, text)
    issue_in_brackets(e, text)
    season_not_place(e, text)
    presented_paper(e, text)
    day_of_work(e, text)
    month_given(e, text)
    kind_of_work(e)
    thesis_school(e, text)
    volume_label(e, text)
    title_after_volume(e, text)


def print_type(e: model.BibEntry) -> str:
    """The kind of work an entry is printed as: a work the parser left
    without a kind ("misc") that has a place, a publisher or an edition and
    appeared in no journal, book or site is a book (set in italics, not in
    quotes like an article).

    >>> print_type(model.BibEntry("k", "misc", {"title": "Asylrecht", "edition": "5", "address": "Baden-Baden"}, {}))
    'book'
    >>> print_type(model.BibEntry("k", "misc", {"title": "T", "howpublished": "Vortrag", "address": "Bonn"}, {}))
    'misc'
    >>> print_type(model.BibEntry("k", "misc", {"title": "T", "note": "unveröffentlichte Diplomarbeit", "address": "Bonn"}, {}))
    'misc'
    >>> print_type(model.BibEntry("k", "misc", {"title": "T", "note": "forthcoming"}, {}))
    'book'
    >>> print_type(model.BibEntry("k", "misc", {"title": "T", "note": "forthcoming, manuscript"}, {}))
    'misc'
    """
    f = e.fields
    if e.type != "misc" or not f.get("title"):
        return e.type
    if any(f.get(k) for k in ("journal", "booktitle", "url", "howpublished", "organization",
                              "institution", "school")):
        return e.type
    if re.fullmatch(rf"(?i)\s*{_FORTHCOMING}\.?\s*", str(f.get("note", ""))):
        return "book"         # a work to appear in no journal or book: a book (Adam/Groves "2007, forthcoming")
    if DESCRIPTOR.search(str(f.get("note", ""))):
        return e.type         # a thesis, a paper given, a report: what it is is said
    if f.get("address") or f.get("publisher") or (f.get("edition") and f.get("edition") != "1"):
        return "book"
    return e.type


# ---------------------------------------------------------------- names in a list


def _head(ref: str) -> str:
    """A list entry without its number."""
    return re.sub(r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)])\s+", "", ref).strip()


def _split_name(name: str) -> tuple[str, str]:
    last, _, first = name.partition(",")
    return last.strip(), first.strip()


def surname_first(refs: list[str], parsed: list[model.BibEntry]) -> bool:
    """Whether a list writes its entries' first names surname first (as
    nearly every reference list does: "Smith, J.", "GRANEL Michael", "Lord
    C"): most entries with a first author begin with that author's surname.

    >>> es = [model.BibEntry("a", "book", {}, {"author": ["Granel, Michael"]}),
    ...       model.BibEntry("b", "book", {}, {"author": ["Metall, IG"]})]
    >>> surname_first(["GRANEL Michael, 1980, A.", "IG METALL, 1980, B."], es)
    False
    >>> surname_first(["GRANEL Michael, 1980, A.", "LAZARUS Sylvain, 1996, C.", "IG METALL, 1980, B."],
    ...               es[:1] + [model.BibEntry("c", "book", {}, {"author": ["Lazarus, Sylvain"]})] + es[1:])
    True
    """
    n = yes = 0
    for ref, e in zip(refs, parsed):
        people = e.persons.get("author") or []
        if not people or people[0].startswith("{"):
            continue
        n += 1
        last, _ = _split_name(people[0])
        yes += bool(last) and _head(ref).casefold().startswith(last.casefold())
    return n >= 3 and yes >= 0.6 * n


def whole_organisations(refs: list[str], parsed: list[model.BibEntry]) -> None:
    """An author the parser turned round ("IG METALL" read as "METALL,
    IG", "European Parliament" as "Parliament, European") in a list that
    writes people surname first: the entry begins with the name in the
    order the parser calls given name and surname, so the name is written
    whole, as an organisation's is; it is kept whole.

    >>> refs = ["GRANEL Michael, 1980, A.", "LAZARUS Sylvain, 1996, C.", "IG METALL, 1980, B."]
    >>> es = [model.BibEntry(k, "book", {}, {"author": [a]}) for k, a in
    ...       [("a", "Granel, Michael"), ("c", "Lazarus, Sylvain"), ("b", "METALL, IG")]]
    >>> whole_organisations(refs, es); es[2].persons["author"], es[0].persons["author"]
    (['{IG METALL}'], ['Granel, Michael'])

    A person the list writes given name first by a slip stays a person:

    >>> es = [model.BibEntry(k, "book", {}, {"author": [a]}) for k, a in
    ...       [("a", "Granel, Michael"), ("c", "Lazarus, Sylvain"), ("b", "Smith, John")]]
    >>> whole_organisations(refs[:2] + ["John Smith, 1980, B."], es); es[2].persons["author"]
    ['Smith, John']
    """
    if not surname_first(refs, parsed):
        return
    for ref, e in zip(refs, parsed):
        people = e.persons.get("author") or []
        if len(people) != 1 or people[0].startswith("{"):
            continue
        last, first = _split_name(people[0])
        if not last or not first or "." in first:
            continue
        # an acronym ("IG") or an organisation's word ("Parliament"): not a
        # person a list wrote given name first by a slip ("John Smith (2001)")
        if not (re.fullmatch(r"[A-ZÄÖÜ]{2,5}", first) and not re.fullmatch(r"[A-ZÄÖÜ]{2,5}", last)
                or re.search(rf"\b(?:{words_re('organisation_words')})\b", f"{first} {last}", re.I)):
            continue
        if re.match(rf"{re.escape(first)}\s+{re.escape(last)}(?=[\s,.(:;]|$)", _head(ref)):
            e.persons["author"] = ["{" + f"{first} {last}" + "}"]


def editors_surname_first(refs: list[str], parsed: list[model.BibEntry]) -> None:
    """Editors written surname first without a comma ("in Moldaschl
    Manfred, Schultz-Wild Rainer, …") that the parser read given name
    first: turned round when the list itself shows it, i.e. one of them
    is an author of the list under that surname and given name
    ("MOLDASCHL Manfred, 1994, …"); the entry's other editors are written
    the same way.  (Editors written given name first, "ed. by Michael
    Emerson", are the common case and stay.)

    >>> refs = ["MOLDASCHL Manfred, 1994, D, in Moldaschl Manfred, Schultz-Wild Rainer, E, Frankfurt.",
    ...         "Busygina I. End comment // The New Dimension / ed. by Michael Emerson. Brussels, 2009."]
    >>> es = [model.BibEntry("d", "incollection", {}, {"author": ["MOLDASCHL, Manfred"],
    ...                      "editor": ["Manfred, Moldaschl", "Rainer, Schultz-Wild"]}),
    ...       model.BibEntry("e", "incollection", {}, {"author": ["Busygina, I."], "editor": ["Emerson, Michael"]})]
    >>> editors_surname_first(refs, es); es[0].persons["editor"], es[1].persons["editor"]
    (['Moldaschl, Manfred', 'Schultz-Wild, Rainer'], ['Emerson, Michael'])
    """
    authors = {tuple(x.casefold() for x in _split_name(n)) for e in parsed
               for n in e.persons.get("author") or [] if not n.startswith("{")}
    for ref, e in zip(refs, parsed):
        eds = e.persons.get("editor") or []
        named = [_split_name(n) for n in eds if not n.startswith("{")]
        if len(named) != len(eds) or not any((first.casefold(), last.casefold()) in authors
                                             for last, first in named):
            continue
        if all(first and "." not in first and re.search(
                rf"(?<!\w){re.escape(first)}\s+{re.escape(last)}(?!\w)", ref) for last, first in named):
            e.persons["editor"] = [f"{first}, {last}" for last, first in named]
