"""Page references in the seed's reader checked against the PDF's own text:
glossary pages, question and timeline evidence pages."""

import re

from coursepack import model
from coursepack.glossary import Matcher
from tests.pdfcheck import norm

SLUG = "russia-armenia-azerbaijan"


def block_texts(reading: dict) -> dict[str, str]:
    out = {}
    for s in reading["sections"]:
        for b in s["blocks"]:
            out[b["id"]] = norm(model.plain_text([model.inline_from_json(n) for n in b["inlines"]]))
    return out


def body_page_numbers(pdf) -> dict[int, int]:
    """PDF page index → printed arabic page number, for body pages."""
    return {i: int(lab) for i, lab in enumerate(pdf.labels) if lab.isdigit()}


def test_glossary_pages_are_exactly_where_the_terms_occur(seed_build):
    pdf, r = seed_build.reader, seed_build.reading
    numbers = body_page_numbers(pdf)
    article_end = pdf.dests[f"{SLUG}--bibliography"]
    texts = pdf.body_texts(pdf.dests[f"{SLUG}--start"], article_end)
    # the abstracts share the first page but are not the article body
    for a in r["abstracts"]:
        words = norm(model.plain_text([model.inline_from_json(n) for n in a["inlines"]])).split()
        first = pdf.dests[f"{SLUG}--start"]
        for i in (first, first + 1):
            for k in range(0, len(words), 8):     # in slices: a line break may fall anywhere
                texts[i] = texts[i].replace(" ".join(words[k:k + 8]), " ")
    terms = [model.GlossaryTerm(**{k: v for k, v in t.items() if k in (
        "id", "term", "definition", "aliases", "see_also", "reviewed", "pinned", "kind")})
        for t in r["glossary"]]
    reviewed = [t for t in terms if t.reviewed]
    matcher = Matcher(reviewed)
    found: dict[str, set[int]] = {t.id: set() for t in terms}
    start = pdf.dests[f"{SLUG}--start"]
    for i in range(start, article_end):
        for _s, _e, k in matcher.find(texts[i]):
            found[reviewed[k].id].add(numbers[i])
    listed = {t["id"]: set(t["pages"]) for t in r["glossary"] if t["reviewed"]}
    assert len(listed) >= 25
    wrong = {k: (sorted(v), sorted(found[k])) for k, v in listed.items() if v != found[k]}
    assert not wrong, wrong
    assert all(listed.values())


def _evidence_on_page(text: str, block: str, words: int = 6) -> bool:
    ws = block.split()
    return any(" ".join(ws[i:i + words]) in text for i in range(0, max(1, len(ws) - words + 1)))


def test_question_pages_hold_their_evidence(seed_build):
    pdf, r = seed_build.reader, seed_build.reading
    flat = [norm(t) for t in pdf.texts]
    index = {n: i for i, n in body_page_numbers(pdf).items()}
    blocks = block_texts(r)
    assert 5 <= len(r["questions"]) <= 14      # fewer, specific questions (JUDGE5-7: 8 since the stock concept questions went; one a task since questions9: 5)
    for q in r["questions"]:
        assert q["pages"], q["id"]
        for p in q["pages"]:
            assert any(_evidence_on_page(flat[index[p]], _evidence_text(r, blocks, b))
                       for b in q["evidence"]), (q["id"], p)
        # a sentence named as evidence ("s8-p4~1") is on the page where it starts
        for b in q["evidence"]:
            if "~" in b:
                words = _evidence_text(r, blocks, b).split()[:6]
                assert any(" ".join(words) in flat[index[p]] for p in q["pages"]), (q["id"], b)


def _evidence_text(reading: dict, blocks: dict[str, str], ref: str) -> str:
    """The text an evidence reference names: a paragraph, or one of its sentences."""
    from coursepack.textutil import split_sentences
    if "~" not in ref:
        return blocks[ref]
    bid, n = ref.split("~")
    b = next(b for s in reading["sections"] for b in s["blocks"] if b["id"] == bid)
    text = model.plain_text([model.inline_from_json(x) for x in b["inlines"]])
    return norm(split_sentences(text)[int(n) - 1])


def test_timeline_events_in_order_and_on_their_pages(seed_build):
    pdf, r = seed_build.reader, seed_build.reading
    flat = [norm(t) for t in pdf.texts]
    index = {n: i for i, n in body_page_numbers(pdf).items()}
    blocks = block_texts(r)
    events = r["timeline"]
    assert len(events) >= 8
    dates = [e["date"] for e in events]
    for a, b in zip(dates, dates[1:]):      # chronological at the precision both give
        k = min(len(a), len(b))
        assert a[:k] <= b[:k], (a, b)
    for e in events:
        assert e["pages"], e
        for p in e["pages"]:
            # (an event's evidence names the sentence that reports it: its pages are the
            # ones it runs over, the first of which may hold only its first words and the
            # last only its last words)
            assert any(_evidence_on_page(flat[index[p]], t) or " ".join(t.split()[:3]) in flat[index[p]]
                       or " ".join(t.split()[-3:]).rstrip(".") in flat[index[p]]
                       for t in (_evidence_text(r, blocks, b) for b in e["evidence"])), e
    # the handout prints the timeline with those pages
    handout = " ".join(seed_build.handout.flat)
    shown = [e for e in events if norm(e["text"])[:25] in handout]
    assert len(shown) >= 8
    for e in shown:
        assert re.search(r"p\. ?" + str(e["pages"][0]), handout)


def _body_lines(page, top: float) -> list[str]:
    """The page's text lines below ``top`` (points from the top), in order: words
    grouped by baseline (a raised note call joins its line)."""
    lines: list[list] = []
    for w in sorted((w for w in page.words if w.y0 >= top), key=lambda w: (w.y1, w.x0)):
        if lines and w.y1 - lines[-1][0] <= 6:
            lines[-1][1].append(w)
        else:
            lines.append([w.y1, [w]])
    return [" ".join(x.text for x in sorted(ws, key=lambda x: x.x0)) for _, ws in lines]


def test_emendations_are_placed_by_page_and_line(seed_build):
    """Each emendation of the editorial note is printed with the page and line
    of this edition where its reading stands (issue 3): the line, counted from
    the top of the text block, begins the reading; a note's line is counted
    within the note."""
    from tests.print.pdftools import MM, words
    pdf, r = seed_build.reader, seed_build.reading
    pages = words((seed_build.out / "reader.pdf").read_bytes())
    note = " ".join(pdf.flat[pdf.dests[f"{SLUG}--editorial"]:])
    changes = [c for c in r["changes"] if not c["silent"] and c["where"]["block"]
               and c["after"].strip() and c["kind"] != "bibliography"
               and not c["where"]["block"].startswith("fragment")]
    assert len(changes) >= 5
    index = {lab: i for i, lab in enumerate(pdf.labels)}
    checked = 0
    for c in changes:
        after = norm(c["after"])
        m = re.search(r"(\d+)(?: n\. (\d+))?\.(\d+) " + re.escape(after) + r"\]", note)
        assert m, (after, "no place printed")
        page, in_note, line = m.group(1), m.group(2), int(m.group(3))
        lines = _body_lines(pages[index[page]], 24 * MM - 2)
        word = after.split()[0]

        def begins(text: str) -> bool:
            """The reading starts in this line (its first word may be
            hyphenated at the line's end)."""
            last = text.split()[-1]
            return word[:4] in text or (last[-1] in "-\u2010\u00ad"
                                        and word.startswith(last[:-1]))
        if in_note:
            # the note's own lines: the one that starts with its number, then on
            start = next(i for i, t in enumerate(lines) if t.split()[0] == in_note)
            assert begins(lines[start + line - 1]), (after, lines[start + line - 1])
        else:
            assert begins(lines[line - 1]), (after, page, line, lines[line - 1])
        checked += 1
    assert checked == len(changes)


def test_question_pages_print_as_ranges_in_reader_and_handout(seed_build):
    """A question citing consecutive pages prints them as a range ("pp. 4–9"), in the
    reader as in the handout, not as a list of every page."""
    from coursepack.render.env import pagelist
    r = seed_build.reading
    runs = [q for q in r["questions"]
            if any(b == a + 1 for a, b in zip(sorted(q["pages"]), sorted(q["pages"])[1:]))]
    assert runs, "the seed has a question citing consecutive pages"
    start = seed_build.reader.dests[f"{SLUG}--questions"]
    page = norm(seed_build.reader.texts[start] + " " + seed_build.reader.texts[start + 1])
    for q in runs:
        printed = pagelist(q["pages"])
        assert "–" in printed
        assert printed in page, (q["id"], printed)
        listed = ", ".join(str(p) for p in sorted(q["pages"]))
        assert listed not in page, (q["id"], listed)
