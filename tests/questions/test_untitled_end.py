"""An article that ends inside a subsection not titled as a conclusion (a
technical paper ending on "6.2 Index Processor"): its last words are not quoted
as "its conclusion" unless a sentence says it concludes (a paper outside the
corpus got "In its conclusion the article states: 'Our answer is given in
MakeIndex.'").  An untitled last section of its own still concludes (an essay's
last paragraph)."""

from __future__ import annotations

from coursepack import questions as Q

from .articles import reading_from_text

PAPER = """\
# Introduction

Counting visitors in small libraries is tedious. We describe a tally sheet that librarians fill in by hand, and a program that adds the sheets up.

# The Tally Sheet

Each library receives one sheet a week. The sheet has a row for every opening hour and a column for every day.

# The Tally Program

The program reads the sheets and adds up the counts of each week. It prints a table for every library of the region.

# Evaluation

The program was tried in two ways.

## Speed of the Program

The program was timed on the sheets of twelve libraries over one year. {end}
"""


def _quoted_ends(r):
    return [q.text for q in Q.generate(r) if q.text.startswith(("In its conclusion", "The article concludes"))]


def test_the_last_words_of_an_untitled_last_section_are_not_its_conclusion():
    r = reading_from_text(PAPER.format(end="Our answer to the problem of speed is given in the program."))
    assert _quoted_ends(r) == []


def test_the_last_words_of_a_conclusion_are_quoted_as_its_conclusion():
    r = reading_from_text(PAPER.replace("## Speed of the Program", "# Conclusion").format(
        end="Our answer to the problem of speed is given in the program."))
    assert [t for t in _quoted_ends(r) if "given in the program" in t], Q.generate(r)


def test_the_last_words_of_an_untitled_last_section_of_its_own_are_quoted():
    r = reading_from_text(PAPER.replace("## Speed of the Program", "# Speed of the Program").format(
        end="Our answer to the problem of speed is given in the program."))
    assert [t for t in _quoted_ends(r) if "given in the program" in t], Q.generate(r)
