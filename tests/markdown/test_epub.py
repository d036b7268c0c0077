"""``build.py epub``: the pack as EPUB 3, one chapter per reading, notes as
EPUB footnotes, glossary and questions included; EPUBCheck finds no error."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import pytest

from tests.markdown.test_every_construct import md_project

GLOSSARY = """terms:
  - term: throughput
    definition: The cargo a harbour handles in a year.
"""
QUESTIONS = """questions:
  - id: own-1
    text: Why is the depth of a harbour reported at mean low water?
    level: comprehension
"""


@pytest.fixture(scope="module")
def epub(tmp_path_factory):
    root = md_project(tmp_path_factory.mktemp("epub") / "p")
    folder = root / "content" / "readings" / "guide"
    (folder / "glossary.yaml").write_text(GLOSSARY, encoding="utf-8")
    (folder / "questions.yaml").write_text(QUESTIONS, encoding="utf-8")
    from coursepack.epub import export_epub
    return export_epub(root)


def test_structure(epub):
    with zipfile.ZipFile(epub) as z:
        names = z.namelist()
        assert names[0] == "mimetype" and z.read("mimetype") == b"application/epub+zip"
        assert z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        opf = z.read("OEBPS/content.opf").decode()
        chapter = z.read("OEBPS/guide.xhtml").decode()
        media = [n for n in names if n.startswith("OEBPS/media/")]
    assert re.search(r'href="guide.xhtml"[^>]*properties="mathml"', opf)
    assert len(media) == 1 and media[0].endswith(".png") and media[0][len("OEBPS/"):] in opf
    # notes as EPUB footnotes, each call linked to its note
    calls = re.findall(r'epub:type="noteref"[^>]*href="#fn-(\d+)"', chapter)
    notes = re.findall(r'<aside epub:type="footnote"[^>]*id="fn-(\d+)"', chapter)
    assert calls == ["1", "2"] and notes == ["1", "2"]
    assert '<a href="https://example.org/ports">the <em>statistics</em> office</a>' in chapter
    assert re.search(r'<h3 id="s\d+">The <em>growth</em> formula</h3>', chapter)
    assert "<strong>depth</strong>" in chapter and "<em>throughput</em>" in chapter
    assert "<math" in chapter and "<table>" in chapter and "<figcaption>" in chapter
    assert "The cargo a harbour handles in a year." in chapter          # glossary
    assert "Why is the depth of a harbour reported" in chapter           # questions
    text = re.sub(r"<math.*?</math>", "", chapter, flags=re.S)
    text = re.sub(r"<[^>]+>", "", text)
    for raw in ("**", "$", "```", "[^", "](", "@doe2001", "Table:"):
        assert raw not in text, raw


@pytest.mark.skipif(not shutil.which("epubcheck") or not shutil.which("java"),
                    reason="EPUBCheck is not installed (sh install.sh test installs it)")
def test_epubcheck_finds_no_error(epub):
    jar = shutil.which("epubcheck")
    run = subprocess.run(["java", "-jar", jar, str(epub)], capture_output=True, text=True,
                         timeout=300)
    out = run.stdout + run.stderr
    assert run.returncode == 0, out
    assert re.search(r"0 fatals / 0 errors", out), out


def test_a_link_inside_a_citation_is_not_nested(tmp_path):
    import io
    from coursepack import model
    from coursepack.epub import epub_bytes
    rich = model.Link("https://a.org", "a b", children=[model.Text("a "), model.Emph([model.Text("b")])])
    r = model.Reading("x", model.Metadata(title="X"), sections=[model.Section("s1", "", [
        model.Block("s1-p1", [model.Cite("k", [model.Text("See "), model.Link("https://a.org", "a.org")])]),
        model.Block("s1-p2", [model.Cite("k", [rich])])])])
    data = epub_bytes(model.Pack("P", readings=[r]), tmp_path, modified="2000-01-01T00:00:00Z")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        chapter = z.read("OEBPS/x.xhtml").decode()
    assert '<a href="#bib-k">See a.org</a>' in chapter
    assert '<a href="#bib-k">a <em>b</em></a>' in chapter
    assert "https://a.org" not in chapter       # the citation's link, not the web page's


@pytest.mark.skipif(not shutil.which("epubcheck") or not shutil.which("java"),
                    reason="EPUBCheck is not installed (sh install.sh test installs it)")
def test_epub_of_the_test_pack_passes_epubcheck(tmp_path):
    """The seed article (from extracted text: glossary, questions, 55 notes,
    citations) and the fixture readings, one chapter each."""
    from coursepack.epub import export_epub
    from tests.packs.project import make_project
    root = make_project(tmp_path / "p")
    out = export_epub(root, tmp_path / "pack.epub")
    with zipfile.ZipFile(out) as z:
        chapters = [n for n in z.namelist() if n.endswith(".xhtml") and not n.endswith("nav.xhtml")]
        seed = z.read("OEBPS/russia-armenia-azerbaijan.xhtml").decode()
    assert len(chapters) >= 2
    assert seed.count('<aside epub:type="footnote"') >= 50
    assert 'id="glossary"' in seed and 'id="questions"' in seed
    run = subprocess.run(["java", "-jar", shutil.which("epubcheck"), str(out)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and "0 fatals / 0 errors" in run.stdout + run.stderr, run.stdout
