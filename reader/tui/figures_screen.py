"""The figures table (``f``, or ``F`` for the current section): every figure with its kind,
section and a few characters of context; sortable by column, filterable by kind; ``enter``
jumps to the figure in the text; ``c`` copies the figure under the cursor."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from ..document.safe import visible
from ..document.script import convert
from ..kinds import FIGURE_KINDS
from .reader_model import ReaderModel
from .strings import t

KINDS = ["all", *FIGURE_KINDS]
CONTEXT = 8


class FiguresScreen(ModalScreen[int | None]):
    """Dismisses with the index of the chosen figure, or None."""

    BINDINGS = [
        Binding("escape,q,f", "dismiss(None)", "Close", id="figures.close"),
        Binding("k", "next_kind", "Kind filter", id="figures.kind"),
        Binding("s", "sort", "Sort", id="figures.sort"),
        Binding("enter", "choose", "Jump", id="figures.jump", priority=True),
        Binding("c", "copy", "Copy figure", id="figures.copy"),
    ]
    COLUMNS = ("figure", "kind", "section", "context")

    def __init__(self, model: ReaderModel, only_node: int | None = None) -> None:
        super().__init__()
        self.model = model
        self.only_node = only_node
        self.kind = 0
        self.sort_column = 0
        self.reverse = False
        self.rows = self._rows()

    def _rows(self) -> list[tuple[int, str, str, str, str]]:
        m = self.model
        text = m.analysis.text
        lo, hi = 0, len(text)
        if self.only_node is not None:
            node = m.nodes[self.only_node]
            lo, hi = node.start, node.end
        rows = []
        for k, f in enumerate(m.analysis.figures):
            if not lo <= f.start < hi:
                continue
            para = m.figure_para(k)
            k_node = m.node_at(para)
            section = m.label(m.nodes[k_node]) if k_node >= 0 else ""
            before = text[max(f.start - CONTEXT, 0) : f.start].replace("\n", " ")
            after = text[f.end : f.end + CONTEXT].replace("\n", " ")
            context = visible(convert(f"{before}【{f.text}】{after}", m.script))
            rows.append((k, visible(convert(f.text, m.script)), f.kind, section, context))
        return rows

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(id="figures-title")
            yield DataTable(id="figures-table", cursor_type="row", zebra_stripes=True)
            yield Static(Text(t("figures.help")),
                         id="figures-help")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for name in self.COLUMNS:
            table.add_column(t(f"column.{name}"), key=name)
        self._fill()
        table.focus()

    def _visible_rows(self) -> list[tuple[int, str, str, str, str]]:
        kind = KINDS[self.kind]
        rows = [r for r in self.rows if kind == "all" or r[2] == kind]
        col = self.sort_column + 1
        if self.sort_column == 0:
            rows.sort(key=lambda r: (_number(r[1]), r[0]), reverse=self.reverse)
        else:
            rows.sort(key=lambda r: (r[col], r[0]), reverse=self.reverse)
        return rows

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        rows = self._visible_rows()
        for k, value, kind, section, context in rows:
            table.add_row(Text(value), t(f"kind.{kind}"), Text(section), Text(context), key=str(k))
        scope = t("figures.scope-section" if self.only_node is not None else "figures.scope-document")
        arrow = "↓" if self.reverse else "↑"
        self.query_one("#figures-title", Static).update(Text(t(
            "figures.title", scope=scope, shown=len(rows), kind=t(f"kind.{KINDS[self.kind]}"),
            column=t(f"column.{self.COLUMNS[self.sort_column]}"), arrow=arrow), style="bold"))

    @property
    def shown(self) -> int:
        return self.query_one(DataTable).row_count

    def action_next_kind(self) -> None:
        self.kind = (self.kind + 1) % len(KINDS)
        self._fill()

    def action_sort(self) -> None:
        if self.reverse:
            self.sort_column = (self.sort_column + 1) % len(self.COLUMNS)
        self.reverse = not self.reverse
        self._fill()

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        column = self.COLUMNS.index(str(event.column_key.value))
        self.reverse = not self.reverse if column == self.sort_column else False
        self.sort_column = column
        self._fill()

    def action_choose(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count == 0:
            self.dismiss(None)
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        self.dismiss(int(str(key.value)))

    def action_copy(self) -> None:
        from .copying import copy_text

        table = self.query_one(DataTable)
        if table.row_count:
            copy_text(self, str(table.get_row_at(table.cursor_row)[0]), t("copy.figure"))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.dismiss(int(str(event.row_key.value)))


def _number(value: str) -> float:
    digits = "".join(c for c in value.translate(_FULL) if c.isdigit() or c == ".")
    try:
        return float(digits.strip(".") or "inf")
    except ValueError:
        return float("inf")


_FULL = str.maketrans("０１２３４５６７８９．", "0123456789.")
