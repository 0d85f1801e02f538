"""Time to first paint of ``speech-reader serve``, and a browser screenshot of it.

    python benchmarks/serve_paint.py [FILE] [--runs 5] [--screenshot docs/serve.png]

Starts ``speech-reader serve`` on 127.0.0.1 and measures, per run (each a new session, so a
new reader process):

- ``websocket``: from opening the WebSocket (as textual-serve's page does: ``resize``, then
  ``ping``) to the document's title arriving in the app's output;
- ``browser`` (with ``--chromium``, default when Debian's ``chromium`` is installed): in
  headless Chromium, from the start of the page's navigation (``performance.now()``) to
  the first WebSocket frame holding the title (the page's socket wrapped by a script
  injected before the page runs; xterm.js draws it in the next animation frame).

``--screenshot`` saves the browser's view (1280×800) once the reader is drawn and the page
has the focus. Chromium
runs headless with background networking off (the machine's network may be closed); CJK
glyphs need ``fonts-noto-cjk``. Not a test: CI has no browser (``tests/test_serve.py``
checks the WebSocket path).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from test_serve import Page, free_port  # noqa: E402 - the same client the test uses

TITLE_OF = {"seed.txt": "山東省各市教育局長座談會上"}
HOOK = """
window.__paint = null;
(() => {
  const Native = window.WebSocket;
  const title = %s;
  function Hooked(url, protocols) {
    const ws = new Native(url, protocols);
    const decoder = new TextDecoder();
    let seen = "";
    ws.addEventListener("message", (e) => {
      if (window.__paint !== null || typeof e.data === "string") return;
      seen += decoder.decode(e.data, {stream: true});
      if (seen.replace(/\\x1b\\[[0-?]*[ -\\/]*[@-~]/g, "").includes(title)) window.__paint = performance.now();
    });
    return ws;
  }
  Hooked.prototype = Native.prototype;
  Object.assign(Hooked, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
  window.WebSocket = Hooked;
})();
"""


def wait_port(port: int, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise SystemExit(f"nothing listens on {port}")


async def websocket_runs(port: int, title: str, runs: int) -> list[float]:
    times = []
    async with aiohttp.ClientSession() as session:
        for _ in range(runs):
            page = await Page.open(session, port)
            times.append(await page.until(title))
            await page.ws.close()
            await asyncio.sleep(0.5)  # the session ends before the next starts
    return times


class Cdp:
    """The few Chrome DevTools Protocol calls this needs."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.n = 0

    async def call(self, method: str, **params: object) -> dict:
        self.n += 1
        await self.ws.send_json({"id": self.n, "method": method, "params": params})
        while True:
            msg = await self.ws.receive_json(timeout=60)
            if msg.get("id") == self.n:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})


async def browser_runs(url: str, title: str, runs: int, screenshot: Path | None) -> list[float]:
    profile = tempfile.mkdtemp(prefix="serve-paint-")
    chrome = subprocess.Popen(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--window-size=1280,800", "--remote-debugging-port=0",
         "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        active = Path(profile) / "DevToolsActivePort"
        end = time.monotonic() + 30
        while not (active.exists() and active.read_text().count("\n") >= 1):
            if time.monotonic() > end:
                raise SystemExit("chromium did not start")
            time.sleep(0.05)
        port = int(active.read_text().split()[0])
        times = []
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{port}/json/list") as r:
                target = next(t for t in await r.json() if t["type"] == "page")
            async with session.ws_connect(target["webSocketDebuggerUrl"], max_msg_size=0) as ws:
                cdp = Cdp(ws)
                await cdp.call("Page.enable")
                await cdp.call("Emulation.setDeviceMetricsOverride", width=1280, height=800,
                               deviceScaleFactor=1, mobile=False)
                await cdp.call("Emulation.setFocusEmulationEnabled", enabled=True)  # headless: no window focus
                await cdp.call("Page.addScriptToEvaluateOnNewDocument", source=HOOK % json.dumps(title))
                for run in range(runs):
                    await cdp.call("Page.navigate", url=url)
                    end = time.monotonic() + 60
                    paint = None
                    while paint is None and time.monotonic() < end:
                        await asyncio.sleep(0.02)
                        result = await cdp.call("Runtime.evaluate", expression="window.__paint",
                                                returnByValue=True)
                        paint = result.get("result", {}).get("value")
                    if paint is None:
                        raise SystemExit("the title never arrived in the browser")
                    times.append(paint / 1000)
                    if screenshot is not None and run == runs - 1:
                        # as after a click in the page: the terminal has the focus (the key
                        # bar shows the keys of the focused app)
                        await cdp.call("Runtime.evaluate",
                                       expression="document.querySelector('.xterm-helper-textarea').focus()")
                        await asyncio.sleep(1.5)  # xterm.js draws; the reader settles
                        shot = await cdp.call("Page.captureScreenshot", format="png")
                        screenshot.write_bytes(base64.b64decode(shot["data"]))
                    await cdp.call("Page.navigate", url="about:blank")
                    await asyncio.sleep(0.5)
        return times
    finally:
        chrome.terminate()
        chrome.wait()
        shutil.rmtree(profile, ignore_errors=True)


def summary(name: str, times: list[float]) -> str:
    return (f"{name}: median {statistics.median(times):.3f} s, min {min(times):.3f}, max {max(times):.3f} "
            f"({len(times)} runs: {', '.join(f'{t:.3f}' for t in times)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", default=str(ROOT / "reader" / "samples" / "seed.txt"))
    parser.add_argument("--title", help="text the first paint must show (default: the seed's title)")
    parser.add_argument("--runs", type=int, default=5, help="sessions per measurement (default 5)")
    parser.add_argument("--screenshot", type=Path, help="save the browser's view as this PNG")
    parser.add_argument("--chromium", action=argparse.BooleanOptionalAction,
                        default=shutil.which("chromium") is not None, help="measure in headless Chromium too")
    args = parser.parse_args()
    title = args.title or TITLE_OF.get(Path(args.file).name)
    if not title:
        parser.error("--title is needed for this file")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "reader", "serve", args.file, "--host", "127.0.0.1",
                               "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        wait_port(port)
        print(summary("websocket → title", asyncio.run(websocket_runs(port, title, args.runs))))
        if args.chromium:
            times = asyncio.run(browser_runs(f"http://127.0.0.1:{port}/", title, args.runs, args.screenshot))
            print(summary("browser navigation → title", times))
            if args.screenshot:
                print(f"screenshot: {args.screenshot}")
    finally:
        server.terminate()
        server.wait(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
