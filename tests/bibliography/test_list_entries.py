"""A reference list's entries as the printed bibliography gives them: the
same author marked by a dash, a line that names no work left out."""

from __future__ import annotations

from coursepack.bibliography import build_bibliography


def _by_title(res, start):
    found = [e for e in res.entries if e.fields.get("title", "").startswith(start)]
    assert len(found) == 1, [e.fields.get("title") for e in res.entries]
    return found[0]


def test_a_dash_before_an_entry_repeats_the_author_before():
    refs = ["LAZARUS Sylvain, 1996, Anthropologie du Nom, Paris, Seuil.",
            "- forthcoming, D’une problématique de l’anthropologie ouvrière, manuscript, march 1998.",
            "LEMINSKY Gerhard, 1980, Humanisierung der Arbeit aus eigener Kraft, Köln, Bund."]
    res = build_bibliography([], landing_refs=refs)
    e = _by_title(res, "D’une problématique")
    assert e.persons["author"] == ["LAZARUS, Sylvain"]


def test_a_list_bulleted_with_dashes_keeps_its_entries_authors():
    refs = ["- Smith, J. (2001) Rivers. London: Sage.", "- Lee, K. (2003) Lakes. Oxford: OUP.",
            "- (2004) Anonymous Report. Paris: OECD."]
    res = build_bibliography([], landing_refs=refs)
    assert not _by_title(res, "Anonymous Report").persons.get("author")


def test_a_line_that_names_no_work_is_no_entry():
    refs = ["Smith, J. (2001) The Rivers of Europe. London: Sage.",
            "Lee, K. (2003) Lakes and Trade. Oxford: Oxford University Press.",
            "Paper received 26 June 2004; revised version accepted 6 March 2005."]
    res = build_bibliography([], landing_refs=refs)
    assert sorted(e.fields["title"] for e in res.entries) == ["Lakes and Trade", "The Rivers of Europe"]
    assert [c.before for c in res.changes if c.rule == "not_an_entry"] == [refs[2]]


def test_a_list_entrys_url_is_the_one_it_prints():
    # a URL broken at a line end: the parser glued the word before it and cut its file ending
    refs = ["Enggruber, Ruth & Bleck, Christian. (2005). Modelle der Kompetenzfeststellung im "
            "beschäftigungs- und bildungstheoretischen Diskurs. Dresden. Zugriff am 12. November 2013 "
            "unter www.equal-sachsen-sozial- wirtschaft.de/download/Modelle_gesamt.pdf.",
            "Lee, K. (2003) Lakes and Trade. Oxford: Oxford University Press."]
    res = build_bibliography([], landing_refs=refs)
    url = _by_title(res, "Modelle der Kompetenzfeststellung").fields["url"]
    assert url.startswith("www.equal-sachsen-sozial") and url.endswith(".de/download/Modelle_gesamt.pdf")
