"""Issue 12, item 13 (and 8's views of the beginning): the figures table and the skim list
of documents with many figures or sections open at once, build only the rows on screen,
sort in the background while the keys keep working, and say when they show only the
beginning of a large document (then update when the whole arrives)."""

from __future__ import annotations

import time

import pytest
from big_docs import build

from reader.cli import first_screen
from reader.document import analyze_text
from reader.tui.app import ReaderApp
from reader.tui.figures_screen import FiguresScreen
from reader.tui.lists_screen import ListScreen
from reader.tui.row_table import RowTable

SIZE = (120, 40)
BUDGET = 3 * 40  # rows built: a few screens, never the document


@pytest.fixture(scope="module")
def many_figures():
    paras = ["數據報告", ""]
    for i in range(50_000):  # four figures each
        paras.append(f"第{i}項：增長{i % 97}.5%，完成{i}億元，覆蓋{i % 50}所學校，達到{i % 9}成。")
    analysis = analyze_text("\n\n".join(paras))
    assert len(analysis.figures) == 200_000
    return analysis


@pytest.fixture(scope="module")
def many_sections():
    parts = ["講話", ""]
    for i in range(30_000):
        parts += [f"{i + 1}.第{i + 1}個標題", f"這是第{i + 1}節的正文，說明要求和做法，完成{i}億元。"]
    return analyze_text("\n\n".join(parts))


async def until(pilot, condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "never happened"
        await pilot.pause(0.05)


async def test_two_hundred_thousand_figures_open_at_once_and_sort_in_the_background(many_figures):
    app = ReaderApp(many_figures, remember=False)
    async with app.run_test(size=SIZE) as pilot:
        started = time.monotonic()
        await pilot.press("f")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FiguresScreen)
        assert time.monotonic() - started < 5  # a DataTable of these rows took minutes
        table = screen.query_one(RowTable)
        assert table.row_count == 200_000 and table.rows_built <= BUDGET
        assert not screen.sorting and list(table.rows[:3]) == [0, 1, 2]  # in text order at once
        await pilot.press("k")  # kind filter: percent, in the background too
        assert screen.sorting or screen.shown == 50_000
        await pilot.press("down", "down", "pagedown")  # keys work meanwhile
        await until(pilot, lambda: not screen.sorting)
        assert screen.shown == 50_000
        assert all(many_figures.figures[table.rows[i]].kind == "percent" for i in range(0, 50_000, 997))
        await pilot.press("end", "s", "s")  # by value, up then down
        await until(pilot, lambda: not screen.sorting)
        assert table.row_text(0).startswith("96.5%")
        assert table.rows_built <= 4 * BUDGET
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.reading and app.reading.text_pane.current_figure is not None


async def test_skim_of_thirty_thousand_sections_opens_at_once(many_sections):
    app = ReaderApp(many_sections, remember=False)
    async with app.run_test(size=SIZE) as pilot:
        started = time.monotonic()
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, ListScreen)
        assert time.monotonic() - started < 3
        table = app.screen.query_one(RowTable)
        assert table.row_count == len(app.reading.model.nodes) > 30_000
        assert table.rows_built <= BUDGET
        await pilot.press("end")
        await pilot.pause()
        assert "第30000節" in table.row_text(table.cursor)
        await pilot.press("enter")
        await pilot.pause()
        assert app.reading.current_node == len(app.reading.model.nodes) - 1


async def test_views_of_the_beginning_say_so_and_show_the_whole_when_it_arrives(monkeypatch):
    text = build(1_000_000)
    first, rest = first_screen(text)
    assert rest
    monkeypatch.setattr(ReaderApp, "analyse_whole", lambda self, text: None)  # swapped by hand
    app = ReaderApp(analyze_text(first), full_text=text, remember=False)
    whole = analyze_text(text)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        await pilot.pause()
        figures = app.screen
        assert isinstance(figures, FiguresScreen)
        title = str(figures.query_one("#figures-title").render())
        assert "beginning" in title and figures.shown < len(whole.figures)
        app.whole_ready(whole)
        await until(pilot, lambda: not figures.sorting)
        assert figures.shown == len(whole.figures)
        assert "beginning" not in str(figures.query_one("#figures-title").render())
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert app.screen.query_one(RowTable).row_count == len(list(whole.walk()))
        assert "beginning" not in str(app.screen.query_one(".list-title").render())
