"""The command line: ``python build.py [command] [options]``.

Exit status: 0 success, 1 internal failure, 2 bad input (content errors),
130 interrupted.  Tracebacks are shown only with ``--debug``.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import shlex
import signal
import sys
import time
import traceback
from pathlib import Path

if __name__ == "__main__":   # pragma: no cover - Ctrl-C while starting up (imports, options):
    signal.signal(signal.SIGINT, lambda *_: (os.write(2, b"interrupted\n"), os._exit(130)))

from . import __version__, progress
from .errors import ContentError, Problem

COMMANDS = {
    "init": "start a new course folder: a commented content/pack.yaml and places for readings, styles, templates",
    "build": "build the pack into build/ (the default command)",
    "watch": "build, then rebuild on every save (Ctrl-C to stop)",
    "check": "validate the content and report problems without rendering",
    "glossary": "work on a reading's glossary (--suggest adds candidate terms for review)",
    "questions": "regenerate a reading's discussion questions, keeping every edit",
    "timeline": "regenerate a reading's timeline, keeping every edit",
    "schema": "print the documentation of every content file's keys",
    "review": "render chosen pages of the built PDFs to PNG for a look (build/review/)",
    "new": "create a reading folder with commented template files",
    "ingest": "create a reading from the article's PDF, or from text extracted from it (and "
              "the journal's landing page)",
    "copies": "write one stamped copy of the reader per student (build/copies/)",
    "web": "export the pack as accessible HTML pages for the course site (build/web/)",
    "epub": "export the pack as an EPUB 3 for phones and e-readers (build/pack.epub)",
}


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: an option given before the command is not reset by the
    # command's own parser (defaults are applied in main)
    common.add_argument("--root", type=Path, default=argparse.SUPPRESS,
                        help="the course folder (holding content/pack.yaml); default: the "
                             "folder you are in, or the nearest parent holding content/pack.yaml")
    common.add_argument("--quiet", "-q", action="store_true", default=argparse.SUPPRESS,
                        help="print only problems")
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="show tracebacks")
    # the build options, on build and watch and on the default command
    # (`python3 build.py --profile press`); SUPPRESS as above, defaults in main
    build_opts = argparse.ArgumentParser(add_help=False)
    build_opts.add_argument("--out", type=Path, default=argparse.SUPPRESS,
                            help="output folder (default: build/)")
    build_opts.add_argument("--profile", choices=["office", "press", "screen"],
                            default=argparse.SUPPRESS,
                            help="print profile (default: pack.yaml's output.profile)")
    build_opts.add_argument("--instructor", action="store_true", default=argparse.SUPPRESS,
                            help="also write the instructor's reader with notes under each question")
    top_build = argparse.ArgumentParser(add_help=False)
    for opt in build_opts._actions:
        kw = {"help": opt.help + " (build, watch)", "default": argparse.SUPPRESS,
              "dest": "top_" + opt.dest}
        if opt.nargs == 0:
            top_build.add_argument(*opt.option_strings, action="store_true", **kw)
        else:
            top_build.add_argument(*opt.option_strings, type=opt.type, choices=opt.choices,
                                   metavar=opt.dest.upper() if not opt.choices else None, **kw)
    p = argparse.ArgumentParser(
        prog="coursepack",
        description="Turn scholarly articles into a printable teaching edition: a reader "
                    "(cleaned article, footnotes, bibliography, glossary, questions) and a "
                    "student handout.  Without a command: build (taking the build options).",
        parents=[common, top_build])
    p.add_argument("--version", action="version", version=f"coursepack {__version__}")
    sub = p.add_subparsers(dest="command", metavar="command")
    it = sub.add_parser("init", help=COMMANDS["init"], parents=[common])
    it.add_argument("folder", type=Path, help="the new course folder (made if missing)")
    it.add_argument("--title", default="", help="the course title (default: from the folder name)")
    for name in ("build", "watch"):
        sub.add_parser(name, help=COMMANDS[name], parents=[common, build_opts])
    c = sub.add_parser("check", help=COMMANDS["check"], parents=[common])
    c.add_argument("--explain", action="store_true",
                   help="also list every repair and correction with its reason")
    c.add_argument("--reading", default="", metavar="SLUG", help="only this reading")
    c.add_argument("--kind", default="", metavar="KIND",
                   help="with --explain: only this kind of repair, e.g. hyphenation (or KIND/RULE)")
    g = sub.add_parser("glossary", help=COMMANDS["glossary"], parents=[common])
    g.add_argument("slug", nargs="?", help="the reading (default: every reading)")
    g.add_argument("--suggest", action="store_true",
                   help="add candidate terms found in the text to glossary.yaml, unreviewed")
    for name in ("questions", "timeline"):
        q = sub.add_parser(name, help=COMMANDS[name], parents=[common])
        q.add_argument("slug", nargs="?", help="the reading (default: every reading)")
    sub.add_parser("schema", help=COMMANDS["schema"], parents=[common])
    rv = sub.add_parser("review", help=COMMANDS["review"], parents=[common])
    rv.add_argument("pdf", nargs="?", default="reader.pdf",
                    help="which output in build/ (default: reader.pdf)")
    rv.add_argument("--pages", default="all", help="pages, e.g. '1-4,9' (default: all)")
    rv.add_argument("--dpi", type=int, default=60, help="resolution (default: 60)")
    rv.add_argument("--sheet", type=Path, help="also write a contact sheet PNG here")
    rv.add_argument("--layout", metavar="SLUG",
                    help="draw what was read from a reading's PDF (roles as coloured boxes, "
                         "block ids for structure.yaml) over its pages")
    _pack_parsers(sub, common)
    return p


def _pack_parsers(sub, common) -> None:
    """Subcommands for packs of readings: new, ingest, copies, web."""
    n = sub.add_parser("new", help=COMMANDS["new"], parents=[common])
    n.add_argument("slug", help="folder name of the reading (lower-case letters, digits, -)")
    n.add_argument("--title", default="", help="the reading's title (default: a placeholder)")
    n.add_argument("--week", default="", help="week or class meeting label for pack.yaml")
    n.add_argument("--no-pack", action="store_true",
                   help="do not add the reading to pack.yaml (print the entry instead)")
    i = sub.add_parser("ingest", help=COMMANDS["ingest"], parents=[common])
    i.add_argument("text", type=Path, metavar="source",
                   help="the article's PDF, or text extracted from it")
    i.add_argument("--landing", type=Path, help="the journal's landing page saved as text")
    i.add_argument("--slug", default="", help="folder name (default: from the title)")
    i.add_argument("--week", default="", help="week or class meeting label for pack.yaml")
    i.add_argument("--no-pack", action="store_true",
                   help="do not add the reading to pack.yaml (print the entry instead)")
    c = sub.add_parser("copies", help=COMMANDS["copies"], parents=[common])
    c.add_argument("--roster", type=Path, required=True,
                   help="CSV file with a header row: name (required), id, email")
    c.add_argument("--reader", type=Path,
                   help="the PDF to stamp (default: build/reader.pdf; built if missing)")
    c.add_argument("--out", type=Path, help="output folder (default: build/copies/)")
    w = sub.add_parser("web", help=COMMANDS["web"], parents=[common])
    w.add_argument("--out", type=Path, help="output folder (default: build/web/)")
    e = sub.add_parser("epub", help=COMMANDS["epub"], parents=[common])
    e.add_argument("--out", type=Path, help="output file (default: build/pack.epub)")


def main(argv: list[str] | None = None) -> int:
    """Run a command.  Bad input: every problem as ``path:line:col: message``
    on stderr, exit 2.  Ctrl-C or SIGTERM: temporary files removed, outputs
    left as they were, exit 130.  Anything else is an internal error, exit 1,
    with the traceback only under ``--debug``."""
    parser = _parser()
    args = parser.parse_args(argv)
    _build_options(parser, args)
    for name, default in (("quiet", False), ("debug", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    command = args.command or "build"
    args.root_given = hasattr(args, "root")
    if not args.root_given:
        args.root = _command("init").find_root(Path.cwd()) or Path(".")
    progress.configure(args.quiet)
    say = (lambda s: None) if args.quiet else progress.say
    old_term = _on_sigterm()
    try:
        return _run(command, args, say)
    except ContentError as e:
        problems = e.problems
        errors = [p for p in problems if p.severity == "error"] or problems
        for p in problems:
            print(p, file=sys.stderr)
        n, w = len(errors), len(problems) - len(errors)
        also = f" (and {w} warning{'s' if w != 1 else ''})" if w else ""
        wrote = ": nothing was written" if command in ("build", "check", "ingest", "new") else ""
        print(f"{n} problem{'s' if n != 1 else ''}{also}{wrote}", file=sys.stderr)
        if args.debug:
            traceback.print_exc()
        return 2
    except KeyboardInterrupt:
        if args.debug:
            traceback.print_exc()
        print("interrupted: no output was changed", file=sys.stderr)
        return 130
    except BrokenPipeError:     # `python build.py schema | head`: the reader has enough
        # what is still buffered for the closed pipe goes nowhere, quietly
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as e:       # the machine, not the content: disk full, no permission
        if args.debug:
            traceback.print_exc()
        what = f" {e.filename}" if e.filename else ""
        print(f"cannot read or write{what}: {e.strerror or e} (check the folder's "
              "permissions and free disk space; nothing else was changed)", file=sys.stderr)
        return 1
    except RecursionError as e:
        if args.debug:
            traceback.print_exc()
        print(f"internal error: {e}: the input may be nested too deeply (run again with "
              "--debug for the traceback, and please report it)", file=sys.stderr)
        return 1
    except Exception as e:  # noqa: BLE001 - the last line of defence
        if args.debug:
            traceback.print_exc()
        print(f"internal error: {type(e).__name__}: {e}\n(run again with --debug for the "
              "traceback, and please report it)", file=sys.stderr)
        return 1
    finally:
        _restore_sigterm(old_term)


def _on_sigterm():
    """SIGTERM is handled like Ctrl-C, so a terminated build also removes its
    temporary files on the way out.  In a forked worker (parallel layout)
    both signals end the worker at once and silently: the main process
    handles the interruption.  Returns the previous handlers."""
    main_pid = os.getpid()

    def interrupted(signum, frame):
        if os.getpid() != main_pid:
            os._exit(128 + signum)
        raise KeyboardInterrupt

    try:
        return (signal.signal(signal.SIGTERM, interrupted),
                signal.signal(signal.SIGINT, interrupted))
    except ValueError:      # not the main thread (e.g. called from a test runner thread)
        return None


def _restore_sigterm(old) -> None:
    if old is not None:
        with contextlib.suppress(ValueError, TypeError):
            signal.signal(signal.SIGTERM, old[0])
            signal.signal(signal.SIGINT, old[1])


def _build_options(parser, args) -> None:
    """The build options given before the command (or with no command) join
    the command's own; they belong to build and watch only."""
    command = args.command or "build"
    given = [name for name in ("out", "profile", "instructor") if hasattr(args, "top_" + name)]
    if given and command not in ("build", "watch"):
        parser.error(f"--{given[0]} is a build option: use it with build or watch, "
                     f"not with {command}")
    for name, default in (("out", None), ("profile", None), ("instructor", False)):
        if command not in ("build", "watch") and hasattr(args, name):
            continue          # copies --out, web --out: the command's own
        top = getattr(args, "top_" + name, None)
        if not hasattr(args, name):
            setattr(args, name, default if top is None else top)


def _command(module: str):
    """A command's module, imported when the command runs (the table below
    names them): the commands pull in the whole pipeline (`check`: 0.7 s of
    imports), which `--help` and every other command need not pay for."""
    return importlib.import_module(f"coursepack.{module}")  # lazy: check 0.7 s, build 0.2 s, review 0.1 s of imports kept out of --help (13 ms)


# commands that work without a course folder
NO_COURSE = ("init", "schema")


def _build(command: str, args, say, root: Path) -> int:
    """build: the pack into build/ (or --out)."""
    Options, build = _command("build").Options, _command("build").build
    t0 = time.perf_counter()
    say(f"coursepack {__version__}: building {root / 'content'}")
    with progress.activity("build"):
        res = build(root, Options(out=getattr(args, "out", None),
                                  profile=getattr(args, "profile", None),
                                  instructor=True if getattr(args, "instructor", False) else None,
                                  quiet=args.quiet, say=say))
    for path in res.outputs:
        if path.suffix == ".pdf":
            say(f"wrote {_rel(path, root)} ({res.pages.get(path.name, '?')} pages)")
    say(f"done in {time.perf_counter() - t0:.2f} s")
    return 0


def _watch(command: str, args, say, root: Path) -> int:
    """watch: build, then rebuild on every save."""
    Options, watch = _command("build").Options, _command("watch").watch
    watch(root, Options(out=args.out, profile=args.profile,
                        instructor=True if args.instructor else None, quiet=True,
                        say=progress.say))
    return 0


def _check(command: str, args, say, root: Path) -> int:
    """check: validate the content without rendering."""
    return _command("check").check(root, explain=args.explain, say=say, reading=args.reading, kind=args.kind)


def _schema(command: str, args, say, root: Path) -> int:
    """schema: print every content file's keys."""
    PACK, READING = _command("content").PACK, _command("content").READING
    document = _command("schema").document
    docs = [("content/pack.yaml", PACK), ("content/readings/<slug>/reading.yaml", READING)]
    for mod, name in (("read.overrides", "STRUCTURE_SCHEMA"), ("glossary", "GLOSSARY_SCHEMA"), ("questions", "QUESTIONS_SCHEMA"),
                      ("timeline", "TIMELINE_SCHEMA"), ("repair", "CORRECTIONS_SCHEMA"),
                      ("bibliography", "DECISIONS_SCHEMA")):
        m = _command(mod)
        if hasattr(m, name):
            docs.append((f"content/readings/<slug>/{getattr(m, name).name}", getattr(m, name)))
    for title, schema in docs:
        print(f"### `{title}`\n\n{schema.doc + chr(10) + chr(10) if schema.doc else ''}"
              f"{document(schema)}\n")
    return 0


def _review_pdf(command: str, args, say, root: Path) -> int:
    """review: chosen pages of a built PDF as PNG (with --layout, the layout read)."""
    if args.layout:
        return _review_layout(command, args, say, root)
    review = _command("review")
    contact_sheet, parse_pages, render_pages = review.contact_sheet, review.parse_pages, review.render_pages
    pdf = root / "build" / args.pdf
    if not pdf.is_file():
        raise ContentError(f"{_rel(pdf, root)} does not exist: run `python build.py` first")
    doc = review.PdfReader(pdf)
    pages = parse_pages(_page_spec(args.pages, list(doc.page_labels), args.pdf),
                        len(doc.pages))
    made = render_pages(pdf, pages, root / "build" / "review", dpi=args.dpi)
    say(f"wrote {len(made)} PNG page(s) to build/review/")
    if args.sheet:
        # a bare name goes beside the pages, in build/review/ (an absolute path as given)
        sheet = args.sheet if args.sheet.is_absolute() else root / "build" / "review" / args.sheet
        contact_sheet(made, sheet)
        say(f"wrote {_rel(sheet, root)}")
    return 0


def _review_layout(command: str, args, say, root: Path) -> int:
    """review --layout: what was read from a reading's PDF, drawn over its pages."""
    contact_sheet, review_layout = _command("review").contact_sheet, _command("review").review_layout
    made = review_layout(root, args.layout, pages=args.pages,
                         dpi=args.dpi if args.dpi != 60 else 80)
    say(f"wrote {len(made)} PNG page(s) to build/review/ ({args.layout}-layout-p*.png)")
    if args.sheet:
        contact_sheet(made, args.sheet)
        say(f"wrote {args.sheet}")
    return 0


def _lists(command: str, args, say, root: Path) -> int:
    """glossary, questions, timeline: work on a reading's editable lists."""
    cfg, pack, editions = _command("edition").gather(root)
    for e in editions:
        r = e.reading
        if args.slug and r.slug != args.slug:
            continue
        folder = next(c.folder for c in cfg.readings if c.slug == r.slug)
        if command == "glossary":
            if not args.suggest:
                say("nothing to do: use --suggest to add candidate terms")
                return 0
            glossary = _command("glossary")
            n = glossary.add_suggestions(folder / "glossary.yaml", glossary.suggest_candidates(r, r.glossary))
            say(f"{r.slug}: {n} candidate term(s) added to glossary.yaml, marked "
                "'reviewed: false'")
        else:
            mod = _command(command)
            counts = mod.regenerate(folder / f"{command}.yaml", r)
            say(f"{r.slug}: {command}.yaml: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


def _packs(command: str, args, say, root: Path) -> int:
    """new, ingest, copies, web."""
    return _run_packs(command, args, say, root)


# the commands: name → function(command, args, say, root) -> exit status
# (init is run before the course folder is looked for: see _run)
def _epub(command: str, args, say, root: Path) -> int:
    """epub: the pack as an EPUB 3 (build/pack.epub)."""
    made = _command("epub").export_epub(root, out=args.out)
    say(f"wrote {_rel(made, root)}")
    return 0


RUN = {"build": _build, "watch": _watch, "check": _check, "schema": _schema,
       "review": _review_pdf, "glossary": _lists, "questions": _lists, "timeline": _lists,
       "new": _packs, "ingest": _packs, "copies": _packs, "web": _packs,
       "epub": _epub}


def _run(command: str, args, say) -> int:
    root = args.root.resolve()
    if command == "init":
        return _init(args, say)
    pack = root / "content" / "pack.yaml"
    if command not in NO_COURSE and not pack.exists() and not pack.is_symlink():
        where = ("" if getattr(args, "root_given", True)
                 else " (nor in any folder above it)")
        raise ContentError(Problem("content/pack.yaml", 0, 0, (
            f"file not found: is {root} the project folder?{where} Run coursepack in a course "
            f"folder, name it with --root, or start one with `{_prog()} init FOLDER`")))
    if command not in NO_COURSE + ("new", "ingest", "review"):
        line = _command("init").empty_readings_line(pack.read_text(encoding="utf-8", errors="replace"))
        if line:
            raise ContentError(Problem("content/pack.yaml", line, 1, (
                f"no readings yet: add one with `{_prog()} ingest ARTICLE.txt` (or `new SLUG`), "
                "which lists it under 'readings:'")))
    if command not in RUN:
        raise ContentError(f"unknown command '{command}'")
    return RUN[command](command, args, say, root)


def _run_packs(command: str, args, say, root: Path) -> int:
    if command in ("new", "ingest"):
        scaffold = _command("scaffold")
        if command == "new":
            added = scaffold.new_reading(root, args.slug, title=args.title, week=args.week,
                                         add=not args.no_pack)
        else:
            with progress.activity("ingest", f"reading and repairing {args.text.name}"):
                added = scaffold.ingest(root, args.text, landing_file=args.landing,
                                        slug=args.slug, week=args.week, add=not args.no_pack)
        for f in added.files:
            say(f"wrote {_rel(f, root)}")
        for note in added.notes:
            say(f"  {note}")
        if args.no_pack:
            print("add the reading to content/pack.yaml under 'readings:':\n"
                  + scaffold.pack_entry(added.slug, args.week).rstrip("\n"))
        elif added.pack_updated:
            say(f"added '{added.slug}' to content/pack.yaml (readings:)")
        elif added.pack_entry:
            print("add the reading to content/pack.yaml under 'readings:':\n"
                  + added.pack_entry.rstrip("\n"))
        else:
            say(f"'{added.slug}' is already listed in content/pack.yaml")
        return 0
    if command == "copies":
        copies_command = _command("pdf.stamp").copies_command
        t0 = time.perf_counter()
        reader = args.reader
        with progress.activity("copies", "stamping the reader"):
            if reader is None:       # build/reader.pdf, brought up to date first
                reader = _fresh_reader(root, say)
            made = copies_command(root, args.roster, reader=reader, out=args.out, say=say)
        say(f"wrote {len(made)} cop{'y' if len(made) == 1 else 'ies'} to "
            f"{_rel(made[0].parent, root) if made else 'build/copies'} in "
            f"{time.perf_counter() - t0:.2f} s")
        return 0
    export_web = _command("web").export_web
    with progress.activity("web", "reading and repairing the pack"):
        pages = export_web(root, out=args.out)
    say(f"wrote {len(pages)} page(s) to {_rel(pages[0].parent, root)}/")
    return 0


def _fresh_reader(root: Path, say) -> Path:
    """The pack's reader in build/, rebuilt first when it is missing or out
    of date (a no-op build, a tenth of a second, when it is not): copies are
    never stamped from a stale reader.  A build that fails stops the copies
    with its problems (exit 2)."""
    Options, build = _command("build").Options, _command("build").build
    profile = _command("content").load_pack(root).output["profile"]
    reader = root / "build" / ("reader.pdf" if profile == "office" else f"reader-{profile}.pdf")
    existed = reader.is_file()
    progress.step("checking that the reader is up to date")
    res = build(root, Options(quiet=True, say=lambda s: None))
    if not res.up_to_date:
        say(f"{_rel(reader, root)} was {'out of date' if existed else 'missing'}: rebuilt it "
            "before stamping the copies")
    progress.step("stamping the reader")
    return reader


def _page_spec(spec: str, labels: list[str], name: str) -> str:
    """``--pages`` with the printed page labels (``iii``, ``ix-xii``) turned
    into the PDF's page numbers; numbers stay the PDF's pages (1 = first).

    >>> _page_spec("ii-iii,5", ["i", "ii", "iii", "1", "2"], "reader.pdf")
    '2-3,5'
    >>> _page_spec("all", [], "reader.pdf")
    'all'
    """
    if spec.strip() in ("", "all"):
        return spec
    lower = [str(x).lower() for x in labels]

    def one(token: str) -> str:
        token = token.strip()
        if token.isdigit():
            return token
        if token.lower() in lower:
            return str(lower.index(token.lower()) + 1)
        shown = f" (its labels run {labels[0]}–{labels[-1]})" if labels else ""
        raise ContentError(Problem(f"build/{name}", 0, 0, f"--pages: no page '{token}' in {name}{shown}: give page numbers "
                           "(1 = the first page, e.g. 1-4,9) or printed labels (e.g. iii, ix-xii)"))

    parts = []
    for part in spec.split(","):
        if not part.strip():
            continue
        ends = part.split("-", 1)
        parts.append("-".join(one(e) for e in ends))
    return ",".join(parts)


def _prog() -> str:
    """How the user ran coursepack, to show the next commands the same way."""
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else Path("coursepack")
    if argv0.name == "build.py":
        return f"python3 {argv0.resolve()}"
    return "coursepack"


def _init(args, say) -> int:
    init_course, BUILTIN = _command("init").init_course, _command("render.env").BUILTIN
    started = init_course(args.folder, title=args.title)
    for f in started.files:
        say(f"wrote {f}")
    prog = _prog()
    here = Path.cwd().resolve()
    cd = "" if started.root == here else f"cd {_shell(str(started.root))}"
    say(f"\nstarted a course in {started.root}; coursepack's own templates and styles "
        f"(to copy into content/templates/ and content/styles/) are in {BUILTIN / 'templates'} "
        f"and {BUILTIN / 'styles'}.\nNext:")
    steps = ([cd] if cd else []) + [
        f"{prog} ingest ARTICLE.txt --landing LANDING.txt   # a reading from its extracted "
        "text (or: new SLUG)",
        f"{prog} build                                      # build/reader.pdf, build/handout.pdf"]
    if not cd:
        steps.append(f"{prog} check                                      # what to review")
    for step in steps:
        say(f"  {step}")
    return 0


def _shell(s: str) -> str:
    """``s`` quoted for a POSIX shell when it needs it.

    >>> _shell("/tmp/x"), _shell("/tmp/my course")
    ('/tmp/x', "'/tmp/my course'")
    """
    return shlex.quote(s)


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


if __name__ == "__main__":   # pragma: no cover
    _code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_code)      # as build.py: no teardown of the heap (Ctrl-C ends at once)
