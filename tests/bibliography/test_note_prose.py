"""Citations in footnotes that prose surrounds: the citation's own span is
cut out of the note ("… siehe NAME, Titel, Ort Jahr, die …"), "ders." /
"dies." stand for the names of the citation before, and a name in prose
("X, who …") is no citation."""

from __future__ import annotations

from coursepack import model
from coursepack.bibliography import build_bibliography
from coursepack.bibliography.notes import parse_note, split_note


def _pieces(text):
    return [text[a:b] for a, b in split_note(text)]


def test_prose_before_a_cue_is_not_part_of_the_citation():
    t = ("Zur Lage der Bauern im Vormärz siehe Anna Roth, Dörfer und Märkte. Eine "
         "Sozialgeschichte, Kassel 1987.")
    assert _pieces(t) == ["Anna Roth, Dörfer und Märkte. Eine Sozialgeschichte, Kassel 1987"]
    t = "Einen knappen Überblick gibt Jonas Weber (Hg.), Häfen im Wandel, Kiel 2003."
    assert _pieces(t) == ["Jonas Weber (Hg.), Häfen im Wandel, Kiel 2003"]
    t = ("See the excellent account by Mary Lund, Rivers of Trade, Leeds 1999, which "
         "ignores the north entirely.")
    assert _pieces(t) == ["Mary Lund, Rivers of Trade, Leeds 1999"]


def test_two_cued_citations_in_one_note_are_two_pieces():
    t = ("Zum Hafen siehe Paul Esch, Der Hafen, Bremen 2001, S. 3–9. Zur Stadt siehe "
         "Lena Ott, Die Stadt, Köln 1998.")
    assert _pieces(t) == ["Paul Esch, Der Hafen, Bremen 2001, S. 3–9", "Lena Ott, Die Stadt, Köln 1998"]


def test_citation_ends_before_a_long_parenthesis_of_prose():
    t = ("Anna Roth, Dörfer und Märkte, Kassel 1987, S. 12. (Die Zahlen dort beruhen auf "
         "den Steuerlisten der Ämter.)")
    assert _pieces(t) == ["Anna Roth, Dörfer und Märkte, Kassel 1987, S. 12"]


def test_citation_keeps_its_volume_and_issue():
    t = "Anna Roth, Dörfer, “Journal of Fields” 2012, vol. 32, issue 2, pp. 216–229."
    assert _pieces(t) == ["Anna Roth, Dörfer, “Journal of Fields” 2012, vol. 32, issue 2, pp. 216–229"]


def test_ders_stands_for_the_names_before():
    t = ("Vgl. Otto Lenz, Die Mühle am Bach, Jena 1990; ders., Das Wehr, Jena 1994; "
         "ders. (Hg.), Wasserbau heute, Gotha 2001.")
    cits = parse_note(1, t)
    assert len(cits) == 3
    assert cits[1].text.startswith("Otto Lenz, Das Wehr") and cits[2].text.startswith(
        "Otto Lenz (Hg.), Wasserbau")
    # the span in the note is still the original one ("ders., …")
    assert t[cits[1].start:cits[1].end].startswith("ders., Das Wehr")


def test_name_in_prose_is_no_citation():
    t = "Examples include Ron Judd, who led the council after 1999, and others."
    assert not [c for c in parse_note(1, t) if c.kind == "full"]
    assert not parse_note(2, "Karl Brem, geboren 1890 in Ulm, studierte Recht in Jena.")


def test_note_entries_have_the_author_not_the_prose():
    notes = [model.Footnote(1, [model.Text(
                 "Bei Roth sind fast 4 000 Titel verzeichnet. Siehe Anna Roth, Dörfer und "
                 "Märkte. Eine Bibliographie, Kassel 1987.")]),
             model.Footnote(2, [model.Text(
                 "Vgl. Otto Lenz, Die Mühle am Bach, Jena 1990; ders., Das Wehr, Jena 1994.")])]
    res = build_bibliography(notes, landing_refs=None, style="chicago")
    firsts = sorted(e.persons.get("author", ["?"])[0] for e in res.entries)
    assert firsts == ["Lenz, Otto", "Lenz, Otto", "Roth, Anna"]
    roth = next(e for e in res.entries if e.persons["author"][0] == "Roth, Anna")
    assert roth.fields["title"].startswith("Dörfer und Märkte") and roth.fields["year"] == "1987"


def test_citation_ends_at_its_place_and_year_before_a_sentence():
    t = ("Die erste Fassung findet sich bei Ernst Kron, Der Staat im Wandel, München 1976. "
         "Die spätere Fassung unterscheidet sich deutlich davon.")
    assert _pieces(t) == ["Ernst Kron, Der Staat im Wandel, München 1976"]
    t = "Ernst Kron, Der Staat, Berlin 2004. In: Jahrbuch 3, S. 5–9."
    assert _pieces(t) == [t.rstrip(".")]


def test_pages_of_the_web_cited_in_prose_are_their_own_works():
    notes = [model.Footnote(1, [model.Text(
                 "Vgl. www.rivers.org/report.pdf (Zugriff am 14. November 2013).")]),
             model.Footnote(2, [model.Text(
                 "In manchen Ländern gilt das anders. Zum Recht vgl. www.lakes.de/recht.php "
                 "(accessed on 5 May 2013).")]),
             model.Footnote(3, [model.Text(
                 "Das Projekt wurde vom Ministerium gefördert (vgl. www.project.de).")])]
    res = build_bibliography(notes, landing_refs=None, style="chicago")
    shown = sorted(model.plain_text(e.formatted) for e in res.entries)
    # each address its own entry, printed as the note gives it (no prose, no
    # access date taken for a title, not the bracket the prose closes); an
    # address the note points to without a date is a work too (the corpus's
    # hand-checked references count it: de-39677, notes 2 and 9)
    assert shown == ["www.lakes.de/recht.php (accessed on 5 May 2013)", "www.project.de",
                     "www.rivers.org/report.pdf (Zugriff am 14. November 2013)"]
    assert {e.fields.get("urldate") for e in res.entries} == {"2013-11-14", "2013-05-05", None}
    assert [n.cites != [] for n in notes] == [True, True, True]


def test_newspaper_items_keep_the_paper_out_of_the_title():
    for text, author, title, paper in [
            ("Maria K. Olsen, “Harbour Strike Ends,” Daily Courier, March 4, 2004, p. B2.",
             "Olsen", "Harbour Strike Ends", "Daily Courier"),
            ("See, for example Joan Pike, “Mills Close Early,” Evening Star, May 9, 1998.",
             "Pike", "Mills Close Early", "Evening Star")]:
        c = [c for c in parse_note(1, text) if c.kind == "full"][0]
        assert (c.authors[0].last, c.title, c.container) == (author, title, paper)
        assert c.date.year and c.date.month and c.date.day


def test_a_remark_with_thanks_is_no_entry_and_its_author_year_reference_links_the_list():
    notes = [model.Footnote(1, [model.Text(
                 "Our findings rest on interviews gathered over the past two winters in the valley. "
                 "The work has been supported by a grant that the county council gave to the two of us "
                 "in spring. Earlier versions of the harbour case appear in Berg, Dunn and Fox 2004.")]),
             model.Footnote(2, [model.Text(
                 "On the variety of mills along the river, see for example: Olsen, Pike, 1997; "
                 "Lund et al., 1999.")])]
    refs = ["Berg, Anna, Carl Dunn and Eva Fox (2004): Harbours and Towns. Leeds: Coast Press.",
            "Olsen, Maria and Joan Pike (1997): Mills of the North. Oxford: Clarendon."]
    res = build_bibliography(notes, landing_refs=refs, style="chicago")
    # no entry made of the prose: only the two listed works
    assert sorted(e.origin for e in res.entries) == ["list", "list"]
    berg = next(e for e in res.entries if e.persons["author"][0].startswith("Berg"))
    olsen = next(e for e in res.entries if e.persons["author"][0].startswith("Olsen"))
    assert notes[0].cites == [berg.key] and 1 in berg.cited_by
    assert notes[1].cites == [olsen.key]
    # the reference to a work the list lacks is reported, not invented
    assert any(s["value"] == "Lund et al., 1999" for s in res.suspects)
    # the note's words stay as they were, in order
    assert model.plain_text(notes[0].inlines).endswith("appear in Berg, Dunn and Fox 2004.")


def test_a_note_of_prose_sentences_with_a_year_is_no_entry():
    notes = [model.Footnote(3, [model.Text(
        "None of the councils in the region, since the reform and continuing to this day, has had "
        "more than two women among its members. In the latest elections held in the year 2011, fewer "
        "than five percent of the candidates were women, and only three of them were elected.")])]
    res = build_bibliography(notes, landing_refs=None, style="chicago")
    assert res.entries == [] and notes[0].cites == []


def test_a_url_broken_at_a_line_end_keeps_its_parts_in_order_and_the_day_and_place_stay():
    t = ("Rede des Bürgermeisters beim Hafentag 2011 der Kammer, Kiel 3. 5. 2011, online: "
         "www.kiel-hafen.de/nn_12/Content/Rede/ 2011/05/2011 - 05 - 03-hafentag.html (12.10.2012).")
    res = build_bibliography([model.Footnote(2, [model.Text(t)])], landing_refs=None)
    (e,) = res.entries
    assert e.fields["url"] == "www.kiel-hafen.de/nn_12/Content/Rede/2011/05/2011-05-03-hafentag.html"
    assert e.fields["urldate"] == "2012-10-12"
    shown = model.plain_text(e.formatted)
    assert "Kiel" in shown and shown.index("Rede des") < shown.index("Kiel") < shown.index("www.")
    assert "hafentag.html (" not in shown and "online:" not in shown


def test_a_lead_in_is_no_author_and_an_edition_mark_is_no_part_of_the_year():
    notes = [model.Footnote(4, [model.Text(
                 "Genauere Angaben in Paula Stern, Die Flüsse im Wandel, in: Jan Ort/Eva Lind (Hrsg.), "
                 "Wasser und Land, Bremen 2003, S. 10 - 19.")]),
             model.Footnote(5, [model.Text(
                 "Die erste Fassung findet sich bei Otto Brand, Die Mühle im Tal. Schriften 1950 - 1970, "
                 "Jena 19813. Die spätere Fassung weicht davon ab.")])]
    res = build_bibliography(notes, landing_refs=None, style="chicago")
    by = {e.persons["author"][0]: e for e in res.entries}
    assert set(by) == {"Stern, Paula", "Brand, Otto"}
    assert by["Stern, Paula"].fields["title"] == "Die Flüsse im Wandel"
    assert by["Stern, Paula"].persons["editor"] == ["Ort, Jan", "Lind, Eva"]
    brand = by["Brand, Otto"]
    assert (brand.fields["year"], brand.fields.get("edition")) == ("1981", "3")
    assert brand.fields["title"].startswith("Die Mühle im Tal")


def test_a_quoted_title_ending_its_sentence_keeps_the_paper_out():
    t = "See for example Anna Lund, “Why the mills closed early.” Northern Post, NP.com, May 9, 2003."
    res = build_bibliography([model.Footnote(1, [model.Text(t)])], landing_refs=None)
    (e,) = res.entries
    shown = model.plain_text(e.formatted)
    assert "“Why the mills closed early.”" in shown and "Northern Post, NP.com" in shown
    assert "early, Northern" not in shown
