"""Search in the reader: a query runs in a thread worker over script-insensitive text;
matches are marked in the text, counted per section in the outline and stepped with n / N.
Kept apart from ``app.py`` so each module stays small."""

from __future__ import annotations

from textual import work
from textual.widgets import Input

from .model import Match


class SearchMixin:
    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.display = True
        box.focus()

    @work(thread=True, exclusive=True)
    def run_search(self, query: str) -> None:
        matches = self.model.search(query)
        self.call_from_thread(self._show_matches, query, matches)

    def _show_matches(self, query: str, matches: list[Match]) -> None:
        self.matches = matches
        by_para: dict[int, list[Match]] = {}
        hits: dict[int, int] = {}
        for m in matches:
            by_para.setdefault(m.para, []).append(m)
            for k in self.model.ancestors(self.model.node_at(m.para)):
                hits[k] = hits.get(k, 0) + 1
        self.text.matches = by_para
        self.outline.hits = hits
        self.outline.relabel()
        self.match_index = -1
        if not matches:
            self.text.current_match = None
            self.text.invalidate()
            self.notify(f"no match for {query!r}", timeout=3)
            self.update_status()
            return
        top = self.text.top_para
        first = next((n for n, m in enumerate(matches) if m.para >= top), 0)
        self.text.focus(scroll_visible=False)
        self._go_match(first)

    def _go_match(self, n: int) -> None:
        if not self.matches:
            return
        self.match_index = n % len(self.matches)
        m = self.matches[self.match_index]
        self.text.current_match = m
        self.text.invalidate()
        self.text.reveal_para(m.para)
        self.update_status()

    def action_next_match(self) -> None:
        self._go_match(self.match_index + 1)

    def action_prev_match(self) -> None:
        self._go_match(self.match_index - 1)

    def action_clear(self) -> None:
        box = self.query_one("#search", Input)
        box.display = False
        box.value = ""
        self.matches = []
        self.match_index = -1
        self.text.matches = {}
        self.text.current_match = None
        self.text.current_figure = None
        self.outline.hits = {}
        self.outline.relabel()
        self.text.invalidate()
        self.show_outline_overlay(False)
        self.text.focus(scroll_visible=False)
        self.update_status()
