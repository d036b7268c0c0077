"""Measure the repair on the seed article (reading the source is measuring,
not tuning: every rule is tested on other texts in test_cases and
test_synthetic)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from coursepack.model import Link, NoteRef, Text, plain_text
from coursepack.repair import explain, load_corrections, repair_article
from coursepack.repair.smallcaps import lexicon
from coursepack.words import zipf

READING = Path(__file__).resolve().parents[2] / "content" / "readings" / "russia-armenia-azerbaijan"
SOURCE = READING / "source" / "000_d54a1e0693051c9d.txt"


@pytest.fixture(scope="module")
def seed():
    text = SOURCE.read_text(encoding="utf-8")
    corrections = load_corrections(READING / "corrections.yaml")
    return text, repair_article(text, source=str(SOURCE), corrections=corrections,
                                corrections_path=str(READING / "corrections.yaml"))


def _texts(r):
    """All output text outside URLs: title, abstracts, headings, body, notes."""
    def words(nodes):
        return "".join(n.text for n in nodes if isinstance(n, Text))
    out = [r.title] + [a.title for a in r.abstracts] + [words(a.inlines) for a in r.abstracts]
    for s in r.sections:
        out.append(s.title)
        out.extend(words(b.inlines) for b in s.blocks)
    out.extend(words(n.inlines) for n in r.footnotes)
    out.extend(re.sub(r"<https?://\S*", "", f.text) for f in r.fragments)
    return out


def test_headings(seed):
    _, r = seed
    assert [s.title for s in r.sections] == [
        "Introduction", "Russia and the military conflict",
        "The second war and Russia’s balanced position", "Explanations by the Kremlin",
        "Turkey as a complicated partner", "The trilateral ceasefire declaration",
        "Developments after the second war", "Conclusion"]


def test_title_and_abstracts(seed):
    _, r = seed
    assert r.title == ("Russia’s approaches towards Armenia and Azerbaijan: evolution of the "
                       "policy or interests come first?")
    assert [(a.lang, a.title) for a in r.abstracts] == [
        ("en", ""), ("pl", "Postawa Moskwy w stosunku do Armenii i Azerbejdżanu: ewolucja polityki czy interesy?")]
    assert plain_text(r.abstracts[0].inlines).startswith("This paper aims to analyse Russia’s policy")
    assert "podczas II wojny o Górski Karabach" in plain_text(r.abstracts[1].inlines).replace("\u00a0", " ")


def test_paragraphs_neither_split_nor_merged(seed):
    _, r = seed
    # counted by reading the seed: blank-line paragraphs, rejoined across page breaks
    assert [len(s.blocks) for s in r.sections] == [9, 2, 6, 4, 1, 6, 7, 4]
    for b in r.blocks():
        first = plain_text(b.inlines)
        assert first[:1].isupper() or first[:1] == "“", (b.id, first[:40])
    body = " ".join(plain_text(b.inlines) for b in r.blocks())
    for joined in ("94 per cent of Armenian arms imports came from Russia",
                   "discussed the developments with Turkish President",
                   "we acted that they do not matter".lower()):
        assert joined in body.replace("\u00a0", " ") or joined in body.lower().replace("\u00a0", " ")
    assert r.sections[3].blocks[1].kind == "quote"


def test_no_split_ligature_or_replacement_char(seed):
    _, r = seed
    for t in _texts(r):
        assert "\ufffd" not in t
        for m in re.finditer(r"(\w*(?:ffi|ffl|ff|fi|fl))[ \u00a0]([a-z]\w*)", t):
            assert zipf(m.group(1)) >= 3.0, m.group()   # only real words ("off", "if") end so


def test_no_lowercase_acronym_or_roman_date(seed):
    _, r = seed
    always = [a.form.lower() for a in lexicon() if a.context == "always"]
    pat = re.compile(r"(?<![\w.])(" + "|".join(re.escape(a) for a in always) + r")(?![\w])")
    for t in _texts(r):
        assert not pat.search(t), pat.search(t).group()
        assert not re.search(r"\d{1,2}[ \u00a0]+[ivx]{1,4}[ \u00a0]+\d{4}", t)
        assert not re.search(r"(?i)zayavleniye mid ", t.replace("MID", "M I D"))
    body = " ".join(_texts(r))
    for form in ("OSCE’s", "U.S.", "UN-backed", "FSB", "CSTO", "TASS", "RIA Novosti", "MID Rossii",
                 "MID RF", "prezidentu RF", "ministr RA", "SMI", "OBSE", "SS-26", "MGIMO", "EU",
                 "CAST", "TV Zvezda", "15 VI 2021", "28 III 2018"):
        assert form in body.replace("\u00a0", " "), form
    assert "in mid" not in body  # nothing to protect here, but 'mid' never became 'MID' in English


def test_no_line_break_hyphen_and_compounds_intact(seed):
    _, r = seed
    texts = " ".join(_texts(r)).replace("\u00a0", " ")
    for m in re.finditer(r"\b([a-z]+)-([a-z]+)\b", texts):
        left, right = m.groups()
        assert not (zipf(left + right) >= 3.5 and zipf(right) < 2.0), m.group()
    for compound in ("Nagorno-Karabakh", "Ter-Petrosyan", "post-Soviet", "military-technical",
                     "Europe–Asia", "Russian-brokered", "de-escalation", "long-term",
                     "political-diplomatic", "Azerbaijani-Armenian", "battlefield", "mandate"):
        assert compound in texts, compound


def test_urls_whole_and_clickable(seed):
    _, r = seed
    links = [n for f in r.footnotes for n in f.inlines if isinstance(n, Link)]
    urls = [l.url for l in links]
    # 36 URLs in the source: 3 are in stranded fragments (kept as text)
    assert len(links) == 33
    for u in urls:
        assert " " not in u and "\n" not in u and u.startswith("http")
    for want in ("https://www.sipri.org/sites/default/files/2018-03/fssipri_at2017_0.pdf",
                 "https://jamestown.org/program/russias-arms-sales-foreign-policy-tool-relations-azerbaijan-armenia/",
                 "https://www.kommersant.ru/doc/4433504",
                 "https://globalaffairs.ru/articles/mirovoj-shtorm-i-russkij-kurazh/",
                 "https://eurasianet.org/small-outpost-is-russias-first-visible-aid-to-armenia",
                 "https://www.foreignbrief.com/daily-news/astana-format-meets-amid-slim-chance-of-reconcilliation/",
                 "https://ria.ru/20201022/karabakh-1581069489.html",
                 "https://tass.ru/politika/9047997"):
        assert want in urls, want
    assert any(u.startswith("https://mirrorspectator.com/2020/11/02/why-negotiations-failed/") for u in urls)


def test_markers_resolve_and_lost_notes_flagged(seed):
    _, r = seed
    refs = {n.number for b in r.blocks() for n in b.inlines if isinstance(n, NoteRef)}
    assert refs == set(range(1, 56))
    for num in refs:
        assert r.note(num) is not None
    complete = {n.number for n in r.footnotes if n.status == "complete"}
    assert complete == set(range(1, 38)) | {42}
    for n in r.footnotes:
        if n.status != "complete":
            assert not n.inlines and n.status in ("lost", "partial")
        assert n.cites == []


def test_stranded_fragments_out_of_the_body(seed):
    _, r = seed
    for b in r.blocks():
        t = plain_text(b.inlines)
        assert "[accessed" not in t and "http" not in t and "[online]" not in t, b.id
    assert len(r.fragments) == 4
    for f in r.fragments:
        assert f.attached_to is not None and f.reason
        assert r.note(f.attached_to).status == "partial"
        assert f.text in r.note(f.attached_to).fragments


def test_corrections_applied_and_accounting_complete(seed):
    _, r = seed
    assert r.unmatched_corrections == []
    body = " ".join(plain_text(b.inlines) for b in r.blocks())
    for gone in ("assumptionss", "communicationss", "Interstingly", "percieved", "stooped", "2020President", ".."):
        assert gone not in body
    noted = [c for c in r.changes if c.kind == "correction" and not c.silent]
    assert noted and all(c.where.line > 0 and c.where.block for c in noted)
    a = r.accounting
    assert a.complete, a.missing
    assert a.source_words == len(SOURCE.read_text(encoding="utf-8").split())
    assert a.apparatus > 0 and a.metadata > 0 and a.notes > 0


def test_explain_lists_noted_changes(seed):
    _, r = seed
    text = explain(r)
    assert "noted changes:" in text and "assumptionss" in text
    assert "000_d54a1e0693051c9d.txt:86:" in text


def test_speed(seed):
    text, _ = seed
    best = min(_timed(text) for _ in range(3))
    assert best < 0.5   # the goal (50 ms) is reported; this only catches a blow-up


def _timed(text):
    t0 = time.perf_counter()
    repair_article(text)
    return time.perf_counter() - t0
