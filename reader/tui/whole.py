"""The whole of a large document, read while the reader shows its beginning.

Owns: the thread that hashes the whole text (so what is remembered of the document is
known within a second, and marks made meanwhile are saved) and then analyses it, handing
each result to the app's event loop. It is a daemon thread of its own, not a Textual thread
worker: those run in asyncio's default executor, which the event loop waits for when it
closes, so quitting during the analysis took as long as the analysis (12 s for 210 MB) —
now ``cancel`` makes it drop its results and the process ends without waiting for it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from ..document.model import Analysis
from .store import content_key
from .strings import t


class WholeDocument:
    """``on_key(key)`` with the content key (None when nothing is remembered), then
    ``on_whole(analysis)``, or ``on_failure(message)``; each called in the app's loop."""

    def __init__(self, app: Any, text: str, name: str, encoding: str, remember: bool,
                 on_key: Callable[[str | None], None], on_whole: Callable[[Analysis], None],
                 on_failure: Callable[[str], None]) -> None:
        self.app = app
        self.text, self.name, self.encoding, self.remember = text, name, encoding, remember
        self.on_key, self.on_whole, self.on_failure = on_key, on_whole, on_failure
        self.cancelled = False
        self.key: str | None = None
        self.thread = threading.Thread(target=self._run, name="whole-document", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        """Drop whatever the thread finds from now on (it ends with the process)."""
        self.cancelled = True

    def _post(self, callback: Callable[..., None], *args: Any) -> None:
        if self.cancelled:
            return
        try:
            self.app.call_from_thread(callback, *args)
        except RuntimeError:  # the app is no longer running
            self.cancelled = True

    def _run(self) -> None:
        try:
            if self.remember:
                self.key = content_key(self.text)
            self._post(self.on_key, self.key)
            from ..document import analyze_text  # the engine's patterns: compiled here

            full = analyze_text(self.text, self.name, self.encoding)
        except MemoryError:
            self._post(self.on_failure, t("whole.out-of-memory"))
            return
        except Exception as exc:  # noqa: BLE001 - said in one line, the reader goes on
            self._post(self.on_failure, t("whole.failed", error=f"{type(exc).__name__}: {exc}"))
            return
        self._post(self.on_whole, full)
