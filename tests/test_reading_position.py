"""Where the reader is, to the character: saved and restored across widths, on the blank row
between paragraphs, and never overwritten before the remembered one is known."""

from __future__ import annotations

from reader.cli import first_screen
from reader.document import analyze_text
from reader.tui.app import ReaderApp
from reader.tui.state import DocumentState
from reader.tui.store import content_key


def three_long_paragraphs():
    return analyze_text("\n\n".join(["標題"] + ["甲乙丙丁戊己庚辛壬癸" * 30] * 3) + "\n")


async def test_the_row_read_survives_a_different_width(tmp_path, monkeypatch):
    monkeypatch.setenv("SPEECH_READER_STATE_DIR", str(tmp_path))
    analysis = three_long_paragraphs()
    app = ReaderApp(analysis)
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.press(*["j"] * 9)
        saved = app.reading.text_pane.reading_offset()
        await pilot.press("q")
    again = ReaderApp(analysis)
    async with again.run_test(size=(130, 20)) as pilot:
        await pilot.pause()
        await pilot.pause()
        text = again.reading.text_pane
        para, row = text.position()
        assert para == analysis.paragraphs.index(next(p for p in analysis.paragraphs if p.start <= saved < p.end))
        a, b = text.row_map.lines(para)[row]
        paragraph = again.reading.model.paragraphs[para]
        assert paragraph.display_to_source(a) <= saved < paragraph.display_to_source(b)


async def test_the_blank_row_between_paragraphs_stands_for_the_next_one():
    app = ReaderApp(three_long_paragraphs(), remember=False)
    async with app.run_test(size=(70, 20)) as pilot:
        text = app.reading.text_pane
        blank = text.row_map.row_of(2) - 1  # the blank row after paragraph 1
        text.scroll_to(y=blank, animate=False)
        await pilot.pause()
        assert text.reading_offset() == app.reading.model.paragraphs[2].start
        text.go_to_offset(text.reading_offset())
        await pilot.pause()
        assert text.position() == (2, 0)


async def test_scrolling_inside_the_first_paragraph_counts_as_moving(tmp_path, monkeypatch):
    monkeypatch.setenv("SPEECH_READER_STATE_DIR", str(tmp_path))
    analysis = analyze_text("標題\n\n" + "甲乙丙丁戊己庚辛壬癸" * 200 + "\n\n乙段。\n")
    state = DocumentState(analysis.text, tmp_path)
    state.set("position", {"paragraph": 1, "offset": analysis.paragraphs[1].start, "section": []})
    assert state.save() == ""
    app = ReaderApp(analysis, remember=False)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("j", "j", "j")
        assert app.reading.text_pane.position() == (0, 3)
        app.reading.state_known(content_key(analysis.text))  # the state arrives late
        await pilot.pause()
        await pilot.pause()
        assert app.reading.text_pane.position() == (0, 3)  # where the reader went stays


async def test_the_recent_list_during_a_large_files_analysis_keeps_the_remembered_position(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("SPEECH_READER_STATE_DIR", str(tmp_path / "s"))
    monkeypatch.setenv("SPEECH_READER_CONFIG_DIR", str(tmp_path / "c"))
    monkeypatch.setattr(ReaderApp, "analyse_whole", lambda self, text: None)  # held back
    full = "標題\n\n" + "".join(f"第{i}段，今年有{i}個人來。\n\n" for i in range(8000))
    part, cut = first_screen(full)
    assert cut
    key = content_key(full)
    state = DocumentState(None, key=key)
    state.set("position", {"paragraph": 40, "offset": 600, "section": []})
    assert state.save() == ""
    source = tmp_path / "doc.txt"
    source.write_text(full, encoding="utf-8")
    app = ReaderApp(analyze_text(part), full_text=full, source=str(source))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        app.reading.state_known(key)  # what the whole-document worker calls once it is hashed
        await pilot.pause()
        await pilot.pause()
        assert app.reading.text_pane.top_para > 0
    assert DocumentState(None, key=key).get("position")["paragraph"] > 0
