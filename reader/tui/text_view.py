"""The text pane, drawn with Textual's Line API.

Owns: the reading text on screen, its highlights and the reading position. Only visible
rows are rendered: a paragraph is wrapped (by the engine's CJK line breaker) the first time
it comes on screen, row counts are prefix sums (``row_map.RowMap``) and each rendered line
is an LRU-cached ``Strip`` keyed by (paragraph, line, script). Its state is reactive: the
search matches, the current match and the current figure (their watchers drop the drawn
lines), and ``top_para``, the paragraph at the top, which the app watches to follow the
reading. Scrolling is never animated, so held keys land exactly where they should. Each
drawn line carries the offsets of Textual's text selection (``text_selection.py``). The pane
tells figures apart by style as well as colour (class ``-cues``) when ``look.wants_cues``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any, ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.binding import BindingType
from textual.geometry import Region, Size
from textual.reactive import var
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from ..kinds import FIGURE_KINDS, figure_style
from .bindings import TEXT_BINDINGS
from .look import wants_cues
from .reader_model import Match, ReaderModel, Span
from .row_map import RowMap
from .text_selection import selected_span, selected_text
from .textual_adapter import LineCacheView, blank, update_scrollbars

STYLE_NAMES = [
    *(figure_style(kind) for kind in FIGURE_KINDS),
    "speaker", "heading", "lead", "quote", "match", "match-current", "figure-current",
]
CACHE_SIZE = 2000


class TextView(LineCacheView, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = [*TEXT_BINDINGS]
    COMPONENT_CLASSES = {f"text-view--{name}" for name in STYLE_NAMES}

    top_para: var[int] = var(0, init=False)
    """The paragraph at the top of the pane (set as the pane scrolls; the app watches it)."""
    matches: var[dict[int, list[Match]]] = var(dict, init=False)
    """Search matches by paragraph."""
    current_match: var[Match | None] = var(None, init=False)
    current_figure: var[int | None] = var(None, init=False)
    """The figure stepped to (``}`` ``{`` or the figures table), marked in the text."""

    def __init__(self, model: ReaderModel, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.model = model
        self.row_map: RowMap | None = None
        self._cache: OrderedDict[tuple[int, int, str], Strip] = OrderedDict()
        self._spans: dict[int, list[Span]] = {}  # static highlights of recently drawn paragraphs
        self._base: Style | None = None
        self._frame: tuple[RowMap, int, int, Style] | None = None  # during render_lines
        self._styles: dict[str, Style] = {}
        self._anchor = 0  # the paragraph the layout keeps in place (``top_para`` once told)
        self._look: tuple[Style, str, bool] | None = None  # base style, theme and cues of the lines
        self.strips_built = 0

    # -- what the app tells the pane -------------------------------------------------
    def show_model(self, model: ReaderModel) -> None:
        """Another document (the whole of one that opened on its beginning): lay it out
        from scratch, without highlights, at the paragraph at the top."""
        self.model = model
        self.matches, self.current_match, self.current_figure = {}, None, None
        self.row_map = None
        self._anchor = 0
        self.set_reactive(TextView.top_para, -1)  # none told yet: the next top is news
        self._cache.clear()
        self._spans.clear()
        self.refresh()

    def show_search(self, matches: Iterable[Match], current: Match | None = None) -> None:
        """Mark these matches (none: no search), ``current`` as the current one."""
        by_para: dict[int, list[Match]] = {}
        for m in matches:
            by_para.setdefault(m.para, []).append(m)
        self.matches = by_para
        self.current_match = current

    def show_match(self, match: Match) -> None:
        """Make ``match`` the current one and bring it on screen."""
        self.current_match = match
        self.reveal_para(match.para)

    def show_figure(self, k: int | None, reveal: bool = True) -> None:
        """Mark figure ``k`` (None: no figure) and bring it on screen."""
        self.current_figure = k
        if k is not None and reveal:
            self.reveal_para(self.model.figure_para(k))

    def watch_matches(self) -> None:
        self._drop_lines()

    def watch_current_match(self) -> None:
        self._drop_lines()

    def watch_current_figure(self) -> None:
        self._drop_lines()

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The selected text, as shown (Textual's selection asks for it)."""
        return selected_text(self.model, selection), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self._drop_lines()

    def _drop_lines(self) -> None:
        """Highlights changed: drop the drawn lines."""
        self._cache.clear()
        self.refresh()

    # -- layout ----------------------------------------------------------------------
    def _ensure_row_map(self) -> RowMap:
        width = max(self.scrollable_content_region.width, 4)
        if self.row_map is None or self.row_map.width != width:
            anchor = self._anchor
            self.row_map = row_map = RowMap(len(self.model.paragraphs), self.model.para_text, width,
                                          self.model.raw_text, self.model.script, self.model.figure_spans)
            self._cache.clear()
            self._update_virtual_size()
            row_map.measure(row_map.row_of(anchor), self.scrollable_content_region.height + 1)
            self._update_virtual_size()
            self.scroll_to(y=row_map.row_of(anchor), animate=False)
        return self.row_map

    def on_resize(self) -> None:
        self._ensure_row_map()

    def on_mount(self) -> None:
        self._follow_theme()
        self.watch(self.app, "theme", self._follow_theme, init=False)

    def _follow_theme(self) -> None:
        self.set_class(wants_cues(self.app), "-cues")

    def rescript(self) -> None:
        """Same paragraphs in another script: re-wrap and redraw only what is seen."""
        if self.row_map is not None:
            self.row_map.use_script(self.model.script, self.model.para_text)
        self.refresh()  # strips are cached per script: going back costs nothing

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Before the new rows are drawn, wrap what comes on screen; when that changes the
        height of text above the old top (scrolling up into estimated rows), move by the
        same amount so that the text the reader was looking at stays put."""
        if self.row_map is not None and self.count:
            rows = self.row_map
            height = self.scrollable_content_region.height
            anchor = self._anchor
            before = rows.row_of(anchor)
            new_top = round(new_value)
            rows.measure(new_top, height)
            shift = rows.row_of(anchor) - before
            if shift and new_top < before:
                new_top += shift
                rows.measure(new_top, height)
                self._update_virtual_size()
                self.set_reactive(ScrollView.scroll_y, float(max(0, min(new_top, self.max_scroll_y))))
                new_value = self.scroll_y
            self._anchor = rows.locate(round(new_value))[0]
            self.top_para = self._anchor  # its watchers run now, in this frame: no second repaint
        super().watch_scroll_y(old_value, new_value)

    @property
    def count(self) -> int:
        return len(self.model.paragraphs)

    def _update_virtual_size(self) -> None:
        """The text plus a screen of blank rows, so that any section can be at the top."""
        rows = self.row_map
        if rows is None:
            return
        height = rows.total + max(self.scrollable_content_region.height - 2, 0)
        size = Size(rows.width, height)
        if self.virtual_size == size:
            return
        container = self.container_size
        same_bars = container.height and (height > container.height) == \
            (self.virtual_size.height > container.height) and size.width == self.virtual_size.width
        if same_bars and self.show_vertical_scrollbar:
            # Only the length changed (wrapping refined an estimate): update the scrollbar
            # now instead of through a layout pass, which would repaint a frame later.
            update_scrollbars(self, size)
        else:
            self.virtual_size = size

    def render_lines(self, crop: Region) -> list[Strip]:
        self._base = base = self.rich_style  # once a frame, not once a line
        look = (base, self.app.theme, self.has_class("-cues"))
        if look != self._look:  # another theme: other highlight colours and background
            self._look = look
            self._styles.clear()
            self._cache.clear()
        rows = self._ensure_row_map()
        top = round(self.scroll_y)
        region = self.scrollable_content_region
        rows.measure(top, region.height)
        self._update_virtual_size()
        self._anchor = rows.locate(top)[0]
        if self._anchor != self.top_para:  # wrapping moved it: tell the watchers after the frame
            self.call_later(self._tell_top)
        self._frame = (rows, region.width, top, base)
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def _tell_top(self) -> None:
        self.top_para = self._anchor

    # -- drawing ---------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        if self._frame is not None:  # inside render_lines: geometry looked up once a frame
            rows, width, top, base = self._frame
            return self._strip_at(top + y, rows, width, base)
        rows = self._ensure_row_map()
        return self._strip_at(round(self.scroll_y) + y, rows, self.scrollable_content_region.width,
                              self._base or self.rich_style)

    def _strip_at(self, row: int, rows: RowMap, width: int, base: Style) -> Strip:
        if row >= rows.total:
            return blank(width, base)
        para, off = rows.locate(row)
        spans = rows.lines(para)
        key = (para, off, self.model.script)
        strip = self._cache.get(key)
        if strip is None:
            if off < len(spans):
                strip = self._build(para, spans[off], width)
            else:  # the blank row after a paragraph: a selection ending there ends the paragraph
                strip = blank(width, base).apply_offsets(len(self.model.para_text(para)), para)
            self._cache[key] = strip
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return strip

    def warm(self, para: int) -> None:
        """Wrap, draw and style the first screen of ``para`` ahead of time, while the reader
        is idle: a jump there then only composes the screen. The text on screen stays put
        (wrapping above it shifts row numbers; the scroll position follows)."""
        rows = self.row_map
        height = self.scrollable_content_region.height
        if rows is None or height <= 0 or not 0 <= para < self.count:
            return
        before = rows.row_of(self._anchor)
        top = rows.row_of(para)
        rows.measure(top, height)  # wraps ``para`` onwards: the rows above, and ``top``, stay
        base = self.rich_style
        width = self.scrollable_content_region.width
        self.prestyle([self._strip_at(top + y, rows, width, base) for y in range(height)])
        shift = rows.row_of(self._anchor) - before
        if shift:
            self.set_reactive(ScrollView.scroll_y, self.scroll_y + shift)

    def _style(self, name: str) -> Style:
        if not self._styles:
            self._styles = {
                n: self.get_component_rich_style(f"text-view--{n}", partial=True) for n in STYLE_NAMES
            }
        return self._styles[name]

    def _build(self, para: int, line: tuple[int, int], width: int) -> Strip:
        self.strips_built += 1
        text = self.model.para_text(para)
        a, b = line
        base = self._base or self.rich_style
        marks: list[tuple[int, int, Style]] = []
        spans = self._spans.get(para)
        if spans is None:
            spans = self._spans[para] = self.model.spans(para)
            if len(self._spans) > 256:
                self._spans.pop(next(iter(self._spans)))
        for span in spans:
            if span.end > a and span.start < b:
                marks.append((max(span.start, a), min(span.end, b), self._style(span.style)))
        if self.current_figure is not None:
            for start, end, _, k in self.model.figures_in(para):
                if k == self.current_figure and end > a and start < b:
                    marks.append((max(start, a), min(end, b), self._style("figure-current")))
        for m in self.matches.get(para, ()):
            if m.end > a and m.start < b:
                name = "match-current" if m == self.current_match else "match"
                marks.append((max(m.start, a), min(m.end, b), self._style(name)))
        selection = self.text_selection
        if selection is not None and (chosen := selected_span(selection, para, len(text))):
            if chosen[1] > a and chosen[0] < b:
                style = self.screen.get_component_rich_style("screen--selection")
                marks.append((max(chosen[0], a), min(chosen[1], b), style))
        cuts = sorted({a, b, *(p for start, end, _ in marks for p in (start, end))})
        segments = []
        for x, y in zip(cuts, cuts[1:], strict=False):
            style = base
            for start, end, st in marks:
                if start <= x and end >= y:
                    style = style + st
            segments.append(Segment(text[x:y], style))
        return Strip(segments).adjust_cell_length(width, base).apply_offsets(a, para)

    # -- moving ----------------------------------------------------------------------
    def go_to_para(self, para: int, offset: int = 0) -> None:
        rows = self._ensure_row_map()
        para = min(max(para, 0), max(self.count - 1, 0))
        row = rows.row_of(para)
        rows.measure(row, self.scrollable_content_region.height + 1)
        self._update_virtual_size()
        self._anchor = para
        self.scroll_to(y=rows.row_of(para) + offset, animate=False)
        self.top_para = self._anchor  # when the scroll did not move, nothing else tells it
        self.refresh()

    def reveal_para(self, para: int) -> None:
        """Scroll so that ``para`` is on screen (leave it where it is if it already is)."""
        rows = self._ensure_row_map()
        height = self.scrollable_content_region.height
        row = rows.row_of(para)
        top = round(self.scroll_y)
        if not (top <= row < top + height - 1):
            self.go_to_para(para)

    def reading_offset(self) -> int:
        """The source offset of the first character on the top row: where the reader is,
        independent of the width and the script (what is remembered)."""
        if not self.model.paragraphs:
            return 0
        rows = self._ensure_row_map()
        para, row = rows.locate(round(self.scroll_y))
        spans = rows.lines(para)
        if row >= len(spans) and para + 1 < len(self.model.paragraphs):
            return self.model.paragraphs[para + 1].start  # the blank row before the next one
        index = spans[min(row, len(spans) - 1)][0] if spans else 0
        return self.model.paragraphs[para].display_to_source(index)

    def go_to_offset(self, offset: int) -> None:
        """Put the row holding the source ``offset`` at the top."""
        if not self.model.paragraphs:
            return
        para = self.model.para_at_offset(offset)
        index = self.model.paragraphs[para].source_to_display(offset)
        rows = self._ensure_row_map()
        starts = [a for a, _ in rows.lines(para)]
        self.go_to_para(para, max(bisect_right(starts, index) - 1, 0))

    def on_screen(self, para: int) -> bool:
        """Whether any row of ``para`` is on screen."""
        rows = self._ensure_row_map()
        top, height = round(self.scroll_y), self.scrollable_content_region.height
        return rows.row_of(para) < top + height and rows.row_of(para + 1) > top

    def position(self) -> tuple[int, int]:
        """(paragraph at the top, rows into it): a width-independent reading anchor."""
        rows = self._ensure_row_map()
        return rows.locate(round(self.scroll_y))

    def _scroll_rows(self, delta: int) -> None:
        self._ensure_row_map()
        self.scroll_to(y=round(self.scroll_y) + delta, animate=False)

    def action_line_down(self) -> None:
        self._scroll_rows(1)

    def action_line_up(self) -> None:
        self._scroll_rows(-1)

    def page_rows(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def action_page_down(self) -> None:
        self._scroll_rows(self.page_rows())

    def action_page_up(self) -> None:
        self._scroll_rows(-self.page_rows())

    def action_top(self) -> None:
        self.go_to_para(0)

    def action_bottom(self) -> None:
        """The last screen of text (not the blank rows after it)."""
        rows = self._ensure_row_map()
        height = self.scrollable_content_region.height
        rows.measure(max(rows.total - height, 0), height)
        self._update_virtual_size()
        self.scroll_to(y=max(rows.total - height, 0), animate=False)
