"""The reading's front matter as printed (LOOKOUT items 7, 9, 10, 28, 31):
subtitle, abstract label, key words, block language; the German hyphenation
patterns and the line break WeasyPrint got wrong (31, 32); `check`'s
summaries (35, 37)."""

from __future__ import annotations

import pytest

from coursepack import model
from coursepack.edition import reading_fields
from coursepack.frontmatter import block_language, split_keywords, strip_label, take_keywords, tidy


def test_subtitle_joins_the_title_in_the_citation():
    meta = model.Metadata(title="Selfless Time", subtitle="From life space to death anticipation",
                          authors=["Bertrand Urien"])
    fields, persons = reading_fields(meta)
    assert fields["title"] == "Selfless Time: From life space to death anticipation"
    from coursepack.bibliography import format_citation
    cit = model.plain_text(format_citation(fields, persons))
    assert "Selfless Time: From life space to death anticipation" in cit
    # a title ending in a question mark takes the subtitle after a space
    assert model.Metadata(title="Who pays?", subtitle="Taxes").full_title == "Who pays? Taxes"
    # no subtitle, or one already in the title: the title alone
    assert model.Metadata(title="A: B", subtitle="B").full_title == "A: B"


@pytest.mark.parametrize("text,rest", [
    ("Abstract The aims of this study were", "The aims of this study were"),
    ("ABSTRACT. Time studies in psychology", "Time studies in psychology"),
    ("Zusammenfassung: Der Artikel untersucht", "Der Artikel untersucht"),
    ("Résumé — Cet article étudie", "Cet article étudie"),
    ("Streszczenie Artykuł analizuje", "Artykuł analizuje"),
    ("RESUMEN. El artículo", "El artículo"),
    ("Summary: We ask", "We ask"),
])
def test_a_leading_abstract_label_is_taken_off(text, rest):
    nodes = [model.Text(text)]
    assert strip_label(nodes)
    assert model.plain_text(nodes) == rest


@pytest.mark.parametrize("text", ["Summary statistics show little.", "Abstractions are hard.",
                                  "Abstract art was new."])
def test_a_sentence_that_begins_with_the_word_keeps_it(text):
    nodes = [model.Text(text)]
    assert not strip_label(nodes)
    assert model.plain_text(nodes) == text


def test_keywords_split_on_bullets_and_replacement_characters():
    assert split_keywords("Asperger syndrome \ufffd Pervasive developmental disorders \ufffd "
                          "Screening") == ["Asperger syndrome", "Pervasive developmental disorders",
                                           "Screening"]
    assert split_keywords("KEY WORDS • death anxiety • generativity") == ["death anxiety",
                                                                           "generativity"]


def test_keywords_are_taken_out_of_an_abstract():
    nodes = [model.Text("We study the future of the self. KEY WORDS • death anxiety • "
                        "personal future • psychological time")]
    assert take_keywords(nodes) == ["death anxiety", "personal future", "psychological time"]
    assert model.plain_text(nodes) == "We study the future of the self."
    # 'key words' in a sentence is not a label
    nodes = [model.Text("We list the key words of each interview, as they were said.")]
    assert take_keywords(nodes) == []


def test_tidy_a_reading():
    r = model.Reading("x", model.Metadata(title="T", languages=["en"],
                                          keywords=["migration \ufffd fatherhood \ufffd Ireland"]))
    r.abstracts = [model.Abstract("en", "ABSTRACT", [model.Text("Abstract This paper asks.")]),
                   model.Abstract("de", "Zusammenfassung",
                                  [model.Emph([model.Text("Zusammenfassung")]),
                                   model.Text(" Der Artikel fragt.")])]
    german = ("Der Artikel untersucht die Praxis der Vaterschaft in einer Familie und die "
              "Bedeutung der Migration für die soziale Mobilität der Männer in der Familie.")
    english = "The article examines the practice of fatherhood in a family over two generations."
    r.sections = [model.Section("s1", "", [model.Block("s1-p1", [model.Text(german)], lang="en"),
                                           model.Block("s1-p2", [model.Text(english)], lang="en")])]
    tidy(r)
    assert [a.title for a in r.abstracts] == ["", ""]
    assert model.plain_text(r.abstracts[0].inlines) == "This paper asks."
    assert model.plain_text(r.abstracts[1].inlines).strip() == "Der Artikel fragt."
    assert r.meta.keywords == ["migration", "fatherhood", "Ireland"]
    assert [b.lang for b in r.sections[0].blocks] == ["de", "en"]


def test_block_language_needs_clear_evidence():
    # an English sentence quoting a German title stays English
    assert block_language("In Die Zeit der Ernte (1990) the author of the book describes the "
                          "farm and the harvest of the year", "en") == "en"
    assert block_language("Die Studie zeigt, dass die Männer in der zweiten Generation mit "
                          "ihren Vätern und mit der Familie", "en") == "de"


def test_german_patterns_keep_deutsch_whole():
    from coursepack.weasyfixes import mend_patterns
    mend_patterns()
    import pyphen
    de = pyphen.Pyphen(lang="de")
    assert de.inserted("Deutschland") == "Deutsch-land"
    assert de.inserted("Ostdeutschland") == "Ost-deutsch-land"
    # the other words the patterns break stay as they were
    assert de.inserted("deutschen") == "deut-schen"
    assert de.inserted("Bundesrepublik") == "Bun-des-re-pu-blik"


def _lines(html: str, css: str) -> list[str]:
    """The text lines of the first page of ``html``, read from the layout."""
    from weasyprint import CSS, HTML

    from coursepack.pdf.compat import page_box
    doc = HTML(string=html).render(stylesheets=[CSS(string=css)])
    lines = []

    def walk(box):
        if type(box).__name__ == "LineBox":
            lines.append("".join(getattr(b, "text", "") for b in _leaves(box)).strip())
            return
        for c in getattr(box, "children", []) or []:
            walk(c)
    walk(page_box(doc.pages[0]))
    return lines


def _leaves(box):
    kids = getattr(box, "children", None)
    if not kids:
        yield box
        return
    for c in kids:
        yield from _leaves(c)


@pytest.mark.slow
def test_no_word_is_left_alone_on_a_line_before_an_element():
    """LOOKOUT 32: "…fatherhood in / the / context of …" — a text run that
    fits the line only without its trailing space (before an <a>) was split
    after its first word."""
    from pathlib import Path

    from coursepack.weasyfixes import mend
    mend()
    styles = Path(__file__).resolve().parents[2] / "coursepack" / "styles"
    css = (styles / "base.css").read_text() + (styles / "reader.css").read_text()
    html = ('<html lang="en"><body class="reader"><section class="reading" lang="en">'
            '<div class="article"><p>The study adopts a life course perspective (<a href="#a">'
            'Elder/Johnson/Crosnoe 2006</a>; <a href="#b">Elder/Giele 2009</a>) in order to '
            'understand the experience of fatherhood in the context of the society they live in '
            '(the history-biography connection, see <a href="#c">Mills 1959</a>). A life course '
            'approach examines change and continuity over time in individual behaviour across a '
            'whole range of life domains highlighting turning points.</p></div></section>'
            '</body></html>')
    lines = [ln for ln in _lines(html, css) if ln]
    end = next(i for i, ln in enumerate(lines) if "turning points." in ln)
    lines = lines[:end + 1]       # the paragraph's lines (the page's margin boxes follow)
    assert len(lines) >= 4
    # every line but the last is a full line of several words
    assert all(len(ln.split()) >= 5 for ln in lines[:-1]), lines
    assert "fatherhood in the context" in " ".join(lines).replace("\u00ad", "")


def test_check_summarises_unreviewed_entries_and_lists_them_with_explain(tmp_path, monkeypatch):
    from coursepack.check import check
    from tests.build.conftest import make_project
    root = make_project(tmp_path / "proj")
    monkeypatch.chdir(root)       # as `python3 build.py check` runs
    words = ["harbour", "board", "keepers", "lighthouses", "minutes", "storm"]  # all in the text
    (root / "content" / "readings" / "lighthouses" / "glossary.yaml").write_text(
        "terms:\n" + "".join(f"  - term: {w}\n    definition: d.\n    reviewed: false\n"
                             for w in words), encoding="utf-8")
    short, every = [], []
    assert check(root, say=short.append) == 0
    assert check(root, explain=True, say=every.append) == 0
    alike = [line for line in short if "not reviewed" in line]
    assert len(alike) == 1
    assert "6 glossary entries not reviewed" in alike[0] and "'harbour', 'board'" in alike[0]
    listed = [line for line in every if "is not reviewed" in line]
    assert len(listed) == 6 and not any("6 glossary entries" in line for line in every)


def test_figure_with_words_printed_nowhere_makes_the_accounting_incomplete():
    from coursepack.check import figure_text_lines
    r = model.Reading("x", model.Metadata(), sections=[model.Section("s1", "", [
        model.Block("s1-p1", [], "figure", figure=model.Figure(
            alt="Table 1: ASSQ (r = -0.421, P = 0.003).", page=6))])])
    lines = figure_text_lines(r)
    assert len(lines) == 1 and "printed nowhere" in lines[0] and "p. 6" in lines[0]


def test_running_text_cut_as_a_figure_is_named_and_table_cells_are_not():
    from coursepack.check import figure_text_lines
    bio = ("Berlin, 1999/2000 wissenschaftlicher Mitarbeiter am Lehrstuhl für Wirtschafts- und "
           "Sozialgeschichte der Europa-Universität Viadrina, Frankfurt (Oder), 2000 "
           "Gastwissenschaftler am ZZF, Arbeit am Projekt „Fremde und Fremd-Sein in der DDR“")
    cells = ("n M (SD) Range Total population group All Parents1 3,565 2.0 (3.5) 0–30 Teachers2 "
             "4,382 1.5 (3.9) 0–49 Males Parents3 1,744 2.3 (3.9) 0–30")
    r = model.Reading("x", model.Metadata(), sections=[model.Section("s1", "", [
        model.Block("s1-p1", [], "figure", figure=model.Figure(alt="Figure 1: " + bio, page=1,
                                                               region=[0, 0, 1, 1])),
        model.Block("s1-p2", [], "figure", figure=model.Figure(alt="Table 1: " + cells, page=7,
                                                               region=[0, 0, 1, 1]))])])
    lines = figure_text_lines(r)
    assert len(lines) == 1 and "Figure 1 (p. 1) holds running text" in lines[0]
