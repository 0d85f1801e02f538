"""Text cut to a number of terminal cells, never splitting a wide character: outline labels
(``ellipsis`` over styled segments) and the status line's section (``cut_cells``).
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style


def cut_cells(text: str, width: int) -> str:
    """``text`` if it fits in ``width`` cells, else cut to ``width - 1`` cells and "…"."""
    if cell_len(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        used += cell_len(ch)
        if used > width - 1:
            break
        out.append(ch)
    return "".join(out) + "…"


def ellipsis(segments: list[Segment], limit: int, style: Style) -> list[Segment]:
    """The segments cut to ``limit`` cells plus "…", never splitting a wide character."""
    out: list[Segment] = []
    used = 0
    for seg in segments:
        width = cell_len(seg.text)
        if used + width <= limit:
            out.append(seg)
            used += width
            continue
        chars = []
        for ch in seg.text:
            used += cell_len(ch)
            if used > limit:
                break
            chars.append(ch)
        out.append(Segment("".join(chars), seg.style))
        break
    out.append(Segment("…", style))
    return out
