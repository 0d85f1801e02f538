"""Every use of Textual's private API, behind one adapter that checks itself.

Owns: the two speed-ups of the panes that need Textual internals, and their checks.

- ``LineCacheView`` (the base of both panes): Textual passes every line a widget draws
  through its styles pipeline (padding, border, tint, background, filters), ~0.1 ms a line,
  and a scroll redraws every line. The panes draw lines from their own LRU caches of
  ``Strip`` objects, so the styled result is memoised per content strip (by identity) for
  as long as the widget's look (size, colours, border, padding) is unchanged. Its vertical
  scrollbar is a ``QuickScrollBar``: a scroll that leaves the thumb on the same cells draws
  nothing new, and a repaint that would draw what is on screen is skipped.
- ``update_scrollbars``: a refined content length updates the scrollbar in the same frame
  instead of through a layout pass, which would repaint a frame later.

The private names, each checked once at import (``PROBLEMS`` says what is missing):

- ``textual._styles_cache.StylesCache.render_line``: its parameter names, in order, are the
  13 this module passes positionally; a new widget's ``_styles_cache`` is a ``StylesCache``.
- ``Widget._vertical_scrollbar`` (``None`` on a new widget), ``Widget.vertical_scrollbar``
  (a property) and ``App._start_widget(parent, widget)``: how Textual makes a scrollbar.
- ``Widget._scroll_update(virtual_size)``.

A check that fails switches its feature off, and the panes use Textual's public drawing
(``Widget.render_lines``, Textual's own ``ScrollBar``, assigning ``virtual_size``): slower,
never broken. ``SPEECH_READER_PUBLIC_DRAWING=1`` switches all of them off (CI runs the pane
tests that way); ``tests/test_textual_adapter.py`` checks the fast path draws exactly what
Textual's own drawing does.
"""

from __future__ import annotations

import inspect
import os
from collections import OrderedDict
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from rich.segment import Segments
from rich.style import Style
from textual.app import App
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar, ScrollBarRender
from textual.strip import Strip
from textual.widget import Widget

FINAL_CACHE = 4000
ENV_PUBLIC = "SPEECH_READER_PUBLIC_DRAWING"
RENDER_LINE_PARAMS = (
    "self", "styles", "y", "size", "content_size", "padding", "base_background", "background",
    "render_content_line", "border_title", "border_subtitle", "opacity", "ansi_theme", "native_ansi",
)


def _params(func: object) -> tuple[str, ...] | None:
    try:
        return tuple(inspect.signature(func).parameters)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def check_styled_lines(cache_class: object, widget: object) -> str:
    """'' when ``StylesCache.render_line`` takes the arguments this module passes."""
    params = _params(getattr(cache_class, "render_line", None))
    if params != RENDER_LINE_PARAMS:
        return f"StylesCache.render_line takes {params}, expected {RENDER_LINE_PARAMS}"
    if not isinstance(getattr(widget, "_styles_cache", None), cache_class):  # type: ignore[arg-type]
        return "a widget has no _styles_cache"
    return ""


def check_scrollbar(widget_class: object, app_class: object, widget: object) -> str:
    """'' when a widget's vertical scrollbar is made the way ``LineCacheView`` replaces."""
    if not isinstance(getattr(widget_class, "vertical_scrollbar", None), property):
        return "Widget.vertical_scrollbar is not a property"
    if getattr(widget, "_vertical_scrollbar", False) is not None:
        return "a new widget has no _vertical_scrollbar = None"
    if _params(getattr(app_class, "_start_widget", None)) != ("self", "parent", "widget"):
        return "App._start_widget(parent, widget) is missing"
    return ""


def check_scroll_update(widget_class: object) -> str:
    if _params(getattr(widget_class, "_scroll_update", None)) != ("self", "virtual_size"):
        return "Widget._scroll_update(virtual_size) is missing"
    return ""


def _check() -> dict[str, str]:
    try:
        from textual import _styles_cache
    except ImportError:
        cache_class: object = None
    else:
        cache_class = getattr(_styles_cache, "StylesCache", None)
    probe = Widget()
    return {
        "styled lines": check_styled_lines(cache_class, probe),
        "quick scrollbar": check_scrollbar(Widget, App, probe),
        "scrollbar update": check_scroll_update(Widget),
    }


PUBLIC_DRAWING = os.environ.get(ENV_PUBLIC, "") not in ("", "0")
PROBLEMS = _check()
STYLED_LINES = not PUBLIC_DRAWING and not PROBLEMS["styled lines"]
QUICK_SCROLLBAR = not PUBLIC_DRAWING and not PROBLEMS["quick scrollbar"]
SCROLLBAR_UPDATE = not PUBLIC_DRAWING and not PROBLEMS["scrollbar update"]


def active() -> dict[str, bool]:
    """Which fast paths are on (for logs, tests and benchmarks)."""
    return {"styled lines": STYLED_LINES, "quick scrollbar": QUICK_SCROLLBAR,
            "scrollbar update": SCROLLBAR_UPDATE}


@lru_cache(maxsize=64)
def blank(width: int, style: Style) -> Strip:
    """One blank strip per (width, style): the same object each frame, so its styled line
    is found in the cache."""
    return Strip.blank(width, style)


def update_scrollbars(view: ScrollView, size: Size) -> None:
    """A new virtual size of which only the length changed: the scrollbar follows in this
    frame (or, on the public path, after Textual's layout pass)."""
    if SCROLLBAR_UPDATE:
        view.set_reactive(ScrollView.virtual_size, size)
        view._scroll_update(size)
    else:
        view.virtual_size = size


class LineCacheView(ScrollView):
    """A Line-API scroll view whose ``render_line`` returns cached strips.

    Widgets with a top or bottom border or padding, or a border title, take Textual's
    ordinary path (the line index matters there), as does everything when ``STYLED_LINES``
    is off."""

    _final: OrderedDict[int, tuple[Strip, Strip]]
    _final_look: tuple[object, ...] | None = None

    def _plain_gutter(self) -> bool:
        gutter = self.styles.gutter
        return STYLED_LINES and not (gutter.top or gutter.bottom or self.border_title is not None
                                     or self.border_subtitle is not None or self.BLANK)

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
        """Textual's own property, creating a ``QuickScrollBar`` instead (when checked)."""
        if not QUICK_SCROLLBAR:
            return super().vertical_scrollbar
        if self._vertical_scrollbar is None:
            bar = QuickScrollBar(vertical=True, name="vertical", thickness=self.scrollbar_size_vertical)
            bar.display = False
            self._vertical_scrollbar = bar
            self.app._start_widget(self, bar)
        return self._vertical_scrollbar


class QuickScrollBar(ScrollBar):
    """A scrollbar that keeps its drawn lines while its thumb stays on the same cells."""

    _drawn: tuple[tuple[Any, ...], list[Strip]] | None = None
    _drawn_geometry: tuple[Any, ...] | None = None

    def _key(self, crop: Region) -> tuple[Any, ...] | None:
        bar = self.render()
        if not isinstance(bar, ScrollBarRender):
            return None
        console = self.app.console
        options = console.options.update_dimensions(self.size.width, self.size.height)
        cells = tuple(seg for part in bar.__rich_console__(console, options)  # Textual's own
                      if isinstance(part, Segments)  # thumb geometry: cheap to compute
                      for seg in part.segments)
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

    def _geometry(self) -> tuple[Any, ...]:
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
        super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)
        return self
