"""Small projects of our own for build-level tests (fast to lay out)."""

import shutil
from pathlib import Path

import pytest

from tests.repair.corrupter import Article, corrupt

ROOT = Path(__file__).resolve().parents[2]

ARTICLE = Article(
    title="Lighthouses and the harbour board",
    sections=[
        ("Introduction", [
            "The harbour board of Kestrel Bay kept three lighthouses in good order for a "
            "century. Its minutes reflect a difficult balance between cost and safety.[^1]",
            "In 1881 the board rebuilt the northern light after a storm, and the official "
            "report praised the keepers.[^2] The Lighthouse Guild disagreed.",
        ]),
        ("The keepers", [
            "Keepers were appointed by the board and paid from harbour dues. The Lighthouse "
            "Guild argued for higher wages in 1902.[^3]",
            "Their logbooks record fog, wrecks and visits of the inspector, and they show how "
            "the office changed after electric lamps arrived.",
        ]),
        ("Conclusion", [
            "The board's history shows that a small public body could run a technical service "
            "well, as long as its finances were steady.[^4]",
        ]),
    ],
    notes={1: "M. Gray, Harbour boards, “Maritime History” 1999, vol. 4, pp. 1–20.",
           2: "Report of the board, Kestrel Bay 1882: <https://example.org/reports/1882-annual-"
              "report.pdf> [accessed: 3 V 2020].",
           3: "Ibid.",
           4: "J. Stone, Lights at sea, Harbour Press, London 2005."},
)

GLOSSARY = """terms:
  - term: Lighthouse Guild
    kind: organisation
    definition: An invented association of lighthouse keepers, used in this test.
  - term: harbour board
    kind: organisation
    definition: The body that ran the harbour of Kestrel Bay.
"""


def make_project(dest: Path) -> Path:
    for name in ("templates", "styles"):
        shutil.copytree(ROOT / "coursepack" / name, dest / name)
    reading = dest / "content" / "readings" / "lighthouses"
    (reading / "source").mkdir(parents=True)
    (reading / "source" / "article.txt").write_text(corrupt(ARTICLE, width=70, page_lines=30),
                                                    encoding="utf-8")
    (reading / "reading.yaml").write_text(
        "title: Lighthouses and the harbour board\nsources:\n  text: source/article.txt\n",
        encoding="utf-8")
    (reading / "glossary.yaml").write_text(GLOSSARY, encoding="utf-8")
    (dest / "content" / "pack.yaml").write_text(
        "title: Test course\nterm: Spring\nreadings:\n  - slug: lighthouses\n    week: Week 1\n",
        encoding="utf-8")
    return dest


@pytest.fixture
def project(tmp_path) -> Path:
    return make_project(tmp_path / "proj")
