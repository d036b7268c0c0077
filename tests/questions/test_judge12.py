"""JUDGE12's findings on invented articles: a counter-argument is named with what it is
raised against (en-22799: "never says what the 'counter-argument' is against"); an
objection cites what it is aimed at when the paragraph before sets that out (en-22925:
the book's six party families on p. 205, the objection on p. 206)."""

from __future__ import annotations

from coursepack import questions as Q

from .articles import reading_from_text

LOAFING = """\
# Introduction

People working in pairs sometimes work harder when their partner seems weak. We argue that this social compensation is an artifact of social comparison.

# Method

Pairs of students wrote uses for a knife, either together or side by side. Half were told that their partner was capable.

# Results

Students told that their partner was weak wrote more uses when working together. {counter} We think this result is inconclusive, since trust was not measured directly.

# Discussion

Social compensation appears only when students can compare their own output with that of their partner.
"""


def _rule(qs, rule):
    return [q for q in qs if Q.rule_of(q) == rule]


def test_a_counter_argument_is_named_with_what_it_is_raised_against():
    r = reading_from_text(LOAFING.format(counter=(
        "One counterargument to the comparison explanation is that a similar pattern has been "
        "found when students received no feedback about their partner but instead were "
        "mistrustful of others (and thus, as the authors of that study put it in their own "
        "report, came to expect every partner in the laboratory to loaf).")))
    # (too long to quote whole: its claim is asked about, up to its aside)
    c = _rule(Q.generate(r), "counter")
    assert c and "counter-argument to the comparison explanation: that a similar pattern" in c[0].text


def test_a_counter_argument_naming_no_target_keeps_its_plain_wording():
    r = reading_from_text(LOAFING.format(counter=(
        "One counterargument is that a similar pattern has been found when students received "
        "no feedback about their partner but instead were mistrustful of others (and thus, as "
        "the authors of that study put it in their own report, came to expect every partner in "
        "the laboratory to loaf).")))
    c = _rule(Q.generate(r), "counter")
    assert c and " to the comparison explanation" not in c[0].text and \
        "a similar pattern has been found" in c[0].text


OBJECTION = """\
# Introduction

People working in pairs sometimes work harder when their partner seems weak. This article asks why they do so.

# Earlier studies

{filler}

# Explanations

The comparison explanation holds that students work harder only when they can tally their own output against the output of their partner. It was first put forward for tasks of writing and counting.

One counterargument to the comparison explanation is that students who cannot tally anything still work harder. We find this counterargument weak, since those students could still guess.

# Conclusion

Working harder for a weak partner depends on comparison.
"""

FILLER = " ".join(f"Study number {n} observed {w} pairs of workers in a factory." for n, w in
                  zip(range(1, 31), ["twelve", "eight", "nine", "ten", "eleven", "six"] * 5))


def test_an_objection_cites_what_it_is_aimed_at_in_the_paragraph_before():
    # JUDGE12 (en-22925): the objection on p. 206, what it is aimed at on p. 205, uncited
    r = reading_from_text(OBJECTION.format(filler=FILLER))
    c = _rule(Q.generate(r), "counter")
    assert c and "“One counterargument to the comparison explanation" in c[0].text
    before = next(b.id for s in r.sections if s.title == "Explanations" for b in s.blocks[:1])
    assert f"{before}~1" in c[0].evidence
