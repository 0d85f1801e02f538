"""Helpers for Pilot tests: build the app on a document, read what the screen shows."""

from __future__ import annotations

from pathlib import Path

from reader.document import analyze_path, analyze_text
from reader.tui.app import ReaderApp

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "reader" / "samples" / "seed.txt"
REPORT = ROOT / "sample_docs" / "02_cn_2015_government_work_report_webpage.txt"


def make_app(path: Path = SEED, **kwargs) -> ReaderApp:
    kwargs.setdefault("remember", False)
    return ReaderApp(analyze_path(str(path)), **kwargs)


def app_for_text(text: str, **kwargs) -> ReaderApp:
    kwargs.setdefault("remember", False)
    return ReaderApp(analyze_text(text), **kwargs)


def screen_text(app: ReaderApp) -> str:
    """The text pane's visible rows as plain text."""
    view = app.reading.text_pane
    height = view.scrollable_content_region.height
    return "\n".join(view.render_line(y).text.rstrip() for y in range(height))


def cursor_label(app: ReaderApp) -> str:
    k = app.reading.outline_pane.cursor_k
    return app.reading.model.nodes[k].label if k is not None else ""
