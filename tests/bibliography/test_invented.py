"""A second reading, invented: water and energy in Central Asia, with
Uzbek, Russian and Ukrainian titles (the notes transliterate some of them
the Polish way), German books, and slips of its own in the list."""

from coursepack import model
from coursepack.bibliography import build_bibliography

from .fixtures import notes

REFS = [
    "Bekmuratov A., Suv va siyosat: Amudaryo havzasi, “Markaziy Osiyo Sharhi”, vol. 4, "
    "issue: 2, 12 III 2019 [accessed: 3 V 2020]: <>.",
    "Annual report 2019, IFSA [online], 20 II 2020 [accessed: 1 X 2020]: <>.",
    "Rogun bo'yicha muzokaralar,, 5 XI 2018 [accessed: 1 X 2020]: <>.",
    "Kuznetsova E., Vodnyye resursy Tsentral'noy Azii, “Vestnik MGU”, vol. 12, issue: 4, "
    "2 X 2017 [accessed: 1 X 2020]: <>.",
    "Müller K., Wasserkonflikte in Zentralasien, Nomos, Baden-Baden 2015.",
    "Lee-Smith D., Dams and diplomacy, “Central Asian Survey” 2016, vol. 35, no. 3, pp. 1–20.",
    "Shevchenko O., Energetychna bezpeka Ukrainy, Dzerkalo Tyzhnia, 3 I X 2019 "
    "[accessed: 1 X 2020]: <>.",
    "Karimova D., Hydropower deal signed, 14 II 2021 [accessed: 1 III 2021]: <>.",
    "Jones P., Glacier melt, BBC News [online], 10 VII 2021 [accessed: 2 VII 2021]: <>.",
    "Nazarov B., Water talks resume, Tashkent Times, 2 III 2021 [accessed: 5 III 2021]: <>.",
]

NOTES = {
    1: "For example, works of Klaus Müller: Wasserkonflikte in Zentralasien, Nomos, "
       "Baden-Baden 2015; Energie und Macht, Springer, Berlin 2018.",
    2: "Ibid.",
    3: "A. Bekmuratov, Suv va siyosat: Amudaryo havzasi, “Markaziy Osiyo Sharhi”, vol. 4, "
       "issue 2, 12 III 2019 [accessed: 3 V 2020]: <https://mos.uz/2019/2/suv>.",
    4: "Annual report 2019, IFAS [online], 20 II 2020 [accessed: 1 X 2020]: "
       "<https://ifas.uz/en/report2019>; Rogun bo'yicha muzokaralar, Gazeta.uz, 5 XI 2018 "
       "[accessed: 1 X 2020]: <https://gazeta.uz/oz/2018/11/05/rogun/>.",
    5: "E. Kuzniecowa, Wodnyje riesursy Centralnoj Azii, “Wiestnik MGU”, vol. 12, issue 4, "
       "2 X 2017 [accessed: 1 X 2020]: <https://vestnik.msu.ru/12/4/kuz>.",
    6: "Rogun bo'yicha muzokaralar…",
    7: "O. Szewczenko, Enerhetyczna bezpeka Ukrajiny, Dzerkało Tyżnia, 3 IX 2019 "
       "[accessed: 1 X 2020]: <https://zn.ua/energy/1.html>.",
    8: "B. Nazarov, Water talks resume, Tashkent Times, 2 III 2021 [accessed: 5 III 2021]: "
       "<https://tashkenttimes.uz/national/123>.",
    10: "P. Jones, Glacier melt, BBC News [online], 10 VII 2021 [accessed: 2 VII 2021]: "
        "<https://bbc.com/news/glacier>.",
    11: "K. Müller, Wasserkonflikte…, p. 45.",
}
FRAGMENTS = {9: ["deal signed, 14 II 2021 [accessed: 1 III 2021]: <https://tashkenttimes.uz/"]}


def _run(style="journal"):
    fns = notes(NOTES, FRAGMENTS)
    return fns, build_bibliography(fns, landing_refs=REFS, style=style)


def test_reconciled():
    fns, res = _run()
    e = {x.list_number: x for x in res.entries if x.list_number}
    assert sorted(e) == list(range(1, 11))
    # URLs from the notes, matched across transliterations
    assert e[1].fields["url"] == "https://mos.uz/2019/2/suv" and e[1].cited_by == [3]
    assert e[4].fields["url"] == "https://vestnik.msu.ru/12/4/kuz" and e[4].cited_by == [5]
    assert e[7].fields["url"] == "https://zn.ua/energy/1.html" and e[7].cited_by == [7]
    # the list's own spelling stays (the notes only bring evidence)
    assert e[4].fields["title"] == "Vodnyye resursy Tsentral'noy Azii"
    # slips mended
    assert e[2].fields["organization"] == "IFAS"               # its URL: ifas.uz
    assert e[3].fields["organization"] == "Gazeta.uz" and e[3].cited_by == [4, 6]
    assert e[7].fields["date"] == "2019-09-03"                 # '3 I X 2019'
    assert e[8].fields["organization"] == "Tashkent Times"     # from the fragment's domain
    assert e[8].cited_by == [9] and "url" not in e[8].fields   # never a guessed URL
    # a page cited in a note is not the book's extent; short form resolved
    assert "pages" not in e[5].fields and e[5].cited_by == [1, 11]
    # no note, no URL
    assert "url" not in e[6].fields and e[6].cited_by == []


def test_changes_and_suspects():
    _, res = _run()
    e = {x.list_number: x for x in res.entries if x.list_number}
    rules = {(c.where.block, c.rule) for c in res.changes}
    assert {("ref-2", "acronym_from_url"), ("ref-3", "restore_site"),
            ("ref-3", "stray_punctuation"), ("ref-7", "roman_month_space"),
            ("ref-8", "site_from_url"), ("ref-1", "restore_url")} <= rules
    acr = next(c for c in res.changes if c.rule == "acronym_from_url")
    assert (acr.before, acr.after) == ("IFSA", "IFAS") and "ifas.uz" in acr.why
    sus = {(s["key"], s["field"]) for s in res.suspects}
    assert (e[9].key, "urldate") in sus and e[9].fields["urldate"] == "2021-07-02"
    assert (e[8].key, "url") in sus
    assert all(c.why for c in res.changes)


def test_added_from_notes_and_ibid():
    fns, res = _run()
    added = [x for x in res.entries if x.origin == "notes"]
    assert [(x.persons["author"], x.fields["title"], x.type) for x in added] == [
        (["Müller, Klaus"], "Energie und Macht", "book")]
    assert added[0].cited_by == [1, 2]          # 'Ibid.' in note 2: the last work of note 1
    nb = {f.number: f for f in fns}
    assert nb[2].cites == [added[0].key]
    assert nb[11].cites == [next(x.key for x in res.entries if x.list_number == 5)]


def test_chicago_rendering_of_the_invented_list():
    _, res = _run("chicago")
    out = {x.list_number: model.plain_text(x.formatted) for x in res.entries if x.list_number}
    assert out[5] == "Müller, K. Wasserkonflikte in Zentralasien. Baden-Baden: Nomos, 2015."
    assert out[2] == ("“Annual report 2019.” IFAS [online], February 20, 2020. Accessed "
                      "October 1, 2020. https://ifas.uz/en/report2019.")
    # printed order: by author, works without author by title ('The' ignored)
    keys = [x.sort_key for x in res.entries]
    assert keys == sorted(keys)
