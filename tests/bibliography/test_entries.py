"""Reference entries the layout could not separate, settled by their text."""

from coursepack.bibliography.entries import separate_references
from coursepack.read.structure import Block, Line


def _block(*texts, role="reference", id="p9-b1"):
    return Block(role, [Line(9, 50, 100 + 12 * k, 300, 110 + 12 * k, t, 9.0, "Times", False)
                        for k, t in enumerate(texts)], id=id)


def test_a_left_out_author_starts_an_entry():
    b = _block("Akerlof, George A., 1970: The Market for Lemons. In: QJE 84,", "488–500.",
               ", 1984: Gift Exchange and Efficiency-Wage Theory. In: AER 74, 79–83.")
    out = separate_references([b])
    assert [len(x.lines) for x in out] == [2, 1]
    assert out[1].lines[0].text.startswith(", 1984") and out[1].id != out[0].id


def test_an_author_in_capitals_starts_an_entry_only_after_an_ended_one():
    b = _block("MURAKAMI Thomas, 1995, Introducing Teamwork, IRJ, vol. 26: 293-305.",
               "SAINSAULIEU Renaud, 1998, L’identité au travail, Paris, Presses")
    assert len(separate_references([b])) == 2
    c = _block("MURAKAMI Thomas, 1995, Introducing Teamwork, edited by",
               "SAINSAULIEU Renaud, 1998, and others")
    assert len(separate_references([c])) == 1


def test_a_block_without_year_after_an_open_entry_carries_on():
    a = _block("VERRET Michel, 1999, Le travail ouvrier, avec Pierre Nugues,")
    b = _block("Paris, L'Harmattan.", id="p9-b2")
    c = _block("Weber, Max, 1922: Wirtschaft und Gesellschaft. Tübingen: Mohr.", id="p9-b3")
    out = separate_references([a, b, c])
    assert [x.id for x in out] == ["p9-b1", "p9-b3"]
    assert out[0].lines[-1].text == "Paris, L'Harmattan."


def test_other_blocks_are_untouched():
    p = _block("Paris, L'Harmattan.", role="paragraph", id="p9-b2")
    a = _block("VERRET Michel, 1999, Le travail ouvrier,")
    assert separate_references([a, p]) == [a, p]


def test_a_contributor_note_after_the_list_is_no_entry():
    b = _block("Weiss, G. (1995) ‘Sex-selective Abortion’, Hypatia 12(3).",
               "MONICA MOOKHERJEE is a lecturer at the University of Keele. Address:",
               "SPIRE, Keele University.")
    out = separate_references([b])
    assert [(x.role, len(x.lines)) for x in out] == [("reference", 1), ("other", 2)]
