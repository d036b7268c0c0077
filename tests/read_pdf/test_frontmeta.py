"""The printed citation line (read/frontmeta): the forms journals print,
and the lines that look like one but are not (never a guessed field)."""

import pytest

from coursepack.read.frontmeta import citation, parse


@pytest.mark.parametrize("line, want", [
    ("Eur Child Adolesc Psychiatry (2009) 18:499–509",
     {"journal": "Eur Child Adolesc Psychiatry", "year": "2009", "volume": "18", "pages": "499-509"}),
    ("European Union Politics, Volume 8 (3): 433–448, 2007",
     {"journal": "European Union Politics", "volume": "8", "issue": "3", "pages": "433-448", "year": "2007"}),
    ("TIME & SOCIETY, 16(2/3), 2007, pp. 367–86",
     {"journal": "TIME & SOCIETY", "volume": "16", "issue": "2/3", "year": "2007", "pages": "367-386"}),
    ("In: Zeitschrift für Soziologie 38 (2009), 4, pp. 12-30",
     {"journal": "Zeitschrift für Soziologie", "volume": "38", "year": "2009", "issue": "4", "pages": "12-30"}),
    ("Soziale Welt, 60. Jg., Heft 3, 2009",
     {"journal": "Soziale Welt", "volume": "60", "issue": "3", "year": "2009"}),
])
def test_printed_forms(line, want):
    assert parse(line) == want


@pytest.mark.parametrize("line", [
    "ETHNICITIES 5(2)",                                   # no year: nothing
    "Received: 19 February 2009 / Accepted: 7 May 2009",
    "Smith, J. (2000) Culture, Citizenship and Community. Oxford",
    "In recent years (2007) 16 studies found 12",
    "Time & Society 16 (2007), 42",                       # a stray number
    "Journal of Things, Volume 3 (2015), pp. 40-12",     # pages running backwards
    "the results of 2009, 499–509",                       # no capitalised name
    "Copyright © 2007 SAGE Publications",
])
def test_not_a_citation(line):
    assert parse(line) == {}


def test_the_line_with_most_fields_wins_then_the_repeated_one():
    lines = ["Group Studies 2006 Vol 9", "Group Studies, Vol 9 (3), 2006, 431–442",
             "Other Journal (2005) 4:1–9", "Other Journal (2005) 4:1–9"]
    assert citation(lines)["journal"] == "Group Studies"
    assert citation(lines[2:] + ["Group Studies, Vol 9, 2006"])["journal"] == "Other Journal"
    assert citation(["no citation here"]) == {}


# the article's pages from the folios its running heads and feet print

from coursepack.read.frontmeta import folio_pages  # noqa: E402


@pytest.mark.parametrize("heads, want", [
    # alternating heads, the first page's folio at its foot only
    ([["Received 2003"], ["268 Julia Brannen"], ["Fatherhood in Migration 269"],
      ["270 Julia Brannen"], ["Fatherhood in Migration 271"]], "267-271"),
    # journal, volume and year beside the folio on every page
    ([["434 European Union Politics 8(3)"], ["McElroy Legislative Politics 435"],
      ["436 European Union Politics 8(3)"]], "434-436"),
    ([["DEBATE 279"], ["280 ETHNICITIES 5(2)"]], "279-280"),
])
def test_folios_give_the_page_range(heads, want):
    assert folio_pages(heads) == want


@pytest.mark.parametrize("heads", [
    [["Soziale Welt 60 (2009)"], ["Soziale Welt 60 (2009)"], ["Soziale Welt 60 (2009)"]],
    [["12"], ["3"], ["40"], ["7"]],                 # numbers, but no folio sequence
    [["1"]],                                        # one page: nothing to go by
    [[], [], []],
])
def test_no_folio_sequence_no_pages(heads):
    assert folio_pages(heads) is None
