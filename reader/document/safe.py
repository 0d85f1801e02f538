"""Making document text safe to show on a terminal, one character for one.

Control characters (C0, DEL, C1: ESC, BEL, backspace…), bidirectional overrides and
isolates, zero-width characters, tag characters and blank fillers (U+3164, U+115F,
U+180E) are replaced by visible stand-ins of the same length, so offsets into the text stay
valid and nothing the document holds can drive the terminal or hide itself. Lone surrogates
(how Python keeps the undecodable bytes of a file name) become U+FFFD, one cell each.
A zero-width joiner between two emoji and a variation selector after a visible character
are kept: they join 👨‍👩‍👧 and ❤️ into the pictures they are. ``shown_name`` is the same for
a file name or a path: what every message naming one uses.
"""

from __future__ import annotations

import re
import unicodedata

_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def _table() -> dict[int, str]:
    table: dict[int, str] = {c: chr(0x2400 + c) for c in range(32)}
    table[9] = " "
    table[0x7F] = "\u2421"
    for c in range(0x80, 0xA0):
        table[c] = "\ufffd"
    for ch in _BIDI:
        table[ord(ch)] = "\u21c6"
    for ch in _ZERO_WIDTH:
        table[ord(ch)] = "\u00a6"
    for c in range(0xFE00, 0xFE10):  # variation selectors
        table[c] = "\u00a6"
    for c in (0x2028, 0x2029):
        table[c] = "\u21b5"
    for c in [*range(0xE0000, 0xE0080), 0x3164, 0x115F, 0x1160, 0x180E, 0xFFA0]:
        table[c] = "\u00a6"  # tag characters and blank fillers
    for c in range(0xD800, 0xE000):  # lone surrogates: undecodable bytes of a file name
        table[c] = "\ufffd"
    return table


_TABLE = _table()
_JOINERS = re.compile("[\u200d\ufe00-\ufe0f]")


def _pictograph(c: str) -> bool:
    if not c:
        return False
    o = ord(c)
    return o == 0xFE0F or 0x1F000 <= o <= 0x1FAFF or 0x2600 <= o <= 0x27BF or unicodedata.category(c) == "So"


def visible(text: str) -> str:
    """``text`` with every unsafe character replaced by a visible one (same length)."""
    out = text.translate(_TABLE)
    if not _JOINERS.search(text):
        return out
    chars = list(out)
    for m in _JOINERS.finditer(text):
        i = m.start()
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if text[i] == "\u200d":
            keep = _pictograph(prev) and _pictograph(nxt)
        else:
            keep = bool(prev) and unicodedata.category(prev)[0] not in "CZ" and prev not in "\u200d"
        if keep:
            chars[i] = text[i]
    return "".join(chars)


def shown_name(name: object) -> str:
    """A file name or path (``str``, ``Path`` or ``bytes``) as one safe line of text:
    undecodable bytes as U+FFFD, control characters and newlines as stand-ins."""
    if isinstance(name, bytes):
        name = name.decode("utf-8", "surrogateescape")
    return visible(str(name))
