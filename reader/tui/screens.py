"""Small modal screens of the reader: help (Markdown from help.md, or help.zh-Hant.md or
help.zh-Hans.md in a Chinese UI, plus the generated key table) and a one-line prompt (a
mark's name, an answer); and ``SafeInput``, the input line both the prompt and the search
line use."""

from __future__ import annotations

from importlib import resources

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from ..document.safe import visible
from .bindings import key_display
from .strings import t, ui


def help_markdown(bindings: list[Binding], keymap: dict[str, str]) -> str:
    text = (resources.files("reader.tui") / ui.help_file()).read_text(encoding="utf-8")
    rows = [""]  # a list, one line a key (a table drew a rule between rows: twice as long)
    for b in bindings:
        keys = " ".join(f"`{k}`" for k in key_display(keymap.get(b.id or "", b.key)).split(" "))
        rows.append(f"- {keys} — {t(f'key.{b.id}')} · `{b.id}`")
    return text + "\n".join(rows) + "\n"


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
        Binding("j,down", "scroll('down')", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll('up')", "Up", show=False, id="help.up"),
        Binding("space,pagedown,f", "scroll('page_down')", "Page down", show=False, id="help.page-down"),
        Binding("b,pageup", "scroll('page_up')", "Page up", show=False, id="help.page-up"),
        Binding("g,home", "scroll('home')", "Top", show=False, id="help.top"),
        Binding("G,end", "scroll('end')", "Bottom", show=False, id="help.bottom"),
    ]

    def __init__(self, bindings: list[Binding], keymap: dict[str, str]) -> None:
        super().__init__()
        self._markdown = help_markdown(bindings, keymap)

    def compose(self) -> ComposeResult:
        from textual.widgets import Markdown  # markdown-it costs ~50 ms: load it on demand

        with VerticalScroll():
            yield Markdown(self._markdown)

    def action_scroll(self, direction: str) -> None:
        view = self.query_one(VerticalScroll)
        move = {
            "down": view.scroll_down, "up": view.scroll_up, "page_down": view.scroll_page_down,
            "page_up": view.scroll_page_up, "home": view.scroll_home, "end": view.scroll_end,
        }[direction]
        move(animate=False)


class SafeInput(Input):
    """Textual's input line, but what is typed or pasted goes through the one sanitiser:
    a pasted escape sequence is shown as its stand-ins, never sent to the terminal."""

    def replace(self, text: str, start: int, end: int) -> None:
        super().replace(visible(text), start, end)


class PromptScreen(ModalScreen[str | None]):
    """One line of input: dismisses with the text, or None on escape."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="prompt.cancel")]

    def __init__(self, question: str, value: str = "", placeholder: str = "") -> None:
        super().__init__()
        self._question = question
        self._value = value
        self._placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(visible(self._question), style="bold"))
            yield SafeInput(value=visible(self._value), placeholder=visible(self._placeholder))

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)
