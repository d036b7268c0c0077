"""``coursepack init FOLDER``: start a new course folder."""

from __future__ import annotations

from pathlib import Path

from ..init import init_course
from ..render.env import BUILTIN
from .base import prog, shell


def arguments(p) -> None:
    p.add_argument("folder", type=Path, help="the new course folder (made if missing)")
    p.add_argument("--title", default="", help="the course title (default: from the folder name)")


def run(args, say, root: Path) -> int:
    started = init_course(args.folder, title=args.title)
    for f in started.files:
        say(f"wrote {f}")
    how = prog()
    here = Path.cwd().resolve()
    cd = "" if started.root == here else f"cd {shell(str(started.root))}"
    say(f"\nstarted a course in {started.root}; coursepack's own templates and styles "
        f"(to copy into content/templates/ and content/styles/) are in {BUILTIN / 'templates'} "
        f"and {BUILTIN / 'styles'}.\nNext:")
    steps = ([cd] if cd else []) + [
        f"{how} ingest ARTICLE.txt --landing LANDING.txt   # a reading from its extracted "
        "text (or: new SLUG)",
        f"{how} build                                      # build/reader.pdf, build/handout.pdf"]
    if not cd:
        steps.append(f"{how} check                                      # what to review")
    for step in steps:
        say(f"  {step}")
    return 0
