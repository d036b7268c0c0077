"""The PDF reader on articles typeset by other producers (pdflatex,
LibreOffice): ``tests/corpus/producers/`` holds the PDFs with their truth
(made by ``benchmarks/producer_layouts.py``), ``thresholds.yaml`` there
the floors and ceilings each article is held to.

    python3 -m tests.corpus.test_producers --write   # rewrite the thresholds from the reader's numbers
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from tests.corpus import scoring

HERE = Path(__file__).resolve().parent / "producers"
NAMES = sorted(p.stem for p in HERE.glob("*.yaml") if p.stem != "thresholds")
#: counts held from below (found) and from above (false), as in ``thresholds.yaml``
FLOORS = ("title_ok", "authors_ok", "headings_found", "headings_level_ok", "abstracts_found", "para_found",
          "notes_found", "notes_on_page", "markers_found", "refs_found")
CEILINGS = ("headings_false", "abstracts_false", "para_false", "notes_in_body", "furniture_in_body")


def scores(name: str) -> dict:
    """The reader's numbers on producer article ``name`` (raw structure, no repair)."""
    from coursepack.read.pdf import read_pdf
    gold = scoring.load_gold(HERE / f"{name}.yaml")
    refs = [x for x in (HERE / f"{name}.refs.txt").read_text(encoding="utf-8").splitlines() if x.strip()]
    return scoring.score(gold, read_pdf(HERE / f"{name}.pdf"), refs)


def test_the_articles_are_there():
    assert len(NAMES) >= 5
    producers = {yaml.safe_load((HERE / f"{n}.yaml").read_text(encoding="utf-8"))["spec"]["producer"] for n in NAMES}
    assert producers == {"latex", "odt"}


@pytest.mark.parametrize("name", NAMES)
def test_reader_on_producer_article(name):
    want = yaml.safe_load((HERE / "thresholds.yaml").read_text(encoding="utf-8"))[name]
    got = scores(name)
    for k in FLOORS:
        assert got[k] >= want[k], (name, k, got[k], want[k], got.get(k.replace("_found", "_missed_list")))
    for k in CEILINGS:
        assert got[k] <= want[k], (name, k, got[k], want[k])


def main(argv: list[str]) -> int:
    out = {}
    for name in NAMES:
        r = scores(name)
        out[name] = {k: r[k] for k in FLOORS + CEILINGS}
        print(name, out[name])
    if "--write" in argv:
        (HERE / "thresholds.yaml").write_text(
            "# floors (found) and ceilings (false) of test_producers.py; "
            "python3 -m tests.corpus.test_producers --write\n" + yaml.safe_dump(out, sort_keys=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
