"""Property tests: the repair never crashes, never loses a word, and is
idempotent on text it has already cleaned."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from coursepack.model import plain_text
from coursepack.repair import repair_article, repair_text

WORDS = ["the", "river", "port", "conflict", "first", "office", "official", "Gdańsk", "trade",
         "EU", "osce", "15", "v", "2021", "long-term", "Nagorno-Karabakh", "a", "i", "in", "of",
         "confl", "ict", "fi", "rst", "off", "it", "devel-", "opments", "¹", "²³", "<https://a.org/x-",
         "y>", "[accessed:", "3", "iv", "2020]", "..", ",", ":", "–", "\u00a0", "\u2009", "\ufffd",
         "Introduction", "1", "2", "Ibid."]

texts = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from([" ", "\n", "\n\n", "\n "])),
                 max_size=120).map(lambda parts: " ".join(parts))
anything = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(anything)
def test_never_crashes_and_accounts_for_every_word(text):
    r = repair_article(text)
    assert r.accounting.complete, r.accounting.missing


@SETTINGS
@given(texts)
@example("\ufffd \ufffd v")   # a lost glyph before one letter was once "restored" into a word
@example("\ufffd \ufffd fi")  # ... and before a word that stands better alone ("fifi")
def test_article_like_text_accounted(text):
    r = repair_article(text)
    assert r.accounting.complete, r.accounting.missing
    numbers = {n.number for n in r.footnotes}
    for s in r.sections:
        for b in s.blocks:
            for node in b.inlines:
                if node.type == "noteref":
                    assert node.number in numbers


@SETTINGS
@given(texts)
@example("confl confl confl")     # found by hypothesis: was joined once more on each pass
@example("\ufffd   the")                # found by hypothesis: a lone U+FFFD read as the word "f"
def test_block_repair_idempotent(text):
    once = repair_text(text)
    assert repair_text(once) == once


@SETTINGS
@given(st.lists(st.sampled_from(["The", "harbour", "grew", "after", "1990", "and", "trade",
                                 "with", "Sweden", "doubled", "quickly", "office", "first"]),
                min_size=1, max_size=40))
def test_clean_prose_unchanged(words):
    sentence = " ".join(words) + "."
    r = repair_article("Title\n\nIntroduction\n\n" + sentence + "\n")
    assert [plain_text(b.inlines) for b in r.sections[0].blocks] == [sentence]
    assert r.accounting.complete
