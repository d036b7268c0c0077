"""WeasyPrint is loaded without ctypes' library search (which runs
``ldconfig`` and the C compiler in subprocesses), and loaded whole: the
same libraries, fast font subsetting included."""

import subprocess
import sys

from tests.build.conftest import ROOT

SCRIPT = """
import ctypes.util, subprocess, sys
find = ctypes.util.find_library
started = []
real = subprocess.Popen.__init__
def counting(self, *a, **k):
    started.append(a[0] if a else k.get("args"))
    real(self, *a, **k)
subprocess.Popen.__init__ = counting
from coursepack.wpload import load_weasyprint
wp = load_weasyprint()
from weasyprint.text import ffi
print(len(started), ctypes.util.find_library is find, ffi.harfbuzz_subset is not None,
      load_weasyprint() is wp, "weasyprint" in sys.modules)
"""


def test_weasyprint_loads_without_subprocesses_and_whole():
    res = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    started, restored, subset, once, loaded = res.stdout.split()
    assert started == "0"               # no ldconfig, no gcc
    assert restored == "True"           # find_library is the real one again
    assert subset == "True"             # harfbuzz-subset found by its file name too
    assert once == "True" and loaded == "True"


def test_a_plain_import_would_search():
    """The reason for wpload: without it, the import starts subprocesses
    here (if this fails, the workaround may no longer be needed)."""
    script = SCRIPT.replace("from coursepack.wpload import load_weasyprint\nwp = load_weasyprint()",
                            "import weasyprint as wp\nload_weasyprint = lambda: wp")
    res = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert int(res.stdout.split()[0]) > 0
