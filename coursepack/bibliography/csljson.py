"""CSL-JSON, the format Zotero and Pandoc exchange: pybtex entries to CSL
items and back, reading a ``references.json`` with the position of what is
wrong, and writing one.

The fields are the ones this project's entries use (see
:mod:`.bibtex`): ``title``, ``journal``/``booktitle``/``organization`` (the
container), ``volume``, ``number``, ``pages``, ``edition``, ``publisher``
(``institution`` for a report), ``address``, ``series``, ``date``/``year``,
``urldate``, ``url``, ``doi``, ``isbn``, ``note``; persons ``author``,
``editor``, ``translator``.  A name is written with its parts (``family``,
``given``, ``non-dropping-particle``, ``suffix``); an organisation (a
braced name in BibTeX) as ``literal``.  Nothing is invented: a field the
item does not hold stays absent.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from pybtex.database import BibliographyData, Entry, Person

from .dates import month_number
from .bibtex import PROTECTED, VERBATIM, decode_value, make_entry, protect, sanitize_key, unprotect
from ..errors import ContentError, Problem, Problems
from ..yamlio import read_text
from .keys import fields_key

# BibTeX/biblatex entry type → CSL type (reading: the first CSL type is the
# one written; the others are read back to the same BibTeX type)
TYPE_TO_CSL = {
    "article": "article-journal", "book": "book", "incollection": "chapter",
    "inbook": "chapter", "inproceedings": "paper-conference",
    "conference": "paper-conference", "proceedings": "book", "collection": "book",
    "report": "report", "techreport": "report", "thesis": "thesis",
    "phdthesis": "thesis", "mastersthesis": "thesis", "online": "webpage",
    "electronic": "webpage", "www": "webpage", "manual": "report",
    "booklet": "pamphlet", "unpublished": "manuscript", "misc": "document",
}
CSL_TO_TYPE = {
    "article-journal": "article", "article-magazine": "article",
    "article-newspaper": "article", "article": "article", "review": "article",
    "review-book": "article", "book": "book", "chapter": "incollection",
    "entry-encyclopedia": "incollection", "entry-dictionary": "incollection",
    "entry": "incollection", "paper-conference": "inproceedings", "report": "report",
    "thesis": "thesis", "webpage": "online", "post": "online", "post-weblog": "online",
    "pamphlet": "booklet", "manuscript": "unpublished", "document": "misc",
}
# the container's field per BibTeX type
_CONTAINER = {"article": "journal", "incollection": "booktitle", "inbook": "booktitle",
              "inproceedings": "booktitle", "conference": "booktitle"}
# plain field ↔ CSL variable (both ways)
_SIMPLE = [("title", "title"), ("volume", "volume"), ("pages", "page"),
           ("edition", "edition"), ("address", "publisher-place"),
           ("series", "collection-title"), ("url", "URL"), ("doi", "DOI"),
           ("isbn", "ISBN"), ("issn", "ISSN"), ("note", "note"), ("abstract", "abstract"),
           ("language", "language"), ("titleaddon", "genre"), ("pagetotal", "number-of-pages")]
ROLES = ("author", "editor", "translator")


def csl_type(etype: str, fields: dict) -> str:
    """The CSL type of a BibTeX entry type.

    >>> csl_type("article", {}), csl_type("online", {}), csl_type("misc", {"url": "u"})
    ('article-journal', 'webpage', 'webpage')
    """
    t = TYPE_TO_CSL.get(etype.lower(), "document")
    if t == "document" and fields.get("url"):
        return "webpage"
    return t


def iso_to_date(value: str) -> dict | None:
    """A partial ISO date as CSL ``date-parts``; anything else as ``raw``.

    >>> iso_to_date("2018-03-28"), iso_to_date("2012"), iso_to_date("spring 1999")
    ({'date-parts': [[2018, 3, 28]]}, {'date-parts': [[2012]]}, {'raw': 'spring 1999'})
    """
    value = value.strip()
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value)
    if m:
        return {"date-parts": [[int(x) for x in m.groups() if x]]}
    return {"raw": value}


def date_to_iso(d) -> str:
    """A CSL date (``date-parts``, ``raw``, ``literal`` or an EDTF string) as
    a partial ISO date or the text given.

    >>> date_to_iso({"date-parts": [[2018, 3, 28]]}), date_to_iso({"date-parts": [["2012"]]})
    ('2018-03-28', '2012')
    >>> date_to_iso({"raw": "2001-05"}), date_to_iso({"literal": "n.d."}), date_to_iso("2020-01")
    ('2001-05', 'n.d.', '2020-01')
    """
    if isinstance(d, str):
        return d.strip()
    if not isinstance(d, dict):
        return ""
    parts = d.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        try:
            nums = [int(x) for x in parts[0][:3]]
        except (TypeError, ValueError):
            nums = []
        if nums:
            return "-".join([f"{nums[0]:04d}"] + [f"{n:02d}" for n in nums[1:]])
    for k in ("raw", "literal"):
        if isinstance(d.get(k), str):
            return d[k].strip()
    return ""


def _plain(s: str) -> str:
    return s.replace("{", "").replace("}", "")


def person_to_csl(p: Person) -> dict:
    """A pybtex person as a CSL name.

    >>> person_to_csl(Person("van der Berg, Jan"))
    {'family': 'Berg', 'given': 'Jan', 'non-dropping-particle': 'van der'}
    >>> person_to_csl(Person("{World Bank}"))
    {'literal': 'World Bank'}
    """
    if len(p.last_names) == 1 and p.last_names[0].startswith("{") and not p.first_names \
            and not p.prelast_names:
        return {"literal": _plain(p.last_names[0])}
    out = {"family": _plain(" ".join(p.last_names))}
    given = _plain(" ".join(p.first_names + p.middle_names))
    if given:
        out["given"] = given
    if p.prelast_names:
        out["non-dropping-particle"] = _plain(" ".join(p.prelast_names))
    if p.lineage_names:
        out["suffix"] = _plain(" ".join(p.lineage_names))
    return out


def csl_to_person(name: dict) -> str:
    """A CSL name as BibTeX writes a person (``von Last, Jr, First``).

    >>> csl_to_person({"family": "Berg", "given": "Jan", "non-dropping-particle": "van der"})
    'van der Berg, Jan'
    >>> csl_to_person({"literal": "World Bank"}), csl_to_person({"family": "King", "given": "M. L.", "suffix": "Jr."})
    ('{World Bank}', 'King, Jr., M. L.')
    """
    if name.get("literal"):
        return protect(str(name["literal"]))
    family = str(name.get("family") or "").strip()
    particle = " ".join(str(name.get(k) or "").strip() for k in
                        ("dropping-particle", "non-dropping-particle")).strip()
    given = str(name.get("given") or "").strip()
    suffix = str(name.get("suffix") or "").strip()
    if not family:
        return given
    if " " in family and not particle:
        family = "{" + family + "}"       # a family name of several words stays one
    last = f"{particle} {family}".strip()
    out = last
    if suffix:
        out += f", {suffix}"
    if given or suffix:
        out += f", {given}"
    return out


def entry_to_csl(key: str, entry: Entry) -> dict:
    """One pybtex entry as a CSL-JSON item (``id`` is the key)."""
    etype = entry.type.lower()
    f = {k.lower(): decode_value(unprotect(v) if k.lower() in PROTECTED else v, k.lower() in VERBATIM)
         for k, v in entry.fields.items()}
    f = {k: " ".join(_plain(v).split()) for k, v in f.items()}
    item: dict = {"id": key, "type": csl_type(etype, f)}
    for role in ROLES:
        if entry.persons.get(role):
            item[role] = [person_to_csl(p) for p in entry.persons[role]]
    for bib, csl in _SIMPLE:
        if f.get(bib):
            item[csl] = f[bib]
    # a volume of a work in parts, a subtitle given apart, the first edition's
    # year (mend.py): as CSL has them
    if f.get("subtitle") and item.get("title"):
        item["title"] = f"{item['title']}{'' if item['title'].endswith(('.', '?', '!', ':')) else '.'} {f['subtitle']}"
    if f.get("maintitle") and item.get("title"):
        if f.get("volume") and f.get("volumelabel"):      # "Die Liebe zur Landschaft, Teil II: Der Drang …"
            item["title"] = f"{f['maintitle']}, {f['volumelabel']} {item.pop('volume')}: {item['title']}"
        else:
            item["title"] = f"{f['maintitle']}: {item['title']}"
    orig = iso_to_date(f.get("origdate") or "")
    # "first published in 1962" (mend.remark_whole): the original's year, as CSL has it
    first = re.search(r"(?i)(?:first|originally) published\D{0,20}?\b(1[5-9]\d\d|20\d\d)\b", f.get("note", ""))
    if not orig and first:
        orig = iso_to_date(first.group(1))
    if orig:
        item["original-date"] = orig
    if f.get("howpublished") and not item.get("genre") and f["howpublished"].lower() != "online":
        item["genre"] = f["howpublished"]       # "Paper presented at the Annual Meeting of …"
    container = f.get("journal") or f.get("booktitle") or (
        f.get("organization") if item["type"] in ("webpage", "post", "post-weblog") else "")
    if container:
        item["container-title"] = container
    publisher = f.get("publisher") or f.get("institution") or f.get("school") or (
        f.get("organization") if not container or container != f.get("organization") else "")
    if publisher:
        item["publisher"] = publisher
    if f.get("number"):
        item["issue" if item["type"].startswith("article") else "number"] = f["number"]
    issued = iso_to_date(f.get("date") or "") or iso_to_date(
        "-".join(x for x in (f.get("year", ""), _month(f.get("month", ""))) if x))
    if issued:
        item["issued"] = issued
    accessed = iso_to_date(f.get("urldate") or "")
    if accessed:
        item["accessed"] = accessed
    return item


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _month(m: str) -> str:
    """A month field as ISO's two digits ("" for a season or a range).

    >>> _month("May"), _month("Mai"), _month("Oktober"), _month("3"), _month("Spring")
    ('05', '05', '10', '03', '')
    """
    m = m.strip().lower()
    if m.isdigit() and 1 <= int(m) <= 12:
        return f"{int(m):02d}"
    if m[:3] in _MONTHS:
        return f"{_MONTHS.index(m[:3]) + 1:02d}"
    n = month_number(m)
    return f"{n:02d}" if n else ""


def csl_to_entry(item: dict) -> tuple[str, Entry]:
    """A CSL-JSON item as (key, pybtex entry); the key is ``citation-key``
    (Better BibTeX, CSL 1.0.2) or ``id``; for an ``id`` that is a Zotero
    item URI, one made from the author, year and title."""
    ident = str(item.get("citation-key") or item.get("id") or "")
    key = sanitize_key(ident) if not re.match(r"https?://", ident) else ""
    ctype = str(item.get("type") or "document")
    etype = CSL_TO_TYPE.get(ctype, "misc")
    fields: dict[str, str] = {}

    def text(v) -> str:
        return " ".join(str(v).split()) if v is not None and not isinstance(v, (dict, list)) \
            else ""

    for bib, csl in _SIMPLE:
        if text(item.get(csl)):
            fields[bib] = text(item[csl])
    container = text(item.get("container-title"))
    if container:
        fields[_CONTAINER.get(etype, "organization")] = container
    if text(item.get("publisher")):
        pub = text(item["publisher"])
        if etype == "report":
            fields["institution"] = pub
        elif etype == "online" and "organization" not in fields:
            fields["organization"] = pub
        else:
            fields["publisher"] = pub
    number = text(item.get("issue")) or text(item.get("number"))
    if number:
        fields["number"] = number
    issued = date_to_iso(item.get("issued"))
    if issued:
        fields["date"] = issued
        m = re.match(r"\d{4}", issued)
        if m:
            fields["year"] = m.group(0)
    accessed = date_to_iso(item.get("accessed"))
    if accessed:
        fields["urldate"] = accessed
    persons = {}
    for role in ROLES:
        names = item.get(role)
        if isinstance(names, list):
            ps = [csl_to_person(n) for n in names if isinstance(n, dict)]
            if any(ps):
                persons[role] = [p for p in ps if p]
    if not key:          # Zotero's item URI: a key made as coursepack makes them
        key = fields_key(fields, persons)
    return key, make_entry(etype, fields, persons)


def dumps_csljson(bibdata: BibliographyData) -> str:
    """CSL-JSON text of the entries, in order (UTF-8, one item per block)."""
    items = [entry_to_csl(k, e) for k, e in bibdata.entries.items()]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def _where(text: str, needle: str) -> tuple[int, int]:
    """Line and column of the first ``needle`` in ``text`` (0, 0 when absent)."""
    at = text.find(needle) if needle else -1
    if at < 0:
        return 0, 0
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def _where_after(text: str, pos: tuple[int, int], needle: str) -> tuple[int, int]:
    """Line and column of ``needle`` at or after ``pos`` (else ``pos``)."""
    line, col = pos
    if not line:
        return pos
    start = sum(len(x) + 1 for x in text.split("\n")[:line - 1]) + col - 1
    at = text.find(needle, start)
    return _where(text[:at] + "\0", "\0") if at >= 0 else pos


def loads_csljson(text: str, display: str = "references.json") -> BibliographyData:
    """Parse CSL-JSON text; every problem is a ContentError naming
    ``display``, the line and the column."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ContentError(Problem(display, e.lineno, e.colno,
                                   f"invalid CSL-JSON: {e.msg} (fix the JSON syntax here; "
                                   "a Zotero or Pandoc export is a list of items)")) from None
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        data = data["items"]          # citeproc-js's {"items": [...]}
    if not isinstance(data, list):
        raise ContentError(Problem(display, 1, 1, "CSL-JSON must be a list of items "
                                   "([{\"id\": …, \"type\": …, \"title\": …}, …])"))
    problems = Problems()
    bib = BibliographyData()
    for i, item in enumerate(data, 1):
        if not isinstance(item, dict):
            problems.add(display, *_where(text, json.dumps(item, ensure_ascii=False)[:40]),
                         f"item {i} is not an object: each item is {{\"id\": …, \"type\": …}}")
            continue
        ident = item.get("citation-key") or item.get("id")
        mark = ident or item.get("title")   # an item without id is found by its title
        line, col = _where(text, json.dumps(mark, ensure_ascii=False)) if mark else (0, 0)
        if not ident or not sanitize_key(str(ident)):
            problems.add(display, line, col, f"item {i} has no 'id': give it the citation key "
                         "of the work (the key in build/<slug>/references.bib)")
            continue
        for role in ROLES:
            if role in item and not (isinstance(item[role], list)
                                     and all(isinstance(n, dict) for n in item[role])):
                problems.add(display, *_where_after(text, (line, col), f'"{role}"'),
                             f"item '{ident}': '{role}' must be a list of "
                             "names ({\"family\": …, \"given\": …} or {\"literal\": …})")
        key, entry = csl_to_entry(item)
        if key in bib.entries and re.match(r"https?://", str(ident)):
            base, n = key, 0
            while key in bib.entries:          # a made key that repeats gets a letter
                n += 1
                key = base + "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
        if key in bib.entries:
            needle = json.dumps(ident, ensure_ascii=False)
            first = text.find(needle)
            at = text.find(needle, first + 1) if first >= 0 else -1
            pos = _where(text[:at] + "\0", "\0") if at >= 0 else (line, col)
            problems.add(display, *pos,
                         f"citation key '{key}' is used twice; give each item its own id")
            continue
        bib.entries[key] = entry
    problems.raise_if_errors()
    return bib


def read_csljson(path: Path, display: str | None = None) -> BibliographyData:
    """Read a ``references.json`` (see :func:`loads_csljson`)."""
    return loads_csljson(read_text(Path(path)), display or str(path))
