"""The adapter of Textual's internals (``reader/tui/textual_adapter.py``): its checks see a
changed shape, ``SPEECH_READER_PUBLIC_DRAWING=1`` turns every fast path off, the fast paths
draw exactly what Textual's own pipeline draws (both panes and their scrollbars, before and
after focus, theme and scroll changes), and the panes work on the public path."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import PINNED_TEXTUAL, ROOT, TEXTUAL
from rich.segment import Segment
from textual.app import App
from textual.geometry import Region
from textual.scrollbar import ScrollBar
from textual.widget import Widget
from tui_helpers import REPORT, check_consistent, make_app, screen_text

from reader.tui import textual_adapter as adapter
from reader.tui.textual_adapter import QuickScrollBar

FORCED = adapter.PUBLIC_DRAWING
fast_styling = pytest.mark.skipif(not adapter.STYLED_LINES, reason="styled lines on the public path")
fast_scrollbar = pytest.mark.skipif(not adapter.QUICK_SCROLLBAR, reason="Textual's own scrollbar")


class Textual826StylesCache:
    """``StylesCache.render_line`` as Textual 8.2.6 had it: no ``native_ansi``."""

    def render_line(self, styles, y, size, content_size, padding, base_background, background,
                    render_content_line, border_title, border_subtitle, opacity, ansi_theme):
        raise AssertionError("never called")


def test_checks_pass_on_this_textual_and_see_a_changed_shape():
    from textual._styles_cache import StylesCache

    probe = Widget()
    assert adapter.check_styled_lines(StylesCache, probe) == ""
    assert adapter.check_scrollbar(Widget, App, probe) == ""
    assert adapter.check_scroll_update(Widget) == ""
    assert "expected" in adapter.check_styled_lines(Textual826StylesCache, probe)
    assert adapter.check_styled_lines(StylesCache, object())  # no _styles_cache
    assert adapter.check_styled_lines(None, probe)
    assert adapter.check_scrollbar(object, App, probe)
    assert adapter.check_scrollbar(Widget, object, probe)
    assert adapter.check_scroll_update(object)


def test_every_fast_path_is_on_unless_forced_off():
    """On the pinned Textual every check passes; on another (CI's lowest and newest allowed)
    a failed check is reported here as a skip, and the reader draws on the public path."""
    problems = {name: problem for name, problem in adapter.PROBLEMS.items() if problem}
    if TEXTUAL != PINNED_TEXTUAL and problems:
        pytest.skip(f"textual {TEXTUAL}: public drawing for {problems}")
    assert problems == {}
    assert set(adapter.active().values()) == {not FORCED}


@pytest.mark.parametrize("value, forced", [("1", True), ("0", False), ("", False)])
def test_the_environment_forces_public_drawing(value, forced):
    code = "import json, reader.tui.textual_adapter as a; print(json.dumps(a.active()))"
    env = {**os.environ, adapter.ENV_PUBLIC: value}
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    assert set(json.loads(out).values()) == {not forced}


@pytest.fixture
def public_drawing(monkeypatch):
    for flag in ("STYLED_LINES", "QUICK_SCROLLBAR", "SCROLLBAR_UPDATE"):
        monkeypatch.setattr(adapter, flag, False)


async def test_panes_on_the_public_path(public_drawing):
    app = make_app(REPORT)
    async with app.run_test(size=(120, 40)) as pilot:
        reading = app.reading
        text, outline = reading.text_pane, reading.outline_pane
        await pilot.press("pagedown", "pagedown", "]", "j")
        await pilot.pause()
        assert type(text.vertical_scrollbar) is ScrollBar
        assert text.vertical_scrollbar.window_virtual_size == text.virtual_size.height
        assert screen_text(app).strip()
        check_consistent(app, "j")
        await pilot.press("tab", "down", "down", "down")
        await pilot.pause()
        assert screen_text(app).startswith(reading.model.para_text(text.top_para)[:8])
        check_consistent(app, "down")
        assert_same_as_textual(text)
        assert_same_as_textual(outline)


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


@fast_styling
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


@fast_scrollbar
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


@fast_scrollbar
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
