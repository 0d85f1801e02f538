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


def test_convert_keeps_the_original_script_unless_told():
    r = run("convert", str(SEED))
    assert r.returncode == 0
    assert r.stdout.splitlines()[0] == "山東省各市教育局長座談會上,王品木局長這樣說!"
    section = run("convert", str(SEED), "--section", "上半年回顧")
    assert section.returncode == 0 and section.stdout.startswith("上半年回顧")


@pytest.mark.parametrize("command", ["outline", "figures", "speakers", "convert"])
def test_a_piped_document_needs_no_file_name(command):
    r = run(command, stdin=SEED.read_text(encoding="utf-8"))
    assert r.returncode == 0, r.stderr
    assert r.stdout == run(command, str(SEED)).stdout


def test_no_file_and_nothing_piped_is_a_one_line_error():
    r = subprocess.run([sys.executable, "-m", "reader", "outline"], capture_output=True, text=True,
                       stdin=subprocess.DEVNULL, timeout=60)
    assert r.returncode == 2
    assert r.stderr.strip() == "speech-reader: error: outline needs a FILE (or a document piped into standard input)"


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


NEWS_REPORT = """海通集團重組　裁員千人

海通集團今日公布重組計劃，將削減約1200個職位，行政總裁何文龍向員工致歉。

行政總裁何文龍表示，裁員是一個痛心的決定，涉及約1200名員工。

財政司司長梁國明回應稱，政府尊重企業的商業決定。

### 工會：要求公司增加補償

職工會聯盟主席鄭美華批評，公司的補償方案遠低於業界水平。

何表示，公司會額外提供一個月薪金，共涉及3億元。
"""


def test_speakers_json_and_text(tmp_path):
    doc = tmp_path / "report.txt"
    doc.write_text(NEWS_REPORT, encoding="utf-8")
    r = run("speakers", str(doc), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)["speakers"]
    assert [(s["name"], s["aliases"], len(s["turns"])) for s in data] == [
        ("何文龍", ["何"], 2), ("梁國明", [], 1), ("鄭美華", [], 1),
    ]
    text = NEWS_REPORT
    for s in data:
        for t in s["turns"]:
            assert text[t["start"]:t["end"]].strip()
    assert data[0]["turns"][1]["label"] == "何表示" and data[0]["figures"] == 3  # 1200名, 一個月, 3億元
    r = run("speakers", str(doc), "--script", "simplified")
    assert r.returncode == 0
    assert r.stdout.splitlines()[0] == "何文龙 (何): 2 turns, 3 figures"
    outline = json.loads(run("outline", str(doc), "--json").stdout)
    assert [n.get("speaker") for n in outline["nodes"] if n["kind"] == "speaker"] == ["何文龍", "梁國明"]
