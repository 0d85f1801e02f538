"""Work off the UI thread that quitting never waits for.

Owns: ``in_background``, a daemon thread whose result is handed to the app's event loop
unless it was cancelled or superseded. Textual's thread workers run in asyncio's default
executor, which the event loop waits for when it closes: a long sort or analysis would
hold ``q`` until it ended. A daemon thread ends with the process.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


class Job:
    """A piece of background work; ``cancel`` drops its result."""

    def __init__(self) -> None:
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


def in_background(app: Any, work: Callable[[], T], done: Callable[[T], None],
                  name: str = "reader-background") -> Job:
    """Run ``work`` in a daemon thread; ``done(result)`` in the app's loop unless cancelled."""
    job = Job()

    def run() -> None:
        result = work()
        if job.cancelled:
            return
        try:
            app.call_from_thread(lambda: None if job.cancelled else done(result))
        except RuntimeError:  # the app is no longer running
            pass

    threading.Thread(target=run, name=name, daemon=True).start()
    return job
