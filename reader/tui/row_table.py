"""A table of many rows drawn with the Line API: only the rows on screen are ever built.

Owns: the rows shown (a sequence of row ids — a ``range`` or a list of ints, never a widget
or a list of cells per row), the cursor and the drawing. A row's cells come from the
``cells`` function the first time the row is drawn (an LRU cache keeps the recent ones), so
opening a table of a million figures costs one screen of rows. ``Chosen`` is posted on
``enter`` or a click. Used by the figures table and the list screens (skim, marks).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

CACHE_SIZE = 2000
GAP = 1  # cells between columns


class RowTable(ScrollView, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor(1)", "Down", show=False, id="table.down"),
        Binding("up", "cursor(-1)", "Up", show=False, id="table.up"),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="table.page-down"),
        Binding("pageup,b", "page(-1)", "Page up", show=False, id="table.page-up"),
        Binding("home,g", "first", "Top", show=False, id="table.top"),
        Binding("end,G", "last", "Bottom", show=False, id="table.bottom"),
        Binding("enter", "choose", "Choose", show=False, id="table.choose"),
    ]
    COMPONENT_CLASSES = {"row-table--cursor"}
    DEFAULT_CSS = "RowTable { overflow-x: hidden; }"

    class Chosen(Message):
        """The user chose a row (enter or a click)."""

        def __init__(self, row_id: int) -> None:
            super().__init__()
            self.row_id = row_id

    def __init__(self, cells: Callable[[int], Sequence[Text]], widths: Sequence[int],
                 **kwargs: Any) -> None:
        """``cells(row_id)``: a row's cells; ``widths``: each column's width in cells, 0 for
        the rest of the line."""
        super().__init__(**kwargs)
        self.cells = cells
        self.widths = list(widths)
        self.rows: Sequence[int] = range(0)
        self.cursor = 0
        self._cache: OrderedDict[tuple[int, bool, int], Strip] = OrderedDict()
        self.rows_built = 0  # rows whose cells were asked for (a budget the tests check)

    # -- rows ------------------------------------------------------------------------
    def show_rows(self, rows: Sequence[int]) -> None:
        """Show these rows, the cursor on the first."""
        self.rows = rows
        self.cursor = 0
        self._cache.clear()
        self.virtual_size = Size(max(self.scrollable_content_region.width, 1), len(rows))
        self.scroll_to(y=0, animate=False)
        self.refresh()

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def cursor_id(self) -> int | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def row_text(self, index: int) -> str:
        """What row ``index`` shows, as plain text (cells joined by a space)."""
        return " ".join(cell.plain for cell in self.cells(self.rows[index]))

    def column_at(self, x: int) -> int:
        """The column under cell ``x`` of a line."""
        left = 0
        for k, width in enumerate(self.widths):
            if width == 0 or x < left + width + GAP:
                return k
            left += width + GAP
        return len(self.widths) - 1

    def clear_cache(self) -> None:
        self._cache.clear()
        self.refresh()

    # -- cursor ----------------------------------------------------------------------
    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def move_cursor(self, index: int) -> None:
        if not self.rows:
            return
        index = max(0, min(index, len(self.rows) - 1))
        if index != self.cursor:
            self.refresh_line(self.cursor - round(self.scroll_y))
            self.cursor = index
            self.refresh_line(self.cursor - round(self.scroll_y))
        self._scroll_to_cursor()

    def _scroll_to_cursor(self) -> None:
        keep_row_in_view(self, self.cursor)

    def action_cursor(self, step: int) -> None:
        self.move_cursor(self.cursor + step)

    def action_page(self, step: int) -> None:
        self.move_cursor(self.cursor + step * self._page())

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(len(self.rows) - 1)

    def action_choose(self) -> None:
        if self.cursor_id is not None:
            self.post_message(self.Chosen(self.cursor_id))

    def on_click(self, event: events.Click) -> None:
        index = round(self.scroll_y) + event.y
        if 0 <= index < len(self.rows):
            self.move_cursor(index)
            self.post_message(self.Chosen(self.rows[index]))

    def on_resize(self) -> None:
        self.virtual_size = Size(max(self.scrollable_content_region.width, 1), len(self.rows))
        self._cache.clear()
        self._scroll_to_cursor()

    def on_focus(self) -> None:
        self.clear_cache()

    def on_blur(self) -> None:
        self.clear_cache()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    # -- drawing ---------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = round(self.scroll_y) + y
        if not 0 <= index < len(self.rows) or width <= 0:
            return Strip.blank(width, base)
        row_id = self.rows[index]
        key = (row_id, index == self.cursor, width)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._cache[key] = self._build(row_id, index == self.cursor, width, base)
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return strip

    def _build(self, row_id: int, is_cursor: bool, width: int, base: Style) -> Strip:
        self.rows_built += 1
        line = Text(no_wrap=True, end="")
        for k, cell in enumerate(self.cells(row_id)):
            if k:
                line.append(" " * GAP)
            room = self.widths[k] if k < len(self.widths) and self.widths[k] else max(width - cell_len(line.plain), 0)
            cell = cell.copy()
            cell.truncate(room, overflow="ellipsis", pad=True)
            line.append_text(cell)
        line.truncate(width, overflow="ellipsis")
        segments = list(line.render(self.app.console))
        strip = Strip(Segment.apply_style(segments, style=base), cell_len(line.plain))
        strip = strip.adjust_cell_length(width, base)
        if is_cursor:
            cursor = self.get_component_rich_style("row-table--cursor", partial=not self.has_focus)
            strip = Strip(Segment.apply_style(strip, post_style=cursor), width)
        return strip


def keep_row_in_view(view: ScrollView, row: int) -> None:
    """Scroll ``view`` (one line a row) as little as puts ``row`` on screen (the cursor of
    this table and of the outline)."""
    height = view.scrollable_content_region.height
    if height <= 0:
        return
    top = round(view.scroll_y)
    if row < top:
        view.scroll_to(y=row, animate=False)
    elif row >= top + height:
        view.scroll_to(y=row - height + 1, animate=False)
