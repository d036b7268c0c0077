"""The Markdown reader: clean articles of the instructor's own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coursepack import model
from coursepack.read.markdown import count_words, link_citations, read_markdown

ARTICLE = """\
# A short lecture on *treaties*

## Abstract

What a treaty is, and how to read one.

## Parties and texts

A treaty binds its *parties*.[^a] It is read with its
preparatory work.[^b] See <https://example.org/treaties>.

> Pacta sunt servanda.

### Interpretation

Words are read in their context.[^a] A note may be \\*escaped\\* text.

[^b]: Second note, written first
    and continued on an indented line.
[^a]: First note, with [a link](https://example.org/a).
"""


def test_structure_and_inlines():
    a = read_markdown(ARTICLE, "article.md")
    assert a.problems == []
    assert a.title == "A short lecture on treaties"   # markup is not printed raw
    assert model.plain_text(a.abstracts[0].inlines) == "What a treaty is, and how to read one."
    assert [(s.id, s.title, s.level) for s in a.sections] == [
        ("s1", "Parties and texts", 1), ("s2", "Interpretation", 2)]
    p1, quote = a.sections[0].blocks
    assert quote.kind == "quote" and model.plain_text(quote.inlines) == "Pacta sunt servanda."
    assert [type(n).__name__ for n in p1.inlines] == [
        "Text", "Emph", "Text", "NoteRef", "Text", "NoteRef", "Text", "Link", "Text"]
    assert model.plain_text(p1.inlines).startswith("A treaty binds its parties. It is read with its "
                                                   "preparatory work.")
    assert model.plain_text(a.sections[1].blocks[0].inlines).endswith("may be *escaped* text.")


def test_notes_are_numbered_by_first_call_and_reused():
    a = read_markdown(ARTICLE)
    assert [n.number for n in a.footnotes] == [1, 2]
    assert model.plain_text(a.footnotes[0].inlines) == "First note, with a link."
    assert model.plain_text(a.footnotes[1].inlines) == ("Second note, written first and "
                                                        "continued on an indented line.")
    refs = [n.number for _s in a.sections for b in _s.blocks for n in b.inlines
            if isinstance(n, model.NoteRef)]
    assert refs == [1, 2, 1]


def test_accounting_counts_every_word():
    a = read_markdown(ARTICLE)
    acc = a.accounting
    assert acc.complete
    assert acc.source_words == acc.body + acc.notes + acc.metadata
    assert acc.notes == count_words("First note, with a link.") + count_words(
        "Second note, written first and continued on an indented line.")


@pytest.mark.parametrize("text, line, col, words", [
    ("# T\n\nA call[^x].\n", 3, 7, "has no text"),
    ("# T\n\nText.\n\n[^y]: Never called.\n", 5, 1, "never called"),
    ("# T\n\nA[^1].\n\n[^1]: One.\n[^1]: Two.\n", 6, 1, "defined twice"),
    ("No title here.\n", 1, 1, "needs a title"),
])
def test_problems_name_line_and_column(text, line, col, words):
    a = read_markdown(text, "x.md")
    assert len(a.problems) == 1
    p = a.problems[0]
    assert (p.path, p.line, p.column) == ("x.md", line, col) and words in p.message


def test_uncalled_note_makes_accounting_incomplete():
    a = read_markdown("# T\n\nText.\n\n[^y]: Never called.\n")
    assert not a.accounting.complete


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABC", min_size=1, max_size=8)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(_WORD, min_size=1, max_size=12), min_size=1, max_size=6),
       st.lists(st.booleans(), min_size=6, max_size=6))
def test_plain_paragraphs_round_trip(paras, emph):
    """Paragraphs of plain words come out word for word; the accounting
    is complete."""
    texts = []
    for k, words in enumerate(paras):
        if emph[k] and len(words) > 1:
            words = [f"*{words[0]}*"] + words[1:]
        texts.append(" ".join(words))
    src = "# Title\n\n" + "\n\n".join(texts) + "\n"
    a = read_markdown(src)
    got = [model.plain_text(b.inlines) for _s, b in ((s, b) for s in a.sections for b in s.blocks)]
    assert got == [t.replace("*", "") for t in texts]
    assert a.accounting.complete


def _entry(key, author, title):
    return model.BibEntry(key, "book", {"title": title}, {"author": [author]})


def test_citations_link_by_surname_and_title_and_ibid():
    entries = [_entry("k1", "Kowalski, Jan", "Rivers of the North: A History"),
               _entry("k2", "Smith, Ann", "Ports")]
    notes = [model.Footnote(1, [model.Text("See Kowalski, "), model.Emph([model.Text("Rivers of the "
                                                                                      "North")]),
                                model.Text(", 12; and Smith, Ports, 3.")]),
             model.Footnote(2, [model.Text("Ibid., 4.")]),
             model.Footnote(3, [model.Text("Nothing cited; Kowalski alone is not enough.")])]
    link_citations(notes, entries)
    assert notes[0].cites == ["k1", "k2"]
    assert notes[1].cites == ["k2"]
    assert notes[2].cites == []
    assert entries[0].cited_by == [1] and entries[1].cited_by == [1, 2]
    cites = [n for n in notes[0].inlines if isinstance(n, model.Cite)]
    assert [model.plain_text(c.children) for c in cites] == ["Kowalski, Rivers of the North",
                                                             "Smith, Ports"]
    assert model.plain_text(notes[0].inlines) == ("See Kowalski, Rivers of the North, 12; "
                                                  "and Smith, Ports, 3.")


BIB = """@book{doe2001,
  author = {Doe, Jane},
  title = {Rivers and Ports: A History},
  publisher = {Example Press},
  year = {2001}
}
@article{roe2010,
  author = {Roe, Rick},
  title = {Harbours},
  journal = {Journal of Examples},
  year = {2010}
}
"""


def _md_project(tmp_path, article: str, bib: str | None = BIB):
    from tests.packs.project import make_project
    root = make_project(tmp_path / "p", seed=False, pack="title: T\nreadings:\n  - slug: own\n")
    folder = root / "content" / "readings" / "own"
    (folder / "source").mkdir(parents=True)
    (folder / "source" / "article.md").write_text(article, encoding="utf-8")
    (folder / "reading.yaml").write_text("title: Own\nsources:\n  markdown: source/article.md\n",
                                         encoding="utf-8")
    if bib is not None:
        (folder / "references.bib").write_text(bib, encoding="utf-8")
    return root


def test_keyed_citations_print_short_forms_and_link(tmp_path):
    from coursepack.edition import gather
    root = _md_project(tmp_path, "# Own\n\nText.[^1] More.[^2] And.[^3]\n\n"
                                 "[^1]: See [@doe2001, 12–14] and [@roe2010].\n"
                                 "[^2]: Ibid., 3.\n[^3]: Doe, *Rivers and Ports*, 9.\n")
    _cfg, pack, _eds = gather(root)
    r = pack.readings[0]
    assert model.plain_text(r.note(1).inlines) == "See Doe, Rivers and Ports, 12–14 and Roe, “Harbours”."
    cites = [n for n in r.note(1).inlines if isinstance(n, model.Cite)]
    assert [c.key for c in cites] == ["doe2001", "roe2010"]
    assert r.note(1).cites == ["doe2001", "roe2010"]
    assert r.note(2).cites == ["roe2010"]           # Ibid. = the previous note's last work
    assert r.note(3).cites == ["doe2001"]           # cited in words
    by = {e.key: e.cited_by for e in r.bibliography}
    assert by == {"doe2001": [1, 3], "roe2010": [1, 2]}
    assert r.accounting.complete


def test_unknown_citation_key_is_an_error_with_its_line(tmp_path):
    from coursepack.edition import gather
    from coursepack.errors import ContentError
    root = _md_project(tmp_path, "# Own\n\nText.[^1]\n\n[^1]: See [@nobody1999].\n")
    with pytest.raises(ContentError) as e:
        gather(root)
    (p,) = e.value.problems
    assert p.path == "content/readings/own/source/article.md" and p.line == 5
    assert "[@nobody1999]" in p.message and "references.bib" in p.message
