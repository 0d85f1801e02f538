"""Issue 12, items 5 and 6: nothing is lost between two readers, and an unwritable state
directory is said at once, once, in the status line."""

from __future__ import annotations

import json

from tui_helpers import SEED

from reader.document import analyze_path
from reader.tui.app import ReaderApp
from reader.tui.state import DocumentState, content_key, load_settings

SIZE = (120, 40)


def status(app: ReaderApp) -> str:
    return str(app.reading.query_one("#status").render())


async def test_two_readers_of_one_document_keep_both_sets_of_marks(tmp_path, monkeypatch):
    monkeypatch.setenv("SPEECH_READER_STATE_DIR", str(tmp_path))
    analysis = analyze_path(str(SEED))
    first, second = ReaderApp(analysis), ReaderApp(analysis)  # both open before either writes
    async with first.run_test(size=SIZE) as pilot:
        await pilot.press("]", "]", "m", "a", "enter", "greater_than_sign")
        await pilot.press("q")
    async with second.run_test(size=SIZE) as pilot:
        await pilot.press("]", "]", "]", "]", "m", "b", "enter")
        last = second.reading.text_pane.top_para
        second.theme = "textual-light"
        await pilot.press("q")
    saved = DocumentState(analysis.text, tmp_path)
    assert sorted(m["name"] for m in saved.marks) == ["a", "b"]
    assert saved.get("position")["paragraph"] == last  # the last reader's position
    settings, problem = load_settings()
    assert not problem and settings["theme"] == "textual-light" and settings["outline_width"] > 38
    assert not list(tmp_path.rglob("*.tmp"))


def test_a_mark_of_the_same_name_in_another_reader_moves_it(tmp_path):
    text = analyze_path(str(SEED)).text
    one, two = DocumentState(text, tmp_path), DocumentState(text, tmp_path)
    one.add_mark(10, "a")
    one.add_mark(20, "")
    assert one.save() == ""
    two.add_mark(30, "a")  # the same name elsewhere: the later one wins
    two.set("script", "simplified")
    assert two.save() == ""
    assert sorted((m["offset"], m["name"]) for m in two.marks) == [(20, ""), (30, "a")]
    on_disk = json.loads((tmp_path / "documents" / f"{content_key(text)}.json").read_text("utf-8"))
    assert on_disk["script"] == "simplified" and len(on_disk["marks"]) == 2


async def test_unwritable_state_directory_is_said_at_once_once_in_the_status_line(tmp_path, monkeypatch, told):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("SPEECH_READER_STATE_DIR", str(blocker / "state"))
    app = ReaderApp(analyze_path(str(SEED)))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert "in memory only" in status(app)  # before anything is marked
        await pilot.press("]", "m", "a", "enter")
        await pilot.pause()
        assert "in memory only" in status(app)
        await pilot.press("]", "m", "b", "enter", "greater_than_sign")
        await pilot.pause()
        messages = told
        assert sum("not writable" in m or "could not save" in m for m in messages) == 1, messages
        assert not any(m.startswith("marked ") and "memory" not in m for m in messages), messages
        assert len(app.reading.state.marks) == 2  # kept in memory
        await pilot.press("apostrophe")
        await pilot.pause()
        assert app.screen is not app.reading


async def test_what_was_good_in_a_file_set_aside_is_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("SPEECH_READER_STATE_DIR", str(tmp_path))
    analysis = analyze_path(str(SEED))
    documents = tmp_path / "documents"
    documents.mkdir()
    bad = documents / f"{content_key(analysis.text)}.json"
    bad.write_text('{"marks": [{"offset": 0, "name": "z"}, {"name": 5}], "script": "simplified"}', "utf-8")
    (tmp_path / "settings.json").write_text('{"theme": ["x"], "outline_width": 46}', "utf-8")
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.reading.model.script == "simplified"
    kept = json.loads(bad.read_text("utf-8"))
    assert kept["marks"] == [{"offset": 0, "name": "z"}] and kept["script"] == "simplified"
    assert json.loads((tmp_path / "settings.json").read_text("utf-8")) == {"outline_width": 46}
    assert len(list(tmp_path.rglob("*.bad-*"))) == 2
