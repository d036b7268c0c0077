"""What the editor adds to an article is marked as the editor's: the list
of figures and tables printed after the abstract (the article has none)
says it was added by the editor, in the reading's language (JUDGE12:
"FIGURES AND TABLES" lists unmarked in six readings)."""

from __future__ import annotations

from pathlib import Path
import pytest

from coursepack import model
from coursepack.render.env import make_env


def _reading(lang: str):
    figs = [model.Block(f"f{k}", [], "figure", figure=model.Figure(kind=kind, label=f"{label} 1", number=1,
                                                                   image="x.png", page=3,
                                                                   caption=[model.Text("Harbour traffic, 1990–2020")]))
            for k, (kind, label) in enumerate([("figure", "Figure"), ("table", "Table")])]
    return model.Reading("r", model.Metadata(title="Harbours", languages=[lang]),
                         sections=[model.Section("s1", "", figs)])


@pytest.mark.parametrize("lang, title, mark", [
    ("en", "Figures and tables", "[added by the editor]"),
    ("de", "Abbildungen und Tabellen", "[von den Herausgebern hinzugefügt]"),
])
def test_figure_list_is_marked_as_the_editors(lang, title, mark):
    env = make_env(Path(__file__).parent)
    r = _reading(lang)
    tpl = env.from_string('{% from "partials/mdblocks.html.j2" import figure_list %}'
                          '{{ figure_list(r, "r", labels(r)("Figures and tables"), labels(r)("added by the editor")) }}')
    html = tpl.render(r=r)
    assert title in html and mark in html
    assert 'class="editorial-mark"' in html


def test_the_reading_template_passes_the_mark():
    text = (Path(__file__).resolve().parents[2] / "coursepack/templates/partials/reading.html.j2").read_text()
    assert 'labels(r)("added by the editor")' in text
