"""Property tests on the readers the other property tests do not cover:
references.bib, the roster, the user's CSS, pack.yaml as a whole, the
nesting guard before libyaml, the web page checker.  Each gives a value or
a ContentError naming a file: never another exception, never a crash."""

from __future__ import annotations

import os
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coursepack.errors import ContentError
from coursepack.yamlio import MAX_DEPTH, loads_yaml, nesting

EXAMPLES = int(os.environ.get("ROBUSTNESS_EXAMPLES", "40"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])
anything = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)


def value_or_content_error(fn, *args, **kw):
    try:
        return fn(*args, **kw)
    except ContentError as e:
        assert e.problems and all(str(p).strip() for p in e.problems)
        assert all("\n" not in p.message for p in e.problems)
        return None


bibish = st.text(alphabet=string.ascii_letters + string.digits + "@{}=,\"' \n\\%#~", max_size=400)


@SETTINGS
@given(st.one_of(anything, bibish, bibish.map(lambda s: "@article{k,\n" + s)))
def test_read_bibtex_on_arbitrary_text(tmp_path, text):
    from coursepack.bibliography.bibtex import read_bibtex
    p = tmp_path / "references.bib"
    p.write_text(text, encoding="utf-8")
    value_or_content_error(read_bibtex, p)


@SETTINGS
@given(st.one_of(anything, st.text(alphabet="name,id,email\"\n\r; \tAé", max_size=300)))
def test_read_roster_on_arbitrary_text(tmp_path, text):
    from coursepack.pdf.stamp import read_roster
    p = tmp_path / "roster.csv"
    p.write_text(text, encoding="utf-8")
    students = value_or_content_error(read_roster, p, "roster.csv")
    if students is not None:
        assert all(s.name.strip() for s in students)


css = st.text(alphabet=string.ascii_letters + "@(){};:/.'\"\\ \n*#-_%", max_size=300)


@SETTINGS
@given(st.one_of(anything, css, css.map(lambda s: f"p {{ background: url({s}) }}")))
def test_check_stylesheet_on_arbitrary_css(tmp_path, text):
    from coursepack.sanitize import check_stylesheet
    problems = check_stylesheet(text, tmp_path, "content/styles/reader.css")
    assert all(p.path == "content/styles/reader.css" and p.line >= 1 for p in problems)


@SETTINGS
@given(st.lists(st.sampled_from(["[", "{a: ", "- ", "'[", '"{', "]", "}", "\n", " # [[", "x, "]),
                max_size=400), st.integers(0, 3000))
def test_deep_or_odd_nesting_is_refused_or_parsed(pieces, extra):
    text = "".join(pieces) + "[" * extra
    try:
        loads_yaml(text, "x.yaml")
    except ContentError as e:
        assert e.problems[0].path == "x.yaml"
    if extra > MAX_DEPTH + 5 and "'" not in text and '"' not in text and "#" not in text:
        assert nesting(text)[0] > MAX_DEPTH


@SETTINGS
@given(anything)
def test_load_pack_on_arbitrary_pack_yaml(tmp_path, text):
    from coursepack.content import load_pack
    (tmp_path / "content").mkdir(exist_ok=True)
    (tmp_path / "content/pack.yaml").write_text(text, encoding="utf-8")
    value_or_content_error(load_pack, tmp_path)


html_bits = st.lists(st.sampled_from(
    ["<a href='", "javascript:", "https://x", "'>", "<img src=x onerror=1>", "<script>", "</",
     "\"", "<", ">", "&#106;", " ", "<!--", "-->", "<a href=\"#x\">", "text"]), max_size=60)


@SETTINGS
@given(st.one_of(anything, html_bits.map("".join)))
def test_unsafe_links_on_arbitrary_html(text):
    from coursepack.sanitize import unsafe_links
    for line, what, value in unsafe_links(text):
        assert line >= 1 and what
