"""RIS in: types mapped to BibTeX types, fields, keys, errors with the line
of the bad tag, and a RIS file over what was parsed from the article."""

import pytest

from coursepack.bibliography import build_bibliography
from coursepack.bibliography.bibtex import entry_plain
from coursepack.bibliography.ris import loads_ris
from coursepack.errors import ContentError

from .fixtures import notes
from .test_bibtex import NOTES, REFS

RIS = """TY  - JOUR
ID  - nowak2001rivers
AU  - Nowak, Jan
AU  - van der Berg, Anna
TI  - Rivers of the north
T2  - Geography Quarterly
VL  - 3
IS  - 2
SP  - 1
EP  - 9
PY  - 2001/05//
DO  - https://doi.org/10.1000/xyz
UR  - https://example.org/rivers
Y2  - 2021/05/15/
AB  - A long abstract that this exporter
wraps over two lines.
ER  - 

TY  - BOOK
AU  - Doe, Jane
A2  - King, Martin
TI  - Harbours
PB  - Example Press
CY  - Oxford
ET  - 2
PY  - 2010
SN  - 978-0-00-000000-0
ER  - 

TY  - CHAP
AU  - Lee, Kim
TI  - Tides
T2  - The sea
ED  - Müller, Hans
SP  - 45
EP  - 67
PB  - Springer
PY  - 2003
ER  - 

TY  - RPRT
AU  - Stockholm International Peace Research Institute
TI  - Arms transfers
PB  - SIPRI
T2  - SIPRI Fact Sheet
PY  - 2019
ER  - 

TY  - THES
AU  - Roe, Rick
TI  - A thesis on ports
PB  - University of Somewhere
PY  - 1999
M3  - PhD thesis
ER  - 

TY  - ELEC
TI  - Baku podtverzhdayet
T2  - Turan
UR  - https://www.turan.az/x.htm
DA  - 2021/04/02
Y2  - 2021/05/15
ER  - 

TY  - GEN
TI  - Something else
PY  - 2020
ER  - 
"""


def test_types_and_fields():
    bib = loads_ris(RIS)
    types = {k: e.type for k, e in bib.entries.items()}
    assert types == {"nowak2001rivers": "article", "doe2010harbours": "book",
                     "lee2003tides": "incollection", "sipri2019arms": "report",
                     "roe1999thesis": "thesis", "baku2021podtverzhdayet": "online",
                     "something2020else": "misc"}
    f, p = entry_plain(bib.entries["nowak2001rivers"])
    assert p == {"author": ["Nowak, Jan", "van der Berg, Anna"]}
    assert {k: f[k] for k in ("title", "journal", "volume", "number", "pages", "date", "year",
                              "doi", "url", "urldate")} == {
        "title": "Rivers of the north", "journal": "Geography Quarterly", "volume": "3",
        "number": "2", "pages": "1–9", "date": "2001-05", "year": "2001",
        "doi": "10.1000/xyz", "url": "https://example.org/rivers", "urldate": "2021-05-15"}
    assert f["abstract"] == "A long abstract that this exporter wraps over two lines."
    f, p = entry_plain(bib.entries["doe2010harbours"])
    assert (f["publisher"], f["address"], f["edition"], f["isbn"]) == \
        ("Example Press", "Oxford", "2", "978-0-00-000000-0")
    assert p == {"author": ["Doe, Jane"], "editor": ["King, Martin"]}
    f, p = entry_plain(bib.entries["lee2003tides"])
    assert (f["booktitle"], f["pages"], p["editor"]) == ("The sea", "45–67", ["Müller, Hans"])
    f, p = entry_plain(bib.entries["sipri2019arms"])
    assert (f["institution"], f["series"]) == ("SIPRI", "SIPRI Fact Sheet")
    assert p == {"author": ["{Stockholm International Peace Research Institute}"]}
    f, _ = entry_plain(bib.entries["roe1999thesis"])
    assert (f["publisher"], f["titleaddon"]) == ("University of Somewhere", "PhD thesis")
    f, _ = entry_plain(bib.entries["baku2021podtverzhdayet"])
    assert (f["organization"], f["date"], f["urldate"]) == ("Turan", "2021-04-02", "2021-05-15")


def test_ris_formats_in_a_csl_style():
    from coursepack import model
    from coursepack.bibliography.styles import format_entry
    e = loads_ris(RIS).entries["lee2003tides"]
    assert model.plain_text(format_entry(e, "apa")) == \
        "Lee, K. (2003). Tides. In H. Müller (Ed.), The sea (pp. 45–67). Springer."


def test_same_author_year_word_gets_a_letter():
    one = "TY  - BOOK\nAU  - Doe, J.\nTI  - Ports\nPY  - 2001\nER  - \n"
    assert list(loads_ris(one + one).entries) == ["doe2001ports", "doe2001portsa"]


@pytest.mark.parametrize("text, line, col, what", [
    ("TY  - JOUR\nTI  - T\nTitle without a tag\nER  - \n", 3, 1, "not an RIS tag line"),
    ("TY  - JOUR\nTI  - T\n", 1, 1, "has no end"),
    ("TI  - T\nTY  - JOUR\nER  - \n", 1, 1, "outside a record"),
    ("TY  - JOUR\nTI  - T\nTY  - BOOK\nER  - \n", 3, 1, "before the record of line 1 ended"),
    ("TY  - jour\nER  - \n", 1, 7, "not an RIS type"),
    ("ER  - \n", 1, 1, "was not started"),
    ("\n\n", 1, 1, "no RIS records"),
])
def test_malformed_ris_names_the_line(text, line, col, what):
    with pytest.raises(ContentError) as e:
        loads_ris(text, "content/readings/r/references.ris")
    p = e.value.problems[0]
    assert (p.path, p.line, p.column) == ("content/readings/r/references.ris", line, col)
    assert what in p.message


def test_a_repeated_id_is_an_error():
    rec = "TY  - BOOK\nID  - same\nTI  - A\nER  - \n"
    with pytest.raises(ContentError, match=r"references.ris:5:1: citation key 'same'"):
        loads_ris(rec + rec)


def test_ris_over_what_was_parsed(tmp_path):
    base = build_bibliography(notes(NOTES), landing_refs=REFS)
    key = next(iter(base.bibdata.entries))
    path = tmp_path / "references.ris"
    path.write_text(f"TY  - JOUR\nID  - {key}\nVL  - 42\nSP  - 7\nEP  - 9\nER  - \n",
                    encoding="utf-8")
    res = build_bibliography(notes(NOTES), landing_refs=REFS, editor_bib=[path])
    e = next(e for e in res.entries if e.key == key)
    assert (e.fields["volume"], e.fields["pages"]) == ("42", "7–9")
    assert e.fields["title"] == entry_plain(base.bibdata.entries[key])[0]["title"]


@pytest.mark.parametrize("style", ["chicago", "journal"])
def test_every_imported_type_prints_in_the_built_in_styles(style):
    from coursepack import model
    from coursepack.bibliography.styles import format_entry
    bib = loads_ris(RIS + "TY  - PAMP\nTI  - A leaflet\nPY  - 1990\nER  - \n")
    for key, e in bib.entries.items():
        out = model.plain_text(format_entry(e, style))
        title = entry_plain(e)[0]["title"]
        assert title.lower() in out.lower(), (key, out)
    chapter = model.plain_text(format_entry(bib.entries["lee2003tides"], style))
    assert chapter == {"chicago": "Lee, Kim. “Tides.” In The sea, edited by Hans Müller, "
                                  "45–67. Springer, 2003.",
                       "journal": "Lee K., Tides, [in:] The sea, ed. Müller H., Springer, "
                                  "2003, pp. 45–67."}[style]
    leaflet = model.plain_text(format_entry(bib.entries["leaflet1990"], style))
    assert "1990" in leaflet                      # a type without a manner: a work in general
