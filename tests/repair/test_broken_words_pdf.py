"""Broken words in PDFs we typeset ourselves (WeasyPrint): line-end hyphens
forced with <br>, soft hyphens (printed as U+2010 where they break a line),
ligatures, letter-spaced type, compounds that keep their hyphen; read with
the PDF reader, repaired, and checked word by word.  Then the suspects that
``check`` lists (coursepack.check.suspect_word_lines) for what no rule can
settle."""

from __future__ import annotations

import pytest

from coursepack.check import suspect_word_lines, suspect_words
from coursepack.model import plain_text
from coursepack.read.structure import Doubt
from coursepack.repair import repair_structure
from coursepack.repair.spaced import suspect_words as find_suspects

STYLE = """@page { size: A5; margin: 2cm }
body { font-family: 'DejaVu Serif', serif; font-size: 11pt; line-height: 1.4 }
h1 { font-size: 16pt } p { hyphens: manual } .sp { letter-spacing: 3pt } .narrow { width: 5.2cm }"""

ENGLISH = """<h1>Broken Words in a Synthetic Article</h1>
<p>The recent devel-<br>opments of the region were dis-<br>cussed by a well-<br>known author who
wrote about self-<br>interest and the Nagorno-<br>Karabakh conflict in the first years.</p>
<p>The report was financial in nature and official in tone, with a reflection on the effort.</p>
<p class="narrow">A long word such as infor&shy;mation&shy;al&shy;ly, with responsi&shy;bility,
intergovern&shy;mental relations and internationali&shy;sation everywhere.</p>
<p>They saw a <span class="sp">clash</span> of arms and a pre- and post-war order, in a way, at all.</p>
<p>Contextual arguments inter-<br>penetrate with principled ones, and the Christian- orthodox
church stands apart.</p>"""

GERMAN = """<h1>Gerechtigkeit im Wandel der Sozialpolitik</h1>
<p>Die Reform des Parteien-<br>systems und der Sozial-<br>staatlichkeit wurde von der DDR-<br>Führung
weder als Chancen-<br>noch als Ergebnisgleichheit verstanden, und die Debatte über die
Hartz-IV-Refor-<br>men hat den Begriff der Gerechtigkeit nicht verändert. Es ist eine Frage, die
in der Bundesrepublik seit langem gestellt wird und die nicht nur die Wissenschaft beschäftigt.</p>"""


def _pdf(tmp_path_factory, name: str, body: str, lang: str):
    weasyprint = pytest.importorskip("weasyprint")
    path = tmp_path_factory.mktemp("broken") / f"{name}.pdf"
    html = f'<html lang="{lang}"><head><style>{STYLE}</style></head><body>{body}</body></html>'
    weasyprint.HTML(string=html).write_pdf(str(path))
    return path


@pytest.fixture(scope="module")
def english(tmp_path_factory):
    from coursepack.read.pdf import read_pdf
    return repair_structure(read_pdf(_pdf(tmp_path_factory, "english", ENGLISH, "en")))


@pytest.fixture(scope="module")
def german(tmp_path_factory):
    from coursepack.read.pdf import read_pdf
    return repair_structure(read_pdf(_pdf(tmp_path_factory, "german", GERMAN, "de")))


def _paragraphs(result) -> list[str]:
    return [plain_text(b.inlines) for sec in result.sections for b in sec.blocks]


def test_english_words_come_out_exactly(english):
    assert _paragraphs(english) == [
        "The recent developments of the region were discussed by a well-known author who wrote "
        "about self-interest and the Nagorno-Karabakh conflict in the first years.",
        "The report was financial in nature and official in tone, with a reflection on the effort.",
        "A long word such as informationally, with responsibility, intergovernmental relations "
        "and internationalisation everywhere.",
        "They saw a clash of arms and a pre- and post-war order, in a way, at all.",
        # a prefix before a line-end hyphen: kept as printed, and listed by check (below)
        "Contextual arguments inter-penetrate with principled ones, and the Christian-orthodox "
        "church stands apart.",
    ]


def test_english_suspects_are_exactly_the_unsettled_word(english):
    found = suspect_words(english.doubts)
    assert [(w, p) for w, _, p, _ in found] == [("inter-penetrate", 1)]
    lines = suspect_word_lines(english.doubts)
    assert lines[0].startswith("  suspect words: 1 (1 a line-end hyphen kept after a prefix")
    assert "'inter-penetrate'" in lines[1] and "or 'interpenetrate'?" in lines[1]


def test_german_compounds_joined_names_and_suspended_compounds_kept(german):
    text = " ".join(_paragraphs(german))
    for word in ("Parteiensystems", "Sozialstaatlichkeit", "DDR-Führung", "Chancen- noch",
                 "Hartz-IV-Reformen"):
        assert word in text, word
    for broken in ("Parteien-systems", "Sozial-staatlichkeit", "Chancen-noch", "Reformen-"):
        assert broken not in text, broken
    assert suspect_words(german.doubts) == []


def test_suspects_found_in_text_with_page_and_context():
    text = ("The Christian- orthodox faith, pre- and post-war, a c l a x t of arms, "
            "Asyl po li tik, a\ufffder all, the Kompetenzprofi l, PPV or NPV, J. R. R. Tolkien")
    ds = find_suspects([("s1-p2", 7, text)], lang="en")
    got = [(w, kind.split(" (")[0].split(";")[0], d) for (w, kind, d, _) in suspect_words(ds)]
    assert got == [("Christian- orthodox", "a hyphen with a space after it", 7),
                   ("Kompetenzprofi l", "a space after a ligature", 7),
                   ("c l a x t", "letters or syllables spaced apart", 7),
                   ("po li tik", "letters or syllables spaced apart", 7),
                   ("a\ufffder (U+FFFD)", "a glyph without a Unicode mapping", 7)]
    assert all(d.page == 7 and "s1-p2" in d.message for d in ds)


def test_private_use_glyph_is_reported_not_guessed():
    ds = find_suspects([("note-3", 2, "the e\ue001ect of it")])
    assert [w for w, *_ in suspect_words(ds)] == ["e\ue001ect (U+E001)"]


def test_check_list_is_summarised_and_limited():
    ds = [Doubt("suspect_word", f"'c l a x e' (letters or syllables spaced apart) in s1-p{k}: …", 3)
          for k in range(30)] + [Doubt("suspect_word", "'a- b' (a hyphen with a space after it) in n1: x", 4)]
    lines = suspect_word_lines(ds, shown=5)
    assert lines[0] == ("  suspect words: 31 (30 letters or syllables spaced apart, 1 a hyphen "
                        "with a space after it); correct the wrong ones in corrections.yaml")
    assert len(lines) == 1 + 5 + 1 and lines[-1] == "    … and 26 more"
    # one of every kind is shown before a second of any
    assert lines[2] == "    p. 4: 'a- b' in n1: x"
    assert suspect_word_lines([Doubt("long_paragraph", "paragraph s1-p1 has 900 words")]) == []


def test_a_kept_prefix_hyphen_is_a_suspect_until_the_text_no_longer_has_it():
    from coursepack.model import Change, Location
    kept = Change("hyphenation", "line_hyphen", "-\n", "-", "hyphen kept: both parts are words "
                  "('inter', 'penetrate') and 'interpenetrate' is not", Location("x.pdf", 12, 40, "s1-p7"))
    still = find_suspects([("s1-p7", 2, "arguments inter-penetrate with")], [kept], "en", {12: 2})
    assert [(w, d.page) for (w, *_), d in zip(suspect_words(still), still)] == [("inter-penetrate", 2)]
    settled = find_suspects([("s1-p7", 2, "arguments interpenetrate with")], [kept], "en", {12: 2})
    assert settled == []
    other = Change("hyphenation", "line_hyphen", "-\n", "-", "hyphen kept: both parts are words "
                   "('well', 'known') and 'wellknown' is not", Location("x.pdf", 3, 1, "s1-p1"))
    assert find_suspects([("s1-p1", 1, "a well-known author")], [other]) == []


def test_a_lost_ligature_restored_by_frequency_is_still_listed():
    """U+FFFD is never silently guessed away: the restored word is listed."""
    from coursepack.model import Change, Location
    lost = Change("ligature", "lost_ligature", "\ufffd ", "ft",
                  "lost ligature restored as 'ft' ('after', frequency 6.0)", Location("x.txt", 9, 3, "s2-p1"))
    ds = find_suspects([("s2-p1", 0, "Developments after the war")], [lost], "en", {9: 4})
    lines = suspect_word_lines(ds)
    assert lines == ["  suspect words: 1 (1 a glyph without a Unicode mapping); correct the wrong ones in corrections.yaml",
                     "    p. 4: 'after' (read as 'ft' from word frequencies) in s2-p1: check it"]


def test_a_glyph_standing_alone_is_reported_once_a_block_not_guessed():
    from coursepack.repair.rules import fix
    text = "Published 2009 \ufffd Springer-Verlag; Mattila \ufffd K. Jussila \ufffd S. Kuusikko; a 2 \ufffd 3 design"
    assert fix("lost_ligature", text) == text           # no ligature stands alone: nothing guessed
    ds = find_suspects([("s1-p1", 1, text)])
    assert [w for w, *_ in suspect_words(ds)] == ["\ufffd (U+FFFD, 4 in this block)"]
