"""The files the reader keeps: where they live, how they are written and read.

Owns: the state and config directories (``SPEECH_READER_STATE_DIR`` and
``SPEECH_READER_CONFIG_DIR`` override platformdirs), atomic writes (temp file, fsync, rename
in the same directory), tolerant reads (a missing file is nothing; an unreadable, non-UTF-8,
corrupt, too deeply nested or too large one is a one-line problem), setting a bad file aside
(renamed to ``NAME.bad-TIME``, never deleted, so it is reported once), and ``update_json``:
read–merge–write under a lock file (``NAME.lock``, ``flock``), so two readers of one
document never lose each other's writes. No Textual here: the CLI (``--recent``) uses it.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs

from ..document.safe import shown_name
from .strings import t

APP = "speech-reader"
MAX_STATE_BYTES = 16 * 1024 * 1024  # a state file larger than this is not read
LOCK_WAIT = 2.0  # s: then the write goes ahead without the lock (never a hang)

Validator = Callable[[Any], tuple[Any, str]]
"""Cleans data read from disk: (what is kept, "" or what was wrong)."""


def state_dir() -> Path:
    env = os.environ.get("SPEECH_READER_STATE_DIR")
    return Path(env) if env else Path(platformdirs.user_state_dir(APP))


def config_dir() -> Path:
    env = os.environ.get("SPEECH_READER_CONFIG_DIR")
    return Path(env) if env else Path(platformdirs.user_config_dir(APP))


def content_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def write_json_atomic(path: Path, data: Any) -> None:
    """Write JSON so that a crash leaves either the old file or the new one, never half.
    A lone surrogate (an undecodable byte of a file name) is written as its JSON escape
    ``\\udcff``, which reads back as the same character."""
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=1), errors="backslashreplace")


def write_text_atomic(path: Path, text: str, mode: int | None = None, make_dirs: bool = True,
                      errors: str = "strict") -> None:
    """Write a text file atomically (temp file in the same directory, fsync, rename).
    ``mode``: the file's permissions (default: 0600, private); ``make_dirs``: create
    missing directories; ``errors``: how characters UTF-8 cannot hold are written."""
    if make_dirs:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors=errors) as fh:
            fh.write(text)
            fh.flush()
            if mode is not None:
                os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def read_json(path: Path) -> tuple[Any, str]:
    """(data, problem): ``None`` and a one-line problem when the file is bad; (None, "") when
    there is no file. A UTF-8 byte order mark is allowed."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_STATE_BYTES + 1)
    except (FileNotFoundError, NotADirectoryError):
        return None, ""
    except OSError as exc:
        return None, t("state.unreadable", reason=exc.strerror)
    if len(raw) > MAX_STATE_BYTES:
        return None, t("state.too-big", mb=MAX_STATE_BYTES // 2**20)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, t("state.not-utf8")
    try:
        return json.loads(text), ""
    except (ValueError, RecursionError):
        return None, t("state.corrupt")


def set_aside(path: Path) -> Path | None:
    """Rename a bad file to ``NAME.bad-TIME`` (never deleted); None if it cannot be."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(100):
        aside = path.with_name(f"{path.name}.bad-{stamp}" + (f"-{n}" if n else ""))
        if aside.exists():
            continue
        try:
            os.rename(path, aside)
        except OSError:
            return None
        return aside
    return None


def load_json(path: Path, validate: Validator, what: str = "state.state-file") -> tuple[Any, str]:
    """Read and validate a file: (what is kept, "" or one line saying what was wrong and
    that the file was set aside). Nothing raises."""
    data, problem = read_json(path)
    if not problem and data is not None:
        data, problem = validate(data)
    if not problem:
        return data, ""
    aside = set_aside(path)
    where = t("state.set-aside", name=shown_name(aside.name)) if aside else t("state.ignored")
    return data, t("state.bad-file", what=t(what), path=shown_name(path), problem=problem, where=where)


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold ``NAME.lock`` beside ``path`` (waits at most ``LOCK_WAIT``, then goes ahead)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + LOCK_WAIT
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    break
                time.sleep(0.02)
            except OSError:
                break  # a file system without locks: write anyway
        yield
    finally:
        os.close(fd)  # releases the lock


def update_json(path: Path, validate: Validator, merge: Callable[[Any], Any]) -> Any:
    """Read–merge–write under the lock: ``merge`` gets what is on disk now (validated; None
    when absent or bad, a bad file set aside) and returns what to write. Raises OSError."""
    with locked(path):
        current, _ = load_json(path, validate)
        new = merge(current)
        write_json_atomic(path, new)
    return new


def probe_writable(directory: Path) -> str:
    """"" when files can be written in ``directory`` (made if missing), else why not."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".probe.", dir=directory)
        os.close(fd)
        os.unlink(tmp)
    except OSError as exc:
        return t("state.not-writable", path=shown_name(directory), reason=exc.strerror or exc)
    return ""
