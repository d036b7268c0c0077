"""Visual review: render chosen pages of the outputs to PNG (with poppler's
``pdftoppm``) and put them side by side on a contact sheet (Pillow)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .errors import ContentError, Problem


def parse_pages(spec: str, n: int) -> list[int]:
    """``"1-3,7"`` → ``[1, 2, 3, 7]`` (1-based PDF page indexes, clipped to n).

    >>> parse_pages("1-3,7", 10), parse_pages("all", 3), parse_pages("9-12", 10)
    ([1, 2, 3, 7], [1, 2, 3], [9, 10])
    """
    if spec in ("", "all"):
        return list(range(1, n + 1))
    out: list[int] = []
    for part in spec.split(","):
        part = part.strip()
        if "-" in part:
            a, b = part.split("-", 1)
            out += range(int(a), min(int(b), n) + 1)
        elif part:
            out.append(int(part))
    return [p for p in out if 1 <= p <= n]


def render_pages(pdf: Path, pages: list[int], out: Path, dpi: int = 60) -> list[Path]:
    if not shutil.which("pdftoppm"):
        raise ContentError(Problem(str(pdf), 0, 0, "pdftoppm is not installed (Debian package "
                                   "poppler-utils; run install.sh)"))
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for p in pages:
        stem = out / f"{pdf.stem}-p{p:03d}"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(p),
                        "-l", str(p), str(pdf), str(stem)], check=True)
        made.append(stem.with_suffix(".png"))
    return made


def contact_sheet(images: list[Path], path: Path, per_row: int = 4) -> Path:
    from PIL import Image
    ims = [Image.open(p).convert("RGB") for p in images]
    if not ims:
        raise ContentError("no pages to put on a contact sheet")
    w = max(i.width for i in ims)
    h = max(i.height for i in ims)
    gap = 12
    rows = (len(ims) + per_row - 1) // per_row
    cols = min(per_row, len(ims))
    sheet = Image.new("RGB", (cols * w + (cols + 1) * gap, rows * h + (rows + 1) * gap), "#d8d8d8")
    for k, im in enumerate(ims):
        x = gap + (k % per_row) * (w + gap)
        y = gap + (k // per_row) * (h + gap)
        sheet.paste(im, (x, y))
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".png", delete=False) as f:
        sheet.save(f, format="PNG", optimize=True)
    Path(f.name).chmod(0o644)
    Path(f.name).replace(path)
    return path
