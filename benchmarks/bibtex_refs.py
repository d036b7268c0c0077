"""BibTeX-styled reference lists, parsed back: given-name-first styles.

A real LaTeX article from outside the corpus (makeindex's ``ind.pdf``,
BibTeX ``plain``: "Donald E. Knuth. Literate programming. The Computer
Journal, 27(2):97–111, May 1984.") showed the parser reading such lists
wrong (names split wrong, the place "Reading" of "Addison-Wesley, Reading,
Massachusetts" read as an author, a surname read into the title).  This
benchmark measures those styles.

About twenty plainly invented works (articles, books, an edited book,
chapters in edited books, proceedings papers, technical reports, theses;
one to four authors, editors, editions, places) are written as a ``.bib``
and run through ``bibtex`` (TeX Live, no network, in a temporary folder)
once per standard BibTeX style found by ``kpsewhich`` (plain, alpha,
abbrv, unsrt, apalike, ieeetr, siam, acm).  The typeset list is read back
from the ``.bbl`` with its LaTeX markup stripped (what the PDF prints, less
the label), each entry is parsed by ``refparse.parse_reference`` and
scored against the ``.bib`` truth: first author's surname (the first
editor's for an edited book), all surnames, year, title, container
(journal / book title), publisher (or institution, school), pages, and all
of these.  A field the style does not print (after case and punctuation
are set aside) is expected empty.

    python3 benchmarks/bibtex_refs.py            # all styles, a table
    python3 benchmarks/bibtex_refs.py plain -v   # one style, the misses
    python3 benchmarks/bibtex_refs.py --pdf      # typeset by pdflatex, read
                                                 # back by a build from the PDF
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_refs import _norm  # noqa: E402

from coursepack.bibliography import refparse  # noqa: E402

STYLES = ("plain", "alpha", "abbrv", "unsrt", "apalike", "ieeetr", "siam", "acm")
FIELDS = ["first_author", "surnames", "year", "title", "container", "publisher", "pages"]


@dataclass
class Work:
    type: str
    key: str
    authors: list      # (given, family)
    editors: list
    fields: dict


# Invented people, titles, journals, publishers and places (no real work).
WORKS = [
    Work('article', 'a1', [('Orla', 'Penhallow')], [], {'title': 'Tidal grammars of the northern estuaries', 'journal': 'Journal of Invented Linguistics', 'volume': '12', 'number': '3', 'pages': '45--67', 'year': '1987'}),
    Work('article', 'a2', [('Brannock Q.', 'Vellacott'), ('Ysolde', 'Marchetti')], [], {'title': 'A lattice model of ferry timetables', 'journal': 'Quarterly Review of Imaginary Transport', 'volume': '8', 'number': '1', 'pages': '1--22', 'year': '1993'}),
    Work('article', 'a3', [('Tamsin', 'Okonkwo-Reyes'), ('Hallam J.', 'Strudwick'), ('Perpetua', 'Lindqvist')], [], {'title': 'Measuring the hum of empty libraries', 'journal': 'Acoustics of Fictional Spaces', 'volume': '41', 'pages': '301--329', 'year': '2004'}),
    Work('article', 'a4', [('Casimir', 'Thorneycroft'), ('Eulalie B.', 'Haverstock'), ('Fenwick', 'Adeyemi'), ('Rosalind', 'Quennell')], [], {'title': 'Seasonal drift in handwritten ledgers', 'journal': 'Archival Methods Today', 'volume': '5', 'number': '2', 'pages': '88--104', 'year': '2011'}),
    Work('book', 'b1', [('Wilhelmina', 'Craddock')], [], {'title': 'The Architecture of Unbuilt Towns', 'publisher': 'Larkspurrow Press', 'address': 'Dunmere', 'year': '1978'}),
    Work('book', 'b2', [('Ignatius', 'Pemberthy'), ('Solveig R.', 'Auclair')], [], {'title': 'Counting Sheep by Lamplight', 'publisher': 'Harrowgate University Press', 'address': 'Harrowgate', 'edition': 'Second', 'year': '1999'}),
    Work('book', 'b3', [('Marisol', 'Featherstonehaugh')], [], {'title': 'A Grammar of Silent Bells', 'publisher': 'Quillon and Sons', 'address': 'Little Wendle, Norfolk', 'year': '1965'}),
    Work('book', 'b4', [('Anselm', 'Trevethick'), ('Dorcas', 'Mbeki-Lund'), ('Gideon', 'Pyrford')], [], {'title': 'Ledgers of the Salt Road', 'publisher': 'Eastmarch Academic', 'address': 'Portlow', 'edition': 'Third', 'year': '2015'}),
    Work('incollection', 'c1', [('Rufus', 'Ellingham')], [('Philippa', 'Gorringe')], {'title': 'Lanterns and the law of small harbours', 'booktitle': 'Essays on Coastal Customs', 'publisher': 'Brackwater Press', 'address': 'Saltcombe', 'pages': '113--140', 'year': '1989'}),
    Work('incollection', 'c2', [('Henrietta Q.', 'Abernethy-Voss'), ('Lucan', 'Darrowby')], [('Ottoline', 'Fairweather'), ('Crispin', 'Mallory')], {'title': 'On the weight of unsent letters', 'booktitle': 'The Postal Imagination', 'publisher': 'Fennelwick House', 'address': 'Oxbury', 'pages': '7--31', 'year': '2002'}),
    Work('inproceedings', 'p1', [('Zebedee', 'Hartnoll')], [], {'title': 'Fast sorting of imaginary numbers by colour', 'booktitle': 'Proceedings of the Ninth Symposium on Whimsical Computing', 'pages': '210--219', 'year': '1991', 'publisher': 'Society for Whimsical Computing', 'address': 'Tregarth'}),
    Work('inproceedings', 'p2', [('Araminta', 'Culpepper'), ('Benedikt', 'Osei-Hartmann')], [('Leopold', 'Vantongeren')], {'title': 'Compiling weather into verse', 'booktitle': 'Proceedings of the Workshop on Improbable Languages', 'pages': '55--62', 'year': '2008', 'publisher': 'Improbable Press', 'address': 'Caerwen'}),
    Work('inproceedings', 'p3', [('Griselda', 'Ambrosetti'), ('Thaddeus', 'Pinnock'), ('Ottilie', 'Szabo')], [], {'title': 'A census of paper boats', 'booktitle': 'Proceedings of the Conference on Floating Things', 'pages': '1--9', 'year': '2019'}),
    Work('techreport', 't1', [('Barnaby', 'Fitzwilliam-Hobbs')], [], {'title': 'Error budgets for clockwork orchards', 'institution': 'Department of Horology, Eastmarch University', 'number': 'TR-88-14', 'address': 'Portlow', 'year': '1988'}),
    Work('techreport', 't2', [('Clementine', 'Ashdown'), ('Percival', 'Nakamura-Royle')], [], {'title': 'A survey of candle-powered routers', 'institution': 'Institute for Unlikely Networks', 'type': 'Technical Report', 'number': '42', 'year': '2006'}),
    Work('phdthesis', 'h1', [('Evangeline', 'Tresidder')], [], {'title': 'Grammatical moods of abandoned lighthouses', 'school': 'University of Harrowgate', 'address': 'Harrowgate', 'year': '1996'}),
    Work('mastersthesis', 'h2', [('Jago', 'Wetherall')], [], {'title': 'Mapping the echoes of a disused canal', 'school': 'Saltcombe College', 'year': '2013'}),
    Work('article', 'a5', [('Leocadia', 'Brennan-Tull'), ('Octavius', 'Rensselaer')], [], {'title': 'Bicycles as instruments of memory', 'journal': 'Review of Speculative History', 'volume': '19', 'number': '4', 'pages': '512--530', 'year': '1975'}),
    Work('book', 'e1', [], [('Sebastiana', 'Goodenough'), ('Ferdinand', 'Polkinghorne')], {'title': 'Collected Papers on Paper Collecting', 'publisher': 'Wendle Books', 'address': 'Little Wendle', 'year': '2000'}),
    Work('incollection', 'c3', [('Ivo', 'Carrington-Pyle')], [('Marguerite', 'Halloway')], {'title': 'The quiet arithmetic of weaving', 'booktitle': 'Looms and Logic', 'publisher': 'Threadwhistle Academic', 'address': 'Bristow', 'edition': 'Second', 'pages': '45--70', 'year': '2010'}),
]


def bib_text(works=WORKS) -> str:
    out = []
    for w in works:
        f = dict(w.fields)
        for role, people in (("author", w.authors), ("editor", w.editors)):
            if people:
                f[role] = " and ".join(f"{g} {s}" for g, s in people)
        body = ",\n".join(f"  {k} = {{{v}}}" for k, v in f.items())
        out.append(f"@{w.type}{{{w.key},\n{body}\n}}\n")
    return "\n".join(out)


def run_bibtex(style: str, folder: Path) -> str:
    """The ``.bbl`` BibTeX writes for every work in ``style``: the .aux is
    the one LaTeX writes for ``\\nocite{*}``, ``\\bibliographystyle{style}``."""
    (folder / "works.bib").write_text(bib_text(), encoding="utf-8")
    (folder / "t.aux").write_text("\\relax\n\\citation{*}\n\\bibstyle{%s}\n\\bibdata{works}\n"
                                  % style, encoding="utf-8")
    subprocess.run(["bibtex", "-terse", "t"], cwd=folder, capture_output=True, timeout=60)
    return (folder / "t.bbl").read_text(encoding="utf-8", errors="replace")


def bbl_entries(bbl: str) -> dict[str, str]:
    """{key: plain text} of the entries of a ``.bbl`` (LaTeX markup off, as
    the PDF prints them, without the label)."""
    out = {}
    for chunk in re.split(r"\n\s*\n", bbl):
        m = re.search(r"\\bibitem(?:\[(?:[^\[\]]|\{[^{}]*\})*\])?\{([^}]*)\}", chunk)
        if not m:
            continue
        t = chunk[m.end():].replace("\\end{thebibliography}", "")
        t = re.sub(r"\\newblock|\\/|\\(?:em|sc|it|bf|rm)\b", " ", t)
        t = t.replace("---", "—").replace("--", "–").replace("~", " ").replace("\\&", "&")
        t = re.sub(r"\\[a-zA-Z]+\s*", "", t).replace("{", "").replace("}", "")
        t = re.sub(r"\s+([.,;:])", r"\1", " ".join(t.split()))
        out[m.group(1)] = t
    return out


def truth(w: Work, text: str) -> dict[str, str]:
    printed = _norm(text)
    people = w.authors or w.editors
    sur = [_norm(s) for _, s in people]
    f = w.fields
    t = {"first_author": sur[0] if sur else "", "surnames": "|".join(sur),
         "year": _norm(f.get("year", "")), "title": _norm(f.get("title", "")),
         "container": _norm(f.get("journal") or f.get("booktitle") or ""),
         "publisher": _norm(f.get("publisher") or f.get("institution") or f.get("school") or ""),
         "pages": _norm(f.get("pages", "").replace("--", "-"))}
    for k in ("container", "publisher", "pages"):
        if t[k] and t[k] not in printed:
            t[k] = ""       # not printed by the style
    return t


DOC = r"""\documentclass{article}
\begin{document}
\section{Introduction}
This short article cites every work in its list of references, an example
of a bibliography typeset by \BibTeX{} in one of its standard styles.
\nocite{*}
\bibliographystyle{%s}
\bibliography{works}
\end{document}
"""


def pdf_readings(style: str, folder: Path, entries: dict[str, str]) -> dict[str, dict]:
    """{key: view} of the entries a build reads from the article typeset
    by pdflatex (the whole path: PDF reading, list splitting, reconciling),
    each built entry matched to the work whose printed text it is closest to."""
    from rapidfuzz import fuzz
    from unseen_bib import read_back
    doc = DOC % style
    if subprocess.run(["kpsewhich", f"{style}.sty"], capture_output=True, text=True).stdout.strip():
        # the style's own package, as its users load it (apalike.sty: no labels in the list)
        doc = doc.replace("\\begin{document}", f"\\usepackage{{{style}}}\n\\begin{{document}}")
    (folder / "doc.tex").write_text(doc, encoding="utf-8")
    for cmd in (["pdflatex", "-interaction=batchmode", "doc"], ["bibtex", "-terse", "doc"],
                ["pdflatex", "-interaction=batchmode", "doc"]):
        subprocess.run(cmd, cwd=folder, capture_output=True, timeout=120)
    _, bib = read_back(folder / "doc.pdf", "en")
    out: dict[str, dict] = {}
    for e in bib.entries:
        said = " ".join([str(v) for v in e.fields.values()]
                        + [x for v in e.persons.values() for x in v])
        score, key = max((fuzz.token_set_ratio(_norm(t), _norm(said)), k)
                         for k, t in entries.items() if k not in out)
        if score >= 60:
            out[key] = got_view(e)
    return out


def got_view(e) -> dict[str, str]:
    f, p = e.fields, e.persons
    people = [x for x in (p.get("author") or p.get("editor") or []) if x != "others"]
    sur = [_norm(x.strip("{}").split(",")[0]) for x in people]
    return {"first_author": sur[0] if sur else "", "surnames": "|".join(sur),
            "year": _norm(str(f.get("year", ""))), "title": _norm(str(f.get("title", ""))),
            "container": _norm(str(f.get("journal") or f.get("booktitle") or "")),
            "publisher": _norm(str(f.get("publisher") or f.get("institution")
                                   or f.get("school") or f.get("organization") or "")),
            "pages": _norm(str(f.get("pages", "")))}


def evaluate(styles=STYLES, verbose=False, pdf=False) -> dict[str, dict]:
    per: dict[str, dict] = {}
    by_key = {w.key: w for w in WORKS}
    with tempfile.TemporaryDirectory(prefix="bibtex-refs-") as tmp:
        for s in styles:
            if not subprocess.run(["kpsewhich", f"{s}.bst"], capture_output=True,
                                  text=True).stdout.strip():
                print(f"{s}: no {s}.bst here", file=sys.stderr)
                continue
            folder = Path(tmp) / s
            folder.mkdir()
            entries = bbl_entries(run_bibtex(s, folder))
            built = pdf_readings(s, folder, entries) if pdf else {}
            res = []
            for key, text in entries.items():
                want = truth(by_key[key], text)
                if pdf:     # an entry the build does not find: every field wrong
                    got = built.get(key) or dict.fromkeys(FIELDS, "\0not found")
                else:
                    got = got_view(refparse.parse_reference(text, "en"))
                r = {k: want[k] == got[k] for k in FIELDS}
                r["all"] = all(r.values())
                res.append(r)
                if verbose and not r["all"]:
                    print(f"  {s} [{key}]: {text}")
                    for k in FIELDS:
                        if not r[k]:
                            print(f"      {k:12} want={want[k]!r:.70}\n      {'':12} got ={got[k]!r:.70}")
            if len(entries) < len(WORKS):
                print(f"{s}: {len(WORKS) - len(entries)} works missing from the .bbl", file=sys.stderr)
            n = max(len(res), 1)
            per[s] = {k: sum(r[k] for r in res) / n for k in FIELDS + ["all"]} | {"n": len(res)}
    if per:
        tot = sum(p["n"] for p in per.values())
        per["total"] = {k: sum(p[k] * p["n"] for p in per.values()) / max(tot, 1)
                        for k in FIELDS + ["all"]} | {"n": tot}
    return per


def print_table(per) -> None:
    short = {"first_author": "1stA", "surnames": "sur", "title": "titl", "container": "cont",
             "publisher": "pub", "pages": "pp"}
    cols = ["n"] + FIELDS + ["all"]
    print(f"{'style':<10} " + " ".join(f"{short.get(c, c):>5}" for c in cols))
    for s, t in per.items():
        print(f"{s:<10} " + " ".join(f"{t[c]:5d}" if c == "n" else f"{100 * t[c]:5.1f}"
                                     for c in cols))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("styles", nargs="*", help=f"BibTeX styles (default: {' '.join(STYLES)})")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each miss")
    ap.add_argument("--pdf", action="store_true", help="typeset each list with pdflatex and "
                    "score what a build reads back from the PDF (the whole path) instead of "
                    "parsing the .bbl's entries one by one")
    a = ap.parse_args(argv)
    if not shutil.which("bibtex"):
        print("bibtex not found (TeX Live)", file=sys.stderr)
        return 2
    t0 = time.time()
    print_table(evaluate(tuple(a.styles) or STYLES, a.verbose, a.pdf))
    print(f"({len(WORKS)} invented works; {time.time() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
