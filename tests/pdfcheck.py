"""Reading a built PDF back with pypdf: page texts, page labels and named
destinations (WeasyPrint writes every HTML id as a named destination)."""

from __future__ import annotations

import io
import re
from functools import cached_property

from pypdf import PdfReader


def norm(text: str) -> str:
    """Whitespace folded, soft hyphens/zero-width spaces and line-end
    hyphenation undone, so text from a page can be compared with the model."""
    text = text.replace("\u00ad", "").replace("\u200b", "")
    # U+2010 at a line end is the hyphen the layout inserted: the word is whole
    text = re.sub(r"(\w)\u2010\s*\n\s*(\w)", r"\1\2", text)
    # an ordinary hyphen at a line end belongs to the word (Nagorno-Karabakh)
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1-\2", text)
    return re.sub(r"\s+", " ", text).strip()


class Pdf:
    def __init__(self, data: bytes):
        self.reader = PdfReader(io.BytesIO(data))

    @cached_property
    def texts(self) -> list[str]:
        return [p.extract_text() or "" for p in self.reader.pages]

    @cached_property
    def flat(self) -> list[str]:
        return [norm(t) for t in self.texts]

    @cached_property
    def flat_nospace(self) -> list[str]:
        return [re.sub(r"\s+", "", t) for t in self.flat]

    @cached_property
    def dests(self) -> dict[str, int]:
        out = {}
        for name, d in self.reader.named_destinations.items():
            try:
                out[str(name)] = self.reader.get_destination_page_number(d)
            except Exception:  # noqa: BLE001
                pass
        return out

    @property
    def labels(self) -> list[str]:
        return list(self.reader.page_labels)

    def body_texts(self, first: int = 0, end: int | None = None,
                   tolerance: float = 1.6) -> list[str]:
        """The running text of pages ``first``..``end`` (others give ''):
        characters in the size most used there (or up to ``tolerance`` points
        smaller, for quotations), without headings, notes, running heads or
        page numbers."""
        import math
        from collections import Counter

        pages: list[list[tuple[float, str]]] = []
        sizes: Counter = Counter()
        end = len(self.reader.pages) if end is None else end
        for k, page in enumerate(self.reader.pages):
            parts: list[tuple[float, str]] = []
            pages.append(parts)
            if not first <= k < end:
                continue

            def visit(text, cm, tm, font, size, parts=parts):
                eff = round(size * math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3]), 1)
                parts.append((eff, text))
                if text.strip():
                    sizes[eff] += len(text)

            page.extract_text(visitor_text=visit)
        body = sizes.most_common(1)[0][0]
        return [norm("".join(t for s, t in parts if body - tolerance <= s <= body + 0.2))
                for parts in pages]

    def __len__(self) -> int:
        return len(self.reader.pages)

    def find(self, snippet: str) -> list[int]:
        """Pages whose text contains ``snippet`` (spaces ignored)."""
        s = re.sub(r"\s+", "", norm(snippet))
        return [i for i, t in enumerate(self.flat_nospace) if s in t]
