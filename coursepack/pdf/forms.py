"""Drawing a form XObject over or under a page: the one way coursepack puts
the same kind of content on many pages (the folios under a joined reader's
pages, the stamp over every page of a student's copy).

A form keeps the page's own content as it is and its fonts are in the file
once for all pages (pypdf's ``merge_page`` would copy them into every page).
"""

from __future__ import annotations

from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject

from .compat import add_object


def make_form(data: bytes, bbox, resources) -> DecodedStreamObject:
    """A form XObject drawing ``data`` (a content stream) within ``bbox``
    with ``resources``; not yet in any file."""
    form = DecodedStreamObject()
    form.set_data(data)
    form.update({NameObject("/Type"): NameObject("/XObject"),
                 NameObject("/Subtype"): NameObject("/Form"),
                 NameObject("/BBox"): ArrayObject(bbox),
                 NameObject("/Resources"): resources})
    return form


def draw_form(writer, page, name: str, form_ref, *, before: bytes = b"", after: bytes = b"",
              copy_resources: bool = False) -> None:
    """Make ``form_ref`` known to ``page`` as ``name`` and add the content
    streams ``before`` (drawn under the page's content) and ``after`` (drawn
    over it) that paint it, e.g. ``b"q /Name Do Q\\n"``.  ``copy_resources``:
    the page gets a resource dictionary of its own (pages sharing one would
    otherwise share the name, and so the form); without it the page's
    resources are changed in place (the same form on every page)."""
    if copy_resources:
        resources = DictionaryObject(page["/Resources"].get_object())
        xobjects = DictionaryObject(resources["/XObject"].get_object()) \
            if "/XObject" in resources else DictionaryObject()
    else:
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else DictionaryObject()
        xobjects = resources.get("/XObject")
        xobjects = xobjects.get_object() if xobjects is not None else DictionaryObject()
    xobjects[NameObject(name)] = form_ref
    resources[NameObject("/XObject")] = xobjects
    page[NameObject("/Resources")] = resources
    contents = page.get("/Contents")                 # the reference, not the stream
    items = []
    if contents is not None:
        items = list(contents.get_object()) if isinstance(contents.get_object(), ArrayObject) \
            else [contents]
    streams = []
    for data in (before, after):
        stream = None
        if data:
            stream = DecodedStreamObject()
            stream.set_data(data)
            stream = add_object(writer, stream)
        streams.append(stream)
    page[NameObject("/Contents")] = ArrayObject(
        ([streams[0]] if streams[0] else []) + items + ([streams[1]] if streams[1] else []))
