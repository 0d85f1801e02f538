"""Who spoke: the speaker index of a document, built from its outline's speaker turns.

Each speaker is listed once, under the name as first written; later turns that name them
by a short form (陳李 for 陳李美華, 何 for 何文龍, 海通 for 海通集團) are resolved to them. A turn
is a speaker node of the outline: its label, offsets and figure count.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Analysis, Node


@dataclass(slots=True)
class Turn:
    label: str
    start: int
    end: int
    figures: int
    node: Node


@dataclass(slots=True)
class Speaker:
    name: str  # as first written
    aliases: list[str] = field(default_factory=list)  # other forms the turns use
    turns: list[Turn] = field(default_factory=list)

    @property
    def figures(self) -> int:
        return sum(t.figures for t in self.turns)


def same_speaker(a: str, b: str) -> bool:
    """陳李 and 陳李美華, 何 and 何文龍, 海通 and 海通集團 name one speaker."""
    if not a or not b:
        return False
    return a.startswith(b) or b.startswith(a)


def speaker_index(analysis: Analysis) -> list[Speaker]:
    """Every speaker once, in order of their first turn."""
    out: list[Speaker] = []
    for node in analysis.walk():
        if node.kind != "speaker":
            continue
        name = node.speaker or node.label
        turn = Turn(node.label, node.start, node.end, node.figures, node)
        for sp in out:
            if same_speaker(sp.name, name) or name in sp.aliases:
                if name != sp.name and name not in sp.aliases:
                    sp.aliases.append(name)
                sp.turns.append(turn)
                break
        else:
            out.append(Speaker(name, [], [turn]))
    return out
