"""The dictionary behind repair decisions: word frequencies from wordfreq
(offline), loaded lazily on first use and cached.

``zipf(word, lang)`` is the Zipf frequency (0 = unknown, 3 = about one in a
million words, 6 = very common).  Decisions use the best of the block's
language and English, since notes mix English with transliterated titles.
"""

from __future__ import annotations

from functools import lru_cache

_LANGS_CHECKED = ("en", "pl", "ru", "de", "fr")


@lru_cache(maxsize=None)
def _zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency  # lazy: loading the lists takes time
    try:
        return zipf_frequency(word, lang)
    except LookupError:
        return 0.0


def zipf(word: str, lang: str = "en") -> float:
    """Frequency of ``word`` (case-insensitive) in ``lang`` or English,
    whichever is higher.

    >>> zipf("after") > 5, zipf("xqzv") == 0
    (True, True)
    """
    w = word.lower().replace("\u2019", "'")
    if not w:
        return 0.0
    best = _zipf(w, "en")
    if lang != "en":
        best = max(best, _zipf(w, lang))
    return best


def english(word: str) -> float:
    """English frequency only.

    >>> english("the") > 6
    True
    """
    return _zipf(word.lower().replace("\u2019", "'"), "en")


def detect_language(text: str, langs=_LANGS_CHECKED) -> str:
    """The language (of ``langs``) in which most words of ``text`` are known.

    >>> detect_language("The aim of this paper is to explain the policy")
    'en'
    >>> detect_language("Celem artykułu jest analiza polityki Rosji wobec konfliktu")
    'pl'
    """
    import re
    words = [w.lower() for w in re.findall(r"[^\W\d_]{2,}", text)][:200]
    if not words:
        return "en"
    scores = {}
    for lang in langs:
        scores[lang] = sum(1 for w in words if _zipf(w, lang) >= 3.0)
    # English wins ties (it is the default language of the edition)
    return max(langs, key=lambda l: (scores[l], l == "en"))


def warm() -> None:
    """Load the word lists of every language the repair consults now (they
    are otherwise loaded on first use), e.g. to time that one-time cost."""
    for lang in _LANGS_CHECKED:
        _zipf("the", lang)
