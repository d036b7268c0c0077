"""Events, not dates: what makes a dated sentence a timeline entry (invented texts)."""

from __future__ import annotations

from coursepack import model
from coursepack import timeline as T

from ..questions.articles import reading_from_text

ARTICLE = """\
# Introduction

Early studies of port strikes found little solidarity (Marsh 1991; Ode & Lund, 1994). The dockers of Vessa struck on 3 March 1998. Two days later the harbour board conceded a pay rise. The union has had an office in the port since 2001. If the board had refused in 1998, the strike would have spread.

# Later years

The following year the board founded a training school. The board will probably close the school by 2030. This article draws on interviews conducted in 2019. In 2005 the port was privatised, and on 4 March 1998 the board conceded a pay rise to the dockers.

# References

Marsh, A. (1991). Dock strikes in the north. Harbour Review 3, 1–20.
"""


def events():
    r = reading_from_text(ARTICLE)
    return T.extract_with_notes(r)


def test_events_come_from_past_tense_reports_not_citations_or_references():
    evs, _ = events()
    dates = {e.date for e in evs}
    assert "1991" not in dates and "1994" not in dates     # citations
    assert "2001" not in dates                             # a present state since a date
    assert "2030" not in dates                             # a forecast
    assert "2019" not in dates                             # the article's own method
    assert {"1998-03-03", "2005"} <= dates
    strike = next(e for e in evs if e.date == "1998-03-03")
    assert strike.text == "The dockers of Vessa struck"


def test_relative_dates_are_resolved_against_the_date_before_them():
    evs, notes = events()
    by_date = {e.date: e for e in evs}
    assert "1998-03-05" in by_date and "pay rise" in by_date["1998-03-05"].text
    assert "1999" in by_date and "training school" in by_date["1999"].text
    assert "Two days later" in notes[by_date["1998-03-05"].id]


def test_an_event_dated_twice_differently_is_flagged_for_the_instructor():
    evs, notes = events()
    twice = [e for e in evs if "conceded a pay rise" in e.text]
    assert {e.date for e in twice} == {"1998-03-05", "1998-03-04"}
    for e in twice:
        assert "check which is right" in notes[e.id]


def test_german_events_and_labels():
    r = reading_from_text("# Einleitung\n\nAm 9. November 1989 öffnete die DDR ihre Grenzen. "
                          "Die Regierung wird die Regel wahrscheinlich 2030 ändern. Im Juni 1950 "
                          "wurde das Lager eröffnet.")
    r.meta.languages = ["de"]
    evs = T.extract(r)
    assert [(e.date, e.label) for e in evs] == [("1950-06", "Juni 1950"),
                                                ("1989-11-09", "9. November 1989")]


def test_bracketed_citations_and_words_holding_a_month_give_no_events():
    """"[Womack et al. 1990]" is a citation; "mainly", "majority" hold the
    French and Polish May ("mai", "maj") but are not dates."""
    r = reading_from_text("# Introduction\n\nGroupwork was introduced in 1996 and spread "
                          "widely [Womack et al. 1990; IG Metall 1980]. The majority voted "
                          "mainly for the plan in 1997.")
    assert [e.date for e in T.extract(r)] == ["1996", "1997"]


def test_french_spanish_and_polish_events_and_labels():
    cases = [("fr", "Le traité a été signé le 9 novembre 2020.", "9 novembre 2020"),
             ("es", "El acuerdo se firmó el 9 de noviembre de 2020.", "9 de noviembre de 2020"),
             ("pl", "Porozumienie podpisano 9 listopada 2020 r., a wojska wkroczyły.",
              "9 listopada 2020")]
    for lang, text, label in cases:
        r = reading_from_text("# Intro\n\n" + text)
        r.meta.languages = [lang]
        assert [(e.date, e.label) for e in T.extract(r)] == [("2020-11-09", label)], lang


def test_a_label_naming_another_years_event_is_not_this_years():
    """"In 1994 X; the vector reached its maximum in 1997": the 1994 event is
    not "reached its maximum in 1997"."""
    r = reading_from_text("# Intro\n\nAfter the talks of 1994 the relations improved, and "
                          "the partnership reached its maximum in 1997 when the treaty was "
                          "signed.")
    evs = T.extract(r)
    assert all(not ("1997" in e.text and e.date.startswith("1994")) for e in evs)


def test_periods_ranges_method_and_own_history_give_no_events():
    r = reading_from_text(
        "# Background\n\nReforms undertaken since 1979 have removed many privileges. "
        "Clubs took hold on campuses after the first Union Summer in 1996. "
        "All pupils, excluding pupils born in 1992, were invited. "
        "The survey was conducted from September 2012 until July 2013. "
        "Paper presented at the 15th Annual Conference, 6 September 2000. "
        "This Forum article was commissioned by the editors in the autumn of 2006. "
        "In April 1979 there was no limit on speeches. "
        "As Smith showed in 1991, unions declined. "
        "The Republic gained its independence in the year 1991 following the dissolution of the federation.")
    evs = T.extract(r)
    # (the clubs did not take hold in 1996; the Union Summer they followed is 1996's own event)
    assert [(e.date, e.text) for e in evs] == [
        ("1991", "The Republic gained its independence following the dissolution of the federation"),
        ("1996", "The first Union Summer")]


def test_german_main_clause_and_second_verb_hold_the_date():
    r = reading_from_text(
        "# Einleitung\n\nAngesichts der Debatte über Gehälter, die schon früher einsetzte, "
        "thematisierte Bundeskanzlerin Angela Merkel im Dezember 2007 die Begrenzung der Gehälter. "
        "Mentzel ist seit dem Frühjahr 1930 Kreisleiter in Göttingen. "
        "Wiepking arbeitete in der Abteilung mit und informierte im Dezember 1942 den Minister "
        "über die Planung.")
    r.meta.languages = ["de"]
    evs = T.extract(r)
    assert [(e.date, e.text) for e in evs] == [
        ("1942-12", "Wiepking informierte den Minister über die Planung"),
        ("2007-12", "Bundeskanzlerin Angela Merkel thematisierte die Begrenzung der Gehälter")]


def test_a_relative_date_never_counts_from_a_distant_section():
    r = reading_from_text(
        "# History\n\nThe country became a republic in 1949.\n\nIt stayed poor.\n\n"
        "# A life\n\nSeamas grew up on a farm.\n\nWhen Seamas was 13 his older brother left for England to find work "
        "and a year later when he was 14 Seamas had to leave school.")
    assert [e.date for e in T.extract(r)] == ["1949"]


def test_anaphors_quotations_and_bare_definite_subjects():
    r = reading_from_text(
        "# Background\n\nMuch changed with the Harbour Workers Education Project, a large "
        "programme. The project was launched in 1990. Later the school was opened in 1993.\n\n"
        "The board met. The scheme was dropped in 1995.\n\n"
        "As Anna Berg commented in plenary in 1996, ‘the port is our common house.\n\n"
        "The dockers struck again in 1997. This strike was settled in 1998.")
    evs = [(e.date, e.text) for e in T.extract(r)]
    assert ("1990", "The Harbour Workers Education Project was launched") in evs
    assert ("1997", "The dockers struck again") in evs
    assert not [d for d, t in evs if d in ("1995", "1996", "1998")], evs   # no referent, speech, anaphor


def test_german_connective_and_demonstrative_openers():
    r = reading_from_text(
        "# Einleitung\n\nDie Zahl der Anträge wuchs. Dementsprechend stieg die Zahl der Lager "
        "im Jahr 1976 auf 40. Diesen ersten Flüchtlingen folgte im Juni 1950 eine größere Gruppe.")
    r.meta.languages = ["de"]
    evs = [(e.date, e.text) for e in T.extract(r)]
    assert evs == [("1976", "Die Zahl der Lager stieg auf 40")], evs


def test_german_biography_in_the_historic_present():
    r = reading_from_text(
        "# Leben\n\nIm März 1948 wird Brandt in allen Punkten freigesprochen. 1951 erhält Brandt "
        "eine Professur in Kiel. Brandt stirbt im Jahr 1980. 1960 ist Brandt Dekan. Die Kollegen "
        "unterstützten die Anstrengungen von 1962 nicht.")
    r.meta.languages = ["de"]
    evs = [(e.date, e.text) for e in T.extract(r)]
    assert evs == [("1948-03", "Brandt wird in allen Punkten freigesprochen"),
                   ("1951", "Brandt erhält eine Professur in Kiel"),
                   ("1980", "Brandt stirbt")], evs


def test_a_names_relative_clause_without_comma_and_all_but():
    r = reading_from_text(
        "# Context\n\nVaria was ruled from abroad until 1901 when all but two provinces "
        "formed the Varian League which went on to call itself Varia in 1910 and declared "
        "itself a kingdom in 1925.")
    evs = [(e.date, e.text) for e in T.extract(r)]
    assert evs == [("1901", "All but two provinces formed the Varian League"),   # "until … when"
                   ("1910", "The Varian League called itself Varia"),
                   ("1925", "Varia declared itself a kingdom")], evs


def test_second_conjunct_bracket_citation_and_german_perfect():
    r = reading_from_text(
        "# Context\n\nThe Harbour Plan was put forward by Norway in 1997 and was first adopted "
        "by the Council in 1999. In 1990, the publication of the Lund report [Lund et al., op. "
        "cit.] induced a major turn in port policy.")
    evs = [(e.date, e.text) for e in T.extract(r)]
    # the author's verdict on its effect ("induced a major turn …") is left out: the act alone
    assert evs == [("1990", "The Lund report was published"),
                   ("1997", "The Harbour Plan was put forward by Norway"),
                   ("1999", "The Harbour Plan was first adopted by the Council")], evs
    r = reading_from_text("# Kontext\n\nSo hat der Stadtrat im Jahr 2006 gemeinsam mit dem Land "
                          "das Programm Hafenbildung initiiert.")
    r.meta.languages = ["de"]
    assert [(e.date, e.text) for e in T.extract(r)] == [
        ("2006", "Der Stadtrat hat gemeinsam mit dem Land das Programm Hafenbildung initiiert")]


def test_an_apposition_naming_the_dated_happening():
    r = reading_from_text("# Kontext\n\nMit der ersten Einschränkung, der Einführung einer "
                          "Visumpflicht für Ruritanien im Juni 1976, begann eine neue Phase.")
    r.meta.languages = ["de"]
    assert [(e.date, e.text) for e in T.extract(r)] == [
        ("1976-06", "Erste Einschränkung: die Einführung einer Visumpflicht für Ruritanien")]
    r = reading_from_text("# Context\n\nWith the first restriction, the introduction of visas "
                          "for Ruritanians in June 1976, a new phase began.")
    assert [(e.date, e.text) for e in T.extract(r)] == [
        ("1976-06", "First restriction: the introduction of visas for Ruritanians")]


def test_a_season_stays_in_the_printed_date():
    r = reading_from_text("# Leben\n\nIm Frühjahr 1930 wird Brandt in Kiel verhaftet. Im "
                          "Wintersemester 1954 erhält Brandt einen Lehrauftrag in Bonn.")
    r.meta.languages = ["de"]
    assert [(e.date, e.label) for e in T.extract(r)] == [
        ("1930", "Frühjahr 1930"), ("1954", "Wintersemester 1954")]


def test_a_statement_that_something_had_happened_is_dated_by_what_happened():
    r = reading_from_text("# Talks\n\nLater Odo Varga stated that he had a series of talks with "
                          "the envoy on October 19–20, 2020. Mira Lund said that she had signed "
                          "the accord on 3 May 2021.")
    assert [(e.date, e.text) for e in T.extract(r)] == [
        ("2020-10-19", "Odo Varga had a series of talks with the envoy"),
        ("2021-05-03", "Mira Lund signed the accord")]


def test_a_german_present_after_the_articles_year_is_a_forecast():
    r = reading_from_text("# Leben\n\nIm März 1948 wird Brandt freigesprochen. Im Jahr 2030 wird "
                          "der Rat gewählt.")
    r.meta.languages = ["de"]
    r.meta.year = "2010"
    assert [(e.date, e.text) for e in T.extract(r)] == [("1948-03", "Brandt wird freigesprochen")]


def test_a_peak_figure_of_speech_gives_way_to_its_when_clause():
    r = reading_from_text("# Relations\n\nThe warming of relations reached its peak in 1997 when, "
                          "finally, the Harbour Treaty, signed in 1994, came into force.")
    assert [(e.date, e.text) for e in T.extract(r)] == [("1994", "The Harbour Treaty was signed"),
                                                        ("1997", "The Harbour Treaty came into force")]


def test_a_dated_happening_after_followed_by():
    r = reading_from_text("# Protest\n\nThe strikes of the nineties, followed by large dock "
                          "protests on March 3, 2001, have given the unions a voice. The board, "
                          "followed by its staff in 2002, has grown.")
    # a noun alone names no act (JUDGE10): the protests took place
    assert [(e.date, e.text) for e in T.extract(r)] == [("2001-03-03", "Large dock protests took place")]


def test_a_decision_named_as_a_noun_and_an_until_when_clause_are_events():
    r = reading_from_text("# Context\n\nOstmark was a province of Veldora until 1931 when all but "
                          "its two coastal districts became a free state. The clearest sign of "
                          "this lies in the Veldoran decision in 2004 to leave the Harbour "
                          "Convention, a treaty of 1990. The talks lasted until 2009.")
    got = [(e.date, e.text) for e in T.extract(r)]
    assert ("1931", "All but Ostmark’s two coastal districts became a free state") in got
    assert ("2004", "The Veldoran decision to leave the Harbour Convention") in got
    assert not any(d == "2009" for d, _ in got)     # "until 2009" alone: a reference point


def test_a_label_is_not_cut_before_the_person_an_act_was_done_with():
    r = reading_from_text("# Context\n\nIn July 2020, the Veldoran President termed the situation "
                          "very sensitive for Veldora and also discussed the developments with "
                          "Ostmark President Anna Maria Kessel, stressing the need for calm.")
    [ev] = T.extract(r)
    assert ev.text.endswith("discussed the developments with Ostmark President Anna Maria Kessel")


def _events_of(text: str, lang: str = "en"):
    r = reading_from_text(text)
    r.meta.languages = [lang]
    return [(e.date, e.text) for e in T.extract(r)]


def test_an_image_or_a_verdict_is_not_an_event():
    """Animals marching (the author's image of costumed protesters) and an
    effect on "legitimacy" (the author's verdict) give no entry."""
    evs = _events_of("# Intro\n\nOn November 30, 1999, sea turtles rose up on two legs and "
                     "marched through the streets of Vessa. A bribery scandal in 2002 undermined "
                     "the legitimacy of the council. In 2003 the mayor of Vessa resigned.")
    assert evs == [("2003", "The mayor of Vessa resigned")]


def test_he_she_er_sie_are_named_by_the_person_before_them():
    de = _events_of("# Leben\n\nHerbert Lindqvist wird 1901 in Vessa geboren. Lindqvist "
                    "engagiert sich früh. Im Sommer 1956 wird er als Professor nach Hannover "
                    "berufen und bleibt dort bis 1969. Nach der Lehre nimmt er 1921 ein Studium "
                    "in Göttingen auf.", "de")
    assert ("1956", "Lindqvist wird als Professor nach Hannover berufen") in de
    assert ("1921", "Lindqvist nimmt nach der Lehre ein Studium in Göttingen auf") in de
    assert ("1901", "Herbert Lindqvist wird in Vessa geboren") in de
    # two people named just before: "er" is not guessed
    amb = _events_of("# Leben\n\nHerbert Lindqvist traf Konrad Ode. Im Sommer 1956 wird er "
                     "nach Hannover berufen.", "de")
    assert amb == []


def test_sides_are_named_or_the_event_is_left_out():
    evs = _events_of("# Intro\n\nThe conflict between Varnia and Ostland is old. In 1994 sides "
                     "achieved the truce with Russian mediation.")
    assert evs == [("1994", "Varnia and Ostland achieved the truce with Russian mediation")]
    assert _events_of("# Intro\n\nIn 1994 sides achieved the truce.") == []


def test_a_label_spanning_years_keeps_only_its_own_event():
    evs = _events_of("# Intro\n\nThe “Battle of Vessa” in late 1999 and subsequent "
                     "demonstrations through 2002 in Prague and Genoa, followed by world-wide "
                     "antiwar demonstrations on February 15, 2003, have given voice to the "
                     "opposition.")
    assert ("1999", "The “Battle of Vessa”") in evs
    assert all("2002" not in t for _, t in evs)


def test_verbs_in_a_series_each_get_the_subject_and_their_own_date():
    evs = _events_of("# Intro\n\nUnions and greens founded the Green Labour Alliance. The "
                     "Alliance formed in the fight against a trade pact in 1993, regrouped to "
                     "defeat a tariff bill in 1997, and provided the framework within which the "
                     "Vessa protests were organized in the fall of 1999.")
    assert evs == [
        ("1993", "The Green Labour Alliance formed in the fight against a trade pact"),
        ("1997", "The Green Labour Alliance regrouped to defeat a tariff bill"),
        ("1999", "The Green Labour Alliance provided the framework within which the Vessa "
                 "protests were organized")]


def test_named_happenings_and_when_clauses_give_events():
    evs = _events_of("# Intro\n\nMost obviously, the election of a new slate at the union in "
                     "1995 has expanded its vision. Groups joined efforts (including the 2002 "
                     "Vessa Earth Summit). It became evident in 2007, when Poland blocked the "
                     "new treaty at the summit in Samara.")
    # the summit is only an example in brackets: no bare name, and not the outer clause's date
    assert evs == [("1995", "A new slate was elected at the union"),
                   ("2007", "Poland blocked the new treaty at the summit in Samara")]


def test_german_labels_in_statement_order_and_a_law_named_by_its_year():
    evs = _events_of("# Einleitung\n\nSchon im Jahr 2000 bezeichneten sich Bündnis 90/Die "
                     "Grünen als „Partei der Generationengerechtigkeit”. In der Verfassung von "
                     "1968, Artikel 23, wandelte sich dann das Asylrecht in eine Kann-Bestimmung: "
                     "„Die Republik kann Asyl gewähren.“ Höhepunkt waren die Weltfestspiele der "
                     "Jugend in Ost-Berlin im Sommer 1973.", "de")
    assert evs == [
        # the law it happened in stays in the label (what changed it, not a drift)
        ("1968", "In der Verfassung (Artikel 23) wandelte sich das Asylrecht in eine Kann-Bestimmung"),
        ("1973", "Weltfestspiele der Jugend in Ost-Berlin"),
        ("2000", "Bündnis 90/Die Grünen bezeichneten sich als „Partei der Generationengerechtigkeit”")]


def test_a_thing_named_with_what_was_done_to_it_at_the_date():
    evs = _events_of("# Intro\n\nIt was part of the project called “work reform” initiated by "
                     "the federal State in 1974. The relations improved when the Partnership "
                     "Agreement, signed in 1994, came into effect. The projects are sewage plants "
                     "in Vessa (completed in 2005), the dam, and the bridge (opened in 2007). "
                     "The first “common plan” (adopted in June 1999) was the programme for Vessa.")
    assert ("1974", "The project called “work reform” was initiated by the federal State") in evs
    assert ("1994", "The Partnership Agreement was signed") in evs
    assert ("2005", "Sewage plants in Vessa were completed") in evs
    assert ("2007", "The bridge was opened") in evs
    # the sentence's own subject: what it was, and what was done to it at the date
    assert ("1999-06", "The first “common plan”, the programme for Vessa, was adopted") in evs


def test_a_german_decision_with_what_it_provided():
    evs = _events_of("# Kontext\n\nSo kann die Entscheidung der Hafenkonferenz vom 3. Mai 1961 – "
                     "diese sah vor, abgelehnte Seeleute nicht auszuweisen – als Kompromiss gelten. "
                     "Die Entscheidung der Hafenkonferenz vom 4. Mai 1962 ist bekannt.", "de")
    assert evs == [("1961-05-03", "Entscheidung der Hafenkonferenz: abgelehnte Seeleute nicht "
                                  "auszuweisen")]


def _de(text: str):
    r = reading_from_text(text)
    r.meta.languages = ["de"]
    return r


def test_german_years_marked_by_word_order_are_dates_counts_are_not():
    """"schon 1949 fand …", "1956 verließen …", "trat 1932 der Partei bei", "fand erst
    1997 Eingang": dates; "hatte 2000 Mitglieder", "1921 waren 10 v. H. …": no events."""
    r = _de("# Geschichte\n\nSchon 1949 fand eine kleine Gruppe aus Griechenland in Varia Zuflucht. "
            "Insbesondere 1956 verließen rund 194 000 Ungarn ihre Heimat, bevor die Grenze wieder "
            "geschlossen wurde. Der Verein hatte 2000 Mitglieder. 1921 waren über 10 v. H. der "
            "Bevölkerung Bauern. Der Verband fand erst 1997 einen neuen Vorsitzenden. "
            "Karl Ostwald trat 1932 der Partei bei.")
    evs = {e.date: e.text for e in T.extract(r)}
    assert set(evs) == {"1932", "1949", "1956", "1997"}, evs
    assert evs["1956"] == "Rund 194 000 Ungarn verließen ihre Heimat", evs
    assert "bevor" not in evs["1956"] and "erst" not in evs["1997"].split(), evs


def test_a_gapped_clause_is_its_own_event_and_a_nominal_act_gets_its_person():
    """"1932 erfolgt der Eintritt in die Partei und 1933 in die Miliz": two events, each
    naming whose entry it was (the person of the sentences before); without a person
    named before, whose act it was is not certain: no event."""
    r = _de("# Ausbildung\n\nKarl Ostwald wird 1901 in Varstadt geboren. 1932 erfolgt der "
            "Eintritt in die Partei und 1933 in die Miliz.")
    evs = [(e.date, e.text) for e in T.extract(r)]
    assert ("1932", "Ostwald: Eintritt in die Partei") in evs, evs
    assert ("1933", "Ostwald: Eintritt in die Miliz") in evs, evs
    r = _de("# Ausbildung\n\n1932 erfolgt der Eintritt in die Partei.")
    assert T.extract(r) == []


def test_a_comparing_article_names_whose_act_an_event_was():
    """Sections alike but for the state at their end: an event that names neither
    state gets its section's; one outside them whose paragraph names both is left out."""
    r = _de("# I. Einführung\n\nVaria und Ostland stritten lange über das Asyl. 1950 wurde "
            "das Asylgesetz geändert.\n\n"
            "# II. Asylpolitik in Varia\n\nIm Juni 1976 wurde ein Visumzwang für Reisende aus "
            "Kandar eingeführt.\n\n"
            "# III. Asylpolitik in Ostland\n\nIm Mai 1977 wurde das Lager in Ostland eröffnet. "
            "1978 verließen rund 5 000 Kandarer ihre Heimat.")
    evs = {e.date: e.text for e in T.extract(r)}
    assert evs["1976-06"].endswith("(Varia)"), evs
    assert evs["1977-05"] == "Das Lager wurde in Ostland eröffnet", evs     # names its state
    assert "1950" not in evs, evs
    assert evs["1978"] == "Rund 5 000 Kandarer verließen ihre Heimat", evs     # they acted
    # the same texts without the parallel headings: labels unchanged
    r = _de("# Einführung\n\nIm Juni 1976 wurde ein Visumzwang für Reisende aus Kandar eingeführt.")
    assert [e.text for e in T.extract(r)] == ["Ein Visumzwang wurde für Reisende aus Kandar eingeführt"] or \
        not T.extract(r)[0].text.endswith(")")


def test_statistics_and_the_authors_weighing_are_not_events():
    r = _de("# Zahlen\n\nDementsprechend stieg die Asylbewerberzahl im Jahr 1976 auf 11123. "
            "In der Verfassung von 1968 wandelte sich das Asylrecht sehr deutlich in eine "
            "Kann-Bestimmung.")
    evs = {e.date: e.text for e in T.extract(r)}
    assert "1976" not in evs, evs
    assert "deutlich" not in evs["1968"] and "Kann-Bestimmung" in evs["1968"], evs
    r = reading_from_text("# History\n\nThe number of members rose to 5,000 in 1988. The "
                          "publication of the Lund report in 1990 induced a major turn in port "
                          "policy. Harbour traffic grew dramatically in 1995 after the dredging.")
    evs = {e.date: e.text for e in T.extract(r)}
    assert "1988" not in evs, evs
    assert evs["1990"] == "The Lund report was published", evs
    assert "dramatically" not in evs.get("1995", ""), evs


def test_a_bare_name_is_merged_into_the_act_of_its_year():
    """"The “Battle of Vessa” in late 1999" (no act) and "the Alliance organised the
    Vessa demonstrations in the fall of 1999": one event, the act, citing both paragraphs."""
    r = reading_from_text("# Intro\n\nThe “Battle of Vessa” in late 1999 and subsequent "
                          "demonstrations through 2002 in Lund gave voice to the opposition."
                          "\n\n# Cases\n\nThe Alliance "
                          "organised the Vessa demonstrations in the fall of 1999.")
    evs = [e for e in T.extract(r) if e.date == "1999"]
    assert [e.text for e in evs] == ["The Alliance organised the Vessa demonstrations"], evs
    assert len(evs[0].evidence) == 2


def test_a_footnotes_own_prose_gives_events_its_citations_never():
    from coursepack import model
    r = reading_from_text("# Intro\n\nThe students voted in the local elections.")
    r.sections[0].blocks[0].inlines.append(model.NoteRef(1))
    r.sections[0].blocks[0].inlines.append(model.NoteRef(2))
    r.footnotes = [
        model.Footnote(1, [model.Text("The Vessa Framework Agreement ended the armed conflict "
                                      "between the two communities in 2001.")]),
        model.Footnote(2, [model.Text("See Marsh (1991), pp. 3–5; the treaty was signed in 1990 "
                                      "according to Ode, Harbour Review, 1994.")])]
    evs = [(e.date, e.text, e.evidence) for e in T.extract(r)]
    assert evs == [("2001", "The Vessa Framework Agreement ended the armed conflict between the two "
                    "communities",
                    [r.sections[0].blocks[0].id])], evs


def test_german_sentences_opening_with_their_date_report_a_career():
    """A biography in the historic present with the date in front of the verb: a
    separable verb ("schließt … ab"), a state-like verb of membership ("gehört zum
    Präsidium"), the second verb of a pair ("und wird … 1966 Präsident"), a year after
    verb and subject ("erhält Morgen 1934 …"); not "ist", "hat" or a count."""
    evs = dict(_events_of(
        "# Leben\n\nHerbert Lindqvist wird 1901 in Vessa geboren. 1925 schließt er die Promotion "
        "mit einer Arbeit über Weizen ab. Gleichwohl sind die Stationen zu nennen: zunächst erhält "
        "Lindqvist 1934 kurzzeitig ein Ordinariat in Jena. 1951 gehört er zum Präsidium der Akademie "
        "für Städtebau und wird schließlich 1966 Präsident der Akademie für Raumforschung. 1960 hat "
        "der Verein 2000 Mitglieder. 1970 ist er Rentner. 1980 gibt es die Akademie nicht mehr.", "de"))
    assert evs["1925"] == "Lindqvist schließt die Promotion mit einer Arbeit über Weizen ab"
    assert evs["1934"].startswith("Lindqvist erhält kurzzeitig ein Ordinariat")
    assert evs["1951"] == "Lindqvist gehört zum Präsidium der Akademie für Städtebau"
    assert evs["1966"].startswith("Lindqvist wird") and "Präsident der Akademie" in evs["1966"]
    assert not {"1960", "1970", "1980"} & set(evs)


def test_dated_acts_in_parentheses_and_a_fuller_name_for_a_bare_subject():
    evs = _events_of(
        "# Cases\n\nExamples include the Vessa Alliance (with wage laws passed in Ostby in 1997 "
        "and Lunden in 1999), and the Varn Council (pushing the Lunden City Council to adopt wage "
        "policies in 1998; Smith 2000). Two partnerships work (established in accordance with the Declaration adopted "
        "at the Vessa International Conference on October 27–28, 2003).\n\n# Later\n\nThe "
        "Vessa-Ostland trilateral working group on transport meets often. The working group was set "
        "up on 9 January 2021 in Lunden.")
    assert ("1997", "Wage laws were passed in Ostby") in evs
    assert ("1999", "Wage laws were passed in Lunden") in evs
    assert ("1998", "The Lunden City Council adopted wage policies") in evs
    assert ("2003-10-27", "The Declaration was adopted at the Vessa International Conference") in evs
    assert ("2021-01-09", "The Vessa-Ostland trilateral working group on transport was set up in Lunden") in evs
    assert "2000" not in dict(evs)          # a citation


def test_german_pluperfect_whole_relative_clause_and_a_season_year():
    evs = dict(_events_of(
        "# Asyl\n\nNach dem Text der Verfassung von 1949 wurde im Artikel 10 denjenigen Ausländern "
        "Asyl gewährt, die „wegen ihres Kampfes im Ausland verfolgt werden“. Es gab Konflikte, die "
        "zeigen, wo die Grenzen lagen: 1963 war in der politischen Öffentlichkeit erstmals vom "
        "„Missbrauch des Gastrechts“ gesprochen worden, als bekannt wurde, dass Attentate verübt "
        "wurden. Im Winter 1968/69 verließen rund 170 000 Menschen das Land. 1921 waren über 10 v. H. "
        "der Bauern verschuldet.", "de"))
    assert evs["1949"].endswith("denjenigen Ausländern Asyl gewährt, die „wegen ihres Kampfes im "
                                "Ausland verfolgt werden“")
    # the pluperfect's event, said by who spoke (JUDGE10), its occasion kept
    assert evs["1963"].startswith("Die politische Öffentlichkeit sprach erstmals vom „Missbrauch "
                                  "des Gastrechts“, als bekannt wurde")
    assert evs["1968"] == "Rund 170 000 Menschen verließen das Land"
    assert "1921" not in evs
    r = reading_from_text("# A\n\nIm Winter 1968/69 verließen rund 170 000 Menschen das Land.")
    r.meta.languages = ["de"]
    assert [e.label for e in T.extract(r)] == ["1968/69"]


def test_a_count_in_a_year_and_a_bracketed_example_are_not_events():
    evs = _events_of("# Intro\n\nThere were 57 746 students in the academic year 2013/2014, more "
                     "than in 2012/2013. Groups joined forces (including the 2002 Vessa Summit). "
                     "In 2004 the council of Vessa closed the port.")
    assert evs == [("2004", "The council of Vessa closed the port")]


def test_a_dated_present_perfect_passive_gives_one_event_a_year_named_in_full():
    """"has been carried out twice – in 1999 and 2004": two dated acts (in the past),
    "the survey" named as the paragraph names it; a named survey is not the article's
    own method; a present perfect without a year stays a state."""
    evs = _events_of("# a) The Volunteers Survey\n\nThe Vessa Volunteers Survey queries some 15,000 "
                     "citizens about their engagement. To date, the survey has been carried out "
                     "twice - in 1999 and 2004 respectively. The next survey is planned for 2009. "
                     "The port has been privatised. Russia has bases in Ostland since 2020.")
    assert evs == [("1999", "The Vessa Volunteers Survey was carried out"),
                   ("2004", "The Vessa Volunteers Survey was carried out")]


def test_a_word_entering_language_is_no_event_and_the_authors_framing_is_left_out():
    """"Der Begriff … fand 1997 Eingang": no one acted; "auf dem Gipfel seiner Karriere
    schließlich": the author's framing, not part of the act."""
    r = _de("# Geschichte\n\nDer Begriff „Nachhaltigkeit” fand erst 1997 Eingang in die politische "
            "Sprache. Herbert Vogt wird 1966 auf dem Gipfel seiner Karriere schließlich Präsident "
            "der Akademie. 1990 stirbt Herbert Vogt schließlich hochbetagt in Varia.")
    evs = {e.date: e.text for e in T.extract(r)}
    assert set(evs) == {"1966", "1990"}, evs
    assert evs["1966"] == "Herbert Vogt wird Präsident der Akademie", evs
    assert "schließlich" not in evs["1990"], evs


def test_a_definition_is_made_its_dated_act_or_left_out():
    r = reading_from_text("# History\n\nThe Vessa Panel Survey (VPS) is a representative panel survey "
                          "established at the suggestion of the Science Council and carried out for "
                          "the first time in 2004/2005. The survey uses four steps.")
    evs = [(e.date, e.text) for e in T.extract(r)]
    assert evs == [("2004", "The Vessa Panel Survey was carried out for the first time")], evs


def test_a_document_named_by_its_head_noun_is_named_by_what_it_set_up():
    r = reading_from_text("# History\n\nTwo partnerships now work in the framework: the Varn "
                          "Partnership and the Ost Health Partnership (established in accordance "
                          "with the Declaration adopted at the Vessa Conference on May 3, 2004).")
    evs = [(e.date, e.text) for e in T.extract(r)]
    assert evs == [("2004-05-03", "The Declaration establishing the Varn Partnership and the Ost "
                                  "Health Partnership was adopted at the Vessa Conference")], evs


def test_a_quoted_term_gets_the_owner_the_text_gives_it_just_before():
    r = reading_from_text("# History\n\nThe Treaty of Vessa defined the Union “joint plans” as its "
                          "main instrument. The first “joint plan” (adopted in June 2001) was the "
                          "programme aimed at reform in Ostland.")
    evs = [(e.date, e.text) for e in T.extract(r)]
    assert len(evs) == 1 and evs[0][0] == "2001-06", evs
    assert evs[0][1].startswith("The first Union “joint plan”"), evs


def test_german_date_closing_the_opening_phrase_is_the_main_clauses():
    """"Nach der Niederschlagung des Aufstands 1956/57 verließen …": the date before the
    verb dates the leaving; "nach dem Krieg von 1870" stays the war's."""
    r = _de("# Geschichte\n\nNach der Niederschlagung des Aufstands 1956/57 verließen rund 5000 "
            "Menschen das Land. Nach dem Krieg von 1870 gründeten die Bauern einen Verein.")
    evs = [(e.date, e.label, e.text) for e in T.extract(r)]
    assert [x[:2] for x in evs] == [("1956", "1956/57")], evs
    assert "verließen rund 5000 Menschen das Land" in evs[0][2], evs


def test_an_impersonal_passive_keeps_its_occasion():
    """"1963 war … erstmals vom „Missbrauch“ gesprochen worden, als …": no one acts in the
    main clause; the als-clause says what happened."""
    r = _de("# Geschichte\n\n1963 war in der Presse erstmals vom „Missbrauch des Gastrechts“ "
            "gesprochen worden, als bekannt wurde, dass Attentate durch Verfolgte verübt wurden.")
    evs = [e.text for e in T.extract(r)]
    assert len(evs) == 1 and evs[0].endswith("als bekannt wurde, dass Attentate durch Verfolgte "
                                             "verübt wurden"), evs


def test_german_dates_opening_their_sentence_with_the_verb_next():
    """"Am 15. Februar 2003 demonstrierten …" (a past verb before a noun), "1939 reist
    Morgen …" (the historic present), "1925 promovierte er …, 1930 habilitierte er sich"
    (two dated clauses), "1934 wird er Ordinarius …, 1935 Leiter …" (becoming)."""
    r = _de("# Leben\n\nKarl Ostwald lebte in Varia. Am 15. Februar 2003 demonstrierten Millionen "
            "Menschen gegen den Krieg. 1925 promovierte er in Varia, 1930 habilitierte er sich. "
            "1934 wird er Ordinarius in Lunden, 1935 Leiter der Akademie. 1939 reist Ostwald mit "
            "der Armee nach Ostland. 2005 arbeitet er in Lunden. 2010 gilt Ostwald als Experte.")
    evs = {e.date: e.text for e in T.extract(r)}
    assert evs == {"2003-02-15": "Millionen Menschen demonstrierten gegen den Krieg",
                   "1925": "Ostwald promovierte in Varia", "1930": "Ostwald habilitierte sich",
                   "1934": "Ostwald wird Ordinarius in Lunden",
                   "1939": "Ostwald reist mit der Armee nach Ostland"}, evs


def test_people_counted_acting_and_a_named_happening_a_clause_is_dated_by():
    """"180 campus groups joined …": people counted acting, an event (not "57 percent of
    students voted", a count); "took hold after the first Union Summer in 1996": the named
    happening is 1996's (not "after the war in 1946", not "since …")."""
    evs = _events_of(
        "# History\n\nIn 1999, 180 campus groups joined together in the Vessa Student Union. "
        "In 2013, 57 percent of students voted. In 2014, 570 students were asked. Chapters took "
        "hold on campuses after the first Union Summer in 1996. He was born after the war in "
        "1946. Prices have risen since the Great Crash in 2008.")
    assert evs == [("1996", "The first Union Summer"),
                   ("1999", "180 campus groups joined together in the Vessa Student Union")], evs


def test_a_bare_decision_or_declaration_is_named_from_its_paragraph_or_left_out():
    evs = _events_of(
        "# History\n\nThe ministers drafted the Vessa Declaration, a short text. The declaration "
        "was adopted in 2004. Ostland is a small state that joined the Union in 2007.\n\n"
        "# Later\n\nThey met often. The decision was taken in 2010.")
    assert evs == [("2004", "The Vessa Declaration was adopted"), ("2007", "Ostland joined the Union")], evs


def test_a_happening_named_as_a_noun_takes_place_without_the_authors_intensifier():
    """"followed by massive world-wide antiwar demonstrations on February 15, 2003": the
    label says the demonstrations took place, without the author's "massive" (JUDGE10);
    a named happening that is not a protest, strike or the like keeps its name."""
    evs = _events_of(
        "# History\n\nThe Vessa campaign in late 1999 and later marches, followed by massive "
        "world-wide antiwar demonstrations on February 15, 2003, have given voice to the "
        "opposition. Chapters took hold on campuses after the first Union Summer in 1996.")
    assert ("2003-02-15", "World-wide antiwar demonstrations took place") in evs, evs
    assert ("1996", "The first Union Summer") in evs, evs
    assert not any("assive" in label for _, label in evs), evs


def test_a_german_act_named_as_a_noun_with_its_effect_is_the_act():
    """"Mit der Novellierung des Hochschulrahmengesetzes (HRG) von 1998 wurde ein
    Reformprozess in Gang gesetzt": the 1998 event is the law amended, not the process
    the author says it set going (JUDGE10)."""
    got = _events_of("# Reform\n\nMit der Novellierung des Vessagesetzes (VG) von 1998 wurde ein "
                     "Reformprozess in Gang gesetzt, bei dem neue Gremien eingeleitet wurden. "
                     "Mit der Gründung der Vessa-Stiftung im Jahr 2004 wurde die Forschung "
                     "ermöglicht.", "de")
    assert ("1998", "Das Vessagesetz wurde novelliert") in got, got
    assert ("2004", "Die Vessa-Stiftung wurde gegründet") in got, got
    assert not any("in Gang" in t for _, t in got), got


def test_an_impersonal_passive_in_a_named_body_says_who_spoke():
    """"1963 war in der bundesdeutschen Öffentlichkeit erstmals vom „Missbrauch“ gesprochen
    worden, als …": the body the sentence places it in spoke (JUDGE10), the occasion kept;
    a masculine or neuter place ("Im Bundestag") is not guessed at."""
    got = _events_of("# Asyl\n\nDie Grenzen zeigten sich früh: 1963 war in der bundesdeutschen Öffentlichkeit erstmals vom "
                     "„Missbrauch“ gesprochen worden, als bekannt wurde, dass Attentate verübt "
                     "wurden.", "de")
    assert [t for _, t in got] == ["Die bundesdeutsche Öffentlichkeit sprach erstmals vom „Missbrauch“, "
                                   "als bekannt wurde, dass Attentate verübt wurden"], got


def test_the_contributors_notes_give_no_events():
    """Dates in the authors' biographies (a section "Biographical notes", a
    note on the author) are their lives, not the article's events."""
    r = reading_from_text("# Introduction\n\nThe dockers of Vessa struck on 3 March 1998.\n\n"
                          "# Biographical notes\n\nANN LEE was professor of history at Example University. "
                          "She died on December 1 2004.")
    r.sections[0].blocks.append(model.Block("an1", reading_from_text(
        "The author founded the Vessa archive in 2006.").sections[0].blocks[0].inlines, kind="authornote"))
    evs, _ = T.extract_with_notes(r)
    assert [e.date for e in evs] == ["1998-03-03"], [(e.date, e.text) for e in evs]
