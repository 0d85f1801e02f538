"""Hostile inputs for the engine: one pattern repeated to a size, one class a shape.

Used by ``tests/test_linear_work.py`` (work grows linearly) and by
``benchmarks/adversarial.py`` (throughput on each class).
"""

from __future__ import annotations

from collections.abc import Callable

CLASSES: dict[str, Callable[[int], str]] = {
    # one line of list enumerators: each "N、" once scanned back to the line start
    "enumerators-one-line": lambda n: "標題\n\n" + "1、" * (n // 4),
    # bold runs inside one line of running text
    "bold-runs": lambda n: "標題\n\n" + "**粗體**正文，" * (n // 30),
    # markdown links inside one line
    "links-one-line": lambda n: "標題\n\n" + "[a](b)" * (n // 6),
    # hard-wrapped lines without a blank line: one giant paragraph cut into pieces
    "wrapped-no-blank": lambda n: "標題\n\n" + ("這是一行固定寬度換行的文字內容共二十字。\n" * (n // 61)),
    # attributions everywhere: every paragraph opens with a titled name and a verb
    "attributions": lambda n: "標題\n\n導語。\n\n" + "局長陳大文表示，會繼續跟進，又指措施有效。\n\n" * (n // 66),
    # quotes never closed: the sentence splitter must not rescan
    "open-quotes": lambda n: "標題\n\n" + "「他說" * (n // 9),
    # a long run of Chinese numerals and units
    "numerals": lambda n: "標題\n\n" + "一二三四五六七八九十百千萬億個" * (n // 45),
    # HTML tags inside one line
    "tags-one-line": lambda n: "標題\n\n<p>" + "<span>字</span>" * (n // 16) + "</p>",
}
