"""CSL styles through citeproc-py: known entries in each shipped style and
in German, works without author, the reading's own citation, a project's
own .csl file, and the errors a pack can make (unknown name, malformed
file) with their positions."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from coursepack import model
from coursepack.bibliography import csl
from coursepack.bibliography.bibtex import make_entry
from coursepack.bibliography.styles import format_bibliography, format_entry, format_work
from coursepack.content import load_pack
from coursepack.errors import ContentError

ARTICLE = make_entry("article", {
    "title": "Rivers of the north", "journal": "Geography Quarterly", "volume": "3",
    "number": "2", "pages": "1–9", "year": "2001", "date": "2001", "doi": "10.1000/xyz"},
    {"author": ["Nowak, Jan", "Smith, Anna B."]})
BOOK = make_entry("book", {"title": "Harbours and ports", "publisher": "Example Press",
                           "address": "Oxford", "year": "2010", "date": "2010", "edition": "2"},
                  {"author": ["van der Berg, Jan"]})
CHAPTER = make_entry("incollection", {
    "title": "A chapter on tides", "booktitle": "The sea", "publisher": "Springer",
    "address": "Berlin", "pages": "45–67", "year": "2003", "date": "2003"},
    {"author": ["Lee, Kim"], "editor": ["Müller, Hans"]})
ONLINE = make_entry("online", {
    "title": "Baku podtverzhdayet", "organization": "Turan", "url": "https://www.turan.az/x.htm",
    "date": "2021-04-02", "year": "2021", "urldate": "2021-05-15"}, {})
EDITED = make_entry("book", {"title": "Burya na Kavkaze", "publisher": "CAST",
                             "address": "Moscow", "year": "2021", "date": "2021"},
                    {"editor": ["Pukhov, Ruslan"]})


def text(entry, style, lang="en"):
    return model.plain_text(format_entry(entry, style, lang))


EXPECTED = {
    "apa": [
        (ARTICLE, "Nowak, J., & Smith, A. B. (2001). Rivers of the north. Geography Quarterly, "
                  "3(2), 1–9. https://doi.org/10.1000/xyz"),
        (BOOK, "van der Berg, J. (2010). Harbours and ports (2nd ed.). Example Press."),
        (CHAPTER, "Lee, K. (2003). A chapter on tides. In H. Müller (Ed.), The sea "
                  "(pp. 45–67). Springer."),
    ],
    "chicago-author-date": [
        (ARTICLE, "Nowak, J., and A. B. Smith. 2001. “Rivers of the North.” Geography "
                  "Quarterly 3 (2): 1–9. https://doi.org/10.1000/xyz."),
        (BOOK, "Berg, J. van der. 2010. Harbours and Ports. 2nd ed. Example Press."),
    ],
    "modern-language-association": [
        (ARTICLE, "Nowak, J., and A. B. Smith. “Rivers of the North.” Geography Quarterly, "
                  "vol. 3, no. 2, 2001, pp. 1–9, https://doi.org/10.1000/xyz."),
        (CHAPTER, "Lee, K. “A Chapter on Tides.” The Sea, edited by H. Müller, Springer, "
                  "2003, pp. 45–67."),
    ],
    "harvard-cite-them-right": [
        (BOOK, "van der Berg, J. (2010) Harbours and ports. 2nd ed. Oxford: Example Press."),
        (ONLINE, "Baku podtverzhdayet (2021) Turan. Available at: https://www.turan.az/x.htm "
                 "(Accessed: May 15, 2021)."),
    ],
}


@pytest.mark.parametrize("style", sorted(EXPECTED))
def test_known_entries_in_each_shipped_style(style):
    for entry, expected in EXPECTED[style]:
        assert text(entry, style) == expected


def test_italics_and_links_become_model_nodes():
    nodes = format_entry(ARTICLE, "apa")
    emph = [model.plain_text(n.children) for n in nodes if isinstance(n, model.Emph)]
    assert emph == ["Geography Quarterly", "3"]         # the journal and its volume
    (link,) = [n for n in nodes if isinstance(n, model.Link)]
    assert link.url == link.text == "https://doi.org/10.1000/xyz"
    assert isinstance(nodes[-1], model.Link)          # no full stop glued to the DOI


def test_labels_take_the_case_the_style_asks():
    trans = make_entry("book", {"title": "War and peace", "publisher": "P", "year": "2001",
                                "date": "2001"},
                       {"author": ["Tolstoy, Leo"], "translator": ["Maude, Louise"]})
    assert text(trans, "apa") == "Tolstoy, L. (2001). War and peace (L. Maude, Trans.). P."
    assert "Pukhov, R., editor." in text(EDITED, "modern-language-association")


def test_german_terms_follow_the_reading_language():
    assert text(CHAPTER, "apa", "de") == ("Lee, K. (2003). A chapter on tides. In H. Müller "
                                          "(Hrsg.), The sea (S. 45–67). Springer.")
    assert "(Zugegriffen: 15. Mai 2021)" in text(ONLINE, "harvard-cite-them-right", "de")
    assert "„A Chapter on Tides“" in text(CHAPTER, "modern-language-association", "de")
    assert "2. Aufl." in text(BOOK, "chicago-author-date", "de")
    # an unknown language falls back to American English
    assert text(CHAPTER, "apa", "xx") == text(CHAPTER, "apa", "en")


def test_a_substituted_title_or_editor_is_not_printed_twice():
    # citeproc-py alone prints "Baku podtverzhdayet. (2021, April 2). Baku podtverzhdayet."
    assert text(ONLINE, "apa") == ("Baku podtverzhdayet. (2021, April 2). Turan. "
                                   "https://www.turan.az/x.htm")
    # … and "Pukhov, R. (ed.). (2021). Burya na Kavkaze (R. Pukhov, ed.). CAST."
    assert text(EDITED, "apa") == "Pukhov, R. (Ed.). (2021). Burya na Kavkaze. CAST."
    assert text(EDITED, "harvard-cite-them-right") == \
        "Pukhov, R. (ed.) (2021) Burya na Kavkaze. Moscow: CAST."


def test_transliterated_titles_keep_their_case_english_ones_are_title_cased():
    assert "Burya na Kavkaze" in text(EDITED, "modern-language-association")
    assert "“Rivers of the North.”" in text(ARTICLE, "modern-language-association")


def test_no_full_stop_after_a_question_mark():
    e = make_entry("article", {"title": "Prudence or identity?", "journal": "EEP",
                               "year": "2012", "date": "2012"}, {"author": ["Abushov, K."]})
    assert text(e, "apa") == "Abushov, K. (2012). Prudence or identity? EEP."


def test_format_bibliography_sets_each_entry_and_keeps_coursepack_order():
    entries = [model.BibEntry(key=k, type=e.type, fields=dict(e.fields),
                              persons={r: [str(p) for p in ps] for r, ps in e.persons.items()})
               for k, e in (("zz", ONLINE), ("lee", CHAPTER), ("now", ARTICLE))]
    out = format_bibliography(entries, csl.find_style("apa"), "en")
    assert [e.key for e in out] == ["zz", "lee", "now"]       # not citeproc-py's order
    assert model.plain_text(out[1].formatted) == text(CHAPTER, "apa")


@pytest.mark.parametrize("style, first, second", [
    ("apa", "(2019a, March 28)", "(2019b, May 2)"),
    ("chicago-author-date", "2019a.", "2019b."),
    ("harvard-cite-them-right", "(2019a)", "(2019b)"),
])
def test_year_suffix_with_full_dates(style, first, second):
    """Two works of one author in one year tell apart by a letter even
    when each carries a full date (the date stays a date)."""
    entries = [model.BibEntry(key=k, type="online", persons={"author": ["Lee, Kim"]},
                              fields={"title": t, "date": d, "year": "2019",
                                      "url": f"https://example.org/{k}"})
               for k, d, t in (("b", "2019-05-02", "Tides"), ("a", "2019-03-28", "Storms"))]
    out = {e.key: model.plain_text(e.formatted)
           for e in format_bibliography(entries, csl.find_style(style), "en")}
    assert first in out["a"] and second in out["b"]       # by title: Storms, then Tides
    assert "2019a" not in out["b"] and "2019b" not in out["a"]
    # a date that is the year alone keeps the letter once
    alone = [model.BibEntry(key=e.key, type=e.type, persons=e.persons,
                            fields=dict(e.fields, date="2019")) for e in entries]
    once = {e.key: model.plain_text(e.formatted)
            for e in format_bibliography(alone, csl.find_style(style), "en")}
    assert once["a"].count("2019a") == 1 and "2019aa" not in once["a"]


def test_entries_are_cached_by_content(tmp_path):
    """A formatted entry is kept in the build's stage cache by its content: a
    fresh process (nothing held in memory) takes it from there."""
    from coursepack.cache import StageCache
    title = f"A chapter on tides, {tmp_path.name}"      # formatted nowhere else in this process
    fields = dict(CHAPTER.fields, title=title)
    entries = [model.BibEntry(key="lee", type="incollection", fields=fields,
                              persons={"author": ["Lee, Kim"], "editor": ["Müller, Hans"]})]
    first = format_bibliography(entries, csl.find_style("apa"), "en", cache=StageCache(tmp_path), name="r")
    assert len(list(tmp_path.glob("csl-r-lee-*.pickle"))) == 1
    script = (
        "import json, sys\n"
        "from coursepack import model\n"
        "from coursepack.bibliography import csl\n"
        "from coursepack.bibliography.styles import format_bibliography\n"
        "from coursepack.cache import StageCache\n"
        "cache = StageCache(sys.argv[1])\n"
        "e = model.BibEntry(key='lee', type='incollection', fields=json.loads(sys.argv[2]),\n"
        "                   persons={'author': ['Lee, Kim'], 'editor': ['Müller, Hans']})\n"
        "out = format_bibliography([e], csl.find_style('apa'), 'en', cache=cache, name='r')\n"
        "print(json.dumps([cache.hits, model.plain_text(out[0].formatted)]))\n")
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path), json.dumps(fields)],
                         capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[2])
    hits, again = json.loads(run.stdout.splitlines()[-1])
    assert hits == ["csl-r-lee"]
    assert again == model.plain_text(first[0].formatted) == text(CHAPTER, "apa").replace(
        "A chapter on tides", title)


def test_the_reading_own_citation():
    out = format_work({"title": "Russia’s approaches", "journal": "Studia", "volume": "12",
                       "number": "2", "year": "2021", "pages": "45–67", "doi": "10.1/x"},
                      {"author": ["Kowalski, Jan"]}, csl.find_style("apa"), "en")
    assert model.plain_text(out) == ("Kowalski, J. (2021). Russia’s approaches. Studia, "
                                     "12(2), 45–67. https://doi.org/10.1/x")


NUMBERED = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Numbered test</title><id>numbered-test</id><updated>2026-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="citation-number"/></layout></citation>
  <bibliography>
    <layout suffix=".">
      <text variable="citation-number" prefix="[" suffix="] "/>
      <names variable="author"><name initialize-with="." name-as-sort-order="all"/></names>
      <text variable="title" font-style="italic" prefix=", "/>
    </layout>
  </bibliography>
</style>
"""


def test_a_project_csl_file_numbered_in_order(tmp_path):
    path = tmp_path / "numbered.csl"
    path.write_text(NUMBERED, encoding="utf-8")
    csl.check_csl(path, "numbered.csl")
    items = [{"id": "b", "type": "book", "title": "Second", "author": [{"family": "B"}]},
             {"id": "a", "type": "book", "title": "First", "author": [{"family": "A"}]}]
    out = csl.format_items(items, path, "en")
    assert [(k, model.plain_text(n)) for k, n in out] == [("b", "[1] B, Second."),
                                                          ("a", "[2] A, First.")]
    assert isinstance(out[0][1][1], model.Emph)


def test_numbers_set_in_a_column_get_a_space(tmp_path):
    path = tmp_path / "aligned.csl"
    path.write_text(NUMBERED.replace("<bibliography>", '<bibliography second-field-align="flush">')
                    .replace('prefix="[" suffix="] "', 'prefix="[" suffix="]"'), encoding="utf-8")
    items = [{"id": "a", "type": "book", "title": "First", "author": [{"family": "A"}]}]
    assert model.plain_text(csl.format_items(items, path, "en")[0][1]) == "[1] A, First."


# ---------------------------------------------------------------- the pack's option


def _pack(tmp_path, style: str, files: dict | None = None) -> Path:
    content = tmp_path / "content"
    folder = content / "readings" / "r1"
    (folder / "source").mkdir(parents=True)
    (folder / "source" / "a.md").write_text("# A\n\nText.\n", encoding="utf-8")
    (folder / "reading.yaml").write_text("title: A\nsources:\n  markdown: source/a.md\n",
                                         encoding="utf-8")
    (content / "pack.yaml").write_text(
        f"title: T\nreadings:\n  - slug: r1\noutput:\n  paper: a4\n  style: {style}\n",
        encoding="utf-8")
    for name, body in (files or {}).items():
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_text(body, encoding="utf-8")
    return tmp_path


def test_pack_style_names_a_shipped_style_or_a_file(tmp_path):
    assert load_pack(_pack(tmp_path / "a", "apa")).output["csl"].name == "apa.csl"
    assert load_pack(_pack(tmp_path / "b", "chicago")).output["csl"] is None
    root = _pack(tmp_path / "c", "styles/numbered.csl", {"styles/numbered.csl": NUMBERED})
    assert load_pack(root).output["csl"] == root / "content" / "styles" / "numbered.csl"


def test_unknown_style_names_the_line_and_suggests(tmp_path):
    with pytest.raises(ContentError) as e:
        load_pack(_pack(tmp_path, "apaa"))
    (p,) = e.value.problems
    assert (p.path, p.line, p.column) == ("content/pack.yaml", 6, 3)   # output.style
    assert "unknown style 'apaa'" in p.message and "(did you mean 'apa'?)" in p.message


def test_malformed_csl_is_reported_with_line_and_column(tmp_path):
    broken = NUMBERED.replace("<layout suffix=\".\">", "<layout suffix=\".\"", 1)
    root = _pack(tmp_path, "styles/broken.csl", {"styles/broken.csl": broken})
    with pytest.raises(ContentError) as e:
        load_pack(root)
    (p,) = e.value.problems
    assert p.path == "content/styles/broken.csl"
    assert (p.line, p.column) == (7, 7)               # the "<text" after the unclosed tag
    assert "invalid CSL style (XML)" in p.message


def test_a_file_that_is_not_an_independent_style(tmp_path):
    root = _pack(tmp_path / "a", "x.csl", {"x.csl": "<?xml version='1.0'?>\n<html/>\n"})
    with pytest.raises(ContentError, match=r"x\.csl:2:1: not a CSL style"):
        load_pack(root)
    dependent = ('<?xml version="1.0"?>\n<style xmlns="http://purl.org/net/xbiblio/csl" '
                 'version="1.0"><info><link href="http://www.zotero.org/styles/apa" '
                 'rel="independent-parent"/></info></style>\n')
    root = _pack(tmp_path / "b", "dep.csl", {"dep.csl": dependent})
    with pytest.raises(ContentError, match="dependent style; use its parent 'apa'"):
        load_pack(root)


def test_a_style_file_outside_the_project_is_refused(tmp_path):
    outside = tmp_path / "elsewhere.csl"
    outside.write_text(NUMBERED, encoding="utf-8")
    root = _pack(tmp_path / "p", "../../elsewhere.csl")
    with pytest.raises(ContentError, match="points outside the project"):
        load_pack(root)


def test_cli_exits_2_and_keeps_previous_outputs(tmp_path, capsys):
    from coursepack.cli import main
    broken = NUMBERED.replace("</bibliography>", "", 1)
    root = _pack(tmp_path, "styles/broken.csl", {"styles/broken.csl": broken})
    (root / "build").mkdir()
    previous = root / "build" / "reader.pdf"
    previous.write_bytes(b"%PDF previous")
    assert main(["build", "--root", str(root)]) == 2
    err = capsys.readouterr().err
    assert "content/styles/broken.csl:" in err and "Traceback" not in err
    assert previous.read_bytes() == b"%PDF previous"
