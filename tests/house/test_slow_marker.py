"""The `slow` marker's list names test modules that exist (a renamed module
would otherwise drop out of it silently and slow the quick loop down)."""

from pathlib import Path

from tests.conftest import SLOW_FOLDERS, SLOW_MODULES

TESTS = Path(__file__).resolve().parents[1]


def test_every_slow_module_and_folder_exists():
    assert [m for m in sorted(SLOW_MODULES) if not (TESTS / m).is_file()] == []
    assert [f for f in sorted(SLOW_FOLDERS) if not (TESTS / f).is_dir()] == []
