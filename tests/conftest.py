"""Shared fixtures: the bundled seed, the corpus beside the checkout (skipped if absent), the
Textual versions, and the one way to refresh golden files: ``UPDATE_GOLDEN=1 pytest``
rewrites every golden file that differs (the wraps in tests/golden/, the outline trees in
tests/expected/, the SVG snapshots in tests/__snapshots__/); review the diff before
committing."""

from __future__ import annotations

import os
import re
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "reader" / "samples" / "seed.txt"
CORPUS = Path(os.environ.get("SPEECH_READER_CORPUS", ROOT.parent / "shared" / "corpus"))


def _pinned_textual() -> str:
    """The Textual version the test extra pins (the snapshots are drawn with it)."""
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [m.group(1) for dep in extra["project"]["optional-dependencies"]["test"]
            if (m := re.fullmatch(r"textual==([\w.]+)", dep.replace(" ", "")))]
    return pins[0] if pins else ""


PINNED_TEXTUAL = _pinned_textual()
TEXTUAL = version("textual")

settings.register_profile("ci", max_examples=2000, deadline=None)
settings.register_profile("dev", max_examples=200, deadline=None)
settings.register_profile("deep", max_examples=20000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


def corpus_file(name: str) -> Path:
    matches = sorted(CORPUS.glob(f"{name}*.txt")) if CORPUS.is_dir() else []
    if not matches:
        pytest.skip(f"corpus document {name} not found in {CORPUS}")
    return matches[0]


@pytest.fixture(autouse=True)
def english_ui():
    """Each test starts with the reader's strings in English (a reader in Chinese sets the
    process-wide language of reader/tui/strings.py; functions tested without one read it)."""
    from reader.tui.strings import ui

    ui.lang = "en"
    yield
    ui.lang = "en"


@pytest.fixture(scope="session")
def seed_analysis():
    from reader.document import analyze_path

    return analyze_path(str(SEED))


UPDATE_GOLDEN = bool(os.environ.get("UPDATE_GOLDEN"))


def pytest_configure(config: pytest.Config) -> None:
    if UPDATE_GOLDEN and hasattr(config.option, "update_snapshots"):
        config.option.update_snapshots = True  # pytest-textual-snapshot's --snapshot-update


def check_golden(path: Path, actual: str) -> None:
    """``actual`` is what ``path`` holds (which ``UPDATE_GOLDEN=1`` rewrites first)."""
    if UPDATE_GOLDEN:
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


@pytest.fixture
def told(monkeypatch) -> list[str]:
    """The messages the reader's notifications showed, in order, as Textual got them
    (after ``ReaderApp.notify`` sanitised them); needs ``run_test(notifications=True)``
    only to draw them, not to record them."""
    from textual.app import App

    seen: list[str] = []
    real = App.notify

    def notify(self, message, **kwargs):
        seen.append(message)
        return real(self, message, **kwargs)

    monkeypatch.setattr(App, "notify", notify)
    return seen
