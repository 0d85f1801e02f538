"""The engine type-checks under ``mypy --strict`` (the TUI under the default settings: see
tests/test_style.py)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy not installed")
def test_engine_is_strictly_typed():
    r = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "reader/document"],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
