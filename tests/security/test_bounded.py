"""Bounded work: the word accounting is near-linear, a text without line
breaks is read as paragraphs, YAML nesting is limited before libyaml."""

from __future__ import annotations

import random
import time

from hypothesis import given, settings, strategies as st

from coursepack.edition import read_source
from coursepack.repair import deleted_words, differences, repair_article
from coursepack.sanitize import split_long_lines


def _apply(a: str, b: str, ops) -> str:
    out, i = [], 0
    for _op, i1, i2, j1, j2 in ops:
        out += [a[i:i1], b[j1:j2]]
        i = i2
    return "".join(out + [a[i:]])


def test_differences_on_a_megabyte_is_fast_and_exact():
    rnd = random.Random(7)
    a = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(1_000_000))
    b = list(a)
    for pos in sorted(rnd.sample(range(len(b) - 3), 25), reverse=True):
        b[pos:pos + 3] = "ZZ"
    b = "".join(b)
    t = time.perf_counter()
    ops = differences(a, b)
    assert time.perf_counter() - t < 5
    assert _apply(a, b, ops) == b
    assert 1 <= len(ops) <= 25


@settings(max_examples=200, deadline=None)
@given(st.text("abcx", max_size=200), st.lists(st.tuples(st.integers(0, 200), st.sampled_from(
    ["del", "ins", "sub"])), max_size=6))
def test_differences_turn_a_into_b(a, edits):
    b = list(a)
    for pos, kind in edits:
        pos = min(pos, len(b))
        if kind == "ins":
            b.insert(pos, "Q")
        elif b:
            pos = min(pos, len(b) - 1)
            if kind == "del":
                del b[pos]
            else:
                b[pos] = "R"
    b = "".join(b)
    ops = differences(a, b, k=3)
    assert _apply(a, b, ops) == b
    assert (ops == []) == (a == b)


def test_deleted_words_is_linear():
    t = time.perf_counter()
    assert deleted_words("word " * 200_000, "word " * 199_990) == 10
    assert time.perf_counter() - t < 5


def test_a_source_without_line_breaks_is_read_as_paragraphs(tmp_path):
    rnd = random.Random(1)
    vocab = "harbour council merchants customs office ledger guild railway grain trade".split()
    sentences = [" ".join(rnd.choice(vocab) for _ in range(rnd.randint(8, 20))).capitalize() + "."
                 for _ in range(250)]
    text = " ".join(sentences)
    assert "\n" not in text and len(text.split()) > 2500
    src = tmp_path / "article.txt"
    src.write_text(text, encoding="utf-8")
    read = read_source(src, "article.txt")
    assert read.split() == text.split()          # no word lost or added
    r = repair_article(read)
    assert r.accounting.complete
    assert r.accounting.body == len(text.split())
    assert sum(len(s.blocks) for s in r.sections) > 10


@settings(max_examples=100, deadline=None)
@given(st.text(st.sampled_from(list("ab. ?!\nCD\u201d")), max_size=3000))
def test_split_long_lines_keeps_every_word(text):
    out = split_long_lines(text, limit=200, paragraph=60)
    assert out.split() == text.split()
    assert all(len(line) <= 200 for line in out.splitlines() if line not in text.splitlines())
