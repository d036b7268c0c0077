#!/usr/bin/env python3
"""coursepack benchmarks: one run, figures side by side, medians of several runs.

    python3 benchmarks/run.py [--runs 3] [--quick] [--no-peers] [--json FILE]
    python3 benchmarks/run.py --against REV [--runs 3] [--quick] [--only cold]

Measures, in a scratch copy of the project (your content/ is never touched;
its bytecode compiled first, as an installed package has it):

* cold build of the default pack (build/ removed), no-op rebuild, rebuilds
  after editing one glossary definition, one question, one correction, each
  as a fresh `python3 build.py` and as `coursepack watch` makes it (in the
  running process, the reader's segment layouts kept);
* the same article through Pandoc → WeasyPrint and Pandoc → XeLaTeX, the
  peers (install them with ``sh benchmarks/install-peers.sh``; skipped with a
  note when missing);
* packs of 1, 4 and 12 readings generated from texts of our own (synthetic
  articles with extraction damage), for time and peak memory, and the same
  text of the 12-reading pack through Pandoc → XeLaTeX;
* cleaning (repair) of the seed: warm median in-process, and the first call in a fresh process;
* 100 stamped per-student copies of the reader (when ``coursepack.pdf.stamp`` exists);
* the CPU time of every build above, all processes together (``_cpu_s_*``;
  watch's: the watching process and the workers it reaped): on a machine
  shared with others, a figure the load weighs on far less than wall time;
  divided by the cores, the least wall time that work could take here
  however it were spread (reported beside the goals against XeLaTeX).
  ``--against`` also gives the load average (``_load_1min``) of its runs.

Prints a table and writes JSON (default ``build/benchmarks.json``).  Ratios
are computed between figures of the same run, so they hold on any machine.

``--against REV`` (before and after, in one run): the same builds with the
code of git revision REV (exported with ``git archive``; the checkout is not
touched) and with this checkout's, taking turns run by run so that the
machine's load weighs on both alike: the default pack (cold, no-op, edits),
watch, and the synthetic packs; medians side by side with after/before.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CODE = ROOT     # where the code of the builds comes from (--against: each tree in turn)

SLUG = "russia-armenia-azerbaijan"
RUNNER = r"""
import json, os, resource, sys, time
sys.argv = ["build.py"] + sys.argv[1:]
t = time.perf_counter()
from coursepack.cli import main
rc = main(sys.argv[1:])
wall = time.perf_counter() - t
me = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)    # the worker processes
cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
print(json.dumps({"rc": rc, "wall": wall, "maxrss_kb": max(me.ru_maxrss, kids.ru_maxrss),
                  "cpu": cpu}), file=sys.stderr)
sys.stdout.flush()
sys.stderr.flush()
os._exit(rc or 0)    # as build.py leaves

"""


def copy_code(dest: Path, names: tuple[str, ...]) -> None:
    """Copy the named files and folders of the code's tree, then compile the
    package's bytecode, as an installed coursepack has it (pip compiles it):
    no build measured here pays for compiling the modules it imports, which
    would weigh more on the larger tree of two compared (``--against``)."""
    for name in names:
        src = CODE / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, dest / name)
    compileall.compile_dir(str(dest / "coursepack"), quiet=2)


def copy_project(dest: Path) -> Path:
    """A scratch copy of the project (code, content, templates, styles)."""
    copy_code(dest, ("coursepack", "content", "build.py", "pyproject.toml"))
    return dest


def run_build(project: Path, *args: str) -> dict:
    """One build in a fresh process: wall time (including start-up) and peak memory."""
    t = time.perf_counter()
    res = subprocess.run([sys.executable, "-c", RUNNER, "--root", str(project), "-q", *args],
                         cwd=project, capture_output=True, text=True)
    wall = time.perf_counter() - t
    info = {"rc": res.returncode, "wall": wall, "maxrss_kb": 0, "cpu": 0.0}
    for line in res.stderr.splitlines():
        if line.startswith("{") and '"maxrss_kb"' in line:
            info.update({k: v for k, v in json.loads(line).items() if k in ("maxrss_kb", "cpu")})
    if res.returncode != 0:
        raise SystemExit(f"build failed in {project}:\n{res.stderr[-3000:]}")
    return info


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    if old not in text:
        raise SystemExit(f"benchmark edit: {old!r} not found in {path}")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# ----------------------------------------------------------------- measurements


def bench_cold(runs: int, scratch: Path) -> dict:
    """Only the cold build of the default pack (``--only cold``): its wall
    and CPU time, for a quick before-and-after of the layout's cold path."""
    proj = copy_project(scratch / "default")
    cold, cpu = [], []
    for _ in range(runs):
        shutil.rmtree(proj / "build", ignore_errors=True)
        r = run_build(proj)
        cold.append(r["wall"])
        cpu.append(r["cpu"])
    return {"cold build (reader + handout)": median(cold), "_cpu_s_cold": median(cpu)}


def bench_default(runs: int, scratch: Path) -> dict:
    proj = copy_project(scratch / "default")
    reading = proj / "content" / "readings" / SLUG
    out: dict = {}
    cold, noop, gloss, quest, corr, mem, cpu = [], [], [], [], [], [], []
    cpus: dict[str, list[float]] = {}      # the CPU time of each build, all processes

    def timed(name: str, into: list) -> dict:
        r = run_build(proj)
        into.append(r["wall"])
        cpus.setdefault(name, []).append(r["cpu"])
        return r

    for i in range(runs):
        shutil.rmtree(proj / "build", ignore_errors=True)
        r = timed("cold", cold)
        mem.append(r["maxrss_kb"])
        cpu.append(r["cpu"])
        timed("noop", noop)
        # one glossary definition
        g = reading / "glossary.yaml"
        text = g.read_text(encoding="utf-8")
        i0 = text.index("definition:")
        j = text.index("\n", text.index("\n", i0) + 1)      # end of its first line of text
        g.write_text(text[:j] + f" (edit {i})" + text[j:], encoding="utf-8")
        timed("glossary", gloss)
        # one question
        q = reading / "questions.yaml"
        text = q.read_text(encoding="utf-8")
        k = text.index("\n", text.index("  text:")) + 1          # first line of the wording
        k += len(text[k:]) - len(text[k:].lstrip(" "))
        q.write_text(text[:k] + f"(Edited {i}) " + text[k:], encoding="utf-8")
        timed("question", quest)
        # one correction: the 'why' of the first correction (an editorial note change)
        c = reading / "corrections.yaml"
        text = c.read_text(encoding="utf-8")
        k = text.index("why:")
        c.write_text(text[:k + 4] + f" (checked {i})" + text[k + 4:], encoding="utf-8")
        timed("correction", corr)
    out["cold build (reader + handout)"] = median(cold)
    out["no-op rebuild"] = median(noop)
    out["rebuild after a glossary edit"] = median(gloss)
    out["rebuild after a question edit"] = median(quest)
    out["rebuild after a correction edit"] = median(corr)
    out["_peak_memory_mb_cold"] = max(mem) / 1024
    out["_cpu_s_cold"] = median(cpu)     # all processes: the work, however it is spread
    for name, xs in cpus.items():
        if name != "cold":
            out[f"_cpu_s_{name}"] = median(xs)
    out["_article_md"] = str(proj / "build" / SLUG / "article.md")
    out["_reader_pdf"] = str(proj / "build" / "reader.pdf")
    return out


WATCHER = r"""
import json, resource, sys, time
from pathlib import Path
from coursepack.build import Options, build
try:
    from coursepack.render.reader import keep_layouts
except ModuleNotFoundError:           # --against a revision before render/ (issue 20)
    from coursepack.reader import keep_layouts
from coursepack.watch import KEEP_LAYOUTS
keep_layouts(KEEP_LAYOUTS)            # what `coursepack watch` does
root = Path(sys.argv[1])
build(root, Options(quiet=True))      # the build watch makes when it starts
times, cpus = {}, {}
def cpu():
    me, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
for line in sys.stdin:                # one edit per line: "name<TAB>path<TAB>old<TAB>new"
    name, path, old, new = line.rstrip("\n").split("\t")
    p = root / path
    p.write_text(p.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    t, c = time.perf_counter(), cpu()
    build(root, Options(quiet=True))
    times.setdefault(name, []).append(time.perf_counter() - t)
    cpus.setdefault(name, []).append(cpu() - c)
print(json.dumps({"times": times, "cpus": cpus}))
"""


def bench_watch(runs: int, scratch: Path) -> dict:
    """Rebuilds after an edit the way `coursepack watch` makes them: in the
    process that is already running (WeasyPrint imported, the reader's
    segment layouts kept), from the edit to the written PDFs."""
    proj = copy_project(scratch / "watch")
    reading = f"content/readings/{SLUG}"
    g = (proj / reading / "glossary.yaml").read_text(encoding="utf-8")
    q = (proj / reading / "questions.yaml").read_text(encoding="utf-8")
    c = (proj / reading / "corrections.yaml").read_text(encoding="utf-8")
    gline = g[g.index("definition:"):].split("\n")[1]
    qline = q[q.index("  text:"):].split("\n")[1]
    edits = []
    for i in range(runs):
        edits.append(("glossary", f"{reading}/glossary.yaml", gline, gline + f" (edit {i})"))
        gline += f" (edit {i})"
        edits.append(("question", f"{reading}/questions.yaml", qline, qline.rstrip() + f" (e{i})"))
        qline = qline.rstrip() + f" (e{i})"
        edits.append(("correction", f"{reading}/corrections.yaml", "why:", f"why: (checked {i})"))
    res = subprocess.run([sys.executable, "-c", WATCHER, str(proj)], cwd=proj, text=True,
                         input="".join("\t".join(e) + "\n" for e in edits),
                         capture_output=True, env={**os.environ, "PYTHONPATH": str(proj)})
    if res.returncode != 0:
        raise SystemExit(f"watch benchmark failed:\n{res.stderr[-3000:]}")
    found = json.loads(res.stdout.strip().splitlines()[-1])
    return {**{f"watch: rebuild after a {k} edit": median(v) for k, v in found["times"].items()},
            **{f"_cpu_s_watch_{k}": median(v) for k, v in found["cpus"].items()}}


def have(cmd: str) -> bool:
    return shutil.which(cmd) is not None


def bench_peers(markdown: Path, runs: int, scratch: Path, label: str) -> dict:
    """Pandoc → WeasyPrint and Pandoc → XeLaTeX on the same Markdown."""
    out: dict = {}
    if not have("pandoc"):
        out["_note_" + label] = "pandoc not installed: peers skipped (sh benchmarks/install-peers.sh)"
        return out
    work = scratch / f"peers-{label}"
    work.mkdir(parents=True, exist_ok=True)
    html = work / "a.html"
    t_wp, t_x = [], []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(["pandoc", str(markdown), "-s", "-o", str(html),
                        "--metadata", "title=Article"], check=True, capture_output=True)
        subprocess.run([sys.executable, "-m", "weasyprint", str(html), str(work / "wp.pdf")],
                       check=True, capture_output=True)
        t_wp.append(time.perf_counter() - t)
        if have("xelatex"):
            t = time.perf_counter()
            res = subprocess.run(["pandoc", str(markdown), "-o", str(work / "x.pdf"),
                                  "--pdf-engine=xelatex", "-V", "mainfont=Noto Serif"],
                                 capture_output=True, text=True)
            if res.returncode == 0:
                t_x.append(time.perf_counter() - t)
            else:
                out["_note_xelatex_" + label] = "xelatex failed: " + res.stderr[-300:]
                break
    out[f"peer: Pandoc → WeasyPrint ({label})"] = median(t_wp)
    if t_x:
        out[f"peer: Pandoc → XeLaTeX ({label})"] = median(t_x)
    elif "_note_xelatex_" + label not in out:
        out["_note_xelatex_" + label] = "xelatex not installed: skipped"
    return out


def synthetic_article(seed: int, paragraphs: int = 40) -> str:
    """A damaged extracted text of an article of our own (not the seed)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from tests.repair.corrupter import Article, corrupt
    rng = random.Random(seed)
    words = ("river harbour council treaty grain merchant ledger province canal tariff "
             "assembly charter envoy frontier garrison customs bridge archive minister "
             "delegation market scholar coastline dispute settlement railway official "
             "conflict reflects difficult efficient office").split()
    heads = ["Introduction", "Trade and the river", "The councils", "Disputes at the frontier",
             "Railways and tariffs", "Conclusion"]
    notes, sections, n = {}, [], 0
    per = max(1, paragraphs // len(heads))
    for h in heads:
        paras = []
        for _ in range(per):
            sents = []
            for _ in range(rng.randint(4, 7)):
                ws = [rng.choice(words) for _ in range(rng.randint(9, 18))]
                sents.append(" ".join(ws).capitalize() + ".")
            if rng.random() < 0.6:
                n += 1
                sents[-1] = sents[-1][:-1] + f".[^{n}]"
                notes[n] = (f"A. Author{seed}, {rng.choice(words).capitalize()} and "
                            f"{rng.choice(words)}, “Journal of {rng.choice(words).capitalize()}” "
                            f"{2000 + rng.randint(0, 20)}, vol. {rng.randint(1, 40)}, "
                            f"pp. {rng.randint(1, 90)}–{rng.randint(91, 200)}.")
            paras.append(" ".join(sents))
        sections.append((h, paras))
    a = Article(title=f"Harbour towns and their councils, study {seed}", sections=sections,
                notes=notes)
    return corrupt(a, width=rng.choice([72, 78, 84]), page_lines=rng.choice([34, 40, 44]))


def make_pack(dest: Path, n: int) -> Path:
    """A project with ``n`` synthetic readings."""
    copy_code(dest, ("coursepack", "build.py", "pyproject.toml"))
    content = dest / "content"
    lines = ["title: Benchmark pack", "term: Test", "readings:"]
    for i in range(1, n + 1):
        slug = f"study-{i:02d}"
        folder = content / "readings" / slug
        (folder / "source").mkdir(parents=True)
        (folder / "source" / "article.txt").write_text(synthetic_article(i), encoding="utf-8")
        (folder / "reading.yaml").write_text(
            f"title: Harbour towns and their councils, study {i}\n"
            "sources:\n  text: source/article.txt\n", encoding="utf-8")
        lines.append(f"  - slug: {slug}\n    week: Week {i}")
    (content / "pack.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return dest


def bench_packs(sizes: list[int], runs: int, scratch: Path, peers: bool) -> dict:
    out: dict = {}
    for n in sizes:
        proj = make_pack(scratch / f"pack-{n}", n)
        times, mem, cpu = [], [], []
        for _ in range(runs):
            shutil.rmtree(proj / "build", ignore_errors=True)
            r = run_build(proj)
            times.append(r["wall"])
            mem.append(r["maxrss_kb"])
            cpu.append(r["cpu"])
        out[f"pack of {n} readings, cold"] = median(times)
        out[f"_peak_memory_mb_pack_{n}"] = max(mem) / 1024
        out[f"_cpu_s_pack_{n}"] = median(cpu)
        if peers and n == max(sizes):
            md = proj / "all.md"
            md.write_text("\n\n".join((proj / "build" / f"study-{i:02d}" / "article.md")
                                      .read_text(encoding="utf-8") for i in range(1, n + 1)),
                          encoding="utf-8")
            out.update(bench_peers(md, max(1, runs - 1), scratch, f"{n} readings"))
    return out


def bench_cleaning(runs: int = 15) -> dict:
    """Repair of the seed: the median of ``runs`` calls in one process after a
    first call (word lists read), and that first call in a fresh process
    (its import of coursepack.repair timed apart)."""
    seed = ROOT / "content" / "readings" / SLUG / "source" / "000_d54a1e0693051c9d.txt"
    probe = ("import json, sys, time; t = time.perf_counter(); "
             "from coursepack.repair import repair_article; i = time.perf_counter() - t; "
             "text = open(sys.argv[1], encoding='utf-8').read(); t = time.perf_counter(); "
             "repair_article(text, source='seed'); "
             "print(json.dumps({'import': i, 'first': time.perf_counter() - t}))")
    res = subprocess.run([sys.executable, "-c", probe, str(seed)], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    fresh = json.loads(res.stdout.strip().splitlines()[-1])
    from coursepack.repair import repair_article
    text = seed.read_text(encoding="utf-8")
    repair_article(text, source="seed")
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        repair_article(text, source="seed")
        times.append(time.perf_counter() - t)
    return {"cleaning the seed (warm)": median(times), "_cleaning_first_call_s": fresh["first"],
            "_cleaning_import_s": fresh["import"]}


def bench_stamping(reader_pdf: Path, n: int = 100) -> dict:
    try:
        from coursepack.pdf.stamp import time_copies
    except ImportError:
        return {"_note_stamping": "coursepack.pdf.stamp not available"}
    return {f"{n} stamped copies (one render)": time_copies(reader_pdf.read_bytes(), n=n)}


# ----------------------------------------------------------------- report


def ratios(r: dict) -> dict:
    out = {}
    cold = r.get("cold build (reader + handout)")
    x1 = r.get("peer: Pandoc → XeLaTeX (article)")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if cold and x1:
        out["cold build / Pandoc→XeLaTeX (goal < 1)"] = cold / x1
        if r.get("_cpu_s_cold"):    # the least wall time the work allows on these cores
            out[f"cold build CPU s / {cores} cores / Pandoc→XeLaTeX (floor)"] = \
                r["_cpu_s_cold"] / cores / x1
    if cold and r.get("no-op rebuild") is not None:
        out["no-op rebuild s (goal < 0.3)"] = r["no-op rebuild"]
    for k in ("rebuild after a glossary edit", "rebuild after a question edit",
              "rebuild after a correction edit", "watch: rebuild after a glossary edit",
              "watch: rebuild after a question edit", "watch: rebuild after a correction edit"):
        if cold and k in r:
            out[f"{k} / cold (goal < 0.5)"] = r[k] / cold
    p12, x12 = r.get("pack of 12 readings, cold"), r.get("peer: Pandoc → XeLaTeX (12 readings)")
    if p12 and x12:
        out["12-reading pack / Pandoc→XeLaTeX (goal < 1)"] = p12 / x12
        if r.get("_cpu_s_pack_12"):
            out[f"12-reading pack CPU s / {cores} cores / Pandoc→XeLaTeX (floor)"] = \
                r["_cpu_s_pack_12"] / cores / x12
    p1, p4 = r.get("pack of 1 readings, cold"), r.get("pack of 4 readings, cold")
    if p1 and p4 and p12:
        out["pack 4/1 time (linear: 4)"] = p4 / p1
        out["pack 12/1 time (linear: 12)"] = p12 / p1
    if "_peak_memory_mb_pack_12" in r:
        out["12-reading pack peak memory MB (goal < 1536)"] = r["_peak_memory_mb_pack_12"]
    if "cleaning the seed (warm)" in r:
        out["cleaning the seed ms (goal < 50)"] = r["cleaning the seed (warm)"] * 1000
    return out


def against(rev: str, runs: int, sizes: list[int], only: str | None = None) -> dict:
    """Before (``rev``) and after (this checkout), taking turns run by run:
    measure → {"before": median, "after": median}."""
    global CODE
    found: dict = {"before": {}, "after": {}}
    with tempfile.TemporaryDirectory(prefix="coursepack-bench-") as d:
        scratch = Path(d)
        base = scratch / "base-code"
        base.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True,
                                 stdout=subprocess.PIPE).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        for i in range(runs):
            for side, code in (("before", base), ("after", ROOT)):
                CODE = code
                work = scratch / f"{side}-{i}"
                print(f"run {i + 1}/{runs}: {side} …", flush=True)
                load = os.getloadavg()[0]
                figures = (bench_cold(1, work) if only == "cold" else
                           {**bench_default(1, work), **bench_watch(1, work),
                            **bench_packs(sizes, 1, work, False)})
                figures["_load_1min"] = (load + os.getloadavg()[0]) / 2   # before and after
                for k, v in figures.items():
                    if isinstance(v, (int, float)):
                        found[side].setdefault(k, []).append(v)
                shutil.rmtree(work, ignore_errors=True)
    CODE = ROOT
    return {k: {"before": median(found["before"][k]), "after": median(v)}
            for k, v in found["after"].items() if k in found["before"]}


def print_against(rev: str, table: dict, runs: int) -> None:
    width = max(len(k) for k in table)
    print(f"\n{'measure (median of ' + str(runs) + ')':<{width}}  {rev[:10]:>10}  {'this':>8}  after/before")
    for k, v in table.items():
        unit = "" if k.startswith("_") else " s"
        ratio = v["after"] / v["before"] if v["before"] else float("nan")
        print(f"{k:<{width}}  {v['before']:8.3f}{unit}  {v['after']:8.3f}{unit}  {ratio:8.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=3, help="runs per figure (median); default 3")
    ap.add_argument("--quick", action="store_true", help="one run each, packs of 1 and 4 only")
    ap.add_argument("--no-peers", action="store_true", help="skip Pandoc/XeLaTeX")
    ap.add_argument("--json", type=Path, default=ROOT / "build" / "benchmarks.json")
    ap.add_argument("--against", metavar="REV",
                    help="before and after in one run: REV's code, then this checkout's, in turns")
    ap.add_argument("--only", choices=["cold"],
                    help="with --against: only the default pack's cold build (a quick check)")
    args = ap.parse_args()
    runs = 1 if args.quick else args.runs
    sizes = [1, 4] if args.quick else [1, 4, 12]
    if args.against:
        table = against(args.against, runs, sizes, args.only)
        print_against(args.against, table, runs)
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"against": args.against, "runs": runs, **table},
                                        indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
        return 0
    results: dict = {"_machine": f"{platform.platform()}, {os.cpu_count()} cores, "
                                 f"Python {platform.python_version()}"}
    with tempfile.TemporaryDirectory(prefix="coursepack-bench-") as d:
        scratch = Path(d)
        print("default pack …", flush=True)
        results.update(bench_default(runs, scratch))
        print("watch …", flush=True)
        results.update(bench_watch(runs, scratch))
        if not args.no_peers:
            print("peers …", flush=True)
            results.update(bench_peers(Path(results["_article_md"]), runs, scratch, "article"))
        print("packs …", flush=True)
        results.update(bench_packs(sizes, runs, scratch, not args.no_peers))
        print("cleaning …", flush=True)
        results.update(bench_cleaning())
        print("stamping …", flush=True)
        results.update(bench_stamping(Path(results["_reader_pdf"])))
        for k in ("_article_md", "_reader_pdf"):
            results.pop(k, None)
    results["ratios"] = ratios(results)
    width = max(len(k) for k in results)
    print()
    print(f"{'measure':<{width}}  value")
    for k, v in results.items():
        if k == "ratios" or k.startswith("_note") or k == "_machine":
            continue
        unit = "" if k.startswith("_") else " s"
        print(f"{k:<{width}}  {v:8.3f}{unit}" if isinstance(v, float) else f"{k:<{width}}  {v}")
    print("\nratios and goals (same run)")
    for k, v in results["ratios"].items():
        print(f"  {k:<{width}}  {v:8.3f}")
    for k, v in results.items():
        if k.startswith("_note"):
            print(f"note: {v}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
