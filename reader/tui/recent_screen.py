"""The recent documents in the reader (``r``): a list, and the chosen one opened here.

Owns: the list screen of recent documents (newest first; a file that is gone is shown as
such and not opened) and loading the chosen file in a background thread — read, decoded
and its first screen analysed as the command line does — before the app shows it in place
of the document read (``ReaderApp.show_document``; a large file's whole follows as usual).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from rich.text import Text

from ..document.load import LoadError
from ..document.model import Analysis
from ..document.safe import shown_name, visible
from .background import in_background
from .lists_screen import ListScreen
from .recent import exists, load_recent
from .strings import t

if TYPE_CHECKING:
    from .app import ReaderApp


def recent_screen(entries: list[dict[str, Any]], current: str | None) -> ListScreen:
    def line(i: int) -> Text:
        entry = entries[i]
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(entry["when"]))
        gone = not exists(entry)
        text = Text.assemble((f"{when}  ", "dim"), (visible(entry["title"]) or "—", "dim" if gone else "bold"))
        if entry["section"]:
            text.append(f"  § {visible(entry['section'])}")
        text.append(f"  {shown_name(entry['path'])}", "dim")
        if gone:
            text.append(t("recent.gone-mark"), "bold")
        elif entry["path"] == current:
            text.append(t("recent.reading-mark"), "italic")
        return text

    return ListScreen(t("recent.title"), range(len(entries)), line, lambda i: i, t("recent.empty"))


def choose_recent(app: ReaderApp) -> None:
    """Show the recent list; the chosen document is loaded and shown in this reader."""
    entries, problem = load_recent() if app.remember else ([], "")  # told to remember nothing
    if problem:
        app.notify(problem, severity="warning", timeout=6)

    def chosen(i: int | None) -> None:
        if i is None:
            return
        path = entries[i]["path"]
        if path == app.source:
            return
        if not exists(entries[i]):
            app.notify(t("recent.gone", name=shown_name(path)), severity="warning", timeout=4)
            return
        app.reading.show_status(t("recent.opening", name=shown_name(path)))
        in_background(app, lambda: load(path), lambda got: opened(app, path, got), name="open-recent")

    app.push_screen(recent_screen(entries, app.source), chosen)


def load(path: str) -> tuple[Analysis | None, str | None, str]:
    """(the analysis of the first screen, the whole text when there is more, a problem)."""
    from ..cli import first_screen
    from ..document import analyze_text
    from ..document.load import decode_document, read_source

    try:
        decoded = decode_document(read_source(path), path)
        first, rest = first_screen(decoded.text)
        return analyze_text(first, path, decoded.encoding), decoded.text if rest else None, ""
    except LoadError as exc:
        return None, None, t("recent.open-failed", name=shown_name(path), reason=exc)
    except MemoryError:
        return None, None, t("recent.open-failed", name=shown_name(path), reason=t("recent.no-memory"))


def opened(app: ReaderApp, path: str, got: tuple[Analysis | None, str | None, str]) -> None:
    analysis, full_text, problem = got
    if analysis is None:
        app.notify(problem, severity="error", timeout=6)
        app.reading.update_status()
        return
    app.show_document(analysis, full_text, path)
