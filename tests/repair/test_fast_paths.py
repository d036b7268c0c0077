"""The repair finds some patterns from literal searches instead of regular
expressions that try every position; each rule must decide exactly as the
same rule written with its regular expressions would, on any text.  The
references below are the rules as they read with those expressions (the
patterns the modules' docstrings give)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from coursepack.repair import deleted_words
from coursepack.repair.hyphenation import SUSPENDED, find_line_hyphens, keep_hyphen, line_ends
from coursepack.repair.ligatures import LIGATURE_ENDINGS, find_split_ligatures
from coursepack.repair.rules import SEP, Context, Vocabulary, block_starts
from coursepack.repair.smallcaps import date_candidates, find_roman_ordinals, is_roman
from coursepack.repair.spaced import ONE_LETTER_WORDS
from coursepack.repair.spacing import NBSP, find_punctuation_spacing, find_space_runs
from coursepack.repair.tracked import Edit
from coursepack.repair.urls import bare_urls
from coursepack.words import function_word, zipf

SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# texts made of the characters these patterns care about
TEXT = st.lists(st.sampled_from(list("ab X1 .\u00a0\n\u2029-–,;:!?ivx(/<_" + "²³ﬁé") +
                                ["http://", "https://", "www.", "fi", "\n\u2029\n", "  "]),
                max_size=30).map("".join)
settings_ = settings(max_examples=200, deadline=None)
EN = Context(lang="en")


# ------------------------------------------------------------------ spacing

def space_runs_by_regex(text: str) -> list[Edit]:
    edits = []
    lead = len(text) - len(text.lstrip(" \u00a0"))
    if lead:
        edits.append(Edit(0, lead, "", "space at the start removed", record=False))
    trail = len(text.rstrip(" \u00a0"))
    if trail < len(text) and trail >= lead:
        edits.append(Edit(trail, len(text), "", "space at the end removed", record=False))
    if "\u2029" in text:
        for m in re.finditer(r"[ \u00a0]+(?=\n\u2029)|(?<=\u2029\n)[ \u00a0]+", text):
            edits.append(Edit(m.start(), m.end(), "", "space at a block edge removed", True, False))
    for m in re.finditer("[ \u00a0]{2,}", text):
        a, b = m.span()
        if a < lead or b > trail or text[b:b + 2] == "\n\u2029" or text[max(0, a - 2):a] == "\u2029\n":
            continue
        edits.append(Edit(a, b, NBSP if NBSP in text[a:b] else " ", "doubled space collapsed"))
    return edits


@settings_
@given(TEXT)
def test_space_runs_and_block_edges(t):
    assert find_space_runs(t, EN) == space_runs_by_regex(t)


def punctuation_spacing_by_regex(text: str) -> list[Edit]:
    edits = []
    for m in re.finditer(rf"[ \u00a0]+(?:(?=[,;:!?](?![\w/])|\.(?![\w.]))|([{SUP}]))", text):
        start, end, marker = m.start(), m.end(), m.group(1) or ""
        prev = text[start - 1] if start else ""
        if not prev:
            continue
        if marker:
            if (prev.isalnum() and prev not in SUP) or prev in "”’\").":
                edits.append(Edit(start, end - 1, "", "space before a note marker"))
        elif prev.isalnum() or prev in "_”’\")].":
            edits.append(Edit(start, end, "", "space before punctuation"))
    for m in re.finditer(rf",(?=[^\W\d_{SUP}])", text):
        if m.start() and text[m.start() - 1].isalpha():
            edits.append(Edit(m.end(), m.end(), " ", "missing space after a comma"))
    for m in re.finditer(r"[A-Z]\.(?=[A-Z][a-z])", text):
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "."):
            edits.append(Edit(m.end(), m.end(), "\u202f", "missing (thin) space after an initial"))
    for m in re.finditer(r"(?<![\w])[A-Z]\.\u2009(?=[A-Z])", text):
        edits.append(Edit(m.end() - 1, m.end(), "\u202f", "thin space after an initial made unbreakable"))
    for m in re.finditer(r"(?<=[:;,])<(?=https?://|www\.)", text):
        edits.append(Edit(m.start(), m.start(), " ", "missing space before a URL"))
    for m in re.finditer(rf"(?<![.\s])[ \u00a0]*\.([{SUP}]*)\.(?!\.)", text):
        edits.append(Edit(m.start(), m.end(), m.group(1) + ".", "doubled full stop"))
    return edits


INITIALS = st.lists(st.sampled_from(["A", "B", "Ab", "x", ".", " ", "\u00a0", ",", "²", ":",
                                     "<https://", "K.Tr", "..", "1", "\u2009", "N.\u2009V"]), max_size=16).map("".join)


@settings_
@given(TEXT | INITIALS)
def test_spaces_before_punctuation_initials_and_doubled_full_stops(t):
    assert find_punctuation_spacing(t, EN) == punctuation_spacing_by_regex(t)


# ------------------------------------------------------------------ line ends

@settings_
@given(TEXT)
def test_line_ends(t):
    assert line_ends(t) == [m.span() for m in re.finditer(r"[ \u00a0]*(?<!\u2029)\n(?!\u2029)[ \u00a0]*", t)]


def line_hyphens_by_regex(text: str, lang: str = "en") -> list[Edit]:
    edits = []
    for m in re.finditer("[-\u2010]\n", text):
        hy = m.start()
        rm = re.compile(rf"(?:(?![{SUP}])[^\W_])*").match(text, hy + 2)
        a, b = re.compile(rf"(?:(?![{SUP}])[^\W_])*$").search(text, max(0, hy - 60), hy).span()
        left, right = text[a:b], rm.group()
        if left and not left[-1].isalpha() and not left[-1].isdigit():
            continue
        if hy > 0 and left == "" and text[hy - 1:hy].isspace():
            continue
        if right in SUSPENDED and text[rm.end():rm.end() + 1] != "-":
            edits.append(Edit(hy, hy + 2, "- ", f"hyphen and space kept: '{left}-' is a suspended "
                              f"compound before '{right}'"))
            continue
        keep, why = keep_hyphen(left, right, lang, None)
        edits.append(Edit(hy, hy + 2, "-", f"hyphen kept: {why}") if keep else
                     Edit(hy, hy + 2, "", f"line-end hyphen removed: {why}"))
    return edits


HYPHENS = st.lists(st.sampled_from(["devel", "opments", "-\n", "\u2010\n", "²", "1", " ", "und",
                                    "post", "a", "_", "é", "\n", "x" * 30]), max_size=14).map("".join)


@settings_
@given(TEXT | HYPHENS)
def test_line_end_hyphens_take_the_letters_before_them(t):
    assert find_line_hyphens(t, EN) == line_hyphens_by_regex(t)


# ------------------------------------------------------------------ ligatures

def split_ligatures_by_regex(text: str, lang: str = "en") -> list[Edit]:
    """The rule as it reads with ``[^\\W\\d_]*$`` for the letters before the ligature."""
    edits = []
    split = re.compile(r"(ffi|ffl|ff|fi|fl)[ \u00a0\n]+([a-zà-ÿ][^\W\d_]*)")
    found = split.search(text)
    while found is not None:
        m, found = found, split.search(text, found.end(1))
        lig_end = m.end(1)
        lstart = re.compile(r"[^\W\d_]*$").search(text, max(0, lig_end - 60), lig_end).start()
        left, right = text[lstart:lig_end], m.group(2)
        if lstart > 0 and text[lstart - 1].isdigit():
            continue
        pre = re.search(r"([^\W\d_]+)-\n$", text[max(0, lstart - 40):lstart])
        post = re.match(r"^-\n([^\W\d_]+)", text[m.end(2):m.end(2) + 40])
        lf, rf = (pre.group(1) if pre else "") + left, right + (post.group(1) if post else "")
        joined = lf + rf
        zj, zl, zr = zipf(joined, lang), zipf(lf, lang), zipf(rf, lang)
        run = text[:lstart].split()[-1] if text[:lstart] and not text[lstart - 1].isspace() else ""
        why = ""
        if zj >= 2.5 and (zl < 3.0 or zr < 3.0 or zj >= min(zl, zr)):
            why = f"'{lf} {rf}' → '{joined}': split after a ligature (word frequency {zj:.1f} vs parts {zl:.1f}/{zr:.1f})"
        elif function_word(rf):
            pass
        elif zl == 0 and len(lf) >= 5 and zj >= 1.0:
            why = f"'{lf} {rf}' → '{joined}': split after a ligature ('{lf}' is no word, '{joined}' is)"
        elif (zl < 2.0 and zr < 2.0 and len(lf) >= 3 and len(rf) >= 2
              and not rf.lower().endswith(LIGATURE_ENDINGS)):
            why = f"'{lf} {rf}' → '{joined}': split after a ligature (neither part is a word)"
        elif (zl < 2.0 and len(lf) >= 6 and 1 <= len(rf) <= 3 and rf.islower()
              and (zr < 4.5 or len(rf) == 1 and rf not in ONE_LETTER_WORDS)
              and not rf.lower().endswith(LIGATURE_ENDINGS)):
            why = f"'{lf} {rf}' → '{joined}': split after a ligature (a word ending after a non-word)"
        elif "://" in run or run.startswith(("<http", "www.", "<www")):
            for k in range(len(lf) - 2, -1, -1):
                cand = lf[k:] + rf
                if len(cand) >= 5 and zipf(cand, "en") >= 3.0 and any(
                        lf[k:].lower().endswith(e) for e in LIGATURE_ENDINGS):
                    why = f"split ligature inside a URL ('{cand}')"
                    break
        if why:
            edits.append(Edit(lig_end, m.start(2), "", why))
    return edits


LIGATURES = st.lists(st.sampled_from(["confl", "ict", "off", "icial", "Kompetenzprofi", "l", "ls",
                                      " ", "\n", "-\n", "2", "_", "www.", "https://", "aff", "airs",
                                      "é", "fi", "rst", "x" * 62]), max_size=12).map("".join)


@settings_
@given(TEXT | LIGATURES)
@example("the confl ict, 2Kompetenzprofi ls, Kompetenzprofi ls, <https://globalaff airs.ru>")
def test_split_ligatures_take_the_letters_before_them(t):
    assert find_split_ligatures(t, EN) == split_ligatures_by_regex(t)


# ------------------------------------------------------------------ Roman numerals, URLs, dates

def roman_ordinals_by_regex(text: str) -> list[Edit]:
    return [Edit(m.start(1), m.end(1), m.group(1).upper(),
                 "Roman numeral in small capitals extracted in lower case")
            for m in re.finditer(r"(?<![\w(.\-/])([ivx]{2,6})(?=[ \u00a0][^\W\d_])", text)
            if is_roman(m.group(1)) and m.group(1) not in ("vi", "xi", "iv")]


@settings_
@given(TEXT)
def test_roman_ordinals(t):
    assert find_roman_ordinals(t, EN) == roman_ordinals_by_regex(t)


@settings_
@given(TEXT)
def test_bare_urls(t):
    piece = r"[^\s<>]*[/._\-?=&#%\d]"
    assert [m.span(1) for m in bare_urls(t)] == [m.span(1) for m in re.finditer(
        r"(?<![<\w])((?:https?://|www\.)(?:[^\s<>]|(?<=[-\u2010\u00ad/_?=&#])\n(?=[\w%~]" + piece
        + r")|(?<=\.)\n(?=[a-z0-9]" + piece + r"))*)", t)]


@settings_
@given(st.lists(st.text(alphabet="ab \n", max_size=5), min_size=1, max_size=6))
def test_block_starts(parts):
    text = SEP.join(parts)
    starts = block_starts(text)
    assert len(starts) == len(parts)
    assert [text[a:a + len(p)] for a, p in zip(starts, parts)] == parts


DATES = st.lists(st.sampled_from(["1", "2", "15", "2021", " ", "\u00a0", "\u2009", "i", "v", "x", "ii",
                                  "a", "_", "٣"]), max_size=16).map("".join)
_SP = "[ \u00a0\u2009]"
MONTHS = "|".join(sorted(("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"),
                         key=len, reverse=True))
DATE = re.compile(rf"(\d{{1,2}}){_SP}+({MONTHS}){_SP}+(?=\d{{4}}(?!\d))")
BROKEN_DATE = re.compile(rf"(\d{{1,2}}){_SP}+([ivx]{{1,3}}) ([ivx]{{1,3}}){_SP}+(?=\d{{4}}(?!\d))")


@settings_
@given(DATES)
def test_date_candidates(t):
    for pattern in (DATE, BROKEN_DATE):
        assert [m.span() for m in date_candidates(t, pattern)] == [m.span() for m in pattern.finditer(t)]


# ------------------------------------------------------------------ words

def deleted_words_by_regex(before: str, after: str) -> int:
    """``deleted_words`` with the skeleton (letters and digits, case folded,
    superscripts dropped) taken by a regular expression."""
    def skeleton(s):
        return re.sub(f"[\\W_{SUP}]+", "", s.replace("\ufffd", "\u01c2")).casefold()
    words, rest = before.split(), skeleton(after)
    unconsumed, pos = 0, 0
    for w in words:
        k = skeleton(w)
        at = rest.find(k, pos) if k else pos
        if at < 0:
            unconsumed += 1
        else:
            pos = at + len(k)
    return max(0, unconsumed - max(0, len(after.split()) - (len(words) - unconsumed)))


@settings_
@given(st.text(max_size=60) | TEXT, st.text(max_size=60) | TEXT)
def test_deleted_words_compare_letters_and_digits(before, after):
    assert deleted_words(before, after) == deleted_words_by_regex(before, after)
    assert deleted_words(before, before) == 0


def test_deleted_words_with_many_symbols():
    symbols = "".join(chr(c) for c in range(0x2190, 0x2300))
    for before, after in ((symbols + "ab¹c d", "abc"), (symbols + "xy¹z d", "abc"), ("ab¹c", symbols + "abc")):
        assert deleted_words(before, after) == deleted_words_by_regex(before, after)
    assert deleted_words(symbols + "ab¹c d", "abc") == 1       # 'd' is gone, 'ab¹c' is 'abc'


@settings_
@given(st.text(max_size=60) | TEXT | st.lists(st.sampled_from(
    ["Russia’s", "long-term", "(plan),", "a²b", "“x”", "l'homme", " ", "\u00a0", "-", "ö", "e\u0301"]),
    max_size=12).map(" ".join))
def test_vocabulary_tokens(t):
    assert Vocabulary.tokens(t) == set(re.findall(r"[^\W\d_]+(?:[-\u2019'][^\W\d_]+)*", t))
