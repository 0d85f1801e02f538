"""The outline pane, drawn with Textual's Line API.

Owns: the outline on screen — which nodes are open, the cursor, and what the labels show.
The outline is a flat list of visible rows computed from the model's preorder node list
and the set of open nodes (a walk over the rows, no widget or tree node per entry). Only the
rows on screen are drawn, each an LRU-cached ``Strip`` keyed by (node, cursor, open); a
label is converted to the reader's script when its row is drawn, so a script change, a
search or a new mark costs one screen of labels, not the whole outline. Labels carry a
kind marker, a figure count, ✎ for a marked section and ⌕n for search hits: ``hits`` and
``marked`` are reactive, and their watchers drop the drawn labels. ``moved_to`` is set when
the user moves the cursor (the app watches it: the text follows in the same frame).
Document text is never read as markup.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from typing import Any, ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import var
from textual.strip import Strip

from ..kinds import node_marker
from .bindings import OUTLINE_BINDINGS
from .cells import ellipsis
from .reader_model import Match, ReaderModel
from .row_table import keep_row_in_view
from .textual_adapter import LineCacheView, blank

MAX_OPEN_LINES = 1500  # more second-level rows than this: open one level at start
CACHE_SIZE = 1000
OPEN, CLOSED = "▼ ", "▶ "
WIDTHS = [20, 26, 32, 38, 46, 54, 64]  # the outline widths ``<`` and ``>`` step through


class OutlineView(LineCacheView, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = [*OUTLINE_BINDINGS]
    COMPONENT_CLASSES = {"outline-view--cursor", "outline-view--mark", "outline-view--guides"}
    ALLOW_SELECT = False  # rows are for moving (a click opens a node); text is selected in the text pane

    hits: var[dict[int, int]] = var(dict, init=False)
    """Search hits per node (a node counts the hits of its whole section)."""
    marked: var[frozenset[int]] = var(frozenset(), init=False)
    """Nodes whose section holds a mark."""
    moved_to: var[int] = var(-1, init=False, always_update=True)
    """The node the user last moved the cursor to (set on every such move)."""
    only: var[frozenset[int] | None] = var(None, init=False)
    """When set, the only nodes shown (one speaker's turns, what is under and above them)."""

    class Selected(Message):
        """The user chose a node (enter or a click): read it."""

        def __init__(self, k: int) -> None:
            super().__init__()
            self.k = k

    def __init__(self, model: ReaderModel, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.model = model
        self.expanded: set[int] = set()
        self._expanded_before_only: set[int] | None = None  # what was open before narrowing
        self.rows: list[int] = []  # node index of each visible row
        self._row: dict[int, int] = {}
        self.cursor = 0  # a row
        self.open_depth = 2
        self._cache: OrderedDict[tuple[int, bool, bool, int, str], Strip] = OrderedDict()
        self._styles: dict[str, Style] = {}
        self._base: Style | None = None
        self._frame: tuple[int, int] | None = None  # (width, top row) during render_lines
        self.strips_built = 0

    # -- what the app tells the pane -------------------------------------------------
    def show_model(self, model: ReaderModel) -> None:
        """Another document (the whole of one that opened on its beginning): its outline,
        open as deep as before, without hits or marks."""
        self.model = model
        self.hits, self.marked, self.only = {}, frozenset(), None
        self._expanded_before_only = None
        self.populate(self.open_depth)

    def show_search(self, matches: Iterable[Match]) -> None:
        """Count search matches per node (none: no search)."""
        model = self.model
        hits: dict[int, int] = {}
        for m in matches:
            for k in model.ancestors(model.node_at(m.para)):
                hits[k] = hits.get(k, 0) + 1
        self.hits = hits

    def show_marks(self, paras: Iterable[int]) -> None:
        """Show ✎ on the sections that hold these paragraphs."""
        self.marked = frozenset(k for k in map(self.model.node_at, paras) if k >= 0)

    def show_only(self, turns: Iterable[int] | None) -> None:
        """Show only these nodes' sections (their ancestors kept for the shape, opened so
        they are seen), or everything again (None)."""
        if turns is None:
            if self._expanded_before_only is not None:
                self.expanded, self._expanded_before_only = self._expanded_before_only, None
            self.only = None
            return
        if self._expanded_before_only is None:
            self._expanded_before_only = set(self.expanded)
        keep = self.model.sections_of(turns)
        self.expanded.update(k for k in keep if self.model.nodes[k].children)
        self.only = keep

    def watch_only(self) -> None:
        self._rebuild()

    def watch_hits(self) -> None:
        self._relabel()

    def watch_marked(self) -> None:
        self._relabel()

    def _relabel(self) -> None:
        self._cache.clear()
        self.refresh()

    def rescript(self) -> None:
        """Labels in another script: strips are cached per script, so just redraw."""
        self.refresh()

    def step_width(self, step: int) -> int:
        """The next width of ``WIDTHS`` (``step`` -1 narrower, 1 wider); returns it."""
        current = self.styles.width.value if self.styles.width else 38
        k = min(range(len(WIDTHS)), key=lambda i: abs(WIDTHS[i] - current))
        width = WIDTHS[max(0, min(len(WIDTHS) - 1, k + step))]
        self.styles.width = width
        return width

    # -- rows ------------------------------------------------------------------------
    def populate(self, depth: int = 2) -> None:
        """Show the model's outline open to ``depth`` levels (one level when two would
        flood the pane); the cursor goes to the first row."""
        model = self.model
        if depth >= 2:
            top = [k for k, p in enumerate(model.parent) if p < 0]
            if len(top) + sum(len(model.nodes[k].children) for k in top) > MAX_OPEN_LINES:
                depth = 1
        self.open_depth = depth
        self.expanded = self._open_to(depth)
        self.rows = []
        self.cursor = 0
        self._rebuild()
        self.scroll_to(y=0, animate=False)

    def _open_to(self, depth: int) -> set[int]:
        depths, nodes = self.model.depth, self.model.nodes
        return {k for k, d in enumerate(depths) if d < depth - 1 and nodes[k].children}

    def _rebuild(self) -> None:
        """Recompute the visible rows; the cursor stays on its node (or a shown ancestor)."""
        keep = self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None
        self.rows = rows = self.model.visible_rows(self.expanded, self.only)
        self._row = {k: i for i, k in enumerate(rows)}
        self.cursor = 0 if keep is None else (self.visible_row(keep) or 0)
        self._cache.clear()
        self.virtual_size = Size(max(self.scrollable_content_region.width, 1), len(rows))
        self.refresh()
        self._scroll_to_cursor()

    def row_of(self, k: int) -> int | None:
        return self._row.get(k)

    def visible_row(self, k: int) -> int | None:
        """The row of ``k`` or of its nearest ancestor that is shown."""
        best = None
        for j in self.model.ancestors(k):
            row = self._row.get(j)
            if row is None:
                break
            best = row
            if j not in self.expanded:
                break
        return best

    @property
    def cursor_k(self) -> int | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def is_expanded(self, k: int) -> bool:
        return k in self.expanded

    def open_node(self, k: int) -> None:
        """Show the children of node ``k``."""
        if self.model.nodes[k].children and k not in self.expanded:
            self.expanded.add(k)
            self._rebuild()

    def close_node(self, k: int) -> None:
        """Hide the children of node ``k``."""
        if k in self.expanded:
            self.expanded.discard(k)
            self._rebuild()

    def show_depth(self, depth: int) -> None:
        self.open_depth = depth
        self.expanded = self._open_to(depth)
        self._rebuild()

    # -- cursor ----------------------------------------------------------------------
    def _set_cursor(self, row: int, user: bool = True) -> None:
        if not self.rows:
            return
        row = max(0, min(row, len(self.rows) - 1))
        old, self.cursor = self.cursor, row
        if row != old:
            self.refresh_line(old)
            self.refresh_line(row)
        self._scroll_to_cursor()
        if user and row != old and self.has_focus:
            self.moved_to = self.rows[row]

    def _scroll_to_cursor(self) -> None:
        keep_row_in_view(self, self.cursor)

    def mark(self, k: int) -> None:
        """Put the cursor on the node being read (or its shown ancestor)."""
        row = self.visible_row(k)
        if row is not None and row != self.cursor:
            self._set_cursor(row, user=False)

    def on_resize(self) -> None:
        self.virtual_size = Size(max(self.scrollable_content_region.width, 1), len(self.rows))
        self._cache.clear()
        self._scroll_to_cursor()

    def on_focus(self) -> None:
        self._cache.clear()  # the cursor row changes colour
        self.refresh()

    def on_blur(self) -> None:
        self._cache.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()  # a theme change: colours of guides and cursor
        self._cache.clear()

    # -- drawing ---------------------------------------------------------------------
    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            if name == "outline-view--mark":  # the blended background only: kinds keep colour
                style = Style(bgcolor=self.get_component_rich_style(name).bgcolor)
            elif name.startswith("outline-view--"):
                style = self.get_component_rich_style(name, partial=name != "outline-view--cursor")
            else:
                style = Style.parse(name) if name else Style()
            self._styles[name] = style
        return style

    def parts(self, k: int) -> list[tuple[str, str]]:
        """A row's label as (text, style name) parts, without guides."""
        node = self.model.nodes[k]
        marker, style = node_marker(node.kind)
        out = []
        if node.children:
            out.append((OPEN if k in self.expanded else CLOSED, ""))
        out += [(marker + " ", style), (self.model.label(node), "")]
        return out + self.badges(k)

    def badges(self, k: int) -> list[tuple[str, str]]:
        """What follows a row's label: its figure count, ✎ and ⌕n (kept when the label is cut)."""
        out = []
        if self.model.nodes[k].figures:
            out.append((f" {self.model.nodes[k].figures}", "dim"))
        if k in self.marked:
            out.append((" ✎", "bold magenta"))
        if self.hits.get(k):
            out.append((f" ⌕{self.hits[k]}", "bold reverse"))
        return out

    def label_text(self, k: int) -> str:
        return "".join(text for text, _ in self.parts(k))

    def render_lines(self, crop: Region) -> list[Strip]:
        self._base = self.rich_style  # once a frame, not once a line
        self._frame = (self.scrollable_content_region.width, round(self.scroll_y))
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def render_line(self, y: int) -> Strip:
        if self._frame is not None:
            width, top = self._frame
        else:
            width, top = self.scrollable_content_region.width, round(self.scroll_y)
        base = self._base or self.rich_style
        row = top + y
        if row >= len(self.rows) or width <= 0:
            return blank(width, base)
        k = self.rows[row]
        key = (k, row == self.cursor, k in self.expanded, width, self.model.script)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._cache[key] = self._build(k, row == self.cursor, width, base)
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return strip

    def _build(self, k: int, is_cursor: bool, width: int, base: Style) -> Strip:
        self.strips_built += 1
        segments = []
        guides = self.model.guides(k)
        if guides:
            segments.append(Segment(guides, base + self._style("outline-view--guides")))
        parts = self.parts(k)
        segments += [Segment(text, base + self._style(style) if style else base) for text, style in parts]
        strip = Strip(segments)
        if strip.cell_length > width:
            badges = len(self.badges(k))
            head, tail = segments[: len(segments) - badges], segments[len(segments) - badges :]
            room = width - 1 - Strip(tail).cell_length
            before_label = Strip(head[:-1]).cell_length  # guides, toggle and kind marker
            if badges and room >= before_label + 4:  # cut the label, keep the count and the marks
                strip = Strip(ellipsis(head, room, base) + tail)
            else:
                strip = Strip(ellipsis(segments, width - 1, base))
        strip = strip.adjust_cell_length(width, base)
        if is_cursor:
            name = "outline-view--cursor" if self.has_focus else "outline-view--mark"
            strip = Strip(Segment.apply_style(strip, post_style=self._style(name)), width)
        return strip

    # -- keys and mouse --------------------------------------------------------------
    def action_cursor_down(self) -> None:
        self._set_cursor(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self._set_cursor(self.cursor - 1)

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def action_page_down(self) -> None:
        self._set_cursor(self.cursor + self._page())

    def action_page_up(self) -> None:
        self._set_cursor(self.cursor - self._page())

    def action_first(self) -> None:
        self._set_cursor(0)

    def action_last(self) -> None:
        self._set_cursor(len(self.rows) - 1)

    def action_collapse_or_parent(self) -> None:
        k = self.cursor_k
        if k is None:
            return
        if k in self.expanded:
            self.close_node(k)
        elif self.model.parent[k] >= 0:
            self._set_cursor(self._row[self.model.parent[k]])

    def action_expand(self) -> None:
        k = self.cursor_k
        if k is None or not self.model.nodes[k].children:
            return
        if k not in self.expanded:
            self.open_node(k)
        else:
            self._set_cursor(self.cursor + 1)

    def action_open(self) -> None:
        k = self.cursor_k
        if k is not None:
            self.post_message(self.Selected(k))

    def on_click(self, event: events.Click) -> None:
        row = round(self.scroll_y) + event.y
        if not 0 <= row < len(self.rows):
            return
        k = self.rows[row]
        icon = 2 * self.model.depth[k]
        self._set_cursor(row, user=False)
        if self.model.nodes[k].children and icon <= event.x < icon + 2:
            (self.close_node if k in self.expanded else self.open_node)(k)
        else:
            self.post_message(self.Selected(k))
