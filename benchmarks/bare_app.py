"""The baseline: a bare Textual app that shows a file's first screen of text.

    python benchmarks/bare_app.py FILE

It reads and decodes the whole file (as any reader must) and shows the first 200 lines in
a ``Static`` with a header and footer — the least a Textual reader can do. Its time to
first paint, key latency and memory are what ``run.sh`` compares the reader against.
"""

from __future__ import annotations

import sys

from rich.text import Text
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Static


class Bare(App):
    BINDINGS = [("q", "quit", "Quit"), ("j", "down", "Down"), ("t", "swap", "Swap")]

    def __init__(self, path: str) -> None:
        super().__init__()
        with open(path, "rb") as fh:
            self.text = fh.read().decode("utf-8", "replace")
        self.first = "\n".join(self.text.split("\n", 200)[:200])

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll():
            yield Static(Text(self.first))
        yield Footer()

    def action_down(self) -> None:
        self.query_one(VerticalScroll).scroll_down(animate=False)

    def action_swap(self) -> None:
        self.query_one(Static).update(Text(self.first[::-1]))


if __name__ == "__main__":
    Bare(sys.argv[1]).run()
