"""Classes of entries a blind judge found misprinted (JUDGE14-reader, 7
December): a thesis's university and a book's publishing body read as
editors, a report's institution left out of print, the day a paper was
given dropped, a quoted title cut at its inner full stop, editors named
after the title ("hg. im Auftrag … Namen") kept as a note; MLA's
author-page citations "(Lee 45)" unlinked, "et. al." not read as "et al.",
a German month ("3. Mai 2001") read as no month.  Each case is a work of
our own making in that class, through the public paths (a reference list
into ``build_bibliography``; the in-text and date readers)."""

from __future__ import annotations

from coursepack import model
from coursepack.bibliography import build_bibliography
from coursepack.bibliography.dates import find_date
from coursepack.bibliography.intext import author_page, find_citations, match
from coursepack.bibliography.refparse import parse_reference


def _entry(ref: str, lang: str = "en") -> tuple[model.BibEntry, str]:
    res = build_bibliography([], landing_refs=[ref], lang=lang)
    assert len(res.entries) == 1
    e = res.entries[0]
    return e, model.plain_text(e.formatted)


def test_a_thesis_names_its_university_not_an_editor():
    e, printed = _entry("Okafor, Ngozi (2004): Harbour towns and their trades, PhD thesis, "
                        "University of Leeds.")
    assert e.fields.get("school") == "University of Leeds"
    assert "editor" not in e.persons
    assert "University of Leeds" in printed


def test_an_organisation_after_the_title_without_an_editors_mark_is_the_publisher():
    e, printed = _entry("Hickman, Mary J. and Bronwen Walter (1997): Discrimination at work, "
                        "Commission for Racial Equality, London.")
    assert "editor" not in e.persons
    assert e.fields.get("publisher") == "Commission for Racial Equality"
    assert "Edited by" not in printed
    # with the mark, the organisation edited the book
    e, printed = _entry("Commission for Racial Equality (ed.) (1997): Discrimination at work, London.")
    assert e.persons.get("editor") and "publisher" not in e.fields


def test_a_report_prints_its_institution():
    e, printed = _entry("Brenner, Karl (2003): Fishing rights in the North Sea. Report of the "
                        "Fisheries Committee to the European Commission. Retrieved May 3rd 2005 "
                        "from: http://www.example.org/fish/report.pdf")
    assert "Report of the Fisheries Committee to the European Commission" in printed


def test_the_day_a_paper_was_given_is_its_date():
    e, printed = _entry("Roe, Anna (2001): The harbour and the town. Paper presented to the "
                        "Coastal History Society, 12 March 2001, http://www.example.org/roe.html "
                        "(retrieved June 2nd 2004)")
    assert e.fields.get("date") == "2001-03-12"
    assert "March 12, 2001" in printed
    assert "June 2nd 2004" in printed        # the access date stays the access date


def test_a_quoted_title_runs_to_its_closing_quote():
    e, printed = _entry("Adler, Jörg (1952), »Die Stadt am Meer. Vortrag gehalten auf der Tagung "
                        "des Hansebundes in Lübeck, 4.–6. Juni 1951«, in: Hansebund (Hg.), "
                        "Beiträge zur Geschichte der Hanse, Kiel, S. 12–30.", "de")
    assert e.fields["title"] == ("Die Stadt am Meer. Vortrag gehalten auf der Tagung des "
                                 "Hansebundes in Lübeck, 4.–6. Juni 1951")
    assert "note" not in e.fields


def test_editors_named_after_the_title_are_editors():
    e, printed = _entry("Stadt Kiel (1992), Kiel 1242–1992. Festschrift zum 750jährigen Bestehen "
                        "der Stadt, Bd. 2, hg. im Auftrag des Magistrats Jürgen Jensen, Peter Wulf "
                        "u.a., Neumünster.", "de")
    assert e.persons["editor"] == ["Jensen, Jürgen", "Wulf, Peter", "others"]
    assert e.fields.get("address") == "Neumünster"
    assert "Jürgen Jensen, Peter Wulf" in printed


def test_mla_author_page_citations_link_to_the_only_work_of_the_author():
    es = [model.BibEntry("lee", "book", {"year": "2001", "title": "Tides"}, {"author": ["Lee, Kim"]}),
          model.BibEntry("roe1", "book", {"year": "1999", "title": "A"}, {"author": ["Roe, Ann"]}),
          model.BibEntry("roe2", "book", {"year": "2003", "title": "B"}, {"author": ["Roe, Ann"]})]
    t = "Tides rise (Lee 45), as some hold (Roe 12), in two ways (Figure 3)."
    found = author_page(t, find_citations(t), es)
    assert [(i.text, match(i, es).key) for i in found] == [("Lee 45", "lee")]


def test_et_al_misspelt_with_a_point_still_means_more_authors():
    [it] = find_citations("as shown (Lee et. al. 2003, 45)")
    assert (it.surnames, it.year, it.etal) == (["Lee"], "2003", True)
    e = parse_reference("Okafor, M., et. al. (2001). Harbour towns. Leeds: Northgate.")
    assert e.persons["author"] == ["Okafor, M.", "others"]
    assert e.fields["title"] == "Harbour towns"


def test_german_and_french_months_are_months():
    assert find_date("Vortrag in Kiel, 3. Mai 2001").date == model_date(2001, 5, 3)
    assert find_date("Stand: Okt. 2019", year_only=False).date == model_date(2019, 10, 0)
    assert find_date("mis à jour le 12 mars 2020").date == model_date(2020, 3, 12)


def model_date(y: int, m: int, d: int):
    from coursepack.bibliography.dates import PDate
    return PDate(y, m, d)
