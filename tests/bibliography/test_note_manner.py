"""Footnotes that cite in full in another manner than the seed's ("Vorname
Name, Titel, Ort Jahr", German quotes, "Vgl." before the name, a web
address alone): the works they cite, as the printed bibliography gives
them."""

from __future__ import annotations

from coursepack import model
from coursepack.bibliography import build_bibliography
from coursepack.bibliography.cite import parse_citation
from coursepack.bibliography.notes import split_note

from .fixtures import notes

GERMAN = {
    1: "Vgl. Norman M. Naimark, Flammender Hass. Ethnische Säuberungen im 20. Jahrhundert, München 2004.",
    2: "Klaus J. Bade, Europa in Bewegung. Migration vom späten 18. Jahrhundert bis zur Gegenwart, "
       "München 2000.",
    3: "Zur spanischen Emigration siehe Patrice G. Poutrus, Zuflucht im Ausreiseland. Zur Geschichte "
       "des politischen Asyls in der DDR. In: Jahrbuch für Historische Kommunismusforschung 2004, "
       "Berlin 2004, S. 355–378.",
    4: "Vgl. Patrice G. Poutrus, Mit strengem Blick. Die so genannten „Polit. Emigranten“ in den "
       "Berichten des MfS. In: Jan C. Behrends/ Thomas Lindenberger/ Patrice G. Poutrus (Hg.), "
       "Fremde und Fremd-Sein in der DDR, Berlin 2003, S. 205–224.",
    5: "Vgl. Karin Hunn, Asymmetrische Beziehungen: Türkische „Gastarbeiter“ zwischen Heimat und "
       "Fremde. In: Archiv für Sozialgeschichte, 42 (2002), S. 145–172; Edith Pichler, Pioniere, "
       "Arbeitsmigranten, Rebellen: Italiener in Berlin. In: Archiv für Sozialgeschichte, 42 (2002), "
       "S. 257–274.",
    6: "Vgl. Helge Heidemeyer, Flucht und Zuwanderung aus der SBZ/ DDR 1945/49–1961, Düsseldorf 1994.",
    7: "Verfassung der Deutschen Demokratischen Republik, Berlin (Ost) 1976, S. 25.",
    8: "Vgl. Lutz Leisering, Paradigmen sozialer Gerechtigkeit: Normative Diskurse im Umbau des "
       "Sozialstaates, in: Stefan Liebig/Holger Lengfeld/Steffen Mau (Hrsg.), Verteilungsprobleme "
       "und Gerechtigkeit in modernen Gesellschaften, Frankfurt/M.-New York, S. 29 - 68.",
}


def _by_title(res, start):
    found = [e for e in res.entries if e.fields.get("title", "").startswith(start)]
    assert len(found) == 1, [e.fields.get("title") for e in res.entries]
    return found[0]


def test_place_and_year_of_a_german_note_are_place_and_year():
    res = build_bibliography(notes(GERMAN), landing_refs=None)
    e = _by_title(res, "Flammender Hass")
    assert e.fields.get("address") == "München" and "publisher" not in e.fields
    assert e.fields["year"] == "2004" and e.persons["author"] == ["Naimark, Norman M."]
    e = _by_title(res, "Verfassung der Deutschen")
    assert e.fields.get("address") == "Berlin (Ost)" and "publisher" not in e.fields


def test_a_chapter_whose_note_gives_no_year_is_a_work_without_one():
    res = build_bibliography(notes(GERMAN), landing_refs=None)
    e = _by_title(res, "Paradigmen sozialer Gerechtigkeit")
    assert e.persons["author"] == ["Leisering, Lutz"] and len(e.persons["editor"]) == 3
    assert e.fields["booktitle"].startswith("Verteilungsprobleme") and "year" not in e.fields
    assert e.cited_by == [8]


def test_works_of_one_author_stay_apart():
    res = build_bibliography(notes(GERMAN), landing_refs=None)
    assert _by_title(res, "Zuflucht im Ausreiseland").fields["year"] == "2004"
    assert _by_title(res, "Mit strengem Blick").fields["year"] == "2003"


def test_german_quotes_do_not_hide_the_next_work_of_a_note():
    res = build_bibliography(notes(GERMAN), landing_refs=None)
    assert _by_title(res, "Pioniere, Arbeitsmigranten").persons["author"] == ["Pichler, Edith"]
    assert _by_title(res, "Asymmetrische Beziehungen").fields["pages"] == "145–172"


def test_a_label_after_a_full_stop_leads_to_the_next_work():
    t = ("Vgl. Edith Pichler, Pioniere: Italiener in Berlin. In: Archiv für Sozialgeschichte, 42 "
         "(2002), S. 257–274. Gesamtdarstellungen: Jan Motte/ Rainer Ohliger/ Anne von Oswald (Hg.), "
         "50 Jahre Bundesrepublik – 50 Jahre Einwanderungsland, Frankfurt a. M. 2000.")
    res = build_bibliography(notes({**GERMAN, 9: t}), landing_refs=None)
    e = _by_title(res, "Pioniere")
    assert e.fields.get("journal") == "Archiv für Sozialgeschichte" and "editor" not in e.persons
    e = _by_title(res, "50 Jahre Bundesrepublik")
    assert e.persons["editor"] == ["Motte, Jan", "Ohliger, Rainer", "von Oswald, Anne"]
    assert e.fields["year"] == "2000" and e.cited_by == [9]


def test_ders_with_others_is_the_author_before_and_those_others():
    t = ("Vgl. Rainer Münz, Phasen und Formen der europäischen Migration. In: Steffen Angenendt (Hg.), "
         "Migration und Flucht, Bonn 1997, S. 34–48; ders./Rainer Ohliger, Privilegierte Migration. "
         "In: TAJB, 27 (1998), S. 401–444; ders./Wolfgang Seifert/Ralf Ulrich, Zuwanderung nach "
         "Deutschland. Strukturen, Wirkungen, Perspektiven, Frankfurt a. M. 1999.")
    res = build_bibliography(notes({**GERMAN, 9: t}), landing_refs=None)
    assert _by_title(res, "Privilegierte Migration").persons["author"] == ["Münz, Rainer", "Ohliger, Rainer"]
    assert _by_title(res, "Zuwanderung nach Deutschland").persons["author"] == [
        "Münz, Rainer", "Seifert, Wolfgang", "Ulrich, Ralf"]


def test_an_institution_as_editor_and_no_year_printed():
    t = ("Vgl. Berliner Institut für vergleichende Sozialforschung (Hg.), Weltflüchtlingsbericht. "
         "Ein Handbuch zu Fluchtursachen und Asyl, Berlin o.J.")
    res = build_bibliography(notes({**GERMAN, 9: t}), landing_refs=None)
    e = _by_title(res, "Weltflüchtlingsbericht")
    assert e.persons["editor"] == ["{Berliner Institut für vergleichende Sozialforschung}"]
    assert e.fields.get("address") == "Berlin" and "year" not in e.fields and e.cited_by == [9]


def test_dies_in_the_container_are_the_authors_as_editors():
    t = ("Elisabeth Bronfen/ Benjamin Marius, Hybride Kulturen. Einleitung. In: Dies./ Therese Steffen, "
         "Hybride Kulturen. Beiträge zur Multikulturalismusdebatte, Tübingen 1997, S. 1–29, hier S. 7.")
    res = build_bibliography(notes({**GERMAN, 9: t}), landing_refs=None)
    e = _by_title(res, "Hybride Kulturen. Einleitung")
    assert e.persons["editor"] == ["Bronfen, Elisabeth", "Marius, Benjamin", "Steffen, Therese"]
    assert e.fields.get("address") == "Tübingen"


def test_a_line_break_after_a_slash_leaves_no_space_in_the_title():
    res = build_bibliography(notes(GERMAN), landing_refs=None)
    assert "SBZ/DDR" in _by_title(res, "Flucht und Zuwanderung").fields["title"]


def test_vgl_leads_to_the_citation_and_is_not_part_of_it():
    t = "Vgl. Jost Maurin, Die DDR als Asylland. In: Zeitschrift für Geschichtswissenschaft, 51 (2003) 9."
    res = build_bibliography(notes({1: t}), landing_refs=None)
    assert [e.persons.get("author") for e in res.entries] == [["Maurin, Jost"]]


def test_a_web_address_a_note_points_to_is_a_citation():
    t = ("Das Projekt wurde vom Bundesministerium für Bildung und Forschung gefördert "
         "(vgl. www.equality-management.de).")
    res = build_bibliography(notes({1: t}), landing_refs=None)
    assert [e.fields.get("url") for e in res.entries] == ["www.equality-management.de"]
    assert res.entries[0].cited_by == [1]


def test_an_address_cited_twice_is_one_work_printed_whole():
    n = notes({1: "Das Projekt wurde gefördert (vgl. www.equality-management.de).",
               2: "Zum Recht vgl. www.gesis.org/cews/ informationsangebote/recht (Zugriff am 5. November 2013).",
               3: "Die Ergebnisse werden veröffentlicht (für weitere Informationen vgl. www.equality-management.de)."})
    res = build_bibliography(n, landing_refs=None)
    assert sorted((model.plain_text(e.formatted), e.cited_by) for e in res.entries) == [
        ("www.equality-management.de", [1, 3]),
        ("www.gesis.org/cews/informationsangebote/recht (Zugriff am 5. November 2013)", [2])]


def test_a_url_broken_after_a_slash_is_one_url():
    c = parse_citation("www.gesis.org/cews/ informationsangebote/gleichstellungsrecht "
                       "(Zugriff am 5. November 2013)")
    assert c.url == "www.gesis.org/cews/informationsangebote/gleichstellungsrecht"
    assert c.title == "" and c.urldate.year == 2013


def test_a_quote_that_never_closes_does_not_swallow_the_note():
    t = "Anna Roth, »Dörfer« und Märkte, Kassel 1987; Jan Ott, Häfen, Kiel 2001"
    assert [t[a:b] for a, b in split_note(t)] == ["Anna Roth, »Dörfer« und Märkte, Kassel 1987",
                                                   "Jan Ott, Häfen, Kiel 2001"]


def test_the_seed_manner_is_still_read_by_the_rules():
    t = ("P. D. Wezeman, A. Fleurant, Trends in arms transfers, SIPRI 2017, (Fact Sheets, "
         "March, 2018): <https://www.sipri.org/x.pdf> [accessed: 15 V 2021].")
    res = build_bibliography(notes({1: t}), landing_refs=None)
    e = res.entries[0]
    assert e.fields.get("institution") == "SIPRI" and e.fields.get("url") == "https://www.sipri.org/x.pdf"
    assert model.plain_text(e.formatted)


def test_a_chicago_short_note_and_its_ibid_reach_the_full_citation():
    n = notes({1: "John Smith, The Rivers of Europe (New York: Norton, 2001), 45.",
               2: "Anna Lee, “Lakes and Trade,” Journal of Economic History 12, no. 3 (1999): 201–230.",
               3: "Smith, Rivers of Europe, 50.",
               4: "Ibid., 52.",
               5: "Brown, Rivers of Europe, 7."})
    res = build_bibliography(n, landing_refs=None)
    assert _by_title(res, "The Rivers of Europe").cited_by == [1, 3, 4]
    assert _by_title(res, "Lakes and Trade").cited_by == [2]
