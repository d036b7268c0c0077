"""Clean articles of our own, damaged like PDF extraction damages text
(tests/repair/corrupter.py), must come back exactly."""

from __future__ import annotations

import pytest

from coursepack.model import plain_text
from coursepack.repair import repair_article

from .corrupter import Article, clean_paragraph, corrupt

RIVERS = Article(
    title="Inland ports on the Oder: traffic, conflict and official policy",
    abstracts=[
        ("en", "", "This article examines how inland ports on the Oder adapted their fleets "
                   "after 1990 and why official policy favoured the road."),
        ("pl", "Porty śródlądowe na Odrze: ruch, konflikt i polityka",
         "Artykuł bada, jak porty śródlądowe na Odrze dostosowały swoje floty po 1990 roku "
         "i dlaczego oficjalna polityka sprzyjała drogom."),
    ],
    sections=[
        ("Introduction", [
            "The first barges to use the modernised locks at Kędzierzyn-Koźle arrived in 1994, "
            "and the office of the river authority recorded a steady increase in traffic during "
            "the following decade.[^1] Shipowners nevertheless found it difficult to plan, since "
            "water levels changed from season to season and the channel was often too shallow "
            "for loaded vessels.[^2]",
            "This article asks why the fleet shrank although cargo flows grew. It argues that the "
            "answer lies in official policy rather than in the river itself, and that the long-term "
            "effects of that policy were visible well before the EU accession of 2004.[^3]",
        ]),
        ("Ports and their hinterland", [
            "Each port served a hinterland of mines, mills and farms. The conflict between road "
            "hauliers and shipowners grew sharper when subsidies for trucks were introduced, and "
            "the influence of the road lobby on regional affairs became obvious.[^4] Several ports "
            "closed their grain terminals; others converted them into offices or storage halls for "
            "building materials.[^5]",
            "Transport economists proposed a different approach, which combined rail and river "
            "links in a single tariff. The proposal was discussed at two conferences organised "
            "with NATO logistics experts, who were interested in heavy cargo routes, but it was "
            "never adopted.[^6]",
        ]),
        ("Conclusion", [
            "The Oder ports did not fail because the river was unsuitable. They declined because "
            "official decisions made the road cheaper, and the fleet followed the money. Any "
            "revival will depend on stable water levels and on a tariff that treats barges and "
            "trucks alike.[^7]",
        ]),
    ],
    notes={
        1: "Annual report of the river authority, Wrocław 2005, p. 14.",
        2: "J. Kowalczyk, Żegluga na Odrze, “Przegląd Komunikacyjny” 2001, no. 4, pp. 21–29.",
        3: "Inland waterways in the enlarged union, EU transport office, 12 III 2004 [accessed: "
           "3 V 2020]: <https://www.example.org/reports/inland-waterways-in-the-enlarged-union/>.",
        4: "M. Nowicka, Road lobbies and river shipping, Poznań 2010, pp. 88–97.",
        5: "Grain terminals closed after the reform, “Gazeta Portowa” [online], 7 IX 2011 "
           "[accessed: 3 V 2020]: <https://www.example.org/news/2011/09/grain-terminals-closed-after-reform.html>.",
        6: "Conference papers, Szczecin 1998 and 1999; see also <https://www.example.org/archive/conferences/rail-and-river-links/>.",
        7: "Ibid.",
    },
)

SALT = Article(
    title="The salt roads of the Sudetes",
    sections=[
        ("", [
            "Salt reached the valleys of the Sudetes along three roads, each controlled by a "
            "different town.[^1] The first ran from Wieliczka through Racibórz; the second came "
            "from the Saxon works; the third was a smugglers' path used whenever the official "
            "roads were taxed too heavily.[^2]",
        ]),
        ("Tolls and merchants", [
            "Merchants paid tolls at every bridge. Their complaints fill the town archives, and "
            "the efficient collection of tolls was a constant source of conflict between the "
            "towns and the crown.[^3] The fifty surviving toll registers show how prices rose "
            "during the long wars of the seventeenth century.[^4]",
            "In some years the merchants refused to travel at all. Their boycott of the bridges "
            "at Nysa and Kłodzko lasted for a whole season and ended only after the OSCE of its "
            "day, a council of the towns, offered them a reduced rate.[^5]",
            "The salt trade declined after railways reached the valleys. By 1870 the old roads "
            "were used only by drovers and pilgrims, and the toll houses were sold.[^6]",
        ]),
    ],
    notes={
        1: "H. Richter, Die Salzstraßen Schlesiens, Breslau 1912, pp. 5–40.",
        2: "A. Zielińska, Szlaki soli, Wrocław 1999 [accessed: 4 XI 2019]: <https://www.example.org/books/salt-roads-of-silesia/>.",
        3: "Ibid., p. 77.",
        4: "Toll registers of Kłodzko, State Archive in Wrocław, 1620–1680.",
        5: "Council resolution of 2 VI 1652, State Archive in Wrocław.",
        6: "Railways and the end of the salt roads, “Sudety” 2008, no. 3, pp. 12–15.",
    },
)


def _check(article: Article, text: str, dropped=()):
    r = repair_article(text)
    assert r.title == article.title
    got = [[s.title, [plain_text(b.inlines) for b in s.blocks]] for s in r.sections]
    want = [[h, [clean_paragraph(p) for p in ps]] for h, ps in article.sections]
    assert got == want
    for n, note in article.notes.items():
        fn = r.note(n)
        assert fn is not None
        if n in dropped:
            assert fn.status == "partial" and fn.fragments
        else:
            assert fn.status == "complete"
            assert plain_text(fn.inlines) == note
    got_abs = [(a.lang, a.title, plain_text(a.inlines)) for a in r.abstracts]
    assert got_abs == list(article.abstracts)
    assert r.accounting.complete, r.accounting.missing
    return r


@pytest.mark.parametrize("width,page_lines", [(60, 14), (72, 20), (84, 11), (66, 30)])
def test_rivers_restored(width, page_lines):
    text = corrupt(RIVERS, width, page_lines, acronyms=("EU", "NATO"))
    assert "fi rst" in text or "fi rst" in text.replace("\n", " ")   # the damage is really there
    _check(RIVERS, text)


@pytest.mark.parametrize("width,page_lines", [(58, 9), (70, 12), (90, 7)])
def test_salt_restored(width, page_lines):
    text = corrupt(SALT, width, page_lines, acronyms=("OSCE",))
    _check(SALT, text)


def test_lost_note_beginning_leaves_a_fragment():
    text = corrupt(SALT, 64, 6, acronyms=("OSCE",), drop_notes=(2,))
    r = _check(SALT, text, dropped=(2,))
    assert [f.attached_to for f in r.fragments] == [2]
    assert r.note(2).fragments[0].startswith("<https://www.example.org/books/") or \
        "example.org" in r.note(2).fragments[0]


@pytest.mark.parametrize("width,page_lines", [(60, 10), (76, 8)])
def test_notes_running_over_pages_and_lost_ligatures(width, page_lines):
    text = corrupt(RIVERS, width, page_lines, acronyms=("EU", "NATO"), runover=True,
                   lost=("after", "often"))
    assert "\ufffd" in text
    r = _check(RIVERS, text)
    assert any(c.rule == "note_join" for c in r.changes)   # a note really ran over
    assert any(c.rule == "lost_ligature" for c in r.changes)


def test_typesetters_ties_normalised():
    text = corrupt(SALT, 66, 10, acronyms=("OSCE",), ties=True)
    assert "\u00a0 " in text
    r = repair_article(text)
    for s, (h, paras) in zip(r.sections, SALT.sections):
        got = [plain_text(b.inlines) for b in s.blocks]
        assert [g.replace("\u00a0", " ") for g in got] == [clean_paragraph(p) for p in paras]
        for g in got:
            assert "  " not in g and "\u00a0 " not in g
            # ties are kept only after one-letter words, numbers, before dashes
            for m in __import__("re").finditer("(\\S+)\u00a0(\\S+)", g):
                assert len(m.group(1)) == 1 or m.group(1).isdigit() or m.group(2) in "–—" \
                    or (len(m.group(2)) == 1 and m.group(2).isupper()), m.group()
    assert r.accounting.complete
