"""Readers: one per source kind, turning files into lines with positions.

``extracted`` reads raw PDF-extracted text; ``landing`` (a separate module)
reads a journal landing page.
"""

from .extracted import SourceLine, read_extracted, split_lines

__all__ = ["SourceLine", "read_extracted", "split_lines"]
