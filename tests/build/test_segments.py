"""The reader's segments (coursepack.pdf.join): each laid out by WeasyPrint,
written to a PDF of its own with its internal links as ``#anchor`` links,
described, kept on disk, and joined with pypdf.

The join is checked against WeasyPrint itself: the pages of the same
documents written by WeasyPrint as one PDF (it resolves the links between
them) must have the same links, named destinations and outline as the
joined segment PDFs.  Small documents of our own, laid out in a few
milliseconds; one end-to-end check on the build fixture.
"""

from __future__ import annotations

import gc
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from coursepack.pdf.join import SCALE, Laid, SegmentStore, describe, join, write_pages
from tests.build.conftest import ROOT

# pages 300 x 400 CSS px (225 x 300 pt), 20 px margins; every block 20 px high,
# so each anchor's place is known: y px from the page top is (400 - y) * 0.75 pt
STYLE = """<style>
@page { size: 300px 400px; margin: 20px }
html { font-size: 12px; line-height: 20px }
body, h1, h2, h3, p { margin: 0; padding: 0; font-size: 12px; line-height: 20px }
.new { break-before: page }
</style>"""


def top_pt(y_px: float) -> float:
    return (400 - y_px) * SCALE


PART_A = STYLE + """
<h1 id="a-title">Part A</h1>
<p id="a-intro">See <a href="#b-target">into B</a>, <a href="#a-later">later</a>,
<a href="#nowhere">lost</a>, <a href="http://example.org/x">web</a>.</p>
<div class="new" style="height: 100px"></div>
<p id="a-later">Later in A.</p>
"""

PART_B = STYLE + """
<h2 id="b-sub">Sub B</h2>
<div class="new" style="height: 60px"></div>
<p id="b-target">The target in B.</p>
<p id="a-intro">Same id as in A: the first one wins.</p>
<p><a href="#a-title">Back to A</a> <a href="#also-nowhere">lost too</a></p>
"""

PART_C = STYLE + """
<h1 id="c-title" style="bookmark-state: closed">Part C</h1>
<h3 id="c-deep">Deep in C</h3>
<p><a href="#b-sub">Up to B</a> <a href="#c-deep">here</a></p>
"""

PARTS = (PART_A, PART_B, PART_C)


def render(html: str):
    from weasyprint import HTML
    return HTML(string=html).render()


def laid_parts(htmls=PARTS, options: dict | None = None) -> list[Laid]:
    out = []
    for html in htmls:
        doc = render(html)
        laid = describe(doc.pages)
        laid.pdf = write_pages(doc, doc.pages, options or {})
        out.append(laid)
    return out


def written(writer) -> bytes:
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def single_document(htmls=PARTS, options: dict | None = None) -> bytes:
    """The same pages written by WeasyPrint as one document (the oracle)."""
    docs = [render(h) for h in htmls]
    return docs[0].copy([p for d in docs for p in d.pages]).write_pdf(**(options or {}))


# ------------------------------------------------------------ reading a PDF back


class Read:
    def __init__(self, data: bytes):
        self.reader = PdfReader(io.BytesIO(data))
        self.page_of = {p.indirect_reference.idnum: i for i, p in enumerate(self.reader.pages)}

    def where(self, dest) -> tuple[int, float, float]:
        """(page index, left, top) of an explicit /XYZ destination array or
        of a named one (WeasyPrint's own links name their destination)."""
        if isinstance(dest, str):
            d = self.reader.named_destinations[dest]
            return self.reader.get_destination_page_number(d), round(float(d.left), 1), \
                round(float(d.top), 1)
        dest = dest.get_object()
        assert dest[1] == "/XYZ"
        return self.page_of[dest[0].idnum], round(float(dest[2]), 1), round(float(dest[3]), 1)

    def links(self) -> list[tuple]:
        out = []
        for i, page in enumerate(self.reader.pages):
            for ref in page.get("/Annots") or []:
                a = ref.get_object()
                assert a["/Subtype"] == "/Link"
                rect = tuple(round(float(v), 1) for v in a["/Rect"])
                if "/Dest" in a:
                    out.append((i, rect, "dest", self.where(a["/Dest"])))
                else:
                    action = a["/A"].get_object()
                    out.append((i, rect, str(action["/S"]), str(action["/URI"])))
        return out

    def dests(self) -> dict[str, tuple[int, float, float]]:
        out = {}
        for name, d in self.reader.named_destinations.items():
            out[str(name)] = (self.reader.get_destination_page_number(d),
                              round(float(d.left), 1), round(float(d.top), 1))
        return out

    def outline(self, items=None) -> list:
        """[title, page, top, open, children] per item, nested."""
        out: list = []
        for item in self.reader.outline if items is None else items:
            if isinstance(item, list):
                out[-1][4] = self.outline(item)
            else:
                count = item.get("/Count", 0)
                out.append([str(item.title), self.reader.get_destination_page_number(item),
                            round(float(item.top), 1), not count or count > 0, []])
        return out


# ------------------------------------------------------------ describe


def test_describe_finds_anchors_targets_and_bookmarks():
    doc = render(PART_A)
    laid = describe(doc.pages)
    assert laid.pages == len(doc.pages) == 2
    assert laid.anchors == {"a-title": 0, "a-intro": 0, "a-later": 1}
    # [page, x, y] in PDF points, y from the page's foot
    assert laid.targets["a-title"] == [0, 15.0, top_pt(20)]
    page, _x, y = laid.targets["a-intro"]
    assert page == 0 and y == pytest.approx(top_pt(40))
    assert laid.targets["a-later"] == [1, 15.0, top_pt(120)]
    assert laid.bookmarks == [[1, "Part A", 0, 15.0, top_pt(20), "open"]]
    assert laid.lines is None and laid.pdf == b""


def test_write_pages_leaves_internal_links_to_join():
    """A segment cannot know the pages of the others: its PDF resolves no
    internal link itself (no /Dest: join makes them)."""
    doc = render(PART_A)
    pdf = write_pages(doc, doc.pages, {})
    assert pdf.startswith(b"%PDF")
    read = Read(pdf)
    assert len(read.reader.pages) == 2
    for _page, _rect, kind, target in read.links():
        # an internal link, if written at all, is a URI "#name" for join
        assert kind == "/URI", target
    # the page content itself is all there
    assert "Later in A." in read.reader.pages[1].extract_text()


def test_write_pages_of_some_pages_only():
    doc = render(PART_A)
    pdf = write_pages(doc, doc.pages[1:], {})
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert len(doc.pages) == 2      # the document itself keeps its pages


# ------------------------------------------------------------ join


def test_join_resolves_links_across_and_within_parts():
    writer, missing = join(laid_parts())
    pdf = Read(written(writer))
    assert len(pdf.reader.pages) == 5          # A: 0-1, B: 2-3, C: 4
    assert missing == ["also-nowhere", "nowhere"]
    links = [(page, kind, where) for page, _rect, kind, where in pdf.links()]
    assert links == [
        (0, "dest", (3, 15.0, top_pt(80))),    # A → B, second page of B
        (0, "dest", (1, 15.0, top_pt(120))),   # A → A, its second page
        (0, "/URI", "http://example.org/x"),   # kept as it was; "#nowhere" dropped
        (3, "dest", (0, 15.0, top_pt(20))),    # B → A; "#also-nowhere" dropped
        (4, "dest", (2, 15.0, top_pt(20))),    # C → B
        (4, "dest", (4, 15.0, top_pt(40))),    # C → C
    ]
    # no link is left pointing at "#..."
    for page in pdf.reader.pages:
        for ref in page.get("/Annots") or []:
            assert "/A" not in ref.get_object() or \
                not str(ref.get_object()["/A"]["/URI"]).startswith("#")


def test_join_named_destinations_of_every_part_first_one_wins():
    pdf = Read(written(join(laid_parts())[0]))
    dests = pdf.dests()
    assert set(dests) == {"a-title", "a-intro", "a-later", "b-sub", "b-target",
                          "c-title", "c-deep"}
    assert dests["a-intro"][0] == 0            # A's, not the later one in B (page 3)
    assert dests["a-intro"][2] == pytest.approx(top_pt(40), abs=0.1)
    assert dests["b-target"] == (3, 15.0, top_pt(80))
    assert dests["c-deep"] == (4, 15.0, top_pt(40))


def test_join_outline_is_one_tree_across_parts():
    pdf = Read(written(join(laid_parts())[0]))
    assert pdf.outline() == [
        ["Part A", 0, top_pt(20), True, [
            ["Sub B", 2, top_pt(20), True, []]]],       # B's h2 under A's h1
        ["Part C", 4, top_pt(20), False, [              # bookmark-state: closed
            ["Deep in C", 4, top_pt(40), True, []]]],   # h3 straight under h1
    ]


def test_join_matches_weasyprint_writing_the_pages_as_one_document():
    """The same links (rectangles, pages, positions), named destinations
    and outline as WeasyPrint's own PDF of all the pages."""
    joined = Read(written(join(laid_parts())[0]))
    oracle = Read(single_document())
    assert joined.links() == oracle.links()
    assert joined.dests() == oracle.dests()
    assert joined.outline() == oracle.outline()
    assert [p.mediabox for p in joined.reader.pages] == [p.mediabox for p in oracle.reader.pages]


@pytest.mark.parametrize("levels", [
    [1, 3, 2, 4, 1, 2],       # skipped levels, then back up
    [2, 4, 3, 1, 3, 2],       # no h1 at first
    [3, 2, 1, 2, 3, 3],
])
def test_outline_nesting_is_weasyprints_for_any_heading_levels(levels):
    """Each heading its own part: the outline built by join nests them as
    WeasyPrint nests the headings of one document."""
    htmls = [STYLE + f"<h{lvl}>Heading {i} (h{lvl})</h{lvl}>" for i, lvl in enumerate(levels)]
    joined = Read(written(join(laid_parts(htmls))[0]))
    assert joined.outline() == Read(single_document(htmls)).outline()


# WeasyPrint leaves its sRGB profile's file open when it writes PDF/X: the
# warning is its own, seen when the file is collected (inside the test)
press_warnings = pytest.mark.filterwarnings(
    "ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")


# as the templates do: fixed dates (PDF/X-4 writes them in the XMP; by default
# they are the time of the layout)
PRESS_HEAD = """<meta name="dcterms.created" content="2000-01-01T00:00:00Z">
<meta name="dcterms.modified" content="2000-01-01T00:00:00Z">
<style>@page { bleed: 3mm; marks: crop }</style>"""


@press_warnings
def test_join_with_bleed_and_pdf_x_keeps_the_output_intent_and_positions():
    """The press profile: PDF/X-4 with 3 mm bleed.  Destinations are where
    WeasyPrint puts them (the trim box's corner is the origin), and the
    joined file keeps the first part's output intent."""
    from coursepack.pdf.finish import pdf_options
    options = pdf_options("press")
    htmls = [PRESS_HEAD + h for h in PARTS]
    joined = Read(written(join(laid_parts(htmls, options))[0]))
    oracle = Read(single_document(htmls, options))
    assert joined.links() == oracle.links()
    assert joined.dests() == oracle.dests()
    assert joined.outline() == oracle.outline()
    root = joined.reader.trailer["/Root"]
    assert "/OutputIntents" in root and "/Metadata" in root
    gc.collect()


def test_join_of_no_parts_and_of_parts_without_anchors():
    writer, missing = join([])
    assert len(writer.pages) == 0 and missing == []
    plain = laid_parts([STYLE + "<p>nothing to see</p>"] * 2)
    writer, missing = join(plain)
    pdf = Read(written(writer))
    assert len(pdf.reader.pages) == 2 and missing == []
    assert pdf.dests() == {} and pdf.outline() == []


def test_the_same_part_twice_in_the_chain():
    """The reader repeats one blank segment: the same Laid several times."""
    blank = laid_parts([STYLE + "<p></p>"])[0]
    a, b, _c = laid_parts()
    writer, missing = join([a, blank, b, blank])
    pdf = Read(written(writer))
    assert len(pdf.reader.pages) == a.pages + b.pages + 2 * blank.pages
    assert pdf.dests()["b-target"][0] == a.pages + blank.pages + 1
    assert missing == ["also-nowhere", "nowhere"]


# ------------------------------------------------------------ determinism


def test_joining_the_same_parts_twice_gives_the_same_bytes():
    from coursepack.pdf.finish import finish_writer
    parts = laid_parts()
    source = b"".join(p.pdf for p in parts)

    def finished(parts):
        writer, _ = join(parts)
        return finish_writer(writer, source, title="Segments", author="T. Est",
                             front_pages=1, creation_date="D:20260101000000Z")

    first = finished(parts)
    assert finished(parts) == first
    # laid out again from scratch: the same segment PDFs, the same file
    again = laid_parts()
    assert [p.pdf for p in again] == [p.pdf for p in parts]
    assert finished(again) == first
    reader = PdfReader(io.BytesIO(first))
    assert reader.metadata.title == "Segments" and len(reader.pages) == 5


@press_warnings
def test_press_segments_laid_out_again_join_to_the_same_bytes():
    """PDF/X-4 carries a random XMP document id: write_pages makes it stable.
    The trailer /ID WeasyPrint computes from the random one still differs
    between two layouts of a segment (harmless: the store is keyed by the
    input, and the finished file's /ID is made without them)."""
    from coursepack.pdf.finish import without_ids, finish_writer, pdf_options
    options = pdf_options("press")
    htmls = [PRESS_HEAD + h for h in PARTS]
    one, two = laid_parts(htmls, options), laid_parts(htmls, options)
    assert all(b"xmp.did:" in p.pdf for p in one)
    assert [without_ids(p.pdf) for p in one] == [without_ids(p.pdf) for p in two]

    def finished(parts):
        return finish_writer(join(parts)[0], b"".join(p.pdf for p in parts), title="Press")

    assert finished(one) == finished(two)
    gc.collect()


def test_parts_from_the_store_join_to_the_same_bytes(tmp_path):
    from coursepack.pdf.finish import finish_writer
    parts = laid_parts()
    store = SegmentStore(tmp_path / "segments")
    for i, p in enumerate(parts):
        store.put(f"k{i}", p)
    back = [SegmentStore(tmp_path / "segments").get(f"k{i}") for i in range(len(parts))]
    source = b"".join(p.pdf for p in parts)
    assert finish_writer(join(back)[0], source, title="x") == \
        finish_writer(join(parts)[0], source, title="x")


# ------------------------------------------------------------ the store


def a_laid() -> Laid:
    doc = render(PART_A)
    laid = describe(doc.pages, lines=True)
    laid.warnings = ["a warning", "ünïcödé one"]
    laid.pdf = write_pages(doc, doc.pages, {})
    return laid


def test_store_put_then_get_round_trips(tmp_path):
    laid = a_laid()
    store = SegmentStore(tmp_path / "nested" / "segments")      # made when needed
    store.put("abc", laid)
    assert store.used == {"abc"}
    assert sorted(f.name for f in (tmp_path / "nested" / "segments").iterdir()) == \
        ["abc.json", "abc.pdf"]
    fresh = SegmentStore(tmp_path / "nested" / "segments")       # as in a new process
    got = fresh.get("abc")
    assert got is not None
    assert fresh.used == {"abc"}
    assert (got.pages, got.anchors, got.targets, got.bookmarks, got.lines, got.warnings,
            got.pdf) == (laid.pages, laid.anchors, laid.targets, laid.bookmarks, laid.lines,
                         laid.warnings, laid.pdf)
    assert got.meta() == laid.meta()
    assert got.doc is None and got.page_list == []
    assert fresh.get("other") is None and fresh.used == {"abc"}


def test_store_put_replaces_an_entry(tmp_path):
    store = SegmentStore(tmp_path)
    first, second = a_laid(), laid_parts(PARTS[1:2])[0]
    store.put("k", first)
    store.put("k", second)
    assert store.get("k").anchors == second.anchors
    assert not [f for f in tmp_path.iterdir() if f.name.endswith(".tmp")]


def _truncate(data: bytes) -> bytes:
    return data[: len(data) // 2]


DAMAGE = {
    "pdf truncated": ("pdf", _truncate),
    "pdf empty": ("pdf", lambda d: b""),
    "pdf not a pdf (same size)": ("pdf", lambda d: b"\0" * len(d)),
    "pdf longer": ("pdf", lambda d: d + b"\n% more"),
    "json truncated": ("json", _truncate),
    "json empty": ("json", lambda d: b""),
    "json not utf-8": ("json", lambda d: b"\xff\xfe" + d),
    "json a list": ("json", lambda d: b"[1, 2, 3]"),
    "json null": ("json", lambda d: b"null"),
    "json without pages": ("json", lambda d: json.dumps(
        {k: v for k, v in json.loads(d).items() if k != "pages"}).encode()),
    "json pages not a number": ("json", lambda d: json.dumps(
        {**json.loads(d), "pages": "many"}).encode()),
    "json anchors null": ("json", lambda d: json.dumps(
        {**json.loads(d), "anchors": None}).encode()),
    "json digest wrong": ("json", lambda d: json.dumps(
        {**json.loads(d), "sha256": "0" * 64}).encode()),
    "json without digest": ("json", lambda d: json.dumps(
        {k: v for k, v in json.loads(d).items() if k != "sha256"}).encode()),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_store_damaged_entry_is_none_not_an_exception(tmp_path, damage):
    store = SegmentStore(tmp_path)
    store.put("k", a_laid())
    suffix, spoil = DAMAGE[damage]
    f = tmp_path / f"k.{suffix}"
    f.write_bytes(spoil(f.read_bytes()))
    fresh = SegmentStore(tmp_path)
    assert fresh.get("k") is None
    assert fresh.used == set()


@pytest.mark.parametrize("missing", ["pdf", "json"])
def test_store_half_an_entry_is_none(tmp_path, missing):
    store = SegmentStore(tmp_path)
    store.put("k", a_laid())
    (tmp_path / f"k.{missing}").unlink()
    assert SegmentStore(tmp_path).get("k") is None


def test_store_pdf_damaged_in_place_is_laid_out_again(tmp_path):
    store = SegmentStore(tmp_path)
    store.put("k", a_laid())
    f = tmp_path / "k.pdf"
    data = f.read_bytes()
    f.write_bytes(data[:-200] + b"\0" * 200)     # the xref table and trailer lost
    # the digest kept beside it no longer matches: laid out again, not joined
    assert SegmentStore(tmp_path).get("k") is None


def test_store_prune_deletes_only_the_others(tmp_path):
    laid = a_laid()
    store = SegmentStore(tmp_path)
    for key in ("keep1", "keep2", "old1", "old2"):
        store.put(key, laid)
    (tmp_path / "notes.txt").write_text("not ours")
    gone = SegmentStore(tmp_path).prune({"keep1", "keep2", "never-stored"})
    assert gone == 4          # files: old1 and old2, .pdf and .json each
    assert sorted(f.name for f in tmp_path.iterdir()) == [
        "keep1.json", "keep1.pdf", "keep2.json", "keep2.pdf", "notes.txt"]
    assert SegmentStore(tmp_path).get("keep1") is not None
    assert SegmentStore(tmp_path).get("old1") is None
    assert SegmentStore(tmp_path).prune({"keep1", "keep2"}) == 0
    assert SegmentStore(tmp_path / "absent").prune(set()) == 0


def test_store_without_a_folder_does_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = SegmentStore(None)
    assert store.folder is None
    store.put("k", a_laid())
    assert store.get("k") is None
    assert store.prune(set()) == 0
    assert store.used == set()
    assert list(tmp_path.iterdir()) == []


def test_store_in_a_read_only_place_still_lets_the_build_go_on(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    store = SegmentStore(blocker / "segments")
    store.put("k", a_laid())          # no exception
    assert store.get("k") is None


# ------------------------------------------------------------ line index dump


LINES_HTML = """<style>
@page { size: 300px 260px; margin: 20px }
body { font-size: 12px; line-height: 20px }
p { margin: 0 0 20px 0 }
.fn { float: footnote }
</style>
<h1 id="h">A title of the test</h1>
<p id="p1">The harbour board of Kestrel Bay kept three lighthouses in good order
for a century.<span class="fn" id="n1">A note: minutes of the board, 1881.</span> Its
minutes reflect a difficult balance between cost and safety, and between the keepers
and the board, as the official report of 1882 shows at some length.</p>
<p id="p2">Keepers were appointed by the board and paid from harbour dues. The
Lighthouse Guild argued for higher wages in 1902, and the board refused twice
before giving way after the great storm of that winter, when the northern light
was out for three nights in a row and two ships were lost on the rocks.</p>
"""

PROBES = [("h", "test"), ("p1", "The harbour"), ("p1", "difficult balance"),
          ("p1", "length"), ("p2", "Keepers"), ("p2", "great storm"), ("p2", "rocks"),
          ("n1", "minutes of the board")]


def test_line_index_dump_round_trips_with_an_offset():
    from coursepack.lines import LineIndex, line_index
    doc = render(LINES_HTML)
    assert len(doc.pages) >= 2
    index = line_index(doc.pages)
    places = {probe: index.locate(*probe) for probe in PROBES}
    assert all(places.values()), places
    assert len({p.page for p in places.values()}) >= 2        # the text spans pages
    assert places[("n1", "minutes of the board")].note is not None
    # as the store keeps it: through JSON
    data = json.loads(json.dumps(index.dump()))
    assert describe(doc.pages, lines=True).lines == index.dump()
    moved = LineIndex().add_dump(data, offset=7)
    for probe, place in places.items():
        got = moved.locate(*probe)
        assert (got.page, got.line, got.note) == (place.page + 7, place.line, place.note), probe
    for block in ("h", "p1", "p2", "n1"):
        assert moved.text(block) == index.text(block)
        assert moved.start(block).page == index.start(block).page + 7
    assert moved.page_lines == {p + 7: n for p, n in index.page_lines.items()}
    # without an offset: the same index
    same = LineIndex().add_dump(data)
    assert {probe: same.locate(*probe) for probe in PROBES} == places
    assert same.dump() == index.dump()


def test_line_index_dumps_of_segments_make_one_index():
    """As the reader does: each article's dump added at its first page."""
    from coursepack.lines import LineIndex, line_index
    doc = render(LINES_HTML)
    n = len(doc.pages)
    other = render(LINES_HTML.replace('id="p2"', 'id="q2"'))
    chain = LineIndex().add_dump(line_index(doc.pages).dump(), offset=0)
    chain.add_dump(line_index(other.pages).dump(), offset=n)
    here = line_index(doc.pages).locate("p2", "great storm")
    there = chain.locate("q2", "great storm")
    assert (there.page, there.line) == (here.page + n, here.line)
    assert chain.locate("p2", "great storm") == here
    # an id in both: the later segment's layout replaces the earlier one
    assert chain.locate("p1", "The harbour").page == n


# ------------------------------------------------------------ the build


SECOND_BUILD = """
import sys
from pathlib import Path
from coursepack.build import Options, build
r = build(Path(sys.argv[1]), Options(quiet=True, say=lambda s: None))
print(len(r.outputs))
"""


def _manifest(project: Path) -> dict:
    return json.loads((project / "build" / ".coursepack" / "manifest.json").read_text())


def _stored(project: Path) -> set[str]:
    return {f.name for f in (project / "build" / ".coursepack" / "segments").iterdir()}


def test_build_keeps_segments_on_disk_and_lays_out_only_the_edited_one(project):
    """A glossary edit, rebuilt in a new process (no layout kept in memory):
    one segment laid out, taken from nothing but the disk store.  Without
    the store every segment is laid out again, and the PDF is the same."""
    from coursepack.build import Options, build
    from coursepack.render.reader import keep_layouts
    keep_layouts(0)
    quiet = Options(quiet=True, say=lambda s: None)
    build(project, quiet)
    cold = _manifest(project)["layouts"]["reader.pdf"]
    segments = set(cold["segments"])
    assert len(segments) >= 4
    assert cold["layouts"] >= len(segments)
    assert _stored(project) == {f"{k}.{s}" for k in segments for s in ("pdf", "json")}

    g = project / "content" / "readings" / "lighthouses" / "glossary.yaml"
    g.write_text(g.read_text().replace("used in this test.", "used in this test, edited."))
    res = subprocess.run([sys.executable, "-c", SECOND_BUILD, str(project)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    warm = _manifest(project)["layouts"]["reader.pdf"]
    assert warm["layouts"] == 1
    assert len(set(warm["segments"]) - segments) == 1        # the glossary's, new
    assert len(segments - set(warm["segments"])) == 1        # its old one, pruned
    assert _stored(project) == {f"{k}.{s}" for k in warm["segments"] for s in ("pdf", "json")}
    assert not any("links to no anchor" in w for w in warm["warnings"])
    reader = (project / "build" / "reader.pdf").read_bytes()
    pdf = Read(reader)
    assert any("edited." in (p.extract_text() or "") for p in pdf.reader.pages)
    # every link of the joined reader resolved to a page of it, none left as "#..."
    links = pdf.links()
    assert links
    for _page, _rect, kind, where in links:
        if kind == "dest":
            assert 0 <= where[0] < len(pdf.reader.pages)
        else:
            assert not where.startswith("#")
    assert pdf.dests() and pdf.outline()

    # the store deleted (and the output, so the build is not a no-op): every
    # segment laid out again, byte for byte the same reader
    import shutil
    shutil.rmtree(project / "build" / ".coursepack" / "segments")
    (project / "build" / "reader.pdf").unlink()
    build(project, quiet)
    again = _manifest(project)["layouts"]["reader.pdf"]
    assert again["layouts"] == len(set(again["segments"])) == len(set(warm["segments"]))
    assert set(again["segments"]) == set(warm["segments"])
    assert (project / "build" / "reader.pdf").read_bytes() == reader


def test_page_numbers_drawn_under_each_page_share_one_copy_of_their_fonts(project):
    """Every arabic page draws its number from a form of its own; the forms
    share one resources dictionary (the fonts are in the file once), and
    each page shows its label as its first text."""
    from coursepack.build import Options, build
    build(project, Options(quiet=True, say=lambda s: None))
    pdf = PdfReader(project / "build" / "reader.pdf")
    labels = pdf.page_labels
    front = sum(1 for label in labels if not label.isdigit())
    assert 0 < front < len(labels)
    shared, numbered = set(), 0
    for i, page in enumerate(pdf.pages):
        xobjects = page["/Resources"].get("/XObject") or {}
        if not labels[i].isdigit():
            assert "/CPFolio" not in xobjects        # roman pages lay out their own numbers
            continue
        form = xobjects["/CPFolio"]
        shared.add(form.get_object().raw_get("/Resources").idnum)
        text = page.extract_text()
        if text.strip().split("\n")[0].strip() == labels[i]:
            numbered += 1
    assert len(shared) == 1
    assert numbered >= (len(pdf.pages) - front) // 2       # blank pages print no number
