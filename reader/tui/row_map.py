"""The text pane's row map: which paragraph is on which row of the text.

Pure Python (no Textual). Every paragraph takes its wrapped lines plus one blank row.
Heights start as estimates (from the UTF-8 size, no scan) and become exact when a
paragraph is first wrapped, i.e. only when it comes on screen; prefix sums live in a
Fenwick tree so that both "row of paragraph" and "paragraph at row" are O(log n).
"""

from __future__ import annotations

from collections.abc import Callable

from ..document import linebreak


class Fenwick:
    """Prefix sums over positive integers with point updates."""

    def __init__(self, values: list[int]) -> None:
        self.n = len(values)
        tree = [0] + list(values)
        for i in range(1, self.n + 1):
            j = i + (i & -i)
            if j <= self.n:
                tree[j] += tree[i]
        self.tree = tree
        step = 1
        while step * 2 <= self.n:
            step *= 2
        self._top = step

    def add(self, index: int, delta: int) -> None:
        i = index + 1
        while i <= self.n:
            self.tree[i] += delta
            i += i & -i

    def prefix(self, count: int) -> int:
        """Sum of the first ``count`` values."""
        total = 0
        i = count
        while i > 0:
            total += self.tree[i]
            i -= i & -i
        return total

    def find(self, row: int) -> tuple[int, int]:
        """(index, offset): the element that contains position ``row``."""
        pos = 0
        rem = row
        step = self._top
        while step:
            nxt = pos + step
            if nxt <= self.n and self.tree[nxt] <= rem:
                pos = nxt
                rem -= self.tree[nxt]
            step //= 2
        return pos, rem


def estimate_rows(text: str, width: int) -> int:
    """Rows a paragraph will take (without its blank row), without scanning it."""
    n = len(text)
    cells = n + (len(text.encode("utf-8", "surrogatepass")) - n) // 2
    return max(1, -(-cells // max(width, 1)))


class RowMap:
    def __init__(self, count: int, text_of: Callable[[int], str], width: int,
                 raw_of: Callable[[int], str] | None = None, script: str = "",
                 figures_of: Callable[[int], list[tuple[int, int]]] | None = None) -> None:
        """``text_of(i)``: the text shown (converted); ``raw_of(i)``: the same text before
        conversion, enough for the estimates and free to get."""
        self.count = count
        self.text_of = text_of
        self.figures_of = figures_of  # spans kept unbroken (found by the wrapper if None)
        self.width = max(width, 4)
        self.wrapped: dict[int, list[tuple[int, int]]] = {}
        self._wraps: dict[str, dict[int, list[tuple[int, int]]]] = {script: self.wrapped}
        self.wraps_done = 0
        raw_of = raw_of or text_of
        self.heights = [estimate_rows(raw_of(i), self.width) + 1 for i in range(count)]
        self.fen = Fenwick(self.heights)

    def use_script(self, script: str, text_of: Callable[[int], str]) -> None:
        """The text is shown in another script (same length): wraps are kept per script, so
        going back to a script re-uses its wraps; heights measured in the other script stay
        as estimates until a paragraph is drawn again."""
        self.text_of = text_of
        self.wrapped = self._wraps.setdefault(script, {})

    @property
    def total(self) -> int:
        return self.fen.prefix(self.count)

    def row_of(self, para: int) -> int:
        return self.fen.prefix(min(max(para, 0), self.count))

    def locate(self, row: int) -> tuple[int, int]:
        """Paragraph at ``row`` and the row's offset inside it (clamped to the document)."""
        if self.count == 0:
            return 0, 0
        row = min(max(row, 0), max(self.total - 1, 0))
        i, off = self.fen.find(row)
        return min(i, self.count - 1), off

    def lines(self, para: int) -> list[tuple[int, int]]:
        """Exact wrapped line spans of a paragraph (wrapping it on first use)."""
        spans = self.wrapped.get(para)
        if spans is None:
            figures = self.figures_of(para) if self.figures_of is not None else None
            spans = linebreak.wrap(self.text_of(para), self.width, figures)
            self.wrapped[para] = spans
            self.wraps_done += 1
        delta = len(spans) + 1 - self.heights[para]
        if delta:
            self.heights[para] += delta
            self.fen.add(para, delta)
        return spans

    def measure(self, top: int, height: int) -> None:
        """Wrap every paragraph that intersects rows [top, top + height)."""
        if self.count == 0:
            return
        i, _ = self.locate(top)
        while i < self.count and self.row_of(i) < top + height:
            self.lines(i)
            i += 1
