"""The code base stays ruff-clean and mypy-clean, and each module stays small with a docstring.

mypy checks reader/ except the engine, reader/document/, whose strict settings are in
pyproject.toml and which its developer checks on its own (``mypy reader/document``)."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(importlib.util.find_spec("ruff") is None, reason="ruff not installed")
def test_ruff_clean():
    r = subprocess.run([sys.executable, "-m", "ruff", "check", "reader", "tests", "benchmarks"],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_modules_have_docstrings_and_stay_small():
    for path in (ROOT / "reader").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert ast.get_docstring(ast.parse(source)), f"{path} has no module docstring"
        assert source.count("\n") <= 450, f"{path} is over 450 lines"


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy not installed")
def test_mypy_clean_outside_the_engine(tmp_path):
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "reader").rglob("*.py")
                   if "document" not in p.relative_to(ROOT).parts)
    r = subprocess.run([sys.executable, "-m", "mypy", "--follow-imports=silent",
                        "--cache-dir", str(tmp_path), *files],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


PRIVATE_TEXTUAL = ("_styles_cache", "_vertical_scrollbar", "_start_widget", "_scroll_update",
                   "_bindings_ready", "_keymap", "_border_title", "_border_subtitle", "_compositor",
                   "_refresh_scrollbars", "_dirty_regions")


def test_private_textual_names_only_in_the_adapter():
    """Textual's private API is used in reader/tui/textual_adapter.py only, which checks it."""
    for path in (ROOT / "reader").rglob("*.py"):
        if path.name == "textual_adapter.py":
            continue
        source = path.read_text(encoding="utf-8")
        used = [name for name in PRIVATE_TEXTUAL if f".{name}" in source]
        assert not used, f"{path.relative_to(ROOT)} uses {used}"
