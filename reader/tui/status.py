"""What the status line says: the script, the section and its figures, how far into the text,
the search hit, the speaker the outline is narrowed to — in one line that fits the screen
(a long section label is cut, so the counts after it stay in sight).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len

from .cells import cut_cells
from .strings import script_label, t

if TYPE_CHECKING:
    from .reading_screen import ReadingScreen

MIN_LABEL = 12  # cells the section keeps however narrow the screen


def status_line(screen: ReadingScreen) -> str:
    model, text = screen.model, screen.text_pane
    node = model.nodes[screen.current_node] if model.nodes else None
    parts = [t("status.memory-only")] if screen.memory_only else []
    if screen.partial:
        parts.append(t("status.partial"))  # the whole is still being read
    parts.append(script_label(model.script) if model.script != "original"
                 else t("status.original", script=script_label(screen.analysis.script)))
    section = -1
    if node is not None:
        section = len(parts)
        parts.append(f"§ {screen.current_node + 1}/{len(model.nodes)} {model.label(node)}")
        parts.append(t("status.figures", n=node.figures))
    rows = text.row_map
    if rows is not None and rows.total:
        span = max(rows.total - text.scrollable_content_region.height, 1)
        parts.append(f"{min(100, round(100 * round(text.scroll_y) / span))}%")
    if position := screen.search_box.position():
        parts.append(position)
    if screen.narrowed:
        parts.append(f"人 {screen.narrowed}")
    if section >= 0 and screen.size.width:
        room = screen.size.width - 2 - cell_len(" │ ".join(parts)) + cell_len(parts[section])
        parts[section] = cut_cells(parts[section], max(room, MIN_LABEL))
    return " │ ".join(parts)
