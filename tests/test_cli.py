"""The command line: outputs, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import SEED


def run(*args, stdin=None, env=None):
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True, text=True, input=stdin, timeout=60, env=env,
    )


def test_outline_tree():
    r = run("outline", str(SEED))
    assert r.returncode == 0
    lines = r.stdout.splitlines()
    assert lines[0] == "山東省各市教育局長座談會上,王品木局長這樣說!"
    assert any("鄧雲鋒強調" in line for line in lines)
    assert any("└─" in line and "下半年續航" in line for line in lines)


def test_outline_markdown_has_figures():
    r = run("outline", str(SEED), "--markdown")
    assert r.returncode == 0
    assert r.stdout.startswith("# 山東省")
    assert "- **上半年回顧**" in r.stdout
    assert "65.38%" in r.stdout


def test_figures_json():
    r = run("figures", str(SEED), "--json")
    data = json.loads(r.stdout)
    text = SEED.read_text(encoding="utf-8")
    assert len(data["figures"]) > 45
    for f in data["figures"]:
        assert text[f["start"]:f["end"]] == f["text"]
        assert f["kind"] in {"percent", "money", "date", "count", "measure", "number", "chinese"}


def test_convert_simplified_and_width():
    r = run("convert", str(SEED), "--script", "simplified")
    assert r.returncode == 0
    assert r.stdout.splitlines()[0] == "山东省各市教育局长座谈会上,王品木局长这样说!"
    assert "分享到" not in r.stdout
    w = run("convert", str(SEED), "--script", "traditional", "--width", "40")
    from rich.cells import cell_len
    assert max(cell_len(line) for line in w.stdout.splitlines()) <= 40


def test_stdin_dash():
    r = run("outline", "-", stdin="標題\n\n一、第一部分\n\n正文第一段，很長的內容在這裡寫著。\n")
    assert r.returncode == 0
    assert "一、第一部分" in r.stdout


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["outline", "/no/such/file.txt"], "no such file"),
        (["outline", "/"], "is a directory"),
        (["outline", str(SEED), "--script", "martian"], "invalid choice"),
        (["convert", str(SEED)], "required"),
        (["frobnicate"], "no such file"),
    ],
)
def test_errors_are_one_line_exit_2(args, fragment):
    r = run(*args)
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("speech-reader: error: ")
    assert fragment in lines[0]
    assert "Traceback" not in r.stderr


def test_reader_without_terminal_is_a_clear_error():
    env = {k: v for k, v in os.environ.items() if k != "SPEECH_READER_FORCE_TUI"}
    r = run(str(SEED), env=env)
    assert r.returncode == 2
    assert "needs a terminal" in r.stderr
