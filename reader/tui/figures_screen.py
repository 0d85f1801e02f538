"""The figures table (``f``, or ``F`` for the current section): every figure with its kind,
section and a few characters of context; in text order at first, sortable by column
(``s`` steps through the columns, up and down, and back to text order), filterable by the
kinds present (``k``); ``enter`` jumps to the figure in the text; ``c`` copies the figure
under the cursor.

Owns: which figures are listed and in what order. The table (``RowTable``) draws only the
rows on screen, each built from its figure when first drawn: a million figures open at
once. Filtering and sorting a large list run in a background thread (the title says
"sorting…" meanwhile, the keys keep working); a small list is done at once. On the
beginning of a large document the title says the figures are those of the beginning, and
``show_model`` lists the whole when it arrives.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from ..document.model import Node
from ..document.numbers import value
from ..document.safe import visible
from ..document.script import convert
from ..kinds import FIGURE_KINDS
from .background import Job, in_background
from .reader_model import ReaderModel
from .row_table import RowTable
from .strings import t

KINDS = ["all", *FIGURE_KINDS]
CONTEXT = 8
COLUMNS = ("figure", "kind", "section", "context")
WIDTHS = (16, 8, 28, 0)  # the kind column widens to its longest label in the UI language
IN_TEXT = -1  # sort_column of the text's own order
AT_ONCE = 20_000  # figures sorted on the UI thread; more go to a background thread


class FiguresScreen(ModalScreen[int | None]):
    """Dismisses with the index of the chosen figure, or None."""

    BINDINGS = [
        Binding("escape,q,f", "dismiss(None)", "Close", id="figures.close"),
        Binding("k", "next_kind", "Kind filter", id="figures.kind"),
        Binding("s", "sort", "Sort", id="figures.sort"),
        Binding("j", "down", "Down", show=False, id="figures.down"),
        Binding("enter", "choose", "Jump", id="figures.jump", priority=True),
        Binding("c", "copy", "Copy figure", id="figures.copy"),
    ]
    COLUMNS = COLUMNS

    def __init__(self, model: ReaderModel, only_node: int | None = None, partial: bool = False) -> None:
        super().__init__()
        self.model = model
        self.only_node = only_node
        self.partial = partial
        self.kind = 0
        self.sort_column = IN_TEXT
        self.reverse = False
        self.sorting = False
        self._job: Job | None = None
        self._kinds: list[str] | None = None
        kind_width = max(cell_len(t(f"kind.{k}")) for k in KINDS)
        self.widths = (WIDTHS[0], max(WIDTHS[1], kind_width), *WIDTHS[2:])
        self._table = RowTable(self._cells, self.widths, id="figures-table")

    # -- which figures ---------------------------------------------------------------
    def _scope(self) -> range:
        """Indices of the figures in scope (figures are in text order)."""
        figures = self.model.analysis.figures
        if self.only_node is None:
            return range(len(figures))
        node = self.model.nodes[self.only_node]
        return range(self.model.figure_after(node.start), self.model.figure_after(node.end))

    def kinds(self) -> list[str]:
        """"all" and the kinds that the figures in scope have (the filter skips the rest)."""
        if self._kinds is None:
            figures = self.model.analysis.figures
            present = {figures[k].kind for k in self._scope()}  # ~60 ms for a million
            self._kinds = ["all", *(k for k in FIGURE_KINDS if k in present)]
        return self._kinds

    def _ordered(self, model: ReaderModel, scope: range, kind: str, column: int,
                 reverse: bool) -> Sequence[int]:
        """The rows: ``scope`` filtered by kind and sorted (any thread: reads only)."""
        figures = model.analysis.figures
        rows: Sequence[int] = scope if kind == "all" else [k for k in scope if figures[k].kind == kind]
        # sorted() is stable, also reversed: figures that tie stay in text order
        if column == 0:
            return sorted(rows, key=lambda k: value(figures[k].text), reverse=reverse)
        if column == 1:
            return sorted(rows, key=lambda k: figures[k].kind, reverse=reverse)
        if column == 2:
            nodes, node_at, para = model.nodes, model.node_at, model.figure_para
            return sorted(rows, key=lambda k: _label(nodes, node_at(para(k))), reverse=reverse)
        if column == 3:
            text = model.analysis.text
            return sorted(rows, key=lambda k: text[max(figures[k].start - CONTEXT, 0):figures[k].end + CONTEXT],
                          reverse=reverse)
        return list(reversed(rows)) if reverse else rows

    def _cells(self, k: int) -> tuple[Text, Text, Text, Text]:
        m = self.model
        f = m.analysis.figures[k]
        k_node = m.node_at(m.figure_para(k))
        section = m.label(m.nodes[k_node]) if k_node >= 0 else ""
        text = m.analysis.text
        before = text[max(f.start - CONTEXT, 0) : f.start].replace("\n", " ")
        after = text[f.end : f.end + CONTEXT].replace("\n", " ")
        context = visible(convert(f"{before}【{f.text}】{after}", m.script))
        return (Text(visible(convert(f.text, m.script)), style="bold"), Text(t(f"kind.{f.kind}")),
                Text(section), Text(context))

    # -- screen ----------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(id="figures-title")
            yield Static(id="figures-header")
            yield self._table
            yield Static(Text(t("figures.help")), id="figures-help")

    def on_mount(self) -> None:
        self._fill()
        self._table.focus()

    def _fill(self) -> None:
        """List the figures for the kind and order chosen (in the background when many)."""
        if self._job is not None:
            self._job.cancel()
        scope, kind, column, reverse = self._scope(), self.kind_name, self.sort_column, self.reverse
        if len(scope) <= AT_ONCE or (column == IN_TEXT and kind == "all"):
            self._show(self._ordered(self.model, scope, kind, column, reverse))
            return
        if not self._table.rows:
            self._table.show_rows(scope)  # in text order at once, while they are sorted
        self.sorting = True
        self._title()
        model = self.model
        self._job = in_background(self.app, lambda: self._ordered(model, scope, kind, column, reverse),
                                  self._show, name="figures-sort")

    def _show(self, rows: Sequence[int]) -> None:
        self._job, self.sorting = None, False
        self._table.show_rows(rows)
        self._title()

    def _title(self) -> None:
        scope = t("figures.scope-section" if self.only_node is not None else "figures.scope-document")
        arrow = "↓" if self.reverse else "↑"
        column = "place" if self.sort_column == IN_TEXT else self.COLUMNS[self.sort_column]
        values = dict(scope=scope, shown=f"{self._table.row_count:,}", kind=t(f"kind.{self.kind_name}"),
                      column=t(f"column.{column}"), arrow=arrow)
        title = t("figures.title-sorting" if self.sorting else "figures.title", **values)
        if self.partial:
            title += t("list.partial")
        self.query_one("#figures-title", Static).update(Text(title, style="bold"))
        header = Text(no_wrap=True)
        for k, (name, width) in enumerate(zip(self.COLUMNS, self.widths, strict=True)):
            label = t(f"column.{name}") + (f" {arrow}" if k == self.sort_column else "")
            if width:
                label += " " * max(width + 1 - cell_len(label), 1)
            header.append(label, "bold underline" if k == self.sort_column else "bold")
        self.query_one("#figures-header", Static).update(header)

    def show_model(self, model: ReaderModel, partial: bool) -> None:
        """The whole document arrived: list its figures (a section: the one at the same place)."""
        if self.only_node is not None:
            start = self.model.nodes[self.only_node].start
            self.only_node = max(model.node_at(model.para_at_offset(start)), 0) if model.nodes else None
        chosen = self.kind_name
        self.model, self.partial, self._kinds = model, partial, None
        kinds = self.kinds()  # the whole may add kinds: keep the one chosen by its name
        self.kind = kinds.index(chosen) if chosen in kinds else 0
        self._table.clear_cache()
        self._fill()

    @property
    def shown(self) -> int:
        return self._table.row_count

    @property
    def kind_name(self) -> str:
        return self.kinds()[self.kind]

    def action_next_kind(self) -> None:
        self.kind = (self.kind + 1) % len(self.kinds())
        self._fill()

    def action_sort(self) -> None:
        """Text order → each column up, then down → text order again."""
        if self.sort_column == IN_TEXT:
            self.sort_column, self.reverse = 0, False
        elif not self.reverse:
            self.reverse = True
        elif self.sort_column + 1 < len(self.COLUMNS):
            self.sort_column, self.reverse = self.sort_column + 1, False
        else:
            self.sort_column, self.reverse = IN_TEXT, False
        self._fill()

    def action_down(self) -> None:
        self._table.action_cursor(1)

    def on_click(self, event: events.Click) -> None:
        if event.widget is not None and event.widget.id == "figures-header":
            column = self._table.column_at(event.x)
            self.reverse = not self.reverse if column == self.sort_column else False
            self.sort_column = column
            self._fill()

    def action_choose(self) -> None:
        self.dismiss(self._table.cursor_id)

    def action_copy(self) -> None:
        from .copying import copy_text

        k = self._table.cursor_id
        if k is not None:
            copy_text(self, visible(convert(self.model.analysis.figures[k].text, self.model.script)),
                      t("copy.figure"))

    @on(RowTable.Chosen)
    def _chosen(self, event: RowTable.Chosen) -> None:
        self.dismiss(event.row_id)


def _label(nodes: list[Node], k: int) -> str:
    return nodes[k].label if k >= 0 else ""
