"""The handout's notes box is made taller in the laid-out page instead of
laying the sheet out again: the page must come out as a new layout with
that height would make it, or not be touched."""

import shutil
import subprocess

import pytest

from coursepack.render.handout import free_below, grow_last
from coursepack.wpload import load_weasyprint

PAGE = """<html><head><style>
@page {{ size: 100mm 80mm; margin: 10mm; }}
body {{ margin: 0; font: 10pt sans-serif; }}
.wrap {{ border-left: 1pt solid #000; }}
.box {{ box-sizing: border-box; margin-top: 3mm; border: 0.8pt solid #000; padding: 1.5mm 3mm;
       background-image: repeating-linear-gradient(to bottom, transparent 0, transparent 7.5mm,
       #999 7.5mm, #999 7.8mm); background-origin: content-box; }}
</style></head><body><div class="wrap"><p>Some text above the box.</p>
<div class="box" style="height: {mm}mm"><span>Notes</span></div></div></body></html>"""


def laid(mm):
    wp = load_weasyprint()
    return wp.HTML(string=PAGE.format(mm=f"{mm:.1f}")).render()


def png(doc, tmp_path, name):
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(doc.write_pdf())
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf),
                    str(tmp_path / name)], check=True)
    return (tmp_path / f"{name}.png").read_bytes()


def test_grown_box_is_what_a_new_layout_makes(tmp_path):
    doc = laid(12)
    free = free_below(doc.pages[0], "box")
    assert free > 20
    target = free - 2
    assert grow_last(doc.pages[0], "box", target)
    again = laid(target)
    assert free_below(doc.pages[0], "box") == pytest.approx(free_below(again.pages[0], "box"),
                                                          abs=0.01)
    if shutil.which("pdftoppm"):
        assert png(doc, tmp_path, "grown") == png(again, tmp_path, "laid")


def test_nothing_changes_when_it_cannot_grow():
    doc = laid(12)
    page = doc.pages[0]
    free = free_below(page, "box")
    assert not grow_last(page, "box", 12 + free + 5)      # past the page's foot
    assert not grow_last(page, "box", 8)                  # smaller than it is
    assert not grow_last(page, "nothing-of-the-kind", 20)
    assert free_below(page, "box") == pytest.approx(free)
