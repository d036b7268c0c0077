"""Word spaces on hand-made characters: a zero-width space set where the
next glyph begins keeps its place when a line's fragments are put in x
order (en-20291: "The a ims of this study w ere")."""

from __future__ import annotations

from coursepack.read.pdflayout.chars import Char
from coursepack.read.pdflayout.lines import page_lines


def word(text, x0, step=4.5, size=10.0, base=290.38):
    """Glyphs of one word from x0; returns the chars and the right edge."""
    out = []
    for ch in text:
        out.append(Char(ch, x0, base - 0.8 * size, x0 + step, base + 0.2 * size, base, size,
                        "Times", False, False))
        x0 += step
    return out, x0


def space(x, size=10.0, base=290.38):
    """A zero-width space glyph at x."""
    return Char(" ", x, base - 0.8 * size, x, base + 0.2 * size, base, size, "Times", False, False)


def test_zero_width_space_a_hair_right_of_the_next_glyph_stays_before_it():
    the, x = word("The", 98.0)
    # the space sits where "aims" begins, but float noise puts it 1e-5 pt right of it
    aims_x = x + 2.5
    aims, x = word("aims", aims_x)
    of, x2 = word("of", x + 2.6)
    this, _ = word("this", x2 + 2.6)
    first = the + [space(aims_x + 1e-5)] + aims
    # the PDF writes "of this" first, then goes back for "The aims": two fragments on one row
    chars = [space(x + 2.6)] + of + [space(x2 + 2.6)] + this + first
    lines = page_lines(1, chars)
    assert [ln.text for ln in lines] == ["The aims of this"]

