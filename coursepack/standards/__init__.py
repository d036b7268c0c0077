"""Standards the outputs are held to, and the checks that hold them.

* ``screen`` profile: PDF/UA-1 (:mod:`.pdfua`): tags with languages, notes,
  link texts; checked by walking the structure tree.
* ``press`` profile: PDF/X-4 (:mod:`.pdfx`): a CMYK output intent from an
  ICC profile installed by the distribution, colours and images converted to
  it, crop and registration marks outside the bleed; checked by a preflight.
* web export: axe-core in headless Chromium (:mod:`.axe`, for the tests).

:func:`prepare` is called before a profile's PDF is written (it hooks what
WeasyPrint must do while writing), :func:`finish` on every PDF of a profile
before it is saved, :func:`verify` by the build and the tests afterwards.
"""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader

from ..pdf.compat import root_object
from . import pdfua, pdfx


def prepare(profile: str) -> None:
    """Make ready what writing a profile's PDF needs."""
    if profile == "screen":
        pdfua.install()


def variant(root) -> str:
    """The profile a PDF being finished was written for, from its catalog:
    ``press`` (a PDF/X output intent), ``screen`` (a structure tree) or
    ``office``."""
    intents = root.get("/OutputIntents")
    if intents:
        for oi in intents:
            if str(oi.get_object().get("/S")) == "/GTS_PDFX":
                return "press"
    if "/StructTreeRoot" in root:
        return "screen"
    return "office"


def finish(writer, info: dict, lang: str) -> None:
    """What the profile asks of a PDF being written (pypdf ``PdfWriter``),
    after its document information ``info`` is set."""
    kind = variant(root_object(writer))
    if kind == "press":
        pdfx.make_pdfx(writer, info)
    elif kind == "screen":
        writer.pdf_header = b"%PDF-1.7"


def verify(data: bytes) -> list[str]:
    """The problems of a finished PDF against its profile's standard."""
    kind = variant(PdfReader(BytesIO(data)).trailer["/Root"])
    if kind == "press":
        return pdfx.check(data)
    if kind == "screen":
        return pdfua.check(data)
    return []
