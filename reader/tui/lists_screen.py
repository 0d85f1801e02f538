"""List screens: marks (``'``) and skim mode (``s``). Each dismisses with the paragraph to
jump to, or None."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..document import detect
from ..document.model import Node
from ..kinds import node_marker
from .reader_model import ReaderModel
from .strings import t


class Options(OptionList):
    """An option list that ignores page keys while it has no room for a row (Textual's
    fails then: a list screen in a terminal of 8 rows or fewer)."""

    def action_page_down(self) -> None:
        if self.scrollable_content_region.height > 0:
            super().action_page_down()

    def action_page_up(self) -> None:
        if self.scrollable_content_region.height > 0:
            super().action_page_up()


class ListScreen(ModalScreen[int | None]):
    """A titled option list whose option ids are paragraph indices."""

    BINDINGS = [
        Binding("escape,q", "dismiss(None)", "Close", id="list.close"),
        Binding("j", "cursor('down')", "Down", show=False, id="list.down"),
        Binding("k", "cursor('up')", "Up", show=False, id="list.up"),
    ]

    def __init__(self, title: str, options: list[tuple[int, Text]], empty: str) -> None:
        super().__init__()
        self._title = title
        self._options = options
        self._empty = empty

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self._title, style="bold"), classes="list-title")
            if self._options:
                yield Options(*(Option(text, id=str(para)) for para, text in self._options))
            else:
                yield Static(Text(self._empty))

    def on_mount(self) -> None:
        for widget in self.query(OptionList):
            widget.focus()

    def action_cursor(self, direction: str) -> None:
        for widget in self.query(OptionList):
            (widget.action_cursor_down if direction == "down" else widget.action_cursor_up)()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or 0))


def marks_screen(model: ReaderModel, marks: list[dict[str, Any]]) -> ListScreen:
    options = []
    for mark in sorted(marks, key=lambda m: m["offset"]) if model.paragraphs else []:
        para = model.para_at_offset(mark["offset"])
        k = model.node_at(para)
        section = model.label(model.nodes[k]) if k >= 0 else ""
        name = mark.get("name") or "·"
        snippet = detect.clip(model.para_text(para), 30)
        options.append((para, Text.assemble((f" {name} ", "bold reverse"), f" {section} — ", snippet)))
    return ListScreen(t("marks.title"), options, t("marks.empty"))


def skim_screen(model: ReaderModel) -> ListScreen:
    """Every section in one line: its label, its lead sentence and its figures."""
    options = []
    for node in model.nodes:
        marker, style = node_marker(node.kind)
        para = node.first_para
        lead = _lead(model, node)
        figs = [model.para_text(model.figure_para(k))[s:e] for k, (s, e) in _own_figures(model, node)][:6]
        line = Text.assemble("  " * (node.level - 1), (marker + " ", style), (model.label(node), "bold"))
        if lead and lead != model.label(node):
            line.append(f"  {lead}", "dim")
        if figs:
            line.append("  ")
            line.append(" ".join(figs), "bold yellow")
        options.append((para, line))
    return ListScreen(t("skim.title"), options, t("skim.empty"))


def _lead(model: ReaderModel, node: Node) -> str:
    """The first sentence of a section's text (after a heading line of its own)."""
    text = model.para_text(node.first_para)
    label = model.label(node).rstrip("…")
    if len(text) <= len(label) + 2 and node.first_para + 1 < node.last_para:
        text = model.para_text(node.first_para + 1)
    sentence = detect.first_sentence(text)
    if label and sentence.startswith(label[:6]) and len(sentence) <= len(label) + 2:
        rest = text[len(sentence) + 1 :]
        sentence = detect.first_sentence(rest) if rest else ""
    return detect.clip(sentence, 40)


def _own_figures(model: ReaderModel, node: Node) -> list[tuple[int, tuple[int, int]]]:
    out = []
    end = node.children[0].first_para if node.children else node.last_para
    for para in range(node.first_para, min(end, node.first_para + 3)):
        for s, e, _, k in model.figures_in(para):
            out.append((k, (s, e)))
    return out
