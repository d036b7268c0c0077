"""Symbol fonts without a Unicode map, in PDFs written here by hand (a Type1
font, no ToUnicode): Adobe's Symbol font is read through its encoding; a
symbol font whose encoding cannot be known (named like Springer's AdvPSMP4,
its glyphs read as Latin letters) is not guessed, and ``check`` lists its
glyphs as "symbol font without Unicode mapping" with page and context."""

from __future__ import annotations

import pytest

from coursepack.check import suspect_word_lines
from coursepack.model import plain_text
from coursepack.read.pdf import read_pdf
from coursepack.read.pdflayout.symbols import SYMBOL_ENCODING, font_kind, symbol_text
from coursepack.repair import loads_corrections, repair_structure

TIMES = "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>"


def _pdf(fonts: list[str], lines: list[bytes]) -> bytes:
    """A one-page PDF (A5) whose content shows ``lines`` (content-stream
    text operators, one line each, 14 pt apart) with fonts /F1, /F2, …"""
    body = b"BT 12 TL 50 520 Td " + b" T* ".join(lines) + b" ET"
    res = " ".join(f"/F{i + 1} {5 + i} 0 R" for i in range(len(fonts)))
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 595] /Contents 4 0 R "
            f"/Resources << /Font << {res} >> >> >>", None, *fonts]
    out, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        if o is None:
            out += (f"{i + 1} 0 obj\n<< /Length {len(body)} >>\nstream\n".encode() + body
                    + b"\nendstream\nendobj\n")
        else:
            out += f"{i + 1} 0 obj\n{o}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def _read(tmp_path, symbol_font: str, sentence: list[bytes], corrections=None):
    fonts = [TIMES, f"<< /Type /Font /Subtype /Type1 /BaseFont /{symbol_font} /Encoding /WinAnsiEncoding >>"
             if symbol_font != "Symbol" else "<< /Type /Font /Subtype /Type1 /BaseFont /Symbol >>"]
    title = b"/F1 16 Tf (Symbols in a Synthetic Statistical Article) Tj /F1 10 Tf"
    filler = [b"(The children were screened with a questionnaire and the scores of their parents) Tj",
              b"(and teachers were compared with the diagnoses given later in the clinics.) Tj"]
    path = tmp_path / "sym.pdf"
    path.write_bytes(_pdf(fonts, [title, b"", *filler, b" ".join(sentence), *filler]))
    s = read_pdf(path)
    r = repair_structure(s, corrections=corrections)
    text = " ".join(plain_text(b.inlines) for b in r.blocks() if getattr(b, "inlines", None))
    return text, r


def test_adobe_symbol_read_through_its_encoding(tmp_path):
    text, r = _read(tmp_path, "Symbol", [
        b"/F1 10 Tf (Kappa \\() Tj /F2 10 Tf (k) Tj /F1 10 Tf (\\) was high, ASSQ ) Tj",
        b"/F2 10 Tf (\\263) Tj /F1 10 Tf ( 7 and P ) Tj /F2 10 Tf (<) Tj /F1 10 Tf ( 0.001, with ) Tj",
        b"/F2 10 Tf (a b) Tj /F1 10 Tf ( as weights.) Tj"])
    assert "Kappa (κ) was high, ASSQ ≥ 7 and P < 0.001, with α β as weights." in text
    assert not [d for d in r.doubts if "symbol font" in d.message]


def test_unknown_symbol_font_is_reported_not_guessed(tmp_path):
    text, r = _read(tmp_path, "ABCDEF+AdvPSMP4", [
        b"/F1 10 Tf (The difference was significant \\(P) Tj /F2 10 Tf (\\\\) Tj",
        b"/F1 10 Tf (0.001\\) for the scores ASSQ ) Tj /F2 10 Tf (C) Tj /F1 10 Tf ( 7 ) Tj",
        b"/F2 10 Tf (=) Tj /F1 10 Tf ( all.) Tj"])
    # the glyphs are neither their Latin letters nor a guess: U+F000 + code
    assert "(P\uf05c0.001)" in text and "ASSQ \uf043 7 = all" in text
    assert "P\\0.001" not in text and "ASSQ C 7" not in text
    lines = suspect_word_lines(r.doubts)
    assert lines and "1 symbol font without Unicode mapping" in lines[0]
    detail = "\n".join(lines[1:])
    assert "p. 1:" in detail and "0x43 read as 'C'" in detail and "0x5C read as '\\\\'" in detail
    assert "(P[symbol 0x5C]0.001)" in detail and "2 in this block" in detail
    assert 'find "\\uF05C"' in detail


def test_unknown_symbol_glyph_corrected_as_check_says(tmp_path):
    # the editor writes the glyph as check shows it, a YAML escape
    fixes = loads_corrections('corrections:\n'
                              '  - {find: "\\uF05C", replace: "<", category: extraction, why: symbol font}\n'
                              '  - {find: "\\uF043", replace: "≥", category: extraction, why: symbol font}\n')
    text, r = _read(tmp_path, "ABCDEF+AdvPSMP4", [
        b"/F1 10 Tf (The difference was significant \\(P) Tj /F2 10 Tf (\\\\) Tj",
        b"/F1 10 Tf (0.001\\) for the scores ASSQ ) Tj /F2 10 Tf (C) Tj /F1 10 Tf ( 7 ) Tj"], fixes)
    assert "(P<0.001) for the scores ASSQ ≥ 7" in text
    assert not suspect_word_lines(r.doubts)


@pytest.mark.parametrize("font, kind", [("Symbol", "symbol"), ("SymbolMT", "symbol"),
                                        ("AdvTir_symb", "symbol-only"), ("MT-Extra", "symbol-only"),
                                        ("CMSY10", "symbol-only"), ("CMMI10", ""), ("Cambria-Math", ""),
                                        ("Times-Roman", ""), ("AdvPTimes", "")])
def test_font_kind(font, kind):
    assert font_kind(font) == kind


def test_symbol_mapping_rules():
    assert len(SYMBOL_ENCODING) == 95 + 79 + 14
    # a Windows symbol font's private-use code, and ASCII codes, go through the table
    assert [symbol_text("SymbolMT", c) for c in ("\uf0b3", "\uf061", "p", "-")] == ["≥", "α", "π", "−"]
    # a character the PDF's Unicode map gave (Latin-1, or beyond) stays
    assert [symbol_text("Symbol", c) for c in ("©", "°", "≤")] == ["©", "°", "≤"]
    # symbol-only fonts: operators and digits stay, letters and other ASCII become codes, Latin-1 stays
    assert [symbol_text("AdvTir_symb", c) for c in ("=", "+", "5", "?", "C", "Æ")] == \
        ["=", "+", "5", "\uf03f", "\uf043", "Æ"]
