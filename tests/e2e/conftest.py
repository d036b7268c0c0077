"""The seed build is shared by the whole session: see tests/conftest.py."""

from tests.conftest import ROOT, Built  # noqa: F401
