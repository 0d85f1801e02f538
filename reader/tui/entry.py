"""The reader's entry point: runs the app with full garbage collections deferred until idle.

Owns: the process-wide collector settings of one reader session. A full collection in the
middle of a key press cost 20–110 ms on a 10 MB document, so while the reader runs the
document's objects are frozen (``gc.freeze``: never scanned), automatic full collections
are off, and the app asks ``collect_if_idle`` every two seconds, which collects once
nothing has moved for a second. When the app ends, everything is put back as it was
(``gc.unfreeze``, the thresholds Python had): the objects of a closed reader can be
collected, and apps run one after another in one process do not all stay alive.
"""

from __future__ import annotations

import gc
import time
from types import TracebackType

from ..document.model import Analysis

IDLE_GC_EVERY, IDLE_GC_AFTER = 2.0, 1.0  # s: how often to check, how long idle before a collection
IDLE_GC_NEVER = 10**9  # the gen-2 threshold while reading: no automatic full collection


class DeferredCollections:
    """A context manager: full collections only while the reader is idle."""

    def __init__(self) -> None:
        self._saved: tuple[int, int, int] | None = None
        self._last_move = 0.0  # monotonic s
        self._collected_at = 0.0
        self.collections = 0

    def __enter__(self) -> DeferredCollections:
        self._saved = gc.get_threshold()
        gc.freeze()
        t0, t1, _ = self._saved
        gc.set_threshold(t0, t1, IDLE_GC_NEVER)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        gc.unfreeze()
        if self._saved is not None:
            gc.set_threshold(*self._saved)

    def freeze(self) -> None:
        """A new document's objects are in: keep them out of the collector's scans."""
        gc.freeze()

    def moved(self) -> None:
        """The reader moved (a key, a scroll): no collection for a while."""
        self._last_move = time.monotonic()

    def collect_if_idle(self) -> bool:
        """One full collection when nothing moved for a second since the last one."""
        now = time.monotonic()
        if now - self._last_move > IDLE_GC_AFTER and self._last_move > self._collected_at:
            gc.collect()
            self._collected_at = now
            self.collections += 1
            return True
        return False


def run_reader(analysis: Analysis, script: str | None = None, fresh: bool = False,
               full_text: str | None = None, lang: str = "auto", source: str | None = None,
               notice: str = "") -> int:
    """Run the reader on ``analysis`` (its opening when ``full_text`` is the whole
    document) with the UI in ``lang`` (``auto``: the locale's); ``source``: its file, for
    the recent list; ``notice``: a line to show at start. The exit status."""
    from .app import ReaderApp

    with DeferredCollections() as collections:
        app = ReaderApp(analysis, script=script, fresh=fresh, full_text=full_text,
                        collections=collections, lang=lang, source=source, notice=notice)
        app.run()
    return app.return_code or 0
