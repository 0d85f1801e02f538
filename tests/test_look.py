"""Reading without colour (issue 13, item 5): under NO_COLOR and in the high-contrast theme
each figure kind has a text style of its own; the high-contrast theme has a contrast of at
least 7:1 (WCAG AAA) for the text, every highlight and the status line."""

from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

import pytest
from textual.color import Color
from tui_helpers import SEED, make_app

from reader.document import analyze_path
from reader.kinds import FIGURE_CUES, FIGURE_KINDS
from reader.tui.app import ReaderApp
from reader.tui.look import HIGH_CONTRAST
from reader.tui.state import load_settings

SIZE = (120, 40)
ROOT = Path(__file__).resolve().parent.parent


def cue(style) -> tuple[bool, bool, bool]:
    return bool(style.bold), bool(style.italic), bool(style.underline)


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two colours."""
    def luminance(c: Color) -> float:
        def channel(v: int) -> float:
            s = v / 255
            return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_stylesheet_gives_each_kind_its_listed_cue():
    css = (ROOT / "reader" / "tui" / "reader.tcss").read_text(encoding="utf-8")
    rules = dict(re.findall(r"TextView\.-cues > \.text-view--fig-([a-z]+) \{ text-style: ([a-z ]+); \}", css))
    assert rules == FIGURE_CUES
    assert set(FIGURE_CUES) == set(FIGURE_KINDS)
    assert len(set(FIGURE_CUES.values())) == len(FIGURE_KINDS)


async def test_no_color_tells_every_figure_kind_apart_by_style(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=SIZE):
        text = app.reading.text_pane
        assert app.no_color and text.has_class("-cues")
        cues = {kind: cue(text._style(f"fig-{kind}")) for kind in FIGURE_KINDS}
        for a, b in combinations(FIGURE_KINDS, 2):
            assert cues[a] != cues[b], (a, b)
        for kind, style in FIGURE_CUES.items():
            assert cues[kind] == ("bold" in style, "italic" in style, "underline" in style)
        # as drawn: the first figure on screen carries its kind's cue
        model = app.reading.model
        para = text.top_para
        start, end, kind, _ = model.figures_in(para)[0]
        figure = model.para_text(para)[start:end]
        line = text.render_line(0)
        styled = [seg for seg in line if seg.text and seg.text in figure]
        assert styled and all(cue(seg.style) == cues[kind] for seg in styled)


async def test_colour_alone_without_no_color():
    app = make_app()
    async with app.run_test(size=SIZE):
        assert not app.no_color and not app.reading.text_pane.has_class("-cues")


async def test_high_contrast_theme_cues_and_contrast():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert HIGH_CONTRAST in app.available_themes
        app.theme = HIGH_CONTRAST
        await pilot.pause()
        text = app.reading.text_pane
        assert text.has_class("-cues")
        background = text.background_colors[1]
        foreground = Color.from_rich_color(text.rich_style.color)
        assert contrast(foreground, background) >= 7
        for name in [f"fig-{k}" for k in FIGURE_KINDS] + ["speaker", "heading", "quote"]:
            color = text._style(name).color
            if color is not None:
                assert contrast(Color.from_rich_color(color), background) >= 7, name
        status = app.reading.query_one("#status")
        assert status.styles.color.a == 1  # no alpha blending it into the background
        assert contrast(status.styles.color, status.styles.background) >= 7
        app.theme = "textual-dark"
        await pilot.pause()
        assert not text.has_class("-cues")


@pytest.mark.parametrize("theme", [HIGH_CONTRAST])
async def test_the_theme_is_remembered(tmp_path, monkeypatch, theme):
    monkeypatch.setenv("SPEECH_READER_STATE_DIR", str(tmp_path))
    app = ReaderApp(analyze_path(str(SEED)))
    async with app.run_test(size=SIZE) as pilot:
        app.theme = theme
        await pilot.press("q")
    assert load_settings()[0]["theme"] == theme
    again = ReaderApp(analyze_path(str(SEED)))
    async with again.run_test(size=SIZE):
        assert again.theme == theme and again.reading.text_pane.has_class("-cues")
