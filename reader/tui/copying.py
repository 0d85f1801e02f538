"""Copying to the clipboard from the reading screen.

Owns: what each copy key copies and the notice that says so. ``ctrl+c`` copies the text
selected with the mouse (Textual's selection, ``text_selection.py``); ``c`` the paragraph
at the top of the text pane, ``C`` the section being read (its heading and subsections,
like ``speech-reader convert --section``), ``y`` the figure stepped to with ``}`` ``{`` (or
else the first one on screen, which is then marked). Everything is copied in the script
shown, through Textual's ``App.copy_to_clipboard`` (OSC 52 to the terminal; the browser's
clipboard when served). An empty text is never copied: the clipboard keeps what it held.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from ..document.export import section_text

if TYPE_CHECKING:
    from .reading_screen import ReadingScreen

LARGE = 100_000  # characters: more than some terminals pass through OSC 52


def copy_text(screen: Screen[Any], text: str, what: str) -> None:
    """Put ``text`` on the clipboard and say what and how much; nothing when it is empty."""
    if not text:
        screen.notify(f"nothing to copy: {what} is empty", timeout=3)
        return
    screen.app.copy_to_clipboard(text)
    note = f"copied {what}: {len(text):,} characters"
    if len(text) > LARGE:
        screen.notify(f"{note} (some terminals take less through the clipboard escape)",
                      severity="warning", timeout=5)
    else:
        screen.notify(note, timeout=3)


def copy_selection(screen: ReadingScreen) -> bool:
    """``ctrl+c``: the selected text. False when nothing is selected (the key goes on to
    Textual's own binding)."""
    text = screen.get_selected_text()
    if text is None:
        return False
    copy_text(screen, text, "the selection")
    return True


def copy_part(screen: ReadingScreen, what: str) -> None:
    """``what``: ``paragraph``, ``section`` or ``figure``."""
    model, text = screen.model, screen.text_pane
    if not model.paragraphs:
        screen.notify("nothing to copy: the document is empty", timeout=3)
        return
    if what == "paragraph":
        copy_text(screen, model.para_text(text.top_para), "the paragraph")
    elif what == "section":
        if not model.nodes:
            copy_text(screen, "\n".join(model.para_text(p) for p in range(len(model.paragraphs))),
                      "the document")
            return
        node = model.nodes[screen.current_node]
        body = section_text(screen.analysis, node, model.script).rstrip("\n")
        copy_text(screen, body, f"section {model.label(node)}")
    else:
        k = text.current_figure
        if k is None:
            k = model.figure_after(model.paragraphs[text.top_para].start)
            if k >= len(screen.analysis.figures):
                screen.notify("no figure on screen or after it", timeout=3)
                return
            text.show_figure(k)  # marked, and brought on screen if it is below
        para = model.figure_para(k)
        found = [(s, e) for s, e, _, j in model.figures_in(para) if j == k]
        shown = model.para_text(para)[found[0][0] : found[0][1]] if found else ""
        copy_text(screen, shown, "the figure")
