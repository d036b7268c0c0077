"""The first lines of a source are the article's title only when they read
as a title; otherwise the text begins with the body and nothing is lost."""

from __future__ import annotations

import pytest

from coursepack.model import plain_text
from coursepack.repair import repair_article

PARAS = [
    "The harbour council met every week to settle disputes between merchants and\n"
    "the customs office. Its clerks kept a ledger of every complaint and fine.",
    "When the railway reached the town in 1861, the guild lost its hold on the grain\n"
    "trade, and the customs office moved to the station.",
]


def _body(r) -> list[str]:
    return [plain_text(b.inlines) for b in r.blocks()]


@pytest.mark.parametrize("first", [
    PARAS[0],                                                    # two full lines
    "The council met every week.",                               # one short sentence
    "“The harbour is closed,” the clerk wrote to the council.”",  # ends in a quotation
    "Trade grew:",                                               # ends with a colon
    "The harbour council met every week to settle disputes between merchants and\n"
    "the customs office, and its clerks kept a ledger of every complaint and fine\n"
    "that the merchants had to pay, for the council was strict about its rules\n"
    "and the rules were many",                                   # four lines, no full stop
])
def test_untitled_source_keeps_its_first_paragraph(first):
    r = repair_article(first + "\n\n" + PARAS[1] + "\n")
    assert r.title == ""
    body = _body(r)
    assert len(body) == 2
    assert body[0] == " ".join(first.split())
    assert r.accounting.complete and r.accounting.metadata == 0
    assert r.accounting.body == len((first + " " + PARAS[1]).split())


@pytest.mark.parametrize("title, expected", [
    ("Harbour councils", "Harbour councils"),
    ("Harbours and guilds: who ruled the\ngrain trade?", "Harbours and guilds: who ruled the grain trade?"),
    (" Merchants, clerks and the customs office in a Baltic\nport town, 1820–1870",
     "Merchants, clerks and the customs office in a Baltic port town, 1820–1870"),
])
def test_title_lines_are_the_title(title, expected):
    r = repair_article(title + "\n\n" + "\n\n".join(PARAS) + "\n")
    assert r.title == expected
    assert _body(r) == [" ".join(p.split()) for p in PARAS]
    assert r.accounting.complete
