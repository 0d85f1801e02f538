"""Pilot tests of the reading comforts: figures table, skim, marks, export, outline width,
themes and script remembered."""

from __future__ import annotations

from rich.cells import cell_len
from textual.widgets import Input, Static
from tui_helpers import REPORT, SEED, app_for_text, cursor_label, make_app, screen_text

from reader.document import analyze_path
from reader.kinds import FIGURE_KINDS
from reader.tui.app import ReaderApp
from reader.tui.figures_screen import FiguresScreen
from reader.tui.lists_screen import ListScreen
from reader.tui.row_table import RowTable
from reader.tui.screens import PromptScreen
from reader.tui.state import DocumentState

SIZE = (120, 40)


async def test_figures_table_filter_sort_and_jump():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        screen = app.screen
        assert isinstance(screen, FiguresScreen)
        assert screen.shown == len(app.reading.analysis.figures)
        table = screen.query_one(RowTable)
        assert list(table.rows) == list(range(len(app.reading.analysis.figures)))  # text order
        await pilot.press("k")  # kind filter: percent
        assert screen.shown == sum(1 for f in app.reading.analysis.figures if f.kind == "percent")
        await pilot.press("s", "s")  # sort by value, ascending, then descending
        assert table.row_text(0).startswith("100% ")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, FiguresScreen)
        assert app.reading.analysis.figures[app.reading.text_pane.current_figure].text == "100%"
        assert "100%" in screen_text(app)


async def test_figures_of_current_section_only():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(14):
            await pilot.press("]")
        node = app.reading.model.nodes[app.reading.current_node]
        await pilot.press("F")
        assert isinstance(app.screen, FiguresScreen)
        assert app.screen.shown == node.figures
        await pilot.press("escape")
        assert not isinstance(app.screen, FiguresScreen)


async def test_skim_lists_sections_and_opens_one():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, ListScreen)
        options = app.screen.query_one(RowTable)
        assert options.row_count == len(app.reading.model.nodes)
        assert "27項" in options.row_text(13)
        for _ in range(13):
            await pilot.press("j")
        await pilot.press("enter")
        await pilot.pause()
        assert screen_text(app).startswith("創新黨建")


async def test_marks_persist_and_show_in_outline(tmp_path, monkeypatch):
    monkeypatch.setenv("SPEECH_READER_STATE_DIR", str(tmp_path))
    analysis = analyze_path(str(SEED))
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("]", "]", "m")
        assert isinstance(app.screen, PromptScreen)
        await pilot.press("a", "enter")
        assert app.reading.state.marks and app.reading.state.marks[0]["name"] == "a"
        assert "✎" in app.reading.outline_pane.label_text(2)
        await pilot.press("g", "apostrophe")
        assert isinstance(app.screen, ListScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert screen_text(app).startswith("鄧雲鋒強調")
        await pilot.press("q")
    assert DocumentState(analysis.text, tmp_path).get("marks")[0]["name"] == "a"
    again = ReaderApp(analysis)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "✎" in again.reading.outline_pane.label_text(2)


async def test_export_asks_and_never_overwrites_without_yes(tmp_path):
    app = make_app()
    target = tmp_path / "out.md"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        box = app.screen.query_one(Input)
        box.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert target.read_text(encoding="utf-8").startswith("# 山東省")
        target.write_text("mine", encoding="utf-8")
        await pilot.press("e")
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)  # asks before overwriting
        await pilot.press("n", "o", "enter")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "mine"
        await pilot.press("e")
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter", "y", "e", "s", "enter")
        await pilot.pause()
        assert "上半年回顧" in target.read_text(encoding="utf-8")


async def test_outline_width_and_theme_remembered(tmp_path, monkeypatch):
    monkeypatch.setenv("SPEECH_READER_STATE_DIR", str(tmp_path))
    app = ReaderApp(analyze_path(str(REPORT)))
    async with app.run_test(size=SIZE) as pilot:
        before = app.reading.outline_pane.region.width
        await pilot.press("greater_than_sign", "greater_than_sign")
        await pilot.pause()
        wider = app.reading.outline_pane.region.width
        assert wider > before
        app.theme = "textual-light"
        await pilot.press("q")
    again = ReaderApp(analyze_path(str(REPORT)))
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.reading.outline_pane.region.width == wider
        assert again.theme == "textual-light"
        await pilot.press("less_than_sign")
        await pilot.pause()
        assert again.reading.outline_pane.region.width < wider


async def test_enter_in_outline_after_marks_still_works():
    """Marks change what the outline rows show (✎): moving and enter still open the section."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("]", "]", "m", "a", "enter")  # a mark in 鄧雲鋒強調
        await pilot.press("]", "m", "enter")  # and an unnamed one in the next section
        await pilot.pause()
        outline = app.reading.outline_pane
        assert len(app.reading.state.marks) == 2
        assert "✎" in outline.label_text(2) and "✎" in outline.label_text(3)
        await pilot.press("g", "tab", "j", "enter")
        await pilot.pause()
        assert cursor_label(app) == "鄧雲鋒指出"
        assert app.reading.text_pane.has_focus
        assert screen_text(app).startswith("鄧雲鋒指出")
        await pilot.press("tab", "j", "enter")
        await pilot.pause()
        assert cursor_label(app) == "鄧雲鋒強調" and screen_text(app).startswith("鄧雲鋒強調")


async def test_list_screens_in_a_terminal_of_five_rows():
    """No room for a row of options: page keys do nothing (Textual's list failed on them)."""
    app = make_app()
    async with app.run_test(size=(40, 5)) as pilot:
        for opener in ("s", "apostrophe"):
            await pilot.press(opener, "pagedown", "pageup", "j")
            await pilot.pause()
            assert isinstance(app.screen, ListScreen)
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is app.reading


async def test_figures_table_header_click_sorts_and_row_click_jumps():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        await pilot.pause()
        screen = app.screen
        await pilot.click("#figures-header", offset=(18, 0))  # the kind column
        await pilot.pause()
        assert (screen.sort_column, screen.reverse) == (1, False)
        await pilot.click("#figures-header", offset=(18, 0))
        await pilot.pause()
        assert (screen.sort_column, screen.reverse) == (1, True)
        table = screen.query_one(RowTable)
        chosen = table.rows[2]
        await pilot.click("#figures-table", offset=(5, 2))
        await pilot.pause()
        assert app.screen is app.reading and app.reading.text_pane.current_figure == chosen


async def test_skim_opens_on_the_section_read_with_figures_before_the_lead():
    app = make_app()
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.press("]", "]", "]")
        current = app.reading.current_node
        assert current > 0
        await pilot.press("s")
        table = app.screen.query_one(RowTable)
        assert table.cursor == current and table.cursor_id == current
        await pilot.press("enter")
        await pilot.pause()
        assert app.reading.current_node == current
        await pilot.press("s")
        table = app.screen.query_one(RowTable)
        model = app.reading.model
        for k, node in enumerate(model.nodes):
            row = table.row_text(k)
            label = model.label(node).rstrip("…")
            assert row.count(label) == 1, row  # the lead never repeats the label
        # the figures follow the label, before the lead sentence (a long lead is cut, never they)
        assert table.row_text(13).startswith("    · 創新黨建,驅動學校整體工作提升  27項 162項  在狠抓")


async def test_figures_table_kinds_present_only_and_a_way_back_to_text_order():
    app = app_for_text("報告\n\n今年增長5%，投資3億元，另有兩項。\n", lang="zh-Hant")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        screen = app.screen
        assert isinstance(screen, FiguresScreen)
        present = {f.kind for f in app.reading.analysis.figures}
        assert screen.kinds() == ["all", *(k for k in FIGURE_KINDS if k in present)]
        seen = []
        for _ in screen.kinds():
            await pilot.press("k")
            seen.append(screen.kind_name)
            assert screen.shown > 0  # never an empty list for a kind that is not there
        assert seen[-1] == "all"
        # the kind column is as wide as its longest label in the UI language (中文數字)
        assert screen.widths[1] >= cell_len("中文數字")
        table = screen.query_one(RowTable)
        orders = []
        for _ in range(2 * len(FiguresScreen.COLUMNS) + 1):
            await pilot.press("s")
            orders.append((screen.sort_column, screen.reverse))
        assert orders[0] == (0, False) and orders[-2] == (3, True)
        assert orders[-1] == (-1, False) and list(table.rows) == [0, 1, 2]
        assert "按文中位置排序" in str(screen.query_one("#figures-title", Static).render())


def test_the_kind_chosen_stays_when_the_whole_document_adds_kinds():
    from reader.document import analyze_text
    from reader.tui.reader_model import ReaderModel

    beginning = ReaderModel(analyze_text("標題\n\n2020年3月5日，去了三次。\n"))
    whole = ReaderModel(analyze_text("標題\n\n2020年3月5日，去了三次。\n\n投入300萬元。\n"))
    screen = FiguresScreen(beginning)
    screen._fill = lambda: None  # the table is not mounted: only the choice is checked
    while screen.kind_name != "chinese":
        screen.action_next_kind()
    screen.show_model(whole, False)
    assert "money" in screen.kinds() and screen.kind_name == "chinese"


async def test_skim_drops_the_speakers_colon_of_any_width():
    app = app_for_text("會議紀錄\n\n主席︰現在開始會議，請各位議員發言。\n\n張三議員︰主席，飲食業的情況十分嚴峻。\n")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        table = app.screen.query_one(RowTable)
        rows = [table.row_text(k) for k in range(table.row_count)]
        assert any("張三議員  主席，飲食業" in row for row in rows), rows


async def test_a_mark_is_removed_from_the_marks_list_and_stays_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("SPEECH_READER_STATE_DIR", str(tmp_path))
    analysis = analyze_path(str(SEED))
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("]", "m", "a", "enter", "]", "]", "m", "b", "enter")
        assert len(app.reading.state.marks) == 2
        await pilot.press("apostrophe")
        table = app.screen.query_one(RowTable)
        assert table.row_count == 2
        await pilot.press("d")
        assert table.row_count == 1 and " b " in table.row_text(0)
        assert [m["name"] for m in app.reading.state.marks] == ["b"]
        assert len(app.reading.outline_pane.marked) == 1
        await pilot.press("escape", "q")
    state = DocumentState(analysis.text, tmp_path)
    assert [m["name"] for m in state.marks] == ["b"]
    other = DocumentState(analysis.text, tmp_path)  # a second reader that saves later
    other.set("script", "simplified")
    assert other.save() == ""
    assert [m["name"] for m in DocumentState(analysis.text, tmp_path).marks] == ["b"]


def test_a_removed_mark_is_not_brought_back_by_the_merge(tmp_path):
    state = DocumentState("文本", tmp_path)
    state.add_mark(10, "a")
    state.add_mark(20, "b")
    assert state.save() == ""
    mine, theirs = DocumentState("文本", tmp_path), DocumentState("文本", tmp_path)
    theirs.add_mark(30, "c")
    assert theirs.save() == ""
    mine.remove_mark(10)
    assert mine.save() == ""
    assert sorted(m["name"] for m in DocumentState("文本", tmp_path).marks) == ["b", "c"]
