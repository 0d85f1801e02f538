"""``speech-reader serve``: the reader in a web browser, through textual-serve.

Owns starting the server (an optional dependency: the ``[web]`` extra) with the command
that runs one reader per browser session. Each session runs with its own state directory
(``SPEECH_READER_WEB_SESSION`` tells the reader to make a fresh one unless
``SPEECH_READER_STATE_DIR`` is set), so two browsers never share marks or positions.
"""

from __future__ import annotations

import os
import shlex
import sys

from .document.load import LoadError


def command_for(file: str | None) -> str:
    """The shell command textual-serve runs for each browser session."""
    parts = ["SPEECH_READER_WEB_SESSION=1", shlex.quote(sys.executable), "-m", "reader"]
    if file:
        parts.append(shlex.quote(os.path.abspath(file) if "://" not in file else file))
    return " ".join(parts)


def serve(file: str | None, host: str, port: int) -> int:
    try:
        from textual_serve.server import Server
    except ImportError:
        raise LoadError("serving to a browser needs textual-serve: pip install 'speech-reader[web]'") from None
    if file and "://" not in file and not os.path.exists(file):
        raise LoadError(f"{file}: no such file")
    if not 0 < port < 65536:
        raise LoadError(f"--port {port}: not a port number (1-65535)")
    server = Server(command_for(file), host=host, port=port, title="speech-reader")
    server.serve()
    return 0
