"""Visual review: render chosen pages of the outputs to PNG (with poppler's
``pdftoppm``) and put them side by side on a contact sheet (Pillow)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
import pypdfium2 as pdfium
from pypdf import PdfReader
from PIL import Image, ImageDraw, ImageFont

from .errors import ContentError, Problem
from .content import load_pack
from .read import read_pdf_cached
from .read.overrides import apply_overrides, load_overrides


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


# ------------------------------------------------------------------ review --layout

#: One colour per role (RGB), for the boxes drawn over the original pages.
ROLE_COLOURS = {
    "title": (156, 39, 176), "subtitle": (156, 39, 176), "author": (233, 30, 99),
    "affiliation": (240, 98, 146), "abstract_title": (0, 121, 107), "abstract": (0, 150, 136),
    "keywords": (77, 182, 172), "heading": (213, 0, 0), "paragraph": (33, 150, 243),
    "quote": (63, 81, 181), "list_item": (3, 169, 244), "note": (255, 143, 0),
    "figure": (76, 175, 80), "table": (46, 125, 50), "caption": (139, 195, 74),
    "references_heading": (121, 85, 72), "reference": (161, 136, 127),
    "furniture": (117, 117, 117), "cover": (66, 66, 66), "other": (255, 23, 68),
}


def _font(size: int):
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size)


def draw_layout(structure, pdf: Path, out: Path, stem: str, dpi: int = 80,
                pages: list[int] | None = None) -> list[Path]:
    """Draw the structure's blocks as coloured boxes (one colour per role,
    a legend under each page, each block's id and role beside it) over the
    original pages, rendered with pypdfium2; one PNG per page,
    ``<out>/<stem>-layout-p001.png``.  Returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    scale = dpi / 72
    by_page: dict[int, list] = {}
    for b in structure.blocks:
        if b.lines:
            for ln in b.lines:
                by_page.setdefault(ln.page, [])
            by_page.setdefault(b.page, []).append(b)
    doc = pdfium.PdfDocument(str(pdf))
    made: list[Path] = []
    small, legend_font = _font(max(8, int(7 * scale))), _font(max(9, int(8 * scale)))
    try:
        for pno in pages or range(1, len(doc) + 1):
            if not 1 <= pno <= len(doc):
                continue
            page = doc[pno - 1]
            im = page.render(scale=scale).to_pil().convert("RGB")
            page.close()
            overlay = Image.new("RGBA", im.size, (0, 0, 0, 0))
            d = ImageDraw.Draw(overlay)
            used: list[str] = []
            for b in by_page.get(pno, []):
                col = ROLE_COLOURS.get(b.role, (0, 0, 0))
                if b.role not in used:
                    used.append(b.role)
                # a block can run on over a page: its box on each page it touches
                for part in {ln.page for ln in b.lines}:
                    lines = [ln for ln in b.lines if ln.page == part]
                    if part != pno:
                        continue
                    x0 = min(ln.x0 for ln in lines) * scale
                    y0 = min(ln.top for ln in lines) * scale
                    x1 = max(ln.x1 for ln in lines) * scale
                    y1 = max(ln.bottom for ln in lines) * scale
                    d.rectangle([x0 - 2, y0 - 2, x1 + 2, y1 + 2], fill=col + (40,),
                                outline=col + (255,), width=max(1, int(scale)))
                    label = f"{b.id} {b.role}" + (f" {b.level}" if b.role == "heading" else "") \
                        + (f" {b.number}" if b.number is not None else "") \
                        + (" (cont.)" if b.continues else "")
                    d.text((x0, max(0, y0 - 2 - small.size)), label, fill=col + (255,), font=small)
            # blocks continued from an earlier page
            for b in structure.blocks:
                if b.page != pno and any(ln.page == pno for ln in b.lines):
                    col = ROLE_COLOURS.get(b.role, (0, 0, 0))
                    lines = [ln for ln in b.lines if ln.page == pno]
                    d.rectangle([min(ln.x0 for ln in lines) * scale - 2,
                                 min(ln.top for ln in lines) * scale - 2,
                                 max(ln.x1 for ln in lines) * scale + 2,
                                 max(ln.bottom for ln in lines) * scale + 2],
                                fill=col + (40,), outline=col + (255,), width=max(1, int(scale)))
            im = Image.alpha_composite(im.convert("RGBA"), overlay).convert("RGB")
            # the legend: every role, those on this page in full colour
            row = legend_font.size + 6
            per_row = max(1, im.width // (11 * legend_font.size))
            rows = (len(ROLE_COLOURS) + per_row - 1) // per_row
            canvas = Image.new("RGB", (im.width, im.height + rows * row + 8), "white")
            canvas.paste(im, (0, 0))
            d = ImageDraw.Draw(canvas)
            for k, (role, col) in enumerate(ROLE_COLOURS.items()):
                x = 6 + (k % per_row) * (im.width - 12) // per_row
                y = im.height + 4 + (k // per_row) * row
                faded = col if role in used else tuple(200 + c // 5 for c in col)
                d.rectangle([x, y + 2, x + legend_font.size, y + 2 + legend_font.size],
                            fill=faded)
                d.text((x + legend_font.size + 4, y), role.replace("_", " "),
                       fill=(0, 0, 0) if role in used else (170, 170, 170), font=legend_font)
            path = out / f"{stem}-layout-p{pno:03d}.png"
            with tempfile.NamedTemporaryFile(dir=out, suffix=".png", delete=False) as f:
                canvas.save(f, format="PNG", optimize=True)
            Path(f.name).chmod(0o644)
            Path(f.name).replace(path)
            made.append(path)
    finally:
        doc.close()
    return made


def review_layout(root: Path, slug: str, *, pages: str = "all", dpi: int = 80) -> list[Path]:
    """``review --layout SLUG``: the reading's PDF with the structure read
    from it (``structure.yaml`` applied) drawn over its pages (``pages``:
    ``"1-3,7"`` or ``"all"``), into ``build/review/``."""
    pack = load_pack(root)
    cfg = next((c for c in pack.readings if c.slug == slug), None)
    if cfg is None:
        known = ", ".join(c.slug for c in pack.readings) or "none"
        raise ContentError(Problem("content/pack.yaml", 0, 0, f"no reading '{slug}' in the pack "
                                   f"(readings: {known})"))
    pdf = cfg.files.get("pdf")
    if pdf is None:
        raise ContentError(Problem(cfg.rel(cfg.folder / "reading.yaml", root), 0, 0,
                                   f"reading '{slug}' has no PDF source (sources.pdf): "
                                   "--layout draws what was read from a PDF"))
    structure = read_pdf_cached(pdf, root / "build", display=cfg.rel(pdf, root))
    spath = cfg.files.get("structure.yaml")
    if spath:
        structure = apply_overrides(structure, load_overrides(spath, cfg.rel(spath, root)))
    n = len(structure.pages) or max((ln.page for b in structure.blocks for ln in b.lines),
                                    default=0)
    return draw_layout(structure, pdf, root / "build" / "review", slug, dpi=dpi,
                       pages=parse_pages(pages, n) if pages not in ("", "all") else None)
