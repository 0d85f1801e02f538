"""The spec's "no text is lost" contract as one checking function used by several tests."""

from __future__ import annotations

from collections import Counter

from reader.document.clean import NESTED_NOISE as NESTABLE
from reader.document.model import Analysis


def check_contract(a: Analysis) -> None:
    text = a.text
    n = len(text)
    cover = bytearray(n)
    nested = bytearray(n)
    if a.document.title_range:
        s, e = a.document.title_range
        assert 0 <= s <= e <= n
        for i in range(s, e):
            cover[i] += 1
    prev_end = 0
    for r in a.document.removed:
        assert 0 <= r.start < r.end <= n and r.start >= prev_end, r
        prev_end = r.end
        for i in range(r.start, r.end):
            cover[i] += 1
            if r.reason in NESTABLE:
                nested[i] = 1

    def check_children(node, lo, hi):
        pos = lo
        for c in node.children:
            assert lo <= c.start <= c.end <= hi, (node.label, c.label)
            assert c.start >= pos, ("overlap", c.label)
            assert c.level == node.level + 1
            pos = c.end
            check_children(c, c.start, c.end)

    pos = 0
    for node in a.nodes:
        assert node.start >= pos and node.start <= node.end <= n, node.label
        assert node.level == 1
        pos = node.end
        for i in range(node.start, node.end):
            cover[i] += 1
        check_children(node, node.start, node.end)
    for i, c in enumerate(text):
        if c.isspace():
            continue
        count = cover[i]
        assert count >= 1, f"lost text at {i}: {text[max(0, i - 10):i + 10]!r}"
        assert count == 1 or (count == 2 and nested[i]), f"covered {count}x at {i}: {text[i:i + 10]!r}"
    for f in a.figures:
        assert text[f.start:f.end] == f.text


def reasons_inside_nodes(a: Analysis) -> Counter:
    out: Counter = Counter()
    for r in a.document.removed:
        if any(nd.start <= r.start < nd.end for nd in a.nodes):
            out[r.reason] += 1
    return out
