"""The search line and its results.

Owns: the query, its matches and which one is current. ``SearchBox`` is the input line
(hidden until ``/``); a submitted query runs in a thread worker over the reader model's
script-insensitive text, and ``Found`` tells the app when the matches are in. The app shows
them in the panes and steps through them with ``step`` (``n`` / ``N``). When the document
is replaced by its whole (a large file), ``show_model`` runs the same query again.
"""

from __future__ import annotations

from typing import Any

from textual import on, work
from textual.message import Message
from textual.widgets import Input

from .reader_model import Match, ReaderModel
from .screens import SafeInput
from .strings import t


class SearchBox(SafeInput):
    class Found(Message):
        """The matches of a query are in (``jump``: the user asked, go to the first)."""

        def __init__(self, query: str, jump: bool) -> None:
            super().__init__()
            self.query = query
            self.jump = jump

    def __init__(self, model: ReaderModel, **kwargs: Any) -> None:
        super().__init__(placeholder=t("search.placeholder"), **kwargs)
        self.model = model
        self.searched = ""  # the query whose matches are shown ("" when none)
        self.matches: list[Match] = []
        self.index = -1  # the current match, -1 before the first step

    def open(self) -> None:
        self.display = True
        self.focus()

    def close(self) -> None:
        """Hide the line and forget the query and its matches."""
        self.display = False
        self.value = ""
        self.searched, self.matches, self.index = "", [], -1

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.search(event.value)

    def search(self, query: str, jump: bool = True) -> None:
        self._run(self.model, query, jump)

    @work(thread=True, exclusive=True, group="search")
    def _run(self, model: ReaderModel, query: str, jump: bool) -> None:
        matches = model.search(query)
        self.app.call_from_thread(self._found, model, query, matches, jump)

    def _found(self, model: ReaderModel, query: str, matches: list[Match], jump: bool) -> None:
        if model is not self.model:  # a search of the document before it was replaced
            return
        self.searched, self.matches, self.index = query, matches, -1
        self.post_message(self.Found(query, jump))

    def show_model(self, model: ReaderModel) -> None:
        """Another document: the same query over it (no jump), or nothing."""
        self.model = model
        query = self.searched
        self.matches, self.index = [], -1
        if query:
            self.search(query, jump=False)

    def first_after(self, para: int) -> int:
        """Index of the first match at or after paragraph ``para`` (0 when none is)."""
        return next((n for n, m in enumerate(self.matches) if m.para >= para), 0)

    def step(self, to: int) -> Match | None:
        """Make match ``to`` (wrapping around) the current one; None without matches."""
        if not self.matches:
            return None
        self.index = to % len(self.matches)
        return self.matches[self.index]

    @property
    def current(self) -> Match | None:
        return self.matches[self.index] if 0 <= self.index < len(self.matches) else None

    def position(self) -> str:
        """The status line's part: "⌕ 2/15" ("" without matches)."""
        return f"⌕ {self.index + 1}/{len(self.matches)}" if self.matches else ""
