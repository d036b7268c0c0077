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


def test_a_reported_position_is_not_the_conclusion_in_german():
    r = reading_from_text(REPORTED_DE)
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
