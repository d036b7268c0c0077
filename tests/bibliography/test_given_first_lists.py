"""A reference list in BibTeX's standard manner writes its authors given
name first ("Henrietta Q. Abernethy-Voss and Lucan Darrowby. Title. …");
the list shows the manner, and its one-author entries are read in it too,
while a Vancouver list is not, though one of its entries ("Sassen S.
Globalization and Its Discontents.") looks like two names given first.
Invented works."""
from coursepack.bibliography.refparse import names_given_first, parse_list, parse_reference

PLAIN = [
    "[1] Henrietta Q. Abernethy-Voss and Lucan Darrowby. On the weight of unsent letters. "
    "In Ottoline Fairweather and Crispin Mallory, editors, The Postal Imagination, pages 7–31. "
    "Fennelwick House, Oxbury, 2002.",
    "[2] Griselda Ambrosetti, Thaddeus Pinnock, and Ottilie Szabo. A census of paper boats. "
    "In Proceedings of the Conference on Floating Things, pages 1–9, 2019.",
    "[3] Orla Q. Penhallow. Lanterns: The Long History. Larkspurrow Press, Dunmere, 1998.",
    "[4] Tobias R. Quenby. The grammar of tides. Journal of Coastal Whimsy, 12(3):45–67, 2011.",
]

VANCOUVER = [
    "1. Sassen S. Globalization and Its Discontents. New York: Larkspurrow Press; 1998.",
    "2. Arrow K. Social Responsibility in Lantern Making. Public Whimsy 1973;21:303–17.",
    "3. Quenby T, Penhallow O. The grammar of tides. J Coast Whimsy. 2011;12:45–67.",
    "4. Offe C. Disorganized Lanterns. Dunmere: Fennelwick House; 1985.",
]


def test_plain_list_reads_every_author_given_name_first():
    entries = parse_list(PLAIN)
    assert entries[0].persons["author"] == ["Abernethy-Voss, Henrietta Q.", "Darrowby, Lucan"]
    assert entries[0].fields["title"] == "On the weight of unsent letters"
    # a one-author entry, read in the list's manner: the surname is the last name
    assert [p.split(",")[0] for p in entries[2].persons["author"]] == ["Penhallow"]
    assert entries[2].fields["title"].startswith("Lanterns")
    assert [p.split(",")[0] for p in entries[3].persons["author"]] == ["Quenby"]


def test_vancouver_list_is_not_read_given_name_first():
    assert names_given_first(VANCOUVER[0])      # alone, the entry cannot tell
    assert sum(map(names_given_first, VANCOUVER)) == 1
    entries = parse_list(VANCOUVER)
    # each entry read as it would be alone: the list's manner is not given name first
    assert [e.persons for e in entries] == [parse_reference(t).persons for t in VANCOUVER]
    assert [p.split(",")[0] for p in entries[1].persons["author"]] == ["Arrow"]
    assert [p.split(",")[0] for p in entries[3].persons["author"]] == ["Offe"]


def test_numbered_plain_list_is_read_by_the_parser_not_as_titles():
    # the notes' rules take each whole entry, number and names, for a title;
    # the list is read by the reference parser, names and titles apart
    from coursepack.bibliography.reconcile import list_citations
    listed = PLAIN + [
        "[5] Wilhelmina Craddock. The Architecture of Unbuilt Towns. Larkspurrow Press, Dunmere, 1978.",
        "[6] Orla Penhallow. Tidal grammars of the northern estuaries. Journal of Invented "
        "Linguistics, 12(3):45–67, 1987.",
        "[7] Evangeline Tresidder. Grammatical moods of abandoned lighthouses. PhD thesis, "
        "University of Harrowgate, Harrowgate, 1996."]
    cits, entries = list_citations(listed)
    assert all(e is not None for e in entries)
    assert [c.title for c in cits][:2] == ["On the weight of unsent letters",
                                           "A census of paper boats"]
    assert [a.last for a in cits[1].authors] == ["Ambrosetti", "Pinnock", "Szabo"]
