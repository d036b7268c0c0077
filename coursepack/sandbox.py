"""The template sandbox: what a template (the project's, or a user's
override in ``content/templates/``, which may come from anyone) can reach.

Course folders are shared between colleagues and arrive as zips, so a
template is untrusted code.  Jinja2's :class:`~jinja2.sandbox.SandboxedEnvironment`
already refuses every ``_`` name (``__globals__``, ``__class__``,
``_TemplateReference__context``...) and the internals of functions,
generators and frames.  :class:`TemplateSandbox` narrows it to the
template API coursepack documents (README, "Templates"):

* attributes are read only from plain data (text, numbers, lists, dicts,
  sets), from Markup and Jinja2's own helpers (``loop``, ``cycler``,
  ``namespace``...) and from coursepack's objects (the edition model and
  the views made for the templates); never a module, a class, a file
  path, an open file or anything else;
* a call is allowed only to the methods of plain data, to coursepack's
  functions and methods (filters, ``plain_text``, ``glossary_items``...)
  and to Jinja2's helpers;
* ``*`` and ``**`` cannot make a value of more than a million items.

Anything else is a :class:`~jinja2.sandbox.SecurityError`, which the
renderer reports as a content error naming the template and line.
"""

from __future__ import annotations

import io
import operator
import types
from pathlib import PurePath
from typing import Any

from jinja2.sandbox import SandboxedEnvironment, SecurityError
from markupsafe import Markup

PLAIN = (str, int, float, complex, bool, type(None), list, tuple, dict, set, frozenset,
         range, Markup)
OWN_MODULES = ("coursepack.", "jinja2.", "markupsafe")
NEVER = (types.ModuleType, type, PurePath, io.IOBase, types.CodeType, types.FrameType,
         types.TracebackType)
SAFE_CLASSES = (dict,)          # dict(a=1) is a documented Jinja2 global
MAX_ITEMS = 1_000_000


def _own(obj: Any) -> bool:
    """Whether ``obj``'s type comes from coursepack, Jinja2 or MarkupSafe."""
    module = type(obj).__module__ or ""
    return module.startswith(OWN_MODULES)


def _own_function(fn: Any) -> bool:
    module = getattr(fn, "__module__", None) or ""
    return module.startswith(OWN_MODULES)


def safe_holder(obj: Any) -> bool:
    """Whether a template may read attributes of ``obj``.

    >>> safe_holder("text"), safe_holder([1]), safe_holder(PurePath("/etc"))
    (True, True, False)
    >>> import os; safe_holder(os), safe_holder(str)
    (False, False)
    """
    if isinstance(obj, NEVER):
        return False
    return isinstance(obj, PLAIN) or _own(obj)


def safe_callable(obj: Any) -> bool:
    """Whether a template may call ``obj``.

    >>> safe_callable("a,b".split), safe_callable([].append), safe_callable(dict)
    (True, True, True)
    >>> import os; safe_callable(os.popen), safe_callable(open), safe_callable(__import__("pathlib").Path("/").open)
    (False, False, False)
    """
    if isinstance(obj, type):
        return obj in SAFE_CLASSES or (_own_function(obj) and not issubclass(obj, NEVER))
    if isinstance(obj, (types.BuiltinFunctionType, types.BuiltinMethodType)):
        owner = getattr(obj, "__self__", None)     # a builtin function's is its module
        return owner is not None and not isinstance(owner, NEVER) and safe_holder(owner)
    if isinstance(obj, types.MethodType):
        return safe_holder(obj.__self__) and _own_function(obj.__func__)
    if isinstance(obj, types.FunctionType):
        return _own_function(obj)
    if isinstance(obj, (types.MethodWrapperType, types.WrapperDescriptorType,
                        types.MethodDescriptorType, types.ClassMethodDescriptorType)):
        return False
    return _own(obj) and not isinstance(obj, NEVER)    # a Macro, a cycler, a namespace...


def _size(value: Any) -> int:
    try:
        return len(value)
    except TypeError:
        return 1


def _mul(left: Any, right: Any) -> Any:
    for seq, n in ((left, right), (right, left)):
        if isinstance(n, int) and not isinstance(seq, (int, float, complex)) \
                and _size(seq) * n > MAX_ITEMS:
            raise SecurityError(f"'*' would make more than {MAX_ITEMS:,} items")
    return operator.mul(left, right)


def _pow(left: Any, right: Any) -> Any:
    if isinstance(right, (int, float)) and isinstance(left, (int, float)) \
            and abs(right) > 100 and abs(left) > 1:
        raise SecurityError("'**' with an exponent over 100")
    return operator.pow(left, right)


class TemplateSandbox(SandboxedEnvironment):
    """A SandboxedEnvironment allowing only coursepack's template API (see
    the module's docstring)."""

    intercepted_binops = frozenset(["*", "**"])

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if not super().is_safe_attribute(obj, attr, value):
            return False
        if not safe_holder(obj) or isinstance(value, NEVER):
            return False
        return not callable(value) or safe_callable(value) or isinstance(value, PLAIN)

    def is_safe_callable(self, obj: Any) -> bool:
        return super().is_safe_callable(obj) and safe_callable(obj)

    def call_binop(self, context, op: str, left: Any, right: Any) -> Any:
        if op == "*":
            return _mul(left, right)
        if op == "**":
            return _pow(left, right)
        return super().call_binop(context, op, left, right)

    def call(__self, __context, __obj, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        if not __self.is_safe_callable(__obj):
            name = getattr(__obj, "__qualname__", None) or type(__obj).__name__
            raise SecurityError(f"calling {name[:60]} is not allowed in a template")
        return __context.call(__obj, *args, **kwargs)
