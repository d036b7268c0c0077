"""Suggesting candidate terms, on texts about other subjects."""

from coursepack import model
from coursepack.glossary import suggest_candidates


def R(sections, notes=()):
    secs = [model.Section(f"s{i + 1}", f"Section {i + 1}",
                          [model.Block(f"b{i}-{j}", [model.Text(t)]) for j, t in enumerate(ps)])
            for i, ps in enumerate(sections)]
    return model.Reading("r", model.Metadata(), sections=secs,
                         footnotes=[model.Footnote(i + 1, [model.Text(t)])
                                    for i, t in enumerate(notes)])


HEALTH = R([
    ["The World Health Organization (WHO) was founded in 1948. Its governing body, the World "
     "Health Assembly, meets every year in Geneva. The World Health Assembly elects the "
     "Director-General.",
     "Critics argued that UNICEF and the WHO competed for funds."],
    ["During the outbreak the WHO declared an emergency under the International Health "
     "Regulations. States must report outbreaks under the International Health Regulations, "
     "which were revised in 2005.",
     "Spain and Portugal objected. Spain later agreed, and Portugal followed. Rich states "
     "practised vaccine nationalism, and ASEAN (Association of Southeast Asian Nations) "
     "struggled.",
     "The ACT Accelerator was slow; UNICEF shipped doses for ASEAN. In the Silk and Spice "
     "Route trade, the Silk and Spice Route mattered. See chapter IV and part XI."]],
    notes=["The term ‘vaccine nationalism’ describes states securing doses for their own "
           "populations first.",
           "Led by Norway and South Africa, the ACT Accelerator serves as a framework for "
           "collaboration.",
           "The Global Fund (GFATM) is mentioned only here."])


def by_term(cands):
    return {c["term"]: c for c in cands}


def test_candidate_fields():
    for c in suggest_candidates(HEALTH, []):
        assert set(c) - {"definition", "evidence"} == {
            "term", "aliases", "kind", "count", "spread", "reason", "definition_hint"}
        assert ("definition" in c) == ("evidence" in c)
        assert c["count"] >= 1 and 1 <= c["spread"] <= c["count"]


def test_acronym_with_expansion():
    c = by_term(suggest_candidates(HEALTH, []))
    who = c["WHO"]
    assert who["aliases"] == ["World Health Organization"]
    assert who["kind"] == "organisation"
    assert who["count"] == 4 and who["spread"] == 2     # 3 × WHO + 1 × expansion
    assert "expanded in the text" in who["reason"]
    assert "World Health Organization (WHO)" in who["definition_hint"]
    assert c["ASEAN"]["aliases"] == ["Association of Southeast Asian Nations"]


def test_acronym_without_expansion_and_not_roman_numerals():
    c = by_term(suggest_candidates(HEALTH, []))
    assert c["UNICEF"]["count"] == 2 and c["UNICEF"]["spread"] == 2
    assert c["UNICEF"]["reason"] == "acronym used without an expansion"
    assert "IV" not in c and "XI" not in c


def test_recurring_proper_noun_phrases():
    c = by_term(suggest_candidates(HEALTH, []))
    assert c["World Health Assembly"]["count"] == 2
    assert c["International Health Regulations"]["count"] == 2
    assert c["Silk and Spice Route"]["count"] == 2          # 'and' inside a name
    terms = set(c)
    # no sentence-initial function words, no coordinations of separate names
    assert not any(t.split()[0] in ("The", "During", "Its", "In", "Critics", "States")
                   for t in terms), terms
    assert "Spain and Portugal" not in terms
    # a name that occurs once is not a recurring candidate
    assert "Director-General" not in terms


def test_terms_the_text_or_notes_define():
    c = by_term(suggest_candidates(HEALTH, []))
    assert c["vaccine nationalism"]["reason"].startswith("defined in the text")
    # the note's definition is drafted, with the note as its evidence
    assert c["vaccine nationalism"]["definition"] == ("Describes states securing doses for "
                                                      "their own populations first.")
    assert c["vaccine nationalism"]["evidence"] == ["note-1"]
    assert c["vaccine nationalism"]["definition_hint"].startswith("The term ‘vaccine nationalism’")
    assert c["ACT Accelerator"]["definition_hint"].startswith("Led by Norway")


def test_terms_absent_from_the_body_are_not_suggested():
    c = by_term(suggest_candidates(HEALTH, []))
    assert "GFATM" not in c and "Global Fund" not in c


def test_existing_terms_and_aliases_are_left_out():
    existing = [model.GlossaryTerm("who", "World Health Organization", "d.", aliases=["WHO"]),
                model.GlossaryTerm("wha", "World Health Assembly", "d.")]
    c = by_term(suggest_candidates(HEALTH, existing))
    assert "WHO" not in c and "World Health Organization" not in c
    assert "World Health Assembly" not in c
    assert "UNICEF" in c


def test_ranked_by_count_times_spread():
    cands = suggest_candidates(HEALTH, [])
    # candidates with a drafted definition first, each group by count × spread
    has = [("definition" in c) for c in cands]
    assert has == sorted(has, reverse=True)
    for group in (True, False):
        scores = [c["count"] * c["spread"] for c in cands if ("definition" in c) == group]
        assert scores == sorted(scores, reverse=True)
    assert cands[0]["term"] == "WHO"


def test_shorter_name_merged_into_longer_and_derived_forms():
    r = R([["The Arctic Council Secretariat opened in Tromsø. The Council Secretariat, "
            "unlike the Arctic Council Secretariat, has few staff. In Greenlandic and Greenland "
            "politics: Greenland voted, Greenlandic parties split, Greenland again."],
           ["Later the Council Secretariat grew."]])
    c = by_term(suggest_candidates(r, []))
    assert "Council Secretariat" in c["Arctic Council Secretariat"]["aliases"]
    assert c["Arctic Council Secretariat"]["count"] == 4
    assert c["Arctic Council Secretariat"]["spread"] == 2
    assert c["Arctic Council Secretariat"]["kind"] == "organisation"
    assert c["Greenland"]["aliases"] == ["Greenlandic"]
    assert c["Greenland"]["count"] == 5


def test_rare_single_names_but_not_common_words():
    r = R([["Officials in Tiraspol met. Later, Tiraspol replied, and Europe listened.",
            "Europe and Tiraspol disagreed; Europe waited."]])
    c = by_term(suggest_candidates(r, []))
    assert c["Tiraspol"]["count"] == 3 and "rare name" in c["Tiraspol"]["reason"]
    assert "Europe" not in c and "Officials" not in c and "Later" not in c


def test_definitional_patterns():
    r = R([["The Barents Protocol is a treaty on fishing quotas. Negotiators cited the "
            "Barents Protocol often.",
            "So-called dual-use goods were banned. The so-called Kola Route closed. "
            "Kola Route traffic fell."]])
    c = by_term(suggest_candidates(r, []))
    assert "defined in the text" in c["Barents Protocol"]["reason"]
    assert c["Barents Protocol"]["kind"] == "agreement"
    assert "Kola Route" in c


def test_lines_in_capitals_are_not_acronyms():
    r = R([["WAR AND PEACE IN THE NORTH was the headline. The EU answered; the EU waited."]])
    c = by_term(suggest_candidates(r, []))
    assert "WAR" not in c and "PEACE" not in c and "NORTH" not in c
    assert c["EU"]["count"] == 2


def test_links_and_notes_do_not_count_as_body_occurrences():
    r = R([["The OECD met."]], notes=["OECD, OECD, OECD."])
    r.sections[0].blocks[0].inlines.append(model.Link("https://oecd.org/OECD", "oecd.org/OECD"))
    c = by_term(suggest_candidates(r, []))
    assert c["OECD"]["count"] == 1


def test_names_with_a_common_noun():
    r = R([["During the second Boer war, Kitchener led. The Second Boer War ended in 1902.",
            "The Doha talks stalled. In March, Doha talks resumed. Kruger said the Boer "
            "republics would fight."],
           ["After the second Boer war, the President's plan was shelved."]])
    c = by_term(suggest_candidates(r, []))
    assert c["second Boer war"]["count"] == 3 and c["second Boer war"]["spread"] == 2
    assert c["second Boer war"]["kind"] == "event"
    assert c["Doha talks"]["count"] == 2
    assert not any(t.startswith(("During", "The ", "In ")) for t in c), list(c)


def test_word_lists_are_words():
    from coursepack.glossary import CONNECTORS, FUNCTION_WORDS, HEAD_NOUNS, TITLES
    for words in (FUNCTION_WORDS, CONNECTORS, TITLES, HEAD_NOUNS):
        assert words and all(isinstance(w, str) and w == w.lower() for w in words)
    assert {"no", "on", "the"} <= FUNCTION_WORDS and "on" in CONNECTORS


def test_names_with_non_ascii_capitals():
    r = R([["The Łódź uprising spread; after the Łódź uprising the city was quiet.",
            "During the first days of the second Łódź uprising, nobody moved."]])
    c = by_term(suggest_candidates(r, []))
    # twice as a phrase (so suggested), three times in all
    assert c["Łódź uprising"]["count"] == 3 and c["Łódź uprising"]["kind"] == "event"
    assert "second Łódź uprising" not in c          # only once


def test_authors_cited_in_square_brackets_and_the_articles_authors_are_not_candidates():
    r = R([["Teamwork differs [Womack et al., 1990]. Womack saw teamwork in Japan, and the "
            "Ostra Guild adopted it. TODD and the Ostra Guild met.",
            "Womack returned [Womack et al., 1990]. The Ostra Guild kept teamwork. TODD left.",
            "The grant BCS-9974664 paid for it; BCS-9974664 ended in 2001."]])
    r.meta.authors = ["Andrew R. Todd"]
    terms = {c["term"] for c in suggest_candidates(r, [])}
    assert "Ostra Guild" in terms
    assert "Womack" not in terms and "TODD" not in terms
    assert "BCS-9974664" not in terms             # a grant number


def test_no_stubs_article_phrases_idioms_genitives_or_abbreviations_among_suggestions():
    r = R([["Die Hafenordnung regelt Generationen- und Teilhabegerechtigkeit im Hafen. Die "
            "Ziele der Hafenordnung sind klar. Im Zuge der Reform wuchs das Lotsenwesen. Das "
            "Lotsenwesen ist alt.",
            "Die Ziele blieben. Im Zuge der Reform kam die Polit. Abteilung dazu. Die Regeln "
            "des Lotsenwesens galten. Generationen- und Teilhabegerechtigkeit blieben Themen."],
           ["Die Polit. Abteilung wuchs. Die Hafenordnung und das Lotsenwesen blieben. Im Zuge "
            "der Reform stieg die Teilhabegerechtigkeit."]])
    r.meta.languages = ["de"]
    terms = [c["term"] for c in suggest_candidates(r, [])]
    assert "Hafenordnung" in terms and "Lotsenwesen" in terms
    assert not [t for t in terms if t.endswith("-") or t.startswith(("Die ", "Das ", "Der "))]
    assert "Zuge der Reform" not in terms and "Polit" not in terms
    assert "Lotsenwesens" not in terms            # the genitive: its base form is the headword


def test_a_capital_only_from_the_sentence_start_is_not_the_headwords():
    r = R([["Harbour levies are the dues paid by ships for each day at the quay. The harbour "
            "levies rose in winter.",
            "Harbour levies fell in summer."], ["The harbour levies stayed."]])
    terms = {c["term"] for c in suggest_candidates(r, [])}
    # in its base form, as the article writes it inside a sentence
    assert "harbour levy" in terms and not [t for t in terms if t.startswith("Harbour")]
