"""Edition models built by hand for tests of the later stages (render,
handout, packs) that must not depend on the repair of any one text."""

from __future__ import annotations

import random
from pathlib import Path

from coursepack import model
from coursepack.content import OUTPUT, PackConfig, ReadingConfig
from coursepack.schema import apply_defaults

WORDS = ("river harbour council treaty grain merchant ledger province canal tariff "
         "assembly charter envoy frontier garrison customs bridge archive minister "
         "delegation market scholar coastline dispute settlement railway").split()


def sentence(rng: random.Random, n: int = 14) -> str:
    w = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(w).capitalize() + "."


def make_reading(slug: str = "harbour-towns", *, sections: int = 4, paras: int = 5,
                 seed: int = 1, title: str = "Harbour towns and their councils") -> model.Reading:
    rng = random.Random(seed)
    secs, notes, n = [], [], 0
    for si in range(1, sections + 1):
        blocks = []
        for pi in range(1, paras + 1):
            inl: list = [model.Text(" ".join(sentence(rng) for _ in range(5)))]
            if pi % 2 == 1:
                n += 1
                inl.append(model.NoteRef(n))
                inl.append(model.Text(" " + sentence(rng)))
                status = "lost" if n % 7 == 0 else "complete"
                notes.append(model.Footnote(
                    number=n, status=status,
                    inlines=[] if status == "lost" else
                    [model.Text(f"Note {n} text: " + sentence(rng, 10) + " "),
                     model.Link(f"https://example.org/archive/{slug}/{n}/a-rather-long-path-segment",
                                f"https://example.org/archive/{slug}/{n}/a-rather-long-path-segment")]))
            if pi == 2:
                inl.append(model.Text(" The Harbour Council met again."))
            blocks.append(model.Block(id=f"s{si}-p{pi}", inlines=inl))
        secs.append(model.Section(id=f"s{si}", title=f"Section {si} on {rng.choice(WORDS)}s",
                                  blocks=blocks))
    r = model.Reading(slug=slug, meta=model.Metadata(title=title, journal="Journal of Tests",
                                                     year="2020", languages=["en"]),
                      abstracts=[model.Abstract("en", title, [model.Text(sentence(rng, 40))])],
                      sections=secs, footnotes=notes)
    r.glossary = [model.GlossaryTerm(id="harbour-council", term="Harbour Council",
                                     definition="The town's governing body.")]
    # mark every occurrence of the term as the glossary stage would
    k = 0
    for _, b in r.blocks():
        new = []
        for node in b.inlines:
            if isinstance(node, model.Text) and "Harbour Council" in node.text:
                before, after = node.text.split("Harbour Council", 1)
                k += 1
                anchor = f"t-harbour-council-{k}"
                r.glossary[0].anchors.append(anchor)
                new += [model.Text(before), model.TermRef("harbour-council", "Harbour Council",
                                                          anchor, first=(k == 1)), model.Text(after)]
            else:
                new.append(node)
        b.inlines = new
    r.questions = [model.Question(id=f"q{i}", text=f"What does section {i} say about councils?",
                                  sections=[f"s{i}"], evidence=[f"s{i}-p3"])
                   for i in range(1, sections + 1)]
    r.timeline = [model.TimelineEvent(id="e1", date="1850", label="1850", text="A charter",
                                      evidence=["s1-p1"])]
    r.accounting = model.Accounting(source_words=10, body=10)
    return r


def make_pack(root: Path, readings: list[model.Reading], **output) -> tuple[PackConfig, model.Pack]:
    out = apply_defaults(output, OUTPUT)
    cfgs = [ReadingConfig(slug=r.slug, folder=root / "content" / "readings" / r.slug, week="Week 1",
                          label="", meta={}, sources={}) for r in readings]
    cfg = PackConfig(root=root, data={"title": "Test course"}, output=out, readings=cfgs)
    pack = model.Pack(title="Test course", term="Autumn", readings=readings, options=dict(out))
    return cfg, pack
