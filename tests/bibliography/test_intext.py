"""In-text citations found in body text, linked to the entries of the
article's own reference list, and what cannot be linked listed."""

from __future__ import annotations

from coursepack import model
from coursepack.bibliography import build_bibliography
from coursepack.bibliography.intext import find_citations, link_intext

LIST = [
    "Adler, Paul S. and Kwon, Seok-Woo (2002) ‘Social Capital: Prospects for a New Concept’, "
    "Academy of Review Studies 27(1): 17–40.",
    "Brandt, Maria (1998a) Die Stadt und ihre Ränder. Frankfurt a.M.: Campus.",
    "Brandt, Maria (1998b) Zwischen den Dörfern. Opladen: Leske + Budrich.",
    "Lee, Anne, Omar Farouk and Jan Novak (2003) Networks of Care. London: Verso.",
    "Ortega, Luis (2010) ‘Borders’, Migration Letters 7(2): 1–19.",
]


def _body(*paras: str) -> list[model.Section]:
    return [model.Section("s1", "", [model.Block(f"s1-p{i}", [model.Text(p)])
                                     for i, p in enumerate(paras, 1)])]


def test_find_parenthetical_narrative_and_numbered():
    items = find_citations("Trust matters (Adler and Kwon 2002, 23; Lee et al. 2003). "
                           "Brandt (1998a: 12) disagrees, as do [2, 4–5].")
    assert [(i.surnames, i.year) for i in items if i.number is None] == [
        (["Adler", "Kwon"], "2002"), (["Lee"], "2003"), (["Brandt"], "1998a")]
    assert [i.number for i in items if i.number is not None] == [2, 4, 5]


def test_no_citation_in_dates_or_plain_parentheses():
    assert find_citations("In November 2013 the law (passed in 2012) changed; see Table 2 (2001).") \
        == []


def test_build_bibliography_links_body_citations_both_ways():
    body = _body("Social capital is a resource (Adler and Kwon 2002, 23; Lee et al. 2003).",
                 "Brandt (1998b) describes villages, and the city too (Brandt 1998a: 12).",
                 "Some disagree (Smith 2001).")
    res = build_bibliography([], landing_refs=LIST, style="chicago", sections=body)
    by_author = {e.persons.get("author", [""])[0] + e.fields.get("year", ""): e for e in res.entries}
    assert len(res.entries) == 5
    assert by_author["Brandt, Maria1998b"].type == "book"
    cites = [n for b in body[0].blocks for n in b.inlines if isinstance(n, model.Cite)]
    texts = [model.plain_text(c.children) for c in cites]
    assert texts == ["Adler and Kwon 2002, 23", "Lee et al. 2003", "Brandt (1998b)", "Brandt 1998a: 12"]
    keys = {model.plain_text(c.children): c.key for c in cites}
    assert keys["Brandt (1998b)"] == by_author["Brandt, Maria1998b"].key
    assert keys["Brandt 1998a: 12"] == by_author["Brandt, Maria1998a"].key
    # anchors on the citations, back-references on the entries
    assert all(c.anchor.startswith("cite-s1-p") for c in cites)
    assert by_author["Lee, Anne2003"].cited_in == [cites[1].anchor]
    # the text around the citations is kept
    assert model.plain_text(body[0].blocks[0].inlines) == \
        "Social capital is a resource (Adler and Kwon 2002, 23; Lee et al. 2003)."
    # unmatched citation and uncited entry go to the suspects (for `check`)
    assert res.intext.linked == 4 and len(res.intext.unmatched) == 1
    sus = {(s["field"], s["key"]): s for s in res.suspects}
    assert ("citation", "s1-p3") in sus and "Smith 2001" in sus[("citation", "s1-p3")]["value"]
    assert ("cited", by_author["Ortega, Luis2010"].key) in sus


def test_numbered_citations_link_by_list_number():
    refs = ["[1] Adler PS, Kwon S. Social capital and the firm: prospects for a new concept. "
            "Acad Rev. 2002;27(1):17-40.",
            "[2] Ortega L. Borders and the making of migrant workers. Migr Lett. 2010;7(2):1-19.",
            "[3] Lee A, Farouk O. Networks of care in three cities. London: Verso; 2003."]
    body = _body("As shown before [1, 3], and again [2].")
    res = build_bibliography([], landing_refs=refs, style="chicago", sections=body)
    cites = [n for n in body[0].blocks[0].inlines if isinstance(n, model.Cite)]
    by_num = {e.list_number: e.key for e in res.entries}
    # every number of "[1, 3]" is its own link
    assert [c.key for c in cites] == [by_num[1], by_num[3], by_num[2]]
    assert [model.plain_text(c.children) for c in cites] == ["1", "3", "2"]
    assert res.intext.linked == 3 and not res.intext.uncited


def _numbered_refs(n, fmt="[{}]"):
    names = ["Zeller", "Adler", "Ortega", "Brandt", "Moreau", "Kim", "Lopez", "Novak"]
    topics = ["rivers and towns", "social capital", "migrant workers", "urban housing",
              "rural schools", "labour markets", "border trade", "river deltas"]
    return [fmt.format(i) + f" {names[i - 1]} PS, Kwon S. The making of {topics[i - 1]} in "
            f"three regions. Acad Rev. {1990 + i};{i}(1):17-40." for i in range(1, n + 1)]


def test_numbered_list_keeps_the_articles_numbers_and_order():
    refs = _numbered_refs(8)
    body = _body("Known [e.g. 4, 5, 8] and shown [2–4]; see [1, p. 31] and [see 6; 7].")
    res = build_bibliography([], landing_refs=refs, style="chicago", sections=body)
    # not re-sorted A–Z: the list's order, each entry printed with its number
    assert [e.label for e in res.entries] == [f"[{i}]" for i in range(1, 9)]
    texts = [model.plain_text(e.formatted) for e in res.entries]
    assert texts[0].startswith("[1]\u00a0Zeller") and texts[1].startswith("[2]\u00a0Adler")
    # every number linked, those inside the range "2–4" too
    assert res.intext.linked == res.intext.found == 9 and not res.intext.unmatched
    assert all(e.cited_in for e in res.entries)
    by_num = {e.list_number: e for e in res.entries}
    cites = [n for n in body[0].blocks[0].inlines if isinstance(n, model.Cite)]
    assert [model.plain_text(c.children) for c in cites] == ["4", "5", "8", "2", "4", "1", "6", "7"]
    # 3 (inside "2–4") has no link of its own: it points to the range's first
    assert by_num[3].cited_in == [cites[3].anchor]


def test_numbered_list_with_dotted_numbers_is_labelled_so():
    refs = _numbered_refs(3, "{}.")
    body = _body("As found [3] and [1].")
    res = build_bibliography([], landing_refs=refs, style="chicago", sections=body)
    assert [e.label for e in res.entries] == ["1.", "2.", "3."]


def test_author_date_citations_of_a_numbered_list_keep_the_usual_order():
    # a numbered list the text cites by name, not by number: no labels
    refs = _numbered_refs(3)
    res = build_bibliography([], landing_refs=refs, style="chicago",
                             sections=_body("As Zeller (1991) and Adler (1992) say."))
    assert not any(e.label for e in res.entries)
    assert [e.persons["author"][0].split(",")[0] for e in res.entries] == ["Adler", "Ortega", "Zeller"]


def test_ambiguous_year_without_suffix_is_not_guessed():
    entries = [model.BibEntry("a", "book", {"year": "1998a"}, {"author": ["Brandt, M."]}),
               model.BibEntry("b", "book", {"year": "1998b"}, {"author": ["Brandt, M."]})]
    res = link_intext(_body("as said (Brandt 1998)."), entries)
    assert res.linked == 0 and res.unmatched[0]["cited"] == "Brandt 1998"


def test_full_citations_in_german_footnotes_read_by_the_parser():
    from tests.bibliography.fixtures import notes
    fns = notes({1: "Vgl. Hermann Kessler, Die Grenzen der Stadt, Leipzig 1994.",
                 2: "Marta Wendt, Dörfer im Wandel. Eine Studie, in: Sabine Ott (Hg.), Ländliche "
                    "Räume, Kassel 2001, S. 12–40."})
    res = build_bibliography(fns, landing_refs=None, style="chicago")
    by_author = {e.persons["author"][0]: e for e in res.entries}
    k, w = by_author["Kessler, Hermann"], by_author["Wendt, Marta"]
    assert (k.type, k.fields["title"], k.fields["address"], k.fields["year"]) == \
        ("book", "Die Grenzen der Stadt", "Leipzig", "1994")
    assert w.type == "incollection" and w.persons["editor"] == ["Ott, Sabine"]
    assert w.fields["booktitle"] == "Ländliche Räume" and w.fields["pages"] == "12–40"
    assert k.key.startswith("kessler") and w.key.startswith("wendt")
    assert fns[0].cites == [k.key] and k.cited_by == [1]


def test_year_suffixes_the_list_prints_are_the_ones_citations_reach():
    from coursepack.bibliography.intext import find_citations, match
    from coursepack.bibliography.styles import year_suffixes
    es = [model.BibEntry("two", "book", {"year": "2003", "title": "Two"}, {"author": ["Lee, K."]}),
          model.BibEntry("one", "book", {"year": "2003", "title": "One"}, {"author": ["Lee, K."]})]
    assert year_suffixes(es) == {"one": "a", "two": "b"}
    got = [match(it, es) for it in find_citations("as Lee (2003a, b) and (Lee 2003) show")]
    assert [e.key if e else None for e in got] == ["one", "two", None]


def test_dates_and_names_of_things_are_no_citation_doubts():
    refs = ["Brandt, Anna (2001): Stadt und Land. Berlin: Dietz.",
            "Shoch, James (2000): Organized Labor versus Globalization. Politics & Society 28: 119-150."]
    body = _body("Er lehrte dort (ab Herbst 1925) bis zum Kriegsende (1944), so Brandt (2001). "
                 "Die Zeitschrift (Blut und Boden, Februar 1942) und eine Schrift (mit "
                 "Mitarbeitern, Bonn, FAA, 1959). The fight against NAFTA (1993) was lost, "
                 "as Shoch (2000) shows; Lang (2003) and (vgl. Meyer 1999) and (OECD 2002) "
                 "are not listed, nor is a note mark [3].")
    res = build_bibliography([], landing_refs=refs, style="chicago", sections=body)
    doubts = sorted(s["value"] for s in res.suspects if s["field"] == "citation")
    # the works cited that the list lacks stay doubts; dates, nouns, prose and
    # an acronym of an event do not, nor a bracketed number with an unnumbered list
    assert doubts == ["Lang (2003)", "Meyer 1999", "OECD 2002"]
    assert res.intext.linked == 2 and res.intext.found == 5
    assert len(res.intext.dropped) == 5


def test_narrative_citation_with_words_between_the_name_and_the_year():
    body = _body("It is, as Luis Ortega so rightly puts it (2010: 4), a border of habit.",
                 "In Ortega's home town the square (1998) was rebuilt; the Verso shop (2003) closed.")
    res = build_bibliography([], landing_refs=LIST, style="chicago", sections=body)
    cites = [n for b in body[0].blocks for n in b.inlines if isinstance(n, model.Cite)]
    ortega = next(e for e in res.entries if e.persons["author"][0].startswith("Ortega"))
    # the bracket alone is the link; the prose around it is kept
    assert [(model.plain_text(c.children), c.key) for c in cites] == [("(2010: 4)", ortega.key)]
    assert model.plain_text(body[0].blocks[0].inlines) == \
        "It is, as Luis Ortega so rightly puts it (2010: 4), a border of habit."
    # a year in brackets with no listed author of that year before it is no citation, no doubt
    assert not res.intext.unmatched


def test_serial_comma_particles_and_colleagues_are_linked():
    """Manners of unseen journals: the serial comma, a capitalised particle
    opening the name, "and colleagues", "et al.," before the bracket, and
    several works in one parenthesis separated by commas."""
    refs = ["Smith, John, Ann Jones, and Bo Lee. 2001. Tides. Journal of Seas 3(1): 1–9.",
            "van der Berg, Karel. 1999. Dykes. Amsterdam: Boom.",
            "Kim, Ho, Jae Park, and Su Lim. 2004. Ports. Seoul: Hanul."]
    body = _body("Smith, Jones, and Lee (2001) disagree with Van der Berg (1999); "
                 "Kim and colleagues (2004) and Kim et al., (2004) too (Smith, Jones, and Lee 2001, "
                 "Van der Berg 1999).")
    res = build_bibliography([], landing_refs=refs, style="chicago", sections=body)
    assert res.intext.unmatched == [] and res.intext.linked == 6
    assert sorted(len(e.cited_in) for e in res.entries) == [2, 2, 2]
    cites = [model.plain_text(n.children) for n in body[0].blocks[0].inlines
             if isinstance(n, model.Cite)]
    assert cites == ["Smith, Jones, and Lee (2001)", "Van der Berg (1999)", "Kim and colleagues (2004)",
                     "Kim et al., (2004)", "Smith, Jones, and Lee 2001", "Van der Berg 1999"]


def test_a_first_editions_year_beside_the_cited_one_links_either_way():
    """"Weber ([1922] 1978)", "(Durkheim 1984 [1893])", "(Mills 1963/1940)":
    the list may give either year; "(Brandt 1998a, b)" cites two works."""
    refs = ["Weber, Max. 1978. Economy and Society. Berkeley: University of California Press.",
            "Durkheim, Émile. 1893. De la division du travail social. Paris: Alcan.",
            "Mills, C. Wright. 1963. Power, Politics and People. New York: Ballantine.",
            "Brandt, Maria. 1998a. Die Stadt. Frankfurt a.M.: Campus.",
            "Brandt, Maria. 1998b. Das Dorf. Opladen: Leske + Budrich."]
    body = _body("Weber ([1922] 1978) and others (Durkheim 1984 [1893]; Mills 1963/1940: 4; "
                 "Brandt 1998a, b).")
    res = build_bibliography([], landing_refs=refs, style="chicago", sections=body)
    assert res.intext.unmatched == [] and res.intext.linked == 5
    assert all(len(e.cited_in) == 1 for e in res.entries)


def test_citations_of_the_original_edition_reach_the_entry_of_a_later_one():
    refs = ["Heidegger, M. (1986) Sein und Zeit. Tübingen: Niemeyer (orig. 1927).",
            "Durkheim, É. (1982). The Rules of Sociological Method. New York: Free Press. "
            "(Original work published 1895)",
            "Weber, Max. [1922] 1978. Economy and Society. Berkeley: University of California Press.",
            "Marx, Karl (1976 [1867]) Das Kapital. Hamburg: Meissner.",
            "Heidegger, M. (1954) Vorträge und Aufsätze. Pfullingen: Neske."]
    body = _body("Being is time (Heidegger 1927), as Heidegger (1927/1986) says; "
                 "facts are things (Durkheim 1895; Weber 1922; Marx 1867, 12).",
                 "Later editions too (Heidegger 1986; Weber [1922] 1978; Marx 1976) and "
                 "Heidegger (1954), but not (Heidegger 1929) nor (Durkheim 1900).")
    res = build_bibliography([], landing_refs=refs, style="chicago", sections=body)
    by_key = {e.key: e for e in res.entries}
    cited = {e.fields["title"]: len(e.cited_in) for e in by_key.values()}
    assert cited == {"Sein und Zeit": 3, "The Rules of Sociological Method": 1,
                     "Economy and Society": 2, "Das Kapital": 2, "Vorträge und Aufsätze": 1}
    doubts = sorted(s["value"] for s in res.suspects if s["field"] == "citation")
    assert doubts == ["Durkheim 1900", "Heidegger 1929"]
    years = {e.fields["title"]: (e.fields["year"], e.fields.get("origdate")) for e in res.entries}
    assert years["Economy and Society"] == ("1978", "1922")
    assert years["Sein und Zeit"] == ("1986", None)      # the statement stays the note's
    assert years["Das Kapital"] == ("1976", "1867")
    assert years["Vorträge und Aufsätze"] == ("1954", None)
