"""Large documents in the reader: the figures table and skim list of many rows, and quitting
while the whole of a large file is still being read.

    python benchmarks/large_views.py [--figures 1000000] [--sections 100000] [--file BIG.txt]

Prints, per view: the time from the key to the screen holding its rows (headless, Textual's
``run_test``), the rows built for the first screen, the time until a background sort ends;
and, with ``--file``, the time from ``q`` to the end of the process when ``q`` is pressed
right after the first paint (the whole still being analysed in its thread), in a
pseudo-terminal. Not a test: ``tests/test_many_rows.py`` and ``tests/test_large_files.py``
check the same behaviour without timing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.document import analyze_text  # noqa: E402
from reader.tui.app import ReaderApp  # noqa: E402
from reader.tui.row_table import RowTable  # noqa: E402

SIZE = (120, 40)


def figures_doc(n: int) -> str:
    paras = ["數據報告", ""]
    for i in range(n // 4):  # four figures a paragraph
        paras.append(f"第{i}項：增長{i % 97}.5%，完成{i}億元，覆蓋{i % 50}所學校，達到{i % 9}成。")
    return "\n\n".join(paras)


def sections_doc(n: int) -> str:
    parts = ["講話", ""]
    for i in range(n):
        parts += [f"{i + 1}.第{i + 1}個標題", f"這是第{i + 1}節的正文，說明要求和做法，完成{i}億元。"]
    return "\n\n".join(parts)


async def open_view(text: str, key: str, then: str | None = None) -> dict[str, float]:
    started = time.perf_counter()
    analysis = analyze_text(text)
    analysed = time.perf_counter() - started
    app = ReaderApp(analysis, remember=False)
    out: dict[str, float] = {"analysis s": analysed, "figures": len(analysis.figures),
                             "sections": sum(1 for _ in analysis.walk())}
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        started = time.perf_counter()
        await pilot.press(key)
        await pilot.pause()
        out["open s"] = time.perf_counter() - started
        table = app.screen.query_one(RowTable)
        out["rows"] = table.row_count
        out["rows built"] = table.rows_built
        screen = app.screen
        if then:  # a second order: sorted in the background when the list is long
            started = time.perf_counter()
            await pilot.press(then)
            while getattr(screen, "sorting", False):
                await pilot.pause(0.01)
            out[f"{then} sort s"] = time.perf_counter() - started
    return out


def quit_while_reading(path: str) -> float:
    """Seconds from ``q`` to the end of the process, ``q`` pressed at the first paint."""
    import pexpect

    with tempfile.TemporaryDirectory() as state:
        env = dict(os.environ, SPEECH_READER_STATE_DIR=state, SPEECH_READER_CONFIG_DIR=state)
        child = pexpect.spawn(sys.executable, ["-m", "reader", path], env=env, cwd=str(ROOT),
                              dimensions=(40, 120), timeout=120)
        child.expect("the beginning only")
        started = time.perf_counter()
        child.send("q")
        child.expect(pexpect.EOF)
        took = time.perf_counter() - started
        child.close()
    return took


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--figures", type=int, default=1_000_000)
    ap.add_argument("--sections", type=int, default=100_000)
    ap.add_argument("--file", help="a large file for the quit measurement (e.g. big_50mb.txt)")
    args = ap.parse_args()
    for name, text, key, then in (
        (f"figures table, {args.figures:,} figures (f, then s)", figures_doc(args.figures), "f", "s"),
        (f"skim, {args.sections:,} sections (s)", sections_doc(args.sections), "s", None),
    ):
        result = asyncio.run(open_view(text, key, then))
        print(name + ": " + ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v:,}"
                                      for k, v in result.items()))
    print(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    if args.file:
        size = os.path.getsize(args.file) / 2**20
        print(f"quit while the whole of {size:.0f} MB is read: {quit_while_reading(args.file):.2f} s")


if __name__ == "__main__":
    main()
