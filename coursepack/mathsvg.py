"""Mathematics typeset as SVG (for WeasyPrint) or MathML (for EPUB).

TeX from a Markdown reading (``$…$``, ``$$…$$``) is turned into an SVG
image by ziamath (pure Python, its own STIX Two Math font; no TeX
installation), embedded as a ``data:`` image so that the renderer's
fetcher serves it, with the TeX as its alt text.  The EPUB carries MathML
(latex2mathml, which ziamath itself uses), which reading systems show and
read aloud.
"""

from __future__ import annotations

import base64
import functools
import re

from markupsafe import Markup, escape

INLINE_PX = 14.5      # about the 11 pt of the body text
DISPLAY_PX = 15.5


def problem(tex: str) -> str:
    """Why ``tex`` cannot be typeset, or ``""``.

    >>> problem(r"\\frac{a}{b}")
    ''
    >>> problem(r"\\frac{a}") != ''
    True
    """
    try:
        _svg(tex, False)
    except Exception as e:  # noqa: BLE001 — ziamath/latex2mathml raise many kinds
        return f"the formula cannot be typeset ({type(e).__name__}{': ' + str(e) if str(e) else ''})"
    return ""


@functools.lru_cache(maxsize=2048)
def _svg(tex: str, display: bool) -> tuple[str, float, float, float]:
    import ziamath  # lazy: ziamath 119 ms, only for a formula
    m = ziamath.Latex(tex, size=DISPLAY_PX if display else INLINE_PX, inline=not display)
    svg = m.svg()
    vb = re.search(r'viewBox="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)"', svg)
    x, y, w, h = (float(v) for v in vb.groups()) if vb else (0, 0, 0, 0)
    return svg, w, h, y


def math_svg(tex: str, display: bool = False) -> Markup:
    """An ``<img>`` of the typeset formula, aligned on the text's baseline
    (inline) or centred on its own line (display); the TeX is its alt text.
    A formula that cannot be typeset prints a bracketed notice (``check``
    reports it with its line), never the TeX source.

    >>> str(math_svg("x^2"))[:40]
    '<img class="math math-inline" alt="x^2" '
    """
    try:
        svg, w, h, y = _svg(tex, display)
    except Exception:  # noqa: BLE001
        return Markup('<span class="math-error">[formula]</span>')
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    descent = h + y        # below the baseline (y is minus the ascent)
    cls = "math math-display" if display else "math math-inline"
    style = f"width:{w * 0.75:.2f}pt;height:{h * 0.75:.2f}pt"
    if not display:
        style += f";vertical-align:{-descent * 0.75:.2f}pt"
    return Markup(f'<img class="{cls}" alt="{escape(tex)}" role="math" style="{style}" '
                  f'src="data:image/svg+xml;base64,{data}"/>')


def math_mathml(tex: str, display: bool = False) -> Markup:
    """MathML of the formula (for EPUB); the TeX as its alttext.

    >>> "<mi>x</mi>" in str(math_mathml("x^2"))
    True
    """
    from latex2mathml.converter import convert  # lazy: latex2mathml 31 ms, only for a formula
    try:
        out = convert(tex, display="block" if display else "inline")
    except Exception:  # noqa: BLE001
        return Markup('<span class="math-error">[formula]</span>')
    out = out.replace("<math ", f'<math alttext="{escape(tex)}" ', 1)
    return Markup(out)
