"""The templates' compiled code kept between builds (``render.env.KeptTemplates``
in the build's stage cache): a new process does not compile a template
again, unless its source changed or the kept entry is not one this user's
coursepack signed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.packs.project import make_project

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from pathlib import Path
from coursepack.cache import StageCache
from coursepack.render.env import KeptTemplates, Renderer
r = Renderer(Path(sys.argv[1]))
r.env.bytecode_cache = KeptTemplates(StageCache(Path(sys.argv[2])))
compiled = []
compile_ = r.env.compile
r.env.compile = lambda source, name=None, filename=None, *a, **k: (
    compiled.append(name) or compile_(source, name, filename, *a, **k))
r.compile_templates()
print(json.dumps(sorted(compiled)))
"""


def _compiled(root: Path, stages: Path, env: dict) -> list[str]:
    out = subprocess.run([sys.executable, "-c", PROBE, str(root), str(stages)], cwd=ROOT,
                         capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_new_process_takes_the_kept_templates(tmp_path):
    env = {**os.environ, "COURSEPACK_CACHE_KEY_DIR": str(tmp_path / "key")}
    root = make_project(tmp_path / "p", seed=False)
    stages = root / "build" / ".coursepack" / "stages"
    first = _compiled(root, stages, env)
    assert {"reader.html.j2", "handout.html.j2"} <= set(first)
    assert _compiled(root, stages, env) == []          # all kept
    t = root / "templates" / "handout.html.j2"          # the project's copy, edited
    t.write_text(t.read_text(encoding="utf-8") + "\n{# edited #}\n", encoding="utf-8")
    assert _compiled(root, stages, env) == ["handout.html.j2"]
    for f in stages.glob("template-*.pickle"):          # entries this user did not sign
        f.write_bytes(f.read_bytes()[:-1] + b"x")
    assert set(_compiled(root, stages, env)) == set(first)
