"""PDF/X-4 for the ``press`` profile: a print shop's CMYK.

WeasyPrint writes PDF/X-4 with an sRGB output intent (a monitor, not a
press) and RGB colours, and draws its crop marks inside the bleed.
:func:`make_pdfx` finishes the PDF for a CMYK press:

* the output intent is the CMYK characterisation installed by Debian's
  ``libgs-common`` (Ghostscript's ``default_cmyk.icc``, a SWOP coated
  profile); FOGRA and GRACoL profiles are not packaged by Debian (only the
  FOGRA measurement data, in ``icc-profiles-free``), so a shop asking for
  FOGRA39 gets a file it converts from this declared condition;
* every colour is converted to DeviceCMYK through that profile (greys,
  and black text, to black ink alone), images too, and the transparency
  groups blend in CMYK;
* the page is the trim with 3 mm bleed (the bleed box) and a slug of
  :data:`SLUG` around it, where crop and registration marks are drawn, all
  outside the bleed box.

:func:`check` is the preflight: output intent, colour spaces, boxes, the
identification, and (when installed) Ghostscript reading every page.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path
import tempfile
from PIL import Image, ImageCms
from pypdf import PdfReader
from pypdf.generic import ArrayObject, ContentStream, DecodedStreamObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject

from ..pdf.compat import add_object, root_object
from .pdfua import counted

MM = 72 / 25.4
BLEED = 3 * MM
SLUG = 12 * MM            # beyond the bleed: the marks' room
GAP = 1 * MM              # between the bleed box and a crop mark
CMYK_PROFILES = (Path("/usr/share/color/icc/ghostscript/default_cmyk.icc"),)
CONDITION = "CGATS TR 001"   # SWOP coated, the condition default_cmyk.icc characterises


def cmyk_profile() -> Path:
    for p in CMYK_PROFILES:
        if p.is_file():
            return p
    raise FileNotFoundError("no CMYK ICC profile: install Debian's libgs-common "
                            "(sh install.sh), it holds Ghostscript's default_cmyk.icc")


@lru_cache(maxsize=1)
def _transform():
    srgb = ImageCms.createProfile("sRGB")
    return ImageCms.buildTransform(srgb, ImageCms.getOpenProfile(str(cmyk_profile())),
                                   "RGB", "CMYK", renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC)


@lru_cache(maxsize=4096)
def to_cmyk(r: float, g: float, b: float) -> tuple[float, float, float, float]:
    """An sRGB colour (0–1) as CMYK for the press: greys on black ink alone,
    other colours through the CMYK profile.

    >>> to_cmyk(0, 0, 0), to_cmyk(1, 1, 1)
    ((0.0, 0.0, 0.0, 1.0), (0.0, 0.0, 0.0, 0.0))
    >>> c, m, y, k = to_cmyk(0.1, 0.3, 0.55)     # a blue
    >>> c > y and c > 0.5
    True
    """
    if abs(r - g) < 0.004 and abs(g - b) < 0.004:
        return (0.0, 0.0, 0.0, round(1 - (r + g + b) / 3, 4))
    im = Image.new("RGB", (1, 1), tuple(round(v * 255) for v in (r, g, b)))
    c, m, y, k = ImageCms.applyTransform(im, _transform()).getpixel((0, 0))
    return tuple(round(v / 255, 4) for v in (c, m, y, k))


def _convert_stream(stream, writer) -> None:
    """rg/RG operators of a content stream (page or form) to k/K."""
    content = ContentStream(stream, None)
    changed = False
    for i, (operands, op) in enumerate(content.operations):
        if op in (b"rg", b"RG") and len(operands) == 3:
            cmyk = to_cmyk(*(float(v) for v in operands))
            content.operations[i] = ([FloatObject(v) for v in cmyk], b"k" if op == b"rg" else b"K")
            changed = True
    if changed:
        stream.set_data(content.get_data())


def _convert_image(img) -> None:
    cs = img.get("/ColorSpace")
    cs = cs.get_object() if cs is not None else None
    rgb = cs == "/DeviceRGB" or (isinstance(cs, list) and cs and cs[0] == "/ICCBased"
                                 and int(cs[1].get_object().get("/N", 0)) == 3)
    if not rgb or int(img.get("/BitsPerComponent", 8)) != 8:
        return
    w, h = int(img["/Width"]), int(img["/Height"])
    data = img.get_data()
    if len(data) < w * h * 3:
        return
    im = Image.frombytes("RGB", (w, h), data[: w * h * 3])
    out = ImageCms.applyTransform(im, _transform())
    img.set_data(out.tobytes())
    for key in ("/Filter", "/DecodeParms"):
        if key in img:
            del img[key]
    img[NameObject("/ColorSpace")] = NameObject("/DeviceCMYK")
    img[NameObject("/BitsPerComponent")] = NumberObject(8)


def _convert_resources(res, writer, seen: set) -> None:
    if res is None:
        return
    res = res.get_object()
    spaces = res.get("/ColorSpace")
    if spaces is not None and "/srgb" in spaces.get_object():
        del spaces.get_object()["/srgb"]     # WeasyPrint's sRGB, unused (colours are rg)
    for x in _unseen_xobjects(res, seen):
        if x.get("/Subtype") == "/Image":
            _convert_image(x)
        elif x.get("/Subtype") == "/Form":
            _convert_stream(x, writer)
            if "/Group" in x and "/CS" in x["/Group"]:
                x["/Group"][NameObject("/CS")] = NameObject("/DeviceCMYK")
            _convert_resources(x.get("/Resources"), writer, seen)


def _unseen_xobjects(res, seen: set):
    """The XObjects of a resource dictionary not met before (``seen`` holds
    their object numbers: a form or image used on many pages is one)."""
    for _name, ref in list((res.get("/XObject") or {}).items()):
        key = getattr(ref, "idnum", id(ref))
        if key not in seen:
            seen.add(key)
            yield ref.get_object()


def _is_rgb(cs) -> bool:
    """A colour space that is RGB: DeviceRGB or a three-channel ICC profile."""
    cs = cs.get_object() if cs is not None else None
    return cs == "/DeviceRGB" or (isinstance(cs, list) and cs[0] == "/ICCBased"
                                  and int(cs[1].get_object().get("/N", 0)) == 3)


def _marks(trim, bleed) -> bytes:
    """Crop marks at the trim's corners and registration targets at the
    middle of each side, all outside the bleed box, in registration colour
    (every ink)."""
    x0, y0, x1, y1 = trim
    bx0, by0, bx1, by1 = bleed
    length = SLUG - 2 * GAP
    ops = ["q", "0.25 w", "1 1 1 1 K"]
    for x, sx in ((x0, -1), (x1, 1)):
        for y, sy in ((y0, -1), (y1, 1)):
            hx = (bx0 if sx < 0 else bx1) + sx * GAP          # horizontal mark at y
            ops.append(f"{hx:.3f} {y:.3f} m {hx + sx * length:.3f} {y:.3f} l S")
            vy = (by0 if sy < 0 else by1) + sy * GAP          # vertical mark at x
            ops.append(f"{x:.3f} {vy:.3f} m {x:.3f} {vy + sy * length:.3f} l S")
    r = 2.5 * MM
    k = 0.5523 * r
    mid = SLUG / 2 + GAP / 2
    for cx, cy in (((x0 + x1) / 2, by0 - mid), ((x0 + x1) / 2, by1 + mid),
                   (bx0 - mid, (y0 + y1) / 2), (bx1 + mid, (y0 + y1) / 2)):
        ops.append(f"{cx + r:.3f} {cy:.3f} m "
                   f"{cx + r:.3f} {cy + k:.3f} {cx + k:.3f} {cy + r:.3f} {cx:.3f} {cy + r:.3f} c "
                   f"{cx - k:.3f} {cy + r:.3f} {cx - r:.3f} {cy + k:.3f} {cx - r:.3f} {cy:.3f} c "
                   f"{cx - r:.3f} {cy - k:.3f} {cx - k:.3f} {cy - r:.3f} {cx:.3f} {cy - r:.3f} c "
                   f"{cx + k:.3f} {cy - r:.3f} {cx + r:.3f} {cy - k:.3f} {cx + r:.3f} {cy:.3f} c S")
        ops.append(f"{cx - r - GAP:.3f} {cy:.3f} m {cx + r + GAP:.3f} {cy:.3f} l S "
                   f"{cx:.3f} {cy - r - GAP:.3f} m {cx:.3f} {cy + r + GAP:.3f} l S")
    ops.append("Q")
    return ("\n".join(ops) + "\n").encode()


def _boxes_and_marks(writer, page) -> None:
    trim = [float(v) for v in (page.get("/TrimBox") or page.mediabox)]
    bleed = [trim[0] - BLEED, trim[1] - BLEED, trim[2] + BLEED, trim[3] + BLEED]
    media = [bleed[0] - SLUG, bleed[1] - SLUG, bleed[2] + SLUG, bleed[3] + SLUG]
    for key, box in (("/TrimBox", trim), ("/BleedBox", bleed), ("/MediaBox", media)):
        page[NameObject(key)] = ArrayObject([FloatObject(round(v, 4)) for v in box])
    for key in ("/CropBox", "/ArtBox"):
        if key in page:
            del page[key]
    # the page's content in q … Q (it may leave its transformation set), then the marks
    before, after = DecodedStreamObject(), DecodedStreamObject()
    before.set_data(b"q\n")
    after.set_data(b"Q\n" + _marks(trim, bleed))
    contents = page.raw_get("/Contents")
    rest = list(contents.get_object()) if isinstance(contents.get_object(), ArrayObject) \
        else [contents]
    page[NameObject("/Contents")] = ArrayObject(
        [add_object(writer, before)] + rest + [add_object(writer, after)])


def make_pdfx(writer, info: dict) -> None:
    """Finish a PDF/X-4 for CMYK (see the module's docstring)."""
    path = cmyk_profile()
    profile = DecodedStreamObject()
    profile.set_data(path.read_bytes())
    profile[NameObject("/N")] = NumberObject(4)
    desc = ImageCms.getOpenProfile(str(path)).profile.profile_description or path.name
    intent = DictionaryObject({
        NameObject("/Type"): NameObject("/OutputIntent"),
        NameObject("/S"): NameObject("/GTS_PDFX"),
        NameObject("/OutputConditionIdentifier"): TextStringObject(CONDITION),
        NameObject("/OutputCondition"): TextStringObject(desc),
        NameObject("/RegistryName"): TextStringObject("http://www.color.org"),
        NameObject("/Info"): TextStringObject(f"{desc} ({path.name}, Debian libgs-common)"),
        NameObject("/DestOutputProfile"): add_object(writer, profile.flate_encode())})
    root_object(writer)[NameObject("/OutputIntents")] = ArrayObject([add_object(writer, intent)])
    seen: set = set()
    for page in writer.pages:
        contents = page.get_contents()
        if contents is not None:
            _convert_stream(contents, writer)
            page.replace_contents(contents)
        if "/Group" in page and "/CS" in page["/Group"]:
            page["/Group"][NameObject("/CS")] = NameObject("/DeviceCMYK")
        res = page.get("/Resources")
        if res is not None:
            res = res.get_object()
            spaces = res.get("/ColorSpace")
            if spaces is not None and "/srgb" in spaces.get_object():
                del spaces.get_object()["/srgb"]
        _convert_resources(res, writer, seen)
        _boxes_and_marks(writer, page)
    writer.add_metadata({"/Trapped": NameObject("/False")})


# ------------------------------------------------------------ preflight


def check(data: bytes, ghostscript: bool = False) -> list[str]:
    """The preflight: what a print shop's PDF/X-4 check would refuse."""
    reader = PdfReader(io.BytesIO(data))
    problems: list[str] = []
    root = reader.trailer["/Root"]
    version = reader.pdf_header.replace("%PDF-", "")
    if version > "1.6":
        problems.append(f"PDF {version}: PDF/X-4 is PDF 1.6")
    intents = [oi.get_object() for oi in root.get("/OutputIntents") or []]
    pdfx = [oi for oi in intents if oi.get("/S") == "/GTS_PDFX"]
    if len(pdfx) != 1:
        problems.append("not one PDF/X output intent")
    else:
        oi = pdfx[0]
        if not str(oi.get("/OutputConditionIdentifier") or ""):
            problems.append("output intent without OutputConditionIdentifier")
        prof = oi.get("/DestOutputProfile")
        if prof is None:
            problems.append("output intent without its ICC profile (DestOutputProfile)")
        else:
            icc = ImageCms.ImageCmsProfile(io.BytesIO(prof.get_object().get_data()))
            if icc.profile.xcolor_space.strip() != "CMYK" or \
                    icc.profile.device_class != "prtr":
                problems.append(f"the output intent's profile is {icc.profile.xcolor_space} "
                                f"({icc.profile.device_class}), not a CMYK printer profile")
    meta = root.get("/Metadata")
    if meta is None or b"PDF/X-4" not in meta.get_object().get_data():
        problems.append("no PDF/X-4 identification (pdfxid) in the XMP metadata")
    if not reader.trailer.get("/ID"):
        problems.append("no file identifier (/ID)")
    if str((reader.metadata or {}).get("/Trapped")) not in ("/True", "/False"):
        problems.append("Trapped not set to True or False")
    if not str((reader.metadata or {}).get("/Title") or ""):
        problems.append("no title")
    seen: set = set()
    for n, page in enumerate(reader.pages, 1):
        media = [float(v) for v in page.mediabox]
        trim = [float(v) for v in page.get("/TrimBox") or []]
        bleed = [float(v) for v in page.get("/BleedBox") or []]
        if not trim:
            problems.append(f"page {n}: no TrimBox")
            continue
        if not bleed:
            problems.append(f"page {n}: no BleedBox")
            continue
        if not (_inside(trim, bleed) and _inside(bleed, media)):
            problems.append(f"page {n}: boxes not nested (trim in bleed in media)")
        if min(trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2],
               bleed[3] - trim[3]) < BLEED - 0.5:
            problems.append(f"page {n}: bleed under 3 mm")
        if bleed == media:
            problems.append(f"page {n}: no room outside the bleed box for the marks")
        if "/Group" in page and str(page["/Group"].get("/CS")) not in ("/DeviceCMYK", "None"):
            problems.append(f"page {n}: transparency blends in {page['/Group'].get('/CS')}")
        problems += _rgb_in(page.get_contents(), page.get("/Resources"), f"page {n}", seen)
    if ghostscript:
        problems += ghostscript_reads(data)
    return counted(problems)


def _inside(a, b) -> bool:
    return a[0] >= b[0] - 0.01 and a[1] >= b[1] - 0.01 and a[2] <= b[2] + 0.01 and \
        a[3] <= b[3] + 0.01


_RGB_OPS = re.compile(rb"(?:^|\s)(rg|RG)(?=\s|$)")


def _rgb_in(stream, res, where: str, seen: set) -> list[str]:
    """Device RGB left in a content stream, its forms and images."""
    out = []
    if stream is not None and _RGB_OPS.search(stream.get_data()):
        out.append(f"{where}: an RGB colour (rg/RG) in the content")
    res = res.get_object() if res is not None else {}
    for _name, cs in (res.get("/ColorSpace") or {}).items():
        if _is_rgb(cs):
            out.append(f"{where}: an RGB colour space in the resources")
    for x in _unseen_xobjects(res, seen):
        if x.get("/Subtype") == "/Image":
            if _is_rgb(x.get("/ColorSpace")):
                out.append(f"{where}: an RGB image")
        elif x.get("/Subtype") == "/Form":
            group = x.get("/Group")
            if group is not None and "/CS" in group and group["/CS"] != "/DeviceCMYK":
                out.append(f"{where}: a group blending in RGB")
            out += _rgb_in(x, x.get("/Resources"), where, seen)
    return out


def ghostscript_reads(data: bytes) -> list[str]:
    """Ghostscript renders every page to nothing: an error or a warning it
    prints about the file is a problem (skipped when it is not installed)."""
    gs = shutil.which("gs")
    if gs is None:
        return []
    with tempfile.TemporaryDirectory(prefix="coursepack-gs-") as tmp:
        f = Path(tmp) / "in.pdf"
        f.write_bytes(data)
        try:
            proc = subprocess.run([gs, "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER",
                                   "-sDEVICE=nullpage", "-dPDFSTOPONERROR", str(f)],
                                  capture_output=True, timeout=60)
        except subprocess.TimeoutExpired:
            return ["Ghostscript: no answer in 60 s (it reads a sound reader in well under a second)"]
    said = (proc.stdout + proc.stderr).decode("utf-8", "replace").strip()
    if proc.returncode or said:
        return [f"Ghostscript: {said[:300] or f'exit status {proc.returncode}'}"]
    return []
