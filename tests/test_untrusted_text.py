"""Issue 12, items 1–3: file names, document text, search text and keys are untrusted.

A file name's escape sequences and undecodable bytes never reach the terminal (they pass the
one sanitiser, ``reader.document.safe``); notifications are never markup (``[/]`` crashed,
``[@click=…]`` became an action); a one-line document can be marked and read.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from textual.widgets import Input
from tui_helpers import app_for_text, screen_text

from reader.document import analyze_path
from reader.document.safe import shown_name, visible
from reader.tui.app import ReaderApp
from reader.tui.lists_screen import ListScreen

SIZE = (120, 30)
SPEECH = "講話全文\n\n一、總體要求\n\n今年完成投資3.5億元。\n\n二、主要任務\n\n要堅持改革。\n"
HOSTILE_NAME = b"\x1b]0;PWNED\x07\x1b[41m\nname\xff\xfe.txt"


def unsafe(text: str) -> list[str]:
    """Characters that must never be drawn: controls, lone surrogates, bidi controls."""
    return [c for c in text if unicodedata.category(c) in ("Cc", "Cs") or c in "\u202e\u2066"]


def test_sanitiser_gives_surrogates_a_stand_in_of_one_cell():
    name = os.fsdecode(HOSTILE_NAME)
    shown = shown_name(name)
    assert len(shown) == len(name) and not unsafe(shown)
    assert "\ufffd\ufffd" in shown and "␛]0;PWNED␇" in shown
    assert shown_name(HOSTILE_NAME) == shown
    assert visible("\udcff") == "\ufffd"


async def test_export_prompt_and_message_never_show_raw_escapes(tmp_path, told):
    path = Path(os.fsdecode(bytes(tmp_path) + b"/" + HOSTILE_NAME))
    path.write_text(SPEECH, encoding="utf-8")
    app = ReaderApp(analyze_path(str(path)), remember=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("e")
        box = app.screen.query_one(Input)
        assert not unsafe(box.value) and "\ufffd" in box.value
        assert not unsafe("".join(s.text for s in box.render_lines(box.region.reset_offset)))
        await pilot.press("enter")
        await pilot.pause()
        written = path.with_suffix(".outline.md")  # the real name, not its stand-ins
        assert written.read_text(encoding="utf-8").startswith("# 講話全文")
        messages = told
        assert any(m.startswith("outline written to ") for m in messages), messages
        assert not unsafe("".join(messages))


MARKUP_DOC = "標題\n\n[@click=app.quit]點我[/]\n\n[/]\n\n[bold]粗體[/bold]正文。\n"


async def test_markup_in_the_document_and_the_search_is_shown_literally():
    app = app_for_text(MARKUP_DOC)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("m", "a", "enter")  # [@click=app.quit] became an action
        await pilot.pause(0.2)
        app.reading.text_pane.go_to_para(1)
        await pilot.press("m", "enter")  # "marked paragraph: [/]…" crashed the toast
        await pilot.pause(0.2)
        await pilot.press("slash", *"zz[/b]", "enter")  # "no match for 'zz[/b]'"
        await app.workers.wait_for_complete()
        await pilot.pause(0.2)
        assert app.is_running
        toasts = [str(t.render()) for t in app.query("Toast")]
        assert "marked paragraph: [/]…" in toasts
        assert any(t.startswith("marked a: [@click=app.quit") for t in toasts), toasts
        assert "no match for 'zz[/b]'" in toasts
        assert not any(span.style for t in app.query("Toast") for span in t.render().spans
                       if "click" in str(span.style))
        assert "[bold]粗體[/bold]正文" in screen_text(app)


async def test_one_line_document_is_shown_and_can_be_marked():
    line = "只有一行的文件，沒有換行，也就沒有正文段落。"
    app = app_for_text(line)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert line in screen_text(app)
        await pilot.press("m", "enter", "apostrophe")
        await pilot.pause()
        assert len(app.reading.state.marks) == 1
        assert isinstance(app.screen, ListScreen)
        await pilot.press("enter", "s", "escape", "f", "escape", "]", "}", "G", "g")
        await pilot.pause()
        assert app.is_running and app.screen is app.reading


async def test_a_pasted_escape_sequence_is_shown_as_stand_ins():
    from textual import events

    app = app_for_text(SPEECH)
    async with app.run_test(size=SIZE) as pilot:
        for opener, box in (("slash", lambda: app.reading.search_box), ("m", lambda: app.screen.query_one(Input))):
            await pilot.press(opener)
            await pilot.pause()
            line = box()
            line.post_message(events.Paste("\x1b]0;PWNED\x07\x1b[41m紅色"))
            await pilot.pause()
            assert line.value.endswith("␛]0;PWNED␇␛[41m紅色")
            assert not unsafe("".join(s.text for s in line.render_lines(line.region.reset_offset)))
            await pilot.press("escape")
