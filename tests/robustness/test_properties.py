"""Property tests of the readers and loaders on arbitrary input: they
return a result or raise a ContentError (a user's problem with a file and a
message), never anything else; and a reading's words all end up somewhere.

Small ``max_examples`` keep them fast; the repair engineer's own property
tests (tests/repair/test_properties.py) go deeper into the repairs."""

from __future__ import annotations

import os
import string
from pathlib import Path

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from coursepack.errors import ContentError
from coursepack.yamlio import loads_yaml, read_text

# ROBUSTNESS_EXAMPLES=1000 for a deeper run by hand
EXAMPLES = int(os.environ.get("ROBUSTNESS_EXAMPLES", "40"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])

anything = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)


def only_content_errors(fn, *args, **kw):
    """``fn(*args)``; a ContentError is fine (it must name something)."""
    try:
        return fn(*args, **kw)
    except ContentError as e:
        assert e.problems and all(str(p).strip() for p in e.problems)
        return None


@SETTINGS
@given(st.binary(max_size=400))
def test_read_text_on_arbitrary_bytes(tmp_path, data):
    p = tmp_path / "f.txt"
    p.write_bytes(data)
    text = only_content_errors(read_text, p, "f.txt")
    if text is not None:
        assert isinstance(text, str)
        assert text == data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")


@SETTINGS
@given(anything)
def test_loads_yaml_on_arbitrary_text(text):
    only_content_errors(loads_yaml, text, "x.yaml")


# Arbitrary YAML documents made of the keys the content files know (and
# near-misses), with values of every type.
KEYS = ["terms", "term", "definition", "defintion", "aliases", "see_also", "kind", "reviewed",
        "pinned", "id", "questions", "text", "level", "sections", "evidence", "answer",
        "origin", "handout", "dropped", "events", "date", "label", "note", "corrections",
        "find", "replace", "category", "mode", "why", "where", "notes", "number",
        "reconstruction", "suspects", "key", "field", "decision", "value", "fields",
        "title", "readings", "slug", "output", "paper", "sources"]
scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 3000),
                    st.sampled_from(["2021-02-30", "2021-12-27", "1861", "s1-p1", "s9", "typo",
                                     "analysis", "keep", "set", "", " ", "guild", "x" * 30]),
                    st.text(string.ascii_letters + " -<>&", max_size=12))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.sampled_from(KEYS), inner, max_size=5)), max_leaves=14)
documents = st.one_of(values, st.dictionaries(st.sampled_from(KEYS), values, max_size=4))


def _write(tmp_path: Path, name: str, doc) -> Path:
    p = tmp_path / name
    p.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return p


@SETTINGS
@given(documents)
@example(doc={"suspects": True})     # once iterated before its type was checked
def test_content_loaders_on_arbitrary_yaml(tmp_path, doc):
    from coursepack.bibliography.decisions import load_decisions
    from coursepack.glossary import load_glossary
    from coursepack.questions import load_questions
    from coursepack.repair import load_corrections
    from coursepack.timeline import load_timeline
    only_content_errors(load_glossary, _write(tmp_path, "glossary.yaml", doc))
    only_content_errors(load_questions, _write(tmp_path, "questions.yaml", doc))
    only_content_errors(load_timeline, _write(tmp_path, "timeline.yaml", doc))
    only_content_errors(load_corrections, _write(tmp_path, "corrections.yaml", doc))
    only_content_errors(load_decisions, _write(tmp_path, "bibliography.yaml", doc), {"smith2001"})


@SETTINGS
@given(documents)
def test_pack_and_reading_schemas_on_arbitrary_yaml(doc):
    from coursepack.content import PACK, READING
    from coursepack.errors import Problems
    from coursepack.schema import validate
    node = loads_yaml(yaml.safe_dump(doc))
    for schema in (PACK, READING):
        problems = Problems()
        validate(node, schema, "x.yaml", problems)
        assert all(p.path == "x.yaml" for p in problems.items)


@SETTINGS
@given(anything)
def test_landing_reader_on_arbitrary_text(text):
    from coursepack.read.landing import read_landing
    read_landing(text)


@SETTINGS
@given(anything)
def test_markdown_reader_on_arbitrary_text(text):
    from coursepack.read.markdown import read_markdown
    read_markdown(text)


@settings(max_examples=max(15, EXAMPLES // 10), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=string.ascii_letters + string.digits + " .,;:-–()\n\n¹²\t",
               min_size=1, max_size=400))
def test_a_whole_reading_on_arbitrary_source(tmp_path_factory, text):
    """Load → read → repair → bibliography → glossary → questions → timeline
    on any source text: an edition (with every word of the source accounted
    for) or a ContentError, nothing else."""
    from coursepack.edition import gather
    from tests.robustness import scenarios
    root = tmp_path_factory.mktemp("reading")
    (root / "content/readings/harbour/source").mkdir(parents=True)
    for rel in ("content/pack.yaml", "content/readings/harbour/reading.yaml"):
        (root / rel).write_bytes((scenarios.BASE / rel).read_bytes())
    (root / "content/readings/harbour/source/article.txt").write_text(text, encoding="utf-8")
    out = only_content_errors(gather, root)
    if out is not None:
        _cfg, _pack, editions = out
        acc = editions[0].reading.accounting
        assert acc.complete, acc.missing
