"""End to end: a German reading whose bibliography is the editor's
references.json, built with ``style: apa``; the reader, the handout and the
web export print the CSL-formatted entries and citation with German terms,
and the build writes references.json beside references.bib."""

import json

import pytest

from coursepack.build import Options, build
from coursepack.web import render_web
from tests.packs.project import make_project
from tests.pdfcheck import Pdf

ITEMS = [
    {"id": "lee2003tides", "type": "chapter", "title": "Tides and harbours",
     "container-title": "The sea", "editor": [{"family": "Müller", "given": "Hans"}],
     "author": [{"family": "Lee", "given": "Kim"}], "page": "45-67",
     "publisher": "Springer", "issued": {"date-parts": [[2003]]}},
    {"id": "nowak2001rivers", "type": "article-journal", "title": "Flüsse im Norden",
     "container-title": "Geographische Rundschau", "volume": "3", "issue": "2",
     "page": "1-9", "author": [{"family": "Nowak", "given": "Jan"}],
     "issued": {"date-parts": [[2001]]}, "DOI": "10.1000/xyz"},
]
ARTICLE = """# Häfen

Die Gezeiten bestimmen die Häfen.[^1] Dazu auch die Flüsse.[^2]

[^1]: Siehe [@lee2003tides, 50].
[^2]: [@nowak2001rivers].
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("apa")
    root = make_project(tmp / "p", seed=False, pack=(
        "title: Kurs\nreadings:\n  - slug: haefen\noutput:\n  style: apa\n"))
    folder = root / "content" / "readings" / "haefen"
    (folder / "source").mkdir(parents=True)
    (folder / "source" / "article.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "reading.yaml").write_text(
        "title: Häfen\nauthors: [Anna Schmidt]\njournal: Zeitschrift für Häfen\nvolume: 7\n"
        "issue: 1\nyear: 2020\npages: 10-20\nlanguage: de\n"
        "sources:\n  markdown: source/article.md\n", encoding="utf-8")
    (folder / "references.json").write_text(json.dumps(ITEMS), encoding="utf-8")
    out = root / "build"
    result = build(root, Options(out=out, quiet=True, say=lambda s: None))
    return root, out, result


def _flat(s: str) -> str:
    """Text without spaces: a line may break inside a URL."""
    return "".join(s.replace("\u00ad", "").split())


def test_reader_prints_apa_with_german_terms(built):
    _root, out, result = built
    assert result.warnings == []
    text = _flat(" ".join(Pdf((out / "reader.pdf").read_bytes()).flat))
    assert _flat("Lee, K. (2003). Tides and harbours. In H. Müller (Hrsg.), The sea "
                 "(S. 45–67). Springer.") in text
    assert _flat("Nowak, J. (2001). Flüsse im Norden. Geographische Rundschau, 3(2), 1–9. "
                 "https://doi.org/10.1000/xyz") in text
    # the reading's own citation, in APA
    assert _flat("Schmidt, A. (2020). Häfen. Zeitschrift für Häfen, 7(1), 10–20.") in text


def test_handout_and_web_carry_the_same_citation(built):
    root, out, _ = built
    handout = _flat(" ".join(Pdf((out / "handout.pdf").read_bytes()).flat))
    assert _flat("Schmidt, A. (2020). Häfen. Zeitschrift für Häfen, 7(1), 10–20.") in handout
    from coursepack.edition import gather
    _cfg, pack, _eds = gather(root)
    pages = render_web(root, pack)
    page = next(v for k, v in pages.items() if "haefen" in k)
    assert "In H. Müller (Hrsg.), <em>The sea</em> (S. 45–67)" in page


def test_references_json_written_beside_references_bib(built):
    _root, out, _ = built
    items = json.loads((out / "haefen" / "references.json").read_text(encoding="utf-8"))
    by = {i["id"]: i for i in items}
    assert by["lee2003tides"]["editor"] == [{"family": "Müller", "given": "Hans"}]
    assert by["nowak2001rivers"]["DOI"] == "10.1000/xyz"
    assert "@incollection{lee2003tides," in (out / "haefen" / "references.bib").read_text()
