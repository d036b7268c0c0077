"""Synthetic articles with known truth: typeset through WeasyPrint from a
spec (a dict), their structure written in the corpus gold format.

Each spec picks a layout: one or two columns, a serif or sans face, running
heads and feet with page numbers, page-foot footnotes (``float: footnote``,
superscript calls), numbered or unnumbered headings at two levels, indented
or spaced paragraphs, a block quote, a table with a caption, a reference
list with hanging indents (author-date or numbered), and optionally a
repository-style cover page.  The text is neutral filler written for these
tests (English and German), combined deterministically from a seed.

Pages of headings, paragraph starts and notes are not guessed: they are
looked up in the PDF's text after typesetting.  Words the typesetter
hyphenated at a line end become the gold's ``broken_words``.

    >>> spec = SPECS[0]
    >>> sorted(k for k in spec if k in ("columns", "lang", "notes"))
    ['columns', 'lang', 'notes']
"""

from __future__ import annotations

import html
import random
import re
from pathlib import Path

EN = [
    "The committee met in the spring to review the annual figures of the regional libraries.",
    "Most branches reported a steady number of visitors, although opening hours had changed.",
    "Several members asked whether the figures could be compared with those of earlier years.",
    "A short survey of readers was carried out in three towns and two rural districts.",
    "The answers suggest that evening hours matter more than the size of the collection.",
    "Staff described how requests for local history material have grown since the archive moved.",
    "Some respondents preferred printed catalogues, while others relied entirely on the online search.",
    "The report does not claim that these patterns hold for every region of the country.",
    "Further work would need a larger sample and a longer period of observation.",
    "In the smaller towns the library often serves as a meeting place for clubs and schools.",
    "Funding decisions are made each autumn on the basis of the previous year's accounts.",
    "A comparison with museums and archives shows similar changes in the way visitors arrive.",
    "The authors thank the staff of all participating branches for their patient help.",
    "Questions about lending periods were answered in very different ways by different groups.",
    "Transport links appear to influence attendance more strongly than the age of the building.",
]
DE = [
    "Der Ausschuss traf sich im Frühjahr, um die Jahreszahlen der regionalen Bibliotheken zu prüfen.",
    "Die meisten Zweigstellen meldeten gleichbleibende Besucherzahlen, obwohl sich die Öffnungszeiten änderten.",
    "Mehrere Mitglieder fragten, ob sich die Zahlen mit denen früherer Jahre vergleichen lassen.",
    "In drei Städten und zwei ländlichen Kreisen wurde eine kurze Befragung der Leserschaft durchgeführt.",
    "Die Antworten legen nahe, dass Abendöffnungszeiten wichtiger sind als die Größe des Bestandes.",
    "Die Beschäftigten berichteten, dass Anfragen zur Ortsgeschichte seit dem Umzug des Archivs zunehmen.",
    "Einige Befragte bevorzugten gedruckte Kataloge, andere nutzten ausschließlich die Suche im Netz.",
    "Der Bericht behauptet nicht, dass diese Muster für jede Region des Landes gelten.",
    "Weitere Untersuchungen bräuchten eine größere Stichprobe und einen längeren Beobachtungszeitraum.",
    "In kleineren Gemeinden dient die Bibliothek häufig als Treffpunkt für Vereine und Schulen.",
    "Über die Finanzierung wird jeden Herbst auf der Grundlage der Vorjahresabrechnung entschieden.",
    "Ein Vergleich mit Museen und Archiven zeigt ähnliche Veränderungen im Besucherverhalten.",
    "Die Verkehrsanbindung beeinflusst den Besuch offenbar stärker als das Alter des Gebäudes.",
    "Fragen zu Leihfristen wurden von verschiedenen Gruppen sehr unterschiedlich beantwortet.",
    "Die Verfasserinnen danken den Beschäftigten aller beteiligten Zweigstellen für ihre geduldige Hilfe.",
]
HEADS = {
    "en": [("Introduction", ["Background", "Aims"]), ("Method", ["Sample", "Survey design"]),
           ("Results", ["Visitors", "Collections"]), ("Discussion", [])],
    "de": [("Einleitung", ["Hintergrund", "Ziele"]), ("Vorgehen", ["Stichprobe", "Fragebogen"]),
           ("Ergebnisse", ["Besucherzahlen", "Bestände"]), ("Diskussion", [])],
}
REFS_AD = [
    ("Albers, K. and Moreau, L. (2011) Reading rooms in small towns. Journal of Library Studies 14(2): 33-51."),
    ("Brandt, S. (2004) Public Collections and Their Visitors. Leipzig: Example Press."),
    ("Castell, R. (2015) ‘Opening hours and attendance’, Regional Review 7(1): 101-120."),
    ("Dijkstra, M. and Ortega, P. (2019) Archives after relocation. Amsterdam: Sample Publishers."),
    ("Eriksen, T. (2008) Catalogues in print and online. Information Quarterly 22(4): 5-19."),
]
REFS_NUM = [
    "Albers K, Moreau L. Reading rooms in small towns. J Libr Stud. 2011;14(2):33-51.",
    "Brandt S. Public collections and their visitors. Leipzig: Example Press; 2004.",
    "Castell R. Opening hours and attendance. Reg Rev. 2015;7(1):101-20.",
    "Dijkstra M, Ortega P. Archives after relocation. Amsterdam: Sample Publishers; 2019.",
]

SPECS = [
    {"name": "synth-en-1col-notes", "lang": "en", "columns": 1, "face": "serif", "numbered": True,
     "indent": True, "notes": 4, "refs": "author-date", "cover": True, "seed": 1,
     "title": "Opening Hours and Attendance in Regional Libraries", "subtitle": "A Survey of Five Districts",
     "authors": ["Ada Lindqvist", "Tomas Berger"], "journal": "Journal of Invented Examples 3 (2020)"},
    {"name": "synth-de-2col-notes", "lang": "de", "columns": 2, "face": "sans", "numbered": False,
     "indent": False, "notes": 5, "refs": "author-date", "cover": False, "seed": 2,
     "title": "Öffnungszeiten und Besuch in regionalen Bibliotheken", "subtitle": None,
     "authors": ["Jana Hoffmann"], "journal": "Zeitschrift für erfundene Beispiele 9 (2021)"},
    {"name": "synth-en-2col-numbered", "lang": "en", "columns": 2, "face": "serif", "numbered": True,
     "indent": True, "notes": 0, "refs": "numbered", "cover": False, "seed": 3,
     "title": "Catalogues in Print and Online", "subtitle": None,
     "authors": ["Mira Okafor", "Lena Vogt", "Sam Ruiz"], "journal": "Example Quarterly 12 (2019)"},
    {"name": "synth-de-1col-foot", "lang": "de", "columns": 1, "face": "serif", "numbered": True,
     "indent": False, "notes": 3, "refs": "numbered", "cover": True, "seed": 4,
     "title": "Leihfristen im Vergleich", "subtitle": "Eine Befragung in zwei Kreisen",
     "authors": ["Ruth Kellner", "Oskar Brandt"], "journal": "Beiträge zur Beispielkunde 4 (2022)",
     "foot": "Kellner/Brandt: Leihfristen"},
    # sub-headings in the body's size and face, only italic (no weight, no
    # size to tell them), one long enough to break over two lines, and a
    # lettered series "a) ...", "b) ..." as in working papers
    {"name": "synth-en-2col-plainheads", "lang": "en", "columns": 2, "face": "serif", "numbered": False,
     "indent": True, "notes": 2, "refs": "author-date", "cover": False, "seed": 5, "plain_h3": True,
     "title": "Evening Hours in Small Town Libraries", "subtitle": None,
     "authors": ["Ines Marlow"], "journal": "Example Review 2 (2023)"},
]
#: The plain sub-headings of a ``plain_h3`` spec (English), in place of HEADS' own.
PLAIN_SUBS = [["Background of the survey and the questions readers asked most often in the towns", "Aims"],
              ["a) The branch survey", "b) The reader panel"], ["Visitors", "Collections"], []]

CSS = """
@page {{ size: A4; margin: 22mm 20mm 28mm 20mm;
  @top-center {{ content: "{head}"; font-size: 8pt; font-style: italic; }}
  @bottom-center {{ content: counter(page); font-size: 9pt; }}
  @bottom-left {{ content: "{foot}"; font-size: 8pt; }} }}
@page cover {{ @top-center {{ content: none; }} @bottom-center {{ content: none; }} @bottom-left {{ content: none; }} }}
html {{ font-family: {face}; font-size: 10.5pt; line-height: 1.35; }}
.cover {{ page: cover; break-after: page; font-family: sans-serif; }}
h1.title {{ font-size: 18pt; margin: 0 0 4pt; }}
p.subtitle {{ font-size: 13pt; font-style: italic; margin: 0 0 8pt; text-indent: 0; }}
p.authors {{ font-size: 11pt; margin: 0 0 14pt; text-indent: 0; }}
.body {{ column-count: {columns}; column-gap: 16pt; }}
h2 {{ font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; }}
h3 {{ font-size: 10.5pt; font-style: italic; font-weight: bold; margin: 8pt 0 3pt; break-after: avoid; }}
h3.plain {{ font-weight: normal; margin: 14pt 0 8pt; line-height: 1.35; }}
p {{ margin: 0 0 {pgap}; text-indent: {indent}; text-align: justify; hyphens: auto; }}
h2 + p, h3 + p {{ text-indent: 0; }}
blockquote {{ margin: 6pt 14pt; font-size: 9.5pt; }}
blockquote p {{ text-indent: 0; }}
table {{ border-collapse: collapse; margin: 6pt 0; font-size: 9pt; break-inside: avoid; }}
td, th {{ border-top: 0.5pt solid black; padding: 2pt 6pt; }}
caption {{ caption-side: top; font-size: 9pt; font-weight: bold; text-align: left; }}
.fn {{ float: footnote; font-size: 8.5pt; text-indent: 0; text-align: left; }}
::footnote-call {{ content: counter(footnote); vertical-align: super; font-size: 6.5pt; line-height: 0; }}
::footnote-marker {{ content: counter(footnote) ". "; }}
@page {{ @footnote {{ border-top: 0.5pt solid black; padding-top: 3pt; }} }}
ol.refs, ul.refs {{ padding-left: 0; margin: 0; list-style: none; font-size: 9.5pt; }}
.refs li {{ padding-left: 14pt; text-indent: -14pt; margin-bottom: 2pt; }}
"""


_LEADS = {"en": ["Overall, ", "Moreover, ", "Similarly, ", "In addition, "],
          "de": ["Insgesamt gilt: ", "Außerdem: ", "Ebenso gilt: ", "Hinzu kommt: "]}


def _paragraphs(lang: str, rnd: random.Random, n: int, start: int) -> list[str]:
    """``n`` paragraphs of 3-5 filler sentences; paragraph number ``start + i``
    opens with a lead-in and sentence no other paragraph has anywhere (so its
    first words identify it: up to 60 paragraphs)."""
    pool = EN if lang == "en" else DE
    out = []
    for i in range(start, start + n):
        first = pool[i % len(pool)]
        lead = _LEADS[lang][(i // len(pool)) % len(_LEADS[lang])]
        if lang == "en":
            first = lead + first[0].lower() + first[1:]
        else:
            first = lead + first
        rest = rnd.sample([x for x in pool if x != pool[i % len(pool)]], rnd.randint(2, 4))
        out.append(" ".join([first] + rest))
    return out


def _note_texts(lang: str, n: int) -> list[str]:
    if lang == "en":
        base = ["See the annual report of the regional library board for the full tables.",
                "The survey questions are listed in the appendix of the longer version.",
                "Two districts did not return figures for the month of August.",
                "Opening hours were counted from the published notices, not from staff rotas.",
                "This estimate follows the method described in the previous section."]
    else:
        base = ["Die vollständigen Tabellen finden sich im Jahresbericht des Bibliotheksverbandes.",
                "Die Fragen der Erhebung sind im Anhang der ausführlichen Fassung abgedruckt.",
                "Zwei Kreise haben für den Monat August keine Zahlen gemeldet.",
                "Die Öffnungszeiten wurden den Aushängen entnommen, nicht den Dienstplänen.",
                "Diese Schätzung folgt dem im vorigen Abschnitt beschriebenen Verfahren."]
    return base[:n]


def article(spec: dict) -> tuple[str, dict]:
    """The HTML of the article and its truth (without pages yet)."""
    rnd = random.Random(spec["seed"])
    lang = spec["lang"]
    e = html.escape
    parts = [f'<html lang="{lang}"><head><meta charset="utf-8"><style>']
    parts.append(CSS.format(head=e(spec["journal"]).replace('"', ""), foot=e(spec.get("foot", "")).replace('"', ""),
                            face="serif" if spec["face"] == "serif" else "sans-serif",
                            columns=spec["columns"], indent="1.5em" if spec["indent"] else "0",
                            pgap="0" if spec["indent"] else "6pt"))
    parts.append("</style></head><body>")
    truth = {"name": spec["name"], "title": spec["title"], "subtitle": spec["subtitle"],
             "authors": list(spec["authors"]), "language": lang, "columns": spec["columns"],
             "first_article_page": 2 if spec["cover"] else 1, "cover_pages": [1] if spec["cover"] else [],
             "headings": [], "paragraph_starts": [], "notes": {"count": spec["notes"], "items": []},
             "furniture": {"patterns": ["^" + re.escape(spec["journal"]) + "$", r"^\d{1,2}$"]
                           + (["^" + re.escape(spec["foot"]) + r"(\s*\d+)?$"] if spec.get("foot") else []),
                           "never_in_body": [spec["journal"]] + ([spec["foot"]] if spec.get("foot") else [])},
             "broken_words": [], "references_in_notes": False}
    if spec["cover"]:
        parts.append('<div class="cover"><p>Example Open Repository</p><p>'
                     f'{e(spec["title"])}</p><p>Terms of use: this document is made available for testing only.</p></div>')
    parts.append(f'<h1 class="title">{e(spec["title"])}</h1>')
    if spec["subtitle"]:
        parts.append(f'<p class="subtitle">{e(spec["subtitle"])}</p>')
    parts.append(f'<p class="authors">{e(", ".join(spec["authors"]))}</p><div class="body">')
    notes = _note_texts(lang, spec["notes"])
    note_no = 0
    paras_total = 0
    for i, (h, subs) in enumerate(HEADS[lang], 1):
        if spec.get("plain_h3"):
            subs = PLAIN_SUBS[i - 1]
        text = f"{i} {h}" if spec["numbered"] else h
        parts.append(f"<h2>{e(text)}</h2>")
        truth["headings"].append({"level": 1, "text": text})
        for j, sub in enumerate(subs or [None], 1):
            if sub:
                st = f"{i}.{j} {sub}" if spec["numbered"] else sub
                parts.append(f'<h3 class="plain">{e(st)}</h3>' if spec.get("plain_h3") else f"<h3>{e(st)}</h3>")
                truth["headings"].append({"level": 2, "text": st})
            for p in _paragraphs(lang, rnd, 2, paras_total):
                paras_total += 1
                body = e(p)
                if note_no < len(notes) and paras_total % 2 == 0:
                    first, rest = body.split(" ", 1)
                    body = f'{first}<span class="fn">{e(notes[note_no])}</span> {rest}'
                    note_no += 1
                parts.append(f"<p>{body}</p>")
                truth["paragraph_starts"].append({"text": " ".join(p.split()[:6])})
            if i == 2 and j == 1:
                q = rnd.choice(EN if lang == "en" else DE)
                parts.append(f"<blockquote><p>{e(q)}</p></blockquote>")
                truth["paragraph_starts"].append({"text": " ".join(q.split()[:6])})
            if i == 3 and j == 1:
                cap = "Table 1: Visitors per branch" if lang == "en" else "Tabelle 1: Besuche je Zweigstelle"
                parts.append(f"<table><caption>{cap}</caption><tr><th>Branch</th><th>2019</th><th>2020</th></tr>"
                             "<tr><td>North</td><td>1,204</td><td>1,187</td></tr><tr><td>South</td><td>865</td><td>902</td></tr></table>")
    refs_head = "References" if lang == "en" else "Literatur"
    parts.append(f"<h2>{refs_head}</h2>")
    truth["references_heading"] = refs_head
    if spec["refs"] == "numbered":
        refs = [f"[{k}] {r}" for k, r in enumerate(REFS_NUM, 1)]
    else:
        refs = list(REFS_AD)
    parts.append('<ul class="refs">' + "".join(f"<li>{e(r)}</li>" for r in refs) + "</ul>")
    parts.append("</div></body></html>")
    truth["reference_count"] = len(refs)
    truth["_notes"] = notes
    truth["_refs"] = refs
    return "".join(parts), truth


def _page_texts(pdf: Path, columns: int) -> list[str]:
    """Each page's text in reading order: column by column, without the
    small type of footnote calls."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf)) as doc:
        for p in doc.pages:
            p = p.filter(lambda o: o.get("object_type") != "char" or o.get("size", 10) >= 7.5)
            if columns == 2:
                half = p.width / 2
                out.append((p.crop((0, 0, half, p.height)).extract_text() or "") + "\n"
                           + (p.crop((half, 0, p.width, p.height)).extract_text() or ""))
            else:
                out.append(p.extract_text() or "")
    return out


def _squash(t: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"(\w)[-\u2010\u00ad]\n(\w)", r"\1\2", t))


def build(spec: dict, outdir: Path) -> tuple[Path, dict, list[str]]:
    """Typeset ``spec`` into ``outdir/<name>.pdf``; return the PDF, its gold
    (the format of ``tests/corpus/gold``) and its reference strings."""
    from weasyprint import HTML

    page_html, truth = article(spec)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    pdf = outdir / f"{spec['name']}.pdf"
    HTML(string=page_html).write_pdf(str(pdf))
    pages = _page_texts(pdf, spec["columns"])
    flat = [_squash(t) for t in pages]

    def page_of(s: str, after: int = 1) -> int:
        for k in range(after - 1, len(flat)):
            if s in flat[k]:
                return k + 1
        return 0

    where = truth["first_article_page"]
    for h in truth["headings"]:
        h["page"] = page_of(h["text"], where) or where
        where = h["page"]
    where = truth["first_article_page"]
    for p in truth["paragraph_starts"]:
        p["page"] = page_of(p["text"], where) or where
        where = p["page"]
    for k, n in enumerate(truth.pop("_notes"), 1):
        w = n.split()
        pg = page_of(" ".join(w[:4]), truth["first_article_page"])
        truth["notes"]["items"].append({"number": k, "page": pg, "marker_page": pg,
                                        "first": " ".join(w[:5]), "last": " ".join(w[-5:])})
    # words the typesetter broke at a line end (the source has no such hyphen)
    truth["broken_words"] += broken_words(enumerate(pages, 1), " ".join(EN + DE))
    refs = truth.pop("_refs")
    from tests.corpus.scoring import with_defaults
    return pdf, with_defaults(truth), refs


def broken_words(pages, source: str) -> list[dict]:
    """The gold's ``broken_words``: words the typesetter broke at a line end
    on the pages ``(number, text)``, each once, where ``source`` (the text
    typeset) has the word whole (so a hyphen the text has is no break)."""
    out, seen = [], set()
    for k, text in pages:
        for m in re.finditer(r"(\w+)[-\u2010\u00ad]\n(\w+)", text):
            word = m.group(1) + m.group(2)
            if re.search(r"\b" + re.escape(word) + r"\b", source) and word not in seen:
                seen.add(word)
                out.append({"page": k, "pdf": f"{m.group(1)}- {m.group(2)}", "word": word})
    return out
