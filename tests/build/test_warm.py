"""What a build loads once, in the process that forks the layouts, so that
no child process loads it again: the hyphenation patterns of the languages
a layout tags, the PDF templates, and WeasyPrint's cffi array types."""

from __future__ import annotations

import cffi
import pytest

from coursepack.pdf.compat import quick_array_types
from coursepack.render.env import Renderer
from coursepack.wpload import part
from tests.packs.project import make_project


def test_prepare_loads_the_hyphenation_patterns_of_each_tagged_language(tmp_path):
    pyphen = part("pyphen")
    path = pyphen.LANGUAGES[pyphen.language_fallback("is")]       # Icelandic: no test lays it out
    if path in pyphen.hdcache:
        pytest.skip("Icelandic patterns loaded already in this process")
    Renderer(make_project(tmp_path, seed=False)).prepare('<p lang="is">Orð</p><p lang="xx-none">')
    assert path in pyphen.hdcache


def test_warm_up_compiles_the_pdf_templates_not_the_web_pages(tmp_path):
    renderer = Renderer(make_project(tmp_path, seed=False))
    loaded = []
    get_source = renderer.env.loader.get_source
    renderer.env.loader.get_source = lambda env, name: loaded.append(name) or get_source(env, name)
    renderer.compile_templates()
    assert {"reader.html.j2", "handout.html.j2", "partials/reading.html.j2"} <= set(loaded)
    assert not [n for n in loaded if n.startswith("web/")]
    loaded.clear()
    renderer.env.get_template("handout.html.j2")      # compiled: not read again
    assert loaded == []


def test_an_array_type_of_a_new_length_is_the_type_cffi_parses():
    quick_array_types()
    ffi = part("weasyprint.text.ffi").ffi
    made = ffi.typeof("hb_codepoint_t[4321]")
    assert made is cffi.FFI().typeof("uint32_t[4321]")       # cffi's types are unique
    assert len(ffi.new("hb_codepoint_t[17]", list(range(17)))) == 17
    assert ffi.typeof("char[]") is cffi.FFI().typeof("char[]")
