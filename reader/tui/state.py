"""What the reader remembers between runs, in the user state directory (``store.py``).

Owns: what the state files hold and how it is checked. Per document (``DocumentState``,
``documents/KEY.json``): the reading position, the script and the marks; documents are
keyed by a hash of their content, so a renamed file still resumes. Reader-wide settings
(``settings.json``): theme and outline width. Every field read from disk is validated: a
field of the wrong shape is dropped, the file is set aside (renamed) and reported once, and
the rest is used. Writes merge with what is on disk under a lock: the marks of two readers
of one document both survive, the position and the script are the last writer's, and
settings changed in one reader do not undo another's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..document.safe import shown_name
from ..document.script import SCRIPTS
from .store import (
    config_dir,
    content_key,
    load_json,
    read_json,
    state_dir,
    update_json,
    write_json_atomic,
    write_text_atomic,
)
from .strings import t

__all__ = ["DocumentState", "config_dir", "content_key", "load_settings", "read_json",
           "save_settings", "state_dir", "write_json_atomic", "write_text_atomic"]

OUTLINE_WIDTHS = range(10, 201)


def _int(value: Any, low: int = 0) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= low


def clean_mark(mark: Any) -> dict[str, Any] | None:
    """A mark as ``{"offset": int >= 0, "name": "" or one character}``, or None."""
    if not isinstance(mark, dict) or not _int(mark.get("offset")):
        return None
    name = mark.get("name", "")
    if not isinstance(name, str) or len(name) > 1:
        return None
    return {"offset": mark["offset"], "name": name}


def clean_position(pos: Any) -> bool:
    if not isinstance(pos, dict) or not (_int(pos.get("offset")) or _int(pos.get("paragraph"))):
        return False
    section = pos.get("section", [])
    return all(pos.get(k) is None or _int(pos[k]) for k in ("offset", "paragraph")) \
        and isinstance(section, list) and all(isinstance(s, str) for s in section)


def clean_document(data: Any) -> tuple[dict[str, Any], str]:
    """A document's state as read from disk: what is kept and what was wrong."""
    if not isinstance(data, dict):
        return {}, t("state.not-object", type=type(data).__name__)
    out = dict(data)  # fields of later versions are kept as they are
    bad = []
    if "position" in data and not clean_position(data["position"]):
        bad.append("position")
        del out["position"]
    if "script" in data and data["script"] not in SCRIPTS:
        bad.append("script")
        del out["script"]
    if "marks" in data:
        marks = data["marks"] if isinstance(data["marks"], list) else []
        kept = [m for m in map(clean_mark, marks) if m is not None]
        if not isinstance(data["marks"], list) or len(kept) != len(marks):
            bad.append("marks")
        out["marks"] = kept
    return out, t("state.wrong-shape", fields=", ".join(bad)) if bad else ""


def clean_settings(data: Any) -> tuple[dict[str, Any], str]:
    if not isinstance(data, dict):
        return {}, t("state.not-object", type=type(data).__name__)
    out = dict(data)
    bad = []
    if "theme" in data and not (isinstance(data["theme"], str) and 0 < len(data["theme"]) <= 100):
        bad.append("theme")
        del out["theme"]
    if "outline_width" in data and not (_int(data["outline_width"]) and data["outline_width"] in OUTLINE_WIDTHS):
        bad.append("outline_width")
        del out["outline_width"]
    return out, t("state.wrong-shape", fields=", ".join(bad)) if bad else ""


def settings_path() -> Path:
    return state_dir() / "settings.json"


def load_settings() -> tuple[dict[str, Any], str]:
    """Reader-wide settings (theme, outline width) and a one-line problem, if any. What a
    bad file held that was good is written back at once (the file itself is set aside)."""
    data, problem = load_json(settings_path(), clean_settings)
    if problem and data:
        save_settings(data)
    return (data if isinstance(data, dict) else {}), problem


def save_settings(updates: dict[str, Any]) -> str:
    """Write ``updates`` over the settings on disk now; a one-line problem, or ""."""
    try:
        update_json(settings_path(), clean_settings, lambda disk: {**(disk or {}), **updates})
    except OSError as exc:
        return t("state.cannot-save-settings", path=shown_name(state_dir()), reason=exc.strerror or exc)
    return ""


def with_mark(marks: list[dict[str, Any]], offset: int, name: str) -> list[dict[str, Any]]:
    """``marks`` with a mark at ``offset``; a mark there, or of the same name, is replaced."""
    kept = [m for m in marks if m["offset"] != offset and (not name or m.get("name") != name)]
    return [*kept, {"offset": offset, "name": name}]


class DocumentState:
    """Per-document memory: reading position, marks, script. One JSON file per document;
    ``DocumentState(None)`` is kept in memory only (the reader told not to remember, or a
    large document whose whole text is still being hashed). ``key``: the content key when
    the caller has it already."""

    def __init__(self, text: str | None, root: Path | None = None, key: str | None = None) -> None:
        self.data: dict[str, Any] = {}
        self.problem = ""
        self.path: Path | None = None
        self._set: set[str] = set()  # fields set since the last save
        self._added: list[tuple[int, str]] = []  # marks added since the last save
        self._removed: set[int] = set()  # offsets of marks removed since the last save
        if text is None and key is None:
            return
        self.key = key or content_key(text or "")
        self.path = (root or state_dir()) / "documents" / f"{self.key}.json"
        data, self.problem = load_json(self.path, clean_document)
        if isinstance(data, dict):
            self.data = data
        if self.problem and self.data:  # the good part of a file set aside: kept on disk too
            self._set = set(self.data) - {"marks"}
            self._added = [(m["offset"], m["name"]) for m in self.marks]
            if not self.save():
                self.problem += " (what was good in it is kept)"

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self.data[key] = value
        self._set.add(key)

    @property
    def marks(self) -> list[dict[str, Any]]:
        """Marks as ``{"offset": source offset of the paragraph, "name": one letter or ""}``."""
        marks = self.data.get("marks")
        return marks if isinstance(marks, list) else []

    def add_mark(self, offset: int, name: str) -> None:
        """Mark the paragraph at ``offset``; a mark there, or of the same name, is replaced."""
        self.data["marks"] = with_mark(self.marks, offset, name)
        self._added.append((offset, name))
        self._removed.discard(offset)

    def remove_mark(self, offset: int) -> None:
        """Remove the mark at ``offset`` (here, and from the file at the next save)."""
        self.data["marks"] = [m for m in self.marks if m["offset"] != offset]
        self._added = [(o, n) for o, n in self._added if o != offset]
        self._removed.add(offset)

    @property
    def unsaved(self) -> bool:
        return bool(self._set or self._added or self._removed)

    def absorb(self, other: DocumentState) -> None:
        """What was done in ``other`` (kept in memory while this one was not known yet),
        done again here: its marks added, its fields set."""
        for key in other._set:
            self.set(key, other.data[key])
        for offset, name in other._added:
            self.add_mark(offset, name)
        for offset in other._removed:
            self.remove_mark(offset)

    def _merge(self, disk: Any) -> dict[str, Any]:
        merged = dict(disk or {})
        for key in self._set:
            merged[key] = self.data[key]
        marks = merged.get("marks", [])
        for offset, name in self._added:
            marks = with_mark(marks, offset, name)
        if self._removed:  # (what is on disk is cleaned when read back: any shape here)
            marks = [m for m in marks if not (isinstance(m, dict) and m.get("offset") in self._removed)]
        if marks or "marks" in merged:
            merged["marks"] = marks
        return merged

    def save(self) -> str:
        """Merge what changed into the file (another reader's marks stay); returns a
        one-line problem instead of raising."""
        if self.path is None:
            return ""
        try:
            self.data = update_json(self.path, clean_document, self._merge)
        except OSError as exc:
            return t("state.cannot-save-state", path=shown_name(self.path.parent), reason=exc.strerror or exc)
        self._set.clear()
        self._added.clear()
        self._removed.clear()
        return ""
