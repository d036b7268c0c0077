"""RIS (``references.ris``), the tagged format reference managers and
publishers export: ``TY  - JOUR`` … ``ER  -``, one tag per line.  Read into
the same pybtex entries as ``references.bib``, so the editor's file takes
precedence field by field in the same way.

Each record's key is its ``ID`` when it has one, else made as coursepack
makes keys (first author's surname or an organisation's initials, year,
first word of the title).  A line
that is not ``XX  - value`` is an error naming its line, except inside an
abstract or a note, whose long text some exporters wrap.
"""

from __future__ import annotations

import re
from pathlib import Path

from pybtex.database import BibliographyData

from .bibtex import make_entry, sanitize_key
from .keys import fields_key
from ..errors import ContentError, Problem, Problems
from ..yamlio import read_text

# RIS type → BibTeX entry type
TYPES = {
    "JOUR": "article", "JFULL": "article", "MGZN": "article", "NEWS": "article",
    "EJOUR": "article", "ABST": "article", "INPR": "article",
    "BOOK": "book", "EBOOK": "book", "EDBOOK": "book", "CTLG": "book",
    "CHAP": "incollection", "ECHAP": "incollection", "ENCYC": "incollection",
    "DICT": "incollection",
    "CONF": "inproceedings", "CPAPER": "inproceedings",
    "RPRT": "report", "GOVDOC": "report", "STAND": "report",
    "THES": "thesis",
    "ELEC": "online", "ICOMM": "online", "BLOG": "online", "WEB": "online",
    "UNPB": "unpublished", "MANSCPT": "unpublished",
    "GEN": "misc", "PAMP": "booklet",
}
_TAG = re.compile(r"^([A-Z][A-Z0-9])  ?-(?: (.*))?$")
_WRAPS = {"AB", "N1", "N2"}            # free text some exporters wrap over lines
_PERSONS = {"AU": "author", "A1": "author", "A2": "editor", "ED": "editor",
            "A3": "editor", "A4": "translator"}


def _date(value: str) -> tuple[str, str]:
    """(ISO date, year) of an RIS date (``2018/03/28/``, ``2018///``,
    ``2018-03-28``, ``2018``).

    >>> _date("2018/03/28/"), _date("2012///"), _date("2020-10"), _date("n.d.")
    (('2018-03-28', '2018'), ('2012', '2012'), ('2020-10', '2020'), ('', ''))
    """
    parts = [p for p in re.split(r"[/-]", value.strip()) if p != ""]
    if not parts or not re.fullmatch(r"\d{4}", parts[0]):
        return "", ""
    out = [parts[0]]
    for p in parts[1:3]:
        if not p.isdigit() or not 1 <= int(p) <= 31:
            break
        out.append(f"{int(p):02d}")
    return "-".join(out), parts[0]


def _doi(value: str) -> str:
    """A DOI without its resolver.

    >>> _doi("https://doi.org/10.1000/xyz"), _doi("doi:10.1/a")
    ('10.1000/xyz', '10.1/a')
    """
    return re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", value.strip(), flags=re.I)


def person(value: str) -> str:
    """An RIS name as BibTeX writes it.  RIS writes a person ``Last,
    First``; a name of several words without a comma is an organisation,
    kept whole.

    >>> person("Nowak, Jan"), person("World Bank"), person("Plato")
    ('Nowak, Jan', '{World Bank}', 'Plato')
    """
    value = " ".join(value.split())
    return value if "," in value or " " not in value else "{" + value + "}"


def record_fields(tags: list[tuple[str, str]]) -> tuple[str, dict, dict, str]:
    """(entry type, fields, persons, ID) of one record's tags in order."""
    fields: dict[str, str] = {}
    persons: dict[str, list[str]] = {}
    etype, ident = "misc", ""
    sp = ep = ""

    def put(name, value):
        if value and name not in fields:
            fields[name] = value

    for tag, value in tags:
        value = value.strip()
        if tag == "TY":
            etype = TYPES.get(value, "misc")
        elif tag == "ID":
            ident = value
        elif tag in _PERSONS:
            if value:
                persons.setdefault(_PERSONS[tag], []).append(person(value))
        elif tag in ("TI", "T1", "CT", "BT") and not (tag == "BT" and "title" in fields):
            put("title", value)
        elif tag in ("T2", "JO", "JF", "JA", "J2", "BT"):
            put("_container" if tag in ("T2", "BT") else "journal", value)
        elif tag == "T3":
            put("series", value)
        elif tag == "VL":
            put("volume", value)
        elif tag in ("IS", "CP"):
            put("number", value)
        elif tag == "SP":
            sp = sp or value
        elif tag == "EP":
            ep = ep or value
        elif tag in ("PY", "Y1", "DA"):
            iso, year = _date(value)
            if iso and (tag == "DA" or "date" not in fields or len(iso) > len(fields["date"])):
                fields["date"] = iso
                fields["year"] = year
        elif tag == "Y2":
            iso, _ = _date(value)
            put("urldate", iso)
        elif tag == "PB":
            put("publisher", value)
        elif tag == "CY":
            put("address", value)
        elif tag == "ET":
            put("edition", value)
        elif tag == "UR":
            put("url", value)
        elif tag == "DO":
            put("doi", _doi(value))
        elif tag == "SN":
            put("isbn" if etype in ("book", "incollection") else "issn", value)
        elif tag == "AB":
            put("abstract", value)
        elif tag == "N1":
            put("note", value)
        elif tag == "LA":
            put("language", value)
        elif tag == "M3":
            put("titleaddon", value)
    if sp:
        fields["pages"] = f"{sp}–{ep}" if ep and ep != sp else sp
    container = fields.pop("_container", "")
    if container:
        target = {"article": "journal", "incollection": "booktitle",
                  "inproceedings": "booktitle", "online": "organization",
                  "report": "series", "book": "series"}.get(etype, "organization")
        if target not in fields:
            fields[target] = container
    if etype == "report" and "publisher" in fields:
        fields["institution"] = fields.pop("publisher")
    return etype, fields, persons, ident


def loads_ris(text: str, display: str = "references.ris") -> BibliographyData:
    """Parse RIS text; a problem names ``display``, the line and the column."""
    problems = Problems()
    records: list[tuple[int, list[tuple[str, str]]]] = []
    cur: list[tuple[str, str]] | None = None
    start = 0
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip().lstrip("\ufeff")
        if not line.strip():
            continue
        m = _TAG.match(line)
        if not m:
            if cur and cur[-1][0] in _WRAPS:
                cur[-1] = (cur[-1][0], cur[-1][1] + " " + line.strip())
                continue
            problems.add(display, n, 1, f"not an RIS tag line: {line.strip()[:40]!r} "
                         "(each line is a two-character tag, two spaces, a hyphen, a space "
                         "and the value: 'TI  - Title')")
            continue
        tag, value = m.group(1), (m.group(2) or "")
        if tag == "TY":
            if cur is not None:
                problems.add(display, n, 1, f"a new record starts before the record of line "
                             f"{start} ended: add 'ER  - ' before this line")
            if not re.fullmatch(r"[A-Z]+", value.strip()):
                problems.add(display, n, 7, f"'{value.strip()}' is not an RIS type "
                             f"(JOUR, BOOK, CHAP, RPRT, THES, ELEC, GEN …)")
            cur, start = [(tag, value)], n
        elif tag == "ER":
            if cur is None:
                problems.add(display, n, 1, "'ER' ends a record that was not started "
                             "(a record begins with 'TY  - ')")
            else:
                records.append((start, cur))
            cur = None
        elif cur is None:
            problems.add(display, n, 1, f"tag '{tag}' outside a record: a record begins "
                         "with 'TY  - ' and ends with 'ER  - '")
        else:
            cur.append((tag, value))
    if cur is not None:
        problems.add(display, start, 1, "this record has no end: add 'ER  - ' after its "
                     "last line")
    if not records and not problems.items:
        problems.add(display, 1, 1, "no RIS records found (a record begins with "
                     "'TY  - ' and ends with 'ER  - ')")
    problems.raise_if_errors()
    bib = BibliographyData()
    for start, tags in records:
        etype, fields, persons, ident = record_fields(tags)
        key = sanitize_key(ident) or fields_key(fields, persons)
        base, k = key, 0
        while key in bib.entries:
            if ident:
                raise ContentError(Problem(display, start, 1, f"citation key '{ident}' is "
                                           "used twice; give each record its own ID"))
            k += 1
            key = base + "abcdefghijklmnopqrstuvwxyz"[(k - 1) % 26]
        bib.entries[key] = make_entry(etype, fields, persons)
    return bib


def read_ris(path: Path, display: str | None = None) -> BibliographyData:
    """Read a ``references.ris`` (see :func:`loads_ris`)."""
    return loads_ris(read_text(Path(path)), display or str(path))
