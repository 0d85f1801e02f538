"""The user's keymap file (``keymap.json`` in the config directory), read and checked.

Owns: reading the file (UTF-8, with or without a byte order mark) and checking it: binding
ids that do not exist, key names Textual never sends (``[/]``, ``ctlr+x``) and keys bound
to two things in one place (two reader keys, or a reader key and a pane key) are each
reported, once, in one line; the rest of the keymap is used. A keymap that cannot be read
at all is reported and the default keys are used. The file is the user's: it is never
renamed or rewritten.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from textual.binding import Binding
from textual.keys import Keys, key_to_character

from .bindings import ALL_BINDINGS, APP_BINDINGS, OUTLINE_BINDINGS, TEXT_BINDINGS
from .store import config_dir, read_json
from .strings import t

MODIFIERS = {"ctrl", "shift", "alt", "meta", "super", "hyper"}
NAMED_KEYS = {k.value.split("+")[-1] for k in Keys if not k.value.startswith("<")}
REPLACEMENTS = {"solidus": "slash", "reverse_solidus": "backslash", "commercial_at": "at",
                "hyphen_minus": "minus", "plus_sign": "plus", "low_line": "underscore"}


def keymap_path() -> Path:
    return config_dir() / "keymap.json"


def normal_key(key: str) -> str | None:
    """The key as Textual names it (``?`` → ``question_mark``), or None when Textual never
    sends such a key."""
    key = key.strip()
    if len(key) == 1:
        if key.isalnum():
            return key
        if not key.isprintable():
            return None
        try:
            name = unicodedata.name(key).lower().replace("-", "_").replace(" ", "_")
        except ValueError:
            return None
        return REPLACEMENTS.get(name, name)
    *mods, base = key.split("+")
    if any(m not in MODIFIERS for m in mods) or not base:
        return None
    if base in NAMED_KEYS or (len(base) == 1 and base.isalnum()) or \
            (len(base) > 1 and key_to_character(base) is not None):
        return key
    return None


def _clashes(keymap: dict[str, str]) -> list[str]:
    """Keys bound twice where they would meet: among the reader's keys, among a pane's,
    and between the reader's and a pane's."""
    def keys_of(bindings: list[Binding]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for b in bindings:
            for key in keymap.get(b.id or "", b.key).split(","):
                name = normal_key(key)
                if name is not None and b.id not in out.setdefault(name, []):
                    out[name].append(b.id or "")
        return out

    reader = keys_of(APP_BINDINGS)
    found = {key: ids for key, ids in reader.items() if len(ids) > 1}
    for pane in (TEXT_BINDINGS, OUTLINE_BINDINGS):
        for key, ids in keys_of(pane).items():
            if len(ids) > 1 or key in reader:
                found[key] = list(dict.fromkeys(found.get(key, reader.get(key, [])) + ids))
    return [f"{key} ({', '.join(ids)})" for key, ids in sorted(found.items())]


def _clip(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 24 else text[:23] + "…"


def load_keymap() -> tuple[dict[str, str], str]:
    """The user's keymap and a one-line report of what was wrong ("" when fine or absent)."""
    path = keymap_path()
    data, problem = read_json(path)
    if problem:
        return {}, t("keymap.bad-file", path=path, problem=problem)
    if data is None:
        return {}, ""
    if not isinstance(data, dict):
        return {}, t("keymap.not-object", path=path)
    return check_keymap(data)


def check_keymap(data: dict[str, Any]) -> tuple[dict[str, str], str]:
    known = {b.id for b in ALL_BINDINGS}
    notes = []
    unknown = sorted(k for k in data if k not in known)
    if unknown:
        notes.append(t("keymap.unknown", ids=", ".join(unknown)))
    keymap: dict[str, str] = {}
    invalid = []
    for binding_id, value in data.items():
        if binding_id not in known:
            continue
        keys = value.split(",") if isinstance(value, str) else []
        good = [k.strip() for k in keys if normal_key(k) is not None]
        invalid += [f"{_clip(k.strip())} ({binding_id})" for k in keys if normal_key(k) is None]
        if not isinstance(value, str):
            invalid.append(f"{_clip(value)} ({binding_id})")
        if good:
            keymap[binding_id] = ",".join(good)
    if invalid:
        more = t("keymap.more", n=len(invalid) - 5) if len(invalid) > 5 else ""
        notes.append(t("keymap.invalid", keys=", ".join(invalid[:5]), more=more))
    clashes = _clashes(keymap)
    if clashes:
        notes.append(t("keymap.twice", clashes="; ".join(clashes)))
    return keymap, t("keymap.notes", notes=" · ".join(notes)) if notes else ""
