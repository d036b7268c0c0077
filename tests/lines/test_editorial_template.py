"""The emendation list of the editorial note prints each place as
page.line, page n. note.line, or the page alone."""

import html as htmllib
import re
from pathlib import Path
from types import SimpleNamespace

import jinja2
import pytest

from coursepack import i18n

TEMPLATES = Path(__file__).resolve().parents[2] / "coursepack" / "templates"


def render(emendations: list[dict]) -> str:
    # the project's settings (coursepack.render.make_env): StrictUndefined
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True,
                             lstrip_blocks=True)
    ed = {"source": "The source.", "silent": [], "emendations": emendations, "lost": [],
          "fragments": [], "bibliography": "", "accounting": "x"}
    r = SimpleNamespace(meta=SimpleNamespace(notes=[]), source_kind="extracted")
    # the globals coursepack.render.env.make_env gives every template
    env.globals.update(labels=i18n.labels, labels_lang=i18n.reading_language,
                       metadata_note=i18n.metadata_note)
    return env.get_template("partials/editorial.html.j2").render(
        r=r, editorial=lambda _r: ed, L=i18n.labels("en"))


def places(html: str) -> list[str]:
    found = re.findall(r'<span class="where">(.*?)</span>', html)
    return [htmllib.unescape(p).replace("\u202f", " ") for p in found]


def entry(**kw) -> dict:
    return {"before": "a\ufffd er", "after": "after", "why": "ligature", **kw}


def test_page_and_line():
    html = render([entry(page=4, line=12, note=None)])
    assert places(html) == ["4.12"]
    assert "after] <span class=\"rejected\">a\ufffd er</span> — ligature" in html
    assert "page and line of this edition" in html
    assert "In the notes" not in html


def test_note_place_and_its_explanation():
    html = render([entry(page=4, line=12, note=None), entry(page=5, line=2, note="12")])
    assert places(html) == ["4.12", "5 n. 12.2"]
    text = htmllib.unescape(html).replace("\u202f", " ")
    assert "5 n. 12.2 is line 2 of note 12, on page 5." in text


def test_missing_or_unknown_line_falls_back_to_the_page():
    # entries as the build made them before lines were known: no line/note keys
    html = render([{"page": 7, "before": "b", "after": "a", "why": ""},
                   entry(page=None, line=None, note=None),
                   entry(page=3, line=None, note=None)])
    assert places(html) == ["7", "", "3"]
    assert "Each is given as page of this edition" in html
    assert "and line" not in html


def test_note_without_page():
    html = render([entry(page=None, line=3, note="9")])
    assert places(html) == ["n. 9.3"]


def test_readings_hang_after_the_place_column():
    """With reader.css, the edited reading starts where its continuation
    lines start (the place is a column of its own); a place too long for
    the column (a note's) pushes the reading on, never under it."""
    from weasyprint import CSS, HTML
    from coursepack.pdf.compat import box_classes, page_box
    boxes = box_classes()

    css = (TEMPLATES.parent / "styles" / "reader.css").read_text(encoding="utf-8")
    long = "a reason long enough to wrap over more than one line of the list " * 3
    html = render([entry(page=4, line=12, note=None, why=long),
                   entry(page=None, line=None, note=None, why=long),
                   entry(page=25, line=3, note="46", why=long)])
    ul = html[html.index('<ul class="emendations">'):html.index("</ul>") + 5]
    doc = f'<html lang="en"><body><div class="editorial">{ul}</div></body></html>'
    page = HTML(string=doc).render(stylesheets=[CSS(string=css)]).pages[0]

    items = [b for b in page_box(page).descendants()
             if isinstance(b, boxes.BlockBox) and b.element_tag == "li"]
    assert len(items) == 3
    for n, li in enumerate(items):
        lines = [b for b in li.descendants() if isinstance(b, boxes.LineBox)
                 and b.element_tag == "li"]
        assert len(lines) >= 2
        where, reading = lines[0].children[:2]
        assert "where" in where.element.get("class")
        assert isinstance(reading, boxes.TextBox) and reading.text.startswith("after]")
        hang = lines[1].children[0].position_x
        place_end = where.position_x + where.margin_width()
        assert reading.position_x == pytest.approx(place_end, abs=0.5)
        if n < 2:
            assert reading.position_x == pytest.approx(hang, abs=0.5)
        else:
            assert reading.position_x > hang
