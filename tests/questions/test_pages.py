"""A question's page is the page of the sentence it quotes: the reader marks that
sentence (questions.marked_inlines) and the page map reads the mark's page."""

from __future__ import annotations

from coursepack import model, questions as Q
from coursepack.render.pages import reading_pages

from .articles import river


class Layout:
    """Printed pages of anchors, as the reader's layout reports them."""

    def __init__(self, pages: dict[str, int]):
        self.pages = pages

    def number(self, anchor: str):
        return self.pages.get(anchor)


def _river_with(evidence: list[str]) -> model.Reading:
    r = river()
    r.questions = [model.Question("q1", "Why did the talks fail?", evidence=evidence)]
    return r


def test_a_sentence_gets_its_own_page_and_a_paragraph_both_of_its_pages():
    layout = Layout({"p2": 4, "end-p2": 5, "p2~3": 5})
    assert reading_pages(_river_with(["p2~3"]), layout)["river:q:q1"] == [5]
    assert reading_pages(_river_with(["p2"]), layout)["river:q:q1"] == [4, 5]
    # a sentence not marked (the article changed since): its paragraph's pages
    assert reading_pages(_river_with(["p2~9"]), layout)["river:q:q1"] == [4, 5]


def test_the_generated_evidence_names_the_quoted_sentence_and_the_reader_marks_it():
    r = river()
    qs = Q.generate(r)
    forecast = next(q for q in qs if Q.rule_of(q) == "forecast")
    (ref,) = forecast.evidence
    block = next(b for _, b in r.blocks() if b.id == Q.block_of(ref))
    r.questions = [forecast]
    assert Q.sentence_refs(r) == {ref}
    marked = Q.marked_inlines(block, Q.sentence_refs(r))
    at = next(i for i, n in enumerate(marked) if n.type == "mark")
    assert marked[at].anchor == ref
    # what follows the mark is the quoted sentence
    after = model.plain_text([n for n in marked[at + 1:] if n.type != "mark"])
    assert after.startswith("It seems likely that the question of the chair")
    assert model.plain_text(marked) == model.plain_text(block.inlines)    # the text unchanged


def test_a_sentence_printed_over_a_page_break_cites_both_pages():
    # JUDGE12: "the sentence runs from p. 224 onto p. 225", only p. 224 cited
    layout = Layout({"p2": 4, "end-p2": 6, "p2~3": 5, f"p2~3{Q.SENTENCE_END}": 6,
                     "p2~1": 4, f"p2~1{Q.SENTENCE_END}": 4})
    assert reading_pages(_river_with(["p2~3"]), layout)["river:q:q1"] == [5, 6]
    assert reading_pages(_river_with(["p2~1"]), layout)["river:q:q1"] == [4]


def test_the_reader_marks_where_each_cited_sentence_ends():
    b = model.Block("p1", [model.Text("One goes on. Two stops here. Three.")])
    marked = Q.marked_inlines(b, ["p1~2", "p1~3"])
    names = [n.anchor if n.type == "mark" else model.plain_text([n]) for n in marked]
    end2, end3 = f"p1~2{Q.SENTENCE_END}", f"p1~3{Q.SENTENCE_END}"
    # the second sentence's end mark stands before the third sentence, the last one's
    # after the paragraph's last character
    assert names.index("p1~2") < names.index(end2) <= names.index("p1~3") < names.index(end3)
    assert names[-1] == end3 and "".join(n for n in names if not n.startswith("p1~")) == \
        "One goes on. Two stops here. Three."
