"""Glossary definitions drafted from the article's own text.

An instructor reviews a glossary; until then the reader and the handout
print entries drafted from the article itself, marked as the article's
wording with the page it stands on.  Three kinds of sentence give a
definition:

* an acronym expanded in the text: ``Collective Security Treaty
  Organization (CSTO)`` or ``CSTO (Collective Security Treaty
  Organization)``; the headword is the acronym, the definition its
  expansion (and an apposition after it, when there is one);
* an apposition: ``the Minsk Group, the OSCE's mediating body, …``;
* a copular or defining sentence: ``Social loafing is a reduction …``,
  ``X refers to …``, ``X occurs when …``; in German ``X ist ein …``,
  ``Unter X versteht man …``, ``X bezeichnet …``.

Candidates never include cited authors (surnames in citations, the notes and
the reference list), numbers, years or table and figure labels.  They are
ranked by how central the term is to this article against general usage:
occurrences × sections they are in, weighted by how rare the term's words are
in the language (:mod:`wordfreq`'s Zipf scale).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import model
from .repair.words import zipf_frequency
from .textutil import Sentence, cited_surnames, language, sentences, strip_citations

_DET = {"en": r"(?:the|a|an)", "de": r"(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem)"}
_PRONOUNS = {"it", "this", "that", "these", "those", "they", "he", "she", "we", "i", "there",
             "which", "who", "what", "one", "each", "such", "both", "all", "some", "many",
             "es", "dies", "das", "diese", "dieser", "dieses", "sie", "er", "wir", "ich", "man",
             "hier", "dort", "was", "wer", "jeder", "alle", "beide", "so", "da"}
_VERBS_EN = {"retained", "said", "says", "made", "makes", "took", "takes", "gave", "gives",
             "became", "becomes", "went", "goes", "held", "holds", "kept", "keeps", "led",
             "leads", "found", "finds", "saw", "sees", "argued", "argues", "can", "could",
             "will", "would", "should", "must", "may", "might", "did", "does", "do"}
_BAD_HEAD = re.compile(r"^(?:table|figure|fig|tabelle|abbildung|abb|chart|panel|appendix|"
                       r"section|chapter|note|page|anhang|kapitel|abschnitt)\b", re.I)
_GENERIC = {"en": {"study", "paper", "article", "research", "result", "results", "analysis",
                   "question", "problem", "case", "example", "way", "fact", "point", "thing",
                   "situation", "reason", "issue", "aim", "purpose", "author", "authors",
                   "finding", "findings", "effect", "hypothesis", "answer", "part", "one",
                   "experiment", "condition", "conditions", "participants", "subjects"},
            "de": {"beitrag", "aufsatz", "artikel", "frage", "problem", "fall", "beispiel",
                   "ergebnis", "ziel", "grund", "tatsache", "punkt", "teil", "autor"}}


@dataclass
class Draft:
    """A drafted glossary entry: ``definition`` is the article's wording,
    ``quote`` the whole sentence it comes from, ``evidence`` its block."""

    term: str
    definition: str
    quote: str
    evidence: str
    how: str                     # 'acronym', 'apposition', 'copula'
    aliases: list[str] = field(default_factory=list)
    count: int = 0
    spread: int = 0
    score: float = 0.0

    def entry(self) -> dict:
        """The entry as ``glossary.yaml`` holds it (and ``add_suggestions`` writes it)."""
        return {"term": self.term, "aliases": list(self.aliases), "definition": self.definition,
                "evidence": [self.evidence], "reviewed": False, "count": self.count,
                "spread": self.spread, "kind": "",
                "reason": f"drafted from the article ({self.how})",
                "definition_hint": self.quote}


# ---------------------------------------------------------------- the three rules

_ACRO = r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&\-]*[A-ZÄÖÜ0-9]s?"
_CAPWORD = r"[A-ZÄÖÜ][\w’'\-]*"
_JOIN = r"(?:of|and|for|the|on|in|de|du|des|der|die|das|für|und|zur|zum|von|für)"
_LONGFORM = rf"{_CAPWORD}(?:\s+(?:{_JOIN}\s+)*{_CAPWORD}){{1,8}}"


def _initials_match(acro: str, long: str) -> bool:
    """The acronym's letters, in order, begin words (or parts) of the long form.

    >>> _initials_match("CSTO", "Collective Security Treaty Organization")
    True
    >>> _initials_match("OSCE", "Organization for Security and Co-operation in Europe")
    True
    >>> _initials_match("EU", "Russian Federation")
    False
    """
    letters = [c.lower() for c in acro.rstrip("s") if c.isalpha()]
    words = [w for w in re.split(r"[\s\-]+", long) if w]
    caps = [w[0].lower() for w in words if w[:1].isupper()]
    if letters == caps[:len(letters)] and len(caps) == len(letters):
        return True
    # subsequence of word initials, first letters equal
    i = 0
    for w in words:
        if i < len(letters) and w[0].lower() == letters[i]:
            i += 1
    return i == len(letters) and words[0][0].lower() == letters[0] and \
        len(caps) <= len(letters) + 1


def acronym_definitions(sent: str) -> list[tuple[str, str, str]]:
    """``(acronym, expansion, rest)`` for each acronym expanded in the sentence;
    ``rest`` is an apposition right after it, if any.

    >>> acronym_definitions("Russia leads the Collective Security Treaty Organization (CSTO), "
    ...     "a military alliance of six post-Soviet states, and more.")
    [('CSTO', 'Collective Security Treaty Organization', 'a military alliance of six post-Soviet states')]
    >>> acronym_definitions("The talks of the OSCE (Organization for Security and "
    ...     "Co-operation in Europe) failed.")[0][:2]
    ('OSCE', 'Organization for Security and Co-operation in Europe')
    """
    out = []
    for m in re.finditer(rf"(?P<long>{_LONGFORM})\s+\((?P<acr>{_ACRO})\)", sent):
        long = re.sub(r"^(?:The|Der|Die|Das)\s+", "", m.group("long"))
        words = long.split()
        # the longest tail of the phrase whose initials fit the acronym
        for k in range(len(words)):
            cand = " ".join(words[k:])
            if _initials_match(m.group("acr"), cand):
                rest = _apposition_after(sent[m.end():])
                out.append((m.group("acr"), cand, rest))
                break
    for m in re.finditer(rf"(?P<acr>{_ACRO})\s+\((?P<long>{_LONGFORM})\)", sent):
        if _initials_match(m.group("acr"), m.group("long")):
            out.append((m.group("acr"), m.group("long"), _apposition_after(sent[m.end():])))
    return out


def _apposition_after(tail: str) -> str:
    m = re.match(r"^,\s+(?P<app>(?:a|an|the|ein|eine|der|die|das)\s+[^,;:()]{8,140}?)"
                 r"(?:,|;|\.$|\s+—)", tail)
    if not m:
        return ""
    app = m.group("app")
    if re.search(r"\b(?:and|or|und|oder)\s*$", app) or len(app.split()) > 22:
        return ""
    return app.strip()


def appositions(sent: str, lang: str = "en") -> list[tuple[str, str]]:
    """``(name, apposition)``: a name followed by a noun phrase between commas.

    >>> appositions("Talks stalled in the Minsk Group, the OSCE’s mediating body, in 2019.")
    [('Minsk Group', 'the OSCE’s mediating body')]
    >>> appositions("Armenia, Azerbaijan, and Georgia met.")
    []
    """
    det = _DET.get(lang, _DET["en"])
    out = []
    rx = re.compile(rf"(?:^|\b(?:the|der|die|das)\s+|[,;(]\s*|\b(?:in|of|by|with|to|from|through|"
                    rf"at|for|on|into|via|near|under|against|im|von|mit|zur|zum|durch|bei|für|"
                    rf"über|nach)\s+)(?P<name>{_CAPWORD}(?:\s+(?:{_JOIN}\s+)?{_CAPWORD}){{0,5}})"
                    rf",\s+(?P<app>{det}\s+[^,;:()]{{6,140}}?)(?P<end>,|;|\.$|\s+—|\s+\()")
    from .glossary import FUNCTION_WORDS
    for m in rx.finditer(sent):
        name, app = re.sub(r"^(?:The|Der|Die|Das)\s+", "", m.group("name")), m.group("app")
        if not name or name.split()[0].lower() in FUNCTION_WORDS | _PRONOUNS or m.group("end") != ",":
            continue                   # "However, the design …": not a name
        if m.start("name") == 0 and len(name.split()) == 1 and not name.isupper() and \
                zipf_frequency(name.lower(), lang if lang in ("en", "de") else "en") > 4.5:
            continue                   # a common word that only starts the sentence
        words = app.split()
        if lang == "de":
            if len(words) < 3:
                continue
            # an apposition names a thing (a capitalised noun early on, ends on a
            # noun); a relative clause ("die es … erlaubten") ends on its verb
            if not any(w[:1].isupper() for w in words[1:3]) or not words[-1][:1].isupper():
                continue
        elif any(re.fullmatch(r"[a-z]+ed|[a-z]+s", w) and i >= 2 and words[i - 1].lower() not in
                 ("the", "a", "an", "its", "their", "of", "and", "’s") and
                 re.fullmatch(r"[a-z]+ed", w)
                 for i, w in enumerate(words)) or any(w in _VERBS_EN for w in words):
            continue                   # a clause with a verb, not a noun phrase
        after = sent[m.end():]
        if re.match(r"\s*(?:and|or|und|oder)\s+(?:(?:the|der|die|das)\s+)?[A-ZÄÖÜ]", after) or \
                re.search(r"\b(?:and|or|und|oder)\s*$", app):
            continue                   # a list, not an apposition
        if len(app.split()) > 20 or len(app.split()) < 2:
            continue
        if re.search(r"\b(?:is|are|was|were|has|have|had|ist|sind|war|waren|hat|haben)\b", app):
            continue                   # a clause, not a noun phrase
        out.append((re.sub(r"^(?:The|Der|Die|Das)\s+", "", name), app.strip()))
    return out


_COPULA_EN = re.compile(
    r"^(?:(?:The|A|An)\s+)?(?:term\s+|concept\s+(?:of\s+)?|notion\s+(?:of\s+)?)?[‘'\"“]?"
    r"(?P<x>[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?)[’'\"”]?\s+"
    r"(?P<v>is\s+(?:defined\s+as\s+)?(?:a|an|the)|are(?:\s+defined\s+as)?|refers?\s+to|"
    r"means|denotes|stands?\s+for|occurs\s+when|describes)\s+(?P<def>.+)$")
_COPULA_DE = re.compile(
    r"^(?:(?:Der|Die|Das)\s+)?(?:Begriff\s+(?:der\s+|des\s+)?)?[„“\"]?"
    r"(?P<x>[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?)[“”\"]?\s+"
    r"(?P<v>ist\s+(?:ein|eine|der|die|das)|sind|bezeichnet|bedeutet|meint)\s+(?P<def>.+)$")
_UNTER_DE = re.compile(r"^Unter\s+(?:(?:dem|der)\s+)?(?:Begriff\s+)?[„“\"]?(?P<x>[^,„“\"]{2,60}?)"
                       r"[“”\"]?\s+(?:versteht|verstand)\s+(?:man|der Autor|die Forschung)\s+"
                       r"(?P<def>.+)$")


def copular_definitions(sent: str, lang: str = "en") -> list[tuple[str, str]]:
    """``(term, definition)`` from a sentence that defines its subject.

    >>> copular_definitions("Social loafing is a reduction of effort in groups.")
    [('Social loafing', 'A reduction of effort in groups.')]
    >>> copular_definitions("Social compensation occurs when individuals work harder.")
    [('Social compensation', 'Occurs when individuals work harder.')]
    >>> copular_definitions("Die Asylpolitik ist ein Feld staatlicher Kontrolle.", "de")
    [('Asylpolitik', 'Ein Feld staatlicher Kontrolle.')]
    >>> copular_definitions("It is a problem.")
    []
    """
    if lang == "de":
        m = _COPULA_DE.match(sent) or _UNTER_DE.match(sent)
    else:
        m = _COPULA_EN.match(sent)
    if not m:
        return []
    x = m.group("x").strip()
    words = x.split()
    from .glossary import FUNCTION_WORDS
    if words and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in {
            "most", "more", "less", "least", "dabei", "damit", "daher", "vor", "nach", "auch",
            "so", "hier", "dort", "jedoch", "zudem", "somit", "allerdings", "bei", "mit"}):
        return []
    if len(words) > 1 and not lang == "de" and any(
            w.lower() in {"such", "these", "those", "this", "that", "our", "his", "her",
                          "their", "its"} for w in words):
        return []
    if not words or words[0].lower() in _PRONOUNS or any(w.lower() in _PRONOUNS for w in words[:1]):
        return []
    if len(words) > 1 and words[-1].lower() in {"also", "thus", "therefore", "however", "then",
                                                 "still", "now", "often", "usually", "auch",
                                                 "also", "jedoch", "daher", "nun"}:
        return []
    if any(re.fullmatch(r"\d[\d.,]*", w) for w in words):
        return []
    verb = m.groupdict().get("v") or ""
    vs = verb.split()
    definition = m.group("def").strip()
    if vs == ["are"]:
        first = definition.split()[0].lower() if definition.split() else ""
        if re.fullmatch(r"[a-z]+(?:ed|ly|er|en)|not|no|still|also|often|now|more|less|very|far|"
                        r"so|too|all|both|likely|able|in|on|at|to|of|by|being|very|used|seen",
                        first) or any(w.lower() in {"today", "there", "here", "now", "such"}
                                      for w in words):
            return []      # a passive, an adverb or a comparison: a statement, not a definition
    if vs and vs[0] in ("is", "ist") and vs[-1] not in ("as",):
        definition = vs[-1] + " " + definition
    elif verb.startswith(("occurs", "refers", "means", "denotes", "stand", "describes",
                          "bezeichnet", "bedeutet", "meint")):
        definition = verb + " " + definition
    definition = definition[0].upper() + definition[1:]
    if not re.search(r"[.!?]$", definition):
        definition += "."
    if len(definition.split()) < 4 or len(definition.split()) > 45:
        return []
    return [(x[0].upper() + x[1:] if lang == "de" or x[:1].isupper() else x[0].upper() + x[1:],
             definition)]


# ---------------------------------------------------------------- candidates and ranking


_WHICH = re.compile(rf"(?<![\w\-])(?P<name>{_CAPWORD}(?:\s+(?:{_JOIN}\s+)?{_CAPWORD}){{0,5}}),\s+"
                    r"(?:which|who)\s+(?:is|was|are|were)\s+(?P<app>(?:a|an|the|one of the)\s+"
                    r"[^,;:()]{6,140}?)(?:,|;|\.$)")
_DASHED = re.compile(rf"(?P<name>{_CAPWORD}(?:\s+(?:{_JOIN}\s+)?{_CAPWORD}){{0,5}})\s+[–—]\s+"
                     r"(?P<app>(?:a|an|the|ein|eine|der|die|das)\s+[^–—,;:()]{6,140}?)\s+[–—]")
_PAREN = re.compile(rf"(?P<name>{_CAPWORD}(?:\s+(?:{_JOIN}\s+)?{_CAPWORD}){{0,5}})\s+\("
                    r"(?P<app>(?:a|an|the|ein|eine)\s+[^()]{6,140}?)\)")
_KNOWN_AS = re.compile(r"\b(?P<app>(?:a|an|the)\s+[a-z][^,;:()“”‘’]{6,100}?)\s*,?\s+"
                       r"(?:known|referred to|described) as\s+(?:the\s+)?[‘“\"]?"
                       r"(?P<name>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,3}?)[’”\"]?(?=[,.;:)]|\s+(?:and|or|in|of|by|is|was|that|which)\b)")


def other_definitions(sent: str, lang: str = "en") -> list[tuple[str, str]]:
    """``(name, definition)`` from a non-restrictive relative ("X, which is a …"),
    a dash or bracket apposition ("X – the … –", "X (a …)") and "a … known as X".

    >>> other_definitions("They met at Hertel University, which is a small college, in May.")
    [('Hertel University', 'a small college')]
    >>> other_definitions("Aid came from the Red Cross – a neutral humanitarian body – at once.")
    [('Red Cross', 'a neutral humanitarian body')]
    >>> other_definitions("It follows an approach known as market globalism, in short.")
    [('market globalism', 'an approach')]
    """
    out = []
    for rx in (_WHICH, _DASHED, _PAREN):
        for m in rx.finditer(sent):
            name = re.sub(r"^(?:The|Der|Die|Das)\s+", "", m.group("name"))
            if name.split()[0].lower() in _PRONOUNS:
                continue
            out.append((name, m.group("app").strip()))
    if lang == "en":
        for m in _KNOWN_AS.finditer(sent):
            if len(m.group("app").split()) >= 2:
                out.append((m.group("name"), m.group("app").strip()))
    return out


def _count(term_names: list[str], sents: list[Sentence]) -> tuple[int, int]:
    pats = [re.compile(rf"(?<![\w\-]){re.escape(n)}(?![\w\-])", re.I if not n.isupper() else 0)
            for n in term_names if n]
    n, secs = 0, set()
    for s in sents:
        k = sum(len(p.findall(s.text)) for p in pats)
        if k:
            n += k
            secs.add(s.section.id)
    return n, len(secs)


def _rarity(term: str, lang: str) -> float:
    """How unusual the term's words are in general usage (0 common … 1 rare)."""
    words = [w for w in re.findall(r"[^\W\d_]+", term) if len(w) > 2]
    if not words:
        return 0.0
    z = min(zipf_frequency(w.lower(), lang if lang in ("en", "de") else "en") for w in words)
    return max(0.0, min(1.0, (6.5 - z) / 5.0))


def _bad_term(term: str, cited: set[str], lang: str) -> bool:
    words = term.split()
    if not words or _BAD_HEAD.match(term) or re.search(r"\d", term) and not re.search(
            r"[A-Za-z]{2}", term):
        return True
    if re.fullmatch(r"[\d\s.,–-]+", term) or re.fullmatch(r"(?:1[5-9]|20)\d\d", term):
        return True
    if any(w in cited for w in words if w[:1].isupper()) and not term.isupper():
        return True                       # a cited author's name
    low = [w.lower() for w in words]
    if term.isupper() and len(term) > 1:
        return False                      # an acronym ("WHO")
    if low[0] in _PRONOUNS or all(w in _GENERIC.get(lang, set()) | _PRONOUNS for w in low):
        return True
    if len(words) > 6:
        return True
    return False


def draft(reading: model.Reading, limit: int = 30) -> list[Draft]:
    """Drafted entries for ``reading``, the most central first; one per term,
    the first defining sentence of each kind preferred in the order acronym,
    copula, apposition."""
    lang = language(reading)
    sents = [s for s in sentences(reading) if not s.quote]
    cited = cited_surnames(reading)
    found: dict[str, Draft] = {}

    def add(d: Draft) -> None:
        key = d.term.lower()
        if _bad_term(d.term, cited, lang) or not _definition_ok(d.definition):
            return
        if " " not in d.term and not d.term.isupper() and zipf_frequency(
                d.term.lower(), lang if lang in ("en", "de") else "en") >= 4.5:
            return          # a common word ("Markets"): the article's claim, not a term
        old = found.get(key)
        rank = {"copula": 0, "acronym": 1, "apposition": 2}
        if old is None or rank[d.how] < rank[old.how] and d.how != "acronym":
            if old is not None:
                d.aliases = sorted(set(d.aliases) | set(old.aliases))
            found[key] = d

    for s in sents:
        text = strip_citations(s.text)
        for acr, long, rest in acronym_definitions(text):
            definition = long + (f", {rest}" if rest else "")
            add(Draft(acr, _sentence_case(definition), s.text, s.block, "acronym", [long]))
        for x, definition in copular_definitions(text, lang):
            add(Draft(x, definition, s.text, s.block, "copula"))
        for name, app in appositions(text, lang) + other_definitions(text, lang):
            add(Draft(name, _sentence_case(app), s.text, s.block, "apposition"))
        for clause in re.split(r";\s+|:\s+(?=[A-Z])", text)[1:]:
            for x, definition in copular_definitions(clause, lang):
                add(Draft(x, definition, s.text, s.block, "copula"))
    # an acronym's long form defined elsewhere: one entry
    for d in list(found.values()):
        if d.how == "acronym":
            for a in d.aliases:
                other = found.get(a.lower())
                if other is not None and other is not d:
                    d.definition = _sentence_case(a) + ": " + other.definition[0].lower() + \
                        other.definition[1:] if other.how == "apposition" else d.definition
                    del found[a.lower()]
    out = []
    for d in found.values():
        d.count, d.spread = _count([d.term, *d.aliases], sents)
        if d.count == 0:
            continue
        d.score = d.count * (1 + d.spread) * (0.25 + _rarity(d.term, lang)) \
            * (1.3 if d.how != "apposition" else 1.0)
        out.append(d)
    out.sort(key=lambda d: (-d.score, d.term.lower()))
    return out[:limit]


def _sentence_case(s: str) -> str:
    s = s.strip()
    s = s[0].upper() + s[1:] if s else s
    return s if re.search(r"[.!?]$", s) else s + "."


def _definition_ok(d: str) -> bool:
    """A definition is printed whole: balanced quotes and brackets, no
    dangling pronoun at its start, a reasonable length."""
    if d.count("(") != d.count(")") or d.count("“") != d.count("”") or d.count("„") > \
            d.count("“") or d.count('"') % 2:
        return False
    if re.match(r"^(?:It|This|That|They|These|Es|Dies|Das)\b", d):
        return False
    n = len(d.split())
    return 2 <= n <= 45


def terms_from_drafts(drafts: list[Draft]) -> list[model.GlossaryTerm]:
    """The drafts as printable (unreviewed, drafted) glossary terms."""
    from .glossary import slugify
    out, ids = [], set()
    for d in drafts:
        tid = slugify(d.term) or "term"
        while tid in ids:
            tid += "-x"
        ids.add(tid)
        out.append(model.GlossaryTerm(id=tid, term=d.term, definition=d.definition,
                                      aliases=[a for a in d.aliases if a != d.term],
                                      reviewed=False, evidence=[d.evidence]))
    # an alias may belong to one entry only
    seen: set[str] = set()
    for t in out:
        t.aliases = [a for a in t.aliases if a.lower() not in seen and
                     a.lower() not in {x.term.lower() for x in out}]
        seen.update(a.lower() for a in t.aliases)
    return out
