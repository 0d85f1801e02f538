"""Every key of the reader as a ``Binding`` with an id.

The reader's keys are bindings of the app (so they work from either pane and the search
line); the actions on the document are the reading screen's (``screen.…``).

Ids are stable (``reader.next-section`` …) so a user can remap any key in
``keymap.json`` in the config directory: ``{"reader.next-section": "right_square_bracket,n"}``.
The help screen and the command palette are generated from these lists; ``keymap.py``
reads and checks the keymap file.
"""

from __future__ import annotations

from textual.binding import Binding

APP_BINDINGS = [
    Binding("question_mark", "help", "Help", id="reader.help"),
    Binding("q", "quit", "Quit", id="reader.quit"),
    Binding("ctrl+z", "suspend_process", "Suspend", id="reader.suspend", show=False),
    Binding("tab", "screen.switch_pane", "Pane", id="reader.switch-pane", priority=True),
    Binding("right_square_bracket,L", "screen.next_section", "Next §", id="reader.next-section"),
    Binding("left_square_bracket,H", "screen.prev_section", "Prev §", id="reader.prev-section", show=False),
    Binding("right_curly_bracket", "screen.next_figure", "Next figure", id="reader.next-figure"),
    Binding("left_curly_bracket", "screen.prev_figure", "Prev figure", id="reader.prev-figure", show=False),
    Binding("1", "screen.depth(1)", "Depth 1", id="reader.depth-1", show=False),
    Binding("2", "screen.depth(2)", "Depth 2", id="reader.depth-2", show=False),
    Binding("3", "screen.depth(3)", "Depth 3", id="reader.depth-3", show=False),
    Binding("4", "screen.depth(4)", "Depth 4", id="reader.depth-4", show=False),
    Binding("t", "screen.toggle_script", "繁/简", id="reader.toggle-script"),
    Binding("T", "screen.cycle_script", "Script", id="reader.cycle-script", show=False),
    Binding("slash", "screen.search", "Search", id="reader.search"),
    Binding("n", "screen.next_match", "Next match", id="reader.next-match", show=False),
    Binding("N", "screen.prev_match", "Prev match", id="reader.prev-match", show=False),
    Binding("escape", "screen.clear", "Clear", id="reader.clear", show=False),
    Binding("o", "screen.toggle_outline", "Outline", id="reader.toggle-outline"),
    Binding("f", "screen.figures", "Figures", id="reader.figures"),
    Binding("F", "screen.figures(True)", "Figures in section", id="reader.figures-section", show=False),
    Binding("s", "screen.skim", "Skim", id="reader.skim"),
    Binding("m", "screen.mark", "Mark", id="reader.mark", show=False),
    Binding("apostrophe", "screen.marks", "Marks", id="reader.marks", show=False),
    Binding("e", "screen.export", "Export", id="reader.export", show=False),
    Binding("E", "screen.export_section", "Export section", id="reader.export-section", show=False),
    Binding("c", "screen.copy('paragraph')", "Copy paragraph", id="reader.copy-paragraph", show=False),
    Binding("C", "screen.copy('section')", "Copy section", id="reader.copy-section", show=False),
    Binding("y", "screen.copy('figure')", "Copy figure", id="reader.copy-figure", show=False),
    Binding("w", "screen.speakers", "Who spoke", id="reader.speakers", show=False),
    Binding("W", "screen.narrow_speaker", "Only this speaker", id="reader.narrow-speaker", show=False),
    Binding("r", "recent", "Recent documents", id="reader.recent", show=False),
    Binding("less_than_sign", "outline_width(-1)", "Narrower outline", id="reader.outline-narrower", show=False),
    Binding("greater_than_sign", "outline_width(1)", "Wider outline", id="reader.outline-wider", show=False),
]

TEXT_BINDINGS = [
    Binding("j,down", "line_down", "Down", id="text.down", show=False),
    Binding("k,up", "line_up", "Up", id="text.up", show=False),
    Binding("space,pagedown", "page_down", "Page down", id="text.page-down", show=False),
    Binding("b,pageup", "page_up", "Page up", id="text.page-up", show=False),
    Binding("g,home", "top", "Top", id="text.top", show=False),
    Binding("G,end", "bottom", "Bottom", id="text.bottom", show=False),
]

OUTLINE_BINDINGS = [
    Binding("j,down", "cursor_down", "Down", id="outline.down", show=False),
    Binding("k,up", "cursor_up", "Up", id="outline.up", show=False),
    Binding("h,left", "collapse_or_parent", "Collapse", id="outline.collapse", show=False),
    Binding("l,right", "expand", "Expand", id="outline.expand", show=False),
    Binding("enter", "open", "Open", id="outline.open", show=False),
    Binding("space,pagedown", "page_down", "Page down", id="outline.page-down", show=False),
    Binding("b,pageup", "page_up", "Page up", id="outline.page-up", show=False),
    Binding("g,home", "first", "Top", id="outline.top", show=False),
    Binding("G,end", "last", "Bottom", id="outline.bottom", show=False),
]

ALL_BINDINGS = APP_BINDINGS + TEXT_BINDINGS + OUTLINE_BINDINGS


def key_display(keys: str) -> str:
    names = {
        "right_square_bracket": "]", "left_square_bracket": "[", "right_curly_bracket": "}",
        "left_curly_bracket": "{", "question_mark": "?", "slash": "/", "space": "space",
        "apostrophe": "'", "less_than_sign": "<", "greater_than_sign": ">",
    }
    return " ".join(names.get(k, k) for k in keys.split(","))
