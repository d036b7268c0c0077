"""Test articles for questions and timeline, and a tiny builder of edition models.

``RIVER`` is an invented article (invented states, people and treaties, so that
no claim about the real world is made) with headings, a thesis and a
hypothesis, analysts' views, contrasts between actors, dated events and a
conclusion.  ``reading_from_text`` turns ``# Heading`` / blank-line paragraphs /
``> quote`` into a :class:`coursepack.model.Reading`.
"""

from __future__ import annotations

import re

from coursepack import model

RIVER = """\
# Introduction

The dispute between Veldora and Kassine over the waters of the Varn river is one of the oldest resource conflicts in the region. Negotiations on sharing the river began in 1987 under the auspices of the Basin Council, a regional mediating body, but they have not produced a final settlement. In 1998 the two states signed the Lower Varn Treaty, which fixed seasonal quotas for irrigation. The treaty held for more than a decade, although both sides accused each other of violations.

This article asks why Ostmark, the most powerful state upstream, changed its role in the dispute after 2015. It argues that Ostmark's policy is driven mainly by its commercial interest in hydropower exports rather than by its formal obligations as a guarantor of the treaty. The article aims to examine this hypothesis: Ostmark's mediation after 2015 marked the end of its commitment to a negotiated settlement.

The article relies on official statements, interviews with negotiators and reports in the regional press. It compares the positions of Veldora and Kassine and traces the changes in Ostmark's conduct over three decades.

# The dams and the drought

In March 2011 Kassine began building the Tessen dam on a tributary of the Varn. Veldora protested that the dam would reduce the flow reaching its farms during the dry season. While Veldora demanded an immediate halt to construction, Kassine insisted that the dam complied with the Lower Varn Treaty.

The drought of 2014 turned the quarrel into a crisis. In early May, farmers in southern Veldora blocked the border bridge, and the two governments recalled their ambassadors. According to Marta Lindqvist, the drought exposed how little the treaty said about years of extreme scarcity. Tomasz Brenner argues that the crisis was manufactured by politicians who needed a foreign enemy before the elections.

# Ostmark as mediator

Ostmark had long presented itself as a neutral guarantor. On 14 June 2015 its Foreign Minister Irena Kos invited both delegations to talks in the capital, Rovna. The talks produced the Rovna Declaration, which promised a joint monitoring commission for the river. However, the commission met only twice, and its reports were never published.

Analysts disagree about the meaning of this episode. Helena Sabo notes that Ostmark gained a permanent seat on the monitoring commission and with it a veto over new dams. Jonas Pereira suggested that the declaration was a sincere attempt at mediation which failed because neither side trusted the commission. As Ostmark's former ambassador Karel Voss put it, the declaration gave Ostmark influence without responsibility.

Ostmark sells electricity to both states. By supplying power to Veldora while financing turbines in Kassine, Ostmark kept the ability to reward and punish both parties. This dual role raised doubts about its neutrality in both capitals.

# The new agreement

Talks resumed on September 3, 2019, after a second dry summer. President Halvard Aune of Ostmark stated that his country would not accept any settlement that reduced its own share of the river. On 12–13 April 2021 the three governments met again in Rovna and signed a framework agreement on water allocation. The agreement created a joint dispatch centre that would publish daily flow data, and it gave Ostmark the right to chair the centre for five years.

Under the agreement, Kassine guarantees a minimum flow at the border during the dry season, and Veldora allows Kassine's barges to use its river port. While Kassine praised the agreement as a fair compromise, Veldora described it as a temporary truce imposed by a stronger neighbour.

# After the agreement

The agreement did not end the quarrel. On 2 February 2022 a barge carrying Kassine's grain ran aground near the port, and both sides blamed each other. In late March the dispatch centre published its first annual report, which showed that the minimum flow had been respected in most weeks.

In 2023 Ostmark proposed to extend its chairmanship of the centre for another five years. Kassine supported the proposal, whereas Veldora asked for a rotating chair. It seems likely that the question of the chair will shape relations among the three states in the coming years.

# Conclusion

The evidence suggests that Ostmark has not abandoned mediation. Its conduct since 2015 shows a move away from the role of a neutral guarantor towards that of an interested broker. Ostmark now profits from both the quarrel and its management. Considering this record, it is possible to argue that Ostmark's policy is explained mainly by its commercial and strategic interests. The hypothesis that Ostmark abandoned a negotiated settlement is therefore not confirmed: Ostmark has reshaped the settlement to suit its interests. Through the dispatch centre that it chairs, Ostmark now controls the flow data on which the claims of both neighbours depend.
"""

RIVER_GLOSSARY = [
    model.GlossaryTerm("basin-council", "Basin Council",
                       "The regional body that mediates disputes over shared rivers."),
    model.GlossaryTerm("dispatch-centre", "dispatch centre",
                       "A joint office that measures and publishes the river's flow."),
    model.GlossaryTerm("minimum-flow", "minimum flow",
                       "The smallest volume of water that must cross the border."),
]

SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _inlines(text: str) -> list:
    out = []
    for part in re.split(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]+)", text):
        if not part:
            continue
        if re.fullmatch(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", part):
            out.append(model.NoteRef(int(part.translate(SUP))))
        else:
            out.append(model.Text(part))
    return out


def reading_from_text(text: str, glossary=None, slug: str = "test") -> model.Reading:
    sections: list[model.Section] = []
    n = 0
    for chunk in re.split(r"\n\s*\n", text.strip()):
        chunk = chunk.strip()
        head = re.match(r"(#+) ", chunk)
        if head:            # "# Heading", "## Subheading" (level 2)
            title = chunk[head.end():].strip()
            sid = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
            sections.append(model.Section(sid, title, level=len(head.group(1))))
            continue
        if not sections:
            sections.append(model.Section("start", "Start"))
        n += 1
        kind = "quote" if chunk.startswith("> ") else "paragraph"
        body = re.sub(r"^> ?", "", chunk, flags=re.M) if kind == "quote" else chunk
        sections[-1].blocks.append(model.Block(f"p{n}", _inlines(" ".join(body.split())),
                                               kind=kind))
    return model.Reading(slug=slug, meta=model.Metadata(title="Test"), sections=sections,
                         glossary=list(glossary or []))


def river() -> model.Reading:
    return reading_from_text(RIVER, RIVER_GLOSSARY, slug="river")
