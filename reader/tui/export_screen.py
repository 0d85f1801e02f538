"""Exporting the outline as Markdown (``e``): where to, and never over a file unasked.

Owns: the export's dialogue and the write. ``ExportScreen`` asks for a path (next to the
document by default), asks again before overwriting a file that exists, writes atomically
and dismisses with the line to tell the reader (None when cancelled). What is written is
``content`` (a subclass exports something else: ``section_export.py``).
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.widgets import Input, Static

from ..document.model import Analysis
from .screens import PromptScreen
from .state import write_text_atomic


def default_export_path(analysis: Analysis) -> Path:
    """``NAME.outline.md`` beside the document, or ``outline.md`` here (standard input)."""
    name = analysis.document.name
    if name and name != "standard input" and Path(name).parent.is_dir():
        return Path(name).with_suffix(".outline.md")
    return Path.cwd() / "outline.md"


class ExportScreen(PromptScreen):
    what = "outline"

    def __init__(self, analysis: Analysis, script: str, default: Path | None = None,
                 question: str = "Export the outline as Markdown to:") -> None:
        super().__init__(question, str(default or default_export_path(analysis)))
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
        target = Path(event.value.strip()).expanduser()
        if not target.exists():
            self.dismiss(self._write(target))
            return
        self.target = target
        self.query_one(Static).update(Text(f"{target} exists — type yes to overwrite", style="bold"))
        box = self.query_one(Input)
        box.value = ""
        box.placeholder = "yes, or anything else to keep it"

    def content(self, target: Path) -> str:
        """What is written to ``target``."""
        from ..document.export import outline_markdown

        return outline_markdown(self.analysis, self.script)

    def _write(self, target: Path) -> str:
        try:
            write_text_atomic(target, self.content(target))
        except OSError as exc:
            return f"could not write {target}: {exc.strerror}"
        return f"{self.what} written to {target}"
