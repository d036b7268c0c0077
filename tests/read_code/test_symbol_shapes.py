"""Symbols a PDF gives no character for, known by their shape: Springer's
envelope before a corresponding author's address, cut from the page with
slivers of the brackets around it ("Mattila (✉)", printed "(&)" before), and
Mathematical Pi's multiplication sign in "a 2 × 3 design" (printed "�")."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PIL import Image, ImageDraw, ImageFont

from coursepack.read.pdflayout.glyphshape import recognise
from coursepack.read.pdflayout.symbols import font_kind


def _dejavu() -> str:
    if not shutil.which("fc-match"):
        return ""
    path = subprocess.run(["fc-match", "-f", "%{file}", "DejaVu Sans"], capture_output=True,
                          text=True, timeout=5).stdout.strip()
    return path if "DejaVu" in path else ""


pytestmark = pytest.mark.skipif(not _dejavu(), reason="needs DejaVu Sans (fonts-dejavu-core)")


def _cut(text: str, keep: int) -> Image.Image:
    """``text`` drawn large, cut as a loose glyph box cuts it: ``keep``
    pixels of the neighbouring brackets left at each side."""
    font = ImageFont.truetype(_dejavu(), 90)
    img = Image.new("L", (400, 160), 255)
    ImageDraw.Draw(img).text((20, 10), text, font=font, fill=0)
    inner = ImageDraw.Draw(Image.new("L", (1, 1))).textbbox((0, 0), text[1], font=font)
    left = ImageDraw.Draw(Image.new("L", (1, 1))).textlength(text[0], font=font)
    x0 = 20 + left - keep
    return img.crop((int(x0), 0, int(x0 + (inner[2] - inner[0]) + 2 * keep + 6), 160))


def test_multiplication_sign_cut_with_slivers_of_its_brackets_is_known():
    assert recognise(_cut("(×)", keep=8)) == "×"


def test_an_envelope_between_brackets_is_known():
    """An envelope as a publisher's symbol font draws it (a frame and its
    flap, three quarters of the em high), cut with the brackets' inner
    edges at both sides."""
    img = Image.new("L", (120, 100), 255)
    d = ImageDraw.Draw(img)
    d.arc((-40, 5, 12, 95), 300, 60, fill=0, width=5)          # the bracket before
    d.arc((108, 5, 160, 95), 120, 240, fill=0, width=5)        # the bracket after
    d.rectangle((22, 22, 98, 78), outline=0, width=4)
    d.line((22, 22, 60, 55, 98, 22), fill=0, width=4)
    d.line((22, 78, 50, 50), fill=0, width=4)
    d.line((98, 78, 70, 50), fill=0, width=4)
    assert recognise(img, em=75) == "✉"


def test_mathematical_pi_is_a_symbol_font():
    assert font_kind("MathematicalPi-One") == font_kind("MathPi-Two") == "symbol-only"
    assert font_kind("AdvPSSPS-AS") == "symbol-only" and font_kind("AdvPTimes") == ""
