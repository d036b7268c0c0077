"""A term whose occurrence crosses an italic boundary ("*selective* association",
"the *Minsk* Group") is marked and linked to its entry like any other, its italics
kept, in the reader and the Markdown export."""

from __future__ import annotations

import copy

from coursepack import model
from coursepack.glossary import mark_terms
from coursepack.markdown import inlines_md
from coursepack.render.env import make_env


def emph(text: str) -> model.Emph:
    return model.Emph([model.Text(text)])


def reading(*inlines) -> model.Reading:
    r = model.Reading("r", model.Metadata(), sections=[model.Section("s1", "One", [
        model.Block(f"s1-p{i}", list(inl)) for i, inl in enumerate(inlines, 1)])])
    r.glossary = [model.GlossaryTerm("sa", "selective association", "Exclusive ties.")]
    return r


def refs(nodes):
    out = []
    for n in nodes:
        if isinstance(n, model.TermRef):
            out.append(n)
        elif isinstance(n, model.Emph):
            out.extend(refs(n.children))
    return out


CASES = [
    [model.Text("We call this "), emph("selective"), model.Text(" association, after Kreckel.")],
    [model.Text("We call this selective "), emph("association"), model.Text(".")],
    [emph("We call this selective"), model.Text(" association.")],
    [model.Text("A case of "), emph("selective association"), model.Text(".")],     # all italic
]


def test_an_occurrence_across_an_italic_boundary_is_marked_with_its_italics():
    r = reading(*CASES)
    before = [model.plain_text(b.inlines) for _, b in r.blocks()]
    mark_terms(r)
    t = r.glossary[0]
    assert len(t.anchors) == len(CASES)                  # every occurrence, linked
    blocks = [b for _, b in r.blocks()]
    for b, text in zip(blocks, before):
        assert model.plain_text(b.inlines) == text       # no word lost or doubled
        (ref,) = refs(b.inlines)
        assert ref.text == "selective association"
    first = refs(blocks[0].inlines)[0]
    assert first.first and [c.type for c in first.children] == ["emph", "text"]
    assert model.plain_text(first.children[0].children) == "selective"


def test_marking_again_gives_the_same_nodes():
    r = reading(*CASES)
    mark_terms(r)
    once = copy.deepcopy([b.inlines for _, b in r.blocks()])
    mark_terms(r)
    assert [b.inlines for _, b in r.blocks()] == once


def test_the_reader_links_the_whole_term_and_keeps_its_italics(tmp_path):
    r = reading(CASES[0])
    mark_terms(r)
    env = make_env(tmp_path)
    macro = env.from_string('{% from "partials/inlines.html.j2" import inlines %}'
                            '{{ inlines(nodes, r) }}')
    html = macro.render(nodes=r.sections[0].blocks[0].inlines, r=r)
    assert '<a class="term" id="r--t-sa-1" href="#r--g-sa"><em>selective</em> association</a>' \
        in html, html
    assert inlines_md(r.sections[0].blocks[0].inlines) == \
        "We call this *selective* association, after Kreckel."
