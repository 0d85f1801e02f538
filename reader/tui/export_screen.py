"""Exporting the outline as Markdown (``e``): where to, and never over a file unasked.

Owns: the export's dialogue and the write. ``ExportScreen`` asks for a path (next to the
document by default), asks again before overwriting a file that exists, writes atomically
and dismisses with the line to tell the reader (None when cancelled).
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.widgets import Input, Static

from ..document.model import Analysis
from ..document.safe import shown_name
from .screens import PromptScreen
from .state import write_text_atomic


def default_export_path(analysis: Analysis) -> Path:
    """``NAME.outline.md`` beside the document, or ``outline.md`` here (standard input)."""
    name = analysis.document.name
    if name and name != "standard input" and Path(name).parent.is_dir():
        return Path(name).with_suffix(".outline.md")
    return Path.cwd() / "outline.md"


class ExportScreen(PromptScreen):
    def __init__(self, analysis: Analysis, script: str) -> None:
        self.default = default_export_path(analysis)
        self.shown_default = shown_name(self.default)  # what the line shows: never raw escapes
        super().__init__("Export the outline as Markdown to:", self.shown_default)
        self.analysis = analysis
        self.script = script
        self.target: Path | None = None  # a file that exists, once the reader chose it

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.prevent_default()  # not PromptScreen's: this screen answers itself
        if self.target is not None:  # the answer to "overwrite?"
            self.dismiss(self._write(self.target) if event.value.strip() == "yes" else "not exported")
            return
        if not event.value.strip():
            self.dismiss(None)
            return
        value = event.value.strip()
        target = self.default if value == self.shown_default.strip() else Path(value).expanduser()
        if not target.exists():
            self.dismiss(self._write(target))
            return
        self.target = target
        self.query_one(Static).update(Text(f"{shown_name(target)} exists — type yes to overwrite", style="bold"))
        box = self.query_one(Input)
        box.value = ""
        box.placeholder = "yes, or anything else to keep it"

    def _write(self, target: Path) -> str:
        from ..document.export import outline_markdown

        try:
            write_text_atomic(target, outline_markdown(self.analysis, self.script))
        except OSError as exc:
            return f"could not write {shown_name(target)}: {exc.strerror}"
        return f"outline written to {shown_name(target)}"
