"""What the reading screen remembers of its document, and when it says it could not.

Owns: the document's ``DocumentState`` seen from the screen — restoring the remembered
position (an offset in the original text; one beyond a large document's beginning waits
for the whole) and script, saving the position, the marks shown in the outline, taking on
a large document's state once its content key is known (``state_known``: what was done
meanwhile is added and saved), and the one report of a state directory that cannot be
written (``saved``: said once, the status line keeps '⚠ in memory only').
``ReadingScreen`` is this screen with the panes and the actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from ..document.model import Analysis
from ..document.script import SCRIPTS
from .outline_view import OutlineView
from .reader_model import ReaderModel
from .state import DocumentState
from .strings import t
from .text_view import TextView


class RememberingScreen(Screen[None]):
    analysis: Analysis
    model: ReaderModel
    state: DocumentState
    fresh: bool
    memory_only: str  # why nothing can be saved ("" while it can)
    outline_pane: OutlineView
    text_pane: TextView

    if TYPE_CHECKING:  # the reading screen's own
        def update_status(self) -> None: ...
        def set_script(self, script: str) -> None: ...

    def state_known(self, key: str | None, restore: bool = True) -> None:
        """A large document's content key is known (``whole.py``): what is remembered of
        it is read, what was done meanwhile (marks, script) is added and saved at once, and
        a remembered position on the beginning is restored (unless ``restore`` is off)."""
        if key is None or self.state.path is not None:
            return
        moved = round(self.text_pane.scroll_y) > 0 or self.state.unsaved
        state = DocumentState(None, key=key)
        state.absorb(self.state)
        self.state = state
        if state.problem:
            self.notify(state.problem, severity="warning", timeout=6)
        if state.unsaved:
            self.saved(state.save())
        self.outline_pane.show_marks(self._mark_paras())
        if restore and not self.fresh and not moved:
            self._restore_script()
            self._restore_position()

    def _mark_paras(self) -> list[int]:
        end = len(self.analysis.text)  # the beginning of a large document: marks on it
        return [self.model.para_at_offset(m["offset"]) for m in self.state.marks if m["offset"] < end]

    def saved(self, problem: str) -> None:
        """The outcome of a write to the state directory: the first failure is said once,
        and the status line keeps saying that the reader works in memory only."""
        if problem and not self.memory_only:
            self.memory_only = problem
            self.notify(t("memory.only", problem=problem),
                        severity="warning", timeout=8)
            if self.is_mounted:  # else on_mount shows the status
                self.update_status()

    def _restore_script(self) -> None:
        saved = self.state.get("script")
        if saved in SCRIPTS and saved != self.model.script:
            self.set_script(saved)

    def _restore_position(self) -> None:
        pos = self.state.get("position")
        if not isinstance(pos, dict):
            return
        offset, para = pos.get("offset"), pos.get("paragraph")
        if isinstance(offset, int) and not isinstance(offset, bool):
            if 0 <= offset < len(self.analysis.text):  # else beyond a large document's start
                self.call_after_refresh(self.text_pane.go_to_offset, offset)
            return
        if isinstance(para, int) and 0 <= para < len(self.model.paragraphs):
            self.call_after_refresh(self.text_pane.go_to_para, para)

    def save_position(self) -> str:
        """Remember where the reader is; a one-line problem, or ""."""
        if not self.model.paragraphs:
            return ""
        para, _ = self.text_pane.position()
        k = self.model.node_at(para)
        path = [self.model.nodes[j].label for j in self.model.ancestors(k)] if k >= 0 else []
        self.state.set("position", {
            "paragraph": para, "offset": self.text_pane.reading_offset(), "section": path,
        })
        return self.state.save()
