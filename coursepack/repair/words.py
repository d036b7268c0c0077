"""The dictionary behind repair decisions: word frequencies from wordfreq's
own data files (offline), read lazily per language and cached, and a
language guess from function words that needs no frequency list at all.

``zipf(word, lang)`` is the Zipf frequency (0 = unknown, 3 = about one in a
million words, 6 = very common).  Decisions use the best of the block's
language and English, since notes mix English with transliterated titles.

:func:`zipf_frequency` gives exactly what ``wordfreq.zipf_frequency`` gives,
faster: for a word of plain lower-case letters (Latin or Cyrillic, perhaps
followed by superscript note digits, which wordfreq's tokenizer drops) in a
language whose wordfreq preprocessing is only NFC normalisation and case
folding, it looks the word up in wordfreq's ``large_<lang>.msgpack.gz``
itself (a list of buckets of words by centibel frequency).  wordfreq (and
its language-code library) is imported only for the other words, whose
tokens are then looked up in the same index.  A language's list is first
searched bucket by bucket (a binary search in each, no dictionary to build);
after :data:`DICT_AFTER` distinct look-ups it is turned into a dictionary.
"""

from __future__ import annotations

import bisect
import gzip
import importlib.util
import math
import re
from functools import lru_cache
from pathlib import Path

_LANGS_CHECKED = ("en", "pl", "ru", "de", "fr")

# wordfreq languages with a "large" list whose preprocessing is NFC + casefold
# and whose tokenizer is the plain regex one (tests/repair/test_words.py checks
# this against wordfreq.language_info)
FAST_LANGS = frozenset("ca cs de en es fi fr it mk nb nl pl pt ru sv uk".split())

DICT_AFTER = 300      # distinct look-ups in one language before a dictionary pays

_SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
# lower-case letters of Latin-1, Latin Extended-A and basic Cyrillic; a word of
# these alone is one token to wordfreq (no marks, no apostrophes, no digits)
_PLAIN_RE = re.compile(f"([a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u0430-\u045f]+)[{_SUPERSCRIPT_DIGITS}]*")
_MINIMUM = 10 ** 0.0 / 1e9      # wordfreq.zipf_to_freq(0.0): the floor of zipf_frequency


def _data_dir() -> Path:
    spec = importlib.util.find_spec("wordfreq")    # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise LookupError("wordfreq is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def _rounded_freq(freq: float) -> float:
    """wordfreq's rounding of a frequency to three significant digits."""
    unrounded = max(freq, _MINIMUM)
    if unrounded == 0.0:
        return 0.0
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)


def _cb_freq(index: int) -> float:
    """wordfreq.cB_to_freq(-index): the frequency of bucket ``index``."""
    return 10 ** (-index / 100)


def _to_zipf(freq: float) -> float:
    """wordfreq.freq_to_zipf, rounded as zipf_frequency rounds it."""
    return round(math.log(freq, 10) + 9, 2)


class _Index:
    """One language's word list: bucket index of a word (None if absent)."""

    def __init__(self, lang: str):
        data = _data_dir()
        path = data / f"large_{lang}.msgpack.gz"
        if not path.exists():
            path = data / f"small_{lang}.msgpack.gz"
        if not path.exists():
            raise LookupError(f"no wordfreq list for {lang!r}")
        import msgpack
        pack = msgpack.unpackb(gzip.decompress(path.read_bytes()), raw=False)
        header = pack[0]
        if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
            raise ValueError(f"{path}: unexpected header {header!r}")
        self.buckets = pack[1:]
        self.nonempty = [(i, b) for i, b in enumerate(self.buckets) if b]
        self.dict: dict[str, int] | None = None
        self.lookups = 0
        # zipf of a single-token word in bucket i, computed as wordfreq does
        self.zipf = [_to_zipf(_rounded_freq(1.0 / (1.0 / _cb_freq(i)))) for i in range(len(self.buckets))]

    def index(self, word: str) -> int | None:
        if self.dict is None:
            self.lookups += 1
            if self.lookups > DICT_AFTER:
                self._build_dict()
        if self.dict is not None:
            return self.dict.get(word)
        left = bisect.bisect_left
        for i, b in self.nonempty:
            k = left(b, word)
            if k < len(b) and b[k] == word:
                return i
        return None

    def _build_dict(self) -> None:
        d: dict[str, int] = {}
        for i, b in self.nonempty:
            d.update(dict.fromkeys(b, i))
        self.dict = d


@lru_cache(maxsize=None)
def _index(lang: str) -> _Index:
    return _Index(lang)


def _tokens_frequency(word: str, lang: str) -> float:
    """wordfreq's ``_word_frequency`` (minimum: zipf 0) on this index."""
    from wordfreq import get_language_info, lossy_tokenize
    from wordfreq.numbers import digit_freq, smash_numbers
    tokens = lossy_tokenize(word, lang)
    if not tokens:
        return _MINIMUM
    index = _index(lang)
    one_over_result = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        i = index.index(smashed)
        if i is None:
            return _MINIMUM
        freq = _cb_freq(i)
        if smashed != token:
            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    freq = 1.0 / one_over_result
    if get_language_info(lang)["tokenizer"] == "jieba":    # pragma: no cover (not a fast language)
        freq *= 10.0 ** -(len(tokens) - 1)
    return _rounded_freq(freq)


@lru_cache(maxsize=1 << 16)
def zipf_frequency(word: str, lang: str) -> float:
    """``wordfreq.zipf_frequency(word, lang)``, without loading wordfreq's
    own dictionary (and without importing wordfreq for plain words).

    >>> zipf_frequency("the", "en") > 7, zipf_frequency("xqzvj", "en")
    (True, 0.0)
    >>> zipf_frequency("conflict\u00b3\u00b2", "en") == zipf_frequency("conflict", "en")
    True
    """
    if lang not in FAST_LANGS:
        from wordfreq import zipf_frequency as wf_zipf
        return wf_zipf(word, lang)
    m = _PLAIN_RE.fullmatch(word)
    if m:
        core = m.group(1)
        if core.casefold() == core:
            i = _index(lang).index(core)
            return 0.0 if i is None else _index(lang).zipf[i]
    return _to_zipf(_tokens_frequency(word, lang))


@lru_cache(maxsize=None)
def _zipf(word: str, lang: str) -> float:
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


# ------------------------------------------------------------ language guess

_FUNCTION_WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "function_words.txt"
_WORD_RE = re.compile(r"[^\W\d_]{1,}")
_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
# a word split after a ligature by extraction ("offi ce", "fi le"): its tail
# would pass for a function word ("ce", "le"), so the halves are joined first
_SPLIT_LIGATURE_RE = re.compile(r"(?<![\d_])(ffi|ffl|fi|fl) (?=[^\W\d_])")


@lru_cache(maxsize=1)
def _function_words() -> tuple[dict[str, str], dict[str, frozenset]]:
    """word -> its language (words listed for two languages are dropped),
    and per language the letters only it uses."""
    langs: dict[str, set[str]] = {}
    letters: dict[str, frozenset] = {}
    for raw in _FUNCTION_WORDS_FILE.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        key, _, rest = line.partition(":")
        key = key.strip()
        if key.endswith(".letters"):
            letters[key[:-len(".letters")]] = frozenset(rest.split())
        else:
            langs.setdefault(key, set()).update(w.lower() for w in rest.split())
    owner: dict[str, str] = {}
    seen_twice: set[str] = set()
    for lang, ws in langs.items():
        for w in ws:
            if w in owner and owner[w] != lang:
                seen_twice.add(w)
            owner[w] = lang
    for w in seen_twice:
        del owner[w]
    return owner, letters


def _first_words(text: str, n: int) -> list[str]:
    """The first ``n`` words of ``text`` (lower case, split ligatures
    joined), reading only as much of a long text as needed."""
    size = 16 * n
    while True:
        part = text[:size]
        words = _WORD_RE.findall(_SPLIT_LIGATURE_RE.sub(r"\1", part))
        # the last words of a cut text may be cut or joined differently
        if len(part) == len(text) or len(words) > n + 2:
            return [w.lower() for w in words[:n]]
        size *= 4


def detect_language(text: str, langs=_LANGS_CHECKED) -> str:
    """The language (of ``langs``) of ``text``, from its function words
    (articles, prepositions, conjunctions, pronouns, auxiliaries: one point
    each), its script (a Cyrillic word: half a point for Russian) and
    letters only one language uses (half a point per word).  English wins
    ties, and a text with no evidence is English.

    >>> detect_language("The aim of this paper is to explain the policy")
    'en'
    >>> detect_language("Celem artykułu jest analiza polityki Rosji wobec konfliktu")
    'pl'
    >>> detect_language("Целью статьи является анализ политики России")
    'ru'
    """
    owner, letters = _function_words()
    words = _first_words(text, 200)
    scores = dict.fromkeys(langs, 0.0)
    for w in words:
        lang = owner.get(w)
        if lang in scores:
            scores[lang] += 1.0
            continue
        if "ru" in scores and _CYRILLIC_RE.search(w):
            scores["ru"] += 0.5
            continue
        for lang, ls in letters.items():
            if lang in scores and not ls.isdisjoint(w):
                scores[lang] += 0.5
                break
    return max(langs, key=lambda l: (scores[l], l == "en"))


def warm() -> None:
    """Read the word lists the repair always consults (English, and Russian
    for transliterated URL words) now rather than on first use, e.g. to time
    that one-time cost."""
    for lang in ("en", "ru"):
        _zipf("the", lang)
