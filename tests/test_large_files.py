"""Issue 12, item 8: a large file before its whole outline arrives. Marks and the position
made meanwhile are saved and survive the swap; quitting does not wait for the analysis and
saves the position; views of the beginning say so and update when the whole arrives."""

from __future__ import annotations

import json
import threading
import time

import pytest
from big_docs import build
from tui_helpers import wait_whole

import reader.document
from reader.cli import first_screen
from reader.document import analyze_text
from reader.tui.app import ReaderApp
from reader.tui.state import DocumentState, content_key

SIZE = (120, 40)


@pytest.fixture(scope="module")
def big() -> tuple[str, str]:
    text = build(2_000_000)
    first, rest = first_screen(text)
    assert rest
    return text, first


@pytest.fixture
def held(monkeypatch):
    """The whole document's analysis waits until the test lets it go."""
    release = threading.Event()
    real = reader.document.analyze_text

    def slow(*args, **kwargs):
        release.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(reader.document, "analyze_text", slow)
    yield release
    release.set()


def on_disk(tmp_path, text: str) -> dict:
    return json.loads((tmp_path / "documents" / f"{content_key(text)}.json").read_text("utf-8"))


async def state_known(app: ReaderApp, pilot) -> None:
    deadline = time.monotonic() + 30
    while app.reading.state.path is None:
        assert time.monotonic() < deadline
        await pilot.pause(0.05)


async def test_a_mark_made_before_the_whole_arrives_is_saved_and_survives(tmp_path, monkeypatch, big, held):
    text, first = big
    monkeypatch.setenv("SPEECH_READER_STATE_DIR", str(tmp_path))
    app = ReaderApp(analyze_text(first), full_text=text)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("]", "]", "m", "a", "enter")  # perhaps before the document is known
        await state_known(app, pilot)
        offset = app.reading.state.marks[0]["offset"]
        assert on_disk(tmp_path, text)["marks"] == [{"offset": offset, "name": "a"}]  # saved already
        assert "the beginning" in str(app.reading.query_one("#status").render())
        held.set()
        await wait_whole(app, pilot)
        assert app.reading.state.marks == [{"offset": offset, "name": "a"}]
        node = app.reading.model.node_at(app.reading.model.para_at_offset(offset))
        assert node in app.reading.outline_pane.marked
        assert "the beginning" not in str(app.reading.query_one("#status").render())
        await pilot.press("]", "q")
    assert on_disk(tmp_path, text)["marks"] == [{"offset": offset, "name": "a"}]


async def test_quitting_before_the_whole_arrives_saves_the_position_at_once(tmp_path, monkeypatch, big, held):
    text, first = big
    monkeypatch.setenv("SPEECH_READER_STATE_DIR", str(tmp_path))
    app = ReaderApp(analyze_text(first), full_text=text)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("]", "]", "]")
        para = app.reading.text_pane.top_para
        offset = app.reading.model.paragraphs[para].start
        started = time.monotonic()
        await pilot.press("q")
    assert time.monotonic() - started < 5  # the analysis is still held: not waited for
    assert on_disk(tmp_path, text)["position"]["offset"] == offset
    reopened = DocumentState(text, tmp_path)
    assert reopened.get("position")["paragraph"] == para
