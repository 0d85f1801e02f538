"""SVG snapshots of the main screens (pytest-textual-snapshot), drawn with the Textual
version the test extra pins; with any other version installed (CI's lowest and newest
allowed Textual) they are skipped.

Refresh after a deliberate visual change with ``UPDATE_GOLDEN=1 pytest tests/test_snapshots.py``
and review the report.
"""

from __future__ import annotations

import pytest
from conftest import PINNED_TEXTUAL, TEXTUAL
from tui_helpers import make_app

pytestmark = pytest.mark.skipif(
    TEXTUAL != PINNED_TEXTUAL,
    reason=f"snapshots are drawn with textual {PINNED_TEXTUAL}; {TEXTUAL} is installed")

SIZE = (120, 40)
SETTLE = "wait:150"  # let a jump's last frame (scrollbar thumb) land before the picture


@pytest.fixture(autouse=True)
def no_idle_warming(monkeypatch):
    """Idle warming after a jump refines the row estimates, which moves the scrollbar thumb
    by a cell or two depending on when the snapshot is taken: keep it out of the pictures."""
    monkeypatch.setattr("reader.tui.reading_screen.WARM_DELAY", 3600)


def test_start_screen(snap_compare):
    assert snap_compare(make_app(), terminal_size=SIZE)


def test_second_half_selected(snap_compare):
    assert snap_compare(make_app(), terminal_size=SIZE, press=["tab", "G", "enter", SETTLE])


def test_simplified(snap_compare):
    assert snap_compare(make_app(), terminal_size=SIZE, press=["]", "]", "t", SETTLE])


def test_search_active(snap_compare):
    async def search(pilot):
        await pilot.press("slash", *"学校", "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=search)


def test_help(snap_compare):
    assert snap_compare(make_app(), terminal_size=SIZE, press=["question_mark"])


def test_small_terminal(snap_compare):
    assert snap_compare(make_app(), terminal_size=(60, 20))


def test_small_terminal_with_outline_overlay(snap_compare):
    assert snap_compare(make_app(), terminal_size=(60, 20), press=["o"])


def test_no_color(snap_compare, monkeypatch):
    """NO_COLOR: shades of grey, and each figure kind in its own text style."""
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(make_app(), terminal_size=SIZE, press=[*"]" * 13, SETTLE])  # many figures


def test_high_contrast_theme(snap_compare):
    from reader.tui.look import HIGH_CONTRAST

    async def high_contrast(pilot):
        pilot.app.theme = HIGH_CONTRAST
        await pilot.press(*"]" * 13, SETTLE)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=high_contrast)


def test_speakers_view(snap_compare):
    from tui_helpers import ROOT

    app = make_app(ROOT / "sample_docs" / "news_briefing_report.txt")
    assert snap_compare(app, terminal_size=SIZE, press=["w", "j", SETTLE])


def test_outline_narrowed_to_one_speaker(snap_compare):
    from tui_helpers import ROOT

    app = make_app(ROOT / "sample_docs" / "news_briefing_report.txt")
    assert snap_compare(app, terminal_size=SIZE, press=["w", "n", SETTLE])


def test_ui_in_traditional_chinese(snap_compare):
    """The key bar and the status line in Traditional Chinese."""
    assert snap_compare(make_app(lang="zh-Hant"), terminal_size=SIZE)


def test_ui_in_simplified_chinese(snap_compare):
    """A Chinese UI follows the script toggle: the text and the UI in Simplified."""
    assert snap_compare(make_app(lang="zh-Hant"), terminal_size=SIZE, press=["t", SETTLE])
