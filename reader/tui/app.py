"""The Textual app: one document on a ``ReadingScreen``, and the reader's settings.

Owns: the settings for all documents (theme, outline width, keymap), the whole-document
analysis of a large file (it opens on its beginning; ``analyse_whole`` reads the whole in a
daemon thread, ``whole.py``, and hands it to the screen), which document is read (its file
kept in the recent list; ``show_document`` reads another), notifications (never markup),
help, the command palette and leaving (``q`` or SIGTERM/SIGHUP/SIGINT: the position saved,
the terminal restored). What is read, and every action on it, belongs to the
``ReadingScreen`` (``self.reading``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.driver import Driver
from textual.notifications import SeverityLevel
from textual.screen import Screen

from ..document.model import Analysis
from ..document.safe import visible
from ..document.script import convert
from . import signals
from .bindings import ALL_BINDINGS, APP_BINDINGS, key_display
from .entry import IDLE_GC_EVERY, DeferredCollections
from .keymap import load_keymap
from .look import register_themes
from .reading_screen import ReadingScreen
from .screens import HelpScreen
from .state import DocumentState, content_key, load_settings, save_settings, state_dir
from .store import probe_writable
from .strings import t, ui
from .whole import WholeDocument

NARROW = 80


class ReaderApp(App[int]):
    CSS_PATH = "reader.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [*APP_BINDINGS]
    TITLE = "speech-reader"
    AUTO_FOCUS = "#text"
    # below 80 columns the outline is an overlay (Screen.-narrow in reader.tcss)
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW, "-wide")]

    def __init__(self, analysis: Analysis, script: str | None = None, fresh: bool = False,
                 remember: bool = True, full_text: str | None = None,
                 collections: DeferredCollections | None = None, lang: str = "en",
                 source: str | None = None, notice: str = "") -> None:
        """``full_text``: the whole document when ``analysis`` covers only its opening (a
        large file): the reader shows that at once and analyses the whole in a worker.
        ``remember``: read and write the user's state and settings. ``collections``: the
        entry point's garbage collection policy. ``lang``: the UI language, one of
        ``strings.CHOICES`` (the CLI's ``--lang``). ``source``: the document's file (kept in
        the recent list). ``notice``: a line to show at start."""
        super().__init__()
        ui.start(lang, script or "original", analysis.script)  # before any message is made
        self.remember = remember
        self.pending_text = full_text
        self.source, self.notice = source, notice
        self.settings, self._settings_problem = load_settings() if remember else ({}, "")
        self.keymap: dict[str, str] = {}
        self.collections = collections
        self._signals: list[int] = []
        known = remember and full_text is None  # a large file's state: when it is hashed
        state = DocumentState(analysis.text if known else None)
        width = self.settings.get("outline_width")
        self.reading = ReadingScreen(analysis, state, script, fresh, collections,
                                     outline_width=width if isinstance(width, int) else None)
        if lang in ("zh", "auto"):  # Chinese in the script shown (the remembered one, too)
            ui.start(lang, self.reading.model.script, analysis.script)
        self.reading.partial = full_text is not None
        self.whole: WholeDocument | None = None

    def get_driver_class(self) -> type[Driver]:
        """Textual's; served to a browser, a driver that ends the app with its server."""
        from .web_session import session_driver

        return session_driver(super().get_driver_class())

    def get_default_screen(self) -> Screen[Any]:
        return self.reading

    def on_mount(self) -> None:
        keymap, note = load_keymap()
        if keymap:
            self.set_keymap(keymap)
        for problem in (note, self._settings_problem, self.notice):
            if problem:
                self.notify(problem, severity="warning", timeout=6)
        register_themes(self)
        if self.remember:
            self.reading.saved(probe_writable(state_dir() / "documents"))
            self.call_after_refresh(self._record_recent)  # a write: after the first frame
        if self.settings.get("theme") in self.available_themes:
            self.theme = self.settings["theme"]
        self._signals = signals.install(self.leave)  # SIGTERM, SIGHUP, SIGINT: save, exit
        if self.collections is not None:
            self.set_interval(IDLE_GC_EVERY, self.collections.collect_if_idle, name="idle-gc")
        if self.pending_text is not None:
            # start after the first frame is on screen: the worker competes for the GIL
            self.call_after_refresh(self.analyse_whole, self.pending_text)
        elif len(self.reading.analysis.text) < 1_000_000:
            self.call_after_refresh(self._warm_converters)  # a large file keeps the memory

    @work(thread=True, group="warm")
    def _warm_converters(self) -> None:
        """Open OpenCC's other dictionaries off the UI thread: the first ``t`` is then fast."""
        for script in ("traditional", "simplified"):
            convert("説", script)

    def analyse_whole(self, text: str) -> None:
        """Read the whole of a large document in a thread of its own (``whole.py``)."""
        doc = self.reading.analysis.document
        self.whole = WholeDocument(self, text, doc.name, doc.encoding, self.remember,
                                   self.reading.state_known, self.whole_ready, self._whole_failed)
        self.whole.start()

    def whole_ready(self, full: Analysis) -> None:
        self.pending_text = None
        self.reading.show_whole(full)
        if self.collections is not None:
            self.collections.freeze()  # millions of long-lived objects: never scanned

    def _whole_failed(self, message: str) -> None:
        self.pending_text = None
        self.notify(message, severity="error", timeout=10)

    # -- settings --------------------------------------------------------------------
    def action_outline_width(self, step: int) -> None:
        width = self.reading.outline_pane.step_width(step)
        self.settings["outline_width"] = width
        self.save_settings(outline_width=width)
        self.reading.show_status(t("status.outline-width", width=width))

    def watch_theme(self, theme: str) -> None:
        if self.remember and self.settings.get("theme") != theme:
            self.settings["theme"] = theme
            self.save_settings(theme=theme)

    def save_settings(self, **updates: Any) -> None:
        """Write these settings over what is on disk now (another reader's stay)."""
        if self.remember:
            self.reading.saved(save_settings(updates))

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Textual's, but never markup, whatever the caller asks: messages quote document
        text, search text, file names and keys, so they are shown literally, through the one
        sanitiser (``[/]`` in a document crashed the toast; ``[@click=…]`` became an action)."""
        super().notify(visible(message), title=visible(title), severity=severity,
                       timeout=timeout, markup=False)

    def copy_to_clipboard(self, text: str) -> None:
        """Textual's, except that an empty text never replaces what the clipboard holds."""
        if text:
            super().copy_to_clipboard(text)

    # -- keys, help, quitting --------------------------------------------------------
    def set_keymap(self, keymap: Mapping[str, str]) -> None:
        """Textual's, remembering the keymap for the help screen."""
        self.keymap = dict(keymap)
        super().set_keymap(keymap)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(ALL_BINDINGS, self.keymap))

    def get_system_commands(self, screen: Screen[Any]) -> Iterator[SystemCommand]:
        yield from super().get_system_commands(screen)
        for b in APP_BINDINGS:
            description = t(f"key.{b.id}")
            yield SystemCommand(f"{description} ({key_display(b.key)})",
                                f"speech-reader: {description}", self._command(b.action))

    def _command(self, action: str) -> Any:
        """Run a binding's action from the palette (a ``screen.`` action on the reading
        screen, whichever screen is on top when the palette closes)."""
        if action.startswith("screen."):
            return lambda: self.reading.run_action(action.removeprefix("screen."))
        return lambda: self.run_action(action)

    async def action_quit(self) -> None:
        self.leave()

    def leave(self, signum: int = 0) -> None:
        """Save what is remembered and exit (status 128 + ``signum`` after a signal); the
        whole of a large document is not waited for."""
        self._save_and_record()
        self.exit(return_code=128 + signum if signum else 0)

    def _save_and_record(self) -> None:
        """Save what is remembered of the document read; a large one's whole is dropped."""
        if self.whole is not None:
            self.whole.cancel()
            if self.pending_text is not None and self.remember:  # its state: known now
                self.reading.state_known(self.whole.key or content_key(self.pending_text), restore=False)
            self.whole = None
        problem = self.reading.save_position()
        if problem:
            self.log.warning(problem)
        self._record_recent()

    # -- recent documents ------------------------------------------------------------
    def _record_recent(self) -> None:
        """Put this document first in the recent list, with where it is read."""
        if not (self.remember and self.source):
            return
        from .recent import record

        pos = self.reading.state.get("position")
        section = " › ".join(pos.get("section", [])) if isinstance(pos, dict) else ""
        offset = pos.get("offset") if isinstance(pos, dict) else None
        self.reading.saved(record(self.source, self.reading.analysis.document.title, section, offset))

    def action_recent(self) -> None:
        from .recent_screen import choose_recent

        # the open document's row says where it is now (not before its saved state is known:
        # saving then would overwrite the position it is about to restore)
        if self.remember and self.source and self.whole is None and self.reading.state.path is not None:
            problem = self.reading.save_position()
            if problem:
                self.log.warning(problem)
            self._record_recent()
        choose_recent(self)

    def show_document(self, analysis: Analysis, full_text: str | None, source: str) -> None:
        """Read another document in this reader (chosen in the recent list); what is
        remembered of this one is saved first."""
        self._save_and_record()
        known = self.remember and full_text is None
        self.reading.show_document(analysis, DocumentState(analysis.text if known else None),
                                   partial=full_text is not None)
        self.pending_text, self.source = full_text, source
        self._record_recent()
        if full_text is not None:
            self.call_after_refresh(self.analyse_whole, full_text)

    def on_unmount(self) -> None:
        signals.uninstall(self._signals)
