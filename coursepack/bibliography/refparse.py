"""Reference strings parsed into fields: a CRF sequence labeller (through
python-crfsuite) with rule features, and rules that assemble its labels
into a pybtex-shaped :class:`~coursepack.model.BibEntry`.

The model (``coursepack/data/refparse.crfsuite``) is trained by
``python3 -m coursepack.bibliography.refparse --train`` from the tagged
strings of :mod:`coursepack.bibliography.refsynth` (generated in several
citation styles) and any tagged gold files given; nothing is downloaded.
What the labels do not settle is settled by rules afterwards: names split
into surname and given names, "et al.", pages joined, the entry type,
DOI/URL/access date read by pattern (a pattern is surer than a model for
them).

>>> e = parse_reference("Smith, J. and van Dijk, A. (2001) ‘Rivers of Europe’, "
...                     "Journal of Geography 12(3): 45–67.")
>>> e.type, e.persons["author"], e.fields["year"], e.fields["title"]
('article', ['Smith, J.', 'van Dijk, A.'], '2001', 'Rivers of Europe')
>>> e.fields["journal"], e.fields["volume"], e.fields["number"], e.fields["pages"]
('Journal of Geography', '12', '3', '45–67')
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path
import argparse
import yaml

from .. import model
from .refdata import Tagged, split_name_span, token_labels, tokens, read_tagged_file
from .cite import Citation, Name
from .dates import PDate

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "refparse.crfsuite"

_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)[a-z]?$")
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december", "jan", "feb", "mar", "apr",
           "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "januar", "februar",
           "märz", "mai", "juni", "juli", "oktober", "dezember", "janvier", "février",
           "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre", "spring", "summer", "autumn", "fall", "winter"}
_EDS = {"ed", "eds", "edn", "hg", "hrsg", "hgg", "editor", "editors", "dir", "coord", "éd", "éds", "herausgeber", "herausgeberin"}
_IN = {"in"}
_PAGES = {"pp", "p", "s", "pages", "page", "seiten", "ss"}
_VOL = {"vol", "vols", "volume", "bd", "band", "jg", "jahrgang", "t", "tome"}
_NUM = {"no", "nr", "issue", "number", "h", "heft", "n", "num"}
_PUB = {"press", "verlag", "publishers", "publisher", "publishing", "books", "university",
        "universität", "institute", "institut", "ltd", "inc", "gmbh", "co", "editions",
        "éditions", "edition", "sage", "routledge", "springer", "wiley", "elsevier", "campus",
        "suhrkamp", "vs", "beck", "blackwell", "macmillan", "palgrave", "polity", "verso",
        "mit", "oup", "cup", "foundation", "stiftung", "association", "ministry", "office"}
_ACCESS = {"accessed", "retrieved", "zugriff", "abgerufen", "consulted", "visited", "access",
           "aufgerufen", "stand", "consulté", "last"}
# major publishing places: a feature the model weighs
_FEAT_PLACES = frozenset({"london", "new", "york", "oxford", "cambridge", "berlin", "frankfurt", "münchen",
           "munich", "paris", "stuttgart", "hamburg", "wiesbaden", "opladen", "bonn", "köln",
           "cologne", "boston", "chicago", "princeton", "thousand", "oaks", "basingstoke",
           "abingdon", "amsterdam", "leipzig", "wien", "vienna", "zürich", "zurich", "basel",
           "baden", "göttingen", "tübingen", "heidelberg", "bielefeld", "weinheim", "münster",
           "washington", "philadelphia", "stanford", "berkeley", "los", "angeles", "san",
           "francisco", "toronto", "montreal", "sydney", "melbourne", "milan", "milano", "roma",
           "rome", "madrid", "barcelona", "bern", "lyon", "brussels", "bruxelles", "dublin",
           "edinburgh", "manchester", "bristol", "ithaca", "baltimore", "lanham", "malden",
           "hoboken", "westport", "newbury", "park", "beverly", "hills", "mass", "ma", "ny",
           "nj", "ca", "il", "ct", "m", "moscow", "moskva", "warszawa", "warsaw", "kraków",
           "prague", "praha", "budapest", "st", "petersburg", "geneva", "genève", "hannover",
           "darmstadt", "freiburg", "mannheim", "konstanz", "bremen", "dresden", "düsseldorf",
           "essen", "kassel", "marburg", "jena", "halle", "rostock", "graz", "innsbruck",
           "salzburg", "leiden", "utrecht", "rotterdam", "copenhagen", "stockholm", "oslo",
           "helsinki", "tokyo", "beijing", "delhi", "cape", "town", "nairobi", "mexico"})
# more places the rules consult (the model's features keep the set it was trained with)
_PLACES = _FEAT_PLACES | {
           "aldershot", "armonk", "farnham", "boulder", "hove", "harlow", "paderborn", "tampere",
           "turku", "uppsala", "lund", "aarhus", "ghent", "leuven", "louvain", "antwerp", "lausanne",
           "florence", "firenze", "bologna", "torino", "turin", "napoli", "naples", "lisbon",
           "lisboa", "porto", "athens", "istanbul", "ankara", "jerusalem", "aviv", "cairo",
           "johannesburg", "pretoria", "canberra", "auckland", "wellington", "vancouver", "ottawa",
           "seattle", "minneapolis", "pittsburgh", "arbor", "durham", "evanston", "urbana", "madison", "austin", "atlanta", "houston", "detroit",
           "nashville", "albany", "syracuse", "buffalo", "rochester", "providence", "hanover",
           "brighton", "leeds", "sheffield", "birmingham", "liverpool", "glasgow", "aberdeen",
           "cardiff", "belfast", "cork", "galway", "exeter", "nottingham", "leicester", "norwich",
           "chichester", "harmondsworth", "keynes", "oxon", "cheltenham", "tallahassee",
           "trier", "mainz", "würzburg", "regensburg", "passau", "augsburg", "nürnberg",
           "erlangen", "bamberg", "saarbrücken", "kiel", "lübeck", "oldenburg", "osnabrück",
           "braunschweig", "hildesheim", "gießen", "siegen", "wuppertal", "bochum", "dortmund",
           "duisburg", "aachen", "koblenz", "karlsruhe", "ulm", "potsdam", "magdeburg", "erfurt",
           "weimar", "chemnitz", "greifswald", "prag", "heilbrunn"}
# countries and states written after a place ("Brussels, Belgium"): part of it
_COUNTRIES = {"belgium", "finland", "germany", "deutschland", "france", "italy", "spain", "portugal",
              "netherlands", "austria", "österreich", "switzerland", "schweiz", "sweden", "norway",
              "denmark", "poland", "russia", "usa", "uk", "england", "scotland", "wales", "ireland",
              "canada", "australia", "japan", "china", "india", "brazil", "mexico", "greece",
              "hungary", "czech", "republic", "slovenia", "croatia", "serbia", "romania", "bulgaria",
              "turkey", "israel", "malta", "cyprus", "estonia", "latvia", "lithuania", "ukraine",
              "africa", "south", "kenya", "nigeria", "argentina", "chile", "luxembourg", "iceland",
              "california", "massachusetts", "illinois", "ontario", "quebec", "bavaria", "bayern"}
_JOURNAL = {"journal", "review", "quarterly", "zeitschrift", "studies", "bulletin", "annals",
            "proceedings", "revue", "rivista", "archiv", "jahrbuch", "mitteilungen", "monatshefte",
            "politics", "sociology", "science", "psychology", "forum", "research", "vierteljahresschrift",
            "magazine", "times", "letters", "transactions", "gazette", "economist", "zeitung"}


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict:
    with open(Path(__file__).with_name("refparse_lexicon.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@functools.lru_cache(maxsize=1)
def _feat_given_names() -> frozenset:
    """The given names the model's features weigh (the list it was trained with)."""
    return frozenset(w.lower() for w in _lexicon()["given_names"].split())


@functools.lru_cache(maxsize=1)
def _given_names() -> frozenset:
    """The given names the rules consult: the model's list and more."""
    return _feat_given_names() | frozenset(w.lower() for w in _lexicon().get("given_names_more", "").split())


_OPEN_Q = set("“„«‘\"»‚")
_CLOSE_Q = set("”“»’\"«‘")


def _shape(w: str) -> str:
    s = re.sub(r"[A-ZÀ-ÖØ-ÞĀ-ſА-Я]", "X", w)
    s = re.sub(r"[a-zß-öø-ÿа-я]", "x", s)
    s = re.sub(r"\d", "d", s)
    s = re.sub(r"[^Xxd]", "p", s)
    return re.sub(r"(.)\1{2,}", r"\1\1", s)


def _word_feats(w: str, prefix: str) -> list[str]:
    lw = w.lower()
    f = [f"{prefix}w={lw}", f"{prefix}sh={_shape(w)}"]
    if _YEAR.match(w):
        f.append(f"{prefix}year")
    if lw in _EDS:
        f.append(f"{prefix}eds")
    if lw in _PAGES:
        f.append(f"{prefix}pp")
    if lw in _VOL:
        f.append(f"{prefix}vol")
    if lw in _NUM:
        f.append(f"{prefix}num")
    if lw in _PUB:
        f.append(f"{prefix}pub")
    if lw in _FEAT_PLACES:
        f.append(f"{prefix}place")
    if lw in _MONTHS:
        f.append(f"{prefix}month")
    if lw in _ACCESS:
        f.append(f"{prefix}access")
    if lw in _feat_given_names():
        f.append(f"{prefix}given")
    if w[:1].isupper() and w[1:].islower() and len(w) > 1:
        f.append(f"{prefix}cap")
    elif w.isupper() and len(w) > 1 and w.isalpha():
        f.append(f"{prefix}upper")
    return f


def _seg_flags(ws: list[str]) -> list[str]:
    """What a segment (the words between two punctuation marks) holds:
    lexicon hits and shapes the model weighs at a field boundary."""
    out = []
    low = [w.lower() for w in ws]
    if any(w in _JOURNAL for w in low):
        out.append("seg_journal")
    if any(w.isdigit() for w in ws):
        out.append("seg_digits")
    if any(_YEAR.match(w) for w in ws):
        out.append("seg_year")
    if low and low[0] in _IN:
        out.append("seg_in")
    if low and low[0] in _FEAT_PLACES:
        out.append("seg_place")
    if any(w in _PUB for w in low):
        out.append("seg_pub")
    if any(w in _EDS for w in low):
        out.append("seg_eds")
    if low and low[0] in _PAGES | _VOL | _NUM:
        out.append("seg_locator")
    if any(w.startswith(("http", "www")) for w in low):
        out.append("seg_url")
    alpha = [w for w in ws if w.isalpha()]
    if alpha and all(w[:1].isupper() for w in alpha):
        out.append("seg_allcap")
    if alpha and sum(w.isupper() and len(w) > 1 for w in alpha) == len(alpha):
        out.append("seg_upper")
    if len(alpha) <= 3 and alpha and all(w.lower() in _feat_given_names() or len(w) == 1 for w in alpha[:-1]) \
            and all(w[:1].isupper() for w in alpha):
        out.append("seg_namelike")
    return out


def _features(text: str, toks: list[tuple[int, int]]) -> list[list[str]]:
    words = [text[a:b] for a, b in toks]
    n = len(words)
    first_year = next((i for i, w in enumerate(words) if _YEAR.match(w)), None)
    first_in = next((i for i, w in enumerate(words) if w.lower() in _IN and i + 1 < n
                     and (words[i + 1] in ":" or words[i + 1][:1].isupper())
                     and i > 2), None)
    dslash = next((i for i in range(1, n) if words[i] == "/" and words[i - 1] == "/"
                   and toks[i][0] == toks[i - 1][1]), None)
    numbered = bool(n > 1 and words[0].isdigit() and words[1] in ".)]") or (words[:1] == ["["])
    # segments between punctuation marks, and what each holds
    seg_of: list[int] = []
    segs: list[list[int]] = [[]]
    for i, w in enumerate(words):
        if w in ".,:;()[]" and not (w == "." and i > 0 and (len(words[i - 1]) == 1
                                                          or words[i - 1].isdigit())):
            seg_of.append(-1)
            segs.append([])
        else:
            seg_of.append(len(segs) - 1)
            segs[-1].append(i)
    seg_info = []
    seg_flags = []
    year_seg = seg_of[first_year] if first_year is not None and seg_of[first_year] >= 0 else None
    nonempty = [k for k, idxs in enumerate(segs) if idxs]
    for k, idxs in enumerate(segs):
        ws = [words[i] for i in idxs]
        alpha = [w for w in ws if w.isalpha()]
        caps = sum(w[:1].isupper() for w in alpha) / max(len(alpha), 1)
        info = [f"seglen{min(len(ws), 8) if len(ws) < 8 else 'L'}",
                f"segcaps{round(caps * 2)}"]
        flags = _seg_flags(ws)
        info.extend(flags)
        if year_seg is not None:
            info.append(f"segrel{max(-2, min(3, k - year_seg))}")
        if idxs:
            left = len([m for m in nonempty if m > k])
            info.append(f"segfromend{min(left, 3)}")
            op = words[idxs[0] - 1] if idxs[0] > 0 else "^"
            cl = words[idxs[-1] + 1] if idxs[-1] + 1 < n else "$"
            info.append(f"segopen={op}")
            info.append(f"segclose={cl}")
        seg_info.append(info)
        seg_flags.append(flags + [f"len{min(len(ws), 8) if len(ws) < 8 else 'L'}"])
    # for a mark between segments: the segment after it and the one before
    seg_after: list[int | None] = [None] * n
    seg_before: list[int | None] = [None] * n
    last = None
    for i in range(n):
        seg_before[i] = last
        if seg_of[i] >= 0:
            last = seg_of[i]
    last = None
    for i in range(n - 1, -1, -1):
        seg_after[i] = last
        if seg_of[i] >= 0:
            last = seg_of[i]
    # the flags of the next and the previous segment that holds words
    nxt_of: dict[int, list[str]] = {}
    prv_of: dict[int, list[str]] = {}
    for x, k in enumerate(nonempty):
        nxt_of[k] = ["n:" + g for g in seg_flags[nonempty[x + 1]]] if x + 1 < len(nonempty) else ["n:none"]
        prv_of[k] = ["p:" + g for g in seg_flags[nonempty[x - 1]]] if x > 0 else ["p:none"]
    base = [_word_feats(w, "") for w in words]     # once a word; neighbours prefix them
    feats: list[list[str]] = []
    paren = 0
    quote = False
    commas = 0
    periods = 0
    for i, (w, (a, b)) in enumerate(zip(words, toks)):
        f = ["bias"] + base[i]
        lw = w.lower()
        if seg_of[i] >= 0:
            k = seg_of[i]
            f.extend(seg_info[k])
            f.extend(nxt_of[k])
            f.extend(prv_of[k])
            if segs[k][0] == i:
                f.append("segfirst")
            if segs[k][-1] == i:
                f.append("seglast")
        else:
            f.append("segpunct")
            # a mark between segments: what comes after it and before it
            after, before = seg_after[i], seg_before[i]
            f.extend(["n:" + g for g in seg_flags[after]] if after is not None else ["n:none"])
            f.extend(["p:" + g for g in seg_flags[before]] if before is not None else ["p:none"])
        if w.isupper() and len(w) > 1 and w.isalpha():
            f.append("allcaps")
        if w[:1].isupper() and len(w) == 1:
            f.append("single_cap")
        if w.isdigit():
            f.append(f"digits{min(len(w), 5)}")
        if re.match(r"(https?://|www\.)", w):
            f.append("url")
        if re.match(r"10\.\d{4,}/", w):
            f.append("doi")
        f.append(f"pos{min(9, int(10 * i / max(n, 1)))}")
        f.append(f"idx{min(i, 12)}")
        if first_year is not None:
            f.append("before_year" if i < first_year else "after_year" if i > first_year else "at_year")
        else:
            f.append("no_year")
        if first_in is not None:
            f.append("before_in" if i < first_in else "after_in")
        if dslash is not None:
            f.append("before_dslash" if i < dslash - 1 else "after_dslash" if i > dslash else "dslash")
        if numbered:
            f.append("numbered")
        f.append(f"len{min(len(w), 8)}")
        if i > 0 and words[i - 1] == "," and i > 1 and words[i - 2][:1].isupper() \
                and words[i - 2].isalpha() and len(words[i - 2]) > 1:
            f.append("after_word_comma")
        f.append(f"paren{min(paren, 2)}")
        if quote:
            f.append("in_quote")
        f.append(f"commas{min(commas, 6)}")
        f.append(f"periods{min(periods, 6)}")
        if w == "." and i > 0:
            pw = words[i - 1]
            f.append("dot_after_digit" if pw.isdigit() else "dot_after_initial" if len(pw) == 1
                     else "dot_after_short" if len(pw) <= 4 and pw.isalpha() else "dot_after_word")
            if i + 1 < n:
                nw = words[i + 1]
                f.append("dot_then_lower" if nw[:1].islower() else "dot_then_upper"
                         if nw[:1].isupper() else "dot_then_other")
        space_before = a > 0 and text[a - 1].isspace()
        f.append("sp_before" if space_before else "nosp_before")
        for k in (-2, -1, 1, 2):
            j = i + k
            if 0 <= j < n:
                f.extend(f"{k}:" + g for g in base[j])
            else:
                f.append(f"{k}:none")
        if i + 1 < n:
            f.append(f"bigram+={lw}|{words[i + 1].lower()}")
        if i > 0:
            f.append(f"bigram-={words[i - 1].lower()}|{lw}")
        feats.append(f)
        # state after this token
        if w in "([":
            paren += 1
        elif w in ")]" and paren:
            paren -= 1
        if w in _OPEN_Q and not quote and (i + 1 < n and toks[i + 1][0] == b):
            quote = True
        elif w in _CLOSE_Q and quote:
            quote = False
        if w == ",":
            commas += 1
        if w == "." and (i == 0 or len(words[i - 1]) > 1):
            periods += 1
    return feats


@functools.lru_cache(maxsize=4)
def _tagger(path: str):
    import pycrfsuite  # lazy: pycrfsuite 3 ms, only when references are parsed
    t = pycrfsuite.Tagger()
    t.open(path)
    return t


def label(text: str, model_path: str | Path | None = None
          ) -> tuple[list[tuple[int, int]], list[str]]:
    """The tokens of ``text`` and the label the model gives each."""
    toks = tokens(text)
    if not toks:
        return [], []
    path = str(model_path or MODEL_PATH)
    labels = _tagger(path).tag(_features(text, toks))
    return toks, _fix_labels(text, toks, list(labels))


def _post_rule(rule=None, *, title: bool = False):
    """A post-rule written ``rule(text, toks, labels, words)`` (``words``:
    the tokens' strings), or with ``title=True`` ``rule(text, toks, labels,
    words, i, j)`` (the first and last token of the first title run; with no
    title run the labels are returned unchanged), called as every post-rule
    is: ``rule(text, toks, labels)`` → labels.

    >>> @_post_rule(title=True)
    ... def _shout(text, toks, labels, words, i, j):
    ...     return labels[:i] + [w.upper() for w in words[i:j + 1]] + labels[j + 1:]
    >>> t = "Lee, K. Rivers of Europe."
    >>> _shout(t, tokens(t), ["asur", "o", "agiv", "agiv", "title", "title", "title", "o"])
    ['asur', 'o', 'agiv', 'agiv', 'RIVERS', 'OF', 'EUROPE', 'o']
    >>> _shout(t, tokens(t), ["o"] * 8) == ["o"] * 8
    True
    """
    def wrap(f):
        @functools.wraps(f)
        def run(text, toks, labels):
            words = [text[a:b] for a, b in toks]
            if not title:
                return f(text, toks, labels, words)
            first = _first_title(toks, labels)
            if first is None:
                return labels
            return f(text, toks, labels, words, *first)
        return run
    return wrap(rule) if rule is not None else wrap


@_post_rule
def _fix_labels(text, toks, labels, words):
    """Patterns surer than the model: a URL or DOI token is one."""
    for i, (a, b) in enumerate(toks):
        w = text[a:b]
        if re.match(r"10\.\d{4,}/", w) or re.match(r"(?i)doi:", text[max(0, a - 4):a + 4]):
            if re.match(r"10\.\d{4,}/", w):
                labels[i] = "doi"
        elif re.match(r"(https?://|www\.)", w):
            labels[i] = "url"
    if len(words) > 3 and re.fullmatch(r"\d{1,3}", words[0]) and words[1] in ".)]" \
            and words[2][:1].isupper():
        labels[0] = labels[1] = "o"     # the number of a numbered list
    elif len(words) > 3 and words[0] == "[" and words[1].isdigit() and words[2] == "]":
        labels[0] = labels[1] = labels[2] = "o"
    labels = _surname_after_initials(text, toks, _name_order_by_lexicon(text, toks, labels))
    labels = _title_after_initials_list(text, toks, labels)
    labels = _et_al_after_names(text, toks, labels)
    labels = _original_year_statement(text, toks, labels)
    labels = _inverted_given(text, toks, _initials_after(text, toks, labels))
    labels = _given_first_after_inverted(text, toks, labels)
    labels = _vancouver_source(text, toks, labels)
    labels = _journal_after_title(text, toks, labels)
    labels = _place_publisher(text, toks, labels)
    labels = _series_in_title(text, toks, _quote_opens_title(text, toks, labels))
    labels = _head_ends_at_comma(text, toks, _name_read_as_title(text, toks, labels))
    labels = _quoted_after_year(text, toks, _name_list_read_as_title(text, toks, labels))
    labels = _place_at_end(text, toks, _paren_tail(text, toks, _locator_word_ends(text, toks, labels)))
    labels = _place_at_title_end(text, toks, _place_year_in_title(text, toks, labels))
    labels = _subtitle_read_as_publisher(text, toks, _years_span_in_title(text, toks, labels))
    labels = _title_tail_note(text, toks, _year_parens_before_title(text, toks, labels))
    labels = _untitled(text, toks, labels)
    labels = _in_journal(text, toks, _quoted_title_ends(text, toks, labels))
    labels = _after_double_slash(text, toks, labels)
    labels = _pages_by_pattern(text, toks, _quote_start_of_title(text, toks, labels))
    labels = _journal_before_volume(text, toks, _bracket_after_title(text, toks, labels))
    labels = _container_after_eds_mark(text, toks,
                                       _container_after_editors(_editor_heads(text, toks, labels)))
    labels = _subtitle_after_colon(text, toks, _paren_in_title_read_as_source(text, toks, labels))
    labels = _short_citation_names(text, toks, _imprint_after_container(text, toks, labels))
    labels = _issue_after_number_word(text, toks, _surname_list_editors(text, toks, labels))
    labels = _editor_body_before_mark(text, toks, labels)
    labels = _prose_before_citation(text, toks, labels)
    labels = _letter_range_after_title(text, toks, _number_slash_year(text, toks, labels))
    labels = _abbreviation_after_publisher(text, toks, _place_qualifier(text, toks, labels))
    labels = _container_not_editors(text, toks, _range_before_month(text, toks, labels))
    labels = _publisher_after_editors(text, toks, _volumes_and(text, toks, labels))
    labels = _url_word(text, toks, _first_page_mark(text, toks, labels))
    labels = _access_year(text, toks, _last_name_read_as_title(text, toks, labels))
    labels = _title_tail_read_as_name(text, toks, _names_after_head_stop(text, toks, labels))
    labels = _series_segment_in_title(text, toks, _note_goes_on(text, toks, labels))
    labels = _page_range_whole(text, toks, _publisher_read_as_note(text, toks, labels))
    labels = _bare_year_in_title(text, toks, _sentence_after_names(text, toks, labels))
    labels = _in_container_before_editors(text, toks, _in_container_eds_parens(text, toks, labels))
    labels = _title_after_pages_in(text, toks, _lower_in_ends_title(text, toks, labels))
    labels = _imprint_parens_at_end(text, toks, labels)
    labels = _in_opens_container(text, toks, _journal_volume_in_title(text, toks, labels))
    labels = _volume_at_source_end(text, toks, labels)
    labels = _publisher_before_place_at_end(text, toks, _date_without_access_word(text, toks, labels))
    labels = _particle_before_surname(text, toks, labels)
    labels = _initial_opening_title(text, toks, _title_after_inverted_initials(text, toks, labels))
    labels = _pages_in_container_edited_by(text, toks, labels)
    labels = _volume_read_for_pages(text, toks, _range_after_volume_comma(text, toks, labels))
    labels = _journal_locator_in_title(text, toks, _in_splits_title(text, toks, labels))
    labels = _publisher_at_title_end(text, toks, _title_goes_on_after_comma(text, toks, labels))
    labels = _subtitle_at_end(text, toks, labels)
    labels = _conjunction_not_name(text, toks, _names_after_edited_by(text, toks, labels))
    labels = _editors_before_ed_mark(text, toks, _title_words_after_initials(text, toks, labels))
    labels = _pages_before_bracket_year(text, toks, _bracket_imprint(text, toks, labels))
    labels = _page_mark_before_in(text, toks, labels)
    labels = _last_place_unlabelled(text, toks, _place_read_for_title(text, toks, labels))
    labels = _place_before_final_year(text, toks, _container_end_before_eds_bracket(text, toks, labels))
    labels = _page_mark_not_issue(text, toks, _inverted_initials_list(text, toks, labels))
    labels = _names_inside_title(text, toks, labels)
    labels = _saint_in_name(text, toks, labels)
    labels = _source_before_title_is_title(text, toks, _names_before_year_in_title(text, toks, labels))
    labels = _ed_mark_after_names(text, toks, _inverted_names_by_separator(text, toks, labels))
    labels = _journal_sentence_before_locator(text, toks, _year_opens_title(text, toks, _medium_designation(text, toks, labels)))
    labels = _abbreviated_journal_read_as_names(text, toks, labels)
    labels = _editors_sentence_after_title(text, toks, _segment_before_locator_is_journal(text, toks, labels))
    labels = _year_opens_title(text, toks, _year_closing_source(text, toks, _vancouver_names(text, toks, labels)))
    labels = _journal_last_sentence_before_year(text, toks, labels)
    labels = _title_after_initials_first(text, toks, _in_book_comma_editors(text, toks, labels))
    labels = _in_initials_editors_first(text, toks, labels)
    labels = _semicolon_names_colon(text, toks, labels)
    labels = _place_before_pages_is_journal(text, toks, _edition_statement(text, toks, labels))
    labels = _vancouver_editors_after_title(text, toks, labels)
    labels = _place_before_page_tail(text, toks, _place_sentence_at_end(text, toks, labels))
    labels = _publisher_sentence_at_end(text, toks, labels)
    labels = _title_before_place_year(text, toks, labels)
    labels = _volume_before_page_mark(text, toks, _ed_mark_opens_container(text, toks, labels))
    labels = _unknown_imprint(text, toks, _descriptor_note(text, toks, _same_author_works(text, toks, labels)))
    labels = _imprint_inside_run(text, toks, _lead_ins_and_identifiers(text, toks, labels))
    labels = _edited_by_inside_source(text, toks, _capitals_are_surnames(text, toks, labels))
    labels = _abbreviated_journal_before_volume(text, toks, _place_closing_source(text, toks, labels))
    labels = _source_after_place_colon(text, toks, _note_after_year_is_title(text, toks, labels))
    labels = _place_state_publisher(text, toks, _capitals_name_list(text, toks, labels))
    labels = _particle_surname_after_initials(text, toks, labels)
    labels = _publisher_comma_place_at_end(text, toks, labels)
    labels = _volume_comma_single_page(text, toks, labels)
    labels = _year_repeated_after_source(text, toks, _journal_before_repeated_year(text, toks, labels))
    labels = _journal_volume_closing_title(text, toks, _place_colon_in_publisher(text, toks, labels))
    labels = _title_mark_before_source(text, toks, labels)
    labels = _locator_slips(text, toks, labels)
    labels = _title_first_read_as_names(text, toks, labels)
    labels = _title_goes_on_to_the_end(text, toks, labels)
    labels = _names_in_imprint(text, toks, labels)
    labels = _vancouver_particle_names(text, toks, labels)
    labels = _last_given_first_name_before_title(text, toks, labels)
    labels = _initial_after_surname_comma(text, toks, _journal_before_v_mark(text, toks, labels))
    labels = _quoted_title_in_book(text, toks, labels)
    labels = _volume_after_its_mark(text, toks, _journal_before_year_semicolon(text, toks, labels))
    labels = _page_range_after_its_mark(text, toks, labels)
    return _journal_conjunction(text, toks, _quoted_source_is_title(text, toks, labels))


@_post_rule
def _et_al_after_names(text, toks, labels, words):
    """"et al." after the names (ABNT's, Nature's, Vancouver's "GERST, D. et
    al. Title."), read as the title's first words: no field (the names are
    cut short; :func:`assemble` adds ``others``).

    >>> t = "GERST, D. et al. Gruppenarbeit. SOFI, p. 39–66, 1995."
    >>> labs = ["asur", "o", "agiv", "agiv", "title", "title", "title", "title", "o", "source", "o", "o", "o", "fpage", "o", "lpage", "o", "year", "o"]
    >>> _et_al_after_names(t, tokens(t), labs)[4:9]
    ['o', 'o', 'o', 'title', 'o']
    """
    n = len(words)
    for x in range(1, n - 1):
        # "et al.", and German "u. a." (und andere)
        two = words[x].lower() == "et" and words[x + 1].lower() == "al"
        if not two and words[x] == "u" and x + 3 < n and words[x + 1] == "." and words[x + 2] == "a" \
                and words[x + 3] == ".":
            two = True
        if not two or labels[x] == "o" and labels[x + 1] == "o":
            continue
        y = x - 1
        while y >= 0 and words[y] in ",." and labels[y] not in _NAME_LABELS:
            y -= 1
        if y < 0 or labels[y] not in _NAME_LABELS:
            continue
        z = x + 2
        if words[x] == "u":
            z = x + 3       # "u . a": the "a" too
        while z < n and words[z] in ".," and z <= x + 4:
            z += 1
        for k in range(x, z):
            labels[k] = "o"
    return labels


@_post_rule
def _journal_before_v_mark(text, toks, labels, words):
    """The journal between the title's last full stop and the volume mark
    ("… A Relational Approach. Hypatia, v. 12, n. 3, 1995": ABNT's, and
    ISO 690's "vol."), read into the title: the journal (``source``) when
    no container was read.

    >>> t = "WEISS, G. Sex-selective Abortion. Hypatia, v. 12, n. 3, 1995."
    >>> labs = ["asur", "o", "agiv", "agiv", "title", "title", "title", "title", "o", "o", "o", "volume", "o", "o", "o", "issue", "o", "year", "o"]
    >>> _journal_before_v_mark(t, tokens(t), labs)[6:9]
    ['o', 'source', 'o']
    """
    if "source" in labels:
        return labels
    n = len(words)
    for c in range(2, n - 3):
        if words[c] != "," or words[c + 1].lower() not in ("v", "vol") or words[c + 2] != "." \
                or labels[c - 1] != "title" or not any(labels[x] == "volume" for x in range(c + 3, min(n, c + 5))):
            continue
        y = c - 1
        while y > 0 and labels[y] == "title" and words[y] not in ".?!":
            y -= 1
        if words[y] not in ".?!" or labels[y - 1] not in ("title", "o") or y == c - 1 \
                or not any(labels[x] == "title" for x in range(max(0, y - 3), y)):
            continue
        ws = words[y + 1:c]
        if len([w for w in ws if w[:1].isalnum()]) > 8 or not ws[0][:1].isupper():
            continue
        labels[y] = "o"
        for x in range(y + 1, c):
            labels[x] = "source"
        break
    return labels


@_post_rule
def _initial_after_surname_comma(text, toks, labels, words):
    """A given name's initial after a surname and its comma ("In:
    ANDREWS, M.; SQUIRE, C. (Eds.)") read as a place or a title: the
    initial of that name, when the next name or the editors' mark
    follows.

    >>> t = "In: ANDREWS, M.; SQUIRE, C. (Eds.). Doing research."
    >>> labs = ["o", "o", "esur", "o", "place", "place", "place", "esur", "o", "egiv", "egiv", "o", "o", "o", "o", "o", "source", "source", "o"]
    >>> _initial_after_surname_comma(t, tokens(t), labs)[4:7]
    ['egiv', 'egiv', 'o']
    """
    n = len(words)
    for x in range(2, n - 2):
        if labels[x - 2] not in ("asur", "esur") or words[x - 1] != "," or labels[x] in _NAME_LABELS \
                or not re.fullmatch(r"[A-ZÀ-Þ]", words[x]) or words[x + 1] != ".":
            continue
        nxt = x + 2
        if not (words[nxt] in (";", "(", "&") or words[nxt].lower() in ("and", "und", "et")
                or labels[nxt] in _NAME_LABELS):
            continue
        giv = "agiv" if labels[x - 2] == "asur" else "egiv"
        labels[x] = labels[x + 1] = giv
        if words[nxt] == ";":
            labels[nxt] = "o"
    return labels


_INITIALS_NAME = (r"(?:[A-ZÀ-Þ]\.\s?(?:-?[A-ZÀ-Þ]\.\s?)*)(?:(?:de|van|von|der|den|da|du|le|la|St\.)\s+)*"
                  r"[A-ZÀ-Þ][\w'’-]+")
_QUOTED_IN_BOOK = re.compile(
    r"(?P<q>[“‘\"])(?P<title>[^”’\"]{3,300}?)(?P<c>[”’\"])\s+in\s+(?P<book>[A-ZÀ-Þ](?:(?!,?\s+(?:edited|ed\.|eds\.|hg\.|hrsg\.)\s)[^()]){2,300}?)"
    rf"(?:,\s+(?P<eds>{_INITIALS_NAME}(?:(?:,\s+|\s+and\s+|\s*&\s*){_INITIALS_NAME})*),\s+Eds?\.|,?\s+(?P<paren>\()(?!\s*(?:eds?|Eds?|EDS?|[Hh]gg?|[Hh]rsg|[ée]ds?|dir|coord)\.?\s*\)))")


@_post_rule
def _quoted_title_in_book(text, toks, labels, words):
    """A chapter written "“Title” in Book, A. Editor, B. Editor, Eds.
    (Publisher, Year), pp. 1–9" (the manner of PNAS and Science: the book
    after the closing quote and a bare "in"), its title read on into the
    book, or the book read as names: the title inside the quotes, the book
    (``source``), the editors, given names first.

    >>> t = "Z. Lee, “Tides” in Harbours, Work and Time, A. Roe, J. de Vries, Eds. (Northgate, 2005), pp. 1–9."
    >>> labs = _quoted_title_in_book(t, tokens(t), ["o"] * len(tokens(t)))
    >>> [w for w, l in zip([t[a:b] for a, b in tokens(t)], labs) if l == "source"]
    ['Harbours', ',', 'Work', 'and', 'Time']
    >>> [w for w, l in zip([t[a:b] for a, b in tokens(t)], labs) if l in ("esur", "egiv")]
    ['A', '.', 'Roe', 'J', '.', 'de', 'Vries']
    """
    m = _QUOTED_IN_BOOK.search(text)
    if not m or m.start() > len(text) // 2 and "title" in labels[:_tok_at(toks, m.start())]:
        return labels
    if any(labels[x] == "source" for x, (a, b) in enumerate(toks)
           if a >= m.start("book") and b <= m.end("book")) and not any(
            labels[x] in ("title",) + _NAME_LABELS for x, (a, b) in enumerate(toks)
            if a >= m.start("book") and b <= m.end("book")):
        return labels       # the book read as the book already
    for x, (a, b) in enumerate(toks):
        if a >= m.start("title") and b <= m.end("title"):
            labels[x] = "title"
        elif a >= m.start("book") and b <= m.end("book"):
            labels[x] = "source"
        elif m.group("eds") and a >= m.start("eds") and b <= m.end("eds"):
            labels[x] = "o"
        elif a >= m.start() and b <= m.end("book") or a == m.start("c"):
            labels[x] = "o"
    if m.group("paren"):
        # "(Hirzel, 1998)": the imprint's first part is the publisher, not the book
        for x, (a, b) in enumerate(toks):
            if a <= m.start("paren"):
                continue
            if words[x] in ",)" or labels[x] != "source":
                break
            labels[x] = "publisher"
    if m.group("eds"):
        off = m.start("eds")
        for nm in re.finditer(_INITIALS_NAME, m.group("eds")):
            sur = re.search(r"(?:(?:de|van|von|der|den|da|du|le|la|St\.)\s+)*[A-ZÀ-Þ][\w'’-]+$", nm.group(0))
            for x, (a, b) in enumerate(toks):
                if a >= off + nm.start() and b <= off + nm.end():
                    labels[x] = "esur" if a >= off + nm.start() + sur.start() else "egiv"
    return labels


@_post_rule
def _journal_before_year_semicolon(text, toks, labels, words):
    """Vancouver's "Title. Journal 1999; 12: 45–67" (the Lancet's manner;
    the volume may be missing: "Sierra 1999; : 46–54"), the journal read
    into the title or as the place: the words between the title's last
    full stop and the year that a semicolon follows are the journal, when
    no container was read.

    >>> t = "Lee D. Greens and Labor. Sierra 1999; : 46–54."
    >>> labs = ["asur", "agiv", "o", "title", "title", "title", "title", "title", "year", "o", "o", "fpage", "o", "lpage", "o"]
    >>> _journal_before_year_semicolon(t, tokens(t), labs)[6:9]
    ['o', 'source', 'year']
    """
    if "source" in labels:
        return labels
    n = len(words)
    y = next((x for x in range(2, n - 2) if labels[x] == "year" and words[x + 1] == ";"
              and any(labels[z] in ("fpage", "volume") for z in range(x + 2, min(n, x + 6)))), None)
    if y is None:
        return labels
    b = y - 1
    while b > 0 and words[b] not in ".?!" and labels[b] in ("title", "place", "o", "publisher"):
        b -= 1
    if b <= 0 or words[b] not in ".?!" or b == y - 1 or not words[b + 1][:1].isupper() \
            or len([w for w in words[b + 1:y] if w[:1].isalnum()]) > 10 \
            or not any(labels[z] == "title" for z in range(max(0, b - 3), b + 1)):
        return labels
    if words[b] == "." and labels[b] == "title":
        labels[b] = "o"
    for x in range(b + 1, y):
        labels[x] = "source"
    return labels


@_post_rule
def _volume_after_its_mark(text, toks, labels, words):
    """A number after a volume's mark ("… Erlbaum, 1996. v. 2 p. 37–65",
    ABNT's book volume after the imprint; "vol. 3", "Bd. 4") read as no
    field, when no volume was read: the volume.

    >>> t = "Roe, A. Tides. Leeds: Northgate, 1996. v. 2 p. 37–65."
    >>> labs = ["asur", "o", "agiv", "o", "title", "o", "place", "o", "publisher", "o", "year", "o", "o", "o", "o", "o", "o", "fpage", "o", "lpage", "o"]
    >>> _volume_after_its_mark(t, tokens(t), labs)[14]
    'volume'
    """
    if "volume" in labels:
        return labels
    for x in range(len(words) - 2):
        if words[x].lower() in ("v", "vol", "bd") and words[x + 1] == "." and re.fullmatch(r"\d{1,4}", words[x + 2]) \
                and labels[x + 2] == "o" and (x == 0 or not words[x - 1][:1].isalpha() or labels[x - 1] == "o"):
            labels[x + 2] = "volume"
            break
    return labels


@_post_rule
def _page_range_after_its_mark(text, toks, labels, words):
    """A range of pages after its mark ("Pages 3–22 in S. Bowler, editors.
    Book", Ecology's chapter; "pp. 3–22", "S. 3–22") read as no field, when
    no pages were read: the first and last page.

    >>> t = "Roe, A. 1999. Tides. Pages 3–22 in K. Lee, editor. Harbours."
    >>> labs = ["asur", "o", "agiv", "o", "year", "o", "title", "o", "o", "o", "o", "o", "o", "egiv", "egiv", "esur", "o", "o", "o", "source", "o"]
    >>> _page_range_after_its_mark(t, tokens(t), labs)[8:12]
    ['o', 'fpage', 'o', 'lpage']
    """
    if "fpage" in labels:
        return labels
    n = len(words)
    for x in range(n - 3):
        if words[x].lower() not in ("pages", "pp", "s", "p"):
            continue
        k = x + 2 if words[x + 1] == "." else x + 1
        if k + 2 < n and re.fullmatch(r"\d{1,5}", words[k]) and words[k + 1] in "–-" \
                and re.fullmatch(r"\d{1,5}", words[k + 2]) and labels[k] == labels[k + 2] == "o":
            labels[k], labels[k + 2] = "fpage", "lpage"
            break
    return labels


def _tok_at(toks, pos: int) -> int:
    """The index of the first token at or after character ``pos``."""
    return next((x for x, (a, b) in enumerate(toks) if a >= pos), len(toks))


_EDITED_BY_WORDS = (("edited", "by"), ("herausgegeben", "von"), ("hg", ".", "v", "."),
                    ("hrsg", ".", "v", "."), ("éd", ".", "par"), ("ed", ".", "by"))


@_post_rule
def _names_after_edited_by(text, toks, labels, words):
    """"Book, edited by C.-D. Krohn and W. Koepke." / "herausgegeben von
    M. Heßler": the mark is no part of the container or a name, and the
    names after it, to the full stop that ends them, are the editors (an
    initial is a given name, the word before a separator or the stop a
    surname), whatever the model read.

    >>> t = "Lee, K. 2000. Title. S. 88–111 in Exil, herausgegeben von C.-D. Krohn und W. Koepke. München."
    >>> labs = _names_after_edited_by(t, tokens(t), ["o"] * len(tokens(t)))
    >>> [(w, lab) for w, lab in zip([t[a:b] for a, b in tokens(t)], labs) if lab != "o"]
    [('C', 'egiv'), ('.', 'egiv'), ('-', 'egiv'), ('D', 'egiv'), ('.', 'egiv'), ('Krohn', 'esur'), ('W', 'egiv'), ('.', 'egiv'), ('Koepke', 'esur')]
    >>> t = "Lee, K. 2000. Title. edited by Horowitz, Irving L. Oxford."
    >>> labs = _names_after_edited_by(t, tokens(t), ["o"] * len(tokens(t)))
    >>> [(w, lab) for w, lab in zip([t[a:b] for a, b in tokens(t)], labs) if lab != "o"]
    [('Horowitz', 'esur'), ('Irving', 'egiv'), ('L', 'egiv'), ('.', 'egiv')]
    """
    n = len(words)
    low = [w.lower() for w in words]
    for mark in _EDITED_BY_WORDS:
        k = next((x for x in range(1, n - len(mark)) if tuple(low[x:x + len(mark)]) == mark
                  and words[x][:1].islower()), None)
        if k is None:
            continue
        e = k + len(mark)
        inv = _semicolon_names(words, e)
        if inv is not None and (inv[1] >= n or words[inv[1]] in ".;(" or words[inv[1] - 1] == "."):
            # "edited by Döring, Herbert." / "edited by Horowitz, Irving L. Oxford": inverted
            for y in range(k, e):
                labels[y] = "o"
            for y, lab in inv[0]:
                labels[y] = "e" + lab if lab != "o" else "o"
            break
        # the names: initials, hyphens, capitalised words, separators
        names, x = [], e
        while x < n:
            w = words[x]
            if re.fullmatch(r"[A-ZÀ-Þ]", w) and x + 1 < n and words[x + 1] == ".":
                names += [(x, "egiv"), (x + 1, "egiv")]
                x += 2
            elif w == "-" and names and names[-1][1] == "egiv":
                names.append((x, "egiv"))
                x += 1
            elif w[:1].isupper() and w[1:].islower() and len(w) > 1 or w.lower() in _PARTICLES:
                names.append((x, "esur" if w[:1].isupper() else "egiv"))
                x += 1
            elif w in (",", "&") or w in ("and", "und", "et"):
                names.append((x, "o"))
                x += 1
            else:
                break
        if x >= n or words[x] not in ".;(" or not any(lab == "esur" for _, lab in names) \
                or names[-1][1] != "esur":
            continue
        for y in range(k, e):
            labels[y] = "o"
        for y, lab in names:
            labels[y] = lab
        break
    return labels


@_post_rule
def _title_words_after_initials(text, toks, labels, words):
    """Nature's "Klein, N. Fences and Windows: Dispatches …" / "Acker, J.
    Hierarchies, Jobs, Bodies: A Theory …": the title's first words after
    the last author's initials, joined by "and" or commas, read as more
    names: they open the title when they hold no initial and are not all
    given names, and a full stop or colon ends them before the rest of the
    title or a bracket.

    >>> t = "Acker, J. Hierarchies, Jobs, Bodies: A Theory. Gender 4 (1990)."
    >>> labs = ["asur", "o", "agiv", "agiv", "agiv", "o", "agiv", "o", "agiv", "o", "title", "title",
    ...         "o", "source", "volume", "o", "year", "o", "o"]
    >>> " ".join(w for w, lab in zip([t[a:b] for a, b in tokens(t)],
    ...          _title_words_after_initials(t, tokens(t), labs)) if lab == "title")
    'Hierarchies , Jobs , Bodies : A Theory'
    >>> t = "Lee, J. Mary and Anne Smith. Title."
    >>> labs = ["asur", "o", "agiv", "agiv", "agiv", "o", "agiv", "asur", "o", "title", "o"]
    >>> _title_words_after_initials(t, tokens(t), labs) == labs
    True
    """
    n = len(words)
    if "title" in labels[:4]:
        return labels
    end = next((x for x, lab in enumerate(labels) if lab in ("title", "year", "source")), n)
    x = next((x for x in range(end - 1, 2, -1) if words[x - 1] == "." and len(words[x - 2]) == 1
              and words[x - 2].isupper() and labels[x - 2] in _NAME_LABELS
              and labels[x] in _NAME_LABELS and words[x][:1].isupper() and len(words[x]) > 1
              and words[x].isalpha() and toks[x][0] > toks[x - 1][1]), None)
    if x is None:
        return labels
    y = x - 2
    while y >= 2 and words[y - 1] == "." and len(words[y - 2]) == 1 and words[y - 2].isupper():
        y -= 2
    if y < 2 or words[y - 1] != "," or labels[y - 2] not in _NAME_LABELS:
        return labels
    e = x
    while e < n and labels[e] in _NAME_LABELS + ("o",) and (
            words[e][:1].isupper() and words[e].replace("-", "").isalpha()
            or words[e] in (",", "&") or words[e].lower() in _SMALL_WORDS):
        e += 1
    seg = [w for w in words[x:e] if w[:1].isalpha()]
    if e >= n or words[e] not in ".:" or any(len(w) == 1 and w.isupper() for w in seg) \
            or all(w.lower() in _given_names() or w.lower() in _SMALL_WORDS for w in seg):
        return labels
    if words[e - 1] in (",", "&") or not (len(seg) >= 2 and e + 1 < n and (
            labels[e + 1] in ("title", "source") or words[e + 1] in "(“‘\"")):
        return labels
    for k in range(x, e):
        labels[k] = "title"
    if words[e] == ":" and labels[e + 1] == "title":
        labels[e] = "title"
    return labels


@_post_rule
def _container_end_before_eds_bracket(text, toks, labels, words):
    """Nature's "in Understanding Behaviour … and Application (eds.
    Strathman, A. & Joireman, J.)": the book's last words before the
    bracket that opens with "eds."/"ed."/"Hrsg." are the book's, not a name.

    >>> t = "Lee, Z. Anxiety. in Theory and Application (eds. Strathman, A.) 1–4."
    >>> labs = (["asur", "o", "agiv", "agiv", "title", "o", "o", "source", "source", "esur",
    ...          "o", "o", "o", "esur", "o", "egiv", "egiv", "o", "fpage", "o", "lpage", "o"])
    >>> _container_end_before_eds_bracket(t, tokens(t), labs)[9]
    'source'
    """
    for x in range(1, len(words) - 2):
        if words[x] == "(" and words[x + 1].lower() in _ED_WORDS and words[x + 2] == ".":
            y = x - 1
            while y > 0 and labels[y] in ("esur", "egiv") and words[y][:1].isalpha() \
                    and len(words[y]) > 1:
                y -= 1
            if y < x - 1 and labels[y] == "source" and x - 1 - y <= 3:
                for z in range(y + 1, x):
                    labels[z] = "source"
    return labels


@_post_rule
def _place_before_final_year(text, toks, labels, words):
    """MLA's "… Europa. Lüneburg, 1994." (a book's place and year, no
    publisher): a known place as the last sentence before ", Year." is the
    place, whatever the model read (a publisher, a volume).

    >>> t = "Lee, G. Die Tyrannei. Osnabrück, 1994."
    >>> labs = ["asur", "o", "agiv", "agiv", "title", "title", "o", "publisher", "o", "year", "o"]
    >>> _place_before_final_year(t, tokens(t), labs)[7]
    'place'
    """
    n = len(words)
    if n < 6 or words[-1] != "." or labels[-2] != "year" or words[-3] != "," or "place" in labels:
        return labels
    k = n - 4
    while k > 0 and (words[k].replace("-", "").isalpha() or words[k] == "-") \
            and labels[k] in ("publisher", "volume", "o", "source"):
        k -= 1
    if k == n - 4 or words[k] != "." or n - 4 - k > 3 or words[k + 1].lower() not in _PLACES \
            or labels[k - 1] not in ("title", "o") or _publisher_like(words[k + 1:n - 3]):
        return labels       # "Cambridge University Press, 2000": the publisher
    for x in range(k + 1, n - 3):
        labels[x] = "place"
    return labels


@_post_rule
def _place_read_for_title(text, toks, labels, words):
    """"1989. Rediscovering Institutions. Free Press." with no title read:
    the words the model took for the place, right after the year, before a
    publisher that ends the entry, are the title (unless a known place).

    >>> t = "March, J. 1989. Rediscovering Institutions. Free Press."
    >>> labs = ["asur", "o", "agiv", "agiv", "year", "o", "place", "place", "o", "publisher", "publisher", "o"]
    >>> _place_read_for_title(t, tokens(t), labs)[6:8]
    ['title', 'title']
    """
    n = len(words)
    if "title" in labels or "year" not in labels:
        return labels
    y = labels.index("year")
    k = y + 1
    while k < n and labels[k] == "o" and not words[k][:1].isalnum():
        k += 1
    e = k
    while e < n and labels[e] == "place":
        e += 1
    if e == k or e + 1 >= n or words[e] != "." or labels[e + 1] != "publisher" \
            or any(labels[x] not in ("publisher", "o") for x in range(e + 1, n)) \
            or any(words[x].lower() in _PLACES for x in range(k, e)):
        return labels
    for x in range(k, e):
        labels[x] = "title"
    return labels


@_post_rule
def _last_place_unlabelled(text, toks, labels, words):
    """"… 1945–1961. Osnabrück." with the last word left unlabelled: a
    known place as the entry's last sentence is its place.

    >>> t = "Lee, J. 1995. Migration und Politik. Osnabrück."
    >>> labs = ["asur", "o", "agiv", "agiv", "year", "o", "title", "title", "title", "o", "o", "o"]
    >>> _last_place_unlabelled(t, tokens(t), labs)[10]
    'place'
    """
    n = len(words)
    if n < 4 or words[-1] != "." or "place" in labels or "title" not in labels:
        return labels
    k = n - 2
    while k > 0 and labels[k] == "o" and (words[k].replace("-", "").isalpha() or words[k] == "-"):
        k -= 1
    if k == n - 2 or words[k] != "." or n - 2 - k > 3 or words[k + 1].lower() not in _PLACES:
        return labels
    for x in range(k + 1, n - 1):
        labels[x] = "place"
    return labels


@_post_rule
def _page_mark_before_in(text, toks, labels, words):
    """ASA's chapter with no pages given, "“Title.” P. in Book": the page
    mark "P." / "Pp." / "S." before "in" after the title is no name.

    >>> t = "Lewin, K. 1942. “Morale.” P. in Civilian Morale."
    >>> labs = ["asur", "o", "agiv", "agiv", "year", "o", "o", "title", "o", "o",
    ...         "agiv", "o", "o", "source", "source", "o"]
    >>> _page_mark_before_in(t, tokens(t), labs)[10]
    'o'
    """
    first = _first_title(toks, labels)
    if first is None:
        return labels
    for x in range(first[1] + 1, len(words) - 2):
        if words[x] in ("P", "Pp", "S") and words[x + 1] == "." and words[x + 2] in ("in", "In") \
                and labels[x] in _NAME_LABELS:
            labels[x] = labels[x + 1] = "o"
    return labels


@_post_rule
def _pages_before_bracket_year(text, toks, labels, words):
    """Nature's locator before the bracketed year at the end: "Journal 38,
    1731–1739 (2008).", "Foreign Affairs 160–177 (2001).", a book's "Title.
    125 (Frankfurt/M, 1975).": the range or the lone number right before
    the bracket is the pages (the first page no year, nor a volume: a range
    of years is a title's, "1945–1990 (Berlin, 1990)", unless a volume and
    a comma stand before it).

    >>> t = "Scott, B. The Divide. Foreign Affairs 160–177 (2001)."
    >>> labs = ["asur", "o", "agiv", "agiv", "title", "title", "o", "source", "source",
    ...         "volume", "o", "lpage", "o", "year", "o", "o"]
    >>> _pages_before_bracket_year(t, tokens(t), labs)[9:14]
    ['fpage', 'o', 'lpage', 'o', 'year']
    """
    n = len(words)
    if n < 8 or words[-1] != "." or words[-2] != ")" or labels[-3] != "year":
        return labels
    a = next((x for x in range(n - 3, -1, -1) if words[x] == "("), None)
    if a is None or a < 4 or ")" in words[a:n - 2]:
        return labels
    if words[a - 1].isdigit() and words[a - 2] in "–-" and words[a - 3].isdigit():
        f, l = a - 3, a - 1
        if _YEAR.match(words[f]) and not (words[f - 1] == "," and labels[f - 2] == "volume"):
            return labels
        if labels[f] not in ("volume", "fpage", "year", "title", "o", "issue") \
                or "year" not in labels[a:]:
            return labels
        labels[f], labels[f + 1], labels[l] = "fpage", "o", "lpage"
    elif words[a - 1].isdigit() and words[a - 2] == "." and len(words[a - 1]) <= 4 \
            and not _YEAR.match(words[a - 1]) and labels[a - 1] in ("title", "volume", "o") \
            and labels[a - 3] == "title" and "source" not in labels:
        labels[a - 1] = "fpage"
        labels[a - 2] = "o"
    return labels


@_post_rule
def _bracket_imprint(text, toks, labels, words):
    """Nature's imprint in brackets at the end, "(Publisher, Place, 1998)."
    or "(Place, 1994).": a part that reads as a publisher
    (:func:`_publisher_like`) is the publisher, a part whose first word is
    a known place the place, whatever the model read.

    >>> t = "Sassen, S. Globalization. (The New Press, New York, 1998)."
    >>> labs = ["asur", "o", "agiv", "agiv", "title", "o", "o"] + ["place"] * 6 + ["o", "year", "o", "o"]
    >>> _bracket_imprint(t, tokens(t), labs)[7:13]
    ['publisher', 'publisher', 'publisher', 'o', 'place', 'place']
    """
    n = len(words)
    if n < 6 or words[-1] != "." or words[-2] != ")" or labels[-3] != "year" or words[-4] != ",":
        return labels
    a = next((x for x in range(n - 3, -1, -1) if words[x] == "("), None)
    if a is None or ")" in words[a:n - 2] or a + 1 >= n - 4:
        return labels
    if any(labels[x] not in ("place", "publisher", "o") for x in range(a + 1, n - 4)):
        return labels
    parts, start = [], a + 1
    for x in range(a + 1, n - 3):
        if words[x] == ",":
            parts.append((start, x))
            start = x + 1
    # the place: from the first part opening with a known place to the end
    # ("Cambridge, MA"); the publisher: the parts before it ("Houghton, Mifflin")
    pl = next((p for p, (i, j) in enumerate(parts) if words[i].lower() in _PLACES
               and not _publisher_like([w for w in words[i:j] if w not in "-/."])), None)
    if pl is None or pl == 0 and len(parts) > 1:
        return labels       # "(St. Martin's, New York, 2002)": no sure place first
    if pl > 0:
        ws = [w for w in words[parts[0][0]:parts[pl - 1][1]] if w not in ",-/."]
        if not _publisher_like(ws):
            return labels
        for x in range(parts[0][0], parts[pl - 1][1]):
            labels[x] = "publisher" if words[x] != "," else "o"
        labels[parts[pl - 1][1]] = "o"
    for x in range(parts[pl][0], parts[-1][1]):
        labels[x] = "place"
    return labels


_ED_WORDS = {"ed", "eds", "hrsg", "hg", "éd", "éds", "dir", "coord", "edd"}


def _initials_names(words: list[str], a: int, b: int) -> list[tuple[int, str]] | None:
    """The labels of ``words[a:b]`` read as a list of names written given
    name first ("K. Williams and J. P. Forgas"), or None when they are not.

    >>> w = "K . Williams and J . P . Forgas".split()
    >>> [lab for _, lab in _initials_names(w, 0, len(w))]
    ['egiv', 'egiv', 'esur', 'o', 'egiv', 'egiv', 'egiv', 'egiv', 'esur']
    >>> _initials_names("Western Europe".split(), 0, 2) is None
    True
    """
    out, x = [], a
    while x < b:
        k = x
        while k + 1 < b and (re.fullmatch(r"[A-ZÀ-Þ]", words[k]) and words[k + 1] == "."
                             or words[k] == "-" and k > x):
            out += [(k, "egiv"), (k + 1, "egiv")] if words[k] != "-" else [(k, "egiv")]
            k += 2 if words[k] != "-" else 1
        if k == x:
            return None
        y = k
        while y < b and (words[y][:1].isupper() and words[y][1:2].islower() or words[y].lower() in _PARTICLES):
            out.append((y, "esur" if words[y][:1].isupper() else "egiv"))
            y += 1
        if y == k:
            return None
        x = y
        if x < b:
            if words[x] not in (",", "and", "und", "&", "et"):
                return None
            out.append((x, "o"))
            x += 1
            if x < b and words[x] in ("and", "und", "&"):
                out.append((x, "o"))
                x += 1
    return out


@_post_rule
def _editors_before_ed_mark(text, toks, labels, words):
    """Cell's chapter: "In Book Title, K. Williams and J. Forgas, eds.
    (Press)": the names written given name first between the last comma
    before them and ", eds." are the editors, the words from "In" to that
    comma the book, whatever the model read (it takes the book's last
    word for a surname).

    >>> t = "Lee, M. (1995). Title. In Majority Rule in Western Europe, H. Döring, ed. (Press)."
    >>> labs = (["asur", "o", "agiv", "agiv", "o", "year", "o", "o", "title", "o", "o"]
    ...         + ["source"] * 5 + ["esur", "o", "egiv", "egiv", "esur", "o", "o", "o", "o", "publisher", "o", "o"])
    >>> labs = _editors_before_ed_mark(t, tokens(t), labs)
    >>> [w for w, lab in zip([t[a:b] for a, b in tokens(t)], labs) if lab == "source"][-2:]
    ['Western', 'Europe']
    >>> [w for w, lab in zip([t[a:b] for a, b in tokens(t)], labs) if lab in ("esur", "egiv")]
    ['H', '.', 'Döring']
    """
    n = len(words)
    m = next((x for x in range(3, n) if words[x].lower() in _ED_WORDS and words[x - 1] == ","
              and (x + 1 == n or words[x + 1] in ".)")), None)
    if m is None or m + 3 < n and words[m + 1] == "." and words[m + 2] == "," \
            and words[m + 3].lower() not in _PAGES:
        return labels       # "In R. Thomson, eds., Book": the names before the book
    first = _first_title(toks, labels)
    if first is None:
        return labels
    k = next((x for x in range(first[1] + 1, m) if words[x] in ("In", "in")), None)
    if k is None:
        return labels
    start = k + 2 if k + 1 < m and words[k + 1] == ":" else k + 1
    for c in range(start + 1, m - 1):
        if words[c] != ",":
            continue
        names = _initials_names(words, c + 1, m - 1)
        if names is None:
            continue
        if re.fullmatch(r"[A-ZÀ-Þ]", words[start]) and words[start + 1] == ".":
            break           # the book's place holds names too
        for x in range(start, c):
            labels[x] = "source"
        labels[c] = labels[m - 1] = labels[m] = "o"
        for x, lab in names:
            labels[x] = lab
        break
    return labels


@_post_rule
def _conjunction_not_name(text, toks, labels, words):
    """"and", "und", "et", "&" between names read as a given name or a
    surname: a lower-case joining word is no name.

    >>> t = "Wojad, I., und P. Holz. 2000."
    >>> _conjunction_not_name(t, tokens(t), ["asur", "o", "agiv", "agiv", "o", "asur", "agiv", "agiv",
    ...                                      "asur", "o", "year", "o"])[5]
    'o'
    """
    for x, w in enumerate(words):
        if w in ("and", "und", "et", "&", "y", "e") and labels[x] in _NAME_LABELS \
                and 0 < x < len(words) - 1 and labels[x - 1] in _NAME_LABELS + ("o",) \
                and labels[x + 1] in _NAME_LABELS:
            labels[x] = "o"
    return labels


@_post_rule(title=True)
def _title_goes_on_after_comma(text, toks, labels, words, i, j):
    """A book's title cut at a comma, its rest read as a note, a place, a
    publisher or a name ("Parties, Policies, and Democracy (Westview
    Press).", "Theory, Research, Critique.", "La maîtrise …, une étude
    comparative …"): after the year, when the rest runs to the end of the
    entry, to a bracketed imprint or to a page range, holds no number and
    reads as no place, publisher or descriptor, it is the title's.

    >>> t = "Budge, I. (1994). Parties, Policies, and Democracy (Westview Press)."
    >>> labs = (["asur", "o", "agiv", "agiv", "o", "year", "o", "o", "title", "o"]
    ...         + ["note"] * 7 + ["o", "o"])
    >>> " ".join(w for w, lab in zip([t[a:b] for a, b in tokens(t)],
    ...          _title_goes_on_after_comma(t, tokens(t), labs)) if lab == "title")
    'Parties , Policies , and Democracy'
    """
    n = len(words)
    if j + 2 >= n or words[j + 1] != "," or "year" not in labels[:i] \
            or any(lab in ("source", "volume", "issue", "url", "doi") for lab in labels):
        return labels
    e = j + 2
    while e < n and words[e] not in ".(" and (words[e][:1].isalpha() or words[e] in ",&-"):
        e += 1
    if e == j + 2 or e >= n:
        return labels
    # what ends the rest: the entry's end, a bracketed imprint, a page range
    rest = words[e:]
    if not (rest == ["."] or words[e] == "(" and words[-2:] in ([")", "."], [")"])
            and "(" not in words[e + 1:] and all(labels[x] in ("publisher", "place", "o", "note")
                                                 for x in range(e, n))
            or words[e] == "." and all(labels[x] in ("fpage", "lpage", "o") for x in range(e, n))
            and "fpage" in labels[e:]):
        return labels
    seg = words[j + 2:e]
    body = " ".join(seg)
    if any(labels[x] in ("year", "fpage", "lpage") for x in range(j + 2, e)) \
            or _DESCRIPTOR.search(body) or _publisher_like([w for w in seg if w not in ",&-"]) \
            or any(w.lower() in _PLACES and (k == 0 or seg[k - 1] == ",")
                   for k, w in enumerate(seg)):
        return labels       # "Title, Aldershot, Avebury.": the imprint
    for x in range(j + 1, e):
        labels[x] = "title"
    if words[e] == "(":
        inner = [x for x in range(e + 1, n) if words[x] not in "()."]
        if inner and all(labels[x] in ("note", "o") for x in inner):
            for x in inner:
                labels[x] = "publisher"
    return labels


@_post_rule(title=True)
def _subtitle_at_end(text, toks, labels, words, i, j):
    """"(2000). Europa in Bewegung. Migration vom späten 18. Jahrhundert bis
    zur Gegenwart." (a book whose style prints no imprint): a last sentence
    after the title's full stop that runs to the end of the entry and reads
    as no publisher, place, descriptor or journal locator is the subtitle,
    whatever the model read (a note, a publisher, pages for "1945–1990").

    >>> t = "Bade, K. (2000). Europa in Bewegung. Migration vom späten 18. Jahrhundert."
    >>> labs = (["asur", "o", "agiv", "agiv", "o", "year", "o", "o"] + ["title"] * 3
    ...         + ["o", "note", "note", "note", "note", "o", "publisher", "o"])
    >>> " ".join(w for w, lab in zip([t[a:b] for a, b in tokens(t)],
    ...          _subtitle_at_end(t, tokens(t), labs)) if lab == "title")
    'Europa in Bewegung . Migration vom späten 18 . Jahrhundert'
    """
    n = len(words)
    if "year" not in labels[:i] or j + 3 >= n or words[j + 1] != "." or words[-1] != "." \
            or not words[j + 2][:1].isupper() or not words[j + 2].isalpha():
        return labels
    rest = range(j + 2, n - 1)
    if any(labels[x] in ("source", "url", "doi", "year", "volume", "issue", "asur", "esur", "egiv",
                         "urldate") for x in rest):
        return labels
    for x in rest:
        w = words[x]
        if w.isdigit():
            if not (len(w) <= 4 and x > j + 2):
                return labels
        elif w == ".":
            if not words[x - 1].isdigit():
                return labels       # a further sentence: an imprint as often
        elif not (w.replace("-", "").isalpha() or w in ",:–-/&"):
            return labels
    ws = [words[x] for x in rest if words[x][:1].isalpha()]
    # a publisher's or a place's name is short and capitalised ("Viking",
    # "Lucius & Lucius", "Reinbek bei Hamburg"); a subtitle runs longer
    if not 3 <= len(ws) <= 20 or not any(w[:1].islower() for w in ws) \
            or _DESCRIPTOR.search(" ".join(ws)) or _publisher_like(ws) \
            or any(w.lower() in _PLACES for w in ws):
        return labels
    for x in range(j + 1, n - 1):
        labels[x] = "title"
    return labels


_PUB_MORE = {"associates", "company", "sons", "hall", "house", "unwin", "wesley", "francis",
             "group", "media", "sharpe", "presses", "puf", "abacus", "erlbaum", "picador",
             "penguin", "norton", "knopf", "harper", "collins", "vintage", "brill", "mohr",
             "kohlhammer", "westdeutscher", "leske", "budrich", "nomos", "reclam", "fischer",
             "rowohlt", "piper", "gallimard", "seuil", "harmattan", "découverte", "fayard",
             "karthala", "armand", "colin", "einaudi", "laterza", "mulino", "feltrinelli"}


def _publisher_like(ws: list[str]) -> bool:
    """Whether the words read as a publisher's name: a publisher word
    ("Press", "Verlag", "Associates", a known house: "Allen and Unwin"),
    two names joined ("Addison-Wesley", "Brooks/Cole", "Duncker & Humblot"),
    or an acronym.

    >>> [_publisher_like(w.split()) for w in ("Allen and Unwin", "Addison-Wesley",
    ...  "Lawrence Erlbaum Associates", "PUF", "Zur Karriere eines Konzepts", "Europe",
    ...  "Theory and Practice")]
    [True, True, True, True, False, False, False]
    """
    low = [w.lower() for w in ws]
    if any(w in _PUB or w in _PUB_MORE for w in low):
        return True
    if len(ws) == 3 and ws[1] == "&" and ws[0][:1].isupper() and ws[2][:1].isupper():
        return True     # "Vandenhoeck & Ruprecht" ("and" joins a subtitle's nouns as often)
    if len(ws) <= 2 and any(re.fullmatch(r"[A-Z][a-z]+[-/][A-Z][a-z]+", w) for w in ws):
        return True
    return len(ws) == 1 and bool(re.fullmatch(r"[A-Z]{2,5}", ws[0]))


@_post_rule(title=True)
def _publisher_at_title_end(text, toks, labels, words, i, j):
    """"Year. Title. Publisher." (APA 7, Chicago without a place) or
    "Title. Publisher, Year." (MLA) read as one title run to the end of the
    entry (or to the year): its last sentence, when it reads as a
    publisher's name (:func:`_publisher_like`), is the publisher; so is a
    container run read there ("Title. Abacus, 2002.").

    >>> t = "Titmuss, R. M. 1971. The Gift Relationship. Allen and Unwin."
    >>> labs = ["asur", "o", "agiv", "agiv", "agiv", "agiv", "year", "o"] + ["title"] * 7 + ["o"]
    >>> labs = _publisher_at_title_end(t, tokens(t), labs)
    >>> [w for w, lab in zip([t[a:b] for a, b in tokens(t)], labs) if lab == "publisher"]
    ['Allen', 'and', 'Unwin']
    >>> t = "Hutton, W. The World. Abacus, 2002."
    >>> labs = ["asur", "o", "agiv", "agiv", "title", "title", "o", "source", "o", "year", "o"]
    >>> _publisher_at_title_end(t, tokens(t), labs)[7]
    'publisher'
    >>> t = "Anderson, B. 1998. Die Erfindung der Nation. Zur Karriere eines Konzepts."
    >>> labs = ["asur", "o", "agiv", "agiv", "year", "o"] + ["title"] * 10 + ["o"]
    >>> _publisher_at_title_end(t, tokens(t), labs) == labs
    True
    """
    # the model's container right after the title ("Title. Abacus, 2002."):
    # the run to weigh is the title's and the container's
    c = None
    if j + 2 < len(words) and words[j + 1] == "." and labels[j + 1] == "o" \
            and labels[j + 2] == "source":
        c = j + 1
        j += 2
        while j + 1 < len(words) and labels[j + 1] == "source":
            j += 1
    # what follows: the end, or the year (MLA: "Title. Publisher, 1971.")
    after = [x for x in range(j + 1, len(words)) if words[x][:1].isalnum()]
    if after:
        if len(after) > 1 or labels[after[0]] != "year" or words[j + 1] != "," \
                or any(w not in ",." for w in words[j + 1:after[0]]):
            return labels
    elif c is not None or "year" not in labels[:i]:
        return labels
    if any(lab in ("source", "publisher", "place", "volume", "fpage") for lab in labels[:i]) \
            or any(lab in ("publisher", "place", "volume", "fpage") for lab in labels[i:j + 1]):
        return labels
    if c is None:
        cuts = [x for x in range(i + 1, j) if words[x] == "." and words[x + 1][:1].isupper()
                and len(words[x - 1]) > 1 and not words[x - 1].isdigit()]
        if not cuts or "source" in labels[i:j + 1]:
            return labels
        c = cuts[-1]
    tail = words[c + 1:j + 1]
    if len(tail) > 5 or not _publisher_like([w for w in tail if w not in "-/"]):
        return labels
    labels[c] = "o"
    for x in range(c + 1, j + 1):
        labels[x] = "publisher"
    return labels


@_post_rule(title=True)
def _journal_locator_in_title(text, toks, labels, words, i, j):
    """"Title. Journal 6, 35–54 (1997)." (Nature's order, no comma before
    the volume) read as one title run that swallows the journal and its
    volume: the last sentence of the run, a few capitalised words, is the
    journal when a volume and pages ("6, 35–54"), a volume alone ("12,")
    or pages alone ("29–51") follow it and then only the year in brackets
    or the end.

    >>> t = "Boyd, J. Constructing Time after Death. Time and Society 6, 35–54 (1997)."
    >>> labs = (["asur", "o", "agiv", "agiv"] + ["title"] * 9
    ...         + ["issue", "o", "fpage", "o", "lpage", "o", "year", "o", "o"])
    >>> labs = _journal_locator_in_title(t, tokens(t), labs)
    >>> [(w, lab) for w, lab in zip([t[a:b] for a, b in tokens(t)], labs)][8:14]
    [('.', 'o'), ('Time', 'source'), ('and', 'source'), ('Society', 'source'), ('6', 'volume'), (',', 'o')]
    """
    if "source" in labels:
        return labels
    n = len(words)
    d = next((x for x in range(i + 2, min(j + 2, n)) if words[x].isdigit()), None)
    if d is None or d - 1 > j or not 1 <= len(words[d]) <= 4 or _YEAR.match(words[d]):
        return labels
    cuts = [c for c in range(i + 1, d - 1) if words[c] in ".?!" and words[c + 1][:1].isupper()]
    if not cuts:
        return labels
    c = cuts[-1]
    tail = words[c + 1:d]
    if not 1 <= len(tail) <= 8 or not all(w.isalpha() and (w[:1].isupper() or w.lower() in _SMALL_WORDS)
                                          or w in "&-" for w in tail):
        return labels
    # the locator: "6, 35–54", "12,", "29–51"; then "(1997)." or the end
    k, loc = d + 1, {d: "volume"}
    if k + 1 < n and words[k] in "–-" and words[k + 1].isdigit():
        loc = {d: "fpage", k + 1: "lpage"}
        k += 2
    elif k + 1 < n and words[k] == "," and words[k + 1].isdigit():
        loc[k + 1] = "fpage"
        k += 2
        if k + 1 < n and words[k] in "–-" and words[k + 1].isdigit():
            loc[k + 1] = "lpage"
            k += 2
    elif k < n and words[k] == ",":
        k += 1
    rest = words[k:]
    if not (rest in ([], ["."]) or len(rest) >= 3 and rest[0] == "(" and _YEAR.match(rest[1])
            and rest[2] == ")" and rest[3:] in ([], ["."])):
        return labels
    if words[c] == ".":
        labels[c] = "o"
    for x in range(c + 1, d):
        labels[x] = "source"
    for x in range(d, k):
        labels[x] = loc.get(x, "o")
    return labels


@_post_rule(title=True)
def _in_splits_title(text, toks, labels, words, i, j):
    """"Title. In Book Title" read as one title: a full stop (or "?", "!")
    in the title run followed by "In" ("in", as Nature prints it) and a
    capitalised word opens the
    container there (a chapter's book); a container run the model began
    after a full stop inside the book's title ("In Business Ethics.
    Corporate Values and Society") joins it.

    >>> t = "Lee, K. (2003). Reviving Labor. In Business Ethics. Corporate Values, pp. 1–5."
    >>> labs = (["asur", "o", "agiv", "agiv", "o", "year", "o", "o"] + ["title"] * 6
    ...         + ["o", "source", "source", "o", "o", "o", "fpage", "o", "lpage", "o"])
    >>> labs = _in_splits_title(t, tokens(t), labs)
    >>> " ".join(w for w, lab in zip([t[a:b] for a, b in tokens(t)], labs) if lab == "title")
    'Reviving Labor'
    >>> " ".join(w for w, lab in zip([t[a:b] for a, b in tokens(t)], labs) if lab == "source")
    'Business Ethics . Corporate Values'
    """
    cut = next((c for c in range(i + 1, j - 1) if words[c] in ".?!" and words[c + 1] in ("In", "in")
                and (words[c + 2][:1].isupper() or words[c + 2] in _OPEN_Q
                     or words[c + 2] == ":" and c + 3 <= j and words[c + 3][:1].isupper())), None)
    if cut is None or "source" in labels[i:cut]:
        return labels
    if words[cut] == ".":
        labels[cut] = "o"
    labels[cut + 1] = "o"
    if words[cut + 2] == ":":       # ISO 690's and DIN's "In:"
        labels[cut + 2] = "o"
        cut += 1
    for x in range(cut + 2, j + 1):
        labels[x] = "source"
    k = j + 1
    if k + 1 < len(words) and words[k] == "." and labels[k] == "o" and labels[k + 1] == "source" \
            and "source" not in labels[:i]:
        labels[k] = "source"
    return labels


_DESCRIPTOR = re.compile(
    r"(?i)(?:(?:unpublished|unveröffentlicht\w*)\s+)?(?:(?:working|discussion|research|occasional|"
    r"policy|conference)\s+papers?|manuscript|ms|mimeo|typoskript|manuskript|"
    r"(?:(?:doctoral|ph\.?\s?d\.?|d\.?\s?phil\.?|master'?s|ma|msc|inaugural-?)\s*)?"
    r"(?:dissertation|thesis|diss)|diplomarbeit|magisterarbeit|habilitationsschrift|"
    r"abschlu(?:ss|ß)bericht|forthcoming|in\s+press|im\s+(?:erscheinen|druck)|"
    r"under\s+(?:editorial\s+)?review|unpublished|unveröffentlicht)")


@_post_rule
def _descriptor_note(text, toks, labels, words):
    """A segment that only describes the work ("Working Paper",
    "unpublished manuscript", "Dissertation", "im Erscheinen",
    "forthcoming"), between punctuation marks, is a note whatever the
    model read it as (a publisher, a place, a container).

    >>> t = "Gentry (1993) ‘Searching for Notions’, Working Paper."
    >>> _descriptor_note(t, tokens(t), ["asur", "o", "year", "o", "o", "title", "title", "title", "o", "o", "publisher", "publisher", "o"])[10:12]
    ['note', 'note']
    """
    n = len(words)
    i = 0
    while i < n:
        if not words[i][:1].isalnum():
            i += 1
            continue
        j = i
        while j + 1 < n and (words[j + 1][:1].isalnum() or words[j + 1] in ".'’-"
                             and j + 2 < n and words[j + 2][:1].isalnum()
                             and toks[j + 1][0] == toks[j][1]):
            j += 1
        seg = text[toks[i][0]:toks[j][1]]
        if _DESCRIPTOR.fullmatch(seg) and (any(labels[x] in ("publisher", "place", "source", "issue",
                                                             "volume") for x in range(i, j + 1))
                                           and "title" in labels[:i]
                                           or i == j and labels[i] in _NAME_LABELS
                                           and words[i][:1].islower()):
            for x in range(i, j + 1):
                labels[x] = "note"
        i = j + 1
    return labels


@_post_rule
def _same_author_works(text, toks, labels, words):
    """A footnote citing further works of the same author ("…, Bonn 1999;
    ders., Geschichte der …, München 2001"): the title right after "ders.,"
    / "dies.," is that work's title, not a container, unless "In:" or an
    editor's mark precedes it.

    >>> t = "U. Herbert, Fremdarbeiter, Bonn 1999; ders., Geschichte, München 2001."
    >>> labs = ["agiv", "o", "asur", "o", "title", "o", "place", "year", "o", "o", "o", "o", "source", "o", "place", "year", "o"]
    >>> _same_author_works(t, tokens(t), labs)[12]
    'title'
    """
    n = len(words)
    for k in range(1, n - 3):
        if words[k - 1] != ";" or words[k].lower() not in ("ders", "dies", "derselbe", "dieselbe",
                                                            "idem", "eadem", "ead"):
            continue
        x = k + 1
        while x < n and (not words[x][:1].isalnum() or words[x].lower() in _EDS):
            x += 1
        if x >= n or labels[x] != "source":
            continue
        while x < n and labels[x] == "source":
            labels[x] = "title"
            x += 1
    return labels


@_post_rule
def _prose_before_citation(text, toks, labels, words):
    """A note that opens with a sentence and then cites ("Zur … Emigration
    in der DDR siehe Stefan Troebst, Die …"): the words up to "siehe" /
    "see" / "vgl." are no field; a name written given name first right
    after it opens the citation.

    >>> t = "Dies entsprach der Praxis der Zeit. Siehe Reiner Tosstroff, Spanische Flüchtlinge, Berlin 2000."
    >>> labs = ["title"] * 12 + ["o", "title", "title", "o", "place", "year", "o"]
    >>> _prose_before_citation(t, tokens(t), labs)[7:12]
    ['o', 'agiv', 'asur', 'o', 'title']
    """
    n = len(words)
    s = next((x for x in range(3, min(n - 3, 60)) if words[x].lower() in ("siehe", "see", "vgl", "cf")
              and (words[x - 1] in ".;," or words[x][:1].islower())), None)
    if s is None:
        return labels
    before = [w for w in words[:s] if w.isalpha()]
    if len(before) < 4 or sum(w[:1].islower() for w in before) < 2 \
            or any(w in "()[]" or _YEAR.match(w) for w in words[:s]):
        return labels
    for x in range(s + 1):
        labels[x] = "o"
    k = s + 1
    while k < n and words[k] in ".:":
        labels[k] = "o"
        k += 1
    comma = next((c for c in range(k + 1, min(k + 5, n)) if words[c] == ","), None)
    if comma is None or words[k].lower() not in _given_names():
        return labels
    inner = [w for w in words[k:comma] if w != "."]
    if not 2 <= len(inner) <= 4 or not all(w[:1].isupper() for w in inner):
        return labels
    last = max(x for x in range(k, comma) if words[x] != ".")
    for x in range(k, comma):
        labels[x] = "asur" if x == last else "agiv"
    labels[comma] = "o"
    return labels


@_post_rule
def _number_slash_year(text, toks, labels, words):
    """"Das Parlament 47/2009, 9-14": a number joined to a year by a slash
    (issue 47 of 2009) is the volume when none was read.

    >>> t = "Aus Politik. Das Parlament 47/2009, 9-14."
    >>> _number_slash_year(t, tokens(t), ["title", "title", "title", "title", "title", "title", "o", "year", "o", "fpage", "o", "lpage", "o"])[5]
    'volume'
    """
    if "volume" in labels:
        return labels
    for x in range(len(words) - 2):
        if words[x].isdigit() and len(words[x]) <= 3 and words[x + 1] == "/" \
                and _YEAR.match(words[x + 2]) and labels[x + 2] == "year" \
                and toks[x + 1][0] == toks[x][1] and toks[x + 2][0] == toks[x + 1][1]:
            labels[x] = "volume"
            break
    return labels


@_post_rule
def _letter_range_after_title(text, toks, labels, words):
    """"Handwörterbuch der Raumforschung I, A–H, Hannover": a range of
    letters (the volume's part of the alphabet) after a title or container
    belongs to it.

    >>> t = "In: X (Hg.), Handwörterbuch I, A–H, Hannover, S. 1-2."
    >>> labs = ["o", "o", "esur", "o", "o", "o", "o", "o", "source", "source", "o", "o", "o", "o", "o", "place", "o", "o", "o", "fpage", "o", "lpage", "o"]
    >>> _letter_range_after_title(t, tokens(t), labs)[8:15]
    ['source', 'source', 'source', 'source', 'source', 'source', 'o']
    """
    for x in range(2, len(words) - 2):
        if words[x - 1] == "," and labels[x - 2] in ("title", "source") \
                and re.fullmatch(r"[A-Z]", words[x]) and words[x + 1] in "-–" \
                and re.fullmatch(r"[A-Z]", words[x + 2]) and labels[x] not in ("title", "source"):
            lab = labels[x - 2]
            for y in range(x - 1, x + 3):
                labels[y] = lab
    return labels


@_post_rule
def _place_qualifier(text, toks, labels, words):
    """"Berlin (Ost) 1976": a capitalised word in parentheses right after
    a place qualifies it.

    >>> t = "Verfassung, Berlin (Ost) 1976, S. 25."
    >>> _place_qualifier(t, tokens(t), ["title", "o", "place", "o", "asur", "o", "year", "o", "o", "o", "fpage", "o"])[2:6]
    ['place', 'place', 'place', 'place']
    """
    for x in range(len(words) - 3):
        if labels[x] == "place" and words[x + 1] == "(" and words[x + 3] == ")" \
                and words[x + 2][:1].isupper() and words[x + 2].isalpha() and len(words[x + 2]) <= 6 \
                and words[x + 2].lower() in ("ost", "west", "east", "nord", "süd", "north", "south",
                                             "mass", "ma", "ny", "nj", "ca", "uk", "usa"):
            for y in range(x + 1, x + 4):
                labels[y] = "place"
    return labels


@_post_rule
def _abbreviation_after_publisher(text, toks, labels, words):
    """"American Marketing Association (AMA)": a capitals abbreviation in
    parentheses right after a publisher belongs to it.

    >>> t = "San Diego: American Marketing Association (AMA)."
    >>> _abbreviation_after_publisher(t, tokens(t), ["place", "place", "o", "publisher", "publisher", "publisher", "o", "o", "o", "o"])[6:9]
    ['publisher', 'publisher', 'publisher']
    """
    for x in range(len(words) - 3):
        if labels[x] == "publisher" and words[x + 1] == "(" and words[x + 3] == ")" \
                and re.fullmatch(r"[A-ZÄÖÜ]{2,8}", words[x + 2]):
            for y in range(x + 1, x + 4):
                labels[y] = "publisher"
    return labels


@_post_rule
def _range_before_month(text, toks, labels, words):
    """"…, 22 - 3 May.": a day range before a month is a date, no pages.

    >>> t = "Paper presented at the Conference, 22 - 3 May."
    >>> _range_before_month(t, tokens(t), ["source"] * 5 + ["o", "fpage", "o", "lpage", "note", "o"])[6:9]
    ['note', 'note', 'note']
    """
    for x in range(len(words) - 3):
        if labels[x] == "fpage" and words[x + 1] in "-–" and words[x + 2].isdigit() \
                and words[x + 3].lower() in _MONTHS and int(words[x]) <= 31:
            for y in range(x, x + 4):
                labels[y] = "note"
    return labels


@_post_rule
def _container_not_editors(text, toks, labels, words):
    """"in Die Nonstoppgesellschaft und ihr Preis, Hirzel": words after
    "in" read as editors, with no editors' mark in the entry and lower-case
    words among them, are the container.

    >>> t = "Held, M. (1998) ‘Pause’, in Die Gesellschaft und ihr Preis, Hirzel, pp. 31-44."
    >>> labs = ["asur", "o", "agiv", "agiv", "o", "year", "o", "o", "title", "o", "o", "o", "egiv", "esur", "o", "o", "esur", "o", "place", "o", "o", "o", "fpage", "o", "lpage", "o"]
    >>> _container_not_editors(t, tokens(t), labs)[12:17]
    ['source', 'source', 'source', 'source', 'source']
    """
    if "source" in labels or _ED_MARK.search(text) \
            or re.search(r"(?i)\b(ed\.? by|edited by|hg\.? v|hrsg\.? v|eds?\.)", text):
        return labels
    k = next((x for x in range(1, len(words)) if words[x].lower() == "in"
              and labels[x + 1:x + 2] and labels[x + 1] in ("esur", "egiv")), None)
    if k is None:
        return labels
    e = k + 1
    while e < len(words) and words[e] not in ",.:;(":
        e += 1
    ws = words[k + 1:e]
    if len(ws) < 2 or not any(w[:1].islower() for w in ws):
        return labels
    for x in range(k + 1, e):
        labels[x] = "source"
    if e + 1 < len(words) and labels[e + 1] == "place" and "publisher" not in labels:
        _run_becomes(labels, e + 1, "place", "publisher")
    return labels


def _run_becomes(labels: list[str], x: int, old: str, new: str) -> None:
    """The run of ``old`` labels from ``x`` on becomes ``new`` (in place)."""
    while x < len(labels) and labels[x] == old:
        labels[x] = new
        x += 1


@_post_rule
def _volumes_and(text, toks, labels, words):
    """"Vols. 1 and 2": both numbers are the volume.

    >>> t = "Title. Vols. 1 and 2. New York."
    >>> _volumes_and(t, tokens(t), ["title", "o", "o", "o", "volume", "o", "issue", "o", "place", "place", "o"])[4:7]
    ['volume', 'volume', 'volume']
    """
    for x in range(2, len(words) - 2):
        if labels[x] == "volume" and words[x + 1].lower() in ("and", "und", "&") \
                and words[x + 2].isdigit() and words[x - 1 if words[x - 1] != "." else x - 2].lower() \
                in ("vols", "bde", "bände", "volumes"):
            labels[x + 1] = labels[x + 2] = "volume"
    return labels


@_post_rule
def _publisher_after_editors(text, toks, labels, words):
    """GOST's "// Book / ed. by M. Emerson and P. Aalto, Centre for
    Policy Studies, Brussels, 2008": a second container run right after
    the editors and followed by a place is the publisher.

    >>> t = "X. T // Book / ed. by M. Em, Centre for Studies, Brussels, 2008."
    >>> labs = ["asur", "o", "title", "o", "o", "source", "o", "o", "o", "o", "egiv", "o", "esur", "o", "source", "source", "source", "o", "place", "o", "year", "o"]
    >>> _publisher_after_editors(t, tokens(t), labs)[14:17]
    ['publisher', 'publisher', 'publisher']
    """
    if "publisher" in labels:
        return labels
    runs = _runs(toks, labels)
    src = [(i, j) for lab, i, j in runs if lab == "source"]
    if len(src) < 2:
        return labels
    i, j = src[1]
    prev = next((x for x in range(i - 1, -1, -1) if labels[x] != "o"), None)
    nxt = next((x for x in range(j + 1, len(words)) if labels[x] != "o"), None)
    if prev is None or labels[prev] not in ("esur", "egiv") or nxt is None or labels[nxt] != "place":
        return labels
    for x in range(i, j + 1):
        labels[x] = "publisher"
    return labels


@_post_rule
def _first_page_mark(text, toks, labels, words):
    """"…, Frankfurt a.M. 1972, S. 493 f. Die dritte Auflage …, S. 597 f.":
    the first "S. <number>" is the entry's page when the model read only a
    later one.

    >>> t = "Text, Berlin 1972, S. 493 f. Die Auflage, Goldbach 1997, S. 597 f."
    >>> labs = ["title", "o", "place", "year", "o", "o", "o", "o", "o", "o", "title", "title", "o", "place", "year", "o", "o", "o", "fpage", "o", "o"]
    >>> _first_page_mark(t, tokens(t), labs)[7], _first_page_mark(t, tokens(t), labs)[18]
    ('fpage', 'o')
    """
    fp = next((x for x, lab in enumerate(labels) if lab == "fpage"), None)
    if fp is None:
        return labels
    for x in range(2, fp):
        if words[x].isdigit() and words[x - 1] == "." and words[x - 2] in ("S", "p", "pp") \
                and labels[x] == "o" and len(words[x]) <= 4:
            labels[fp] = "o"
            if fp + 2 < len(words) and labels[fp + 2] == "lpage":
                labels[fp + 2] = "o"
            labels[x] = "fpage"
            break
    return labels


@_post_rule
def _sentence_after_names(text, toks, labels, words):
    """No title read, and the sentence right after the author list holds
    lower-case words the model left out ("Lind, T. Trust in small towns.
    Scandinavian Journal …"): that sentence is the title (its first word
    read as a name included).

    >>> t = "Okafor, B. and Lind, T. Trust in small towns. Rural Studies, Vol. 7."
    >>> labs = ["asur", "o", "agiv", "agiv", "o", "asur", "o", "agiv", "agiv", "asur", "o", "o", "o", "o", "source", "source", "o", "o", "o", "volume", "o"]
    >>> _sentence_after_names(t, tokens(t), labs)[9:14]
    ['title', 'title', 'title', 'title', 'o']
    """
    if "title" in labels:
        return labels
    n = len(words)
    # the end of the author list: the full stop after an initial
    k = next((x for x in range(1, n - 2) if words[x] == "." and len(words[x - 1]) == 1
              and labels[x - 1] in ("agiv", "egiv") and words[x + 1][:1].isupper()
              and len(words[x + 1]) > 1 and x + 2 < n and words[x + 2][:1].islower()), None)
    if k is None:
        return labels
    e = k + 1
    while e < n and words[e] not in ".?!":
        e += 1
    span = range(k + 1, e)
    if len(span) < 2 or not all(labels[x] == "o" for x in range(k + 2, e)) \
            or labels[k + 1] not in _NAME_LABELS + ("o",):
        return labels
    for x in span:
        labels[x] = "title"
    if e < n and words[e] in "?!":
        labels[e] = "title"
    return labels


@_post_rule
def _page_range_whole(text, toks, labels, words):
    """"Sociological Review 52:3, 351-370": a page range is written whole;
    a first page read apart from the last page's range ("3") is the issue.

    >>> t = "Ryan, L. (2004): Family Matters, Sociological Review 52:3, 351-370."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o", "title", "title", "o", "source", "source", "volume", "o", "fpage", "o", "o", "o", "lpage", "o"]
    >>> _page_range_whole(t, tokens(t), labs)[15:20]
    ['issue', 'o', 'fpage', 'o', 'lpage']
    """
    lp = next((x for x, lab in enumerate(labels) if lab == "lpage"), None)
    fp = next((x for x, lab in enumerate(labels) if lab == "fpage"), None)
    if lp is None or fp is None or lp < 2 or fp >= lp - 2 or words[lp - 1] not in "-–—" \
            or not words[lp - 2].isdigit() \
            or fp + 1 < len(words) and words[fp + 1] in "-–—":
        return labels
    labels[fp] = "issue" if "issue" not in labels and words[fp].isdigit() else "o"
    labels[lp - 2] = "fpage"
    return labels


def _note_goes_on(text, toks, labels):
    """"… Neuordnungskonzepte und Umsiedlungspolitik im 20. Jahrhundert,
    Stuttgart": a note run right after a title or container, with only a
    space between, goes on with it.

    >>> t = "In: X (Hg.), Planung und Politik im 20. Jahrhundert, Stuttgart."
    >>> labs = ["o", "o", "esur", "o", "o", "o", "o", "o", "source", "source", "source", "note", "note", "note", "note", "o", "place", "o"]
    >>> _note_goes_on(t, tokens(t), labs)[11:15]
    ['source', 'source', 'source', 'source']
    """
    for lab, i, j in _runs(toks, labels):
        if lab != "note" or i == 0 or labels[i - 1] not in ("title", "source") \
                or not text[toks[i - 1][1]:toks[i][0]].isspace():
            continue
        if _DESCRIPTOR.match(text, toks[i][0]) or _NOTE_OPENING.match(text, toks[i][0]):
            continue
        for x in range(i, j + 1):
            labels[x] = labels[i - 1]
    return labels


@_post_rule
def _series_segment_in_title(text, toks, labels, words):
    """"Title / Volkswagenwerk AG, Schriftenreihe "Humanisierung des
    Arbeitslebens" Band 3, Frankfurt": a segment after a comma that names a
    series closes the title run: it is the container.

    >>> t = "G. M. (1980), Gruppenarbeit, Schriftenreihe Humanisierung Band 3, Frankfurt."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o", "title", "title", "title", "title", "o", "volume", "o", "place", "o"]
    >>> _series_segment_in_title(t, tokens(t), labs)[9:13]
    ['o', 'source', 'source', 'o']
    """
    if "source" in labels:
        return labels
    first = _first_title(toks, labels)
    if first is None:
        return labels
    i, j = first
    c = next((c for c in range(i + 1, j) if words[c] == "," and
              words[c + 1].lower() in ("schriftenreihe", "series", "reihe", "collection")), None)
    if c is None:
        return labels
    labels[c] = "o"
    for x in range(c + 1, j + 1):
        labels[x] = "source"
    if words[j] in _CLOSE_Q or words[j] == "\"":
        labels[j] = "o"
    return labels


@_post_rule
def _publisher_read_as_note(text, toks, labels, words):
    """"Paris, Presses de la Fondation …": a note right after "Place," that
    names a publishing house is the publisher.

    >>> t = "S. R. (1998), L’identité, Paris, Presses de la Fondation."
    >>> _publisher_read_as_note(t, tokens(t), ["asur", "o", "agiv", "o", "o", "year", "o", "o", "title", "o", "place", "o", "note", "note", "note", "note", "o"])[12:16]
    ['publisher', 'publisher', 'publisher', 'publisher']
    """
    if "publisher" in labels:
        return labels
    for lab, i, j in _runs(toks, labels):
        if lab != "note" or i < 2 or words[i - 1] not in (",", ":") or labels[i - 2] != "place":
            continue
        if any(w.lower() in _PUB or w.lower() in ("presses", "éditions", "editions", "editorial",
                                                  "editora", "editrice", "verlagshaus")
               for w in words[i:j + 1]):
            for x in range(i, j + 1):
                labels[x] = "publisher"
        break
    return labels


@_post_rule(title=True)
def _title_tail_read_as_name(text, toks, labels, words, i, j):
    """"… The needle, the haystack, and the CHAT. Br J Psychiatry 161":
    one capitalised word closing the title after lower-case words, read as
    a name right before the container, is the title's.

    >>> t = "Lee S (1992) The needle, the haystack, and the CHAT. Br J Psychiatry 161:839-43"
    >>> labs = ["asur", "agiv", "o", "year", "o"] + ["title"] * 5 + ["o", "o", "o", "asur", "o", "source", "source", "source", "volume", "o", "fpage", "o", "lpage"]
    >>> _title_tail_read_as_name(t, tokens(t), labs)[9:14]
    ['title', 'title', 'title', 'title', 'title']
    """
    k = j + 1
    while k < len(words) and labels[k] == "o" and (not words[k][:1].isalnum()
                                                   or words[k].lower() in _SMALL_WORDS):
        k += 1
    if k >= len(words) or labels[k] not in _NAME_LABELS or k + 2 >= len(words) \
            or words[k + 1] != "." or labels[k + 2] != "source" \
            or not any(words[x].lower() in _SMALL_WORDS for x in range(j + 1, k)):
        return labels
    for x in range(j + 1, k + 1):
        labels[x] = "title"
    return labels


@_post_rule
def _names_after_head_stop(text, toks, labels, words):
    """"Marks Gary, …, Jane E. Salk. Competencies, Cracks, and Conflicts:
    Regional …": the author list ends at the full stop after a surname;
    capitalised words after it read as names, up to the title run, open
    the title.

    >>> t = "10. Marks Gary, Jane Salk. Competencies, Cracks, and Conflicts: Regional Mobilization // J. 1996."
    >>> labs = ["o", "o", "asur", "agiv", "o", "agiv", "asur", "o", "asur", "o", "agiv", "o", "o", "agiv", "o", "title", "title", "o", "o", "source", "o", "year", "o"]
    >>> _names_after_head_stop(t, tokens(t), labs)[8:17]
    ['title', 'title', 'title', 'title', 'title', 'title', 'title', 'title', 'title']
    """
    first = _first_title(toks, labels)
    if first is None:
        return labels
    i = first[0]
    if any(lab in ("year", "source") for lab in labels[:i]):
        return labels
    stop = next((x for x in range(2, i) if words[x] == "." and labels[x - 1] in ("asur", "esur")
                 and len(words[x - 1]) >= 3 and words[x - 1] not in ("Jr", "Sr", "St")
                 and any(labels[y] in _NAME_LABELS for y in range(x + 1, i))), None)
    if stop is None or stop + 1 >= i:
        return labels
    nxt = words[stop + 1]
    if nxt.lower() in _given_names() or nxt.lower() in ("and", "und", "&") or len(nxt) == 1 \
            or not any(w[:1].islower() or w in ":?" for w in words[stop + 1:i]):
        return labels
    for x in range(stop + 1, i):
        labels[x] = "title"
    return labels


@_post_rule(title=True)
def _last_name_read_as_title(text, toks, labels, words, i, j):
    """"Browning Christopher, Pertti Joenniemi. The European Union …": a
    title run that opens, right after the names and a comma, with a known
    given name, one or two capitalised words and a full stop opens with
    the last author's name.

    >>> t = "5. Browning Christopher, Pertti Joenniemi. The Two Dimensions // Security. 2003."
    >>> labs = ["o", "o", "asur", "agiv", "o"] + ["title"] * 6 + ["o", "o", "source", "o", "year", "o"]
    >>> _last_name_read_as_title(t, tokens(t), labs)[5:9]
    ['agiv', 'asur', 'o', 'title']
    """
    if i < 2 or words[i - 1] not in (",", "and", "&") or labels[i - 2] not in _NAME_LABELS \
            and words[i - 1] == ",":
        return labels
    if words[i].lower() not in _given_names() or not words[i][1:].islower():
        return labels
    stop = next((x for x in range(i + 1, min(i + 4, j)) if words[x] == "."
                 and len(words[x - 1]) > 1), None)
    if stop is None:
        return labels
    inner = words[i + 1:stop]
    if not 1 <= len(inner) <= 2 or not all(w[:1].isupper() and w[1:].islower() and len(w) > 1
                                           for w in inner):
        return labels
    role = labels[i - 2][0] if labels[i - 2] in _NAME_LABELS else "a"
    for x in range(i, stop):
        labels[x] = role + ("sur" if x == stop - 1 else "giv")
    labels[stop] = "o"
    return labels


@_post_rule
def _access_year(text, toks, labels, words):
    """The year of an access date ("(Zugriff am 14. November 2013)",
    "accessed 3 May 2010") is no publication year when another year or
    none … is read: it is the access date's.

    >>> t = "www.bmbf.de/de/494.php (Zugriff am 14. November 2013)."
    >>> _access_year(t, tokens(t), ["url", "o", "o", "o", "urldate", "o", "urldate", "year", "o", "o"])[7]
    'urldate'
    """
    for x, lab in enumerate(labels):
        if lab != "year":
            continue
        if any(words[y].lower() in _ACCESS and words[y].lower() not in ("stand", "last")
               for y in range(max(0, x - 6), x)) \
                and not any(w in "()" for w in words[max(0, x - 6):x] if w == ")"):
            labels[x] = "urldate"
    return labels


@_post_rule
def _url_word(text, toks, labels, words):
    """"URL (consulted July 2007): http://…": the word "URL" (or
    "Online", "Available at") and an access date in parentheses after it
    are no container.

    >>> t = "Parliament (2007) ‘Rules’, URL (consulted July 2007): http://www.eu.eu/"
    >>> _url_word(t, tokens(t), ["asur", "o", "year", "o", "o", "title", "o", "o", "source", "source", "source", "source", "source", "source", "o", "url"])[8:14]
    ['o', 'o', 'urldate', 'urldate', 'urldate', 'o']
    """
    for x in range(len(words) - 2):
        if words[x].lower() in ("url", "online", "internet") and words[x + 1] == "(" \
                and labels[x] == "source":
            close = next((c for c in range(x + 2, min(x + 12, len(words))) if words[c] == ")"), None)
            if close is None or not _ACCESS & {w.lower() for w in words[x + 2:close]}:
                continue
            labels[x] = labels[x + 1] = labels[close] = "o"
            for y in range(x + 2, close):
                labels[y] = "urldate"
    return labels


@_post_rule
def _short_citation_names(text, toks, labels, words):
    """A short citation in a note ("Ewert 2000: 44f.", "Rössler/Schleiermacher
    1993: 24", "… in: Bernsdorf/Knospe 1980: 63f."): the capitalised words
    parted by slashes right before the year, at the start or after "in:",
    are names (authors; editors after "in:").

    >>> t = "Rössler/Schleiermacher 1993: 24, Dokument 1"
    >>> _short_citation_names(t, tokens(t), ["asur", "o", "year", "year", "o", "fpage", "o", "note", "note"])[:4]
    ['asur', 'o', 'asur', 'year']
    """
    n = len(words)
    for y in range(1, n):
        if not _YEAR.match(words[y]) or y + 1 >= n or words[y + 1] != ":" \
                or y + 2 >= n or not words[y + 2][:1].isdigit():
            continue
        x = y - 1
        names = []
        while x >= 0 and (words[x][:1].isupper() and words[x].isalpha() and len(words[x]) > 1
                          or words[x] == "/" and names):
            if words[x] != "/":
                names.append(x)
            x -= 1
        if not names:
            continue
        head = x < 0 or x <= 2 and all(not w[:1].isalpha() for w in words[:x + 1])
        after_in = x >= 1 and words[x] == ":" and words[x - 1].lower() == "in" \
            or x >= 0 and words[x].lower() == "in"
        if not head and not after_in:
            continue
        role = "e" if after_in else "a"
        for k in names:
            labels[k] = role + "sur"
        for k in range(names[-1], y):
            if words[k] == "/":
                labels[k] = "o"
        labels[y] = "year"
        if labels[y + 2] not in ("fpage", "lpage"):
            labels[y + 2] = "fpage"
        break
    return labels


@_post_rule
def _imprint_after_container(text, toks, labels, words):
    """"…, Disorganized Capitalism. Cambridge, MA: Polity, 170–220": a
    second container run right after "Place:" is the publisher; a
    "publisher" naming a series ("ESRC Future of Work Series") is the
    container when none was read.

    >>> t = "In: C. Offe (ed.), Capitalism. Cambridge: Polity, 170–220."
    >>> labs = ["o", "o", "egiv", "egiv", "esur", "o", "o", "o", "o", "o", "source", "o", "place", "o", "source", "o", "fpage", "o", "lpage", "o"]
    >>> _imprint_after_container(t, tokens(t), labs)[14]
    'publisher'
    """
    runs = _runs(toks, labels)
    src = [(i, j) for lab, i, j in runs if lab == "source"]
    if len(src) >= 2 and "publisher" not in labels:
        i, j = src[1]
        if i >= 2 and words[i - 1] == ":" and labels[i - 2] == "place":
            for x in range(i, j + 1):
                labels[x] = "publisher"
    if "source" not in labels:
        for lab, i, j in runs:
            if lab == "publisher" and any(w.lower() in ("series", "reihe", "schriftenreihe")
                                          for w in words[i:j + 1]):
                for x in range(i, j + 1):
                    labels[x] = "source"
                break
    return labels


@_post_rule
def _issue_after_number_word(text, toks, labels, words):
    """"Vol. 39, No 171": a number right after "No"/"Nr." is the issue
    when a volume was read and no issue (not a page).

    >>> t = "Education, 2014, Vol. 39, No 171."
    >>> _issue_after_number_word(t, tokens(t), ["source", "o", "year", "o", "o", "o", "volume", "o", "o", "lpage", "o"])[9]
    'issue'
    """
    if "volume" not in labels or "issue" in labels:
        return labels
    for x in range(1, len(words)):
        prev = words[x - 1] if words[x - 1] != "." else words[x - 2] if x >= 2 else ""
        if words[x].isdigit() and prev.lower() in ("no", "nr", "issue", "heft") \
                and labels[x] in ("fpage", "lpage", "o", "volume") \
                and not (x + 1 < len(words) and words[x + 1] in "-–—"):
            if labels[x] == "volume" and labels.count("volume") == 1:
                continue
            labels[x] = "issue"
            break
    return labels


@_post_rule
def _surname_list_editors(text, toks, labels, words):
    """"In: Turner, Katz and Hurd (eds.)": single capitalised words parted
    by a comma and "and", none a known given name, no initials, right
    before an editors' mark, are each a surname.

    >>> t = "In: Turner, Katz and Hurd (eds.) (2001): 99-128."
    >>> _surname_list_editors(t, tokens(t), ["o", "o", "esur", "o", "egiv", "o", "egiv", "o", "o", "o", "o", "o", "year", "o", "o", "fpage", "o", "lpage", "o"])[2:7]
    ['esur', 'o', 'esur', 'o', 'esur']
    """
    n = len(words)
    for m in _ED_MARK.finditer(text):
        e = next((x for x, (a, b) in enumerate(toks) if a >= m.start()), None)
        if e is None:
            continue
        x = e - 1
        while x >= 0 and words[x] == ",":
            x -= 1
        group = []
        while x >= 0 and (words[x][:1].isupper() and words[x].isalpha() and len(words[x]) > 1
                          or words[x] in (",", "&") or words[x].lower() in ("and", "und")):
            group.append(x)
            x -= 1
        group.reverse()
        names = [g for g in group if words[g][:1].isupper() and words[g].lower() not in ("and", "und")]
        if len(names) < 3 or any(words[g].lower() in _given_names() for g in names) \
                or any(labels[g] not in _NAME_LABELS for g in names) \
                or any(names[k + 1] - names[k] != 2 for k in range(len(names) - 1)):
            continue
        for g in names:
            labels[g] = labels[g][0] + "sur"
    return labels


_ORG_WORDS = re.compile(r"\b(Office|Association|Institute|Institut|Ministry|Ministerium|Bundesamt|"
                        r"Landesamt|Commission|Council|Agency|Bank|Organi[sz]ation|Department|"
                        r"Bureau|Centre|Center|Foundation|Stiftung|Union|Amt|Akademie|Academy|"
                        r"Fakultät|Faculty|Hochschule|Universität|University|Gesellschaft|Society|"
                        r"Verein|Verband|Kommission|Kammer|Bundesregierung|e\.\s?V)\b")


@_post_rule
def _editor_body_before_mark(text, toks, labels, words):
    """"in: Fakultät für Gartenbau … Hannover (Hg.), Entstehung": a body
    named between "in:" and an editors' mark, read as a title or a note,
    is the editor.

    >>> t = "Meyer (1959), »Lehrstuhl«, in: Fakultät für Gartenbau (Hg.), Entstehung, Hannover."
    >>> labs = ["asur", "o", "year", "o", "o", "o", "title", "o", "o", "o", "o", "title", "title", "title", "o", "o", "o", "o", "o", "source", "o", "place", "o"]
    >>> _editor_body_before_mark(t, tokens(t), labs)[11:14]
    ['esur', 'esur', 'esur']
    """
    for m in _ED_MARK.finditer(text):
        e = next((x for x, (a, b) in enumerate(toks) if a >= m.start()), None)
        if e is None:
            continue
        k = next((x for x in range(e - 1, 0, -1) if words[x] == ":" and words[x - 1].lower() == "in"
                  or words[x].lower() == "in" and x > 2), None)
        if k is None and not any(lab in ("title", "year", "source") for lab in labels[:e]):
            k = -1      # the body heads the entry: "Berliner Institut für … (Hg.), Titel"
            while k + 1 < e and (words[k + 1].lower() in ("vgl", "siehe", "see", "cf", "s")
                                 or not words[k + 1][:1].isalpha()):
                k += 1
        if k is None or e - k < 3 or e - k > 16:
            continue
        a = k + 1
        span = text[toks[a][0]:toks[e - 1][1]]
        if not _ORG_WORDS.search(span) or re.search(r"[,;/]", span) \
                or all(labels[x] in _NAME_LABELS for x in range(a, e)):
            continue
        for x in range(a, e):
            labels[x] = "esur"
    return labels


@_post_rule(title=True)
def _subtitle_after_colon(text, toks, labels, words, i, j):
    """"Organizing to Win: New Research on Union Strategies. Ithaca, ILR
    Press": the sentence right after a colon closing the title run is its
    subtitle when the model read it as a publisher, place or container
    and the entry's imprint or container still follows.

    >>> t = "Lee, K. (1998): Organizing to Win: New Research. Ithaca, ILR Press."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o"] + ["title"] * 3 + ["o", "publisher", "publisher", "o", "place", "o", "publisher", "publisher", "o"]
    >>> _subtitle_after_colon(t, tokens(t), labs)[11:15]
    ['title', 'title', 'title', 'o']
    """
    n = len(words)
    c = j + 1
    if c + 1 >= n or words[c] != ":" or not words[c + 1][:1].isupper() \
            or words[j].lower() in _PLACES or words[c + 1].lower() in _IN:
        return labels
    e = c + 1
    while e < n and not (words[e] in ".?!" and len(words[e - 1]) > 1) and words[e] != "(":
        e += 1
    seg = range(c + 1, e)
    if not seg or len(seg) > 20 or not all(labels[x] in ("publisher", "source", "place", "note", "o")
                                           for x in seg) \
            or all(labels[x] == "o" for x in seg) \
            or any(words[x].lower() in _PUB | _EDS or words[x].isdigit() for x in seg):
        return labels
    if not any(lab in ("place", "publisher", "source", "volume", "fpage", "url")
               for lab in labels[e + 1:]):
        return labels
    for x in range(c, e):
        labels[x] = "title"
    return labels


@_post_rule(title=True)
def _paren_in_title_read_as_source(text, toks, labels, words, i, j):
    """A parenthesis closing the title ("… assessed by the ASSQ (Autism
    Spectrum Screening Questionnaire). J Child Psychol …") read as a
    container while the real one follows: it is the title's.

    >>> t = "Lee K (2006) The CAST (Childhood Asperger Test): accuracy. Autism 9:45-68"
    >>> labs = ["asur", "agiv", "o", "year", "o", "title", "title", "o", "source", "source", "source", "o", "o", "title", "o", "source", "volume", "o", "fpage", "o", "lpage"]
    >>> _paren_in_title_read_as_source(t, tokens(t), labs)[5:15]
    ['title', 'title', 'title', 'title', 'title', 'title', 'title', 'title', 'title', 'o']
    """
    k = j + 1
    if k >= len(words) or words[k] != "(" or k + 1 >= len(words) or labels[k + 1] != "source":
        return labels
    close = next((c for c in range(k + 1, min(k + 15, len(words))) if words[c] == ")"), None)
    if close is None or not all(labels[x] == "source" for x in range(k + 1, close)):
        return labels
    if not any(lab == "source" for lab in labels[close + 1:]):
        return labels
    for x in range(k, close + 1):
        labels[x] = "title"
    # the title may go on after the parenthesis (": test accuracy")
    t2 = next((x for x in range(close + 1, len(words)) if labels[x] != "o"), None)
    if t2 is not None and labels[t2] == "title" and all(words[x] in ":.?!" for x in range(close + 1, t2)):
        for x in range(close + 1, t2):
            labels[x] = "title"
    return labels


def _container_after_eds_mark(text, toks, labels):
    """"in: Silva, E. and C. Smart (eds.): The New Family?, London": the
    run right after the editors' mark is the book, the container, when
    none was read (the model took it for a publisher).

    >>> t = "Morgan, D. (1999): Risk, in: Silva, E. (eds.): The New Family?, London, 13-30."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o", "title", "o", "o", "o", "esur", "o", "egiv", "o", "o", "o", "o", "o", "o", "publisher", "publisher", "publisher", "publisher", "o", "place", "o", "fpage", "o", "lpage", "o"]
    >>> _container_after_eds_mark(t, tokens(t), labs)[21:25]
    ['source', 'source', 'source', 'source']
    """
    if "source" in labels:
        return labels
    eds = [x for x, lab in enumerate(labels) if lab in ("esur", "egiv")]
    if not eds or "title" not in labels[:eds[0]]:
        return labels       # editors heading the entry: the book is its title
    m = _ED_MARK.search(text, toks[eds[-1]][1])
    if not m:
        return labels
    k = next((x for x, (a, b) in enumerate(toks) if a >= m.end() and text[a:b][:1].isalnum()), None)
    if k is None or labels[k] not in ("publisher", "title") \
            or text[toks[eds[-1]][1]:m.start()].strip(" ."):
        return labels
    lab = labels[k]
    while k < len(labels) and labels[k] == lab:
        labels[k] = "source"
        k += 1
    return labels


@_post_rule
def _name_read_as_title(text, toks, labels, words):
    """A title run that opens the entry with a known given name, one or
    two more capitalised words (or initials) and a comma ("Ernest Gellner,
    Nationalismus und Moderne") opens with its author's name.

    >>> t = "Michael Feige, Vietnamesische Studenten, Magdeburg 1999."
    >>> _name_read_as_title(t, tokens(t), ["title"] * 5 + ["o", "place", "year", "o"])[:4]
    ['agiv', 'asur', 'o', 'title']
    """
    if any(lab in _NAME_LABELS for lab in labels):
        return labels
    first = _first_title(toks, labels)
    if first is None or any(w.isalpha() for w in words[:first[0]]):
        return labels
    i, j = first
    if words[i].lower() not in _given_names() or not words[i][:1].isupper():
        return labels
    comma = next((c for c in range(i + 1, min(i + 6, j)) if words[c] == ","), None)
    if comma is None or comma + 1 > j:
        return labels
    inner = [w for w in words[i + 1:comma] if w != "."]
    if not 1 <= len(inner) <= 3 or not all(w[:1].isupper() for w in inner):
        return labels
    last = max(x for x in range(i, comma) if words[x] != ".")
    for x in range(i, comma):
        labels[x] = "asur" if x == last else "agiv"
    labels[comma] = "o"
    return labels


_PAIR_Q = {"‘": "’", "“": "”", "\"": "\"", "„": "“", "»": "«", "«": "»", "‚": "‘", "'": "'"}


@_post_rule(title=True)
def _quoted_title_ends(text, toks, labels, words, i, j):
    """A title opened by a quotation mark ends at the matching closing
    mark: what the title run holds after it and a comma or a full stop
    ("‘The Development …’, Advances in Consumer Research (…) 18",
    "„Jobs, Bodies“. Gender & Society"), or right after a closing mark
    that follows the title's own stop ("“Jobs.” Gender"), is the container
    (not "In", which other rules read).

    >>> t = "Ko, G. (1991) ‘Time Orientation’, Advances in Research 18: 1-4."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o"] + ["title"] * 8 + ["volume", "o", "fpage", "o", "lpage", "o"]
    >>> _quoted_title_ends(t, tokens(t), labs)[7:15]
    ['o', 'title', 'title', 'o', 'o', 'source', 'source', 'source']
    >>> t = "Acker, J. „Jobs, Bodies“. Gender & Society, Bd. 4, 1990."
    >>> labs = ["asur", "o", "agiv", "agiv"] + ["title"] * 9 + ["o", "o", "o", "volume", "o", "year", "o"]
    >>> _quoted_title_ends(t, tokens(t), labs)[4:13]
    ['o', 'title', 'title', 'title', 'o', 'o', 'source', 'source', 'source']
    """
    if words[i] in _PAIR_Q:
        q = i
    elif i > 0 and words[i - 1] in _PAIR_Q and toks[i - 1][1] == toks[i][0]:
        q = i - 1
    else:
        return labels
    closer = _PAIR_Q[words[q]]
    c = next((c for c in range(q + 1, j) if words[c] == closer), None)
    if c is None:
        return labels
    # „Title“, Journal / „Title“. Journal (German MLA) / “Title.” Journal
    k = c + 2 if words[c + 1] in ",." else c + 1 if words[c - 1] in ".?!," else None
    if k is None or k > j or not words[k][:1].isupper() or words[k] in ("In", "Im") \
            or words[c + 1] == "." and words[c - 1] not in ".?!" and k < len(words) - 1 \
            and words[k + 1] == ":":
        return labels
    after = labels[j + 1:j + 4]
    if "source" in labels and "source" not in after:
        return labels
    if words[c + 1] != ",":
        # after a stop a subtitle follows as often ("»Rasse und Raum«. Agrarpolitik"):
        # a journal only before its volume ("Gender & Society, Bd. 4")
        nxt = next((x for x in range(j + 1, min(j + 5, len(words))) if labels[x] != "o"
                    or words[x].lower() in _VOL | _NUM), None)
        edited = any(words[x].lower() in ("edited", "herausgegeben", "hg", "hrsg")
                     for x in range(j + 1, min(j + 4, len(words))))
        if not edited and (nxt is None or labels[nxt] not in ("volume", "issue")
                           and words[nxt].lower() not in _VOL | _NUM):
            return labels
    labels[q] = "o"
    for x in range(c, k):
        labels[x] = "o"
    for x in range(k, j + 1):
        labels[x] = "source"
    return labels


@_post_rule(title=True)
def _quote_start_of_title(text, toks, labels, words, i, j):
    """A quoted title whose opening words the model left out ("»›Volk‹.
    Das Ineinandergreifen …«"): the words between the opening mark and the
    title run are its start.

    >>> t = "Pyta, W. (2001), »›Volk‹. Das Land«, in: X."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o", "o", "o", "o", "o", "o", "title", "title", "title", "o", "o", "o", "source", "o"]
    >>> _quote_start_of_title(t, tokens(t), labs)[8:14]
    ['o', 'title', 'title', 'title', 'title', 'title']
    """
    closing = {words[j]} | ({words[j + 1]} if j + 1 < len(words) else set())
    for q in range(i - 1, max(i - 10, -1), -1):
        if labels[q] != "o":
            break
        if words[q] in _PAIR_Q and _PAIR_Q[words[q]] in closing and words[q] not in ("'", "\"") \
                and q + 1 < i and any(w[:1].isalpha() for w in words[q + 1:i]):
            if q > 0 and words[q - 1] in _PAIR_Q and labels[q - 1] == "o":
                continue    # an outer mark: look further
            for x in range(q + 1, i):
                labels[x] = "title"
            break
    return labels


_PAGE_RANGE = re.compile(r"\b(?:S|pp?|Seiten?)\.?\s*(\d+)\s*[-–—]\s*(\d+)\b")


@_post_rule
def _pages_by_pattern(text, toks, labels, words):
    """Pages the model missed: "S. 275–300" or "pp. 3-9" when no first
    page was read, and the last page of a range it read as a year
    ("1731–1739").

    >>> t = "X (2005). Y. In Z (S. 275–300). Wiesbaden."
    >>> _pages_by_pattern(t, tokens(t), ["asur", "o", "year", "o", "o", "title", "o", "o", "source", "o", "note", "note", "note", "note", "note", "o", "o", "place", "o"])[10:15]
    ['o', 'o', 'fpage', 'o', 'lpage']
    """
    for x, lab in enumerate(labels):
        if lab == "fpage" and x + 2 < len(words) and words[x + 1] in "-–—" \
                and words[x + 2].isdigit() and labels[x + 2] != "lpage" \
                and toks[x + 2][0] - toks[x][1] <= 3:
            labels[x + 2] = "lpage"
    if "fpage" in labels:
        return labels
    for x in range(len(words) - 2):
        # a short citation's page: "Ewert 2000: 44f.", "Rössler/Schleiermacher 1993: 24"
        if labels[x] == "year" and words[x + 1] == ":" and re.fullmatch(r"\d{1,4}f{0,2}", words[x + 2]) \
                and labels[x + 2] in ("volume", "issue", "o", "note", "publisher"):
            labels[x + 2] = "fpage"
            if x + 4 < len(words) and words[x + 3] in "-–" and words[x + 4].isdigit():
                labels[x + 4] = "lpage"
            return labels
    for m in _PAGE_RANGE.finditer(text):
        if not int(m.group(1)) <= int(m.group(2)):
            continue
        for x, (a, b) in enumerate(toks):
            if a >= m.start() and b <= m.end():
                labels[x] = "fpage" if a == m.start(1) else "lpage" if a == m.start(2) else "o"
        break
    return labels


@_post_rule
def _after_double_slash(text, toks, labels, words):
    """GOST's "Title // Source / ed. by …. Place, Year": what follows "//"
    up to a single "/", a year, a place or a volume is the container, names
    the model read in it included ("// Ambivalent neighbors: the EU, NATO
    and the price of membership / ed. …").

    >>> t = "Trenin D. Intro // Neighbors: the EU, NATO / ed. A. Lieven. Moscow, 2003."
    >>> labs = ["asur", "agiv", "o", "title", "o", "o", "source", "o", "esur", "esur", "o", "source", "o", "o", "o", "egiv", "o", "esur", "o", "place", "o", "year", "o"]
    >>> _after_double_slash(t, tokens(t), labs)[6:12]
    ['source', 'source', 'source', 'source', 'source', 'source']
    """
    first = _first_title(toks, labels)
    if first is None:
        return labels
    k = next((x for x in range(first[1] + 1, len(words) - 2) if words[x] == words[x + 1] == "/"
              and toks[x][1] == toks[x + 1][0]), None)
    if k is None:
        return labels
    a = k + 2
    e = a
    while e < len(words) and words[e] != "/" and labels[e] not in ("year", "volume", "place", "fpage",
                                                                   "publisher", "issue") \
            and not (words[e] == "." and e + 1 < len(words) and (words[e + 1][:1].isdigit()
                                                                   or words[e + 1].lower() in _VOL)):
        e += 1
    while e > a and not words[e - 1][:1].isalnum():
        e -= 1
    if e - a < 1 or not (any(labels[x] == "source" for x in range(a, e))
                         or all(labels[x] in _NAME_LABELS + ("o", "title", "note") for x in range(a, e))):
        return labels       # "// Прибалтика и Европа. М.: Наука": read as names, the collection all the same
    for x in range(a, e):
        labels[x] = "source"
    return labels


@_post_rule
def _in_journal(text, toks, labels, words):
    """"In: Sierra, January/February: 46-54": after "In:" with no editor
    mark in the entry and pages or a volume after, the words up to the
    next comma or colon are the journal, whatever the model took them for
    (a name, a place); a month or season after them is its date.

    >>> t = "Moberg, D. (1999): Greens. In: Sierra, January/February: 46-54."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o", "title", "o", "o", "o", "esur", "o", "place", "place", "place", "o", "fpage", "o", "lpage", "o"]
    >>> _in_journal(t, tokens(t), labs)[12:17]
    ['source', 'o', 'o', 'o', 'o']
    """
    if "source" in labels or _ED_MARK.search(text):
        return labels
    first = _first_title(toks, labels)
    if first is None:
        return labels
    k = next((x for x in range(first[1] + 1, len(words) - 2) if words[x] in ("In", "in")
              and words[x + 1] == ":"), None)
    if k is None or not any(lab in ("fpage", "volume") for lab in labels[k:]):
        return labels
    a = k + 2
    b = a
    while b < len(words) and words[b] not in (",", ":", ".", "("):
        b += 1
    ws = words[a:b]
    if not ws or len(ws) > 8 or not all(w[:1].isupper() or w.lower() in _SMALL_WORDS or w == "-"
                                        for w in ws) \
            or not all(labels[x] in _NAME_LABELS + ("place", "publisher", "issue", "o", "title")
                       for x in range(a, b)):
        return labels
    for x in range(a, b):
        labels[x] = "source"
    if b < len(words) and words[b] == ",":
        x = b + 1
        while x < len(words) and (words[x].lower() in _MONTHS or words[x] in "/-–"):
            labels[x] = "o"
            x += 1
    return labels


@_post_rule
def _bracket_after_title(text, toks, labels, words):
    """A bracket right after the title ("‘L’anxiété …’ [Death anxiety …]",
    a translation of it) belongs to the title.

    >>> t = "Urien, B. (2003) ‘L’anxiété’ [Death anxiety], Recherche 18: 23-41."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o", "title", "o"] + ["source"] * 6 + ["volume", "o", "fpage", "o", "lpage", "o"]
    >>> _bracket_after_title(t, tokens(t), labs)[8:16]
    ['title', 'title', 'title', 'title', 'title', 'o', 'o', 'source']
    """
    first = _first_title(toks, labels)
    if first is None:
        return labels
    k = first[1] + 1
    while k < len(words) and words[k] in _CLOSE_Q:
        k += 1
    if k >= len(words) or words[k] != "[":
        return labels
    close = next((c for c in range(k + 1, min(k + 40, len(words))) if words[c] == "]"), None)
    if close is None or close == k + 1:
        return labels
    for x in range(first[1] + 1, close):
        labels[x] = "title"
    labels[close] = "o"
    x = close + 1
    while x < len(words) and not words[x][:1].isalnum() and labels[x] != "o":
        labels[x] = "o"
        x += 1
    return labels


@_post_rule
def _journal_before_volume(text, toks, labels, words):
    """Capitalised words between the end of the title and a volume
    ("‘Death Attitudes’, Omega 18: 109-24") name the journal when no
    container was read; the abbreviation before a Vancouver journal
    ("… CHAT. Br J Psychiatry 161") joins it.

    >>> t = "Gesser, G. (1987) ‘Death Attitudes’, Omega 18: 109-24."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o", "title", "title", "o", "o", "o", "volume", "o", "fpage", "o", "lpage", "o"]
    >>> _journal_before_volume(t, tokens(t), labs)[12]
    'source'
    """
    if "source" in labels:
        for lab, i, j in _runs(toks, labels):
            if lab == "source" and i >= 2 and labels[i - 1] == "o" and words[i - 2] in ".?" \
                    and 2 <= len(words[i - 1]) <= 4 and words[i - 1][:1].isupper() \
                    and words[i - 1].isalpha() and words[i - 1].lower() not in \
                    _IN | _EDS | _VOL | _NUM | _PAGES:
                labels[i - 1] = "source"
            if lab == "source":
                break
        return labels
    first = _first_title(toks, labels)
    vol = next((x for x, lab in enumerate(labels) if lab == "volume"), None)
    if first is None or vol is None or vol <= first[1] + 1:
        return labels
    k = first[1] + 1
    while k < vol and not words[k][:1].isalnum():
        k += 1
    end = vol - 1
    while end > k and (not words[end][:1].isalnum() or words[end].lower() in _VOL | _NUM):
        end -= 1
    span = range(k, end + 1)
    ws = [words[x] for x in span if words[x][:1].isalnum()]
    if not ws or len(ws) > 8 or all(w.lower() in _VOL | _NUM for w in ws) \
            or not all(labels[x] in ("o", "place", "publisher", "note", "issue") for x in span) \
            or not all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in ws) \
            or ws[0].lower() in _IN:
        return labels
    for x in span:
        labels[x] = "source"
    return labels


@_post_rule
def _untitled(text, toks, labels, words):
    """No title read: the first container right after the names and the
    year (no "In" before it) is the title; else the first sentence of
    unlabelled words after the year ("Sutter, J. (1983) L’anticipation.
    Paris: PUF.").

    >>> t = "Sutter, J. (1983) L’anticipation. Paris: PUF."
    >>> _untitled(t, tokens(t), ["asur", "o", "agiv", "agiv", "o", "year", "o", "o", "o", "place", "o", "publisher", "o"])[7]
    'title'
    """
    if "title" in labels:
        return labels
    years = [x for x, lab in enumerate(labels) if lab == "year"]
    names = [x for x, lab in enumerate(labels) if lab in _NAME_LABELS]
    if not years or not names:
        return labels
    k = 0
    while k < len(words) and (labels[k] in _NAME_LABELS + ("year",) or labels[k] == "o" and (
            not words[k][:1].isalpha() and words[k] not in _OPEN_Q
            or words[k].lower() in ("and", "und", "et") and k < years[0])):
        k += 1
    if k >= len(words) or k <= years[0] or any(w.lower() == "in" for w in words[:k]) \
            or len(words[k]) < 2 or words[k].lower() in _PAGES | _VOL | _NUM:
        return labels
    if labels[k] == "source":
        while k < len(words) and labels[k] == "source":
            labels[k] = "title"
            k += 1
        return labels
    if labels[k] in ("publisher", "place"):
        return _imprint_read_as_title(words, labels, k)
    if labels[k] != "o" or not words[k][:1].isupper():
        return labels
    e = k
    while e < len(words) and labels[e] == "o" and words[e] not in ".,:;(":
        e += 1
    for x in range(k, e):
        labels[x] = "title"
    return labels


def _imprint_read_as_title(words, labels, k):
    """``_untitled``'s case of a publisher or place read right after the names
    and the year, with nothing after it but the end or a parenthesis: the
    title of a style that prints the imprint in parentheses, or not at all
    ("Bourdieu, P. (1990). The Logic of Practice.", "Hardt, M. (2000).
    Empire (Harvard University Press).").

    >>> w = ["Hardt", ",", "M", ".", "(", "2000", ")", ".", "Empire", "(", "Harvard", "Press", ")", "."]
    >>> l = ["asur", "o", "agiv", "o", "o", "year", "o", "o", "place", "o", "place", "place", "o", "o"]
    >>> _imprint_read_as_title(w, l, 8)[8:12]
    ['title', 'o', 'publisher', 'publisher']
    >>> w = ["Lee", ",", "M", ".", "(", "2000", ")", ".", "Oxford", ":", "Clarendon", "."]
    >>> l = ["asur", "o", "agiv", "o", "o", "year", "o", "o", "place", "o", "publisher", "o"]
    >>> _imprint_read_as_title(w, l, 8) == l
    True
    """
    e = k
    while e < len(words) and labels[e] in ("publisher", "place") and words[e] != "(":
        e += 1
    rest = [x for x in range(e, len(words)) if words[x] not in ".,;"]
    tail = rest == [] or (words[rest[0]] == "(" and words[rest[-1]] == ")"
                          and "(" not in words[rest[0] + 1:rest[-1]]
                          and all(labels[x] in ("publisher", "place", "o") for x in rest))
    if not tail or e - k < 1 or not words[k][:1].isupper():
        return labels
    out = list(labels)
    for x in range(k, e):
        out[x] = "title"
    if rest and all(labels[x] in ("place", "o") for x in rest):
        for x in rest[1:-1]:
            out[x] = "publisher"      # "(PUF)": the publisher, not a place
    return out


_NOTE_OPENING = re.compile(r"(?i)((?:paper|poster|talk|lecture) (?:presented|given|read) (?:at|to)\b)"
                           r"|unpublished\b|manuscript\b|doctoral dissertation|master'?s thesis|"
                           r"ph\.?\s?d\.? (?:thesis|dissertation)|retrieved from\b|"
                           r"trans\.|translated by\b|edited by\b|übers\.|übersetzt von\b|hrsg\. von\b|"
                           r"(?:inaugural-)?dissertation\b|diss\.|vortrag\b|habilitationsschrift\b")


@_post_rule(title=True)
def _title_tail_note(text, toks, labels, words, i, j):
    """A title run that goes on past its end into "Paper presented at
    …" (the meeting: a container), "Unpublished manuscript", "Doctoral
    dissertation" … (a note) ends before it.

    >>> t = "Markus, M. (2001). Rethinking loafing. Paper presented at the Meeting."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o"] + ["title"] * 9 + ["o"]
    >>> _title_tail_note(t, tokens(t), labs)[8:13]
    ['title', 'title', 'o', 'source', 'source']
    """
    for c in range(i + 1, j):
        if words[c] not in ".," or (len(words[c - 1]) == 1 and words[c - 1].isalpha()):
            continue
        if re.match(r"(?i)\d{1,2}(st|nd|rd|th)?\.?\s*(rev\.\s*|revised\s*|überarb\.\s*)?"
                    r"(edition|edn|ed|aufl|auflage)\b", text[toks[c + 1][0]:]):
            labels[c] = "o"         # "… Gesellschaft. 5th edition."
            for x in range(c + 1, j + 1):
                labels[x] = "edition" if words[x].isdigit() and x == c + 1 else "o"
            break
        m = _NOTE_OPENING.match(text, toks[c + 1][0])
        if not m:
            continue
        lab = "source" if m.group(1) and "source" not in labels else "note"
        labels[c] = "o"
        for x in range(c + 1, j + 1):
            labels[x] = lab
        break
    return labels


@_post_rule(title=True)
def _year_parens_before_title(text, toks, labels, words, i, j):
    """The rest of the year's parentheses ("(1997-8)", "(2007,
    forthcoming)") read as the title's start: the title starts after ")".

    >>> t = "Adam, B. (2007, forthcoming) Future Matters."
    >>> _year_parens_before_title(t, tokens(t), ["asur", "o", "agiv", "o", "o", "year", "o"] + ["title"] * 4 + ["o"])[5:]
    ['year', 'o', 'o', 'o', 'title', 'title', 'o']
    """
    close = next((c for c in range(i, min(i + 4, j)) if words[c] == ")"), None)
    if close is None or "(" in words[i:close]:
        return labels
    opening = next((o for o in range(i - 1, max(i - 6, -1), -1) if words[o] == "("), None)
    if opening is None or not any(labels[x] == "year" for x in range(opening, i)):
        return labels
    for x in range(i, close + 1):
        labels[x] = "o"
    k = close + 1
    while k <= j and not words[k][:1].isalnum() and words[k] not in _OPEN_Q:
        labels[k] = "o"
        k += 1
    return labels


@_post_rule(title=True)
def _years_span_in_title(text, toks, labels, words, i, j):
    """A span of years closing a title ("… Chilean Left, 1968–98",
    "Lebenswelt 1950–1989/90") read as a year or volume, with a year after
    the place still to come: the span is the title's.

    >>> t = "K. Hite, The Left, 1968–98, New York 2000, S. 45."
    >>> labs = ["agiv", "o", "asur", "o", "title", "title", "o", "year", "o", "volume", "o", "place", "place", "year", "o", "o", "o", "fpage", "o"]
    >>> _years_span_in_title(t, tokens(t), labs)[4:11]
    ['title', 'title', 'title', 'title', 'title', 'title', 'o']
    """
    k = j + 1
    if k < len(words) and words[k] == "," and k + 1 < len(words) and _YEAR.match(words[k + 1]):
        k += 1
    elif not (k < len(words) and (_YEAR.match(words[k]) or words[k] in "/" and words[k - 1].isdigit())):
        return labels
    e = k
    while e + 2 < len(words) and words[e + 1] in "-–—/" and words[e + 2].isdigit() \
            and toks[e + 2][0] - toks[e][1] <= 3:
        e += 2
    if words[k] in "/":
        e = k + 1 if k + 1 < len(words) and words[k + 1].isdigit() else k
    if e == k and words[k] not in "/":
        return labels
    later = [x for x in range(e + 1, len(words)) if _YEAR.match(words[x]) and labels[x] in ("year", "o")]
    if not later:
        return labels
    for x in range(j + 1, e + 1):
        labels[x] = "title"
    labels[later[0]] = "year"
    return labels


@_post_rule(title=True)
def _subtitle_read_as_publisher(text, toks, labels, words, i, j):
    """Words right after the title behind a comma or colon, read as a
    publisher but followed by the place ("… Osten. Ursache, Ereignisse,
    Folgen, Frankfurt a.M. 1985"; "… in Transition: European Perspectives,
    Bristol"): the end of the title, when no publisher word is among them.

    >>> t = "Benz, W. (1985): Die Vertreibung. Ursache, Ereignisse, Folgen, Frankfurt."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o", "title", "title", "title", "title", "o", "publisher", "o", "publisher", "o", "place", "o"]
    >>> _subtitle_read_as_publisher(t, tokens(t), labs)[8:17]
    ['title', 'title', 'title', 'title', 'title', 'title', 'title', 'title', 'o']
    """
    if j + 2 >= len(words) or words[j + 1] not in ",:" or labels[j + 2] not in ("publisher", "note") \
            or _NOTE_OPENING.match(text, toks[j + 2][0]):
        return labels
    lab = labels[j + 2]
    e = j + 2
    while e + 2 < len(words) and (labels[e + 1] == lab or
                                  words[e + 1] == "," and labels[e + 2] == lab):
        e += 1
    while e > j + 2 and words[e] == ",":
        e -= 1
    if e + 2 >= len(words) or words[e + 1] != "," or labels[e + 2] != "place":
        return labels
    ws = [w for w in words[j + 2:e + 1] if w[:1].isalpha()]
    if any(w.lower() in _PUB or (w.isupper() and len(w) > 1) for w in ws) \
            or any(w[:1].isdigit() for w in words[j + 2:e + 1]):
        return labels
    for x in range(j + 1, e + 1):
        labels[x] = "title"
    return labels


@_post_rule
def _place_at_title_end(text, toks, labels, words):
    """"Unions in a Globalized Environment. Armonk, M.E. Sharpe.": a last
    capitalised word of the title run after its full stop, followed by a
    comma and a place read by the model, is the place; that run is the
    publisher.

    >>> t = "Nissen, B. (2002): Unions. Armonk, M.E. Sharpe."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o", "title", "title", "title", "o", "place", "place", "place", "place", "place", "o"]
    >>> _place_at_title_end(t, tokens(t), labs)[9:]
    ['o', 'place', 'o', 'publisher', 'publisher', 'publisher', 'publisher', 'publisher', 'o']
    """
    first = _first_title(toks, labels)
    if first is None or "publisher" in labels:
        return labels
    i, j = first
    if j - i < 2 or words[j - 1] != "." or len(words[j - 2]) < 2 or not words[j - 2].isalpha() \
            or j + 2 >= len(words) \
            or words[j + 1] != "," or labels[j + 2] != "place":
        return labels
    w = words[j]
    if not (w[:1].isupper() and w[1:].islower() and len(w) > 2) or w.lower() in _JOURNAL:
        return labels
    labels[j - 1] = "o"
    labels[j] = "place"
    _run_becomes(labels, j + 2, "place", "publisher")
    return labels


@_post_rule
def _place_year_in_title(text, toks, labels, words):
    """The footnote style's "Title, Place Year" read into the title
    ("…durch das MfS, Magdeburg 1999."): when no year was read, a comma,
    one or two capitalised words and a year (an edition may follow it,
    "19762") closing a sentence end the title: place and year.

    >>> t = "Michael Feige, Vietnamesische Studenten, Magdeburg 1999."
    >>> _place_year_in_title(t, tokens(t), ["agiv", "asur", "o"] + ["title"] * 5 + ["o"])[3:]
    ['title', 'title', 'o', 'place', 'year', 'o']
    """
    if "year" in labels:
        return labels
    first = _first_title(toks, labels)
    if first is None:
        return labels
    i, j = first
    for y in range(i + 3, min(j + 1, len(words))):
        if not (_YEAR.match(words[y]) or _YEAR_EDITION.match(words[y])):
            continue
        nxt = words[y + 1] if y + 1 < len(words) else ""
        if nxt not in ("", ".", ",", ";"):
            continue
        p = y - 1
        while p > i and words[p][:1].isupper() and words[p].isalpha() and y - p <= 2:
            p -= 1
        if words[p] != "," or p == y - 1 or p <= i:
            continue
        for x in range(p + 1, y):
            labels[x] = "place"
        labels[p] = "o"
        labels[y] = "year"
        for x in range(y + 1, j + 1):
            labels[x] = "o" if labels[x] == "title" else labels[x]
        break
    return labels


_IMPRINT_SMALL = {"and", "of", "the", "for", "de", "la", "le", "les", "du", "des", "et", "und", "di"}


@_post_rule
def _imprint_parens_at_end(text, toks, labels, words):
    """A parenthesis that closes the entry and holds the imprint ("… Title
    (Norton).", "… Title. (Picador, New York, 2002).", "… 11–53 (Suhrkamp,
    Frankfurt a.M., 1988).") read into the title or the container: its
    parts are the publisher, the place and the year (a lone place before
    the year, or a place with its state, is the place).  The pages of a
    chapter may follow.

    >>> t = "Hutton, W. The World We Are In. (Abacus, London, 2002)."
    >>> labs = ["asur", "o", "agiv", "agiv"] + ["title"] * 8 + ["o", "place", "o", "year", "o", "o"]
    >>> _imprint_parens_at_end(t, tokens(t), labs)[9:]
    ['o', 'o', 'publisher', 'o', 'place', 'o', 'year', 'o', 'o']
    >>> t = "Erikson, E. (1963). Childhood and Society (Norton)."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o"] + ["title"] * 5 + ["o", "o"]
    >>> _imprint_parens_at_end(t, tokens(t), labs)[10:]
    ['title', 'o', 'publisher', 'o', 'o']
    >>> t = "Roe, K. Harbours (Viking, 1986)."      # a name no place the lexicon knows: the publisher
    >>> _imprint_parens_at_end(t, tokens(t), ["asur", "o", "agiv", "o", "title", "o", "place", "o", "year", "o", "o"])[6]
    'publisher'
    >>> t = "Zorn, P. Kein Asyl. (Cambridge, MA, 1986)."
    >>> labs = ["asur", "o", "agiv", "o", "title", "title", "o", "o", "place", "o", "place", "o", "year", "o", "o"]
    >>> _imprint_parens_at_end(t, tokens(t), labs)[8:13]
    ['place', 'place', 'place', 'o', 'year']
    >>> t = "Binder, S. Rule. (Cambridge University Press, Cambridge, 1999)."
    >>> labs = ["asur", "o", "agiv", "o", "title", "o", "o"] + ["title"] * 3 + ["o", "place", "o", "year", "o", "o"]
    >>> _imprint_parens_at_end(t, tokens(t), labs)[7:13]
    ['publisher', 'publisher', 'publisher', 'o', 'place', 'o']
    >>> t = "Held, M. (1998). Pause. In Die Gesellschaft (Hirzel), pp. 12–30."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o", "title", "o", "o"] + ["source"] * 5 + ["o", "o", "o", "fpage", "o", "lpage", "o"]
    >>> _imprint_parens_at_end(t, tokens(t), labs)[12:17]
    ['source', 'o', 'publisher', 'o', 'o']
    >>> t = "Kurz, G. (2011). Zugänge. In: Die Hochschule (Zugänge zur Forschung), S. 102–116."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o", "title", "o", "o", "o"] + ["source"] * 7 + ["o", "o", "o", "fpage", "o", "lpage", "o"]
    >>> _imprint_parens_at_end(t, tokens(t), labs) == labs
    True
    >>> t = "Meyer, K. (1990). Die Stadt (Hg.)."     # a mark, not an imprint
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o"] + ["title"] * 6 + ["o"]
    >>> _imprint_parens_at_end(t, tokens(t), labs) == labs
    True
    """
    e = len(words) - 1
    while e > 0 and (words[e] in ".,–-" or words[e].isdigit() and labels[e] in ("fpage", "lpage")
                     or words[e].casefold() in _PAGES):
        e -= 1      # the pages of a chapter after it: "(Hirzel), pp. 12–30."
    if e < 4 or words[e] != ")":
        return labels
    k = next((x for x in range(e - 1, 0, -1) if words[x] in "()"), None)
    if k is None or words[k] != "(" or k + 1 >= e:
        return labels
    before = k - 1
    while before > 0 and words[before] == ".":
        before -= 1
    if labels[before] not in ("title", "source", "fpage", "lpage", "volume", "issue") \
            and not (before > 0 and words[before - 1 if words[before] == "." else before].casefold()
                     in _EDS and labels[before] == "o") \
            or any(lab == "publisher" for x, lab in enumerate(labels) if not k < x < e):
        return labels
    parts: list[list[int]] = [[]]
    for x in range(k + 1, e):
        if words[x] == ",":
            parts.append([])
        else:
            parts[-1].append(x)
    year = None
    if len(parts[-1]) == 1 and _YEAR.match(words[parts[-1][0]]):
        year = parts.pop()[0]
    if not parts or len(parts) > 3 or any(not p for p in parts):
        return labels
    for p in parts:
        ws = [words[x] for x in p]
        low = {w.casefold() for w in ws}
        lead = ws[1] if len(ws) > 1 and ws[0] in _PARTICLES else ws[0]     # "de Gruyter"
        if any(any(c.isdigit() for c in w) for w in ws) or not lead[:1].isupper() \
                or low & (_TAIL_WORDS | _EDS) or _DESCRIPTOR.search(" ".join(ws)):
            return labels
        if not low & _PUB and any(w.isalpha() and len(w) > 1 and not w[:1].isupper()
                                  and w not in _IMPRINT_SMALL for w in ws):
            return labels   # "(Disziplinäre Zugänge zur Hochschulforschung)": a series, a subtitle
    elsewhere = any(labels[x] == "year" for x in range(len(labels)) if not k <= x <= e)
    if year is None and not elsewhere:
        return labels       # "(Working Group)" with no year anywhere: not sure
    head = [words[x].casefold() for x in parts[0] if words[x].isalpha() and len(words[x]) > 1]
    known = bool(head) and all(w in _PLACES for w in head)
    read_place = any(labels[x] == "place" for x in parts[0])
    if len(parts) == 1:     # "(Norton)" is a publisher, "(London, 1996)" a place
        all_place = known and read_place or year is not None and known
    else:                   # "(Cambridge, MA, 1990)" is one place
        all_place = known and all(len(p) == 1 and (words[p[0]].isupper() and len(words[p[0]]) <= 3
                                                   or words[p[0]].casefold() in _PLACES)
                                  for p in parts[1:])
    for x in range(before + 1, e + 1):
        labels[x] = "o"
    for n, p in enumerate(parts):
        lab = "place" if n > 0 or all_place else "publisher"
        for x in range(p[0], p[-1] + 1):
            labels[x] = lab
    for n in range(1 if all_place else 2, len(parts)):     # "Cambridge, MA": one place
        for x in range(parts[n - 1][-1] + 1, parts[n][0]):
            labels[x] = "place"
    if year is not None:
        labels[year] = "o" if elsewhere else "year"
    return labels


@_post_rule
def _journal_volume_in_title(text, toks, labels, words):
    """The journal and its volume (or pages) after the title's full stop,
    with the year at the end ("Title. Foreign Affairs 75, 16–37 (1996).",
    "Title. Sierra 46–54 (1999)."), read as the title's last sentence when
    no container was read: the last sentence is the journal, the number
    after it the volume, or the first page of a range.

    >>> t = "Kapstein, E. Workers and the World Economy. Foreign Affairs 75, 16–37 (1996)."
    >>> labs = ["asur", "o", "agiv", "o"] + ["title"] * 9 + ["o", "fpage", "o", "lpage", "o", "year", "o", "o"]
    >>> _journal_volume_in_title(t, tokens(t), labs)[9:14]
    ['o', 'source', 'source', 'volume', 'o']
    >>> t = "Kandiyoti, D. (1988). Bargaining with Patriarchy. Gender and Society 2, 274–90."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o"] + ["title"] * 8 + ["o", "fpage", "o", "lpage", "o"]
    >>> _journal_volume_in_title(t, tokens(t), labs)[11:17]
    ['o', 'source', 'source', 'source', 'volume', 'o']
    >>> t = "Moberg, D. Greens and Labor. Sierra 46–54 (1999)."
    >>> labs = ["asur", "o", "agiv", "o"] + ["title"] * 5 + ["volume"] * 3 + ["o", "year", "o", "o"]
    >>> _journal_volume_in_title(t, tokens(t), labs)[7:13]
    ['o', 'source', 'fpage', 'o', 'lpage', 'o']
    """
    if "source" in labels:
        return labels
    first = _first_title(toks, labels)
    if first is None:
        return labels
    i, j = first
    n = len(words)
    if words[j].isdigit() and not _YEAR.match(words[j]):
        num, send = j, j - 1
    elif j + 1 < n and words[j + 1].isdigit() and not _YEAR.match(words[j + 1]) \
            and labels[j + 1] in ("volume", "fpage", "o"):
        num, send = j + 1, j
    else:
        return labels
    d = next((x for x in range(send, i, -1) if words[x] == "."), None)
    if d is None or d - i < 2 or not words[d + 1][:1].isupper():
        return labels
    src = words[d + 1:send + 1]
    if not src or len(src) > 8 or not all(w.isalpha() or w in "&-–:" for w in src):
        return labels
    after = words[num + 1:num + 4]
    rng = len(after) >= 2 and after[0] in "-–—" and after[1].isdigit()
    vol = len(after) >= 2 and after[0] in ",:" and after[1].isdigit()
    if not (rng or vol):
        return labels
    rest = words[num + (3 if rng else 2):]
    pages = vol and num + 4 < n and words[num + 3] in "-–—" and words[num + 4].isdigit() \
        and labels[num + 2] == "fpage"
    if not pages and (not any(_YEAR.match(w) for w in rest)
                      or any(_YEAR.match(w) for w in words[:i])):
        return labels       # the year comes last in this manner, or a page range follows
    labels[d] = "o"
    for x in range(d + 1, send + 1):
        labels[x] = "source"
    if rng:
        labels[num], labels[num + 1], labels[num + 2] = "fpage", "o", "lpage"
    else:
        labels[num] = "volume"
    return labels


@_post_rule
def _bare_year_in_title(text, toks, labels, words):
    """A year standing alone between full stops at the start or the end of
    the title run ("Oltmer, J. 2005. Migration und Politik.", "von Hayek,
    F. A. 1960. The Constitution.", "Verfassung der DDR. 1976. Berlin.")
    when no year was read: it is the year, and initials before it are the
    author's.

    >>> t = "Hayek, F. A. 1960. The Constitution of Liberty. Chicago."
    >>> labs = ["asur", "o", "agiv", "agiv"] + ["title"] * 9 + ["o", "place", "o"]
    >>> _bare_year_in_title(t, tokens(t), labs)[2:10]
    ['agiv', 'agiv', 'agiv', 'agiv', 'year', 'o', 'title', 'title']
    >>> t = "Verfassung der Republik. 1976. Berlin."
    >>> _bare_year_in_title(t, tokens(t), ["title"] * 5 + ["o", "place", "o"])
    ['title', 'title', 'title', 'o', 'year', 'o', 'place', 'o']
    """
    if "year" in labels:
        return labels
    first = _first_title(toks, labels)
    if first is None:
        return labels
    i, j = first
    n = len(words)
    head = i
    while head <= j and (words[head] == "." or len(words[head]) == 1 and words[head].isupper()):
        head += 1
    if head < j and _YEAR.match(words[head]) and words[head + 1] in ".," \
            and (head == i or labels[i - 1] in ("agiv", "asur") and i > 0) \
            and (head == 0 or words[head - 1] == "."):
        for x in range(i, head):
            labels[x] = "agiv"
        labels[head], labels[head + 1] = "year", "o"
        return labels
    end = j if words[j] != "." else j - 1
    if end - 2 > i and _YEAR.match(words[end]) and words[end - 1] == "." \
            and (end + 1 >= n or words[end + 1] in ".,;"):
        labels[end - 1], labels[end] = "o", "year"
        for x in range(end + 1, j + 1):
            labels[x] = "o"
    return labels


@_post_rule
def _date_without_access_word(text, toks, labels, words):
    """A date read as an access date in an entry that names no access
    ("… Mentalities Vol. 2, No. 3, July 2013 p. 27-39.") and has no year:
    it is the date of publication.

    >>> t = "Ode, P. Awareness. Quarterly Vol. 2, July 2013, p. 27-39."
    >>> labs = ["asur", "o", "agiv", "o", "title", "o", "source", "o", "o", "volume", "o", "urldate", "urldate", "o", "o", "o", "fpage", "o", "lpage", "o"]
    >>> _date_without_access_word(t, tokens(t), labs)[11:13]
    ['o', 'year']
    """
    if "year" in labels or "urldate" not in labels:
        return labels
    if any(w.casefold() in _ACCESS | {"abruf", "aufruf", "online", "available"} for w in words):
        return labels
    years = [x for x, lab in enumerate(labels) if lab == "urldate" and _YEAR.match(words[x])]
    if len(years) != 1:
        return labels
    for x, lab in enumerate(labels):
        if lab == "urldate":
            labels[x] = "o"
    labels[years[0]] = "year"
    return labels


@_post_rule
def _publisher_before_place_at_end(text, toks, labels, words):
    """"Publisher, Place" closing the entry after the title, the publisher
    read as a second title ("… 3rd edition (WISC-III). Psychological
    Corporation, New York"): a title run that is not the first, right
    before the place that ends the entry, is the publisher.

    >>> t = "Wechsler D (1991) Scale for Children, 3rd edition. Psychological Corporation, New York"
    >>> labs = ["asur", "agiv", "o", "year", "o"] + ["title"] * 3 + ["o"] + ["note"] * 3 + ["o", "title", "title", "o", "place", "place"]
    >>> _publisher_before_place_at_end(t, tokens(t), labs)[13:]
    ['publisher', 'publisher', 'o', 'place', 'place']
    """
    if "publisher" in labels:
        return labels
    first = _first_title(toks, labels)
    if first is None:
        return labels
    e = len(words) - 1
    while e > 0 and words[e] in ".":
        e -= 1
    if labels[e] != "place":
        return labels
    p = e
    while p > 0 and labels[p - 1] == "place":
        p -= 1
    if p < 2 or words[p - 1] != "," or labels[p - 2] != "title":
        return labels
    t = p - 2
    while t > 0 and labels[t - 1] == "title":
        t -= 1
    if t <= first[1] + 1 or words[t - 1] != "." or not words[t][:1].isupper():
        return labels
    if not any(words[x].casefold() in _PLACES for x in range(p, e + 1)):
        return labels
    for x in range(t, p - 1):
        labels[x] = "publisher"
    return labels


_PARTICLES = {"van", "von", "de", "der", "den", "le", "la", "du", "da", "di", "del", "della", "des",
              "ten", "ter", "vom", "zu", "dos", "das", "st"}


@_post_rule
def _particle_before_surname(text, toks, labels, words):
    """A particle that opens an inverted name ("… and Le Couteur, A.",
    "& Van Elsuwege, P.", "and de St. Aubin, E.") read as a given name of
    the surname after it: with a comma and initials after the surname, the
    particle is the surname's.

    >>> t = "Lord, C., and Le Couteur, A. (1994). Autism."
    >>> labs = ["asur", "o", "agiv", "agiv", "o", "o", "agiv", "asur", "o", "agiv", "agiv", "o", "year", "o", "o", "title", "o"]
    >>> _particle_before_surname(t, tokens(t), labs)[6:8]
    ['asur', 'asur']
    """
    n = len(words)
    for x in range(n - 2):
        if labels[x] not in ("agiv", "egiv") or words[x].casefold() not in _PARTICLES:
            continue
        if x > 0 and words[x - 1].casefold() not in {",", "and", "&", "und", "et", ";", "/"}:
            continue
        sur = "asur" if labels[x] == "agiv" else "esur"
        giv = labels[x]
        y = x + 1
        while y < n and (labels[y] == giv and (words[y].casefold() in _PARTICLES or words[y] == ".")):
            y += 1
        if y >= n or labels[y] != sur:
            continue
        z = y
        while z + 1 < n and labels[z + 1] == sur:
            z += 1
        if not (z + 2 < n and words[z + 1] == "," and labels[z + 2] == giv
                and words[z + 2][:1].isupper()):
            continue
        for k in range(x, y):
            labels[k] = sur
    return labels


@_post_rule
def _in_container_eds_parens(text, toks, labels, words):
    """A chapter in the manner of Nature ("Title. in Book (eds. Friedland,
    R. & Robertson, A. F.) 53–87 (Publisher, 1990).", German "(Hrsg.
    Krohn, C.-D.)"): the title ends before "in", the container runs to the
    parenthesis, the inverted names after "eds." are the editors and a
    range after it the pages.

    >>> t = "Frank, R. Choice. in Beyond the Market (eds. Friedland, R. & Robertson, A. F.) 53–87 (Gruyter, 1990)."
    >>> labs = _in_container_eds_parens(t, tokens(t), ["asur", "o", "agiv", "o"] + ["title"] * 6 + ["o"] * 26)
    >>> labs[4:10], labs[10:15]
    (['title', 'o', 'o', 'source', 'source', 'source'], ['o', 'o', 'o', 'esur', 'o'])
    >>> labs[15:25], labs[25:29]
    (['egiv', 'egiv', 'o', 'esur', 'o', 'egiv', 'egiv', 'egiv', 'egiv', 'o'], ['fpage', 'o', 'lpage', 'o'])

    The Royal Society's manner, "In" and the initials first:

    >>> t = "Lewin K. 1942 Morale. In Civilian Morale (ed G Watson), Boston: Houghton."
    >>> labs = _in_container_eds_parens(t, tokens(t), ["asur", "agiv", "o", "year", "title", "o", "o", "egiv", "esur"] + ["o"] * 10)
    >>> labs[6:13]
    ['o', 'source', 'source', 'o', 'o', 'egiv', 'esur']
    """
    n = len(words)
    x = next((i for i in range(2, n - 3) if words[i] in ("in", "In") and words[i - 1] == "."
              and words[i + 1][:1].isupper()), None)
    if x is None:
        return labels
    o = next((i for i in range(x + 2, n - 3) if words[i] == "(" and words[i + 1].casefold() in _EDS), None)
    close = next((c for c in range(o, n) if words[c] == ")"), n) if o is not None else n
    if o is not None and any(labels[y] == "source" for y in range(close, min(n, close + 3))) \
            and not any(labels[y] == "source" for y in range(o, close)):
        return labels       # a container read right after the editors' parenthesis
    if o is None:
        return labels
    c = next((i for i in range(o, n) if words[i] == ")"), None)
    if c is None or "(" in words[o + 1:c]:
        return labels
    inner = list(range(o + 2, c))
    while inner and words[inner[0]] == ".":
        inner.pop(0)
    # inverted names: Surname, I. (& | , | and) …
    names: list[tuple[str, int]] = []
    for i in inner:
        w = words[i]
        if w in ",&" or w.casefold() in ("and", "und"):
            names.append(("o", i))
        elif w in ("St", "Ste") and i + 2 < c and words[i + 1] == "." and words[i + 2][:1].isupper() \
                or w == "." and i > 0 and words[i - 1] in ("St", "Ste"):
            names.append(("esur", i))       # "E de St. Aubin"
        elif w in ".-‐" or _initials_token(w) or re.fullmatch(r"[A-Z]-[A-Z]", w):
            names.append(("egiv", i))
        elif w[:1].isupper() and i + 1 < c and words[i + 1] == ",":
            names.append(("esur", i))
        elif w[:1].isupper() and i + 1 < c and words[i + 1] != "," and w.isalpha():
            names.append(("esur", i))       # a particle or a two-word surname goes on
        elif w[:1].isupper() and i + 1 == c and w.replace("-", "").isalpha() \
                and names and (names[-1][0] == "egiv" or words[i - 1] == "." and words[i - 2] in ("St", "Ste")):
            names.append(("esur", i))       # "(ed G Watson)": the initials first
        elif w.lower() in _SURNAME_PARTICLES and i + 1 < c and words[i + 1][:1].isupper():
            names.append(("esur", i))       # "(eds DP McAdams, E de St. Aubin)"
        else:
            return labels
    if not any(lab == "esur" for lab, _ in names):
        return labels
    for i in range(x - 1, o):
        labels[i] = "o"
    for i in range(x + 1, o):
        labels[i] = "source"
    for i in range(o - 1, x, -1):       # "Book. (eds. …)": the stop is no part of it
        if words[i] not in ".,":
            break
        labels[i] = "o"
    for i in range(o, c + 1):
        labels[i] = "o"
    for lab, i in names:
        labels[i] = lab
    if c + 3 < n and words[c + 1].isdigit() and words[c + 2] in "-–—" and words[c + 3].isdigit():
        labels[c + 1], labels[c + 2], labels[c + 3] = "fpage", "o", "lpage"
    return labels


@_post_rule
def _in_opens_container(text, toks, labels, words):
    """The mark "in" (after a page locator: "Pp. 7–43 in", "P. in") read as
    the container's first word: it is no part of the container.

    >>> t = "Harkins, S. 2001. “Effects.” Pp. 271–92 in Social Influence, edited by K. Williams."
    >>> labs = ["asur", "o", "agiv", "o", "year", "o", "o", "title", "o", "o", "o", "o", "fpage", "o", "lpage", "source", "source", "source", "o", "o", "o", "egiv", "o", "esur", "o"]
    >>> _in_opens_container(t, tokens(t), labs)[15:18]
    ['o', 'source', 'source']
    """
    for lab, i, j in _runs(toks, labels):
        if lab != "source" or j - i < 2:
            continue
        k = i
        if words[k].casefold() in _PAGES and k + 1 < j and words[k + 1] == ".":
            k += 2
        if words[k] in ("in", "In") and k < j and (words[k + 1][:1].isupper() or words[k + 1] in _OPEN_Q
                                                   or words[k + 1][:1].isalpha() and k > i):
            for x in range(i, k + 1):
                labels[x] = "o"
    return labels


@_post_rule(title=True)
def _title_after_pages_in(text, toks, labels, words, i, j):
    """A second title run opened by "in" right after a page range ("“Title.”
    Pp. 31–44 in Book.", "„Titel“. S. 355–78 in Jahrbuch 2004.") is the
    container, when none was read; the mark "in" is no part of it.

    >>> t = "Held, M. 1998. “Pauselose Beschleunigung.” Pp. 31–44 in Die Gesellschaft. Hirzel."
    >>> labs = ["asur", "o", "agiv", "o", "year", "o", "o", "title", "title", "o", "o", "o", "o", "fpage", "title", "lpage", "title", "title", "title", "o", "publisher", "o"]
    >>> _title_after_pages_in(t, tokens(t), labs)[13:19]
    ['fpage', 'o', 'lpage', 'o', 'source', 'source']
    """
    if "source" in labels:
        return labels
    n = len(words)
    for x in range(j + 1, n - 1):
        if words[x] not in ("in", "In") or labels[x - 1] != "lpage" \
                or labels[x + 1] != "title" and not (labels[x] == "title" and words[x + 1][:1].isupper()):
            continue
        if not (words[x + 1][:1].isupper() or words[x + 1] in _OPEN_Q):
            return labels
        out = list(labels)
        for y in range(i, x):
            if out[y] == "title" and y > j and not any(c.isalpha() for c in words[y]):
                out[y] = "o"        # a dash of the range read as title
        out[x] = "o"
        y = x + 1
        while y < n and labels[y] == "title":
            out[y] = "source"
            y += 1
        return out
    return labels


@_post_rule(title=True)
def _lower_in_ends_title(text, toks, labels, words, i, j):
    """A chapter in the manner of Nature ("Title. in Book (eds …) 1–18
    (Publisher, 1998).") whose book was read into the title, with no
    container read: the title ends at ". in" (lower case: a sentence of a
    title does not open so) and the rest of the run is the container.

    >>> t = "Held, M. Pauselose Beschleunigung. in Die Gesellschaft 31–44 (Hirzel, 1998)."
    >>> labs = ["asur", "o", "agiv", "o"] + ["title"] * 6 + ["fpage", "o", "lpage", "o", "publisher", "o", "year", "o", "o"]
    >>> _lower_in_ends_title(t, tokens(t), labs)[4:10]
    ['title', 'title', 'o', 'o', 'source', 'source']
    """
    if "source" in labels:
        return labels
    x = next((x for x in range(i + 2, j - 1) if words[x] == "in" and words[x - 1] == "."
              and (words[x + 1][:1].isupper() or words[x + 1] in _OPEN_Q)), None)
    if x is None:
        return labels
    labels[x - 1] = labels[x] = "o"
    for y in range(x + 1, j + 1):
        labels[y] = "source"
    return labels


@_post_rule(title=True)
def _in_container_before_editors(text, toks, labels, words, i, j):
    """A chapter in the manner of Cell ("Title. In Book, G. Watson, ed.
    (Publisher).") whose book was read into the title: when editors and
    their mark follow the title run, the title ends at ". In" and the rest
    of the run is the container.

    >>> t = "Lewin, K. (1942). Time and Morale. In Civilian Morale, G. Watson, ed. (Houghton)."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o"] + ["title"] * 7 + ["o", "egiv", "o", "esur", "o", "o", "o", "o", "place", "o", "o"]
    >>> _in_container_before_editors(t, tokens(t), labs)[8:16]
    ['title', 'title', 'title', 'o', 'o', 'source', 'source', 'o']
    """
    n = len(words)
    x = next((x for x in range(i + 2, j) if words[x] == "In" and words[x - 1] == "."
              and (words[x + 1][:1].isupper() or words[x + 1] in _OPEN_Q)), None)
    if x is None or j + 2 >= n or words[j + 1] != "," or labels[j + 2] not in ("egiv", "esur"):
        return labels
    m = next((m for m in range(j + 2, min(n, j + 16)) if words[m].casefold() in _EDS), None)
    if m is None or any(labels[y] not in ("egiv", "esur", "o") for y in range(j + 2, m)):
        return labels
    labels[x - 1] = labels[x] = "o"
    for y in range(x + 1, j + 1):
        labels[y] = "source"
    return labels


@_post_rule
def _volume_at_source_end(text, toks, labels, words):
    """A number closing the journal's run, before the pages ("Ethics
    105:468–96", "Journal of Disease 122, 375–80 (1955)"), when no volume was
    read: it is the volume.

    >>> t = "Macedo, S. 1995. “Civic Education.” Ethics 105:468–96."
    >>> labs = ["asur", "o", "agiv", "o", "year", "o", "o", "title", "title", "o", "o", "source", "source", "o", "fpage", "o", "lpage", "o"]
    >>> _volume_at_source_end(t, tokens(t), labs)[11:15]
    ['source', 'volume', 'o', 'fpage']
    >>> t = "Feifel, H.: Attitudes, in: Journal of Disease 122, 1955, pp. 375–80."
    >>> labs = ["asur", "o", "agiv", "agiv", "o", "title", "o", "o", "o"] + ["source"] * 4 + ["o", "year", "o", "o", "o", "fpage", "o", "lpage", "o"]
    >>> _volume_at_source_end(t, tokens(t), labs)[11:15]
    ['source', 'volume', 'o', 'year']
    """
    if "volume" in labels:
        return labels
    n = len(words)
    for lab, i, j in _runs(toks, labels):
        if lab != "source" or j - i < 1 or not words[j].isdigit() or _YEAR.match(words[j]) \
                or not words[j - 1][:1].isalpha():
            continue
        if j + 2 < n and words[j + 1] in ",:" and words[j + 2].isdigit() \
                and labels[j + 2] in ("fpage", "o", "lpage", "issue", "volume"):
            labels[j] = "volume"
            if labels[j + 2] == "o":
                labels[j + 2] = "fpage"
        elif j + 2 < n and words[j + 1] == "," and labels[j + 2] == "year" \
                and any(labels[y] == "fpage" for y in range(j + 2, n)):
            labels[j] = "volume"    # "in: Psychol Bull 101, 1987, pp. 213–32" (infoclio)
        break
    return labels


@_post_rule
def _place_at_end(text, toks, labels, words):
    """A book's place closing the entry after a comma ("…, Baden-Baden.",
    "…, Paderborn u.a.") that the model left unlabelled or read as a note:
    one to three capitalised words, one of them a known place or followed
    by "u. a.", when no place was read elsewhere.

    >>> t = "Klingemann, C. (1996), Soziologie im Dritten Reich, Baden-Baden."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o"] + ["title"] * 4 + ["o", "o", "o"]
    >>> _place_at_end(t, tokens(t), labs)[-3:]
    ['o', 'place', 'o']
    """
    if "place" in labels or "title" not in labels:
        return labels
    end = len(words) - 1
    while end >= 0 and words[end] in ".;)":
        end -= 1
    if end > 0 and _YEAR.match(words[end]) and labels[end] == "year":
        end -= 1    # "…, Berlin 1991."
    comma = next((c for c in range(end, max(end - 10, 0), -1) if words[c] == ","), None)
    if comma is None or comma >= end or not all(labels[x] in ("o", "note")
                                                for x in range(comma + 1, end + 1)):
        return labels
    seg = text[toks[comma + 1][0]:toks[end][1]]
    m = re.fullmatch(r"((?:[A-ZÄÖÜ][\w'’\-]+)(?:[ /](?:[A-ZÄÖÜ][\w'’\-]+)){0,2})"
                     r"(\s*u\.\s?a\.?)?\.?", seg + ("." if words[end + 1:end + 2] == ["."] else ""))
    if not m:
        return labels
    place_words = {p for w in re.split(r"[ /\-]", m.group(1)) for p in [w.lower()]}
    if not m.group(2) and not place_words & _PLACES:
        return labels
    last = end + 1 if m.group(2) and words[end + 1:end + 2] == ["."] else end
    for x in range(comma + 1, last + 1):
        labels[x] = "place"
    return labels


_NAME_PART = re.compile(r"(?:[A-ZÀ-Þ][\w\-]*\.?\s){1,3}[A-ZÀ-Þ][\w\-]+")


@_post_rule(title=True)
def _name_list_read_as_title(text, toks, labels, words, i, j):
    """"Dierk Hoffmann/Marita Krauss/Michael Schwartz (Hg.), Vertriebene
    …": a title run opening the entry that is only given-first names
    parted by slashes, right before further names, is names; the book after
    them (read as a container) is then the title.

    >>> t = "Dierk Hoffmann/Marita Krauss/Michael Schwartz (Hg.), Vertriebene, München 2000."
    >>> labs = ["title"] * 6 + ["egiv", "esur", "o", "o", "o", "o", "o", "source", "o", "place", "year", "o"]
    >>> _name_list_read_as_title(t, tokens(t), labs)[:8] + _name_list_read_as_title(t, tokens(t), labs)[13:14]
    ['egiv', 'esur', 'o', 'egiv', 'esur', 'o', 'egiv', 'esur', 'title']
    """
    if any(w[:1].isalpha() for w in words[:i]) or j + 1 >= len(words):
        return labels
    nxt = next((x for x in range(j + 1, len(words)) if labels[x] != "o" or words[x][:1].isalpha()), None)
    if nxt is None or labels[nxt] not in _NAME_LABELS:
        return labels
    span = text[toks[i][0]:toks[j][1]].rstrip("/ ")
    parts = span.split("/")
    if not all(_NAME_PART.fullmatch(p.strip()) for p in parts):
        return labels
    role = labels[nxt][0]
    for x in range(i, j + 1):
        if words[x] == "/":
            labels[x] = "o"
        elif x == j or words[x + 1] == "/":
            labels[x] = role + "sur"
        else:
            labels[x] = role + "giv"
    if "title" not in labels:
        src = next(((a, b) for lab, a, b in _runs(toks, labels) if lab == "source"), None)
        if src:
            for x in range(src[0], src[1] + 1):
                labels[x] = "title"
    return labels


@_post_rule
def _quoted_after_year(text, toks, labels, words):
    """A quotation right after the names and the year ("Meyer, K.
    (1970), »Funktionsgesellschaft, Teil A: …«, in: …") is the title,
    whatever the model read in it (a name, nothing).

    >>> t = "Meyer, K. (1970), »Humanökologie«, in: X."
    >>> _quoted_after_year(t, tokens(t), ["asur", "o", "agiv", "o", "o", "year", "o", "o", "o", "asur", "o", "o", "o", "o", "source", "o"])[9]
    'title'
    """
    y = next((x for x, lab in enumerate(labels) if lab == "year"), None)
    if y is None:
        return labels
    q = y + 1
    while q < len(words) and (labels[q] == "year" or words[q] in ").,:;" and labels[q] == "o"):
        q += 1
    if q >= len(words) or words[q] not in _PAIR_Q or words[q] in ("'", "\""):
        return labels
    c = next((c for c in range(q + 2, min(q + 60, len(words))) if words[c] == _PAIR_Q[words[q]]
              and (c + 1 == len(words) or words[c + 1] in ".,:;")), None)
    if c is None or any(lab in ("title", "year") for lab in labels[c + 1:c + 2]):
        return labels
    inner = range(q + 1, c)
    if "title" in labels[:q] or not any(labels[x] != "title" for x in inner):
        return labels
    if any(labels[x] not in _NAME_LABELS + ("o", "title", "place", "publisher", "note") for x in inner):
        return labels
    for x in inner:
        labels[x] = "title"
    return labels


@_post_rule
def _head_ends_at_comma(text, toks, labels, words):
    """Names written given names first ("Christoph Kleßmann, Zwei
    Staaten, eine Nation."): the comma after them ends the names, so
    capitalised words after it that the model read as a name are the
    title's opening, unless the first is a known given name (a further
    author, "Rainer Münz, Rainer Ohliger, …").

    >>> t = "Edith Pichler, Pioniere, Rebellen: Italiener in Berlin. In: X."
    >>> labs = ["agiv", "asur", "o", "asur", "o", "asur", "o"] + ["title"] * 4 + ["o"] * 5
    >>> _head_ends_at_comma(t, tokens(t), labs)[:7]
    ['agiv', 'asur', 'o', 'title', 'title', 'title', 'title']
    """
    start = 0
    while start < len(words) and (words[start].isdigit() or words[start] in ".)[]"):
        start += 1
    comma = next((c for c in range(start, len(words)) if words[c] == ","), None)
    if comma is None or comma + 1 >= len(words) or comma - start < 2:
        return labels
    head = range(start, comma)
    middle_initial = any(len(words[x]) == 1 and words[x].isupper() and words[x + 1] == "."
                         for x in range(start + 1, comma - 2))
    if not (labels[start] in ("agiv", "egiv") or middle_initial and words[start][1:].islower()) \
            or labels[comma - 1] not in ("asur", "esur"):
        return labels
    if not all(labels[x] in _NAME_LABELS or words[x] in (".", "/", "-") or
               words[x].lower() in _SEP_WORDS for x in head):
        return labels
    nxt = words[comma + 1]
    if labels[comma + 1] not in _NAME_LABELS or len(nxt) < 2 or not nxt[:1].isupper() \
            or nxt.lower() in _given_names() or nxt.lower() in ("ders", "dies", "dies.", "ders."):
        return labels
    end = next((x for x in range(comma + 1, len(words)) if labels[x] in ("title", "year", "source")
                or words[x] in ("(", ";") or words[x].lower() in ("in", "hg", "hrsg", "ed", "eds")),
               None)
    if end is None or labels[end] != "title":
        return labels
    for x in range(comma + 1, end):
        labels[x] = "title"
    return labels


_EDITION_WORDS = re.compile(r"(?i)^(aufl|auflage|ed|edn|edition|éd|überarb|erw|rev)")
_TAIL_WORDS = {"diss", "dissertation", "habil", "habilitation", "thesis", "phd", "hrsg", "hg",
               "ed", "eds", "mimeo", "unpublished", "unveröffentlicht", "forthcoming",
               "im", "in", "unter", "mit", "with", "trans", "translated", "übers", "übersetzt"} \
    | _PAGES | _VOL | _NUM


@_post_rule
def _locator_word_ends(text, toks, labels, words):
    """A locator word closing a container ("Schriftenreihe … Band",
    "… Vols") is no part of it; a container that is only one is none.

    >>> t = "Granel, M. (1980): Title. Schriftenreihe Arbeit Band 14."
    >>> _locator_word_ends(t, tokens(t), ["asur", "o", "agiv", "o", "o", "year", "o", "o", "title", "o", "source", "source", "source", "volume", "o"])[12]
    'o'
    """
    for lab, i, j in _runs(toks, labels):
        if lab != "source":
            continue
        # a date closing it (", 18 June 1999") is no part of it
        m = re.search(r",\s*(\d{1,2}\.?\s+)?[A-Za-zä]+\.?\s+\d{4}\s*$", text[toks[i][0]:toks[j][1]])
        if m and re.search(r"[A-Za-zä]+", m.group()).group().lower() in _MONTHS:
            start = toks[i][0] + m.start()
            for x in range(i, j + 1):
                if toks[x][0] >= start:
                    labels[x] = "o"
            continue
        # a month (or two) closing it (", January/February") is the issue's date
        m = re.search(r",\s*([A-Za-zä]+)(\s*/\s*[A-Za-zä]+)?[.:]?\s*$", text[toks[i][0]:toks[j][1]])
        if m and all(w.lower() in _MONTHS - {"spring", "summer", "autumn", "fall", "winter"}
                     for w in re.findall(r"[A-Za-zä]+", m.group())):
            start = toks[i][0] + m.start()
            for x in range(i, j + 1):
                if toks[x][0] >= start:
                    labels[x] = "o"
            continue
        k = j - 1 if words[j] == "." and j > i else j
        if words[k].lower() in _VOL:
            for x in range(k, j + 1):
                labels[x] = "o"
    return labels


@_post_rule
def _paren_tail(text, toks, labels, words):
    """A title or container run that ends in an unclosed parenthesis
    opening a locator, an edition or a note ("… Empirie (2. Aufl", "…
    Hochschule (S", "… Wissenschaft (Dissertation") ends before it: the
    parenthesis is no part of the field (an edition number in it is the
    edition).

    >>> t = "Wilz, S. (2008). Handbuch (2. Aufl.) (S. 505–511). Wiesbaden: VS."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o"] + ["source"] * 5 + ["o"] * 10
    >>> _paren_tail(t, tokens(t), labs)[8:13]
    ['source', 'o', 'edition', 'o', 'o']
    """
    for lab, i, j in _runs(toks, labels):
        if lab not in ("title", "source"):
            continue
        k = next((k for k in range(j, i, -1) if words[k] == "("), None)
        if k is None:
            continue
        close = next((c for c in range(k, j + 1) if words[c] == ")"), None)
        if close is not None and any(w not in ".)" for w in words[close:j + 1]):
            continue        # a parenthesis inside the field
        tail = words[k + 1:close if close is not None else j + 1]
        low = [w.casefold() for w in tail if w != "."]
        edition = len(low) >= 2 and low[0].isdigit() and _EDITION_WORDS.match(low[1])
        if low and not edition and low[0] not in _TAIL_WORDS:
            continue
        for x in range(k, j + 1):
            labels[x] = "edition" if edition and x == k + 1 else "o"
    return labels


@_post_rule
def _vancouver_source(text, toks, labels, words):
    """Vancouver's "Title. Journal. 2017;29(4):210-8": when no container
    was read and the year is followed by ";volume", the last sentence of
    the title run is the journal.

    >>> t = "Lee K. Sleep at work. Occup Health Rev. 2017;29(4):210-8."
    >>> labs = _vancouver_source(t, tokens(t), ["asur", "agiv", "o"] + ["title"] * 8 + ["o", "year", "o", "volume", "o", "issue", "o", "o", "fpage", "o", "lpage", "o"])
    >>> labs[7:11]
    ['source', 'source', 'source', 'o']
    """
    if "source" in labels or not re.search(r"[.\s]\s*(1[5-9]|20)\d\d[a-z]?\s*;\s*\d", text):
        return labels
    first = _first_title(toks, labels)
    if first is None:
        return labels
    i, j = first
    if words[j] == ".":
        labels[j] = "o"
        j -= 1
    dots = [k for k in range(i + 1, j) if words[k] == "." and len(words[k - 1]) > 1
            and words[k + 1][:1].isupper()]
    if dots:
        labels[dots[-1]] = "o"
        for k in range(dots[-1] + 1, j + 1):
            labels[k] = "source"
    return labels


_SMALL_WORDS = {"of", "and", "for", "the", "in", "on", "&", "und", "für", "der", "die", "des",
                "de", "la", "et", "du", "des", "zur", "zum", "a"}


@_post_rule
def _journal_after_title(text, toks, labels, words):
    """"Title. European Journal of X, Vol. 2": when no container was read
    and the title run ends in a sentence of capitalised words holding a
    journal word ("Journal", "Review", "Quarterly" …) right before a
    volume, an issue, pages or a year, that sentence is the journal.

    >>> t = "Lee, K. Voting. Journal of Democracy, Vol. 18, 2007."
    >>> labs = ["asur", "o", "agiv", "o"] + ["title"] * 5 + ["o", "o", "o", "volume", "o", "year", "o"]
    >>> _journal_after_title(t, tokens(t), labs)[4:10]
    ['title', 'o', 'source', 'source', 'source', 'o']

    Without a journal word, an article's locator ("6(1), 35–54") after a
    short capitalised last sentence makes it the journal too:

    >>> t = "Boyd, J. (1997). Constructing Time after Death. Time and Society, 6(1), 35–54."
    >>> labs = (["asur", "o", "agiv", "o", "o", "year", "o", "o"] + ["title"] * 8
    ...         + ["o", "volume", "o", "issue", "o", "o", "fpage", "o", "lpage", "o"])
    >>> [w for w, lab in zip([t[a:b] for a, b in tokens(t)], _journal_after_title(
    ...     t, tokens(t), labs)) if lab == "source"]
    ['Time', 'and', 'Society']
    """
    if "source" in labels:
        return labels
    first = _first_title(toks, labels)
    if first is None:
        return labels
    i, j = first
    # what follows the title run: a locator or a year
    k = j + 1
    while k < len(words) and labels[k] == "o" and not words[k][:1].isalnum():
        k += 1
    follows = k < len(words) and (labels[k] in ("volume", "issue", "fpage", "year")
                                  or words[k].lower() in _VOL | _NUM)
    # an article's locator: "34(3), 350–366", "12(3)", "34, 350–66", "34: 350"
    article = k + 2 < len(words) and labels[k] == "volume" and words[k - 1] == "," and (
        words[k + 1] == "(" and labels[k + 2] == "issue"
        or words[k + 1] in ",:" and labels[k + 2] == "fpage")
    # trailing locator words the model put in the title ("… EQPAM Vol")
    while j > i and words[j].lower() in _VOL | _NUM | {"."}:
        j -= 1
        follows = True
    if not follows:
        return labels
    cuts = [c for c in range(i + 1, j) if words[c] in ".,?!" and (len(words[c - 1]) > 1 or
                                                               words[c - 1] in "])?") and words[c + 1][:1].isupper()]
    if not cuts:
        return labels
    c = cuts[-1]
    tail = [w for w in words[c + 1:j + 1] if w.isalpha()]
    if not tail or len(tail) > 10 \
            or not all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in tail):
        return labels
    if not any(w.lower() in _JOURNAL for w in tail) and not (
            words[c] in ".?!" and len(tail) <= 6 and (_sentence_case(words[i:c]) or article)):
        return labels
    if words[c] in ".,":
        labels[c] = "o"
    for x in range(c + 1, j + 1):
        labels[x] = "source"
    for x in range(j + 1, first[1] + 1):
        labels[x] = "o"
    return labels


def _sentence_case(ws: list[str]) -> bool:
    """Whether words read as a title in sentence case: after the first
    word (and the first after a colon or full stop) most are lower case.

    >>> _sentence_case("Group sex composition and member motivation".split())
    True
    >>> _sentence_case("The Rivers of Europe".split())
    False
    """
    lower = upper = 0
    for k, w in enumerate(ws):
        if not w.isalpha() or k == 0 or ws[k - 1] in (".", ":", "?", "[", "(") \
                or w.lower() in _SMALL_WORDS:
            continue
        if w[:1].islower():
            lower += 1
        else:
            upper += 1
    return lower >= 2 and lower > 2 * upper


@_post_rule
def _place_publisher(text, toks, labels, words):
    """A place run that holds "Place: Publisher" is both (when no publisher
    was read); a "place" that is only a month or season is none.

    >>> t = "Sutter, J. (1983) L'anticipation. Paris: PUF."
    >>> _place_publisher(t, tokens(t), ["asur", "o", "agiv", "o", "o", "year", "o", "title", "o", "place", "place", "place", "o"])[9:12]
    ['place', 'o', 'publisher']
    """
    for x in range(len(words) - 1):
        # "Frankfurt a.M.", "Freiburg i.Br.", "Halle a. d. Saale": the river is the place's
        if labels[x] == "place" and labels[x + 1] != "place":
            m = re.match(r"\s*(a\.\s?M\.|i\.\s?Br\.|a\.\s?d\.\s?[A-Z]\w+|am Main|u\.\s?a\.?)",
                         text[toks[x][1]:])
            if m:
                stop = toks[x][1] + m.end()
                y = x + 1
                while y < len(words) and toks[y][1] <= stop:
                    labels[y] = "place"
                    y += 1
    # "Washington D. C.: Carnegie Endowment" read as one publisher: place, publisher
    if "place" not in labels:
        for lab, i, j in _runs(toks, labels):
            colon = next((c for c in range(i + 1, min(j, i + 7)) if words[c] == ":"), None)
            if lab == "publisher" and colon is not None \
                    and any(w.lower() in _PLACES for w in words[i:colon]):
                for x in range(i, colon):
                    labels[x] = "place"
                labels[colon] = "o"
                break
    # a lone place read as a publisher, closing the entry after a comma ("…), Prag.")
    if "place" not in labels:
        runs = [(i, j) for lab, i, j in _runs(toks, labels) if lab == "publisher"]
        if len(runs) == 1 and runs[0][0] == runs[0][1] and words[runs[0][0]].lower() in _PLACES \
                and all(not w[:1].isalnum() for w in words[runs[0][1] + 1:]):
            labels[runs[0][0]] = "place"
    for x in range(1, len(words) - 1):
        if words[x] == "," and labels[x - 1] == labels[x + 1] == "place":
            labels[x] = "place"     # one run, split below when it is two fields
        if words[x] == "," and labels[x - 1] == "place" and words[x + 1].lower() in _COUNTRIES \
                and labels[x + 1] in ("publisher", "o", "note"):
            labels[x] = labels[x + 1] = "place"     # "Brussels, Belgium"
            continue
        if words[x] == "," and labels[x - 1] == "place" and labels[x + 1] != "place":
            # "Washington, D.C.", "Ithaca, NY": the state after the place
            m = re.match(r"\s*([A-Z]\.\s?[A-Z]\.|[A-Z]{2}\b)(?!\s*[A-Z][a-z])", text[toks[x][1]:])
            if m:
                stop = toks[x][1] + m.end()
                y = x + 1
                while y < len(words) and toks[y][1] <= stop:
                    labels[y] = "place"
                    y += 1
                labels[x] = "place"
    for x in range(1, len(words) - 2):
        # "New York, St. Martin’s": a saint's name opens the publisher
        if words[x] in ("St", "Ste", "San") and labels[x] == "place" and words[x - 1] == "," \
                and labels[x - 2:x - 1] == ["place"] and words[x + 1] == "." \
                and labels[x + 2] == "publisher":
            labels[x - 1] = "o"
            labels[x] = labels[x + 1] = "publisher"
    for lab, i, j in _runs(toks, labels):
        if lab != "place":
            continue
        if all(w.lower() in _MONTHS or not w.isalpha() for w in words[i:j + 1]):
            for x in range(i, j + 1):
                labels[x] = "o"
            continue
        # a sentence before the place ("Trans. F. Vezin. Paris"), a month
        # after it ("Tampere, Finland, May"): no place
        cuts = [c for c in range(i + 1, j) if words[c] == "." and len(words[c - 1]) > 2
                and words[c + 1][:1].isupper()] \
            if words[i].lower() in ("trans", "transl", "translated", "übers", "hrsg", "ed", "eds") \
            else []
        if cuts:
            for x in range(i, cuts[-1] + 1):
                labels[x] = "o"
            i = cuts[-1] + 1
        while j > i and (words[j].lower() in _MONTHS or words[j] in ",/") \
                and any(w.lower() in _MONTHS for w in words[i:j + 1]):
            labels[j] = "o"
            j -= 1
        # an edition before the place ("5. Auflage Baden-Baden"), "o. J."
        # (no year) after it: neither is the place
        k = i
        while k < j and (words[k].isdigit() or words[k] == "." or
                         _EDITION_WORDS.match(words[k].casefold())):
            k += 1
        if k > i and _EDITION_WORDS.match(words[k - 1].casefold() if words[k - 1] != "." else
                                          words[k - 2].casefold() if k - 2 >= i else ""):
            for x in range(i, k):
                labels[x] = "edition" if words[x].isdigit() else "o"
            i = k
        nd = j - 3 if words[j] == "." else j - 2
        if nd > i and re.fullmatch(r"(?i)o\.\s?J\.?|n\.\s?d\.?|s\.\s?d\.?",
                                   text[toks[nd][0]:toks[j][1]]):
            for x in range(nd, j + 1):
                labels[x] = "o"
        colon = next((c for c in range(i + 1, j) if words[c] == ":"), None)
        if colon is not None and "publisher" not in labels and words[colon + 1][:1].isupper():
            labels[colon] = "o"
            for x in range(colon + 1, j + 1):
                labels[x] = "publisher"
            continue
        # "Paris, Gallimard" / "WHO, Geneva": a known place on one side of
        # the comma only; the other side is the publisher
        comma = next((c for c in range(i + 1, j) if words[c] == ","), None)
        if comma is None or "publisher" in labels or not words[comma + 1][:1].isupper() \
                or re.fullmatch(r"\s*([A-Z]\.\s?[A-Z]\.?|[A-Z]{2})",
                                text[toks[comma][1]:toks[j][1]]):
            continue
        known = [any(w.lower() in _PLACES and w.lower() != "st" for p in words[a:b + 1]
                     for w in re.split(r"[-/]", p))
                 for a, b in ((i, comma - 1), (comma + 1, j))]
        if known[0] == known[1] or all(w.lower() in _COUNTRIES or not w[:1].isalpha()
                                       for w in words[comma + 1:j + 1]):
            continue
        other = words[comma + 1:j + 1] if known[0] else words[i:comma]
        if any(w.isdigit() for w in other):
            continue
        if not any(len(w) >= 3 and w.isalpha() for w in other):
            # "…, A–H, Hannover": a mark or letters before the place, no publisher
            for x in range(i, j + 1):
                labels[x] = "place" if known[x > comma] and x != comma else "o"
            continue
        # a thesis or a talk is no publisher
        note = bool(re.match(r"(?i)(diss|habil|ph\.?\s?d|thesis|vortrag|typoskript|manuskript|"
                             r"mimeo|unver|lecture|paper)", other[0]))
        labels[comma] = "o"
        for x in range(i, j + 1):
            if x != comma:
                labels[x] = "place" if known[x > comma] else "note" if note else "publisher"
    return labels


_INNER_Q = {"›": "‹", "‹": "›", "‚": "‘", "‘": "’", "'": "'"}


@_post_rule
def _quote_opens_title(text, toks, labels, words):
    """A title that opens with a quoted phrase ("»›Volk‹. Studien«") keeps
    its opening mark when the closing one is inside the title.

    >>> t = "Mai, U. (2006), »›Volk‹. Studien«, in: X."
    >>> _quote_opens_title(t, tokens(t), ["asur", "o", "agiv", "agiv", "o", "year", "o", "o", "o", "o", "title", "title", "title", "title", "o", "o", "o", "o", "source", "o"])[9]
    'title'
    """
    for lab, i, j in _runs(toks, labels):
        if lab != "title":
            continue
        pairs = {**_PAIR_Q, **_INNER_Q}
        if i > 0 and words[i - 1] in pairs and pairs[words[i - 1]] in words[i:j + 1] \
                and toks[i - 1][1] == toks[i][0] and labels[i - 1] == "o":
            labels[i - 1] = "title"
        break
    return labels


@_post_rule
def _series_in_title(text, toks, labels, words):
    """German "(=Series 12)" after a title names the series the book is in
    (the container) and its number: not part of the title.

    >>> t = "Venn, M. (2000), Die Planung (=Arbeitsmaterial der ARL 258), Hannover."
    >>> labs = ["asur", "o", "agiv", "agiv", "o", "year", "o", "o"] + ["title"] * 8 + ["o", "o", "place", "o"]
    >>> [(t[a:b], l) for (a, b), l in zip(tokens(t), _series_in_title(t, tokens(t), labs))][8:17]
    [('Die', 'title'), ('Planung', 'title'), ('(', 'o'), ('=', 'o'), ('Arbeitsmaterial', 'source'), ('der', 'source'), ('ARL', 'source'), ('258', 'volume'), (')', 'o')]
    """
    if "source" in labels:
        return labels
    for lab, i, j in _runs(toks, labels):
        if lab != "title":
            continue
        k = next((k for k in range(i + 1, min(j + 2, len(words) - 1))
                  if words[k] == "(" and words[k + 1] == "="), None)
        if k is None:
            break
        close = next((c for c in range(k + 2, len(words)) if words[c] == ")"), None)
        if close is None or close - k < 3:
            break
        for x in range(k, close + 1):
            labels[x] = "o" if x in (k, k + 1, close) else "source"
        if words[close - 1].isdigit() and "volume" not in labels and close - 1 > k + 2:
            labels[close - 1] = "volume"
        for x in range(close + 1, j + 1):
            labels[x] = "o"
        break
    return labels


_SEP_WORDS = {"/", ";", "&", "and", "und", "et", "–"}


@_post_rule
def _inverted_given(text, toks, labels, words):
    """A name written surname first, "Pizzorno, Alessandro": the words
    after the comma (up to three, joined by spaces: "Wilz, Sylvia Marlene")
    are given names when the surname opens the entry or follows a
    separator ("/", ";", "and"), whatever the model said.

    >>> t = "Crouch, Colin / Pizzorno, Alessandro (eds.)"
    >>> _inverted_given(t, tokens(t), ["esur", "o", "egiv", "o", "esur", "o", "esur", "o", "o", "o", "o"])[4:7]
    ['esur', 'o', 'egiv']
    """
    s = next((x for x, lab in enumerate(labels) if lab != "o"), 0)
    if s + 2 < len(labels) and labels[s] in ("agiv", "egiv") and len(words[s]) > 1 \
            and words[s + 1] == "," and labels[s + 2] in _NAME_LABELS and s <= 3:
        labels[s] = labels[s][0] + "sur"    # "Ryan, Louise" read as two given names
    for lab, i, j in _runs(toks, labels):
        if lab not in ("asur", "esur") or j + 2 >= len(labels) or words[j + 1] != ",":
            continue
        k = j + 2
        giv = lab[0] + "giv"
        if labels[k] not in (lab, giv) or not words[k][:1].isupper():
            continue
        before = words[i - 1] if i > 0 else ""
        at_start = i == 0 or (i <= 2 and words[0].isdigit()) or words[:1] == ["["] and i <= 3
        after_in = before.lower() == "in" or before == ":" and i > 1 and words[i - 2].lower() == "in"
        if not (at_start or after_in or before.lower() in _SEP_WORDS):
            continue
        m = k
        while m + 1 < len(labels) and labels[m + 1] in (lab, giv) \
                and text[toks[m][1]:toks[m + 1][0]] in ("", " ") \
                and words[m + 1] not in (",", "/", ";", "&") \
                and not (words[m] == "." and len(words[m + 1]) > 1 and words[m + 2:m + 3] == [","]
                         and len(words[m + 3:m + 4][0] if m + 3 < len(words) else "") == 1):
            m += 1
        if m - k > 2:
            continue
        for x in range(k, m + 1):
            labels[x] = lab[0] + "giv"
    return labels


_NAME_LABELS = ("asur", "agiv", "esur", "egiv")


@_post_rule(title=True)
def _initial_opening_title(text, toks, labels, words, i, j):
    """The last initial of an inverted name read as the title's first word,
    where no year stands between the names and the title (Nature:
    "Anderson, J. R. Development of …"): it is the name's.

    >>> t = "Anderson, J. R. Development of Hope. J. Pers. 70, 1–9 (1996)."
    >>> labs = ["asur", "o", "agiv", "agiv", "title", "title", "title", "title", "title", "o"]
    >>> _initial_opening_title(t, tokens(t), labs + ["o"] * 14)[4:7]
    ['agiv', 'agiv', 'title']
    """
    if i < 4 or j < i + 2 or not (len(words[i]) == 1 and words[i].isupper() and words[i + 1] == "."):
        return labels
    prev = labels[i - 1]
    if prev not in ("agiv", "egiv") or words[i - 1] != "." or not (
            len(words[i - 2]) == 1 and words[i - 2].isupper() and labels[i - 2] == prev):
        return labels
    if not (words[i + 2][:1].isupper() or words[i + 2] in _OPEN_Q):
        return labels
    labels[i] = labels[i + 1] = prev
    return labels


@_post_rule
def _title_after_inverted_initials(text, toks, labels, words):
    """"Binder, S. Minority Rights, Majority Rule" / "Adam, B. & Groves, C.
    Future Matters, Marking …": capitalised words right after an inverted
    name's initials and their full stop (no comma, no "and" between), read
    as a further name, open the title when what follows them is no name
    (no initial after their comma) and they are not given names (a middle
    name written out: "Fox, J. Michael,").

    >>> t = "Binder, S. Minority Rights, Majority Rule. Cambridge"
    >>> labs = ["asur", "o", "agiv", "agiv", "agiv", "asur", "o", "title", "title", "o", "place"]
    >>> _title_after_inverted_initials(t, tokens(t), labs)[4:9]
    ['title', 'title', 'title', 'title', 'title']
    >>> t = "Atanasov, P. Cvetanova, G. Indicators."
    >>> labs = ["asur", "o", "agiv", "agiv", "asur", "o", "agiv", "agiv", "title", "o"]
    >>> _title_after_inverted_initials(t, tokens(t), labs) == labs
    True
    >>> t = "Mattes, R. Davids Y.D. and Africa, C. (1999) Views."
    >>> labs = ["asur", "o", "agiv", "agiv", "asur", "agiv", "agiv", "agiv", "agiv", "o", "asur", "o", "agiv", "agiv", "o", "year", "o", "title", "o"]
    >>> _title_after_inverted_initials(t, tokens(t), labs) == labs
    True
    """
    n = len(words)
    end = next((x for x, lab in enumerate(labels) if lab in ("title", "year", "source")), n)
    for x in range(3, end):
        if not (words[x - 1] == "." and len(words[x - 2]) == 1 and words[x - 2].isupper()
                and labels[x - 2] in _NAME_LABELS and labels[x] in _NAME_LABELS
                and words[x][:1].isupper() and len(words[x]) > 1 and words[x].isalpha()
                and toks[x][0] > toks[x - 1][1]):
            continue
        # the inverted name: "Surname , I . (I .)" before x
        y = x - 2
        while y >= 2 and words[y - 1] == "." and len(words[y - 2]) == 1 and words[y - 2].isupper():
            y -= 2
        if y < 2 or words[y - 1] != "," or labels[y - 2] not in _NAME_LABELS:
            continue
        e = x
        while e < end and labels[e] in _NAME_LABELS and words[e][:1].isalpha():
            e += 1
        if e >= n or words[e] not in ",.:" or e > x + 3:
            continue
        nxt = words[e + 1] if e + 1 < n else ""
        if words[e] == "," and (len(nxt) == 1 or nxt.lower() in ("and", "und", "et", "u")
                                or nxt in ("&",) or e + 1 < n and labels[e + 1] in _NAME_LABELS):
            continue
        if all(w.lower() in _given_names() for w in words[x:e]) \
                or any(len(w) == 1 for w in words[x:e]):
            continue        # a middle name written out, or a name with initials
        for k in range(x, e + (words[e] == "," and e + 1 < n and labels[e + 1] == "title")):
            labels[k] = "title"
        if words[e] in ".:" and labels[e + 1:e + 2] == ["title"]:
            labels[e] = "title"
        break
    return labels


_EDITED_BY = re.compile(r"(?i),\s*(edited\s+by|herausgegeben\s+von|hg\.\s*v\.|hrsg\.\s*v\.|"
                        r"sous\s+la\s+direction\s+de|éd\.\s*par)\s")


_ED_AFTER_COMMA = (("edited", "by"), ("ed", ".", "by"), ("eds", ".", "by"), ("herausgegeben", "von"),
                   ("hg", ".", "v", "."), ("hrsg", ".", "v", "."), ("hg", ".", "von"),
                   ("hrsg", ".", "von"), ("éd", ".", "par"), ("éds", ".", "par"), ("a", "cura", "di"),
                   ("sous", "la", "direction", "de"), ("ed", "."), ("eds", "."), ("edd", "."),
                   ("hg", "."), ("hrsg", "."), ("hgg", "."))
#: abbreviated given names that end in a full stop but are no initial
_GIVEN_ABBR = {"St", "Th", "Chr", "Ch", "Wm", "Fr", "Jos", "Hy", "Ph"}


def _given_first_names(words: list[str], x: int, n: int) -> tuple[list[tuple[int, str]], int]:
    """The names written given name first from token ``x`` ("C. G.
    McClintock", "A. Strathman and J. Joireman", "Shaun Bowler, David
    Farrell, and Richard Katz", "E. de St. Aubin", "Turner, Katz, and
    Hurd"): (token, label) pairs (a name's last word its surname, the
    words before it given names) and the token where they stop."""
    out: list[tuple[int, str]] = []
    cur: list[int] = []

    def close():
        if cur:
            out.extend((y, "egiv") for y in cur[:-1])
            out.append((cur[-1], "esur"))
            cur.clear()
    while x < n:
        w = words[x]
        if re.fullmatch(r"[A-ZÀ-Þ]{1,2}", w) and x + 1 < n and words[x + 1] == "." \
                or w in _GIVEN_ABBR and x + 1 < n and words[x + 1] == ".":
            cur += [x, x + 1]
            x += 2
            if x < n and words[x] in ("-", "‐") and x + 1 < n and words[x + 1][:1].isupper():
                cur.append(x)       # "C.-D."
                x += 1
        elif w[:1].isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha() \
                and not (w.isupper() and len(w) > 2) or w in _PARTICLES and cur:
            cur.append(x)
            x += 1
        elif w in (",", "&", "and", "und", "et", "/") and cur:
            if w == "et" and x + 1 < n and words[x + 1] == "al":
                break
            close()
            out.append((x, "o"))
            x += 1
        elif w in ("&", "and", "und") and out and out[-1] == (x - 1, "o") and words[x - 1] == ",":
            out.append((x, "o"))        # "Turner, Katz, and Hurd": the serial comma
            x += 1
        else:
            break
    close()
    while out and out[-1][1] == "o":
        out.pop()
    if out:
        x = out[-1][0] + 1
    return out, x


def _inverted_editor_names(words: list[str], x: int, n: int) -> tuple[list[tuple[int, str]], int]:
    """Inverted names from token ``x`` ("Silva, Elizabeth B.; Smart, Carol",
    "Watson, G.", "Stones, Rob, pp.", "Krohn, Claus-Dieter et al."):
    (token, label) pairs and the token where they stop; none unless the
    shape is sure (names parted by ";", an initial, or pages or "et al."
    right after one name)."""
    out: list[tuple[int, str]] = []
    persons = 0
    initial = False
    while x < n:
        s = x
        while x < n and x - s < 3 and (words[x][:1].isupper() and words[x].replace("-", "").isalpha()
                                       and len(words[x]) > 1 or words[x].lower() in _PARTICLES):
            x += 1
        if x == s or x + 1 >= n or words[x] != ",":
            return [], s
        sur = list(range(s, x))
        x += 1
        giv = []
        while x < n and len(giv) < 6:
            if re.fullmatch(r"[A-ZÀ-Þ]", words[x]) and x + 1 < n and words[x + 1] == ".":
                giv += [x, x + 1]
                initial = True
                x += 2
            elif words[x] in ("-", "‐") and giv and x + 1 < n and words[x + 1][:1].isupper():
                giv.append(x)
                x += 1
            elif words[x][:1].isupper() and words[x].replace("-", "").isalpha() and len(words[x]) > 1 \
                    and not giv:
                giv.append(x)
                x += 1
            else:
                break
        if not giv:
            return [], s
        out += [(y, "esur") for y in sur] + [(y, "egiv") for y in giv]
        persons += 1
        if x < n and words[x] == ";":
            out.append((x, "o"))
            x += 1
            continue
        break
    nxt = words[x].casefold() if x < n else ""
    after = words[x + 1].casefold() if x + 1 < n else ""
    if persons >= 2 or initial or nxt == "et" or nxt == "," and (after in _PAGES or after.isdigit()):
        return out, x
    return [], x


def _names_to_conjunction(words: list[str], out: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A list of names cut after its conjunction's name: "A. Strathman and
    J. Joireman, Lawrence Erlbaum" / "C. G. McClintock, Holt, 1972" (MLA's
    publisher after the editors)."""
    seps = [(z, y) for z, (y, lab) in enumerate(out) if lab == "o"]
    conj = [z for z, y in seps if words[y].lower() in ("and", "und", "&", "et")]
    after = [z for z, y in seps if words[y] == "," and (not conj or z > conj[-1])]
    if after and not (conj and any(words[y].lower() in ("and", "und", "&", "et")
                                   for z, y in seps if z == after[0] + 1)):
        out = out[:after[0]]
    return out


@_post_rule
def _in_book_comma_editors(text, toks, labels, words):
    """The chapter manner of Chicago, AJPS, Springer and kin: "Title. In
    Book Title, ed. C. Spielberger. London: Academic Press." / "In Book,
    eds. A. Strathman and J. Joireman, 35–53. Mahwah" / "In: Buch,
    hg. v. K. Müller, Berlin": the words from "In" to the comma before the
    editors' mark are the container, the names after the mark (given name
    first) the editors, and a range right after them the pages, whatever
    the model read.

    >>> t = "Lewin, K. 1942. Time and Morale. In Civilian Morale, ed. G. Watson, 7–43. Boston: Houghton."
    >>> labs = _in_book_comma_editors(t, tokens(t), ["o"] * 7 + ["title"] * 3 + ["o"] * 20)
    >>> [(w, lab) for w, lab in zip([t[a:b] for a, b in tokens(t)], labs) if lab not in ("o", "title")]
    [('Civilian', 'source'), ('Morale', 'source'), ('G', 'egiv'), ('.', 'egiv'), ('Watson', 'esur'), ('7', 'fpage'), ('43', 'lpage')]
    """
    n = len(words)
    low = [w.casefold() for w in words]
    for x in range(3, n - 4):
        if low[x] == "in" and words[x - 1] in ".,":
            got = _initials_first_names(words, x + 2 if words[x + 1] == ":" else x + 1)
            if got and got[1] + 1 < n and words[got[1]] == "," and low[got[1] + 1] in _ED_WORDS:
                return labels       # "In: S. Bowler, D. Farrell, and R. Katz, eds. Book"
    k = next((x for x in range(3, n - 4) if low[x] == "in" and "title" in labels[:x]
              and (words[x - 1] in ".,?!)" or words[x - 1] in _CLOSE_Q)
              and (words[x + 1][:1].isupper() or words[x + 1] == ":" or words[x + 1] in _OPEN_Q)), None)
    mla = k is None
    if k is None:
        # MLA prints no "In": "“Title.” Book, edited by A. Strathman, Publisher, 1998"
        first = _first_title(toks, labels)
        if first is None or first[1] + 2 >= n:
            return labels
        k = first[1]
        q = next((x for x in range(first[0] + 1, first[1]) if words[x] in _CLOSE_Q
                  and (words[x + 1] in ".,?!" and words[x + 2][:1].isupper()
                       or words[x - 1] in ".,?!" and words[x + 1][:1].isupper())), None)
        if q is not None:
            k = q - 1       # the quoted title ends at its closing mark
            if words[k] in ".,?!":
                k -= 1
        while k + 1 < n and (words[k + 1] in ".,?!" or words[k + 1] in _CLOSE_Q):
            k += 1
        if k + 2 >= n or k == first[1] and q is None or not words[k + 1][:1].isupper() \
                or not any(words[x] in _CLOSE_Q for x in range(k, min(n, k + 3))) \
                or any(low[x] == "in" and words[x - 1].isdigit() for x in range(k + 1, n)) \
                or low[k + 1] in _PAGES:
            return labels       # only after a quoted title, which cannot run on into the book
        c0 = k + 1
    else:
        c0 = k + 2 if words[k + 1] == ":" else k + 1
    for m in range(c0 + 1, min(n - 2, c0 + 45)):
        if low[m] == "in" and words[m - 1] in ".,":
            return labels
        if words[m] != ",":
            continue
        mark = next((mk for mk in _ED_AFTER_COMMA if tuple(low[m + 1:m + 1 + len(mk)]) == mk), None)
        if mark is None:
            continue
        before, y = _given_first_names(words, c0, m)
        if y == m and any(re.fullmatch(r"[A-ZÀ-Þ]{1,2}", words[z]) for z, _ in before):
            return labels       # "In: C. Spielberger, ed. Book": the editors come first
        span = words[c0:m]
        if 2 <= len(span) <= 12 and all(w[:1].isupper() or w in (",", ".", "-", "und", "and", "&")
                                         for w in span) \
                and any(a[:1].isupper() and not a.isupper() and b.isupper() and len(b) > 1 and b.isalpha()
                        for a, b in zip(span, span[1:])):
            # "In: Tomas RUIZ, Hrsg. Book. Place" (ISO 690's capitals): the
            # editors come first, the book runs from the mark to its stop
            chunk: list[int] = []
            for z in list(range(c0, m)) + [m]:
                if z == m or words[z] in (",", "und", "and", "&"):
                    if chunk:
                        for q in chunk[:-1]:
                            labels[q] = "egiv"
                        labels[chunk[-1]] = "esur"
                    chunk = []
                    if z < m:
                        labels[z] = "o"
                else:
                    chunk.append(z)
            e = m + 1 + len(mark)
            for z in range(k, c0):
                labels[z] = "o"
            for z in range(m, e):
                labels[z] = "o"
            z = e
            while z < n and not (words[z] in ".:" and len(words[z - 1]) > 1):
                labels[z] = "source"
                z += 1
            return labels
        e = m + 1 + len(mark)
        names, x = _inverted_editor_names(words, e, n)
        inv = _semicolon_names(words, e) if not names else None
        if inv is not None and (inv[1] >= n or words[inv[1]] in ".;(" or words[inv[1] - 1] == "."):
            names = [(y, "e" + lab if lab != "o" else "o") for y, lab in inv[0]]   # "edited by Döring, Herbert."
            x = inv[1]
        if not names:
            names, x = _given_first_names(words, e, n)
            if mla and names:
                names = _names_to_conjunction(words, names)
                x = names[-1][0] + 1 if names else x
        while names and not (x >= n or words[x] in ".,;(:" or low[x] == "et"
                             or low[x:x + 4] == ["u", ".", "a", "."]
                             or words[x - 1] == "." and names[-1][0] == x - 1):
            # "hg. v. Jörg Adler, Berlin 1999": the place is no name
            cut = max((z for z, (_, lab) in enumerate(names) if lab == "o"), default=0)
            names = names[:cut]
            x = names[-1][0] + 1 if names else x
        if not names:
            return labels
        for y in range(k, e):
            labels[y] = "o"
        for y in range(c0, m):
            labels[y] = "source"
        v = m - 1       # "In Book, vol. 24, ed. …": the volume is no part of the book
        if v - 3 > c0 and words[v].isdigit() and words[v - 1] == "." \
                and words[v - 2].casefold() in _VOL and words[v - 3] == ",":
            labels[v - 3] = labels[v - 2] = labels[v - 1] = "o"
            labels[v] = "volume"
        for y in range(e, x):
            labels[y] = "o"
        for y, lab in names:
            labels[y] = lab
        if low[x:x + 2] == ["et", "al"]:
            x += 2
            if x < n and words[x] == ".":
                x += 1
        elif low[x:x + 4] == ["u", ".", "a", "."]:
            x += 4      # "Hrsg. Claus-Dieter Krohn u. a. München"
            if x < n and words[x][:1].isupper() and labels[x] in ("source", "o", "place"):
                y = x
                while y < n and words[y] not in ",.;:" and words[y][:1].isupper():
                    y += 1
                if _place_words(words[x:y]):
                    for z in range(x, y):
                        labels[z] = "place"
            for y in range(x - 4, x):
                labels[y] = "o"
        if x + 3 < n and words[x] == "," and words[x + 1].isdigit() and words[x + 2] in "-–—" \
                and words[x + 3].isdigit():
            labels[x + 1], labels[x + 2], labels[x + 3] = "fpage", "o", "lpage"
        elif x + 2 < n and words[x] == "," and words[x + 1][:1].isupper():
            # MLA: "…, edited by A. Strathman, Lawrence Erlbaum Associates, 2005"
            y = x + 1
            while y < n and (words[y][:1].isupper() or words[y] in ("&", "and", "of", "’s", "'s", "-")):
                y += 1
            if y + 1 < n and words[y] == "," and _YEAR.match(words[y + 1]) \
                    and all(labels[z] in ("source", "o", "publisher", "title") for z in range(x + 1, y)):
                for z in range(x + 1, y):
                    labels[z] = "publisher"
        return labels
    return labels


def _initials_token(w: str) -> bool:
    return bool(re.fullmatch(r"[A-ZÀ-ÖØ-Þ]{1,3}", w))


@_post_rule
def _vancouver_names(text, toks, labels, words):
    """Names in the Vancouver manner ("Lord C, Rutter M, Le Couteur A, et
    al. Title …", "BAHNMÜLLER R, SALM R. Title …", "Erikson E. Childhood
    and Society."): each surname (one or more words) followed by its
    initials run together, the names parted by commas; the list ends at
    the full stop after the last initials, and what follows is the title,
    whatever the model read there.

    >>> t = "Erikson E, Le Couteur AJ. Childhood and Society. New York: Norton; 1963."
    >>> labs = _vancouver_names(t, tokens(t), ["asur", "agiv", "o", "asur", "asur", "agiv", "agiv", "asur", "o", "agiv", "o"] + ["o"] * 8)
    >>> labs[:11]
    ['asur', 'agiv', 'o', 'asur', 'asur', 'agiv', 'o', 'title', 'title', 'title', 'o']

    One name whose title's first word is followed by a comma ("Carens J.
    Culture, Citizenship"), when the entry's date is Vancouver's ("; 2000",
    "2001;27:5") and the first word no given name ("Klaus J. Bade, Europa
    …", "Patrice G. Poutrus, Zuflucht …, Berlin 2004"):

    >>> t = "Carens J. Culture, Citizenship and Community. Oxford: OUP; 2000."
    >>> labs = _vancouver_names(t, tokens(t), ["asur", "agiv", "agiv", "asur", "o"] + ["title"] * 3 + ["o"] * 8)
    >>> labs[:9]
    ['asur', 'agiv', 'o', 'title', 'title', 'title', 'title', 'title', 'o']
    >>> t = "Lukes S. Power. A Radical View. London: Macmillan; 1974."
    >>> labs = _vancouver_names(t, tokens(t), ["asur", "agiv", "agiv", "asur", "o", "title", "title", "title", "o", "place", "o", "publisher", "o", "year", "o"])
    >>> labs[3:9]
    ['title', 'title', 'title', 'title', 'title', 'o']
    >>> t = "Klaus J. Bade, Europa in Bewegung. München: Beck; 2000."
    >>> labs = ["agiv", "agiv", "agiv", "asur", "o"] + ["title"] * 3 + ["o"] * 8
    >>> _vancouver_names(t, tokens(t), list(labs)) == labs
    True
    """
    n = len(words)
    x = 0
    names: list[tuple[int, str]] = []
    while x < n:
        s = x
        while x < n and (words[x][:1].isupper() and words[x][1:2].isalpha() and not _initials_token(words[x])
                         or words[x].lower() in _PARTICLES and x + 1 < n and words[x + 1][:1].isupper()
                         or words[x] in ("St", "St.")):
            x += 1
        if x == s or x - s > 3 or x >= n or not (_initials_token(words[x])
                                                 or re.fullmatch(r"[A-ZÀ-Þ]-[A-ZÀ-Þ]", words[x])):
            return labels       # ("Klingemann H-D": hyphenated initials)
        if all(w.isupper() for w in words[s:x]) and x + 1 < n and _initials_token(words[x + 1]):
            return labels       # "WHO UN A": no surname
        names += [(y, "asur") for y in range(s, x)] + [(x, "agiv")]
        x += 1
        if x < n and words[x] == ",":
            names.append((x, "o"))
            x += 1
            if x + 1 < n and words[x] == "et" and words[x + 1] == "al":
                x += 2
                break
            continue
        break
    if x >= n or words[x] != "." or len([1 for _, lab in names if lab == "agiv"]) < 1:
        return labels
    end = x
    a = end + 1
    if a < n:
        w = words[a]
        if not (w[:1].isupper() or w[:1].isdigit() or w in _OPEN_Q) or w.lower() in ("and", "und", "et") \
                or _initials_token(w) and a + 1 < n and words[a + 1] == "." \
                or a + 1 < n and words[a + 1] in (",", "(", "/", ";", "&") \
                and sum(lab == "agiv" for _, lab in names) == 1 \
                and (words[a + 1] != "," or words[names[0][0]].lower() in _given_names()
                     or not re.search(r";\s*(1[5-9]|20)\d\d\b|\b(1[5-9]|20)\d\d\s*[;:]\s*\d", text)):
            return labels   # "Klaus J. Bade, Europa …", "Hickman Mary J. and …": given names first
    for y, lab in names:
        labels[y] = lab
    for y in range(names[-1][0] + 1, end + 1):
        labels[y] = "o"
    stop = next((y for y in range(a, n) if words[y] == "."), n)
    if any(labels[y] in _NAME_LABELS for y in range(a, stop)):
        for y in range(a, stop):
            if labels[y] in _NAME_LABELS or labels[y] == "o" and words[y][:1].isalnum():
                labels[y] = "title"
        last = max(y for y in range(a, stop) if labels[y] == "title")
        for y in range(a, last):
            if labels[y] == "o" and words[y] in ",;:?!–-":
                labels[y] = "title"     # "Intelligenter, nicht härter arbeiten? Gruppenarbeit"
        if last == stop - 1 and stop + 1 < n and labels[stop + 1] == "title":
            labels[stop] = "title"      # "Power. A Radical View": the model's title goes on
    return labels


_INITIAL_UNIT = re.compile(r"[A-ZÀ-ÖØ-Þ][a-z]?|[A-Z]-[A-Z]")
_ED_WORD_AFTER = {"ed", "eds", "editor", "editors", "herausgeber", "herausgeberin", "hrsg", "hg"}


def _initials_first_names(words: list[str], x: int) -> tuple[list[tuple[int, str]], int] | None:
    """A list of names written initials first ("J.H. Davis, H.C. Katz, and
    R.B. McKersie,") from token ``x``: (token, label) pairs and the token
    after the list; None when none is there.

    >>> w = [t for t in re.findall(r"\\w+|\\S", "M. Rutter, A. de Bailey, and C. Lord, SCQ")]
    >>> names, end = _initials_first_names(w, 0)
    >>> [w[i] for i, lab in names if lab == "sur"], w[end]
    (['Rutter', 'de', 'Bailey', 'Lord'], ',')
    """
    n = len(words)
    out: list[tuple[int, str]] = []
    while True:
        g = []
        while x + 1 < n and _INITIAL_UNIT.fullmatch(words[x]) and words[x + 1] == ".":
            g += [x, x + 1]
            x += 2
            if x < n and words[x] in "-‐":
                g.append(x)
                x += 1
        if not g:
            return None
        sur = []
        while x + 1 < n and words[x].lower() in _SURNAME_PARTICLES and words[x + 1][:1].isupper():
            sur.append(x)
            x += 1
        if x + 2 < n and words[x] in ("St", "Ste") and words[x + 1] == "." and words[x + 2][:1].isupper():
            sur += [x, x + 1]       # "E. de St. Aubin"
            x += 2
        k = 0
        while x < n and k < 3 and words[x][:1].isupper() and len(words[x]) > 1 \
                and re.fullmatch(r"[^\W\d_]+(?:[\-'’][^\W\d_]+)*", words[x]) \
                and not (x + 1 < n and words[x + 1] == "." and len(words[x]) <= 2):
            sur.append(x)
            x += 1
            k += 1
        if not k:
            return None
        out += [(i, "giv") for i in g] + [(i, "sur") for i in sur]
        if x < n and words[x] == ",":
            if x + 1 < n and words[x + 1].lower() in ("and", "und", "&"):
                out += [(x, "o"), (x + 1, "o")]
                x += 2
                continue
            if x + 2 < n and _INITIAL_UNIT.fullmatch(words[x + 1]) and words[x + 2] == ".":
                out.append((x, "o"))
                x += 1
                continue
            return out, x
        if x < n and words[x].lower() in ("and", "und", "&"):
            out.append((x, "o"))
            x += 1
            continue
        return out, x


@_post_rule
def _title_after_initials_first(text, toks, labels, words):
    """Names written initials first and closed by a comma, then the title
    unquoted (the American Institute of Physics: "J.H. Davis, Group
    Performance (Addison-Wesley, Reading, MA, 1969)."): what the model read
    as a further name after the list is the title; the list's names are
    the authors (or the editors, when "editor(s)" follows them).

    >>> t = "J.H. Davis, Group Performance (Addison-Wesley, Reading, MA, 1969)."
    >>> labs = ["agiv"] * 4 + ["asur", "o", "agiv", "asur", "o", "publisher"] + ["o"] * 8
    >>> _title_after_initials_first(t, tokens(t), labs)[4:9]
    ['asur', 'o', 'title', 'title', 'o']
    >>> t = "P. Schmitter, and G. Lehmbruch, editors , Trends in Corporatism (Sage, 1979)."
    >>> labs = ["agiv", "agiv", "asur", "o", "o", "agiv", "agiv", "asur", "o", "o", "o", "asur", "o", "asur"] + ["o"] * 6
    >>> _title_after_initials_first(t, tokens(t), labs)[:14]
    ['egiv', 'egiv', 'esur', 'o', 'o', 'egiv', 'egiv', 'esur', 'o', 'o', 'o', 'title', 'title', 'title']
    >>> t = "J. Smith, Peter Jones, A Title (Sage, 1979)."
    >>> labs = ["agiv", "agiv", "asur", "o", "agiv", "asur", "o", "title", "title", "o"] + ["o"] * 6
    >>> _title_after_initials_first(t, tokens(t), list(labs)) == labs
    True
    """
    n = len(words)
    x = 0
    if n > 3 and words[0].isdigit() and words[1] in ".)":
        x = 2
    elif n > 4 and words[0] == "[" and words[2] == "]":
        x = 3
    got = _initials_first_names(words, x)
    if got is None:
        return labels
    names, sep = got
    if sep + 2 >= n or words[sep] != ",":
        return labels
    role = "a"
    t = sep + 1
    if words[t].lower() in _ED_WORD_AFTER:
        role = "e"
        t += 1
        while t < n and words[t] in ".,":
            t += 1
    if t >= n or words[t] in _OPEN_Q or not words[t][:1].isupper() \
            or _INITIAL_UNIT.fullmatch(words[t]) and t + 1 < n and words[t + 1] == ".":
        return labels
    e = t
    while e < n and words[e] != "(" and words[e] not in _CLOSE_Q \
            and labels[e] in _NAME_LABELS + ("o", "title"):
        e += 1
    while e > t and labels[e - 1] == "o" and not words[e - 1][:1].isalnum():
        e -= 1
    seg = words[t:e]
    if e == t or not any(labels[y] in _NAME_LABELS for y in range(t, e)) and role == "a":
        return labels
    if seg and seg[0].lower() in _given_names() and "," in seg and seg.index(",") <= 3:
        return labels       # "J. Smith, Peter Jones, …": a name written out
    for i, lab in names:
        labels[i] = role + lab if lab != "o" else "o"
    for y in range(sep, t):
        labels[y] = "o"
    for y in range(t, e):
        labels[y] = "title"
    return labels


@_post_rule
def _place_before_pages_is_journal(text, toks, labels, words):
    """A "place" right before the pages, with no publisher and no container
    read ("“Greens and Labor.” Sierra: 46–54."): places take no pages;
    it is the journal, printed without a volume (a known place stays: "Bonn,
    164–166", the pages of a book cited).

    >>> t = "Moberg, D. 1999. “Greens and Labor.” Sierra: 46–54."
    >>> labs = ["asur", "o", "agiv", "o", "year", "o", "o", "title", "title", "title", "o", "o", "place", "o", "fpage", "o", "lpage", "o"]
    >>> _place_before_pages_is_journal(t, tokens(t), labs)[11:15]
    ['o', 'source', 'o', 'fpage']
    """
    if "source" in labels or "publisher" in labels or "title" not in labels:
        return labels
    n = len(words)
    for lab, a, b in _runs(toks, labels):
        if lab == "place" and a > labels.index("title") and b + 2 < n \
                and words[b + 1] in ":," and labels[b + 2] == "fpage" \
                and b + 3 < n and words[b + 3] in "-–—" and not _place_words(words[a:b + 1]):
            for x in range(a, b + 1):
                labels[x] = "source"
            break
    return labels


_UNKNOWN_IMPRINT = re.compile(r"\[(?:place|publisher|Ort|Verlag) unknown\]"
                               r"|\[(?:[sS]\.\s?[lLnN]\.|o\.\s?O\.)(?:\s*:\s*[sS]\.\s?[nN]\.)?\]"   # "[S.l.: S.n.]" (ABNT)
                               r"|(?<!\w)(?:[sS]\.\s?l\.|o\.\s?O\.|[sS]\.\s?n\.|[nN]\.\s?p\.)(?=[\s:,;])")


@_post_rule
def _unknown_imprint(text, toks, labels, words):
    """The marks a style prints for a place or publisher not known ("[place
    unknown]", "s.l.", "s.n.", "o. O.", "n.p.") are no field; a publisher
    after "[place unknown]:" is the publisher, even where the model ran the
    container on over the mark.

    >>> t = "Held M. 1998. Pause. In: Die Gesellschaft. [place unknown]: Hirzel; p. 31–44."
    >>> labs = ["asur", "agiv", "o", "year", "o", "title", "o", "o", "o"] + ["source"] * 9 + ["o"] * 7
    >>> _unknown_imprint(t, tokens(t), labs)[9:18]
    ['source', 'source', 'o', 'o', 'o', 'o', 'o', 'o', 'publisher']
    >>> t = "Roe, A. Tides. [S.l.]: Hirzel, 1998."
    >>> _unknown_imprint(t, tokens(t), ["asur", "o", "agiv", "o", "title", "o", "o", "place", "place", "place", "place", "place", "o", "publisher", "o", "year", "o"])[6:14]
    ['o', 'o', 'o', 'o', 'o', 'o', 'o', 'publisher']
    >>> t = "Müller, H. 1998. Die Stadt. o. O.: Campus."
    >>> _unknown_imprint(t, tokens(t), ["asur", "o", "agiv", "o", "year", "o", "title", "title", "o", "place", "place", "place", "place", "o", "publisher", "o"])[9:15]
    ['o', 'o', 'o', 'o', 'o', 'publisher']
    """
    n = len(words)
    for m in _UNKNOWN_IMPRINT.finditer(text):
        inside = [x for x, (a, b) in enumerate(toks) if a >= m.start() and b <= m.end()]
        if not inside:
            continue
        x0, x1 = inside[0], inside[-1]
        for x in inside:
            labels[x] = "o"
        y = x0 - 1
        while y >= 0 and words[y] in ".,;" and labels[y] != "o":
            labels[y] = "o"     # the stop closing the field before the mark
            y -= 1
        z = x1 + 1
        if z < n and words[z] == ":" and m.group().lower().startswith(("[place", "[ort", "s.", "o.", "n.", "[s", "[o")):
            labels[z] = "o"
            e = z + 1
            while e < n and words[e] not in ";.,(" and labels[e] in ("source", "title", "note", "place", "publisher"):
                labels[e] = "publisher"
                e += 1
    return labels


@_post_rule(title=True)
def _vancouver_editors_after_title(text, toks, labels, words, i, j):
    """Editors named in the Vancouver manner after a book's title, with no
    "In:" ("Situated Actions. Horowitz IL, editor. Oxford.", "… Meyer H,
    Herausgeber."): surname, initials, the mark; what the model read there
    (a place, a container) is the editors'.

    >>> t = "Mills CW. 1963. Situated Actions. Horowitz IL, editor. Oxford."
    >>> labs = ["asur", "agiv", "o", "year", "o", "title", "title", "o", "place", "place", "o", "o", "o", "place", "o"]
    >>> _vancouver_editors_after_title(t, tokens(t), labs)[7:14]
    ['o', 'esur', 'egiv', 'o', 'o', 'o', 'place']
    """
    n = len(words)
    x = j + 1
    if x >= n or words[x] != "." or any(lab in ("esur", "egiv") for lab in labels):
        return labels
    x += 1
    names: list[tuple[int, str]] = []
    while x < n:
        s = x
        while x < n and words[x][:1].isupper() and words[x][1:2].isalpha() and not _initials_token(words[x]) \
                and x - s < 3:
            x += 1
        if x == s or x >= n or not (_initials_token(words[x]) or re.fullmatch(r"[A-Z]-[A-Z]", words[x])):
            return labels
        names += [(y, "esur") for y in range(s, x)] + [(x, "egiv")]
        x += 1
        if x + 1 < n and words[x] == ",":
            names.append((x, "o"))
            x += 1
            if words[x].casefold() in _ED_WORD_AFTER:
                break
            continue
        return labels
    if x + 1 >= n or words[x + 1] != "." or any(labels[y] in ("year", "fpage", "volume") for y, _ in names):
        return labels
    for y, lab in names:
        labels[y] = lab
    labels[x] = labels[x + 1] = "o"
    return labels


@_post_rule
def _in_initials_editors_first(text, toks, labels, words):
    """"In: D.P. McAdams and E. de St. Aubin, eds. Book. Place: Publisher"
    (Harvard's manner): the names written initials first between "In" and
    ", eds." are the editors and the sentence after the mark the book,
    whatever the model read.

    >>> t = "Hart, H., 1998. Anatomy. In: D.P. McAdams and E. de St. Aubin, eds. Generativity. Washington, DC: APA, 7–43."
    >>> labs = ["asur", "o", "agiv", "agiv", "o", "year", "o", "title", "o", "o", "o"] + ["source"] * 13 + ["o", "o", "o", "source", "o"] + ["o"] * 10
    >>> labs = _in_initials_editors_first(t, tokens(t), labs)
    >>> [w for w, lab in zip([t[a:b] for a, b in tokens(t)], labs) if lab == "esur"], labs[27]
    (['McAdams', 'de', 'St', '.', 'Aubin'], 'source')
    """
    n = len(words)
    for x in range(3, n - 4):
        if words[x] not in ("In", "in") or words[x - 1] not in ".,":
            continue
        c0 = x + 2 if words[x + 1] == ":" else x + 1
        got = _initials_first_names(words, c0)
        if not got:
            continue
        names, m = got
        if not (m + 2 < n and words[m] == "," and words[m + 1].casefold() in _ED_WORDS):
            continue
        e = m + 2
        while e < n and words[e] in ".,":
            e += 1
        if e >= n or not words[e][:1].isupper():
            continue
        for i, lab in names:
            labels[i] = "e" + lab if lab != "o" else "o"
        for i in range(x, c0):
            labels[i] = "o"
        for i in range(m, e):
            labels[i] = "o"
        z = e
        while z < n and not (words[z] in ".:;" and len(words[z - 1]) > 1) \
                and labels[z] not in ("place", "publisher", "year", "fpage", "volume"):
            labels[z] = "source"
            z += 1
        break
    return labels


def _semicolon_names(words: list[str], x: int) -> tuple[list[tuple[int, str]], int] | None:
    """Names written "Surname, Given" and parted by ";" from token ``x``
    ("Hardt, Michael; Negri, Antonio"): (token, "sur"/"giv"/"o") pairs and
    the token after the last name; None when none is there.

    >>> w = re.findall(r"\\w+|\\S", "Hardt, Michael; Negri, A. B.: Empire")
    >>> names, end = _semicolon_names(w, 0)
    >>> [w[i] for i, lab in names if lab == "giv"], w[end]
    (['Michael', 'A', '.', 'B', '.'], ':')
    """
    n = len(words)
    out: list[tuple[int, str]] = []
    while True:
        s = x
        while x < n and x - s < 3 and (words[x][:1].isupper() and len(words[x]) > 1
                                       and re.fullmatch(r"[^\W\d_]+(?:[-‐'’][^\W\d_]+)*", words[x])
                                       or words[x].lower() in _SURNAME_PARTICLES):
            x += 1
        if x == s or x + 1 >= n or words[x] != ",":
            return None
        sur = list(range(s, x))
        x += 1
        g = x
        while x < n and x - g < 6:
            w = words[x]
            if _INITIAL_UNIT.fullmatch(w) and x + 1 < n and words[x + 1] == ".":
                x += 2
            elif w[:1].isupper() and len(w) > 1 and re.fullmatch(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*", w) \
                    and x - g < 3:
                x += 1
            elif w in "-‐" and x > g:
                x += 1
            else:
                break
        if x == g:
            return None
        out += [(i, "sur") for i in sur] + [(s + len(sur), "o")] + [(i, "giv") for i in range(g, x)]
        if x + 1 < n and words[x] == ";":
            out.append((x, "o"))
            x += 1
            continue
        return out, x


@_post_rule
def _semicolon_names_colon(text, toks, labels, words):
    """The German humanities' head "Surname, Given; Surname, Given: Title,
    Place Year" (infoclio and kin): the names before the colon (parted by
    ";", with "(Hg.)"/"(eds.)" making them editors) are the names, and a
    word after the colon that the model read as a name opens the title.

    >>> t = "Hardt, Michael; Negri, Antonio: Empire, Cambridge 2000."
    >>> labs = ["asur", "o", "agiv", "o", "asur", "o", "agiv", "o", "asur", "o", "place", "year", "o"]
    >>> _semicolon_names_colon(t, tokens(t), labs)[7:10]
    ['o', 'title', 'o']
    >>> t = "Hollmann, Reiner; Niemeyer, Edzard: Soziale Prozesse, 1998."
    >>> labs = ["asur", "o", "agiv", "o", "asur", "o", "title", "title", "title", "title", "o", "year", "o"]
    >>> _semicolon_names_colon(t, tokens(t), labs)[4:9]
    ['asur', 'o', 'agiv', 'o', 'title']
    """
    n = len(words)
    x0 = 2 if n > 3 and words[0].isdigit() and words[1] in ".)" else 0
    got = _semicolon_names(words, x0)
    if got is None:
        return labels
    names, c = got
    role = "a"
    low = [w.casefold() for w in words]
    if c + 2 < n and words[c] == "(" and low[c + 1] in _EDS:
        role = "e"
        c += 2
        while c < n and words[c] in ".)":
            c += 1
    elif c + 2 < n and low[c] in ("et", "u") and low[c + 1] in ("al", ".", "a"):
        c += 2
        while c < n and (words[c] == "." or low[c] == "a"):
            c += 1
    if c + 1 >= n or words[c] != ":":
        return labels
    if ";" not in words[x0:c] and not any(labels[i] in _NAME_LABELS for i in range(c + 1, min(n, c + 3))):
        return labels
    for i, lab in names:
        labels[i] = role + lab if lab != "o" else "o"
    for i in range(names[-1][0] + 1, c + 1):
        labels[i] = "o"
    t = c + 1
    e = t
    while e < n and words[e] not in ",.;(" and labels[e] in _NAME_LABELS + ("title", "o"):
        e += 1
    if any(labels[i] in _NAME_LABELS for i in range(t, e)):
        for i in range(t, e):
            labels[i] = "title"
    y = next((i for i in range(e + 1, min(n, e + 6)) if labels[i] == "year"), None)
    if y is not None and words[e] == "," and all(labels[i] in _NAME_LABELS for i in range(e + 1, y)) \
            and _place_words(words[e + 1:y]):
        for i in range(e + 1, y):
            labels[i] = "place"     # "…: Harbours, Leeds 2000"
    return labels


_LEAD_IN = re.compile(r"(?i)(?<!\w)(verfügbar\s+unter|available\s+(?:from|at|online)|online\s+verfügbar"
                      r"|abrufbar\s+unter|disponible\s+(?:en|sur)|dispon[íi]vel\s+em)\s*:?")
_NO_DATE = re.compile(r"(?<!\w)(o\.\s?J\.|n\.\s?d\.|s\.\s?d\.|o\.\s?D\.|b\.\s?g\.)(?=[\s,.;:)]|$)")
_ISBN = re.compile(r"(?<!\w)(ISBN|ISSN)(?:-1[03])?:?\s*[\dX][\dX\-‐ ]{7,16}[\dX]")


@_post_rule
def _lead_ins_and_identifiers(text, toks, labels, words):
    """Words that announce a field and are none ("Verfügbar unter:",
    "Available from:"), the marks of a missing date ("o. J.", "n.d."), and
    an ISBN or ISSN (a note, not pages or a journal): ISO 690's manner.

    >>> t = "LEE, Ann, 2001. Häfen. Leeds: Northgate. ISBN 978-3-16-148410-0. Verfügbar unter: http://x.org/h"
    >>> labs = ["asur", "o", "agiv", "o", "year", "o", "title", "o", "place", "o", "publisher", "o", "source", "fpage", "o", "lpage"]
    >>> labs = _lead_ins_and_identifiers(t, tokens(t), labs + ["o", "volume", "o", "note", "o", "note", "o", "place", "place", "o", "url"])
    >>> labs[12:22], labs[23:27]
    (['note', 'note', 'note', 'note', 'note', 'note', 'note', 'note', 'note', 'note'], ['o', 'o', 'o', 'url'])
    """
    for rx, lab in ((_LEAD_IN, "o"), (_NO_DATE, "o"), (_ISBN, "note")):
        for m in rx.finditer(text):
            for x, (a, b) in enumerate(toks):
                if a >= m.start() and b <= m.end() + (1 if lab == "note" else 0) and labels[x] not in ("url", "doi"):
                    labels[x] = lab
    return labels


@_post_rule
def _imprint_inside_run(text, toks, labels, words):
    """"Place: Publisher" as the last sentence of a container or title run,
    with no publisher read ("In: Rolf BEAUMONT (Hrsg.). Küsten im Wandel.
    Leeds: Northgate, S. 45–67."): the place and publisher come out of it.

    >>> t = "LEE, Ann, 2001. Häfen. In: Rolf BEAUMONT (Hrsg.). Küsten im Wandel. Leeds: Northgate, S. 45–67."
    >>> labs = ["asur", "o", "agiv", "o", "year", "o", "title", "o", "o", "o", "egiv", "esur", "o", "o", "o", "o", "o"]
    >>> labs += ["source"] * 7 + ["o", "o", "o", "fpage", "o", "lpage", "o"]
    >>> _imprint_inside_run(t, tokens(t), labs)[17:25]
    ['source', 'source', 'source', 'o', 'place', 'o', 'publisher', 'o']
    """
    if "publisher" in labels:
        return labels
    n = len(words)
    article = any(lab in ("volume", "issue") for lab in labels)
    for lab, i, j in _runs(toks, labels):
        if lab not in ("source", "title") or j - i < 3 or lab == "title" and article:
            continue        # an article's title may hold "Berlin: The Divided City"
        k = next((x for x in range(i + 2, j) if words[x] == ":"), None)
        if k is None:
            continue
        b = k - 1
        while b > i and not (words[b] == "." and len(words[b - 1]) > 1):
            b -= 1
        if b == i and i > 0 and words[i - 1] == "." and labels[i - 1] == "o" \
                and any(lb in ("fpage", "lpage") or lb == lab and y < i - 1 for y, lb in enumerate(labels[:i])):
            b = i - 1       # "… pp. 204–20. Leeds, UK: Centre …": the run opens with the place
        if not (b == i - 1 or b > i + 1 or b == i + 1 and len(words[i]) > 3) \
                or not _place_and_country(words[b + 1:k]):
            continue
        e = k + 1
        while e < n and words[e] not in ",.;(" and labels[e] in (lab, "o") and (words[e][:1].isupper() or e > k + 1):
            e += 1
        if e == k + 1:
            continue
        if e + 2 < n and words[e] == "(" and words[e + 1].isupper() and words[e + 2] == ")":
            e += 3      # "Centre for Harbour Studies (CHS)": its acronym
        labels[b] = "o"
        for x in range(b + 1, k):
            labels[x] = "place"
        labels[k] = "o"
        for x in range(k + 1, e):
            labels[x] = "publisher"
        for x in range(e, j + 1):
            if labels[x] == lab and not words[x][:1].isalnum():
                labels[x] = "o"
        break
    return labels


@_post_rule
def _capitals_are_surnames(text, toks, labels, words):
    """ISO 690's capitals: in an entry whose first name is a surname in
    capitals ("LINDQVIST, Tora und Mensah OKAFOR"), a name written "Given
    SURNAME" has its surname in capitals, whichever way the model read it.

    >>> t = "LEE, Ann und Kai SALTER (Hrsg.), 2001. Häfen. Leeds."
    >>> _capitals_are_surnames(t, tokens(t), ["esur", "o", "egiv", "o", "esur", "egiv"] + ["o"] * 12)[4:6]
    ['egiv', 'esur']
    """
    first = next((x for x, lab in enumerate(labels) if lab in _NAME_LABELS), None)
    if first is None or not (labels[first].endswith("sur") and words[first].isupper() and len(words[first]) > 1):
        return labels
    for x in range(first + 1, len(words) - 1):
        a, b = labels[x], labels[x + 1]
        if a in _NAME_LABELS and b in _NAME_LABELS and a[0] == b[0] and a.endswith("sur") and b.endswith("giv") \
                and words[x][:1].isupper() and not words[x].isupper() and words[x].isalpha() \
                and words[x + 1].isupper() and len(words[x + 1]) > 1 and words[x + 1].replace("-", "").isalpha() \
                and text[toks[x][1]:toks[x + 1][0]] == " ":
            labels[x], labels[x + 1] = a[0] + "giv", a[0] + "sur"
    return labels


_EDITED_BY_MARK = (("herausgegeben", "von"), ("edited", "by"), ("hg", ".", "v", "."), ("hrsg", ".", "v", "."),
                   ("hg", ".", "von"), ("hrsg", ".", "von"), ("ed", ".", "by"), ("eds", ".", "by"))


@_post_rule
def _edited_by_inside_source(text, toks, labels, words):
    """", herausgegeben von Claus-Dieter Krohn" (", edited by …") left at
    the end of the container run ("S. 88–111 in Exil im 20. Jahrhundert,
    herausgegeben von Claus-Dieter Krohn. München."), or ". Edited by …"
    at the end of the title run: the mark is no part of the book or title
    and the names after it are the editors.

    >>> t = "Lee, A. 2000. „Flucht“. S. 88–111 in Exil im Wandel, herausgegeben von Claus-Dieter Krohn. München."
    >>> labs = ["asur", "o", "agiv", "o", "year", "o", "title", "title", "title", "o", "o", "o", "fpage", "o", "lpage", "o"]
    >>> labs = _edited_by_inside_source(t, tokens(t), labs + ["source"] * 7 + ["o", "place", "o"])
    >>> labs[16:23]
    ['source', 'source', 'source', 'o', 'o', 'o', 'egiv']
    """
    n = len(words)
    low = [w.casefold() for w in words]
    for lab, i, j in _runs(toks, labels):
        if lab not in ("source", "title"):
            continue
        for m in range(i + 1, j):
            # a book's ", edited by"; a title's ". Edited by" (a sentence of its own)
            if not (words[m] == "," and lab == "source" or words[m] == "." and words[m + 1][:1].isupper()):
                continue
            mark = next((mk for mk in _EDITED_BY_MARK if tuple(low[m + 1:m + 1 + len(mk)]) == mk), None)
            if mark is None:
                continue
            e = m + 1 + len(mark)
            names, x = _given_first_names(words, e, n)
            if not names or x <= j and labels[x - 1] != "source" or not (x >= n or words[x] in ".,;:("):
                continue
            for y in range(m, e):
                labels[y] = "o"
            for y, nl in names:
                labels[y] = nl
            return labels
    return labels


@_post_rule
def _place_closing_source(text, toks, labels, words):
    """A book's place run into the end of its container after the book's
    last sentence ("in Elizabeth B. Silva and Carol Smart (eds.), The New
    Family? London, 13–30."), with no place read: it is the place.

    >>> t = "Lee, A. (1999). “Risk,” in C. Smart (ed.), The New Family? London, 13–30."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "o", "o", "title", "o", "o", "o", "egiv", "egiv", "esur", "o", "o", "o", "o", "o"]
    >>> _place_closing_source(t, tokens(t), labs + ["source"] * 5 + ["o", "fpage", "o", "lpage", "o"])[21:26]
    ['source', 'source', 'source', 'source', 'place']
    """
    if "place" in labels:
        return labels
    n = len(words)
    for lab, i, j in _runs(toks, labels):
        if lab != "source" or j - i < 3:
            continue
        if not (j + 1 >= n or words[j + 1] == "." and j + 2 >= n
                or j + 2 < n and words[j + 1] in ",:" and (words[j + 2][:1].isdigit() or words[j + 1] == ":")):
            continue
        b = next((x for x in range(j - 1, i, -1) if words[x] in ".?!" and words[x + 1][:1].isupper()
                  and (words[x] != "." or len(words[x - 1]) > 1 and words[x - 1].isalpha())), None)
        if b is None or b - i < 2 or j - b > 4 or not _place_words(words[b + 1:j + 1]):
            continue
        for x in range(b + 1, j + 1):
            labels[x] = "place"
        if words[b] == ".":
            labels[b] = "o"
        break
    return labels


_ABBR_SMALL = {"of", "and", "the", "&", "for", "in", "on", "und", "für", "de", "la"}


@_post_rule
def _abbreviated_journal_before_volume(text, toks, labels, words):
    """A journal abbreviated with full stops right before the volume ("…
    after the war. Coast. Rev. 12, 45–67", "J. Pers. Soc. Psychol. 12",
    "Am. J. Sociol. 12"), split between the title, names and the
    container by the model: the run of abbreviations is the journal.

    >>> t = "Lee, T. (2001). Harbour towns. Am. J. Sociol. 12, 45–67."
    >>> labs = ["asur", "o", "agiv", "agiv", "o", "year", "o", "o", "title", "title", "title", "title", "o", "source", "source", "source", "o", "volume", "o", "fpage", "o", "lpage", "o"]
    >>> _abbreviated_journal_before_volume(t, tokens(t), labs)[8:17]
    ['title', 'title', 'o', 'source', 'source', 'source', 'source', 'source', 'o']
    """
    n = len(words)
    first = _first_title(toks, labels)
    if first is None:
        return labels
    L = next((x for x in range(first[0] + 2, n) if labels[x] in ("volume", "issue", "fpage")
              and words[x][:1].isdigit()), None)
    if L is None:
        return labels
    y = L - 1
    if words[y] == ",":
        y -= 1
    units: list[int] = []
    dots = 0
    while y > first[0]:
        w = words[y]
        if w == "." and y - 1 > first[0]:
            v = words[y - 1]
            if v[:1].isupper() and v.isalpha() and len(v) <= 8 \
                    and v.casefold() not in _VOL | _NUM | _PAGES | _EDS:
                units = [y - 1, y] + units
                dots += 1
                y -= 2
                continue
            break
        if w.casefold() in _ABBR_SMALL or w.isupper() and w.isalpha() and len(w) <= 4 \
                or w[:1].isupper() and w.isalpha() and len(w) <= 8 and units:
            units = [y] + units
            y -= 1
            continue
        break
    if dots < 2 or not units or words[y] != "." or not (
            len(words[y - 1]) > 8 or words[y - 1][:1].islower() or words[y - 1] in _CLOSE_Q
            or words[y - 1][:1].isdigit()) or y - first[0] < 2:
        return labels
    if all(labels[x] == "source" for x in units if words[x] != "."):
        return labels
    for x in range(first[0], y):
        if labels[x] in _NAME_LABELS:
            return labels
    labels[y] = "o"
    for x in units:
        labels[x] = "source"
    if words[units[-1]] == "." and units[-1] + 1 < n and labels[units[-1] + 1] in ("volume", "issue", "fpage"):
        labels[units[-1]] = "o"
    for x in range(first[0], y):
        if labels[x] == "o" and x > first[0] and labels[x - 1] == "title" and words[x] in ",:;" \
                and labels[x + 1] == "title":
            labels[x] = "title"
    return labels


@_post_rule
def _note_after_year_is_title(text, toks, labels, words):
    """With no title read at all, a "note" sentence right after the names
    and the year ("Lehmbruch, G. and Schmitter, P. eds., 1982. Patterns of
    Corporatist Policy-Making. Beverly Hills: Sage.") is the title.

    >>> t = "Lee, G. eds., 1982. Patterns of Policy-Making. Leeds: Sage."
    >>> labs = ["esur", "o", "egiv", "egiv", "o", "o", "o", "year", "o", "note", "note", "note", "o", "place", "o", "publisher", "o"]
    >>> _note_after_year_is_title(t, tokens(t), labs)[9:13]
    ['title', 'title', 'title', 'o']
    """
    if "title" in labels or "year" not in labels:
        return labels
    y = labels.index("year")
    if not any(lab in _NAME_LABELS for lab in labels[:y]):
        return labels
    x = y + 1
    while x < len(words) and words[x] in ".,:)" and labels[x] == "o":
        x += 1
    if x >= len(words) or labels[x] != "note" or x - y > 3:
        return labels
    while x < len(words) and labels[x] == "note":
        labels[x] = "title"
        x += 1
    return labels


@_post_rule
def _source_after_place_colon(text, toks, labels, words):
    """"Place: Name" at the end of a chapter whose book was read, where the
    model read the name as a second container ("… pp. 204–20. Brussels,
    Belgium: Centre for European Policy Studies (CEPS)."): it is the
    publisher.

    >>> t = "Lee A. 2008 Ends. In Book (eds M Roe), pp. 2–9. Brussels: Centre for Policy Studies."
    >>> labs = ["asur", "agiv", "o", "year", "title", "o", "o", "source", "o", "o", "egiv", "esur", "o", "o", "o", "o", "fpage", "o", "lpage", "o", "place", "o"]
    >>> _source_after_place_colon(t, tokens(t), labs + ["source"] * 4 + ["o"])[22:26]
    ['publisher', 'publisher', 'publisher', 'publisher']
    """
    if "publisher" in labels:
        return labels
    runs = _runs(toks, labels)
    srcs = [(i, j) for lab, i, j in runs if lab == "source"]
    if len(srcs) < 2:
        return labels
    i, j = srcs[-1]
    if i < 2 or words[i - 1] != ":" or labels[i - 2] != "place":
        return labels
    for x in range(i, j + 1):
        labels[x] = "publisher"
    x = j + 1
    if x < len(words) and words[x] == "(" and labels[x + 1:x + 2] == ["note"]:
        while x < len(words) and words[x] != ")":
            labels[x] = "publisher"
            x += 1
        if x < len(words):
            labels[x] = "publisher"
        if x + 1 < len(words) and words[x + 1] == "." and labels[x + 1] == "note":
            labels[x + 1] = "o"
    return labels


def _is_caps_word(w: str) -> bool:
    return len(w) > 1 and w.isupper() and re.fullmatch(r"[^\W\d_]+(?:[-‐'’][^\W\d_]+)*", w) is not None


def _given_word(w: str) -> bool:
    return w[:1].isupper() and not w.isupper() and re.fullmatch(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*", w) is not None \
        or _INITIAL_UNIT.fullmatch(w) is not None


@_post_rule
def _capitals_name_list(text, toks, labels, words):
    """ISO 690's list of names with the surnames in capitals, the first
    inverted and the others either way ("LINDQVIST, Tora, Mensah OKAFOR,
    Rolf BEAUMONT und Ann LEE, 2001.", "LINDQVIST, Tora; OKAFOR, Mensah und
    BEAUMONT, Rolf, 2001."): the capitals are the surnames, the other words
    the given names, up to the year or the editors' mark.

    >>> t = "LEE, Tora, Mensah OKAFOR und ROE, Rolf, 2001. Häfen."
    >>> labs = _capitals_name_list(t, tokens(t), ["asur", "o", "agiv", "o", "asur", "asur", "agiv", "asur", "o", "agiv", "o", "year", "o", "title", "o"])
    >>> labs[:11]
    ['asur', 'o', 'agiv', 'o', 'agiv', 'asur', 'o', 'asur', 'o', 'agiv', 'o']
    """
    n = len(words)
    if n < 6 or not _is_caps_word(words[0]):
        return labels
    out: list[tuple[int, str]] = []
    x = 0
    names = 0
    while x < n:
        # a surname in capitals (particles in capitals too: "VAN DER BERG")
        s = x
        while x < n and _is_caps_word(words[x]) and x - s < 4:
            x += 1
        if x > s:
            out += [(y, "sur") for y in range(s, x)]
            names += 1
            short = lambda w: len(w) <= 3 and w.isupper() and w.isalpha()   # noqa: E731  "METALL, IG"
            if x + 1 < n and words[x] == "," and (_given_word(words[x + 1]) or short(words[x + 1])):
                g = x + 1
                y = g
                while y < n and (_given_word(words[y]) or y == g and short(words[y])
                                 or words[y] in ".-‐" and y > g):
                    y += 1
                # "ROE, Rolf" inverted: the given names run to a separator
                if y >= n or words[y] in (",", ";", "(", ".") or _YEAR.match(words[y]) \
                        or words[y].lower() in ("und", "and", "&", "et"):
                    out.append((x, "o"))
                    out += [(z, "giv") for z in range(g, y)]
                    x = y
        else:
            g = x
            while x < n and (_given_word(words[x]) or words[x] in ".-‐" and x > g):
                x += 1
            s = x
            while x < n and _is_caps_word(words[x]) and x - s < 4:
                x += 1
            if x == s or g == s:
                return labels
            out += [(y, "giv") for y in range(g, s)] + [(y, "sur") for y in range(s, x)]
            names += 1
        if x < n and (words[x] in (",", ";", "&") or words[x].lower() in ("und", "and")):
            sep = x
            x += 1
            if x < n and words[x].lower() in ("und", "and", "&"):
                x += 1
            if x < n and (_YEAR.match(words[x]) or words[x] == "("):
                out.append((sep, "o"))
                break
            out += [(z, "o") for z in range(sep, x)]
            continue
        break
    if names < 2 or x >= n or not (_YEAR.match(words[x]) or words[x] in "(." or words[x].lower() in ("et",)):
        return labels
    role = "a"
    z = x
    while z < n and words[z] in "(,.":
        z += 1
    if z < n and words[z].casefold() in _EDS:
        role = "e"
    if not any(labels[i] in _NAME_LABELS for i, lab in out if lab != "o"):
        return labels
    for i, lab in out:
        labels[i] = role + lab if lab != "o" else "o"
    return labels


@_post_rule
def _place_state_publisher(text, toks, labels, words):
    """"Mahwah, NJ: Lawrence Erlbaum Associates" / "Brussels, Belgium:
    Centre …": a place with its state or country, a colon and a name are
    place and publisher, however the model split them.

    >>> t = "Lee, Z., 2005. Anxiety. In: Book. Mahwah, NJ: Lawrence Erlbaum Associates. pp.125–41."
    >>> labs = ["asur", "o", "agiv", "agiv", "o", "year", "o", "title", "o", "o", "o", "source", "o", "publisher", "o", "place", "place"]
    >>> labs = _place_state_publisher(t, tokens(t), labs + ["source"] * 3 + ["o"] * 7)
    >>> labs[13:21]
    ['place', 'place', 'place', 'o', 'publisher', 'publisher', 'publisher', 'o']
    """
    n = len(words)
    for k in range(3, n - 1):
        if words[k] != ":" or not (re.fullmatch(r"[A-Z]{2}", words[k - 1]) or words[k - 1].lower() in _COUNTRIES) \
                or words[k - 2] != ",":
            continue
        a = k - 3
        while a > 0 and k - 3 - a < 2 and words[a - 1][:1].isupper() and words[a - 1].isalpha() \
                and labels[a - 1] == labels[a]:
            a -= 1
        if not (words[a][:1].isupper() and words[a].isalpha()) or a == 0 or words[a - 1] not in ".,;)" \
                or any(labels[x] not in ("place", "publisher", "source", "o") for x in range(a, k)):
            continue
        e = k + 1
        while e < n and words[e] not in ".,;(" and (words[e][:1].isupper() or words[e] in ("&", "and", "of", "/")) \
                and labels[e] in ("place", "publisher", "source", "o"):
            e += 1
        if e == k + 1 or e - k > 7:
            continue
        for x in range(a, k):
            labels[x] = "place"
        labels[k] = "o"
        for x in range(k + 1, e):
            labels[x] = "publisher"
        break
    return labels


@_post_rule
def _particle_surname_after_initials(text, toks, labels, words):
    """A name written initials first whose surname has particles ("and E.
    de St Aubin. 1998", "J. van der Berg,"): the particles and the words
    after them to the separator are the surname.

    >>> t = "McAdams, D. P., and E. de St Aubin. 1998. Title."
    >>> labs = ["asur", "o", "agiv", "agiv", "agiv", "agiv", "o", "o", "agiv", "agiv", "asur", "asur", "agiv", "o", "year", "o", "title", "o"]
    >>> _particle_surname_after_initials(t, tokens(t), labs)[8:14]
    ['agiv', 'agiv', 'asur', 'asur', 'asur', 'o']
    """
    n = len(words)
    for x in range(1, n - 4):
        if not (_INITIAL_UNIT.fullmatch(words[x]) and words[x + 1] == "." and labels[x] in _NAME_LABELS
                and (words[x - 1] in (",", "&") or words[x - 1].lower() in ("and", "und"))):
            continue
        y = x + 2
        if words[y].lower() not in _SURNAME_PARTICLES or not words[y].islower():
            continue
        while y < n and words[y].lower() in _SURNAME_PARTICLES and words[y].islower():
            y += 1
        if y + 1 < n and words[y] in ("St", "Ste"):
            y += 2 if words[y + 1] == "." else 1
        if y >= n or not (words[y][:1].isupper() and words[y].isalpha() and len(words[y]) > 1):
            continue
        e = y + 1
        if e < n and words[e] not in ".,;(:":
            continue
        role = labels[x][0]
        labels[x] = labels[x + 1] = role + "giv"
        for z in range(x + 2, e):
            labels[z] = role + "sur"
    return labels


@_post_rule
def _quoted_source_is_title(text, toks, labels, words):
    """With no title read, a quoted span read into the container that a
    further sentence follows ("2002. „Genderkompetenz als Schlüssel“.
    Journal Hochschuldidaktik 13(1)"): the quoted words are the title.

    >>> t = "Roe, S. 2002. „Kompetenz als Schlüssel“. Journal Didaktik 13(1): 7–10."
    >>> labs = ["asur", "o", "agiv", "agiv", "year", "o", "o"] + ["source"] * 7 + ["volume", "o", "issue", "o", "o", "fpage", "o", "lpage", "o"]
    >>> _quoted_source_is_title(t, tokens(t), labs)[6:14]
    ['o', 'title', 'title', 'title', 'o', 'o', 'source', 'source']
    """
    if "title" in labels:
        return labels
    n = len(words)
    o = next((x for x in range(n) if words[x] in _OPEN_Q and labels[x] in ("o", "source", "note")), None)
    if o is None or o + 2 >= n or labels[o + 1] not in ("source", "note"):
        return labels
    c = next((x for x in range(o + 2, n) if words[x] in _CLOSE_Q and toks[x][0] == toks[x - 1][1]), None)
    if c is None:
        return labels
    e = c + 1
    while e < n and words[e] in ".,:":
        e += 1
    if e >= n or labels[e] != labels[o + 1] or not words[e][:1].isupper():
        return labels
    for x in range(o + 1, c):
        labels[x] = "title"
    for x in range(c, e):
        labels[x] = "o"
    return labels


@_post_rule
def _journal_conjunction(text, toks, labels, words):
    """A journal whose name joins two nouns ("Gender & Society 4(2)",
    "Organization & Environment 12"), cut at the "&" by the model: the
    words to the volume are the journal's.

    >>> t = "Lee, J. 1990. „Bodies“. Gender & Society 4(2): 139–58."
    >>> labs = ["asur", "o", "agiv", "o", "year", "o", "o", "title", "o", "o", "source", "o", "o", "volume", "o", "issue", "o", "o", "fpage", "o", "lpage", "o"]
    >>> _journal_conjunction(t, tokens(t), labs)[10:14]
    ['source', 'source', 'source', 'volume']
    """
    n = len(words)
    for x in range(1, n - 2):
        if words[x] in ("&", "and", "und") and labels[x - 1] == "source" and labels[x] != "source":
            y = x + 1
            while y < n and words[y][:1].isupper() and words[y].isalpha() and labels[y] in ("o", "volume", "source") \
                    and not words[y].isdigit():
                y += 1
            if y == x + 1 or y >= n or labels[y] not in ("volume", "issue", "fpage") or not words[y][:1].isdigit():
                continue
            for z in range(x, y):
                labels[z] = "source"
    return labels


@_post_rule
def _year_closing_source(text, toks, labels, words):
    """With no year read, a year that closes the container, the title or
    the imprint before ";", ":" or the end ("J Autism Dev Disord
    1999;29:129–41", "Minding Futures for the 21st Century 2007.") is the
    year.

    >>> t = "Feifel H. Attitudes. Journal of Disease 1955;122:375–80."
    >>> _year_closing_source(t, tokens(t), ["asur", "agiv", "o", "title", "o", "source", "source", "source", "source", "o", "volume", "o", "fpage", "o", "lpage", "o"])[5:10]
    ['source', 'source', 'source', 'year', 'o']
    """
    if "year" in labels:
        return labels
    n = len(words)
    for y in range(n - 1, 0, -1):
        if _YEAR.match(words[y]) and labels[y] == "volume" and y + 2 < n and words[y + 1] == ":" \
                and labels[y + 2] == "fpage" and labels[y - 1] == "source":
            labels[y] = "year"      # "The Amicus Journal 2000:29–51": no volume printed
            return labels
        if not _YEAR.match(words[y]) or labels[y] not in ("source", "title", "publisher", "place", "note"):
            continue
        if y + 2 < n and words[y + 1] == ";" and words[y + 2][:1].isdigit() and labels[y - 1] == labels[y]:
            labels[y] = "year"      # "Political Analysis 2004;12:105–27", the ";" read into the journal
            labels[y + 1] = "o"
            return labels
        if y + 1 < n and labels[y + 1] == labels[y]:
            continue
        after = words[y + 1] if y + 1 < n else ""
        if after in (";", ":") or after in (".", "") and y + 2 >= n:
            labels[y] = "year"
            return labels
    return labels


@_post_rule
def _journal_last_sentence_before_year(text, toks, labels, words):
    """Vancouver's "Journal 2001;27:5–40" after a title of more than one
    sentence: the journal is the last sentence before the year; a sentence
    before it that the model gave to the journal ("Herrschaft.
    Weltanschauungseliten im NS-Regime. Geschichte und Gesellschaft
    2001;27") or the journal left in the title ("… John Rawls? Ethics
    1995;105") is sorted so.

    >>> t = "Raphael L. Ordnung der Herrschaft. Eliten im NS-Regime. Geschichte und Gesellschaft 2001;27:5–40."
    >>> labs = ["asur", "agiv", "o"] + ["title"] * 3 + ["o"] + ["source"] * 7 + ["year", "o", "volume", "o", "fpage", "o", "lpage", "o"]
    >>> _journal_last_sentence_before_year(t, tokens(t), labs)[3:14]
    ['title', 'title', 'title', 'title', 'title', 'title', 'title', 'o', 'source', 'source', 'source']
    >>> t = "Macedo S. The Case of John Rawls? Ethics 1995;105:468–96."
    >>> labs = ["asur", "agiv", "o"] + ["title"] * 7 + ["year", "o", "volume", "o", "fpage", "o", "lpage", "o"]
    >>> _journal_last_sentence_before_year(t, tokens(t), labs)[3:11]
    ['title', 'title', 'title', 'title', 'title', 'title', 'source', 'year']
    """
    n = len(words)
    y = next((x for x in range(2, n - 2) if labels[x] == "year" and words[x + 1] in ";:"
              and words[x + 2][:1].isdigit() and labels[x - 1] in ("source", "title", "o")), None)
    if y is None:
        return labels
    if labels[y - 1] == "o":
        a = y - 1
        while a > 0 and labels[a - 1] == "o" and words[a - 1][:1].isupper() and words[a - 1].isalpha():
            a -= 1
        if "source" not in labels and words[a - 1] == "." and all(
                words[x][:1].isupper() and words[x].isalpha() for x in range(a, y)) and "title" in labels[:a]:
            for x in range(a, y):
                labels[x] = "source"        # "… Polluters. Sierra 1999:46–54"
        return labels
    lab = labels[y - 1]
    a = y - 1
    while a > 0 and labels[a - 1] == lab:
        a -= 1
    if lab == "source" and not (a >= 2 and labels[a - 1] == "o" and words[a - 1] == "."
                                and labels[a - 2] == "title"):
        return labels
    cut = None
    for x in range(y - 2, a, -1):
        wordy = re.fullmatch(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*", words[x - 1])
        if words[x] in ".?!" and words[x + 1][:1].isupper() and (
                words[x] != "." or wordy and (len(words[x - 1]) > 4 or words[x - 1][:1].islower())):
            cut = x
            break
        if words[x] == ".":
            return labels       # an abbreviated journal ("Soc. Sci. Med.")
    if cut is None or y - 1 - cut > 8:
        return labels
    if lab == "title" and cut - a < 3:
        return labels
    start = a - 2 if lab == "source" else a
    for x in range(start, cut):
        labels[x] = "title"
    labels[cut] = "title" if words[cut] in "?!" else "o"
    for x in range(cut + 1, y):
        labels[x] = "source"
    return labels


@_post_rule
def _ed_mark_opens_container(text, toks, labels, words):
    """An editors' mark read as the container's first word ("In: K.
    Burmeister und B. Böhning, Hrsg. Generationen und Gerechtigkeit"): the
    mark and its stop are no part of the container.

    >>> t = "In: K. Burmeister, Hrsg. Generationen und Gerechtigkeit. Hamburg."
    >>> _ed_mark_opens_container(t, tokens(t), ["o", "o", "egiv", "egiv", "esur", "o"] + ["source"] * 5 + ["o", "place", "o"])[6:9]
    ['o', 'o', 'source']
    """
    for lab, i, j in _runs(toks, labels):
        if lab != "source" or j - i < 2:
            continue
        x = i
        while x < j and (words[x].casefold() in _EDS or words[x] in ".,:" and x > i):
            x += 1
        if x > i and words[x - 1] in ".:" and words[x][:1].isupper():
            for y in range(i, x):
                labels[y] = "o"
    return labels


@_post_rule
def _volume_before_page_mark(text, toks, labels, words):
    """A number closing the container right before the page mark
    ("in Psychol Bull 101, pp. 213–232", "in Journal 14, 1, S. 61–8") is
    the volume (and a second number after it the issue), when none was
    read.

    >>> t = "in Psychol Bull 101, pp. 213–32."
    >>> _volume_before_page_mark(t, tokens(t), ["o", "source", "source", "source", "o", "o", "o", "fpage", "o", "lpage", "o"])[3]
    'volume'
    """
    if "volume" in labels:
        return labels
    n = len(words)
    for lab, i, j in _runs(toks, labels):
        if lab != "source" or j - i < 1 or not words[j].isdigit() or _YEAR.match(words[j]) \
                or not words[j - 1][:1].isalpha() or len(words[j]) > 4:
            continue
        k = j + 1
        issue = None
        if k + 1 < n and words[k] == "," and words[k + 1].isdigit() and not _YEAR.match(words[k + 1]) \
                and len(words[k + 1]) <= 3 and k + 2 < n and words[k + 2] == ",":
            issue = k + 1
            k += 2
        if k + 2 < n and words[k] == "," and words[k + 1].casefold() in _PAGES \
                and (words[k + 2] == "." or words[k + 2].isdigit()):
            labels[j] = "volume"
            if issue is not None:
                labels[issue] = "issue"
        break
    return labels


_CONJ = {"and", "und", "&", "et", "y", "e"}


@_post_rule(title=True)
def _names_before_year_in_title(text, toks, labels, words, i, j):
    """A title run that opens with the last names of the author list and
    the year ("… Leonard Ray, and Jane E. Salk. 1996. Competencies …",
    "…; BATT, Rosemary 1994. The New …", "American Psychiatric Association
    1994. Diagnostic …"), with no year read: the words before the year are
    names (a surname after given names or a conjunction, given names after
    "Surname,"; all of them one organisation when no name precedes), the
    year is the year and the title starts after it.

    >>> t = "Bruce, Steve, and Iain Rosie. 2004. Sectarianism in Scotland. Edinburgh."
    >>> _names_before_year_in_title(t, tokens(t), ["asur", "o", "agiv", "o"] + ["title"] * 9 + ["o", "place", "o"])[:13]
    ['asur', 'o', 'agiv', 'o', 'o', 'agiv', 'asur', 'o', 'year', 'o', 'title', 'title', 'title']
    """
    if "year" in labels:
        return labels
    y = next((y for y in range(i, min(j, i + 10)) if _YEAR.match(words[y])), None)
    if y is None or y == i or y + 1 > j or words[y + 1] not in ".):":
        return labels
    head = list(range(i, y))
    if words[head[-1]] == "(":
        head.pop()
    for x in head:
        w = words[x]
        if not (w[:1].isupper() and w.replace("-", "").replace("’", "").replace("'", "").isalpha()
                or w in (",", ";", ".") or w.lower() in _CONJ):
            return labels
    if not any(words[x][:1].isupper() for x in head):
        return labels
    prev = next((x for x in range(i - 1, -1, -1) if labels[x] in _NAME_LABELS), None)
    if prev is None:
        role = "a"
        kinds = ["sur"] * len(head)
    else:
        role = labels[prev][0]
        after_comma = words[i - 1] == "," and labels[prev].endswith("sur")
        kinds = []
        caps = [x for x in head if words[x][:1].isupper() and words[x].lower() not in _CONJ]
        for x in head:
            if x not in caps:
                kinds.append("")
            elif after_comma or (x != caps[-1] and not words[head[0]].lower() in _CONJ
                                 and labels[prev].endswith("giv")):
                kinds.append("giv" if after_comma else "sur")
            else:
                kinds.append("sur" if x == caps[-1] else "giv")
    for x, k in zip(head, kinds):
        labels[x] = role + k if k else "o"
    for x in range(head[-1] + 1, y):
        labels[x] = "o"
    labels[y] = "year"
    z = y + 1
    while z <= j and not words[z][:1].isalnum() and words[z] not in _OPEN_Q:
        labels[z] = "o"
        z += 1
    return labels


@_post_rule
def _source_before_title_is_title(text, toks, labels, words):
    """A container read before the title with no "In" before it ("Bertaux,
    Daniel, and Paul Thompson, eds. 1997. Pathways to Social Class: A
    Qualitative Approach …"): the work's own title begins there, so the run
    is the title's head when only a colon, comma or stop parts it from the
    title run.

    >>> t = "Lee, K., ed. 1997. Pathways to Class: A Qualitative Approach. Oxford."
    >>> labs = ["asur", "o", "agiv", "agiv", "o", "o", "o", "year", "o", "source", "source", "source", "o", "title", "title", "title", "o", "place", "o"]
    >>> _source_before_title_is_title(t, tokens(t), labs)[9:16]
    ['title', 'title', 'title', 'title', 'title', 'title', 'title']
    """
    first = _first_title(toks, labels)
    if first is None:
        return labels
    i, _ = first
    runs = [(a, b) for lab, a, b in _runs(toks, labels) if lab == "source" and b < i]
    if len(runs) != 1:
        return labels
    a, b = runs[0]
    if i - b > 2 or any(words[x] not in ":,." for x in range(b + 1, i)):
        return labels
    if any(words[x].casefold() in ("in", "dans") or labels[x] not in _NAME_LABELS + ("o", "year")
           for x in range(0, a)):
        return labels
    if words[b].isdigit():
        return labels
    for x in range(a, i):
        labels[x] = "title"
    return labels


@_post_rule
def _ed_mark_after_names(text, toks, labels, words):
    """An editors' mark after the names that open the entry ("Crouch, Colin,
    and Alessandro Pizzorno, Eds. 1978.", "Benz, Wolfgang, Hrsg. 1985.",
    "Smith, J. (ed.):"), read as a name: the names are the editors and the
    mark no name.

    >>> t = "Benz, Wolfgang, Hrsg. 1985. Die Vertreibung. Frankfurt."
    >>> _ed_mark_after_names(t, tokens(t), ["asur", "o", "agiv", "o", "agiv", "o", "year", "o", "title", "title", "o", "place", "o"])[:6]
    ['esur', 'o', 'egiv', 'o', 'o', 'o']
    """
    n = len(words)
    x = 0
    marks = _ED_WORDS | {"herausgeber", "herausgeberin", "editor", "editors"}

    def after_names(x):     # ", Eds." / "(Hg.)" / "Benz, W. Hrsg.," (after an initial's stop)
        return words[x - 1] in ",(" or x >= 2 and words[x - 1] == "." \
            and re.fullmatch(r"[A-ZÀ-Þ]", words[x - 2]) is not None
    while x < n and (labels[x] in _NAME_LABELS or labels[x] == "o" and words[x] in ",.;&/-"
                     or words[x].lower() in _CONJ):
        if words[x].casefold() in marks and x > 0 and after_names(x):
            break
        x += 1
    if x >= n or x == 0 or words[x].casefold() not in marks or not after_names(x):
        return labels
    end = x + 1
    while end < n and words[end] in ".),":
        end += 1
    if end < n and not (_YEAR.match(words[end]) or words[end] in "(:," or labels[end] in ("title", "source")):
        return labels
    if not any(labels[y] in ("asur", "esur") for y in range(0, x)):
        return labels
    for y in range(0, x):
        if labels[y] in ("asur", "agiv"):
            labels[y] = "e" + labels[y][1:]
    for y in range(x - 1 if words[x - 1] == "," else x, end):
        labels[y] = "o"
    if words[x - 1] == "." and labels[x - 1] == "o" and labels[x - 2] in ("agiv", "egiv"):
        labels[x - 1] = "egiv"
    return labels


@_post_rule
def _inverted_names_by_separator(text, toks, labels, words):
    """An author list of inverted names parted by ";" or "/" ("Hix, Simon;
    Noury, Abdul; Roland, Gérard 2007.", "Müller, Hans/Schmidt, Eva
    (1998)"): in each part the words before the comma are the surname,
    those after it the given names, whatever the model read.

    >>> t = "Hix, Simon; Roland, Gérard 2007. Politics."
    >>> _inverted_names_by_separator(t, tokens(t), ["asur", "o", "agiv", "o", "agiv", "o", "asur", "year", "o", "title", "o"])[:7]
    ['asur', 'o', 'agiv', 'o', 'asur', 'o', 'agiv']
    """
    n = len(words)
    end = 0
    while end < n and (labels[end] in _NAME_LABELS or labels[end] == "o" and words[end] in ",.;/-"):
        end += 1
    if end < 4:
        return labels
    seps = [x for x in range(end) if words[x] in (";", "/")]
    if not seps:
        return labels
    sep_word = words[seps[0]]
    if any(words[x] != sep_word for x in seps):
        return labels
    bounds = [-1] + seps + [end]
    parts = [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)]
    plan = []
    for a, b in parts:
        commas = [x for x in range(a, b) if words[x] == ","]
        if len(commas) != 1 or commas[0] == a or commas[0] == b - 1:
            return labels
        c = commas[0]
        if not all(words[x][:1].isupper() or words[x].lower() in _PARTICLES or words[x] in ".-"
                   for x in range(a, b) if x != c):
            return labels
        plan.append((a, c, b))
    role = "e" if all(labels[x][0] == "e" for x in range(end) if labels[x] in _NAME_LABELS) else "a"
    for a, c, b in plan:
        for x in range(a, c):
            labels[x] = role + "sur"
        for x in range(c + 1, b):
            labels[x] = role + "giv"
    return labels


@_post_rule
def _journal_sentence_before_locator(text, toks, labels, words):
    """With no container read, a title (or note) run followed straight by
    the volume or pages ("Self-Report and Fantasy Correlates of Death
    Concern. Psychological Reports. 37:147–58.", "… God v. John Rawls?
    Ethics 105: 468–96"): its last sentence is the journal.

    >>> t = "Lee L. 1975. Death Concern. Psychological Reports. 37:147–58."
    >>> labs = ["asur", "agiv", "o", "year", "o"] + ["title"] * 5 + ["o", "volume", "o", "fpage", "o", "lpage", "o"]
    >>> _journal_sentence_before_locator(t, tokens(t), labs)[5:11]
    ['title', 'title', 'o', 'source', 'source', 'o']
    >>> t = "Scott, B. 2001. The Divide. Foreign Affairs: 160–177."
    >>> labs = ["asur", "o", "agiv", "o", "year", "o"] + ["title"] * 5 + ["o", "fpage", "o", "lpage", "o"]
    >>> _journal_sentence_before_locator(t, tokens(t), labs)[6:13]
    ['title', 'title', 'o', 'source', 'source', 'o', 'fpage']
    """
    if "source" in labels:
        return labels
    n = len(words)
    runs = [(lab, a, b) for lab, a, b in _runs(toks, labels) if lab in ("title", "note")]
    if not runs or (runs[0][0] == "note" and "title" in labels):
        return labels
    lab, a, b = runs[0]
    k = b + 1
    while k < n and words[k] in "[]" or k + 2 < n and words[k] == "[" and words[k + 1].casefold() in _MEDIUM:
        k += 3 if words[k] == "[" else 1     # "Review [online]. 12"
    if k < n and words[k] in ".,":
        k += 1
    if k + 1 < n and words[k] == ":" and labels[k + 1] == "fpage":
        k += 1      # "Foreign Affairs: 160–177", "Sierra.:46–54": the pages with no volume
    if k + 2 < n and words[k - 1] == "," and words[k].lower() in _VOL | _NUM | _PAGES | {"v"} \
            and words[k + 1] == "." and words[k + 2].isdigit() \
            and labels[k + 2] in ("volume", "issue", "fpage") and "fpage" in labels[k + 2:]:
        k += 2      # "Psychological Reports, v. 37, p. 147–58" (ABNT), ", Vol. 37, pp. 1–9"; not
        # a book's volume ("Festschrift zum 150jährigen Bestehen, Bd. 1, hg. …")
    last = k + 1 >= n or k + 2 == n and words[k + 1] == "."
    if k >= n or _YEAR.match(words[k]) or not (
            words[k].isdigit() and (labels[k] in ("volume", "issue", "fpage") or last and len(words[k]) <= 4)
            or last and re.fullmatch(r"[IVXL]{1,5}", words[k])):
        return labels
    if last and labels[k] not in ("volume", "issue"):
        labels[k] = "volume"     # "Series Title, 130." / "Die Liebe zur Landschaft, II."
    if not any(lab in _NAME_LABELS for lab in labels[:a]):
        return labels       # no author: the run may be a periodical's own name
    end = b - 1 if words[b] == "." else b

    def abbrev(x):      # "J. Pers. Soc. Psychol.": a stop inside a journal's abbreviation
        short = words[x - 1][:1].isupper() and len(words[x - 1]) <= 5
        return words[x - 1][:1].isupper() and x - 3 >= a and words[x - 2] == "." \
            and words[x - 3][:1].isupper() and len(words[x - 3]) <= 5 \
            or short and x + 2 <= end + 1 and x + 2 < n and words[x + 2] == "."
    cut = None
    for x in range(end - 1, a, -1):
        if words[x] in ".?!" and words[x + 1][:1].isupper() \
                and (words[x] != "." or len(words[x - 1]) > 1 and words[x - 1].isalpha()
                     and not abbrev(x) or words[x - 1] in _CLOSE_Q
                     or len(words[x - 1]) >= 3 and words[x - 1].isdigit()):
            cut = x
            break
        if words[x] == ":" or end - x > 12:
            break
    if cut is None or cut - a < 2 or words[cut + 1].casefold() in _VOL | _NUM | _PAGES | _EDS:
        return labels       # "Title. Vol. 2": a locator, no journal
    for x in range(a, cut):
        labels[x] = "title"
    labels[cut] = "title" if words[cut] in "?!" else "o"
    for x in range(cut + 1, end + 1):
        labels[x] = "source"
    if end < b:
        labels[b] = "o"
    return labels


@_post_rule(title=True)
def _year_opens_title(text, toks, labels, words, i, j):
    """A year opening the title run right after the names, with no year
    read ("APPELBAUM E, BATT R. 1994 The New American Workplace."): the
    year is the year.

    >>> t = "Batt R. 1994 The New Workplace. Ithaca."
    >>> _year_opens_title(t, tokens(t), ["asur", "agiv", "o", "title", "title", "title", "title", "o", "place", "o"])[:5]
    ['asur', 'agiv', 'o', 'year', 'title']
    """
    if "year" in labels or not _YEAR.match(words[i]) or i + 1 > j:
        return labels
    if not any(lab in _NAME_LABELS for lab in labels[:i]) \
            or any(lab not in _NAME_LABELS + ("o",) for lab in labels[:i]):
        return labels
    labels[i] = "year"
    if words[i + 1] in ".:)":
        labels[i + 1] = "o"
    return labels


@_post_rule(title=True)
def _abbreviated_journal_read_as_names(text, toks, labels, words, i, j):
    """An abbreviated journal after the title read as names ("Harbour
    towns. J. Coast. Soc. Stud. 62, 1003–1015 (1992)."): the capitalised
    words and stops between the title and the volume, with no "in" or
    editors' mark among them, are the journal.

    >>> t = "Okafor, M. Harbour towns. J. Coast. Stud. 62, 1003–15 (1992)."
    >>> labs = ["asur", "o", "agiv", "agiv", "title", "title", "o", "agiv", "agiv", "asur", "o", "o", "o", "volume", "o", "fpage", "o", "lpage", "o", "year", "o", "o"]
    >>> _abbreviated_journal_read_as_names(t, tokens(t), labs)[6:14]
    ['o', 'source', 'source', 'source', 'source', 'source', 'o', 'volume']
    """
    if "source" in labels:
        return labels
    n = len(words)
    a = j + 1
    while a < n and words[a] in ".,":
        a += 1
    b = a
    while b < n and (words[b][:1].isupper() and words[b].isalpha() or words[b] in (".", "&")) \
            and (labels[b] in _NAME_LABELS or labels[b] == "o"):
        b += 1
    if b - a < 2 or b >= n or not words[b].isdigit() or labels[b] not in ("volume", "fpage", "issue") \
            or not any(labels[x] in _NAME_LABELS for x in range(a, b)) \
            or any(words[x].casefold() in _EDS | _IN for x in range(a, b)):
        return labels
    end = b - 1 if words[b - 1] == "." and len(words[b - 2]) > 3 else b
    for x in range(a, end):
        labels[x] = "source"
    return labels


@_post_rule
def _saint_in_name(text, toks, labels, words):
    """"St." inside a surname ("E. de St. Aubin", "St. John, A."): the stop
    and the word after it are part of the surname the model began.

    >>> t = "McAdams, D., and E. de St. Aubin. 1992. Title."
    >>> _saint_in_name(t, tokens(t), ["asur", "o", "agiv", "agiv", "o", "o", "agiv", "agiv", "asur", "asur", "o", "source", "o", "year", "o", "title", "o"])[8:12]
    ['asur', 'asur', 'asur', 'asur']
    """
    n = len(words)
    for x in range(n - 2):
        if words[x] in ("St", "Ste") and words[x + 1] == "." and labels[x] in _NAME_LABELS \
                and words[x + 2][:1].isupper() and words[x + 2].isalpha() \
                and labels[x + 2] not in _NAME_LABELS:
            sur = labels[x][0] + "sur"
            labels[x] = labels[x + 1] = labels[x + 2] = sur
    return labels


_MEDIUM = {"online", "internet", "elektronisch", "electronic", "cd-rom", "e-book", "ebook", "pdf"}


@_post_rule
def _medium_designation(text, toks, labels, words):
    """A medium designation in brackets ("Coastal Review [online]. 12(3)",
    "[Internet]", "[CD-ROM]") belongs to no field.

    >>> t = "Okafor, M., 2001. Towns. Review [online]. 12, 45–67."
    >>> _medium_designation(t, tokens(t), ["asur"] + ["o"] * 8 + ["source", "title", "title", "o"] + ["o"] * 7)[10:13]
    ['o', 'o', 'o']
    """
    n = len(words)
    for x in range(n - 2):
        if words[x] == "[" and words[x + 1].casefold() in _MEDIUM and words[x + 2] == "]":
            labels[x] = labels[x + 1] = labels[x + 2] = "o"
    return labels


#: a statement of the original edition's year: "(orig. 1927)", "(Original
#: work published 1927)", "first published in 1867", "[Erstausgabe 1927]",
#: "zuerst 1927", "Orig.-Ausg. 1927", "originally published in 1946 by …"
ORIGINAL_YEAR = re.compile(
    r"(?i)(?<!\w)(?:orig(?:inal)?\.?(?:-?ausg(?:abe)?\.?|\s+ed\.)?|original(?:ly)?(?:\s+work)?\s+published"
    r"|first\s+(?:published|ed(?:ition|\.)|publ\.)|first\s+appeared|zuerst(?:\s+(?:erschienen|veröffentlicht))?"
    r"|erst(?:mals|veröffentlicht)(?:\s+(?:erschienen|veröffentlicht))?|erstausgabe|erstveröffentlichung"
    r"|originalausgabe|urspr(?:ünglich|\.)(?:\s+(?:erschienen|veröffentlicht))?|publié\s+(?:pour\s+la\s+première"
    r"\s+fois|en)|éd\.\s+orig\.)\s*:?\s*(?:in\s+|im\s+Jahr\s+|en\s+)?((?:1[5-9]|20)\d\d)(?!\d)")


_CONJ_WORDS = {"&", "and", "und", "et", "y", "e"}


def _initials_list_end(words: list[str], x: int) -> int | None:
    """Where a list of names written "Surname, I." (Nature, Cell, APA:
    "Okafor, M., Ruiz, T. H. & Adler, K.") or "Surname IN" (Vancouver:
    "Okafor M, Ruiz TH.") that starts at ``x`` ends: the first word after
    the last initials' full stop when what follows is no name, year,
    bracket or editors' mark (a title's first word); None when the words
    at ``x`` are no such list or its end is not clear.

    >>> w = "Lee , A . & Kim , B . H . Women , Work , and Towns .".split()
    >>> _initials_list_end(w, 0), _initials_list_end("Lee , A . ( 2001 )".split(), 0)
    (11, None)
    >>> _initials_list_end("Lee A , Kim BH . Women , Work .".split(), 0)
    6
    """
    n = len(words)
    vancouver = None
    while x < n:
        s = x
        while x < n and x - s < 4 and (words[x][:1].isupper() and words[x].isalpha()
                                        or words[x].lower() in _PARTICLES and x > s - 1
                                        or words[x] in ("-", "'") and x > s):
            if vancouver is not False and x > s and re.fullmatch(r"[A-ZÀ-Þ]{1,3}", words[x]) \
                    and words[x - 1][:1].isupper() and not words[x - 1].isupper():
                break       # "Okafor MH": the initials
            x += 1
        if x == s or x >= n:
            return None
        if words[x] == "," and vancouver is not True:
            vancouver = False
            x += 1
            k = x
            while x + 1 < n and re.fullmatch(r"[A-ZÀ-Þ][a-z]?", words[x]) and words[x + 1] == ".":
                x += 2
                if x < n and words[x] in ("-", "‐"):
                    x += 1
            if x == k:
                return None
        elif re.fullmatch(r"[A-ZÀ-Þ]{1,3}", words[x]) and vancouver is not False:
            if vancouver is None and words[s].lower() in _given_names():
                return None     # "Norman M. Naimark": a given name first
            single = len(words[x]) == 1
            x += 1
            if x < n and words[x] == ".":
                if single and vancouver is None:
                    return None     # one unit "Lee M." or "Norman M. Naimark": not clear
                x += 1
                return x if x < n and words[x][:1].isupper() and words[x].isalpha() else None
            vancouver = True
        else:
            return None
        if x >= n:
            return None
        w = words[x]
        if w == ",":
            if x + 1 < n and words[x + 1] in _CONJ_WORDS:
                x += 2
            else:
                x += 1
            continue
        if w in _CONJ_WORDS and w != "e":
            x += 1
            continue
        if vancouver or not (w[:1].isupper() and w.isalpha()) or len(w) == 1 \
                or w.lower() in ("et", "eds", "ed", "hrsg", "hg"):
            return None
        if x + 3 < n and words[x + 1] == "," and re.fullmatch(r"[A-ZÀ-Þ][a-z]?", words[x + 2]) \
                and words[x + 3] == ".":
            continue        # "Atanasov, P. Cvetanova, G.": a name, its separator lost
        return x
    return None


@_post_rule
def _title_after_initials_list(text, toks, labels, words):
    """The title's first words read as more names after a list of names
    with initials ("Adler, K. Women, Work, and the Harbour.", "Lee, T. &
    Okafor, M. Pedagogy, Control, and Identity", Vancouver's "Okafor M.
    Harbours, Docks and Quays."): the names end with the last initials'
    stop when no separator, year or bracket follows it; the name labels
    between there and the title run are the title's.

    >>> t = "Adler, K. Women, Work, and the Harbour. Coast. Rev. 12, 45–67 (2000)."
    >>> labs = ["asur", "o", "agiv", "agiv", "agiv", "o", "agiv", "o", "title", "title", "title", "o"]
    >>> _title_after_initials_list(t, tokens(t), labs + ["source"] * 4 + ["volume"])[4:11]
    ['title', 'title', 'title', 'title', 'title', 'title', 'title']
    """
    x = 0
    while x < len(words) and labels[x] not in ("asur", "agiv"):
        if words[x][:1].isalpha():
            return labels
        x += 1
    end = _initials_list_end(words, x)
    if end is None or labels[end] not in ("asur", "agiv"):
        return labels
    t = end
    while t < len(words) and labels[t] in ("asur", "agiv", "o"):
        t += 1
    if t < len(words) and labels[t] != "title" and t - end > 1:
        # no title run after them ("Okafor, M. Harbour, Dock, Quay. in Ports (ed. …)"): the
        # names' sentence, up to its stop before "in" or the container, is the title
        d = next((y for y in range(end + 1, t) if words[y] == "." and len(words[y - 1]) > 1), None)
        if d is not None and d + 1 < len(words) and (words[d + 1] in ("in", "In") or labels[d + 1] == "source"):
            for y in range(end, d):
                labels[y] = "title"
        return labels
    if t >= len(words) or labels[t] != "title" or t - end > 10:
        return labels
    for y in range(end, t):
        labels[y] = "title"
    return labels


@_post_rule
def _volume_comma_single_page(text, toks, labels, words):
    """"Journal 12, 45 (1998)" (Nature's manner with a one-page article):
    the number after the volume's comma, read as a second volume, is the
    page; and a volume mark closing a container run ("in The Book of Ports
    vol. 2 (eds …)", "Küsten im Wandel Bd. 2") gives the volume.

    >>> t = "Lee, A. Towns. Coastal Review 12, 45 (1998)."
    >>> _volume_comma_single_page(t, tokens(t), ["asur", "o", "agiv", "agiv", "title", "o", "source", "source", "volume", "o", "volume", "o", "year", "o", "o"])[8:11]
    ['volume', 'o', 'fpage']
    >>> t = "Lee, A. Towns. in Ports vol. 2 (Verso, 1994)."
    >>> _volume_comma_single_page(t, tokens(t), ["asur", "o", "agiv", "agiv", "title", "o", "o", "source", "source", "source", "source", "o", "publisher", "o", "year", "o", "o"])[7:11]
    ['source', 'o', 'o', 'volume']
    """
    n = len(words)
    if "fpage" not in labels:
        for x in range(n - 2):
            if labels[x] == "volume" and words[x].isdigit() and words[x + 1] == "," \
                    and labels[x + 2] == "volume" and words[x + 2].isdigit() \
                    and (x + 3 >= n or words[x + 3] in "(.;") and (x == 0 or labels[x - 1] != "volume"):
                labels[x + 1], labels[x + 2] = "o", "fpage"
                break
    if "volume" not in labels:
        for lab, i, j in _runs(toks, labels):
            if lab != "source" or j - i < 3:
                continue
            if words[j].isdigit() and words[j - 1] == "." and words[j - 2].lower() in _VOL \
                    and j - 2 > i:
                labels[j - 2] = labels[j - 1] = "o"
                labels[j] = "volume"
            elif words[j].isdigit() and words[j - 1].lower() in ("vol", "volume", "band", "bd") and j - 1 > i:
                labels[j - 1] = "o"
                labels[j] = "volume"
    return labels


@_post_rule
def _year_repeated_after_source(text, toks, labels, words):
    """The year printed again after the journal ("Zeitschrift für
    Küstenforschung. 1998. Bd. 12, Nr. 3", ISO 690's manner), read into the
    container: it is no part of it.

    >>> t = "LEE, Ann, 1998. Häfen. Küstenforschung. 1998. Bd. 12."
    >>> labs = ["asur", "o", "agiv", "o", "year", "o", "title", "o", "source", "source", "source", "o", "o", "o", "volume", "o"]
    >>> _year_repeated_after_source(t, tokens(t), labs)[8:12]
    ['source', 'o', 'o', 'o']
    """
    years = {words[x] for x, lab in enumerate(labels) if lab == "year"}
    for lab, i, j in _runs(toks, labels):
        if lab != "source" or j - i < 2 or words[j] not in years or words[j - 1] not in ".,":
            continue
        if j + 1 < len(words) and words[j + 1] not in ".,;":
            continue
        labels[j] = labels[j - 1] = "o"
    return labels


@_post_rule
def _journal_before_repeated_year(text, toks, labels, words):
    """ISO 690's article: "Title. Journal. 1998. Bd. 12, Nr. 3, S. 45–67",
    the year of the names printed again after the journal: the sentence
    right before that year, read into the title, is the journal.

    >>> t = "LEE, Ann, 1998. Häfen im Norden. Küsten im Wandel. 1998. Bd. 12."
    >>> labs = ["asur", "o", "agiv", "o", "year", "o"] + ["title"] * 8 + ["o", "o", "o", "o", "volume", "o"]
    >>> _journal_before_repeated_year(t, tokens(t), labs)[6:16]
    ['title', 'title', 'title', 'o', 'source', 'source', 'source', 'o', 'o', 'o']
    """
    n = len(words)
    first = next((x for x, lab in enumerate(labels) if lab == "year"), None)
    if first is None or "source" in labels:
        return labels
    ft = _first_title(toks, labels)
    if ft is None or ft[0] < first:
        return labels       # the year of the names comes before the title
    for y in range(ft[0] + 3, n):
        if words[y] != words[first] or words[y - 1] != "." or labels[y - 2] != "title":
            continue
        after = words[y + 2] if y + 2 < n else ""
        if y + 1 < n and words[y + 1] not in ".,":
            continue
        if after and not (after.lower() in _VOL | _NUM | _PAGES or after[:1].isdigit()
                          or after.lower() in ("doi", "issn", "verfügbar", "available")):
            continue
        e = y - 2
        c = e
        while c > ft[0] and not (words[c] in ".?!" and c < e and (
                words[c] in "?!" or len(words[c - 1]) > 1 and (words[c - 1].isalpha() or words[c - 1][-1:].isdigit())
                or words[c - 1] in _CLOSE_Q)):
            c -= 1
        if c <= ft[0] or e - c > 12 or not words[c + 1][:1].isupper() \
                or any(labels[x] != "title" for x in range(c + 1, e + 1)):
            return labels
        if words[c] == ".":
            labels[c] = "o"
        for x in range(c + 1, e + 1):
            labels[x] = "source"
        labels[y - 1] = labels[y] = "o"
        return labels
    return labels


@_post_rule
def _place_colon_in_publisher(text, toks, labels, words):
    """"(Leeds: Northgate Press)", "(Berlin: Campus)" read as one publisher
    (Cell's and Nature's imprint in brackets): the words before the colon,
    a place, are the place.

    >>> t = "Lee, A. (1998). Towns (Leeds: Northgate Press)."
    >>> labs = ["asur", "o", "agiv", "agiv", "o", "year", "o", "o", "title", "o"] + ["publisher"] * 4 + ["o", "o"]
    >>> _place_colon_in_publisher(t, tokens(t), labs)[10:14]
    ['place', 'o', 'publisher', 'publisher']
    """
    if "place" in labels:
        return labels
    for lab, i, j in _runs(toks, labels):
        if lab != "publisher":
            continue
        c = next((x for x in range(i + 1, j) if words[x] == ":"), None)
        if c is None or not (_place_and_country(words[i:c]) or _place_and_state(words[i:c])):
            continue
        for x in range(i, c):
            labels[x] = "place"
        labels[c] = "o"
        return labels
    return labels


@_post_rule
def _journal_volume_closing_title(text, toks, labels, words):
    """"Title. Journal 12." (a volume and no pages, as Cell and Nature print
    it), read as one title: the last sentence, capitalised words and a
    number, is the journal and its volume.

    >>> t = "Lee, A. (1998). Häfen im Norden. Küsten im Wandel 12."
    >>> labs = ["asur", "o", "agiv", "agiv", "o", "year", "o", "o"] + ["title"] * 8 + ["o"]
    >>> _journal_volume_closing_title(t, tokens(t), labs)[8:17]
    ['title', 'title', 'title', 'o', 'source', 'source', 'source', 'volume', 'o']
    """
    if any(lab in labels for lab in ("source", "volume", "fpage")):
        return labels
    n = len(words)
    e = n - 1
    while e > 0 and words[e] == ".":
        e -= 1
    if labels[e] == "year" or not re.fullmatch(r"\d{1,3}", words[e]):
        return labels
    c = e - 1
    while c > 0 and words[c] not in ".?!":
        c -= 1
    ft = _first_title(toks, labels)
    inner = ("title", "place", "publisher", "urldate", "note")
    if ft is None or c <= ft[1] - 12 or c <= ft[0] or e - c < 2 or e - c > 10 \
            or not words[c + 1][:1].isupper() \
            or words[c + 1].lower() in _VOL | _NUM | _PAGES | {"part", "teil", "chapter", "kapitel"} \
            or any(labels[x] not in inner for x in range(c + 1, e + 1)) \
            or labels[c - 1] != "title" or any(lab in ("place", "publisher") for lab in labels[:c]) \
            or words[c] == "." and not (len(words[c - 1]) > 1 and words[c - 1].isalpha()):
        return labels
    if not all(w.isalpha() or w in "-&" for w in words[c + 1:e]):
        return labels
    if words[c] == ".":
        labels[c] = "o"
    for x in range(c + 1, e):
        labels[x] = "source"
    labels[e] = "volume"
    return labels


@_post_rule
def _last_given_first_name_before_title(text, toks, labels, words):
    """A list of names written initials first and separated by commas
    ("S. Baron-Cohen, J. Allen, C. Gillberg, Can autism be detected …",
    Science's and PNAS's manner): the last name's surname, read as the
    title's first word, is a name; the title begins after its comma.

    >>> t = "E. Lee, R. Okafor, The New Harbour (Verso, 1994)."
    >>> labs = ["agiv", "agiv", "asur", "o", "agiv", "agiv", "title", "title", "title", "title", "title"]
    >>> _last_given_first_name_before_title(t, tokens(t), labs + ["o", "publisher", "o", "year", "o", "o"])[4:9]
    ['agiv', 'agiv', 'asur', 'o', 'title']
    """
    n = len(words)
    x = 0
    units: list[tuple[list[int], list[int]]] = []
    while x < n:
        ini = []
        while x + 1 < n and re.fullmatch(r"[A-ZÀ-Þ][a-z]?", words[x]) and words[x + 1] == ".":
            ini += [x, x + 1]
            x += 2
            if x < n and words[x] in ("-", "‐") and x + 1 < n:
                ini.append(x)
                x += 1
        if not ini:
            break
        sur = []
        while x < n and len(sur) < 4 and (re.fullmatch(r"[A-ZÀ-Þ][\w'’\-]+", words[x]) and not words[x].isupper()
                                          or words[x].isupper() and words[x].isalpha() and len(words[x]) > 1
                                          or words[x].lower() in _PARTICLES or words[x] == "-" and sur):
            sur.append(x)
            x += 1
        if not sur or x >= n:
            return labels
        units.append((ini, sur))
        if words[x] == "," and x + 1 < n and words[x + 1] in ("and", "&"):
            x += 2
        elif words[x] in (",", "&", "and"):
            x += 1
        else:
            return labels
        if not (x + 1 < n and re.fullmatch(r"[A-ZÀ-Þ][a-z]?", words[x]) and words[x + 1] == "."):
            break
    if len(units) < 2 or words[x - 1] != "," or x >= n:
        return labels
    ini, sur = units[-1]
    role = labels[units[0][1][0]][0]
    eds = words[x].lower() in ("eds", "ed") and x + 1 < n and words[x + 1] == "."
    if role not in "ae" or not all(labels[y] in (role + "sur", role + "giv") for i2, s2 in units[:-1] for y in s2) \
            or not any(labels[y] in ("title", "source") for y in sur) or labels[x] != "title" and not eds:
        return labels
    for y in ini:
        labels[y] = role + "giv"
    for y in sur:
        labels[y] = role + "sur"
    labels[x - 1] = "o"
    return labels


@_post_rule
def _title_mark_before_source(text, toks, labels, words):
    """The question or exclamation mark that ends a title, read as the
    container's first mark ("… of Ministers? European Union Politics 2"),
    is the title's.

    >>> t = "Lee, A. 2001. Who Rules? Coastal Review 2: 5–30."
    >>> labs = ["asur", "o", "agiv", "o", "year", "o", "title", "title", "source", "source", "source", "volume"]
    >>> _title_mark_before_source(t, tokens(t), labs + ["o", "fpage", "o", "lpage", "o"])[8]
    'title'
    """
    for x in range(1, len(words) - 1):
        if words[x] in "?!" and labels[x] in ("source", "o") and labels[x - 1] == "title" \
                and labels[x + 1] == "source":
            labels[x] = "title"
    return labels


@_post_rule
def _locator_slips(text, toks, labels, words):
    """Slips around a journal's locator: the first page of a range read as
    the volume ("New Labor Forum 81–91"), a page mark read into the journal
    ("Foreign Affairs, pp.160–177"), and a journal's last word read as the
    volume ("New Labor Forum: 81–91").

    >>> t = "Lee, A. 2002. Towns. Labor Forum 81–91."
    >>> _locator_slips(t, tokens(t), ["asur", "o", "agiv", "o", "year", "o", "title", "o", "source", "source", "volume", "o", "lpage", "o"])[10]
    'fpage'
    >>> t = "Lee, A. 2002. Towns. Labor Forum, pp.81–91."
    >>> _locator_slips(t, tokens(t), ["asur", "o", "agiv", "o", "year", "o", "title", "o", "source", "source", "source", "source", "o", "fpage", "o", "lpage", "o"])[8:13]
    ['source', 'source', 'o', 'o', 'o']
    """
    n = len(words)
    if "fpage" not in labels:
        for x in range(n - 2):
            if labels[x] == "volume" and words[x].isdigit() and words[x + 1] in "-–—" \
                    and labels[x + 2] == "lpage" and (x == 0 or labels[x - 1] != "volume"):
                labels[x] = "fpage"
                break
    if "fpage" in labels:
        f = labels.index("fpage")
        x = f - 1
        if x > 1 and words[x] == ".":
            x -= 1
        if x > 1 and words[x].lower() in ("pp", "p", "s") and labels[x] == "source":
            labels[x] = "o"
            if words[x - 1] == "," and labels[x - 1] == "source":
                labels[x - 1] = "o"
    for x in range(1, n - 1):
        if labels[x] == "volume" and words[x].isalpha() and len(words[x]) > 2 and labels[x - 1] == "source" \
                and words[x + 1] in (":", ",") and words[x].lower() not in _VOL:
            labels[x] = "source"
    return labels


_TITLE_SMALL = {"in", "of", "the", "for", "on", "to", "im", "zur", "zum", "der", "die", "das", "des",
                "dem", "den", "vom", "über", "für", "mit", "ein", "eine", "a", "an", "from", "at"}


@_post_rule
def _title_first_read_as_names(text, toks, labels, words):
    """A work without an author opens with its title ("Rules of Procedure.
    (European Parliament, 2007).", "Lebenslagen in Deutschland. Der dritte
    Bericht. (Bundesregierung, 2008)."), read as names: a first sentence
    without initials or commas, joined by words no name list holds ("of",
    "in", "der"), is the title.

    >>> t = "Rules of Procedure. (European Parliament, 2007)."
    >>> _title_first_read_as_names(t, tokens(t), ["asur", "agiv", "asur", "o", "o", "agiv", "asur", "o", "year", "o", "o"])[:4]
    ['title', 'title', 'title', 'o']
    """
    n = len(words)
    d = 0
    while d < n and not (words[d] in ".?!" and d > 0 and len(words[d - 1]) > 1):
        d += 1
    if d >= n or d < 2 or d > 14 or labels[0] not in ("asur", "agiv"):
        return labels
    head = words[:d]
    if any(labels[x] not in ("asur", "agiv", "o") for x in range(d)) or "," in head or ";" in head \
            or any(re.fullmatch(r"[A-ZÀ-Þ][a-z]?", w) for w in head) or _ORG_WORDS.search(" ".join(head)) \
            or not head[0][:1].isupper():
        return labels
    if not any(w in _TITLE_SMALL for w in head[1:]):
        return labels
    for x in range(d):
        labels[x] = "title"
    if words[d] == "." and d + 1 < n and labels[d + 1] == "title":
        labels[d] = "title"     # one title of two sentences
    return labels


@_post_rule
def _title_goes_on_to_the_end(text, toks, labels, words):
    """A title whose second half follows a comma and runs to the end, the
    year alone after it ("Gestaltungsansätze und soziale Prozesse,
    Gruppenarbeit in der niedersächsischen Autoindustrie 1998.", a work
    with no imprint), the half read as a note or a container: it is the
    title's.

    >>> t = "LEE A. Häfen und Docks, Arbeit in der Stadt 1998."
    >>> _title_goes_on_to_the_end(t, tokens(t), ["asur", "agiv", "o", "title", "title", "title", "o", "note", "note", "note", "note", "year", "o"])[3:11]
    ['title', 'title', 'title', 'title', 'title', 'title', 'title', 'title']
    """
    if any(lab in labels for lab in ("volume", "issue", "fpage", "publisher", "place", "url", "doi",
                                     "esur", "egiv")):
        return labels
    runs = _runs(toks, labels)
    ti = next((k for k, (lab, _, _) in enumerate(runs) if lab == "title"), None)
    if ti is None or ti + 2 >= len(runs):
        return labels
    _, i, j = runs[ti]
    lab, a, b = runs[ti + 1]
    if lab != "o" or words[a:b + 1] != [","]:
        return labels
    lab, a, b = runs[ti + 2]
    if lab not in ("note", "source") or b - a < 2:
        return labels
    rest = [(lb, x, y) for lb, x, y in runs[ti + 3:]]
    if any(lb not in ("o", "year") for lb, _, _ in rest) or \
            any(words[z] not in ".,()" for lb, x, y in rest if lb == "o" for z in range(x, y + 1)):
        return labels
    seg = " ".join(words[a:b + 1])
    if _DESCRIPTOR.search(seg) or not re.search(r"\b[a-zäöüéèà]{2,}\b", seg) or re.match(r"(?i)in\b", seg) \
            or "," in words[a:b + 1] or any(w.lower() in _MONTHS for w in words[a:b + 1]) \
            or re.search(r"(?i)\b(th[èe]se|conference|congress|kongress|tagung|meeting|vortrag|paper|"
                         r"lecture|workshop|colloque|symposium|report|bericht)\b", seg):
        return labels       # a note of the work's kind, place or date, not the title's second half
    for x in range(i, b + 1):
        labels[x] = "title"
    return labels


_ED_MARK_ANY = re.compile(r"(?i)\b(?:eds?|edd|editors?|edited|hrsg|hg|hgg|herausgegeben|herausgeber\w*|dir|coord|éds?)\b")


@_post_rule
def _names_in_imprint(text, toks, labels, words):
    """An entry that names no editor, with an editor's name read in its
    imprint ("Washington, DC: Taylor and Francis; 1994.", "Presses
    Universitaires de Louvain; 1980.", Vancouver's imprint before the
    year): those words, next to the publisher or closing the imprint before
    the year, are the publisher.

    >>> t = "Lee A. Towns. Leeds: Taylor and Francis; 1994."
    >>> _names_in_imprint(t, tokens(t), ["asur", "agiv", "o", "title", "o", "place", "o", "publisher", "publisher", "egiv", "o", "year", "o"])[7:10]
    ['publisher', 'publisher', 'publisher']
    """
    if _ED_MARK_ANY.search(text):
        return labels
    first = _first_title(toks, labels)
    if first is None:
        return labels
    n = len(words)
    for lab, i, j in _runs(toks, labels):
        if lab not in ("esur", "egiv") or i <= first[1]:
            continue
        x = i
        while x > 0 and labels[x - 1] in ("esur", "egiv"):
            x -= 1
        y = j
        while y + 1 < n and labels[y + 1] in ("esur", "egiv"):
            y += 1
        before = labels[x - 1] == "publisher" or words[x - 1] in ("and", "&") and labels[x - 2] == "publisher"
        after = y + 2 < n and words[y + 1] in (";", ",") and labels[y + 2] == "year" and \
            (y + 3 >= n or words[y + 3] in ".")
        if before or after:
            for z in range(x, y + 1):
                labels[z] = "publisher"
            if before and words[x - 1] in ("and", "&"):
                labels[x - 1] = "publisher"
    # "Title. Presses Universitaires de Louvain; 1980.": the title's last sentence before "; YEAR"
    e = n - 1
    while e > 0 and words[e] == ".":
        e -= 1
    if e > 3 and labels[e] == "year" and words[e - 1] == ";" and labels[e - 2] == "title" \
            and "publisher" not in labels:
        c = e - 2
        while c > first[0] and not (words[c] == "." and len(words[c - 1]) > 1):
            c -= 1
        name = words[c + 1:e - 1]
        if c > first[0] and 0 < len(name) <= 7 and name[0][:1].isupper() and (
                _publisher_like(name) or any(w.lower() in _HOUSE_WORDS | {"presses", "universitaires",
                                                                          "universitaria"} for w in name)):
            labels[c] = "o"
            for z in range(c + 1, e - 1):
                labels[z] = "publisher"
    return labels


@_post_rule
def _vancouver_particle_names(text, toks, labels, words):
    """A Vancouver list whose later name opens with a particle ("McAdams
    DP, de St. Aubin E.", "Okafor DP, van der Berg E."), that name read as
    the title's first words: each "surname INITIALS" unit up to the stop
    is a name.

    >>> t = "Lee DP, de St. Aubin E. Harbours. Coast Rev 1992;6:1–5."
    >>> labs = ["asur", "agiv", "o"] + ["title"] * 7 + ["o", "source", "source", "year", "o", "volume", "o", "fpage", "o", "lpage", "o"]
    >>> _vancouver_particle_names(t, tokens(t), labs)[:10]
    ['asur', 'agiv', 'o', 'asur', 'asur', 'asur', 'asur', 'agiv', 'o', 'title']
    """
    n = len(words)
    if not labels or labels[0] not in _NAME_LABELS:
        return labels
    role = labels[0][0]
    x = 0
    units: list[tuple[int, int]] = []
    particle = False
    while x < n and len(units) < 30:
        s = x
        while x < n and x - s < 6 and (
                words[x].lower() in _PARTICLES and x + 1 < n and words[x + 1][:1].isalpha()
                or words[x] in ("St", "Ste") and x + 1 < n and words[x + 1] == "."
                or words[x] == "." and x > s and words[x - 1] in ("St", "Ste")
                or words[x] == "-" and x > s
                or words[x][:1].isupper() and words[x].isalpha() and not re.fullmatch(r"[A-ZÀ-Þ]{1,3}", words[x])):
            if words[x].lower() in _PARTICLES or words[x] in ("St", "Ste"):
                particle = particle or x > 0
            x += 1
        if x == s or x >= n or not re.fullmatch(r"[A-ZÀ-Þ]{1,3}", words[x]):
            return labels
        units.append((s, x))
        x += 1
        if x < n and words[x] == ",":
            x += 1
            if x < n and words[x].lower() in ("et", "editors", "eds", "ed"):
                break
            continue
        if x < n and words[x] == ".":
            break
        return labels
    if len(units) < 2 or not particle:
        return labels
    if all(labels[y] in _NAME_LABELS for s0, i0 in units for y in range(s0, i0 + 1) if words[y] != "."):
        if all(labels[y] in _NAME_LABELS for s0, i0 in units for y in range(s0, i0 + 1)):
            return labels
    for s0, i0 in units:
        for y in range(s0, i0):
            labels[y] = role + "sur"
        labels[i0] = role + "giv"
        if i0 + 1 < n and words[i0 + 1] in ",.":
            labels[i0 + 1] = "o"
    return labels


@_post_rule
def _original_year_statement(text, toks, labels, words):
    """A statement of the original edition's year ("Tübingen: Niemeyer
    (orig. 1927)", "London: Penguin (first published 1867)") is a note: no
    part of the publisher, place or container (the year is kept as the
    entry's note, which the in-text matcher reads); one read into the title
    is left there.

    >>> t = "Lee, A. (1986) Rivers. Leeds: Northgate (orig. 1927)."
    >>> labs = ["asur", "o", "agiv", "o", "o", "year", "o", "title", "o", "place", "o"] + ["publisher"] * 4 + ["year", "o", "o"]
    >>> _original_year_statement(t, tokens(t), labs)[11:]
    ['publisher', 'o', 'note', 'note', 'note', 'o', 'o']
    """
    first = _first_title(toks, labels)
    for m in ORIGINAL_YEAR.finditer(text):
        if m.start() < 8 or first is not None and toks[first[0]][0] <= m.start() < toks[first[1]][1]:
            continue        # a sentence of the title run ("… With a new Introduction. Originally published in 1946 by …")
        for x, (a, b) in enumerate(toks):
            if a >= m.start() and b <= m.end() and labels[x] not in ("url", "doi"):
                labels[x] = "note"
            elif a == m.start() - 1 and words[x] in "([" and labels[x] != "o":
                labels[x] = "o"
            elif a == m.end() and words[x] in ")]":
                labels[x] = "o"
        # "Berlin: Dietz [Erstausgabe 1927]": the run before it, after "Place:", is the publisher
        x = next((x for x, (a, b) in enumerate(toks) if b <= m.start() and a >= m.start() - 3
                  and words[x] in "(["), None)
        if x is not None and x > 2 and labels[x - 1] == "title" and first is not None and x - 1 > first[1]:
            y = x - 1
            while y > 0 and labels[y - 1] == "title":
                y -= 1
            if words[y - 1] == ":" and labels[y - 2] == "place" and x - y <= 5:
                for z in range(y, x):
                    labels[z] = "publisher"
    return labels


_HOUSE_WORDS = {"corporation", "institution", "foundation", "council", "centre", "center", "bureau",
                "institute", "society", "academy", "office", "editions", "éditions", "edizioni"}


_US_STATE = re.compile(r"(?:[A-Z]{2}|D\.?C|Mass|Calif|Conn|Ill|Mich|Penn|Pa|Wis|Minn|Md|Va|Tex|Fla|Ga"
                       r"|N\.?Y|N\.?J|N\.?C|Colo|Ind|Ky|La|Mo|Neb|Okla|Ore|Wash|Ariz|Ala|Tenn|Ont|Que)\.?")


def _place_and_state(ws: list[str]) -> bool:
    """A town with its state or province after a comma, the town known or
    not ("Reading, MA", "Belmont, CA", "Washington, D.C.", "Cambridge,
    Mass.").

    >>> _place_and_state(["Reading", ",", "MA"]), _place_and_state(["Washington", ",", "D", ".", "C"])
    (True, True)
    >>> _place_and_state(["Summer", ",", "Fall"]), _place_and_state(["Social", "Theory", ",", "UK"])
    (False, False)
    """
    if "," not in ws:
        return False
    c = ws.index(",")
    town, rest = ws[:c], "".join(ws[c + 1:]).rstrip(".")
    if not town or len(town) > 3 or not all(w[:1].isupper() and w.isalpha() or w in _PLACE_JOIN
                                            for w in town):
        return False
    if len(town) > 1 and not _place_words(town):
        return False
    return bool(_US_STATE.fullmatch(rest + ".") or _US_STATE.fullmatch(rest))


@_post_rule
def _publisher_comma_place_at_end(text, toks, labels, words):
    """"Publisher, Place" as the entry's last sentence ("… Childhood and
    Society. Norton, New York.", "… Lawrence Erlbaum Associates, Mahwah,
    NJ.", "Houghton, Mifflin, Boston, MA": the manner of Ecology, the AMS
    and many journals of the sciences), read into the title or with the two
    swapped: the words before the comma that a place (with its state or
    country) ends are the publisher.

    >>> t = "Lee, A. 1963. Childhood and Society. Norton, New York."
    >>> labs = ["asur", "o", "agiv", "o", "year", "o", "title", "title", "title", "o", "place", "o", "publisher", "publisher", "o"]
    >>> _publisher_comma_place_at_end(t, tokens(t), labs)[9:]
    ['o', 'publisher', 'o', 'place', 'place', 'o']
    """
    n = len(words)
    e = n - 1
    while e > 0 and words[e] == ".":
        e -= 1
    c = e
    while c > 0 and not (words[c] in ".?!" and c > 0 and (len(words[c - 1]) > 1 and words[c - 1].isalpha()
                                                      or words[c - 1] in _CLOSE_Q or words[c] in "?!"
                                                      or words[c - 1] == ")")):
        c -= 1
    if c <= 2 or e - c > 12 or "title" not in labels[:c] and "source" not in labels[:c]:
        return labels
    seg = list(range(c + 1, e + 1))
    if len(seg) < 3 or any(labels[x] not in ("title", "o", "publisher", "place", "source", "note")
                           for x in seg):
        return labels
    ws = [words[x] for x in seg]
    if any(any(ch.isdigit() for ch in w) for w in ws) or ws[0].lower() in ("in", "pages", "page", "pp"):
        return labels
    for k, w in enumerate(ws):
        if w != "," or k == 0:
            continue
        pub, plc = ws[:k], [v for v in ws[k + 1:] if v != "."] or ["?"]
        while plc and plc[-1] == ",":
            plc.pop()
        if not pub[0][:1].isupper() or len(pub) > 7 or all(
                v.lower() in _PLACES or v in _PLACE_JOIN for v in pub):
            return labels       # "Berlin, New York": two places
        if not (_place_and_country(ws[k + 1:]) or _place_and_country(plc) or _place_and_state(plc)):
            continue
        name = [v for v in text[toks[seg[0]][0]:toks[seg[k - 1]][1]].replace(",", " ").split()
                if v not in "&"]
        if not all(v[:1].isupper() or v.lower() in _IMPRINT_SMALL for v in name):
            return labels       # "Les récits de vie. Perspective ethnosociologique, Paris": a subtitle
        if not (_publisher_like(name) or any(v.lower() in _HOUSE_WORDS for v in name)) and all(
                labels[seg[y]] in ("title", "o") for y in range(k)):
            return labels       # read as the title's last sentence, and no publisher's word
        for y in range(k):
            labels[seg[y]] = "publisher" if pub[y] not in ",." or 0 < y < k - 1 else "o"
        labels[seg[k]] = "o"
        for y in range(k + 1, len(seg)):
            labels[seg[y]] = "place" if ws[y] != "," or y < len(seg) - 1 else "o"
        if labels[c] in ("title", "source", "publisher", "place"):
            labels[c] = "o"
        return labels
    return labels


def original_year(text: str, year: str = "", statements: bool = True) -> str:
    """The year of the original edition a reference string gives beside the
    year of the edition cited: a statement ("(orig. 1927)", "Original work
    published 1895", "Erstausgabe 1927"), the year in square brackets beside
    the year ("1986 [1927]", "[1922] 1978") or after a slash ("1986/1927",
    "(1927/1986)"), the earlier of the two; "" when none or the same as ``year``
    (without ``statements``, only the year beside the year).

    >>> original_year("Heidegger, M. (1986) Sein und Zeit. Tübingen (orig. 1927).", "1986")
    '1927'
    >>> original_year("Weber, Max. [1922] 1978. Economy and Society.", "1978"), original_year("Weber, M. 1978 [1922]. Economy.", "1978")
    ('1922', '1922')
    >>> original_year("Mills, C. W. (1963/1940): Situated Actions.", "1963"), original_year("Lee, A. (2001) Rivers.", "2001")
    ('1940', '')
    """
    y4 = year[:4]
    m = ORIGINAL_YEAR.search(text) if statements else None
    if m and m.group(1) != y4:
        return m.group(1)
    head = text[:120]
    pair = re.search(r"(?<![\d/])\[?((?:1[5-9]|20)\d\d)\]?[a-z]?\s*(?:/\s*|\s*\[)((?:1[5-9]|20)\d\d)(?!\d)", head) or \
        re.search(r"\[((?:1[5-9]|20)\d\d)\]\s*((?:1[5-9]|20)\d\d)(?!\d)", head)
    if pair:
        a, b = pair.group(1), pair.group(2)
        early = min(a, b)
        if early != y4 and y4 in (a, b):
            return early
    return ""


_EDITION_NOUN = re.compile(r"(?i)^(aufl|auflage|ausg|ausgabe|ed|edn|edition|éd|édition|ed\.|rev)$")
_EDITION_ADJ = re.compile(r"(?i)^(überarb\w*|erw\w*|erg\w*|verb\w*|neu\w*|bearb\w*|aktualis\w*|"
                          r"unveränd\w*|durchges\w*|völlig|vollst\w*|rev|revised|expanded|enlarged|"
                          r"und|u|and|&)$")


@_post_rule
def _edition_statement(text, toks, labels, words):
    """An edition statement ("5. Auflage Baden-Baden 1991", "2. überarb. und
    erg. Auflage Opladen", "3rd ed."): the number is the edition, the
    words to the edition noun belong to no field (nor to the title), and a
    capitalised word right after the noun, before a colon, a year, a comma
    or the end, is the place.

    >>> t = "Marx, R.: Asylrecht. 2. überarb. und erg. Auflage Baden-Baden 1991."
    >>> labs = _edition_statement(t, tokens(t), ["asur", "o", "agiv", "agiv", "o", "title", "title", "title", "title", "title", "title", "title", "o", "o", "o", "year", "o"])
    >>> labs[5:16]
    ['title', 'o', 'edition', 'o', 'o', 'o', 'o', 'o', 'o', 'o', 'place']
    """
    n = len(words)
    for x in range(1, n - 2):
        if not re.fullmatch(r"\d{1,2}", words[x]) or words[x - 1] not in ".,;)" and words[x - 1] not in _CLOSE_Q:
            continue
        y = x + 1
        if y < n and (words[y] == "." or re.fullmatch(r"(?i)st|nd|rd|th|e|er", words[y])):
            y += 1
            if y < n and words[y] == "." and words[y - 1] != ".":
                y += 1
        while y < n and (_EDITION_ADJ.match(words[y]) or words[y] in ".,") and not _EDITION_NOUN.match(words[y]):
            y += 1
        if y >= n or not _EDITION_NOUN.match(words[y]):
            continue
        if x >= 2 and words[x - 1] == "." and words[x - 2].casefold() in _VOL | _NUM:
            continue        # "vol. 24, ed. M. Okafor"
        if words[y].lower() in ("ed", "éd") and (any(words[z] == "," for z in range(x + 1, y))
                                                 or y + 2 < n and words[y + 1] == "."
                                                 and re.fullmatch(r"[A-ZÀ-Þ]", words[y + 2])):
            continue        # "24, ed. M. Okafor": the editors' mark
        if words[y].lower() == "ed" and y + 1 < n and words[y + 1] == "." and y + 2 < n \
                and words[y + 2].lower() == "by":
            continue
        if labels[x] not in ("edition", "title", "o", "volume", "issue", "note", "place", "publisher", "source"):
            continue
        labels[x] = "edition"
        if words[x - 1] == "." and labels[x - 1] == "title":
            labels[x - 1] = "o"
        for z in range(x + 1, y + 1):
            labels[z] = "o"
        if re.fullmatch(r"(?i)st|nd|rd|th", words[x + 1]) and toks[x + 1][0] == toks[x][1]:
            labels[x + 1] = "edition"       # "2nd"
        z = y + 1
        if z < n and words[z] == ".":
            labels[z] = "o"
            z += 1
        p = z
        while p < n and (words[p][:1].isupper() and words[p].replace("-", "").replace("/", "").isalpha()
                         or words[p] in ("/", "-", "am", "an", "der", "a", "i", ".", "M", "Br")
                         and p > z):
            p += 1
        while p > z and words[p - 1] in ("/", "-", "am", "an", "der", "a", "i"):
            p -= 1
        if z < p <= z + 4 and (p >= n or words[p] in ":,;" or _YEAR.match(words[p])
                              or words[p] == "." and p + 1 >= n - 1) \
                and not any(words[q].casefold() in _PUB or labels[q] == "publisher" for q in range(z, p)):
            for q in range(z, p):
                labels[q] = "place"
        break
    return labels


@_post_rule
def _inverted_initials_list(text, toks, labels, words):
    """An author list of inverted names with initials ("Vysotskaya Guedes
    Vieira, A. (2008)", "Nilsen, A., das Dores Guerreiro, M., & Brannen,
    J."): in each name, every word before the comma (particles too) is
    the surname and the initials after it the given names, whatever the
    model read.

    >>> t = "Nilsen, A., das Dores Guerreiro, M., & Brannen, J. (2002). Title."
    >>> _inverted_initials_list(t, tokens(t), ["asur", "o", "agiv", "agiv", "o", "asur", "agiv", "asur", "o", "agiv", "agiv", "o", "o", "asur", "o", "agiv", "agiv", "o", "year", "o", "o", "title", "o"])[5:8]
    ['asur', 'asur', 'asur']
    """
    n = len(words)
    x = 0
    plan: list[tuple[int, str]] = []
    while x < n:
        s = x
        while x < n and (words[x][:1].isupper() and words[x].replace("-", "").replace("’", "").replace("'", "").isalpha()
                         and not re.fullmatch(r"[A-ZÀ-Þ]", words[x])
                         or words[x].lower() in _PARTICLES and x + 1 < n and words[x + 1][:1].isalpha()):
            x += 1
        if x == s or x - s > 4 or x + 2 >= n or words[x] != ",":
            return labels
        sur = list(range(s, x))
        x += 1
        giv = []
        while x + 1 < n and re.fullmatch(r"[A-ZÀ-Þ]", words[x]) and words[x + 1] == ".":
            giv += [x, x + 1]
            x += 2
            if x + 1 < n and words[x] in ("-", "‐") and re.fullmatch(r"[A-ZÀ-Þ]", words[x + 1]):
                giv.append(x)
                x += 1
        if not giv:
            return labels
        plan += [(y, "sur") for y in sur] + [(y, "giv") for y in giv]
        if x < n and words[x] == ",":
            x += 1
        if x < n and words[x].lower() in ("&", "and", "und", "et"):
            x += 1
        if x < n and (words[x] == "(" or _YEAR.match(words[x]) or words[x] in ".:"):
            break
    if not plan or not any(labels[y] != "a" + k for y, k in plan):
        return labels
    if any(labels[y] not in _NAME_LABELS + ("o",) for y, _ in plan):
        return labels
    role = "e" if all(labels[y][:1] == "e" for y, _ in plan if labels[y] in _NAME_LABELS) else "a"
    for y, k in plan:
        labels[y] = role + k
    return labels


@_post_rule
def _page_mark_not_issue(text, toks, labels, words):
    """A page mark read as the issue or volume ("(S. 279–289)", "(pp.
    7–43)"): it belongs to no field.

    >>> t = "Book (S. 279–289)."
    >>> _page_mark_not_issue(t, tokens(t), ["source", "o", "issue", "o", "fpage", "o", "lpage", "o", "o"])[2]
    'o'
    """
    n = len(words)
    for x in range(n - 2):
        if words[x].casefold() in _PAGES and labels[x] in ("issue", "volume") and words[x + 1] == "." \
                and words[x + 2].isdigit():
            labels[x] = "o"
    return labels


@_post_rule(title=True)
def _segment_before_locator_is_journal(text, toks, labels, words, i, j):
    """With no container read, the sentence right after the title that runs
    into a page range or a closing number ("Title. SOFI-Mitteilungen
    39–66.", "Title. New Labor Forum 81–91.", "Title. soFid Allgemeine
    Soziologie 1.") is the journal: the range its pages, the number its
    volume.

    >>> t = "Luce, S. 2002. Life Support. New Labor Forum 81–91."
    >>> labs = ["asur", "o", "agiv", "agiv", "year", "o", "title", "title", "o", "note", "note", "note", "note", "o", "lpage", "o"]
    >>> _segment_before_locator_is_journal(t, tokens(t), labs)[9:15]
    ['source', 'source', 'source', 'fpage', 'o', 'lpage']
    """
    if "source" in labels or not any(lab in _NAME_LABELS for lab in labels[:i]):
        return labels
    n = len(words)
    a = j + 1
    while a < n and (words[a] in ".," or words[a] in _CLOSE_Q):
        a += 1
    b = a
    while b < n and words[b][:1].isalpha() and labels[b] in ("o", "note", "publisher", "place", "title"):
        b += 1
    if b == a or b - a > 8 or b >= n or not words[a][:1].isalpha():
        return labels
    if any(words[x].casefold() in _EDS | _IN | _PAGES | _VOL | _NUM for x in range(a, b)):
        return labels
    rng = b + 2 < n and words[b].isdigit() and words[b + 1] in "-–—" and words[b + 2].isdigit() \
        and not _YEAR.match(words[b])
    num = words[b].isdigit() and len(words[b]) <= 4 and not _YEAR.match(words[b]) \
        and (b + 1 >= n or b + 2 == n and words[b + 1] == ".")
    if not (rng or num):
        return labels
    for x in range(a, b):
        labels[x] = "source"
    if rng:
        labels[b], labels[b + 1], labels[b + 2] = "fpage", "o", "lpage"
    else:
        labels[b] = "volume"
    return labels


_ED_SENTENCE = (("edited", "by"), ("ed", ".", "by"), ("herausgegeben", "von"), ("hg", ".", "v", "."),
                ("hrsg", ".", "v", "."), ("hrsg", "."), ("hg", "."), ("ed", "."), ("eds", "."))


@_post_rule(title=True)
def _editors_sentence_after_title(text, toks, labels, words, i, j):
    """A book's editors in a sentence of their own after its title ("Der
    »Generalplan Ost«. Hrsg. Mechthild Rössler und Sabine Schleiermacher.
    Berlin.", "Title. Edited by W. Streeck. London."): the names after the
    mark (given name first) are the editors, the mark no field.

    >>> t = "Lee, K. 1993. Der Plan. Hrsg. Anna Roth und Eva Lenz. Berlin."
    >>> labs = _editors_sentence_after_title(t, tokens(t), ["asur", "o", "agiv", "agiv", "year", "o", "title", "title", "o"] + ["publisher"] * 7 + ["o", "place", "o"])
    >>> labs[9:17]
    ['o', 'o', 'egiv', 'esur', 'o', 'egiv', 'esur', 'o']
    >>> t = "Mills, C. 1963. Situated Actions. ed. Irving L. Horowitz. Oxford."
    >>> labs = _editors_sentence_after_title(t, tokens(t), ["asur", "o", "agiv", "agiv", "year", "o", "title", "title", "o", "o", "o"] + ["note"] * 4 + ["o", "place", "o"])
    >>> labs[9:16]
    ['o', 'o', 'egiv', 'egiv', 'egiv', 'esur', 'o']
    """
    n = len(words)
    a = j + 1
    while a < n and (words[a] in ".," or words[a] in _CLOSE_Q):
        a += 1
    if a >= n or a == j + 1 and words[j] != ".":
        return labels
    low = [w.casefold() for w in words]
    mark = next((mk for mk in _ED_SENTENCE if tuple(low[a:a + len(mk)]) == mk), None)
    if mark is None or not (words[a][:1].isupper() or mark in (("ed", "."), ("eds", "."))):
        return labels
    e = a + len(mark)
    names, x = _given_first_names(words, e, n)
    if not names or not (x >= n or words[x] in ".,;"):
        return labels
    persons = sum(lab.endswith("sur") for _, lab in names)
    if any(labels[y] == "source" for y in range(e, x)) \
            and not (persons >= 2 or words[e].lower() in _given_names()):
        return labels
    for y in range(a, x):
        labels[y] = "o"
    for y, lab in names:
        labels[y] = lab
    return labels


_PLACE_SUFFIX = re.compile(r"(?i)(burg|berg|heim|hausen|stadt|dorf|furt|feld|ingen|hagen|baden|brück|"
                           r"bruck|münde|rode|born|lingen|stedt|mund|ville|ton|polis)$")
_PLACE_JOIN = {"am", "an", "der", "bei", "a", "M", "i", "Br", "and", "und", "/", "-", "."}


def _place_and_country(ws: list[str]) -> bool:
    """A place, with its country or state after a comma ("Leeds, UK",
    "Washington, DC", "Brussels, Belgium").

    >>> _place_and_country(["Leeds", ",", "UK"]), _place_and_country(["Coastal", "Review"])
    (True, False)
    """
    if "," not in ws:
        return _place_words(ws)
    c = ws.index(",")
    rest = [w for w in ws[c + 1:] if w not in (",", ".")]
    return _place_words(ws[:c]) and bool(rest) and len(rest) <= 2 and all(
        w.lower() in _COUNTRIES or re.fullmatch(r"[A-Z]{2}", w) for w in rest)


def _place_words(ws: list[str]) -> bool:
    """Whether ``ws`` name a place or places ("Baden-Baden", "Berlin/New
    York", "Frankfurt a. M.", "Reinbek bei Hamburg", "Lüneburg")."""
    core = [w for w in ws if w not in _PLACE_JOIN]
    if not core or len(core) > 4 or any(not w[:1].isupper() for w in core):
        return False
    for w in core:
        parts = w.split("-")
        if not all(p.lower() in _PLACES or _PLACE_SUFFIX.search(p) for p in parts):
            return False
    return True


@_post_rule
def _place_sentence_at_end(text, toks, labels, words):
    """A book's place alone in the last sentence ("Soziologie im Dritten
    Reich. Baden-Baden.", "Hafenpolitik. Berlin.", "… Gender
    Mainstreaming. Dresden."), read into the title or as a publisher: it is
    the place.

    >>> t = "Okafor, M., 2001. Hafenpolitik. Lüneburg."
    >>> _place_sentence_at_end(t, tokens(t), ["asur", "o", "agiv", "agiv", "o", "year", "o", "title", "title", "title", "o"])[7:11]
    ['title', 'o', 'place', 'o']
    """
    if "place" in labels or "title" not in labels:
        return labels
    n = len(words)
    e = n - 1
    while e > 0 and words[e] in ".,":
        e -= 1
    c = e
    while c > 0 and not (words[c] == "." and (len(words[c - 1]) > 1 and words[c - 1].isalpha()
                                              or words[c - 1] in _CLOSE_Q)):
        c -= 1
    if c <= 0 or e - c > 6 or "title" not in labels[:c]:
        return labels
    seg = list(range(c + 1, e + 1))
    if any(labels[x] not in ("title", "o", "publisher", "note", "source") for x in seg):
        return labels
    if not _place_words([words[x] for x in seg]):
        return labels
    for x in seg:
        labels[x] = "place"
    if labels[c] == "title":
        labels[c] = "o"
    return labels


@_post_rule
def _place_before_page_tail(text, toks, labels, words):
    """The chapter's place alone in the sentence before "; p. 261–77" or
    "; S. 88–111" (the Council of Science Editors' manner: "In: Stones R,
    editor. Key Thinkers. London and New York; p. 261–277."), run into the
    container: it is the place; the page mark after ";" is no part of it.

    >>> t = "Wacquant L. 2008. Bourdieu. In: Stones R, editor. Key thinkers. London and New York; p. 261–277."
    >>> labs = ["asur", "agiv", "o", "year", "o", "title", "o", "o", "o", "esur", "egiv", "o", "o", "o"]
    >>> labs += ["source"] * 7 + ["o", "o", "o", "fpage", "o", "lpage", "o"]
    >>> _place_before_page_tail(t, tokens(t), labs)[14:22]
    ['source', 'source', 'o', 'place', 'place', 'place', 'place', 'o']
    >>> t = "Bernsdorf W. 1980. Beiträge. In: Lexikon. Vol. 1. Stuttgart; S. ."
    >>> labs = ["asur", "agiv", "o", "year", "o", "title", "o", "o", "o", "source", "o", "o", "o", "volume", "o", "place", "place", "place", "place", "place"]
    >>> _place_before_page_tail(t, tokens(t), labs)[15:]
    ['place', 'o', 'o', 'o', 'o']
    """
    n = len(words)
    k = next((x for x in range(1, n - 1) if words[x] == ";" and words[x + 1].casefold() in _PAGES
              and (x + 2 >= n or words[x + 2] == ".")), None)
    if k is None:
        return labels
    for x in range(k, min(n, k + 4)):
        if words[x][:1].isdigit():
            break
        labels[x] = "o"
    c = k - 1
    while c > 0 and not (words[c] == "." and len(words[c - 1]) > 1 and words[c - 1].isalpha()):
        c -= 1
    if c <= 0 or k - c > 7 or "title" not in labels[:c]:
        return labels
    seg = list(range(c + 1, k))
    if not seg or any(labels[x] not in ("title", "o", "publisher", "note", "source", "place") for x in seg) \
            or not _place_words([words[x] for x in seg]):
        return labels
    for x in seg:
        labels[x] = "place"
    if labels[c] != "o":
        labels[c] = "o"
    return labels


@_post_rule
def _names_inside_title(text, toks, labels, words):
    """Title words read as authors after the names have ended ("Acker,
    Joan: Hierarchies, Jobs, Bodies: A Theory …", "Heinemann, Isabel:
    Wissenschaft … Osteuropa. Konrad Meyer, der ›Generalplan Ost‹ …"):
    author labels after the colon that closes the names, or between two
    stretches of the title, belong to the title.

    >>> t = "Acker, Joan: Hierarchies, Jobs, Bodies: A Theory. London."
    >>> _names_inside_title(t, tokens(t), ["asur", "o", "agiv", "o", "asur", "o", "agiv", "o", "asur", "title", "title", "title", "o", "place", "o"])[4:12]
    ['title', 'title', 'title', 'title', 'title', 'title', 'title', 'title']
    """
    n = len(words)
    first = next((x for x, lab in enumerate(labels) if lab == "title"), None)
    if first is None:
        return labels
    # the colon that closes the names ("Surname, Given: Title")
    colon = next((x for x in range(1, first) if words[x] == ":" and labels[x - 1] in ("asur", "agiv")
                  and all(labels[y] in _NAME_LABELS or words[y] in ",;/&." for y in range(x))), None)
    start = colon + 1 if colon is not None else None
    if start is not None and start < first and all(labels[y] in ("asur", "agiv") or words[y] in ",.:&"
                                                    or labels[y] == "o" and words[y][:1].isalpha()
                                                    for y in range(start, first)):
        for y in range(start, first):
            labels[y] = "title"
        first = start
    # author labels sandwiched inside the title
    end = max(x for x, lab in enumerate(labels) if lab == "title")
    y = first
    while y < end:
        if labels[y] in ("asur", "agiv"):
            z = y
            while z < end and (labels[z] in ("asur", "agiv") or labels[z] == "o" and words[z] in ",.‘’'"):
                z += 1
            if labels[z] == "title" and z - y <= 6 and any(w.casefold() not in _IN for w in words[y:z]) \
                    and not any(words[q].casefold() in _EDS | _IN for q in range(first, y)):
                for q in range(y, z):
                    labels[q] = "title"
                if y >= 2 and labels[y - 1] == "o" and words[y - 1] in ".,:" and labels[y - 2] == "title":
                    labels[y - 1] = "title"
            y = z
        y += 1
    return labels


@_post_rule
def _publisher_sentence_at_end(text, toks, labels, words):
    """A book's publisher alone in the last sentence, with or without the
    year after it ("On Globalization. Public Affairs, 2002.", "Group
    Dynamics. Addison-Wesley.", MLA and Chicago's 17th edition, which drop
    the place), read into the title: it is the publisher (not when the
    words name a place or a periodical).

    >>> t = "Soros, G. On Globalization. Public Affairs, 2002."
    >>> _publisher_sentence_at_end(t, tokens(t), ["asur", "o", "agiv", "agiv", "title", "title", "title", "title", "title", "o", "year", "o"])[4:10]
    ['title', 'title', 'o', 'publisher', 'publisher', 'o']
    """
    if any(lab in ("publisher", "source", "place", "volume", "fpage") for lab in labels):
        return labels
    n = len(words)
    e = n - 1
    while e > 0 and words[e] == ".":
        e -= 1
    if _YEAR.match(words[e]) and labels[e] == "year" and e > 1 and words[e - 1] == ",":
        e -= 2
    c = e
    while c > 0 and not (words[c] == "." and len(words[c - 1]) > 1
                         and (words[c - 1].isalpha() or words[c - 1] in _CLOSE_Q)):
        c -= 1
    if c <= 0 or e - c > 6 or e <= c or "title" not in labels[:c]:
        return labels
    seg = list(range(c + 1, e + 1))
    ws = [words[x] for x in seg]
    if any(labels[x] not in ("title", "o", "note") for x in seg) \
            or not all(w[:1].isupper() or w in ("&", "and", "of", "-", "/", "’s", "'s") for w in ws) \
            or any(w.casefold() in _JOURNAL | _MONTHS or w.isdigit() for w in ws) or _place_words(ws) \
            or _DESCRIPTOR.search(" ".join(ws)):
        return labels
    for x in seg:
        labels[x] = "publisher"
    if labels[c] == "title":
        labels[c] = "o"
    return labels


@_post_rule
def _title_before_place_year(text, toks, labels, words):
    """The note manner "Names (eds.): Title: Subtitle, Place Year." with
    the title read as a publisher or cut at its colon ("Lehmbruch,
    Gerhard; Schmitter, Philippe (eds.): Patterns of Corporatist
    Policy-Making, Beverly Hills 1982."): everything from the names' colon
    to the comma before the closing place and year is the title.

    >>> t = "Lee, Ann (eds.): Organizing to Win: New Research, Ithaca 1998."
    >>> labs = ["asur", "o", "agiv", "o", "o", "o", "o", "o", "title", "title", "title", "o", "publisher", "publisher", "o", "place", "year", "o"]
    >>> _title_before_place_year(t, tokens(t), labs)[8:14]
    ['title', 'title', 'title', 'title', 'title', 'title']
    """
    n = len(words)
    e = n - 1
    while e > 0 and words[e] == ".":
        e -= 1
    if not _YEAR.match(words[e]):
        return labels
    p = e - 1
    while p > 0 and words[p] != "," and e - p <= 5:
        p -= 1
    if words[p] != "," or not _place_words(words[p + 1:e]):
        return labels
    colon = next((x for x in range(1, p) if words[x] == ":"
                  and all(labels[y] in _NAME_LABELS or labels[y] == "o" for y in range(x))), None)
    if colon is None or any(labels[y] in ("volume", "fpage", "issue") for y in range(colon + 1, p)) \
            or any(words[y].casefold() in _IN for y in range(colon + 1, p)) \
            or not any(labels[y] == "publisher" for y in range(colon + 1, p)):
        return labels
    for y in range(colon + 1, p):
        labels[y] = "title"
    for y in range(p + 1, e):
        labels[y] = "place"
    labels[e] = "year"
    return labels


@_post_rule
def _pages_in_container_edited_by(text, toks, labels, words):
    """The chapter manner of ASA and its kin: "Title.” Pp. 125–41 in Book,
    edited by A. Strathman." / "„Titel“. S. 62–75 in Buch, herausgegeben
    von K. Müller.": the range before "in" is the pages, the words from
    "in" to the comma before "edited by" the book, whatever the model read.

    >>> t = "Nullmeier, F. 2004. „Der Diskurs“. S. 62–75 in Generationen und Gerechtigkeit, herausgegeben von K. Müller. Berlin"
    >>> labs = ["asur", "o", "agiv", "o", "year", "o", "title", "title", "title", "title", "title", "title", "title", "fpage", "title", "lpage", "title", "title", "title", "title", "o", "o", "o", "egiv", "o", "esur", "o", "place"]
    >>> [l for l in _pages_in_container_edited_by(t, tokens(t), labs)[9:21]]
    ['title', 'o', 'o', 'o', 'fpage', 'o', 'lpage', 'o', 'source', 'source', 'source', 'o']
    """
    m = _EDITED_BY.search(text)
    if not m:
        return labels
    n = len(words)
    comma = next((x for x in range(n) if toks[x][0] == m.start()), None)
    if comma is None:
        return labels
    k = next((x for x in range(comma - 1, 4, -1) if words[x] == "in"), None)
    if k is None or k + 1 >= comma or any(w in ".;" for w in words[k + 1:comma]) and comma - k > 12:
        return labels
    if not (words[k - 1].isdigit() and words[k - 2] in "-–—" and words[k - 3].isdigit()
            and words[k - 4] == "." and words[k - 5].lower() in ("pp", "p", "s", "ss")):
        return labels
    loc = k - 5
    if "title" not in labels[:loc]:
        return labels
    for x in range(loc, k + 1):
        labels[x] = "o"
    labels[k - 3], labels[k - 1] = "fpage", "lpage"
    x = loc - 1
    while x >= 0 and labels[x] == "title" and not words[x][:1].isalnum() and words[x] not in _CLOSE_Q:
        labels[x] = "o"
        x -= 1
    for x in range(k + 1, comma):
        labels[x] = "source"
    return labels


@_post_rule
def _range_after_volume_comma(text, toks, labels, words):
    """With no pages read, "Journal 23, 1–18 (1987)": a range of rising
    numbers right after a volume (or a number closing the container) and
    its comma is the pages, the number before the comma the volume; a range
    read as an issue and a volume ("1" issue, "18" volume) is no issue.

    >>> t = "Harkins, S. Loafing. J. Exp. Soc. Psych. 23, 1–18 (1987)."
    >>> labs = ["asur", "o", "agiv", "o", "title", "o"] + ["source"] * 8 + ["source", "o", "issue", "o", "volume", "o", "year", "o", "o"]
    >>> _range_after_volume_comma(t, tokens(t), labs)[14:19]
    ['volume', 'o', 'fpage', 'o', 'lpage']
    """
    if "fpage" in labels or "lpage" in labels:
        return labels
    n = len(words)
    for x in range(1, n - 4):
        if not (words[x].isdigit() and words[x + 1] == "," and words[x + 2].isdigit()
                and words[x + 3] in "-–—" and words[x + 4].isdigit()):
            continue
        if labels[x] not in ("volume", "source") or labels[x] == "source" and labels[x - 1] != "source":
            continue
        if int(words[x + 2]) >= int(words[x + 4]) or toks[x + 4][0] - toks[x + 2][1] > 3:
            continue
        if {labels[x + 2], labels[x + 4]} - {"issue", "volume", "o"}:
            continue
        labels[x] = "volume"
        labels[x + 2], labels[x + 3], labels[x + 4] = "fpage", "o", "lpage"
        return labels
    return labels


@_post_rule
def _volume_read_for_pages(text, toks, labels, words):
    """With no pages read, a number read as the volume is the pages when
    no volume word ("Vol.", "Bd.") names it and it is a range ("The Amicus
    Journal 29–51 (2000).") or, with no container, stands alone before the
    imprint in parentheses ("Title. 125 (Frankfurt/M, 1975).").

    >>> t = "Hawken, P. On the Streets. The Amicus Journal 29–51 (2000)."
    >>> labs = ["asur", "o", "agiv", "o", "title", "title", "title", "o", "source", "source", "source", "volume", "volume", "volume", "o", "year", "o", "o"]
    >>> _volume_read_for_pages(t, tokens(t), labs)[11:14]
    ['fpage', 'o', 'lpage']
    >>> t = "Rawls, J. Eine Theorie. 125 (Frankfurt/M, 1975)."
    >>> labs = ["asur", "o", "agiv", "o", "title", "title", "o", "volume", "o", "place", "place", "place", "o", "year", "o", "o"]
    >>> _volume_read_for_pages(t, tokens(t), labs)[7]
    'fpage'
    >>> t = "Smith, J. Book. Vol. 2 (Oxford, 1975)."
    >>> labs = ["asur", "o", "agiv", "o", "title", "o", "o", "o", "volume", "o", "place", "o", "year", "o", "o"]
    >>> _volume_read_for_pages(t, tokens(t), labs)[8]
    'volume'
    """
    if "fpage" in labels or "lpage" in labels:
        return labels
    vols = [x for x, lab in enumerate(labels) if lab == "volume"]
    if not vols or not words[vols[0]].isdigit():
        return labels
    x = vols[0]
    before = words[x - 2] if x >= 2 and words[x - 1] == "." else words[x - 1] if x else ""
    if before.lower() in _VOL or before.lower() in _NUM:
        return labels
    n = len(words)
    if x + 2 < n and words[x + 1] in "-–—" and words[x + 2].isdigit() \
            and int(words[x + 2]) > int(words[x]) and set(vols) <= {x, x + 1, x + 2} \
            and not _YEAR.match(words[x]) and not _YEAR.match(words[x + 2]) \
            and (x + 3 >= n or words[x + 3] in ".(,;"):
        labels[x], labels[x + 1], labels[x + 2] = "fpage", "o", "lpage"
    elif vols == [x] and "source" not in labels and x + 1 < n and words[x + 1] == "(" \
            and x >= 2 and words[x - 1] == "." and labels[x - 2] == "title" \
            and not (len(words[x - 2]) <= 4 and words[x - 2][:1].isupper()):   # "Abs. 2
        labels[x] = "fpage"
    return labels


@_post_rule
def _surname_after_initials(text, toks, labels, words):
    """"Atanasov, P. Cvetanova, G.": a capitalised word after an initial
    and its full stop, itself followed by a comma and an initial, opens
    the next name (no "and" or ";" between the two).

    >>> t = "Atanasov, P. Cvetanova, G. Indicators."
    >>> _surname_after_initials(t, tokens(t), ["asur", "o", "agiv", "agiv", "agiv", "o", "agiv", "agiv", "title", "o"])[4]
    'asur'
    """
    for x in range(2, len(words) - 2):
        w = words[x]
        if labels[x] in ("agiv", "egiv") and len(w) > 2 and w[:1].isupper() and w[1:].islower() \
                and words[x - 1] == "." and len(words[x - 2]) == 1 and words[x - 2].isupper() \
                and words[x + 1] == "," and len(words[x + 2]) == 1 and words[x + 2].isupper() \
                and labels[x + 2] in _NAME_LABELS:
            labels[x] = labels[x][0] + "sur"
    return labels


@_post_rule
def _name_order_by_lexicon(text, toks, labels, words):
    """A name of two capitalised words with no comma between ("Browning
    Christopher", "Pertti Joenniemi"): when exactly one of them is a known
    given name, that one is the given name, the other the surname; when
    neither is known and the name opens the entry and ends at a full stop
    ("8. Haukkala Hiski. Title"), the surname comes first.

    >>> t = "5. Browning Christopher, Joenniemi P. Title."
    >>> _name_order_by_lexicon(t, tokens(t), ["o", "o", "agiv", "asur", "o", "asur", "agiv", "o", "title", "o"])[2:4]
    ['asur', 'agiv']
    """
    end = next((x for x, lab in enumerate(labels) if lab in ("title", "year", "source")), len(labels))
    given = _given_names()
    for x in range(end - 1):
        if labels[x] not in _NAME_LABELS or labels[x + 1] not in _NAME_LABELS \
                or text[toks[x][1]:toks[x + 1][0]] != " ":
            continue
        a, b = words[x], words[x + 1]
        if not (len(a) > 2 and len(b) > 2 and a[:1].isupper() and b[:1].isupper()
                and a[1:].islower() and b[1:].islower()):
            continue
        if x > 0 and labels[x - 1] in _NAME_LABELS and words[x - 1][:1].isalpha() \
                or x + 2 < len(words) and labels[x + 2] in _NAME_LABELS and words[x + 2][:1].isalpha():
            continue        # part of a longer name
        ka, kb = a.lower() in given, b.lower() in given
        opening = all(not w[:1].isalpha() for w in words[:x]) and words[x + 2:x + 3] == ["."]
        if not ka and not kb and opening:
            kb = True       # "8. Haukkala Hiski. Title": a list's head name, surname first
        if ka == kb:
            continue
        role = labels[x][0]
        labels[x], labels[x + 1] = (role + "giv", role + "sur") if ka else (role + "sur", role + "giv")
    return labels


@_post_rule
def _given_first_after_inverted(text, toks, labels, words):
    """Chicago's "Hix, Simon, Abdul Noury and Gérard Roland": only the
    first name is inverted; each later name of two or three capitalised
    words between commas or "and" is written given names first.

    >>> t = "Hix, Simon, Abdul Noury and Gérard Roland (2007) Title."
    >>> labs = ["asur", "o", "agiv", "o", "agiv", "agiv", "o", "asur", "agiv", "o", "year", "o", "title", "o"]
    >>> _given_first_after_inverted(t, tokens(t), labs)[4:9]
    ['agiv', 'asur', 'o', 'agiv', 'asur']
    """
    end = next((x for x, lab in enumerate(labels) if lab in ("title", "year", "source")), len(labels))
    if end < 5 or labels[0] not in ("asur", "esur") or words[1] != "," \
            or labels[2] not in ("agiv", "esur", "egiv", "asur") or not words[2][1:].islower():
        return labels
    x = 3
    while x < end and labels[x] == labels[2] and words[x][1:].islower():
        x += 1          # the first person's given names, full words
    if x >= end or words[x] != ",":
        return labels
    groups, cur = [], []
    for y in range(x + 1, end):
        if words[y] in (",", "&") or words[y].lower() in ("and", "und", "et"):
            if cur:
                groups.append(cur)
            cur = []
        elif labels[y] in _NAME_LABELS:
            cur.append(y)
        else:
            break
    if cur:
        groups.append(cur)
    for g in groups:
        ws = [words[y] for y in g]
        if not 2 <= len(ws) <= 3 or not all(w[:1].isupper() and w[1:].islower() and len(w) > 1
                                            for w in ws) \
                or any(text[toks[a][1]:toks[b][0]] != " " for a, b in zip(g, g[1:])):
            continue
        role = labels[g[0]][0]
        for y in g:
            labels[y] = role + ("sur" if y == g[-1] else "giv")
    return labels


_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "del", "dos", "das", "ten", "ter"}


def _initials_after(text, toks, labels):
    """Vancouver names, "Howell CT": capitals without full stops right
    after a name word are its given names, the word its surname.

    >>> t = "Achenbach TM, Howell CT (1987)"
    >>> _initials_after(t, tokens(t), ["asur", "asur", "o", "asur", "asur", "o", "year", "o"])[:5]
    ['asur', 'agiv', 'o', 'asur', 'agiv']
    """
    for i in range(1, len(toks)):
        if labels[i] not in _NAME_LABELS and labels[i - 1] not in _NAME_LABELS:
            continue
        w = text[toks[i][0]:toks[i][1]]
        nxt_w = text[toks[i + 1][0]:toks[i + 1][1]] if i + 1 < len(toks) else ""
        nxt2 = text[toks[i + 2][0]:toks[i + 2][1]] if i + 2 < len(toks) else ""
        if w in _PARTICLES and labels[i - 1] in ("agiv", "egiv") and i + 1 < len(toks) \
                and (nxt_w in ("/", ",", "and", "&", "(", ";", "und")
                     or nxt_w in _PARTICLES and nxt2 in ("/", ",", "and", "&", "(", ";", "und")) \
                and text[toks[i - 1][0]:toks[i - 1][1]] == ".":
            labels[i] = labels[i - 1]       # "Daele, W. van den and": the particle follows
            continue
        if i >= 2 and w in _PARTICLES and labels[i - 1] in ("agiv", "egiv") \
                and text[toks[i - 1][0]:toks[i - 1][1]] in _PARTICLES and labels[i] in _NAME_LABELS \
                and i + 1 < len(toks) and text[toks[i + 1][0]:toks[i + 1][1]] in ("/", ",", "and", "&", "("):
            labels[i] = labels[i - 1]
            continue
        if w in _PARTICLES and labels[i] == "o" and labels[i - 1] in ("agiv", "egiv") \
                and i + 1 < len(toks) and labels[i + 1] == labels[i - 1][0] + "sur":
            labels[i] = labels[i + 1]       # "Maria das Dores Guerreiro"
            continue
        if w in ("Jr", "Sr", "Jnr", "Snr") and labels[i - 1] in ("agiv", "egiv"):
            labels[i] = labels[i - 1]       # "Cook EH Jr": a suffix to the given names
            continue
        prev = text[toks[i - 1][0]:toks[i - 1][1]]
        nxt = text[toks[i + 1][0]:toks[i + 1][1]] if i + 1 < len(toks) else ""
        after = text[toks[i + 2][0]:toks[i + 2][1]] if i + 2 < len(toks) else ""
        dotted = nxt == "." and after in ("(", ",") and len(w) == 1 and i >= 2 \
            and text[toks[i - 2][0]:toks[i - 2][1]] in ("and", "&", "und", "/", ";")
        if re.fullmatch(r"[A-ZÀ-Þ]{1,3}", w) and (nxt != "." or dotted) and len(prev) > 3 \
                and prev[:1].isupper() and not prev.isupper() \
                and text[toks[i - 1][1]:toks[i][0]].isspace():
            role = (labels[i] if labels[i] in _NAME_LABELS else labels[i - 1])[0]
            labels[i] = role + "giv"
            labels[i - 1] = role + "sur"
            if dotted:
                labels[i + 1] = role + "giv"
    return labels


def _container_after_editors(labels):
    """A second "title" after the editors of an "In: …" is the book's
    title, the container.

    >>> _container_after_editors(["title", "o", "esur", "o", "title", "o"])
    ['title', 'o', 'esur', 'o', 'source', 'o']
    """
    if "source" in labels:
        return labels
    runs = [(i, j) for lab, i, j in _runs(None, labels) if lab == "title"]
    if len(runs) < 2:
        return labels
    between = labels[runs[0][1] + 1:runs[1][0]]
    if any(lab in ("esur", "egiv") for lab in between):
        for i, j in runs[1:]:
            for k in range(i, j + 1):
                labels[k] = "source"
    return labels


_ED_MARK = re.compile(r"\(\s*(?:ed|eds|edd|hg|hgg|hrsg|dir|coord|éd|éds|editors?|Hg|Hrsg)\.?\s*\)"
                      r"|,\s*(?:eds?|Hg|Hrsg|editors?)\.?(?=[\s,(:])", re.I)


def _editor_heads(text, toks, labels):
    """The names that open an entry are its editors exactly when an editor
    mark ("(ed.)", "(Hg.)", ", eds.") follows them before the title: then
    all are editors, else all are authors.

    >>> t = "Smith, J. (ed.) (2001) Rivers."
    >>> toks = tokens(t)
    >>> _editor_heads(t, toks, ["asur", "o", "agiv", "agiv", "o", "o", "o", "o", "o", "year", "o", "title", "o"])[:4]
    ['esur', 'o', 'egiv', 'egiv']
    >>> t = "Berger, S. ed. (1981). Rivers."
    >>> _editor_heads(t, tokens(t), ["asur", "o", "agiv", "o", "o", "o", "o", "year", "o", "o", "title", "o"])[:3]
    ['esur', 'o', 'egiv']
    >>> t = "Roe, Kate et al. eds. 1998. Rivers."
    >>> _editor_heads(t, tokens(t), ["asur", "o", "agiv", "o", "o", "o", "o", "o", "year", "o", "title", "o"])[:3]
    ['esur', 'o', 'egiv']
    """
    head_end = next((i for i, l in enumerate(labels) if l in ("title", "year", "source")), len(labels))
    names = [i for i in range(head_end) if labels[i] in ("asur", "agiv", "esur", "egiv")]
    if not names:
        return labels
    last = toks[names[-1]][1]
    stop = toks[head_end][0] if head_end < len(toks) else len(text)
    m = re.match(r"\s+(?:et\s+al|u\.\s?a)\.?", text[last:stop])
    if m:
        last += m.end()     # "Bronfenbrenner, Kate et al. eds. 1998"
    role = "e" if _ED_MARK.search(text, last, stop) or _ED_BARE.match(text[last:stop]) else "a"
    for i in names:
        labels[i] = role + labels[i][1:]
    return labels


#: an editor mark with neither parentheses nor comma, between the names and
#: the year ("Berger, S. ed. (1981)", "Cornfield, D.B., and McCammon, H.J.
#: eds. 2003")
_ED_BARE = re.compile(r"\.?\s+(?:eds?|edd|hg|hrsg)\.\s*[(\[]?\s*$", re.I)


def train(refs: list[Tagged], path: str | Path, *, iterations: int = 120,
          c1: float = 0.3, c2: float = 0.01) -> None:
    """Train the CRF on labelled references and write it to ``path``."""
    import pycrfsuite  # lazy: pycrfsuite 3 ms, only when references are parsed
    tr = pycrfsuite.Trainer(verbose=False)
    for t in refs:
        toks = tokens(t.text)
        if toks:
            tr.append(_features(t.text, toks), token_labels(t))
    tr.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                   "feature.possible_transitions": True})
    tr.train(str(path))
    _tagger.cache_clear()


# ---------------------------------------------------------------- assembly

_STRIP = " \t\n,;:.([{/–—-"
_STRIP_R = " \t\n,;:([{/–—-"


def _clean(s: str, keep_dot: bool = False) -> str:
    s = " ".join(s.split())
    s = s.strip(_STRIP if not keep_dot else _STRIP_R)
    s = s.rstrip(")]}") if s.count("(") < s.count(")") or s.count("[") < s.count("]") else s
    # unbalanced quotes at the edges
    if s[:1] in _OPEN_Q and not any(c in _CLOSE_Q for c in s[1:]):
        s = s[1:].strip()
    if s[-1:] in _CLOSE_Q and not any(c in _OPEN_Q for c in s[:-1]):
        s = s[:-1].strip()
    if len(s) > 1 and s[0] in _OPEN_Q and s[-1] in _CLOSE_Q:
        s = s[1:-1].strip()
    return s.rstrip(" ,;:")


def _first_title(toks, labels) -> tuple[int, int] | None:
    """The first and last token of the first title run, or None."""
    if "title" not in labels:
        return None
    i = labels.index("title")
    j = i
    while j + 1 < len(labels) and labels[j + 1] == "title":
        j += 1
    return i, j


def _runs(toks, labels) -> list[tuple[str, int, int]]:
    """Maximal runs of one label: (label, first token, last token)."""
    out = []
    n = len(labels)
    if not n:
        return out
    start, prev = 0, labels[0]
    for k in range(1, n):
        lab = labels[k]
        if lab != prev:
            out.append((prev, start, k - 1))
            start, prev = k, lab
    out.append((prev, start, n - 1))
    return out


_SURNAME_PARTICLES = {"van", "von", "de", "der", "den", "le", "la", "du", "da", "di", "del", "della",
                      "des", "dos", "das", "ten", "ter", "st", "zu", "vom", "zum", "zur"}


def _persons(text, toks, labels, role: str) -> list[str]:
    """Names from the surname/given runs of ``role`` (``a`` or ``e``), as
    "Surname, Given"; a person is complete once it has both parts."""
    people: list[dict] = []
    cur: dict = {}
    last_tok = -10
    runs = [(lab, i, j) for lab, i, j in _runs(toks, labels) if lab in (role + "sur", role + "giv")]
    # chains of runs joined by spaces only ("Patrice G. Poutrus" read as
    # surname, given, surname) are one name written given names first
    merged: list[tuple[str, int, int]] = []
    k = 0
    while k < len(runs):
        m = k
        while m + 1 < len(runs) and (
                runs[m + 1][1] == runs[m][2] + 1
                and text[toks[runs[m][2]][1]:toks[runs[m + 1][1]][0]].isspace()
                # "Christian Th. Müller": an abbreviated middle name and its full stop
                or runs[k][0].endswith("giv") and m > k and runs[m + 1][1] == runs[m][2] + 2
                and re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]?", text[toks[runs[m][2]][0]:toks[runs[m][2]][1]])
                and re.fullmatch(r"\.\s", text[toks[runs[m][2]][1]:toks[runs[m + 1][1]][0]])):
            m += 1
        if m - k >= 2:
            merged.append(("whole", runs[k][1], runs[m][2]))
        else:
            merged.extend(runs[k:m + 1])
        k = m + 1
    for lab, i, j in merged:
        gap = text[toks[last_tok][1]:toks[i][0]] if last_tok >= 0 else ""
        if lab == "whole":
            a, b = toks[i][0], toks[j][1]
            if cur:
                people.append(cur)
            cur = {}
            for sa, sb, part in split_name_span(text, a, b):
                cur[part] = text[sa:sb]
            people.append(cur)
            cur = {}
            last_tok = j
            continue
        part = "sur" if lab.endswith("sur") else "giv"
        if part in cur or (cur and re.search(r"\b(and|und|et|&)\b|[&/;]", gap)):
            people.append(cur)
            cur = {}
        cur[part] = text[toks[i][0]:toks[j][1]]
        if part == "sur" and "giv" in cur and text[toks[i - 1][1]:toks[i][0]].isspace():
            cur["given_first"] = "1"
        last_tok = j
    if cur:
        people.append(cur)
    # a lone multi-word "surname" without a comma is a name written given
    # names first ("Ernest Gellner")
    for p in people:
        if "sur" not in p and len(p.get("giv", "").split()) >= 2 and "," not in p["giv"] \
                and not re.search(r"\b(and|und|et)\b|[&/;]", p["giv"]) \
                and p["giv"].split()[-1][:1].isupper() and len(p["giv"].split()[-1]) > 2:
            p["sur"] = p.pop("giv")     # "Claus-Dieter Krohn" all read as given names
        if "giv" not in p and len(p.get("sur", "").split()) >= 2 and "," not in p["sur"] \
                and not p["sur"].split()[0].lower() in ("van", "von", "de", "der", "da", "di", "du", "la", "le"):
            sur = p["sur"]
            parts = split_name_span(sur, 0, len(sur))
            p.clear()
            for sa, sb, part in parts:
                p[part] = sur[sa:sb]
    # one organisation written as a name: several words, function words
    # among them, no separator between (an "author" "Landesamt für Umwelt")
    runs = [(i, j) for lab, i, j in _runs(toks, labels) if lab in (role + "sur", role + "giv")]
    if runs and len(people) <= 2:
        span = text[toks[runs[0][0]][0]:toks[runs[-1][1]][1]]
        # in capitals ("WORLD HEALTH ORGANIZATION", ISO 690) the words are read as written
        plain = " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in span.split())
        if len(span.split()) >= 2 and not re.search(r"[,/&;]|\b(and|und|et)\b", span) \
                and re.search(r"\b(für|of|for|der|des|de|du|la|für|on|zur|am)\b", plain.lower()) \
                or _ORG_WORDS.search(plain) and not re.search(r"[,/&;]", span):
            return ["{" + " ".join(span.split()) + "}"]
    out = []
    for p in people:
        if p.pop("given_first", "") and "giv" in p:
            # "A. Le Couteur", "Peter Van Elsuwege", "E. de St. Aubin": the
            # particles before the surname belong to it
            gw = p["giv"].split()
            k = len(gw)
            while k > 1 and gw[k - 1].lower().rstrip(".") in _SURNAME_PARTICLES:
                k -= 1
            if k < len(gw) and gw[k].lower() != "st." or k < len(gw) - 1:
                p["sur"] = " ".join(gw[k:] + [p.get("sur", "")])
                p["giv"] = " ".join(gw[:k])
        sur = _clean(p.get("sur", ""))
        giv = " ".join(p.get("giv", "").split()).strip(" ,;:")
        if not re.search(r"[^\W\d_]", giv):
            giv = ""        # a dash rule or stray mark is no name
        if re.fullmatch(r"[A-ZÀ-ÖØ-Þ]{2,3}", giv) and (not sur.isupper() or not re.search(r"[AEIOUY]", giv)):
            giv = " ".join(c + "." for c in giv)    # Vancouver's "Neimeyer RA": two initials
        if not sur and giv:
            sur, giv = giv, ""
        if not sur or sur.lower().rstrip(".") in ("dies", "ders", "ebd", "ebenda", "idem", "eadem"):
            continue        # "dies." / "ders.": the same people, named before
        if re.fullmatch(r"(?i)anon(ymous|ym)?\.?|o\.\s?[av]\.?|n\.\s?n\.?", f"{sur} {giv}".strip()):
            continue        # "Anon.", "o. A.", "o. V.", "N. N.": no author named
        out.append(f"{sur}, {giv}" if giv else sur)
    return out


def _field_text(text, toks, labels, lab: str, first_only: bool = False) -> str:
    runs = [(i, j) for l, i, j in _runs(toks, labels) if l == lab]
    if not runs:
        return ""
    a, b = runs[0]
    if not first_only:
        for i, j in runs[1:]:
            if i - b <= 2:
                b = j
            else:
                break
    return text[toks[a][0]:toks[b][1]]


def _place_text(text, toks, labels) -> str:
    """The first place run (with the next one when at most a mark parts
    them) that is not only a month or season ("(2001, May) … Chicago, IL":
    the place is Chicago)."""
    lab = "place"
    runs = [(i, j) for l, i, j in _runs(toks, labels) if l == lab]
    for k, (a, b) in enumerate(runs):
        ws = re.findall(r"[^\W\d_]+", text[toks[a][0]:toks[b][1]])
        if ws and all(w.lower() in _MONTHS for w in ws):
            continue
        for i, j in runs[k + 1:]:
            if i - b <= 2:
                b = j
            else:
                break
        return text[toks[a][0]:toks[b][1]]
    return ""


def _title_text(text, toks, labels) -> str:
    """The first title run, and the next one when only a colon or
    quotation marks part them ("The Market for “Lemons”: Quality …")."""
    runs = [(i, j) for lab, i, j in _runs(toks, labels) if lab == "title"]
    if not runs:
        return ""
    a, b = runs[0]
    for i, j in runs[1:]:
        gap = [text[x:y] for x, y in toks[b + 1:i]]
        if gap and len(gap) <= 2 and (":" in gap or any(g in _CLOSE_Q or g in "‹›" for g in gap)) \
                and all(g in ":.?!‹›" or g in _CLOSE_Q for g in gap):
            b = j
        else:
            break
    return text[toks[a][0]:toks[b][1]]


def _access_date(text: str) -> str:
    m = re.search(r"(?i)\b(accessed|retrieved|consulted|zugriff(?:\s+am)?|abgerufen(?:\s+am)?|"
                  r"aufgerufen(?:\s+am)?|stand|last visited|visited|consulté le)[:\s]*(on\s+)?"
                  r"([^\])]+?\d{4}|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})", text)
    if m:
        return _clean(m.group(3))
    m = re.search(r"\((\d{1,2}\.\s?\d{1,2}\.\s?\d{4})\)\s*\.?\s*$", text)
    return m.group(1) if m else ""


def _year(text: str, toks, labels) -> str:
    y = _field_text(text, toks, labels, "year", first_only=True)
    if y:
        m = re.search(r"(1[5-9]\d\d|20\d\d)\s*([a-z](?![a-z]))?", y)
        if m:
            return m.group(1) + (m.group(2) or "")
    # a year suffix written after the year token: "2002a" is one token; "o. J.", "n.d."
    if re.search(r"(?i)\b(n\.\s?d\.|o\.\s?J\.|s\.\s?d\.|undated)", text):
        return ""
    return ""


def _year_suffix(text: str, toks, labels) -> str:
    for lab, i, j in _runs(toks, labels):
        if lab == "year":
            b = toks[j][1]
            m = re.match(r"([a-z])\b", text[b:b + 2])
            return m.group(1) if m else ""
    return ""


def parse_reference(text: str, lang: str | None = None, *, model_path=None,
                    given_first: bool = False) -> model.BibEntry:
    """One reference string (any common style) as a ``BibEntry`` with
    pybtex-named fields and persons; the key is left empty.

    >>> e = parse_reference("Müller, Hans/Schmidt, Eva (Hg.) (1998): Die Stadt. "
    ...                     "2. Aufl. Frankfurt a.M.: Campus.")
    >>> e.persons["editor"], e.fields["year"], e.fields["title"], e.type
    (['Müller, Hans', 'Schmidt, Eva'], '1998', 'Die Stadt', 'book')
    >>> e.fields["address"], e.fields["publisher"]
    ('Frankfurt a.M.', 'Campus')
    >>> parse_reference("Journal of Ports Vol.2 No.3 July 2013ISSN 2285 – 4916").fields
    {'note': 'Journal of Ports Vol.2 No.3 July 2013ISSN 2285 – 4916'}
    >>> parse_reference("Okafor, M., et. al. (2001). Harbour towns. Leeds: Northgate.").persons["author"]
    ['Okafor, M.', 'others']
    """
    text = " ".join(text.split())
    # "et. al.", a common misspelling of "et al." (more authors), read as it means
    text = re.sub(r"(?<!\w)(et)\.\s?(al)(?!\w)", r"\1 \2", text)
    toks, labels = label(text, model_path)
    labels = given_first_names(text, toks, labels, given_first)
    entry = assemble(text, toks, labels, lang)
    if _RUNNING_HEAD.search(text) and not entry.fields.get("pages") \
            and (not entry.persons or re.search(r"(?i)\bvol\.?\s*\d+.{0,12}\bno\.?\s*\d+", text)):
        # a periodical's running head or foot cut with the list ("Mentalities
        # EQ EQPAM Vol.2 No.3 July 2013ISSN 2285 – 4916"): no work is named
        return model.BibEntry(key="", type="misc", fields={"note": text}, persons={})
    return entry


_RUNNING_HEAD = re.compile(r"(?i)ISSN\s*:?\s*\d{4}\s*[-–]\s*\d{3}[\dX]\b")


_GIVEN = r"(?:[A-Z][a-z]+|[A-Z]\.)"
_SURNAME = (r"(?:(?:van der|von der|van|von|de|der|den|du|da|di|del|le|la)\s+)?"
            r"[A-Z][A-Za-z'’]*[a-z][A-Za-z'’]*(?:-[A-Z][A-Za-z'’]*[a-z][A-Za-z'’]*)?")
_LIST_LABEL = re.compile(r"\s*(?:\[[^\]\s]{1,8}\]|\d{1,3}[.)])\s+")   # "[1] ", "[Knu84] ", "1. "
_GIVEN_NAME = rf"(?P<giv>{_GIVEN}(?:\s+{_GIVEN}){{0,2}})\s+(?P<sur>{_SURNAME})"
_PLAIN_NAME = _GIVEN_NAME.replace("?P<giv>", "").replace("?P<sur>", "")
_GIVEN_FIRST = re.compile(
    rf"{_PLAIN_NAME}(?:,\s+{_PLAIN_NAME})*(?:,?\s+and\s+{_PLAIN_NAME})?(?=\.\s+[A-Z“\"‘'])")


def names_given_first(text: str) -> bool:
    """Whether an entry opens with two or more authors written given name
    first, joined by "and", and closed by a full stop: the sure sign of a
    list in BibTeX's standard manner (one author alone, "Offe C. Title",
    may as well be Vancouver's surname and initial).

    >>> names_given_first("[5] Pehong Chen and Michael A. Harrison. Automating index preparation.")
    True
    >>> names_given_first("Offe C. Disorganized Capitalism. Cambridge: MIT Press; 1985."), names_given_first("Sassen S, Lee K. Title.")
    (False, False)
    """
    text = " ".join(text.split())
    label = _LIST_LABEL.match(text)
    m = _GIVEN_FIRST.match(text, label.end() if label else 0)
    return bool(m and re.search(r"\sand\s", m.group(0)))


def given_first_names(text: str, toks, labels: list[str], given_first: bool = False) -> list[str]:
    """The labels of an entry that opens with its authors written given
    name first and closed by a full stop, as BibTeX's standard styles print
    them ("Donald E. Knuth. Title. …", "Pehong Chen and Michael A. Harrison.
    …", "J. F. Traub, G. W. Wasilkowski, and H. Woźniakowski. …"), set
    name by name (given names, surname, the commas and "and" between them)
    when the model took the entry to open with authors and its list shows
    that manner (``given_first``: :func:`names_given_first` of enough of its
    entries; one entry alone cannot: "Sassen S. Globalization and Its
    Discontents." is Vancouver's); otherwise the labels unchanged.

    >>> t = "Henrietta Q. Abernethy-Voss and Lucan Darrowby. On unsent letters. Oxbury, 2002."
    >>> toks = [(m.start(), m.end()) for m in re.finditer(r"\\w[\\w'-]*|[^\\w\\s]", t)]
    >>> labs = given_first_names(t, toks, ["asur", "agiv", "o"] + ["title"] * (len(toks) - 3), True)
    >>> [t[a:b] for (a, b), l in zip(toks, labs) if l == "asur"]
    ['Abernethy-Voss', 'Darrowby']
    >>> given_first_names("Global Warming. A report. 2002.", [(0, 6)], ["title"], True)
    ['title']
    """
    label = _LIST_LABEL.match(text)
    start = label.end() if label else 0
    m = _GIVEN_FIRST.match(text, start)
    first = next((i for i, tok in enumerate(toks) if tok[0] >= start), None)
    if not given_first or not m or first is None or labels[first] not in ("asur", "agiv"):
        return labels
    spans = []
    for n in re.compile(_GIVEN_NAME).finditer(text, start, m.end()):
        spans.append((n.start("giv"), n.end("giv"), "agiv"))
        spans.append((n.start("sur"), n.end("sur"), "asur"))
    out = list(labels)
    for i, tok in enumerate(toks[first:], first):
        a = tok[0]
        if a >= m.end():
            if a == m.end() and text[a] == ".":
                out[i] = "o"
            break
        out[i] = next((lab for s, e, lab in spans if s <= a < e), "o")
    return out


def assemble(text: str, toks, labels, lang: str | None = None) -> model.BibEntry:
    """A ``BibEntry`` from labelled tokens (rules only; no model)."""
    fields: dict[str, str] = {}
    persons: dict[str, list[str]] = {}
    labels, edition = _editions(text, toks, list(labels))
    authors = _persons(text, toks, labels, "a")
    editors = _persons(text, toks, labels, "e")
    if re.search(r"(?i)\bet\s+al\b|\bu\.\s?a\.", text):
        # "et al." after the names (not inside a title) stands for more authors
        m = re.search(r"(?i)\bet\s+al\b|\bu\.\s?a\.", text)
        first_title = next((toks[i][0] for i, l in enumerate(labels) if l == "title"), len(text))
        if m.start() < first_title and authors:
            authors.append("others")
    if re.match(r"^\s*(o\.\s?[AV]\.|N\.\s?N\.|Anon(ymous|ym)?\.?(\s|$))", text):
        authors = []        # "o. A." (ohne Autor), "N. N.", "Anon.": no author named
    if authors:
        persons["author"] = authors
    if editors:
        persons["editor"] = editors
    year = _year(text, toks, labels)
    if year and not year[-1].isalpha():
        year += _year_suffix(text, toks, labels)
    if not year and re.search(r"(?i)\(\s*(n\.\s?d|o\.\s?J|s\.\s?d)\.?\s*\)|[,.:]\s(n\.\s?d|o\.\s?J)\.", text):
        year = "n.d."       # as printed: no date
    if year:
        m = re.match(r"^\D{0,120}?\[((?:1[5-9]|20)\d\d)\]\s*\(?((?:1[5-9]|20)\d\d[a-z]?)(?![\d\]])", text)
        if m and m.group(1) == year[:4] and m.group(2)[:4] > year[:4]:
            year = m.group(2)       # "[1922] 1978": the edition cited is 1978, 1922 the original's
        fields["year"] = year
        # biblatex's field, the original edition's year, printed beside the
        # year ("1986 [1927]"); a statement ("(orig. 1927)") stays the note's
        orig = original_year(text, year, statements=False)
        if orig:
            fields["origdate"] = orig
    title = _clean(_title_text(text, toks, labels), keep_dot=True)
    title = re.sub(r"(?<![A-Z])\.$", "", title) if not title.endswith("..") else title
    title = title.rstrip(" ,;:")
    if title:
        fields["title"] = title
    source = _clean(_field_text(text, toks, labels, "source"), keep_dot=True)
    if source.endswith(".") and not re.search(r"\b[A-Z]\.$|\b\w{1,3}\.$", source):
        source = source[:-1]
    for lab, name in (("volume", "volume"), ("issue", "number"), ("edition", "edition"),
                      ("publisher", "publisher"), ("place", "address"), ("note", "note")):
        if lab == "place":
            v = _clean(_place_text(text, toks, labels), keep_dot=True)
        else:
            v = _clean(_field_text(text, toks, labels, lab), keep_dot=lab in ("publisher", "note"))
        if lab == "publisher":
            v = v.rstrip(".") if not re.search(r"\b(Inc|Ltd|Co|a\.M|e\.V)\.$", v) else v
        if lab == "place":
            v = v if re.search(r"\b[A-Za-z]\.$|\b(a\.M|M|i\.Br)\.$", v) else v.rstrip(".")
            if all(w.lower() in _MONTHS for w in re.findall(r"[^\W\d_]+", v)):
                v = ""      # "Spring", "January/February": a date, no place
        if v:
            fields[name] = v
    if edition and not fields.get("edition"):
        fields["edition"] = edition
    fp = _clean(_field_text(text, toks, labels, "fpage", first_only=True))
    lp = _clean(_field_text(text, toks, labels, "lpage", first_only=True))
    if fp:
        fields["pages"] = f"{fp}–{lp}" if lp else fp
    url = _field_text(text, toks, labels, "url")
    if url:
        fields["url"] = _clean_url(url)
    m = re.search(r"\b(10\.\d{4,}/[^\s,;]+)", text)
    if m:
        fields["doi"] = m.group(1).rstrip(".")
    ud = _field_text(text, toks, labels, "urldate")
    acc = _access_date(text) or _clean(re.sub(r"(?i)^.*?(accessed|retrieved|consulted|zugriff am|"
                                              r"zugriff|abgerufen am|on)\s*", "", ud))
    if acc:
        fields["urldate"] = acc
    if source and not title and not fields.get("volume") and not fields.get("pages") \
            and not _in_before_source(text, toks, labels):
        fields["title"], source = source, ""    # a book's title read as a container
    m = re.match(r"^([A-ZÀ-Þ][\w.\- ]{1,30}(?:, [A-Z]{2})?): ([A-ZÀ-Þ].{1,60})$", source)
    if m and not fields.get("publisher") and not fields.get("volume") and not fields.get("address"):
        fields["address"], fields["publisher"] = m.group(1), m.group(2)     # "Place: Publisher"
        source = ""
    etype = _entry_type(text, fields, source, editors)
    if source:
        fields[{"article": "journal", "incollection": "booktitle", "inproceedings": "booktitle",
                "techreport": "institution" if not fields.get("publisher") else "series",
                "online": "organization"}.get(etype, "series" if etype == "book" else "howpublished")] = source
    if etype == "techreport" and "institution" not in fields and fields.get("publisher"):
        fields["institution"] = fields.pop("publisher")
    return model.BibEntry(key="", type=etype, fields=fields, persons=persons)


def _in_before_source(text, toks, labels) -> bool:
    """Whether "In"/"in:"/"dans" comes before the first container run (with
    only names, editors' marks and punctuation between), as in a chapter's
    "In: X (ed.), Book"; a word "in" inside a title does not count.

    >>> t = "Deth, J. (Eds.) (2007): Citizenship in Europe. London."
    >>> _in_before_source(t, tokens(t), ["esur", "o", "egiv", "o", "o", "o", "o", "o", "o", "year", "o", "o", "source", "source", "source", "o", "place", "o"])
    False
    """
    words = [text[a:b] for a, b in toks]
    s = next((x for x, lab in enumerate(labels) if lab == "source"), None)
    if s is None:
        return bool(re.search(r"(?i)(^|[\s.,])(in:?|dans)\s", text))
    for x in range(s - 1, -1, -1):
        w = words[x].lower()
        if w in ("in", "dans"):
            return True
        if labels[x] in _NAME_LABELS or not words[x][:1].isalnum() or w in _EDS:
            continue
        return False
    return False


_YEAR_EDITION = re.compile(r"^(1[5-9]\d\d|20\d\d)([2-9]|1\d)$")
_NOT_YEAR = {"title", "source", "fpage", "lpage", "volume", "issue", "url", "doi", "urldate"}


def _editions(text, toks, labels) -> tuple[list[str], str]:
    """Editions written the German way, as a superscript after the year
    ("1999²", flattened to "19992" in a PDF's text), and a number that
    counts editions ("2. Aufl.", "3rd edn") read as a volume or issue: the
    labels with the year and the edition set apart, and the edition.

    >>> t = "Gutberger, H. (19992), Volk. Münster."
    >>> _editions(t, tokens(t), ["asur", "o", "agiv", "o", "o", "note", "o", "o", "title", "o", "place", "o"])
    (['asur', 'o', 'agiv', 'o', 'o', 'year', 'o', 'o', 'title', 'o', 'place', 'o'], '2')
    >>> t = "Meyer, K. (1970a2), Humanökologie. Hannover."
    >>> _editions(t, tokens(t), ["asur", "o", "agiv", "o", "o", "year", "year", "o", "o", "title", "o", "place", "o"])[1]
    '2'
    >>> t = "Willke, H. (2001). Wissen (2. Aufl.). Stuttgart."
    >>> _editions(t, tokens(t), ["asur", "o", "agiv", "o", "o", "year", "o", "o", "title", "o", "volume", "o", "o", "o", "o", "o", "place", "o"])[0][10]
    'edition'
    """
    words = [text[a:b] for a, b in toks]
    edition = ""
    for i, w in enumerate(words):
        m = _YEAR_EDITION.match(w)
        if not m or labels[i] != "year" and "year" in labels:
            continue
        in_parens = 0 < i < len(words) - 1 and words[i - 1] == "(" and words[i + 1] == ")"
        if labels[i] in _NOT_YEAR and not in_parens:
            continue
        labels[i] = "year"
        edition = m.group(2)
        for x in (i - 1, i + 1, i + 2):     # the marks around it belong to no field
            if 0 <= x < len(words) and not words[x][:1].isalnum():
                labels[x] = "o"
        break
    for i, w in enumerate(words[:-2]):
        # after a year with its letter the edition is a word of its own: "(1970a²)",
        # flattened "(1970a2)"
        if edition or not re.match(r"^(?:1[5-9]|20)\d\d[a-z]$", w):
            continue
        if re.match(r"^(?:[2-9]|[²³⁴-⁹])$", words[i + 1]) and words[i + 2] in (")", ",", ".", ":"):
            edition = words[i + 1].translate(str.maketrans("²³⁴⁵⁶⁷⁸⁹", "23456789"))
            labels[i + 1] = "o"
    for lab, i, j in _runs(toks, labels):
        if lab not in ("volume", "issue") or j + 1 >= len(words):
            continue
        k = j + 1
        if words[k] == "." and k + 1 < len(words):
            k += 1
        if re.match(r"(?i)(st|nd|rd|th)$", words[k]) and k + 1 < len(words):
            k += 1
        if _EDITION_WORDS.match(words[k].casefold()) and words[k].lower() not in ("ed", "eds") or \
                re.match(r"(?i)edn?$", words[k]) and not re.match(r"(?i)\s*s\b", text[toks[k][1]:]):
            for x in range(i, j + 1):
                labels[x] = "edition"
    return labels, edition


def parse_list(texts: list[str], lang: str | None = None) -> list[model.BibEntry]:
    """The entries of a reference list, each parsed; an entry that opens
    with a dash rule or a bare comma (``———, 2002b: …``, ``, 1984: …``)
    takes the authors of the entry before it, as the list means.

    >>> es = parse_list(["Beck, Ulrich (1986): Risikogesellschaft. Frankfurt a.M.: Suhrkamp.",
    ...                  "——— (1993): Die Erfindung des Politischen. Frankfurt a.M.: Suhrkamp."])
    >>> es[1].persons["author"], es[1].fields["year"]
    (['Beck, Ulrich'], '1993')
    """
    out: list[model.BibEntry] = []
    # a list that writes its authors given name first ("Pehong Chen and
    # Michael A. Harrison. …") does so in its one-author entries too
    given_first = sum(map(names_given_first, texts)) >= max(2, len(texts) // 10)
    for t in texts:
        e = parse_reference(t, lang, given_first=given_first)
        if out and re.match(r"^\s*([-–—_]{2,}|,)", t):
            prev = out[-1].persons
            if not e.persons.get("author"):
                if prev.get("author"):
                    e.persons = {"author": list(prev["author"]), **e.persons}
                elif prev.get("editor") and not e.persons.get("editor"):
                    e.persons["editor"] = list(prev["editor"])
        out.append(e)
    return out


def to_citation(entry: model.BibEntry, text: str = ""):
    """A parsed entry as the reconciler's ``Citation`` (for matching notes
    to it and mending it).

    >>> c = to_citation(parse_reference("Smith, J. (2001) The Rivers of Europe. Oxford: OUP."))
    >>> [str(a) for a in c.authors], c.title, c.date.year, c.address
    (['Smith, J.'], 'The Rivers of Europe', 2001, 'Oxford')
    """
    def names(role):
        out = []
        for p in entry.persons.get(role, []):
            if p == "others":
                continue
            last, _, first = p.partition(",")
            out.append(Name(last.strip(), first.strip()))
        return out
    f = entry.fields
    y = re.match(r"\d{4}", f.get("year", ""))
    cont = next((f[k] for k in ("journal", "booktitle", "series", "organization", "howpublished")
                 if f.get(k)), "")
    return Citation(text=text, end=len(text), authors=names("author"), editors=names("editor"),
                    title=f.get("title", ""), container=cont,
                    periodical=entry.type == "article",
                    date=PDate(int(y.group())) if y else None, url=f.get("url", ""),
                    volume=f.get("volume", ""), number=f.get("number", ""),
                    pages=f.get("pages", ""),
                    publisher=f.get("publisher", "") or f.get("institution", ""),
                    address=f.get("address", ""))


def _clean_url(u: str) -> str:
    u = "".join(u.split())
    return u.rstrip(".,;>)]") if not u.endswith("/)") else u


def _entry_type(text: str, fields: dict, source: str, editors: list[str]) -> str:
    low = text.replace(fields.get("title", "\0"), " ").replace(fields.get("url", "\0"), " ").lower()
    if re.search(r"\b(working paper|discussion paper|report|bericht|arbeitspapier|"
                 r"technical paper|policy paper|research paper)\b", low):
        if not (source and (fields.get("volume") or fields.get("pages") and not editors)):
            return "techreport"
    if source and editors:
        return "incollection"
    if source and re.search(r"(?i)(^|[\s.,])(in:?|dans)\s", text) and not fields.get("volume") \
            and (fields.get("publisher") or fields.get("address")):
        return "incollection"
    if source and (fields.get("volume") or fields.get("number") or
                   (fields.get("pages") and not fields.get("publisher"))):
        return "article"
    if re.search(r"(?i)\b(diss|dissertation|thesis|doktorarbeit|habil)", low):
        return "phdthesis"
    if fields.get("publisher") or fields.get("address"):
        return "book" if not source or not re.search(r"(?i)\bin:?\s", text) else "incollection"
    if fields.get("url"):
        return "online"
    if source:
        return "article"
    return "misc"


# ---------------------------------------------------------------- splitting

_START = re.compile(
    r"^\s*(\[\d{1,3}\]|\d{1,3}[.)]\s"                       # numbered
    r"|[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’\-]+(?:\s(?:van|von|de|der|den|da|du|le|la)\s?[\w\-]+)?,\s*"
    r"(?:[A-ZÀ-ÖØ-Þ][\w\-]*\.?|[A-ZÀ-ÖØ-Þ]\.)"             # Surname, Given / Surname, G.
    r"|[A-ZÀ-ÖØ-Þ]{2,}[A-ZÀ-ÖØ-Þ\-]*[\s,]"                  # SURNAME
    r"|[A-ZÀ-ÖØ-Þ][\w\-]+\s[A-Z]{1,3}[,\s(]"                # Surname AB,
    r"|[-–—_]{2,}"                                          # ——— (same author)
    r")")


def split_references(text_lines: list[str]) -> list[str]:
    """Plain-text reference list lines (no layout) cut into entries: an
    entry starts with a number or a name-like opening, and runs on while
    lines continue it (the previous line ends without a full stop, or the
    line does not open like an entry).  Line-end hyphens are joined.

    >>> split_references(["Adams, J. (2001) A very long title that", "runs on. Oxford: OUP.",
    ...                   "Brown, K. (1999) Short. London: Verso.", "[3] Smith J. Title. 2000."])
    ['Adams, J. (2001) A very long title that runs on. Oxford: OUP.', 'Brown, K. (1999) Short. London: Verso.', '[3] Smith J. Title. 2000.']
    """
    entries: list[str] = []
    numbered = sum(bool(re.match(r"^\s*(\[\d{1,3}\]|\d{1,3}[.)]\s)", ln)) for ln in text_lines)
    numbered = numbered >= max(2, len([ln for ln in text_lines if ln.strip()]) // 3)
    for ln in text_lines:
        s = ln.strip()
        if not s:
            continue
        if numbered:
            new = bool(re.match(r"^(\[\d{1,3}\]|\d{1,3}[.)]\s)", s))
        else:
            prev = entries[-1] if entries else ""
            new = bool(_START.match(s)) and (not prev or re.search(r"[.)\]>]\s*$|\d\s*$", prev)
                                               or bool(re.match(r"^[A-ZÀ-ÖØ-Þ][\w'’\-]+,\s", s)))
        if new or not entries:
            entries.append(s)
        else:
            prev = entries[-1]
            if re.search(r"\w-$", prev) and s[:1].islower():
                entries[-1] = prev[:-1] + s
            elif prev.endswith(("/", "-")) and re.search(r"https?://|www\.", prev):
                entries[-1] = prev + s
            else:
                entries[-1] = prev + " " + s
    return entries


def main(argv: list[str] | None = None) -> int:
    """``--train [gold files…]``: train the shipped model on the synthetic
    references and the tagged gold files given."""
    ap = argparse.ArgumentParser(prog="python3 -m coursepack.bibliography.refparse")
    ap.add_argument("--train", nargs="*", metavar="TAGGED", help="tagged gold files to add")
    ap.add_argument("--out", default=str(MODEL_PATH))
    ap.add_argument("--synthetic", type=int, default=2500)
    ap.add_argument("--csl-share", type=float, default=0.0,
                    help="share of the synthetic references written by CSL styles")
    ap.add_argument("--noise", type=float, default=0.0, help="share made PDF-like")
    ap.add_argument("--csl-extra", type=float, default=0.0,
                    help="CSL-written references added on top (a share of --synthetic)")
    args = ap.parse_args(argv)
    if args.train is None:
        for line in sys.stdin:
            e = parse_reference(line)
            print(e.type, e.persons, e.fields)
        return 0
    from .refsynth import synthetic  # lazy: 22 ms on check
    refs = synthetic(args.synthetic, csl_share=args.csl_share, noise=args.noise,
                     csl_extra=args.csl_extra)
    for p in args.train:
        refs.extend(read_tagged_file(p))
    train(refs, args.out)
    print(f"trained on {len(refs)} references → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
