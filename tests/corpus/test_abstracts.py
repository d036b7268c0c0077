"""An abstract whose label runs into its first sentence ("Abstract The aims
of this study …", Springer) is read as the abstract even after the
publication dates above it, not as the article's first paragraph."""

from __future__ import annotations

import pytest

from tests.corpus.locate import corpus_dir

PDF = corpus_dir() / "pdf" / "en-20291.pdf"


@pytest.mark.skipif(not PDF.is_file(), reason="corpus not found")
def test_run_in_abstract_label_after_the_dates():
    from coursepack.read.pdf import read_pdf
    s = read_pdf(PDF)
    roles = [(b.role, " ".join(b.text.split())[:40]) for b in s.blocks[:14]]
    abstracts = [t for r, t in roles if r == "abstract"]
    assert abstracts and abstracts[0].startswith("Abstract The aims"), roles
    assert not any(r == "paragraph" and t.startswith("Abstract") for r, t in roles), roles


@pytest.mark.skipif(not PDF.is_file(), reason="corpus not found")
def test_publication_history_and_copyright_are_not_running_text():
    """Neither is running text; the dates are kept as front matter, the copyright line is furniture."""
    from coursepack.read.pdf import read_pdf
    s = read_pdf(PDF)
    front = [b for b in s.blocks if b.page == 1 and b.role in ("paragraph", "quote")]
    assert not any(b.text.startswith("Received:") or "Springer-Verlag 2009" in b.text for b in front), \
        [(b.role, b.text[:40]) for b in front]
    # the dates received and accepted are the article's front matter (printed with the title)
    assert any(b.role == "affiliation" and b.text.startswith("Received:") for b in s.blocks)
    assert any(b.role == "furniture" and "Springer-Verlag 2009" in b.text for b in s.blocks)
