"""Same bytes as the reference commit: the default pack's reader, handout,
press reader and booklet, screen reader and stamped copies, built at the
commit in ``benchmarks/samebytes.base`` and at the working tree, compared
byte for byte (a refactor must not change any output).

When an output changes on purpose (new teaching material in the reader, a
typographic fix), the failure says how to move the reference; the lead does
it at the merge of such a branch.  Needs the git history (a full clone, as
CI's): the reference commit is exported with ``git archive``.
"""

from __future__ import annotations

import importlib.util
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _samebytes():
    spec = importlib.util.spec_from_file_location("samebytes", ROOT / "benchmarks" / "samebytes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


BUMP = """
If this change of output is intended, make the commit that has it the reference:
commit it, then
    sed -i "1s/.*/$(git rev-parse HEAD)/" benchmarks/samebytes.base
and commit again (a branch merged with an intended output change: the lead
does this after the merge).  To see the difference:
    python3 benchmarks/samebytes.py --base"""


def test_the_base_file_names_a_commit_of_this_history():
    sb = _samebytes()
    base = sb.base_commit()
    r = subprocess.run(["git", "-C", str(ROOT), "cat-file", "-e", f"{base}^{{commit}}"],
                       capture_output=True, text=True)
    assert r.returncode == 0, (
        f"benchmarks/samebytes.base names {base}, which this clone does not have "
        "(a shallow clone? `git fetch --unshallow`)")
    r = subprocess.run(["git", "-C", str(ROOT), "merge-base", "--is-ancestor", base, "HEAD"])
    assert r.returncode == 0, f"{base} (benchmarks/samebytes.base) is not an ancestor of HEAD"


@pytest.mark.slow
def test_every_output_has_the_bytes_of_the_base_commit(request):
    sb = _samebytes()
    base = sb.base_commit()
    if not sb.inputs_differ(base):
        # the code, templates, styles and content are the base's: the same
        # deterministic build in the same environment (tests/print/test_reproducible.py)
        pytest.skip(f"nothing a build reads differs from {base[:12]}: the same bytes")
    builds = request.getfixturevalue("builds")
    with tempfile.TemporaryDirectory(prefix="samebytes-") as tmp, ThreadPoolExecutor(1) as ex:
        work = Path(tmp)
        # the base's outputs built meanwhile; this tree's are the session's
        # builds of the default pack in each profile (tests/conftest.py:
        # builds), the same builds samebytes.py makes, and its copies
        theirs = ex.submit(lambda: sb.hashes(sb.export(base, work / "rev"), work / "that"))
        outs = {"office": builds.get("again"), "press": builds.get("press"),
                "screen": builds.get("screen"), "copies": work / "out-copies"}
        sb.copies(ROOT, ROOT, outs["office"] / "reader.pdf", outs["copies"], work)
        mine = sb.output_hashes(outs)
        theirs = theirs.result()
    assert len(mine) >= 15, sorted(mine)      # every profile built its outputs
    diff = sb.compare(theirs, mine)
    assert not diff, (f"{len(diff)} outputs differ from those of {base[:12]} "
                      f"(benchmarks/samebytes.base):\n  " + "\n  ".join(diff) + BUMP)
