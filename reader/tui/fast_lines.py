"""Textual's per-line styling, done once per line instead of once per frame.

Textual passes every line a widget draws through its styles pipeline (padding, border,
tint, background, filters): ~0.1 ms a line, and a scroll redraws every line. The text and
outline panes draw lines from their own LRU caches of ``Strip`` objects, so the styled
result can be kept alongside: ``StyledLineCache`` memoises it per content strip (by
identity) for as long as the widget's look (size, colours, border, padding) is unchanged.
``QuickScrollBar`` does the same for a scrollbar: a scroll that leaves the thumb on the
same cells draws nothing new.

Both rely on internals of the pinned Textual version (``_styles_cache.render_line``,
``_vertical_scrollbar``); ``tests/test_fast_lines.py`` checks their output against
Textual's own drawing.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import lru_cache

from rich.style import Style
from textual.geometry import Region
from textual.scrollbar import ScrollBar, ScrollBarRender
from textual.strip import Strip

FINAL_CACHE = 4000


@lru_cache(maxsize=64)
def blank(width: int, style: Style) -> Strip:
    """One blank strip per (width, style): the same object each frame, so its styled line
    is found in the cache."""
    return Strip.blank(width, style)


class StyledLineCache:
    """Mixin for a Line-API widget whose ``render_line`` returns cached strips.

    Widgets with a top or bottom border or padding, or a border title, take Textual's
    ordinary path (the line index matters there)."""

    _final: OrderedDict[int, tuple[Strip, Strip]]
    _final_look: tuple | None = None

    def _plain_gutter(self) -> bool:
        styles = self.styles
        gutter = styles.gutter
        return not (gutter.top or gutter.bottom or self._border_title is not None
                    or self._border_subtitle is not None or self.BLANK)

    def _styler(self) -> Callable[[Strip, int], Strip]:
        """A function that gives the styled, filtered line of a content strip for the
        widget's current look (memoised per strip)."""
        styles = self.styles
        app = self.app
        size = self.region.size
        content_size = self.content_region.size
        base_background, background = self.background_colors
        opacity = self.opacity
        look = (size, content_size, styles.padding, styles.border, styles.outline, styles.tint,
                styles.text_opacity, styles.hatch if styles.has_rule("hatch") else None,
                base_background, background, opacity, app.native_ansi_color, id(app.ansi_theme))
        if look != self._final_look or not hasattr(self, "_final"):
            self._final = OrderedDict()
            self._final_look = look
        final_cache = self._final
        render_styled = self._styles_cache.render_line
        filters = self.get_line_filters()
        padding = styles.padding

        def styled(content: Strip, y: int) -> Strip:
            entry = final_cache.get(id(content))
            if entry is not None and entry[0] is content:
                final = entry[1]
            else:
                final = render_styled(styles, y, size, content_size, padding, base_background,
                                      background, lambda _y: content, None, None, opacity,
                                      app.ansi_theme, app.native_ansi_color)
                final_cache[id(content)] = (content, final)
                if len(final_cache) > FINAL_CACHE:
                    final_cache.popitem(last=False)
            for line_filter in filters:
                final = final.apply_filter(line_filter, background)
            return final

        return styled

    def render_lines(self, crop: Region) -> list[Strip]:
        if not self._plain_gutter():
            return super().render_lines(crop)
        styled = self._styler()
        render_line = self.render_line
        out = [styled(render_line(y), y) for y in crop.line_range]
        width = self.region.width
        if crop.column_span != (0, width):
            x1, x2 = crop.column_span
            out = [strip.crop(x1, x2) for strip in out]
        return out

    def prestyle(self, strips: list[Strip]) -> None:
        """Style lines ahead of their frame (while the reader is idle)."""
        if self._plain_gutter() and self.region.width:
            styled = self._styler()
            for strip in strips:
                styled(strip, 0)

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        """Textual's own property, creating a ``QuickScrollBar`` instead."""
        if self._vertical_scrollbar is None:
            bar = QuickScrollBar(vertical=True, name="vertical", thickness=self.scrollbar_size_vertical)
            bar.display = False
            self._vertical_scrollbar = bar
            self.app._start_widget(self, bar)
        return self._vertical_scrollbar


class QuickScrollBar(ScrollBar):
    """A scrollbar that keeps its drawn lines while its thumb stays on the same cells."""

    _drawn: tuple[tuple, list[Strip]] | None = None
    _drawn_geometry: tuple | None = None

    def _key(self, crop: Region) -> tuple | None:
        bar = self.render()
        if not isinstance(bar, ScrollBarRender):
            return None
        console = self.app.console
        options = console.options.update_dimensions(self.size.width, self.size.height)
        cells = tuple(seg for part in bar.__rich_console__(console, options)  # Textual's own
                      for seg in part.segments)  # thumb geometry: cheap to compute
        return cells, crop, self.size, self.background_colors, self.get_line_filters()

    def render_lines(self, crop: Region) -> list[Strip]:
        key = self._key(crop)
        if key is None:
            return super().render_lines(crop)
        self._drawn_geometry = self._geometry()
        if self._drawn is not None and self._drawn[0] == key:
            return self._drawn[1]
        lines = super().render_lines(crop)
        self._drawn = (key, lines)
        return lines

    def _geometry(self) -> tuple:
        return self.window_virtual_size, self.window_size, self.position, self.size

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False,
                recompose: bool = False) -> QuickScrollBar:
        """A repaint that would draw exactly what is on screen is skipped (a focus change
        restyles the scrollbars a frame after the change itself)."""
        if not (regions or layout or recompose) and self._drawn is not None and self.is_attached \
                and self._geometry() == self._drawn_geometry:  # a scroll: repaint, no check
            try:
                same = self._key(self._drawn[0][1]) == self._drawn[0]
            except Exception:  # noqa: BLE001 - not ready to draw: let Textual decide
                same = False
            if same:
                return self
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)
