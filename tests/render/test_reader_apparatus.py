"""The reader's apparatus around a reading, in its HTML (no layout): the
language of a German reading's citation line, figure captions and contents
entries; the list of figures printed only when it helps."""

from __future__ import annotations

from pathlib import Path

from coursepack import model
from coursepack.render.env import Renderer
from coursepack.render.reader import PageIndex, Segment, reader_context
from tests.modelfactory import make_pack, make_reading

ROOT = Path(__file__).resolve().parents[2]


def figure_block(i: int, caption: str = "", page: int = 5, folio: str = "",
                 rows: bool = True) -> model.Block:
    fig = model.Figure(label=f"Abbildung {i}", number=i, page=page, folio=folio,
                       rows=[[[model.Text("x")]]] if rows else [],
                       caption=[model.Text(caption)] if caption else [])
    return model.Block(f"fig{i}", [], kind="figure", lang="de", figure=fig)


def html(r: model.Reading, kind: str = "article") -> str:
    cfg, pack = make_pack(ROOT, [r, make_reading(slug="other", seed=2)])
    index = PageIndex()
    ctx = reader_context(cfg, pack, "office", False, index)
    ctx.update(fn_breaks=set(), right_hand_starts=True, right_hand_back_matter=False,
               segment=Segment(kind, r if kind != "front" else None))
    return Renderer(ROOT).html("reader.html.j2", **ctx)


def german(figures: list[model.Block]) -> model.Reading:
    r = make_reading(sections=2, paras=2, seed=4, title="Soziale Gerechtigkeit")
    r.meta.languages = ["de"]
    r.citation = [model.Text("Nullmeier, Frank. “Soziale Gerechtigkeit - ein politischer "
                             "„Kampfbegriff”?” "), model.Emph([model.Text("APuZ")]),
                  model.Text(" 47 (2009).")]
    r.sections[0].blocks[1:1] = figures
    return r


def test_a_german_citation_line_has_german_quotes_and_a_dash():
    page = html(german([]))
    assert "„Soziale Gerechtigkeit – ein politischer ‚Kampfbegriff‘?“" in page
    assert "“Soziale" not in page


def test_an_english_citation_line_is_left_as_it_is():
    r = make_reading(sections=1, paras=1)
    r.citation = [model.Text("Nowak, Jan. “Rivers - and lakes.” Geo 3 (2001).")]
    assert "“Rivers - and lakes.”" in html(r)


def test_figure_captions_say_the_original_page_in_the_reading_language():
    # the page number the original prints there (page 5 of the PDF is its p. 48)
    page = html(german([figure_block(1, "Ablauf", folio="48")]))
    assert "(S. 48 des Originals)" in page and "of the original" not in page
    assert "S. 5 " not in page
    # no printed page number known: the page of the PDF, said as such
    page = html(german([figure_block(1, "Ablauf")]))
    assert "(S. 5 der PDF-Datei)" in page and "des Originals" not in page


def test_a_figure_that_could_not_be_cut_says_where_the_original_shows_it():
    b = figure_block(2, "Ablauf", page=7, folio="50", rows=False)
    b.inlines = [model.Text("[Figure 2: see p. 7 of the original] Ablauf")]
    page = html(german([b]))
    assert "[Abbildung 2: siehe S. 50 des Originals] Ablauf" in page
    assert "of the original" not in page


def test_no_list_of_figures_for_one_uncaptioned_figure():
    assert "Abbildungen und Tabellen" not in html(german([figure_block(1)]))
    assert "Abbildungen und Tabellen" in html(german([figure_block(1, "Ablauf")]))
    assert "Abbildungen und Tabellen" in html(german([figure_block(1), figure_block(2)]))


def test_contents_entries_carry_their_reading_language():
    page = html(german([]), kind="front")
    assert '<li class="toc-reading" lang="de">' in page
    assert '<li class="toc-reading" lang="en">' in page


def test_pack_contents_indent_subsections_and_leave_out_deeper_levels():
    r = make_reading(sections=3, paras=1, seed=5)
    for sec, level in zip(r.sections, (1, 2, 3)):
        sec.level = level
    page = html(r, kind="front")
    toc = page[page.index('<ol class="toc">'):]
    assert f'<li class="toc-l2"><a class="toc-entry" href="#{r.slug}--{r.sections[1].id}"' in toc
    assert f'href="#{r.slug}--{r.sections[0].id}"' in toc
    # a pack of several readings lists sections down to level 2 only
    assert f'href="#{r.slug}--{r.sections[2].id}"' not in toc


def _with_empty_section(r: model.Reading) -> model.Reading:
    """``r`` with a title-only section (a part heading) before its second."""
    r.sections.insert(1, model.Section("part", "Part heading", []))
    return r


def test_a_paragraph_moved_for_its_note_takes_the_title_only_heading_above_along():
    import re
    r = _with_empty_section(make_reading(sections=2, paras=2, seed=4))
    second = r.sections[2]
    page_ = html(r)
    assert 'class="section fn-break"' not in page_ and 'class="fn-break"' not in page_
    cfg, pack = make_pack(ROOT, [r, make_reading(slug="other", seed=2)])
    ctx = reader_context(cfg, pack, "office", False, PageIndex())
    ctx.update(fn_breaks={f"{r.slug}--{second.blocks[0].id}"}, right_hand_starts=True,
               right_hand_back_matter=False, segment=Segment("article", r))
    page_ = Renderer(ROOT).html("reader.html.j2", **ctx)
    broken = re.findall(r'<(h2|p)[^>]*class="[^"]*fn-break[^"]*"[^>]*id="([^"]+)"|'
                        r'<(h2|p)[^>]*id="([^"]+)"[^>]*class="[^"]*fn-break', page_)
    ids = {m[1] or m[3] for m in broken}
    # the page break goes before the part heading, not between it and the section under it
    assert ids == {f"{r.slug}--part"}, ids
