"""Regression guard (not timing-based): opening a 10 MB document wraps and renders work
proportional to the screen, not to the document."""

from __future__ import annotations

from big_docs import build
from tui_helpers import wait_whole

from reader.cli import first_screen
from reader.document import analyze_text
from reader.tui.app import ReaderApp


async def test_opening_ten_megabytes_wraps_only_what_is_seen():
    text = build(10_000_000)
    first, rest = first_screen(text)
    assert rest
    app = ReaderApp(analyze_text(first), remember=False, full_text=text)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.reading.text_pane
        assert view.row_map.wraps_done <= 40  # a 40-row screen holds at most 40 paragraphs
        assert view.strips_built <= 2 * 40
        await wait_whole(app, pilot)
        assert app.reading.model.paragraphs[-1].end > len(text.rstrip()) - 200  # the whole document is in
        assert len(app.reading.model.paragraphs) > 10 * len(analyze_text(first).paragraphs)
        assert view.row_map.wraps_done <= 80
        await pilot.press("pagedown", "pagedown", "]", "]", "G")
        await pilot.pause()
        assert view.row_map.wraps_done <= 200
        assert len(app.reading.outline_pane.rows) < 3000


async def test_script_toggle_redraws_one_screen_of_outline_and_text():
    text = build(10_000_000)
    app = ReaderApp(analyze_text(text), remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("tab", *["down"] * 60)
        await pilot.pause()
        outline_before, wraps_before = app.reading.outline_pane.strips_built, app.reading.text_pane.row_map.wraps_done
        await pilot.press("t")
        await pilot.pause()
        assert app.reading.model.script == "traditional"
        assert app.reading.outline_pane.strips_built - outline_before <= 40  # one screen of labels
        assert app.reading.text_pane.row_map.wraps_done - wraps_before <= 40  # one screen of paragraphs
        await pilot.press("down")
        await pilot.pause()
        assert app.reading.outline_pane.strips_built - outline_before <= 40 + 3  # a cursor move: two rows


async def test_idle_warming_prepares_neighbours_and_never_moves_the_text():
    from tui_helpers import screen_text

    app = ReaderApp(analyze_text(build(1_000_000)), remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("tab", "G", "k", "k")  # far down: nothing above is wrapped
        await pilot.pause(0.2)  # idle: the rows around the cursor are prepared
        shown, wraps = screen_text(app), app.reading.text_pane.row_map.wraps_done
        for k in range(0, app.reading.outline_pane.cursor_k, 7):  # warm sections above the top
            app.reading.text_pane.warm(app.reading.model.nodes[k].first_para)
        assert app.reading.text_pane.row_map.wraps_done > wraps
        assert screen_text(app) == shown  # row numbers shifted, the text did not
        wraps = app.reading.text_pane.row_map.wraps_done
        await pilot.press("down")
        await pilot.pause()
        assert app.reading.text_pane.row_map.wraps_done == wraps  # the next section was ready
        assert screen_text(app).startswith(app.reading.model.para_text(app.reading.model.nodes[app.reading.outline_pane.cursor_k].first_para)[:10])
