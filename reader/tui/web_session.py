"""A reader served to a web browser (``speech-reader serve``): one session of it.

Owns: what is particular to a session that textual-serve runs for a browser. Its state is
its own: unless ``SPEECH_READER_STATE_DIR`` says where, a session
(``SPEECH_READER_WEB_SESSION=1``, or Textual's web driver named in ``TEXTUAL_DRIVER``) gets
a fresh temporary state directory, removed when it ends, so two browsers never share
marks, positions or settings. Standard input is the server's channel (keys, resizes), never
a document. And a session ends when its server goes away: Textual's web driver stops
reading when standard input closes but leaves the app running with nobody to draw for;
``SessionDriver`` then asks the app to exit.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Textual is imported by the reader itself, after the CLI has started
    from textual.driver import Driver

ENV_SESSION = "SPEECH_READER_WEB_SESSION"
ENV_STATE = "SPEECH_READER_STATE_DIR"


def is_web_session() -> bool:
    """Is this process a browser's session (its standard input the server's channel)?"""
    return os.environ.get(ENV_SESSION, "") not in ("", "0") or \
        "web_driver" in os.environ.get("TEXTUAL_DRIVER", "")


@contextmanager
def session_state() -> Iterator[str | None]:
    """In a web session without ``SPEECH_READER_STATE_DIR``: a fresh state directory for
    the session's lifetime (yielded; None when there is none to make)."""
    if not is_web_session() or os.environ.get(ENV_STATE):
        yield None
        return
    path = tempfile.mkdtemp(prefix="speech-reader-web-")
    os.environ[ENV_STATE] = path
    try:
        yield path
    finally:
        os.environ.pop(ENV_STATE, None)
        shutil.rmtree(path, ignore_errors=True)


def session_driver(driver_class: type[Driver]) -> type[Driver]:
    """``driver_class``, or for Textual's web driver ``SessionDriver``."""
    from textual.drivers.web_driver import WebDriver

    if driver_class is not WebDriver:
        return driver_class
    from textual import messages

    class SessionDriver(WebDriver):
        """Textual's web driver; the app exits when the server closes standard input."""

        def run_input_thread(self) -> None:
            try:
                super().run_input_thread()
            finally:
                if not self.exit_event.is_set():  # input ended, not the app: the server is gone
                    self.process_message(messages.ExitApp())

    return SessionDriver
