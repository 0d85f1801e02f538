"""Issue 13, item 3: recent documents, across runs (the state directory in a temporary
directory). ``--recent`` lists them; ``r`` in the reader lists them and opens one in the
same reader; a bare ``speech-reader`` reopens the last one where it was left, and opens
the bundled speech for a new user; a missing recent file is skipped with one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pty_helpers import Term, reader_argv
from tui_helpers import REPORT, SEED

from reader.document import analyze_path
from reader.tui.app import ReaderApp
from reader.tui.lists_screen import ListScreen
from reader.tui.row_table import RowTable

SIZE = (120, 40)


@pytest.fixture
def state(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("SPEECH_READER_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("SPEECH_READER_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path / "state"


@pytest.fixture
def docs(tmp_path) -> tuple[Path, Path]:
    seed, report = tmp_path / "seed.txt", tmp_path / "report.txt"
    seed.write_bytes(SEED.read_bytes())
    report.write_bytes(REPORT.read_bytes())
    return seed, report


async def read(path: Path, keys: list[str]) -> int:
    """Read ``path`` in the reader, press ``keys``, quit; the paragraph at the top."""
    app = ReaderApp(analyze_path(str(path)), source=str(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()
        para = app.reading.text_pane.top_para
        await pilot.press("q")
    return para


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, timeout=60,
                          env={**os.environ, **(env or {})})


async def test_recent_lists_what_was_read_newest_first(state, docs):
    seed, report = docs
    await read(seed, ["]", "]"])
    await read(report, ["]"])
    r = cli("--recent")
    assert r.returncode == 0 and not r.stderr, r.stderr
    lines = r.stdout.decode().splitlines()
    assert len(lines) == 2
    assert lines[0].split("\t")[1:3] == [str(report), "政府工作报告"]
    assert lines[1].split("\t")[1:] == [str(seed), "山東省各市教育局長座談會上,王品木局長這樣說!", "§ 鄧雲鋒強調"]
    seed.unlink()  # a recent file gone: skipped with one line
    r = cli("--recent")
    assert r.returncode == 0 and len(r.stdout.decode().splitlines()) == 1
    err = r.stderr.decode().strip().splitlines()
    assert len(err) == 1 and "skipped" in err[0] and str(seed) in err[0]


async def test_a_file_name_with_escapes_is_one_safe_line(state, tmp_path):
    path = Path(os.fsdecode(bytes(tmp_path) + b"/\x1b]0;PWNED\x07\nname\xff.txt"))
    path.write_bytes(SEED.read_bytes())
    await read(path, ["]"])
    r = cli("--recent")
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode("utf-8")
    assert len(out.splitlines()) == 1 and "\x1b" not in out and "\x07" not in out
    assert "␛]0;PWNED␇␊name\ufffd.txt" in out


async def test_r_lists_recent_documents_and_opens_one_in_the_same_reader(state, docs):
    seed, report = docs
    para = await read(seed, ["]", "]", "]"])
    app = ReaderApp(analyze_path(str(report)), source=str(report))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("]", "]", "r")
        await pilot.pause()
        assert isinstance(app.screen, ListScreen)
        table = app.screen.query_one(RowTable)
        assert table.row_count == 2
        assert "(reading)" in table.row_text(0) and str(seed) in table.row_text(1)
        section = app.reading.model.nodes[app.reading.current_node].label
        assert section in table.row_text(0)  # where the open document is now, not where it opened
        await pilot.press("j", "enter")
        deadline = time.monotonic() + 30
        while app.source != str(seed):
            assert time.monotonic() < deadline
            await pilot.pause(0.05)
        await pilot.pause(0.2)
        assert app.screen is app.reading and app.reading.is_mounted
        assert app.reading.analysis.document.title.startswith("山東省")
        assert app.reading.text_pane.top_para == para  # where it was left
        await pilot.press("]")
        await pilot.pause()
        await pilot.press("q")
    entries = json.loads((state / "recent.json").read_text("utf-8"))["documents"]
    assert [e["path"] for e in entries] == [str(seed), str(report)]
    assert entries[1]["section"]  # the report's place was saved when it was left


def test_recent_takes_no_file(state, docs):
    r = cli("--recent", str(docs[0]))
    assert r.returncode == 2 and r.stderr.decode().startswith("speech-reader: error: --recent")


def bare(env: dict[str, str], *args: str) -> Term:
    return Term(reader_argv(*args), env=env)


def test_bare_speech_reader_reopens_the_last_document_where_it_was_left(state, docs, tmp_path):
    seed, report = docs
    env = {"SPEECH_READER_STATE_DIR": str(state), "SPEECH_READER_CONFIG_DIR": str(tmp_path / "config")}
    term = bare(env, str(report))
    try:
        assert term.wait_for("政府工作报告"), term.text()
        term.send("]]]]")
        assert term.wait_for("§ 5/"), term.text()
        term.send("q")
        assert term.wait_exit(10) == 0
    finally:
        term.close()
    term = bare(env)  # no file: the last one, where it was left
    try:
        assert term.wait_for("§ 5/"), term.text()
        assert "政府工作报告" in term.text()
        term.send("q")
        assert term.wait_exit(10) == 0
    finally:
        term.close()
    report.unlink()  # gone: skipped with a notice, and a new user's speech instead
    term = bare(env)
    try:
        assert term.wait_for("山東省各市教育局長座談會上"), term.text()
        assert term.wait_for("skipped"), term.text()
        term.send("q")
        assert term.wait_exit(10) == 0
    finally:
        term.close()


def test_a_new_user_gets_the_bundled_speech_and_a_pipe_is_still_read(state, docs, tmp_path):
    env = {"SPEECH_READER_STATE_DIR": str(state), "SPEECH_READER_CONFIG_DIR": str(tmp_path / "config")}
    term = bare(env)
    try:
        assert term.wait_for("山東省各市教育局長座談會上"), term.text()
        term.send("q")
        assert term.wait_exit(10) == 0
    finally:
        term.close()
    assert not (state / "recent.json").exists()  # the bundled speech is not a recent file
    piped = ["sh", "-c", 'cat "$1" | "$0" -m reader', sys.executable, str(docs[1])]
    term = Term(piped, env=env)
    try:
        assert term.wait_for("政府工作报告"), term.text()
        term.send("q")
        assert term.wait_exit(10) == 0
    finally:
        term.close()


async def test_a_reader_told_to_remember_nothing_lists_no_recent_documents(state, docs):
    await read(docs[0], ["]"])
    app = ReaderApp(analyze_path(str(docs[1])), remember=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ListScreen)
        assert app.screen.query_one(RowTable).row_count == 0
