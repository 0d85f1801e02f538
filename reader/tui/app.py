"""The Textual app: outline on the left, text on the right, title and status bars.

The app wires widgets to the ``ReaderModel``: moving in the outline moves the text,
scrolling the text moves the outline mark; script, search and figure navigation are app
actions available from either pane. Heavy work (search over a large document) runs in a
thread worker.
"""

from __future__ import annotations

import gc
import time

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.containers import Horizontal
from textual.timer import Timer
from textual.widgets import Input, Static

from ..document.model import Analysis
from ..document.script import LABELS, SCRIPTS, convert
from .bindings import ALL_BINDINGS, APP_BINDINGS, key_display, load_keymap
from .comforts import ComfortsMixin
from .key_bar import KeyBar
from .model import Match, ReaderModel
from .outline_view import OutlineView
from .screens import HelpScreen
from .search import SearchMixin
from .state import DocumentState, load_settings, save_settings
from .text_view import TextView

NARROW = 80
IDLE_GC_EVERY, IDLE_GC_AFTER = 2.0, 1.0  # s: how often to check, how long idle before a collection
IDLE_GC_NEVER, IDLE_GC_DEFAULT = 10**9, 10  # gen-2 thresholds: off while reading; Python's
WARM_DELAY = 0.03  # s after a jump before the neighbouring sections are prepared


class ReaderApp(ComfortsMixin, SearchMixin, App[int]):
    CSS_PATH = "reader.tcss"
    BINDINGS = APP_BINDINGS
    TITLE = "speech-reader"
    AUTO_FOCUS = "#text"
    # below 80 columns the outline is an overlay (Screen.-narrow in reader.tcss)
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW, "-wide")]

    def __init__(self, analysis: Analysis, script: str | None = None, fresh: bool = False,
                 remember: bool = True, full_text: str | None = None) -> None:
        """``full_text``: the whole document when ``analysis`` covers only its opening (a
        large file): the reader shows that at once and analyses the whole in a worker."""
        super().__init__()
        self.analysis = analysis
        self.model = ReaderModel(analysis)
        self.remember = remember
        self.pending_text = full_text
        self.state = DocumentState(analysis.text) if remember and full_text is None else None
        saved = self.state.get("script") if self.state and not fresh else None
        self.model.script = script or (saved if saved in SCRIPTS else "original")
        self.fresh = fresh
        self._marks: list[dict] = []
        self.settings, self._settings_problem = load_settings() if remember else ({}, "")
        self.matches: list[Match] = []
        self.match_index = -1
        self.current_node = 0
        self._following = False
        self._warm_timer: Timer | None = None
        self._last_move = self._collected_at = 0.0  # monotonic s: for the idle collector

    # -- building --------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(Text(self.model.title(), style="bold"), id="title")
        with Horizontal(id="main"):
            tree = OutlineView(self.model, id="outline")
            tree.populate(2)  # before the first layout: no second pass
            tree.on_cursor = self._outline_moved  # each follows the other in the same frame
            yield tree
            view = TextView(self.model, id="text")
            view.on_top = self._text_moved
            yield view
        yield Input(placeholder="搜尋 search (繁简通用) — enter to search, esc to close", id="search")
        yield Static(id="status")
        yield KeyBar()

    def on_mount(self) -> None:
        keymap, note = load_keymap()
        if keymap:
            self.set_keymap(keymap)
        for problem in (note, self.state.problem if self.state else "", self._settings_problem):
            if problem:
                self.notify(problem, severity="warning", timeout=6)
        if self.settings.get("theme") in self.available_themes:
            self.theme = self.settings["theme"]
        if isinstance(self.settings.get("outline_width"), int):
            self.set_outline_width(self.settings["outline_width"])
        if self.state:
            self._set_marks(self.marks)
        if self.state and not self.fresh:
            self._restore_position()
        self.update_status()
        self._idle_gc()
        if len(self.analysis.text) < 1_000_000 and self.pending_text is None:
            self.call_after_refresh(self._warm_converters)  # a large file keeps the memory
        if self.pending_text is not None:
            self._set_status("building the whole outline…")
            # start after the first frame is on screen: the worker competes for the GIL
            self.call_after_refresh(self.analyse_whole, self.pending_text)

    @work(thread=True, group="warm")
    def _warm_converters(self) -> None:
        """Open OpenCC's other dictionaries off the UI thread: the first ``t`` is then fast."""
        for script in ("traditional", "simplified"):
            convert("説", script)

    @work(thread=True, exclusive=True, group="analysis")
    def analyse_whole(self, text: str) -> None:
        from ..document import analyze_text  # the engine's patterns: compiled off the UI thread

        doc = self.analysis.document
        full = analyze_text(text, doc.name, doc.encoding)
        state = DocumentState(text) if self.remember else None
        self.call_from_thread(self._swap_analysis, full, state)

    def _swap_analysis(self, full: Analysis, state: DocumentState | None) -> None:
        """The whole document is analysed: show its outline, keep the reading position."""
        moved = self.text.top_para != 0
        offset = self.model.paragraphs[self.text.top_para].start if self.model.paragraphs else 0
        script = self.model.script
        self.analysis = full
        self.model = ReaderModel(full)
        self.model.script = script
        self.pending_text = None
        self.text.model = self.model
        self.outline.model = self.model
        self.text.matches, self.text.current_match, self.text.current_figure = {}, None, None
        self.matches, self.match_index = [], -1
        self.outline.populate(self.outline.open_depth)
        self.text.relayout()
        self.text.go_to_para(self.model.para_at_offset(offset))
        self.state = state
        if state is not None:
            if state.problem:
                self.notify(state.problem, severity="warning", timeout=6)
            if not self.fresh and not moved:
                saved = state.get("script")
                if saved in SCRIPTS and saved != script:
                    self.set_script(saved)
                self._restore_position()
        self.update_status()
        gc.freeze()  # millions of long-lived objects: a full collection would pause ~100 ms

    @property
    def outline(self) -> OutlineView:
        return self.query_one(OutlineView)

    @property
    def text(self) -> TextView:
        return self.query_one(TextView)

    @property
    def narrow(self) -> bool:
        return self.screen.has_class("-narrow")

    def show_outline_overlay(self, show: bool) -> None:
        self.screen.set_class(show, "show-outline")

    # -- following the reader --------------------------------------------------------
    @on(TextView.TopChanged)
    def _text_moved_message(self, event: TextView.TopChanged) -> None:
        if event.para == self.text.top_para:  # a late message may be stale
            self._text_moved(event.para)

    def _text_moved(self, para: int) -> None:
        k = self.model.node_at(para)
        if k >= 0:
            self.current_node = k
            if not self.outline.has_focus:  # there the cursor is the user's
                self._following = True
                self.outline.mark(k)
                self.call_after_refresh(self._stop_following)
        self.update_status()

    def _stop_following(self) -> None:
        self._following = False

    def _outline_moved(self, k: int) -> None:
        """The user moved the outline cursor: the text follows in the same frame."""
        if not self._following:
            self.go_to_node(k, focus_text=False)

    @on(OutlineView.Selected)
    def _outline_selected(self, event: OutlineView.Selected) -> None:
        self.go_to_node(event.k, focus_text=True)

    def go_to_node(self, k: int, focus_text: bool = False) -> None:
        self.current_node = k
        self.text.go_to_para(self.model.nodes[k].first_para)
        if focus_text:
            self.show_outline_overlay(False)
            self.text.focus(scroll_visible=False)
        self.update_status()
        if self._warm_timer is not None:
            self._warm_timer.stop()
        self._warm_timer = self.set_timer(WARM_DELAY, self._warm_neighbours)

    def _warm_neighbours(self) -> None:
        """Idle work after a jump: prepare the first screen of the sections one step away
        (the outline rows around the cursor, or the next and previous sections)."""
        self._warm_timer = None
        outline, model = self.outline, self.model
        if outline.has_focus:
            nodes = [outline.rows[r] for r in (outline.cursor + 1, outline.cursor - 1)
                     if 0 <= r < len(outline.rows)]
        else:
            para = self.text.top_para
            nodes = [k for k in (model.next_node(para), model.prev_node(para)) if k is not None]
        for k in nodes:
            self.text.warm(model.nodes[k].first_para)

    def _idle_gc(self) -> None:
        """Full garbage collections only while the reader is idle. The document's objects
        are frozen (``gc.freeze``: never scanned), automatic full collections are off, and a
        timer collects once nothing has moved for a second: a full collection in the middle
        of a key press cost 20–110 ms on a 10 MB document."""
        gc.freeze()
        t0, t1, _ = gc.get_threshold()
        gc.set_threshold(t0, t1, IDLE_GC_NEVER)
        self.set_interval(IDLE_GC_EVERY, self._collect_if_idle, name="idle-gc")

    def _collect_if_idle(self) -> None:
        now = time.monotonic()
        if now - self._last_move > IDLE_GC_AFTER and self._last_move > self._collected_at:
            gc.collect()
            self._collected_at = now

    def on_unmount(self) -> None:
        gc.set_threshold(*gc.get_threshold()[:2], IDLE_GC_DEFAULT)  # as Python had it

    def update_status(self) -> None:
        self._last_move = time.monotonic()
        node = self.model.nodes[self.current_node] if self.model.nodes else None
        parts = [LABELS[self.model.script] if self.model.script != "original"
                 else f"原文 {LABELS[self.analysis.script]}"]
        if node is not None:
            parts.append(f"§ {self.current_node + 1}/{len(self.model.nodes)} {self.model.label(node)}")
            parts.append(f"數據 {node.figures}")
        layout = self.text.rows
        if layout is not None and layout.total:
            top = round(self.text.scroll_y)
            span = max(layout.total - self.text.scrollable_content_region.height, 1)
            parts.append(f"{min(100, round(100 * top / span))}%")
        if self.matches:
            parts.append(f"⌕ {self.match_index + 1}/{len(self.matches)}")
        self._set_status(" │ ".join(parts))

    def _set_status(self, text: str) -> None:
        """Repaint the status line only when it changed, and never re-lay-out the screen."""
        if text != getattr(self, "_status_text", None):
            self._status_text = text
            self.query_one("#status", Static).update(Text(text), layout=False)

    # -- actions ---------------------------------------------------------------------
    def action_switch_pane(self) -> None:
        if self.text.has_focus:
            if self.narrow:
                self.show_outline_overlay(True)
            if self.outline.display:
                self.outline.focus(scroll_visible=False)
        else:
            self.show_outline_overlay(False)
            self.text.focus(scroll_visible=False)

    def action_toggle_outline(self) -> None:
        if self.narrow:
            show = not self.screen.has_class("show-outline")
            self.show_outline_overlay(show)
            (self.outline if show else self.text).focus(scroll_visible=False)
            return
        self.outline.display = not self.outline.display
        if not self.outline.display:
            self.text.focus(scroll_visible=False)

    def _section_para(self) -> int:
        return self.text.top_para

    def action_next_section(self) -> None:
        k = self.model.next_node(self._section_para())
        if k is not None:
            self.go_to_node(k)
            self.outline.mark(k)

    def action_prev_section(self) -> None:
        k = self.model.prev_node(self._section_para())
        if k is not None:
            self.go_to_node(k)
            self.outline.mark(k)

    def action_depth(self, depth: int) -> None:
        self.outline.show_depth(depth)

    def action_next_figure(self) -> None:
        self._step_figure(1)

    def action_prev_figure(self) -> None:
        self._step_figure(-1)

    def _step_figure(self, step: int) -> None:
        figures = self.analysis.figures
        if not figures:
            self.notify("no figures in this document", timeout=2)
            return
        cur = self.text.current_figure
        if cur is None:
            start = self.model.paragraphs[self.text.top_para].start if self.model.paragraphs else 0
            k = self.model.figure_after(start)
            k = k if step > 0 else k - 1
        else:
            k = cur + step
        if not 0 <= k < len(figures):
            self.notify("no more figures", timeout=2)
            return
        self.text.current_figure = k
        self.text.invalidate()
        self.text.reveal_para(self.model.figure_para(k))

    def action_toggle_script(self) -> None:
        current = self.model.script
        if current == "original":
            current = self.analysis.script
        self.set_script("simplified" if current != "simplified" else "traditional")

    def action_cycle_script(self) -> None:
        k = SCRIPTS.index(self.model.script)
        self.set_script(SCRIPTS[(k + 1) % len(SCRIPTS)])

    def set_script(self, script: str) -> None:
        para, offset = self.text.position()
        self.model.script = script
        self.text.rescript()
        self.text.go_to_para(para, offset)
        self.outline.rescript()
        self.query_one("#title", Static).update(Text(self.model.title(), style="bold"), layout=False)
        if self.state:
            self.state.set("script", script)
        self.update_status()

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self.run_search(event.value)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(ALL_BINDINGS, self._keymap))

    def get_system_commands(self, screen):
        yield from super().get_system_commands(screen)
        for b in APP_BINDINGS:
            action = b.action
            yield SystemCommand(
                f"{b.description} ({key_display(b.key)})",
                f"speech-reader: {b.description}",
                lambda action=action: self.run_action(action),
            )

    # -- memory ----------------------------------------------------------------------
    def watch_theme(self, theme: str) -> None:
        if self.is_mounted:
            self.text.invalidate()  # highlight colours come from the theme
        if self.is_mounted and self.remember and self.settings.get("theme") != theme:
            self.settings["theme"] = theme
            self.save_settings()

    def save_settings(self) -> None:
        if self.remember:
            problem = save_settings(self.settings)
            if problem:
                self.notify(problem, severity="warning", timeout=4)

    def _restore_position(self) -> None:
        pos = self.state.get("position") if self.state else None
        if not isinstance(pos, dict):
            return
        offset, para = pos.get("offset"), pos.get("paragraph")
        if isinstance(offset, int) and 0 <= offset < len(self.analysis.text):
            para = self.model.para_at_offset(offset)
        if isinstance(para, int) and 0 <= para < len(self.model.paragraphs):
            self.call_after_refresh(self.text.go_to_para, para)

    def save_state(self) -> None:
        if not self.state or not self.model.paragraphs:
            return
        para, _ = self.text.position()
        k = self.model.node_at(para)
        path = [self.model.nodes[j].label for j in self.model.ancestors(k)] if k >= 0 else []
        self.state.set("position", {
            "paragraph": para, "offset": self.model.paragraphs[para].start, "section": path,
        })
        problem = self.state.save()
        if problem:
            self.log.warning(problem)

    async def action_quit(self) -> None:
        self.save_state()
        self.exit(0)
