"""The bibliography as BibTeX, through pybtex: building entries, reading
an editor's ``references.bib``, and a deterministic writer whose output
pybtex reads back unchanged.

Titles are written in braces (``title = {{Mirovoy shtorm …}}``) so that
BibTeX styles elsewhere keep transliterated titles as written; the model's
``BibEntry.fields`` hold them without those braces.
"""

from __future__ import annotations

import re
from pathlib import Path

from pybtex.database import BibliographyData, Entry, Person, BibliographyDataError, parse_string
from pybtex.bibtex.utils import split_name_list
from pybtex.exceptions import PybtexError
from pybtex.scanner import PybtexSyntaxError
from rapidfuzz import fuzz

from .cite import Citation
from ..errors import ContentError, Problem
from ..yamlio import read_text
from .translit import to_ascii

FIELD_ORDER = ["title", "titleaddon", "journal", "organization", "institution", "series",
               "volume", "number", "pages", "edition", "publisher", "address", "howpublished",
               "date", "year", "month", "urldate", "url", "doi", "note"]
PROTECTED = {"title", "journal", "organization", "institution", "series", "publisher"}


def citation_fields(c: Citation) -> tuple[str, dict[str, str], dict[str, list[str]]]:
    """(entry type, fields, persons) of a citation; values as plain text."""
    t = c.type
    f: dict[str, str] = {"title": c.title}
    if c.titleaddon:
        f["titleaddon"] = c.titleaddon
    if t == "article":
        f["journal"] = c.container
    elif c.container:
        f["organization"] = c.container
    if c.publisher:
        f["institution" if t == "report" else "publisher"] = c.publisher
    for name in ("series", "volume", "number", "pages", "address", "url", "edition"):
        if getattr(c, name, ""):
            f[name] = getattr(c, name)
    if c.online:
        f["howpublished"] = "online"
    if c.date:
        f["date"] = c.date.iso()
        f["year"] = str(c.date.year)
    if c.urldate:
        f["urldate"] = c.urldate.iso()
    persons = {}
    if c.authors:
        persons["author"] = [str(a) for a in c.authors]
    if c.editors:
        persons["editor"] = [str(a) for a in c.editors]
    return t, {k: v for k, v in f.items() if v}, persons


def protect(value: str) -> str:
    """Braces that keep a value as written.

    >>> protect("Mirovoy shtorm"), protect("{Already}")
    ('{Mirovoy shtorm}', '{Already}')
    """
    if value.startswith("{") and value.endswith("}") and _balanced(value[1:-1]):
        return value
    return "{" + value + "}"


def unprotect(value: str) -> str:
    """Without the protecting braces.

    >>> unprotect("{Mirovoy shtorm}"), unprotect("{A} and {B}")
    ('Mirovoy shtorm', '{A} and {B}')
    """
    if value.startswith("{") and value.endswith("}") and _balanced(value[1:-1]):
        return value[1:-1]
    return value


def _balanced(s: str) -> bool:
    depth = 0
    for ch in s:
        depth += ch == "{"
        depth -= ch == "}"
        if depth < 0:
            return False
    return depth == 0


# Plain text ↔ BibTeX value.  pybtex reads a braced value by counting its
# braces, and its styles decode LaTeX (``%`` starts a comment, ``\\`` a
# command), so a value is written with ``%`` as ``\\%``, a backslash that
# would start one of these escapes as ``\\textbackslash{}`` and a brace
# without its partner as ``\\textbraceleft{}`` / ``\\textbraceright{}``;
# everything else (balanced braces, LaTeX commands an editor wrote) as it is.
_RESERVED = ("textbackslash{}", "textbraceleft{}", "textbraceright{}")
_DECODE = re.compile(r"\\(?:textbackslash\{\}|textbraceleft\{\}|textbraceright\{\}|%)")
_DECODE_VERBATIM = re.compile(r"\\(?:textbackslash\{\}|textbraceleft\{\}|textbraceright\{\})")
#: fields kept verbatim (a URL's "%20" is no LaTeX): only unpaired braces escaped
VERBATIM = {"url", "doi", "eprint", "file", "urldate"}


def _unmatched(s: str) -> set[int]:
    """Positions of the braces of ``s`` that have no partner."""
    stack, bad = [], set()
    for i, ch in enumerate(s):
        if ch == "{":
            stack.append(i)
        elif ch == "}":
            if stack:
                stack.pop()
            else:
                bad.add(i)
    return bad | set(stack)


def encode_value(text: str, verbatim: bool = False) -> str:
    """A plain-text value as BibTeX that pybtex reads back (and its styles
    print) as written; whitespace becomes single spaces, the one kind
    BibTeX knows.

    >>> encode_value("50% of {the} cases"), encode_value("a { b"), encode_value("5\\\\%")
    ('50\\\\% of {the} cases', 'a \\\\textbraceleft{} b', '5\\\\textbackslash{}\\\\%')
    """
    s = " ".join(str(text).split())
    bad = _unmatched(s)
    out = []
    for i, ch in enumerate(s):
        if ch == "\\":
            rest = s[i + 1:]
            raw = (verbatim or rest[:1].isascii() and rest[:1].isalpha()) and not rest.startswith(_RESERVED)
            out.append(ch if raw else "\\textbackslash{}")
        elif ch == "%" and not verbatim:
            out.append("\\%")
        elif i in bad:
            out.append("\\textbraceleft{}" if ch == "{" else "\\textbraceright{}")
        else:
            out.append(ch)
    return "".join(out)


def decode_value(value: str, verbatim: bool = False) -> str:
    """The plain text of a BibTeX value :func:`encode_value` wrote.

    >>> decode_value(encode_value("a { b \\\\ 5%")) == "a { b \\\\ 5%"
    True
    """
    return _DECODE.sub(lambda m: {"\\%": "%", "\\textbackslash{}": "\\",
                                  "\\textbraceleft{}": "{"}.get(m.group(0), "}"),
                                 value) if not verbatim else \
        _DECODE_VERBATIM.sub(lambda m: {"\\textbackslash{}": "\\", "\\textbraceleft{}": "{"}.get(m.group(0), "}"), value)


def _person_value(name: str) -> str:
    """A name as BibTeX: escaped, and held in braces (one name, printed as
    written) when pybtex would not read it back as the one person it is:
    an "and" inside it, more than two commas, a tie, nothing but
    punctuation — whatever pybtex's own name splitter does not keep whole."""
    v = encode_value(name)
    if v.startswith("{") and v.endswith("}") and _balanced(v[1:-1]) and re.search(r"[^{}\s]", v):
        return v
    if "~" not in v:
        try:
            # whole between two other names, as the writer joins them
            # (and as pybtex writes it again: "{,and {" is written "…{}, and …{}")
            parts = split_name_list(f"X and {v} and X")
            w = str(Person(v))
            if parts == ["X", v, "X"] and w.strip() and split_name_list(f"X and {w} and X") == ["X", w, "X"]:
                return v
        except PybtexError:
            pass
    return "{" + v + "}"


def make_entry(etype: str, fields: dict[str, str], persons: dict[str, list[str]]) -> Entry:
    """A pybtex entry from plain-text fields and names (see :func:`encode_value`)."""
    bf = {}
    for k, v in fields.items():
        v = encode_value(v, k.lower() in VERBATIM)
        bf[k] = "{" + v + "}" if k in PROTECTED else v
    return Entry(etype, fields=bf, persons={r: [Person(_person_value(p)) for p in ps if " ".join(str(p).split())]
                                            for r, ps in persons.items()})


def entry_plain(entry: Entry) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Plain-text fields and names of a pybtex entry (the inverse of
    :func:`make_entry` for fields)."""
    fields = {k: decode_value(unprotect(v) if k in PROTECTED else v, k.lower() in VERBATIM)
              for k, v in entry.fields.items()}
    persons = {r: [_person_plain(str(p)) for p in ps] for r, ps in entry.persons.items()}
    return fields, persons


def _person_plain(written: str) -> str:
    """A name as read back: the braces :func:`_person_value` put round a
    name that needed them are taken off; an editor's own (``{World Bank}``)
    stay.

    >>> _person_plain(_person_value("Smith and Sons")), _person_plain("{World Bank}")
    ('Smith and Sons', '{World Bank}')
    """
    if written.startswith("{") and written.endswith("}"):
        inner = decode_value(written[1:-1])
        if inner.strip() and _person_value(inner) == written:
            return inner
    return decode_value(written)


def _order(k: str) -> tuple[int, str]:
    k = k.lower()
    return (FIELD_ORDER.index(k) if k in FIELD_ORDER else len(FIELD_ORDER), k)


def dumps(bibdata: BibliographyData) -> str:
    """BibTeX text: entries in the data's order, fields in a fixed order,
    values in braces, nothing escaped (URLs stay as they are)."""
    out = []
    for key, e in bibdata.entries.items():
        lines = [f"@{e.type}{{{key},"]
        for role in ("author", "editor"):
            if e.persons.get(role):
                lines.append(f"    {role} = {{{' and '.join(str(p) for p in e.persons[role])}}},")
        for k in sorted(e.fields.keys(), key=_order):
            v = e.fields[k]
            if not _balanced(v):
                raise ValueError(f"{key}: unbalanced braces in {k}: {v!r}")
            lines.append(f"    {k.lower()} = {{{v}}},")
        lines.append("}")
        out.append("\n".join(lines))
    return "\n\n".join(out) + ("\n" if out else "")


def write_bibtex(bibdata: BibliographyData, path: Path) -> None:
    """Write ``bibdata`` to ``path`` atomically (temporary file, rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(dumps(bibdata), encoding="utf-8")
    tmp.replace(path)


def read_bibtex(path: Path, display: str | None = None) -> BibliographyData:
    """Read a .bib file; problems become a ContentError naming the file,
    the line and the column."""
    return loads_bibtex(read_text(Path(path)), display or str(path))


def loads_bibtex(text: str, display: str = "references.bib") -> BibliographyData:
    """Parse BibTeX text; a syntax error names ``display``, its line and column.

    >>> loads_bibtex("@article{a,\\n  title = {x},\\n  year = 2001 2002,\\n}")
    Traceback (most recent call last):
    coursepack.errors.ContentError: references.bib:3:15: invalid BibTeX: syntax error in line 3: '}' expected
    """
    try:
        return parse_string(text, "bibtex")
    except PybtexSyntaxError as e:
        line = getattr(e, "lineno", 0) or 0
        pos = getattr(getattr(e, "parser", None), "pos", None)
        col = 0
        if isinstance(pos, int) and 0 <= pos <= len(text):
            line = text.count("\n", 0, pos) + 1
            col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        raise ContentError(Problem(display, line, col, f"invalid BibTeX: {e}")) from None
    except BibliographyDataError as e:
        raise ContentError(Problem(display, 0, 0, f"invalid BibTeX: {e}")) from None


def merge_into(base: BibliographyData, top: BibliographyData) -> BibliographyData:
    """``top``'s entries over ``base``'s, field by field (persons by role);
    a type given by ``top`` wins.  Returns ``base``, changed."""
    for key, e in top.entries.items():
        if key not in base.entries:
            base.entries[key] = e
            continue
        old = base.entries[key]
        fields = dict(old.fields)
        fields.update(e.fields)
        persons = {r: list(ps) for r, ps in old.persons.items()}
        persons.update({r: list(ps) for r, ps in e.persons.items()})
        base.entries[key] = Entry(e.type or old.type, fields=fields, persons=persons)
    return base


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", to_ascii(s.replace("{", "").replace("}", ""))
                           .lower()).split())


def _surname(persons: dict) -> str:
    people = persons.get("author") or persons.get("editor") or []
    if not people:
        return ""
    p = people[0] if isinstance(people[0], Person) else Person(str(people[0]))
    return _norm(" ".join(p.last_names))


def match_keys(editor: BibliographyData | None, works: dict[str, tuple[dict, dict]]
               ) -> BibliographyData | None:
    """The editor's entries under the keys of the works they describe.

    A Zotero or RIS export does not know coursepack's keys (Zotero writes
    ``http://zotero.org/users/…`` as the id): an entry whose key is not a
    work's is matched by its DOI, else by first author's surname, year and
    title (90 % alike), and takes that work's key when exactly one work
    matches; otherwise it stays a work of its own.  ``works`` maps each key
    to its (fields, persons) as plain text."""
    if editor is None:
        return None

    def doi(f):
        return re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "",
                      str(f.get("doi", "")).strip().lower())

    out = BibliographyData()
    taken = set(editor.entries)
    for key, e in editor.entries.items():
        if key not in works:
            f, p = entry_plain(e)
            hits = [k for k, (wf, _) in works.items() if doi(f) and doi(wf) == doi(f)]
            if not hits and f.get("title"):
                who, year, title = _surname(e.persons), f.get("year", ""), _norm(f["title"])
                hits = [k for k, (wf, wp) in works.items()
                        if who and _surname(wp) == who and year == wf.get("year", "")
                        and fuzz.ratio(title, _norm(wf.get("title", ""))) >= 90]
            if len(hits) == 1 and hits[0] not in taken:
                taken.add(hits[0])
                key = hits[0]
        out.entries[key] = e
    return out


def sanitize_key(key: str) -> str:
    return re.sub(r"[^\w:.-]", "", key)
