"""Timeline: date parsing, year inference, event labels, editing, the two articles."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from coursepack.textutil import normalize_space, split_sentences
from coursepack import cli, model, timeline as T
from coursepack.errors import ContentError

from ..questions.articles import reading_from_text, river
from ..questions.seed import seed_reading

# (sentence, [(iso-or-partial, skip)]) — partial dates without a year are (month, day)
DATE_CASES = [
    ("In 2016, Armenia bought missiles.", ["2016"]),
    ("The 1994 truce held.", ["1994"]),
    ("In July 2020 clashes broke out.", ["2020-07"]),
    ("On 9–10 November 2020 they signed.", ["2020-11-09"]),
    ("They met on January 9, 2021 in Moscow.", ["2021-01-09"]),
    ("They met on November 9 in Moscow.", [(11, 9)]),
    ("Calls took place on October 19–20.", [(10, 19)]),
    ("In early June talks were held.", [(6, None)]),
    ("In the end of October he wrote.", [(10, None)]),
    ("In 2020 during the July clashes both sides fired.", ["2020-07"]),
    ("About 2000 peacekeepers were deployed.", []),
    ("Russia may act and May Day passed.", []),
    ("Between 2013 and 2016, its share was 65 per cent.", []),
    ("In 2016–20 a total of 94 per cent came from Russia.", []),
    ("It held until September 2020.", ["skip"]),
    ("Soldiers captured after November 10 were held.", ["skip"]),
    ("In May the minister visited.", [(5, None)]),
    ("From 2013 to 2016 the share grew.", []),
    ("In the 1990s the war ended.", []),
    ("In mid-2019 the talks stalled.", ["2019"]),
    ("On 2 February 2022 a barge ran aground.", ["2022-02-02"]),
    ("It happened on 31 February 2021.", []),
]


@pytest.mark.parametrize("sentence, expected", DATE_CASES)
def test_find_dates(sentence, expected):
    got = []
    for d in T.find_dates(sentence):
        if d.skip:
            got.append("skip")
        elif d.year:
            got.append(d.iso())
        else:
            got.append((d.month, d.day))
    assert got == expected


def test_labels_and_sort_keys():
    a = T.DateRef(0, 0, 2021, 6, qual="early")
    b = T.DateRef(0, 0, 2021, 6, 4)
    c = T.DateRef(0, 0, 2020, 10, qual="the end of")
    d = T.DateRef(0, 0, 2020, 10, 19, 20)
    assert (a.label(), c.label(), d.label()) == ("early June 2021", "end of October 2020",
                                                 "19–20 October 2020")
    assert a.sort_key() < b.sort_key() and d.sort_key() < c.sort_key()


def _extract(text):
    return T.extract_with_notes(reading_from_text(text))


def test_year_inferred_from_context_in_the_stated_order():
    text = ("# Before\n\nThe war began in September 2020.\n\n"
            "# After\n\nOn June 4 a mine killed two journalists. In early June talks were "
            "held in the capital.\n\nIn October 2021 the prime minister spoke about routes.\n\n"
            "# Later\n\nOn March 3 the commission met in the capital.")
    events, notes = _extract(text)
    by_text = {e.text: e for e in events}
    mine = by_text["A mine killed two journalists"]
    assert mine.date == "2021-06-04"                       # later in the same section
    assert "later in the same section" in notes[mine.id]
    talks = next(e for e in events if e.text.startswith("Talks were held"))
    assert talks.date == "2021-06" and talks.label == "early June 2021"
    commission = next(e for e in events if "commission met" in e.text)
    assert commission.date == "2021-03-03"                 # earlier in the article
    assert "earlier in the article" in notes[commission.id]
    war = next(e for e in events if e.date == "2020-09")
    assert war.id not in notes


def test_event_labels_are_short_clean_clauses():
    events, _ = T.extract_with_notes(river())
    for e in events:
        n = len(e.text.split())
        assert 2 <= n <= 18, e.text
        assert e.text[0].isupper() and not e.text.endswith((".", ",", " and", " the"))
        assert e.text.count("“") == e.text.count("”")
        assert not re.search(r"\b(19|20)\d\d\b", e.text) or "since" in e.text


def test_river_timeline(tmp_path):
    r = river()
    events = T.extract(r)
    keys = [T.event_key(e) for e in events]
    assert keys == sorted(keys)
    got = {(e.date, e.label) for e in events}
    for expected in [("1987", "1987"), ("1998", "1998"), ("2011-03", "March 2011"),
                     ("2014-05", "early May 2014"), ("2015-06-14", "14 June 2015"),
                     ("2019-09-03", "3 September 2019"), ("2021-04-12", "12–13 April 2021"),
                     ("2022-02-02", "2 February 2022"), ("2022-03", "late March 2022"),
                     ("2023", "2023")]:
        assert expected in got
    treaty = next(e for e in events if e.date == "1998")
    assert treaty.text == "The two states signed the Lower Varn Treaty"
    text_of = {b.id: model.plain_text(b.inlines) for _, b in r.blocks()}
    for e in events:
        assert e.evidence and all(b.split("~")[0] in text_of for b in e.evidence)
        year = e.date[:4]
        # each mention names the sentence of its paragraph that holds the date (its page
        # is the event's page), or a sentence right after one that does (a relative date)
        for b in e.evidence:
            bid, n = b.split("~")
            sents = split_sentences(normalize_space(text_of[bid]))
            near = " ".join(sents[max(0, int(n) - 3):int(n)])
            assert year in near or e.label.split()[-2] in near, (b, e.text)


def test_footnote_dates_are_ignored_and_duplicates_merge():
    text = ("# One\n\nIn 1998 the two states signed the treaty.⁴\n\n"
            "# Two\n\nIn 1998 the two states signed the treaty, as noted.")
    r = reading_from_text(text)
    r.footnotes = [model.Footnote(4, [model.Text("Report, 12 March 2019 [accessed: 1 May 2021].")])]
    events = T.extract(r)
    assert [(e.date, e.evidence) for e in events] == [("1998", ["p1~1", "p2~1"])]


def test_extract_is_deterministic():
    assert model.to_json(T.extract(river())) == model.to_json(T.extract(river()))


# ---------------------------------------------------------------- editing


def test_regenerate_keeps_edits_drops_and_additions(tmp_path):
    path = tmp_path / "timeline.yaml"
    counts = T.regenerate(path, river())
    assert counts["added"] == len(T.extract(river()))
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Timeline") and "\nevents:\n" in text
    data = yaml.safe_load(text)
    es = data["events"]
    edited, dropped = es[0], es[1]
    edited["text"] = "Talks on sharing the Varn begin"
    dropped["dropped"] = True
    es.insert(0, es.pop(4))
    es.append({"date": "2024-05", "text": "New talks announced", "origin": "custom"})
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    counts = T.regenerate(path, river())
    after = yaml.safe_load(path.read_text(encoding="utf-8"))["events"]
    assert after[0]["id"] == es[0]["id"]
    e = next(x for x in after if x["id"] == edited["id"])
    assert e["text"] == "Talks on sharing the Varn begin" and e["origin"] == "edited"
    assert next(x for x in after if x["id"] == dropped["id"])["dropped"] is True
    assert after[-1]["origin"] == "custom" and after[-1]["id"].startswith("event-")
    assert counts["added"] == 0 and counts["edited"] == 1 and counts["custom"] == 1

    loaded = T.load_timeline(path)
    assert dropped["id"] not in [x.id for x in loaded]
    assert loaded[-1].text == "New talks announced" and loaded[-1].label == "May 2024"
    keys = [T.event_key(ev) for ev in loaded]
    assert keys == sorted(keys)
    assert T.regenerate(path, river())["written"] is False


@pytest.mark.parametrize("content, message", [
    ("events:\n- date: 2021-02-30\n  text: x\n", "not a valid date"),
    ("events:\n- date: 2021\n", "missing required key 'events[1].text'"),
    ("events:\n- date: 2021\n  text: x\n  lable: y\n", "did you mean 'label'"),
])
def test_load_timeline_reports_positions(tmp_path, content, message):
    path = tmp_path / "timeline.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ContentError) as err:
        T.load_timeline(path)
    assert message in str(err.value)
    assert re.search(r"timeline\.yaml:\d+:\d+: ", str(err.value))


# ---------------------------------------------------------------- the seed


def test_seed_timeline():
    r = seed_reading()
    events = T.extract(r)
    assert len(events) >= 8
    keys = [T.event_key(e) for e in events]
    assert keys == sorted(keys)
    dates = {e.date for e in events}
    for d in ["1992", "1994", "2016", "2020-07", "2020-09", "2020-11-09", "2021-01-09",
              "2021-06-04", "2021-10"]:
        assert d in dates, d
    ceasefire = next(e for e in events if e.date == "2020-11-09")
    assert "ceasefire" in ceasefire.text
    text_of = {b.id: model.plain_text(b.inlines) for _, b in r.blocks()}
    for e in events:
        assert all(b.split("~")[0] in text_of for b in e.evidence)
    note_dates = " ".join(model.plain_text(n.inlines) for n in r.footnotes)
    assert "2018-03" not in dates and "accessed" in note_dates   # citation dates stay out


# ---------------------------------------------------------------- robustness

from hypothesis import given, settings, strategies as st  # noqa: E402

_WORDS = st.sampled_from(
    "In On the 1994 2020 May June early late end of 9 19–20 November January 9, 2021 until "
    "after since Ostmark signed a truce , . which that talks began war 2000 troops between "
    "and 2016–20 “ ” ( ) Kassine Veldora".split())


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=1, max_size=30), min_size=1, max_size=4))
def test_extract_never_fails_and_stays_well_formed(paragraphs):
    text = "# A\n\n" + "\n\n".join(" ".join(p) for p in paragraphs)
    events = T.extract(reading_from_text(text))
    keys = [T.event_key(e) for e in events]
    assert keys == sorted(keys)
    for e in events:
        assert e.text and e.text == e.text.strip() and "  " not in e.text
        assert e.text.count("“") == e.text.count("”")
        assert e.evidence and re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", e.date)


def test_a_pro_form_takes_the_event_of_the_previous_sentence():
    events, _ = _extract("# A\n\nDuring the floods of recent years, the two states agreed to "
                         "open the sluices within days. It was the case in 2016, and in 2020 "
                         "during the July floods along the Varn.")
    by_date = {e.date: e.text for e in events}
    assert by_date["2016"] == "The two states agreed to open the sluices within days"
    assert by_date["2020-07"] == "Floods along the Varn"


def test_the_timeline_command_regenerates_and_keeps_the_file(tmp_path):
    """`coursepack timeline` on a copy of the default pack: exit 0, the file
    rewritten with the same events (nothing edited, nothing lost)."""
    root = Path(__file__).resolve().parents[2]
    shutil.copytree(root / "content", tmp_path / "content")
    path = next((tmp_path / "content" / "readings").glob("*/timeline.yaml"))
    before = T.load_timeline(path)
    assert cli.main(["timeline", "--root", str(tmp_path), "--quiet"]) == 0
    after = T.load_timeline(path)
    assert [(e.date, e.text) for e in after] == [(e.date, e.text) for e in before]


def test_a_part_of_a_decade_dates_an_event_only_as_the_sentence_opening():
    """'At the beginning of the 1990s, managers turned to …' is dated (early 1990s,
    sorted as 1990); a decade part that qualifies a noun or bounds a period is not,
    nor is a bare decade (a period)."""
    d = T.find_dates("At the beginning of the 1990s, German managers turned to the works councils.")
    assert [(x.iso(), x.label()) for x in d] == [("1990", "early 1990s")]
    assert [(x.iso(), x.label("de")) for x in T.find_dates(
        "Ende der 1980er Jahre gründeten die Häfen einen Verband.")] == \
        [("1987", "Ende der 1980er Jahre")]
    for s in ("The movements of the early 1970s came undone.",
              "Coalitions have grown since the early 1990s.",
              "They won from the early 1990s through a strike in 2000.",
              "In the 1990s the literature was dominated by institutionalism."):
        assert not any("0s" in x.label() and not x.skip for x in T.find_dates(s)), s


def test_a_pinned_event_is_always_on_the_handout(tmp_path):
    """timeline.yaml's `pinned: true` (its header promises it): the event is among
    the handout's rows however few fit, whatever its significance."""
    from coursepack.timeline import handout_order, load_timeline
    entries = "".join(
        f"- {{id: e{k}, date: '{1990 + k}', text: 'The ports of Vessa signed treaty {k}', "
        f"evidence: [s1-p1, s1-p2], pinned: {'true' if k == 7 else 'false'}}}\n"
        for k in range(10))
    (tmp_path / "timeline.yaml").write_text("events:\n" + entries + "- {id: x, date: '1985', "
                                            "text: 'A clerk sneezed', pinned: true}\n")
    evs = load_timeline(tmp_path / "timeline.yaml")
    r = model.Reading("x", model.Metadata(title="Vessa"), timeline=evs)
    assert [e.id for e in handout_order(r, 2)] == ["x", "e7"]
    assert {e.id for e in T.select_for_handout(r, 3)} >= {"x", "e7"}
    assert "pinned" not in model.to_json(next(e for e in evs if e.id == "e1"))
