"""The key bar: Textual's ``Footer``, rebuilt only when the keys it shows change.

Textual recomposes the footer's widgets on every focus change; the reader shows the same
keys in both panes, so each `tab` used to cost three or four extra frames (~120 ms of
repainting after the key) for an identical bar. Public API only: ``Footer.compose`` yields
nothing until the screen's bindings are ready, so the keys shown are recorded the first time
it yields keys, and ``bindings_changed`` (the footer's subscription to the screen's
bindings signal) is passed on only when they differ. The keys are described in the UI
language (``strings.py``, by binding id): ``relabel`` after the language changed.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer

from .bindings import ALL_BINDINGS
from .strings import t, ui


class KeyBar(Footer):
    _shown: tuple[Any, ...] | None = None  # what the bar shows, once it shows keys

    def _signature(self) -> tuple[Any, ...]:
        active = self.screen.active_bindings
        shown = tuple((b.key, b.key_display, b.description, b.action, enabled, tooltip)
                      for _, b, enabled, tooltip in active.values() if b.show)
        return shown, self.app.COMMAND_PALETTE_BINDING in active, self.compact, ui.lang

    def relabel(self) -> None:
        """The UI language changed: the keys' descriptions too."""
        if self.is_attached:  # in the bar's own context, as the screen's bindings signal calls it
            self.call_next(self.bindings_changed, self.screen)

    def bindings_changed(self, screen: Screen[Any]) -> None:
        if self._shown is not None and self.is_attached and screen is self.screen \
                and self._signature() == self._shown:
            return
        super().bindings_changed(screen)

    def compose(self) -> ComposeResult:
        keys = 0
        ids = {b.action: b.id for b in ALL_BINDINGS}
        ids["command_palette"] = "palette"  # Textual's own binding (^p)
        for widget in super().compose():
            keys += 1
            binding_id = ids.get(getattr(widget, "action", ""))
            if binding_id and getattr(widget, "description", ""):
                # FooterKey's public attribute (its class lives in a private module: duck-typed)
                setattr(widget, "description", t(f"key.{binding_id}"))  # noqa: B010
            yield widget
        if keys:
            self._shown = self._signature()
