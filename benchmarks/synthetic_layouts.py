#!/usr/bin/env python3
"""Synthetic article layouts with known truth: how well the PDF reader
generalises beyond the corpus.

    python3 benchmarks/synthetic_layouts.py [--n 40] [--seed 1] [--only K ...]
                                            [--keep DIR] [--json FILE] [-v] [--classic | --gen 1]

A seeded generator draws ``--n`` article specs, each a random mix of layout
features (one or two columns; page-foot footnotes numbered or starred, or
endnotes, or none; running heads naming the journal, the authors or a short
title, with or without folios, alternating on left and right pages or not; a
repository cover sheet; headings numbered or not, bold, in small capitals or
italic, run-in sub-headings, two or three levels; an abstract with or
without keywords; an author-date or numbered reference list with hanging
indents long enough to spill over a page or column; block quotes, lists, a
table and a figure with captions; the installed serif and sans faces,
sizes, margins, page sizes, justified or ragged text with or without
hyphenation; English or German; and, drawn apart so that ``--classic``
gives the earlier documents unchanged: a first page's small print with the
article's history, licence and DOI, in the page's margin or as a note
without a call; a page-foot note running on to the next page's foot; the
reference list's heading numbered as a section; and, from a third stream
that ``--gen 1`` leaves out: endnotes after the reference list, the
abstract again in the other language, the corresponding author's address
in the first page's small print, references ending in a web address, a
reference list in two columns under a one-column body, the section's
title as the right pages' running head), typesets it with
WeasyPrint and writes its truth in the corpus gold format (``tests/corpus/README.md``).  Pages of
headings, paragraph starts and notes are looked up in the PDF's text after
typesetting; words broken at line ends become ``broken_words``.

Each PDF is read with ``coursepack.read.pdf.read_pdf`` and scored with
``tests/corpus/scoring.py`` exactly as ``benchmarks/corpus.py`` scores the
corpus (same columns), then totals are printed per layout feature (rows
``feature=value``: every document having it) and overall.

The same ``--seed`` and ``--n`` always give the same documents; document
``k`` depends only on the seed and ``k`` (``--only 3 17`` re-runs two).
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.corpus import scoring  # noqa: E402
from tests.corpus.synth.generate import DE, EN, broken_words  # noqa: E402

e = html.escape

# ------------------------------------------------------------------ material

FACES = {"serif": ["DejaVu Serif", "Nimbus Roman", "C059", "P052", "Noto Serif", "URW Bookman"],
         "sans": ["DejaVu Sans", "Nimbus Sans", "Noto Sans", "URW Gothic"]}
LEADS = {"en": ["Overall, ", "Moreover, ", "Similarly, ", "In addition, ", "By contrast, ", "In practice, ",
                "Nevertheless, "],
         "de": ["Insgesamt gilt: ", "Außerdem: ", "Ebenso gilt: ", "Hinzu kommt: ", "Dagegen gilt: ",
                "In der Praxis: ", "Dennoch gilt: "]}
TITLES = {"en": ["Opening Hours and Attendance in Regional Libraries", "Catalogues in Print and Online",
                 "Reading Rooms After the Move of the Archive", "Lending Periods and Their Readers",
                 "Evening Hours in Small Town Libraries", "Transport Links and the Use of Public Collections",
                 "Local History Requests in Five Districts", "Mobile Libraries in Rural Counties"],
          "de": ["Öffnungszeiten und Besuch in regionalen Bibliotheken", "Leihfristen im Vergleich",
                 "Lesesäle nach dem Umzug des Archivs", "Gedruckte Kataloge und die Suche im Netz",
                 "Abendöffnung in kleinen Gemeinden", "Fahrbibliotheken auf dem Land"]}
SUBTITLES = {"en": ["A Survey of Five Districts", "Evidence from Three Towns", "Notes on a Regional Count"],
             "de": ["Eine Befragung in zwei Kreisen", "Befunde aus drei Städten"]}
NAMES = ["Ada Lindqvist", "Tomas Berger", "Jana Hoffmann", "Mira Okafor", "Lena Vogt", "Sam Ruiz",
         "Ruth Kellner", "Oskar Brandt", "Ines Marlow", "Pavel Novak", "Carla Duarte", "Henrik Aalto"]
AFFIL = ["University of Example, Department of Library Studies", "Institute for Invented Research, Berlin",
         "Example College, School of Information"]
HEADS = {"en": [("Introduction", ["Background", "Aims of the study"]), ("Sources and method", ["Sample", "Survey design"]),
                ("Results", ["Visitors", "Collections", "Staff"]), ("Discussion", ["Limits"]), ("Conclusion", [])],
         "de": [("Einleitung", ["Hintergrund", "Ziele der Untersuchung"]), ("Quellen und Vorgehen", ["Stichprobe", "Fragebogen"]),
                ("Ergebnisse", ["Besucherzahlen", "Bestände", "Personal"]), ("Diskussion", ["Grenzen"]), ("Schluss", [])]}
LEVEL3 = {"en": ["Weekday counts", "Weekend counts"], "de": ["Zählungen an Werktagen", "Zählungen am Wochenende"]}
QUOTES = {"en": ["A library that closes at five o'clock is closed to everyone who works until five o'clock, "
                 "and that is most of the people who pay for it.",
                 "We counted the readers, but we never asked them why they came, and that was the question that mattered."],
          "de": ["Eine Bibliothek, die um fünf Uhr schließt, ist für alle geschlossen, die bis fünf Uhr arbeiten, "
                 "und das sind die meisten, die sie bezahlen.",
                 "Wir haben die Leser gezählt, aber nie gefragt, warum sie kamen, und das war die eigentliche Frage."]}
ITEMS = {"en": ["Opening hours on weekday evenings were extended in three branches.",
                "Lending periods for printed books were doubled for readers over seventy.",
                "Requests for local history material were answered within one week.",
                "Mobile library stops were moved closer to the rural bus routes."],
         "de": ["Die Öffnungszeiten an Werktagen wurden in drei Zweigstellen verlängert.",
                "Die Leihfristen für gedruckte Bücher wurden für ältere Leser verdoppelt.",
                "Anfragen zur Ortsgeschichte wurden innerhalb einer Woche beantwortet.",
                "Die Haltestellen der Fahrbibliothek wurden näher an die Buslinien gelegt."]}
NOTES = {"en": ["See the annual report of the regional library board for the full tables of visitors.",
                "The survey questions are listed in the appendix of the longer version of this paper.",
                "Two districts did not return figures for the month of August and are left out.",
                "Opening hours were counted from the published notices, not from the staff rotas.",
                "This estimate follows the method described in the previous section of the article.",
                "On the history of the county collections see the reports of the libraries since 1950."],
         "de": ["Die vollständigen Tabellen finden sich im Jahresbericht des Bibliotheksverbandes.",
                "Die Fragen der Erhebung sind im Anhang der ausführlichen Fassung abgedruckt.",
                "Zwei Kreise haben für den Monat August keine Zahlen gemeldet und fehlen daher.",
                "Die Öffnungszeiten wurden den Aushängen entnommen, nicht den Dienstplänen.",
                "Diese Schätzung folgt dem im vorigen Abschnitt beschriebenen Verfahren.",
                "Zur Geschichte der Bestände vgl. die Berichte der Bibliotheken seit 1950."]}
TITLE_NOTE = {"en": "We are grateful to the five district boards for their support of the survey.",
              "de": "Wir danken den Kreisverwaltungen für ihre Unterstützung bei der Befragung."}
SYMBOLS = ["*", "†", "‡", "§"]
#: a first page's small print (received and accepted dates, licence, DOI)
FIRST_FOOT = {"en": ["Received 3 March 2019; accepted 12 June 2019; published online 2 July 2019.",
                     "© {year} The Author(s). Published under a Creative Commons Attribution 4.0 licence.",
                     "https://doi.org/10.5555/jls.{year}.{volume}017"],
              "de": ["Eingegangen am 3. März 2019; angenommen am 12. Juni 2019.",
                     "© {year} Die Autorinnen und Autoren. Veröffentlicht unter der Lizenz CC BY 4.0.",
                     "https://doi.org/10.5555/jls.{year}.{volume}017"]}
#: a note long enough to run on to the next page's foot
LONG_NOTE = {"en": ("The figures for the smaller branches were collected by volunteers over two winters, "
                    "and the counts of evening visitors in particular depend on how each branch kept its "
                    "register: some counted every visit at the door, others only the readers who borrowed "
                    "a book or asked at the desk, and a few estimated the numbers for the weeks in which "
                    "nobody was free to count. Where two registers disagreed, the lower figure was taken, "
                    "which is why the totals given here are smaller than those of the annual reports of "
                    "the board, and the difference is largest for the rural branches, whose registers "
                    "were kept by the drivers of the mobile libraries between their stops."),
             "de": ("Die Zahlen der kleineren Zweigstellen wurden über zwei Winter von Ehrenamtlichen "
                    "erhoben, und gerade die Zählungen am Abend hängen davon ab, wie jede Zweigstelle ihr "
                    "Register führte: Manche zählten jeden Besuch an der Tür, andere nur die Leser, die ein "
                    "Buch entliehen oder am Schalter fragten, und einige schätzten die Zahlen für die "
                    "Wochen, in denen niemand zählen konnte. Wo zwei Register voneinander abwichen, wurde "
                    "die kleinere Zahl genommen, weshalb die hier genannten Summen kleiner sind als die der "
                    "Jahresberichte des Verbandes, und der Unterschied ist für die ländlichen Zweigstellen "
                    "am größten, deren Register die Fahrer der Fahrbibliotheken zwischen ihren "
                    "Haltestellen führten.")}
SURNAMES = ["Albers", "Brandt", "Castell", "Dijkstra", "Eriksen", "Farkas", "Gomez", "Holm", "Ibsen", "Jansen",
            "Keller", "Larsen", "Moreau", "Nagel", "Ortega", "Petersen", "Quist", "Rossi", "Svensson", "Tamm"]
JOURNALS = ["Journal of Library Studies", "Regional Review", "Information Quarterly", "Archives and Readers",
            "Rural Studies", "Public Collections Review"]
TOPICS = ["Reading rooms in small towns", "Public collections and their visitors", "Opening hours and attendance",
          "Archives after relocation", "Catalogues in print and online", "Mobile libraries in rural districts",
          "Evening hours and young readers", "The county library register", "Lending periods compared",
          "Local history in the public library", "Transport and attendance", "Counting visitors"]
ABSTRACT = {"en": ["This article reports a survey of readers in the regional libraries of five districts.",
                   "It compares opening hours, lending periods and transport links with the number of visitors.",
                   "Evening hours matter more than the size of the collection.",
                   "The findings do not hold for every region of the country."],
            "de": ["Der Beitrag berichtet über eine Befragung in den Bibliotheken von fünf Kreisen.",
                   "Er vergleicht Öffnungszeiten, Leihfristen und Verkehrsanbindung mit den Besucherzahlen.",
                   "Abendöffnungszeiten sind wichtiger als die Größe des Bestandes.",
                   "Die Ergebnisse gelten nicht für jede Region des Landes."]}
LABELS = {"en": {"abstract": "Abstract", "keywords": "Keywords", "refs": ["References", "Bibliography", "Works Cited"],
                 "notes": "Notes", "table": "Table", "figure": "Figure"},
          "de": {"abstract": "Zusammenfassung", "keywords": "Schlüsselwörter", "refs": ["Literatur", "Literaturverzeichnis"],
                 "notes": "Anmerkungen", "table": "Tabelle", "figure": "Abbildung"}}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]


def reference(rnd: random.Random, k: int, style: str) -> str:
    """One invented reference entry (numbered styles get their number later)."""
    a = SURNAMES[k % len(SURNAMES)]
    co = rnd.sample([s for s in SURNAMES if s != a], rnd.choice([0, 0, 1, 2]))
    year = rnd.randint(1978, 2021)
    topic = TOPICS[(k * 7) % len(TOPICS)]
    long = rnd.random() < 0.5
    if style == "author-date":
        names = f"{a}, {chr(65 + k % 26)}."
        for c in co:
            names += f", {c}, {chr(70 + len(c) % 20)}."
        names = re.sub(r", ([^,]+, [A-Z]\.)$", r" and \1", names) if co else names
        if rnd.random() < 0.5:
            return (f"{names} ({year}) {topic}{': a comparison of regional and national figures over two decades' if long else ''}. "
                    f"{rnd.choice(JOURNALS)} {rnd.randint(2, 40)}({rnd.randint(1, 4)}): {rnd.randint(1, 200)}-{rnd.randint(201, 400)}.")
        return f"{names} ({year}) {topic}{', with an appendix of sources and tables' if long else ''}. {rnd.choice(['London', 'Leipzig', 'Oslo', 'Amsterdam'])}: Example Press."
    names = f"{a} {chr(65 + k % 26)}" + "".join(f", {c} {chr(70 + len(c) % 20)}" for c in co)
    return (f"{names}. {topic}{' in a comparative perspective over two decades of regional statistics' if long else ''}. "
            f"{rnd.choice(JOURNALS)}. {year};{rnd.randint(2, 40)}({rnd.randint(1, 4)}):{rnd.randint(1, 200)}-{rnd.randint(201, 400)}.")


def web_address(rnd: random.Random, lang: str, j: int) -> str:
    """A reference's closing web address, long enough to break over lines."""
    topic = rnd.choice(["annual-statistics-of-regional-libraries", "opening-hours-survey-results",
                        "mobile-library-routes-and-stops", "county-collections-report"])
    url = f"https://www.example-library-board.org/publications/reports/{topic}-{2000 + j}.pdf"
    return rnd.choice([f"Retrieved 14 May 2020 from: {url}" if lang == "en" else f"Zugriff am 14. Mai 2020 unter: {url}",
                       f"Available at: {url}" if lang == "en" else f"Online: {url}",
                       f"{url} (accessed 3 March 2021)" if lang == "en" else f"{url} (abgerufen am 3.3.2021)",
                       f"https://doi.org/10.5555/lib.{2000 + j}.{rnd.randint(100, 999)}"])


# ------------------------------------------------------------------ specs

def spec_for(seed: int, k: int, classic: bool = False, gen: int = 2) -> dict:
    """The layout of document ``k`` of the run seeded ``seed``; ``classic``:
    without the families added later (a first-page footer with licence,
    DOI and dates; a footnote running on to the next page's foot; a
    numbered reference list heading), as the generator first drew them;
    ``gen`` 1: with those but without the third generation (endnotes after
    the references, an abstract in a second language, a corresponding
    author's note, references ending in a web address, a reference list in
    two columns under a one-column body, the section's title as the right
    page's running head)."""
    rnd = random.Random(f"{seed}:{k}")
    lang = "de" if rnd.random() < 0.3 else "en"
    face = rnd.choice(["serif", "serif", "sans"])
    s = {
        "k": k, "lang": lang, "columns": rnd.choice([1, 1, 2]), "face": face, "font": rnd.choice(FACES[face]),
        "size": rnd.choice([10, 10.5]), "margin": rnd.choice([15, 20, 25, 30]),
        "page": rnd.choice(["A4", "A4", "letter", "170mm 240mm"]), "justify": rnd.random() < 0.7,
        "hyphens": rnd.choice(["auto", "manual"]), "indent": rnd.random() < 0.6,
        "notes": rnd.choice(["none", "foot", "foot", "starred", "endnotes"]),
        "title_note": rnd.random() < 0.3, "runhead": rnd.choice(["none", "journal", "author", "short"]),
        "folio": rnd.choice(["none", "top", "bottom"]), "alternate": rnd.random() < 0.5,
        "cover": rnd.random() < 0.25, "numbering": rnd.choice(["none", "arabic", "arabic.", "roman"]),
        "h1style": rnd.choice(["bold", "bold", "smallcaps", "italic-large", "caps"]),
        "h2style": rnd.choice(["italic", "bold-italic", "run-in"]), "levels": rnd.choice([2, 2, 3]),
        "abstract": rnd.random() < 0.6, "keywords": rnd.random() < 0.4, "affiliation": rnd.random() < 0.4,
        "refs": rnd.choice(["author-date", "numbered-brackets", "numbered-dot"]), "nrefs": rnd.randint(8, 16),
        "quote": rnd.random() < 0.5, "list": rnd.random() < 0.4, "table": rnd.random() < 0.5,
        "figure": rnd.random() < 0.4,
        "title": rnd.choice(TITLES[lang]), "subtitle": rnd.choice(SUBTITLES[lang]) if rnd.random() < 0.3 else None,
        "authors": rnd.sample(NAMES, rnd.choice([1, 1, 2, 2, 3])), "journal": rnd.choice(JOURNALS),
        "volume": rnd.randint(2, 40), "year": rnd.randint(2005, 2024),
    }
    if s["notes"] == "none":
        s["title_note"] = False
    if s["h2style"] == "run-in":
        s["levels"] = 2          # a run-in sub-heading has no level below it here
    s["seed_text"] = rnd.randint(0, 10 ** 6)
    # families added later draw from a stream of their own: with
    # ``classic`` (or without them) every earlier document is unchanged
    x = random.Random(f"{seed}:{k}:families")
    s["firstfoot"] = "none" if classic else x.choice(["none", "none", "margin", "footnote"])
    s["longnote"] = (not classic) and s["notes"] == "foot" and x.random() < 0.5
    s["refs_numbered"] = (not classic) and s["numbering"] in ("arabic", "arabic.") and x.random() < 0.5
    # the third generation, again from a stream of its own (``gen`` 1
    # gives the documents of the second generation unchanged)
    y = random.Random(f"{seed}:{k}:families2")
    new = gen >= 2 and not classic
    s["endnotes_after"] = new and s["notes"] == "endnotes" and y.random() < 0.5
    s["abstract2"] = new and s["abstract"] and y.random() < 0.35
    s["contact"] = new and y.random() < 0.3
    s["ref_urls"] = new and y.random() < 0.4
    s["refs_cols"] = new and s["columns"] == 1 and y.random() < 0.3
    s["section_head"] = new and y.random() < 0.25
    return s


#: features reported per value (the spec key; its value is the row's label)
FEATURES = ["columns", "lang", "face", "notes", "title_note", "runhead", "folio", "alternate", "cover",
            "numbering", "h1style", "h2style", "levels", "abstract", "keywords", "affiliation", "refs",
            "justify", "hyphens", "indent", "quote", "list", "table", "figure", "page",
            "firstfoot", "longnote", "refs_numbered",
            "endnotes_after", "abstract2", "contact", "ref_urls", "refs_cols", "section_head"]


# ------------------------------------------------------------------ the article

def css(s: dict) -> str:
    size = s["size"]
    page = {"A4": "A4", "letter": "letter"}.get(s["page"], s["page"])
    m = s["margin"]
    head = running_head(s)
    small = round(size * 0.8, 1)
    boxes = []
    if s.get("section_head"):       # the right page names the section it holds
        head = (head[0] if head else "", "")
    if head and (s["alternate"] or s.get("section_head")):
        left_head, right_head = (f'"{x}"' if x else "none" for x in head)
        if s.get("section_head"):
            right_head = "string(sec)"
        fo_l = fo_r = ""
        if s["folio"] == "top":
            fo_l = f'@top-left {{ content: counter(page); font-size: {small}pt }}'
            fo_r = f'@top-right {{ content: counter(page); font-size: {small}pt }}'
        boxes.append(f'@page :left {{ {fo_l} @top-{"right" if fo_l else "center"} {{ content: {left_head}; font-size: {small}pt; font-style: italic }} }}')
        boxes.append(f'@page :right {{ {fo_r} @top-{"left" if fo_r else "center"} {{ content: {right_head}; font-size: {small}pt; font-style: italic }} }}')
    elif head:
        fo = f'@top-right {{ content: counter(page); font-size: {small}pt }}' if s["folio"] == "top" else ""
        boxes.append(f'@page {{ {fo} @top-{"left" if fo else "center"} {{ content: "{head[0]}"; font-size: {small}pt; font-style: italic }} }}')
    elif s["folio"] == "top":
        boxes.append(f'@page {{ @top-right {{ content: counter(page); font-size: {small}pt }} }}')
    if s["folio"] == "bottom":
        boxes.append(f'@page {{ @bottom-center {{ content: counter(page); font-size: {small}pt }} }}')
    if s.get("firstfoot") == "margin":     # the first article page's small print under the text block
        lines = "\\A ".join(t.format(year=s["year"], volume=s["volume"]) for t in FIRST_FOOT[s["lang"]])
        boxes.append(f'@page :nth({2 if s["cover"] else 1}) {{ @bottom-left {{ content: "{lines}"; white-space: pre; font-size: {round(size * 0.7, 1)}pt; '
                     f'vertical-align: top; padding-top: 4pt }} }}')
    h1 = {"bold": f"font-size: {size + 2}pt; font-weight: bold;",
          "smallcaps": f"font-size: {size}pt; font-weight: normal; text-align: center; letter-spacing: 0.5pt;",
          "italic-large": f"font-size: {size + 3}pt; font-weight: normal; font-style: italic;",
          "caps": f"font-size: {size}pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.3pt;"}[s["h1style"]]
    h2 = {"italic": "font-style: italic; font-weight: normal;", "bold-italic": "font-style: italic; font-weight: bold;",
          "run-in": "font-weight: bold;"}[s["h2style"]]
    return f"""
@page {{ size: {page}; margin: {m + 4}mm {m}mm {m + 6}mm {m}mm }}
{' '.join(boxes)}
@page cover {{ @top-left {{ content: none }} @top-right {{ content: none }} @top-center {{ content: none }} @bottom-center {{ content: none }} }}
html {{ font-family: "{s['font']}"; font-size: {size}pt; line-height: 1.35 }}
.cover {{ page: cover; break-after: page; font-family: sans-serif; font-size: 10pt }}
.cover .big {{ font-size: 18pt; margin-bottom: 30pt }}
h1.title {{ font-size: {size + 8}pt; margin: 0 0 4pt; font-weight: bold; line-height: 1.2 }}
p.subtitle {{ font-size: {size + 3}pt; font-style: italic; margin: 0 0 8pt; text-indent: 0 }}
p.authors {{ font-size: {size + 1}pt; margin: 0 0 4pt; text-indent: 0 }}
p.affil {{ font-size: {small}pt; margin: 0 0 4pt; text-indent: 0; font-style: italic }}
.front {{ margin-bottom: 14pt }}
.abstract {{ font-size: {size - 0.5}pt; margin: 8pt 0 12pt; text-indent: 0; text-align: justify }}
.abstract p {{ text-indent: 0; margin: 0 }} .kw {{ font-size: {size - 0.5}pt; margin: 0 0 12pt; text-indent: 0 }}
.body {{ column-count: {s['columns']}; column-gap: 16pt; counter-reset: footnote }}
h2 {{ {h1} margin: 12pt 0 5pt; break-after: avoid; line-height: 1.25 }}
{'.body h2 { string-set: sec content(text) }' if s.get("section_head") else ""}
h3 {{ {h2} font-size: {size}pt; margin: 8pt 0 3pt; break-after: avoid }}
h4 {{ font-style: italic; font-weight: normal; font-size: {size}pt; margin: 6pt 0 2pt; break-after: avoid }}
b.runin {{ font-weight: bold }}
p {{ margin: 0 0 {'0' if s['indent'] else '6pt'}; text-indent: {'1.5em' if s['indent'] else '0'};
     text-align: {'justify' if s['justify'] else 'left'}; hyphens: {s['hyphens']}; orphans: 2; widows: 2 }}
h2 + p, h3 + p, h4 + p, .first {{ text-indent: 0 }}
blockquote {{ margin: 6pt 18pt; font-size: {size - 1}pt }} blockquote p {{ text-indent: 0 }}
ul.list, ol.list {{ margin: 4pt 0 6pt 18pt; padding: 0 }} .list li {{ margin-bottom: 2pt; text-align: left }}
table {{ border-collapse: collapse; margin: 6pt 0; font-size: {size - 1.5}pt; break-inside: avoid }}
td, th {{ border-top: 0.5pt solid black; padding: 2pt 6pt; text-align: left }}
caption {{ caption-side: top; font-size: {size - 1.5}pt; font-weight: bold; text-align: left; padding-bottom: 3pt }}
figure {{ margin: 8pt 0; break-inside: avoid }} figcaption {{ font-size: {size - 1.5}pt; margin-top: 3pt }}
.fn {{ float: footnote; font-size: {small}pt; text-indent: 0; text-align: left; font-style: normal; font-weight: normal }}
::footnote-call {{ content: counter(footnote); vertical-align: super; font-size: {round(size * 0.6, 1)}pt; line-height: 0 }}
::footnote-marker {{ content: counter(footnote) ". " }}
{''.join(f'.s{i}::footnote-call {{ content: "{sym}"; vertical-align: super; font-size: {round(size * 0.7, 1)}pt; line-height: 0 }} .s{i}::footnote-marker {{ content: "{sym} " }} .s{i} {{ counter-increment: none }} ' for i, sym in enumerate(SYMBOLS))}
@page {{ @footnote {{ border-top: 0.5pt solid black; padding-top: 3pt }} }}
.fn.cont::footnote-call, .fn.meta::footnote-call {{ content: none }} .fn.cont::footnote-marker, .fn.meta::footnote-marker {{ content: none }}
{'.fn[data-n]::footnote-call { content: attr(data-n) } .fn[data-n]::footnote-marker { content: attr(data-n) ". " }' if s.get("longnote") else ""}
sup.en {{ font-size: {round(size * 0.6, 1)}pt; vertical-align: super; line-height: 0 }}
.endnotes p {{ font-size: {size - 1}pt; text-indent: 0; margin-bottom: 3pt; text-align: left }}
{'.refs { column-count: 2; column-gap: 14pt }' if s.get("refs_cols") else ""}
.refs p {{ font-size: {size - 1}pt; padding-left: 16pt; text-indent: -16pt; margin-bottom: 2pt; text-align: left }}
"""


def running_head(s: dict) -> tuple[str, str] | None:
    """(left page, right page) running heads, or None."""
    journal = f"{s['journal']} {s['volume']} ({s['year']})"
    surnames = [a.split()[-1] for a in s["authors"]]
    who = surnames[0] + (" et al." if len(surnames) > 2 else (f" and {surnames[1]}" if len(surnames) == 2 else ""))
    short = s["title"].split(" and ")[0].split(" und ")[0][:40].rstrip()
    kind = s["runhead"]
    if kind == "none":
        return None
    if kind == "journal":
        return (journal, journal) if not s["alternate"] else (journal, f"{who}: {short}")
    if kind == "author":
        return (who, who) if not s["alternate"] else (who, short)
    return (short, short) if not s["alternate"] else (journal, short)


def heading_number(s: dict, path: list[int]) -> str:
    n = s["numbering"]
    if n == "none":
        return ""
    if n == "roman":
        if len(path) == 1:
            return ROMAN[path[0] - 1] + ". "
        if len(path) == 2:
            return chr(64 + path[1]) + ". "
        return f"{path[2]}. "
    num = ".".join(str(p) for p in path)
    return num + (". " if n == "arabic." and len(path) == 1 else " ")


def smallcaps(text: str, size: float) -> str:
    """Small capitals drawn as most PDFs carry them: capitals of two sizes."""
    out = []
    for w in text.split(" "):
        if not w:
            continue
        out.append(f'<span style="font-size:{size + 1}pt">{e(w[0].upper())}</span>'
                   f'<span style="font-size:{round(size * 0.78, 1)}pt">{e(w[1:].upper())}</span>')
    return " ".join(out)


def article(s: dict) -> tuple[str, dict]:
    """The HTML of document ``s`` and its truth (pages still to be looked up)."""
    rnd = random.Random(s["seed_text"])
    lang = s["lang"]
    pool = EN if lang == "en" else DE
    L = LABELS[lang]
    head = running_head(s)
    truth = {"name": f"layout-{s['k']:03d}", "title": s["title"], "subtitle": s["subtitle"],
             "authors": list(s["authors"]), "language": lang, "columns": s["columns"],
             "first_article_page": 2 if s["cover"] else 1, "cover_pages": [1] if s["cover"] else [],
             "headings": [], "paragraph_starts": [], "notes": {"count": 0, "items": []},
             "furniture": {"patterns": [], "never_in_body": []}, "broken_words": [],
             "references_in_notes": False, "abstracts": []}
    if head:
        if s.get("section_head"):     # the right page's head is the section's own title
            head = (head[0],)
        for h in set(head):
            truth["furniture"]["patterns"].append(r"^(\d{1,3}\s+)?" + re.escape(h) + r"(\s+\d{1,3})?$")
            if len(h) > 20:
                truth["furniture"]["never_in_body"].append(h)
    if s["folio"] != "none":
        truth["furniture"]["patterns"].append(r"^\d{1,3}$")
    small_print = [t.format(year=s["year"], volume=s["volume"]) for t in FIRST_FOOT[s["lang"]]]
    if s.get("firstfoot", "none") != "none":
        truth["furniture"]["never_in_body"] += small_print
    parts = []
    if s["cover"]:
        parts.append('<div class="cover"><p class="big">Example Open Repository</p>'
                     f'<p><b>{e(s["title"])}</b></p><p>{e("; ".join(a.split()[-1] + ", " + a.split()[0] for a in s["authors"]))}</p>'
                     '<p>Published version / Veröffentlichungsversion. Journal article / Zeitschriftenartikel</p>'
                     '<p>Terms of use: this document is made available under a CC BY licence. '
                     'Nutzungsbedingungen: Dieser Text wird unter einer CC BY Lizenz zur Verfügung gestellt.</p></div>')
    notes_all: list[tuple[str, str, str]] = []     # (marker, text, anchor: first words of the sentence before the call)
    tn = ""
    if s["title_note"]:
        sym = "*"
        tn = f'<span class="fn s0">{e(TITLE_NOTE[lang])}</span>' if s["notes"] in ("foot", "starred") else \
            '<sup class="en">*</sup>'
        notes_all.append(("*", TITLE_NOTE[lang], "@title"))
    parts.append(f'<div class="front"><h1 class="title">{e(s["title"])}{tn}</h1>')
    if s["subtitle"]:
        parts.append(f'<p class="subtitle">{e(s["subtitle"])}</p>')
    conj = " and " if lang == "en" else " und "
    names = s["authors"][0] if len(s["authors"]) == 1 else ", ".join(s["authors"][:-1]) + conj + s["authors"][-1]
    # the first page's small print as a note without a call (before the
    # body, whose note counter starts afresh)
    meta_lines = small_print if s.get("firstfoot") == "footnote" else []
    if s.get("contact"):        # the corresponding author's address, a note without a call
        who = s["authors"][0]
        contact = [("Corresponding author: " if lang == "en" else "Korrespondenzadresse: ") + who,
                   ("Email: " if lang == "en" else "E-Mail: ") + who.lower().replace(" ", ".") + "@example.org"]
        meta_lines = contact + meta_lines
        truth["furniture"]["never_in_body"] += contact
    meta = f'<span class="fn meta">{"<br>".join(e(t) for t in meta_lines)}</span>' if meta_lines else ""
    parts.append(f'<p class="authors">{e(names)}{meta}</p>')
    if s["affiliation"]:
        parts.append(f'<p class="affil">{e(rnd.choice(AFFIL))}</p>')
    parts.append("</div>")
    if s["abstract"]:
        text = " ".join(ABSTRACT[lang])
        parts.append(f'<div class="abstract"><p><b>{L["abstract"]}</b> {e(text)}</p></div>')
        truth["abstracts"].append({"first": " ".join(text.split()[:6])})
        if s["keywords"]:
            kw = "; ".join(["libraries", "opening hours", "readers", "regional statistics"] if lang == "en"
                           else ["Bibliotheken", "Öffnungszeiten", "Leser", "Regionalstatistik"])
            parts.append(f'<p class="kw"><i>{L["keywords"]}:</i> {e(kw)}</p>')
        if s.get("abstract2"):      # the abstract again in the other language
            other = "de" if lang == "en" else "en"
            text2 = " ".join(ABSTRACT[other])
            parts.append(f'<div class="abstract" lang="{other}"><p><b>{LABELS[other]["abstract"]}</b> {e(text2)}</p></div>')
            truth["abstracts"].append({"first": " ".join(text2.split()[:6])})
    parts.append('<div class="body">')
    sym_next = 1 if s["title_note"] else 0
    nnotes = {"none": 0, "foot": rnd.randint(3, 6), "starred": rnd.randint(2, 3), "endnotes": rnd.randint(3, 6)}[s["notes"]]
    pk = 0          # paragraph number in the document

    def paragraph(first_para: bool = False) -> str:
        nonlocal pk, sym_next
        first = pool[pk % len(pool)]
        lead = LEADS[lang][(pk // len(pool)) % len(LEADS[lang])]
        first = lead + (first[0].lower() + first[1:] if lang == "en" else first)
        rest = rnd.sample([x for x in pool if x != pool[pk % len(pool)]], rnd.randint(2, 5))
        pk += 1
        truth["paragraph_starts"].append({"text": " ".join(first.split()[:6])})
        body = e(first)
        noted = sum(1 for m, _, a in notes_all if a != "@title")
        if noted < nnotes and rnd.random() < 0.45:
            text = NOTES[lang][noted % len(NOTES[lang])]
            if s["notes"] == "foot":
                # (numbered by hand where a note's second half, a note of its
                # own to the typesetter, would count in the numbering)
                num = f' data-n="{noted + 1}"' if s.get("longnote") else ""
                body += f'<span class="fn"{num}>{e(text)}</span>'
                marker = str(noted + 1)
            elif s["notes"] == "starred":
                marker = SYMBOLS[sym_next % len(SYMBOLS)]
                body += f'<span class="fn s{sym_next % len(SYMBOLS)}">{e(text)}</span>'
                sym_next += 1
            else:
                marker = str(noted + 1)
                body += f'<sup class="en">{marker}</sup>'
            notes_all.append((marker, text, first))
        return body + " " + e(" ".join(rest))

    def runin_para(label: str) -> str:
        return f'<p><b class="runin">{e(label)}.</b> {paragraph()}</p>'

    heads = HEADS[lang]
    nsec = rnd.randint(4, 5)
    for i, (h, subs) in enumerate(heads[:nsec], 1):
        text = heading_number(s, [i]) + h
        label = smallcaps(text, s["size"]) if s["h1style"] == "smallcaps" else e(text)
        parts.append(f"<h2>{label}</h2>")
        truth["headings"].append({"level": 1, "text": text})
        for _ in range(rnd.randint(1, 2)):
            parts.append(f"<p>{paragraph()}</p>")
        for j, sub in enumerate(subs[:rnd.randint(0, len(subs))], 1):
            st = heading_number(s, [i, j]) + sub
            truth["headings"].append({"level": 2, "text": st})
            if s["h2style"] == "run-in":
                parts.append(runin_para(st))
                truth["paragraph_starts"][-1]["runin"] = True
            else:
                parts.append(f"<h3>{e(st)}</h3><p>{paragraph()}</p>")
            if s["levels"] == 3 and i == 3 and j == 1:
                for m, sub3 in enumerate(LEVEL3[lang], 1):
                    t3 = heading_number(s, [i, j, m]) + sub3
                    truth["headings"].append({"level": 3, "text": t3})
                    parts.append(f"<h4>{e(t3)}</h4><p>{paragraph()}</p>")
            parts.append(f"<p>{paragraph()}</p>")
        if i == 2 and s["quote"]:
            q = QUOTES[lang][rnd.randint(0, 1)]
            parts.append(f"<blockquote><p>{e(q)}</p></blockquote>")
            truth["paragraph_starts"].append({"text": " ".join(q.split()[:6])})
            parts.append(f"<p>{paragraph()}</p>")     # a new paragraph, indented as any
        if i == 3 and s["list"]:
            tag = rnd.choice(["ul", "ol"])
            its = ITEMS[lang][:rnd.randint(3, 4)]
            parts.append(f'<{tag} class="list">' + "".join(f"<li>{e(x)}</li>" for x in its) + f"</{tag}>")
            for x in its:
                truth["paragraph_starts"].append({"text": " ".join(x.split()[:6])})
            parts.append(f"<p>{paragraph()}</p>")
        if i == 3 and s["table"]:
            parts.append(f'<table><caption>{L["table"]} 1: {"Visitors per branch" if lang == "en" else "Besuche je Zweigstelle"}</caption>'
                         "<tr><th>Branch</th><th>2019</th><th>2020</th></tr>"
                         "<tr><td>North</td><td>1,204</td><td>1,187</td></tr><tr><td>Centre</td><td>2,311</td><td>2,090</td></tr>"
                         "<tr><td>South</td><td>865</td><td>902</td></tr></table>")
        if i == 2 and s["figure"]:
            parts.append('<figure><svg width="180" height="90" viewBox="0 0 180 90" xmlns="http://www.w3.org/2000/svg">'
                         '<rect x="10" y="5" width="160" height="70" fill="none" stroke="black" stroke-width="0.6"/>'
                         '<rect x="30" y="30" width="25" height="45" fill="#999"/><rect x="80" y="15" width="25" height="60" fill="#444"/>'
                         '<rect x="130" y="45" width="25" height="30" fill="#999"/>'
                         '<text x="42" y="86" font-size="7" text-anchor="middle">North</text>'
                         '<text x="92" y="86" font-size="7" text-anchor="middle">Centre</text>'
                         '<text x="142" y="86" font-size="7" text-anchor="middle">South</text></svg>'
                         f'<figcaption>{L["figure"]} 1: {"Visitors by district" if lang == "en" else "Besuche nach Kreis"}</figcaption></figure>')
    def endnotes():
        parts.append(f'<h2>{L["notes"]}</h2><div class="endnotes">' + "".join(
            f"<p>{e(m)}{'.' if m.isdigit() else ''} {e(t)}</p>" for m, t, _ in notes_all) + "</div>")
        truth["headings"].append({"level": 1, "text": L["notes"]})

    if s["notes"] == "endnotes" and notes_all and not s.get("endnotes_after"):
        endnotes()
    refs_head = rnd.choice(L["refs"])
    if s.get("refs_numbered"):      # the list numbered as the next section ("6. References")
        refs_head = heading_number(s, [nsec + 1]) + refs_head
    truth["references_heading"] = refs_head
    parts.append(f"<h2>{e(refs_head)}</h2>")
    refs = [reference(rnd, k, "author-date" if s["refs"] == "author-date" else "numbered") for k in range(s["nrefs"])]
    if s["refs"] == "numbered-brackets":
        refs = [f"[{k}] {r}" for k, r in enumerate(refs, 1)]
    elif s["refs"] == "numbered-dot":
        refs = [f"{k}. {r}" for k, r in enumerate(refs, 1)]
    if s.get("ref_urls"):
        urnd = random.Random(f"{s['seed_text']}:urls")
        for j in urnd.sample(range(len(refs)), max(2, len(refs) // 3)):
            refs[j] = refs[j] + " " + web_address(urnd, lang, j)
    parts.append('<div class="refs">' + "".join(f"<p>{e(r)}</p>" for r in refs) + "</div>")
    if s["notes"] == "endnotes" and notes_all and s.get("endnotes_after"):
        endnotes()
    parts.append("</div>")
    doc = (f'<html lang="{lang}"><head><meta charset="utf-8"><style>{css(s)}</style></head>'
           f'<body>{"".join(parts)}</body></html>')
    truth["_notes"] = notes_all
    truth["_refs"] = refs
    truth["notes"]["count"] = len(notes_all)
    return doc, truth


# ------------------------------------------------------------------ truth pages

def _squash(t: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"(\w)[-\u2010\u00ad]\n(\w)", r"\1\2", t))


def page_texts(pdf: Path, columns: int) -> list[tuple[str, str]]:
    """Each page's text twice: whole, and column by column (two columns)."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf)) as doc:
        for p in doc.pages:
            whole = p.extract_text() or ""
            if columns == 2:
                half = p.width / 2
                cols = ((p.crop((0, 0, half, p.height)).extract_text() or "") + "\n"
                        + (p.crop((half, 0, p.width, p.height)).extract_text() or ""))
            else:
                cols = whole
            out.append((whole, cols))
    return out


def place_truth(truth: dict, raw: list[tuple[str, str]], page_of, first: int) -> None:
    """The page of each heading, paragraph start and abstract of ``truth``,
    in order from page ``first``: a heading where its words open a line
    (filler text may repeat them), the others by ``page_of(text, after)``;
    one not found stays on the page of the one before."""
    for key in ("headings", "paragraph_starts", "abstracts"):
        where = first
        for h in truth[key]:
            t = h.get("text") or h.get("first")
            if key == "headings":
                want = "\n" + re.sub(r"\s", "", t).upper()
                got = next((k + 1 for k in range(where - 1, len(raw)) for txt in raw[k]
                            if want in re.sub(r"[ \t]", "", "\n" + txt).upper()), 0)
            else:
                got = page_of(t, where)
            h["page"] = got or where
            where = h["page"]


def build(s: dict, outdir: Path) -> tuple[Path, dict, list[str]]:
    """Typeset document ``s``; return its PDF, its gold and its reference strings."""
    from weasyprint import HTML

    doc, truth = article(s)
    pdf = Path(outdir) / f"{truth['name']}.pdf"
    HTML(string=doc).write_pdf(str(pdf))
    raw = page_texts(pdf, s["columns"])
    flat = [(_squash(a), _squash(b)) for a, b in raw]

    def page_of(text: str, after: int) -> int:
        for k in range(max(after, 1) - 1, len(flat)):
            if text in flat[k][1] or text in flat[k][0]:
                return k + 1
        return 0

    if s.get("longnote"):
        # WeasyPrint never splits a note. The last note on the first note's
        # page is made long, its second half a note without a call at the
        # foot of the next page (anchored in a paragraph starting there), as
        # a page-foot note runs on in print; kept only where the halves
        # stand so, the note still the last of its page
        notes = truth["_notes"]
        pages = [page_of(" ".join(t.split()[:4]), 1) for _, t, _ in notes]
        num = [j for j, (m, _, a) in enumerate(notes) if m.isdigit()]
        j = max((j for j in num if pages[j] == pages[num[0]]), default=None) if num else None
        long = LONG_NOTE[s["lang"]]
        words = long.split()
        head, tail = " ".join(words[:len(words) // 2]), " ".join(words[len(words) // 2:])
        doc2 = None
        if j is not None and pages[j]:
            p = pages[j]
            marker, short, anchor_of = notes[j]
            starts = [h["text"] for h in truth["paragraph_starts"] if page_of(h["text"], p) == p + 1]
            whole = f'<span class="fn" data-n="{marker}">{e(short)}</span>'
            anchor = e(starts[0]) if starts else ""     # before any call of that page
            if anchor and doc.count(whole) == 1 and doc.count(anchor) == 1:
                doc2 = doc.replace(whole, f'<span class="fn" data-n="{marker}">{e(head)}</span>')
                doc2 = doc2.replace(anchor, anchor + f'<span class="fn cont">{e(tail)}</span>')
        if doc2 is not None:
            HTML(string=doc2).write_pdf(str(pdf))
            raw = page_texts(pdf, s["columns"])
            flat = [(_squash(a), _squash(b)) for a, b in raw]
            h, t = page_of(" ".join(head.split()[:4]), 1), page_of(" ".join(tail.split()[:4]), 1)
            later = [page_of(" ".join(x.split()[:4]), 1) for m, x, _ in notes[j + 1:] if m.isdigit()]
            at = lambda x: flat[t - 1][1].find(" ".join(x.split()[:4])) if t else -1  # noqa: E731
            first_there = all(at(x) < 0 or at(x) > at(tail) for m, x, _ in notes if m.isdigit() and x != short)
            if h and t == h + 1 and h not in later and first_there:
                notes[j] = (marker, long, anchor_of)
            else:
                doc2 = None
        if doc2 is None:     # no page after it, or the halves fell apart: no note runs on
            s["longnote"] = False
            HTML(string=doc).write_pdf(str(pdf))
            raw = page_texts(pdf, s["columns"])
            flat = [(_squash(a), _squash(b)) for a, b in raw]

    first = truth["first_article_page"]
    place_truth(truth, raw, page_of, first)
    for h in truth["paragraph_starts"]:
        h.pop("runin", None)
    for n, (marker, text, anchor) in enumerate(truth.pop("_notes"), 1):
        w = text.split()
        pg = page_of(" ".join(w[:4]), first)
        if anchor == "@title":
            mpage = first
        else:       # the call ends the paragraph's first sentence: where that sentence ends
            start = page_of(" ".join(anchor.split()[:6]), first)
            mpage = page_of(anchor, start) if page_of(anchor, start) == start else start + 1
        truth["notes"]["items"].append({"number": int(marker) if marker.isdigit() else marker, "page": pg,
                                        "marker_page": mpage, "first": " ".join(w[:5]), "last": " ".join(w[-5:])})
    source = " ".join(EN + DE + NOTES["en"] + NOTES["de"] + ABSTRACT["en"] + ABSTRACT["de"])
    # (the repository's sheet is no text of the article)
    truth["broken_words"] += broken_words(((k, cols) for k, (_, cols) in enumerate(raw, 1)
                                           if k not in truth["cover_pages"]), source)
    # WeasyPrint 70 defers every footnote to a page of its own at some body
    # sizes (9.5 and 11 pt, whatever the face): sizes are drawn from those
    # that work, and a page-foot note set away from its call is counted here
    truth["displaced_notes"] = sum(1 for it in truth["notes"]["items"]
                                   if s["notes"] in ("foot", "starred") and it["page"] != it["marker_page"])
    refs = truth.pop("_refs")
    return pdf, scoring.with_defaults(truth), refs


# ------------------------------------------------------------------ scoring

KEYS = [("title", "title_ok", None), ("auth", "authors_ok", None), ("head", "headings_found", "headings"),
        ("lvl", "headings_level_ok", "headings_found"), ("false", "headings_false", None),
        ("abs", "abstracts_found", "abstracts"), ("afalse", "abstracts_false", None),
        ("para", "para_found", "para"), ("pfalse", "para_false", None), ("phid", "para_hidden", None),
        ("notes", "notes_found", "notes"), ("npage", "notes_on_page", "notes"), ("mark", "markers_found", "markers"),
        ("nbody", "notes_in_body", None), ("furn", "furniture_in_body", None),
        ("words", "broken_repaired", "broken"), ("fjoin", "false_joins", None), ("refs", "refs_found", "refs")]
ALL_KEYS = scoring.COUNT_KEYS + ("false_joins", "docs")


def row(label: str, results: list[dict]) -> str:
    tot = {k: sum(r.get(k, 0) for r in results) for k in ALL_KEYS}
    n = len(results)
    cells = scoring.total_cells(tot, n, KEYS)
    return f"{label:22s} {n:3d} " + " ".join(f"{c:>7s}" for c in cells)


def header() -> str:
    return f"{'':22s} {'n':>3s} " + " ".join(f"{c:>7s}" for c, _, _ in KEYS)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=40, help="documents (default 40)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", nargs="*", type=int, help="only these document numbers")
    ap.add_argument("--keep", help="keep the PDFs and golds in this folder")
    ap.add_argument("--json", help="write every number to this file")
    ap.add_argument("--no-features", action="store_true", help="only the per-document rows and the total")
    ap.add_argument("-v", "--verbose", action="store_true", help="list what each document missed")
    ap.add_argument("--gen", type=int, default=2,
                    help="1: without the third generation of families (endnotes after the references, a "
                         "second abstract, a corresponding author's note, web addresses in references, "
                         "references in two columns, the section's title as running head)")
    ap.add_argument("--classic", action="store_true",
                    help="the documents as first drawn, without the later families (first-page small "
                         "print, a note running on to the next page, a numbered reference list heading)")
    a = ap.parse_args(argv)

    import corpus                                       # benchmarks/corpus.py: the same reader and scoring
    name, read, text, label = corpus.pick_reader(False)
    repair = corpus._has_repair()
    print(f"reader: {name}; text scored: {label}; seed {a.seed}, {a.n} documents"
          + (" (classic families)" if a.classic else ""))
    ks = a.only if a.only else list(range(a.n))
    specs = [spec_for(a.seed, k, a.classic, a.gen) for k in ks]
    results: dict[str, dict] = {}
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(a.keep) if a.keep else Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        print(header())
        for s in specs:
            pdf, gold, strings = build(s, out)
            if a.keep:
                import yaml
                (out / f"{gold['name']}.yaml").write_text(yaml.safe_dump({**gold, "spec": s}, allow_unicode=True, sort_keys=False),
                                                          encoding="utf-8")
            r = corpus.run([(gold["name"], pdf, gold, strings)], read, text, None, repair)[gold["name"]]
            r["spec"] = s
            r["displaced_notes"] = gold["displaced_notes"]
            results[gold["name"]] = r
            print(row(gold["name"], [r]), f"{r['seconds']:5.1f}s", flush=True)
            if a.verbose:
                for key in ("headings_missed_list", "headings_false_list", "para_missed_list", "abstracts_missed_list",
                            "notes_missed_list", "furniture_in_body_list"):
                    if r.get(key):
                        print(f"    {key}: {r[key]}")
    rs = list(results.values())
    if not a.no_features:
        print("\nby feature")
        print(header())
        for f in FEATURES:
            for v in sorted({str(r["spec"][f]) for r in rs}):
                print(row(f"{f}={v}"[:22], [r for r in rs if str(r["spec"][f]) == v]))
    print()
    print(header())
    print(row("TOTAL", rs), f"{time.perf_counter() - t0:.0f}s")
    shifted = sum(r["displaced_notes"] for r in rs)
    if shifted:
        print(f"(the typesetter set {shifted} page-foot notes on a page after their call's)")
    if a.json:
        Path(a.json).write_text(json.dumps(results, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.exit(main())
