"""Reading comforts as an app mixin: marks, skim mode, the figures table, Markdown export,
outline width. Kept apart from ``app.py`` so each module stays small."""

from __future__ import annotations

from pathlib import Path

from .state import write_text_atomic

# The screens (DataTable, OptionList, Input) are imported when first opened: ~15 ms less
# before the first paint.

WIDTHS = [20, 26, 32, 38, 46, 54, 64]


class ComfortsMixin:
    """Actions of ReaderApp that open screens or write files."""

    # -- marks -----------------------------------------------------------------------
    @property
    def marks(self) -> list[dict]:
        return self.state.get("marks", []) if self.state else self._marks

    def action_mark(self) -> None:
        from .lists_screen import PromptScreen

        def named(name: str | None) -> None:
            if name is None:
                return
            name = name.strip()[:1]
            para = self.text.top_para
            offset = self.model.paragraphs[para].start
            marks = [m for m in self.marks if m["offset"] != offset and (not name or m.get("name") != name)]
            marks.append({"offset": offset, "name": name})
            self._set_marks(marks)
            if self.state:
                self.state.save()
            self.notify(f"marked {name or 'paragraph'}: {self.model.text(para)[:16]}…", timeout=2)

        self.push_screen(PromptScreen("Mark this paragraph — a one-letter name (optional), enter",
                                      placeholder="a–z, or empty"), named)

    def _set_marks(self, marks: list[dict]) -> None:
        if self.state:
            self.state.set("marks", marks)
        else:
            self._marks = marks
        self.outline.marked = {self.model.node_at(self.model.para_at_offset(m["offset"])) for m in marks}
        self.outline.relabel()

    def action_marks(self) -> None:
        from .lists_screen import marks_screen

        self.push_screen(marks_screen(self.model, self.marks), self._jump_to_para)

    def _jump_to_para(self, para: int | None) -> None:
        if para is not None:
            self.text.go_to_para(para)
            self.text.focus(scroll_visible=False)

    # -- skim ------------------------------------------------------------------------
    def action_skim(self) -> None:
        from .lists_screen import skim_screen

        self.push_screen(skim_screen(self.model), self._jump_to_para)

    # -- figures ---------------------------------------------------------------------
    def action_figures(self, section: bool = False) -> None:
        from .figures_screen import FiguresScreen

        node = self.current_node if section and self.model.nodes else None

        def chosen(k: int | None) -> None:
            if k is not None:
                self.text.current_figure = k
                self.text.invalidate()
                self.text.go_to_para(self.model.figure_para(k))
                self.text.focus(scroll_visible=False)

        self.push_screen(FiguresScreen(self.model, node), chosen)

    # -- export ----------------------------------------------------------------------
    def default_export_path(self) -> Path:
        name = self.analysis.document.name
        if name and name != "standard input" and Path(name).parent.is_dir():
            return Path(name).with_suffix(".outline.md")
        return Path.cwd() / "outline.md"

    def action_export(self) -> None:
        from .lists_screen import PromptScreen

        def to(path: str | None) -> None:
            if not path:
                return
            target = Path(path).expanduser()
            if target.exists():
                self.push_screen(PromptScreen(f"{target} exists — type yes to overwrite"),
                                 lambda answer: self._write_export(target) if answer == "yes" else
                                 self.notify("not exported", timeout=2))
                return
            self._write_export(target)

        self.push_screen(PromptScreen("Export the outline as Markdown to:", str(self.default_export_path())), to)

    def _write_export(self, target: Path) -> None:
        from ..document.export import outline_markdown

        try:
            write_text_atomic(target, outline_markdown(self.analysis, self.model.script))
        except OSError as exc:
            self.notify(f"could not write {target}: {exc.strerror}", severity="error", timeout=5)
            return
        self.notify(f"outline written to {target}", timeout=4)

    # -- layout ----------------------------------------------------------------------
    def action_outline_width(self, step: int) -> None:
        current = self.outline.styles.width.value if self.outline.styles.width else 38
        k = min(range(len(WIDTHS)), key=lambda i: abs(WIDTHS[i] - current))
        width = WIDTHS[max(0, min(len(WIDTHS) - 1, k + step))]
        self.set_outline_width(width)
        self.settings["outline_width"] = width
        self.save_settings()

    def set_outline_width(self, width: int) -> None:
        self.outline.styles.width = width
        self._set_status(f"outline width {width}")
