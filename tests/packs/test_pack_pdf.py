"""A pack of four readings builds into one reader with continuous page
numbers, a pack-level contents whose page numbers are right, and each
reading's parts; one handout per reading."""

from __future__ import annotations

import re

from coursepack import model
from tests.packs.conftest import SLUGS
from tests.packs.project import SEED
from tests.pdfcheck import norm


def _arabic_start(labels: list[str]) -> int:
    return next(i for i, lab in enumerate(labels) if lab.isdigit())


def test_page_labels_roman_front_then_continuous_arabic(pack_build):
    labels = pack_build.reader.labels
    k = _arabic_start(labels)
    assert k >= 2
    assert all(re.fullmatch(r"[ivxlc]+", lab) for lab in labels[:k])
    assert labels[k:] == [str(n) for n in range(1, len(labels) - k + 1)]


def test_first_reading_starts_on_page_one_and_readings_follow_in_order(pack_build):
    pdf = pack_build.reader
    starts = [pdf.dests[f"{s}--start"] for s in SLUGS]
    assert pdf.labels[starts[0]] == "1"
    assert starts == sorted(starts) and len(set(starts)) == len(starts)


def test_printed_folios_match_the_labels(pack_build):
    """Every page with text in the body prints its own number (in the head
    or the foot), so numbering runs on through the pack, not per reading."""
    pdf = pack_build.reader
    k = _arabic_start(pdf.labels)
    checked = 0
    for i in range(k, len(pdf)):
        lines = [ln.strip() for ln in pdf.texts[i].splitlines() if ln.strip()]
        if not lines:
            continue            # a blank verso
        edge = " ".join(lines[:2] + lines[-2:])
        assert re.search(rf"(?<!\d){pdf.labels[i]}(?!\d)", edge), (i, pdf.labels[i], edge)
        checked += 1
    assert checked >= 20


def _toc_entries(r: dict) -> list[tuple[str, str]]:
    """(text, anchor) of the contents entries of one reading, in order."""
    out = [(r["meta"]["title"], "start")]
    # a pack of several readings lists their sections down to level 2
    out += [(s["title"], s["id"]) for s in r["sections"] if s["title"] and s.get("level", 1) <= 2]
    if r["bibliography"]:
        out.append(("Bibliography", "bibliography"))
    if r["glossary"]:
        out.append(("Glossary", "glossary"))
    if r["questions"]:
        out.append(("Discussion questions", "questions"))
    out.append(("Editorial note", "editorial"))
    return out


def test_pack_contents_lists_every_reading_and_part_with_the_right_page(pack_build):
    pdf = pack_build.reader
    contents = next(i for i, t in enumerate(pdf.flat) if t.startswith("Contents"))
    text = pdf.flat[contents] + " " + pdf.flat[contents + 1]
    pos = 0
    n = 0
    for slug in SLUGS:
        for title, anchor in _toc_entries(pack_build.editions[slug]):
            words = [re.escape(w) for w in norm(title).split()]
            m = re.compile(r"\s*".join(words) + r"[\s.]*?(\d+)(?!\d)").search(text, pos)
            assert m, (slug, title)
            expected = pdf.labels[pdf.dests[f"{slug}--{anchor}"]]
            assert m.group(1) == expected, (slug, title, m.group(1), expected)
            pos = m.end()
            n += 1
    assert n >= 25


def test_each_reading_has_its_own_parts(pack_build):
    pdf = pack_build.reader
    for slug in SLUGS:
        r = pack_build.editions[slug]
        start = pdf.dests[f"{slug}--start"]
        assert norm(r["meta"]["title"])[:40].replace(" ", "") in pdf.flat_nospace[start]
        for part in ("editorial",) + (("bibliography",) if r["bibliography"] else ()) + \
                (("questions",) if r["questions"] else ()) + (("glossary",) if r["glossary"] else ()):
            assert pdf.dests[f"{slug}--{part}"] > start, (slug, part)
        if r["abstracts"]:
            assert "Abstract" in pdf.texts[start] or "ABSTRACT" in pdf.texts[start]
    # the parts of reading k lie between its start and the next reading's start
    starts = [pdf.dests[f"{s}--start"] for s in SLUGS] + [len(pdf)]
    for k, slug in enumerate(SLUGS):
        own = [v for name, v in pdf.dests.items() if name.startswith(f"{slug}--")]
        assert min(own) >= starts[k] and max(own) < starts[k + 1], slug


def test_notes_of_every_reading_sit_on_the_page_of_their_call(pack_build):
    pdf = pack_build.reader
    for slug in SLUGS:
        for n in pack_build.editions[slug]["footnotes"]:
            num = n["number"]
            assert pdf.dests[f"{slug}--ref-{num}"] == pdf.dests[f"{slug}--note-{num}"], (slug, num)


def test_running_heads_name_only_their_own_reading(pack_build):
    pdf = pack_build.reader
    titles = {s: norm(pack_build.editions[s]["meta"]["title"])[:30] for s in SLUGS}
    starts = [pdf.dests[f"{s}--start"] for s in SLUGS] + [len(pdf)]
    for k, slug in enumerate(SLUGS):
        for i in range(starts[k] + 1, starts[k + 1]):
            head = norm(" ".join(pdf.texts[i].splitlines()[:2]))
            for other, t in titles.items():
                if other != slug:
                    assert t not in head, (slug, i, other)


def test_markdown_reading_editorial_note_and_bibliography(pack_build):
    pdf = pack_build.reader
    slug = "reading-in-practice"
    ed = pdf.flat[pdf.dests[f"{slug}--editorial"]]
    assert "clean Markdown" in ed and "no repairs were needed" in ed
    r = pack_build.editions[slug]
    assert r["source_kind"] == "markdown"
    assert r["accounting"]["complete"] and r["changes"] == []
    by_key = {e["key"]: e for e in r["bibliography"]}
    assert by_key["jervis1976"]["cited_by"] == [2]
    assert by_key["waltz1979"]["cited_by"] == [3]
    assert by_key["allison1971"]["cited_by"] == [1]
    # a note citing by key prints the short form, on the page of its call
    note2 = pdf.flat[pdf.dests[f"{slug}--note-2"]]
    assert "Jervis, Perception and Misperception in International Politics, 13–31." in note2
    bib = pdf.flat[pdf.dests[f"{slug}--bibliography"]]
    assert "Jervis, Robert. Perception and Misperception in International Politics" in bib
    # emphasis and the quotation survive
    body = pdf.flat[pdf.dests[f"{slug}--start"]]
    assert "A good question names the passage it is about." in body


def test_seed_reading_in_the_pack_keeps_its_apparatus(pack_build):
    pdf = pack_build.reader
    first = pdf.dests[f"{SEED}--editorial"]
    ed = " ".join(pdf.flat[first:pdf.dests["study-circles--start"]])
    assert "Silent repairs" in ed and "Lost notes" in ed
    assert len(pack_build.editions[SEED]["glossary"]) >= 10


def test_one_handout_per_reading(pack_build):
    pdf = pack_build.reader
    for slug in SLUGS:
        h = pack_build.handout(slug)
        title = norm(pack_build.editions[slug]["meta"]["title"])[:30].replace(" ", "")
        assert title in h.flat_nospace[0], slug
        assert len(h) <= 2
        # the handout points at the reading's own pages of the pack's reader
        first = pdf.labels[pdf.dests[f"{slug}--start"]]
        last = pdf.labels[max(v for k, v in pdf.dests.items()
                              if re.fullmatch(rf"{re.escape(slug)}--s\d+-p\d+", k))]
        m = re.search(r"\(pp?\. (\d+)(?:–(\d+))?\)", h.flat[0])
        assert m and (m.group(1), m.group(2) or m.group(1)) == (first, last), (slug, first, last)
    assert not (pack_build.out / "handout.pdf").exists()


def test_ingested_reading_is_repaired_and_has_landing_metadata(pack_build):
    r = pack_build.editions["study-circles"]
    m = r["meta"]
    assert (m["volume"], m["issue"], m["year"]) == ("3", "2", "2024")
    assert (m["submitted"], m["published"]) == ("2024-03-04", "2024-06-28")
    assert m["authors"] == [] and m["journal"] == "" and m["doi"] == ""
    text = " ".join(model.plain_text([model.inline_from_json(n) for n in b["inlines"]])
                    for s in r["sections"] for b in s["blocks"])
    assert "difficult texts become shared objects" in text
    assert "diffi cult" not in text and "universi-" not in text
    assert r["accounting"]["complete"]
    assert len(r["questions"]) >= 1
