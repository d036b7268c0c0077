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
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
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

    def __len__(self) -> int:
        return len(self.reader.pages)

    def find(self, snippet: str) -> list[int]:
        """Pages whose text contains ``snippet`` (spaces ignored)."""
        s = re.sub(r"\s+", "", norm(snippet))
        return [i for i, t in enumerate(self.flat_nospace) if s in t]
