"""The reader in a real pseudo-terminal: ptyprocess (pexpect's pty layer) runs it, pyte draws
what it writes. Entering the alternate screen clears the drawn screen, as a terminal does.
Every process is ended by its own PID (SIGKILL if it outlives the test)."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

ptyprocess = pytest.importorskip("ptyprocess")
pyte = pytest.importorskip("pyte")

ROOT = Path(__file__).resolve().parent.parent
ALT_SCREEN_ON = b"\x1b[?1049h"


class Term:
    def __init__(self, argv: Sequence[str], env: dict[str, str] | None = None,
                 cols: int = 100, rows: int = 30) -> None:
        full_env = {**os.environ, "TERM": "xterm-256color", **(env or {})}
        full_env.pop("TEXTUAL_DRIVER", None)
        full_env.pop("SPEECH_READER_FORCE_TUI", None)
        self.proc = ptyprocess.PtyProcess.spawn(list(argv), env=full_env, cwd=str(ROOT),
                                                dimensions=(rows, cols))
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = bytearray()
        self.lock = threading.Lock()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        while True:
            try:
                data = self.proc.read(65536)
            except (EOFError, OSError):
                return
            with self.lock:
                self.raw += data
                *before, last = data.split(ALT_SCREEN_ON)
                for part in before:
                    self.stream.feed(part)
                    self.screen.reset()
                self.stream.feed(last)

    def text(self) -> str:
        with self.lock:  # not pyte's ``display``: it fails on a cell left empty
            screen = self.screen
            return "\n".join("".join(screen.buffer[y][x].data for x in range(screen.columns))
                             for y in range(screen.lines))

    def wait_for(self, fragment: str, timeout: float = 30.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if fragment in self.text():
                return True
            if not self.proc.isalive():
                return fragment in self.text()
            time.sleep(0.05)
        return False

    def send(self, data: str | bytes) -> None:
        self.proc.write(data.encode() if isinstance(data, str) else data)

    def kill(self, sig: int) -> None:
        os.kill(self.proc.pid, sig)

    def wait_exit(self, timeout: float = 10.0) -> int | None:
        """The exit status (128 + n when killed by signal n), or None if still running."""
        deadline = time.monotonic() + timeout
        while self.proc.isalive():
            if time.monotonic() > deadline:
                return None
            time.sleep(0.05)
        self.reader.join(timeout=2)
        if self.proc.signalstatus is not None:
            return 128 + self.proc.signalstatus
        return self.proc.exitstatus

    def state(self) -> str:
        """The process's state letter from /proc (R, S, T …)."""
        try:
            with open(f"/proc/{self.proc.pid}/stat") as fh:
                return fh.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            return ""

    def cpu_seconds(self) -> float:
        with open(f"/proc/{self.proc.pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def close(self) -> None:
        if self.proc.isalive():
            try:
                os.kill(self.proc.pid, signal.SIGCONT)
                os.kill(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        try:
            self.proc.close(force=True)
        except Exception:  # noqa: BLE001 - already gone
            pass


def reader_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "reader", *args]
