"""How entries are printed (JUDGE11-reader): a book read from a note prints
as a book with its edition and place; an undated work says so as its
source does; a note's locator is no part of a title; the pages, a
dissertation, a series, a work in parts and an original year print as
the entry gives them; pages of the web cited by their address alone
follow the works instead of heading the list.  Each through
``build_bibliography`` (notes or a reference list in, printed entries
out), with works of our own making in the corpus's manners."""

from __future__ import annotations

import re

from coursepack import model
from coursepack.bibliography import build_bibliography
from coursepack.bibliography.mend import editors_surname_first


def _notes(*texts: str) -> list[model.Footnote]:
    return [model.Footnote(i, [model.Text(t)]) for i, t in enumerate(texts, start=1)]


def _printed(res) -> list[str]:
    return [model.plain_text(e.formatted) for e in res.entries]


def _emph(e: model.BibEntry) -> list[str]:
    return [model.plain_text(n.children) for n in e.formatted if isinstance(n, model.Emph)]


def _one(res, word: str) -> model.BibEntry:
    found = [e for e in res.entries if word in model.plain_text(e.formatted)]
    assert len(found) == 1, _printed(res)
    return found[0]


def test_a_book_with_its_edition_and_place_prints_as_a_book():
    res = build_bibliography(_notes(
        "Vgl. Otto Lenz, Mühlen am Bach. Eine Geschichte der Wasserkraft, Jena 1990; ders., "
        "Wasserrecht. Eine Sammlung mit Erläuterungen, 4. Auflage Bad Kissingen 1996.",
        "Vgl. Anna Roth, Dörfer und Märkte. Eine Sozialgeschichte. 3. überarb. und erw. Auflage "
        "Kassel 2001.",
        "Vgl. Paul Esch, Der Hafen, Bremen 2001, S. 5."), landing_refs=None, lang="de")
    recht = _one(res, "Wasserrecht")
    text = model.plain_text(recht.formatted)
    assert _emph(recht) == ["Wasserrecht. Eine Sammlung mit Erläuterungen"]   # italic, no quotes
    assert "„" not in text and "4. Aufl" in text and "Bad Kissingen, 1996" in text
    roth = _one(res, "Dörfer")
    text = model.plain_text(roth.formatted)
    assert _emph(roth) == ["Dörfer und Märkte. Eine Sozialgeschichte"]
    assert "3. überarb. und erw. Auflage" in text and "Kassel, 2001" in text
    assert roth.fields["address"] == "Kassel"


def test_an_undated_work_prints_the_mark_its_note_gives():
    res = build_bibliography(_notes(
        "Vgl. Institut für Wasserbau (Hg.), Flussbericht. Ein Handbuch zu Deichen und Auen, Kiel o.J.",
        "Vgl. Paul Esch, Der Hafen, Bremen 2001."), landing_refs=None, lang="de")
    e = _one(res, "Flussbericht")
    assert model.plain_text(e.formatted).endswith("Kiel, o.J.")
    assert not e.fields.get("year")         # no year is made up


def test_a_locator_of_the_note_is_no_part_of_the_title():
    res = build_bibliography(_notes(
        "Verfassung des Freistaates Thüringen, Art. 12, Abs. 3, Erfurt 1993, S. 4.",
        "Vgl. Paul Esch, Der Hafen, Bremen 2001."), landing_refs=None, lang="de")
    e = _one(res, "Verfassung")
    assert e.fields["title"] == "Verfassung des Freistaates Thüringen"
    assert "Art. 12" not in model.plain_text(e.formatted)


def test_a_place_with_a_slash_stays_in_the_title_and_an_abbreviation_keeps_its_point():
    res = build_bibliography(_notes(
        "Vgl. Jonas Weber (Hg.), Häfen im Wandel. Vorträge auf der Tagung in Halle/ Saale am "
        "3. Mai 2001, Kiel 2002.",
        "Anna Roth, Eine Theorie der Märkte, Frankfurt/M. 1975, S. 125."), landing_refs=None,
        lang="de")
    e = _one(res, "Häfen")
    assert e.type == "book" and "booktitle" not in e.fields
    assert e.fields["title"].endswith("Halle/Saale am 3. Mai 2001")
    assert model.plain_text(e.formatted).startswith("Weber, Jonas, Hrsg. Häfen im Wandel.")
    roth = _one(res, "Theorie der Märkte")
    assert "Frankfurt/M., 1975" in model.plain_text(roth.formatted)


LIST = [
    "Brem, Karl (1942), Die Mühlen in Estland. Ein Beitrag zur Landeskunde, Diss., Berlin.",
    "Lenz, Otto (1940a), »Die Kreise am Fluss«, Neues Land, Jg. 32, S. 320ff.",
    "Lenz, Otto (1999), Wasser und Stadt. Eine Geschichte (=Beiträge zur Geschichte der Technik, "
    "Bd. 8), Münster u.a.",
    "Ott, Lena/Roth, Anna (1987), Die Liebe zum Fluss, Teil II: Der Weg nach Norden "
    "(=Arbeiten zur Landschaftsplanung, Bd. 9), München.",
    "Esch, Paul (1984 [1893]), Die Arbeitsteilung, Tübingen: Mohr.",
]


def test_list_entries_print_what_the_entry_says():
    res = build_bibliography([], landing_refs=LIST, lang="de")
    brem = model.plain_text(_one(res, "Estland").formatted)
    assert "Diss., Berlin, 1942" in brem
    assert model.plain_text(_one(res, "Kreise am Fluss").formatted).rstrip(".").endswith("320ff")
    wasser = _one(res, "Wasser und Stadt")
    assert wasser.type == "book" and _emph(wasser)[0].startswith("Wasser und Stadt")
    # the series' number with the list's own word for it ("Bd. 8", not "8")
    assert "Beiträge zur Geschichte der Technik, Bd. 8" in model.plain_text(wasser.formatted)
    liebe = _one(res, "Norden")
    assert liebe.type == "book" and "journal" not in liebe.fields
    (title,) = _emph(liebe)         # the main title first, the part, the volume's own title
    assert title == "Die Liebe zum Fluss, Teil II: Der Weg nach Norden"     # "Teil" as written, no "Bd."
    assert re.search(r"\. Arbeiten zur Landschaftsplanung(?:, Bd\.)? 9\. München, 1987\.$",
                     model.plain_text(liebe.formatted))
    assert "Tübingen: Mohr, 1984 [1893]" in model.plain_text(_one(res, "Arbeitsteilung").formatted)


def test_addresses_alone_follow_the_works_in_the_order_of_their_sites():
    res = build_bibliography(_notes(
        "Vgl. www.zoo-berlin.de/tiere (Zugriff am 4. Mai 2013).",
        "Vgl. Otto Lenz, Die Mühle am Bach, Jena 1990.",
        "Das Projekt wurde gefördert (vgl. www.auen.de).",
        "Vgl. Anna Roth, Dörfer und Märkte, Kassel 1987."), landing_refs=None, lang="de")
    shown = _printed(res)
    assert [s.split(",")[0] for s in shown] == [
        "Lenz", "Roth", "www.auen.de", "www.zoo-berlin.de/tiere (Zugriff am 4. Mai 2013)"]


SURNAME_FIRST = [
    "ADLER Karin, 1995, Werkstatt und Markt, Paris, Seuil.",
    "BRAUN Peter, 1998, Die Gruppe im Werk, Hamburg, VSA.",
    "IG CHEMIE, 1981, \"Schichtarbeit und Tarifpolitik\", Gewerkschaftliche Hefte, n°2: 20-31.",
    "KOCH Sabine, 1994, \" 'Das Band läuft' – Erfahrungen am Fließband\", in Koch Sabine, Weller Ralf, "
    "Arbeit im Wandel, Frankfurt/Main, Campus.",
    "LANG Otto, 1980, Arbeit in der Halle, Schriftenreihe \"Arbeit und Technik\" Band 4, Frankfurt am "
    "Main, Campus-Verlag.",
    "MEIER Anne, 1998, La ligne et l'atelier, Thèse de doctorat sous la direction de Jean Roux, "
    "Université de Lille, Janvier 1998.",
]


def test_names_as_a_surname_first_list_writes_them():
    res = build_bibliography([], landing_refs=SURNAME_FIRST, lang="en")
    chemie = _one(res, "Schichtarbeit")
    assert chemie.persons["author"] == ["{IG CHEMIE}"]          # an organisation, whole
    assert model.plain_text(chemie.formatted).startswith("IG CHEMIE. ")
    assert [e.persons.get("author", [""])[0].split(",")[0] for e in res.entries][:3] == [
        "ADLER", "BRAUN", "{IG CHEMIE}"]                           # filed under I, not C



def test_editors_written_surname_first_are_turned_round_on_the_list_evidence():
    refs = ["KOCH Sabine, 1994, Am Band, in Koch Sabine, Weller Ralf, Arbeit im Wandel, Frankfurt.",
            "Busygina I. End comment // The New Dimension / ed. by Michael Emerson. Brussels, 2009."]
    es = [model.BibEntry("k", "incollection", {"title": "Am Band"}, {
              "author": ["KOCH, Sabine"], "editor": ["Sabine, Koch", "Ralf, Weller"]}),
          model.BibEntry("b", "incollection", {"title": "End comment"}, {
              "author": ["Busygina, I."], "editor": ["Emerson, Michael"]})]
    editors_surname_first(refs, es)
    assert es[0].persons["editor"] == ["Koch, Sabine", "Weller, Ralf"]
    assert es[1].persons["editor"] == ["Emerson, Michael"]      # given name first: as read


def test_what_kind_of_work_a_series_makes():
    res = build_bibliography([], landing_refs=SURNAME_FIRST + [
        "NOLL Jan, 1999, Irish Ports: Trade and Towns, Kiel Discussion Paper no. 97, Kiel.",
        "OTT Eva, 2004, Caring over the century: four generations, ESRC Future of Work Series, Basingstoke."],
        lang="en")
    halle = _one(res, "Halle")
    assert halle.type == "book" and _emph(halle) == ["Arbeit in der Halle"]
    assert 'Frankfurt am Main: Campus-Verlag, 1980' in model.plain_text(halle.formatted)
    noll = _one(res, "Irish Ports")
    assert noll.type == "report" and "Kiel Discussion Paper 97" in model.plain_text(noll.formatted)
    ott = _one(res, "Caring")
    assert ott.type == "book" and "In " not in model.plain_text(ott.formatted)
    meier = model.plain_text(_one(res, "atelier").formatted)
    assert meier.endswith("Université de Lille, Janvier 1998.")


def test_a_month_and_a_suffix_print_where_they_belong():
    res = build_bibliography([], landing_refs=[
        "1. Lord C, Cook EH Jr, Risi S (2000) A measure of play. J Child Stud 30:205–223",
        "2. Moberg D (1999) Greens and Labor. In: Sierra, January/February: 46-54.",
        "3. Risi S, Lord C (2006) Combining sources. J Child Stud 45:1094–1103"], lang="en")
    # the suffix after the surname; Vancouver's initials with their points, as the list's dotted ones
    assert model.plain_text(_one(res, "play").formatted).startswith("Lord, C., E. H. Cook Jr, and S. Risi.")
    assert "Sierra (January/February 1999): 46–54" in model.plain_text(_one(res, "Greens").formatted)


def test_two_chapters_of_one_book_named_short_both_find_it():
    res = build_bibliography([], landing_refs=[
        "Hurd, Richard (2001): Unions Now. In: Turner, Katz and Hurd (eds.) (2001): 10-20.",
        "Shaw, James (2001): Trade and Labor. In: Turner, Katz and Hurd, (eds.) (2001): 275-313.",
        "Turner, Lowell, Harry Katz and Richard Hurd (eds.) (2001): Rekindling the Movement. Ithaca, "
        "Cornell University Press."], lang="en")
    for word in ("Unions Now", "Trade and Labor"):
        e = _one(res, word)
        assert e.fields.get("booktitle") == "Rekindling the Movement", e.fields
        assert "edited by Lowell Turner, Harry Katz, and Richard Hurd" in model.plain_text(e.formatted)


def test_closing_marks_volumes_and_abbreviations_as_the_list_gives_them():
    res = build_bibliography([], landing_refs=[
        "1. Lund Mia. A gap in the dyke?: the EU's «new river policy». Leiden: River Press, 2003.",
        "2. Olsen Kai (ed.). The two banks: essays on rivers. Vol. 2. Oslo: Fjord Institute, 2006.",
        "3. Петрова Н. Большие реки Европы// Реки и Россия. М., 2006."], lang="en")
    assert _emph(_one(res, "dyke"))[0].endswith("«new river policy»")
    assert ". Vol. 2. Oslo: Fjord Institute, 2006." in model.plain_text(_one(res, "two banks").formatted)
    assert "М., 2006" in model.plain_text(_one(res, "Большие").formatted)


def test_a_publisher_is_no_editor_and_a_quoted_title_runs_to_its_quote():
    res = build_bibliography([], landing_refs=[
        "Brun, A. (1890) La forme du temps. Paris, Félix Arnaud éditeur, seconde édition",
        "Dorn, S. K. and Lee, R. W. (2003) ‘Do Not Go: Funeral Rites in Kumasi, Ghana’, Journal of "
        "Ritual Studies 30: 41-55.",
        "Lemaire, M. (1980) Le temps et le lieu. Éditions de Provence"], lang="en")
    brun = _one(res, "La forme du temps")
    assert not brun.persons.get("editor")
    assert model.plain_text(brun.formatted).endswith("Seconde édition. Paris: Félix Arnaud éditeur, 1890.")
    dorn = _one(res, "Funeral")
    assert dorn.fields["title"].endswith("Kumasi, Ghana") and dorn.fields["journal"] == "Journal of Ritual Studies"
    assert "Éditions de Provence, 1980" in model.plain_text(_one(res, "le lieu").formatted)


def test_two_authors_read_across_their_comma_are_two():
    res = build_bibliography([], landing_refs=[
        "Olsen, K. Berge T.D. and Lund, C. (1999) Views of the Fjords: Trends and Comparisons. Fjord "
        "Barometer. Bergen: Fjordpress."], lang="en")
    (e,) = res.entries
    assert e.persons["author"][:2] == ["Olsen, K.", "Berge, T.D."]
    assert model.plain_text(e.formatted).startswith("Olsen, K., T.D. Berge, and C. Lund.")


def test_a_translator_and_a_first_edition_print_as_such():
    res = build_bibliography([], landing_refs=[
        "Husserl E. (1928/1990) Zeit und Dauer. Trans. P. Roux. Lyon: Ardent.",
        "Wright, Charles W. (1963/1940): Situated Motives, in: Horowitz, Irving L. (ed.): Power and People. "
        "The Collected Essays, Oxford."], lang="en")
    zeit = model.plain_text(_one(res, "Zeit und Dauer").formatted)
    assert "Translated by P. Roux. Lyon: Ardent" in zeit
    assert model.plain_text(_one(res, "Situated").formatted).endswith("1963 [1940].")


def test_a_subtitle_is_no_book():
    res = build_bibliography(_notes(
        "Vgl. Anna Roth, Häfen in der Ostsee. Handel und Wandel. 2. überarb. Auflage Kiel 1999.",
        "Vgl. Paul Esch, Der Hafen, Bremen 2001."), landing_refs=None, lang="de")
    roth = _one(res, "Häfen")
    assert roth.type == "book" and "booktitle" not in roth.fields
    assert _emph(roth) == ["Häfen in der Ostsee. Handel und Wandel"]
