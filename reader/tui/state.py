"""What the reader remembers between runs, in the user state directory (platformdirs).

Owns: the state and config directories (overridable with ``SPEECH_READER_STATE_DIR`` and
``SPEECH_READER_CONFIG_DIR``), atomic writes (temp file + rename in the same directory)
and tolerant reads: a missing, unreadable or corrupt file is reported once and ignored.
Per document (``DocumentState``): the reading position, the script and the marks; documents
are keyed by a hash of their content, so a renamed file still resumes. Reader-wide
settings: theme and outline width.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import platformdirs

APP = "speech-reader"


def state_dir() -> Path:
    env = os.environ.get("SPEECH_READER_STATE_DIR")
    return Path(env) if env else Path(platformdirs.user_state_dir(APP))


def config_dir() -> Path:
    env = os.environ.get("SPEECH_READER_CONFIG_DIR")
    return Path(env) if env else Path(platformdirs.user_config_dir(APP))


def content_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def write_json_atomic(path: Path, data: Any) -> None:
    """Write JSON so that a crash leaves either the old file or the new one, never half."""
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=1))


def write_text_atomic(path: Path, text: str) -> None:
    """Write a text file atomically (temp file in the same directory, fsync, rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def load_settings() -> tuple[dict[str, Any], str]:
    """Reader-wide settings (theme, outline width) and a one-line problem, if any."""
    path = state_dir() / "settings.json"
    data, problem = read_json(path)
    return (data if isinstance(data, dict) else {}), problem


def save_settings(settings: dict[str, Any]) -> str:
    try:
        write_json_atomic(state_dir() / "settings.json", settings)
    except OSError as exc:
        return f"could not save settings: {exc.strerror}"
    return ""


def read_json(path: Path) -> tuple[Any, str]:
    """(data, problem): ``None`` and a one-line problem when the file is bad; ("", "") absent."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, ""
    except (OSError, UnicodeDecodeError) as exc:
        return None, f"state file {path} unreadable ({exc}); ignored"
    try:
        return json.loads(raw), ""
    except ValueError:
        return None, f"state file {path} is corrupt; ignored"


class DocumentState:
    """Per-document memory: reading position, marks, script. One JSON file per document;
    ``DocumentState(None)`` is kept in memory only (the reader told not to remember, or a
    large document whose whole text is still being read)."""

    def __init__(self, text: str | None, root: Path | None = None) -> None:
        self.data: dict[str, Any] = {}
        self.problem = ""
        self.path: Path | None = None
        if text is None:
            return
        self.key = content_key(text)
        self.path = (root or state_dir()) / "documents" / f"{self.key}.json"
        data, self.problem = read_json(self.path)
        if isinstance(data, dict):
            self.data = data
        elif data is not None:
            self.problem = f"state file {self.path} has an unexpected shape; ignored"

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self.data[key] = value

    @property
    def marks(self) -> list[dict[str, Any]]:
        """Marks as ``{"offset": source offset of the paragraph, "name": one letter or ""}``;
        anything else found in the file is left out."""
        marks = self.data.get("marks")
        if not isinstance(marks, list):
            return []
        return [m for m in marks if isinstance(m, dict) and isinstance(m.get("offset"), int)]

    def add_mark(self, offset: int, name: str) -> None:
        """Mark the paragraph at ``offset``; a mark there, or of the same name, is replaced."""
        marks = [m for m in self.marks if m["offset"] != offset and (not name or m.get("name") != name)]
        self.data["marks"] = [*marks, {"offset": offset, "name": name}]

    def save(self) -> str:
        """Write the state; returns a one-line problem instead of raising."""
        if self.path is None:
            return ""
        try:
            write_json_atomic(self.path, self.data)
        except OSError as exc:
            return f"could not save reading state to {self.path}: {exc.strerror}"
        return ""
