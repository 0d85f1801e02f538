"""The key bar: Textual's ``Footer``, rebuilt only when the keys it shows change.

Textual recomposes the footer's widgets on every focus change; the reader shows the same
keys in both panes, so each `tab` used to cost three or four extra frames (~120 ms of
repainting after the key) for an identical bar.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class KeyBar(Footer):
    _shown: tuple | None = None

    def _signature(self) -> tuple:
        active = self.screen.active_bindings
        shown = tuple((b.key, b.key_display, b.description, b.action, enabled, tooltip)
                      for _, b, enabled, tooltip in active.values() if b.show)
        return shown, self.app.COMMAND_PALETTE_BINDING in active, self.compact

    def bindings_changed(self, screen: Screen) -> None:
        if self._bindings_ready and self.is_attached and screen is self.screen \
                and self._signature() == self._shown:
            return
        super().bindings_changed(screen)

    def compose(self):
        if self._bindings_ready:
            self._shown = self._signature()
        yield from super().compose()
