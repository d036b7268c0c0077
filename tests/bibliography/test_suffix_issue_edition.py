"""Generational suffixes in names, an issue given in brackets alone, and a
superscript edition mark in a note: read through the whole path (the
reference parser, the mends, the styles)."""

import pytest

from coursepack import model
from coursepack.bibliography import format_citation
from coursepack.bibliography.mend import generational_suffix, issue_in_brackets, mend_entry
from coursepack.bibliography.notes import parse_note
from coursepack.bibliography.reconcile import reference_parser


def _read(ref: str) -> model.BibEntry:
    e = reference_parser().parse_list([ref])[0]
    mend_entry(e, ref)
    return e


@pytest.mark.parametrize("ref, name", [
    ("Lord C, Cook EH Jr, Leventhal BL. Autism spectrum disorders. Neuron. 2000;28(2):355-363.", "Cook, Jr, EH"),
    ("Lord C, Cook EH Jr. Autism spectrum disorders. Neuron. 2000;28(2):355-363.", "Cook, Jr, EH"),
    ("Cook, E. H., Jr., & Lord, C. (2003). Autism spectrum disorders. Lancet, 12(3), 101-109.", "Cook, Jr., E. H."),
    ("Lord, C., Cook Jr., E.H., 2003. Autism. Lancet 12, 101-109.", "Cook, Jr., E.H."),
    ("King, Martin Luther, Jr. 1963. Why We Can't Wait. New York: Harper.", "King, Jr., Martin Luther"),
    ("Smith J III, Lord C. Autism spectrum disorders. Lancet. 2003;12(3):101-109.", "Smith, III, J"),
])
def test_generational_suffix_kept_as_lineage(ref, name):
    e = _read(ref)
    assert name in e.persons["author"]
    assert not any(p.strip(" .") in ("Jr", "III") for p in e.persons["author"])
    assert "Jr" not in e.fields.get("title", "")


def test_suffix_printed_after_the_name():
    e = _read("Lord C, Cook EH Jr. Autism spectrum disorders. Neuron. 2000;28(2):355-363.")
    text = model.plain_text(format_citation(e.fields, e.persons, "chicago", e.type))
    assert "E. H. Cook Jr" in text and "Jr Cook" not in text


def test_a_surname_like_a_suffix_stays():
    e = model.BibEntry("k", "article", {}, {"author": ["Sen, Amartya K."]})
    generational_suffix(e, "Sen, Amartya K., 1977: Rational Fools. In: Philosophy and Public Affairs 6, 317–344.")
    assert e.persons["author"] == ["Sen, Amartya K."]


def test_bracketed_number_alone_is_the_issue():
    ref = ("Krücken, Georg. (2011). Soziologische Zugänge zur Hochschulforschung. In Edith Braun, "
           "Katharina Kloke & Christian Schneijderberg (Hrsg.), die hochschule (Disziplinäre Zugänge "
           "zur Hochschulforschung), (2), 102–116.")
    e = _read(ref)
    assert e.fields.get("number") == "2" and "volume" not in e.fields
    text = model.plain_text(format_citation(e.fields, e.persons, "chicago", e.type, lang="de"))
    assert "Nr. 2" in text and "Bd. 2" not in text


def test_volume_and_issue_stay():
    e = model.BibEntry("k", "article", {"journal": "Stuff", "volume": "45", "number": "3"}, {})
    issue_in_brackets(e, "Lee, A. (2011). Title. Stuff, 45(3), 215-229.")
    assert (e.fields["volume"], e.fields["number"]) == ("45", "3")
    e = model.BibEntry("k", "article", {"journal": "Stuff", "volume": "3"}, {})
    issue_in_brackets(e, "Lee, A. (2011). Title. Stuff 3, 215-229.")
    assert e.fields == {"journal": "Stuff", "volume": "3"}


@pytest.mark.parametrize("mark", ["²", "2"])
def test_superscript_edition_in_a_note(mark):
    text = (f"Die Ursprungskonzeption findet sich bei Ernst Forsthoff, Rechtsstaat im Wandel, München 1976{mark}. "
            "Die Anfang der 1970er Jahre vertretene Version unterscheidet sich deutlich.")
    c = next(c for c in parse_note(5, text) if c.kind == "full")
    assert c.edition == "2" and c.date.year == 1976
    assert c.text.endswith("München 1976")


def test_superscript_edition_reaches_the_bibliography():
    from coursepack.bibliography import build_bibliography
    text = ("Die Ursprungskonzeption findet sich bei Ernst Forsthoff, Rechtsstaat im Wandel. Verfassungsrechtliche "
            "Abhandlungen 1954 - 1973, München 1976². Die Anfang der 1970er Jahre vertretene Version "
            "unterscheidet sich deutlich von der Forsthoff’schen Version.")
    bib = build_bibliography([model.Footnote(5, [model.Text(text)])], landing_refs=None, lang="de")
    (e,) = bib.entries
    assert e.fields.get("edition") == "2" and str(e.fields.get("year")) == "1976"
    assert "2. Aufl" in model.plain_text(e.formatted)


@pytest.mark.parametrize("years", [("2004a", "2004b"), ("2004", "2004")])
def test_same_authors_same_year_articles_keep_their_letters(years):
    from coursepack.bibliography import build_bibliography
    refs = [f"Lee, K. ({years[0]}). Zebras of the plain. Journal of Zoology, 3, 11-19.",
            f"Lee, K. ({years[1]}). Apples of the hill. Journal of Botany, 4, 10-19."]
    bib = build_bibliography([], landing_refs=refs, sections=[])
    printed = [model.plain_text(e.formatted) for e in bib.entries]
    # every entry prints its year with a letter, the letters in the order the entries are printed
    letters = [p.split("(2004")[1][:1] for p in printed]
    assert letters == ["a", "b"]
    if years[0] == "2004a":     # the list's own letters stay with their works
        assert "Zebras" in printed[0]
