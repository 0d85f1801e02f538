"""Analyse a document in a forked child process while the reader imports Textual.

The reader's start-up is two independent pieces of work: importing Textual (~150 ms) and
importing the engine plus analysing the document (~65 ms). With two or more cores they
overlap: a child process (forked before Textual is imported, so no threads exist yet)
analyses the text and sends the pickled ``Analysis`` back through a pipe. Anything unusual
— no ``fork``, one core, a failure or a time-out in the child, a short read — falls back
to analysing in the parent, which gives the same result. The child never writes to the
terminal and leaves with ``os._exit`` (no buffered output of the parent is flushed twice).
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import time

from .document.model import Analysis

CHILD_TIMEOUT = 10.0  # s; the analysis of a first screen takes ~10 ms


class ChildAnalysis:
    """The analysis a child is computing; ``result()`` waits for it (or computes it)."""

    def __init__(self, pid: int, fd: int, args: tuple[str, str, str]) -> None:
        self.pid, self.fd, self.args = pid, fd, args
        self.from_child = False

    def result(self) -> Analysis:
        data = self._read()
        if data is not None:
            try:
                analysis = pickle.loads(data)
            except Exception:  # noqa: BLE001 - any damage means: do it here
                analysis = None
            if isinstance(analysis, Analysis):
                self.from_child = True
                return analysis
        from .document import analyze_text

        return analyze_text(*self.args)

    def _read(self) -> bytes | None:
        chunks: list[bytes] = []
        deadline = time.monotonic() + CHILD_TIMEOUT
        ok = False
        try:
            while (left := deadline - time.monotonic()) > 0:
                ready, _, _ = select.select([self.fd], [], [], left)
                if not ready:
                    break
                chunk = os.read(self.fd, 1 << 20)
                if not chunk:
                    ok = True
                    break
                chunks.append(chunk)
        except OSError:
            ok = False
        finally:
            os.close(self.fd)
        if not ok:
            _kill(self.pid)
        try:
            _, status = os.waitpid(self.pid, 0)
        except ChildProcessError:
            return None
        return b"".join(chunks) if ok and status == 0 else None


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass


def start(text: str, name: str, encoding: str) -> ChildAnalysis | None:
    """Fork a child that analyses ``text``; None where that is not possible or useful."""
    if not hasattr(os, "fork") or (os.cpu_count() or 1) < 2:
        return None
    read_fd, write_fd = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid == 0:  # the child: analyse, send, leave without running any exit handler
        code = 1
        try:
            os.close(read_fd)
            from .document import analyze_text

            data = pickle.dumps(analyze_text(text, name, encoding), protocol=pickle.HIGHEST_PROTOCOL)
            view = memoryview(data)
            while view:
                view = view[os.write(write_fd, view):]
            code = 0
        except BaseException:  # noqa: BLE001 - the parent does the work instead
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    return ChildAnalysis(pid, read_fd, (text, name, encoding))
