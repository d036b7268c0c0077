"""Poppler (pdftotext -bbox, pdffonts) and pypdf helpers for the print
tests: word positions, embedded fonts, page boxes."""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

MM = 72 / 25.4


def need(tool: str) -> str:
    path = shutil.which(tool)
    assert path, f"{tool} is not installed (Debian poppler-utils; run install.sh)"
    return path


@dataclass
class Word:
    text: str
    x0: float
    y0: float       # from the top of the page, in points
    x1: float
    y1: float


@dataclass
class Page:
    width: float
    height: float
    words: list[Word]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>')


def words(pdf: bytes) -> list[Page]:
    """Every page's words with their boxes (pdftotext -bbox), in points
    from the top left of the page (the crop box)."""
    need("pdftotext")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(pdf)
        out = subprocess.run(["pdftotext", "-bbox", str(src), "-"], check=True,
                             capture_output=True).stdout.decode("utf-8")
    pages = []
    for w, h, body in _PAGE.findall(out):
        ws = [Word(html.unescape(t), float(a), float(b), float(c), float(d))
              for a, b, c, d, t in _WORD.findall(body)]
        pages.append(Page(float(w), float(h), ws))
    return pages


@dataclass
class Font:
    name: str
    type: str
    emb: bool
    sub: bool
    uni: bool


def fonts(pdf: bytes) -> list[Font]:
    """The fonts of a PDF as pdffonts lists them."""
    need("pdffonts")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(pdf)
        out = subprocess.run(["pdffonts", str(src)], check=True,
                             capture_output=True).stdout.decode("utf-8")
    rows = out.splitlines()[2:]
    found = []
    for row in rows:
        parts = row.split()
        # name type... encoding emb sub uni object ID
        emb, sub, uni = parts[-5:-2]
        found.append(Font(parts[0], " ".join(parts[1:-6]), emb == "yes", sub == "yes", uni == "yes"))
    return found


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def to_unicode_maps(pdf: bytes) -> dict[str, dict[int, str]]:
    """Each font's ToUnicode map (glyph id → text), read from the PDF."""
    r = reader(pdf)
    maps: dict[str, dict[int, str]] = {}
    seen = set()
    for page in r.pages:
        res = page.get("/Resources") or {}
        for _, ref in (res.get("/Font") or {}).items():
            font = ref.get_object()
            name = str(font.get("/BaseFont"))
            if name in seen or "/ToUnicode" not in font:
                continue
            seen.add(name)
            data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            m: dict[int, str] = {}
            for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
                for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
                    m[int(src, 16)] = bytes.fromhex(dst).decode("utf-16-be", "replace")
            for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
                for a, b, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
                    start = bytes.fromhex(dst).decode("utf-16-be", "replace")
                    for k, gid in enumerate(range(int(a, 16), int(b, 16) + 1)):
                        m[gid] = start[:-1] + chr(ord(start[-1]) + k) if start else ""
            maps[name] = m
    return maps
