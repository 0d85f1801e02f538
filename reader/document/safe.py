"""Making document text safe to show on a terminal, one character for one.

Control characters (C0, DEL, C1: ESC, BEL, backspace…), bidirectional overrides and
isolates, and zero-width characters are replaced by visible stand-ins of the same length,
so offsets into the text stay valid and nothing the document holds can drive the terminal.
"""

from __future__ import annotations

_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def _table() -> dict[int, str]:
    table: dict[int, str] = {c: chr(0x2400 + c) for c in range(32)}
    table[9] = " "
    table[0x7F] = "\u2421"
    for c in range(0x80, 0xA0):
        table[c] = "\ufffd"
    for c in _BIDI:
        table[ord(c)] = "\u21c6"
    for c in _ZERO_WIDTH:
        table[ord(c)] = "\u00a6"
    for c in range(0xFE00, 0xFE10):  # variation selectors
        table[c] = "\u00a6"
    for c in (0x2028, 0x2029):
        table[c] = "\u21b5"
    return table


_TABLE = _table()


def visible(text: str) -> str:
    """``text`` with every unsafe character replaced by a visible one (same length)."""
    return text.translate(_TABLE)
