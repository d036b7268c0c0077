"""Content YAML is parsed by libyaml when it cannot hold an alias, by the
Python parser otherwise; both give the same values and positions, and a
problem is worded the same way."""

import pytest
import yaml

from coursepack import yamlio
from coursepack.errors import ContentError

TEXT = """\
terms:
  - term: Łódź région
    definition: >-
      A city, with “quotes” — and a dash;
      two lines.
    pages: [3, 4]
  - term: Nagorno-Karabakh
    aliases:
      - Artsakh
when: 2020-11-10
"""


def walk(a, b):
    assert type(a) is type(b)
    if isinstance(a, dict):
        assert a == b and a.pos == b.pos and a.where == b.where
        for k in a:
            walk(a[k], b[k])
    elif isinstance(a, list):
        assert a.pos == b.pos and a.where == b.where
        for x, y in zip(a, b):
            walk(x, y)
    else:
        assert a == b


# a text that could hold an alias ("&" or "*" anywhere in it, here in a
# comment after the last line) is read by the Python parser; values and
# positions are those of the same text without it
PYTHON_PARSER = "# & the Python parser reads a text with an ampersand\n"


@pytest.mark.skipif(getattr(yaml, "CSafeLoader", None) is None, reason="PyYAML without libyaml")
def test_both_parsers_give_the_same_values_and_positions():
    slow = yamlio.loads_yaml(TEXT + PYTHON_PARSER)
    fast = yamlio.loads_yaml(TEXT)
    walk(slow, fast)
    assert slow["terms"] == yaml.safe_load(TEXT)["terms"]
    assert fast["terms"][0].at("definition") == (3, 5)
    assert fast["when"] == "2020-11-10"           # dates stay text
    assert fast["terms"][1].at("aliases") == slow["terms"][1].at("aliases") == (8, 5)


@pytest.mark.parametrize("tail", ["", PYTHON_PARSER])
def test_a_problem_is_worded_as_the_python_parser_words_it(tail):
    bad = "terms:\n  - term: a\n   definition: b\n" + tail
    with pytest.raises(ContentError) as ours:
        yamlio.loads_yaml(bad, "g.yaml")
    try:
        yaml.load(bad, Loader=yaml.SafeLoader)     # noqa: S506 - PyYAML's own Python parser
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark
        assert ours.value.problems[0].line == mark.line + 1
        assert e.problem.strip() in ours.value.problems[0].message
    else:
        pytest.fail("the text should not parse")


def test_aliases_are_still_counted():
    text = "a: &x [1, 2]\n" + "".join(f"b{i}: *x\n" for i in range(yamlio.MAX_ALIASES + 1))
    with pytest.raises(ContentError, match="aliases"):
        yamlio.loads_yaml(text)
    duplicate = "a: 1\na: 2\n"
    with pytest.raises(ContentError, match="duplicate key"):
        yamlio.loads_yaml(duplicate)
