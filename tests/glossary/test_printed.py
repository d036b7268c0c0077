"""The drafted glossary as printed, end to end: a Markdown reading written for
the test, built into the student's reader and handout and the instructor's copy."""

from __future__ import annotations

import re
import subprocess

import pytest

ARTICLE = """\
# The Vessa port strike

## Introduction

The Northern Grain Compact (NGC) was signed by three ports. Dock quotas are limits on the tonnage each port may load in a season. The NGC fixed the dock quotas.

## The strike

The NGC survived the strike of 1998. Dock quotas remained the main source of friction, and the NGC held. Quay rent refers to the fee a ship pays for each day at the quay (Holm 1990). Quay rent rose.
"""


def _build(tmp_path_factory, article: str):
    from tests.packs.project import make_project
    root = make_project(tmp_path_factory.mktemp("gl") / "p", seed=False,
                        pack="title: Course\nreadings:\n  - slug: vessa\n")
    folder = root / "content" / "readings" / "vessa"
    (folder / "source").mkdir(parents=True)
    (folder / "source" / "article.md").write_text(article, encoding="utf-8")
    (folder / "reading.yaml").write_text(
        "title: The Vessa port strike\nauthors: [Anna Berg]\nyear: '2012'\nlanguage: en\n"
        "sources:\n  markdown: source/article.md\n", encoding="utf-8")
    from coursepack.build import Options, build
    build(root, Options(quiet=True, instructor=True))

    def text(name):
        # (the handout is set in two columns: read in reading order, not as laid out)
        layout = [] if name.startswith("handout") else ["-layout"]
        out = subprocess.run(["pdftotext", *layout, str(root / "build" / name), "-"],
                             capture_output=True, text=True, check=True).stdout
        return " ".join(re.sub(r"\u2010\s*\n\s*", "", out).split())   # a word hyphenated at a line end: whole
    return text("reader.pdf"), text("handout.pdf"), text("reader-instructor.pdf")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return _build(tmp_path_factory, ARTICLE)


def test_bare_expansions_are_abbreviations_not_glossary_definitions(built):
    reader, handout, _ = built
    glossary = reader[reader.rindex("Glossary"):]
    # the concept, quoted as the article's wording with its page
    assert "“Limits on the tonnage each port may load in a season.” (the article’s wording, p." \
        in glossary
    # the acronym's expansion in a list of its own, after the definitions
    assert glossary.index("Abbreviations") > glossary.index("Limits on the tonnage")
    assert "NGC Northern Grain Compact." in glossary[glossary.index("Abbreviations"):]
    # the handout's key terms are definitions: the expansion is not one
    assert "Limits on the tonnage" in handout and "Northern Grain Compact." not in handout
    # a definition the article credits to a cited author names that author
    assert "“Refers to the fee a ship pays for each day at the quay.” (Holm 1990; the " \
        "article’s wording, p." in glossary
    assert "(Holm 1990; the article’s wording, p." in handout


def test_review_status_is_for_the_instructor_copy_only(built):
    reader, handout, instructor = built
    assert "not yet reviewed" not in reader and "not yet reviewed" not in handout
    assert "the article’s wording, p." in handout
    assert "the article’s wording, p." in instructor and "not yet reviewed" in instructor


def test_a_glossary_of_abbreviations_only_is_headed_abbreviations(tmp_path_factory):
    # the article expands its acronyms but defines no term: no "Glossary" over nothing
    article = ARTICLE.replace("Dock quotas are limits on the tonnage each port may load in a "
                              "season. ", "").replace("Quay rent refers to the fee a ship pays "
                                                      "for each day at the quay (Holm 1990). ", "")
    article = article.replace("was signed by three ports.", "was signed by the Vessa Port "
                              "Authority (VPA) and the Baltic Shipping Union (BSU). The VPA and "
                              "the BSU met.")
    reader, handout, _ = _build(tmp_path_factory, article)
    assert "Glossary" not in reader and "Limits on the tonnage" not in reader
    assert "Abbreviations" in reader[reader.index("Contents"):reader.index("Editorial note")]
    back = reader[reader.rindex("Abbreviations"):]
    assert back.startswith("Abbreviations BSU Baltic Shipping Union.")
    assert "NGC Northern Grain Compact." in back and "VPA Vessa Port Authority." in back
    assert "KEY TERMS" not in handout.upper() or "Northern Grain Compact." not in handout


def test_a_single_drafted_abbreviation_gets_no_page_and_no_contents_line(tmp_path_factory):
    # "Abbreviations: NGC" alone on a page is thin (JUDGE9: "Abkürzungen: DDR")
    article = ARTICLE.replace("Dock quotas are limits on the tonnage each port may load in a "
                              "season. ", "").replace("Quay rent refers to the fee a ship pays "
                                                      "for each day at the quay (Holm 1990). ", "")
    reader, _, _ = _build(tmp_path_factory, article)
    assert "Abbreviations" not in reader and "Glossary" not in reader
    assert "Northern Grain Compact (NGC) was signed" in reader
