"""Properties over arbitrary input, and matching."""

import pytest
from hypothesis import given, settings, strategies as st

from coursepack import model
from coursepack.bibliography import wrap_cites
from coursepack.bibliography.cite import parse_citation
from coursepack.bibliography.notes import parse_note
from coursepack.bibliography.reconcile import match_score
from coursepack.bibliography.translit import fold

_pieces = st.sampled_from(["A. Bell", "Bell A.", ", ", "; ", ". ", "“", "”", "«", "»", "(", ")",
                           "[online]", "[accessed: 15 V 2021]", "<https://x.org/a>", "<>", "2 xi 2020",
                           "vol. 3", "no. 2", "pp. 1–9", "ed. R. Pukhov", "Ibid.", "…", ":",
                           "Title words", "Press", "London 2001", ",,", "15 V I 2021", " "])
_texts = st.lists(st.one_of(_pieces, st.text(max_size=8)), max_size=25).map("".join)


@settings(max_examples=150, deadline=None)
@given(_texts)
def test_parse_citation_never_fails(text):
    c = parse_citation(text)
    assert isinstance(c.title, str)
    if c.date:
        assert c.date.valid()


@settings(max_examples=150, deadline=None)
@given(_texts)
def test_note_spans_are_inside_and_in_order(text):
    hist = []
    cits = parse_note(1, text, hist)
    last = 0
    for c in cits:
        assert 0 <= c.start <= c.end <= len(text)
        assert c.start >= last
        last = c.end


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.text(min_size=1, max_size=10).map(model.Text),
                          st.just(model.Link("https://x.org", "https://x.org")),
                          st.just(model.Emph([model.Text("it")]))), max_size=8),
       st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), max_size=4))
def test_wrapping_keeps_the_text_and_links(nodes, raw_spans):
    total = len(model.plain_text(nodes))
    spans, pos = [], 0
    for i, (gap, length) in enumerate(raw_spans):
        start = pos + gap
        end = min(start + length, total)
        if start >= end:
            break
        spans.append((start, end, f"k{i}"))
        pos = end
    out = wrap_cites(nodes, spans)
    assert model.plain_text(out) == model.plain_text(nodes)
    flat = [n for n in _walk(out) if isinstance(n, model.Link)]
    assert len(flat) == sum(isinstance(n, model.Link) for n in nodes)
    cites = [n for n in out if isinstance(n, model.Cite)]
    assert all(c.children for c in cites)


def _walk(nodes):
    for n in nodes:
        yield n
        if isinstance(n, (model.Cite, model.Emph)):
            yield from _walk(n.children)


def test_wrapping_is_undone_on_a_rebuild():
    from coursepack.bibliography import build_bibliography
    from .fixtures import notes
    fns = notes({1: "J. Nowak, Rzeki, “Geo”, 2 V 2019 [accessed: 3 V 2019]: <https://pw.pl/a>."})
    refs = ["Nowak J., Rzeki, “Geo”, 2 V 2019 [accessed: 3 V 2019]: <>."]
    build_bibliography(fns, landing_refs=refs)
    first = model.to_json(fns[0].inlines)
    build_bibliography(fns, landing_refs=refs)
    assert model.to_json(fns[0].inlines) == first
    assert [n.type for n in fns[0].inlines] == ["cite", "text"]


@pytest.mark.parametrize("a,b", [
    ("Kuznetsova E., Vodnyye resursy Tsentral'noy Azii, “Vestnik”, 2 X 2017.",
     "E. Kuzniecowa, Wodnyje riesursy Centralnoj Azii, “Wiestnik”, 2 x 2017."),
    ("Shevchenko O., Energetychna bezpeka Ukrainy, Dzerkalo, 3 IX 2019.",
     "O. Szewczenko, Enerhetyczna bezpeka Ukrajiny, Dzerkało, 3 IX 2019."),
    ("Frolov V., Pust' polykhayet. Kak izmenilas' politika Rossii, “Republic”, 29 X 2020.",
     "V. Frolov, Pust’ polykhayet. Kak izmenilas’ politika Rossii, “Republic”, 29 x 2020."),
    ("Baumov A., Why Russia is biding its time on Nagorno-Karabakh, Center, 9 X 2020.",
     "A. Baumov, Why Russia Is Biding Its Time on Nagorno-Karabakh, the Center, 9 x 2020."),
])
def test_same_work_matches_across_transliterations(a, b):
    assert match_score(parse_citation(a), parse_citation(b)) >= 82


@pytest.mark.parametrize("a,b", [
    # same title, other year and authors: another edition of a fact sheet
    ("Wezeman P.D., Kuimova A., Trends in international arms transfers, SIPRI 2020, "
     "(Fact Sheets, March 2021).",
     "P. D. Wezeman, A. Fleurant, Trends in international arms transfers, SIPRI 2017, "
     "(Fact Sheets, March, 2018)."),
    ("Putin nazval ochen' chuvstvitel'noy situatsiyu, TASS, 24 VII 2020.",
     "Putin nazval usloviye uregulirovaniya situatsii, RIA Novosti, 29 X 2020."),
    ("Kucera J., Armenia and Azerbaijan in new border crisis, Eurasianet, 14 V 2021.",
     "J. Kucera, Armenia and Azerbaijan suspend “corridor” talks, Eurasianet, 4 VI 2021."),
])
def test_different_works_do_not_match(a, b):
    assert match_score(parse_citation(a), parse_citation(b)) < 82


def test_fold_is_stable():
    assert fold(fold("Azerbaydzhan")) == fold("Azerbaydzhan")


def test_another_year_is_another_work_but_flagged():
    from coursepack.bibliography import build_bibliography
    from .fixtures import notes
    refs = ["Lee-Smith D., Dams and diplomacy, “Central Asian Survey” 2016, vol. 35, no. 3, "
            "pp. 1–20."]
    fns = notes({4: "D. Lee-Smith, Dams and diplomacy, “Central Asian Survey” 2018, vol. 37, "
                    "no. 1, pp. 5–25."})
    res = build_bibliography(fns, landing_refs=refs)
    assert [(e.origin, e.fields["year"]) for e in res.entries] == [("list", "2016"),
                                                                   ("notes", "2018")]
    added = res.entries[1]
    assert [(s["key"], s["field"]) for s in res.suspects] == [(added.key, "date")]
    assert "entry 1" in res.suspects[0]["reason"]
    assert res.entries[0].fields["volume"] == "35"      # the listed work is left alone


def test_without_a_landing_page_the_notes_make_the_bibliography():
    from coursepack.bibliography import build_bibliography
    from .fixtures import notes
    fns = notes({1: "J. Nowak, Rzeki, “Geo” 2001, vol. 3, pp. 1–9.", 2: "Ibid.",
                 3: "France and Spain."})
    res = build_bibliography(fns, landing_refs=None)
    assert [(e.key, e.origin, e.cited_by, e.list_number) for e in res.entries] == [
        ("nowak2001rzeki", "notes", [1, 2], None)]
    assert res.changes == [] and res.suspects == []
    assert build_bibliography([], landing_refs=None).entries == []
