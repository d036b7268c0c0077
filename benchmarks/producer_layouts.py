#!/usr/bin/env python3
"""Articles typeset by other producers, with known truth: how well the PDF
reader reads layouts that did not come out of WeasyPrint.

    python3 benchmarks/producer_layouts.py [--n 12] [--seed 1] [--producer latex odt journal word ...]
                                           [--only K ...] [--keep DIR] [--json FILE] [-v]

``benchmarks/synthetic_layouts.py`` draws its articles from one generator
and one typesetter (WeasyPrint); real unseen articles come from LaTeX,
word processors and publishers' own systems, whose PDFs differ where a
reader is fragile: fonts (Computer Modern and its ligatures, Times, the
word processor's faces), how a line's words are spaced and hyphenated, the
footnote rule and the size of calls, how a heading is numbered and spaced,
an abstract set as a narrower block under a centred label, a title block
centred with ``\\thanks`` notes, running heads in capitals.  This benchmark
writes the same kind of article (the text pools of ``tests/corpus/synth``,
headings, paragraphs, footnotes or endnotes, a block quote, a list, a
reference list) through

* ``latex``: ``pdflatex`` with the ``article`` class, one or two columns,
  Computer Modern, Times or Palatino (``mathptmx``, ``mathpazo``), 10-12 pt,
  numbered or starred sections, run-in ``\\paragraph`` heads, ``\\footnote``
  (one long enough to run on to the next page), ``\\thanks``, ``plain``,
  ``headings`` or ``myheadings`` page styles, a ``thebibliography`` list
  numbered ``[1]`` or author-date with hanging indents (natbib's layout);
* ``odt``: LibreOffice (``soffice --headless --convert-to pdf``) from a
  flat OpenDocument file written here: outline-numbered or plain heading
  styles, page-foot notes under a rule, a page header and footer with the
  page number, a section in two columns, indented or spaced paragraphs.

* ``journal``: ``pdflatex`` with journal classes and layouts the corpus
  lacks (``journal_spec``): ``article`` with a journal's own title block
  (affiliations keyed by letters, a corresponding author's star, the
  abstract in a box, between rules or in Elsevier's front box beside
  "ARTICLE INFO"), ``amsart`` (title and authors in capitals, run-in
  numbered sub-headings, the address after the references), ``scrartcl``
  (a subject line over the title), ``memoir``; two columns under a
  full-width title block; running heads alternating with folios at the
  foot or top; headings numbered to three levels; a table and a figure
  with captions between paragraphs; numbered citations; line numbers in
  the margins or beside each column; an arXiv stamp; first-page small
  print; an SSRN-like cover page and notice; an article starting
  mid-page under the previous one's end (in one or two columns); a figure
  or table set across both columns (``figure*``, ``table*``).
* ``word``: LibreOffice from a flat OpenDocument file set as a word
  processor's user sets an article (``word_spec``): Times-, Arial- and
  Calibri-like faces, line spacing 1.15 to double, A4 or US Letter; a
  publisher's banner over the first page (journal, volume, ISSN, DOI over
  a rule, larger than the title) and a "Cite this article" box; running
  heads alternating on mirrored pages or one head and "Page N", the first
  page's own foot (licence, DOI); headings numbered by hand ("1.",
  "1.1"); page-foot notes or a Notes section before the references; line
  numbers in the text's size; names, sentences and references in Greek,
  Cyrillic and Central European letters.

Producers that are not installed are skipped (and said so).  The truth is
written in the corpus gold format (``tests/corpus/README.md``); pages of
headings, paragraph starts and notes are looked up in the typeset PDF's
text, words hyphenated at line ends become ``broken_words``.  Each PDF is
read with ``coursepack.read.pdf.read_pdf`` and scored exactly as
``benchmarks/corpus.py`` scores the corpus; rows per document, per
producer and in total.  The same ``--seed`` and ``--n`` give the same
documents (given the same installed producer versions).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape as xesc

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "benchmarks"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import synthetic_layouts as SL  # noqa: E402
from tests.corpus import scoring  # noqa: E402
from tests.corpus.synth.generate import DE, EN, broken_words  # noqa: E402

PRODUCERS = ("latex", "odt", "journal", "word")


def available(producer: str) -> bool:
    """Whether ``producer``'s program is installed."""
    return bool(shutil.which({"latex": "pdflatex", "odt": "soffice", "journal": "pdflatex", "word": "soffice"}[producer]))


# ------------------------------------------------------------------ the article, producer-free

#: captions of the journal family's table and figure
CAPTIONS = {"en": ["Visitors per branch and year (thousands)", "Evening visitors by weekday in the five districts"],
            "de": ["Besucher je Zweigstelle und Jahr (in Tausend)", "Abendbesucher nach Wochentag in den fünf Kreisen"]}
TABLE = [["Branch", "2017", "2018", "2019"], ["North", "12.4", "13.1", "14.0"], ["Harbour", "8.2", "8.9", "9.6"],
         ["Old Town", "21.7", "20.3", "22.5"], ["Riverside", "5.1", "5.8", "6.4"]]
#: the end of the previous article, above this one's title on its first page
PREV_TAIL = ["The harbour authority kept its own ledgers of the ships that called at the port, and these ledgers "
             "were never compared with the customs records of the same years, although both survive in the county "
             "archive and both list the cargo of every vessel by weight and by kind.",
             "What the two series show, read together, is that the trade of the small ports did not decline when "
             "the railway arrived but changed its goods, from grain and timber to coal and building stone, which "
             "the railway could not carry as cheaply over the short distances along the coast."]
PREV_REFS = ["Aldous, P. (1987) Harbour Ledgers of the North Coast. Hull: Maritime Press.",
             "Brennan, K. (2001) Coastal trade after the railway. Transport History 14(2): 33-58."]

def spec_for(seed: int, k: int, producer: str) -> dict:
    """Document ``k`` of the run seeded ``seed`` for ``producer``."""
    rnd = random.Random(f"{seed}:{k}:{producer}")
    lang = "de" if rnd.random() < 0.25 else "en"
    s = {"k": k, "producer": producer, "lang": lang, "columns": rnd.choice([1, 1, 2]),
         "size": rnd.choice([10, 11, 12]), "notes": rnd.choice(["none", "foot", "foot", "endnotes"]),
         "title_note": rnd.random() < 0.35, "numbering": rnd.choice(["none", "arabic", "arabic"]),
         "abstract": rnd.random() < 0.7, "keywords": rnd.random() < 0.3,
         "refs": rnd.choice(["author-date", "author-date", "numbered"]), "nrefs": rnd.randint(8, 14),
         "quote": rnd.random() < 0.5, "list": rnd.random() < 0.4, "levels": rnd.choice([1, 2, 2]),
         "runhead": rnd.choice(["none", "short", "journal"]), "indent": rnd.random() < 0.7,
         "title": rnd.choice(SL.TITLES[lang]), "authors": rnd.sample(SL.NAMES, rnd.choice([1, 1, 2, 3])),
         "journal": rnd.choice(SL.JOURNALS), "volume": rnd.randint(2, 40), "year": rnd.randint(2005, 2024)}
    if s["notes"] == "none":
        s["title_note"] = False
    if producer in ("latex", "journal"):
        s["font"] = rnd.choice(["cm", "cm", "times", "palatino"])
        s["pagestyle"] = "plain" if s["runhead"] == "none" else rnd.choice(["headings", "myheadings"])
        if lang == "de":          # no German hyphenation patterns here, no T1 fonts: English text only
            s["lang"] = lang = "en"
            s["title"] = rnd.choice(SL.TITLES["en"])
    else:
        s["font"] = rnd.choice(["DejaVu Serif", "Nimbus Roman", "C059", "Noto Serif", "Nimbus Sans", "DejaVu Sans"])
        s["folio"] = rnd.choice(["bottom", "top"])
        s["justify"] = rnd.random() < 0.7
    s["seed_text"] = rnd.randint(0, 10 ** 6)
    # families added later draw from a stream of their own (earlier documents unchanged):
    # a page-foot note long enough to run on to the next page; LaTeX's run-in
    # \paragraph heads for the second level
    x = random.Random(f"{seed}:{k}:{producer}:families")
    s["longnote"] = s["notes"] == "foot" and x.random() < 0.5
    s["h2runin"] = producer == "latex" and s["levels"] == 2 and x.random() < 0.35
    if producer == "journal":
        journal_spec(s, random.Random(f"{seed}:{k}:journal"))
    if producer == "word":
        s["runhead"] = "none"       # (its own heads: word_spec)
        word_spec(s, random.Random(f"{seed}:{k}:word"))
    return s


JOURNAL_CLASSES = ("article", "article", "amsart", "scrartcl", "memoir")


def journal_spec(s: dict, j: random.Random) -> None:
    """The journal family's own draws (``s`` changed in place): a class
    (``article`` with a journal's own title block, ``amsart``, ``scrartcl``,
    ``memoir``), two columns under a full-width title block and an abstract
    in a box or between rules, running heads alternating on left and right
    pages with the folio at the foot or at the top, numbered headings to
    three levels ("2.1.3"), a table and a figure with captions between the
    paragraphs, numbered citations "[12]", line numbers in the margin (a
    preprint), an arXiv stamp up the first page's margin, the first page's
    small print (dates, licence, DOI) as a note without a call, and an
    article starting mid-page under the end of the previous one."""
    s["cls"] = j.choice(JOURNAL_CLASSES)
    s["columns"] = j.choice([1, 2, 2]) if s["cls"] == "article" else j.choice([1, 1, 2])
    if s["cls"] == "memoir":        # (memoir in two columns needs mparhack, not installed everywhere)
        s["columns"] = 1
    s["size"] = j.choice([10, 10, 11])
    s["numbering"] = "arabic" if j.random() < 0.8 else "none"
    s["levels"] = j.choice([2, 3, 3]) if s["numbering"] == "arabic" else 2
    s["numdot"] = s["cls"] == "amsart"
    s["absbox"] = j.choice(["box", "rules", "plain"])
    s["heads"] = j.choice(["alt-foot", "alt-foot", "alt-top", "none"])
    s["table"] = j.random() < 0.6
    s["figure"] = j.random() < 0.5
    s["cites"] = s["refs"] == "numbered"
    s["lineno"] = j.random() < 0.25
    s["stamp"] = j.random() < 0.3
    s["firstfoot"] = j.random() < 0.4
    s["prevtail"] = s["columns"] == 1 and s["cls"] == "article" and j.random() < 0.35
    s["subject"] = s["cls"] == "scrartcl" and j.random() < 0.6
    s["address"] = s["cls"] == "amsart"
    if s["cls"] == "amsart":       # amsart sets \thanks and keywords as unmarked first-page notes
        s["title_note"] = False
        s["keywords"] = False
    # line numbers in the outer margins of two columns (lineno's \switchlinenumbers)
    # or beside each column (on the right column's left, in the gutter)
    s["lineno_outer"] = s["lineno"] and s["columns"] == 2 and j.random() < 0.5
    # a journal's own title block: affiliations keyed to the names by
    # superscript letters, a corresponding author's note keyed by a star; a
    # repository's cover page (SSRN's) with its notice at every page's foot
    s["affil_marks"] = s["cls"] == "article" and j.random() < 0.5
    s["ssrn"] = j.random() < 0.2
    if s["affil_marks"]:
        s["title_note"] = False
    # Elsevier's front box: "ARTICLE INFO" (history, keywords one a line)
    # beside a letter-spaced "ABSTRACT", between rules
    if s["cls"] == "article" and s["abstract"] and j.random() < 0.35:
        s["absbox"] = "elsevier"
    # two columns that start mid-page under the previous article's end in
    # two columns (multicol: the title block across the page between them)
    if s["cls"] == "article" and s["columns"] == 2 and not s["lineno"] and j.random() < 0.35:
        s["prevtail"] = s["multicol"] = True
    # a figure or table across both columns (figure*, table*: at the top
    # of a page, the columns running on under it), from a stream of its own
    w = random.Random(f"{s['seed_text']}:{s['k']}:wide")
    two = s["columns"] == 2 and not s.get("multicol")
    s["widefig"] = two and s["figure"] and w.random() < 0.6
    s["widetab"] = two and s["table"] and w.random() < 0.4


def article(s: dict) -> tuple[list[tuple], dict]:
    """The article of spec ``s`` as a list of elements, and its truth
    (pages still to be looked up).  Elements: ``("title", text, note)``,
    ``("authors", [names])``, ``("abstract", label, text)``, ``("keywords",
    label, text)``, ``("heading", level, text)``, ``("para", [(text, note or
    None)...], first)``, ``("quote", text)``, ``("list", [items])``,
    ``("endnotes", label, [(marker, text)])``, ``("refs", heading, [entries])``."""
    rnd = random.Random(s["seed_text"])
    lang = s["lang"]
    pool = EN if lang == "en" else DE
    L = SL.LABELS[lang]
    truth = {"name": f"{s['producer']}-{s['k']:03d}", "title": s["title"], "subtitle": None,
             "authors": list(s["authors"]), "language": lang, "columns": s["columns"],
             "first_article_page": 1, "cover_pages": [], "headings": [], "paragraph_starts": [],
             "notes": {"count": 0, "items": []}, "furniture": {"patterns": [], "never_in_body": []},
             "broken_words": [], "references_in_notes": False, "abstracts": []}
    els: list[tuple] = []
    if s.get("absbox") == "elsevier":  # the article's history in the front box: no body text
        truth["furniture"]["never_in_body"] += ["Received 3 March 2019", "Accepted 12 June 2019"]
    if s.get("affil_marks"):         # the corresponding author's note: no body text
        truth["furniture"]["never_in_body"].append(
            "Corresponding author. E-mail address: " + s["authors"][0].lower().replace(" ", ".") + "@example.org")
    if s.get("ssrn"):
        truth["first_article_page"], truth["cover_pages"] = 2, [1]
        truth["furniture"]["never_in_body"].append(SSRN_FOOT.format(n=s["seed_text"] % 900000 + 100000))
    if s.get("prevtail"):            # the previous article's last paragraphs and references
        els.append(("prevtail", PREV_TAIL, PREV_REFS))
        truth["other_text"] = PREV_TAIL + PREV_REFS
    notes: list[tuple[str, str, str]] = []       # (marker, text, anchor)
    title_note = None
    if s["title_note"]:
        title_note = SL.TITLE_NOTE[lang]
        notes.append(("*", title_note, "@title"))
    els.append(("title", s["title"], title_note))
    els.append(("authors", list(s["authors"])))
    if s["abstract"]:
        text = " ".join(SL.ABSTRACT[lang])
        els.append(("abstract", L["abstract"], text))
        truth["abstracts"].append({"first": " ".join(text.split()[:6])})
        if s["keywords"]:
            kw = "; ".join(["libraries", "opening hours", "readers", "regional statistics"] if lang == "en"
                           else ["Bibliotheken", "Öffnungszeiten", "Leser", "Regionalstatistik"])
            els.append(("keywords", L["keywords"], kw))
    nnotes = {"none": 0, "foot": rnd.randint(3, 6), "endnotes": rnd.randint(3, 5)}[s["notes"]]
    pk = 0

    def paragraph() -> tuple:
        nonlocal pk
        first = pool[pk % len(pool)]
        lead = SL.LEADS[lang][(pk // len(pool)) % len(SL.LEADS[lang])]
        first = lead + (first[0].lower() + first[1:] if lang == "en" else first)
        rest = rnd.sample([x for x in pool if x != pool[pk % len(pool)]], rnd.randint(3, 5))
        if s.get("cites"):           # numbered citations, "[3]" and "[2, 7]"
            k1 = rnd.randint(1, s["nrefs"])
            rest[0] = rest[0].rstrip(".") + f" [{k1}]."
            if len(rest) > 2:
                rest[2] = rest[2].rstrip(".") + f" [{max(1, k1 - 2)}, {k1}]."
        pk += 1
        truth["paragraph_starts"].append({"text": " ".join(first.split()[:6])})
        note = None
        noted = sum(1 for _, _, a in notes if a != "@title")
        if noted < nnotes and rnd.random() < 0.5:
            note = SL.NOTES[lang][noted % len(SL.NOTES[lang])]
            if s.get("longnote") and noted == 1:
                note = SL.LONG_NOTE[lang]
            notes.append((str(noted + 1), note, first))
        return ("para", [(first, note), (" ".join(rest), None)])

    dot = "." if s.get("numdot") else ""
    for i, (h, subs) in enumerate(SL.HEADS[lang][:rnd.randint(4, 5)], 1):
        num = f"{i}{dot} " if s["numbering"] == "arabic" else ""
        els.append(("heading", 1, num, h))
        truth["headings"].append({"level": 1, "text": num + h})
        for _ in range(rnd.randint(1, 2)):
            els.append(paragraph())
        if s["levels"] >= 2:
            for j, sub in enumerate(subs[:rnd.randint(0, len(subs))], 1):
                n2 = f"{i}.{j}{dot} " if s["numbering"] == "arabic" else ""
                els.append(("heading", 2, n2, sub))
                truth["headings"].append({"level": 2, "text": n2 + sub})
                els.append(paragraph())
                if s["levels"] == 3 and j == 1 and i in (2, 3):
                    for m, sub3 in enumerate(SL.LEVEL3[lang], 1):
                        n3 = f"{i}.{j}.{m}{dot} " if s["numbering"] == "arabic" else ""
                        els.append(("heading", 3, n3, sub3))
                        truth["headings"].append({"level": 3, "text": n3 + sub3})
                        els.append(paragraph())
        if i == 2 and s.get("table"):
            els.append(("table", SL.LABELS[lang]["table"], CAPTIONS[lang][0], TABLE))
            els.append(paragraph())
        if i == 3 and s.get("figure"):
            els.append(("figure", SL.LABELS[lang]["figure"], CAPTIONS[lang][1]))
            els.append(paragraph())
        if i == 2 and s["quote"]:
            q = SL.QUOTES[lang][rnd.randint(0, 1)]
            els.append(("quote", q))
            truth["paragraph_starts"].append({"text": " ".join(q.split()[:6])})
            els.append(paragraph())
        if i == 3 and s["list"]:
            its = SL.ITEMS[lang][:rnd.randint(3, 4)]
            els.append(("list", its))
            truth["paragraph_starts"] += [{"text": " ".join(x.split()[:6])} for x in its]
            els.append(paragraph())
    if s["notes"] == "endnotes" and notes:
        els.append(("endnotes", L["notes"], [(m, t) for m, t, _ in notes]))
        truth["headings"].append({"level": 1, "text": L["notes"]})
    refs_head = rnd.choice(L["refs"])
    truth["references_heading"] = refs_head
    refs = [SL.reference(rnd, k, "author-date" if s["refs"] == "author-date" else "numbered")
            for k in range(s["nrefs"])]
    els.append(("refs", refs_head, refs))
    truth["_notes"] = notes
    truth["_refs"] = [f"[{k}] {r}" for k, r in enumerate(refs, 1)] if s["refs"] == "numbered" else refs
    truth["notes"]["count"] = len(notes)
    return els, truth


# ------------------------------------------------------------------ LaTeX

def tex_escape(t: str) -> str:
    t = t.replace("\\", r"\textbackslash{}")
    for a, b in (("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_"), ("~", r"\~{}"),
                 ("^", r"\^{}")):
        t = t.replace(a, b)
    return t.replace("“", "``").replace("”", "''").replace("‘", "`").replace("’", "'")


def latex_flow(s: dict, el: tuple, endn: int) -> tuple[str, int]:
    """LaTeX for a paragraph (its notes as footnotes or numbered endnote
    calls), a quotation or a list, in both LaTeX producers; and the endnote
    count after it."""
    x = tex_escape
    if el[0] == "quote":
        return f"\\begin{{quote}}\n{x(el[1])}\n\\end{{quote}}", endn
    if el[0] == "list":
        return "\\begin{itemize}\n" + "\n".join(f"\\item {x(t)}" for t in el[1]) + "\n\\end{itemize}", endn
    out = []
    for text, note in el[1]:
        out.append(x(text))
        if note and s["notes"] == "foot":
            out[-1] += f"\\footnote{{{x(note)}}}"
        elif note:
            endn += 1
            out[-1] += f"\\textsuperscript{{{endn}}}"
    return "\n" + " ".join(out) + "\n", endn


def latex_source(s: dict, els: list[tuple]) -> str:
    x = tex_escape
    opts = [f"{s['size']}pt", "a4paper"] + (["twocolumn"] if s["columns"] == 2 else [])
    pre = [f"\\documentclass[{','.join(opts)}]{{article}}", r"\usepackage[utf8]{inputenc}"]
    pre += {"cm": [], "times": [r"\usepackage{mathptmx}"], "palatino": [r"\usepackage{mathpazo}"]}[s["font"]]
    if not s["indent"]:
        pre.append(r"\setlength{\parindent}{0pt}\setlength{\parskip}{6pt plus 1pt}")
    if s["numbering"] == "none":
        pre.append(r"\setcounter{secnumdepth}{0}")
    short = s["title"].split(" and ")[0][:40]
    surname = s["authors"][0].split()[-1] + (" et al." if len(s["authors"]) > 1 else "")
    pre.append(f"\\pagestyle{{{s['pagestyle']}}}")
    if s["pagestyle"] == "myheadings":
        left = f"{s['journal']} {s['volume']} ({s['year']})" if s["runhead"] == "journal" else surname
        pre.append(f"\\markboth{{{x(left)}}}{{{x(short)}}}")
    body = []
    in_abstract = False
    endn = 0
    for el in els:
        kind = el[0]
        if in_abstract and kind not in ("abstract", "keywords"):
            body.append(r"\end{abstract}")
            in_abstract = False
        if kind == "title":
            body.append(f"\\title{{{x(el[1])}" + (f"\\thanks{{{x(el[2])}}}" if el[2] else "") + "}")
        elif kind == "authors":
            body.append("\\author{" + " \\and ".join(x(a) for a in el[1]) + "}")
            body += [r"\date{}", r"\begin{document}", r"\maketitle"]
            if s["pagestyle"] == "myheadings":
                body.append(r"\thispagestyle{myheadings}")
        elif kind == "abstract":
            body.append(f"\\renewcommand{{\\abstractname}}{{{x(el[1])}}}\\begin{{abstract}}\n{x(el[2])}")
            in_abstract = True
        elif kind == "keywords":
            body.append(f"\n\\noindent\\textit{{{x(el[1])}:}} {x(el[2])}")
        elif kind == "heading" and el[1] == 2 and s.get("h2runin"):
            # (\paragraph: a bold head run in with the text, numbered by hand)
            body.append(f"\\paragraph{{{x(el[2] + el[3])}.}}")
        elif kind == "heading":
            cmd = "section" if el[1] == 1 else "subsection"
            body.append(f"\\{cmd}{{{x(el[3])}}}")
        elif kind in ("para", "quote", "list"):
            part, endn = latex_flow(s, el, endn)
            body.append(part)
        elif kind == "endnotes":
            body.append(f"\\section*{{{x(el[1])}}}\n" + "\n\n".join(
                f"\\noindent\\textsuperscript{{{x(m)}}} {x(t)}" for m, t in el[2]))
        elif kind == "refs":
            if s["refs"] == "numbered":
                body.append(f"\\renewcommand{{\\refname}}{{{x(el[1])}}}\\begin{{thebibliography}}{{99}}\n"
                            + "\n".join(f"\\bibitem{{r{k}}} {x(r)}" for k, r in enumerate(el[2], 1))
                            + "\n\\end{thebibliography}")
            else:                       # natbib's author-date layout: hanging indents, no labels
                body.append(f"\\section*{{{x(el[1])}}}\n\\begin{{list}}{{}}{{\\setlength{{\\leftmargin}}{{1.5em}}"
                            "\\setlength{\\itemindent}{-1.5em}\\setlength{\\itemsep}{1pt}\\setlength{\\parsep}{0pt}\\small}\n"
                            + "\n".join(f"\\item[] {x(r)}" for r in el[2]) + "\n\\end{list}")
    body.append(r"\end{document}")
    return "\n".join(pre + body) + "\n"


def typeset_latex(s: dict, els: list[tuple], pdf: Path) -> None:
    tex = pdf.with_suffix(".tex")
    tex.write_text(latex_source(s, els), encoding="utf-8")
    for _ in range(2):
        r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", tex.name],
                           cwd=pdf.parent, capture_output=True, text=True, timeout=120)
        if r.returncode:
            raise RuntimeError(f"pdflatex failed on {tex}:\n{r.stdout[-2000:]}")


# ------------------------------------------------------------------ LaTeX: journal classes

STAMP = "arXiv:2103.04567v2  [cs.DL]  14 Mar 2021"
SSRN_FOOT = "Electronic copy available at: https://ssrn.com/abstract={n}"


def journal_heads(s: dict) -> tuple[str, str, str]:
    """The journal family's running heads: left page, right page, and the
    first page's citation line."""
    surname = s["authors"][0].split()[-1] + (" et al." if len(s["authors"]) > 1 else "")
    short = s["title"].split(" and ")[0][:40]
    cite = f"{s['journal']} {s['volume']} ({s['year']}) {s['volume'] * 3}-{s['volume'] * 3 + 14}"
    return surname, short, cite


def journal_source(s: dict, els: list[tuple]) -> str:
    x = tex_escape
    cls = s["cls"]
    mc = s.get("multicol")
    opts = [f"{s['size']}pt", "a4paper", "twoside"] + (["twocolumn"] if s["columns"] == 2 and not mc else [])
    if cls == "memoir":
        opts.append("article")
    if cls == "scrartcl":        # (an abstract under its label in two columns too)
        opts.append("abstract=true")
    pre = [f"\\documentclass[{','.join(opts)}]{{{cls}}}", r"\usepackage[utf8]{inputenc}",
           r"\usepackage{graphicx}", r"\usepackage{xcolor}"]
    pre += {"cm": [], "times": [r"\usepackage{mathptmx}"], "palatino": [r"\usepackage{mathpazo}"]}[s["font"]]
    left, right, cite = journal_heads(s)
    if cls == "article":
        pre += [r"\usepackage[margin=18mm,top=22mm,bottom=22mm]{geometry}", r"\usepackage{fancyhdr}"]
    if mc:
        pre += [r"\usepackage{multicol}", r"\usepackage{caption}", r"\setlength{\columnsep}{18pt}"]
    if cls == "amsart" and s["columns"] == 2:
        # (amsart's narrow columns, 10 pt apart, overran each other by up
        # to 12 pt in lines TeX could not break: no journal prints that)
        pre.append(r"\setlength{\columnsep}{16pt}\setlength{\emergencystretch}{3em}")
    if s["lineno"]:
        pre.append(r"\usepackage[switch]{lineno}" if s.get("lineno_outer") else r"\usepackage{lineno}")
    if s["stamp"]:
        pre.append(r"\usepackage{eso-pic}")
    if not s["indent"]:
        pre.append(r"\setlength{\parindent}{0pt}\setlength{\parskip}{4pt plus 1pt}")
    if s["numbering"] == "none":
        pre.append(r"\setcounter{secnumdepth}{0}")
    else:
        pre.append(r"\setcounter{secnumdepth}{3}")
    if cls == "memoir":
        pre += [r"\renewcommand{\thesection}{\arabic{section}}", r"\setsecnumdepth{subsubsection}",
                r"\makepagestyle{jr}\makeheadrule{jr}{\textwidth}{0.4pt}"]
    # running heads and folios
    small = r"\small\itshape "
    if s["heads"] != "none":
        if cls == "article":
            pre += [r"\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}",
                    f"\\fancyhead[LE]{{{small}{x(left)}}}\\fancyhead[RO]{{{small}{x(right)}}}"]
            pre.append(r"\fancyfoot[C]{\small\thepage}" if s["heads"] == "alt-foot"
                       else r"\fancyhead[RE,LO]{\small\thepage}")
            pre.append(r"\fancypagestyle{first}{\fancyhf{}\fancyhead[L]{\small " + x(cite) + r"}\fancyfoot[C]{\small\thepage}}")
        elif cls == "scrartcl":
            pre += [r"\usepackage{scrlayer-scrpage}", r"\clearpairofpagestyles",
                    f"\\lehead{{{small}{x(left)}}}\\rohead{{{small}{x(right)}}}"]
            pre.append(r"\cfoot*{\small\pagemark}" if s["heads"] == "alt-foot" else r"\lohead{\pagemark}\rehead{\pagemark}")
        elif cls == "memoir":
            if s["heads"] == "alt-foot":
                pre += [f"\\makeevenhead{{jr}}{{{small}{x(left)}}}{{}}{{}}",
                        f"\\makeoddhead{{jr}}{{}}{{}}{{{small}{x(right)}}}",
                        r"\makeevenfoot{jr}{}{\small\thepage}{}\makeoddfoot{jr}{}{\small\thepage}{}"]
            else:
                pre += [f"\\makeevenhead{{jr}}{{\\small\\thepage}}{{}}{{{small}{x(left)}}}",
                        f"\\makeoddhead{{jr}}{{{small}{x(right)}}}{{}}{{\\small\\thepage}}"]
            pre.append(r"\pagestyle{jr}")
    elif cls == "article":
        pre.append(r"\pagestyle{plain}")
    body = [r"\begin{document}"]
    if s.get("ssrn"):
        foot = SSRN_FOOT.format(n=s["seed_text"] % 900000 + 100000)
        pre.append(r"\usepackage{eso-pic}")
        body.append(r"\AddToShipoutPictureFG{\AtPageLowerLeft{\hspace*{\dimexpr0.5\paperwidth-6cm}\raisebox{8mm}{"
                    r"\makebox[12cm]{\footnotesize\sffamily " + tex_escape(foot) + "}}}}")
        names0 = ", ".join(next(el for el in els if el[0] == "authors")[1])
        body.append(r"\thispagestyle{empty}\begin{center}\sffamily\vspace*{2cm}{\Large " + tex_escape(s["journal"])
                    + r" Working Paper Series\par}\vspace{2cm}{\LARGE\bfseries " + tex_escape(s["title"])
                    + r"\par}\vspace{1cm}{\large " + tex_escape(names0) + r"\par}\vspace{3cm}"
                    r"This paper can be downloaded without charge from the Social Science Research Network "
                    r"electronic library.\par\end{center}\clearpage")
        if "twoside" in opts:         # (the article opens on a right-hand page)
            body.append(r"\setcounter{page}{1}")
    if s["stamp"]:
        body.append(r"\AddToShipoutPictureFG*{\put(12mm,90mm){\rotatebox{90}{\fontsize{18}{18}\selectfont"
                    r"\color{gray}" + STAMP + "}}}")
    title = next(el for el in els if el[0] == "title")
    authors = next(el for el in els if el[0] == "authors")[1]
    abstract = next((el for el in els if el[0] == "abstract"), None)
    keywords = next((el for el in els if el[0] == "keywords"), None)
    conj = " and " if s["lang"] == "en" else " und "
    names = authors[0] if len(authors) == 1 else ", ".join(authors[:-1]) + conj + authors[-1]
    affil = SL.AFFIL[s["k"] % len(SL.AFFIL)]
    small_print = [t.format(year=s["year"], volume=s["volume"]) for t in SL.FIRST_FOOT[s["lang"]]]
    tail = next((el for el in els if el[0] == "prevtail"), None)
    if tail:
        body += ([r"\begin{multicols}{2}"] if mc else []) + ["\n" + x(p) + "\n" for p in tail[1]]
        body.append(r"\subsection*{References}{\small" + "\n".join(
            r"\par\noindent\hangindent=1.5em " + x(r) for r in tail[2]) + r"\par}")
        body += ([r"\end{multicols}"] if mc else []) + [r"\bigskip\noindent\rule{\textwidth}{0.6pt}\bigskip"]
    # the title block
    if cls == "article":
        mark = r"\textsuperscript{*}" if title[2] else ""
        if s.get("affil_marks"):     # names keyed to affiliations by letters, a star on the first
            letters = "abc"
            keyed = [x(a) + r"\textsuperscript{" + letters[k % 2] + ("," + r"$\ast$" if k == 0 else "") + "}"
                     for k, a in enumerate(authors)]
            who = keyed[0] if len(keyed) == 1 else ", ".join(keyed[:-1]) + conj + keyed[-1]
            places = [SL.AFFIL[(s["k"] + k) % len(SL.AFFIL)] for k in range(min(2, len(authors)))]
            block = [r"\begin{center}{\LARGE\bfseries " + x(title[1]) + r"\par}\vspace{10pt}",
                     r"{\large " + who + r"\par}\vspace{6pt}{\small\itshape "
                     + r"\\ ".join(r"\textsuperscript{" + letters[k] + "}" + x(a) for k, a in enumerate(places))
                     + r"\par}\end{center}\vspace{4pt}"]
        else:
            block = [r"\begin{center}{\LARGE\bfseries " + x(title[1]) + mark + r"\par}\vspace{10pt}",
                     r"{\large " + x(names) + r"\par}\vspace{4pt}{\small\itshape " + x(affil) + r"\par}\end{center}\vspace{4pt}"]
        if abstract:
            inner = (r"{\small\textbf{" + x(abstract[1]) + r"}\par\smallskip\noindent " + x(abstract[2])
                     + (r"\par\smallskip\noindent\textit{" + x(keywords[1]) + r":} " + x(keywords[2]) if keywords else "")
                     + r"\par}")
            if s["absbox"] == "elsevier":
                hist = (r"\textit{Article history:}\\ Received 3 March 2019\\ Accepted 12 June 2019\\ "
                        r"Available online 2 July 2019")
                kws = (r"\par\medskip\textit{" + x(keywords[1]) + r":}\\ " + r"\\ ".join(x(k.strip()) for k in keywords[2].split(";"))
                       if keywords else "")
                block.append(r"\noindent\rule{\textwidth}{0.4pt}\par\vspace{3pt}\noindent"
                             r"\begin{minipage}[t]{0.3\textwidth}\raggedright\footnotesize {\scriptsize A R T I C L E\quad I N F O}"
                             r"\par\vspace{2pt}\hrule\vspace{4pt}" + hist + kws + r"\end{minipage}\hfill"
                             r"\begin{minipage}[t]{0.66\textwidth}\footnotesize {\scriptsize A B S T R A C T}\par\vspace{2pt}"
                             r"\hrule\vspace{4pt}" + x(abstract[2]) + r"\end{minipage}\par\vspace{4pt}"
                             r"\noindent\rule{\textwidth}{0.4pt}\par\vspace{12pt}")
            elif s["absbox"] == "box":
                block.append(r"\noindent\fbox{\parbox{\dimexpr\textwidth-2\fboxsep-2\fboxrule}{" + inner + r"}}\par\vspace{14pt}")
            elif s["absbox"] == "rules":
                block.append(r"\noindent\rule{\textwidth}{0.4pt}\par\vspace{4pt}\noindent" + inner
                             + r"\vspace{2pt}\noindent\rule{\textwidth}{0.4pt}\par\vspace{14pt}")
            else:
                block.append(r"\begin{list}{}{\leftmargin=2em\rightmargin=2em}\item[]" + inner + r"\end{list}\vspace{10pt}")
        if s["columns"] == 2 and not mc:
            body.append(r"\twocolumn[{" + "\n".join(block) + "}]")
        else:
            body += block
        body.append(r"\thispagestyle{" + ("first" if s["heads"] != "none" else "plain") + "}")
        if title[2]:
            body.append(r"{\renewcommand{\thefootnote}{*}\footnotetext{" + x(title[2]) + "}}")
    else:
        if cls == "amsart":            # (title, authors and address in the preamble, the abstract before \maketitle)
            pre.append(f"\\title[{x(right)}]{{{x(title[1])}}}")
            for a in authors:
                pre.append(f"\\author{{{x(a)}}}")
            pre.append(r"\address{" + x(affil) + r"}\email{" + authors[0].lower().replace(" ", ".") + "@example.org}")
            if abstract:
                body.append(r"\begin{abstract}" + x(abstract[2]) + r"\end{abstract}")
            body.append(r"\maketitle")
        else:
            if s.get("subject"):
                body.insert(0, r"\subject{" + ("Research Article" if s["lang"] == "en" else "Originalbeitrag") + "}")
            body.insert(0, f"\\title{{{x(title[1])}" + (f"\\thanks{{{x(title[2])}}}" if title[2] else "") + "}")
            body.insert(1, f"\\author{{{x(names)}\\\\ \\small\\itshape {x(affil)}}}\\date{{}}")
            body.append(r"\maketitle")
            if cls == "memoir" and s["heads"] != "none":
                body.append(r"\thispagestyle{jr}")
            if abstract:
                body.append(f"\\renewcommand{{\\abstractname}}{{{x(abstract[1])}}}\\begin{{abstract}}\n{x(abstract[2])}"
                            + (f"\n\n\\noindent\\textit{{{x(keywords[1])}:}} {x(keywords[2])}" if keywords else "")
                            + r"\end{abstract}")
    if s.get("affil_marks"):
        who = authors[0]
        body.append(r"{\renewcommand{\thefootnote}{$\ast$}\footnotetext{Corresponding author. E-mail address: "
                    + who.lower().replace(" ", ".") + "@example.org}}")
    if s["firstfoot"]:
        body.append(r"{\renewcommand{\thefootnote}{}\footnotetext{" + r"\\ ".join(x(t) for t in small_print) + "}}")
    if s["lineno"]:
        body.append(r"\linenumbers")
    if mc:
        body.append(r"\begin{multicols}{2}")
    endn = 0
    cmds = {1: "section", 2: "subsection", 3: "subsubsection"}
    for el in els:
        kind = el[0]
        if kind == "heading":
            body.append(f"\\{cmds[el[1]]}{{{x(el[3])}}}")
        elif kind in ("para", "quote", "list"):
            part, endn = latex_flow(s, el, endn)
            body.append(part)
        elif kind == "table":
            rows = el[3]
            env = ("center", r"\captionof{table}{") if mc else ("table*" if s.get("widetab") else "table", r"\centering\caption{")
            body.append(r"\begin{" + env[0] + ("}" if mc else "}[t]" if s.get("widetab") else "}[htbp]") + env[1] + x(el[2])
                        + r"}\small\begin{tabular}{lrrr}\hline "
                        + " & ".join(rows[0]) + r"\\\hline " + r"\\ ".join(" & ".join(r) for r in rows[1:])
                        + r"\\\hline\end{tabular}\end{" + env[0] + "}")
        elif kind == "figure":
            env = ("center", r"\captionof{figure}{") if mc else ("figure*" if s.get("widefig") else "figure", r"\caption{")
            body.append(r"\begin{" + env[0] + ("}" if mc else r"}[t]\centering" if s.get("widefig") else r"}[htbp]\centering")
                        + r"\fbox{\begin{minipage}[c][3.2cm][c]{0.8\linewidth}\centering\small "
                        r"Mon\hspace{1.5em}Tue\hspace{1.5em}Wed\hspace{1.5em}Thu\hspace{1.5em}Fri\\[1.2cm] 0\hspace{3em}50\hspace{3em}100"
                        r"\end{minipage}}" + env[1] + x(el[2]) + r"}\end{" + env[0] + "}")
        elif kind == "endnotes":
            body.append(f"\\section*{{{x(el[1])}}}\n" + "\n\n".join(
                f"\\noindent\\textsuperscript{{{x(m)}}} {x(t)}" for m, t in el[2]))
        elif kind == "refs":
            if s["refs"] == "numbered":
                body.append(f"\\providecommand{{\\refname}}{{}}\\providecommand{{\\bibname}}{{}}\\renewcommand{{\\bibname}}{{{x(el[1])}}}\\renewcommand{{\\refname}}{{{x(el[1])}}}\\begin{{thebibliography}}{{99}}\n"
                            + "\n".join(f"\\bibitem{{r{k}}} {x(r)}" for k, r in enumerate(el[2], 1))
                            + "\n\\end{thebibliography}")
            else:
                body.append(f"\\section*{{{x(el[1])}}}\n\\begin{{list}}{{}}{{\\setlength{{\\leftmargin}}{{1.5em}}"
                            "\\setlength{\\itemindent}{-1.5em}\\setlength{\\itemsep}{1pt}\\setlength{\\parsep}{0pt}\\small}\n"
                            + "\n".join(f"\\item[] {x(r)}" for r in el[2]) + "\n\\end{list}")
    if mc:
        body.append(r"\end{multicols}")
    if s["lineno"]:
        body.append(r"\nolinenumbers")
    body.append(r"\end{document}")
    return "\n".join(pre + body) + "\n"


def typeset_journal(s: dict, els: list[tuple], pdf: Path) -> None:
    tex = pdf.with_suffix(".tex")
    tex.write_text(journal_source(s, els), encoding="utf-8")
    for _ in range(2):
        r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", tex.name],
                           cwd=pdf.parent, capture_output=True, text=True, timeout=120)
        if r.returncode:
            raise RuntimeError(f"pdflatex failed on {tex}:\n{r.stdout[-2000:]}")


# ------------------------------------------------------------------ LibreOffice (flat ODT)

def fodt_source(s: dict, els: list[tuple]) -> str:
    x = xesc
    size = s["size"]
    small = size - 2
    font = s["font"]
    align = "justify" if s["justify"] else "start"
    indent = 'fo:text-indent="0.5cm" fo:margin-bottom="0cm"' if s["indent"] else 'fo:text-indent="0cm" fo:margin-bottom="0.2cm"'
    short = s["title"].split(" and ")[0][:40]
    head_text = {"none": "", "short": short, "journal": f"{s['journal']} {s['volume']} ({s['year']})"}[s["runhead"]]
    folio = '<text:page-number text:select-page="current">1</text:page-number>'
    header = footer = ""
    if s["folio"] == "top":
        header = f'<style:header><text:p text:style-name="Head">{x(head_text)}<text:tab/>{folio}</text:p></style:header>'
    else:
        if head_text:
            header = f'<style:header><text:p text:style-name="Head">{x(head_text)}</text:p></style:header>'
        footer = f'<style:footer><text:p text:style-name="Foot">{folio}</text:p></style:footer>'
    cols = ('<style:columns fo:column-count="2" fo:column-gap="0.6cm"/>' if s["columns"] == 2 else "")
    numbered = s["numbering"] == "arabic"
    outline = ""
    if numbered:
        outline = ('<text:outline-style style:name="Outline">'
                   '<text:outline-level-style text:level="1" style:num-format="1" style:num-suffix=" "/>'
                   '<text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2" style:num-suffix=" "/>'
                   '</text:outline-style>')
    styles = f"""
<office:font-face-decls><style:font-face style:name="{x(font)}" svg:font-family="'{x(font)}'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="{x(font)}" fo:font-size="{size}pt" fo:language="{s['lang']}" fo:country="{'GB' if s['lang'] == 'en' else 'DE'}" fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="{align}" {indent} fo:line-height="125%"/></style:style>
 <style:style style:name="First" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-indent="0cm"/></style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="{size + 7}pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Authors" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/><style:text-properties fo:font-size="{size + 1}pt"/></style:style>
 <style:style style:name="Abstract" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:margin-left="1cm" fo:margin-right="1cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="{small}pt"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="{size + 3}pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="{size + 1}pt" fo:font-weight="bold" fo:font-style="italic"/></style:style>
 <style:style style:name="Quote" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="1cm" fo:margin-right="1cm" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm" fo:text-align="{align}"/><style:text-properties fo:font-size="{size - 1}pt"/></style:style>
 <style:style style:name="Item" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="1cm" fo:text-indent="-0.4cm" fo:margin-bottom="0.1cm"/></style:style>
 <style:style style:name="Ref" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.8cm" fo:text-indent="-0.8cm" fo:margin-bottom="0.1cm" fo:text-align="start"/><style:text-properties fo:font-size="{size - 1}pt"/></style:style>
 <style:style style:name="Endnote" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="{small}pt"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/><style:text-properties fo:font-size="{small}pt"/></style:style>
 <style:style style:name="Head" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"><style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="{small}pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Foot" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="{small}pt"/></style:style>
 <style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 {outline}
 <text:notes-configuration text:note-class="footnote" text:citation-style-name="Sup" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm">
  <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:rel-width="25%" style:adjustment="left"/></style:page-layout-properties>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
 <style:style style:name="Sect" style:family="section"><style:section-properties>{cols}</style:section-properties></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">{header}{footer}</style:master-page></office:master-styles>
"""
    out = []
    nnote = 0
    after_head = True
    in_sect = False

    def note_xml(text: str, marker: str | None = None) -> str:
        nonlocal nnote
        if marker is None:
            nnote += 1
            return (f'<text:note text:id="ftn{nnote}" text:note-class="footnote"><text:note-citation>{nnote}</text:note-citation>'
                    f'<text:note-body><text:p text:style-name="Footnote">{x(text)}</text:p></text:note-body></text:note>')
        return (f'<text:note text:id="ftn{marker}" text:note-class="footnote"><text:note-citation text:label="*">*</text:note-citation>'
                f'<text:note-body><text:p text:style-name="Footnote">{x(text)}</text:p></text:note-body></text:note>')

    endn = 0
    for el in els:
        kind = el[0]
        if kind in ("heading", "para", "quote", "list", "endnotes", "refs") and not in_sect:
            out.append('<text:section text:style-name="Sect" text:name="Body">')
            in_sect = True
        if kind == "title":
            out.append(f'<text:p text:style-name="Title">{x(el[1])}' + (note_xml(el[2], "*") if el[2] else "") + "</text:p>")
        elif kind == "authors":
            names = el[1][0] if len(el[1]) == 1 else ", ".join(el[1][:-1]) + (" and " if s["lang"] == "en" else " und ") + el[1][-1]
            out.append(f'<text:p text:style-name="Authors">{x(names)}</text:p>')
        elif kind == "abstract":
            out.append(f'<text:p text:style-name="Abstract"><text:span text:style-name="B">{x(el[1])}.</text:span> {x(el[2])}</text:p>')
        elif kind == "keywords":
            out.append(f'<text:p text:style-name="Abstract"><text:span text:style-name="I">{x(el[1])}:</text:span> {x(el[2])}</text:p>')
        elif kind == "heading":
            num = "" if numbered else ""
            out.append(f'<text:h text:style-name="Heading_20_{el[1]}" text:outline-level="{el[1]}">{num}{x(el[3])}</text:h>')
            after_head = True
            continue
        elif kind == "para":
            parts = []
            for text, note in el[1]:
                parts.append(x(text))
                if note:
                    if s["notes"] == "foot":
                        parts[-1] += note_xml(note)
                    else:
                        endn += 1
                        parts[-1] += f'<text:span text:style-name="Sup">{endn}</text:span>'
            out.append(f'<text:p text:style-name="{"First" if after_head else "Text_20_body"}">{" ".join(parts)}</text:p>')
        elif kind == "quote":     # (the new paragraph after it indented as any: flush, it would carry on)
            out.append(f'<text:p text:style-name="Quote">{x(el[1])}</text:p>')
        elif kind == "list":
            out += [f'<text:p text:style-name="Item">•<text:tab/>{x(t)}</text:p>' for t in el[1]]
        elif kind == "endnotes":
            out.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1" text:is-list-header="true">{x(el[1])}</text:h>')
            out += [f'<text:p text:style-name="Endnote">{x(m)}. {x(t)}</text:p>' for m, t in el[2]]
        elif kind == "refs":
            out.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1" text:is-list-header="true">{x(el[1])}</text:h>')
            refs = [f"[{k}] {r}" for k, r in enumerate(el[2], 1)] if s["refs"] == "numbered" else el[2]
            out += [f'<text:p text:style-name="Ref">{x(r)}</text:p>' for r in refs]
        after_head = False
    if in_sect:
        out.append("</text:section>")
    return flat_odt(styles, out)


def flat_odt(styles: str, body: list[str]) -> str:
    """A flat ODT document: its styles, then the body's paragraphs."""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
            'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
            'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            + styles + '<office:body><office:text>' + "\n".join(body) + '</office:text></office:body></office:document>\n')


def soffice_pdf(source: str, pdf: Path) -> None:
    """``pdf`` made by LibreOffice from a flat ODT ``source`` written beside it."""
    src = pdf.with_suffix(".fodt")
    src.write_text(source, encoding="utf-8")
    profile = pdf.parent / "lo-profile"
    r = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(pdf.parent), str(src)],
                       capture_output=True, text=True, timeout=180)
    if r.returncode or not pdf.exists():
        raise RuntimeError(f"soffice failed on {src}: {r.stdout} {r.stderr}")


def typeset_odt(s: dict, els: list[tuple], pdf: Path) -> None:
    soffice_pdf(fodt_source(s, els), pdf)


# ------------------------------------------------------------------ a word processor's article (Word's habits)

#: authors with letters beyond ASCII (the word producer's names)
WORD_NAMES = ["Zoë Dvořák", "Łukasz Kowalczyk", "Ágnes Szőke", "Søren Ødegård", "Çağla Yılmaz", "Jiří Novák",
              "Anaïs Lefèvre", "Mária Horváthová"]
#: sentences with Greek, Cyrillic and Central European letters, put into
#: the paragraphs (what each says is true of the words it names)
FOREIGN = {"en": ["In Greek the word βιβλιοθήκη names both a library and a bookcase.",
                  "Russian and Bulgarian write the same word библиотека, Ukrainian writes бібліотека.",
                  "Branches in Łódź, Plzeň and Győr were asked the same questions.",
                  "The Czech forms knihovna and čítárna are kept as the respondents wrote them."],
           "de": ["Im Griechischen bezeichnet βιβλιοθήκη sowohl die Bibliothek als auch den Bücherschrank.",
                  "Russisch und Bulgarisch schreiben библиотека, Ukrainisch schreibt бібліотека.",
                  "Die Zweigstellen in Łódź, Plzeň und Győr erhielten dieselben Fragen.",
                  "Die tschechischen Formen knihovna und čítárna stehen so, wie die Befragten sie schrieben."]}
FOREIGN_LEAD = {"en": "In Łódź and Plzeň, ", "de": "In Łódź und Plzeň "}
#: entries by authors with letters beyond ASCII, at the end of an author-date list
FOREIGN_REFS = ["Šimková, Š. (2011) Knihovny a jejich čtenáři. Praha: Example Press.",
                "Иванова, А. (2015) Библиотеки и читатели. Москва: Example Press."]


def word_spec(s: dict, w: random.Random) -> None:
    """The word producer's own draws (``s`` changed in place): the faces
    a word processor offers (Times-, Arial- and Calibri-like), 11 or 12 pt,
    line spacing 1.15 to double; a publisher's banner over the first page
    (the journal's name, volume, ISSN and DOI above a rule), a "Cite this
    article" box under the abstract; running heads alternating on left and
    right pages (mirrored margins), the first page with a foot of its own
    (licence and DOI); headings numbered by hand ("1.", "1.1") or not;
    page-foot notes or a "Notes" section before the references; line
    numbers in the margin (a review copy); Greek, Cyrillic and Central
    European letters in names, paragraphs and references."""
    s["font"] = w.choice(["Nimbus Roman", "Nimbus Roman", "Nimbus Sans", "Noto Sans", "Noto Serif", "P052"])
    s["size"] = w.choice([11, 11, 12])
    s["spacing"] = w.choice([115, 115, 150, 200])
    s["columns"] = 2 if w.random() < 0.15 else 1
    s["banner"] = w.random() < 0.6
    s["citebox"] = w.random() < 0.5
    s["alternate"] = w.random() < 0.7
    s["numbering"] = w.choice(["none", "arabic", "arabic"])     # (typed by hand: word_source)
    s["numdot"] = w.random() < 0.5
    s["lineno"] = w.random() < 0.3
    s["foreign"] = w.random() < 0.6
    s["justify"] = w.random() < 0.6
    s["letter"] = w.random() < 0.3           # US Letter
    s["doi"] = f"10.5555/{s['journal'].split()[0].lower()}.{s['year']}.{s['volume']:02d}{s['k']:03d}"
    if s["lineno"]:
        s["spacing"] = max(s["spacing"], 150)
    if w.random() < 0.5:
        s["authors"] = w.sample(WORD_NAMES, len(s["authors"]))


def foreignise(s: dict, els: list[tuple], truth: dict) -> None:
    """Greek, Cyrillic and Central European letters in the article of
    spec ``s`` (``els`` and ``truth`` changed in place): a sentence with
    them after the first sentence of every third paragraph, the third
    paragraph opening with two place names, two entries by such authors at
    the end of an author-date reference list."""
    lang = s["lang"]
    paras = [k for k, el in enumerate(els) if el[0] == "para"]
    for n, k in enumerate(paras):
        parts = list(els[k][1])
        if n % 3 == 1:
            text, note = parts[1] if len(parts) > 1 else ("", None)
            parts[-1:] = [(FOREIGN[lang][(n // 3) % len(FOREIGN[lang])] + " " + text, note)]
        if n == 2:
            first, note = parts[0]
            old = " ".join(first.split()[:6])
            first = FOREIGN_LEAD[lang] + (first[0].lower() + first[1:] if lang == "en" else first)
            parts[0] = (first, note)
            for p in truth["paragraph_starts"]:
                if p["text"] == old:
                    p["text"] = " ".join(first.split()[:6])
                    break
            for j, (m, t, a) in enumerate(truth["_notes"]):
                if a.startswith(old.split(",")[0]) and " ".join(a.split()[:6]) == old:
                    truth["_notes"][j] = (m, t, first)
        els[k] = ("para", parts)
    if s["refs"] == "author-date":
        k = next(k for k, el in enumerate(els) if el[0] == "refs")
        els[k] = ("refs", els[k][1], els[k][2] + FOREIGN_REFS)
        truth["_refs"] = truth["_refs"] + FOREIGN_REFS


def word_source(s: dict, els: list[tuple]) -> str:
    """A flat OpenDocument file set as a word processor's user sets an
    article (see :func:`word_spec`)."""
    x = xesc
    size, small = s["size"], s["size"] - 2
    font = s["font"]
    align = "justify" if s["justify"] else "start"
    lh = f'fo:line-height="{s["spacing"]}%"'
    short = s["title"].split(" and ")[0][:40]
    surname = s["authors"][0].split()[-1] + (" et al." if len(s["authors"]) > 1 else "")
    journal_line = f"{s['journal']} {s['volume']} ({s['year']})"
    pages = f"{s['volume'] * 3}–{s['volume'] * 3 + 14}"
    doi = s["doi"]
    folio = '<text:page-number text:select-page="current">1</text:page-number>'
    pw, ph = ("21.59cm", "27.94cm") if s["letter"] else ("21cm", "29.7cm")
    textw = (21.59 if s["letter"] else 21.0) - 5.08
    if s["alternate"]:
        header = (f'<style:header><text:p text:style-name="HeadR">{x(short)}<text:tab/>{folio}</text:p></style:header>'
                  f'<style:header-left><text:p text:style-name="HeadL">{folio}<text:tab/>{x(journal_line)}</text:p></style:header-left>')
        footer = ""
    else:
        header = f'<style:header><text:p text:style-name="HeadC">{x(surname)}: {x(short)}</text:p></style:header>'
        footer = f'<style:footer><text:p text:style-name="Foot">Page {folio}</text:p></style:footer>'
    licence = f"© {s['year']} The Author(s). Published under a Creative Commons Attribution 4.0 licence."
    first_foot = (f'<style:footer><text:p text:style-name="Foot">{x(licence)}</text:p>'
                  f'<text:p text:style-name="Foot">https://doi.org/{x(doi)}</text:p></style:footer>')
    cols = ('<style:columns fo:column-count="2" fo:column-gap="0.8cm"/>' if s["columns"] == 2 else "")
    lineno = ('<text:linenumbering-configuration text:number-lines="true" text:increment="1" '
              'text:restart-on-page="false" text:number-position="left" text:offset="0.4cm" style:num-format="1" '
              'text:count-empty-lines="false" text:count-in-text-boxes="false"/>' if s["lineno"] else "")
    nonum = '<style:paragraph-properties text:number-lines="false"/>' if s["lineno"] else ""
    nolines = ' text:number-lines="false"' if s["lineno"] else ""
    mirrored = ' style:page-usage="mirrored"' if s["alternate"] else ""
    styles = f"""
<office:font-face-decls><style:font-face style:name="{x(font)}" svg:font-family="'{x(font)}'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="{x(font)}" fo:font-size="{size}pt" fo:language="{s['lang']}" fo:country="{'US' if s['lang'] == 'en' else 'DE'}" fo:hyphenate="{'true' if s['justify'] else 'false'}" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="{align}" fo:text-indent="0cm" fo:margin-bottom="0.28cm" {lh}/></style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start" fo:margin-top="0.4cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="{size + 8}pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Authors" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="{size + 1}pt"/></style:style>
 <style:style style:name="Affil" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start" fo:margin-bottom="0.5cm"/><style:text-properties fo:font-size="{small}pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Abstract" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm" {lh}/><style:text-properties fo:font-size="{size - 1}pt"/></style:style>
 <style:style style:name="Cite" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start" fo:margin-top="0.2cm" fo:margin-bottom="0.5cm" fo:padding="0.2cm" fo:border="0.5pt solid #000000" fo:background-color="#eeeeee"/><style:text-properties fo:font-size="{small}pt"/></style:style>
 <style:style style:name="Banner" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="22pt" fo:font-weight="bold" fo:color="#1f4e79"/></style:style>
 <style:style style:name="BannerInfo" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start" fo:padding-bottom="0.15cm" fo:border-bottom="1.5pt solid #1f4e79" fo:margin-bottom="0.4cm"><style:tab-stops><style:tab-stop style:position="{textw:.2f}cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="{small}pt"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="{size + 2}pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="{size}pt" fo:font-weight="bold" fo:font-style="italic"/></style:style>
 <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="3"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="{size}pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Quote" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="1.27cm" fo:margin-right="1.27cm" fo:margin-bottom="0.28cm" fo:text-align="{align}" {lh}/><style:text-properties fo:font-size="{size - 1}pt"/></style:style>
 <style:style style:name="Item" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="1.27cm" fo:text-indent="-0.63cm" fo:margin-bottom="0.1cm" {lh}/></style:style>
 <style:style style:name="Ref" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="1.27cm" fo:text-indent="-1.27cm" fo:margin-bottom="0.15cm" fo:text-align="start"/></style:style>
 <style:style style:name="Endnote" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.15cm" fo:margin-left="0.63cm" fo:text-indent="-0.63cm"/><style:text-properties fo:font-size="{size - 1}pt"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">{nonum}<style:text-properties fo:font-size="{small}pt"/></style:style>
 <style:style style:name="HeadR" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties{nolines}><style:tab-stops><style:tab-stop style:position="{textw:.2f}cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="{small}pt"/></style:style>
 <style:style style:name="HeadL" style:family="paragraph" style:parent-style-name="HeadR"/>
 <style:style style:name="HeadC" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"{nolines}/><style:text-properties fo:font-size="{small}pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Foot" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"{nolines}/><style:text-properties fo:font-size="{small - 1}pt"/></style:style>
 <style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <text:notes-configuration text:note-class="footnote" text:citation-style-name="Sup" text:citation-body-style-name="Sup" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 {lineno}
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL"{mirrored}><style:page-layout-properties fo:page-width="{pw}" fo:page-height="{ph}" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.54cm" fo:margin-right="2.54cm">
  <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:rel-width="33%" style:adjustment="left"/></style:page-layout-properties>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style></style:page-layout>
 <style:style style:name="Sect" style:family="section"><style:section-properties>{cols}</style:section-properties></style:style>
 <style:style style:name="Opening" style:family="paragraph" style:parent-style-name="{'Banner' if s['banner'] else 'Title'}" style:master-page-name="First"/>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="First" style:page-layout-name="PL" style:next-style-name="Standard">{first_foot}</style:master-page>
 <style:master-page style:name="Standard" style:page-layout-name="PL">{header}{footer}</style:master-page>
</office:master-styles>
"""
    out = []
    nnote = 0
    in_sect = False

    def note_xml(text: str, marker: str | None = None) -> str:
        nonlocal nnote
        if marker is None:
            nnote += 1
            return (f'<text:note text:id="ftn{nnote}" text:note-class="footnote"><text:note-citation>{nnote}</text:note-citation>'
                    f'<text:note-body><text:p text:style-name="Footnote">{x(text)}</text:p></text:note-body></text:note>')
        return (f'<text:note text:id="ftn{marker}" text:note-class="footnote"><text:note-citation text:label="*">*</text:note-citation>'
                f'<text:note-body><text:p text:style-name="Footnote">{x(text)}</text:p></text:note-body></text:note>')

    names = [el for el in els if el[0] == "authors"][0][1]
    cite = (f"{names[0].split()[-1]}, {names[0][0]}." + (" et al." if len(names) > 1 else "")
            + f" ({s['year']}). {s['title']}. {s['journal']}, {s['volume']}, {pages}. https://doi.org/{doi}")
    endn = 0
    for el in els:
        kind = el[0]
        if kind in ("heading", "para", "quote", "list", "endnotes", "refs") and not in_sect:
            if s["citebox"]:
                out.append(f'<text:p text:style-name="Cite"><text:span text:style-name="B">Cite this article:</text:span> {x(cite)}</text:p>')
            out.append('<text:section text:style-name="Sect" text:name="Body">')
            in_sect = True
        if kind == "title":
            if s["banner"]:
                out.append(f'<text:p text:style-name="Opening">{x(s["journal"])}</text:p>')
                out.append(f'<text:p text:style-name="BannerInfo">Vol. {s["volume"]}, No. 2 ({s["year"]}), pp. {pages} · '
                           f'ISSN 1234-5678<text:tab/>https://doi.org/{x(doi)}</text:p>')
                style = "Title"
            else:
                style = "Opening"
            out.append(f'<text:p text:style-name="{style}">{x(el[1])}' + (note_xml(el[2], "*") if el[2] else "") + "</text:p>")
        elif kind == "authors":
            joined = el[1][0] if len(el[1]) == 1 else ", ".join(el[1][:-1]) + (" and " if s["lang"] == "en" else " und ") + el[1][-1]
            out.append(f'<text:p text:style-name="Authors">{x(joined)}</text:p>')
            out.append(f'<text:p text:style-name="Affil">{x(SL.AFFIL[s["k"] % len(SL.AFFIL)])}</text:p>')
        elif kind == "abstract":
            out.append(f'<text:p text:style-name="Abstract"><text:span text:style-name="B">{x(el[1])}:</text:span> {x(el[2])}</text:p>')
        elif kind == "keywords":
            out.append(f'<text:p text:style-name="Abstract"><text:span text:style-name="B">{x(el[1])}:</text:span> {x(el[2])}</text:p>')
        elif kind == "heading":
            num = el[2]      # (the number typed, "1." or "1.1", by the author)
            out.append(f'<text:h text:style-name="Heading_20_{el[1]}" text:outline-level="{el[1]}">{x(num)}{x(el[3])}</text:h>')
        elif kind == "para":
            parts = []
            for text, note in el[1]:
                parts.append(x(text))
                if note:
                    if s["notes"] == "foot":
                        parts[-1] += note_xml(note)
                    else:
                        endn += 1
                        parts[-1] += f'<text:span text:style-name="Sup">{endn}</text:span>'
            out.append(f'<text:p text:style-name="Text_20_body">{" ".join(parts)}</text:p>')
        elif kind == "quote":
            out.append(f'<text:p text:style-name="Quote">{x(el[1])}</text:p>')
        elif kind == "list":
            out += [f'<text:p text:style-name="Item">•<text:tab/>{x(t)}</text:p>' for t in el[1]]
        elif kind in ("table", "figure"):
            pass     # (the word producer sets neither)
        elif kind == "endnotes":
            out.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{x(el[1])}</text:h>')
            out += [f'<text:p text:style-name="Endnote"><text:span text:style-name="Sup">{x(m)}</text:span> {x(t)}</text:p>'
                    if m.isdigit() else f'<text:p text:style-name="Endnote">{x(m)} {x(t)}</text:p>' for m, t in el[2]]
        elif kind == "refs":
            out.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{x(el[1])}</text:h>')
            refs = [f"[{k}] {r}" for k, r in enumerate(el[2], 1)] if s["refs"] == "numbered" else el[2]
            out += [f'<text:p text:style-name="Ref">{x(r)}</text:p>' for r in refs]
    if in_sect:
        out.append("</text:section>")
    return flat_odt(styles, out)


def typeset_word(s: dict, els: list[tuple], pdf: Path) -> None:
    soffice_pdf(word_source(s, els), pdf)


# ------------------------------------------------------------------ truth pages

def gutter_texts(pdf: Path) -> list[tuple[str, str]]:
    """Each page's text whole and column by column, the columns split at
    the page's widest vertical strip free of text in its middle third (a
    two-sided layout's columns are not centred on the page, so that
    ``synthetic_layouts.page_texts``' cut at the page's middle clips
    them)."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf)) as doc:
        for p in doc.pages:
            # (a preprint's line numbers, set tiny beside each column, stand
            # in the gutter, their digits read into the text beside them:
            # left out)
            sizes = sorted(c["size"] for c in p.chars if c["text"].strip()) or [10]
            tiny = 0.6 * sizes[len(sizes) // 2]
            p = p.filter(lambda o: o.get("object_type") != "char" or o["size"] >= tiny)
            whole = p.extract_text() or ""
            w = p.width
            cover = [0] * int(w + 1)
            for c in p.chars:
                if c.get("upright", True) and c["text"].strip() and c["size"] >= tiny:
                    for x in range(int(c["x0"]), min(int(c["x1"]) + 1, len(cover))):
                        cover[x] += 1
            lo, hi = int(w / 3), int(2 * w / 3)
            best, run, start, cut = 0, 0, lo, w / 2
            for x in range(lo, hi):
                run = run + 1 if cover[x] <= 2 else 0
                if run > best:
                    best, cut = run, x - run / 2
            cols = ((p.crop((0, 0, cut, p.height)).extract_text() or "") + "\n"
                    + (p.crop((cut, 0, w, p.height)).extract_text() or ""))
            out.append((whole, cols))
    return out


def build(s: dict, outdir: Path) -> tuple[Path, dict, list[str]]:
    """Typeset document ``s``; return its PDF, its gold and its reference strings."""
    els, truth = article(s)
    if s.get("foreign"):
        foreignise(s, els, truth)
    pdf = Path(outdir) / f"{truth['name']}.pdf"
    {"latex": typeset_latex, "odt": typeset_odt, "journal": typeset_journal, "word": typeset_word}[s["producer"]](s, els, pdf)
    raw = gutter_texts(pdf) if s["producer"] in ("journal", "word") and s["columns"] == 2 else SL.page_texts(pdf, s["columns"])
    if s.get("lineno"):
        # (a word hyphenated at a line's end, a sentence over two lines, is
        # found again only without the line numbers pdfplumber reads
        # between its halves: "cata- 5" / "logues", "12 annual figures")
        def unnumbered(t: str) -> str:
            return re.sub(r"(?m)^\d{1,3}(\n| (?=\D))| \d{1,3}$", "", t)
        flat = [(SL._squash(unnumbered(a)), SL._squash(unnumbered(b))) for a, b in raw]
    else:
        flat = [(SL._squash(a), SL._squash(b)) for a, b in raw]

    # (compared without spaces: pdfplumber runs the words of a tightly set
    # line together, "Seetheannualreport")
    bare = [(re.sub(r"\s", "", scoring.norm(a)), re.sub(r"\s", "", scoring.norm(b))) for a, b in flat]

    def page_of(text: str, after: int) -> int:
        t = re.sub(r"\s", "", scoring.norm(text))
        for k in range(max(after, 1) - 1, len(bare)):
            if t in bare[k][1] or t in bare[k][0]:
                return k + 1
        return 0

    SL.place_truth(truth, raw, page_of, 1)
    for marker, text, anchor in truth.pop("_notes"):
        w = text.split()
        pg = page_of(" ".join(w[:4]), 1)
        if anchor == "@title":
            mpage = truth["first_article_page"]
        else:
            start = page_of(" ".join(anchor.split()[:6]), 1)
            mpage = page_of(anchor, start) if page_of(anchor, start) == start else start + 1
        truth["notes"]["items"].append({"number": int(marker) if marker.isdigit() else marker, "page": pg,
                                        # (both producers set a page-foot note, or its first
                                        # part, on its call's page: the anchor sentence, broken
                                        # over a column or hyphenated, is found less surely)
                                        "marker_page": (pg or mpage) if s["notes"] == "foot" else
                                        (mpage if marker.isdigit() else truth["first_article_page"]),
                                        "first": " ".join(w[:5]), "last": " ".join(w[-5:])})
    if s.get("runhead", "none") != "none":
        short = s["title"].split(" and ")[0][:40]
        for h in {"short": [short], "journal": [f"{s['journal']} {s['volume']} ({s['year']})"]}[s["runhead"]]:
            truth["furniture"]["patterns"].append(r"^(\d{1,3}\s+)?" + re.escape(h) + r"(\s+\d{1,3})?$")
    truth["furniture"]["patterns"].append(r"^\d{1,3}$")
    if s["producer"] == "word":
        short = s["title"].split(" and ")[0][:40]
        surname = s["authors"][0].split()[-1] + (" et al." if len(s["authors"]) > 1 else "")
        for h in (short, f"{s['journal']} {s['volume']} ({s['year']})", f"{surname}: {short}"):
            truth["furniture"]["patterns"].append(r"^(\d{1,3}\s+)?" + re.escape(h) + r"(\s+\d{1,3})?$")
        truth["furniture"]["patterns"].append(r"^Page \d{1,3}$")
        truth["furniture"]["never_in_body"] += [f"https://doi.org/{s['doi']}", "Published under a Creative Commons"]
        if s["banner"]:
            truth["furniture"]["never_in_body"].append(f"Vol. {s['volume']}, No. 2 ({s['year']})")
        if s["citebox"]:
            truth["furniture"]["never_in_body"].append("Cite this article")
    source = " ".join(EN + DE + SL.NOTES["en"] + SL.NOTES["de"] + SL.ABSTRACT["en"] + SL.ABSTRACT["de"])
    truth["broken_words"] += broken_words(((k, cols) for k, (_, cols) in enumerate(raw, 1)), source)
    refs = truth.pop("_refs")
    return pdf, scoring.with_defaults(truth), refs


# ------------------------------------------------------------------ scoring

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=12, help="documents per producer (default 12)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--producer", nargs="*", default=list(PRODUCERS), choices=PRODUCERS)
    ap.add_argument("--only", nargs="*", type=int, help="only these document numbers")
    ap.add_argument("--keep", help="keep the PDFs, sources and golds in this folder")
    ap.add_argument("--json", help="write every number to this file")
    ap.add_argument("-v", "--verbose", action="store_true", help="list what each document missed")
    a = ap.parse_args(argv)

    import corpus
    name, read, text, label = corpus.pick_reader(False)
    repair = corpus._has_repair()
    print(f"reader: {name}; text scored: {label}; seed {a.seed}, {a.n} documents per producer")
    results: dict[str, dict] = {}
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(a.keep) if a.keep else Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        print(SL.header())
        for producer in a.producer:
            if not available(producer):
                print(f"({producer}: not installed, skipped)")
                continue
            for k in (a.only if a.only else range(a.n)):
                s = spec_for(a.seed, k, producer)
                pdf, gold, strings = build(s, out)
                if a.keep:
                    import yaml
                    (out / f"{gold['name']}.yaml").write_text(
                        yaml.safe_dump({**gold, "spec": s}, allow_unicode=True, sort_keys=False), encoding="utf-8")
                    (out / f"{gold['name']}.refs.txt").write_text("\n".join(strings) + "\n", encoding="utf-8")
                r = corpus.run([(gold["name"], pdf, gold, strings)], read, text, None, repair)[gold["name"]]
                r["spec"] = s
                results[gold["name"]] = r
                print(SL.row(gold["name"], [r]), f"{r['seconds']:5.1f}s", flush=True)
                if a.verbose:
                    for key in ("headings_missed_list", "headings_false_list", "para_missed_list",
                                "abstracts_missed_list", "notes_missed_list", "furniture_in_body_list"):
                        if r.get(key):
                            print(f"    {key}: {r[key]}")
    rs = list(results.values())
    print()
    print(SL.header())
    for producer in a.producer:
        some = [r for r in rs if r["spec"]["producer"] == producer]
        if some:
            print(SL.row(producer, some))
    print(SL.row("TOTAL", rs), f"{time.perf_counter() - t0:.0f}s")
    if a.json:
        Path(a.json).write_text(json.dumps(results, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
