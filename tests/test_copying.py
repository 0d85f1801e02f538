"""Selecting text with the mouse and copying it (issue 13, item 1): a drag in the text pane
selects what was dragged over, ``ctrl+c`` copies it (never an empty selection), and the
copy keys put the paragraph, the section and the figure on the clipboard."""

from __future__ import annotations

from rich.cells import get_character_cell_size
from tui_helpers import REPORT, make_app

from reader.document.export import section_text
from reader.tui.figures_screen import FiguresScreen

SIZE = (120, 40)
PAD = 1  # the text pane's left padding (reader.tcss)


def column_of(text: str, start: int, index: int) -> int:
    """The cell column of character ``index`` on a line that starts at character ``start``."""
    return sum(get_character_cell_size(c) for c in text[start:index])


async def drag(pilot, widget, start: tuple[int, int], end: tuple[int, int]) -> None:
    await pilot.mouse_down(widget, offset=start)
    await pilot.hover(widget, offset=end)
    await pilot.mouse_up(widget, offset=end)
    await pilot.pause()


def rows_of(app, para: int) -> tuple[int, list[tuple[int, int]]]:
    """(screen row of the paragraph's first line, its wrapped line spans)."""
    text = app.reading.text_pane
    rows = text.row_map
    return rows.row_of(para) - round(text.scroll_y), rows.lines(para)


async def test_a_drag_selects_the_dragged_text_across_wrapped_lines():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        text, model = app.reading.text_pane, app.reading.model
        para = text.top_para
        shown = model.para_text(para)
        row, lines = rows_of(app, para)
        assert len(lines) >= 2
        (a0, _), (a1, _) = lines[0], lines[1]
        first, last = a0 + 3, a1 + 5  # from the 4th character of line 1 to the 6th of line 2
        await drag(pilot, text, (PAD + column_of(shown, a0, first), row),
                   (PAD + column_of(shown, a1, last), row + 1))
        assert app.screen.get_selected_text() == shown[first : last + 1]
        # the selection is drawn: the selected characters carry the selection's style
        selection_style = app.screen.get_component_rich_style("screen--selection")
        line = text.render_line(row)
        assert any(seg.style and seg.style.bgcolor == selection_style.bgcolor and seg.text.strip()
                   for seg in line)


async def test_a_drag_across_paragraphs_joins_them_with_a_newline():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        text, model = app.reading.text_pane, app.reading.model
        p0 = text.top_para
        row0, _ = rows_of(app, p0)
        row1, lines1 = rows_of(app, p0 + 1)
        assert lines1
        end_text = model.para_text(p0 + 1)
        await drag(pilot, text, (PAD, row0), (PAD + column_of(end_text, 0, 3), row1))
        assert app.screen.get_selected_text() == model.para_text(p0) + "\n" + end_text[:4]


async def test_ctrl_c_copies_the_selection_in_the_script_shown_and_says_how_much():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")  # simplified
        text, model = app.reading.text_pane, app.reading.model
        para = text.top_para
        row, _ = rows_of(app, para)
        shown = model.para_text(para)
        assert shown != model.raw_text(para)  # the seed is traditional: the script changed
        await drag(pilot, text, (PAD, row), (PAD + column_of(shown, 0, 9), row))
        await pilot.press("ctrl+c")
        assert app.clipboard == shown[:10]
        assert any("10 characters" in str(n.message) for n in app._notifications)


async def test_an_empty_selection_never_replaces_the_clipboard():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.copy_to_clipboard("kept")
        text = app.reading.text_pane
        row, lines = rows_of(app, text.top_para)
        blank_row = row + len(lines)  # the blank row after the paragraph: no characters
        await drag(pilot, text, (PAD + 2, blank_row), (PAD + 9, blank_row))
        assert app.screen.get_selected_text() == ""
        await pilot.press("ctrl+c")
        assert app.clipboard == "kept"
        assert any("nothing to copy" in str(n.message) for n in app._notifications)
        app.copy_to_clipboard("")
        assert app.clipboard == "kept"


async def test_the_outline_is_not_selectable():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        outline = app.reading.outline_pane
        await drag(pilot, outline, (2, 1), (10, 4))
        assert not app.screen.selections.get(outline)


async def test_a_selection_means_the_same_text_after_a_resize():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        text, model = app.reading.text_pane, app.reading.model
        row, _ = rows_of(app, text.top_para)
        shown = model.para_text(text.top_para)
        await drag(pilot, text, (PAD, row), (PAD + column_of(shown, 0, 15), row))
        before = app.screen.get_selected_text()
        await pilot.resize_terminal(100, 40)
        await pilot.pause()
        assert app.screen.get_selected_text() == before == shown[:16]


async def test_select_all_in_the_text_pane_is_the_whole_text():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.reading.text_pane.text_select_all()
        await pilot.pause()
        model = app.reading.model
        whole = "\n".join(model.para_text(p) for p in range(len(model.paragraphs)))
        assert app.screen.get_selected_text() == whole


async def test_copy_keys_copy_the_paragraph_the_section_and_the_figure():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        reading = app.reading
        model, text = reading.model, reading.text_pane
        await pilot.press("]", "]")
        await pilot.press("c")
        assert app.clipboard == model.para_text(text.top_para)
        await pilot.press("C")
        node = model.nodes[reading.current_node]
        assert app.clipboard == section_text(reading.analysis, node).rstrip("\n")
        assert node.label in app.clipboard and "\n" in app.clipboard
        assert any(f"section {node.label}" in str(n.message) for n in app._notifications)
        await pilot.press("right_curly_bracket", "right_curly_bracket")
        await pilot.press("y")
        k = text.current_figure
        assert app.clipboard == reading.analysis.figures[k].text


async def test_copy_figure_without_a_marked_one_takes_the_first_on_screen_and_marks_it():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        reading = app.reading
        await pilot.press("t", "y")  # in simplified script
        k = reading.text_pane.current_figure
        assert k == reading.model.figure_after(reading.model.paragraphs[reading.text_pane.top_para].start)
        assert app.clipboard == reading.analysis.figures[k].text  # digits: the same in both scripts


async def test_the_figures_table_copies_the_figure_under_its_cursor():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f", "down", "down", "c")
        assert isinstance(app.screen, FiguresScreen)
        table = app.screen._table
        assert table.cursor == 2 and table.cursor_id is not None
        assert app.clipboard == app.reading.analysis.figures[table.cursor_id].text


async def test_copy_figure_after_scrolling_away_takes_one_on_screen():
    app = make_app(REPORT)
    async with app.run_test(size=SIZE) as pilot:
        reading = app.reading
        text = reading.text_pane
        await pilot.press("}", "}", "G", "y")
        k = text.current_figure
        assert k > 1 and text.on_screen(reading.model.figure_para(k))
        assert app.clipboard == reading.analysis.figures[k].text
