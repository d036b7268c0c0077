"""A throw-away project holding the test pack: fixtures, the seed reading,
and the project's templates and styles."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = "russia-armenia-azerbaijan"


def make_project(dest: Path, *, seed: bool = True, pack: str | None = None) -> Path:
    """Copy the fixture readings (and the seed reading), the templates and
    the styles into ``dest``; write ``pack`` (default: the fixture
    pack.yaml) as its content/pack.yaml; return ``dest``."""
    dest = Path(dest)
    content = dest / "content"
    (content / "readings").mkdir(parents=True, exist_ok=True)
    for folder in ("templates", "styles"):
        shutil.copytree(ROOT / "coursepack" / folder, dest / folder, dirs_exist_ok=True)
    for r in (FIXTURES / "readings").iterdir():
        shutil.copytree(r, content / "readings" / r.name, dirs_exist_ok=True)
    if seed:
        shutil.copytree(ROOT / "content" / "readings" / SEED, content / "readings" / SEED,
                        dirs_exist_ok=True)
    (content / "pack.yaml").write_text(pack if pack is not None else
                                       (FIXTURES / "pack.yaml").read_text(encoding="utf-8"),
                                       encoding="utf-8")
    return dest
