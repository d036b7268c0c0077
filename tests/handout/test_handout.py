"""The handout and the reader's teaching parts, end to end, for a German
Markdown reading written for the test (labels, drafted glossary, citation)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from coursepack import i18n, model
from coursepack.render.handout import HANDOUT_DEFINITION_CHARS, HANDOUT_EVENTS, render_handout, significance
from coursepack.timeline import handout_order

ARTICLE = """\
# Der Hafenstreik von Vessa

## Einleitung

Der Beitrag untersucht den Hafenstreik von Vessa. Er stützt sich auf Akten der Hafenbehörde und auf Presseberichte. Die Hafenbehörde ist eine städtische Verwaltung, die Löhne und Liegeplätze regelt.

## Der Streik

Am 3. März 1998 traten die Hafenarbeiter in den Streik. Zwei Tage später gewährte die Hafenbehörde eine Lohnerhöhung. Im Juni 1999 wurde eine Lehrwerkstatt gegründet. Die Lehrwerkstatt ist eine Schule für junge Hafenarbeiter.

## Fazit

Insgesamt lässt sich zeigen, dass der Streik die Hafenbehörde zu dauerhaften Zugeständnissen zwang. Die Hafenbehörde wird wahrscheinlich auch künftig mit den Arbeitern verhandeln.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from tests.packs.project import make_project
    root = make_project(tmp_path_factory.mktemp("de") / "p", seed=False,
                        pack="title: Kurs\nreadings:\n  - slug: hafen\n")
    folder = root / "content" / "readings" / "hafen"
    (folder / "source").mkdir(parents=True)
    (folder / "source" / "article.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "reading.yaml").write_text(
        "title: Der Hafenstreik von Vessa\nauthors: [Anna Berg]\njournal: Hafengeschichte\n"
        "volume: '7'\nyear: '2012'\npages: 10-25\ndoi: 10.1234/hg.7.10\nlanguage: de\n"
        "sources:\n  markdown: source/article.md\n", encoding="utf-8")
    from coursepack.build import Options, build
    build(root, Options(quiet=True))

    def text(name):
        return subprocess.run(["pdftotext", "-layout", str(root / "build" / name), "-"],
                              capture_output=True, text=True, check=True).stdout
    return text("reader.pdf"), text("handout.pdf")



class _FirstPage(Exception):
    pass


class _Capture:
    """A renderer that keeps what the handout's template is given and stops there
    (nothing is laid out)."""
    root = Path(__file__).resolve().parents[2]

    def html(self, template, **context):
        self.context = context
        raise _FirstPage


def _sheet(r: model.Reading) -> dict:
    """What ``render_handout`` puts on the sheet first (its most generous
    fit): the template's context."""
    from coursepack.content import load_pack
    renderer = _Capture()
    with pytest.raises(_FirstPage):
        render_handout(renderer, load_pack(renderer.root), model.Pack("P", readings=[r]), r)
    return renderer.context


def _terms(r: model.Reading) -> list[str]:
    return [t.term for t in _sheet(r)["terms"]]


def test_german_reading_gets_german_labels_and_material(built):
    reader, handout = built
    up_reader, up_handout = reader.upper(), handout.upper()   # headings are set in capitals
    for label in ("Glossar", "Diskussionsfragen"):
        assert label.upper() in up_reader
    for label in ("Schlüsselbegriffe", "Zeitleiste", "Diskussionsfragen", "Notizen"):
        assert label.upper() in up_handout
    assert "GLOSSARY" not in up_reader and "TIMELINE" not in up_handout
    # a drafted definition, marked as the article's wording with its page
    assert "Eine städtische Verwaltung, die Löhne und Liegeplätze regelt" in reader
    assert "Wortlaut des Beitrags, S." in reader and "Wortlaut des Beitrags, S." in handout
    # the review status is the instructor's (their copy and `check` say it): the student's
    # reader and sheet mark a draft alike, as the article's wording with its page
    assert "geprüft" not in " ".join(reader.split())
    assert "geprüft" not in handout
    # the events, German dates, the relative one resolved
    assert "3. März 1998" in handout and "5. März 1998" in handout


def test_handout_citation_names_what_reading_yaml_gives(built):
    _, handout = built
    flat = " ".join(handout.split())
    for part in ("Berg", "Hafengeschichte", "2012", "10", "10.1234/hg.7.10"):
        assert part in flat
    # in the reading's language, pages with an en dash, the DOI as one unbroken address
    assert "Berg, Anna. „Der Hafenstreik von Vessa“. Hafengeschichte 7 (2012): 10–25." in flat
    assert "https://doi.org/10.1234/hg.7.10" in flat


def test_labels_fall_back_to_english():
    assert i18n.label("Key terms", "it") == "Key terms"
    assert i18n.label("Key terms", "de") == "Schlüsselbegriffe"


def test_every_language_has_every_label():
    """The five tables (en, de, fr, pl, es) carry the same keys: a label the
    templates print is never English by accident in one language only."""
    import string
    keys = set(i18n.LABELS["de"])
    for lang in ("fr", "pl", "es"):
        assert set(i18n.LABELS[lang]) == keys, lang
        for k in keys:
            # every field a label has in English, it has in each language (and no other)
            fields = {f for _, f, _, _ in string.Formatter().parse(i18n.label(k, "en")) if f}
            mine = {f for _, f, _, _ in string.Formatter().parse(i18n.label(k, lang)) if f}
            assert mine <= fields, (lang, k)
            assert i18n.label(k, lang, **{f: 3 for f in fields})
    assert {i18n.label("Glossary", x) for x in ("en", "de", "fr", "pl", "es")} == \
        {"Glossary", "Glossar", "Glossaire", "Słowniczek", "Glosario"}


def test_pack_language_overrides_and_reading_overrides_pack(tmp_path):
    """pack.yaml `language` sets the labels of every reading; a reading's own
    `labels_language` wins; the article's language is kept for its text."""
    import shutil
    from pathlib import Path
    from coursepack.content import load_pack
    from coursepack.edition import metadata
    root = Path(__file__).resolve().parents[2]
    shutil.copytree(root / "content", tmp_path / "content")
    pack = tmp_path / "content" / "pack.yaml"
    pack.write_text(pack.read_text() + "language: pl\n")
    cfg = load_pack(tmp_path)
    meta = metadata(cfg.readings[0])
    assert meta.languages == ["en"] and meta.labels_language == "pl"
    r = model.Reading("x", meta)
    assert i18n.labels(r)("Discussion questions") == "Pytania do dyskusji"
    ry = tmp_path / "content" / "readings" / cfg.readings[0].slug / "reading.yaml"
    ry.write_text(ry.read_text() + "labels_language: es\n")
    meta = metadata(load_pack(tmp_path).readings[0])
    assert i18n.labels(model.Reading("x", meta))("Contents") == "Índice"


def test_handout_prints_whole_definitions_or_leaves_the_term_out():
    long = model.GlossaryTerm("l", "Long", "x " * HANDOUT_DEFINITION_CHARS,
                              anchors=["a"] * 9, sections=["s1", "s2"])
    short = model.GlossaryTerm("s", "Short", "A short definition.", anchors=["a"],
                               sections=["s1"])
    r = model.Reading("x", model.Metadata(), glossary=[long, short])
    assert _terms(r) == ["Short"]


def test_handout_keeps_the_most_significant_events_in_date_order():
    evs = [model.TimelineEvent("a", "1990", "1990", "Officials met", evidence=["p1"]),
           model.TimelineEvent("b", "1991-05-02", "2 May 1991", "The war ended",
                               evidence=["p2", "p5"]),
           model.TimelineEvent("c", "1992", "1992", "A treaty was signed", evidence=["p3"])]
    assert significance(evs[1]) > significance(evs[0])
    many = [model.TimelineEvent(f"e{k}", f"{1993 + k}-0{1 + k % 9}", f"{1993 + k}",
                                "A treaty was signed", evidence=["p1", "p2"])
            for k in range(HANDOUT_EVENTS - 2)]
    r = model.Reading("x", model.Metadata(), timeline=[evs[0], *many[:3], evs[1], *many[3:], evs[2]])
    # the sheet starts from every event, in date order; it keeps the first k of the
    # timeline's order (the most significant) where only k fit
    assert [e.id for e in _sheet(r)["events"]] == [e.id for e in r.timeline]
    order = handout_order(r)
    assert order[-1].id == "a"                         # the least significant last
    assert {e.id for e in order[:HANDOUT_EVENTS]} == {e.id for e in r.timeline} - {"a"}


def _long_sheet(n_events: int, abstract_words: int):
    """A reading whose abstract takes ``abstract_words`` words and whose timeline has
    ``n_events`` events of one or two lines each, laid out for real: its handout's
    PDF and the events in the timeline's order of significance."""
    from coursepack.content import load_pack
    from coursepack.render.env import Renderer
    root = Path(__file__).resolve().parents[2]
    evs = [model.TimelineEvent(f"e{k}", f"{1900 + k}", f"{1900 + k}",
                               f"Harbour event {k} took place" + (
                                   " after a long dispute between the dockers, the harbour "
                                   "office and the shipping lines of the northern coast"
                                   if k % 3 == 0 else ""),
                               evidence=["p1"] * (1 + k % 4))
           for k in range(n_events)]
    words = ("The strike of the dockers of Vessa changed the harbour for a generation. " * 40
             ).split()[:abstract_words]
    r = model.Reading("x", model.Metadata(title="The Vessa harbour strike", languages=["en"]),
                      abstracts=[model.Abstract("en", "Abstract", [model.Text(" ".join(words))])],
                      timeline=evs)
    cfg = load_pack(root)
    pdf, pages, warnings, _ = render_handout(Renderer(root), cfg, model.Pack("P", readings=[r]), r)
    return pdf, pages, warnings, handout_order(r)


def _rows_and_boxes(pdf: bytes):
    """For each side: the event numbers printed, the timeline's extent (from its
    heading to its last row) and the notes box's height, in points; and the side's height."""
    import io
    import pdfplumber
    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            words = page.extract_words()
            rows = [w for w in words if w["text"] == "event"]
            nums = []
            for w in rows:
                after = [x for x in words if abs(x["top"] - w["top"]) < 2 and x["x0"] > w["x1"]]
                nums.append(int(min(after, key=lambda x: x["x0"])["text"]))
            head = [w for w in words if w["text"] == "TIMELINE"]
            top = head[0]["top"] if head else (min(w["top"] for w in rows) if rows else 0)
            extent = (max(w["bottom"] for w in rows) - top) if rows else 0.0
            notes = [rc for rc in page.rects if rc["width"] > page.width * 0.5]
            out.append((nums, extent, max((rc["height"] for rc in notes), default=0.0),
                        bool(head), page.height))
    return out


def test_the_sheet_shows_the_most_significant_events_that_fit():
    """Not a fixed number of rows: as many of the most significant events as fit the
    sheet, the timeline at most TIMELINE_SHARE of a side, the notes box at least
    NOTES_SHARE of one; a timeline running over to side 2 repeats its heading."""
    from coursepack.render.handout import NOTES_SHARE, TIMELINE_SHARE
    pdf, pages, warnings, order = _long_sheet(60, 380)
    assert pages == 2 and not warnings
    sides = _rows_and_boxes(pdf)
    printed = [n for side in sides for n in side[0]]
    k = len(printed)
    assert HANDOUT_EVENTS <= k < 60
    assert set(printed) == {int(e.id[1:]) for e in order[:k]}       # the first k of the order
    assert printed == sorted(printed)                                # in date order
    content = sides[0][4] - 2 * 16 * 72 / 25.4                       # the side less its margins
    assert sum(side[1] for side in sides) <= TIMELINE_SHARE * content + 6
    assert sides[-1][2] >= NOTES_SHARE * content - 2
    # the abstract pushes the timeline down side 1: it runs over, and side 2 says what it is
    assert sides[0][0] and sides[1][0] and sides[0][3] and sides[1][3]


def test_a_short_timeline_is_shown_whole():
    pdf, pages, warnings, order = _long_sheet(5, 40)
    sides = _rows_and_boxes(pdf)
    assert pages == 2 and sorted(n for side in sides for n in side[0]) == list(range(5))


def test_a_chinese_student_name_prints_in_a_cjk_font_and_names_its_file():
    """No □□□ and no 'student.pdf': the stamp embeds WenQuanYi Micro Hei for
    the name (fonts-wqy-microhei, install.sh) and the file name is the name
    transliterated."""
    import io
    import pypdf
    from coursepack.pdf.stamp import Student, file_names, render_stamps
    pdf = pypdf.PdfReader(io.BytesIO(render_stamps(["Prepared for 李雷"], 595)))
    assert "李雷" in pdf.pages[0].extract_text()
    fonts = {str(f.get_object()["/BaseFont"]) for f in
             pdf.pages[0]["/Resources"]["/Font"].values()}
    assert any("WenQuanYi" in f for f in fonts)
    assert file_names([Student("李雷"), Student("Дмитрий Ким")]) == ["LiLei.pdf", "Dmitriy-Kim.pdf"]


def test_a_paragraph_running_on_to_the_next_page_is_referenced_with_both_pages():
    from coursepack import model
    from coursepack.render.pages import apply_page_map, reading_pages

    class Layout:        # the printed pages of the anchors, as the reader's layout gives them
        pages = {"p1": 46, "end-p1": 47, "p2": 52, "end-p2": 52}

        def number(self, anchor):
            return self.pages.get(anchor)
    r = model.Reading("x", model.Metadata(title="T"))
    r.questions = [model.Question("q1", "Why?", evidence=["p1", "p2"])]
    r.timeline = [model.TimelineEvent(id="e1", date="1950", label="1950", text="A", evidence=["p2"])]
    apply_page_map(model.Pack("P", readings=[r]), reading_pages(r, Layout()))
    assert r.questions[0].pages == [46, 47, 52] and r.timeline[0].pages == [52]


def test_a_central_terms_whole_definition_is_kept_a_long_side_term_left_off():
    from coursepack.render.handout import HANDOUT_CENTRAL_CHARS
    long_def = ("Die Fähigkeit, in der eigenen Arbeit zu erkennen, wie Regeln, Routinen und "
                "Entscheidungen Frauen und Männer verschieden treffen, und dieses Wissen in "
                "Verfahren der Hafenverwaltung, in Personalfragen und in der Lehre so "
                "anzuwenden, dass niemand benachteiligt wird, auch wo es niemand beabsichtigt.")
    assert HANDOUT_DEFINITION_CHARS < len(long_def) <= HANDOUT_CENTRAL_CHARS
    central = model.GlossaryTerm("gk", "Hafenkompetenz", long_def, anchors=["a"], sections=["s1"])
    side = model.GlossaryTerm("lk", "Liegekunde", long_def, anchors=["a", "b"],
                              sections=["s1", "s2"])
    short = model.GlossaryTerm("hb", "HB", "Hafenbehörde", anchors=["a"], sections=["s1"])
    r = model.Reading("x", model.Metadata(title="Hafenkompetenz in Vessa"),
                      glossary=[central, side, short])
    got = _terms(r)
    assert "Hafenkompetenz" in got and "Liegekunde" not in got and "HB" in got


def _sheet_with(abstract_words: int, question_tail: str = "", n_events: int = 60):
    """A reading with a long timeline, an abstract of ``abstract_words`` words and six
    questions, the first ending with ``question_tail``."""
    evs = [model.TimelineEvent(f"e{k}", f"{1900 + k}", f"{1900 + k}",
                               f"Harbour event {k} took place" + (
                                   " after a long dispute between the dockers, the harbour "
                                   "office and the shipping lines of the northern coast"
                                   if k % 3 == 0 else ""),
                               evidence=["p1"] * (1 + k % 4))
           for k in range(n_events)]
    words = ("The strike of the dockers of Vessa changed the harbour for a generation. " * 200
             ).split()[:abstract_words]
    qs = [model.Question(f"q{i}", f"Question {i}: how did the strike change the harbour "
                         "office's dealings with the shipping lines?"
                         + (question_tail if i == 0 else "")) for i in range(6)]
    return model.Reading("x", model.Metadata(title="The Vessa harbour strike", languages=["en"]),
                         abstracts=[model.Abstract("en", "Abstract", [model.Text(" ".join(words))])],
                         timeline=evs, questions=qs)


def _handout(r: model.Reading, last: dict | None = None):
    """The handout's PDF, the fit chosen, its state and how many layouts it took."""
    from coursepack.content import load_pack
    from coursepack.render.env import Renderer
    root = Path(__file__).resolve().parents[2]

    class Counting(Renderer):
        layouts = 0

        def layout(self, *args, **kwargs):
            self.layouts += 1
            return super().layout(*args, **kwargs)

    renderer, fitted = Counting(root), []
    pdf, _, _, state = render_handout(renderer, load_pack(root), model.Pack("P", readings=[r]), r,
                                      fitted=fitted, last=last)
    return pdf, fitted[0][0], state, renderer.layouts


@pytest.mark.parametrize("edit", [
    {"question_tail": " And why then, and for whom?"},          # a longer question
    {"abstract_words": 400},                                    # a longer abstract
    {"abstract_words": 300},                                    # a shorter one
    {"abstract_words": 900},                                    # much longer: another fit
])
def test_a_kept_fit_is_the_cold_fit(edit):
    """A rebuild starts from the last build's fit (its state) and verifies it
    (render.handout.refit): the sheet it makes is the one a cold fitting of the
    edited reading makes, byte for byte; and when the edit only makes the sheet
    taller at the fit's type, in fewer layouts."""
    base = {"abstract_words": 350}
    _, _, state, _ = _handout(_sheet_with(**base))
    assert state["fit"]
    edited = {**base, **edit}
    warm_pdf, warm_fit, _, warm_layouts = _handout(_sheet_with(**edited), last=state)
    cold_pdf, cold_fit, _, cold_layouts = _handout(_sheet_with(**edited))
    assert warm_fit == cold_fit and warm_pdf == cold_pdf
    if "question_tail" in edit:
        assert warm_layouts < cold_layouts


@pytest.mark.parametrize("abstract_words", [100, 350, 600])
def test_a_row_more_is_left_untried_only_when_it_cannot_fit(abstract_words, monkeypatch):
    """The fitting does not lay out one more row when the room left on the
    sheet is less than the least a row takes (render.handout.no_row_more):
    where it says so (these three sheets), the sheet with one more row does
    not fit."""
    from dataclasses import replace
    from coursepack.render import handout as H
    seen = {}
    fit_handout = H.fit_handout

    def spy(attempt, *args, **kwargs):
        seen["attempt"] = attempt
        return fit_handout(attempt, *args, **kwargs)
    monkeypatch.setattr(H, "fit_handout", spy)
    r = _sheet_with(abstract_words, n_events=25)
    _, fit, state, _ = _handout(r)
    attempt, side = seen["attempt"], state["fit"]["side"]
    doc = attempt(fit)
    assert H.one_row_mm(doc) > 2.0          # a row: its padding and a line of type
    assert H.no_row_more(doc, side)
    more = attempt(replace(fit, events=fit.events + 1))
    rows, head = H.timeline_rows(more)
    assert H.overflow_mm(more) > 0 or head + sum(rows.values()) > H.TIMELINE_SHARE * side + 0.5


@pytest.mark.parametrize("abstract_words", [100, 600])
def test_the_next_row_is_never_taller_than_foretold(abstract_words, monkeypatch):
    """The least height foretold for the next timeline row (render.handout.next_row_mm:
    its event's text broken into lines at the widest its column can be) is never
    more than that row takes when the sheet is laid out with it, and a text that
    cannot fit one line is foretold taller than a row of one line."""
    from dataclasses import replace
    from coursepack.render import handout as H
    seen = {}
    fit_handout = H.fit_handout

    def spy(attempt, stages_, order, *args, **kwargs):
        seen["attempt"], seen["order"] = attempt, order
        return fit_handout(attempt, stages_, order, *args, **kwargs)
    monkeypatch.setattr(H, "fit_handout", spy)
    r = _sheet_with(abstract_words, n_events=25)
    _, fit, _, _ = _handout(r)
    attempt, order = seen["attempt"], seen["order"]

    def printed(k):
        chosen = {id(e) for e in order[:k]}
        return [e for e in r.timeline if id(e) in chosen]
    longer, shorter = [fit.events, fit.events + 2], [fit.events + 1]
    for k in longer:        # (events the sheet has not shown yet: their texts set here)
        order[k].text = f"Harbour event {k} ended a long dispute between the dockers, the " \
            "harbour office and the shipping lines of the northern coast of the country"
    order[shorter[0]].text = "A short event"
    for k in longer + shorter:
        doc = attempt(replace(fit, events=k))
        foretold = H.next_row_mm(doc, printed(k), order[k].text)
        assert foretold > 2.0
        rows, _ = H.timeline_rows(attempt(replace(fit, events=k + 1)))
        at = [id(e) for e in printed(k + 1)].index(id(order[k]))
        assert foretold <= rows[at] + 0.01
        assert (foretold > H.one_row_mm(doc) + 1.0) == (k in longer)
