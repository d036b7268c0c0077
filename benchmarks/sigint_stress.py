"""Ctrl-C to a build's process group at random moments: exit status, time to
exit, workers reaped, lock released, previous outputs intact.
usage: python3 benchmarks/sigint_stress.py N [project]   (TMAX=7: latest moment, s)

Each run edits the default pack's summary (or drops build/.coursepack for a
full rebuild), starts a build in its own process group, sends SIGINT to
the group at a random moment and checks: exit 0 or 130 within 1 s, no
worker left (zombies handed to init are counted apart), build/.lock free,
the previous PDFs unchanged when interrupted, no traceback."""
import os, random, re, shutil, signal, subprocess, sys, time, fcntl, hashlib
from pathlib import Path
REPO = Path(os.environ.get("REPO", Path(__file__).resolve().parents[1]))


def main():
    N = int(sys.argv[1])
    root = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/sec/stress")
    if not (root / "build/reader.pdf").exists():
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        shutil.copytree(REPO / "content", root / "content")
        subprocess.run([sys.executable, "-m", "coursepack.cli", "build", "--root", str(root), "--quiet"], check=True, cwd=REPO)
    reading = root / "content/readings/russia-armenia-azerbaijan/reading.yaml"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    wrapper = "import faulthandler, signal, sys; faulthandler.register(signal.SIGUSR1, all_threads=True); from coursepack.cli import main; sys.exit(main(sys.argv[1:]))"
    def outs():
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (root / "build").glob("*.pdf")}
    hangs = bad = 0
    stats = []
    for i in range(N):
        kind = random.choice(["summary", "full", "glossary"])
        text = reading.read_text()
        text = re.sub(r'^summary: .*$', f'summary: "Summary {random.random()}"', text, flags=re.M)
        reading.write_text(text)
        if kind == "full":
            shutil.rmtree(root / "build/.coursepack", ignore_errors=True)
        before = outs()
        p = subprocess.Popen([sys.executable, "-c", wrapper, "build", "--root", str(root), "--quiet"],
                             cwd=REPO, env=env, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        t = random.uniform(0.1, float(os.environ.get("TMAX", "4")))
        time.sleep(t)
        t0 = time.monotonic()
        try:
            os.killpg(p.pid, signal.SIGINT)
        except ProcessLookupError:
            pass
        try:
            out, err = p.communicate(timeout=5)
            dt = time.monotonic() - t0
        except subprocess.TimeoutExpired:
            hangs += 1
            os.killpg(p.pid, signal.SIGUSR1); time.sleep(1)
            os.killpg(p.pid, signal.SIGKILL)
            out, err = p.communicate()
            print(f"run {i}: HANG ({kind}, signal at {t:.2f}s)\n{err[-3000:]}")
            continue
        # workers left?
        ps = subprocess.run(["ps", "-o", "pid=,stat=", "-g", str(p.pid)], capture_output=True, text=True).stdout.splitlines()
        left = [l.split()[0] for l in ps if l.split() and not l.split()[1].startswith("Z")]
        zombies = len(ps) - len(left)
        with open(root / "build/.lock", "a") as f:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB); free = True
            except BlockingIOError:
                free = False
        after = outs()
        intact = after == before or p.returncode == 0
        ok = p.returncode in (0, 130) and dt < 1.0 and not left and free and intact and "Traceback" not in err
        bad += not ok
        stats.append(dt)
        print(f"run {i}: {kind:8} signal at {t:.2f}s exit {p.returncode} in {dt:.2f}s workers left {len(left)} (+{zombies} zombies for init) lock free {free} outputs {'same' if after == before else 'new'} {'' if ok else 'BAD ' + err[-500:]}")
    print(f"{N} runs: {hangs} hangs, {bad} bad; max exit time {max(stats) if stats else 0:.2f}s")


if __name__ == "__main__":
    main()
