"""Regression guard (not timing-based): opening a 10 MB document wraps and renders work
proportional to the screen, not to the document."""

from __future__ import annotations

import sys
from pathlib import Path

from reader.cli import first_screen
from reader.document import analyze_text
from reader.tui.app import ReaderApp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from make_docs import build  # noqa: E402


async def test_opening_ten_megabytes_wraps_only_what_is_seen():
    text = build(10_000_000)
    first, rest = first_screen(text)
    assert rest
    app = ReaderApp(analyze_text(first), remember=False, full_text=text)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.text
        assert view.rows.wraps_done <= 40  # a 40-row screen holds at most 40 paragraphs
        assert view.strips_built <= 2 * 40
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.model.paragraphs) > 20_000  # the whole document is now in
        assert view.rows.wraps_done <= 80
        await pilot.press("pagedown", "pagedown", "]", "]", "G")
        await pilot.pause()
        assert view.rows.wraps_done <= 200
        assert len(app.outline.loaded) < 3000
