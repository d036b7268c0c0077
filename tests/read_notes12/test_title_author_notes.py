"""Notes on the title and the authors (``\\thanks`` in LaTeX: ∗ on the title,
† and ‡ on two authors) set together at the foot of the first page come
out as separate notes, each with the original's symbol: the ∗ note is the
title's note, † and ‡ are notes on the authors (JUDGE13: makeindex's
ind.pdf printed its three notes as one paragraph at the article's end)."""

from __future__ import annotations

import pytest

from coursepack.model import plain_text
from coursepack.read.pdf import read_pdf
from coursepack.repair import repair_structure

BODY = ("The harbour council met every week to settle disputes between the merchants "
        "and the customs office, and its minutes survive for most of the century. ") * 6

#: the page, the title, the author lines and page-foot notes of both test articles
CSS = """@page { size: A4; margin: 2.5cm; @bottom-center { content: counter(page); font-size: 9pt } }
    body { font-family: serif; font-size: 11pt; line-height: 1.35 }
    h1 { font-size: 18pt; text-align: center; font-weight: normal }
    p.au { text-align: center; font-size: 12pt; margin: 0.2em }
    .fn { float: footnote; font-size: 8.5pt }"""


def _typeset(tmp_path, title_key: str, author_keys: tuple[str, str]):
    """A small article typeset by WeasyPrint: its notes on the title and the
    two authors set as footnotes keyed by symbols, at the first page's foot."""
    weasyprint = pytest.importorskip("weasyprint")

    def note(key, text):
        return f'<span class="fn" data-k="{key}">{text}</span>' if key else ""
    html = f"""<html><head><style>
    {CSS}
    .fn::footnote-call, .fn::footnote-marker {{ content: attr(data-k); vertical-align: super; font-size: 70% }}
    </style></head><body>
    <h1>Harbour Councils and Their Records{note(title_key, "Sponsored in part by the Harbour Foundation.")}</h1>
    <p class="au">Ann Lee{note(author_keys[0], "Ann Lee is professor of history at Xity University.")}</p>
    <p class="au">Bob Roe{note(author_keys[1], "Bob Roe is a research fellow of the Maritime Archive.")}</p>
    <h2>1 Introduction</h2><p>{BODY}</p><p>{BODY}</p><p>{BODY}</p></body></html>"""
    pdf = tmp_path / "a.pdf"
    weasyprint.HTML(string=html).write_pdf(str(pdf))
    return repair_structure(read_pdf(str(pdf)))


def _author_notes(r):
    return [b for b in r.blocks() if b.kind == "authornote"]


@pytest.mark.parametrize("keys", [("∗", "†", "‡"), ("§", "¶", "‖")])
def test_thanks_on_title_and_two_authors_are_three_notes_with_their_symbols(tmp_path, keys):
    r = _typeset(tmp_path, keys[0], keys[1:])
    t, a, b = (k.replace("∗", "*") for k in keys)
    notes = _author_notes(r)
    by_marker = {b.marker: plain_text(b.inlines) for b in notes}
    assert len(notes) == 3, by_marker
    title = [m for m in by_marker if m.startswith("title")]
    assert title == [f"title {t}"], by_marker
    assert "Harbour Foundation" in by_marker[f"title {t}"]
    assert "Ann Lee" not in by_marker[f"title {t}"]
    # each note on an author keeps its symbol and the name that calls it
    assert "Ann Lee is professor" in by_marker[f"author {a}|Ann Lee"]
    assert "Bob Roe" not in by_marker[f"author {a}|Ann Lee"]
    assert "Bob Roe is a research fellow" in by_marker[f"author {b}|Bob Roe"]
    assert "Ann Lee" not in by_marker[f"author {b}|Bob Roe"]
    # the symbols are the notes' keys, not their text
    assert not any(plain_text(b.inlines).lstrip().startswith(("∗", "*", "†", "‡", "§", "¶", "‖")) for b in notes)


def test_without_a_title_note_the_author_notes_stay_separate(tmp_path):
    r = _typeset(tmp_path, "", ("∗", "†"))
    notes = _author_notes(r)
    markers = sorted(b.marker for b in notes)
    assert markers == ["author *|Ann Lee", "author †|Bob Roe"], [(b.marker, plain_text(b.inlines)) for b in notes]


def test_a_numbered_title_note_keeps_the_originals_number(tmp_path):
    """The original's note 1 stands on the title (a first-publication note)
    and the body's notes go on from 2: the edition prints the title's note
    as "1", so that the numbers read as in the original."""
    weasyprint = pytest.importorskip("weasyprint")
    html = f"""<html><head><style>
    {CSS}
    </style></head><body>
    <h1>Harbour Councils and Their Records<span class="fn">First published in: Harbour Studies 4 (2009), 9–14.</span></h1>
    <p class="au">Ann Lee</p>
    <h2>1 Introduction</h2><p>{BODY}<span class="fn">The minutes are kept in the city archive.</span></p>
    <p>{BODY}<span class="fn">See the council's own register of 1802.</span></p><p>{BODY}</p></body></html>"""
    pdf = tmp_path / "a.pdf"
    weasyprint.HTML(string=html).write_pdf(str(pdf))
    r = repair_structure(read_pdf(str(pdf)))
    title = [b for b in _author_notes(r) if b.marker.startswith("title")]
    assert [b.marker for b in title] == ["title 1"], [(b.marker, plain_text(b.inlines)) for b in _author_notes(r)]
    assert "First published" in plain_text(title[0].inlines)
    assert not plain_text(title[0].inlines).lstrip().startswith("1")
