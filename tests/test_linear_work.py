"""The engine's work grows linearly with its input, on every hostile shape we can build.

Not a timing test: it counts the Python lines the engine executes (``sys.settrace`` on the
modules of ``reader/document``) for an input and for one four times as large. Linear work
gives a ratio near 4; a loop over all pieces for every chunk gives 16.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hostile_docs import CLASSES

from reader.document import analyze_text

ENGINE = str(Path(__file__).resolve().parent.parent / "reader" / "document")


def lines_executed(text: str) -> int:
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(ENGINE) else None

    sys.settrace(tracer)
    try:
        analyze_text(text)
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_work_grows_linearly(name):
    make = CLASSES[name]
    small, large = lines_executed(make(60_000)), lines_executed(make(240_000))
    assert large <= 5 * max(small, 1), (name, small, large)
