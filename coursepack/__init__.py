"""coursepack: scholarly articles, including text damaged by PDF extraction,
turned into a printable teaching edition (reader and handout)."""

__version__ = "0.1.0"
