"""Rendering: the Jinja environment and fetcher (env), the reader (reader)."""
