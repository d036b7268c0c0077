"""What a reference list's entry says is what the reader prints: the
faults a reader found in printed bibliographies (JUDGE12), each on entries
of the same form made up here (other journals, other languages), not on
the corpus papers' own."""

from coursepack import model
from coursepack.bibliography import build_bibliography


def _printed(refs: list[str], lang: str = "en") -> dict[str, str]:
    res = build_bibliography([], landing_refs=refs, lang=lang)
    return {e.fields.get("title", e.key): model.plain_text(e.formatted) for e in res.entries}


def _one(printed: dict[str, str], title_start: str) -> str:
    (text,) = [t for k, t in printed.items() if title_start in k]
    return text


def test_a_translations_year_and_the_originals_are_both_printed():
    """"(1928/1990)": the original's year, then the translation's (APA);
    "(1963/1940)": the edition cited first.  Neither is lost, and the
    edition cited is the year of the publisher named."""
    p = _printed(["Husserl E. (1928/1990) Zeit und Dauer. Trans. P. Roux. Lyon: Ardent.",
                  "Mills, Carl W. (1963/1940): Motives and Actions. New York: Ballantine.",
                  "Amt für Statistik (2005/2006): Bericht über die Häfen. Kiel: Amt."])
    assert _one(p, "Zeit und Dauer").endswith("Lyon: Ardent, 1990 [1928].")
    assert _one(p, "Motives").endswith("New York: Ballantine, 1963 [1940].")
    assert "[2005]" not in _one(p, "Bericht")         # two years in a row are a span, no pair


def test_the_words_for_a_part_or_a_volume_are_the_lists_own():
    for lang in ("de", "en"):
        p = _printed(["Ott, Lena (1987), Die Stadt am Fluss, Teil III: Der Hafen (=Arbeiten zur Stadtplanung, "
                      "Bd. 4), München.",
                      "Berg, Tom / Lind, Eva (eds.) (1979): The Rise of the Ports. Vols. 1 and 2. "
                      "London, Harbour Press.",
                      "KERN Max, 1982, Gruppenarbeit im Hafen, Schriftenreihe \"Arbeit und Technik\" Band 4, "
                      "Frankfurt am Main, Campus."], lang)
        assert "Die Stadt am Fluss, Teil III: Der Hafen. Arbeiten zur Stadtplanung, Bd. 4" in _one(p, "Der Hafen")
        assert "Vols. 1 and 2" in _one(p, "The Rise")
        assert "Band 4" in _one(p, "Gruppenarbeit")


def test_a_paper_given_at_a_meeting_keeps_where_and_when():
    p = _printed([
        "Lee, Ann / Roe, Sam (2004): Tides and Trade: Three Harbours Compared. Paper presented at the "
        "Harbour Workshop, Bergen University, April 12.",
        "Fox, K. J. (2003, June). Rivers and roads: A cost hypothesis. Paper presented at the Annual Meeting "
        "of the Coast Society, Hull, UK."])
    tides = _one(p, "Tides")
    assert tides.endswith("” Paper presented at the Harbour Workshop, Bergen University, April 12, 2004.")
    rivers = _one(p, "Rivers")
    assert rivers.endswith("” Paper presented at the Annual Meeting of the Coast Society, Hull, UK, June 2003.")


def test_a_month_the_list_gives_is_printed_beside_the_year():
    p = _printed(["Lund, Eva, Tom Berg and Ann Roe (2012): Ports and families, Harbour Studies "
                  "conference, Leeds UK, June."])
    # the meeting the paper was given at, where, and the month
    assert _one(p, "Ports and families").endswith("“Ports and families.” Harbour Studies conference, Leeds UK, "
                                                  "June 2012.")


def test_what_the_list_says_of_a_work_is_printed():
    """A manuscript and its month; a remark on the first edition; names
    cut short with "et al.", in the reading's language."""
    p = _printed(["ROTH Anna, 1997, Les ports du nord, Paris, Minuit.",
                  "- forthcoming, La mer et le travail, manuscript, june 1999.",
                  "Dorn, Paul L. (2001): The Long Sea. Boston, Harbor Books (first published in 1958).",
                  "Kern, Max, 1991: Netze und Häfen. In: Eva Lind et al. (eds.), Handel im Norden. "
                  "Frankfurt a.M.: Campus, 10–20."])
    assert _one(p, "La mer").endswith("” Forthcoming, manuscript, june 1999.")
    assert _one(p, "The Long Sea").endswith("Boston: Harbor Books, 2001. First published in 1958.")
    assert "edited by Eva Lind et al., 10–20" in _one(p, "Netze")
    de = _printed(["Kern, Max, 1991: Netze und Häfen. In: Eva Lind et al. (Hrsg.), Handel im Norden. "
                   "Frankfurt a.M.: Campus, 10–20."], "de")
    assert "herausgegeben von Eva Lind u.\u00a0a., 10–20" in _one(de, "Netze")


def test_a_subtitle_after_the_volume_is_kept():
    p = _printed(["Lind, Eva, 1988 [1921]: Der Hafen und die Stadt, Vol. 2. Eine Studie. Translated by Tom Berg. "
                  "Kassel: Nordverlag."])
    assert "Der Hafen und die Stadt. Eine Studie. Translated by Tom Berg. Vol. 2." in _one(p, "Der Hafen")


def test_a_place_or_a_publisher_after_the_title_is_no_part_of_it():
    p = _printed([
        "Roth, Anna & Berg, Tim. (2006). Modelle der Beratung im Hafen. Leipzig. Zugriff am 3. Mai 2012 "
        "unter www.example.org/modelle.pdf.",
        "Kahn, Eva. (2007). Ein Sommer. Bremen: Nordverlag."], "de")
    roth = _one(p, "Modelle der Beratung im Hafen")      # (the title without the place)
    assert "Modelle der Beratung im Hafen" in roth and "Leipzig, 2006" in roth
    assert "Ein Sommer" in _one(p, "Ein Sommer")
    ru = _printed(["1. Петров А. Малые города Севера// Россия и Европа. М., 2009.",
                   "2. Северные порты. Издательство Морского университета, 2010."])
    assert "“Малые города Севера.” In Россия и Европа. М., 2009." in _one(ru, "Малые")
    ports = _one(ru, "Северные")
    assert "Издательство Морского университета, 2010" in ports and "“" not in ports


def test_initials_are_printed_with_their_points():
    p = _printed(["Moss PR, Cook EH Jr, Lund W (2009) Tides in the north. J Sea Stud 3:1–9",
                  "Hart, K. L., Berg, T (2011) Ports and people. J Sea Stud 5:10–19"])
    assert _one(p, "Tides").startswith("Moss, P. R., E. H. Cook Jr, and W. Lund.")
    assert _one(p, "Ports").startswith("Hart, K. L., and T. Berg.")


def test_a_typewriters_quotes_are_set_as_the_languages():
    p = _printed(["Kern, Max (1994): \"'Die Hafenarbeit' – Erfahrungen im Wandel\". In: Tom Berg (ed.), "
                  "Arbeit am Kai. Frankfurt/Main: Campus, 12–30.",
                  "LUND Eva, 1981, Die Werft, Schriftenreihe \"Arbeit und Technik\" Band 2, Kassel, Nordverlag.",
                  "Ott, Lena (1998), Häfen und Werften 1920 –1945, München."])
    assert "“‘Die Hafenarbeit’ – Erfahrungen im Wandel.”" in _one(p, "Hafenarbeit")
    assert "Schriftenreihe “Arbeit und Technik”, Band 2" in _one(p, "Die Werft")
    assert "Häfen und Werften 1920–1945" in _one(p, "Häfen und Werften")
    assert "'" not in "".join(p.values()) and '"' not in "".join(p.values())


def test_a_csl_style_gets_the_same_facts():
    from coursepack.bibliography.csl import find_style
    from coursepack.bibliography.styles import format_bibliography
    res = build_bibliography([], landing_refs=[
        "Dorn, Paul L. (2001): The Long Sea. Boston, Harbor Books (first published in 1958).",
        "Fox, K. J. (2003, June). Rivers and roads: A cost hypothesis. Paper presented at the Annual Meeting "
        "of the Coast Society, Hull, UK.",
        "Husserl E. (1928/1990) Zeit und Dauer. Trans. P. Roux. Lyon: Ardent."], lang="en")
    apa = {e.fields["title"]: model.plain_text(e.formatted)
           for e in format_bibliography(res.entries, find_style("apa"))}
    assert apa["The Long Sea"].endswith("(Original work published 1958)")
    assert "[Paper presented at the Annual Meeting of the Coast Society]" in apa["Rivers and roads: A cost hypothesis"]
    assert apa["Zeit und Dauer"].startswith("Husserl, E. (1990).") and "published 1928" in apa["Zeit und Dauer"]


def test_a_work_the_notes_cite_by_author_and_year_points_back_to_the_note():
    """Listed works that only a note cites ("(Cottrell, 1972; Sanna,
    1992)", "vgl. Lind 2001: 5f.") point back to it, and nothing reports
    them as cited nowhere; a work nothing cites still is."""
    refs = ["Cottrell, N. B. (1972). Social facilitation. London: Sage.",
            "Sanna, L. J. (1992). Self efficacy theory. Journal of Personality 62: 774–786.",
            "Lind, Eva (2001). Häfen. Kiel: Nordverlag.",
            "Roe, Sam (1999). Nobody's book. Leeds: Coast Press."]
    fns = [model.Footnote(2, [model.Text("Other studies agree (Cottrell, 1972; Sanna, 1992).")]),
           model.Footnote(5, [model.Text("So schon vgl. Lind 2001: 5f.")])]
    body = [model.Section("s1", "", [model.Block("s1-p1", [model.Text("Effort matters.")])])]
    res = build_bibliography(fns, landing_refs=refs, sections=body, lang="en")
    by_title = {e.fields["title"]: e for e in res.entries}
    assert by_title["Social facilitation"].cited_by == [2] and by_title["Self efficacy theory"].cited_by == [2]
    assert by_title["Häfen"].cited_by == [5] and fns[1].cites == [by_title["Häfen"].key]
    uncited = [s["key"] for s in res.suspects if s["field"] == "cited"]
    assert uncited == [by_title["Nobody's book"].key]


def test_a_forthcoming_work_in_no_journal_is_a_book_and_an_undated_one_says_so():
    p = _printed(["Lind, E. and Roe, S. (2008, forthcoming) Harbour Matters, Keeping, Making and Minding Docks.",
                  "Bergadaà, M. (1990) The Role of Time. Journal of Consumer Research 17: 289-302."])
    assert _one(p, "Harbour Matters").endswith("Roe. Harbour Matters, Keeping, Making and Minding Docks. "
                                               "Forthcoming, 2008.")       # in italics, not in quotes
    res = build_bibliography([model.Footnote(1, [model.Text(
        "Vgl. Konrad Lind, Über Häfen. Ein Lebensbericht, o. J. (1973), unveröffentlichtes Typoskript "
        "bearbeitet von »K. R.« (Stadtarchiv Kiel).")])],
        landing_refs=None, lang="de")
    (e,) = res.entries
    assert "o. J. (1973)" in model.plain_text(e.formatted)
