"""Issue 12, item 10: exporting the outline never harms a file unasked.

The open document is never overwritten (not even after ``yes``); a new file has the mode
the umask gives; a link to a file is followed deliberately (the question names the file it
points to); a link to nothing, a missing directory and a blank name are refused with one
line, and nothing is created.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from reader.document import analyze_path
from reader.tui.app import ReaderApp
from reader.tui.screens import PromptScreen

SIZE = (120, 30)
SPEECH = "講話全文\n\n一、總體要求\n\n今年完成投資3.5億元。\n\n二、主要任務\n\n要堅持改革。\n"


@pytest.fixture
def doc(tmp_path) -> Path:
    path = tmp_path / "speech.txt"
    path.write_text(SPEECH, encoding="utf-8")
    return path


async def export(app: ReaderApp, pilot, told: list[str], typed: str, answer: str | None = None) -> str:
    """Press e, type a path, enter (and an answer to the question); the line said."""
    await pilot.press("e")
    app.screen.query_one(Input).value = typed
    await pilot.press("enter")
    await pilot.pause()
    if answer is not None:
        assert isinstance(app.screen, PromptScreen), "no question asked"
        question = str(app.screen.query_one(Static).render())
        app.screen.query_one(Input).value = answer
        await pilot.press("enter")
        await pilot.pause()
        return f"{question} | {told[-1]}"
    assert app.screen is app.reading
    return told[-1]


async def test_the_open_document_is_never_overwritten(doc, tmp_path, told):
    link = tmp_path / "link-to-speech.txt"
    link.symlink_to(doc)
    app = ReaderApp(analyze_path(str(doc)), remember=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        for typed in (str(doc), str(link), str(tmp_path / "." / "speech.txt")):
            said = await export(app, pilot, told, typed)
            assert "is the open document; not exported" in said
    assert doc.read_text(encoding="utf-8") == SPEECH


async def test_new_file_has_the_umask_mode_and_an_old_one_keeps_its_mode(doc, tmp_path, told):
    old = os.umask(0o022)
    try:
        app = ReaderApp(analyze_path(str(doc)), remember=False)
        kept = tmp_path / "kept.md"
        kept.write_text("mine", encoding="utf-8")
        kept.chmod(0o640)
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            said = await export(app, pilot, told, str(tmp_path / "new.md"))
            assert said == f"outline written to {tmp_path / 'new.md'}"
            said = await export(app, pilot, told, str(kept), "yes")
            assert said.endswith(f"outline written to {kept}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o644
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    assert kept.read_text(encoding="utf-8").startswith("# 講話全文")


async def test_a_link_is_followed_and_said_a_dangling_link_refused(doc, tmp_path, told):
    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    link, dangling = tmp_path / "link.md", tmp_path / "dangling.md"
    link.symlink_to(real)
    dangling.symlink_to(tmp_path / "nowhere.md")
    app = ReaderApp(analyze_path(str(doc)), remember=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        said = await export(app, pilot, told, str(link), "yes")
        assert f"{link} is a link to {real} exists — type yes to overwrite" in said
        assert said.endswith(f"outline written to {real} (the file {link} links to)")
        said = await export(app, pilot, told, str(dangling))
        assert said == f"{dangling} is a link to {tmp_path / 'nowhere.md'}, which does not exist; not exported"
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("# 講話全文")
    assert dangling.is_symlink() and not (tmp_path / "nowhere.md").exists()


async def test_blank_names_missing_directories_and_directories_are_refused(doc, tmp_path, told):
    app = ReaderApp(analyze_path(str(doc)), remember=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        assert await export(app, pilot, told, "   ") == "a blank file name; not exported"
        assert await export(app, pilot, told, f"{tmp_path}/   ") == "a blank file name; not exported"
        said = await export(app, pilot, told, str(tmp_path / "new" / "dir" / "out.md"))
        assert said == f"no directory {tmp_path / 'new' / 'dir'}; not exported (none is created)"
        assert await export(app, pilot, told, str(tmp_path)) == f"{tmp_path} is a directory; not exported"
    assert not (tmp_path / "new").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["speech.txt"]


def test_the_default_path_is_beside_the_document_or_here_when_that_is_not_the_users(
    doc, tmp_path, monkeypatch
):
    from reader.cli import sample_path
    from reader.tui.export_screen import default_export_path

    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert default_export_path(analyze_path(str(doc))) == tmp_path / "speech.outline.md"
    # the bundled sample lives inside the installed package: export here instead
    assert default_export_path(analyze_path(sample_path())) == work / "seed.outline.md"
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(SPEECH, encoding="utf-8")
    analysis = analyze_path(str(locked / "a.txt"))
    real_access = os.access
    monkeypatch.setattr(  # a folder the user may not write (as root every folder is writable)
        "reader.tui.export_screen.os.access",
        lambda p, mode: False if Path(p) == locked else real_access(p, mode),
    )
    assert default_export_path(analysis) == work / "a.outline.md"


def test_the_markdown_outline_labels_its_figures_in_one_language(doc):
    from reader.document.export import outline_markdown

    md = outline_markdown(analyze_path(str(doc)))
    assert "- figures: 3.5億元" in md and "數據" not in md
