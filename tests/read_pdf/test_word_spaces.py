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



def _hand_pdf_lines(tmp_path, show: bytes, font: str = "Times-Italic"):
    """The lines of a one-page PDF written by hand that shows ``show``."""
    import pypdfium2 as pdfium

    from coursepack.read.pdflayout.chars import page_box, page_chars
    from tests.repair.test_symbol_fonts import _pdf

    path = tmp_path / "spaces.pdf"
    path.write_bytes(_pdf([f"<< /Type /Font /Subtype /Type1 /BaseFont /{font} /Encoding /WinAnsiEncoding >>"],
                          [show]))
    page = pdfium.PdfDocument(str(path))[0]
    return [ln.text for ln in page_lines(1, page_chars(page, page.get_textpage(), page_box(page)))]


def test_space_before_an_italic_f_leaning_back_over_it(tmp_path):
    # word spacing tightened (Tw -1): the box of the italic "f" reaches back
    # over the space, but its origin is past the space's end (de-4752 "derfrühen")
    lines = _hand_pdf_lines(tmp_path, b"/F1 10 Tf -1 Tw (Anspruch und Wirkung der fruhen Zeitschrift fur Raumplanung) Tj")
    assert lines == ["Anspruch und Wirkung der fruhen Zeitschrift fur Raumplanung"]


def test_space_that_does_not_move_the_pen_is_no_word_space():
    # "Ein füh rung": spaces of a real width set where the next glyph begins
    # (the pen does not move): the word stays whole
    chars, x = [], 46.0
    for part in ("Ein", "füh", "rung"):
        w, x2 = word(part, x)
        if chars:
            sp = Char(" ", x, 282.38, x + 2.75, 292.38, 290.38, 10.0, "Times", False, False, ox=x)
            w[0].ox = x
            chars.append(sp)
        chars += w
        x = x2
    assert [ln.text for ln in page_lines(1, chars)] == ["Einführung"]
