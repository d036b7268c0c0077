"""Recall and precision of the timeline on the corpus (a dev measure, not a test).

    python3 -m tests.timeline.core_gold ROOT [--list]

ROOT is a project with the corpus readings ingested (``/tmp/base-P`` or a copy).
Recall: how many of the hand-made core events of ``data/core_events.yaml`` the
timeline finds (all events) and the handout's selection shows (the rows of the
handout as laid out, or ``--rows N``: the N most significant), and of the ``key`` ones (the events the blind
judge names as central to the article) how many the handout shows.  Precision: the events found and shown
that ``corpus_judged.yaml`` judges right, of those it judges (unjudged ones listed).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent


def _has(word: str, text: str) -> bool:
    """``word`` in ``text``: an acronym ("SS", "MIT") as a whole word in capitals (not the
    "ss" of "Wissenschaft"), other words as a case-insensitive part of a word."""
    if word.isupper():
        return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w])", text) is not None
    return word.lower() in text.lower()


def matches(gold: dict, ev) -> bool:
    if not ev.date.startswith(str(gold["date"])):
        return False
    return all(any(_has(w, ev.text) for w in str(alt).split("|"))
               for alt in gold["words"])


#: label forms that mislead read alone (the blind judges' MISLEADING rows): checked on
#: every event found, apart from the verdicts of corpus_judged.yaml
SUSPECT = [
    ("a document or body named by its head noun alone",
     re.compile(r"^The\s+(?:Declaration|Agreement|Treaty|Strategy|Plan|Programme|Program|Decision|"
                r"Resolution|Report|Document|Statement|Law|Act|Project|Initiative|Commission|Committee|"
                r"Council|Conference)\s+(?:was|were|had|did|[a-z]+ed)\b")),
    ("a definition", re.compile(r"^[^,;:]{2,80}?\s(?:is|are|ist|sind)\s+(?:a|an|ein|eine)\s")),
    ("the author's framing", re.compile(r"\b(?:auf dem (?:Gipfel|Höhepunkt)|at the (?:height|peak) of)\b|"
                                       r"\s(?:schließlich|endlich|finally|eventually|ultimately)\s")),
    ("a word's history", re.compile(r"^(?:Der|Die|Das|The)\s+(?:Begriff|Terminus|Wort|term|concept|notion|"
                                   r"word)\b.*\b(?:fand\s+Eingang|entered|spread|gained currency)")),
    ("an impersonal passive without its occasion",
     re.compile(r"^(?:In|Im|An|Am|Auf|Bei)\s[^,]*\b(?:war|wurde)\b[^,]*\bworden(?:\s+\([^()]*\))?$")),
    ("the author's intensifier on a happening",
     re.compile(r"^(?:Massive|Huge|Enormous|Vast|Tremendous|Unprecedented|Dramatic|Spectacular|"
                r"Massive[nmrs]?|Gewaltige[nmrs]?|Beispiellose[nmrs]?)\s")),
    ("an effect set going, not the act",
     re.compile(r"^Mit\s+der\s+\w+ung\b[^,]*\b(?:wurde|wurden)\b[^,]*\b(?:in\s+Gang\s+gesetzt|eingeleitet|"
                r"angestoßen|ausgelöst)")),
    ("an impersonal passive whose body the sentence names",
     re.compile(r"^In\s+der\s[^,]*\b(?:war|wurde)\b[^,]*\b(?:gesprochen|diskutiert|debattiert)\b")),
    ("a pronoun or demonstrative subject",
     re.compile(r"^(?:It|They|He|She|This|These|Er|Sie|Es|Dies|Diese[nmrs]?)\s")),
]


def suspect(text: str) -> str:
    """Why a label may mislead read alone ("" when no form of SUSPECT fits).

    >>> suspect("The Declaration was adopted at the Oslo Conference"), suspect("Finland put it forward")
    ('a document or body named by its head noun alone', '')
    """
    return next((why for why, rx in SUSPECT if rx.search(text)), "")


def score(root: Path, show: bool = False, rows: int | None = None) -> dict:
    """``rows``: the handout's rows taken as that many (the most significant); by
    default the rows of the handout laid out (its fitting, :func:`render_handout`)."""
    from coursepack import model
    from coursepack.content import load_pack
    from coursepack.render.env import Renderer
    from coursepack.edition import build_reading
    from coursepack import timeline as T
    from coursepack.render import handout as H
    gold = yaml.safe_load((HERE / "data/core_events.yaml").read_text("utf-8"))["events"]
    judged = yaml.safe_load((HERE / "corpus_judged.yaml").read_text("utf-8"))["judged"]
    verdict = {(j["reading"], str(j["date"]), j["label"]): j["verdict"] for j in judged}
    pack = load_pack(root)
    cfg, renderer = pack, Renderer(root)
    n = dict(rows=0, gold=0, hard=0, found=0, shown=0, found_easy=0, shown_easy=0, fits=0, events=0, printed=0,
             right=0, wrong=0, unjudged=0, p_right=0, p_wrong=0, p_unjudged=0, key=0, key_shown=0,
             suspect=0, p_suspect=0)
    for rc in pack.readings:
        r = build_reading(pack, rc).reading
        evs = T.extract(r)
        r.timeline = evs
        if rows is None:      # the rows the sheet shows: the handout laid out for real
            fitted: list = []
            H.render_handout(renderer, cfg, model.Pack("P", readings=[r]), r, fitted=fitted)
            shown = fitted[0][1]
            k = len(shown)
        else:
            k = min(rows, len(evs))
            shown = T.select_for_handout(r, k)
        n["events"] += len(evs)
        n["printed"] += len(shown)
        for e in evs:
            v = verdict.get((rc.slug, e.date, e.text), "unjudged")
            n[v] += 1
            if e in shown:
                n["p_" + v] += 1
            why = suspect(e.text)
            n["suspect"] += bool(why)
            n["p_suspect"] += bool(why) and e in shown
            if show and v != "right":
                print(f"  {rc.slug:26} {v:8} {'*' if e in shown else ' '} {e.date}: {e.text}")
            if show and why:
                print(f"  {rc.slug:26} SUSPECT  {'*' if e in shown else ' '} {e.date}: {e.text} ({why})")
        # the most the sheet can show of this reading's core events: its rows
        n["fits"] += min(len(gold.get(rc.slug, [])), k)
        n["rows"] += k
        for g in gold.get(rc.slug, []):
            hard = bool(g.get("hard"))
            f = any(matches(g, e) for e in evs)
            s = any(matches(g, e) for e in shown)
            n["gold"] += 1
            n["hard"] += hard
            n["found"] += f
            n["shown"] += s
            n["found_easy"] += f and not hard
            n["shown_easy"] += s and not hard
            n["key"] += bool(g.get("key"))
            n["key_shown"] += s and bool(g.get("key"))
            if show and not s:
                print(f"  {rc.slug:26} {'MISSED' if not f else 'not shown':9} {g['date']} "
                      f"{'/'.join(map(str, g['words']))}{' (hard)' if hard else ''}")
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", type=Path)
    ap.add_argument("--list", action="store_true", help="list misses and events not judged right")
    ap.add_argument("--rows", type=int, help="take the handout's rows as this many (default: "
                    "lay the handouts out and count their rows)")
    a = ap.parse_args()
    sys.path.insert(0, str(Path.cwd()))
    n = score(a.root.resolve(), a.list, a.rows)
    easy = n["gold"] - n["hard"]
    print(f"core events {n['gold']} ({n['hard']} hard): found {n['found']} "
          f"({n['found'] / n['gold']:.0%}), shown on the handout {n['shown']} "
          f"({n['shown'] / n['gold']:.0%}); without the hard ones found {n['found_easy']}/{easy} "
          f"({n['found_easy'] / easy:.0%}), shown {n['shown_easy']}/{easy} ({n['shown_easy'] / easy:.0%}); "
          f"shown of what the rows can hold {n['shown']}/{n['fits']} ({n['shown'] / n['fits']:.0%}); "
          f"key events shown {n['key_shown']}/{n['key']}; handout rows {n['rows']}")
    print(f"events {n['events']}: right {n['right']}, wrong {n['wrong']}, unjudged {n['unjudged']}; "
          f"printed {n['printed']}: right {n['p_right']}, wrong {n['p_wrong']}, "
          f"unjudged {n['p_unjudged']}")
    print(f"labels of a misleading form (SUSPECT): {n['suspect']} of the events, {n['p_suspect']} printed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
