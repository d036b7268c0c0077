"""The seed article as an edition model (repair + glossary), built once per session."""

from __future__ import annotations

import functools
from pathlib import Path

from coursepack import model

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "content" / "readings" / "russia-armenia-azerbaijan"
SOURCE = FOLDER / "source" / "000_d54a1e0693051c9d.txt"


@functools.lru_cache(maxsize=1)
def seed_reading() -> model.Reading:
    from coursepack.repair import repair_article
    result = repair_article(SOURCE.read_text(encoding="utf-8"), source=SOURCE.name)
    glossary = []
    if (FOLDER / "glossary.yaml").exists():
        from coursepack.glossary import load_glossary
        glossary = load_glossary(FOLDER / "glossary.yaml")
    return model.Reading(slug="russia-armenia-azerbaijan", meta=model.Metadata(),
                         sections=result.sections, footnotes=result.footnotes,
                         glossary=glossary)
