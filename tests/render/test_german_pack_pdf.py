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

Der Beitrag untersucht den Hafenstreik von Vessa. Er stützt sich auf Akten der Hafenbehörde und auf Presseberichte.[^1] Die Hafenbehörde ist eine »städtische« Verwaltung, die Löhne und Liegeplätze regelt.

## Der Streik

Am 3. März 1998 traten die Hafenarbeiter in den Streik. Zwei Tage später gewährte die Hafenbehörde eine Lohnerhöhung.

### Die Folgen

Im Juni 1999 wurde eine Lehrwerkstatt gegründet. Dort lernten junge Hafenarbeiter ihr Handwerk.

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
    # a hundred and more notes: their numbers take three figures
    more = " ".join(f"Ein weiterer Beleg steht in Akte {n}.[^{n}]" for n in range(2, 103))
    notes = "\n".join(f"[^{n}]: Stadtarchiv Vessa, Akte {n}, Blatt {n + 3}." for n in range(2, 103))
    (folder / "source" / "article.md").write_text(
        ARTICLE.replace("## Fazit", more + "\n\n## Fazit") + "\n" + notes + "\n", encoding="utf-8")
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


def test_lower_heading_levels_are_graded_and_nested(built):
    """A subsection's heading is set in italic under its section's upright
    one, and its bookmark nests under the section's."""
    import pdfplumber
    reader = PdfReader(str(built / "reader.pdf"))

    def tree(outline):
        return [tree(o) if isinstance(o, list) else o.title for o in outline]
    flat = repr(tree(reader.outline))
    assert "'Der Streik', ['Die Folgen']" in flat, flat
    fonts = {}
    with pdfplumber.open(str(built / "reader.pdf")) as pdf:
        for page in pdf.pages:
            if ". . . ." in (page.extract_text() or ""):
                continue        # the contents, whose entries are set alike
            for w in page.extract_words(extra_attrs=["fontname"]):
                if w["text"] in ("Streik", "Folgen") and w["text"] not in fonts:
                    fonts[w["text"]] = w["fontname"]
    assert "Italic" in fonts["Folgen"] and "Italic" not in fonts["Streik"], fonts


def test_a_quotation_inside_a_quoted_definition_takes_the_inner_marks(built):
    handout = " ".join(_pdf_words(built / "handout.pdf").split())
    terms = handout.split("SCHLÜSSELBEGRIFFE", 1)[1].split("ZEITLEISTE", 1)[0]
    assert "„Eine ›städtische‹ Verwaltung" in terms, terms
    assert "»" not in terms and "«" not in terms


def test_key_terms_and_timeline_use_the_measure(built):
    """One key term alone runs across the whole measure (not half of it
    beside an empty column); the timeline's date column is as wide as its
    widest date, not a fixed 28 mm."""
    import pdfplumber
    with pdfplumber.open(str(built / "handout.pdf")) as pdf:
        page = pdf.pages[0]
        words = page.extract_words()
        text = page.extract_text()
    terms = text.split("SCHLÜSSELBEGRIFFE", 1)[1].split("ZEITLEISTE", 1)[0]
    heads = [w for w in words if w["text"] in ("SCHLÜSSELBEGRIFFE", "ZEITLEISTE")]
    top, bottom = heads[0]["bottom"], heads[1]["top"]
    inside = [w for w in words if top < w["top"] < bottom]
    assert terms.count(" — ") == 1, terms          # the article defines one term
    assert max(w["x1"] for w in inside) > page.width * 0.7, terms
    # the timeline: the event starts within 15 mm of the end of its date ("1998")
    year = next(w for w in words if w["text"] == "1998" and w["top"] > bottom)
    event = min((w for w in words if abs(w["top"] - year["top"]) < 2 and w["x0"] > year["x1"]),
                key=lambda w: w["x0"])
    assert event["x0"] - year["x1"] < 15 * 72 / 25.4, (year, event)


def test_three_figure_note_numbers_keep_their_column(built):
    """Notes 1 to 102: every note's text starts at one indent, a word
    space or more after its number, "100." included."""
    import pdfplumber
    starts, gaps = set(), []
    with pdfplumber.open(str(built / "reader.pdf")) as pdf:
        for page in pdf.pages:
            words = page.extract_words(use_text_flow=True, x_tolerance=1)
            for a, b in zip(words, words[1:]):
                if re.fullmatch(r"\d{1,3}\.", a["text"]) and b["text"] in ("Vgl.", "Stadtarchiv") \
                        and abs(a["top"] - b["top"]) < 1:
                    starts.add(round(b["x0"] - a["x0"], 1))     # the hanging indent
                    gaps.append((a["text"], b["x0"] - a["x1"]))
    numbers = {t for t, _ in gaps}
    assert {"9.", "99.", "100.", "102."} <= numbers, sorted(numbers)
    assert min(g for _, g in gaps) >= 2.0, sorted(gaps, key=lambda x: x[1])[:3]
    assert max(starts) - min(starts) <= 0.5, sorted(starts)    # one hanging indent for all
