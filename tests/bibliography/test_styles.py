"""Both styles on entries of every type the seed has (expected strings
written by hand from the journal's list and the Chicago manual's patterns)."""

import pytest

from coursepack import model
from coursepack.bibliography import STYLES, format_citation
from coursepack.bibliography.bibtex import make_entry
from coursepack.bibliography.styles import format_entry

URL = "https://example.org/a_b%20c"

ENTRIES = {
    "article_dated": ("article", {"title": "Russia’s arms sales", "journal": "Eurasia Daily Monitor",
                                  "volume": "15", "number": "47", "date": "2018-03-28",
                                  "year": "2018", "urldate": "2021-05-15", "url": URL},
                      {"author": ["Aliyev, N."]}),
    "article_online": ("article", {"title": "Pust' polykhayet", "journal": "Republic",
                                   "howpublished": "online", "date": "2020-10-29", "year": "2020",
                                   "urldate": "2021-05-15"}, {"author": ["Frolov, V."]}),
    "article_year": ("article", {"title": "De facto states", "journal": "Communist Studies",
                                 "volume": "45", "number": "1–2", "pages": "141–151",
                                 "date": "2012", "year": "2012"},
                     {"author": ["Kolstø, Pål", "Blakkisrud, Helge"]}),
    "online": ("online", {"title": "Armenia and Azerbaijan suspend “corridor” talks",
                          "organization": "Eurasianet", "date": "2021-06-04", "year": "2021",
                          "urldate": "2021-06-05", "url": URL}, {"author": ["Kucera, J."]}),
    "online_org": ("online", {"title": "No: 217/21, Information", "organization":
                              "The Ministry of Foreign Affairs of Azerbaijan", "date": "2021-06-12",
                              "year": "2021", "urldate": "2021-06-13"},
                   {"author": ["{The Ministry of Foreign Affairs of Azerbaijan}"]}),
    "online_noauthor": ("online", {"title": "Nazvan glavnyy postavshchik", "organization":
                                   "RIA Novosti", "howpublished": "online", "date": "2020-10-24",
                                   "year": "2020", "urldate": "2021-05-15"}, {}),
    "book": ("book", {"title": "Armenia and Azerbaijan: Anatomy of a rivalry", "publisher":
                      "Edinburgh University Press", "address": "Edinburgh", "date": "2019",
                      "year": "2019"}, {"author": ["Broers, Laurence"]}),
    "book_edited": ("book", {"title": "Burya na Kavkaze", "publisher": "CAST",
                             "address": "Moscow", "date": "2021", "year": "2021"},
                    {"editor": ["Pukhov, R."]}),
    "report": ("report", {"title": "Trends in international arms transfers", "titleaddon": "2017",
                          "institution": "SIPRI", "series": "Fact Sheets", "date": "2018-03",
                          "year": "2018", "urldate": "2021-05-15", "url": URL},
               {"author": ["Wezeman, P.D.", "Fleurant, A."]}),
    "misc": ("misc", {"title": "Untitled statement", "date": "2021-06-04", "year": "2021",
                      "urldate": "2021-06-05"}, {}),
}

JOURNAL = {
    "article_dated": f"Aliyev N., Russia’s arms sales, “Eurasia Daily Monitor”, vol. 15, issue: 47, "
                     f"28 III 2018 [accessed: 15 V 2021]: <{URL}>.",
    "article_online": "Frolov V., Pust' polykhayet, “Republic” [online], 29 X 2020 "
                      "[accessed: 15 V 2021].",
    "article_year": "Kolstø P., Blakkisrud H., De facto states, “Communist Studies” 2012, "
                    "vol. 45, no. 1–2, pp. 141–151.",
    "online": f"Kucera J., Armenia and Azerbaijan suspend “corridor” talks, Eurasianet, 4 VI 2021 "
              f"[accessed: 5 VI 2021]: <{URL}>.",
    "online_org": "The Ministry of Foreign Affairs of Azerbaijan, No: 217/21, Information, "
                  "The Ministry of Foreign Affairs of Azerbaijan, 12 VI 2021 [accessed: 13 VI 2021].",
    "online_noauthor": "Nazvan glavnyy postavshchik, RIA Novosti [online], 24 X 2020 "
                       "[accessed: 15 V 2021].",
    "book": "Broers L., Armenia and Azerbaijan: Anatomy of a rivalry, Edinburgh University Press, "
            "Edinburgh 2019.",
    "book_edited": "Pukhov R. (ed.), Burya na Kavkaze, CAST, Moscow 2021.",
    "report": f"Wezeman P.D., Fleurant A., Trends in international arms transfers, SIPRI 2017, "
              f"(Fact Sheets, March 2018): <{URL}> [accessed: 15 V 2021].",
    "misc": "Untitled statement, 4 VI 2021 [accessed: 5 VI 2021].",
}

CHICAGO = {
    "article_dated": f"Aliyev, N. “Russia’s arms sales.” Eurasia Daily Monitor 15, no. 47 "
                     f"(March 28, 2018). Accessed May 15, 2021. {URL}.",
    "article_online": "Frolov, V. “Pust' polykhayet.” Republic [online] (October 29, 2020). "
                      "Accessed May 15, 2021.",
    "article_year": "Kolstø, Pål, and Helge Blakkisrud. “De facto states.” Communist Studies 45, "
                    "no. 1–2 (2012): 141–151.",
    "online": f"Kucera, J. “Armenia and Azerbaijan suspend ‘corridor’ talks.” Eurasianet, "
              f"June 4, 2021. Accessed June 5, 2021. {URL}.",
    "online_org": "The Ministry of Foreign Affairs of Azerbaijan. “No: 217/21, Information.” "
                  "June 12, 2021. Accessed June 13, 2021.",
    "online_noauthor": "“Nazvan glavnyy postavshchik.” RIA Novosti [online], October 24, 2020. "
                       "Accessed May 15, 2021.",
    "book": "Broers, Laurence. Armenia and Azerbaijan: Anatomy of a rivalry. Edinburgh: "
            "Edinburgh University Press, 2019.",
    "book_edited": "Pukhov, R., ed. Burya na Kavkaze. Moscow: CAST, 2021.",
    "report": f"Wezeman, P.D., and A. Fleurant. Trends in international arms transfers, 2017. "
              f"Fact Sheets. SIPRI, March 2018. Accessed May 15, 2021. {URL}.",
    "misc": "“Untitled statement.” June 4, 2021. Accessed June 5, 2021.",
}


def _fmt(name, style):
    etype, fields, persons = ENTRIES[name]
    return format_entry(make_entry(etype, fields, persons), style)


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_journal_style(name):
    assert model.plain_text(_fmt(name, "journal")) == JOURNAL[name]


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_chicago_style(name):
    assert model.plain_text(_fmt(name, "chicago")) == CHICAGO[name]


@pytest.mark.parametrize("style", sorted(STYLES))
def test_urls_are_links_and_titles_keep_their_case(style):
    nodes = _fmt("article_dated", style)
    links = [n for n in nodes if isinstance(n, model.Link)]
    assert [(n.url, n.text) for n in links] == [(URL, URL)]
    nodes = _fmt("online_noauthor", style)
    assert "Nazvan glavnyy postavshchik" in model.plain_text(nodes)


def test_chicago_italicises_journals_and_book_titles():
    emph = [model.plain_text(n.children) for n in _fmt("article_dated", "chicago")
            if isinstance(n, model.Emph)]
    assert emph == ["Eurasia Daily Monitor"]
    emph = [model.plain_text(n.children) for n in _fmt("book", "chicago")
            if isinstance(n, model.Emph)]
    assert emph == ["Armenia and Azerbaijan: Anatomy of a rivalry"]
    assert not any(isinstance(n, model.Emph) for n in _fmt("book", "journal"))


def test_format_citation_for_the_reading_itself():
    fields = {"title": "Russia’s approaches towards Armenia and Azerbaijan",
              "journal": "Sprawy Międzynarodowe", "volume": "74", "number": "4", "year": "2021"}
    out = model.plain_text(format_citation(fields, {"author": ["Kowalski, Jan"]}, "journal"))
    assert out == ("Kowalski J., Russia’s approaches towards Armenia and Azerbaijan, "
                   "“Sprawy Międzynarodowe” 2021, vol. 74, no. 4.")
    with pytest.raises(ValueError):
        format_citation(fields, {}, "apa")


def test_page_ranges_printed_with_an_en_dash_in_every_style():
    from coursepack.bibliography.bibtex import make_entry
    from coursepack.bibliography.styles import display_fields, format_entry
    from coursepack.model import BibEntry, plain_text
    e = BibEntry("k", "article", {"title": "T", "journal": "J", "volume": "3", "pages": "79 - 83",
                                  "year": "2001", "date": "2001"}, {"author": ["Lee, K."]})
    for style in ("chicago", "journal", "apa"):
        text = plain_text(format_entry(make_entry(e.type, display_fields(e, {}), e.persons), style))
        assert "79–83" in text, (style, text)
    assert e.fields["pages"] == "79 - 83"          # the entry keeps what the source typed


def test_edited_books_short_containers_and_descriptors_are_kept():
    from coursepack import model as _m
    from coursepack.bibliography import build_bibliography as _bb
    refs = [
        "Ames, Carol / Boyd, Dan (eds.) (2004): Ports Reborn: Old Docks and New Trades. "
        "Harbour series on Studies of Work, Leeds, Coast Press.",
        "Cole, Fay (ed.) (2002): Rivers in a Changing Economy. Hull, Delta Books.",
        "Dent, Gus (2002): New Boats, New Crews. In: Cole (ed.) (2002): 13-29.",
        "Eden, Hal (1999), Die Mühlen am Fluss, unveröffentlichte Diplomarbeit, vorgelegt am "
        "Fachbereich Geschichte der Universität Kiel, Kiel, 98 S.",
        "Fish, K. J. (2001, May). Rethinking river trade: A cost hypothesis. Paper presented at "
        "the Annual Meeting of the Northern Trade Association, Leeds, UK.",
    ]
    res = _bb([], landing_refs=refs, style="chicago")
    shown = {e.persons.get("author", e.persons.get("editor", ["?"]))[0].split(",")[0]:
             _m.plain_text(e.formatted) for e in res.entries}
    # the edited book keeps its editors first and is no chapter
    assert shown["Ames"].startswith("Ames, Carol, and Dan Boyd, eds. Ports Reborn")
    # the short container resolves to the listed book
    assert "In Rivers in a Changing Economy, edited by Fay Cole, 13–29" in shown["Dent"]
    # what the work is (a thesis, a paper given) is printed
    # (a block of its own opens with a capital; the page count after the year)
    assert "Unveröffentlichte Diplomarbeit, vorgelegt am Fachbereich Geschichte der Universität Kiel, " \
        "Kiel, 1999. 98 S." in shown["Eden"]
    # a paper given at a meeting: where, and when (the month the list gives)
    assert shown["Fish"].endswith("“Rethinking river trade: A cost hypothesis.” Paper presented at the Annual "
                                  "Meeting of the Northern Trade Association, Leeds, UK, May 2001.")


def test_a_books_edition_is_printed():
    from coursepack import model as _m
    from coursepack.bibliography.styles import format_entry
    from coursepack.bibliography.bibtex import make_entry
    for ed, shown in [("2", "2nd ed."), ("3rd", "3rd ed."), ("11", "11th ed.")]:
        e = make_entry("book", {"title": "Rivers", "year": "1999", "edition": ed, "address": "Leeds"},
                       {"author": ["Lund, Anna"]})
        assert shown in _m.plain_text(format_entry(e, "chicago"))
    e = make_entry("book", {"title": "Rivers", "year": "1999"}, {"author": ["Lund, Anna"]})
    assert " ed." not in _m.plain_text(format_entry(e, "chicago"))
