"""The bibliography a build prints, measured against the corpus gold.

``corpus_refs.py`` measures the reference parser on the gold strings; this
measures what an instructor gets: the entries of ``build/<slug>/references.bib``
of a project in which the corpus PDFs were ingested and built (the reader
found the list, chose the reader for it, reconciled it with the notes and
merged the works the notes cite).  Each gold entry is matched to the built
entry nearest in title and surnames (each built entry used once), and
compared field by field as ``corpus_refs.py`` compares (first author + year
+ title; all fields)::

    python3 benchmarks/corpus_bib.py ROOT            # per paper and in total
    python3 benchmarks/corpus_bib.py ROOT -v de-30957   # each wrong entry of a paper

ROOT is a project with the corpus ingested under the papers' names (see
``tests/corpus/README.md``) and built (``python3 build.py``).

To measure a change to the bibliography stage without building again (a
build takes minutes, this seconds)::

    python3 benchmarks/corpus_bib.py ROOT --rebuild OUT

rebuilds only each paper's bibliography from the repair results ROOT's
build cached (``build/.coursepack/stages/repair-*``, opened only when this
user's key signs them) into ``OUT/build/<paper>/references.bib`` and
measures OUT.  Valid while the reading and repair code are those ROOT was
built with; report final numbers from a full build.  The shipped
model has seen every corpus paper, so these numbers are not a held-out
measure of the parser (that is ``corpus_refs.py``): they measure the path
from the list and the notes to the printed bibliography.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import fuzz  # noqa: E402

from benchmarks.corpus_refs import _norm, compare, gold_entries, papers, view  # noqa: E402
from coursepack import model  # noqa: E402
from coursepack.bibliography.bibtex import entry_plain, read_bibtex  # noqa: E402


def built_entries(root: Path, name: str) -> list[dict] | None:
    bib = root / "build" / name / "references.bib"
    if not bib.exists():
        return None
    out = []
    for key, e in read_bibtex(bib).entries.items():
        fields, persons = entry_plain(e)
        persons = {r: [lineage_as_given(n) for n in ns] for r, ns in persons.items()}
        v = as_gold_tags(view(model.BibEntry(key=key, type=e.type, fields=dict(fields),
                                             persons=dict(persons))), fields)
        v["orgs"] = [_norm(n.strip("{}")) for n in persons.get("author", []) if n.startswith("{")]
        v["body"] = _norm(fields.get("school") or fields.get("institution") or fields.get("publisher") or "")
        out.append(v)
    return out


def lineage_as_given(name: str) -> str:
    """A name in BibTeX's three parts ("Cook, Jr, EH": the generational
    suffix kept as the lineage) as the gold tags it, the suffix among the
    given names (``<given-names>EH Jr</given-names>``).

    >>> lineage_as_given("Cook, Jr, EH"), lineage_as_given("Lord, C")
    ('Cook, EH Jr', 'Lord, C')
    """
    if name.startswith("{") or name.count(",") != 2:
        return name
    last, jr, first = (x.strip() for x in name.split(","))
    return f"{last}, {first} {jr}".strip()


def whole_names(g: dict, b: dict) -> dict:
    """``b`` with each organisation it names whole ("IG METALL", "European
    Parliament") read as the gold's view reads the gold's tag of that name:
    the gold's names go through the reference parser's name splitting
    (``refparse.assemble``), which cuts an organisation into a surname and
    a given name ("metall", "ig"); the same words are the same name.  The
    same for editors, which the gold tags whole in either order.

    >>> whole_names({"surnames": "metall", "given": "ig", "editors": ""},
    ...             {"surnames": "ig metall", "given": "", "editors": "", "orgs": ["ig metall"]})["surnames"]
    'metall'
    >>> whole_names({"surnames": "", "given": "", "editors": "manfred moldaschl"},
    ...             {"surnames": "", "given": "", "editors": "moldaschl manfred"})["editors"]
    'manfred moldaschl'

    """
    sur, giv = b["surnames"].split("|"), b["given"].split("|")
    gsur, ggiv = g["surnames"].split("|"), g["given"].split("|")
    changed = False
    for i, name in enumerate(sur):
        if name in b.get("orgs", []) and i < len(gsur) and i < len(ggiv) and \
                sorted(name.split()) == sorted(f"{gsur[i]} {ggiv[i]}".split()):
            sur[i], giv[i] = gsur[i], ggiv[i]
            changed = True
    # the gold tags an editor whole (<editor>Moldaschl Manfred</editor>), with
    # no surname and given name of its own: the same words are the same name
    geds, beds = g["editors"].split("|"), b["editors"].split("|")
    if len(geds) == len(beds) and geds != beds and all(
            sorted(re.sub(r"[^\w\s]", "", x).split()) == sorted(re.sub(r"[^\w\s]", "", y).split())
            for x, y in zip(geds, beds)):
        b = dict(b, editors=g["editors"])
    return dict(b, surnames="|".join(sur), given="|".join(giv)) if changed else b


def as_gold_tags(v: dict, fields: dict) -> dict:
    """A built entry's view where a BibTeX field has no tag of its own in
    the gold: the main title of a work in parts (``maintitle``: "Die Liebe
    zur Landschaft", Teil II) is what the gold tags ``<source>`` (the
    container nearer than a series), and a first page with "f."/"ff." ("320ff.") is the gold's
    ``<fpage>320</fpage>ff.``, whose tag cannot hold the "ff.".

    >>> as_gold_tags({"container": "arbeiten", "pages": "320ff"}, {"maintitle": "Die Liebe", "series": "Arbeiten"})
    {'container': 'die liebe', 'pages': '320', 'origdate': ''}
    """
    v = dict(v)
    if fields.get("maintitle") and not (fields.get("journal") or fields.get("booktitle")):
        v["container"] = _norm(fields["maintitle"])
    elif fields.get("subtitle") and fields.get("series") and not (fields.get("journal") or fields.get("booktitle")):
        # "Titel. Untertitel (=Reihe 8)": the gold tags the subtitle with the series as the <source>
        v["container"] = _norm(f"{fields['subtitle']} (={fields['series']}")
    v["pages"] = re.sub(r"^(\d+)\s?ff?$", r"\1", v["pages"])
    v["origdate"] = str(fields.get("origdate", ""))
    return v


def year_as_tagged(text: str, b: dict) -> dict:
    """``b`` with its year as the gold's view reads the gold's ``<year>``
    tag: a list that prints the original's year first ("(1927/1986)", APA)
    has the pair in one tag, which the view reads as its first year; the
    built entry holds the same two years as ``year`` (the edition cited,
    1986) and ``origdate`` (1927).

    >>> year_as_tagged("Heidegger M. (1927/1986) Sein und Zeit.", {"year": "1986", "origdate": "1927"})["year"]
    '1927'
    >>> year_as_tagged("Mills, C. (1963/1940): Situated.", {"year": "1963", "origdate": "1940"})["year"]
    '1963'
    """
    o, y = b.get("origdate", ""), b.get("year", "")
    if o and y and re.search(rf"\b{re.escape(o)}\s*/\s*{re.escape(y[:4])}\b", text):
        return dict(b, year=o)
    return b


def titles_tagged(name: str) -> dict[str, list[str]]:
    """The texts the gold of paper ``name`` tags as titles, each gold
    entry's (by its text) in order."""
    from coursepack.bibliography.refdata import read_tagged_file
    from benchmarks.corpus_refs import CORPUS
    out: dict[str, list[str]] = {}
    for t in read_tagged_file(CORPUS / "references" / f"{name}.xml"):
        out[t.text] = [t.text[a:b] for a, b, lab in t.spans if lab == "title"]
    return out


def short_title_as_tagged(titles: list[str], g: dict, b: dict) -> dict:
    """``b`` with its title as the gold's view reads it where the gold
    tags a work's short name in brackets ("Scale for Children, 3rd
    edition (<title>SC-III</title>)") as a second title, which the view
    leaves out: the printed title holds it after the title ("Scale for
    Children (SC-III)").

    >>> short_title_as_tagged(["Scale for Children", "SC-III"], {"title": "scale for children"},
    ...                       {"title": _norm("Scale for Children (SC-III)")})["title"]
    'scale for children'
    >>> short_title_as_tagged(["Scale for Children"], {"title": "scale for children"},
    ...                       {"title": _norm("Scale for Children (SC-III)")})["title"]
    'scale for children (sc-iii'
    """
    if b.get("title") == g["title"]:
        return b
    for x in titles[1:]:
        if b.get("title") == _norm(f"{g['title']} ({x})"):
            return dict(b, title=g["title"])
    return b


def issue_as_tagged(text: str, g: dict, b: dict) -> dict:
    """``b`` with its issue read as the gold's ``<volume>`` where the gold
    tags as the volume a number the list prints in brackets alone after
    the journal, with no volume ("die hochschule …, (2), 102–116": APA's
    issue with no volume; the gold's ``(<volume>2</volume>)``), or labels
    as an issue ("Gewerkschaftliche Monatshefte, n°4", "IZA Discussion
    Paper no. 97"; the gold's ``n°<volume>4</volume>``, though it tags
    "vol. 26, n°<issue>4</issue>"): the printed bibliography holds it as
    the issue, which it is.

    >>> issue_as_tagged("Lee, A. (2011). T. J, (2), 102–116.", {"volume": "2", "issue": ""},
    ...                 {"volume": "", "issue": "2"})
    {'volume': '2', 'issue': ''}
    >>> issue_as_tagged("IG METALL, 1980, T, Monatshefte, n°4: 251-262.", {"volume": "4", "issue": ""},
    ...                 {"volume": "", "issue": "4"})["volume"]
    '4'
    """
    v = g["volume"]
    if v and not g["issue"] and b["issue"] == v and not b["volume"] and (
            re.search(rf"[,.]\s*\(\s*{re.escape(v)}\s*\)", text)
            or re.search(rf"(?<!\w)(?:n°|nº|no\.|No\.|Nr\.)\s*{re.escape(v)}(?!\w)", text)):
        return dict(b, volume=v, issue="")
    return b


# an editor's mark in a reference string: "(ed.)", "eds.", "Hg.", "edited by" …
_EDITOR_MARK = re.compile(r"(?i)\(\s*(?:eds?|edd|hg|hgg|hrsg|dir|coord|[ée]ds?|red)\.?\s*\)|"
                          r"(?<!\w)(?:eds?|edd|hg|hgg|hrsg|[ée]ds?)\.|\bedited\b|\beditors?\b|\bherausgegeben\b")


def editors_as_tagged(text: str, g: dict, b: dict) -> dict:
    """``b`` with its editors read as the gold's loose tags read them (the
    corpus README: "the annotation guideline used them loosely in places"):

    - an organisation the gold tags ``<editor>`` that the string marks
      nowhere as edited, named after the title ("…, DPhil thesis,
      <editor>University of Oxford</editor>."; "…, <editor>Commission for
      Racial Equality</editor>, London.", en-39222): the built entry holds
      it as the thesis's school, the report's institution or the book's
      publisher, which it is; the same words count as the gold's editor;
    - editors the string names after an editor's mark that the gold leaves
      inside ``<other>`` ("<other>hg. im Auftrag des Präsidenten Rita von
      Seidel, Horst Gerken …</other>", de-4752): the built entry's editors
      count as the gold's none.

    >>> g = {"editors": "university of oxford ", "publisher": "", "surnames": "hannan", "title": "t"}
    >>> editors_as_tagged("Hannan, C (2008): T, DPhil thesis, University of Oxford.", g,
    ...                   {"editors": "", "publisher": "", "body": "university of oxford"})["editors"]
    'university of oxford '
    >>> g = {"editors": "", "publisher": "", "surnames": "", "title": "t", "container": "", "place": "stuttgart"}
    >>> editors_as_tagged("X (1981), T, hg. von Rita Seidel, Stuttgart.", g,
    ...                   {"editors": "seidel rita", "publisher": "", "body": ""})["editors"]
    ''
    """
    if g["editors"] and not b["editors"] and b.get("body") and not _EDITOR_MARK.search(text) \
            and sorted(g["editors"].split()) == sorted(b["body"].split()):
        return dict(b, editors=g["editors"], publisher=g["publisher"])
    m = re.search(r"(?i)(?<!\w)(?:hg\.|hrsg\.|herausgegeben|edited\s+by|ed\.\s+by)", text)
    if not g["editors"] and b["editors"] and m:
        after = _norm(text[m.end():])
        tagged = " ".join(g.get(k, "") for k in ("surnames", "title", "container", "publisher", "place"))
        surs = [e.split()[-2] if len(e.split()) > 1 else e for e in b["editors"].split("|")]
        if all(s and s in after and s not in tagged for s in surs):
            return dict(b, editors="")
    return b


def same_author_marks(gold: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """The gold with the printed list's same-author mark read as the list
    means it: an entry that opens with a dash ("- forthcoming, …", en-11018)
    or with a bare comma (en-36334 prints "——, 1984: …" with a rule drawn
    as a line, which the gold's string lost) is by the authors of the entry
    before it; the gold's segmentation gives it none.

    >>> g = same_author_marks([("Beck, U., 1986: R.", {"surnames": "beck", "given": "u", "editors": ""}),
    ...                        (", 1993: E. In: A. Lee (ed.), B.", {"surnames": "", "given": "", "editors": "lee a"})])
    >>> g[1][1]["surnames"], g[1][1]["given"]
    ('beck', 'u')
    """
    out: list[tuple[str, dict]] = []
    for text, g in gold:
        if out and re.match(r"\s*(?:[-–—_]+\s|,)", text) and not g["surnames"]:
            g = dict(g, surnames=out[-1][1]["surnames"], given=out[-1][1]["given"])
        out.append((text, g))
    return out


def match(gold: list[tuple[str, dict]], got: list[dict]) -> list[tuple[str, dict, dict | None]]:
    """Each gold entry with the built entry nearest in title and surnames,
    best pairs first, each built entry used once; among pairs alike in
    title and surnames (pages of the web cited by their address alone: no
    title, no author), the nearer in address and year first."""
    def tie(g, b):
        return fuzz.ratio(g["url"], b["url"]) + fuzz.ratio(g["year"], b["year"])
    pairs = sorted(((fuzz.ratio(g["title"], b["title"]) + fuzz.ratio(g["surnames"], b["surnames"]),
                     tie(g, b), i, j)
                    for i, (_, g) in enumerate(gold) for j, b in enumerate(got)), reverse=True)
    taken_g: dict[int, int] = {}
    taken_b: set[int] = set()
    for s, _, i, j in pairs:
        if i in taken_g or j in taken_b or s < 60:
            continue
        taken_g[i] = j
        taken_b.add(j)
    return [(t, g, got[taken_g[i]] if i in taken_g else None) for i, (t, g) in enumerate(gold)]


def score(root: Path, name: str) -> dict | None:
    got = built_entries(root, name)
    if got is None:
        return None
    rows = match(same_author_marks(gold_entries(name)), got)
    titles = titles_tagged(name)
    res = [compare(g, short_title_as_tagged(titles.get(t, []), g, whole_names(
        g, editors_as_tagged(t, g, issue_as_tagged(t, g, year_as_tagged(t, b))))))
           if b is not None else None
           for t, g, b in rows]
    return {"gold": len(rows), "built": len(got), "got": got, "matched": sum(r is not None for r in res),
            "fay": sum(bool(r and r["fay"]) for r in res),
            "all": sum(bool(r and r["all"]) for r in res), "rows": rows, "res": res}


def rebuild(root: Path, out: Path) -> list[str]:
    """Each corpus paper's bibliography built again from the repair result
    ROOT's build cached, written to ``out/build/<paper>/references.bib``;
    the papers rebuilt."""
    import pickle

    from coursepack.bibliography import build_bibliography, dumps
    from coursepack.cache import StageCache, secret_key, verify
    key, done = secret_key(), []
    for name in papers():
        for f in sorted((root / "build" / ".coursepack" / "stages").glob(f"repair-{name}-*.pickle")):
            data = f.read_bytes()
            if not data.startswith(StageCache.MAGIC):
                continue
            mac, _, payload = data[len(StageCache.MAGIC):].partition(b"\n")
            if not verify(key, f.stem, payload, mac.decode("ascii", "replace")):
                continue        # not written by this user's coursepack: never unpickled
            result = pickle.loads(payload)  # noqa: S301 - authenticated above
            bib = build_bibliography(result.footnotes, landing_refs=list(result.references) or None,
                                     sections=result.sections)
            folder = out / "build" / name
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "references.bib").write_text(dumps(bib.bibdata), encoding="utf-8")
            done.append(name)
            break
    return done


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("root", type=Path)
    ap.add_argument("-v", "--verbose", metavar="PAPER", help="print each wrong entry of PAPER")
    ap.add_argument("--rebuild", metavar="OUT", type=Path,
                    help="rebuild only the bibliographies from ROOT's cached repair results into OUT, "
                         "and measure OUT")
    a = ap.parse_args(argv)
    if a.rebuild:
        done = rebuild(a.root, a.rebuild)
        print(f"bibliographies rebuilt from {a.root}'s repair results: {len(done)} papers")
        a.root = a.rebuild
    if a.verbose:
        s = score(a.root, a.verbose)
        if s is None:
            print(f"{a.verbose}: no build/{a.verbose}/references.bib")
            return 1
        for (text, g, b), r in zip(s["rows"], s["res"]):
            if r is not None and r["all"]:
                continue
            print("\n" + text)
            if b is None:
                print("   not in the built bibliography")
                continue
            for k, ok in r.items():
                if not ok and k not in ("all", "fay", "first_author"):
                    print(f"   {k:10} gold={g[k]!r:.60}\n   {'':10} got ={b[k]!r:.60}")
        used = {id(b) for _, _, b in s["rows"] if b is not None}
        extra = [b for b in s["got"] if id(b) not in used]
        if extra:
            print(f"\nbuilt entries paired with no gold entry ({len(extra)}):")
            for b in extra:
                print(f"   {b['surnames'] or b['editors'] or '-'} {b['year']}: {b['title'] or b['url']}"[:110])
        return 0
    tot = {"gold": 0, "built": 0, "matched": 0, "fay": 0, "all": 0}
    print(f"{'paper':28} {'gold':>5} {'built':>5} {'found':>5} {'A+Y+T':>6} {'all':>5}")
    for name in papers():
        s = score(a.root, name)
        if s is None:
            print(f"{name:28} (not built)")
            continue
        print(f"{name:28} {s['gold']:5} {s['built']:5} {s['matched']:5} {s['fay']:6} {s['all']:5}")
        for k in tot:
            tot[k] += s[k]
    n = max(tot["gold"], 1)
    print(f"{'total':28} {tot['gold']:5} {tot['built']:5} {tot['matched']:5} {tot['fay']:6} {tot['all']:5}")
    print(f"first author + year + title {tot['fay'] / n:.1%}, all fields {tot['all'] / n:.1%}, "
          f"found {tot['matched'] / n:.1%} of {tot['gold']} gold entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
