"""The corpus is found from a clone anywhere (CI clones the repo elsewhere)."""

from __future__ import annotations

import doctest
from tests.corpus import locate


def test_doctests():
    assert doctest.testmod(locate).failed == 0


def test_nearest_shared_corpus_above_wins_over_fallback(tmp_path):
    (tmp_path / "shared" / "corpus" / "references").mkdir(parents=True)
    clone = tmp_path / "ci" / "builds" / "coursepack"
    clone.mkdir(parents=True)
    assert locate.corpus_dir(clone, environ={}) == tmp_path / "shared" / "corpus"


def test_environment_wins(tmp_path):
    assert locate.corpus_dir(tmp_path, environ={"COURSEPACK_CORPUS": str(tmp_path)}) == tmp_path


def test_nothing_found_falls_back(tmp_path):
    assert not any((d / "shared" / "corpus").exists() for d in (tmp_path, *tmp_path.parents))
    assert locate.corpus_dir(tmp_path, environ={}) == locate.FALLBACK
