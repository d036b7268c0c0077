"""Reading citations and notes."""

import pytest

from coursepack.bibliography.cite import parse_citation, parse_person
from coursepack.bibliography.dates import PDate, find_date
from coursepack.bibliography.notes import parse_note


def test_list_manner_article():
    c = parse_citation("Aliyev N., Russia’s arms sales: A foreign policy tool, “Eurasia Daily "
                       "Monitor”, vol. 15, issue: 47, 28 III 2018 [accessed: 15 V 2021]: <>.")
    assert [str(a) for a in c.authors] == ["Aliyev, N."]
    assert c.title == "Russia’s arms sales: A foreign policy tool"
    assert c.container == "Eurasia Daily Monitor" and c.periodical
    assert (c.volume, c.number, c.number_label) == ("15", "47", "issue")
    assert c.date == PDate(2018, 3, 28) and c.urldate == PDate(2021, 5, 15)
    assert c.url == "" and c.type == "article"


def test_note_manner_with_url_and_online():
    c = parse_citation("T. Bordachov, Rossiya pobedila v Karabakhe siloy i empatiyey, “Vzglyad” "
                       "[online], 27 ix 2021 [accessed: 17 x 2021]: <https://vz.ru/x/1.html>.")
    assert c.authors[0].last == "Bordachov" and c.authors[0].first == "T."
    assert c.online and c.url == "https://vz.ru/x/1.html"
    assert c.date == PDate(2021, 9, 27) and c.urldate == PDate(2021, 10, 17)


def test_title_with_commas_and_site():
    c = parse_citation("Zayavleniye Prezidenta Respubliki, Prem'yer-ministra Armenii, Kremlin, "
                       "10 XI 2020 [accessed: 15 V 2021]: <>.")
    assert c.authors == []
    assert c.title == "Zayavleniye Prezidenta Respubliki, Prem'yer-ministra Armenii"
    assert c.container == "Kremlin" and c.type == "online"


def test_organisation_as_author():
    c = parse_citation("The Ministry of Foreign Affairs of Armenia, Letter to the President, "
                       "The Ministry of Foreign Affairs of Armenia, 31 X 2020.")
    assert c.authors[0].org and c.authors[0].last == "The Ministry of Foreign Affairs of Armenia"
    assert c.title == "Letter to the President"
    assert c.container == "The Ministry of Foreign Affairs of Armenia"


def test_doubled_comma_marks_the_missing_site():
    c = parse_citation("Otvety na voprosy SMI po situatsii,, 17 X 2020 [accessed: 15 V 2021]: <>.")
    assert c.missing_container and c.container == ""
    assert c.title == "Otvety na voprosy SMI po situatsii"
    assert any(s.why == "doubled comma" for s in c.slips)


def test_roman_month_with_a_space_is_mended_and_recorded():
    c = parse_citation("Lavrov obsudil, TASS [online], 13 V 2021 [accessed: 15 V I 2021]: <>.")
    assert c.urldate == PDate(2021, 6, 15)
    assert [s.field for s in c.slips] == ["urldate"]
    # a bare 'V I' that would not make a month is not read as a date
    assert find_date("15 X I X 2021", year_only=False) is None


def test_book_with_editor_and_publisher():
    c = parse_citation("Burya na Kavkaze, ed. R. Pukhov, CAST, Moscow 2021", full_names=True)
    assert c.authors == [] and [e.last for e in c.editors] == ["Pukhov"]
    assert (c.title, c.publisher, c.address, c.date) == ("Burya na Kavkaze", "CAST", "Moscow",
                                                          PDate(2021))
    assert c.type == "book"


def test_report_with_series_in_parentheses():
    c = parse_citation("Wezeman P.D., Fleurant A., Trends in arms transfers, SIRPI 2017, "
                       "(Fact Sheets, March 2018): <> [accessed: 15 V 2021].")
    assert (c.publisher, c.titleaddon, c.series) == ("SIRPI", "2017", "Fact Sheets")
    assert c.date == PDate(2018, 3) and c.type == "report"


def test_journal_with_year_and_pages_and_guillemets_title():
    c = parse_citation("Sukhova S., «Amerikantsy umeyut, — vospityvat'», \"Ogonok\" 2020, "
                       "vol. 37, p. 8.")
    assert c.title == "«Amerikantsy umeyut, — vospityvat'»"
    assert c.container == "Ogonok" and c.periodical and c.date == PDate(2020)
    assert (c.volume, c.pages) == ("37", "8")
    assert any("straight quotes" in s.why for s in c.slips)


@pytest.mark.parametrize("text,full,last,first", [
    ("P. D. Wezeman", False, "Wezeman", "P. D."),
    ("Wezeman P.D.", False, "Wezeman", "P.D."),
    ("Th. De Waal", False, "De Waal", "Th."),
    ("De Waal Th.", False, "De Waal", "Th."),
    ("K.Truevtsev", False, "Truevtsev", "K."),
    ("Pål Kolstø", True, "Kolstø", "Pål"),
    ("Ludwig van Beethoven", True, "van Beethoven", "Ludwig"),
])
def test_person_forms(text, full, last, first):
    n = parse_person(text, full=full)
    assert (n.last, n.first) == (last, first)


@pytest.mark.parametrize("text", ["Black and White", "Putin nazval usloviye", "The Caucasus",
                                  "No: 217/21"])
def test_not_persons(text):
    assert parse_person(text, full=True) is None


def test_several_works_in_one_note_with_carried_author_and_commentary():
    hist = []
    cits = parse_note(6, "For instance, works of Thomas De Waal: Black Garden, New York "
                         "University Press, New York 2013; A broken region, “Europe–Asia "
                         "Studies” 2012, vol. 64, no. 9, pp. 1709–1723; an article of Pål "
                         "Kolstø and Helge Blakkisrud, De facto states, “Communist Studies” "
                         "2012, vol. 45; Tracey German, The conflict, “Journal of Affairs” "
                         "2012, vol. 32, issue 2, pp. 216–229.", hist)
    got = [([a.last for a in c.authors], c.title, c.type) for c in cits]
    assert got == [
        (["De Waal"], "Black Garden", "book"),
        (["De Waal"], "A broken region", "article"),
        (["Kolstø", "Blakkisrud"], "De facto states", "article"),
        (["German"], "The conflict", "article"),
    ]
    assert len(hist) == 4


def test_commentary_is_not_a_citation_and_see_also_starts_one():
    text = ("Led by Russia, Turkey and Iran, the format serves as a forum. For more information "
            "see also: M. Franklin, Astana format meets, “Foreign Brief” [online], 16 ii 2021 "
            "[accessed: 14 xi 2021]: <https://x.org/a>; K.Truevtsev, Astana format. What has "
            "been done, Valdai Discussion Club, 11 vii 2019 [accessed: 14 xi 2021]: "
            "<https://valdaiclub.com/a>.")
    cits = parse_note(30, text)
    assert [c.authors[0].last for c in cits] == ["Franklin", "Truevtsev"]
    assert cits[1].title == "Astana format. What has been done"
    assert text[cits[0].start:].startswith("M. Franklin")
    assert parse_note(19, "France, the Russian Federation and the United States.") == []


def test_two_works_separated_by_a_full_stop():
    cits = parse_note(7, "an article of Kavus Abushov Russian foreign policy towards the "
                         "conflict, “East European Politics” 2012, vol. 35, issue 1, pp.72–92. "
                         "S. Markedonov, Rossiya v protsesse, MGIMO, 2019: <https://mgimo.ru/a.pdf> "
                         "[accessed: 15 x 2021].")
    assert [(c.authors[0].last, c.title) for c in cits] == [
        ("Abushov", "Russian foreign policy towards the conflict"),
        ("Markedonov", "Rossiya v protsesse")]
    assert cits[0].slips and "comma missing" in cits[0].slips[0].why
    assert cits[1].container == "MGIMO" and cits[1].url == "https://mgimo.ru/a.pdf"


def test_ibid_and_short_title_point_back():
    hist = []
    full = parse_note(25, "Otvety na voprosy SMI po situatsii v Nagornom Karabakhe, Kremlin, "
                          "17 x 2020 [accessed: 15 v 2021]: <http://kremlin.ru/e/64431>.", hist)
    other = parse_note(26, "J. Libaridian, Why negotiations failed, “Mirror” [online], 2 xi 2020.",
                       hist)
    ibid = parse_note(27, "Ibid.", hist)
    short = parse_note(28, "Otvety na voprosy smi po situatsii v Nagornom Karabakhe…", hist)
    short2 = parse_note(29, "J. Libaridian, Why negotiations…, p. 4.", hist)
    assert ibid[0].kind == "ibid" and ibid[0].ref is other[0]
    assert short[0].kind == "short" and short[0].ref is full[0]
    assert short2[0].kind == "short" and short2[0].ref is other[0]
    # ibid. after a short form means the work the short form stands for
    assert parse_note(30, "Ibidem, p. 5.", hist)[0].ref is other[0]


def test_unknown_short_title_is_not_forced():
    hist = []
    parse_note(1, "A. Bell, Rivers of Europe, “Geo” 2001, vol. 1.", hist)
    assert parse_note(2, "Something else entirely…", hist) == []


@pytest.mark.parametrize("text,publisher", [
    ("Müller K., Wasserkonflikte, Nomos, Baden-Baden 2015.", "Nomos"),
    ("Kowal A., Rzeki, Nowa Era, Warszawa 2010.", "Nowa Era"),
    ("Smith J., Volumes, Verso, London 2001.", "Verso"),
])
def test_publisher_names_are_not_volume_or_issue(text, publisher):
    c = parse_citation(text)
    assert (c.publisher, c.volume, c.number) == (publisher, "", "")


def test_ibid_with_a_bare_page_and_op_cit_reach_the_work_meant():
    from coursepack.bibliography.notes import parse_note
    h = []
    first = parse_note(1, "J. Smith, A Book on Rivers, London 2001, p. 3.", h)[0]
    parse_note(2, "K. Lee, Another Book on Lakes, Oxford 2003.", h)
    ibid = parse_note(3, "Ibid., 45.", h)
    assert [c.kind for c in ibid] == ["ibid"] and ibid[0].ref.title == "Another Book on Lakes"
    op = parse_note(4, "Smith, op. cit., p. 12.", h)
    assert [c.kind for c in op] == ["short"] and op[0].ref is first
    assert parse_note(5, "Brown, op. cit., p. 2.", h) == []
