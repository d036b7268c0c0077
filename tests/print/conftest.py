"""The print tests' builds (``builds``: again, press, screen) are made once per
session in tests/conftest.py, shared with the same-bytes test."""
