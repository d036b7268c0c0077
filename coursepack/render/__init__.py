"""Rendering: the Jinja environment and fetcher (env), the reader (reader),
its page map (pages), the student handout (handout)."""
