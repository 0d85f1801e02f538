"""The memoised line styling (``reader/tui/textual_adapter.py``) draws exactly what Textual's own
pipeline draws, in both panes and their scrollbars, before and after focus, theme and
scroll changes."""

from __future__ import annotations

from rich.segment import Segment
from textual.geometry import Region
from textual.scrollbar import ScrollBar
from tui_helpers import REPORT, make_app

from reader.tui.textual_adapter import QuickScrollBar


def cells(strips) -> list[list[tuple[str, object]]]:
    return [[(ch, seg.style) for seg in strip for ch in seg.text] for strip in strips]


def textual_lines(widget, crop: Region):
    widget._styles_cache.clear()
    return widget._styles_cache.render_widget(widget, crop)


def assert_same_as_textual(widget) -> None:
    width, height = widget.region.size
    for crop in (Region(0, 0, width, height), Region(2, 3, width - 5, 4)):
        ours = widget.render_lines(crop)
        theirs = textual_lines(widget, crop)
        assert cells(ours) == cells(theirs)


async def test_panes_draw_what_textual_draws():
    app = make_app(REPORT)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("]", "]", "j", "j")
        await pilot.pause()
        assert_same_as_textual(app.reading.text_pane)
        assert_same_as_textual(app.reading.outline_pane)
        await pilot.press("tab", "down", "down")  # focus: border colour, tint, cursor style
        await pilot.pause()
        assert_same_as_textual(app.reading.text_pane)
        assert_same_as_textual(app.reading.outline_pane)
        app.theme = "textual-light"
        await pilot.pause()
        assert_same_as_textual(app.reading.text_pane)
        assert_same_as_textual(app.reading.outline_pane)


async def test_styled_lines_are_reused_while_the_look_is_unchanged():
    app = make_app(REPORT)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.reading.text_pane
        crop = Region(0, 0, *view.region.size)
        first = view.render_lines(crop)
        assert [a is b for a, b in zip(first, view.render_lines(crop), strict=True)] == [True] * len(first)
        await pilot.press("tab")  # the text pane loses focus: its border changes colour
        await pilot.pause()
        again = view.render_lines(crop)
        assert cells(again) == cells(textual_lines(view, crop))


async def test_quick_scrollbar_matches_textual_and_skips_unchanged_thumbs():
    app = make_app(REPORT)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        bar = app.reading.text_pane.vertical_scrollbar
        assert isinstance(bar, QuickScrollBar)
        crop = Region(0, 0, *bar.region.size)
        for _ in range(6):
            ours = bar.render_lines(crop)
            bar._styles_cache.clear()
            theirs = ScrollBar.render_lines(bar, crop)
            assert cells(ours) == cells(theirs)
            await pilot.press("pagedown", "pagedown", "pagedown")
            await pilot.pause()
        assert bar.render_lines(crop) is bar.render_lines(crop)
        assert any(seg.text.strip() or seg.style.reverse for strip in ours for seg in strip
                   if isinstance(seg, Segment))  # a thumb is drawn


async def test_quick_scrollbar_skips_a_repaint_that_would_draw_the_same():
    app = make_app(REPORT)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        bar = app.reading.text_pane.vertical_scrollbar
        crop = Region(0, 0, *bar.region.size)
        bar.render_lines(crop)
        bar._dirty_regions.clear()
        bar.refresh()  # nothing changed: no dirty region
        assert not bar._dirty_regions
        bar.set_reactive(type(bar).position, bar.position + 40)  # the thumb moves
        bar.refresh()
        assert bar._dirty_regions
