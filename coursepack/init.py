"""Starting a course: ``coursepack init COURSE-DIR`` (the command line finds
the course folder a command runs in: ``cli.base.find_root``).

A course folder holds ``content/pack.yaml`` (the course and its readings),
``content/readings/<slug>/`` (one folder per reading), and the places for the
course's own look: ``content/styles/`` (stylesheets laid over coursepack's,
e.g. ``reader.local.css``, or a whole ``reader.css`` replacing it) and
``content/templates/`` (a template of the same name replaces coursepack's).
Everything else (templates, styles, fonts) comes with the package.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import ContentError
from .yamlio import yaml_quoted
from .outputs import atomic_write

PACK_TEMPLATE = """\
# The course pack: the course, its readings in order, and the output options.
# Every key is documented by `coursepack schema`; `coursepack check` validates
# this file.  coursepack never overwrites it (`ingest` and `new` only append a
# reading to `readings:`).
title: {title}
code: ""            # course code, e.g. "POL 214"
term: ""            # e.g. "Spring 2027"
instructor: ""      # as printed on the cover
institution: ""     # institution or department
notice: >-
  For use by students of this course only.
# The readings, in the order they are printed.  Each is a folder
# content/readings/<slug>/; `coursepack ingest FILE` makes one and adds it
# here, `coursepack new SLUG` makes an empty one to fill in by hand.
readings:
output:
  paper: a4               # a4 or letter
  profile: office         # office, press (bleed, crop marks) or screen (tagged PDF)
  style: chicago          # bibliography style: chicago or journal
  instructor_edition: false   # also write reader-instructor.pdf (or: build --instructor)
  booklet: false          # also write reader-booklet.pdf imposed for saddle stitching
  right_hand_starts: true       # each reading starts on a right-hand page
  right_hand_back_matter: false  # true: its bibliography, glossary, … too (more empty pages)
  handout_questions: 6
  handout_terms: 8
"""

STYLES_README = """\
Your stylesheets, laid over coursepack's own.

- reader.local.css (handout.local.css, web.local.css) is added after
  coursepack's reader.css: a few rules, e.g.
      body { font-size: 10.5pt; }
- reader.css (handout.css, ...) of your own replaces coursepack's entirely.

Images and fonts your stylesheets name are files in the course folder,
named by their path in it, e.g. url("content/styles/logo.png").  Nothing is
fetched from the network.
"""

TEMPLATES_README = """\
Your templates.  A file here replaces coursepack's template of the same
name and path (reader.html.j2, handout.html.j2, partials/..., web/...).
Start from a copy of coursepack's: `coursepack init` prints where they are.
Delete your copy to go back to coursepack's.
"""

READINGS_README = """\
One folder per reading: content/readings/<slug>/ (reading.yaml, source/,
glossary.yaml, questions.yaml, timeline.yaml, corrections.yaml).
`coursepack ingest FILE` or `coursepack new SLUG` makes one.
"""


@dataclass
class Started:
    """What :func:`init_course` made."""
    root: Path
    files: list[Path] = field(default_factory=list)


def init_course(folder: Path, title: str = "") -> Started:
    """Make a new course folder at ``folder`` (made if missing): a commented
    ``content/pack.yaml`` with no readings yet, ``content/readings/``,
    ``content/styles/`` and ``content/templates/`` (each with a README).
    Refuses (:class:`ContentError`, exit 2) when ``folder`` already holds a
    ``content/pack.yaml``; never overwrites anything.

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp()) / "course"
    >>> made = init_course(root, title="Modern history")
    >>> sorted(str(p.relative_to(root)) for p in made.files)[:2]
    ['content/pack.yaml', 'content/readings/README']
    >>> from coursepack.cli.base import find_root
    >>> find_root(root / "content" / "readings") == root
    True
    """
    root = Path(folder).expanduser().resolve()
    pack = root / "content" / "pack.yaml"
    if pack.exists():
        raise ContentError(f"{pack}: a course is already there (coursepack init never "
                           "overwrites one); choose another folder, or work in this one")
    if root.exists() and not root.is_dir():
        raise ContentError(f"{root}: not a folder; choose a new folder name")
    title = title or root.name.replace("-", " ").replace("_", " ").strip() or "My course"
    started = Started(root=root)
    for name, text in (("content/pack.yaml", PACK_TEMPLATE.format(title=yaml_quoted(title))),
                       ("content/readings/README", READINGS_README),
                       ("content/styles/README", STYLES_README),
                       ("content/templates/README", TEMPLATES_README)):
        path = root / name
        if path.exists():       # a README of the user's own: left alone
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, text)
        started.files.append(path)
    return started
