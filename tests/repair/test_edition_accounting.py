"""A raised edition number restored in a note ("München 19762" → "1976²")
is accounted for where it was made, not matched against the first "2" of
the notes (de-20148's check said INCOMPLETE: "'2' appeared from nowhere")."""
from coursepack.read.structure import ArticleStructure, Block, Line
from coursepack.repair import plain_text, repair_structure


def L(text, sup=()):
    return Line(1, 0, 0, 1, 1, text, superscripts=list(sup))


def test_edition_number_in_a_note_is_accounted_for():
    s = ArticleStructure("a.pdf", [
        Block("heading", [L("Einleitung")], level=1),
        Block("paragraph", [L("Der Rechtsstaat wandelt sich.1 Auch die Verwaltung.2", [(29, 30), (52, 53)])]),
        Block("note", [L("1 Vgl. Seite 12 und 24 der Ausgabe.", [(0, 1)])], number=1),
        Block("note", [L("2 Forsthoff, Rechtsstaat im Wandel, München 19762.", [(0, 1)])], number=2),
    ])
    r = repair_structure(s, source="a.pdf")
    assert plain_text(r.footnotes[1].inlines).endswith("München 1976².")
    assert r.accounting.complete, r.accounting.missing
