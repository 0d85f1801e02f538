"""The reader under fire: resizes from 200×60 to 20×5 and back, a seeded storm of 2,000
random keys, and the state file written atomically and read tolerantly."""

from __future__ import annotations

import json
import random

from textual import events
from tui_helpers import REPORT, check_consistent, make_app

from reader.document import analyze_path, analyze_text
from reader.tui.app import ReaderApp
from reader.tui.bindings import ALL_BINDINGS
from reader.tui.state import DocumentState, read_json, write_json_atomic

SIZES = [(200, 60), (120, 40), (80, 24), (79, 24), (60, 20), (40, 12), (20, 5), (33, 7), (200, 60)]
KEYS = sorted({k for b in ALL_BINDINGS for k in b.key.split(",")} - {"q", "question_mark"})
KEYS += ["a", "z", "x", "ctrl+c", "f1", "backspace", "question_mark", "escape", "escape"]


async def test_resize_storm_keeps_the_document():
    app = make_app(REPORT)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("]", "]", "]")
        para = app.reading.text_pane.top_para
        for size in SIZES * 3:
            await pilot.resize_terminal(*size)
            await pilot.pause()
        assert app.reading.text_pane.top_para == para
        assert app.reading.model.title() == "政府工作报告"


CHARS = {"right_square_bracket": "]", "left_square_bracket": "[", "right_curly_bracket": "}",
         "left_curly_bracket": "{", "question_mark": "?", "slash": "/", "apostrophe": "'",
         "less_than_sign": "<", "greater_than_sign": ">", "space": " "}


async def press(app: ReaderApp, pilot, key: str) -> None:
    """Send one key the way the terminal driver does, and let it be handled. (Pilot.press
    waits for the process to go idle after every key, ~60 ms: 2,000 keys took 137 s.)"""
    app.post_message(events.Key(key, CHARS.get(key, key if len(key) == 1 else None)))
    await pilot.pause(0)  # the app forwards the key to the focused widget...
    await pilot.pause(0)  # ...which handles it


async def test_two_thousand_random_keys_keep_the_reader_consistent(tmp_path, monkeypatch):
    # keys typed into the export prompts write files: here, not in the checkout
    monkeypatch.chdir(tmp_path)
    copy = tmp_path / REPORT.name
    copy.write_bytes(REPORT.read_bytes())
    rng = random.Random(20261130)
    app = make_app(copy)
    checked = 0
    async with app.run_test(size=(100, 30)) as pilot:
        for n in range(2000):
            key = rng.choice(KEYS)
            await press(app, pilot, key)
            if key == "slash" and app.focused is app.reading.search_box:
                for ch in rng.choice(["改革", "学校", "2015", "无此词"]):
                    await press(app, pilot, ch)
                await press(app, pilot, "enter")
                await app.workers.wait_for_complete()
                await pilot.pause(0)
            if n % 200 == 0:
                await pilot.resize_terminal(rng.randint(20, 160), rng.randint(5, 50))
                await pilot.pause()
            check_consistent(app, key)
            checked += app.screen is app.reading
        await pilot.pause()
        check_consistent(app, "end")
        assert app.is_running
        assert app.reading.analysis.document.title == "政府工作报告"
    assert checked > 500  # the rest land in the help, figures, list and prompt screens


def test_state_written_atomically_and_corrupt_state_ignored(tmp_path):
    path = tmp_path / "s.json"
    write_json_atomic(path, {"a": 1})
    assert read_json(path) == ({"a": 1}, "")
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]  # no temp file left behind
    path.write_text("{not json", encoding="utf-8")
    data, problem = read_json(path)
    assert data is None and "corrupt" in problem


async def test_position_and_script_remembered(tmp_path, monkeypatch):
    monkeypatch.setenv("SPEECH_READER_STATE_DIR", str(tmp_path))
    analysis = analyze_path(str(REPORT))
    app = ReaderApp(analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("]", "]", "]", "t")
        para = app.reading.text_pane.top_para
        await pilot.press("q")
    state = DocumentState(analysis.text, tmp_path)
    assert state.get("position")["paragraph"] == para
    assert state.get("script") == "traditional"
    again = ReaderApp(analysis)
    async with again.run_test(size=(90, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert again.reading.text_pane.top_para == para
        assert again.reading.model.script == "traditional"
    fresh = ReaderApp(analysis, fresh=True)
    async with fresh.run_test(size=(90, 30)) as pilot:
        await pilot.pause()
        assert fresh.reading.text_pane.top_para == 0 and fresh.reading.model.script == "original"


async def test_corrupt_state_is_reported_once_and_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("SPEECH_READER_STATE_DIR", str(tmp_path))
    analysis = analyze_path(str(REPORT))
    state = DocumentState(analysis.text, tmp_path)
    state.path.parent.mkdir(parents=True)
    state.path.write_text("[1, 2", encoding="utf-8")
    app = ReaderApp(analysis)
    notes = []
    monkeypatch.setattr(app, "notify", lambda msg, **kw: notes.append(msg))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.reading.text_pane.top_para == 0
        await pilot.press("q")
    assert len(notes) == 1 and "corrupt" in notes[0]
    assert json.loads(state.path.read_text(encoding="utf-8"))["position"]["paragraph"] == 0


def test_unwritable_state_dir_is_not_fatal(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    state = DocumentState("text", blocker)  # a file where the directory should be
    state.set("position", {"paragraph": 1})
    assert "could not save" in state.save()


def test_marks_in_memory_and_in_the_state_file(tmp_path):
    """Marks replace one at the same paragraph or of the same name; a state kept in memory
    (the reader told not to remember) never writes; bad entries in a file are left out."""
    memory = DocumentState(None)
    memory.add_mark(10, "a")
    memory.add_mark(20, "a")  # same name: moved
    memory.add_mark(20, "")  # same paragraph: replaced
    memory.add_mark(30, "")
    assert memory.marks == [{"offset": 20, "name": ""}, {"offset": 30, "name": ""}]
    assert memory.save() == "" and memory.path is None
    state = DocumentState("text", tmp_path)
    state.set("marks", [{"offset": 5, "name": "b"}, {"name": "no offset"}, "junk"])
    assert state.save() == ""
    assert DocumentState("text", tmp_path).marks == [{"offset": 5, "name": "b"}]


async def test_position_inside_a_long_paragraph_is_remembered(tmp_path, monkeypatch):
    """Resuming puts the same words at the top, not the start of their paragraph."""
    monkeypatch.setenv("SPEECH_READER_STATE_DIR", str(tmp_path))
    long = "甲" * 3000
    analysis = analyze_text(f"標題\n\n{long}\n\n乙段。\n")
    app = ReaderApp(analysis)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press(*["j"] * 12)
        row = app.reading.text_pane.position()
        offset = app.reading.text_pane.reading_offset()
        assert row[1] > 0
        await pilot.press("q")
    state = DocumentState(analysis.text, tmp_path)
    assert state.get("position")["offset"] == offset
    again = ReaderApp(analysis)
    async with again.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert again.reading.text_pane.position() == row
        assert again.reading.text_pane.reading_offset() == offset
