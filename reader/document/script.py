"""Traditional/Simplified: detecting a text's script and converting with OpenCC.

Converters are created once per configuration and cached. Conversion of spans keeps the
span boundaries, so highlights computed on the original still land on the right text.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import opencc

SCRIPTS = ("original", "simplified", "traditional", "taiwan", "hongkong")
_CONFIG = {"simplified": "t2s", "traditional": "s2t", "taiwan": "s2twp", "hongkong": "s2hk"}
LABELS = {
    "original": "原文",
    "simplified": "简体",
    "traditional": "繁體",
    "taiwan": "臺灣",
    "hongkong": "香港",
}


@cache
def _converter(config: str) -> opencc.OpenCC:
    import opencc  # the C++ library loads on first use, not at the reader's start

    return opencc.OpenCC(config)


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Simplified form of ``text``: the script-insensitive key for comparing and searching."""
    return _converter("t2s").convert(text) if text else text


def convert(text: str, script: str) -> str:
    """``text`` in ``script`` (``original`` returns it unchanged)."""
    if script == "original" or not text:
        return text
    if script not in _CONFIG:
        raise ValueError(f"unknown script {script!r}; use one of {', '.join(SCRIPTS)}")
    simplified: str = _converter("t2s").convert(text)
    if script == "simplified":
        return simplified
    converted: str = _converter(_CONFIG[script]).convert(simplified)
    return converted


def convert_spans(text: str, cuts: list[int], script: str) -> tuple[str, list[int]]:
    """Convert ``text`` and map the cut positions ``cuts`` (sorted) into the result.

    When conversion keeps the length (nearly always) positions are unchanged; otherwise
    each stretch between cuts is converted on its own so that cuts stay exact.
    """
    out = convert(text, script)
    if len(out) == len(text) or not cuts:
        return out, list(cuts)
    parts: list[str] = []
    mapped: list[int] = []
    prev = 0
    pos = 0
    for c in cuts:
        piece = convert(text[prev:c], script)
        parts.append(piece)
        pos += len(piece)
        mapped.append(pos)
        prev = c
    parts.append(convert(text[prev:], script))
    return "".join(parts), mapped


def detect(text: str, sample: int = 30000) -> str:
    """``traditional`` or ``simplified``: how many Han characters change when converted to
    Simplified (only the cheap t2s dictionary is loaded; s2t costs ~50 ms to open)."""
    head = text[:sample]
    han = sum(1 for c in head if "\u4e00" <= c <= "\u9fff")
    if not han:
        return "simplified"
    changed = sum(1 for a, b in zip(head, _converter("t2s").convert(head), strict=False) if a != b)
    return "traditional" if changed * 100 > han * 3 else "simplified"
