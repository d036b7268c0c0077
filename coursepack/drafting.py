"""Glossary definitions drafted from the article's own text.

An instructor reviews a glossary; until then the reader and the handout
print entries drafted from the article itself, marked as the article's
wording with the page it stands on.  These kinds of sentence give a
definition:

* an acronym expanded in the text: ``Collective Security Treaty
  Organization (CSTO)`` or ``CSTO (Collective Security Treaty
  Organization)``; the headword is the acronym, the definition its
  expansion (and an apposition after it, when there is one);
* an apposition: ``the Minsk Group, the OSCE's mediating body, …``;
* a copular or defining sentence: ``Social loafing is a reduction …``,
  ``X refers to …``, ``X occurs when …``; in German ``X ist ein …``,
  ``Unter X versteht man …``, ``X bezeichnet …``; also after an
  enumerating connective (``Finally, X is a …``), and for the article's
  keywords wherever a clause opens on one; a contrast after the definition
  (``, whereas …``) is left out, an attributed view (``according to …``)
  and ``X is a subject/topic/issue …`` are claims, not definitions;
* a gloss: ``X, i.e. the …``, ``X, that is, a …``, ``… is called X``,
  ``A (closely related) type of … is “X”`` (printed ``A type of …``); in
  German ``X, d. h. die …``, ``Als X bezeichnet man …``, ``… werden als X
  bezeichnet``.

An acronym spelled by one compound word (``Qualitätsmanagement (QM)``) is
expanded, unless that word only ends a longer name (``Reichsarbeitsgemeinschaft
für Raumforschung (RAG)``).

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
from .textutil import (Sentence, cited_surnames, language, long_form_tail, sentences,
                       strip_citations)
from .glossary_words import FUNCTION_WORDS, FUNCTION_WORDS as _FW, slugify

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
    >>> acronym_definitions("Mit der Novellierung des Hochschulrahmengesetzes (HRG) von 1998.")
    [('HRG', 'Hochschulrahmengesetzes', '')]
    >>> acronym_definitions("mit der Reichsarbeitsgemeinschaft für Raumforschung (RAG) auf")
    []
    >>> acronym_definitions("The talks of the OSCE (Organization for Security and "
    ...     "Co-operation in Europe) failed.")[0][:2]
    ('OSCE', 'Organization for Security and Co-operation in Europe')
    """
    out = []
    for m in re.finditer(rf"\((?P<acr>{_ACRO})[);,]", sent):
        long = sh_long_form(m.group("acr"), sent[:m.start()])
        if long and " " not in long and (
                len(long) < 3 * len(m.group("acr")) or
                re.search(rf"(?<![\w\-]){m.group('acr')[0]}[\w’'\-]*\s+{_JOIN}\s+$",
                          sent[:m.start()].rstrip()[:-len(long)])):
            long = None      # one word: a compound spelling the whole acronym, not the
            #                  last word of a longer name ("… für Raumforschung (RAG)")
        if long and not any(o[0] == m.group("acr") for o in out):
            end = sent.find(")", m.start())
            out.append((m.group("acr"), long, _apposition_after(sent[end + 1:])))
    for m in re.finditer(rf"(?P<long>{_LONGFORM})\s+\((?P<acr>{_ACRO})\)", sent):
        if any(o[0] == m.group("acr") for o in out):
            continue
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


def sh_long_form(short: str, before: str) -> str:
    """The long form of ``short`` at the end of ``before`` (Schwartz and Hearst
    2003): every letter of the acronym, right to left, found in the words
    before it, the first at a word start; at most min(|A| + 5, 2|A|) words.

    >>> sh_long_form("CSOs", "data on civil society organizations")
    'civil society organizations'
    >>> sh_long_form("FSIQ", "higher-functioning full-scale intelligence quotient")
    'full-scale intelligence quotient'
    >>> sh_long_form("AS", "children with Asperger syndrome")
    'Asperger syndrome'
    >>> sh_long_form("EU", "the Russian Federation") is None
    True
    """
    core = short[:-1] if short.endswith("s") and short[:-1].isupper() else short
    letters = [c.lower() for c in core if c.isalnum()]
    if len(letters) < 2:
        return None
    words = before.split()
    n = min(len(letters) + 5, 2 * len(letters))
    tail = long_form_tail(core, " ".join(words[-n:]))
    if tail is None:
        return None
    long = tail.strip(" ,;:([")
    lw = long.split()
    if not lw or len(long) <= len(short) or core.lower() in long.lower().split():
        return None
    if lw[0].lower() in _LONG_STOP or not re.match(r"[^\W\d_]", lw[0]):
        return None
    if len(lw) > len(letters) + 2 or any(w.lower() in _LONG_STOP_MID for w in lw):
        return None
    return long


_LONG_STOP = {"the", "a", "an", "of", "and", "or", "in", "on", "for", "with", "to", "by",
              "der", "die", "das", "und", "von", "mit", "für", "im", "de", "la", "le"}
_LONG_STOP_MID = {"is", "are", "was", "were", "which", "that", "who", "we", "ist", "sind"}


def _apposition_after(tail: str) -> str:
    m = re.match(r"^,\s+(?P<app>(?:a|an|the|ein|eine|der|die|das)\s+[^,;:()]{8,140}?)"
                 r"(?:,|;|\.$|\s+—)", tail)
    if not m:
        return ""
    app = m.group("app")
    if re.search(r"\b(?:and|or|und|oder)\s*$", app) or len(app.split()) > 22:
        return ""
    if _LIST_GOES_ON.match(tail[m.end():]):
        return ""                        # "the FTP, the CFC, anxiety, hope …": a list
    return app.strip()


# after an apposition: another item of a list ("…, anxiety, hope and …", "…, the Y")
_LIST_GOES_ON = re.compile(r"^\s*(?:(?:the|a|an|der|die|das|den|dem)\s|[\w\-]+(?:\s[\w\-]+)?,\s|"
                           r"[\w\-]+\s(?:and|or|und|oder)\s)")


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
                _LIST_GOES_ON.match(after) or \
                re.search(r"\s(?:and|und)\s", name) or \
                re.search(r"\b(?:and|or|und|oder)\s*$", app):
            continue                   # a list, not an apposition
        if len(app.split()) > 20 or len(app.split()) < 3:
            continue
        if not any(w[:1].islower() and w.lower() not in _FW and w.lower() not in
                   ("der", "die", "das", "the", "a", "an") for w in app.split()[1:]):
            continue                   # "Luxemburg, the Netherlands": a list of names
        if lang == "de" and words[1][:1].islower() and (words[1].lower() in _FW or
                                                        words[1].lower() in _SUBJECT_STOP["de"]):
            continue                   # "Hochschulen, die durch …": a relative clause
        if re.search(r"\b(?:is|are|was|were|has|have|had|ist|sind|war|waren|hat|haben)\b", app):
            continue                   # a clause, not a noun phrase
        out.append((re.sub(r"^(?:The|Der|Die|Das)\s+", "", name), app.strip()))
    return out


_COPULA_EN = re.compile(
    r"^(?:(?:The|A|An)\s+)?(?:term\s+|concept\s+(?:of\s+)?|notion\s+(?:of\s+)?)?[‘'\"“]?"
    r"(?P<x>[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?)[’'\"”]?(?:\s+\([^()]{1,60}\))?,?\s+"
    r"(?P<v>is\s+(?:defined\s+as\s+)?(?:a|an|the)|are(?:\s+defined\s+as)?|refers?\s+to|"
    r"means|denotes|stands?\s+for|occurs\s+when|describes|signifies|designates|represents)\s+"
    r"(?P<def>.+)$")
_COPULA_DE = re.compile(
    r"^(?:(?:Der|Die|Das)\s+)?(?:Begriff\s+(?:der\s+|des\s+)?)?[„“\"]?"
    r"(?P<x>[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?)[“”\"]?\s+"
    r"(?P<v>ist\s+(?:ein|eine|der|die|das)|sind|bezeichnet|bedeutet|meint)\s+(?P<def>.+)$")
_UNTER_DE = re.compile(r"^Unter\s+(?:(?:dem|der)\s+)?(?:Begriff\s+)?[„“\"]?(?P<x>[^,„“\"]{2,60}?)"
                       r"[“”\"]?\s+(?:versteht|verstand)\s+(?:man|der Autor|die Forschung)\s+"
                       r"(?P<def>.+)$")


def copular_definitions(sent: str, lang: str = "en",
                        lower_words: frozenset = frozenset()) -> list[tuple[str, str]]:
    """``(term, definition)`` from a sentence that defines its subject.

    >>> copular_definitions("Social loafing is a reduction of effort in groups.")
    [('Social loafing', 'A reduction of effort in groups.')]
    >>> copular_definitions("Social compensation occurs when individuals work harder.")
    [('Social compensation', 'Occurs when individuals work harder.')]
    >>> copular_definitions("Die Asylpolitik ist ein Feld staatlicher Kontrolle.", "de")
    [('Asylpolitik', 'Ein Feld staatlicher Kontrolle.')]
    >>> copular_definitions("Party family is a static label of policy positions, whereas "
    ...                     "parties switch groups.")
    [('Party family', 'A static label of policy positions.')]
    >>> copular_definitions("It is a problem.")
    []
    >>> copular_definitions("Measurement is the challenge for future scholars.")
    []
    >>> copular_definitions("Sex-selective abortion (SSA) is a subject that raises questions.")
    []
    >>> copular_definitions("SSA is a practice that, according to her, is shaped by violence.")
    []
    >>> copular_definitions("Bemerkenswert ist der Streit um Gerechtigkeit.", "de")
    []
    """
    if lang == "de":
        m = _COPULA_DE.match(sent) or _UNTER_DE.match(sent)
    else:
        m = _COPULA_EN.match(sent)
    if not m:
        return []
    x = m.group("x").strip().strip("‘’'\"“”„")
    words = x.split()
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
    if not _subject_ok(x, lang, lower_words):
        return []
    dw = definition.split()
    if lang == "de":
        if vs and vs[0] == "ist" and vs[-1] in ("der", "die", "das"):
            return []      # "Bemerkenswert ist der Streit …": inverted, not a definition
        if vs == ["sind"] and not (dw and (dw[0][:1].isupper() or dw[0] in (
                "ein", "eine", "die", "der", "das"))):
            return []      # "… sind mithin nicht …": a statement
        if dw and re.fullmatch(r"[a-zäöüß]+(?:en|t)\.?", dw[-1]) and vs and \
                vs[0] in ("ist", "sind") and "," not in definition:
            return []      # "… ist … entstanden": a perfect tense, not a definition
    elif vs == ["are"] and not (dw and (dw[0].lower() in ("the", "a", "an", "those", "all") or
                                       re.fullmatch(r"[a-z]+[^su]s", dw[0].lower()))):
        return []          # "Coefficients … are good": a statement, not a definition
    elif vs and vs[0] == "is" and re.match(r"^(?:\w+\s+){0,3}(?:example|precondition|result|"
                                            r"consequence|sign|case|problem|challenge|subject|topic|issue|"
                                            r"question|matter|theme)\b",
                                            definition):
        return []          # "X is a good example of …": a claim
    elif vs == ["is", "the"] and not re.match(
            r"^(?:[\w’'\-]+\s+){1,3}(?:of|in which|by which|whereby|through which|that|"
            r"who|used|given)\b", definition):
        return []          # "X is the dominant force …": the article's claim, not a definition
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
                          "signifies", "designates", "represents",
                          "bezeichnet", "bedeutet", "meint")):
        definition = verb + " " + definition
    # a contrast after the definition is the article's claim: left out
    definition = re.split(r",\s+(?:whereas|while|but|although|though|während|wohingegen|"
                          r"aber|jedoch)\s", definition)[0]
    definition = definition[0].upper() + definition[1:]
    if not re.search(r"[.!?]$", definition):
        definition += "."
    if len(definition.split()) < 4 or len(definition.split()) > 45:
        return []
    if re.search(r"\baccording to\b|\b(?:nach|laut) (?:ihr|ihm|ihnen)\b", definition):
        return []          # a view the article reports, not what the term is
    return [(x[0].upper() + x[1:] if lang == "de" or x[:1].isupper() else x[0].upper() + x[1:],
             definition)]


# ---------------------------------------------------------------- "defined as", "by X we mean"

_NP = r"[‘'\"“„»]?(?P<x>[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?)[’'\"”“«]?"
_AS_EN = [
    # X is defined / understood / conceptualised as …
    re.compile(rf"^(?:(?:The|A|An)\s+)?(?:(?:term|concept|notion)\s+(?:of\s+)?)?{_NP},?\s+"
               r"(?:is|are|can be|may be|could be|has been|have been)\s+(?:\w+ly\s+)?"
               r"(?:defined|understood|conceptuali[sz]ed|conceived|operationali[sz]ed)\s+"
               r"(?:here\s+)?as\s+(?P<def>.+)$"),
    # We define X as …; Weinert (2001) defines X as …
    re.compile(rf"(?:^|\b)(?:We|I|[A-Z][\w’'\-]+(?:\s+et al\.)?(?:\s+\(\d{{4}}[a-z]?\))?)\s+"
               rf"(?:define|defines|defined|understand|understands|conceptuali[sz]es?|"
               rf"conceive|conceives)\s+(?:(?:the|a|an)\s+)?(?:(?:term|concept|notion)\s+(?:of\s+)?)?"
               rf"{_NP}\s+as\s+(?P<def>.+)$"),
    # By X we mean …; The term X refers to / is used to describe …
    re.compile(rf"^By\s+{_NP},?\s+(?:we|I|the authors?|they)\s+(?:mean|understand|refer to)\s+"
               r"(?P<def>.+)$"),
    re.compile(rf"^(?:The|This)\s+(?:term|concept|notion|label)\s+(?:of\s+)?{_NP},?\s+"
               r"(?:refers to|denotes|describes|means|designates|is used to (?:describe|refer to|"
               r"denote|designate))\s+(?P<def>.+)$"),
]
_AS_DE = [
    # X kann als … verstanden werden; X wird als … definiert
    re.compile(rf"^(?:(?:Der|Die|Das)\s+)?(?:Begriff\s+(?:der\s+|des\s+)?)?{_NP}\s+"
               r"(?:kann|können|wird|werden|lässt sich|lassen sich)\s+(?:\w+\s+){0,2}?als\s+"
               r"(?P<def>.+?)\s+(?:verstanden|definiert|aufgefasst|bestimmt|beschrieben)"
               r"(?:\s+werden)?\.?$"),
    # Weinert (2001) definiert Kompetenz als …
    re.compile(rf"(?:^|\b)(?:[A-ZÄÖÜ][\w’'\-]+(?:\s+\(\d{{4}}[a-z]?\))?|Wir|Ich)\s+"
               rf"(?:definiert|definieren|versteht|verstehen|bestimmt)\s+{_NP}\s+als\s+"
               r"(?P<def>.+)$"),
    # Unter X wird/werden … verstanden
    re.compile(rf"^Unter\s+(?:(?:dem|der|den)\s+)?(?:Begriff\s+(?:der\s+|des\s+)?)?{_NP}\s+"
               r"(?:wird|werden)\s+(?:hier\s+|im Folgenden\s+)?(?P<def>.+?)\s+verstanden\.?$"),
]


# "X, i.e. the …," / "X, that is, a …," / German "X, d. h. die …,": only a
# defining noun phrase (opening on an article) after a term-like name
_IE = {"en": re.compile(r"(?P<x>(?:[A-Z][\w\-]*|[a-z][\w\-]+)(?:\s+[\w\-]+){0,3}),\s+"
                        r"(?:i\.\s?e\.|that is),?\s+(?P<def>(?:the|a|an)\s+[^,;:()]{8,140}?)"
                        r"(?=,|;|\.$|\))"),
       "de": re.compile(r"(?P<x>[A-ZÄÖÜ][\w\-]*(?:\s+[\w\-]+){0,2}),\s+(?:d\.\s?h\.|also|"
                        r"das heißt),?\s+(?P<def>(?:die|der|das|ein|eine)\s+[^,;:()]{8,140}?)"
                        r"(?=,|;|\.$|\))")}
# "A closely related type of morally guided behavior is “group solidarity.”"
_TYPE_IS = re.compile(r"^(?P<def>(?:The|A|An|Another)\s+(?:[\w\-]+\s+){0,3}(?:type|form|kind|variety)"
                      r"\s+of\s+[^,;:“”‘’\"]{4,120}?)\s+(?:is|are)\s+(?:called\s+)?[“‘\"]"
                      r"(?P<x>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,3})[.,]?[”’\"]\.?$")
# German "Als X bezeichnet man …" / "… wird als X bezeichnet"
_ALS_DE = [
    re.compile(r"^Als\s+[„“\"]?(?P<x>[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*){0,2})[“”\"]?\s+"
               r"(?:bezeichnet|versteht)\s+man\s+(?P<def>(?:die|der|das|den|ein|eine|einen)\s+.+)$"),
    re.compile(r"^(?P<def>(?:(?:Die|Der|Das|Eine|Ein)\s+)?[A-ZÄÖÜ][^,;:]{8,160}?)\s+(?:wird|werden)\s+"
               r"(?:hier\s+|im Folgenden\s+|auch\s+)?als\s+[„“\"]?"
               r"(?P<x>[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*){0,2})[“”\"]?\s+bezeichnet(?:\.?$|,)"),
]
# "The purchase of political decisions is called corruption"
_CALLED_EN = re.compile(r"^(?P<def>(?:The|A|An)\s+[a-z][^,;:]{8,160}?)\s+(?:is|are)\s+(?:often\s+|"
                        r"usually\s+|commonly\s+|here\s+)?(?:called|termed|referred to as)\s+"
                        r"[‘“\"]?(?P<x>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,3}?)[’”\"]?"
                        r"(?:\.?$|\s+and\b|,)")


def gloss_definitions(sent: str, lang: str = "en") -> list[tuple[str, str]]:
    """``(term, definition)`` from a gloss: "X, i.e. the …", "X, that is, a …";
    German "X, d.h. die …", "Als X bezeichnet man die …", "Die … wird als X
    bezeichnet".

    >>> gloss_definitions("It rests on social closure, i.e. the exclusion of outsiders, at work.")
    [('social closure', 'The exclusion of outsiders.')]
    >>> gloss_definitions("Als Inklusion bezeichnet man die Teilhabe aller an der Gesellschaft.", "de")
    [('Inklusion', 'Die Teilhabe aller an der Gesellschaft.')]
    >>> gloss_definitions("Die Teilhabe aller wird als Inklusion bezeichnet.", "de")
    [('Inklusion', 'Die Teilhabe aller.')]
    >>> gloss_definitions("The purchase of political decisions is called corruption and illegal.")
    [('corruption', 'The purchase of political decisions.')]
    >>> gloss_definitions("Steuern mit Umverteilungswirkung werden als „Neidsteuern” bezeichnet, "
    ...                   "die Republik als „Neidgesellschaft” tituliert.", "de")
    [('Neidsteuern', 'Steuern mit Umverteilungswirkung.')]
    >>> gloss_definitions("The fourth type of moral behavior in markets is “altruism.”")
    [('altruism', 'A type of moral behavior in markets.')]
    >>> gloss_definitions("They stayed, i.e. the plan failed, and left.")
    []
    """
    out = []
    rx = _IE.get(lang)
    cands = list(rx.finditer(sent)) if rx else []
    if lang == "de":
        cands += [m for r in _ALS_DE for m in [r.match(sent)] if m]
    elif lang == "en":
        cands += [m for rx in (_CALLED_EN, _TYPE_IS) for m in [rx.match(sent)] if m]
    for m in cands:
        x, d = m.group("x").strip(), m.group("def").strip()
        words = x.split()
        # the gloss explains the last words before it: keep the noun phrase
        stops = [i for i, w in enumerate(words) if w.lower() in _SUBJECT_STOP.get(lang, set())
                 or w.lower() in _PRONOUNS or w.lower() in _DET_WORDS or lang == "en" and (
                     w.lower() in _VERBS_EN or re.fullmatch(r"[a-z]+ed", w)) and i < len(words) - 1]
        if stops:
            words = words[stops[-1] + 1:]
        x = " ".join(words)
        if not x or not _subject_ok(x, lang):
            continue
        if lang == "en" and re.search(r"\b(?:is|are|was|were|has|have|had|will|would|can|"
                                      r"could|did|does)\b", d):
            continue                 # a clause, not a noun phrase
        if lang == "en" and re.fullmatch(r"[a-z]+(?:ed|s)", words[-1]) and len(words) == 1:
            continue                 # "They stayed, i.e. …": a verb
        # "The fourth type of …", "A closely related type of …": the kind, without the
        # article's own ordering, which means nothing out of its context
        d = re.sub(r"^(?:The|A|An|Another)\s+(?:[\w\-]+\s+){0,3}?(type|form|kind|variety)\s+of\b",
                   r"A \1 of", d) if m.re is _TYPE_IS else d
        d = _sentence_case(d.rstrip(" ,;:"))
        if 3 <= len(d.split()) <= 40:
            out.append((x[0].upper() + x[1:] if lang == "de" else x, d))
    return out


_DET_WORDS = {"the", "a", "an", "der", "die", "das", "den", "dem", "des", "ein", "eine",
              "einer", "eines", "einem", "of", "in", "on", "for", "to", "by", "with", "and",
              "or", "von", "mit", "für", "und", "oder", "zur", "zum", "im"}


def as_definitions(sent: str, lang: str = "en") -> list[tuple[str, str]]:
    """``(term, definition)`` from a sentence that says what a term is taken
    to mean: "X is defined as …", "We define X as …", "By X we mean …", "The
    term X refers to …"; German "X wird als … verstanden", "Unter X wird …
    verstanden", "A (2001) definiert X als …".  ("X, i.e. …" is left out: in
    the corpus it clarifies or gives an example far more often than it
    defines.)

    >>> as_definitions("Social capital is defined as the resources embedded in networks.")
    [('Social capital', 'The resources embedded in networks.')]
    >>> as_definitions("By agenda power we mean the right to table questions.")
    [('agenda power', 'The right to table questions.')]
    >>> as_definitions("Weinert (2001) definiert Kompetenz als die verfügbaren Fähigkeiten.", "de")
    [('Kompetenz', 'Die verfügbaren Fähigkeiten.')]
    >>> as_definitions("Teilhabegerechtigkeit kann daher als Ausprägung von sozialer "
    ...                "Gerechtigkeit verstanden werden.", "de")
    [('Teilhabegerechtigkeit', 'Ausprägung von sozialer Gerechtigkeit.')]
    """
    out = []
    for rx in (_AS_DE if lang == "de" else _AS_EN):
        for m in rx.finditer(sent):
            x, d = m.group("x").strip(), m.group("def").strip()
            if not _subject_ok(x, lang):
                continue
            d = re.sub(r"^(?:daher|also|somit|hier|auch)\s+", "", d)
            d = _sentence_case(d.rstrip(" ,;:"))
            if 2 <= len(d.split()) <= 45:
                out.append((x, d))
    return out


_SUBJECT_STOP = {
    "en": {"most", "more", "less", "many", "much", "such", "these", "those", "this", "that",
           "our", "his", "her", "their", "its", "which", "what", "there", "here", "and", "or",
           "can", "could", "may", "might", "will", "would", "should", "must", "thus", "also",
           "not", "only", "then", "now", "so", "therefore", "however", "formed", "as", "than",
           "very", "all", "each", "both", "some", "any", "one", "two",
           "have", "has", "had", "be", "been", "being", "become", "becomes", "do", "does",
           "is", "are", "was", "were", "get", "gets", "make", "makes", "specific", "usual",
           "same", "following", "other", "certain", "particular", "various"},
    "de": {"zum", "zur", "im", "in", "am", "an", "auf", "aus", "bei", "beim", "mit", "nach",
           "von", "vom", "vor", "für", "durch", "über", "unter", "gegen", "ohne", "um", "bis",
           "dabei", "damit", "daher", "dadurch", "hier", "dort", "jedoch", "zudem", "somit",
           "allerdings", "gleichwohl", "auch", "so", "nun", "doch", "ebenso", "zwar", "und",
           "oder", "aber", "nicht", "nur", "noch", "schon", "bereits", "dies", "diese", "dieser",
           "dieses", "jene", "jener", "welche", "man", "es", "sie", "er", "wir", "ein", "eine",
           "einer", "derartige", "solche", "viele", "alle", "beide", "häufigste", "ebenfalls"},
}


def _subject_ok(x: str, lang: str, lower_words: frozenset = frozenset()) -> bool:
    """The defined term is a noun phrase: no pronoun, adverb, modal,
    preposition or conjunction in it, not ending on a function word; in
    German its last word is a noun (capitalised), and a one-word subject is
    not a word the text writes in lower case (``lower_words``: an adjective
    or adverb capitalised only because it starts the sentence).

    >>> [_subject_ok(x, "en") for x in ("Social loafing", "Work can", "Medians and", "It",
    ...                                  "Family habitus", "Second realm", "Finally")]
    [True, False, False, False, True, True, False]
    >>> [_subject_ok(x, "de") for x in ("Genderkompetenz", "Zum Teil", "Bemerkenswert",
    ...                                  "Soziale Gerechtigkeit")]
    [True, False, False, True]
    """
    words = x.split()
    if not words or len(words) > 5 or re.search(r"[‘’“”\"„«»()]", x):
        return False
    low = [w.lower().strip("’'") for w in words]
    if lang != "de" and re.fullmatch(r"[a-z]+ing", low[0]) and len(words) > 1 and \
            low[1] not in ("of",):
        return False              # "Solving free-rider problems is …": a gerund clause
    stop = _SUBJECT_STOP.get(lang, _SUBJECT_STOP["en"])
    if any(w in stop or w in _PRONOUNS for w in low):
        return False
    if low[-1] in FUNCTION_WORDS or low[0] in FUNCTION_WORDS:
        return False
    if any(re.fullmatch(r"\d[\d.,]*", w) for w in words):
        return False
    if lang == "de":
        if not words[-1][:1].isupper():
            return False          # "Bemerkenswert ist …" is capitalised only as the first word
        if len(words) == 1 and (re.search(r"(?:lich|isch|bar|sam|weise|haft|los|wert|dings|"
                                          r"falls|erdem|ens)$", low[0]) or low[0] in lower_words):
            return False          # an adjective or adverb that starts the sentence
    elif any(re.fullmatch(r"[a-z]+(?:ally|ively|ously|ingly|edly|ently|antly|ately|fully|"
                          r"lessly|ably|ibly|arly)", w) for w in low):
        return False              # an adverb ("family", "assembly" are nouns)
    elif len(words) == 1 and low[0] in ("first", "second", "third", "last", "former", "latter"):
        return False
    return True


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
    if term.isupper() and " " in term:
        return True                       # a name set in capitals ("DONG-HEON SEOK")
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
    skip_blocks = {b.id for sec in reading.sections for b in sec.blocks
                   if b.kind in ("authornote", "figure", "table")}
    sents = [s for s in sentences(reading) if not s.quote and s.block not in skip_blocks
             and not _NOT_PROSE.search(s.section.title or "")]
    cited = cited_surnames(reading)
    lower_words = frozenset(w for s in sents for w in re.findall(r"(?<=\s)[a-zäöüß]{4,}", s.text)) \
        if lang == "de" else frozenset()
    found: dict[str, Draft] = {}
    # the article's keywords: defined wherever a clause opens on one ("…, social
    # loafing refers to …"), not only at the start of a sentence
    kw_rx = [re.compile(rf"(?:^|[,;:]\s+|\b(?:and|but|while|whereas|und|aber)\s+)"
                        rf"(?=(?:(?:the|a|an|der|die|das)\s+)?{re.escape(k)}\b)", re.I)
             for k in _keywords(reading)]

    def add(d: Draft) -> None:
        key = d.term.lower()
        if _bad_term(d.term, cited, lang) or not _definition_ok(
                d.definition, 1 if d.how == "acronym" else 2):
            return
        if " " not in d.term and not d.term.isupper() and zipf_frequency(
                d.term.lower(), lang if lang in ("en", "de") else "en") >= 4.5:
            return          # a common word ("Markets"): the article's claim, not a term
        old = found.get(key)
        rank = {"defined": 0, "copula": 0, "gloss": 1, "acronym": 1, "apposition": 2}
        if old is None or rank[d.how] < rank[old.how] and d.how != "acronym":
            if old is not None:
                d.aliases = sorted(set(d.aliases) | set(old.aliases))
            found[key] = d

    for s in sents:
        text = strip_citations(s.text)
        for acr, long, rest in acronym_definitions(text):
            definition = long + (f", {rest}" if rest else "")
            add(Draft(acr, _sentence_case(definition), s.text, s.block, "acronym", [long]))
        for x, definition in as_definitions(text, lang):
            add(Draft(x[0].upper() + x[1:] if lang == "de" or x[:1].isupper() else x,
                      definition, s.text, s.block, "defined"))
        for x, definition in copular_definitions(_LEAD.sub("", text), lang, lower_words):
            add(Draft(x, definition, s.text, s.block, "copula"))
        for rx in kw_rx:
            for m in rx.finditer(text):
                if m.end() == 0:
                    continue         # the sentence start: the copula above has it
                for x, definition in copular_definitions(text[m.end():], lang, lower_words):
                    add(Draft(x, definition, s.text, s.block, "copula"))
        for x, definition in gloss_definitions(text, lang):
            add(Draft(x, definition, s.text, s.block, "gloss"))
        for name, app in appositions(text, lang) + other_definitions(text, lang):
            add(Draft(name, _sentence_case(app), s.text, s.block, "apposition"))
        for clause in re.split(r";\s+|:\s+(?=[A-Z])", text)[1:]:
            for x, definition in copular_definitions(clause, lang, lower_words):
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


def _keywords(reading) -> list[str]:
    """The article's keywords (``reading.yaml`` or the Markdown's keywords), with
    line-end hyphens rejoined and expansions in brackets left out.

    >>> from coursepack import model
    >>> r = model.Reading("x", model.Metadata(keywords=["Gender Mainstrea- ming",
    ...                                                 "European Union (EU)", "a � b"]))
    >>> _keywords(r)
    ['Gender Mainstreaming', 'European Union']
    """
    out = []
    for k in getattr(getattr(reading, "meta", None), "keywords", None) or []:
        k = re.sub(r"(\w)- (\w)", r"\1\2", str(k))
        k = " ".join(re.sub(r"\([^()]*\)", " ", k).split())
        if 2 < len(k) <= 60 and re.fullmatch(r"[\w’'\- ]+", k):
            out.append(k)
    return out


# an enumerating or defining connective before the subject ("Finally, Trojan altruism is a …")
_LEAD = re.compile(r"^(?:First|Second|Third|Fourth|Finally|Lastly|Here|In short|In other words|"
                   r"Simply put|Put simply|Formally|By definition|Erstens|Zweitens|Drittens|"
                   r"Schließlich|Kurz gesagt|Mit anderen Worten),\s+(?=[A-Za-zÄÖÜäöü])")

_NOT_PROSE = re.compile(r"acknowledg|funding|about the authors?|notes on contributors|"
                        r"contributors|author information|danksagung|zu den autor|"
                        r"zur autorin|zum autor|kontakt|contact", re.I)


def _sentence_case(s: str) -> str:
    s = re.sub(r"\s*(?:\((?:ibid|ebd)\.?[^()]*\)|\[\d+(?:[,–-]\s*\d+)*\])", "", s.strip())
    s = s.strip()
    s = s[0].upper() + s[1:] if s else s
    return s if re.search(r"[.!?]$", s) else s + "."


def _definition_ok(d: str, least: int = 2) -> bool:
    """A definition is printed whole: balanced quotes and brackets, no
    dangling pronoun at its start, a reasonable length."""
    if d.count("(") != d.count(")") or d.count("“") != d.count("”") or d.count("„") > \
            d.count("“") or d.count('"') % 2:
        return False
    if re.match(r"^(?:It|This|That|They|These|Es|Dies|Das)\b", d):
        return False
    if re.search(r"\b\d+\s+[A-Z]{4,}\b|\b[A-Z]{4,}\s+\d+\s*\(\d+\)", d):
        return False                      # a running head read into the sentence
    n = len(d.split())
    return least <= n <= 45


def terms_from_drafts(drafts: list[Draft]) -> list[model.GlossaryTerm]:
    """The drafts as printable (unreviewed, drafted) glossary terms."""
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
