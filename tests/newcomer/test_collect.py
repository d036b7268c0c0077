"""Every test folder is collected (pytest skips folders named `build` by
default), and the count is not below the floor CI checks (.ci/min-tests)."""

import re
import subprocess
import sys

from tests.newcomer.run import ROOT


def test_tests_build_collected_and_count_above_the_floor():
    res = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout[-2000:]
    ids = res.stdout.splitlines()
    assert sum(1 for i in ids if i.startswith("tests/build/")) >= 70
    assert any(i.startswith("tests/build/test_segments.py::") for i in ids)
    count = int(re.search(r"^(\d+) tests? collected", res.stdout, re.M).group(1))
    assert count >= int((ROOT / ".ci" / "min-tests").read_text().strip())
