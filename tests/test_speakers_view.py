"""Who spoke, in the reader: the speakers list (w), a speaker's first turn (enter), the outline
narrowed to one speaker from the list (n) or from the section being read (W) and back."""

from __future__ import annotations

from tui_helpers import ROOT, cursor_label, make_app, screen_text

from reader.tui.speakers_screen import SpeakersScreen

NEWS = ROOT / "sample_docs" / "news_briefing_report.txt"
SIZE = (120, 40)


def shown_labels(app) -> list[str]:
    outline = app.reading.outline_pane
    return [app.reading.model.nodes[k].label for k in outline.rows]


async def test_speakers_list_and_first_turn():
    app = make_app(NEWS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w")
        assert isinstance(app.screen, SpeakersScreen)
        screen = app.screen
        prompts = [str(screen._row(sp)) for sp in screen.speakers]
        assert screen.table.row_count == len(prompts)
        assert [p.split("  ")[0] for p in prompts] == ["人 何文龍", "人 梁國明", "人 李志強", "人 鄭美華"]
        assert "2 turns, 7 figures" in prompts[0]
        await pilot.press("j", "enter")  # 梁國明's first turn
        await pilot.pause()
        assert app.screen is app.reading
        assert screen_text(app).startswith("經濟發展局局長梁國明回應稱")
        assert app.reading.text_pane.has_focus


async def test_narrow_to_a_speaker_from_the_list_and_back():
    app = make_app(NEWS)
    async with app.run_test(size=SIZE) as pilot:
        everything = shown_labels(app)
        await pilot.press("w", "n")  # the first speaker: 何文龍, two turns under two headings
        await pilot.pause()
        assert shown_labels(app) == ["何文龍表示", "人手方面", "工會：補償遠低於業界水平", "何文龍說", "關於遣散費"]
        assert "人 何文龍" in str(app.query_one("#status").render())
        assert cursor_label(app) == "何文龍表示"
        await pilot.press("W")  # and back
        await pilot.pause()
        assert shown_labels(app) == everything
        assert "人 何文龍" not in str(app.query_one("#status").render())


async def test_narrow_to_the_speaker_being_read():
    app = make_app(NEWS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("]", "]", "]", "]")  # 梁國明回應稱, in the first heading's section
        await pilot.pause()
        assert app.reading.model.nodes[app.reading.current_node].label == "梁國明回應稱"
        await pilot.press("W")
        await pilot.pause()
        assert shown_labels(app) == ["局長：重組屬商業決定", "梁國明回應稱", "至於會否提供額外支援"]
        await pilot.press("W")
        await pilot.press("g")  # the lede: nobody's turn
        await pilot.press("W")
        await pilot.pause()
        assert app.reading.outline_pane.only is None


async def test_no_speakers_says_so():
    app = make_app()  # the seed's speakers are line-alone turns: listed too
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w")
        assert app.screen.table.row_count == 2  # 鄧雲鋒 (two turns: 指出, 強調), 王品木
        await pilot.press("escape")
        assert app.screen is app.reading


async def test_next_section_steps_through_the_narrowed_speaker():
    app = make_app(NEWS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w", "n", "escape")
        await pilot.pause()
        reading = app.reading
        seen = []
        for _ in range(5):
            await pilot.press("]")
            await pilot.pause()
            seen.append(reading.model.nodes[reading.current_node].label)
        # (何文龍說 and its point 關於遣散費 start at one paragraph: the deeper one is shown)
        assert seen == ["人手方面", "工會：補償遠低於業界水平", "關於遣散費", "關於遣散費", "關於遣散費"]


async def test_the_chinese_speakers_list_uses_chinese_punctuation():
    app = make_app(NEWS, lang="zh-Hant")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w")
        screen = app.screen
        assert isinstance(screen, SpeakersScreen)
        assert "2 次發言，7 個數據" in str(screen._row(screen.speakers[0]))


async def test_a_speaker_row_does_not_repeat_a_label_that_is_the_name():
    from tui_helpers import app_for_text

    app = app_for_text("會議紀錄\n\n主席：現在開始會議，請各位發言。\n\n張三議員：我支持這項議案。\n\n主席：多謝。\n")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w")
        screen = app.screen
        assert isinstance(screen, SpeakersScreen)
        rows = [str(screen._row(sp)) for sp in screen.speakers]
        assert rows[0].startswith("人 主席  2 turns") and "—" not in rows[0], rows
