"""Word figures: word frequencies from wordfreq's own data files (offline),
read lazily per language and cached, and a language guess from function
words that needs no frequency list at all.  The repair decides with them,
and so do the glossary, the drafting of definitions, the bibliography's
styles and the front matter; a module of its own at the top, so that none
of those loads the repair package to read a frequency.

``zipf(word, lang)`` is the Zipf frequency (0 = unknown, 3 = about one in a
million words, 6 = very common).  Decisions use the best of the block's
language and English, since notes mix English with transliterated titles.

:func:`zipf_frequency` gives exactly what ``wordfreq.zipf_frequency`` gives,
faster: for a word of plain lower-case letters (Latin or Cyrillic, perhaps
followed by superscript note digits, which wordfreq's tokenizer drops) in a
language whose wordfreq preprocessing is only NFC normalisation and case
folding, it looks the word up in wordfreq's own ``large_<lang>.msgpack.gz``
(a list of buckets of words by centibel frequency).  wordfreq (and its
language-code library) is imported only for the other words, whose tokens
are then looked up in the same list.

Decoding a list costs a tenth to a third of a second per language, so the
first use of a language also writes a compact sorted index of it to the
user's cache folder (:func:`_cache_file`; ``COURSEPACK_CACHE_DIR=`` turns
this off), which later processes read in milliseconds.  Without it, a list
is searched bucket by bucket and turned into a dictionary after
:data:`DICT_AFTER` distinct look-ups.
"""

from __future__ import annotations

import bisect
import contextlib
import importlib.util
import math
import mmap
import os
import re
import sys
from array import array
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
import gzip
from .outputs import atomic_write
from .progress import note

_LANGS_CHECKED = ("en", "pl", "ru", "de", "fr")

# wordfreq languages with a "large" list whose preprocessing is NFC + casefold
# and whose tokenizer is the plain regex one (tests/repair/test_words.py checks
# this against wordfreq.language_info)
FAST_LANGS = frozenset("ca cs de en es fi fr it mk nb nl pl pt ru sv uk".split())

DICT_AFTER = 300      # distinct look-ups in one language before a dictionary pays

_SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
# lower-case letters of Latin-1, Latin Extended-A and basic Cyrillic; a word of
# these alone is one token to wordfreq (no marks, no apostrophes, no digits);
# superscript note digits alone are no token at all
_PLAIN_RE = re.compile(f"([a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u0430-\u045f]*)[{_SUPERSCRIPT_DIGITS}]*")
_MINIMUM = 10 ** 0.0 / 1e9      # wordfreq.zipf_to_freq(0.0): the floor of zipf_frequency


def _wordfreq():
    """wordfreq itself, for the words the fast path does not read."""
    import wordfreq  # lazy: wordfreq 107 ms CPU, 0.35 s importtime (langcodes, ftfy, regex), only for a word the fast path cannot read
    return wordfreq


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


def _list_path(lang: str) -> Path:
    data = _data_dir()
    path = data / f"large_{lang}.msgpack.gz"
    if not path.exists():
        path = data / f"small_{lang}.msgpack.gz"
    if not path.exists():
        raise LookupError(f"no wordfreq list for {lang!r}")
    return path


def _read_buckets(path: Path) -> list[list[str]]:
    """wordfreq's ``read_cBpack``: the buckets of words, most frequent first."""
    import msgpack  # lazy: msgpack 2 ms, only with the word cache (not on a no-op build)
    pack = msgpack.unpackb(gzip.decompress(path.read_bytes()), raw=False)
    header = pack[0]
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError(f"{path}: unexpected header {header!r}")
    return pack[1:]


@lru_cache(maxsize=None)
def _bucket_zipf(i: int) -> float:
    """The zipf of a single-token word in bucket i, computed as wordfreq does."""
    return _to_zipf(_rounded_freq(1.0 / (1.0 / _cb_freq(i))))


class _Index:
    """One language's word list as wordfreq stores it: the bucket of a word
    (None if absent), by a binary search in each bucket, or by a dictionary
    once there have been many look-ups."""

    def __init__(self, buckets: list[list[str]]):
        self.buckets = buckets
        self.nonempty = [(i, b) for i, b in enumerate(buckets) if b]
        self.dict: dict[str, int] | None = None
        self.lookups = 0

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


class _SortedIndex:
    """The same list as one file that needs no Python object per word: the
    words' UTF-8 bytes in byte order (which is code point order), their
    offsets and their bucket numbers; a look-up is a binary search.  Reading
    it costs milliseconds where decoding wordfreq's file costs a tenth of a
    second or more, so it is kept in the user's cache (see :func:`_cache_file`)."""

    MAGIC = b"CPWFIDX1"

    def __init__(self, data):
        """``data``: the index's bytes (bytes or a read-only mmap)."""
        if data[:8] != self.MAGIC:
            raise ValueError("not a word index")
        n = int.from_bytes(data[8:12], "little")
        p = 16 + 4 * (n + 1)
        q = p + 2 * n
        view = memoryview(data)
        self.offsets = view[16:p].cast("I")
        self.bucket_of = view[p:q].cast("H")
        if len(data) < q or len(data) != q + self.offsets[-1]:
            raise ValueError("truncated word index")
        self.data, self.base, self.n = data, q, n

    @classmethod
    def read(cls, path: Path) -> "_SortedIndex":
        """Map the file (only the pages a search touches are read)."""
        with open(path, "rb") as f:
            return cls(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))

    @classmethod
    def encode(cls, buckets: list[list[str]]) -> bytes:
        words = [w for b in buckets for w in b]
        number = array("H", [i for i, b in enumerate(buckets) for _ in b])
        # the buckets are sorted runs: sorting merges them
        order = sorted(range(len(words)), key=words.__getitem__)
        encoded = [words[k].encode("utf-8") for k in order]
        offsets = array("I", [0])
        offsets.extend(accumulate(map(len, encoded)))
        bucket_of = array("H", [number[k] for k in order])
        return b"".join([cls.MAGIC, len(words).to_bytes(4, "little"), len(buckets).to_bytes(4, "little"),
                         offsets.tobytes(), bucket_of.tobytes(), *encoded])

    def index(self, word: str) -> int | None:
        key = word.encode("utf-8", "surrogatepass")
        off, data, base = self.offsets, self.data, self.base
        lo, hi = 0, self.n
        while lo < hi:
            mid = (lo + hi) // 2
            if data[base + off[mid]:base + off[mid + 1]] < key:
                lo = mid + 1
            else:
                hi = mid
        if lo < self.n and data[base + off[lo]:base + off[lo + 1]] == key:
            return self.bucket_of[lo]
        return None


CACHE_ENV = "COURSEPACK_CACHE_DIR"


def _cache_file(path: Path) -> Path | None:
    """Where the word index of wordfreq's file ``path`` is kept:
    ``$COURSEPACK_CACHE_DIR`` (empty: no cache), else the user's cache
    folder (``$XDG_CACHE_HOME`` or ``~/.cache``) ``/coursepack/words``.  The
    name carries the file's size and time, so a new wordfreq gets new files."""
    folder = os.environ.get(CACHE_ENV)
    if folder == "":
        return None
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME")
        if not base:
            home = os.path.expanduser("~")
            if home.startswith("~"):
                return None          # no home folder: no cache
            base = os.path.join(home, ".cache")
        folder = os.path.join(base, "coursepack", "words")
    st = path.stat()
    name = f"{path.name.split('.')[0]}-{st.st_size}-{st.st_mtime_ns}-{sys.byteorder}.idx"
    return Path(folder) / name


def _write_atomically(target: Path, data: bytes) -> None:
    atomic_write(target, data)


@lru_cache(maxsize=None)
def _index(lang: str) -> _Index | _SortedIndex:
    path = _list_path(lang)
    cache = _cache_file(path)
    if cache is not None:
        with contextlib.suppress(OSError, ValueError):
            return _SortedIndex.read(cache)
        note(f"making the word index for '{lang}' in {cache.parent} (once per language and "
             "wordfreq version, a few seconds)")
    buckets = _read_buckets(path)
    if cache is not None:
        with contextlib.suppress(OSError):
            _write_atomically(cache, _SortedIndex.encode(buckets))
    return _Index(buckets)


def _tokens_frequency(word: str, lang: str) -> float:
    """wordfreq's ``_word_frequency`` (minimum: zipf 0) on this index."""
    wf = _wordfreq()
    tokens = wf.lossy_tokenize(word, lang)
    if not tokens:
        return _MINIMUM
    index = _index(lang)
    one_over_result = 0.0
    for token in tokens:
        smashed = wf.smash_numbers(token)
        i = index.index(smashed)
        if i is None:
            return _MINIMUM
        freq = _cb_freq(i)
        if smashed != token:
            freq *= wf.numbers.digit_freq(token)
        one_over_result += 1.0 / freq
    freq = 1.0 / one_over_result
    if wf.get_language_info(lang)["tokenizer"] == "jieba":    # pragma: no cover (not a fast language)
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
        return _wordfreq().zipf_frequency(word, lang)
    m = _PLAIN_RE.fullmatch(word)
    if m:
        core = m.group(1)
        if not core:
            return 0.0        # nothing but note digits ("²⁴"): no token, as wordfreq finds none
        if core.casefold() == core:
            i = _index(lang).index(core)
            return 0.0 if i is None else _bucket_zipf(i)
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

_FUNCTION_WORDS_FILE = Path(__file__).resolve().parent / "data" / "function_words.txt"
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


def function_word(word: str) -> bool:
    """Whether ``word`` is a function word of a language of
    ``data/function_words.txt`` ("the", "und", "it"; those listed for two
    languages too).

    >>> function_word("The"), function_word("orthodox")
    (True, False)
    """
    return word.lower() in _all_function_words()


@lru_cache(maxsize=1)
def _all_function_words() -> frozenset:
    words = set()
    for raw in _FUNCTION_WORDS_FILE.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        key, _, rest = line.partition(":")
        if line and not key.strip().endswith(".letters"):
            words.update(w.lower() for w in rest.split())
    return frozenset(words)


def _first_words(text: str, n: int) -> list[str]:
    """The first ``n`` words of ``text`` (lower case, split ligatures
    joined), reading only as much of a long text as needed."""
    size = 10 * n
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
