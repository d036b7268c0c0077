"""axe-core in headless Chromium: the accessibility check of the web export.

The browser is the distribution's (``chromium``), driven through the
DevTools protocol over a pipe (``--remote-debugging-pipe``: JSON messages
ended by a NUL byte on file descriptors 3 and 4), so nothing but the
standard library is needed here.  axe-core itself comes from npm at install
time (``sh install.sh test`` puts it in ``~/.cache/coursepack/axe``); nothing
is fetched when it runs.  Each page is opened from its file, axe's script
evaluated in it, and ``axe.run`` asked for the violations.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
import select

AXE_VERSION = "4.14.1"     # what install.sh installs (npm install axe-core@AXE_VERSION)


def axe_dir() -> Path:
    base = os.environ.get("COURSEPACK_CACHE_DIR") or str(Path.home() / ".cache" / "coursepack")
    return Path(base) / "axe"


def axe_script() -> Path | None:
    """axe.min.js as installed by ``install.sh test``, or None."""
    p = axe_dir() / "node_modules" / "axe-core" / "axe.min.js"
    return p if p.is_file() else None


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class AxeError(RuntimeError):
    pass


class Browser:
    """A headless Chromium spoken to over the DevTools pipe."""

    def __init__(self, exe: str, timeout: float = 30.0):
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="coursepack-chromium-")
        to_child_r, self._w = os.pipe()      # we write, Chromium reads on fd 3
        self._r, from_child_w = os.pipe()    # Chromium writes on fd 4
        args = [exe, "--headless", "--remote-debugging-pipe", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--mute-audio",
                f"--user-data-dir={self.profile}", "--window-size=1280,900", "about:blank"]

        def fds():     # via copies: a pipe's end may already be 3 or 4
            a, b = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(a, 3)
            os.dup2(b, 4)
        self.proc = subprocess.Popen(args, preexec_fn=fds, close_fds=False,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL,
                                     start_new_session=True)
        os.close(to_child_r)
        os.close(from_child_w)
        self._buf = b""
        self._id = 0
        self.events: list[dict] = []

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise AxeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_event(self, method: str, session: str | None = None) -> dict:
        deadline = time.monotonic() + self.timeout
        while True:
            for i, ev in enumerate(self.events):
                if ev.get("method") == method and (session is None or ev.get("sessionId") == session):
                    return self.events.pop(i)
            self.events.append(self._read(deadline))

    def _read(self, deadline: float) -> dict:
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0 or self.proc.poll() is not None:
                raise AxeError("Chromium did not answer in time" if left <= 0
                               else f"Chromium stopped (status {self.proc.returncode})")
            ready, _, _ = select.select([self._r], [], [], min(left, 1.0))
            if ready:
                chunk = os.read(self._r, 1 << 20)
                if not chunk:
                    raise AxeError("Chromium closed the DevTools pipe")
                self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        return json.loads(msg)

    def close(self) -> None:
        try:
            os.write(self._w, json.dumps({"id": 0, "method": "Browser.close"}).encode() + b"\0")
            self.proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
        for fd in (self._w, self._r):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)


def run_axe(pages: list[Path], *, script: Path | None = None, exe: str | None = None,
            timeout: float = 30.0, schemes: tuple[str, ...] = ("light", "dark")
            ) -> dict[str, list[dict]]:
    """Page file name → axe's violations (``id``, ``impact``, ``help``,
    ``nodes``: the target selectors and the failure summary), each page in
    each colour scheme (``prefers-color-scheme``; a violation found only in
    the dark one is named ``<page> (dark)``).  Axe's rules as it ships them,
    and ``target-size`` (WCAG 2.2: tap targets of 24 px) switched on."""
    script = script or axe_script()
    exe = exe or chromium()
    if script is None or exe is None:
        raise AxeError("axe-core or Chromium is not installed (sh install.sh test)")
    source = Path(script).read_text(encoding="utf-8")
    browser = Browser(exe, timeout)
    out: dict[str, list[dict]] = {}
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send("Target.attachToTarget",
                               {"targetId": target, "flatten": True})["sessionId"]
        browser.send("Page.enable", session=session)
        for scheme, page in [(sc, pg) for sc in schemes for pg in pages]:
            browser.send("Emulation.setEmulatedMedia", {"features": [
                {"name": "prefers-color-scheme", "value": scheme}]}, session)
            browser.events.clear()
            browser.send("Page.navigate", {"url": Path(page).resolve().as_uri()}, session)
            browser.wait_event("Page.loadEventFired", session)
            browser.send("Runtime.evaluate", {"expression": source}, session)
            res = browser.send("Runtime.evaluate", {
                "expression": "axe.run(document, {resultTypes: ['violations'], rules: {'target-size': {enabled: true}}})"
                              ".then(r => JSON.stringify(r.violations.map(v => ({id: v.id,"
                              " impact: v.impact, help: v.help, nodes: v.nodes.map(n => ({"
                              "target: n.target, summary: n.failureSummary}))}))))",
                "awaitPromise": True, "returnByValue": True}, session)
            if "exceptionDetails" in res:
                raise AxeError(f"axe failed on {Path(page).name}: {res['exceptionDetails']}")
            found = json.loads(res["result"]["value"])
            name = Path(page).name
            if scheme == schemes[0]:
                out[name] = found
            else:
                seen = {v["id"] for v in out.get(name, [])}
                extra = [v for v in found if v["id"] not in seen]
                if extra:
                    out[f"{name} ({scheme})"] = extra
    finally:
        browser.close()
    return out


def summary(violations: dict[str, list[dict]]) -> str:
    """One line per violation and page, with its first few elements."""
    lines = []
    for page, vs in violations.items():
        for v in vs:
            where = "; ".join(" ".join(n["target"]) if isinstance(n["target"], list)
                              else str(n["target"]) for n in v["nodes"][:3])
            lines.append(f"{page}: {v['id']} ({v['impact']}, {len(v['nodes'])} elements): "
                         f"{v['help']} — {where}")
    return "\n".join(lines)
