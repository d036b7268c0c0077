"""The student handout: one sheet, printed on both sides.

The sheet must come out at exactly two pages.  It is fitted by a documented
rule: start generous (pack's ``handout_terms`` terms, ``handout_questions``
questions, every timeline event, normal type) and, while it runs past two
pages, step down through denser settings: smaller type first, then fewer
timeline events (the ones of the fewest-cited years go first), then fewer
terms, then fewer questions.  The space left at the foot of side 2 becomes a
ruled notes box, so the sheet is always full and never spills.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from io import BytesIO
from pypdf import PdfReader

from .. import model, __version__
from ..cache import digest
from ..content import PackConfig
from ..glossary import handout_terms
from ..i18n import labels
from ..pdf.compat import page_box, place_backgrounds
from ..pdf.finish import finish_pdf
from ..questionset import select_for_handout
from ..timeline import select_for_handout as select_for_handout_events, significance  # noqa: F401 (re-exported)
from .env import PackView, load_styles
from .reader import BUILD_DATE, PAPER_CSS, PDF_DATE

MM_PER_PT = 25.4 / 72


@dataclass
class Fit:
    density: int
    terms: int
    questions: int
    events: int
    notes_mm: float = 12.0
    notes_page: bool = False


#: A definition longer than this is not printed on the handout (a term whose
#: definition would have to be cut gives way to the next one).
HANDOUT_DEFINITION_CHARS = 260
#: Timeline rows the sheet starts from (the most significant events).
HANDOUT_EVENTS = 8


#: A central term's whole definition may be this long on the sheet (rather than left off).
HANDOUT_CENTRAL_CHARS = 420


def _central(r: model.Reading, t: model.GlossaryTerm) -> bool:
    """The term (or one of its aliases) is named where the article says what it is
    about: its title, keywords, abstract or headings."""
    where = " ".join([r.meta.title or "", " ".join(r.meta.keywords or []), r.meta.summary or ""]
                     + [s.title or "" for s in r.sections])
    return any(len(x) > 2 and re.search(rf"(?i)(?<!\w){re.escape(x)}(?!\w)", where)
               for x in [t.term, *t.aliases])


def _terms(r: model.Reading, n: int) -> list[model.GlossaryTerm]:
    """The handout's terms: the glossary's choice (:func:`coursepack.glossary.handout_terms`)
    among entries whose whole definition fits (a central term's up to
    :data:`HANDOUT_CENTRAL_CHARS`: one named in the title, keywords, abstract or
    headings, :func:`_central`); never a cut definition."""
    fits = [t for t in r.glossary if len(t.definition) <= HANDOUT_DEFINITION_CHARS or (
        len(t.definition) <= HANDOUT_CENTRAL_CHARS and _central(r, t))]
    return handout_terms(fits, n)


def candidates(cfg: PackConfig, r: model.Reading):
    """The fitting sequence, generous first."""
    n_terms = min(cfg.output["handout_terms"], len(_terms(r, 10**6)))
    n_q = min(cfg.output["handout_questions"], len(r.questions))
    n_ev = min(HANDOUT_EVENTS, len(r.timeline))
    seq = []
    for d in range(5):
        seq.append(Fit(d, n_terms, n_q, n_ev))
    ev, t, q = n_ev, n_terms, n_q
    while ev > 6:
        ev -= 1
        seq.append(Fit(4, t, q, ev))
    while t > 4:
        t -= 1
        seq.append(Fit(4, t, q, ev))
    while q > 4:
        q -= 1
        seq.append(Fit(4, t, q, ev))
    return seq, _terms, select_for_handout


def _events(r: model.Reading, n: int) -> list[model.TimelineEvent]:
    """The ``n`` most significant events, in date order (the timeline's choice:
    :func:`coursepack.timeline.select_for_handout`)."""
    return select_for_handout_events(r, n)


def render_handout(renderer, cfg: PackConfig, pack: model.Pack, r: model.Reading, *,
                   profile: str = "office", span: tuple[int, int] = (0, 0),
                   cached: str | None = None, previous: bytes | None = None
                   ) -> tuple[bytes, int, list[str], str]:
    """The handout's PDF, page count, warnings and cache key.  When the key
    (a hash of the first attempt's HTML, the styles and the fitting sequence)
    equals ``cached``, ``previous`` is returned without laying anything out."""
    seq, handout_terms, select_for_handout = candidates(cfg, r)
    words = sum(len(model.plain_text(b.inlines).split()) for _, b in r.blocks())
    stats = {"pages": (span[1] - span[0] + 1) if span[0] else "–",
             "first_page": span[0] or "–", "last_page": span[1] or "–",
             "words": f"{words:,}".replace(",", "\u202f"), "notes": len(r.footnotes),
             "minutes": max(5, round(words / cfg.output["reading_speed"] / 5) * 5)}
    abstract = next((a for a in r.abstracts if a.lang in r.meta.languages), None) or \
        (r.abstracts[0] if r.abstracts else None)
    css = ["base.css", "handout.css"] + ([f"profile-{profile}.css"] if profile != "office" else [])
    paper = PAPER_CSS[cfg.output["paper"]]

    L = labels(r)

    def page_html(fit: Fit) -> str:
        terms = [_TermView(t) for t in handout_terms(r, fit.terms)]
        return renderer.html(
            "handout.html.j2", r=r, pack=PackView(pack), fit=fit, stats=stats, L=L, labels=labels,
            abstract=abstract, terms=terms, questions=select_for_handout(r.questions, fit.questions),
            events=_events(r, fit.events), version=__version__, build_date=BUILD_DATE)

    def attempt(fit: Fit):
        return renderer.layout(page_html(fit), css, paper)

    key = digest(page_html(seq[0]) + load_styles(renderer.root, css) + paper + repr(seq))
    if cached == key and previous is not None:
        return previous, len(PdfReader(BytesIO(previous)).pages), [], key

    chosen, doc = None, None
    for fit in seq:
        doc = attempt(fit)
        if len(doc.pages) <= 2:
            chosen = fit
            break
    warnings = list(getattr(doc, "coursepack_warnings", []))
    if chosen is None:
        warnings.append(f"handout for {r.slug} does not fit on two pages even at the densest "
                        "setting")
    else:
        if len(doc.pages) == 1:
            chosen.notes_page = True      # side 2 is a full notes page
            doc = attempt(chosen)
        free = free_below(doc.pages[-1], "h-notes")
        chosen.notes_mm = max(12.0, free - 2.0)
        # the notes box is the last thing on the sheet: it is made taller in
        # the laid-out page, as a new layout with its height would make it
        if not grow_last(doc.pages[-1], "h-notes", chosen.notes_mm):
            doc = attempt(chosen)
            if len(doc.pages) > 2:            # rounding at the page foot
                chosen.notes_mm -= 5
                doc = attempt(chosen)
    pdf = renderer.pdf(doc)
    pdf = finish_pdf(pdf, title=f"{L('Handout')}: {r.meta.title}", author=", ".join(r.meta.authors),
                     subject=L("Seminar handout, {title}", title=pack.title), lang=r.meta.languages[0],
                     creation_date=PDF_DATE)
    return pdf, len(doc.pages), warnings, key


class _TermView:
    def __init__(self, t: model.GlossaryTerm):
        self.term, self.aliases, self.pages = t.term, t.aliases, t.pages
        self.shown_aliases = t.shown_aliases
        self.short = t.definition              # whole: a term that does not fit is left out
        self.drafted, self.source_pages = t.drafted, t.source_pages
        self.after = t.after                   # a drafted definition's cited author


def _find_last(box, element_class: str, path: tuple = ()):
    """The last ``div`` with ``element_class`` in a box tree, and the boxes
    above it (outermost first); (None, ()) when there is none."""
    found = (None, ())
    el = getattr(box, "element", None)
    if el is not None and element_class in (el.get("class") or "").split() \
            and getattr(box, "element_tag", "") == "div":
        return box, path
    for child in getattr(box, "children", None) or []:
        hit = _find_last(child, element_class, path + (box,))
        if hit[0] is not None:
            found = hit
    return found


def grow_last(page, element_class: str, height_mm: float) -> bool:
    """Make the last ``element_class`` block on a laid-out ``page`` (the
    last thing in the flow, of ``box-sizing: border-box``) ``height_mm``
    tall, its containers growing with it, as a layout with that CSS height
    (to 0.1 mm, as the template writes it) would.  False, and nothing
    changed, when it is not there, would shrink, or would run past the page's
    content area."""
    box, above = _find_last(page_box(page), element_class)
    if box is None or not above:
        return False
    target = float(f"{height_mm:.1f}") * 96 / 25.4
    delta = target - box.border_height()
    content_bottom = page_box(page).content_box_y() + page_box(page).height
    if delta < 0 or box.position_y + box.margin_height() + delta > content_bottom + 1e-6:
        return False
    grown = [b for b in (box, *above[1:]) if isinstance(b.height, (int, float))]
    for b in grown:        # not the page box (above[0]): its size is the page's
        b.height += delta
    try:                   # backgrounds are placed after layout: place them again
        def no_images(**_kw):
            raise LookupError("an image background")
        for b in grown:
            if getattr(b, "background", None) is not None:
                place_backgrounds(page, b, no_images)
    except Exception:  # noqa: BLE001 - another WeasyPrint, an image: lay out again instead
        for b in grown:
            b.height -= delta
        return False
    return True


def free_below(page, element_class: str) -> float:
    """Millimetres between the bottom of the element with ``element_class``
    on ``page`` and the bottom of the page's content area."""
    box = page_box(page)
    content_bottom = box.content_box_y() + box.height
    b, _ = _find_last(box, element_class)
    if b is None:
        return 0.0
    bottom = b.position_y + b.margin_height()
    return max(0.0, (content_bottom - bottom) * 25.4 / 96)
