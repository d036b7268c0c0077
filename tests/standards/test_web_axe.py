"""The web export has no axe-core violations, on the index and on every
reading's page, in the light and the dark colour scheme: axe-core (from npm,
installed by ``sh install.sh test``) run in the distribution's headless
Chromium (:mod:`coursepack.standards.axe`)."""

from __future__ import annotations

import os

import pytest

from coursepack.standards import axe
from tests.conftest import ROOT

BAD = """<!DOCTYPE html><html lang="en"><head><title>Bad</title></head><body><main>
<p>Text <a href="#n1"></a> and a note.</p>
<ol><li id="n1" role="doc-endnote">A note.</li></ol></main></body></html>"""


@pytest.fixture(scope="module")
def tools():
    missing = [what for what, ok in (("axe-core", axe.axe_script()), ("chromium", axe.chromium()))
               if not ok]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"{', '.join(missing)} not installed: run 'sh install.sh test'")
        pytest.skip(f"{', '.join(missing)} not installed: run 'sh install.sh test'")


def test_web_export_has_no_axe_violations(tools, tmp_path):
    from coursepack.web import export_web
    pages = export_web(ROOT, tmp_path / "web")
    assert pages[0].name == "index.html" and len(pages) >= 2
    bad = tmp_path / "web" / "bad.html"
    bad.write_text(BAD, encoding="utf-8")
    found = axe.run_axe(pages + [bad])
    # the runner sees what breaks the rules (a page made to break them)
    assert {"link-name", "aria-deprecated-role"} <= {v["id"] for v in found.pop("bad.html")}
    found = {k: v for k, v in found.items() if not k.startswith("bad.html")}
    assert set(found) >= {p.name for p in pages}
    assert not any(found.values()), "\n" + axe.summary(found)
