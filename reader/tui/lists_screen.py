"""List screens: marks (``'``) and skim mode (``s``). Each dismisses with the paragraph to
jump to, or None.

Owns: what each list shows. The rows are drawn by a ``RowTable`` (Line API): a row's line is
built when it is first drawn, so skimming a document of a hundred thousand sections opens
at once. On the beginning of a large document the title says so, and ``show_model`` shows
the whole when it arrives.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from ..document import detect
from ..document.model import Node
from ..kinds import node_marker
from .reader_model import ReaderModel
from .row_table import RowTable
from .strings import t

R = TypeVar("R")


class RowListScreen(ModalScreen[R]):
    """A titled list drawn by a ``RowTable``; choosing a row dismisses with ``result(row_id)``.
    Subclasses give the bindings (each screen's keys have their own ids)."""

    def __init__(self, title: str, rows: Sequence[int], line: Callable[[int], Text], empty: str,
                 partial: bool = False, start: int = 0) -> None:
        """``line(row_id)``: the row's text; ``empty``: what is said when there is no row;
        ``start``: the row the cursor starts on."""
        super().__init__()
        self._title, self._empty, self.partial, self._start = title, empty, partial, start
        self._rows, self._line = rows, line
        self.table = RowTable(lambda row_id: (self._line(row_id),), (0,))

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self._title_text(), classes="list-title")
            yield self.table
            yield Static(Text(self._empty), classes="list-empty")

    def _title_text(self) -> Text:
        return Text(self._title + (t("list.partial") if self.partial else ""), style="bold")

    def on_mount(self) -> None:
        self._show()
        if 0 < self._start < len(self._rows):
            self.table.move_cursor(self._start)
        self.table.focus()

    def _show(self) -> None:
        self.table.show_rows(self._rows)
        self.table.display = bool(self._rows)
        self.query_one(".list-empty", Static).display = not self._rows
        self.query_one(".list-title", Static).update(self._title_text())

    def action_cursor(self, step: int) -> None:
        self.table.action_cursor(step)

    def result(self, row_id: int) -> R:
        raise NotImplementedError

    @on(RowTable.Chosen)
    def _chosen(self, event: RowTable.Chosen) -> None:
        self.dismiss(self.result(event.row_id))


class ListScreen(RowListScreen[int | None]):
    """A titled list; each row id stands for a paragraph (``para(row_id)``)."""

    BINDINGS = [
        Binding("escape,q", "dismiss(None)", "Close", id="list.close"),
        Binding("j", "cursor(1)", "Down", show=False, id="list.down"),
        Binding("k", "cursor(-1)", "Up", show=False, id="list.up"),
    ]

    def __init__(self, title: str, rows: Sequence[int], line: Callable[[int], Text],
                 para: Callable[[int], int], empty: str, partial: bool = False,
                 remake: Callable[[ReaderModel], ListScreen] | None = None, start: int = 0) -> None:
        """``para(row_id)``: the paragraph a row stands for; ``remake(model)``: the same list
        of another model (for ``show_model``)."""
        super().__init__(title, rows, line, empty, partial, start)
        self._para, self._remake = para, remake

    def result(self, row_id: int) -> int | None:
        return self._para(row_id)

    def show_model(self, model: ReaderModel, partial: bool) -> None:
        """The whole document arrived: the same list of it."""
        if self._remake is not None:
            other = self._remake(model)
            self._rows, self._line, self._para = other._rows, other._line, other._para
            self.partial = partial
            self.table.clear_cache()
            self._show()


class MarksScreen(ListScreen):
    """The marks list: ``d`` removes the mark under the cursor (``remove(offset)``)."""

    BINDINGS = [
        *ListScreen.BINDINGS,
        Binding("d,delete", "remove", "Remove mark", id="marks.remove"),
    ]

    def __init__(self, shown: list[dict[str, Any]], remove: Callable[[int], None], *args: Any,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._shown, self._remove = shown, remove

    def action_remove(self) -> None:
        i = self.table.cursor_id
        if i is None:
            return
        offset = self._shown.pop(i)["offset"]
        self._remove(offset)
        self._rows = range(len(self._shown))
        self.table.clear_cache()
        self._show()
        if self._shown:
            self.table.move_cursor(min(i, len(self._shown) - 1))
        self.notify(t("marks.removed"), timeout=2)


def marks_screen(model: ReaderModel, marks: list[dict[str, Any]], partial: bool = False,
                 remove: Callable[[int], None] | None = None) -> ListScreen:
    end = len(model.analysis.text)
    shown = sorted((m for m in marks if m["offset"] < end), key=lambda m: m["offset"]) if model.paragraphs else []

    def line(i: int) -> Text:
        mark = shown[i]
        para = model.para_at_offset(mark["offset"])
        k = model.node_at(para)
        section = model.label(model.nodes[k]) if k >= 0 else ""
        name = mark.get("name") or "·"
        snippet = detect.clip(model.para_text(para), 30)
        return Text.assemble((f" {name} ", "bold reverse"), f" {section} — ", snippet)

    args = (t("marks.title"), range(len(shown)), line, lambda i: model.para_at_offset(shown[i]["offset"]),
            t("marks.empty"), partial, lambda other: marks_screen(other, marks, remove=remove))
    return MarksScreen(shown, remove, *args) if remove is not None else ListScreen(*args)


def skim_screen(model: ReaderModel, partial: bool = False, current: int = 0) -> ListScreen:
    """Every section in one line: its label, its figures (before the lead, so a long lead
    never hides them) and its lead sentence; the cursor starts on the section ``current``."""

    def line(k: int) -> Text:
        node = model.nodes[k]
        marker, style = node_marker(node.kind)
        figs = [model.para_text(model.figure_para(f))[s:e] for f, (s, e) in _own_figures(model, node)][:6]
        text = Text.assemble("  " * (node.level - 1), (marker + " ", style), (model.label(node), "bold"))
        if figs:
            text.append("  ")
            text.append(" ".join(figs), "bold yellow")
        lead = _lead(model, node)
        if lead:
            text.append(f"  {lead}", "dim")
        return text

    return ListScreen(t("skim.title"),
                      range(len(model.nodes)), line, lambda k: model.nodes[k].first_para,
                      t("skim.empty"), partial, skim_screen, current)


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
    if label and sentence.startswith(label):  # the label again: only what follows it
        sentence = sentence[len(label) :].lstrip(LEAD_PUNCTUATION)
    return detect.clip(sentence, 40)


LEAD_PUNCTUATION = " ,，:：︰﹕、;；.。!！?？—-\u3000"


def _own_figures(model: ReaderModel, node: Node) -> list[tuple[int, tuple[int, int]]]:
    out = []
    end = node.children[0].first_para if node.children else node.last_para
    for para in range(node.first_para, min(end, node.first_para + 3)):
        for s, e, _, k in model.figures_in(para):
            out.append((k, (s, e)))
    return out
