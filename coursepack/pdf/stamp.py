"""Per-student copies of the reader: ``python build.py copies --roster roster.csv``.

Each copy carries "Prepared for <name> — <course>, <term>" in the foot
margin of every page and starts with a copyright/use notice page (the
pack's ``notice`` and each reading's licence).  The reader is rendered
once; so is everything else:

* one WeasyPrint render makes the notice page (and its blank verso, so
  that duplex printing keeps rectos on the right);
* one WeasyPrint render makes *all* the stamps, one page per student, so
  their text is real text in a real (embedded, subset) font;
* pypdf builds a *base* copy once: notice pages + reader, every page
  drawing a shared form XObject, the stamp, after its own content;
* each student's copy is the base file plus a small incremental update
  (PDF 1.4 §3.4.5) that replaces the stamp XObject with that student's
  stamp.  No PDF is parsed or rewritten per student, so 100 copies take
  about as long as writing 100 files.

The roster is a UTF-8 CSV file with a header row: ``name`` (required),
``id`` and ``email`` (optional, not printed); blank lines are skipped.
File names are the student's name made safe (ASCII letters, digits,
hyphens); the same name twice gets ``-2``, ``-3`` …
"""

from __future__ import annotations

import csv
import html
import io
import re
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable
import tempfile
import time
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject
from anyascii import anyascii

from ..errors import ContentError, Problem, Problems
from ..outputs import atomic_write
from .compat import add_object, root_object
from ..build import Options, build
from ..content import load_pack
from ..log import quiet_weasyprint
from ..wpload import load_weasyprint
from ..yamlio import read_text
from .forms import draw_form, make_form

STAMP_NAME = "/CPStamp"


@dataclass
class Student:
    name: str
    id: str = ""
    email: str = ""


# ------------------------------------------------------------------ roster


def read_roster(path: Path, display: str | None = None) -> list[Student]:
    """Students from a CSV roster (header: ``name``, optional ``id``,
    ``email``; other columns are ignored).  Problems name the line.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "r.csv"
    >>> _ = p.write_text("\\ufeffName,ID\\nZoë Kowalska,17\\n\\n  Jan Nowak ,\\n", encoding="utf-8")
    >>> [(s.name, s.id) for s in read_roster(p)]
    [('Zoë Kowalska', '17'), ('Jan Nowak', '')]
    """
    display = display or str(path)
    text = read_text(Path(path), display)
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    try:
        rows = list(reader)
    except csv.Error as e:     # e.g. a NUL byte, a quote left open
        raise ContentError(Problem(display, reader.line_num, 0, (
            f"not a readable CSV file: {e}; save the roster as CSV (UTF-8) from your "
            "spreadsheet"))) from None
    problems = Problems()
    while rows and not any(c.strip() for c in rows[0]):
        rows.pop(0)
    if not rows:
        raise ContentError(Problem(display, 0, 0, "the roster is empty: write a header line "
                                   "'name,id,email' and one line per student"))
    header = [h.strip().lower() for h in rows[0]]
    if "name" not in header:
        raise ContentError(Problem(display, 1, 1, "the header line needs a 'name' column "
                                   f"(found: {', '.join(' '.join(h.split())[:40] for h in header[:8] if h) or 'nothing'})"))
    col = {k: header.index(k) for k in ("name", "id", "email") if k in header}
    students = []
    for i, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        get = lambda k: row[col[k]].strip() if k in col and col[k] < len(row) else ""  # noqa: E731
        name = " ".join(get("name").split())
        if not name:
            problems.add(display, i, col["name"] + 1, "no name on this line")
            continue
        students.append(Student(name=name, id=get("id"), email=get("email")))
    problems.raise_if_errors()
    if not students:
        raise ContentError(Problem(display, 0, 0, "the roster lists no students"))
    return students


def safe_name(name: str, limit: int = 60) -> str:
    """A file name for a student: ASCII letters, digits and hyphens.

    >>> safe_name("Zoë  O'Brien-Łukasiewicz"), safe_name("../../etc/passwd"), safe_name("李雷")
    ('Zoe-OBrien-Lukasiewicz', 'etc-passwd', 'LiLei')
    >>> safe_name("Дмитрий Ким"), safe_name("김민준"), safe_name("…")
    ('Dmitriy-Kim', 'GimMinJun', 'student')
    """
    s = anyascii(unicodedata.normalize("NFC", name))
    s = re.sub(r"['’`]", "", s)
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-")[:limit].strip("-")
    return s or "student"


def file_names(students: Iterable[Student]) -> list[str]:
    """One distinct file name per student (``.pdf``); names equal but for
    case get a number too, for case-insensitive file systems.

    >>> file_names([Student("Ann Lee"), Student("ann lee"), Student("Ann Lee-2"), Student("李")])
    ['Ann-Lee.pdf', 'ann-lee-2.pdf', 'Ann-Lee-2-2.pdf', 'Li.pdf']
    """
    taken: set[str] = set()
    out = []
    for s in students:
        base = safe_name(s.name)
        name, k = base, 1
        while name.lower() in taken:
            k += 1
            name = f"{base}-{k}"
        taken.add(name.lower())
        out.append(name + ".pdf")
    return out


# ------------------------------------------------------------------ rendering


def stamp_line(student: Student, course: str = "", term: str = "") -> str:
    """The text printed at the foot of every page.

    >>> stamp_line(Student("Ann Lee"), "POL 214", "Spring 2027")
    'Prepared for Ann Lee — POL 214, Spring 2027'
    >>> stamp_line(Student("Ann Lee"))
    'Prepared for Ann Lee'
    """
    tail = ", ".join(x for x in (course, term) if x)
    return f"Prepared for {student.name}" + (f" — {tail}" if tail else "")


def _fetch_nothing(url: str, *a, **k):
    raise ValueError(f"refused to fetch {url}: stamps use no external resources")


def _page_css(width_pt: float, height_pt: float) -> str:
    return f"@page {{ size: {width_pt:.3f}pt {height_pt:.3f}pt; margin: 0; }}"


STRIP_MM = 20.0     # height of the stamp strip at the foot of the page


def render_stamps(lines: list[str], width_pt: float, height_pt: float = 0.0) -> bytes:
    """One small page (the page's width × a strip at its foot) per stamp
    line, the text centred about 6 mm above the bottom edge; one
    WeasyPrint render for all of them (about 7 ms a line).  ``height_pt``
    is accepted for symmetry and ignored: the strip is drawn at the
    bottom-left corner of each page."""
    HTML = load_weasyprint().HTML
    del height_pt
    body = "".join(f"<p>{html.escape(t)}</p>" for t in lines)
    doc = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>
@page {{ size: {width_pt:.3f}pt {STRIP_MM}mm; margin: 0; }}
html, body {{ margin: 0; }}
p {{ break-after: page; margin: 0; padding: 11mm 10mm 0; text-align: center;
     font: 7.5pt/1.2 "Noto Sans", "DejaVu Sans", "WenQuanYi Micro Hei", sans-serif; color: #444; }}
p:last-child {{ break-after: auto; }}
</style></head><body>{body}</body></html>"""
    with quiet_weasyprint():
        return HTML(string=doc, url_fetcher=_fetch_nothing).write_pdf()


def render_notice(title: str, course: str, term: str, notice: str,
                  licences: list[tuple[str, str]], width_pt: float, height_pt: float) -> bytes:
    """The copyright/use notice page and a blank verso."""
    HTML = load_weasyprint().HTML
    e = html.escape
    items = "".join(f"<li><span class='t'>{e(t)}</span>: {e(lic)}</li>" for t, lic in licences)
    doc = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>
{_page_css(width_pt, height_pt)}
@page {{ margin: 30mm 30mm 30mm 30mm; }}
body {{ font: 10pt/1.45 "Noto Serif", "DejaVu Serif", serif; }}
h1 {{ font: 600 13pt "Noto Sans", sans-serif; margin: 0 0 2mm; }}
.course {{ font: 9pt "Noto Sans", sans-serif; text-transform: uppercase; letter-spacing: .06em;
           margin: 0 0 10mm; }}
h2 {{ font: 600 10pt "Noto Sans", sans-serif; margin: 8mm 0 2mm; }}
ul {{ padding-left: 5mm; }} .t {{ font-style: italic; }}
.blank {{ break-before: page; }}
</style></head><body>
<h1>{e(title)}</h1>
<p class="course">{e(" · ".join(x for x in (course, term) if x))}</p>
<h2>Copyright and use</h2>
<p>{e(notice) if notice else "This copy is for the personal study of the student named at "
    "the foot of each page."}</p>
<p>This copy was prepared for the student named at the foot of each page. Please do not
pass it on or post it online.</p>
{f"<h2>Licences of the readings</h2><ul>{items}</ul>" if items else ""}
<div class="blank"></div>
</body></html>"""
    with quiet_weasyprint():
        return HTML(string=doc, url_fetcher=_fetch_nothing).write_pdf()


# ------------------------------------------------------------------ stamping


def _base(reader_pdf: bytes, notice_pdf: bytes | None, stamps_pdf: bytes):
    """The base copy (notice pages + reader, every page drawing the shared
    stamp XObject) as bytes, with what the incremental updates need."""
    reader = PdfReader(io.BytesIO(reader_pdf))
    stamps = PdfReader(io.BytesIO(stamps_pdf))
    writer = PdfWriter(clone_from=reader)
    n_front = 0
    if notice_pdf:
        notice = PdfReader(io.BytesIO(notice_pdf))
        for i, p in enumerate(notice.pages):
            writer.insert_page(p, index=i)
        n_front = len(notice.pages)
        _shift_labels(writer, n_front)
    # the stamps' resources (fonts shared by every stamp page), merged; the
    # fonts are renamed (see _font_names) so that they cannot be mistaken for
    # the page's own fonts of the same name
    res = DictionaryObject()
    renames = _font_names(stamps)
    for sp in stamps.pages:
        r = sp.get("/Resources")
        if r is None:
            continue
        r = r.get_object()
        for k, v in r.items():
            if isinstance(v.get_object(), DictionaryObject) and k != "/ProcSet":
                sub = res.setdefault(NameObject(k), DictionaryObject())
                for kk, vv in v.get_object().items():
                    if k == "/Font":
                        kk = NameObject(renames[kk])
                    sub.setdefault(kk, vv)
            else:
                res.setdefault(NameObject(k), v)
    box = stamps.pages[0].mediabox
    xref = add_object(writer, make_form(b"", [FloatObject(float(x)) for x in box],
                                        res.clone(writer)))
    for page in writer.pages:
        # at the foot of the trimmed page (a press PDF's media box has bleed), marked
        # as a pagination artifact so that tagged (screen) PDFs stay valid
        trim = page.trimbox
        draw_form(writer, page, STAMP_NAME, xref, before=b"q\n",
                  after=f"\nQ\nq 1 0 0 1 {float(trim.left):g} {float(trim.bottom):g} cm "
                        f"/Artifact <</Type /Pagination /Subtype /Footer>> BDC {STAMP_NAME} Do "
                        "EMC Q\n".encode())
    buf = io.BytesIO()
    writer.write(buf)
    data = buf.getvalue()
    # what the updates need: the stamp's object number, the trailer entries
    base = PdfReader(io.BytesIO(data))
    trailer = base.trailer
    page0 = base.pages[0]
    ref = page0["/Resources"].get_object()["/XObject"].get_object().raw_get(STAMP_NAME)
    num = ref.idnum
    res_ref = base.get_object(ref)["/Resources"]
    info = {
        "size": int(trailer["/Size"]),
        "root": trailer.raw_get("/Root"),
        "info": trailer.raw_get("/Info") if "/Info" in trailer else None,
        "id": trailer.get("/ID"),
        "startxref": _startxref(data),
        "num": num,
        "resources": res_ref,
        "bbox": [float(x) for x in box],
    }
    return data, info


def _shift_labels(writer, n: int) -> None:
    """Page labels after ``n`` pages inserted at the front: the old ranges
    move by ``n``; the new pages are labelled 'Notice'."""
    root = root_object(writer)
    labels = root.get("/PageLabels")
    nums = ArrayObject()
    nums += [NumberObject(0), DictionaryObject({NameObject("/P"): TextStringObject("Notice ")})]
    if labels is not None:
        old = labels.get_object().get("/Nums") or []
        old = list(old.get_object()) if hasattr(old, "get_object") else list(old)
        for k in range(0, len(old) - 1, 2):
            nums += [NumberObject(int(old[k]) + n), old[k + 1]]
    else:
        nums += [NumberObject(n), DictionaryObject({NameObject("/S"): NameObject("/D")})]
    root[NameObject("/PageLabels")] = DictionaryObject({NameObject("/Nums"): nums})


def _startxref(data: bytes) -> int:
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data[-1024:])
    if not m:
        raise ValueError("no startxref at the end of the base PDF")
    return int(m.group(1))


def _serialize(obj) -> bytes:
    buf = io.BytesIO()
    obj.write_to_stream(buf)
    return buf.getvalue()


def _update(data: bytes, info: dict, content: bytes) -> bytes:
    """The base copy plus an incremental update replacing the stamp XObject."""
    comp = zlib.compress(content, 6)
    bbox = " ".join(f"{x:g}" for x in info["bbox"])
    head = (f"{info['num']} 0 obj\n<< /Type /XObject /Subtype /Form /BBox [{bbox}] "
            f"/Resources ").encode() + _serialize(info["resources"]) + \
        f" /Filter /FlateDecode /Length {len(comp)} >>\nstream\n".encode()
    sep = b"" if data.endswith(b"\n") else b"\n"
    offset = len(data) + len(sep)
    obj = head + comp + b"\nendstream\nendobj\n"
    xref_at = offset + len(obj)
    trailer = f"<< /Size {info['size']} /Root ".encode() + _serialize(info["root"])
    if info["info"] is not None:
        trailer += b" /Info " + _serialize(info["info"])
    if info["id"] is not None:
        trailer += b" /ID " + _serialize(info["id"])
    trailer += f" /Prev {info['startxref']} >>".encode()
    tail = (f"xref\n0 1\n0000000000 65535 f \n{info['num']} 1\n{offset:010d} 00000 n \n"
            ).encode() + b"trailer\n" + trailer + f"\nstartxref\n{xref_at}\n%%EOF\n".encode()
    return data + sep + obj + tail


def _font_names(stamps) -> dict[str, str]:
    """New names for the stamp pages' fonts: WeasyPrint names a font after
    the font file, so the stamp's font and the reader's would share a name."""
    names: dict[str, str] = {}
    for p in stamps.pages:
        r = p.get("/Resources")
        fonts = r.get_object().get("/Font") if r is not None else None
        for k in (fonts.get_object() if fonts is not None else {}):
            names.setdefault(str(k), f"/CPStampF{len(names)}")
    return names


def _stamp_contents(stamps_pdf: bytes) -> list[bytes]:
    r = PdfReader(io.BytesIO(stamps_pdf))
    renames = _font_names(r)
    out = []
    for p in r.pages:
        c = p.get_contents()
        data = c.get_data() if c is not None else b""
        for old, new in renames.items():
            data = re.sub(re.escape(old.encode()) + rb"(?=[\s/\[<(])", new.encode(), data)
        out.append(data)
    return out


def stamp_copies(reader_pdf_bytes: bytes, students: list, *, out_dir: Path,
                 course: str = "", term: str = "", notice_pdf: bytes | None = None,
                 say: Callable[[str], None] | None = None) -> list[Path]:
    """Write one stamped copy of the reader per student into ``out_dir``
    (``<safe name>.pdf``); returns the paths, in roster order.
    ``students`` are :class:`Student` objects or names.  ``notice_pdf``
    (pages to put first, e.g. from :func:`render_notice`) is optional.
    The reader is never re-rendered: two small WeasyPrint renders (all the
    stamps, the notice) and one pypdf pass, then an incremental update per
    copy."""
    studs = [s if isinstance(s, Student) else Student(str(s)) for s in students]
    if not studs:
        return []
    box = PdfReader(io.BytesIO(reader_pdf_bytes)).pages[0].trimbox
    w, h = float(box.width), float(box.height)
    stamps_pdf = render_stamps([stamp_line(s, course, term) for s in studs], w, h)
    contents = _stamp_contents(stamps_pdf)
    if len(contents) != len(studs):
        raise RuntimeError(f"{len(contents)} stamp pages for {len(studs)} students")
    data, info = _base(reader_pdf_bytes, notice_pdf, stamps_pdf)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for s, name, content in zip(studs, file_names(studs), contents):
        p = out_dir / name
        atomic_write(p, _update(data, info, content))
        paths.append(p)
    return paths


# ------------------------------------------------------------------ the command


def copies_command(root: Path, roster: Path, *, reader: Path | None = None,
                   out: Path | None = None, say: Callable[[str], None] = print) -> list[Path]:
    """``python build.py copies --roster roster.csv``: stamp ``build/reader.pdf``
    (built first when it is missing or out of date) for every student of the
    roster; a reader named with ``--reader`` is stamped as it is."""
    root = Path(root)
    students = read_roster(roster, str(roster))
    cfg = load_pack(root)
    if reader is None:
        # the default reader is brought up to date first: a no-op when nothing
        # changed, a rebuild when the content did (copies of an out-of-date
        # reader were stamped before); bad content stops here, exit 2
        reader = root / "build" / "reader.pdf"
        if not reader.is_file():
            say("build/reader.pdf is missing: building the pack first")
        res = build(root, Options(quiet=True, say=lambda s: None))
        if not res.up_to_date and reader.is_file():
            say("build/reader.pdf was out of date: rebuilt it first")
    if not reader.is_file():
        raise ContentError(Problem(str(reader), 0, 0, "the reader PDF was not found"))
    data = reader.read_bytes()
    box = PdfReader(io.BytesIO(data)).pages[0].trimbox
    d = cfg.data
    licences = [(str(r.meta.get("title") or r.slug), str(r.meta.get("license")))
                for r in cfg.readings if r.meta.get("license")]
    notice = render_notice(str(d.get("title") or ""), str(d.get("code") or ""),
                           str(d.get("term") or ""), str(d.get("notice") or ""), licences,
                           float(box.width), float(box.height))
    # the stamp names the course by its code when there is one (short), else its title
    course_label = str(d.get("code") or "") or str(d.get("title") or "")
    out = out or root / "build" / "copies"
    return stamp_copies(data, students, out_dir=out, course=course_label,
                        term=str(d.get("term") or ""), notice_pdf=notice, say=say)


def time_copies(reader_pdf_bytes: bytes, n: int = 100, out_dir: Path | None = None) -> float:
    """Seconds to stamp ``n`` copies of ``reader_pdf_bytes`` for invented
    students (for the benchmark script); the copies go to a temporary folder
    unless ``out_dir`` is given."""
    students = [Student(f"Student {i:03d}") for i in range(n)]
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        stamp_copies(reader_pdf_bytes, students, out_dir=Path(out_dir or tmp),
                     course="COURSE 101", term="Term")
        return time.perf_counter() - t0
