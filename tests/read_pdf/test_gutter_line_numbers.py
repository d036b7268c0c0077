"""A word processor's line numbers beside each column of a two-column
document (LibreOffice's line numbering: the right column's numbers stand
in the gutter, right against the left column's line ends once they have
three digits), typeset for the test by LibreOffice.  The numbers are page
furniture on every page, the last page's short run too (it counts on from
the page before); no number is read into the text, no line of one column
into the other, and every paragraph opens where the document opens it."""

from __future__ import annotations

import re
import shutil
import subprocess
from xml.sax.saxutils import escape

import pytest

from tests.corpus.scoring import norm
from tests.corpus.synth.generate import EN

pytestmark = pytest.mark.skipif(not shutil.which("soffice"), reason="needs LibreOffice (soffice)")

STYLES = """<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif"
   fo:font-size="11pt" fo:language="en" fo:country="US" fo:hyphenate="false"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"
   fo:text-indent="0cm" fo:margin-bottom="0.2cm" fo:line-height="120%"/></style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm" text:number-lines="false"/>
   <style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
 <text:linenumbering-configuration text:number-lines="true" text:increment="1" text:restart-on-page="false"
   text:number-position="left" text:offset="0.4cm" style:num-format="1" text:count-empty-lines="false"/>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Sect" style:family="section"><style:section-properties>
   <style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"/></office:master-styles>"""

OPENINGS = [f"Paragraph {w} opens here." for w in ("one", "two", "three", "four", "five", "six", "seven",
                                                       "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                                                       "fourteen", "fifteen", "sixteen", "seventeen", "eighteen")]


def document() -> str:
    paras = [f'<text:p text:style-name="Standard">{escape(o)} {escape(" ".join(EN[(k + j) % 12] for j in range(7)))}</text:p>'
             for k, o in enumerate(OPENINGS)]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
            'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">' + STYLES
            + '<office:body><office:text><text:p text:style-name="Title">Reading Rooms in Small Towns</text:p>'
            + '<text:section text:style-name="Sect" text:name="S1">' + "".join(paras)
            + '</text:section></office:text></office:body></office:document>\n')


def test_line_numbers_in_the_gutter_are_furniture(tmp_path):
    from coursepack.read.pdf import read_pdf
    src = tmp_path / "a.fodt"
    src.write_text(document(), encoding="utf-8")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(src)], capture_output=True, timeout=180, check=True)
    s = read_pdf(tmp_path / "a.pdf")
    assert len(s.pages) >= 3
    body = [b for b in s.blocks if b.role in ("paragraph", "quote", "list_item", "heading", "table")]
    show = [(b.role, b.text[:40]) for b in body]
    # no number (two or three digits) left in the text: the filler has none
    assert not [b.text for b in body if re.search(r"\d", b.text)], show
    paras = []
    for b in s.blocks:
        if b.role == "paragraph":
            if b.continues and paras:
                paras[-1] += " " + norm(b.text)
            else:
                paras.append(norm(b.text))
    assert [p[:22] for p in paras] == [norm(o)[:22] for o in OPENINGS], show
