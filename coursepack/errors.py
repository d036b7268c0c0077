"""User-facing problems: ``path:line:column: message``.

A :class:`Problem` is one thing wrong with the content; a
:class:`ContentError` carries all problems found so far (a build reports
every problem together, not one per run).  The CLI turns a ContentError
into exit status 2 and never shows a traceback unless ``--debug``.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    column: int
    message: str
    severity: str = "error"   # error | warning

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        prefix = "" if self.severity == "error" else f"{self.severity}: "
        return f"{where}: {prefix}{self.message}"


class ContentError(Exception):
    """Bad input: one or more problems.  Exit status 2."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem("", 0, 0, problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self):
        """Pickled with its problems (it may be raised in a worker process).

        >>> import pickle
        >>> e = ContentError(Problem("a.yaml", 3, 1, "bad"))
        >>> pickle.loads(pickle.dumps(e)).problems == e.problems
        True
        """
        return (ContentError, (self.problems,))


class Problems:
    """A collector: stages add problems and raise once at the end."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, path: str | Path, line: int, column: int, message: str,
            severity: str = "error") -> None:
        self.items.append(Problem(str(path), line, column, message, severity))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity != "error"]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise ContentError(self.errors)


def suggest(word: str, choices) -> str:
    """A ``(did you mean 'x'?)`` suffix for a near-miss, or ``''``.

    >>> suggest("defintion", ["term", "definition", "aliases"])
    " (did you mean 'definition'?)"
    >>> suggest("zzz", ["term"])
    ''
    """
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
