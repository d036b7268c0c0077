"""Layouts drawn by ``benchmarks/synthetic_layouts.py`` (seed 1) that the
reader once got wrong, typeset again and read back against the truth the
generator writes (the scoring of ``benchmarks/corpus.py``):

- document 2: centred headings in small capitals (capitals of two sizes,
  the line smaller than the body: once read as block quotations), numbered
  "1." / "4.1", a bold run-in sub-heading, endnotes;
- document 29: a numbered reference list "1. …" set small, its heading in
  the lower half of a page with a starred title note (once taken for the
  page's footnotes: every entry a note);
- document 27: the same capitals unnumbered over bold italic sub-headings
  (once ranked under them);
- document 16: the right pages' running head standing once (once read as
  a block quotation);
- document 0: outline numbering "I." / "A." / "1." (the arabic level once
  taken from its single number);
- document 19: two columns; an ordered list indented as a whole, its
  run-on lines hanging under the items' text (once joined to the paragraph
  above); the reference list's last six entries in two short columns on
  the last page (too few lines to show the gutter: once read across).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from coursepack.read.pdf import read_pdf

from tests.corpus import scoring

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("synthetic_layouts", ROOT / "benchmarks" / "synthetic_layouts.py")
SL = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SL)


def read(tmp_path, k: int):
    spec = SL.spec_for(1, k, classic=True)
    pdf, gold, refs = SL.build(spec, tmp_path)
    s = read_pdf(pdf)
    return spec, gold, s, scoring.score(gold, s, refs)


def test_small_capital_headings_are_headings(tmp_path):
    spec, gold, s, r = read(tmp_path, 2)
    assert spec["h1style"] == "smallcaps" and spec["numbering"] == "arabic."      # the layout under test
    assert r["headings_found"] == r["headings"] == len(gold["headings"]), r["headings_missed_list"]
    assert r["headings_level_ok"] == r["headings"] and r["headings_false"] == 0, r["headings_false_list"]
    assert not [b.text for b in s.blocks if b.role == "quote" and b.text.isupper()]
    assert r["para_found"] == r["para"] and r["para_false"] == 0, r["para_missed_list"]
    assert r["notes_found"] == r["notes"] > 0


def test_numbered_reference_list_low_on_a_page_is_no_footnote_area(tmp_path):
    spec, gold, s, r = read(tmp_path, 29)
    assert spec["refs"] == "numbered-dot" and spec["notes"] == "starred"
    assert r["refs_found"] == r["refs"] == spec["nrefs"]
    numbered_notes = [b for b in s.blocks if b.role == "note" and b.number]
    assert not numbered_notes, [b.text[:40] for b in numbered_notes]
    # the starred notes (the title's among them) are still notes
    assert r["notes_found"] == r["notes"] > 0


@pytest.mark.slow
def test_two_columns_hanging_list_and_sparse_last_page(tmp_path):
    spec, gold, s, r = read(tmp_path, 19)
    assert spec["columns"] == 2 and spec["list"] and spec["indent"]
    assert r["refs_found"] == r["refs"] == spec["nrefs"]
    refs = [b.text for b in s.blocks if b.role == "reference"]
    assert [int(t.split(".")[0]) for t in refs] == list(range(1, spec["nrefs"] + 1)), refs
    items = [t for t in scoring.paragraphs(s) if t[:2] in ("1.", "2.", "3.", "4.")]
    assert len(items) >= 3, scoring.paragraphs(s)
    missed = [m for m in r["para_missed_list"] if any(w in m for w in ("Öffnungszeiten an", "Leihfristen für", "Anfragen zur"))]
    assert not missed, r["para_missed_list"]


def test_small_capital_heads_outrank_bold_italic_subheads(tmp_path):
    """Document 27: unnumbered centred small capitals over bold italic
    sub-headings in the body's size (the capitals' line is the smaller:
    once ranked level 2 under their own sub-headings)."""
    spec, gold, s, r = read(tmp_path, 27)
    assert spec["h1style"] == "smallcaps" and spec["numbering"] == "none" and spec["h2style"] == "bold-italic"
    assert r["headings_found"] == r["headings"] and r["headings_level_ok"] == r["headings"], \
        [(b.text, b.level) for b in s.blocks if b.role == "heading"]


def test_right_page_head_standing_once_is_furniture(tmp_path):
    """Document 16: a short article in two columns, the journal's name over
    its left pages and the authors' names over its right pages (the right
    pages' head standing on one content page only): both furniture, none
    of it in the running text."""
    spec, gold, s, r = read(tmp_path, 16)
    assert spec["alternate"] and spec["runhead"] == "journal"
    assert r["furniture_in_body"] == 0, r["furniture_in_body_list"]
    heads = [ln.text for b in s.blocks if b.role == "furniture" for ln in b.lines if ln.top < 60]
    assert len(set(heads)) == 2, heads


def test_outline_numbering_roman_letter_arabic(tmp_path):
    """Document 0: headings numbered as an outline, "I." / "A." / "1.": the
    arabic "1. Weekday counts" under "A. Visitors" is level 3 (its single
    number once made it level 1)."""
    spec, gold, s, r = read(tmp_path, 0)
    assert spec["numbering"] == "roman" and spec["levels"] == 3
    assert r["headings_found"] == r["headings"] and r["headings_level_ok"] == r["headings"], \
        [(b.text, b.level) for b in s.blocks if b.role == "heading"]
    assert any(b.level == 3 for b in s.blocks if b.role == "heading")


def test_two_columns_under_front_matter_spanning_the_gutter(tmp_path):
    """Document 33: the first page of a two-column article under a title,
    subtitle, authors, affiliation and abstract set across the gutter (too
    many lines crossing it for the page's gutter to show): the two column
    heads at one height were once read as one heading, "INTRODUCTION
    SOURCES AND METHOD", and the columns' lines across as table rows."""
    spec, gold, s, r = read(tmp_path, 33)
    assert spec["columns"] == 2 and spec["abstract"] and spec["subtitle"] and spec["affiliation"]
    assert r["headings_found"] == r["headings"] and r["headings_false"] == 0, r["headings_false_list"]
    assert r["para_found"] == r["para"] and r["para_false"] == 0, r["para_missed_list"]
    assert not [b for b in s.blocks if b.role == "table" and b.page == 1]


def test_run_in_head_on_a_line_cut_short(tmp_path):
    """Document 14: a bold run-in head in a narrow ragged column, the
    paragraph's next word too long for the line ("Besucherzahlen.
    Insgesamt" / "gilt: …"): once a heading of the whole line."""
    spec, gold, s, r = read(tmp_path, 14)
    assert spec["columns"] == 2 and spec["h2style"] == "run-in" and not spec["justify"]
    assert r["headings_found"] == r["headings"] and r["headings_false"] == 0, r["headings_false_list"]
    assert r["headings_level_ok"] == r["headings"]
    assert r["para_found"] == r["para"], r["para_missed_list"]


def test_run_in_heads_in_justified_word_pieces_and_references_beside_a_table(tmp_path):
    """Document 25: two justified columns. A numbered run-in head whose
    words a wide justified space set apart ("3.1" "Besucherzahlen."
    "Insgesamt" …: once a paragraph); the reference list set small in the
    right column beside a table's rules in the left one (the rules once cut
    the entries into page-foot notes)."""
    spec, gold, s, r = read(tmp_path, 25)
    assert spec["columns"] == 2 and spec["justify"] and spec["h2style"] == "run-in" and spec["table"]
    assert r["headings_found"] == r["headings"], r["headings_missed_list"]
    assert r["refs_found"] == r["refs"] == spec["nrefs"]
    assert r["notes_found"] == r["notes"] and not [b for b in s.blocks if b.role == "note" and b.continues]


def test_sparse_last_page_entries_with_short_lines(tmp_path):
    """Document 27: the reference list's last two entries in two short
    columns on the last page, the right one's second line short ("Example
    Press."): the page borrows the columns (its entries once read across)."""
    spec, gold, s, r = read(tmp_path, 27)
    assert spec["columns"] == 2 and spec["refs"] == "author-date"
    assert r["refs_found"] == r["refs"] == spec["nrefs"]


def test_reference_line_like_the_running_head_is_no_furniture(tmp_path):
    """Document 2: a reference entry's last line at the page foot names the
    journal of the running head ("Information Quarterly. 1990;16(4):…" under
    the head "Information Quarterly 39 (2008)"): not furniture (it stands
    at no running head's height)."""
    spec, gold, s, r = read(tmp_path, 2)
    assert spec["runhead"] == "journal" and spec["refs"] == "numbered-dot"
    assert r["refs_found"] == r["refs"] == spec["nrefs"]
    furn = [ln.text for b in s.blocks if b.role == "furniture" for ln in b.lines]
    assert not [t for t in furn if ";" in t], furn


def test_short_title_running_head_above_the_title_is_no_author(tmp_path):
    """Document 11: the short title as the right pages' running head over
    the title on the first page ("Gedruckte Kataloge"): once read as an
    author's name."""
    spec, gold, s, r = read(tmp_path, 11)
    assert spec["runhead"] == "short" and spec["alternate"]
    assert r["authors_ok"], s.meta.get("authors")
    assert s.meta["authors"] == spec["authors"]


def test_starred_title_note_is_the_titles_own(tmp_path):
    """Document 29: the title keyed "*" to a note at the first page's foot
    (the body's notes keyed †, ‡): the title's own note, not an author's."""
    from coursepack.read.structure import TITLE_NOTE_WHY
    spec, gold, s, r = read(tmp_path, 29)
    assert spec["title_note"] and spec["notes"] == "starred"
    own = [b for b in s.blocks if b.role == "note" and b.why == TITLE_NOTE_WHY]
    assert [b.text.split()[1:4] for b in own] == [SL.TITLE_NOTE[spec["lang"]].split()[:3]]
    assert r["notes_found"] == r["notes"]


def read_wide(tmp_path, k: int):
    """Document ``k`` with the families added to the generator later (a
    first page's small print, a note running on to the next page, a
    numbered reference list heading), without the third generation."""
    spec = SL.spec_for(1, k, gen=1)
    pdf, gold, refs = SL.build(spec, tmp_path)
    s = read_pdf(pdf)
    return spec, gold, s, scoring.score(gold, s, refs)


def test_note_running_on_and_first_page_small_print_under_two_columns(tmp_path):
    """Document 27 (widened): the first page's small print (received and
    accepted dates, licence, DOI) as a note without a call under a starred
    title note, and a long note set across the page under two columns,
    running on to the next page's foot. The received line is no part of
    the title's note; the run-on half joins its note; the wide note lines
    no longer hide the first column's heading ('INTRODUCTION' once read
    as an affiliation); a head in capitals at the top of the right column
    is a heading (once a block quotation: no space above it in its column)."""
    spec, gold, s, r = read_wide(tmp_path, 27)
    assert spec["firstfoot"] == "footnote" and spec["longnote"] and spec["columns"] == 2
    assert r["notes_found"] == r["notes"] and r["notes_on_page"] == r["notes"], r["notes_missed_list"]
    assert r["headings_found"] == r["headings"] and r["headings_false"] == 0, r["headings_missed_list"]
    assert r["furniture_in_body"] == 0, r["furniture_in_body_list"]
    assert not [b for b in s.blocks if b.role in ("author", "affiliation") and "INTRODUCTION" in b.text]


def test_note_running_on_in_one_column_with_small_print_in_the_margin(tmp_path):
    """Document 36 (widened): one column, the first page's small print in
    the page's bottom margin, a note running on to the next page's foot:
    every note whole and on its page, none of the small print in the text."""
    spec, gold, s, r = read_wide(tmp_path, 36)
    assert spec["firstfoot"] == "margin" and spec["longnote"] and spec["columns"] == 1
    assert r["notes_found"] == r["notes"] and r["notes_on_page"] == r["notes"], r["notes_missed_list"]
    assert any(b.role == "note" and b.continues for b in s.blocks)
    assert r["furniture_in_body"] == 0, r["furniture_in_body_list"]


def test_article_history_line_is_a_publisher_notice():
    from coursepack.read.pdflayout.furniture import NOTICE
    for t in ("Received 3 March 2019; accepted 12 June 2019.", "Eingegangen am 3. März 2019; angenommen am 12. Juni 2019.",
              "Received: 28.2.2003", "Submitted March 3, 2004"):
        assert NOTICE.search(t), t
    for t in ("Received wisdom holds that 1990 was a turning point.", "Received in 1990 by the board.",
              "** Artikel eingegangen: 28.2.2003"):
        assert not NOTICE.search(t), t


def read_third(tmp_path, k: int):
    """Document ``k`` of the third generation (endnotes after the
    references, a second abstract, a corresponding author's note, web
    addresses in references, references in two columns under a one-column
    body, the section's title as the right page's running head)."""
    spec = SL.spec_for(1, k, gen=2)
    pdf, gold, refs = SL.build(spec, tmp_path)
    s = read_pdf(pdf)
    return spec, gold, s, scoring.score(gold, s, refs)


def test_numbered_references_in_two_columns_under_one_column_body(tmp_path):
    """Document 3: a one-column body, its numbered reference list set in
    two short columns low on a page (too few lines once to show the
    gutter: read across, entries interleaved), then on the next page."""
    spec, gold, s, r = read_third(tmp_path, 3)
    assert spec["columns"] == 1 and spec["refs_cols"] and spec["refs"].startswith("numbered")
    assert r["refs_found"] == r["refs"] == spec["nrefs"]
    refs = [b.text for b in s.blocks if b.role == "reference"]
    assert [int(t.split(".")[0]) for t in refs] == list(range(1, spec["nrefs"] + 1)), refs
    assert not [b for b in s.blocks if b.role == "note" and b.number], "an entry of the right column taken for a note"


def test_subheading_at_a_page_top_after_the_corresponding_authors_note(tmp_path):
    """Document 22: the corresponding author's address among the first
    page's small print; numbered sub-headings in italics at the top of a
    page (no space above them to see; once read as the paragraph running
    on); endnotes after the reference list."""
    spec, gold, s, r = read_third(tmp_path, 22)
    assert spec["contact"] and spec["endnotes_after"] and spec["h2style"] == "italic"
    assert r["headings_found"] == r["headings"] and r["headings_false"] == 0, r["headings_missed_list"]
    assert r["para_found"] == r["para"], r["para_missed_list"]
    assert r["notes_found"] == r["notes"] > 0, r["notes_missed_list"]
    assert r["refs_found"] == r["refs"]
    assert r["furniture_in_body"] == 0, r["furniture_in_body_list"]


def test_corresponding_author_is_no_part_of_the_last_note(tmp_path):
    """Document 25: the address set after the first page's notes, without
    a call (once the last note's run-on lines)."""
    spec, gold, s, r = read_third(tmp_path, 25)
    assert spec["contact"] and spec["notes"] == "foot"
    assert r["notes_found"] == r["notes"] > 0, r["notes_missed_list"]
    assert not [b.text for b in s.blocks if b.role == "note" and "example.org" in b.text]


def test_two_abstracts_over_short_columns_and_a_note_across_the_page(tmp_path):
    """Document 33: an abstract in English and one in German over a band of
    two columns a few lines long (its justified lines in word pieces: once
    too few lines to show the gutter, read across); a note set across the
    page whose short last line stands within the left column (once sorted
    after the next note)."""
    spec, gold, s, r = read_third(tmp_path, 33)
    assert spec["abstract2"] and spec["columns"] == 2
    assert r["abstracts_found"] == r["abstracts"] == 2 and r["abstracts_false"] == 0
    assert r["headings_found"] == r["headings"], r["headings_missed_list"]
    assert r["para_found"] == r["para"] and r["para_false"] == 0, r["para_missed_list"]
    assert r["notes_found"] == r["notes"] and r["markers_found"] == r["markers"], r["notes_missed_list"]


def test_references_ending_in_web_addresses(tmp_path):
    """Documents 35 and 21: a web address after "from:" on a line of its own
    (once a publisher's notice at the page's edge), and one run over under
    a hanging indent at a page's top."""
    for k in (35, 21):
        spec, gold, s, r = read_third(tmp_path, k)
        assert spec["ref_urls"]
        assert r["refs_found"] == r["refs"], k
        assert not [b.text for b in s.blocks if b.role == "furniture" and "example-library-board" in b.text], k


def test_numbered_entry_broken_mid_word_across_columns(tmp_path):
    """Document 7: an entry's journal name broken at the foot of a column
    ("Journ-" / "al of Library Studies. 2006;…"): one entry, though the
    run-over part holds a year.  The figure's labels in tiny type under its
    frame ('North', 'Centre', 'South') are the figure's, no paragraph."""
    spec, gold, s, r = read_third(tmp_path, 7)
    assert spec["refs"].startswith("numbered") and spec["columns"] == 2 and spec["figure"]
    assert r["refs_found"] == r["refs"] == spec["nrefs"]
    assert r["notes_found"] == r["notes"], r["notes_missed_list"]
    assert r["para_found"] == r["para"] and r["para_false"] == 0, r["para_missed_list"]
    assert any(b.role == "figure" and "Centre" in b.text for b in s.blocks)


def test_one_line_numbered_items_and_the_paragraph_after_them(tmp_path):
    """Document 4: an ordered list of one-line items, indented a little,
    under a line that ended its sentence (once joined to the paragraph
    above), and the indented paragraph after it (once taken for the last
    item's run-on line)."""
    spec, gold, s, r = read_third(tmp_path, 4)
    assert spec["list"] and spec["indent"] and spec["columns"] == 1
    assert r["para_found"] == r["para"] and r["para_false"] == 0, r["para_missed_list"]
    items = [t for t in scoring.paragraphs(s) if t[:2] in ("1.", "2.", "3.", "4.")]
    assert len(items) >= 3, scoring.paragraphs(s)


def test_lettered_subheading_in_italics_at_a_page_top(tmp_path):
    """Document 15: outline numbering; 'A. Limits' in italics at the top of
    a page, no space above it to see (once the paragraph running on)."""
    spec, gold, s, r = read_third(tmp_path, 15)
    assert spec["numbering"] == "roman" and spec["h2style"] == "italic"
    assert r["headings_found"] == r["headings"] and r["headings_false"] == 0, r["headings_missed_list"]
    assert r["para_found"] == r["para"], r["para_missed_list"]


def test_short_columns_of_word_pieces_under_the_front_matter(tmp_path):
    """Document 33 (widened, one abstract): two columns a few lines deep
    under the front matter, their justified lines set in word pieces (each
    row's start, not each piece's, shows the column's edge: once read
    across, the notes' markers lost in cells of a 'table')."""
    spec, gold, s, r = read_wide(tmp_path, 33)
    assert spec["columns"] == 2 and not spec["abstract2"]
    assert r["para_found"] == r["para"] and r["para_false"] == 0, r["para_missed_list"]
    assert r["markers_found"] == r["markers"] and r["notes_found"] == r["notes"], r["notes_missed_list"]
    assert not [b for b in s.blocks if b.role == "table" and b.page == 1]
