"""The bad-input matrix: every case through the CLI and the TUI, bounded in time.

Each case either opens and shows the text faithfully (hostile sequences made visible) or
exits 2 with one line ``speech-reader: error: …``. Never a traceback, never a hang, and
the input file's bytes and mtime are unchanged afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from tui_helpers import screen_text

from reader.document import analyze_path
from reader.tui.app import ReaderApp

SPEECH = "講話全文\n\n一、總體要求\n\n王品木指出，今年完成投資3.5億元，增長12%。\n\n二、主要任務\n\n要堅持改革。\n"
HOSTILE = (
    "標題\n\n危險\x1b[31m紅色\x1b[0m與\x1b]52;c;cm0gLXJmIC8=\x07剪貼板\x1b]0;title\x07，"
    "響鈴\x07退格\x08，雙向\u202e反轉\u202c，零寬\u200b字\ufeff，"
    "[bold red]標記[/] [link=file:///etc/passwd]連結[/link] 結束。\n"
)


def nested(depth: int) -> str:
    out = ["深層編號"]
    for k in range(depth):
        out.append(f"{'（' * (k % 3)}{k + 1}{'）' * (k % 3)}{'、' if k % 2 else '.'}第{k + 1}層標題")
        out.append("正文內容，說明這一層的要求和做法。" * 2)
    return "\n\n".join(out)


OPENS = {
    "invalid-utf8-middle": ("正文內容。" * 300).encode() + b"\xff\xfe\xfd" + ("後文。" * 300).encode(),
    "gb18030": SPEECH.encode("gb18030"),
    "big5": SPEECH.encode("big5"),
    "utf16-le-bom": b"\xff\xfe" + SPEECH.encode("utf-16-le"),
    "utf16-be-bom": b"\xfe\xff" + SPEECH.encode("utf-16-be"),
    "utf8-bom": b"\xef\xbb\xbf" + SPEECH.encode(),
    "crlf": SPEECH.replace("\n", "\r\n").encode(),
    "lone-cr": SPEECH.replace("\n", "\r").encode(),
    "only-headings": "\n\n".join(f"{c}、標題{c}" for c in "一二三四五六七八九十").encode(),
    "no-punctuation": ("沒有標點的文字" * 500).encode(),
    "english-only": ("The quick brown fox jumps over the lazy dog. " * 200).encode(),
    "hostile": HOSTILE.encode(),
    "nested-30": nested(30).encode(),
    "one-line-2mb": ("長句子沒有換行，" * 90000).encode(),
}
REFUSED = {
    "empty": (b"", "empty"),
    "whitespace": (" \n\t \r\n\u3000".encode(), "white space"),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4, "binary"),
    "nul-bytes": (b"text\x00with\x00nul" * 50, "binary"),
}


def run_cli(*args, stdin=None, timeout=60, env=None):
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          timeout=timeout, stdin=stdin, env=env)


def assert_one_line_error(r, fragment):
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("speech-reader: error: "), err
    assert fragment in lines[0]
    assert "Traceback" not in err


def write(tmp_path: Path, name: str, data: bytes) -> tuple[Path, bytes, int]:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    return path, data, path.stat().st_mtime_ns


def unchanged(path: Path, data: bytes, mtime: int) -> None:
    assert path.read_bytes() == data
    assert path.stat().st_mtime_ns == mtime


@pytest.mark.parametrize("name", sorted(OPENS))
def test_opens_in_cli(tmp_path, name):
    path, data, mtime = write(tmp_path, name, OPENS[name])
    r = run_cli("outline", str(path), "--json")
    assert r.returncode == 0, r.stderr.decode()
    r = run_cli("convert", str(path), "--script", "simplified", "--width", "40")
    assert r.returncode == 0, r.stderr.decode()
    unchanged(path, data, mtime)


@pytest.mark.parametrize("name", sorted(OPENS))
async def test_opens_in_tui(tmp_path, name):
    path, data, mtime = write(tmp_path, name, OPENS[name])
    app = ReaderApp(analyze_path(str(path)), remember=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space", "]", "}", "t", "G", "g")
        await pilot.pause()
        shown = screen_text(app)
        assert shown.strip()
        assert not any(c in shown for c in "\x1b\x07\x08\u202e\u200b")
    unchanged(path, data, mtime)


async def test_hostile_text_is_shown_as_placeholders(tmp_path):
    app = ReaderApp(analyze_path(str(write(tmp_path, "h", HOSTILE.encode())[0])), remember=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        shown = screen_text(app)
        assert "␛[31m紅色" in shown
        assert "␇" in shown and "␈" in shown and "⇆" in shown
        assert "[bold red]標記[/]" in shown and "[link=file:///etc/passwd]" in shown


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_with_one_line(tmp_path, name):
    data, fragment = REFUSED[name]
    path, data, mtime = write(tmp_path, name, data)
    for args in (["outline", str(path)], [str(path)]):
        assert_one_line_error(run_cli(*args), fragment)
    unchanged(path, data, mtime)


def test_missing_directory_symlink_loop_fifo(tmp_path):
    assert_one_line_error(run_cli(str(tmp_path / "nope.txt")), "no such file")
    assert_one_line_error(run_cli("outline", str(tmp_path)), "is a directory")
    loop = tmp_path / "loop"
    os.symlink(loop, loop)
    assert_one_line_error(run_cli(str(loop)), "symbolic links")
    os.mkfifo(tmp_path / "nobody")  # a pipe no one writes to: a bounded wait, then one line
    r = run_cli("outline", str(tmp_path / "nobody"), timeout=20, env={**os.environ, "SPEECH_READER_PIPE_WAIT": "1"})
    assert_one_line_error(r, "nothing was written")
    assert_one_line_error(run_cli("outline", "/dev/zero"), "not a file or a pipe")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_no_read_permission(tmp_path):
    path, _, _ = write(tmp_path, "secret", SPEECH.encode())
    path.chmod(0)
    assert_one_line_error(run_cli("outline", str(path)), "permission denied")


def test_no_read_permission_reported(monkeypatch, tmp_path):
    from reader.document import LoadError
    from reader.document.load import read_source

    path, _, _ = write(tmp_path, "secret", SPEECH.encode())

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", denied)
    with pytest.raises(LoadError, match="permission denied"):
        read_source(str(path))


def test_size_limit(tmp_path):
    path, _, _ = write(tmp_path, "big", SPEECH.encode() * 100)
    env = {**os.environ, "SPEECH_READER_MAX_BYTES": "1000"}
    assert_one_line_error(run_cli("outline", str(path), env=env), "over the 1000 bytes limit")
    r = run_cli("outline", "-", stdin=open(path, "rb"), env=env)  # noqa: SIM115
    assert_one_line_error(r, "limit")


def test_stdin_closed_and_empty():
    r = subprocess.run(f"{sys.executable} -m reader outline - <&-", shell=True, capture_output=True, timeout=30)
    assert_one_line_error(r, "standard input")
    r = run_cli("outline", "-", stdin=subprocess.DEVNULL)
    assert_one_line_error(r, "empty")


def test_ten_megabyte_line_and_million_lines(tmp_path):
    path, _, _ = write(tmp_path, "line", ("一句沒有換行的長文字，" * 1_000_000).encode())
    start = time.monotonic()
    r = run_cli("outline", str(path), timeout=120)
    assert r.returncode == 0, r.stderr.decode()
    path, _, _ = write(tmp_path, "lines", "字\n".encode() * 1_000_000)
    r = run_cli("outline", str(path), timeout=120)
    assert r.returncode == 0, r.stderr.decode()
    assert time.monotonic() - start < 120


def test_file_truncated_while_read(tmp_path):
    path = tmp_path / "shrinking.txt"
    path.write_bytes(SPEECH.encode() * 200_000)
    stop = threading.Event()

    def shrink():
        time.sleep(0.05)
        with open(path, "r+b") as fh:
            fh.truncate(1000)
        stop.set()

    t = threading.Thread(target=shrink)
    t.start()
    r = run_cli("outline", str(path), timeout=60)
    t.join()
    assert r.returncode in (0, 2), r.stderr.decode()
    if r.returncode == 2:
        assert_one_line_error(r, "")


# -- state files of the wrong shape (issue 12 item 4): reported once, set aside, the reader starts
DEEP = b"[" * 200_000
BAD_DOCUMENT_STATE = {
    "marks-null": b'{"marks": null}',
    "marks-string": b'{"marks": "abc"}',
    "mark-without-offset": b'{"marks": [{"name": "a"}]}',
    "mark-bad-name": b'{"marks": [{"offset": 3, "name": ["a"]}, {"offset": -1}]}',
    "position-string": b'{"position": "top"}',
    "position-bad-section": b'{"position": {"offset": 5, "section": [1]}}',
    "script-unknown": b'{"script": ["x"]}',
    "a-list": b"[1, 2]",
    "deep-nesting": DEEP,
    "not-utf8": b'{"marks": "\xff\xfe"}',
    "truncated": b'{"marks": [{"offset": 1',
}
BAD_SETTINGS = {
    "theme-list": b'{"theme": ["x"]}',
    "theme-number": b'{"theme": 7}',
    "width-string": b'{"outline_width": "wide"}',
    "width-huge": b'{"outline_width": 1000000000}',
    "width-bool": b'{"outline_width": true}',
    "deep-nesting": DEEP,
    "not-utf8": b"\xff\xfe\x00{",
    "a-string": b'"settings"',
}


def state_case(tmp_path: Path, monkeypatch, relative: str, data: bytes) -> tuple[ReaderApp, Path]:
    from reader.tui.state import content_key

    monkeypatch.setenv("SPEECH_READER_STATE_DIR", str(tmp_path / "state"))
    analysis = analyze_path(str(write(tmp_path, "doc", SPEECH.encode())[0]))
    bad = tmp_path / "state" / relative.replace("KEY", content_key(analysis.text))
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_bytes(data)
    return ReaderApp(analysis), bad


async def check_state_case(app: ReaderApp, bad: Path, told: list[str]) -> None:
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("m", "a", "enter", "]", "t", "greater_than_sign")
        await pilot.pause()
        assert app.is_running and app.reading.state.marks
        warned = [m for m in told if bad.name in m]
        assert len(warned) == 1 and "set aside" in warned[0], told
        await pilot.press("q")
    assert not bad.exists() or bad.read_bytes() != b"" and json.loads(bad.read_text("utf-8")) is not None
    assert [p for p in bad.parent.iterdir() if p.name.startswith(bad.name + ".bad-")]


@pytest.mark.parametrize("case", sorted(BAD_DOCUMENT_STATE))
@pytest.mark.parametrize("fresh", [False, True])
async def test_document_state_of_the_wrong_shape(tmp_path, monkeypatch, told, case, fresh):
    app, bad = state_case(tmp_path, monkeypatch, "documents/KEY.json", BAD_DOCUMENT_STATE[case])
    app.reading.fresh = fresh
    await check_state_case(app, bad, told)
    assert json.loads(bad.read_text("utf-8"))["marks"] == [{"offset": app.reading.state.marks[0]["offset"], "name": "a"}]


@pytest.mark.parametrize("case", sorted(BAD_SETTINGS))
async def test_settings_of_the_wrong_shape(tmp_path, monkeypatch, told, case):
    app, bad = state_case(tmp_path, monkeypatch, "settings.json", BAD_SETTINGS[case])
    await check_state_case(app, bad, told)
    assert isinstance(json.loads(bad.read_text("utf-8"))["outline_width"], int)


async def test_state_file_with_a_bom_and_fields_of_later_versions_is_kept(tmp_path, monkeypatch, told):
    app, good = state_case(tmp_path, monkeypatch, "documents/KEY.json",
                           '\ufeff{"marks": [{"offset": 0, "name": "z"}], "later": 1}'.encode())
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        assert app.reading.state.marks == [{"offset": 0, "name": "z"}]
        assert not told
    assert good.exists() and not list(good.parent.glob("*.bad-*"))


# -- keymap files (issue 12 items 2, 4, 16): read with or without a BOM, problems said once
BAD_KEYMAPS = {
    "not-utf8": (b'{"reader.help": "\xff"}', "not UTF-8"),
    "deep-nesting": (DEEP, "not valid JSON"),
    "not-an-object": (b'["q"]', "must be a JSON object"),
    "markup-as-key": (b'{"reader.help": "[/]", "reader.skim": "[@click=app.quit]x"}', "invalid keys ignored: '[/]' (reader.help)"),
    "misspelt-modifier": (b'{"reader.quit": "ctlr+q"}', "invalid keys ignored: 'ctlr+q'"),
    "not-a-string": (b'{"reader.help": 5}', "invalid keys ignored: 5 (reader.help)"),
    "bound-twice": (b'{"reader.skim": "q"}', "keys bound twice: q (reader.quit, reader.skim)"),
    "pane-key-taken": (b'{"reader.mark": "j"}', "keys bound twice: j (reader.mark, text.down, outline.down)"),
    "unknown-id": (b'{"reader.fly": "x"}', "unknown binding ids ignored: reader.fly"),
}


@pytest.mark.parametrize("case", sorted(BAD_KEYMAPS))
async def test_keymap_problems_are_said_once_and_the_default_keys_work(tmp_path, monkeypatch, told, case):
    data, fragment = BAD_KEYMAPS[case]
    (tmp_path / "keymap.json").write_bytes(data)
    monkeypatch.setenv("SPEECH_READER_CONFIG_DIR", str(tmp_path))
    app = ReaderApp(analyze_path(str(write(tmp_path, "doc", SPEECH.encode())[0])), remember=False)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.is_running and type(app.screen).__name__ == "HelpScreen"
        said = [m for m in told if "keymap" in m]
        assert len(said) == 1 and fragment in said[0], said
    assert (tmp_path / "keymap.json").read_bytes() == data  # the user's file is left alone


async def test_keymap_with_a_bom_is_used(tmp_path, monkeypatch, told):
    (tmp_path / "keymap.json").write_bytes(b'\xef\xbb\xbf{"reader.next-section": "x"}')
    monkeypatch.setenv("SPEECH_READER_CONFIG_DIR", str(tmp_path))
    app = ReaderApp(analyze_path(str(write(tmp_path, "doc", SPEECH.encode())[0])), remember=False)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("x")
        await pilot.pause()
        assert app.reading.current_node == 1
        assert not told


# -- the recent list (issue 13 item 3) from the command line: never a traceback
BAD_RECENT = {
    "corrupt": b'{"documents": [',
    "deep-nesting": DEEP,
    "not-utf8": b'{"documents": ["\xff"]}',
    "documents-null": b'{"documents": null}',
    "entry-without-path": b'{"documents": [{"title": "x", "when": 1, "section": "", "offset": null}]}',
    "when-a-string": b'{"documents": [{"path": "/x", "title": "x", "when": "now", "section": "", "offset": 0}]}',
}


@pytest.mark.parametrize("case", sorted(BAD_RECENT))
def test_recent_list_of_the_wrong_shape(tmp_path, case):
    recent = tmp_path / "recent.json"
    recent.write_bytes(BAD_RECENT[case])
    r = run_cli("--recent", env={**os.environ, "SPEECH_READER_STATE_DIR": str(tmp_path)})
    err = r.stderr.decode("utf-8", "replace").strip().splitlines()
    assert r.returncode == 0 and r.stdout == b"", err
    assert len(err) == 1 and "recent.json" in err[0] and "set aside" in err[0], err
    assert not recent.exists() and list(tmp_path.glob("recent.json.bad-*"))


def test_recent_takes_no_file_and_no_option(tmp_path):
    path, _, _ = write(tmp_path, "doc", SPEECH.encode())
    for args in (["--recent", str(path)], ["--recent", "--fresh"], ["--recent", "--script", "simplified"]):
        assert_one_line_error(run_cli(*args), "--recent lists the recent documents")
