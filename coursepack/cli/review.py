"""``coursepack review``: chosen pages of a built PDF as PNG (with
``--layout``, what was read from a reading's PDF, drawn over its pages)."""

from __future__ import annotations

from pathlib import Path

from ..errors import ContentError, Problem
from .. import review
from .base import rel


def arguments(p) -> None:
    p.add_argument("pdf", nargs="?", default="reader.pdf",
                   help="which output in build/ (default: reader.pdf)")
    p.add_argument("--pages", default="all", help="pages, e.g. '1-4,9' (default: all)")
    p.add_argument("--dpi", type=int, default=60, help="resolution (default: 60)")
    p.add_argument("--sheet", type=Path, help="also write a contact sheet PNG here")
    p.add_argument("--layout", metavar="SLUG",
                   help="draw what was read from a reading's PDF (roles as coloured boxes, "
                        "block ids for structure.yaml) over its pages")


def run(args, say, root: Path) -> int:
    if args.layout:
        return review_layout(args, say, root)
    pdf = root / "build" / args.pdf
    if not pdf.is_file():
        raise ContentError(f"{rel(pdf, root)} does not exist: run `python build.py` first")
    doc = review.PdfReader(pdf)
    pages = review.parse_pages(page_spec(args.pages, list(doc.page_labels), args.pdf),
                               len(doc.pages))
    made = review.render_pages(pdf, pages, root / "build" / "review", dpi=args.dpi)
    say(f"wrote {len(made)} PNG page(s) to build/review/")
    if args.sheet:
        # a bare name goes beside the pages, in build/review/ (an absolute path as given)
        sheet = args.sheet if args.sheet.is_absolute() else root / "build" / "review" / args.sheet
        review.contact_sheet(made, sheet)
        say(f"wrote {rel(sheet, root)}")
    return 0


def review_layout(args, say, root: Path) -> int:
    """review --layout: what was read from a reading's PDF, drawn over its pages."""
    made = review.review_layout(root, args.layout, pages=args.pages,
                                dpi=args.dpi if args.dpi != 60 else 80)
    say(f"wrote {len(made)} PNG page(s) to build/review/ ({args.layout}-layout-p*.png)")
    if args.sheet:
        review.contact_sheet(made, args.sheet)
        say(f"wrote {args.sheet}")
    return 0


def page_spec(spec: str, labels: list[str], name: str) -> str:
    """``--pages`` with the printed page labels (``iii``, ``ix-xii``) turned
    into the PDF's page numbers; numbers stay the PDF's pages (1 = first).

    >>> page_spec("ii-iii,5", ["i", "ii", "iii", "1", "2"], "reader.pdf")
    '2-3,5'
    >>> page_spec("all", [], "reader.pdf")
    'all'
    """
    if spec.strip() in ("", "all"):
        return spec
    lower = [str(x).lower() for x in labels]

    def one(token: str) -> str:
        token = token.strip()
        if token.isdigit():
            return token
        if token.lower() in lower:
            return str(lower.index(token.lower()) + 1)
        shown = f" (its labels run {labels[0]}–{labels[-1]})" if labels else ""
        raise ContentError(Problem(f"build/{name}", 0, 0, f"--pages: no page '{token}' in {name}{shown}: give page numbers "
                           "(1 = the first page, e.g. 1-4,9) or printed labels (e.g. iii, ix-xii)"))

    parts = []
    for part in spec.split(","):
        if not part.strip():
            continue
        ends = part.split("-", 1)
        parts.append("-".join(one(e) for e in ends))
    return ",".join(parts)
