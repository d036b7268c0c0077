"""Which reader reads a reference list: the one that reads more entries
whole, and on a tie the one that names the authors."""

from coursepack.bibliography.reconcile import list_citations

CAPITALS = [
    "APPELBAUM Eileen, BATT, Rosemary, 1994, The New American Workplace, Ithaca: "
    "Cornell University Press.",
    "FRIEDMANN Georges, 1964, Le travail en miettes, spécialisation et loisirs, Paris: "
    "Gallimard.",
    "DURAND Jean-Pierre, STEWART Paul, 1998, L’avenir du travail à la chaîne, Paris: "
    "La Découverte.",
    "NOWAK Anna, KOWALSKI Jan, 2003, Rivers and Towns, Kraków: Universitas.",
]


def test_surnames_in_capitals_are_read_as_authors_not_inside_the_title():
    cits, entries = list_citations(CAPITALS)
    assert all(e is not None for e in entries)
    firsts = [e.persons["author"][0].split(",")[0] for e in entries]
    assert firsts == ["APPELBAUM", "FRIEDMANN", "DURAND", "NOWAK"]
    for c in cits:
        assert c.authors, c
        assert not c.title.isupper() and not c.title.startswith(tuple("AFDN"))


def test_the_notes_manner_stays_with_the_rules_reader():
    notes = [
        "J. Smith, Rivers of the Caucasus, Foreign Affairs, 12 March 2019: "
        "https://www.foreignaffairs.com/rivers",
        "A. Nowak, Towns and Borders, The Diplomat, 3 June 2020: "
        "https://thediplomat.com/towns",
        "K. Lee, Pipelines and Power, Eurasianet, 1 May 2018: https://eurasianet.org/pipes",
    ]
    cits, entries = list_citations(notes)
    assert [c.url for c in cits][0].endswith("rivers")
    assert [c.title for c in cits] == ["Rivers of the Caucasus", "Towns and Borders",
                                       "Pipelines and Power"]
