"""Moved to :mod:`coursepack.words` (word figures at the top, so that the
build reads a frequency without loading the repair package).  This name
re-exports it for code written before the move; import ``coursepack.words``."""

from ..words import *  # noqa: F401,F403
from ..words import _first_words, _function_words  # noqa: F401
