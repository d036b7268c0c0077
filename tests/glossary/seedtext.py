"""The seed article's body as plain text, for checking the seed glossary.

When the repair stage exists (``coursepack.repair.repair_article``) the
body is the repaired one; until then a rough stand-in is made from the raw
source: footnote blocks left out (a block starts at a line ``N text`` after
a blank line and runs to the next page, whose first line begins with a
space), line-end hyphens and broken ligatures (``confl ict``) joined,
whitespace normalised.  The stand-in keeps small capitals lower-case, so
names are compared ignoring case there.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READING = ROOT / "content" / "readings" / "russia-armenia-azerbaijan"
SOURCE = READING / "source" / "000_d54a1e0693051c9d.txt"
GLOSSARY = READING / "glossary.yaml"


def raw_body(text: str) -> str:
    """The body of the raw source as one normalised string."""
    return " ".join(p for _h, ps in raw_sections(text) for p in ps)


def raw_sections(text: str) -> list[tuple[str, list[str]]]:
    """``(heading, paragraphs)`` of the raw source's body (rough)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "Introduction")
    lines = lines[start:]
    out = []
    in_note = False
    for i, line in enumerate(lines):
        if line.startswith(" "):
            in_note = False
        if re.match(r"^\d{1,2} (?=\S)", line) and (i == 0 or not lines[i - 1].strip() or in_note):
            in_note = True
        if not in_note:
            out.append(line)
    body = "\n".join(out)
    body = re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", body)          # line-end hyphenation
    body = re.sub(r"(?<=[A-Za-z])-\n(?=[A-Z])", "-", body)       # Nagorno-\nKarabakh
    body = re.sub(r"(?<=\w)(ffi|ffl|ff|fi|fl) (?=[a-z])", r"\1", body)   # confl ict
    body = body.replace("a\ufffd er", "after").replace("\ufffd", "ft")
    sections: list[tuple[str, list[str]]] = []
    for para in re.split(r"\n\s*\n", body):
        para = " ".join(para.split())
        if not para:
            continue
        if len(para.split()) <= 8 and not para.endswith((".", ":", "?", "”", ",")):
            sections.append((para, []))
        elif sections:
            sections[-1][1].append(para)
    return sections


def rough_reading():
    """A Reading made from :func:`raw_sections` (text only, one Text per block)."""
    from coursepack import model
    sections = []
    for i, (title, paras) in enumerate(raw_sections(SOURCE.read_text(encoding="utf-8"))):
        sections.append(model.Section(f"s{i + 1}", title, [
            model.Block(f"s{i + 1}-p{j + 1}", [model.Text(p)]) for j, p in enumerate(paras)]))
    return model.Reading("russia-armenia-azerbaijan", model.Metadata(), sections=sections)


def repaired_reading():
    """The repaired seed reading, with the reading's corrections.yaml applied
    when there is one, or None while the repair stage is missing."""
    try:
        from coursepack.repair import load_corrections, repair_article  # type: ignore
    except ImportError:
        return None
    from coursepack import model
    corrections = READING / "corrections.yaml"
    result = repair_article(SOURCE.read_text(encoding="utf-8"), source=str(SOURCE),
                            corrections=load_corrections(corrections)
                            if corrections.exists() else None)
    return model.Reading("russia-armenia-azerbaijan", model.Metadata(),
                         abstracts=result.abstracts, sections=result.sections,
                         footnotes=result.footnotes)
