"""Exporting the section being read (``E``, issue 13 item 6): as text or as Markdown, in the
script shown, with the outline export's safety (asks before overwriting, one-line errors)."""

from __future__ import annotations

from textual.widgets import Input
from tui_helpers import make_app

from reader.document.export import section_text
from reader.tui.screens import PromptScreen
from reader.tui.section_export import SectionExportScreen, section_markdown

SIZE = (120, 40)
SPEAKER = 11  # 王品木發言 in the seed: a speaker turn holding two headings and their items


async def export_to(pilot, path) -> None:
    await pilot.press("E")
    pilot.app.screen.query_one(Input).value = str(path)
    await pilot.press("enter")
    await pilot.pause()


async def test_section_as_text_and_as_markdown(tmp_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        reading = app.reading
        reading.go_to_node(SPEAKER)
        node = reading.model.nodes[SPEAKER]
        assert node.label == "王品木發言"
        await pilot.press("E")
        assert isinstance(app.screen, SectionExportScreen)
        assert app.screen.query_one(Input).value.endswith("seed.section-12.txt")
        await pilot.press("escape")
        await export_to(pilot, tmp_path / "s.txt")
        written = (tmp_path / "s.txt").read_text(encoding="utf-8")
        assert written == section_text(reading.analysis, node)
        assert written.startswith("濟南市教育局") and "上半年回顧" in written and "下半年續航" in written
        assert any("section written to" in str(n.message) for n in app._notifications)
        await export_to(pilot, tmp_path / "s.md")
        md = (tmp_path / "s.md").read_text(encoding="utf-8")
        assert md.startswith("# 王品木發言\n\n濟南市教育局")
        assert "\n## 上半年回顧\n" in md and "\n## 下半年續航\n" in md
        assert "\n\n創新黨建,驅動學校整體工作提升。" in md


async def test_section_export_in_the_script_shown(tmp_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.reading.go_to_node(SPEAKER)
        await pilot.press("t")
        await export_to(pilot, tmp_path / "s.md")
        md = (tmp_path / "s.md").read_text(encoding="utf-8")
        assert md.startswith("# 王品木发言\n") and "## 上半年回顾" in md


async def test_section_export_asks_before_overwriting_and_reports_failures(tmp_path):
    app = make_app()
    target = tmp_path / "s.txt"
    target.write_text("mine", encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await export_to(pilot, target)
        assert isinstance(app.screen, PromptScreen)  # asks before overwriting
        await pilot.press("n", "o", "enter")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "mine"
        await export_to(pilot, tmp_path)  # a directory: refused, in one line
        messages = [str(n.message) for n in app._notifications]
        assert f"{tmp_path} is a directory; not exported" in messages
        assert tmp_path.is_dir()
        await export_to(pilot, tmp_path / "none" / "s.txt")
        assert not (tmp_path / "none").exists()  # no directory made


def test_markdown_escapes_what_would_be_markup(seed_analysis):
    from reader.tui.section_export import _escape

    assert _escape("# 不是標題\n- 不是列表\n12. 不是編號\n  > 不是引用\n正文 # 1. 照舊") == \
        "\\# 不是標題\n\\- 不是列表\n12\\. 不是編號\n  \\> 不是引用\n正文 # 1. 照舊"
    first = next(iter(seed_analysis.walk()))
    assert section_markdown(seed_analysis, first).startswith("# 8月20日至21日")
