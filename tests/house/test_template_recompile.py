"""Templates are compiled once per process (render.env.make_env shares the
compiled code between builds): a template edited between two builds of one
process (``watch``) is the edited one in the second."""

import os

import jinja2

from coursepack.render.env import make_env


def test_an_edited_template_is_compiled_again(tmp_path, monkeypatch):
    compiled = []
    compile_ = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile",
                        lambda env, source, *a, **k: compiled.append(source) or compile_(env, source, *a, **k))
    folder = tmp_path / "content" / "templates"
    folder.mkdir(parents=True)
    page = folder / "note.html.j2"
    page.write_text("<p>{{ word }} one</p>", encoding="utf-8")
    assert make_env(tmp_path).get_template("note.html.j2").render(word="a") == "<p>a one</p>"
    page.write_text("<p>{{ word|upper }} two</p>", encoding="utf-8")
    os.utime(page, (1, 1))          # the same size would not matter: the source is compared
    assert make_env(tmp_path).get_template("note.html.j2").render(word="a") == "<p>A two</p>"
    # the same source again in a new environment: not compiled again, the same output
    assert make_env(tmp_path).get_template("note.html.j2").render(word="b") == "<p>B two</p>"
    assert compiled == ["<p>{{ word }} one</p>", "<p>{{ word|upper }} two</p>"]
