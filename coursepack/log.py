"""Logs are output.  WeasyPrint's warnings are captured per render and
reported by the build (and tests fail on an unexpected one)."""

from __future__ import annotations

import contextlib
import logging


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def quiet_weasyprint():
    """Collect WeasyPrint's warnings instead of printing them to stderr."""
    handler = _Collect()
    loggers = [logging.getLogger(n) for n in ("weasyprint", "weasyprint.progress", "fontTools")]
    saved = [(lg, lg.propagate, lg.level, list(lg.handlers)) for lg in loggers]
    for lg in loggers:
        lg.handlers = [handler]
        lg.propagate = False
        lg.setLevel(logging.WARNING)
    try:
        yield handler
    finally:
        for lg, prop, level, handlers in saved:
            lg.handlers = handlers
            lg.propagate = prop
            lg.setLevel(level)
