"""``speech-reader serve`` for real (issue 13, item 7): the server runs on 127.0.0.1, a
WebSocket client talks to it the way textual-serve's page does (``resize``, ``ping`` and
``stdin`` messages as JSON; the app's output as binary frames) and the document's title must
arrive in the app's output. Each session has a state directory of its own, removed when it
ends; a session whose browser goes away during start-up ends, and so does one whose server
is killed."""

from __future__ import annotations

import asyncio
import codecs
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

aiohttp = pytest.importorskip("aiohttp")
pytest.importorskip("textual_serve")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "reader" / "samples" / "seed.txt"
TITLE = "山東省各市教育局長座談會上"
ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")
START = 60.0  # s: a slow CI machine starting Python, Textual and the reader
PROC = Path("/proc")
needs_proc = pytest.mark.skipif(not (PROC / "self" / "stat").exists(), reason="needs Linux /proc")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def descendants(pid: int) -> list[int]:
    """Processes under ``pid`` (from /proc)."""
    parents: dict[int, int] = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        kids = [c for c, pp in parents.items() if pp == p]
        out += kids
        todo += kids
    return out


def readers(pid: int) -> list[int]:
    """The reader processes (``python -m reader``) under ``pid``."""
    found = []
    for p in descendants(pid):
        try:
            cmd = (PROC / str(p) / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"-m" in cmd and b"reader" in cmd:
            found.append(p)
    return found


def alive(pid: int) -> bool:
    try:
        stat = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def wait_for(check, timeout: float, what: str) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def serve(tmp_path):
    """Start ``speech-reader serve [FILE]`` on a free port; yields (process, port, tmp dir)."""
    started: list[subprocess.Popen[bytes]] = []

    def start(*args: str) -> tuple[subprocess.Popen[bytes], int]:
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("SPEECH_READER_")}
        env["TMPDIR"] = str(tmp_path)  # where sessions make their state directories
        proc = subprocess.Popen([sys.executable, "-m", "reader", "serve", *args, "--host", "127.0.0.1",
                                 "--port", str(port)], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        started.append(proc)

        def listening() -> bool:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            with socket.socket() as s:
                return s.connect_ex(("127.0.0.1", port)) == 0

        wait_for(listening, START, "the server")
        return proc, port

    yield start, tmp_path
    for proc in started:
        sessions = readers(proc.pid) if PROC.is_dir() and proc.poll() is None else []
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        for pid in sessions:  # a failed test may leave a session behind: not past the test
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


class Page:
    """What textual-serve's page does over the WebSocket, and what the app draws."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.output = ""
        self.pong = False
        self._decode = codecs.getincrementaldecoder("utf-8")(errors="replace").decode

    @classmethod
    async def open(cls, session, port: int, width: int = 100, height: int = 30) -> Page:
        ws = await session.ws_connect(f"http://127.0.0.1:{port}/ws?width={width}&height={height}")
        page = cls(ws)
        await ws.send_json(["resize", {"width": width, "height": height}])
        await ws.send_json(["ping", str(int(time.time() * 1000))])
        return page

    def screen(self) -> str:
        return ANSI.sub("", self.output)

    async def until(self, text: str, timeout: float = START) -> float:
        """Read the app's output until ``text`` is drawn; the seconds it took."""
        t0 = time.monotonic()
        while text not in self.screen():
            left = timeout - (time.monotonic() - t0)
            assert left > 0, f"{text!r} never arrived; drawn: {self.screen()[-500:]!r}"
            try:
                msg = await self.ws.receive(timeout=left)
            except TimeoutError:
                raise AssertionError(f"{text!r} never arrived; drawn: {self.screen()[-500:]!r}") from None
            if msg.type == aiohttp.WSMsgType.BINARY:
                self.output += self._decode(msg.data)
            elif msg.type == aiohttp.WSMsgType.TEXT:
                self.pong = self.pong or msg.json()[0] == "pong"
            else:
                raise AssertionError(f"the connection ended ({msg.type}) before {text!r} arrived")
        return time.monotonic() - t0

    async def key(self, keys: str) -> None:
        await self.ws.send_json(["stdin", keys])


def session_dirs(tmp: Path) -> list[Path]:
    return sorted(tmp.glob("speech-reader-web-*"))


def test_the_title_arrives_through_the_websocket_and_keys_work(serve):
    start, tmp = serve
    _, port = start()  # no FILE: the bundled sample (standard input is the server's channel)

    async def browse() -> None:
        async with aiohttp.ClientSession() as session:
            page = await Page.open(session, port)
            await page.until(TITLE)
            assert page.pong
            await page.until("§ 1/24")
            assert len(session_dirs(tmp)) == 1  # this session's own state
            other = await Page.open(session, port)
            await other.until(TITLE)
            assert len(session_dirs(tmp)) == 2  # another browser: other state
            await page.key("]")
            await page.until("§ 2/24")
            assert "§ 2/24" not in other.screen()
            await page.ws.close()
            await other.ws.close()

    asyncio.run(browse())
    wait_for(lambda: not session_dirs(tmp), 30, "the sessions' state directories to be removed")


@needs_proc
def test_a_session_whose_browser_goes_away_during_start_up_ends(serve):
    start, tmp = serve
    server, port = start(str(SEED))

    async def leave_early() -> list[int]:
        async with aiohttp.ClientSession() as session:
            page = await Page.open(session, port)
            wait_for(lambda: readers(server.pid), START, "the session to start")
            sessions = readers(server.pid)
            await page.ws.close()  # before anything was drawn
            return sessions

    sessions = asyncio.run(leave_early())
    wait_for(lambda: not any(alive(p) for p in sessions), 30, "the session to end")
    assert server.poll() is None  # the server goes on
    wait_for(lambda: not session_dirs(tmp), 10, "the state directory to be removed")


@needs_proc
def test_a_session_ends_when_its_server_is_killed(serve):
    start, tmp = serve
    server, port = start(str(SEED))

    async def read_then_kill() -> list[int]:
        async with aiohttp.ClientSession() as session:
            page = await Page.open(session, port)
            await page.until(TITLE)
            sessions = readers(server.pid)
            assert sessions
            server.kill()  # no goodbye: the session's standard input simply closes
            server.wait()
            return sessions

    sessions = asyncio.run(read_then_kill())
    wait_for(lambda: not any(alive(p) for p in sessions), 30, "the orphaned session to end")
    wait_for(lambda: not session_dirs(tmp), 10, "the state directory to be removed")


def test_serve_without_textual_serve_says_how_to_get_it(tmp_path):
    code = ("import sys; sys.modules['textual_serve'] = None; sys.modules['textual_serve.server'] = None\n"
            "from reader.cli import main; sys.exit(main(['serve', '--port', '8999']))")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert r.stderr.strip() == ("speech-reader: error: serving to a browser needs textual-serve: "
                                "pip install 'speech-reader[web]'")


def test_a_session_does_not_read_standard_input_as_a_document():
    env = {**os.environ, "SPEECH_READER_WEB_SESSION": "1"}
    r = subprocess.run([sys.executable, "-m", "reader", "-"], cwd=ROOT, env=env, input="文字",
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert r.stderr.strip() == ("speech-reader: error: a session served to a browser cannot read "
                                "standard input; give a file")
