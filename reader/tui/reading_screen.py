"""The reading screen: outline on the left, text on the right, title, search and status lines.

Owns: the document being read (its analysis, the reader model, what is remembered of it)
and the reader's actions on it (the app's key bindings name them ``screen.…``). The panes
own what they show; the screen tells them through their methods and follows them through
their reactive state: the text's ``top_para`` moves the outline's mark and the status
line, the outline's ``moved_to`` moves the text — each in the frame of the key. Search
results live in the ``SearchBox``, marks and the position in the ``DocumentState``; the
comforts (figures table, skim, marks list, export) are screens of their own, and this
screen applies what they return. ``show_whole`` swaps in the whole of a large document,
``show_document`` another document (the recent list). What is remembered of the document
is ``memory.RememberingScreen``'s.
"""

from __future__ import annotations

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.timer import Timer
from textual.widgets import Static

from ..document.model import Analysis
from ..document.safe import visible
from ..document.script import SCRIPTS
from .copying import CopyActions
from .entry import DeferredCollections
from .key_bar import KeyBar
from .memory import RememberingScreen
from .outline_view import OutlineView
from .reader_model import ReaderModel
from .screens import PromptScreen
from .search import SearchBox
from .state import DocumentState
from .status import status_line
from .strings import t, ui
from .text_view import TextView

WARM_DELAY = 0.03  # s after a jump before the neighbouring sections are prepared


class ReadingScreen(CopyActions, RememberingScreen):
    outline_pane: OutlineView
    text_pane: TextView
    search_box: SearchBox

    def __init__(self, analysis: Analysis, state: DocumentState, script: str | None = None,
                 fresh: bool = False, collections: DeferredCollections | None = None,
                 outline_width: int | None = None) -> None:
        """``script``: the one asked for (else the remembered one); ``fresh``: ignore the
        remembered position; ``collections``: the entry point's garbage collection policy,
        told of each move; ``outline_width``: the remembered width (cells)."""
        super().__init__()
        self.outline_width = outline_width
        self.analysis = analysis
        self.model = ReaderModel(analysis)
        self.state = state
        saved = state.get("script") if not fresh else None
        self.model.script = script or (saved if saved in SCRIPTS else "original")
        self.fresh = fresh
        self.collections = collections
        self.current_node = 0
        self.narrowed = ""  # the speaker the outline is narrowed to ("" when it shows all)
        self._warm_timer: Timer | None = None
        self._status = ""
        self.memory_only = ""  # why nothing can be saved ("" while it can)
        self.partial = False  # showing the beginning of a large document, the whole to come

    def compose(self) -> ComposeResult:
        self.outline_pane = OutlineView(self.model, id="outline")
        self.outline_pane.populate(2)  # before the first layout: no second pass
        if self.outline_width is not None:
            self.outline_pane.styles.width = self.outline_width
        self.text_pane = TextView(self.model, id="text")
        self.search_box = SearchBox(self.model, id="search")
        yield Static(Text(self.model.title(), style="bold"), id="title")
        with Horizontal(id="main"):
            yield self.outline_pane
            yield self.text_pane
        yield self.search_box
        yield Static(id="status")
        yield KeyBar()

    def on_mount(self) -> None:
        # each pane follows the other in the frame of the key
        self.watch(self.text_pane, "top_para", self._text_moved, init=False)
        self.watch(self.outline_pane, "moved_to", self._outline_moved, init=False)
        if self.state.problem:
            self.notify(self.state.problem, severity="warning", timeout=6)
        self.outline_pane.show_marks(self._mark_paras())
        if not self.fresh:
            self._restore_position()
        self.update_status()
        self.call_after_refresh(self.update_status)  # with the text laid out: the % too

    def show_whole(self, full: Analysis) -> None:
        """The whole document is analysed: show it, keep the reading position and the
        search (marks and search hits move to the new outline)."""
        text = self.text_pane
        moved = round(text.scroll_y) > 0
        offset = text.reading_offset()
        self._show_model(full, self.model.script)
        self.partial = False
        self.narrowed = ""
        text.go_to_offset(offset)
        if not self.fresh and not moved:
            self._restore_script()
            self._restore_position()
        self.outline_pane.show_marks(self._mark_paras())
        self.update_status()
        for screen in self.app.screen_stack:  # a list or table of the beginning: now of the whole
            show_model = getattr(screen, "show_model", None)
            if screen is not self and show_model is not None:
                show_model(self.model, False)

    def show_document(self, analysis: Analysis, state: DocumentState, partial: bool) -> None:
        """Another document in this reader (from the recent list), where it was left."""
        self.action_clear()
        self.state, self.partial, self.fresh, self.current_node = state, partial, False, 0
        self._show_model(analysis, "original")
        self.text_pane.go_to_para(0)
        self.query_one("#title", Static).update(Text(self.model.title(), style="bold"), layout=False)
        if state.problem:
            self.notify(state.problem, severity="warning", timeout=6)
        self._restore_script()
        self._restore_position()
        self.outline_pane.show_marks(self._mark_paras())
        self.update_status()

    def _show_model(self, analysis: Analysis, script: str) -> None:
        self.analysis, self.model = analysis, ReaderModel(analysis)
        self.model.script = script
        self.outline_pane.show_model(self.model)
        self.text_pane.show_model(self.model)
        self.search_box.show_model(self.model)  # the same query (if any) over it

    @property
    def narrow(self) -> bool:
        return self.has_class("-narrow")

    def show_outline_overlay(self, show: bool) -> None:
        self.set_class(show, "show-outline")

    # -- following the reader --------------------------------------------------------
    def _text_moved(self, para: int) -> None:
        k = self.model.node_at(para)
        if k >= 0:
            self.current_node = k
            if not self.outline_pane.has_focus:  # there the cursor is the user's
                self.outline_pane.mark(k)
        self.update_status()

    @on(events.DescendantFocus)
    def _focused(self, event: events.DescendantFocus) -> None:
        """Back in the text (after a list, the overlay, a jump made in the outline): the
        outline marks the section being read again."""
        k = self.model.node_at(self.text_pane.top_para)
        if event.widget is self.text_pane and k >= 0:
            self.current_node = k
            self.outline_pane.mark(k)

    def _outline_moved(self, k: int) -> None:
        self.go_to_node(k)

    @on(OutlineView.Selected)
    def _outline_selected(self, event: OutlineView.Selected) -> None:
        self.go_to_node(event.k, focus_text=True)

    def go_to_node(self, k: int, focus_text: bool = False) -> None:
        self.current_node = k
        self.text_pane.go_to_para(self.model.nodes[k].first_para)
        if focus_text:
            self.show_outline_overlay(False)
            self.text_pane.focus(scroll_visible=False)
        self.update_status()
        if self._warm_timer is not None:
            self._warm_timer.stop()
        self._warm_timer = self.set_timer(WARM_DELAY, self._warm_neighbours)

    def _warm_neighbours(self) -> None:
        """Idle work after a jump: prepare the first screen of the sections one step away
        (the outline rows around the cursor, or the next and previous sections)."""
        self._warm_timer = None
        outline, model, text = self.outline_pane, self.model, self.text_pane
        if outline.has_focus:
            nodes = [outline.rows[r] for r in (outline.cursor + 1, outline.cursor - 1)
                     if 0 <= r < len(outline.rows)]
        else:
            nodes = [k for k in (model.next_node(text.top_para), model.prev_node(text.top_para))
                     if k is not None]
        for k in nodes:
            text.warm(model.nodes[k].first_para)

    def update_status(self) -> None:
        if self.collections is not None:
            self.collections.moved()
        self.show_status(status_line(self))

    def show_status(self, status: str) -> None:
        """Repaint the status line only when it changed, and never re-lay-out the screen."""
        if status != self._status:
            self._status = status
            self.query_one("#status", Static).update(Text(visible(status)), layout=False)

    # -- moving ----------------------------------------------------------------------
    def action_switch_pane(self) -> None:
        if self.text_pane.has_focus:
            if self.narrow:
                self.show_outline_overlay(True)
            if self.outline_pane.display:
                self.outline_pane.focus(scroll_visible=False)
        else:
            self.show_outline_overlay(False)
            self.text_pane.focus(scroll_visible=False)

    def action_toggle_outline(self) -> None:
        outline = self.outline_pane
        if self.narrow:
            show = not self.has_class("show-outline")
            self.show_outline_overlay(show)
            (outline if show else self.text_pane).focus(scroll_visible=False)
            return
        outline.display = not outline.display
        if not outline.display:
            self.text_pane.focus(scroll_visible=False)

    def action_next_section(self) -> None:  # narrowed to a speaker: their next section
        self._step_section(self.model.next_node(self.text_pane.top_para, self.outline_pane.only))

    def action_prev_section(self) -> None:
        self._step_section(self.model.prev_node(self.text_pane.top_para, self.outline_pane.only))

    def _step_section(self, k: int | None) -> None:
        if k is not None:
            self.go_to_node(k)
            self.outline_pane.mark(k)

    def action_depth(self, depth: int) -> None:
        self.outline_pane.show_depth(depth)

    def action_next_figure(self) -> None:
        self._step_figure(1)

    def action_prev_figure(self) -> None:
        self._step_figure(-1)

    def _step_figure(self, step: int) -> None:
        figures, text = self.analysis.figures, self.text_pane
        if not figures:
            self.notify(t("figures.none"), timeout=2)
            return
        current = text.current_figure
        if current is not None and not text.on_screen(self.model.figure_para(current)):
            current = None  # the reader scrolled away: step from where they are reading
        if current is None:
            start = text.reading_offset()
            k = self.model.figure_after(start)
            k = k if step > 0 else k - 1
        else:
            k = current + step
        if not 0 <= k < len(figures):
            self.notify(t("figures.no-more"), timeout=2)
            return
        if self.has_class("show-outline"):  # the overlay hides the text: show where it went
            self.show_outline_overlay(False)
            text.focus(scroll_visible=False)
        text.show_figure(k)

    def _jump_to_para(self, para: int | None) -> None:
        if para is not None:
            self.show_outline_overlay(False)
            self.text_pane.go_to_para(para)
            self.text_pane.focus(scroll_visible=False)

    # -- script ----------------------------------------------------------------------
    def action_toggle_script(self) -> None:
        current = self.model.script
        if current == "original":
            current = self.analysis.script
        self.set_script("simplified" if current != "simplified" else "traditional")

    def action_cycle_script(self) -> None:
        """The next script, skipping the document's own (traditional of a Traditional text
        looks like the original: a step that seems to do nothing)."""
        k = SCRIPTS.index(self.model.script)
        following = [SCRIPTS[(k + step) % len(SCRIPTS)] for step in range(1, len(SCRIPTS) + 1)]
        self.set_script(next(s for s in following if s != self.analysis.script))

    def set_script(self, script: str) -> None:
        text = self.text_pane
        para, offset = text.position()
        self.model.script = script
        text.rescript()
        text.go_to_para(para, offset)
        self.outline_pane.rescript()
        self.query_one("#title", Static).update(Text(self.model.title(), style="bold"), layout=False)
        self.state.set("script", script)
        if ui.follow(script, self.analysis.script):  # a Chinese UI takes the text's script
            self.search_box.placeholder = t("search.placeholder")
            self.query_one(KeyBar).relabel()
        self.update_status()

    # -- search ----------------------------------------------------------------------
    def action_search(self) -> None:
        self.search_box.open()

    @on(SearchBox.Found)
    def _search_found(self, event: SearchBox.Found) -> None:
        box, text = self.search_box, self.text_pane
        text.show_search(box.matches)
        self.outline_pane.show_search(box.matches)
        if not box.matches and event.jump:
            self.notify(t("search.no-match", query=event.query), timeout=3)
        elif event.jump:
            text.focus(scroll_visible=False)
            self._go_match(box.first_after(text.top_para))
        self.update_status()

    def _go_match(self, n: int) -> None:
        match = self.search_box.step(n)
        if match is not None:
            self.text_pane.show_match(match)
            self.update_status()

    def action_next_match(self) -> None:
        self._go_match(self.search_box.index + 1)

    def action_prev_match(self) -> None:
        self._go_match(self.search_box.index - 1)

    def action_clear(self) -> None:
        self.search_box.close()
        text = self.text_pane
        text.show_search([])
        text.show_figure(None)
        self.clear_selection()
        self.outline_pane.show_search([])
        self.show_outline_overlay(False)
        text.focus(scroll_visible=False)
        self.update_status()

    # -- comforts: marks, skim, figures table, export --------------------------------
    def action_mark(self) -> None:
        self.app.push_screen(PromptScreen(t("mark.prompt"), placeholder=t("mark.placeholder")),
                             self._add_mark)

    def _add_mark(self, name: str | None) -> None:
        if name is None or not self.model.paragraphs:
            return
        name = name.strip()[:1]
        para = self.text_pane.top_para
        self.state.add_mark(self.model.paragraphs[para].start, name)
        self.saved(self.state.save())
        self.outline_pane.show_marks(self._mark_paras())  # another reader's marks too
        where = t("mark.memory") if self.memory_only else ""
        self.notify(t("mark.done", name=name or t("mark.paragraph"), where=where,
                      text=self.model.para_text(para)[:16]), timeout=2)

    def action_marks(self) -> None:
        from .lists_screen import marks_screen  # loaded on first use

        self.app.push_screen(marks_screen(self.model, self.state.marks, self.partial, self._remove_mark),
                             self._jump_to_para)

    def _remove_mark(self, offset: int) -> None:
        self.state.remove_mark(offset)
        self.saved(self.state.save())
        self.outline_pane.show_marks(self._mark_paras())

    def action_skim(self) -> None:
        from .lists_screen import skim_screen

        current = self.current_node if self.model.nodes else 0
        self.app.push_screen(skim_screen(self.model, self.partial, current), self._jump_to_para)

    def action_figures(self, section: bool = False) -> None:
        from .figures_screen import FiguresScreen  # DataTable: loaded on first use

        node = self.current_node if section and self.model.nodes else None
        self.app.push_screen(FiguresScreen(self.model, node, self.partial), self._show_figure)

    def _show_figure(self, k: int | None) -> None:
        if k is not None:
            self.text_pane.show_figure(k, reveal=False)
            self._jump_to_para(self.model.figure_para(k))

    def action_export(self) -> None:
        from .export_screen import ExportScreen

        self.app.push_screen(ExportScreen(self.analysis, self.model.script), self._told)

    def action_speakers(self) -> None:
        from .speakers_screen import SpeakersScreen, apply_choice

        self.app.push_screen(SpeakersScreen(self.model), lambda choice: apply_choice(self, choice))

    def action_narrow_speaker(self) -> None:
        from .speakers_screen import toggle_narrow

        toggle_narrow(self)

    def _told(self, message: str | None) -> None:
        if message:
            self.notify(message, timeout=4)
