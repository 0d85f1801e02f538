"""The reader's look without colour: the high-contrast theme and the figures' style cues.

Owns: ``HIGH_CONTRAST`` (a theme registered with the app: chosen in the command palette like
any other, and remembered), and when the text pane tells figures apart by style as well as
by colour (its ``-cues`` class): under ``NO_COLOR`` (which Textual turns into shades of
grey) and in the high-contrast theme. The styles are in ``reader.tcss`` (``TextView.-cues``),
one per kind, as ``reader/kinds.py`` ``FIGURE_CUES`` lists them for the help.
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.theme import Theme

HIGH_CONTRAST = "speech-reader-high-contrast"

HIGH_CONTRAST_THEME = Theme(
    name=HIGH_CONTRAST,
    primary="#5FD7FF",
    secondary="#FF87FF",
    accent="#FFFF00",
    warning="#FFAF00",
    error="#FF6E6E",
    success="#5FFF5F",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1C1C1C",
    dark=True,
    luminosity_spread=0.1,
    text_alpha=1.0,
    variables={
        "text-muted": "#FFFFFF",
        "foreground-muted": "#FFFFFF",
        "block-cursor-foreground": "#000000",
        "block-cursor-background": "#FFFF00",
        "block-cursor-blurred-background": "#5FD7FF",
        "block-cursor-blurred-foreground": "#000000",
        "screen-selection-background": "#FFFFFF",
        "screen-selection-foreground": "#000000",
        "footer-key-foreground": "#FFFF00",
        "footer-description-foreground": "#FFFFFF",
    },
)


def register_themes(app: App[Any]) -> None:
    app.register_theme(HIGH_CONTRAST_THEME)


def wants_cues(app: App[Any]) -> bool:
    """Should figures be told apart without colour (``NO_COLOR``, or the high-contrast theme)?"""
    return app.no_color or app.theme == HIGH_CONTRAST
