"""One UI language (issue 13, item 4): every string the reader shows comes from one table in
English, Traditional and Simplified Chinese (reader/tui/strings.tsv); the language comes
from --lang or the locale, and a Chinese UI follows the script toggle."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Markdown
from tui_helpers import app_for_text, make_app

from reader import cli
from reader.document.script import SCRIPTS, convert
from reader.kinds import FIGURE_KINDS
from reader.tui.bindings import ALL_BINDINGS
from reader.tui.figures_screen import FiguresScreen
from reader.tui.screens import HelpScreen
from reader.tui.strings import CHOICES, LANGS, from_locale, t, table, ui

ROOT = Path(__file__).resolve().parent.parent
TUI = ROOT / "reader" / "tui"
SIZE = (120, 40)
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def rows() -> list[list[str]]:
    text = (TUI / "strings.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def test_the_table_is_well_formed():
    ids = [row[0] for row in rows()]
    assert all(len(row) == 4 for row in rows()), [row for row in rows() if len(row) != 4]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    for key, en, hant, hans in rows():
        assert en and hant and hans, key
        assert set(PLACEHOLDER.findall(en)) == set(PLACEHOLDER.findall(hant)) \
            == set(PLACEHOLDER.findall(hans)), key


def traditional(text: str) -> str:
    """``text`` with any Simplified character in its Traditional (Taiwan) form."""
    import opencc

    return str(opencc.OpenCC("s2tw").convert(text))


def test_each_chinese_column_is_in_its_own_script():
    for key, _, hant, hans in rows():
        assert convert(hans, "simplified") == hans, (key, hans)  # no Traditional characters
        if key != "key.reader.toggle-script":  # 繁/简 names both scripts in their own forms
            assert traditional(hant) == hant, (key, hant)


def used_ids() -> set[str]:
    """Every id the code looks up: literal ids, and those made from a binding's id, a
    figure kind, a figures table column or a script."""
    ids = {f"key.{b.id}" for b in ALL_BINDINGS} | {"key.palette"}
    ids |= {f"kind.{k}" for k in ("all", *FIGURE_KINDS)} | {f"script.{s}" for s in SCRIPTS}
    ids |= {f"column.{c}" for c in (*FiguresScreen.COLUMNS, "place")}
    for path in TUI.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        ids |= set(re.findall(r"\bt\(\s*[\"']([a-z0-9.-]+)[\"']", source))
        for a, b in re.findall(r"\bt\(\s*\"([a-z0-9.-]+)\" if .*? else \"([a-z0-9.-]+)\"", source):
            ids |= {a, b}
        ids |= {f"{k}.{n}" for k in re.findall(r"\btn\(\s*[\"']([a-z0-9.-]+)[\"']", source) for n in ("one", "other")}
        ids |= set(re.findall(r"what = \"([a-z0-9.-]+)\"", source))
        ids |= set(re.findall(r"\"(state\.[a-z-]+)\"", source))
    return ids


def test_every_id_the_code_uses_is_in_the_table_and_none_is_left_over():
    used, known = used_ids(), set(table())
    assert used - known == set()
    assert known - used == set()


def test_english_binding_descriptions_are_the_tables():
    for b in ALL_BINDINGS:
        assert table()[f"key.{b.id}"][0] == b.description, b.id


def test_the_help_says_the_same_in_each_language():
    texts = {lang: (TUI / name).read_text(encoding="utf-8")
             for lang, name in (("en", "help.md"), ("zh-Hant", "help.zh-Hant.md"), ("zh-Hans", "help.zh-Hans.md"))}
    codes = {lang: sorted(re.findall(r"`[^`]*`", text)) for lang, text in texts.items()}
    assert codes["en"] == codes["zh-Hant"] == codes["zh-Hans"]  # the same keys and examples
    assert len({text.count("\n## ") for text in texts.values()}) == 1  # the same sections
    prose = re.sub(r"`[^`]*`", "", texts["zh-Hans"])
    assert convert(prose, "simplified") == prose
    prose = re.sub(r"`[^`]*`", "", texts["zh-Hant"])
    assert traditional(prose) == prose


@pytest.mark.parametrize(("env", "lang"), [
    ({"LANG": "zh_TW.UTF-8"}, "zh-Hant"), ({"LANG": "zh_HK.UTF-8"}, "zh-Hant"),
    ({"LANG": "zh_MO"}, "zh-Hant"), ({"LANG": "zh_Hant_TW.UTF-8"}, "zh-Hant"),
    ({"LANG": "zh_CN.UTF-8"}, "zh-Hans"), ({"LANG": "zh_SG.GB2312"}, "zh-Hans"), ({"LANG": "zh"}, "zh"),
    ({"LANG": "en_US.UTF-8"}, "en"), ({"LANG": "C.UTF-8"}, "en"), ({}, "en"),
    ({"LANG": "zh_CN.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"}, "zh-Hant"),
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN:en"}, "zh-Hans"),
    ({"LANG": "Chinese (Traditional)_Taiwan.950"}, "zh-Hant"),
])
def test_the_locale_chooses_the_language(env, lang):
    assert from_locale(env) == lang


def status(app) -> str:
    return str(app.query_one("#status").render())


def footer_descriptions(app) -> list[str]:
    return [key.description for key in app.screen.query("FooterKey")]  # the bar's keys


async def test_traditional_ui_follows_the_script_toggle():
    app = make_app(lang="zh-Hant")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reading = app.reading
        assert ui.lang == "zh-Hant"
        assert status(app).startswith("原文 繁體 │ § 1/24") and "數據 1" in status(app)
        assert {"說明", "離開", "搜尋", "大綱", "數據"} <= set(footer_descriptions(app))
        assert reading.search_box.placeholder == t("search.placeholder") and "搜尋" in reading.search_box.placeholder
        await pilot.press("t")  # the text in Simplified: the UI too
        await pilot.pause()
        assert ui.lang == "zh-Hans"
        assert status(app).startswith("简体 │") and "数据 1" in status(app)
        assert {"说明", "退出", "搜索", "大纲", "数据"} <= set(footer_descriptions(app))
        assert "搜索" in reading.search_box.placeholder
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = app.screen.query_one(Markdown).source
        assert "按结构阅读" in shown and "— 复制段落 · `reader.copy-paragraph`" in shown
        await pilot.press("escape", "t")  # back to Traditional
        await pilot.pause()
        assert ui.lang == "zh-Hant" and "數據 1" in status(app)
        await pilot.press("T", "T", "T")  # 臺灣 香港: Traditional; the original: the document's
        assert status(app).startswith("原文 繁體")
        await pilot.press("slash", *"無此詞", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any(str(n.message) == "找不到「無此詞」" for n in app._notifications)


async def test_english_ui_stays_english_and_names_the_script():
    app = make_app()  # the default of ReaderApp: English
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert status(app).startswith("original Traditional │ § 1/24") and "figures 1" in status(app)
        assert {"Help", "Quit", "Search"} <= set(footer_descriptions(app))
        await pilot.press("t")
        await pilot.pause()
        assert ui.lang == "en" and status(app).startswith("Simplified │")
        assert "數據" not in status(app) and "数据" not in status(app)


async def test_zh_takes_the_documents_script():
    app = app_for_text("会议纪要\n\n第一部分\n\n今年以来，全市经济运行总体平稳，增长百分之五。\n", lang="zh")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.reading.analysis.script == "simplified"
        assert ui.lang == "zh-Hans" and status(app).startswith("原文 简体")


async def test_messages_and_lists_in_chinese(tmp_path):
    app = make_app(lang="zh-Hans")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        title = str(app.screen.query_one("#figures-title").render())
        assert title.startswith("全文的数据：显示") and "按文中位置排序" in title
        await pilot.press("escape", "c")
        assert any(str(n.message).startswith("已复制这一段：") for n in app._notifications)
        await pilot.press("e")
        app.screen.query_one("Input").value = str(tmp_path)
        await pilot.press("enter")
        await pilot.pause()
        assert any(str(n.message) == f"{tmp_path} 是目录；没有导出" for n in app._notifications)


def test_cli_lang_option():
    assert cli.LANG_CHOICES == CHOICES and set(LANGS) < set(CHOICES)
    r = subprocess.run([sys.executable, "-m", "reader", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert "--lang {auto,en,zh,zh-Hant,zh-Hans}" in r.stdout and "script toggle" in r.stdout
    r = subprocess.run([sys.executable, "-m", "reader", "--lang", "fr"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "--lang" in r.stderr
