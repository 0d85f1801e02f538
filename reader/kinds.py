"""The kinds of outline nodes and of figures, defined once for the CLI and the reader.

Owns: the order, marker, style and stylesheet class name of each kind, and each figure
kind's colour-free cue. The node kinds and
their markers come from the engine (``reader/document/model.py`` ``KIND_MARKS``, also used
by the CLI's tree); the figure kinds are the ones the engine's ``figures.py`` gives
(``tests/test_kinds.py`` checks both against the engine's output). The outline pane, the
skim list, the text pane's highlight classes (``reader/tui/reader.tcss``), the figures
table's filter and the CLI's help text all read them from here. No Textual.
"""

from __future__ import annotations

from .document.model import KIND_MARKS

NODE_KINDS: tuple[str, ...] = tuple(KIND_MARKS)
"""preface speaker heading point item paragraphs"""

NODE_MARKERS: dict[str, str] = dict(KIND_MARKS)

NODE_STYLES: dict[str, str] = {
    "preface": "dim", "speaker": "bold red", "heading": "bold cyan", "point": "bold yellow",
    "item": "bold green", "paragraphs": "dim",
}
"""The Rich style of each node kind's marker in the outline and the skim list."""

FIGURE_KINDS: tuple[str, ...] = ("percent", "money", "date", "count", "measure", "number", "chinese")

FIGURE_CUES: dict[str, str] = {
    "percent": "bold underline", "money": "bold italic", "date": "italic", "count": "bold",
    "measure": "bold italic underline", "number": "underline", "chinese": "italic underline",
}
"""How the text pane tells figure kinds apart without colour (``NO_COLOR``, the high-contrast
theme): the text style of each kind in ``reader/tui/reader.tcss`` (``TextView.-cues``)."""


def figure_style(kind: str) -> str:
    """The text pane's style name of a figure kind (``fig-percent``); the stylesheet class
    is ``text-view--fig-percent``."""
    return f"fig-{kind}"


def node_marker(kind: str) -> tuple[str, str]:
    """(marker, Rich style) of a node kind; an unknown kind gets a plain dot."""
    return NODE_MARKERS.get(kind, "·"), NODE_STYLES.get(kind, "")


def legend() -> str:
    """One line naming each node marker (for help texts)."""
    return ", ".join(f"{NODE_MARKERS[k]} {k}" for k in NODE_KINDS)
