"""The scorer itself, on small hand-made structures: each metric must be
able to fail."""

import yaml

from coursepack.read.structure import ArticleStructure, Block, Doubt, Line
from tests.corpus import scoring

GOLD = yaml.safe_load("""
name: t
title: A Study of Things
subtitle: A Reply
authors: [Ann Lee, Bo Yu]
headings:
  - {page: 1, level: 1, text: "1 Introduction"}
  - {page: 2, level: 2, text: "1.1 Method"}
paragraph_starts:
  - {page: 1, text: "Things are studied here because"}
  - {page: 2, text: "We counted every thing"}
notes:
  count: 1
  items:
    - {number: 1, page: 1, marker_page: 1, first: "See the earlier study of", last: "things, London 1990."}
furniture:
  patterns: ['^Journal of Things \\d+$', '^\\d+$']
  never_in_body: ["Downloaded from"]
broken_words:
  - {page: 1, pdf: "impor- tant", word: "important"}
references_heading: References
reference_count: 2
""")
for k, v in (("paragraph_pages", None), ("references_in_notes", False), ("other_text", [])):
    GOLD.setdefault(k, v)
REFS = ["Lee, A. (1990) Things. London: Press.", "Yu, B. (2001) More things. Journal 3: 1-9."]


def L(page, text, top=100, sup=()):
    return Line(page, 72, top, 500, top + 10, text, 10, superscripts=list(sup))


def good() -> ArticleStructure:
    b = [
        Block("title", [L(1, "A Study of Things")]),
        Block("heading", [L(1, "1 Introduction")], level=1),
        Block("paragraph", [L(1, "Things are studied here because they are impor-"), L(1, "tant.1", sup=[(5, 6)])]),
        Block("note", [L(1, "1 See the earlier study of things, London 1990.", 700)], number=1),
        Block("furniture", [L(1, "Journal of Things 12", 20)]),
        Block("heading", [L(2, "1.1 Method")], level=2),
        Block("paragraph", [L(2, "We counted every thing twice.")]),
        Block("references_heading", [L(2, "References")]),
        Block("reference", [L(2, REFS[0])]),
        Block("reference", [L(2, REFS[1][:20])]),
        Block("reference", [L(2, REFS[1][20:])], continues=True),
    ]
    s = ArticleStructure("t.pdf", blocks=b, meta={"authors": ["Ann Lee", "Bo Yu"]}, pages=[(600, 800)] * 2)
    return s


def repaired(block):
    return " ".join(ln.text for ln in block.lines).replace("- ", "")


def test_a_perfect_structure_scores_full():
    r = scoring.score(GOLD, good(), REFS, repaired)
    assert (r["title_ok"], r["authors_ok"]) == (1, 1)
    assert (r["headings_found"], r["headings_level_ok"], r["headings_false"]) == (2, 2, 0)
    assert (r["para_found"], r["para_false"]) == (2, 0)
    assert (r["notes_found"], r["notes_on_page"], r["markers_found"], r["notes_in_body"]) == (1, 1, 1, 0)
    assert r["furniture_in_body"] == 0
    assert r["broken_repaired"] == 1
    assert (r["refs_found"], r["refs_pred"]) == (2, 2)


def test_raw_text_leaves_the_broken_word_unrepaired_unless_reported():
    s = good()
    assert scoring.score(GOLD, s, REFS)["broken_repaired"] == 0
    s.doubts.append(Doubt("hyphen", "impor- tant: hyphen kept or dropped?", 1))
    assert scoring.score(GOLD, s, REFS)["broken_reported"] == 1


def test_each_failure_is_counted():
    s = good()
    s.blocks[0].lines[0].text = "Contents lists available at ScienceDirect"
    s.meta["authors"] = ["Ann Lee"]
    s.blocks[5].role = "paragraph"                      # heading lost, and a false start
    s.blocks.insert(1, Block("heading", [L(1, "Journal of Things 12", 20)], level=1))  # furniture as heading
    s.blocks[4].lines[0].text = "1 See the earlier study"  # note cut short
    s.blocks[3].lines[1].superscripts = []
    s.blocks.append(Block("paragraph", [L(2, "things, London 1990. And more.")]))  # note text in body
    r = scoring.score(GOLD, s, REFS)
    assert (r["title_ok"], r["authors_ok"]) == (0, 0)
    assert r["headings_found"] == 1 and r["headings_false"] == 1
    assert r["headings_missed_list"] == ["1.1 Method"]
    assert r["para_found"] == 2 and r["para_false"] == 2
    assert (r["notes_found"], r["markers_found"], r["notes_in_body"]) == (0, 0, 1)
    assert r["furniture_in_body"] == 1


def test_a_paragraph_split_or_on_the_wrong_page_is_not_found():
    s = good()
    s.blocks[2].lines[0].page = 2
    s.blocks[6] = Block("paragraph", [L(2, "We counted")])
    s.blocks.insert(7, Block("paragraph", [L(2, "every thing twice.")]))
    r = scoring.score(GOLD, s, REFS)
    assert r["para_found"] == 0
    assert r["para_false"] == 3


def test_references_must_be_separate_entries():
    s = good()
    s.blocks[8:] = [Block("reference", [L(2, REFS[0] + " " + REFS[1])])]
    assert scoring.score(GOLD, s, REFS)["refs_found"] == 0
    gold = dict(GOLD, references_in_notes=True)
    s.blocks[3].lines[0].text = "1 See " + REFS[0]
    assert scoring.score(gold, s, REFS)["refs_found"] >= 1


def test_title_with_subtitle_and_a_notes_page_elsewhere():
    s = good()
    s.blocks[0].lines[0].text = "A Study of Things: A Reply"
    s.blocks[3].lines[0].page = 2
    r = scoring.score(GOLD, s, REFS)
    assert r["title_ok"] == 1
    assert (r["notes_found"], r["notes_on_page"]) == (1, 0)


def test_broken_words_on_the_repaired_text_need_one_more_right_form():
    s = good()
    raw = " ".join(" ".join(ln.text for ln in b.lines) for b in s.blocks)
    assert scoring.score(GOLD, s, REFS, repaired=raw)["broken_repaired"] == 0
    assert scoring.score(GOLD, s, REFS, repaired=raw.replace("impor- tant", "important"))["broken_repaired"] == 1
    assert scoring.score(GOLD, s, REFS, repaired=raw.replace("impor- tant", "impor-tant"))["broken_repaired"] == 0


def test_a_paragraph_hidden_in_an_affiliation_is_counted():
    s = good()
    assert scoring.score(GOLD, s, REFS)["para_hidden"] == 0
    s.blocks[2].role = "affiliation"
    r = scoring.score(GOLD, s, REFS)
    assert (r["para_found"], r["para_hidden"]) == (1, 1)
