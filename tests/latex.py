"""Typesetting a test article with pdflatex: a PDF whose truth the test knows."""

from __future__ import annotations

import subprocess
from pathlib import Path


def latex_pdf(folder: Path, tex: str, name: str = "a") -> Path:
    """``tex`` written to ``folder/<name>.tex`` and typeset once by pdflatex
    (batch mode, its output silenced, a failure raised); the PDF's path."""
    (folder / f"{name}.tex").write_text(tex, encoding="utf-8")
    subprocess.run(["pdflatex", "-interaction=batchmode", f"{name}.tex"], cwd=folder, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return folder / f"{name}.pdf"
