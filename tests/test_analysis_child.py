"""The reader's start-up analysis in a forked child: same result as in-process, and a
failing or hanging child falls back to the parent's own analysis."""

from __future__ import annotations

import os
import time

from tui_helpers import SEED

import reader.document.analyze as analyze_module
from reader import analysis_child
from reader.document import analyze_text

TEXT = SEED.read_text(encoding="utf-8")


def test_child_gives_the_same_analysis():
    child = analysis_child.start(TEXT, "seed.txt", "utf-8")
    assert child is not None
    result = child.result()
    assert child.from_child
    assert result == analyze_text(TEXT, "seed.txt", "utf-8")


def test_a_failing_child_falls_back(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("pickling failed")

    monkeypatch.setattr(analysis_child.pickle, "dumps", broken)
    child = analysis_child.start(TEXT, "seed.txt", "utf-8")
    result = child.result()
    assert not child.from_child
    assert result == analyze_text(TEXT, "seed.txt", "utf-8")


def test_a_hanging_child_is_killed_and_the_parent_analyses(monkeypatch):
    parent = os.getpid()
    original = analyze_module.analyze_text

    def slow_in_child(*args, **kwargs):
        if os.getpid() != parent:
            time.sleep(30)
        return original(*args, **kwargs)

    monkeypatch.setattr(analyze_module, "analyze_text", slow_in_child)
    monkeypatch.setattr(analysis_child, "CHILD_TIMEOUT", 0.5)
    started = time.monotonic()
    child = analysis_child.start(TEXT, "seed.txt", "utf-8")
    result = child.result()
    assert time.monotonic() - started < 5
    assert not child.from_child
    assert result.nodes == original(TEXT, "seed.txt", "utf-8").nodes
    try:  # the child is gone (killed and reaped)
        os.kill(child.pid, 0)
        alive = True
    except ProcessLookupError:
        alive = False
    assert not alive
