"""`ingest ARTICLE.pdf`: the PDF kept as received, read into the structure,
repaired into the edition like any source; bad PDFs refused in one line
with nothing written; the structure cached as JSON; structure.yaml
overrides validated and applied; review --layout drawn."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import coursepack.read as read_mod
from coursepack.cli import main
from coursepack.content import load_pack
from coursepack.edition import build_reading
from coursepack.errors import ContentError
from coursepack.model import NoteRef, plain_text
from coursepack.read import read_pdf_cached, structure_from_json, structure_to_json
from coursepack.read.extracted import split_lines
from coursepack.read.overrides import apply_overrides, load_overrides
from coursepack.repair.layout import lay_out, structure_from_layout, units_of
from tests.corpus.locate import corpus_pdf
from tests.ingest.pdfmaker import make_article_pdf, mini_read
from tests.packs.project import ROOT, make_project

PACK = 'title: "T"\nreadings:\n'


@pytest.fixture(scope="module")
def article_pdf(tmp_path_factory) -> Path:
    return make_article_pdf(tmp_path_factory.mktemp("pdf") / "harbour.pdf", paragraphs=14)


@pytest.fixture
def mini(monkeypatch):
    """The test article's own reader stands in for the project's (see pdfmaker)."""
    calls = []

    def reader(path):
        calls.append(path)
        return mini_read(path)
    monkeypatch.setattr(read_mod, "read_pdf", reader)
    return calls


def _project(tmp_path) -> Path:
    return make_project(tmp_path / "p", seed=False, pack=PACK)


def _reading(root: Path, slug: str):
    pack = load_pack(root)
    cfg = next(c for c in pack.readings if c.slug == slug)
    return build_reading(pack, cfg)


def test_ingest_pdf_makes_a_reading_with_notes_and_reference_list(tmp_path, article_pdf, mini):
    root = _project(tmp_path)
    assert main(["--root", str(root), "ingest", str(article_pdf), "--slug", "harbour",
                 "--week", "W2", "--quiet"]) == 0
    folder = root / "content" / "readings" / "harbour"
    assert (folder / "source" / "harbour.pdf").read_bytes() == article_pdf.read_bytes()
    for name in ("reading.yaml", "glossary.yaml", "questions.yaml", "timeline.yaml",
                 "corrections.yaml"):
        assert (folder / name).is_file(), name
    meta = (folder / "reading.yaml").read_text()
    assert 'title: "Harbours and Councils in the Baltic Trade"' in meta
    assert 'pdf: "source/harbour.pdf"' in meta
    assert "authors: []" in meta and "Not found in the PDF (left empty): authors" in meta
    assert "slug: harbour" in (root / "content" / "pack.yaml").read_text()

    e = _reading(root, "harbour")
    r = e.reading
    assert r.source_kind == "pdf"
    assert [s.title for s in r.sections] == ["Introduction", "The ledger"]
    first = r.sections[0].blocks[0]
    assert plain_text(first.inlines).startswith("The harbour council met every week")
    assert NoteRef(1) in first.inlines and NoteRef(2) in r.sections[0].blocks[1].inlines
    assert [(n.number, n.status) for n in r.footnotes] == [(1, "complete"), (2, "complete")]
    assert plain_text(r.footnotes[1].inlines) == "Roe 2010 reads it for prices."
    body = " ".join(plain_text(b.inlines) for _s, b in r.blocks())
    # the reference list (and the page numbers) are out of the body, in the bibliography
    assert "Cambridge University Press" not in body and "References" not in body
    assert "Richard" not in body
    listed = " ".join(e.fields.get("title", "") + " " + " ".join(
        p for ps in e.persons.values() for p in ps) for e in r.bibliography)
    assert "Harbour Law in the Baltic" in listed and "Prices and Fines" in listed
    assert r.accounting.complete, r.accounting.missing
    assert r.accounting.discarded == 2          # the two page numbers
    assert e.failures == []


def test_ingest_pdf_reads_the_pdf_once_the_build_uses_the_cache(tmp_path, article_pdf, mini):
    root = _project(tmp_path)
    assert main(["--root", str(root), "ingest", str(article_pdf), "--slug", "h", "-q"]) == 0
    assert len(mini) == 1
    cached = list((root / "build" / ".coursepack" / "structure").iterdir())
    assert [p.suffix for p in cached] == [".json"]
    _reading(root, "h")
    assert len(mini) == 1                      # the cached structure, not the PDF


def test_article_markdown_and_bib_carry_the_structure(tmp_path, article_pdf, mini):
    from coursepack.build import Options, build
    root = _project(tmp_path)
    assert main(["--root", str(root), "ingest", str(article_pdf), "--slug", "h", "-q"]) == 0
    build(root, Options(quiet=True, say=lambda s: None))
    md = (root / "build" / "h" / "article.md").read_text()
    assert "## Introduction" in md and "## The ledger" in md
    assert "customs office.[^1]" in md and "[^2]: Roe 2010 reads it for prices." in md
    assert "Cambridge University Press" not in md.split("[^1]:")[0]
    bib = (root / "build" / "h" / "references.bib").read_text()
    assert "Harbour Law in the Baltic" in bib and "Prices and Fines" in bib


def _encrypted(src: Path, dest: Path) -> Path:
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter()
    for p in PdfReader(src).pages:
        w.add_page(p)
    w.encrypt(user_password="secret", owner_password="owner")
    with open(dest, "wb") as f:
        w.write(f)
    return dest


def _scanned(dest: Path) -> Path:
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (620, 877), "white")
    ImageDraw.Draw(im).text((60, 60), "A scanned page: pixels, no text layer", fill="black")
    im.save(dest, "PDF", resolution=75)
    return dest


def _damaged(src: Path, dest: Path) -> Path:
    data = src.read_bytes()
    dest.write_bytes(data[:200] + b"\x00garbage" * 50)
    return dest


@pytest.mark.parametrize("kind, expect", [
    ("encrypted", "encrypted"), ("scanned", "no text layer"), ("damaged", "damaged")])
def test_bad_pdf_one_line_exit_2_nothing_written(tmp_path, article_pdf, mini, capsys, kind,
                                                 expect):
    root = _project(tmp_path)
    bad = tmp_path / f"{kind}.pdf"
    {"encrypted": lambda: _encrypted(article_pdf, bad), "scanned": lambda: _scanned(bad),
     "damaged": lambda: _damaged(article_pdf, bad)}[kind]()
    pack_before = (root / "content" / "pack.yaml").read_text()
    assert main(["--root", str(root), "ingest", str(bad), "--slug", "bad"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert expect in err[0] and err[0].startswith(f"{bad}: ")     # one line says what to do
    assert err[1:] == ["1 problem: nothing was written"]
    assert not (root / "content" / "readings" / "bad").exists()
    assert (root / "content" / "pack.yaml").read_text() == pack_before
    assert mini == []                           # refused before any reading


def test_a_failure_after_the_folder_is_made_leaves_no_half_reading(tmp_path, article_pdf,
                                                                   monkeypatch, mini, capsys):
    import coursepack.glossary as g
    root = _project(tmp_path)

    def boom(*a, **k):
        raise RuntimeError("disk full")
    monkeypatch.setattr(g, "suggest_candidates", boom)
    assert main(["--root", str(root), "ingest", str(article_pdf), "--slug", "h"]) == 1
    assert "disk full" in capsys.readouterr().err
    assert not (root / "content" / "readings" / "h").exists()


# ------------------------------------------------------------------ cache


def test_structure_cache_is_json_keyed_by_sha256_and_survives_a_bad_file(tmp_path, article_pdf):
    import hashlib
    calls = []

    def reader(p):
        calls.append(p)
        return mini_read(p)
    s1 = read_pdf_cached(article_pdf, tmp_path, reader=reader)
    key = hashlib.sha256(article_pdf.read_bytes()).hexdigest()
    (path,) = (tmp_path / ".coursepack" / "structure").glob(f"{key}-*.json")
    data = json.loads(path.read_text())        # plain JSON, not a pickle
    assert data["blocks"][0]["role"] == "title"
    s2 = read_pdf_cached(article_pdf, tmp_path, reader=reader)
    assert len(calls) == 1 and s2 == s1
    path.write_text("{not json")
    assert read_pdf_cached(article_pdf, tmp_path, reader=reader) == s1
    assert len(calls) == 2
    assert structure_from_json(structure_to_json(s1)) == s1


# ------------------------------------------------------------------ structure.yaml


def _write(p: Path, text: str) -> Path:
    p.write_text(text, encoding="utf-8")
    return p


def test_structure_yaml_is_validated_with_positions(tmp_path):
    p = _write(tmp_path / "structure.yaml", "overrides:\n"
               "  - {block: p1-b2, role: heading, levl: 2}\n"
               "  - {region: {page: 2, bbox: [10, 50, 5, 60]}, role: figure}\n"
               "  - {block: p1-b3}\n")
    with pytest.raises(ContentError) as e:
        load_overrides(p, "structure.yaml")
    msgs = [str(x) for x in e.value.problems]
    assert msgs[0].startswith("structure.yaml:2:35: unknown key 'overrides[1].levl'")
    assert "did you mean 'level'" in msgs[0]
    p = _write(p, "overrides:\n  - {region: {page: 2, bbox: [10, 50, 5, 60]}, role: figure}\n"
               "  - {block: p1-b3}\n")
    with pytest.raises(ContentError) as e:
        load_overrides(p, "structure.yaml")
    assert [str(x) for x in e.value.problems] == [
        "structure.yaml:2:6: region.bbox is [x0, top, x1, bottom] with x0 < x1 and top < bottom",
        "structure.yaml:3:6: say what changes: role, level or number"]


def test_structure_yaml_unknown_id_names_its_line(tmp_path, article_pdf):
    s = mini_read(article_pdf)
    p = _write(tmp_path / "structure.yaml", "overrides:\n  - {join: [p1-b3, p1-b4]}\n"
               "  - {block: p9-b1, role: heading}\n")
    with pytest.raises(ContentError) as e:
        apply_overrides(s, load_overrides(p, "structure.yaml"))
    (problem,) = e.value.problems
    assert (problem.path, problem.line) == ("structure.yaml", 3)
    assert "no block 'p9-b1'" in problem.message


def test_structure_yaml_applied_before_repair(tmp_path, article_pdf, mini):
    root = _project(tmp_path)
    assert main(["--root", str(root), "ingest", str(article_pdf), "--slug", "h", "-q"]) == 0
    s = mini_read(article_pdf)
    ledger = next(b for b in s.blocks if b.text == "The ledger")
    x0, top, x1, bottom = ledger.bbox
    folder = root / "content" / "readings" / "h"
    # questions/timeline point at paragraph ids that the overrides change
    for name in ("questions.yaml", "timeline.yaml"):
        (folder / name).unlink()
    _write(folder / "structure.yaml", "overrides:\n"
           "  - {join: [p1-b3, p1-b4]}\n"
           f"  - {{block: {ledger.id}, role: heading, level: 2}}\n"
           f"  - {{region: {{page: 1, bbox: [{x0 - 1}, {top - 1}, {x1 + 1}, {bottom + 1}]}}, "
           "role: table}\n")
    r = _reading(root, "h").reading
    assert [s.title for s in r.sections] == ["Introduction"]
    blocks = r.sections[0].blocks
    assert plain_text(blocks[0].inlines).endswith("made the rules it was asked to apply.")
    assert blocks[1].kind == "figure"
    assert plain_text(blocks[1].inlines) == "[Table: see p. 1 of the original]"
    # a wrong id stops the build with its position
    _write(folder / "structure.yaml", "overrides:\n  - {block: nope, role: note, number: 3}\n")
    with pytest.raises(ContentError) as e:
        _reading(root, "h")
    assert str(e.value.problems[0]).startswith("content/readings/h/structure.yaml:2:")


# ------------------------------------------------------------------ review --layout


def test_review_layout_draws_role_boxes(tmp_path, article_pdf, mini):
    from PIL import Image

    from coursepack.review import ROLE_COLOURS
    root = _project(tmp_path)
    assert main(["--root", str(root), "ingest", str(article_pdf), "--slug", "h", "-q"]) == 0
    assert main(["--root", str(root), "review", "--layout", "h", "--dpi", "72", "-q"]) == 0
    pngs = sorted((root / "build" / "review").glob("h-layout-p*.png"))
    assert [p.name for p in pngs] == ["h-layout-p001.png", "h-layout-p002.png"]
    im = Image.open(pngs[0]).convert("RGB")
    s = mini_read(article_pdf)
    head = next(b for b in s.blocks if b.role == "heading")
    x0, top, x1, bottom = head.bbox
    # the heading's outline, just outside its box, in the heading colour
    edge = [im.getpixel((int(x), int(top) - 2)) for x in range(int(x0) + 2, int(x1) - 2)]
    assert edge.count(ROLE_COLOURS["heading"]) > len(edge) / 2
    note = next(b for b in s.blocks if b.role == "note")
    edge = [im.getpixel((int(x), int(note.bbox[1]) - 2)) for x in range(int(note.bbox[0]) + 2,
                                                                          int(note.bbox[2]) - 2)]
    assert edge.count(ROLE_COLOURS["note"]) > len(edge) / 2
    assert main(["--root", str(root), "review", "--layout", "nope", "-q"]) == 2


# ------------------------------------------------------------------ one reader interface


def test_extracted_text_goes_through_the_structure_unchanged():
    """The seed's text laid out, turned into an article structure and back
    into repair's units, is the same layout: the extracted path is
    text → structure → repair with nothing lost on the way."""
    folder = ROOT / "content" / "readings" / "russia-armenia-azerbaijan" / "source"
    text = next(folder.glob("000_*.txt")).read_text(encoding="utf-8")
    lay = lay_out(split_lines(text))
    s = structure_from_layout(lay, "seed.txt")
    assert {b.role for b in s.blocks} >= {"title", "abstract", "heading", "paragraph", "note",
                                          "other"}
    assert sum(b.continues for b in s.blocks) >= 5
    back, _src = units_of(s)
    for name in ("title", "front", "body", "notes", "fragments", "furniture", "markers"):
        assert getattr(back, name) == getattr(lay, name), name


@pytest.mark.skipif(not corpus_pdf("en-22799").is_file(),
                    reason="the development corpus is not on this machine")
def test_ingest_a_real_article_with_the_pdf_reader(tmp_path):
    root = _project(tmp_path)
    pdf = corpus_pdf("en-22799")
    assert main(["--root", str(root), "ingest", str(pdf), "--slug", "real", "-q"]) == 0
    meta = (root / "content" / "readings" / "real" / "reading.yaml").read_text()
    assert 'doi: "10.1177/1368430206064643"' in meta
    e = _reading(root, "real")
    assert len(e.reading.bibliography) >= 20
    assert len(e.reading.sections) >= 5


def test_repair_of_a_pdf_structure_notes_figures_and_endnotes():
    from coursepack.read.structure import ArticleStructure, Block, Line
    from coursepack.repair import repair_structure

    def L(page, text, sup=()):
        return Line(page, 72, 100, 500, 110, text, superscripts=list(sup))
    s = ArticleStructure("a.pdf", [
        Block("title", [L(1, "A Title")], id="p1-b1"),
        Block("heading", [L(1, "Introduction")], level=1, id="p1-b2"),
        Block("paragraph", [L(1, "Trade grew fast in the north-"), L(1, "ern ports,3 and", [(10, 11)])],
              id="p1-b3"),
        Block("caption", [L(1, "Table 2. Prices by port")], id="p1-b4"),
        Block("table", [L(1, "3.50 0.08**")], id="p1-b5"),
        Block("furniture", [L(1, "12")], id="p1-b6"),
        Block("paragraph", [L(2, "slowly in the south.")], continues=True, id="p2-b1"),
        Block("note", [L(2, "∗ The author thanks the archive.")], id="p2-b2"),
        Block("heading", [L(3, "Notes")], level=1, id="p3-b1"),
        Block("note", [L(3, "3. On ports see Doe 2001, pp. 4–")], id="p3-b2"),
        Block("note", [L(4, "9.")], continues=True, id="p4-b1"),
    ])
    r = repair_structure(s)
    assert [x.title for x in r.sections] == ["Introduction"]        # "Notes" heads the notes
    paras = r.sections[0].blocks
    assert plain_text(paras[0].inlines) == "Trade grew fast in the northern ports, and slowly in the south."
    assert NoteRef(3) in paras[0].inlines
    assert paras[1].kind == "figure"
    assert plain_text(paras[1].inlines) == "[Table 2: see p. 1 of the original] Table 2. Prices by port"
    assert "3.50" not in " ".join(plain_text(b.inlines) for b in paras)
    assert paras[2].kind == "authornote" and paras[2].marker == "author *" \
        and plain_text(paras[2].inlines).startswith("The author")     # its key: the marker
    assert [(n.number, plain_text(n.inlines)) for n in r.footnotes] == [(3, "On ports see Doe 2001, pp. 4–9.")]
    assert r.accounting.complete, r.accounting.missing
    assert r.accounting.discarded == 1


def test_the_titles_own_note_is_an_author_note_marked_title():
    """A note keyed on the title ("Superpower**" over "** Article received
    …") is the title's own note: kept with the author notes (after the
    body, so the body's ids stay), marked ``title`` with its key, printed
    as the title's footnote; the note keyed on the author's name stays the
    author's, marked with its key and the name that calls it."""
    from coursepack.read.pdf import author_notes
    from coursepack.read.structure import ArticleStructure, Block, Line
    from coursepack.repair import repair_structure

    def L(page, text, sup=()):
        return Line(page, 72, 100, 500, 110, text, superscripts=list(sup))
    blocks = [
        Block("author", [L(1, "Ann Lee*", [(7, 8)])], id="p1-b1"),
        Block("title", [L(1, "Labour and Justice**", [(18, 20)])], id="p1-b2"),
        Block("heading", [L(1, "Introduction")], level=1, id="p1-b3"),
        Block("paragraph", [L(1, "Trade grew fast in the ports.")], id="p1-b4"),
        Block("note", [L(1, "* Ann Lee is professor of history at Xity.")], id="p1-b5"),
        Block("note", [L(1, "** Article received 28.2.2003, accepted 30.11.2003.")], id="p1-b6"),
    ]
    author_notes(blocks)
    r = repair_structure(ArticleStructure("a.pdf", blocks))
    notes = [b for b in r.blocks() if b.kind == "authornote"]
    assert [(b.marker, plain_text(b.inlines)) for b in notes] == [
        ("author *|Ann Lee", "Ann Lee is professor of history at Xity."),
        ("title **", "Article received 28.2.2003, accepted 30.11.2003.")]
