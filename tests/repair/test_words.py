"""The repair's dictionary: the fast frequency lookup must give exactly what
wordfreq gives, and the language guess must work without frequency lists."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest
import wordfreq
from hypothesis import given, settings
from hypothesis import strategies as st
from wordfreq.language_info import get_language_info

from coursepack import words
from coursepack.words import FAST_LANGS, detect_language, zipf_frequency

LANGS = ("en", "pl", "ru", "de", "fr")


def test_fast_languages_need_only_nfc_and_case_folding():
    """The fast path assumes wordfreq only NFC-normalises, case-folds and
    splits on the regex tokenizer for these languages."""
    for lang in FAST_LANGS:
        info = get_language_info(lang)
        assert info["tokenizer"] == "regex", lang
        assert info["normal_form"] == "NFC", lang
        assert info["transliteration"] is None and info["lookup_transliteration"] is None, lang
        assert not info["remove_marks"] and not info["dotless_i"], lang
        assert info["diacritics_under"] is None, lang
        assert lang in wordfreq.available_languages("large"), lang


@lru_cache(maxsize=None)
def _buckets(lang: str) -> list[list[str]]:
    """wordfreq's list of the language, most frequent bucket first (the one
    coursepack reads)."""
    return wordfreq.get_frequency_list(lang, "large")


def _variants(w: str, rng: random.Random) -> list[str]:
    """The word as the repair may ask for it: capitalised, with a note
    marker, an apostrophe, a digit, a hyphen, a curly quote."""
    return [w, w.capitalize(), w.upper(), w + "\u00b2\u00b3", w + "'s", w + "\u2019s", w + "2",
            "1" + w, w + "-" + w, w[: max(1, len(w) // 2)], w + rng.choice("xqzj")]


def _sample(lang: str, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    buckets = [b for b in _buckets(lang) if b]
    out: list[str] = []
    for _ in range(n):
        b = rng.choice(buckets)
        w = rng.choice(b)
        out.extend(_variants(w, rng) if rng.random() < 0.3 else [w])
    # invented non-words of the language's letters
    letters = "".join(sorted({c for b in buckets[:60] for w in b for c in w if c.isalpha()}))
    for _ in range(n // 3):
        out.append("".join(rng.choice(letters) for _ in range(rng.randint(2, 9))))
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_lookup_equals_wordfreq(lang):
    sample = _sample(lang, 700, seed=sum(map(ord, lang)))
    sample += ["straße", "naïve", "l'homme", "o\u0301w", "ǂer", "x2020", "", " ", "moscow⁴",
               "conflict³²", "u.s.", "İstanbul", "ĳ", "ŉ", "ſ", "ﬁrst", "日本", "مرحبا"]
    wrong = [(w, zipf_frequency(w, lang), wordfreq.zipf_frequency(w, lang)) for w in sample
             if zipf_frequency(w, lang) != wordfreq.zipf_frequency(w, lang)]
    assert not wrong, wrong[:10]
    assert sum(zipf_frequency(w, lang) > 0 for w in sample) > len(sample) // 3  # real words found


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcdeéłśżопривет'’-2²ß \u0301"), max_size=12),
       st.sampled_from(LANGS))
def test_lookup_equals_wordfreq_on_any_string(w, lang):
    assert zipf_frequency(w, lang) == wordfreq.zipf_frequency(w, lang)


ROOT = Path(__file__).resolve().parents[2]
LOOK_UP = """
import json, os, sys
opened = []
sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" else None)
from coursepack.words import zipf_frequency
lang, probe = sys.argv[1], json.loads(sys.argv[2])
values = [zipf_frequency(w, lang) for w in probe]
print(json.dumps({"values": values, "opened": [os.path.basename(p) for p in opened
                                               if os.path.basename(p).startswith("large_" + lang)]}))
"""


def _fresh_process(lang: str, probe: list[str], cache: str) -> dict:
    """``zipf_frequency`` of each word in a new process with ``cache`` as
    ``COURSEPACK_CACHE_DIR``: the values, and the word files it opened."""
    env = dict(os.environ, **{words.CACHE_ENV: cache})
    run = subprocess.run([sys.executable, "-c", LOOK_UP, lang, json.dumps(probe)], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return json.loads(run.stdout.splitlines()[-1])


def _probe(lang: str) -> list[str]:
    """Words and non-words, more than a dictionary is built after."""
    buckets = _buckets(lang)
    rng = random.Random(7)
    probe = ["the", "conflict", "confl", "ict", "zzqx", "after", "aftermath", "ǂ", "", "le", "conseil"]
    probe += [rng.choice(b) for b in rng.sample([b for b in buckets if b], words.DICT_AFTER + 100)]
    probe += [w + "q" for w in probe[:50]]
    return probe


def test_bucket_search_dictionary_and_sorted_index_agree(tmp_path):
    """The first look-ups search wordfreq's buckets, later ones a dictionary,
    and a later process the index kept in the cache: all give wordfreq's
    values."""
    probe = _probe("en")
    expected = [wordfreq.zipf_frequency(w, "en") for w in probe]
    first = _fresh_process("en", probe, str(tmp_path))
    second = _fresh_process("en", probe, str(tmp_path))
    assert first["values"] == expected
    assert second["values"] == expected
    assert expected[0] > expected[1] > 0 and expected[4] == 0       # 'the' before 'conflict'
    assert "large_en.msgpack.gz" in first["opened"]                 # wordfreq's file
    assert len(second["opened"]) == 1 and second["opened"][0].endswith(".idx")   # the index alone


def test_word_index_cache(tmp_path):
    """The first use of a language writes its index to the cache folder; the
    next process reads it instead of wordfreq's file; a damaged file is
    ignored; an empty COURSEPACK_CACHE_DIR means no cache."""
    probe = ["le", "conseil", "tarif", "xqzv"]
    expected = [wordfreq.zipf_frequency(w, "fr") for w in probe]
    wordfreqs = "large_fr.msgpack.gz"
    first = _fresh_process("fr", probe, str(tmp_path))
    files = list(tmp_path.iterdir())
    assert len(files) == 1 and files[0].name.startswith("large_fr-")
    assert first["values"] == expected and wordfreqs in first["opened"]
    kept = {"values": expected, "opened": [files[0].name]}      # the index alone is read
    assert _fresh_process("fr", probe, str(tmp_path)) == kept
    files[0].write_bytes(files[0].read_bytes()[:1000])        # damaged
    again = _fresh_process("fr", probe, str(tmp_path))         # read from wordfreq, rewritten
    assert again["values"] == expected and wordfreqs in again["opened"]
    assert _fresh_process("fr", probe, str(tmp_path)) == kept
    files[0].unlink()
    assert _fresh_process("fr", probe, "") == {"values": expected, "opened": [wordfreqs]}
    assert list(tmp_path.iterdir()) == []                      # no cache: nothing written


def test_note_digits_alone_need_no_wordfreq():
    """A piece of superscript note digits ("²⁴", as the spaced-letters rule
    asks about) or an empty string is no token: the same 0 as wordfreq in
    every fast language, without importing wordfreq (0.35 s) to learn it;
    a word the fast path cannot read still imports it."""
    probe = ["²⁴", "⁴⁵", "¹", "⁰⁹⁸", ""]
    for lang in sorted(FAST_LANGS):
        assert [zipf_frequency(w, lang) for w in probe] == \
            [wordfreq.zipf_frequency(w, lang) for w in probe], lang
    code = ("import sys; from coursepack.words import zipf_frequency; "
            "print([zipf_frequency(w, 'en') for w in %r], 'wordfreq' in sys.modules, end=' '); "
            "zipf_frequency(\"l'homme\", 'en'); print('wordfreq' in sys.modules)" % (probe,))
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["[0.0,", "0.0,", "0.0,", "0.0,", "0.0]", "False", "True"]


def test_other_languages_fall_back_to_wordfreq():
    assert "ja" not in FAST_LANGS
    assert words.zipf("xqzvj", "xx") == 0.0        # unknown language: English only, no error


# ---------------------------------------------------------------- language guess

@pytest.mark.parametrize("text, lang", [
    ("The council met in the spring, and its members were divided over the tariff.", "en"),
    ("Rada zebrała się wiosną, a jej członkowie byli podzieleni w sprawie ceł.", "pl"),
    ("Совет собрался весной, и его члены разошлись во мнениях о пошлинах.", "ru"),
    ("Der Rat trat im Frühjahr zusammen, und seine Mitglieder waren über den Zoll uneins.", "de"),
    ("Le conseil s'est réuni au printemps et ses membres étaient divisés sur le tarif.", "fr"),
    ("Kupcy z Gdańska", "pl"),                        # no function word: the letter decides
    ("Über Zölle", "de"),
    ("Зерно", "ru"),                                  # the script decides
    ("Introduction", "en"),                          # no evidence: English
    ("", "en"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_detect_language_mixed_notes():
    """A note in English citing a Russian or Polish title stays English; a
    note that is mostly Polish with an English title is Polish."""
    assert detect_language("See V. Ivanov, Торговля и пошлины, Moscow 2019, p. 12, and the "
                           "discussion of the tariff in the same volume.") == "en"
    assert detect_language("Zob. J. Smith, Trade and the River, London 2001, s. 4; także "
                           "uwagi autora o cłach, które są w tej samej pracy.") == "pl"
    assert detect_language("А. Петров, Торговля на Волге, в: Сборник статей, Москва 2010, "
                           "с. 5.") == "ru"


def test_detect_language_ignores_split_ligature_tails():
    """"offi ce", "fi le": the tails are not French words."""
    text = "Offi ce fi le confl ict refl ects diffi cult offi cial signifi cant"
    assert detect_language(text) == "en"


def test_detect_language_respects_langs():
    assert detect_language("Der Rat und die Stadt", langs=("en", "pl")) == "en"
    assert detect_language("Der Rat und die Stadt", langs=("de", "en")) == "de"


def test_detect_language_reads_long_texts_only_in_part():
    head = "Rada zebrała się wiosną, a jej członkowie byli podzieleni. " * 30
    assert detect_language(head + "The council and the tariff of the city. " * 5000) == "pl"
