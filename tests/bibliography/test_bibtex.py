"""BibTeX storage, the editor's references.bib and bibliography.yaml."""

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from pybtex.database import BibliographyData, parse_file, parse_string

from coursepack import model
from coursepack.bibliography import build_bibliography, dumps, write_bibtex
from coursepack.bibliography.bibtex import make_entry
from coursepack.errors import ContentError

from .fixtures import notes

REFS = [
    "Nowak J., Rzeki i granice, “Przegląd Wschodni”, vol. 3, issue: 2, 2 V 2019 "
    "[accessed: 3 V 2019]: <>.",
    "Wodne prawo, Polskie Radio [online], 4 VI 2020 [accessed: 5 VI 2020]: <>.",
]
NOTES = {
    1: "J. Nowak, Rzeki i granice, “Przegląd Wschodni”, vol. 3, issue 2, 2 v 2019 "
       "[accessed: 3 v 2019]: <https://pw.pl/a_1%20b>.",
    2: "Wodne prawo, Polskie Radio [online], 4 vi 2020 [accessed: 5 vi 2020]: "
       "<https://polskieradio.pl/x?id=1&y=2#s>.",
}


def _build(tmp_path=None, **kw):
    return build_bibliography(notes(NOTES), landing_refs=REFS, **kw)


def test_written_bib_loads_and_round_trips(tmp_path):
    res = _build()
    path = tmp_path / "out" / "references.bib"
    write_bibtex(res.bibdata, path)
    text = path.read_text(encoding="utf-8")
    loaded = parse_file(str(path), "bibtex")
    assert list(loaded.entries) == list(res.bibdata.entries)
    assert dumps(loaded) == text                       # parse → write → parse
    e = loaded.entries["nowak2019rzeki"]
    assert e.fields["url"] == "https://pw.pl/a_1%20b"  # URLs written as they are
    assert e.fields["title"] == "{Rzeki i granice}"    # protected from case changes
    assert res.entries[0].fields["title"] == "Rzeki i granice"


def test_written_bib_is_deterministic():
    assert dumps(_build().bibdata) == dumps(_build().bibdata)


_text = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="{}\\@"),
                min_size=1, max_size=30).map(str.strip).filter(bool)


@settings(max_examples=40, deadline=None)
@given(title=_text, org=_text, url=st.from_regex(r"https://[a-z]{2,8}\.org/[a-z0-9_%&?=#./-]{0,20}",
                                                 fullmatch=True))
def test_round_trip_any_text(title, org, url):
    bd = BibliographyData({"k": make_entry("online", {"title": title, "organization": org,
                                                      "url": url}, {"author": ["Nowak, J."]})})
    text = dumps(bd)
    again = parse_string(text, "bibtex")
    assert dumps(again) == text
    assert again.entries["k"].fields["url"] == url


def test_editor_bib_takes_precedence_field_by_field_and_is_never_written(tmp_path):
    bib = tmp_path / "references.bib"
    original = ("@online{wodne2020prawo,\n    title = {{Wodne prawo w Polsce}},\n}\n\n"
                "@book{extra2000book,\n    author = {Kowal, Anna},\n    title = {{Extra}},\n"
                "    publisher = {{PWN}},\n    address = {Warszawa},\n    year = {2000},\n}\n")
    bib.write_text(original, encoding="utf-8")
    res = _build(editor_bib=bib)
    e = {x.key: x for x in res.entries}
    assert e["wodne2020prawo"].fields["title"] == "Wodne prawo w Polsce"
    assert e["wodne2020prawo"].fields["url"] == "https://polskieradio.pl/x?id=1&y=2#s"  # kept
    assert e["extra2000book"].origin == "editor"
    assert bib.read_text(encoding="utf-8") == original


def test_bad_editor_bib_is_a_content_error(tmp_path):
    bib = tmp_path / "references.bib"
    bib.write_text("@book{x, title = {unclosed}\n", encoding="utf-8")
    with pytest.raises(ContentError) as err:
        _build(editor_bib=bib)
    assert "references.bib" in str(err.value)


def test_decisions_settle_suspects(tmp_path):
    refs = ["Kowal A., Title one, Site, 4 VI 2021 [accessed: 15 V 2021]: <>."]
    dec = tmp_path / "bibliography.yaml"
    res = build_bibliography([], landing_refs=refs)
    assert [(s["key"], s["field"]) for s in res.suspects] == [("kowal2021title", "urldate")]
    assert res.entries[0].fields["urldate"] == "2021-05-15"
    dec.write_text("suspects:\n  - key: kowal2021title\n    field: urldate\n    decision: set\n"
                   "    value: '2021-06-15'\n    why: checked\n", encoding="utf-8")
    res = build_bibliography([], landing_refs=refs, decisions=dec)
    assert res.suspects == []
    assert res.entries[0].fields["urldate"] == "2021-06-15"
    ch = [c for c in res.changes if c.rule == "editor_decision"]
    assert ch and ch[0].before == "2021-05-15" and "checked" in ch[0].why
    dec.write_text("suspects:\n  - key: kowal2021title\n    field: urldate\n    decision: keep\n",
                   encoding="utf-8")
    res = build_bibliography([], landing_refs=refs, decisions=dec)
    assert res.suspects == [] and res.entries[0].fields["urldate"] == "2021-05-15"


def test_decision_field_overrides(tmp_path):
    dec = tmp_path / "bibliography.yaml"
    dec.write_text("fields:\n  kowal2021title:\n    author: ['Kowalska, Anna']\n"
                   "    title: Title One\n", encoding="utf-8")
    res = build_bibliography([], landing_refs=["Kowal A., Title one, Site, 4 VI 2021."],
                             decisions=dec)
    e = res.entries[0]
    assert e.key == "kowal2021title"          # the key does not move with the override
    assert e.persons["author"] == ["Kowalska, Anna"] and e.fields["title"] == "Title One"
    assert model.plain_text(e.formatted) == "Kowalska, Anna. “Title One.” Site, June 4, 2021."


@pytest.mark.parametrize("yaml_text,msg,line", [
    ("suspects:\n  - key: kowal2021titel\n    field: url\n    decision: keep\n",
     "unknown entry 'kowal2021titel' (did you mean 'kowal2021title'?)", 2),
    ("suspects:\n  - key: kowal2021title\n    field: url\n    decision: maybe\n",
     "'maybe' is not one of keep, accept, set", 4),
    ("fields:\n  kowal2021title:\n    titel: X\n", "unknown field 'titel' (did you mean 'title'?)", 3),
    ("sugpects: []\n", "unknown key 'sugpects' (did you mean 'suspects'?)", 1),
])
def test_decision_file_problems_name_the_line(tmp_path, yaml_text, msg, line):
    dec = tmp_path / "bibliography.yaml"
    dec.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(ContentError) as err:
        build_bibliography([], landing_refs=["Kowal A., Title one, Site, 4 VI 2021."],
                           decisions=dec)
    text = str(err.value)
    assert msg in text and f"bibliography.yaml:{line}:" in text


def test_a_stranded_fragment_can_only_be_kept(tmp_path):
    dec = tmp_path / "bibliography.yaml"
    refs = ["Kowal A., Title one, Site, 4 VI 2021."]
    fns = notes({}, {3: ["gone words, 5 V 2021 [accessed: 6 V 2021]: <https://x.org/"]})
    res = build_bibliography(fns, landing_refs=refs)
    assert [(s["key"], s["field"]) for s in res.suspects] == [("note-3", "fragment")]
    dec.write_text("suspects:\n  - key: note-3\n    field: fragment\n    decision: keep\n",
                   encoding="utf-8")
    fns = notes({}, {3: ["gone words, 5 V 2021 [accessed: 6 V 2021]: <https://x.org/"]})
    assert build_bibliography(fns, landing_refs=refs, decisions=dec).suspects == []
    dec.write_text("suspects:\n  - key: note-3\n    field: fragment\n    decision: set\n"
                   "    value: x\n", encoding="utf-8")
    with pytest.raises(ContentError, match="only 'decision: keep'"):
        build_bibliography(fns, landing_refs=refs, decisions=dec)
