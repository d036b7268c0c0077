"""The command line: ``python build.py [command] [options]``, a table of
commands (:data:`COMMANDS`): each command's one-line help and what it
needs, and its module in this package (as MkDocs does), which holds its
options (``arguments(parser)``) and ``run(args, say, root)`` → exit status
and imports the stages it runs at its top.  Only the module of the command
that runs is imported (:attr:`Command.module`, the command line's one lazy
import), so ``--help`` loads no stage and each command only its own.

Exit status: 0 success, 1 internal failure, 2 bad input (content errors),
130 interrupted.  Tracebacks are shown only with ``--debug``.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import signal
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

from .. import __version__, progress
from ..errors import ContentError, Problem
from .base import empty_readings_line, find_root, prog


@dataclass(frozen=True)
class Command:
    """A command of the table: its one-line help (what ``--help`` lists),
    whether it runs only in a course folder (``needs_course``; not: init,
    schema) holding a reading (``needs_readings``; not: new, ingest, review,
    which run before any is listed), whether it takes the build options
    --out, --profile, --instructor (``build_options``: build, watch), and
    whether its problems end with ": nothing was written"."""
    name: str
    help: str
    needs_course: bool = True
    needs_readings: bool = True
    build_options: bool = False
    nothing_written: bool = False

    @property
    def module(self):
        """``coursepack.cli.<name>``, imported the first time the command is
        parsed or run: it imports the stages the command runs at its top."""
        return importlib.import_module(f"{__name__}.{self.name}")  # lazy: the command's stages, kept out of --help and the other commands (check 0.7 s, build 0.2 s, review 0.1 s of imports; --help 13 ms)


#: the commands, in the order ``--help`` lists them: name → :class:`Command`
COMMANDS = {c.name: c for c in (
    Command("init", "start a new course folder: a commented content/pack.yaml and places for "
                    "readings, styles, templates", needs_course=False),
    Command("build", "build the pack into build/ (the default command)",
            build_options=True, nothing_written=True),
    Command("watch", "build, then rebuild on every save (Ctrl-C to stop)", build_options=True),
    Command("check", "validate the content and report problems without rendering",
            nothing_written=True),
    Command("glossary", "work on a reading's glossary (--suggest adds candidate terms for review)"),
    Command("questions", "regenerate a reading's discussion questions, keeping every edit"),
    Command("timeline", "regenerate a reading's timeline, keeping every edit"),
    Command("schema", "print the documentation of every content file's keys", needs_course=False),
    Command("review", "render chosen pages of the built PDFs to PNG for a look (build/review/)",
            needs_readings=False),
    Command("new", "create a reading folder with commented template files",
            needs_readings=False, nothing_written=True),
    Command("ingest", "create a reading from the article's PDF, or from text extracted from it "
                      "(and the journal's landing page)", needs_readings=False, nothing_written=True),
    Command("copies", "write one stamped copy of the reader per student (build/copies/)"),
    Command("web", "export the pack as accessible HTML pages for the course site (build/web/)"),
    Command("epub", "export the pack as an EPUB 3 for phones and e-readers (build/pack.epub)"),
)}


def _parser(named: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; only the ``named`` command's options are
    added (its module imported), the other commands are listed with their help."""
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
    for name, command in COMMANDS.items():
        parents = [common, build_opts] if command.build_options else [common]
        parser = sub.add_parser(name, help=command.help, parents=parents)
        if name == named:
            command.module.arguments(parser)
    return p


class _NotNamed(Exception):
    pass


class _Scan(argparse.ArgumentParser):
    def error(self, message):
        raise _NotNamed(message)


def _named(argv: list[str] | None) -> str | None:
    """The command named on the command line (None: none, or not one of
    the table's), read as the full parser reads it (the options before it,
    abbreviated or not, with their values) but without any command's own
    options, so that only that command's module is imported."""
    scan = _Scan(add_help=False)
    for opt in ("--root", "--out", "--profile"):
        scan.add_argument(opt)
    for opt in (("--quiet", "-q"), ("--debug",), ("--instructor",), ("--version",), ("-h", "--help")):
        scan.add_argument(*opt, action="store_true")
    scan.add_argument("command", nargs="?")
    try:
        known, _rest = scan.parse_known_args(sys.argv[1:] if argv is None else argv)
    except _NotNamed:
        return None
    return known.command if known.command in COMMANDS else None


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line read: the command (None: build), its options, the
    build options given before it joined to build's and watch's (refused
    with another command: exit 2), ``quiet`` and ``debug`` false unless given."""
    parser = _parser(_named(argv))
    args = parser.parse_args(argv)
    _build_options(parser, args)
    for name, default in (("quiet", False), ("debug", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    return args


def main(argv: list[str] | None = None) -> int:
    """Run a command.  Bad input: every problem as ``path:line:col: message``
    on stderr, exit 2.  Ctrl-C or SIGTERM: temporary files removed, outputs
    left as they were, exit 130.  Anything else is an internal error, exit 1,
    with the traceback only under ``--debug``."""
    args = parse_args(argv)
    command = args.command or "build"
    args.root_given = hasattr(args, "root")
    if not args.root_given:
        args.root = find_root(Path.cwd()) or Path(".")
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
        wrote = ": nothing was written" if command in COMMANDS and COMMANDS[command].nothing_written else ""
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
    takers = [name for name, c in COMMANDS.items() if c.build_options]
    if given and command not in takers:
        parser.error(f"--{given[0]} is a build option: use it with {' or '.join(takers)}, "
                     f"not with {command}")
    for name, default in (("out", None), ("profile", None), ("instructor", False)):
        if command not in takers and hasattr(args, name):
            continue          # copies --out, web --out: the command's own
        top = getattr(args, "top_" + name, None)
        if not hasattr(args, name):
            setattr(args, name, default if top is None else top)


def _run(command: str, args, say) -> int:
    """Run ``command`` in the course folder, once it holds a pack.yaml (and
    a reading listed in it) when the command needs them."""
    root = args.root.resolve()
    if command not in COMMANDS:
        raise ContentError(f"unknown command '{command}'")
    run = COMMANDS[command]
    pack = root / "content" / "pack.yaml"
    if run.needs_course and not pack.exists() and not pack.is_symlink():
        where = ("" if getattr(args, "root_given", True)
                 else " (nor in any folder above it)")
        raise ContentError(Problem("content/pack.yaml", 0, 0, (
            f"file not found: is {root} the project folder?{where} Run coursepack in a course "
            f"folder, name it with --root, or start one with `{prog()} init FOLDER`")))
    if run.needs_course and run.needs_readings:
        line = empty_readings_line(pack.read_text(encoding="utf-8", errors="replace"))
        if line:
            raise ContentError(Problem("content/pack.yaml", line, 1, (
                f"no readings yet: add one with `{prog()} ingest ARTICLE.txt` (or `new SLUG`), "
                "which lists it under 'readings:'")))
    return run.module.run(args, say, root)
