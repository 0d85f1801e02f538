"""Pilot tests: every key binding of the reader, on the seed and on a government report."""

from __future__ import annotations

import pytest
from tui_helpers import REPORT, check_consistent, cursor_label, make_app, screen_text

from reader.tui.screens import HelpScreen

SIZE = (120, 40)


async def test_start_screen_shows_title_outline_and_first_section():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "8月20日至21日" in screen_text(app)
        labels = [app.reading.model.nodes[k].label for k in app.reading.outline_pane.rows]
        assert "鄧雲鋒強調" in labels and "上半年回顧" in labels
        # levels 1-2 are open at start, deeper ones load on demand
        assert "創新黨建,驅動學校整體工作提升" not in labels
        assert app.reading.text_pane.has_focus


async def test_text_scrolls_with_j_k_arrows_and_pages():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j", "down")
        assert round(app.reading.text_pane.scroll_y) == 3
        await pilot.press("k", "up")
        assert round(app.reading.text_pane.scroll_y) == 1
        page = app.reading.text_pane.page_rows()
        await pilot.press("space")
        assert round(app.reading.text_pane.scroll_y) == 1 + page
        await pilot.press("b")
        assert round(app.reading.text_pane.scroll_y) == 1
        await pilot.press("pagedown", "pageup")
        assert round(app.reading.text_pane.scroll_y) == 1
        await pilot.press("G")
        assert round(app.reading.text_pane.scroll_y) == app.reading.text_pane.row_map.total - app.reading.text_pane.scrollable_content_region.height
        assert screen_text(app).rstrip().endswith("嚴防安全責任事故發生。")
        await pilot.press("g")
        assert round(app.reading.text_pane.scroll_y) == 0


async def test_held_pagedown_lands_exactly():
    app = make_app(REPORT)
    async with app.run_test(size=SIZE) as pilot:
        page = app.reading.text_pane.page_rows()
        await pilot.press(*["pagedown"] * 10)
        await pilot.pause()
        assert round(app.reading.text_pane.scroll_y) == 10 * page


async def test_outline_follows_reading():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.reading.text_pane.go_to_para(app.reading.model.nodes[3].first_para)  # the first point
        await pilot.pause()
        assert cursor_label(app) == "要堅持立德樹人抓方向"


async def test_tab_switches_pane_and_outline_keys_move_text():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab")
        assert app.reading.outline_pane.has_focus
        await pilot.press("j", "j")
        await pilot.pause()
        assert cursor_label(app) == "鄧雲鋒強調"
        assert screen_text(app).startswith("鄧雲鋒強調")
        await pilot.press("k")
        await pilot.pause()
        assert cursor_label(app) == "鄧雲鋒指出"
        await pilot.press("tab")
        assert app.reading.text_pane.has_focus


async def test_collapse_expand_parent_and_enter():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab", "G")
        assert cursor_label(app) == "下半年續航"
        await pilot.press("l")  # expand: its items load lazily
        assert app.reading.outline_pane.is_expanded(app.reading.outline_pane.cursor_k)
        await pilot.press("l")  # already open: go to the first child
        assert cursor_label(app) == "擴大優質教育資源治“痛點”"
        await pilot.press("h")  # a leaf: go to the parent
        assert cursor_label(app) == "下半年續航"
        await pilot.press("left")  # open: collapse
        assert not app.reading.outline_pane.is_expanded(app.reading.outline_pane.cursor_k)
        await pilot.press("right", "down", "enter")
        await pilot.pause()
        assert app.reading.text_pane.has_focus
        assert screen_text(app).startswith("擴大優質教育資源治")


async def test_next_and_previous_section_from_either_pane():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("]")
        assert app.reading.model.nodes[app.reading.current_node].label == "鄧雲鋒指出"
        await pilot.press("L", "L")
        assert app.reading.model.nodes[app.reading.current_node].label == "要堅持立德樹人抓方向"
        await pilot.press("[")
        assert app.reading.model.nodes[app.reading.current_node].label == "鄧雲鋒強調"
        await pilot.press("tab", "H")
        assert app.reading.model.nodes[app.reading.current_node].label == "鄧雲鋒指出"


async def test_next_and_previous_figure():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("}")
        assert app.reading.analysis.figures[app.reading.text_pane.current_figure].text == "8月20日至21日"
        await pilot.press("}")
        second = app.reading.analysis.figures[app.reading.text_pane.current_figure].text
        assert second != "8月20日至21日"
        await pilot.press("{")
        assert app.reading.analysis.figures[app.reading.text_pane.current_figure].text == "8月20日至21日"
        for _ in range(30):
            await pilot.press("}")
        await pilot.pause()
        fig = app.reading.analysis.figures[app.reading.text_pane.current_figure]
        para = app.reading.model.figure_para(app.reading.text_pane.current_figure)
        assert fig.text in app.reading.model.para_text(para)
        assert app.reading.model.paragraphs[para].text[:6] in screen_text(app)


async def test_depth_keys():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        labels = {app.reading.model.nodes[k].label for k in app.reading.outline_pane.rows}
        assert "創新黨建,驅動學校整體工作提升" in labels
        first_half = next(k for k, n in enumerate(app.reading.model.nodes) if n.label == "上半年回顧")
        assert app.reading.outline_pane.is_expanded(first_half)
        await pilot.press("1")
        speaker = next(k for k, n in enumerate(app.reading.model.nodes) if n.label == "王品木發言")
        assert not app.reading.outline_pane.is_expanded(speaker)
        await pilot.press("2", "4")
        assert app.reading.outline_pane.is_expanded(speaker)


async def test_script_toggle_and_cycle_keep_position():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("]", "]")
        para = app.reading.text_pane.top_para
        await pilot.press("t")
        await pilot.pause()
        assert app.reading.model.script == "simplified"
        assert app.reading.text_pane.top_para == para
        assert screen_text(app).startswith("邓云锋强调")
        assert "邓云锋强调" in app.reading.outline_pane.label_text(2)
        assert "邓云锋强调" in "".join(app.reading.outline_pane.render_line(y).text for y in range(10))
        await pilot.press("t")
        assert app.reading.model.script == "traditional"
        await pilot.press("T")
        assert app.reading.model.script == "taiwan"
        await pilot.press("T", "T")
        assert app.reading.model.script == "original"
        assert app.reading.text_pane.top_para == para
        seen = []
        for _ in range(4):  # the Traditional document's own script is skipped
            await pilot.press("T")
            seen.append(app.reading.model.script)
        assert seen == ["simplified", "taiwan", "hongkong", "original"]


async def test_search_is_script_insensitive_and_navigable():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        assert app.query_one("#search").has_focus
        await pilot.press(*"学校", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.reading.search_box.matches) > 10
        assert app.reading.search_box.index == 0
        first = app.reading.search_box.matches[0]
        assert app.reading.model.paragraphs[first.para].text[first.start:first.end] == "學校"
        await pilot.press("n", "n")
        assert app.reading.search_box.index == 2
        await pilot.press("N")
        assert app.reading.search_box.index == 1
        assert any("⌕" in app.reading.outline_pane.label_text(k) for k in app.reading.outline_pane.rows)
        assert "⌕ 2/" in str(app.query_one("#status").render())
        await pilot.press("escape")
        assert app.reading.search_box.matches == [] and not app.query_one("#search").display


async def test_search_across_a_hard_wrap():
    text = "標題\n\n" + "\n".join(["這是一段很長的硬換行文字，中間有一個詞語被拆" + "開", "成兩行的情況。"] * 8)
    from tui_helpers import app_for_text
    app = app_for_text(text)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"拆開成兩行", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.reading.search_box.matches) >= 1


async def test_outline_toggle_help_and_quit():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        assert not app.reading.outline_pane.display
        await pilot.press("o")
        assert app.reading.outline_pane.display
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("q")
    assert app.return_code == 0


async def test_mouse_click_on_outline_node():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.click("#outline", offset=(6, app.reading.outline_pane.row_of(2)))
        await pilot.pause()
        assert screen_text(app).startswith("鄧雲鋒強調")


async def test_narrow_outline_is_an_overlay():
    app = make_app()
    async with app.run_test(size=(70, 24)) as pilot:
        await pilot.pause()
        assert app.reading.narrow
        assert not app.reading.outline_pane.display or app.reading.outline_pane.region.width == 0
        await pilot.press("o")
        await pilot.pause()
        assert app.reading.outline_pane.region.width > 0 and app.reading.outline_pane.has_focus
        await pilot.press("j", "enter")
        await pilot.pause()
        assert app.reading.text_pane.has_focus and not app.screen.has_class("show-outline")


@pytest.mark.parametrize("size", [(40, 12), (20, 5), (200, 60)])
async def test_tiny_and_huge_terminals(size):
    """At each size, after each key: the reader is consistent, the outline is an overlay
    below 80 columns, every text line drawn is as wide as the pane, and the first one is
    the paragraph at the top (or the blank row after it)."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        reading = app.reading
        assert reading.narrow == (size[0] < 80)
        for key in ("space", "]", "}", "t", "o", "j", "G"):
            await pilot.press(key)
            await pilot.pause()
            check_consistent(app, key)
            text = reading.text_pane
            width, height = text.scrollable_content_region.size
            assert width > 0 and height > 0, key
            lines = [text.render_line(y) for y in range(height)]
            assert {line.cell_length for line in lines} == {width}, key
            first = lines[0].text.strip()
            assert first in reading.model.para_text(text.top_para), key
        assert reading.model.script == "simplified"
        # `o` shows the overlay (and moves there) when narrow, hides the outline when wide
        assert reading.outline_pane.display == reading.outline_pane.has_focus == reading.narrow


async def test_report_document_navigation():
    app = make_app(REPORT)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("]")
        assert app.reading.model.nodes[app.reading.current_node].label == "一、2014年工作回顾"
        await pilot.press("tab", "j")
        await pilot.pause()
        assert cursor_label(app).startswith("一是")
        await pilot.press("slash", *"國內生產總值", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.reading.search_box.matches and app.reading.model.paragraphs[app.reading.search_box.matches[0].para].text.count("国内生产总值") >= 1


async def test_key_bar_is_not_rebuilt_when_the_focus_moves():
    from reader.tui.key_bar import KeyBar

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        bar = app.query_one(KeyBar)
        keys = list(bar.children)
        assert any("Quit" in str(k.render()) for k in keys)
        await pilot.press("tab", "tab", "tab")
        await pilot.pause()
        assert list(bar.children) == keys and all(a is b for a, b in zip(bar.children, keys, strict=True))
        app.set_keymap({"reader.quit": "x"})  # what it shows changed: rebuilt
        await pilot.pause()
        await pilot.pause()
        assert any("x" == getattr(k, "key_display", None) or " x " in str(k.render())
                   for k in bar.children) or list(bar.children) != keys


async def test_search_and_marks_in_the_outline_are_right_after_the_whole_document_arrives(
        tmp_path, monkeypatch):
    """A large file opens on its beginning; when its whole arrives, the outline's ⌕N counts
    are those of the search over the whole and ✎ sits on the sections of every mark —
    the remembered ones and one made on the opening."""
    from big_docs import build

    from reader.cli import first_screen
    from reader.document import analyze_text
    from reader.tui.app import ReaderApp
    from reader.tui.reader_model import ReaderModel
    from reader.tui.state import DocumentState, content_key

    monkeypatch.setenv("SPEECH_READER_STATE_DIR", str(tmp_path))
    text = build(2_000_000)
    first, rest = first_screen(text)
    assert rest
    full = analyze_text(text)
    remembered = DocumentState(text)
    far = full.paragraphs[len(full.paragraphs) // 2].start  # beyond the opening
    remembered.add_mark(far, "z")
    assert remembered.save() == ""
    monkeypatch.setattr(ReaderApp, "analyse_whole", lambda self, text: None)  # swapped by hand
    app = ReaderApp(analyze_text(first), full_text=text)
    async with app.run_test(size=SIZE) as pilot:
        reading = app.reading
        outline = reading.outline_pane
        await pilot.press("]", "]", "m", "a", "enter", "slash", *"改革", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        opening_hits = dict(outline.hits)
        assert sum(opening_hits.get(k, 0) for k in range(len(reading.model.nodes))
                   if reading.model.parent[k] < 0) == first.count("改革")
        mark_offset = reading.state.marks[0]["offset"]

        reading.state_known(content_key(text))
        app.whole_ready(full)
        await app.workers.wait_for_complete()  # the same query, over the whole
        await pilot.pause()
        model = ReaderModel(full)
        assert reading.model.nodes == model.nodes
        expected: dict[int, int] = {}
        for m in model.search("改革"):
            for k in model.ancestors(model.node_at(m.para)):
                expected[k] = expected.get(k, 0) + 1
        assert outline.hits == expected != opening_hits
        marked = {model.node_at(model.para_at_offset(o)) for o in (far, mark_offset)}
        assert outline.marked == marked
        outline.show_depth(4)
        for k in outline.rows:  # what each row shows
            label = outline.label_text(k)
            assert ("⌕" in label) == (k in expected), label
            assert k not in expected or label.endswith(f"⌕{expected[k]}"), label
            assert ("✎" in label) == (k in marked), label
        assert {m["offset"] for m in reading.state.marks} == {far, mark_offset}
        assert "⌕ 0/" in str(app.query_one("#status").render())


async def test_highlights_follow_a_theme_change():
    """The text pane's drawn lines (cached) take the new theme's colours: its background
    and each highlight's style."""
    from reader.tui.text_view import STYLE_NAMES

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"学校", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = app.reading.text_pane

        def drawn() -> list:
            lines = text.render_lines(text.region.reset_offset)  # a frame, from the cache
            # without the selection offsets each line carries in its style meta
            return [seg.style.clear_meta_and_links() for line in lines[:8] for seg in line if seg.style]

        before = drawn()
        app.theme = "textual-light"
        await pilot.pause()
        after = drawn()
        assert text.rich_style in after and text.rich_style not in before
        for name in STYLE_NAMES:
            assert text._style(name) == text.get_component_rich_style(f"text-view--{name}", partial=True)


async def test_command_palette_runs_the_reading_screens_actions():
    import inspect

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        commands = {c.title: c.callback for c in app.get_system_commands(app.screen)}
        result = commands["Next § (] L)"]()
        if inspect.isawaitable(result):
            await result
        await pilot.pause()
        assert app.reading.model.nodes[app.reading.current_node].label == "鄧雲鋒指出"
        result = commands["Help (?)"]()
        if inspect.isawaitable(result):
            await result
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_figure_keys_start_from_where_the_reader_is():
    """After scrolling away from the marked figure, `}` and `{` step from the screen's top."""
    app = make_app(REPORT)
    async with app.run_test(size=SIZE) as pilot:
        text, model = app.reading.text_pane, app.reading.model
        await pilot.press(*["}"] * 5)
        assert text.current_figure == 4
        await pilot.press("G")  # far from figure 4
        top = text.reading_offset()
        expected = model.figure_after(top)
        assert 4 < expected < len(app.reading.analysis.figures)
        await pilot.press("}")
        assert text.current_figure == expected  # the first figure from the top of the screen
        assert text.on_screen(model.figure_para(expected))
        await pilot.press("g", "{", "}")  # back at the top: the first figure of the document
        assert text.current_figure == 0 and text.on_screen(model.figure_para(0))


async def test_a_long_label_is_cut_before_its_counts_and_marks():
    """In a narrow outline a long label is shortened, its figure count, ✎ and ⌕N stay."""
    app = make_app()
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.press("slash", *"學校", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        outline = app.reading.outline_pane
        width = outline.scrollable_content_region.width
        top = round(outline.scroll_y)
        on_screen = outline.rows[top : top + outline.scrollable_content_region.height]
        cut = [(y, k) for y, k in enumerate(on_screen)
               if outline.hits.get(k) and len(outline.label_text(k)) + 4 > width]
        assert cut, "a long label with search hits on screen"
        for y, k in cut:
            line = outline.render_line(y).text.rstrip()
            assert "…" in line and line.endswith(f"⌕{outline.hits[k]}"), line


async def test_a_deep_row_in_a_narrow_outline_keeps_some_of_its_label():
    app = make_app(REPORT)
    async with app.run_test(size=(120, 40)) as pilot:
        outline = app.reading.outline_pane
        model = app.reading.model
        deep = max(range(len(model.nodes)), key=lambda k: model.nodes[k].level)
        assert model.nodes[deep].level >= 3
        outline.marked = {deep}
        outline.hits = {deep: 128}
        await pilot.pause()
        label = model.label(model.nodes[deep])
        for width in (16, 20, 24, 30):
            line = outline._build(deep, False, width, outline.rich_style).text
            assert label[:1] in line, (width, line)  # never guides and counts alone


async def test_help_pages_and_jumps_like_the_text():
    app = make_app()
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        from textual.containers import VerticalScroll

        view = app.screen.query_one(VerticalScroll)
        assert view.max_scroll_y > 2 * view.scrollable_content_region.height
        await pilot.press("space")
        assert view.scroll_y >= view.scrollable_content_region.height - 1
        await pilot.press("b")
        assert view.scroll_y == 0
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("pagedown", "end")
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("pageup", "home")
        assert view.scroll_y == 0
        await pilot.press("q")
        assert not isinstance(app.screen, HelpScreen)


async def test_a_narrow_status_line_cuts_the_section_label_not_the_counts():
    from rich.cells import cell_len
    from tui_helpers import app_for_text

    long = "全面深化改革開放推動經濟社會高質量發展取得新成效"
    app = app_for_text(f"報告\n\n一、{long}\n\n今年經濟增長5%，投資3億元。\n\n二、其他\n\n完。\n")
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.pause()
        app.reading.text_pane.go_to_para(1)
        await pilot.pause()
        status = str(app.query_one("#status").render()).rstrip()
        assert "一、全面深化" in status and "…" in status
        assert "figures 2" in status and status.endswith("%"), status
        assert cell_len(status) <= 68


async def test_figure_keys_from_the_outline_overlay_show_the_text():
    app = make_app(REPORT)
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.press("o")
        assert app.reading.has_class("show-outline") and app.reading.outline_pane.has_focus
        await pilot.press("}")
        assert app.reading.text_pane.current_figure == 0
        assert not app.reading.has_class("show-outline") and app.reading.text_pane.has_focus
