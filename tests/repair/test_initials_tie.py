"""Initials stay with the name: the typesetter's thin space between initials
(and the space repair adds after an initial) is a narrow no-break space in
the edition.  A thin space is a line-break opportunity; at the end of a
footnote's first line WeasyPrint then broke the note right after its number,
leaving "17." alone on its line (JUDGE12, the seed's note 17)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from coursepack.repair import repair_text

STYLES = Path(__file__).resolve().parents[2] / "coursepack" / "styles"

#: the seed's note 17 as the journal set it (thin spaces between the initials)
NOTE = ("Zayavleniye MID Rossii v svyazi s obrashcheniyem Prem\u2019yer-ministra Respubliki "
        "Armeniya N.\u2009V.\u2009Pashinyana k Prezidentu Rossiyskoy Federatsii V.\u2009V.\u2009Putinu, "
        "Mid.ru, 31\u00a0X 2020 [accessed: 25\u00a0V 2021]: <")
URL = ("https://www.mid.ru/ru/foreign_policy/news/-/asset_publisher/cknonkje02bw/content/id/"
       "4411939?fbclid=iwar17iwoe0q8rit51b0xf03oa7rzny_s4hgjgtojiecfteecsqh5c1598vxo")


@pytest.mark.parametrize("text, name", [
    ("Armeniya N.\u2009V.\u2009Pashinyana k", "N.\u202fV.\u202fPashinyana"),
    ("see K.Truevtsev, p. 3", "K.\u202fTruevtsev"),
    ("the U.\u2009S. and", "U.\u202fS."),
])
def test_no_break_between_initials_and_name(text, name):
    out = repair_text(text)
    assert name in out


def test_thin_space_elsewhere_is_kept():
    # a thin space between a number and its unit is none of an initial's
    assert "5\u2009km" in repair_text("some 5\u2009km away")


def test_note_number_shares_its_line_with_the_note():
    weasyprint = pytest.importorskip("weasyprint")
    text = repair_text(NOTE)
    note = (f'<span class="fn" data-n="17"><span class="fn-num">17.</span><a class="cite" href="#b">'
            f'{text.replace("<", "&lt;")}<a class="url" href="https://www.mid.ru/">{URL}</a>&gt;</a>.</span>')
    html = f'<html lang="en"><body><div class="article"><p>Some text.{note} More text.</p></div></body></html>'
    css = [weasyprint.CSS(string=(STYLES / n).read_text()) for n in ("base.css", "reader.css")]
    css.append(weasyprint.CSS(string="@page { size: A4; }"))
    pdf = weasyprint.HTML(string=html).write_pdf(stylesheets=css)
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True).stdout.decode()
    line = next(m for m in re.findall(r"^ *17\..*$", out, re.M))
    assert "Zayavleniye" in line, out
