"""A model of an article's argument, for the discussion questions.

Read from the article's own prose (its reference list left out), in English
or German: the stated aims and thesis ("this paper argues", "we show", "ich
argumentiere"), the research question, the conclusion's claims, hypotheses,
the kinds of source and evidence it names (and what its notes cite), the
positions it reports (who says what), the counter-arguments and alternative
explanations it weighs, and its forecasts (the future tense in the author's
own voice).  Each element keeps its sentence and block, so that a question
built on it points at the pages where the answer is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import model
from .textutil import (Sentence, balanced, is_reference_section, language, normalize_space,
                       sentences, split_sentences, strip_citations)

# ---------------------------------------------------------------- cues, per language

_THESIS = {
    "en": re.compile(
        r"\b(?:this|the present|our|the) (?:paper|article|study|essay|chapter|analysis) "
        r"(?:argues|contends|claims|maintains|shows|demonstrates|suggests|proposes)\b|"
        r"\b(?:I|we) (?:argue|contend|claim|maintain|show|demonstrate|propose|suggest)\b|"
        r"\bit is (?:possible to argue|argued here|my argument|our argument)\b|"
        r"\b(?:one|we) (?:can|could|may|might) (?:argue|conclude)\b|"
        r"\b(?:the|my|our) (?:central |main )?(?:argument|thesis|claim) (?:is|here is) that\b|"
        r"\b(?:my|our) (?:central |main )?(?:argument|thesis)\b[^:;.]{0,80}:\s|"
        r"\bIt is argued that\b|"
        r"\bThe argument (?:examined|presented|made|advanced|developed) (?:in this paper|here)\b|"
        r"\b(?:our|these|the present) (?:results|findings|data) (?:show|suggest|indicate|"
        r"demonstrate|lend|contradict|support)\b"),
    "de": re.compile(
        r"\b(?:dieser|der vorliegende) (?:Beitrag|Aufsatz|Artikel) (?:argumentiert|zeigt|"
        r"vertritt|behauptet)\b|\bich (?:argumentiere|vertrete|zeige|behaupte)\b|"
        r"\b(?:die|meine) (?:zentrale |leitende )?These (?:lautet|ist)\b|"
        r"\blässt sich (?:argumentieren|festhalten|feststellen|sagen|zeigen)\b|"
        r"\b(?:Es zeigt|zeigt) sich\b|\bVertreten wird (?:das Argument|die These)\b"),
}
_AIM = {
    "en": re.compile(
        r"\b(?:[Tt]his|[Tt]he present|[Oo]ur) (?:paper|article|study|essay|chapter) (?:aims|seeks|sets out|"
        r"examines|explores|investigates|asks|analy[sz]es|focuses)\b|"
        r"\b(?:the )?(?:purpose|aim|goal|focus|topic) of this (?:paper|article|study|essay)\b|"
        r"\bIn this (?:paper|article|study), (?:I|we)\b"),
    "de": re.compile(
        r"\b(?:dieser|der vorliegende|unser) (?:Beitrag|Aufsatz|Artikel) (?:untersucht|fragt|"
        r"will|möchte|geht)\b|\b(?:Ziel|Gegenstand|Thema) (?:dieses|des) (?:Beitrags|Aufsatzes|"
        r"Artikels)\b|\b(?:soll|sollen) (?:hier|im Folgenden) (?:untersucht|gezeigt|gefragt)\b"),
}
_CONCLUDE = {
    "en": re.compile(r"\b(?:in sum|to sum up|in conclusion|overall|we conclude|I conclude|"
                     r"(?:these|our) (?:results|findings) (?:suggest|show|indicate)|therefore|"
                     r"thus|it is possible to argue|the evidence suggests)\b", re.I),
    "de": re.compile(r"\b(?:insgesamt|zusammenfassend|somit|folglich|deshalb|daher|"
                     r"lässt sich (?:festhalten|sagen|feststellen))\b", re.I),
}
_CONCL_TITLE = re.compile(r"conclu|summary|final (?:remarks|thoughts)|closing|discussion|"
                          r"fazit|schluss|zusammenfassung|ergebnis|ausblick", re.I)


def titled_conclusion(section) -> bool:
    """Whether a section's title says it concludes ("Conclusion", "Fazit",
    "Discussion", "Summary")."""
    return section is not None and bool(_CONCL_TITLE.search(section.title or ""))


def concludes(text: str, lang: str) -> bool:
    """Whether a sentence carries a cue of concluding ("therefore", "in sum",
    "we conclude", "insgesamt"); in a language without a list of cues, any
    sentence may conclude."""
    return lang not in _CONCLUDE or bool(_CONCLUDE[lang].search(text))


_INTRO_TITLE = re.compile(r"^\s*(?:[IVX\d]+\.?\s*)?(?:introduction|background|einleitung|"
                          r"einführung)\b", re.I)
_HYPOTHESIS = {
    "en": re.compile(r"\bhypothes[ie]s\b|\bwe (?:predicted|expected) that\b", re.I),
    "de": re.compile(r"\bHypothese\b|\bVermutung\b|\bAnnahme\b"),
}
_COUNTER = {
    "en": re.compile(r"\bcounter-?argument|\balternative (?:explanation|account|interpretation|"
                     r"view)|\bcritics (?:argue|contend|claim|object|say)\b|"
                     r"\bone (?:could|might) (?:argue|object)\b|"
                     r"\bit (?:could|might|may) be (?:argued|objected)\b|\bobjection\b|"
                     r"\bskeptics\b|\bopponents argue\b", re.I),
    "de": re.compile(r"\bGegenargument|\balternative Erklärung|\bKritiker|\beinwenden\b|"
                     r"\bEinwand\b|\bdemgegenüber\b", re.I),
}
_FORECAST = {
    "en": re.compile(r"\b(?:will|is likely to|are likely to|is expected to|are expected to|"
                     r"in the coming years|in the long term|in the future)\b"),
    "de": re.compile(r"\b(?:wird|werden|dürfte|dürften|künftig|in Zukunft|auf absehbare Zeit)\b"),
}
_REPORTED = re.compile(r"\b(?:said|stated|says that|states that|according to|announced|told|declared|"
                       r"put it|puts it|argued|noted|wrote|warned|sagte|erklärte|zufolge|laut)\b"
                       r"|[“„\"]", re.I)
#: a sentence that gives a cited author's view, not the article's own: "according to
#: X", "X argues", "In X's work", "nach Ansicht von X", "X zufolge", reported speech
#: (Konjunktiv I: "sei", "könne"), a quotation brought in after a colon
_ATTRIBUTED = {
    "en": re.compile(
        r"\b(?:[Aa]ccording to|[Ii]n the (?:view|words) of)\s+(?!(?:the|this|our|my)\b)[A-Z]|"
        r"\bIn (?:[A-Z][\w.-]*\s)*[A-Z][\w-]*(?:['’]s?|s['’]) (?:work|view|account|theory|book|"
        r"writings?|argument|terms)\b|"
        r"\b(?<!paper )(?<!article )(?<!study )[A-Z][a-z][\w-]+(?: et al\.)?(?: \(\d{4}\w?\))? "
        r"(?:argues|argued|contends|contended|claims|claimed|maintains|maintained|insists|"
        r"insisted|writes|wrote|holds|held) that\b|"
        r":\s*[“\"]"),
    "de": re.compile(
        r"\b(?:nach (?:Ansicht|Auffassung|Meinung) (?:von|des|der)|(?:Ansicht|Auffassung|Meinung) "
        r"(?:von|des|der) [A-ZÄÖÜ]|laut [A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ])|"
        r"\b[A-ZÄÖÜ][\w-]+ zufolge\b|"
        r"\bIn (?:[A-ZÄÖÜ][\w.-]*\s)*[A-ZÄÖÜ][\w-]*(?:['’]|s) (?:Werk|Theorie|Sicht|Ansatz|Buch|"
        r"Schriften|Verständnis|Konzeption)\b|"
        r"\b(?<!Beitrag )(?<!Aufsatz )(?<!Artikel )[A-ZÄÖÜ][a-zäöüß]+[’']? (?:argumentiert|"
        r"argumentierte|behauptet|behauptete|vertritt|vertrat|schreibt|schrieb|meint|meinte)\b|"
        r"\b(?:sei(?! denn| es\b)|seien|könne|müsse|solle|dürfe|spiegelten sich)\b|"
        r":\s*[„“\"]"),
}
#: the author's own voice again after a reported passage: a contrast, "I", "we", the piece
_OWN_VOICE = re.compile(
    r"^(?:But|However|Yet|Still|Nevertheless|In contrast|I|We|My|Our|This (?:paper|article|"
    r"essay|study)|Doch|Aber|Jedoch|Dagegen|Demgegenüber|Allerdings|Ich|Wir|Meine?|Unsere?|"
    r"(?:Dieser|Der vorliegende) (?:Beitrag|Aufsatz|Artikel))\b")


def reported(sents: list[Sentence], lang: str) -> set[int]:
    """The indexes of the sentences that give a cited author's view rather than
    the article's own: a sentence with an attribution ("according to X", "In X's
    work", "X zufolge", reported speech, a quotation brought in after a colon),
    a quoted block, and what follows such a sentence in the same paragraph until
    the author's own voice comes back ("But", "I", "This article").

    >>> ss = [Sentence(t, "p1", None, i) for i, t in enumerate([
    ...     "In Lee’s work one finds a clear rejection: merit, she says, is luck.",
    ...     "Talent is unearned, therefore a society of merit is unjust.",
    ...     "But this article holds that merit still matters."])]
    >>> sorted(reported(ss, "en"))
    [0, 1]
    """
    cue = _ATTRIBUTED.get(lang)
    out: set[int] = set()
    if cue is None:
        return out
    block, inside = None, False
    for s in sents:
        if s.block != block:
            block, inside = s.block, False
        if s.quote or cue.search(s.text):
            inside = True
        elif inside and _OWN_VOICE.match(s.text):
            inside = False
        if inside:
            out.add(s.index)
    return out


#: a sentence that leaves a question open or hands it to future research ("further
#: research should …", "it remains to be seen", "would be interesting", "künftige
#: Forschung", "bleibt offen")
_LEFT_OPEN = {
    "en": re.compile(
        r"(?i)\bfuture (?:research|studies|study|work|investigations?|analys[ie]s|inquiry)\b|"
        r"\b(?:further|more|additional|subsequent) (?:research|investigations?|inquiry)\b|\bremains? (?:to be (?:seen|explored|"
        r"examined|investigated|studied|answered)|open|unclear|unanswered)\b|\bopen questions?\b|"
        r"\bunanswered\b|\bwould be (?:interesting|worthwhile|useful|fruitful) to\b|"
        r"\bresearch agenda\b|\bdeserves? (?:further|more|closer)\b"),
    "de": re.compile(
        r"(?i)\b(?:künftige[nr]?|zukünftige[nr]?|weitere[nr]?) (?:Forschung\w*|Untersuchung\w*|"
        r"Studien|Analysen)\b|\bForschungsbedarf\b|\bForschungsdesiderat\w*|\bbleibt (?:noch )?"
        r"(?:abzuwarten|offen|zu (?:klären|untersuchen|prüfen))\b|\boffene[n]? Fragen?\b|"
        r"\bwäre (?:noch )?(?:interessant|lohnend|zu (?:untersuchen|prüfen|klären))\b"),
}
#: a sentence that proposes rather than reports: a modal verb ("would", "could",
#: "should", "might", "würde", "könnte", "sollte")
_PROPOSES = re.compile(r"(?i)\b(?:would|could|should|might|ought|need to|würde[n]?|könnte[n]?|"
                       r"sollte[n]?|müsste[n]?|wäre[n]?)\b")
_ITEM = re.compile(r"^\s*(?:[•▪‣◦·*–—-]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s")


def left_open(sents: list[Sentence], lang: str) -> set[int]:
    """The indexes of the sentences that leave a question open or hand it to future
    research: a sentence with such a cue (:data:`_LEFT_OPEN`), the questions of its
    paragraph, and, when it announces a list (it ends with a colon), the items of the
    list after it (paragraphs opening with a bullet or a number, in its section).

    >>> ss = [Sentence(t, b, "s", i) for i, (b, t) in enumerate([
    ...     ("p1", "We show that X rose."), ("p2", "Future research has several aspects:"),
    ...     ("p3", "• How are A and B linked?"), ("p4", "• I studied Y here."),
    ...     ("p4", "Another variable would be Z."), ("p5", "Why did X rise?")])]
    >>> sorted(left_open(ss, "en"))
    [1, 2, 4]
    """
    cue = _LEFT_OPEN.get(lang)
    out: set[int] = set()
    if cue is None:
        return out
    for i, s in enumerate(sents):
        if not cue.search(s.text):
            continue
        out.add(s.index)
        out.update(x.index for x in sents if x.block == s.block and x.text.endswith("?"))
        if s.text.rstrip().endswith(":"):
            block, inside = s.block, True
            for x in sents[i + 1:]:
                if x.section is not s.section:
                    break
                if x.block != block:
                    block = x.block
                    inside = bool(_ITEM.match(x.text)) or getattr(x, "kind", "") == "item"
                    if not inside:
                        break
                # (of an item, what it asks or proposes, not what it reports as done:
                # "I have studied here the role of age …" stays the article's)
                if x.text.endswith("?") or cue.search(x.text) or _PROPOSES.search(x.text):
                    out.add(x.index)
    return out


_FORECAST_MARK = {   # what makes a future tense a forecast: a time ahead or a likelihood
    "en": re.compile(r"\b(?:probably|expected (?:to|that)|in the coming|in the next|"
                     r"(?:in|into) the (?:near |foreseeable )?future|soon|is set to|by 20\d\d|"
                     r"in the long (?:run|term)|prospects?)\b", re.I),
    "de": re.compile(r"\b(?:wahrscheinlich|voraussichtlich|künftig|in Zukunft|"
                     r"absehbar|Zukunft)\b", re.I),
}
#: not the author's forecast: a condition, a quoted or translated item, a
#: possibility in the present ("it is possible to list …"), others' future work
#: an expectation the author states as such ("it can be expected that … will"): its
#: "that … will" is no relative clause
_EXPECTED = re.compile(r"(?i)\bit (?:can|may|is to) be expected that\b|\b(?:we|I) (?:would )?expect "
                       r"that\b|\bes ist (?:damit )?zu (?:erwarten|rechnen)\b")
_NOT_FORECAST = re.compile(r"^(?:If|Wenn|Falls)\b|translation\)|Übersetzung\)|[’”“]\s*\(|"
                           r"\bit is possible to\b|\bfuture (?:research|analysts|studies|work)\b|"
                           r"\bkünftige Forschung\b", re.I)
_SOURCE_NOUNS = {
    "en": ["official documents", "documents", "archival records", "archives", "interviews",
           "speeches", "statements", "media reports", "press reports", "newspapers",
           "reports", "statistics", "survey data", "surveys", "data", "an experiment",
           "experiments", "participants", "case studies", "primary sources",
           "secondary sources", "field research"],
    "de": ["Akten", "Archivbestände", "Archivalien", "Dokumente", "Protokolle", "Interviews",
           "Reden", "Presseberichte", "Zeitungen", "Statistiken", "Umfragen", "Quellen",
           "Forschungsliteratur", "Bundestagsdebatten", "Debatten", "Gesetze", "Verordnungen"],
}
_METHOD = {
    "en": re.compile(r"\b(?:uses?|used|draws? (?:on|upon)|relies on|rely on|based on|"
                     r"analy[sz]es|analy[sz]ed|drawing on|we conducted|were recruited|"
                     r"participated|sources are used|are used)\b", re.I),
    "de": re.compile(r"\b(?:stützt sich|beruht|auf der Grundlage|ausgewertet|herangezogen|"
                     r"untersucht anhand|Quellen|Akten|Archiv)\b"),
}


# ---------------------------------------------------------------- the model


@dataclass
class Position:
    """A view the article reports: who holds it and where."""

    who: str
    sents: list[Sentence]


@dataclass
class Argument:
    lang: str
    year: str
    sents: list[Sentence]
    intro: model.Section | None = None
    conclusion: model.Section | None = None
    thesis: list[Sentence] = field(default_factory=list)
    aims: list[Sentence] = field(default_factory=list)
    question: list[Sentence] = field(default_factory=list)
    conclusions: list[Sentence] = field(default_factory=list)
    hypotheses: list[Sentence] = field(default_factory=list)
    methods: list[Sentence] = field(default_factory=list)
    source_kinds: list[str] = field(default_factory=list)
    notes: int = 0
    cited_works: int = 0
    positions: list[Position] = field(default_factory=list)
    counters: list[Sentence] = field(default_factory=list)
    forecasts: list[Sentence] = field(default_factory=list)
    #: what kind of piece it is: "review" (of a book), "reply" (to critics), "empirical"
    #: (its own experiment, survey or interviews), "essay" (anything else)
    genre: str = "essay"
    #: the article's own evidence: "experiment", "survey", "interviews" or ""
    evidence: str = ""
    #: the sentence that says where that evidence comes from (for the page reference)
    evidence_at: Sentence | None = None
    methods_section: model.Section | None = None
    results_section: model.Section | None = None
    #: it explains something (causal language), so a rival explanation can be asked for
    causal: bool = False
    #: the question the title asks ("Fact or Social-Comparison Artifact?"), if any
    title_question: str = ""
    #: the main (top-level) sections between the introduction and the conclusion
    steps: list[model.Section] = field(default_factory=list)
    #: the abstract's sentences (an abstract in the article's language), its thesis and aims
    abstract: list[Sentence] = field(default_factory=list)
    abstract_thesis: list[Sentence] = field(default_factory=list)
    abstract_aims: list[Sentence] = field(default_factory=list)
    #: the indexes of the sentences that give a cited author's view (:func:`reported`)
    others: set[int] = field(default_factory=set)
    #: the indexes of the sentences that raise questions for future research or leave
    #: them open (:func:`left_open`): never the article's own question, claim or finding
    open: set[int] = field(default_factory=set)


#: a section of the article's furniture, not its argument: the author's bio, thanks,
#: funding, correspondence
_FURNITURE_TITLE = re.compile(
    r"(?i)^\s*(?:[IVX\d]+\.?\s*)?(?:zur person|über (?:den|die) autor|about the authors?|"
    r"notes? on (?:the )?contributors?|(?:the )?authors?(?:’|')?s?(?: information| note| bio)?$|"
    r"acknowledge?ments?|danksagung|dank$|funding|förderung|correspondence|korrespondenz|"
    r"conflicts? of interest|declaration|interessenkonflikt|ethics)")
#: a sentence of front matter or furniture wherever it sits: an e-mail address, a
#: received/accepted line, an affiliation, thanks, an author's bio ("geb. 1957")
_FURNITURE_SENT = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.-]+|\b(?:E-?Mail|Tel\.|Fax)\s*:|"
    r"\b(?:Artikel eingegangen|eingegangen am|angenommen am|akzeptiert nach|Received\s*:?\s*\d|"
    r"Accepted\s*:?\s*\d|Published online|Revised\s*:?\s*\d)|"
    r"\b(?:received (?:an? )?(?:\w+ )?(?:grants?|(?:financial )?support from)|(?:financially )?supported by an? (?:[\w()-]+ ){0,8}grant|"
    r"(?:was|were|is) funded by|gefördert (?:durch|von) (?:der|die|dem|das))\b|"
    r"^\W*(?:Acknowledge?ments?|Danksagung|Funding|Correspondence|Conflicts? of interest)\b|"
    r"\b(?:geb\.|born)\s+(?:in\s+)?1[89]\d\d\s*[;,]|"
    r"^\W*\*+\s*[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+){0,3}\s+(?:is|ist)\s+(?:an?\s+)?"
    r"(?:\w+\s+)?(?:professor|Professor|lecturer|researcher|Dozent|Mitarbeiter)", re.I)


def argument_sentences(reading: model.Reading) -> list[Sentence]:
    """The sentences of the article's own prose that can carry its argument: not
    the author notes, bios, thanks or received/accepted lines (front matter and
    furniture, which a PDF's reading order may put at the end of the last section).

    >>> r = model.Reading("x", model.Metadata(), sections=[
    ...     model.Section("s1", "Conclusion", [model.Block("p1", [model.Text("Trade grew fast. "
    ...         "E-Mail: a.b@uni.de.")]), model.Block("p2", [model.Text("* Ann Lee is "
    ...         "professor of law at Xity.")], kind="authornote")]),
    ...     model.Section("s2", "Zur Person", [model.Block("p3", [model.Text("Ann Lee, geb. 1957; "
    ...         "Professorin.")])])])
    >>> [s.text for s in argument_sentences(r)]
    ['Trade grew fast.']
    """
    out = []
    furniture = {b.id for sec in reading.sections for b in sec.blocks
                 if b.kind in ("authornote", "footnote", "figure", "code", "math")} | {
                 b.id for sec in reading.sections if _FURNITURE_TITLE.match(sec.title or "")
                 for b in sec.blocks}
    for sec in reading.sections:
        for b in sec.blocks:
            if b.kind == "paragraph" and re.match(
                    r"\W*(?:Acknowledge?ments?|Danksagung|Funding|Conflicts? of interest)\b",
                    model.plain_text(b.inlines)):
                furniture.add(b.id)     # a run-in "Acknowledgments We thank …" paragraph
    for s in sentences(reading):
        if s.block in furniture or _FURNITURE_SENT.search(s.text) or re.search(
                r"\b(?:[Ww]e (?:would like to )?thank|is acknowledged|are acknowledged|"
                r"[Ww]ir danken)\b", s.text):
            continue
        out.append(s)
    return out


def analyse(reading: model.Reading, people=None) -> Argument:
    """The model of ``reading``'s argument.  ``people`` (optional) are named
    people with the sentences giving their views (from :mod:`.questions`)."""
    lang = language(reading)
    if lang not in _THESIS:
        return _without_cues(reading, lang, people)
    sents = argument_sentences(reading)
    have = {id(x.section) for x in sents}
    secs = [s for s in reading.sections if s.blocks and id(s) in have]
    intro = next((s for s in secs if _INTRO_TITLE.search(s.title)), secs[0] if secs else None)
    concl = next((s for s in reversed(secs) if _CONCL_TITLE.search(s.title)), None)
    if concl is None and len(secs) > 2:
        concl = secs[-1]
    year = reading.meta.year or (reading.meta.published or "")[:4]
    a = Argument(lang, year, sents, intro, concl)
    own = [s for s in sents if not s.quote]
    others = a.others = reported(sents, lang)
    voice = [s for s in own if s.index not in others]     # not a cited author's view
    a.open = left_open(sents, lang)
    voice = [s for s in voice if s.index not in a.open]
    a.thesis = [s for s in voice if _THESIS[lang].search(s.text)]
    a.aims = [s for s in own if _AIM[lang].search(s.text)]
    # (the article's own question, in its voice: not a cited author's, not one it leaves
    # to future research; in its conclusion only when it says it is the article's)
    a.question = [s for s in voice if s.text.endswith("?") and (
        _AIM[lang].search(s.text) or re.search(r"\bquestion\b|\bFrage\b", s.text)
        and (concl is None or s.section is not concl))]
    cs = [s for s in voice if concl is not None and s.section is concl]
    if concl is not None and not _CONCL_TITLE.search(concl.title or ""):
        # the last section, not titled as a conclusion: the article concludes in its
        # last paragraphs, not wherever a "therefore" falls in that section
        ends = list(dict.fromkeys(s.block for s in cs))[-2:]
        cs = [s for s in cs if s.block in ends]
    a.conclusions = [s for s in cs if _CONCLUDE[lang].search(s.text)] or cs[-2:]
    if concl is None and len(own) >= 20:
        # no sections to tell the conclusion by (an encyclopaedia entry, a structure not
        # read): the article's last paragraph is where it ends up
        prose = [s for s in own if not s.text.startswith("[")]      # not "[Figure: …]"
        a.conclusions = [s for s in prose if s.block == prose[-1].block][-2:]
    a.hypotheses = [s for s in own if _HYPOTHESIS[lang].search(s.text) and s.index not in a.open]
    a.methods = [s for s in own if _METHOD[lang].search(s.text) and any(
        re.search(rf"\b{re.escape(n)}\b", s.text, re.I) for n in _SOURCE_NOUNS[lang])]
    kinds: list[str] = []
    for s in a.methods:
        for n in _SOURCE_NOUNS[lang]:
            if n == "participants" and not re.search(
                    r"\b(?:experiments?|recruited|assigned|sample|respondents|subjects)\b", s.text):
                continue        # "market participants": not the people of a study
            if re.search(rf"\b{re.escape(n)}\b", s.text, re.I) and not any(
                    n.lower() in k.lower() for k in kinds):
                kinds.append(n)
    nice = {"participants": "an experiment with participants", "data": "data",
            "an experiment": "an experiment"}
    a.source_kinds = [nice.get(k, k) for k in kinds[:4]]
    a.notes = len(reading.footnotes)
    a.cited_works = len(reading.bibliography)
    a.counters = [s for s in own if _COUNTER[lang].search(s.text)]
    names = [p.display.split()[-1] for p in people or []]
    when = re.compile(r"\b(?:in the coming|in the next|in the future|soon|by 20\d\d|"
                      r"in the long (?:run|term)|next|künftig|in Zukunft|absehbar)\b", re.I)
    relative_will = re.compile(r"\b(?:whom|who|which|that|one)\b(?:\s+\w+){0,3}\s+will\b")
    a.forecasts = [s for s in own if _FORECAST[lang].search(s.text) and s.index not in a.open
                   and _FORECAST_MARK[lang].search(s.text) and not _NOT_FORECAST.search(s.text)
                   and not _REPORTED.search(s.text) and not s.text.endswith("?")
                   and not any(re.search(rf"\b{re.escape(n)}\b", s.text) for n in names)
                   and (when.search(s.text) or _EXPECTED.search(s.text)
                        or not relative_will.search(s.text))
                   and not re.match(r"(?:This|The) (?:paper|article|study|section)|"
                                    r"(?:Dieser|Der) (?:Beitrag|Aufsatz)|In (?:this|the next)",
                                    s.text)]
    _abstract(a, reading)
    if people:
        a.positions = [Position(p.display, list(p.views)) for p in people]
    a.positions += _cited_positions(own, lang)
    _kind_of_piece(a, reading, own)
    return a


#: an abstract's statement of what the article does ("This article is devoted to …",
#: "The paper examines …", "Der Beitrag beschäftigt sich mit …")
_ABSTRACT_AIM = {
    "en": re.compile(r"^(?:This|The present|The|Our) (?:paper|article|study|essay|chapter|report|"
                     r"expert report) (?:is devoted to|examines|explores|investigates|analy[sz]es|"
                     r"discusses|addresses|deals with|provides|offers|focuses on|asks|considers|"
                     r"traces|compares)\b"),
    "de": re.compile(r"^(?:Der|Dieser) (?:Beitrag|Aufsatz|Artikel) (?:beschäftigt sich mit|untersucht|"
                     r"fragt|analysiert|behandelt|zeigt|diskutiert|vergleicht|geht der Frage nach)\b"),
}


def _abstract(a: Argument, reading: model.Reading) -> None:
    """The abstract's sentences, when the article has one in its own language, with
    the thesis and the aims it states (for an article whose body states neither)."""
    for n, ab in enumerate(reading.abstracts, 1):
        if (ab.lang or a.lang).split("-")[0].lower() != a.lang:
            continue
        text = normalize_space(model.plain_text(ab.inlines))
        a.abstract = [Sentence(t, f"abstract-{n}", a.intro, -1 - i) for i, t in
                      enumerate(split_sentences(text))]
        break
    if a.intro is None:
        return
    a.abstract_thesis = [s for s in a.abstract if _THESIS[a.lang].search(s.text)]
    rx = _ABSTRACT_AIM.get(a.lang)
    a.abstract_aims = [s for s in a.abstract if rx is not None and rx.search(s.text)
                       or _AIM[a.lang].search(s.text)]


# ---------------------------------------------------------------- the kind of piece

#: cue words of each kind of own evidence, per 1000 words of the article's prose
#: (the title counts three times): (pattern, least density, least hits)
_EVIDENCE = [
    ("experiment", re.compile(r"\b(?:experiments?|experimental(?:ly)?|participants|conditions?|"
                              r"manipulation|randomly assigned|Versuchspersonen|Experiment\w*)\b", re.I),
     5.0, 10),
    ("survey", re.compile(r"\b(?:respondents|samples?|were asked|questionnaires?|surveyed|"
                          r"Befragte[nr]?|befragt|Stichproben?|Fragebögen|Fragebogen)\b", re.I),
     2.0, 8),
    ("interviews", re.compile(r"\b(?:interview(?:s|ed|ees)?|fieldwork|field work|ethnograph\w*|"
                              r"participant observation|Interview\w*|\w+interviews?|Feldforschung|"
                              r"Fallstudien?)\b", re.I),
     1.0, 3),
]
_METHODS_TITLE = re.compile(r"(?i)^\W*(?:[IVX\d][\d.]*\s*)?(?:methods?\b|methodolog|data\b|"
                            r"sample\b|participants\b|procedure\b|design\b|materials?\b|"
                            r"methodisch|methode|daten\b|stichprobe|vorgehen|untersuchungsdesign)")
_RESULTS_TITLE = re.compile(r"(?i)^\W*(?:[IVX\d][\d.]*\s*)?(?:results?\b|findings\b|"
                            r"ergebnisse|befunde)")
_BOOK = re.compile(r"\b(?:this book|the book|this volume|the volume|the authors of this book|"
                   r"dieses Buch(?:es)?|der Band|des Bandes|dieser Band)\b", re.I)
_REPLY = re.compile(r"\b(?:my|our) (?:article|discussants|critics|commentators)\b|"
                    r"\bI (?:respond|reply)\b|\b(?:in reply to|rejoinder)\b|"
                    r"\b(?:meine[nrm]?|unsere[nrm]?) (?:Kritiker\w*|Kommentator\w*)\b|\bErwiderung\b|"
                    r"\bReplik\b", re.I)
_CAUSAL = re.compile(r"\b(?:explain(?:s|ed|ing)?|explanations?|because|led to|lead to|leads to|"
                     r"caused?|causes|due to|result(?:ed|s)? (?:in|from)|effects? of|"
                     r"erklär\w*|führte zu|führt zu|weil|aufgrund|Ursachen?|Folge von)\b", re.I)


def _kind_of_piece(a: Argument, reading: model.Reading, own: list[Sentence]) -> None:
    """Fill in the kind of piece (:attr:`Argument.genre`), its own evidence and
    where that is described, the methods and results sections, whether it
    explains (causal language) and the question its title asks."""
    cited = re.compile(r"\((?:[^()]*\s)?\d{4}[a-z]?\)|\bet al\.|\[\d+(?:[,–-]\s*\d+)*\]")
    mine = [s for s in own if not cited.search(s.text)]    # not a cited study's sample
    text = " ".join(s.text for s in own)
    title = reading.meta.title or ""
    words = max(1, len(text.split()))
    titled = [s for s in reading.sections if s.title]
    top = min((s.level for s in titled), default=1)
    a.steps = [s for s in titled if s.level == top and s is not a.intro and s is not a.conclusion
               and not is_reference_section(s.title) and not _FURNITURE_TITLE.match(s.title)]
    a.methods_section = next((s for s in titled if _METHODS_TITLE.search(s.title)), None)
    a.results_section = next((s for s in titled if _RESULTS_TITLE.search(s.title)), None)
    mine_text = " ".join(s.text for s in mine)
    for kind, rx, density, least in _EVIDENCE:
        hits = len(rx.findall(mine_text)) + 3 * len(rx.findall(title))
        if kind != "interviews" and a.methods_section is None and a.results_section is None:
            continue        # an experiment or a survey of its own is reported under such titles
        if hits >= least and hits * 1000 / words >= density:
            a.evidence = kind
            order = {id(s): i for i, s in enumerate(reading.sections)}
            start = order.get(id(a.methods_section), len(order))
            later = [s for s in mine if order.get(id(s.section), -1) >= start]
            a.evidence_at = next((s for s in later + mine if rx.search(s.text)), None)
            break
    if len(_REPLY.findall(text)) >= 2:
        a.genre = "reply"
    elif (books := len(_BOOK.findall(text))) >= 5 and books * 1000 / words >= 2 or \
            re.search(r"(?i)\breview\b|\bRezension\b", title):
        # (a book's review names it on every page: the one review of the corpus 3.9 times in
        # 1000 words; BibTeXing's examples of book entries, once: a manual, not a review)
        a.genre = "review"
    elif a.evidence:
        a.genre = "empirical"
    hits = len(_CAUSAL.findall(text))
    a.causal = hits >= 4 and hits * 1000 / words >= 1.0
    parts = [p.strip() for p in re.split(r"(?<=[:?])\s+|\s+[-–—]\s+(?=\S+[^?]*\?$)", title) if p.strip()]
    asked = [p for p in parts if p.endswith("?")]
    if asked and 3 <= len(asked[0].split()) <= 16:
        q = asked[0]
        if (len(q.split()) <= 4 or not q[:1].isupper()) and title.endswith("?") \
                and len(title.split()) <= 16:
            q = title           # "Fact or Social-Comparison Artifact?": the whole title
        if q[:1].isupper():
            a.title_question = q


def _without_cues(reading: model.Reading, lang: str, people=None) -> Argument:
    """The model of an article in a language without cue words here (French,
    Spanish, Polish …): its sections, the conclusion's last sentences, its notes
    and works cited; no thesis, hypothesis, source kind or forecast is guessed
    with another language's words.  ``lang`` stays the article's, so that the
    questions are worded in it."""
    sents = argument_sentences(reading)
    have = {id(x.section) for x in sents}
    secs = [s for s in reading.sections if s.blocks and id(s) in have]
    concl = next((s for s in reversed(secs) if _CONCL_TITLE.search(s.title) or re.search(
        r"(?i)conclusi|podsumowanie|wnioski|zakończenie", s.title)), None)
    if concl is None and len(secs) > 2:
        concl = secs[-1]
    a = Argument(lang, reading.meta.year or (reading.meta.published or "")[:4], sents,
                 secs[0] if secs else None, concl)
    a.conclusions = [s for s in sents if concl is not None and s.section is concl
                     and not s.quote][-2:]
    a.notes = len(reading.footnotes)
    a.cited_works = len(reading.bibliography)
    return a


def _cited_positions(sents: list[Sentence], lang: str) -> list[Position]:
    """Views the article attributes to the literature it cites: "Hertel et al.
    (2000) argue that …", "Some (e.g. Karau & Williams, 1993) have argued …"."""
    out: dict[str, Position] = {}
    verbs = (r"argue[sd]?|claim(?:s|ed)?|suggest(?:s|ed)?|contend(?:s|ed)?|maintain(?:s|ed)?|"
             r"propose[sd]?|insist(?:s|ed)?|hold|holds|held" if lang == "en" else
             r"argumentiert|argumentieren|behauptet|behaupten|vertritt|vertreten|meint|meinen|"
             r"betont|betonen")
    rx = re.compile(rf"^(?P<who>(?:[A-ZÄÖÜ][\w’'\-]+)(?:(?:\s*,\s*|\s+(?:and|&|und)\s+)"
                    rf"[A-ZÄÖÜ][\w’'\-]+)*(?:\s+et al\.)?)\s*\((?P<y>\d{{4}}[a-z]?)\)"
                    rf"[^.]*?\b(?:{verbs})\b")
    for s in sents:
        m = rx.search(s.text)
        if m:
            who = f"{m.group('who')} ({m.group('y')})"
            out.setdefault(who, Position(who, [])).sents.append(s)
    return list(out.values())


# ---------------------------------------------------------------- claims as clauses


#: what makes a "… that X" someone else's claim or a conjecture, not the article's: a
#: third party as its subject ("Critics argue", "Smith contends", "Some scholars
#: claim"), a hypothesis or an expectation ("Our hypothesis is that", "It was expected
#: that"), a view put in order to be rejected ("It is often argued", "one might think")
_NOT_OWN = {
    "en": re.compile(
        r"(?:\b(?:(?i:critics|opponents|skeptics|sceptics|others|some|many|most|scholars|authors|"
        r"researchers|observers|analysts|commentators|proponents|advocates|they|he|she)|"
        r"(?<=\S\s)(?<!\bof\s)(?<!\bin\s)(?<!\bfor\s)(?<!\bby\s)(?<!\bfrom\s)(?<!\bwith\s)"
        r"(?<!\bon\s)(?<!\bto\s)[A-Z][\w’'-]+|[A-Z][\w’'-]+(?:\s+(?:and|&)\s+[A-Z][\w’'-]+|\s+et al\.))"
        r"\s+(?:\w+ly\s+)?$)|"
        r"(?i:\bhypothes[ie]s\b|\bassumption\b|\bconjecture\b|\bexpectation\b|\bprediction\b|"
        r"\b(?:often|commonly|widely|sometimes|frequently) (?:been )?(?:argued|claimed|assumed|said)\b|"
        r"\b(?:one|we) (?:might|could|may) (?:think|assume|suppose)\b|\bit (?:might|could|may) "
        r"(?:seem|appear)\b)"),
    "de": re.compile(
        r"(?:\b(?:Kritiker\w*|Gegner\w*|andere|einige|manche|viele|sie|er)\s+$)|"
        r"\bHypothese\b|\bVermutung\b|\bAnnahme\b|\b(?:oft|häufig|gemeinhin|vielfach) "
        r"(?:wird|wurde)\b"),
}
#: the article's own subjects that the pattern above would take for a third party's
_OWN_SUBJECT = re.compile(r"(?:\b(?:I|We|This|The present|Our|It|One|Overall|Thus|Hence|"
                          r"Therefore|Finally|Second|First|Third|Results?|Findings?|Data|"
                          r"Evidence|Analys[ie]s|Table|Figure)\s+(?:\d+\s+)?(?:\w+ly\s+)?$)")


def _not_own(before: str, lang: str) -> bool:
    """The words ``before`` a "that"-clause make it another's claim, a hypothesis or an
    expectation, not the article's (:data:`_NOT_OWN`).

    >>> _not_own("Critics argue", "en"), _not_own("In 2001 Smith contends", "en"), _not_own("We show", "en")
    (True, True, False)
    >>> _not_own("Our hypothesis is", "en"), _not_own("This paper argues", "en")
    (True, False)
    >>> _not_own("Results clearly show", "en"), _not_own("In sum, Lee and Park argue", "en")
    (False, True)
    >>> _not_own("The case of Germany shows", "en")
    False
    """
    rx = _NOT_OWN.get(lang)
    if rx is None:
        return False
    tail = re.sub(r"\s*\b(?:argues?|argued|contends?|claims?|maintains?|shows?|demonstrates?|"
                  r"suggests?|proposes?|conclude|is|zeigt|zeigen|belegt|belegen|argumentiert|"
                  r"festhalten|feststellen|festgehalten(?: werden)?|sagen),?\s*$", " ", before)
    if _OWN_SUBJECT.search(tail):
        return False
    return bool(rx.search(tail))


def claim_of(s: Sentence, lang: str = "en") -> str:
    """The claim of a thesis or conclusion sentence as a that-clause (without
    "that"), or "" when the sentence does not state one cleanly.

    >>> claim_of(Sentence("This paper argues that Ostmark acts from interest.", "p", None, 0))
    'Ostmark acts from interest'
    >>> claim_of(Sentence("Considering this, it is possible to argue that X rose sharply after the war.", "p", None, 0))
    'X rose sharply after the war'
    >>> claim_of(Sentence("This supplements our argument put forward at the start: the key actors "
    ...                   "define their strategies by the context of the relations.", "p", None, 0))
    'the key actors define their strategies by the context of the relations'
    >>> claim_of(Sentence("Vertreten wird die These, dass die Politik scheiterte.", "p", None, 0), "de")
    'dass die Politik scheiterte'
    """
    text = strip_citations(s.text)
    if lang == "de":
        m = re.search(r"\b(?:zeigt|zeigen|belegt|belegen|argumentiert|festhalten|feststellen|festgehalten(?: werden)?|"
                      r"These|Argument|davon auszugehen|sagen),? (dass|daß) (?P<c>[^;:]+?)[.!]?$",
                      text)
        if not m or len(m.group("c").split()) > 30 or _not_own(text[:m.start()], lang):
            return ""
        return "dass " + m.group("c")
    m = re.search(r"\b(?:argues?|argued|contends?|claims?|maintains?|shows?|demonstrates?|"
                  r"suggests?|proposes?|conclude|argue|is) that (?P<c>[^;:]+?)[.!]?$", text) or \
        re.search(r"\b(?:my|our) (?:central |main )?(?:argument|thesis)\b[^:;.]{0,80}:\s*"
                  r"(?P<c>[^;:]+?)[.!]?$", text)
    if not m or _not_own(text[:m.start()], lang):
        return ""
    c = m.group("c").strip()
    if len(c.split()) > 20:        # a long clause: up to its first aside
        # not at ", but instead …": the contrast is the claim's point
        c = re.split(r"\s+\(|,\s+but\s+(?!instead\b|rather\b)|;\s+", c)[0].strip()
    if len(c.split()) > 32 or len(c.split()) < 4 or c.count("“") != c.count("”") \
            or c.count("(") != c.count(")"):
        return ""
    if re.match(r"(?:this|these|it|they|such)\b", c, re.I):
        return ""                     # refers back to something not in the question
    if re.search(r",\s+(?:however|nevertheless|though),", c):
        return ""                     # two clauses spliced by a comma: no clean that-clause
    return c[0].lower() + c[1:] if not re.match(r"[A-Z][a-z]*[A-Z]|[A-Z]{2}|I\b", c) and \
        not _proper_start(c) else c


def _proper_start(c: str) -> bool:
    """The clause starts with a proper name (keep its capital)."""
    w = c.split()[0]
    return w[:1].isupper() and w.lower() not in {"the", "a", "an", "in", "on", "at", "its",
                                                 "their", "developments", "social", "there",
                                                 "most", "many", "some", "all", "both"}


def quotable(s: Sentence, max_words: int = 40) -> bool:
    """A sentence that can be quoted whole in a question: not too long, its
    brackets and quotation marks balanced, opening with a capital (not the
    fragment of a sentence cut in two by the reading of its page), not opening
    with a word that points back to an earlier sentence.

    >>> from coursepack.textutil import Sentence
    >>> quotable(Sentence("will probably produce just what you want in most cases.", "p", None, 0))
    False
    """
    t = s.text
    if len(t.split()) > max_words or len(t.split()) < 6:
        return False
    if not balanced(t):
        return False
    if t.lstrip("“„\"‘«»([")[:1].islower():
        return False        # a fragment: a paragraph read as two ("a Jr part, or the Last …")
    first = t.split()[0].strip("“„\"‘").lower()
    if re.match(r"It (?:seems|is|was|appears)\b", t):
        return True
    return first not in {"this", "that", "these", "those", "they", "he", "she", "it", "its",
                         "such", "and", "but", "however", "moreover", "therefore", "thus",
                         "hence", "also", "here", "there", "then", "so", "or", "both",
                         "dies", "diese", "dieser", "dieses", "er", "sie", "es", "daher",
                         "deshalb", "somit", "auch", "aber", "doch", "dabei", "damit"}
