"""The student handout: one sheet, printed on both sides.

The sheet must come out at exactly two pages.  It is fitted by a documented
rule (:func:`fit_handout`): the pack's ``handout_terms`` terms and
``handout_questions`` questions, and as many timeline rows, the most significant
first (:func:`coursepack.timeline.handout_order`), as fit the sheet beside a notes
box of at least :data:`NOTES_SHARE` of a side, the timeline taking at most
:data:`TIMELINE_SHARE` of a side.  Type steps down (five densities) while fewer
than :data:`HANDOUT_EVENTS` rows (all the article has, if fewer) would fit; at the
densest, fewer rows (down to :data:`HANDOUT_MIN_EVENTS`), then fewer terms, then
fewer questions, and last a smaller notes box.  The space left at the foot of
side 2 becomes the ruled notes box, so the sheet is always full and never spills.
A timeline that runs over to side 2 repeats its heading there (a table header).

A rebuild does not fit the sheet afresh: it lays it out with the last build's fit
(kept in the handout's state) and keeps it when what made the fitting stop there
still holds (:func:`refit`); the sheet is then the one a fresh fitting makes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from io import BytesIO
from pypdf import PdfReader

from .. import model, __version__
from ..cache import code_fingerprint, digest
from ..content import PackConfig
from ..glossary import handout_terms
from ..i18n import labels
from ..pdf.compat import lines_at_least, page_box, place_backgrounds
from ..pdf.finish import finish_pdf
from ..questionset import select_for_handout
from ..timeline import handout_order, significance  # noqa: F401 (re-exported)
from .env import PackView, load_styles, search_path
from .reader import BUILD_DATE, PAPER_CSS, PDF_DATE

MM_PER_PT = 25.4 / 72
MM_PER_PX = 25.4 / 96


@dataclass
class Fit:
    density: int
    terms: int
    questions: int
    events: int
    notes_mm: float = 12.0
    notes_page: bool = False
    stage: int = -1         # its place in the fitting sequence (:func:`stages`)


#: A definition longer than this is not printed on the handout (a term whose
#: definition would have to be cut gives way to the next one).
HANDOUT_DEFINITION_CHARS = 260
#: Timeline rows the sheet keeps at normal type before it steps down to smaller
#: type (more, the most significant first, where they fit).
HANDOUT_EVENTS = 12
#: Rows the densest sheet keeps before it gives up terms and questions.
HANDOUT_MIN_EVENTS = 6
#: The most timeline rows a sheet is laid out with (the timeline's share bounds it).
HANDOUT_MAX_EVENTS = 40
#: The timeline takes at most this share of a side.
TIMELINE_SHARE = 0.6
#: The notes box takes at least this share of a side (the last resort gives it less).
NOTES_SHARE = 1 / 3
#: A timeline row's height (mm) taken where the layout does not say (a template of the
#: user's that does not number its rows ``data-row``).
ROW_MM = 6.0
#: The notes box of the last resort (a sheet that fits no other way), in mm.
NOTES_MIN_MM = 12.0


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


@dataclass
class Stage:
    """One step of the fitting: type density, terms and questions, the fewest rows
    it accepts, the notes box's least height (mm; ``None``: :data:`NOTES_SHARE` of a side)."""
    density: int
    terms: int
    questions: int
    least_events: int
    notes_min: float | None = None


def stages(cfg: PackConfig, r: model.Reading, n_events: int) -> list[Stage]:
    """The fitting sequence, generous first: normal type down to the densest while
    fewer than :data:`HANDOUT_EVENTS` rows fit; then, densest, down to
    :data:`HANDOUT_MIN_EVENTS` rows, fewer terms, fewer questions; last a smaller notes box."""
    n_terms = min(cfg.output["handout_terms"], len(_terms(r, 10**6)))
    n_q = min(cfg.output["handout_questions"], len(r.questions))
    want, least = min(HANDOUT_EVENTS, n_events), min(HANDOUT_MIN_EVENTS, n_events)
    seq = [Stage(d, n_terms, n_q, want) for d in range(5)]
    seq.append(Stage(4, n_terms, n_q, least))
    t, q = n_terms, n_q
    while t > 4:
        t -= 1
        seq.append(Stage(4, t, q, least))
    while q > 4:
        q -= 1
        seq.append(Stage(4, t, q, least))
    seq.append(Stage(4, t, q, least, NOTES_MIN_MM))
    seq.append(Stage(4, t, q, 0, NOTES_MIN_MM))
    return seq


#: A side's content height (mm) by stylesheets and paper, once measured (a handout
#: lays out once less).
_SIDES: dict[str, float] = {}
#: The paper's height (mm).
_PAPER_MM = {"a4": 297.0, "letter": 279.4}


def _side_mm(doc) -> float:
    """The height of a side's content area, in mm."""
    return page_box(doc.pages[0]).height * MM_PER_PX


def _walk(box):
    yield box
    for child in getattr(box, "children", None) or []:
        yield from _walk(child)


def timeline_rows(doc) -> tuple[dict[int, float], float]:
    """The laid-out timeline: each row's height (mm) by its place among the rows
    printed (``data-row``), and its heading's (a header repeated on side 2 counted once)."""
    rows: dict[int, float] = {}
    head = 0.0
    for page in doc.pages:
        for b in _walk(page_box(page)):
            el = getattr(b, "element", None)
            if el is None or getattr(b, "element_tag", "") not in ("tr", "thead"):
                continue
            if b.element_tag == "tr" and el.get("data-row") is not None:
                k = int(el.get("data-row"))
                rows[k] = rows.get(k, 0.0) + b.margin_height() * MM_PER_PX
            elif b.element_tag == "thead" and "h-tl-head" in (el.get("class") or "").split():
                head = max(head, b.margin_height() * MM_PER_PX)
    return rows, head


def _used_mm(page) -> float:
    """How far down a page's content area its content reaches (mm)."""
    box = page_box(page)
    top = box.content_box_y()
    low = top
    flow = [c for c in box.children if type(c).__name__ != "MarginBox"]   # (not the footers)
    for b in (x for c in flow for x in _walk(c)):
        el = getattr(b, "element", None)
        if el is None or not hasattr(b, "margin_height") or b.element_tag in ("html", "body") \
                or "sheet" in (el.get("class") or "").split() or (
                    b.element_tag == "table" and type(b).__name__ != "TableBox"):
            continue        # (a box that holds the page's flow, or a table's wrapper, runs
            #                 to the page's foot when its content goes on overleaf)
        low = max(low, b.position_y + b.margin_height())
    return min(box.height * MM_PER_PX, (low - top) * MM_PER_PX)


def overflow_mm(doc) -> float:
    """How far the sheet runs past its second side (mm; 0 when it fits): what its
    third side and after hold, less the room left at the foot of the second (a
    block kept whole that did not fit there went over as a whole)."""
    if len(doc.pages) <= 2:
        return 0.0
    side = _side_mm(doc)
    over = side * (len(doc.pages) - 3) + _used_mm(doc.pages[-1])
    return max(1.0, over - max(0.0, side - _used_mm(doc.pages[1])))


def rows_that_fit(order: list, heights: dict, head: float, budget: float) -> int:
    """How many of ``order`` (the rows, most significant first, as ids into ``heights``) fit
    in ``budget`` mm with the heading: the longest run from the first.

    >>> rows_that_fit(["a", "b", "c"], {"a": 5.0, "b": 5.0, "c": 5.0}, 6.0, 17.0)
    2
    """
    total, k = head, 0
    for x in order:
        total += heights.get(x, 0.0)
        if total > budget + 1e-6:
            break
        k += 1
    return k


def fit_handout(attempt, stages_: list[Stage], order: list[model.TimelineEvent], printed,
                side: float | None = None):
    """The first stage at which the sheet fits two sides with at least its least
    rows, and the most rows that fit then: ``(Fit, laid-out document)``, or
    ``(None, the last document)``.  ``attempt(fit)`` lays the sheet out; ``order``
    is the events, the most significant first (the sheet shows the first ``k``),
    ``printed(k)`` those ``k`` events in the order the sheet prints them.  The rows'
    heights are measured in the layout that did not fit, so that the next try
    leaves out just enough of the least significant rows; a stage after one that
    did not fit starts from the rows that fitted the room its timeline had there
    (no fewer than its least), and goes up while more fit (:func:`_climb`).
    ``side``: the height of a side's content area (mm) as known or guessed,
    checked in the first layout."""
    doc, measured = None, False
    ids = [id(e) for e in order]
    known: dict[int, float] = {}          # each row's height (mm) as last laid out
    head_mm, room = 0.0, None             # (room: the timeline's, in the last layout that did not fit)
    for n_st, st in enumerate(stages_):
        k = len(order)
        if known and side:
            # no more rows than the timeline's share holds at the sizes measured
            # (a little more: denser type makes rows shorter)
            least = min(known.values())
            est = {x: known.get(x, least) for x in ids}
            k = min(k, 2 + rows_that_fit(ids, est, head_mm, TIMELINE_SHARE * side))
            if room is not None:      # and no more than fitted the room the last stage left
                k = min(k, max(st.least_events, rows_that_fit(ids, est, head_mm, room)))
        tried: set[int] = set()
        while k >= st.least_events and k not in tried:
            tried.add(k)
            fit = Fit(st.density, st.terms, st.questions, k, stage=n_st)
            fit.notes_mm = st.notes_min if st.notes_min is not None else \
                round((side or 0.0) * NOTES_SHARE, 1)
            doc = attempt(fit)
            if not measured:
                measured = True
                if side is None or abs(_side_mm(doc) - side) > 0.5:
                    side = _side_mm(doc)      # (a guess from the paper, wrong: laid out again)
                    if st.notes_min is None:
                        fit.notes_mm = round(side * NOTES_SHARE, 1)
                        doc = attempt(fit)
            rows, head = timeline_rows(doc)
            # (a template of the user's own that does not number its rows: a usual row's height)
            heights = {id(e): rows.get(i, 0.0 if rows else ROW_MM) for i, e in enumerate(printed(k))}
            known.update(heights)
            head_mm = head or head_mm
            tl = head + sum(heights.values()) if k else 0.0
            over = overflow_mm(doc)
            if over == 0 and tl <= TIMELINE_SHARE * side + 0.5:
                return _climb(attempt, fit, doc, ids, known, side, tried,
                              lambda d, k: _next_row(d, order, printed, k))
            if not k:
                break
            budget = min(TIMELINE_SHARE * side, tl - over)
            room = budget
            k = min(rows_that_fit(ids[:k], heights, head, budget), k - 1)
            need = head + sum(heights.get(x, 0.0) for x in ids[:st.least_events])
            if k < st.least_events <= max(tried) - 1 and need <= budget + 15:
                k = st.least_events       # (the measure is an estimate, kept blocks move whole:
                #                            the least rows are tried when they nearly fit)
        # (a stage that cannot keep its least rows gives way to the next)
    return None, doc


def _next_row(doc, order: list, printed, k: int) -> float:
    """The least height (mm) the row of ``order[k]`` takes on a sheet laid out as
    ``doc`` with the first ``k`` of ``order`` (:func:`next_row_mm`; 0.0 when
    there is no next event or it cannot be told)."""
    if printed is None or k >= len(order):
        return 0.0
    return next_row_mm(doc, printed(k), order[k].text)


def _climb(attempt, fit: Fit, doc, ids: list, known: dict, side: float, tried: set,
           next_row=lambda doc, k: 0.0):
    """From a fit that fits, more rows while they fit: as many as the room left
    at the foot of the sheet and in the timeline's share holds at the heights
    measured, then (when none seems to, or that many did not fit) one at a
    time, twice at most (rows left out by the estimate).  ``next_row(doc, k)``:
    the least height of the next row (:func:`_next_row`).  ``(Fit, laid-out document)``."""
    ones, single = 0, False
    while fit.events < len(ids):
        step = 1
        if not single:
            rows, head = timeline_rows(doc)
            free = min(side - _used_mm(doc.pages[-1]) if len(doc.pages) > 1 else side,
                       TIMELINE_SHARE * side + 0.5 - head - sum(rows.values()))
            least = min(known.values(), default=ROW_MM)
            step = max(1, rows_that_fit(ids[fit.events:], {x: known.get(x, least) for x in ids},
                                        0.0, free))
        if step == 1 and no_row_more(doc, side, next_row(doc, fit.events)):
            break
        if fit.events + step in tried or (step == 1 and ones == 2):
            if step == 1:
                break
            single = True
            continue
        ones += step == 1
        more = replace(fit, events=fit.events + step)
        tried.add(more.events)
        d2 = attempt(more)
        if _fits(d2, side):
            fit, doc = more, d2
        elif step == 1:
            break
        else:
            single = True       # (the estimate was too many: one at a time)
    return fit, doc


def one_row_mm(doc) -> float:
    """The least height (mm) a timeline row can have on this sheet, laid out as
    it is: a row is as tall as its tallest cell, and a cell no shorter than its
    padding and borders with one line; per column the least such height found
    in the rows laid out, and the tallest of the columns (0 without rows)."""
    cols: dict[int, float] = {}
    for page in doc.pages:
        for b in _walk(page_box(page)):
            if getattr(b, "element_tag", "") != "tr" or b.element.get("data-row") is None:
                continue
            for i, cell in enumerate(getattr(b, "children", None) or []):
                line = next((x for x in _walk(cell) if type(x).__name__ == "LineBox"), None)
                if line is not None and isinstance(cell.height, (int, float)):
                    h = cell.border_height() - cell.height + line.height
                    cols[i] = min(cols.get(i, h), h)
    return max(cols.values(), default=0.0) * MM_PER_PX


def _table_rows(doc) -> list:
    """The timeline's laid-out rows (``tr`` boxes numbered ``data-row``), each
    with the table box it is in: ``[(data-row, tr, table)]``."""
    found: list = []

    def visit(box, table):
        if type(box).__name__ == "TableBox":
            table = box
        el = getattr(box, "element", None)
        if getattr(box, "element_tag", "") == "tr" and el is not None \
                and el.get("data-row") is not None:
            found.append((int(el.get("data-row")), box, table))
            return
        for child in getattr(box, "children", None) or []:
            visit(child, table)
    for page in doc.pages:
        visit(page_box(page), None)
    return found


_SPACES = re.compile(r"[ \t\n\r\f]+")


def _shown(text: str) -> str:
    """Text as HTML shows it: runs of white space one space, none at the ends."""
    return _SPACES.sub(" ", text).strip(" ")


def _h_extra(cell) -> float:
    return cell.padding_left + cell.padding_right + cell.border_left_width + \
        cell.border_right_width


def _nowrap_width(cell) -> float:
    """The width of a cell's longest line when the cell does not wrap (0 otherwise)."""
    if cell.style["white_space"] not in ("nowrap", "pre"):
        return 0.0
    return max((sum(c.margin_width() for c in getattr(line, "children", None) or [])
                for line in _walk(cell) if type(line).__name__ == "LineBox"), default=0.0)


#: The computed style of a text that says how its lines break (the same in every cell measured).
_TYPE = ("font_family", "font_size", "font_weight", "font_style", "font_stretch",
         "font_variant_caps", "font_feature_settings", "font_kerning", "letter_spacing",
         "word_spacing", "hyphens", "lang", "white_space", "text_indent", "tab_size",
         "overflow_wrap", "word_break")


def next_row_mm(doc, events: list, text: str) -> float:
    """The least height (mm) one more timeline row printing ``text`` (an event's
    text) takes on this sheet: the lines ``text`` takes at least (hyphenation
    included) in the column where each row prints its event's text, at the widest
    that column can be (the table's width less the least each other column
    takes: its padding and borders, and a cell's line that does not wrap), plus
    the cell's padding and borders.  ``events``: the events of the rows laid out,
    by ``data-row``.  0.0 when the layout does not show such a column."""
    rows = _table_rows(doc)
    if not rows or {k for k, _, _ in rows} != set(range(len(events))):
        return 0.0
    ncols = {len(tr.children) for _, tr, _ in rows}
    if len(ncols) != 1 or len({id(t) for _, _, t in rows}) > len(doc.pages):
        return 0.0
    col = next((c for c in range(ncols.pop()) if all(
        tr.children[c].element is not None
        and _shown("".join(tr.children[c].element.itertext())) == _shown(events[k].text)
        for k, tr, _ in rows)), None)
    if col is None:
        return 0.0
    cells = [tr.children[col] for _, tr, _ in rows]
    style, table = cells[0].style, rows[0][2]
    firsts = [next((x for x in _walk(c) if type(x).__name__ == "LineBox"), None) for c in cells]
    if table is None or style["text_transform"] != "none" or None in firsts \
            or not all(isinstance(c.height, (int, float)) for c in cells) \
            or len({tuple(repr(c.style[k]) for k in _TYPE) for c in cells}) != 1:
        return 0.0
    others = [max(_h_extra(tr.children[c]) + _nowrap_width(tr.children[c]) for _, tr, _ in rows)
              for c in range(len(rows[0][1].children)) if c != col]
    spacing = 0.0
    if table.style["border_collapse"] == "separate":
        spacing = table.style["border_spacing"][0] * (len(others) + 2)
    width = table.width - sum(others) - _h_extra(cells[0]) - spacing
    if width <= 0:
        return 0.0
    lines = lines_at_least(_shown(text), style, width)
    line = min(x.height for x in firsts)
    return (min(c.border_height() - c.height for c in cells) + lines * line) * MM_PER_PX


def no_row_more(doc, side: float, next_row: float = 0.0) -> bool:
    """Whether one more timeline row cannot fit a sheet of two sides laid out
    as ``doc`` (so need not be laid out to see): the room left at the feet of
    both sides, or in the timeline's share, is less than the least a row takes
    (or ``next_row``, the least the next row takes: :func:`next_row_mm`)."""
    if len(doc.pages) != 2:
        return False
    one = one_row_mm(doc)
    row = max(one, next_row) if one > 0 else 0.0
    rows, head = timeline_rows(doc)
    slack = sum(side - _used_mm(p) for p in doc.pages)
    return row > 0 and (slack + 0.01 < row
                        or head + sum(rows.values()) + row > TIMELINE_SHARE * side + 0.5)


def sheet_blocks(doc) -> list[list]:
    """The sheet's blocks other than its timeline and notes box, in order, each
    ``[tag, class, height]`` (mm; its content's, over every side it is on)."""
    found: dict[int, list] = {}
    for page in doc.pages:
        sheet = next((b for b in _walk(page_box(page)) if getattr(b, "element_tag", "") == "div"
                      and "sheet" in (b.element.get("class") or "").split()), None)
        for c in getattr(sheet, "children", None) or []:
            el, cls = getattr(c, "element", None), ""
            if el is not None:
                cls = el.get("class") or ""
            if el is None or el is sheet.element or c.element_tag == "table" \
                    or "h-notes" in cls.split() or not isinstance(c.height, (int, float)):
                continue
            found.setdefault(id(el), [c.element_tag, cls, 0.0])[2] += c.height * MM_PER_PX
    return [[t, c, round(h, 2)] for t, c, h in found.values()]


def fit_record(fit: Fit, doc, frame: str, side: float) -> dict:
    """What a later build needs to start from this fit (:func:`refit`): the
    fitting's frame (:func:`frame_key`), the fit's stage and rows, and the
    layout's measures (each block's height, the timeline's rows)."""
    rows, head = timeline_rows(doc)
    return {"frame": frame, "stage": fit.stage, "events": fit.events, "side": side,
            "blocks": sheet_blocks(doc), "head": round(head, 2),
            "rows": [round(rows[i], 2) for i in sorted(rows)]}


def frame_key(renderer, css: list[str], paper: str, seq: list[Stage], order: list) -> str:
    """What a fit is chosen within, the content of the sheet's other blocks
    apart: the code and templates (the user's own too), styles and paper, the
    fitting sequence and its constants, the timeline's events by significance."""
    own = [p for folder in search_path(renderer.root, "templates")[:-1]
           for p in sorted(folder.rglob("*")) if p.is_file()]
    return digest("\0".join([code_fingerprint(), load_styles(renderer.root, css), paper,
                             repr(seq), repr((TIMELINE_SHARE, NOTES_SHARE, HANDOUT_MAX_EVENTS)),
                             repr([(e.date, e.label, e.text, e.pages) for e in order])]
                            + [f"{p}\0{p.read_text(encoding='utf-8', errors='replace')}"
                               for p in own]))


def _fits(doc, side: float) -> bool:
    rows, head = timeline_rows(doc)
    return overflow_mm(doc) == 0 and head + sum(rows.values()) <= TIMELINE_SHARE * side + 0.5


def refit(attempt, stages_: list[Stage], order: list, last: dict, frame: str, printed=None):
    """The last build's fit, verified instead of fitting afresh: ``(Fit, laid-out
    document)``, or ``(None, None)`` when it does not hold (then :func:`fit_handout`).

    It holds when the sheet laid out with it fits, and what made the fitting
    stop there still stands: either every other block of the sheet is at least
    as tall as then, the timeline's rows as they were (so a layout that did not
    fit then, with more rows or at a larger type, does not fit now: the fitting
    would take the same steps to the same fit), or, when some block is shorter,
    one more row does not fit and the stage before does not fit with its
    fewest rows (laid out to see).  The result is the fit a cold fitting
    chooses (tests/handout: test_a_kept_fit_is_the_cold_fit).  ``printed(k)``: the
    first ``k`` events as the sheet prints them (:func:`next_row_mm`)."""
    try:        # (a record of this code's: the frame names it; of its kinds, or none)
        i, k, side = int(last["stage"]), int(last["events"]), float(last["side"])
        then, last_rows, last_head = list(last["blocks"]), last["rows"], last["head"]
    except (KeyError, TypeError, ValueError):
        return None, None
    if last.get("frame") != frame or not 0 <= i < len(stages_):
        return None, None
    st = stages_[i]

    def fit_at(s: Stage, n_st: int, events: int) -> Fit:
        return Fit(s.density, s.terms, s.questions, events, stage=n_st,
                   notes_mm=s.notes_min if s.notes_min is not None else round(side * NOTES_SHARE, 1))

    if not st.least_events <= k <= len(order):
        return None, None
    fit = fit_at(st, i, k)
    doc = attempt(fit)
    if abs(_side_mm(doc) - side) > 0.5 or not _fits(doc, side):
        return None, None
    now = fit_record(fit, doc, frame, side)
    same_rows = now["rows"] == last_rows and now["head"] == last_head
    if same_rows and no_shorter(now["blocks"], then):
        return fit, doc
    if k < len(order) and not no_row_more(doc, side, _next_row(doc, order, printed, k)) \
            and _fits(attempt(replace(fit, events=k + 1)), side):
        return None, None
    if i > 0:
        before = fit_at(stages_[i - 1], i - 1, stages_[i - 1].least_events)
        if _fits(attempt(before), side):
            return None, None
    return fit, doc


def no_shorter(blocks: list, then: list) -> bool:
    """Whether the sheet's blocks (:func:`sheet_blocks`) are those of ``then``,
    each at least as tall (to 0.01 mm).

    >>> no_shorter([["p", "a", 5.0], ["h2", "", 3.0]], [["p", "a", 4.5], ["h2", "", 3.0]])
    True
    >>> no_shorter([["p", "a", 4.0]], [["p", "a", 4.5]]), no_shorter([["p", "a", 4.0]], [])
    (False, False)
    """
    try:
        return len(blocks) == len(then) and all(
            list(a[:2]) == list(b[:2]) and a[2] >= float(b[2]) - 0.01 for a, b in zip(blocks, then))
    except (TypeError, ValueError, IndexError):     # (a record not of this kind)
        return False


def _events(order: list[model.TimelineEvent], timeline: list[model.TimelineEvent], n: int
            ) -> list[model.TimelineEvent]:
    """The ``n`` most significant events (the first ``n`` of ``order``), in the
    timeline's order (by date)."""
    chosen = {id(e) for e in order[:n]}
    return [e for e in timeline if id(e) in chosen]


def render_handout(renderer, cfg: PackConfig, pack: model.Pack, r: model.Reading, *,
                   profile: str = "office", span: tuple[int, int] = (0, 0),
                   cached: str | None = None, previous: bytes | None = None,
                   fitted: list | None = None, last: dict | None = None
                   ) -> tuple[bytes, int, list[str], dict]:
    """The handout's PDF, page count, warnings and state (for the next build: its
    cache key, and the fit chosen with its measures).  When the key (a hash of
    the first attempt's HTML, the styles and the fitting sequence) equals
    ``cached``, ``previous`` is returned without laying anything out; otherwise
    the fit of ``last`` (the last build's state) is verified (:func:`refit`)
    before the sheet is fitted afresh (:func:`fit_handout`).  ``fitted``, a list,
    is given the :class:`Fit` chosen and the events printed (for measures: how
    many rows the sheet shows)."""
    order = handout_order(r, HANDOUT_MAX_EVENTS)
    seq = stages(cfg, r, len(order))
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
    chosen_terms: dict[int, list] = {}       # (the glossary's choice, once for each number)

    def page_html(fit: Fit) -> str:
        if fit.terms not in chosen_terms:
            chosen_terms[fit.terms] = _terms(r, fit.terms)
        terms = [_TermView(t) for t in chosen_terms[fit.terms]]
        return renderer.html(
            "handout.html.j2", r=r, pack=PackView(pack), fit=fit, stats=stats, L=L, labels=labels,
            abstract=abstract, terms=terms, questions=select_for_handout(r.questions, fit.questions),
            events=_events(order, r.timeline, fit.events), version=__version__,
            build_date=BUILD_DATE)

    def attempt(fit: Fit):
        return renderer.layout(page_html(fit), css, paper)

    first = seq[0]
    key = digest(page_html(Fit(first.density, first.terms, first.questions, len(order)))
                 + load_styles(renderer.root, css) + paper + repr(seq)
                 + repr((TIMELINE_SHARE, NOTES_SHARE, HANDOUT_MAX_EVENTS)))
    if cached == key and previous is not None:
        return previous, len(PdfReader(BytesIO(previous)).pages), [], \
            {"key": key, "fit": (last or {}).get("fit")}

    frame = frame_key(renderer, css, paper, seq, order)
    chosen, doc = _choose(attempt, seq, order, lambda k: _events(order, r.timeline, k),
                          (last or {}).get("fit") or {}, frame,
                          digest(load_styles(renderer.root, css) + paper), cfg.output["paper"])
    state = {"key": key, "fit": fit_record(chosen, doc, frame, _side_mm(doc)) if chosen else None}
    warnings = list(getattr(doc, "coursepack_warnings", []))
    if chosen is None:
        warnings.append(f"handout for {r.slug} does not fit on two pages even at the densest "
                        "setting")
    else:
        if len(doc.pages) == 1:
            chosen.notes_page = True      # side 2 is a full notes page
            doc = attempt(chosen)
        free = free_below(doc.pages[-1], "h-notes")
        chosen.notes_mm = chosen.notes_mm + max(0.0, free - 1.0)
        # the notes box is the last thing on the sheet: it is made taller in
        # the laid-out page, as a new layout with its height would make it
        if not grow_last(doc.pages[-1], "h-notes", chosen.notes_mm):
            doc = attempt(chosen)
            if len(doc.pages) > 2:            # rounding at the page foot
                chosen.notes_mm -= 5
                doc = attempt(chosen)
    if fitted is not None:
        fitted.append((chosen, _events(order, r.timeline, chosen.events if chosen else 0)))
    pdf = renderer.pdf(doc)
    pdf = finish_pdf(pdf, title=f"{L('Handout')}: {r.meta.title}", author=", ".join(r.meta.authors),
                     subject=L("Seminar handout, {title}", title=pack.title), lang=r.meta.languages[0],
                     creation_date=PDF_DATE)
    return pdf, len(doc.pages), warnings, state


def _choose(attempt, seq: list[Stage], order: list, printed, last: dict, frame: str,
            sheet: str, paper: str):
    """The fit of the last build when it holds (:func:`refit`), else the sheet
    fitted afresh (:func:`fit_handout`): ``(Fit or None, laid-out document)``.
    ``sheet``: a key of the stylesheets and paper, under which a side's height
    measured is kept for the next handout (one layout less)."""
    chosen, doc = refit(attempt, seq, order, last, frame, printed)
    if chosen is None:
        guess = _PAPER_MM.get(paper, 297.0) - 32.0   # (handout.css: 16 mm margins)
        chosen, doc = fit_handout(attempt, seq, order, printed, _SIDES.get(sheet, guess))
        if doc is not None:
            _SIDES[sheet] = _side_mm(doc)
    return chosen, doc


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
