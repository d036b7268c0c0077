"""The seed: the landing page's 42 works reconciled with the article's notes.

Run on hand-cleaned copies of the seed's notes (``seed_notes.tsv``, as the
repair stage hands them over) and, when the repair stage is there, on its
real output."""

import re

import pytest

from coursepack import model
from coursepack.bibliography import build_bibliography

from .fixtures import SEED, seed_notes, seed_refs


def _real_notes():
    try:
        from coursepack.repair import repair_article
    except ImportError:          # pragma: no cover - repair not there yet
        pytest.skip("repair stage not available")
    src = SEED / "source" / "000_d54a1e0693051c9d.txt"
    return repair_article(src.read_text(encoding="utf-8"), source=str(src)).footnotes


@pytest.fixture(scope="module", params=["fixture", "repaired"])
def seed(request):
    notes = seed_notes() if request.param == "fixture" else _real_notes()
    res = build_bibliography(notes, landing_refs=seed_refs(), style="journal")
    return notes, res


def by_list(res):
    return {e.list_number: e for e in res.entries if e.list_number}


def text(e):
    return model.plain_text(e.formatted)


def test_all_42_listed_works_are_there(seed):
    _, res = seed
    assert sorted(by_list(res)) == list(range(1, 43))
    assert all(e.origin == "list" for e in by_list(res).values())


# the listed works whose notes survive, with the note that gives the URL
URL_FROM_NOTE = {1: 4, 2: 28, 3: 5, 4: 13, 6: 32, 7: 23, 9: 14, 10: 12, 12: 42, 15: 18, 16: 20,
                 17: 22, 19: 15, 20: 16, 24: 25, 26: 10, 27: 27, 28: 10, 29: 26, 30: 36,
                 31: 9, 33: 33, 34: 31, 35: 37, 38: 3, 39: 2, 40: 11, 41: 17, 42: 35}


def test_urls_restored_from_the_notes_and_never_invented(seed):
    notes, res = seed
    entries = by_list(res)
    note_urls = {}
    for fn in notes:
        note_urls[fn.number] = [n.url for n in _walk(fn.inlines) if isinstance(n, model.Link)]
    for num, e in entries.items():
        if num in URL_FROM_NOTE:
            assert e.fields.get("url") in note_urls[URL_FROM_NOTE[num]], num
            assert num in e.cited_by or URL_FROM_NOTE[num] in e.cited_by
        else:
            # Blinken, Kucera's 'corridor' talks, Sukhova … : no note, no URL
            assert "url" not in e.fields, (num, e.fields.get("url"))
    every_url = {u for us in note_urls.values() for u in us}
    assert all(e.fields["url"] in every_url for e in res.entries if "url" in e.fields)


def _walk(nodes):
    for n in nodes:
        yield n
        if isinstance(n, (model.Cite, model.Emph)):
            yield from _walk(n.children)


def test_slips_the_notes_disprove_are_gone(seed):
    _, res = seed
    entries = by_list(res)
    for e in res.entries:
        assert "SIRPI" not in text(e)
        assert ",," not in text(e) and "V I " not in text(e)
    assert entries[38].fields["institution"] == "SIPRI"
    assert entries[39].fields["institution"] == "SIPRI"
    assert entries[14].fields["urldate"] == "2021-06-15"
    assert entries[36].fields["urldate"] == "2021-06-15"
    assert entries[24].fields["organization"] == "Kremlin"
    assert entries[40].fields["organization"] == "Mid.ru"
    assert entries[41].fields["organization"] == "Mid.ru"
    assert entries[18].fields["organization"] == "Eurasianet"     # from what is left of its URL
    assert "Eurasianet, 14 V 2021" in text(entries[12])


def test_every_correction_is_a_change_with_its_reason(seed):
    _, res = seed
    assert all(c.kind == "bibliography" and c.why for c in res.changes)
    rules = {(c.where.block, c.rule) for c in res.changes}
    for block, rule in [("ref-38", "acronym_from_url"), ("ref-39", "acronym_from_url"),
                        ("ref-14", "roman_month_space"), ("ref-36", "roman_month_space"),
                        ("ref-24", "restore_site"), ("ref-24", "stray_punctuation"),
                        ("ref-18", "site_from_url"), ("ref-12", "stray_punctuation"),
                        ("ref-1", "restore_url")]:
        assert (block, rule) in rules, (block, rule)
    sipri = [c for c in res.changes if c.rule == "acronym_from_url"]
    assert all("sipri.org" in c.why and c.after == "SIPRI" for c in sipri)
    n_urls = sum(1 for c in res.changes if c.rule == "restore_url")
    assert n_urls == len(URL_FROM_NOTE)


def test_suspects_listed_not_applied(seed):
    _, res = seed
    keyed = {(s["key"], s["field"]) for s in res.suspects}
    entries = by_list(res)
    k22 = entries[22].key
    assert (k22, "urldate") in keyed                    # accessed before published
    assert entries[22].fields["urldate"] == "2021-05-15"  # … and left as printed
    # … and not silently: the reader marks the date it cannot vouch for
    assert "4 VI 2021 [accessed: 15 V 2021 [sic]]" in text(entries[22])
    assert sum("[sic]" in text(e) for e in res.entries) == 1
    carnegie = {entries[4].key, entries[34].key}
    assert {k for k, f in keyed if f == "organization"} >= carnegie
    assert entries[4].fields["organization"] == "The Carnegie Moscow Center"
    assert entries[34].fields["organization"] == "Moscow Carnegie Center"
    lavrov = entries[14].key
    assert (lavrov, "url") in keyed and "url" not in entries[14].fields
    for s in res.suspects:
        assert set(s) == {"key", "field", "value", "reason", "suggestion"}


def test_works_cited_only_in_the_notes_are_added(seed):
    _, res = seed
    added = {(e.persons.get("author") or e.persons.get("editor"))[0].split(",")[0]
             for e in res.entries if e.origin == "notes"}
    assert added == {"De Waal", "Kolstø", "Broers", "German", "Sushentsov", "Abushov",
                     "Markedonov", "Pukhov", "Bordachov", "Franklin", "Truevtsev"}
    n_added = sum(1 for e in res.entries if e.origin == "notes")
    assert n_added == 13          # De Waal and Broers with two works each
    assert len(res.entries) == 55


def test_notes_and_entries_linked_both_ways(seed):
    notes, res = seed
    keys = {e.key for e in res.entries}
    by_key = {e.key: e for e in res.entries}
    for fn in notes:
        for c in (n for n in _walk(fn.inlines) if isinstance(n, model.Cite)):
            assert c.key in keys
            assert fn.number in by_key[c.key].cited_by
        for k in fn.cites:
            assert fn.number in by_key[k].cited_by
    for e in res.entries:
        for n in e.cited_by:
            assert e.key in next(fn for fn in notes if fn.number == n).cites
    nb = {fn.number: fn for fn in notes}
    # ibid. and a shortened repeat resolve to the earlier full note
    assert nb[21].cites == nb[20].cites and nb[24].cites == nb[23].cites
    assert nb[29].cites == nb[25].cites == nb[34].cites
    assert len(nb[6].cites) == 6 and len(nb[10].cites) == 2
    assert nb[19].cites == []
    # the text of a note is unchanged by the wrapping
    assert model.plain_text(nb[10].inlines).startswith("Putin nazval")


def test_keys_are_readable_and_unique(seed):
    _, res = seed
    keys = [e.key for e in res.entries]
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(r"[a-z0-9]+", k) for k in keys)
    entries = by_list(res)
    assert entries[1].key == "aliyev2018russias"
    assert entries[26].key != entries[27].key
    assert entries[26].key.startswith("putin2020nazval")


def test_sorted_for_printing(seed):
    _, res = seed
    sk = [e.sort_key for e in res.entries]
    assert sk == sorted(sk)
    order = [e.list_number for e in res.entries if e.list_number]
    # the Ministries file under M, the Turkish Defense Ministry under T
    assert order.index(20) < order.index(23) and order.index(34) < order.index(35)
