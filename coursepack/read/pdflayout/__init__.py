"""The layout-aware PDF reader's stages (see :mod:`coursepack.read.pdf`).

``chars`` reads characters and drawn rules from the PDF (pypdfium2);
``lines`` groups characters into words and lines; ``furniture`` finds
cover pages and running heads and feet; ``order`` finds columns and the
reading order; ``blocks`` gives blocks their roles.
"""
