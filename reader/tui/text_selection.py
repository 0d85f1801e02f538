"""Text selection in the text pane, with Textual's own selection mechanism.

Owns: what the offsets on the text pane's lines mean and how a selection becomes text.
Textual finds the character under the mouse from an ``offset`` in the style meta of each
drawn segment (``Strip.apply_offsets``) and keeps the selection as two ``Offset`` s per
widget. In the text pane the offset of a character is (its index in the paragraph's shown
text, the paragraph's index): not the row on screen, so a selection means the same text
after the pane is re-wrapped (another width) or the paragraphs above it are measured. The
blank row after a paragraph carries the paragraph's end. Selected text is the text as
shown (in the reader's script), paragraphs joined by a newline, wrapped lines joined
without one.
"""

from __future__ import annotations

from textual.selection import Selection

from .reader_model import ReaderModel


def selected_span(selection: Selection, para: int, length: int) -> tuple[int, int] | None:
    """The [start, end) characters of paragraph ``para`` (``length`` long) inside
    ``selection``, or None when none of it is."""
    span = selection.get_span(para)
    if span is None:
        return None
    start, end = span
    end = length if end == -1 else min(end, length)
    start = min(max(start, 0), length)
    return (start, end) if end > start else None


def selected_text(model: ReaderModel, selection: Selection) -> str:
    """The text ``selection`` covers, as the pane shows it."""
    count = len(model.paragraphs)
    if not count:
        return ""
    first = 0 if selection.start is None else min(max(selection.start.y, 0), count - 1)
    last = count - 1 if selection.end is None else min(max(selection.end.y, 0), count - 1)
    parts = []
    for para in range(first, last + 1):
        text = model.para_text(para)
        span = selected_span(selection, para, len(text))
        if span is not None:
            parts.append(text[span[0] : span[1]])
    return "\n".join(parts)
