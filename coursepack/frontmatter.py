"""The reading's front matter as the reader prints it: abstracts without
the article's own label (the reader prints a heading of its own), key words
taken out of the abstract, and text nodes without the line breaks of the
source.  Applied to the edition model once, after repair, so every output
(reader, handout, web, EPUB) gets the same text.
"""

from __future__ import annotations

import re
from .words import _first_words, _function_words

from . import model
from .i18n import ABSTRACT_HEADINGS, KEYWORD_HEADINGS

_LABEL_WORDS = sorted(ABSTRACT_HEADINGS | {"riassunto", "resumo", "samenvatting", "sommario"},
                      key=len, reverse=True)
# a label opening the abstract's text: "Abstract", "ABSTRACT.", "Zusammenfassung:",
# "Abstract The aims …" (a run-in label before a capital)
_LEADING_LABEL = re.compile(
    r"^\s*(?:" + "|".join(re.escape(w) for w in _LABEL_WORDS) + r")"
    r"(?:\s*[.:—–-]\s*|\s*$|\s+(?=(?-i:[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ\"“„‘'(])))", re.I)
_KEY_WORDS = sorted(KEYWORD_HEADINGS | {"key-words", "index terms"}, key=len, reverse=True)
# "KEY WORDS • death anxiety • time" / "Keywords: a; b" inside an abstract's text
_KEYWORDS_LINE = re.compile(
    r"(?:^|(?<=[.!?)\]”\s]))\s*(?:" + "|".join(re.escape(w) for w in _KEY_WORDS) + r")\b\s*[:.—–-]?\s*",
    re.I)
# separators of key words: punctuation, middle dots and bullets, and the
# replacement character a bullet of an unmapped font becomes
_KW_SEP = re.compile(r"\s*[;,•·▪◦●■\uFFFD|]\s*|\s+[–—]\s+")


def split_keywords(text: str) -> list[str]:
    """The key words of a keywords line, its label left out.

    >>> split_keywords("KEY WORDS • death anxiety • future • time")
    ['death anxiety', 'future', 'time']
    >>> split_keywords("Asperger syndrome \\ufffd Autism \\ufffd Screening")
    ['Asperger syndrome', 'Autism', 'Screening']
    >>> split_keywords("Keywords: migration; labour, Ireland.")
    ['migration', 'labour', 'Ireland']
    """
    m = _KEYWORDS_LINE.match(text)
    if m:
        text = text[m.end():]
    out = []
    for k in _KW_SEP.split(" ".join(text.split())):
        k = k.strip(" .:")
        if k and k not in out:
            out.append(k)
    return out


def is_label(text: str) -> bool:
    """True when ``text`` is no more than an abstract's label.

    >>> is_label("ZUSAMMENFASSUNG"), is_label("Abstract."), is_label("Selfless time")
    (True, True, False)
    """
    return " ".join(text.strip().rstrip(":.—–- ").lower().split()) in _LABEL_WORDS


def _text_nodes(nodes: list) -> list:
    """The leading text nodes (descending into emphasis) up to the first
    node with any text."""
    out = []
    for n in nodes:
        if isinstance(n, model.Emph):
            out.extend(_text_nodes(n.children))
        elif isinstance(n, model.Text):
            out.append(n)
        if out and any(t.text.strip() for t in out):
            return out
        if not isinstance(n, (model.Emph, model.Text)):
            return out
    return out


def strip_label(inlines: list) -> bool:
    """Take a leading abstract label ("Abstract", "ABSTRACT.", "Summary:",
    "Zusammenfassung", "Résumé", "Streszczenie", "Resumen" …) off an
    abstract's text, where it stands in its first text node or is a whole
    emphasised first node.  Returns True when one was taken off.

    >>> nodes = [model.Text("ABSTRACT. Time is money.")]
    >>> strip_label(nodes), model.plain_text(nodes)
    (True, 'Time is money.')
    >>> nodes = [model.Emph([model.Text("Zusammenfassung")]), model.Text(" Die Arbeit …")]
    >>> strip_label(nodes), model.plain_text(nodes).strip()
    (True, 'Die Arbeit …')
    >>> nodes = [model.Text("Summary statistics show little.")]
    >>> strip_label(nodes), model.plain_text(nodes)
    (False, 'Summary statistics show little.')
    """
    texts = _text_nodes(inlines)
    if not texts:
        return False
    first = next(t for t in texts if t.text.strip()) if any(t.text.strip() for t in texts) else None
    if first is None:
        return False
    m = _LEADING_LABEL.match(first.text)
    if not m:
        return False
    rest = first.text[m.end():]
    if not rest.strip() and first is texts[-1] and len(inlines) == 1:
        return False          # the label is all there is: leave it
    first.text = rest.lstrip()
    return True


def take_keywords(inlines: list) -> list[str]:
    """Key words printed inside an abstract's text ("… of death. KEY WORDS •
    death anxiety • time"): cut from the last text node and returned.

    >>> nodes = [model.Text("We study time. KEY WORDS • death anxiety • future")]
    >>> take_keywords(nodes), model.plain_text(nodes)
    (['death anxiety', 'future'], 'We study time.')
    >>> take_keywords([model.Text("The key words of a text matter.")])
    []
    >>> take_keywords([model.Text("We coded the interviews by keywords: work, family.")])
    []
    """
    for n in reversed(inlines):
        if isinstance(n, model.NoteRef) or (isinstance(n, model.Text) and not n.text.strip()):
            continue            # a note marker after the key words: the last text holds them
        if not isinstance(n, model.Text):
            return []
        found = list(_KEYWORDS_LINE.finditer(n.text))
        for m in reversed(found):
            tail = n.text[m.end():]
            # a label needs its own mark: capitals, a colon or a bullet after it
            label = n.text[m.start():m.end()].strip()
            if not label[:1].isupper() or not (
                    label.isupper() or re.search(r"[:.—–-]\s*$", label)
                    or tail.lstrip()[:1] in "•·\uFFFD"):
                continue
            kws = split_keywords(tail)
            if kws and not re.search(r"[.!?]\s+[A-Z][a-z]+\s+\w+\s+\w+", tail):
                n.text = n.text[:m.start()].rstrip()
                return kws
        return []
    return []


def one_line(nodes: list) -> None:
    """Line breaks of the source (page and column breaks) inside text nodes
    become spaces: a paragraph or a title is one run of text.

    >>> nodes = [model.Text("in the\\ncontext of"), model.Emph([model.Text("through\\n Self")])]
    >>> one_line(nodes); model.plain_text(nodes)
    'in the context ofthrough Self'
    >>> nodes = [model.Text("One."), model.Text("\\n\\n"), model.Text("Two.")]
    >>> one_line(nodes); model.plain_text(nodes)
    'One.\\n\\nTwo.'
    """
    for n in nodes:
        if isinstance(n, model.Text) and n.text == model.PARAGRAPH_BREAK:
            continue        # the break between two paragraphs of an abstract
        if isinstance(n, model.Text) or getattr(n, "type", "") in ("termref", "link"):
            t = getattr(n, "text", None)
            if isinstance(t, str) and ("\n" in t or "\r" in t or "\u2028" in t):
                n.text = re.sub(r"[ \t]*[\r\n\u2028\u2029]+[ \t]*", " ", t)
        children = getattr(n, "children", None)
        if isinstance(children, list):
            one_line(children)


def block_language(text: str, lang: str) -> str:
    """The language of a block of ``text`` in a reading in ``lang``: ``lang``
    unless another language's function words (articles, prepositions,
    pronouns …) are many (6 or more) and at least three times as many as
    ``lang``'s: a German summary in an English article, not an English
    paragraph quoting a German phrase.

    >>> block_language("Der Artikel untersucht die Praxis der Vaterschaft in einer "
    ...                "Familie und die Bedeutung der Migration für die Männer", "en")
    'de'
    >>> block_language("The committee met in Berlin; its report, Die Zukunft der "
    ...                "Arbeit, was read by the members of the board and the press", "en")
    'en'
    """
    owner, _ = _function_words()
    counts: dict[str, int] = {}
    for w in _first_words(text, 200):
        other = owner.get(w)
        if other:
            counts[other] = counts.get(other, 0) + 1
    if not counts:
        return lang
    best = max(counts, key=counts.get)
    base = (lang or "en").split("-")[0]
    if best != base and counts[best] >= 6 and counts[best] >= 3 * counts.get(base, 0):
        return best
    return lang


def tidy(reading: model.Reading) -> None:
    """The front matter and the text of a reading as printed: abstract labels
    taken off (and an abstract heading that is only a label dropped), key
    words moved from an abstract into ``meta.keywords`` (when reading.yaml
    gives none, or gives one unsplit line), source line breaks made spaces.
    """
    keywords: list[str] = []
    for a in reading.abstracts:
        if a.title and is_label(a.title):
            a.title = ""
        strip_label(a.inlines)
        keywords += take_keywords(a.inlines)
        one_line(a.inlines)
    meta = reading.meta
    if len(meta.keywords) == 1 and len(split_keywords(meta.keywords[0])) > 1:
        meta.keywords = split_keywords(meta.keywords[0])
    if keywords and not meta.keywords:
        meta.keywords = keywords
    lang = meta.languages[0] if meta.languages else "en"
    for _, b in reading.blocks():
        one_line(b.inlines)
        if b.kind in ("paragraph", "quote", "item") and (b.lang or lang) == lang:
            b.lang = block_language(model.plain_text(b.inlines), b.lang or lang)
    for n in reading.footnotes:
        one_line(n.inlines)
