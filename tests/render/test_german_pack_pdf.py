"""A pack of one German reading, built: its reader and handout PDFs (their
text, document information and bookmarks) hold none of the English
catalogue's sentences, nor an English word the article does not print."""

from __future__ import annotations

import re
import subprocess

import pytest
from pypdf import PdfReader

from tests.render.test_german_labels_scan import english_catalogue

pytestmark = pytest.mark.slow

ARTICLE = """\
# Der Hafenstreik von Vessa

## Einleitung

Der Beitrag untersucht den Hafenstreik von Vessa. Er stützt sich auf Akten der Hafenbehörde und auf Presseberichte.[^1] Die Hafenbehörde ist eine städtische Verwaltung, die Löhne und Liegeplätze regelt.

## Der Streik

Am 3. März 1998 traten die Hafenarbeiter in den Streik. Zwei Tage später gewährte die Hafenbehörde eine Lohnerhöhung. Im Juni 1999 wurde eine Lehrwerkstatt gegründet. Die Lehrwerkstatt ist eine Schule für junge Hafenarbeiter.

## Fazit

Insgesamt lässt sich zeigen, dass der Streik die Hafenbehörde zu dauerhaften Zugeständnissen zwang. Die Hafenbehörde wird wahrscheinlich auch künftig mit den Arbeitern verhandeln.

[^1]: Vgl. die Akten im Stadtarchiv Vessa.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from tests.packs.project import make_project
    from coursepack.build import Options, build
    root = make_project(tmp_path_factory.mktemp("de") / "p", seed=False,
                        pack="title: Hafenkurs\nterm: Sommer 2027\nreadings:\n  - slug: hafen\n")
    folder = root / "content" / "readings" / "hafen"
    (folder / "source").mkdir(parents=True)
    (folder / "source" / "article.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "reading.yaml").write_text(
        "title: Der Hafenstreik von Vessa\nauthors: [Anna Berg]\njournal: Hafengeschichte\n"
        "volume: '7'\nyear: '2012'\npages: 10-25\nlanguage: de\n"
        "sources:\n  markdown: source/article.md\n", encoding="utf-8")
    build(root, Options(quiet=True))
    return root / "build"


def _pdf_words(path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    reader = PdfReader(str(path))
    info = " ".join(str(v) for v in (reader.metadata or {}).values())

    def titles(outline):
        for o in outline:
            yield from (titles(o) if isinstance(o, list) else [o.title])
    return " ".join((text + " " + info + " " + " ".join(titles(reader.outline))).split())


@pytest.mark.parametrize("name", ["reader.pdf", "handout.pdf"])
def test_a_built_german_pack_prints_no_english_label(built, name):
    flat = _pdf_words(built / name)
    assert "Hafenstreik" in flat
    hits = sorted(p for p in english_catalogue() if p.lower() in flat.lower())
    assert not hits, hits
    from wordfreq import zipf_frequency
    words = {w.lower() for w in re.findall(r"[A-Za-zÄÖÜäöüß]{3,}", flat)}
    allowed = {"handout", "reader", "coursepack", "weasyprint", "pypdf", "vessa", "berg", "anna"}
    english = sorted(w for w in words - allowed
                     if zipf_frequency(w, "en") >= 3.5 and zipf_frequency(w, "de") < 2.5)
    assert not english, english


def test_the_readers_document_information_is_german(built):
    meta = PdfReader(str(built / "reader.pdf")).metadata
    assert meta["/Subject"] == "Studienausgabe für Hafenkurs, Sommer 2027"
