"""A view the article reports (a cited author's, in reported speech) is not its
thesis or conclusion: the questions quote the author's own statements."""

from __future__ import annotations

from coursepack import argument, questions as Q

from .articles import reading_from_text

# German, written for this test: the last section is not titled as a conclusion;
# in its middle a cited author's position is reported, with a "deshalb"
REPORTED_DE = """
# Einleitung

Der Streit um die Gerechtigkeit der Löhne ist alt. Dieser Beitrag untersucht, wie
Parteien in den Landtagswahlen über Löhne sprechen. Die Debatten der Parlamente
werden dazu ausgewertet.

# Löhne im Wahlkampf

Alle Parteien sprechen von fairen Löhnen. Die Bedeutung des Wortes ist aber
verschieden. Die einen meinen den Markt, die anderen die Bedürfnisse.

# Streit um das Verdienst

In Maria Kellers Werk, das die Debatte lange geprägt hat, findet sich eine klare
Absage an jedes Verdienst: Begabung sei Glück und kein Verdienst. Die Begabung ist
unverdient, deshalb ist eine Entlohnung nach Begabung ungerecht. Hier wird die Frage
zugespitzt.

Die Parteien nehmen diese Debatte nur am Rande auf. Sie streiten lieber über Zahlen.

Der Streit um faire Löhne ist mehr als ein Schlagwort der Wahlkämpfe. Er zeigt, wie
eine Gesellschaft ihre Arbeit bewertet, und verdient eine offene Auseinandersetzung.
"""

REPORTED_EN = """
# Introduction

Wages have long been argued about. This article examines how parties talk about fair
pay in regional elections.

# Fair pay in campaigns

All parties speak of fair pay. But they mean different things by it.

# Conclusion

According to Keller, talent is luck. Talent is therefore unearned, so pay by talent
is unjust. But this article shows that the parties hardly take up this debate.
Thus the quarrel over fair pay is about how a society values work.
"""


def german(text):
    r = reading_from_text(text)
    r.meta.languages = ["de"]
    return r


def test_a_reported_position_is_not_the_conclusion_in_german():
    r = german(REPORTED_DE)
    a = argument.analyse(r)
    said = " ".join(s.text for s in a.thesis + a.conclusions)
    assert "unverdient" not in said and "Glück" not in said
    assert "Schlagwort" in said or "Auseinandersetzung" in said
    for q in Q.generate(r):
        assert "unverdient" not in q.text and "unverdient" not in q.answer, q.text


def test_a_reported_position_is_not_the_conclusion_in_english():
    r = reading_from_text(REPORTED_EN)
    a = argument.analyse(r)
    said = " ".join(s.text for s in a.thesis + a.conclusions)
    assert "unearned" not in said and "luck" not in said
    assert "values work" in said
    texts = " ".join(q.text + " " + q.answer for q in Q.generate(r))
    assert "unearned" not in texts


def test_the_attributed_sentences_are_found_and_the_authors_voice_ends_them():
    r = reading_from_text(REPORTED_EN)
    ss = argument.argument_sentences(r)
    rep = {s.text for s in ss if s.index in argument.reported(ss, "en")}
    assert rep == {"According to Keller, talent is luck.",
                   "Talent is therefore unearned, so pay by talent is unjust."}
    r = german(REPORTED_DE)
    ss = argument.argument_sentences(r)
    rep = [s.text for s in ss if s.index in argument.reported(ss, "de")]
    assert rep[0].startswith("In Maria Kellers Werk") and len(rep) == 3   # to "Hier wird …"


UNTITLED_OPENING = """
# Opening

Ports grew fast after the war. This article argues that the harbour council shaped
their growth. It draws on council minutes and newspapers.

# The council

The council met every month. It set dues and berths. Thus the council decided who
could trade.

# Conclusion

In sum, the council shaped the ports more than trade did. Therefore the council is
the key to their history.
"""


def test_an_answer_names_no_section_when_the_passage_has_no_heading():
    r = reading_from_text(UNTITLED_OPENING)
    r.sections[0].title = ""            # the article's opening, before any heading
    answers = [q.answer for q in Q.generate(r)]
    assert answers and not any("—." in a or a.startswith(" ") or "  " in a for a in answers)
    assert any("“Conclusion”" in a for a in answers)     # a titled section is still named


def test_the_counts_of_notes_and_works_are_in_the_articles_language():
    from coursepack import model
    r = german(REPORTED_DE.replace("Die Debatten der Parlamente\nwerden dazu ausgewertet.",
                                   "Dazu werden Protokolle\nund Presseberichte ausgewertet."))
    r.footnotes = [model.Footnote(i + 1, [model.Text("Vgl. Keller.")]) for i in range(6)]
    r.bibliography = [model.BibEntry("keller", "book")]
    got = " ".join(q.answer for q in Q.generate(r))
    # the counts are printed only with a review's sources question now (the stock
    # kinds-of-source question is gone: JUDGE5); their German form is a doctest of
    # questions._counts.  No English count in a German reading's answers:
    assert got and "notes" not in got and "works cited" not in got
