"""Teaching files generated for one reading of an article, built against the
article read again (a new version of the ingest, a ``structure.yaml`` override:
other sections, other paragraph ids).  Untouched generated entries follow the
reading silently; the instructor's entries are kept, and each anchor that is gone
is reported as a warning with its file, line and column, while the build goes on."""

from __future__ import annotations

import json
import re

import pytest
import yaml

from coursepack import editable, model, questions as questions_mod, timeline as timeline_mod
from coursepack.cli import main
from coursepack.questionset import block_of, load_questions, outgrown, reanchor
from coursepack.textutil import normalize_space
from tests.questions.articles import RIVER, RIVER_GLOSSARY, reading_from_text

GONE_HEADING = "# Ostmark as mediator\n\n"


def numbered(text: str) -> model.Reading:
    """The reading with ids as the ingest gives them: s1, s1-p1 …"""
    r = reading_from_text(text, RIVER_GLOSSARY, slug="river")
    for i, s in enumerate(r.sections, 1):
        s.id = f"s{i}"
        for j, b in enumerate(s.blocks, 1):
            b.id = f"s{i}-p{j}"
    return r


def before_after():
    assert GONE_HEADING in RIVER
    return numbered(RIVER), numbered(RIVER.replace(GONE_HEADING, ""))


def anchored(reading: model.Reading, q) -> str:
    blocks = editable.block_texts(reading)
    return " ".join(blocks.get(block_of(x), "") for x in q.evidence) + " " + editable.compared(
        " ".join(s.title for s in reading.sections))


def test_untouched_generated_questions_follow_the_reading_read_again(tmp_path):
    old, new = before_after()
    path = tmp_path / "questions.yaml"
    questions_mod.regenerate(path, old)
    written = load_questions(path)
    gone = [q for q in written if any(block_of(x) not in {b.id for _, b in new.blocks()}
                                      for x in q.evidence)]
    assert gone, "the scenario must leave some question without its paragraph"
    assert set(q.id for q in gone) <= set(outgrown(written, new, path))
    assert outgrown(written, old, path) == []
    qs, problems = reanchor(written, new, path, fresh=questions_mod.generate(new))
    assert problems == []                       # silently: nobody touched them
    blocks = {b.id for _, b in new.blocks()}
    sections = {s.id for s in new.sections}
    fresh = {q.id for q in questions_mod.generate(new)}
    assert qs
    for q in qs:
        assert all(block_of(x) in blocks for x in q.evidence), q.id
        assert set(q.sections) <= sections, q.id
        passages = editable.quoted_passages(f"{q.text} {q.answer}")
        # what it quotes is where it points, in the reading as read now
        assert not passages or any(p in anchored(new, q) for p in passages), q.id
        assert q.id in fresh or q.id in {w.id for w in written}


def test_a_fresh_file_is_left_as_it_is(tmp_path):
    old, _ = before_after()
    path = tmp_path / "questions.yaml"
    questions_mod.regenerate(path, old)
    written = load_questions(path)
    assert reanchor(written, old, path) == (written, [])


def test_an_edited_question_is_kept_and_each_gone_anchor_reported_where_it_stands(tmp_path):
    old, new = before_after()
    path = tmp_path / "questions.yaml"
    questions_mod.regenerate(path, old)
    last = old.sections[-1].id                  # a section the reading read again lacks
    assert last not in {s.id for s in new.sections}
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    victim = next(q for q in data["questions"] if last in q["sections"])
    mine = "In class: " + victim["text"]
    data["questions"][data["questions"].index(victim)]["text"] = mine
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    qs, problems = reanchor(load_questions(path), new, path, "content/readings/river/questions.yaml",
                            fresh=questions_mod.generate(new))
    kept = next(q for q in qs if q.id == victim["id"])
    assert kept.text == normalize_space(mine)          # the instructor's words
    assert last not in kept.sections
    assert all(block_of(x) in {b.id for _, b in new.blocks()} for x in kept.evidence)
    mine_problems = [p for p in problems if f"'{victim['id']}'" in p.message]
    assert mine_problems and all(p.severity == "warning" for p in problems)
    lines = path.read_text(encoding="utf-8").splitlines()
    for p in mine_problems:
        assert p.path == "content/readings/river/questions.yaml"
        gone = re.search(r"'([^']+)'", p.message.split(")", 1)[1]).group(1)
        assert lines[p.line - 1][p.column - 1:].lstrip("- ").startswith(gone)   # where it stands
        assert "(edited)" in p.message and "no longer in the reading" in p.message
        assert "point `evidence`" in p.message or "section" in p.message


def test_an_edited_question_whose_passage_moved_is_reported_with_where_it_is_now(tmp_path):
    # the ingest now finds a paragraph it took for front matter before: the paragraph ids
    # of the introduction move by one, and each names another paragraph of the reading
    old = numbered(RIVER)
    assert RIVER.startswith("# Introduction\n\n")
    new = numbered("# Introduction\n\nWater is scarce in the lower basin, and every state "
                   "wants more of it. Farmers, towns and power plants compete for it. Each "
                   "dry year sharpens the quarrel. Nobody expects that to change.\n\n" +
                   RIVER.split("\n\n", 1)[1])
    path = tmp_path / "questions.yaml"
    questions_mod.regenerate(path, old)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    old_texts = editable.block_texts(old)
    # an instructor's question on one sentence of the introduction
    mine = next(q for q in data["questions"] for ref in q["evidence"][:1]
                if ref.startswith("s1-") and any(
                    p in old_texts[block_of(ref)]
                    for p in editable.quoted_passages(q["text"] + " " + q["answer"])))
    mine["evidence"] = mine["evidence"][:1]
    mine["text"] = "In class: " + mine["text"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert not editable.gone_refs(mine, editable.AnchorTexts(new), {s.id for s in new.sections})
    qs, problems = reanchor(load_questions(path), new, path, fresh=questions_mod.generate(new))
    p = next(p for p in problems if f"'{mine['id']}'" in p.message)
    was = block_of(mine["evidence"][0])
    now = f"s1-p{int(was.split('-p')[1]) + 1}"           # one paragraph further on
    assert editable.MOVED in p.message and f"now in {now}" in p.message, p.message
    assert p.severity == "warning" and p.line
    assert next(q for q in qs if q.id == mine["id"]).text.startswith("In class:")   # kept


def test_timeline_events_follow_the_reading_and_the_instructors_are_reported(tmp_path):
    old, new = before_after()
    path = tmp_path / "timeline.yaml"
    timeline_mod.regenerate(path, old)
    last = old.sections[-1].blocks[0].id        # a paragraph id the new reading lacks
    assert last not in {b.id for _, b in new.blocks()}
    with path.open("a", encoding="utf-8") as f:
        f.write(f"\n- date: '2024'\n  text: Our seminar visits the dispatch centre\n"
                f"  evidence: [s1-p1, {last}]\n")
    loaded = timeline_mod.load_timeline(path)
    assert timeline_mod.outgrown(loaded, new, path) and not timeline_mod.outgrown(loaded, old, path)
    events, problems = timeline_mod.reanchor(loaded, new, path)
    blocks = editable.block_texts(new)
    for ev in events:
        assert all(block_of(x) in blocks for x in ev.evidence), ev.id
    mine = next(ev for ev in events if ev.text.startswith("Our seminar"))
    assert mine.evidence == ["s1-p1"]
    assert len(problems) == 1 and problems[0].severity == "warning"
    p = problems[0]
    line = path.read_text(encoding="utf-8").splitlines()[p.line - 1]
    assert line[p.column - 1:].startswith(last) and "(your own)" in p.message
    # the generated events now point at the paragraphs that report them
    for ev in events:
        if ev is not mine and ev.evidence:
            words = re.findall(r"\w{4,}", editable.compared(ev.text))
            hay = " ".join(blocks[block_of(x)] for x in ev.evidence)
            assert sum(w in hay for w in words) >= 0.5 * len(words), ev.text


MARKDOWN_READING = """\
title: The Varn river dispute
authors: [Ada Example]
year: "2023"
language: en
sources:
  markdown: source/article.md
"""


@pytest.mark.slow
def test_the_build_writes_the_reader_and_warns_after_the_reading_is_read_again(tmp_path, capsys):
    root = tmp_path / "course"
    assert main(["init", str(root), "--title", "T"]) == 0
    folder = root / "content/readings/river"
    (folder / "source").mkdir(parents=True)
    (folder / "reading.yaml").write_text(MARKDOWN_READING, encoding="utf-8")
    (folder / "source/article.md").write_text(RIVER, encoding="utf-8")
    pack = root / "content/pack.yaml"
    pack.write_text(re.sub(r"(?m)^readings:.*$", "readings: [{slug: river}]", pack.read_text("utf-8")),
                    encoding="utf-8")
    assert main(["questions", "--root", str(root)]) == 0
    capsys.readouterr()
    qpath = folder / "questions.yaml"
    data = yaml.safe_load(qpath.read_text(encoding="utf-8"))
    edited = data["questions"][-1]
    edited["text"] = "In class: " + edited["text"]
    edited["sections"] = list(edited["sections"]) + ["s9"]          # a section that will be gone
    qpath.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    # the article read again: a heading less, every later section renumbered
    (folder / "source/article.md").write_text(RIVER.replace(GONE_HEADING, ""), encoding="utf-8")
    code = main(["build", "--root", str(root), "--quiet"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert (root / "build/reader.pdf").is_file() and (root / "build/handout.pdf").is_file()
    assert re.search(r"(?m)^warning: content/readings/river/questions\.yaml:\d+:\d+: "
                     rf"'{re.escape(edited['id'])}' \(edited\): section 's9' is no longer in the "
                     "reading", err), err
    edition = json.loads((root / "build/river/edition.json").read_text(encoding="utf-8"))
    r = edition.get("reading", edition)
    blocks = {b["id"] for s in r["sections"] for b in s["blocks"]}
    sections = {s["id"] for s in r["sections"]}
    assert r["questions"]
    for q in r["questions"]:
        assert all(x.split("~")[0] in blocks for x in q["evidence"]), q["id"]
        assert set(q["sections"]) <= sections, q["id"]
    assert main(["check", "--root", str(root)]) == 0
    out = capsys.readouterr().out
    assert f"'{edited['id']}' (edited): section 's9' is no longer in the reading" in out
    # the untouched ones: the file is behind the printed questions, and check says so
    assert re.search(r"questions\.yaml: \d+ generated questions? \(.*\) written for another "
                     r"reading of the article.*`python3 build\.py questions river`", out), out


def test_a_sentence_its_paragraph_no_longer_has_is_gone():
    r = numbered(RIVER)
    texts = editable.AnchorTexts(r)
    n = texts.sentences("s1-p1")
    assert n >= 2
    entry = {"evidence": ["s1-p1", f"s1-p1~{n}", f"s1-p1~{n + 1}", "s1-p99"], "sections": ["s1"]}
    assert editable.gone_refs(entry, texts, {"s1"}) == [("evidence", f"s1-p1~{n + 1}"),
                                                        ("evidence", "s1-p99")]
