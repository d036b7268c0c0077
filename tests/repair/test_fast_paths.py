"""The repair finds some patterns from literal searches instead of regular
expressions that try every position; each must find exactly what its
regular expression finds, on any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from coursepack.repair import hyphenation, ligatures, smallcaps, spacing, urls
from coursepack.repair.rules import SEP, block_starts

SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# texts made of the characters these patterns care about
TEXT = st.lists(st.sampled_from(list("ab X1 .\u00a0\n\u2029-–,;:!?ivx(/<_" + "²³ﬁé") +
                                ["http://", "https://", "www.", "fi", "\n\u2029\n", "  "]),
                max_size=30).map("".join)
settings_ = settings(max_examples=200, deadline=None)


@settings_
@given(TEXT)
def test_tie_runs(t):
    assert spacing._runs_around(t, "\u00a0") == [m.span() for m in re.finditer(
        "[ \u00a0]*\u00a0[ \u00a0]*", t)]


@settings_
@given(TEXT)
def test_doubled_space_runs(t):
    assert spacing._runs_around(t, "  ", " \u00a0", "\u00a0 ", "\u00a0\u00a0") == [
        m.span() for m in re.finditer("[ \u00a0]{2,}", t)]


@settings_
@given(TEXT)
def test_block_edges(t):
    assert spacing._block_edges(t) == [m.span() for m in re.finditer(
        r"[ \u00a0]+(?=\n\u2029)|(?<=\u2029\n)[ \u00a0]+", t)]


@settings_
@given(TEXT)
def test_doubled_full_stops(t):
    assert spacing._doubled_full_stops(t) == [(m.start(), m.end(), m.group(1)) for m in re.finditer(
        rf"(?<![.\s])[ \u00a0]*\.([{SUP}]*)\.(?!\.)", t)]


@settings_
@given(TEXT)
def test_initials(t):
    assert [m.start() - 1 for m in spacing._INITIAL_RE.finditer(t)] == [
        m.start() for m in re.finditer(r"[A-Z]\.(?=[A-Z][a-z])", t)]


@settings_
@given(TEXT)
def test_line_ends(t):
    assert hyphenation.line_ends(t) == [m.span() for m in hyphenation._NL_RE.finditer(t)]


@settings_
@given(TEXT, st.integers(0, 40), st.integers(0, 40))
def test_left_part(t, end, back):
    end = min(end, len(t))
    limit = max(0, end - back)
    assert hyphenation._left_part(t, end, limit) == hyphenation._LEFT_PART_RE.search(t, limit, end).span()


@settings_
@given(TEXT, st.integers(0, 40), st.integers(0, 40))
def test_word_start(t, end, back):
    end = min(end, len(t))
    limit = max(0, end - back)
    if end and t[end - 1] == "\n":
        return          # the ligature rule asks only after a letter
    assert ligatures._word_start(t, end, limit) == ligatures._LEFT_WORD_RE.search(t, limit, end).start()


@settings_
@given(TEXT)
def test_roman_ordinals(t):
    assert [m.span(1) for m in smallcaps._ORDINAL_RE.finditer(t)] == [m.span(1) for m in re.finditer(
        r"(?<![\w(.\-/])([ivx]{2,6})(?=[ \u00a0][^\W\d_])", t)]


@settings_
@given(TEXT)
def test_bare_urls(t):
    assert [m.span(1) for m in urls.bare_urls(t)] == [m.span(1) for m in urls._BARE_RE.finditer(t)]


@settings_
@given(st.lists(st.text(alphabet="ab \n", max_size=5), min_size=1, max_size=6))
def test_block_starts(parts):
    text = SEP.join(parts)
    starts = block_starts(text)
    assert len(starts) == len(parts)
    assert [text[a:a + len(p)] for a, p in zip(starts, parts)] == parts


@settings_
@given(st.text(max_size=60) | TEXT)
def test_skeleton(t):
    """Letters and digits only, case folded, as the regular expression keeps them."""
    from coursepack.repair import _skeleton
    expected = re.sub(f"[\\W_{SUP}]+", "", t.replace("\ufffd", "\u01c2")).casefold()
    assert _skeleton(t) == expected


def test_skeleton_with_many_symbols():
    from coursepack.repair import _skeleton
    t = "".join(chr(c) for c in range(0x2190, 0x2300)) + "ab¹c"
    assert _skeleton(t) == "abc"


@settings_
@given(TEXT)
def test_spaces_before_punctuation(t):
    assert spacing._spaces_before_punctuation(t) == [
        (m.start(), m.end(), m.group(1) or "") for m in spacing._SPACE_PUNCT_RE.finditer(t)]


@settings_
@given(st.text(max_size=60) | TEXT | st.lists(st.sampled_from(
    ["Russia’s", "long-term", "(plan),", "a²b", "“x”", "l'homme", " ", "\u00a0", "-", "ö", "e\u0301"]),
    max_size=12).map(" ".join))
def test_vocabulary_tokens(t):
    from coursepack.repair.rules import Vocabulary
    assert Vocabulary.tokens(t) == set(Vocabulary._WORD.findall(t))


DATES = st.lists(st.sampled_from(["1", "2", "15", "2021", " ", "\u00a0", "\u2009", "i", "v", "x", "ii",
                                  "a", "_", "٣"]), max_size=16).map("".join)


@settings_
@given(DATES)
def test_date_candidates(t):
    for pattern in (smallcaps._DATE_RE, smallcaps._BROKEN_DATE_RE):
        assert [m.span() for m in smallcaps.date_candidates(t, pattern)] == [
            m.span() for m in pattern.finditer(t)]
