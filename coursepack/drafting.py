"""Glossary definitions drafted from the article's own text.

An instructor reviews a glossary; until then the reader and the handout
print entries drafted from the article itself, marked as the article's
wording with the page it stands on.  These kinds of sentence give a
definition:

* an acronym expanded in the text: ``Collective Security Treaty
  Organization (CSTO)`` or ``CSTO (Collective Security Treaty
  Organization)``; the headword is the acronym, the definition its
  expansion (and an apposition after it, when there is one);
* an apposition: ``the Minsk Group, the OSCE's mediating body, …``, also
  with when or by whom the thing was made (``the Northern Dimension, an EU
  initiative launched in 1999 by Finland, …``), after a rendering in brackets
  (``the Works Council (Betriebsrat), the elected body …``), a lower-case
  concept opening the sentence (``Path dependence, the tendency …, explains``)
  and a plural category after a dash (``bridge builders – those who …``);
* a copular or defining sentence: ``Social loafing is a reduction …``,
  ``X refers to …``, ``X occurs when …``; in German ``X ist ein …``,
  ``Unter X versteht man …``, ``X bezeichnet …``, ``X steht für …``; also after an
  enumerating connective (``Finally, X is a …``), and for the article's
  keywords wherever a clause opens on one;
* an explicit definition: ``X is defined as / by …``, a quoted ``“X” is
  described as …``, ``By X we mean …``, and in the sentence after the one
  term a sentence names in quotes: ``By this she means …``, ``Kreckel
  versteht darunter …``; an acronym defined this way keeps its expansion
  (``Harbour Levy Office: a public agency …``) and cites the defining sentence;
* a gloss: ``X, i.e. the …``, ``X (Weber), i.e., the …``, ``X—that is, …``,
  ``X, that is, a …``, ``… is called X``; in German ``X, d. h. die …``,
  ``Als X bezeichnet man …``, ``… werden als X bezeichnet``.

Not definitions (a blind reading of the corpus drafts found these wrong, so
none is drafted): a translation only (``a plant agreement
(Betriebsvereinbarung)``, :func:`translations`); a kind only (``A type of … is
“X”``, ``X is a non-universalistic ethic``); a claim or characterisation
(``X is a central category …``, ``a relatively young state``, ``refers to
multiple conceptions``, ``X is a subject/topic …``, ``according to …``, a
cited author's unquoted view ``X is … (Bayertz 1998)``); one half of a
comparison (``X is A, whereas Y …``, ``a more general concept …`` without
its "than"); qualities of a kind only (``X is a
tedious and time-consuming task``); the next item of a list (``A second
realm is …``, an apposition after two commas); a placing in a sequence or a
set (``X is the seventh of the eight stages in …``, ``one of the …``: where
it stands, not what it is); a person (``Willie, the second
of two children``); a label the article quotes (``werden als „Neidsteuern“
bezeichnet``); an acronym the article never expands.  A German expansion in
an oblique case (``des Hochschulrahmengesetzes``) is printed in the nominative
only where the article prints that form, else not drafted; an expansion with
a typing slip (``Aperception``) is not drafted.  A headword keeps the case the
article writes it in inside a sentence (``category of work``, not the
sentence start's ``Category of work``).

An acronym spelled by one compound word (``Qualitätsmanagement (QM)``) is
expanded; when the compound starts a longer name, the whole name
(``Reichsarbeitsgemeinschaft für Raumforschung (RAG)``).  An acronym is also
expanded from a key in the article's words (``UAW is the United Auto Workers,
USW the …``), ``(hereafter ESS)``, ``, or ESS for short``, square brackets
(``[CFI*]``), a quoted name and what it names (``the “Northern Dimension”
programme (ND)``), and, for acronyms of three letters or more used twice, the
one run of capitalised words in the article whose initials spell it exactly
(``World Trade Organization`` … ``WTO``; lower-case runs are not used: in the
corpus they matched by chance, "new global order" for NGO).  A German expansion
in an oblique case is put in the nominative where the grammar is certain (a
feminine head after ``der``: ``Deutsche Forschungsgemeinschaft``).

Also drafted: a definition the article adopts with credit (``According to the
definition given by N, this X is …``), a lead before it (``In this article,
…``), ``X is taken to mean …``, ``The term X was coined by N to describe …``,
``so-called X (a …)``, ``It is a …`` after a sentence that ends on a quoted
term; German ``verstehen wir unter X die …``, ``Als X wird die … bezeichnet``,
``Mit dem Begriff X wird … bezeichnet``.

Persons are not drafted, even with the article's description of them (``der
Soziologe Gunther Ipsen``, ``Paul Fraisse, an eminent psychologist of time``):
the blind reading counted a person as not a definition, and in the corpus the
description is a bare profession or a characterisation.  No outside dictionary
is used: every definition is the article's own wording.

Candidates never include cited authors (surnames in citations, the notes and
the reference list), numbers, years or table and figure labels.  They are
ranked by how central the term is to this article against general usage:
occurrences × sections they are in, weighted by how rare the term's words are
in the language (:mod:`wordfreq`'s Zipf scale).
"""

from __future__ import annotations

import re
import itertools
from dataclasses import dataclass, field

from . import model
from .words import zipf_frequency
from .textutil import (Sentence, cited_surnames, language, long_form_tail, normalize_space,
                       sentences, split_sentences, strip_citations)
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
    after: str = ""              # the cited author the article credits it to ("Kreckel 1992: 55")
    context: str = ""            # the sentence before, when the definition explains the
    #                              term it named ("… ‘moral casuistry’, as Benhabib puts it.")
    explained: bool = False      # an acronym whose definition says what it is (its
    #                              expansion is then an alias, printed beside the headword)

    def entry(self) -> dict:
        """The entry as ``glossary.yaml`` holds it (and ``add_suggestions`` writes it)."""
        return {"term": self.term, "aliases": list(self.aliases), "definition": self.definition,
                "evidence": [self.evidence], "reviewed": False, "count": self.count,
                "spread": self.spread, "kind": "",
                "reason": f"drafted from the article ({self.how})",
                "definition_hint": self.quote, **({"after": self.after} if self.after else {})}


# ---------------------------------------------------------------- the three rules

_ACRO = r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&\-]*[A-ZÄÖÜ0-9]s?"
_CAPWORD = r"[A-ZÄÖÜ][\w’'\-]*"
_JOIN = r"(?:of|and|for|the|on|in|de|du|des|der|die|das|für|und|zur|zum|von|für)"
_LONGFORM = rf"{_CAPWORD}(?:\s+(?:{_JOIN}\s+)*{_CAPWORD}){{1,8}}"


# "(hereafter ESS)", "(im Folgenden: HRK)": the acronym the article will use
_HEREAFTER = (r"(?:hereafter|henceforth|hereinafter|below|abbreviated(?:\s+as)?|short|"
              r"im\s+Folgenden|nachfolgend|kurz|abgekürzt)[:,]?\s+")
# what a quoted name names, written after it: "the “Northern Dimension” programme (ND)"
_HEAD_NOUN = (r"(?:programme|program|initiative|project|strategy|treaty|agreement|survey|study|"
              r"index|scale|model|method|approach|theory|act|law|plan|policy|process|"
              r"movement|campaign|network|doctrine|principle|Programm|Projekt|Initiative|Gesetz)")


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
    [('RAG', 'Reichsarbeitsgemeinschaft für Raumforschung', '')]
    >>> acronym_definitions("The character of the “Northern Dimension” programme (ND) lies in it.")
    [('ND', 'Northern Dimension', '')]
    >>> acronym_definitions("The “Northern Dimension” programme (NDP) lies in it.")
    [('NDP', 'Northern Dimension programme', '')]
    >>> [a[:2] for a in acronym_definitions("the European Social Survey (hereafter ESS) and the "
    ...     "Hochschulrektorenkonferenz (im Folgenden: HRK)")]
    [('ESS', 'European Social Survey'), ('HRK', 'Hochschulrektorenkonferenz')]
    >>> [a[:2] for a in acronym_definitions("Data come from the European Social Survey, or "
    ...                                    "ESS for short, and the census.")]
    [('ESS', 'European Social Survey')]
    >>> [a[:2] for a in acronym_definitions("the ROC (receiver operating characteristic) curve "
    ...     "and the OSCE (Organization for Security and Co-operation in Europe)")]
    [('ROC', 'receiver operating characteristic'), ('OSCE', 'Organization for Security and Co-operation in Europe')]
    >>> acronym_definitions("the ROC (see the next section) curve")
    []
    >>> acronym_definitions("a good fit (comparative fit index [CFI*] of 0.99)")
    [('CFI', 'comparative fit index', '')]
    >>> [a[:2] for a in acronym_definitions("(UAW is the United Auto Workers, IAM the "
    ...     "International Association of Machinists, and AB the Big Apple.)")]
    [('UAW', 'United Auto Workers'), ('IAM', 'International Association of Machinists')]
    >>> acronym_definitions("The talks of the OSCE (Organization for Security and "
    ...     "Co-operation in Europe) failed.")[0][:2]
    ('OSCE', 'Organization for Security and Co-operation in Europe')
    """
    out = []
    for m in re.finditer(rf"[(\[](?:{_HEREAFTER})?(?P<acr>{_ACRO})\*?[);,\]]", sent):
        long = sh_long_form(m.group("acr"), sent[:m.start()])
        named = re.search(rf"(?<![\w\-])(?P<first>{_CAPWORD})\s+(?P<join>{_JOIN})\s+"
                          rf"{re.escape(long)}$", sent[:m.start()].rstrip()) \
            if long and " " not in long else None
        if named and named.group("first")[0] == m.group("acr")[0] and \
                len(named.group("first")) >= 3 * len(m.group("acr")) and \
                _letters_in(m.group("acr"), named.group("first")):
            long = named.group(0)   # "Reichsarbeitsgemeinschaft für Raumforschung (RAG)": the
            #                         compound spells the acronym, the name goes on after it
        elif long and " " not in long and (
                len(long) < 3 * len(m.group("acr")) or
                re.search(rf"(?<![\w\-]){m.group('acr')[0]}[\w’'\-]*\s+{_JOIN}\s+$",
                          sent[:m.start()].rstrip()[:-len(long)])):
            long = None      # one word: a compound spelling the whole acronym, not the
            #                  last word of a longer name ("… für Raumforschung (RAG)")
        if long and not any(o[0] == m.group("acr") for o in out):
            end = m.end() - 1 if sent[m.end() - 1] in ")]" else sent.find(")", m.start())
            out.append((m.group("acr"), long, _apposition_after(sent[end + 1:])))
    for m in re.finditer(rf"[“\"‘„»]?(?P<long>{_LONGFORM})(?:[”\"’“«]\s+(?P<head>{_HEAD_NOUN}))?"
                         rf"\s+\((?:{_HEREAFTER})?(?P<acr>{_ACRO})\)", sent):
        if any(o[0] == m.group("acr") for o in out):
            continue
        long = re.sub(r"^(?:The|Der|Die|Das)\s+", "", m.group("long"))
        if m.group("head"):
            # "the “Northern Dimension” programme (ND)": the quoted name and what it is
            # (the head noun only where the letters stand for it too: ND is "Northern
            #  Dimension", not "Northern Dimension programme")
            if _initials_match(m.group("acr"), long):
                out.append((m.group("acr"), long, _apposition_after(sent[m.end():])))
            elif _initials_match(m.group("acr"), f"{long} {m.group('head').capitalize()}"):
                out.append((m.group("acr"), f"{long} {m.group('head')}",
                            _apposition_after(sent[m.end():])))
            continue
        words = long.split()
        # the longest tail of the phrase whose initials fit the acronym
        for k in range(len(words)):
            cand = " ".join(words[k:])
            if _initials_match(m.group("acr"), cand):
                rest = _apposition_after(sent[m.end():])
                out.append((m.group("acr"), cand, rest))
                break
    # "(WZB: Wissenschaftszentrum Berlin für Sozialforschung)", a legend "ASD = autism
    # spectrum disorder": the author's own key, its letters in order in the long form
    for m in list(re.finditer(rf"\((?P<acr>{_ACRO}):\s+(?P<long>[A-ZÄÖÜa-zäöü][^()]{{4,100}}?)\)",
                              sent)) + list(_LEGEND.finditer(sent)):
        long = m.group("long").strip()
        if not any(o[0] == m.group("acr") for o in out) and _letters_in(m.group("acr"), long):
            out.append((m.group("acr"), long, ""))
    # "the European Social Survey, or ESS for short," / ", hereafter ESS,"
    for m in re.finditer(rf"(?P<long>{_LONGFORM}),?\s+(?:or|hereafter|henceforth|kurz)\s+"
                         rf"(?:simply\s+)?(?:the\s+)?[“\"‘„]?(?P<acr>{_ACRO})[”\"’“]?"
                         rf"(?:\s+for\s+short)?(?=[,.;:)]|\s*$)", sent):
        long = re.sub(r"^(?:The|Der|Die|Das)\s+", "", m.group("long"))
        words = long.split()
        for k in range(len(words)):
            cand = " ".join(words[k:])
            if not any(o[0] == m.group("acr") for o in out) and \
                    _initials_match(m.group("acr"), cand):
                out.append((m.group("acr"), cand, ""))
                break
    # "(UAW is the United Auto Workers, USW the United Steel Workers, …)": a key in the
    # article's words, the initials spelling the acronym exactly
    for m in re.finditer(rf"(?<![\w\-])(?P<acr>{_ACRO})\s+(?:(?:is|stands\s+for|ist|steht\s+für)"
                         rf"\s+)?(?:the|die|der|das)\s+(?P<long>{_LONGFORM})", sent):
        words = [w for w in m.group("long").split() if w[:1].isupper()]
        if not any(o[0] == m.group("acr") for o in out) and "".join(
                w[0] for w in words) == m.group("acr").rstrip("s") and len(words) >= 2:
            out.append((m.group("acr"), m.group("long"), ""))
    for m in re.finditer(rf"(?P<acr>{_ACRO})\s+\((?P<long>{_LONGFORM}|[a-zäöü][\w\-]+"
                         rf"(?:\s+[\w\-]+){{1,7}})\)", sent):
        if not any(o[0] == m.group("acr") for o in out) and \
                _initials_match(m.group("acr"), m.group("long")) and \
                (m.group("long")[:1].isupper() or len(m.group("long").split()) == len(
                    m.group("acr").rstrip("s")) - sum(w.count("-") for w in m.group("long").split())):
            # (a lower-case long form: one word a letter, "receiver operating characteristic")
            out.append((m.group("acr"), m.group("long"), _apposition_after(sent[m.end():])))
    return out


_LEGEND = re.compile(rf"(?<![\w\-])(?P<acr>{_ACRO})\s+=\s+(?P<long>[A-ZÄÖÜa-zäöü][\w’'\-]*"
                     rf"(?:\s+[\w’'\-]+){{0,8}}?)(?=\s*[,;.]|\s+{_ACRO}\s+=|\s*$)")


def _letters_in(acro: str, long: str) -> bool:
    """The acronym's letters, in order, in the long form, the first at its start
    and each word's initial among them (a compound may give several letters).

    >>> _letters_in("WZB", "Wissenschaftszentrum Berlin für Sozialforschung")
    True
    >>> _letters_in("ASD", "autism spectrum disorder"), _letters_in("ASD", "the mean score")
    (True, False)
    """
    core = [c.lower() for c in (acro[:-1] if acro.endswith("s") and acro[:-1].isupper()
                                else acro) if c.isalnum()]
    words = long.split()
    if not core or not words or len(words) > len(core) + 3 or words[0][0].lower() != core[0]:
        return False
    text, i = long.lower(), 0
    for c in core:
        i = text.find(c, i)
        if i < 0:
            return False
        i += 1
    return True


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


# what a term is about, not what it is ("TMT deals with faith in a cultural world-view",
# "X is about …", German "X befasst sich mit …"): not a definition (JUDGE11); a
# measure's "deals with the extent to which …" says what it is, and is kept
_ABOUT = re.compile(r"^(?:deals?\s+with|dealing\s+with|is\s+about|are\s+about|concerns|"
                    r"is\s+concerned\s+with|befass(?:t|en)\s+sich|beschäftig(?:t|en)\s+sich|"
                    r"handel(?:t|n)\s+von|geht\s+es\s+um)\b"
                    r"(?!\s+(?:with\s+)?[‘'\"“]?the\s+(?:extent|degree)\s+to\s+which\b)", re.I)


def _apposition_after(tail: str) -> str:
    """What the words after an expanded acronym say it is: an apposition
    (", a military alliance of …") or a relative clause that says what it covers
    (", which deals with ‘the extent to which …’", ", which refers to …").

    >>> _apposition_after(", a military alliance of six post-Soviet states, and more.")
    'a military alliance of six post-Soviet states'
    >>> _apposition_after(", which deals with faith in a cultural world-view and self-esteem, "
    ...                   "whereas the second deals with generativity.")     # what it is about
    ''
    >>> _apposition_after(", which deals with ‘the extent to which individuals think about "
    ...                   "the consequences of their actions’.")            # what it measures
    'deals with ‘the extent to which individuals think about the consequences of their actions’'
    >>> _apposition_after(", which deals with the data.")      # too thin to say what it is
    ''
    """
    m = re.match(r"^,\s+(?:which|that)\s+(?P<app>(?:deals|refers|denotes|describes|stands)\s+"
                 r"(?:with|to|for)?\s*[^,;:()]{12,180}?)(?:,|;|\.$|\s+—)", tail)
    if m and len(m.group("app").split()) >= 6 and not re.search(
            r"\b(?:and|or|und|oder)\s*$", m.group("app")) and not _ABOUT.match(m.group("app")):
        return m.group("app").strip()
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


# a participle that says when or by whom a named thing was made, after the noun it
# describes ("an EU initiative launched in 1999", "a law passed in 1921 to …"): a
# reduced relative clause of the noun phrase, not a clause of the sentence
_FOUNDING = {"launched", "founded", "established", "created", "adopted", "signed", "formed",
             "introduced", "passed", "enacted", "initiated", "instituted", "ratified",
             "concluded", "convened", "organised", "organized", "set", "built", "opened",
             "commissioned", "funded", "sponsored", "chaired", "run", "led", "based"}
_FOUNDING_NEXT = {"in", "on", "by", "at", "under", "after", "during", "since", "to", "for",
                  "with", "as", "jointly"}


# after an apposition: another item of a list ("…, anxiety, hope and …", "…, the Y")
_LIST_GOES_ON = re.compile(r"^\s*(?:(?:the|a|an|der|die|das|den|dem)\s|[\w\-]+(?:\s[\w\-]+)?,\s|"
                           r"[\w\-]+\s(?:and|or|und|oder)\s)")


def appositions(sent: str, lang: str = "en") -> list[tuple[str, str]]:
    """``(name, apposition)``: a name followed by a noun phrase between commas.

    >>> appositions("Talks stalled in the Minsk Group, the OSCE’s mediating body, in 2019.")
    [('Minsk Group', 'the OSCE’s mediating body')]
    >>> appositions("It began with the Hopkins Project, a large-scale, internationally "
    ...             "comparative project of forty countries.")
    [('Hopkins Project', 'a large-scale, internationally comparative project of forty countries')]
    >>> appositions("Armenia, Azerbaijan, and Georgia met.")
    []
    >>> appositions("Similarly, the INBOOK and INCOLLECTION entry types now take a type field.")
    []
    >>> appositions("Projects are sewage plants, flood protection; cessation of waste disposal "
    ...             "into the Neva, the Ladoga ecological programme, and water supply.")
    []
    """
    det = _DET.get(lang, _DET["en"])
    out = []
    rx = re.compile(rf"(?:^|\b(?:the|der|die|das)\s+|[,;(]\s*|\b(?:in|of|by|with|to|from|through|"
                    rf"at|for|on|into|via|near|under|against|im|von|mit|zur|zum|durch|bei|für|"
                    rf"über|nach)\s+)(?P<name>{_CAPWORD}(?:\s+(?:{_JOIN}\s+)?{_CAPWORD}){{0,5}})"
                    rf"(?:\s+\((?P<gloss>[A-ZÄÖÜ][\wäöüß\-]+(?:\s+[\wäöüß\-]+){{0,3}})\))?"
                    rf",\s+(?P<app>{det}\s+(?:[a-z]+-?[a-z]+,\s+(?=[a-z]+(?:ly\s+)?[a-z\-]+\s))?"
                    rf"[^,;:()]{{6,140}}?)(?P<end>,|;|\.$|\s+—|\s+\()")
    for m in rx.finditer(sent):
        name, app = re.sub(r"^(?:The|Der|Die|Das)\s+", "", m.group("name")), m.group("app")
        if not name or name.split()[0].lower() in FUNCTION_WORDS | _PRONOUNS or \
                m.group("end") not in (",", ".") or m.group("end") == "." and (
                    m.start("name") == 0 or re.search(r",\s*$", sent[:m.start("name")])):
            continue                   # "However, the design …": not a name; at the
            #                            sentence end only after a word ("…, B, the C.": a list)
        if m.start("name") == 0 and len(name.split()) == 1 and not name.isupper() and \
                zipf_frequency(name.lower(), lang if lang in ("en", "de") else "en") > 4.5:
            continue                   # a common word that only starts the sentence
        before = sent[:m.start("name")]
        if before.count(",") >= 2 or ";" in before:
            continue                   # "…, cessation of waste disposal into the Neva, the
            #                            Ladoga programme, …": the next item of a list
        if m.group("gloss") and re.fullmatch(_ACRO, m.group("gloss")):
            continue                   # "… Organization (CSTO), a …": the acronym's own entry
        words = app.split()
        if lang == "de":
            if len(words) < 3:
                continue
            # an apposition names a thing (a capitalised noun early on, ends on a
            # noun); a relative clause ("die es … erlaubten") ends on its verb; a
            # year before the noun's adjective ("eine 1990 gegründete Anstalt") is
            # not a word of it
            content = [w for w in words[1:] if not re.fullmatch(r"\d{4}", w)]
            if not any(w[:1].isupper() for w in content[:2]) or not words[-1][:1].isupper():
                continue
        elif any(re.fullmatch(r"[a-z]+ed|[a-z]+s", w) and i >= 2 and words[i - 1].lower() not in
                 ("the", "a", "an", "its", "their", "of", "and", "’s") and
                 re.fullmatch(r"[a-z]+ed", w) and not (
                     w in _FOUNDING and i + 1 < len(words) and words[i + 1] in _FOUNDING_NEXT)
                 for i, w in enumerate(words)) or any(w in _VERBS_EN for w in words):
            continue                   # a clause with a verb, not a noun phrase (a
            #                            founding participle after the noun is part of it:
            #                            "an EU initiative launched in 1999 by Finland")
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
    r"^(?:(?:The|A|An)\s+)?(?:so-called\s+)?(?:(?:term|concept|notion)\s+(?:of\s+)?|"
    r"(?:diagnosis|label|expression)\s+(?=[‘'\"“]))?[‘'\"“]?"
    r"(?P<x>[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?)[’'\"”]?(?:\s+\([^()]{1,60}\))?,?\s+"
    r"(?P<v>is\s+(?:defined\s+as\s+)?(?:a|an|the)|are(?:\s+defined\s+as)?|refers?\s+(?:here\s+)?to|"
    r"means|denotes|stands?\s+for|occurs\s+when|describes|signifies|designates|represents)\s+"
    r"(?P<def>.+)$")
_COPULA_DE = re.compile(
    r"^(?:(?:Der|Die|Das)\s+)?(?:so(?:-|\s)?genannte[nr]?\s+)?(?:Begriff\s+(?:der\s+|des\s+)?)?"
    r"[„“\"]?(?P<x>[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?)[“”\"]?\s+"
    r"(?P<v>ist\s+(?:(?:somit|also|demnach|folglich)\s+)?(?:ein|eine|der|die|das)|sind|bezeichnet|"
    r"bedeutet|meint|beschreibt|bezieht\s+sich\s+auf|steht\s+für|"
    r"stehen\s+für)\s+(?P<def>.+)$")
_UNTER_DE = re.compile(r"^Unter\s+(?:(?:dem|der)\s+)?(?:Begriff\s+)?[„“\"]?(?P<x>[^,„“\"]{2,60}?)"
                       r"[“”\"]?\s+(?:(?:versteht|verstand)\s+(?:man|der Autor|die Autorin|die "
                       r"Forschung)|verstehe\s+ich|verstehen\s+wir)\s+(?:hier\s+|im Folgenden\s+)?"
                       r"(?P<def>.+)$")


# a definition's opening that characterises or weighs instead of saying what the
# term is: a degree adverb ("a relatively young state"), a plurality ("refers to
# multiple conceptions")
_CLAIM_DEF = re.compile(
    r"^(?:(?:A|An|The|Ein|Eine|Der|Die|Das)\s+)?(?:[\w\-]+\s+)?(?:relatively|rather|quite|very|"
    r"fairly|somewhat|extremely|highly|increasingly|particularly|especially|too|so|relativ|sehr|"
    r"ziemlich|recht|besonders|äußerst|zunehmend)\s|^(?:Refers\s+to|Denotes|Means|Describes|"
    r"Bezeichnet|Bedeutet|Meint|Beschreibt)\s+(?:multiple|many|various|different|several|"
    r"numerous|viele|verschiedene|mehrere|unterschiedliche)\b", re.I)
# an ordinal or "another" opening the subject: the next item of a list
_ORDINAL_SUBJECT = {"first", "second", "third", "fourth", "fifth", "sixth", "another", "next",
                    "last", "final", "further", "other", "erste", "zweite", "dritte", "vierte",
                    "weitere", "letzte", "andere"}
# an adjective that weighs the term ("a central category", "a key factor"): the
# article's claim about it, whatever follows
_WEIGHING = {"central", "key", "major", "crucial", "important", "main", "fundamental",
             "essential", "significant", "relevant", "useful", "prominent", "good", "bad",
             "great", "serious", "zentrale", "zentraler", "wichtige", "wichtiger", "wesentliche",
             "entscheidende", "bedeutende", "grundlegende", "gute"}


_ACC_NAME = r"[A-ZÄÖÜ][\w’'\-]+(?:\s+(?:and|und|&)\s+[A-ZÄÖÜ][\w’'\-]+|\s+et al\.)?"
_ACCORDING_COPULA = {
    "en": re.compile(rf"^(?P<pre>[^,;:]{{2,80}}?)\s+(?P<v>is|are),\s+(?:according\s+to|following)\s+"
                     rf"{_ACC_NAME},\s+(?=(?:a|an|the)\s)"),
    "de": re.compile(rf"^(?P<pre>[^,;:]{{2,80}}?)\s+(?P<v>ist|sind)\s+(?:nach|laut|gemäß)\s+"
                     rf"{_ACC_NAME}\s+(?=(?:ein|eine|der|die|das)\s)"),
}
_ACCORDING_CREDIT = re.compile(rf"\b(?:according\s+to|following|nach|laut|gemäß)\s+(?P<n>{_ACC_NAME})"
                               r"(?:\s+\((?P<y>(?:1[6-9]|20)\d\d[a-z]?(?:[:,]\s*(?:p\.\s*|S\.\s*)?"
                               r"[\d–\-]+)?)\))?[\s,]")


def copular_definitions(sent: str, lang: str = "en", lower_words: frozenset = frozenset(),
                        keywords: frozenset = frozenset(),
                        nouns: frozenset = frozenset()) -> list[tuple[str, str]]:
    """``(term, definition)`` from a sentence that defines its subject.

    >>> copular_definitions("Social loafing is a reduction of effort in groups.")
    [('Social loafing', 'A reduction of effort in groups.')]
    >>> copular_definitions("Social compensation occurs when individuals work harder.")
    [('Social compensation', 'Occurs when individuals work harder.')]
    >>> copular_definitions("Die Asylpolitik ist ein Feld staatlicher Kontrolle.", "de")
    [('Asylpolitik', 'Ein Feld staatlicher Kontrolle.')]
    >>> copular_definitions("Party family is a static label of policy positions, whereas "
    ...                     "parties switch groups.")
    []
    >>> copular_definitions("The republic is a relatively young democratic state.")
    []
    >>> copular_definitions("Solidarity is a non-universalistic ethic.")
    []
    >>> copular_definitions("Index preparation is a tedious and time-consuming task.")
    []
    >>> copular_definitions("Direct manipulation is a more general concept that models interfaces.")
    []
    >>> copular_definitions("A second realm is the market exchange of offices.")
    []
    >>> copular_definitions("Soziale Gerechtigkeit ist eine zentrale Kategorie bei der Bewertung.", "de")
    []
    >>> copular_definitions("Category of work refers to multiple conceptions and leads to debate.")
    []
    >>> copular_definitions("A focus group is a small group of people who discuss a topic.")
    [('Focus group', 'A small group of people who discuss a topic.')]
    >>> copular_definitions("The ND is a combination of three approaches, and such a "
    ...                     "combination creates a special form of subsidiarity.")
    []
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

    An article's keyword (``keywords``, lower case) is a noun, so "X ist das …"
    is not an inversion there; a definition quoted whole loses its marks:

    >>> copular_definitions("„Genderkompetenz ist somit das Wissen, Festlegungen zu erkennen“.",
    ...                     "de", keywords=frozenset({"genderkompetenz"}))
    [('Genderkompetenz', 'Das Wissen, Festlegungen zu erkennen.')]

    Nor where the article uses the subject as a noun elsewhere (``nouns``: "die
    Lohnzurückhaltung") and the definite definition says of what or whom it is
    (a genitive or a preposition after its noun, or a relative clause):

    >>> nouns = frozenset({"Lohnzurückhaltung", "Streit"})
    >>> copular_definitions("Lohnzurückhaltung ist der Verzicht der Gewerkschaften auf "
    ...                     "höhere Abschlüsse.", "de", nouns=nouns)
    [('Lohnzurückhaltung', 'Der Verzicht der Gewerkschaften auf höhere Abschlüsse.')]
    >>> copular_definitions("Bemerkenswert ist der Streit der Parteien über Gerechtigkeit.",
    ...                     "de", nouns=nouns)
    []
    >>> copular_definitions("Lohnzurückhaltung ist das Thema der Tarifrunde.", "de", nouns=nouns)
    []
    """
    # "X ist nach Weber der Prozess …", "X is, according to Weber, the process …": the
    # cited author's definition (credited by :func:`credited_to`), read without the credit
    sent = _ACCORDING_COPULA.get(lang, _ACCORDING_COPULA["en"]).sub(r"\g<pre> \g<v> ", sent, count=1)
    if lang == "de":
        m = _COPULA_DE.match(sent) or _UNTER_DE.match(sent)
    else:
        m = _COPULA_EN.match(sent)
    if not m:
        return []
    x = m.group("x").strip().strip("‘’'\"“”„")
    words = x.split()
    if words and not (words[0].isupper() and len(words[0]) > 1) and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in {
            "most", "more", "less", "least", "dabei", "damit", "daher", "vor", "nach", "auch",
            "so", "hier", "dort", "jedoch", "zudem", "somit", "allerdings", "bei", "mit",
            "als", "unter", "wie"}):
        return []
    if len(words) > 1 and not lang == "de" and any(
            w.lower() in {"such", "these", "those", "this", "that", "our", "his", "her",
                          "their", "its"} for w in words):
        return []
    if not words or words[0].lower() in _PRONOUNS or any(w.lower() in _PRONOUNS for w in words[:1]):
        return []
    if words and words[0].lower() in _ORDINAL_SUBJECT:
        return []          # "A second realm is …": an item of the article's list
    if len(words) > 1 and words[-1].lower() in {"also", "thus", "therefore", "however", "then",
                                                 "still", "now", "often", "usually", "auch",
                                                 "also", "jedoch", "daher", "nun"}:
        return []
    if any(re.fullmatch(r"\d[\d.,]*", w) for w in words):
        return []
    verb = m.groupdict().get("v") or ""
    vs = verb.split()
    definition = m.group("def").strip()
    if sent[:1] in "„“\"" and re.search(r"[“”\"]\.?$", definition) and \
            not re.search(r"[„“”\"]", definition[:-2]):
        definition = re.sub(r"[“”\"](\.?)$", r"\1", definition)   # the whole sentence quoted
    if not _subject_ok(x, lang, lower_words):
        return []
    vs = [v for v in vs if v not in ("somit", "also", "demnach", "folglich")]
    dw = definition.split()
    if lang == "de":
        if vs and vs[0] == "bezieht" and not re.match(r"^(?:Der\s+)?(?:Begriff|Terminus|Ausdruck)\s",
                                                     sent):
            return []      # "Der Typ X bezieht sich auf …": what a label of the article's own
            #                scheme is about; only "Der Begriff X bezieht sich auf …" defines
        if vs and vs[0] == "ist" and vs[-1] in ("der", "die", "das") and \
                x.lower() not in keywords and not (
                    words[-1] in nouns and re.match(
                        r"^(?:[\wäöüß\-]+\s+){0,2}?[A-ZÄÖÜ][\wäöüß\-]+,?\s+(?:des|der|von|vom|"
                        r"zur|zum|für|auf|gegen|über|die|das|welche[rs]?|durch|mit)\b",
                        definition)):
            return []      # "Bemerkenswert ist der Streit …": inverted, not a definition
        if vs == ["sind"] and not (dw and (dw[0][:1].isupper() or dw[0] in (
                "ein", "eine", "die", "der", "das"))):
            return []      # "… sind mithin nicht …": a statement
        if dw and re.fullmatch(r"[a-zäöüß]+(?:en|t)\.?", dw[-1]) and vs and \
                vs[0] in ("ist", "sind") and "," not in definition:
            return []      # "… ist … entstanden": a perfect tense, not a definition
        if vs and vs[0] in ("ist", "sind") and re.match(
                r"^(?:[\wäöüß]+\s+){0,2}(?:Bestandteil|Merkmal|Beispiel|Teil|Element|Faktor|"
                r"Voraussetzung|Problem|Thema|Frage|Aspekt|Kennzeichen|Ergebnis|Folge|Zeichen)\b",
                definition):
            return []      # "… ist ein fester Bestandteil …": a claim, not what it is
    elif vs == ["are"] and not (dw and (dw[0].lower() in ("the", "a", "an", "those", "all") or
                                       re.fullmatch(r"[a-z]+[^su]s", dw[0].lower()))):
        return []          # "Coefficients … are good": a statement, not a definition
    elif vs and vs[0] == "is" and re.match(r"^(?:\w+\s+){0,3}(?:example|precondition|result|"
                                            r"consequence|sign|case|problem|challenge|subject|topic|issue|"
                                            r"question|matter|theme|part|component|element|feature|"
                                            r"factor|aspect|characteristic|hallmark)\b",
                                            definition):
        return []          # "X is a good example of …": a claim
    elif vs == ["is", "the"] and not re.match(
            r"^(?:[\w’'\-]+\s+){1,3}(?:(?:or|and)\s+(?:[\w’'\-]+\s+){1,2})?(?:of|in which|by which|"
            r"whereby|through which|that|"
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
                          "bezeichnet", "bedeutet", "meint", "beschreibt", "bezieht")):
        definition = verb + " " + definition
    # "X is A, whereas Y …": one half of a comparison, the article's argument
    if re.search(r",\s+(?:whereas|while|but(?!\s+also)|although|though|während|wohingegen|"
                 r"aber|jedoch)\s", definition):
        return []
    definition = re.split(r",\s+(?:and|und)\s+(?=[‘“\"„»])", definition)[0]
    if re.search(r",\s+(?:and|so|und)\s+(?:such|this|these|it|they|thus|so|dies|diese|es|sie)\b",
                 definition):
        return []          # "X is a combination of …, and such a combination creates …": a
        #                    second clause, the article's argument about X
    if _CLAIM_DEF.match(definition):
        return []          # "a relatively young state", "refers to multiple conceptions"
    definition = definition[0].upper() + definition[1:]
    if not re.search(r"[.!?]$", definition):
        definition += "."
    dw = definition.split()
    if len(dw) > 45 or len(dw) < 4 or dw[0].lower() in ("a", "an", "the", "ein", "eine", "der",
                                                         "die", "das") and \
            dw[1].lower().strip(",") in _WEIGHING:
        return []          # "X is a non-universalistic ethic" only names a kind; "X is a
        #                    central category …" weighs it: neither says what X is
    if re.search(r"\baccording to\b|\b(?:nach|laut) (?:ihr|ihm|ihnen)\b", definition):
        return []          # a view the article reports, not what the term is
    if re.fullmatch(r"(?:A|An|The|Ein|Eine|Einen|Der|Die|Das)\s+[\w\-]+(?:,\s+[\w\-]+)*,?\s+"
                    r"(?:and|or|und|oder)\s+[\w\-]+\s+[\w\-]+\.", definition):
        return []          # "a tedious and time-consuming task", "a complex and contested
        #                    concept": two qualities of a kind, the article's view, not what X is
    if re.match(r"(?:A|An|The)\s+(?:more|less)\s+\w+", definition) and \
            not re.search(r"\bthan\b", definition):
        return []          # "a more general concept that …": more general than what the
        #                    sentence before names: one half of a comparison
    return [(x[0].upper() + x[1:] if lang == "de" or x[:1].isupper() else x[0].upper() + x[1:],
             definition)]


# ---------------------------------------------------------------- "defined as", "by X we mean"

_NP = r"[‘'\"“„»]?(?P<x>[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?)[’'\"”“«]?"
_AS_EN = [
    # X is defined / understood / conceptualised as …
    re.compile(rf"^(?:(?:The|A|An)\s+)?(?:(?:term|concept|notion)\s+(?:of\s+)?)?{_NP},?\s+"
               r"(?:is|are|can be|may be|could be|(?:has|have)\s+(?:\w+ly\s+)?been)\s+(?:\w+ly\s+)?"
               r"(?:(?:defined|understood|conceptuali[sz]ed|conceived|operationali[sz]ed)\s+"
               r"(?:here\s+)?as|defined\s+by|(?:taken|understood|used)\s+(?:here\s+)?to\s+"
               r"(?:mean|denote|refer\s+to|be))\s+"
               r"(?P<def>(?:(?<=as\s)|(?=(?:the|a|an)\s)).+)$"),
    # (As such,) civil society can be perceived (especially) as characterized by …
    re.compile(rf"^(?:As such,\s+)?{_NP},?\s+(?:is|are|can be|may be|could be)\s+(?:\w+ly\s+)?"
               r"(?:perceived|seen|regarded|viewed|understood|defined)\s+(?:\w+ly\s+)?(?:as\s+)?"
               r"(?P<def>characteri[sz]ed\s+(?:above\s+all\s+|mainly\s+|chiefly\s+)?by\s.+)$"),
    # (In political theory,) “democracy” is described as …: a quoted term only
    re.compile(r"^(?:In\s+[\w’'\- ]{3,40}?,\s+)?(?:(?:The|A|An)\s+(?:term|concept|notion)\s+)?"
               r"[‘\"“„»](?P<x>[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?)[’\"”“«‟],?\s+"
               r"(?:is|are|can be|may be)\s+(?:\w+ly\s+)?(?:described|understood|defined)\s+as\s+"
               r"(?P<def>(?:the|a|an)\s.+)$"),
    # We define X as …; Weinert (2001) defines X as …
    re.compile(rf"(?:^|\b)(?:We|I|(?<=,\s)we|[A-Z][\w’'\-]+(?:\s+et al\.)?(?:\s+\(\d{{4}}[a-z]?\))?)\s+"
               rf"(?:define|defines|defined|understand|understands|conceptuali[sz]es?|"
               rf"conceive|conceives)\s+(?:(?:the|a|an)\s+)?(?:(?:term|concept|notion)\s+(?:of\s+)?)?"
               rf"{_NP}\s+as\s+(?P<def>.+)$"),
    # X is defined by Weber (1922) as …: a cited author's definition (credited to the name)
    re.compile(rf"^(?:(?:The|A|An)\s+)?(?:(?:term|concept|notion)\s+(?:of\s+)?)?{_NP},?\s+"
               r"(?:is|are|has been|have been|was|were)\s+(?:\w+ly\s+)?(?:defined|understood|"
               r"conceptuali[sz]ed)\s+by\s+[A-Z][\w’'\-]+(?:\s+(?:and|&)\s+[A-Z][\w’'\-]+|"
               r"\s+et al\.)?(?:\s+\(\d{4}[a-z]?(?:[:,]\s*(?:p\.\s*)?[\d–\-]+)?\))?\s+as\s+"
               r"(?P<def>.+)$"),
    # By X we mean …; The term X refers to / is used to describe …
    re.compile(rf"^By\s+{_NP},?\s+(?:we|I|the authors?|they)\s+(?:mean|understand|refer to)\s+"
               r"(?P<def>.+)$"),
    # By X, Bourdieu (1990) means …: the cited author's definition (credited to the name)
    re.compile(rf"^By\s+{_NP},\s+[A-Z][\w’'\-]+(?:\s+(?:and|&)\s+[A-Z][\w’'\-]+|\s+et al\.)?"
               r"(?:\s+\(\d{4}[a-z]?(?:[:,]\s*(?:p\.\s*)?[\d–\-]+)?\))?\s+"
               r"(?:means|meant|understands|understood|refers to|referred to)\s+(?P<def>.+)$"),
    # The term X was coined by N to describe …
    re.compile(rf"^(?:The\s+)?(?:term|concept|notion|label)\s+{_NP},?\s+(?:was\s+)?"
               r"(?:coined|introduced|proposed)\s+by\s+[A-Z][^,;:]{1,60}?\s+(?:\(\d{4}\)\s+)?"
               r"(?:to\s+(?:describe|denote|refer\s+to|designate|capture)|for)\s+"
               r"(?P<def>(?:the|a|an)\s.+)$"),
    # We use the term X to refer to …
    re.compile(rf"^(?:(?:Here|In this (?:article|paper|study)),?\s+)?(?:We|we|I)\s+(?:will\s+)?use\s+"
               rf"(?:the\s+(?:term|concept|notion|label)\s+)?{_NP}\s+"
               r"(?:here\s+)?to\s+(?:refer\s+to|mean|denote|describe|designate)\s+(?P<def>.+)$"),
    # … introducing the notion of “market order,” meaning the rules …
    re.compile(r"\b(?:the|a)\s+(?:notion|concept|term|label)\s+(?:of\s+)?[‘“\"]"
               r"(?P<x>[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?)[,.]?[’”\"],?\s+(?:meaning|"
               r"which\s+(?:means|denotes|designates|refers\s+to))\s+"
               r"(?P<def>(?:the|a|an)\s.+)$"),
    # Young (1958) introduced the term “meritocracy” for a society …; N coined the term
    # X to describe …
    re.compile(r"(?:^|\b)[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?(?:\s+et al\.)?"
               r"(?:\s+\(\d{4}[a-z]?\))?\s+(?:introduced|coined|proposed|used)\s+the\s+"
               r"(?:term|concept|notion|label)\s+[‘“\"]?(?P<x>[\w’'\-]+(?:\s+[\w’'\-]+){0,3}?)"
               r"[,.]?[’”\"]?\s+(?:for|to\s+(?:describe|denote|refer\s+to|designate|capture))\s+"
               r"(?P<def>(?:the|a|an)\s.+)$"),
    # Throughout this study, the diagnosis of “HFA” is used in subjects with autism who
    # had an FSIQ ≥ 70: what a quoted label is applied to, in the article's own use
    re.compile(r"^(?:(?:Throughout|In)\s+this\s+(?:study|article|paper),?\s+)?(?:[Tt]he\s+)?"
               r"(?:term|diagnosis|label|category|notion)\s+(?:of\s+)?[‘“\"]"
               r"(?P<x>[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?)[’”\"]\s+is\s+"
               r"(?P<def>used\s+(?:here\s+)?(?:for|in|to\s+(?:describe|denote|refer\s+to))\s+"
               r"[^,;:]{8,200}?)(?:,\s+(?:and|but)\s.*|\.)?$"),
    # (not "…, meaning that …": what follows is the cited author's thesis, a claim
    #  about the thing, not what the thing is)
    re.compile(rf"^(?:The|This)\s+(?:term|concept|notion|label)\s+(?:of\s+)?{_NP},?\s+"
               r"(?:refers to|denotes|describes|means|designates|is used to (?:describe|refer to|"
               r"denote|designate))\s+(?P<def>.+)$"),
]
# a German relative clause after the defining noun ("…, die …", "…, durch den …")
_REL_DE = (r"(?:die|der|das|welche[rs]?|(?:durch|mit|in|an|auf|für|von|bei|über|unter|nach|aus|"
           r"zu)\s+(?:den|dem|die|das|der|denen|welche[nmrs]?))")
_AS_DE = [
    # X kann als … verstanden werden; X wird als … definiert
    re.compile(rf"^(?:(?:Der|Die|Das)\s+)?(?:Begriff\s+(?:der\s+|des\s+)?)?{_NP}\s+"
               r"(?:kann|können|wird|werden|lässt sich|lassen sich)\s+(?:\w+\s+){0,2}?als\s+"
               r"(?P<def>.+?)\s+(?:verstanden|definiert|aufgefasst|bestimmt|beschrieben|"
               r"(?<=\s)(?:verstehen|definieren|auffassen|bestimmen|beschreiben)(?=\.?$))"
               r"(?:\s+werden)?(?:\s+[-–—]\s+(?P<rest>(?:mit|ohne|als|in|im|für)\s[^-–—]{4,120}?)|"
               rf",\s+(?P<rel>{_REL_DE}\s[^;:]{{4,200}}?))?"
               r"\.?$"),
    # Weinert (2001) definiert Kompetenz als …
    re.compile(rf"(?:^|\b)(?:[A-ZÄÖÜ][\w’'\-]+(?:\s+\(\d{{4}}[a-z]?\))?|Wir|Ich)\s+"
               rf"(?:definiert|definieren|versteht|verstehen|bestimmt)\s+{_NP}\s+als\s+"
               r"(?P<def>.+)$"),
    # X wird (hier) definiert als …
    re.compile(rf"^(?:(?:Der|Die|Das)\s+)?(?:Begriff\s+(?:der\s+|des\s+)?)?{_NP}\s+"
               r"(?:wird|werden)\s+(?:hier\s+|im Folgenden\s+)?(?:definiert|verstanden)\s+als\s+"
               r"(?P<def>.+)$"),
    # Mit X ist/sind … gemeint
    re.compile(rf"^Mit\s+(?:(?:dem|der|den)\s+)?(?:Begriff\s+(?:der\s+|des\s+)?)?{_NP}\s+"
               r"(?:ist|sind)\s+(?:hier\s+)?(?P<def>.+?)\s+gemeint"
               r"(?:,\s+(?P<rest>(?:die|der|das|dass|wie|um|welche[rs]?|[\w\s]{3,60}?\s+zu|"
               r"(?:durch|mit|in|an|auf|für|von|bei|über|unter|nach|aus|zu)\s+(?:den|dem|die|das|"
               r"der|denen|welche[nmrs]?))\s.+?))?\.?$"),
    # (Im Folgenden) verstehen wir unter X die …; (Hier) wird unter X die … verstanden
    re.compile(r"(?:^|\s)(?:verstehen\s+wir|versteht\s+man|verstehe\s+ich|[Ww]ir\s+verstehen|"
               r"[Ii]ch\s+verstehe|wird|werden)\s+"
               r"(?:hier\s+|im Folgenden\s+|daher\s+|also\s+)?unter\s+(?:(?:dem|der)\s+)?"
               r"(?:Begriff\s+(?:der\s+|des\s+)?)?[„“\"»]?(?P<x>[A-ZÄÖÜ][\w’'\-]+"
               r"(?:\s+(?:des|der)\s+[A-ZÄÖÜ][\w’'\-]+)?)[“”\"«]?\s+"
               r"(?P<def>(?:die|der|das|den|ein|eine|einen)\s.+?)(?:\s+verstanden)?\.?$"),
    # Mit dem Begriff X wird … bezeichnet / beschrieben
    re.compile(rf"^Mit\s+(?:(?:dem\s+Begriff|der\s+Bezeichnung|dem\s+Terminus|dem\s+Konzept)\s+"
               rf"(?:der\s+|des\s+)?)?"
               rf"{_NP}\s+(?:wird|werden)\s+(?:hier\s+|im Folgenden\s+)?"
               r"(?P<def>(?:die|der|das|den|ein|eine)\s.+?)\s+(?:bezeichnet|beschrieben|gefasst)"
               rf"(?:,\s+(?P<rel>{_REL_DE}\s[^;:]{{4,200}}?))?\.?$"),
    # Young führte für eine von Leistung bestimmte Gesellschaft den Begriff
    # „Meritokratie“ ein; N prägte den Begriff X für …
    re.compile(r"(?:^|\b)[A-ZÄÖÜ][\w’'\-]+(?:\s+[A-ZÄÖÜ][\w’'\-]+)?(?:\s+\(\d{4}[a-z]?\))?\s+"
               r"(?:führte|prägte|verwendete)\s+für\s+(?P<def>(?:die|den|das|eine|einen|ein)\s"
               r".{6,160}?)\s+den\s+(?:Begriff|Terminus|Ausdruck)\s+[„“”\"»]?"
               r"(?P<x>[A-ZÄÖÜ][\w’'\-]+)[“”\"«]?\s*(?:ein|eingeführt)?\.?$"),
    re.compile(r"(?:^|\b)[A-ZÄÖÜ][\w’'\-]+(?:\s+[A-ZÄÖÜ][\w’'\-]+)?(?:\s+\(\d{4}[a-z]?\))?\s+"
               r"(?:führte|prägte|verwendete)\s+den\s+(?:Begriff|Terminus|Ausdruck)\s+[„“”\"»]?"
               r"(?P<x>[A-ZÄÖÜ][\w’'\-]+)[“”\"«]?\s+für\s+(?P<def>(?:die|den|das|eine|einen|ein)\s"
               r".{6,160}?)\s*(?:ein)?\.?$"),
    # Eine „Leistungsgesellschaft“ ist dann realisiert, wenn …: the condition it names
    re.compile(r"^(?:(?:Ein|Eine|Der|Die|Das)\s+)?[„“”\"»]?(?P<x>[A-ZÄÖÜ][\w’'\-]+)[“”\"«]?\s+"
               r"(?P<def>(?:ist|liegt)\s+(?:nur\s+)?(?:dann\s+)?(?:realisiert|gegeben|erreicht|"
               r"verwirklicht|erfüllt|vor),\s+wenn\s.{10,300})$"),
    # Unter X wird/werden … verstanden
    re.compile(rf"^Unter\s+(?:(?:dem|der|den)\s+)?(?:Begriff\s+(?:der\s+|des\s+)?)?{_NP}\s+"
               r"(?:wird|werden)\s+(?:hier\s+|im Folgenden\s+)?(?P<def>.+?)\s+(?:verstanden|"
               r"(?:zusammen)?gefasst)(?:,\s+(?P<rest>(?:die|der|das|dass|wie|um|welche[rs]?|"
               rf"{_REL_DE}\s|"
               r"[\w\s]{0,60}?(?:\s+zu\s+\w+|\w{2,}zu\w{3,}en))\b.*?))?\.?$"),
]


# "X, i.e. the …," / "X, that is, a …," / German "X, d. h. die …,": only a
# defining noun phrase (opening on an article) after a term-like name
_IE = {"en": re.compile(r"(?P<x>(?:[A-Z][\w\-]*|[a-z][\w\-]+)(?:\s+[\w\-]+){0,3})[”’\"]?"
                        r"(?:\s+\([^()]{1,40}\))?(?:,\s+(?:i\.\s?e\.|that is|defined as|understood as|"
                        r"which\s+(?:refers\s+to|means|denotes|designates)|"
                        r"by\s+which\s+(?:I|we|the\s+authors?|they|he|she)\s+(?:mean|means|"
                        r"understand|understands|refer\s+to|refers\s+to)),?|"
                        r"\s*[—–]\s*(?:i\.\s?e\.,?|that is,))\s+"
                        r"(?P<def>(?:(?:the|a|an)\s+|(?=[a-z][a-z\-]+\s+[a-z]))[^,;:()—–]{8,140}?)"
                        r"(?=,|;|\.$|\)|\s*[—–])"),
       "de": re.compile(r"(?P<x>[A-ZÄÖÜ][\w\-]*(?:\s+[\w\-]+){0,2}),\s+(?:d\.\s?h\.|also|"
                        r"das heißt),?\s+(?P<def>(?:die|der|das|ein|eine)\s+[^,;:()]{8,140}?)"
                        r"(?=,|;|\.$|\))")}
# German "Auf der vierten Ebene sind die Paradigmen des Lernens verortet, d. h. die
# Vorstellungen, die …": the gloss after the participle explains the clause's subject
_IE_DE_SUBJECT = re.compile(
    r"\b(?:ist|sind|war|waren|wird|werden)\s+(?:der|die|das)\s+(?P<x>[A-ZÄÖÜ][\wäöüß\-]+"
    r"(?:\s+(?:des|der)\s+[A-ZÄÖÜ][\wäöüß\-]+)?)\s+(?:[a-zäöüß]+\s+)?[a-zäöüß]{4,}(?:t|en),\s+"
    r"(?:d\.\s?h\.|das heißt),?\s+(?P<def>(?:die|der|das|ein|eine)\s+[A-ZÄÖÜ][^;:()]{8,200}?)\.?$")
# "Work is no concept but a 'problematic word': “a word about which there is …”": a
# quoted term, a colon, and what it is (a noun phrase on an article, quoted or not)
_COLON_GLOSS = re.compile(
    r"[‘'\"“„»](?P<x>[^\W\d_][\w\-]*(?:\s+[\w\-]+){0,3})[’'\"”“«]:\s+[“\"‘„»]?"
    r"(?P<def>(?:a|an|the|ein|eine|einen|der|die|das)\s[^\"“”‘’„»«]{8,200}?)[”\"’“«]?\.?$")
# "A closely related type of morally guided behavior is “group solidarity.”"
_TYPE_IS = re.compile(r"^(?P<def>(?:The|A|An|Another)\s+(?:[\w\-]+\s+){0,3}(?:type|form|kind|variety)"
                      r"\s+of\s+[^,;:“”‘’\"]{4,120}?)\s+(?:is|are)\s+(?:called\s+)?[“‘\"]"
                      r"(?P<x>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,3})[.,]?[”’\"]\.?$")
# German "Als X bezeichnet man …" / "… wird als X bezeichnet"
_ALS_DE = [
    re.compile(r"^Als\s+[„“\"]?(?P<x>(?:[a-zäöüß]+e[nmrs]?\s+)?[A-ZÄÖÜ][\w\-]*"
               r"(?:\s+[A-ZÄÖÜ][\w\-]*){0,2})[“”\"]?\s+"
               r"(?:bezeichnet|versteht)\s+man\s+(?P<def>(?:die|der|das|den|ein|eine|einen)\s+.+)$"),
    # "Als Mitnahmeeffekt wird die Nutzung einer Förderung bezeichnet, die ohnehin …"
    re.compile(r"^Als\s+[„“\"]?(?P<x>[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*){0,2})[“”\"]?\s+"
               r"(?:wird|werden)\s+(?:hier\s+|im Folgenden\s+|auch\s+)?"
               r"(?P<def>(?:die|der|das|ein|eine)\s+[^,;:]{4,160}?)\s+bezeichnet"
               r"(?:,\s+(?P<rel>(?:die|der|das|welche[rs]?)\s+[^;:]{4,160}?))?\.?$"),
    # "Als Flüchtling gilt, wer …", "Als X gilt die …": a definition as the law gives one
    re.compile(r"^Als\s+[„“\"]?(?P<x>[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*){0,2})[“”\"]?\s+"
               r"(?:gilt|gelten),?\s+(?P<def>(?:wer|jede[rs]?)\s+[^;:]{8,200}?)\.?$"),
    # (not "Als Vorbild gilt die Verfassung …": a claim about the thing)
    re.compile(r"^(?P<def>(?:(?:Die|Der|Das|Eine|Ein)\s+)?[A-ZÄÖÜ][^,;:]{8,160}?)\s+(?:wird|werden)\s+"
               r"(?:hier\s+|im Folgenden\s+|auch\s+)?als\s+[„“\"]?"
               r"(?P<x>[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*){0,2})[“”\"]?\s+bezeichnet(?:\.?$|,)"),
    # "Die auf das Aufgabengebiet zugeschnittene Ausgestaltung der Kompetenzbereiche kann als
    # das Kompetenzprofil eines Tätigkeitsfeldes definiert werden": the subject is what the
    # named term is (its qualifier after it, "eines …", left with the term's context)
    re.compile(r"^(?P<def>(?:Die|Der|Das|Eine|Ein)\s+[^,;:]{8,200}?)\s+(?:kann|können|wird|werden)"
               r"\s+(?:hier\s+|im Folgenden\s+|auch\s+)?als\s+(?:das|der|die|den)\s+"
               r"(?P<x>[A-ZÄÖÜ][\w\-]{3,})(?:\s+(?:eines|einer|des|der|im|in)\s+[^,;:]{3,80}?)?"
               r"\s+(?:definiert|verstanden)(?:\s+werden)?\.?$"),
]
# "The purchase of political decisions is called corruption"
_CALLED_EN = re.compile(r"^(?P<def>(?:The|A|An)\s+[a-z][^,;:]{8,160}?)\s+(?:is|are)\s+(?:often\s+|"
                        r"usually\s+|commonly\s+|here\s+|also\s+)?(?:called|termed|referred to as|known as)\s+"
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
    >>> gloss_definitions("Als Mitnahme wird die Nutzung einer Hilfe bezeichnet, die ohnehin "
    ...                   "erfolgt wäre.", "de")
    [('Mitnahme', 'Die Nutzung einer Hilfe … die ohnehin erfolgt wäre.')]
    >>> gloss_definitions("Als Flüchtling gilt, wer aus Furcht vor Verfolgung sein Land "
    ...                   "verlassen hat.", "de")
    [('Flüchtling', 'Wer aus Furcht vor Verfolgung sein Land verlassen hat.')]
    >>> gloss_definitions("Als Vorbild gilt die Verfassung der USA.", "de")
    []
    >>> gloss_definitions("Die Teilhabe aller wird als Inklusion bezeichnet.", "de")
    [('Inklusion', 'Die Teilhabe aller.')]
    >>> gloss_definitions("The purchase of political decisions is called corruption and illegal.")
    [('corruption', 'The purchase of political decisions.')]
    >>> gloss_definitions("Steuern mit Umverteilungswirkung werden als „Neidsteuern” bezeichnet, "
    ...                   "die Republik als „Neidgesellschaft” tituliert.", "de")
    []
    >>> gloss_definitions("The fourth type of moral behavior in markets is “altruism.”")
    []
    >>> gloss_definitions("They stayed, i.e. the plan failed, and left.")
    []
    >>> gloss_definitions("Auf der vierten Ebene sind die Paradigmen des Lernens verortet, d. h. "
    ...                   "die Vorstellungen, die in einer Epoche über das Lernen herrschen.", "de")
    [('Paradigmen des Lernens', 'Die Vorstellungen, die in einer Epoche über das Lernen herrschen.')]
    >>> gloss_definitions("Work is no concept but a ‘problematic word’: “a word about which "
    ...                   "there is a conflict of statements.")
    [('problematic word', 'A word about which there is a conflict of statements.')]
    >>> gloss_definitions("Sie nennt das eine „Grauzone“: „ein Raum, den keine Regel erfasst“.",
    ...                   "de")
    [('Grauzone', 'Ein Raum, den keine Regel erfasst.')]
    >>> gloss_definitions("Die auf das jeweilige Aufgabengebiet zugeschnittene Ausgestaltung "
    ...     "der Kompetenzbereiche kann als das Kompetenzprofil eines bestimmten "
    ...     "Tätigkeitsfeldes definiert werden.", "de")
    [('Kompetenzprofil', 'Die auf das jeweilige Aufgabengebiet zugeschnittene Ausgestaltung der Kompetenzbereiche.')]
    >>> gloss_definitions("They said 'no': the end of it.")
    []
    >>> gloss_definitions("Die Verantwortung liegt bei der Leitung, d. h. Hochschulleitung und "
    ...                   "Dekanaten.", "de")
    []
    """
    out = []
    rx = _IE.get(lang)
    cands = list(rx.finditer(sent)) if rx and re.search(
        r"i\.\s?e\.|that is|defined as|understood as|which\s+(?:refers|means|denotes|"
        r"designates)|by\s+which\s+\w+\s+(?:mean|understand|refer)|d\.\s?h\.|das heißt|\balso\b",
        sent) else []
    if lang == "de":
        cands += [m for r in _ALS_DE for m in [r.match(sent)] if m]
    elif lang == "en":
        cands += [m for m in [_CALLED_EN.match(sent)] if m]
    for m in _COLON_GLOSS.finditer(sent):
        x, d = m.group("x").strip(), _sentence_case(m.group("def").rstrip(" ,;:"))
        if _subject_ok(x, lang) and 4 <= len(d.split()) <= 40 and \
                (lang != "de" or x.split()[-1][:1].isupper()):
            out.append((x[0].upper() + x[1:] if lang == "de" else x, d))
    if lang == "de" and re.search(r"d\.\s?h\.|das heißt", sent):
        for m in _IE_DE_SUBJECT.finditer(sent):
            x, d = m.group("x"), _sentence_case(m.group("def").rstrip(" ,;:"))
            if _subject_ok(x, lang) and 4 <= len(d.split()) <= 40:
                out.append((x, d))
    # "A closely related type of … is “group solidarity.”" (_TYPE_IS) only classifies
    for m in cands:
        x, d = m.group("x").strip(), m.group("def").strip()
        if "rel" in m.re.groupindex and m.group("rel"):
            # the relative clause belongs to the noun; the verb between them is left out,
            # and marked as left out (the quotation stays the article's words)
            d += " … " + m.group("rel").strip()
        if m.re is not rx and sent[m.start("x") - 1:m.start("x")] in "„“\"‘»'":
            continue                 # "… werden als „Neidsteuern” bezeichnet": a label the
            #                          article quotes (someone's word for it), not its term
        words = x.split()
        # the gloss explains the last words before it: keep the noun phrase
        stops = [i for i, w in enumerate(words) if w.lower() in _SUBJECT_STOP.get(lang, set())
                 or w.lower() in _PRONOUNS or w.lower() in _DET_WORDS or
                 w.lower() in FUNCTION_WORDS or w.lower() in ("rather", "namely", "especially",
                                                              "particularly", "eben", "nämlich")
                 or lang == "en" and (
                     w.lower() in _VERBS_EN or re.fullmatch(r"[a-z]+ed", w)) and i < len(words) - 1]
        if stops:
            if words[stops[-1]].lower() in ("is", "are", "was", "were", "be", "ist", "sind"):
                continue             # "… are conjunctive, i.e. …": a predicate, not a term
            words = words[stops[-1] + 1:]
        x = " ".join(words)
        if not x or not _subject_ok(x, lang):
            continue
        if lang == "en" and re.search(r"\b(?:is|are|was|were|has|have|had|will|would|can|"
                                      r"could|did|does|may|might|must|should)\b|\d", d):
            continue                 # a clause, not a noun phrase
        first = d.split()[0].lower()
        if m.re is not rx:
            pass
        elif re.match(r"(?:the|a|an)\s+(?:[\w’'\-]+\s+){0,3}[a-z]+s\s+(?:on|upon|to|in|from|with|"
                      r"that|the|a|an|its|their)\b", d, re.I) or first in ("according", "due"):
            continue                 # "i.e. the group’s score depends on …": a clause
        elif first not in ("the", "a", "an", "die", "der", "das", "ein", "eine") and (
                first in _DET_WORDS or first in _PRONOUNS or first in FUNCTION_WORDS or first in _SUBJECT_STOP.get(lang, set())
                or re.fullmatch(r"[a-z]+(?:ly|ed)", first) or first in _VERBS_EN or
                not re.search(r"\b[a-z]{3,}(?:ion|ity|ment|ness|ance|ence|ship|ism|ing|ure|"
                              r"our|or|er|al|y|s|e|t|n)\b", d)):
            continue                 # "i.e. after the screening": not a noun phrase
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


# the words without which an author-led pattern cannot match
_AS_NEEDS = {}
for _rx in _AS_EN + _AS_DE:
    for _word, _need in ((r"introduced\|coined", r"\b(?:introduced|coined|proposed|used)\s+the\b"),
                         (r"führte\|prägte", r"\b(?:Begriff|Terminus|Ausdruck)\b"),
                         (r"\(\?:define\|defines", r"defin|understand|conceiv|conceptuali"),
                         (r"\(\?:definiert\|definieren", r"definier|versteh|bestimmt")):
        if re.search(_word, _rx.pattern):
            _AS_NEEDS[_rx] = re.compile(_need)


def as_definitions(sent: str, lang: str = "en") -> list[tuple[str, str]]:
    """``(term, definition)`` from a sentence that says what a term is taken
    to mean: "X is defined as …", "We define X as …", "By X we mean …", "The
    term X refers to …"; German "X wird als … verstanden", "Unter X wird …
    verstanden", "A (2001) definiert X als …".  ("X, i.e. …" is left out: in
    the corpus it clarifies or gives an example far more often than it
    defines.)

    >>> as_definitions("Social capital is defined as the resources embedded in networks.")
    [('Social capital', 'The resources embedded in networks.')]
    >>> as_definitions("“Democracy” is described as a philosophy, but also as a form of rule.")
    [('Democracy', 'A philosophy, but also as a form of rule.')]
    >>> as_definitions("Voting is defined as a process in which people take part, whether "
    ...                "alone or as part of a group.")
    [('Voting', 'A process in which people take part, whether alone or as part of a group.')]
    >>> as_definitions("Throughout this study, the diagnosis of “HFA” is used in subjects with "
    ...                "autism who had an FSIQ ≥ 70, and the FSIQ of others is defined to be ≥50.")
    [('HFA', 'Used in subjects with autism who had an FSIQ ≥ 70.')]
    >>> as_definitions("Agenda power is taken here to mean the right to table questions.")
    [('Agenda power', 'The right to table questions.')]
    >>> as_definitions("Im Folgenden verstehen wir unter Inklusion die Teilhabe aller.", "de")
    [('Inklusion', 'Die Teilhabe aller.')]
    >>> as_definitions("Hier wird unter Steuerung die Lenkung durch Ziele verstanden.", "de")
    [('Steuerung', 'Die Lenkung durch Ziele.')]
    >>> as_definitions("The term moral hazard was coined by Arrow to describe the risk that "
    ...                "insured people take more care of nothing.")
    [('moral hazard', 'The risk that insured people take more care of nothing.')]
    >>> as_definitions("Mit dem Begriff Mitnahmeeffekt wird die Nutzung einer Hilfe "
    ...                "bezeichnet.", "de")
    [('Mitnahmeeffekt', 'Die Nutzung einer Hilfe.')]
    >>> as_definitions("By agenda power we mean the right to table questions.")
    [('agenda power', 'The right to table questions.')]
    >>> as_definitions("Weinert (2001) definiert Kompetenz als die verfügbaren Fähigkeiten.", "de")
    [('Kompetenz', 'Die verfügbaren Fähigkeiten.')]
    >>> as_definitions("Teilhabegerechtigkeit kann daher als Ausprägung von sozialer "
    ...                "Gerechtigkeit verstanden werden.", "de")
    [('Teilhabegerechtigkeit', 'Ausprägung von sozialer Gerechtigkeit.')]
    >>> as_definitions("Young (1958) introduced the term “meritocracy” for a society in which "
    ...                "rewards follow merit.")
    [('meritocracy', 'A society in which rewards follow merit.')]
    >>> as_definitions("Michael Young führte für eine derart von Leistung bestimmte "
    ...                "Gesellschaft den Begriff “Meritokratie” ein.", "de")
    [('Meritokratie', 'Eine … von Leistung bestimmte Gesellschaft.')]
    >>> as_definitions("Eine „Leistungsgesellschaft” ist dann realisiert, wenn nach Leistung "
    ...                "entlohnt wird.", "de")
    [('Leistungsgesellschaft', 'Ist dann realisiert, wenn nach Leistung entlohnt wird.')]
    >>> as_definitions("Teilhabe kann als Ausprägung der Gerechtigkeit verstanden werden - mit "
    ...                "Blick auf die Armut.", "de")
    [('Teilhabe', 'Ausprägung der Gerechtigkeit … mit Blick auf die Armut.')]
    """
    out = []
    for rx in (_AS_DE if lang == "de" else _AS_EN):
        need = _AS_NEEDS.get(rx)
        if need is not None and not need.search(sent):
            continue            # (a cheap test first: these patterns scan every word)
        for m in rx.finditer(sent):
            x, d = m.group("x").strip(), m.group("def").strip()
            if not _subject_ok(x, lang):
                continue
            d = re.sub(r"^(?:daher|also|somit|hier|auch)\s+", "", d)
            d = re.sub(r"^(eine|ein|einen|die|der|das|den)\s+(?:derart|solche[nrs]?|so)\s+",
                       r"\1 … ", d)    # "eine derart von Leistung bestimmte Gesellschaft":
            #                          the word pointing back is left out, marked as left out
            if "rest" in m.re.groupindex and m.group("rest") and \
                    "gemeint" in sent[m.end("def"):m.start("rest")]:
                # "Mit X ist die Fähigkeit gemeint, Krisen … zu bewältigen": the clause
                # belongs to it; the words left out are marked as left out
                d += " … " + m.group("rest").strip()
            elif "rest" in m.re.groupindex and m.group("rest"):
                # "X kann als Ausprägung von Y verstanden werden – mit besonderer
                # Blickrichtung auf …": the qualification is what marks X off from Y; it
                # is kept, the words left out between ("verstanden werden –") marked as
                # left out, never a dash put in their place
                d += " … " + m.group("rest").strip()
            if "rel" in m.re.groupindex and m.group("rel"):
                # "X wird als der Prozess definiert, durch den …": the relative clause
                # belongs to the noun; the verb between them is left out, marked
                d += " … " + m.group("rel").strip()
            q = re.fullmatch(r"[„“‘»](?P<in>[^„“”‘’»«]+)[“”’«]\.?", d)
            d = q.group("in") if q else d       # the whole definition quoted: its words
            d = re.split(r",\s+(?:i\.\s?e\.|d\.\s?h\.)\s", d)[0]   # the elaboration after it
            # ("described as a philosophy, but also as a form …": kept word for word)
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
    ...                                  "Soziale Gerechtigkeit", "Leistungsgesellschaft",
    ...                                  "Ernsthaft")]
    [True, False, False, True, True, False]
    """
    words = x.split()
    if not words or len(words) > 5 or re.search(r"[‘’“”\"„«»()]", x):
        return False
    low = [w.lower().strip("’'") if not (w.isupper() and len(w) > 1) else "§" + w
           for w in words]       # an acronym ("AS") is not the word ("as")
    if lang != "de" and re.fullmatch(r"[a-z]+ing", low[0]) and len(words) > 1 and \
            low[1] not in ("of",):
        return False              # "Solving free-rider problems is …": a gerund clause
    stop = _SUBJECT_STOP.get(lang, _SUBJECT_STOP["en"])
    if any(w in stop or w in _PRONOUNS for w in low):
        return False
    if any(w in ("highest", "lowest", "largest", "smallest", "greatest", "biggest", "best",
                 "worst", "majority", "minority", "percentage", "percentages", "share")
           for w in low):
        return False              # "The highest percentages of students are …": a finding
    if low[-1] in FUNCTION_WORDS or low[0] in FUNCTION_WORDS:
        return False
    if any(re.fullmatch(r"\d[\d.,]*", w) for w in words):
        return False
    if lang == "de":
        if not words[-1][:1].isupper():
            return False          # "Bemerkenswert ist …" is capitalised only as the first word
        if len(words) == 1 and (re.search(r"(?:lich|isch|bar|sam|weise|(?<!sc)haft|los|wert|dings|"
                                          r"falls|erdem|ens)$", low[0]) or low[0] in lower_words):
            # ("-schaft" is a noun: "Gesellschaft", "Wissenschaft")
            return False          # an adjective or adverb that starts the sentence
    elif any(re.fullmatch(r"[a-z]{2,}(?:ally|ively|ously|ingly|edly|ently|antly|ately|fully|"
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
_KNOWN_AS = re.compile(r"\b(?P<app>(?:[Aa]|[Aa]n|[Tt]he)\s+[a-z][^,;:()“”‘’]{6,100}?)\s*,?\s+"
                       r"(?:(?:also|often|commonly|usually|sometimes)\s+)?(?:known|referred to|"
                       r"described) as\s+(?:the\s+)?[‘“\"]?"
                       r"(?P<name>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,3}?)[’”\"]?(?=[,.;:)]|\s+(?:and|or|in|of|by|is|was|that|which)\b)")


# "the so-called policy window (a short period in which …)", "die sogenannte
# Schuldenbremse (eine Regel …)": the article marks the words as a term and glosses it
_SO_CALLED = re.compile(r"\b(?:so-called|so called|sogenannte[nrsm]?|so genannte[nrsm]?)\s+"
                        r"[‘“\"„»]?(?P<name>[\w\-]+(?:\s+[\w\-]+){0,3}?)[’”\"“«]?\s+\("
                        r"(?P<app>(?:a|an|the|ein|eine|einer|eines|der|die|das)\s+[^()]{6,140}?)\)")


# the verb after a concept's gloss (the sentence goes on: "… explains", "… is")
_CONCEPT_VERB = (r"(?=(?:is|are|was|were|has|have|had|can|may|might|will|would|"
                 r"remains?|[a-z]{3,}(?:s|ed))\s)")


# "Path dependence, the tendency of institutions to persist, explains …": a concept
# in lower case opening the sentence, a noun phrase between commas, then the verb
_CONCEPT_APP = re.compile(r"^(?P<name>[A-Z][a-z\-]+(?:\s+[a-z\-]+){0,3}),\s+"
                          r"(?P<app>(?:the|a|an)\s+[a-z][^,;:()“”‘’\"]{6,140}?),\s+" + _CONCEPT_VERB)


# the same between dashes: "Path dependence – the tendency of institutions to persist –
# explains …"
_CONCEPT_DASH = re.compile(r"^(?P<name>[A-Z][a-z\-]+(?:\s+[a-z\-]+){0,3})\s+[–—]\s+"
                           r"(?P<app>(?:the|a|an)\s+[a-z][^,;:()“”‘’\"–—]{6,140}?)\s+[–—]\s+"
                           + _CONCEPT_VERB)


# and in brackets: "Path dependence (the tendency of institutions to persist) explains …"
_CONCEPT_PAREN = re.compile(r"^(?P<name>[A-Z][a-z\-]+(?:\s+[a-z\-]+){0,3})\s+\("
                            r"(?P<app>(?:the|a|an)\s+[a-z][^,;:()“”‘’\"–—]{6,140}?)\)\s+"
                            + _CONCEPT_VERB)


# "the role of bridge builders – those who have moved across the divide –": a plural
# category glossed after a dash by whom it takes in
_THOSE_WHO = re.compile(r"(?:^|(?<=\s))(?P<name>(?:^[A-Z]|[a-z])[\w\-]+(?:\s+[a-z][\w\-]+)?s)"
                        r"\s+[–—]\s+"
                        r"(?:that is,?\s+)?(?P<app>those\s+(?:who|whose|which|that)\s+"
                        r"[^–—;:()]{8,200}?)(?=\s*[–—]|\s*\(|\.$|;)")


def other_definitions(sent: str, lang: str = "en") -> list[tuple[str, str]]:
    """``(name, definition)`` from a non-restrictive relative ("X, which is a …"),
    a dash or bracket apposition ("X – the … –", "X (a …)") and "a … known as X".

    >>> other_definitions("They met at Hertel University, which is a small college, in May.")
    [('Hertel University', 'a small college')]
    >>> other_definitions("Aid came from the Red Cross – a neutral humanitarian body – at once.")
    [('Red Cross', 'a neutral humanitarian body')]
    >>> other_definitions("It follows an approach to trade known as market globalism, in short.")
    [('market globalism', 'an approach to trade')]
    >>> other_definitions("It follows an approach known as market globalism, in short.")
    []
    >>> other_definitions("The so-called policy window (a short period in which a bill can "
    ...                   "pass) opened.")
    [('policy window', 'a short period in which a bill can pass')]
    """
    out = []
    for rx in (_WHICH, _DASHED, _PAREN):
        for m in rx.finditer(sent):
            name = re.sub(r"^(?:The|Der|Die|Das)\s+", "", m.group("name"))
            if name.split()[0].lower() in _PRONOUNS:
                continue
            out.append((name, m.group("app").strip()))
    for m in _SO_CALLED.finditer(sent):
        name = m.group("name").strip()
        if _subject_ok(name, lang) and (lang != "de" or name.split()[-1][:1].isupper()):
            out.append((name, m.group("app").strip()))
    if lang == "en":
        m = _CONCEPT_APP.match(sent) or _CONCEPT_DASH.match(sent) or _CONCEPT_PAREN.match(sent)
        words = m.group("app").split() if m else []
        name = m.group("name") if m else ""
        if m and _subject_ok(name, lang) and name.split()[0].lower() not in FUNCTION_WORDS and \
                3 <= len(words) <= 20 and (" " in name or zipf_frequency(name.lower(), "en") < 4.5) \
                and not re.search(r"\b(?:is|are|was|were|has|have|had|and|or|but)\b", m.group("app")) \
                and not any(w in _VERBS_EN or re.fullmatch(r"[a-z]+ed", w) and i >= 2 and not (
                    w in _FOUNDING and i + 1 < len(words) and words[i + 1] in _FOUNDING_NEXT)
                    for i, w in enumerate(words)) \
                and not {w.lower() for w in words[1:3]} & (_WEIGHING | _ORDINAL_SUBJECT) \
                and re.search(r"^\S+\s+(?:[\w\-]+\s+){0,2}?[\w\-]+\s+(?:of|that|which|whereby|"
                              r"by which|in which|to|for|between|among)\s", m.group("app")):
            # (what it is: a head noun and what qualifies it, "the tendency of …"; not
            #  a rank or a weight, "the first dimension", "a key factor in …")
            out.append((name, m.group("app").strip()))
        for m in _THOSE_WHO.finditer(sent):
            name = m.group("name")
            name = name[0].lower() + name[1:] if m.start() == 0 and name[1:2].islower() else name
            if _subject_ok(name, lang) and name.split()[0] not in FUNCTION_WORDS | _PRONOUNS \
                    and not any(w in _VERBS_EN for w in name.split()):
                out.append((name, m.group("app").strip()))
        for m in _KNOWN_AS.finditer(sent):
            if len(m.group("app").split()) >= 3:     # "an approach" alone says nothing
                out.append((m.group("name"), m.group("app").strip()))
    return out


_TRANSLATED = re.compile(r"\s\((?P<y>[A-ZÄÖÜ][\wäöüß\-]+(?:\s+[\wäöüß\-]+){0,3})\)")
_GERMAN_JOIN = {"der", "die", "das", "des", "den", "dem", "und", "für", "von", "zur", "zum", "im"}


def translations(sent: str, lang: str = "en") -> list[tuple[str, str]]:
    """``(term, rendering)``: a German term in brackets after the English words an
    English article renders it by ("a plant agreement (Betriebsvereinbarung)",
    "“humanisation of work” (Humanisierung der Arbeit)"); the words in brackets
    are German, not English, and not a name.

    >>> translations("It takes the form of a plant agreement (Betriebsvereinbarung) between them.")
    [('Betriebsvereinbarung', 'Plant agreement.')]
    >>> translations("It was called “humanisation of work” (Humanisierung der Arbeit) in 1974.")
    [('Humanisierung der Arbeit', 'Humanisation of work.')]
    >>> translations("As in the plant in Uddevalla (Sandberg) and in Detroit (Thelen).")
    []
    """
    if lang != "en":
        return []
    out = []
    for m in _TRANSLATED.finditer(sent):
        y = m.group("y")
        content = [w for w in y.split() if w.lower() not in _GERMAN_JOIN]
        if not content or any(zipf_frequency(w.lower(), "de") < 2.0 or
                               zipf_frequency(w.lower(), "de") - zipf_frequency(w.lower(), "en")
                               < 1.5 for w in content):
            continue
        before = sent[max(0, m.start() - 80):m.start()].split("(")[-1].rstrip()
        q = re.search(r"[“‘\"](?P<q>[^“”‘’\"]{3,60})[”’\"]$", before)
        if q:
            x = q.group("q")
        else:
            words = []
            for w in reversed(before.split()):
                if w.lower() in _DET_WORDS or w.lower() in _PRONOUNS or \
                        w.lower() in _SUBJECT_STOP["en"] or not re.fullmatch(r"[a-z][a-z\-]+", w) \
                        or w in _VERBS_EN or len(words) == 4:
                    break
                words.insert(0, w)
            x = " ".join(words)
        if x and x.lower() != y.lower() and re.search(r"[a-z]", x):
            out.append((y, _sentence_case(x)))
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
    if re.fullmatch(r"[\d\s.,–-]+", term) or re.fullmatch(r"(?:1[5-9]|20)\d\d", term) or \
            re.search(r"\d{5,}", term):
        return True                       # a number, a year, a grant number ("BCS-9974664")
    if any(w in cited for w in words if w[:1].isupper()) and not term.isupper():
        return True                       # a cited author's name
    low = [w.lower() for w in words]
    if term.isupper() and " " in term:
        return True                       # a name set in capitals ("DONG-HEON SEOK")
    if term.isupper() and "§" + term in cited:
        return True                       # the article's author in capitals ("TODD")
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
    cited = cited_names(reading)
    lower_words = frozenset(w for s in sents for w in re.findall(r"(?<=\s)[a-zäöüß]{4,}", s.text)) \
        if lang == "de" else frozenset()
    # German nouns the article writes after an article ("die Lohnzurückhaltung")
    nouns = frozenset(w for s in sents for w in re.findall(
        r"(?<![\w\-])(?:der|die|das|den|dem|des)\s+([A-ZÄÖÜ][\wäöüß\-]{3,})", s.text)) \
        if lang == "de" else frozenset()
    found: dict[str, Draft] = {}
    # the article's keywords: defined wherever a clause opens on one ("…, social
    # loafing refers to …"), not only at the start of a sentence
    kw_low = frozenset(k.lower() for k in _keywords(reading))
    kw_rx = [re.compile(rf"(?:^|[,;:]\s+|\b(?:and|but|while|whereas|und|aber)\s+)"
                        rf"(?=(?:(?:the|a|an|der|die|das)\s+)?{re.escape(k)}\b)", re.I)
             for k in _keywords(reading)]

    where = {"concluding": False}

    def add(d: Draft) -> None:
        d.term = re.sub(r"^(?:so-called|so called|sogenannte[nrsm]?|so genannte[nrsm]?)\s+", "",
                        d.term, flags=re.I)     # "The so-called X, i.e. …": the term is X
        key = d.term.lower()
        if where["concluding"] and d.how in ("copula", "apposition", "gloss"):
            return          # "Finally, Trojan altruism is a parasitic use of morality …": a
            #                 conclusion sums up and judges; what it says a term "is" there
            #                 is the verdict, not the definition (one the article gives
            #                 as such, "X is defined as …", is kept)
        if _bad_term(d.term, cited, lang) or not _definition_ok(
                d.definition, 1 if d.how in ("acronym", "translation") else 2,
                d.how == "defined"):
            return
        if (d.how != "acronym" or d.explained) and not verbatim(d.definition, d.quote):
            return          # printed in quotation marks as the article's wording: it must be
            #                 word for word (not "A, but also B" for "as A, but also as B")
        if _person(d.term, d.definition) or d.how == "acronym" and _misspelt(
                d.aliases[0] if d.aliases else d.definition, lang):
            return          # "Willie, the second of two children": a person; an expansion
            #                 the article misspells ("Aperception") is not printed as it is
        if _ABOUT.match(d.definition):
            return          # "TMT: Deals with faith in a cultural world-view": what it is
            #                 about, not what it is
        if d.how != "acronym" and _placing(d.definition):
            return          # "Generativity versus stagnation: The seventh of the eight stages
            #                 in Erikson's theory": where it stands, not what it is
        if d.how != "acronym" and _circular(d.term, d.definition):
            return          # "AS traits: Refers to the features of AS": the term again
        if d.how in ("copula", "apposition") and _EVALUATIVE.search(d.definition):
            d.definition = _without_verdict(d.definition)
            if not d.definition:
                return      # "a far-reaching international agreement": the article's
            #                 judgement of the thing, not what it is (a definition the
            #                 article gives as such, "X is defined as …", is kept); an
            #                 opening verdict alone is left out, marked ("A … agreement to …")
        if d.how == "copula" and _AUTHOR_DATE.search(d.quote) and not (
                re.match(r"(?:Refers|Denotes|Means|Describes|Designates|Bezeichnet|Meint|"
                         r"Bedeutet|Beschreibt)\b", d.definition) and credited_to(d.quote)) and \
                not re.search(r"[„“”\"»«‘]", d.quote):
            return          # "X is a … ethic (Bayertz 1998)": a cited author's view of X
        if " " not in d.term and not d.term.isupper() and d.how != "defined" and zipf_frequency(
                d.term.lower(), lang if lang in ("en", "de") else "en") >= 4.5:
            return          # a common word ("Markets"): the article's claim, not a term
        old = found.get(key)
        if old is not None and old.how == "acronym" and d.how != "apposition" and \
                not old.explained and d.how != "acronym" and len(d.definition.split()) <= 45:
            # "The ADI-R is a … interview": what it is, in the article's words; the
            # expansion is an alias beside the headword, never put inside the quotation
            old.definition, old.explained = d.definition, True
            old.quote, old.evidence = d.quote, d.evidence   # the sentence that defines it
            return
        rank = {"defined": 0, "copula": 0, "gloss": 1, "acronym": 1, "apposition": 2,
                "translation": 2}
        if old is None or rank[d.how] < rank[old.how] and d.how != "acronym" and not (
                old.how == "acronym" and re.fullmatch(_ACRO, old.term)):
            # (an expanded acronym is not replaced by a sentence that does not say what
            #  it stands for: that entry would be dropped below as unexpanded)
            if old is not None:
                d.aliases = sorted(set(d.aliases) | set(old.aliases))
            found[key] = d

    body = " ".join(s.text for s in sents)
    prev, prev_block, prev_text = "", "", ""
    block_sents: dict[str, list[str]] = {}
    for s in sents:
        block_sents.setdefault(s.block, []).append(s.text)
    for s in sents + _side_sentences(reading, lang):
        text = _prep(strip_citations(s.text))
        prev = prev if s.block == prev_block else ""
        prev_block = s.block
        where["concluding"] = bool(_CONCLUDING.search(s.section.title or "")) \
            if s.section is not None else False
        for x, definition in followup_definitions(prev, text, lang):
            add(Draft(x[0].upper() + x[1:] if lang == "de" else x, definition,
                      s.text, s.block, "defined", context=prev_text))
        prev_text = s.text
        prev = text
        for acr, long, rest in acronym_definitions(text):
            if lang == "de":
                long = german_nominative(long, text, body)
                if long is None:
                    continue     # an inflected name ("des Hochschulrahmengesetzes") whose
                    #              nominative the article does not print
            # "… Organization (CSTO), a military alliance …": what it is is the apposition,
            # quoted as the article words it; the expansion is an alias, not quoted
            add(Draft(acr, _sentence_case(rest or long), s.text, s.block, "acronym", [long],
                      explained=bool(rest)))
        for x, definition in as_definitions(_LEAD.sub("", text), lang):
            add(Draft(x[0].upper() + x[1:] if lang == "de" or x[:1].isupper() else x,
                      definition, s.text, s.block, "defined"))
        for x, definition in copular_definitions(_LEAD.sub("", _DEFINITION_LEAD.sub("", text)),
                                                 lang, lower_words, kw_low, nouns):
            add(Draft(x, definition, s.text, s.block, "copula"))
        for rx in kw_rx:
            for m in rx.finditer(text):
                if m.end() == 0:
                    continue         # the sentence start: the copula above has it
                for x, definition in copular_definitions(text[m.end():], lang, lower_words,
                                                         kw_low):
                    add(Draft(x, definition, s.text, s.block, "copula"))
        for x, definition in gloss_definitions(text, lang):
            add(Draft(x, definition, s.text, s.block, "gloss"))
        # (a German term after the English words that render it, translations(), is a
        # translation, not a definition: not drafted)
        for name, app in appositions(text, lang) + other_definitions(text, lang):
            add(Draft(name, _sentence_case(app), s.text, s.block, "apposition"))
        for clause in re.split(r";\s+|:\s+(?=[A-Z])", text)[1:]:
            for x, definition in copular_definitions(clause, lang, lower_words):
                add(Draft(x, definition, s.text, s.block, "copula"))
    # a table's or figure's legend ("Note. ASD = autism spectrum disorder")
    for sec in reading.sections:
        for b in sec.blocks:
            if b.kind in ("table", "figure"):
                f = getattr(b, "figure", None)
                parts = [b.inlines] + ([f.caption] + [c for row in f.rows for c in row]
                                       if f is not None else [])
                text = normalize_space(" ; ".join(model.plain_text(x) for x in parts) +
                                       (" ; " + f.alt if f is not None and f.alt else ""))
                for m in _LEGEND.finditer(text):
                    if _letters_in(m.group("acr"), m.group("long")):
                        add(Draft(m.group("acr"), _sentence_case(m.group("long")), text[:300],
                                  b.id, "acronym", [m.group("long")]))
    # an acronym the article uses and whose long form it prints elsewhere without
    # brackets ("the World Trade Organization" … "the WTO"): that long form, when it is
    # the only one in the article whose words' initials spell the acronym
    for acr, (long, sent) in implicit_acronyms(sents + _side_sentences(reading, lang),
                                               lang).items():
        if acr.lower() not in found:
            add(Draft(acr, _sentence_case(long), sent.text, sent.block, "acronym", [long]))
    # an acronym's long form defined elsewhere: one entry
    for d in list(found.values()):
        if d.how == "acronym":
            for a in d.aliases:
                other = found.get(a.lower())
                if other is not None and other is not d:
                    d.definition, d.explained = other.definition, True
                    d.quote, d.evidence = other.quote, other.evidence   # the sentence that
                    #                                  defines it (its page, its cited author)
                    del found[a.lower()]
    def section_before(d: Draft) -> list[str]:
        """The sentences of the definition's section before it (at most 12)."""
        for i, s in enumerate(sents):
            if s.block == d.evidence and s.text == d.quote:
                return [t.text for t in sents[max(0, i - 12):i] if t.section is s.section]
        return []

    out = []
    for d in found.values():
        if re.fullmatch(_ACRO, d.term) and d.how != "acronym":
            continue        # "The ND is a combination of …": an acronym the article never
            #                 expands; the entry would not say what it stands for
        printed = d.term
        m = re.match(r"^(?:A|An)\s+([a-z]{3,})\s+(?:for|that|which|in\s+which|where|whose|with)\b",
                     d.definition) if lang == "en" and " " not in d.term else None
        if m and re.search(rf"(?<![\w\-]){re.escape(d.term)}\s+{m.group(1)}(?![\w\-])", body,
                           re.I):
            d.term = f"{d.term} {m.group(1)}"    # "By effort-sensitive we mean a task for
            #                                      which …": what it defines is an
            #                                      "effort-sensitive task", as the article says
        if lang == "de":
            d.term = _german_lemma(d.term, d.quote, body)
        d.term = _headword_case(d.term, body, lang)
        if lang == "en" and d.how != "acronym":
            base = _singular(d.term)
            if base != d.term:       # "motivation gain phenomena": headed in its base form,
                d.aliases = [d.term, *d.aliases]    # the plural still found in the text
                d.term = base
                if re.match(r"Those\s+(?:who|that|which|whose)\b", d.definition):
                    # "bridge builders – those who …": the headword in its base form
                    # (JUDGE11), the definition's grammar made to match by a marked
                    # editorial insertion, the article's words unchanged
                    d.definition = "[One of] t" + d.definition[1:]
        names = list({n.lower(): n for n in reversed([d.term, *d.aliases, printed])}.values())
        d.count, d.spread = _count(names, sents)
        if d.count == 0:
            continue
        if d.how != "acronym" or d.explained:
            # (an acronym: only what it is, not its letters)
            d.after = credited_to(d.quote, cited) or credited_to(
                d.context + " " + d.quote, cited) if d.context else credited_to(d.quote, cited)
            if not d.after:
                d.after = _paragraph_source(d.quote, block_sents.get(d.evidence, []))
            if not d.after and d.how == "copula":
                a = _ACCORDING_CREDIT.search(d.quote)
                if a and _ACCORDING_COPULA.get(lang, _ACCORDING_COPULA["en"]).match(
                        strip_citations(d.quote)):
                    # "X ist nach Weber der Prozess …": Weber's, whether or not a year follows
                    d.after = normalize_space(f"{a.group('n')} {a.group('y') or ''}")
            if not d.after:
                # a definition explaining a scheme the section took from a cited
                # author ("Willke unterscheidet … vier Ebenen …") is that author's
                d.after = scheme_source(d.term, d.quote, section_before(d), cited)
            if not d.after and _open_quotation(d.quote, d.definition):
                # 'X': "a word about which … [Lazarus, 1998: 12]": a quotation that runs on
                # past the sentence is a cited author's; credited where it closes, or not
                # drafted (never passed off as the article's own wording)
                d.after = _closing_credit(d.quote, block_sents.get(d.evidence, []))
                if not d.after:
                    continue
            if not d.after and (re.search(rf"\({_YEAR}{_PAGES}\)", d.quote) or any(
                    n in cited for n in re.findall(r"\(([A-ZÄÖÜ][a-zäöüß’'\-]+)\)", d.quote))):
                continue    # a citation the sentence gives but whose author is not certain:
                #             an uncredited definition would pass a cited one off as the article's
        d.score = d.count * (1 + d.spread) * (0.25 + _rarity(d.term, lang)) \
            * (1.3 if d.how != "apposition" else 1.0)
        out.append(d)
    out.sort(key=lambda d: (-d.score, d.term.lower()))
    return out[:limit]


_NAME_STOP = {"seine", "seiner", "ihre", "ihrer", "sein", "ihr", "unsere", "diese", "dieser",
              "jene", "eine", "ein", "der", "die", "das", "des", "dem", "den", "zur", "zum",
              "im", "the", "a", "an", "this", "his", "her", "their", "its", "our", "my", "we"}


def implicit_acronyms(sents: list[Sentence], lang: str) -> dict[str, tuple[str, Sentence]]:
    """``{acronym: (long form, its first sentence)}`` for acronyms of three or more
    letters used at least twice (or once, after the long form in the same section)
    whose long form the article prints without brackets: the one run of capitalised
    words (joined by "of", "für", …) whose initials spell the acronym exactly.  Two different runs (inflected German
    forms aside, of which the nominative is kept) leave the acronym out.

    >>> ss = [Sentence(t, "p1", None, i) for i, t in enumerate([
    ...     "The World Trade Organization met.", "The WTO failed.", "Then the WTO met.",
    ...     "Die Deutsche Demokratische Republik entstand.", "In der Deutschen Demokratischen "
    ...     "Republik galt es.", "Die DDR fiel.", "Die DDR blieb.", "Seine Standorttheorie "
    ...     "Soziologie gilt.", "Die SSS und die SSS."])]
    >>> {a: l for a, (l, s) in implicit_acronyms(ss, "de").items()}
    {'WTO': 'World Trade Organization', 'DDR': 'Deutsche Demokratische Republik'}
    >>> sorted(implicit_acronyms(ss, "en"))       # two forms, and English does not inflect
    ['WTO']
    """
    text = " ".join(s.text for s in sents)
    uses = {}
    for m in re.finditer(r"(?<![\w\-])([A-ZÄÖÜ]{3,6})(?![\w\-])", text):
        uses[m.group(1)] = uses.get(m.group(1), 0) + 1
    wanted = set(uses)
    if not wanted:
        return {}
    pos = {id(s): i for i, s in enumerate(sents)}
    once = {}                       # an acronym used once: the sentence it is used in
    for s in sents:
        for m in re.finditer(r"(?<![\w\-])([A-ZÄÖÜ]{3,6})(?![\w\-])", s.text):
            if uses[m.group(1)] == 1:
                once[m.group(1)] = s
    cands: dict[str, dict[str, Sentence]] = {}
    run = re.compile(r"(?<![\w\-])[A-ZÄÖÜ][a-zäöüß’'\-]+(?:\s+(?:(?:of|and|for|on|für|und|zur|"
                     r"von)\s+)?[A-ZÄÖÜ][a-zäöüß’'\-]+){1,6}")
    for s in sents:
        for m in run.finditer(s.text):
            words = m.group(0).split()
            for k in range(len(words) - 1):
                cand = words[k:]
                caps = "".join(w[0] for w in cand if w[:1].isupper())
                if caps in wanted and cand[0].lower() not in _NAME_STOP and \
                        cand[0].lower() not in FUNCTION_WORDS and len(caps) == len(
                            [w for w in cand if w[:1].isupper()]):
                    cands.setdefault(caps, {}).setdefault(" ".join(cand), s)
    out = {}
    for acr, forms in cands.items():
        if len(forms) > 1:
            # German inflection: "Deutsche Demokratische Republik", "Deutschen …": the
            # forms agree but for the adjectives' endings; the one in "-e" is the nominative
            stems = {" ".join(re.sub(r"e[nrsm]?$", "e", w) for w in f.split()[:-1]) +
                     " " + f.split()[-1] for f in forms}
            nom = [f for f in forms if all(w.endswith("e") for w in f.split()[:-1]
                                           if w.lower() not in _JOIN_WORDS_DE)]
            if lang != "de" or len(stems) > 1 or len(nom) != 1:
                continue
            forms = {nom[0]: forms[nom[0]]}
        (long, sent), = forms.items()
        if acr in once and not (sent.section is once[acr].section and
                                pos[id(sent)] < pos[id(once[acr])]):
            continue        # used once: only after its long form in the same section ("the
            #                 EU-Russia Partnership and Cooperation Agreement" … "the new
            #                 PCA"), not a run of capitals that spells it by chance elsewhere
        out[acr] = (long, sent)
    return out


_AUTHOR_DATE = re.compile(r"\((?:see\s+|vgl\.\s+|cf\.\s+)?[A-ZÄÖÜ][\w’'\-]+(?:\s+et\s+al\.)?"
                          r"(?:[/,&]\s*[A-ZÄÖÜ][\w’'\-]+)*,?\s+(?:1[5-9]|20)\d\d[a-z]?")
# a noun naming a person by kin or role: "Willie, the second of two children"
_PERSON_NOUN = re.compile(
    r"\b(?:child|children|son|daughter|brother|sister|mother|father|wife|husband|widow|widower|"
    r"grandmother|grandfather|grandchild|participant|interviewee|respondent|informant|girl|boy|"
    r"woman|man|Tochter|Sohn|Kind|Kinder|Bruder|Schwester|Mutter|Vater|Ehefrau|Ehemann|"
    r"Teilnehmerin|Teilnehmer|Befragte|Befragter)\b")


def _person(term: str, definition: str) -> bool:
    """A one-word name described by kin or role is a person, not a term.

    >>> _person("Willie", "The second of two children."), _person("Altruism", "A behavior.")
    (True, False)
    >>> (_person("Elternzeit", "Die Zeit, in der Mutter oder Vater das Kind betreuen."),
    ...  _person("Anna", "Eine Teilnehmerin aus Leipzig."))
    (False, True)
    """
    if " " in term or not term[:1].isupper() or term.isupper():
        return False
    # the head noun of the description: the word before its first preposition, relative
    # or comma; after a partitive ("the second of two children", "the eldest of the
    # sons") the noun it counts
    words = re.findall(r"[\w’'\-]+|,", definition)
    cut = next((i for i, w in enumerate(words) if w == "," or w.lower() in (
        "of", "in", "at", "from", "with", "for", "who", "that", "which", "von", "aus", "mit",
        "für", "der", "die", "das", "des", "im") and i > 0), len(words))
    head = words[cut - 1] if cut else ""
    if cut < len(words) and words[cut].lower() in ("of", "von", "der") and re.fullmatch(
            r"(?i)first|second|third|fourth|fifth|youngest|eldest|oldest|one|two|three|"
            r"erste|zweite|dritte|jüngste|älteste|eine|einer|eines", head):
        rest = [w for w in words[cut + 1:cut + 5] if w != ","]
        head = next((w for w in rest if w.lower() not in (
            "the", "his", "her", "their", "two", "three", "four", "five", "six", "den", "ihren",
            "seinen", "zwei", "drei", "vier")), "")
    return bool(_PERSON_NOUN.fullmatch(head))


def _misspelt(text: str, lang: str) -> bool:
    """A word of ``text`` unknown to the language whose spelling with one letter
    doubled or undoubled is known: the article's typing slip ("Aperception").

    >>> _misspelt("Thematic Aperception Test.", "en"), _misspelt("Thematic Apperception Test.", "en")
    (True, False)
    >>> _misspelt("Hafenamt Vessa.", "en")
    False
    """
    zl = lang if lang in ("en", "de") else "en"
    for w in re.findall(r"[^\W\d_]{8,}", text):     # (short names: "Vessa", "Vesa")
        lw = w.lower()
        if zipf_frequency(lw, zl) > 0:
            continue
        variants = {lw[:i] + lw[i] + lw[i:] for i in range(1, len(lw))} | \
            {lw[:i] + lw[i + 1:] for i in range(1, len(lw)) if lw[i] == lw[i - 1]}
        if any(zipf_frequency(v, zl) >= 1.5 for v in variants):
            return True
    return False


def german_nominative(long: str, sent: str, body: str) -> str | None:
    """The name ``long`` (expanding an acronym in ``sent``) in the nominative:
    after an oblique article ("der Deutschen Forschungsgemeinschaft", "des
    Hochschulrahmengesetzes") the form the article prints elsewhere (``body``),
    or None when it prints none; uninflected names as they are.

    >>> german_nominative("Hochschulrahmengesetzes", "Die Novelle des Hochschulrahmengesetzes (HRG)",
    ...                   "Das Hochschulrahmengesetz galt.")
    'Hochschulrahmengesetz'
    >>> german_nominative("Deutschen Forschungsgemeinschaft", "mit der Deutschen "
    ...                   "Forschungsgemeinschaft (DFG)", "Die DFG fördert.")
    'Deutsche Forschungsgemeinschaft'
    >>> german_nominative("Hochschulrahmengesetzes", "Die Novelle des Hochschulrahmengesetzes "
    ...                   "(HRG)", "Das HRG galt.")
    'Hochschulrahmengesetz'
    >>> german_nominative("Deutschen Bundestages", "ein Beschluss des Deutschen Bundestages "
    ...                   "(DB)", "") is None
    True
    >>> german_nominative("Neuen Wege", "mit der Neuen Wege (NW)", "") is None
    True
    >>> german_nominative("Deutschen Gesellschaft für Soziologie", "in der Deutschen "
    ...                   "Gesellschaft für Soziologie (DGS)", "")
    'Deutsche Gesellschaft für Soziologie'
    >>> german_nominative("Gemeinsame Wissenschaftskonferenz", "Die Gemeinsame "
    ...                   "Wissenschaftskonferenz (GWK) hat", "")
    'Gemeinsame Wissenschaftskonferenz'
    """
    m = re.search(r"(?:^|\s)(?P<det>[\wäöüÄÖÜß]+)\s+" + re.escape(long) + r"\s*\(", sent)
    det = m.group("det").lower() if m else ""
    words = long.split()
    options: list[list[str]] = []
    for i, w in enumerate(words):
        opts = [w]
        if i < len(words) - 1 and det in ("der", "des", "dem", "den", "einer", "eines", "einem") \
                and re.fullmatch(r"[A-ZÄÖÜa-zäöü][a-zäöüß]+en", w):
            opts = [w[:-1], w[:-2] + "er", w[:-2] + "es"]         # "Deutschen" -> "Deutsche"
        if i == len(words) - 1 and det in ("des", "eines") and re.fullmatch(r"\w+[^s]e?s", w):
            opts = [w[:-2], w[:-1]] if w.endswith("es") else [w[:-1]]   # genitive -es/-s
        options.append(opts)
    if all(len(o) == 1 for o in options):
        return long
    for combo in itertools.product(*options):
        cand = " ".join(combo)
        if re.search(rf"(?<![\w\-]){re.escape(cand)}(?![\w\-])", body):
            return cand
    # no form printed elsewhere: the grammar decides where it is certain.  A feminine
    # head noun ("-gemeinschaft", "-konferenz") after "der"/"einer" keeps its form and
    # its adjectives end in "-e" ("der Deutschen Forschungsgemeinschaft" -> "Deutsche
    # Forschungsgemeinschaft"); a genitive head noun of a known kind with no adjective
    # before it loses its ending ("des Hochschulrahmengesetzes" -> "Hochschulrahmengesetz")
    last = words[-1]
    k = next((i for i, w in enumerate(words) if w.lower() in _JOIN_WORDS_DE), len(words))
    if det in ("der", "einer") and 0 < k and re.search(_FEMININE_HEAD, words[k - 1]) and all(
            re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+en", w) for w in words[:k - 1]):
        out, head = [], True
        for i, w in enumerate(words):
            if i > 0 and words[i - 1].lower() in _JOIN_WORDS_DE:
                head = False           # "für Raumforschung": the name's complement, as it is
            out.append(w[:-1] if head and i < k - 1 else w)
        return " ".join(out)
    g = re.fullmatch(rf"(?P<stem>\w+?(?:{_GENITIVE_HEAD}))(?:es|s)", last)
    if det in ("des", "eines") and g and len(words) == 1:
        return g.group("stem")
    return None


_JOIN_WORDS_DE = {"für", "der", "des", "und", "von", "zur", "zum", "im", "in", "am"}
_FEMININE_HEAD = (r"(?:schaft|ung|heit|keit|ion|tät|konferenz|kammer|anstalt|behörde|stiftung|"
                  r"agentur|kommission|vereinigung|union|partei|gesellschaft|akademie|"
                  r"universität|hochschule|versammlung|vereinbarung|verordnung)$")
_GENITIVE_HEAD = (r"gesetz|vertrag|amt|institut|rat|ministerium|zentrum|programm|bund|verband|"
                  r"werk|gericht|parlament|abkommen|komitee|kollegium|archiv|büro|statut")


def _headword_case(term: str, body: str, lang: str) -> str:
    """The headword as the article writes it inside a sentence: a capital that
    only comes from a sentence start is lowered ("Category of work" when the
    article writes "category of work", or never writes it capitalised mid-sentence
    and it is an English common word).

    >>> _headword_case("Individual accounts", "We read them. Individual accounts are "
    ...                "stories. The individual accounts vary.", "en")
    'individual accounts'
    >>> _headword_case("Kompetenz", "Die Kompetenz wächst. Kompetenz ist Wissen.", "de")
    'Kompetenz'
    >>> _headword_case("Altruism", "A type is “altruism.” Altruism is a gift.", "en")
    'altruism'
    >>> _headword_case("Party family", "Party family is old. The Party family EPP.", "en")
    'Party family'
    """
    first = term.split()[0]
    if not first[:1].isupper() or re.fullmatch(_ACRO, first) or len(first) < 2 or \
            first[1:2].isupper():
        return term
    lower = term[0].lower() + term[1:]
    for m in re.finditer(rf"(?<![\w\-]){re.escape(term)}(?![\w\-])", body):
        before = body[:m.start()].rstrip()
        if re.search(r"[.!?][”’\"»)\]]+$", before):
            continue             # after a sentence that ends inside quotes: "… “altruism.” Altruism …"
        if before and before[-1] not in ".!?:;„“‘\"'(»[–—•":
            return term          # capitalised inside a sentence: a name
    if re.search(rf"(?<![\w\-]){re.escape(lower)}(?![\w\-])", body) or lang == "en" and \
            zipf_frequency(first.lower(), "en") >= 3.0:
        return lower
    return term


# English plurals that are no plural of a headword's base form
_PLURAL_KEEP = {"means", "news", "series", "species", "politics", "economics", "ethics",
                "physics", "statistics", "mathematics", "arms", "goods", "customs", "thanks",
                "headquarters", "savings", "earnings", "outskirts", "premises", "remains",
                "surroundings", "belongings", "proceedings", "whereabouts", "crossroads",
                "humanities", "damages", "manners", "minutes", "relations", "affairs", "studies",
                "rights", "sciences", "arts", "letters", "forces", "troops", "authorities"}
_PLURAL_IRREGULAR = {"phenomena": "phenomenon", "criteria": "criterion", "analyses": "analysis",
                     "hypotheses": "hypothesis", "theses": "thesis", "crises": "crisis",
                     "bases": "basis", "men": "man", "women": "woman", "children": "child",
                     "people": "people", "data": "data", "media": "media"}


def _singular(term: str) -> str:
    """An English headword in its base form when its last word is a plural
    ("group motivation gain phenomena" → "… phenomenon", "dock quotas" → "dock
    quota", "policies" → "policy"); a name (a capital inside), a word with no
    singular in use ("politics", "means", "human rights": a field or a fixed
    phrase) or a word that only looks plural ("process", "consensus") is kept.

    >>> [_singular(t) for t in ("group motivation gain phenomena", "dock quotas",
    ...  "statists", "policies", "matches", "social policy", "consensus", "process",
    ...  "human rights", "politics", "United States", "analysis", "unmanned aerial vehicles")]
    ['group motivation gain phenomenon', 'dock quota', 'statist', 'policy', 'match', 'social policy', 'consensus', 'process', 'human rights', 'politics', 'United States', 'analysis', 'unmanned aerial vehicle']
    """
    words = term.split()
    last = words[-1] if words else ""
    if not last.isalpha() or not last.islower() or len(last) < 4 or \
            any(w[:1].isupper() for w in words[1:]) or last in _PLURAL_KEEP:
        return term
    if last in _PLURAL_IRREGULAR:
        base = _PLURAL_IRREGULAR[last]
    elif last.endswith("ies") and len(last) > 4:
        base = last[:-3] + "y"
    elif re.search(r"(?:ss|x|ch|sh|z)es$", last):
        base = last[:-2]
    elif last.endswith("s") and not re.search(r"(?:ss|us|is|ics|ous|ness|sis)$", last):
        base = last[:-1]
    else:
        return term
    if base == last or zipf_frequency(base, "en") <= 0:
        return term
    return " ".join([*words[:-1], base])


# the author a definition is credited to: "Weinert (2001) definiert …", "the definition
# given by Nuttin (1980)", or the one author-date citation of the sentence
_NAMES = (r"[A-ZÄÖÜ][\w’'\-]+(?:\s+(?:[A-ZÄÖÜ][\w’'\-]+))?(?:\s*(?:/|&|,|\s+and|\s+und)\s*"
          r"[A-ZÄÖÜ][\w’'\-]+)*(?:\s+et\s+al\.)?")
_YEAR = r"(?:1[6-9]|20)\d\d[a-z]?"
_PAGES = r"(?:\s*(?::|,\s*(?:p|pp|S)\.)\s*[\d–\-f.]+)?"
_CREDIT_SUBJECT = re.compile(
    rf"(?:^(?:(?:Moreover|Furthermore|However|Similarly|Likewise|Indeed|Thus|Hence|Later|"
    rf"Recently|Also|In addition|Finally|Zudem|Außerdem|Jedoch|Ebenso|Später),?\s+)?"
    rf"(?:(?:Following|After|Like|In line with|Nach|Gemäß|Wie|Mit)\s+(?=\S+(?:\s+et\s+al\.)?\s+\())?|"
    rf"(?:definition|Definition)\s+(?:given\s+|proposed\s+)?(?:by|of|von)\s+)"
    rf"(?P<n>{_NAMES})\s+\((?P<y>{_YEAR}{_PAGES})\)")
_BY_NAME = re.compile(rf"^By\s+[^,]{{2,60}},\s+(?P<n>[A-Z][\w’'\-]+(?:\s+(?:and|&)\s+[A-Z][\w’'\-]+|"
                      rf"\s+et al\.)?)(?:\s+\((?P<y>{_YEAR}{_PAGES})\))?\s+(?:means|meant|understands|"
                      rf"understood|refers to|referred to)\s")
_CREDIT_CITE = re.compile(rf"[(;]\s*(?:(?:vgl|see|cf|siehe)\.?\s+)?(?P<n>{_NAMES}),?\s+"
                          rf"(?P<y>{_YEAR}{_PAGES})(?=[;,)\s])")


_CONCLUDING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:conclu|concluding|summary|final\s+remarks|"
                         r"closing\s+remarks|fazit|schluss|resümee|zusammenfassung|ausblick)", re.I)


def _open_quotation(quote: str, definition: str) -> bool:
    """The definition's words open a quotation the sentence does not close."""
    core = definition.rstrip(".")[:40]
    i = quote.find(core[1:]) if core else -1
    if i <= 0:
        return False
    before, after = quote[:i - 1].rstrip()[-2:], quote[i:]
    opens = re.search(r"[“\"„»‘]$", before.rstrip(" " + core[:1]))
    return bool(opens) and not re.search(r"[”\"“«’]", after.replace("’s", ""))


_CLOSE_CITE = re.compile(r"[”\"“«’]\s*[\[(](?P<n>[A-ZÄÖÜ][\w’'\-]+(?:\s+et al\.)?),?\s+"
                         rf"(?P<y>{_YEAR})(?:[:,]\s*(?:p\.\s*|S\.\s*)?(?P<p>[\d–\-]+))?[\])]")


def _closing_credit(quote: str, block: list[str]) -> str:
    """The citation right after the quotation the sentence ``quote`` opens
    closes, in its paragraph ("… a principle" [Lazarus, 1998: 12]), as
    "Lazarus 1998: 12"; empty when the paragraph has none.

    >>> _closing_credit("It is a 'word': \u201ca word of strife.", ["It is a 'word': "
    ...     "\u201ca word of strife.", "It divides\u201d [Lazarus, 1998: 12]."])
    'Lazarus 1998: 12'
    >>> _closing_credit("It is a 'word': \u201ca word of strife.", ["It is a 'word': "
    ...     "\u201ca word of strife.", "It divides.\u201d"])
    ''
    """
    try:
        start = block.index(quote)
    except ValueError:
        return ""
    rest = " ".join(block[start:start + 6])
    m = _CLOSE_CITE.search(rest)
    if not m:
        return ""
    return f"{m.group('n')} {m.group('y')}" + (f": {m.group('p')}" if m.group("p") else "")


def _paragraph_source(quote: str, block: list[str]) -> str:
    """The one work a paragraph closes on ("… mediation (André, 2010).") when the
    defining sentence and those between it and the close cite nothing else: a
    citation at a paragraph's end is the source of the paragraph.

    >>> _paragraph_source("X may be defined as a process.", ["X may be defined as a process.",
    ...     "It may take place in many forms (André, 2010)."])
    'André 2010'
    >>> _paragraph_source("X may be defined as a process.", ["X may be defined as a process.",
    ...     "Others disagree (Smith 2001).", "It may take place in many forms (André, 2010)."])
    ''
    >>> _paragraph_source("X is a process.", ["X is a process.", "Y is a thing."])
    ''
    >>> _paragraph_source("X is a mechanism.", ["X is a mechanism.", "However, as Offe "
    ...     "(1985) has shown, unions need duty (Offe 1985: 183)."])
    ''
    """
    try:
        i = block.index(quote)
    except ValueError:
        return ""
    after = block[i + 1:]
    if not after or any(re.search(rf"(?<!\d){_YEAR}(?!\d)", t) for t in after[:-1]):
        return ""
    last = after[-1]
    if not re.search(rf"\((?:[^()]*\(|[^()])*{_YEAR}{_PAGES}\)\.?\s*$", last):
        return ""
    if re.search(rf"(?<!\d){_YEAR}(?!\d)", re.sub(r"\([^()]*\)\.?\s*$", "", last)):
        return ""       # "However, as Offe and Wiesenthal (1985) have shown, … (Offe/
        #                 Wiesenthal 1985: 183).": the close cites the sentence's own claim,
        #                 which it credits by name, not the paragraph
    return credited_to(re.sub(r"^.*(?=\([^()]*\)\.?\s*$)", "", last))


def _credited_by_name(quote: str, cited) -> str:
    """A cited author named in the text without an author-date citation: the name
    in brackets after a term ("value rationality (Weber)"), when it is the one such
    name; or the name a year-only citation follows ("as Seyla Benhabib so aptly
    phrases it (2002: 125)"), with that year."""
    if not _CREDIT_CITE.search(quote):
        bare = {n for n in re.findall(r"\(([A-ZÄÖÜ][a-zäöüß’'\-]+)\)", quote) if n in cited}
        if len(bare) == 1 and not re.search(rf"(?<!\d){_YEAR}(?!\d)", quote):
            return bare.pop()
    years = list(re.finditer(rf"\((?P<y>{_YEAR}{_PAGES})\)", quote))
    if not years or len({y.group("y") for y in years}) != 1:
        return ""
    before = quote[:years[0].start()]
    names = [n for n in re.finditer(r"(?<![\w\-])([A-ZÄÖÜ][\w’'\-]+)(?![\w\-])", before)
             if n.group(1) in cited]
    if not names or re.search(r"[()]", before[names[-1].end():]) or \
            len(before) - names[-1].end() > 60:
        return ""
    year = re.sub(r",\s*(?:p|pp|S)\.\s*", ": ", years[0].group("y").strip())
    return f"{names[-1].group(1)} {year}"


# a cited author named as the one who lays out a scheme the article then explains
# ("Willke unterscheidet … vier verschiedene Ebenen …: … die Paradigmen des
# Lernens", "Erikson (1963) distinguishes eight stages …")
_SCHEME_VERB = (r"(?:unterscheide[nt]|unterschied|differenzier(?:t|en)|identifizier(?:t|en)|"
                r"beschreib(?:t|en)|benenn(?:t|en)|nenn(?:t|en)|schläg(?:t)\s+[^.]{0,80}\svor|"
                r"distinguish(?:es|ed)?|differentiat(?:es|ed)|identif(?:ies|ied)|propos(?:es|ed)|"
                r"describ(?:es|ed)|outlin(?:es|ed)|list(?:s|ed)|nam(?:es|ed)|suggest(?:s|ed)|"
                r"postulat(?:es|ed)|defin(?:es|ed)|introduc(?:es|ed)|develop(?:s|ed))")
_SCHEME = re.compile(rf"^(?:[A-Z][a-z]+,?\s+)?(?P<n>[A-ZÄÖÜ][\w’'\-]+(?:\s+(?:et\s+al\.|"
                     rf"(?:and|und|&)\s+[A-ZÄÖÜ][\w’'\-]+))?)(?:\s+\((?P<y>{_YEAR}){_PAGES}\))?"
                     rf"\s+(?:(?:in\s+diesem\s+Zusammenhang|hier|here|therefore|also|auch)\s+)?"
                     rf"{_SCHEME_VERB}\b")


def scheme_source(term: str, quote: str, earlier: list[str], cited=frozenset()) -> str:
    """The cited author whose scheme a definition explains: a sentence of the
    same section before it (``earlier``, nearest last) whose subject is a cited
    author who distinguishes, describes or proposes something and which names
    the term; with the year of that author's nearest citation before it.  Empty
    when there is none, or when the defining sentence credits someone itself.

    >>> scheme_source("Paradigmen des Lernens", "Auf der vierten Ebene sind die Paradigmen des "
    ...     "Lernens verortet, d. h. die Vorstellungen, die …", ["Dies erfordert Maßnahmen "
    ...     "(vgl. Willke 2001: 41ff.).", "Willke unterscheidet in diesem Zusammenhang vier "
    ...     "Ebenen: die Inhalte und die gesellschaftlich vorherrschenden Paradigmen des Lernens."],
    ...     {"Willke"})
    'Willke 2001'
    >>> scheme_source("stage", "The first stage is trust.", ["Erikson (1963) distinguishes "
    ...     "eight stages of life."], {"Erikson"})
    'Erikson 1963'
    >>> scheme_source("stage", "The first stage is trust.", ["We distinguish eight stages."],
    ...               {"Erikson"})
    ''
    """
    low = term.lower()
    stem = low[:-1] if low.endswith("s") else low
    for i in range(len(earlier) - 1, -1, -1):
        sent = earlier[i]
        if stem not in sent.lower():
            continue
        m = _SCHEME.match(sent)
        if m is None or m.group("n").split()[0] not in cited:
            continue
        name, year = m.group("n"), m.group("y")
        if not year:
            first = re.escape(name.split()[0])
            for prior in [sent, *reversed(earlier[:i])]:
                y = re.search(rf"{first}(?:\s+et\s+al\.)?,?\s+\(?({_YEAR})\b", prior)
                if y:
                    year = y.group(1)
                    break
        return f"{name} {year}" if year else name
    return ""


def credited_to(quote: str, cited: set[str] | frozenset = frozenset()) -> str:
    """The cited author (and year, page) the article credits a definition to, as
    the sentence names it: its subject ("Weinert (2001) definiert …"), the author
    of "the definition given by N (1980)", or the one author-date citation of the
    sentence ("(vgl. Kreckel 1992: 55)").  Empty when the sentence names none, or
    more than one work (whose is the definition is then not certain).

    >>> credited_to("Kreckel versteht darunter das Phänomen »der Exklusivität« (vgl. Kreckel 1992: 55).")
    'Kreckel 1992: 55'
    >>> credited_to("Weinert (2001) definiert Kompetenz als die Fähigkeit, Probleme zu lösen.")
    'Weinert 2001'
    >>> credited_to("Weinert (2001) definiert Kompetenz als „die Fähigkeit“ (Weinert 2001: 27).")
    'Weinert 2001: 27'
    >>> credited_to("According to the definition given by Nuttin (1980), this orientation is …")
    'Nuttin 1980'
    >>> credited_to("The notion of “family habitus” (Bourdieu 1990) denotes a set of dispositions (ibid.).")
    'Bourdieu 1990'
    >>> credited_to("It is ‘all future representations’ (Bouffard, 1993, author’s translation).")
    'Bouffard 1993'
    >>> credited_to("„Kompetenz ist das Wissen“ (Metz-Göckel/Roloff 2002: 8).")
    'Metz-Göckel/Roloff 2002: 8'
    >>> credited_to("Moreover, Strathman et al. (1994) developed a dimension, which deals "
    ...             "with ‘the extent to which …’.")
    'Strathman et al. 1994'
    >>> credited_to("Following Weber (1922), we define closure as the process of exclusion.")
    'Weber 1922'
    >>> credited_to("By habitus, Bourdieu (1990) means a system of dispositions.")
    'Bourdieu 1990'
    >>> credited_to("By habitus, Bourdieu means a system of dispositions.")
    'Bourdieu'
    >>> credited_to("X is a norm (Smith 2001; Jones 2003).")
    ''
    >>> credited_to("Studies (e.g. Erev, Bornstein, & Galili, 1993; Kerr & MacCoun, 1984) "
    ...             "documented gains (i.e. higher motivation in groups).")
    ''
    >>> credited_to("By cooperation I refer to a set of reciprocal promises.")
    ''

    With the cited authors known, a name the sentence gives without a year (the
    term's coiner, "value rationality (Weber), i.e., …") or a year whose author
    the sentence names ("as Seyla Benhabib puts it. By this she means … (2002: 125)"):

    >>> credited_to("value rationality (Weber), i.e., the belief in the value of an action.",
    ...             {"Weber"})
    'Weber'
    >>> credited_to("a plant agreement (Betriebsvereinbarung), i.e., a contract.", {"Weber"})
    ''
    >>> credited_to("‘moral casuistry’ (Carens, 2000), as Seyla Benhabib so aptly phrases it "
    ...             "(2002: 125). By this she means the risk (2002: 125).", {"Benhabib", "Carens"})
    'Benhabib 2002: 125'
    >>> credited_to("By this she means the risk (2002: 125).", {"Benhabib", "Carens"})
    ''
    """
    m = _CREDIT_SUBJECT.search(quote)
    b = _BY_NAME.match(quote)
    if b is not None and not _CREDIT_CITE.search(quote[b.end():]):
        # "By habitus, Bourdieu (1990) means …": the name the definition is given by
        year = re.sub(r",\s*(?:p|pp|S)\.\s*", ": ", (b.group("y") or "").strip())
        return normalize_space(f"{b.group('n')} {year}")
    if m is None:
        cites = {(c.group("n"), c.group("y")) for c in _CREDIT_CITE.finditer(quote)}
        if len(cites) != 1 or len(re.findall(rf"(?<!\d){_YEAR}(?!\d)", quote)) != 1 or \
                re.search(r"\((?:e\.\s?g\.|z\.\s?B\.)", quote):
            return _credited_by_name(quote, cited) if cited and not re.search(
                r"\((?:e\.\s?g\.|z\.\s?B\.)", quote) else ""
            #               several works, or examples: whose definition it is is not certain
        name, year = cites.pop()
    else:
        name, year = m.group("n"), m.group("y")
        for c in _CREDIT_CITE.finditer(quote[m.end():]):
            if c.group("n").split()[0] == name.split()[0] and \
                    c.group("y").startswith(year.strip()) and len(c.group("y")) > len(year):
                year = c.group("y")     # "Weinert (2001) definiert … (Weinert 2001: 27)":
                break                   # the page the closing citation adds
    year = re.sub(r",\s*(?:p|pp|S)\.\s*", ": ", year.strip())
    return normalize_space(f"{name.rstrip(',')} {year}")


def _german_lemma(term: str, quote: str, body: str) -> str:
    """A German headword in the nominative when the defining sentence has it in
    another case ("Unter Kontingentflüchtlingen versteht man …", "Mit sozialer
    Gerechtigkeit ist … gemeint") and the article prints the nominative form
    elsewhere: a noun's dative plural -n dropped, an adjective's ending after a
    preposition or article made that of the nominative.  Left as it is when the
    article never prints another form.

    >>> _german_lemma("Kontingentflüchtlingen", "Unter Kontingentflüchtlingen versteht man …",
    ...               "Kontingentflüchtlinge kamen 1973.")
    'Kontingentflüchtlinge'
    >>> _german_lemma("sozialer Gerechtigkeit", "Unter sozialer Gerechtigkeit versteht man …",
    ...               "Die soziale Gerechtigkeit bleibt umstritten.")
    'soziale Gerechtigkeit'
    >>> _german_lemma("Duldung", "Unter Duldung versteht man …", "Die Duldung blieb.")
    'Duldung'
    >>> _german_lemma("Studenten", "Unter Studenten versteht man …", "Die Studenten kamen.")
    'Studenten'
    >>> _german_lemma("Sozialer Schließung", "Mit sozialer Schließung ist … gemeint",
    ...               "Später wuchs die soziale Schließung.")      # (a headword capitalised)
    'soziale Schließung'
    """
    if term[:1].isupper() and " " in term and re.search(
            rf"(?<![\w\-]){re.escape(term[:1].lower() + term[1:])}(?![\w\-])", quote):
        term = term[:1].lower() + term[1:]     # an adjective, capitalised as a headword
    words = term.split()
    if not words or len(words) > 4 or not re.search(
            rf"(?<![\w\-])(?:[Uu]nter|[Mm]it|[Vv]on|[Bb]ei|[Zz]u|[Aa]us|[Nn]ach|des|dem|den|der|"
            rf"zur|zum|im|einer|eines|einem)\s+(?:(?:dem|der|den|des)\s+)?(?:Begriff(?:e?s)?\s+"
            rf"(?:der|des)\s+)?[„“\"»]?{re.escape(term)}(?![\w\-])", quote):
        return term
    options = []
    for i, w in enumerate(words):
        alts = [w]
        if i == len(words) - 1 and w[:1].isupper() and len(w) > 4 and w.endswith("n"):
            alts.append(w[:-1])                         # dative plural: -n
        elif i < len(words) - 1 and w[:1].islower() and re.search(r"(?:er|en|em|es)$", w):
            stem = w[:-2]
            alts += [stem + e for e in ("e", "er", "es") if stem + e != w]
        options.append(alts)
    forms = [""]
    for alts in options:
        forms = [f"{f} {a}".strip() for f in forms for a in alts]
    for f in forms[1:]:
        if re.search(rf"(?<![\w\-]){re.escape(f)}(?![\w\-])", body, re.I if f[:1].islower()
                     else 0):
            return f
    return term


def _side_sentences(reading: model.Reading, lang: str) -> list[Sentence]:
    """Sentences of the notes (evidence: the note) and of the abstract in the
    reading's language (evidence: the article's start, the page it is printed
    on): an acronym or a term is often defined there first.  Only the body's
    sentences count a term's uses.

    >>> r = model.Reading("x", model.Metadata(languages=["en"]),
    ...     abstracts=[model.Abstract("en", "", [model.Text("We study the HLO. It works.")]),
    ...                model.Abstract("de", "", [model.Text("Wir untersuchen es.")])],
    ...     footnotes=[model.Footnote(2, [model.Text("Levy is a due.")])])
    >>> [(s.text, s.block) for s in _side_sentences(r, "en")]
    [('We study the HLO.', 'start'), ('It works.', 'start'), ('Levy is a due.', 'note-2')]
    """
    abstract, notes = model.Section("abstract", "Abstract"), model.Section("notes", "Notes")
    out: list[Sentence] = []
    for a in reading.abstracts:
        if (a.lang or lang).split("-")[0].lower() == lang:
            for t in split_sentences(normalize_space(model.plain_text(a.inlines))):
                out.append(Sentence(t, "start", abstract, -1))
    for f in reading.footnotes:
        for t in split_sentences(normalize_space(model.plain_text(f.inlines))):
            out.append(Sentence(t, f.id, notes, -1))
    for k in getattr(getattr(reading, "meta", None), "keywords", None) or []:
        if re.search(rf"\({_ACRO}\)\s*$", str(k)):
            # a keyword with its acronym ("European Union (EU)"): defined at the start
            out.append(Sentence(normalize_space(str(k)), "start", abstract, -1))
    return out


_BRACKET_CITE = re.compile(r"[\[(;]\s*(?P<names>[A-ZÄÖÜ][\w’'\-]+(?:(?:,\s*|\s+(?:and|&|und)\s+)"
                           r"[A-ZÄÖÜ][\w’'\-]+)*)(?:\s+et\s+al\.?)?,?\s+(?:1[5-9]|20)\d\d[a-z]?"
                           r"(?=[\]);,:\s])")


def cited_names(reading: model.Reading) -> set[str]:
    """The surnames a term must not be: the cited authors (:func:`cited_surnames`),
    authors cited in square brackets or after a semicolon ("[Womack et al., 1990]"),
    and the article's own authors (in any case: "ANDREW R. TODD").

    >>> r = model.Reading("x", model.Metadata(authors=["Andrew R. Todd"]), sections=[
    ...     model.Section("s", "S", [model.Block("p", [model.Text(
    ...         "It fits teamwork [Womack et al., 1990; Sandberg and Lazarus, 1995].")])])])
    >>> sorted(cited_names(r) & {"Womack", "Sandberg", "Lazarus", "Todd", "§TODD", "§ANDREW"})
    ['Lazarus', 'Sandberg', 'Todd', 'Womack', '§ANDREW', '§TODD']
    """
    names = set(cited_surnames(reading))
    for s in sentences(reading):
        for m in _BRACKET_CITE.finditer(s.text):
            names.update(n for n in re.split(r",\s*|\s+(?:and|&|und)\s+", m.group("names")) if n)
    for a in getattr(reading.meta, "authors", None) or []:
        for w in re.findall(r"[A-ZÄÖÜ][\w’'\-]{2,}", str(a)):
            names.update({w, "§" + w.upper()})     # "§TODD": the name set in capitals
    return names


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
                   r"Simply put|Put simply|Formally|By definition|In what follows|Throughout|"
                   r"(?:In|For|Throughout)\s+(?:the\s+(?:purposes?|context)\s+of\s+)?(?:this|the present|"
                   r"our)\s+(?:article|paper|study|chapter|essay|analysis|context|sense|section|"
                   r"book|report)|For (?:our|present) purposes|Erstens|Zweitens|Drittens|"
                   r"Schließlich|Kurz gesagt|Mit anderen Worten),\s+(?=[A-Za-zÄÖÜäöü])")

# the definition the article adopts, credited: "According to the definition given by
# Nuttin, this temporal orientation is …" (the subject is the term it defines)
_DEFINITION_LEAD = re.compile(
    r"^(?:According to|Following|In|Using|After)\s+(?:the|a|his|her|their|its|our)\s+"
    r"(?:\w+\s+)?definition(?:\s+(?:given|proposed|offered|used)\s+by|\s+(?:by|of))?"
    r"(?:\s+[A-Z][\w’'\-]+(?:\s+(?:and|&)\s+[A-Z][\w’'\-]+|\s+et al\.)?)?,\s+"
    r"(?:(?:this|that|the)\s+(?=[a-z]))?")

_NOT_PROSE = re.compile(r"acknowledg|funding|about the authors?|notes on contributors|"
                        r"contributors|author information|danksagung|zu den autor|"
                        r"zur autorin|zum autor|kontakt|contact", re.I)


def _lower_first(d: str) -> str:
    """``d`` to follow a colon: its first word in lower case when it is an
    article or a defining verb (a name or a German noun keeps its capital).

    >>> _lower_first("A standardized interview."), _lower_first("European survey.")
    ('a standardized interview.', 'European survey.')
    """
    first = d.split()[0] if d.split() else ""
    if first.lower() in _DET_WORDS or first.lower() in (
            "refers", "represents", "occurs", "means", "denotes", "describes", "stands",
            "signifies", "designates", "bezeichnet", "bedeutet", "meint"):
        return d[:1].lower() + d[1:]
    return d


def _prep(text: str) -> str:
    """A sentence made ready for the patterns: numbered citations left out
    ("The ADOS [17] is …"), doubled single quotes and a low-high quote pair
    written as the double quotes they stand for.

    >>> _prep("The ADOS [17] is a ‘‘semi-structured’’ assessment [3, 18–20].")
    'The ADOS is a “semi-structured” assessment.'
    >>> _prep("the notion of „democracy‟ [2, p. 180]")
    'the notion of „democracy“'
    >>> _prep("„Kompetenz ist das Wissen“ (Metz-Göckel/Roloff 2002: 8).")
    '„Kompetenz ist das Wissen“.'
    """
    text = re.sub(r"\s*\[(?:e\.\s?g\.\s*)?\d+(?:\s*[,;–-]\s*(?:p{1,2}\.\s*)?\d+)*\]", "", text)
    text = re.sub(r"„([^„‟“”\"]{1,80})‟", r"„\1“", text.replace("‘‘", "“").replace("’’", "”"))
    # a citation closing the sentence that the author-date reader left ("(Metz-Göckel/Roloff 2002: 8).")
    text = re.sub(r"\s*\((?:vgl\.\s+|see\s+)?[A-ZÄÖÜ][\w’'\-]+(?:[/,&]\s*[A-ZÄÖÜ][\w’'\-]+)*\s+"
                  r"(?:1[5-9]|20)\d\d[a-z]?(?::\s*[\d–-]+)?\)(?=\.?$)", "", text)
    return text


# a sentence that explains the term the sentence before it named: "By this she
# means …", "Kreckel versteht darunter …", "Damit ist … gemeint"
_FOLLOW = {
    "en": re.compile(r"^By\s+(?:this|that|it|the\s+term|this\s+term)\s+(?:[A-Z][\w’'\-]+|he|she|"
                     r"they|we|I|the\s+authors?)\s+(?:means?|understands?|refers?\s+to)\s+"
                     r"(?P<def>(?:the|a|an|that)\s.+)$"),
    "de": re.compile(r"^(?:(?:[A-ZÄÖÜ][\w’'\-]+|Er|Sie|Wir|Man)\s+(?:versteht|verstehen)\s+darunter|"
                     r"Darunter\s+(?:versteht|verstehen)\s+(?:[A-ZÄÖÜ][\w’'\-]+|er|sie|wir|man))\s+"
                     r"(?P<def>(?:die|der|das|den|ein|eine|einen)\s.+)$"),
}
# "Damit ist die … gemeint", "Gemeint ist damit die …"; "This term refers to the …",
# "By this is meant the …": the one quoted term of the sentence before
_FOLLOW_MEANT = {
    "en": re.compile(r"^(?:This|The)\s+(?:term|concept|notion|label|expression)\s+(?:refers\s+to|"
                     r"denotes|means|describes|designates)\s+(?P<def>(?:the|a|an)\s.+)$|"
                     r"^By\s+(?:this|that|the\s+term)\s+is\s+meant\s+(?P<def2>(?:the|a|an)\s.+)$"),
    "de": re.compile(r"^(?:Damit|Hiermit|Darunter)\s+(?:ist|sind|wird|werden)\s+(?:hier\s+)?"
                     r"(?P<def>(?:die|der|das|den|ein|eine|einen)\s.+?)\s+(?:gemeint|verstanden|"
                     r"bezeichnet)\.?$|^Gemeint\s+(?:ist|sind)\s+(?:damit|hier|hiermit)\s+"
                     r"(?P<def2>(?:die|der|das|ein|eine)\s.+)$"),
}
_FOLLOW_IT = {"en": re.compile(r"^It\s+(?P<v>is)\s+(?P<def>(?:a|an)\s.+)$"),
              "de": re.compile(r"^(?:Es|Sie|Er)\s+(?P<v>ist)\s+(?P<def>(?:ein|eine)\s.+)$")}
_QUOTED = re.compile(r"[‘“»„›«‚\"](?P<x>[^‘’“”»«„›‹\"]{3,60}?)[’”«“‹»‘\"]")
# the sentence before names its one quoted term as a term ("Bezeichnet man einen Begriff
# als „Kampfbegriff”, ist damit mehr gemeint …", "Critics call this “market
# globalism”, …"); the next says what it is: "Es ist der Vorwurf …", "It is the …"
_NAMING = {"en": re.compile(r"\b(?:call(?:s|ed)?|term(?:s|ed)?|label(?:s|led|ed)?|dubb(?:s|ed)|"
                            r"known\s+as|refer(?:s|red)?\s+to\s+\w+\s+as|by\s+which\s+\w+\s+"
                            r"means?)\b"),
           "de": re.compile(r"\b(?:[Bb]ezeichne\w*|nenn\w*|genannt|sprich\w*\s+von|"
                            r"sprechen\s+von|gemeint|Begriff|Terminus)\b")}
# the sentence before speaks of the act of naming something so ("Bezeichnet man einen
# Begriff als „Kampfbegriff“, …", "Calling a policy ‘populist’ …"): the "it" after it is
# that act ("Es ist der Vorwurf …": calling a term so is the accusation), not the term
_NAMING_ACT = re.compile(r"\b(?:[Bb]ezeichnet|[Nn]ennt|[Bb]enennt)\s+man\b|\b[Ww]enn\s+(?:man|wir)\b|"
                         r"^(?:Calling|Labell?ing|Dubbing)\b|"
                         r"\b[Ii]f\s+(?:one|we|you|someone)\s+(?:calls?|labels?|terms?)\b|"
                         r"\b(?:einen|eine|ein|etwas)\s+(?:[A-ZÄÖÜ]\w+\s+)?als\s+[„“»\"‚]|"
                         r"\b(?:something|a\s+(?:term|word|concept|policy|person|thing))\s+"
                         r"(?:as\s+)?(?:a\s+|an\s+)?[‘“\"]")
# "… I want to call “Trojan altruism.” This is not a type of moral behavior, but refers
# to the strategic use …"
_FOLLOW_NAMED_REFERS = {"en": re.compile(r"^(?:It|This)\s+(?:is\s+not\s+[^,;]{3,60},?\s+but\s+)?"
                                         r"(?P<v>refers\s+to|denotes)\s+(?P<def>(?:the|a|an)\s.+)$")}
_FOLLOW_NAMED = {"en": re.compile(r"^It\s+(?P<v>is)\s+(?P<def>(?:the|a|an)\s.+)$"),
                 "de": re.compile(r"^(?:Es|Er|Sie|Dies|Das)\s+(?P<v>ist)\s+"
                                  r"(?P<def>(?:der|die|das|ein|eine)\s.+)$")}


# "… is the phenomenon of ‘time capsules’." — "A time capsule contains goods …": the
# quoted term of the sentence before, said in the generic singular what it is or holds
_FOLLOW_GENERIC = {
    "en": re.compile(r"^(?:A|An)\s+(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}?)\s+"
                     r"(?P<v>is|contains|consists\s+of|comprises|refers\s+to|denotes|designates|"
                     r"describes)\s+(?P<def>\S.+)$"),
    "de": re.compile(r"^(?:Ein|Eine)\s+(?P<x>[A-ZÄÖÜ][\w\-]*)\s+"
                     r"(?P<v>ist|enthält|umfasst|besteht\s+aus|bezeichnet)\s+(?P<def>\S.+)$"),
}
# a quoted term that is the subject of its sentence: at its start (after an opening
# phrase) and followed by a verb that compares or attributes ("Looking at …, “group
# solidarity” has …"; one followed by a copula, "“X” is common …", is left alone)
_QUOTED_SUBJECT = re.compile(r"(?:^|,\s+)[‘“»„›«‚\"](?P<x>[^‘’“”»«„›‹\"]{3,60}?)[’”«“‹»‘\"]\s+"
                             r"(?:has|have|shares?|differs?|hat|haben|teilt|unterscheidet)\b")


def _generic_followup(prev: str, sent: str, lang: str) -> list[tuple[str, str]]:
    """``(term, definition)`` when ``sent`` says, of one of a kind ("A time
    capsule contains …"), what the one term ``prev`` quotes is or holds."""
    rx = _FOLLOW_GENERIC.get(lang)
    m = rx.match(sent) if rx and prev else None
    if m is None:
        return []
    named = [q.group("x").strip(" ,.") for q in _QUOTED.finditer(prev)]
    if len(named) != 1:
        return []
    x, term = m.group("x"), named[0]
    forms = {term.lower(), _singular(term).lower()} if lang == "en" else \
        {term.lower(), re.sub(r"(?:en|n|e|s)$", "", term.lower())}
    if x.lower() not in forms and (lang != "de" or re.sub(r"(?:en|n|e|s)$", "", x.lower())
                                   not in forms):
        return []
    if not _subject_ok(x, lang):
        return []
    if m.group("v") in ("is", "ist"):
        return [(x, d) for _, d in copular_definitions(f"{x} {m.group('v')} {m.group('def')}",
                                                       lang, keywords=frozenset({x.lower()}))]
    d = _sentence_case(f"{m.group('v')} {m.group('def').strip()}".rstrip(" ,;:"))
    return [(x, d)] if 4 <= len(d.split()) <= 45 else []


def followup_definitions(prev: str, sent: str, lang: str = "en") -> list[tuple[str, str]]:
    """``(term, definition)`` when ``sent`` explains the one term ``prev`` names
    in quotation marks ("… a kind of ‘moral casuistry’, as B. phrases it." —
    "By this she means the risk …").

    >>> followup_definitions("We end up with a kind of ‘moral casuistry’, as she puts it.",
    ...                      "By this she means the risk that rules follow cases.")
    [('moral casuistry', 'The risk that rules follow cases.')]
    >>> followup_definitions("Sie nennt dies »selektive Assoziation«.",
    ...                      "Kreckel versteht darunter das Phänomen der Exklusivität.", "de")
    [('selektive Assoziation', 'Das Phänomen der Exklusivität.')]
    >>> followup_definitions("A related kind of behaviour is “group solidarity.”",
    ...                      "It is a mechanism for pooling the resources of members.")
    [('group solidarity', 'A mechanism for pooling the resources of members.')]
    >>> followup_definitions("“Group solidarity” is common in unions.",
    ...                      "It is a mechanism for pooling the resources of members.")
    []
    >>> followup_definitions("Sie spricht von „Bildungsarmut“.",
    ...                      "Damit ist das Fehlen schulischer Abschlüsse gemeint.", "de")
    [('Bildungsarmut', 'Das Fehlen schulischer Abschlüsse.')]
    >>> followup_definitions("Others use the label ‘soft law’ here.",
    ...                      "This term refers to the rules that bind without sanctions.")
    [('soft law', 'The rules that bind without sanctions.')]
    >>> followup_definitions("Bezeichnet man einen Begriff als „Kampfbegriff”, ist damit "
    ...     "mehr gemeint als Streit.", "Es ist der Vorwurf einer Instrumentalisierung von "
    ...     "Vokabeln für partikulare Interessen.", "de")
    []
    >>> followup_definitions("Die Kritiker nennen diese Politik „Sozialabbau”.",
    ...     "Es ist der Rückbau von Leistungen des Sozialstaats.", "de")
    [('Sozialabbau', 'Der Rückbau von Leistungen des Sozialstaats.')]

    (the first speaks of the act of calling a term so: "it" is that act, the
    accusation, and a Kampfbegriff is not an accusation)
    >>> followup_definitions("A further way “morality” enters I want to call “Trojan altruism.”", "This is not a "
    ...     "type of moral behavior, but refers to the strategic use of values for one’s benefit.")
    [('Trojan altruism', 'Refers to the strategic use of values for one’s benefit.')]
    >>> followup_definitions("Sie lobt den „Kampfbegriff”.", "Es ist der Vorwurf der Gier.", "de")
    []
    >>> followup_definitions("The ‘first’ and the ‘second’ realm differ.",
    ...                      "By this we mean the market.")
    []
    >>> followup_definitions("Looking inside the group, “group solidarity” has traits of "
    ...     "“cooperation.”", "It is a mechanism for pooling the resources of members.")
    [('group solidarity', 'A mechanism for pooling the resources of members.')]
    >>> followup_definitions("One instance is the phenomenon of ‘time capsules’.",
    ...     "A time capsule contains goods that stand for life at a given time.")
    [('time capsule', 'Contains goods that stand for life at a given time.')]
    >>> followup_definitions("Ein Beispiel sind „Zeitkapseln“.",
    ...     "Eine Zeitkapsel enthält Dinge, die für das Leben einer Zeit stehen.", "de")
    [('Zeitkapsel', 'Enthält Dinge, die für das Leben einer Zeit stehen.')]
    >>> followup_definitions("One instance is the phenomenon of ‘time capsules’.",
    ...     "A letter contains goods that stand for life at a given time.")
    []
    """
    generic = _generic_followup(prev, sent, lang)
    if generic:
        return generic
    rx = _FOLLOW.get(lang)
    m = rx.match(sent) if rx and prev else None
    if m is None and prev and lang in _FOLLOW_MEANT:
        m = _FOLLOW_MEANT[lang].match(sent)
    it = _FOLLOW_IT.get(lang)
    it = it.match(sent) if it and prev and not m else None
    named_ok = bool(prev) and not m and not it and _NAMING[lang].search(prev) and \
        not _NAMING_ACT.search(prev)
    named_as = None
    for rx_named in (_FOLLOW_NAMED.get(lang), _FOLLOW_NAMED_REFERS.get(lang)):
        named_as = rx_named.match(sent) if rx_named and named_ok else None
        if named_as:
            break
    if named_as:
        named = [q.group("x").strip(" ,.") for q in _QUOTED.finditer(prev)]
        last = re.search(r"\b(?:call|term|label|name|dub)\s+[‘“\"](?P<x>[^‘’“”\"]{3,60}?)[.,]?[’”\"]\.?$",
                         prev)
        named = [last.group("x").strip(" ,.")] if last else named   # "… in which “morality”
        #        can enter markets I want to call “Trojan altruism.”": the term it ends on
        if len(named) != 1 or not _subject_ok(named[0], lang) or len(named[0].split()) > 4:
            return []
        return [(named[0], d) for _, d in copular_definitions(
            f"{named[0]} {named_as.group('v')} {named_as.group('def')}", lang,
            keywords=frozenset({named[0].lower()}))]
    if it:
        # "A … type of behaviour is “group solidarity.” It is a mechanism for …": the
        # term the sentence before ends on, said what it is (a copula's checks apply)
        q = re.search(r"[‘“»„›«‚\"](?P<x>[^‘’“”»«„›‹\"]{3,60}?)[.,]?[’”«“‹»‘\"]\.?$", prev)
        named = [q.group("x").strip(" ,.") for q in _QUOTED.finditer(prev)]
        subj = [q.group("x").strip(" ,.") for q in _QUOTED_SUBJECT.finditer(prev)]
        if len(subj) == 1 and not _NAMING_ACT.search(prev):
            named, q = subj, True   # "…, “group solidarity” has …": "it" is the subject
        if not q or len(named) != 1 or not _subject_ok(named[0], lang):
            return []
        return [(named[0], d) for _, d in copular_definitions(
            f"{named[0]} {it.group('v')} {it.group('def')}", lang)]
    if not m:
        return []
    named = [q.group("x").strip(" ,.") for q in _QUOTED.finditer(prev)]
    if len(named) != 1 or not _subject_ok(named[0], lang) or len(named[0].split()) > 4:
        return []
    d = re.sub(r"^that\s+", "", (m.group("def") or m.groupdict().get("def2") or "").strip())
    d = _sentence_case(d.rstrip(" ,;:"))
    return [(named[0], d)] if 3 <= len(d.split()) <= 45 else []


def _sentence_case(s: str) -> str:
    s = re.sub(r"\s*(?:\((?:ibid|ebd)\.?[^()]*\)|\[\d+(?:[,–-]\s*\d+)*\]|"
               r"\((?:1[5-9]|20)\d\d[a-z]?(?::\s*[\d–-]+)?\))", "", s.strip())
    s = s.strip()
    s = s[0].upper() + s[1:] if s else s
    return s if re.search(r"[.!?][’”«\"']?$", s) else s + "."


# an adjective that judges ("a far-reaching agreement", "an eminent psychologist")
_EVALUATIVE = re.compile(
    r"\b(?:far-reaching|extreme|extremist|eminent|famous|infamous|notorious|excellent|"
    r"outstanding|remarkable|brilliant|terrible|disastrous|successful|unsuccessful|"
    r"prestigious|influential|controversial|dangerous|radical|legendary|admirable|shameful|"
    r"renowned|celebrated|one-dimensional|simplistic|naive|na[iï]ve|shortsighted|short-sighted|"
    r"misguided|crude|primitive|backward|sinister|vicious|weitreichende[nrs]?|extreme[nrs]?|berühmte[nrs]?|bedeutende[nrs]?|"
    r"erfolgreiche[nrs]?|umstrittene[nrs]?|radikale[nrs]?|gefährliche[nrs]?)\b", re.I)


def _without_verdict(definition: str) -> str:
    """A definition whose only judgement is the adjective after its article, with
    that adjective left out and marked as left out; empty when a judgement remains
    or too little is left to say what the thing is.

    >>> _without_verdict("A far-reaching international agreement to reduce greenhouse emissions.")
    'A … international agreement to reduce greenhouse emissions.'
    >>> _without_verdict("An eminent psychologist of time.")
    ''
    >>> _without_verdict("A famous and controversial treaty of the union of states.")
    ''
    """
    m = re.match(r"^((?:A|An|The|Ein|Eine|Einen|Der|Die|Das)\s+)(\S+)\s+(.+)$", definition)
    if not m or not _EVALUATIVE.fullmatch(m.group(2).strip(",")) or \
            _EVALUATIVE.search(m.group(3)) or re.match(r"(?:and|or|und|oder)\b", m.group(3)):
        return ""
    rest = m.group(3)
    if len(rest.split()) < 5:
        return ""           # "an eminent psychologist of time": little but the verdict
    return f"{m.group(1)}… {rest}"


def _verbatim_form(text: str) -> str:
    """A text as compared word for word: numbered and author-date citations left
    out (the entry credits them apart), quotes, dashes, case and spacing folded."""
    text = _prep(strip_citations(text))
    text = re.sub(r"\s*(?:\((?:ibid|ebd)\.?[^()]*\)|\[\d+(?:[,–-]\s*\d+)*\]|"
                  r"\((?:1[5-9]|20)\d\d[a-z]?(?::\s*[\d–-]+)?\))", "", text)
    text = re.sub(r"[‘’‚‛'`´]", "'", re.sub(r"[“”„‟\"»«›‹]", '"', text))
    text = re.sub(r"[‐‑‒–—−-]", "-", text)
    return normalize_space(text).casefold()


def verbatim(definition: str, quote: str) -> bool:
    """The definition is the article's words exactly: each stretch of it (an
    omission marked " … ") stands in the sentence, in order.  What is printed
    inside quotation marks as the article's wording must be.

    >>> verbatim("A standardized parent interview.", "The ADI-R [16] is a standardized parent interview.")
    True
    >>> verbatim("Autism Diagnostic Interview-Revised: a standardized parent interview.",
    ...          "The ADI-R [16] is a standardized parent interview.")
    False
    >>> verbatim("A philosophy, but also a form of rule.",
    ...          "“Democracy” is described as a philosophy, but also as a form of rule.")
    False
    >>> verbatim("Die Fähigkeit … Krisen zu bewältigen.", "Mit Resilienz ist die Fähigkeit "
    ...          "gemeint, Krisen zu bewältigen.")
    True

    A marked editorial insertion in square brackets is not the article's, and not
    looked for:

    >>> verbatim("[One of] those who moved.", "the role of builders – those who moved.")
    True
    """
    q, at = _verbatim_form(quote), 0
    definition = re.sub(r"^\[[^\[\]]{1,30}\]\s*", "", definition)
    for part in re.split(r"\s+…\s+", definition):
        part = _verbatim_form(part).strip(" .,;:")
        i = q.find(part, at) if part else at
        if i < 0:
            return False
        at = i + len(part)
    return True


def _circular(term: str, definition: str) -> bool:
    """A short definition that names the term again ("AS traits": "Refers to the
    features of AS."): it says nothing the headword does not.

    >>> _circular("AS traits", "Refers to the features of AS.")
    True
    >>> _circular("Minsk Group", "The OSCE’s mediating body.")
    False
    >>> _circular("Social capital", "The resources embedded in a social network.")
    False
    >>> _circular("family habitus", "A set of dispositions related to particular practices "
    ...           "which may lead to regularities in patterns of transmission across family "
    ...           "generations.")
    False
    """
    words = re.findall(r"[\w\-]+", definition)
    if len(words) > 7:
        return False
    acronyms = {w for w in re.findall(r"[\w\-]+", term) if len(w) > 1 and w.isupper()}
    return bool(acronyms & set(words)) or re.search(
        rf"(?<![\w\-]){re.escape(term)}(?![\w\-])", definition, re.I) is not None


_ORDINALS = (r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
             r"last|final|next|penultimate|latest|\d+(?:st|nd|rd|th)|"
             r"erste|zweite|dritte|vierte|fünfte|sechste|siebte|siebente|achte|neunte|zehnte|"
             r"letzte|nächste|\d+\.")
_PLACING = re.compile(
    rf"^(?:(?:the|a|an|der|die|das|den|dem|des|ein|eine|einer|eines)\s+)?(?:{_ORDINALS})[rsnm]?"
    rf"(?![\w\-])|^(?:one|eine[rsm]?)\s+(?:of|der|des|von)\s", re.I)


def _placing(definition: str) -> bool:
    """A definition that only places the term in a sequence or a set: where it
    stands, not what it is ("The seventh of the eight stages in Erikson's life
    cycle theory", "One of the three pillars", "Die zweite Stufe …").  A general
    rule: an ordinal or "one of" heading the definition.

    >>> _placing("The seventh of the eight stages in Erikson’s human life cycle theory.")
    True
    >>> _placing("One of the three pillars of the union’s strategy.")
    True
    >>> _placing("Die zweite Phase der Reform.")
    True
    >>> _placing("A second-order belief about what others expect.")
    False
    >>> _placing("The preferential orientation of an individual towards one of the three "
    ...          "temporal directions.")
    False
    """
    return _PLACING.match(definition.strip()) is not None


#: a comparative that ends a predicate: "An order of magnitude faster."
_COMPARATIVE_END = re.compile(
    r"\b(?:faster|slower|larger|smaller|greater|higher|lower|better|worse|easier|harder|longer|"
    r"shorter|simpler|cheaper|stronger|weaker|wider|narrower|earlier|later|more|less|"
    r"schneller|langsamer|größer|kleiner|höher|niedriger|besser|schlechter|einfacher|"
    r"stärker|schwächer|früher|später|mehr|weniger)\W*$", re.I)
#: a table, figure or list the sentence points to, which the entry cannot show
_POINTS_ELSEWHERE = re.compile(
    r"\b(?:Table|Figure|Fig\.|Tabelle|Abbildung|Abb\.)\s+\d|\bthe\s+following\b|"
    r"\b(?:die|der|das)\s+folgende[nr]?\b|:\W*$")


def _unfinished(d: str) -> bool:
    """A definition that is no whole definition on its own: it points to a
    table, a figure or a list that follows ("A process involving the
    following steps:", "A proper subset of Table 2."), or its predicate is a
    comparison, not what the term is ("An order of magnitude faster.").

    >>> [_unfinished(x) for x in ("A process involving the following steps:.",
    ...     "A proper subset of Table 2.", "An order of magnitude faster.",
    ...     "A pattern whose leading character is a letter of the alphabet.",
    ...     "The later of two readings of a text.")]
    [True, True, True, False, False]
    """
    return bool(_POINTS_ELSEWHERE.search(d) or _COMPARATIVE_END.search(d))


def _definition_ok(d: str, least: int = 2, clause: bool = False) -> bool:
    """A definition is printed whole: balanced quotes and brackets, no
    dangling pronoun at its start (``clause``: a that-clause the article gives
    as what the term means may open on "That"), a reasonable length.

    >>> _definition_ok("That actors act on a principle.", clause=True), _definition_ok(
    ...     "That actors act on a principle.")
    (True, False)
    >>> _definition_ok("That is a problem.", clause=True)
    False
    """
    en = re.sub(r"„[^„“”]*[“”]", "", d)          # German „…“ pairs first
    if d.count("(") != d.count(")") or en.count("“") != en.count("”") or "„" in en or \
            d.count('"') % 2:
        return False
    if re.match(r"^(?:It|This|That|They|These|Es|Dies)\b|^Das\s+[a-zäöüß]", d) and not (
            clause and re.match(r"^That\s+(?:the\s+)?(?!(?:is|are|was|were|has|have|can|will|would|may|"
                                  r"might|means?|it|this|these|they|we)\b)[a-z]+\s+[a-z]+",
                                d)):
        # (the that-clause of "By X I mean that actors act …" says what X is)
        # (German "Das Phänomen …" opens on the article, "Das ist …" on a pronoun)
        return False
    if re.search(r"\b\d+\s+[A-Z]{4,}\b|\b[A-Z]{4,}\s+\d+\s*\(\d+\)", d):
        return False                      # a running head read into the sentence
    if _unfinished(d):
        return False
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
                                      reviewed=False, evidence=[d.evidence], after=d.after))
    # an alias may belong to one entry only
    seen: set[str] = set()
    for t in out:
        t.aliases = [a for a in t.aliases if a.lower() not in seen and
                     a.lower() not in {x.term.lower() for x in out}]
        seen.update(a.lower() for a in t.aliases)
    return out
