"""Fonts: every font embedded and subset, only the faces the styles ask
for (no fallback font standing in for a missing glyph), and every character
of the content covered by the faces actually embedded."""

from __future__ import annotations

import subprocess
import unicodedata
from functools import lru_cache

import pytest
from fontTools.ttLib import TTFont

from tests.print.pdftools import fonts, need, to_unicode_maps

FAMILIES = ("Noto Serif", "Noto Sans")      # what styles/*.css ask for
STYLES = {"Bold", "Italic", "SemiBold", "Medium", "Light", "Regular", "BoldItalic"}


def outputs(seed_build, builds):
    yield "reader.pdf", (seed_build.out / "reader.pdf").read_bytes()
    yield "handout.pdf", (seed_build.out / "handout.pdf").read_bytes()
    for name, files in (("press", ("reader-press.pdf", "handout-press.pdf", "reader-booklet-press.pdf")),
                        ("screen", ("reader-screen.pdf", "handout-screen.pdf"))):
        out = builds.get(name)
        for f in files:
            yield f, (out / f).read_bytes()


def face(pdf_name: str) -> tuple[str, str]:
    """``ABCDEF+Noto-Serif-Bold`` → ``("Noto Serif", "Bold")``.

    >>> face("HUQPOW+Noto-Serif"), face("X+Noto-Sans-Bold-Italic")
    (('Noto Serif', 'Regular'), ('Noto Sans', 'Bold Italic'))
    """
    base = pdf_name.split("+", 1)[-1]
    parts = base.split("-")
    style = [p for p in parts if p in STYLES]
    family = [p for p in parts if p not in STYLES]
    return " ".join(family), " ".join(style) or "Regular"


@lru_cache(maxsize=None)
def font_file(family: str, style: str) -> str:
    need("fc-match")
    out = subprocess.run(["fc-match", "-f", "%{family}|%{file}", f"{family}:style={style}"],
                         check=True, capture_output=True, text=True).stdout
    fam, path = out.split("|", 1)
    assert family in fam.split(","), f"{family} {style} is not installed (fc-match gave {out})"
    return path


@lru_cache(maxsize=None)
def cmap(path: str) -> frozenset[int]:
    with TTFont(path, lazy=True) as f:
        return frozenset(f.getBestCmap())


def printable(chars: set[str]) -> set[str]:
    """Characters that need a glyph (not spaces, controls or format marks)."""
    return {c for c in chars if not c.isspace() and unicodedata.category(c) not in ("Cc", "Cf", "Zs")}


NOT_PRINTED = {"changes"}    # the repair log: edition.json only, never typeset


def strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k not in NOT_PRINTED for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def test_every_font_embedded_and_subset(seed_build, builds):
    for name, data in outputs(seed_build, builds):
        found = fonts(data)
        assert found, name
        for f in found:
            assert f.emb and f.sub, f"{name}: {f.name} is not embedded and subset"
            assert f.uni, f"{name}: {f.name} has no ToUnicode map (text not searchable)"


def test_only_the_styled_faces_no_fallback(seed_build, builds):
    """A character missing from the text face would be drawn from another
    font (DejaVu, a symbols font): every embedded font must be one of the
    families the styles name."""
    for name, data in outputs(seed_build, builds):
        for f in fonts(data):
            family, _ = face(f.name)
            assert family in FAMILIES, f"{name}: fallback font {f.name}"


def test_no_missing_glyph_boxes(seed_build):
    """No glyph 0 (.notdef, the empty box) is used in any font."""
    for data in ((seed_build.out / "reader.pdf").read_bytes(),
                 (seed_build.out / "handout.pdf").read_bytes()):
        for font, m in to_unicode_maps(data).items():
            assert m, font
            assert 0 not in m, f"{font} uses .notdef for {m[0]!r}"


def test_every_content_character_is_in_the_embedded_faces(seed_build):
    """Every character of the edition (body, notes, bibliography, glossary,
    questions, abstracts, metadata) and every character printed in the
    reader and the handout has a glyph in each embedded face's font file."""
    chars = set("".join(strings(seed_build.reading)))
    chars |= set("".join(seed_build.reader.texts)) | set("".join(seed_build.handout.texts))
    chars = printable(chars)
    assert {"ł", "ę", "ə", "ş", "ğ", "ж", "“", "–"} & chars, "the seed's range is not in the text"
    faces = {face(f.name) for data in ((seed_build.out / "reader.pdf").read_bytes(),
                                       (seed_build.out / "handout.pdf").read_bytes())
             for f in fonts(data)}
    assert ("Noto Serif", "Regular") in faces
    for family, style in sorted(faces):
        covered = cmap(font_file(family, style))
        missing = sorted(c for c in chars if ord(c) not in covered)
        assert not missing, f"{family} {style} lacks {missing}"


@pytest.mark.parametrize("text", ["Łódź ąęśćżź", "Azərbaycan İğdır şəhər", "Москва — «Кремль»",
                                  "„cudzysłów”  ‘x’ … № §"])
def test_faces_cover_the_scripts_the_tool_promises(text):
    """Polish, Turkish/Azerbaijani, Russian and their punctuation: in every
    face the styles use, whatever the seed happens to contain."""
    for family in FAMILIES:
        for style in ("Regular", "Italic", "Bold") if family == "Noto Serif" else ("Regular", "Bold"):
            covered = cmap(font_file(family, style))
            missing = [c for c in printable(set(text)) if ord(c) not in covered]
            assert not missing, (family, style, missing)
