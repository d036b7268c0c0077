"""CSL-JSON in and out: round trips through BibTeX, a Zotero-style export,
the editor's references.json over what was parsed, errors with positions."""

import json

import pytest
from hypothesis import given, settings, strategies as st
from pybtex.database import BibliographyData

from coursepack.bibliography import build_bibliography
from coursepack.bibliography.bibtex import dumps, entry_plain, loads_bibtex, make_entry
from coursepack.bibliography.csljson import (csl_to_entry, dumps_csljson, entry_to_csl,
                                             loads_csljson)
from coursepack.errors import ContentError

from .fixtures import notes
from .test_bibtex import NOTES, REFS

BIB = r"""@article{nowak2001rivers,
    author = {Nowak, Jan and van der Berg, Anna B. and {World Bank}},
    title = {{Rivers of the north: a survey}},
    journal = {{Geography Quarterly}},
    volume = {3},
    number = {2},
    pages = {1–9},
    date = {2001-05},
    year = {2001},
    urldate = {2021-05-15},
    url = {https://example.org/rivers?id=1&x=2},
    doi = {10.1000/xyz},
}

@book{doe2010harbours,
    author = {Doe, Jane},
    editor = {King, Jr., Martin L.},
    title = {{Harbours}},
    edition = {2},
    publisher = {{Example Press}},
    address = {Oxford},
    date = {2010},
    year = {2010},
}

@incollection{lee2003tides,
    author = {Lee, Kim},
    title = {{Tides}},
    booktitle = {The sea},
    pages = {45–67},
    publisher = {{Springer}},
    date = {2003},
    year = {2003},
}

@report{ngo2019arms,
    author = {{Stockholm International Peace Research Institute}},
    title = {{Arms transfers}},
    institution = {{SIPRI}},
    number = {7},
    date = {2019-03},
    year = {2019},
}

@online{turan2021baku,
    title = {{Baku podtverzhdayet}},
    organization = {{Turan}},
    date = {2021-04-02},
    year = {2021},
    url = {https://www.turan.az/x.htm},
}
"""

KEPT = ("title", "journal", "booktitle", "organization", "institution", "publisher", "address",
        "year", "date", "volume", "number", "pages", "edition", "doi", "url", "urldate")


def test_bib_to_csljson_to_bib_keeps_every_field():
    bib = loads_bibtex(BIB)
    back = loads_csljson(dumps_csljson(bib))
    assert list(back.entries) == list(bib.entries)
    for key, e in bib.entries.items():
        f0, p0 = entry_plain(e)
        f1, p1 = entry_plain(back.entries[key])
        assert back.entries[key].type == e.type
        assert {k: f1.get(k) for k in KEPT} == {k: f0.get(k) for k in KEPT}, key
        assert p1 == p0, key
    assert dumps(back) == dumps(bib)                     # and so the same BibTeX text


def test_csl_items_as_zotero_and_pandoc_write_them():
    item = entry_to_csl("nowak2001rivers", loads_bibtex(BIB).entries["nowak2001rivers"])
    assert item["type"] == "article-journal"
    assert item["author"] == [{"family": "Nowak", "given": "Jan"},
                              {"family": "Berg", "given": "Anna B.",
                               "non-dropping-particle": "van der"},
                              {"literal": "World Bank"}]
    assert item["container-title"] == "Geography Quarterly"
    assert (item["volume"], item["issue"], item["page"]) == ("3", "2", "1–9")
    assert item["issued"] == {"date-parts": [[2001, 5]]}
    assert item["accessed"] == {"date-parts": [[2021, 5, 15]]}
    assert (item["DOI"], item["URL"]) == ("10.1000/xyz", "https://example.org/rivers?id=1&x=2")
    report = entry_to_csl("k", loads_bibtex(BIB).entries["ngo2019arms"])
    assert (report["type"], report["publisher"], report["number"]) == ("report", "SIPRI", "7")


ZOTERO = """[
  {"id": "http://zotero.org/users/1/items/ABCD", "citation-key": "smith2019cities",
   "type": "article-magazine", "title": "Cities", "container-title": "The Economist",
   "author": [{"family": "Smith", "given": "Ann", "dropping-particle": "de"}],
   "issued": {"date-parts": [["2019", "3", "1"]]}, "page": "12-14", "volume": 7},
  {"id": "thesis1", "type": "thesis", "title": "A thesis", "publisher": "Uni",
   "issued": {"raw": "spring 1999"}, "author": [{"family": "Roe", "given": "R."}]},
  {"id": "chap", "type": "chapter", "title": "Ch", "container-title": "Book",
   "editor": [{"family": "Ed", "given": "E."}], "publisher-place": "Paris"}
]"""


def test_a_zotero_export_reads_into_bibtex_entries():
    bib = loads_csljson(ZOTERO)
    assert list(bib.entries) == ["smith2019cities", "thesis1", "chap"]
    f, p = entry_plain(bib.entries["smith2019cities"])
    assert bib.entries["smith2019cities"].type == "article"
    assert (f["journal"], f["date"], f["year"], f["volume"], f["pages"]) == \
        ("The Economist", "2019-03-01", "2019", "7", "12-14")
    assert p == {"author": ["de Smith, Ann"]}
    f, _ = entry_plain(bib.entries["thesis1"])
    assert bib.entries["thesis1"].type == "thesis" and f["date"] == "spring 1999"
    assert "year" not in f                              # no year is invented
    f, p = entry_plain(bib.entries["chap"])
    assert (bib.entries["chap"].type, f["booktitle"], f["address"]) == \
        ("incollection", "Book", "Paris")
    assert p == {"editor": ["Ed, E."]}


@pytest.mark.parametrize("text, line, col, what", [
    ('[\n  {"id": "a", "type": "book",\n   "title": "T",,\n  }\n]', 3, 17, "invalid CSL-JSON"),
    ('{"id": "a"}', 1, 1, "must be a list of items"),
    ('[\n {"type": "book", "title": "No id"}\n]', 2, 28, "has no 'id'"),
    ('[\n {"id": "a", "author": "Smith"}\n]', 2, 14, "'author' must be a list of names"),
    ('[\n {"id": "a", "type": "book"},\n {"id": "a", "type": "book"}\n]', 3, 9,
     "'a' is used twice"),
])
def test_malformed_csljson_names_line_and_column(text, line, col, what):
    with pytest.raises(ContentError) as e:
        loads_csljson(text, "content/readings/r/references.json")
    (p,) = e.value.problems
    assert (p.path, p.line, p.column) == ("content/readings/r/references.json", line, col)
    assert what in p.message


def test_editor_references_json_takes_precedence_field_by_field(tmp_path):
    base = build_bibliography(notes(NOTES), landing_refs=REFS)
    key = next(iter(base.bibdata.entries))
    f0, _ = entry_plain(base.bibdata.entries[key])
    path = tmp_path / "references.json"
    path.write_text(json.dumps([{"id": key, "type": "article-journal", "volume": "99",
                                 "DOI": "10.5/new"},
                                {"id": "extra2020", "type": "book", "title": "Extra",
                                 "issued": {"date-parts": [[2020]]}}]), encoding="utf-8")
    res = build_bibliography(notes(NOTES), landing_refs=REFS, editor_bib=[path])
    by = {e.key: e for e in res.entries}
    assert by[key].fields["volume"] == "99" and by[key].fields["doi"] == "10.5/new"
    assert by[key].fields["title"] == f0["title"]        # the rest as parsed
    assert by["extra2020"].origin == "editor" and by["extra2020"].fields["year"] == "2020"


def test_bib_wins_over_json_wins_over_ris(tmp_path):
    from coursepack.bibliography.editor import read_editor
    (tmp_path / "references.ris").write_text(
        "TY  - BOOK\nID  - k\nTI  - From RIS\nPY  - 2001\nPB  - RIS Press\nER  - \n",
        encoding="utf-8")
    (tmp_path / "references.json").write_text(
        '[{"id": "k", "type": "book", "title": "From JSON", "volume": "2"}]', encoding="utf-8")
    (tmp_path / "references.bib").write_text("@book{k, title = {From BibTeX}}\n",
                                             encoding="utf-8")
    data = read_editor([tmp_path / n for n in
                        ("references.ris", "references.json", "references.bib")])
    f, _ = entry_plain(data.entries["k"])
    assert (f["title"], f["volume"], f["publisher"], f["year"]) == \
        ("From BibTeX", "2", "RIS Press", "2001")


_text = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="{}\\"),
                min_size=1, max_size=30).map(lambda s: " ".join(s.split())).filter(bool)


_name = st.from_regex(r"[A-ZÀ-ÝА-Я][a-zß-ÿа-я'’-]{0,12}(?: [A-ZÀ-ÝА-Я][a-zß-ÿа-я]{0,10}){0,2}",
                      fullmatch=True)


@settings(max_examples=60, deadline=None)
@given(title=_text, journal=_text, family=_name, given_=_name, year=st.integers(1000, 2999),
       volume=st.integers(1, 999), pages=st.from_regex(r"[1-9][0-9]{0,3}–[1-9][0-9]{0,3}",
                                                       fullmatch=True))
def test_round_trip_property(title, journal, family, given_, year, volume, pages):
    e = make_entry("article", {"title": title, "journal": journal, "year": str(year),
                               "date": str(year), "volume": str(volume), "pages": pages},
                   {"author": [f"{{{family}}}, {given_}" if " " in family
                               else f"{family}, {given_}"]})
    bib = BibliographyData(entries={"k": e})
    back = loads_csljson(dumps_csljson(bib)).entries["k"]
    f0, p0 = entry_plain(e)
    f1, p1 = entry_plain(back)
    assert {k: f1.get(k) for k in KEPT} == {k: f0.get(k) for k in KEPT}
    item = entry_to_csl("k", e)
    assert item["author"][0]["family"] == family and item["author"][0]["given"] == given_
    assert csl_to_entry(item)[1].persons["author"][0].last_names


def test_written_references_json_is_what_the_build_writes(tmp_path):
    res = build_bibliography(notes(NOTES), landing_refs=REFS)
    items = json.loads(dumps_csljson(res.bibdata))
    assert [i["id"] for i in items] == list(res.bibdata.entries)
    assert all(i["type"] and i["title"] for i in items)


def test_a_zotero_export_finds_the_parsed_works_by_doi_or_author_year_title(tmp_path):
    base = build_bibliography(notes(NOTES), landing_refs=REFS)
    by = {e.key: e for e in base.entries}
    nowak = next(e for e in base.entries if e.persons.get("author", [""])[0].startswith("Nowak"))
    wodne = next(e for e in base.entries if e.fields["title"] == "Wodne prawo")
    # Zotero's ids are item URIs; it knows nothing of coursepack's keys
    items = [{"id": "http://zotero.org/users/local/abc/items/AAAA", "type": "article-journal",
              "title": "Rzeki i granice.", "author": [{"family": "Nowak", "given": "Jan"}],
              "issued": {"date-parts": [[int(nowak.fields["year"])]]}, "page": "11-19"},
             {"id": "http://zotero.org/users/local/abc/items/BBBB", "type": "webpage",
              "title": "Another page", "DOI": "10.9/zz", "issued": {"date-parts": [[2020]]}},
             {"id": "http://zotero.org/users/local/abc/items/CCCC", "type": "webpage",
              "title": "Another page", "issued": {"date-parts": [[2020]]}}]
    path = tmp_path / "references.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    res = build_bibliography(notes(NOTES), landing_refs=REFS, editor_bib=[path])
    after = {e.key: e for e in res.entries}
    assert after[nowak.key].fields["pages"] == "11-19"           # matched: author, year, title
    assert after[wodne.key].fields == by[wodne.key].fields       # untouched
    new = sorted(k for k in after if k not in by)
    assert new == ["another2020page", "another2020pagea"]         # no match: added, own keys
    assert len(res.entries) == len(base.entries) + 2


def test_matching_by_doi(tmp_path):
    from coursepack.bibliography.bibtex import match_keys
    works = {"kowalski2019rivers": ({"title": "Rivers", "doi": "10.1/ABC", "year": "2019"},
                                    {"author": ["Kowalski, Jan"]})}
    editor = loads_csljson('[{"id": "ZOTERO1", "type": "article-journal", "title": "Other", '
                           '"DOI": "https://doi.org/10.1/abc"}]')
    assert list(match_keys(editor, works).entries) == ["kowalski2019rivers"]
