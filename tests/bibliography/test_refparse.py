"""The reference parser on hand-written references in each common style
(invented works, none from the corpus: the corpus is the benchmark)."""

from __future__ import annotations

import time

import pytest

from coursepack.bibliography.refparse import parse_list, parse_reference, split_references


def test_apa_article_with_doi():
    e = parse_reference("Okonkwo, A. N., & Lindqvist, T. (2015). Trust and the street: Neighbourhood "
                        "ties in three cities. Urban Studies Review, 41(2), 233–259. "
                        "https://doi.org/10.1234/usr.2015.041")
    assert e.type == "article"
    assert e.persons["author"] == ["Okonkwo, A. N.", "Lindqvist, T."]
    assert e.fields["title"] == "Trust and the street: Neighbourhood ties in three cities"
    assert (e.fields["journal"], e.fields["volume"], e.fields["number"], e.fields["pages"]) == \
        ("Urban Studies Review", "41", "2", "233–259")
    assert e.fields["doi"] == "10.1234/usr.2015.041"


def test_apa_chapter_in_edited_book():
    e = parse_reference("Berger, H. (2009). Rural schools after reform. In P. Navarro & L. Quist "
                        "(Eds.), Education in the periphery (pp. 45–71). Routledge.")
    assert e.type == "incollection"
    assert e.persons["editor"] == ["Navarro, P.", "Quist, L."]
    assert e.fields["booktitle"] == "Education in the periphery"
    assert e.fields["pages"] == "45–71" and e.fields["publisher"] == "Routledge"


def test_harvard_article_and_book_with_edition():
    e = parse_reference("Fenwick, R. and Adeyemi, K. (2012) ‘Housing, debt and the young’, "
                        "Journal of Housing Policy, 19(4), pp. 301–322.")
    assert e.fields["title"] == "Housing, debt and the young"
    assert e.fields["journal"] == "Journal of Housing Policy"
    b = parse_reference("Marlow, P. (2004) The Quiet Commons. 2nd edn. Manchester: Northgate Press.")
    assert b.type == "book"
    assert (b.fields["edition"], b.fields["address"], b.fields["publisher"]) == \
        ("2nd", "Manchester", "Northgate Press")


def test_chicago_author_date_second_author_given_first():
    e = parse_reference("Haldane, Clara, and Tomas Ruiz. 2018. “Water Rights in the Andes.” "
                        "Latin American Perspectives 45 (3): 88–104.")
    assert e.persons["author"] == ["Haldane, Clara", "Ruiz, Tomas"]
    assert e.fields["year"] == "2018" and e.fields["title"] == "Water Rights in the Andes"
    assert e.fields["volume"] == "45" and e.fields["number"] == "3"


def test_chicago_notes_bibliography_book():
    e = parse_reference("Ferraro, Luisa. The Long Harvest: Migrant Labour in Southern Italy. "
                        "Bologna: Edizioni Sole, 2011.")
    assert e.type == "book"
    assert e.fields["title"] == "The Long Harvest: Migrant Labour in Southern Italy"
    assert (e.fields["address"], e.fields["publisher"], e.fields["year"]) == \
        ("Bologna", "Edizioni Sole", "2011")


def test_mla_article():
    e = parse_reference("Whitcombe, Arthur. “Reading the Census.” Historical Methods, vol. 33, "
                        "no. 1, 2000, pp. 12–25.")
    assert e.fields["title"] == "Reading the Census"
    assert (e.fields["journal"], e.fields["volume"], e.fields["number"], e.fields["year"]) == \
        ("Historical Methods", "33", "1", "2000")


@pytest.mark.parametrize("text", [
    "12. Patel R, Osei K, Lindgren M. Sleep and shift work among nurses. Occup Health Rev. "
    "2017;29(4):210-8.",
    "[7] R. Patel, K. Osei and M. Lindgren, “Sleep and shift work among nurses,” Occup Health "
    "Rev, vol. 29, no. 4, pp. 210–218, 2017.",
])
def test_numbered_styles(text):
    e = parse_reference(text)
    assert [p.split(",")[0] for p in e.persons["author"]] == ["Patel", "Osei", "Lindgren"]
    assert e.fields["title"] == "Sleep and shift work among nurses"
    assert e.fields["year"] == "2017" and e.fields["volume"] == "29"


def test_german_author_year_with_slashes_and_editors():
    e = parse_reference("Brandtner, Helga/Wessel, Rolf (2003): Nachbarschaft im Umbruch. "
                        "Opladen: Leske + Budrich.")
    assert e.persons["author"] == ["Brandtner, Helga", "Wessel, Rolf"]
    assert (e.fields["address"], e.fields["publisher"]) == ("Opladen", "Leske + Budrich")
    c = parse_reference("Sommerfeld, Jana (2010): Ehrenamt auf dem Land. In: Kreuzer, Otto (Hg.): "
                        "Bürgergesellschaft heute. Wiesbaden: VS Verlag, S. 77–95.")
    assert c.type == "incollection"
    assert c.persons["editor"] == ["Kreuzer, Otto"]
    assert c.fields["booktitle"] == "Bürgergesellschaft heute" and c.fields["pages"] == "77–95"
    h = parse_reference("Müller, Hans/Schmidt, Eva (Hg.) (1998): Die Stadt. Frankfurt a.M.: Campus.")
    assert h.persons == {"editor": ["Müller, Hans", "Schmidt, Eva"]}


def test_german_footnote_given_names_first():
    e = parse_reference("Konrad Albrecht, Die Dorfschule im Kaiserreich, Göttingen 1987, S. 45.")
    assert e.persons["author"] == ["Albrecht, Konrad"]
    assert e.fields["title"] == "Die Dorfschule im Kaiserreich"
    assert (e.fields["address"], e.fields["year"]) == ("Göttingen", "1987")


def test_french_all_caps_surname():
    e = parse_reference("LEMAIRE Sophie, 1996, Les ouvriers de la vallée, Lyon, Presses du Rhône.")
    assert e.persons["author"] == ["LEMAIRE, Sophie"]
    assert e.fields["title"] == "Les ouvriers de la vallée"


def test_web_pages_access_dates_and_organisations():
    e = parse_reference("Federal Statistics Office (2021) Household income report. Available at: "
                        "https://www.example.org/income2021.pdf (Accessed: 3 May 2022).")
    assert e.persons["author"] == ["{Federal Statistics Office}"]
    assert e.fields["url"] == "https://www.example.org/income2021.pdf"
    assert e.fields["urldate"] == "3 May 2022"
    g = parse_reference("Landesamt für Umwelt (2019): Jahresbericht Luftqualität. Online: "
                        "www.example.de/luft/bericht.html (Zugriff am 12.03.2020).")
    assert g.fields["urldate"] == "12.03.2020" and g.fields["url"].startswith("www.example.de")


def test_et_al_no_date_and_particles():
    assert parse_reference("Nakamura, K., et al. (2011) Patterns of commuting. Transport Review "
                           "12: 5–19.").persons["author"] == ["Nakamura, K.", "others"]
    assert parse_reference("Greenfield, T. (n.d.) Notes on method. Unpublished manuscript."
                           ).fields["year"] == "n.d."
    assert parse_reference("van der Linden, Marcel (2008): Workers of the World. Leiden: Brill."
                           ).persons["author"] == ["van der Linden, Marcel"]


def test_year_suffix_kept():
    e = parse_reference("Okafor, B. (2002b) Second thoughts on trust. London: Verso.")
    assert e.fields["year"] == "2002b"


def test_dash_rule_repeats_the_authors_before():
    es = parse_list(["Okafor, Ben (2002a): Trust in cities. London: Verso.",
                     "——— (2002b): Trust in villages. London: Verso."])
    assert es[1].persons["author"] == ["Okafor, Ben"] and es[1].fields["year"] == "2002b"


def test_split_references_without_layout():
    lines = ["Adams, J. (2001) A very long title that", "runs on and on. Oxford: Clarendon.",
             "Brown, K. (1999) Short. London: Verso.", "Carter, L. (2004) A hyphen-",
             "ated word. Bristol: Policy Press."]
    assert split_references(lines) == [
        "Adams, J. (2001) A very long title that runs on and on. Oxford: Clarendon.",
        "Brown, K. (1999) Short. London: Verso.",
        "Carter, L. (2004) A hyphenated word. Bristol: Policy Press."]
    assert len(split_references(["1. Ames R. A title.", "Second line.", "2. Bell T. Other."])) == 2


def test_sixty_entries_parse_fast():
    refs = [f"Author{i}, A. ({1950 + i}) Title number {i} of a list. Journal of Tests {i}(2): "
            f"{i}–{i + 9}." for i in range(60)]
    parse_reference(refs[0])            # the model is loaded once
    t0 = time.perf_counter()
    out = [parse_reference(r) for r in refs]
    assert time.perf_counter() - t0 < 2.0       # 0.2–0.3 s measured on a quiet machine
    assert [e.fields["year"] for e in out] == [str(1950 + i) for i in range(60)]


def test_title_then_journal_without_a_year_before_them():
    """The year printed after the journal ("Title. Journal, Vol. 3, May
    2011"): the journal sentence is the container, not more title."""
    e = parse_reference("Okafor, B. and Lind, T. Trust in small towns. Scandinavian Journal "
                        "of Rural Studies, Vol. 7, No. 2, May 2011, pp. 33-51.")
    assert e.fields["title"] == "Trust in small towns"
    assert e.fields["journal"] == "Scandinavian Journal of Rural Studies"
    assert (e.fields["volume"], e.fields["number"], e.fields["year"]) == ("7", "2", "2011")


def test_place_colon_publisher_and_words_that_hold_access_words():
    e = parse_reference("Moreau, C. (1994) Le temps des villes. Lyon: PUL.")
    assert (e.fields["address"], e.fields["publisher"]) == ("Lyon", "PUL")
    # "Understanding" holds "stand" (a German access word) but is no access date
    e = parse_reference("Brandt, K. (2003) Understanding markets. Journal of Trade 4(2): 1-9.")
    assert "urldate" not in e.fields and e.fields["title"] == "Understanding markets"


# ---------------------------------------------------------------- boundary rules
# (invented references; each exercises a rule applied after the model)


def test_edition_in_parentheses_and_given_names_run_on():
    e = parse_reference("Wendt, Laura Maria. (2010). Schulen im Wandel (2. Aufl.). Stuttgart: Klett.")
    assert e.persons["author"] == ["Wendt, Laura Maria"]
    assert e.fields["title"] == "Schulen im Wandel"
    assert e.fields["edition"] == "2" and "volume" not in e.fields


def test_edition_flattened_after_the_year():
    # "1998³" comes out of a PDF as "19983": the year 1998, the third edition
    e = parse_reference("Holzer, Peter (19983), Die Landschaft der Moderne, Bremen u.a.")
    assert e.fields["year"] == "1998" and e.fields["edition"] == "3"
    assert e.fields["title"] == "Die Landschaft der Moderne"
    assert e.fields["address"] == "Bremen u.a."


def test_footnote_style_title_place_year():
    e = parse_reference("Karin Vogt, Städte im Umbruch. Ein Vergleich, Leipzig 2003, S. 12.")
    assert e.persons["author"] == ["Vogt, Karin"]
    assert (e.fields["title"], e.fields["address"], e.fields["year"]) == \
        ("Städte im Umbruch. Ein Vergleich", "Leipzig", "2003")


def test_chicago_names_after_the_first_are_given_names_first():
    e = parse_reference("Lund, Erik, Mara Sundqvist and Tobias Holm (2011) Coastal Towns. "
                        "Oxford: Clarendon Press.")
    assert e.persons["author"] == ["Lund, Erik", "Sundqvist, Mara", "Holm, Tobias"]


def test_apa_journal_without_a_journal_word():
    e = parse_reference("Garner, T. (1988). Crowd behaviour and shared tasks. Group Processes, 4, 211-230.")
    assert e.fields["title"] == "Crowd behaviour and shared tasks"
    assert e.fields["journal"] == "Group Processes" and e.fields["volume"] == "4"


def test_quoted_title_keeps_its_marks_when_a_subtitle_follows():
    e = parse_reference("Pohl, Ute (2001), »Feld und Hof«. Dorfleben im Umbruch, Kassel.")
    assert e.fields["title"] == "»Feld und Hof«. Dorfleben im Umbruch"
    assert e.fields["address"] == "Kassel"


def test_paper_presented_at_a_meeting_is_no_title():
    e = parse_reference("Marsh, D. (2003). Urban walking. Paper presented at the Annual Meeting of "
                        "the Society for Town Studies, Leeds.")
    assert e.fields["title"] == "Urban walking"
    assert "Paper presented" not in e.fields["title"]


def test_a_descriptor_is_a_note_not_a_publisher():
    e = parse_reference("Garnett, P. (1993) ‘Searching for Notions of Time in Small Firms’, Working Paper.")
    assert e.fields["title"] == "Searching for Notions of Time in Small Firms"
    assert "publisher" not in e.fields and e.fields.get("note") == "Working Paper"
    g = parse_reference("Graf, Helmut (2004). Modelle der Kompetenz (Dissertation). Wiesbaden: "
                        "Springer VS (im Erscheinen).")
    assert (g.fields["publisher"], g.fields["address"]) == ("Springer VS", "Wiesbaden")
    assert not any(g.fields.get(k) for k in ("journal", "booktitle", "series", "howpublished"))


def test_note_citing_a_further_work_of_the_same_author():
    e = parse_reference("Ulrich Hartwig, Saisonarbeit im Kaiserreich, Bonn 1999; ders., Geschichte "
                        "der Grenzgänger, München 2001.")
    assert (e.fields["title"], e.fields["address"], e.fields["year"]) == \
        ("Saisonarbeit im Kaiserreich", "Bonn", "1999")
    assert not any(e.fields.get(k) for k in ("journal", "booktitle", "series", "howpublished"))


def test_short_citation_in_a_note():
    e = parse_reference("Kessler/Brandauer 1993: 24.")
    assert e.persons["author"] == ["Kessler", "Brandauer"]
    assert (e.fields["year"], e.fields["pages"]) == ("1993", "24")


def test_editors_named_by_surnames_only():
    e = parse_reference("Lindqvist, Ruth (2001): Organizing Hotel Workers. In: Turner, Katz and Hurd "
                        "(eds.) (2001): 99-128.")
    assert e.persons["editor"] == ["Turner", "Katz", "Hurd"]
    assert e.fields["pages"] == "99–128"


def test_a_body_as_editor_and_a_letter_range_in_the_book_title():
    e = parse_reference("Weber, Anton (1970), »Humanökologie«, in: Institut für Landeskunde (Hg.), "
                        "Handwörterbuch der Landeskunde I, A–H, Hannover, S. 1224–1228.")
    assert e.persons["editor"] == ["{Institut für Landeskunde}"]
    assert e.fields["booktitle"] == "Handwörterbuch der Landeskunde I, A–H"
    assert e.fields["address"] == "Hannover" and e.fields["pages"] == "1224–1228"


def test_place_qualifier_and_publisher_abbreviation():
    e = parse_reference("Verfassung des Landes Thüringen, Berlin (Ost) 1952, S. 25.")
    assert e.fields["address"] == "Berlin (Ost)" and e.fields["year"] == "1952"
    b = parse_reference("Okafor, B. and Lind, W. (2007) Green Consumption and the Middle Class. "
                        "San Diego, CA: American Marketing Association (AMA).")
    assert b.fields["publisher"] == "American Marketing Association (AMA)"


def test_editor_led_book_with_two_volumes_is_a_book():
    e = parse_reference("Crane, Colin / Petrucci, Anna (eds.) (1978): The Return of Class Conflict "
                        "in Southern Europe. Vols. 1 and 2. New York, Macmillan.")
    assert e.type == "book" and e.persons["editor"] == ["Crane, Colin", "Petrucci, Anna"]
    assert e.fields["title"] == "The Return of Class Conflict in Southern Europe"
    assert e.fields["volume"] == "1 and 2" and e.fields["publisher"] == "Macmillan"


def test_conference_dates_are_no_pages_and_the_place_is_no_month():
    e = parse_reference("Vidal, B. (2001) ‘La mémoire des ports’, paper presented at the 17th "
                        "Conference of the Maritime History Association, 22 - 3 May.")
    assert "pages" not in e.fields
    h = parse_reference("Harlow, M. J. (2001, May). Rethinking teamwork: A motivation hypothesis. "
                        "Paper presented at the Annual Meeting of the Midwestern Sociological "
                        "Society, Chicago, IL.")
    assert h.fields["address"] == "Chicago, IL"


def test_given_names_first_with_an_abbreviated_middle_name():
    e = parse_reference("Rainer Vogt, Die Werftarbeiter. In: Christian Th. Brenner/Anna Seidel (Hg.), "
                        "Arbeit an der Küste, Kiel 2005.")
    assert e.persons["editor"] == ["Brenner, Christian Th.", "Seidel, Anna"]
    assert e.fields["booktitle"] == "Arbeit an der Küste"


def test_subtitle_after_colon_before_the_imprint():
    e = parse_reference("Falk, D. (2002): Unions at the Crossroads: New Research on Union "
                        "Strategies. Ithaca, ILR Press.")
    assert e.fields["title"] == "Unions at the Crossroads: New Research on Union Strategies"
    assert (e.fields["address"], e.fields["publisher"]) == ("Ithaca", "ILR Press")


@pytest.mark.parametrize("text,authors,title", [
    ("7. Lindholm Anders, Pertti Kallio. The Baltic Sea Region and its Two Shores // Nordic "
     "Review. 2004. 12 (3): 45—60.", ["Lindholm, Anders", "Kallio, Pertti"],
     "The Baltic Sea Region and its Two Shores"),
    ("11. Moss Gary, Helen Dart, Jane E. Cole. Ports, Canals, and Rivers: Regional Trade in the "
     "Early Modern Baltic // Maritime History. 1998. 7 (2): 11—30.",
     ["Moss, Gary", "Dart, Helen", "Cole, Jane E."],
     "Ports, Canals, and Rivers: Regional Trade in the Early Modern Baltic"),
])
def test_gost_names_then_title(text, authors, title):
    e = parse_reference(text)
    assert e.persons["author"] == authors and e.fields["title"] == title


def test_publisher_named_after_a_saint():
    e = parse_reference("Holden, Carl (2002): Workers of the Port: Dockers and the New Economy. "
                        "New York, St. Martin’s.")
    assert (e.fields["address"], e.fields["publisher"]) == ("New York", "St. Martin’s")


def test_access_date_year_is_no_publication_year():
    e = parse_reference("Statistisches Landesamt (2012): Wanderungsstatistik. "
                        "www.statistik.example.de/wanderung.pdf (Zugriff am 14. November 2013).")
    assert e.fields["year"] == "2012" and e.fields["urldate"] == "14. November 2013"


def test_note_with_a_sentence_before_the_citation():
    e = parse_reference("Diese Praxis war in der Nachkriegszeit weit verbreitet. Siehe Konrad Albers, "
                        "Flüchtlinge in Bayern nach 1945, München 1998, S. 12.")
    assert e.persons["author"] == ["Albers, Konrad"]
    assert (e.fields["title"], e.fields["address"], e.fields["year"]) == \
        ("Flüchtlinge in Bayern nach 1945", "München", "1998")


# ---- layouts the synthetic training styles lack (held out in
# benchmarks/synthetic_refs.py): invented works in Nature's, Cell's and the
# ASA's manner, parsed by the shipped model and the post-rules


def test_nature_article_journal_and_volume_before_the_year():
    e = parse_reference("Ferreira, M. & Oduya, K. Night work and sleep debt. "
                        "Labour Health Quarterly 12, 101–119 (2004).")
    assert e.persons["author"] == ["Ferreira, M.", "Oduya, K."]
    assert e.fields["title"] == "Night work and sleep debt"
    assert (e.fields["journal"], e.fields["volume"], e.fields["pages"], e.fields["year"]) == \
        ("Labour Health Quarterly", "12", "101–119", "2004")


def test_nature_book_imprint_in_closing_parentheses():
    e = parse_reference("Halvorsen, T. The Quiet Factory. (Meridian Books, Leeds, 1997).")
    assert e.fields["title"] == "The Quiet Factory"
    assert (e.fields["publisher"], e.fields["address"], e.fields["year"]) == \
        ("Meridian Books", "Leeds", "1997")


def test_nature_chapter_with_editors_in_parentheses():
    e = parse_reference("Quist, L. Rural schools. in Education at the Edge (eds. Navarro, P. & "
                        "Berger, H. J.) 45–71 (Routledge, 2009).")
    assert e.type == "incollection"
    assert e.fields["title"] == "Rural schools"
    assert e.fields["booktitle"] == "Education at the Edge"
    assert e.persons["editor"] == ["Navarro, P.", "Berger, H. J."]
    assert (e.fields["pages"], e.fields["publisher"], e.fields["year"]) == \
        ("45–71", "Routledge", "2009")


def test_cell_book_and_chapter():
    e = parse_reference("Marlowe, D. (1988). Patterns of Thrift (Greyhaven Press).")
    assert e.fields["title"] == "Patterns of Thrift" and e.fields["publisher"] == "Greyhaven Press"
    assert "address" not in e.fields
    e = parse_reference("Lund, K. (1999). Work and Time. In Studies of Labour, P. Ostrowski, ed. "
                        "(Greyhaven Press).")
    assert e.fields["title"] == "Work and Time"
    assert e.fields["booktitle"] == "Studies of Labour"
    assert e.persons["editor"] == ["Ostrowski, P."]
    assert e.fields["publisher"] == "Greyhaven Press"


def test_asa_bare_year_after_initials_and_pages_before_in():
    e = parse_reference("Brennan, P. J. 2004. The Long Shift. Leeds: Meridian Books.")
    assert e.persons["author"] == ["Brennan, P. J."]
    assert (e.fields["year"], e.fields["title"]) == ("2004", "The Long Shift")
    e = parse_reference("Brennan, P. J. 2004. “The Long Shift.” Pp. 12–30 in Studies of Labour, "
                        "edited by K. Lund. Leeds: Meridian Books.")
    assert e.fields["booktitle"] == "Studies of Labour"
    assert e.fields["pages"] == "12–30"


def test_particle_opening_an_inverted_name():
    e = parse_reference("Ostrowski, P., and Le Marchand, A. (2001). Shift work. Labour Review 3, 1–9.")
    assert e.persons["author"] == ["Ostrowski, P.", "Le Marchand, A."]


def test_cell_editor_mark_without_parentheses():
    # "ed." / "eds." right after the names, neither in parentheses nor after a comma
    e = parse_reference("Ostrowski, P. ed. (1999). Shift Work in Europe (Greyhaven Press).")
    assert e.persons.get("editor") == ["Ostrowski, P."] and "author" not in e.persons
    e = parse_reference("Lund, K.M., and Brandt, O. eds. (2003). Labour Time: New Studies "
                        "(Meridian Books).")
    assert e.persons.get("editor") == ["Lund, K.M.", "Brandt, O."]
    # an author's "Ed." inside a title is no editor mark
    e = parse_reference("Lund, K. (2003). Ed. Brandt and the Unions. Leeds: Meridian Books.")
    assert e.persons.get("author") == ["Lund, K."]


def test_cell_book_title_read_as_imprint():
    # a book whose imprint is printed in parentheses, or left out
    e = parse_reference("Ostrowski, P., and Lund, K. (2000). Tides (Greyhaven Press).")
    assert e.fields.get("title") == "Tides"
    assert e.fields.get("publisher") == "Greyhaven Press" and "address" not in e.fields
    e = parse_reference("Brandt, O. (1990). The Logic of Shift Work.")
    assert e.fields.get("title") == "The Logic of Shift Work" and "publisher" not in e.fields
    # a real imprint after a title stays one
    e = parse_reference("Brandt, O. (1990). The Logic of Shift Work. Leeds: Meridian Books.")
    assert (e.fields["address"], e.fields["publisher"]) == ("Leeds", "Meridian Books")


def test_nature_chapter_title_ends_at_lower_case_in():
    e = parse_reference("Held, M. & Nützinger, H. Pauselose Beschleunigung. in Die "
                        "Nonstoppgesellschaft und ihr Preis 31–44 (Hirzel, 1998).")
    assert e.fields.get("title") == "Pauselose Beschleunigung"
    assert e.fields.get("booktitle") == "Die Nonstoppgesellschaft und ihr Preis"
    # a capital "In" opening a title's second sentence is left to the model
    e = parse_reference("Lund, K. (2003). Tides. In Search of Time. Leeds: Meridian Books.")
    assert e.fields.get("title", "").startswith("Tides")


def test_asa_container_after_pages_in():
    e = parse_reference("Held, M., and H. Nützinger. 1998. “Pauselose Beschleunigung.” Pp. 31–44 "
                        "in Die Nonstoppgesellschaft und ihr Preis. Hirzel.")
    assert e.fields.get("booktitle") == "Die Nonstoppgesellschaft und ihr Preis"
    assert e.fields.get("title") == "Pauselose Beschleunigung" and e.fields["pages"] == "31–44"


def test_nature_last_initial_is_no_title_word():
    e = parse_reference("Snyder, C. R., Harris, C. & Anderson, J. R. Development and Validation "
                        "of the State Hope Scale. Journal of Personality and Social Psychology "
                        "70, 321–335 (1996).")
    assert e.persons["author"][-1] == "Anderson, J. R."
    assert e.fields["title"] == "Development and Validation of the State Hope Scale"


def test_nature_pages_from_one_after_volume_comma():
    e = parse_reference("Harkins, S. Social loafing and social facilitation. Journal of "
                        "Experimental Social Psychology 23, 1–18 (1987).")
    assert (e.fields.get("volume"), e.fields.get("pages")) == ("23", "1–18")
    assert "number" not in e.fields
