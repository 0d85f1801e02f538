"""Recent documents: the files the reader opened, newest first (``recent.json`` in the
state directory). No Textual here: ``speech-reader --recent`` and a bare ``speech-reader``
read it before the reader starts.

Owns: the recent list and its entries — the file's absolute path, its title, when it was
last read and where (the section path and the offset of the paragraph at the top). Only
documents read from a file are kept (not standard input, a pipe, a web address or the
bundled sample). Written read–merge–write under the lock like all state (two readers
both add theirs); an entry of the wrong shape is dropped and the file set aside once.
Where reading resumes is the per-document state's business (keyed by content); the
entry's section is what the list shows.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ..document.load import LoadError
from ..document.safe import shown_name, visible
from .store import load_json, state_dir, update_json
from .strings import t, tn

MAX_ENTRIES = 30
T = TypeVar("T")


def recent_path() -> Path:
    return state_dir() / "recent.json"


def _clean_entry(entry: Any) -> dict[str, Any] | None:
    if not isinstance(entry, dict) or not isinstance(entry.get("path"), str) or not entry["path"]:
        return None
    out: dict[str, Any] = {"path": entry["path"]}
    title, when, section, offset = (entry.get(k) for k in ("title", "when", "section", "offset"))
    if not isinstance(title, str) or not isinstance(when, (int, float)) or isinstance(when, bool):
        return None
    if not isinstance(section, str) or not (offset is None or isinstance(offset, int) and not isinstance(offset, bool)):
        return None
    out.update(title=title, when=float(when), section=section, offset=offset)
    return out


def clean_recent(data: Any) -> tuple[list[dict[str, Any]], str]:
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        return [], t("state.wrong-shape", fields="documents")
    entries = data["documents"]
    kept = [e for e in map(_clean_entry, entries) if e is not None]
    return kept, t("state.wrong-shape", fields="documents") if len(kept) != len(entries) else ""


def load_recent() -> tuple[list[dict[str, Any]], str]:
    """The entries, newest first, and a one-line problem (the file set aside) or ""."""
    data, problem = load_json(recent_path(), clean_recent)
    return (data if isinstance(data, list) else []), problem


def record(path: str, title: str, section: str = "", offset: int | None = None) -> str:
    """Put ``path`` first in the list (read now, at ``section``); a one-line problem, or ""."""
    entry = {"path": os.path.abspath(path), "title": title, "when": time.time(),
             "section": section, "offset": offset}

    def merge(disk: Any) -> dict[str, Any]:
        same = [e for e in (disk or []) if e["path"] == entry["path"]]
        if same and not section and offset is None:  # opened again: where it was left
            entry.update(section=same[0]["section"], offset=same[0]["offset"])
        others = [e for e in (disk or []) if e["path"] != entry["path"]]
        return {"documents": [entry, *others][:MAX_ENTRIES]}

    try:
        update_json(recent_path(), clean_recent, merge)
    except OSError as exc:
        return t("recent.not-saved", path=shown_name(state_dir()), reason=exc.strerror or exc)
    return ""


def describe(entry: dict[str, Any]) -> str:
    """One line for an entry: when, the path, the title and the section (sanitised)."""
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(entry["when"]))
    where = f"\t§ {visible(entry['section'])}" if entry["section"] else ""
    return f"{when}\t{shown_name(entry['path'])}\t{visible(entry['title'])}{where}"


def exists(entry: dict[str, Any]) -> bool:
    return os.path.isfile(entry["path"])


def listing() -> tuple[list[str], str]:
    """``--recent``: one line per recent file that still exists, and a one-line notice of
    those skipped (missing) and of a bad recent file set aside."""
    entries, problem = load_recent()
    lines = [describe(e) for e in entries if exists(e)]
    missing = [shown_name(e["path"]) for e in entries if not exists(e)]
    return lines, _notice(problem, missing)


def last_document(load: Callable[[str], T]) -> tuple[str | None, T | None, str]:
    """A bare ``speech-reader``: the newest recent file that can still be read, what
    ``load`` made of it, and a one-line notice of those skipped; (None, None, notice) when
    there is none (a new user: the bundled sample is opened)."""
    entries, problem = load_recent()
    skipped = []
    for entry in entries:
        if not exists(entry):
            skipped.append(shown_name(entry["path"]))
            continue
        try:
            return entry["path"], load(entry["path"]), _notice(problem, skipped)
        except LoadError as exc:
            skipped.append(f"{shown_name(entry['path'])} ({exc})")
    return None, None, _notice(problem, skipped)


def _notice(problem: str, skipped: list[str]) -> str:
    parts = [problem] if problem else []
    if skipped:
        names = ", ".join(skipped[:3]) + (t("recent.more", n=len(skipped) - 3) if len(skipped) > 3 else "")
        parts.append(tn("recent.skipped", len(skipped), names=names))
    return "; ".join(parts)
