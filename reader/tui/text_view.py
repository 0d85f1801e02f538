"""The text pane, drawn with Textual's Line API.

Only visible rows are rendered: a paragraph is wrapped (by the engine's CJK line breaker)
the first time it comes on screen, row counts are prefix sums (``layout.Layout``) and each
rendered line is an LRU-cached ``Strip`` keyed by (paragraph, line, highlight version).
Scrolling is never animated, so held keys land exactly where they should.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from rich.segment import Segment
from rich.style import Style
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .bindings import TEXT_BINDINGS
from .fast_lines import StyledLineCache, blank
from .layout import Layout
from .model import Match, ReaderModel

STYLE_NAMES = [
    "fig-percent", "fig-money", "fig-date", "fig-count", "fig-measure", "fig-number",
    "fig-chinese", "speaker", "heading", "lead", "quote", "match", "match-current",
    "figure-current",
]
CACHE_SIZE = 2000


class TextView(StyledLineCache, ScrollView, can_focus=True):
    BINDINGS = TEXT_BINDINGS
    on_top: Callable[[int], None] | None = None  # told at once when the top paragraph changes
    COMPONENT_CLASSES = {f"text-view--{name}" for name in STYLE_NAMES}

    class TopChanged(Message):
        """The paragraph at the top of the pane changed (the reader moved)."""

        def __init__(self, para: int) -> None:
            super().__init__()
            self.para = para

    def __init__(self, model: ReaderModel, **kwargs) -> None:
        super().__init__(**kwargs)
        self.model = model
        self.rows: Layout | None = None
        self._cache: OrderedDict[tuple, Strip] = OrderedDict()
        self._spans: dict[int, list] = {}  # static highlights of recently drawn paragraphs
        self._base: Style | None = None
        self._frame: tuple[Layout, int, int] | None = None
        self._styles: dict[str, Style] = {}
        self._top_para = 0
        self._reported_para = -1
        self.matches: dict[int, list[Match]] = {}
        self.current_match: Match | None = None
        self.current_figure: int | None = None
        self.strips_built = 0

    # -- layout ----------------------------------------------------------------------
    def _ensure_layout(self) -> Layout:
        width = max(self.scrollable_content_region.width, 4)
        if self.rows is None or self.rows.width != width:
            anchor = self._top_para
            self.rows = Layout(len(self.model.paragraphs), self.model.text, width, self.model.raw_text,
                               self.model.script, self.model.figure_spans)
            self._cache.clear()
            self._update_virtual_size()
            self.rows.measure(self.rows.row_of(anchor), self.scrollable_content_region.height + 1)
            self._update_virtual_size()
            self.scroll_to(y=self.rows.row_of(anchor), animate=False)
        return self.rows

    def on_resize(self, event) -> None:
        self._ensure_layout()

    def relayout(self) -> None:
        """Another document: lay it out from scratch (at the paragraph at the top)."""
        self.rows = None
        self._cache.clear()
        self._spans.clear()
        self.refresh()

    def rescript(self) -> None:
        """Same paragraphs in another script: re-wrap and redraw only what is seen."""
        if self.rows is not None:
            self.rows.use_script(self.model.script, self.model.text)
        self.refresh()  # strips are cached per script: going back costs nothing

    def invalidate(self) -> None:
        """Highlights changed: drop rendered strips."""
        self._cache.clear()
        self._styles.clear()
        self.refresh()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Before the new rows are drawn, wrap what comes on screen; when that changes the
        height of text above the old top (scrolling up into estimated rows), move by the
        same amount so that the text the reader was looking at stays put."""
        if self.rows is not None and self.count:
            rows = self.rows
            height = self.scrollable_content_region.height
            anchor = self._top_para
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
            self._top_para = rows.locate(round(new_value))[0]
            if self._top_para != self._reported_para and self.on_top is not None:
                self._reported_para = self._top_para
                self.on_top(self._top_para)  # same frame as the scroll: no second repaint
        super().watch_scroll_y(old_value, new_value)

    @property
    def count(self) -> int:
        return len(self.model.paragraphs)

    def _update_virtual_size(self) -> None:
        """The text plus a screen of blank rows, so that any section can be at the top."""
        rows = self.rows
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
            self.set_reactive(ScrollView.virtual_size, size)
            self._scroll_update(size)
        else:
            self.virtual_size = size

    def render_lines(self, crop):
        self._base = self.rich_style  # once a frame, not once a line
        rows = self._ensure_layout()
        top = round(self.scroll_y)
        region = self.scrollable_content_region
        rows.measure(top, region.height)
        self._update_virtual_size()
        self._top_para = rows.locate(top)[0]
        if self._top_para != self._reported_para:
            self._reported_para = self._top_para
            self.call_later(self._report_top)  # not from the render: the sender would be the screen
        self._frame = (rows, region.width, top)
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def _report_top(self) -> None:
        self.post_message(self.TopChanged(self._top_para))

    # -- drawing ---------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        if self._frame is not None:  # inside render_lines: geometry looked up once a frame
            layout, width, top = self._frame
            return self._strip_at(top + y, layout, width, self._base)
        layout = self._ensure_layout()
        return self._strip_at(round(self.scroll_y) + y, layout, self.scrollable_content_region.width,
                              self._base or self.rich_style)

    def _strip_at(self, row: int, layout: Layout, width: int, base: Style) -> Strip:
        if row >= layout.total:
            return blank(width, base)
        para, off = layout.locate(row)
        spans = layout.lines(para)
        if off >= len(spans):
            return blank(width, base)
        key = (para, off, self.model.script)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._build(para, spans[off], width)
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
        rows = self.rows
        height = self.scrollable_content_region.height
        if rows is None or height <= 0 or not 0 <= para < self.count:
            return
        before = rows.row_of(self._top_para)
        top = rows.row_of(para)
        rows.measure(top, height)  # wraps ``para`` onwards: the rows above, and ``top``, stay
        base = self.rich_style
        width = self.scrollable_content_region.width
        self.prestyle([self._strip_at(top + y, rows, width, base) for y in range(height)])
        shift = rows.row_of(self._top_para) - before
        if shift:
            self.set_reactive(ScrollView.scroll_y, self.scroll_y + shift)

    def _style(self, name: str) -> Style:
        if not self._styles:
            self._styles = {
                n: self.get_component_rich_style(f"text-view--{n}", partial=True) for n in STYLE_NAMES
            }
        return self._styles[name]

    def _build(self, para: int, span: tuple[int, int], width: int) -> Strip:
        self.strips_built += 1
        text = self.model.text(para)
        a, b = span
        base = self._base or self.rich_style
        marks: list[tuple[int, int, Style]] = []
        spans = self._spans.get(para)
        if spans is None:
            spans = self._spans[para] = self.model.spans(para)
            if len(self._spans) > 256:
                self._spans.pop(next(iter(self._spans)))
        for s in spans:
            if s.end > a and s.start < b:
                marks.append((max(s.start, a), min(s.end, b), self._style(s.style)))
        if self.current_figure is not None:
            for s, e, _, k in self.model.figures_in(para):
                if k == self.current_figure and e > a and s < b:
                    marks.append((max(s, a), min(e, b), self._style("figure-current")))
        for m in self.matches.get(para, ()):
            if m.end > a and m.start < b:
                name = "match-current" if m == self.current_match else "match"
                marks.append((max(m.start, a), min(m.end, b), self._style(name)))
        cuts = sorted({a, b, *(p for s, e, _ in marks for p in (s, e))})
        segments = []
        for x, y in zip(cuts, cuts[1:], strict=False):
            style = base
            for s, e, st in marks:
                if s <= x and e >= y:
                    style = style + st
            segments.append(Segment(text[x:y], style))
        return Strip(segments).adjust_cell_length(width, base)

    # -- moving ----------------------------------------------------------------------
    @property
    def top_para(self) -> int:
        return self._top_para

    def go_to_para(self, para: int, offset: int = 0) -> None:
        rows = self._ensure_layout()
        para = min(max(para, 0), max(self.count - 1, 0))
        row = rows.row_of(para)
        rows.measure(row, self.scrollable_content_region.height + 1)
        self._update_virtual_size()
        self._top_para = para
        self.scroll_to(y=rows.row_of(para) + offset, animate=False)
        self.refresh()

    def reveal_para(self, para: int) -> None:
        """Scroll so that ``para`` is on screen (leave it where it is if it already is)."""
        layout = self._ensure_layout()
        height = self.scrollable_content_region.height
        row = layout.row_of(para)
        top = round(self.scroll_y)
        if not (top <= row < top + height - 1):
            self.go_to_para(para)

    def position(self) -> tuple[int, int]:
        """(paragraph at the top, rows into it): a width-independent reading anchor."""
        layout = self._ensure_layout()
        return layout.locate(round(self.scroll_y))

    def _scroll_rows(self, delta: int) -> None:
        self._ensure_layout()
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
        rows = self._ensure_layout()
        height = self.scrollable_content_region.height
        rows.measure(max(rows.total - height, 0), height)
        self._update_virtual_size()
        self.scroll_to(y=max(rows.total - height, 0), animate=False)
