"""Who spoke: the speakers list (``w``) and what narrowing the outline to one speaker keeps.

Owns the screen that lists each speaker once (``document.speakers.speaker_index``: the name
as first written, its short forms, the turns and their figures). ``enter`` jumps to the
speaker's first turn, ``n`` narrows the outline to that speaker's turns and what is under
them; the screen dismisses with a ``SpeakerChoice``. ``turn_nodes`` gives the reading
screen the outline nodes of one speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding

from ..document.safe import visible
from ..document.script import convert
from ..document.speakers import Speaker, speaker_index
from .lists_screen import RowListScreen
from .reader_model import ReaderModel
from .strings import t, tn

if TYPE_CHECKING:
    from .reading_screen import ReadingScreen


@dataclass(frozen=True, slots=True)
class SpeakerChoice:
    """What the user chose in the list: read a speaker's first turn, or narrow to them."""

    speaker: int  # index in the speaker index
    narrow: bool


def speakers_of(model: ReaderModel) -> list[Speaker]:
    return speaker_index(model.analysis)


def turn_nodes(model: ReaderModel, speaker: Speaker) -> list[int]:
    """The outline nodes (indices) of the speaker's turns, in reading order."""
    return sorted(model.index[id(t.node)] for t in speaker.turns if id(t.node) in model.index)


class SpeakersScreen(RowListScreen[SpeakerChoice | None]):
    """Every speaker once: name (short forms), turns, figures."""

    BINDINGS = [
        Binding("escape,q", "dismiss(None)", "Close", id="speakers.close"),
        Binding("j", "cursor(1)", "Down", show=False, id="speakers.down"),
        Binding("k", "cursor(-1)", "Up", show=False, id="speakers.up"),
        Binding("n", "narrow", "Only this speaker", id="speakers.narrow"),
    ]

    def __init__(self, model: ReaderModel) -> None:
        self.model = model
        self.speakers = speakers_of(model)
        super().__init__(t("speakers.title"), range(len(self.speakers)),
                         lambda k: self._row(self.speakers[k]), t("speakers.empty"))

    def _row(self, sp: Speaker) -> Text:
        name = label_text(self.model, sp.name)
        line = Text.assemble(("人 ", "bold"), (name, "bold"))
        if sp.aliases:
            line.append(f" ({'、'.join(label_text(self.model, a) for a in sp.aliases)})", "dim")
        counts = t("speakers.counts", turns=tn("speakers.turns", len(sp.turns)),
                   figures=tn("speakers.figures", sp.figures))
        line.append(f"  {counts}")
        first = self.model.label(sp.turns[0].node)
        if first != name:  # the first turn's label (人 主席 needs none: it is the name)
            line.append(f"  — {first}", "dim")
        return line

    def result(self, row_id: int) -> SpeakerChoice | None:
        return SpeakerChoice(row_id, narrow=False)

    def action_narrow(self) -> None:
        k = self.table.cursor_id
        if k is not None:
            self.dismiss(SpeakerChoice(k, narrow=True))


def apply_choice(screen: ReadingScreen, choice: SpeakerChoice | None) -> None:
    """Read the chosen speaker's first turn, or narrow the outline to them."""
    if choice is None:
        return
    speakers = speakers_of(screen.model)
    if not 0 <= choice.speaker < len(speakers):
        return
    speaker = speakers[choice.speaker]
    turns = turn_nodes(screen.model, speaker)
    if not turns:
        return
    if choice.narrow:
        narrow(screen, speaker, turns)
    screen.go_to_node(turns[0], focus_text=not choice.narrow)
    screen.outline_pane.mark(turns[0])


def narrow(screen: ReadingScreen, speaker: Speaker, turns: list[int]) -> None:
    screen.outline_pane.show_only(turns)
    screen.narrowed = label_text(screen.model, speaker.name)
    n = len(turns)
    screen.notify(t("speakers.only", name=screen.narrowed, turns=tn("speakers.turns", n)), timeout=3)
    screen.update_status()


def toggle_narrow(screen: ReadingScreen) -> None:
    """Narrow the outline to the speaker of the section being read, or show all again."""
    outline = screen.outline_pane
    if outline.only is not None:
        outline.show_only(None)
        screen.narrowed = ""
        outline.mark(screen.current_node)
        screen.notify(t("speakers.all"), timeout=2)
        screen.update_status()
        return
    model = screen.model
    for k in reversed(model.ancestors(screen.current_node) if model.nodes else []):
        if model.nodes[k].kind != "speaker":
            continue
        for speaker in speakers_of(model):
            turns = turn_nodes(model, speaker)
            if k in turns:
                narrow(screen, speaker, turns)
                outline.mark(screen.current_node)
                return
    screen.notify(t("speakers.nobody"), timeout=3)


def label_text(model: ReaderModel, text: str) -> str:
    """A name in the script the reader shows, safe to draw."""
    return visible(convert(text, model.script))
