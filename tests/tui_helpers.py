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


def check_consistent(app: ReaderApp, key: str) -> None:
    """What must hold after any key: the outline cursor and the top paragraph are in range,
    the status line names the section being read, and (reading in the text pane) the
    outline marks that section or a section that holds it."""
    reading = app.reading
    model, text, outline = reading.model, reading.text_pane, reading.outline_pane
    assert 0 <= text.top_para < len(model.paragraphs), key
    assert 0 <= round(text.scroll_y) <= max(text.max_scroll_y, 0), key
    assert 0 <= outline.cursor < len(outline.rows), key
    shown = model.ancestors(model.node_at(text.top_para))
    assert reading.current_node in shown, key
    status = str(app.query_one("#status").render()) if app.screen is reading else ""
    if status and not status.startswith(("outline width", "building")):
        node = model.nodes[reading.current_node]
        prefix = f"§ {reading.current_node + 1}/{len(model.nodes)} "
        assert prefix in status, key
        label = status.split(prefix, 1)[1].split(" │ ")[0]  # cut to fit a narrow screen
        assert label and model.label(node).startswith(label.removesuffix("…")), key
    if app.screen is reading and text.has_focus and (outline.only is None or set(shown) & outline.only):
        assert outline.cursor_k in shown, key  # (narrowed to a speaker, another's text has no row)


async def wait_whole(app: ReaderApp, pilot, timeout: float = 120.0) -> None:
    """Wait until a large document's whole has arrived (its thread is not a Textual worker)."""
    import time

    deadline = time.monotonic() + timeout
    while app.pending_text is not None:
        assert time.monotonic() < deadline, "the whole document never arrived"
        await pilot.pause(0.05)
    await app.workers.wait_for_complete()  # the search over the whole, if any
    await pilot.pause()
