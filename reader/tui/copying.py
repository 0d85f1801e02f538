"""Copying to the clipboard from the reading screen.

Owns: what each copy key copies and the notice that says so. ``ctrl+c`` copies the text
selected with the mouse (Textual's selection, ``text_selection.py``); ``c`` the paragraph
at the top of the text pane, ``C`` the section being read (its heading and subsections,
like ``speech-reader convert --section``), ``y`` the figure stepped to with ``}`` ``{`` (or
else the first one on screen, which is then marked). Everything is copied in the script
shown, through Textual's ``App.copy_to_clipboard`` (OSC 52 to the terminal; the browser's
clipboard when served). An empty text is never copied: the clipboard keeps what it held.
``CopyActions`` are the reading screen's actions for these keys (and ``E``, the section
export of ``section_export.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from textual.actions import SkipAction
from textual.screen import Screen

from .strings import t

if TYPE_CHECKING:
    from .reading_screen import ReadingScreen

LARGE = 100_000  # characters: more than some terminals pass through OSC 52


def copy_text(screen: Screen[Any], text: str, what: str) -> None:
    """Put ``text`` on the clipboard and say what and how much; nothing when it is empty."""
    if not text:
        screen.notify(t("copy.empty", what=what), timeout=3)
        return
    screen.app.copy_to_clipboard(text)
    note = t("copy.done", what=what, count=f"{len(text):,}")
    if len(text) > LARGE:
        screen.notify(t("copy.large", note=note), severity="warning", timeout=5)
    else:
        screen.notify(note, timeout=3)


def copy_selection(screen: ReadingScreen) -> bool:
    """``ctrl+c``: the selected text. False when nothing is selected (the key goes on to
    Textual's own binding)."""
    text = screen.get_selected_text()
    if text is None:
        return False
    copy_text(screen, text, t("copy.selection"))
    return True


def copy_part(screen: ReadingScreen, what: str) -> None:
    """``what``: ``paragraph``, ``section`` or ``figure``."""
    model, text = screen.model, screen.text_pane
    if not model.paragraphs:
        screen.notify(t("copy.empty-document"), timeout=3)
        return
    if what == "paragraph":
        copy_text(screen, model.para_text(text.top_para), t("copy.paragraph"))
    elif what == "section":
        if not model.nodes:
            copy_text(screen, "\n".join(model.para_text(p) for p in range(len(model.paragraphs))),
                      t("copy.document"))
            return
        from ..document.export import section_text

        node = model.nodes[screen.current_node]
        body = section_text(screen.analysis, node, model.script).rstrip("\n")
        copy_text(screen, body, t("copy.section", label=model.label(node)))
    else:
        k = text.current_figure
        if k is not None and not text.on_screen(model.figure_para(k)):
            k = None  # scrolled away from it: the first figure from the top of the screen
        if k is None:
            k = model.figure_after(text.reading_offset())
            if k >= len(screen.analysis.figures):
                screen.notify(t("copy.no-figure"), timeout=3)
                return
            text.show_figure(k)  # marked, and brought on screen if it is below
        para = model.figure_para(k)
        found = [(s, e) for s, e, _, j in model.figures_in(para) if j == k]
        shown = model.para_text(para)[found[0][0] : found[0][1]] if found else ""
        copy_text(screen, shown, t("copy.figure"))


class CopyActions:
    """The reading screen's copy and section-export actions (a base of ``ReadingScreen``)."""

    def _reading(self) -> ReadingScreen:
        return cast("ReadingScreen", self)

    def action_copy_text(self) -> None:
        """Textual's ``ctrl+c``: the selection, never an empty one (else Textual's binding)."""
        if not copy_selection(self._reading()):
            raise SkipAction()

    def action_copy(self, what: str) -> None:
        copy_part(self._reading(), what)

    def action_export_section(self) -> None:
        from .section_export import export_section

        export_section(self._reading())
