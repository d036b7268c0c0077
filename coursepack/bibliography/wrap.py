"""Cite nodes around character spans of a run of inline nodes: used by the
notes' linking (:mod:`coursepack.bibliography`) and the in-text citations
(:mod:`.intext`), below both so that neither imports the other for it.
"""

from __future__ import annotations

from .. import model


def _unwrap(nodes):
    out = []
    for n in nodes:
        if isinstance(n, model.Cite):
            out.extend(_unwrap(n.children))
        else:
            out.append(n)
    return out


def _len(n) -> int:
    return len(model.plain_text([n]))


def wrap_cites(nodes: list[model.Inline], spans: list[tuple[int, int, str]]
               ) -> list[model.Inline]:
    """Wrap the character spans of ``nodes``' text in ``Cite`` nodes.  A
    link or emphasis is never cut: it goes where it starts.

    >>> wrap_cites([model.Text("See A, T: <"), model.Link("u", "u"), model.Text(">; x")],
    ...            [(4, 13, "a")])      # doctest: +NORMALIZE_WHITESPACE
    [Text(text='See ', type='text'), Cite(key='a', children=[Text(text='A, T: <', type='text'),
     Link(url='u', text='u', type='link'), Text(text='>', type='text')], type='cite', anchor=''),
     Text(text='; x', type='text')]
    """
    spans = sorted(spans)
    out: list[model.Inline] = []
    cur: model.Cite | None = None
    cur_end = 0
    pos = 0
    si = 0

    def emit(node):
        if cur is not None:
            cur.children.append(node)
        else:
            out.append(node)

    for n in nodes:
        length = _len(n)
        while si < len(spans) and spans[si][1] <= pos and cur is None:
            si += 1                         # a span that ended inside an earlier node
        if not isinstance(n, model.Text):
            if cur is None and si < len(spans) and spans[si][0] < pos + max(length, 1) \
                    and spans[si][1] > pos:
                cur = model.Cite(spans[si][2], [])
                cur_end = spans[si][1]
                out.append(cur)
                si += 1
            emit(n)
            pos += length
            if cur is not None and pos >= cur_end:
                cur = None
            continue
        text = n.text
        i = 0
        while i < len(text):
            if cur is None:
                while si < len(spans) and spans[si][1] <= pos + i:
                    si += 1
                if si < len(spans) and spans[si][0] < pos + len(text):
                    start = max(spans[si][0] - pos, i)
                    if start > i:
                        emit(model.Text(text[i:start]))
                    i = start
                    cur = model.Cite(spans[si][2], [])
                    cur_end = spans[si][1]
                    out.append(cur)
                    si += 1
                else:
                    emit(model.Text(text[i:]))
                    i = len(text)
            else:
                stop = min(len(text), cur_end - pos)
                if stop > i:
                    emit(model.Text(text[i:stop]))
                    i = stop
                if pos + i >= cur_end:
                    cur = None
        pos += len(text)
    return out
