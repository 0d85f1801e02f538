"""Process signals: the reader ends and suspends like any terminal program.

Owns: SIGTERM, SIGHUP and SIGINT while the app runs (each is handed to the app, which saves
what it remembers and exits normally, so Textual leaves the alternate screen, turns mouse
reporting off and shows the cursor; the exit status is 128 + the signal: 143, 129, 130),
and suspending: ``ctrl+z`` (``reader.suspend``) is Textual's ``suspend_process``, whose
driver gives the terminal back on SIGTSTP and, on SIGCONT (``fg``), takes it again and
sends itself a resize, which redraws the whole screen (``tests/test_terminal.py`` checks
that no key is needed).
"""

from __future__ import annotations

import asyncio
import signal
import threading
from collections.abc import Callable

ENDING = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


def install(on_signal: Callable[[int], None]) -> list[int]:
    """Hand the ending signals to ``on_signal`` (in the app's event loop); the signals
    handled (none outside the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        return []
    loop = asyncio.get_running_loop()
    done = []
    for sig in ENDING:
        try:
            loop.add_signal_handler(sig, on_signal, int(sig))
        except (NotImplementedError, RuntimeError, ValueError):
            continue
        done.append(int(sig))
    return done


def uninstall(signals: list[int]) -> None:
    """Give the signals back to Python's own handlers."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return
    for sig in signals:
        loop.remove_signal_handler(sig)

